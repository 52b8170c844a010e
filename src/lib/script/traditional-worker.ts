/** Worker thread of {@link writeTraditionalSite}: converts its share of the pages and posts the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { convertPages, type ConvertJob } from './traditional-site.ts';

parentPort!.postMessage(convertPages(workerData as ConvertJob));

/** Worker thread of {@link writeTraditionalSite}: converts its share of the pages and posts the count. */
import { parentPort, workerData } from 'node:worker_threads';
import { convertPages } from './traditional-site.ts';

const { dist, pages, base } = workerData as { dist: string; pages: string[]; base: string };
parentPort!.postMessage(convertPages(dist, pages, base));

import { ingestFolder } from '../src/lib/ingest/ingest-folder.ts';
const from = process.argv[2]!;
const t = performance.now();
const r = ingestFolder({ from, edits: null });
const s = (performance.now() - t) / 1000;
console.log(`${s.toFixed(2)} s, ${(25.72 / s).toFixed(1)} MB/s, ${(r as { articles?: unknown[] }).articles?.length ?? Object.keys(r).join(',')}`);

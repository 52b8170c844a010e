import type { APIRoute } from 'astro';
import { buildTbx } from '../../lib/exports/tbx.ts';
import { glossaryEntries } from '../../lib/glossary/glossary-data.ts';
import { toTraditional } from '../../lib/script/to-traditional.ts';

/** `data/glossary.tbx`: the glossary as TBX-Basic (ISO 30042). */
export const GET: APIRoute = () =>
  new Response(
    buildTbx(
      glossaryEntries().map(({ entry }) => entry),
      toTraditional,
    ),
    { headers: { 'Content-Type': 'application/x-tbx+xml; charset=utf-8' } },
  );

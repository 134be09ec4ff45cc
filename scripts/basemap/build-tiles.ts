/** `npm run basemap`: writes public/basemap/countries.pmtiles (see basemap.ts) and its stamp. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildBasemap } from './basemap.ts';
import { ARCHIVE, archiveHash, basemapInputs, STAMP, type BasemapStamp } from './stamp.ts';

mkdirSync(dirname(ARCHIVE), { recursive: true });
const archive = buildBasemap();
writeFileSync(ARCHIVE, archive);
const stamp: BasemapStamp = { inputs: basemapInputs(), archive: archiveHash(archive) };
writeFileSync(STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
console.log(`basemap: ${(archive.length / 1024).toFixed(0)} KiB → ${ARCHIVE} (stamp: ${STAMP})`);

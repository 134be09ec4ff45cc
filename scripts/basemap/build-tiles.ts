/** `npm run basemap`: writes public/basemap/countries.pmtiles (see basemap.ts). */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildBasemap } from './basemap.ts';

const dir = fileURLToPath(new URL('../../public/basemap/', import.meta.url));
mkdirSync(dir, { recursive: true });
const archive = buildBasemap();
writeFileSync(`${dir}countries.pmtiles`, archive);
console.log(`basemap: ${(archive.length / 1024).toFixed(0)} KiB → ${dir}countries.pmtiles`);

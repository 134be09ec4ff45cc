/**
 * `npm run data:check`: validates public/data/relations.json with the app's own schema
 * (which also resolves every place, source, event and discrepancy reference) and prints
 * counts on its last line. Exits 1 with the failing field paths when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routesOf } from '../src/data/derive.ts';
import { DataLoadError, parseRelationsText } from '../src/data/load.ts';

const file = fileURLToPath(new URL('../public/data/relations.json', import.meta.url));

try {
  const data = parseRelationsText(readFileSync(file, 'utf8'));
  const statusChanges = data.missions.reduce((n, m) => n + m.statuses.length - 1, 0);
  const visits = data.events.filter((e) => e.type === 'visit').length;
  console.log(`data:check ${file}: valid, every reference resolves.`);
  console.log(
    `missions: ${data.missions.length}, events: ${data.events.length}, visits: ${visits}, ` +
      `routes: ${routesOf(data).length}, status changes: ${statusChanges}, ` +
      `sources: ${data.sources.length}, places: ${data.places.length}, ` +
      `discrepancies: ${data.discrepancies.length}`,
  );
} catch (error) {
  if (error instanceof DataLoadError) {
    console.error(`data:check failed: ${error.message}`);
    for (const line of error.details) console.error(`  - ${line}`);
  } else {
    console.error('data:check failed:', error);
  }
  process.exit(1);
}

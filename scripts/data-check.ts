/**
 * `npm run data:check`: validates public/data/relations.json with the app's own schema
 * (which also resolves every place, source, event and discrepancy reference, and refuses a
 * source with neither a link nor a stated reason) and prints counts on its last two lines. Exits 1 with the failing field paths when anything is wrong.
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
  // The schema already refuses a source with neither a page nor a stated reason; say how many of each.
  const linked = data.sources.filter((s) => s.url !== undefined || s.readAt !== undefined);
  const copies = linked.filter((s) => s.readAt !== undefined).length;
  const unlinked = data.sources.filter((s) => !linked.includes(s));
  const inferred = [...data.events, ...data.missions.flatMap((m) => m.statuses)].filter(
    (r) => r.sources.length === 0,
  ).length;
  console.log(`data:check ${file}: valid, every reference resolves.`);
  console.log(
    `missions: ${data.missions.length}, events: ${data.events.length}, visits: ${visits}, ` +
      `routes: ${routesOf(data).length}, status changes: ${statusChanges}, ` +
      `sources: ${data.sources.length}, places: ${data.places.length}, ` +
      `discrepancies: ${data.discrepancies.length}`,
  );
  console.log(
    `sources with a link: ${linked.length} of ${data.sources.length} ` +
      `(${copies} of them a repost, mirror or archive); without a link, each with its reason: ` +
      `${unlinked.length}${unlinked.length ? ` (${unlinked.map((s) => s.id).join(', ')})` : ''}; ` +
      `records inferred from dated facts instead of a source: ${inferred}`,
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

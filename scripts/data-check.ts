/**
 * `npm run data:check`: validates public/data/relations.json with the app's own schema
 * (which also resolves every place, source, event and discrepancy reference, and refuses a
 * source with neither a link nor a stated reason) and prints counts on its last two lines. Exits 1 with the failing field paths when anything is wrong.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { routesOf } from '../src/data/derive.ts';
import { DataLoadError } from '../src/data/loadError.ts';
import { translationCoverage } from '../src/data/translation.ts';
import { translationSchema } from '../src/data/translationSchema.ts';
import { describeIssues, parseRelationsText } from '../src/data/validate.ts';
import { LOCALES } from '../src/i18n/locales.ts';

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
  // Every other language must translate every text of the data set, and nothing that is not in it.
  const coverage = LOCALES.filter((l) => l !== 'en').map((locale) => {
    const path = fileURLToPath(new URL(`../public/data/i18n/${locale}.json`, import.meta.url));
    const parsed = translationSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) {
      throw new DataLoadError(
        'invalid',
        `${path} is not a translation`,
        describeIssues(parsed.error.issues),
      );
    }
    if (parsed.data.locale !== locale) {
      throw new DataLoadError('invalid', `${path} says it is "${parsed.data.locale}"`);
    }
    const c = translationCoverage(data, parsed.data);
    const percent = (100 * c.translated) / c.total;
    return { locale, path, percent, ...c };
  });
  console.log(
    'translations: ' +
      coverage
        .map((c) => `${c.locale} ${c.percent.toFixed(1)} % (${c.translated} of ${c.total} texts)`)
        .join(', '),
  );
  const incomplete = coverage.filter((c) => c.missing.length > 0 || c.unknown.length > 0);
  if (incomplete.length > 0) {
    throw new DataLoadError(
      'invalid',
      'translations below 100 % or naming texts the data does not have',
      incomplete.flatMap((c) => [
        ...c.missing.map((p) => `${c.locale}: missing ${p}`),
        ...c.unknown.map((p) => `${c.locale}: no such text ${p}`),
      ]),
    );
  }
} catch (error) {
  if (error instanceof DataLoadError) {
    console.error(`data:check failed: ${error.message}`);
    for (const line of error.details) console.error(`  - ${line}`);
  } else {
    console.error('data:check failed:', error);
  }
  process.exit(1);
}

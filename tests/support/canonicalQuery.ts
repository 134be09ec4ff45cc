import { EVENT_GROUP_IDS } from '../../src/data/search';
import type { FuzzContext } from './fuzzQueries';

/**
 * What the atlas must make of any query string: its canonical form (known parameters, once each,
 * in a fixed order, defaults left out, valid values only). Shared by the unit property test
 * (tests/unit/urlFuzz.test.ts, thousands of seeded cases through the pure parser) and the
 * browser test (tests/e2e/url-fuzz.spec.ts, a few hostile links through the whole page).
 */

/** Why `search` is not the canonical form the atlas writes, or null when it is. */
export function notCanonical(search: string, ctx: FuzzContext): string | null {
  const params = new URLSearchParams(search);
  const keys = [...params.keys()];
  const order = keys.filter((k) => k !== 'mission' && k !== 'event');
  if (params.has('mission') && params.has('event')) return 'both mission and event';
  const expectedOrder = [
    'year',
    'event',
    'mission',
    'map',
    'lang',
    'calendar',
    'q',
    'types',
  ].filter((k) => keys.includes(k));
  if (keys.join() !== expectedOrder.join()) return `parameters ${keys.join()} (order or repeats)`;
  if (order.some((k) => !['year', 'map', 'lang', 'calendar', 'q', 'types'].includes(k)))
    return 'unknown parameter';
  const lang = params.get('lang');
  if (lang !== null && !['en', 'ja', 'fa-AF', 'ps'].includes(lang)) return `lang ${lang}`;
  const calendar = params.get('calendar');
  // Written only where it is not the language's own (the test browser's language is English).
  const own = lang === 'fa-AF' || lang === 'ps' ? 'persian' : 'gregory';
  if (
    calendar !== null &&
    (!['gregory', 'persian', 'japanese'].includes(calendar) || calendar === own)
  )
    return `calendar ${calendar}`;
  const year = params.get('year');
  // The default year is left out, except beside an event (which would otherwise open at its own).
  const latest = params.has('event') ? ctx.maxYear : ctx.maxYear - 1;
  if (year !== null && !(/^\d{4}$/.test(year) && +year >= ctx.minYear && +year <= latest))
    return `year ${year}`;
  if (year === null && params.has('event')) return 'an event with no year';
  const mission = params.get('mission');
  if (mission !== null && !ctx.missionIds.includes(mission)) return `mission ${mission}`;
  const event = params.get('event');
  if (event !== null && !ctx.eventIds.includes(event)) return `event ${event}`;
  const map = params.get('map');
  if (
    map !== null &&
    !/^\d{1,2}(\.\d{1,2})?\/-?\d{1,2}(\.\d{1,4})?\/-?\d{1,3}(\.\d{1,4})?$/.test(map)
  )
    return `map ${map}`;
  const q = params.get('q');
  if (q !== null && (q.trim() !== q || q === '' || q.length > 100)) return `q ${q}`;
  const types = params.get('types');
  if (types !== null) {
    const named = types.split(',');
    const canonical = EVENT_GROUP_IDS.filter((g) => named.includes(g));
    if (named.join() !== canonical.join()) return `types ${types}`;
  }
  const rewritten = params.toString().replace(/%2F/g, '/');
  if (search !== (rewritten ? `?${rewritten}` : ''))
    return 'not written the way the atlas writes it';
  return null;
}

import { describe, expect, it } from 'vitest';
import { eventYear } from '../../src/data/derive';
import {
  formatCamera,
  parseCamera,
  parseUrl,
  serializeView,
  type UrlContext,
} from '../../src/state/url';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/store';
import { notCanonical } from '../support/canonicalQuery';
import { fuzzQuery, seededRandom, type FuzzContext } from '../support/fuzzQueries';
import { loadRealData } from './realData';

/**
 * The URL fuzz: seeded random and hostile query strings (bad encodings, repeats, unknown names,
 * markup, huge values) through the same parser and writer the page uses. The page rewrites its
 * address to `serializeView(parseUrl(query).view)` on opening (useUrlSync.ts); the browser test
 * (tests/e2e/url-fuzz.spec.ts) opens a few such links whole. `FUZZ_SEED=n` replays another set.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261123);
const CASES = 3000;

const data = loadRealData();
const maxYear = new Date().getFullYear();
const fuzz: FuzzContext = {
  minYear: 1907,
  maxYear,
  missionIds: data.missions.map((m) => m.id),
  eventIds: data.events.map((e) => e.id),
};
const defaults: ViewState = { ...DEFAULT_VIEW, year: maxYear };
const ctx: UrlContext = {
  minYear: fuzz.minYear,
  maxYear,
  missionIds: new Set(fuzz.missionIds),
  eventYears: new Map(data.events.map((e) => [e.id, eventYear(e)])),
  defaults,
  // As in the browser test: a browser that asks for English.
  browserLocale: 'en',
};

describe('the URL fuzz', () => {
  const random = seededRandom(SEED);
  const queries = Array.from({ length: CASES }, () => fuzzQuery(random, fuzz));

  it(`makes the canonical form of ${CASES} random and hostile query strings, and keeps it`, () => {
    for (const [i, query] of queries.entries()) {
      const label = `case ${i} (seed ${SEED}): ${JSON.stringify(query).slice(0, 200)}`;
      const { view } = parseUrl(query, ctx);
      const written = serializeView(view, ctx);
      expect(notCanonical(written, fuzz), `${label} → ${written}`).toBeNull();
      expect(view.year, label).toBeGreaterThanOrEqual(ctx.minYear);
      expect(view.year, label).toBeLessThanOrEqual(ctx.maxYear);
      // The canonical link opens the same view (its camera as written: to a few decimals), and
      // is written the same again.
      const again = parseUrl(written, ctx);
      const camera = view.camera && parseCamera(formatCamera(view.camera));
      expect(again.view, label).toEqual({ ...view, camera });
      expect(again.dropped, label).toEqual([]);
      expect(serializeView(again.view, ctx), label).toBe(written);
    }
  });

  it('reaches every parameter and drops something in a good share of the cases', () => {
    const written = queries.map((query) => serializeView(parseUrl(query, ctx).view, ctx));
    for (const name of ['year', 'mission', 'event', 'map', 'lang', 'calendar', 'q', 'types']) {
      expect(
        written.some((search) => new URLSearchParams(search).has(name)),
        name,
      ).toBe(true);
    }
    const dropping = queries.filter((query) => parseUrl(query, ctx).dropped.length > 0);
    expect(dropping.length).toBeGreaterThan(CASES / 4);
  });
});

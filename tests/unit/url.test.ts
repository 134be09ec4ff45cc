import { describe, expect, it } from 'vitest';
import { formatCamera, parseUrl, serializeView, type UrlContext } from '../../src/state/url';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/store';
import type { MissionId } from '../../src/data/schema';
import { LOCALE_INFO } from '../../src/i18n/locales';
import { EVENT_GROUP_IDS } from '../../src/data/search';

const defaults: ViewState = { ...DEFAULT_VIEW, year: 2026 };
const ctx: UrlContext = {
  minYear: 1907,
  maxYear: 2026,
  missionIds: new Set(['kabul', 'tokyo', 'london']),
  eventYears: new Map([
    ['1969-zahir-shah-state-visit', 1969],
    ['2010-karzai-state-visit', 2010],
  ]),
  defaults,
  browserLocale: 'en',
};

describe('parseUrl', () => {
  it('reads every public parameter', () => {
    const { view, dropped } = parseUrl('?year=1985&mission=kabul&map=3.5/40.1234/70.5', ctx);
    expect(view).toEqual({
      ...defaults,
      year: 1985,
      missionId: 'kabul',
      camera: { zoom: 3.5, lat: 40.1234, lng: 70.5 },
    });
    expect(parseUrl('?lang=fa-AF&calendar=gregory', ctx).view).toMatchObject({
      lang: 'fa-AF',
      calendar: 'gregory',
    });
    expect(dropped).toEqual([]);
  });

  it('lets event win over mission', () => {
    const { view } = parseUrl('?mission=tokyo&event=1969-zahir-shah-state-visit', ctx);
    expect(view.eventId).toBe('1969-zahir-shah-state-visit');
    expect(view.missionId).toBeNull();
  });

  it('opens a link that names an event but no usable year at the event’s year', () => {
    expect(parseUrl('?event=1969-zahir-shah-state-visit', ctx).view.year).toBe(1969);
    expect(parseUrl('?year=abc&event=2010-karzai-state-visit', ctx).view.year).toBe(2010);
    // A year the link names is kept, and the canonical link then names both.
    const { view } = parseUrl('?year=1985&event=2010-karzai-state-visit', ctx);
    expect(view.year).toBe(1985);
    expect(serializeView(parseUrl('?event=1969-zahir-shah-state-visit', ctx).view, ctx)).toBe(
      '?year=1969&event=1969-zahir-shah-state-visit',
    );
  });

  it.each([
    ['?year=abc', 'year'],
    ['?year=99999', 'year'],
    ['?year=1906', 'year'],
    ['?year=19.5', 'year'],
    ['?mission=paris', 'mission'],
    ['?mission=%3Cscript%3Ealert(1)%3C/script%3E', 'mission'],
    ['?event=nope', 'event'],
    ['?map=1/2', 'map'],
    ['?map=3/95/10', 'map'],
    ['?year=1985&year=1990', 'year'],
    [`?mission=${'k'.repeat(500)}`, 'mission'],
    ['?utm_source=x', 'utm_source'],
    ['?lang=de', 'lang'],
    ['?lang=fa', 'lang'],
    ['?lang=JA', 'lang'],
    ['?calendar=islamic', 'calendar'],
    ['?calendar=', 'calendar'],
  ])('drops %s and names %s', (search, name) => {
    const { view, dropped } = parseUrl(search, ctx);
    expect(dropped).toContain(name);
    expect(view).toEqual(defaults);
  });

  it('keeps the valid parameters when others are dropped', () => {
    const { view, dropped } = parseUrl('?year=abc&mission=london', ctx);
    expect(view).toEqual({ ...defaults, missionId: 'london' });
    expect(dropped).toEqual(['year']);
  });

  it('ignores a huge query entirely', () => {
    const { view, dropped } = parseUrl(`?year=1985&x=${'a'.repeat(5000)}`, ctx);
    expect(view).toEqual(defaults);
    expect(dropped).toHaveLength(1);
  });
});

describe('language and calendar', () => {
  it('treats a calendar that is the language’s own as no choice at all', () => {
    expect(parseUrl('?lang=fa-AF&calendar=persian', ctx).view.calendar).toBeNull();
    expect(parseUrl('?lang=ja&calendar=gregory', ctx).view.calendar).toBeNull();
    expect(parseUrl('?calendar=gregory', ctx).view.calendar).toBeNull(); // the browser's is English
    expect(parseUrl('?calendar=gregory', { ...ctx, browserLocale: 'ps' }).view.calendar).toBe(
      'gregory',
    );
  });

  it('writes lang once chosen, and calendar only where it is not the language’s own', () => {
    expect(serializeView({ ...defaults, lang: 'ja' }, ctx)).toBe('?lang=ja');
    expect(serializeView({ ...defaults, lang: 'fa-AF', calendar: 'persian' }, ctx)).toBe(
      '?lang=fa-AF',
    );
    expect(serializeView({ ...defaults, lang: 'fa-AF', calendar: 'gregory' }, ctx)).toBe(
      '?lang=fa-AF&calendar=gregory',
    );
    expect(serializeView({ ...defaults, year: 1985, calendar: 'japanese' }, ctx)).toBe(
      '?year=1985&calendar=japanese',
    );
  });
});

describe('serializeView', () => {
  it('writes nothing for the defaults, so the first load keeps a clean URL', () => {
    expect(serializeView(defaults, ctx)).toBe('');
  });

  it('writes only what differs', () => {
    expect(serializeView({ ...defaults, year: 1985, missionId: 'kabul' }, ctx)).toBe(
      '?year=1985&mission=kabul',
    );
    // Beside an event, the year is written even at its default: without it, the link would open
    // at the event's year.
    expect(serializeView({ ...defaults, eventId: '2010-karzai-state-visit' }, ctx)).toBe(
      '?year=2026&event=2010-karzai-state-visit',
    );
  });

  it('rounds the camera to a few decimals', () => {
    expect(formatCamera({ zoom: 2.123456, lat: 34.123456789, lng: -0.987654321 })).toBe(
      '2.12/34.1235/-0.9877',
    );
  });
});

/** A small deterministic PRNG so the round trip is reproducible. */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('q and types', () => {
  it('are written only when set, types in a fixed order', () => {
    expect(serializeView({ ...defaults, q: '', types: [] }, ctx)).toBe('');
    expect(serializeView({ ...defaults, q: 'Nazari', types: ['treaties', 'visits'] }, ctx)).toBe(
      '?q=Nazari&types=visits%2Ctreaties',
    );
  });

  it('read a search as typed and the kinds named, and drop what is not usable', () => {
    const { view, dropped } = parseUrl('?q=%20Abdul%20Latif%20&types=culture,visits', ctx);
    expect(view.q).toBe('Abdul Latif');
    expect(view.types).toEqual(['visits', 'culture']);
    expect(dropped).toEqual([]);
    const bad = parseUrl('?q=%20%20&types=visits,parades', ctx);
    expect(bad.view.q).toBe('');
    expect(bad.view.types).toEqual([]);
    expect(bad.dropped).toEqual(['q', 'types']);
  });
});

describe('round trip', () => {
  it('parse(serialize(state)) restores 1000 random valid states', () => {
    const next = random(42);
    const missions: (MissionId | null)[] = [null, 'kabul', 'tokyo', 'london'];
    const events = [null, '1969-zahir-shah-state-visit', '2010-karzai-state-visit'];
    const langs = [null, 'en', 'ja', 'fa-AF', 'ps'] as const;
    const calendars = [null, 'gregory', 'persian', 'japanese'] as const;
    const queries = ['', 'Nazari', 'ناظری', '中田 厚仁', 'a&b=c+d%/?#', '  '];
    const groups = EVENT_GROUP_IDS;
    for (let i = 0; i < 1000; i++) {
      const eventId = events[Math.floor(next() * events.length)] ?? null;
      const lang = langs[Math.floor(next() * langs.length)] ?? null;
      const chosen = calendars[Math.floor(next() * calendars.length)] ?? null;
      const view: ViewState = {
        lang,
        // A calendar that is the language's own is stored as no choice (null).
        calendar: chosen === LOCALE_INFO[lang ?? 'en'].calendar ? null : chosen,
        year: 1907 + Math.floor(next() * 120),
        missionId: eventId ? null : (missions[Math.floor(next() * missions.length)] ?? null),
        eventId,
        camera:
          next() < 0.5
            ? null
            : {
                zoom: Number((next() * 9).toFixed(2)),
                lat: Number((next() * 160 - 80).toFixed(4)),
                lng: Number((next() * 360 - 180).toFixed(4)),
              },
        // Blank searches are no search; a search is kept as typed, trimmed.
        q: (queries[Math.floor(next() * queries.length)] ?? '').trim(),
        types: groups.filter(() => next() < 0.2),
      };
      const { view: parsed, dropped } = parseUrl(serializeView(view, ctx), ctx);
      expect(dropped).toEqual([]);
      expect(parsed).toEqual(view);
    }
  });
});

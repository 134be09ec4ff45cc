import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildSearchIndex,
  EVENT_GROUPS,
  filterEvents,
  foldText,
  groupOf,
  isFiltering,
  queryTerms,
  searchIndexOf,
} from '../../src/data/search';
import { eventTypeSchema } from '../../src/data/schema';
import { localize } from '../../src/data/translation';
import { translationSchema } from '../../src/data/translationSchema';
import { loadRealData } from './realData';

const english = loadRealData();
const dari = localize(
  english,
  translationSchema.parse(
    JSON.parse(readFileSync(resolve(process.cwd(), 'public/data/i18n/fa-AF.json'), 'utf8')),
  ),
);
const ids = (events: readonly { id: string }[]) => events.map((e) => e.id);

describe('folding text for comparison', () => {
  it('folds case, width, Latin accents and Arabic-script variants', () => {
    expect(foldText('  NAZARĪ\tDeputy ')).toBe('nazari deputy');
    expect(foldText('ＴＯＫＹＯ')).toBe('tokyo');
    // Arabic yeh and kaf read as the Persian letters; vowel marks and ZWNJ are dropped.
    expect(foldText('كابلي')).toBe(foldText('کابلی'));
    expect(foldText('مُحَمَّد')).toBe('محمد');
    expect(foldText('می‌توانند')).toBe('میتوانند');
    expect(queryTerms('  ')).toEqual([]);
    expect(queryTerms('Abdul  Latif')).toEqual(['abdul', 'latif']);
  });
});

describe('finding events', () => {
  const index = buildSearchIndex(english);

  it('finds a participant, and only the events that name him', () => {
    const found = filterEvents(english.events, index, { query: 'Nazari', groups: [] });
    expect(ids(found)).toEqual(
      english.events.filter((e) => JSON.stringify(e).includes('Nazari')).map((e) => e.id),
    );
    expect(found.length).toBeGreaterThan(0);
    expect(found.length).toBeLessThan(english.events.length);
    expect(found.every((e) => e.date.date.startsWith('2025'))).toBe(true);
  });

  it('needs every word, in any order', () => {
    const both = filterEvents(english.events, index, { query: 'tokyo conference', groups: [] });
    expect(both.length).toBeGreaterThan(0);
    for (const event of both) expect(foldText(index.get(event.id) ?? '')).toContain('conference');
    expect(filterEvents(english.events, index, { query: 'tokyo zzzz', groups: [] })).toEqual([]);
  });

  it('finds by place and by source title', () => {
    const london = filterEvents(english.events, index, { query: 'London', groups: [] });
    expect(ids(london)).toContain('1930-treaty-of-friendship-signed');
    const source = english.sources.find((s) => s.title && s.title.length > 12);
    const title = source?.title ?? '';
    const cited = english.events.filter((e) => source && e.sources.includes(source.id));
    const found = filterEvents(english.events, index, { query: title, groups: [] });
    for (const event of cited) expect(ids(found)).toContain(event.id);
  });

  it('finds the English names from another language, and that language’s own words', () => {
    const both = buildSearchIndex(dari, english);
    const latin = filterEvents(dari.events, both, { query: 'Nazari', groups: [] });
    expect(ids(latin)).toEqual(
      ids(filterEvents(english.events, index, { query: 'Nazari', groups: [] })),
    );
    const title = dari.events.find((e) => e.id === '2012-tokyo-conference')?.title ?? '';
    expect(title).not.toBe('');
    const word = title.split(' ').sort((a, b) => b.length - a.length)[0] ?? '';
    const local = filterEvents(dari.events, both, { query: word, groups: [] });
    expect(ids(local)).toContain('2012-tokyo-conference');
    // Dari only: the English index alone does not know the word.
    expect(filterEvents(english.events, index, { query: word, groups: [] })).toEqual([]);
  });

  it('narrows by kind of event, every type in exactly one group', () => {
    const types = eventTypeSchema.options;
    const grouped = Object.values(EVENT_GROUPS).flat();
    expect([...grouped].sort()).toEqual([...types].sort());
    const treaties = filterEvents(english.events, index, { query: '', groups: ['treaties'] });
    expect(treaties.length).toBe(english.events.filter((e) => e.type === 'treaty').length);
    const some = filterEvents(english.events, index, { query: '', groups: ['visits', 'aid'] });
    expect(some.every((e) => ['visits', 'aid'].includes(groupOf(e.type)))).toBe(true);
    expect(some.length).toBe(
      english.events.filter((e) => e.type === 'visit' || e.type === 'aid').length,
    );
    const visitsToTokyo = filterEvents(english.events, index, {
      query: 'Tokyo',
      groups: ['openings'],
    });
    expect(visitsToTokyo.every((e) => groupOf(e.type) === 'openings')).toBe(true);
  });

  it('asks for the index only when there are words to find, not for kinds alone', () => {
    let built = 0;
    const lazy = () => {
      built += 1;
      return index;
    };
    const treaties = filterEvents(english.events, lazy, { query: ' ', groups: ['treaties'] });
    expect(treaties.length).toBeGreaterThan(0);
    expect(built).toBe(0);
    const found = filterEvents(english.events, lazy, { query: 'Nazari', groups: ['visits'] });
    expect(ids(found)).toEqual(['2025-taliban-delegation-tokyo']);
    expect(built).toBe(1);
  });

  it('builds the index once per data set, and again for another language', () => {
    expect(searchIndexOf(dari, english)).toBe(searchIndexOf(dari, english));
    expect(searchIndexOf(english)).not.toBe(searchIndexOf(dari, english));
    expect(searchIndexOf(english).get('2025-taliban-delegation-tokyo')).toContain('nazari');
  });

  it('returns the same list when nothing is asked', () => {
    expect(filterEvents(english.events, index, { query: ' ', groups: [] })).toBe(english.events);
    expect(isFiltering({ query: ' ', groups: [] })).toBe(false);
    expect(isFiltering({ query: '', groups: ['aid'] })).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { servedJson } from '../../scripts/data/servedJson';
import { servedRelationsJson } from '../../scripts/data/servedRelations';
import { sortEvents } from '../../src/data/derive';
import type { RelationsEvent } from '../../src/data/schema';
import { realDataText } from './realData';

describe('the data file as the build serves it', () => {
  const source: unknown = JSON.parse(realDataText());
  const served = servedJson(source);

  it('is all ASCII, and has no whitespace between values', () => {
    expect(realDataText()).toMatch(/[\u0080-\uffff]/); // the file people edit has "–", "ō", "’"
    expect(served).not.toMatch(/[\u0080-\uffff]/);
    expect(served).not.toContain('\n');
    expect(served.length).toBeLessThan(realDataText().length * 0.8);
  });

  it('parses to exactly the value of the file people edit', () => {
    expect(JSON.parse(served)).toEqual(source);
  });

  it('keeps characters beyond the first plane, quotes, backslashes and control characters', () => {
    const value = { s: 'Kabul → 東京 😀 "quoted" \\ \n\t\u007f', n: [1.5, null, true] };
    const text = servedJson(value);
    expect(text).toContain('\\u2192 \\u6771\\u4eac \\ud83d\\ude00');
    expect(JSON.parse(text)).toEqual(value);
  });
});

describe('the data set as the build serves it', () => {
  const source = JSON.parse(realDataText()) as { events: RelationsEvent[] };
  const served = JSON.parse(servedRelationsJson(source)) as typeof source;

  it('has the same events and everything else, its events in chronology order', () => {
    const ids = (events: readonly RelationsEvent[]) => events.map((e) => e.id);
    expect(ids(served.events)).toEqual(ids(sortEvents(source.events)));
    expect(ids(served.events)).not.toEqual(ids(source.events)); // the file people edit is not
    expect({ ...served, events: [...served.events].sort(byId) }).toEqual({
      ...source,
      events: [...source.events].sort(byId),
    });
  });

  it('writes what is not a data set as it is, for the page to report', () => {
    for (const value of [[1, 2], { events: 'none' }, { events: [{ id: 'x' }] }, null])
      expect(JSON.parse(servedRelationsJson(value))).toEqual(value);
  });
});

const byId = (a: RelationsEvent, b: RelationsEvent) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

import { describe, expect, it } from 'vitest';
import { servedJson } from '../../scripts/data/servedJson';
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

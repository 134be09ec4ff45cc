import { describe, expect, it } from 'vitest';
import {
  compareDates,
  dateParts,
  formatDate,
  formatDatePoint,
  formatDateSpan,
} from '../../src/data/dates';

describe('dates at their real precision', () => {
  it('splits partial dates without inventing parts', () => {
    expect(dateParts('1979')).toEqual({ year: 1979 });
    expect(dateParts('1934-11')).toEqual({ year: 1934, month: 11 });
    expect(dateParts('2021-08-15')).toEqual({ year: 2021, month: 8, day: 15 });
  });

  it('formats each precision', () => {
    expect(formatDate('1979')).toBe('1979');
    expect(formatDate('1934-11')).toBe('November 1934');
    expect(formatDate('1907-02-16')).toBe('16 February 1907');
  });

  it('keeps qualifiers', () => {
    expect(formatDatePoint({ date: '1945-08', qualifier: 'by' })).toBe('by August 1945');
    expect(formatDatePoint({ date: '2022-09', qualifier: 'late' })).toBe('late September 2022');
  });

  it('formats ranges compactly within a month, fully otherwise', () => {
    expect(formatDateSpan({ date: '1969-04-09' }, '1969-04-15')).toBe('9–15 April 1969');
    expect(formatDateSpan({ date: '1944' }, '1945')).toBe('1944 – 1945');
    expect(formatDateSpan({ date: '2016-08' })).toBe('August 2016');
  });

  it('orders partial dates chronologically', () => {
    const dates = ['1908', '1907-02-16', '1907', '1907-02'];
    expect([...dates].sort(compareDates)).toEqual(['1907', '1907-02', '1907-02-16', '1908']);
  });
});

import { describe, expect, it } from 'vitest';
import { compareDates, dateParts } from '../../src/data/dates';

describe('dates at their real precision', () => {
  it('splits partial dates without inventing parts', () => {
    expect(dateParts('1979')).toEqual({ year: 1979 });
    expect(dateParts('1934-11')).toEqual({ year: 1934, month: 11 });
    expect(dateParts('2021-08-15')).toEqual({ year: 2021, month: 8, day: 15 });
  });

  it('orders partial dates chronologically', () => {
    const dates = ['1908', '1907-02-16', '1907', '1907-02'];
    expect([...dates].sort(compareDates)).toEqual(['1907', '1907-02', '1907-02-16', '1908']);
  });
});

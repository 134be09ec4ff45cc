import { describe, expect, it } from 'vitest';
import { withRetry } from '../../src/map/tileRetry';

describe('withRetry', () => {
  it('puts the attempt on the archive address, keeping the tile template', () => {
    expect(withRetry('pmtiles://https://a.example/basemap/countries.pmtiles/{z}/{x}/{y}', 1)).toBe(
      'pmtiles://https://a.example/basemap/countries.pmtiles?retry=1/{z}/{x}/{y}',
    );
  });

  it('replaces an earlier attempt rather than adding another', () => {
    const once = withRetry('pmtiles://https://a.example/c.pmtiles/{z}/{x}/{y}', 1);
    expect(withRetry(once, 2)).toBe('pmtiles://https://a.example/c.pmtiles?retry=2/{z}/{x}/{y}');
  });

  it('leaves other templates alone', () => {
    expect(withRetry('https://a.example/{z}/{x}/{y}.pbf', 3)).toBe(
      'https://a.example/{z}/{x}/{y}.pbf',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { greatCircle } from '../../src/map/geometry';

describe('greatCircle', () => {
  it('starts and ends at the two places', () => {
    const arc = greatCircle([69.18, 34.54], [139.74, 35.66], 32);
    expect(arc).toHaveLength(33);
    expect(arc[0]?.[0]).toBeCloseTo(69.18, 6);
    expect(arc[32]?.[1]).toBeCloseTo(35.66, 6);
  });

  it('bows towards the pole rather than following the parallel', () => {
    const arc = greatCircle([69.18, 34.54], [139.74, 35.66], 32);
    const middle = arc[16];
    expect(middle?.[1]).toBeGreaterThan(40); // a straight Mercator line would stay near 35°
  });

  it('keeps longitudes continuous across the antimeridian', () => {
    const arc = greatCircle([170, 10], [-170, 10], 16);
    for (let i = 1; i < arc.length; i++) {
      expect(Math.abs((arc[i]?.[0] ?? 0) - (arc[i - 1]?.[0] ?? 0))).toBeLessThan(5);
    }
  });
});

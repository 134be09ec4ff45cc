import { describe, expect, it } from 'vitest';
import { cutLine, cutPolygon, unwrapRing, type Position } from '../../scripts/basemap/antimeridian';

const maxStep = (ring: Position[]) =>
  ring.slice(1).reduce((max, p, i) => Math.max(max, Math.abs(p[0] - (ring[i]?.[0] ?? 0))), 0);

describe('antimeridian cutting', () => {
  const fiji: Position[] = [
    [178, -17],
    [-179, -17],
    [-179, -18],
    [178, -18],
    [178, -17],
  ];

  it('unwraps a ring that crosses ±180° into continuous longitudes', () => {
    expect(unwrapRing(fiji).map(([x]) => x)).toEqual([178, 181, 181, 178, 178]);
  });

  it('splits such a ring into pieces inside −180…180 with no map-wide segment', () => {
    const pieces = cutPolygon([fiji]);
    expect(pieces).toHaveLength(2);
    for (const [outer] of pieces) {
      expect(outer?.every(([x]) => x >= -180 && x <= 180)).toBe(true);
      expect(maxStep(outer ?? [])).toBeLessThanOrEqual(180);
    }
  });

  it('closes a ring that winds around the south pole over the pole', () => {
    const antarctica: Position[] = [
      [-180, -80],
      [-90, -75],
      [0, -70],
      [90, -75],
      [180, -80],
    ];
    const [piece] = cutPolygon([antarctica]);
    expect(piece?.[0]?.some(([, y]) => y === -90)).toBe(true);
    expect(maxStep(piece?.[0] ?? [])).toBeLessThanOrEqual(180);
  });

  it('leaves a ring that does not cross alone', () => {
    const square: Position[] = [
      [10, 10],
      [20, 10],
      [20, 20],
      [10, 20],
      [10, 10],
    ];
    expect(cutPolygon([square])).toEqual([[square]]);
  });

  it('splits lines where they jump across the map', () => {
    expect(
      cutLine([
        [170, 60],
        [179, 61],
        [-179, 62],
        [-170, 63],
      ]),
    ).toEqual([
      [
        [170, 60],
        [179, 61],
      ],
      [
        [-179, 62],
        [-170, 63],
      ],
    ]);
  });
});

describe('spherical polar caps', () => {
  it('turns a cap around the pole with the coast as its hole into the coast closed over the pole', () => {
    const cap: Position[] = [
      [-180, -89.999],
      [-90, -89.999],
      [0, -89.999],
      [90, -89.999],
      [180, -89.999],
    ];
    const coast: Position[] = [
      [180, -70],
      [90, -66],
      [0, -70],
      [-90, -72],
      [-180, -70],
    ];
    const pieces = cutPolygon([cap, coast]);
    expect(pieces).toHaveLength(1);
    const outer = pieces[0]?.[0] ?? [];
    expect(Math.max(...outer.map(([, y]) => y))).toBe(-66);
    expect(Math.min(...outer.map(([, y]) => y))).toBe(-90);
  });
});

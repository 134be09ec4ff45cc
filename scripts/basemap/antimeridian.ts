/**
 * Cuts Natural Earth rings and lines at the antimeridian so that MapLibre never draws a segment
 * from +179° to −179° straight across the map (the streaks through Russia, Fiji and Antarctica).
 * Pure functions on plain coordinate arrays, unit-tested in tests/unit/antimeridian.test.ts.
 */
export type Position = [number, number];
export type Ring = Position[];

/** Makes longitudes continuous: each step of more than 180° is taken the short way round. */
export function unwrapRing(ring: readonly Position[]): Ring {
  const out: Ring = [];
  let offset = 0;
  ring.forEach(([lon, lat], i) => {
    const prev = ring[i - 1];
    if (prev) {
      const delta = lon - prev[0];
      if (delta > 180) offset -= 360;
      else if (delta < -180) offset += 360;
    }
    out.push([lon + offset, lat]);
  });
  return out;
}

/** A ring that winds once around a pole does not close after unwrapping: close it over the pole. */
export function closePolarRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  if (!first || !last || Math.abs(last[0] - first[0]) < 180) return ring;
  const meanLat = ring.reduce((sum, [, lat]) => sum + lat, 0) / ring.length;
  const pole = meanLat < 0 ? -90 : 90;
  // Walk back along the pole in 90° steps, so no segment spans the map even there.
  const along: Ring = [];
  const steps = Math.ceil(Math.abs(last[0] - first[0]) / 90);
  for (let i = 0; i <= steps; i++) along.push([last[0] + ((first[0] - last[0]) * i) / steps, pole]);
  return [...ring, ...along, first];
}

/** Sutherland–Hodgman against one vertical line; `keepLeft` keeps x ≤ bound, else x ≥ bound. */
function clipAgainst(ring: Ring, bound: number, keepLeft: boolean): Ring {
  const inside = ([x]: Position) => (keepLeft ? x <= bound : x >= bound);
  const cross = ([x1, y1]: Position, [x2, y2]: Position): Position => [
    bound,
    y1 + ((y2 - y1) * (bound - x1)) / (x2 - x1),
  ];
  const out: Ring = [];
  ring.forEach((current, i) => {
    const previous = ring[(i + ring.length - 1) % ring.length] as Position;
    if (inside(current)) {
      if (!inside(previous)) out.push(cross(previous, current));
      out.push(current);
    } else if (inside(previous)) {
      out.push(cross(previous, current));
    }
  });
  return out;
}

function openRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

function closeRing(ring: Ring): Ring {
  const first = ring[0];
  return first ? [...ring, first] : ring;
}

/** The ring, shifted by `shift` degrees, clipped to −180…180; empty when nothing is left. */
export function clipRing(ring: Ring, shift: number): Ring {
  const moved = openRing(ring).map(([x, y]): Position => [x + shift, y]);
  const clipped = clipAgainst(clipAgainst(moved, 180, true), -180, false);
  return clipped.length >= 3 ? closeRing(clipped) : [];
}

/** The shifts (0, ±360) under which a ring spanning these longitudes overlaps −180…180. */
export function shiftsFor(ring: Ring): number[] {
  const lons = ring.map(([x]) => x);
  const min = Math.min(...lons);
  const max = Math.max(...lons);
  return [0, -360, 360].filter((s) => max + s > -180 && min + s < 180);
}

/** Splits a polygon (outer ring + holes) into polygons that all lie within −180…180. */
export function cutPolygon(polygon: readonly (readonly Position[])[]): Ring[][] {
  const [outerRaw, ...holesRaw] = polygon;
  if (!outerRaw) return [];
  // Spherical data (world-atlas) draws Antarctica as a tiny cap around the pole with the coast as
  // its hole. On the plane that is inside out: the coast, closed over the pole, is the outline.
  if (isPolarCap(outerRaw)) return holesRaw.flatMap((hole) => cutPolygon([hole]));
  const outer = closePolarRing(unwrapRing(outerRaw));
  const holes = holesRaw.map(unwrapRing);
  const pieces: Ring[][] = [];
  for (const shift of shiftsFor(outer)) {
    const clippedOuter = clipRing(outer, shift);
    if (clippedOuter.length === 0) continue;
    const clippedHoles = holes.map((h) => clipRing(h, shift)).filter((h) => h.length > 0);
    pieces.push([clippedOuter, ...clippedHoles]);
  }
  return pieces;
}

/** A ring that only circles a pole, within a hundredth of a degree of it. */
export function isPolarCap(ring: readonly Position[]): boolean {
  return ring.length > 0 && ring.every(([, lat]) => Math.abs(lat) > 89.99);
}

/** Splits a line wherever it jumps across the antimeridian, so no segment crosses the map. */
export function cutLine(line: readonly Position[]): Position[][] {
  const parts: Position[][] = [];
  let current: Position[] = [];
  line.forEach((point, i) => {
    const prev = line[i - 1];
    if (prev && Math.abs(point[0] - prev[0]) > 180) {
      if (current.length > 1) parts.push(current);
      current = [];
    }
    current.push(point);
  });
  if (current.length > 1) parts.push(current);
  return parts;
}

export function roundPosition([x, y]: readonly number[], digits = 3): Position {
  const f = 10 ** digits;
  return [Math.round((x ?? 0) * f) / f, Math.round((y ?? 0) * f) / f];
}

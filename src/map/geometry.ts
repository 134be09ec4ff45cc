/** Great-circle arcs for visit routes: pure math, no map library. */
export type LngLat = [number, number];

const toRad = (d: number) => (d * Math.PI) / 180;
const toDeg = (r: number) => (r * 180) / Math.PI;

function toVector([lng, lat]: LngLat): [number, number, number] {
  const l = toRad(lat);
  const g = toRad(lng);
  return [Math.cos(l) * Math.cos(g), Math.cos(l) * Math.sin(g), Math.sin(l)];
}

/** Points along the shorter great circle from `from` to `to`, both ends included. */
export function greatCircle(from: LngLat, to: LngLat, segments = 64): LngLat[] {
  const a = toVector(from);
  const b = toVector(to);
  const dot = Math.min(1, Math.max(-1, a[0] * b[0] + a[1] * b[1] + a[2] * b[2]));
  const omega = Math.acos(dot);
  if (omega < 1e-9) return [from, to];
  const points: LngLat[] = [];
  let previousLng = from[0];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const s1 = Math.sin((1 - t) * omega) / Math.sin(omega);
    const s2 = Math.sin(t * omega) / Math.sin(omega);
    const x = s1 * a[0] + s2 * b[0];
    const y = s1 * a[1] + s2 * b[1];
    const z = s1 * a[2] + s2 * b[2];
    let lng = toDeg(Math.atan2(y, x));
    // Keep longitudes continuous so an arc never jumps across the map.
    while (lng - previousLng > 180) lng -= 360;
    while (lng - previousLng < -180) lng += 360;
    previousLng = lng;
    points.push([lng, toDeg(Math.atan2(z, Math.hypot(x, y)))]);
  }
  return points;
}

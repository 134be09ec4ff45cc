/**
 * Random and hostile query strings for the URL fuzzing test, from a seeded generator so a
 * failure can be replayed: the seed is printed with every failing case.
 */

/** mulberry32: small, fast, good enough to pick test inputs. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE_VALUES = [
  '',
  ' ',
  '%',
  '%E0%A4%A',
  '%00',
  '%0d%0aSet-Cookie:x=1',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e309',
  '-0',
  '0x7DA',
  '1985.5',
  '+1985',
  ' 1985',
  '１９８５',
  '٢٠٠٢',
  'null',
  'undefined',
  '[]',
  '{}',
  '🇦🇫🇯🇵',
  'KABUL',
  'kabul ',
  'x'.repeat(101),
  'y'.repeat(3000),
  '3/40/90/1',
  '99/0/0',
  '3/91/0',
  '3/0/181',
  '3//90',
  '-1/0/0',
  '3.2/40/90',
  '22/85.06/-180',
];

const NAMES = [
  'year',
  'mission',
  'event',
  'map',
  'Year',
  'YEAR',
  'mission[]',
  'utm_source',
  '__proto__',
  'Lang',
  'Q',
  'type',
  '',
];

export interface FuzzContext {
  minYear: number;
  maxYear: number;
  missionIds: readonly string[];
  eventIds: readonly string[];
}

function pick<T>(random: () => number, items: readonly T[]): T {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
}

function valueFor(name: string, random: () => number, ctx: FuzzContext): string {
  const roll = random();
  if (roll < 0.45) return pick(random, HOSTILE_VALUES);
  if (name === 'year') {
    const span = ctx.maxYear - ctx.minYear;
    return String(Math.floor(ctx.minYear - span / 2 + random() * span * 2));
  }
  if (name === 'mission') return pick(random, [...ctx.missionIds, 'paris', 'tokyo-2']);
  if (name === 'event') return pick(random, [...ctx.eventIds, '1907-nothing', '9999-x']);
  if (name === 'lang') return pick(random, ['en', 'ja', 'fa-AF', 'ps', 'fa', 'JA', 'prs', 'de']);
  if (name === 'calendar') {
    return pick(random, ['gregory', 'persian', 'japanese', 'islamic', 'Persian', 'hijri']);
  }
  if (name === 'q')
    return pick(random, ['Nazari', ' Nazari ', 'ناظری', '東京 会議', '  ', '%', '']);
  if (name === 'types') {
    return pick(random, ['visits', 'treaties,visits', 'visits,visits', 'parades', 'aid,', '']);
  }
  if (name === 'map') {
    const n = (lo: number, hi: number) =>
      (lo + random() * (hi - lo)).toFixed(pick(random, [0, 2, 5]));
    return `${n(-2, 25)}/${n(-95, 95)}/${n(-200, 200)}`;
  }
  return pick(random, HOSTILE_VALUES);
}

/** One query string: 0 to 6 parameters, some repeated, some unknown, some raw (unencoded). */
export function fuzzQuery(random: () => number, ctx: FuzzContext): string {
  const count = Math.floor(random() * 7);
  const parts: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const name =
      random() < 0.8
        ? pick(random, ['year', 'mission', 'event', 'map', 'lang', 'calendar', 'q', 'types'])
        : pick(random, NAMES);
    const value = valueFor(name, random, ctx);
    const raw = random() < 0.2;
    parts.push(
      raw ? `${name}=${value}` : `${encodeURIComponent(name)}=${encodeURIComponent(value)}`,
    );
  }
  if (random() < 0.05) parts.push('&&=&');
  return parts.length > 0 ? `?${parts.join('&')}` : pick(random, ['', '?', '?&', '?=']);
}

import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { notCanonical } from '../support/canonicalQuery';
import type { FuzzContext } from '../support/fuzzQueries';

/**
 * Hostile links through the whole page: for each, no page or console error (fixtures.ts), the app
 * renders, and the address bar holds the canonical form. The parser and writer behind it meet
 * thousands of seeded random and hostile query strings in tests/unit/urlFuzz.test.ts; these ten
 * are one of each kind of trouble, to show the page survives what the parser makes of them.
 */
const data = JSON.parse(readFileSync('public/data/relations.json', 'utf8')) as {
  missions: { id: string }[];
  events: { id: string }[];
};
const ctx: FuzzContext = {
  minYear: 1907,
  maxYear: new Date().getFullYear(),
  missionIds: data.missions.map((m) => m.id),
  eventIds: data.events.map((e) => e.id),
};

const HOSTILE_LINKS = [
  // A broken percent-encoding, and markup where a mission should be.
  '?year=%E0%A4%A&mission=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  // A parameter twice, and one raw (unencoded) with an image that would run script.
  '?year=1985&year=1990&q="><img src=x onerror=alert(1)>',
  // Unknown names, one that reaches for the prototype, and a tracking parameter.
  '?Year=1985&__proto__=1&utm_source=x&mission%5B%5D=kabul&type=visits',
  // An event beside a mission (the event wins), a camera off the world, an unknown event.
  '?event=1969-zahir-shah-state-visit&mission=kabul&map=99/0/0',
  // A query longer than any link the atlas writes.
  `?q=${'y'.repeat(3000)}&year=1985`,
  // Digits of other scripts, a calendar that does not exist, a language in the wrong case.
  '?year=%D9%A2%D9%A0%D9%A0%D9%A2&calendar=hijri&lang=JA',
  // Empty names and values, stray separators.
  '?&&=&?=&year=&mission=',
  // A NUL, and a header injection where an event should be.
  '?mission=%00&event=%0d%0aSet-Cookie:x=1',
  // Kinds of event repeated and unknown, a search of spaces, a camera with too many parts.
  '?types=visits,visits,parades&q=%20%20&map=3/40/90/1',
  // Valid parts in the wrong order, with a language's own calendar named and a number in hex.
  '?types=treaties,visits&calendar=persian&lang=fa-AF&q=Nazari&year=0x7DA&event=2010-karzai-state-visit',
];

test('ten hostile links: the app renders and the URL is made canonical', async ({ page }) => {
  test.setTimeout(120_000);
  // The slider's name is in the page's language, and some links pick another language.
  const slider = page.getByRole('slider');
  for (const [i, query] of HOSTILE_LINKS.entries()) {
    const label = `link ${i}: ${JSON.stringify(query).slice(0, 200)}`;
    await page.goto(`/${query}`);
    await expect(page.getByRole('heading', { level: 1 }), label).toBeVisible();
    await expect(slider, label).toBeVisible();
    const search = await page.evaluate(() => window.location.search);
    expect(notCanonical(search, ctx), `${label} → ${search}`).toBeNull();
    const year = new URLSearchParams(search).get('year') ?? String(ctx.maxYear);
    await expect(slider, label).toHaveValue(year);
  }
});

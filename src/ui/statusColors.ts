import type { Status } from '../data/schema';
import css from './statusColors.css?raw';

/** The variables statusColors.css declares, by name without the leading dashes. */
export function cssColors(text: string): ReadonlyMap<string, string> {
  return new Map(
    [...text.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
}

const declared = cssColors(css);
function color(name: string): string {
  const value = declared.get(name);
  if (!value) throw new Error(`statusColors.css declares no --${name}`);
  return value;
}

/** Each status's colour, as the page's CSS draws it (`--status-<status>`). */
export const STATUS_COLORS: Readonly<Record<Status, string>> = {
  open: color('status-open'),
  closed: color('status-closed'),
  'not-established': color('status-not-established'),
  'held-by-former-republic': color('status-held-by-former-republic'),
  suspended: color('status-suspended'),
  'not-recorded': color('status-not-recorded'),
};

/** The selected marker's ring, the page's focus colour (`--focus`). */
export const SELECTED_COLOR = color('focus');

/** A colour of this file's, `#rrggbb`, at an opacity: `rgb(r g b / 22%)`. */
export function translucent(hex: string, percent: number): string {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  return `rgb(${r} ${g} ${b} / ${percent}%)`;
}

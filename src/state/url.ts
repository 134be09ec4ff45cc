import type { MissionId } from '../data/schema';
import type { Camera } from './camera';
import type { ViewState } from './store';

/**
 * The URL query string is the source of truth for what can be shared. Public parameters (keep
 * them): `year` (integer), `mission` (kabul | tokyo | london), `event` (an event id, wins over
 * `mission`) and `map` (zoom/lat/lng). Parsing drops what is invalid and says what it dropped;
 * serializing writes only what differs from the defaults.
 */
export interface UrlContext {
  minYear: number;
  maxYear: number;
  missionIds: ReadonlySet<string>;
  eventIds: ReadonlySet<string>;
  defaults: ViewState;
}

export interface ParsedUrl {
  view: ViewState;
  /** Parameters that were present but not usable, named for the status message. */
  dropped: string[];
}

const KNOWN = new Set(['year', 'mission', 'event', 'map']);
const MAX_PARAM_LENGTH = 100;

function single(params: URLSearchParams, name: string, dropped: string[]): string | null {
  const values = params.getAll(name);
  if (values.length === 0) return null;
  const value = values[0] ?? '';
  if (values.length > 1 || value.length > MAX_PARAM_LENGTH) {
    dropped.push(name);
    return null;
  }
  return value;
}

export function parseCamera(value: string): Camera | null {
  const match = /^(-?\d{1,3}(?:\.\d+)?)\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/.exec(value);
  if (!match) return null;
  const [zoom, lat, lng] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (zoom < 0 || zoom > 22 || Math.abs(lat) > 85.06 || Math.abs(lng) > 180) return null;
  return { zoom, lat, lng };
}

export function formatCamera({ zoom, lat, lng }: Camera): string {
  const round = (n: number, digits: number) => Number(n.toFixed(digits));
  return `${round(zoom, 2)}/${round(lat, 4)}/${round(lng, 4)}`;
}

export function parseUrl(search: string, ctx: UrlContext): ParsedUrl {
  const params = new URLSearchParams(search.length > 2000 ? '' : search);
  const dropped: string[] = search.length > 2000 ? ['the whole query (too long)'] : [];
  const view: ViewState = { ...ctx.defaults };

  const year = single(params, 'year', dropped);
  if (year !== null) {
    const n = /^\d{1,4}$/.test(year) ? Number(year) : Number.NaN;
    if (n >= ctx.minYear && n <= ctx.maxYear) view.year = n;
    else dropped.push('year');
  }

  const mission = single(params, 'mission', dropped);
  if (mission !== null) {
    if (ctx.missionIds.has(mission)) view.missionId = mission as MissionId;
    else dropped.push('mission');
  }

  const event = single(params, 'event', dropped);
  if (event !== null) {
    if (ctx.eventIds.has(event)) {
      view.eventId = event;
      view.missionId = null; // `event` wins over `mission`
    } else dropped.push('event');
  }

  const map = single(params, 'map', dropped);
  if (map !== null) {
    const camera = parseCamera(map);
    if (camera) view.camera = camera;
    else dropped.push('map');
  }

  for (const name of new Set(params.keys())) if (!KNOWN.has(name)) dropped.push(name);
  return { view, dropped };
}

/** "?year=1985&mission=kabul", or "" when everything is at its default. */
export function serializeView(view: ViewState, defaults: ViewState): string {
  const params = new URLSearchParams();
  if (view.year !== defaults.year) params.set('year', String(view.year));
  if (view.eventId) params.set('event', view.eventId);
  else if (view.missionId) params.set('mission', view.missionId);
  if (view.camera) params.set('map', formatCamera(view.camera));
  // "/" is legal in a query string; keeping it readable makes `map=3.2/40/90` look as documented.
  const query = params.toString().replace(/%2F/g, '/');
  return query ? `?${query}` : '';
}

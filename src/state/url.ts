import type { MissionId } from '../data/schema';
import { EVENT_GROUP_IDS, isEventGroup, queryTerms } from '../data/search';
import { isCalendar, isLocale, LOCALE_INFO, type Locale } from '../i18n/locales';
import type { Camera } from './camera';
import type { ViewState } from './store';

/**
 * The URL query string is the source of truth for what can be shared. Every public parameter is
 * one entry in PARAMS below (keep their names: links depend on them): how it is read, checked and
 * written. Parsing drops what is invalid and says what it dropped; serializing writes only what
 * differs from the defaults, in the table's order.
 */
export interface UrlContext {
  minYear: number;
  maxYear: number;
  missionIds: ReadonlySet<string>;
  /** Each event's id with its year: a link that names an event but no year opens at the event's. */
  eventYears: ReadonlyMap<string, number>;
  defaults: ViewState;
  /** The language the browser asks for, used where the link names none. */
  browserLocale: Locale;
}

export interface ParsedUrl {
  view: ViewState;
  /** Parameters that were present but not usable, named for the status message. */
  dropped: string[];
}

/** What writing a link needs to know: the defaults, and the language the browser asks for. */
export type WriteContext = Pick<UrlContext, 'defaults' | 'browserLocale'>;

interface Param {
  name: string;
  /** Reads a value into the view; false when the value is not usable (the parameter is dropped). */
  read(value: string, view: ViewState, ctx: UrlContext): boolean;
  /** The value to write, or null to leave the parameter out. */
  format(view: ViewState, ctx: WriteContext): string | null;
}

/** The language the page is in: the one chosen (in the link), else the browser's. */
export function effectiveLocale(
  view: Pick<ViewState, 'lang'>,
  ctx: Pick<UrlContext, 'browserLocale'>,
): Locale {
  return view.lang ?? ctx.browserLocale;
}

const PARAMS: readonly Param[] = [
  {
    name: 'year',
    read(value, view, ctx) {
      const n = /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
      if (!(n >= ctx.minYear && n <= ctx.maxYear)) return false;
      view.year = n;
      return true;
    },
    // Always beside an event: a link with an event and no year opens at the event's year.
    format: (view, ctx) =>
      view.year !== ctx.defaults.year || view.eventId ? String(view.year) : null,
  },
  {
    name: 'mission',
    read(value, view, ctx) {
      if (!ctx.missionIds.has(value)) return false;
      view.missionId = value as MissionId;
      return true;
    },
    // `event` wins over `mission`: a view never carries both.
    format: (view) => (view.eventId ? null : view.missionId),
  },
  {
    name: 'event',
    read(value, view, ctx) {
      if (!ctx.eventYears.has(value)) return false;
      view.eventId = value;
      return true;
    },
    format: (view) => view.eventId,
  },
  {
    name: 'map',
    read(value, view) {
      const camera = parseCamera(value);
      if (camera) view.camera = camera;
      return camera !== null;
    },
    format: (view) => (view.camera ? formatCamera(view.camera) : null),
  },
  {
    // Written once the reader picks a language or opens a link with one: a shared link opens in
    // the sender's language.
    name: 'lang',
    read(value, view) {
      if (!isLocale(value)) return false;
      view.lang = value;
      return true;
    },
    format: (view) => view.lang,
  },
  {
    // Written only where it differs from the language's own calendar.
    name: 'calendar',
    read(value, view) {
      if (!isCalendar(value)) return false;
      view.calendar = value;
      return true;
    },
    format: (view, ctx) =>
      view.calendar && view.calendar !== LOCALE_INFO[effectiveLocale(view, ctx)].calendar
        ? view.calendar
        : null,
  },
  {
    // The search, as typed (written only when there is one).
    name: 'q',
    read(value, view) {
      if (queryTerms(value).length === 0) return false;
      view.q = value.trim();
      return true;
    },
    format: (view) => (queryTerms(view.q).length > 0 ? view.q.trim() : null),
  },
  {
    // The kinds of event shown, "visits,treaties", in a fixed order (written only when narrowed).
    name: 'types',
    read(value, view) {
      const named = value.split(',');
      if (!named.every(isEventGroup)) return false;
      view.types = EVENT_GROUP_IDS.filter((group) => named.includes(group));
      return true;
    },
    format: (view) =>
      view.types.length > 0
        ? EVENT_GROUP_IDS.filter((g) => view.types.includes(g)).join(',')
        : null,
  },
];

const KNOWN = new Set(PARAMS.map((p) => p.name));
const MAX_PARAM_LENGTH = 100;
const MAX_QUERY_LENGTH = 2000;

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
  const tooLong = search.length > MAX_QUERY_LENGTH;
  const params = new URLSearchParams(tooLong ? '' : search);
  const dropped: string[] = tooLong ? ['the whole query (too long)'] : [];
  const view: ViewState = { ...ctx.defaults };
  for (const param of PARAMS) {
    const values = params.getAll(param.name);
    if (values.length === 0) continue;
    const value = values[0] ?? '';
    if (values.length > 1 || value.length > MAX_PARAM_LENGTH || !param.read(value, view, ctx)) {
      dropped.push(param.name);
    }
  }
  if (view.eventId) {
    view.missionId = null; // `event` wins over `mission`
    // With no usable year, the event's own: the view a reader gets by choosing it.
    if (!params.has('year') || dropped.includes('year'))
      view.year = ctx.eventYears.get(view.eventId) ?? view.year;
  }
  // A calendar that is the language's own is the default, not a choice.
  if (view.calendar === LOCALE_INFO[effectiveLocale(view, ctx)].calendar) view.calendar = null;
  for (const name of new Set(params.keys())) if (!KNOWN.has(name)) dropped.push(name);
  return { view, dropped };
}

/** "?year=1985&mission=kabul", or "" when everything is at its default. */
export function serializeView(view: ViewState, ctx: WriteContext): string {
  const params = new URLSearchParams();
  for (const param of PARAMS) {
    const value = param.format(view, ctx);
    if (value !== null) params.set(param.name, value);
  }
  // "/" is legal in a query string; keeping it readable makes `map=3.2/40/90` look as documented.
  const query = params.toString().replace(/%2F/g, '/');
  return query ? `?${query}` : '';
}

import { sourceLink } from '../data/sources';
import type { DatePoint, EventType, PartialDate, Relations, Source, Status } from '../data/schema';
import type { Cell } from './csv';

/**
 * The data set as tables, for download: one record per event, per status interval, per source.
 * Dates stay as the data has them (ISO 8601 at their real precision, which a column names), so a
 * spreadsheet sorts them; words are the reader's language (the data set as translated), with the
 * type and status codes beside their names.
 */

/** The compiled data set's licence: it travels with every download. */
export const DATA_LICENCE = {
  name: 'CC BY 4.0',
  url: 'https://creativecommons.org/licenses/by/4.0/',
} as const;

export type Precision = 'year' | 'month' | 'day';

export function precisionOf(date: PartialDate | undefined): Precision | '' {
  if (date === undefined) return '';
  return (['year', 'month', 'day'] as const)[date.split('-').length - 1] ?? 'day';
}

/** Names for the codes, in the reader's language. */
export interface TableWords {
  type(type: EventType): string;
  status(status: Status): string;
}

const list = (items: readonly (string | undefined)[]) => items.filter(Boolean).join('; ');

function sourceColumns(ids: readonly string[], sources: ReadonlyMap<string, Source>): Cell[] {
  const urls = ids.map((id) => {
    const source = sources.get(id);
    return source ? sourceLink(source)?.href : undefined;
  });
  return [ids.join('; '), urls.filter(Boolean).join(' ')];
}

function pointColumns(point: DatePoint | undefined): Cell[] {
  return [point?.date, precisionOf(point?.date), point?.qualifier];
}

export const EVENT_COLUMNS = [
  'id',
  'start_date',
  'start_precision',
  'start_qualifier',
  'end_date',
  'end_precision',
  'type',
  'type_name',
  'title',
  'summary',
  'from',
  'to',
  'at',
  'participants',
  'confidence',
  'inferred_from',
  'source_ids',
  'source_urls',
] as const;

export function eventRecords(data: Relations, words: TableWords): Cell[][] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const places = new Map(data.places.map((p) => [p.id, p.name]));
  const place = (id: string | undefined) => (id ? (places.get(id) ?? id) : '');
  return [
    [...EVENT_COLUMNS],
    ...data.events.map((event) => [
      event.id,
      ...pointColumns(event.date),
      event.endDate,
      precisionOf(event.endDate),
      event.type,
      words.type(event.type),
      event.title,
      event.summary,
      event.fromLabel ?? place(event.from),
      list([event.to, ...(event.stops ?? [])].map(place)),
      place(event.at),
      list(event.participants),
      event.confidence,
      list((event.basis ?? []).map((b) => `${b.date}: ${b.fact}`)),
      ...sourceColumns(event.sources, sources),
    ]),
  ];
}

export const STATUS_COLUMNS = [
  'mission_id',
  'mission',
  'status',
  'status_name',
  'start_date',
  'start_precision',
  'start_qualifier',
  'end_date',
  'end_precision',
  'end_qualifier',
  'note',
  'confidence',
  'inferred_from',
  'event_id',
  'source_ids',
  'source_urls',
] as const;

export function statusRecords(data: Relations, words: TableWords): Cell[][] {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  return [
    [...STATUS_COLUMNS],
    ...data.missions.flatMap((mission) =>
      mission.statuses.map((interval) => [
        mission.id,
        mission.name,
        interval.status,
        words.status(interval.status),
        ...pointColumns(interval.start),
        ...pointColumns(interval.end),
        interval.note,
        interval.confidence,
        list((interval.basis ?? []).map((b) => `${b.date}: ${b.fact}`)),
        interval.eventId,
        ...sourceColumns(interval.sources, sources),
      ]),
    ),
  ];
}

export const SOURCE_COLUMNS = [
  'id',
  'title',
  'description',
  'language',
  'author',
  'publisher',
  'date',
  'url',
  'read_at',
  'read_at_kind',
  'no_url',
] as const;

export function sourceRecords(data: Relations): Cell[][] {
  return [
    [...SOURCE_COLUMNS],
    ...data.sources.map((s) => [
      s.id,
      s.title,
      s.description,
      s.lang,
      s.author,
      s.publisher,
      s.date,
      s.url,
      s.readAt?.url,
      s.readAt?.kind,
      s.noUrl,
    ]),
  ];
}

/** What heads every download: the data set, its licence, where it came from, and when. */
export interface Provenance {
  title: string;
  compiled: PartialDate;
  /** The view it was downloaded from. */
  permalink: string;
  downloaded: PartialDate;
  /** The language of its words (a BCP 47 tag), and "en" where they were translated from it. */
  language: string;
  translatedFrom?: 'en';
  /** All of that in a sentence in the reader's language: a CSV file's first line. */
  notice: string;
}

/** The whole data set as JSON, its provenance and licence first. */
export function datasetJson(data: Relations, p: Provenance): string {
  const metadata = {
    title: p.title,
    compiled: p.compiled,
    licence: DATA_LICENCE,
    language: p.language,
    ...(p.translatedFrom ? { translatedFrom: p.translatedFrom } : {}),
    permalink: p.permalink,
    downloaded: p.downloaded,
    notice: p.notice,
  };
  return `${JSON.stringify({ metadata, ...data }, null, 2)}\n`;
}

/** A table as a CSV file: the notice as a first record of one field, then the table. */
export function csvRecords(
  table: readonly (readonly Cell[])[],
  p: Provenance,
): (readonly Cell[])[] {
  return [[p.notice], ...table];
}

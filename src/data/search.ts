import type { EventType, Relations, RelationsEvent } from './schema';

/**
 * Finding events: a query over what each event says (title, summary, participants, places and the
 * titles of its sources), in the reader's language and in English, so that a name typed in Latin
 * letters is found from any language; and filters by kind of event. Pure: the screens ask.
 */

/** The kinds of event a reader can filter by, each a group of the data's types. Ids are public (`types`). */
export const EVENT_GROUPS = {
  visits: ['visit'],
  meetings: ['meeting', 'conference'],
  openings: ['opening', 'closure', 'reopening'],
  treaties: ['treaty'],
  aid: ['aid'],
  culture: ['culture'],
  diplomacy: ['diplomacy'],
} as const satisfies Record<string, readonly EventType[]>;

export type EventGroup = keyof typeof EVENT_GROUPS;
export const EVENT_GROUP_IDS = Object.keys(EVENT_GROUPS) as EventGroup[];

export function isEventGroup(value: string): value is EventGroup {
  return Object.hasOwn(EVENT_GROUPS, value);
}

const GROUP_OF = new Map<EventType, EventGroup>(
  EVENT_GROUP_IDS.flatMap((group) => EVENT_GROUPS[group].map((type) => [type, group] as const)),
);

export function groupOf(type: EventType): EventGroup {
  return GROUP_OF.get(type) ?? 'diplomacy';
}

/**
 * Text as it is compared: case and width folded (NFKC), Latin accents dropped ("Nazarī" finds
 * "Nazari"), Arabic-script vowel marks, tatweel and zero-width joiners dropped, and the Arabic
 * forms of kaf and yeh read as the Persian ones, so a Dari or Pashto reader's keyboard finds the
 * text whichever it types.
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f\u064b-\u065f\u0670\u0640\u200c\u200d]/g, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[يى]/g, 'ی')
    .replace(/ك/g, 'ک')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, folded; none for a blank one. */
export function queryTerms(query: string): string[] {
  const folded = foldText(query);
  return folded === '' ? [] : folded.split(' ');
}

interface Lookup {
  places: ReadonlyMap<string, string>;
  sources: ReadonlyMap<string, Relations['sources'][number]>;
}

/** Everything an event is found by, in one language's data set. */
function eventText(event: RelationsEvent, lookup: Lookup): string {
  const { places, sources } = lookup;
  return [
    event.title,
    event.summary,
    ...event.participants,
    event.fromLabel,
    ...[event.from, event.to, event.at].map((id) => (id ? places.get(id) : undefined)),
    ...event.sources.map((id) => {
      const source = sources.get(id);
      return source ? [source.title, source.description, source.publisher].join(' ') : '';
    }),
  ]
    .filter(Boolean)
    .join(' ');
}

/** Each event's searchable text, folded: built once per pair of data sets. */
export type SearchIndex = ReadonlyMap<string, string>;

export function buildSearchIndex(data: Relations, english?: Relations): SearchIndex {
  const texts = new Map<string, string>();
  for (const set of english && english !== data ? [data, english] : [data]) {
    const lookup: Lookup = {
      places: new Map(set.places.map((p) => [p.id, `${p.name} ${p.city}`])),
      sources: new Map(set.sources.map((s) => [s.id, s])),
    };
    for (const event of set.events) {
      const text = foldText(eventText(event, lookup));
      texts.set(event.id, texts.has(event.id) ? `${texts.get(event.id)} ${text}` : text);
    }
  }
  return texts;
}

const indexes = new WeakMap<Relations, WeakMap<Relations, SearchIndex>>();

/** The index for a data set (and its English original), built once and kept while both are. */
export function searchIndexOf(data: Relations, english: Relations = data): SearchIndex {
  let byEnglish = indexes.get(data);
  if (!byEnglish) indexes.set(data, (byEnglish = new WeakMap()));
  let index = byEnglish.get(english);
  if (!index) byEnglish.set(english, (index = buildSearchIndex(data, english)));
  return index;
}

export interface EventFilter {
  query: string;
  /** The groups shown; none: every group. */
  groups: readonly EventGroup[];
}

export function isFiltering({ query, groups }: EventFilter): boolean {
  return groups.length > 0 || queryTerms(query).length > 0;
}

/**
 * The events that match every word of the query and one of the groups, in the order given; all
 * of them when nothing is asked. `index` may be a function, called only when there are words.
 */
export function filterEvents<E extends RelationsEvent>(
  events: readonly E[],
  index: SearchIndex | (() => SearchIndex),
  { query, groups }: EventFilter,
): readonly E[] {
  const terms = queryTerms(query);
  if (terms.length === 0 && groups.length === 0) return events;
  const wanted = new Set(groups);
  // Kinds of event alone need no text: the index (a function) is asked for only with words.
  const texts = terms.length === 0 ? undefined : typeof index === 'function' ? index() : index;
  return events.filter((event) => {
    if (wanted.size > 0 && !wanted.has(groupOf(event.type))) return false;
    const text = texts?.get(event.id) ?? '';
    return terms.every((term) => text.includes(term));
  });
}

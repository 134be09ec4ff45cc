import type { Relations } from './schema';

/**
 * A translation of the data set's words into one language, keyed by id and field: what each
 * mission, place, event, status change, discrepancy and source says, never a date, a place or a
 * source of its own. Names of publications (publishers, source titles) stay as published. Status
 * changes are keyed by their start date ("first" for the one with none), the dated facts behind an
 * inference by their date. Checked at the boundary by translationSchema.ts.
 */
export interface Translation {
  locale: 'ja' | 'fa-AF' | 'ps';
  /** Translations add nothing: every one is made from the English. */
  translatedFrom: 'en';
  /** "events.1969-zahir-shah-state-visit.title" → the title in this language (see translatableTexts). */
  texts: Record<string, string>;
}

/** The key of a status change in a translation: its start date, or "first". */
export function statusKey(start: { date: string } | undefined): string {
  return start?.date ?? 'first';
}

/** Every translatable text of the data set, as "path" → English: what a translation must cover. */
export function translatableTexts(data: Relations): Map<string, string> {
  const texts = new Map<string, string>();
  const add = (path: string, value: string | undefined) => {
    if (value !== undefined) texts.set(path, value);
  };
  // Which account the atlas shows where sources disagree: said beside every dispute.
  add('meta.primaryRule', data.meta.primaryRule);
  for (const m of data.missions) {
    add(`missions.${m.id}.name`, m.name);
    add(`missions.${m.id}.shortName`, m.shortName);
    add(`missions.${m.id}.role`, m.role);
    add(`missions.${m.id}.whyHere`, m.whyHere);
    for (const s of m.statuses) {
      const key = `missions.${m.id}.statuses.${statusKey(s.start)}`;
      add(`${key}.note`, s.note);
      for (const b of s.basis ?? []) add(`${key}.basis.${b.date}`, b.fact);
    }
  }
  for (const p of data.places) {
    add(`places.${p.id}.name`, p.name);
    add(`places.${p.id}.city`, p.city);
  }
  for (const e of data.events) {
    add(`events.${e.id}.title`, e.title);
    add(`events.${e.id}.summary`, e.summary);
    e.participants.forEach((p, i) => add(`events.${e.id}.participants.${i}`, p));
    add(`events.${e.id}.fromLabel`, e.fromLabel);
    for (const b of e.basis ?? []) add(`events.${e.id}.basis.${b.date}`, b.fact);
  }
  for (const d of data.discrepancies) {
    add(`discrepancies.${d.id}.topic`, d.topic);
    add(`discrepancies.${d.id}.note`, d.note);
    [d.primary, ...d.alternatives].forEach((a, i) => {
      const key = i === 0 ? 'primary' : `alternatives.${i - 1}`;
      add(`discrepancies.${d.id}.${key}.label`, a.label);
      add(`discrepancies.${d.id}.${key}.claim`, a.claim);
      add(`discrepancies.${d.id}.${key}.attribution`, a.attribution);
    });
  }
  for (const s of data.sources) {
    add(`sources.${s.id}.description`, s.description);
    add(`sources.${s.id}.noUrl`, s.noUrl);
  }
  return texts;
}

/** A translation's texts by the same paths as translatableTexts. */
export function translatedTexts(translation: Translation): Map<string, string> {
  return new Map(Object.entries(translation.texts));
}

export interface Coverage {
  total: number;
  translated: number;
  /** Paths the translation lacks. */
  missing: string[];
  /** Paths the translation has that the data does not (an id or index that does not exist). */
  unknown: string[];
}

export function translationCoverage(data: Relations, translation: Translation): Coverage {
  const wanted = translatableTexts(data);
  const given = translatedTexts(translation);
  const missing = [...wanted.keys()].filter((path) => !given.has(path));
  const unknown = [...given.keys()].filter((path) => !wanted.has(path));
  return { total: wanted.size, translated: wanted.size - missing.length, missing, unknown };
}

/**
 * The data set in another language: every text the translation gives replaces the English; ids,
 * dates, places, links and source titles stay as they are. A text the translation lacks stays
 * English (data:check refuses a translation below 100 %, so this is for a file that is broken).
 */
export function localize(data: Relations, translation: Translation): Relations {
  const t = translatedTexts(translation);
  const get = (path: string, english: string) => t.get(path) ?? english;
  const opt = (path: string, english: string | undefined) =>
    english === undefined ? undefined : get(path, english);
  const basis = <B extends { date: string; fact: string }>(path: string, list?: B[]) =>
    list?.map((b) => ({ ...b, fact: get(`${path}.basis.${b.date}`, b.fact) }));
  const account = <A extends { label?: string; claim: string; attribution?: string }>(
    path: string,
    a: A,
  ): A => ({
    ...a,
    label: opt(`${path}.label`, a.label),
    claim: get(`${path}.claim`, a.claim),
    attribution: opt(`${path}.attribution`, a.attribution),
  });
  return {
    ...data,
    meta: { ...data.meta, primaryRule: get('meta.primaryRule', data.meta.primaryRule) },
    missions: data.missions.map((m) => ({
      ...m,
      name: get(`missions.${m.id}.name`, m.name),
      shortName: get(`missions.${m.id}.shortName`, m.shortName),
      role: get(`missions.${m.id}.role`, m.role),
      whyHere: opt(`missions.${m.id}.whyHere`, m.whyHere),
      statuses: m.statuses.map((s) => {
        const key = `missions.${m.id}.statuses.${statusKey(s.start)}`;
        return { ...s, note: opt(`${key}.note`, s.note), basis: basis(key, s.basis) };
      }),
    })),
    places: data.places.map((p) => ({
      ...p,
      name: get(`places.${p.id}.name`, p.name),
      city: get(`places.${p.id}.city`, p.city),
    })),
    events: data.events.map((e) => ({
      ...e,
      title: get(`events.${e.id}.title`, e.title),
      summary: get(`events.${e.id}.summary`, e.summary),
      participants: e.participants.map((p, i) => get(`events.${e.id}.participants.${i}`, p)),
      fromLabel: opt(`events.${e.id}.fromLabel`, e.fromLabel),
      basis: basis(`events.${e.id}`, e.basis),
    })),
    discrepancies: data.discrepancies.map((d) => ({
      ...d,
      topic: get(`discrepancies.${d.id}.topic`, d.topic),
      note: opt(`discrepancies.${d.id}.note`, d.note),
      primary: account(`discrepancies.${d.id}.primary`, d.primary),
      alternatives: d.alternatives.map((a, i) =>
        account(`discrepancies.${d.id}.alternatives.${i}`, a),
      ),
    })),
    sources: data.sources.map((s) => ({
      ...s,
      description: opt(`sources.${s.id}.description`, s.description),
      noUrl: opt(`sources.${s.id}.noUrl`, s.noUrl),
    })),
  };
}

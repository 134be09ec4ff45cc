import * as z from 'zod/mini';
import { en } from 'zod/locales';

/**
 * The single boundary where the relations JSON becomes typed data. Everything downstream
 * trusts these types; cross-references (place, source, event, discrepancy ids) are checked
 * here too, so a broken reference is a schema error with a field path, not a crash later.
 *
 * Written with `zod/mini` (functional checks) rather than classic zod: same validator and
 * messages, about a third of the bytes, which keeps the up-front bundle within its budget.
 */
z.config(en());
// No `new Function` fast path: the CSP forbids eval, and even zod's probe for it would be reported.
z.config({ jitless: true });

const nonEmpty = () => z.string().check(z.minLength(1));
const list = <T extends z.core.SomeType>(item: T, min = 0) =>
  min > 0 ? z.array(item).check(z.minLength(min)) : z.array(item);

/** A date at its real precision: "1979", "1934-11" or "2021-08-15". */
export const partialDateSchema = z
  .string()
  .check(
    z.regex(
      /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
      'expected YYYY, YYYY-MM or YYYY-MM-DD',
    ),
  );

export const qualifierSchema = z.enum(['about', 'by', 'early', 'late', 'after']);

export const datePointSchema = z.strictObject({
  date: partialDateSchema,
  qualifier: z.optional(qualifierSchema),
});

export const confidenceSchema = z.enum(['high', 'medium-high', 'medium', 'low-medium', 'low']);

export const statusSchema = z.enum([
  'not-established',
  'open',
  'closed',
  'held-by-former-republic',
  'suspended',
  'not-recorded',
]);

export const eventTypeSchema = z.enum([
  'visit',
  'treaty',
  'conference',
  'aid',
  'meeting',
  'opening',
  'closure',
  'reopening',
  'diplomacy',
  'culture',
]);

const idSchema = z
  .string()
  .check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a lower-case slug'));

/** Any mission the data file lists: ids are slugs, checked against the missions by reference. */
export const missionIdSchema = idSchema;
const sourceIdsSchema = z.array(idSchema).check(z.minLength(1, 'cite at least one source'));
const optionalNote = () => z.optional(z.string());
const webUrl = () => z.url({ protocol: /^https?$/ });
/** A BCP 47 language tag such as "en", "ja" or "fa-AF": the language a title is written in. */
const languageTag = z.string().check(z.regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/));

/**
 * A work a reader can open. `title` is its exact title (in its own language, `lang`); where no
 * title was seen, `description` says what it is instead. `url` is the publication's own page;
 * `readAt` is where it can be read when that is a repost, mirror or archive of the original.
 * A source with neither says why in `noUrl` (a print-only work, an unrecorded address).
 */
export const sourceSchema = z
  .strictObject({
    id: idSchema,
    title: z.optional(nonEmpty()),
    /** "url": the title was read from the page's address, not from the page. */
    titleFrom: z.optional(z.enum(['url'])),
    description: z.optional(nonEmpty()),
    lang: z.optional(languageTag),
    author: z.optional(nonEmpty()),
    publisher: z.optional(nonEmpty()),
    date: z.optional(partialDateSchema),
    url: z.optional(webUrl()),
    readAt: z.optional(
      z.strictObject({ url: webUrl(), kind: z.enum(['repost', 'mirror', 'archive']) }),
    ),
    editions: z.optional(list(z.strictObject({ lang: languageTag, url: webUrl() }), 1)),
    noUrl: z.optional(nonEmpty()),
  })
  .check(
    z.refine((s) => s.title !== undefined || s.description !== undefined, {
      message: 'give a title or, where none was seen, a description',
      path: ['title'],
    }),
    z.refine((s) => s.url !== undefined || s.readAt !== undefined || s.noUrl !== undefined, {
      message: 'give a url (or readAt), or say in noUrl why there is none',
      path: ['url'],
    }),
  );

/** One of the dated facts an inference rests on. */
const basisSchema = z.strictObject({ date: partialDateSchema, fact: nonEmpty() });

/**
 * Sources, or for an inference (`inferred: true`) the dated facts it rests on: a record must
 * have at least one of the two.
 */
interface Cited {
  sources: string[];
  inferred?: boolean | undefined;
  basis?: unknown[] | undefined;
}
export const isCited = (record: Cited): boolean =>
  record.sources.length > 0 || (record.inferred === true && (record.basis?.length ?? 0) > 0);
const citedCheck = z.refine<Cited>(isCited, {
  message: 'cite at least one source (an inference may cite the dated facts it rests on)',
  path: ['sources'],
});

export const placeSchema = z.strictObject({
  id: idSchema,
  name: nonEmpty(),
  city: nonEmpty(),
  lat: z.number().check(z.gte(-90), z.lte(90)),
  lon: z.number().check(z.gte(-180), z.lte(180)),
  approximate: z.optional(z.boolean()),
  sources: sourceIdsSchema,
  note: optionalNote(),
});

export const statusIntervalSchema = z
  .strictObject({
    status: statusSchema,
    start: z.optional(datePointSchema),
    end: z.optional(datePointSchema),
    note: optionalNote(),
    inferred: z.optional(z.boolean()),
    basis: z.optional(list(basisSchema, 1)),
    sources: z.array(idSchema),
    confidence: confidenceSchema,
    eventId: z.optional(idSchema),
    discrepancyId: z.optional(idSchema),
  })
  .check(citedCheck);

export const missionSchema = z.strictObject({
  id: missionIdSchema,
  name: nonEmpty(),
  shortName: nonEmpty(),
  sendingCountry: nonEmpty(),
  hostCountry: nonEmpty(),
  placeId: idSchema,
  role: nonEmpty(),
  /** Why the mission is on the map, where its name does not say it: shown in the overview. */
  whyHere: z.optional(nonEmpty()),
  /** Its closures are shaded behind the timeline's year slider. */
  band: z.optional(z.boolean()),
  statuses: list(statusIntervalSchema, 1),
});

/**
 * A country the map shades: a `party` to the relationship (the first listed drawn in one colour,
 * the second in another, both outlined) or the `host` of a mission in a third country.
 */
export const countrySchema = z.strictObject({
  /** ISO 3166-1 numeric code, as the basemap's tiles carry it ("004" Afghanistan). */
  iso: z.string().check(z.regex(/^\d{3}$/, 'expected a three-digit ISO 3166-1 numeric code')),
  role: z.enum(['party', 'host']),
});

export const eventSchema = z
  .strictObject({
    id: z
      .string()
      .check(z.regex(/^\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slug that starts with a year')),
    date: datePointSchema,
    endDate: z.optional(partialDateSchema),
    /** Order within its year, where the sources give it and the dates alone do not. */
    order: z.optional(z.number().check(z.int())),
    type: eventTypeSchema,
    title: nonEmpty(),
    summary: nonEmpty(),
    participants: list(nonEmpty()),
    from: z.optional(idSchema),
    fromLabel: optionalNote(),
    to: z.optional(idSchema),
    /** Further places on the same journey after `to` (Bamiyan on the 1971 visit). */
    stops: z.optional(list(idSchema, 1)),
    at: z.optional(idSchema),
    missionId: z.optional(missionIdSchema),
    inferred: z.optional(z.boolean()),
    basis: z.optional(list(basisSchema, 1)),
    sources: z.array(idSchema),
    confidence: confidenceSchema,
    discrepancyId: z.optional(idSchema),
  })
  .check(citedCheck);

/**
 * One account of a disputed fact. `label` names it where the generic one would mislead
 * ("Written before the 2026 suspension"); `attribution` names who says it when no source
 * here does ("other reports").
 */
const accountSchema = z
  .strictObject({
    label: z.optional(nonEmpty()),
    claim: nonEmpty(),
    date: z.optional(partialDateSchema),
    attribution: z.optional(nonEmpty()),
    sources: z.array(idSchema),
  })
  .check(
    z.refine((a) => a.sources.length > 0 || a.attribution !== undefined, {
      message: 'cite at least one source, or say whose account it is in attribution',
      path: ['sources'],
    }),
  );

/**
 * Where sources disagree. `kind`: a `conflict` (the default) between accounts, or an account
 * `superseded` by later events (true when written, overtaken since). `shown`: the atlas shows the
 * `primary` account (the default), or only the `agreed-part` all accounts share (a year, "a visit").
 */
export const discrepancySchema = z.strictObject({
  id: idSchema,
  subject: z.strictObject({
    missionId: z.optional(missionIdSchema),
    eventId: z.optional(idSchema),
  }),
  kind: z.optional(z.enum(['conflict', 'superseded'])),
  shown: z.optional(z.enum(['primary', 'agreed-part'])),
  topic: nonEmpty(),
  primary: accountSchema,
  alternatives: list(accountSchema, 1),
  note: optionalNote(),
});

const relationsShape = {
  meta: z.strictObject({
    title: z.string(),
    compiled: partialDateSchema,
    statusRule: z.string(),
    primaryRule: z.string(),
  }),
  sources: list(sourceSchema, 1),
  places: list(placeSchema, 1),
  countries: z.array(countrySchema),
  missions: list(missionSchema, 1),
  events: list(eventSchema, 1),
  discrepancies: list(discrepancySchema),
};
const relationsObjectSchema = z.strictObject(relationsShape);

/**
 * The data set with its events left unchecked: the page checks them with a check compiled from
 * `eventSchema` (src/data/pageChecks.ts), the part that grows with the record.
 */
export const relationsWithoutEventsSchema = z.strictObject({
  ...relationsShape,
  events: z.unknown(),
});

export const relationsSchema = relationsObjectSchema.check(
  z.superRefine((data, ctx) => {
    for (const issue of findReferenceIssues(data)) ctx.addIssue({ code: 'custom', ...issue });
  }),
);

export type PartialDate = z.infer<typeof partialDateSchema>;
export type DatePoint = z.infer<typeof datePointSchema>;
export type MissionId = z.infer<typeof missionIdSchema>;
export type Status = z.infer<typeof statusSchema>;
export type EventType = z.infer<typeof eventTypeSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Place = z.infer<typeof placeSchema>;
export type StatusInterval = z.infer<typeof statusIntervalSchema>;
export type Mission = z.infer<typeof missionSchema>;
export type Country = z.infer<typeof countrySchema>;
export type RelationsEvent = z.infer<typeof eventSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type Account = z.infer<typeof accountSchema>;
export type Basis = z.infer<typeof basisSchema>;
export type Relations = z.infer<typeof relationsSchema>;

interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

/** Every id a record points at must exist, ids must be unique, and status intervals must join. */
export function findReferenceIssues(data: z.infer<typeof relationsObjectSchema>): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const ids = {
    source: uniqueIds(data.sources, 'sources', issues),
    place: uniqueIds(data.places, 'places', issues),
    event: uniqueIds(data.events, 'events', issues),
    discrepancy: uniqueIds(data.discrepancies, 'discrepancies', issues),
    mission: uniqueIds(data.missions, 'missions', issues),
  };
  const isos = new Set<string>();
  data.countries.forEach((c, i) => {
    if (isos.has(c.iso))
      issues.push({ path: ['countries', i, 'iso'], message: `duplicate country "${c.iso}"` });
    isos.add(c.iso);
  });
  // A path is made only for an issue: with thousands of records, making one for every reference
  // cost more than the checks themselves.
  const check = (
    kind: keyof typeof ids,
    id: string | undefined,
    base: (string | number)[],
    field: string,
    index?: number,
  ) => {
    if (id !== undefined && !ids[kind].has(id)) {
      const path = index === undefined ? [...base, field] : [...base, field, index];
      issues.push({ path, message: `unknown ${kind} id "${id}"` });
    }
  };
  const checkSources = (sources: string[], base: (string | number)[]) =>
    sources.forEach((id, i) => check('source', id, base, 'sources', i));

  data.places.forEach((p, i) => checkSources(p.sources, ['places', i]));
  data.missions.forEach((m, i) => {
    check('place', m.placeId, ['missions', i], 'placeId');
    m.statuses.forEach((s, j) => {
      const path = ['missions', i, 'statuses', j];
      checkSources(s.sources, path);
      check('event', s.eventId, path, 'eventId');
      check('discrepancy', s.discrepancyId, path, 'discrepancyId');
      const next = m.statuses[j + 1];
      if (
        next &&
        (s.end?.date !== next.start?.date || s.end?.qualifier !== next.start?.qualifier)
      ) {
        issues.push({ path: [...path, 'end'], message: 'must equal the next interval’s start' });
      }
      if (!next && s.end)
        issues.push({ path: [...path, 'end'], message: 'the last interval is open-ended' });
      if (j > 0 && !s.start)
        issues.push({
          path: [...path, 'start'],
          message: 'only the first interval may lack a start',
        });
    });
  });
  data.events.forEach((e, i) => {
    const path = ['events', i];
    checkSources(e.sources, path);
    check('place', e.from, path, 'from');
    check('place', e.to, path, 'to');
    check('place', e.at, path, 'at');
    e.stops?.forEach((id, j) => check('place', id, path, 'stops', j));
    check('discrepancy', e.discrepancyId, path, 'discrepancyId');
    check('mission', e.missionId, path, 'missionId');
    if (e.endDate !== undefined && e.endDate < e.date.date) {
      issues.push({ path: [...path, 'endDate'], message: 'ends before it starts' });
    }
  });
  data.discrepancies.forEach((d, i) => {
    const path = ['discrepancies', i];
    check('event', d.subject.eventId, [...path, 'subject'], 'eventId');
    check('mission', d.subject.missionId, [...path, 'subject'], 'missionId');
    checkSources(d.primary.sources, [...path, 'primary']);
    d.alternatives.forEach((a, j) => checkSources(a.sources, [...path, 'alternatives', j]));
  });
  return issues;
}

function uniqueIds(items: { id: string }[], name: string, issues: ReferenceIssue[]): Set<string> {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      issues.push({ path: [name, i, 'id'], message: `duplicate id "${item.id}"` });
    seen.add(item.id);
  });
  return seen;
}

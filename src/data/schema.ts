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

export const missionIdSchema = z.enum(['kabul', 'tokyo', 'london']);

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
const sourceIdsSchema = z.array(idSchema).check(z.minLength(1, 'cite at least one source'));
const optionalNote = () => z.optional(z.string());

export const sourceSchema = z.strictObject({
  id: idSchema,
  title: nonEmpty(),
  publisher: nonEmpty(),
  date: z.optional(partialDateSchema),
  url: z.optional(z.url({ protocol: /^https$/ })),
  via: z.enum(['seed', 'fact-sheet']),
  note: optionalNote(),
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

export const statusIntervalSchema = z.strictObject({
  status: statusSchema,
  start: z.optional(datePointSchema),
  end: z.optional(datePointSchema),
  note: optionalNote(),
  inferred: z.optional(z.boolean()),
  sources: sourceIdsSchema,
  confidence: confidenceSchema,
  eventId: z.optional(idSchema),
  discrepancyId: z.optional(idSchema),
});

export const missionSchema = z.strictObject({
  id: missionIdSchema,
  name: nonEmpty(),
  shortName: nonEmpty(),
  sendingCountry: nonEmpty(),
  hostCountry: nonEmpty(),
  placeId: idSchema,
  role: nonEmpty(),
  statuses: list(statusIntervalSchema, 1),
});

export const eventSchema = z.strictObject({
  id: z
    .string()
    .check(z.regex(/^\d{4}-[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a slug that starts with a year')),
  date: datePointSchema,
  endDate: z.optional(partialDateSchema),
  type: eventTypeSchema,
  title: nonEmpty(),
  summary: nonEmpty(),
  participants: list(nonEmpty()),
  from: z.optional(idSchema),
  fromLabel: optionalNote(),
  to: z.optional(idSchema),
  at: z.optional(idSchema),
  missionId: z.optional(missionIdSchema),
  sources: sourceIdsSchema,
  confidence: confidenceSchema,
  discrepancyId: z.optional(idSchema),
});

const accountSchema = z.strictObject({
  claim: nonEmpty(),
  date: z.optional(partialDateSchema),
  sources: sourceIdsSchema,
});

export const discrepancySchema = z.strictObject({
  id: idSchema,
  subject: z.strictObject({
    missionId: z.optional(missionIdSchema),
    eventId: z.optional(idSchema),
  }),
  topic: nonEmpty(),
  primary: accountSchema,
  alternatives: list(accountSchema, 1),
  note: optionalNote(),
});

const relationsObjectSchema = z.strictObject({
  meta: z.strictObject({
    title: z.string(),
    compiled: partialDateSchema,
    statusRule: z.string(),
    primaryRule: z.string(),
  }),
  sources: list(sourceSchema, 1),
  places: list(placeSchema, 1),
  missions: z.array(missionSchema).check(z.length(3)),
  events: list(eventSchema, 1),
  discrepancies: list(discrepancySchema),
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
export type RelationsEvent = z.infer<typeof eventSchema>;
export type Discrepancy = z.infer<typeof discrepancySchema>;
export type Relations = z.infer<typeof relationsSchema>;

export const MISSION_IDS: readonly MissionId[] = missionIdSchema.options;

interface ReferenceIssue {
  path: (string | number)[];
  message: string;
}

/** Every id a record points at must exist, ids must be unique, and status intervals must join. */
function findReferenceIssues(data: z.infer<typeof relationsObjectSchema>): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  const ids = {
    source: uniqueIds(data.sources, 'sources', issues),
    place: uniqueIds(data.places, 'places', issues),
    event: uniqueIds(data.events, 'events', issues),
    discrepancy: uniqueIds(data.discrepancies, 'discrepancies', issues),
  };
  uniqueIds(data.missions, 'missions', issues);
  const check = (kind: keyof typeof ids, id: string | undefined, path: (string | number)[]) => {
    if (id !== undefined && !ids[kind].has(id)) {
      issues.push({ path, message: `unknown ${kind} id "${id}"` });
    }
  };
  const checkSources = (sources: string[], path: (string | number)[]) =>
    sources.forEach((id, i) => check('source', id, [...path, 'sources', i]));

  data.places.forEach((p, i) => checkSources(p.sources, ['places', i]));
  data.missions.forEach((m, i) => {
    check('place', m.placeId, ['missions', i, 'placeId']);
    m.statuses.forEach((s, j) => {
      const path = ['missions', i, 'statuses', j];
      checkSources(s.sources, path);
      check('event', s.eventId, [...path, 'eventId']);
      check('discrepancy', s.discrepancyId, [...path, 'discrepancyId']);
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
    check('place', e.from, [...path, 'from']);
    check('place', e.to, [...path, 'to']);
    check('place', e.at, [...path, 'at']);
    check('discrepancy', e.discrepancyId, [...path, 'discrepancyId']);
    if (e.endDate !== undefined && e.endDate < e.date.date) {
      issues.push({ path: [...path, 'endDate'], message: 'ends before it starts' });
    }
  });
  data.discrepancies.forEach((d, i) => {
    const path = ['discrepancies', i];
    check('event', d.subject.eventId, [...path, 'subject', 'eventId']);
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

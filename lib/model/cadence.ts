/**
 * Cadence: when each audience is owed its next status update. One record per escalation (its id
 * is the escalation's), with one field per audience so each audience's changes are stamped on
 * their own, plus the customer's time zone and business hours. The due times are computed by the
 * pure engine (lib/cadence) and stored, so the escalation's `nextUpdateDueAt` (the earliest, or
 * a snooze's end) is kept in the same transaction as the record.
 */
import { z } from 'zod/mini';
import { intervalFor, isTimeZone, minutesOfDay, nextDue, type BusinessHours, type CadenceRule, type SeverityMinutes } from '../cadence';
import { AUDIENCES, type Audience } from './audience';
import type { EscalationSummary, Severity } from './escalation';
import { IsoTimeSchema, workspaceRecord, type RecordFields } from './record';

/** Longest interval between updates: 30 days. */
export const MAX_EVERY_MINUTES = 30 * 24 * 60;
/** Shortest: 5 minutes. */
export const MIN_EVERY_MINUTES = 5;

export const CadenceRuleSchema = z.union([z.literal('severity'), z.literal('off'), z.int().check(z.gte(MIN_EVERY_MINUTES), z.lte(MAX_EVERY_MINUTES))]);

export const SnoozeSchema = z.object({ until: IsoTimeSchema, reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(300)) });
export type Snooze = z.infer<typeof SnoozeSchema>;

export const AudienceCadenceSchema = z.object({
  /** Its own interval in minutes, its severity's (Options), or none. */
  every: CadenceRuleSchema,
  /** Keeps to the customer's business hours (when they are set). */
  businessHours: z.boolean(),
  /** When its rule last changed: counting starts here when no update was sent since. */
  since: IsoTimeSchema,
  /** The last update sent to this audience (an update, a public desk reply for the customer, or marked by hand). */
  lastSentAt: z.nullable(IsoTimeSchema),
  /** When the next update is due (computed); null when none is. */
  dueAt: z.nullable(IsoTimeSchema),
  /** The reminder put off until later, and why. */
  snooze: z.nullable(SnoozeSchema),
  /** The due time a notification was already shown for (each due time notifies once). */
  notifiedFor: z.nullable(IsoTimeSchema),
});
export type AudienceCadence = z.infer<typeof AudienceCadenceSchema>;

const HHMM = z.string().check(z.regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'a time of day, HH:mm'));
export const HoursSchema = z
  .object({ days: z.array(z.int().check(z.gte(1), z.lte(7))).check(z.minLength(1), z.maxLength(7)), start: HHMM, end: HHMM })
  .check(z.refine((h) => minutesOfDay(h.start) < minutesOfDay(h.end), { message: 'business hours must start before they end', path: ['end'] }));
export type Hours = z.infer<typeof HoursSchema>;
export const TimeZoneSchema = z.string().check(z.minLength(1), z.maxLength(64), z.refine(isTimeZone, 'not a time zone Keel knows (e.g. Europe/Berlin)'));

export const CadenceRecordSchema = workspaceRecord({
  /** The customer's IANA time zone; null: unknown (days are counted on the user's clock). */
  timeZone: z.nullable(TimeZoneSchema),
  /** The customer's business hours in that zone; null: none kept. */
  hours: z.nullable(HoursSchema),
  'customer-technical': AudienceCadenceSchema,
  'customer-executive': AudienceCadenceSchema,
  leadership: AudienceCadenceSchema,
  engineering: AudienceCadenceSchema,
  'internal-note': AudienceCadenceSchema,
});
export type CadenceRecord = z.infer<typeof CadenceRecordSchema>;
export type CadenceFields = RecordFields<CadenceRecord>;

/** Audiences that are the customer (their updates keep the customer's promises; they keep to business hours by default). */
export const CUSTOMER_AUDIENCES: readonly Audience[] = ['customer-technical', 'customer-executive'];
/** The audience a public agent reply on the desk thread counts as an update to. */
export const DESK_REPLY_AUDIENCE: Audience = 'customer-technical';

/** Options: minutes between updates by severity for each audience (null: none), and the default business hours. */
export const CadenceSettingsSchema = z.object({
  every: z.optional(z.partialRecord(z.enum(AUDIENCES), z.object({ sev1: z.nullable(z.int().check(z.gte(MIN_EVERY_MINUTES), z.lte(MAX_EVERY_MINUTES))), sev2: z.nullable(z.int().check(z.gte(MIN_EVERY_MINUTES), z.lte(MAX_EVERY_MINUTES))), sev3: z.nullable(z.int().check(z.gte(MIN_EVERY_MINUTES), z.lte(MAX_EVERY_MINUTES))), sev4: z.nullable(z.int().check(z.gte(MIN_EVERY_MINUTES), z.lte(MAX_EVERY_MINUTES))) }))),
  hours: z.optional(HoursSchema),
});
export type CadenceSettings = z.infer<typeof CadenceSettingsSchema>;

const NONE: SeverityMinutes = { sev1: null, sev2: null, sev3: null, sev4: null };
/** The shipped defaults: the customer every hour at Sev1, 4 hours at Sev2, daily at Sev3, weekly at Sev4. */
export const DEFAULT_EVERY: Readonly<Record<Audience, SeverityMinutes>> = {
  'customer-technical': { sev1: 60, sev2: 240, sev3: 1440, sev4: 10080 },
  'customer-executive': NONE,
  leadership: NONE,
  engineering: NONE,
  'internal-note': NONE,
};
export const DEFAULT_HOURS: Hours = { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' };

export function everyBySeverity(settings: CadenceSettings | undefined, audience: Audience): SeverityMinutes {
  return settings?.every?.[audience] ?? DEFAULT_EVERY[audience];
}

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const CADENCE_EVENTS = {
  'rule-set': { audience: 'audience', every: 'interval' },
  'hours-set': { zone: 'text', start: 'text', end: 'text' },
  'marked-sent': { audience: 'audience' },
  snoozed: { audience: 'audience', until: 'time', reason: 'text' },
} as const;

/** When a reminder next needs the user: the due time, or the end of its snooze when that is later. */
export function effectiveDue(item: { dueAt: string | null; snooze: Snooze | null }): string | null {
  if (item.dueAt === null) return null;
  if (item.snooze && Date.parse(item.snooze.until) > Date.parse(item.dueAt)) return item.snooze.until;
  return item.dueAt;
}

/** The escalation's summary: the earliest update due across audiences. */
export function summarizeCadence(records: readonly CadenceRecord[]): EscalationSummary {
  let earliest: string | null = null;
  for (const record of records) {
    for (const audience of AUDIENCES) {
      const due = effectiveDue(record[audience]);
      if (due !== null && (earliest === null || Date.parse(due) < Date.parse(earliest))) earliest = due;
    }
  }
  return { nextUpdateDueAt: earliest };
}

export interface CadenceContext {
  severity: Severity | null;
  settings: CadenceSettings | undefined;
  /** The user's own zone: whole days are counted on it when the customer's is unknown. */
  userTimeZone: string;
}

/** The customer's business hours as the engine takes them, when known and kept by this audience. */
export function hoursFor(record: Pick<CadenceFields, 'timeZone' | 'hours'>, audience: AudienceCadence): BusinessHours | null {
  if (!audience.businessHours || record.timeZone === null || record.hours === null) return null;
  return { timeZone: record.timeZone, ...record.hours };
}

/** The interval an audience follows now, in minutes (null: none). */
export function intervalOf(audience: AudienceCadence, name: Audience, context: CadenceContext): number | null {
  return intervalFor(audience.every as CadenceRule, context.severity, everyBySeverity(context.settings, name));
}

/** An audience with its due time computed again (a snooze ends when a new due time replaces the one it put off). */
export function withDue(record: Pick<CadenceFields, 'timeZone' | 'hours'>, name: Audience, audience: AudienceCadence, context: CadenceContext): AudienceCadence {
  const dueAt = nextDue({
    everyMinutes: intervalOf(audience, name, context),
    lastSentAt: audience.lastSentAt,
    since: audience.since,
    hours: hoursFor(record, audience),
    timeZone: record.timeZone ?? context.userTimeZone,
  });
  if (dueAt === audience.dueAt) return audience;
  return { ...audience, dueAt, snooze: null };
}

/** Every audience's due time again (after a change of severity, settings, hours or zone): only those that changed. */
export function recomputed(record: CadenceFields, context: CadenceContext): Partial<CadenceFields> {
  const patch: Partial<CadenceFields> = {};
  for (const name of AUDIENCES) {
    const next = withDue(record, name, record[name], context);
    if (next !== record[name]) patch[name] = next;
  }
  return patch;
}

/** A new escalation's cadence: every audience follows its severity, counting from `now`; the customer's keep to business hours. */
export function newCadenceFields(now: string, context: CadenceContext, start: { lastSentAt?: Partial<Record<Audience, string>> } = {}): CadenceFields {
  const base = { timeZone: null, hours: null } as Pick<CadenceFields, 'timeZone' | 'hours'>;
  const fields = { ...base } as CadenceFields;
  for (const name of AUDIENCES) {
    const audience: AudienceCadence = { every: 'severity', businessHours: CUSTOMER_AUDIENCES.includes(name), since: now, lastSentAt: start.lastSentAt?.[name] ?? null, dueAt: null, snooze: null, notifiedFor: null };
    fields[name] = withDue(base, name, audience, context);
  }
  return fields;
}

/**
 * Where a clicked reminder asks the side panel to put the focus (in `storage.session`): the
 * case, what to focus, and when (an old request is ignored).
 */
export const FOCUS_REQUEST_KEY = 'focusRequest';
export interface FocusRequest {
  caseKey: string;
  target: 'composer';
  at: number;
}

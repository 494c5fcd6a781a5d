/**
 * The cadence domain in the worker: keeps each escalation's cadence record in step with its
 * severity, the updates sent to each audience (from `updates`, a public agent reply on the desk
 * thread, or marked by hand), the customer's hours and zone, and the Options defaults. Every
 * write goes through the cadence repository (record, timeline and `nextUpdateDueAt` in one
 * transaction) and tells open surfaces what changed.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { cadenceRepository } from '../db/repositories/cadence';
import { getCaseRecord } from '../db/repositories/cases';
import { getEscalation, listActive } from '../db/repositories/escalation';
import { t } from '../i18n';
import { intervalFor } from '../cadence';
import type { Audience } from '../model/audience';
import { AUDIENCES } from '../model/audience';
import {
  DESK_REPLY_AUDIENCE,
  everyBySeverity,
  newCadenceFields,
  recomputed,
  withDue,
  type AudienceCadence,
  type CadenceContext,
  type CadenceFields,
  type CadenceRecord,
  type Hours,
} from '../model/cadence';
import type { Clock } from '../model/clock';
import type { Escalation, Severity } from '../model/escalation';
import { KEEL, newRecord, type Author, type Stamp } from '../model/record';
import { timelineEntry, type TimelineEntry } from '../model/timeline';
import type { CaseSnapshot } from '../model/snapshot';
import { getSettings } from '../settings/storage';
import type { CasePart } from '../messaging/protocol';
import { caseChanged } from './changes';

type Db = IDBPDatabase<KeelDb>;

let zone: { name: string; until: number } | null = null;

/**
 * The user's own time zone (whole days are counted on it when the customer's is unknown). Asked
 * of the browser at most once a minute: asking builds a formatter, and a panel opening asks for
 * every audience of every section; a user who travels is followed within the minute.
 */
export function userTimeZone(): string {
  const now = Date.now();
  if (!zone || now >= zone.until) zone = { name: Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC', until: now + 60_000 };
  return zone.name;
}

async function contextFor(severity: Severity | null): Promise<CadenceContext> {
  return { severity, settings: (await getSettings()).cadence, userTimeZone: userTimeZone() };
}

/** The latest public agent reply of a snapshot: an update the customer saw. */
export function lastAgentReply(snapshot: CaseSnapshot | null | undefined): string | null {
  let latest: string | null = null;
  for (const m of snapshot?.messages ?? []) {
    if (m.authorRole === 'agent' && m.public && (latest === null || Date.parse(m.at) > Date.parse(latest))) latest = m.at;
  }
  return latest;
}

/** An escalation's cadence, created (every audience following its severity, from now) when it has none. */
export async function ensureCadence(db: Db, escalation: Escalation, clock: Clock): Promise<{ record: CadenceRecord; created: boolean; escalation: Escalation | null }> {
  const existing = await cadenceRepository.get(db, escalation.id);
  if (existing) return { record: existing, created: false, escalation: null };
  const now = clock.now().toISOString();
  const snapshot = (await getCaseRecord(db, escalation.caseKey))?.snapshot;
  const reply = lastAgentReply(snapshot);
  const fields = newCadenceFields(now, await contextFor(escalation.severity), reply ? { lastSentAt: { [DESK_REPLY_AUDIENCE]: reply } } : {});
  const record = newRecord<CadenceRecord>({ id: escalation.id, escalationId: escalation.id }, fields, { at: now, by: KEEL });
  try {
    const added = await cadenceRepository.add(db, record, clock);
    return { record: added.record, created: true, escalation: added.escalation };
  } catch (error) {
    // Two events at once: the other one created it first.
    const raced = await cadenceRepository.get(db, escalation.id);
    if (raced) return { record: raced, created: false, escalation: null };
    throw error;
  }
}

async function escalationOrThrow(db: Db, id: string): Promise<Escalation> {
  const escalation = await getEscalation(db, id);
  if (!escalation) throw new Error(t('storageNoEscalation', { id }));
  return escalation;
}

/** Writes a patch (when it changes anything) and announces it; `created`: the record was just made (announce that too). */
async function save(db: Db, escalation: Escalation, patch: Partial<CadenceFields>, stamp: Stamp, clock: Clock, entries: TimelineEntry[] = [], created = false): Promise<CadenceRecord> {
  const result = await cadenceRepository.update(db, escalation.id, patch, stamp, clock, () => entries);
  const parts: CasePart[] = ['cadence'];
  if (entries.length > 0 && result.changed.length > 0) parts.push('timeline');
  if (created || result.escalation) parts.push('escalation');
  if (created || result.changed.length > 0) await caseChanged(escalation.caseKey, parts);
  return result.record;
}

/** The severity changed: audiences following it start counting again when their interval changed. */
export async function severityChanged(db: Db, escalationId: string, from: Severity | null, to: Severity | null, clock: Clock): Promise<void> {
  const escalation = await getEscalation(db, escalationId);
  if (!escalation) return;
  const existing = await cadenceRepository.get(db, escalationId);
  if (!existing && to === null) return;
  const { record, created } = await ensureCadence(db, escalation, clock);
  const now = clock.now().toISOString();
  const context = await contextFor(to);
  const patch: Partial<CadenceFields> = {};
  for (const name of AUDIENCES) {
    const a = record[name];
    if (a.every !== 'severity') continue;
    const bySeverity = everyBySeverity(context.settings, name);
    if (!created && intervalFor('severity', from, bySeverity) !== intervalFor('severity', to, bySeverity)) patch[name] = { ...a, since: now };
  }
  Object.assign(patch, recomputed({ ...record, ...patch }, context));
  await save(db, escalation, { ...patch }, { at: now, by: KEEL }, clock, [], created);
}

/**
 * An update went out to an audience at `at` (sent through updates, a public desk reply, or
 * marked by hand): its next one counts from there, and a snooze of the old due time ends.
 */
export async function updateSentTo(db: Db, escalationId: string, audience: Audience, at: string, clock: Clock, by: Author = KEEL, entries: TimelineEntry[] = []): Promise<void> {
  const escalation = await getEscalation(db, escalationId);
  if (!escalation) return;
  const { record, created } = await ensureCadence(db, escalation, clock);
  const current = record[audience];
  if (current.lastSentAt !== null && Date.parse(current.lastSentAt) >= Date.parse(at)) {
    if (created) await caseChanged(escalation.caseKey, ['cadence', 'escalation']);
    return;
  }
  const next = withDue(record, audience, { ...current, lastSentAt: at, snooze: null }, await contextFor(escalation.severity));
  await save(db, escalation, { [audience]: next }, { at: clock.now().toISOString(), by }, clock, entries, created);
}

/** A new read of an escalated ticket: its latest public agent reply is an update to the customer. */
export async function snapshotIngested(db: Db, caseKey: string, escalation: Escalation, clock: Clock): Promise<void> {
  const record = await cadenceRepository.get(db, escalation.id);
  if (!record) return;
  const reply = lastAgentReply((await getCaseRecord(db, caseKey))?.snapshot);
  const last = record[DESK_REPLY_AUDIENCE].lastSentAt;
  if (reply && (last === null || Date.parse(reply) > Date.parse(last))) await updateSentTo(db, escalation.id, DESK_REPLY_AUDIENCE, reply, clock);
}

export interface RuleChange {
  every?: AudienceCadence['every'];
  businessHours?: boolean;
}

/** The user (or a prompt's one-click action) sets an audience's interval or its business hours. */
export async function setRule(db: Db, escalationId: string, audience: Audience, change: RuleChange, stamp: Stamp, clock: Clock): Promise<CadenceRecord> {
  const escalation = await escalationOrThrow(db, escalationId);
  const { record, created } = await ensureCadence(db, escalation, clock);
  const current = record[audience];
  const every = change.every ?? current.every;
  const changedRule = every !== current.every;
  const next = withDue(record, audience, { ...current, every, businessHours: change.businessHours ?? current.businessHours, since: changedRule ? stamp.at : current.since }, await contextFor(escalation.severity));
  const entries = changedRule ? [timelineEntry('cadence.rule-set', { audience, every: String(every) })] : [];
  return save(db, escalation, { [audience]: next }, stamp, clock, entries, created);
}

/** The customer's time zone and business hours (null: none): every audience's due time follows. */
export async function setHours(db: Db, escalationId: string, timeZone: string | null, hours: Hours | null, stamp: Stamp, clock: Clock): Promise<CadenceRecord> {
  const escalation = await escalationOrThrow(db, escalationId);
  const { record, created } = await ensureCadence(db, escalation, clock);
  const base = { ...record, timeZone, hours };
  const patch: Partial<CadenceFields> = { timeZone, hours, ...recomputed(base, await contextFor(escalation.severity)) };
  const same = record.timeZone === timeZone && JSON.stringify(record.hours) === JSON.stringify(hours);
  const entries = same ? [] : [timelineEntry('cadence.hours-set', { zone: timeZone, start: hours?.start ?? null, end: hours?.end ?? null })];
  return save(db, escalation, patch, stamp, clock, entries, created);
}

/** Puts an audience's reminder off until `until`, with the reason on the timeline. */
export async function snoozeAudience(db: Db, escalationId: string, audience: Audience, until: string, reason: string, stamp: Stamp, clock: Clock): Promise<CadenceRecord> {
  const escalation = await escalationOrThrow(db, escalationId);
  const { record, created } = await ensureCadence(db, escalation, clock);
  const current = record[audience];
  if (current.dueAt === null) throw new Error(t('cadenceNothingToSnooze'));
  return save(db, escalation, { [audience]: { ...current, snooze: { until, reason } } }, stamp, clock, [timelineEntry('cadence.snoozed', { audience, until, reason })], created);
}

/** Options changed: every active escalation's due times follow the new defaults. */
export async function settingsChanged(db: Db, clock: Clock): Promise<void> {
  const now = clock.now().toISOString();
  for (const escalation of await listActive(db)) {
    const record = await cadenceRepository.get(db, escalation.id);
    if (!record) continue;
    const patch = recomputed(record, await contextFor(escalation.severity));
    if (Object.keys(patch).length > 0) await save(db, escalation, patch, { at: now, by: KEEL }, clock);
  }
}

/** Marks the due times a notification was shown for (Keel's own change, no timeline event). */
export async function markNotified(db: Db, escalation: Escalation, notified: Partial<Record<Audience, string>>, clock: Clock): Promise<void> {
  const record = await cadenceRepository.get(db, escalation.id);
  if (!record) return;
  const patch: Partial<CadenceFields> = {};
  for (const [audience, due] of Object.entries(notified) as [Audience, string][]) patch[audience] = { ...record[audience], notifiedFor: due };
  await save(db, escalation, patch, { at: clock.now().toISOString(), by: KEEL }, clock);
}

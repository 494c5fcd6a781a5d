/**
 * The promise domain in the worker: finds promises in the agents' public replies on the desk
 * thread (after every stored read) and in sent updates, judges each open one against the answers
 * that followed (and the clock), and keeps the changes the user makes by hand. Every write goes
 * through the promise repository (record, timeline and the escalation's `openPromises` and
 * `promiseDueAt` in one transaction).
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { cadenceRepository } from '../db/repositories/cadence';
import { getCaseRecord } from '../db/repositories/cases';
import { getEscalation } from '../db/repositories/escalation';
import { promiseRepository } from '../db/repositories/promise';
import { t } from '../i18n';
import type { CasePart } from '../messaging/protocol';
import type { Audience } from '../model/audience';
import { AUDIENCES } from '../model/audience';
import type { Clock } from '../model/clock';
import type { Escalation } from '../model/escalation';
import { promiseAudience, type PromiseFields, type PromiseRecord } from '../model/promise';
import { KEEL, newRecord, type Stamp } from '../model/record';
import type { CaseSnapshot } from '../model/snapshot';
import { timelineEntry, type TimelineEntry } from '../model/timeline';
import { extractPromises, judgePromise, type Answer } from '../promises';
import { caseChanged } from './changes';
import { userTimeZone } from './cadence';

type Db = IDBPDatabase<KeelDb>;

/** Message ids already read for promises, per escalation: a cache (a restarted worker reads each thread once more, finding the same ids). */
const scanned = new Map<string, Set<string>>();

/** The zone promises' times mean: the customer's, when set, else the user's. */
async function zoneFor(db: Db, escalationId: string): Promise<string> {
  return (await cadenceRepository.get(db, escalationId))?.timeZone ?? userTimeZone();
}

/** What answers promises: public agent replies on the thread, and the last update sent to each audience. */
async function answersFor(db: Db, escalation: Escalation, snapshot: CaseSnapshot | null | undefined): Promise<Answer[]> {
  const answers: Answer[] = [];
  for (const m of snapshot?.messages ?? []) if (m.authorRole === 'agent' && m.public) answers.push({ at: m.at, messageId: m.id, audience: 'customer' });
  const cadence = await cadenceRepository.get(db, escalation.id);
  if (cadence) for (const audience of AUDIENCES) if (cadence[audience].lastSentAt) answers.push({ at: cadence[audience].lastSentAt!, audience: promiseAudience(audience) });
  return answers;
}

function fieldsOf(found: { quote: string; dueAt: string | null }, madeAt: string, source: PromiseRecord['source'], messageId: string | null, audience: PromiseRecord['audience']): PromiseFields {
  return { quote: found.quote, dueAt: found.dueAt, madeAt, source, messageId, audience, state: 'open', settledAt: null, answeredAt: null, snooze: null, notifiedFor: null, note: null };
}

async function announce(escalation: Escalation, timeline: boolean, summary: boolean): Promise<void> {
  const parts: CasePart[] = ['promise'];
  if (timeline) parts.push('timeline');
  if (summary) parts.push('escalation');
  await caseChanged(escalation.caseKey, parts);
}

/** Adds promises Keel found (skipping those it already has: ids are stable per message or update). */
async function addFound(db: Db, escalation: Escalation, found: { id: string; fields: PromiseFields }[], clock: Clock): Promise<{ added: number; summary: boolean }> {
  let added = 0;
  let summary = false;
  for (const item of found) {
    if (await promiseRepository.get(db, item.id)) continue;
    const record = newRecord<PromiseRecord>({ id: item.id, escalationId: escalation.id }, item.fields, { at: clock.now().toISOString(), by: KEEL });
    const result = await promiseRepository.add(db, record, clock, [timelineEntry('promise.found', { quote: item.fields.quote, due: item.fields.dueAt })]).catch((error: unknown) => {
      // Found twice at once (two reads): the first one stored it.
      if (error instanceof Error && /Key already exists|ConstraintError/i.test(`${error.name} ${error.message} ${String(error.cause)}`)) return null;
      throw error;
    });
    if (!result) continue;
    added++;
    summary ||= result.escalation !== null;
  }
  return { added, summary };
}

/** Judges every promise of an escalation against `answers` at `now`; writes and records the ones that changed. */
async function judgeAll(db: Db, escalation: Escalation, answers: readonly Answer[], clock: Clock): Promise<{ changed: number; summary: boolean; broken: PromiseRecord[] }> {
  const now = clock.now();
  let changed = 0;
  let summary = false;
  const broken: PromiseRecord[] = [];
  for (const p of await promiseRepository.list(db, escalation.id)) {
    if (p.state === 'closed' || p.state === 'kept' || p.quote.trim() === '') continue;
    const judged = judgePromise(p, answers, now);
    if (judged.state === p.state && judged.settledAt === p.settledAt && judged.answeredAt === p.answeredAt) continue;
    const entries: TimelineEntry[] = [];
    if (judged.state === 'kept') entries.push(timelineEntry('promise.kept', { quote: p.quote }));
    if (judged.state === 'broken' && p.state !== 'broken') entries.push(timelineEntry('promise.broken', { quote: p.quote, due: p.dueAt }));
    // Judged from the list read above: a promise closed, answered or given a new time since then
    // (the user closing it while the reminder sweep runs) is left as the user made it.
    const unchanged = (current: PromiseRecord) => current.state === p.state && current.settledAt === p.settledAt && current.answeredAt === p.answeredAt && current.dueAt === p.dueAt;
    const result = await promiseRepository.update(db, p.id, judged, { at: now.toISOString(), by: KEEL }, clock, () => entries, unchanged);
    if (result.changed.length === 0) continue;
    changed++;
    summary ||= result.escalation !== null;
    if (judged.state === 'broken' && p.state !== 'broken') broken.push(result.record);
  }
  return { changed, summary, broken };
}

/** After a stored read of an escalated ticket: new promises in the agents' public replies, and every open one judged again. */
export async function snapshotIngested(db: Db, caseKey: string, escalation: Escalation, clock: Clock): Promise<void> {
  const snapshot = (await getCaseRecord(db, caseKey))?.snapshot;
  if (!snapshot) return;
  const seen = scanned.get(escalation.id) ?? new Set<string>();
  scanned.set(escalation.id, seen);
  const zone = await zoneFor(db, escalation.id);
  const found: { id: string; fields: PromiseFields }[] = [];
  for (const m of snapshot.messages) {
    if (m.authorRole !== 'agent' || !m.public || seen.has(m.id)) continue;
    extractPromises(m.text, { at: m.at, timeZone: zone }).forEach((p, i) => found.push({ id: `${escalation.id}:desk:${m.id}:${i}`, fields: fieldsOf(p, m.at, 'desk', m.id, 'customer') }));
  }
  const added = await addFound(db, escalation, found, clock);
  for (const m of snapshot.messages) seen.add(m.id);
  const judged = await judgeAll(db, escalation, await answersFor(db, escalation, snapshot), clock);
  if (added.added + judged.changed > 0) await announce(escalation, true, added.summary || judged.summary);
}

/** An update went out: the promises in its words, and the open ones it answers. */
export async function updateSent(db: Db, escalationId: string, audience: Audience, at: string, text: string, clock: Clock): Promise<void> {
  const escalation = await getEscalation(db, escalationId);
  if (!escalation) return;
  const zone = await zoneFor(db, escalationId);
  const who = promiseAudience(audience);
  const found = extractPromises(text, { at, timeZone: zone }).map((p, i) => ({ id: `${escalationId}:update:${at}:${audience}:${i}`, fields: fieldsOf(p, at, 'update', null, who) }));
  const added = await addFound(db, escalation, found, clock);
  const snapshot = (await getCaseRecord(db, escalation.caseKey))?.snapshot;
  const answers = [...(await answersFor(db, escalation, snapshot)), { at, audience: who }];
  const judged = await judgeAll(db, escalation, answers, clock);
  if (added.added + judged.changed > 0) await announce(escalation, true, added.summary || judged.summary);
}

/** The clock passed due times: open promises with no answer before are broken. Returns those that just broke. */
export async function judgeNow(db: Db, escalation: Escalation, clock: Clock): Promise<PromiseRecord[]> {
  const snapshot = (await getCaseRecord(db, escalation.caseKey))?.snapshot;
  const judged = await judgeAll(db, escalation, await answersFor(db, escalation, snapshot), clock);
  if (judged.changed > 0) await announce(escalation, true, judged.summary);
  return judged.broken;
}

async function escalationOrThrow(db: Db, id: string): Promise<Escalation> {
  const escalation = await getEscalation(db, id);
  if (!escalation) throw new Error(t('storageNoEscalation', { id }));
  return escalation;
}

/**
 * A promise added by hand (or by a prompt's one-click action). Without a due time, Keel reads one
 * from its words, against now and the customer's zone.
 */
export async function addPromise(db: Db, escalationId: string, text: string, dueAt: string | null | undefined, stamp: Stamp, clock: Clock): Promise<PromiseRecord> {
  const escalation = await escalationOrThrow(db, escalationId);
  const quote = text.trim();
  const due = dueAt !== undefined ? dueAt : quote ? (extractPromises(quote, { at: stamp.at, timeZone: await zoneFor(db, escalationId) })[0]?.dueAt ?? readDue(quote, stamp.at, await zoneFor(db, escalationId))) : null;
  const record = newRecord<PromiseRecord>({ id: clock.id(), escalationId }, fieldsOf({ quote, dueAt: due }, stamp.at, 'manual', null, 'customer'), stamp);
  const result = await promiseRepository.add(db, record, clock, quote ? [timelineEntry('promise.added', { quote, due })] : []);
  await announce(escalation, quote !== '', result.escalation !== null);
  return result.record;
}

/** The time a hand-written promise names even when it does not read as a commitment ("call Marcus at 3pm"). */
function readDue(words: string, at: string, zone: string): string | null {
  return extractPromises(`I'll ${words}`, { at, timeZone: zone })[0]?.dueAt ?? null;
}

export interface PromiseChange {
  quote?: string;
  dueAt?: string | null;
  /** true: closed by hand (with `note`); false: opened again. */
  closed?: boolean;
  note?: string | null;
}

/** The user edits, closes or reopens a promise. */
export async function changePromise(db: Db, id: string, change: PromiseChange, stamp: Stamp, clock: Clock): Promise<PromiseRecord> {
  const current = await promiseRepository.get(db, id);
  if (!current) throw new Error(t('storageNoRecord', { id }));
  const escalation = await escalationOrThrow(db, current.escalationId);
  const patch: Partial<PromiseFields> = {};
  if (change.quote !== undefined) patch.quote = change.quote;
  if (change.dueAt !== undefined) {
    patch.dueAt = change.dueAt;
    // A new time: judged again from the start.
    if (current.state !== 'closed') Object.assign(patch, { state: 'open', settledAt: null, answeredAt: null, notifiedFor: null });
  }
  if (change.closed === true && current.state !== 'closed') Object.assign(patch, { state: 'closed', settledAt: stamp.at, note: change.note ?? null });
  if (change.closed === false && current.state === 'closed') Object.assign(patch, { state: 'open', settledAt: null, answeredAt: null, note: null });
  const result = await promiseRepository.update(db, id, patch, stamp, clock, (names, before, after) => {
    const entries: TimelineEntry[] = [];
    if (after.state === 'closed' && before.state !== 'closed') entries.push(timelineEntry('promise.closed', { quote: after.quote, note: after.note }));
    else if (before.state === 'closed' && after.state !== 'closed') entries.push(timelineEntry('promise.reopened', { quote: after.quote }));
    // Words first written into a blank promise added by hand: that is when it was made.
    else if (before.quote.trim() === '' && after.quote.trim() !== '') entries.push(timelineEntry('promise.added', { quote: after.quote, due: after.dueAt }));
    else if (after.quote.trim() !== '' && names.some((n) => n === 'quote' || n === 'dueAt')) entries.push(timelineEntry('promise.edited', { quote: after.quote, due: after.dueAt }));
    return entries;
  });
  if (result.changed.length > 0) await announce(escalation, true, result.escalation !== null);
  // A new time may already be past, or answered: judge it now.
  if (change.dueAt !== undefined && result.record.state === 'open') await judgeNow(db, escalation, clock);
  return (await promiseRepository.get(db, id)) ?? result.record;
}

/** Puts a promise's reminder off until `until`, with the reason on the timeline. */
export async function snoozePromise(db: Db, id: string, until: string, reason: string, stamp: Stamp, clock: Clock): Promise<PromiseRecord> {
  const current = await promiseRepository.get(db, id);
  if (!current) throw new Error(t('storageNoRecord', { id }));
  const escalation = await escalationOrThrow(db, current.escalationId);
  if (current.dueAt === null) throw new Error(t('promiseNothingToSnooze'));
  const result = await promiseRepository.update(db, id, { snooze: { until, reason } }, stamp, clock, () => [timelineEntry('promise.snoozed', { quote: current.quote, until, reason })]);
  await announce(escalation, true, result.escalation !== null);
  return result.record;
}

/** Marks the due times a notification was shown for. */
export async function markNotified(db: Db, escalation: Escalation, notified: readonly { id: string; due: string }[], clock: Clock): Promise<void> {
  let summary = false;
  for (const n of notified) {
    const result = await promiseRepository.update(db, n.id, { notifiedFor: n.due }, { at: clock.now().toISOString(), by: KEEL }, clock);
    summary ||= result.escalation !== null;
  }
  if (notified.length > 0) await announce(escalation, false, summary);
}

/** Broken promises of a case's escalation, for the temperature (lib/temperature's `brokenPromises` input). */
export async function brokenPromisesOf(db: Db, escalationId: string): Promise<{ id: string; quote: string; dueAt: string; messageId: string | null; answered: boolean }[]> {
  return (await promiseRepository.list(db, escalationId))
    .filter((p) => p.state === 'broken' && p.dueAt !== null && p.audience === 'customer')
    .map((p) => ({ id: p.id, quote: p.quote, dueAt: p.dueAt!, messageId: p.messageId, answered: p.answeredAt !== null }));
}

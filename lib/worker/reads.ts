/**
 * The worker's part in reading tickets: ingest reads, read Salesforce itself, refresh, post
 * notes. Every ticket here was worked out by the worker (from the sender's tab, or a ref Keel's
 * own page named), never taken from a content script's payload.
 */
import { browser } from 'wxt/browser';
import { ingestParsed, ingestRead, type IngestResult } from '../cases/ingest';
import { getCaseRecord, markReading } from '../db/repositories/cases';
import { findEscalation } from '../db/repositories/escalation';
import { addPendingNote, completePendingNote, dropPendingNote, findPendingNote } from '../db/repositories/note';
import { DESK_PARSERS } from '../hosts/parsers';
import { isWorkerDesk, type WorkerDesk } from '../hosts/registry';
import type { NoteResult, RawRead } from '../hosts/types';
import { t } from '../i18n';
import { caseKey, type CaseRef, type TicketLocation } from '../model/case-ref';
import type { Clock } from '../model/clock';
import type { NoteOutcome } from '../model/note';
import { KEEL_TAG, type TabCommand } from '../messaging/envelope';
import type { ReadOutcome } from '../messaging/protocol';
import { getSettings } from '../settings/storage';
import { caseChanged } from './changes';
import { getDb } from './db';
import type { WorkerDeps } from './handlers/deps';
import { postSalesforceNote, readSalesforce, type WorkerReadResult } from './salesforce';

/**
 * How the worker reads and writes the desks the registry marks `readFrom: 'worker'`. A desk
 * marked so without an entry here does not compile.
 */
const WORKER_DESKS: {
  readonly [D in WorkerDesk]: {
    /** `tabId`: the tab showing the ticket, whose cookie store holds the session to use. */
    read(ticket: TicketLocation, manual: boolean, tabId: number | null): Promise<WorkerReadResult>;
    postNote(ref: CaseRef, text: string, tabId: number | null): Promise<NoteResult>;
  };
} = {
  salesforce: { read: readSalesforce, postNote: (ref, text, tabId) => postSalesforceNote({ ...ref, desk: 'salesforce' }, text, tabId) },
};

function outcome(result: IngestResult): ReadOutcome {
  return { status: result.read.status === 'failed' ? 'failed' : 'read', fallbackToPage: result.fallbackToPage, retryAt: result.read.retryAt, failure: result.read.failure };
}

async function ingestOptions(clock: Clock) {
  const settings = await getSettings();
  return { now: clock.now(), id: clock.id, thresholds: settings.thresholds, replyTargetMinutes: settings.replyTargetMinutes };
}

const refOf = (ticket: CaseRef): CaseRef => ({ desk: ticket.desk, host: ticket.host, ticketId: ticket.ticketId });

/**
 * After a read was stored: domains that react to a new snapshot hear of it first (and finish),
 * then open surfaces are told what changed.
 */
async function ingested(result: IngestResult, events: WorkerDeps['events']): Promise<ReadOutcome> {
  if (result.parts.includes('snapshot')) await events.publish('snapshotIngested', { caseKey: result.caseKey });
  await caseChanged(result.caseKey, result.parts);
  return outcome(result);
}

/** Store what a page read for `ticket` (its own tab's ticket, as the worker worked it out). */
export async function recordRead(ticket: TicketLocation, read: RawRead, { clock, events }: WorkerDeps): Promise<ReadOutcome> {
  // The ref and the address stored with the snapshot are the worker's, whatever the page sent.
  const own: RawRead = { ...read, ref: refOf(ticket), url: ticket.url };
  return ingested(await ingestRead(await getDb(), own, DESK_PARSERS, await ingestOptions(clock)), events);
}

export async function readStarted(ticket: TicketLocation, clock: Clock): Promise<void> {
  await markReading(await getDb(), refOf(ticket), clock.now());
  await caseChanged(caseKey(ticket), ['read']);
}

export async function readInWorker(ticket: TicketLocation, manual: boolean, tabId: number | null, { clock, events }: WorkerDeps): Promise<ReadOutcome> {
  if (!isWorkerDesk(ticket.desk)) throw new Error(t('readInWorkerNotHere', { desk: ticket.desk }));
  const db = await getDb();
  const got = await WORKER_DESKS[ticket.desk].read(ticket, manual, tabId);
  const options = await ingestOptions(clock);
  const result = got.ok ? await ingestRead(db, { ...got.read, ref: refOf(ticket), url: ticket.url }, DESK_PARSERS, options) : await ingestParsed(db, refOf(ticket), got, options, 'api');
  return ingested(result, events);
}

function tabCommand(tabId: number, command: TabCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command).catch((error: unknown) => {
    throw new Error(t('tabNotReady', { detail: error instanceof Error ? error.message : String(error) }));
  });
}

export async function refreshTab(tabId: number): Promise<void> {
  await tabCommand(tabId, { tag: KEEL_TAG, command: 'refresh' });
}

export async function showMessageInTab(tabId: number, messageId: string, at: string): Promise<boolean> {
  return (await tabCommand(tabId, { tag: KEEL_TAG, command: 'showMessage', messageId, at })) === true;
}

/** Post an internal note: worker-read desks (Salesforce) from the worker, the others through the page's session. */
/** The desk's copy of `text` in a snapshot: an internal note at or after `since` with the same words. */
function onTicket(messages: readonly { at: string; public: boolean; text: string }[] | undefined, text: string, since: string): boolean {
  const words = (value: string) => value.replace(/\s+/g, ' ').trim();
  return !!messages?.some((m) => !m.public && m.at >= since && words(m.text) === words(text));
}

/** The desk certainly did not take the note: nothing is outstanding. */
const DEFINITE_REFUSALS: readonly string[] = ['signed-out', 'not-found', 'rate-limited', 'quota-guard'];

/**
 * Post an internal note: worker-read desks (Salesforce) from the worker, the others through the
 * page's session. Idempotent: the note is stored (pending) before the desk is asked; a retry of the
 * same text first looks for it on the ticket (as last read, after the first try) and does not post
 * it again when it is there. The timeline event and the pending copy's removal share a transaction.
 */
export async function postInternalNote(tabId: number | null, ref: CaseRef, text: string, clock: Clock): Promise<NoteOutcome> {
  const db = await getDb();
  const key = caseKey(ref);
  const escalation = await findEscalation(db, ref);
  const earlier = await findPendingNote(db, key, text);
  if (earlier) {
    // A retry: the first try's answer was lost or reported as a failure. Is the note there already?
    const record = await getCaseRecord(db, key);
    if (onTicket(record?.snapshot?.messages, text, earlier.at)) {
      await completePendingNote(db, earlier, escalation?.id ?? null, clock);
      await caseChanged(key, escalation ? ['timeline'] : []);
      return { ok: true, status: 200, alreadyPosted: true };
    }
  }
  const pending = earlier ?? { id: clock.id(), caseKey: key, ref: refOf(ref), text, at: clock.now().toISOString() };
  if (!earlier) await addPendingNote(db, pending);
  let result: NoteResult;
  if (isWorkerDesk(ref.desk)) {
    result = await WORKER_DESKS[ref.desk].postNote(refOf(ref), text, tabId);
  } else {
    if (tabId === null) throw new Error(t('noteNeedsTab'));
    result = (await tabCommand(tabId, { tag: KEEL_TAG, command: 'postNote', ref: refOf(ref), text })) as NoteResult;
    if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') throw new Error(t('noteNoAnswer'));
  }
  if (result.ok) {
    await completePendingNote(db, pending, escalation?.id ?? null, clock);
    await caseChanged(key, escalation ? ['timeline'] : []);
    if (tabId !== null) void refreshTab(tabId).catch(() => undefined);
  } else if (DEFINITE_REFUSALS.includes(result.failure.kind)) {
    await dropPendingNote(db, pending.id);
  } else if (tabId !== null) {
    // The desk may have the note after all: read the ticket, so a retry can find it.
    void refreshTab(tabId).catch(() => undefined);
  }
  return result;
}

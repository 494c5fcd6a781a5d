/**
 * The worker's part in reading tickets: ingest reads, read Salesforce itself, refresh, post
 * notes. Every ticket here was worked out by the worker (from the sender's tab, or a ref Keel's
 * own page named), never taken from a content script's payload.
 */
import { browser } from 'wxt/browser';
import { ingestParsed, ingestRead, type IngestResult } from '../cases/ingest';
import { markReading } from '../db/repositories/cases';
import { findEscalation } from '../db/repositories/escalation';
import { appendTimeline } from '../db/repositories/timeline';
import { DESK_PARSERS } from '../hosts/parsers';
import { isWorkerDesk, type WorkerDesk } from '../hosts/registry';
import type { NoteResult, RawRead } from '../hosts/types';
import { t } from '../i18n';
import { caseKey, type CaseRef, type TicketLocation } from '../model/case-ref';
import type { Clock } from '../model/clock';
import { noteExcerpt } from '../model/note';
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
export async function postInternalNote(tabId: number | null, ref: CaseRef, text: string, clock: Clock): Promise<NoteResult> {
  let result: NoteResult;
  if (isWorkerDesk(ref.desk)) {
    result = await WORKER_DESKS[ref.desk].postNote(refOf(ref), text, tabId);
  } else {
    if (tabId === null) throw new Error(t('noteNeedsTab'));
    result = (await tabCommand(tabId, { tag: KEEL_TAG, command: 'postNote', ref: refOf(ref), text })) as NoteResult;
    if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') throw new Error(t('noteNoAnswer'));
  }
  if (result.ok) {
    const db = await getDb();
    const escalation = await findEscalation(db, ref);
    if (escalation) await appendTimeline(db, escalation.id, 'note.posted', { excerpt: noteExcerpt(text) }, clock);
    await caseChanged(caseKey(ref), escalation ? ['timeline'] : []);
    if (tabId !== null) void refreshTab(tabId).catch(() => undefined);
  }
  return result;
}

/** The worker's part in reading tickets: ingest reads, read Salesforce itself, refresh, post notes. */
import { browser } from 'wxt/browser';
import { ingestParsed, ingestRead, markReading, type IngestResult } from '../cases/ingest';
import type { Clock } from '../db/repositories/escalations';
import { appendTimeline, findEscalation } from '../db/repositories/escalations';
import { DESK_PARSERS } from '../hosts/parsers';
import { DESK_REGISTRY, isWorkerDesk, type WorkerDesk } from '../hosts/registry';
import type { NoteResult, RawRead } from '../hosts/types';
import { caseKey, type CaseRef, type TicketLocation } from '../model/case-ref';
import { KEEL_TAG, type TabCommand } from '../messaging/envelope';
import { emit } from '../messaging/events';
import type { ReadOutcome } from '../messaging/protocol';
import type { Sender } from '../messaging/server';
import { getSettings } from '../settings/storage';
import { getDb } from './db';

import { postSalesforceNote, readSalesforce, type WorkerReadResult } from './salesforce';

/**
 * How the worker reads and writes the desks the registry marks `readFrom: 'worker'`. A desk
 * marked so without an entry here does not compile.
 */
const WORKER_DESKS: { readonly [D in WorkerDesk]: { read(ticket: TicketLocation, manual: boolean): Promise<WorkerReadResult>; postNote(ref: CaseRef, text: string): Promise<NoteResult> } } = {
  salesforce: { read: readSalesforce, postNote: (ref, text) => postSalesforceNote({ ...ref, desk: 'salesforce' }, text) },
};

function outcome(result: IngestResult): ReadOutcome {
  return { status: result.read.status === 'failed' ? 'failed' : 'read', fallbackToPage: result.fallbackToPage, retryAt: result.read.retryAt, failure: result.read.failure };
}

async function ingestOptions(clock: Clock) {
  const settings = await getSettings();
  return { now: clock.now(), id: clock.id, thresholds: settings.thresholds, replyTargetMinutes: settings.replyTargetMinutes };
}

/**
 * A content script may only report on the site it runs on: a read for another desk host is
 * refused (defence in depth; only Keel's own content scripts can send messages at all). The
 * desk's registry entry says which ticket host a page's host reports on (a Salesforce Lightning
 * page reports on its org's My Domain host).
 */
function checkOrigin(ref: CaseRef, sender: Sender): void {
  if (!sender.tab) return;
  const page = sender.url && URL.canParse(sender.url) ? new URL(sender.url) : null;
  const host = page ? DESK_REGISTRY[ref.desk].ticketHost(page) : null;
  if (host !== ref.host) throw new Error(`A page on ${page?.host ?? 'an unknown site'} cannot report on ${ref.host}`);
}

export async function recordRead(read: RawRead, sender: Sender, clock: Clock): Promise<ReadOutcome> {
  checkOrigin(read.ref, sender);
  const result = await ingestRead(await getDb(), read, DESK_PARSERS, await ingestOptions(clock));
  await emit('caseChanged', { caseKey: result.caseKey });
  return outcome(result);
}

export async function readStarted(ref: CaseRef, sender: Sender, clock: Clock): Promise<void> {
  checkOrigin(ref, sender);
  await markReading(await getDb(), ref, clock.now());
  await emit('caseChanged', { caseKey: caseKey(ref) });
}

export async function readInWorker(ticket: TicketLocation, manual: boolean, clock: Clock): Promise<ReadOutcome> {
  if (!isWorkerDesk(ticket.desk)) throw new Error(`${ticket.desk} tickets are read by the page, not the worker`);
  const db = await getDb();
  const got = await WORKER_DESKS[ticket.desk].read(ticket, manual);
  const options = await ingestOptions(clock);
  const result = got.ok ? await ingestRead(db, got.read as RawRead, DESK_PARSERS, options) : await ingestParsed(db, ticket, got, options, 'api');
  await emit('caseChanged', { caseKey: result.caseKey });
  return outcome(result);
}

function tabCommand(tabId: number, command: TabCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command).catch((error: unknown) => {
    throw new Error(
      `Keel is not running in that tab yet (${error instanceof Error ? error.message : String(error)}). Reload the ticket page once and try again.`,
    );
  });
}

export async function refreshTab(tabId: number): Promise<void> {
  await tabCommand(tabId, { tag: KEEL_TAG, command: 'refresh' });
}

export async function showMessageInTab(tabId: number, messageId: string, at: string): Promise<boolean> {
  return (await tabCommand(tabId, { tag: KEEL_TAG, command: 'showMessage', messageId, at })) === true;
}

/** Post an internal note: worker-read desks (Salesforce) from the worker, the others through the page's session. */
export async function postInternalNote(tabId: number | undefined, ref: CaseRef, text: string, clock: Clock): Promise<NoteResult> {
  let result: NoteResult;
  if (isWorkerDesk(ref.desk)) {
    result = await WORKER_DESKS[ref.desk].postNote(ref, text);
  } else {
    if (tabId === undefined) throw new Error('Open the ticket in a tab to post a note on it');
    result = (await tabCommand(tabId, { tag: KEEL_TAG, command: 'postNote', ref, text })) as NoteResult;
    if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') throw new Error('The ticket page did not answer');
  }
  if (result.ok) {
    const db = await getDb();
    const escalation = await findEscalation(db, ref);
    if (escalation) await appendTimeline(db, escalation.id, 'note', `Internal note posted on the ticket: “${text.length > 140 ? `${text.slice(0, 140)}…` : text}”`, clock);
    await emit('caseChanged', { caseKey: caseKey(ref) });
    if (tabId !== undefined) void refreshTab(tabId).catch(() => undefined);
  }
  return result;
}

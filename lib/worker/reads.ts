/**
 * The worker's part in reading tickets: ingest reads, read Salesforce itself, refresh, post
 * notes. Every ticket here was worked out by the worker (from the sender's tab, or a ref Keel's
 * own page named), never taken from a content script's payload.
 */
import { browser } from 'wxt/browser';
import { ingestParsed, ingestRead, type IngestResult } from '../cases/ingest';
import { getCaseRecord, markReading } from '../db/repositories/cases';
import { escalationOfCase } from '../db/repositories/cadence';
import { findEscalation } from '../db/repositories/escalation';
import { addPendingNote, completePendingNote, dropPendingNote, findPendingNote } from '../db/repositories/note';
import { DESK_PARSERS } from '../hosts/parsers';
import { isWorkerDesk, type WorkerDesk } from '../hosts/registry';
import type { NoteResult, RawApiRead, RawRead } from '../hosts/types';
import { t } from '../i18n';
import { caseKey, type CaseRef, type TicketLocation } from '../model/case-ref';
import type { Clock } from '../model/clock';
import type { NoteOutcome } from '../model/note';
import { KEEL_TAG, type DeskDraft, type TabCommand } from '../messaging/envelope';
import { RawReadSchema, type ReadOutcome } from '../messaging/protocol';
import { getSettings } from '../settings/storage';
import { caseChanged } from './changes';
import { getDb } from './db';
import type { WorkerDeps } from './handlers/deps';
import { brokenPromisesOf } from './promise';
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

async function ingestOptions(clock: Clock, ref: CaseRef) {
  const settings = await getSettings();
  // Broken promises to the customer (the promise ledger's judgement) are a temperature reason.
  const escalation = await escalationOfCase(await getDb(), caseKey(ref));
  const brokenPromises = escalation ? await brokenPromisesOf(await getDb(), escalation.id) : [];
  return { now: clock.now(), id: clock.id, thresholds: settings.thresholds, replyTargetMinutes: settings.replyTargetMinutes, brokenPromises };
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
  return ingested(await ingestRead(await getDb(), own, DESK_PARSERS, await ingestOptions(clock, own.ref)), events);
}

export async function readStarted(ticket: TicketLocation, clock: Clock): Promise<void> {
  await markReading(await getDb(), refOf(ticket), clock.now());
  await caseChanged(caseKey(ticket), ['read']);
}

export async function readInWorker(ticket: TicketLocation, manual: boolean, tabId: number | null, { clock, events }: WorkerDeps): Promise<ReadOutcome> {
  if (!isWorkerDesk(ticket.desk)) throw new Error(t('readInWorkerNotHere', { desk: ticket.desk }));
  const db = await getDb();
  const got = await WORKER_DESKS[ticket.desk].read(ticket, manual, tabId);
  const options = await ingestOptions(clock, ticket);
  const result = got.ok ? await ingestRead(db, { ...got.read, ref: refOf(ticket), url: ticket.url }, DESK_PARSERS, options) : await ingestParsed(db, refOf(ticket), got, options, 'api');
  return ingested(result, events);
}

function tabCommand(tabId: number, command: TabCommand): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, command).catch((error: unknown) => {
    throw new Error(t('tabNotReady', { detail: error instanceof Error ? error.message : String(error) }));
  });
}

function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).host : null;
  } catch {
    return null;
  }
}

/**
 * Does the raw read answer for `ticket`? The desk's main response names its ticket (the parser's
 * `saved.identify`); a read that names another one is refused. One that names none is left to
 * the parser, which fails it for want of the ticket's identity.
 */
function readIsFor(ticket: TicketLocation, read: RawApiRead): boolean {
  const parser = DESK_PARSERS[ticket.desk];
  const main = read.responses.find((r) => r.key === parser.saved.flags[parser.saved.main]);
  if (!main) return true;
  let json: unknown;
  try {
    json = JSON.parse(main.body);
  } catch {
    return true;
  }
  const named = parser.saved.identify(json).ticketId;
  return named === undefined || named.toLowerCase() === ticket.ticketId.toLowerCase();
}

/** How a background read of a ticket no tab shows went. */
export type BackgroundRead = { status: 'read' | 'failed'; failure: string | null } | { status: 'no-reader' };

/**
 * Read a ticket that no tab is showing (a linked ticket the user escalated), and leave every
 * tab's own ticket alone. Worker-read desks (Salesforce) are read here. A desk read from the page
 * needs the desk's session: the worker asks Keel's content script in a tab on the ticket's own
 * host (the tab the user is in first) to fetch it, and takes the raw read only as the answer to
 * that request — never as a message a page sends on its own — then checks and parses it like any
 * other read, under the ref the worker itself worked out.
 */
export async function readInBackground(ticket: TicketLocation, preferTabId: number | null, deps: WorkerDeps): Promise<BackgroundRead> {
  const summary = (outcome: ReadOutcome): BackgroundRead => ({ status: outcome.status, failure: outcome.failure?.message ?? null });
  if (isWorkerDesk(ticket.desk)) return summary(await readInWorker(ticket, false, preferTabId, deps));
  const tabs = (await browser.tabs.query({}).catch(() => [])).filter((tab) => tab.id !== undefined && hostOf(tab.url) === ticket.host);
  tabs.sort((a, b) => Number(b.id === preferTabId) - Number(a.id === preferTabId));
  const command: TabCommand = { tag: KEEL_TAG, command: 'readTicket', ref: refOf(ticket), url: ticket.url };
  for (const tab of tabs) {
    const answer: unknown = await browser.tabs.sendMessage(tab.id!, command).catch(() => null);
    const read = answer && typeof answer === 'object' ? RawReadSchema.safeParse((answer as { read?: unknown }).read) : null;
    if (!read?.success || read.data.kind !== 'api') continue;
    const raw: RawApiRead = { ...read.data, ref: refOf(ticket), url: ticket.url };
    if (!readIsFor(ticket, raw)) continue;
    const result = await ingestRead(await getDb(), raw, DESK_PARSERS, await ingestOptions(deps.clock, ticket));
    return summary(await ingested(result, deps.events));
  }
  return { status: 'no-reader' };
}

export async function refreshTab(tabId: number): Promise<void> {
  await tabCommand(tabId, { tag: KEEL_TAG, command: 'refresh' });
}

export async function showMessageInTab(tabId: number, messageId: string, at: string): Promise<boolean> {
  return (await tabCommand(tabId, { tag: KEEL_TAG, command: 'showMessage', messageId, at })) === true;
}

/**
 * The reply being written in the desk's reply box of a tab's ticket, as its content script reads
 * it. `found` is false when the page shows another ticket or has no reply box open.
 */
export async function readDraftInTab(tabId: number, ref: CaseRef): Promise<DeskDraft> {
  const answer = (await tabCommand(tabId, { tag: KEEL_TAG, command: 'readDraft', ref: refOf(ref) })) as Partial<DeskDraft> | undefined;
  if (!answer || typeof answer.found !== 'boolean' || typeof answer.text !== 'string') return { found: false, text: '' };
  return { found: answer.found, text: answer.text };
}

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
 * `noteEvent: false` when the caller puts its own event on the timeline (an update posted as a note).
 */
export async function postInternalNote(tabId: number | null, ref: CaseRef, text: string, clock: Clock, { noteEvent = true }: { noteEvent?: boolean } = {}): Promise<NoteOutcome> {
  const db = await getDb();
  const key = caseKey(ref);
  const escalation = await findEscalation(db, ref);
  const earlier = await findPendingNote(db, key, text);
  if (earlier) {
    // A retry: the first try's answer was lost or reported as a failure. Is the note there already?
    const record = await getCaseRecord(db, key);
    if (onTicket(record?.snapshot?.messages, text, earlier.at)) {
      await completePendingNote(db, earlier, noteEvent ? (escalation?.id ?? null) : null, clock);
      if (noteEvent) await caseChanged(key, escalation ? ['timeline'] : []);
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
    await completePendingNote(db, pending, noteEvent ? (escalation?.id ?? null) : null, clock);
    if (noteEvent) await caseChanged(key, escalation ? ['timeline'] : []);
    if (tabId !== null) void refreshTab(tabId).catch(() => undefined);
  } else if (DEFINITE_REFUSALS.includes(result.failure.kind)) {
    await dropPendingNote(db, pending.id);
  } else if (tabId !== null) {
    // The desk may have the note after all: read the ticket, so a retry can find it.
    void refreshTab(tabId).catch(() => undefined);
  }
  return result;
}

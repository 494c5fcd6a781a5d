/** The worker's part in reading tickets: ingest reads, read Salesforce itself, refresh, post notes. */
import { browser } from 'wxt/browser';
import { ingestParsed, ingestRead, type IngestResult } from '../cases/ingest';
import { markReading } from '../db/repositories/cases';
import { appendTimeline } from '../db/repositories/timeline';
import { noteExcerpt } from '../model/note';
import type { Clock } from '../model/clock';
import { findEscalation } from '../db/repositories/escalation';
import { zendeskParser } from '../hosts/zendesk/parser';
import { jiraParser } from '../hosts/jira/parser';
import { salesforceParser } from '../hosts/salesforce/parser';
import type { DeskParser, NoteResult, RawRead } from '../hosts/types';
import { caseKey, type CaseRef, type TicketLocation } from '../model/case-ref';
import { KEEL_TAG, type TabCommand } from '../messaging/envelope';
import { emit } from '../messaging/events';
import type { ReadOutcome } from '../messaging/protocol';
import type { Sender } from '../messaging/server';
import { getSettings } from '../settings/storage';
import { getDb } from './db';

import { postSalesforceNote, readSalesforce } from './salesforce';

export const PARSERS: Record<string, DeskParser> = { zendesk: zendeskParser, jira: jiraParser, salesforce: salesforceParser };

function outcome(result: IngestResult): ReadOutcome {
  return { status: result.read.status === 'failed' ? 'failed' : 'read', fallbackToPage: result.fallbackToPage, retryAt: result.read.retryAt, failure: result.read.failure };
}

async function ingestOptions(clock: Clock) {
  const settings = await getSettings();
  return { now: clock.now(), id: clock.id, thresholds: settings.thresholds, replyTargetMinutes: settings.replyTargetMinutes };
}

/**
 * A content script may only report on the site it runs on: a read for another desk host is
 * refused (defence in depth; only Keel's own content scripts can send messages at all).
 */
function checkOrigin(ref: CaseRef, sender: Sender): void {
  if (ref.desk === 'salesforce' || !sender.tab) return;
  const host = sender.url ? new URL(sender.url).host : null;
  if (host !== ref.host) throw new Error(`A page on ${host ?? 'an unknown site'} cannot report on ${ref.host}`);
}

export async function recordRead(read: RawRead, sender: Sender, clock: Clock): Promise<ReadOutcome> {
  checkOrigin(read.ref, sender);
  const result = await ingestRead(await getDb(), read, PARSERS, await ingestOptions(clock));
  await emit('caseChanged', { caseKey: result.caseKey });
  return outcome(result);
}

export async function readStarted(ref: CaseRef, sender: Sender, clock: Clock): Promise<void> {
  checkOrigin(ref, sender);
  await markReading(await getDb(), ref, clock.now());
  await emit('caseChanged', { caseKey: caseKey(ref) });
}

export async function readInWorker(ticket: TicketLocation, manual: boolean, clock: Clock): Promise<ReadOutcome> {
  if (ticket.desk !== 'salesforce') throw new Error(`${ticket.desk} tickets are read by the page, not the worker`);
  const db = await getDb();
  const got = await readSalesforce(ticket, manual);
  const options = await ingestOptions(clock);
  const result = got.ok ? await ingestRead(db, got.read as RawRead, PARSERS, options) : await ingestParsed(db, ticket, got, options, 'api');
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

/** Post an internal note: Salesforce from the worker, the other desks through the page's session. */
export async function postInternalNote(tabId: number | undefined, ref: CaseRef, text: string, clock: Clock): Promise<NoteResult> {
  let result: NoteResult;
  if (ref.desk === 'salesforce') {
    result = await postSalesforceNote({ ...ref, desk: 'salesforce' }, text);
  } else {
    if (tabId === undefined) throw new Error('Open the ticket in a tab to post a note on it');
    result = (await tabCommand(tabId, { tag: KEEL_TAG, command: 'postNote', ref, text })) as NoteResult;
    if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') throw new Error('The ticket page did not answer');
  }
  if (result.ok) {
    const db = await getDb();
    const escalation = await findEscalation(db, ref);
    if (escalation) await appendTimeline(db, escalation.id, 'note.posted', { excerpt: noteExcerpt(text) }, clock);
    await emit('caseChanged', { caseKey: caseKey(ref) });
    if (tabId !== undefined) void refreshTab(tabId).catch(() => undefined);
  }
  return result;
}

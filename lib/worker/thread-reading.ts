/**
 * What a ticket's thread says for the prompts (lib/playbook: the customer's unanswered questions,
 * the internal notes that limit what may be said, the customer's words for "broken" and "again"),
 * kept with the ticket's record.
 *
 * Reading a long thread is most of what the prompts cost, and nearly all of it on a worker Chrome
 * has just started: each of the engine's patterns is compiled on its first use, so the first read
 * after a start costs many times a later one (the demo desk's 162-message thread, in the woken
 * worker's CPU profile: about 250 ms, against about 10 ms once warm). Chrome stops an idle worker
 * after 30 s, so most opens of the side panel, a while after the ticket was read, met that cost.
 *
 * The reading depends on the messages alone. So the worker reads it in the background a moment
 * after a new snapshot is stored (a part at a time, each its own task, so a message arriving
 * meanwhile is answered between parts), and the prompts take it from the record while its key
 * still names the stored messages and the code that read them.
 */
import { messagesFingerprint } from '../cases/fingerprint';
import { getCaseRecord, putThreadReading } from '../db/repositories/cases';
import { quietWrite } from '../db/write-versions';
import type { CaseRecord } from '../model/case-record';
import type { CaseKey } from '../model/case-ref';
import type { ThreadReading } from '../model/prompt';
import type { CaseSnapshot } from '../model/snapshot';
import { findConstraints, threadSignals, unansweredQuestions } from '../playbook';
import { getDb } from './db';

declare const __KEEL_READER__: string | undefined;

/**
 * The code that reads threads: a hash of the playbook's and temperature engine's sources, set by
 * the build (wxt.config.ts), so a reading kept by an earlier version of Keel is read again.
 */
const READER = typeof __KEEL_READER__ === 'string' ? __KEEL_READER__ : 'unbuilt';

type Messages = CaseSnapshot['messages'];

/** Names these messages as read by this build's code. */
export function threadReadingKey(messages: Messages): string {
  return `${READER}|${messagesFingerprint(messages)}`;
}

/** Reads the messages now, in one go (for a request that needs it). */
export function readThreadNow(messages: Messages, key = threadReadingKey(messages)): ThreadReading {
  return readingOf(key, unansweredQuestions(messages), findConstraints(messages), threadSignals(messages));
}

/**
 * The reading of a read ticket's thread, for a request: the one kept with its record, else read
 * now and kept for the next time (in the background: a failure costs only the next start's time).
 */
export function threadReadingOf(key: CaseKey, record: CaseRecord & { snapshot: CaseSnapshot }): ThreadReading {
  const readingKey = threadReadingKey(record.snapshot.messages);
  if (record.thread?.key === readingKey) return record.thread;
  const read = readThreadNow(record.snapshot.messages, readingKey);
  keepThreadReading(key, read).catch(() => undefined);
  return read;
}

function readingOf(key: string, unanswered: ThreadReading['unanswered'], constraints: ThreadReading['constraints'], signals: ReturnType<typeof threadSignals>): ThreadReading {
  return { key, unanswered, constraints, broken: [...signals.broken], recurring: [...signals.recurring] };
}

/**
 * Keeps `reading` with the case's record, unless the snapshot changed since it was read.
 * A quiet write: no surface shows the kept reading (the prompts' answer is the same from it as
 * without it), so the case reads the worker keeps for open surfaces stay valid.
 */
export function keepThreadReading(key: CaseKey, reading: ThreadReading): Promise<boolean> {
  return getDb().then((db) => quietWrite(() => putThreadReading(db, key, reading, (record) => record.snapshot !== null && threadReadingKey(record.snapshot.messages) === reading.key)));
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Reads the case's stored thread and keeps the reading: nothing when there is no snapshot or its
 * reading is kept already. Whether a reading was kept.
 */
export async function readAndKeepThread(key: CaseKey): Promise<boolean> {
  const record = await getCaseRecord(await getDb(), key);
  const messages = record?.snapshot?.messages;
  if (!record || !messages) return false;
  const readingKey = threadReadingKey(messages);
  if (record.thread?.key === readingKey) return false;
  const unanswered = unansweredQuestions(messages);
  await nextTask();
  const constraints = findConstraints(messages);
  await nextTask();
  return keepThreadReading(key, readingOf(readingKey, unanswered, constraints, threadSignals(messages)));
}

/**
 * After a new snapshot is stored: wait this long before reading its thread, so that it runs after
 * what the read's arrival sets off (the strip showing the ticket, the sections re-reading), and
 * once for a burst of reads of one ticket.
 */
export const THREAD_READING_DELAY_MS = 1_500;

const pending = new Map<CaseKey, ReturnType<typeof setTimeout>>();

/** Reads the case's thread in the background, `delayMs` after the last call for it. */
export function readThreadSoon(key: CaseKey, delayMs = THREAD_READING_DELAY_MS): void {
  clearTimeout(pending.get(key));
  pending.set(
    key,
    setTimeout(() => {
      pending.delete(key);
      // A failure costs nothing but speed: the prompts read the thread themselves and keep it then.
      readAndKeepThread(key).catch(() => undefined);
    }, delayMs),
  );
}

/** Drops the background reads not yet started (tests, between cases). */
export function forgetPendingThreadReads(): void {
  for (const timer of pending.values()) clearTimeout(timer);
  pending.clear();
}

/**
 * What happens when a read of a ticket arrives in the worker: parse it (zod, per desk), keep
 * the last good snapshot, score the thread when it changed, store a temperature reading, and
 * update the escalation — all in one IndexedDB transaction (`writeCase` in the cases
 * repository), so a worker stopped mid-way leaves either the old state or the new one, never
 * half of each. This file decides; lib/db stores.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../db/schema';
import { writeCase } from '../db/repositories/cases';
import { caseKey } from '../model/case-ref';
import type { CaseRecord } from '../model/case-record';
import type { ReadState } from '../model/read';
import { factsFromSnapshot } from '../model/escalation';
import type { CaseSnapshot } from '../model/snapshot';
import type { TemperatureReading } from '../model/temperature';
import type { DeskParser, RawRead, ReadFailure } from '../hosts/types';
import { compareTemperatures, scoreThread, threadFromSnapshot, type BrokenPromise, type Thresholds } from '../temperature';
import { retryAtFor, shouldFallBackToPage } from './retry';
import { snapshotFingerprint } from './fingerprint';
import { t } from '../i18n';

type Db = IDBPDatabase<KeelDb>;

export interface IngestOptions {
  now: Date;
  id: () => string;
  thresholds?: Thresholds;
  replyTargetMinutes?: number;
  /** The escalation's broken promises to the customer (the promise ledger's judgement), a temperature reason. */
  brokenPromises?: (BrokenPromise & { id: string })[];
}

export interface IngestResult {
  caseKey: string;
  read: ReadState;
  /** The API could not be used: the page should be read instead. */
  fallbackToPage: boolean;
  /** A new temperature reading was stored. */
  reading: TemperatureReading | null;
  /** What changed, for `caseChanged`. */
  parts: ('read' | 'snapshot' | 'temperature' | 'escalation')[];
}


/** Store a parsed snapshot (or a failure) for its case. */
export async function ingestParsed(db: Db, ref: RawRead['ref'], outcome: { ok: true; snapshot: CaseSnapshot } | { ok: false; failure: ReadFailure }, options: IngestOptions, source: 'api' | 'dom'): Promise<IngestResult> {
  const key = caseKey(ref);
  const at = options.now.toISOString();
  return writeCase(db, key, 'storageDoingSaveRead', async (write) => {
    const existing = write.existing;
    const parts: IngestResult['parts'] = ['read'];
    let reading: TemperatureReading | null = null;
    let record: CaseRecord;
    if (outcome.ok) {
      const snapshot = outcome.snapshot;
      parts.push('snapshot');
      // Changed bands or reply target (Options) also call for a fresh reading.
      const t = options.thresholds;
      const broken = options.brokenPromises ?? [];
      // Broken promises change the score: a promise breaking (or answered late) scores the ticket again.
      const promises = broken.length ? `|broken:${broken.map((p) => `${p.id}${p.answered ? '+' : ''}`).join(',')}` : '';
      const fingerprint = `${snapshotFingerprint(snapshot, options.now)}|${t ? `${t.warm}/${t.hot}/${t.critical}` : '-'}|${options.replyTargetMinutes ?? '-'}${promises}`;
      // A page read after an API failure keeps saying why the API was not used.
      const apiFailure = source === 'dom' ? (existing?.read.failure ?? null) : null;
      const read: ReadState = { status: 'read', source, at, failure: apiFailure, lastGoodAt: at, retryAt: null, failures: 0 };
      record = { caseKey: key, ref, snapshot, read, scoredFingerprint: existing?.scoredFingerprint ?? null, seen: existing?.seen ?? null, thread: existing?.thread ?? null };
      if (fingerprint !== existing?.scoredFingerprint) {
        const previous = await write.latestReading();
        const temperature = scoreThread({ ...threadFromSnapshot(snapshot), brokenPromises: broken }, { now: options.now, thresholds: options.thresholds, replyTargetMinutes: options.replyTargetMinutes });
        reading = {
          ...temperature,
          id: options.id(),
          caseKey: key,
          at,
          trend: compareTemperatures(previous ?? null, temperature),
          messageCount: snapshot.messages.length,
        };
        record.scoredFingerprint = fingerprint;
        await write.addReading(reading);
        parts.push('temperature');
      }
      const escalation = await write.escalation();
      if (escalation) {
        // Escalated from a page or tab title (or a link): the desk's subject replaces it once read.
        // Also what the popup shows and sorts by (the ticket's age, its nearest SLA) and what links suggest (the customer's domain).
        const facts = factsFromSnapshot(snapshot);
        const next = { ...escalation, ...facts, ...(reading ? { temperature: { score: reading.score, band: reading.band, at } } : {}) };
        if (reading || (Object.keys(facts) as (keyof typeof facts)[]).some((key) => next[key] !== escalation[key])) {
          await write.putEscalation(next);
          parts.push('escalation');
        }
      }
    } else {
      const failures = (existing?.read.failures ?? 0) + 1;
      const read: ReadState = {
        status: 'failed',
        source: existing?.read.source ?? null,
        at,
        failure: outcome.failure,
        lastGoodAt: existing?.read.lastGoodAt ?? null,
        retryAt: retryAtFor(outcome.failure, failures, options.now),
        failures,
      };
      record = { caseKey: key, ref, snapshot: existing?.snapshot ?? null, read, scoredFingerprint: existing?.scoredFingerprint ?? null, seen: existing?.seen ?? null, thread: existing?.thread ?? null };
    }
    await write.putRecord(record);
    return {
      caseKey: key,
      read: record.read,
      fallbackToPage: !outcome.ok && source === 'api' && shouldFallBackToPage(outcome.failure),
      reading,
      parts,
    };
  });
}

/** Parse a raw read with its desk's parser and store the outcome. */
export function ingestRead(db: Db, read: RawRead, parsers: Readonly<Record<string, Pick<DeskParser, 'parse'>>>, options: IngestOptions): Promise<IngestResult> {
  const parser = parsers[read.ref.desk];
  if (!parser) throw new Error(t('readNoParser', { desk: read.ref.desk }));
  let outcome: ReturnType<DeskParser['parse']>;
  try {
    outcome = parser.parse(read, options.now);
  } catch (error) {
    // A parser bug must not lose the last good snapshot: record it as an unreadable answer.
    outcome = { ok: false, failure: { kind: 'bad-shape', message: `${read.ref.desk}: could not read this ticket (${error instanceof Error ? error.message : String(error)})` } };
  }
  return ingestParsed(db, read.ref, outcome, options, read.kind);
}

/**
 * The two reads nearly every `get…` handler of a case starts with, made once per request scope:
 * a side panel opening sends its sections' reads as one batch, and without this each would read
 * and check the same case record (its whole thread) and look up the same escalation again.
 * The answers are shared: handlers must not change them.
 *
 * Also the escalation's promises, which both the promises section and the prompts read.
 */
import type { IDBPDatabase } from 'idb';
import { getCaseRecord } from '../db/repositories/cases';
import { findEscalation } from '../db/repositories/escalation';
import { promiseRepository } from '../db/repositories/promise';
import type { KeelDb } from '../db/schema';
import type { RequestScope } from '../messaging/server';
import type { CaseRecord } from '../model/case-record';
import { caseKey, type CaseKey, type CaseRef } from '../model/case-ref';
import type { Escalation } from '../model/escalation';
import type { PromiseRecord } from '../model/promise';
import { activeEscalationOf } from './active-cache';

type Db = IDBPDatabase<KeelDb>;

/** The case record (checked), read once in this scope. */
export function caseRecordIn(scope: RequestScope | undefined, db: Db, key: CaseKey): Promise<CaseRecord | undefined> {
  return scope ? scope.once(`case|${key}`, () => getCaseRecord(db, key)) : getCaseRecord(db, key);
}

/**
 * The ticket's escalation, looked up once in this scope: in the active escalations the worker
 * keeps in memory when they are current, else in the store.
 */
export function escalationIn(scope: RequestScope | undefined, db: Db, ref: CaseRef): Promise<Escalation | undefined> {
  const read = () => {
    const active = activeEscalationOf(db, ref);
    return active ? Promise.resolve(active) : findEscalation(db, ref);
  };
  return scope ? scope.once(`escalation|${caseKey(ref)}`, read) : read();
}

/** The escalation's promises (checked), read once in this scope. Shared: sort a copy. */
export function promisesIn(scope: RequestScope | undefined, db: Db, escalationId: string): Promise<readonly PromiseRecord[]> {
  return scope ? scope.once(`promises|${escalationId}`, () => promiseRepository.list(db, escalationId)) : promiseRepository.list(db, escalationId);
}

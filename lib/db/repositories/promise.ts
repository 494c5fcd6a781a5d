/**
 * The `promise` store: promises per escalation, each saved with its timeline events and the
 * escalation's `openPromises` and `promiseDueAt` in one transaction.
 */
import { recordRepository } from '../records';
import { PromiseRecordSchema, summarizePromises, type PromiseRecord } from '../../model/promise';

export const promiseRepository = recordRepository<PromiseRecord>('promise', PromiseRecordSchema, { summarize: summarizePromises });

import type { DBSchema } from 'idb';
import type { Escalation } from '../model/escalation';
import type { TimelineEvent } from '../model/timeline';
import type { TemperatureReading } from '../model/temperature';
import type { Desk } from '../model/case-ref';
import type { CaseRecord } from '../model/case-record';
import type { PendingNote } from '../model/note';
import type { QuarantineEntry } from '../model/storage';

export const DB_NAME = 'keel';

/** The current schema. Older shapes live only in their migrations. */
export interface KeelDb extends DBSchema {
  escalations: {
    key: string;
    value: Escalation;
    indexes: {
      'by-ticket': [Desk, string, string];
      'by-state': string;
      'by-next-update': string;
      'by-case': string;
    };
  };
  timeline: {
    key: string;
    value: TimelineEvent;
    indexes: { 'by-escalation-time': [string, string] };
  };
  readings: {
    key: string;
    value: TemperatureReading;
    indexes: { 'by-case-time': [string, string] };
  };
  cases: {
    key: string;
    value: CaseRecord;
  };
  /** Derived lists kept in step with their sources; 'active' = escalations needing attention. */
  lists: {
    key: 'active';
    value: Escalation[];
  };
  /** Records that failed their schema on read, set aside (migration 010). */
  quarantine: {
    key: string;
    value: QuarantineEntry;
    indexes: { 'by-store': string };
  };
  /** Internal notes whose desk answer is outstanding (migration 010). */
  note: {
    key: string;
    value: PendingNote;
    indexes: { 'by-case': string };
  };
  /** Small values the worker owns, by name (migration 010): 'settings'. */
  meta: {
    key: string;
    value: unknown;
  };
}

export type StoreName = 'escalations' | 'timeline' | 'readings' | 'cases' | 'lists' | 'quarantine' | 'note' | 'meta';

import type { DBSchema } from 'idb';
import type { Escalation } from '../model/escalation';
import type { TimelineEvent } from '../model/timeline';
import type { TemperatureReading } from '../model/temperature';
import type { Desk } from '../model/case-ref';
import type { CaseRecord } from '../model/case-record';
import type { FactSheet } from '../model/factsheet';
import type { Update } from '../model/update';
import type { CadenceRecord } from '../model/cadence';
import type { PromiseRecord } from '../model/promise';
import type { Draft } from '../model/draft';
import type { Meeting } from '../model/meeting';
import type { PlanItem } from '../model/plan';
import type { Risk } from '../model/risk';
import type { Stakeholder } from '../model/stakeholder';
import type { PromptRecord } from '../model/prompt';
import type { Draft as ReplyDraft } from '../model/reply';
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
      /** Linked escalations (migration 005); escalations in no group are not in it. */
      'by-link-group': string;
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
  /** Cadence: one record per escalation (keyed by the escalation's id), migration 008. */
  cadence: {
    key: string;
    value: CadenceRecord;
    indexes: { 'by-escalation': string };
  };
  /** Promises made to the customer and in sent updates, migration 008. */
  promise: {
    key: string;
    value: PromiseRecord;
    indexes: { 'by-escalation': string };
  };
  /** Derived lists kept in step with their sources; 'active' = escalations needing attention. */
  lists: {
    key: 'active';
    value: Escalation[];
  };
  /** One fact sheet per escalation, keyed by the escalation's id (updates). */
  factsheet: {
    key: string;
    value: FactSheet;
    indexes: { 'by-escalation': string };
  };
  /** Each audience's draft and every update sent (updates). */
  update: {
    key: string;
    value: Update;
    indexes: { 'by-escalation': string };
  };
  // Workspace records (lib/db/records.ts), one store per domain, listed by escalation.
  plan: { key: string; value: PlanItem; indexes: { 'by-escalation': string } };
  stakeholder: { key: string; value: Stakeholder; indexes: { 'by-escalation': string } };
  risk: { key: string; value: Risk; indexes: { 'by-escalation': string } };
  meeting: { key: string; value: Meeting; indexes: { 'by-escalation': string } };
  /** What is typed into the workspace's forms before it is added, by `<caseKey>|<slot>`. */
  draft: { key: string; value: Draft; indexes: { 'by-case': string } };
  /** What the user did with each de-escalation prompt, per escalation (lib/model/prompt.ts). */
  prompt: {
    key: string;
    value: PromptRecord;
    indexes: { 'by-escalation': string };
  };
  /** The composer's reply per ticket, by case key (lib/model/reply.ts). */
  reply: {
    key: string;
    value: ReplyDraft;
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

export type StoreName = 'escalations' | 'timeline' | 'readings' | 'cases' | 'lists' | 'factsheet' | 'update' | 'cadence' | 'promise' | 'plan' | 'stakeholder' | 'risk' | 'meeting' | 'draft' | 'prompt' | 'reply' | 'quarantine' | 'note' | 'meta';

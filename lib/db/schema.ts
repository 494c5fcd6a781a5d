import type { DBSchema } from 'idb';
import type { Escalation } from '../model/escalation';
import type { TimelineEvent } from '../model/timeline';
import type { TemperatureReading } from '../model/temperature';
import type { Desk } from '../model/case-ref';
import type { CaseRecord } from '../model/case-record';
import type { Draft } from '../model/draft';
import type { Meeting } from '../model/meeting';
import type { PlanItem } from '../model/plan';
import type { Risk } from '../model/risk';
import type { Stakeholder } from '../model/stakeholder';

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
  // Workspace records (lib/db/records.ts), one store per domain, listed by escalation.
  plan: { key: string; value: PlanItem; indexes: { 'by-escalation': string } };
  stakeholder: { key: string; value: Stakeholder; indexes: { 'by-escalation': string } };
  risk: { key: string; value: Risk; indexes: { 'by-escalation': string } };
  meeting: { key: string; value: Meeting; indexes: { 'by-escalation': string } };
  /** What is typed into the workspace's forms before it is added, by `<caseKey>|<slot>`. */
  draft: { key: string; value: Draft; indexes: { 'by-case': string } };
}

export type StoreName = 'escalations' | 'timeline' | 'readings' | 'cases' | 'lists' | 'plan' | 'stakeholder' | 'risk' | 'meeting' | 'draft';

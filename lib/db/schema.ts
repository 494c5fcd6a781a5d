import type { DBSchema } from 'idb';
import type { Escalation } from '../model/escalation';
import type { TimelineEvent } from '../model/timeline';
import type { TemperatureReading } from '../model/temperature';
import type { Desk } from '../model/case-ref';
import type { CaseRecord } from '../model/case-record';
import type { PromptRecord } from '../model/prompt';
import type { Draft as ReplyDraft } from '../model/reply';

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
}

export type StoreName = 'escalations' | 'timeline' | 'readings' | 'cases' | 'lists' | 'prompt' | 'reply';

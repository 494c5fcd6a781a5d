/** The engine's input and options (re-exported from `index.ts`). */
import type { FieldChange, SlaTarget } from '../model/snapshot';

export interface ThreadMessage {
  role: 'customer' | 'agent' | 'system';
  text: string;
  /** ISO time; without times the engine scores words and message order only. */
  at?: string | null;
  id?: string | null;
  /** false for internal notes: never customer heat, never a reply the customer saw. */
  public?: boolean;
}

/** A promise made to the customer that fell due unkept (found by Keel's promise ledger, lib/promises). */
export interface BrokenPromise {
  /** The promise's words, as in the agent's message. */
  quote: string;
  /** ISO time it fell due. */
  dueAt: string;
  /** The desk message it was made in, when it was made on the thread. */
  messageId?: string | null;
  /** An answer came after all, late. */
  answered?: boolean;
}

export interface ThreadInput {
  /** Oldest first. */
  messages: ThreadMessage[];
  sla?: SlaTarget[];
  reopenCount?: number | null;
  assigneeChanges?: FieldChange[];
  priorityChanges?: FieldChange[];
  createdAt?: string | null;
  /** Promises to the customer that fell due unkept: each is a reason (the caller judges them; the engine only weighs them). */
  brokenPromises?: BrokenPromise[];
}

/** Score at which each band starts. */
export interface Thresholds {
  warm: number;
  hot: number;
  critical: number;
}

export interface ScoreOptions {
  now: Date;
  thresholds?: Thresholds;
  /** Reply target when no SLA gives one, in minutes (default 480 = 8 h). */
  replyTargetMinutes?: number;
  /** How many reasons to return (default 5). */
  maxReasons?: number;
  /**
   * Multiplies a word family's points, by reason code ("positive": 0 switches it off). For the
   * evaluation's held-out selection (`npm run eval:temperature`); the extension never sets it.
   */
  familyWeights?: Readonly<Record<string, number>>;
}

/** Milliseconds since epoch, or null for a missing or unreadable time. */
export function timeOf(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isNaN(t) ? null : t;
}

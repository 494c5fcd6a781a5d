/**
 * Internal types of the temperature engine. The public contract lives in `index.ts`; the stored
 * shapes (Temperature, Reason, Evidence, Trend) live in `lib/model/temperature.ts`.
 */

import type { FamilyPoints } from './heat';
import type { LanguageCode } from './languages/types';

/** Every signal the per-message reader can raise. */
export type SignalCode =
  | 'legal-threat'
  | 'churn-threat'
  | 'manager-request'
  | 'public-exposure'
  | 'frustration'
  | 'repeat-contact'
  | 'waiting'
  | 'money'
  | 'broken-expectation'
  | 'urgency'
  | 'caps'
  | 'emphasis'
  | 'negative'
  | 'positive'
  | 'gratitude'
  | 'sarcasm'
  | 'plain-question'
  | 'update-chase'
  /** Matches a harmless phrase so its words do not fire ("worst case", "best regards"). */
  | 'neutral';

/** What a negator just before a match does to it. */
export type NegationPolicy =
  /** Fires whatever precedes it ("I don't want to cancel, but…" is still churn). */
  | 'ignore'
  /** A negated match does not fire ("not urgent"). */
  | 'cancel'
  /** A negated match fires as `negative` instead ("not happy"); used for positive words. */
  | 'flip';

/** One word-list entry, written as a small pattern (see `patterns.ts` for the syntax). */
export interface SignalSpec {
  code: SignalCode;
  /** Pattern source, e.g. "take * to court|courts". */
  pattern: string;
  points: number;
  negation?: NegationPolicy;
  /** Multiply by 1.5 when preceded by an intensifier ("really", "so", "absolutely"). */
  intensify?: boolean;
  /** Counts only in a message that is heated by other signals ("love how…" is sarcasm there). */
  contextual?: boolean;
  /**
   * Counts only outside a calm question: in a message that asks something and shows no other heat
   * ("What should be our next step for jobs that run over two hours?") it is description, not grievance.
   */
  softInQuestion?: boolean;
}

/** One signal that fired in one message. */
export interface Hit {
  code: SignalCode;
  points: number;
  /** Offsets into the original message text; `text.slice(start, end)` is the evidence quote. */
  start: number;
  end: number;
}

export type LanguageStatus = 'covered' | 'not-covered' | 'empty';

/** What the reader makes of one message. */
export interface MessageReading {
  hits: Hit[];
  /** Each family's capped points, in the order of its first hit. */
  families: FamilyPoints[];
  /** Sum of heat points after per-family caps (calming signals make it lower, never below -10). */
  heat: number;
  language: LanguageStatus;
  /** The language its words were read in, when covered. */
  languageCode: LanguageCode | null;
  /** Name of the language: the one read, or the one it looks like when not covered ("Polish"). */
  languageName: string | null;
  /** The message was too long to read whole: only its start and end were scored. */
  truncated: boolean;
}

/**
 * What each signal family is worth and how a reason names it. Kept apart from the word lists so
 * that code outside the worker (the trend line in the UI) can name reasons without loading them.
 */
import type { SignalCode } from './types';

export interface Family {
  /** Most points the family can add from one message (least, for calming families). */
  cap: number;
  /** Plain words for a reason line. */
  label: string;
  /** Calming families lower the heat. */
  calming?: boolean;
}

/** Room for every family in per-family scratch buffers (there are 19). */
export const MAX_FAMILIES = 32;

export const FAMILIES: Record<SignalCode, Family> = {
  'legal-threat': { cap: 40, label: 'legal threat' },
  'churn-threat': { cap: 38, label: 'churn threat' },
  'manager-request': { cap: 18, label: 'asks for a manager or to escalate' },
  'public-exposure': { cap: 20, label: 'threatens to go public' },
  frustration: { cap: 26, label: 'frustrated wording' },
  'repeat-contact': { cap: 14, label: 'says they have asked before' },
  waiting: { cap: 16, label: 'says they are waiting or ignored' },
  money: { cap: 14, label: 'money at stake' },
  'broken-expectation': { cap: 12, label: 'reports a problem or a broken promise' },
  urgency: { cap: 10, label: 'says it is urgent' },
  caps: { cap: 12, label: 'writes in capitals' },
  emphasis: { cap: 10, label: 'emphatic punctuation' },
  negative: { cap: 12, label: 'negative tone' },
  sarcasm: { cap: 14, label: 'sarcasm' },
  'update-chase': { cap: 8, label: 'asks for an update' },
  positive: { cap: -8, label: 'positive tone', calming: true },
  gratitude: { cap: -8, label: 'thanks the team', calming: true },
  'plain-question': { cap: -5, label: 'plain question', calming: true },
  neutral: { cap: 0, label: '' },
};

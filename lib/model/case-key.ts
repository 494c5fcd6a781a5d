/**
 * Case keys without zod: safe to import from content scripts, whose bundle must stay small.
 */
import type { CaseRef } from './case-ref';

export type CaseKey = string;

/** Stable string key of a ref, used as the join key across stores. */
export function caseKey(ref: CaseRef): CaseKey {
  return `${ref.desk}:${ref.host}:${ref.ticketId}`;
}

export function sameCase(a: CaseRef | null | undefined, b: CaseRef | null | undefined): boolean {
  return !!a && !!b && a.desk === b.desk && a.host === b.host && a.ticketId === b.ticketId;
}

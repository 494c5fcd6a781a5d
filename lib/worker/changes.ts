/** Telling open surfaces what changed about a case, part by part (see `caseChanged`). */
import { emit } from '../messaging/events';
import type { CasePart } from '../messaging/protocol';
import type { SummaryOutcome } from '../db/records';

export function caseChanged(caseKey: string, parts: readonly CasePart[]): Promise<void> {
  return parts.length ? emit('caseChanged', { caseKey, parts: [...new Set(parts)] }) : Promise.resolve();
}

/**
 * The parts a workspace-record write changed: the domain's own, plus 'escalation' when the write
 * patched the escalation's summary fields (see `recordRepository`'s `summarize`).
 *
 *     const result = await planRepository.add(db, item, clock, entries);
 *     await caseChanged(key, partsAfterWrite(['plan', 'timeline'], result));
 */
export function partsAfterWrite(parts: readonly CasePart[], outcome: SummaryOutcome): CasePart[] {
  return outcome.escalation ? [...parts, 'escalation'] : [...parts];
}

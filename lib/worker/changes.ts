/** Telling open surfaces what changed about a case, part by part (see `caseChanged`). */
import { emit } from '../messaging/emit';
import type { CasePart } from '../messaging/protocol';
import type { SummaryOutcome } from '../db/records';

type ChangeListener = (caseKey: string, parts: readonly CasePart[]) => void;
const listeners: ChangeListener[] = [];

/** Worker code that follows every change (the reminders' alarm and badge); returns a function that stops it. */
export function onCaseChanged(listener: ChangeListener): () => void {
  listeners.push(listener);
  return () => void listeners.splice(listeners.indexOf(listener), 1);
}

export function caseChanged(caseKey: string, parts: readonly CasePart[]): Promise<void> {
  if (!parts.length) return Promise.resolve();
  for (const listener of listeners) listener(caseKey, parts);
  return emit('caseChanged', { caseKey, parts: [...new Set(parts)] });
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

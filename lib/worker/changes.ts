/** Telling open surfaces what changed about a case, part by part (see `caseChanged`). */
import { emit } from '../messaging/events';
import type { CasePart } from '../messaging/protocol';

export function caseChanged(caseKey: string, parts: readonly CasePart[]): Promise<void> {
  return parts.length ? emit('caseChanged', { caseKey, parts: [...new Set(parts)] }) : Promise.resolve();
}

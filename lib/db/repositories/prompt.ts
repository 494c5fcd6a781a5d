/**
 * What the user did with the de-escalation prompts of an escalation: one record per playbook
 * rule (store `prompt`), written with its timeline event in one transaction.
 */
import type { IDBPDatabase } from 'idb';
import type { KeelDb } from '../schema';
import { recordRepository } from '../records';
import type { Clock } from '../../model/clock';
import { PromptRecordSchema, type PromptRecord, type PromptState } from '../../model/prompt';
import { newRecord, type Stamp } from '../../model/record';
import { timelineEntry, type TimelineEntry } from '../../model/timeline';

export const promptRepository = recordRepository('prompt', PromptRecordSchema);

export function listPromptStates(db: IDBPDatabase<KeelDb>, escalationId: string): Promise<PromptRecord[]> {
  return promptRepository.list(db, escalationId);
}

const EVENT = { done: 'prompt.done', dismissed: 'prompt.dismissed', open: 'prompt.restored' } as const;

function entryFor(state: PromptState, title: string): TimelineEntry {
  return timelineEntry(EVENT[state], { prompt: title });
}

/**
 * Records that the prompt `promptId` (shown for the reason `fingerprint`) is done, dismissed, or
 * open again, with its timeline event. Nothing changes (the same state for the same reason):
 * nothing is written.
 */
export async function setPromptState(
  db: IDBPDatabase<KeelDb>,
  input: { escalationId: string; promptId: string; fingerprint: string; state: PromptState; title: string },
  stamp: Stamp,
  clock: Clock,
): Promise<{ record: PromptRecord; changed: boolean }> {
  const title = input.title.slice(0, 200);
  const existing = (await promptRepository.list(db, input.escalationId)).find((r) => r.promptId === input.promptId);
  if (!existing) {
    const record = newRecord<PromptRecord>({ id: clock.id(), escalationId: input.escalationId }, { promptId: input.promptId, fingerprint: input.fingerprint, state: input.state, title }, stamp);
    // Opening a prompt nobody acted on is nothing to record.
    if (input.state === 'open') return { record, changed: false };
    await promptRepository.add(db, record, clock, [entryFor(input.state, title)]);
    return { record, changed: true };
  }
  const { record, changed } = await promptRepository.update(db, existing.id, { fingerprint: input.fingerprint, state: input.state, title }, stamp, clock, (names) =>
    names.includes('state') || names.includes('fingerprint') ? [entryFor(input.state, title)] : [],
  );
  return { record, changed: changed.includes('state') || changed.includes('fingerprint') };
}

import { beforeEach, describe, expect, it } from 'vitest';
import type { IDBPDatabase } from 'idb';
import { openKeelDb } from '../open';
import type { KeelDb } from '../schema';
import { listTimeline } from './timeline';
import { listPromptStates, setPromptState } from './prompt';
import { deleteReplyDraft, getReplyDraft, saveReplyDraft } from './reply';

let ids = 0;
const clock = { now: () => new Date('2026-05-01T10:00:00.000Z'), id: () => `id-${++ids}` };
const stamp = { at: '2026-05-01T10:00:00.000Z', by: 'me' };
const input = { escalationId: 'e1', promptId: 'update-chase', fingerprint: 'update-chase|m2,m9', title: 'Acknowledge the wait' };

describe('prompt states', () => {
  let db: IDBPDatabase<KeelDb>;
  beforeEach(async () => {
    db = await openKeelDb({ name: `prompt-${Math.random()}` });
  });

  it('records dismissed, then done, then shown again, each with its timeline event; the same state again writes nothing', async () => {
    expect((await setPromptState(db, { ...input, state: 'dismissed' }, stamp, clock)).changed).toBe(true);
    expect((await setPromptState(db, { ...input, state: 'dismissed' }, stamp, clock)).changed).toBe(false);
    await setPromptState(db, { ...input, state: 'done' }, stamp, clock);
    await setPromptState(db, { ...input, state: 'open' }, stamp, clock);
    const states = await listPromptStates(db, 'e1');
    expect(states).toHaveLength(1);
    expect(states[0]).toMatchObject({ promptId: 'update-chase', state: 'open', fingerprint: input.fingerprint });
    expect((await listTimeline(db, 'e1')).map((e) => [e.kind, e.facts.prompt])).toEqual([
      ['prompt.dismissed', 'Acknowledge the wait'],
      ['prompt.done', 'Acknowledge the wait'],
      ['prompt.restored', 'Acknowledge the wait'],
    ]);
  });

  it('dismissing it again for a new reason is recorded against the new reason', async () => {
    await setPromptState(db, { ...input, state: 'dismissed' }, stamp, clock);
    expect((await setPromptState(db, { ...input, fingerprint: 'update-chase|m2,m9,m11', state: 'dismissed' }, stamp, clock)).changed).toBe(true);
    expect((await listPromptStates(db, 'e1'))[0]!.fingerprint).toBe('update-chase|m2,m9,m11');
  });

  it('showing again a prompt nobody acted on records nothing', async () => {
    expect((await setPromptState(db, { ...input, state: 'open' }, stamp, clock)).changed).toBe(false);
    expect(await listPromptStates(db, 'e1')).toEqual([]);
    expect(await listTimeline(db, 'e1')).toEqual([]);
  });
});

describe('drafts', () => {
  let db: IDBPDatabase<KeelDb>;
  beforeEach(async () => {
    db = await openKeelDb({ name: `draft-${Math.random()}` });
  });
  const draft = (text: string, rev: number) => ({ caseKey: 'zendesk:a.zendesk.com:7', text, rev, updatedAt: '2026-05-01T10:00:00.000Z' });

  it('keeps the newest save even when an older one arrives later', async () => {
    await saveReplyDraft(db, draft('Hi Marc', 2));
    expect(await saveReplyDraft(db, draft('Hi Mar', 1))).toMatchObject({ saved: false, draft: { text: 'Hi Marc' } });
    await saveReplyDraft(db, draft('Hi Marcus', 3));
    expect(await getReplyDraft(db, 'zendesk:a.zendesk.com:7')).toMatchObject({ text: 'Hi Marcus', rev: 3 });
  });

  it('none before the first save, none after deleting', async () => {
    expect(await getReplyDraft(db, 'zendesk:a.zendesk.com:7')).toBeNull();
    await saveReplyDraft(db, draft('x', 1));
    await deleteReplyDraft(db, 'zendesk:a.zendesk.com:7');
    expect(await getReplyDraft(db, 'zendesk:a.zendesk.com:7')).toBeNull();
  });
});

import { deleteDrafts, listDrafts, saveDraft } from '../../db/repositories/draft';
import type { draft } from '../../messaging/protocol/draft';
import type { DomainHandlers } from '../../messaging/server';
import { caseKey } from '../../model/case-ref';
import { getDb } from '../db';
import type { WorkerDeps } from './deps';

export function draftHandlers(deps: WorkerDeps): DomainHandlers<typeof draft> {
  // A deleted escalation takes the drafts of its ticket with it.
  deps.events.subscribe('escalationDeleted', 'draft', async ({ caseKey: key }) => {
    await deleteDrafts(await getDb(), key);
  });

  return {
    async getDrafts({ ref }) {
      const drafts = await listDrafts(await getDb(), caseKey(ref));
      return { drafts: Object.fromEntries(drafts.map((d) => [d.slot, d.text])) };
    },

    async saveDraft({ ref, slot, text }) {
      await saveDraft(await getDb(), caseKey(ref), slot, text, deps.clock.now().toISOString());
      return { ok: true as const };
    },
  };
}

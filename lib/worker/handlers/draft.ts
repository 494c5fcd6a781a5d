import { deleteDraft, getDraft, saveDraft } from '../../db/repositories/draft';
import type { draft } from '../../messaging/protocol/draft';
import type { DomainHandlers } from '../../messaging/server';
import { caseKey } from '../../model/case-ref';
import { getDb } from '../db';
import { readDraftInTab } from '../reads';
import { tabOf, type WorkerDeps } from './deps';

export function draftHandlers(deps: WorkerDeps): DomainHandlers<typeof draft> {
  // A deleted escalation takes its ticket's draft with it.
  deps.events.subscribe('escalationDeleted', 'draft', async ({ caseKey: key }) => deleteDraft(await getDb(), key));
  return {
    async getDraft({ ref }) {
      return getDraft(await getDb(), caseKey(ref));
    },

    async saveDraft({ ref, text, rev }) {
      const { saved } = await saveDraft(await getDb(), { caseKey: caseKey(ref), text, rev, updatedAt: deps.clock.now().toISOString() });
      return { saved };
    },

    readDeskDraft({ ref, tabId }, sender) {
      return readDraftInTab(tabOf(tabId, sender), ref);
    },
  };
}

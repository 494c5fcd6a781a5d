import { deleteReplyDraft, getReplyDraft, saveReplyDraft } from '../../db/repositories/reply';
import type { reply } from '../../messaging/protocol/reply';
import type { DomainHandlers } from '../../messaging/server';
import { caseKey } from '../../model/case-ref';
import { getDb } from '../db';
import { readDraftInTab } from '../reads';
import { tabOf, type WorkerDeps } from './deps';

export function replyHandlers(deps: WorkerDeps): DomainHandlers<typeof reply> {
  // A deleted escalation takes its ticket's draft with it.
  deps.events.subscribe('escalationDeleted', 'reply', async ({ caseKey: key }) => deleteReplyDraft(await getDb(), key));
  return {
    async getReplyDraft({ ref }) {
      return getReplyDraft(await getDb(), caseKey(ref));
    },

    async saveReplyDraft({ ref, text, rev }) {
      const { saved } = await saveReplyDraft(await getDb(), { caseKey: caseKey(ref), text, rev, updatedAt: deps.clock.now().toISOString() });
      return { saved };
    },

    readDeskDraft({ ref, tabId }, sender) {
      return readDraftInTab(tabOf(tabId, sender), ref);
    },
  };
}

import { findEscalation } from '../../db/repositories/escalation';
import { discardDraft, listUpdates, recordSent, removeUpdates, saveDraft } from '../../db/repositories/update';
import { t } from '../../i18n';
import type { Audience } from '../../model/audience';
import { caseKey, type CaseRef } from '../../model/case-ref';
import type { Escalation } from '../../model/escalation';
import { ME } from '../../model/record';
import type { UpdateBasis, UpdateChannel } from '../../model/update';
import type { update } from '../../messaging/protocol/update';
import type { DomainHandlers } from '../../messaging/server';
import { caseChanged } from '../changes';
import { getDb } from '../db';
import { postInternalNote } from '../reads';
import { OK, type WorkerDeps } from './deps';
import { escalationIn } from '../scoped-reads';

async function escalationOf(ref: CaseRef): Promise<Escalation> {
  const escalation = await findEscalation(await getDb(), ref);
  if (!escalation) throw new Error(t('updateNotEscalated'));
  return escalation;
}

export function updateHandlers(deps: WorkerDeps): DomainHandlers<typeof update> {
  deps.events.subscribe('escalationDeleted', 'update', async ({ escalationId }) => removeUpdates(await getDb(), escalationId));
  const stamp = () => ({ at: deps.clock.now().toISOString(), by: ME });

  /**
   * Store an update as sent, then tell the domains that follow updates (cadence moves the
   * audience's next due time) and wait for them, then the surfaces: the escalation is among the
   * parts, since a subscriber may have moved its summary fields.
   */
  async function sent(ref: CaseRef, escalation: Escalation, input: { audience: Audience; text: string; basis: UpdateBasis; channel: UpdateChannel }) {
    const saved = await recordSent(await getDb(), { escalationId: escalation.id, ...input }, stamp(), deps.clock);
    await deps.events.publish('updateSent', { escalationId: escalation.id, audience: input.audience, at: saved.sentAt ?? saved.created.at, text: input.text });
    await caseChanged(caseKey(ref), ['update', 'timeline', 'escalation']);
    return saved;
  }

  return {
    async getUpdates({ ref }, _sender, scope) {
      const escalation = await escalationIn(scope, await getDb(), ref);
      return escalation ? listUpdates(await getDb(), escalation.id) : { drafts: [], sent: [] };
    },

    async saveUpdateDraft({ ref, audience, text, basis, rebuilt }) {
      const escalation = await escalationOf(ref);
      const saved = await saveDraft(await getDb(), { escalationId: escalation.id, audience, text, basis, rebuilt }, stamp(), deps.clock);
      await caseChanged(caseKey(ref), ['update']);
      return saved;
    },

    async discardUpdateDraft({ ref, audience }) {
      const escalation = await escalationOf(ref);
      await discardDraft(await getDb(), escalation.id, audience);
      await caseChanged(caseKey(ref), ['update']);
      return OK;
    },

    async recordUpdateSent({ ref, audience, text, basis, channel }) {
      return sent(ref, await escalationOf(ref), { audience, text, basis, channel });
    },

    async postUpdateAsNote({ ref, tabId, audience, text, noteText, basis }, sender) {
      const escalation = await escalationOf(ref);
      const note = await postInternalNote(tabId ?? sender.tabId, ref, noteText, deps.clock, { noteEvent: false });
      if (!note.ok) return { note, update: null };
      return { note, update: await sent(ref, escalation, { audience, text, basis, channel: 'internal-note' }) };
    },
  };
}

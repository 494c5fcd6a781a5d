import { stakeholderRepository } from '../../db/repositories/stakeholder';
import type { stakeholder } from '../../messaging/protocol/stakeholder';
import type { DomainHandlers } from '../../messaging/server';
import { newRecord } from '../../model/record';
import { suggestStakeholders, type Stakeholder } from '../../model/stakeholder';
import { timelineEntry, type TimelineEntry } from '../../model/timeline';
import { getDb } from '../db';
import { announce, myStamp, requireEscalation } from '../workspace';
import { promptActions } from '../prompt-actions';
import type { WorkerDeps } from './deps';
import { caseRecordIn, escalationIn } from '../scoped-reads';

/** A new role is news on the timeline; retyping a name or a contact is not. */
export function describeStakeholderChange(changed: readonly string[], before: Stakeholder, after: Stakeholder): TimelineEntry[] {
  return changed.includes('role') ? [timelineEntry('stakeholder.role-changed', { name: after.name || before.name, from: before.role, to: after.role })] : [];
}

export function stakeholderHandlers(deps: WorkerDeps): DomainHandlers<typeof stakeholder> {
  // A prompt's one click ("bring in the account owner"): the role added, its name to be filled in.
  (deps.promptActions ?? promptActions).register('addStakeholder', 'stakeholder', async (action, { escalation }) => {
    const db = await getDb();
    const fields = { name: '', role: action.role, organisation: '', contact: '', raci: null };
    const record = newRecord<Stakeholder>({ id: deps.clock.id(), escalationId: escalation.id }, fields, myStamp(deps.clock));
    await stakeholderRepository.add(db, record, deps.clock, [timelineEntry('stakeholder.added', { name: '', role: action.role })]);
    return ['stakeholder', 'timeline'];
  });
  return {
    async getStakeholders({ ref }, _sender, scope) {
      const db = await getDb();
      const escalation = await escalationIn(scope, db, ref);
      if (!escalation) return { stakeholders: [], suggestions: [] };
      const [stakeholders, record] = await Promise.all([stakeholderRepository.list(db, escalation.id), caseRecordIn(scope, db, escalation.caseKey)]);
      return { stakeholders, suggestions: suggestStakeholders(record?.snapshot ?? null, escalation.desk, stakeholders) };
    },

    async addStakeholder({ ref, role, name, organisation, contact, raci }) {
      const db = await getDb();
      const escalation = await requireEscalation(db, ref);
      const fields = { name: (name ?? '').trim(), role, organisation: organisation ?? '', contact: contact ?? '', raci: raci ?? null };
      const record = newRecord<Stakeholder>({ id: deps.clock.id(), escalationId: escalation.id }, fields, myStamp(deps.clock));
      const result = await stakeholderRepository.add(db, record, deps.clock, [timelineEntry('stakeholder.added', { name: fields.name, role })]);
      await announce(db, escalation, ['stakeholder', 'timeline'], result);
      return { stakeholder: result.record };
    },

    async updateStakeholder({ id, patch }) {
      const db = await getDb();
      const result = await stakeholderRepository.update(db, id, patch, myStamp(deps.clock), deps.clock, describeStakeholderChange);
      if (result.changed.length > 0) await announce(db, result.record.escalationId, result.changed.includes('role') ? ['stakeholder', 'timeline'] : ['stakeholder'], result);
      return { stakeholder: result.record };
    },

    async removeStakeholder({ id }) {
      const db = await getDb();
      const before = await stakeholderRepository.get(db, id);
      if (!before) return { removed: false };
      const result = await stakeholderRepository.remove(db, id, {
        clock: deps.clock,
        stamp: myStamp(deps.clock),
        describe: (removed) => [timelineEntry('stakeholder.removed', { name: removed.name, role: removed.role })],
      });
      await announce(db, before.escalationId, ['stakeholder', 'timeline'], result);
      return { removed: result.removed !== undefined };
    },
  };
}

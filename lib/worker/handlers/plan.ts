import { deleteWorkspaceOf, planRepository } from '../../db/repositories/plan';
import type { plan } from '../../messaging/protocol/plan';
import type { DomainHandlers } from '../../messaging/server';
import { newRecord, recordView } from '../../model/record';
import type { PlanItem } from '../../model/plan';
import { timelineEntry, type TimelineEntry } from '../../model/timeline';
import { getDb } from '../db';
import { announce, myStamp, requireEscalation } from '../workspace';
import type { WorkerDeps } from './deps';
import { escalationIn } from '../scoped-reads';

/** The timeline entries of a change to a plan record: status and due time are news; retyping a title is not. */
export function describePlanChange(changed: readonly string[], before: PlanItem, after: PlanItem): TimelineEntry[] {
  const title = after.title || before.title;
  const entries: TimelineEntry[] = [];
  if (changed.includes('status')) {
    entries.push(
      after.kind === 'item'
        ? timelineEntry('plan.item-status-changed', { title, from: before.status, to: after.status })
        : timelineEntry('plan.objective-status-changed', { title, from: before.status, to: after.status }),
    );
  }
  if (changed.includes('dueAt') && after.kind === 'item') entries.push(timelineEntry('plan.item-due-changed', { title, due: after.dueAt }));
  return entries;
}

export function planHandlers(deps: WorkerDeps): DomainHandlers<typeof plan> {
  // Plan, stakeholders, risks and meetings go with their escalation.
  deps.events.subscribe('escalationDeleted', 'plan', async ({ escalationId }) => {
    await deleteWorkspaceOf(await getDb(), escalationId);
  });

  return {
    async getPlan({ ref }, _sender, scope) {
      const db = await getDb();
      const escalation = await escalationIn(scope, db, ref);
      return { items: escalation ? (await planRepository.list(db, escalation.id)).map(recordView) : [] };
    },

    async addPlanItem({ ref, kind, fields }) {
      const db = await getDb();
      const escalation = await requireEscalation(db, ref);
      const title = fields.title.trim();
      const record = newRecord<PlanItem>(
        { id: deps.clock.id(), escalationId: escalation.id },
        {
          kind,
          title,
          ownerPerson: fields.ownerPerson ?? '',
          ownerTeam: fields.ownerTeam ?? '',
          dueAt: fields.dueAt ?? null,
          status: fields.status ?? 'open',
          deliverable: fields.deliverable ?? '',
          meetingId: null,
        },
        myStamp(deps.clock),
      );
      const entry = kind === 'item' ? timelineEntry('plan.item-added', { title }) : timelineEntry('plan.objective-added', { title });
      const result = await planRepository.add(db, record, deps.clock, [entry]);
      await announce(db, escalation, ['plan', 'timeline'], result);
      return { item: result.record };
    },

    async updatePlanItem({ id, patch }) {
      const db = await getDb();
      const result = await planRepository.update(db, id, patch, myStamp(deps.clock), deps.clock, describePlanChange);
      if (result.changed.length > 0) {
        const timeline = result.changed.some((f) => f === 'status' || f === 'dueAt');
        await announce(db, result.record.escalationId, timeline ? ['plan', 'timeline'] : ['plan'], result);
      }
      return { item: result.record };
    },

    async removePlanItem({ id }) {
      const db = await getDb();
      const before = await planRepository.get(db, id);
      if (!before) return { removed: false };
      const result = await planRepository.remove(db, id, {
        clock: deps.clock,
        stamp: myStamp(deps.clock),
        describe: (removed) => [removed.kind === 'item' ? timelineEntry('plan.item-removed', { title: removed.title }) : timelineEntry('plan.objective-removed', { title: removed.title })],
      });
      await announce(db, before.escalationId, ['plan', 'timeline'], result);
      return { removed: result.removed !== undefined };
    },
  };
}

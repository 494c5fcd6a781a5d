import { cadenceRepository, escalationOfCase } from '../../db/repositories/cadence';
import { findEscalation } from '../../db/repositories/escalation';
import { promiseRepository } from '../../db/repositories/promise';
import { t } from '../../i18n';
import { AUDIENCES } from '../../model/audience';
import { DEFAULT_HOURS, intervalOf, newCadenceFields } from '../../model/cadence';
import type { CaseRef } from '../../model/case-ref';
import { ME } from '../../model/record';
import type { cadence } from '../../messaging/protocol/cadence';
import type { DomainHandlers } from '../../messaging/server';
import { getSettings } from '../../settings/storage';
import * as worker from '../cadence';
import { getDb } from '../db';
import * as promises from '../promise';
import { promptActions } from '../prompt-actions';
import { OK, type WorkerDeps } from './deps';
import { escalationIn } from '../scoped-reads';

async function escalated(ref: CaseRef) {
  const escalation = await findEscalation(await getDb(), ref);
  if (!escalation) throw new Error(t('cadenceNotEscalated'));
  return escalation;
}

/**
 * Cadence: the handlers, and the domain events it follows (severity changes, updates sent,
 * stored reads, deleted escalations). Subscribed once, when the worker starts.
 */
export function cadenceHandlers(deps: WorkerDeps): DomainHandlers<typeof cadence> {
  const { clock, events } = deps;
  events.subscribe('severityChanged', 'cadence', async ({ escalationId, from, to }) => worker.severityChanged(await getDb(), escalationId, from, to, clock));
  events.subscribe('updateSent', 'cadence', async ({ escalationId, audience, at }) => worker.updateSentTo(await getDb(), escalationId, audience, at, clock));
  events.subscribe('snapshotIngested', 'cadence', async ({ caseKey }) => {
    const db = await getDb();
    const escalation = await escalationOfCase(db, caseKey);
    if (escalation) await worker.snapshotIngested(db, caseKey, escalation, clock);
  });
  // A prompt's one click ("update them every hour"): the audience's own interval.
  (deps.promptActions ?? promptActions).register('setCadence', 'cadence', async (action, { escalation }) => {
    await worker.setRule(await getDb(), escalation.id, action.audience, { every: action.everyMinutes }, { at: clock.now().toISOString(), by: ME }, clock);
    return ['cadence', 'timeline', 'escalation'];
  });
  events.subscribe('escalationDeleted', 'cadence', async ({ escalationId }) => {
    await cadenceRepository.remove(await getDb(), escalationId);
  });

  return {
    async getCadence({ ref }, _sender, scope) {
      const db = await getDb();
      const escalation = await escalationIn(scope, db, ref);
      const record = escalation ? ((await cadenceRepository.get(db, escalation.id)) ?? null) : null;
      const settings = (await getSettings()).cadence;
      const context = { severity: escalation?.severity ?? null, settings, userTimeZone: worker.userTimeZone() };
      // Before the escalation has a cadence, what it would follow: every audience by its severity.
      const shown = record ?? newCadenceFields(clock.now().toISOString(), context);
      const intervals = Object.fromEntries(AUDIENCES.map((a) => [a, intervalOf(shown[a], a, context)]));
      return { escalationId: escalation?.id ?? null, record, intervals: intervals as Record<(typeof AUDIENCES)[number], number | null>, defaultHours: settings?.hours ?? DEFAULT_HOURS, userTimeZone: context.userTimeZone };
    },

    async setCadence({ ref, audience, everyMinutes, businessHours }) {
      const escalation = await escalated(ref);
      return worker.setRule(await getDb(), escalation.id, audience, { every: everyMinutes, businessHours }, { at: clock.now().toISOString(), by: ME }, clock);
    },

    async setCustomerHours({ ref, timeZone, hours }) {
      const escalation = await escalated(ref);
      return worker.setHours(await getDb(), escalation.id, timeZone, hours, { at: clock.now().toISOString(), by: ME }, clock);
    },

    async markUpdateSent({ ref, audience }) {
      const escalation = await escalated(ref);
      const at = clock.now().toISOString();
      // The same path as an update sent through Keel: cadence moves, promises it answers are kept.
      await worker.updateSentTo(await getDb(), escalation.id, audience, at, clock, ME, [{ kind: 'cadence.marked-sent', facts: { audience } }]);
      await promises.updateSent(await getDb(), escalation.id, audience, at, '', clock);
      return OK;
    },

    async snoozeReminder({ ref, target, minutes, reason }) {
      const escalation = await escalated(ref);
      const db = await getDb();
      const stamp = { at: clock.now().toISOString(), by: ME };
      const until = new Date(clock.now().getTime() + minutes * 60_000).toISOString();
      if (target.kind === 'update') await worker.snoozeAudience(db, escalation.id, target.audience, until, reason, stamp, clock);
      else {
        const p = await promiseRepository.get(db, target.id);
        if (!p || p.escalationId !== escalation.id) throw new Error(t('storageNoRecord', { id: target.id }));
        await promises.snoozePromise(db, target.id, until, reason, stamp, clock);
      }
      return OK;
    },
  };
}

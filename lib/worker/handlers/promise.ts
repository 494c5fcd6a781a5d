import { escalationOfCase } from '../../db/repositories/cadence';
import { findEscalation } from '../../db/repositories/escalation';
import { promiseRepository } from '../../db/repositories/promise';
import { t } from '../../i18n';
import { ME } from '../../model/record';
import type { promise } from '../../messaging/protocol/promise';
import type { DomainHandlers } from '../../messaging/server';
import { getDb } from '../db';
import * as worker from '../promise';
import { promptActions } from '../prompt-actions';
import type { WorkerDeps } from './deps';
import { escalationIn, promisesIn } from '../scoped-reads';

/** Promises: the handlers, and the domain events they follow (updates sent, stored reads, deleted escalations). */
export function promiseHandlers(deps: WorkerDeps): DomainHandlers<typeof promise> {
  const { clock, events } = deps;
  events.subscribe('updateSent', 'promise', async ({ escalationId, audience, at, text }) => worker.updateSent(await getDb(), escalationId, audience, at, text, clock));
  events.subscribe('snapshotIngested', 'promise', async ({ caseKey }) => {
    const db = await getDb();
    const escalation = await escalationOfCase(db, caseKey);
    if (escalation) await worker.snapshotIngested(db, caseKey, escalation, clock);
  });
  // A prompt's one click ("and keep it"): the promise recorded with its time.
  (deps.promptActions ?? promptActions).register('addPromise', 'promise', async (action, { escalation }) => {
    await worker.addPromise(await getDb(), escalation.id, action.text, action.dueAt, { at: clock.now().toISOString(), by: ME }, clock);
    return ['promise', 'timeline', 'escalation'];
  });
  events.subscribe('escalationDeleted', 'promise', async ({ escalationId }) => {
    const db = await getDb();
    for (const p of await promiseRepository.list(db, escalationId)) await promiseRepository.remove(db, p.id);
  });

  return {
    async getPromises({ ref }, _sender, scope) {
      const db = await getDb();
      const escalation = await escalationIn(scope, db, ref);
      if (!escalation) return { escalationId: null, promises: [] };
      const list = await promisesIn(scope, db, escalation.id);
      // Newest first; the section orders them by what needs the user.
      return { escalationId: escalation.id, promises: [...list].sort((a, b) => b.madeAt.localeCompare(a.madeAt)) };
    },

    async addPromise({ ref, text, dueAt }) {
      const escalation = await findEscalation(await getDb(), ref);
      if (!escalation) throw new Error(t('cadenceNotEscalated'));
      return worker.addPromise(await getDb(), escalation.id, text, dueAt, { at: clock.now().toISOString(), by: ME }, clock);
    },

    async updatePromise({ id, patch }) {
      return worker.changePromise(await getDb(), id, patch, { at: clock.now().toISOString(), by: ME }, clock);
    },
  };
}

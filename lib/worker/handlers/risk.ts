import { riskRepository } from '../../db/repositories/risk';
import type { risk } from '../../messaging/protocol/risk';
import type { DomainHandlers } from '../../messaging/server';
import { newRecord } from '../../model/record';
import type { Risk } from '../../model/risk';
import { timelineEntry, type TimelineEntry } from '../../model/timeline';
import { getDb } from '../db';
import { announce, myStamp, requireEscalation } from '../workspace';
import type { WorkerDeps } from './deps';
import { escalationIn } from '../scoped-reads';

/** A new rating, a risk closed or reopened are news on the timeline; retyping the text is not. */
export function describeRiskChange(changed: readonly string[], before: Risk, after: Risk): TimelineEntry[] {
  const text = after.risk || before.risk;
  const entries: TimelineEntry[] = [];
  if (changed.includes('likelihood') || changed.includes('impact')) entries.push(timelineEntry('risk.rating-changed', { risk: text, likelihood: after.likelihood, impact: after.impact }));
  if (changed.includes('status')) entries.push(after.status === 'closed' ? timelineEntry('risk.closed', { risk: text }) : timelineEntry('risk.reopened', { risk: text }));
  return entries;
}

export function riskHandlers(deps: WorkerDeps): DomainHandlers<typeof risk> {
  return {
    async getRisks({ ref }, _sender, scope) {
      const db = await getDb();
      const escalation = await escalationIn(scope, db, ref);
      return { risks: escalation ? await riskRepository.list(db, escalation.id) : [] };
    },

    async addRisk({ ref, fields }) {
      const db = await getDb();
      const escalation = await requireEscalation(db, ref);
      const text = fields.risk.trim();
      const record = newRecord<Risk>(
        { id: deps.clock.id(), escalationId: escalation.id },
        {
          risk: text,
          likelihood: fields.likelihood ?? 'medium',
          impact: fields.impact ?? 'medium',
          mitigation: fields.mitigation ?? '',
          contingency: fields.contingency ?? '',
          owner: fields.owner ?? '',
          status: fields.status ?? 'open',
        },
        myStamp(deps.clock),
      );
      const result = await riskRepository.add(db, record, deps.clock, [timelineEntry('risk.added', { risk: text })]);
      await announce(db, escalation, ['risk', 'timeline'], result);
      return { risk: result.record };
    },

    async updateRisk({ id, patch }) {
      const db = await getDb();
      const result = await riskRepository.update(db, id, patch, myStamp(deps.clock), deps.clock, describeRiskChange);
      if (result.changed.length > 0) {
        const news = result.changed.some((f) => f === 'likelihood' || f === 'impact' || f === 'status');
        await announce(db, result.record.escalationId, news ? ['risk', 'timeline'] : ['risk'], result);
      }
      return { risk: result.record };
    },

    async removeRisk({ id }) {
      const db = await getDb();
      const before = await riskRepository.get(db, id);
      if (!before) return { removed: false };
      const result = await riskRepository.remove(db, id, { clock: deps.clock, stamp: myStamp(deps.clock), describe: (removed) => [timelineEntry('risk.removed', { risk: removed.risk })] });
      await announce(db, before.escalationId, ['risk', 'timeline'], result);
      return { removed: result.removed !== undefined };
    },
  };
}

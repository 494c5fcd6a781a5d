import { findEscalation } from '../../db/repositories/escalation';
import { getFactSheet, removeFactSheets, saveFactSheet } from '../../db/repositories/factsheet';
import { t } from '../../i18n';
import { caseKey, type CaseRef } from '../../model/case-ref';
import type { Escalation } from '../../model/escalation';
import { factSheetPrefill, type FactSheetFields } from '../../model/factsheet';
import { ME } from '../../model/record';
import type { factsheet } from '../../messaging/protocol/factsheet';
import type { DomainHandlers } from '../../messaging/server';
import { caseChanged } from '../changes';
import { getDb } from '../db';
import type { WorkerDeps } from './deps';
import { caseRecordIn, escalationIn } from '../scoped-reads';
import type { RequestScope } from '../../messaging/server';

/** What a new fact sheet starts with: the desk's subject as last read, the cadence's next due time. */
async function prefillFor(escalation: Escalation, scope: RequestScope | undefined): Promise<FactSheetFields> {
  const record = await caseRecordIn(scope, await getDb(), escalation.caseKey);
  const snapshot = record?.snapshot;
  const subject = snapshot && !snapshot.unknown?.includes('subject') ? snapshot.subject : null;
  return factSheetPrefill({ subject, title: escalation.title, nextUpdateDueAt: escalation.nextUpdateDueAt });
}

async function escalationOf(ref: CaseRef): Promise<Escalation> {
  const escalation = await findEscalation(await getDb(), ref);
  if (!escalation) throw new Error(t('factsheetNotEscalated'));
  return escalation;
}

export function factsheetHandlers(deps: WorkerDeps): DomainHandlers<typeof factsheet> {
  deps.events.subscribe('escalationDeleted', 'factsheet', async ({ escalationId }) => removeFactSheets(await getDb(), escalationId));
  return {
    async getFactSheet({ ref }, _sender, scope) {
      const escalation = await escalationIn(scope, await getDb(), ref);
      if (!escalation) return { escalationId: null, factSheet: null, prefill: null };
      const stored = await getFactSheet(await getDb(), escalation.id);
      return { escalationId: escalation.id, factSheet: stored ?? null, prefill: stored ? null : await prefillFor(escalation, scope) };
    },

    async saveFactSheet({ ref, patch }, _sender, scope) {
      const escalation = await escalationOf(ref);
      const stamp = { at: deps.clock.now().toISOString(), by: ME };
      const saved = await saveFactSheet(await getDb(), escalation.id, await prefillFor(escalation, scope), patch, stamp, deps.clock);
      await caseChanged(caseKey(ref), ['factsheet']);
      return saved;
    },
  };
}

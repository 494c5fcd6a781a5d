import { markSeen } from '../../db/repositories/cases';
import { listReadings } from '../../db/repositories/temperature';
import { caseKey } from '../../model/case-ref';
import type { temperature } from '../../messaging/protocol/temperature';
import type { DomainHandlers } from '../../messaging/server';
import { getDb } from '../db';
import { quietWrite } from '../../db/write-versions';
import { readCache } from '../read-cache';
import { OK, type WorkerDeps } from './deps';
import { caseRecordIn } from '../scoped-reads';

export function temperatureHandlers(deps: WorkerDeps): DomainHandlers<typeof temperature> {
  return {
    async getTemperature({ ref }, _sender, scope) {
      const db = await getDb();
      const key = caseKey(ref);
      const [readings, record] = await Promise.all([listReadings(db, key), caseRecordIn(scope, db, key)]);
      const messages = record?.snapshot?.messages ?? [];
      // Only the messages the latest reading quotes travel: a long thread stays in the worker.
      const quotedIds = new Set((readings.at(-1)?.reasons ?? []).flatMap((r) => r.evidence.map((e) => e.messageId)).filter((id): id is string => id !== null));
      return {
        readings,
        quoted: messages.filter((m) => quotedIds.has(m.id)),
        customerMessageTimes: messages.filter((m) => m.authorRole === 'customer').map((m) => m.at),
        lastSeen: record?.seen ?? null,
      };
    },

    async markSeen({ ref, readingId }) {
      const db = await getDb();
      // Each side panel opening records a look: that write changes only the case's `lastSeen`, so
      // instead of dropping every case's kept reads (../read-cache.ts) it updates the one it changes.
      const key = caseKey(ref);
      let seen: Awaited<ReturnType<typeof markSeen>>;
      try {
        seen = await quietWrite(() => markSeen(db, ref, readingId, deps.clock.now()));
      } finally {
        readCache.revise(key, 'getTemperature', (view) => (seen ? { ...(view as object), lastSeen: seen } : undefined));
      }
      return OK;
    },
  };
}

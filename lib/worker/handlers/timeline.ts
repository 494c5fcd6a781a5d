import { findEscalation } from '../../db/repositories/escalation';
import { listTimeline } from '../../db/repositories/timeline';
import type { timeline } from '../../messaging/protocol/timeline';
import type { DomainHandlers } from '../../messaging/server';
import { getDb } from '../db';

export function timelineHandlers(): DomainHandlers<typeof timeline> {
  return {
    async getTimeline({ ref, limit }) {
      const db = await getDb();
      const escalation = await findEscalation(db, ref);
      return { events: escalation ? await listTimeline(db, escalation.id, limit) : [] };
    },
  };
}

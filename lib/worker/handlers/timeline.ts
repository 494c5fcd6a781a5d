import { getEscalation } from '../../db/repositories/escalation';
import { listReadings } from '../../db/repositories/temperature';
import { appendTimeline, listTimeline, removeTimelineNote } from '../../db/repositories/timeline';
import type { timeline } from '../../messaging/protocol/timeline';
import type { DomainHandlers } from '../../messaging/server';
import { ME } from '../../model/record';
import { bandEvents, deskEvents, mergeTimeline } from '../../model/timeline-merge';
import { caseChanged } from '../changes';
import { getDb } from '../db';
import { requireEscalation } from '../workspace';
import type { WorkerDeps } from './deps';
import { caseRecordIn, escalationIn } from '../scoped-reads';

export function timelineHandlers(deps: WorkerDeps): DomainHandlers<typeof timeline> {
  return {
    async getTimeline({ ref, limit }, _sender, scope) {
      const db = await getDb();
      const escalation = await escalationIn(scope, db, ref);
      if (!escalation) return { events: [], more: false, ticket: null };
      // One more than asked from each source says whether older ones were left out.
      const [stored, record, readings] = await Promise.all([listTimeline(db, escalation.id, limit + 1), caseRecordIn(scope, db, escalation.caseKey), listReadings(db, escalation.caseKey, limit + 1)]);
      const desk = deskEvents(record?.snapshot ?? null, escalation.id, limit + 1);
      // Both lists are oldest first: the extra one is the oldest.
      const merged = mergeTimeline(stored.slice(stored.length > limit ? 1 : 0), desk.slice(desk.length > limit ? 1 : 0), bandEvents(readings, escalation.id));
      // The newest `limit` of them all: the panel shows that many, and a busy ticket's notes and
      // messages together were twice as many, read, checked and sent for nothing.
      const events = merged.slice(Math.max(0, merged.length - limit));
      const more = stored.length > limit || desk.length > limit || events.length < merged.length;
      return { events, more, ticket: { desk: escalation.desk, ticketId: escalation.ticketId, ticketNumber: escalation.ticketNumber ?? null } };
    },

    async addTimelineNote({ ref, text }) {
      const db = await getDb();
      const escalation = await requireEscalation(db, ref);
      const event = await appendTimeline(db, escalation.id, 'timeline.note', { text: text.trim() }, deps.clock, ME);
      await caseChanged(escalation.caseKey, ['timeline']);
      return { event };
    },

    async removeTimelineNote({ id }) {
      const db = await getDb();
      const removed = await removeTimelineNote(db, id);
      if (!removed) return { removed: false };
      const escalation = await getEscalation(db, removed.escalationId);
      if (escalation) await caseChanged(escalation.caseKey, ['timeline']);
      return { removed: true };
    },
  };
}

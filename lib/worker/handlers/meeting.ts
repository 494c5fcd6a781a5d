import { StorageError } from '../../db/errors';
import { meetingRepository } from '../../db/repositories/meeting';
import { planRepository } from '../../db/repositories/plan';
import { t } from '../../i18n';
import type { meeting } from '../../messaging/protocol/meeting';
import type { DomainHandlers } from '../../messaging/server';
import type { Meeting } from '../../model/meeting';
import { actionTitleFromLine, type PlanItem } from '../../model/plan';
import { newRecord } from '../../model/record';
import { timelineEntry, type TimelineEntry } from '../../model/timeline';
import { getDb } from '../db';
import { announce, myStamp, requireEscalation } from '../workspace';
import type { WorkerDeps } from './deps';
import { escalationIn } from '../scoped-reads';

/** Moving the call (its first time or its cadence) is news on the timeline; its link is not. */
export function describeCallChange(changed: readonly string[], _before: Meeting, after: Meeting): TimelineEntry[] {
  return changed.includes('at') || changed.includes('everyMinutes')
    ? [timelineEntry('meeting.call-scheduled', { every: after.everyMinutes === null ? null : String(after.everyMinutes), first: after.at })]
    : [];
}

/** Newest first. */
const byTimeDesc = (a: Meeting, b: Meeting) => (b.at ?? b.created.at).localeCompare(a.at ?? a.created.at) || b.id.localeCompare(a.id);

export function meetingHandlers(deps: WorkerDeps): DomainHandlers<typeof meeting> {
  return {
    async getMeetings({ ref }, _sender, scope) {
      const db = await getDb();
      const escalation = await escalationIn(scope, db, ref);
      if (!escalation) return { call: null, meetings: [] };
      const all = await meetingRepository.list(db, escalation.id);
      return { call: all.find((m) => m.kind === 'call') ?? null, meetings: all.filter((m) => m.kind === 'meeting').sort(byTimeDesc) };
    },

    async setMeetingCall({ ref, call }) {
      const db = await getDb();
      const escalation = await requireEscalation(db, ref);
      // One call per escalation: its id says so, so two saves racing cannot make two.
      const callId = `call-${escalation.id}`;
      const existing = await meetingRepository.get(db, callId);
      const stamp = myStamp(deps.clock);
      if (call === null) {
        if (!existing) return { call: null };
        const result = await meetingRepository.remove(db, callId, { clock: deps.clock, stamp, describe: () => [timelineEntry('meeting.call-cancelled', {})] });
        await announce(db, escalation, ['meeting', 'timeline'], result);
        return { call: null };
      }
      if (!existing) {
        const fields = { kind: 'call' as const, title: '', at: call.at ?? null, everyMinutes: call.everyMinutes ?? null, link: call.link ?? '', notes: '' };
        const record = newRecord<Meeting>({ id: callId, escalationId: escalation.id }, fields, stamp);
        const scheduled = fields.at !== null || fields.everyMinutes !== null;
        const entries = scheduled ? [timelineEntry('meeting.call-scheduled', { every: fields.everyMinutes === null ? null : String(fields.everyMinutes), first: fields.at })] : [];
        const added = await meetingRepository.add(db, record, deps.clock, entries).catch((error: unknown) => {
          // Another save made the call meanwhile: this one is a change to it.
          if (error instanceof StorageError && error.code === 'constraint') return null;
          throw error;
        });
        if (added) {
          await announce(db, escalation, scheduled ? ['meeting', 'timeline'] : ['meeting'], added);
          return { call: added.record };
        }
      }
      const result = await meetingRepository.update(db, callId, call, stamp, deps.clock, describeCallChange);
      if (result.changed.length > 0) await announce(db, escalation, result.changed.some((f) => f === 'at' || f === 'everyMinutes') ? ['meeting', 'timeline'] : ['meeting'], result);
      return { call: result.record };
    },

    async addMeeting({ ref, title }) {
      const db = await getDb();
      const escalation = await requireEscalation(db, ref);
      const at = deps.clock.now().toISOString();
      const record = newRecord<Meeting>({ id: deps.clock.id(), escalationId: escalation.id }, { kind: 'meeting', title: title ?? '', at, everyMinutes: null, link: '', notes: '' }, myStamp(deps.clock));
      const result = await meetingRepository.add(db, record, deps.clock, [timelineEntry('meeting.held', { at })]);
      await announce(db, escalation, ['meeting', 'timeline'], result);
      return { meeting: result.record };
    },

    async updateMeeting({ id, patch }) {
      const db = await getDb();
      const result = await meetingRepository.update(db, id, patch, myStamp(deps.clock), deps.clock);
      if (result.changed.length > 0) await announce(db, result.record.escalationId, ['meeting'], result);
      return { meeting: result.record };
    },

    async removeMeeting({ id }) {
      const db = await getDb();
      const result = await meetingRepository.remove(db, id);
      if (result.removed) await announce(db, result.removed.escalationId, ['meeting'], result);
      return { removed: result.removed !== undefined };
    },

    async convertMeetingNote({ meetingId, line }) {
      const db = await getDb();
      const source = await meetingRepository.get(db, meetingId);
      if (!source || source.kind !== 'meeting') throw new Error(t('meetingGone'));
      const title = actionTitleFromLine(line);
      if (!title) throw new Error(t('meetingLineEmpty'));
      const record = newRecord<PlanItem>(
        { id: deps.clock.id(), escalationId: source.escalationId },
        { kind: 'item', title, ownerPerson: '', ownerTeam: '', dueAt: null, status: 'open', deliverable: '', meetingId },
        myStamp(deps.clock),
      );
      const result = await planRepository.add(db, record, deps.clock, [timelineEntry('plan.item-from-meeting', { title })]);
      await announce(db, source.escalationId, ['plan', 'timeline'], result);
      return { item: result.record };
    },
  };
}

/** Meeting: the recurring escalation call, the meetings held and their notes; a note line becomes a plan item. */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { MeetingSchema } from '../../model/meeting';
import { PlanItemSchema } from '../../model/plan';
import { IsoTimeSchema, patchOf } from '../../model/record';
import { domain } from './define';

export const meeting = domain({
  part: 'meeting',
  messages: {
    /** The escalation's call (null when none is set) and its meetings, newest first. */
    getMeetings: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ call: z.nullable(MeetingSchema), meetings: z.array(MeetingSchema) }),
    },
    /** Sets the recurring call (first time, cadence, where to join), or removes it (`call: null`). */
    setMeetingCall: {
      from: ['extension'],
      request: () => z.object({
        ref: CaseRefSchema,
        call: z.nullable(z.partial(z.extend(z.pick(MeetingSchema, { everyMinutes: true, link: true }), { at: z.nullable(IsoTimeSchema) }))),
      }),
      response: () => z.object({ call: z.nullable(MeetingSchema) }),
    },
    /** Starts the notes of a meeting held now. */
    addMeeting: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, title: z.optional(z.string().check(z.maxLength(200))) }),
      response: () => z.object({ meeting: MeetingSchema }),
    },
    updateMeeting: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)), patch: patchOf(z.pick(MeetingSchema, { title: true, notes: true, at: true })) }),
      response: () => z.object({ meeting: MeetingSchema }),
    },
    removeMeeting: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)) }),
      response: () => z.object({ removed: z.boolean() }),
    },
    /** Turns one line of a meeting's notes into an action item of the plan. */
    convertMeetingNote: {
      from: ['extension'],
      request: () => z.object({ meetingId: z.string().check(z.minLength(1)), line: z.string().check(z.minLength(1), z.maxLength(2000)) }),
      response: () => z.object({ item: PlanItemSchema }),
    },
  },
});

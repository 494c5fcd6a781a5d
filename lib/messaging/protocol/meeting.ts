/** Meeting: the recurring escalation call, the meetings held and their notes; a note line becomes a plan item. */
import { z } from 'zod';
import { CaseRefSchema } from '../../model/case-ref';
import { MeetingSchema } from '../../model/meeting';
import { PlanItemSchema } from '../../model/plan';
import { IsoTimeSchema } from '../../model/record';
import { domain } from './define';

export const meeting = domain({
  part: 'meeting',
  messages: {
    /** The escalation's call (null when none is set) and its meetings, newest first. */
    getMeetings: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({ call: MeetingSchema.nullable(), meetings: z.array(MeetingSchema) }),
    },
    /** Sets the recurring call (first time, cadence, where to join), or removes it (`call: null`). */
    setMeetingCall: {
      from: ['extension'],
      request: () => z.object({
        ref: CaseRefSchema,
        call: MeetingSchema.pick({ everyMinutes: true, link: true }).extend({ at: IsoTimeSchema.nullable() }).partial().nullable(),
      }),
      response: () => z.object({ call: MeetingSchema.nullable() }),
    },
    /** Starts the notes of a meeting held now. */
    addMeeting: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, title: z.string().max(200).optional() }),
      response: () => z.object({ meeting: MeetingSchema }),
    },
    updateMeeting: {
      from: ['extension'],
      request: () => z.object({ id: z.string().min(1), patch: MeetingSchema.pick({ title: true, notes: true, at: true }).partial().strict() }),
      response: () => z.object({ meeting: MeetingSchema }),
    },
    removeMeeting: {
      from: ['extension'],
      request: () => z.object({ id: z.string().min(1) }),
      response: () => z.object({ removed: z.boolean() }),
    },
    /** Turns one line of a meeting's notes into an action item of the plan. */
    convertMeetingNote: {
      from: ['extension'],
      request: () => z.object({ meetingId: z.string().min(1), line: z.string().min(1).max(2000) }),
      response: () => z.object({ item: PlanItemSchema }),
    },
  },
});

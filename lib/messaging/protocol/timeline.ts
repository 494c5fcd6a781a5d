/** Timeline: what happened to an escalation, every domain's events and the desk's messages in time order. */
import { z } from 'zod/mini';
import { CaseRefSchema, DESKS } from '../../model/case-ref';
import { TIMELINE_NOTE_MAX, TIMELINE_PAGE, TimelineEventSchema } from '../../model/timeline';
import { domain } from './define';

export const timeline = domain({
  part: 'timeline',
  messages: {
    /**
     * The ticket's escalation's timeline, oldest first (none when it is not escalated): the
     * newest `limit` events of its stored events, the desk messages of the last read and the
     * temperature's band changes, merged; `more` when older ones were left out (asked for again
     * with a larger `limit`). `ticket` is how the desk numbers the
     * ticket, for wording events that name it.
     */
    getTimeline: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, limit: z._default(z.int().check(z.gte(1), z.lte(5000)), TIMELINE_PAGE) }),
      response: () => z.object({
        events: z.array(TimelineEventSchema),
        more: z._default(z.boolean(), false),
        ticket: z._default(z.nullable(z.object({ desk: z.enum(DESKS), ticketId: z.string(), ticketNumber: z.nullable(z.string()) })), null),
      }),
    },
    /** A manual note on the timeline of the ticket's escalation. */
    addTimelineNote: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, text: z.string().check(z.maxLength(TIMELINE_NOTE_MAX), z.refine((s) => s.trim().length > 0, 'the note is empty')) }),
      response: () => z.object({ event: TimelineEventSchema }),
    },
    /** Deletes a manual note (other events are history and stay). */
    removeTimelineNote: {
      from: ['extension'],
      request: () => z.object({ id: z.string().check(z.minLength(1)) }),
      response: () => z.object({ removed: z.boolean() }),
    },
  },
});

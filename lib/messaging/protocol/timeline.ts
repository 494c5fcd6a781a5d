/** Timeline: what happened to an escalation, every domain's events and the desk's messages in time order. */
import { z } from 'zod';
import { CaseRefSchema, DESKS } from '../../model/case-ref';
import { TIMELINE_NOTE_MAX, TIMELINE_PAGE, TimelineEventSchema } from '../../model/timeline';
import { domain } from './define';

export const timeline = domain({
  part: 'timeline',
  messages: {
    /**
     * The ticket's escalation's timeline, oldest first (none when it is not escalated): the
     * newest `limit` stored events, merged with the newest `limit` desk messages of the last
     * read and the temperature's band changes; `more` when older stored events or messages were
     * left out (asked for again with a larger `limit`). `ticket` is how the desk numbers the
     * ticket, for wording events that name it.
     */
    getTimeline: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, limit: z.number().int().min(1).max(5000).default(TIMELINE_PAGE) }),
      response: () => z.object({
        events: z.array(TimelineEventSchema),
        more: z.boolean().default(false),
        ticket: z.object({ desk: z.enum(DESKS), ticketId: z.string(), ticketNumber: z.string().nullable() }).nullable().default(null),
      }),
    },
    /** A manual note on the timeline of the ticket's escalation. */
    addTimelineNote: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, text: z.string().max(TIMELINE_NOTE_MAX).refine((s) => s.trim().length > 0, 'the note is empty') }),
      response: () => z.object({ event: TimelineEventSchema }),
    },
    /** Deletes a manual note (other events are history and stay). */
    removeTimelineNote: {
      from: ['extension'],
      request: () => z.object({ id: z.string().min(1) }),
      response: () => z.object({ removed: z.boolean() }),
    },
  },
});

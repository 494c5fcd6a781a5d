/** Timeline: what happened to an escalation, every domain's events in time order. */
import { z } from 'zod';
import { CaseRefSchema } from '../../model/case-ref';
import { TimelineEventSchema } from '../../model/timeline';
import { domain } from './define';

export const timeline = domain({
  part: 'timeline',
  messages: {
    /** The newest `limit` events of the ticket's escalation, oldest first (none when it is not escalated). */
    getTimeline: {
      from: ['extension'],
      request: z.object({ ref: CaseRefSchema, limit: z.number().int().min(1).max(1000).default(200) }),
      response: z.object({ events: z.array(TimelineEventSchema) }),
    },
  },
});

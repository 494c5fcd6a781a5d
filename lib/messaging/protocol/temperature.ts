/** Temperature: how hot the customer is and why, its history, and what changed since the user last looked. */
import { z } from 'zod/mini';
import { CaseRefSchema } from '../../model/case-ref';
import { SnapshotMessageSchema } from '../../model/snapshot';
import { TemperatureReadingSchema } from '../../model/temperature';
import { domain } from './define';

export const TemperatureViewSchema = z.object({
  /** The case's readings, oldest first. */
  readings: z.array(TemperatureReadingSchema),
  /** The messages the latest reading quotes as evidence (not the whole thread). */
  quoted: z.array(SnapshotMessageSchema),
  /** When the customer wrote, for "new messages since you last looked". */
  customerMessageTimes: z.array(z.string()),
  /** When the user last looked at this case (before now). */
  lastSeen: z.nullable(z.object({ at: z.string(), readingId: z.nullable(z.string()) })),
});
export type TemperatureView = z.infer<typeof TemperatureViewSchema>;

export const temperature = domain({
  part: 'temperature',
  messages: {
    getTemperature: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => TemperatureViewSchema,
    },
    /** The user is looking at this case now (the workspace showed its latest reading). */
    markSeen: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, readingId: z.nullable(z.string()) }),
      response: () => z.object({ ok: z.literal(true) }),
    },
  },
});

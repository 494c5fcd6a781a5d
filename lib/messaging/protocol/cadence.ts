/**
 * Cadence: when each audience is owed its next update, and the reminders for it. Prompts'
 * one-click "set a cadence" is `setCadence` ({ ref, audience, everyMinutes }). Updates tells the
 * worker an update went out by publishing the domain event `updateSent` (lib/worker/domain-events.ts);
 * `markUpdateSent` is the same for an update sent outside Keel.
 */
import { z } from 'zod/mini';
import { AudienceSchema, AUDIENCES } from '../../model/audience';
import { CadenceRecordSchema, CadenceRuleSchema, HoursSchema, MAX_EVERY_MINUTES, SnoozeSchema, TimeZoneSchema } from '../../model/cadence';
import { CaseRefSchema } from '../../model/case-ref';
import { domain } from './define';

const OkSchema = z.object({ ok: z.literal(true) });

export const cadence = domain({
  part: 'cadence',
  messages: {
    /** The ticket's escalation's cadence (null before it has one), and each audience's interval now. */
    getCadence: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema }),
      response: () => z.object({
        escalationId: z.nullable(z.string()),
        record: z.nullable(CadenceRecordSchema),
        /** Minutes between updates each audience follows now (null: none). */
        intervals: z.record(z.enum(AUDIENCES), z.nullable(z.number())),
        /** The business hours Options suggests for a customer. */
        defaultHours: HoursSchema,
        /** The user's own zone (days are counted on it when the customer's is unknown). */
        userTimeZone: z.string(),
      }),
    },
    /** An audience's interval ('severity': what Options gives its severity; 'off': none) or whether it keeps to business hours. */
    setCadence: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, audience: AudienceSchema, everyMinutes: z.optional(CadenceRuleSchema), businessHours: z.optional(z.boolean()) }),
      response: () => CadenceRecordSchema,
    },
    /** The customer's time zone and business hours (null: none). */
    setCustomerHours: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, timeZone: z.nullable(TimeZoneSchema), hours: z.nullable(HoursSchema) }),
      response: () => CadenceRecordSchema,
    },
    /** An update to an audience went out outside Keel (a call, a desk reply, a chat): its next one counts from now. */
    markUpdateSent: {
      from: ['extension'],
      request: () => z.object({ ref: CaseRefSchema, audience: AudienceSchema }),
      response: () => OkSchema,
    },
    /** Puts a reminder (an audience's update, or a promise) off for `minutes`, with a reason recorded in the timeline. */
    snoozeReminder: {
      from: ['extension'],
      request: () => z.object({
        ref: CaseRefSchema,
        target: z.discriminatedUnion('kind', [z.object({ kind: z.literal('update'), audience: AudienceSchema }), z.object({ kind: z.literal('promise'), id: z.string().check(z.minLength(1)) })]),
        minutes: z.int().check(z.gte(5), z.lte(MAX_EVERY_MINUTES)),
        reason: SnoozeSchema.shape.reason,
      }),
      response: () => OkSchema,
    },
  },
});

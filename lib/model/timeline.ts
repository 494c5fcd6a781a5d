/**
 * One timeline per escalation, written by every domain. A domain declares its events in its own
 * model file — the event names, the facts each one records, and how each fact is worded:
 *
 *     export const NOTE_EVENTS = { posted: { excerpt: 'text' } } as const;
 *
 * and is listed once in `TIMELINE_EVENTS` below. An event's kind is `domain.event`
 * ("escalation.state-changed"), so a merged timeline can filter by domain or by kind, and events
 * derived at read time (desk messages from a snapshot) can take kinds of their own without
 * being stored. Events store facts, not sentences: the surfaces word them through i18n
 * (`timeline_<domain>_<event>`, one placeholder per fact), so a stored timeline reads in the
 * user's language.
 */
import { z } from 'zod/mini';
import { CADENCE_EVENTS } from './cadence';
import { ESCALATION_EVENTS } from './escalation';
import { MEETING_EVENTS } from './meeting';
import { NOTE_EVENTS } from './note';
import { PLAN_EVENTS } from './plan';
import { PROMISE_EVENTS } from './promise';
import { UPDATE_EVENTS } from './update';
import { PROMPT_EVENTS } from './prompt';
import { AuthorSchema, IsoTimeSchema, type Author } from './record';
import { RISK_EVENTS } from './risk';
import { SNAPSHOT_EVENTS } from './snapshot';
import { STAKEHOLDER_EVENTS } from './stakeholder';
import { TEMPERATURE_EVENTS } from './temperature';

/**
 * How a fact is worded: as given ('text'), or through a label: a state, a severity, a desk, a
 * temperature band, a plan status, a stakeholder role, a risk level, an audience, or what the resolve guard said
 * (`concerns`: codes such as "temperature:critical,open-promises:2"); 'interval' a cadence rule
 * (minutes, "severity" or "off"); 'ticket' is the ticket as
 * people write it on its desk ("case 00001026", "ticket #102"), 'time' a date and time, 'minutes'
 * a duration.
 */
export type FactKind = 'text' | 'state' | 'severity' | 'desk' | 'band' | 'ticket' | 'plan-status' | 'role' | 'level' | 'time' | 'minutes' | 'concerns' | 'audience' | 'interval';

/** Manual notes: what the user writes on the timeline itself. */
export const TIMELINE_OWN_EVENTS = { note: { text: 'text' } } as const;
/** The longest manual note. */
/**
 * Events the side panel asks for at first, newest first, from each source (stored events, the
 * desk's messages); older ones are asked for when the user wants them.
 */
export const TIMELINE_PAGE = 100;

export const TIMELINE_NOTE_MAX = 2000;

/** Every domain's events. A new domain adds one line. */
export const TIMELINE_EVENTS = {
  escalation: ESCALATION_EVENTS,
  note: NOTE_EVENTS,
  update: UPDATE_EVENTS,
  cadence: CADENCE_EVENTS,
  promise: PROMISE_EVENTS,
  timeline: TIMELINE_OWN_EVENTS,
  plan: PLAN_EVENTS,
  stakeholder: STAKEHOLDER_EVENTS,
  risk: RISK_EVENTS,
  meeting: MEETING_EVENTS,
  /** Derived when read: the desk thread's messages. */
  snapshot: SNAPSHOT_EVENTS,
  /** Derived when read: band changes of the temperature. */
  temperature: TEMPERATURE_EVENTS,
  prompt: PROMPT_EVENTS,
  /** Events stored before kinds were per domain that no domain claims; worded from their stored text. */
  keel: { legacy: { text: 'text' } },
} as const satisfies Record<string, Record<string, Record<string, FactKind>>>;

type Events = typeof TIMELINE_EVENTS;
export type TimelineDomain = keyof Events;
export type TimelineKind = { [D in TimelineDomain]: `${D}.${keyof Events[D] & string}` }[TimelineDomain];

type EventOf<K extends TimelineKind> = K extends `${infer D extends TimelineDomain}.${infer E}` ? (E extends keyof Events[D] ? Events[D][E] : never) : never;
/** The facts of an event of kind K, by name. */
export type FactsOf<K extends TimelineKind> = { [F in keyof EventOf<K>]: string | null };

/** The domains whose events make up the timeline, in the order the filter lists them. */
export const TIMELINE_DOMAINS = Object.keys(TIMELINE_EVENTS) as [TimelineDomain, ...TimelineDomain[]];

export const TIMELINE_KINDS = Object.entries(TIMELINE_EVENTS).flatMap(([domain, events]) => Object.keys(events).map((event) => `${domain}.${event}`)) as [
  TimelineKind,
  ...TimelineKind[],
];

/** How each fact of a kind is worded. */
export function factKinds(kind: TimelineKind): Record<string, FactKind> {
  const [domain, event] = kind.split('.') as [TimelineDomain, string];
  return (TIMELINE_EVENTS[domain] as Record<string, Record<string, FactKind>>)[event] ?? {};
}

/** The domain of a kind: `plan` for `plan.item-added`. */
export function kindDomain(kind: TimelineKind): TimelineDomain {
  return kind.slice(0, kind.indexOf('.')) as TimelineDomain;
}

/** The i18n message that words an event: `timeline_escalation_state_changed`. */
export function timelineMessageKey(kind: TimelineKind): string {
  return `timeline_${kind.replace(/[.-]/g, '_')}`;
}

export const TimelineEventSchema = z.object({
  id: z.string().check(z.minLength(1)),
  escalationId: z.string().check(z.minLength(1)),
  at: IsoTimeSchema,
  kind: z.enum(TIMELINE_KINDS),
  by: AuthorSchema,
  facts: z.record(z.string(), z.nullable(z.string().check(z.maxLength(2000)))),
});
export type TimelineEvent = z.infer<typeof TimelineEventSchema>;

/** What a domain asks to put on the timeline: a kind and exactly the facts its domain declared. */
export interface TimelineEntry {
  kind: TimelineKind;
  facts: Record<string, string | null>;
}

export function timelineEntry<K extends TimelineKind>(kind: K, facts: FactsOf<K>): TimelineEntry {
  return { kind, facts: facts as Record<string, string | null> };
}

/** A new event of kind K with exactly the facts its domain declared. Pure. */
export function timelineEvent<K extends TimelineKind>(
  input: { id: string; escalationId: string; at: string; by: Author },
  kind: K,
  facts: FactsOf<K>,
): TimelineEvent {
  return { ...input, kind, facts: facts as Record<string, string | null> };
}

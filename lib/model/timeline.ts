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
import { z } from 'zod';
import { ESCALATION_EVENTS } from './escalation';
import { NOTE_EVENTS } from './note';
import { PROMPT_EVENTS } from './prompt';
import { AuthorSchema, IsoTimeSchema, type Author } from './record';

/** How a fact is worded: as given, or as the label of a state, a severity or a desk. */
export type FactKind = 'text' | 'state' | 'severity' | 'desk';

/** Every domain's events. A new domain adds one line. */
export const TIMELINE_EVENTS = {
  escalation: ESCALATION_EVENTS,
  note: NOTE_EVENTS,
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

export const TIMELINE_KINDS = Object.entries(TIMELINE_EVENTS).flatMap(([domain, events]) => Object.keys(events).map((event) => `${domain}.${event}`)) as [
  TimelineKind,
  ...TimelineKind[],
];

/** How each fact of a kind is worded. */
export function factKinds(kind: TimelineKind): Record<string, FactKind> {
  const [domain, event] = kind.split('.') as [TimelineDomain, string];
  return (TIMELINE_EVENTS[domain] as Record<string, Record<string, FactKind>>)[event] ?? {};
}

/** The i18n message that words an event: `timeline_escalation_state_changed`. */
export function timelineMessageKey(kind: TimelineKind): string {
  return `timeline_${kind.replace(/[.-]/g, '_')}`;
}

export const TimelineEventSchema = z.object({
  id: z.string().min(1),
  escalationId: z.string().min(1),
  at: IsoTimeSchema,
  kind: z.enum(TIMELINE_KINDS),
  by: AuthorSchema,
  facts: z.record(z.string(), z.string().max(2000).nullable()),
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

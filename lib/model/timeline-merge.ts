/**
 * The one timeline: what Keel stored (every domain's events, manual notes) merged with what is
 * derived when it is read — the desk thread's messages from the last snapshot, and the
 * temperature's moves between bands from the readings. Pure: lists in, one list out.
 */
import type { CaseSnapshot, SnapshotMessage } from './snapshot';
import type { TemperatureReading } from './temperature';
import { kindDomain, TIMELINE_DOMAINS, type TimelineDomain, type TimelineEvent, type TimelineKind } from './timeline';

/** How much of a desk message the timeline shows (the desk has the rest). */
export const DESK_EXCERPT_LENGTH = 280;

/** A message's text on one line, cut at a word near `max` characters. */
export function excerpt(text: string, max = DESK_EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function deskKind(message: SnapshotMessage): TimelineKind | null {
  if (!message.public) return 'snapshot.internal-message';
  if (message.authorRole === 'customer') return 'snapshot.customer-message';
  if (message.authorRole === 'agent') return 'snapshot.agent-message';
  return null; // the desk's own automations ("Ticket reopened by trigger") are not people talking
}

/**
 * The thread's messages as timeline events (the newest `limit`): the customer's, the agents'
 * public replies, and internal notes of anyone. Ids are stable across reads (`desk:<message id>`).
 */
export function deskEvents(snapshot: Pick<CaseSnapshot, 'messages'> | null, escalationId: string, limit = Number.POSITIVE_INFINITY): TimelineEvent[] {
  if (!snapshot) return [];
  const out: TimelineEvent[] = [];
  for (let i = snapshot.messages.length - 1; i >= 0 && out.length < limit; i--) {
    const m = snapshot.messages[i]!;
    const kind = deskKind(m);
    if (!kind) continue;
    out.push({ id: `desk:${m.id}`, escalationId, at: m.at, kind, by: 'desk', facts: { author: m.authorName || null, excerpt: excerpt(m.text) } });
  }
  return out.reverse();
}

/**
 * The temperature crossing from one band to another, one event per reading whose band differs
 * from the reading before it (the first reading crosses nothing). Readings oldest first.
 */
export function bandEvents(readings: readonly Pick<TemperatureReading, 'id' | 'at' | 'band' | 'score'>[], escalationId: string): TimelineEvent[] {
  const out: TimelineEvent[] = [];
  for (let i = 1; i < readings.length; i++) {
    const before = readings[i - 1]!;
    const now = readings[i]!;
    if (now.band === before.band) continue;
    out.push({ id: `band:${now.id}`, escalationId, at: now.at, kind: 'temperature.band-changed', by: 'keel', facts: { from: before.band, to: now.band, score: String(Math.round(now.score)) } });
  }
  return out;
}

/**
 * At the same instant, what happened on the desk comes first (a customer's message is what moves
 * the temperature, which is what prompts a change), then Keel's readings, then the rest.
 */
const SAME_TIME_RANK: Partial<Record<TimelineDomain, number>> = { snapshot: 0, temperature: 1 };
const rank = (kind: TimelineKind) => SAME_TIME_RANK[kindDomain(kind)] ?? 2;

/** Orders two events: by time, then desk before readings before the rest, then by id. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return Date.parse(a.at) - Date.parse(b.at) || rank(a.kind) - rank(b.kind) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Every source's events in one list, oldest first; an id seen twice is kept once. */
export function mergeTimeline(...sources: readonly (readonly TimelineEvent[])[]): TimelineEvent[] {
  const seen = new Set<string>();
  const all: TimelineEvent[] = [];
  for (const list of sources) {
    for (const event of list) {
      if (seen.has(event.id)) continue;
      seen.add(event.id);
      all.push(event);
    }
  }
  return all.sort(compareEvents);
}

/** The domains that have events on this timeline, in the filter's order. */
export function domainsOf(events: readonly TimelineEvent[]): TimelineDomain[] {
  const present = new Set(events.map((e) => kindDomain(e.kind)));
  return TIMELINE_DOMAINS.filter((d) => present.has(d));
}

/** The events of the shown domains (all of them when `hidden` is empty). */
export function filterTimeline(events: readonly TimelineEvent[], hidden: ReadonlySet<TimelineDomain>): TimelineEvent[] {
  return hidden.size === 0 ? [...events] : events.filter((e) => !hidden.has(kindDomain(e.kind)));
}

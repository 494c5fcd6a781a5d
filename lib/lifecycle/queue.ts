/**
 * The popup as a queue: the orders a user may choose (the default is the urgency order of
 * lib/model/urgency.ts), linked escalations kept together, and the history's order. Pure: `now`
 * is passed in.
 */
import { enteredCurrentState, type Escalation, type Severity, type TemperatureSummary } from '../model/escalation';
import { byAge, byHeat, bySeverity, byUrgency, sortByKeys, type Queued, type UrgencyKeys } from '../model/urgency';
import { highestSeverity } from './severity';

export const QUEUE_ORDERS = ['urgency', 'severity', 'temperature', 'sla', 'age'] as const;
export type QueueOrder = (typeof QUEUE_ORDERS)[number];
export const DEFAULT_QUEUE_ORDER: QueueOrder = 'urgency';

const bySla = (a: UrgencyKeys, b: UrgencyKeys): number => {
  const d = a.sla - b.sla;
  return Number.isNaN(d) || d === 0 ? 0 : d;
};

function keyOrder(order: QueueOrder): (a: UrgencyKeys, b: UrgencyKeys) => number {
  switch (order) {
    case 'severity':
      return (a, b) => bySeverity(a, b) || byHeat(a, b) || byAge(a, b);
    case 'temperature':
      return (a, b) => byHeat(a, b) || bySeverity(a, b) || byAge(a, b);
    case 'sla':
      return (a, b) => bySla(a, b) || byUrgency(a, b);
    case 'age':
      return byAge;
    default:
      return byUrgency;
  }
}

type Linked = Queued & { linkGroup?: string | null | undefined };

/**
 * Keeps linked escalations together: a group takes the place of its first member in `sorted`,
 * and its members follow in their own order. Everything else keeps its place. O(n).
 */
export function groupLinked<E extends Linked>(sorted: readonly E[]): E[] {
  const groups = new Map<string, E[]>();
  for (const e of sorted) {
    if (!e.linkGroup) continue;
    const members = groups.get(e.linkGroup);
    if (members) members.push(e);
    else groups.set(e.linkGroup, [e]);
  }
  const out: E[] = [];
  const placed = new Set<string>();
  for (const e of sorted) {
    const group = e.linkGroup;
    const members = group ? groups.get(group)! : null;
    if (!group || !members || members.length < 2) out.push(e);
    else if (!placed.has(group)) {
      placed.add(group);
      out.push(...members);
    }
  }
  return out;
}

/** The queue in a chosen order, linked escalations together. */
export function orderQueue<E extends Linked>(list: readonly E[], order: QueueOrder, now: Date): E[] {
  return groupLinked(sortByKeys(list, now, keyOrder(order)));
}

/** What linked escalations share: how many, and the highest severity and temperature among them. */
export interface LinkHeader {
  size: number;
  severity: Severity | null;
  temperature: TemperatureSummary | null;
}

export function linkHeader(members: readonly Pick<Escalation, 'severity' | 'temperature'>[]): LinkHeader {
  let temperature: TemperatureSummary | null = null;
  for (const m of members) if (m.temperature && (!temperature || m.temperature.score > temperature.score)) temperature = m.temperature;
  return { size: members.length, severity: highestSeverity(members.map((m) => m.severity)), temperature };
}

/** The header of every link group with two or more members in `list`. */
export function linkHeaders(list: readonly (Pick<Escalation, 'severity' | 'temperature'> & { linkGroup?: string | null | undefined })[]): Map<string, LinkHeader> {
  const members = new Map<string, Pick<Escalation, 'severity' | 'temperature'>[]>();
  for (const e of list) {
    if (!e.linkGroup) continue;
    const group = members.get(e.linkGroup);
    if (group) group.push(e);
    else members.set(e.linkGroup, [e]);
  }
  const out = new Map<string, LinkHeader>();
  for (const [group, list2] of members) if (list2.length > 1) out.set(group, linkHeader(list2));
  return out;
}

/** History: the most recently resolved or closed first. */
export function orderHistory<E extends Pick<Escalation, 'id' | 'state' | 'stateEnteredAt' | 'createdAt' | 'updatedAt'>>(list: readonly E[]): E[] {
  const keyed = list.map((e) => ({ e, at: Date.parse(e.stateEnteredAt?.[e.state] ?? e.updatedAt ?? enteredCurrentState(e)) }));
  keyed.sort((a, b) => b.at - a.at || (a.e.id < b.e.id ? -1 : 1));
  return keyed.map((x) => x.e);
}

/** "What changed since you last looked": the latest reading against the one current at the last look. */
import type { SnapshotMessage } from '../model/snapshot';
import type { TemperatureReading } from '../model/temperature';
import { compareTemperatures } from '../temperature';

export interface SinceLastLook {
  /** The previous look, null on a first look. */
  at: string | null;
  previousScore: number | null;
  changes: string[];
  newCustomerMessages: number;
}

export function sinceLastLook(
  lastSeen: { at: string; readingId: string | null } | null,
  readings: readonly TemperatureReading[],
  messages: readonly SnapshotMessage[],
): SinceLastLook | null {
  const latest = readings.at(-1);
  if (!latest) return null;
  if (!lastSeen) return { at: null, previousScore: null, changes: [], newCustomerMessages: 0 };
  const seenAt = Date.parse(lastSeen.at);
  const newCustomerMessages = messages.filter((m) => m.authorRole === 'customer' && Date.parse(m.at) > seenAt).length;
  const baseline = readings.find((r) => r.id === lastSeen.readingId) ?? [...readings].reverse().find((r) => Date.parse(r.at) <= seenAt) ?? null;
  if (!baseline || baseline.id === latest.id) return { at: lastSeen.at, previousScore: baseline?.score ?? null, changes: [], newCustomerMessages };
  return { at: lastSeen.at, previousScore: baseline.score, changes: compareTemperatures(baseline, latest).changes, newCustomerMessages };
}

// The look before this surface opened, per case, kept for the surface's lifetime: later
// refreshes in the same session keep comparing against it.
const baselines = new Map<string, { at: string; readingId: string | null } | null>();

export function sessionBaseline(key: string, stored: { at: string; readingId: string | null } | null): { at: string; readingId: string | null } | null {
  if (!baselines.has(key)) baselines.set(key, stored);
  return baselines.get(key) ?? null;
}

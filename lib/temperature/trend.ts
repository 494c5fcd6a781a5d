/** Against the previous reading: hotter, cooler or steady, and what changed, in plain words. */
import type { Reason, Temperature, Trend } from '../model/temperature';
import { quoteList, round1 } from './explain';
import { FAMILIES } from './families';
import type { SignalCode } from './types';

/** Score change below which a reading counts as steady. */
const STEADY = 3;

const NEW_WORDS: Record<string, string> = {
  'sla-breach': 'SLA now breached',
  reopened: 'case reopened',
  cooling: 'cooler: last reply calmer',
  'heating-up': 'hotter: the latest customer message is the hottest yet',
};

function isFamily(code: string): code is SignalCode {
  return code in FAMILIES;
}

function describeNew(r: Reason): string {
  const fixed = NEW_WORDS[r.code];
  if (fixed) return fixed;
  const quotes = quoteList(r.evidence);
  if (isFamily(r.code) && quotes) return `new: ${FAMILIES[r.code].label} quoted ${quotes}`;
  return `new: ${r.text}`;
}

function describeGone(r: Reason): string {
  if (r.code === 'cooling') return 'latest message no longer calmer than the hottest';
  return `no longer: ${isFamily(r.code) ? FAMILIES[r.code].label : r.text}`;
}

export function compareTemperatures(previous: Temperature | null, next: Temperature): Trend {
  if (!previous) {
    return { previousScore: null, delta: 0, direction: 'new', changes: [`first reading: ${next.band} (${next.score})`] };
  }
  const delta = round1(next.score - previous.score);
  const direction = delta >= STEADY ? 'hotter' : delta <= -STEADY ? 'cooler' : 'steady';
  const changes: string[] = [];
  if (previous.band !== next.band) changes.push(`band: ${previous.band} → ${next.band}`);
  const before = new Map(previous.reasons.map((r) => [r.code, r]));
  const after = new Map(next.reasons.map((r) => [r.code, r]));
  for (const r of next.reasons) {
    const old = before.get(r.code);
    if (!old) changes.push(describeNew(r));
    else if (old.text !== r.text && r.points > old.points) changes.push(`now: ${r.text}`);
  }
  // Only the top reasons are stored, so a reason that merely fell below the cut-off is not "gone":
  // report it only when it would still have made the list.
  const full = next.reasons.length >= previous.reasons.length;
  // A loop, not Math.min(...spread): a spread call's arguments are bounded, the reasons are not.
  let floor = next.reasons.length > 0 ? Infinity : -Infinity;
  for (const r of next.reasons) if (r.points < floor) floor = r.points;
  for (const r of previous.reasons) {
    if (after.has(r.code)) continue;
    if (!full || r.points >= floor) changes.push(describeGone(r));
  }
  if (direction === 'cooler' && !changes.some((c) => c.startsWith('cooler'))) changes.push('cooler overall');
  return { previousScore: previous.score, delta, direction, changes };
}

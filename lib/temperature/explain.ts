/** Plain words for reasons: durations, ordinals, quotes. */
import type { Evidence, Reason } from '../model/temperature';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "45 min", "26 h", "3 days": the unit a manager would say out loud. */
export function formatDuration(ms: number): string {
  if (ms < HOUR) return `${Math.max(1, Math.round(ms / MINUTE))} min`;
  if (ms < 36 * HOUR) return `${Math.round(ms / HOUR)} h`;
  const days = Math.round(ms / DAY);
  return `${days} days`;
}

/** "an 8 h target", "a 24 h target". */
export function withArticle(phrase: string): string {
  const an = /^(?:8|11 |18 |11$|18$|[aeiou])/i.test(phrase);
  return `${an ? 'an' : 'a'} ${phrase}`;
}

export function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** `"a", "b"`: the first two distinct quotes, shortened for a one-line reason. */
export function quoteList(evidence: readonly Evidence[], max = 2): string {
  const seen: string[] = [];
  for (const e of evidence) {
    if (!e.quote) continue;
    const q = e.quote.length > 80 ? `${e.quote.slice(0, 77)}…` : e.quote;
    if (!seen.includes(q)) seen.push(q);
    if (seen.length === max) break;
  }
  return seen.map((q) => `"${q}"`).join(', ');
}

export function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

/** Heat reasons first (most points first), then calming ones (largest effect first). */
export function rankReasons(reasons: Reason[], max: number): Reason[] {
  return reasons
    .filter((r) => r.points !== 0)
    .sort((a, b) => {
      if (a.points > 0 !== b.points > 0) return a.points > 0 ? -1 : 1;
      return Math.abs(b.points) - Math.abs(a.points) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
    })
    .slice(0, max);
}

/**
 * When Keel may read a ticket again on its own after a failed read. Desk etiquette: honour
 * Retry-After on 429, back off on 5xx and network errors, pause when the quota guard is on.
 */
import type { ReadFailure } from '../hosts/types';

const MINUTE = 60_000;
const BACKOFF_MINUTES = [1, 2, 4, 8, 15];

export function retryAtFor(failure: ReadFailure, consecutiveFailures: number, now: Date): string | null {
  const t = now.getTime();
  switch (failure.kind) {
    case 'rate-limited':
      return new Date(t + Math.max(1, failure.retryAfterSeconds ?? 60) * 1000).toISOString();
    case 'server-error':
    case 'network':
    case 'not-json':
    case 'malformed-json': {
      const step = BACKOFF_MINUTES[Math.min(BACKOFF_MINUTES.length - 1, Math.max(0, consecutiveFailures - 1))]!;
      return new Date(t + step * MINUTE).toISOString();
    }
    case 'quota-guard':
      return new Date(t + 15 * MINUTE).toISOString();
    default:
      // signed-out, not-found, bad-shape: reading again soon will not help; the user refreshes.
      return new Date(t + 15 * MINUTE).toISOString();
  }
}

/** Failures worth reading the page for instead: the API is there but not usable right now. */
export function shouldFallBackToPage(failure: ReadFailure): boolean {
  return ['server-error', 'network', 'not-json', 'malformed-json', 'bad-shape'].includes(failure.kind);
}

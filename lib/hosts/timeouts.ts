/**
 * How long Keel waits for a desk. A desk that never answers (a hung proxy, a stalled load
 * balancer) must not leave a ticket "reading…" forever: each request gives up after
 * REQUEST_TIMEOUT_MS, a whole read (every page of every list) after READ_BUDGET_MS, and a read
 * state still "reading" after STALE_READING_MS is shown as stalled, with Refresh to try again.
 * Dependency-free: content scripts, the worker and the UI share these numbers.
 */
export const REQUEST_TIMEOUT_MS = 20_000;
export const READ_BUDGET_MS = 60_000;
/** The budget plus time to hand the answer to the worker, parse and store it. */
export const STALE_READING_MS = READ_BUDGET_MS + 30_000;

/**
 * Where the worker gets the time and new ids. Passed into everything that stamps or creates a
 * record, so tests (and pure code) decide "now" instead of reading it.
 */
export interface Clock {
  now(): Date;
  id(): string;
}

export const systemClock: Clock = { now: () => new Date(), id: () => crypto.randomUUID() };

/**
 * Where the worker gets the time and new ids. Passed into everything that stamps or creates a
 * record, so tests (and pure code) decide "now" instead of reading it.
 */
export interface Clock {
  now(): Date;
  id(): string;
}

/**
 * Ids that sort in the order they were made (RFC 9562 version 7: the millisecond, then a counter,
 * then random bits). Stores order records of the same millisecond by their id, so two timeline
 * events written in one step ("escalated", then "severity set") read back in the order they
 * happened rather than at random. The counter keeps that order within a millisecond, and holds it
 * if the system clock steps back.
 */
export function orderedIds(now: () => number = Date.now, random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): () => string {
  let lastMs = -1;
  let counter = 0;
  return () => {
    let ms = now();
    if (ms > lastMs) {
      lastMs = ms;
      counter = 0;
    } else {
      ms = lastMs;
      counter++;
      if (counter > 0xfff) {
        lastMs = ms = lastMs + 1;
        counter = 0;
      }
    }
    const bytes = random(new Uint8Array(16));
    for (let i = 5; i >= 0; i--) {
      bytes[i] = ms % 256;
      ms = Math.floor(ms / 256);
    }
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

export const systemClock: Clock = { now: () => new Date(), id: orderedIds() };

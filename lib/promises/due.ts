/**
 * When a commitment falls due, read from its words against the time the message was written, in
 * the time zone the words mean (the customer's, when Keel knows it). chrono-node reads the
 * dates; this file decides what a deadline means when the words give only part of one:
 *
 * - a day without a time ("by Friday", "tomorrow", "fix expected Monday") is due at the end of
 *   that business day, 17:00;
 * - a part of the day is due when that part ends: morning 12:00, afternoon 17:00, evening 21:00;
 * - "EOD", "COB", "end of (the business) day" is 17:00 that day (the day's end when said later);
 *   "end of the week" is Friday 17:00;
 * - a duration ("within 2 hours", "in 30 minutes") counts from the message;
 * - an explicit zone ("3pm CET") wins over the customer's.
 *
 * Wall-clock times are placed in the zone with @date-fns/tz, so "Monday 3pm" said on a Friday
 * before a daylight-saving change is 15:00 on Monday's clock.
 */
import { casual } from 'chrono-node/en';
import { TZDateMini, tzOffset } from '@date-fns/tz';

const END_OF_BUSINESS = 17 * 60;
const END_OF_DAY = 23 * 60 + 59;
const PART_ENDS: readonly [tag: string, minutes: number][] = [
  ['casualReference/morning', 12 * 60],
  ['casualReference/afternoon', 17 * 60],
  ['casualReference/evening', 21 * 60],
];

const EOD = /\b(?:EOD|COB|EOB|end of (?:the )?(?:business |working |work )?day|close of (?:business|play)|end of business|end of today)\b/i;
const EOW = /\b(?:EOW|end of (?:the |this )?(?:business |working |work )?week)\b/i;

function wall(at: Date, timeZone: string): Date {
  return new TZDateMini(at.getTime(), timeZone);
}

function place(y: number, m: number, d: number, minutes: number, timeZone: string): Date {
  return new Date(new TZDateMini(y, m, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime());
}

/** A deadline at `minutes` past midnight of the message's day, or that day's end when it has passed. */
function sameDay(at: Date, minutes: number, timeZone: string): Date {
  const day = wall(at, timeZone);
  const due = place(day.getFullYear(), day.getMonth(), day.getDate(), minutes, timeZone);
  return due.getTime() > at.getTime() ? due : place(day.getFullYear(), day.getMonth(), day.getDate(), END_OF_DAY, timeZone);
}

/** Friday 17:00 of the message's week (next week's once that has passed). */
function endOfWeek(at: Date, timeZone: string): Date {
  const day = wall(at, timeZone);
  const toFriday = (5 - day.getDay() + 7) % 7;
  const due = place(day.getFullYear(), day.getMonth(), day.getDate() + toFriday, END_OF_BUSINESS, timeZone);
  return due.getTime() > at.getTime() ? due : place(day.getFullYear(), day.getMonth(), day.getDate() + toFriday + 7, END_OF_BUSINESS, timeZone);
}

/**
 * The ISO time a commitment's words set, or null when they name none ("as soon as I hear
 * back"). `at`: when the message was written; `timeZone`: the IANA zone its times are in.
 */
export function dueFrom(words: string, at: Date, timeZone: string): string | null {
  if (EOW.test(words)) return endOfWeek(at, timeZone).toISOString();
  const results = casual.parse(words.replace(EOD, ' '), { instant: at, timezone: tzOffset(timeZone, at) }, { forwardDate: true });
  const found = results.find((r) => r.date().getTime() >= at.getTime() - 60_000) ?? null;
  if (!found) return EOD.test(words) ? sameDay(at, END_OF_BUSINESS, timeZone).toISOString() : null;
  const c = found.start;
  // A duration from the message, or a time in a zone the words name: already an instant.
  if (c.isCertain('timezoneOffset')) return found.date().toISOString();
  const tags = found.tags();
  let minutes = END_OF_BUSINESS;
  if (c.isCertain('hour')) minutes = (c.get('hour') ?? 17) * 60 + (c.get('minute') ?? 0);
  else for (const [tag, end] of PART_ENDS) if (tags.has(tag)) minutes = end;
  if (tags.has('casualReference/tonight')) minutes = Math.max(minutes, 22 * 60);
  const y = c.get('year');
  const m = c.get('month');
  const d = c.get('day');
  if (y === null || m === null || d === null) return null;
  const due = place(y, m - 1, d, minutes, timeZone);
  if (due.getTime() > at.getTime()) return due.toISOString();
  // "by today" or "by Wednesday" said on Wednesday evening: the end of that day, if it is still ahead.
  const end = place(y, m - 1, d, END_OF_DAY, timeZone);
  return end.getTime() > at.getTime() ? end.toISOString() : null;
}

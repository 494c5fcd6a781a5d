/**
 * Business hours in a time zone: when a customer's working day opens and closes, and how many
 * minutes of it lie between two instants. Wall-clock arithmetic goes through @date-fns/tz, so a
 * day that gains or loses an hour (a daylight-saving change) is still 09:00–17:00 on the clock.
 * Pure: instants in, instants out.
 */
import { TZDateMini } from '@date-fns/tz';

/** Days are ISO weekdays (1 Monday … 7 Sunday); `start` and `end` are "HH:mm" on the zone's clock, start < end. */
export interface BusinessHours {
  timeZone: string;
  days: readonly number[];
  start: string;
  end: string;
}

const MINUTE = 60_000;
/** Looking further than this for an opening means the hours have no open day. */
const MAX_DAYS = 370;

export function minutesOfDay(hhmm: string): number {
  const m = /^(\d{2}):(\d{2})$/.exec(hhmm);
  if (!m) throw new Error(`not a time of day: ${hhmm}`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** True when `timeZone` is an IANA zone this runtime knows ("Europe/Berlin", "UTC"). */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The calendar day (on the zone's clock) an instant falls on. */
function wallDay(instant: number, timeZone: string): { y: number; m: number; d: number; iso: number } {
  const wall = new TZDateMini(instant, timeZone);
  const day = wall.getDay();
  return { y: wall.getFullYear(), m: wall.getMonth(), d: wall.getDate(), iso: day === 0 ? 7 : day };
}

/** The instant a wall-clock time of a day has in the zone. */
export function wallTime(y: number, m: number, d: number, minutes: number, timeZone: string): number {
  return new TZDateMini(y, m, d, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
}

/** The working window of the zone's day containing `instant`, or null when that day is closed. */
function windowOf(day: { y: number; m: number; d: number; iso: number }, hours: BusinessHours): { open: number; close: number } | null {
  if (!hours.days.includes(day.iso)) return null;
  return { open: wallTime(day.y, day.m, day.d, minutesOfDay(hours.start), hours.timeZone), close: wallTime(day.y, day.m, day.d, minutesOfDay(hours.end), hours.timeZone) };
}

/**
 * `minutes` of business time after `from`: the clock runs only inside the hours, as a desk's
 * business-hours SLA does. With 0 minutes, the first open instant at or after `from`.
 */
export function addBusinessMinutes(from: Date, minutes: number, hours: BusinessHours): Date {
  let left = Math.max(0, minutes) * MINUTE;
  let t = from.getTime();
  for (let i = 0; i < MAX_DAYS; i++) {
    const day = wallDay(t, hours.timeZone);
    const window = windowOf(day, hours);
    if (window && t < window.close) {
      const start = Math.max(t, window.open);
      if (left <= window.close - start) return new Date(start + left);
      left -= window.close - start;
    }
    t = wallTime(day.y, day.m, day.d + 1, 0, hours.timeZone);
  }
  throw new Error('business hours with no open day');
}

/** The first instant at or after `from` inside the hours. */
export function nextOpening(from: Date, hours: BusinessHours): Date {
  return addBusinessMinutes(from, 0, hours);
}

/** Whether the hours are open at `at`. */
export function isOpen(at: Date, hours: BusinessHours): boolean {
  const window = windowOf(wallDay(at.getTime(), hours.timeZone), hours);
  return window !== null && at.getTime() >= window.open && at.getTime() < window.close;
}

/** `days` calendar days after `from` on the zone's clock (same time of day, whatever the day's length). */
export function addWallDays(from: Date, days: number, timeZone: string): Date {
  const wall = new TZDateMini(from.getTime(), timeZone);
  wall.setDate(wall.getDate() + days);
  return new Date(wall.getTime());
}

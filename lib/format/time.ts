/** Short human durations for dense UI: "45 s", "12 min", "3 h", "2 d", "5 w". Pure: `now` is passed in. */
import { t } from '../i18n';

export function shortDuration(ms: number): string {
  const s = Math.max(0, Math.round(Math.abs(ms) / 1000));
  if (s < 120) return t.plural('durationSeconds', s);
  const m = Math.round(s / 60);
  if (m < 60) return t.plural('durationMinutes', m);
  const h = Math.round(m / 60);
  if (h < 48) return t.plural('durationHours', h);
  const d = Math.round(h / 24);
  if (d < 14) return t.plural('durationDays', d);
  return t.plural('durationWeeks', Math.round(d / 7));
}

export function age(iso: string, now: Date): string {
  return shortDuration(now.getTime() - Date.parse(iso));
}

/** "in 12 min" / "12 min ago". */
export function relative(iso: string, now: Date): string {
  const diff = Date.parse(iso) - now.getTime();
  if (Math.abs(diff) < 10_000) return t('timeJustNow');
  const duration = shortDuration(diff);
  return diff >= 0 ? t('timeIn', { duration }) : t('timeAgo', { duration });
}

/**
 * The user's locale's formatters, made once each: asking `toLocaleString` builds a new one on
 * every call (a timeline of a hundred rows paid for a hundred).
 */
const formats = new Map<string, Intl.DateTimeFormat>();
function inLocale(name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  let format = formats.get(name);
  if (!format) formats.set(name, (format = new Intl.DateTimeFormat(undefined, options)));
  return format;
}

export function clockTime(iso: string): string {
  return inLocale('clock', { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }).format(new Date(iso));
}

/**
 * A time promised to someone, as they would say it: "15:30" today, "Fri 09:00" within the week,
 * "Mar 17, 09:00" later. In the user's locale and time zone.
 */
export function promiseClock(iso: string, now: Date): string {
  const d = new Date(iso);
  if (d.toDateString() === now.toDateString()) return inLocale('time', { hour: '2-digit', minute: '2-digit' }).format(d);
  if (d.getTime() - now.getTime() < 6 * 86_400_000) return inLocale('weekday-time', { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(d);
  return clockTime(iso);
}

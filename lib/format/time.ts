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

export function clockTime(iso: string): string {
  const d = new Date(iso);
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}

/**
 * A time promised to someone, as they would say it: "15:30" today, "Fri 09:00" within the week,
 * "Mar 17, 09:00" later. In the user's locale and time zone.
 */
export function promiseClock(iso: string, now: Date): string {
  const d = new Date(iso);
  const time: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit' };
  if (d.toDateString() === now.toDateString()) return d.toLocaleTimeString(undefined, time);
  if (d.getTime() - now.getTime() < 6 * 86_400_000) return d.toLocaleString(undefined, { weekday: 'short', ...time });
  return d.toLocaleString(undefined, { month: 'short', day: 'numeric', ...time });
}

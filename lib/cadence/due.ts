/**
 * When the next update to an audience is due. Pure: the rule, the times and `now` in, a time out.
 *
 * - The interval is the audience's own (`every` minutes), or the one Options gives the
 *   escalation's severity for that audience (`'severity'`), or none (`'off'`, or no severity).
 * - Counting starts at the later of the last update sent to the audience and `since` (when its
 *   rule last changed: a Sev3 that becomes a Sev1 at 10:00 owes its first hourly update at 11:00,
 *   not one hour after yesterday's update).
 * - Within the customer's business hours (when the audience keeps to them and hours are set):
 *   an interval shorter than a day counts business time only, as a desk's business-hours SLA
 *   does; a daily or longer interval lands on the same time of a later day and, when that is
 *   outside the hours, moves to the next opening.
 * - Whole days are counted on the clock of the customer's time zone (or the user's own when
 *   none is set), so "daily" stays at 10:00 across a daylight-saving change.
 */
import { addBusinessMinutes, addWallDays, nextOpening, type BusinessHours } from './hours';

export const DAY_MINUTES = 24 * 60;

/** An audience's rule: its own interval in minutes, its severity's, or none. */
export type CadenceRule = number | 'severity' | 'off';

/** Minutes between updates by severity, for one audience (null: no reminders at that severity). */
export type SeverityMinutes = Readonly<Record<'sev1' | 'sev2' | 'sev3' | 'sev4', number | null>>;

/** The interval in minutes a rule gives at a severity, or null for none. */
export function intervalFor(rule: CadenceRule, severity: keyof SeverityMinutes | null, bySeverity: SeverityMinutes): number | null {
  if (rule === 'off') return null;
  if (rule === 'severity') return severity ? bySeverity[severity] : null;
  return rule;
}

export interface DueInput {
  /** Minutes between updates (see `intervalFor`); null: nothing is due. */
  everyMinutes: number | null;
  /** ISO time of the last update to this audience, or null. */
  lastSentAt: string | null;
  /** ISO time its rule last changed (counting starts here when nothing was sent since). */
  since: string;
  /** The customer's business hours, when this audience keeps to them. */
  hours: BusinessHours | null;
  /** The zone whole days are counted in when no hours apply (the customer's, else the user's). */
  timeZone: string;
}

/** The ISO time the next update is due, or null when none is. */
export function nextDue(input: DueInput): string | null {
  const every = input.everyMinutes;
  if (every === null || !(every > 0)) return null;
  const base = new Date(Math.max(Date.parse(input.since), input.lastSentAt ? Date.parse(input.lastSentAt) : -Infinity));
  if (Number.isNaN(base.getTime())) return null;
  const hours = input.hours;
  if (hours && every < DAY_MINUTES) return addBusinessMinutes(base, every, hours).toISOString();
  const zone = hours?.timeZone ?? input.timeZone;
  const days = Math.floor(every / DAY_MINUTES);
  const rest = every - days * DAY_MINUTES;
  const calendar = new Date(addWallDays(base, days, zone).getTime() + rest * 60_000);
  return (hours ? nextOpening(calendar, hours) : calendar).toISOString();
}

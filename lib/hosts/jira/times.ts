/**
 * Jira writes times as `2021-01-17T12:34:00.000+0000` (offset without a colon), JSM as
 * `2015-10-08T15:00:00+0700` or with `Z`; Keel stores ISO strings in UTC.
 */
const JIRA_TIME = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?)(Z|[+-]\d{2}:?\d{2})$/;

/** UTC ISO string for a Jira time, or null when it is not one. */
export function jiraTimeToIso(value: string): string | null {
  const match = JIRA_TIME.exec(value.trim());
  if (!match) return null;
  const [, local, zone] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone!.slice(0, 3)}:${zone!.slice(-2)}`;
  const ms = Date.parse(`${local}${offset}`);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

/** Jira's own format for a UTC time (what the demo desk sends). */
export function isoToJiraTime(iso: string): string {
  return new Date(iso).toISOString().replace('Z', '+0000');
}

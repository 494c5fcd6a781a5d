/** Salesforce date-times (`2013-05-20T20:49:32.000+0000`) as ISO strings in UTC. Worker half. */

/** ISO string in UTC, or null for null/undefined/unparseable input. */
export function isoFrom(value: string | null | undefined): string | null {
  if (!value) return null;
  // `+0000` → `+00:00`, the form Date.parse accepts everywhere.
  const normalised = value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(normalised);
  return Number.isNaN(ms) ? null : new Date(ms).toISOString();
}

export function isoOr(value: string | null | undefined, fallback: Date): string {
  return isoFrom(value) ?? fallback.toISOString();
}

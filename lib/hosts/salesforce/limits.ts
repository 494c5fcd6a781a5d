/**
 * The org's daily API quota, from the `Sforce-Limit-Info` response header that the REST API
 * returns on every call except the Versions resource: `api-usage=used/limit`, possibly followed
 * by `; per-app-api-usage=…` or `; api-bursts=…`
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/headers_api_usage.htm).
 * Page half: no dependencies.
 */
import type { ApiUsage, RawApiRead } from '../types';

/** Automatic calls stop above this share of the org's daily quota (DESIGN.md, desk etiquette). */
export const QUOTA_GUARD_RATIO = 0.8;

function count(text: string): number | null {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 15) return null;
  for (const ch of trimmed) if (ch < '0' || ch > '9') return null;
  return Number(trimmed);
}

/** `api-usage=18/5000` → { used: 18, limit: 5000 }; null when the header is absent or unreadable. */
export function parseApiUsage(headers: Record<string, string>): ApiUsage | null {
  let value: string | undefined;
  for (const name of Object.keys(headers)) {
    if (name.toLowerCase() === 'sforce-limit-info') value = headers[name];
  }
  if (!value) return null;
  for (const part of value.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim().toLowerCase() !== 'api-usage') continue;
    const [usedText, limitText, extra] = part.slice(eq + 1).split('/');
    if (usedText === undefined || limitText === undefined || extra !== undefined) return null;
    const used = count(usedText);
    const limit = count(limitText);
    if (used === null || limit === null || limit === 0) return null;
    return { used, limit };
  }
  return null;
}

/** The most recent usage a read saw (responses are in request order). */
export function latestApiUsage(read: RawApiRead): ApiUsage | null {
  for (let i = read.responses.length - 1; i >= 0; i--) {
    const usage = parseApiUsage(read.responses[i]?.headers ?? {});
    if (usage) return usage;
  }
  return null;
}

/** True when automatic calls must stop: usage above the guard ratio of the daily limit. */
export function quotaGuardOn(usage: ApiUsage | null, ratio = QUOTA_GUARD_RATIO): boolean {
  return !!usage && usage.used > usage.limit * ratio;
}

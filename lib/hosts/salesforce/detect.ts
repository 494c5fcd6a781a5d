/**
 * Salesforce Case pages. Lightning record pages `/lightning/r/Case/ID/view`, `/lightning/r/ID/view`
 * and related lists `/lightning/r/Case/ID/related/REL/view`; console subtabs, whose URL names the
 * focused record in the path and the workspace (primary tab) record in `ws=`; Classic
 * `ORG.my.salesforce.com/ID`. Hosts are My Domain hosts, optionally with a partition word for
 * non-production orgs (`ORG--SB.sandbox.…`, `ORG-dev-ed.develop.…`; My Domain URL formats:
 * https://help.salesforce.com/s/articleView?id=sf.domain_name_url_formats_what_determines.htm).
 *
 * The ref's host is the org's API host (`*.my.salesforce.com`): the Lightning domain cannot call
 * the REST API, so the worker calls that host. Pure; paths are split, never backtracked over.
 */
import type { CaseRef, TicketLocation } from '../../model/case-ref';
import { parseDeskUrl } from '../url';
import { caseIdFrom } from './ids';

const LIGHTNING = 'lightning.force.com';
const MY_DOMAIN = 'my.salesforce.com';
/** Partition words of non-production orgs (enhanced domains). */
const PARTITIONS = new Set(['sandbox', 'develop', 'scratch', 'demo', 'patch', 'free', 'trailblaze']);
/** Actions of a record page that still show the record. */
const RECORD_ACTIONS = new Set(['view', 'edit', 'related']);

export interface SalesforceHosts {
  /** The My Domain API host, e.g. `acme.my.salesforce.com`. */
  api: string;
  /** The Lightning host, e.g. `acme.lightning.force.com`. */
  lightning: string;
}

function isLabel(label: string): boolean {
  if (label.length === 0 || label.length > 63 || label.startsWith('-') || label.endsWith('-')) return false;
  for (const ch of label) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '-')) return false;
  }
  return true;
}

/** The org part of a host (`acme`, `acme--uat.sandbox`) when it is a Lightning or My Domain host. */
function orgPart(host: string, suffix: string): string | null {
  if (!host.endsWith(`.${suffix}`)) return null;
  const labels = host.slice(0, -suffix.length - 1).split('.');
  if (labels.length > 2 || !labels.every(isLabel)) return null;
  if (labels.length === 2 && !PARTITIONS.has(labels[1] ?? '')) return null;
  return labels.join('.');
}

/** Both hosts of the org a Lightning or My Domain host belongs to; null for any other host. */
export function salesforceHosts(hostname: string): SalesforceHosts | null {
  const host = hostname.toLowerCase();
  const org = orgPart(host, LIGHTNING) ?? orgPart(host, MY_DOMAIN);
  if (!org) return null;
  return { api: `${org}.${MY_DOMAIN}`, lightning: `${org}.${LIGHTNING}` };
}

function segmentsOf(path: string): string[] {
  return path.split('/').filter((s) => s.length > 0);
}

/** `/lightning/r/Case/ID/view…` or `/lightning/r/ID/view…` → the Case id; null for other records. */
function caseFromLightningPath(segments: string[]): string | null {
  if (segments[0] !== 'lightning' || segments[1] !== 'r') return null;
  const third = segments[2] ?? '';
  // With the object name the id follows it; without, the third segment is the id itself.
  const [id, action] = third === 'Case' ? [segments[3], segments[4]] : [third, segments[3]];
  if (!id || !RECORD_ACTIONS.has(action ?? '')) return null;
  return caseIdFrom(id);
}

/** Classic record URL: exactly one path segment, the id (`/500…`, query such as `?srPos=0&srKp=500` ignored). */
function caseFromClassicPath(segments: string[]): string | null {
  return segments.length === 1 ? caseIdFrom(segments[0] ?? '') : null;
}

/** A console URL's workspace: `ws=/lightning/r/Case/ID/view` (URL-encoded in the query). */
function caseFromWorkspace(params: URLSearchParams): string | null {
  const ws = params.get('ws');
  if (!ws || ws.length > 512) return null;
  return caseFromLightningPath(segmentsOf(ws.split('?')[0] ?? ''));
}

/** The canonical Lightning record page of a Case ref. */
export function caseUrl(ref: CaseRef): string {
  const lightning = salesforceHosts(ref.host)?.lightning ?? ref.host;
  return `https://${lightning}/lightning/r/Case/${ref.ticketId}/view`;
}

export function detect(url: string): TicketLocation | null {
  const parsed = parseDeskUrl(url);
  if (!parsed) return null;
  const hosts = salesforceHosts(parsed.hostname);
  if (!hosts) return null;
  const segments = segmentsOf(parsed.pathname);
  // The focused record (the path) wins; a non-Case subtab falls back to its Case workspace.
  const id =
    caseFromLightningPath(segments) ??
    (segments[0] === 'lightning' ? caseFromWorkspace(parsed.searchParams) : null) ??
    (parsed.hostname.toLowerCase().endsWith(MY_DOMAIN) ? caseFromClassicPath(segments) : null);
  if (!id) return null;
  const ref: CaseRef = { desk: 'salesforce', host: hosts.api, ticketId: id };
  return { ...ref, url: caseUrl(ref) };
}

/**
 * The desk registry agrees with itself: every ticket URL a desk's detector recognises gets the
 * desk's content script, host permission and context-menu item; the ticket page URL is rebuilt
 * from the ref alone; and a page reports only on its own desk host.
 */
import { describe, expect, it } from 'vitest';
import { DESK_IDS, DESK_LIST, DESK_REGISTRY, deskEntry, hostPermissions, isDesk, isWorkerDesk, ticketPatterns, type Desk } from './registry';
import * as zendeskCases from './zendesk/detect-cases';
import * as jiraCases from './jira/detect-cases';
import * as salesforceCases from './salesforce/detect-cases';

const cases: Record<Desk, { positives: { url: string; expected: { host: string; ticketId: string; url: string } }[] }> = {
  zendesk: zendeskCases,
  jira: jiraCases,
  salesforce: salesforceCases,
};

/** Chrome's match patterns (scheme://host/path; `*.` host wildcard; `*` path glob over path and query; the fragment never counts). */
function matches(pattern: string, url: string): boolean {
  const m = /^(https?|\*):\/\/([^/]+)(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`not a match pattern: ${pattern}`);
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const u = new URL(url);
  if (scheme !== '*' ? u.protocol !== `${scheme}:` : !['http:', 'https:'].includes(u.protocol)) return false;
  const hostOk = host.startsWith('*.') ? u.hostname === host.slice(2) || u.hostname.endsWith(host.slice(1)) : u.hostname === host;
  const glob = new RegExp(`^${path.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && glob.test(u.pathname + u.search);
}

describe('desk registry', () => {
  it('names every desk once, each entry under its own id', () => {
    expect(DESK_LIST.map((desk) => desk.id)).toEqual([...DESK_IDS]);
    expect(isDesk('jira')).toBe(true);
    expect(isDesk('freshdesk')).toBe(false);
    expect(DESK_IDS.filter(isWorkerDesk)).toEqual(['salesforce']);
  });

  for (const id of DESK_IDS) {
    const desk = deskEntry(id);
    it(`${id}: every ticket URL it detects gets its content script, its host permission and the context menu`, () => {
      for (const { url } of cases[id].positives) {
        const excluded = (desk.contentScript.excludeMatches ?? []).some((p) => matches(p, url));
        expect(desk.contentScript.matches.some((p) => matches(p, url)) && !excluded, `content script on ${url}`).toBe(true);
        expect(hostPermissions().some((p) => matches(p, url)), `host permission for ${url}`).toBe(true);
        expect(ticketPatterns().some((p) => matches(p, url)), `menu on ${url}`).toBe(true);
      }
    });

    it(`${id}: the ticket page URL is rebuilt from the ref alone, and the detector names this desk`, () => {
      for (const { url, expected } of cases[id].positives) {
        expect(desk.detect(url)?.desk).toBe(id);
        expect(desk.ticketUrl(expected)).toBe(expected.url);
      }
    });

    it(`${id}: a ticket page reports on the host its tickets are keyed by`, () => {
      for (const { url, expected } of cases[id].positives) expect(desk.ticketHost(new URL(url)), url).toBe(expected.host);
    });
  }

  it("a Salesforce page reports only on its own org's API host", () => {
    const { ticketHost } = DESK_REGISTRY.salesforce;
    expect(ticketHost(new URL('https://acme.lightning.force.com/lightning/r/Case/500xx/view'))).toBe('acme.my.salesforce.com');
    expect(ticketHost(new URL('https://acme--uat.sandbox.my.salesforce.com/500xx'))).toBe('acme--uat.sandbox.my.salesforce.com');
    expect(ticketHost(new URL('https://evil.example/lightning/r/Case/500xx/view'))).toBeNull();
    expect(ticketHost(new URL('https://acme.zendesk.com/agent/tickets/1'))).toBeNull();
  });
});

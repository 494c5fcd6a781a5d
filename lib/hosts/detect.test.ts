/**
 * The cross-desk matrix: every desk's detector on every desk's real URL shapes. Each desk's own
 * positives are tickets of that desk only; every other desk's positives and negatives are
 * negatives for it. And `detectTicket` (all desks) finds each positive with the right desk.
 */
import { describe, expect, it } from 'vitest';
import { detectTicket } from './detect';
import { DESK_IDS, DESK_REGISTRY, type Desk } from './registry';
import { detectOnHost as jiraOnHost } from './jira/detect';
import * as zendeskCases from './zendesk/detect-cases';
import * as jiraCases from './jira/detect-cases';
import * as salesforceCases from './salesforce/detect-cases';

// Every registered desk's detector; a new desk must bring its detect-cases (TypeScript asks).
const detectors: Record<Desk, (url: string) => unknown> = Object.fromEntries(DESK_IDS.map((id) => [id, DESK_REGISTRY[id].detect])) as Record<Desk, (url: string) => unknown>;
const cases: Record<Desk, { positives: { url: string; expected: { host: string; ticketId: string } }[]; negatives: string[] }> = {
  zendesk: zendeskCases,
  jira: jiraCases,
  salesforce: salesforceCases,
};
const desks = DESK_IDS;

describe('cross-desk URL matrix', () => {
  for (const desk of desks) {
    it(`${desk} has at least ten real ticket URL shapes`, () => {
      expect(cases[desk].positives.length).toBeGreaterThanOrEqual(10);
    });
    for (const other of desks.filter((d) => d !== desk)) {
      it(`${desk}'s detector rejects every ${other} URL (tickets and non-tickets)`, () => {
        const urls = [...cases[other].positives.map((p) => p.url), ...cases[other].negatives];
        const accepted = urls.filter((url) => detectors[desk](url) !== null);
        expect(accepted).toEqual([]);
      });
    }
  }

  it('detectTicket names the right desk, host and ticket for every positive, and nothing for every negative', () => {
    for (const desk of desks) {
      for (const p of cases[desk].positives) {
        expect(detectTicket(p.url), p.url).toMatchObject({ desk, host: p.expected.host, ticketId: p.expected.ticketId });
      }
      for (const url of cases[desk].negatives) expect(detectTicket(url), url).toBeNull();
    }
  });

  it('self-hosted Jira is detected only on hosts the user added', () => {
    const url = jiraCases.dataCenterPositives[0]!.url;
    const host = new URL(url).host;
    expect(detectTicket(url)).toBeNull();
    expect(detectTicket(url, { jiraHosts: [host] })).toMatchObject({ desk: 'jira', ticketId: jiraCases.dataCenterPositives[0]!.expected.ticketId });
    // A Data Center host never turns another desk's URL into a Jira ticket.
    for (const other of [...zendeskCases.positives, ...salesforceCases.positives]) expect(jiraOnHost(other.url)).toBeNull();
  });

  it('junk is nobody\'s ticket', () => {
    for (const junk of ['', 'not a url', 'javascript:alert(1)', 'https://', 'ftp://acme.zendesk.com/agent/tickets/1', 'https://zendesk.com.evil.example/agent/tickets/1', 'https://evil.example/?u=https://acme.zendesk.com/agent/tickets/1']) {
      expect(detectTicket(junk), junk).toBeNull();
    }
  });
});

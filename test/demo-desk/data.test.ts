import { describe, expect, it } from 'vitest';
import { CORE_SCENARIOS, createDemoState, DEMO_HOSTS, jiraHostFor, JIRA_EXTRA_SCENARIOS, scenarioIds } from './data';
import { isValidId18, toId18 } from './salesforce-id';
import type { DemoDesk, DemoTicket, DeskData } from './types';

const NOW = new Date('2026-03-10T14:30:00.000Z');
const state = createDemoState(NOW);
const DESKS: DemoDesk[] = ['zendesk', 'jira', 'salesforce'];
const MINUTE = 60_000;

function ticket(desk: DemoDesk, scenario: string): DemoTicket {
  const found = state.desks[desk].tickets.find((t) => t.scenario === scenario);
  if (!found) throw new Error(`${desk} has no ${scenario} ticket`);
  return found;
}

function roleOf(data: DeskData, personId: string): 'customer' | 'agent' | undefined {
  return data.people.find((p) => p.id === personId)?.role;
}

function customerTexts(desk: DemoDesk, t: DemoTicket): string[] {
  return t.messages.filter((m) => roleOf(state.desks[desk], m.authorId) === 'customer').map((m) => m.text);
}

describe('demo storylines', () => {
  it('tells the same core scenarios on every desk, plus the Jira-only issues', () => {
    for (const desk of DESKS) {
      expect(state.desks[desk].tickets.map((t) => t.scenario)).toEqual(expect.arrayContaining([...CORE_SCENARIOS]));
      expect(ticket(desk, 'angry').subject).toBe(ticket('zendesk', 'angry').subject);
    }
    expect(state.desks.jira.tickets.map((t) => t.scenario)).toEqual(expect.arrayContaining([...JIRA_EXTRA_SCENARIOS]));
  });

  it('is deterministic for a given now, and laid out relative to it', () => {
    expect(createDemoState(NOW)).toEqual(state);
    const later = createDemoState(new Date(NOW.getTime() + 86_400_000));
    expect(Date.parse(later.desks.zendesk.tickets[0]!.createdAt) - Date.parse(state.desks.zendesk.tickets[0]!.createdAt)).toBe(86_400_000);
  });

  it.each(DESKS)('%s: consistent people, times and ids', (desk) => {
    const data = state.desks[desk];
    const people = new Set(data.people.map((p) => p.id));
    expect(people.size).toBe(data.people.length);
    expect(new Set(data.tickets.map((t) => t.id)).size).toBe(data.tickets.length);
    expect(new Set(data.tickets.map((t) => t.number)).size).toBe(data.tickets.length);
    const messageIds = data.tickets.flatMap((t) => t.messages.map((m) => m.id));
    expect(new Set(messageIds).size).toBe(messageIds.length);
    expect(data.people.filter((p) => p.role === 'agent').length).toBeGreaterThanOrEqual(3);
    expect(data.people.filter((p) => p.role === 'customer').every((p) => p.organization)).toBe(true);
    for (const t of data.tickets) {
      expect(people.has(t.requesterId), `${t.id} requester`).toBe(true);
      if (t.assigneeId) expect(roleOf(data, t.assigneeId), `${t.id} assignee`).toBe('agent');
      expect(t.messages.length).toBeGreaterThan(0);
      const times = t.messages.map((m) => Date.parse(m.at));
      expect(times, `${t.id} messages in order`).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBeGreaterThanOrEqual(Date.parse(t.createdAt));
      expect(Math.max(...times)).toBeLessThanOrEqual(NOW.getTime());
      expect(Date.parse(t.updatedAt)).toBeGreaterThanOrEqual(Math.max(...times));
      for (const m of t.messages) expect(people.has(m.authorId), `${t.id} author ${m.authorId}`).toBe(true);
      for (const e of t.events.filter((ev) => ev.field === 'assignee')) {
        for (const id of [e.from, e.to]) if (id !== null) expect(people.has(id), `${t.id} assignee event`).toBe(true);
      }
    }
    expect(data.tickets.some((t) => t.messages.some((m) => !m.public)), 'some internal notes').toBe(true);
  });

  it.each(DESKS)('%s: angry customer: churn threat, manager request, repeated follow-ups', (desk) => {
    const t = ticket(desk, 'angry');
    const texts = customerTexts(desk, t);
    const all = texts.join('\n');
    expect(all).toMatch(/evaluating other vendors/i);
    expect(all).toMatch(/third time/i);
    expect(all).toMatch(/speak to your manager/i);
    expect(all.match(/any update/gi)?.length).toBeGreaterThanOrEqual(2);
    expect(texts.length - 1, 'customer follow-ups').toBeGreaterThanOrEqual(3);
    // The last two messages are the customer's, unanswered.
    expect(t.messages.slice(-2).map((m) => roleOf(state.desks[desk], m.authorId))).toEqual(['customer', 'customer']);
    expect(t.priority).toBe('urgent');
    expect(t.sla.length).toBeGreaterThan(0);
  });

  it.each(DESKS)('%s: breached SLA is past due at now, with no agent reply', (desk) => {
    const t = ticket(desk, 'breached');
    const first = t.sla.find((s) => s.metric === 'first_reply_time');
    expect(first?.completedAt).toBeNull();
    expect(Date.parse(first!.startedAt) + first!.targetMinutes * MINUTE).toBeLessThan(NOW.getTime());
    expect(NOW.getTime() - Date.parse(first!.startedAt)).toBeGreaterThan(8 * 60 * MINUTE);
    expect(t.messages.every((m) => roleOf(state.desks[desk], m.authorId) === 'customer')).toBe(true);
    expect(t.assigneeId).toBeNull();
  });

  it('only the breached ticket has a breached running SLA', () => {
    for (const desk of DESKS) {
      const breachedNow = state.desks[desk].tickets.filter((t) =>
        t.sla.some((s) => s.completedAt === null && Date.parse(s.startedAt) + s.targetMinutes * MINUTE < NOW.getTime()),
      );
      expect(breachedNow.map((t) => t.scenario)).toEqual(['breached']);
    }
  });

  it.each(DESKS)('%s: reopened twice, reassigned, priority raised from normal to urgent', (desk) => {
    const t = ticket(desk, 'reopened');
    const reopens = t.events.filter((e) => e.field === 'status' && e.from === 'solved' && e.to === 'open');
    expect(reopens.length).toBeGreaterThanOrEqual(2);
    const priorities = t.events.filter((e) => e.field === 'priority');
    expect(priorities[0]?.from).toBe('normal');
    expect(priorities.at(-1)?.to).toBe('urgent');
    const assignees = new Set(t.events.filter((e) => e.field === 'assignee').map((e) => e.to));
    expect(assignees.size).toBeGreaterThanOrEqual(3);
    expect(customerTexts(desk, t).filter((text) => /still broken/i.test(text)).length).toBeGreaterThanOrEqual(2);
    expect(t.status).toBe('open');
    expect(t.priority).toBe('urgent');
  });

  it.each(DESKS)('%s: long thread: 150+ technical messages over weeks, no anger markers', (desk) => {
    const t = ticket(desk, 'long');
    expect(t.messages.length).toBeGreaterThanOrEqual(150);
    const span = Date.parse(t.messages.at(-1)!.at) - Date.parse(t.messages[0]!.at);
    expect(span).toBeGreaterThan(21 * 24 * 60 * MINUTE);
    const all = t.messages.map((m) => m.text).join('\n');
    expect(all).toContain('```');
    expect(all).toMatch(/^\s+at .+:\d+:\d+\)?$/m); // a stack trace
    expect(all).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z (INFO|WARN) /m); // log lines
    expect(all).toMatch(/^> On .+ wrote:$/m); // a quoted e-mail
    expect(all).not.toMatch(/other vendors|speak to your manager|third time|any update|unacceptable/i);
    expect(new Set(t.messages.map((m) => m.text)).size).toBeGreaterThan(140);
  });

  it.each(DESKS)('%s: a German-speaking customer and a brand-new ticket', (desk) => {
    const german = ticket(desk, 'german');
    expect(customerTexts(desk, german).join('\n')).toMatch(/Umsatzsteuer|Rechnungen/);
    const fresh = ticket(desk, 'new');
    expect(fresh.messages).toHaveLength(1);
    expect(fresh.status).toBe('new');
    expect(NOW.getTime() - Date.parse(fresh.createdAt)).toBeLessThan(60 * MINUTE);
  });
});

describe('desk id shapes', () => {
  it('Zendesk: numeric ids from 101', () => {
    expect(Object.values(scenarioIds(state, 'zendesk'))).toEqual(['101', '102', '103', '104', '105', '106', '107']);
    const ids = state.desks.zendesk.tickets.flatMap((t) => [...t.messages.map((m) => m.id), t.requesterId]);
    expect(ids.every((id) => /^\d+$/.test(id) && Number.isSafeInteger(Number(id)))).toBe(true);
  });

  it('Jira: SUP-n service-desk requests, ENG-42 software issue, OPS-n on Data Center', () => {
    const ids = scenarioIds(state, 'jira');
    expect(ids.calm).toBe('SUP-1');
    expect(ids.software).toBe('ENG-42');
    expect(ids.dc).toBe('OPS-7');
    for (const t of state.desks.jira.tickets) {
      expect(t.serviceDesk).toBe(t.id.startsWith('SUP-'));
      expect(t.number).toBe(t.id);
    }
    expect(jiraHostFor('OPS-7')).toBe(DEMO_HOSTS.jiraDc);
    expect(jiraHostFor('SUP-2')).toBe(DEMO_HOSTS.jira);
  });

  it('Salesforce: valid 18-character ids with checksums, CaseNumbers', () => {
    const data = state.desks.salesforce;
    for (const t of data.tickets) {
      expect(t.id).toMatch(/^500[0-9A-Za-z]{15}$/);
      expect(isValidId18(t.id), t.id).toBe(true);
      expect(t.number).toMatch(/^\d{8}$/);
      for (const m of t.messages) {
        expect(isValidId18(m.id), m.id).toBe(true);
        expect(m.id.slice(0, 3)).toBe(m.public ? '02s' : '00a');
      }
    }
    for (const p of data.people) {
      expect(isValidId18(p.id)).toBe(true);
      expect(p.id.slice(0, 3)).toBe(p.role === 'agent' ? '005' : '003');
    }
    expect(data.tickets[0]!.number).toBe('00001026');
    // The checksums are not trivially "AAA".
    expect(new Set(data.tickets.map((t) => t.id.slice(15))).size).toBeGreaterThan(1);
  });

  it('computes the documented checksum on known ids', () => {
    expect(toId18('001A0000006Vm9r')).toBe('001A0000006Vm9rIAC');
    expect(toId18('70130000001tcyI')).toBe('70130000001tcyIAAQ');
    expect(toId18('a0BA0000000L2ZC')).toBe('a0BA0000000L2ZCMA0');
    expect(toId18('00558000001N0Ke')).toBe('00558000001N0KeAAK');
    expect(toId18('ABCDEFGHIJKLMNO').slice(15)).toBe('555');
    expect(isValidId18('001A0000006Vm9rIAD')).toBe(false);
    expect(() => toId18('short')).toThrow();
  });
});

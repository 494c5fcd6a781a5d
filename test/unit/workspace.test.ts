/**
 * Plan, stakeholders, risks, meetings, timeline notes and drafts through the real background
 * entrypoint and WXT's fake browser: what the side panel sends, what the worker stores, what it
 * refuses.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { domainEvents } from '../../lib/worker/domain-events';
import { startBackground } from '../harness/background';

type Answer<T = unknown> = { ok: boolean; data?: T; error?: { code: string; message: string } };
const panel = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
const page = (tabId: number, url: string) => ({ id: 'test-extension-id', url, frameId: 0, tab: { id: tabId, url } });

function ask<T = unknown>(name: string, payload: unknown, sender: object = panel): Promise<Answer<T>> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ tag: 'keel/1', name, payload }, sender, resolve);
  });
}
async function data<T>(name: string, payload: unknown): Promise<T> {
  const answer = await ask<T>(name, payload);
  if (!answer.ok) throw new Error(`${name}: ${answer.error?.message}`);
  return answer.data as T;
}

interface Escalation {
  id: string;
  caseKey: string;
  openPlanItems?: number;
  planNextDueAt?: string | null;
}
interface Event {
  id: string;
  kind: string;
  by: string;
  facts: Record<string, string | null>;
}
let ticket = 900;
async function escalated(desk = 'zendesk', host = 'acme.zendesk.com'): Promise<{ ref: { desk: string; host: string; ticketId: string }; escalation: Escalation }> {
  const ref = { desk, host, ticketId: desk === 'jira' ? `SUP-${++ticket}` : String(++ticket) };
  const { escalation } = await data<{ escalation: Escalation }>('escalateTicket', { ref, title: 'Dashboards down' });
  return { ref, escalation };
}
const timeline = async (ref: object) => (await data<{ events: Event[] }>('getTimeline', { ref })).events;
const kinds = async (ref: object) => (await timeline(ref)).map((e) => e.kind);
/** Lets the clock move on, so that the next change is stamped later than the last (events in one millisecond have no order). */
const tick = () => new Promise((resolve) => setTimeout(resolve, 3));

beforeAll(startBackground);

describe('the plan through the worker', () => {
  it('adds items and objectives, keeps the escalation’s summary (open items, next due time) in step, and says so on the timeline', async () => {
    const { ref, escalation } = await escalated();
    const first = await data<{ item: { id: string; status: string; stamps: Record<string, { by: string }> } }>('addPlanItem', {
      ref,
      kind: 'item',
      fields: { title: '  Fail back to the EU primary ', ownerPerson: 'Ravi', ownerTeam: 'Database', dueAt: '2026-05-04T15:00:00.000Z' },
    });
    expect(first.item).toMatchObject({ title: 'Fail back to the EU primary', status: 'open', ownerPerson: 'Ravi', ownerTeam: 'Database', deliverable: '', meetingId: null });
    expect(first.item.stamps.title?.by).toBe('me');
    await tick();
    await data('addPlanItem', { ref, kind: 'item', fields: { title: 'Confirm no route data was lost', dueAt: '2026-05-04T13:00:00.000Z' } });
    await tick();
    await data('addPlanItem', { ref, kind: 'objective', fields: { title: 'Dashboards load for all depots' } });

    const { items } = await data<{ items: { kind: string; title: string }[] }>('getPlan', { ref });
    expect(items.map((i) => [i.kind, i.title])).toEqual(
      expect.arrayContaining([
        ['item', 'Fail back to the EU primary'],
        ['item', 'Confirm no route data was lost'],
        ['objective', 'Dashboards load for all depots'],
      ]),
    );
    expect(await data<Escalation>('getEscalation', { ref })).toMatchObject({ openPlanItems: 2, planNextDueAt: '2026-05-04T13:00:00.000Z' });
    const list = await data<{ escalations: Escalation[] }>('listActiveEscalations', {});
    expect(list.escalations.find((e) => e.id === escalation.id)).toMatchObject({ openPlanItems: 2, planNextDueAt: '2026-05-04T13:00:00.000Z' });
    expect((await timeline(ref)).filter((e) => e.kind.startsWith('plan.')).map((e) => [e.kind, e.facts.title])).toEqual([
      ['plan.item-added', 'Fail back to the EU primary'],
      ['plan.item-added', 'Confirm no route data was lost'],
      ['plan.objective-added', 'Dashboards load for all depots'],
    ]);

    // Done: no longer open, the next due time moves to the other item.
    const second = items.find((i) => i.title === 'Confirm no route data was lost') as unknown as { id: string };
    await data('updatePlanItem', { id: second.id, patch: { status: 'done' } });
    expect(await data<Escalation>('getEscalation', { ref })).toMatchObject({ openPlanItems: 1, planNextDueAt: '2026-05-04T15:00:00.000Z' });
    expect((await timeline(ref)).at(-1)).toMatchObject({ kind: 'plan.item-status-changed', facts: { title: 'Confirm no route data was lost', from: 'open', to: 'done' } });
  });

  it('records retyped text without a timeline entry, and a new due time with one', async () => {
    const { ref } = await escalated();
    const { item } = await data<{ item: { id: string } }>('addPlanItem', { ref, kind: 'item', fields: { title: 'Call' } });
    const before = (await timeline(ref)).length;
    for (const title of ['Call M', 'Call Marcus', 'Call Marcus at 3']) await data('updatePlanItem', { id: item.id, patch: { title } });
    await data('updatePlanItem', { id: item.id, patch: { ownerPerson: 'Dana', deliverable: 'Summary in the ticket' } });
    expect((await timeline(ref)).length).toBe(before);
    await data('updatePlanItem', { id: item.id, patch: { dueAt: '2026-05-04T15:00:00.000Z' } });
    expect((await timeline(ref)).at(-1)).toMatchObject({ kind: 'plan.item-due-changed', facts: { title: 'Call Marcus at 3', due: '2026-05-04T15:00:00.000Z' } });
    expect((await data<{ items: object[] }>('getPlan', { ref })).items).toEqual([expect.objectContaining({ title: 'Call Marcus at 3', ownerPerson: 'Dana', deliverable: 'Summary in the ticket' })]);
  });

  it('reads the plan to the panel without the stamps it keeps', async () => {
    const { ref } = await escalated();
    const { item } = await data<{ item: { id: string; stamps: Record<string, { by: string }> } }>('addPlanItem', { ref, kind: 'item', fields: { title: 'Call' } });
    const updated = await data<{ item: { stamps: Record<string, { by: string }> } }>('updatePlanItem', { id: item.id, patch: { ownerPerson: 'Dana' } });
    // Kept: who changed each field, and when.
    expect(Object.keys(updated.item.stamps)).toEqual(expect.arrayContaining(['title', 'ownerPerson']));
    const { items } = await data<{ items: Record<string, unknown>[] }>('getPlan', { ref });
    expect(items).toEqual([expect.objectContaining({ id: item.id, title: 'Call', ownerPerson: 'Dana', created: expect.objectContaining({ by: 'me' }) })]);
    expect(items[0]).not.toHaveProperty('stamps');
  });

  it('removes an item with a timeline entry, and the summary follows', async () => {
    const { ref } = await escalated();
    const { item } = await data<{ item: { id: string } }>('addPlanItem', { ref, kind: 'item', fields: { title: 'Temporary', dueAt: '2026-05-04T10:00:00.000Z' } });
    expect(await data('removePlanItem', { id: item.id })).toEqual({ removed: true });
    expect(await data('removePlanItem', { id: item.id })).toEqual({ removed: false });
    expect(await data<Escalation>('getEscalation', { ref })).toMatchObject({ openPlanItems: 0, planNextDueAt: null });
    expect((await timeline(ref)).at(-1)).toMatchObject({ kind: 'plan.item-removed', facts: { title: 'Temporary' } });
  });

  it('refuses what it cannot keep, with a sentence, and stores nothing', async () => {
    const notEscalated = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '77777' };
    expect(await ask('addPlanItem', { ref: notEscalated, kind: 'item', fields: { title: 'x' } })).toMatchObject({ ok: false, error: { message: 'This ticket is not escalated: escalate it first.' } });
    const { ref } = await escalated();
    expect(await ask('addPlanItem', { ref, kind: 'item', fields: { title: '   ' } })).toMatchObject({ ok: false, error: { code: 'invalid-request', message: expect.stringMatching(/title/) } });
    expect(await ask('addPlanItem', { ref, kind: 'item', fields: { title: 'x'.repeat(501) } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect(await ask('updatePlanItem', { id: 'nope', patch: { title: 'x' } })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no workspace record nope/) } });
    expect(await ask('updatePlanItem', { id: 'nope', patch: { escalationId: 'other' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await data<{ items: object[] }>('getPlan', { ref })).items).toEqual([]);
  });

  it('gives a desk page none of these messages', async () => {
    const { ref } = await escalated();
    const desk = page(4, `https://acme.zendesk.com/agent/tickets/${ref.ticketId}`);
    for (const [name, payload] of [
      ['getPlan', { ref }],
      ['addPlanItem', { ref, kind: 'item', fields: { title: 'x' } }],
      ['addStakeholder', { ref, role: 'csm' }],
      ['addRisk', { ref, fields: { risk: 'x' } }],
      ['addTimelineNote', { ref, text: 'x' }],
      ['saveDraft', { ref, slot: 'plan.item.title', text: 'x' }],
      ['getDrafts', { ref }],
      ['setMeetingCall', { ref, call: { everyMinutes: 60 } }],
    ] as const) {
      expect(await ask(name, payload, desk), name).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

describe('stakeholders through the worker', () => {
  it('adds a stakeholder from a role alone (prompts’ one-click action), then by hand, and words role changes on the timeline', async () => {
    const { ref } = await escalated();
    const { stakeholder } = await data<{ stakeholder: { id: string; name: string; role: string; raci: string | null } }>('addStakeholder', { ref, role: 'executive-sponsor' });
    expect(stakeholder).toMatchObject({ name: '', role: 'executive-sponsor', raci: null, organisation: '', contact: '' });
    await tick();
    await data('updateStakeholder', { id: stakeholder.id, patch: { name: 'Priya Shah', raci: 'A' } });
    await tick();
    await data('updateStakeholder', { id: stakeholder.id, patch: { role: 'account-owner' } });
    await tick();
    await data('addStakeholder', { ref, role: 'csm', name: ' Leo Park ', contact: 'leo@beacon.example' });
    const { stakeholders } = await data<{ stakeholders: { name: string; role: string; raci: string | null }[] }>('getStakeholders', { ref });
    expect(stakeholders.map((s) => [s.name, s.role, s.raci])).toEqual(
      expect.arrayContaining([
        ['Priya Shah', 'account-owner', 'A'],
        ['Leo Park', 'csm', null],
      ]),
    );
    expect((await timeline(ref)).filter((e) => e.kind.startsWith('stakeholder.')).map((e) => [e.kind, e.facts])).toEqual([
      ['stakeholder.added', { name: '', role: 'executive-sponsor' }],
      ['stakeholder.role-changed', { name: 'Priya Shah', from: 'executive-sponsor', to: 'account-owner' }],
      ['stakeholder.added', { name: 'Leo Park', role: 'csm' }],
    ]);
    expect(await ask('addStakeholder', { ref, role: 'chief-of-everything' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('suggests the requester and the assignee once the ticket has been read, and stops suggesting whoever was added', async () => {
    const url = 'https://acme.atlassian.net/browse/SUP-4242';
    const ref = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-4242' };
    await data('escalateTicket', { ref, title: 'VPN drops' });
    expect((await data<{ suggestions: object[] }>('getStakeholders', { ref })).suggestions).toEqual([]);
    const read = {
      kind: 'dom',
      ref,
      url,
      fields: {
        subject: 'VPN drops',
        status: 'Open',
        requester: 'Ingrid Berg',
        assignee: 'Ravi Menon',
        messages: [
          { author: 'Ingrid Berg', text: 'The VPN drops every hour.', at: '2026-03-07T13:55:00+0100' },
          { author: 'Ravi Menon', text: 'Looking into it.', at: '2026-03-07T14:10:00+0100' },
        ],
      },
    };
    expect(await ask('recordRead', { read }, page(9, url))).toMatchObject({ ok: true, data: { status: 'read' } });
    const first = await data<{ suggestions: { name: string; role: string; source: string }[] }>('getStakeholders', { ref });
    expect(first.suggestions.map((s) => [s.source, s.name, s.role])).toEqual(expect.arrayContaining([['assignee', 'Ravi Menon', 'engineering-owner']]));
    await data('addStakeholder', { ref, role: 'engineering-owner', name: 'Ravi Menon' });
    const after = await data<{ suggestions: { name: string }[] }>('getStakeholders', { ref });
    expect(after.suggestions.map((s) => s.name)).not.toContain('Ravi Menon');

    // The timeline now carries the desk's messages too, merged in time order.
    const events = await timeline(ref);
    expect(events.filter((e) => e.kind.startsWith('snapshot.')).map((e) => [e.kind, e.facts.author, e.facts.excerpt])).toEqual([
      ['snapshot.customer-message', 'Ingrid Berg', 'The VPN drops every hour.'],
      ['snapshot.agent-message', 'Ravi Menon', 'Looking into it.'],
    ]);
    expect(events[0]!.kind).toBe('snapshot.customer-message'); // written before the escalation existed
  });
});

describe('risks through the worker', () => {
  it('adds, rates, closes and reopens a risk, each on the timeline; retyping its text is not', async () => {
    const { ref } = await escalated();
    const { risk } = await data<{ risk: { id: string; likelihood: string; impact: string; status: string } }>('addRisk', { ref, fields: { risk: 'Replica promotion loses 40 minutes of routes' } });
    expect(risk).toMatchObject({ likelihood: 'medium', impact: 'medium', status: 'open' });
    await data('updateRisk', { id: risk.id, patch: { mitigation: 'Replay the WAL first', contingency: 'Re-import routes from the nightly export' } });
    await tick();
    await data('updateRisk', { id: risk.id, patch: { likelihood: 'high', impact: 'high' } });
    await tick();
    await data('updateRisk', { id: risk.id, patch: { status: 'closed' } });
    await tick();
    await data('updateRisk', { id: risk.id, patch: { status: 'open' } });
    expect((await kinds(ref)).filter((k) => k.startsWith('risk.'))).toEqual(['risk.added', 'risk.rating-changed', 'risk.closed', 'risk.reopened']);
    expect((await data<{ risks: object[] }>('getRisks', { ref })).risks).toEqual([expect.objectContaining({ mitigation: 'Replay the WAL first', likelihood: 'high', impact: 'high', status: 'open' })]);
    expect(await ask('addRisk', { ref, fields: { risk: '' } })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});

describe('meetings through the worker', () => {
  it('keeps one recurring call per escalation, even when two saves race, and puts its schedule on the timeline', async () => {
    const { ref } = await escalated();
    const [a, b] = await Promise.all([ask('setMeetingCall', { ref, call: { link: 'https://meet.example/abc' } }), ask('setMeetingCall', { ref, call: { everyMinutes: 240, at: '2026-05-04T09:00:00.000Z' } })]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    const { call, meetings } = await data<{ call: { link: string; everyMinutes: number; at: string }; meetings: object[] }>('getMeetings', { ref });
    expect(call).toMatchObject({ link: 'https://meet.example/abc', everyMinutes: 240, at: '2026-05-04T09:00:00.000Z' });
    expect(meetings).toEqual([]);
    expect((await timeline(ref)).filter((e) => e.kind === 'meeting.call-scheduled').at(-1)?.facts).toEqual({ every: '240', first: '2026-05-04T09:00:00.000Z' });
    await data('setMeetingCall', { ref, call: { link: 'https://meet.example/xyz' } });
    expect((await kinds(ref)).filter((k) => k === 'meeting.call-scheduled')).toHaveLength(1);
    await tick();
    await data('setMeetingCall', { ref, call: null });
    expect((await data<{ call: unknown }>('getMeetings', { ref })).call).toBeNull();
    expect((await kinds(ref)).at(-1)).toBe('meeting.call-cancelled');
  });

  it('keeps notes per meeting and turns a note line into a plan item in one step', async () => {
    const { ref } = await escalated();
    const { meeting } = await data<{ meeting: { id: string; at: string } }>('addMeeting', { ref });
    await data('updateMeeting', { id: meeting.id, patch: { notes: 'Failover incomplete\n- Action: Ravi to replay the WAL on staging\n' } });
    await tick();
    const { item } = await data<{ item: { title: string; meetingId: string; kind: string } }>('convertMeetingNote', { meetingId: meeting.id, line: '- Action: Ravi to replay the WAL on staging' });
    expect(item).toMatchObject({ kind: 'item', title: 'Ravi to replay the WAL on staging', meetingId: meeting.id, status: 'open' });
    expect((await data<{ items: { title: string }[] }>('getPlan', { ref })).items.map((i) => i.title)).toEqual(['Ravi to replay the WAL on staging']);
    expect((await kinds(ref)).slice(-2)).toEqual(['meeting.held', 'plan.item-from-meeting']);
    expect((await data<{ meetings: { notes: string }[] }>('getMeetings', { ref })).meetings[0]?.notes).toMatch(/Failover incomplete/);
    expect(await ask('convertMeetingNote', { meetingId: meeting.id, line: '- ' })).toMatchObject({ ok: false, error: { message: 'That line has nothing to turn into an action item.' } });
    expect(await ask('convertMeetingNote', { meetingId: 'gone', line: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/no longer exists/) } });
  });
});

describe('timeline notes and drafts through the worker', () => {
  it('adds a manual note, and deletes notes only (other events are history)', async () => {
    const { ref } = await escalated();
    const { event } = await data<{ event: Event }>('addTimelineNote', { ref, text: '  Marcus called: dispatch is on paper  ' });
    expect(event).toMatchObject({ kind: 'timeline.note', by: 'me', facts: { text: 'Marcus called: dispatch is on paper' } });
    const created = (await timeline(ref)).find((e) => e.kind === 'escalation.created')!;
    expect(await data('removeTimelineNote', { id: created.id })).toEqual({ removed: false });
    expect(await data('removeTimelineNote', { id: event.id })).toEqual({ removed: true });
    expect(await kinds(ref)).toEqual(['escalation.created']);
    expect(await ask('addTimelineNote', { ref, text: '  ' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('answers the newest page of a long timeline and says older events exist; a longer limit reads them', async () => {
    const { ref } = await escalated();
    // As fast as they come: events of the same millisecond still read back in the order they were written.
    for (let i = 1; i <= 110; i++) await data('addTimelineNote', { ref, text: `Call ${i}` });
    const first = await data<{ events: Event[]; more: boolean }>('getTimeline', { ref });
    expect(first.more).toBe(true);
    expect(first.events).toHaveLength(100);
    // Oldest first: the page ends with the newest note and starts eleven notes in.
    expect(first.events.at(-1)!.facts).toMatchObject({ text: 'Call 110' });
    expect(first.events[0]!.facts).toMatchObject({ text: 'Call 11' });
    const all = await data<{ events: Event[]; more: boolean }>('getTimeline', { ref, limit: 200 });
    expect(all.more).toBe(false);
    expect(all.events.map((e) => e.kind)).toEqual(['escalation.created', ...Array.from({ length: 110 }, () => 'timeline.note')]);
  });

  it('answers the newest page of notes and desk messages together, not a page of each', async () => {
    const url = 'https://acme.atlassian.net/browse/SUP-4300';
    const ref = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-4300' };
    await data('escalateTicket', { ref, title: 'VPN drops' });
    // 70 desk messages, all before the notes below (March 2026).
    const messages = Array.from({ length: 70 }, (_, i) => ({ author: i % 2 ? 'Ravi Menon' : 'Ingrid Berg', text: `Message ${i + 1}`, at: new Date(Date.UTC(2026, 2, 1, 0, i)).toISOString() }));
    const read = { kind: 'dom', ref, url, fields: { subject: 'VPN drops', status: 'Open', requester: 'Ingrid Berg', assignee: 'Ravi Menon', messages } };
    expect(await ask('recordRead', { read }, page(9, url))).toMatchObject({ ok: true });
    for (let i = 1; i <= 70; i++) {
      await data('addTimelineNote', { ref, text: `Call ${i}` });
      await tick();
    }
    const first = await data<{ events: Event[]; more: boolean }>('getTimeline', { ref });
    expect(first.more).toBe(true);
    expect(first.events).toHaveLength(100);
    // The newest hundred: every note, the escalation's creation, and the 29 newest messages.
    expect(first.events.at(-1)!.facts).toMatchObject({ text: 'Call 70' });
    expect(first.events.filter((e) => e.kind === 'timeline.note')).toHaveLength(70);
    expect(first.events.filter((e) => e.kind.startsWith('snapshot.')).map((e) => e.facts.excerpt)).toEqual(Array.from({ length: 29 }, (_, i) => `Message ${i + 42}`));
    const all = await data<{ events: Event[]; more: boolean }>('getTimeline', { ref, limit: 200 });
    expect(all.more).toBe(false);
    expect(all.events).toHaveLength(141);
  });

  it('answers with the ticket’s number for wording, and nothing for a ticket that is not escalated', async () => {
    const { ref } = await escalated();
    expect(await data('getTimeline', { ref })).toMatchObject({ ticket: { desk: 'zendesk', ticketId: ref.ticketId, ticketNumber: null } });
    expect(await data('getTimeline', { ref: { ...ref, ticketId: '5' } })).toEqual({ events: [], more: false, ticket: null });
  });

  it('saves drafts as typed, per ticket and slot, and forgets an emptied one', async () => {
    const a = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '31' };
    const b = { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '32' };
    await data('saveDraft', { ref: a, slot: 'plan.item.title', text: 'Call the cust' });
    await data('saveDraft', { ref: a, slot: 'timeline.note.text', text: 'Spoke to' });
    await data('saveDraft', { ref: b, slot: 'plan.item.title', text: 'Other ticket' });
    await data('saveDraft', { ref: a, slot: 'plan.item.title', text: 'Call the customer' });
    expect(await data('getDrafts', { ref: a })).toEqual({ drafts: { 'plan.item.title': 'Call the customer', 'timeline.note.text': 'Spoke to' } });
    await data('saveDraft', { ref: a, slot: 'timeline.note.text', text: '' });
    expect(await data('getDrafts', { ref: a })).toEqual({ drafts: { 'plan.item.title': 'Call the customer' } });
    expect(await ask('saveDraft', { ref: a, slot: 'Not A Slot', text: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });

  it('drops an escalation’s plan, people, risks, meetings and drafts when the escalation is deleted', async () => {
    const { ref, escalation } = await escalated();
    await data('addPlanItem', { ref, kind: 'item', fields: { title: 'x' } });
    await data('addStakeholder', { ref, role: 'csm' });
    await data('addRisk', { ref, fields: { risk: 'x' } });
    await data('addMeeting', { ref });
    await data('saveDraft', { ref, slot: 'plan.item.title', text: 'half' });
    const result = await domainEvents.publish('escalationDeleted', { escalationId: escalation.id, caseKey: escalation.caseKey });
    expect(result.failures).toEqual([]);
    expect((await data<{ items: object[] }>('getPlan', { ref })).items).toEqual([]);
    expect((await data<{ stakeholders: object[] }>('getStakeholders', { ref })).stakeholders).toEqual([]);
    expect((await data<{ risks: object[] }>('getRisks', { ref })).risks).toEqual([]);
    expect((await data<{ meetings: object[] }>('getMeetings', { ref })).meetings).toEqual([]);
    expect(await data('getDrafts', { ref })).toEqual({ drafts: {} });
  });
});

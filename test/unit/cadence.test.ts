/**
 * Cadence, promises and reminders in the worker, through the real message server and WXT's fake
 * browser, with an injected clock: set a severity and see the next update due; send an update
 * and see it move; let a promise fall due and see it broken, notified, counted on the badge; the
 * alarm is rebuilt from IndexedDB.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { createListener } from '../../lib/messaging/server';
import { createHandlers } from '../../lib/worker/handlers';
import { createDomainEvents } from '../../lib/worker/domain-events';
import { REMINDER_ALARM, remindersDue, remindersIdle, scheduleReminders } from '../../lib/worker/reminders';
import type { Clock } from '../../lib/model/clock';
import type { CaseSnapshot } from '../../lib/model/snapshot';
import { ingestParsed } from '../../lib/cases/ingest';
import { getDb } from '../../lib/worker/db';
import { cadenceRepository } from '../../lib/db/repositories/cadence';
import { caseKey } from '../../lib/model/case-ref';
import { audienceLabel } from '../../lib/ui/labels';

let now = new Date('2026-03-04T10:00:00.000Z');
let ids = 0;
const clock: Clock = { now: () => new Date(now), id: () => `id-${++ids}` };
const events = createDomainEvents(() => undefined);
const later = (minutes: number) => new Date(now.getTime() + minutes * 60_000).toISOString();

const panel = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
type Answer = { ok: boolean; data?: unknown; error?: { code: string; message: string } };
function ask<T = unknown>(name: string, payload: unknown, sender: object = panel): Promise<Answer & { data: T }> {
  return new Promise((resolve) => void fakeBrowser.runtime.onMessage.trigger({ tag: 'keel/1', name, payload }, sender, resolve));
}

async function escalated(ticketId: string) {
  const ref = { desk: 'zendesk' as const, host: 'acme.zendesk.com', ticketId };
  const answer = await ask<{ escalation: { id: string } }>('escalateTicket', { ref, title: `Ticket ${ticketId}` });
  expect(answer.ok).toBe(true);
  return { ref, id: answer.data.escalation.id };
}
const escalationOf = async (ref: object) => (await ask<{ nextUpdateDueAt?: string | null; promiseDueAt?: string | null; openPromises?: number }>('getEscalation', { ref })).data;
const cadenceOf = async (ref: object) => (await ask<{ record: Record<string, { dueAt: string | null; snooze: unknown }> | null; intervals: Record<string, number | null> }>('getCadence', { ref })).data;
const timelineKinds = async (ref: object) => (await ask<{ events: { kind: string; facts: Record<string, string | null> }[] }>('getTimeline', { ref })).data.events;

beforeAll(() => {
  fakeBrowser.reset();
  vi.stubGlobal('chrome', { sidePanel: { open: vi.fn(async () => undefined) }, windows: { WINDOW_ID_CURRENT: -2 } });
  fakeBrowser.runtime.onMessage.addListener(createListener(createHandlers({ clock, events })));
});

// First, while this is the only escalation: the badge and the alarm are across every escalation.
describe('reminders', () => {
  it('a promise in a sent update falls due unkept: broken, notified once, counted on the badge, and the alarm is set from storage', async () => {
    now = new Date('2026-03-04T10:00:00.000Z');
    const { ref, id } = await escalated('805');
    await ask('updateEscalation', { id, patch: { severity: 'sev2' } });
    await events.publish('updateSent', { escalationId: id, audience: 'customer-technical', at: now.toISOString(), text: "We are on it. I'll call you within 2 hours." });
    const list = await ask<{ promises: { quote: string; dueAt: string; state: string }[] }>('getPromises', { ref });
    expect(list.data.promises).toEqual([expect.objectContaining({ quote: "I'll call you within 2 hours.", dueAt: later(120), state: 'open' })]);
    expect(await escalationOf(ref)).toMatchObject({ openPromises: 1, promiseDueAt: later(120) });

    await scheduleReminders(clock);
    await remindersIdle();
    expect(await browser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: Date.parse(later(120)) });
    expect(await browser.action.getBadgeText({})).toBe('');

    // Two and a half hours later, nothing was sent: the alarm rings.
    now = new Date(now.getTime() + 150 * 60_000);
    await remindersDue(clock);
    await remindersIdle();
    const promises = await ask<{ promises: { state: string }[] }>('getPromises', { ref });
    expect(promises.data.promises[0]!.state).toBe('broken');
    const shown = fakeBrowser.notifications.getAllCreateOptions();
    expect(shown[`keel-due|${id}`]).toMatchObject({ title: expect.stringContaining('Ticket 805'), message: expect.stringContaining("I'll call you within 2 hours.") });
    expect(await browser.action.getBadgeText({})).toBe('1');
    expect(await timelineKinds(ref)).toContainEqual(expect.objectContaining({ kind: 'promise.broken' }));

    // Each due time notifies once.
    await fakeBrowser.notifications.clear(`keel-due|${id}`);
    await remindersDue(clock);
    await remindersIdle();
    expect(fakeBrowser.notifications.getAllCreateOptions()[`keel-due|${id}`]).toBeUndefined();

    // The worker slept and lost its alarm: a start rebuilds it from IndexedDB (the Sev2 update, 4 h after the escalation's severity).
    await browser.alarms.clearAll();
    await remindersDue(clock);
    await remindersIdle();
    expect(await browser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: Date.parse('2026-03-04T14:00:00.000Z') });

    // An update answers it late; closing it by hand takes it off the count.
    await ask('markUpdateSent', { ref, audience: 'customer-technical' });
    const id0 = (await ask<{ promises: { id: string }[] }>('getPromises', { ref })).data.promises[0]!.id;
    expect((await ask('updatePromise', { id: id0, patch: { closed: true, note: 'called them' } })).ok).toBe(true);
    expect(await escalationOf(ref)).toMatchObject({ openPromises: 0 });
  });
});

describe('reminders behind the first', () => {
  it('an audience falling due after another overdue one is reminded on time; a pass reads only what may have fallen due since', async () => {
    now = new Date('2026-04-01T10:00:00.000Z'); // everything the tests above set is long overdue
    const { ref, id } = await escalated('806');
    await ask('updateEscalation', { id, patch: { severity: 'sev1' } });
    expect((await ask('setCadence', { ref, audience: 'leadership', everyMinutes: 150 })).ok).toBe(true);
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe(later(60)); // the customer's, the earliest

    // The customer's update is overdue: reminded; the alarm is set for leadership's, still ahead.
    const leadershipDue = Date.parse(later(150));
    now = new Date(now.getTime() + 65 * 60_000);
    await remindersDue(clock);
    await remindersIdle();
    const first = fakeBrowser.notifications.getAllCreateOptions()[`keel-due|${id}`];
    expect(first?.message).toContain(audienceLabel('customer-technical'));
    expect(first?.message).not.toContain(audienceLabel('leadership'));
    expect(await browser.alarms.get(REMINDER_ALARM)).toMatchObject({ scheduledTime: leadershipDue });

    // Leadership's falls due: its reminder comes, though the escalation's earliest due time has not moved.
    await fakeBrowser.notifications.clear(`keel-due|${id}`);
    now = new Date(leadershipDue + 5 * 60_000);
    await remindersDue(clock);
    await remindersIdle();
    expect(fakeBrowser.notifications.getAllCreateOptions()[`keel-due|${id}`]?.message).toContain(audienceLabel('leadership'));

    // Nothing new can be due: the next pass reads no escalation's cadence; a change to this case reads this one only.
    const reads = vi.spyOn(cadenceRepository, 'get');
    try {
      await remindersDue(clock);
      await remindersIdle();
      expect(reads).not.toHaveBeenCalled();
      await scheduleReminders(clock, caseKey(ref));
      await remindersIdle();
      expect(reads.mock.calls.map((call) => call[1])).toEqual([id]);
    } finally {
      reads.mockRestore();
    }
  });
});

describe('a reminder that could not be shown', () => {
  it('is shown by the next pass', async () => {
    const { id } = await escalated('807');
    await ask('updateEscalation', { id, patch: { severity: 'sev1' } });
    now = new Date(now.getTime() + 65 * 60_000);
    const create = vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValueOnce(new Error('Notifications are off'));
    const warned = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      await remindersDue(clock);
      await remindersIdle();
      expect(fakeBrowser.notifications.getAllCreateOptions()[`keel-due|${id}`]).toBeUndefined();
      expect(warned).toHaveBeenCalledWith('[keel] reminders:', expect.objectContaining({ message: 'Notifications are off' }));
      await remindersDue(clock);
      await remindersIdle();
      expect(fakeBrowser.notifications.getAllCreateOptions()[`keel-due|${id}`]?.title).toContain('Ticket 807');
    } finally {
      create.mockRestore();
      warned.mockRestore();
    }
  });
});

describe('cadence: the next update due', () => {
  it('no severity: nothing due; Sev1: the customer every 60 minutes, on the escalation for the popup', async () => {
    const { ref, id } = await escalated('801');
    expect((await cadenceOf(ref)).intervals['customer-technical']).toBeNull();
    expect((await escalationOf(ref)).nextUpdateDueAt ?? null).toBeNull();

    expect((await ask('updateEscalation', { id, patch: { severity: 'sev1' } })).ok).toBe(true);
    const cadence = await cadenceOf(ref);
    expect(cadence.intervals).toMatchObject({ 'customer-technical': 60, leadership: null });
    expect(cadence.record!['customer-technical']!.dueAt).toBe(later(60));
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe(later(60));

    // Sev2: every 4 hours, counting from the change.
    now = new Date(now.getTime() + 10 * 60_000);
    await ask('updateEscalation', { id, patch: { severity: 'sev2' } });
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe(later(240));
  });

  it('an update sent (updates’ event) moves that audience’s next one; marking one sent by hand does too, on the timeline', async () => {
    const { ref, id } = await escalated('802');
    await ask('updateEscalation', { id, patch: { severity: 'sev1' } });
    const sentAt = later(20);
    await events.publish('updateSent', { escalationId: id, audience: 'customer-technical', at: sentAt, text: 'Status: investigating.' });
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe(new Date(Date.parse(sentAt) + 60 * 60_000).toISOString());

    now = new Date(now.getTime() + 45 * 60_000);
    expect((await ask('markUpdateSent', { ref, audience: 'customer-technical' })).ok).toBe(true);
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe(later(60));
    expect((await timelineKinds(ref)).map((e) => e.kind)).toContain('cadence.marked-sent');
  });

  it('an audience’s own interval, and snoozing with a reason (recorded; no reason is refused)', async () => {
    const { ref, id } = await escalated('803');
    await ask('updateEscalation', { id, patch: { severity: 'sev3' } });
    expect((await ask('setCadence', { ref, audience: 'leadership', everyMinutes: 120 })).ok).toBe(true);
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe(later(120));

    const refused = await ask('snoozeReminder', { ref, target: { kind: 'update', audience: 'leadership' }, minutes: 180, reason: '  ' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    expect((await ask('snoozeReminder', { ref, target: { kind: 'update', audience: 'leadership' }, minutes: 180, reason: 'waiting for the fix' })).ok).toBe(true);
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe(later(180));
    expect(await timelineKinds(ref)).toContainEqual(expect.objectContaining({ kind: 'cadence.snoozed', facts: expect.objectContaining({ audience: 'leadership', reason: 'waiting for the fix' }) }));
  });

  it('the customer’s business hours: a Sev1 update due after closing moves to the next opening', async () => {
    const { ref, id } = await escalated('804');
    now = new Date('2026-03-06T15:30:00.000Z'); // Friday 16:30 in Berlin
    await ask('updateEscalation', { id, patch: { severity: 'sev1' } });
    expect((await ask('setCustomerHours', { ref, timeZone: 'Europe/Berlin', hours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' } })).ok).toBe(true);
    // 30 minutes on Friday, 30 on Monday from 09:00 (CET).
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe('2026-03-09T08:30:00.000Z');
    expect((await ask('setCustomerHours', { ref, timeZone: 'Mars/Olympus', hours: null })).ok).toBe(false);
  });
});

describe('promises and reminders', () => {
  it('a promise kept: an update came before it fell due', async () => {
    now = new Date('2026-03-04T10:00:00.000Z');
    const { ref, id } = await escalated('806');
    await ask('updateEscalation', { id, patch: { severity: 'sev3' } });
    await events.publish('updateSent', { escalationId: id, audience: 'customer-technical', at: now.toISOString(), text: "I'll update you by 3pm." });
    now = new Date(now.getTime() + 60 * 60_000);
    await events.publish('updateSent', { escalationId: id, audience: 'customer-technical', at: now.toISOString(), text: 'Engineering found the cause.' });
    const promises = await ask<{ promises: { quote: string; state: string }[] }>('getPromises', { ref });
    expect(promises.data.promises).toEqual([expect.objectContaining({ quote: "I'll update you by 3pm.", state: 'kept' })]);
    expect(await escalationOf(ref)).toMatchObject({ openPromises: 0, promiseDueAt: null });
  });

  it('added by hand: its time read from its words; bad input refused with a message', async () => {
    now = new Date('2026-03-04T10:00:00.000Z');
    const { ref } = await escalated('807');
    const added = await ask<{ quote: string; dueAt: string | null; source: string }>('addPromise', { ref, text: 'Call Marcus tomorrow morning' });
    expect(added.data).toMatchObject({ quote: 'Call Marcus tomorrow morning', source: 'manual', dueAt: expect.stringMatching(/^2026-03-05T/) });
    expect(await ask('addPromise', { ref: { desk: 'zendesk', host: 'acme.zendesk.com', ticketId: 'not-escalated' }, text: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/not escalated/) } });
  });
});

describe('the desk thread', () => {
  const messages = (list: { role: 'customer' | 'agent'; text: string; at: string }[]) => list.map((m, i) => ({ id: String(i + 1), authorRole: m.role, authorName: m.role, at: m.at, public: true, text: m.text }));
  const snapshotOf = (ref: { desk: 'zendesk'; host: string; ticketId: string }, list: { role: 'customer' | 'agent'; text: string; at: string }[]): CaseSnapshot => ({
    ref, url: `https://${ref.host}/agent/tickets/${ref.ticketId}`, subject: 'Exports failing', status: 'open', priority: 'high', type: null, tags: [],
    requester: { name: 'Dana', email: 'dana@example.com', organization: 'Northwind' }, assignee: 'Sam', group: null,
    createdAt: list[0]!.at, updatedAt: list.at(-1)!.at, messages: messages(list),
    sla: [], reopenCount: 0, assigneeChanges: [], priorityChanges: [], source: 'api', readAt: list.at(-1)!.at,
  }) as CaseSnapshot;

  it('a promise in an agent’s public reply is found (due in the customer’s zone), the reply is an update to the customer, and a later reply keeps it', async () => {
    now = new Date('2026-03-04T10:00:00.000Z');
    const { ref, id } = await escalated('808');
    const zendesk = { desk: 'zendesk' as const, host: ref.host, ticketId: ref.ticketId };
    await ask('updateEscalation', { id, patch: { severity: 'sev2' } });
    await ask('setCustomerHours', { ref, timeZone: 'Europe/Berlin', hours: null });
    const thread = [
      { role: 'customer' as const, text: 'Exports fail every night.', at: '2026-03-04T09:00:00.000Z' },
      { role: 'agent' as const, text: "Sorry about this. I'll update you by 3pm.", at: '2026-03-04T09:30:00.000Z' },
    ];
    await ingestParsed(await getDb(), zendesk, { ok: true, snapshot: snapshotOf(zendesk, thread) }, { now, id: clock.id }, 'api');
    await events.publish('snapshotIngested', { caseKey: 'zendesk:acme.zendesk.com:808' });
    const found = await ask<{ promises: { quote: string; dueAt: string; source: string; state: string; messageId: string }[] }>('getPromises', { ref });
    expect(found.data.promises).toEqual([expect.objectContaining({ quote: "I'll update you by 3pm.", dueAt: '2026-03-04T14:00:00.000Z', source: 'desk', messageId: '2', state: 'open' })]);
    // Sev2 was set at 10:00, after that reply: 4 hours counted from the change.
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe('2026-03-04T14:00:00.000Z');

    now = new Date('2026-03-04T11:10:00.000Z');
    const later = [...thread, { role: 'agent' as const, text: 'Engineering found the cause and is testing a fix.', at: '2026-03-04T11:00:00.000Z' }];
    await ingestParsed(await getDb(), zendesk, { ok: true, snapshot: snapshotOf(zendesk, later) }, { now, id: clock.id }, 'api');
    await events.publish('snapshotIngested', { caseKey: 'zendesk:acme.zendesk.com:808' });
    const kept = await ask<{ promises: { state: string }[] }>('getPromises', { ref });
    expect(kept.data.promises.map((p) => p.state)).toEqual(['kept']);
    // The new public reply is an update to the customer: 4 hours from it.
    expect((await escalationOf(ref)).nextUpdateDueAt).toBe('2026-03-04T15:00:00.000Z');
  });
});

/**
 * Prompts and the composer through the real background entrypoint (WXT's fake browser): a read
 * ticket's prompts with their reasons, constraints and unanswered asks; done/dismissed recorded
 * per escalation and on the timeline, back when the reason changes; one-click actions only
 * through a domain that registered them; the composer's newest save wins; desk pages may ask none
 * of it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { promptActions } from '../../lib/worker/prompt-actions';
import { startBackground } from '../harness/background';

const panel = { id: 'test-extension-id', url: 'chrome-extension://test-extension-id/sidepanel.html' };
const page = (tabId: number, url: string) => ({ id: 'test-extension-id', url, frameId: 0, tab: { id: tabId, url } });

type Answer = { ok: boolean; data?: unknown; error?: { code: string; message: string } };
function ask(name: string, payload: unknown, sender: object = panel): Promise<Answer> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger({ tag: 'keel/1', name, payload }, sender, resolve);
  });
}

interface PromptView {
  id: string;
  signal: string;
  state: string;
  fingerprint: string;
  title: string;
  quotes: { text: string }[];
  actions: { action: { kind: string }; available: boolean }[];
}
interface GuidanceView {
  read: boolean;
  escalated: boolean;
  prompts: PromptView[];
  unanswered: { kind: string; quote: string; times: number }[];
  constraints: { kind: string; quote: string }[];
}

const url = 'https://acme.atlassian.net/browse/SUP-42';
const ref = { desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-42' };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();
const thread = [
  { author: 'Marcus Webb', at: hoursAgo(30), text: 'Every dashboard returns 502. Could you send us the incident report for last week as well?' },
  { author: 'Dana', at: hoursAgo(29), text: 'Thanks Marcus, I am looking into the dashboards now.' },
  { author: 'Dana', at: hoursAgo(28), text: "Engineering says: don't give the customer an ETA until the incident commander does.", internal: true },
  { author: 'Marcus Webb', at: hoursAgo(26), text: 'Any update?' },
  { author: 'Marcus Webb', at: hoursAgo(24), text: 'We are evaluating other vendors and will cancel our contract if this goes on. Any update?' },
];
const read = (messages: typeof thread) => ({ kind: 'dom', ref, url, fields: { subject: 'Dashboards down', status: 'Open', requester: 'Marcus Webb', assignee: 'Dana', messages } });

async function guidance(): Promise<GuidanceView> {
  const answer = await ask('getPrompts', { ref });
  expect(answer).toMatchObject({ ok: true });
  return answer.data as GuidanceView;
}

beforeAll(startBackground);

describe('prompts through the worker', () => {
  it('has nothing to prompt before the ticket is read', async () => {
    expect(await guidance()).toMatchObject({ read: false, prompts: [], unanswered: [] });
  });

  it("prompts from the read ticket, with the customer's words, the notes' constraints and the unanswered asks", async () => {
    expect(await ask('recordRead', { read: read(thread) }, page(4, url))).toMatchObject({ ok: true, data: { status: 'read' } });
    const g = await guidance();
    expect(g).toMatchObject({ read: true, escalated: false });
    const churn = g.prompts.find((p) => p.signal === 'churn-threat');
    expect(churn?.quotes.map((q) => q.text).join(' ')).toContain('evaluating other vendors');
    expect(churn?.actions.map((a) => a.action.kind)).toContain('addStakeholder');
    // The stakeholder, cadence and promise domains carry out the prompts' one-click actions: buttons.
    expect(churn?.actions.every((a) => a.available)).toBe(true);
    expect(g.prompts.map((p) => p.signal)).toContain('update-chase');
    expect(g.constraints).toEqual([expect.objectContaining({ kind: 'no-eta', quote: expect.stringContaining("don't give the customer an ETA") })]);
    expect(g.unanswered).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'question', quote: expect.stringContaining('incident report') }), expect.objectContaining({ kind: 'update', times: 2 })]),
    );
  });

  it('records done or dismissed only on an escalation, on its timeline, until the reason changes', async () => {
    const churn = (await guidance()).prompts.find((p) => p.signal === 'churn-threat')!;
    const change = { ref, promptId: churn.id, fingerprint: churn.fingerprint, state: 'dismissed', title: churn.title };
    expect(await ask('setPromptState', change)).toMatchObject({ ok: false, error: { message: expect.stringMatching(/Escalate this ticket first/) } });

    expect(await ask('escalateTicket', { ref, title: 'Dashboards down' })).toMatchObject({ ok: true });
    expect(await ask('setPromptState', change)).toMatchObject({ ok: true, data: { changed: true } });
    expect(await ask('setPromptState', change)).toMatchObject({ ok: true, data: { changed: false } });
    expect((await guidance()).prompts.find((p) => p.id === churn.id)?.state).toBe('dismissed');
    const timeline = (await ask('getTimeline', { ref })).data as { events: { kind: string; facts: Record<string, unknown> }[] };
    expect(timeline.events).toEqual(expect.arrayContaining([expect.objectContaining({ kind: 'prompt.dismissed', facts: { prompt: churn.title } })]));

    // A new threat is a new reason: the prompt is open again.
    const again = [...thread, { author: 'Marcus Webb', at: hoursAgo(1), text: 'Our CFO has approved moving to a competitor next month. We will terminate the contract.' }];
    expect(await ask('recordRead', { read: read(again) }, page(4, url))).toMatchObject({ ok: true, data: { status: 'read' } });
    const reopened = (await guidance()).prompts.find((p) => p.id === churn.id);
    expect(reopened?.fingerprint).not.toBe(churn.fingerprint);
    expect(reopened?.state).toBe('open');
  });

  it('reads the thread as it is now: a question answered a moment ago is no longer unanswered', async () => {
    expect((await guidance()).unanswered.map((u) => u.quote).join(' ')).toContain('incident report');
    const answered = [...thread, { author: 'Dana', at: hoursAgo(0.5), text: 'Marcus, here is the incident report for last week, attached.' }];
    expect(await ask('recordRead', { read: read(answered) }, page(4, url))).toMatchObject({ ok: true, data: { status: 'read' } });
    expect((await guidance()).unanswered.map((u) => u.quote).join(' ')).not.toContain('incident report');
  });

  it('one click brings in the account owner, sets an hourly cadence and records the promise, each through its own domain', async () => {
    expect(await ask('runPromptAction', { ref, promptId: 'churn-threat', action: { kind: 'addStakeholder', role: 'account-owner' } })).toMatchObject({ ok: true });
    const people = (await ask('getStakeholders', { ref })).data as { stakeholders: { role: string; name: string }[] };
    expect(people.stakeholders).toEqual([expect.objectContaining({ role: 'account-owner', name: '' })]);

    expect(await ask('runPromptAction', { ref, promptId: 'update-chase', action: { kind: 'setCadence', audience: 'customer-executive', everyMinutes: 60 } })).toMatchObject({ ok: true });
    const cadence = (await ask('getCadence', { ref })).data as { intervals: Record<string, number | null> };
    expect(cadence.intervals['customer-executive']).toBe(60);

    const dueAt = new Date(Date.now() + 3 * 3_600_000).toISOString();
    expect(await ask('runPromptAction', { ref, promptId: 'update-chase', action: { kind: 'addPromise', text: 'Next update by 15:00', dueAt } })).toMatchObject({ ok: true });
    const promises = (await ask('getPromises', { ref })).data as { promises: { quote: string; dueAt: string | null }[] };
    expect(promises.promises).toEqual(expect.arrayContaining([expect.objectContaining({ quote: 'Next update by 15:00', dueAt, source: 'manual' })]));

    // A domain that does not carry out a kind cannot take it over.
    expect(() => promptActions.register('addStakeholder', 'someone-else', async () => [])).toThrow(/already carried out by stakeholder/);
  });

  it('a promise to the customer that fell due unkept prompts "own it and give a new time", quoting it, until it is closed', async () => {
    const before = (await guidance()).prompts.find((p) => p.signal === 'broken-promise');
    expect(before).toBeUndefined();
    const added = await ask('addPromise', { ref, text: "I'll call you back by 10am with the root cause.", dueAt: hoursAgo(2) });
    expect(added).toMatchObject({ ok: true });
    const broken = (await guidance()).prompts.find((p) => p.signal === 'broken-promise');
    expect(broken?.title).toMatch(/own it and give a new, realistic time/);
    // The promise in its own words; the one not yet due (15:00, three hours ahead) is not quoted.
    expect(broken?.quotes.map((q) => q.text)).toEqual(["I'll call you back by 10am with the root cause."]);
    expect(broken?.actions).toEqual([expect.objectContaining({ action: expect.objectContaining({ kind: 'addPromise' }), available: true })]);

    const id = (added.data as { id: string }).id;
    expect(await ask('updatePromise', { id, patch: { closed: true, note: 'Called at 11' } })).toMatchObject({ ok: true });
    expect((await guidance()).prompts.find((p) => p.signal === 'broken-promise')).toBeUndefined();
  });

  it("keeps the composer's newest save, whatever order saves arrive in", async () => {
    expect(await ask('getReplyDraft', { ref })).toMatchObject({ ok: true, data: null });
    expect(await ask('saveReplyDraft', { ref, text: "I'll update you by 15:30", rev: 20 })).toMatchObject({ ok: true, data: { saved: true } });
    expect(await ask('saveReplyDraft', { ref, text: "I'll upd", rev: 10 })).toMatchObject({ ok: true, data: { saved: false } });
    expect(await ask('getReplyDraft', { ref })).toMatchObject({ ok: true, data: { text: "I'll update you by 15:30" } });
  });

  it('gives a desk page none of it', async () => {
    for (const [name, payload] of [
      ['getPrompts', { ref }],
      ['saveReplyDraft', { ref, text: 'x', rev: 1 }],
      ['readDeskDraft', { ref }],
      ['setPromptState', { ref, promptId: 'churn-threat', fingerprint: '', state: 'done', title: 't' }],
    ] as const) {
      expect(await ask(name, payload, page(4, url))).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
  });
});

/**
 * Issue 8, cadence and reminders in the browser, on the demo desk: escalate and set Sev1, see the
 * customer's next update due; mark an update sent and see it move to an hour from now; let a
 * promise fall due (the alarm fired by hand inside the worker, as Chrome would fire it) and see
 * it broken, the badge counting it and a notification; stop the worker and find the reminder
 * still scheduled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelFor, sendFromExtension, startRig, stopServiceWorker, stripFrame, type Rig } from './helpers';

type Answer<T> = { ok: boolean; data: T; error?: { message: string } };
const HOUR = 3_600_000;

describe('cadence and reminders in the browser', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('Sev1 sets the next customer update; marking one sent moves it; a promise falls due: broken, badge, notification; the alarm outlives the worker', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.angry));
    const frame = await stripFrame(page);
    await frame.waitForSelector('.strip[data-read="read"]', { timeout: 30_000 });
    const panel = await openPanelFor(rig.keel, page);
    await panel.click('.ws-escalate button', { timeout: 15_000 });
    await panel.waitForSelector('.cadence', { timeout: 15_000 });
    expect(await panel.textContent('.cadence')).toContain('Set a severity to start the update cadence');

    // Sev1: the customer is owed an update every hour, counted from the last public agent reply.
    await panel.waitForSelector('.sev-editing', { timeout: 10_000 });
    await panel.click('.sev-cell[data-impact="extensive"][data-urgency="critical"]');
    await panel.fill('.sev-justification textarea', 'Every dispatcher is down.');
    await panel.click('.sev-editing .row button.primary');
    await panel.waitForSelector('.sev-panel[data-severity="sev1"]', { timeout: 10_000 });
    const customer = '.cadence li[data-audience="customer-technical"]';
    await panel.waitForSelector(`${customer}[data-due]:not([data-due=""])`, { timeout: 15_000 });
    const firstDue = Date.parse((await panel.getAttribute(customer, 'data-due'))!);
    expect(await panel.textContent(`${customer} .cadence-head`)).toContain('every 1 h');

    // An update goes out (marked by hand: the same path as updates' updateSent): the next one is an hour from now.
    const before = Date.now();
    await panel.click(`${customer} button:has-text("Mark sent")`);
    await panel.waitForFunction(([sel, old]) => Date.parse(document.querySelector(sel)?.getAttribute('data-due') ?? '') !== old, [customer, firstDue] as const, { timeout: 15_000 });
    const moved = Date.parse((await panel.getAttribute(customer, 'data-due'))!);
    expect(moved).toBeGreaterThanOrEqual(before + HOUR - 1_000);
    expect(moved).toBeLessThanOrEqual(Date.now() + HOUR + 1_000);
    await panel.waitForSelector('.cadence [role="status"]:has-text("marked as sent")');

    // A promise due in three seconds; nothing answers it.
    const active = await sendFromExtension<Answer<{ escalations: { id: string; desk: string; host: string; ticketId: string; caseKey: string }[] }>>(panel, 'listActiveEscalations', {});
    const escalation = active.data.escalations.find((e) => e.ticketId === ids.angry)!;
    const ref = { desk: escalation.desk, host: escalation.host, ticketId: escalation.ticketId };
    const dueAt = new Date(Date.now() + 3_000).toISOString();
    const added = await sendFromExtension<Answer<{ id: string }>>(panel, 'addPromise', { ref, text: "I'll call you back in a moment", dueAt });
    expect(added.ok).toBe(true);
    await panel.waitForSelector(`.promises li[data-promise="${added.data.id}"][data-state="open"]`);
    await panel.waitForTimeout(Math.max(0, Date.parse(dueAt) - Date.now() + 500));

    // The alarm rings inside the worker, as Chrome fires it.
    const worker = await rig.keel.worker();
    await worker.evaluate(() => (chrome.alarms.onAlarm as unknown as { dispatch(alarm: chrome.alarms.Alarm): void }).dispatch({ name: 'keel-reminder', scheduledTime: Date.now(), persistAcrossSessions: true }));
    await panel.waitForSelector(`.promises li[data-promise="${added.data.id}"][data-state="broken"]`, { timeout: 15_000 });
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({})), { timeout: 15_000 }).toBe('1');
    const notifications = await worker.evaluate(() => chrome.notifications.getAll());
    expect(Object.keys(notifications)).toContain(`keel-due|${escalation.id}`);
    // The popup puts it first.
    const popup = await rig.keel.context.newPage();
    await popup.goto(rig.keel.extensionUrl('popup.html'));
    await popup.waitForSelector('.esc-row');
    expect(await popup.getAttribute('.esc-row >> nth=0', 'data-case')).toBe(escalation.caseKey);
    await popup.close();

    // The next reminder (the customer's update, an hour after it was marked sent) is an alarm, which outlives the worker.
    const alarm = await worker.evaluate(() => chrome.alarms.get('keel-reminder'));
    expect(alarm?.scheduledTime).toBe(moved);
    await stopServiceWorker(rig.keel.context, page, rig.keel.extensionId);
    const woken = await rig.keel.worker();
    expect((await woken.evaluate(() => chrome.alarms.get('keel-reminder')))?.scheduledTime).toBe(moved);
    expect(await woken.evaluate(() => chrome.action.getBadgeText({}))).toBe('1');
    await Promise.all([panel.close(), page.close()]);
  });
});

/**
 * Issue 9 (lifecycle) on the demo desk: escalate, get a severity suggestion and set Sev1 with a
 * justification, move to mitigating, try to resolve while the customer is hot and see the guard,
 * link the same customer's Jira and Salesforce escalations and see them grouped in the popup,
 * then stop the worker and find all of it intact.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionPage, openPanelFor, popupRows, sendFromExtension, startRig, stopServiceWorker, stripFrame, type Rig } from './helpers';

/** Picks a move in the state control and makes it. */
async function moveTo(panel: Page, state: string): Promise<void> {
  await panel.selectOption('.lc-move select', state);
  await panel.click('.lc-move button.primary');
}

describe('the lifecycle in the browser', () => {
  let rig: Rig;
  let jira: Page;
  let salesforce: Page;
  let panel: Page;
  let jiraKey = '';
  let salesforceKey = '';

  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('escalates, suggests a severity and saying why, and sets Sev1 with a justification', async () => {
    const { desk, keel } = rig;
    const id = desk.tickets('jira').angry;
    jira = await keel.context.newPage();
    await jira.goto(desk.urls.jira(id));
    const frame = await stripFrame(jira);
    await frame.waitForFunction(() => /hot|critical/.test(document.querySelector('.strip')?.getAttribute('data-band') ?? ''), undefined, { timeout: 20_000 });
    jiraKey = `jira:${new URL(desk.urls.jira(id)).host}:${id}`;
    panel = await openPanelFor(keel, jira);
    await panel.click('.ws-escalate button', { timeout: 10_000 });

    // A new escalation asks for its severity at once, with a suggestion and its reasons.
    await panel.waitForSelector('.sev-editing', { timeout: 10_000 });
    const suggestion = (await panel.textContent('.sev-suggest'))!;
    expect(await panel.getAttribute('.sev-suggest', 'data-suggested')).toMatch(/^sev[12]$/);
    expect(suggestion).toMatch(/priority/);
    expect(suggestion).toMatch(/hot|critical/);

    await panel.click('.sev-cell[data-impact="extensive"][data-urgency="critical"]');
    expect(await panel.getAttribute('.sev-cell[data-impact="extensive"][data-urgency="critical"]', 'aria-pressed')).toBe('true');
    // Setting it without a word is refused, in words.
    await panel.click('.sev-editing .row button.primary');
    expect(await panel.textContent('.sev-editing .error')).toMatch(/justif/i);
    await panel.fill('.sev-justification textarea', 'All 240 dispatchers down across three depots; trucks leaving late.');
    await panel.click('.sev-editing .row button.primary');
    await panel.waitForSelector('.sev-panel[data-severity="sev1"]');
    expect(await panel.textContent('.sev-why')).toContain('240 dispatchers');
    // The change is in the timeline.
    await panel.waitForFunction(() => /SEV1/.test(document.querySelector('.timeline')?.textContent ?? ''), undefined, { timeout: 10_000 });
  });

  it('moves forward, and the resolve guard speaks up while the customer is hot', async () => {
    await moveTo(panel, 'investigating');
    await panel.waitForSelector('.lc-state[data-state="investigating"]');
    await moveTo(panel, 'mitigating');
    await panel.waitForSelector('.lc-state[data-state="mitigating"]');
    expect(await panel.textContent('.lc-now')).toMatch(/Mitigating/i);

    await moveTo(panel, 'resolved');
    await panel.waitForSelector('.lc-guard');
    expect(await panel.$$eval('.lc-guard li', (items) => items.map((i) => i.getAttribute('data-concern')))).toContain('temperature');
    expect(await panel.textContent('.lc-guard')).toMatch(/hot|critical/i);
    // Focus lands on the question; Escape keeps the escalation where it was.
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('lc-guard'))).toBe(true);
    await panel.keyboard.press('Escape');
    await panel.waitForSelector('.lc-guard', { state: 'detached' });
    expect(await panel.getAttribute('.lc-state', 'data-state')).toBe('mitigating');

    // Going backwards needs a reason.
    await moveTo(panel, 'investigating');
    await panel.waitForSelector('.lc-state .error');
    expect(await panel.getAttribute('.lc-state', 'data-state')).toBe('mitigating');
  });

  it("links the same customer's Jira and Salesforce escalations, and the popup groups them", async () => {
    const { desk, keel } = rig;
    const id = desk.tickets('salesforce').angry;
    salesforce = await keel.context.newPage();
    await salesforce.goto(desk.urls.salesforceLogin(id));
    await salesforce.waitForURL(/lightning\.force\.com\/lightning\/r\/Case\//);
    await stripFrame(salesforce);
    const sfPanel = await openPanelFor(keel, salesforce);
    await sfPanel.click('.ws-escalate button', { timeout: 10_000 });
    await sfPanel.waitForSelector('.sev-editing', { timeout: 10_000 });
    salesforceKey = (await sfPanel.getAttribute('.workspace', 'data-case'))!;
    await sfPanel.close();

    // Back on Jira: the Salesforce escalation is suggested, the same organisation.
    await jira.bringToFront();
    await panel.waitForSelector(`.link-suggestions li[data-case="${salesforceKey}"]`, { timeout: 15_000 });
    await panel.click(`.link-suggestions li[data-case="${salesforceKey}"] button`);
    await panel.waitForSelector(`.link-list:not(.link-suggestions) li[data-case="${salesforceKey}"]`, { timeout: 10_000 });
    expect(await panel.getAttribute('.link-header', 'data-linked')).toBe('2');
    expect(await panel.textContent('.link-header')).toMatch(/SEV1/);

    const popup = await extensionPage(keel, 'popup.html');
    const rows = await popupRows(popup);
    const at = rows.indexOf(jiraKey);
    const sfAt = rows.indexOf(salesforceKey);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(Math.abs(at - sfAt)).toBe(1);
    expect(await popup.textContent('.esc-group[data-linked="2"]')).toMatch(/SEV1/);
    await popup.close();
  });

  it('keeps the severity, the state, the links and the queue when the worker stops', async () => {
    const { keel } = rig;
    const popup = await extensionPage(keel, 'popup.html');
    const before = await popupRows(popup);
    await stopServiceWorker(keel.context, popup, keel.extensionId);
    await popup.reload();
    expect(await popupRows(popup)).toEqual(before);
    expect(await popup.getAttribute(`.esc-row[data-case="${jiraKey}"]`, 'data-state')).toBe('mitigating');
    expect(await popup.getAttribute(`.esc-row[data-case="${jiraKey}"] .sev-pill`, 'data-severity')).toBe('sev1');
    expect(await popup.$$eval('.esc-group[data-linked="2"]', (g) => g.length)).toBe(1);

    await panel.reload();
    await jira.bringToFront();
    await panel.waitForSelector('.lc-state[data-state="mitigating"]', { timeout: 15_000 });
    await panel.waitForSelector('.sev-panel[data-severity="sev1"]');
    await panel.waitForSelector(`.link-list li[data-case="${salesforceKey}"]`);
    await Promise.all([popup.close(), panel.close()]);
  });

  it("remembers the queue's order the user chose, committed on Enter and not on each arrow step", async () => {
    const { keel } = rig;
    const popup = await extensionPage(keel, 'popup.html');
    await popupRows(popup);
    const stored = () => popup.evaluate(async () => ((await chrome.storage.local.get('settings')).settings as { queue?: { order?: string } } | undefined)?.queue?.order ?? null);
    expect(await popup.inputValue('.queue-order select')).toBe('urgency');
    await popup.focus('.queue-order select');
    await popup.keyboard.press('ArrowDown');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.inputValue('.queue-order select')).toBe('temperature');
    expect(await stored()).toBeNull();
    await popup.keyboard.press('Enter');
    await expect.poll(stored, { timeout: 5_000 }).toBe('temperature');
    await popup.reload();
    await popupRows(popup);
    expect(await popup.inputValue('.queue-order select')).toBe('temperature');
    // Back to the default for the rest of this suite: leaving the control commits too.
    await popup.focus('.queue-order select');
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('ArrowUp');
    await popup.keyboard.press('Tab');
    await expect.poll(stored, { timeout: 5_000 }).toBe('urgency');
    await popup.close();
  });

  it('the popup is keyboard-operable: arrows move through rows with structured names, Enter opens the ticket', async () => {
    const { keel } = rig;
    const popup = await extensionPage(keel, 'popup.html');
    const rows = await popupRows(popup);
    // The search has the focus; Down goes to the first row, then the next.
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-case'))).toBe(rows[0]);
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-case'))).toBe(rows[1]);
    const jiraAt = rows.indexOf(jiraKey);
    await popup.focus(`.esc-open[data-case="${jiraKey}"]`);
    const name = (await popup.getAttribute(`.esc-open[data-case="${jiraKey}"]`, 'aria-label'))!;
    expect(name).toMatch(/Halvorsen Freight/);
    expect(name).toMatch(/SEV1/);
    expect(name).toMatch(/mitigating/i);
    expect(jiraAt).toBeGreaterThanOrEqual(0);
    // Enter opens the ticket (its open tab comes to the front) and the popup closes.
    const closed = popup.waitForEvent('close');
    await popup.keyboard.press('Enter');
    await closed;
    const active = await (await keel.worker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.url ?? '');
    expect(active).toBe(jira.url());
  });

  it('keeps resolved and closed escalations in the history, and deletes one after asking', async () => {
    const { desk, keel } = rig;
    const popup = await extensionPage(keel, 'popup.html');
    const ref = { desk: 'jira', host: new URL(desk.urls.jira(desk.tickets('jira').calm)).host, ticketId: desk.tickets('jira').calm };
    const made = await sendFromExtension<{ ok: true; data: { escalation: { id: string; caseKey: string } } }>(popup, 'escalateTicket', { ref, title: 'A false alarm' });
    const moved = await sendFromExtension<{ ok: boolean; data: { moved: boolean } }>(popup, 'moveEscalation', { id: made.data.escalation.id, to: 'closed' });
    expect(moved).toMatchObject({ ok: true, data: { moved: true } });
    const key = made.data.escalation.caseKey;
    await popup.reload();
    expect(await popupRows(popup)).not.toContain(key);

    await popup.click('[data-view="history"]');
    await popup.waitForSelector(`.esc-row[data-case="${key}"]`);
    expect(await popup.$$eval('.esc-row', (rows) => rows.map((r) => r.getAttribute('data-state')))).toEqual(expect.arrayContaining(['closed']));
    expect(await popup.$$eval('.esc-row', (rows) => rows.every((r) => ['resolved', 'validated', 'in-review', 'closed'].includes(r.getAttribute('data-state') ?? '')))).toBe(true);

    // Asked first; the safe choice has the focus and Escape keeps it.
    await popup.click(`.esc-item:has(.esc-row[data-case="${key}"]) .esc-delete`);
    await popup.waitForSelector('.confirm[role="alertdialog"]');
    expect(await popup.evaluate(() => document.activeElement?.textContent)).toMatch(/keep/i);
    await popup.keyboard.press('Escape');
    await popup.waitForSelector('.confirm', { state: 'detached' });
    expect(await popup.$(`.esc-row[data-case="${key}"]`)).not.toBeNull();

    await popup.click(`.esc-item:has(.esc-row[data-case="${key}"]) .esc-delete`);
    await popup.click('.confirm button.danger');
    await popup.waitForSelector(`.esc-row[data-case="${key}"]`, { state: 'detached' });
    expect(await popup.textContent('.list-status')).toMatch(/deleted/i);
    // Gone from the store, with its timeline.
    const after = await sendFromExtension<{ ok: boolean; data: unknown }>(popup, 'getEscalation', { ref });
    expect(after).toMatchObject({ ok: true, data: null });
    await Promise.all([popup.close(), jira.close(), salesforce.close()]);
  });
});

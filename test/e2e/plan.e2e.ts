/**
 * Issue 9 (plan part) in Chromium against the demo desk: plan items and a stakeholder added in
 * the side panel survive a worker restart; what is typed survives closing the panel mid-word;
 * the one timeline merges the desk's messages with Keel's events and filters them by kind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPanelFor, sendFromExtension, startRig, stopServiceWorker, stripFrame, type Rig } from './helpers';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

/** Opens a Zendesk demo ticket, escalates it, and opens the side panel following it. */
async function escalatedTicket(scenario: 'angry' | 'calm' | 'breached'): Promise<{ page: Page; panel: Page }> {
  const id = rig.desk.tickets('zendesk')[scenario];
  const page = await rig.keel.context.newPage();
  const url = rig.desk.urls.zendesk(id);
  await page.goto(url);
  const frame = await stripFrame(page);
  await frame.waitForSelector(`.strip[data-ticket="${id}"][data-read="read"]`, { timeout: 15_000 });
  const panel = await openPanelFor(rig.keel, page);
  const made = await sendFromExtension<{ ok: boolean }>(panel, 'escalateTicket', { ref: { desk: 'zendesk', host: new URL(url).host, ticketId: id }, title: `Plan e2e ${scenario}` });
  expect(made.ok).toBe(true);
  await panel.waitForSelector('.plan', { timeout: 10_000 });
  return { page, panel };
}

/** Reloads the panel page and waits until it follows `page` again. */
async function reopenPanel(panel: Page, page: Page): Promise<Page> {
  await panel.close();
  return openPanelFor(rig.keel, page);
}

describe('the plan and its people', () => {
  it('adds two plan items and a stakeholder, and sees them intact after the worker restarts', async () => {
    const { page, panel } = await escalatedTicket('angry');
    const newItem = panel.locator('.plan').getByLabel('New action item');
    await newItem.fill('Ship the hotfix to staging');
    await newItem.press('Enter');
    await panel.waitForSelector('.plan-item >> nth=0');
    await newItem.fill('Confirm the fix with the customer');
    await panel.locator('.plan .add-form').filter({ has: panel.getByLabel('New action item') }).getByRole('button', { name: 'Add' }).click();
    await panel.waitForFunction(() => document.querySelectorAll('.plan-item').length === 2);
    // The field empties for the next one and keeps the focus.
    expect(await newItem.inputValue()).toBe('');
    expect(await newItem.evaluate((el) => el === document.activeElement)).toBe(true);

    // An owner typed into the first item is saved as typed.
    const first = panel.locator('.plan-item').first();
    await first.getByLabel('Owner').fill('Dana Reyes');
    await first.getByLabel('Team').fill('Platform');

    const stakeholders = panel.locator('.stakeholders');
    const form = stakeholders.locator('.add-form');
    await form.getByLabel('Role').selectOption('engineering-owner');
    await form.getByLabel("New stakeholder's name").fill('Priya Natarajan');
    await form.getByRole('button', { name: 'Add' }).click();
    await panel.waitForSelector('.stakeholder[data-role="engineering-owner"]');
    // Leaving the team field saves it at once (blur), before the worker is stopped.
    await stakeholders.locator('.stakeholder').getByLabel('Name').focus();

    const titles = async (p: Page) => p.$$eval('.plan-item .plan-item-name', (els) => els.map((e) => e.textContent ?? ''));
    expect((await titles(panel)).sort()).toEqual(['Confirm the fix with the customer', 'Ship the hotfix to staging']);

    await stopServiceWorker(rig.keel.context, panel, rig.keel.extensionId);
    const again = await reopenPanel(panel, page);
    await again.waitForFunction(() => document.querySelectorAll('.plan-item').length === 2, undefined, { timeout: 15_000 });
    // Undated open items read in the order they were added.
    expect(await titles(again)).toEqual(['Ship the hotfix to staging', 'Confirm the fix with the customer']);
    // Items read as one line each until opened: the owner is in the line, and in the field.
    const owner = again.locator('.plan-item').first();
    expect(await owner.locator('.plan-item-summary').textContent()).toContain('Dana Reyes (Platform)');
    await owner.getByRole('button', { name: 'Ship the hotfix to staging' }).press('Enter');
    expect(await owner.getByLabel('Owner').inputValue()).toBe('Dana Reyes');
    expect(await owner.getByLabel('Team').inputValue()).toBe('Platform');
    await owner.getByLabel('Team').press('Escape');
    await expect.poll(() => owner.getByLabel('Owner').count()).toBe(0);
    expect(await owner.getByRole('button', { name: 'Ship the hotfix to staging' }).evaluate((el) => el === document.activeElement)).toBe(true);
    const person = again.locator('.stakeholder[data-role="engineering-owner"]');
    expect(await person.getByLabel('Name').inputValue()).toBe('Priya Natarajan');
    expect(await again.textContent('.plan-summary')).toMatch(/2 open/);
    await Promise.all([again.close(), page.close()]);
  }, 90_000);

  it('keeps what was typed when the panel closes mid-word', async () => {
    const { page, panel } = await escalatedTicket('calm');
    const newItem = panel.locator('.plan').getByLabel('New action item');
    // Typed key by key, as a person does; the panel closes straight after the last key.
    await newItem.pressSequentially('Call the cust', { delay: 20 });
    const again = await reopenPanel(panel, page);
    const field = again.locator('.plan').getByLabel('New action item');
    await expect.poll(() => field.inputValue(), { timeout: 10_000 }).toBe('Call the cust');
    await Promise.all([again.close(), page.close()]);
  }, 60_000);
});

describe('the one timeline', () => {
  it("merges the desk's messages with Keel's events, names the ticket as the desk does, and filters by kind", async () => {
    const { page, panel } = await escalatedTicket('breached');
    const id = rig.desk.tickets('zendesk').breached;
    const newItem = panel.locator('.plan').getByLabel('New action item');
    await newItem.fill('Page the on-call engineer');
    await newItem.press('Enter');
    const timeline = panel.locator('.timeline-section');
    await timeline.locator('li[data-kind="plan.item-added"]').waitFor({ timeout: 10_000 });
    await timeline.locator('li[data-domain="snapshot"]').first().waitFor({ timeout: 10_000 });
    expect(await timeline.locator('li[data-kind="escalation.created"]').textContent()).toContain(`Zendesk ticket #${id}`);

    // A manual note.
    const note = timeline.getByLabel('Note on the timeline');
    await note.fill('Customer asked for an update by noon');
    await note.press('Control+Enter');
    await timeline.locator('li[data-kind="timeline.note"]').waitFor({ timeout: 10_000 });

    // Hiding the desk's messages leaves Keel's events; showing them again brings them back.
    const desk = timeline.getByRole('checkbox', { name: 'Desk messages' });
    await desk.uncheck();
    expect(await timeline.locator('li[data-domain="snapshot"]').count()).toBe(0);
    expect(await timeline.locator('li[data-kind="plan.item-added"]').count()).toBe(1);
    expect(await timeline.locator('li[data-kind="timeline.note"]').count()).toBe(1);
    await desk.check();
    expect(await timeline.locator('li[data-domain="snapshot"]').count()).toBeGreaterThan(0);

    // Newest first: the note is above the plan item, which is above the escalation.
    const kinds = await timeline.locator('li[data-kind]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')));
    expect(kinds.indexOf('timeline.note')).toBeLessThan(kinds.indexOf('plan.item-added'));
    expect(kinds.indexOf('plan.item-added')).toBeLessThan(kinds.indexOf('escalation.created'));
    await Promise.all([panel.close(), page.close()]);
  }, 60_000);

  it('opens on the newest hundred events and reads older ones when asked', async () => {
    const { page, panel } = await escalatedTicket('calm');
    const id = rig.desk.tickets('zendesk').calm;
    const ref = { desk: 'zendesk', host: new URL(page.url()).host, ticketId: id };
    for (let i = 1; i <= 120; i++) expect((await sendFromExtension<{ ok: boolean }>(panel, 'addTimelineNote', { ref, text: `Call ${i}` })).ok).toBe(true);
    const fresh = await reopenPanel(panel, page);
    const timeline = fresh.locator('.timeline-section');
    await timeline.locator('li[data-kind="timeline.note"]').first().waitFor({ timeout: 10_000 });
    const notes = () => timeline.locator('li[data-kind="timeline.note"] .timeline-text').allTextContents();
    // The newest hundred rows, newest first; the escalation itself is among the older ones.
    expect(await timeline.locator('.timeline li').count()).toBe(100);
    // (Notes written in the same millisecond are in no set order: the newest is among the first.)
    expect((await notes()).slice(0, 3)).toContain('Note: Call 120');
    expect(await timeline.locator('li[data-kind="escalation.created"]').count()).toBe(0);
    await timeline.getByRole('button', { name: /older event/ }).click();
    await timeline.locator('li[data-kind="escalation.created"]').waitFor({ timeout: 10_000 });
    expect((await notes()).slice(-3)).toContain('Note: Call 1');
    expect(await notes()).toHaveLength(120);
    expect(await timeline.getByRole('button', { name: /older event/ }).count()).toBe(0);
    await Promise.all([fresh.close(), page.close()]);
  }, 90_000);
});

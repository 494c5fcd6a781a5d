/**
 * Issue 12 on the keyboard: escalate from the strip and keep the focus; choose a severity and a
 * plan item's status with the arrow keys, nothing saved until Enter; move through the popup's rows
 * with the arrows; and each keyboard command. A real shortcut press cannot reach the browser's own
 * UI in headless Chromium, so the commands are fired through the worker's real
 * `commands.onCommand` listeners (as the context-menu test fires `contextMenus.onClicked`).
 */
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, openPanelFor, popupRows, startRig, stripFrame, type Rig } from './helpers';

/** Fires the worker's commands.onCommand listeners for the tab at `url`, as the shortcut would. */
async function fireCommand(rig: Rig, command: string, url: string): Promise<void> {
  const worker = await rig.keel.worker();
  await worker.evaluate(
    async ([name, u]) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
      if (!tab) throw new Error(`no tab at ${u}`);
      (chrome.commands.onCommand as unknown as { dispatch(command: string, tab: unknown): void }).dispatch(name, tab);
    },
    [command, url] as const,
  );
}

const focusedIn = (target: Page | Frame) => target.evaluate(() => ({ tag: document.activeElement?.tagName ?? '', focus: (document.activeElement as HTMLElement | null)?.dataset.focus ?? '', className: document.activeElement?.className ?? '' }));

describe('Keel on the keyboard', () => {
  let rig: Rig;
  let ticket: Page;
  let panel: Page;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('escalates from the strip with Enter, and the focus lands on the state that replaced the button', async () => {
    ticket = await rig.keel.context.newPage();
    await ticket.goto(rig.desk.urls.zendesk(rig.desk.tickets('zendesk').angry));
    const frame = await stripFrame(ticket);
    await frame.waitForSelector('.strip[data-read="read"]', { timeout: 20_000 });
    await frame.focus('.strip button.primary');
    await ticket.keyboard.press('Enter');
    await frame.waitForSelector('.strip .state', { timeout: 10_000 });
    await frame.waitForFunction(() => (document.activeElement as HTMLElement | null)?.dataset.focus === 'state');
    expect((await focusedIn(frame)).className).toMatch(/state/);
  });

  it('moves through the severity matrix with the arrows without choosing; Enter chooses, one save makes one entry', async () => {
    panel = await openPanelFor(rig.keel, ticket);
    await panel.waitForSelector('.sev-editing', { timeout: 10_000 });
    const start = await panel.getAttribute('.sev-cell[tabindex="0"]', 'data-cell');
    await panel.focus('.sev-cell[tabindex="0"]');
    for (let i = 0; i < 3; i++) await panel.keyboard.press('ArrowDown');
    await panel.keyboard.press('ArrowRight');
    const reached = await panel.evaluate(() => (document.activeElement as HTMLElement).dataset.cell);
    expect(reached).not.toBe(start);
    // Moving chose nothing and saved nothing.
    expect(await panel.$$('.sev-cell[aria-pressed="true"]')).toHaveLength(0);
    expect(await panel.$$('.timeline-section li[data-kind^="escalation.severity"]')).toHaveLength(0);
    await panel.keyboard.press('Enter');
    expect(await panel.getAttribute(`.sev-cell[data-cell="${reached}"]`, 'aria-pressed')).toBe('true');
    await panel.fill('.sev-justification textarea', 'Dispatch is down for all three depots.');
    await panel.focus('.sev-editing .row button.primary');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.timeline-section li[data-kind="escalation.severity-set"]', { timeout: 10_000 });
    expect(await panel.$$('.timeline-section li[data-kind^="escalation.severity"]')).toHaveLength(1);
    // Changing it again and pressing Escape puts back the severity as set, the focus on it.
    await panel.click('.sev-current button');
    await panel.waitForSelector('.sev-editing');
    await panel.focus('.sev-cell[tabindex="0"]');
    await panel.keyboard.press('Escape');
    await panel.waitForSelector('.sev-editing', { state: 'detached' });
    expect(await panel.evaluate(() => document.activeElement?.classList.contains('sev-current'))).toBe(true);
  });

  it("steps a plan item's status with three ArrowDowns without saving, and Enter saves once", async () => {
    const newItem = panel.locator('.plan').getByLabel('New action item');
    await newItem.fill('Ship the hotfix to staging');
    await newItem.press('Enter');
    await panel.waitForSelector('.plan-item');
    const status = panel.locator('.plan-item').first().getByLabel('Status');
    await status.focus();
    for (let i = 0; i < 3; i++) await panel.keyboard.press('ArrowDown');
    expect(await status.inputValue()).toBe('done');
    // Give a save every chance to arrive: none may.
    await panel.waitForTimeout(800);
    expect(await panel.$$('.timeline-section li[data-kind="plan.item-status-changed"]')).toHaveLength(0);
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.timeline-section li[data-kind="plan.item-status-changed"]', { timeout: 10_000 });
    expect(await panel.$$('.timeline-section li[data-kind="plan.item-status-changed"]')).toHaveLength(1);
    expect(await panel.getAttribute('.plan-item', 'data-status')).toBe('done');
  });

  it('closes an open reason, the note preview and a disclosure with Escape, the focus back where it was', async () => {
    await panel.click('.reasons li[data-code="churn-threat"] .reason');
    await panel.waitForSelector('.reason-message');
    await panel.keyboard.press('Escape');
    await panel.waitForSelector('.reason-message', { state: 'detached' });
    expect(await panel.evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-code'))).toBe('churn-threat');

    await panel.fill('.note textarea[data-composer]', 'Fix in review.');
    await panel.focus('.note button:has-text("Preview")');
    await panel.keyboard.press('Enter');
    await panel.waitForSelector('.note-preview');
    expect(await panel.evaluate(() => !!document.activeElement?.matches('.note-preview button.primary'))).toBe(true);
    await panel.keyboard.press('Escape');
    await panel.waitForSelector('.note-preview', { state: 'detached' });
    expect(await panel.evaluate(() => document.activeElement?.hasAttribute('data-composer'))).toBe(true);
    // A disclosure (business impact) closes with Escape from a field inside it, focus on its summary.
    await panel.click('.impact > summary');
    await panel.waitForSelector('.impact[open]');
    await panel.locator('.impact input').first().focus();
    await panel.keyboard.press('Escape');
    await panel.waitForSelector('.impact:not([open])');
    expect(await panel.evaluate(() => !!document.activeElement?.matches('.impact > summary'))).toBe(true);
  });

  it('says politely, in the panel and the strip, when a new message raises the temperature', async () => {
    const page = await rig.keel.context.newPage();
    const id = rig.desk.tickets('zendesk').new;
    await page.goto(rig.desk.urls.zendesk(id));
    const frame = await stripFrame(page);
    await frame.waitForSelector('.strip[data-read="read"]', { timeout: 20_000 });
    const side = await openPanelFor(rig.keel, page);
    await side.waitForSelector('.temperature');
    // The reading shown on opening is not news.
    expect(await side.textContent('.temp-announce')).toBe('');
    rig.desk.addMessage('zendesk', id, { text: 'Nobody has replied in two days. If this is not fixed by tomorrow we will cancel the contract and move to another vendor.' });
    await side.click('.read-status button');
    await side.waitForFunction(() => /^Temperature rose to \w+ \d+/.test(document.querySelector('.temp-announce')?.textContent ?? ''), undefined, { timeout: 15_000 });
    expect(await side.getAttribute('.temp-announce', 'role')).toBe('status');
    expect(await side.textContent('.temp-announce')).toMatch(/: new /);
    await frame.waitForFunction(() => /^Temperature rose to/.test(document.querySelector('.strip-announce')?.textContent ?? ''), undefined, { timeout: 15_000 });
    // The read line's relative time is not in a live region.
    expect(await side.$('.read-status[role="status"], .read-status [aria-live]')).toBeNull();
    await Promise.all([side.close(), page.close()]);
  });

  it('moves through the popup rows with the arrow keys', async () => {
    const popup = await extensionPage(rig.keel, 'popup.html');
    const rows = await popupRows(popup);
    expect(rows.length).toBeGreaterThanOrEqual(1);
    await popup.focus('.search');
    await popup.keyboard.press('ArrowDown');
    expect(await popup.evaluate(() => document.activeElement?.getAttribute('data-case'))).toBe(rows[0]);
    await popup.keyboard.press('ArrowUp');
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('search'))).toBe(true);
    await popup.close();
  });

  it('declares every command with a shortcut the browser shows and lets the user change', async () => {
    const worker = await rig.keel.worker();
    const commands = await worker.evaluate(async () => (await chrome.commands.getAll()).map((c) => ({ name: c.name, shortcut: c.shortcut, description: c.description })));
    expect(commands.map((c) => c.name).sort()).toEqual(['_execute_action', 'escalate-ticket', 'focus-strip', 'open-side-panel']);
    for (const c of commands) expect(c.shortcut, c.name).toMatch(/^(Alt|Ctrl)\+Shift\+[A-Z]$/);
  });

  it('escalate-ticket escalates the tab\'s ticket; open-side-panel opens the panel for the tab', async () => {
    const calm = await rig.keel.context.newPage();
    const url = rig.desk.urls.zendesk(rig.desk.tickets('zendesk').calm);
    await calm.goto(url);
    const frame = await stripFrame(calm);
    await frame.waitForSelector('.strip button.primary');
    // Record what the worker asks of the side panel API (the panel itself is browser UI).
    const worker = await rig.keel.worker();
    await worker.evaluate(() => {
      const api = chrome.sidePanel as unknown as { open(o: unknown): Promise<void>; opened?: unknown[] };
      const real = api.open.bind(api);
      api.opened = [];
      api.open = (o: unknown) => {
        api.opened!.push(o);
        return real(o).catch(() => undefined);
      };
    });
    const tabId = await worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);

    await fireCommand(rig, 'escalate-ticket', url);
    await frame.waitForSelector('.strip .state', { timeout: 10_000 });
    await fireCommand(rig, 'open-side-panel', url);
    const opened = await worker.evaluate(() => (chrome.sidePanel as unknown as { opened: unknown[] }).opened);
    expect(opened).toEqual([{ tabId }, { tabId }]);
  });

  it('focus-strip moves the keyboard focus from the desk page into the strip', async () => {
    const url = ticket.url();
    await ticket.bringToFront();
    await ticket.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await ticket.evaluate(() => document.activeElement?.tagName)).not.toBe('IFRAME');
    await fireCommand(rig, 'focus-strip', url);
    await ticket.waitForFunction(() => document.activeElement?.tagName === 'IFRAME' && document.activeElement.getAttribute('title')?.startsWith('Keel'));
    const frame = await stripFrame(ticket);
    await frame.waitForFunction(() => document.activeElement?.tagName === 'BUTTON');
  });
});

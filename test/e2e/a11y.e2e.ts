/**
 * Issue 12: axe-core (WCAG 2.1 A/AA and best practice) on every surface in Chromium, in the light
 * theme and the dark one the system asks for. A critical or serious violation fails the test; the
 * counts by impact are kept in test-results/axe.json.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blocking, describeViolations, lookOf, luminance, recordAxe, runAxe, type AxeViolation } from './axe';
import { extensionPage, openPanelFor, popupRows, sendFromExtension, startRig, stripFrame, type Rig } from './helpers';

const THEMES = ['light', 'dark'] as const;
const DOCS = resolve(import.meta.dirname, '../../docs');
/** The README's pictures are tracked: taken only on request (`npm run screenshots`), so `npm test` leaves a clone clean. */
const SCREENSHOTS = process.env.KEEL_SCREENSHOTS === '1';

/** Fails on any critical or serious violation; checks that text is at 12 px or more and that the theme asked for is the one drawn. */
async function expectAccessible(target: Page | Frame, surface: string, theme: (typeof THEMES)[number]): Promise<void> {
  const violations: AxeViolation[] = await runAxe(target);
  recordAxe(`${surface}-${theme}`, violations);
  expect(blocking(violations), describeViolations(blocking(violations))).toEqual([]);
  const look = await lookOf(target);
  // Chromium's extension-page stylesheet shrinks body text to 75% (9.75 px) unless Keel resets it.
  expect(look.smallest?.px ?? 13, `smallest text: ${JSON.stringify(look.smallest)}`).toBeGreaterThanOrEqual(12);
  const l = luminance(look.background);
  if (theme === 'dark') expect(l, look.background).toBeLessThan(0.1);
  else expect(l, look.background).toBeGreaterThan(0.8);
}

describe('axe-core on every surface', () => {
  let rig: Rig;
  let ticket: Page;
  let ticketKey = '';
  beforeAll(async () => {
    rig = await startRig();
    const { desk, keel } = rig;
    const ids = desk.tickets('zendesk');
    const host = new URL(desk.urls.zendesk(ids.angry)).host;
    ticketKey = `zendesk:${host}:${ids.angry}`;
    ticket = await keel.context.newPage();
    await ticket.goto(desk.urls.zendesk(ids.angry));
    const frame = await stripFrame(ticket);
    await frame.waitForSelector('.strip[data-read="read"]', { timeout: 20_000 });
    // Escalations for the popup: the angry ticket (read above) and the calm one.
    const ext = await extensionPage(keel, 'popup.html');
    for (const id of [ids.angry, ids.calm]) {
      expect(await sendFromExtension(ext, 'escalateTicket', { ref: { desk: 'zendesk', host, ticketId: id }, title: id })).toMatchObject({ ok: true });
    }
    await ext.close();
  });
  afterAll(async () => {
    await rig?.close();
  });

  for (const theme of THEMES) {
    it(`${theme}: the popup with escalations`, async () => {
      const popup = await rig.keel.context.newPage();
      await popup.emulateMedia({ colorScheme: theme });
      await popup.goto(rig.keel.extensionUrl('popup.html'));
      expect(await popupRows(popup)).toContain(ticketKey);
      // A focused row (its state label and pills on the hover colour) is part of what is checked.
      await popup.focus(`.esc-open[data-case="${ticketKey}"]`);
      await expectAccessible(popup, 'popup', theme);
      await popup.close();
    });

    it(`${theme}: the side panel on the escalated angry ticket, a reason open and the note preview up`, async () => {
      const panel = await openPanelFor(rig.keel, ticket);
      await panel.emulateMedia({ colorScheme: theme });
      await panel.waitForSelector('.temperature .sparkline');
      await panel.waitForSelector('.lc-state');
      await panel.click('.reasons li[data-code="churn-threat"] .reason');
      await panel.waitForSelector('.reason-message');
      await panel.fill('.note textarea[data-composer]', 'Engineering has a fix in review; next update by 15:00.');
      await panel.click('.note button:has-text("Preview")');
      await panel.waitForSelector('.note-preview');
      // The workspace's other sections are there too (plan, risks, stakeholders, updates, cadence…).
      for (const section of ['.plan', '.risks', '.stakeholders', '.meetings', '.factsheet', '.updates', '.cadence', '.promises', '.timeline-section']) await panel.waitForSelector(section);
      await expectAccessible(panel, 'sidepanel', theme);
      if (theme === 'dark' && SCREENSHOTS) {
        // The README's picture of the workspace in the dark theme (the system's choice).
        await panel.setViewportSize({ width: 400, height: 1000 });
        await panel.evaluate(() => window.scrollTo(0, 0));
        mkdirSync(DOCS, { recursive: true });
        await panel.screenshot({ path: resolve(DOCS, 'workspace-dark.png') });
      }
      await panel.close();
    });

    it(`${theme}: the options page`, async () => {
      const options = await rig.keel.context.newPage();
      await options.emulateMedia({ colorScheme: theme });
      await options.goto(rig.keel.extensionUrl('options.html'));
      await options.waitForSelector('main h1');
      await expectAccessible(options, 'options', theme);
      await options.close();
    });

    it(`${theme}: the strip frame on the ticket page`, async () => {
      await ticket.emulateMedia({ colorScheme: theme });
      const frame = await stripFrame(ticket);
      await frame.waitForSelector('.strip[data-read="read"]');
      await expectAccessible(frame, 'strip', theme);
    });
  }
});

/**
 * Issue 4 in the browser: the demo's angry ticket reads hot or critical with its reason quoted,
 * the calm one reads calm, and a new angry customer message raises the reading and adds a point
 * to the sparkline. The popup orders by temperature.
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, openPanelFor, popupRows, sendFromExtension, startRig, stripFrame, type Rig } from './helpers';

const DOCS = resolve(import.meta.dirname, '../../docs');
/** The README's pictures are tracked: taken only on request (`npm run screenshots`), so `npm test` leaves a clone clean. */
const SCREENSHOTS = process.env.KEEL_SCREENSHOTS === '1';

describe('customer temperature in the browser', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  for (const desk of ['zendesk', 'jira', 'salesforce'] as const) {
    it(`${desk}: the angry ticket is hot or critical with the churn threat quoted; the calm one is calm`, async () => {
      const ids = rig.desk.tickets(desk);
      const open = (id: string) => (desk === 'zendesk' ? rig.desk.urls.zendesk(id) : desk === 'jira' ? rig.desk.urls.jira(id) : rig.desk.urls.salesforceLogin(id));
      const page = await rig.keel.context.newPage();
      await page.goto(open(ids.angry));
      const frame = await stripFrame(page);
      await frame.waitForSelector(`.strip[data-ticket="${ids.angry}"][data-band]:not([data-band=""])`);
      expect(['hot', 'critical']).toContain(await frame.getAttribute('.strip', 'data-band'));
      const panel = await openPanelFor(rig.keel, page);
      await panel.waitForSelector('.temperature');
      const reasons = await panel.$$eval('.reasons li', (items) => items.map((li) => ({ code: li.getAttribute('data-code'), text: li.textContent ?? '' })));
      expect(reasons.find((r) => r.code === 'churn-threat')?.text).toContain('evaluating other vendors');
      if (desk === 'zendesk' && SCREENSHOTS) {
        // The README's pictures: the workspace on the angry ticket, and the ticket with its strip.
        await panel.setViewportSize({ width: 400, height: 1000 });
        await panel.click('.reasons li[data-code="churn-threat"] .reason');
        await panel.waitForSelector('.reason-message');
        mkdirSync(DOCS, { recursive: true });
        await panel.screenshot({ path: resolve(DOCS, 'workspace.png'), fullPage: true });
        await page.screenshot({ path: resolve(DOCS, 'ticket-with-strip.png') });
      }

      await page.click(`a[href*="${ids.calm}"]`);
      await frame.waitForSelector(`.strip[data-ticket="${ids.calm}"][data-band]:not([data-band=""])`);
      expect(await frame.getAttribute('.strip', 'data-band')).toBe('calm');
      await Promise.all([panel.close(), page.close()]);
    });
  }

  it('the German ticket reads hot or critical, its threats quoted in German (issue 11)', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.german));
    const frame = await stripFrame(page);
    await frame.waitForSelector(`.strip[data-ticket="${ids.german}"][data-band]:not([data-band=""])`);
    expect(['hot', 'critical']).toContain(await frame.getAttribute('.strip', 'data-band'));
    const panel = await openPanelFor(rig.keel, page);
    await panel.waitForSelector('.temperature');
    const reasons = await panel.$$eval('.reasons li', (items) => items.map((li) => ({ code: li.getAttribute('data-code'), text: li.textContent ?? '' })));
    expect(reasons.find((r) => r.code === 'churn-threat')?.text).toContain('kündigen wir den Vertrag');
    expect(reasons.find((r) => r.code === 'legal-threat')?.text).toContain('Anwalt');
    await Promise.all([panel.close(), page.close()]);
  });

  it('a new angry customer message, after a refresh, raises the reading and the sparkline gains a point', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.new));
    const frame = await stripFrame(page);
    await frame.waitForSelector('.strip[data-read="read"]');
    const panel = await openPanelFor(rig.keel, page);
    await panel.waitForSelector('.temperature .sparkline');
    const before = { score: Number(await panel.getAttribute('.temperature', 'data-score')), points: Number(await panel.getAttribute('.sparkline', 'data-points')) };

    rig.desk.addMessage('zendesk', ids.new, {
      text: 'This is the third time I am asking. Nobody has replied in two days and our month-end close is blocked. If this is not fixed by tomorrow we will escalate to your CEO and cancel the contract.',
    });
    await panel.click('.read-status button');
    await panel.waitForFunction((n) => Number(document.querySelector('.sparkline')?.getAttribute('data-points')) === n + 1, before.points);
    const after = Number(await panel.getAttribute('.temperature', 'data-score'));
    expect(after).toBeGreaterThan(before.score);
    expect(await panel.textContent('.temp-trend')).toMatch(/^hotter/);
    await Promise.all([panel.close(), page.close()]);
  });

  it('the popup puts the hotter customer first', async () => {
    const ids = rig.desk.tickets('jira');
    const ext = await extensionPage(rig.keel, 'popup.html');
    const host = new URL(rig.desk.urls.jira(ids.calm)).host;
    // Both were read above; escalate them (no cadence or severity, so temperature decides).
    for (const id of [ids.calm, ids.angry]) {
      expect(await sendFromExtension(ext, 'escalateTicket', { ref: { desk: 'jira', host, ticketId: id }, title: id })).toMatchObject({ ok: true });
    }
    await ext.reload();
    const rows = (await popupRows(ext)).filter((k) => k.startsWith(`jira:${host}:`));
    expect(rows.indexOf(`jira:${host}:${ids.angry}`)).toBeLessThan(rows.indexOf(`jira:${host}:${ids.calm}`));
    expect(await ext.$eval(`.esc-row[data-case="jira:${host}:${ids.angry}"] .band`, (b) => b.getAttribute('data-band'))).toMatch(/hot|critical/);
    await ext.close();
  });
});

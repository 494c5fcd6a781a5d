/**
 * Issue 8 in the browser, on the demo desk: the fact sheet is kept as typed and survives closing
 * the panel; the customer update is written from it; copying puts rich text and plain text on
 * the clipboard (read back through the page) and records the update as sent; posting the next
 * update as an internal note sends exactly one write to the desk, only after the preview's click;
 * both show in the timeline.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extensionPage, openPanelFor, sendFromExtension, startRig, stripFrame, type Rig } from './helpers';

/** Waits until the worker stored a fact sheet field with this value (saving is debounced). */
async function factStored(panel: Page, ref: unknown, field: string, value: string) {
  await expect
    .poll(async () => {
      const answer = await sendFromExtension<{ ok: boolean; data?: { factSheet: Record<string, unknown> | null } }>(panel, 'getFactSheet', { ref });
      return answer.data?.factSheet?.[field] ?? null;
    }, { timeout: 10_000 })
    .toBe(value);
}

describe('updates in the browser', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
    // Every origin: Chromium refuses a grant naming a chrome-extension:// origin.
    await rig.keel.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('writes the customer update from the fact sheet, copies it, posts the next as an internal note, and shows both in the timeline', async () => {
    const id = rig.desk.tickets('zendesk').calm;
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(id));
    const frame = await stripFrame(page);
    await frame.waitForSelector(`.strip[data-ticket="${id}"][data-read="read"]`, { timeout: 15_000 });
    const ref = { desk: 'zendesk', host: new URL(rig.desk.urls.zendesk(id)).host, ticketId: id };
    const ext = await extensionPage(rig.keel, 'popup.html');
    expect(await sendFromExtension(ext, 'escalateTicket', { ref, title: id })).toMatchObject({ ok: true });
    await ext.close();

    // The fact sheet, typed and saved as typed; it is still there after the panel is closed and opened again.
    let panel = await openPanelFor(rig.keel, page);
    await panel.waitForSelector('.factsheet textarea[data-field="summary"]');
    const summary = 'Invoices exported since Monday show the wrong VAT rate';
    await panel.fill('.factsheet textarea[data-field="summary"]', summary);
    await panel.fill('.factsheet textarea[data-field="status"]', 'We have found the faulty tax table and are testing the correction.');
    await panel.fill('.factsheet textarea[data-field="workaround"]', 'Export invoices as CSV and correct the VAT column by hand.');
    await factStored(panel, ref, 'workaround', 'Export invoices as CSV and correct the VAT column by hand.');
    await panel.close();
    panel = await openPanelFor(rig.keel, page);
    await panel.waitForSelector('.factsheet textarea[data-field="summary"]');
    expect(await panel.inputValue('.factsheet textarea[data-field="summary"]')).toBe(summary);

    // The customer update (the first tab), written from the template and the fact sheet.
    expect(await panel.getAttribute('.up-tabs [role="tab"][aria-selected="true"]', 'data-audience')).toBe('customer-technical');
    const draft = await panel.inputValue('.updates textarea.up-text');
    expect(draft).toContain(`${summary}.`);
    expect(draft).toContain('**Until it is fixed:** Export invoices as CSV and correct the VAT column by hand.');
    expect(draft).not.toMatch(/\{\{|\{%/);

    // Copy: rich text and plain text on the clipboard, recorded as sent.
    const writesBefore = rig.desk.recorded('zendesk').length;
    // The real side panel has the focus when its button is clicked; this page shares its window with the ticket's tab.
    await (await rig.keel.context.newCDPSession(panel)).send('Emulation.setFocusEmulationEnabled', { enabled: true });
    await panel.click('.updates button:has-text("Copy")');
    await panel.waitForSelector('.updates .up-status:is(.ok, .error)');
    expect(await panel.textContent('.updates .up-status')).toMatch(/^Copied as rich text and plain text\. Recorded as sent to /);
    const clipboard = await panel.evaluate(async () => {
      const [item] = await navigator.clipboard.read();
      const read = async (type: string) => (item && item.types.includes(type) ? (await item.getType(type)).text() : null);
      return { html: await read('text/html'), plain: await read('text/plain') };
    });
    expect(clipboard.plain).toContain(`${summary}.`);
    expect(clipboard.plain).toContain('Until it is fixed: Export invoices as CSV');
    expect(clipboard.plain).not.toContain('**');
    expect(clipboard.html).toContain('<strong>Until it is fixed:</strong>');
    expect(rig.desk.recorded('zendesk').length).toBe(writesBefore); // copying writes nothing to the desk

    // The next update to the same audience starts from the one sent, with what changed since on top.
    await panel.waitForSelector('.updates .up-history li');
    await panel.fill('.factsheet textarea[data-field="status"]', 'The corrected tax table is live; we are re-issuing the affected invoices.');
    await panel.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('.updates textarea.up-text')?.value ?? '').includes('re-issuing the affected invoices'), undefined, { timeout: 10_000 });
    const next = await panel.inputValue('.updates textarea.up-text');
    expect(next).toMatch(/^\*\*Since our last update/);
    const edited = `${next}\n\nKeel e2e update ${Date.now()}`;
    await panel.fill('.updates textarea.up-text', edited);

    // Post as an internal note: a preview first; exactly one write, only after the click.
    await panel.click('.updates button:has-text("Post as internal note")');
    const preview = await panel.textContent('.updates .up-note-text');
    expect(preview).toContain('re-issuing the affected invoices');
    expect(preview).not.toContain('**');
    await panel.waitForTimeout(300);
    expect(rig.desk.recorded('zendesk').length).toBe(writesBefore);
    await panel.click('.updates .up-preview button.primary');
    await panel.waitForSelector('.updates .up-status.ok', { timeout: 15_000 });
    expect(await panel.textContent('.updates .up-status')).toMatch(/^Posted as an internal note\./);
    const writes = rig.desk.recorded('zendesk').slice(writesBefore);
    expect(writes).toHaveLength(1);
    const body = JSON.parse(writes[0]!.body) as { ticket: { comment: { body?: string; public?: boolean } } };
    expect(body.ticket.comment.public).toBe(false);
    expect(body.ticket.comment.body).toContain('Keel e2e update');
    // What the desk got is exactly what the preview showed.
    expect(body.ticket.comment.body).toBe(preview);

    // Both sends are in the timeline, with their audience.
    await panel.waitForSelector('.timeline li[data-kind="update.posted"]', { timeout: 10_000 });
    const timeline = await panel.$$eval('.timeline li', (items) => items.map((li) => ({ kind: li.getAttribute('data-kind'), text: li.textContent ?? '' })));
    expect(timeline.find((e) => e.kind === 'update.copied')?.text).toMatch(/Update to .+ copied to send/);
    expect(timeline.find((e) => e.kind === 'update.posted')?.text).toMatch(/Update to .+ posted as an internal note/);
    expect(await panel.$$eval('.updates .up-history li', (items) => items.length)).toBe(2);
    await Promise.all([panel.close(), page.close()]);
  });
});

/**
 * Keel's own pages run under MV3's content security policy, which forbids eval. Nothing Keel
 * ships may try it anyway: even a refused, caught try is reported as a policy violation (a
 * `securitypolicyviolation` event on the page), on every open. zod tried `new Function` on its
 * first check, twice per page, until lib/model/zod-setup.ts turned that off.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPanelFor, popupRows, sendFromExtension, startRig, stripFrame, type Rig } from './helpers';

type Recorded = { keelViolations?: string[] };

/** The violations recorded in a page and its frames (the strip is a frame of the desk page). */
async function violations(page: Page): Promise<string[]> {
  const all = await Promise.all(page.frames().map((frame) => frame.evaluate(() => (window as Recorded).keelViolations ?? []).catch(() => [])));
  return all.flat();
}

describe("Keel's pages under the extension's content security policy", () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
    // Every page and frame of the profile, before its own scripts: record each violation.
    await rig.keel.context.addInitScript(() => {
      const seen: string[] = [];
      (window as Recorded).keelViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} at ${event.sourceFile}:${event.lineNumber}`));
    });
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('the strip, side panel, popup and options check their answers without trying eval', async () => {
    const { desk, keel } = rig;
    const url = desk.urls.zendesk(desk.tickets('zendesk').angry);
    const ref = { desk: 'zendesk', host: new URL(url).host, ticketId: desk.tickets('zendesk').angry };
    const ticketPage = await keel.context.newPage();
    await ticketPage.goto(url);
    const strip = await stripFrame(ticketPage);
    await strip.waitForSelector('.strip[data-read="read"]', { timeout: 15_000 });

    const popup = await keel.context.newPage();
    await popup.goto(keel.extensionUrl('popup.html'));
    await sendFromExtension(popup, 'escalateTicket', { ref, title: 'Policy check' });
    await popup.reload();
    expect((await popupRows(popup)).length).toBeGreaterThan(0); // the list answer was checked

    const panel = await openPanelFor(keel, ticketPage);
    await panel.waitForSelector('.ws-controls', { timeout: 10_000 }); // the case's answers were checked

    const options = await keel.context.newPage();
    await options.goto(keel.extensionUrl('options.html'));
    await options.waitForSelector('form, fieldset', { timeout: 10_000 });

    for (const page of [ticketPage, popup, panel, options]) expect(await violations(page), page.url()).toEqual([]);
    // The recorder itself works: an inline script, which the policy refuses, is seen.
    await popup.addScriptTag({ content: 'void 0;' }).catch(() => undefined);
    await popup.waitForTimeout(100);
    const tried = await violations(popup);
    expect(tried.length).toBeGreaterThan(0);
  });
});

/**
 * What the desk page's own scripts can notice of Keel starting on it: no window message (WXT's
 * "content script started" postMessage carried Keel's extension id to every message listener of
 * the page), on every desk.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRig, stripFrame, type Rig } from './helpers';

describe('the desk page hears nothing from Keel', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('posts no window message into Zendesk, Jira or Salesforce pages', async () => {
    const { desk, keel } = rig;
    const urls = [desk.urls.zendesk(desk.tickets('zendesk').calm), desk.urls.jira(desk.tickets('jira').calm), desk.urls.salesforceLogin(desk.tickets('salesforce').calm)];
    for (const url of urls) {
      const page = await keel.context.newPage();
      // In the page's own world, before any script: record every message the window receives.
      await page.addInitScript(() => {
        const seen: string[] = [];
        (window as unknown as { keelSeen: string[] }).keelSeen = seen;
        addEventListener('message', (event) => seen.push(JSON.stringify(event.data)));
      });
      await page.goto(url);
      const frame = await stripFrame(page);
      await frame.waitForSelector('.strip[data-read="read"]', { timeout: 15_000 });
      const seen = await page.evaluate(() => (window as unknown as { keelSeen: string[] }).keelSeen);
      expect(seen.filter((data) => data.includes(keel.extensionId) || data.includes('content-script-started')), url).toEqual([]);
      await page.close();
    }
  });
});

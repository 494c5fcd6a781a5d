/**
 * Issue 10, reading half, in Chromium against the demo desk: a desk that never answers ends in a
 * clear state within the request timeout (not "reading…" forever) and Refresh reads again; the strip shows the live SLA
 * deadline, not an old answered breach.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPanelFor, startRig, stripFrame, type Rig } from './helpers';

let rig: Rig;

beforeAll(async () => {
  rig = await startRig();
});

afterAll(async () => {
  await rig?.close();
});

describe('a desk that never answers', () => {
  it('the read times out with a clear state, and Refresh then reads the ticket', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.calm));
    const frame = await stripFrame(page);
    await frame.waitForSelector(`.strip[data-ticket="${ids.calm}"][data-read="read"]`, { timeout: 15_000 });
    const panel = await openPanelFor(rig.keel, page);

    rig.desk.fail({ desk: 'zendesk', mode: 'hang', count: 1 });
    await panel.click('.read-status button');
    await frame.waitForSelector('.strip[data-read="reading"]', { timeout: 10_000 });
    // The hung request gives up after its timeout (20 s), not "reading…" forever: Keel reads the
    // page instead and says why the API was not used.
    await frame.waitForSelector('.strip[data-read="read"]', { timeout: 40_000 });
    expect(await frame.textContent('.strip-read')).toMatch(/read from the page/);
    expect(await panel.textContent('.read-status')).toMatch(/API was unavailable: Zendesk did not answer within 20 s\./);

    // Refresh works afterwards: the desk answers again and the ticket is read through its API.
    await panel.click('.read-status button');
    await frame.waitForFunction(() => /^read (just now|\d+ s ago)$/.test(document.querySelector('.strip-read')?.textContent ?? ''), undefined, { timeout: 15_000 });
    // The strip and the panel each re-read on the worker's change: the panel may follow a moment later.
    await expect.poll(() => panel.getAttribute('.read-status', 'data-failure'), { timeout: 5_000 }).toBe('');
    await Promise.all([panel.close(), page.close()]);
  }, 90_000);
});

describe('the SLA line', () => {
  it('on Jira, an old answered first-response breach does not hide the next reply due in 25 minutes', async () => {
    const ids = rig.desk.tickets('jira');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.jira(ids.angry));
    const frame = await stripFrame(page);
    await frame.waitForSelector(`.strip[data-ticket="${ids.angry}"][data-read="read"]`, { timeout: 15_000 });
    const text = (await frame.textContent('.strip-meta')) ?? '';
    expect(text).toMatch(/next response due in 2\d min/);
    expect(text).not.toMatch(/breached/);
    expect(await frame.$('.strip-meta .due-soon')).not.toBeNull();
    await page.close();
  });
});

/**
 * Issue 10, the strip: it gives the customer and the SLA priority and never cuts a word (less
 * important facts are dropped whole), and the user can collapse it or move it to another corner,
 * remembered per desk by the worker (in Keel's settings, not the desk page's storage). Issue 12:
 * the frame has a descriptive title, a landmark and a heading; focus follows collapse and expand.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Frame, Page } from 'playwright-core';
import { startRig, stripFrame, type Rig } from './helpers';

/** The strip frame's box on the desk page. */
async function frameBox(page: Page) {
  const box = await (await page.$('iframe[title^="Keel"]'))!.boundingBox();
  if (!box) throw new Error('the strip frame is not laid out');
  return box;
}

/** The facts shown, each with whether its text is drawn in full inside the line. */
function shownFacts(frame: Frame) {
  return frame.$$eval('.strip-meta [data-fact]', (spans) => {
    const line = spans[0]?.parentElement?.getBoundingClientRect();
    return spans.map((s) => {
      const box = s.getBoundingClientRect();
      return { fact: s.getAttribute('data-fact')!, text: s.textContent ?? '', whole: s.scrollWidth <= s.clientWidth + 0.5 && !!line && box.right <= line.right + 0.5 };
    });
  });
}

describe('the in-page strip', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('keeps the customer and the SLA, drops less important facts whole, and cuts no word', async () => {
    const ids = rig.desk.tickets('jira');
    const page = await rig.keel.context.newPage();
    // A narrow window: the strip has far less room than its facts need.
    await page.setViewportSize({ width: 640, height: 700 });
    await page.goto(rig.desk.urls.jira(ids.angry));
    const frame = await stripFrame(page);
    await frame.waitForSelector(`.strip[data-ticket="${ids.angry}"][data-read="read"]`);
    await frame.waitForFunction(() => document.querySelectorAll('.strip-meta [data-fact]').length > 0);
    const facts = await shownFacts(frame);
    expect(facts.map((f) => f.fact)).toEqual(['customer', 'sla']);
    expect(facts.every((f) => f.whole)).toBe(true);
    // Whole wordings: the requester's name or organisation, and the SLA countdown.
    expect(['Marcus Webb · Halvorsen Freight', 'Halvorsen Freight', 'Marcus Webb']).toContain(facts[0]!.text);
    expect(facts[1]!.text).toMatch(/due in 2\d min$/);
    // The subject ends on a whole word.
    const subject = (await frame.getAttribute('.strip', 'data-subject'))!;
    const shownSubject = (await frame.textContent('.strip-subject'))!;
    const kept = shownSubject.replace(/…$/, '');
    expect(subject.startsWith(kept)).toBe(true);
    expect(kept === subject || /^[\s:,]/.test(subject.slice(kept.length))).toBe(true);
    // A wide window: the SLA gets its full wording back, still whole.
    await page.setViewportSize({ width: 1400, height: 700 });
    await frame.waitForFunction(() => /^time to next response due in/.test(document.querySelector('.strip-meta [data-fact="sla"]')?.textContent ?? ''));
    expect((await shownFacts(frame)).every((f) => f.whole)).toBe(true);
    await page.close();
  });

  it('says what it is: a titled frame with a landmark and a heading', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.calm));
    const frame = await stripFrame(page);
    expect(await page.getAttribute('iframe[title^="Keel"]', 'title')).toMatch(/^Keel: .*temperature/);
    await frame.waitForSelector('main.strip[aria-label] h1');
    await page.close();
  });

  it('collapses and moves to another corner, remembered per desk, on every tab of that desk', async () => {
    const ids = rig.desk.tickets('jira');
    const page = await rig.keel.context.newPage();
    const other = await rig.keel.context.newPage();
    await Promise.all([page.goto(rig.desk.urls.jira(ids.calm)), other.goto(rig.desk.urls.jira(ids.breached))]);
    const frame = await stripFrame(page);
    await stripFrame(other);
    const viewport = page.viewportSize()!;
    const start = await frameBox(page);
    expect(start.x + start.width).toBeGreaterThan(viewport.width - 40);

    // Move: the bottom-left corner, on this tab and on the other Jira tab.
    await frame.click('button[data-focus="move"]');
    await page.waitForFunction(() => (document.querySelector('iframe[title^="Keel"]') as HTMLElement).getBoundingClientRect().left < 40);
    await other.waitForFunction(() => (document.querySelector('iframe[title^="Keel"]') as HTMLElement).getBoundingClientRect().left < 40);
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe('move');

    // Collapse: a small box with the band, focus on the button that expands it again.
    await frame.click('button[data-focus="collapse"]');
    await frame.waitForSelector('.strip[data-collapsed="true"]');
    await page.waitForFunction(() => (document.querySelector('iframe[title^="Keel"]') as HTMLElement).getBoundingClientRect().width < 200);
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe('expand');
    const collapsed = await frameBox(page);
    expect(collapsed.height).toBeLessThan(50);
    expect(collapsed.x).toBeLessThan(40);

    // Remembered by the worker in Keel's settings, not in the desk page's storage.
    const stored = await (await rig.keel.worker()).evaluate(async () => (await chrome.storage.local.get('settings')).settings as { strip?: unknown });
    expect(stored.strip).toEqual({ jira: { corner: 'bottom-left', collapsed: true } });
    expect(await page.evaluate(() => Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter((k) => /keel|strip/i.test(k)))).toEqual([]);

    // A new Jira page opens it where it was left; a Zendesk page keeps its own place.
    await page.reload();
    const again = await stripFrame(page);
    await again.waitForSelector('.strip[data-collapsed="true"]');
    const reloaded = await frameBox(page);
    expect(reloaded.x).toBeLessThan(40);
    expect(reloaded.width).toBeLessThan(200);
    const zendesk = await rig.keel.context.newPage();
    await zendesk.goto(rig.desk.urls.zendesk(rig.desk.tickets('zendesk').calm));
    const zframe = await stripFrame(zendesk);
    await zframe.waitForSelector('.strip:not([data-collapsed])');
    const zbox = await frameBox(zendesk);
    expect(zbox.x + zbox.width).toBeGreaterThan(viewport.width - 40);

    // Expand again: focus on the control that collapses it.
    await again.click('button[data-focus="expand"]');
    await again.waitForSelector('.strip:not([data-collapsed])');
    expect(await again.evaluate(() => document.activeElement?.getAttribute('data-focus'))).toBe('collapse');
    await page.waitForFunction(() => (document.querySelector('iframe[title^="Keel"]') as HTMLElement).getBoundingClientRect().width > 300);
    await Promise.all([page.close(), other.close(), zendesk.close()]);
  });
});

/**
 * Issue 8 (part A) in the browser, on the demo Zendesk desk: the angry ticket, once escalated,
 * gets de-escalation prompts with their reasons and the customer's words; a dismissed prompt is
 * set aside and recorded on the timeline; the reply being written in the desk's reply box is
 * pulled into Keel's composer with one click and its blame is found at the words; text typed in
 * the composer survives closing the panel mid-word.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extensionPage, openPanelFor, sendFromExtension, startRig, stripFrame, type Rig } from './helpers';

describe('prompts and the tone check in the browser', () => {
  let rig: Rig;
  beforeAll(async () => {
    rig = await startRig();
  });
  afterAll(async () => {
    await rig?.close();
  });

  it('escalating the angry ticket shows prompts with their reasons; dismissing one records it on the timeline', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.angry));
    const frame = await stripFrame(page);
    await frame.waitForSelector(`.strip[data-ticket="${ids.angry}"][data-band]:not([data-band=""])`);
    const panel = await openPanelFor(rig.keel, page);
    await panel.waitForSelector('.prompts .prompt');
    // Not escalated yet: the prompts are shown, but done/dismissed cannot be recorded.
    expect(await panel.textContent('.prompts')).toContain('Escalate this ticket to record');
    await panel.click('.ws-escalate button');
    await panel.waitForSelector('.prompts .prompt-record');

    const churn = panel.locator('.prompt[data-signal="churn-threat"]');
    expect(await churn.locator('.prompt-why').textContent()).toMatch(/threatens to leave.*evaluating other vendors/s);
    const signals = await panel.$$eval('.prompts .prompt', (items) => items.map((li) => li.getAttribute('data-signal')));
    expect(signals).toEqual(expect.arrayContaining(['churn-threat', 'update-chase']));

    // What to say opens with the keyboard, and Escape closes it, focus back on its button.
    const toggle = churn.locator('.prompt-toggle');
    await toggle.focus();
    await panel.keyboard.press('Enter');
    await churn.locator('.prompt-say li').first().waitFor();
    await churn.locator('.prompt-say button').first().focus();
    await panel.keyboard.press('Escape');
    expect(await churn.locator('.prompt-body').count()).toBe(0);
    expect(await toggle.evaluate((el) => el === document.activeElement)).toBe(true);

    const title = (await churn.locator('.prompt-title').textContent()) ?? '';
    await churn.locator('.prompt-record button', { hasText: 'Dismiss' }).click();
    await panel.waitForSelector('.prompt[data-signal="churn-threat"]', { state: 'detached' });
    await panel.waitForFunction((t) => (document.querySelector('.timeline')?.textContent ?? '').includes(`Prompt dismissed: ${t}`), title);
    await panel.click('.prompt-aside button[aria-expanded]');
    expect(await panel.getAttribute('.prompt-aside li[data-state="dismissed"]', 'data-prompt')).toBeTruthy();

    // The dismissal is stored: a new panel shows it set aside, not open.
    await panel.close();
    const again = await openPanelFor(rig.keel, page);
    await again.waitForSelector('.prompts .prompt-record');
    expect(await again.locator('.prompt[data-signal="churn-threat"]').count()).toBe(0);
    await Promise.all([again.close(), page.close()]);
  });

  it('a promise that fell due unkept prompts "own it and give a new time", quoting it; one click records the new promise', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.angry));
    await stripFrame(page);
    const panel = await openPanelFor(rig.keel, page);
    // Escalated by the first test; run alone, escalate it here.
    await panel.waitForSelector('.prompts .prompt');
    if ((await panel.locator('.prompts .prompt-record').count()) === 0) await panel.click('.ws-escalate button');
    await panel.waitForSelector('.prompts .prompt-record');
    expect(await panel.locator('.prompt[data-signal="broken-promise"]').count()).toBe(0);

    type Answer<T> = { ok: boolean; data: T };
    const active = await sendFromExtension<Answer<{ escalations: { desk: string; host: string; ticketId: string }[] }>>(panel, 'listActiveEscalations', {});
    const escalation = active.data.escalations.find((e) => e.ticketId === ids.angry)!;
    const ref = { desk: escalation.desk, host: escalation.host, ticketId: escalation.ticketId };
    // A promise made this morning that fell due an hour and a half ago, and nobody wrote since.
    const quote = "I'll send you the root cause by 9am.";
    const added = await sendFromExtension<Answer<{ id: string }>>(panel, 'addPromise', { ref, text: quote, dueAt: new Date(Date.now() - 90 * 60_000).toISOString() });
    expect(added.ok).toBe(true);

    const broken = panel.locator('.prompt[data-signal="broken-promise"]');
    await broken.waitFor();
    expect(await broken.locator('.prompt-title').textContent()).toMatch(/own it and give a new, realistic time/);
    expect(await broken.locator('.prompt-quote').allTextContents()).toEqual([quote]);

    await broken.locator('.prompt-toggle').click();
    await broken.locator('.prompt-do li[data-action="addPromise"] button').click();
    await broken.locator('[role="status"]').waitFor();
    const promises = await sendFromExtension<Answer<{ promises: { quote: string; dueAt: string | null; state: string }[] }>>(panel, 'getPromises', { ref });
    const fresh = promises.data.promises.filter((p) => p.quote !== quote && p.state === 'open' && p.dueAt !== null && Date.parse(p.dueAt) > Date.now());
    expect(fresh.map((p) => p.quote).join(' ')).toMatch(/New update time given to/);
    await Promise.all([panel.close(), page.close()]);
  });

  it("pulls the reply from the desk's reply box into the composer and finds its blame at the words", async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.angry));
    await stripFrame(page);
    const reply = 'Hi Marcus, as I said in my last message, this is expected behaviour during maintenance.';
    await page.locator(`[data-ticket-id="${ids.angry}"] [data-test-id="omnicomposer-rich-text-ckeditor"]`).fill(reply);
    const panel = await openPanelFor(rig.keel, page);
    await panel.waitForSelector('.draft textarea:not([readonly])');
    await panel.locator('.draft-actions button', { hasText: "reply box" }).click();
    await panel.waitForFunction((text) => (document.querySelector('.draft textarea') as HTMLTextAreaElement | null)?.value === text, reply);
    // Nothing was written into the desk.
    expect(await page.locator(`[data-ticket-id="${ids.angry}"] [data-test-id="omnicomposer-rich-text-ckeditor"]`).textContent()).toBe(reply);

    const blame = panel.locator('.tone li[data-kind="blame"]').first();
    await blame.waitFor();
    const [start, end] = [Number(await blame.getAttribute('data-start')), Number(await blame.getAttribute('data-end'))];
    expect(reply.slice(start, end).toLowerCase()).toContain('as i said');
    expect(await panel.locator('.tone li[data-kind="dismissal"]').count()).toBeGreaterThan(0);
    // The good-update checklist names what is missing.
    expect(await panel.getAttribute('.tone-checks li[data-check="next-update"]', 'data-found')).toBe('false');
    await Promise.all([panel.close(), page.close()]);
  });

  for (const desk of ['jira', 'salesforce'] as const) {
    it(`${desk}: pulls the reply from the desk's reply box`, async () => {
      const ids = rig.desk.tickets(desk);
      const page = await rig.keel.context.newPage();
      await page.goto(desk === 'jira' ? rig.desk.urls.jira(ids.reopened) : rig.desk.urls.salesforceLogin(ids.reopened));
      await stripFrame(page);
      const reply = 'Per my last email, you should have restarted the agent.';
      await page.locator(desk === 'jira' ? '#ak-editor-textarea' : '.oneContent.active textarea.cuf-messageTextArea').fill(reply);
      const panel = await openPanelFor(rig.keel, page);
      await panel.waitForSelector('.draft textarea:not([readonly])');
      await panel.locator('.draft-actions button', { hasText: 'reply box' }).click();
      await panel.waitForFunction((text) => (document.querySelector('.draft textarea') as HTMLTextAreaElement | null)?.value === text, reply);
      await panel.locator('.tone li[data-kind="blame"]').first().waitFor();
      await Promise.all([panel.close(), page.close()]);
    });
  }

  it('text typed in the composer survives closing the panel mid-word', async () => {
    const ids = rig.desk.tickets('zendesk');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.zendesk(ids.calm));
    await stripFrame(page);
    const panel = await openPanelFor(rig.keel, page);
    const box = panel.locator('.draft textarea:not([readonly])');
    await box.waitFor();
    await box.fill('');
    await box.pressSequentially("Thanks for your patience. I'll upda");
    await panel.close();

    const again = await openPanelFor(rig.keel, page);
    await again.waitForFunction(() => (document.querySelector('.draft textarea') as HTMLTextAreaElement | null)?.value === "Thanks for your patience. I'll upda");
    await Promise.all([again.close(), page.close()]);
  });

  it('the playbook is edited in Options: a broken file is refused naming the field, an edit changes the prompt', async () => {
    const options = await extensionPage(rig.keel, 'options.html');
    const box = options.locator('.playbook-options textarea');
    await box.waitFor();
    const shipped = JSON.parse(await box.inputValue()) as { rules: { id: string; title: string; minutes: unknown }[] };
    expect(shipped.rules.map((r) => r.id)).toContain('churn-threat');

    const broken = { ...shipped, rules: shipped.rules.map((r, i) => (i === 0 ? { ...r, minutes: 'soon' } : r)) };
    await options.setInputFiles('.playbook-options input[type=file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const refusal = options.locator('.playbook-options [role=alert]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/broken\.json was not imported.*rules\.0\.minutes/);
    expect(await options.textContent('.playbook-source')).toContain('shipped');

    const edited = { ...shipped, rules: shipped.rules.map((r) => (r.id === 'churn-threat' ? { ...r, title: 'Call the account owner today' } : r)) };
    await box.fill(JSON.stringify(edited, null, 2));
    // The unsaved edit survives closing the page.
    await options.reload();
    await options.waitForFunction(() => (document.querySelector('.playbook-options textarea') as HTMLTextAreaElement | null)?.value.includes('Call the account owner today'));
    await options.click('.playbook-options button.primary');
    await options.waitForSelector('.playbook-options [role=status]');
    expect(await options.textContent('.playbook-source')).toContain('your own');

    const ids = rig.desk.tickets('salesforce');
    const page = await rig.keel.context.newPage();
    await page.goto(rig.desk.urls.salesforceLogin(ids.angry));
    await stripFrame(page);
    const panel = await openPanelFor(rig.keel, page);
    await panel.waitForSelector('.prompt[data-signal="churn-threat"]');
    expect(await panel.textContent('.prompt[data-signal="churn-threat"] .prompt-title')).toBe('Call the account owner today');
    await Promise.all([panel.close(), page.close(), options.close()]);
  });
});

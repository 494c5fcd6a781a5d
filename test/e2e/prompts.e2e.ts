/**
 * Issue 8 (part A) in the browser, on the demo Zendesk desk: the angry ticket, once escalated,
 * gets de-escalation prompts with their reasons and the customer's words; a dismissed prompt is
 * set aside and recorded on the timeline; the reply being written in the desk's reply box is
 * pulled into Keel's composer with one click and its blame is found at the words; text typed in
 * the composer survives closing the panel mid-word.
 */
import { readFileSync } from 'node:fs';
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

  it('the playbook in Options: a wrong field is kept as typed across a reload; export, import a broken file (refused, nothing changed), import an edited one (reviewed, confirmed, in the prompts)', async () => {
    const options = await extensionPage(rig.keel, 'options.html');
    const section = options.locator('.playbook-options');
    await section.locator('.playbook-rule').first().waitFor();
    const churnTitle = section.locator('.playbook-rule[data-rule="churn-threat"] [data-control="title"]');
    const shippedTitle = await churnTitle.inputValue();

    // A wrong field is marked, not saved, and what was typed is there after a reload.
    const minutes = section.locator('.playbook-rule[data-rule="churn-threat"] [data-control="minutes"]');
    const shippedMinutes = await minutes.inputValue();
    await minutes.fill('soon');
    expect(await minutes.getAttribute('aria-invalid')).toBe('true');
    await options.reload();
    await minutes.waitFor();
    expect(await minutes.inputValue()).toBe('soon');
    expect(await section.locator('[data-state="invalid"]').textContent()).toMatch(/1 field needs fixing/);
    // Typed back as shipped: the shipped playbook stays in force.
    await minutes.fill(shippedMinutes);
    await section.locator('[data-state="saved"]').waitFor();

    // Export: one versioned file with the playbook and every audience's template.
    const [download] = await Promise.all([options.waitForEvent('download'), section.locator('.playbook-export').click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { kind: string; version: number; rules: { id: string; signal: string; title: string }[]; templates: Record<string, string> };
    expect(exported).toMatchObject({ kind: 'keel-playbook', version: 1 });
    expect(Object.keys(exported.templates).sort()).toEqual(['customer-executive', 'customer-technical', 'engineering', 'internal-note', 'leadership']);
    expect(exported.rules.find((r) => r.id === 'churn-threat')?.title).toBe(shippedTitle);

    // A broken file: the message names what is wrong, and nothing changed.
    const broken = { ...exported, rules: exported.rules.map((r, i) => (i === 0 ? { ...r, signal: 'weather' } : r)) };
    await options.setInputFiles('.playbook-options input[type=file]', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
    const refusal = section.locator('.playbook-file [role=alert]');
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(/broken\.json was not imported, nothing was changed: rules\.0\.signal/);
    expect(await section.locator('[data-state="saved"]').textContent()).toContain('shipped');
    expect(await churnTitle.inputValue()).toBe(shippedTitle);

    // An edited file: what changes is shown first, and applied on confirming.
    const edited = {
      ...exported,
      rules: exported.rules.map((r) => (r.id === 'churn-threat' ? { ...r, title: 'Call the account owner today' } : r)),
      templates: { ...exported.templates, leadership: 'Brief for leadership: {{ ticket.subject }}' },
    };
    await options.setInputFiles('.playbook-options input[type=file]', { name: 'team.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(edited)) });
    const review = section.locator('.playbook-review');
    await review.waitFor();
    expect(await review.locator('li').allTextContents()).toEqual(['Rule changed: Call the account owner today (Prompt title)', 'Update template for Leadership']);
    expect(await churnTitle.inputValue()).toBe(shippedTitle);
    await review.locator('button.primary').click();
    await section.locator('.playbook-file [role=status]').waitFor();
    expect(await churnTitle.inputValue()).toBe('Call the account owner today');
    expect(await section.locator('[data-state="saved"]').textContent()).toContain('your own');
    // The templates came with it: the leadership template is the file's, the others (as shipped) stay Keel's own.
    const stored = (await options.evaluate(() => chrome.storage.local.get('settings'))) as { settings: { templates?: Record<string, string> } };
    expect(stored.settings.templates).toEqual({ leadership: 'Brief for leadership: {{ ticket.subject }}' });

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

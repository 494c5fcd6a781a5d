// @vitest-environment happy-dom
/**
 * The options page as a list of sections, each binding the settings itself: both sections show,
 * in order; saving one keeps what the other changed; a Jira domain is asked for and stored.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenAsWorker } from '../harness/worker';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import { OPTIONS_SECTIONS } from '../../components/options/sections';
import { CadenceOptions } from '../../components/options/cadence/CadenceOptions';
import { JiraHostsOptions } from '../../components/options/jira-hosts/JiraHostsOptions';
import { PlaybookOptions } from '../../components/options/playbook/PlaybookOptions';
import { TemperatureOptions } from '../../components/options/temperature/TemperatureOptions';
import { TemplatesOptions } from '../../components/options/templates/TemplatesOptions';
import { StorageOptions } from '../../components/options/storage/StorageOptions';
import { getSettings, saveSettings } from '../../lib/settings/storage';
import { getDb } from '../../lib/worker/db';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const settle = () => act(async () => new Promise((r) => setTimeout(r, 20)));

/** Types into a React-controlled input the way a user does (value, then an input event). */
function type(input: HTMLInputElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('the options page', () => {
  let root: Root;
  let host: HTMLElement;
  let granted: Set<string>;
  let request: ReturnType<typeof vi.fn>;

  beforeEach(async () => {
    fakeBrowser.reset();
    await listenAsWorker();
    granted = new Set(['https://jira.example.com/*']);
    request = vi.fn(async ({ origins }: { origins: string[] }) => (origins.forEach((o) => granted.add(o)), true));
    Object.assign(browser, {
      permissions: {
        contains: async ({ origins }: { origins: string[] }) => origins.every((o) => granted.has(o)),
        request,
        remove: async ({ origins }: { origins: string[] }) => (origins.forEach((o) => granted.delete(o)), true),
      },
    });
    await saveSettings({ jiraHosts: ['jira.example.com'] });
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    await act(() => root.unmount());
    host.remove();
  });

  it('lists its sections in order: temperature, the playbook, update templates, update cadence, self-hosted Jira, then storage', async () => {
    expect(OPTIONS_SECTIONS).toEqual([TemperatureOptions, PlaybookOptions, TemplatesOptions, CadenceOptions, JiraHostsOptions, StorageOptions]);
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    expect(host.querySelector('h1')?.textContent).toBe('Keel options');
    const name = (s: Element) => s.getAttribute('aria-label') ?? document.getElementById(s.getAttribute('aria-labelledby') ?? '')?.textContent;
    expect([...host.querySelectorAll('section')].map(name)).toEqual(['Customer temperature', 'De-escalation playbook', 'Update templates', 'Update cadence', 'Jira Data Center', 'Storage']);
    expect(host.querySelector('.host-list')?.textContent).toContain('jira.example.com');
  });

  it('adds a Jira domain after asking for it, and a later temperature save keeps it', async () => {
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    const jira = host.querySelector<HTMLElement>('section[aria-label="Jira Data Center"]')!;
    await act(async () => type(jira.querySelector('input')!, 'https://jira.other.example/secure/Dashboard.jspa'));
    await act(async () => jira.querySelector('form')!.requestSubmit());
    await settle();
    expect(request).toHaveBeenCalledWith({ origins: ['https://jira.other.example/*', 'http://jira.other.example/*'] });
    expect((await getSettings()).jiraHosts).toEqual(['jira.example.com', 'jira.other.example']);
    expect(host.textContent).toContain('Keel will now work on jira.other.example');

    const temperature = host.querySelector<HTMLElement>('section[aria-label="Customer temperature"]')!;
    await act(async () => type(temperature.querySelector('input')!, '30'));
    await act(async () => [...temperature.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());
    await settle();
    expect(await getSettings()).toMatchObject({ jiraHosts: ['jira.example.com', 'jira.other.example'], thresholds: { warm: 30 } });
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/^Saved\./);
  });

  it('says so when the browser does not grant a Data Center domain, and lists it as not granted', async () => {
    request.mockImplementation(async () => false);
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    const jira = host.querySelector<HTMLElement>('section[aria-label="Jira Data Center"]')!;
    await act(async () => type(jira.querySelector('input')!, 'jira.refused.example'));
    await act(async () => jira.querySelector('form')!.requestSubmit());
    await settle();
    expect(host.querySelector('.notice[role="status"]')?.textContent).toMatch(/Access to jira\.refused\.example was not granted/);
    const row = [...host.querySelectorAll('.host-list li')].find((li) => li.textContent?.includes('jira.refused.example'));
    expect(row?.querySelector('.urgent')).not.toBeNull();
  });

  it('follows settings changed elsewhere (another tab), and removes a domain with its permission', async () => {
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    await act(async () => saveSettings({ ...(await getSettings()), jiraHosts: ['jira.example.com', 'jira.third.example'] }));
    await settle();
    expect(host.querySelector('.host-list')?.textContent).toContain('jira.third.example');

    const first = [...host.querySelectorAll<HTMLButtonElement>('.host-list button')][0]!;
    await act(async () => first.click());
    await settle();
    expect((await getSettings()).jiraHosts).toEqual(['jira.third.example']);
    expect(granted.has('https://jira.example.com/*')).toBe(false);
    expect(host.textContent).toContain('jira.example.com');
  });

  it('update cadence: the shipped defaults, a changed interval saved (keeping other settings), a wrong one refused naming its cell', async () => {
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    const cadence = host.querySelector<HTMLElement>('section.cadence-settings')!;
    const cell = (label: string) => cadence.querySelector<HTMLInputElement>(`input[aria-label="${label}"]`)!;
    expect(cell('Customer (technical) at SEV1: minutes between updates').value).toBe('60');
    expect(cell('Customer (technical) at SEV4: minutes between updates').value).toBe('10080');
    const save = () => act(async () => [...cadence.querySelectorAll('button')].find((b) => b.textContent === 'Save')!.click());

    await act(async () => type(cell('Customer (technical) at SEV1: minutes between updates'), '30'));
    await act(async () => type(cell('Leadership at SEV1: minutes between updates'), '120'));
    await save();
    await settle();
    expect(await getSettings()).toMatchObject({ jiraHosts: ['jira.example.com'], cadence: { every: { 'customer-technical': { sev1: 30, sev2: 240 }, leadership: { sev1: 120, sev2: null } } } });

    await act(async () => type(cell('Leadership at SEV2: minutes between updates'), '3'));
    await save();
    await settle();
    expect(cadence.querySelector('[role="alert"]')?.textContent).toMatch(/^Leadership at SEV2: enter whole minutes between 5 and 43200/);
    expect(document.activeElement).toBe(cell('Leadership at SEV2: minutes between updates'));
    expect((await getSettings()).cadence?.every?.leadership?.sev2).toBeNull();
  });

  it('the playbook form: a wrong field is marked with its message and nothing is saved; a good edit saves as typed; rows move and restore', async () => {
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    const section = host.querySelector<HTMLElement>('section[aria-label="De-escalation playbook"]')!;
    const rules = () => [...section.querySelectorAll<HTMLElement>('.playbook-rule')];
    const field = (row: HTMLElement, label: string) => {
      const l = [...row.querySelectorAll('label')].find((x) => x.textContent === label)!;
      return row.querySelector<HTMLInputElement>(`#${CSS.escape(l.htmlFor)}`)!;
    };
    const typeText = (input: HTMLInputElement | HTMLTextAreaElement, value: string) => {
      const proto = input instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype;
      Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(input, value);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const afterSave = () => act(async () => new Promise((r) => setTimeout(r, 600)));
    expect(rules().length).toBeGreaterThan(5);
    const second = rules()[1]!;
    const shippedTitle = field(second, 'Prompt title').value;
    expect(shippedTitle).not.toBe('');

    // Every control has a label; a wrong field says what is wrong, beside it.
    for (const control of section.querySelectorAll('input, textarea, select')) {
      if ((control as HTMLInputElement).type === 'file') continue;
      expect(section.querySelector(`label[for="${CSS.escape(control.id)}"]`), control.outerHTML.slice(0, 80)).not.toBeNull();
    }
    const minutes = field(second, 'Time it commits to ({{time}}), in minutes from now');
    await act(async () => typeText(minutes, 'soon'));
    await afterSave();
    expect(minutes.getAttribute('aria-invalid')).toBe('true');
    expect(section.querySelector(`#${CSS.escape(minutes.getAttribute('aria-describedby')!)}`)?.textContent).toBe('Enter whole minutes between 5 and 43,200.');
    await act(async () => typeText(field(second, 'Prompt title'), 'Call them today, {{eta}}'));
    expect(section.querySelector(`#${CSS.escape(field(second, 'Prompt title').getAttribute('aria-describedby')!)}`)?.textContent).toMatch(/^Unknown fill-in \{\{eta\}\} at character 18/);
    await afterSave();
    expect((await getSettings()).playbook).toBeUndefined();

    await act(async () => typeText(minutes, '90'));
    await act(async () => typeText(field(second, 'Prompt title'), 'Call them today'));
    expect(minutes.hasAttribute('aria-invalid')).toBe(false);
    await afterSave();
    const saved = (await getSettings()).playbook!;
    expect(saved.rules[1]).toMatchObject({ title: 'Call them today', minutes: 90 });
    expect(section.textContent).toContain('your own');

    // Moved up: saved in the new order, focus stays on the moved rule.
    const id = saved.rules[1]!.id;
    await act(async () => rules()[1]!.querySelector<HTMLButtonElement>('[data-control="up"]')!.click());
    await afterSave();
    expect((await getSettings()).playbook!.rules.map((r) => r.id)[0]).toBe(id);
    expect(document.activeElement?.closest('.playbook-rule')?.getAttribute('data-rule')).toBe(id);

    // Back to the shipped playbook, after confirming.
    await act(async () => [...section.querySelectorAll('button')].find((b) => b.textContent === 'Go back to the shipped playbook')!.click());
    const yes = [...section.querySelectorAll<HTMLButtonElement>('.confirm button')].find((b) => b.textContent !== 'Keep')!;
    await act(async () => yes.click());
    await afterSave();
    expect((await getSettings()).playbook).toBeUndefined();
    expect(field(rules()[1]!, 'Prompt title').value).toBe(shippedTitle);
  });

  it('the playbook form: jargon and internal names are added, checked, saved as typed and removed, focus following', async () => {
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    const section = host.querySelector<HTMLElement>('section[aria-label="De-escalation playbook"]')!;
    const jargon = section.querySelector<HTMLElement>('.playbook-jargon')!;
    const rows = () => [...jargon.querySelectorAll<HTMLElement>('.playbook-jargon-row')];
    const input = (row: HTMLElement, label: string) => {
      const l = [...row.querySelectorAll('label')].find((x) => x.textContent === label)!;
      return row.querySelector<HTMLInputElement>(`#${CSS.escape(l.htmlFor)}`)!;
    };
    const afterSave = () => act(async () => new Promise((r) => setTimeout(r, 600)));
    const shipped = rows().length;
    expect(shipped).toBeGreaterThan(0);

    // A new row takes the focus; the same term twice is refused, beside the field; nothing saved.
    await act(async () => [...jargon.querySelectorAll('button')].find((b) => b.textContent === 'Add a term')!.click());
    const added = rows()[shipped]!;
    expect(document.activeElement).toBe(input(added, 'Term'));
    const first = input(rows()[0]!, 'Term').value;
    await act(async () => type(input(added, 'Term'), first.toUpperCase()));
    await afterSave();
    expect(input(added, 'Term').getAttribute('aria-invalid')).toBe('true');
    expect(jargon.querySelector(`#${CSS.escape(input(added, 'Term').getAttribute('aria-describedby')!)}`)?.textContent).toBe('This term is listed twice.');
    expect((await getSettings()).playbook).toBeUndefined();

    // A good one is saved as typed, trimmed.
    await act(async () => type(input(added, 'Term'), ' Project Falcon '));
    await act(async () => type(input(added, 'Plain words'), 'the new import service'));
    await afterSave();
    expect((await getSettings()).playbook!.jargon).toContainEqual({ term: 'Project Falcon', plain: 'the new import service' });

    // Removed (the last row): saved without it, focus on the term before it.
    await act(async () => rows()[shipped]!.querySelector<HTMLButtonElement>('button')!.click());
    await afterSave();
    expect((await getSettings()).playbook?.jargon ?? []).not.toContainEqual({ term: 'Project Falcon', plain: 'the new import service' });
    expect(document.activeElement).toBe(input(rows()[shipped - 1]!, 'Term'));
  });

  it('storage: says how much space Keel uses, saves the retention as typed, lists and deletes damaged records', async () => {
    const db = await getDb();
    await db.clear('quarantine');
    await db.add('quarantine', { id: 'q1', store: 'escalations', key: 'e1', at: '2026-03-01T10:00:00.000Z', reason: 'state: Invalid option', value: { state: 42 } });
    Object.defineProperty(navigator, 'storage', { configurable: true, value: { estimate: async () => ({ usage: 12_300_000, quota: 2_000_000_000 }) } });
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    const section = host.querySelector<HTMLElement>('section[aria-label="Storage"]')!;
    expect(section.textContent).toContain('Keel uses 12.3 MB of the 2 GB this browser allows it.');
    expect(section.textContent).toContain('1 damaged record was set aside');

    const days = section.querySelector<HTMLInputElement>('.storage-retention input')!;
    expect(days.value).toBe('30');
    await act(async () => type(days, '0'));
    expect(section.textContent).toContain('Enter a whole number of days from 1 to 3,650.');
    await act(async () => type(days, '7'));
    await act(async () => new Promise((r) => setTimeout(r, 700)));
    expect((await getSettings()).retention).toEqual({ days: 7 });

    await act(async () => [...section.querySelectorAll('button')].find((b) => b.textContent === 'Show damaged records')!.click());
    await settle();
    expect(section.querySelector('.storage-quarantine')?.textContent).toBe('escalations / e1 — state: Invalid option');
    await act(async () => [...section.querySelectorAll('button')].find((b) => b.textContent === 'Delete the damaged records')!.click());
    await settle();
    expect(await db.count('quarantine')).toBe(0);
    expect(section.textContent).toContain('No damaged records.');
  });
});

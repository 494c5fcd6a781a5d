// @vitest-environment happy-dom
/**
 * The options page as a list of sections, each binding the settings itself: both sections show,
 * in order; saving one keeps what the other changed; a Jira domain is asked for and stored.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { browser } from 'wxt/browser';
import { Options } from '../../components/options/Options';
import { OPTIONS_SECTIONS } from '../../components/options/sections';
import { JiraHostsOptions } from '../../components/options/jira-hosts/JiraHostsOptions';
import { PlaybookOptions } from '../../components/options/playbook/PlaybookOptions';
import { TemperatureOptions } from '../../components/options/temperature/TemperatureOptions';
import { getSettings, saveSettings } from '../../lib/settings/storage';

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

  it('lists its sections in order: temperature, the playbook, then self-hosted Jira', async () => {
    expect(OPTIONS_SECTIONS).toEqual([TemperatureOptions, PlaybookOptions, JiraHostsOptions]);
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    expect(host.querySelector('h1')?.textContent).toBe('Keel options');
    expect([...host.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'))).toEqual(['Customer temperature', 'De-escalation playbook', 'Jira Data Center']);
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

  it('refuses a broken playbook edit naming the field, keeps the shipped one, and saves a good edit', async () => {
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    const section = host.querySelector<HTMLElement>('section[aria-label="De-escalation playbook"]')!;
    const box = section.querySelector('textarea')!;
    const shipped = JSON.parse(box.value) as { rules: { id: string; minutes: unknown; title: string }[] };
    const setText = (value: string) => {
      Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(box, value);
      box.dispatchEvent(new Event('input', { bubbles: true }));
    };
    const save = () => [...section.querySelectorAll('button')].find((b) => b.textContent === 'Save playbook')!.click();

    await act(async () => setText(JSON.stringify({ ...shipped, rules: shipped.rules.map((r, i) => (i === 1 ? { ...r, minutes: 'soon' } : r)) })));
    await act(async () => save());
    await settle();
    expect(section.querySelector('[role="alert"]')?.textContent).toMatch(/^Not saved, the playbook is unchanged: rules\.1\.minutes: /);
    expect((await getSettings()).playbook).toBeUndefined();
    expect(box.value).toContain('"soon"');

    await act(async () => setText(JSON.stringify({ ...shipped, rules: shipped.rules.map((r, i) => (i === 1 ? { ...r, title: 'Call them today' } : r)) })));
    await act(async () => save());
    await settle();
    expect((await getSettings()).playbook?.rules[1]?.title).toBe('Call them today');
    expect(section.querySelector('.playbook-source')?.textContent).toContain('your own');
  });
});

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
import { JiraHostsOptions } from '../../components/options/jira-hosts/JiraHostsOptions';
import { TemperatureOptions } from '../../components/options/temperature/TemperatureOptions';
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

  it('lists its sections in order: temperature, self-hosted Jira, storage', async () => {
    expect(OPTIONS_SECTIONS).toEqual([TemperatureOptions, JiraHostsOptions, StorageOptions]);
    await act(() => root.render(<Options sections={OPTIONS_SECTIONS} />));
    await settle();
    expect(host.querySelector('h1')?.textContent).toBe('Keel options');
    expect([...host.querySelectorAll('section')].map((s) => s.getAttribute('aria-label'))).toEqual(['Customer temperature', 'Jira Data Center', 'Storage']);
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

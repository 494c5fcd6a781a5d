// @vitest-environment happy-dom
/**
 * Update templates in Options: an audience's template is checked as it is typed (problems with
 * their line and column, announced, the field marked invalid), previewed on a sample escalation,
 * saved as typed, and put back to Keel's with one click.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplatesOptions } from '../../components/options/templates/TemplatesOptions';
import { TYPED_SAVE_DELAY_MS } from '../../lib/ui/typed-save';
import { defaultTemplate } from '../../lib/ui/templates';
import { getSettings, saveSettings } from '../../lib/settings/storage';
import { listenAsWorker } from '../harness/worker';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const settle = (ms = 20) => act(async () => new Promise((r) => setTimeout(r, ms)));

function type(area: HTMLTextAreaElement, value: string) {
  Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(area, value);
  area.dispatchEvent(new Event('input', { bubbles: true }));
}

describe('update templates in Options', () => {
  let root: Root;
  let host: HTMLElement;
  const area = () => host.querySelector<HTMLTextAreaElement>('textarea')!;
  const tab = (name: string) => [...host.querySelectorAll<HTMLButtonElement>('[role="tab"]')].find((b) => b.textContent?.startsWith(name))!;

  beforeEach(async () => {
    fakeBrowser.reset();
    await listenAsWorker();
    await saveSettings({ jiraHosts: [] });
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(() => root.render(<TemplatesOptions />));
    await settle();
  });
  afterEach(async () => {
    await act(() => root.unmount());
    host.remove();
  });

  it('shows Keel’s template for each audience, with a preview on a sample escalation', async () => {
    expect(area().value).toBe(defaultTemplate('customer-technical'));
    expect(tab('Customer (technical)').getAttribute('aria-selected')).toBe('true');
    expect(host.querySelector('.tpl-rendered')?.innerHTML).toContain('<strong>Where we are:</strong>');
    await act(async () => tab('Leadership').click());
    expect(area().value).toBe(defaultTemplate('leadership'));
    expect(host.querySelector('label')?.textContent).toBe('Template for Leadership');
  });

  it('names an unknown placeholder with its line and column as it is typed, marks the field invalid, and puts the caret there on request', async () => {
    await act(async () => tab('Leadership').click());
    await act(async () => type(area(), 'Brief\nETA: {{ facts.etaa }}'));
    expect(area().getAttribute('aria-invalid')).toBe('true');
    const problems = host.querySelector(`#${CSS.escape(area().getAttribute('aria-describedby')!)}`)!;
    // The count is said politely; the list with its buttons is not a live region (issue 12).
    expect(problems.closest('[aria-live], [role="status"]')).toBeNull();
    expect(host.querySelector('.tpl-edit [role="status"], [role="status"]')?.textContent).toMatch(/^1 problem: /);
    expect(problems.textContent).toContain('Line 2, column 9: there is no placeholder “facts.etaa”.');
    expect(host.querySelector('.tpl-preview')?.textContent).toContain('No preview until the problems are fixed.');
    await act(async () => problems.querySelector('button')!.click());
    expect(area().selectionStart).toBe('Brief\nETA: {{ '.length);

    await act(async () => type(area(), 'Brief\nETA: {{ facts.eta }}'));
    expect(area().getAttribute('aria-invalid')).toBe('false');
    expect(host.querySelector('.tpl-rendered')?.textContent).toMatch(/^Brief\s*ETA: \w{3}, /);
  });

  it('saves as typed, and goes back to Keel’s template with one click', async () => {
    await act(async () => tab('Engineering').click());
    await act(async () => type(area(), 'Swarm: {{ facts.summary }}'));
    expect((await getSettings()).templates?.engineering).toBeUndefined(); // not before the pause
    await settle(TYPED_SAVE_DELAY_MS + 100);
    expect((await getSettings()).templates?.engineering).toBe('Swarm: {{ facts.summary }}');
    expect(tab('Engineering').textContent).toContain('(draft)');

    const reset = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Use Keel’s template')!;
    await act(async () => reset.click());
    await settle();
    expect((await getSettings()).templates?.engineering).toBeUndefined();
    expect(area().value).toBe(defaultTemplate('engineering'));
  });
});

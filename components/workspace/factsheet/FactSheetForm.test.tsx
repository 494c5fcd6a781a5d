// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { factSheetPrefill } from '@/lib/model/factsheet';
import { FactSheetForm } from './FactSheetForm';

const values = { ...factSheetPrefill({ subject: 'Checkout fails', title: '', nextUpdateDueAt: null }), etaAt: '2026-03-13T14:00:00.000Z', etaConfidence: 'high' as const };

function render(extra: Partial<Parameters<typeof FactSheetForm>[0]> = {}) {
  const host = document.createElement('div');
  host.innerHTML = renderToStaticMarkup(
    <FactSheetForm values={values} known={[{ id: 'customer', label: 'Customer', value: 'Halvorsen Freight' }, { id: 'sla', label: 'SLA', value: '' }]} stored={false} onChange={() => undefined} error={null} {...extra} />,
  );
  return host;
}

describe('FactSheetForm', () => {
  it('labels every field it offers (text, ETA time and confidence, next update)', () => {
    const host = render();
    const controls = [...host.querySelectorAll('textarea, input, select')];
    expect(controls.map((c) => c.getAttribute('data-field') ?? 'confidence')).toEqual(['summary', 'impact', 'status', 'done', 'next', 'workaround', 'etaAt', 'confidence', 'risks', 'asks', 'nextUpdateAt']);
    for (const control of controls) {
      const label = host.querySelector(`label[for="${control.id}"]`);
      expect(label?.textContent, control.outerHTML).toMatch(/\w/);
    }
    expect(host.querySelector<HTMLTextAreaElement>('[data-field="summary"]')?.value).toBe('Checkout fails');
    expect(host.querySelector('select option[selected]')?.getAttribute('value')).toBe('high');
  });

  it('shows what Keel knows, saying so where it does not know yet, and that the values are pre-filled', () => {
    const host = render();
    expect(host.querySelector('[data-known="customer"] dd')?.textContent).toBe('Halvorsen Freight');
    expect(host.querySelector('[data-known="sla"] dd')?.textContent).toBe('not known yet');
    expect(host.textContent).toContain('Filled in from what Keel knows');
    expect(render({ stored: true }).textContent).not.toContain('Filled in from what Keel knows');
  });

  it('announces a failed save and says what is kept', () => {
    const alert = render({ error: 'Storage is full' }).querySelector('[role="alert"]');
    expect(alert?.textContent).toBe('Not saved yet: Storage is full. What you typed is kept and saved with your next change.');
  });
});

import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import type { PlanItem } from '@/lib/model/plan';
import type { DraftProps } from '../../fields/AddForm';
import { Plan } from './Plan';
import { planItem } from '@/test/harness/plan';

const NOW = new Date('2026-05-04T12:00:00.000Z');
const draft: DraftProps = { text: '', setText: () => undefined, flush: () => undefined, clear: () => undefined, error: null };
const render = (items: PlanItem[]) =>
  renderToStaticMarkup(<Plan items={items} now={NOW} objectiveDraft={draft} itemDraft={draft} onAdd={async () => null} onUpdate={async () => null} onRemove={async () => null} error={null} />);

describe('the plan', () => {
  it('flags overdue items with how late they are, and counts open and overdue items', () => {
    const html = render([planItem('Replay the WAL', { dueAt: '2026-05-04T10:00:00.000Z' }), planItem('Update the status page', { dueAt: '2026-05-04T18:00:00.000Z' }), planItem('Send the RCA', { status: 'done', dueAt: '2026-05-04T09:00:00.000Z' })]);
    expect(html).toContain('2 open items');
    expect(html).toContain('1 overdue');
    expect(html.match(/data-overdue="true"/g)).toHaveLength(1);
    expect(html).toMatch(/overdue by 2 h/);
  });

  it('lists objectives before items, and reads each item as one line: status, owner, due', () => {
    const html = render([
      planItem('Replay the WAL', { ownerPerson: 'Dana Reyes', ownerTeam: 'Platform', dueAt: '2026-05-04T15:00:00.000Z' }),
      planItem('Dashboards load', { kind: 'objective' }),
      planItem('Send the RCA', { status: 'in-progress' }),
    ]);
    expect(html.indexOf('Dashboards load')).toBeLessThan(html.indexOf('Replay the WAL'));
    expect(html).toMatch(/open · Dana Reyes \(Platform\) · due [^<]*\d/);
    expect(html).toContain('in progress · no owner · no due time');
    // Closed items show no fields: their title is the button that opens them.
    expect(html).not.toContain('>Owner</label>');
    expect(html.match(/aria-expanded="false"/g)).toHaveLength(2);
    for (const label of ['New objective', 'New action item']) expect(html).toContain(`>${label}</label>`);
    expect(html).toContain('aria-label="Objective met: Dashboards load"');
  });

  it('says when there is nothing yet', () => {
    const html = render([]);
    expect(html).toContain('0 open items');
    expect(html).toContain('No action items yet.');
    expect(html).not.toContain('overdue');
  });
});

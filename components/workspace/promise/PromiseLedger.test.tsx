import { describe, expect, it } from 'vitest';
import { renderToStaticMarkup } from 'react-dom/server';
import { newCadenceFields } from '@/lib/model/cadence';
import type { PromiseRecord } from '@/lib/model/promise';
import type { CadenceData } from '@/lib/ui/cadence';
import { Cadence } from '../cadence/Cadence';
import { PromiseLedger } from './PromiseLedger';

const NOW = new Date('2026-03-04T12:00:00.000Z');
const stamps = {} as PromiseRecord['stamps'];

function promise(id: string, extra: Partial<PromiseRecord>): PromiseRecord {
  return {
    id, escalationId: 'e1', created: { at: '2026-03-04T09:00:00.000Z', by: 'keel' }, stamps,
    quote: "I'll update you by 3pm.", dueAt: '2026-03-04T14:00:00.000Z', madeAt: '2026-03-04T09:00:00.000Z', source: 'desk', messageId: '2', audience: 'customer',
    state: 'open', settledAt: null, answeredAt: null, snooze: null, notifiedFor: null, note: null, ...extra,
  } as PromiseRecord;
}
const none = async () => true;

describe('PromiseLedger', () => {
  it('outstanding promises first, earliest due first, each with its state; settled ones in the history', () => {
    const html = renderToStaticMarkup(
      <PromiseLedger
        now={NOW}
        promises={[
          promise('later', { quote: 'Fix expected Friday.', dueAt: '2026-03-06T16:00:00.000Z' }),
          promise('broken', { quote: "I'll call you at 10.", dueAt: '2026-03-04T10:00:00.000Z', state: 'broken', settledAt: '2026-03-04T10:00:00.000Z' }),
          promise('kept', { quote: 'We will keep you posted.', dueAt: null, state: 'kept', settledAt: '2026-03-04T11:00:00.000Z' }),
        ]}
        onAdd={async () => null}
        onType={() => undefined}
        onChange={none}
        onSnooze={none}
      />,
    );
    const order = [...html.matchAll(/data-promise="([^"]+)"/g)].map((m) => m[1]);
    expect(order).toEqual(['broken', 'later', 'kept']);
    expect(html).toMatch(/data-promise="broken" data-state="broken">.*Broken/);
    expect(html).toContain('1 earlier promise');
    expect(html).toContain('aria-label="What was promised"');
  });

  it('no promise: says so, and offers to add one', () => {
    const html = renderToStaticMarkup(<PromiseLedger now={NOW} promises={[]} onAdd={async () => null} onType={() => undefined} onChange={none} onSnooze={none} />);
    expect(html).toContain('No open promises.');
    expect(html).toContain('Add a promise');
  });
});

describe('Cadence', () => {
  const data = (due: string): CadenceData => {
    const fields = newCadenceFields('2026-03-04T10:00:00.000Z', { severity: 'sev1', settings: undefined, userTimeZone: 'UTC' });
    const record = { id: 'e1', escalationId: 'e1', created: { at: '2026-03-04T10:00:00.000Z', by: 'keel' }, stamps: {}, ...fields, 'customer-technical': { ...fields['customer-technical'], dueAt: due } } as CadenceData['record'];
    return { escalationId: 'e1', record, intervals: { 'customer-technical': 60, 'customer-executive': null, leadership: null, engineering: null, 'internal-note': null }, defaultHours: { days: [1, 2, 3, 4, 5], start: '09:00', end: '17:00' }, userTimeZone: 'UTC' };
  };
  const render = (due: string) => renderToStaticMarkup(<Cadence data={data(due)} hasSeverity now={NOW} onRule={none} onHours={none} onMarkSent={none} onSnooze={none} />);

  it('an audience with an update ahead: its rule, when it is due, and labelled actions', () => {
    const html = render('2026-03-04T12:30:00.000Z');
    expect(html).toContain('data-audience="customer-technical" data-due="2026-03-04T12:30:00.000Z"');
    expect(html).toContain('every 1 h (by severity)');
    expect(html).toContain('next update due');
    expect(html).toContain('aria-label="Mark sent: the update to Customer (technical), now"');
    expect(html).toContain('aria-label="Snooze the reminder for Customer (technical)"');
    expect(html).not.toContain('Update overdue');
  });

  it('an update past due: said as overdue, and announced once', () => {
    const html = render('2026-03-04T11:00:00.000Z');
    expect(html).toContain('update overdue since');
    expect(html).toMatch(/role="status">Update overdue: Customer \(technical\)</);
  });
});

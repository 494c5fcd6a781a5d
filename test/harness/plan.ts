/** A plan item for component tests: open, unowned, undated; each one made later than the last. */
import type { PlanItem } from '../../lib/model/plan';

let made = 0;

export function planItem(title: string, fields: Partial<PlanItem> = {}): PlanItem {
  made++;
  return {
    id: `p${made}`,
    escalationId: 'e1',
    created: { at: new Date(Date.parse('2026-05-01T00:00:00.000Z') + made * 1000).toISOString(), by: 'me' },
    stamps: {},
    kind: 'item',
    title,
    ownerPerson: '',
    ownerTeam: '',
    dueAt: null,
    status: 'open',
    deliverable: '',
    meetingId: null,
    ...fields,
  };
}

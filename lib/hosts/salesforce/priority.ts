/**
 * Case priority order: Low < Medium < High < Critical (Salesforce's default picklist is
 * High/Medium/Low; Critical is a common addition). Anything else is 'unknown'. Worker half.
 */
import type { FieldChange } from '../../model/snapshot';

const ORDER = ['low', 'medium', 'high', 'critical'];

export function priorityRank(value: string | null | undefined): number | null {
  if (!value) return null;
  const rank = ORDER.indexOf(value.trim().toLowerCase());
  return rank < 0 ? null : rank;
}

export function priorityDirection(from: string | null, to: string | null): FieldChange['direction'] {
  const a = priorityRank(from);
  const b = priorityRank(to);
  if (a === null || b === null || a === b) return 'unknown';
  return b > a ? 'up' : 'down';
}

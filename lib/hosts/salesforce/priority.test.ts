import { describe, expect, it } from 'vitest';
import { priorityDirection, priorityRank } from './priority';

describe('salesforce priority order', () => {
  it('orders Low < Medium < High < Critical', () => {
    expect(priorityDirection('Low', 'High')).toBe('up');
    expect(priorityDirection('Critical', 'Medium')).toBe('down');
    expect(priorityDirection('medium', 'CRITICAL')).toBe('up');
  });

  it('says unknown for values outside the order or missing', () => {
    expect(priorityDirection('P1', 'High')).toBe('unknown');
    expect(priorityDirection(null, 'High')).toBe('unknown');
    expect(priorityDirection('High', 'High')).toBe('unknown');
    expect(priorityRank('Urgent')).toBeNull();
  });
});

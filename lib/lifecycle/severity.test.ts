import { describe, expect, it } from 'vitest';
import { highestSeverity, severityFor, severityRank } from './severity';

describe('the severity matrix (impact × urgency)', () => {
  it.each([
    ['extensive', 'critical', 'sev1'], ['extensive', 'high', 'sev1'], ['extensive', 'medium', 'sev2'], ['extensive', 'low', 'sev3'],
    ['significant', 'critical', 'sev1'], ['significant', 'high', 'sev2'], ['significant', 'medium', 'sev3'], ['significant', 'low', 'sev3'],
    ['moderate', 'critical', 'sev2'], ['moderate', 'high', 'sev3'], ['moderate', 'medium', 'sev3'], ['moderate', 'low', 'sev4'],
    ['minor', 'critical', 'sev3'], ['minor', 'high', 'sev3'], ['minor', 'medium', 'sev4'], ['minor', 'low', 'sev4'],
  ] as const)('%s impact, %s urgency → %s', (impact, urgency, severity) => {
    expect(severityFor(impact, urgency)).toBe(severity);
  });

  it('never makes a worse cell less severe than a better one', () => {
    const impacts = ['minor', 'moderate', 'significant', 'extensive'] as const;
    const urgencies = ['low', 'medium', 'high', 'critical'] as const;
    for (let i = 1; i < 4; i++) for (const u of urgencies) expect(severityRank(severityFor(impacts[i]!, u))).toBeLessThanOrEqual(severityRank(severityFor(impacts[i - 1]!, u)));
    for (let j = 1; j < 4; j++) for (const i of impacts) expect(severityRank(severityFor(i, urgencies[j]!))).toBeLessThanOrEqual(severityRank(severityFor(i, urgencies[j - 1]!)));
  });

  it('finds the highest of several severities', () => {
    expect(highestSeverity(['sev3', null, 'sev2', 'sev4'])).toBe('sev2');
    expect(highestSeverity([null, undefined])).toBeNull();
  });
});

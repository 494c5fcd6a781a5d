import { describe, expect, it } from 'vitest';
import { caseKey } from '../../model/case-ref';
import { dataCenterNegatives, dataCenterPositives, negatives, positives } from './detect-cases';
import { detect, detectOnHost, jiraBase, normalizeKey } from './detect';

describe('jira detect (Cloud)', () => {
  it('has at least ten real URL shapes', () => {
    expect(positives.length).toBeGreaterThanOrEqual(10);
  });

  it.each(positives)('$url', ({ url, expected }) => {
    expect(detect(url)).toEqual({ desk: 'jira', ...expected });
  });

  it.each(negatives)('is not an issue: %s', (url) => {
    expect(detect(url)).toBeNull();
  });

  it('gives the same case key for the same issue reached through a queue, a board and /browse', () => {
    const keys = [
      'https://acme.atlassian.net/browse/sup-12',
      'https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-12',
      'https://acme.atlassian.net/jira/software/projects/SUP/boards/3?selectedIssue=SUP-12',
    ].map((url) => {
      const found = detect(url);
      return found ? caseKey(found) : null;
    });
    expect(new Set(keys)).toEqual(new Set(['jira:acme.atlassian.net:SUP-12']));
  });

  it('does not claim Data Center URLs', () => {
    for (const { url } of dataCenterPositives) expect(detect(url)).toBeNull();
  });
});

describe('jira detectOnHost (Data Center)', () => {
  it.each(dataCenterPositives)('$url', ({ url, expected }) => {
    expect(detectOnHost(url)).toEqual({ desk: 'jira', ...expected });
  });

  it.each(dataCenterNegatives)('is not an issue: %s', (url) => {
    expect(detectOnHost(url)).toBeNull();
  });

  it('defers to the Cloud rules on atlassian.net', () => {
    for (const { url, expected } of positives) expect(detectOnHost(url)).toEqual({ desk: 'jira', ...expected });
    // Negatives on a real Cloud site stay negatives; other hosts are only asked about when the user added them.
    for (const url of negatives.filter((u) => /^https:\/\/[a-z0-9-]+\.atlassian\.net\//.test(u))) expect(detectOnHost(url)).toBeNull();
  });
});

describe('jiraBase', () => {
  it('keeps the Data Center context path for REST calls', () => {
    expect(jiraBase('https://apps.nrs.gov.bc.ca/int/jira/projects/SD/queues/issue/SD-74878')).toBe('https://apps.nrs.gov.bc.ca/int/jira');
    expect(jiraBase('https://jira.example.com/browse/KEY-1')).toBe('https://jira.example.com');
    expect(jiraBase('https://acme.atlassian.net/jira/servicedesk/projects/SUP/queues/custom/1/SUP-12')).toBe('https://acme.atlassian.net');
    expect(jiraBase('https://jira.example.com/secure/Dashboard.jspa')).toBeNull();
  });
});

describe('normalizeKey', () => {
  it('accepts Jira keys and upper-cases them', () => {
    expect(normalizeKey('sup-1')).toBe('SUP-1');
    expect(normalizeKey('A_B9-10')).toBe('A_B9-10');
  });

  it('rejects what is not a key', () => {
    for (const value of ['S-1', '1AB-2', 'AB-', 'AB-1x', 'AB_1', '', null, `A${'B'.repeat(80)}-1`]) expect(normalizeKey(value)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { caseQuery, milestoneQuery, nextRecordsUrl, queryUrl } from './soql';

const ID = '5003000000D8cuIAAR';

describe('salesforce soql', () => {
  it('reads the case with comments, emails and history as sub-queries', () => {
    const q = caseQuery(ID);
    expect(q).toMatch(/^SELECT Id, CaseNumber, /);
    expect(q).toContain('FROM CaseComments ORDER BY CreatedDate DESC)');
    expect(q).toContain('FROM EmailMessages ORDER BY MessageDate DESC)');
    expect(q).toContain('FROM Histories WHERE Field IN');
    expect(q).toMatch(/FROM Case WHERE Id = '5003000000D8cuIAAR'$/);
    expect(caseQuery(ID, { withoutEmails: true })).not.toContain('EmailMessages');
  });

  it('reads milestones in a query of their own', () => {
    expect(milestoneQuery(ID)).toContain("FROM CaseMilestone WHERE CaseId = '5003000000D8cuIAAR'");
  });

  it('never puts anything but an id into the query', () => {
    expect(() => caseQuery("500' OR Id != '")).toThrow(/salesforce/);
    expect(() => milestoneQuery('x')).toThrow(/salesforce/);
  });

  it('encodes the query into the documented resource', () => {
    expect(queryUrl('https://acme.my.salesforce.com', 'SELECT Id FROM Case')).toBe(
      'https://acme.my.salesforce.com/services/data/v66.0/query?q=SELECT%20Id%20FROM%20Case',
    );
  });

  it('follows nextRecordsUrl only on the same org and the data API', () => {
    const origin = 'https://acme.my.salesforce.com';
    expect(nextRecordsUrl(origin, '/services/data/v66.0/query/01gD0000002HU6KIAW-2000')).toBe(`${origin}/services/data/v66.0/query/01gD0000002HU6KIAW-2000`);
    expect(nextRecordsUrl(origin, 'https://evil.example/services/data/v66.0/query/x')).toBeNull();
    expect(nextRecordsUrl(origin, '//evil.example/x')).toBeNull();
    expect(nextRecordsUrl(origin, '/services/data/v66.0/../../secur/frontdoor.jsp')).toBeNull();
    expect(nextRecordsUrl(origin, 42)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { linkIndex, organisationKey, suggestLinks, type LinkCandidate } from './links';

const c = (id: string, desk: LinkCandidate['desk'], customer: string | null, customerDomain: string | null = null, linkGroup: string | null = null): LinkCandidate => ({ id, desk, customer, customerDomain, linkGroup });

describe('link suggestions: one customer across desks', () => {
  it('compares organisations loosely', () => {
    expect(organisationKey('Northwind Traders, Inc.')).toBe('northwind traders');
    expect(organisationKey('NORTHWIND TRADERS')).toBe('northwind traders');
    expect(organisationKey('Zürich Versicherung AG')).toBe('zurich versicherung');
    expect(organisationKey('  ')).toBeNull();
  });

  it('suggests the same organisation before the same e-mail domain, other desks before the same desk', () => {
    const target = c('t', 'zendesk', 'Halvorsen Freight', 'halvorsen.example');
    const list = [
      c('sameDeskOrg', 'zendesk', 'HALVORSEN FREIGHT'),
      c('domainOnly', 'salesforce', 'Ingrid Halvorsen', 'halvorsen.example'),
      c('otherDeskOrg', 'jira', 'halvorsen freight'),
      c('stranger', 'jira', 'Contoso', 'contoso.example'),
      c('t', 'zendesk', 'Halvorsen Freight'),
    ];
    expect(suggestLinks(target, list).map((s) => [s.escalation.id, s.because])).toEqual([
      ['otherDeskOrg', 'organisation'],
      ['sameDeskOrg', 'organisation'],
      ['domainOnly', 'domain'],
    ]);
  });

  it('never suggests from a free-mail domain, nor what is already linked', () => {
    expect(suggestLinks(c('t', 'jira', null, 'gmail.com'), [c('a', 'zendesk', 'Someone', 'gmail.com')])).toEqual([]);
    expect(suggestLinks(c('t', 'jira', 'Acme', null, 'g1'), [c('a', 'zendesk', 'Acme', null, 'g1'), c('b', 'salesforce', 'ACME')]).map((s) => s.escalation.id)).toEqual(['b']);
    expect(suggestLinks(c('t', 'jira', null), [c('a', 'zendesk', null)])).toEqual([]);
  });

  it('answers the same from an index built once as from the list itself', () => {
    const desks = ['zendesk', 'jira', 'salesforce'] as const;
    const names = ['Halvorsen Freight', 'HALVORSEN FREIGHT, Inc.', 'Contoso', null, 'Ingrid Halvorsen'];
    const domains = ['halvorsen.example', 'contoso.example', 'gmail.com', null];
    const list = Array.from({ length: 60 }, (_, i) => c(`e${i}`, desks[i % 3]!, names[i % 5]!, domains[i % 4]!, i % 9 === 0 ? 'g1' : null));
    const index = linkIndex(list);
    for (const target of [list[0]!, list[1]!, list[7]!, c('t', 'jira', 'halvorsen freight', 'contoso.example', 'g1'), c('u', 'zendesk', null, 'halvorsen.example')]) {
      const fromIndex = suggestLinks(target, index);
      expect(fromIndex).toEqual(suggestLinks(target, list));
      expect(fromIndex.length).toBeGreaterThan(0);
    }
  });
});

import { describe, expect, it } from 'vitest';
import { framedByDesk, isDeskOrigin } from './frame-origins';

const facts = (ancestorOrigins: string[] | null, extra: Partial<{ referrer: string; framed: boolean; parentIsTop: boolean }> = {}) => ({
  ancestorOrigins,
  referrer: '',
  framed: true,
  parentIsTop: true,
  ...extra,
});

describe('who may frame the strip', () => {
  it('knows the desks’ cloud origins (HTTPS only) and the self-hosted hosts the user added', () => {
    for (const origin of ['https://acme.zendesk.com', 'https://acme.atlassian.net', 'https://acme.lightning.force.com', 'https://acme--uat.sandbox.my.salesforce.com']) {
      expect(isDeskOrigin(origin), origin).toBe(true);
    }
    for (const origin of ['http://acme.zendesk.com', 'https://evil.example', 'https://zendesk.com.evil.example', 'https://acme.force.com', 'https://acme.my.site.com', 'null', '']) {
      expect(isDeskOrigin(origin), origin).toBe(false);
    }
    expect(isDeskOrigin('https://jira.example.com', ['jira.example.com'])).toBe(true);
    expect(isDeskOrigin('http://jira.example.com:8080', ['jira.example.com:8080'])).toBe(true);
    expect(isDeskOrigin('https://jira.example.com:8443', ['jira.example.com'])).toBe(false);
  });

  it('shows only when every ancestor is a desk page', () => {
    expect(framedByDesk(facts(['https://acme.zendesk.com']))).toBe(true);
    // A desk page framed by another site: the outer site could still steer the click.
    expect(framedByDesk(facts(['https://acme.zendesk.com', 'https://evil.example']))).toBe(false);
    expect(framedByDesk(facts(['https://evil.example']))).toBe(false);
    expect(framedByDesk(facts([]))).toBe(false);
    // Opened on its own, not in a desk page.
    expect(framedByDesk(facts([], { framed: false }))).toBe(false);
  });

  it('without ancestorOrigins, trusts only a desk page that frames it directly (by its referrer)', () => {
    expect(framedByDesk(facts(null, { referrer: 'https://acme.zendesk.com/agent/tickets/1' }))).toBe(true);
    expect(framedByDesk(facts(null, { referrer: 'https://acme.zendesk.com/agent/tickets/1', parentIsTop: false }))).toBe(false);
    expect(framedByDesk(facts(null, { referrer: 'https://evil.example/' }))).toBe(false);
    expect(framedByDesk(facts(null, { referrer: '' }))).toBe(false);
  });
});

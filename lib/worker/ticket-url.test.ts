import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { saveSettings } from '../settings/storage';
import { ticketUrl } from './ticket-url';

describe('the address Keel stores for a ticket', () => {
  beforeEach(async () => {
    fakeBrowser.reset();
    await saveSettings({ jiraHosts: ['jira.example.com'] });
  });

  it('is the desk’s own HTTPS ticket page, built from the reference', async () => {
    expect(await ticketUrl({ desk: 'zendesk', host: 'acme.zendesk.com', ticketId: '42' })).toBe('https://acme.zendesk.com/agent/tickets/42');
    expect(await ticketUrl({ desk: 'jira', host: 'acme.atlassian.net', ticketId: 'SUP-7' })).toBe('https://acme.atlassian.net/browse/SUP-7');
    expect(await ticketUrl({ desk: 'salesforce', host: 'acme.my.salesforce.com', ticketId: '5005g00000AbCdEAAV' }, ['https://evil.example/phish'])).toBe(
      'https://acme.lightning.force.com/lightning/r/Case/5005g00000AbCdEAAV/view',
    );
  });

  it('does not exist for a host that is not one of the desk’s', async () => {
    await expect(ticketUrl({ desk: 'zendesk', host: 'evil.example', ticketId: '1' })).rejects.toThrow(/evil\.example is not a zendesk site Keel knows/);
    await expect(ticketUrl({ desk: 'jira', host: 'jira.unknown.example', ticketId: 'OPS-1' })).rejects.toThrow(/not a jira site/);
    await expect(ticketUrl({ desk: 'salesforce', host: 'acme.zendesk.com', ticketId: '5005g00000AbCdEAAV' })).rejects.toThrow(/not a salesforce site/);
  });

  it('keeps a self-hosted Jira’s context path from the tab showing the ticket, and ignores addresses of anything else', async () => {
    const ref = { desk: 'jira' as const, host: 'jira.example.com', ticketId: 'OPS-1' };
    expect(await ticketUrl(ref)).toBe('https://jira.example.com/browse/OPS-1');
    expect(await ticketUrl(ref, ['https://jira.example.com/jira/browse/OPS-1?focusedId=3'])).toBe('https://jira.example.com/jira/browse/OPS-1');
    expect(await ticketUrl(ref, ['https://jira.example.com/jira/browse/OPS-2', 'https://evil.example/browse/OPS-1'])).toBe('https://jira.example.com/browse/OPS-1');
  });

  it('is HTTPS even when the self-hosted Jira page was seen over plain HTTP (its path is kept)', async () => {
    const ref = { desk: 'jira' as const, host: 'jira.example.com', ticketId: 'OPS-1' };
    expect(await ticketUrl(ref, ['http://jira.example.com/jira/browse/OPS-1'])).toBe('https://jira.example.com/jira/browse/OPS-1');
  });
});

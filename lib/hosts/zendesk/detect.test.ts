import { describe, expect, it } from 'vitest';
import { detect } from './detect';
import { negatives, positives } from './detect-cases';

describe('zendesk detect', () => {
  it.each(positives)('finds the ticket in $url', ({ url, expected }) => {
    expect(detect(url)).toEqual({ desk: 'zendesk', ...expected });
  });

  it.each(negatives)('finds no ticket in %s', (url) => {
    expect(detect(url)).toBeNull();
  });

  it('gives the same ref for every URL of one ticket', () => {
    const urls = [
      'https://acme.zendesk.com/agent/tickets/42',
      'https://ACME.zendesk.com/agent/tickets/42/events',
      'https://acme.zendesk.com/agent/#/tickets/42',
      'https://acme.zendesk.com/agent/tickets/0042?zat=true',
    ];
    const refs = new Set(urls.map((u) => JSON.stringify(detect(u))));
    expect(refs.size).toBe(1);
  });

  it('rejects absurdly long ids and odd host labels without hanging', () => {
    expect(detect(`https://acme.zendesk.com/agent/tickets/${'9'.repeat(19)}`)).toBeNull();
    expect(detect('https://-acme.zendesk.com/agent/tickets/1')).toBeNull();
    expect(detect(`https://acme.zendesk.com/agent/tickets/${'1/'.repeat(10_000)}`)?.ticketId).toBe('1');
  });
});

import { describe, expect, it } from 'vitest';
import { z } from 'zod/mini';
import { checkShape, parseResponse } from './parse-helpers';

const Message = z.object({ author: z.string(), at: z.nullable(z.string()) });
const Page = z.object({ subject: z.string(), messages: z.array(Message) });

describe('checkShape', () => {
  it('passes a good value through', () => {
    expect(checkShape('jira', 'page', Page, { subject: 's', messages: [] })).toEqual({ ok: true, value: { subject: 's', messages: [] } });
  });

  it('names the desk, what was checked and the first wrong field', () => {
    const r = checkShape('jira', 'page', Page, { subject: 's', messages: [{ author: 7, at: null }] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.failure).toMatchObject({ kind: 'bad-shape', path: 'messages[0].author' });
    expect(r.failure.message).toMatch(/^jira: page: messages\[0\]\.author: /);
    expect(r.failure.status).toBeUndefined();
  });

  it('places the field inside a larger value and keeps the HTTP status', () => {
    const r = checkShape('zendesk', '', Message, { author: 'a' }, { pathPrefix: 'comments[103]', status: 200 });
    expect(!r.ok && r.failure).toMatchObject({ path: 'comments[103].at', status: 200 });
    expect(!r.ok && r.failure.message).toMatch(/^zendesk: comments\[103\]\.at: /);
    const whole = checkShape('zendesk', '', Message, 'not an object', { pathPrefix: 'comments[2]' });
    expect(!whole.ok && whole.failure.path).toBe('comments[2]');
  });
});

describe('parseResponse', () => {
  const res = (body: string, status = 200, contentType = 'application/json') => ({ key: 'ticket', url: 'https://acme.zendesk.com/api/v2/tickets/1.json', status, body, contentType, headers: {} });

  it('says an HTML page came where JSON was expected', () => {
    const r = parseResponse('zendesk', res('<!doctype html><title>Sign in</title>', 200, 'text/html'), Page);
    expect(!r.ok && r.failure).toMatchObject({ kind: 'not-json' });
    expect(!r.ok && r.failure.message).toMatch(/HTML page where JSON was expected/);
  });

  it('says malformed JSON is malformed', () => {
    const r = parseResponse('zendesk', res('{"subject": '), Page);
    expect(!r.ok && r.failure).toMatchObject({ kind: 'malformed-json' });
  });

  it('prefixes the field with the response it came from', () => {
    const r = parseResponse('zendesk', res('{"subject": 1, "messages": []}'), Page);
    expect(!r.ok && r.failure).toMatchObject({ kind: 'bad-shape', path: 'ticket.subject' });
  });
});

import { describe, expect, it } from 'vitest';
import { DESK_IDS } from '../hosts/registry';
import type { ReadFailure } from '../model/read';
import { describeFailure } from './failure';

const failures: ReadFailure[] = [
  { kind: 'signed-out', status: 401, message: 'zendesk: ticket: the desk answered 401; sign in to zendesk again in this browser' },
  { kind: 'rate-limited', status: 429, retryAfterSeconds: 30, message: 'zendesk: ticket: rate-limited by the desk; retrying in 30 s' },
  { kind: 'server-error', status: 503, message: 'zendesk: ticket: the desk answered 503' },
  { kind: 'network', message: 'zendesk: ticket: the desk could not be reached (Failed to fetch)' },
  { kind: 'network', timeoutSeconds: 20, message: 'zendesk: ticket: the desk did not answer within 20 s' },
  { kind: 'not-found', status: 404, message: 'zendesk: ticket: not found (deleted, moved, or no access)' },
  { kind: 'not-json', status: 200, message: 'zendesk: ticket: the desk answered with an HTML page where JSON was expected' },
  { kind: 'malformed-json', status: 200, message: 'zendesk: ticket: malformed JSON (Unexpected end of JSON input)' },
];

describe('describeFailure', () => {
  it('speaks to the user: the desk by name, what to do, no protocol words', () => {
    for (const desk of DESK_IDS) {
      const name = { zendesk: 'Zendesk', jira: 'Jira', salesforce: 'Salesforce' }[desk];
      for (const failure of failures) {
        for (const context of ['read', 'note'] as const) {
          const text = describeFailure(failure, desk, context);
          expect(text, `${failure.kind} ${context}`).toContain(name);
          expect(text).not.toMatch(/answered \d{3}|HTTP|JSON|zendesk:|rate-limited by/);
          expect(text).toMatch(/[.)]$/);
        }
      }
    }
  });

  it('says "Signed out of Zendesk: sign in and press Refresh" for a read, and to post again for a note', () => {
    expect(describeFailure(failures[0]!, 'zendesk')).toBe('Signed out of Zendesk: sign in to Zendesk in this browser, then press Refresh.');
    expect(describeFailure(failures[0]!, 'zendesk', 'note')).toMatch(/^Signed out of Zendesk: nothing was posted\. .*post the note again\.$/);
  });

  it('tells a note whose answer was lost that posting again is safe', () => {
    expect(describeFailure(failures[4]!, 'jira', 'note')).toMatch(/Jira did not answer within 20 s, so Keel cannot tell whether the note was posted\. .*never posted twice/);
  });

  it('keeps the field of an unexpected answer for support, after a plain sentence', () => {
    const text = describeFailure({ kind: 'bad-shape', path: 'issue.fields.comment.comments[2].body', message: 'jira: issue: fields.comment.comments[2].body: Invalid input' }, 'jira');
    expect(text).toBe('Jira answered in a form Keel does not recognise, so this ticket could not be read. (For support: issue.fields.comment.comments[2].body — jira: issue: fields.comment.comments[2].body: Invalid input.)');
  });

  it('says "the desk" when it does not know which', () => {
    expect(describeFailure(failures[3]!, null)).toMatch(/^Keel could not reach the desk/);
  });
});

/**
 * Answers an injected failure the way the desk would: an HTTP error with the desk's error body
 * shape (and Retry-After on 429), an HTML sign-in page where JSON was expected, JSON cut off
 * mid-stream, or no answer at all ('hang'). Error body shapes: Jira's ErrorCollection `{errorMessages, errors}`
 * (https://developer.atlassian.com/cloud/jira/platform/rest/v3/intro/#status-codes), Salesforce's
 * `[{message, errorCode}]` (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm),
 * Zendesk's `{error, description}` (https://developer.zendesk.com/api-reference/introduction/requests/).
 */
import type { ServerResponse } from 'node:http';
import type { DemoDesk, InjectedFailure } from './types';

export const DEFAULT_RETRY_AFTER_SECONDS = 30;

const REASONS: Record<number, string> = {
  400: 'Bad request',
  401: 'Authentication required',
  403: 'Forbidden',
  404: 'Not found',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
};

const SALESFORCE_CODES: Record<number, string> = {
  401: 'INVALID_SESSION_ID',
  403: 'INSUFFICIENT_ACCESS',
  404: 'NOT_FOUND',
  429: 'REQUEST_LIMIT_EXCEEDED',
};

const ZENDESK_CODES: Record<number, string> = {
  401: "Couldn't authenticate you",
  404: 'RecordNotFound',
};

function pascal(text: string): string {
  return text
    .split(' ')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase())
    .join('');
}

function errorBody(desk: DemoDesk, status: number): unknown {
  const reason = REASONS[status] ?? `HTTP ${status}`;
  const message = `${reason} (injected by the Keel demo desk)`;
  switch (desk) {
    case 'jira':
      return { errorMessages: [message], errors: {} };
    case 'salesforce':
      return [{ message, errorCode: SALESFORCE_CODES[status] ?? (status >= 500 ? 'UNKNOWN_EXCEPTION' : 'BAD_REQUEST') }];
    case 'zendesk':
      return { error: ZENDESK_CODES[status] ?? pascal(reason), description: message };
  }
}

const SIGN_IN_TITLES: Record<DemoDesk, string> = {
  zendesk: 'Sign in to Zendesk',
  jira: 'Log in to continue - Log in with Atlassian account',
  salesforce: 'Login | Salesforce',
};

const TRUNCATED_JSON: Record<DemoDesk, string> = {
  zendesk: '{"ticket":{"url":"https://keel-demo.zendesk.com/api/v2/tickets/102.json","id":102,"subject":"Produc',
  jira: '{"expand":"renderedFields,names,schema","id":"10002","key":"SUP-2","fields":{"summary":"Produc',
  salesforce: '{"totalSize":1,"done":true,"records":[{"attributes":{"type":"Case","url":"/services/data/v',
};

export function answerFailure(failure: InjectedFailure, res: ServerResponse): void {
  // A stalled desk: the request is taken and nothing ever comes back. The connection stays open
  // until the client gives up (Keel's request timeout) or the server closes.
  if (failure.mode === 'hang') return;
  const headers: Record<string, string> = { 'cache-control': 'no-store' };
  if (failure.mode === 'html') {
    const title = SIGN_IN_TITLES[failure.desk];
    res.writeHead(200, { ...headers, 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>` +
        `<form method="post" action="/login"><h1>${title}</h1><label>Email <input name="email" type="email"></label>` +
        `<label>Password <input name="password" type="password"></label><button>Sign in</button></form></body></html>`,
    );
    return;
  }
  if (failure.mode === 'malformed') {
    res.writeHead(200, { ...headers, 'content-type': 'application/json; charset=utf-8' });
    res.end(TRUNCATED_JSON[failure.desk]);
    return;
  }
  const status = failure.mode;
  if (status === 429) headers['retry-after'] = String(failure.retryAfter ?? DEFAULT_RETRY_AFTER_SECONDS);
  res.writeHead(status, { ...headers, 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(errorBody(failure.desk, status)));
}

/**
 * Salesforce REST error bodies: a JSON array of `{ message, errorCode, fields? }`; a 403 with
 * `REQUEST_LIMIT_EXCEEDED` means the org's API request limit is spent, not a permission problem
 * (https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).
 * Page half: no dependencies.
 */

export interface SalesforceError {
  errorCode: string;
  message: string;
}

/** The first error of an error body; null when the body is not one. */
export function salesforceError(body: string): SalesforceError | null {
  if (!body.trimStart().startsWith('[')) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return null;
  }
  const first: unknown = Array.isArray(parsed) ? parsed[0] : null;
  if (typeof first !== 'object' || first === null) return null;
  const { errorCode, message } = first as Record<string, unknown>;
  if (typeof errorCode !== 'string') return null;
  return { errorCode, message: typeof message === 'string' ? message.slice(0, 300) : '' };
}

export function isRequestLimitExceeded(status: number, body: string): boolean {
  return status === 403 && salesforceError(body)?.errorCode === 'REQUEST_LIMIT_EXCEEDED';
}

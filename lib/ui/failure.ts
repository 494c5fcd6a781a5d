/**
 * A failed read or note in words a user can act on ("Signed out of Zendesk: sign in to Zendesk in
 * this browser, then press Refresh"), with the desk's name from the registry. The failure's own
 * `message` is the technical detail ("zendesk: ticket: the desk answered 401"): it is shown only
 * where support needs it, after the plain sentence (an answer of an unknown shape names its field).
 * Pure: `now` is passed in.
 */
import { t } from '../i18n';
import { shortDuration } from '../format/time';
import type { Desk } from '../model/case-ref';
import type { ReadFailure } from '../model/read';
import { deskLabel } from './labels';

/** What failed: reading the ticket (Refresh helps) or posting a note (posting again helps). */
export type FailureContext = 'read' | 'note';

function deskName(desk: Desk | null | undefined): string {
  return desk ? deskLabel(desk) : t('failureTheDesk');
}

/** The detail support needs, for failures whose sentence cannot say it (an answer of the wrong shape). */
function forSupport(failure: ReadFailure): string {
  return t('failureForSupport', { detail: failure.path ? `${failure.path} — ${failure.message}` : failure.message });
}

/** One or two sentences saying what happened and what the user can do. */
export function describeFailure(failure: ReadFailure, desk: Desk | null | undefined, context: FailureContext = 'read'): string {
  const name = deskName(desk);
  const note = context === 'note';
  switch (failure.kind) {
    case 'signed-out':
      return t(note ? 'failureSignedOutNote' : 'failureSignedOut', { desk: name });
    case 'rate-limited': {
      const wait = shortDuration((failure.retryAfterSeconds ?? 60) * 1000);
      return t(note ? 'failureRateLimitedNote' : 'failureRateLimited', { desk: name, wait });
    }
    case 'server-error':
      return failure.status
        ? t(note ? 'failureServerNote' : 'failureServer', { desk: name, status: failure.status })
        : t(note ? 'failureServerNoStatusNote' : 'failureServerNoStatus', { desk: name });
    case 'network':
      if (failure.timeoutSeconds !== undefined) return t(note ? 'failureTimeoutNote' : 'failureTimeout', { desk: name, seconds: failure.timeoutSeconds });
      return t(note ? 'failureNetworkNote' : 'failureNetwork', { desk: name });
    case 'not-found':
      return t('failureNotFound', { desk: name });
    case 'not-json':
      return t(note ? 'failureNotJsonNote' : 'failureNotJson', { desk: name });
    case 'malformed-json':
      return t('failureMalformed', { desk: name });
    case 'bad-shape':
      return `${t(note ? 'failureBadShapeNote' : 'failureBadShape', { desk: name })} ${forSupport(failure)}`;
    // Worded by the worker already, in the user's language: the quota guard and storage failures.
    case 'quota-guard':
    case 'storage':
      return failure.message;
  }
}

/**
 * Read status: how the last read of a ticket went, in plain words for every surface
 * (`describeRead`, pure: `now` is passed in), and the side panel's hook for it.
 */
import { useCallback, useState } from 'react';
import { t } from '../i18n';
import { send } from '../messaging/client';
import type { Desk } from '../model/case-ref';
import type { ReadState } from '../model/read';
import { clockTime, relative, shortDuration } from '../format/time';
import { STALE_READING_MS } from '../hosts/timeouts';
import { caseQuery } from './case-query';
import { describeFailure } from './failure';

export type ReadTone = 'ok' | 'busy' | 'warn' | 'error';

export interface ReadStatusText {
  tone: ReadTone;
  /** Short, for the strip: "read 2 min ago", "rate-limited". */
  short: string;
  /** Full sentence for the panel. */
  text: string;
}

function kept(read: ReadState): string {
  return read.lastGoodAt ? ` ${t('readKept', { when: relative(read.lastGoodAt, new Date(Date.parse(read.at))), time: clockTime(read.lastGoodAt) })}` : '';
}

/** `desk` names the desk in failures ("Signed out of Zendesk: …"); without it they say "the desk". */
export function describeRead(read: ReadState | null, now: Date, desk?: Desk | null): ReadStatusText {
  if (!read) return { tone: 'busy', short: t('readNeverShort'), text: t('readNever') };
  if (read.status === 'reading') {
    // Every read ends within its budget; one still "reading" after it will not finish (the tab
    // was closed mid-read, the page was frozen): say so, and let Refresh start a new one.
    if (now.getTime() - Date.parse(read.at) > STALE_READING_MS) {
      return { tone: 'warn', short: t('readStalledShort'), text: `${t('readStalled', { when: relative(read.at, now) })}${kept(read)}` };
    }
    return { tone: 'busy', short: t('readReadingShort'), text: `${t('readReading')}${kept(read)}` };
  }
  if (read.status === 'read') {
    const when = relative(read.at, now);
    if (read.source === 'dom') {
      const text = read.failure ? t('readFromPageBecause', { when, reason: describeFailure(read.failure, desk) }) : t('readFromPage', { when });
      return { tone: 'warn', short: t('readFromPageShort', { when }), text };
    }
    return { tone: 'ok', short: t('readDoneShort', { when }), text: t('readDone', { when, time: clockTime(read.at) }) };
  }
  const f = read.failure;
  if (!f) return { tone: 'error', short: t('readFailedShort'), text: `${t('readFailed')}${kept(read)}` };
  const retry = read.retryAt && Date.parse(read.retryAt) > now.getTime() ? ` ${t('readRetry', { when: relative(read.retryAt, now) })}` : '';
  const text = describeFailure(f, desk);
  switch (f.kind) {
    case 'signed-out':
      return { tone: 'error', short: t('readSignedOutShort'), text: `${text}${kept(read)}` };
    case 'rate-limited': {
      const wait = read.retryAt ? shortDuration(Date.parse(read.retryAt) - now.getTime()) : t('readRateLimitedSoon');
      return { tone: 'warn', short: t('readRateLimitedShort', { wait }), text: `${text}${retry}${kept(read)}` };
    }
    case 'quota-guard':
      return { tone: 'warn', short: t('readQuotaGuardShort'), text: `${text}${kept(read)}` };
    case 'storage':
      return { tone: 'error', short: t('readStorageShort'), text: `${text}${kept(read)}` };
    case 'bad-shape':
      return { tone: 'error', short: t('readBadShapeShort'), text: `${text}${kept(read)}` };
    case 'not-found':
      return { tone: 'error', short: t('readNotFoundShort'), text: `${text}${kept(read)}` };
    default:
      return { tone: 'error', short: t('readFailedShort'), text: `${text}${retry}${kept(read)}` };
  }
}

/** How the last read of the ticket went, re-read whenever it changes. */
export const useReadState = caseQuery('getReadState', ['read']);

/** Ask the tab showing the ticket to read it now. */
export function useRefresh(tabId: number | null): { refresh: () => void; refreshing: boolean; error: string | null } {
  const [refreshing, setRefreshing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(() => {
    setRefreshing(true);
    void send('refreshTicket', tabId === null ? {} : { tabId }).then((result) => {
      setError(result.ok ? null : result.error.message);
      setTimeout(() => setRefreshing(false), 600);
    });
  }, [tabId]);
  return { refresh, refreshing, error };
}


/** Posting an internal note on the ticket, from the workspace. */
import { useCallback } from 'react';
import { t } from '../i18n';
import { send } from '../messaging/client';
import type { CaseRef } from '../model/case-ref';
import { describeFailure } from './failure';

export type PostOutcome = { ok: true } | { ok: false; message: string };

export function usePostNote(ref: CaseRef | null, tabId: number | null): (text: string) => Promise<PostOutcome> {
  return useCallback(
    async (text: string) => {
      if (!ref) return { ok: false, message: t('noteNoTicket') };
      const result = await send('postInternalNote', { ...(tabId === null ? {} : { tabId }), ref: { desk: ref.desk, host: ref.host, ticketId: ref.ticketId }, text });
      if (!result.ok) return { ok: false, message: result.error.message };
      return result.data.ok ? { ok: true } : { ok: false, message: describeFailure(result.data.failure, ref.desk, 'note') };
    },
    [ref, tabId],
  );
}

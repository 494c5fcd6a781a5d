import { useState } from 'react';
import { t } from '@/lib/i18n';
import type { Desk } from '@/lib/model/case-ref';
import type { ReadState } from '@/lib/model/read';
import { readAnnouncement } from '@/lib/ui/announce';
import { describeRead } from '@/lib/ui/read';

/**
 * How the last read went, and Refresh. The visible line holds relative times that change every
 * tick, so it is not a live region; a failed read is said once in its own polite region. Refresh
 * stays focusable while a read runs (aria-disabled), so the focus stays on it.
 */
export function ReadStatus({ read, desk, now, onRefresh, refreshing }: { read: ReadState | null; desk?: Desk; now: Date; onRefresh: () => void; refreshing: boolean }) {
  const status = describeRead(read, now, desk);
  // Said once per new read (not the one shown when the panel opened).
  const key = read ? `${read.status}@${read.at}` : null;
  const [seen, setSeen] = useState(key);
  const [said, setSaid] = useState('');
  if (key !== seen) {
    setSeen(key);
    const text = readAnnouncement(read, desk);
    if (text) setSaid(text);
  }
  return (
    <div className={`read-status read-${status.tone}`} data-read={read?.status ?? 'none'} data-failure={read?.failure?.kind ?? ''}>
      <span className="read-text">{status.text}</span>
      <span className="sr-only read-announce" role="status">
        {said}
      </span>
      <button type="button" className="small" onClick={() => !refreshing && onRefresh()} aria-disabled={refreshing || undefined} title={t('readRefreshTitle')}>
        {refreshing ? t('readRefreshing') : t('readRefresh')}
      </button>
    </div>
  );
}

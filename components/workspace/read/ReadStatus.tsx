import { t } from '@/lib/i18n';
import type { Desk } from '@/lib/model/case-ref';
import type { ReadState } from '@/lib/model/read';
import { describeRead } from '@/lib/ui/read';

export function ReadStatus({ read, desk, now, onRefresh, refreshing }: { read: ReadState | null; desk?: Desk; now: Date; onRefresh: () => void; refreshing: boolean }) {
  const status = describeRead(read, now, desk);
  return (
    <div className={`read-status read-${status.tone}`} role="status" data-read={read?.status ?? 'none'} data-failure={read?.failure?.kind ?? ''}>
      <span className="read-text">{status.text}</span>
      <button type="button" className="small" onClick={onRefresh} disabled={refreshing} title={t('readRefreshTitle')}>
        {refreshing ? t('readRefreshing') : t('readRefresh')}
      </button>
    </div>
  );
}

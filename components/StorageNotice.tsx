import { t } from '@/lib/i18n';

export interface StorageNoticeProps {
  /** The storage problem in plain words; nothing is shown without one. */
  text: string | null;
  /** Offer "Try again" (a full disk, after freeing space). */
  canRetry?: boolean;
  busy?: boolean;
  onTryAgain?: () => void;
}

/** A storage problem (a full disk, a newer Keel's data), shown at the top of a surface. */
export function StorageNotice({ text, canRetry = false, busy = false, onTryAgain }: StorageNoticeProps) {
  if (!text) return null;
  return (
    <div className="storage-notice" role="alert">
      <p>{text}</p>
      {canRetry && onTryAgain ? (
        <button type="button" className="small" onClick={onTryAgain} disabled={busy}>
          {busy ? t('storageBusy') : t('storageTryAgain')}
        </button>
      ) : null}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import type { QuarantineEntry, StorageStatus } from '@/lib/model/storage';
import { RETENTION_DAYS_MAX, RETENTION_DAYS_MIN } from '@/lib/model/storage';
import { formatBytes } from '@/lib/ui/storage';
import './storage.css';

export interface StorageSettingsProps {
  /** The storage problem in plain words, if any. */
  problem: string | null;
  canRetry: boolean;
  status: StorageStatus | null;
  usage: { used: number; quota: number } | null;
  retentionDays: number;
  entries: QuarantineEntry[] | null;
  notice: string | null;
  busy: boolean;
  onTryAgain: () => void;
  /** A valid number of days, as typed (the caller saves it). */
  onRetention: (days: number) => void;
  onPrune: () => void;
  onShowQuarantine: () => void;
  onDeleteQuarantine: () => void;
}

/** Checks typed days: the problem in plain words, or null. */
export function checkRetentionDays(days: number): string | null {
  return Number.isInteger(days) && days >= RETENTION_DAYS_MIN && days <= RETENTION_DAYS_MAX ? null : t('storageRetentionInvalid', { min: RETENTION_DAYS_MIN, max: RETENTION_DAYS_MAX });
}

/** Options → Storage: problems, space used, how long old data is kept, damaged records. */
export function StorageSettings(props: StorageSettingsProps) {
  const { problem, canRetry, status, usage, retentionDays, entries, notice, busy } = props;
  const [draft, setDraft] = useState(String(retentionDays));
  const typed = useRef(false);
  useEffect(() => {
    // Follow a change made elsewhere, unless the user is typing here.
    if (!typed.current) setDraft(String(retentionDays));
  }, [retentionDays]);
  const days = draft.trim() === '' ? Number.NaN : Number(draft);
  const invalid = checkRetentionDays(days);
  const quarantined = status?.quarantined ?? 0;
  return (
    <section className="ws-section storage-settings" aria-label={t('storageHeading')}>
      <h2>{t('storageHeading')}</h2>
      {problem ? (
        <div className="storage-notice" role="alert">
          <p>{problem}</p>
          {canRetry ? (
            <button type="button" className="small" onClick={props.onTryAgain} disabled={busy}>
              {t('storageTryAgain')}
            </button>
          ) : null}
        </div>
      ) : status ? (
        <p>{t('storageStatusOk')}</p>
      ) : null}
      <p className="storage-usage">{usage ? t('storageUsage', { used: formatBytes(usage.used), quota: formatBytes(usage.quota) }) : t('storageUsageUnknown')}</p>
      <label className="storage-retention">
        {t('storageRetentionLabel')}
        <input
          type="number"
          min={RETENTION_DAYS_MIN}
          max={RETENTION_DAYS_MAX}
          value={draft}
          aria-invalid={invalid ? true : undefined}
          aria-describedby="storage-retention-hint"
          onChange={(e) => {
            typed.current = true;
            setDraft(e.target.value);
            const next = e.target.value.trim() === '' ? Number.NaN : Number(e.target.value);
            if (!checkRetentionDays(next)) props.onRetention(next);
          }}
          onBlur={() => (typed.current = false)}
        />
      </label>
      {invalid ? (
        <p className="error" role="alert">
          {invalid}
        </p>
      ) : null}
      <p className="muted" id="storage-retention-hint">
        {t('storageRetentionHint')}
      </p>
      {status?.pruned ? <p className="muted">{t('storageLastPruned', { at: new Date(status.pruned.at).toLocaleString(), readings: status.pruned.readings, cases: status.pruned.cases })}</p> : null}
      <div className="row">
        <button type="button" onClick={props.onPrune} disabled={busy}>
          {t('storagePruneNow')}
        </button>
      </div>
      <p>{quarantined ? t.plural('storageQuarantined', quarantined) : t('storageQuarantineNone')}</p>
      {quarantined ? (
        <div className="row">
          <button type="button" onClick={props.onShowQuarantine}>
            {t('storageQuarantineShow')}
          </button>
          <button type="button" onClick={props.onDeleteQuarantine} disabled={busy}>
            {t('storageQuarantineDeleteAll')}
          </button>
        </div>
      ) : null}
      {entries?.length ? (
        <ul className="storage-quarantine">
          {entries.map((e) => (
            <li key={e.id}>{t('storageQuarantineEntry', { store: e.store, key: e.key, reason: e.reason })}</li>
          ))}
        </ul>
      ) : null}
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
    </section>
  );
}

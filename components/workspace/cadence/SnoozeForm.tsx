import { useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import { intervalLabel } from '@/lib/ui/labels';
import { FormEnd } from './FormEnd';

export const SNOOZE_MINUTES = [15, 30, 60, 120, 240, 1440] as const;

/** Put a reminder off for a while, saying why (the reason goes on the timeline). */
export function SnoozeForm({ label, onSnooze, onCancel }: { label: string; onSnooze: (minutes: number, reason: string) => void; onCancel: () => void }) {
  const [minutes, setMinutes] = useState<number>(30);
  const [reason, setReason] = useState('');
  const [error, setError] = useState(false);
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <form
      className="snooze-form"
      aria-label={label}
      onKeyDown={escape}
      onSubmit={(e) => {
        e.preventDefault();
        if (!reason.trim()) {
          setError(true);
          return;
        }
        onSnooze(minutes, reason.trim());
      }}
    >
      <label>
        {t('cadenceSnoozeFor')}
        <select autoFocus value={minutes} onChange={(e) => setMinutes(Number(e.target.value))}>
          {SNOOZE_MINUTES.map((m) => (
            <option key={m} value={m}>
              {intervalLabel(m)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('cadenceSnoozeReason')}
        <input type="text" maxLength={300} value={reason} aria-invalid={error ? true : undefined} placeholder={t('cadenceSnoozeReasonPlaceholder')} onChange={(e) => setReason(e.target.value)} />
      </label>
      <FormEnd error={error ? t('cadenceSnoozeReasonNeeded') : null} submit={t('cadenceSnooze')} onCancel={onCancel} />
    </form>
  );
}

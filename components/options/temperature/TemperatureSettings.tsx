import { useState } from 'react';
import { t } from '@/lib/i18n';
import './temperature.css';
import { bandLabel } from '@/lib/ui/labels';

export interface TemperatureSettingsValue {
  thresholds: { warm: number; hot: number; critical: number };
  replyTargetMinutes: number;
}

export interface TemperatureSettingsProps {
  value: TemperatureSettingsValue;
  defaults: TemperatureSettingsValue;
  onSave: (value: TemperatureSettingsValue) => void;
}

/** Check what the user typed; returns the problem in plain words, or null. */
export function checkTemperatureSettings(v: TemperatureSettingsValue): string | null {
  const { warm, hot, critical } = v.thresholds;
  if (![warm, hot, critical].every((n) => Number.isFinite(n) && n >= 1 && n <= 99)) return t('tempSettingsRange');
  if (!(warm < hot && hot < critical)) return t('tempSettingsRise');
  if (!Number.isFinite(v.replyTargetMinutes) || v.replyTargetMinutes < 15 || v.replyTargetMinutes > 10_080) return t('tempSettingsReplyTarget');
  return null;
}

/** Where the temperature bands start, and the reply target used when the desk has no SLA. */
export function TemperatureSettings({ value, defaults, onSave }: TemperatureSettingsProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  // Once a problem is shown, each change checks again: fixing the value clears it at once.
  const edit = (next: TemperatureSettingsValue) => {
    setDraft(next);
    if (error) setError(checkTemperatureSettings(next));
  };
  const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const band = (name: 'warm' | 'hot' | 'critical', label: string) => (
    <label>
      {t('tempSettingsBandFrom', { band: label })}
      <input type="number" min={1} max={99} value={Number.isNaN(draft.thresholds[name]) ? '' : draft.thresholds[name]} onChange={(e) => edit({ ...draft, thresholds: { ...draft.thresholds, [name]: num(e.target.value) } })} />
    </label>
  );
  return (
    <section className="ws-section temp-settings" aria-label={t('tempLabel')}>
      <h2>{t('tempLabel')}</h2>
      <p className="muted">{t('tempSettingsHelp')}</p>
      <div className="row">
        {band('warm', bandLabel('warm'))}
        {band('hot', bandLabel('hot'))}
        {band('critical', bandLabel('critical'))}
      </div>
      <label>
        {t('tempSettingsReplyLabel')}
        <input
          type="number"
          min={0.25}
          step={0.25}
          value={Number.isNaN(draft.replyTargetMinutes) ? '' : draft.replyTargetMinutes / 60}
          onChange={(e) => edit({ ...draft, replyTargetMinutes: Math.round(num(e.target.value) * 60) })}
        />
      </label>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            const problem = checkTemperatureSettings(draft);
            setError(problem);
            if (!problem) onSave(draft);
          }}
        >
          {t('tempSettingsSave')}
        </button>
        <button type="button" onClick={() => edit(defaults)}>
          {t('tempSettingsDefaults')}
        </button>
      </div>
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}

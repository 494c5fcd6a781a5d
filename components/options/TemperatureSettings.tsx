import { useState } from 'react';

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
  if (![warm, hot, critical].every((n) => Number.isFinite(n) && n >= 1 && n <= 99)) return 'Each band must start between 1 and 99.';
  if (!(warm < hot && hot < critical)) return 'The bands must rise: warm below hot, hot below critical.';
  if (!Number.isFinite(v.replyTargetMinutes) || v.replyTargetMinutes < 15 || v.replyTargetMinutes > 10_080) return 'The reply target must be between 15 minutes and 7 days.';
  return null;
}

/** Where the temperature bands start, and the reply target used when the desk has no SLA. */
export function TemperatureSettings({ value, defaults, onSave }: TemperatureSettingsProps) {
  const [draft, setDraft] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const num = (text: string) => (text.trim() === '' ? Number.NaN : Number(text));
  const band = (name: 'warm' | 'hot' | 'critical', label: string) => (
    <label>
      {label} from
      <input type="number" min={1} max={99} value={Number.isNaN(draft.thresholds[name]) ? '' : draft.thresholds[name]} onChange={(e) => setDraft({ ...draft, thresholds: { ...draft.thresholds, [name]: num(e.target.value) } })} />
    </label>
  );
  return (
    <section className="ws-section temp-settings" aria-label="Customer temperature">
      <h2>Customer temperature</h2>
      <p className="muted">Scores run from 0 to 100. Choose where each band starts. New readings use these bands; a legal or churn threat together with a breach or reopen is always critical.</p>
      <div className="row">
        {band('warm', 'Warm')}
        {band('hot', 'Hot')}
        {band('critical', 'Critical')}
      </div>
      <label>
        Reply target when the desk has no SLA (hours)
        <input
          type="number"
          min={0.25}
          step={0.25}
          value={Number.isNaN(draft.replyTargetMinutes) ? '' : draft.replyTargetMinutes / 60}
          onChange={(e) => setDraft({ ...draft, replyTargetMinutes: Math.round(num(e.target.value) * 60) })}
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
          Save
        </button>
        <button type="button" onClick={() => setDraft(defaults)}>
          Restore defaults
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

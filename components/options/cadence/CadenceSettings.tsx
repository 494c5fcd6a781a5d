import { useState } from 'react';
import { t } from '@/lib/i18n';
import { AUDIENCES, type Audience } from '@/lib/model/audience';
import { MAX_EVERY_MINUTES, MIN_EVERY_MINUTES, type Hours } from '@/lib/model/cadence';
import { SEVERITIES, type Severity } from '@/lib/model/escalation';
import { audienceLabel, intervalLabel, severityLabel } from '@/lib/ui/labels';
import './cadence.css';

export type EveryTable = Record<Audience, Record<Severity, number | null>>;
export interface CadenceSettingsValue {
  every: EveryTable;
  hours: Hours;
}

/** What the user typed, cell by cell (an empty cell: no reminders). */
type Draft = Record<Audience, Record<Severity, string>>;

const toDraft = (every: EveryTable): Draft =>
  Object.fromEntries(AUDIENCES.map((a) => [a, Object.fromEntries(SEVERITIES.map((s) => [s, every[a][s] === null ? '' : String(every[a][s])]))])) as Draft;

/** The table from what was typed, or the first cell that is not a valid interval. */
export function readEveryTable(draft: Draft): { ok: true; every: EveryTable } | { ok: false; audience: Audience; severity: Severity } {
  const every = {} as EveryTable;
  for (const a of AUDIENCES) {
    every[a] = {} as Record<Severity, number | null>;
    for (const s of SEVERITIES) {
      const text = draft[a][s].trim();
      if (text === '') {
        every[a][s] = null;
        continue;
      }
      const n = Number(text);
      if (!Number.isInteger(n) || n < MIN_EVERY_MINUTES || n > MAX_EVERY_MINUTES) return { ok: false, audience: a, severity: s };
      every[a][s] = n;
    }
  }
  return { ok: true, every };
}

/** Options: minutes between updates by severity for each audience, and the customer's usual business hours. */
export function CadenceSettings({ value, defaults, onSave }: { value: CadenceSettingsValue; defaults: CadenceSettingsValue; onSave: (value: CadenceSettingsValue) => void }) {
  const [draft, setDraft] = useState(() => toDraft(value.every));
  const [hours, setHours] = useState(value.hours);
  const [error, setError] = useState<{ text: string; cell: string | null } | null>(null);
  const cellId = (a: Audience, s: Severity) => `cadence-${a}-${s}`;
  return (
    <section className="ws-section cadence-settings" aria-labelledby="cadence-settings-title">
      <h2 id="cadence-settings-title">{t('cadenceSettingsTitle')}</h2>
      <p className="muted">{t('cadenceSettingsHelp')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('cadenceSettingsAudience')}</th>
            {SEVERITIES.map((s) => (
              <th key={s} scope="col">
                {severityLabel(s)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {AUDIENCES.map((a) => (
            <tr key={a}>
              <th scope="row">{audienceLabel(a)}</th>
              {SEVERITIES.map((s) => {
                const text = draft[a][s];
                const n = Number(text);
                const invalid = error?.cell === cellId(a, s);
                return (
                  <td key={s}>
                    <input
                      id={cellId(a, s)}
                      type="number"
                      min={MIN_EVERY_MINUTES}
                      max={MAX_EVERY_MINUTES}
                      inputMode="numeric"
                      value={text}
                      aria-label={t('cadenceSettingsCell', { audience: audienceLabel(a), severity: severityLabel(s) })}
                      aria-invalid={invalid ? true : undefined}
                      aria-describedby={invalid ? 'cadence-settings-error' : undefined}
                      onChange={(e) => setDraft({ ...draft, [a]: { ...draft[a], [s]: e.target.value } })}
                    />
                    <span className="muted cell-hint">{text.trim() === '' ? t('cadenceSettingsNone') : Number.isInteger(n) && n > 0 ? intervalLabel(n) : ''}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <div className="row">
        <label>
          {t('cadenceHoursStart')}
          <input type="time" value={hours.start} onChange={(e) => setHours({ ...hours, start: e.target.value })} />
        </label>
        <label>
          {t('cadenceHoursEnd')}
          <input type="time" value={hours.end} onChange={(e) => setHours({ ...hours, end: e.target.value })} />
        </label>
      </div>
      <div className="row">
        <button
          type="button"
          className="primary"
          onClick={() => {
            const read = readEveryTable(draft);
            if (!read.ok) {
              setError({ text: t('cadenceSettingsInvalid', { audience: audienceLabel(read.audience), severity: severityLabel(read.severity) }), cell: cellId(read.audience, read.severity) });
              document.getElementById(cellId(read.audience, read.severity))?.focus();
              return;
            }
            if (!(hours.start < hours.end)) {
              setError({ text: t('cadenceHoursOrder'), cell: null });
              return;
            }
            setError(null);
            onSave({ every: read.every, hours });
          }}
        >
          {t('cadenceSave')}
        </button>
        <button
          type="button"
          onClick={() => {
            setDraft(toDraft(defaults.every));
            setHours(defaults.hours);
          }}
        >
          {t('tempSettingsDefaults')}
        </button>
      </div>
      {error ? (
        <p className="error" id="cadence-settings-error" role="alert">
          {error.text}
        </p>
      ) : null}
    </section>
  );
}

import { useMemo, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import type { Hours } from '@/lib/model/cadence';
import { FormEnd } from './FormEnd';

const DAYS = [1, 2, 3, 4, 5, 6, 7] as const;

/** The zones this browser knows, for the time-zone list. */
function zones(): string[] {
  const supported = (Intl as { supportedValuesOf?: (key: string) => string[] }).supportedValuesOf;
  const list = supported ? supported('timeZone') : [];
  return list.includes('UTC') ? list : ['UTC', ...list];
}

/** The weekday's short name in the messages' language (1 Monday … 7 Sunday). */
function dayName(iso: number): string {
  // 2024-01-01 was a Monday.
  return new Date(Date.UTC(2024, 0, iso)).toLocaleDateString(t('messagesLocale'), { weekday: 'short', timeZone: 'UTC' });
}

/** The customer's time zone and business hours. Nothing is saved until Save. */
export function HoursForm({ timeZone, hours, userTimeZone, onSave, onCancel }: { timeZone: string | null; hours: Hours; userTimeZone: string; onSave: (timeZone: string | null, hours: Hours | null) => void; onCancel: () => void }) {
  const [zone, setZone] = useState(timeZone ?? '');
  const [days, setDays] = useState<number[]>([...hours.days]);
  const [start, setStart] = useState(hours.start);
  const [end, setEnd] = useState(hours.end);
  const [error, setError] = useState<string | null>(null);
  const list = useMemo(() => zones(), []);
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <form
      className="hours-form"
      aria-label={t('cadenceHoursLabel')}
      onKeyDown={escape}
      onSubmit={(e) => {
        e.preventDefault();
        if (!zone) return onSave(null, null);
        if (days.length === 0) return setError(t('cadenceHoursNoDay'));
        if (!(start < end)) return setError(t('cadenceHoursOrder'));
        setError(null);
        onSave(zone, { days: [...days].sort(), start, end });
      }}
    >
      <label>
        {t('cadenceTimeZone')}
        <select autoFocus value={zone} onChange={(e) => setZone(e.target.value)}>
          <option value="">{t('cadenceTimeZoneUnset', { zone: userTimeZone })}</option>
          {list.map((name) => (
            <option key={name} value={name}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <fieldset className="days">
        <legend>{t('cadenceHoursDays')}</legend>
        {DAYS.map((d) => (
          <label key={d} className="check">
            <input type="checkbox" checked={days.includes(d)} onChange={(e) => setDays(e.target.checked ? [...days, d] : days.filter((x) => x !== d))} />
            {dayName(d)}
          </label>
        ))}
      </fieldset>
      <span className="row">
        <label>
          {t('cadenceHoursStart')}
          <input type="time" value={start} onChange={(e) => setStart(e.target.value)} />
        </label>
        <label>
          {t('cadenceHoursEnd')}
          <input type="time" value={end} aria-invalid={error ? true : undefined} onChange={(e) => setEnd(e.target.value)} />
        </label>
      </span>
      <FormEnd error={error} submit={t('cadenceSave')} onCancel={onCancel} />
    </form>
  );
}

import { useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import type { Audience } from '@/lib/model/audience';
import { MAX_EVERY_MINUTES, MIN_EVERY_MINUTES, type AudienceCadence } from '@/lib/model/cadence';
import { audienceLabel } from '@/lib/ui/labels';
import type { RuleChange } from '@/lib/ui/cadence';
import { FormEnd } from './FormEnd';

type Kind = 'severity' | 'off' | 'custom';
type Unit = 'minutes' | 'hours' | 'days';
const UNIT_MINUTES: Record<Unit, number> = { minutes: 1, hours: 60, days: 1440 };

function initial(current: AudienceCadence | null): { kind: Kind; amount: string; unit: Unit } {
  const every = current?.every ?? 'severity';
  if (typeof every !== 'number') return { kind: every, amount: '1', unit: 'hours' };
  const unit: Unit = every % 1440 === 0 ? 'days' : every % 60 === 0 ? 'hours' : 'minutes';
  return { kind: 'custom', amount: String(every / UNIT_MINUTES[unit]), unit };
}

/** Change an audience's cadence: follow its severity, none, or its own interval. Nothing is saved until Save. */
export function RuleForm({ audience, current, hoursKnown, onSave, onCancel }: { audience: Audience; current: AudienceCadence | null; hoursKnown: boolean; onSave: (change: RuleChange) => void; onCancel: () => void }) {
  const [draft, setDraft] = useState(() => initial(current));
  const [businessHours, setBusinessHours] = useState(current?.businessHours ?? false);
  const [error, setError] = useState<string | null>(null);
  const id = `rule-${audience}`;
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      onCancel();
    }
  };
  return (
    <form
      className="cadence-form"
      aria-label={t('cadenceChangeLabel', { audience: audienceLabel(audience) })}
      onKeyDown={escape}
      onSubmit={(e) => {
        e.preventDefault();
        let every: RuleChange['everyMinutes'] = draft.kind === 'custom' ? Math.round(Number(draft.amount) * UNIT_MINUTES[draft.unit]) : draft.kind;
        if (typeof every === 'number' && !(every >= MIN_EVERY_MINUTES && every <= MAX_EVERY_MINUTES)) {
          setError(t('cadenceIntervalRange'));
          return;
        }
        setError(null);
        if (every === current?.every) every = undefined;
        onSave({ ...(every === undefined ? {} : { everyMinutes: every }), businessHours });
      }}
    >
      <label>
        {t('cadenceRuleKind')}
        <select autoFocus value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as Kind })}>
          <option value="severity">{t('cadenceRuleSeverity')}</option>
          <option value="custom">{t('cadenceRuleCustom')}</option>
          <option value="off">{t('cadenceRuleOff')}</option>
        </select>
      </label>
      {draft.kind === 'custom' ? (
        <span className="row">
          <label>
            {t('cadenceEveryAmount')}
            <input id={`${id}-amount`} type="number" min={1} step="any" value={draft.amount} aria-invalid={error ? true : undefined} aria-describedby={error ? `${id}-error` : undefined} onChange={(e) => setDraft({ ...draft, amount: e.target.value })} />
          </label>
          <label>
            {t('cadenceEveryUnit')}
            <select value={draft.unit} onChange={(e) => setDraft({ ...draft, unit: e.target.value as Unit })}>
              <option value="minutes">{t('cadenceUnitMinutes')}</option>
              <option value="hours">{t('cadenceUnitHours')}</option>
              <option value="days">{t('cadenceUnitDays')}</option>
            </select>
          </label>
        </span>
      ) : null}
      <label className="check">
        <input type="checkbox" checked={businessHours} onChange={(e) => setBusinessHours(e.target.checked)} />
        {t('cadenceKeepHours')}
      </label>
      {businessHours && !hoursKnown ? <p className="muted">{t('cadenceKeepHoursUnset')}</p> : null}
      <FormEnd error={error} errorId={`${id}-error`} submit={t('cadenceSave')} onCancel={onCancel} />
    </form>
  );
}

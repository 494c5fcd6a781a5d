import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { CUSTOMER_TIERS, type BusinessImpact, type CustomerTier } from '@/lib/model/escalation';
import { tierLabel } from '@/lib/ui/labels';
import { CommitSelect } from '../../controls/CommitSelect';

export interface ImpactFormProps {
  impact: BusinessImpact;
  /** Every valid change, as it is typed (the section debounces the save). */
  onChange: (impact: BusinessImpact) => void;
  /** The field left: save now. */
  onDone: () => void;
}

type Texts = Record<'usersAffected' | 'sitesAffected' | 'revenueAtRisk' | 'currency' | 'customerDeadline', string>;

const wholeNumber = (text: string): number | null | undefined => {
  const trimmed = text.trim().replace(/[\s,_']/g, '');
  if (!trimmed) return null;
  return /^\d{1,13}$/.test(trimmed) ? Number(trimmed) : undefined;
};

/** An ISO time as the value of a datetime-local input (the user's own time zone), and back. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}
function fromLocalInput(text: string): string | null | undefined {
  if (!text) return null;
  const at = new Date(text);
  return Number.isNaN(at.getTime()) ? undefined : at.toISOString();
}

/**
 * What the problem costs the customer's business. Saved as typed; a number Keel cannot read is
 * kept in its field with a message (and not saved) until it can.
 */
export function ImpactForm({ impact, onChange, onDone }: ImpactFormProps) {
  const ids = useId();
  const [texts, setTexts] = useState<Texts>(() => ({
    usersAffected: impact.usersAffected === null ? '' : String(impact.usersAffected),
    sitesAffected: impact.sitesAffected === null ? '' : String(impact.sitesAffected),
    revenueAtRisk: impact.revenueAtRisk === null ? '' : String(impact.revenueAtRisk),
    currency: impact.currency,
    customerDeadline: toLocalInput(impact.customerDeadline),
  }));
  const [current, setCurrent] = useState(impact);

  const problems: Partial<Record<keyof Texts, string>> = {};
  for (const key of ['usersAffected', 'sitesAffected', 'revenueAtRisk'] as const) if (wholeNumber(texts[key]) === undefined) problems[key] = t('impactNotNumber', { input: texts[key] });
  if (!/^[A-Za-z]{3}$/.test(texts.currency.trim())) problems.currency = t('impactNotCurrency', { input: texts.currency });
  if (fromLocalInput(texts.customerDeadline) === undefined) problems.customerDeadline = t('impactNotDate');

  const change = (patch: Partial<BusinessImpact>) => {
    const next = { ...current, ...patch };
    setCurrent(next);
    onChange(next);
  };
  const typed = (key: keyof Texts, text: string) => {
    setTexts((s) => ({ ...s, [key]: text }));
    if (key === 'currency') {
      if (/^[A-Za-z]{3}$/.test(text.trim())) change({ currency: text.trim().toUpperCase() });
    } else if (key === 'customerDeadline') {
      const at = fromLocalInput(text);
      if (at !== undefined) change({ customerDeadline: at });
    } else {
      const value = wholeNumber(text);
      if (value !== undefined) change({ [key]: value });
    }
  };
  const numberField = (key: 'usersAffected' | 'sitesAffected' | 'revenueAtRisk', label: string) => (
    <label className="impact-field">
      {label}
      <input
        inputMode="numeric"
        value={texts[key]}
        aria-invalid={problems[key] ? true : undefined}
        aria-describedby={problems[key] ? `${ids}-${key}` : undefined}
        onChange={(e) => typed(key, e.target.value)}
        onBlur={onDone}
      />
      {problems[key] ? (
        <span className="field-error" id={`${ids}-${key}`}>
          {problems[key]}
        </span>
      ) : null}
    </label>
  );

  return (
    <div className="impact-form">
      {numberField('usersAffected', t('impactUsers'))}
      {numberField('sitesAffected', t('impactSites'))}
      <label className="impact-field impact-wide">
        {t('impactFunction')}
        <input value={current.businessFunction} placeholder={t('impactFunctionPlaceholder')} maxLength={500} onChange={(e) => change({ businessFunction: e.target.value })} onBlur={onDone} />
      </label>
      {numberField('revenueAtRisk', t('impactRevenue'))}
      <label className="impact-field">
        {t('impactCurrency')}
        <input
          value={texts.currency}
          maxLength={3}
          autoCapitalize="characters"
          aria-invalid={problems.currency ? true : undefined}
          aria-describedby={problems.currency ? `${ids}-currency` : undefined}
          onChange={(e) => typed('currency', e.target.value)}
          onBlur={onDone}
        />
        {problems.currency ? (
          <span className="field-error" id={`${ids}-currency`}>
            {problems.currency}
          </span>
        ) : null}
      </label>
      <label className="impact-field impact-wide">
        {t('impactSla')}
        <input value={current.contractualSla} placeholder={t('impactSlaPlaceholder')} maxLength={500} onChange={(e) => change({ contractualSla: e.target.value })} onBlur={onDone} />
      </label>
      <label className="impact-field">
        {t('impactTier')}
        {/* Commits on a deliberate choice (click, Enter, leaving it), not on each arrow step. */}
        <CommitSelect<CustomerTier | ''>
          value={current.customerTier ?? ''}
          options={[{ value: '', label: t('impactTierNone') }, ...CUSTOMER_TIERS.map((tier) => ({ value: tier, label: tierLabel(tier) }))]}
          onCommit={(tier) => {
            change({ customerTier: tier || null });
            onDone();
          }}
        />
      </label>
      <label className="impact-field">
        {t('impactDeadline')}
        <input
          type="datetime-local"
          value={texts.customerDeadline}
          aria-invalid={problems.customerDeadline ? true : undefined}
          aria-describedby={problems.customerDeadline ? `${ids}-deadline` : undefined}
          onChange={(e) => typed('customerDeadline', e.target.value)}
          onBlur={onDone}
        />
        {problems.customerDeadline ? (
          <span className="field-error" id={`${ids}-deadline`}>
            {problems.customerDeadline}
          </span>
        ) : null}
      </label>
      <label className="impact-field impact-wide">
        {t('impactDeadlineNote')}
        <input value={current.customerDeadlineNote} placeholder={t('impactDeadlineNotePlaceholder')} maxLength={500} onChange={(e) => change({ customerDeadlineNote: e.target.value })} onBlur={onDone} />
      </label>
    </div>
  );
}

import { useId } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import { ETA_CONFIDENCES, FACTSHEET_TEXT_MAX, type EtaConfidence, type FactSheetFields, type FactSheetTextField } from '@/lib/model/factsheet';
import { fromLocalInput, toLocalInput } from '@/lib/ui/factsheet';
import { etaConfidenceLabel } from '@/lib/ui/templates';
import { CommitSelect } from '../../controls/CommitSelect';

/** A fact Keel keeps itself, shown beside the sheet (customer, ticket, first report, SLA, severity, state). */
export interface KnownFact {
  id: string;
  label: string;
  value: string;
}

export interface FactSheetFormProps {
  values: FactSheetFields;
  known: readonly KnownFact[];
  /** False while the values are Keel's pre-fill (nothing changed by hand yet). */
  stored: boolean;
  onChange: (patch: Partial<FactSheetFields>) => void;
  /** Why the last save failed. */
  error: string | null;
}

const FIELDS: Record<FactSheetTextField, { label: MessageKey; hint: MessageKey; rows: number }> = {
  summary: { label: 'factsheetSummary', hint: 'factsheetSummaryHint', rows: 2 },
  impact: { label: 'factsheetImpact', hint: 'factsheetImpactHint', rows: 2 },
  status: { label: 'factsheetStatus', hint: 'factsheetStatusHint', rows: 2 },
  done: { label: 'factsheetDone', hint: 'factsheetListHint', rows: 3 },
  next: { label: 'factsheetNext', hint: 'factsheetListHint', rows: 3 },
  workaround: { label: 'factsheetWorkaround', hint: 'factsheetWorkaroundHint', rows: 2 },
  risks: { label: 'factsheetRisks', hint: 'factsheetListHint', rows: 2 },
  asks: { label: 'factsheetAsks', hint: 'factsheetListHint', rows: 2 },
};
const BEFORE_ETA: FactSheetTextField[] = ['summary', 'impact', 'status', 'done', 'next', 'workaround'];
const AFTER_ETA: FactSheetTextField[] = ['risks', 'asks'];

/** The escalation's fact sheet: what Keel knows, and what the user keeps by hand (saved as typed). */
export function FactSheetForm({ values, known, stored, onChange, error }: FactSheetFormProps) {
  const id = useId();
  const text = (field: FactSheetTextField) => (
    <div className="fs-field" key={field}>
      <label htmlFor={`${id}-${field}`}>{t(FIELDS[field].label)}</label>
      <textarea
        id={`${id}-${field}`}
        data-field={field}
        rows={FIELDS[field].rows}
        maxLength={FACTSHEET_TEXT_MAX}
        value={values[field]}
        placeholder={t(FIELDS[field].hint)}
        onChange={(e) => onChange({ [field]: e.target.value })}
      />
    </div>
  );
  return (
    <section className="ws-section factsheet" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('factsheetLabel')}</h2>
      {!stored ? <p className="muted fs-prefill">{t('factsheetPrefilled')}</p> : null}
      <dl className="fs-known">
        {known.map((fact) => (
          <div key={fact.id} data-known={fact.id}>
            <dt>{fact.label}</dt>
            <dd>{fact.value || t('factsheetUnknown')}</dd>
          </div>
        ))}
      </dl>
      {BEFORE_ETA.map(text)}
      <fieldset className="fs-eta">
        <legend>{t('factsheetEta')}</legend>
        <div className="row">
          <div className="fs-field">
            <label htmlFor={`${id}-eta`}>{t('factsheetEtaTime')}</label>
            <input id={`${id}-eta`} data-field="etaAt" type="datetime-local" value={toLocalInput(values.etaAt)} onChange={(e) => onChange({ etaAt: fromLocalInput(e.target.value) })} />
          </div>
          <div className="fs-field">
            <label htmlFor={`${id}-confidence`}>{t('factsheetEtaConfidence')}</label>
            <CommitSelect<EtaConfidence | ''>
              id={`${id}-confidence`}
              value={values.etaConfidence ?? ''}
              options={[{ value: '', label: t('factsheetConfidenceNone') }, ...ETA_CONFIDENCES.map((c) => ({ value: c, label: etaConfidenceLabel(c) }))]}
              onCommit={(v) => onChange({ etaConfidence: v || null })}
            />
          </div>
        </div>
      </fieldset>
      {AFTER_ETA.map(text)}
      <div className="fs-field">
        <label htmlFor={`${id}-next-update`}>{t('factsheetNextUpdate')}</label>
        <input id={`${id}-next-update`} data-field="nextUpdateAt" type="datetime-local" value={toLocalInput(values.nextUpdateAt)} onChange={(e) => onChange({ nextUpdateAt: fromLocalInput(e.target.value) })} />
      </div>
      {error ? (
        <p className="error" role="alert">
          {t('factsheetNotSaved', { reason: error })}
        </p>
      ) : null}
    </section>
  );
}

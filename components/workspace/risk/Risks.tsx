import { t } from '@/lib/i18n';
import { useRecordList } from '@/lib/ui/record-list';
import { RISK_LEVELS, RISK_NAME_MAX, RISK_TEXT_MAX, openRisks, type Risk, type RiskLevel } from '@/lib/model/risk';
import { riskLevelLabel } from '@/lib/ui/labels';
import type { RiskPatch } from '@/lib/ui/risk';
import { AddForm, type DraftProps } from '../../fields/AddForm';
import { RecordListStatus } from '../../fields/RecordListStatus';
import { AutosaveText } from '../../fields/AutosaveText';
import { CommitSelect } from '../../fields/CommitSelect';
import { ConfirmButton } from '../../fields/ConfirmButton';

export interface RisksProps {
  risks: readonly Risk[];
  draft: DraftProps;
  onAdd: (risk: string) => Promise<string | null>;
  onUpdate: (id: string, patch: RiskPatch) => Promise<string | null>;
  onRemove: (id: string) => Promise<string | null>;
  error: string | null;
}

const levelOptions = () => RISK_LEVELS.map((l) => ({ value: l, label: riskLevelLabel(l) }));

function RiskRow({ risk, onUpdate, onRemove }: { risk: Risk; onUpdate: RisksProps['onUpdate']; onRemove: (id: string) => void }) {
  const save = (field: 'risk' | 'mitigation' | 'contingency' | 'owner') => (value: string) => onUpdate(risk.id, { [field]: value });
  const name = risk.risk.trim() || t('planUntitled');
  return (
    <li className="risk" data-id={risk.id} data-status={risk.status} data-exposure={`${risk.likelihood}-${risk.impact}`}>
      <AutosaveText className="risk-text" label={t('riskText')} value={risk.risk} saveKey={`risk|${risk.id}|risk`} onSave={save('risk')} multiline rows={2} maxLength={RISK_TEXT_MAX} />
      <div className="risk-grid">
        <CommitSelect label={t('riskLikelihood')} value={risk.likelihood} options={levelOptions()} onCommit={(likelihood: RiskLevel) => void onUpdate(risk.id, { likelihood })} />
        <CommitSelect label={t('riskImpact')} value={risk.impact} options={levelOptions()} onCommit={(impact: RiskLevel) => void onUpdate(risk.id, { impact })} />
        <AutosaveText label={t('riskOwner')} value={risk.owner} saveKey={`risk|${risk.id}|owner`} onSave={save('owner')} maxLength={RISK_NAME_MAX} />
      </div>
      <AutosaveText label={t('riskMitigation')} value={risk.mitigation} saveKey={`risk|${risk.id}|mitigation`} onSave={save('mitigation')} multiline rows={2} maxLength={RISK_TEXT_MAX} />
      <AutosaveText label={t('riskContingency')} value={risk.contingency} saveKey={`risk|${risk.id}|contingency`} onSave={save('contingency')} multiline rows={2} maxLength={RISK_TEXT_MAX} />
      <div className="record-actions">
        <label className="inline-check">
          <input type="checkbox" checked={risk.status === 'closed'} onChange={(e) => void onUpdate(risk.id, { status: e.target.checked ? 'closed' : 'open' })} />
          {t('riskClosed')}
        </label>
        <ConfirmButton label={t('recordRemove')} name={t('riskRemove', { risk: name })} question={t('riskRemoveQuestion')} onConfirm={() => onRemove(risk.id)} />
      </div>
    </li>
  );
}

/** Risks and contingencies: open ones first (most exposed first), then closed ones. */
export function Risks({ risks, draft, onAdd, onUpdate, onRemove, error }: RisksProps) {
  const open = openRisks(risks);
  const closed = risks.filter((r) => r.status === 'closed');
  const { said, setSaid, heading, remove } = useRecordList(onRemove, () => t('riskRemoved'));
  const add = async (text: string) => {
    const failure = await onAdd(text);
    if (!failure) setSaid(t('riskAdded', { risk: text }));
    return failure;
  };
  return (
    <section className="ws-section risks" aria-labelledby="risks-heading">
      <h2 id="risks-heading" ref={heading} tabIndex={-1}>
        {t('riskLabel')}
      </h2>
      {risks.length ? (
        <ul className="risk-list">
          {[...open, ...closed].map((r) => (
            <RiskRow key={r.id} risk={r} onUpdate={onUpdate} onRemove={remove} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('riskNone')}</p>
      )}
      <AddForm label={t('riskNew')} button={t('planAdd')} draft={draft} onAdd={add} multiline maxLength={RISK_TEXT_MAX} />
      <RecordListStatus error={error} said={said} />
    </section>
  );
}

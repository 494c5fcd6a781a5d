import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { useRecordList } from '@/lib/ui/record-list';
import { RACI_LETTERS, STAKEHOLDER_NAME_MAX, STAKEHOLDER_ROLES, STAKEHOLDER_TEXT_MAX, type RaciLetter, type Stakeholder, type StakeholderRole, type StakeholderSuggestion } from '@/lib/model/stakeholder';
import { raciLabel, roleLabel } from '@/lib/ui/labels';
import type { NewStakeholder, StakeholderPatch } from '@/lib/ui/stakeholder';
import { AddForm, type DraftProps } from '../../fields/AddForm';
import { RecordListStatus } from '../../fields/RecordListStatus';
import { AutosaveText } from '../../fields/AutosaveText';
import { CommitSelect } from '../../fields/CommitSelect';
import { ConfirmButton } from '../../fields/ConfirmButton';

export interface StakeholdersProps {
  stakeholders: readonly Stakeholder[];
  suggestions: readonly StakeholderSuggestion[];
  nameDraft: DraftProps;
  onAdd: (fields: NewStakeholder) => Promise<string | null>;
  onUpdate: (id: string, patch: StakeholderPatch) => Promise<string | null>;
  onRemove: (id: string) => Promise<string | null>;
  error: string | null;
}

const roleOptions = () => STAKEHOLDER_ROLES.map((r) => ({ value: r, label: roleLabel(r) }));
/** '' stands for "no letter" in the select. */
const raciOptions = () => [{ value: '' as const, label: t('stakeholderNoRaci') }, ...RACI_LETTERS.map((l) => ({ value: l, label: raciLabel(l) }))];
const SOURCE_KEYS = { requester: 'stakeholderFromRequester', assignee: 'stakeholderFromAssignee', thread: 'stakeholderFromThread' } as const;

function StakeholderRow({ person, onUpdate, onRemove }: { person: Stakeholder; onUpdate: StakeholdersProps['onUpdate']; onRemove: (id: string) => void }) {
  const save = (field: 'name' | 'organisation' | 'contact') => (value: string) => onUpdate(person.id, { [field]: value });
  const name = person.name.trim() || roleLabel(person.role);
  return (
    <li className="stakeholder" data-id={person.id} data-role={person.role}>
      <div className="stakeholder-grid">
        <AutosaveText label={t('stakeholderName')} value={person.name} saveKey={`stakeholder|${person.id}|name`} onSave={save('name')} maxLength={STAKEHOLDER_NAME_MAX} />
        <CommitSelect label={t('stakeholderRole')} value={person.role} options={roleOptions()} onCommit={(role: StakeholderRole) => void onUpdate(person.id, { role })} />
        <AutosaveText label={t('stakeholderOrganisation')} value={person.organisation} saveKey={`stakeholder|${person.id}|organisation`} onSave={save('organisation')} maxLength={STAKEHOLDER_TEXT_MAX} />
        <AutosaveText label={t('stakeholderContact')} value={person.contact} saveKey={`stakeholder|${person.id}|contact`} onSave={save('contact')} maxLength={STAKEHOLDER_TEXT_MAX} />
        <CommitSelect label={t('stakeholderRaci')} value={person.raci ?? ''} options={raciOptions()} onCommit={(letter: RaciLetter | '') => void onUpdate(person.id, { raci: letter || null })} />
      </div>
      <div className="record-actions">
        <ConfirmButton label={t('recordRemove')} name={t('stakeholderRemove', { name })} question={t('stakeholderRemoveQuestion')} onConfirm={() => onRemove(person.id)} />
      </div>
    </li>
  );
}

/** The people of the escalation, suggestions from the ticket, and a form to add someone with a role. */
export function Stakeholders({ stakeholders, suggestions, nameDraft, onAdd, onUpdate, onRemove, error }: StakeholdersProps) {
  const [role, setRole] = useState<StakeholderRole>('customer-technical-lead');
  const { said, setSaid, heading, remove } = useRecordList(onRemove, () => t('stakeholderRemoved'));
  const suggestionsId = useId();
  const add = async (fields: NewStakeholder) => {
    const failure = await onAdd(fields);
    if (!failure) setSaid(t('stakeholderAdded', { name: fields.name || roleLabel(fields.role), role: roleLabel(fields.role) }));
    return failure;
  };
  return (
    <section className="ws-section stakeholders" aria-labelledby="stakeholders-heading">
      <h2 id="stakeholders-heading" ref={heading} tabIndex={-1}>
        {t('stakeholderLabel')}
      </h2>
      {stakeholders.length ? (
        <ul className="stakeholder-list">
          {stakeholders.map((s) => (
            <StakeholderRow key={s.id} person={s} onUpdate={onUpdate} onRemove={remove} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('stakeholderNone')}</p>
      )}
      {suggestions.length ? (
        <div className="stakeholder-suggestions">
          <h3 id={suggestionsId}>{t('stakeholderSuggested')}</h3>
          <ul aria-labelledby={suggestionsId}>
            {suggestions.map((s) => (
              <li key={`${s.source}|${s.name}`} data-source={s.source}>
                <span>
                  <b>{s.name}</b> — {roleLabel(s.role)}
                  {s.organisation ? `, ${s.organisation}` : ''} <span className="muted">({t(SOURCE_KEYS[s.source])})</span>
                </span>
                <button type="button" className="small" aria-label={t('stakeholderAddSuggested', { name: s.name, role: roleLabel(s.role) })} onClick={() => void add({ name: s.name, role: s.role, organisation: s.organisation, contact: s.contact, raci: s.raci })}>
                  {t('planAdd')}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <AddForm label={t('stakeholderNewName')} button={t('planAdd')} draft={nameDraft} onAdd={(name) => add({ name, role })} maxLength={STAKEHOLDER_NAME_MAX}>
        <CommitSelect label={t('stakeholderRole')} value={role} options={roleOptions()} onCommit={setRole} />
      </AddForm>
      <RecordListStatus error={error} said={said} />
    </section>
  );
}

import { t } from '@/lib/i18n';
import { PLAN_STATUSES, PLAN_NAME_MAX, PLAN_TEXT_MAX, PLAN_TITLE_MAX, isOverdue, type PlanItem, type PlanStatus } from '@/lib/model/plan';
import { shortDuration } from '@/lib/format/time';
import { planStatusLabel } from '@/lib/ui/labels';
import type { PlanPatch } from '@/lib/ui/plan';
import { AutosaveText } from '../../fields/AutosaveText';
import { CommitSelect } from '../../fields/CommitSelect';
import { ConfirmButton } from '../../fields/ConfirmButton';
import { DateTimeField } from '../../fields/DateTimeField';

export interface PlanRecordProps {
  item: PlanItem;
  now: Date;
  onUpdate: (id: string, patch: PlanPatch) => Promise<string | null>;
  onRemove: (id: string) => void;
}

const statusOptions = () => PLAN_STATUSES.map((s) => ({ value: s, label: planStatusLabel(s) }));

/** One action item: title, status, due time (flagged when overdue), owner and team, deliverable. */
export function PlanItemRow({ item, now, onUpdate, onRemove }: PlanRecordProps) {
  const overdue = isOverdue(item, now);
  const save = (field: 'title' | 'ownerPerson' | 'ownerTeam' | 'deliverable') => (value: string) => onUpdate(item.id, { [field]: value });
  const name = item.title.trim() || t('planUntitled');
  return (
    <li className="plan-item" data-id={item.id} data-status={item.status} data-overdue={overdue || undefined}>
      <div className="plan-item-head">
        <AutosaveText className="plan-title" label={t('planItemTitle')} hideLabel value={item.title} saveKey={`plan|${item.id}|title`} onSave={save('title')} maxLength={PLAN_TITLE_MAX} />
        {overdue ? <span className="overdue-flag">{t('planOverdueBy', { duration: shortDuration(now.getTime() - Date.parse(item.dueAt!)) })}</span> : null}
      </div>
      <div className="plan-item-grid">
        <CommitSelect label={t('planStatus')} value={item.status} options={statusOptions()} onCommit={(status: PlanStatus) => void onUpdate(item.id, { status })} />
        <DateTimeField label={t('planDue')} value={item.dueAt} onCommit={(dueAt) => void onUpdate(item.id, { dueAt })} />
        <AutosaveText label={t('planOwnerPerson')} value={item.ownerPerson} saveKey={`plan|${item.id}|ownerPerson`} onSave={save('ownerPerson')} maxLength={PLAN_NAME_MAX} />
        <AutosaveText label={t('planOwnerTeam')} value={item.ownerTeam} saveKey={`plan|${item.id}|ownerTeam`} onSave={save('ownerTeam')} maxLength={PLAN_NAME_MAX} />
        <AutosaveText className="wide" label={t('planDeliverable')} value={item.deliverable} saveKey={`plan|${item.id}|deliverable`} onSave={save('deliverable')} maxLength={PLAN_TEXT_MAX} />
      </div>
      <div className="record-actions">
        {item.meetingId ? <span className="muted small-text">{t('planFromMeeting')}</span> : null}
        <ConfirmButton label={t('recordRemove')} name={t('planRemoveItem', { title: name })} question={t('planRemoveItemQuestion')} onConfirm={() => onRemove(item.id)} />
      </div>
    </li>
  );
}

/** One objective: what it is, and whether it is met. */
export function PlanObjectiveRow({ item, onUpdate, onRemove }: Omit<PlanRecordProps, 'now'>) {
  const done = item.status === 'done';
  const name = item.title.trim() || t('planUntitled');
  return (
    <li className="plan-objective" data-id={item.id} data-status={item.status}>
      <input type="checkbox" checked={done} aria-label={t('planObjectiveMet', { title: name })} onChange={(e) => void onUpdate(item.id, { status: e.target.checked ? 'done' : 'open' })} />
      <AutosaveText className="plan-title" label={t('planObjectiveTitle')} hideLabel value={item.title} saveKey={`plan|${item.id}|title`} onSave={(title) => onUpdate(item.id, { title })} maxLength={PLAN_TITLE_MAX} />
      <ConfirmButton label={t('recordRemove')} name={t('planRemoveObjective', { title: name })} question={t('planRemoveObjectiveQuestion')} onConfirm={() => onRemove(item.id)} />
    </li>
  );
}

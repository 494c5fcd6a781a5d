import { useRef, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import { PLAN_STATUSES, PLAN_NAME_MAX, PLAN_TEXT_MAX, PLAN_TITLE_MAX, isOverdue, type PlanItemView, type PlanStatus } from '@/lib/model/plan';
import { shortDuration } from '@/lib/format/time';
import { planStatusLabel } from '@/lib/ui/labels';
import type { PlanPatch } from '@/lib/ui/plan';
import { AutosaveText } from '../../fields/AutosaveText';
import { CommitSelect } from '../../fields/CommitSelect';
import { ConfirmButton } from '../../fields/ConfirmButton';
import { DateTimeField } from '../../fields/DateTimeField';

export interface PlanRecordProps {
  item: PlanItemView;
  now: Date;
  onUpdate: (id: string, patch: PlanPatch) => Promise<string | null>;
  onRemove: (id: string) => void;
}

export interface PlanItemRowProps extends PlanRecordProps {
  /** Whether the item's fields are open for editing (otherwise one summary line). */
  open: boolean;
  onToggle: (id: string, open: boolean) => void;
}

const statusOptions = () => PLAN_STATUSES.map((s) => ({ value: s, label: planStatusLabel(s) }));

// One pair of formatters for every row (the page's locale does not change while it is open):
// building an Intl formatter per row costs more than the row.
let dueFormat: { short: Intl.DateTimeFormat; long: Intl.DateTimeFormat } | null = null;
function dueText(iso: string, now: Date): string {
  dueFormat ??= {
    short: new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }),
    long: new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' }),
  };
  const d = new Date(iso);
  return (d.toDateString() === now.toDateString() ? dueFormat.short : dueFormat.long).format(d);
}

/** "Open · Dana Reyes (Platform) · due Mar 4, 14:00": what the row says when it is closed. */
export function planItemSummary(item: PlanItemView, now: Date): string {
  const person = item.ownerPerson.trim();
  const team = item.ownerTeam.trim();
  const owner = person && team ? t('planOwnerBoth', { person, team }) : person || team || t('planNoOwner');
  const due = item.dueAt ? t('planDueAt', { time: dueText(item.dueAt, now) }) : t('planNoDue');
  return [planStatusLabel(item.status), owner, due].join(' · ');
}

/**
 * One action item. Closed, it is one line: its title (the button that opens it), status, owner
 * and due time, flagged when overdue, so that a plan of fifty items can be read at a glance.
 * Open, every field can be edited; Escape closes it again and puts focus back on its title.
 */
export function PlanItemRow({ item, now, onUpdate, onRemove, open, onToggle }: PlanItemRowProps) {
  const overdue = isOverdue(item, now);
  const save = (field: 'title' | 'ownerPerson' | 'ownerTeam' | 'deliverable') => (value: string) => onUpdate(item.id, { [field]: value });
  const name = item.title.trim() || t('planUntitled');
  const toggle = useRef<HTMLButtonElement>(null);
  const editor = `plan-edit-${item.id}`;
  const summary = `plan-summary-${item.id}`;
  const close = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    // Focus first: the field being left saves on blur, before it goes away.
    toggle.current?.focus();
    onToggle(item.id, false);
  };
  return (
    <li className="plan-item" data-id={item.id} data-status={item.status} data-overdue={overdue || undefined} data-open={open || undefined}>
      <div className="plan-item-head">
        <button ref={toggle} type="button" className="plan-item-toggle" aria-expanded={open} aria-controls={open ? editor : undefined} aria-describedby={summary} onClick={() => onToggle(item.id, !open)}>
          <span className="plan-item-caret" aria-hidden="true">
            {open ? '▾' : '▸'}
          </span>
          <span className="plan-item-name">{name}</span>
        </button>
        {overdue ? <span className="overdue-flag">{t('planOverdueBy', { duration: shortDuration(now.getTime() - Date.parse(item.dueAt!)) })}</span> : null}
      </div>
      <p className="plan-item-summary" id={summary}>
        {planItemSummary(item, now)}
      </p>
      {open ? (
        <div className="plan-item-editor" id={editor} onKeyDown={close}>
          <AutosaveText className="plan-title" label={t('planItemTitle')} value={item.title} saveKey={`plan|${item.id}|title`} onSave={save('title')} maxLength={PLAN_TITLE_MAX} />
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
        </div>
      ) : null}
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

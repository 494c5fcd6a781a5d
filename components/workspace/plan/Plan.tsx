import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { useFirstRows } from '@/lib/ui/first-rows';
import { useRecordList } from '@/lib/ui/record-list';
import { PLAN_TITLE_MAX, isOpenItem, orderPlan, overdueItems, type PlanItemView, type PlanKind } from '@/lib/model/plan';
import type { PlanPatch } from '@/lib/ui/plan';
import { AddForm, type DraftProps } from '../../fields/AddForm';
import { RecordListStatus } from '../../fields/RecordListStatus';
import { PlanItemRow, PlanObjectiveRow } from './PlanItemRow';

export interface PlanProps {
  items: readonly PlanItemView[];
  now: Date;
  objectiveDraft: DraftProps;
  itemDraft: DraftProps;
  onAdd: (kind: PlanKind, title: string) => Promise<string | null>;
  onUpdate: (id: string, patch: PlanPatch) => Promise<string | null>;
  onRemove: (id: string) => Promise<string | null>;
  error: string | null;
}

/** The action plan: objectives first, then the items that get there (open ones by due time), overdue ones flagged. */
export function Plan({ items, now, objectiveDraft, itemDraft, onAdd, onUpdate, onRemove, error }: PlanProps) {
  const { objectives, items: actions } = orderPlan(items);
  const open = actions.filter(isOpenItem).length;
  const overdue = overdueItems(actions, now).length;
  const drawn = useFirstRows(actions, 'keel:plan-complete');
  const { said, setSaid, heading, remove } = useRecordList(onRemove, () => t('planRemoved'));
  // Items open for editing: the ones the user opened, and each item added here (to give it an
  // owner and a due time straight away). The rest read as one line each.
  const [openIds, setOpenIds] = useState<ReadonlySet<string>>(() => new Set());
  const known = useRef<Set<string> | null>(null);
  const awaitingAdd = useRef(0);
  useEffect(() => {
    if (!known.current) {
      known.current = new Set(items.map((i) => i.id));
      return;
    }
    const added = items.filter((i) => i.kind === 'item' && !known.current!.has(i.id));
    for (const i of added) known.current.add(i.id);
    if (added.length && awaitingAdd.current > 0) {
      awaitingAdd.current = Math.max(0, awaitingAdd.current - added.length);
      setOpenIds((ids) => new Set([...ids, ...added.map((i) => i.id)]));
    }
  }, [items]);
  const toggle = (id: string, open: boolean) =>
    setOpenIds((ids) => {
      const next = new Set(ids);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const add = (kind: PlanKind) => async (title: string) => {
    if (kind === 'item') awaitingAdd.current++;
    const failure = await onAdd(kind, title);
    if (failure && kind === 'item') awaitingAdd.current = Math.max(0, awaitingAdd.current - 1);
    if (!failure) setSaid(t(kind === 'item' ? 'planAddedItem' : 'planAddedObjective', { title }));
    return failure;
  };
  return (
    <section className="ws-section plan" aria-labelledby="plan-heading">
      <h2 id="plan-heading" ref={heading} tabIndex={-1}>
        {t('planLabel')}
      </h2>
      <p className="plan-summary">
        {t.plural('planOpenCount', open)}
        {overdue > 0 ? <span className="urgent"> · {t.plural('planOverdueCount', overdue)}</span> : null}
      </p>
      <h3>{t('planObjectives')}</h3>
      {objectives.length ? (
        <ul className="plan-objectives">
          {objectives.map((o) => (
            <PlanObjectiveRow key={o.id} item={o} onUpdate={onUpdate} onRemove={remove} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('planNoObjectives')}</p>
      )}
      <AddForm label={t('planNewObjective')} button={t('planAdd')} draft={objectiveDraft} onAdd={add('objective')} maxLength={PLAN_TITLE_MAX} />
      <h3>{t('planItems')}</h3>
      {actions.length ? (
        <ul className="plan-items">
          {drawn.map((item) => (
            <PlanItemRow key={item.id} item={item} now={now} onUpdate={onUpdate} onRemove={remove} open={openIds.has(item.id)} onToggle={toggle} />
          ))}
        </ul>
      ) : (
        <p className="muted">{t('planNoItems')}</p>
      )}
      <AddForm label={t('planNewItem')} button={t('planAdd')} draft={itemDraft} onAdd={add('item')} maxLength={PLAN_TITLE_MAX} />
      <RecordListStatus error={error} said={said} />
    </section>
  );
}

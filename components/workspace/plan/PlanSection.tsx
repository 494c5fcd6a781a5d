import { useEffect } from 'react';
import { useDraft } from '@/lib/ui/draft';
import { useEscalation } from '@/lib/ui/escalation';
import { usePlan, usePlanActions } from '@/lib/ui/plan';
import type { SectionProps } from '../section';
import { Plan } from './Plan';
import '../../fields/fields.css';
import './plan.css';

export function PlanSection({ ticket, tabId, now }: SectionProps) {
  const { data: escalation } = useEscalation(ticket, tabId);
  const { data } = usePlan(escalation ? ticket : null);
  const actions = usePlanActions(ticket);
  const objectiveDraft = useDraft(ticket, 'plan.objective.title');
  const itemDraft = useDraft(ticket, 'plan.item.title');
  const ready = !!escalation && !!data;
  useEffect(() => {
    if (ready) performance.mark('keel:plan-rendered');
  }, [ready]);
  if (!escalation || !data) return null;
  return (
    <Plan
      items={data.items}
      now={now}
      objectiveDraft={objectiveDraft}
      itemDraft={itemDraft}
      onAdd={(kind, title) => actions.add(kind, { title })}
      onUpdate={actions.update}
      onRemove={actions.remove}
      error={actions.error}
    />
  );
}

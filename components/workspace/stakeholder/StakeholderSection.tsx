import { useDraft } from '@/lib/ui/draft';
import { useEscalation } from '@/lib/ui/escalation';
import { useStakeholderActions, useStakeholders } from '@/lib/ui/stakeholder';
import type { SectionProps } from '../section';
import { Stakeholders } from './Stakeholders';
import '../../fields/fields.css';
import './stakeholder.css';

export function StakeholderSection({ ticket, tabId }: SectionProps) {
  const { data: escalation } = useEscalation(ticket, tabId);
  const { data } = useStakeholders(escalation ? ticket : null);
  const actions = useStakeholderActions(ticket);
  const nameDraft = useDraft(ticket, 'stakeholder.new.name');
  if (!escalation || !data) return null;
  return (
    <Stakeholders
      stakeholders={data.stakeholders}
      suggestions={data.suggestions}
      nameDraft={nameDraft}
      onAdd={actions.add}
      onUpdate={actions.update}
      onRemove={actions.remove}
      error={actions.error}
    />
  );
}

import { useDraft } from '@/lib/ui/draft';
import { useEscalation } from '@/lib/ui/escalation';
import { useRiskActions, useRisks } from '@/lib/ui/risk';
import type { SectionProps } from '../section';
import { Risks } from './Risks';
import '../../fields/fields.css';
import './risk.css';

export function RiskSection({ ticket, tabId }: SectionProps) {
  const { data: escalation } = useEscalation(ticket, tabId);
  const { data } = useRisks(escalation ? ticket : null);
  const actions = useRiskActions(ticket);
  const draft = useDraft(ticket, 'risk.new.risk');
  if (!escalation || !data) return null;
  return <Risks risks={data.risks} draft={draft} onAdd={(risk) => actions.add({ risk })} onUpdate={actions.update} onRemove={actions.remove} error={actions.error} />;
}

import { useCallback } from 'react';
import { useEscalation } from '@/lib/ui/escalation';
import { useMeetingActions, useMeetings } from '@/lib/ui/meeting';
import { usePlan } from '@/lib/ui/plan';
import { useRisks } from '@/lib/ui/risk';
import type { SectionProps } from '../section';
import { Meetings } from './Meetings';
import '../../fields/fields.css';
import './meeting.css';

export function MeetingSection({ ticket, tabId, now }: SectionProps) {
  const { data: escalation } = useEscalation(ticket, tabId);
  const shown = escalation ? ticket : null;
  const { data } = useMeetings(shown);
  const { data: plan } = usePlan(shown);
  const { data: risks } = useRisks(shown);
  const actions = useMeetingActions(ticket);
  const copy = useCallback((text: string) => navigator.clipboard.writeText(text).then(() => true, () => false), []);
  if (!escalation || !data) return null;
  return (
    <Meetings
      call={data.call}
      meetings={data.meetings}
      plan={plan?.items ?? []}
      risks={risks?.risks ?? []}
      now={now}
      onSetCall={actions.setCall}
      onStart={actions.start}
      onUpdate={actions.update}
      onRemove={actions.remove}
      onToAction={actions.toAction}
      onCopy={copy}
      error={actions.error}
    />
  );
}

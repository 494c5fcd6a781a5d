import { useCallback } from 'react';
import { t } from '@/lib/i18n';
import { EMPTY_IMPACT, type BusinessImpact } from '@/lib/model/escalation';
import { useDebouncedSave } from '@/lib/ui/debounced';
import { useEscalation } from '@/lib/ui/escalation';
import type { SectionProps } from '../section';
import { ImpactForm } from './ImpactForm';

/** The escalation's business impact, saved as it is typed. */
export function ImpactSection({ ticket, tabId }: SectionProps) {
  const { data: escalation, update } = useEscalation(ticket, tabId);
  const save = useCallback((impact: BusinessImpact) => void update({ impact }), [update]);
  const { schedule, flush } = useDebouncedSave(save);
  if (!escalation) return null;
  const impact = escalation.impact ?? EMPTY_IMPACT;
  const any = impact.usersAffected !== null || impact.sitesAffected !== null || impact.revenueAtRisk !== null || !!impact.businessFunction || !!impact.customerTier || !!impact.customerDeadline;
  return (
    <details className="ws-section impact" open={any}>
      <summary>
        <h2>{t('impactTitle')}</h2>
      </summary>
      {/* Keyed by the escalation: the fields start from what is stored, then keep what is typed. */}
      <ImpactForm key={escalation.id} impact={impact} onChange={schedule} onDone={flush} />
    </details>
  );
}

import { t } from '@/lib/i18n';
import { clockTime } from '@/lib/format/time';
import { headlineSla } from '@/lib/format/sla';
import { useEscalation } from '@/lib/ui/escalation';
import { useFactSheet } from '@/lib/ui/factsheet';
import { deskLabel, severityLabel, stateLabel } from '@/lib/ui/labels';
import { useSnapshot } from '@/lib/ui/snapshot';
import type { SectionProps } from '../section';
import { FactSheetForm, type KnownFact } from './FactSheetForm';
import './factsheet.css';

/** The fact sheet of an escalated ticket; nothing for a ticket that is not escalated. */
export function FactSheetSection({ ticket, tabId, now }: SectionProps) {
  const sheet = useFactSheet(ticket);
  const { data: escalation } = useEscalation(ticket, tabId);
  const { data: snapshot } = useSnapshot(ticket);
  if (sheet.loadError) return <p className="error" role="alert">{sheet.loadError}</p>;
  if (!escalation || !sheet.values) return null;
  const firstReported = snapshot && !snapshot.unknown?.includes('createdAt') ? snapshot.createdAt : null;
  const sla = snapshot && !snapshot.unknown?.includes('sla') ? headlineSla(snapshot.sla, now)?.text : null;
  const known: KnownFact[] = [
    { id: 'customer', label: t('factsheetCustomer'), value: escalation.customer ?? snapshot?.requester?.organization ?? snapshot?.requester?.name ?? '' },
    { id: 'ticket', label: t('factsheetTicket'), value: `${deskLabel(escalation.desk)} ${snapshot?.number ?? escalation.ticketNumber ?? escalation.ticketId}` },
    { id: 'first-reported', label: t('factsheetFirstReported'), value: firstReported ? clockTime(firstReported) : '' },
    { id: 'sla', label: t('factsheetSla'), value: sla ?? '' },
    { id: 'severity', label: t('factsheetSeverity'), value: escalation.severity ? severityLabel(escalation.severity) : '' },
    { id: 'state', label: t('factsheetState'), value: stateLabel(escalation.state) },
  ];
  return <FactSheetForm values={sheet.values} known={known} stored={sheet.stored} onChange={sheet.change} error={sheet.error} />;
}

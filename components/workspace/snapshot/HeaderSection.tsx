import { t } from '@/lib/i18n';
import { useEscalation } from '@/lib/ui/escalation';
import { useSnapshot } from '@/lib/ui/snapshot';
import type { SectionProps } from '../section';
import { Header } from './Header';
import './snapshot.css';

/** The ticket's name and number: the desk's subject once read, else the escalation's title or the tab's. */
export function HeaderSection({ ticket, tabId, pageTitle }: SectionProps) {
  const { data: snapshot } = useSnapshot(ticket);
  const { data: escalation } = useEscalation(ticket, tabId);
  const title = snapshot?.subject || escalation?.title || pageTitle || t('ticketFallbackName', { ticket: ticket.ticketId });
  // The number agents use for the ticket (Salesforce CaseNumber) where it differs from the URL's id.
  return <Header ticket={ticket} title={title} number={snapshot?.number ?? escalation?.ticketNumber} />;
}

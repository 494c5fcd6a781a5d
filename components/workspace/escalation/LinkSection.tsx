import { useEscalation, useLinks } from '@/lib/ui/escalation';
import { openTicket } from '@/lib/ui/open-ticket';
import type { SectionProps } from '../section';
import { LinkedEscalations } from './LinkedEscalations';

/** The same customer's escalations on other desks: linked ones under a shared header, and suggestions. */
export function LinkSection({ ticket, tabId }: SectionProps) {
  const { data: escalation, link, unlink } = useEscalation(ticket, tabId);
  const { data: links } = useLinks(ticket);
  if (!escalation || !links) return null;
  return <LinkedEscalations links={links} onLink={(id) => void link(id)} onUnlink={(id) => void unlink(id)} onOpen={(row) => void openTicket(row)} />;
}

import { useSnapshot } from '@/lib/ui/snapshot';
import type { SectionProps } from '../section';
import { TicketFacts } from './TicketFacts';
import './snapshot.css';

export function FactsSection({ ticket, now }: SectionProps) {
  const { data: snapshot } = useSnapshot(ticket);
  return snapshot ? <TicketFacts snapshot={snapshot} now={now} /> : null;
}

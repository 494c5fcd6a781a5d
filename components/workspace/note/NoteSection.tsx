import { useFocusRequest } from '@/lib/ui/focus';
import { usePostNote } from '@/lib/ui/note';
import { useSnapshot } from '@/lib/ui/snapshot';
import type { SectionProps } from '../section';
import { NoteComposer } from './NoteComposer';
import './note.css';

export function NoteSection({ ticket, tabId }: SectionProps) {
  const post = usePostNote(ticket, tabId);
  const { data: snapshot } = useSnapshot(ticket);
  // A clicked reminder for this ticket puts the focus here (until updates brings its own composer).
  const focusSignal = useFocusRequest(ticket, 'composer');
  return <NoteComposer desk={ticket.desk} ticketId={snapshot?.number ?? ticket.ticketId} onPost={post} focusSignal={focusSignal} />;
}

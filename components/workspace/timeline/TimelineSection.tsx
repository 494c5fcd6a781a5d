import { useEffect, useState } from 'react';
import { useDraft } from '@/lib/ui/draft';
import { describeEvent, useTimeline, useTimelineNotes } from '@/lib/ui/timeline';
import { TIMELINE_PAGE, type TimelineEvent } from '@/lib/model/timeline';
import type { SectionProps } from '../section';
import { Timeline } from './Timeline';
import '../../fields/fields.css';
import './timeline.css';

export function TimelineSection({ ticket }: SectionProps) {
  // The first page comes with the panel's other reads; older events when the user asks for them.
  // Once older ones are asked for, only the longer list is read (and re-read on changes).
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const expanded = limit > TIMELINE_PAGE;
  const first = useTimeline(expanded ? null : ticket);
  const longer = useTimeline(expanded ? ticket : null, { limit });
  const current = expanded ? longer.data : first.data;
  // While a longer list is read, the last one shown stays on screen.
  const [kept, setKept] = useState(current);
  if (current && current !== kept) setKept(current);
  const data = current ?? kept;
  const notes = useTimelineNotes(ticket);
  const noteDraft = useDraft(ticket, 'timeline.note.text');
  const escalated = !!data?.ticket;
  useEffect(() => {
    if (escalated) performance.mark('keel:timeline-rendered');
  }, [escalated]);
  if (!data || !data.ticket) return null;
  const context = data.ticket;
  return (
    <Timeline
      events={data.events}
      more={data.more}
      loadingMore={expanded && !longer.data}
      onMore={() => setLimit((l) => l + TIMELINE_PAGE)}
      describe={(e: TimelineEvent) => describeEvent(e, context)}
      noteDraft={noteDraft}
      onAddNote={async (text) => {
        const r = await notes.add(text);
        return r.ok ? null : r.message;
      }}
      onRemoveNote={(id) => void notes.remove(id)}
    />
  );
}

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
  const [limit, setLimit] = useState(TIMELINE_PAGE);
  const first = useTimeline(ticket);
  const longer = useTimeline(limit > TIMELINE_PAGE ? ticket : null, { limit });
  // While a longer list is read, the last one stays on screen (not the first page).
  const [kept, setKept] = useState(longer.data);
  if (longer.data && longer.data !== kept) setKept(longer.data);
  const data = longer.data ?? kept ?? first.data;
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
      loadingMore={limit > TIMELINE_PAGE && !longer.data}
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

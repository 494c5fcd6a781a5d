import { useEffect } from 'react';
import { useDraft } from '@/lib/ui/draft';
import { describeEvent, useTimeline, useTimelineNotes } from '@/lib/ui/timeline';
import type { TimelineEvent } from '@/lib/model/timeline';
import type { SectionProps } from '../section';
import { Timeline } from './Timeline';
import '../../fields/fields.css';
import './timeline.css';

export function TimelineSection({ ticket }: SectionProps) {
  const { data } = useTimeline(ticket);
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

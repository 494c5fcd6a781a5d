import { describeEvent, useTimeline } from '@/lib/ui/timeline';
import type { SectionProps } from '../section';
import { Timeline } from './Timeline';
import './timeline.css';

export function TimelineSection({ ticket }: SectionProps) {
  const { data } = useTimeline(ticket);
  return <Timeline events={data?.events ?? []} describe={describeEvent} />;
}

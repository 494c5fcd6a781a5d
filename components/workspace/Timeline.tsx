import type { TimelineEvent } from '@/lib/model/timeline';
import { clockTime } from '@/lib/format/time';

export function Timeline({ events }: { events: readonly TimelineEvent[] }) {
  if (events.length === 0) return null;
  return (
    <section className="ws-section" aria-label="Timeline">
      <h2>Timeline</h2>
      <ol className="timeline">
        {[...events].reverse().map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <time dateTime={e.at}>{clockTime(e.at)}</time> {Object.values(e.facts).join(' → ')}
          </li>
        ))}
      </ol>
    </section>
  );
}

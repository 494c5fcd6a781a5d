import { t } from '@/lib/i18n';
import type { TimelineEvent } from '@/lib/model/timeline';
import { clockTime } from '@/lib/format/time';

/** The escalation's events, newest first, each already worded. */
export function Timeline({ events, describe }: { events: readonly TimelineEvent[]; describe: (event: TimelineEvent) => string }) {
  if (events.length === 0) return null;
  return (
    <section className="ws-section" aria-label={t('timelineLabel')}>
      <h2>{t('timelineLabel')}</h2>
      <ol className="timeline">
        {[...events].reverse().map((e) => (
          <li key={e.id} data-kind={e.kind}>
            <time dateTime={e.at}>{clockTime(e.at)}</time> {describe(e)}
          </li>
        ))}
      </ol>
    </section>
  );
}

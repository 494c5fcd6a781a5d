import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import { domainsOf, filterTimeline } from '@/lib/model/timeline-merge';
import { kindDomain, TIMELINE_NOTE_MAX, TIMELINE_PAGE, type TimelineDomain, type TimelineEvent } from '@/lib/model/timeline';
import { clockTime } from '@/lib/format/time';
import { useFirstRows } from '@/lib/ui/first-rows';
import { timelineDomainLabel } from '@/lib/ui/labels';
import { AddForm, type DraftProps } from '../../fields/AddForm';

export { TIMELINE_PAGE };

export interface TimelineProps {
  /** Every event, oldest first (merged: stored, desk messages, band changes). */
  events: readonly TimelineEvent[];
  /** Older events exist than those loaded (asked for with `onMore`). */
  more?: boolean;
  /** Older events are being read. */
  loadingMore?: boolean;
  onMore?: () => void;
  describe: (event: TimelineEvent) => string;
  noteDraft: DraftProps;
  onAddNote: (text: string) => Promise<string | null>;
  onRemoveNote: (id: string) => void;
}

/**
 * The one timeline, newest first: a filter by kind (the domains present), a manual note, and
 * the events. The filter applies as each box is ticked (a deliberate click or Space).
 */
export function Timeline({ events, more = false, loadingMore = false, onMore, describe, noteDraft, onAddNote, onRemoveNote }: TimelineProps) {
  const [hidden, setHidden] = useState<ReadonlySet<TimelineDomain>>(new Set());
  const [shown, setShown] = useState(TIMELINE_PAGE);
  const legend = useId();
  const domains = domainsOf(events);
  const visible = filterTimeline(events, hidden);
  const newestFirst = visible.slice(Math.max(0, visible.length - shown)).reverse();
  const drawn = useFirstRows(newestFirst, 'keel:timeline-complete');
  const toggle = (domain: TimelineDomain, on: boolean) => {
    const next = new Set(hidden);
    if (on) next.delete(domain);
    else next.add(domain);
    setHidden(next);
  };
  return (
    <section className="ws-section timeline-section" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t('timelineLabel')}</h2>
      <AddForm label={t('timelineNoteLabel')} button={t('timelineNoteAdd')} draft={noteDraft} onAdd={onAddNote} multiline maxLength={TIMELINE_NOTE_MAX} />
      {domains.length > 1 ? (
        <fieldset className="timeline-filter" aria-describedby={legend}>
          <legend id={legend}>{t('timelineFilter')}</legend>
          {domains.map((d) => (
            <label key={d} className="inline-check">
              <input type="checkbox" name="timeline-domain" value={d} checked={!hidden.has(d)} onChange={(e) => toggle(d, e.target.checked)} />
              {timelineDomainLabel(d)}
            </label>
          ))}
        </fieldset>
      ) : null}
      {newestFirst.length ? (
        <ol className="timeline" aria-label={t('timelineEvents')}>
          {drawn.map((e) => (
            <li key={e.id} data-kind={e.kind} data-domain={kindDomain(e.kind)}>
              <time dateTime={e.at}>{clockTime(e.at)}</time> <span className="timeline-text">{describe(e)}</span>
              {e.kind === 'timeline.note' ? (
                <button type="button" className="small link" aria-label={t('timelineNoteRemoveNamed', { time: clockTime(e.at) })} onClick={() => onRemoveNote(e.id)}>
                  {t('timelineNoteRemove')}
                </button>
              ) : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="muted">{events.length ? t('timelineNothingShown') : t('timelineEmpty')}</p>
      )}
      {visible.length > shown || more ? (
        <button
          type="button"
          className="small"
          disabled={loadingMore}
          onClick={() => {
            setShown(shown + TIMELINE_PAGE);
            // Not enough loaded for the next page: the older ones are read (the list grows when they are in).
            if (more && visible.length < shown + 2 * TIMELINE_PAGE) onMore?.();
          }}
        >
          {loadingMore ? t('loading') : visible.length - shown >= TIMELINE_PAGE || !more ? t.plural('timelineShowOlder', Math.min(TIMELINE_PAGE, visible.length - shown)) : t('timelineShowMore')}
        </button>
      ) : null}
    </section>
  );
}

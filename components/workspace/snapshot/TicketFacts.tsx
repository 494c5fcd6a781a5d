import { t } from '@/lib/i18n';
import type { CaseSnapshot } from '@/lib/model/snapshot';
import { slaLines } from '@/lib/format/sla';
import { age } from '@/lib/format/time';

/** What the desk says about the ticket, at a glance. */
export function TicketFacts({ snapshot, now }: { snapshot: CaseSnapshot; now: Date }) {
  const customerMessages = snapshot.messages.filter((m) => m.authorRole === 'customer').length;
  const internal = snapshot.messages.filter((m) => !m.public).length;
  const sla = slaLines(snapshot.sla, now);
  const r = snapshot.requester;
  const partial = new Set(snapshot.partial ?? []);
  const unknown = new Set(snapshot.unknown ?? []);
  const thread = {
    messages: t.plural('factsMessages', snapshot.messages.length),
    customer: t.plural('factsFromCustomer', customerMessages),
    opened: unknown.has('createdAt') ? t('factsOpenedUnknown') : t('factsOpened', { age: age(snapshot.createdAt, now) }),
  };
  return (
    <section className="ws-section facts" aria-label={t('factsLabel')}>
      <dl>
        <dt>{t('factsRequester')}</dt>
        <dd data-field="requester">
          {r ? (
            <>
              {r.name}
              {r.email ? <span className="muted"> &lt;{r.email}&gt;</span> : null}
              {r.organization ? <> · <b data-field="organization">{r.organization}</b></> : null}
            </>
          ) : (
            <span className="muted">{t('factsUnknown')}</span>
          )}
        </dd>
        <dt>{t('factsStatus')}</dt>
        <dd data-field="status">
          {unknown.has('status') ? <span className="muted">{t('factsUnknown')}</span> : snapshot.status}
          {snapshot.priority ? <> · {t('factsPriority')} <b data-field="priority">{snapshot.priority}</b></> : null}
          {snapshot.type ? <> · {snapshot.type}</> : null}
        </dd>
        <dt>{t('factsOwner')}</dt>
        <dd>
          {snapshot.assignee ?? <span className="muted">{t('factsUnassigned')}</span>}
          {snapshot.group ? <span className="muted"> · {snapshot.group}</span> : null}
        </dd>
        <dt>{t('factsThread')}</dt>
        <dd data-field="messages">
          {internal ? t('factsThreadInternal', { ...thread, internal: t.plural('factsInternal', internal) }) : t('factsThreadSummary', thread)}
          {partial.has('messages') ? (
            <div className="partial" data-partial="messages">
              {t.plural('factsPartialMessages', snapshot.messages.length)}
            </div>
          ) : null}
          {snapshot.shortened ? (
            <div className="partial" data-partial="text">
              {t('factsShortened')}
            </div>
          ) : null}
        </dd>
        {unknown.has('sla') && !sla.length ? (
          <>
            <dt>{t('factsSla')}</dt>
            <dd data-field="sla" className="muted">
              {t('factsSlaUnknown')}
            </dd>
          </>
        ) : null}
        {sla.length ? (
          <>
            <dt>{t('factsSla')}</dt>
            <dd data-field="sla">
              {sla.map((l) => (
                <div key={l.target.metric} data-sla={l.tone} className={l.tone === 'breached' ? 'urgent' : l.tone === 'soon' ? 'due-soon' : l.tone === 'closed' ? 'muted' : ''}>
                  {l.text}
                </div>
              ))}
            </dd>
          </>
        ) : null}
        {snapshot.reopenCount || snapshot.assigneeChanges.length || partial.has('history') ? (
          <>
            <dt>{t('factsHistory')}</dt>
            <dd data-field="history">
              {[snapshot.reopenCount ? t('factsReopened', { count: snapshot.reopenCount }) : '', snapshot.assigneeChanges.length ? t('factsReassigned', { count: snapshot.assigneeChanges.length }) : '']
                .filter(Boolean)
                .join(' · ')}
              {partial.has('history') ? (
                <div className="partial" data-partial="history">
                  {t('factsPartialHistory')}
                </div>
              ) : null}
            </dd>
          </>
        ) : null}
        {snapshot.tags.length ? (
          <>
            <dt>{t('factsTags')}</dt>
            <dd className="tags">{snapshot.tags.join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

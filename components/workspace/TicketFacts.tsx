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
  return (
    <section className="ws-section facts" aria-label="Ticket">
      <dl>
        <dt>Requester</dt>
        <dd data-field="requester">
          {r ? (
            <>
              {r.name}
              {r.email ? <span className="muted"> &lt;{r.email}&gt;</span> : null}
              {r.organization ? <> · <b data-field="organization">{r.organization}</b></> : null}
            </>
          ) : (
            <span className="muted">unknown</span>
          )}
        </dd>
        <dt>Status</dt>
        <dd data-field="status">
          {snapshot.status}
          {snapshot.priority ? <> · priority <b data-field="priority">{snapshot.priority}</b></> : null}
          {snapshot.type ? <> · {snapshot.type}</> : null}
        </dd>
        <dt>Owner</dt>
        <dd>
          {snapshot.assignee ?? <span className="muted">unassigned</span>}
          {snapshot.group ? <span className="muted"> · {snapshot.group}</span> : null}
        </dd>
        <dt>Thread</dt>
        <dd data-field="messages">
          {snapshot.messages.length} messages ({customerMessages} from the customer{internal ? `, ${internal} internal` : ''}) · {unknown.has('createdAt') ? 'opened: unknown' : `opened ${age(snapshot.createdAt, now)} ago`}
          {partial.has('messages') ? (
            <div className="partial" data-partial="messages">
              Longer than Keel reads: only the newest {snapshot.messages.length.toLocaleString('en')} messages were read and scored.
            </div>
          ) : null}
          {snapshot.shortened ? (
            <div className="partial" data-partial="text">
              Some messages were too long to keep whole: Keel shows and scores their start and end.
            </div>
          ) : null}
        </dd>
        {unknown.has('sla') && !sla.length ? (
          <>
            <dt>SLA</dt>
            <dd data-field="sla" className="muted">
              unknown (the desk's SLA answer could not be read)
            </dd>
          </>
        ) : null}
        {sla.length ? (
          <>
            <dt>SLA</dt>
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
            <dt>History</dt>
            <dd data-field="history">
              {[snapshot.reopenCount ? `reopened ${snapshot.reopenCount}×` : '', snapshot.assigneeChanges.length ? `reassigned ${snapshot.assigneeChanges.length}×` : ''].filter(Boolean).join(' · ')}
              {partial.has('history') ? (
                <div className="partial" data-partial="history">
                  Only part of the ticket's history was read: reopens, reassignments and priority changes may be more than shown.
                </div>
              ) : null}
            </dd>
          </>
        ) : null}
        {snapshot.tags.length ? (
          <>
            <dt>Tags</dt>
            <dd className="tags">{snapshot.tags.join(', ')}</dd>
          </>
        ) : null}
      </dl>
    </section>
  );
}

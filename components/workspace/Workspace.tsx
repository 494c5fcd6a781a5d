import { memo } from 'react';
import { t } from '@/lib/i18n';
import { deskListLabel } from '@/lib/ui/labels';
import { caseKey } from '@/lib/model/case-key';
import type { TabTicket } from '@/lib/messaging/protocol';
import type { WorkspaceSection } from './section';
import './workspace.css';

export interface WorkspaceProps {
  /** What the followed tab shows (null until the worker has said). */
  shown: TabTicket | null;
  error: string | null;
  sections: readonly WorkspaceSection[];
  now: Date;
}

/**
 * Each section, once wrapped in `memo`: a section renders again when its props change (another
 * ticket, the clock's tick) or its own data does, never because the panel around it rendered
 * again with the same ticket (its storage status arriving re-rendered all nineteen sections,
 * their 50 plan rows and 100 timeline rows, just after the panel first showed them).
 */
const memoized = new WeakMap<WorkspaceSection, WorkspaceSection>();
function memoOf(section: WorkspaceSection): WorkspaceSection {
  let kept = memoized.get(section);
  if (!kept) memoized.set(section, (kept = memo(section)));
  return kept;
}

/** The side panel's workspace for the ticket in the active tab: its sections, in order. */
export function Workspace({ shown, error, sections, now }: WorkspaceProps) {
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!shown) return <p className="muted">{t('loading')}</p>;
  const notice = shown.notice ? (
    <p className="notice" role="status">
      {shown.notice}
    </p>
  ) : null;
  const ticket = shown.ticket;
  if (!ticket) {
    return (
      <div className="ws-empty">
        {notice}
        <p>{t('workspaceEmpty', { desks: deskListLabel() })}</p>
      </div>
    );
  }
  const key = caseKey(ticket);
  // Keyed by the case: a section's own state (a draft, an open reason) never leaks to another ticket.
  return (
    <div className="workspace" data-case={key} key={key}>
      {notice}
      {sections.map(memoOf).map((Section, i) => (
        <Section key={i} ticket={ticket} tabId={shown.tabId} pageTitle={shown.pageTitle} now={now} />
      ))}
    </div>
  );
}

import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import type { Escalation } from '@/lib/model/escalation';
import { QUEUE_ORDERS, type LinkHeader, type QueueOrder } from '@/lib/lifecycle/queue';
import { queueOrderLabel } from '@/lib/ui/labels';
import { CommitSelect } from './controls/CommitSelect';
import { EscalationRow } from './EscalationRow';
import { VirtualList } from './VirtualList';
import './active-list.css';

export type QueueView = 'active' | 'history';
export type DeleteOutcome = { ok: true } | { ok: false; message: string };

export interface ActiveListProps {
  view: QueueView;
  onView: (view: QueueView) => void;
  /** The queue's order (null until known). */
  order: QueueOrder | null;
  onOrder: (order: QueueOrder) => void;
  /** Matching escalations (after the search) and all in this view. */
  total: number;
  all: number;
  /** The row at an index, when its page has arrived. */
  rowAt: (index: number) => Escalation | undefined;
  /** Headers of link groups, by group. */
  groups: Record<string, LinkHeader>;
  now: Date;
  query: string;
  onQuery: (query: string) => void;
  onRange: (first: number, last: number) => void;
  onOpen: (escalation: Escalation) => void;
  onDelete: (escalation: Escalation) => Promise<DeleteOutcome>;
  height: number;
}

export const ROW_HEIGHT = 76;

/**
 * The popup: the queue of active escalations in the order the user chose (linked escalations
 * together), or the history of resolved and closed ones, with one search. Arrow keys move between
 * rows (Home, End, Page Up/Down too), Enter opens the ticket, Delete asks to delete a history row.
 */
export function ActiveList({ view, onView, order, onOrder, total, all, rowAt, groups, now, query, onQuery, onRange, onOpen, onDelete, height }: ActiveListProps) {
  const ids = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const keepRef = useRef<HTMLButtonElement>(null);
  const [active, setActive] = useState(0);
  const [confirming, setConfirming] = useState<{ escalation: Escalation; index: number } | null>(null);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);

  const focusRow = useCallback(
    (index: number) => {
      const list = scrollRef.current;
      if (!list) return;
      const top = index * ROW_HEIGHT;
      if (top < list.scrollTop) list.scrollTop = top;
      else if (top + ROW_HEIGHT > list.scrollTop + height) list.scrollTop = top + ROW_HEIGHT - height;
      setActive(index);
      // The row may only be drawn after the list has scrolled: try for a few frames.
      let tries = 0;
      const attempt = () => {
        const button = list.querySelector<HTMLButtonElement>(`[data-index="${index}"] .esc-open`);
        if (button) button.focus();
        else if (tries++ < 12) requestAnimationFrame(attempt);
      };
      attempt();
    },
    [height],
  );

  useEffect(() => {
    if (confirming) keepRef.current?.focus();
  }, [confirming]);

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const item = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!item) return;
    const index = Number(item.dataset.index);
    const page = Math.max(1, Math.floor(height / ROW_HEIGHT) - 1);
    const to: Record<string, number> = { ArrowDown: index + 1, ArrowUp: index - 1, Home: 0, End: total - 1, PageDown: index + page, PageUp: index - page };
    if (event.key in to) {
      event.preventDefault();
      const next = to[event.key]!;
      if (next < 0) searchRef.current?.focus();
      else focusRow(Math.min(total - 1, next));
    } else if (event.key === 'Delete' && view === 'history') {
      const row = rowAt(index);
      if (row) {
        event.preventDefault();
        setConfirming({ escalation: row, index });
      }
    }
  };

  const closeConfirm = (refocus: number | null) => {
    setConfirming(null);
    if (refocus !== null && total > 0) focusRow(Math.min(refocus, total - 1));
    else searchRef.current?.focus();
  };

  const confirmDelete = async () => {
    if (!confirming) return;
    const { escalation, index } = confirming;
    const outcome = await onDelete(escalation);
    const ticket = `#${escalation.ticketNumber ?? escalation.ticketId}`;
    setStatus(outcome.ok ? { kind: 'ok', text: t('historyDeleted', { ticket }) } : { kind: 'error', text: outcome.message });
    // Focus lands where the row was: on the next one (the list closes up), or the search when none is left.
    closeConfirm(total - 1 > 0 ? index : null);
  };

  const emptyText = view === 'history' ? t('historyEmpty') : t('listEmpty');
  const countText = query.trim() ? t('listMatching', { total, all }) : view === 'history' ? t.plural('listHistory', all) : t.plural('listActive', all);

  return (
    <div className="active-list">
      <div className="queue-bar">
        <div className="queue-views" role="group" aria-label={t('queueViewsLabel')}>
          {(['active', 'history'] as const).map((v) => (
            <button key={v} type="button" className="small" aria-pressed={view === v} data-view={v} onClick={() => onView(v)}>
              {v === 'active' ? t('queueViewActive') : t('queueViewHistory')}
            </button>
          ))}
        </div>
        {view === 'active' && order ? (
          <label className="queue-order">
            {t('queueOrderLabel')}
            <CommitSelect value={order} options={QUEUE_ORDERS.map((o) => ({ value: o, label: queueOrderLabel(o) }))} onCommit={onOrder} />
          </label>
        ) : null}
      </div>
      <input
        ref={searchRef}
        className="search"
        type="search"
        placeholder={t('listSearchPlaceholder')}
        aria-label={t('listSearchLabel')}
        aria-describedby={`${ids}-keys`}
        value={query}
        onChange={(event) => onQuery(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && total > 0) {
            event.preventDefault();
            focusRow(0);
          }
        }}
        autoFocus
      />
      <div className="count">
        <span>{countText}</span> <span id={`${ids}-keys`}>{t('queueKeys')}</span>
      </div>
      {status ? (
        <p className={status.kind === 'ok' ? 'ok list-status' : 'error list-status'} role={status.kind === 'ok' ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
      {total === 0 ? (
        <p className="empty">{all === 0 ? emptyText : t('listNoMatch')}</p>
      ) : (
        <div onKeyDown={onListKey}>
          <VirtualList
            count={total}
            rowHeight={ROW_HEIGHT}
            height={height}
            label={view === 'history' ? t('listLabelHistory') : t('listLabel')}
            onRangeChange={onRange}
            scrollRef={scrollRef}
            rowKey={(i) => rowAt(i)?.id ?? `row-${i}`}
            renderRow={(i) => {
              const e = rowAt(i);
              if (!e) return <div className="esc-row esc-loading" aria-busy="true" />;
              const header = e.linkGroup ? (groups[e.linkGroup] ?? null) : null;
              const first = header !== null && rowAt(i - 1)?.linkGroup !== e.linkGroup;
              return (
                <div onFocus={() => setActive(i)} className="esc-slot">
                  <EscalationRow
                    tabbable={i === Math.min(active, total - 1)}
                    escalation={e}
                    now={now}
                    onOpen={onOpen}
                    header={first ? header : null}
                    linked={header !== null && !first}
                    {...(view === 'history' ? { onDelete: (row: Escalation) => setConfirming({ escalation: row, index: i }) } : {})}
                  />
                </div>
              );
            }}
          />
        </div>
      )}
      {confirming ? (
        <div className="confirm-backdrop">
          <div
            className="confirm"
            role="alertdialog"
            aria-modal="true"
            aria-labelledby={`${ids}-confirm`}
            onKeyDown={(event) => {
              if (event.key === 'Escape') {
                event.preventDefault();
                closeConfirm(confirming.index);
              } else if (event.key === 'Tab') {
                // Two buttons: keep the focus between them while the question is open.
                const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
                const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
                event.preventDefault();
                buttons[(at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
              }
            }}
          >
            <p id={`${ids}-confirm`}>
              {t('historyDeleteConfirm', { ticket: `#${confirming.escalation.ticketNumber ?? confirming.escalation.ticketId}`, title: confirming.escalation.title })}
            </p>
            <div className="row">
              <button type="button" className="danger" onClick={() => void confirmDelete()}>
                {t('historyDeleteYes')}
              </button>
              <button type="button" ref={keepRef} onClick={() => closeConfirm(confirming.index)}>
                {t('historyDeleteNo')}
              </button>
            </div>
          </div>
        </div>
      ) : null}
    </div>
  );
}

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import type { PromiseRecord } from '@/lib/model/promise';
import { isOutstanding } from '@/lib/promises';
import { clockTime, relative } from '@/lib/format/time';
import type { PromisePatch } from '@/lib/ui/promise';
import { SnoozeForm } from '../cadence/SnoozeForm';

export interface PromiseLedgerProps {
  promises: readonly PromiseRecord[];
  now: Date;
  /** Adds a blank promise to write into; resolves to its id. */
  onAdd: () => Promise<string | null>;
  /** Typed words (saved once typing rests). */
  onType: (id: string, quote: string) => void;
  onChange: (id: string, patch: PromisePatch) => Promise<boolean>;
  onSnooze: (id: string, minutes: number, reason: string) => Promise<boolean>;
}

/** An ISO time as a datetime-local value on this browser's clock. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

function stateLabel(p: PromiseRecord): string {
  if (p.state === 'broken') return p.answeredAt ? t('promiseStateBrokenAnswered') : t('promiseStateBroken');
  return p.state === 'kept' ? t('promiseStateKept') : p.state === 'closed' ? t('promiseStateClosed') : t('promiseStateOpen');
}

function sourceLabel(p: PromiseRecord): string {
  const time = clockTime(p.madeAt);
  return p.source === 'desk' ? t('promiseFromDesk', { time }) : p.source === 'update' ? t('promiseFromUpdate', { time }) : t('promiseByHand', { time });
}

function Row({ p, now, focus, onType, onChange, onSnooze }: { p: PromiseRecord; now: Date; focus: boolean } & Pick<PromiseLedgerProps, 'onType' | 'onChange' | 'onSnooze'>) {
  const [quote, setQuote] = useState(p.quote);
  const [due, setDue] = useState(toLocalInput(p.dueAt));
  const [form, setForm] = useState<'close' | 'snooze' | null>(null);
  const [note, setNote] = useState('');
  const input = useRef<HTMLTextAreaElement>(null);
  const after = useRef<HTMLButtonElement>(null);
  // The stored due time changed (saved from here, another panel, or read from new words): show it.
  const [shownDue, setShownDue] = useState(p.dueAt);
  if (shownDue !== p.dueAt) {
    setShownDue(p.dueAt);
    setDue(toLocalInput(p.dueAt));
  }
  useEffect(() => {
    if (focus) input.current?.focus();
  }, [focus]);
  const commitDue = () => {
    const iso = due ? new Date(due).toISOString() : null;
    if (iso !== p.dueAt && !(due && Number.isNaN(Date.parse(due)))) void onChange(p.id, { dueAt: iso });
  };
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.stopPropagation();
      setForm(null);
      after.current?.focus();
    }
  };
  const overdue = p.dueAt !== null && Date.parse(p.dueAt) <= now.getTime();
  return (
    <li data-promise={p.id} data-state={p.state}>
      <div className="promise-head">
        <span className={`promise-state promise-${p.state}`}>{stateLabel(p)}</span> <span className="muted">{sourceLabel(p)}</span>
      </div>
      <textarea
        ref={input}
        rows={2}
        aria-label={t('promiseWords')}
        placeholder={t('promiseWordsPlaceholder')}
        value={quote}
        maxLength={500}
        onChange={(e) => {
          setQuote(e.target.value);
          onType(p.id, e.target.value);
        }}
      />
      <label className="promise-due">
        {t('promiseDue')}
        <input
          type="datetime-local"
          data-due={p.id}
          value={due}
          onChange={(e) => setDue(e.target.value)}
          onBlur={commitDue}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commitDue();
          }}
        />
      </label>
      {p.dueAt ? <span className={overdue && isOutstanding(p) ? 'urgent' : 'muted'}> {relative(p.dueAt, now)}</span> : <span className="muted"> {t('promiseNoTime')}</span>}
      {p.snooze && Date.parse(p.snooze.until) > now.getTime() ? <p className="muted">{t('promiseSnoozed', { time: clockTime(p.snooze.until), reason: p.snooze.reason })}</p> : null}
      {form === 'close' ? (
        <form
          className="snooze-form"
          aria-label={t('promiseCloseLabel')}
          onKeyDown={escape}
          onSubmit={(e) => {
            e.preventDefault();
            void onChange(p.id, { closed: true, note: note.trim() || null }).then((ok) => ok && setForm(null));
          }}
        >
          <label>
            {t('promiseCloseNote')}
            <input autoFocus type="text" maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="row">
            <button type="submit" className="primary small">
              {t('promiseClose')}
            </button>
            <button type="button" className="small" onClick={() => setForm(null)}>
              {t('cadenceCancel')}
            </button>
          </div>
        </form>
      ) : form === 'snooze' ? (
        <SnoozeForm label={t('promiseSnoozeLabel')} onSnooze={(minutes, reason) => void onSnooze(p.id, minutes, reason).then((ok) => ok && (setForm(null), after.current?.focus()))} onCancel={() => setForm(null)} />
      ) : (
        <div className="cadence-actions">
          {p.state === 'closed' ? (
            <button type="button" className="small" ref={after} onClick={() => void onChange(p.id, { closed: false })}>
              {t('promiseReopen')}
            </button>
          ) : (
            <button type="button" className="small" ref={after} onClick={() => setForm('close')}>
              {t('promiseClose')}
            </button>
          )}
          {isOutstanding(p) && overdue ? (
            <button type="button" className="small" onClick={() => setForm('snooze')}>
              {t('cadenceSnooze')}
            </button>
          ) : null}
        </div>
      )}
    </li>
  );
}

/** What was promised, and whether it was kept: outstanding promises first, then the history. */
export function PromiseLedger({ promises, now, onAdd, onType, onChange, onSnooze }: PromiseLedgerProps) {
  const [focusId, setFocusId] = useState<string | null>(null);
  const outstanding = promises.filter((p) => isOutstanding(p) || (p.state === 'open' && p.quote.trim() === ''));
  const rest = promises.filter((p) => !outstanding.includes(p));
  outstanding.sort((a, b) => (a.dueAt ?? '9999').localeCompare(b.dueAt ?? '9999'));
  return (
    <section className="ws-section promises" aria-labelledby="promises-title">
      <h2 id="promises-title">{t('promiseLabel')}</h2>
      {outstanding.length === 0 ? <p className="muted">{t('promiseNone')}</p> : null}
      <ul className="promise-list">
        {outstanding.map((p) => (
          <Row key={p.id} p={p} now={now} focus={p.id === focusId} onType={onType} onChange={onChange} onSnooze={onSnooze} />
        ))}
      </ul>
      <button type="button" className="small" onClick={() => void onAdd().then((id) => setFocusId(id))}>
        {t('promiseAdd')}
      </button>
      {rest.length > 0 ? (
        <details className="promise-history">
          <summary>{t.plural('promiseHistory', rest.length)}</summary>
          <ul className="promise-list">
            {rest.map((p) => (
              <Row key={p.id} p={p} now={now} focus={false} onType={onType} onChange={onChange} onSnooze={onSnooze} />
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}

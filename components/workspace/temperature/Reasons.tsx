import { useState, type KeyboardEvent } from 'react';
import type { Reason } from '@/lib/model/temperature';
import type { SnapshotMessage } from '@/lib/model/snapshot';
import { clockTime } from '@/lib/format/time';
import { t } from '@/lib/i18n';

export interface ReasonsProps {
  reasons: readonly Reason[];
  /** The messages the reasons quote (found by their desk id). */
  quoted: readonly SnapshotMessage[];
  /** Ask the desk page to scroll to a message; resolves false when the page cannot. */
  onShowInPage: (message: { id: string; at: string }) => Promise<boolean>;
}

function Highlighted({ text, quote }: { text: string; quote: string | null }) {
  const at = quote ? text.indexOf(quote) : -1;
  if (!quote || at < 0) return <>{text}</>;
  return (
    <>
      {text.slice(0, at)}
      <mark>{quote}</mark>
      {text.slice(at + quote.length)}
    </>
  );
}

/** Why the customer is this hot: each reason with the customer's own words. */
export function Reasons({ reasons, quoted, onShowInPage }: ReasonsProps) {
  const [open, setOpen] = useState<string | null>(null);
  // The reason whose message the desk page could not scroll to (it is shown here instead).
  const [notOnPage, setNotOnPage] = useState<string | null>(null);
  if (reasons.length === 0) return <p className="muted">{t('tempNoReasons')}</p>;
  // Escape closes the open reason and puts the focus back on its button.
  const onKeyDown = (event: KeyboardEvent<HTMLOListElement>) => {
    if (event.key !== 'Escape' || open === null) return;
    event.stopPropagation();
    const button = event.currentTarget.querySelector<HTMLButtonElement>(`button.reason[data-reason="${open}"]`);
    setOpen(null);
    setNotOnPage(null);
    button?.focus();
  };
  return (
    <ol className="reasons" onKeyDown={onKeyDown}>
      {reasons.map((reason, i) => {
        const id = `${reason.code}-${i}`;
        const evidence = reason.evidence.find((e) => e.messageId !== null) ?? null;
        const message = evidence ? quoted.find((m) => m.id === evidence.messageId) : undefined;
        const quote = reason.evidence.find((e) => e.quote)?.quote ?? null;
        return (
          <li key={id} data-code={reason.code}>
            <button
              type="button"
              className="reason"
              data-reason={id}
              disabled={!message}
              aria-expanded={open === id}
              onClick={() => {
                setOpen(open === id ? null : id);
                setNotOnPage(null);
                if (message && open !== id) {
                  void onShowInPage({ id: message.id, at: message.at }).then(
                    (shown) => !shown && setNotOnPage(id),
                    () => setNotOnPage(id),
                  );
                }
              }}
            >
              <span className="reason-text">{reason.text}</span>
              <span className="reason-points">{reason.points > 0 ? `+${Math.round(reason.points)}` : Math.round(reason.points)}</span>
            </button>
            {quote && !reason.text.includes(quote) ? <q className="reason-quote">{quote}</q> : null}
            {open === id && notOnPage === id ? (
              <p className="muted reason-not-on-page" role="status">
                {t('tempNotOnPage')}
              </p>
            ) : null}
            {open === id && message ? (
              <blockquote className="reason-message" data-message={message.id}>
                <div className="muted">
                  {message.authorName} · {clockTime(message.at)}
                  {message.public ? '' : ` · ${t('tempInternal')}`}
                </div>
                <Highlighted text={message.text.length > 1500 ? `${message.text.slice(0, 1500)}…` : message.text} quote={quote} />
              </blockquote>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}

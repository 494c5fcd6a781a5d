import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';

export type ComposerOutcome = { ok: true; message: string } | { ok: false; message: string };

export interface SentItem {
  id: string;
  /** When, worded. */
  when: string;
  /** How it went out, worded. */
  how: string;
  text: string;
}

export interface UpdateComposerProps {
  /** The panel's id (the audience tabs control it) and the tab that labels it. */
  panelId: string;
  tabId: string;
  /** "Update to Customer (technical)". */
  label: string;
  /** What the update says now; null when its template cannot render. */
  text: string | null;
  /** Where the words come from, worded. */
  origin: string;
  /** The template's problems, worded with their positions. */
  problems: readonly string[];
  /** The heading over `changes` ("Changed since the update sent Fri 14 Mar, 10:02"), null when nothing was sent. */
  changesHeading: string | null;
  changes: readonly string[];
  contradictions: readonly string[];
  sent: readonly SentItem[];
  /** The exact plain text an internal note would carry, and where it goes. */
  notePreview: string;
  noteWhere: string;
  canUseTemplate: boolean;
  canDiscard: boolean;
  onText: (text: string) => void;
  onCopy: (channel: 'copy' | 'markdown') => Promise<ComposerOutcome>;
  onPost: () => Promise<ComposerOutcome>;
  onUseTemplate: () => void;
  onDiscard: () => void;
  onOpenOptions: () => void;
}

/**
 * The update to one audience: its words (saved as typed), what changed since the last one, where
 * audiences disagree, and sending it: copied (rich text with plain text, or Markdown) or posted as
 * an internal note after a preview and a click.
 */
export function UpdateComposer(props: UpdateComposerProps) {
  const { text, problems, changes, contradictions, sent } = props;
  const id = useId();
  const [preview, setPreview] = useState(false);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<ComposerOutcome | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const postRef = useRef<HTMLButtonElement>(null);
  const openPreviewRef = useRef<HTMLButtonElement>(null);
  /** Set when an action's result should take the focus once it shows. */
  const focusStatus = useRef(false);
  const empty = !text?.trim();

  useEffect(() => {
    if (preview) postRef.current?.focus();
  }, [preview]);
  useEffect(() => {
    if (focusStatus.current && status) {
      focusStatus.current = false;
      statusRef.current?.focus();
    }
  }, [status, preview]);

  const run = (action: () => Promise<ComposerOutcome>, after?: (ok: boolean) => void) => {
    if (busy) return;
    setBusy(true);
    void action().then((outcome) => {
      setBusy(false);
      setStatus(outcome);
      after?.(outcome.ok);
    });
  };

  const closePreview = () => {
    setPreview(false);
    requestAnimationFrame(() => openPreviewRef.current?.focus());
  };

  return (
    <div className="up-panel" role="tabpanel" id={props.panelId} aria-labelledby={props.tabId}>
      {problems.length ? (
        <div className="error up-problems" role="alert">
          <p>{t('updateTemplateBroken')}</p>
          <ul>
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <button type="button" className="small" onClick={props.onOpenOptions}>
            {t('updateOpenOptions')}
          </button>
        </div>
      ) : null}
      {contradictions.length ? (
        <div className="up-warnings" role="status">
          <h3>{t('updateContradictionsTitle')}</h3>
          <ul>
            {contradictions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {props.changesHeading ? (
        <div className="up-changes">
          <h3>{props.changesHeading}</h3>
          {changes.length ? (
            <ul>
              {changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : (
            <p className="muted">{t('updateNothingChanged')}</p>
          )}
        </div>
      ) : null}
      {preview ? (
        <div
          className="up-preview"
          role="group"
          aria-labelledby={`${id}-preview`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              closePreview();
            }
          }}
        >
          <h3 id={`${id}-preview`}>{t('updateNotePreview')}</h3>
          <p className="muted">{props.noteWhere}</p>
          <pre className="up-note-text">{props.notePreview}</pre>
          <div className="row">
            <button
              ref={postRef}
              type="button"
              className="primary"
              aria-busy={busy}
              onClick={() =>
                run(props.onPost, (ok) => {
                  if (ok) {
                    focusStatus.current = true;
                    setPreview(false);
                  }
                })
              }
            >
              {busy ? t('notePosting') : t('notePost')}
            </button>
            <button type="button" onClick={closePreview}>
              {t('updateBackToEditing')}
            </button>
          </div>
        </div>
      ) : (
        <>
          <label className="up-label" htmlFor={`${id}-text`}>
            {props.label}
          </label>
          <p className="muted up-origin" id={`${id}-origin`}>
            {props.origin}
          </p>
          <textarea id={`${id}-text`} className="up-text" rows={12} value={text ?? ''} aria-describedby={`${id}-origin`} onChange={(e) => props.onText(e.target.value)} />
          <div className="row up-actions">
            <button type="button" className="primary" aria-disabled={empty} aria-busy={busy} onClick={() => !empty && run(() => props.onCopy('copy'))}>
              {t('updateCopy')}
            </button>
            <button type="button" aria-disabled={empty} onClick={() => !empty && run(() => props.onCopy('markdown'))}>
              {t('updateCopyMarkdown')}
            </button>
            <button ref={openPreviewRef} type="button" aria-disabled={empty} onClick={() => !empty && (setStatus(null), setPreview(true))}>
              {t('updatePostAsNote')}
            </button>
          </div>
          {props.canUseTemplate || props.canDiscard ? (
            <div className="row up-actions">
              {props.canDiscard ? (
                <button type="button" className="small" onClick={props.onDiscard}>
                  {t('updateDiscard')}
                </button>
              ) : null}
              {props.canUseTemplate ? (
                <button type="button" className="small" onClick={props.onUseTemplate}>
                  {t('updateUseTemplate')}
                </button>
              ) : null}
            </div>
          ) : null}
        </>
      )}
      <p ref={statusRef} tabIndex={-1} className={status ? (status.ok ? 'ok up-status' : 'error up-status') : 'up-status'} role="status">
        {status?.message ?? ''}
      </p>
      {sent.length ? (
        <div className="up-history">
          <h3>{t('updateSentTitle')}</h3>
          <ol>
            {[...sent].reverse().map((s) => (
              <li key={s.id}>
                <details>
                  <summary>
                    {s.when} · {s.how}
                  </summary>
                  <pre>{s.text}</pre>
                </details>
              </li>
            ))}
          </ol>
        </div>
      ) : null}
    </div>
  );
}

import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Desk } from '@/lib/hosts/registry';
import { deskLabel, deskNoteLabel } from '@/lib/ui/labels';

export type NoteOutcome = { ok: true } | { ok: false; message: string };

/**
 * "Post as internal note": nothing is sent until the user has seen the exact text in a preview
 * and clicked Post.
 */
export function NoteComposer({ desk, ticketId, initialText = '', onPost, focusSignal = 0 }: { desk: Desk; ticketId: string; initialText?: string; onPost: (text: string) => Promise<NoteOutcome>; focusSignal?: number }) {
  const [text, setText] = useState(initialText);
  const box = useRef<HTMLTextAreaElement>(null);
  // Asked to take the focus (a clicked reminder): the text box, scrolled into view.
  useEffect(() => {
    if (focusSignal > 0) {
      box.current?.scrollIntoView({ block: 'center' });
      box.current?.focus();
    }
  }, [focusSignal]);
  const [preview, setPreview] = useState(false);
  // Preview and Edit replace the control used: the focus goes to what replaced it (Post, or the text).
  const postRef = useRef<HTMLButtonElement>(null);
  const moved = useRef(false);
  useEffect(() => {
    if (!moved.current) return;
    moved.current = false;
    (preview ? postRef.current : box.current)?.focus();
  }, [preview]);
  const showPreview = (next: boolean) => {
    moved.current = true;
    setPreview(next);
  };
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'posting' } | { kind: 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const trimmed = text.trim();
  return (
    <section className="ws-section note" aria-label={t('noteLabel')}>
      <h2>{t('noteLabel')}</h2>
      {preview ? (
        <div
          className="note-preview"
          onKeyDown={(e) => {
            // Escape closes the preview, back to the text (unless a post is on its way).
            if (e.key === 'Escape' && state.kind !== 'posting') {
              e.stopPropagation();
              showPreview(false);
            }
          }}
        >
          <p className="muted">{t('noteWillPost', { desk: deskLabel(desk), ticket: ticketId, where: deskNoteLabel(desk) })}</p>
          <pre className="note-text">{trimmed}</pre>
          <button
            type="button"
            className="primary"
            ref={postRef}
            aria-disabled={state.kind === 'posting' || undefined}
            onClick={() => {
              if (state.kind === 'posting') return;
              setState({ kind: 'posting' });
              void onPost(trimmed).then((r) => {
                if (r.ok) {
                  setState({ kind: 'done' });
                  setText('');
                  showPreview(false);
                } else setState({ kind: 'error', message: r.message });
              });
            }}
          >
            {state.kind === 'posting' ? t('notePosting') : t('notePost')}
          </button>{' '}
          <button type="button" onClick={() => showPreview(false)} disabled={state.kind === 'posting'}>
            {t('noteEdit')}
          </button>
        </div>
      ) : (
        <>
          <textarea ref={box} data-composer aria-label={t('noteTextLabel')} rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder={t('notePlaceholder')} />
          <button type="button" onClick={() => showPreview(true)} disabled={!trimmed}>
            {t('notePreview')}
          </button>
        </>
      )}
      {state.kind === 'done' ? (
        <p className="ok" role="status">
          {t('notePosted')}
        </p>
      ) : null}
      {state.kind === 'error' ? (
        <p className="error" role="alert">
          {state.message}
        </p>
      ) : null}
    </section>
  );
}

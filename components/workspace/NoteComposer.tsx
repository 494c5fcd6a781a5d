import { useState } from 'react';
import { DESK_REGISTRY, deskName, type Desk } from '@/lib/hosts/registry';

export type NoteOutcome = { ok: true } | { ok: false; message: string };

/**
 * "Post as internal note": nothing is sent until the user has seen the exact text in a preview
 * and clicked Post.
 */
export function NoteComposer({ desk, ticketId, initialText = '', onPost }: { desk: Desk; ticketId: string; initialText?: string; onPost: (text: string) => Promise<NoteOutcome> }) {
  const [text, setText] = useState(initialText);
  const [preview, setPreview] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'posting' } | { kind: 'done' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const trimmed = text.trim();
  return (
    <section className="ws-section note" aria-label="Internal note">
      <h2>Internal note</h2>
      {preview ? (
        <div className="note-preview">
          <p className="muted">
            Will be posted on {deskName(desk)} #{ticketId} as {DESK_REGISTRY[desk].note}, not visible to the customer:
          </p>
          <pre className="note-text">{trimmed}</pre>
          <button
            type="button"
            className="primary"
            disabled={state.kind === 'posting'}
            onClick={() => {
              setState({ kind: 'posting' });
              void onPost(trimmed).then((r) => {
                if (r.ok) {
                  setState({ kind: 'done' });
                  setText('');
                  setPreview(false);
                } else setState({ kind: 'error', message: r.message });
              });
            }}
          >
            {state.kind === 'posting' ? 'Posting…' : 'Post internal note'}
          </button>{' '}
          <button type="button" onClick={() => setPreview(false)} disabled={state.kind === 'posting'}>
            Edit
          </button>
        </div>
      ) : (
        <>
          <textarea aria-label="Note text" rows={4} value={text} onChange={(e) => setText(e.target.value)} placeholder="Write a note for the ticket's internal thread…" />
          <button type="button" onClick={() => setPreview(true)} disabled={!trimmed}>
            Preview
          </button>
        </>
      )}
      {state.kind === 'done' ? <p className="ok" role="status">Posted.</p> : null}
      {state.kind === 'error' ? (
        <p className="error" role="alert">
          Not posted: {state.message}
        </p>
      ) : null}
    </section>
  );
}

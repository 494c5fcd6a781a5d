import { useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { applyFinding, type CheckId, type ToneFinding, type ToneResult } from '@/lib/playbook';
import type { DeskDraftOutcome } from '@/lib/ui/reply';
import type { Outcome } from '@/lib/ui/prompt';
import { ToneCheck } from './ToneCheck';

export interface DraftProps {
  text: string;
  /** false until the saved draft has been read (the box is read-only until then). */
  loaded: boolean;
  error: string | null;
  /** The desk's name ("Zendesk"). */
  desk: string;
  tone: ToneResult;
  addition: (check: CheckId) => string;
  onChange: (text: string) => void;
  onPull: () => Promise<DeskDraftOutcome>;
  onCopy: (text: string) => Promise<Outcome>;
}

type Status = { ok: boolean; text: string } | null;

/** Keel's reply composer: saved as typed, checked as typed, filled from the desk's reply box on a click. */
export function Draft({ text, loaded, error, desk, tone, addition, onChange, onPull, onCopy }: DraftProps) {
  const box = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const [before, setBefore] = useState<string | null>(null);
  const [pulling, setPulling] = useState(false);

  const select = (start: number, end: number) => {
    const el = box.current;
    if (!el) return;
    el.focus();
    el.setSelectionRange(start, end);
  };
  const change = (next: string, selectFrom?: number, selectTo?: number) => {
    onChange(next);
    if (selectFrom !== undefined) requestAnimationFrame(() => select(selectFrom, selectTo ?? selectFrom));
  };
  const apply = (f: ToneFinding) => {
    const next = applyFinding(text, f);
    if (next !== text) change(next, f.start, f.start + (f.replacement ?? '').length);
  };
  const add = (sentence: string) => {
    const sep = text.trim() ? (/\n\s*$/.test(text) ? '' : '\n') : '';
    const next = `${text}${sep}${sentence}`;
    const at = next.indexOf(sentence, text.length);
    change(next, at, at + sentence.length);
  };
  const pull = () => {
    setPulling(true);
    void onPull().then((r) => {
      setPulling(false);
      if (!r.ok) return setStatus({ ok: false, text: t('draftPullFailed', { reason: r.message }) });
      if (!r.found) return setStatus({ ok: false, text: t('draftPullNothing', { desk }) });
      if (!r.text.trim()) return setStatus({ ok: false, text: t('draftPullEmpty', { desk }) });
      setBefore(text);
      change(r.text, 0, 0);
      setStatus({ ok: true, text: t('draftPulled', { desk }) });
    });
  };

  return (
    <section className="ws-section draft" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('draftLabel')}</h2>
      <label htmlFor={`${id}-text`}>{t('draftTextLabel')}</label>
      <textarea
        id={`${id}-text`}
        ref={box}
        rows={7}
        value={text}
        readOnly={!loaded}
        aria-busy={!loaded}
        placeholder={t('draftPlaceholder')}
        onChange={(e) => onChange(e.target.value)}
      />
      <div className="draft-actions">
        <button type="button" onClick={pull} disabled={pulling}>
          {pulling ? t('draftPulling') : t('draftPull', { desk })}
        </button>{' '}
        <button
          type="button"
          disabled={!text.trim()}
          onClick={() => void onCopy(text).then((r) => setStatus({ ok: r.ok, text: r.ok ? t('draftCopied') : t('promptCopyFailed', { reason: r.message }) }))}
        >
          {t('draftCopy')}
        </button>
        {before !== null ? (
          <>
            {' '}
            <button
              type="button"
              onClick={() => {
                change(before, before.length);
                setBefore(null);
                setStatus(null);
              }}
            >
              {t('draftUndoPull')}
            </button>
          </>
        ) : null}
      </div>
      {status ? (
        <p className={status.ok ? 'notice' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      <ToneCheck text={text} result={tone} addition={addition} onSelect={(f) => select(f.start, f.end)} onApply={apply} onAdd={add} />
    </section>
  );
}

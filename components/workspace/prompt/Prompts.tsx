import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Guidance } from '@/lib/messaging/protocol';
import type { Prompt, PromptAction, PromptState } from '@/lib/model/prompt';
import type { Outcome } from '@/lib/ui/prompt';
import { Constraints } from './Constraints';
import { PromptCard } from './PromptCard';
import { SetAside } from './SetAside';
import { Unanswered } from './Unanswered';

export interface PromptsProps {
  guidance: Guidance;
  now: Date;
  onSetState: (prompt: Prompt, state: PromptState) => Promise<Outcome>;
  onAction: (promptId: string, action: PromptAction) => Promise<Outcome>;
  onAddToReply: (text: string) => Promise<boolean>;
  onCopy: (text: string) => Promise<Outcome>;
  onShowInPage: (message: { id: string; at: string }) => Promise<boolean>;
}

/** What to say now: the notes' constraints, the prompts (open first), and the unanswered questions. */
export function Prompts({ guidance, now, onSetState, onAction, onAddToReply, onCopy, onShowInPage }: PromptsProps) {
  const open = guidance.prompts.filter((p) => p.state === 'open');
  const aside = guidance.prompts.filter((p) => p.state !== 'open');
  const [error, setError] = useState<string | null>(null);
  // After done / dismiss / show again, focus goes to what took the prompt's place.
  const [focusNext, setFocusNext] = useState<string | null>(null);
  const titles = useRef(new Map<string, HTMLElement>());
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (!focusNext) return;
    const target = titles.current.get(focusNext) ?? (focusNext === 'heading' ? heading.current : null);
    if (target) {
      target.focus();
      setFocusNext(null);
    }
  }, [focusNext, guidance]);

  const setState = (prompt: Prompt, state: PromptState) => {
    const i = open.findIndex((p) => p.id === prompt.id);
    const next = state === 'open' ? prompt.id : (open[i + 1] ?? open[i - 1])?.id;
    void onSetState(prompt, state).then((r) => {
      setError(r.ok ? null : t('promptFailed', { reason: r.message }));
      if (r.ok) setFocusNext(next ?? 'heading');
    });
  };

  return (
    <section className="ws-section prompts" aria-labelledby="prompts-title">
      <h2 id="prompts-title" tabIndex={-1} ref={heading}>
        {t('promptLabel')}
      </h2>
      <Constraints constraints={guidance.constraints} />
      {!guidance.read ? <p className="muted">{t('promptNotRead')}</p> : open.length === 0 && aside.length === 0 ? <p className="muted">{t('promptNone')}</p> : null}
      {guidance.read && guidance.prompts.length > 0 && !guidance.escalated ? <p className="muted">{t('promptEscalateToRecord')}</p> : null}
      {error ? (
        <p className="error" role="alert">
          {error}
        </p>
      ) : null}
      {open.length ? (
        <ol className="prompt-list">
          {open.map((p) => (
            <PromptCard
              key={`${p.id}|${p.fingerprint}`}
              prompt={p}
              now={now}
              canRecord={guidance.escalated}
              onSetState={setState}
              onAction={onAction}
              onAddToReply={onAddToReply}
              onCopy={onCopy}
              titleRef={(el) => (el ? titles.current.set(p.id, el) : titles.current.delete(p.id))}
            />
          ))}
        </ol>
      ) : null}
      <SetAside prompts={aside} onRestore={(p) => setState(p, 'open')} />
      {guidance.read ? <Unanswered questions={guidance.unanswered} onShowInPage={onShowInPage} /> : null}
    </section>
  );
}

import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import type { Prompt, PromptAction, PromptState } from '@/lib/model/prompt';
import { actionLabel, promptWhy, type Outcome } from '@/lib/ui/prompt';

export interface PromptCardProps {
  prompt: Prompt;
  now: Date;
  /** Done and dismissed can be recorded (the ticket is escalated). */
  canRecord: boolean;
  onSetState: (prompt: Prompt, state: PromptState) => void;
  onAction: (promptId: string, action: PromptAction) => Promise<Outcome>;
  onAddToReply: (text: string) => Promise<boolean>;
  onCopy: (text: string) => Promise<Outcome>;
  /** The title takes focus after an action elsewhere (set by the list). */
  titleRef?: (el: HTMLHeadingElement | null) => void;
}

/** One prompt: why it is shown (with the customer's words), what to say, what to do. */
export function PromptCard({ prompt, now, canRecord, onSetState, onAction, onAddToReply, onCopy, titleRef }: PromptCardProps) {
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const body = useId();
  const report = (ok: boolean, text: string) => setStatus({ ok, text });
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && open) {
      e.stopPropagation();
      setOpen(false);
      toggle.current?.focus();
    }
  };
  return (
    <li className="prompt" data-prompt={prompt.id} data-signal={prompt.signal} onKeyDown={onKeyDown}>
      <h3 className="prompt-title" tabIndex={-1} ref={titleRef}>
        {prompt.title}
      </h3>
      <p className="prompt-why">
        {promptWhy(prompt)}
        {prompt.quotes.length ? ': ' : ''}
        {prompt.quotes.map((q, i) => (
          <q key={`${q.messageId ?? ''}-${i}`} className="prompt-quote">
            {q.text}
          </q>
        ))}
      </p>
      <button type="button" className="small prompt-toggle" ref={toggle} aria-expanded={open} aria-controls={body} onClick={() => setOpen(!open)}>
        {t('promptShow')}
      </button>
      {open ? (
        <div className="prompt-body" id={body}>
          {prompt.advice ? <p className="prompt-advice">{prompt.advice}</p> : null}
          {prompt.say.length ? (
            <>
              <h4>{t('promptSayLabel')}</h4>
              <ul className="prompt-say">
                {prompt.say.map((phrase, i) => (
                  <li key={i}>
                    <p>{phrase}</p>
                    <button type="button" className="small" onClick={() => void onAddToReply(phrase).then((ok) => ok && report(true, t('promptAddedToReply')))}>
                      {t('promptUseInReply')}
                    </button>{' '}
                    <button
                      type="button"
                      className="small"
                      onClick={() => void onCopy(phrase).then((r) => report(r.ok, r.ok ? t('promptCopied') : t('promptCopyFailed', { reason: r.message })))}
                    >
                      {t('promptCopy')}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {prompt.actions.length ? (
            <>
              <h4>{t('promptDoLabel')}</h4>
              <ul className="prompt-do">
                {prompt.actions.map(({ action, available }, i) => {
                  const label = actionLabel(action, now);
                  return (
                    <li key={i} data-action={action.kind}>
                      {available && canRecord ? (
                        <button
                          type="button"
                          className="small"
                          onClick={() =>
                            void onAction(prompt.id, action).then((r) => report(r.ok, r.ok ? t('promptActionDone', { action: label }) : t('promptActionFailed', { reason: r.message })))
                          }
                        >
                          {label}
                        </button>
                      ) : (
                        <span className="muted">{available ? label : t('promptActionLater', { action: label })}</span>
                      )}
                    </li>
                  );
                })}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
      {status ? (
        <p className={status.ok ? 'ok' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
      {canRecord ? (
        <div className="prompt-record">
          <button type="button" className="small" onClick={() => onSetState(prompt, 'done')}>
            {t('promptDone')}
          </button>{' '}
          <button type="button" className="small" onClick={() => onSetState(prompt, 'dismissed')}>
            {t('promptDismiss')}
          </button>
        </div>
      ) : null}
    </li>
  );
}

import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { enteredCurrentState, type Escalation, type EscalationState } from '@/lib/model/escalation';
import { movesFrom, timeInState } from '@/lib/lifecycle/states';
import type { Concern } from '@/lib/lifecycle/guard';
import { clockTime, shortDuration } from '@/lib/format/time';
import { concernLabel, stateAbout, stateLabel } from '@/lib/ui/labels';
import type { MoveOutcome } from '@/lib/ui/escalation';

export interface StateControlProps {
  escalation: Escalation;
  now: Date;
  onMove: (request: { from: EscalationState; to: EscalationState; reason?: string; confirm?: Concern[] }) => Promise<MoveOutcome>;
  /** The reason being written for a move back (saved as typed). */
  reasonDraft: string;
  onReasonDraft: (text: string) => void;
}

type Phase = { kind: 'idle' } | { kind: 'moving' } | { kind: 'confirm'; to: EscalationState; concerns: Concern[] } | { kind: 'error'; message: string } | { kind: 'moved'; to: EscalationState };

/**
 * The escalation's state, how long it has been in it, and the moves it may make: forward ones at
 * once, backward ones with a reason; the resolve guard's concerns are asked about before the
 * move, and the user may go on anyway.
 */
export function StateControl({ escalation, now, onMove, reasonDraft, onReasonDraft }: StateControlProps) {
  const ids = useId();
  const moves = movesFrom(escalation.state);
  const [target, setTarget] = useState<EscalationState | ''>('');
  const [reason, setReason] = useState(reasonDraft);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const stateRef = useRef<HTMLSpanElement>(null);
  const guardRef = useRef<HTMLDivElement>(null);
  const reasonRef = useRef<HTMLTextAreaElement>(null);
  const move = moves.find((m) => m.to === target) ?? null;
  const backward = move?.kind === 'backward';
  const entered = enteredCurrentState(escalation);

  useEffect(() => {
    // Focus lands on the result of what the user did: the guard's question, or the new state.
    if (phase.kind === 'confirm') guardRef.current?.focus();
    if (phase.kind === 'moved') stateRef.current?.focus();
  }, [phase.kind]);

  const submit = async (confirm?: Concern[]) => {
    if (!move) return;
    if (move.kind === 'backward' && !reason.trim()) {
      setPhase({ kind: 'error', message: t('lifecycleReasonMissing') });
      reasonRef.current?.focus();
      return;
    }
    setPhase({ kind: 'moving' });
    const outcome = await onMove({ from: escalation.state, to: move.to, ...(move.kind === 'backward' ? { reason } : {}), ...(confirm ? { confirm } : {}) });
    if (outcome.kind === 'confirm') setPhase({ kind: 'confirm', to: move.to, concerns: outcome.concerns });
    else if (outcome.kind === 'failed') setPhase({ kind: 'error', message: outcome.message });
    else {
      setTarget('');
      if (move.kind === 'backward') {
        setReason('');
      }
      setPhase({ kind: 'moved', to: move.to });
    }
  };

  return (
    <div className="lc-state" data-state={escalation.state}>
      <div className="lc-now">
        <span className="lc-label" id={`${ids}-state`}>
          {t('lifecycleStateLabel')}
        </span>
        <span ref={stateRef} tabIndex={-1} className={`state state-${escalation.state}`} aria-labelledby={`${ids}-state ${ids}-value`} id={`${ids}-value`}>
          {stateLabel(escalation.state)}
        </span>
        <span className="muted" title={t('lifecycleEnteredAt', { time: clockTime(entered) })}>
          {t('lifecycleInState', { duration: shortDuration(timeInState(entered, now)) })}
        </span>
      </div>
      <p className="lc-about">{stateAbout(escalation.state)}</p>
      {moves.length > 0 ? (
        <div className="lc-move">
          <label>
            {t('lifecycleMoveLabel')}
            <select
              value={target}
              onChange={(e) => {
                setTarget(e.target.value as EscalationState | '');
                if (phase.kind !== 'moving') setPhase({ kind: 'idle' });
              }}
            >
              <option value="">{t('lifecycleMoveChoose')}</option>
              {moves.map((m) => (
                <option key={m.to} value={m.to}>
                  {m.kind === 'backward' ? t('lifecycleMoveBack', { state: stateLabel(m.to) }) : stateLabel(m.to)}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="primary" disabled={!move || phase.kind === 'moving' || phase.kind === 'confirm'} onClick={() => void submit()}>
            {t('lifecycleMove')}
          </button>
        </div>
      ) : null}
      {backward && move ? (
        <label className="lc-reason">
          {t('lifecycleReasonLabel', { state: stateLabel(move.to) })}
          <textarea
            ref={reasonRef}
            rows={2}
            value={reason}
            placeholder={t('lifecycleReasonPlaceholder')}
            aria-invalid={phase.kind === 'error' && !reason.trim() ? true : undefined}
            onChange={(e) => {
              setReason(e.target.value);
              onReasonDraft(e.target.value);
            }}
          />
        </label>
      ) : null}
      {phase.kind === 'confirm' ? (
        <div
          ref={guardRef}
          className="lc-guard"
          role="alertdialog"
          tabIndex={-1}
          aria-labelledby={`${ids}-guard`}
          aria-describedby={`${ids}-concerns`}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              setPhase({ kind: 'idle' });
            }
          }}
        >
          <p id={`${ids}-guard`}>{t('lifecycleGuardTitle', { state: stateLabel(phase.to) })}</p>
          <ul id={`${ids}-concerns`}>
            {phase.concerns.map((c) => (
              <li key={c.kind} data-concern={c.kind}>
                {concernLabel(c)}
              </li>
            ))}
          </ul>
          <button type="button" className="primary" onClick={() => void submit(phase.concerns)}>
            {t('lifecycleGuardConfirm', { state: stateLabel(phase.to) })}
          </button>{' '}
          <button type="button" onClick={() => setPhase({ kind: 'idle' })}>
            {t('lifecycleCancel')}
          </button>
        </div>
      ) : null}
      {phase.kind === 'error' ? (
        <p className="error" role="alert">
          {phase.message}
        </p>
      ) : null}
      {phase.kind === 'moved' ? (
        <p className="ok" role="status">
          {t('lifecycleMovedTo', { state: stateLabel(phase.to) })}
        </p>
      ) : null}
      {moves.length === 0 ? <p className="muted">{t('lifecycleNoMoves')}</p> : null}
    </div>
  );
}

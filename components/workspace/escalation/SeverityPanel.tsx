import { useEffect, useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Escalation, EscalationDrafts, SeverityBasis } from '@/lib/model/escalation';
import { severityFor } from '@/lib/lifecycle/severity';
import type { SeveritySuggestion } from '@/lib/lifecycle/suggest';
import { impactAbout, impactLabel, severityAbout, severityLabel, urgencyAbout, urgencyLevelLabel } from '@/lib/ui/labels';
import type { Outcome } from '@/lib/ui/escalation';
import { SeverityMatrix, type Cell } from './SeverityMatrix';

type SeverityDraft = NonNullable<EscalationDrafts['severity']>;

export interface SeverityPanelProps {
  escalation: Escalation;
  suggestion: SeveritySuggestion | null;
  /** Why the suggestion, in words. */
  because: string;
  /** Saved as typed (impact, urgency and justification not yet set). */
  onDraft: (draft: SeverityDraft) => void;
  onSet: (basis: SeverityBasis, justification: string) => Promise<Outcome>;
}

function startingCell(escalation: Escalation): Cell | null {
  const draft = escalation.drafts?.severity;
  if (draft?.impact && draft.urgency) return { impact: draft.impact, urgency: draft.urgency };
  return escalation.severityBasis ?? null;
}

/**
 * The escalation's severity: set from the matrix with a written justification. A new escalation
 * asks for it at once, with Keel's suggestion and why; a set one shows it, its basis and its
 * justification, and can be changed.
 */
export function SeverityPanel({ escalation, suggestion, because, onDraft, onSet }: SeverityPanelProps) {
  const ids = useId();
  const [editing, setEditing] = useState(escalation.severity === null || escalation.drafts?.severity !== undefined);
  const [cell, setCell] = useState<Cell | null>(() => startingCell(escalation));
  const [justification, setJustification] = useState(escalation.drafts?.severity?.justification ?? '');
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'saving' } | { kind: 'error'; message: string }>({ kind: 'idle' });
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const justificationRef = useRef<HTMLTextAreaElement>(null);
  const [justSet, setJustSet] = useState(false);

  useEffect(() => {
    if (justSet && !editing) summaryRef.current?.focus();
  }, [justSet, editing]);
  // Cancel (its button or Escape) goes back to the severity as set, the focus on it.
  const cancel = () => {
    setEditing(false);
    setState({ kind: 'idle' });
    setJustSet(true);
  };

  const draft = (next: { cell?: Cell | null; justification?: string }) => {
    const c = next.cell === undefined ? cell : next.cell;
    onDraft({ impact: c?.impact ?? null, urgency: c?.urgency ?? null, justification: next.justification ?? justification });
  };
  const choose = (c: Cell) => {
    setCell(c);
    draft({ cell: c });
  };
  const chosen = cell ? severityFor(cell.impact, cell.urgency) : null;

  if (!editing && escalation.severity) {
    const basis = escalation.severityBasis;
    return (
      <div className="sev-panel" data-severity={escalation.severity}>
        <p className="sev-current" ref={summaryRef} tabIndex={-1}>
          <span className="lc-label">{t('severityTitle')}</span> <b className={`sev-pill sev-${escalation.severity}`}>{severityLabel(escalation.severity)}</b>{' '}
          <span className="muted">{basis ? t('severityBasis', { impact: impactLabel(basis.impact), urgency: urgencyLevelLabel(basis.urgency) }) : t('severityNoBasis')}</span>{' '}
          <button type="button" className="small" onClick={() => setEditing(true)}>
            {t('severityChange')}
          </button>
        </p>
        <p className="lc-about">{severityAbout(escalation.severity)}</p>
        {escalation.severityJustification ? <blockquote className="sev-why">{escalation.severityJustification}</blockquote> : null}
      </div>
    );
  }

  return (
    <div
      className="sev-panel sev-editing"
      role="group"
      aria-labelledby={`${ids}-title`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && escalation.severity && state.kind !== 'saving') {
          e.stopPropagation();
          cancel();
        }
      }}
    >
      <p id={`${ids}-title`}>
        <span className="lc-label">{t('severityTitle')}</span> {t('severityAsk')}
      </p>
      {suggestion ? (
        <p className="sev-suggest" data-suggested={suggestion.severity}>
          {t('severitySuggested', { severity: severityLabel(suggestion.severity), impact: impactLabel(suggestion.impact), urgency: urgencyLevelLabel(suggestion.urgency), reasons: because })}{' '}
          <button type="button" className="small" onClick={() => choose({ impact: suggestion.impact, urgency: suggestion.urgency })}>
            {t('severityUseSuggestion')}
          </button>
        </p>
      ) : null}
      <SeverityMatrix value={cell} suggested={suggestion ? { impact: suggestion.impact, urgency: suggestion.urgency } : null} onChoose={choose} />
      <p className="lc-about" id={`${ids}-about`}>
        {cell && chosen ? `${severityAbout(chosen)} ${impactAbout(cell.impact)} ${urgencyAbout(cell.urgency)}` : t('severityPickCell')}
      </p>
      <label className="sev-justification">
        {t('severityJustificationLabel')}
        <textarea
          ref={justificationRef}
          rows={3}
          value={justification}
          placeholder={t('severityJustificationPlaceholder')}
          aria-invalid={state.kind === 'error' && !justification.trim() ? true : undefined}
          onChange={(e) => {
            setJustification(e.target.value);
            draft({ justification: e.target.value });
          }}
        />
      </label>
      <div className="row">
        <button
          type="button"
          className="primary"
          disabled={state.kind === 'saving'}
          aria-describedby={`${ids}-about`}
          onClick={() => {
            if (!cell) return setState({ kind: 'error', message: t('severityPickCell') });
            if (!justification.trim()) {
              justificationRef.current?.focus();
              return setState({ kind: 'error', message: t('severityJustificationRequired') });
            }
            setState({ kind: 'saving' });
            void onSet(cell, justification).then((r) => {
              if (!r.ok) return setState({ kind: 'error', message: r.message });
              setState({ kind: 'idle' });
              setJustification('');
              setEditing(false);
              setJustSet(true);
            });
          }}
        >
          {chosen ? t('severitySet', { severity: severityLabel(chosen) }) : t('severityTitle')}
        </button>
        {escalation.severity ? (
          <button type="button" onClick={cancel}>
            {t('lifecycleCancel')}
          </button>
        ) : null}
      </div>
      {state.kind === 'error' ? (
        <p className="error" role="alert">
          {state.message}
        </p>
      ) : null}
    </div>
  );
}

import { t, type MessageKey } from '@/lib/i18n';
import type { CheckId, ToneFinding, ToneKind, ToneResult } from '@/lib/playbook';

const KINDS: Record<ToneKind, MessageKey> = {
  constraint: 'toneKindConstraint',
  blame: 'toneKindBlame',
  dismissal: 'toneKindDismissal',
  hedge: 'toneKindHedge',
  jargon: 'toneKindJargon',
  blank: 'toneKindBlank',
};

const CHECKS: Record<CheckId, MessageKey> = {
  impact: 'toneCheckImpact',
  ownership: 'toneCheckOwnership',
  'next-step': 'toneCheckNextStep',
  'next-update': 'toneCheckNextUpdate',
};

export interface ToneCheckProps {
  text: string;
  result: ToneResult;
  /** The sentence to add for a missing part of a good update. */
  addition: (check: CheckId) => string;
  /** Select the words in the reply. */
  onSelect: (finding: ToneFinding) => void;
  /** Apply a finding's replacement (the user's click). */
  onApply: (finding: ToneFinding) => void;
  onAdd: (sentence: string) => void;
}

/** Findings at the words, each with its rewrite, and what a good update has. Changes nothing without a click. */
export function ToneCheck({ text, result, addition, onSelect, onApply, onAdd }: ToneCheckProps) {
  if (!text.trim()) return <p className="muted tone-empty">{t('toneEmpty')}</p>;
  const { findings, checks } = result;
  return (
    <section className="tone" aria-labelledby="tone-title">
      <h3 id="tone-title">
        {t('toneLabel')}: {findings.length ? t.plural('toneFindings', findings.length) : t('toneNoFindings')}
      </h3>
      {findings.length ? (
        <ol className="tone-findings">
          {findings.map((f) => (
            <li key={`${f.rule}-${f.start}`} data-kind={f.kind} data-rule={f.rule} data-start={f.start} data-end={f.end}>
              <button type="button" className="small link tone-words" onClick={() => onSelect(f)} aria-label={t('toneSelect', { text: f.text })}>
                <mark>{f.text}</mark>
              </button>{' '}
              <span className="tone-kind">{t(KINDS[f.kind])}</span>
              {f.replacement === null ? <span className="tone-advice"> — {f.suggestion}</span> : null}
              {f.replacement !== null ? (
                <>
                  {' '}
                  <button type="button" className="small" onClick={() => onApply(f)}>
                    {f.replacement === '' ? t('toneRemove', { text: f.text.trim() }) : t('toneReplace', { text: f.replacement })}
                  </button>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      ) : null}
      <h4>{t('toneChecksLabel')}</h4>
      <ul className="tone-checks">
        {checks.map((c) => (
          <li key={c.id} data-check={c.id} data-found={c.found !== null}>
            <span aria-hidden="true">{c.found ? '✓' : '○'}</span> {t(CHECKS[c.id])}:{' '}
            {c.found ? (
              <q>{text.slice(c.found.start, c.found.end)}</q>
            ) : (
              <>
                <span className="muted">{t('toneCheckMissing')}</span>{' '}
                <button type="button" className="small" aria-label={t('toneAddLabel', { check: t(CHECKS[c.id]) })} onClick={() => onAdd(addition(c.id))}>
                  {t('toneAdd')}
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

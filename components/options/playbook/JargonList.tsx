import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';
import { MAX_JARGON, type PlaybookDraft } from '@/lib/ui/playbook';
import { Field } from './RuleRow';

export interface JargonListProps {
  jargon: PlaybookDraft['jargon'];
  /** Problems of the whole draft, by path (`jargon.3.term`). */
  problems: Readonly<Record<string, string>>;
  onChange: (jargon: PlaybookDraft['jargon']) => void;
}

/**
 * The words the tone check flags as jargon or internal names, each with the plain words to use
 * instead. After an add, focus is on the new term; after a remove, on the next term (or the add
 * button when none is left).
 */
export function JargonList({ jargon, problems, onChange }: JargonListProps) {
  const list = useRef<HTMLUListElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  const focus = useRef<number | 'add' | null>(null);
  useEffect(() => {
    const target = focus.current;
    if (target === null) return;
    focus.current = null;
    if (target === 'add') add.current?.focus();
    else list.current?.querySelectorAll<HTMLInputElement>('[data-control="term"]')[target]?.focus();
  });
  const set = (i: number, patch: Partial<PlaybookDraft['jargon'][number]>) => onChange(jargon.map((j, k) => (k === i ? { ...j, ...patch } : j)));
  return (
    <fieldset className="playbook-jargon">
      <legend>{t('playbookJargonHeading')}</legend>
      <p className="muted">{t('playbookJargonHelp')}</p>
      <ul className="playbook-list" ref={list}>
        {jargon.map((entry, i) => (
          <li key={i} className="playbook-row playbook-jargon-row">
            <Field id={`playbook-jargon-${i}-term`} label={t('playbookJargonTerm')} problem={problems[`jargon.${i}.term`]}>
              {(p) => <input {...p} type="text" data-control="term" value={entry.term} maxLength={80} onChange={(e) => set(i, { term: e.target.value })} />}
            </Field>
            <Field id={`playbook-jargon-${i}-plain`} label={t('playbookJargonPlain')} problem={problems[`jargon.${i}.plain`]}>
              {(p) => <input {...p} type="text" value={entry.plain} maxLength={140} onChange={(e) => set(i, { plain: e.target.value })} />}
            </Field>
            <button
              type="button"
              aria-label={t('playbookJargonRemove', { term: entry.term.trim() || t('playbookJargonTerm') })}
              onClick={() => {
                onChange(jargon.filter((_, k) => k !== i));
                focus.current = jargon.length > 1 ? Math.min(i, jargon.length - 2) : 'add';
              }}
            >
              {t('recordRemove')}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        ref={add}
        disabled={jargon.length >= MAX_JARGON}
        onClick={() => {
          onChange([...jargon, { term: '', plain: '' }]);
          focus.current = jargon.length;
        }}
      >
        {t('playbookJargonAdd')}
      </button>
    </fieldset>
  );
}

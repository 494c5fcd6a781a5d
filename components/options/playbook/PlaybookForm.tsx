import { useEffect, useRef } from 'react';
import { ConfirmButton } from '@/components/fields/ConfirmButton';
import { t } from '@/lib/i18n';
import { MAX_RULES, newRule, type PlaybookDraft, type RuleDraft } from '@/lib/ui/playbook';
import { JargonList } from './JargonList';
import { RuleRow } from './RuleRow';

export interface PlaybookFormProps {
  draft: PlaybookDraft;
  problems: Readonly<Record<string, string>>;
  /** The user's own playbook is in force (not the shipped one). */
  custom: boolean;
  /** Why the last save failed (what was typed is kept). */
  saveError: string | null;
  onChange: (draft: PlaybookDraft) => void;
  onRestore: () => void;
}

/** Where focus goes after a row moved, was added or removed: a control of a rule (by id), or the add button. */
type FocusTarget = { rule: string; control: string } | 'add' | null;

/**
 * The playbook as a form: one fieldset per rule, in the order prompts show, each field checked as
 * it is typed (the problem beside the field). Moving, adding and removing a rule keeps the focus
 * on the result.
 */
export function PlaybookForm({ draft, problems, custom, saveError, onChange, onRestore }: PlaybookFormProps) {
  const list = useRef<HTMLOListElement>(null);
  const add = useRef<HTMLButtonElement>(null);
  // Set by an action, used once the rows it changed have rendered.
  const focus = useRef<FocusTarget>(null);
  const setFocus = (target: FocusTarget) => {
    focus.current = target;
  };
  useEffect(() => {
    const target = focus.current;
    if (!target) return;
    focus.current = null;
    if (target === 'add') add.current?.focus();
    else list.current?.querySelector<HTMLElement>(`[data-rule="${CSS.escape(target.rule)}"] [data-control="${target.control}"]`)?.focus();
  });

  const setRules = (rules: RuleDraft[]) => onChange({ ...draft, rules });
  const count = Object.keys(problems).length;
  return (
    <div className="playbook-form">
      <p className={count ? 'error' : 'muted'} data-state={count ? 'invalid' : 'saved'}>
        {count ? t.plural('playbookFormInvalid', count) : custom ? t('playbookCustom') : t('playbookShipped')}
      </p>
      {saveError ? (
        <p className="error" role="alert">
          {saveError}
        </p>
      ) : null}
      <ol className="playbook-rules" ref={list}>
        {draft.rules.map((rule, i) => (
          <RuleRow
            key={rule.id}
            rule={rule}
            index={i}
            count={draft.rules.length}
            problems={problems}
            onChange={(next) => setRules(draft.rules.map((r, k) => (k === i ? next : r)))}
            onMove={(by) => {
              const rules = [...draft.rules];
              const [moved] = rules.splice(i, 1);
              rules.splice(i + by, 0, moved!);
              setRules(rules);
              // At the top or bottom, the button pressed is disabled: focus its sibling.
              const end = i + by === 0 || i + by === rules.length - 1;
              setFocus({ rule: rule.id, control: end ? (by < 0 ? 'down' : 'up') : by < 0 ? 'up' : 'down' });
            }}
            onRemove={() => {
              const next = draft.rules[i + 1] ?? draft.rules[i - 1];
              setRules(draft.rules.filter((_, k) => k !== i));
              setFocus(next ? { rule: next.id, control: 'title' } : 'add');
            }}
          />
        ))}
      </ol>
      <div className="playbook-actions">
        <button
          type="button"
          ref={add}
          disabled={draft.rules.length >= MAX_RULES}
          onClick={() => {
            const rule = newRule(draft);
            setRules([...draft.rules, rule]);
            setFocus({ rule: rule.id, control: 'title' });
          }}
        >
          {t('playbookAddRule')}
        </button>{' '}
        {custom || count > 0 ? <ConfirmButton label={t('playbookUseShipped')} name={t('playbookUseShipped')} question={t('playbookRestoreQuestion')} onConfirm={onRestore} /> : null}
      </div>
      <JargonList jargon={draft.jargon} problems={problems} onChange={(jargon) => onChange({ ...draft, jargon })} />
    </div>
  );
}

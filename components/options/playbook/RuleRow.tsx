import type { ReactNode } from 'react';
import { CommitSelect } from '@/components/controls/CommitSelect';
import { t } from '@/lib/i18n';
import { AUDIENCES, type Audience } from '@/lib/model/audience';
import { PROMPT_ACTION_KINDS, SIGNALS, STAKEHOLDER_ROLES, type PromptActionKind, type Signal, type StakeholderRole } from '@/lib/model/playbook';
import { audienceLabel } from '@/lib/ui/labels';
import { actionKindLabel, MAX_ACTIONS, MAX_SAY, newAction, signalLabel, type ActionDraft, type RuleDraft } from '@/lib/ui/playbook';
import { roleLabel } from '@/lib/ui/prompt';

export interface RuleRowProps {
  rule: RuleDraft;
  index: number;
  count: number;
  /** Problems of the whole draft, by path (`rules.2.title`). */
  problems: Readonly<Record<string, string>>;
  onChange: (rule: RuleDraft) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}

const SIGNAL_OPTIONS = SIGNALS.map((s) => ({ value: s, label: signalLabel(s) }));
const KIND_OPTIONS = PROMPT_ACTION_KINDS.map((k) => ({ value: k, label: actionKindLabel(k) }));
const ROLE_OPTIONS = STAKEHOLDER_ROLES.map((r) => ({ value: r, label: roleLabel(r) }));
const AUDIENCE_OPTIONS = AUDIENCES.map((a) => ({ value: a, label: audienceLabel(a) }));

/** A labelled control with its problem: `aria-invalid` and the message tied to the control. */
export function Field({ id, label, problem, children }: { id: string; label: string; problem: string | undefined; children: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode }) {
  return (
    <div className="playbook-field">
      <label htmlFor={id}>{label}</label>
      {children({ id, ...(problem ? { 'aria-invalid': true, 'aria-describedby': `${id}-problem` } : {}) })}
      {problem ? (
        <p className="error playbook-problem" id={`${id}-problem`}>
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** One rule of the playbook: signal → prompt title, why, phrases to insert, one-click actions. */
export function RuleRow({ rule, index, count, problems, onChange, onMove, onRemove }: RuleRowProps) {
  const base = `playbook-rule-${index}`;
  const at = `rules.${index}`;
  const set = (patch: Partial<RuleDraft>) => onChange({ ...rule, ...patch });
  const setAction = (j: number, action: ActionDraft) => set({ actions: rule.actions.map((a, k) => (k === j ? action : a)) });
  const name = rule.title.trim() || signalLabel(rule.signal);
  return (
    <li className="playbook-rule" data-rule={rule.id} data-signal={rule.signal}>
      <fieldset>
        <legend>{t('playbookRuleLegend', { number: index + 1, title: name })}</legend>
        <div className="playbook-row">
          <Field id={`${base}-signal`} label={t('playbookSignalLabel')} problem={problems[`${at}.signal`]}>
            {(p) => <CommitSelect<Signal> {...p} data-control="signal" value={rule.signal} options={SIGNAL_OPTIONS} onCommit={(signal) => set({ signal })} />}
          </Field>
          <div className="playbook-field playbook-check">
            <input id={`${base}-enabled`} type="checkbox" data-control="enabled" checked={rule.enabled} onChange={(e) => set({ enabled: e.target.checked })} />
            <label htmlFor={`${base}-enabled`}>{t('playbookEnabledLabel')}</label>
          </div>
          <Field id={`${base}-minutes`} label={t('playbookMinutesLabel')} problem={problems[`${at}.minutes`]}>
            {(p) => <input {...p} type="text" inputMode="numeric" className="playbook-minutes" data-control="minutes" value={rule.minutes} onChange={(e) => set({ minutes: e.target.value })} />}
          </Field>
        </div>
        <Field id={`${base}-title`} label={t('playbookTitleLabel')} problem={problems[`${at}.title`]}>
          {(p) => <input {...p} type="text" className="playbook-wide" data-control="title" value={rule.title} onChange={(e) => set({ title: e.target.value })} />}
        </Field>
        <Field id={`${base}-advice`} label={t('playbookAdviceLabel')} problem={problems[`${at}.advice`]}>
          {(p) => <textarea {...p} className="playbook-wide" rows={2} data-control="advice" value={rule.advice} onChange={(e) => set({ advice: e.target.value })} />}
        </Field>

        <h4 className="playbook-subhead">{t('playbookSayHeading')}</h4>
        <ol className="playbook-list">
          {rule.say.map((phrase, j) => (
            <li key={j}>
              <Field id={`${base}-say-${j}`} label={t('playbookSayLabel', { number: j + 1 })} problem={problems[`${at}.say.${j}`]}>
                {(p) => <textarea {...p} className="playbook-wide" rows={2} data-control={`say-${j}`} value={phrase} onChange={(e) => set({ say: rule.say.map((s, k) => (k === j ? e.target.value : s)) })} />}
              </Field>
              <button type="button" className="small" onClick={() => set({ say: rule.say.filter((_, k) => k !== j) })}>
                {t('playbookSayRemove', { number: j + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="small" data-control="add-say" disabled={rule.say.length >= MAX_SAY} onClick={() => set({ say: [...rule.say, ''] })}>
          {t('playbookSayAdd')}
        </button>

        <h4 className="playbook-subhead">{t('playbookActionsHeading')}</h4>
        <ol className="playbook-list">
          {rule.actions.map((action, j) => (
            <li key={j} className="playbook-action" data-action={action.kind}>
              <div className="playbook-row">
                <Field id={`${base}-action-${j}-kind`} label={t('playbookActionKindLabel', { number: j + 1 })} problem={undefined}>
                  {(p) => <CommitSelect<PromptActionKind> {...p} value={action.kind} options={KIND_OPTIONS} onCommit={(kind) => setAction(j, newAction(kind))} />}
                </Field>
                {action.kind === 'addStakeholder' ? (
                  <Field id={`${base}-action-${j}-role`} label={t('playbookActionRoleLabel')} problem={undefined}>
                    {(p) => <CommitSelect<StakeholderRole> {...p} value={action.role} options={ROLE_OPTIONS} onCommit={(role) => setAction(j, { ...action, role })} />}
                  </Field>
                ) : null}
                {action.kind === 'setCadence' ? (
                  <>
                    <Field id={`${base}-action-${j}-audience`} label={t('playbookActionAudienceLabel')} problem={undefined}>
                      {(p) => <CommitSelect<Audience> {...p} value={action.audience} options={AUDIENCE_OPTIONS} onCommit={(audience) => setAction(j, { ...action, audience })} />}
                    </Field>
                    <Field id={`${base}-action-${j}-every`} label={t('playbookActionEveryLabel')} problem={problems[`${at}.actions.${j}.everyMinutes`]}>
                      {(p) => <input {...p} type="text" inputMode="numeric" className="playbook-minutes" value={action.everyMinutes} onChange={(e) => setAction(j, { ...action, everyMinutes: e.target.value })} />}
                    </Field>
                  </>
                ) : null}
                {action.kind === 'addPromise' ? (
                  <Field id={`${base}-action-${j}-in`} label={t('playbookActionInLabel')} problem={problems[`${at}.actions.${j}.inMinutes`]}>
                    {(p) => <input {...p} type="text" inputMode="numeric" className="playbook-minutes" value={action.inMinutes} onChange={(e) => setAction(j, { ...action, inMinutes: e.target.value })} />}
                  </Field>
                ) : null}
              </div>
              {action.kind === 'addPromise' ? (
                <Field id={`${base}-action-${j}-text`} label={t('playbookActionTextLabel')} problem={problems[`${at}.actions.${j}.text`]}>
                  {(p) => <input {...p} type="text" className="playbook-wide" value={action.text} onChange={(e) => setAction(j, { ...action, text: e.target.value })} />}
                </Field>
              ) : null}
              <button type="button" className="small" onClick={() => set({ actions: rule.actions.filter((_, k) => k !== j) })}>
                {t('playbookActionRemove', { number: j + 1 })}
              </button>
            </li>
          ))}
        </ol>
        <button type="button" className="small" data-control="add-action" disabled={rule.actions.length >= MAX_ACTIONS} onClick={() => set({ actions: [...rule.actions, newAction('addPromise')] })}>
          {t('playbookActionAdd')}
        </button>

        <div className="playbook-rule-tools" role="group" aria-label={t('playbookRuleTools', { title: name })}>
          <button type="button" className="small" data-control="up" disabled={index === 0} onClick={() => onMove(-1)}>
            {t('playbookMoveUp')}
          </button>{' '}
          <button type="button" className="small" data-control="down" disabled={index === count - 1} onClick={() => onMove(1)}>
            {t('playbookMoveDown')}
          </button>{' '}
          <button type="button" className="small" data-control="remove" onClick={onRemove}>
            {t('playbookRemoveRule')}
          </button>
        </div>
      </fieldset>
    </li>
  );
}

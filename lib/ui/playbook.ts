/**
 * The playbook in Options: the one in force (the user's, else the shipped one worded in the
 * user's language), the form's draft (one row per rule, numbers as typed), the words for each
 * field's problem, and the draft kept in `storage.local` as it is typed (under `playbookEditing`,
 * apart from the settings) while a field is wrong, so closing the page loses nothing. A draft
 * with no problem is the playbook: the section saves it through the worker as it is typed.
 */
import { useCallback, useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../i18n';
import { AUDIENCES, type Audience } from '../model/audience';
import {
  PLAYBOOK_FILLS,
  PLAYBOOK_FORMAT,
  PlaybookSchema,
  SIGNALS,
  templateProblems,
  type Playbook,
  type PlaybookRule,
  type PromptActionKind,
  type Signal,
  type StakeholderRole,
} from '../model/playbook';
import type { Settings } from '../model/settings';
import { defaultPlaybook } from '../playbook';
import type { TeamFileChange, TeamFileProblem } from '../playbook/file';
import { audienceLabel } from './labels';
import { describeProblem, templateSource } from './templates';

const EDITING_KEY = 'playbookEditing';

/** The shipped playbook, in the user's language. */
export const shippedPlaybook = (): Playbook => defaultPlaybook((key) => t(key as MessageKey));

/** The playbook in force for `stored` (the settings' `playbook`). */
export const playbookInForce = (stored: Playbook | undefined): Playbook => stored ?? shippedPlaybook();

/** Every audience's template in use (the user's, else the shipped one). */
export function templatesInUse(settings: Settings): Record<Audience, string> {
  return Object.fromEntries(AUDIENCES.map((a) => [a, templateSource(settings, a)])) as Record<Audience, string>;
}

// ---- The form's draft -------------------------------------------------------------------------

/** A one-click action as the form holds it: minutes as typed. */
export type ActionDraft =
  | { kind: 'addStakeholder'; role: StakeholderRole }
  | { kind: 'setCadence'; audience: Audience; everyMinutes: string }
  | { kind: 'addPromise'; text: string; inMinutes: string };

export interface RuleDraft {
  id: string;
  signal: Signal;
  enabled: boolean;
  title: string;
  advice: string;
  say: string[];
  actions: ActionDraft[];
  minutes: string;
}

export interface PlaybookDraft {
  rules: RuleDraft[];
  jargon: Playbook['jargon'];
}

export const MAX_RULES = 50;
/** As many jargon entries as the playbook's schema takes. */
export const MAX_JARGON = 500;
const TERM_MAX = 60;
const PLAIN_MAX = 120;
export const MAX_SAY = 10;
export const MAX_ACTIONS = 5;
export const MINUTES_MIN = 5;
export const MINUTES_MAX = 60 * 24 * 30;
const TITLE_MAX = 200;
const ADVICE_MAX = 1000;
const SAY_MAX = 2000;
const PROMISE_MAX = 300;

export function toDraft(playbook: Playbook): PlaybookDraft {
  return {
    rules: playbook.rules.map((r) => ({
      ...r,
      say: [...r.say],
      minutes: String(r.minutes),
      actions: r.actions.map((a): ActionDraft => {
        if (a.kind === 'setCadence') return { ...a, everyMinutes: String(a.everyMinutes) };
        if (a.kind === 'addPromise') return { ...a, inMinutes: String(a.inMinutes) };
        return { ...a };
      }),
    })),
    jargon: playbook.jargon.map((j) => ({ ...j })),
  };
}

const minutesOf = (text: string): number => (/^\s*\d+\s*$/.test(text) ? Number(text) : NaN);

/** The draft as a playbook, or null while a field is wrong. */
export function fromDraft(draft: PlaybookDraft): Playbook | null {
  if (Object.keys(draftProblems(draft)).length > 0) return null;
  const value = {
    format: PLAYBOOK_FORMAT,
    version: 1,
    rules: draft.rules.map((r) => ({
      ...r,
      minutes: minutesOf(r.minutes),
      actions: r.actions.map((a) => {
        if (a.kind === 'setCadence') return { ...a, everyMinutes: minutesOf(a.everyMinutes) };
        if (a.kind === 'addPromise') return { ...a, inMinutes: minutesOf(a.inMinutes) };
        return a;
      }),
    })),
    jargon: draft.jargon.map((j) => ({ term: j.term.trim(), plain: j.plain.trim() })),
  };
  const parsed = PlaybookSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** A new rule's id: the signal's name, numbered when taken. */
export function newRuleId(draft: PlaybookDraft, signal: Signal): string {
  const taken = new Set(draft.rules.map((r) => r.id));
  if (!taken.has(signal)) return signal;
  for (let n = 2; ; n++) if (!taken.has(`${signal}-${n}`)) return `${signal}-${n}`;
}

export function newRule(draft: PlaybookDraft): RuleDraft {
  const signal: Signal = 'update-chase';
  return { id: newRuleId(draft, signal), signal, enabled: true, title: '', advice: '', say: [], actions: [], minutes: '60' };
}

export function newAction(kind: PromptActionKind): ActionDraft {
  if (kind === 'addStakeholder') return { kind, role: 'account-owner' };
  if (kind === 'setCadence') return { kind, audience: 'customer-technical', everyMinutes: '60' };
  return { kind, text: '', inMinutes: '60' };
}

function textProblem(text: string, max: number, required: boolean): string | null {
  if (required && text.trim() === '') return t('playbookErrorRequired');
  if (text.length > max) return t('playbookErrorTooLong', { max });
  const [problem] = templateProblems(text);
  if (!problem) return null;
  if (problem.kind === 'unclosed') return t('playbookErrorUnclosed', { at: problem.at + 1 });
  return t('playbookErrorUnknownFill', { at: problem.at + 1, name: problem.name, known: PLAYBOOK_FILLS.map((f) => `{{${f}}}`).join(', ') });
}

function minutesProblem(text: string): string | null {
  const n = minutesOf(text);
  return Number.isInteger(n) && n >= MINUTES_MIN && n <= MINUTES_MAX ? null : t('playbookErrorMinutes', { max: MINUTES_MAX, min: MINUTES_MIN });
}

/**
 * Every wrong field of the draft, by its path (`rules.2.say.0`, `rules.1.actions.0.inMinutes`),
 * with the words that say what is wrong. Empty: the draft is a playbook.
 */
export function draftProblems(draft: PlaybookDraft): Record<string, string> {
  const problems: Record<string, string> = {};
  const note = (path: string, problem: string | null) => {
    if (problem) problems[path] = problem;
  };
  draft.rules.forEach((rule, i) => {
    const at = `rules.${i}`;
    if (!(SIGNALS as readonly string[]).includes(rule.signal)) note(`${at}.signal`, t('playbookErrorRequired'));
    note(`${at}.title`, textProblem(rule.title, TITLE_MAX, true));
    note(`${at}.advice`, textProblem(rule.advice, ADVICE_MAX, false));
    rule.say.forEach((phrase, j) => note(`${at}.say.${j}`, textProblem(phrase, SAY_MAX, true)));
    rule.actions.forEach((action, j) => {
      if (action.kind === 'setCadence') note(`${at}.actions.${j}.everyMinutes`, minutesProblem(action.everyMinutes));
      if (action.kind === 'addPromise') {
        note(`${at}.actions.${j}.text`, textProblem(action.text, PROMISE_MAX, true));
        note(`${at}.actions.${j}.inMinutes`, minutesProblem(action.inMinutes));
      }
    });
    note(`${at}.minutes`, minutesProblem(rule.minutes));
  });
  const seen = new Set<string>();
  draft.jargon.forEach((entry, i) => {
    const term = entry.term.trim();
    if (term === '') note(`jargon.${i}.term`, t('playbookErrorRequired'));
    else if (term.length > TERM_MAX) note(`jargon.${i}.term`, t('playbookErrorTooLong', { max: TERM_MAX }));
    else if (seen.has(term.toLowerCase())) note(`jargon.${i}.term`, t('playbookErrorJargonTwice'));
    seen.add(term.toLowerCase());
    if (entry.plain.trim().length > PLAIN_MAX) note(`jargon.${i}.plain`, t('playbookErrorTooLong', { max: PLAIN_MAX }));
  });
  return problems;
}

// ---- Words -------------------------------------------------------------------------------------

const SIGNAL_LABELS: Record<Signal, MessageKey> = {
  'legal-threat': 'playbookSignalLegal',
  'churn-threat': 'playbookSignalChurn',
  'public-exposure': 'playbookSignalPublic',
  'manager-request': 'playbookSignalManager',
  'broken-promise': 'playbookSignalBroken',
  'sla-risk': 'playbookSignalSla',
  'agent-silent': 'playbookSignalSilent',
  'update-chase': 'playbookSignalChase',
  recurrence: 'playbookSignalRecurrence',
};
export const signalLabel = (signal: Signal): string => t(SIGNAL_LABELS[signal]);

const ACTION_LABELS: Record<PromptActionKind, MessageKey> = {
  addStakeholder: 'playbookActionStakeholder',
  setCadence: 'playbookActionCadence',
  addPromise: 'playbookActionPromise',
};
export const actionKindLabel = (kind: PromptActionKind): string => t(ACTION_LABELS[kind]);

const FIELD_LABELS: Record<Exclude<keyof PlaybookRule, 'id'>, MessageKey> = {
  signal: 'playbookSignalLabel',
  enabled: 'playbookEnabledLabel',
  title: 'playbookTitleLabel',
  advice: 'playbookAdviceLabel',
  say: 'playbookSayHeading',
  actions: 'playbookActionsHeading',
  minutes: 'playbookMinutesLabel',
};

/** An import's change, in a sentence. */
export function describeChange(change: TeamFileChange): string {
  switch (change.kind) {
    case 'rule-added':
      return t('playbookChangeAdded', { title: change.title });
    case 'rule-removed':
      return t('playbookChangeRemoved', { title: change.title });
    case 'rule-changed':
      return t('playbookChangeChanged', { fields: change.fields.map((f) => t(FIELD_LABELS[f as keyof typeof FIELD_LABELS])).join(', '), title: change.title });
    case 'rules-reordered':
      return t('playbookChangeReordered');
    case 'jargon':
      return t('playbookChangeJargon', { added: change.added, removed: change.removed });
    case 'template':
      return t('playbookChangeTemplate', { audience: audienceLabel(change.audience) });
  }
}

/** A file problem, in a sentence that names what is wrong. */
export function describeFileProblem(problem: TeamFileProblem): string {
  switch (problem.kind) {
    case 'too-large':
      return t('playbookFileTooLarge', { max: Math.round(problem.max / 1024), size: Math.ceil(problem.bytes / 1024) });
    case 'not-json':
      return t('playbookFileNotJson', { detail: problem.detail });
    case 'wrong-kind':
      return t('playbookFileWrongKind', { found: problem.found });
    case 'wrong-version':
      return t('playbookFileWrongVersion', { found: problem.found });
    case 'field':
      return t('playbookFileField', { detail: problem.detail, path: problem.path });
    case 'template':
      return t('playbookFileTemplate', { audience: audienceLabel(problem.audience), problem: describeProblem(problem.problem) });
  }
}

// ---- The draft kept while a field is wrong -----------------------------------------------------

function readDraft(value: unknown): PlaybookDraft | null {
  if (typeof value !== 'string') return null;
  try {
    const parsed = JSON.parse(value) as unknown;
    if (parsed && typeof parsed === 'object' && Array.isArray((parsed as PlaybookDraft).rules) && Array.isArray((parsed as PlaybookDraft).jargon)) return parsed as PlaybookDraft;
  } catch {
    // An older editor's text (the JSON textarea): not a draft of this form.
  }
  return null;
}

export interface PlaybookEditing {
  /** The kept draft (null: none; the form shows the playbook in force). Undefined until read. */
  draft: PlaybookDraft | null | undefined;
  setDraft(draft: PlaybookDraft | null): void;
}

export function usePlaybookEditing(): PlaybookEditing {
  const [draft, setLocal] = useState<PlaybookDraft | null | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void browser.storage.local.get(EDITING_KEY).then(
      (items) => live && setLocal(readDraft(items[EDITING_KEY])),
      () => live && setLocal(null),
    );
    return () => {
      live = false;
    };
  }, []);
  const setDraft = useCallback((next: PlaybookDraft | null) => {
    setLocal(next);
    void (next === null ? browser.storage.local.remove(EDITING_KEY) : browser.storage.local.set({ [EDITING_KEY]: JSON.stringify(next) }));
  }, []);
  return { draft, setDraft };
}

import { useCallback, useMemo, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { AUDIENCES } from '@/lib/model/audience';
import { PlaybookSchema, type Playbook } from '@/lib/model/playbook';
import type { Settings } from '@/lib/model/settings';
import { readTeamFile, teamFileChanges, teamFileText, TEAM_FILE_MAX_BYTES, type TeamFile as TeamFileData } from '@/lib/playbook/file';
import { describeChange, describeFileProblem, draftProblems, fromDraft, playbookInForce, shippedPlaybook, templatesInUse, toDraft, usePlaybookEditing, type PlaybookDraft } from '@/lib/ui/playbook';
import { useSettings } from '@/lib/ui/settings';
import { defaultTemplate, withTemplate } from '@/lib/ui/templates';
import { TYPED_SAVE_DELAY_MS } from '@/lib/ui/typed-save';
import { useFlushOnLeave } from '@/lib/ui/debounced';
import { PlaybookForm } from './PlaybookForm';
import { TeamFile, type ImportReview } from './TeamFile';
import './playbook.css';

/** Options: the de-escalation playbook as a form saved as typed, and the team file (export, import). */
export function PlaybookOptions() {
  const { settings, error, update } = useSettings();
  const editing = usePlaybookEditing();
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!settings || editing.draft === undefined) return <p className="muted">{t('loading')}</p>;
  return (
    <section className="ws-section playbook-options" aria-label={t('playbookLabel')}>
      <h2>{t('playbookLabel')}</h2>
      <p className="muted">{t('playbookHelp')}</p>
      <PlaybookBinding settings={settings} kept={editing.draft} keep={editing.setDraft} update={update} />
    </section>
  );
}

type Update = ReturnType<typeof useSettings>['update'];

/** The settings with a file's templates: one equal to the shipped template is no template of one's own. */
function withFileTemplates(settings: Settings, file: TeamFileData): Settings {
  let next = settings;
  for (const audience of AUDIENCES) {
    const source = file.templates[audience];
    if (source !== undefined) next = withTemplate(next, audience, source === defaultTemplate(audience) ? undefined : source);
  }
  return next;
}

/** Two playbooks with the same content, whatever the order of their keys. */
const sameFile = (a: Playbook, b: Playbook) => JSON.stringify(PlaybookSchema.parse(a)) === JSON.stringify(PlaybookSchema.parse(b));

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

function PlaybookBinding({ settings, kept, keep, update }: { settings: Settings; kept: PlaybookDraft | null; keep: (draft: PlaybookDraft | null) => void; update: Update }) {
  const [draft, setDraft] = useState<PlaybookDraft>(() => kept ?? toDraft(playbookInForce(settings.playbook)));
  const [saveError, setSaveError] = useState<string | null>(null);
  const [review, setReview] = useState<(ImportReview & { file: TeamFileData }) | null>(null);
  const [status, setStatus] = useState<{ ok: boolean; text: string } | null>(null);
  const problems = useMemo(() => draftProblems(draft), [draft]);

  // Saved as typed: a valid draft is written through the worker after a pause, and at once when the page goes away.
  const pending = useRef<Playbook | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const flush = useCallback(async () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const playbook = pending.current;
    pending.current = null;
    if (!playbook) return;
    try {
      // The shipped playbook typed back exactly is no playbook of one's own.
      const shipped = sameFile(playbook, shippedPlaybook());
      await update(({ playbook: _previous, ...rest }) => (shipped ? rest : { ...rest, playbook }));
      setSaveError(null);
    } catch (e) {
      setSaveError(reason(e));
    }
  }, [update]);
  useFlushOnLeave(flush);

  const change = (next: PlaybookDraft) => {
    setDraft(next);
    const playbook = fromDraft(next);
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (playbook) {
      pending.current = playbook;
      keep(null);
      timer.current = setTimeout(() => void flush(), TYPED_SAVE_DELAY_MS);
    } else {
      // Not a playbook yet: kept as typed (it survives closing the page) and not put in force.
      pending.current = null;
      keep(next);
    }
  };

  const restore = () => {
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    keep(null);
    void update(({ playbook: _dropped, ...rest }) => rest).then(
      () => {
        setDraft(toDraft(shippedPlaybook()));
        setStatus({ ok: true, text: t('playbookReset') });
      },
      (e: unknown) => setStatus({ ok: false, text: reason(e) }),
    );
  };

  const choose = (file: File) => {
    setReview(null);
    setStatus(null);
    const refuse = (problems: string) => setStatus({ ok: false, text: t('playbookFileRefused', { name: file.name, problems }) });
    if (file.size > TEAM_FILE_MAX_BYTES) {
      refuse(describeFileProblem({ kind: 'too-large', bytes: file.size, max: TEAM_FILE_MAX_BYTES }));
      return;
    }
    void file.text().then(
      (text) => {
        const read = readTeamFile(text, file.size);
        if (!read.ok) {
          refuse(read.problems.map(describeFileProblem).join('; '));
          return;
        }
        const changes = teamFileChanges({ playbook: playbookInForce(settings.playbook), templates: templatesInUse(settings) }, read.file).map(describeChange);
        setReview({ name: file.name, changes, file: read.file });
      },
      (e: unknown) => setStatus({ ok: false, text: t('playbookFileUnreadable', { name: file.name, reason: reason(e) }) }),
    );
  };

  const confirm = () => {
    if (!review) return;
    const { file, name } = review;
    pending.current = null;
    if (timer.current) clearTimeout(timer.current);
    void update((s) => ({ ...withFileTemplates(s, file), playbook: file.playbook })).then(
      () => {
        keep(null);
        setDraft(toDraft(file.playbook));
        setReview(null);
        setStatus({ ok: true, text: t('playbookImported', { name }) });
      },
      (e: unknown) => {
        setReview(null);
        setStatus({ ok: false, text: t('playbookFileRefused', { name, problems: reason(e) }) });
      },
    );
  };

  return (
    <>
      <PlaybookForm draft={draft} problems={problems} custom={!!settings.playbook} saveError={saveError} onChange={change} onRestore={restore} />
      <TeamFile
        onExport={async () => {
          await flush();
          // What the form shows once it is valid (saved just now), else what is in force.
          return teamFileText(fromDraft(draft) ?? playbookInForce(settings.playbook), templatesInUse(settings), new Date().toISOString());
        }}
        onChoose={choose}
        review={review}
        onConfirm={confirm}
        onCancel={() => setReview(null)}
        status={status}
      />
    </>
  );
}

import { useId, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { parsePlaybookFile, type Playbook } from '@/lib/model/playbook';

export interface PlaybookEditorProps {
  /** The editor's text: the unsaved edit, else the playbook in force as a file. */
  text: string;
  /** The text differs from what is in force. */
  edited: boolean;
  /** The user's own playbook is in force (not the shipped one). */
  custom: boolean;
  onChange: (text: string) => void;
  /** Stores a valid playbook; rejects with the reason. */
  onSave: (playbook: Playbook) => Promise<void>;
  onReset: () => Promise<void>;
  onDiscard: () => void;
}

type Status = { ok: boolean; text: string } | null;

/**
 * The playbook as its file: edited here, exported, or imported. A broken text or file is refused
 * with a message naming the field; what is stored stays as it was, and the text stays in the editor.
 */
export function PlaybookEditor({ text, edited, custom, onChange, onSave, onReset, onDiscard }: PlaybookEditorProps) {
  const id = useId();
  const [status, setStatus] = useState<Status>(null);
  const file = useRef<HTMLInputElement>(null);
  const box = useRef<HTMLTextAreaElement>(null);

  const save = (source: string, from: 'editor' | 'file', name = '') => {
    const result = parsePlaybookFile(source);
    if (!result.ok) {
      const problems = result.problems.join('; ');
      setStatus({ ok: false, text: from === 'file' ? t('playbookFileRefused', { name, problems }) : t('playbookRefused', { problems }) });
      return;
    }
    void onSave(result.playbook).then(
      () => setStatus({ ok: true, text: from === 'file' ? t('playbookImported', { name }) : t('playbookSaved') }),
      (e: unknown) => setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) }),
    );
  };

  const exportFile = () => {
    const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'keel-playbook.json';
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  };

  return (
    <section className="ws-section playbook-options" aria-label={t('playbookLabel')}>
      <h2>{t('playbookLabel')}</h2>
      <p className="muted">{t('playbookHelp')}</p>
      <p className="playbook-source">{custom ? t('playbookCustom') : t('playbookShipped')}</p>
      <label htmlFor={`${id}-text`}>{t('playbookTextLabel')}</label>
      <textarea id={`${id}-text`} ref={box} className="playbook-text" rows={18} spellCheck={false} value={text} onChange={(e) => onChange(e.target.value)} />
      <div className="playbook-actions">
        <button type="button" className="primary" disabled={!edited} onClick={() => save(text, 'editor')}>
          {t('playbookSave')}
        </button>{' '}
        <button
          type="button"
          disabled={!edited}
          onClick={() => {
            onDiscard();
            setStatus(null);
            box.current?.focus();
          }}
        >
          {t('playbookDiscard')}
        </button>{' '}
        <button type="button" onClick={exportFile}>
          {t('playbookExport')}
        </button>{' '}
        <label className="button">
          {t('playbookImport')}
          <input
            ref={file}
            type="file"
            accept=".json,application/json"
            className="visually-hidden"
            onChange={(e) => {
              const chosen = e.target.files?.[0];
              e.target.value = '';
              if (!chosen) return;
              void chosen.text().then(
                (content) => save(content, 'file', chosen.name),
                (error: unknown) => setStatus({ ok: false, text: t('playbookFileUnreadable', { name: chosen.name, reason: error instanceof Error ? error.message : String(error) }) }),
              );
            }}
          />
        </label>{' '}
        <button
          type="button"
          disabled={!custom}
          onClick={() =>
            void onReset().then(
              () => setStatus({ ok: true, text: t('playbookReset') }),
              (e: unknown) => setStatus({ ok: false, text: e instanceof Error ? e.message : String(e) }),
            )
          }
        >
          {t('playbookUseShipped')}
        </button>
      </div>
      {status ? (
        <p className={status.ok ? 'notice' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
    </section>
  );
}

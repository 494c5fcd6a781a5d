import { useEffect, useRef } from 'react';
import { t } from '@/lib/i18n';

export interface ImportReview {
  name: string;
  /** What the import changes, in sentences (empty: nothing). */
  changes: string[];
}

export interface TeamFileProps {
  /** The file's text to download (the playbook in force and every audience's template). */
  onExport: () => Promise<string>;
  /** A chosen file: read, checked and compared with what is in use (the review), or refused (a status). */
  onChoose: (file: File) => void;
  review: ImportReview | null;
  onConfirm: () => void;
  onCancel: () => void;
  status: { ok: boolean; text: string } | null;
}

/**
 * Export and import of the team file: download through a Blob link; import through a file input,
 * then a review of what would change, applied only when confirmed. Escape cancels the review.
 */
export function TeamFile({ onExport, onChoose, review, onConfirm, onCancel, status }: TeamFileProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const message = useRef<HTMLParagraphElement>(null);
  const reviewing = review !== null;
  useEffect(() => {
    if (reviewing) heading.current?.focus();
  }, [reviewing]);
  useEffect(() => {
    if (status) message.current?.focus();
  }, [status]);

  const download = () =>
    void onExport().then((text) => {
      const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = 'keel-playbook.json';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    });

  return (
    <div className="playbook-file" role="group" aria-labelledby="playbook-file-title">
      <h3 id="playbook-file-title">{t('playbookFileTitle')}</h3>
      <p className="muted">{t('playbookFileHelp')}</p>
      <button type="button" className="playbook-export" onClick={download}>
        {t('playbookExport')}
      </button>{' '}
      <label className="button">
        {t('playbookImport')}
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          className="visually-hidden"
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            e.target.value = '';
            if (chosen) onChoose(chosen);
          }}
        />
      </label>
      {review ? (
        <div
          className="playbook-review"
          onKeyDown={(e) => {
            if (e.key !== 'Escape') return;
            e.stopPropagation();
            onCancel();
            input.current?.focus();
          }}
        >
          <h4 tabIndex={-1} ref={heading}>
            {review.changes.length ? t('playbookReviewTitle', { name: review.name }) : t('playbookReviewNothing', { name: review.name })}
          </h4>
          {review.changes.length ? (
            <ul className="playbook-changes">
              {review.changes.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          ) : null}
          {review.changes.length ? (
            <button type="button" className="primary" onClick={onConfirm}>
              {t('playbookReviewConfirm')}
            </button>
          ) : null}{' '}
          <button
            type="button"
            onClick={() => {
              onCancel();
              input.current?.focus();
            }}
          >
            {t('playbookReviewCancel')}
          </button>
        </div>
      ) : null}
      {status ? (
        <p ref={message} tabIndex={-1} className={status.ok ? 'notice' : 'error'} role={status.ok ? 'status' : 'alert'}>
          {status.text}
        </p>
      ) : null}
    </div>
  );
}

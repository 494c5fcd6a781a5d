import { useId, useState } from 'react';
import { t } from '@/lib/i18n';
import type { Prompt } from '@/lib/model/prompt';

/** Prompts marked done or dismissed (until their reason changes), behind a disclosure. */
export function SetAside({ prompts, onRestore }: { prompts: readonly Prompt[]; onRestore: (prompt: Prompt) => void }) {
  const [open, setOpen] = useState(false);
  const list = useId();
  if (prompts.length === 0) return null;
  return (
    <div
      className="prompt-aside"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button type="button" className="small link" aria-expanded={open} aria-controls={list} onClick={() => setOpen(!open)}>
        {t.plural('promptSetAside', prompts.length)}
      </button>
      {open ? (
        <ul id={list}>
          {prompts.map((p) => (
            <li key={p.id} data-prompt={p.id} data-state={p.state}>
              {p.title} <span className="muted">({p.state === 'done' ? t('promptStateDone') : t('promptStateDismissed')})</span>{' '}
              <button type="button" className="small" onClick={() => onRestore(p)}>
                {t('promptRestore')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

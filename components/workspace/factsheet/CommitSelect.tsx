import { useState, type ReactNode } from 'react';

export interface CommitSelectProps {
  id?: string;
  value: string;
  onCommit: (value: string) => void;
  children: ReactNode;
  'aria-describedby'?: string;
}

/**
 * A select that commits a deliberate choice: a click on an option, Enter, or leaving it. Arrow
 * keys on the closed select move through the options without committing each step.
 */
export function CommitSelect({ id, value, onCommit, children, ...aria }: CommitSelectProps) {
  const [draft, setDraft] = useState<string | null>(null);
  const [keyboard, setKeyboard] = useState(false);
  const shown = draft ?? value;
  const commit = (next: string) => {
    setDraft(null);
    if (next !== value) onCommit(next);
  };
  return (
    <select
      id={id}
      value={shown}
      aria-describedby={aria['aria-describedby']}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit(shown);
        } else if (e.key === 'Escape' && draft !== null) {
          e.preventDefault();
          setDraft(null);
        } else setKeyboard(true);
      }}
      onPointerDown={() => setKeyboard(false)}
      onChange={(e) => (keyboard ? setDraft(e.target.value) : commit(e.target.value))}
      onBlur={() => {
        if (draft !== null) commit(draft);
        setKeyboard(false);
      }}
    >
      {children}
    </select>
  );
}

import { useRef, useState, type SelectHTMLAttributes } from 'react';

export interface CommitSelectProps<T extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'children'> {
  value: T;
  options: readonly { value: T; label: string }[];
  /** Called once the user has chosen: a click in the list, Enter, or leaving the control. Never on each arrow step. */
  onCommit: (value: T) => void;
}

/** Keys that step a closed select from one option to the next. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * Keel's one select: it commits on a deliberate choice — a click in its list, Enter, or leaving
 * it — never on each arrow step (a closed select changes its value, and fires `change`, at every
 * arrow key in Chromium; saving there would record every step). Stepping moves a draft; Escape
 * puts the committed value back. A choice made in the opened list (click, or Enter there) commits
 * at once. A new committed value (saved here or elsewhere) replaces any draft.
 */
export function CommitSelect<T extends string>({ value, options, onCommit, ...rest }: CommitSelectProps<T>) {
  const [draft, setDraft] = useState<{ from: T; value: T } | null>(null);
  const stepping = useRef(false);
  // A draft is only good against the value it was made from.
  const shown = draft && draft.from === value ? draft.value : value;
  const commit = (next: T) => {
    setDraft(null);
    if (next !== value) onCommit(next);
  };
  return (
    <select
      {...rest}
      value={shown}
      onKeyDown={(event) => {
        if (event.key === 'Enter') {
          event.preventDefault();
          commit(shown);
        } else if (event.key === 'Escape' && shown !== value) {
          event.preventDefault();
          event.stopPropagation();
          setDraft(null);
        }
        // Printable keys jump to an option too; Space and Alt+ArrowDown open the list instead.
        stepping.current = STEP_KEYS.has(event.key) && !event.altKey ? true : event.key.length === 1 && event.key !== ' ';
      }}
      onChange={(event) => {
        const next = event.target.value as T;
        if (stepping.current) setDraft({ from: value, value: next });
        else commit(next);
        stepping.current = false;
      }}
      onBlur={() => {
        stepping.current = false;
        if (shown !== value) commit(shown);
      }}
    >
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </select>
  );
}

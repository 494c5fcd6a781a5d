import { useId, useRef, useState } from 'react';

export interface CommitSelectProps<T extends string> {
  label: string;
  hideLabel?: boolean;
  value: T;
  options: readonly { value: T; label: string }[];
  /** Called once the user has chosen: a click in the list, Enter, or leaving the field. */
  onCommit: (value: T) => void;
  className?: string;
}

/** Keys that step a closed select from one option to the next. */
const STEP_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * A select that saves on a deliberate choice — a click in its list, Enter, or leaving it — never
 * on each arrow step through its options (a closed select changes its value on every arrow key).
 * Escape puts back the stored value.
 */
export function CommitSelect<T extends string>({ label, hideLabel, value, options, onCommit, className }: CommitSelectProps<T>) {
  const [choice, setChoice] = useState<T>(value);
  const stepping = useRef(false);
  const id = useId();
  // A new stored value (saved here or elsewhere) replaces the choice.
  const [stored, setStored] = useState<T>(value);
  if (stored !== value) {
    setStored(value);
    setChoice(value);
  }

  const commit = (next: T) => {
    if (next !== value) onCommit(next);
  };
  return (
    <span className={`field${className ? ` ${className}` : ''}`}>
      {hideLabel ? null : <label htmlFor={id}>{label}</label>}
      <select
        id={id}
        value={choice}
        aria-label={hideLabel ? label : undefined}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit(choice);
          } else if (e.key === 'Escape' && choice !== value) {
            e.preventDefault();
            e.stopPropagation();
            setChoice(value);
          }
          // Printable keys jump to an option too; Space and Alt+ArrowDown open the list instead.
          stepping.current = STEP_KEYS.has(e.key) && !e.altKey ? true : e.key.length === 1 && e.key !== ' ';
        }}
        onChange={(e) => {
          const next = e.target.value as T;
          setChoice(next);
          if (!stepping.current) commit(next);
          stepping.current = false;
        }}
        onBlur={() => commit(choice)}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </span>
  );
}

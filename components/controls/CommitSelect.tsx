import { useRef, useState, type SelectHTMLAttributes } from 'react';

export interface CommitSelectProps<T extends string> extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange' | 'onBlur' | 'onKeyDown' | 'onMouseDown'> {
  value: T;
  options: readonly { value: T; label: string }[];
  /** Called once the user has chosen: a click on an option, Enter, or leaving the control. Never on each arrow step. */
  onCommit: (value: T) => void;
}

/**
 * A select that commits on a deliberate choice. Arrow keys on a closed select change its value
 * (and fire `change`) at every step in Chromium; saving there would record every step. Here the
 * value moves as a draft and is committed on a pointer choice, Enter, or blur; Escape puts the
 * committed value back.
 */
export function CommitSelect<T extends string>({ value, options, onCommit, ...rest }: CommitSelectProps<T>) {
  const [draft, setDraft] = useState<{ from: T; value: T } | null>(null);
  const pointer = useRef(false);
  // A draft is only good against the value it was made from (the committed value can change elsewhere).
  const shown = draft && draft.from === value ? draft.value : value;
  const commit = (next: T) => {
    setDraft(null);
    if (next !== value) onCommit(next);
  };
  return (
    <select
      {...rest}
      value={shown}
      onMouseDown={() => {
        pointer.current = true;
      }}
      onChange={(event) => {
        const next = event.target.value as T;
        if (pointer.current) {
          pointer.current = false;
          commit(next);
        } else setDraft({ from: value, value: next });
      }}
      onKeyDown={(event) => {
        pointer.current = false;
        if (event.key === 'Enter') {
          event.preventDefault();
          commit(shown);
        } else if (event.key === 'Escape' && draft) {
          event.preventDefault();
          event.stopPropagation();
          setDraft(null);
        }
      }}
      onBlur={() => {
        pointer.current = false;
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

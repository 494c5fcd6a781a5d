import { useEffect, useId, useRef, useState } from 'react';
import { flushSave, hasPendingSave, scheduleSave } from '@/lib/ui/autosave';

export interface AutosaveTextProps {
  label: string;
  /** Label for screen readers only (the surrounding layout names the field visually). */
  hideLabel?: boolean;
  /** The stored value. */
  value: string;
  /** Names the pending save (one per record field): `plan|<id>|title`. */
  saveKey: string;
  /** Saves a value; resolves to a message when it could not be saved (the text stays). */
  onSave: (value: string) => Promise<string | null>;
  multiline?: boolean;
  rows?: number;
  placeholder?: string;
  maxLength?: number;
  className?: string;
}

/**
 * A text field saved as it is typed (lib/ui/autosave: after a pause, on blur, when the page goes
 * away). While it is being edited, a newer stored value never overwrites what the user is typing.
 */
export function AutosaveText({ label, hideLabel, value, saveKey, onSave, multiline, rows = 3, placeholder, maxLength, className }: AutosaveTextProps) {
  const [text, setText] = useState(value);
  const [error, setError] = useState<string | null>(null);
  const focused = useRef(false);
  const id = useId();

  useEffect(() => {
    if (!focused.current && !hasPendingSave(saveKey)) setText(value);
  }, [value, saveKey]);

  const change = (next: string) => {
    setText(next);
    scheduleSave(saveKey, () => void onSave(next).then(setError));
  };
  const common = {
    id,
    value: text,
    placeholder,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
    ...(hideLabel ? { 'aria-label': label } : {}),
    onFocus: () => {
      focused.current = true;
    },
    onBlur: () => {
      focused.current = false;
      flushSave(saveKey);
    },
  };
  return (
    <span className={`field${className ? ` ${className}` : ''}`}>
      {hideLabel ? null : <label htmlFor={id}>{label}</label>}
      {multiline ? <textarea {...common} rows={rows} onChange={(e) => change(e.target.value)} /> : <input type="text" {...common} onChange={(e) => change(e.target.value)} />}
      {error ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      ) : null}
    </span>
  );
}

import { useId, useState } from 'react';

/** An ISO time as a `datetime-local` value, in this browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A `datetime-local` value as an ISO time (UTC); null when empty or unreadable. */
export function fromLocalInput(local: string): string | null {
  if (!local) return null;
  const d = new Date(local);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export interface DateTimeFieldProps {
  label: string;
  hideLabel?: boolean;
  value: string | null;
  /** Called with the chosen time (null: cleared) on Enter or when the field is left. */
  onCommit: (value: string | null) => void;
  className?: string;
}

/** A date and time in the browser's time zone, saved when the user leaves the field or presses Enter (not on every digit). */
export function DateTimeField({ label, hideLabel, value, onCommit, className }: DateTimeFieldProps) {
  const [local, setLocal] = useState(toLocalInput(value));
  const id = useId();
  const [stored, setStored] = useState(value);
  if (stored !== value) {
    setStored(value);
    setLocal(toLocalInput(value));
  }
  const commit = () => {
    const next = fromLocalInput(local);
    if (next === value || (next !== null && value !== null && Date.parse(next) === Date.parse(value))) return;
    // An unfinished entry is not a choice: keep what is stored.
    if (next === null && local !== '') return setLocal(toLocalInput(value));
    onCommit(next);
  };
  return (
    <span className={`field${className ? ` ${className}` : ''}`}>
      {hideLabel ? null : <label htmlFor={id}>{label}</label>}
      <input
        id={id}
        type="datetime-local"
        aria-label={hideLabel ? label : undefined}
        value={local}
        onChange={(e) => setLocal(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </span>
  );
}

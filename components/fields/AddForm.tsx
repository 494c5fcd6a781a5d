import { useId, useRef, useState, type ReactNode } from 'react';

/** What a form's draft field needs (lib/ui/draft's `useDraft`). */
export interface DraftProps {
  text: string;
  setText: (text: string) => void;
  flush: () => void;
  clear: () => void;
  error: string | null;
}

export interface AddFormProps {
  /** The field's label ("New action item"). */
  label: string;
  /** The button's text ("Add"). */
  button: string;
  draft: DraftProps;
  /** Adds what was typed; resolves to a message when it could not (the text stays). */
  onAdd: (text: string) => Promise<string | null>;
  multiline?: boolean;
  placeholder?: string;
  maxLength?: number;
  /** More fields of the form (chosen, not typed: a role…). */
  children?: ReactNode;
}

/**
 * A one-field form whose text is a draft (saved as typed, there again when the panel reopens).
 * Enter (Ctrl+Enter in a multi-line field) or the button adds it; the field then empties and
 * keeps the focus, ready for the next one.
 */
export function AddForm({ label, button, draft, onAdd, multiline, placeholder, maxLength, children }: AddFormProps) {
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLInputElement & HTMLTextAreaElement>(null);
  const problem = error ?? draft.error;
  const submit = async () => {
    const text = draft.text.trim();
    if (!text || busy) return;
    setBusy(true);
    const failure = await onAdd(text);
    setBusy(false);
    setError(failure);
    if (!failure) draft.clear();
    field.current?.focus();
  };
  const common = {
    id,
    ref: field,
    value: draft.text,
    placeholder,
    maxLength,
    'aria-invalid': problem ? true : undefined,
    'aria-describedby': problem ? `${id}-error` : undefined,
    onChange: (e: { target: { value: string } }) => draft.setText(e.target.value),
    onBlur: draft.flush,
  };
  return (
    <form
      className="add-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <span className="field">
        <label htmlFor={id}>{label}</label>
        {multiline ? (
          <textarea
            {...common}
            rows={2}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void submit();
              }
            }}
          />
        ) : (
          <input type="text" {...common} />
        )}
      </span>
      {children}
      <button type="submit" disabled={busy || !draft.text.trim()}>
        {button}
      </button>
      {problem ? (
        <span className="field-error" id={`${id}-error`} role="alert">
          {problem}
        </span>
      ) : null}
    </form>
  );
}

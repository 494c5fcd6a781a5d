import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';

export interface ConfirmButtonProps {
  /** The button's text ("Remove"). */
  label: string;
  /** Its accessible name, naming what it acts on ("Remove “Call the customer”"). */
  name: string;
  /** The question shown before acting ("Remove this item?"). */
  question: string;
  onConfirm: () => void;
}

/** A destructive button that asks first: Keep (focused) or confirm; Escape keeps. */
export function ConfirmButton({ label, name, question, onConfirm }: ConfirmButtonProps) {
  const [asking, setAsking] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);
  useEffect(() => {
    if (asking) keep.current?.focus();
    else if (wasAsking.current) start.current?.focus();
    wasAsking.current = asking;
  }, [asking]);
  if (!asking) {
    return (
      <button type="button" className="small" ref={start} aria-label={name} onClick={() => setAsking(true)}>
        {label}
      </button>
    );
  }
  return (
    <span
      className="confirm"
      role="group"
      aria-label={question}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          setAsking(false);
        }
      }}
    >
      <span className="confirm-question">{question}</span>
      <button type="button" className="small danger" onClick={() => onConfirm()}>
        {label}
      </button>
      <button type="button" className="small" ref={keep} onClick={() => setAsking(false)}>
        {t('confirmKeep')}
      </button>
    </span>
  );
}

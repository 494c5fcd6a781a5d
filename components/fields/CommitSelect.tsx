import { useId } from 'react';
import { CommitSelect as Select, type CommitSelectProps as SelectProps } from '../controls/CommitSelect';

export interface CommitSelectProps<T extends string> extends Pick<SelectProps<T>, 'value' | 'options' | 'onCommit'> {
  label: string;
  /** Label for screen readers only (the surrounding layout names the field visually). */
  hideLabel?: boolean;
  className?: string;
}

/** The workspace's labelled select (a `.field`): Keel's CommitSelect, saved on a deliberate choice. */
export function CommitSelect<T extends string>({ label, hideLabel, className, ...select }: CommitSelectProps<T>) {
  const id = useId();
  return (
    <span className={`field${className ? ` ${className}` : ''}`}>
      {hideLabel ? null : <label htmlFor={id}>{label}</label>}
      <Select id={id} aria-label={hideLabel ? label : undefined} {...select} />
    </span>
  );
}

/** What every record list of the workspace (plan, risks, stakeholders) does after an add or a remove. */
import { useCallback, useRef, useState } from 'react';

/**
 * `said`: the polite announcement of the last change (set it after an add). `remove(id)`: removes
 * through `onRemove` and, when the worker took it, announces `removedText()` and puts focus on the
 * section's heading (the control used is gone with its row).
 */
export function useRecordList(onRemove: (id: string) => Promise<string | null>, removedText: () => string) {
  const [said, setSaid] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const remove = useCallback(
    (id: string) => {
      void onRemove(id).then((failure) => {
        if (failure) return;
        setSaid(removedText());
        heading.current?.focus();
      });
    },
    [onRemove, removedText],
  );
  return { said, setSaid, heading, remove };
}

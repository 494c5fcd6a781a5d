import { t } from '@/lib/i18n';
import type { Constraint } from '@/lib/model/prompt';
import { clockTime } from '@/lib/format/time';
import { constraintLabel } from '@/lib/ui/prompt';

/** Internal notes that limit what may be said, shown beside the prompts. */
export function Constraints({ constraints }: { constraints: readonly Constraint[] }) {
  if (constraints.length === 0) return null;
  return (
    <aside className="prompt-constraints" aria-label={t('promptConstraintsLabel')}>
      <h3>{t('promptConstraintsLabel')}</h3>
      <ul>
        {constraints.map((c) => (
          <li key={`${c.messageId}-${c.kind}`} data-kind={c.kind}>
            <b>{constraintLabel(c)}</b> <q>{c.quote}</q> <span className="muted">{t('promptConstraintBy', { author: c.author, time: clockTime(c.at) })}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}

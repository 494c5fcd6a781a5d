import { useRef, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import { IMPACT_LEVELS, URGENCY_LEVELS, type ImpactLevel, type UrgencyLevel } from '@/lib/model/escalation';
import { severityFor } from '@/lib/lifecycle/severity';
import { impactLabel, severityLabel, urgencyLevelLabel } from '@/lib/ui/labels';

export interface Cell {
  impact: ImpactLevel;
  urgency: UrgencyLevel;
}

/**
 * The severity matrix as a table of buttons (rows: business impact, columns: urgency). One tab
 * stop: arrow keys move between cells without choosing; Enter, Space or a click chooses one.
 */
export function SeverityMatrix({ value, suggested, onChoose }: { value: Cell | null; suggested: Cell | null; onChoose: (cell: Cell) => void }) {
  const table = useRef<HTMLTableElement>(null);
  const focusable = value ?? suggested ?? { impact: IMPACT_LEVELS[0], urgency: URGENCY_LEVELS[0] };
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, row: number, col: number) => {
    const moves: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    const step = moves[event.key];
    if (!step) return;
    event.preventDefault();
    const r = Math.min(IMPACT_LEVELS.length - 1, Math.max(0, row + step[0]));
    const c = Math.min(URGENCY_LEVELS.length - 1, Math.max(0, col + step[1]));
    table.current?.querySelector<HTMLButtonElement>(`button[data-cell="${r}-${c}"]`)?.focus();
  };
  return (
    <table className="sev-matrix" ref={table}>
      <caption>{t('severityMatrixLabel')}</caption>
      <thead>
        <tr>
          <th scope="col">
            {t('severityImpactHeading')} \ {t('severityUrgencyHeading')}
          </th>
          {URGENCY_LEVELS.map((u) => (
            <th scope="col" key={u}>
              {urgencyLevelLabel(u)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {IMPACT_LEVELS.map((impact, row) => (
          <tr key={impact}>
            <th scope="row">{impactLabel(impact)}</th>
            {URGENCY_LEVELS.map((urgency, col) => {
              const severity = severityFor(impact, urgency);
              const chosen = value?.impact === impact && value.urgency === urgency;
              const isSuggested = suggested?.impact === impact && suggested.urgency === urgency;
              return (
                <td key={urgency}>
                  <button
                    type="button"
                    className={`sev-cell sev-${severity}${isSuggested ? ' sev-suggested' : ''}`}
                    data-cell={`${row}-${col}`}
                    data-impact={impact}
                    data-urgency={urgency}
                    aria-pressed={chosen}
                    aria-label={t('severityCell', { impact: impactLabel(impact), urgency: urgencyLevelLabel(urgency), severity: severityLabel(severity) })}
                    tabIndex={focusable.impact === impact && focusable.urgency === urgency ? 0 : -1}
                    onKeyDown={(e) => onKeyDown(e, row, col)}
                    onClick={() => onChoose({ impact, urgency })}
                  >
                    {severityLabel(severity)}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

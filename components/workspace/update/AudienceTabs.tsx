import { useRef, type KeyboardEvent } from 'react';
import { t } from '@/lib/i18n';
import type { Audience } from '@/lib/model/audience';
import { audienceLabel } from '@/lib/ui/labels';

export interface AudienceTabsProps {
  audiences: readonly Audience[];
  selected: Audience;
  /** The id of the panel the tabs control. */
  panelId: string;
  idPrefix: string;
  /** Audiences with a draft in progress (marked on their tab). */
  withDraft: ReadonlySet<Audience>;
  onSelect: (audience: Audience) => void;
}

/** Who the update is for: one tab per audience; arrow keys, Home and End move between them. */
export function AudienceTabs({ audiences, selected, panelId, idPrefix, withDraft, onSelect }: AudienceTabsProps) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const move = (e: KeyboardEvent, index: number) => {
    const last = audiences.length - 1;
    const next = e.key === 'ArrowRight' ? (index === last ? 0 : index + 1) : e.key === 'ArrowLeft' ? (index === 0 ? last : index - 1) : e.key === 'Home' ? 0 : e.key === 'End' ? last : null;
    if (next === null) return;
    e.preventDefault();
    onSelect(audiences[next]!);
    refs.current[next]?.focus();
  };
  return (
    <div className="up-tabs" role="tablist" aria-label={t('updateAudiences')}>
      {audiences.map((audience, i) => (
        <button
          key={audience}
          ref={(el) => {
            refs.current[i] = el;
          }}
          id={`${idPrefix}-${audience}`}
          type="button"
          role="tab"
          data-audience={audience}
          aria-selected={audience === selected}
          aria-controls={panelId}
          tabIndex={audience === selected ? 0 : -1}
          onClick={() => onSelect(audience)}
          onKeyDown={(e) => move(e, i)}
        >
          {audienceLabel(audience)}
          {withDraft.has(audience) ? <span className="up-draft-mark">{t('updateDraftMark')}</span> : null}
        </button>
      ))}
    </div>
  );
}

import { t } from '@/lib/i18n';
import type { Band } from '@/lib/model/temperature';
import { bandLabel } from '@/lib/ui/labels';

export function BandPill({ band, score }: { band: Band | null; score: number | null }) {
  if (!band || score === null) return <span className="band band-none" title={t('bandNotRead')}>—</span>;
  return (
    <span className={`band band-${band}`} data-band={band} title={t('bandTitle', { score: Math.round(score) })}>
      {bandLabel(band)} <b>{Math.round(score)}</b>
    </span>
  );
}

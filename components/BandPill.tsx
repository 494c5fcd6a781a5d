import type { Band } from '@/lib/model/temperature';

const LABELS: Record<Band, string> = { calm: 'Calm', warm: 'Warm', hot: 'Hot', critical: 'Critical' };

export function BandPill({ band, score }: { band: Band | null; score: number | null }) {
  if (!band || score === null) return <span className="band band-none" title="Not read yet">—</span>;
  return (
    <span className={`band band-${band}`} data-band={band} title={`Customer temperature ${Math.round(score)} of 100`}>
      {LABELS[band]} <b>{Math.round(score)}</b>
    </span>
  );
}

import { t } from '@/lib/i18n';
import type { Band } from '@/lib/model/temperature';
import { bandLabel } from '@/lib/ui/labels';

const BAND_COLOR: Record<Band, string> = { calm: 'var(--calm)', warm: 'var(--warm)', hot: 'var(--hot)', critical: 'var(--critical)' };

/** A half-dial from 0 to 100 with the needle at the score. */
export function Gauge({ score, band }: { score: number; band: Band }) {
  const angle = Math.PI * (1 - Math.min(100, Math.max(0, score)) / 100);
  const x = 60 + 44 * Math.cos(angle);
  const y = 60 - 44 * Math.sin(angle);
  return (
    <svg className="gauge" viewBox="0 0 120 70" width="120" height="70" role="img" aria-label={t('tempGaugeLabel', { score: Math.round(score), band: bandLabel(band) })}>
      <path d="M 10 60 A 50 50 0 0 1 110 60" fill="none" stroke="var(--line)" strokeWidth="10" strokeLinecap="round" />
      <path d="M 10 60 A 50 50 0 0 1 110 60" fill="none" stroke={BAND_COLOR[band]} strokeWidth="10" strokeLinecap="round" pathLength={100} strokeDasharray={`${score} 100`} />
      <line x1="60" y1="60" x2={x} y2={y} stroke="var(--fg)" strokeWidth="2.5" strokeLinecap="round" />
      <circle cx="60" cy="60" r="4" fill="var(--fg)" />
      <text x="60" y="48" textAnchor="middle" fontSize="18" fontWeight="700" fill="var(--fg)">
        {Math.round(score)}
      </text>
    </svg>
  );
}

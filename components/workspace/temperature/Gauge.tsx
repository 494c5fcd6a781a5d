import { t } from '@/lib/i18n';
import type { Band } from '@/lib/model/temperature';
import { bandLabel } from '@/lib/ui/labels';

const BAND_COLOR: Record<Band, string> = { calm: 'var(--calm)', warm: 'var(--warm)', hot: 'var(--hot)', critical: 'var(--critical)' };

/**
 * The needle runs from just outside the score's number to the dial, so it never crosses the
 * number (centred at 60,48, at most ~16 px wide each side and 14 px tall).
 */
export const NEEDLE = { inner: 32, outer: 44 } as const;

/** A half-dial from 0 to 100 with the needle at the score. */
export function Gauge({ score, band }: { score: number; band: Band }) {
  const angle = Math.PI * (1 - Math.min(100, Math.max(0, score)) / 100);
  const at = (r: number) => ({ x: 60 + r * Math.cos(angle), y: 60 - r * Math.sin(angle) });
  const from = at(NEEDLE.inner);
  const to = at(NEEDLE.outer);
  return (
    <svg className="gauge" viewBox="0 0 120 70" width="120" height="70" role="img" aria-label={t('tempGaugeLabel', { score: Math.round(score), band: bandLabel(band) })}>
      <path d="M 10 60 A 50 50 0 0 1 110 60" fill="none" stroke="var(--line)" strokeWidth="10" strokeLinecap="round" />
      <path d="M 10 60 A 50 50 0 0 1 110 60" fill="none" stroke={BAND_COLOR[band]} strokeWidth="10" strokeLinecap="round" pathLength={100} strokeDasharray={`${score} 100`} />
      <line className="gauge-needle" x1={from.x.toFixed(1)} y1={from.y.toFixed(1)} x2={to.x.toFixed(1)} y2={to.y.toFixed(1)} stroke="var(--fg)" strokeWidth="2.5" strokeLinecap="round" />
      <text x="60" y="48" textAnchor="middle" fontSize="18" fontWeight="700" fill="var(--fg)">
        {Math.round(score)}
      </text>
    </svg>
  );
}

import type { TemperatureReading } from '@/lib/model/temperature';
import { clockTime } from '@/lib/format/time';
import { t } from '@/lib/i18n';
import { bandLabel } from '@/lib/ui/labels';

/** How many readings the sparkline's name spells out (the newest). */
const NAMED = 12;

/** The sparkline as words: its values with their times, oldest first, and the overall trend. */
export function sparklineName(readings: readonly TemperatureReading[]): string {
  const shown = readings.slice(-NAMED);
  const values = shown.map((r) => t('tempPointTitle', { score: Math.round(r.score), band: bandLabel(r.band), time: clockTime(r.at) })).join(', ');
  const delta = Math.round(readings[readings.length - 1]!.score - readings[0]!.score);
  const trend = delta > 0 ? t('tempSparkRising', { delta }) : delta < 0 ? t('tempSparkFalling', { delta: -delta }) : t('tempSparkSteady');
  const lead = shown.length < readings.length ? t('tempSparkLatest', { shown: shown.length }) : '';
  return t.plural('tempSparkName', readings.length, { values: `${lead}${values}`, trend });
}

/** Readings over time (one point per change of the thread). */
export function Sparkline({ readings, width = 220, height = 44 }: { readings: readonly TemperatureReading[]; width?: number; height?: number }) {
  if (readings.length === 0) return null;
  // One reading is no history yet: say so rather than draw a lone dot.
  if (readings.length === 1) {
    return (
      <p className="sparkline sparkline-one muted" data-points={1}>
        {t('tempSparkOne')}
      </p>
    );
  }
  const t0 = Date.parse(readings[0]!.at);
  const t1 = Date.parse(readings[readings.length - 1]!.at);
  const span = Math.max(1, t1 - t0);
  const pad = 4;
  const pts = readings.map((r, i) => {
    const x = pad + ((Date.parse(r.at) - t0) / span) * (width - 2 * pad);
    const y = pad + (1 - r.score / 100) * (height - 2 * pad);
    return { x, y, r, i };
  });
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={sparklineName(readings)} data-points={readings.length}>
      <polyline points={pts.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')} fill="none" stroke="var(--accent)" strokeWidth="1.5" />
      {pts.map((p) => (
        <circle key={p.r.id} cx={p.x} cy={p.y} r={p.i === pts.length - 1 ? 3 : 2} className={`spark-${p.r.band}`}>
          <title>{t('tempPointTitle', { score: Math.round(p.r.score), band: bandLabel(p.r.band), time: clockTime(p.r.at) })}</title>
        </circle>
      ))}
    </svg>
  );
}

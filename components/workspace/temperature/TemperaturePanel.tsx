import { t } from '@/lib/i18n';
import { useTemperatureAnnouncement } from '@/lib/ui/announce';
import type { TemperatureReading } from '@/lib/model/temperature';
import type { SnapshotMessage } from '@/lib/model/snapshot';
import type { SinceLastLook } from '@/lib/ui/temperature';
import { BandPill } from '../../BandPill';
import { Gauge } from './Gauge';
import { Reasons } from './Reasons';
import { Sparkline } from './Sparkline';

export interface TemperaturePanelProps {
  readings: readonly TemperatureReading[];
  /** The messages the latest reading quotes. */
  quoted: readonly SnapshotMessage[];
  since: SinceLastLook | null;
  onShowInPage: (message: { id: string; at: string }) => Promise<boolean>;
}

function trend(latest: TemperatureReading): string {
  const { direction, delta } = latest.trend;
  if (direction === 'new') return t('tempFirstReading');
  const word = direction === 'hotter' ? t('tempHotter') : direction === 'cooler' ? t('tempCooler') : t('tempSteady');
  const rounded = Math.round(delta);
  return rounded ? t('tempTrendBy', { direction: word, delta: `${rounded > 0 ? '+' : ''}${rounded}` }) : t('tempTrend', { direction: word });
}

/** Customer temperature: the gauge, the reasons with their quotes, history, what changed. */
export function TemperaturePanel({ readings, quoted, since, onShowInPage }: TemperaturePanelProps) {
  const latest = readings.at(-1);
  // A new reading that moved the band or score is said once, politely (not the first one shown).
  const said = useTemperatureAnnouncement(latest ?? null);
  if (!latest) return null;
  return (
    <section className="ws-section temperature" aria-label={t('tempLabel')} data-band={latest.band} data-score={Math.round(latest.score)}>
      <p className="sr-only temp-announce" role="status">
        {said}
      </p>
      <div className="temp-head">
        <Gauge score={latest.score} band={latest.band} />
        <div className="temp-summary">
          <BandPill band={latest.band} score={latest.score} />
          <div className="muted temp-trend">{trend(latest)}</div>
          <Sparkline readings={readings} />
        </div>
      </div>
      {latest.notes.length ? (
        <ul className="temp-notes">
          {latest.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {since && since.at ? (
        <div className="since" aria-label={t('tempSinceLabel')}>
          <h2>{t('tempSinceLabel')}</h2>
          {since.changes.length === 0 && since.newCustomerMessages === 0 ? (
            <p className="muted">{t('tempSinceNothing')}</p>
          ) : (
            <ul>
              {since.newCustomerMessages ? <li>{t.plural('tempSinceMessages', since.newCustomerMessages)}</li> : null}
              {since.previousScore !== null && Math.round(since.previousScore) !== Math.round(latest.score) ? (
                <li>{t('tempSinceScore', { from: Math.round(since.previousScore), to: Math.round(latest.score) })}</li>
              ) : null}
              {since.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <h2>{t('tempWhy')}</h2>
      <Reasons reasons={latest.reasons} quoted={quoted} onShowInPage={onShowInPage} />
    </section>
  );
}

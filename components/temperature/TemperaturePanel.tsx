import type { TemperatureReading } from '@/lib/model/temperature';
import type { SnapshotMessage } from '@/lib/model/snapshot';
import { BandPill } from '../BandPill';
import { Gauge } from './Gauge';
import { Reasons } from './Reasons';
import { Sparkline } from './Sparkline';

import type { SinceLastLook } from '@/lib/ui/since-last-look';

export interface TemperaturePanelProps {
  readings: readonly TemperatureReading[];
  messages: readonly SnapshotMessage[];
  since: SinceLastLook | null;
  onShowInPage: (message: { id: string; at: string }) => Promise<boolean>;
}

/** Customer temperature: the gauge, the reasons with their quotes, history, what changed. */
export function TemperaturePanel({ readings, messages, since, onShowInPage }: TemperaturePanelProps) {
  const latest = readings.at(-1);
  if (!latest) return null;
  return (
    <section className="ws-section temperature" aria-label="Customer temperature" data-band={latest.band} data-score={Math.round(latest.score)}>
      <div className="temp-head">
        <Gauge score={latest.score} band={latest.band} />
        <div className="temp-summary">
          <BandPill band={latest.band} score={latest.score} />
          <div className="muted temp-trend">
            {latest.trend.direction === 'new' ? 'first reading' : `${latest.trend.direction}${latest.trend.delta ? ` (${latest.trend.delta > 0 ? '+' : ''}${Math.round(latest.trend.delta)})` : ''} since the previous reading`}
          </div>
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
        <div className="since" aria-label="Since you last looked">
          <h2>Since you last looked</h2>
          {since.changes.length === 0 && since.newCustomerMessages === 0 ? (
            <p className="muted">Nothing new.</p>
          ) : (
            <ul>
              {since.newCustomerMessages ? <li>{since.newCustomerMessages} new message{since.newCustomerMessages > 1 ? 's' : ''} from the customer</li> : null}
              {since.previousScore !== null && Math.round(since.previousScore) !== Math.round(latest.score) ? (
                <li>
                  temperature {Math.round(since.previousScore)} → {Math.round(latest.score)}
                </li>
              ) : null}
              {since.changes.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <h2>Why</h2>
      <Reasons reasons={latest.reasons} messages={messages} onShowInPage={onShowInPage} />
    </section>
  );
}

import { useEffect, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { AUDIENCES, type Audience } from '@/lib/model/audience';
import { effectiveDue, type AudienceCadence, type Hours } from '@/lib/model/cadence';
import { clockTime, relative } from '@/lib/format/time';
import { audienceLabel, intervalLabel } from '@/lib/ui/labels';
import type { CadenceData, RuleChange } from '@/lib/ui/cadence';
import { HoursForm } from './HoursForm';
import { RuleForm } from './RuleForm';
import { SnoozeForm } from './SnoozeForm';

export interface CadenceProps {
  data: CadenceData;
  /** The escalation's severity is set (the cadence follows it). */
  hasSeverity: boolean;
  now: Date;
  onRule: (audience: Audience, change: RuleChange) => Promise<boolean>;
  onHours: (timeZone: string | null, hours: Hours | null) => Promise<boolean>;
  onMarkSent: (audience: Audience) => Promise<boolean>;
  onSnooze: (audience: Audience, minutes: number, reason: string) => Promise<boolean>;
}

type Open = { audience: Audience; form: 'rule' | 'snooze' } | { audience: null; form: 'hours' } | null;

function ruleText(a: AudienceCadence | null, interval: number | null): string {
  if (a?.every === 'off') return t('cadenceRuleOff');
  if (interval === null) return t('cadenceNoneAtSeverity');
  return a?.every === 'severity' || !a ? t('cadenceEveryBySeverity', { interval: intervalLabel(interval) }) : t('cadenceRuleEvery', { interval: intervalLabel(interval) });
}

function DueText({ a, now }: { a: AudienceCadence; now: Date }) {
  const due = effectiveDue(a);
  if (!a.dueAt || !due) return <span className="muted">{t('cadenceNothingDue')}</span>;
  const overdue = Date.parse(due) <= now.getTime();
  return (
    <span className={overdue ? 'urgent' : undefined}>
      {overdue ? t('cadenceOverdue', { time: clockTime(a.dueAt), ago: relative(a.dueAt, now) }) : t('cadenceDue', { time: clockTime(a.dueAt), when: relative(a.dueAt, now) })}
      {a.snooze && Date.parse(a.snooze.until) > now.getTime() ? <span className="muted"> {t('cadenceSnoozed', { time: clockTime(a.snooze.until), reason: a.snooze.reason })}</span> : null}
    </span>
  );
}

/** When each audience is owed its next update: the rule, the due time, and what to do about it. */
export function Cadence({ data, hasSeverity, now, onRule, onHours, onMarkSent, onSnooze }: CadenceProps) {
  const [open, setOpen] = useState<Open>(null);
  const [status, setStatus] = useState<string | null>(null);
  const opener = useRef(new Map<string, HTMLButtonElement | null>());
  const refocus = useRef<string | null>(null);
  const record = data.record;

  // After a form closes, focus goes back to the button that opened it (or the one that replaced it).
  useEffect(() => {
    if (open === null && refocus.current) {
      opener.current.get(refocus.current)?.focus();
      refocus.current = null;
    }
  }, [open]);
  const close = (key: string) => {
    refocus.current = key;
    setOpen(null);
  };

  // Announced once when an update falls due while the panel is open (not on every tick).
  const overdue = record ? AUDIENCES.filter((a) => record[a].dueAt !== null && Date.parse(effectiveDue(record[a])!) <= now.getTime()) : [];
  const announcement = overdue.length ? t('cadenceAnnounceOverdue', { audiences: overdue.map(audienceLabel).join(', ') }) : '';

  return (
    <section className="ws-section cadence" aria-labelledby="cadence-title">
      <h2 id="cadence-title">{t('cadenceLabel')}</h2>
      <p className="sr-only" role="status">
        {announcement}
      </p>
      {!hasSeverity && !record ? <p className="muted">{t('cadenceNeedsSeverity')}</p> : null}
      <ul className="cadence-list">
        {AUDIENCES.map((audience) => {
          const a = record?.[audience] ?? null;
          const label = audienceLabel(audience);
          return (
            <li key={audience} data-audience={audience} data-due={a ? (effectiveDue(a) ?? '') : ''}>
              <div className="cadence-head">
                <strong>{label}</strong> <span className="muted">{ruleText(a, data.intervals[audience] ?? null)}</span>
              </div>
              <div className="cadence-due">
                {a ? <DueText a={a} now={now} /> : <span className="muted">{t('cadenceNothingDue')}</span>}
                {a?.lastSentAt ? <span className="muted"> · {t('cadenceLastSent', { time: clockTime(a.lastSentAt) })}</span> : null}
              </div>
              {open?.audience === audience && open.form === 'rule' ? (
                <RuleForm
                  audience={audience}
                  current={a}
                  hoursKnown={record?.timeZone != null && record.hours != null}
                  onSave={async (change) => {
                    if (await onRule(audience, change)) close(`rule-${audience}`);
                  }}
                  onCancel={() => close(`rule-${audience}`)}
                />
              ) : open?.audience === audience && open.form === 'snooze' ? (
                <SnoozeForm
                  label={t('cadenceSnoozeLabel', { audience: label })}
                  onSnooze={async (minutes, reason) => {
                    if (await onSnooze(audience, minutes, reason)) {
                      setStatus(t('cadenceSnoozedStatus', { audience: label }));
                      close(`snooze-${audience}`);
                    }
                  }}
                  onCancel={() => close(`snooze-${audience}`)}
                />
              ) : (
                <div className="cadence-actions">
                  <button
                    type="button"
                    className="small"
                    ref={(el) => void opener.current.set(`sent-${audience}`, el)}
                    aria-label={t('cadenceMarkSentLabel', { audience: label })}
                    onClick={() => {
                      void onMarkSent(audience).then((ok) => {
                        if (ok) setStatus(t('cadenceMarkedSent', { audience: label }));
                      });
                    }}
                  >
                    {t('cadenceMarkSent')}
                  </button>
                  {a?.dueAt ? (
                    <button type="button" className="small" ref={(el) => void opener.current.set(`snooze-${audience}`, el)} aria-label={t('cadenceSnoozeLabel', { audience: label })} onClick={() => setOpen({ audience, form: 'snooze' })}>
                      {t('cadenceSnooze')}
                    </button>
                  ) : null}
                  <button type="button" className="small" ref={(el) => void opener.current.set(`rule-${audience}`, el)} aria-label={t('cadenceChangeLabel', { audience: label })} onClick={() => setOpen({ audience, form: 'rule' })}>
                    {t('cadenceChange')}
                  </button>
                </div>
              )}
            </li>
          );
        })}
      </ul>
      <div className="cadence-hours">
        {open?.form === 'hours' ? (
          <HoursForm
            timeZone={record?.timeZone ?? null}
            hours={record?.hours ?? data.defaultHours}
            userTimeZone={data.userTimeZone}
            onSave={async (timeZone, hours) => {
              if (await onHours(timeZone, hours)) close('hours');
            }}
            onCancel={() => close('hours')}
          />
        ) : (
          <p>
            <span className="muted">
              {record?.timeZone && record.hours ? t('cadenceHoursSet', { zone: record.timeZone, start: record.hours.start, end: record.hours.end }) : t('cadenceHoursNone', { zone: data.userTimeZone })}
            </span>{' '}
            <button type="button" className="small" ref={(el) => void opener.current.set('hours', el)} onClick={() => setOpen({ audience: null, form: 'hours' })}>
              {t('cadenceHoursChange')}
            </button>
          </p>
        )}
      </div>
      {status ? (
        <p className="ok" role="status">
          {status}
        </p>
      ) : null}
    </section>
  );
}

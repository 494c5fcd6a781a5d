import { useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { CALL_CADENCES, MEETING_NOTES_MAX, buildAgenda, nextCallAt, noteLines, type Meeting } from '@/lib/model/meeting';
import { actionTitleFromLine, type PlanItemView } from '@/lib/model/plan';
import type { Risk } from '@/lib/model/risk';
import { clockTime, relative, shortDuration } from '@/lib/format/time';
import { agendaText, ownerText, type CallPatch, type MeetingPatch } from '@/lib/ui/meeting';
import { useFirstRows } from '@/lib/ui/first-rows';
import { riskLevelLabel } from '@/lib/ui/labels';
import { AutosaveText } from '../../fields/AutosaveText';
import { CommitSelect } from '../../fields/CommitSelect';
import { ConfirmButton } from '../../fields/ConfirmButton';
import { DateTimeField } from '../../fields/DateTimeField';
import { RecordListStatus } from '../../fields/RecordListStatus';

export interface MeetingsProps {
  call: Meeting | null;
  meetings: readonly Meeting[];
  plan: readonly PlanItemView[];
  risks: readonly Risk[];
  now: Date;
  onSetCall: (call: CallPatch | null) => Promise<string | null>;
  onStart: () => Promise<string | null>;
  onUpdate: (id: string, patch: MeetingPatch) => Promise<string | null>;
  onRemove: (id: string) => Promise<string | null>;
  onToAction: (meetingId: string, line: string) => Promise<string | null>;
  /** Copies text to the clipboard; false when the browser refused. */
  onCopy: (text: string) => Promise<boolean>;
  error: string | null;
}

const cadenceOptions = () => [
  { value: '', label: t('meetingNotRecurring') },
  ...CALL_CADENCES.map((minutes) => ({ value: String(minutes), label: t('meetingEveryOption', { duration: shortDuration(minutes * 60_000) }) })),
];

function CallSettings({ call, now, onSetCall }: Pick<MeetingsProps, 'call' | 'now' | 'onSetCall'>) {
  const next = call ? nextCallAt(call, now) : null;
  return (
    <div className="meeting-call">
      <h3>{t('meetingCall')}</h3>
      <div className="meeting-call-grid">
        <CommitSelect label={t('meetingEvery')} value={call?.everyMinutes ? String(call.everyMinutes) : ''} options={cadenceOptions()} onCommit={(v: string) => void onSetCall({ everyMinutes: v ? Number(v) : null })} />
        <DateTimeField label={t('meetingFirstCall')} value={call?.at ?? null} onCommit={(at) => void onSetCall({ at })} />
        <AutosaveText className="wide" label={t('meetingLink')} value={call?.link ?? ''} saveKey={`meeting|${call?.id ?? 'new'}|link`} onSave={(link) => onSetCall({ link })} maxLength={500} />
      </div>
      <p className="meeting-next">
        {next ? (
          <>
            {t('meetingNextCall')} <time dateTime={next.toISOString()}>{clockTime(next.toISOString())}</time> <span className="muted">({relative(next.toISOString(), now)})</span>
          </>
        ) : (
          <span className="muted">{t('meetingNoNextCall')}</span>
        )}
      </p>
      {call ? <ConfirmButton label={t('meetingCancelCall')} name={t('meetingCancelCall')} question={t('meetingCancelCallQuestion')} onConfirm={() => void onSetCall(null)} /> : null}
    </div>
  );
}

function AgendaView({ plan, risks, now, onCopy }: Pick<MeetingsProps, 'plan' | 'risks' | 'now' | 'onCopy'>) {
  const agenda = buildAgenda(plan, risks, now);
  const [copied, setCopied] = useState<string>('');
  const list = (heading: string, className: string, lines: { id: string; text: string }[]) =>
    lines.length ? (
      <div className={className}>
        <h4>{heading}</h4>
        <ul>
          {lines.map((l) => (
            <li key={l.id}>{l.text}</li>
          ))}
        </ul>
      </div>
    ) : null;
  const item = (i: PlanItemView) => ({ id: i.id, text: [i.title.trim() || t('planUntitled'), ownerText(i), i.dueAt ? t('agendaDue', { time: clockTime(i.dueAt) }) : ''].filter(Boolean).join(' — ') });
  // A long plan's items are drawn a first few at a time, as the plan's own rows are (copying the
  // agenda always takes all of it).
  const overdue = useFirstRows(agenda.overdue);
  const open = useFirstRows(agenda.open);
  const empty = !agenda.overdue.length && !agenda.open.length && !agenda.risks.length && !agenda.objectives.length;
  return (
    <div className="agenda">
      <h3>{t('agendaTitle')}</h3>
      {empty ? <p className="muted">{t('agendaEmpty')}</p> : null}
      {list(t('agendaOverdue'), 'agenda-overdue', overdue.map(item))}
      {list(t('agendaOpen'), 'agenda-open', open.map(item))}
      {list(
        t('agendaRisks'),
        'agenda-risks',
        agenda.risks.map((r) => ({ id: r.id, text: `${r.risk.trim() || t('planUntitled')} — ${t('agendaRiskRating', { likelihood: riskLevelLabel(r.likelihood), impact: riskLevelLabel(r.impact) })}` })),
      )}
      {list(t('agendaObjectives'), 'agenda-objectives', agenda.objectives.map((o) => ({ id: o.id, text: o.title.trim() || t('planUntitled') })))}
      <button type="button" className="small" onClick={() => void onCopy(agendaText(agenda, t('agendaTitle'))).then((ok) => setCopied(ok ? t('agendaCopied') : t('agendaNotCopied')))}>
        {t('agendaCopy')}
      </button>
      <span className="muted small-text" role="status">
        {copied}
      </span>
    </div>
  );
}

function MeetingNotes({ meeting, plan, onUpdate, onRemove, onToAction }: { meeting: Meeting; plan: readonly PlanItemView[] } & Pick<MeetingsProps, 'onUpdate' | 'onToAction'> & { onRemove: (id: string) => void }) {
  const when = meeting.at ?? meeting.created.at;
  const made = new Set(plan.filter((p) => p.meetingId === meeting.id).map((p) => p.title.trim().toLowerCase()));
  const lines = noteLines(meeting.notes);
  return (
    <li className="meeting" data-id={meeting.id}>
      <h4>{t('meetingOf', { time: clockTime(when) })}</h4>
      <AutosaveText label={t('meetingNotes')} value={meeting.notes} saveKey={`meeting|${meeting.id}|notes`} onSave={(notes) => onUpdate(meeting.id, { notes })} multiline rows={5} maxLength={MEETING_NOTES_MAX} placeholder={t('meetingNotesPlaceholder')} />
      {lines.length ? (
        <ul className="meeting-lines" aria-label={t('meetingLines')}>
          {lines.map((line, i) => {
            const title = actionTitleFromLine(line);
            const done = title !== null && made.has(title.toLowerCase());
            return (
              <li key={`${i}|${line}`}>
                <span className="meeting-line">{line}</span>
                {title === null ? null : done ? (
                  <span className="ok small-text">{t('meetingInPlan')}</span>
                ) : (
                  <button type="button" className="small" aria-label={t('meetingMakeActionFor', { line: title })} onClick={() => void onToAction(meeting.id, line)}>
                    {t('meetingMakeAction')}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="record-actions">
        <ConfirmButton label={t('recordRemove')} name={t('meetingRemove', { time: clockTime(when) })} question={t('meetingRemoveQuestion')} onConfirm={() => onRemove(meeting.id)} />
      </div>
    </li>
  );
}

/** The escalation call, the agenda for it, and the notes of each meeting held. */
export function Meetings(props: MeetingsProps) {
  const { meetings, plan, onStart, onUpdate, onRemove, onToAction, error } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const [said, setSaid] = useState('');
  const start = () =>
    void onStart().then((failure) => {
      if (failure) return;
      // The new meeting's notes: the first field of the list, once it has rendered.
      setTimeout(() => list.current?.querySelector('textarea')?.focus(), 0);
    });
  const toAction = async (meetingId: string, line: string) => {
    const failure = await onToAction(meetingId, line);
    if (!failure) setSaid(t('meetingActionMade', { line: actionTitleFromLine(line) ?? line }));
    return failure;
  };
  const remove = (id: string) =>
    void onRemove(id).then((failure) => {
      if (!failure) heading.current?.focus();
    });
  return (
    <section className="ws-section meetings" aria-labelledby="meetings-heading">
      <h2 id="meetings-heading" ref={heading} tabIndex={-1}>
        {t('meetingLabel')}
      </h2>
      <CallSettings call={props.call} now={props.now} onSetCall={props.onSetCall} />
      <AgendaView plan={plan} risks={props.risks} now={props.now} onCopy={props.onCopy} />
      <h3>{t('meetingNotesHeading')}</h3>
      <button type="button" onClick={start}>
        {t('meetingStart')}
      </button>
      {meetings.length ? (
        <ul className="meeting-list" ref={list}>
          {meetings.map((m) => (
            <MeetingNotes key={m.id} meeting={m} plan={plan} onUpdate={onUpdate} onRemove={remove} onToAction={toAction} />
          ))}
        </ul>
      ) : null}
      <RecordListStatus error={error} said={said} />
    </section>
  );
}

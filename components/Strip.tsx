import { useEffect, useRef } from 'react';
import { t, type MessageKey } from '@/lib/i18n';
import type { CaseView } from '@/lib/messaging/protocol';
import { nextCorner, type StripCorner, type StripLayout } from '@/lib/model/strip';
import { describeRead } from '@/lib/ui/read';
import { stateLabel } from '@/lib/ui/labels';
import { headlineSla } from '@/lib/format/sla';
import { fitItems, fitWords, type FitItem } from '@/lib/ui/strip-fit';
import { useRoom } from '@/lib/ui/strip';
import { useTemperatureAnnouncement } from '@/lib/ui/announce';
import { describeStorageProblem } from '@/lib/ui/storage';
import { BandPill } from './BandPill';
import './strip.css';

export interface StripProps {
  view: CaseView | null;
  now: Date;
  /** Where the user keeps the strip on this desk (the frame itself is placed by the page's script). */
  layout: StripLayout;
  onEscalate: () => void;
  onOpenWorkspace: () => void;
  onLayout: (next: StripLayout) => void;
  /** Why the ticket's view could not be loaded (e.g. a newer Keel's data): shown instead of it. */
  error?: string | null;
}

/** One fact of the strip's second line, with how it is drawn. */
interface Fact extends FitItem {
  className?: string;
  title?: string;
  /** Drawn bold (an SLA due soon or breached): measured so. */
  bold?: boolean;
  /** Horizontal padding of its box, in px. */
  pad?: number;
}

/** As strip.css draws the line of facts and the subject. */
const GAP = 8;
const META_PX = 12;
const SUBJECT_PX = 13;

const CORNER_WORDS: Record<StripCorner, MessageKey> = {
  'bottom-right': 'stripCornerBottomRight',
  'bottom-left': 'stripCornerBottomLeft',
  'top-left': 'stripCornerTopLeft',
  'top-right': 'stripCornerTopRight',
};

/** The strip's facts, in display order, each with its priority and wordings (see lib/ui/strip-fit.ts). */
function factsOf(view: CaseView, now: Date): Fact[] {
  const snapshot = view.snapshot;
  const facts: Fact[] = [];
  const requester = snapshot?.requester;
  if (requester) {
    const both = [requester.name, requester.organization].filter(Boolean).join(' · ');
    const variants = [...new Set([both, requester.organization ?? '', requester.name].filter(Boolean))];
    facts.push({ key: 'customer', priority: 4, essential: true, variants, className: 'strip-who' });
  }
  if (snapshot && !snapshot.unknown?.includes('status')) facts.push({ key: 'status', priority: 2, variants: [snapshot.status] });
  if (snapshot?.priority) facts.push({ key: 'priority', priority: 2, variants: [snapshot.priority] });
  if (snapshot) facts.push({ key: 'count', priority: 1, variants: [t.plural('stripMessages', snapshot.messages.length)], className: 'strip-count' });
  const sla = snapshot ? headlineSla(snapshot.sla, now) : null;
  if (sla) {
    const pressing = sla.breached || sla.soon;
    facts.push({ key: 'sla', priority: pressing ? 4.5 : 3.5, essential: true, variants: [sla.text, sla.short], className: sla.breached ? 'urgent' : sla.soon ? 'due-soon' : '', bold: pressing, title: sla.text });
  }
  const read = describeRead(view.read, now, view.ticket?.desk ?? null);
  // A read that went wrong matters more than anything else here; one that went fine, less.
  const alarming = read.tone === 'warn' || read.tone === 'error';
  facts.push({ key: 'read', priority: alarming ? 5 : 3, essential: alarming, variants: [read.short], className: `strip-read read-${read.tone}`, title: read.text, pad: 8 });
  // A storage problem (a full disk, a newer Keel's data): the whole sentence on hover, the gist in the line.
  const storage = view.storage ? describeStorageProblem(view.storage) : null;
  if (storage) facts.push({ key: 'storage', priority: 6, essential: true, variants: [storage], className: 'strip-storage urgent', title: storage });
  return facts;
}

/** The bar shown on a desk's ticket page, inside Keel's own frame. */
export function Strip({ view, now, layout, onEscalate, onOpenWorkspace, onLayout, error = null }: StripProps) {
  const [room, mainRef] = useRoom();
  // A new reading that moved the band or score is said politely, in either layout.
  const said = useTemperatureAnnouncement(view?.readings.at(-1) ?? null);
  const announce = (
    <p className="sr-only strip-announce" role="status">
      {said}
    </p>
  );
  // After an action the focus goes where its result is: the control that replaced the one used.
  const focusNext = useRef<string | null>(null);
  const root = useRef<HTMLElement>(null);
  useEffect(() => {
    const target = focusNext.current && root.current?.querySelector<HTMLElement>(`[data-focus="${focusNext.current}"]`);
    if (!target) return;
    target.focus();
    focusNext.current = null;
  });

  const ticket = view?.ticket;
  if (!ticket && error) {
    return (
      <main className="strip strip-idle strip-error" aria-label={t('stripLabel')} role="alert" title={error}>
        {error}
      </main>
    );
  }
  if (!ticket) {
    return (
      <main className="strip strip-idle" aria-label={t('stripLabel')}>
        <h1 className="strip-subject">Keel</h1>
      </main>
    );
  }
  const latest = view.readings.at(-1) ?? null;
  const snapshot = view.snapshot;
  const subject = snapshot?.subject || view.escalation?.title || view.pageTitle || '';
  const data = { 'data-ticket': ticket.ticketId, 'data-subject': snapshot?.subject ?? '', 'data-band': latest?.band ?? '', 'data-read': view.read?.status ?? 'none', 'data-corner': layout.corner };
  const band = <BandPill band={latest?.band ?? null} score={latest?.score ?? null} />;

  if (layout.collapsed) {
    return (
      <main ref={root} className="strip strip-collapsed" aria-label={t('stripLabel')} data-collapsed="true" {...data}>
        <h1 className="sr-only">{subject}</h1>
        {announce}
        {band}
        <button
          type="button"
          className="small"
          data-focus="expand"
          aria-expanded={false}
          title={t('stripExpandTitle')}
          onClick={() => {
            focusNext.current = 'collapse';
            onLayout({ ...layout, collapsed: false });
          }}
        >
          {t('stripExpand')}
        </button>
      </main>
    );
  }

  const facts = factsOf(view, now);
  let shown = facts.map((f) => ({ key: f.key, text: f.variants[0]! }));
  let title = subject;
  if (room) {
    const byKey = new Map(facts.map((f) => [f.key, f]));
    // Sizes and weights as strip.css draws them; a pixel to spare each, as canvas and layout round differently.
    shown = fitItems(facts, room.width, (text, key) => room.measure(text, META_PX, byKey.get(key)?.bold ? 600 : 400) + (byKey.get(key)?.pad ?? 0) + 1, GAP);
    title = fitWords(subject, room.width - 1, (text) => room.measure(text, SUBJECT_PX, 600));
  }
  const move = nextCorner(layout.corner);
  const moveLabel = t('stripMoveTo', { corner: t(CORNER_WORDS[move]) });
  return (
    <main ref={root} className="strip" aria-label={t('stripLabel')} {...data}>
      {announce}
      {band}
      <div className="strip-main" ref={mainRef}>
        <h1 className="strip-subject" title={subject}>
          {title}
        </h1>
        {/* What fits, never cut inside a word; the whole list is read out below. */}
        <p className="strip-meta" aria-hidden="true">
          {shown.map((s) => {
            const fact = facts.find((f) => f.key === s.key)!;
            return (
              <span key={s.key} data-fact={s.key} className={fact.className || undefined} title={fact.title ?? (s.text !== fact.variants[0] ? fact.variants[0] : undefined)}>
                {s.text}
              </span>
            );
          })}
        </p>
        <p className="sr-only">{facts.map((f) => (f.key === 'read' ? f.title : f.variants[0])).join(', ')}</p>
      </div>
      {view.escalation ? (
        <span className={`state state-${view.escalation.state}`} data-focus="state" tabIndex={-1}>
          {stateLabel(view.escalation.state)}
        </span>
      ) : (
        <button
          type="button"
          className="primary small"
          onClick={() => {
            focusNext.current = 'state';
            onEscalate();
          }}
        >
          {t('stripEscalate')}
        </button>
      )}
      <button type="button" className="small" onClick={onOpenWorkspace} title={t('stripWorkspaceTitle')}>
        {t('stripWorkspace')}
      </button>
      <button type="button" className="small icon" data-focus="move" aria-label={moveLabel} title={moveLabel} onClick={() => onLayout({ ...layout, corner: move })}>
        <span aria-hidden="true">✥</span>
      </button>
      <button
        type="button"
        className="small icon"
        data-focus="collapse"
        aria-expanded={true}
        aria-label={t('stripCollapseTitle')}
        title={t('stripCollapseTitle')}
        onClick={() => {
          focusNext.current = 'expand';
          onLayout({ ...layout, collapsed: true });
        }}
      >
        <span aria-hidden="true">▾</span>
      </button>
    </main>
  );
}

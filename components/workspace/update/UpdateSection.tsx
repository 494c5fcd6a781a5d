import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { t } from '@/lib/i18n';
import { AUDIENCES, type Audience } from '@/lib/model/audience';
import type { Escalation } from '@/lib/model/escalation';
import type { CaseSnapshot } from '@/lib/model/snapshot';
import type { Update, UpdateBasis } from '@/lib/model/update';
import { useEscalation } from '@/lib/ui/escalation';
import { recordVersion, useFactSheetQuery } from '@/lib/ui/factsheet';
import { audienceLabel, deskLabel, deskNoteLabel } from '@/lib/ui/labels';
import { useSettings } from '@/lib/ui/settings';
import { useSnapshot } from '@/lib/ui/snapshot';
import { describeProblem, templateSource } from '@/lib/ui/templates';
import { useTypedSave, type SaveOutcome } from '@/lib/ui/typed-save';
import {
  audienceUpdate,
  basisOf,
  channelLabel,
  contextOf,
  contradictionsOf,
  describeContradiction,
  saveUpdateDraft,
  sentAtLabel,
  useUpdateActions,
  useUpdatesQuery,
  type AudienceUpdate,
  type UpdateActions,
} from '@/lib/ui/update';
import { toPlainText } from '@/lib/updates/formats';
import type { SectionProps } from '../section';
import { AudienceTabs } from './AudienceTabs';
import { UpdateComposer, type ComposerOutcome } from './UpdateComposer';
import './update.css';

/** Updates to each audience, written from the fact sheet; nothing for a ticket that is not escalated. */
export function UpdateSection({ ticket, tabId, now }: SectionProps) {
  const id = useId();
  const { data: escalation } = useEscalation(ticket, tabId);
  const { data: snapshot } = useSnapshot(ticket);
  const { data: sheet } = useFactSheetQuery(ticket);
  const { data: updates, error } = useUpdatesQuery(ticket);
  const { settings } = useSettings();
  const actions = useUpdateActions(ticket, tabId);
  const [audience, setAudience] = useState<Audience>('customer-technical');
  const facts = sheet ? (sheet.factSheet ?? sheet.prefill) : null;
  if (error) return <p className="error" role="alert">{error}</p>;
  if (!escalation || !facts || !updates) return null;
  const basis = basisOf(escalation, facts);
  const shown = audienceUpdate({
    audience,
    drafts: updates.drafts,
    sent: updates.sent,
    template: templateSource(settings, audience),
    context: contextOf(escalation, snapshot ?? null, facts, now),
    basis,
    messages: snapshot?.messages ?? [],
  });
  const withDraft = new Set(updates.drafts.map((d) => d.audience));
  return (
    <section className="ws-section updates" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('updateLabel')}</h2>
      <AudienceTabs audiences={AUDIENCES} selected={audience} panelId={`${id}-panel`} idPrefix={`${id}-tab`} withDraft={withDraft} onSelect={setAudience} />
      <AudienceComposer
        key={audience}
        panelId={`${id}-panel`}
        tabId={`${id}-tab-${audience}`}
        ticket={ticket}
        escalation={escalation}
        snapshot={snapshot ?? null}
        shown={shown}
        now={basis}
        drafts={updates.drafts}
        sent={updates.sent}
        actions={actions}
      />
    </section>
  );
}

interface AudienceComposerProps {
  panelId: string;
  tabId: string;
  ticket: SectionProps['ticket'];
  escalation: Escalation;
  snapshot: CaseSnapshot | null;
  shown: AudienceUpdate;
  /** The facts now. */
  now: UpdateBasis;
  drafts: readonly Update[];
  sent: readonly Update[];
  actions: UpdateActions;
}

/** Binds one audience's draft (saved as typed) and its sending to the composer. */
function AudienceComposer({ panelId, tabId, ticket, escalation, snapshot, shown, now, drafts, sent, actions }: AudienceComposerProps) {
  const { audience } = shown;
  const draft = drafts.find((d) => d.audience === audience) ?? null;
  const rebuilt = useRef(false);
  const stored = useMemo(() => (shown.text === null ? null : { text: shown.text, version: draft ? recordVersion(draft) : '' }), [shown.text, draft]);
  const save = useCallback(
    async (patch: Partial<{ text: string; version: string }>): Promise<SaveOutcome<{ text: string; version: string }>> => {
      const rebuild = rebuilt.current;
      rebuilt.current = false;
      // A new draft is written from the facts its words came from; a rebuilt one from the facts now.
      const result = await saveUpdateDraft(ticket, audience, patch.text ?? '', rebuild ? now : shown.basis, rebuild);
      return result.ok ? { ok: true, saved: { text: result.update.text, version: recordVersion(result.update) } } : result;
    },
    [ticket, audience, now, shown.basis],
  );
  const typed = useTypedSave(stored, save, { version: (v) => v.version });
  // A new update sent starts a new draft: what was typed for the last one is not carried over.
  // (The composer stays mounted, so the result of sending stays on screen with the focus on it.)
  const lastSentId = shown.lastSent?.id ?? '';
  const seenSent = useRef(lastSentId);
  const { reset } = typed;
  useEffect(() => {
    if (seenSent.current === lastSentId) return;
    seenSent.current = lastSentId;
    reset();
  }, [lastSentId, reset]);
  const text = typed.values?.text ?? null;
  const basis = shown.basis;
  const contradictions = contradictionsOf(drafts, sent, { audience, text, basis }).map(describeContradiction);
  const send = async (run: () => Promise<{ ok: true; update: Update } | { ok: false; message: string }>, done: (u: Update) => string): Promise<ComposerOutcome> => {
    // The draft's last words are stored before the update that replaces it.
    await typed.flush();
    const outcome = await run();
    return outcome.ok ? { ok: true, message: done(outcome.update) } : outcome;
  };
  const ticketName = snapshot?.number ?? escalation.ticketNumber ?? escalation.ticketId;
  // The internal note's text: previewed, and posted as this very string.
  const noteText = toPlainText(text ?? '');
  return (
    <UpdateComposer
      panelId={panelId}
      tabId={tabId}
      label={t('updateTextLabel', { audience: audienceLabel(audience) })}
      text={text}
      origin={t(shown.origin === 'draft' || typed.values?.version ? 'updateOriginDraft' : shown.origin === 'next' ? 'updateOriginNext' : 'updateOriginTemplate')}
      problems={shown.origin === 'template' || shown.fromTemplate === null ? shown.problems.map(describeProblem) : []}
      changesHeading={shown.lastSent ? t('updateChangesSince', { time: sentAtLabel(shown.lastSent) }) : null}
      changes={shown.changesWorded}
      contradictions={contradictions}
      sent={shown.sent.map((u) => ({ id: u.id, when: sentAtLabel(u), how: channelLabel(u.channel), text: u.text }))}
      notePreview={noteText}
      noteWhere={t('noteWillPost', { desk: deskLabel(escalation.desk), ticket: ticketName, where: deskNoteLabel(escalation.desk) })}
      canUseTemplate={shown.fromTemplate !== null && shown.fromTemplate !== text}
      canDiscard={shown.origin === 'draft' || Boolean(typed.values?.version)}
      onText={(value) => typed.change({ text: value })}
      onCopy={(channel) =>
        send(
          () => actions.copy(audience, text ?? '', basis, channel),
          (u) => t(channel === 'copy' ? 'updateCopied' : 'updateCopiedMarkdown', { audience: audienceLabel(audience), time: sentAtLabel(u) }),
        )
      }
      onPost={() => send(() => actions.postAsNote(audience, text ?? '', noteText, basis), (u) => t('updatePosted', { audience: audienceLabel(audience), time: sentAtLabel(u) }))}
      onUseTemplate={() => {
        if (shown.fromTemplate === null) return;
        rebuilt.current = true;
        typed.change({ text: shown.fromTemplate });
        void typed.flush();
      }}
      onDiscard={() => {
        void actions.discardDraft(audience).then(() => typed.reset());
      }}
      onOpenOptions={actions.openOptions}
    />
  );
}

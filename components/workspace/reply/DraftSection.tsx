import { useMemo } from 'react';
import { t } from '@/lib/i18n';
import { checkTone, type CheckId } from '@/lib/playbook';
import { readDeskDraft, toneWords, useDraft } from '@/lib/ui/reply';
import { deskLabel } from '@/lib/ui/labels';
import { copyText, useGuidance } from '@/lib/ui/prompt';
import type { SectionProps } from '../section';
import { Draft } from './Draft';
import './draft.css';

export function DraftSection({ ticket, tabId }: SectionProps) {
  const draft = useDraft(ticket);
  const { data: guidance } = useGuidance(ticket);
  const nextUpdate = guidance?.nextUpdate ?? '';
  const jargon = guidance?.jargon;
  const noEta = guidance?.constraints.some((c) => c.kind === 'no-eta') ?? false;
  const legal = guidance?.legal ?? false;
  const options = useMemo(() => ({ jargon: jargon ?? [], noEta, legal, words: (rule: Parameters<typeof toneWords>[0]) => toneWords(rule, nextUpdate) }), [jargon, noEta, legal, nextUpdate]);
  const tone = useMemo(() => checkTone(draft.text, options), [draft.text, options]);
  const addition = (check: CheckId) =>
    check === 'impact' ? t('toneAddImpact') : check === 'ownership' ? t('toneAddOwnership') : check === 'next-step' ? t('toneAddNextStep') : t('toneAddNextUpdate', { time: nextUpdate });
  return (
    <Draft
      text={draft.text}
      loaded={draft.loaded}
      error={draft.error}
      desk={deskLabel(ticket.desk)}
      tone={tone}
      addition={addition}
      onChange={draft.setText}
      onPull={() => readDeskDraft(ticket, tabId)}
      onCopy={copyText}
    />
  );
}

import { addToDraft } from '@/lib/ui/reply';
import { copyText, useGuidance, usePromptCommands, useShowInPage } from '@/lib/ui/prompt';
import type { SectionProps } from '../section';
import { Prompts } from './Prompts';
import './prompt.css';

export function PromptSection({ ticket, tabId, now }: SectionProps) {
  const { data } = useGuidance(ticket);
  const { setState, runAction } = usePromptCommands(ticket);
  const showInPage = useShowInPage(tabId);
  if (!data) return null;
  return (
    <Prompts
      guidance={data}
      now={now}
      onSetState={setState}
      onAction={runAction}
      onAddToReply={(text) => addToDraft(ticket, text)}
      onCopy={copyText}
      onShowInPage={showInPage}
    />
  );
}

/**
 * The side panel's workspace, top to bottom. A new domain writes its section
 * (`components/workspace/<domain>/<Domain>Section.tsx`) and adds it here.
 */
import { EscalationSection } from './escalation/EscalationSection';
import { DraftSection } from './reply/DraftSection';
import { NoteSection } from './note/NoteSection';
import { PromptSection } from './prompt/PromptSection';
import { ReadSection } from './read/ReadSection';
import type { WorkspaceSection } from './section';
import { FactsSection } from './snapshot/FactsSection';
import { HeaderSection } from './snapshot/HeaderSection';
import { TemperatureSection } from './temperature/TemperatureSection';
import { TimelineSection } from './timeline/TimelineSection';

export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  HeaderSection,
  ReadSection,
  TemperatureSection,
  EscalationSection,
  PromptSection,
  DraftSection,
  FactsSection,
  NoteSection,
  TimelineSection,
];

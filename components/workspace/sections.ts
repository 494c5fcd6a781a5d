/**
 * The side panel's workspace, top to bottom. A new domain writes its section
 * (`components/workspace/<domain>/<Domain>Section.tsx`) and adds it here.
 */
import { CadenceSection } from './cadence/CadenceSection';
import { EscalationSection } from './escalation/EscalationSection';
import { ImpactSection } from './escalation/ImpactSection';
import { LinkSection } from './escalation/LinkSection';
import { FactSheetSection } from './factsheet/FactSheetSection';
import { NoteSection } from './note/NoteSection';
import { PromiseSection } from './promise/PromiseSection';
import { DraftSection } from './reply/DraftSection';
import { PromptSection } from './prompt/PromptSection';
import { ReadSection } from './read/ReadSection';
import { lazySection, type WorkspaceSection } from './section';
import { FactsSection } from './snapshot/FactsSection';
import { HeaderSection } from './snapshot/HeaderSection';
import { MeetingSection } from './meeting/MeetingSection';
import { PlanSection } from './plan/PlanSection';
import { RiskSection } from './risk/RiskSection';
import { StakeholderSection } from './stakeholder/StakeholderSection';
import { TemperatureSection } from './temperature/TemperatureSection';
import { TimelineSection } from './timeline/TimelineSection';

// Updates bring liquidjs and markdown-it (about 200 KB): loaded when the section is first shown.
const UpdateSection = lazySection(() => import('./update/UpdateSection').then((m) => m.UpdateSection));

export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  HeaderSection,
  // Linked escalations of the same customer share the header: right under it.
  LinkSection,
  ReadSection,
  TemperatureSection,
  EscalationSection,
  ImpactSection,
  CadenceSection,
  PromiseSection,
  PromptSection,
  DraftSection,
  FactsSection,
  FactSheetSection,
  UpdateSection,
  PlanSection,
  StakeholderSection,
  RiskSection,
  MeetingSection,
  NoteSection,
  TimelineSection,
];

/**
 * The side panel's workspace, top to bottom. A new domain writes its section
 * (`components/workspace/<domain>/<Domain>Section.tsx`) and adds it here.
 */
import { EscalationSection } from './escalation/EscalationSection';
import { NoteSection } from './note/NoteSection';
import { ReadSection } from './read/ReadSection';
import type { WorkspaceSection } from './section';
import { FactsSection } from './snapshot/FactsSection';
import { HeaderSection } from './snapshot/HeaderSection';
import { MeetingSection } from './meeting/MeetingSection';
import { PlanSection } from './plan/PlanSection';
import { RiskSection } from './risk/RiskSection';
import { StakeholderSection } from './stakeholder/StakeholderSection';
import { TemperatureSection } from './temperature/TemperatureSection';
import { TimelineSection } from './timeline/TimelineSection';

export const WORKSPACE_SECTIONS: readonly WorkspaceSection[] = [
  HeaderSection,
  ReadSection,
  TemperatureSection,
  EscalationSection,
  FactsSection,
  PlanSection,
  StakeholderSection,
  RiskSection,
  MeetingSection,
  NoteSection,
  TimelineSection,
];

/**
 * A storyline told once, desk-neutrally, in minutes before "now". `data.ts` renders each story
 * into a DemoTicket per desk (ids, people ids, message ids) at the moment the demo starts.
 */
import type { DemoEvent, DemoSla, DemoTicket } from '../types';
import type { CastKey } from './cast';

export const MINUTE = 1;
export const HOUR = 60;
export const DAY = 24 * HOUR;

export interface StoryMessage {
  by: CastKey;
  /** Minutes before now. */
  ago: number;
  text: string;
  /** An internal note (public: false). */
  internal?: boolean;
}

/** Status/priority values are the neutral ones; assignee values are cast keys (or null). */
export interface StoryEvent {
  ago: number;
  field: DemoEvent['field'];
  from: string | null;
  to: string | null;
}

export interface StorySla {
  metric: DemoSla['metric'];
  targetMinutes: number;
  startedAgo: number;
  /** Minutes before now when the target was met; null while running (or breached). */
  completedAgo: number | null;
}

export interface Story {
  scenario: string;
  subject: string;
  requester: CastKey;
  assignee: CastKey | null;
  group: string | null;
  status: DemoTicket['status'];
  priority: DemoTicket['priority'];
  type: string | null;
  tags: string[];
  createdAgo: number;
  messages: StoryMessage[];
  events: StoryEvent[];
  sla: StorySla[];
}

/**
 * The demo desk's data: the same storylines on every desk, rendered into DemoTickets with each
 * desk's own id shapes, at times relative to `now` (so "waiting 14 hours" is true whenever the
 * demo runs). See README.md for the scenario → id table.
 */
import { CAST, CAST_KEYS, type CastKey } from './stories/cast';
import { angry } from './stories/angry';
import { breached } from './stories/breached';
import { calm } from './stories/calm';
import { german } from './stories/german';
import { datacenter, datacenterCalm, software } from './stories/jira-extras';
import { long } from './stories/long';
import { newTicket } from './stories/new-ticket';
import { reopened } from './stories/reopened';
import type { Story } from './stories/types';
import { demoSalesforceId } from './salesforce-id';
import type { DemoDesk, DemoMessage, DemoPerson, DemoState, DemoTicket, DeskData } from './types';

export const DEMO_HOSTS = {
  zendesk: 'keel-demo.zendesk.com',
  jira: 'keel-demo.atlassian.net',
  /** A self-hosted Jira Data Center on a customer domain; served by the jira module. */
  jiraDc: 'jira.keel-demo.test',
  salesforce: 'keel-demo.lightning.force.com',
  /** The org's my.salesforce.com host: Classic pages, the REST API and the `sid` cookie. */
  salesforceMy: 'keel-demo.my.salesforce.com',
} as const;

/** Issues of this Jira project live on the Data Center host, everything else on Jira Cloud. */
export const JIRA_DC_PROJECT = 'OPS';

export const CORE_SCENARIOS = ['calm', 'angry', 'breached', 'reopened', 'long', 'german', 'new'] as const;
export type CoreScenario = (typeof CORE_SCENARIOS)[number];
export const JIRA_EXTRA_SCENARIOS = ['software', 'dc', 'dc-calm'] as const;
export type JiraExtraScenario = (typeof JIRA_EXTRA_SCENARIOS)[number];

/** Ticket ids by scenario, per desk. */
export interface ScenarioIds {
  zendesk: Record<CoreScenario, string>;
  jira: Record<CoreScenario | JiraExtraScenario, string>;
  salesforce: Record<CoreScenario, string>;
}

/** The host a Jira issue is served on: the Data Center host for OPS-*, Jira Cloud otherwise. */
export function jiraHostFor(key: string): string {
  return key.startsWith(`${JIRA_DC_PROJECT}-`) ? DEMO_HOSTS.jiraDc : DEMO_HOSTS.jira;
}

/** In CORE_SCENARIOS order: the index gives the ids (Zendesk 101…, SUP-1…, CaseNumber 00001026…). */
function coreStories(now: Date): Story[] {
  return [calm, angry, breached, reopened, long(now), german, newTicket];
}

interface IdScheme {
  ticket(story: Story, index: number): { id: string; number: string; serviceDesk?: boolean };
  person(key: CastKey): string;
  message(serial: number, isPublic: boolean): string;
}

const castIndex = (key: CastKey): number => CAST_KEYS.indexOf(key) + 1;

/** Deterministic hex digits for Atlassian-shaped account ids. */
function hexId(seed: number, length: number): string {
  let out = '';
  let x = (seed * 2_654_435_761) >>> 0;
  while (out.length < length) {
    x = (Math.imul(x ^ (x >>> 13), 1_597_334_677) + 0x9e3779b9) >>> 0;
    out += x.toString(16).padStart(8, '0');
  }
  return out.slice(0, length);
}

const SCHEMES: Record<DemoDesk, IdScheme> = {
  zendesk: {
    // Ticket ids are numbers shown as strings; users and comments get large numeric ids as on Zendesk.
    ticket: (_story, i) => ({ id: String(101 + i), number: String(101 + i) }),
    person: (key) => String(9_000_000_100 + castIndex(key)),
    message: (serial) => String(4_100_000_000 + serial),
  },
  jira: {
    ticket: (story, i) => {
      if (story.scenario === 'software') return { id: 'ENG-42', number: 'ENG-42', serviceDesk: false };
      if (story.scenario === 'dc') return { id: `${JIRA_DC_PROJECT}-7`, number: `${JIRA_DC_PROJECT}-7`, serviceDesk: false };
      if (story.scenario === 'dc-calm') return { id: `${JIRA_DC_PROJECT}-8`, number: `${JIRA_DC_PROJECT}-8`, serviceDesk: false };
      return { id: `SUP-${i + 1}`, number: `SUP-${i + 1}`, serviceDesk: true };
    },
    // Agents get 24-hex account ids; portal customers the newer "712020:<uuid>" account id shape.
    person: (key) => {
      const hex = hexId(castIndex(key), 32);
      if (CAST[key].role === 'agent') return hex.slice(0, 24);
      return `712020:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
    },
    message: (serial) => String(10_000 + serial),
  },
  salesforce: {
    ticket: (_story, i) => ({ id: demoSalesforceId('500', i + 1), number: String(1026 + i).padStart(8, '0') }),
    // Agents are Users (005), customers are Contacts (003).
    person: (key) => demoSalesforceId(CAST[key].role === 'agent' ? '005' : '003', castIndex(key)),
    // Public messages are EmailMessages (02s), internal notes CaseComments (00a, IsPublished false).
    message: (serial, isPublic) => demoSalesforceId(isPublic ? '02s' : '00a', serial),
  },
};

function iso(now: Date, minutesAgo: number): string {
  return new Date(now.getTime() - minutesAgo * 60_000).toISOString();
}

function toTicket(desk: DemoDesk, story: Story, index: number, now: Date, serial: { next: number }): DemoTicket {
  const scheme = SCHEMES[desk];
  const person = (key: string | null): string | null => (key === null ? null : scheme.person(key as CastKey));
  const ids = scheme.ticket(story, index);
  const messages: DemoMessage[] = [...story.messages]
    .sort((a, b) => b.ago - a.ago)
    .map((m) => {
      const isPublic = !m.internal;
      return { id: scheme.message(serial.next++, isPublic), authorId: scheme.person(m.by), at: iso(now, m.ago), public: isPublic, text: m.text };
    });
  const events = [...story.events]
    .sort((a, b) => b.ago - a.ago)
    .map((e) => ({
      at: iso(now, e.ago),
      field: e.field,
      from: e.field === 'assignee' ? person(e.from) : e.from,
      to: e.field === 'assignee' ? person(e.to) : e.to,
    }));
  // A loop, not Math.min(...all): a long storyline would pass every message as an argument.
  let latestAgo = story.createdAgo;
  for (const item of [...story.messages, ...story.events]) latestAgo = Math.min(latestAgo, item.ago);
  return {
    id: ids.id,
    number: ids.number,
    scenario: story.scenario,
    subject: story.subject,
    status: story.status,
    priority: story.priority,
    type: story.type,
    tags: [...story.tags],
    requesterId: scheme.person(story.requester),
    assigneeId: person(story.assignee),
    group: story.group,
    createdAt: iso(now, story.createdAgo),
    updatedAt: iso(now, latestAgo),
    messages,
    events,
    sla: story.sla.map((s) => ({
      metric: s.metric,
      targetMinutes: s.targetMinutes,
      startedAt: iso(now, s.startedAgo),
      completedAt: s.completedAgo === null ? null : iso(now, s.completedAgo),
    })),
    ...(ids.serviceDesk === undefined ? {} : { serviceDesk: ids.serviceDesk }),
  };
}

function deskData(desk: DemoDesk, stories: Story[], now: Date): DeskData {
  const serial = { next: 1 };
  const tickets = stories.map((story, i) => toTicket(desk, story, i, now, serial));
  const used = new Set<CastKey>();
  for (const story of stories) {
    used.add(story.requester);
    if (story.assignee) used.add(story.assignee);
    for (const m of story.messages) used.add(m.by);
  }
  const people: DemoPerson[] = CAST_KEYS.filter((key) => used.has(key)).map((key) => ({ id: SCHEMES[desk].person(key), ...CAST[key] }));
  return { desk, host: DEMO_HOSTS[desk], people, tickets };
}

export function createDemoState(now: Date): DemoState {
  const core = coreStories(now);
  return {
    desks: {
      zendesk: deskData('zendesk', core, now),
      jira: deskData('jira', [...core, software, datacenter, datacenterCalm], now),
      salesforce: deskData('salesforce', core, now),
    },
    recorded: [],
    failures: [],
    apiLog: [],
  };
}

/** Ticket ids by scenario, read from the state. */
export function scenarioIds<D extends DemoDesk>(state: DemoState, desk: D): ScenarioIds[D] {
  const ids: Record<string, string> = {};
  for (const t of state.desks[desk].tickets) ids[t.scenario] = t.id;
  return ids as ScenarioIds[D];
}

/** A fresh message id in the desk's shape, unique within the desk. */
export function nextMessageId(data: DeskData, isPublic: boolean): string {
  const taken = new Set(data.tickets.flatMap((t) => t.messages.map((m) => m.id)));
  const scheme = SCHEMES[data.desk];
  let serial = taken.size + 1;
  while (taken.has(scheme.message(serial, isPublic))) serial++;
  return scheme.message(serial, isPublic);
}

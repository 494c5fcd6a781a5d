/**
 * A demo storyline as the snapshot a desk read would give, at `now`, for the pure engines' unit
 * tests (no desk, no HTTP): the same words, authors, times, SLA targets and reopens the demo desk
 * serves.
 */
import type { CaseSnapshot } from '../../lib/model/snapshot';
import { CAST } from '../demo-desk/stories/cast';
import type { Story } from '../demo-desk/stories/types';

const MINUTE = 60_000;

export function snapshotOfStory(story: Story, now: Date): CaseSnapshot {
  const ago = (minutes: number) => new Date(now.getTime() - minutes * MINUTE).toISOString();
  const requester = CAST[story.requester];
  const reopens = story.events.filter((e) => e.field === 'status' && e.to === 'open' && (e.from === 'solved' || e.from === 'closed')).length;
  return {
    ref: { desk: 'zendesk', host: 'keel-demo.zendesk.com', ticketId: '1' },
    url: 'https://keel-demo.zendesk.com/agent/tickets/1',
    subject: story.subject,
    status: story.status,
    priority: story.priority,
    type: story.type,
    tags: story.tags,
    requester: { name: requester.name, email: requester.email, organization: requester.organization },
    assignee: story.assignee ? CAST[story.assignee].name : null,
    group: story.group,
    createdAt: ago(story.createdAgo),
    updatedAt: ago(Math.min(...story.messages.map((m) => m.ago))),
    messages: story.messages.map((m, i) => ({
      id: `m${i}`,
      authorRole: CAST[m.by].role === 'customer' ? 'customer' : 'agent',
      authorName: CAST[m.by].name,
      at: ago(m.ago),
      public: !m.internal,
      text: m.text,
    })),
    sla: story.sla.map((s) => {
      const due = s.startedAgo - s.targetMinutes;
      const running = s.completedAgo === null;
      return {
        metric: s.metric,
        stage: running ? (due <= 0 ? 'breached' : 'active') : 'achieved',
        dueAt: ago(due),
        breachedAt: running && due <= 0 ? ago(due) : null,
        targetMinutes: s.targetMinutes,
        ...(running ? {} : { closedAt: ago(s.completedAgo!), missed: s.completedAgo! < due }),
      };
    }),
    reopenCount: reopens,
    assigneeChanges: [],
    priorityChanges: [],
    source: 'api',
    readAt: now.toISOString(),
  };
}

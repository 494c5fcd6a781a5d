/**
 * Who wrote what: the users, organizations and groups side-loaded with the ticket and comments,
 * and the author role of each comment.
 */
import type { AuthorRole, Person } from '../../model/snapshot';
import type { ZendeskComment, ZendeskUser } from './schemas';

export const DELETED_USER = 'Deleted user';

export interface People {
  users: Map<number, ZendeskUser>;
  organizations: Map<number, string>;
  groups: Map<number, string>;
}

export function emptyPeople(): People {
  return { users: new Map(), organizations: new Map(), groups: new Map() };
}

export function addUsers(people: People, users: readonly ZendeskUser[] | undefined): void {
  for (const user of users ?? []) people.users.set(user.id, user);
}

export function addNamed(map: Map<number, string>, items: readonly { id: number; name: string }[] | undefined): void {
  for (const item of items ?? []) map.set(item.id, item.name);
}

/** A user's name; a user missing from every sideload has been deleted (or was never visible to us). */
export function userName(people: People, id: number | null | undefined): string | null {
  if (id === null || id === undefined) return null;
  return people.users.get(id)?.name ?? (people.users.size > 0 ? DELETED_USER : `user ${id}`);
}

export function requester(people: People, requesterId: number, ticketOrgId: number | null | undefined): Person | null {
  const user = people.users.get(requesterId);
  const orgId = user?.organization_id ?? ticketOrgId ?? null;
  const organization = orgId === null ? null : (people.organizations.get(orgId) ?? null);
  if (!user) return people.users.size > 0 ? { name: DELETED_USER, email: null, organization } : null;
  return { name: user.name, email: user.email ?? null, organization };
}

/** Channels where nobody typed the comment: triggers/automations (`rule`), `system`, integrations (`api`). */
const SYSTEM_CHANNELS = new Set(['rule', 'system', 'api']);

/**
 * customer: end users (the requester, CCs); agent: agents and admins; system: triggers, automations
 * and API integrations. User roles: https://developer.zendesk.com/api-reference/ticketing/users/users/ (`role`).
 */
export function authorRole(comment: ZendeskComment, people: People, requesterId: number | null): AuthorRole {
  const user = people.users.get(comment.author_id);
  if (user?.role === 'end-user') return 'customer';
  const channel = typeof comment.via?.channel === 'string' ? comment.via.channel : null;
  if (comment.author_id <= 0 || (channel !== null && SYSTEM_CHANNELS.has(channel))) return 'system';
  if (user) return 'agent';
  // A deleted author: the requester is a customer; only agents can write internal notes.
  if (comment.author_id === requesterId) return 'customer';
  return comment.public ? 'customer' : 'agent';
}

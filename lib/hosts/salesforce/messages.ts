/**
 * The conversation of a Case as Keel's messages: CaseComments (IsPublished false = internal),
 * EmailMessages (Incoming = from the customer) and the Case Description when it is the
 * customer's opening message and not already an email. Worker half.
 */
import type { AuthorRole, SnapshotMessage } from '../../model/snapshot';
import { convertHtml } from '../text/html-to-text';
import type { BoundedText } from '../text/limits';
import { isoFrom } from './dates';
import type { CaseComment, CaseRecord, EmailMessage } from './schemas';

/**
 * User.UserType values of people outside the company: customer and partner portal / Experience
 * Cloud users and site guests (User object reference:
 * https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_user.htm).
 * `Standard` users are agents; `AutomatedProcess` is the platform itself.
 */
const EXTERNAL_USER_TYPES = new Set(['CustomerSuccess', 'PowerCustomerSuccess', 'CspLitePortal', 'PowerPartner', 'Guest', 'SelfService']);
const SYSTEM_USER_TYPES = new Set(['AutomatedProcess']);

/** EmailMessage.Status '5' is a draft: not sent, not part of the conversation. */
const DRAFT_STATUS = '5';

type UserRef = CaseComment['CreatedBy'];

function roleOf(user: UserRef, caseContactId: string | null | undefined): AuthorRole {
  if (!user) return 'agent';
  if (user.ContactId && caseContactId && user.ContactId === caseContactId) return 'customer';
  if (user.UserType && EXTERNAL_USER_TYPES.has(user.UserType)) return 'customer';
  if (user.UserType && SYSTEM_USER_TYPES.has(user.UserType)) return 'system';
  return 'agent';
}

export function requesterName(record: CaseRecord): string | null {
  return record.Contact?.Name || record.SuppliedName || null;
}

function commentMessage(c: CaseComment, record: CaseRecord): SnapshotMessage | null {
  const at = isoFrom(c.CreatedDate);
  if (!at) return null;
  return {
    id: c.Id,
    authorRole: roleOf(c.CreatedBy, record.ContactId),
    authorName: c.CreatedBy?.Name || 'Unknown user',
    at,
    public: c.IsPublished,
    text: (c.CommentBody ?? '').trim(),
  };
}

function emailText(e: EmailMessage): BoundedText {
  if (e.TextBody && e.TextBody.trim()) return { text: e.TextBody.replace(/\r\n?/g, '\n').trim(), shortened: false };
  return e.HtmlBody ? convertHtml(e.HtmlBody) : { text: '', shortened: false };
}

function emailMessage(e: EmailMessage, record: CaseRecord): SnapshotMessage | null {
  if (e.Status === DRAFT_STATUS) return null;
  const at = isoFrom(e.MessageDate) ?? isoFrom(e.CreatedDate);
  if (!at) return null;
  const fallback = e.Incoming ? (requesterName(record) ?? 'Customer') : 'Agent';
  const body = emailText(e);
  return {
    id: e.Id,
    authorRole: e.Incoming ? 'customer' : 'agent',
    authorName: e.FromName || e.FromAddress || fallback,
    at,
    public: true,
    text: body.text,
    ...(body.shortened ? { shortened: true } : {}),
  };
}

/**
 * The Description opens the thread when the customer wrote it (Web-to-Case, Email-to-Case, a
 * portal user) or an agent logged it (a phone case). Email-to-Case also stores the first email
 * as an EmailMessage, so an email case with incoming emails does not repeat it.
 */
function descriptionMessage(record: CaseRecord, emails: EmailMessage[]): SnapshotMessage | null {
  const text = (record.Description ?? '').trim();
  const at = isoFrom(record.CreatedDate);
  if (!text || !at) return null;
  if (record.Origin === 'Email' && emails.some((e) => e.Incoming)) return null;
  const creatorRole = roleOf(record.CreatedBy, record.ContactId);
  const byCustomer = record.Origin === 'Web' || record.Origin === 'Email' || creatorRole === 'customer';
  return {
    id: `${record.Id}:description`,
    authorRole: byCustomer ? 'customer' : creatorRole,
    authorName: byCustomer ? (requesterName(record) ?? 'Customer') : record.CreatedBy?.Name || 'Unknown user',
    at,
    public: true,
    text,
  };
}

/** All messages, oldest first (ties keep description, comment, email order). */
export function caseMessages(record: CaseRecord, comments: CaseComment[], emails: EmailMessage[]): SnapshotMessage[] {
  const all: SnapshotMessage[] = [];
  const description = descriptionMessage(record, emails);
  if (description) all.push(description);
  for (const c of comments) {
    const m = commentMessage(c, record);
    if (m) all.push(m);
  }
  for (const e of emails) {
    const m = emailMessage(e, record);
    if (m) all.push(m);
  }
  return all.map((m, i) => ({ m, i })).sort((a, b) => a.m.at.localeCompare(b.m.at) || a.i - b.i).map(({ m }) => m);
}

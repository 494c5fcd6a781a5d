/**
 * Status updates to an audience (lib/model/audience.ts). Each audience has at most one draft
 * (saved as typed) and a history of what was sent to it: the text, when, how (copied as rich
 * text, copied as Markdown, posted as an internal note) and the facts it was written from (its
 * basis), so the next update can start from it plus what changed since, and drafts that disagree
 * with what others were told can be caught.
 */
import { z } from 'zod/mini';
import { AudienceSchema, type Audience } from './audience';
import { ETA_CONFIDENCES } from './factsheet';
import { IsoTimeSchema, workspaceRecord } from './record';

export const UPDATE_MAX_LENGTH = 60_000;
/** The longest update template Keel accepts (characters). */
export const TEMPLATE_MAX_LENGTH = 20_000;
/** How much of a sent update the timeline keeps. */
export const UPDATE_EXCERPT_LENGTH = 140;

/** How an update went out: copied as rich text (with plain text beside it), copied as Markdown, or posted as an internal note. */
export const UPDATE_CHANNELS = ['copy', 'markdown', 'internal-note'] as const;
export type UpdateChannel = (typeof UPDATE_CHANNELS)[number];

/** The facts an update was written from (codes, not words), as they were at the time. */
export const UpdateBasisSchema = z.object({
  state: z.nullable(z.string().check(z.maxLength(40))),
  severity: z.nullable(z.string().check(z.maxLength(40))),
  status: z.string().check(z.maxLength(10_000)),
  workaround: z.string().check(z.maxLength(10_000)),
  etaAt: z.nullable(IsoTimeSchema),
  etaConfidence: z.nullable(z.enum(ETA_CONFIDENCES)),
  /** Ids of the plan items done at the time (empty until the plan is known). */
  planDone: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(1000)),
});
export type UpdateBasis = z.infer<typeof UpdateBasisSchema>;

export const UpdateSchema = workspaceRecord({
  audience: AudienceSchema,
  status: z.enum(['draft', 'sent']),
  text: z.string().check(z.maxLength(UPDATE_MAX_LENGTH)),
  basis: UpdateBasisSchema,
  /** When it was sent (null for a draft). */
  sentAt: z.nullable(IsoTimeSchema),
  channel: z.nullable(z.enum(UPDATE_CHANNELS)),
});
export type Update = z.infer<typeof UpdateSchema>;

/** The id of an escalation's draft to an audience (one each). */
export function draftId(escalationId: string, audience: Audience): string {
  return `${escalationId}/draft/${audience}`;
}

/** Timeline events of this domain (see lib/model/timeline.ts). */
export const UPDATE_EVENTS = {
  copied: { audience: 'audience', excerpt: 'text' },
  posted: { audience: 'audience', excerpt: 'text' },
} as const;

export function updateExcerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > UPDATE_EXCERPT_LENGTH ? `${flat.slice(0, UPDATE_EXCERPT_LENGTH)}…` : flat;
}

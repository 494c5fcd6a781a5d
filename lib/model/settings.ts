import { z } from 'zod/mini';
import { QUEUE_ORDERS } from '../lifecycle/queue';
import { DESKS } from './case-ref';
import { StripLayoutSchema } from './strip';
import { AudienceSchema } from './audience';
import { TEMPLATE_MAX_LENGTH } from './update';
import { CadenceSettingsSchema } from './cadence';
import { PlaybookSchema } from './playbook';
import { RetentionSettingsSchema } from './storage';

export const SettingsSchema = z.object({
  /** Self-hosted Jira Data Center hosts the user added, e.g. "jira.example.com". */
  jiraHosts: z._default(z.array(z.string()), []),
  /** Where the temperature bands start (0–100). */
  thresholds: z.optional(
    z
      .object({ warm: z.number().check(z.gte(0), z.lte(100)), hot: z.number().check(z.gte(0), z.lte(100)), critical: z.number().check(z.gte(0), z.lte(100)) })
      .check(z.refine((t) => t.warm < t.hot && t.hot < t.critical, 'warm < hot < critical')),
  ),
  /** The reply target used when the desk exposes no SLA, in minutes. */
  replyTargetMinutes: z.optional(z.int().check(z.gte(15), z.lte(10_080))),
  /** The popup's queue: the order the user chose (the urgency order when absent). */
  queue: z.optional(z.object({ order: z.enum(QUEUE_ORDERS) })),
  /**
   * Strip: where the in-page strip sits on each desk's pages, and whether it is collapsed. A
   * damaged value is dropped (the strip goes back to its default place), never the other settings.
   */
  strip: z.catch(z.optional(z.partialRecord(z.enum(DESKS), StripLayoutSchema)), undefined),
  /** Update templates the user wrote, by audience (Liquid source); an audience without one uses Keel's. */
  templates: z.optional(z.partialRecord(AudienceSchema, z.string().check(z.maxLength(TEMPLATE_MAX_LENGTH)))),
  /** Update cadence: minutes between updates by severity per audience, and default business hours (lib/model/cadence.ts). */
  cadence: z.optional(CadenceSettingsSchema),
  /** The de-escalation playbook as the user edited or imported it; absent: the shipped one, in the user's language. */
  playbook: z.optional(PlaybookSchema),
  /** How long old readings and snapshots are kept (default RETENTION_DAYS_DEFAULT, lib/model/storage.ts). */
  retention: z.optional(RetentionSettingsSchema),
});
export type Settings = z.infer<typeof SettingsSchema>;

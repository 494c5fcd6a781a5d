import { z } from 'zod';
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
  jiraHosts: z.array(z.string()).default([]),
  /** Where the temperature bands start (0–100). */
  thresholds: z
    .object({ warm: z.number().min(0).max(100), hot: z.number().min(0).max(100), critical: z.number().min(0).max(100) })
    .refine((t) => t.warm < t.hot && t.hot < t.critical, 'warm < hot < critical')
    .optional(),
  /** The reply target used when the desk exposes no SLA, in minutes. */
  replyTargetMinutes: z.number().int().min(15).max(10_080).optional(),
  /** The popup's queue: the order the user chose (the urgency order when absent). */
  queue: z.object({ order: z.enum(QUEUE_ORDERS) }).optional(),
  /**
   * Strip: where the in-page strip sits on each desk's pages, and whether it is collapsed. A
   * damaged value is dropped (the strip goes back to its default place), never the other settings.
   */
  strip: z.partialRecord(z.enum(DESKS), StripLayoutSchema).optional().catch(undefined),
  /** Update templates the user wrote, by audience (Liquid source); an audience without one uses Keel's. */
  templates: z.partialRecord(AudienceSchema, z.string().max(TEMPLATE_MAX_LENGTH)).optional(),
  /** Update cadence: minutes between updates by severity per audience, and default business hours (lib/model/cadence.ts). */
  cadence: CadenceSettingsSchema.optional(),
  /** The de-escalation playbook as the user edited or imported it; absent: the shipped one, in the user's language. */
  playbook: PlaybookSchema.optional(),
  /** How long old readings and snapshots are kept (default RETENTION_DAYS_DEFAULT, lib/model/storage.ts). */
  retention: RetentionSettingsSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

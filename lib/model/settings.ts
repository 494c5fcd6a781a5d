import { z } from 'zod';
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
  /** How long old readings and snapshots are kept (default RETENTION_DAYS_DEFAULT, lib/model/storage.ts). */
  retention: RetentionSettingsSchema.optional(),
});
export type Settings = z.infer<typeof SettingsSchema>;

import { z } from 'zod';

export const SettingsSchema = z.object({
  /** Self-hosted Jira Data Center hosts the user added, e.g. "jira.example.com". */
  jiraHosts: z.array(z.string()).default([]),
});
export type Settings = z.infer<typeof SettingsSchema>;

/**
 * Settings: written only through the worker. Content scripts can write `storage.local` in Chrome
 * and Firefox (setAccessLevel restricts only `storage.session`), so the worker keeps the settings
 * it wrote and puts them back when anything else changes the copy pages read (lib/worker/settings.ts).
 */
import { z } from 'zod/mini';
import { SettingsSchema } from '../../model/settings';
import { domain } from './define';

export const settings = domain({
  messages: {
    /** Store the settings (the whole object; the options page starts from what is stored). */
    saveSettings: { from: ['extension'], request: () => z.object({ settings: SettingsSchema }), response: () => SettingsSchema },
  },
});

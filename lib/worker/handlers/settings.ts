import type { settings } from '../../messaging/protocol/settings';
import type { DomainHandlers } from '../../messaging/server';
import { saveVerifiedSettings } from '../settings';

export function settingsHandlers(): DomainHandlers<typeof settings> {
  return {
    saveSettings: ({ settings: next }) => saveVerifiedSettings(next),
  };
}

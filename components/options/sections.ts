/**
 * The options page, top to bottom. A domain with settings writes its section
 * (`components/options/<domain>/<Domain>Options.tsx`) and adds it here; its settings are its own
 * optional sub-object of `Settings` (lib/model/settings.ts).
 */
import { JiraHostsOptions } from './jira-hosts/JiraHostsOptions';
import type { OptionsSection } from './section';
import { TemperatureOptions } from './temperature/TemperatureOptions';
import { StorageOptions } from './storage/StorageOptions';

export const OPTIONS_SECTIONS: readonly OptionsSection[] = [TemperatureOptions, JiraHostsOptions, StorageOptions];

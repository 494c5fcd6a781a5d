/**
 * The options page, top to bottom. A domain with settings writes its section
 * (`components/options/<domain>/<Domain>Options.tsx`) and adds it here; its settings are its own
 * optional sub-object of `Settings` (lib/model/settings.ts).
 */
import { CadenceOptions } from './cadence/CadenceOptions';
import { JiraHostsOptions } from './jira-hosts/JiraHostsOptions';
import { PlaybookOptions } from './playbook/PlaybookOptions';
import type { OptionsSection } from './section';
import { TemperatureOptions } from './temperature/TemperatureOptions';
import { StorageOptions } from './storage/StorageOptions';
import { TemplatesOptions } from './templates/TemplatesOptions';

export const OPTIONS_SECTIONS: readonly OptionsSection[] = [TemperatureOptions, PlaybookOptions, TemplatesOptions, CadenceOptions, JiraHostsOptions, StorageOptions];

import { Options } from '@/components/options/Options';
import { OPTIONS_SECTIONS } from '@/components/options/sections';

/** The options page: a list of sections, each binding its own settings. */
export function OptionsApp() {
  return <Options sections={OPTIONS_SECTIONS} />;
}

/** Unit tests read Keel's real English messages through a Chromium-faithful getMessage. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chromeGetMessage, loadMessages } from './chrome-i18n';

const messages = loadMessages('en');
Object.assign(fakeBrowser.i18n, {
  getMessage: (name: string, substitutions?: string | string[]) => chromeGetMessage(messages, name, substitutions),
  getUILanguage: () => 'en',
});

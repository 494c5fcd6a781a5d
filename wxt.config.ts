import { defineConfig } from 'wxt';

// Host patterns of the three desks' cloud domains. Self-hosted Jira Data Center and custom
// Salesforce domains are optional permissions, requested when the user adds them in Options.
export const DESK_HOST_PATTERNS = [
  '*://*.zendesk.com/*',
  '*://*.atlassian.net/*',
  '*://*.lightning.force.com/*',
  '*://*.my.salesforce.com/*',
  '*://*.force.com/*',
];

export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'contextMenus',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: DESK_HOST_PATTERNS,
    action: { default_title: '__MSG_actionTitle__' },
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' },
    web_accessible_resources: [
      {
        resources: ['strip.html'],
        matches: DESK_HOST_PATTERNS,
        // A fresh URL per session so the host page cannot fingerprint Keel by probing a fixed path.
        use_dynamic_url: true,
      },
    ],
  }),
});

/**
 * Loaded by sidepanel/index.html as an async classic script: asks for the followed window's
 * active tab and the ticket it shows while the panel's modules are still loading (see
 * lib/ui/panel-prefetch.ts). No framework, no zod, no polyfill (Firefox's `browser` and Chrome's
 * MV3 `chrome` both return promises here).
 */
import { startPanelTicket } from '@/lib/ui/panel-prefetch';

type Api = Parameters<typeof startPanelTicket>[0];

export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: Api; chrome?: Api };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (api?.runtime && api.tabs) startPanelTicket(api, location.search);
});

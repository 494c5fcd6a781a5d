/**
 * Loaded by popup/index.html as an async classic script: asks the worker for the first page of
 * active escalations while the page's modules are still loading (see
 * lib/ui/popup-prefetch.ts). No framework, no zod, no polyfill (Firefox's `browser` and
 * Chrome's MV3 `chrome` both return promises here): it runs in well under a millisecond.
 */
import { startFirstPage } from '@/lib/ui/popup-prefetch';

type Api = Parameters<typeof startFirstPage>[0];

export default defineUnlistedScript(() => {
  const scope = globalThis as { browser?: Api; chrome?: Api };
  const api = scope.browser?.runtime ? scope.browser : scope.chrome;
  if (api?.runtime) startFirstPage(api);
});

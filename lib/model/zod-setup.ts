/**
 * Imported first by every entrypoint that checks with zod (the worker and the extension pages).
 *
 * Extension pages and the worker run under MV3's policy, which forbids `eval`. Left to itself,
 * zod's first check tries `new Function('')` to learn whether it may compile its object checks;
 * the throw is caught, but the browser still reports a CSP violation, twice on every open of the
 * strip, side panel, popup and options (a `securitypolicyviolation` event each; test/e2e/
 * policy.e2e.ts). `jitless` skips the try: the checks run as they did, without compiling. The
 * worker imports it too, so its checks take the same path as the pages'.
 */
import { z } from 'zod';

z.config({ jitless: true });

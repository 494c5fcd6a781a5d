/**
 * Imported first by every entrypoint that checks with zod (the worker and the extension pages),
 * and by the unit tests' setup.
 *
 * Keel builds its schemas with `zod/mini`: the same checks as zod's classic API, written as
 * functions (`z.optional(s)`, `s.check(z.maxLength(200))`) instead of methods. A classic schema is
 * given some forty methods of its own when it is built; a page or the worker builds several
 * hundred schemas as its modules load, and that was most of their module evaluation (README's
 * design notes: "Schemas are built with zod/mini").
 *
 * Two settings, for every check:
 * - English messages. `zod/mini` loads no locale, and without one every problem reads "Invalid
 *   input"; Keel shows zod's messages when a stored record, an import file or a desk's answer is
 *   of the wrong shape ("title: Too big: expected string to have <=200 characters").
 * - `jitless`. Extension pages and the worker run under MV3's policy, which forbids `eval`. Left
 *   to itself, zod's first check tries `new Function('')` to learn whether it may compile its
 *   object checks; the throw is caught, but the browser still reports a CSP violation, twice on
 *   every open of the strip, side panel, popup and options (a `securitypolicyviolation` event
 *   each; test/e2e/policy.e2e.ts). `jitless` skips the try: the checks run as they did, without
 *   compiling.
 */
import { en } from 'zod/locales';
// `config`, not `z.config`: the build takes every `z.` call for one without side effects
// (wxt.config.ts, `manualPureFunctions`) and would leave this one out.
import { config } from 'zod/mini';

config({ ...en(), jitless: true });

/**
 * Which pages may frame Keel's strip. The strip has an Escalate button: a page that frames it
 * (having learnt its URL) could trick a click onto it (clickjacking), and in Firefox the URL is
 * stable per install, so the strip checks who frames it before it shows anything or takes a
 * click: every ancestor must be a desk page (a desk's cloud host from the registry, or a
 * self-hosted Jira host the user added). The manifest lets only the desks' hosts load it at all
 * (`frameHostPatterns`); this is the second lock. Pure and page-safe.
 */
import { frameHostPatterns } from './registry';

/** `https://*.zendesk.com/*` → matches `https://acme.zendesk.com` (and `https://zendesk.com`). */
function originMatches(pattern: string, origin: URL): boolean {
  const match = /^(https?):\/\/([^/]+)\//.exec(pattern);
  if (!match) return false;
  const [, scheme, host] = match as unknown as [string, string, string];
  if (`${scheme}:` !== origin.protocol) return false;
  const hostname = origin.hostname.toLowerCase();
  if (host.startsWith('*.')) {
    const suffix = host.slice(2).toLowerCase();
    return hostname === suffix || hostname.endsWith(`.${suffix}`);
  }
  return origin.host.toLowerCase() === host.toLowerCase();
}

/**
 * Whether `origin` (e.g. "https://acme.zendesk.com") is a desk page: a desk's cloud host, or one
 * of `selfHosted` (hosts the user added in Options, with their port if any; HTTPS or HTTP).
 */
export function isDeskOrigin(origin: string, selfHosted: readonly string[] = []): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return false;
  if (url.protocol === 'https:' && frameHostPatterns().some((pattern) => originMatches(pattern, url))) return true;
  return selfHosted.some((host) => host.toLowerCase() === url.host.toLowerCase());
}

/** What a framed page can learn about who frames it. */
export interface FrameFacts {
  /** `location.ancestorOrigins` as an array (parent first), or null where the browser lacks it. */
  ancestorOrigins: readonly string[] | null;
  /** `document.referrer`: the parent's address (or origin), where ancestorOrigins is missing. */
  referrer: string;
  /** Whether the page is framed at all (`window.top !== window`). */
  framed: boolean;
  /** Whether the parent is the top-level page (`window.parent === window.top`). */
  parentIsTop: boolean;
}

/**
 * True when every page framing the strip is a desk page. Not framed, framed by anything else, or
 * impossible to tell (no ancestorOrigins, no referrer): false.
 */
export function framedByDesk(facts: FrameFacts, selfHosted: readonly string[] = []): boolean {
  if (!facts.framed) return false;
  if (facts.ancestorOrigins) {
    return facts.ancestorOrigins.length > 0 && facts.ancestorOrigins.every((origin) => isDeskOrigin(origin, selfHosted));
  }
  // Without ancestorOrigins (older Firefox): only a strip framed directly by the top-level page,
  // whose referrer is a desk page, is trusted.
  if (!facts.parentIsTop || !facts.referrer) return false;
  let origin: string;
  try {
    origin = new URL(facts.referrer).origin;
  } catch {
    return false;
  }
  return isDeskOrigin(origin, selfHosted);
}

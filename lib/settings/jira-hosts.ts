/**
 * Self-hosted Jira Data Center domains: the optional host permissions a domain needs, and which
 * of the added domains the user granted. Used by the options page (asking, showing) and the
 * worker (registering the content script only where it may run).
 */
import { browser } from 'wxt/browser';

/** A self-hosted Jira may be served over HTTPS or, inside a company network, plain HTTP. */
export function originPatterns(host: string): string[] {
  return [`https://${host}/*`, `http://${host}/*`];
}

/** Those of `hosts` whose permission is granted. */
export async function grantedHosts(hosts: readonly string[]): Promise<string[]> {
  const granted: string[] = [];
  for (const host of hosts) {
    if (await browser.permissions.contains({ origins: [`https://${host}/*`] })) granted.push(host);
  }
  return granted;
}

/**
 * URL parsing shared by the desk detectors (content-script code: no dependencies). Cloud desks
 * are HTTPS only; a self-hosted Jira may still be served over plain HTTP.
 */
export function parseDeskUrl(url: string, options: { allowHttp?: boolean } = {}): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol === 'https:' || (options.allowHttp === true && parsed.protocol === 'http:')) return parsed;
  return null;
}

/**
 * Calls `onChange` whenever the page's URL changes, including single-page-app navigations
 * (history.pushState) that fire no load event. Uses the Navigation API where the browser has
 * it, and a slow poll as a safety net for browsers without it.
 */
interface NavigationLike extends EventTarget {
  currentEntry?: { url: string | null } | null;
}

export function watchLocation(onChange: (url: string) => void, signal: AbortSignal, pollMs = 1000): void {
  let last = location.href;
  const check = () => {
    if (location.href === last) return;
    last = location.href;
    onChange(last);
  };
  const nav = (globalThis as { navigation?: NavigationLike }).navigation;
  // currententrychange fires after pushState/replaceState and back/forward.
  nav?.addEventListener('currententrychange', check, { signal });
  addEventListener('popstate', check, { signal });
  addEventListener('hashchange', check, { signal });
  const timer = setInterval(check, pollMs);
  signal.addEventListener('abort', () => clearInterval(timer));
}

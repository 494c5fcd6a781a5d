/**
 * `target.push(...items)` passes every item as a call argument, and a call has a bounded number
 * of arguments: a page of 200,000 comments overflows the stack. This loop does not. Dependency-free,
 * so both the page half and the worker half may use it.
 */
export function appendAll<T>(target: T[], items: readonly T[]): T[] {
  for (let i = 0; i < items.length; i++) target.push(items[i] as T);
  return target;
}

/**
 * Reading a ticket's host and id out of a saved response before it is validated (for
 * `SavedResponses.identify`): plain property access, no zod, nothing assumed about the shape.
 */
export function field(json: unknown, ...path: string[]): unknown {
  let value: unknown = json;
  for (const part of path) value = value && typeof value === 'object' ? (value as Record<string, unknown>)[part] : undefined;
  return value;
}

/** The host of an absolute URL, or undefined. */
export function hostOf(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    return new URL(url).host || undefined;
  } catch {
    return undefined;
  }
}

/** A string or number id as a string, or undefined. */
export function idOf(value: unknown): string | undefined {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/**
 * `value` frozen through and through, for a value a cache hands to every caller (a listed
 * record, the shipped playbook): a caller that tried to change it would change it for all.
 * Returns the same value.
 */
export function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const inner of Object.values(value)) frozen(inner);
    Object.freeze(value);
  }
  return value;
}

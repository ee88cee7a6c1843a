/**
 * collections: small helpers over maps of counts and lists, for resolution, blocking and writing.
 */

/** Adds `value` to the list of `key`. */
export function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

export const count = <K>(map: Map<K, number>, key: K | null | undefined, by = 1) => {
  if (key !== null && key !== undefined) map.set(key, (map.get(key) ?? 0) + by);
};
export const top = <K>(map: Map<K, number>): K | null => {
  let best: K | null = null;
  let bestCount = -1;
  for (const [key, value] of map) if (value > bestCount) [best, bestCount] = [key, value];
  return best;
};

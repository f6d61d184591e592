/**
 * A function's results remembered by argument. The same unit names, headers, achievements, schools and birth days
 * come back tens of thousands of times at province scale. Bounded, so a long session in the task pane does not
 * keep every argument it ever saw.
 */
export function remembered<K, V>(compute: (key: K) => V, limit = 250_000): (key: K) => V {
  let cache = new Map<K, V>();
  return (key) => {
    let result = cache.get(key);
    if (result === undefined) {
      if (cache.size >= limit) cache = new Map();
      result = compute(key);
      cache.set(key, result);
    }
    return result;
  };
}

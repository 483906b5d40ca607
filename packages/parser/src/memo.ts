/**
 * Memoises a pure string function with a bounded cache (cleared when full). Used for per-heading and
 * per-line computations that the incremental parser would otherwise repeat on every keystroke.
 */
export function memoize<T>(fn: (text: string) => T, max = 50_000): (text: string) => T {
  const cache = new Map<string, T>();
  return (text: string) => {
    const hit = cache.get(text);
    if (hit !== undefined || cache.has(text)) return hit as T;
    const value = fn(text);
    if (cache.size >= max) cache.clear();
    cache.set(text, value);
    return value;
  };
}

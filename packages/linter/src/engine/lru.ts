/**
 * A count-bounded least-recently-used map. It is a real `Map` (the analysis layer accepts any Map as its
 * cache); `Map` keeps insertion order, so re-inserting on read moves an entry to the back and the first key
 * is always the least recently used one.
 */
export class LruCache<K, V> extends Map<K, V> {
  constructor(readonly maxEntries: number) {
    super();
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  }

  override get(key: K): V | undefined {
    if (!super.has(key)) return undefined;
    const value = super.get(key) as V;
    super.delete(key);
    super.set(key, value);
    return value;
  }

  override set(key: K, value: V): this {
    super.delete(key);
    super.set(key, value);
    if (this.size > this.maxEntries) {
      const oldest = this.keys().next();
      if (!oldest.done) super.delete(oldest.value);
    }
    return this;
  }
}

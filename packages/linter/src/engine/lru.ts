/**
 * A bounded cache with least-recently-used eviction in two generations (the "quick-lru" scheme): entries live
 * in the current generation (this Map itself) or the previous one. A hit in the current generation costs one
 * `Map.get` and no reordering — which matters when an editor re-lints a 1 MB document per keystroke and every
 * sentence is a hit. When the current generation is full it becomes the previous one and the old previous
 * generation is dropped, so at most `2 × maxEntries` entries are kept and the least recently used go first.
 *
 * It is a real `Map` because the analysis layer accepts any Map as its cache; only get/has/set/delete/clear
 * and `size` (current generation) are meaningful.
 */
export class LruCache<K, V> extends Map<K, V> {
  private previous = new Map<K, V>();

  /**
   * `copyKey` is applied to every key the cache stores (not to lookups), e.g. `detachString` so that keys cut
   * from a large text do not keep that text alive.
   */
  constructor(
    readonly maxEntries: number,
    private readonly copyKey?: (key: K) => K,
  ) {
    super();
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError('maxEntries must be a positive integer');
  }

  override get(key: K): V | undefined {
    const value = super.get(key);
    if (value !== undefined || super.has(key)) return value;
    if (!this.previous.has(key)) return undefined;
    const old = this.previous.get(key) as V;
    this.previous.delete(key);
    this.store(this.copyKey ? this.copyKey(key) : key, old);
    return old;
  }

  override has(key: K): boolean {
    return super.has(key) || this.previous.has(key);
  }

  override set(key: K, value: V): this {
    if (super.has(key)) super.set(key, value);
    else {
      this.previous.delete(key);
      this.store(this.copyKey ? this.copyKey(key) : key, value);
    }
    return this;
  }

  override delete(key: K): boolean {
    const a = super.delete(key);
    const b = this.previous.delete(key);
    return a || b;
  }

  override clear(): void {
    super.clear();
    this.previous.clear();
  }

  private store(key: K, value: V): void {
    if (this.size >= this.maxEntries) {
      this.previous = new Map(super.entries());
      super.clear();
    }
    super.set(key, value);
  }
}

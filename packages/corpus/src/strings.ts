/**
 * A copy of a string that shares no storage with the string it was cut from. V8 represents `slice`/regex
 * results of longer strings as views into their parent, so a cached key or value cut from a document would keep
 * that whole version of the document alive as long as the cache entry.
 */
export function detachString(text: string): string {
  return JSON.parse(JSON.stringify(text)) as string;
}

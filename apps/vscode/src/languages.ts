/**
 * Languages the client sends to the server. Plain text is always included so that turning `scherp.tekstbestanden`
 * on needs no client restart; the server skips plain text while the setting is off.
 */
export const SYNCED_LANGUAGES = ['markdown', 'plaintext'] as const;

/** Languages Scherp checks: Markdown always, plain text only when `scherp.tekstbestanden` is on. */
export function checkedLanguages(settings: { plainText: boolean }): string[] {
  return settings.plainText ? ['markdown', 'plaintext'] : ['markdown'];
}

/** Local and unsaved documents only: other schemes (git, output, virtual file systems) are not policy text. */
export const CHECKED_SCHEMES = ['file', 'untitled'] as const;

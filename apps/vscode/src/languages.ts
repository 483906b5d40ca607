/** Languages Scherp checks: Markdown always, plain text only when `scherp.plainText` is on. */
export function checkedLanguages(settings: { plainText: boolean }): string[] {
  return settings.plainText ? ['markdown', 'plaintext'] : ['markdown'];
}

/** Local and unsaved documents only: other schemes (git, output, virtual file systems) are not policy text. */
export const CHECKED_SCHEMES = ['file', 'untitled'] as const;

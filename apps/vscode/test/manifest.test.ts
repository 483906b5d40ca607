// The manifest refers to its texts by %key%; a missing key shows up as a raw "%key%" in the editor.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (file: string) => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8')) as Record<string, unknown>;
const manifest = read('package.json');
const keys = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]);

describe('package.json localization', () => {
  const bundles = readdirSync(new URL('..', import.meta.url)).filter((f) => /^package\.nls(\.\w+)?\.json$/.test(f));

  it('has a Dutch default bundle and an English one', () => {
    expect(bundles.sort()).toEqual(['package.nls.en.json', 'package.nls.json']);
  });

  it.each(bundles)('%s defines exactly the keys the manifest uses', (bundle) => {
    expect(Object.keys(read(bundle)).sort()).toEqual([...new Set(keys)].sort());
  });

  it('is Dutch first: the English bundle, which an English VS Code shows, opens every text in Dutch', () => {
    const nl = read('package.nls.json') as Record<string, string>;
    const en = read('package.nls.en.json') as Record<string, string>;
    for (const [key, dutch] of Object.entries(nl)) {
      const firstParagraph = dutch.split('\n')[0] as string;
      expect(en[key]?.startsWith(firstParagraph), key).toBe(true);
    }
  });

  it('gives every setting a Dutch name first (VS Code derives the title from the key, e.g. "Debounce Ms")', () => {
    const nl = read('package.nls.json') as Record<string, string>;
    const properties = (manifest.contributes as { configuration: { properties: Record<string, { markdownDescription?: string }> } })
      .configuration.properties;
    for (const [key, property] of Object.entries(properties)) {
      const text = nl[/^%([\w.]+)%$/.exec(property.markdownDescription ?? '')?.[1] ?? ''];
      expect(text, key).toMatch(/^\*\*[A-Z][a-z]+/);
    }
  });

  it('is ready for the Marketplace: icon, licence, changelog, walkthrough media in the package', () => {
    const files = readdirSync(new URL('..', import.meta.url));
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md']));
    expect(manifest.icon).toBe('images/icon.png');
    const ignore = readFileSync(new URL('../.vscodeignore', import.meta.url), 'utf8');
    expect(ignore).toContain('!images/icon.png');
    const walkthroughs = (manifest.contributes as { walkthroughs: Array<{ steps: Array<{ media: { markdown: string } }> }> }).walkthroughs;
    for (const step of walkthroughs[0]!.steps) {
      expect(readFileSync(new URL(`../${step.media.markdown}`, import.meta.url), 'utf8')).toMatch(/^# /);
    }
  });

  it('contributes every setting the extension reads', () => {
    const properties = Object.keys(
      (manifest.contributes as { configuration: { properties: Record<string, unknown> } }).configuration.properties,
    );
    expect(properties.sort()).toEqual(
      ['scherp.debounceMs', 'scherp.enable', 'scherp.locale', 'scherp.plainText', 'scherp.rules', 'scherp.run'].sort(),
    );
  });
});

describe('package.json contributions match the code', () => {
  const source = (file: string) => readFileSync(new URL(`../src/${file}`, import.meta.url), 'utf8');
  const contributes = manifest.contributes as {
    commands: Array<{ command: string }>;
    views: Record<string, Array<{ id: string }>>;
  };

  it('registers every contributed command, and contributes every registered one', () => {
    const registered = [...source('extension.ts').matchAll(/registerCommand\('([\w.]+)'/g)].map((m) => m[1]);
    const revealId = /REVEAL_COMMAND = '([\w.]+)'/.exec(source('advice-tree.ts'))?.[1];
    expect([...registered, revealId].sort()).toEqual(contributes.commands.map((c) => c.command).sort());
  });

  it('contributes the view the tree provider registers', () => {
    const viewId = /ADVICE_VIEW_ID = '([\w.]+)'/.exec(source('advice-tree.ts'))?.[1];
    expect(Object.values(contributes.views).flat().map((v) => v.id)).toEqual([viewId]);
  });
});

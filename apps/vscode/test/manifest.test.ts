// The manifest refers to its texts by %key%; a missing key shows up as a raw "%key%" in the editor.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SETTINGS } from '../src/setting-keys.js';

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

  it('is Dutch by default and English in an English VS Code, every text translated', () => {
    const nl = read('package.nls.json') as Record<string, string>;
    const en = read('package.nls.en.json') as Record<string, string>;
    expect(nl['command.lintWorkspace']).toBe('Controleer werkmap');
    expect(en['command.lintWorkspace']).toBe('Check workspace');
    // Same words in both only where they are names or code.
    const same = Object.keys(nl).filter((key) => nl[key] === en[key]);
    expect(same).toEqual([]);
  });

  it('names every setting in Dutch (VS Code shows the key as the title: "debounceMs" was "Debounce Ms")', () => {
    const properties = (manifest.contributes as { configuration: { properties: Record<string, Record<string, string>> } })
      .configuration.properties;
    const current = Object.keys(properties).filter((key) => !properties[key]!.markdownDeprecationMessage);
    expect(current).toEqual(['scherp.aan', 'scherp.taal', 'scherp.controleren', 'scherp.wachttijd', 'scherp.tekstbestanden', 'scherp.regels']);
  });

  it('keeps the English keys of 0.1 readable but deprecated, each pointing at its Dutch key', () => {
    const properties = (manifest.contributes as { configuration: { properties: Record<string, Record<string, unknown>> } })
      .configuration.properties;
    const en = read('package.nls.en.json') as Record<string, string>;
    for (const [name, key] of Object.entries(SETTINGS)) {
      const old = properties[`scherp.${key.old}`]!;
      expect(old.deprecationMessage, name).toBeDefined();
      const message = en[/^%([\w.]+)%$/.exec(String(old.markdownDeprecationMessage))![1]!];
      expect(message).toContain(`#scherp.${key.key}#`);
      // Same type and values as the new key, so a value of 0.1 is still valid where it stands.
      expect(old.type).toBe(properties[`scherp.${key.key}`]!.type);
      expect(old.default).toEqual(properties[`scherp.${key.key}`]!.default);
    }
  });

  it('is ready for the Marketplace: icon, licence, changelog, walkthrough media in the package', () => {
    const files = readdirSync(new URL('..', import.meta.url));
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'CHANGELOG.md', 'README.md']));
    expect(manifest.icon).toBe('images/icon.png');
    const ignore = readFileSync(new URL('../.vscodeignore', import.meta.url), 'utf8');
    expect(ignore).toContain('!images/icon.png');
    const walkthroughs = (manifest.contributes as { walkthroughs: Array<{ title: string; steps: Array<{ media: { markdown: string } }> }> })
      .walkthroughs;
    // A Dutch one for the first-time writer and an English one, both shown whatever VS Code's language.
    expect(walkthroughs.map((w) => w.title)).toEqual(['Aan de slag met Scherp', 'Get started with Scherp (English)']);
    for (const walkthrough of walkthroughs) {
      expect(walkthrough.steps).toHaveLength(5);
      for (const step of walkthrough.steps) {
        expect(readFileSync(new URL(`../${step.media.markdown}`, import.meta.url), 'utf8')).toMatch(/^# /);
        expect(ignore).toMatch(new RegExp(`^!${path.posix.dirname(step.media.markdown)}/\\*\\.md$`, 'm'));
      }
    }
  });

  it('contributes every setting the extension reads', () => {
    const properties = Object.keys(
      (manifest.contributes as { configuration: { properties: Record<string, unknown> } }).configuration.properties,
    );
    const keys = Object.values(SETTINGS).flatMap(({ key, old }) => [`scherp.${key}`, `scherp.${old}`]);
    expect(properties.sort()).toEqual(keys.sort());
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

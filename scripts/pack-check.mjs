#!/usr/bin/env node
// Packaging check: are the published packages usable by someone who installs them from npm?
// For every publishable workspace under packages/: `npm pack`, publint --strict and attw (node16 profile) on
// the tarball, then install the tarballs together into a fresh project outside the repo
// (so nothing resolves through the workspace), and check that each loads with import() and require() and
// that the installed `scherp` bin lints a vague Markdown file. Run after `npm run build`.
//
// Usage: node scripts/pack-check.mjs [--keep]   (--keep leaves the temporary project for inspection)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const bin = (name) => path.join(repoRoot, 'node_modules', '.bin', name);

/** Our own Dutch example of hollow advice: no owner, no deadline, nothing measurable. */
const VAGUE_MARKDOWN = `# Notitie

Er moet meer aandacht komen voor de samenwerking tussen de betrokken partijen.

Wij adviseren om de mogelijkheden van een nieuw platform verder te verkennen.
`;

/** Outcome of every check, in the order they ran, for the final summary. */
const checks = [];

function record(pkg, check, ok, detail = '') {
  const entry = { pkg, check, ok, detail };
  checks.push(entry);
  print(entry);
}

function print({ pkg, check, ok, detail }) {
  console.log(`${ok ? 'PASS' : 'FAIL'}  ${pkg.padEnd(26)} ${check}${ok || !detail ? '' : `\n${indent(detail)}`}`);
}

function indent(text) {
  const lines = text.trim().split('\n');
  const shown = lines.length > 40 ? [...lines.slice(0, 40), `… (${lines.length - 40} more lines)`] : lines;
  return shown.map((line) => `        ${line}`).join('\n');
}

/** Runs a command without a shell; resolves with its exit code and combined output (never rejects on exit code). */
function run(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? repoRoot,
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? -1, output: signal ? `${output}\n(killed by ${signal})` : output });
    });
  });
}

async function publishablePackages() {
  const dirs = (await readdir(path.join(repoRoot, 'packages'), { withFileTypes: true })).filter((d) => d.isDirectory());
  const packages = [];
  for (const d of dirs) {
    const dir = path.join(repoRoot, 'packages', d.name);
    const manifestPath = path.join(dir, 'package.json');
    if (!existsSync(manifestPath)) continue;
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8'));
    if (manifest.private) continue;
    packages.push({ dir, manifest, name: manifest.name });
  }
  return packages.sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * publint and attw for one package, both on the tarball `npm pack` made (the exact bytes that would be
 * published; the same as `publint` / `attw --pack <dir>` without packing every package three times).
 * Returns the entries so that parallel runs print in package order.
 */
async function lintPackage(pkg, tarball) {
  const publint = await run(bin('publint'), ['run', tarball, '--strict'], { cwd: pkg.dir });
  const attw = await run(bin('attw'), [tarball, '--profile', 'node16', '--format', 'ascii'], { cwd: pkg.dir });
  return [
    { pkg: pkg.name, check: 'publint --strict', ok: publint.code === 0, detail: publint.output },
    // attw exits 0 on a package without types, but every package of ours promises them in `exports`.
    { pkg: pkg.name, check: 'attw --profile node16', ok: attw.code === 0 && !/does not contain types/.test(attw.output), detail: attw.output },
  ];
}

async function packAll(packages, destination) {
  const args = ['pack', '--json', '--pack-destination', destination, ...packages.flatMap((p) => ['-w', p.name])];
  const result = await run('npm', args);
  if (result.code !== 0) throw new Error(`npm pack failed:\n${result.output}`);
  // npm prints warnings before the JSON; the JSON array is the last thing on stdout.
  const json = result.output.slice(result.output.indexOf('\n[') + 1 || result.output.indexOf('['));
  const packed = JSON.parse(json.slice(0, json.lastIndexOf(']') + 1));
  return new Map(packed.map((entry) => [entry.name, path.join(destination, entry.filename)]));
}

async function checkInstalled(pkg, project) {
  // The main entry point and every code subpath export (`@scherp/linter/session`, …).
  const subpaths = Object.keys(pkg.manifest.exports ?? {}).filter((key) => key !== '.' && !key.endsWith('.json'));
  for (const specifier of [pkg.name, ...subpaths.map((key) => `${pkg.name}${key.slice(1)}`)]) {
    const name = JSON.stringify(specifier);
    const label = specifier === pkg.name ? '' : ` ${specifier.slice(pkg.name.length)}`;
    const esm = await run(
      process.execPath,
      ['--input-type=module', '-e', `const m = await import(${name}); if (Object.keys(m).length === 0) throw new Error('no exports');`],
      { cwd: project },
    );
    record(pkg.name, `import()${label}`, esm.code === 0, esm.output);
    const cjs = await run(
      process.execPath,
      ['-e', `const m = require(${name}); if (Object.keys(m).length === 0) throw new Error('no exports');`],
      { cwd: project },
    );
    record(pkg.name, `require()${label}`, cjs.code === 0, cjs.output);
  }
  for (const binName of Object.keys(pkg.manifest.bin ?? {})) {
    const binPath = path.join(project, 'node_modules', '.bin', binName);
    record(pkg.name, `bin ${binName} installed`, existsSync(binPath), `${binPath} is missing`);
  }
}

/** Every installed copy of one of our packages must come from a tarball, never from a registry. */
async function checkResolvedFromTarballs(packages, project) {
  const lock = JSON.parse(await readFile(path.join(project, 'node_modules', '.package-lock.json'), 'utf8'));
  const ours = new Set(packages.map((p) => p.name));
  const wrong = Object.entries(lock.packages ?? {})
    .filter(([location]) => ours.has(location.replace(/^.*node_modules\//, '')))
    .filter(([, entry]) => !String(entry.resolved ?? '').startsWith('file:'))
    .map(([location, entry]) => `${location} resolved from ${entry.resolved ?? '(unknown)'}`);
  record('(all)', 'internal dependencies resolve to the tarballs', wrong.length === 0, wrong.join('\n'));
}

async function checkScherpBin(project) {
  const scherp = path.join(project, 'node_modules', '.bin', 'scherp');
  if (!existsSync(scherp)) return record('@scherp/cli', 'scherp lint vague.md', false, 'node_modules/.bin/scherp is missing');
  await writeFile(path.join(project, 'vague.md'), VAGUE_MARKDOWN);
  const ruleIds = await run(
    process.execPath,
    ['-e', `process.stdout.write(JSON.stringify(require('@scherp/linter').rules.map((r) => r.meta.id)))`],
    { cwd: project },
  );
  const ids = ruleIds.code === 0 ? JSON.parse(ruleIds.output) : [];
  const lint = await run(scherp, ['lint', 'vague.md'], { cwd: project });
  const mentioned = ids.filter((id) => lint.output.includes(id));
  record(
    '@scherp/cli',
    'scherp lint vague.md → exit 1 with rule ids',
    lint.code === 1 && mentioned.length > 0,
    `exit code ${lint.code}; rule ids mentioned: ${mentioned.join(', ') || 'none'}\n${lint.output}`,
  );
}

/** One line per package, one column per kind of check: the overview a reviewer reads first. */
function printMatrix(packages) {
  const columns = ['publint', 'attw', 'import()', 'require()', 'bin'];
  const cell = (pkg, column) => {
    const relevant = checks.filter((c) => c.pkg === pkg && c.check.startsWith(column === 'bin' ? 'bin' : column));
    if (column === 'bin') relevant.push(...checks.filter((c) => c.pkg === pkg && c.check.startsWith('scherp lint')));
    if (relevant.length === 0) return '–';
    return relevant.every((c) => c.ok) ? 'ok' : 'FAIL';
  };
  const width = Math.max(...packages.map((p) => p.name.length));
  console.log(`\n${'package'.padEnd(width)}  ${columns.map((c) => c.padEnd(9)).join(' ')}`);
  for (const pkg of packages) {
    console.log(`${pkg.name.padEnd(width)}  ${columns.map((c) => cell(pkg.name, c).padEnd(9)).join(' ')}`);
  }
}

async function main() {
  const started = performance.now();
  const packages = await publishablePackages();
  const unbuilt = packages.filter((p) => !existsSync(path.join(p.dir, 'dist')));
  if (unbuilt.length > 0) {
    console.error(`pack-check: not built: ${unbuilt.map((p) => p.name).join(', ')}. Run \`npm run build\` first.`);
    process.exit(2);
  }
  console.log(`pack-check: ${packages.length} publishable packages: ${packages.map((p) => p.name).join(', ')}\n`);

  const tmp = await mkdtemp(path.join(os.tmpdir(), 'scherp-pack-check-'));
  try {
    const tarballDir = path.join(tmp, 'tarballs');
    const project = path.join(tmp, 'project');
    await mkdir(tarballDir);
    await mkdir(project);
    const tarballs = await packAll(packages, tarballDir);
    const unpacked = packages.filter((p) => !tarballs.has(p.name)).map((p) => p.name);
    record('(all)', `npm pack (${tarballs.size} tarballs)`, unpacked.length === 0, `not packed: ${unpacked.join(', ')}`);

    // Two at a time: CI machines are small.
    const queue = packages.filter((p) => tarballs.has(p.name));
    const linted = new Map();
    await Promise.all(
      [0, 1].map(async () => {
        for (let pkg = queue.shift(); pkg; pkg = queue.shift()) linted.set(pkg.name, await lintPackage(pkg, tarballs.get(pkg.name)));
      }),
    );
    for (const pkg of packages) for (const entry of linted.get(pkg.name) ?? []) record(entry.pkg, entry.check, entry.ok, entry.detail);

    await writeFile(
      path.join(project, 'package.json'),
      JSON.stringify({ name: 'scherp-pack-check', version: '0.0.0', private: true }, null, 2),
    );
    // All tarballs in one install, so internal dependencies (^0.1.0) resolve to them and not to the registry.
    const install = await run(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', '--no-package-lock', ...tarballs.values()],
      { cwd: project, timeoutMs: 180_000 },
    );
    record('(all)', 'npm install tarballs in a fresh project', install.code === 0, install.output);
    if (install.code === 0) {
      await checkResolvedFromTarballs(packages, project);
      for (const pkg of packages) await checkInstalled(pkg, project);
      if (packages.some((p) => p.name === '@scherp/cli')) await checkScherpBin(project);
    }
  } finally {
    if (keep) console.log(`\nKept ${tmp}`);
    else await rm(tmp, { recursive: true, force: true });
  }

  printMatrix(packages);
  const failed = checks.filter((c) => !c.ok);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\npack-check: ${checks.length - failed.length}/${checks.length} checks passed in ${seconds} s`);
  if (failed.length > 0) {
    console.log('Failed:');
    for (const c of failed) console.log(`  - ${c.pkg}: ${c.check}`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(`pack-check: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
});

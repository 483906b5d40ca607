// The quick start's "main job": lint the two example notes with the freshly built CLI and explain the
// exit codes, so a first-time user sees both a vague and a concrete document.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

const runs = [
  { file: 'examples/vaag-advies.md', expected: 1, label: 'vague advice: findings, exit code 1' },
  { file: 'examples/concreet-advies.md', expected: 0, label: 'concrete advice: no findings, exit code 0' },
];

let ok = true;
for (const { file, expected, label } of runs) {
  console.log(`\n$ npx scherp lint ${file}    # ${label}`);
  // Through npx, as the README tells users to run it (the root links the workspace's `scherp` bin).
  const { status } = spawnSync('npx', ['--no-install', 'scherp', 'lint', file], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  console.log(`→ exit code ${status}`);
  if (status !== expected) ok = false;
}
console.log(ok ? '\nDemo finished as expected.' : '\nDemo: unexpected exit code (see above).');
process.exit(ok ? 0 : 1);

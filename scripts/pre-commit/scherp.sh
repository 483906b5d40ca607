#!/usr/bin/env bash
# The pre-commit hook's command (.pre-commit-hooks.yaml): runs this repository's `scherp` on the files
# pre-commit passes, from the user's repository (paths stay relative to it). Builds the CLI once, in
# pre-commit's copy of this repository, when it has not been built yet.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="$root/packages/cli/dist/bin.js"
if [ ! -f "$bin" ]; then
  echo "scherp: first run, installing and building in $root …" >&2
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
exec node "$bin" "$@"

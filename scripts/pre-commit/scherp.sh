#!/usr/bin/env bash
# The pre-commit hook's command (.pre-commit-hooks.yaml): runs this repository's `scherp` on the files
# pre-commit passes, from the user's repository (paths stay relative to it). The first run installs and
# builds the CLI in pre-commit's copy of this repository (scripts/shared/local-cli.mjs).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
exec node "$root/scripts/shared/local-cli.mjs" "$@"

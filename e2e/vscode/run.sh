#!/usr/bin/env bash
# Editor test: builds the Scherp .vsix, installs it into a real VS Code (code-server, on 127.0.0.1 only)
# and drives it with Playwright + Debian's Chromium. Idempotent; exits non-zero on any failure.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
harness="$here/.harness"
artifacts="$repo/artifacts"
log() { printf '[e2e/vscode] %s (%ss)\n' "$*" "$SECONDS"; }

bash "$here/install.sh"
node_bin="$harness/node/node_modules/node/bin"
code_server="$harness/code-server/node_modules/.bin/code-server"

log "building the .vsix"
(cd "$repo/apps/vscode" && npm run --silent package >/dev/null)
vsix="$repo/apps/vscode/dist/scherp-vscode.vsix"
node "$here/check-vsix.mjs" "$vsix"

work="$(mktemp -d /tmp/scherp-e2e-XXXXXX)"
mkdir -p "$work/user/User" "$work/extensions" "$work/workspace" "$artifacts"
# A quiet editor: no welcome page, no update or telemetry traffic. Workspace Trust is on and the workspace
# opens in Restricted Mode without a prompt: the test grants trust itself.
cat >"$work/user/User/settings.json" <<'JSON'
{
  "workbench.startupEditor": "none",
  "workbench.tips.enabled": false,
  "workbench.welcomePage.walkthroughs.openOnInstall": false,
  "telemetry.telemetryLevel": "off",
  "update.mode": "none",
  "extensions.autoCheckUpdates": false,
  "extensions.autoUpdate": false,
  "extensions.ignoreRecommendations": true,
  "chat.disableAIFeatures": true,
  "git.enabled": false,
  "security.workspace.trust.enabled": true,
  "security.workspace.trust.startupPrompt": "never",
  "security.workspace.trust.banner": "never",
  "editor.hover.delay": 200,
  "window.commandCenter": false,
  "workbench.secondarySideBar.defaultVisibility": "hidden",
  "scherp.debounceMs": 100
}
JSON
printf '# Beleidsnotitie slimme stad\n\nDeze notitie bevat de adviezen van de werkgroep.\n\n' >"$work/workspace/notitie.md"
# A JavaScript config file: loaded only once the workspace is trusted.
printf 'export default { rules: { nominalization: "off" } };\n' >"$work/workspace/scherp.config.mjs"
# The README demo's vague note, for the "at most 3 findings per vague sentence" check and its screenshots.
cp "$repo/examples/vaag-advies.md" "$work/workspace/vaag-advies.md"
# Its stylish output, for a screenshot next to the editor's (the CLI is built from the same sources).
(cd "$repo" && npx turbo run build --filter=@scherp/cli... --output-logs=errors-only >/dev/null)
(cd "$repo" && FORCE_COLOR=1 node packages/cli/dist/bin.js lint examples/vaag-advies.md >"$work/stylish.txt") || true
cp "$work/stylish.txt" "$artifacts/stylish-demo.txt"
# Workspace settings, empty: the test writes an invalid value into them and takes it out again.
mkdir -p "$work/workspace/.vscode" && printf '{}\n' >"$work/workspace/.vscode/settings.json"
# A second file that stays closed: only "Scherp: Controleer werkmap" reports on it.
printf '# Tweede notitie\n\nHet is van belang dat alle partijen nauw samenwerken aan een duurzame toekomst.\n' >"$work/workspace/tweede.md"

run_cs() { PATH="$node_bin:$PATH" "$code_server" --config "$work/config.yaml" --user-data-dir "$work/user" --extensions-dir "$work/extensions" "$@"; }

log "installing the .vsix into code-server"
run_cs --install-extension "$vsix" --force >"$work/install-extension.log" 2>&1 || { cat "$work/install-extension.log"; exit 1; }
run_cs --list-extensions | grep -qx 'scherp.scherp-vscode' || { echo 'extension not listed after install'; exit 1; }

port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"
log "starting code-server on 127.0.0.1:$port"
# Its own session and process group, so the cleanup stops code-server and every process it started.
PATH="$node_bin:$PATH" setsid "$code_server" --config "$work/config.yaml" --user-data-dir "$work/user" \
  --extensions-dir "$work/extensions" --auth none --bind-addr "127.0.0.1:$port" --disable-telemetry \
  --disable-update-check --disable-getting-started-override "$work/workspace" \
  >"$work/code-server.log" 2>&1 &
cs_pid=$!
cleanup() {
  kill -TERM -- "-$cs_pid" 2>/dev/null || true
  sleep 1
  kill -KILL -- "-$cs_pid" 2>/dev/null || true
  cp "$work/code-server.log" "$artifacts/vscode-code-server.log" 2>/dev/null || true
  # VS Code's own logs (extension host, the Scherp output channel) for diagnosing a failed step.
  rm -rf "$artifacts/vscode-logs" && cp -r "$work/user/logs" "$artifacts/vscode-logs" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# Wait (bounded) until code-server answers before handing it to the browser.
node -e '
  const deadline = Date.now() + 60000;
  const poll = () => fetch(process.argv[1]).then((r) => process.exit(r.ok ? 0 : 1), () =>
    Date.now() > deadline ? (console.error("code-server did not start within 60 s"), process.exit(1)) : setTimeout(poll, 250));
  poll();' "http://127.0.0.1:$port/healthz" || { tail -30 "$work/code-server.log"; exit 1; }

status=0
SCHERP_E2E_URL="http://127.0.0.1:$port/?folder=$work/workspace" \
  SCHERP_E2E_ARTIFACTS="$artifacts" \
  SCHERP_E2E_SETTINGS="$work/user/User/settings.json" \
  SCHERP_E2E_WORKSPACE_SETTINGS="$work/workspace/.vscode/settings.json" \
  SCHERP_E2E_LOGS="$work/user/logs" \
  SCHERP_E2E_STYLISH="$work/stylish.txt" \
  timeout 420 node "$here/test.mjs" || status=$?
if [ "$status" -ne 0 ]; then
  log "editor test failed (exit $status); code-server log:"
  tail -30 "$work/code-server.log" || true
fi
log "done"
exit "$status"

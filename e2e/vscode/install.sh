#!/usr/bin/env bash
# Installs what the editor test needs into e2e/vscode/.harness (git-ignored). Idempotent: every step
# checks whether its result is already there. Only the npm registry and Debian packages are used.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
harness="$here/.harness"
NODE_VERSION="24.21.0"
CODE_SERVER_VERSION="4.139.1"
APT_PACKAGES=(libkrb5-dev libsecret-1-dev libx11-dev libxkbfile-dev pkg-config build-essential python3 chromium unzip)

log() { printf '[e2e/vscode] %s\n' "$*"; }

missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  log "apt-get install ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi

# code-server 4.139 needs Node 22+; the machine has Node 20, so a private Node comes from the `node` package.
node_bin="$harness/node/node_modules/node/bin"
if [ "$("$node_bin/node" --version 2>/dev/null)" != "v$NODE_VERSION" ]; then
  log "installing node@$NODE_VERSION"
  mkdir -p "$harness/node"
  echo '{"name":"harness-node","private":true}' >"$harness/node/package.json"
  (cd "$harness/node" && npm install --no-audit --no-fund --no-save "node@$NODE_VERSION" >/dev/null 2>&1)
fi
"$node_bin/node" --version >/dev/null

cs_pkg="$harness/code-server/node_modules/code-server/package.json"
if [ "$("$node_bin/node" -p "require('$cs_pkg').version" 2>/dev/null)" != "$CODE_SERVER_VERSION" ]; then
  log "installing code-server@$CODE_SERVER_VERSION (a few minutes: its postinstall builds native modules)"
  mkdir -p "$harness/code-server"
  echo '{"name":"harness-code-server","private":true}' >"$harness/code-server/package.json"
  # code-server's postinstall must run: it installs and builds VS Code's own dependencies.
  (cd "$harness/code-server" &&
    PATH="$node_bin:$PATH" npm_config_ignore_scripts=false \
      npm install --no-audit --no-fund --no-save "code-server@$CODE_SERVER_VERSION" >"$harness/code-server-install.log" 2>&1) ||
    { tail -40 "$harness/code-server-install.log"; exit 1; }
fi
PATH="$node_bin:$PATH" "$harness/code-server/node_modules/.bin/code-server" --version >/dev/null
log "harness ready: node $("$node_bin/node" --version), code-server $CODE_SERVER_VERSION"

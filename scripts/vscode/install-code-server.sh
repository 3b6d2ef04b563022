#!/usr/bin/env bash
# Installs code-server 4.100.3 (= VS Code 1.100.3) and playwright-core into a cache folder outside the
# repository, so the extension's integration tests can run inside a real VS Code without downloading VS Code
# from Microsoft (these machines reach only the npm registry and Debian's packages).
#
# Follows /work/shared/reference/real-editors-offline.md step by step. Idempotent: a marker file is written
# only once every step succeeded, and a second run with the marker present returns at once. A run that was
# interrupted leaves no marker, so the next run starts that folder over from scratch.
#
# Environment:
#   RAPPORT_VSCODE_CACHE   install folder (default: $HOME/.cache/rapport/code-server-4.100.3)
#   RAPPORT_PLAYWRIGHT_VERSION  playwright-core version to install next to code-server (default 1.65.1)
#
# Prints the install folder as the last line of stdout (everything else goes to stderr), so callers can do
#   dir="$(scripts/vscode/install-code-server.sh | tail -n1)"
set -euo pipefail

CODE_SERVER_VERSION="4.100.3"
PLAYWRIGHT_VERSION="${RAPPORT_PLAYWRIGHT_VERSION:-1.65.1}"
CACHE_DIR="${RAPPORT_VSCODE_CACHE:-${HOME}/.cache/rapport/code-server-${CODE_SERVER_VERSION}}"
# The marker records what was installed; a different version or playwright pin invalidates the folder.
MARKER="${CACHE_DIR}/.rapport-install-complete"
MARKER_CONTENT="code-server@${CODE_SERVER_VERSION} playwright-core@${PLAYWRIGHT_VERSION} node@$(node -p 'process.versions.modules')"

log() { printf '[install-code-server] %s\n' "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

if [[ -f "${MARKER}" && "$(cat "${MARKER}")" == "${MARKER_CONTENT}" ]]; then
  log "already installed in ${CACHE_DIR}"
  echo "${CACHE_DIR}"
  exit 0
fi

# --- system packages ------------------------------------------------------------------------------------
# chromium: the browser that loads the workbench. ripgrep: VS Code's search binary (the npm package would
# download it from GitHub). libkrb5-dev: kerberos' native build needs gssapi/gssapi.h.
# python3/make/g++: node-gyp, for the native rebuilds below.
need_pkgs=()
# RAPPORT_CHROMIUM (also read by test/vscode/run.mjs) lets a machine use a browser it already has.
if [[ -n "${RAPPORT_CHROMIUM:-}" ]]; then
  [[ -x "${RAPPORT_CHROMIUM}" ]] || die "RAPPORT_CHROMIUM=${RAPPORT_CHROMIUM} is not an executable"
else
  [[ -x /usr/bin/chromium ]] || need_pkgs+=(chromium)
fi
command -v rg >/dev/null 2>&1 || need_pkgs+=(ripgrep)
[[ -f /usr/include/gssapi/gssapi.h ]] || need_pkgs+=(libkrb5-dev)
command -v make >/dev/null 2>&1 || need_pkgs+=(make)
command -v g++ >/dev/null 2>&1 || need_pkgs+=(g++)
command -v python3 >/dev/null 2>&1 || need_pkgs+=(python3)

if ((${#need_pkgs[@]} > 0)); then
  # As root, or with passwordless sudo (hosted CI runners); never prompt for a password.
  if [[ "$(id -u)" -eq 0 ]]; then
    as_root=()
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
  else
    die "missing system packages: ${need_pkgs[*]}. Install them (sudo apt-get install -y ${need_pkgs[*]}) and rerun."
  fi
  command -v apt-get >/dev/null 2>&1 || die "missing system packages ${need_pkgs[*]} and no apt-get to install them"
  log "installing system packages: ${need_pkgs[*]}"
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2 </dev/null
  "${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${need_pkgs[@]}" >&2 </dev/null
fi
RG_BIN="$(command -v rg)"

# --- one installer at a time ------------------------------------------------------------------------------
mkdir -p "$(dirname "${CACHE_DIR}")"
exec 9>"${CACHE_DIR}.lock"
flock 9
# Another process may have finished the install while this one waited for the lock.
if [[ -f "${MARKER}" && "$(cat "${MARKER}")" == "${MARKER_CONTENT}" ]]; then
  log "installed by a concurrent run in ${CACHE_DIR}"
  echo "${CACHE_DIR}"
  exit 0
fi

started=${SECONDS}
# No marker means an unknown, possibly half-finished state: start over. Only ever delete a folder this
# script created (its package.json says so) or an empty one, whatever RAPPORT_VSCODE_CACHE points at.
if [[ -d "${CACHE_DIR}" && -n "$(ls -A "${CACHE_DIR}")" ]]; then
  grep -qs '"rapport-code-server-cache"' "${CACHE_DIR}/package.json" \
    || die "${CACHE_DIR} exists and was not created by this script; refusing to delete it"
fi
rm -rf "${CACHE_DIR}"
mkdir -p "${CACHE_DIR}"
cd "${CACHE_DIR}"

# npm must never prompt (CI, no stdin), and audit/fund/update notices are noise here.
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false
export npm_config_loglevel="${npm_config_loglevel:-warn}"
# --prefer-offline: use the npm cache when it has the tarball (warm runs need no registry round trips).
NPM_INSTALL=(npm install --prefer-offline --no-package-lock)

cat >package.json <<'JSON'
{ "name": "rapport-code-server-cache", "private": true, "description": "Installed by scripts/vscode/install-code-server.sh" }
JSON

# --- code-server + playwright-core, without their install scripts ------------------------------------------
# code-server's postinstall wants --unsafe-perm as root and @vscode/ripgrep's downloads from GitHub; the
# steps below do what it would have done, offline.
log "npm install code-server@${CODE_SERVER_VERSION} playwright-core@${PLAYWRIGHT_VERSION}"
"${NPM_INSTALL[@]}" --ignore-scripts "code-server@${CODE_SERVER_VERSION}" "playwright-core@${PLAYWRIGHT_VERSION}" >&2 </dev/null
log "npm rebuild argon2"
npm rebuild argon2 >&2 </dev/null

VSCODE_DIR="${CACHE_DIR}/node_modules/code-server/lib/vscode"
[[ -d "${VSCODE_DIR}" ]] || die "unexpected code-server layout: ${VSCODE_DIR} is missing"

# --- VS Code's own server dependencies -------------------------------------------------------------------
cd "${VSCODE_DIR}"
log "npm install (lib/vscode, production only)"
"${NPM_INSTALL[@]}" --ignore-scripts --omit=dev >&2 </dev/null
log "npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog"
npm rebuild kerberos node-pty @parcel/watcher @vscode/spdlog native-watchdog >&2 </dev/null

# @vscode/ripgrep's postinstall would download rg from GitHub; Debian's binary is equivalent.
mkdir -p node_modules/@vscode/ripgrep/bin
cp "${RG_BIN}" node_modules/@vscode/ripgrep/bin/rg
chmod +x node_modules/@vscode/ripgrep/bin/rg

# The server loads some modules through the Electron-style "node_modules.asar" path.
ln -sfn node_modules node_modules.asar

# --- built-in extensions' dependencies (markdown, git, ...) -----------------------------------------------
log "npm install (lib/vscode/extensions, production only)"
(cd extensions && "${NPM_INSTALL[@]}" --omit=dev >&2 </dev/null)

# --- cosmetic postinstall symlinks (the remote CLI and the "open in browser" helper) ------------------------
[[ -e bin/remote-cli/code-linux.sh ]] && ln -sfn code-linux.sh bin/remote-cli/code-server
[[ -e bin/helpers/browser-linux.sh ]] && ln -sfn browser-linux.sh bin/helpers/browser.sh

# --- smoke check, then mark complete -------------------------------------------------------------------------
# --config points at a throwaway file: without it code-server writes ~/.config/code-server/config.yaml.
smoke_cfg="$(mktemp -d)"
node "${CACHE_DIR}/node_modules/code-server/out/node/entry.js" --config "${smoke_cfg}/config.yaml" --version >&2 </dev/null \
  || { rm -rf "${smoke_cfg}"; die "code-server does not start"; }
rm -rf "${smoke_cfg}"

printf '%s' "${MARKER_CONTENT}" >"${MARKER}"
log "installed in ${CACHE_DIR} in $((SECONDS - started)) s"
echo "${CACHE_DIR}"

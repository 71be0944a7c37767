#!/usr/bin/env bash
# Builds the web UI (src/main/frontend) into target/frontend with the machine's Node.js: npm ci from
# the committed lock file, the API types generated from the committed OpenAPI snapshot, a type check
# and the Vite build; then prints the size of the JavaScript the first page loads (gzipped).
# `build-frontend.sh test` runs the component tests (Vitest) instead.
# Run by the Maven build (generate-resources, test); skip with -Dfrontend.skip=true.
set -euo pipefail
cd "$(dirname "$0")/../src/main/frontend"
if [ "${1:-build}" = test ]; then
  [ "${FRONTEND_SKIP:-false}" = true ] && exit 0
  exec npx vitest run --reporter=dot
fi

required=20.19
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "ERROR: the web UI needs Node.js ${required}+ and npm, which are not on this machine's PATH." >&2
  echo "ERROR: install them (Debian: apt-get install nodejs npm; or https://nodejs.org), or build without the UI: -Dfrontend.skip=true" >&2
  exit 1
fi
version=$(node --version | sed 's/^v//')
if ! node -e "const [a,b]=process.versions.node.split('.').map(Number); process.exit(a>20||(a===20&&b>=19)?0:1)"; then
  echo "ERROR: the web UI needs Node.js ${required}+; this machine has ${version}. Upgrade Node.js, or build without the UI: -Dfrontend.skip=true" >&2
  exit 1
fi

npm ci --no-audit --no-fund --loglevel=error
npm run --silent build -- --logLevel warn
node scripts/bundle-size.mjs ../../../target/frontend

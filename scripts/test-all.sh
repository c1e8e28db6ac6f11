#!/usr/bin/env bash
# Every test from a fresh clone, in one command: what the tests need beyond npm (LibreOffice, Chromium, a CJK font,
# poppler; scripts/install-test-deps.sh, from Debian's packages), then npm ci (which also compiles the command line),
# then the unit and integration tests and the end-to-end tests in a real browser. .ci/run calls exactly this.
#   bash scripts/test-all.sh        (or: npm run test:all, once npm is there)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-test-deps.sh
npm ci --no-audit --no-fund
npm test
npm run test:e2e

#!/usr/bin/env bash
# Installs what the tests need beyond npm, from Debian's packages. Safe to run again; needs root (or sudo).
#   LibreOffice Calc: recalculates the report's formulas in tests (test/helpers/libreoffice.ts) and exports a sheet
#                     to PDF for the README (scripts/render-report.ts).
#   LibreOffice Writer: opens the Word report (.docx) in tests and renders it to PDF for the README.
#   poppler-utils:    pdftoppm, which turns that PDF into a PNG.
#   a CJK font:       without one, LibreOffice and Chromium draw the Chinese text as empty boxes.
#   Chromium:         the browser the end-to-end tests drive with playwright-core (test/e2e); never a downloaded one.
#   python3-openpyxl: a second, stricter independent reader of what the SpreadsheetML writer writes (test/helpers/
#                     openpyxl.ts, run with Debian's /usr/bin/python3).
# An entry "a|b" is satisfied by either package and installs a when neither is there. The -nogui Calc and the smaller
# font come first; the full libreoffice-calc conflicts with the -nogui one, so a machine that already has it keeps it.
# Debian bookworm, fresh: 60 packages, ~97 MB download, ~280 MB on disk; the unpack and setup took ~18 s here
# (measured with the .debs already in apt's cache, so add the download time of your mirror).
set -euo pipefail
packages=(
  "libreoffice-calc-nogui|libreoffice-calc"
  "libreoffice-writer-nogui|libreoffice-writer"
  "poppler-utils"
  "fonts-wqy-zenhei|fonts-noto-cjk"
  "chromium"
  "python3-openpyxl"
)

installed() {
  # `dpkg -s` also succeeds for a removed package whose config files remain, so ask for the real state.
  [ "$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null)" = "install ok installed" ]
}

missing=()
have=()
for entry in "${packages[@]}"; do
  IFS='|' read -r -a choices <<<"$entry"
  found=""
  for p in "${choices[@]}"; do
    if installed "$p"; then found="$p"; break; fi
  done
  if [ -n "$found" ]; then have+=("$found"); else missing+=("${choices[0]}"); fi
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-test-deps: already installed: ${have[*]}"
  exit 0
fi
sudo_cmd=""
[ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
echo "install-test-deps: installing ${missing[*]}"
$sudo_cmd apt-get update -qq
$sudo_cmd env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null

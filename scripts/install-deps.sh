#!/usr/bin/env bash
# Installs what Comal needs on a Debian machine, and only what is missing, so that `make demo` and
# `make test` work on a fresh machine with nothing but the Swift toolchain.
#   scripts/install-deps.sh build   libraries the package links (SQLite, libxlsxwriter, COIN-OR CBC)
#   scripts/install-deps.sh test    the above, plus the independent spreadsheet readers and the PDF printer tests use
#   scripts/install-deps.sh bench   the build's, plus the HTTP load generator and client `make bench-web` drives the server with
set -euo pipefail
need="${1:-build}"

packages=(libsqlite3-dev libxlsxwriter-dev coinor-libcbc-dev pkg-config)
# chromium prints the wall menus to PDF for the one-page test.
[ "$need" = test ] && packages+=(libreoffice-calc-nogui chromium)
# wrk loads the served pages for bench/web.sh; curl signs in and starts the consolidation beside it.
[ "$need" = bench ] && packages+=(wrk curl)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
    sudo="sudo"
  fi
  echo "install-deps: installing ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

pip_install() { # module package why
  if ! python3 -c "import $1" 2>/dev/null; then
    echo "install-deps: installing $2 ($3)"
    python3 -m pip install -q "$2"
  fi
}
pip_install openpyxl openpyxl "Python reader the tests and demo check workbooks with"
if [ "$need" = test ]; then
  # The browser test drives Debian's chromium through Playwright; never `playwright install`.
  pip_install playwright playwright "drives the headless browser test"
  # The API tests validate Sources/ComalWeb/Static/openapi.yaml and every response they receive against it.
  pip_install jsonschema jsonschema "the API tests' response checks"
  pip_install openapi_spec_validator openapi-spec-validator "the API tests' check of Sources/ComalWeb/Static/openapi.yaml"
  pip_install yaml pyyaml "reads Sources/ComalWeb/Static/openapi.yaml"
  pip_install schemathesis schemathesis==4.32.5 "fuzzes the served API (scripts/fuzz_api.py)"
fi

#!/usr/bin/env bash
# Runs the built tests with the whole output kept in out/test.log. When a test fails, what it
# recorded is printed again at the end, because a CI log is often read only from its tail.
set -uo pipefail
swift=${1:-swift}
mkdir -p out
log=out/test.log
"$swift" test --skip-build 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo
  echo "==== What failed (the whole output is in $log) ===="
  grep -E -A4 '^✘ Test .* recorded an issue|^✘ .*(failed|error)|^.*error: ' "$log" |
    grep -v -E 'HummingbirdCore|^[◇✔↳]' |
    awk 'NR <= 80'
fi
exit "$status"

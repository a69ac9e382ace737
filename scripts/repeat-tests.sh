#!/usr/bin/env bash
# Runs the built test suite N times in a row (no rebuild) and counts what went wrong, so that a test
# that fails one run in five shows up before CI meets it. Each run's whole output is kept in
# out/repeat/run-K.log.
#   scripts/repeat-tests.sh 5
set -uo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
swift=${SWIFT:-swift}
mkdir -p out/repeat
failed=0 crashed=0 hung=0
for k in $(seq 1 "$runs"); do
  start=$(date +%s)
  scripts/run-tests.sh "$swift" >"out/repeat/run-$k.log" 2>&1
  status=$?
  seconds=$(($(date +%s) - start))
  summary=$(grep -E '^Tests: [0-9]+ passed' "out/repeat/run-$k.log" | tail -n 1)
  case $status in
    0) verdict="green" ;;
    124) verdict="HUNG (stopped by the run's time limit)"; hung=$((hung + 1)) ;;
    1) verdict="red"; failed=$((failed + 1)) ;;
    *) verdict="CRASHED (exit $status)"; crashed=$((crashed + 1)) ;;
  esac
  echo "run $k/$runs: $verdict in ${seconds}s; ${summary:-no summary line}"
done
echo "repeat-tests: $runs runs, $failed red, $crashed crashed, $hung hung"
[ $((failed + crashed + hung)) -eq 0 ]

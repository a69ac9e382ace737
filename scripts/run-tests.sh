#!/usr/bin/env bash
# Runs the built tests with the whole output kept in out/test.log, and ends with one line:
# `Tests: N passed, N failed, N skipped`. When a test fails, what it recorded is printed again at
# the end, because a CI log is often read only from its tail. The whole run has a time limit
# (COMAL_TEST_TIME_LIMIT seconds, 25 minutes by default), so a hang fails instead of stalling CI.
set -uo pipefail
swift=${1:-swift}
limit=${COMAL_TEST_TIME_LIMIT:-1500}
mkdir -p out
log=out/test.log
results=out/xunit-swift-testing.xml
rm -f "$results" out/xunit.xml
timeout --kill-after=30 "$limit" "$swift" test --skip-build --xunit-output out/xunit.xml 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -ne 0 ]; then
  echo
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    echo "==== The test run was still going after ${limit}s and was stopped ===="
  fi
  echo "==== What failed (the whole output is in $log) ===="
  grep -E -A4 '^✘ Test .* recorded an issue|^✘ .*(failed|error)|^.*error: |Fatal error|Segmentation|signal [0-9]+' "$log" |
    grep -v -E 'HummingbirdCore|^[◇✔↳]' |
    awk 'NR <= 80'
fi
python3 - "$results" "$log" "$status" <<'PY'
import os, re, sys, xml.etree.ElementTree as ET
results, log, status = sys.argv[1], sys.argv[2], int(sys.argv[3])
text = open(log, encoding="utf-8", errors="replace").read()
try:
    cases = ET.parse(results).getroot().iter("testcase")
    outcomes = ["failed" if case.find("failure") is not None or case.find("error") is not None
                else "skipped" if case.find("skipped") is not None else "passed" for case in cases]
    passed, failed, skipped = (outcomes.count(o) for o in ("passed", "failed", "skipped"))
except (OSError, ET.ParseError):
    # The run ended before writing its results (a crash or the time limit): count what the log shows.
    passed = len(re.findall(r"^✔ Test (?!run with).* passed", text, re.M))
    failed = len(re.findall(r"^✘ Test (?!run with).* failed", text, re.M))
    skipped = len(re.findall(r"^\S+ Test .* skipped", text, re.M))
if status != 0 and failed == 0:
    failed = 1  # the run itself failed (a crash, a hang, a build error): never report it green
if os.environ.get("CI") and skipped and status == 0:
    # CI installs everything the tests need (scripts/install-deps.sh test): a skip there is a missing install.
    print("run-tests: on CI no test may be skipped; install what these need in scripts/install-deps.sh:")
    print("\n".join(re.findall(r"^\S+ Test .* skipped.*$", text, re.M)))
    status = 1
print(f"Tests: {passed} passed, {failed} failed, {skipped} skipped")
sys.exit(status)
PY

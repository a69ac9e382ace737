#!/usr/bin/env python3
"""Turns wrk's text output (run with --latency) into the JSON bench/web/wrk.lua writes.

wrk runs a Lua script through a slower path for every request, even an empty one: on two cores,
where wrk shares the CPU with the server it measures, that cost the server a tenth of its answers.
The GET measures therefore run without a script and are read from the text here; only the sign-in
measures, which must POST a form, use bench/web/wrk.lua.

Usage: wrk_text.py WRK_OUTPUT.txt > RESULT.json
"""
import json
import re
import sys

UNITS_US = {"us": 1, "ms": 1_000, "s": 1_000_000, "m": 60_000_000}


def microseconds(text: str) -> int:
    number, unit = re.fullmatch(r"([0-9.]+)(us|ms|s|m)", text).groups()
    return round(float(number) * UNITS_US[unit])


def main() -> None:
    text = open(sys.argv[1], encoding="utf-8").read()
    found = re.search(r"(\d+) requests in ([0-9.]+(?:us|ms|s|m)),", text)
    latency = dict(re.findall(r"^\s+(50|99)(?:\.000)?%\s+(\S+)$", text, re.MULTILINE))
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", text)
    status = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
    connect, read, write, timeout = (int(n) for n in errors.groups()) if errors else (0, 0, 0, 0)
    result = {
        "requests": int(found.group(1)),
        "duration_us": microseconds(found.group(2)),
        # With no answer at all wrk prints no distribution; the report shows a dash then.
        "p50_us": microseconds(latency["50"]) if "50" in latency else 0,
        "p99_us": microseconds(latency["99"]) if "99" in latency else 0,
        "status_errors": int(status.group(1)) if status else 0,
        "connect": connect,
        "read": read,
        "write": write,
        "timeout": timeout,
    }
    json.dump(result, sys.stdout)
    print()


if __name__ == "__main__":
    main()

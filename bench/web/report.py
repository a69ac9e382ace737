#!/usr/bin/env python3
"""Turns bench/web.sh's scratch files into one table, prints it and writes the results file with the
machine it ran on, so that a number in the repository always says where it came from.

    bench/web/report.py SCRATCH_DIR RESULTS.md

SCRATCH_DIR holds `measures.tsv` (label, phase, wrk result JSON from bench/web/wrk.lua or
bench/web/wrk_text.py, seconds the server took to catch up afterwards, milliseconds of one request
alone) and `facts` (key=value lines: setup timings, peak memory, consolidations, other work on the
machine).
"""
import json
import os
import platform
import subprocess
import sys
import time


def facts(path):
    found = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            key, _, value = line.rstrip("\n").partition("=")
            found[key] = value
    return found


def milliseconds(microseconds):
    # wrk reports 0 when no answer came within the timeout: there is no percentile to give.
    return f"{microseconds / 1000:.1f}" if microseconds else "–"


def table(scratch):
    rows = ["| measure | alone ms | req/s | p50 ms | p99 ms | non-2xx/3xx | socket errors (connect/read/write) | timeouts | backlog s |",
            "|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    phase = None
    with open(os.path.join(scratch, "measures.tsv"), encoding="utf-8") as handle:
        for line in handle:
            label, this_phase, result, backlog, alone = line.rstrip("\n").split("\t")
            if this_phase != phase:
                rows.append(f"| **{this_phase}** | | | | | | | | |")
                phase = this_phase
            r = json.load(open(result, encoding="utf-8"))
            rate = r["requests"] / (r["duration_us"] / 1e6)
            sockets = f'{r["connect"]}/{r["read"]}/{r["write"]}'
            rows.append(f'| {label} | {alone} | {rate:.1f} | {milliseconds(r["p50_us"])} | {milliseconds(r["p99_us"])} | '
                        f'{r["status_errors"]} | {sockets} | {r["timeout"]} | {backlog} |')
    return "\n".join(rows)


def machine():
    model = "unknown CPU"
    with open("/proc/cpuinfo", encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo", encoding="utf-8") as handle:
        total_kib = int(handle.readline().split()[1])
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], capture_output=True,
                           text=True).stdout.strip()
    return (f"{os.cpu_count()} cores ({model}), {total_kib / 1048576:.1f} GiB RAM, {platform.platform()}; "
            f"commit {commit or 'unknown'}{' with uncommitted changes' if dirty else ''}; "
            f"{time.strftime('%Y-%m-%d %H:%M %Z')}")


def main():
    scratch, results = sys.argv[1], sys.argv[2]
    f = facts(os.path.join(scratch, "facts"))
    mib = lambda key: f"{int(f[key]) / 1024:.0f} MiB"
    setup = "\n".join(f"| {key[6:].replace('_', ' ')} | {value} |" for key, value in f.items()
                      if key.startswith("setup_"))
    text = f"""# Web benchmark (`make bench-web`)

Machine: {machine()}. Release build; one run. Other work on the machine (anything but this run's
server, wrk, curl and CLI) used {f['others_cpu']} of the run's {f['cpu_available']} CPU-seconds.

Each measure is `wrk -t2 -c64 -d10s --latency --timeout 2s` against `comal serve` on 127.0.0.1,
with wrk on the same machine (it takes part of the two cores); a sign-in's POST runs a Lua script
in wrk, the pages none (a script slows wrk's every request, and so the server beside it). Alone is the median of five requests
sent one after another just before, with nothing else running. p50 and p99 are of the answers that
came within the 2 s timeout (– when none did); wrk counts a slower answer, and each 2 s a request
stays unanswered, as a timeout. A low p50 beside many timeouts means the server answered some
connections again and again while others waited: req/s is what it can serve, p99 and timeouts what
the unlucky waited. Backlog is how long the server then took to answer `/healthz`
within 0.1 s again: it answers the requests wrk left waiting first, and the next measure starts
only after that.

The alliance: {f['sites']} sites in New Mexico towns, {f['lines']} order lines each in the open window
({f['open_lines']} lines), and an earlier window of the same size, closed and consolidated; the shipped
catalogs ({f['products']} products from 3 suppliers). Director of {f['site']}, the buyer, and the
director's API token.

{table(scratch)}

While consolidating: the open window was closed (`comal window close --force`), then the buyer's
`POST /buyer/windows/W/consolidate` ran back to back in the background for the whole of each measure
({f['consolidations']} consolidations, {f['consolidation_seconds']} s each, answers: {f['consolidation_statuses']}).

Server peak memory (`VmHWM`): {mib('vmhwm_reads')} after the read measures and login,
{mib('vmhwm_end')} at the end, after the consolidations.

Logins post the right password, so the throttle had nothing to count: {f['login_429']} answers were 429.

Setup through the CLI (seconds):

| step | seconds |
|---|---:|
{setup}

Whole run, setup, measures and teardown: {f['total_seconds']} s.
"""
    os.makedirs(os.path.dirname(results) or ".", exist_ok=True)
    with open(results, "w", encoding="utf-8") as handle:
        handle.write(text)
    print(text)


if __name__ == "__main__":
    main()

#!/usr/bin/env bash
# make bench-web: how fast `comal serve` answers a whole state's alliance. Builds 2,000 sites with
# 40 order lines each through the CLI (bulk imports) in a scratch folder, serves it, signs in with
# curl, loads each page with wrk, then loads the director's pages again while the buyer consolidates
# the open week on the web, and while 8 connections sign in. Prints one table and writes it to
# bench/results/web.md.
#   bench/web.sh PATH/TO/comal [RESULTS.md]        (BENCH_KEEP=1 keeps the scratch folder)
set -euo pipefail
comal="$1"
results="${2:-bench/results/web.md}"
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "bench-web: wrk is missing; run scripts/install-deps.sh bench" >&2; exit 1; }
source bench/web/lib.sh

scratch="$(mktemp -d "${TMPDIR:-/tmp}/comal-bench-web.XXXXXX")"
db="$scratch/bench.sqlite"
facts="$scratch/facts"
server=""
loop=""
cleanup() {
  # The background consolidations first, so none starts against a server that is going away.
  if [ -n "$loop" ]; then touch "$scratch/stop"; wait "$loop" 2>/dev/null || true; fi
  if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  if [ -n "${BENCH_KEEP:-}" ]; then echo "bench-web: kept $scratch"; else rm -rf "$scratch"; fi
}
trap cleanup EXIT
# A signal ends the script through exit, so that cleanup stops the server too (a background job of
# a script ignores Ctrl-C, and would keep serving).
trap 'exit 130' INT TERM
started=$EPOCHREALTIME
busy_start=$(busy_seconds)

step "Setup through the CLI in $scratch"
catalogs=(catalogs/sandia-foodservice.csv catalogs/rio-grande-produce.csv catalogs/la-mesa-bakery.csv)
timed generate python3 bench/web/generate.py "$scratch" "${catalogs[@]}" --sites 2000 --lines 40 --seed 2026
timed alliance_sites_catalogs load_alliance "${catalogs[@]}"
# The earlier week: open, ordered by the directors, closed and consolidated into the folder the
# server serves workbooks from, so the buyer can download its purchase orders.
closed=$(open_window 3 6)
timed import_orders_closed_week run import orders "$scratch/orders-closed.csv" --window "$closed"
run window close "$closed" --force
timed consolidate_closed_week run consolidate --window "$closed" --out "$scratch/workbooks/window-$closed"
open=$(open_window 10 13)
timed import_orders_open_week run import orders "$scratch/orders-open.csv" --window "$open"
site=$(sed -n '2s/,.*//p' "$scratch/sites.csv")
timed accounts_and_token add_accounts "$site"
token=$("$comal" user token bench-director --label bench --db "$db" 2>/dev/null)
fact setup_total "$(since "$started")"
fact sites 2000
fact lines 40
fact open_lines $(($(wc -l <"$scratch/orders-open.csv") - 1))
fact products $(($(cat "${catalogs[@]}" | wc -l) - ${#catalogs[@]}))
fact site "$site"
echo "setup took $(since "$started") s"

step "Serving"
start_server
sign_in bench-director "$director_password" "$scratch/director.jar"
sign_in bench-buyer "$buyer_password" "$scratch/buyer.jar"
director=(-H "Cookie: comal_session=$(session_of "$scratch/director.jar")")
buyer=(-H "Cookie: comal_session=$(session_of "$scratch/buyer.jar")")
api=(-H "Authorization: Bearer $token")
order="sites/$site/windows/$open/order"
allocation="sites/$site/windows/$closed/allocation"
home="sites/$site"
api_order="api/v1/sites/$site/windows/$open/order"
# There is no per-supplier page for the buyer: one supplier's purchase order (the workbook with
# that supplier's cases, prices and split eaches) is what the buyer downloads for it.
purchase_order=$(cd "$scratch/workbooks/window-$closed" && ls purchase-order-*sandia*.xlsx)
board="buyer/windows/$open"
supplier="buyer/windows/$closed/workbooks/$purchase_order"

step "Each page on its own"
measure "director: order page (open week)" "$order" "${director[@]}"
measure "director: allocation (consolidated week)" "$allocation" "${director[@]}"
measure "director: site home" "$home" "${director[@]}"
measure "director: API order (bearer token)" "$api_order" "${api[@]}"
measure "buyer: board (open week)" "$board" "${buyer[@]}"
measure "buyer: one supplier's purchase order (xlsx)" "$supplier" "${buyer[@]}"
measure_login
measure_signing_in "director: order page (open week)" "$order" "${director[@]}"
measure_signing_in "director: site home" "$home" "${director[@]}"
measure_signing_in "director: API order (bearer token)" "$api_order" "${api[@]}"
fact vmhwm_reads "$(peak_memory)"

step "The director's pages while the buyer consolidates the open week on the web"
run window close "$open" --force
csrf=$(form_token "$board" "${buyer[@]}")
measure_consolidating "director: order page (closed week)" "$order" "${director[@]}"
measure_consolidating "director: allocation (consolidated week)" "$allocation" "${director[@]}"
measure_consolidating "director: site home" "$home" "${director[@]}"
measure_consolidating "director: API order (bearer token)" "$api_order" "${api[@]}"
consolidation_facts
fact vmhwm_end "$(peak_memory)"
stop_server
fact total_seconds "$(since "$started")"
others_cpu "$busy_start"
fact cpu_available "$(awk -v t="$(since "$started")" -v n="$(nproc)" 'BEGIN { printf "%.0f", t * n }')"

step "Results"
python3 bench/web/report.py "$scratch" "$results"
echo "Written to $results"

#!/usr/bin/env bash
# How long `comal menu plan` takes to plan 1, 4 and 8 weeks for the demo's Little Piñon (ESP-01: three
# age groups, breakfast, lunch and PM snack, 74 children) with a release build: the demo alliance's
# suppliers, catalogs, food table and cycle menu loaded into a scratch database, then each plan timed
# from the command's start to its end (CBC's search, the check, the costing, the file written).
# Usage: bench/menu-plan.sh COMAL [WEEKS...]   (default weeks: 1 4 8)
set -euo pipefail
comal="$1"
shift
weeks=("$@")
[ ${#weeks[@]} -gt 0 ] || weeks=(1 4 8)
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
db="$scratch/bench.sqlite"
quiet() { "$comal" "$@" --db "$db" > /dev/null; }

quiet alliance load demo/alliance.yaml
quiet import sites demo/sites.csv
quiet supplier add "Sandia Foodservice" --delivery-fee 45.00 --minimum-order 750.00
quiet supplier add "Rio Grande Produce & Dairy" --delivery-fee 30.00 --minimum-order 300.00
quiet supplier add "La Mesa Bakery" --delivery-fee 15.00 --minimum-order 100.00
quiet import catalog catalogs/sandia-foodservice.csv --supplier "Sandia Foodservice"
quiet import catalog catalogs/rio-grande-produce.csv --supplier "Rio Grande Produce & Dairy"
quiet import catalog catalogs/la-mesa-bakery.csv --supplier "La Mesa Bakery"
quiet import foods catalogs/foods.csv
quiet menu assign menus/nm-center-cycle.yaml --site ESP-01

printf 'Menu planning (comal menu plan, CBC, 1%% gap, time limit 600 s) for ESP-01\n'
printf '%-6s %10s  %s\n' weeks seconds result
for n in "${weeks[@]}"; do
  start=$(date +%s.%N)
  summary=$("$comal" menu plan --site ESP-01 --weeks "$n" --time-limit 600 --out "$scratch/plan-$n.yaml" --db "$db")
  end=$(date +%s.%N)
  first=$(printf '%s\n' "$summary" | head -1 | sed -e 's/^.*: the /the /' -e 's/, [0-9.]* s,.*//')
  cost=$(printf '%s\n' "$summary" | grep '  cost:' | sed -e 's/^  cost: //' -e 's/ (.*//')
  printf '%-6s %10s  %s, %s\n' "$n" "$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }')" "$first" "$cost"
done
printf 'machine: %s cores, %s MiB, %s\n' "$(nproc)" "$(free -m | awk '/Mem:/ {print $2}')" "$(uname -sr)"

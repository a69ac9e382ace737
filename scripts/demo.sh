#!/usr/bin/env bash
# The bundled demo alliance's whole week, as a buyer would run it: set up, open a window, draft each
# site's order from the menu, take the sites' orders, close, consolidate, receive; then the kitchen's
# production records and the wall menus; then the delivery routes, with one stop exception. Workbooks land in out/.
set -euo pipefail
comal="$1"
db="$2"
out="$(dirname "$db")"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
run() { printf '$ comal %s\n' "$*"; "$comal" "$@" --db "$db"; }

rm -rf "$out"
mkdir -p "$out"

step "The alliance, its sites and suppliers"
run alliance load demo/alliance.yaml
run import sites demo/sites.csv
run supplier add "Sandia Foodservice" --delivery-fee 45.00 --minimum-order 750.00
run supplier add "Rio Grande Produce & Dairy" --delivery-fee 30.00 --minimum-order 300.00
run supplier add "La Mesa Bakery" --delivery-fee 15.00 --minimum-order 100.00
run import catalog catalogs/sandia-foodservice.csv --supplier "Sandia Foodservice"
run import catalog catalogs/rio-grande-produce.csv --supplier "Rio Grande Produce & Dairy"
run import catalog catalogs/la-mesa-bakery.csv --supplier "La Mesa Bakery"

step "Suppliers' price lists as they send them: a broadline export, an order guide workbook, a mapped sheet"
run supplier add "High Desert Foodservice" --delivery-fee 40.00 --minimum-order 500.00
run import catalog catalogs/order-guides/high-desert-broadline.csv --supplier "High Desert Foodservice"
run supplier add "Valle Verde Distributors" --delivery-fee 35.00 --minimum-order 400.00
run import catalog catalogs/order-guides/valle-verde-order-guide.xlsx --supplier "Valle Verde Distributors"
run supplier add "Pueblo Bakery" --delivery-fee 10.00 --minimum-order 75.00
run supplier set "Pueblo Bakery" --mapping catalogs/order-guides/pueblo-bakery.mapping.yaml
run import catalog catalogs/order-guides/pueblo-bakery.csv --supplier "Pueblo Bakery"
run supplier list

step "The food table, and each site's own copy of its menu (cooks see and edit it on the web)"
run import foods catalogs/foods.csv
run menu assign menus/nm-center-cycle.yaml --kind center
run menu assign menus/nm-home-week.yaml --kind home
run import rates rates/cacfp-rates.csv
run import claiming demo/claiming.csv
run import seasons seasons/nm-produce-seasons.csv

step "A delivery week: directors order before the cutoff"
delivery=$(date -d "+7 days" +%F)
cutoff="$(date -d "+2 days" +%F) 17:00"
run window open --delivery "$delivery" --cutoff "$cutoff"

step "Each director drafts the order from the menu (week 1 of the cycle), in out/suggested/"
mkdir -p "$out/suggested"
run order suggest --site ESP-01 --window 1 --menu menus/nm-center-cycle.yaml --out "$out/suggested/suggested-ESP-01-w1.csv"
for site in $(tail -n +2 demo/sites.csv | cut -d, -f1 | grep -v '^ESP-01$'); do
  "$comal" order suggest --site "$site" --window 1 --menu menus/nm-center-cycle.yaml \
    --out "$out/suggested/suggested-$site-w1.csv" --db "$db" > "$out/suggested/suggested-$site-w1.txt"
  tail -n 1 "$out/suggested/suggested-$site-w1.txt"
done

step "The directors reviewed their drafts and submitted these orders"
run import orders demo/orders-week1.csv --window 1

step "The buyer closes the window early (--force) and consolidates"
run window close 1 --force
run consolidate --window 1 --out "$out"

step "The delivery arrives: one line short, one damaged, one substituted"
run receive demo/receiving-week1.csv --window 1 --out "$out"
run lots record demo/lots-week1.csv --window 1
step "A supplier recalls a lot of pinto beans: which sites got it?"
run lots recall CS-55402
run window list
run audit --window 1

step "Every number checked by an independent reader (openpyxl), recomputed from the CSVs"
python3 scripts/check_workbooks.py --sites demo/sites.csv --orders demo/orders-week1.csv \
  --catalog "Sandia Foodservice=catalogs/sandia-foodservice.csv" --fee "Sandia Foodservice=45.00" \
  --catalog "Rio Grande Produce & Dairy=catalogs/rio-grande-produce.csv" --fee "Rio Grande Produce & Dairy=30.00" \
  --catalog "La Mesa Bakery=catalogs/la-mesa-bakery.csv" --fee "La Mesa Bakery=15.00" \
  --receiving demo/receiving-week1.csv --rule fill "$out"

step "Delivery day (after the check, since a stop exception changes an invoice): two vehicles from the hub, route sheets and a map in out/routes/"
run routes plan --window 1 --vehicles demo/vehicles.csv --out "$out/routes" --time-limit 3 --speed 80
# Read whole outputs rather than piping into head: under pipefail, a writer cut off by head dies of SIGPIPE.
first_stop=$("$comal" routes status --window 1 --db "$db" | awk '$2 ~ /^#[0-9]+$/ { print $3; exit }')
run routes event --window 1 --site "$first_stop" arrived --by "Driver Ana"
run routes event --window 1 --site "$first_stop" delivered --by "Driver Ana"
exception_sku=$(grep -h -m 1 '<td>' "$out"/routes/route-TRUCK-1.html | sed -E 's/.*<\/td><td>([^<]+)<\/td><td>.*/\1/')
run routes event --window 1 --site "$first_stop" exception --sku "$exception_sku" --quantity 1 --reason damaged --by "Driver Ana"
run routes status --window 1
run consolidate --window 1 --out "$out"

step "For the kitchen and the wall: production records and printed menus"
for site in $(tail -n +2 demo/sites.csv | cut -d, -f1); do
  run menu production --site "$site" --menu menus/nm-center-cycle.yaml --week 1 --out "$out/production" | grep -v '^note:'
done
for week in 1 2 3 4; do
  for lang in en es both; do
    printf '$ comal menu print menus/nm-center-cycle.yaml --week %s --lang %s --out %s\n' "$week" "$lang" "$out/menus"
    "$comal" menu print menus/nm-center-cycle.yaml --week "$week" --lang "$lang" --out "$out/menus"
  done
done

step "The web app: next week open for orders, and one account per role"
run window open --delivery "$(date -d "+14 days" +%F)" --cutoff "$(date -d "+9 days" +%F) 17:00"
run kitchen order --window 2
# Five directors have already started next week's order from last week's, so the buyer's board and
# the fill-the-next-case list have something on them.
awk -F, 'NR == 1 || $1 ~ /^(BEL|CHI|LLU|MOR|TAO)-01$/' demo/orders-week1.csv > "$out/orders-week2-started.csv"
run import orders "$out/orders-week2-started.csv" --window 2
step "Three earlier weeks, already received, so the buyer's savings chart has a history"
# Each week's orders are this week's with quantities varied line by line and a few lines left out,
# entered by the buyer after the cutoff (audited) as if the directors had sent them in.
mkdir -p "$out/history"
for weeks_ago in 3 2 1; do
  delivery=$(date -d "+7 days -$weeks_ago weeks" +%F)
  "$comal" window open --delivery "$delivery" --cutoff "$(date -d "$delivery -5 days" +%F) 17:00" --db "$db" >/dev/null
  window=$("$comal" window list --db "$db" | awk -v d="$delivery" '$2 == "delivery" && $3 == d { print $1 }')
  awk -F, -v OFS=, -v w="$weeks_ago" 'NR == 1 { print; next } (NR + w) % 11 != 0 {
      factor = 0.8 + ((NR * 7 + w * 13) % 5) / 10; $3 = int($3 * factor + 0.5); if ($3 < 1) $3 = 1; print }' \
    demo/orders-week1.csv >"$out/history/orders-$delivery.csv"
  "$comal" import orders "$out/history/orders-$delivery.csv" --window "$window" --buyer "Lorena Archuleta" --db "$db" >/dev/null
  "$comal" window close "$window" --db "$db" >/dev/null
  "$comal" consolidate --window "$window" --out "$out/history/$delivery" --db "$db" >/dev/null
  head -n 1 demo/receiving-week1.csv >"$out/history/received-$delivery.csv"
  "$comal" receive "$out/history/received-$delivery.csv" --window "$window" --out "$out/history/$delivery" --db "$db" >/dev/null
  echo "  received $delivery: window $window, $(($(wc -l <"$out/history/orders-$delivery.csv") - 1)) order lines"
done
run window list

step "The shared kitchen: Little Piñon cooks lunch and the PM snack for two centers and two homes"
run kitchen day --out "$out/kitchen"
kitchen_day=$("$comal" kitchen day --format json --db "$db" | python3 -c 'import json, sys; print(json.load(sys.stdin)["date"])')
run kitchen route --date "$kitchen_day" --out "$out/kitchen"
run kitchen counts --site SFE-01 --date "$kitchen_day"
# The last day the kitchen cooked (a weekday, today or before, in the alliance's time zone): its meals
# have come, so the sites sign for them.
cooked=$(TZ=America/Denver python3 -c '
import datetime
day = datetime.date.today()
while day.weekday() > 4:
    day -= datetime.timedelta(days=1)
print(day)')
run kitchen temps --site CHI-01 --date "$cooked" --stage departure --hot 168 --cold 38 --by "Cook Teresa"
# Chimayó signs for its meals: one container of the 3-5 lunch arrived half full, the hot food a little cool.
short=$("$comal" kitchen day --format json --date "$cooked" --db "$db" | python3 -c '
import json, sys
site = next(s for s in json.load(sys.stdin)["sites"] if s["site"] == "CHI-01")
meal = next(m for m in site["meals"] if m["meal"] == "lunch")
item = next(i for i in meal["items"] if any(c["ageGroup"] == "3-5" for c in i["containers"]) and i["temperature"] == "hot")
amount = next(c["amount"]["value"] for c in item["containers"] if c["ageGroup"] == "3-5")
food = item["food"]
print(f"lunch:3-5:{food}={amount / 2}")')
run kitchen receipt --site CHI-01 --date "$cooked" --received "$short" --served lunch:3-5=3 --hot 131 --cold 39 --by "Rosa Trujillo"
run kitchen day --date "$cooked" --out "$out/kitchen" >/dev/null

logins=(admin:admin:comal-admin: marisol:buyer:comal-buyer: esp-director:director:comal-director:ESP-01
  esp-cook:cook:comal-cook:ESP-01 cocina:kitchen:comal-kitchen: chi-director:director:comal-chimayo:CHI-01)
for login in "${logins[@]}"; do
  IFS=: read -r name role password site <<<"$login"
  printf '$ comal user add %s --role %s%s (password on standard input)\n' "$name" "$role" "${site:+ --site $site}"
  printf '%s\n' "$password" | "$comal" user add "$name" --role "$role" ${site:+--site "$site"} --db "$db"
done

step "Done"
ls -1 "$out"/*.xlsx | sed 's/^/  /'
echo "Suggested orders: $out/suggested/  production records: $out/production/  wall menus: $out/menus/"
echo "The kitchen's batch sheet, tickets, labels, temperature log and receipts: $out/kitchen/"
echo "The three earlier weeks' orders and workbooks: $out/history/"
echo "Open them in LibreOffice or Excel; the database is $db."
echo
echo "Start the web app:  $comal serve --db $db    then open http://127.0.0.1:8080/"
echo "Demo logins (username / password):"
for login in "${logins[@]}"; do
  IFS=: read -r name role password site <<<"$login"
  printf '  %-13s %-15s %s%s\n' "$name" "$password" "$role" "${site:+ of $site}"
done

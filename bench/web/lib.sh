# Helpers for bench/web.sh (sourced; it sets comal, db, scratch, facts, server and loop).
director_password=bench-director-pass
buyer_password=bench-buyer-pass
# Bash writes $EPOCHREALTIME with the locale's decimal mark; awk reads a point.
export LC_NUMERIC=C

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }
fail() {
  echo "bench-web: $*" >&2
  [ -s "$scratch/serve.log" ] && tail -n 20 "$scratch/serve.log" >&2
  exit 1
}
run() { "$comal" "$@" --db "$db" >>"$scratch/setup.log"; }
since() { awk -v a="$1" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }'; }
fact() { printf '%s=%s\n' "$1" "$2" >>"$facts"; }
# CPU seconds the whole machine has been busy (all cores), less those this script and everything
# it ran and waited for have used: other people's work, which the numbers should be read against.
# Called as is, never in $( ): `times` in a subshell would count the fresh subshell only.
busy_seconds() { awk -v hz="$(getconf CLK_TCK)" '/^cpu / { printf "%.1f", ($2 + $3 + $4 + $7 + $8 + $9) / hz }' /proc/stat; }
others_cpu() {
  times >"$scratch/times"
  awk -v a="$1" -v b="$(busy_seconds)" '{ for (i = 1; i <= 2; i++) { split($i, p, /[ms]/); own += p[1] * 60 + p[2] } }
    END { printf "%.0f", b - a - own }' "$scratch/times" >"$scratch/others"
  fact others_cpu "$(cat "$scratch/others")"
}
# Runs a setup step and records how long it took under setup_NAME.
timed() {
  local name=$1 t0=$EPOCHREALTIME
  shift
  "$@"
  fact "setup_$name" "$(since "$t0")"
  echo "  $name: $(since "$t0") s"
}

# The demo's alliance and suppliers, the shipped catalogs, and menus as make demo assigns them: the
# order page reads each of the site's menus, so a site without one would be a cheaper page.
load_alliance() {
  run alliance load demo/alliance.yaml
  run import sites "$scratch/sites.csv"
  run supplier add "Sandia Foodservice" --delivery-fee 45.00 --minimum-order 750.00
  run supplier add "Rio Grande Produce & Dairy" --delivery-fee 30.00 --minimum-order 300.00
  run supplier add "La Mesa Bakery" --delivery-fee 15.00 --minimum-order 100.00
  run import catalog "$1" --supplier "Sandia Foodservice"
  run import catalog "$2" --supplier "Rio Grande Produce & Dairy"
  run import catalog "$3" --supplier "La Mesa Bakery"
  run import foods catalogs/foods.csv
  run menu assign menus/nm-center-cycle.yaml --kind center
  run menu assign menus/nm-home-week.yaml --kind home
}

# Opens a window with its cutoff and delivery that many days ahead (so directors may still import)
# and prints its id.
open_window() {
  local opened
  opened=$("$comal" window open --delivery "$(date -d "+$2 days" +%F)" --cutoff "$(date -d "+$1 days" +%F) 17:00" --db "$db")
  sed -E 's/^Opened window ([0-9]+):.*/\1/' <<<"$opened"
}

add_accounts() {
  printf '%s\n' "$buyer_password" | run user add bench-buyer --role buyer
  printf '%s\n' "$director_password" | run user add bench-director --role director --site "$1"
}

# On a port the system picks: the server prints the one it got.
start_server() {
  "$comal" serve --db "$db" --port 0 >"$scratch/serve.out" 2>"$scratch/serve.log" &
  server=$!
  base=""
  for _ in $(seq 1 300); do
    base=$(sed -n 's|^Comal is serving \(http://[^ ]*/\) .*|\1|p' "$scratch/serve.out")
    [ -n "$base" ] && break
    kill -0 "$server" 2>/dev/null || fail "the server stopped before it served"
    sleep 0.1
  done
  [ -n "$base" ] || fail "the server did not start within 30 s"
  curl -sf -o /dev/null "${base}healthz" || fail "the server does not answer /healthz"
  echo "serving $base (pid $server)"
}

stop_server() {
  kill -TERM "$server"
  wait "$server" || fail "the server exited with $? on SIGTERM"
  server=""
}

peak_memory() { awk '/^VmHWM:/ { print $2 }' "/proc/$server/status"; }

# The CSRF token of the first form on a page (the login form, or the page header's forms).
csrf_in() { sed -n 's/.*name="csrf" value="\([^"]*\)".*/\1/p' "$1" | sed -n 1p; }
form_token() {
  local path=$1
  shift
  curl -sf -o "$scratch/form.html" "$@" "$base$path" || fail "GET /$path failed"
  csrf_in "$scratch/form.html"
}

# Signs in through the login form as a browser would: its token comes from the page and a cookie.
sign_in() {
  local csrf status
  curl -sf -c "$3" -b "$3" -o "$scratch/login.html" "${base}login"
  csrf=$(csrf_in "$scratch/login.html")
  status=$(curl -s -c "$3" -b "$3" -o /dev/null -w '%{http_code}' --data-urlencode "csrf=$csrf" \
    --data-urlencode "username=$1" --data-urlencode "password=$2" "${base}login")
  [ "$status" = 303 ] || fail "signing in as $1 answered $status, not 303"
}
session_of() { awk '$6 == "comal_session" { print $7 }' "$1"; }

# A measure counts only if the page really answers: a lapsed session would be a fast redirect. The
# five requests, one after another, also say what one answer takes when nothing else waits.
time_requests() {
  local expected=$1 path=$2
  shift 2
  : >"$scratch/alone"
  for _ in 1 2 3 4 5; do
    curl -s -o "$scratch/check.out" -w '%{http_code} %{time_total}\n' "$@" "$base$path" >>"$scratch/alone"
  done
  awk -v want="$expected" '$1 != want { exit 1 }' "$scratch/alone" ||
    fail "/$path answered $(awk -v want="$expected" '$1 != want { print $1; exit }' "$scratch/alone"), not $expected"
}
check_page() { time_requests 200 "$@"; }
# The median of those five, in milliseconds.
alone_ms() { sort -n -k2,2 "$scratch/alone" | awk 'NR == 3 { printf "%.0f", $2 * 1000 }'; }

measures=0
# wrk with the settings every measure shares (64 connections unless `connections` says otherwise),
# its numbers as JSON: from bench/web/wrk.lua for a sign-in's POST (BENCH_FORM), else from wrk's
# text (bench/web/wrk_text.py says why). Then waits for the server to work off what wrk left in
# flight, so that no measure pays for the one before, and records how long that took.
run_wrk() {
  local label=$1 phase=$2 path=$3
  shift 3
  measures=$((measures + 1))
  if [ -n "${BENCH_FORM:-}" ]; then
    BENCH_RESULT="$scratch/wrk-$measures.json" wrk -t2 -c"${connections:-64}" -d10s --latency --timeout 2s \
      -s bench/web/wrk.lua "$@" "$base$path" >"$scratch/wrk-$measures.txt"
  else
    wrk -t2 -c"${connections:-64}" -d10s --latency --timeout 2s "$@" "$base$path" >"$scratch/wrk-$measures.txt"
    python3 bench/web/wrk_text.py "$scratch/wrk-$measures.txt" >"$scratch/wrk-$measures.json"
  fi
  # Under load, the background consolidations finish before the server is waited on.
  [ -z "$loop" ] || { touch "$scratch/stop"; wait "$loop"; loop=""; }
  printf '%s\t%s\t%s\t%s\t%s\n' "$label" "$phase" "$scratch/wrk-$measures.json" "$(drain)" "$(alone_ms)" \
    >>"$scratch/measures.tsv"
  printf '  %-48s %s req/s\n' "$label" "$(sed -n 's/^Requests\/sec: *//p' "$scratch/wrk-$measures.txt")"
}

# Seconds until /healthz answers within 0.1 s: the requests wrk gave up on are still answered one
# by one before anything new (two minutes at most).
drain() {
  local t0=$EPOCHREALTIME
  for _ in $(seq 1 240); do
    curl -s -o /dev/null -w '%{http_code} %{time_total}\n' "${base}healthz" | awk '!($1 == 200 && $2 < 0.1) { exit 1 }' \
      && break
    sleep 0.5
  done
  since "$t0"
}

measure() {
  local label=$1 path=$2
  shift 2
  check_page "$path" "$@"
  run_wrk "$label" "Each page on its own" "$path" "$@"
}

# Logins with the right password, so the throttle has no failure to count; bcrypt makes each one
# slow on purpose. At 64 connections most wait past the timeout, so the same again at 2 connections
# (one per core) says what one sign-in takes. Notes any 429 from the throttle.
measure_login() {
  local csrf form
  curl -sf -c "$scratch/anonymous.jar" -o "$scratch/login.html" "${base}login"
  csrf=$(csrf_in "$scratch/login.html")
  form="csrf=$csrf&username=bench-director&password=$director_password"
  time_requests 303 login -H "Cookie: comal_csrf=$csrf" --data "$form"
  BENCH_FORM="$form" run_wrk "login (POST /login, bcrypt cost 12)" "Each page on its own" login \
    -H "Cookie: comal_csrf=$csrf"
  # The sign-ins left waiting for bcrypt (eight at most, about 0.23 s each) finish first; /healthz,
  # which the drain asks, does not wait behind them.
  sleep 3
  BENCH_FORM="$form" connections=2 run_wrk "login, 2 connections" "Each page on its own" login \
    -H "Cookie: comal_csrf=$csrf"
  fact login_429 "$(grep -c 'POST /login 429' "$scratch/serve.log" || true)"
}

# A director's page while 8 connections sign in continuously (bcrypt is slow on purpose, and must
# not slow anyone else down): the sign-ins run for the whole measure, and are not themselves measured.
measure_signing_in() {
  local label=$1 path=$2 csrf signing
  shift 2
  check_page "$path" "$@"
  curl -sf -c "$scratch/anonymous.jar" -o "$scratch/login.html" "${base}login"
  csrf=$(csrf_in "$scratch/login.html")
  BENCH_RESULT="$scratch/signing-in.json" BENCH_FORM="csrf=$csrf&username=bench-director&password=$director_password" \
    wrk -t1 -c8 -d12s --timeout 2s -s bench/web/wrk.lua -H "Cookie: comal_csrf=$csrf" "${base}login" \
    >"$scratch/signing-in.txt" &
  signing=$!
  sleep 1
  run_wrk "$label" "While 8 connections sign in" "$path" "$@"
  wait "$signing"
  sleep 3
}

# The buyer's consolidation of the open (now closed) week, again and again until told to stop, so
# that the whole measure runs beside one. The post starts a job and sends the browser to its page,
# which refreshes until the job is done (303 to the window) or has failed (200 without refresh);
# each consolidation's end status and seconds, from the post to the end, go to a file.
consolidate_loop() {
  local started answer location code
  while [ ! -e "$scratch/stop" ]; do
    started=$(date +%s.%N)
    answer=$(curl -s --max-time 60 -b "$scratch/buyer.jar" -o /dev/null -w '%{http_code} %{redirect_url}' \
      --data-urlencode "csrf=$csrf" "${base}buyer/windows/$open/consolidate")
    code=${answer%% *} location=${answer#* }
    if [ "$code" = 303 ] && [[ "$location" == *"/buyer/jobs/"* ]]; then
      while :; do
        code=$(curl -s --max-time 60 -b "$scratch/buyer.jar" -o "$scratch/job.html" -w '%{http_code}' "$location")
        [ "$code" = 200 ] && grep -q 'http-equiv="refresh"' "$scratch/job.html" || break
        sleep 0.2
      done
    fi
    echo "$code $(awk -v from="$started" -v to="$(date +%s.%N)" 'BEGIN { printf "%.2f", to - from }')" >>"$scratch/consolidations"
  done
}

measure_consolidating() {
  local label=$1 path=$2
  shift 2
  check_page "$path" "$@"
  rm -f "$scratch/stop"
  consolidate_loop &
  loop=$!
  run_wrk "$label" "While the buyer consolidates the open week" "$path" "$@"
}

consolidation_facts() {
  local file="$scratch/consolidations"
  fact consolidations "$(wc -l <"$file")"
  fact consolidation_seconds "$(awk '{ t += $2; if (NR == 1 || $2 < lo) lo = $2; if ($2 > hi) hi = $2 }
    END { printf "%.1f to %.1f, mean %.1f", lo, hi, t / NR }' "$file")"
  fact consolidation_statuses "$(awk '{ n[$1]++ } END { for (s in n) printf "%s%d × %s", (sep++ ? ", " : ""), n[s], s }' "$file")"
}

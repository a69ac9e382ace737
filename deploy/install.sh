#!/usr/bin/env bash
# Installs Comal on a Debian server as a systemd service: builds a release (or takes a built
# comal), puts it in /opt/comal/bin with the resources bundle it reads its templates from, adds the
# `comal` user and /var/lib/comal, installs the units, and starts the server and the nightly backup.
# Run it as root from the source folder: `sudo deploy/install.sh`. Run it again to upgrade.
#
#   --root DIR     install the files under DIR instead of / (a staging tree, or the tests): no user
#                  is created, nothing is chowned, and systemd is left alone
#   --binary PATH  install this already-built comal instead of building a release; the
#                  Comal_ComalWeb.resources folder beside it is installed with it
set -euo pipefail

root=/
binary=
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root=${2:?--root needs a folder}; shift 2 ;;
    --binary) binary=${2:?--binary needs the path of a built comal}; shift 2 ;;
    -h | --help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
deploy=$(cd "$(dirname "$0")" && pwd)
source_folder=$(dirname "$deploy")
into=${root%/}

step() { echo "install.sh: $*"; }

if [ -z "$binary" ]; then
  step "building a release (a few minutes on 2 cores)"
  "$source_folder/scripts/install-deps.sh" build
  # The Swift runtime linked in, so that a later toolchain upgrade on the server cannot break it.
  (cd "$source_folder" && swift build -c release --static-swift-stdlib --product comal)
  binary="$(cd "$source_folder" && swift build -c release --static-swift-stdlib --show-bin-path)/comal"
fi
# comal finds its templates through Bundle.module, in this folder beside the executable.
resources="$(dirname "$binary")/Comal_ComalWeb.resources"
[ -x "$binary" ] || { echo "install.sh: $binary is not a built comal" >&2; exit 1; }
[ -d "$resources" ] || {
  echo "install.sh: $resources is missing; comal cannot serve pages without it (build with swift build)" >&2
  exit 1
}

step "installing comal into $into/opt/comal/bin"
install -d "$into/opt/comal/bin" "$into/usr/local/bin" "$into/etc/systemd/system" "$into/var/lib/comal/backups"
# A new name and then a rename, so that a running server's executable is never written over.
install -m 755 "$binary" "$into/opt/comal/bin/comal.new"
mv -f "$into/opt/comal/bin/comal.new" "$into/opt/comal/bin/comal"
rm -rf "$into/opt/comal/bin/Comal_ComalWeb.resources.new"
cp -R "$resources" "$into/opt/comal/bin/Comal_ComalWeb.resources.new"
rm -rf "$into/opt/comal/bin/Comal_ComalWeb.resources"
mv "$into/opt/comal/bin/Comal_ComalWeb.resources.new" "$into/opt/comal/bin/Comal_ComalWeb.resources"
install -m 755 "$deploy/comal-backup" "$into/opt/comal/bin/comal-backup"
# For the administrator's `comal user add …`; the units call /opt/comal/bin/comal directly.
ln -sfn /opt/comal/bin/comal "$into/usr/local/bin/comal"
install -m 644 "$deploy/comal.service" "$deploy/comal-backup.service" "$deploy/comal-backup.timer" \
  "$into/etc/systemd/system/"

if [ "$root" != / ]; then
  step "installed under $into; no user, permissions or services changed"
  exit 0
fi

if ! id comal >/dev/null 2>&1; then
  step "adding the system user comal"
  useradd --system --user-group --home-dir /var/lib/comal --shell /usr/sbin/nologin comal
fi
chown -R comal:comal /var/lib/comal
chmod 750 /var/lib/comal
step "starting comal.service and the nightly comal-backup.timer"
systemctl daemon-reload
systemctl enable comal.service comal-backup.timer
systemctl restart comal.service
systemctl start comal-backup.timer
/opt/comal/bin/comal --version
step "done: comal answers on http://127.0.0.1:8080/healthz; put Caddy in front (deploy/Caddyfile)"

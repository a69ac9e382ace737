#!/usr/bin/env bash
# What CI does: clone the committed repository into a new temporary folder, with nothing beside it,
# and run `make test` there (the clone builds from nothing). Uncommitted changes are not included.
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
git clone -q . "$scratch/comal"
echo "test-fresh: cloned $(git rev-parse --short HEAD) into $scratch/comal"
cd "$scratch/comal"
start=$(date +%s)
make test
echo "test-fresh: make test on a fresh clone passed in $(($(date +%s) - start))s"

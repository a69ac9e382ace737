# Comal: `make demo` runs the bundled alliance's week, `make test` runs every test, `make bench`
# measures consolidation at scale, the menu check, routing and menu planning, `make bench-web` the web
# app under load, `make test-fresh` runs the tests in a fresh clone as CI does.
# Each installs the Debian packages it needs when they are missing.
SWIFT ?= swift
DB ?= out/demo.sqlite

.PHONY: deps test-deps build demo serve test test-fresh bench bench-web format clean

deps:
	@scripts/install-deps.sh build

test-deps:
	@scripts/install-deps.sh test

build: deps
	$(SWIFT) build --product comal

demo: build
	@scripts/demo.sh "$$($(SWIFT) build --show-bin-path)/comal" "$(DB)"

serve: build
	"$$($(SWIFT) build --show-bin-path)/comal" serve --db "$(DB)"

test: test-deps
	$(SWIFT) build --build-tests
	@scripts/run-tests.sh $(SWIFT)

# What CI does: `make test` in a fresh clone of the committed repository, with nothing beside it.
test-fresh:
	@scripts/test-fresh.sh

bench: deps
	$(SWIFT) build -c release --product ComalBench
	$(SWIFT) build -c release --product ComalMenuBench
	"$$($(SWIFT) build -c release --show-bin-path)/ComalBench"
	"$$($(SWIFT) build -c release --show-bin-path)/ComalMenuBench" .
	$(SWIFT) build -c release --product ComalRoutingBench
	"$$($(SWIFT) build -c release --show-bin-path)/ComalRoutingBench" bench/instances
	$(SWIFT) build -c release --product comal
	bench/menu-plan.sh "$$($(SWIFT) build -c release --show-bin-path)/comal"

# The web app under load: 2,000 sites built through the CLI, served, and read with wrk (bench/web.sh).
bench-web:
	@scripts/install-deps.sh bench
	$(SWIFT) build -c release --product comal
	@bench/web.sh "$$($(SWIFT) build -c release --show-bin-path)/comal"

format:
	$(SWIFT) format --in-place --recursive Sources Tests

clean:
	rm -rf .build out

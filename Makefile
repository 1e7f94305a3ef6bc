# Verity: `make site` builds the sample site into output/, `make test` runs every test.
SWIFT ?= swift

.PHONY: site test bench deps build clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build --product generate

site: build
	$$($(SWIFT) build --show-bin-path)/generate
	@echo "Preview: python3 -m http.server -d output"

# Every warning is an error in the tests' build (see Package.swift).
test: export VERITY_WARNINGS_AS_ERRORS := 1
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	Tests/site-check/site-check $$($(SWIFT) build --show-bin-path)/generate
	Tests/watch-check/watch-check

bench: deps
	Benchmarks/bench.sh

clean:
	rm -rf .build output

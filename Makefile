# Verity: `make site` builds the sample site into output/, `make test` runs every test.
SWIFT ?= swift

.PHONY: site test lint bench deps build clean

deps:
	@scripts/install-deps.sh

build: deps
	$(SWIFT) build --product generate

site: build
	@bin="$$($(SWIFT) build --show-bin-path)/generate"; echo "$$bin"; "$$bin"
	@echo "Preview: python3 -m http.server --bind 127.0.0.1 -d output, then open http://127.0.0.1:8000/"

# The code as .swift-format formats it, and no line longer than 120 characters.
lint:
	$(SWIFT) format lint --strict --recursive Sources templates Tests Package.swift
	@# Characters, not bytes: the translation tables hold Arabic, two bytes a letter.
	@perl -CSD -ne 'chomp; if (length > 120) { print "$$ARGV:$$.: line longer than 120 characters\n"; $$bad = 1 } \
		close ARGV if eof; END { exit($$bad ? 1 : 0) }' $$(find Sources templates Tests -name '*.swift') Package.swift

# Every warning is an error in the tests' build (see Package.swift).
test: export VERITY_WARNINGS_AS_ERRORS := 1
test: deps lint
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest
	./generate check --quiet
	Tests/site-check/site-check $$($(SWIFT) build --show-bin-path)/generate
	Tests/watch-check/watch-check
	Tests/robustness-check/robustness-check $$($(SWIFT) build --show-bin-path)/generate
	Tests/kill-check/kill-check $$($(SWIFT) build --show-bin-path)/generate

bench: deps
	Benchmarks/bench.sh

clean:
	rm -rf .build output

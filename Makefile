# A thin layer over CMake presets (CMakePresets.json) for the two everyday commands.
#   make run    install what is missing, build, and synthesize the default stack
#   make test   install what is missing, build with -Werror, run every test, then the
#               sanitizer build's tests and its fuzzers
.PHONY: run test build deps test-deps unit-asan fuzz fuzz-campaign bench format clean release package

# Each fuzzer's fixed-seed run: at most FUZZ_SECONDS, and FUZZ_RUNS inputs when set (otherwise
# the count tests/fuzz/fuzzers.conf gives each fuzzer).
FUZZ_SECONDS ?= 300
FUZZ_RUNS ?=
# Tests run side by side, one per core: each starts its own servers on ports the OS picks and
# writes only to its own temporary folders.
TEST_JOBS ?= $(shell nproc)

run: deps build
	./build/release/cli/vpcsynth synth

build:
	cmake --preset release >/dev/null
	cmake --build --preset release

deps:
	scripts/install-deps

test-deps:
	scripts/install-deps --tests

test: test-deps
	cmake --preset ci >/dev/null
	cmake --build --preset ci
	ctest --test-dir build/ci -j$(TEST_JOBS) --output-on-failure --timeout 900
	$(MAKE) unit-asan
	$(MAKE) fuzz

# The library's own tests again under AddressSanitizer and UndefinedBehaviorSanitizer. The
# same build (the `sanitize` preset, clang) holds the fuzzers: the library is compiled once for
# both.
unit-asan:
	cmake --preset sanitize >/dev/null
	cmake --build --preset sanitize
	ctest --test-dir build/sanitize -j$(TEST_JOBS) --output-on-failure -LE integration --timeout 900

fuzz:
	scripts/run-fuzzers $(FUZZ_SECONDS) $(FUZZ_RUNS)

# A real campaign on every core, growing tests/fuzz/corpus: make fuzz-campaign HOURS=2
HOURS ?= 1
fuzz-campaign:
	scripts/fuzz-campaign $(HOURS)

bench: build
	tests/bench/read_write.py

format:
	find lib cli tests -name '*.cc' -o -name '*.h' | xargs clang-format -i

clean:
	rm -rf build

# What is shipped, from the static preset (the ci build without tests; docs/install.md):
#   make release   build/static/release/vpcsynth-<version>-linux-<arch>, stripped, and SHA256SUMS
#   make package   build/static/vpcsynth_<version>_<arch>.deb (CPack)
# `make test` checks both already, from the static binary its own build links (no extra compile):
# tests/ship/package_test.py, label `package`.
release: deps
	cmake --preset static >/dev/null
	cmake --build --preset static --target vpcsynth_release
	cat build/static/release/SHA256SUMS

package: release
	cmake --build --preset static --target package

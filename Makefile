# Makefile: builds build/myriad and build/libmyriad.a; `make test`, `make cuda-check`, `make bench`, `make fuzz`,
# the embedding API's libraries (`make embed-device`), `make install`.
CC ?= gcc
NVCC ?= nvcc
PYTHON ?= python3
OPT ?= -O2
CFLAGS ?= $(OPT) -g -std=c11 -Wall -Wextra -Wno-unused-parameter
SANFLAGS ?=
BUILD ?= build
ALL_CFLAGS = $(CFLAGS) $(SANFLAGS) -Iinclude -Isrc/core -I$(BUILD)/gen -D_GNU_SOURCE
LDLIBS = -lm -lpthread -ldl

# The GPU backend is built when nvcc is found (GPU=0 leaves it out; the binary then runs on the CPU
# only). GPU_STRIDE=1 builds it with contiguous heaps instead of warp-interleaved ones, to compare.
NVCC_FOUND := $(shell command -v $(NVCC) 2>/dev/null)
GPU ?= $(if $(NVCC_FOUND),1,0)
GPU_STRIDE ?= 32
GPU_ARCH ?= -gencode arch=compute_90,code=sm_90 -gencode arch=compute_90,code=compute_90
# GPU_MAXRREG=N caps registers per thread (more threads resident per SM, maybe spills): for experiments.
GPU_MAXRREG ?=
NVCC_FLAGS = -O3 -std=c++17 $(GPU_ARCH) -DMY_HEAP_STRIDE=$(GPU_STRIDE) $(if $(GPU_MAXRREG),-maxrregcount=$(GPU_MAXRREG)) \
             -Iinclude -Isrc/core -Isrc/host -I$(BUILD)/gen

CORE_SRC = $(filter-out src/core/unity.c,$(wildcard src/core/*.c))
ifeq ($(GPU),1)
HOST_SRC = $(filter-out src/host/gpu_none.c,$(wildcard src/host/*.c))
GPU_OBJ = $(BUILD)/obj/host/gpu_backend.o
LINK = $(NVCC) $(GPU_ARCH)
else
HOST_SRC = $(wildcard src/host/*.c)
GPU_OBJ =
LINK = $(CC) $(ALL_CFLAGS)
endif
CLI_SRC = $(wildcard src/cli/*.c)
CORE_OBJ = $(CORE_SRC:src/%.c=$(BUILD)/obj/%.o)
HOST_OBJ = $(HOST_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_OBJ = $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
LIB_PY = $(sort $(wildcard src/lib/*.py))
GEN = $(BUILD)/gen/prelude_src.h $(BUILD)/gen/lib_src.h

.PHONY: all test unit pytest conformance clitest gcstress compileeach limits repltest fstest cuda-check bench fuzz clean asan \
        embedtest embed-device embed-examples-cuda install

all: $(BUILD)/myriad $(BUILD)/libmyriad.a $(BUILD)/libmyriad_embed_host.a

PRELUDE_SRC = src/core/prelude.py src/core/prelude_bytes.py src/core/prelude_lang.py
$(BUILD)/gen/prelude_src.h: $(PRELUDE_SRC) tools/embed_prelude.py
	@mkdir -p $(dir $@)
	$(PYTHON) tools/embed_prelude.py $(PRELUDE_SRC) $@

# the standard modules written in Python, compiled into the shared image (image.c)
$(BUILD)/gen/lib_src.h: $(LIB_PY) tools/embed_lib.py
	@mkdir -p $(dir $@)
	$(PYTHON) tools/embed_lib.py $@ $(LIB_PY)

$(BUILD)/obj/%.o: src/%.c $(wildcard src/core/*.h) $(wildcard include/*.h) $(wildcard src/host/*.h) $(wildcard src/cli/*.h) $(GEN)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libmyriad.a: $(CORE_OBJ) $(HOST_OBJ) $(GPU_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/myriad: $(CLI_OBJ) $(BUILD)/libmyriad.a
	$(LINK) $(CLI_OBJ) $(BUILD)/libmyriad.a $(LDLIBS) -o $@

# The GPU backend: the whole core as device code (one translation unit) and the scheduler.
$(BUILD)/obj/host/gpu_backend.o: src/host/gpu_backend.cu src/host/gpu_backend.h $(wildcard src/core/*.c) $(wildcard src/core/*.h) $(wildcard include/*.h) $(GEN)
	@mkdir -p $(dir $@)
	$(NVCC) $(NVCC_FLAGS) -c $< -o $@

# The GPU backend must compile and link even where no GPU is (CI): this builds it.
cuda-check: $(GEN)
	$(MAKE) GPU=1 $(BUILD)/myriad
	@echo "cuda-check: the GPU backend (the core as sm_90 device code) compiles and links"
	$(MAKE) GPU=1 embed-examples-cuda
	@echo "cuda-check: the embedding API's device library and its examples compile and link"

UNIT_TESTS = dtoa bigint intbig parser
UNIT_ARGS_parser = tests/unit/parser_cases
unit: $(UNIT_TESTS:%=$(BUILD)/unit/test_%)
	@for t in $(UNIT_TESTS); do echo "== unit: $$t"; $(BUILD)/unit/test_$$t $$(case $$t in parser) echo tests/unit/parser_cases;; esac) > $(BUILD)/unit/$$t.log 2>&1 || { tail -20 $(BUILD)/unit/$$t.log; exit 1; }; tail -1 $(BUILD)/unit/$$t.log; done

$(BUILD)/unit/test_dtoa: tests/unit/test_dtoa.c src/core/dtoa.c src/core/dtoa.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O2 tests/unit/test_dtoa.c src/core/dtoa.c -lm -o $@

$(BUILD)/unit/test_bigint: tests/unit/test_bigint.c src/core/bigint.c src/core/bigint.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O2 tests/unit/test_bigint.c src/core/bigint.c -lm -o $@

$(BUILD)/unit/test_intbig: tests/unit/test_intbig.c src/core/intbig.c src/core/int.c src/core/bigint.c src/core/obj.c src/core/str.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O2 tests/unit/test_intbig.c tests/unit/stub_unicode.c src/core/intbig.c src/core/int.c src/core/bigint.c src/core/obj.c src/core/str.c -lm -o $@

$(BUILD)/unit/test_parser: tests/unit/test_parser.c src/core/lexer.c src/core/parser.c src/core/lexer.h src/core/parser.h src/core/ast.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O2 tests/unit/test_parser.c src/core/lexer.c src/core/parser.c -o $@

pytest: $(BUILD)/myriad
	$(PYTHON) tests/run_py_tests.py --myriad $(BUILD)/myriad

# The conformance corpus (tests/conformance: small scripts against CPython's outputs): the pass rate
# and the failing scripts; those listed in tests/conformance/known_differences.txt do not fail it.
conformance: $(BUILD)/myriad
	$(PYTHON) tests/run_py_tests.py --myriad $(BUILD)/myriad --dir tests/conformance --summary

# The corpus again in 256 KiB heaps: the collector runs thousands of times and must change nothing.
gcstress: $(BUILD)/myriad
	$(PYTHON) tests/run_py_tests.py --myriad $(BUILD)/myriad --extra-args --heap 256K

# The corpus again with every interpreter compiling the script itself: the same results.
compileeach: $(BUILD)/myriad
	$(PYTHON) tests/run_py_tests.py --myriad $(BUILD)/myriad --extra-args --compile-each

# Per-interpreter failures (recursion, a full heap, the step limit, bad source) leave the others unharmed.
limits: $(BUILD)/myriad
	$(PYTHON) tests/limits/run_limits.py $(BUILD)/myriad

# The command line and the CPU scheduler against a fake core (output grouping, --each, --jsonl, limits).
clitest:
	EXTRA_CFLAGS="$(SANFLAGS)" bash tests/cli/test_cli.sh

# The REPL: inputs piped in, against CPython's outputs; a session driven through a pseudo-terminal.
repltest: $(BUILD)/myriad
	$(PYTHON) tests/repl/run_repl_tests.py $(BUILD)/myriad
	$(PYTHON) tests/repl/test_pty.py $(BUILD)/myriad

# The shared file system: scripts of many interpreters against K CPython processes sharing a
# directory; --mount/--save, read-only mounts, a full file system.
fstest: $(BUILD)/myriad
	$(PYTHON) tests/fs/run_fs_tests.py --myriad $(BUILD)/myriad

test: all unit clitest pytest conformance gcstress compileeach limits repltest fstest embedtest

# ---- The embedding API (include/myriad_embed.h, docs/EMBEDDING.md) ----
# The host emulation: the per-thread API built by gcc, kernels run as threads (src/embed/emu.c).
EMBED_SRC = $(wildcard src/embed/*.c)
EMBED_OBJ = $(EMBED_SRC:src/%.c=$(BUILD)/obj/%.o)
$(BUILD)/libmyriad_embed_host.a: $(EMBED_OBJ)
	@rm -f $@
	ar rcs $@ $^

# The device library: the core and the API as relocatable device code for the user's kernels.
$(BUILD)/obj/embed/embed_device.o: src/embed/embed_device.cu $(EMBED_SRC) $(wildcard src/embed/*.h) $(wildcard src/core/*.c) $(wildcard src/core/*.h) $(wildcard include/*.h) $(GEN)
	@mkdir -p $(dir $@)
	$(NVCC) $(NVCC_FLAGS) -rdc=true -Isrc/embed -c $< -o $@
$(BUILD)/libmyriad_embed_device.a: $(BUILD)/obj/embed/embed_device.o
	@rm -f $@
	ar rcs $@ $^
embed-device: $(BUILD)/libmyriad_embed_device.a $(BUILD)/libmyriad.a

# The examples and the benchmark, as CUDA programs (run them on a GPU: tests/gpu.sh) and as host
# programs through the emulation (run by embedtest).
EMBED_EXAMPLES = square block_reduce column_sum
EMBED_LIBS_HOST = $(BUILD)/libmyriad_embed_host.a $(BUILD)/libmyriad.a $(LDLIBS)
$(BUILD)/embed/%_host: examples/embed/%.cu $(BUILD)/libmyriad_embed_host.a $(BUILD)/libmyriad.a include/myriad_embed.h include/myriad_cuda_emu.h
	@mkdir -p $(dir $@)
	$(CXX) -O2 -g -Wall $(SANFLAGS) -Iinclude -x c++ $< -x none $(EMBED_LIBS_HOST) -o $@
$(BUILD)/embed/%_cuda: examples/embed/%.cu $(BUILD)/libmyriad_embed_device.a $(BUILD)/libmyriad.a include/myriad_embed.h
	@mkdir -p $(dir $@)
	$(NVCC) -O3 -rdc=true $(GPU_ARCH) -Xnvlink -suppress-stack-size-warning -Iinclude $< $(BUILD)/libmyriad_embed_device.a $(BUILD)/libmyriad.a $(LDLIBS) -o $@
embed-examples-cuda: $(EMBED_EXAMPLES:%=$(BUILD)/embed/%_cuda)

$(BUILD)/embed/test_embed: tests/embed/test_embed.c $(BUILD)/libmyriad_embed_host.a $(BUILD)/libmyriad.a include/myriad_embed.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $< $(EMBED_LIBS_HOST) -o $@

# The embedding API on the host: its tests, then the examples (small sizes) in the emulation.
embedtest: $(BUILD)/embed/test_embed $(EMBED_EXAMPLES:%=$(BUILD)/embed/%_host)
	$(BUILD)/embed/test_embed
	$(PYTHON) tests/embed/run_conversions.py $(BUILD)/embed/test_embed tests/embed/conversions.py
	$(BUILD)/embed/square_host
	$(BUILD)/embed/block_reduce_host
	$(BUILD)/embed/column_sum_host --rows 2048

# make install PREFIX=...: headers, libraries (the device library when it was built) and pkg-config files.
PREFIX ?= /usr/local
install: all
	install -d $(DESTDIR)$(PREFIX)/include $(DESTDIR)$(PREFIX)/lib/pkgconfig
	install -m 644 include/myriad.h include/myriad_embed.h include/myriad_cuda_emu.h $(DESTDIR)$(PREFIX)/include/
	install -m 644 $(BUILD)/libmyriad.a $(BUILD)/libmyriad_embed_host.a $(DESTDIR)$(PREFIX)/lib/
	if [ -f $(BUILD)/libmyriad_embed_device.a ]; then install -m 644 $(BUILD)/libmyriad_embed_device.a $(DESTDIR)$(PREFIX)/lib/; fi
	for pc in myriad myriad-embed myriad-embed-host; do \
	  sed -e 's|@PREFIX@|$(PREFIX)|g' -e 's|@VERSION@|$(shell sed -n 's/^#define MYRIAD_VERSION "\(.*\)"/\1/p' include/myriad.h)|g' \
	    tools/$$pc.pc.in > $(DESTDIR)$(PREFIX)/lib/pkgconfig/$$pc.pc; done

asan:
	$(MAKE) GPU=0 BUILD=build/asan SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer" OPT=-O1 test

# Benchmarks: myriad against python3 on bench/*.py (BENCH_ARGS: e.g. --quick, --only fib); table in build/bench.md.
BENCH_ARGS ?=
bench: $(BUILD)/myriad
	$(PYTHON) bench/run_bench.py --myriad $(BUILD)/myriad $(BENCH_ARGS)

# Fuzzing the compiler with libFuzzer (clang, ASan, UBSan): tests/fuzz/fuzz_compile.c.
#   make fuzz          fuzz for FUZZ_SECONDS (default 60); fails if a crash is found (saved in $(BUILD)/fuzz/artifacts/)
#   make fuzz-smoke    replay the seed corpus (tests/py, tests/unit/parser_cases) once: fast, for CI
#   make fuzz-crashes  replay the saved reproducers in tests/fuzz/crashes/ (fails while any still crashes;
#                      timeout-* files fail if one compile takes over FUZZ_SLOW_TIMEOUT seconds)
# Without libFuzzer these print how to get it and do nothing (FUZZ_REQUIRED=1: fail instead).
FUZZ_CC ?= clang
FUZZ_SECONDS ?= 60
FUZZ_ARGS ?=
FUZZ_TIMEOUT ?= 60
FUZZ_SLOW_TIMEOUT ?= 10
FUZZ_SAN = -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
FUZZ_CFLAGS = -g -O1 -std=c11 $(FUZZ_SAN) -Iinclude -Isrc/core -I$(BUILD)/gen -D_GNU_SOURCE
FUZZ_DIR = $(BUILD)/fuzz
FUZZ_BIN = $(FUZZ_DIR)/fuzz_compile
FUZZ_OBJ = $(CORE_SRC:src/core/%.c=$(FUZZ_DIR)/obj/%.o)
FUZZ_SEEDS = $(wildcard tests/py/*.py tests/unit/parser_cases/*.py)
FUZZ_OPTS = -timeout=$(FUZZ_TIMEOUT) -rss_limit_mb=4096 -dict=tests/fuzz/python.dict -artifact_prefix=$(FUZZ_DIR)/artifacts/
FUZZ_HAVE = mkdir -p $(FUZZ_DIR) && printf 'int LLVMFuzzerTestOneInput(const char *d, unsigned long n) { return 0; }\n' \
	| $(FUZZ_CC) -x c - -fsanitize=fuzzer,address,undefined -o $(FUZZ_DIR)/.have_libfuzzer >/dev/null 2>&1
FUZZ_MISSING = echo "fuzz: '$(FUZZ_CC) -fsanitize=fuzzer' does not work here: libFuzzer is missing."; \
	echo "fuzz: on Debian/Ubuntu install clang and its runtime, e.g. 'apt-get install clang-14 libclang-rt-14-dev'"; \
	echo "fuzz: (the package with libclang_rt.fuzzer-x86_64.a for your clang version), or set FUZZ_CC=clang-NN."; \
	echo "fuzz: skipped."; exit $(if $(FUZZ_REQUIRED),1,0)
.PHONY: fuzz-smoke fuzz-crashes

$(FUZZ_DIR)/obj/%.o: src/core/%.c $(wildcard src/core/*.h) $(wildcard include/*.h) $(GEN)
	@mkdir -p $(dir $@)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c $< -o $@

$(FUZZ_BIN): tests/fuzz/fuzz_compile.c $(FUZZ_OBJ)
	$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer tests/fuzz/fuzz_compile.c $(FUZZ_OBJ) -lm -o $@

$(FUZZ_DIR)/seeds.stamp: $(FUZZ_SEEDS)
	@rm -rf $(FUZZ_DIR)/seeds && mkdir -p $(FUZZ_DIR)/seeds
	@for f in $(FUZZ_SEEDS); do cp $$f $(FUZZ_DIR)/seeds/$$(echo $$f | tr / _); done
	@touch $@

# (the public targets check for libFuzzer, then run the _fuzz-* targets that do the work)
fuzz fuzz-smoke fuzz-crashes:
	@if $(FUZZ_HAVE); then $(MAKE) --no-print-directory _$@; else $(FUZZ_MISSING); fi

.PHONY: _fuzz _fuzz-smoke _fuzz-crashes
_fuzz: $(FUZZ_BIN) $(FUZZ_DIR)/seeds.stamp
	@mkdir -p $(FUZZ_DIR)/corpus $(FUZZ_DIR)/artifacts
	$(FUZZ_BIN) $(FUZZ_OPTS) -max_total_time=$(FUZZ_SECONDS) -print_final_stats=1 $(FUZZ_ARGS) $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seeds \
	  || { echo "fuzz: FAILED: a crash was found; reproducer in $(FUZZ_DIR)/artifacts/ (rerun: $(FUZZ_BIN) FILE)"; exit 1; }

_fuzz-smoke: $(FUZZ_BIN) $(FUZZ_DIR)/seeds.stamp
	@mkdir -p $(FUZZ_DIR)/artifacts
	@$(FUZZ_BIN) $(FUZZ_OPTS) -runs=0 $(FUZZ_DIR)/seeds > $(FUZZ_DIR)/smoke.log 2>&1 \
	  && { grep -o 'INITED.*' $(FUZZ_DIR)/smoke.log | head -1; echo "fuzz-smoke: $(words $(FUZZ_SEEDS)) seed inputs compiled without a crash"; } \
	  || { tail -60 $(FUZZ_DIR)/smoke.log; echo "fuzz-smoke: FAILED (log: $(FUZZ_DIR)/smoke.log)"; exit 1; }

_fuzz-crashes: $(FUZZ_BIN)
	@mkdir -p $(FUZZ_DIR)/artifacts
	@fail=0; for f in tests/fuzz/crashes/*; do [ -f "$$f" ] || continue; case $$f in *.md|*.txt) continue;; esac; \
	  to=$(FUZZ_TIMEOUT); case $$(basename $$f) in timeout-*|slow-*) to=$(FUZZ_SLOW_TIMEOUT);; esac; \
	  if $(FUZZ_BIN) $(FUZZ_OPTS) -timeout=$$to $$f > $(FUZZ_DIR)/crash.log 2>&1; then echo "fixed:   $$f"; \
	  else echo "CRASHES: $$f: $$(grep -m1 -E 'ERROR: |runtime error|^fuzz_compile: ' $(FUZZ_DIR)/crash.log)"; fail=1; fi; done; exit $$fail

clean:
	rm -rf build

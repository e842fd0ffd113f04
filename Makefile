# Makefile: builds build/myriad and build/libmyriad.a; `make test`, `make cuda-check`, `make bench`, `make fuzz`.
CC ?= gcc
NVCC ?= nvcc
PYTHON ?= python3
OPT ?= -O2
CFLAGS ?= $(OPT) -g -std=c11 -Wall -Wextra -Wno-unused-parameter
SANFLAGS ?=
BUILD ?= build
ALL_CFLAGS = $(CFLAGS) $(SANFLAGS) -Iinclude -Isrc/core -I$(BUILD)/gen -D_GNU_SOURCE
LDLIBS = -lm -lpthread

CORE_SRC = $(filter-out src/core/unity.c,$(wildcard src/core/*.c))
HOST_SRC = $(wildcard src/host/*.c)
CLI_SRC = $(wildcard src/cli/*.c)
CORE_OBJ = $(CORE_SRC:src/%.c=$(BUILD)/obj/%.o)
HOST_OBJ = $(HOST_SRC:src/%.c=$(BUILD)/obj/%.o)
CLI_OBJ = $(CLI_SRC:src/%.c=$(BUILD)/obj/%.o)
GEN = $(BUILD)/gen/prelude_src.h

.PHONY: all test unit pytest clitest cuda-check bench fuzz clean asan

all: $(BUILD)/myriad $(BUILD)/libmyriad.a

$(GEN): src/core/prelude.py tools/embed_prelude.py
	@mkdir -p $(dir $@)
	$(PYTHON) tools/embed_prelude.py $< $@

$(BUILD)/obj/%.o: src/%.c $(wildcard src/core/*.h) $(wildcard include/*.h) $(wildcard src/host/*.h) $(wildcard src/cli/*.h) $(GEN)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

$(BUILD)/libmyriad.a: $(CORE_OBJ) $(HOST_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(BUILD)/myriad: $(CLI_OBJ) $(BUILD)/libmyriad.a
	$(CC) $(ALL_CFLAGS) $(CLI_OBJ) $(BUILD)/libmyriad.a $(LDLIBS) -o $@

# The core compiled as CUDA device code for sm_90, in one translation unit, and linked.
cuda-check: $(GEN)
	@mkdir -p $(BUILD)/cuda
	$(NVCC) -arch=sm_90 -std=c++17 -O2 -Iinclude -Isrc/core -I$(BUILD)/gen -x cu src/host/cuda_check.cu -o $(BUILD)/cuda/cuda_check
	@echo "cuda-check: the core compiles and links as sm_90 device code"

UNIT_TESTS = dtoa bigint
unit: $(UNIT_TESTS:%=$(BUILD)/unit/test_%)
	@for t in $(UNIT_TESTS); do echo "== unit: $$t"; $(BUILD)/unit/test_$$t > $(BUILD)/unit/$$t.log 2>&1 || { tail -20 $(BUILD)/unit/$$t.log; exit 1; }; tail -1 $(BUILD)/unit/$$t.log; done

$(BUILD)/unit/test_dtoa: tests/unit/test_dtoa.c src/core/dtoa.c src/core/dtoa.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O2 tests/unit/test_dtoa.c src/core/dtoa.c -lm -o $@

$(BUILD)/unit/test_bigint: tests/unit/test_bigint.c src/core/bigint.c src/core/bigint.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -O2 tests/unit/test_bigint.c src/core/bigint.c -lm -o $@

pytest: $(BUILD)/myriad
	$(PYTHON) tests/run_py_tests.py --myriad $(BUILD)/myriad

# The command line and the CPU scheduler against a fake core (output grouping, --each, --jsonl, limits).
clitest:
	EXTRA_CFLAGS="$(SANFLAGS)" bash tests/cli/test_cli.sh

test: all unit clitest pytest

asan:
	$(MAKE) BUILD=build/asan SANFLAGS="-fsanitize=address,undefined -fno-omit-frame-pointer" OPT=-O1 test

bench: $(BUILD)/myriad
	$(PYTHON) bench/run_bench.py --myriad $(BUILD)/myriad

clean:
	rm -rf build

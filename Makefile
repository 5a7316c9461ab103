# newsmark -- build, test, measure.
#
#   make            core library, `build/newsmark`, and the Lua modules
#                   (lua/newsmark/core.so for LuaJIT/Neovim,
#                    lua52/newsmark/core.so for Lua 5.2/Vim)
#   make test       install missing packages (scripts/deps.sh), build, run all tests
#   make eval       score the dev sets with ../shared/eval/score.py (BASELINE=1: no tagger)
#   make bench      throughput and memory on a large generated text
#   make demo       install what is missing to build (Debian), build, open a
#                   sample article in Neovim with newsmark enabled
#   make san        the same build with AddressSanitizer + UBSan, in build-san/
#   make fuzz       libFuzzer harnesses, FUZZ_SECONDS each (default 60)
#   make valgrind   valgrind over the command on every dev-corpus text

CC      ?= cc
OPT     ?= -O3
CFLAGS  ?= $(OPT) -g
WARN    := -std=c11 -D_GNU_SOURCE -Wpedantic -Wall -Wextra -Wshadow -Wpointer-arith -Wstrict-prototypes \
           -Wno-unused-parameter
SHARED  ?= ../shared
B       ?= build

PCRE2_CFLAGS := $(shell pkg-config --cflags libpcre2-8 2>/dev/null)
PCRE2_LIBS   := $(shell pkg-config --libs libpcre2-8 2>/dev/null || echo -lpcre2-8)
LUAJIT_INC   := $(shell pkg-config --cflags luajit 2>/dev/null)
LUA52_INC    := $(shell pkg-config --cflags lua5.2 2>/dev/null)
LUAJIT_LIBS  := $(shell pkg-config --libs luajit 2>/dev/null || echo -lluajit-5.1)

# -fno-semantic-interposition: -fPIC alone makes the compiler assume any
# exported function may be replaced at load time, so a call to one in the
# same file is never inlined; nothing replaces the core's functions.
ALL_CFLAGS = $(WARN) $(CFLAGS) -fPIC -fno-semantic-interposition $(PCRE2_CFLAGS) -DPCRE2_CODE_UNIT_WIDTH=8

CORE_SRC := $(sort $(wildcard csrc/*.c))
CORE_OBJ := $(CORE_SRC:csrc/%.c=$(B)/obj/%.o)
CLI_SRC  := $(sort $(wildcard csrc/cli/*.c))
CLI_OBJ  := $(CLI_SRC:csrc/cli/%.c=$(B)/obj/cli/%.o)
TOOL_SRC := $(sort $(wildcard csrc/tools/*.c))
TOOLS    := $(TOOL_SRC:csrc/tools/%.c=$(B)/%)
# C test programs: tests/c/NAME.c -> $(B)/test-NAME
CTEST_SRC := $(sort $(wildcard tests/c/*.c))
CTESTS   := $(CTEST_SRC:tests/c/%.c=$(B)/test-%)
HDRS     := $(wildcard csrc/*.h csrc/cli/*.h csrc/lua/*.h csrc/tools/*.h) $(wildcard csrc/gen/*.h)

# Where the Lua modules go (the sanitizer build puts its own under build-san/).
LUADIR   ?= lua
LUA52DIR ?= lua52
LUA_MODS := $(LUADIR)/newsmark/core.so
ifneq ($(LUA52_INC),)
LUA_MODS += $(LUA52DIR)/newsmark/core.so
endif

.PHONY: all test eval bench demo san fuzz fuzz-build valgrind clean deps check-build lexicons model
all: $(B)/newsmark $(LUA_MODS) $(TOOLS) $(CTESTS)

$(B)/obj/%.o: csrc/%.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c $< -o $@

# Embedded data (csrc/embed.h): objects that .incbin a file depend on it.
$(B)/obj/tagger.o: data/tagger.model
$(B)/obj/claims.o: data/claims.model
$(B)/obj/quoted.o: data/quoted.model

# Trains data/tagger.model on the CoNLL++ train split (dev chooses the epoch),
# then data/claims.model on the PolNeAR train split alone (cross-validation on
# train chooses its threshold; it is trained with the tagger just made),
# then data/quoted.model on PolNeAR train with both models just made (the
# claim model is trained without it: its trace turns the quoted pass off).
model: $(B)/nm-train $(B)/nm-train-claims $(B)/nm-train-quoted
	$(B)/nm-train -o data/tagger.model $(SHARED)/corpus/conllpp-train $(SHARED)/corpus/conllpp-dev
	$(MAKE) --no-print-directory $(B)/nm-train-claims
	$(B)/nm-train-claims -o data/claims.model $(SHARED)/corpus/polnear-train
	$(MAKE) --no-print-directory $(B)/nm-train-quoted
	$(B)/nm-train-quoted -o data/quoted.model $(SHARED)/corpus/polnear-train

# The lexicon: csrc/build/lexbuild.c hashes data/lexicon/*.txt at make time
# into $(B)/lexicon.bin, which lexicon.o embeds (csrc/embed.h), so an engine
# starts without rebuilding the table.  The tool includes lexicon.c itself.
LEXICON_DATA := $(sort $(wildcard data/lexicon/*.txt))
$(B)/nm-lexbuild: csrc/build/lexbuild.c csrc/lexicon.c $(LEXICON_DATA) $(B)/obj/text.o $(B)/obj/alloc.o $(HDRS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/obj/text.o $(B)/obj/alloc.o
$(B)/lexicon.bin: $(B)/nm-lexbuild
	$(B)/nm-lexbuild $@
$(B)/obj/lexicon.o: csrc/lexicon.c $(B)/lexicon.bin $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -DNM_LEXBIN='"$(B)/lexicon.bin"' -c $< -o $@

# Regenerates data/lexicon from Debian data packages (see data/lexicon/SOURCES.md).
lexicons:
	@sh scripts/gen-lexicons.sh

$(B)/libnewsmark.a: $(CORE_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/newsmark: $(CLI_OBJ) $(B)/libnewsmark.a
	$(CC) $(CFLAGS) $(LDFLAGS) -o $@ $(CLI_OBJ) $(B)/libnewsmark.a $(PCRE2_LIBS) -lm -lpthread

$(B)/%: csrc/tools/%.c $(B)/libnewsmark.a $(HDRS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libnewsmark.a $(PCRE2_LIBS) -lm -lpthread

$(B)/test-%: tests/c/%.c tests/c/tap.h $(B)/libnewsmark.a $(HDRS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libnewsmark.a $(PCRE2_LIBS) -lm -lpthread

# The allocation-failure test stands between the core and malloc.
$(B)/test-oom: tests/c/oom.c $(B)/libnewsmark.a $(HDRS)
	$(CC) $(ALL_CFLAGS) $(LDFLAGS) -o $@ $< $(B)/libnewsmark.a $(PCRE2_LIBS) -lm -lpthread \
	  -Wl,--wrap=malloc,--wrap=calloc,--wrap=realloc,--wrap=free

# The Lua module links the core statically so the editor needs only PCRE2.
$(B)/obj/lua51/binding.o: csrc/lua/binding.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LUAJIT_INC) -c $< -o $@
$(B)/obj/lua52/binding.o: csrc/lua/binding.c $(HDRS)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(LUA52_INC) -c $< -o $@

$(LUADIR)/newsmark/core.so: $(B)/obj/lua51/binding.o $(B)/libnewsmark.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -o $@ $< $(B)/libnewsmark.a $(PCRE2_LIBS) -lm
$(LUA52DIR)/newsmark/core.so: $(B)/obj/lua52/binding.o $(B)/libnewsmark.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) $(LDFLAGS) -shared -o $@ $< $(B)/libnewsmark.a $(PCRE2_LIBS) -lm

deps:
	@sh scripts/deps.sh

# The whole suite, then again on the ASan + UBSan build, valgrind over the
# command and a short fuzz run (NM_FULL=1; plain `sh tests/run.sh` runs only
# the first part).
test: deps
	@$(MAKE) --no-print-directory all
	@$(MAKE) --no-print-directory san
	@$(MAKE) --no-print-directory fuzz-build
	@NM_FULL=1 sh tests/run.sh

# The sanitizer build: the command, the LuaJIT module and the C tests, all
# with ASan + UBSan (tests/run.sh runs the whole suite on it with NM_SAN=1),
# and NM_CHECK_BOUNDS: what fast paths assume is checked (the quoted-span
# model's score bounds against every score, the word lists' case, the
# coordinating words' class: attr_quoted.c, attr.h, attr_reported.c).
SAN_FLAGS := -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined
san:
	@$(MAKE) --no-print-directory B=build-san OPT=-O1 LUADIR=build-san/lua LUA52DIR=build-san/lua52 \
	  CFLAGS="-O1 -g $(SAN_FLAGS) -DNM_CHECK_BOUNDS" LDFLAGS="-fsanitize=address,undefined" \
	  build-san/newsmark build-san/lua/newsmark/core.so build-san/nm-tokens \
	  $(CTESTS:$(B)/%=build-san/%)

# libFuzzer harnesses (clang, ASan + UBSan) in build-fuzz/; `make fuzz
# FUZZ_SECONDS=N` runs each for N seconds (scripts/fuzz.sh).
FUZZ_SECONDS ?= 60
FUZZ_FLAGS := -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer
fuzz-build:
	@$(MAKE) --no-print-directory B=build-fuzz CC=clang LUADIR=build-fuzz/lua LUA52DIR=build-fuzz/lua52 \
	  CFLAGS="-O1 -g $(FUZZ_FLAGS) -fsanitize=fuzzer-no-link" LDFLAGS="$(FUZZ_FLAGS)" \
	  build-fuzz/fuzz_analyze build-fuzz/fuzz_lua
$(B)/fuzz_analyze: fuzz/fuzz_analyze.c $(B)/libnewsmark.a $(B)/obj/cli/json.o $(B)/obj/cli/report.o $(HDRS)
	$(CC) $(ALL_CFLAGS) -fsanitize=fuzzer $(LDFLAGS) -o $@ $< $(B)/obj/cli/json.o \
	  $(B)/obj/cli/report.o $(B)/libnewsmark.a $(PCRE2_LIBS) -lm -lpthread
$(B)/fuzz_lua: fuzz/fuzz_lua.c $(B)/obj/lua51/binding.o $(B)/libnewsmark.a $(HDRS)
	$(CC) $(ALL_CFLAGS) $(LUAJIT_INC) -fsanitize=fuzzer $(LDFLAGS) -o $@ $< \
	  $(B)/obj/lua51/binding.o $(B)/libnewsmark.a $(PCRE2_LIBS) $(LUAJIT_LIBS) -lm
fuzz: fuzz-build
	@sh scripts/fuzz.sh $(FUZZ_SECONDS)

# valgrind over the command on every dev-corpus text (tests/run.sh runs a
# short version on a few documents).
valgrind: $(B)/newsmark
	@sh scripts/valgrind.sh $(B)/newsmark all

EVAL_CMD = $(CURDIR)/$(B)/newsmark --json$(if $(BASELINE), --no-tagger)
eval: $(B)/newsmark
	@if [ -d "$(SHARED)/corpus" ]; then \
	  echo "== CoNLL++ dev (entities)$(if $(BASELINE), -- baseline: no tagger)"; \
	  python3 $(SHARED)/eval/score.py $(SHARED)/corpus/conllpp-dev --cmd "$(EVAL_CMD)" || exit 1; \
	  echo "== PolNeAR dev (attributions)$(if $(BASELINE), -- baseline: no tagger)"; \
	  python3 $(SHARED)/eval/score.py $(SHARED)/corpus/polnear-dev --cmd "$(EVAL_CMD)" || exit 1; \
	else echo "make eval: $(SHARED)/corpus is absent; nothing to score (set SHARED=path)"; fi

bench: $(B)/newsmark $(B)/nm-bench
	@sh scripts/bench.sh

# The README's first command: on Debian it first installs what is missing to
# build the core and run the editor (not the test tools).
demo:
	@sh scripts/deps.sh demo
	@$(MAKE) --no-print-directory all
	@sh scripts/demo.sh

clean:
	rm -rf build build-san build-fuzz fuzz-out lua/newsmark/core.so lua52

/*
 * fuzz_lua.c -- libFuzzer harness on the Lua binding's input path: the
 * editor calls require("newsmark.core").analyze(text), so this loads the
 * module into a LuaJIT state (luaopen_newsmark_core) and calls analyze() on
 * each input, then walks the returned tables checking offsets against the
 * input length.  Built with clang and ASan + UBSan by `make fuzz`.
 */
#include <lua.h>
#include <lauxlib.h>
#include <lualib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int luaopen_newsmark_core(lua_State *L);
int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static lua_State *L;
/* The engine lives in a Lua userdata, in memory LuaJIT maps itself, which
 * LeakSanitizer does not scan: a copy of the pointer here keeps it from
 * being reported as leaked.  (Same layout as engine_box in binding.c.) */
static void *engine_seen;

/* Checks, in Lua, the result against the input length; raises on a broken
 * invariant. */
static const char checker[] =
    "local core = ...\n"
    "return function(text)\n"
    "  local r, err = core.analyze(text)\n"
    "  if not r then\n"
    "    assert(type(err) == 'string' and err:find('out of memory', 1, true), err)\n"
    "    return\n"
    "  end\n"
    "  local n = #text\n"
    "  local function rng(a, b) assert(a and b and a >= 0 and a <= b and b <= n, 'offset') end\n"
    "  local ne = #r.entities\n"
    "  local function id(x) assert(x == nil or (x >= 0 and x < ne), 'entity id') end\n"
    "  for _, s in ipairs(r.spans) do rng(s.start, s['end']); id(s.entity) end\n"
    "  for _, e in ipairs(r.entities) do\n"
    "    assert(type(e.name) == 'string')\n"
    "    for _, m in ipairs(e.mentions) do rng(m[1], m[2]) end\n"
    "  end\n"
    "  for _, q in ipairs(r.quotes) do\n"
    "    rng(q.start, q['end']); id(q.entity); id(q.addressee)\n"
    "    if q.cue then rng(q.cue[1], q.cue[2]) end\n"
    "    if q.speaker then rng(q.speaker[1], q.speaker[2]) end\n"
    "  end\n"
    "end\n";

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    L = luaL_newstate();
    if (!L)
        abort();
    luaL_openlibs(L);
    if (luaL_loadbuffer(L, checker, sizeof checker - 1, "checker") != 0)
        abort();
    lua_pushcfunction(L, luaopen_newsmark_core);
    lua_call(L, 0, 1);                 /* the module table */
    lua_call(L, 1, 1);                 /* the check function */
    lua_setfield(L, LUA_REGISTRYINDEX, "fuzz_check");
    /* Build the engine now (analyze builds it on first use) and note it. */
    lua_getfield(L, LUA_REGISTRYINDEX, "fuzz_check");
    lua_pushliteral(L, "");
    lua_call(L, 1, 0);
    lua_getfield(L, LUA_REGISTRYINDEX, "newsmark.core.engine");
    void **box = lua_touserdata(L, -1);
    if (!box || !*box)
        abort();
    engine_seen = *box;
    lua_pop(L, 1);
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static unsigned long runs;
    lua_getfield(L, LUA_REGISTRYINDEX, "fuzz_check");
    lua_pushlstring(L, (const char *)data, size);
    if (lua_pcall(L, 1, 0, 0) != 0) {
        fprintf(stderr, "fuzz_lua: %s\n", lua_tostring(L, -1));
        abort();
    }
    /* Collect now and then so that result boxes and tables are freed (and
     * any leak is one of the core's, visible to LeakSanitizer). */
    if (++runs % 64 == 0)
        lua_gc(L, LUA_GCCOLLECT, 0);
    return 0;
}

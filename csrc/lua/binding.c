/*
 * binding.c -- the Lua module `newsmark.core`, the one way the editor side
 * reaches the C core.  Built once for LuaJIT (Neovim) and once for Lua 5.2+
 * (Vim) from this file; see compat.h.
 *
 *   local core = require("newsmark.core")
 *   local res, err = core.analyze(text)   -- res: same shape as the JSON
 *   core.analyze(text, { tagger = false }) -- rules and lexicons only (baseline)
 *   core.version()                          -- "0.1.0"
 *   core.info()                             -- { jit = bool, tagger = bool, version = "..." }
 *   core.configure{ lexicon = "path", no_tagger = false }  -- rebuild the engine
 *
 * Offsets in the result are 0-based UTF-8 byte offsets, end exclusive, as in
 * the JSON; absent values (JSON null) are nil.  Errors never raise: analyze
 * returns nil and a one-line message.
 *
 * The engine is built on first use and kept in the module's registry slot;
 * its __gc frees it when the Lua state closes.
 */
#include "compat.h"
#include "../newsmark.h"
#include <stdlib.h>
#include <string.h>

#define ENGINE_KEY "newsmark.core.engine"
#define RULES_KEY  "newsmark.core.engine.rules"   /* without the tagger, built on demand */
#define LEXICON_KEY "newsmark.core.lexicon"       /* user lexicon path of configure() */
#define ENGINE_MT  "newsmark.core.engine_mt"

typedef struct {
    nm_engine *eng;
} engine_box;

/* A result is held in a box with a __gc while it is turned into tables: if
 * Lua raises an out-of-memory error half-way, the collector still frees it. */
#define RESULT_MT "newsmark.core.result_mt"
typedef struct {
    nm_result *res;
} result_box;

static int result_gc(lua_State *L)
{
    result_box *b = luaL_checkudata(L, 1, RESULT_MT);
    nm_result_free(b->res);
    b->res = NULL;
    return 0;
}

static int engine_gc(lua_State *L)
{
    engine_box *b = luaL_checkudata(L, 1, ENGINE_MT);
    nm_engine_free(b->eng);
    b->eng = NULL;
    return 0;
}

/* Collects warnings from engine construction into a Lua table at stack top. */
typedef struct {
    lua_State *L;
    int table;
    int n;
} warn_sink;

static void warn_cb(void *ud, const char *msg)
{
    warn_sink *w = ud;
    lua_pushstring(w->L, msg);
    lua_rawseti(w->L, w->table, ++w->n);
}

/* Replaces the registry engine at key.  Leaves a warnings table on the stack. */
static nm_status build_engine(lua_State *L, const nm_options *in, const char *key)
{
    nm_options o = *in;
    /* The box comes first: should Lua run out of memory making it, the
     * error is raised before the engine exists, so nothing leaks. */
    engine_box *b = lua_newuserdata(L, sizeof *b);
    b->eng = NULL;
    luaL_getmetatable(L, ENGINE_MT);
    lua_setmetatable(L, -2);
    lua_newtable(L);
    warn_sink w = { L, lua_gettop(L), 0 };
    o.warn = warn_cb;
    o.warn_ud = &w;
    nm_status st;
    nm_engine *eng = nm_engine_new(&o, &st);
    if (eng) {
        b->eng = eng;
        lua_pushvalue(L, -2);
        lua_setfield(L, LUA_REGISTRYINDEX, key);
    }
    lua_remove(L, -2);   /* the box; the warnings stay */
    return eng ? NM_OK : st;
}

/* The engine (rules: the one without the tagger), built on first use with
 * the user lexicon given to configure(). */
static nm_engine *get_engine(lua_State *L, int rules, nm_status *st)
{
    const char *key = rules ? RULES_KEY : ENGINE_KEY;
    lua_getfield(L, LUA_REGISTRYINDEX, key);
    engine_box *b = lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (b && b->eng)
        return b->eng;
    nm_options o;
    memset(&o, 0, sizeof o);
    o.no_tagger = rules;
    lua_getfield(L, LUA_REGISTRYINDEX, LEXICON_KEY);
    o.user_lexicon = lua_tostring(L, -1);       /* anchored in the registry */
    lua_pop(L, 1);
    *st = build_engine(L, &o, key);
    lua_pop(L, 1);   /* warnings */
    if (*st != NM_OK)
        return NULL;
    lua_getfield(L, LUA_REGISTRYINDEX, key);
    b = lua_touserdata(L, -1);
    lua_pop(L, 1);
    return b ? b->eng : NULL;
}

static void push_range(lua_State *L, nm_range r)
{
    if (r.start == NM_NONE) {
        lua_pushnil(L);
        return;
    }
    lua_createtable(L, 2, 0);
    lua_pushnumber(L, (lua_Number)r.start);
    lua_rawseti(L, -2, 1);
    lua_pushnumber(L, (lua_Number)r.end);
    lua_rawseti(L, -2, 2);
}

static void push_strs(lua_State *L, const char *const *s, size_t n)
{
    lua_createtable(L, (int)n, 0);
    for (size_t i = 0; i < n; i++) {
        lua_pushstring(L, s[i]);
        lua_rawseti(L, -2, (int)i + 1);
    }
}

static void set_id(lua_State *L, const char *field, int id)
{
    if (id >= 0) {
        lua_pushinteger(L, id);
        lua_setfield(L, -2, field);
    }
}

static void push_result(lua_State *L, const nm_result *res)
{
    const nm_entity *ents;
    const nm_span *spans;
    const nm_quote *quotes;
    size_t ne = nm_result_entities(res, &ents);
    size_t ns = nm_result_spans(res, &spans);
    size_t nq = nm_result_quotes(res, &quotes);

    lua_createtable(L, 0, 4);
    lua_pushinteger(L, NM_RESULT_VERSION);
    lua_setfield(L, -2, "version");

    lua_createtable(L, (int)ne, 0);
    for (size_t i = 0; i < ne; i++) {
        const nm_entity *e = &ents[i];
        lua_createtable(L, 0, 6);
        lua_pushinteger(L, e->id);
        lua_setfield(L, -2, "id");
        lua_pushstring(L, nm_type_name(e->type));
        lua_setfield(L, -2, "type");
        lua_pushstring(L, e->name);
        lua_setfield(L, -2, "name");
        push_strs(L, e->aliases, e->n_aliases);
        lua_setfield(L, -2, "aliases");
        push_strs(L, e->titles, e->n_titles);
        lua_setfield(L, -2, "titles");
        lua_createtable(L, (int)e->n_mentions, 0);
        for (size_t k = 0; k < e->n_mentions; k++) {
            push_range(L, e->mentions[k]);
            lua_rawseti(L, -2, (int)k + 1);
        }
        lua_setfield(L, -2, "mentions");
        lua_rawseti(L, -2, (int)i + 1);
    }
    lua_setfield(L, -2, "entities");

    lua_createtable(L, (int)ns, 0);
    for (size_t i = 0; i < ns; i++) {
        lua_createtable(L, 0, 4);
        lua_pushstring(L, nm_type_name(spans[i].type));
        lua_setfield(L, -2, "type");
        lua_pushnumber(L, (lua_Number)spans[i].start);
        lua_setfield(L, -2, "start");
        lua_pushnumber(L, (lua_Number)spans[i].end);
        lua_setfield(L, -2, "end");
        set_id(L, "entity", spans[i].entity);
        lua_rawseti(L, -2, (int)i + 1);
    }
    lua_setfield(L, -2, "spans");

    lua_createtable(L, (int)nq, 0);
    for (size_t i = 0; i < nq; i++) {
        const nm_quote *q = &quotes[i];
        lua_createtable(L, 0, 9);
        lua_pushnumber(L, (lua_Number)q->start);
        lua_setfield(L, -2, "start");
        lua_pushnumber(L, (lua_Number)q->end);
        lua_setfield(L, -2, "end");
        lua_pushboolean(L, q->direct);
        lua_setfield(L, -2, "direct");
        push_range(L, q->cue);
        lua_setfield(L, -2, "cue");
        push_range(L, q->speaker);
        lua_setfield(L, -2, "speaker");
        set_id(L, "entity", q->entity);
        set_id(L, "addressee", q->addressee);
        const nm_range *parts;
        size_t np = nm_result_quote_parts(res, i, &parts);
        lua_createtable(L, (int)np, 0);
        for (size_t k = 0; k < np; k++) {
            push_range(L, parts[k]);
            lua_rawseti(L, -2, (int)k + 1);
        }
        lua_setfield(L, -2, "parts");
        lua_rawseti(L, -2, (int)i + 1);
    }
    lua_setfield(L, -2, "quotes");
}

/* analyze(text) -> result | nil, message */
static int l_analyze(lua_State *L)
{
    size_t len;
    const char *text = lua_tolstring(L, 1, &len);
    if (!text || lua_type(L, 1) != LUA_TSTRING) {
        lua_pushnil(L);
        lua_pushstring(L, "newsmark: analyze() needs a string");
        return 2;
    }
    int rules = 0;
    if (lua_istable(L, 2)) {
        lua_getfield(L, 2, "tagger");
        rules = lua_type(L, -1) == LUA_TBOOLEAN && !lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    nm_status st = NM_OK;
    nm_engine *eng = get_engine(L, rules, &st);
    if (!eng) {
        lua_pushnil(L);
        lua_pushfstring(L, "newsmark: cannot start the core: %s", nm_strerror(st));
        return 2;
    }
    result_box *box = lua_newuserdata(L, sizeof *box);
    box->res = NULL;
    luaL_getmetatable(L, RESULT_MT);
    lua_setmetatable(L, -2);
    st = nm_analyze(eng, text, len, &box->res);
    if (st != NM_OK) {
        lua_pushnil(L);
        if (st == NM_ETOOBIG)
            lua_pushfstring(L, "newsmark: buffer larger than %d MB; analysis skipped",
                            (int)(NM_MAX_INPUT >> 20));
        else
            lua_pushfstring(L, "newsmark: analysis failed: %s", nm_strerror(st));
        return 2;
    }
    push_result(L, box->res);
    nm_result_free(box->res);
    box->res = NULL;
    return 1;
}

/* configure{ lexicon = path, no_tagger = bool } -> true, warnings | nil, message */
static int l_configure(lua_State *L)
{
    nm_options o;
    memset(&o, 0, sizeof o);
    if (lua_istable(L, 1)) {
        lua_getfield(L, 1, "lexicon");
        o.user_lexicon = lua_tostring(L, -1);   /* stays on the stack while used */
        lua_getfield(L, 1, "no_tagger");
        o.no_tagger = lua_toboolean(L, -1);
        lua_pop(L, 1);
    }
    nm_status st = build_engine(L, &o, ENGINE_KEY);
    if (st == NM_OK) {
        /* The rules-only engine follows the same lexicon: rebuilt on demand. */
        lua_pushnil(L);
        lua_setfield(L, LUA_REGISTRYINDEX, RULES_KEY);
        lua_pushstring(L, o.user_lexicon);     /* nil when absent */
        lua_setfield(L, LUA_REGISTRYINDEX, LEXICON_KEY);
    }
    if (st != NM_OK) {
        lua_pushnil(L);
        lua_pushfstring(L, "newsmark: cannot start the core: %s", nm_strerror(st));
        lua_pushvalue(L, -3);   /* warnings */
        return 3;
    }
    lua_pushboolean(L, 1);
    lua_insert(L, -2);
    return 2;
}

static int l_version(lua_State *L)
{
    lua_pushstring(L, nm_version());
    return 1;
}

static int l_info(lua_State *L)
{
    nm_status st = NM_OK;
    nm_engine *eng = get_engine(L, 0, &st);
    lua_createtable(L, 0, 4);
    lua_pushstring(L, nm_version());
    lua_setfield(L, -2, "version");
    lua_pushboolean(L, eng && nm_engine_jit(eng));
    lua_setfield(L, -2, "jit");
    lua_pushboolean(L, eng && nm_engine_tagger(eng));
    lua_setfield(L, -2, "tagger");
    if (!eng) {
        lua_pushstring(L, nm_strerror(st));
        lua_setfield(L, -2, "error");
    }
    lua_pushinteger(L, LUA_VERSION_NUM);
    lua_setfield(L, -2, "lua_abi");
    return 1;
}

static const luaL_Reg fns[] = {
    { "analyze", l_analyze },
    { "configure", l_configure },
    { "version", l_version },
    { "info", l_info },
    { NULL, NULL }
};

int luaopen_newsmark_core(lua_State *L)
{
    if (luaL_newmetatable(L, ENGINE_MT)) {
        lua_pushcfunction(L, engine_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    if (luaL_newmetatable(L, RESULT_MT)) {
        lua_pushcfunction(L, result_gc);
        lua_setfield(L, -2, "__gc");
    }
    lua_pop(L, 1);
    nm_lua_newlib(L, fns);
    return 1;
}

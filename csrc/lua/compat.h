/*
 * compat.h -- the few Lua C API differences between Lua 5.1 / LuaJIT
 * (Neovim) and Lua 5.2-5.4 (Vim's +lua), so one binding source builds for
 * both ABIs.
 */
#ifndef NM_LUA_COMPAT_H
#define NM_LUA_COMPAT_H
#include <lua.h>
#include <lauxlib.h>

#if LUA_VERSION_NUM < 502
/* Lua 5.1 / LuaJIT: no luaL_setfuncs / luaL_newlib. */
static inline void nm_lua_newlib(lua_State *L, const luaL_Reg *fns)
{
    lua_newtable(L);
    for (; fns->name; fns++) {
        lua_pushcfunction(L, fns->func);
        lua_setfield(L, -2, fns->name);
    }
}
#else
#define nm_lua_newlib(L, fns) luaL_newlib(L, fns)
#endif

#endif

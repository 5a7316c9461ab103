/*
 * embed.h -- puts a data file (lexicon, tagger model) into the compiled
 * library, so the CLI and the editor module need no data path at run time.
 *
 *   NM_EMBED(nm_lexdata, "data/lexicon/places.txt")
 *   extern const unsigned char nm_lexdata[];     (the file's bytes)
 *   extern const uint64_t nm_lexdata_size;       (their number)
 *
 * Uses the assembler's .incbin (GCC and Clang on ELF targets).  The path is
 * relative to the directory the compiler runs in: the project root, as the
 * Makefile does it.  The blob is followed by a NUL byte so text files can be
 * read as C strings, and is aligned to 16 bytes for binary models.  The
 * size is a symbol the assembler computes, so C never subtracts the
 * addresses of two objects (undefined behaviour, and flagged by cppcheck).
 */
#ifndef NM_EMBED_H
#define NM_EMBED_H

#include <stdint.h>

#define NM_EMBED(name, path)                                   \
    __asm__(".section .rodata\n"                               \
            ".global " #name "\n"                              \
            ".hidden " #name "\n"                              \
            ".balign 16\n" #name ":\n"                         \
            ".incbin \"" path "\"\n"                           \
            "1:\n"                                              \
            ".byte 0\n"                                        \
            ".global " #name "_size\n"                         \
            ".hidden " #name "_size\n"                         \
            ".balign 8\n" #name "_size:\n"                     \
            ".quad 1b - " #name "\n"                           \
            ".previous\n");                                    \
    extern const unsigned char name[];                         \
    extern const uint64_t name##_size

#endif

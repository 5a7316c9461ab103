/*
 * embed.h -- puts a data file (lexicon, tagger model) into the compiled
 * library, so the CLI and the editor module need no data path at run time.
 *
 *   NM_EMBED(nm_lexdata, "data/lexicon/places.txt")
 *   extern const unsigned char nm_lexdata[], nm_lexdata_end[];
 *
 * Uses the assembler's .incbin (GCC and Clang on ELF targets).  The path is
 * relative to the directory the compiler runs in: the project root, as the
 * Makefile does it.  The blob is followed by a NUL byte so text files can be
 * read as C strings, and is aligned to 16 bytes for binary models.
 */
#ifndef NM_EMBED_H
#define NM_EMBED_H

#define NM_EMBED(name, path)                                   \
    __asm__(".section .rodata\n"                               \
            ".global " #name "\n"                              \
            ".hidden " #name "\n"                              \
            ".balign 16\n" #name ":\n"                         \
            ".incbin \"" path "\"\n"                           \
            ".global " #name "_end\n"                          \
            ".hidden " #name "_end\n" #name "_end:\n"          \
            ".byte 0\n"                                        \
            ".previous\n");                                    \
    extern const unsigned char name[], name##_end[]

#endif

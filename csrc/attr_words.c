/*
 * attr_words.c -- closed word lists that more than one attribution file
 * reads (declared in attr.h); lists only one file reads stay in that file.
 */
#include "attr.h"

const uint64_t *nm_any_fill(nm_any_memo *m, const char *const *list, size_t slot)
{
    if ((m->used + 1) * 4 > NM_ANY_SLOTS * 3)
        return NULL;
    m->used++;
    m->list[slot] = list;
    uint64_t *bits = m->bits[slot];
    for (; *list; list++) {
        const unsigned char *w = (const unsigned char *)*list;
        size_t n = strlen(*list);
        unsigned b = any_bit(w[0] | 32u, n > 1 ? w[1] | 32u : 0, n);
        bits[b >> 6] |= (uint64_t)1 << (b & 63);
    }
    return bits;
}

const char *const nm_subj_pronouns[] = { "he", "she", "they", "we", "i", "it", NULL };

const char *const nm_obj_pronouns[] = { "him", "her", "them", "me", "us", "you",
    "reporters", "journalists", "lawmakers", "supporters", "listeners", "viewers",
    "students", "voters", "members", "delegates", "senators", NULL };

/* Between a subject and its verb: "X also said", "X has said". */
const char *const nm_aux_words[] = { "also", "later", "then", "has", "had", "have",
    "previously", "recently", "reportedly", "again", "further", "once", "repeatedly",
    "publicly", "privately", "flatly", "simply", "only", "would", "will", "had", "did",
    "does", "do", "often", "always", "never", "has", "just", "separately", "additionally",
    "long", "even", "still", NULL };

const char *const nm_determiners[] = { "the", "a", "an", "his", "her", "their", "its",
    "our", "my", "your", "this", "that", "these", "those", "one", "another", "some", "many",
    "several", "other", "both", "most", "two", "three", "few", NULL };

const char *const nm_day_parts[] = { "night", "morning", "afternoon", "evening", NULL };

const char *const nm_there_verbs[] = { "is", "was", "were", "are", "will", "would", "has",
    "have", "had", "may", "might", "could", "can", "should", "must", "seems", "appears",
    "'s", "\xE2\x80\x99s", NULL };

const char *const nm_coord_words[] = { "and", "but", "then", NULL };

const char *const nm_call_words[] = { "called", "calls", "call", "calling", NULL };

const char *const nm_possessive[] = { "'s", "\xE2\x80\x99s", "'", "\xE2\x80\x99", NULL };

const char *const nm_ask_words[] = { "asked", "asks", "asking", NULL };

const char *const nm_rel_words[] = { "which", "that", "who", "whom", "what", "where",
    "when", "whose", "as", NULL };

/* Stance verbs a poll or a study takes: "A poll released Monday found
 * that ...", "..., the survey found." */
const char *const nm_finding_cues[] = { "found", "finds", "showed", "shows", "show", NULL };

const char *const nm_finding_nouns[] = { "poll", "polls", "survey", "surveys", "study",
    "studies", "report", "reports", "analysis", "data", "records", "review", "audit", "figures",
    "research", "results", NULL };

/*
 * wordclass.c -- word classes per token: the lexicon's classes (lexicon.c)
 * joined with a small built-in table of closed-class words the rules cannot
 * do without (honorifics, function words, the commonest office nouns,
 * speech verbs and organisation head words).
 *
 * The built-in table is grammar rather than a gazetteer: it stays useful
 * when the generated lexicons are present, and keeps the rules working when
 * they are not.  The classes are computed once per document into an array in
 * the doc's arena (nm_doc.wcls), so every module reads them in O(1).
 */
#include "nm.h"
#include "cues.h"
#include <stdlib.h>

typedef struct wc_entry {
    const char *w;     /* lower case */
    uint32_t cls;
} wc_entry;

/* Sorted by strcmp (LC_ALL=C sort): looked up by binary search. */
static const wc_entry builtin[] = {
    { "a", WC_DATEWORD|WC_FUNC },
    { "a.g.", WC_ORGWORD },
    { "about", WC_FUNC },
    { "above", WC_FUNC },
    { "abu", WC_PARTICLE },
    { "academy", WC_ORGWORD },
    { "according", WC_FUNC },
    { "acknowledged", WC_SPEECH },
    { "acknowledges", WC_SPEECH },
    { "across", WC_FUNC },
    { "acting", WC_TITLEMOD },
    { "added", WC_SPEECH },
    { "adding", WC_SPEECH },
    { "adds", WC_SPEECH },
    { "adm", WC_TITLE },
    { "adm.", WC_TITLE },
    { "administration", WC_ORGWORD },
    { "admiral", WC_TITLE },
    { "admits", WC_SPEECH },
    { "admitted", WC_SPEECH },
    { "adviser", WC_TITLE },
    { "advisor", WC_TITLE },
    { "affairs", WC_TITLEMOD },
    { "afp", LX_ORG },
    { "africa", LX_PLACE_OTHER },
    { "after", WC_FUNC },
    { "ag", WC_ORGWORD },
    { "again", WC_FUNC },
    { "against", WC_FUNC },
    { "agency", WC_ORGWORD },
    { "agriculture", WC_TITLEMOD },
    { "airline", WC_ORGWORD },
    { "airlines", WC_ORGWORD },
    { "airport", WC_PLACEHEAD },
    { "airways", WC_ORGWORD },
    { "al", WC_PARTICLE },
    { "all", WC_FUNC },
    { "alliance", WC_ORGWORD },
    { "along", WC_FUNC },
    { "already", WC_FUNC },
    { "also", WC_FUNC },
    { "although", WC_FUNC },
    { "am", WC_NONAME },
    { "amb", WC_TITLE },
    { "amb.", WC_TITLE },
    { "ambassador", WC_TITLE },
    { "among", WC_FUNC },
    { "an", WC_DATEWORD|WC_FUNC },
    { "analyst", WC_TITLE },
    { "and", WC_FUNC },
    { "announced", WC_SPEECH },
    { "announces", WC_SPEECH },
    { "another", WC_FUNC },
    { "anp", LX_ORG },
    { "ansa", LX_ORG },
    { "antarctica", LX_PLACE_OTHER },
    { "any", WC_FUNC },
    { "apr", WC_DATEWORD },
    { "apr.", WC_MONTH },
    { "april", WC_MONTH },
    { "archbishop", WC_TITLE },
    { "are", WC_FUNC },
    { "arena", WC_PLACEHEAD },
    { "argued", WC_SPEECH },
    { "argues", WC_SPEECH },
    { "army", WC_ORGWORD },
    { "around", WC_FUNC },
    { "as", WC_FUNC },
    { "asia", LX_PLACE_OTHER },
    { "asked", WC_FUNC|WC_SPEECH },
    { "asks", WC_SPEECH },
    { "assembly", WC_ORGWORD },
    { "assistant", WC_TITLEMOD },
    { "associate", WC_TITLEMOD },
    { "association", WC_ORGWORD },
    { "at", WC_FUNC },
    { "athletic", WC_ORGWORD },
    { "athletico", WC_ORGWORD },
    { "attorney", WC_TITLE },
    { "attorney-general", WC_TITLE },
    { "atty.", WC_TITLE },
    { "aug", WC_DATEWORD },
    { "aug.", WC_MONTH },
    { "august", WC_MONTH },
    { "authority", WC_ORGWORD },
    { "avenue", WC_PLACEHEAD },
    { "award", WC_MISCHEAD },
    { "awards", WC_MISCHEAD },
    { "ayatollah", WC_TITLE },
    { "bancorp", WC_ORGWORD },
    { "bank", WC_ORGWORD },
    { "baron", WC_HONOR },
    { "baroness", WC_HONOR },
    { "based", WC_FUNC },
    { "battalion", WC_ORGWORD },
    { "bay", WC_PLACEHEAD },
    { "be", WC_FUNC },
    { "beach", WC_PLACEHEAD },
    { "because", WC_FUNC },
    { "been", WC_FUNC },
    { "before", WC_FUNC },
    { "being", WC_FUNC },
    { "believed", WC_SPEECH },
    { "believes", WC_SPEECH },
    { "below", WC_FUNC },
    { "ben", WC_PARTICLE },
    { "bernama", LX_ORG },
    { "between", WC_FUNC },
    { "beyond", WC_FUNC },
    { "bin", WC_PARTICLE },
    { "bishop", WC_TITLE },
    { "board", WC_ORGWORD },
    { "both", WC_FUNC },
    { "bourse", WC_ORGWORD },
    { "bridge", WC_PLACEHEAD },
    { "brig.", WC_TITLE },
    { "brigade", WC_ORGWORD },
    { "brothers", WC_ORGWORD },
    { "bst", WC_NONAME },
    { "bulletin", WC_ORGWORD },
    { "bureau", WC_ORGWORD },
    { "but", WC_FUNC },
    { "by", WC_FUNC },
    { "cabinet", WC_ORGWORD },
    { "campaign", WC_TITLEMOD },
    { "can", WC_FUNC },
    { "canal", WC_PLACEHEAD },
    { "candidate", WC_TITLE },
    { "cape", WC_PLACEHEAD },
    { "capital", WC_ORGWORD },
    { "capt", WC_TITLE },
    { "capt.", WC_TITLE },
    { "captain", WC_TITLE },
    { "cardinal", WC_TITLE },
    { "cdr.", WC_TITLE },
    { "cdt", WC_NONAME },
    { "center", WC_ORGWORD },
    { "centre", WC_ORGWORD },
    { "ceo", WC_NONAME|WC_TITLE },
    { "cest", WC_NONAME },
    { "cet", WC_NONAME },
    { "cf", WC_ORGWORD },
    { "cfo", WC_NONAME },
    { "chair", WC_TITLE },
    { "chairman", WC_TITLE },
    { "chairmen", WC_TITLE },
    { "chairperson", WC_TITLE },
    { "chairwoman", WC_TITLE },
    { "chamber", WC_ORGWORD },
    { "championship", WC_MISCHEAD },
    { "championships", WC_MISCHEAD },
    { "chancellor", WC_TITLE },
    { "chemicals", WC_ORGWORD },
    { "chief", WC_TITLE|WC_TITLEMOD },
    { "chronicle", WC_ORGWORD },
    { "church", WC_ORGWORD },
    { "city", WC_PLACEHEAD },
    { "claimed", WC_SPEECH },
    { "claims", WC_SPEECH },
    { "classic", WC_MISCHEAD },
    { "club", WC_ORGWORD },
    { "cmdr.", WC_TITLE },
    { "co", WC_ORGWORD },
    { "co.", WC_ORGWORD },
    { "coach", WC_TITLE },
    { "coalition", WC_ORGWORD },
    { "coast", WC_PLACEHEAD },
    { "col", WC_TITLE },
    { "col.", WC_TITLE },
    { "college", WC_ORGWORD },
    { "colonel", WC_TITLE },
    { "coming", WC_DATEWORD },
    { "command", WC_ORGWORD },
    { "commander", WC_TITLE },
    { "commented", WC_SPEECH },
    { "comments", WC_SPEECH },
    { "commission", WC_ORGWORD },
    { "commissioner", WC_TITLE },
    { "committee", WC_ORGWORD },
    { "commonwealth", WC_ORGWORD },
    { "communications", WC_ORGWORD },
    { "communists", WC_NONAME },
    { "community", WC_ORGWORD },
    { "company", WC_ORGWORD },
    { "confederation", WC_ORGWORD },
    { "conference", WC_ORGWORD },
    { "confirmed", WC_SPEECH },
    { "confirms", WC_SPEECH },
    { "congress", WC_ORGWORD },
    { "congressman", WC_TITLE },
    { "congresswoman", WC_TITLE },
    { "conservatives", WC_NONAME },
    { "consortium", WC_ORGWORD },
    { "consul", WC_TITLE },
    { "consulate", WC_ORGWORD },
    { "continued", WC_SPEECH },
    { "convention", WC_MISCHEAD },
    { "coo", WC_NONAME },
    { "cooperative", WC_ORGWORD },
    { "corp", WC_ORGWORD },
    { "corp.", WC_ORGWORD },
    { "corporation", WC_ORGWORD },
    { "corps", WC_ORGWORD },
    { "correspondent", WC_TITLE },
    { "could", WC_FUNC },
    { "council", WC_ORGWORD },
    { "council's", WC_ORGWORD },
    { "councillor", WC_TITLE },
    { "councilor", WC_TITLE },
    { "counsellor", WC_TITLE },
    { "counselor", WC_TITLE },
    { "county", WC_PLACEHEAD },
    { "courier", WC_ORGWORD },
    { "court", WC_ORGWORD },
    { "cpi", WC_NONAME },
    { "cst", WC_NONAME },
    { "ctk", LX_ORG },
    { "culture", WC_TITLEMOD },
    { "cup", WC_MISCHEAD },
    { "da", WC_PARTICLE },
    { "dal", WC_PARTICLE },
    { "dalla", WC_PARTICLE },
    { "dame", WC_HONOR },
    { "das", WC_PARTICLE },
    { "de", WC_PARTICLE },
    { "dean", WC_TITLE },
    { "dec", WC_DATEWORD },
    { "dec.", WC_MONTH },
    { "december", WC_MONTH },
    { "declared", WC_SPEECH },
    { "declares", WC_SPEECH },
    { "defence", WC_TITLEMOD },
    { "defender", WC_TITLE },
    { "defense", WC_TITLEMOD },
    { "degli", WC_PARTICLE },
    { "dei", WC_PARTICLE },
    { "del", WC_PARTICLE },
    { "della", WC_PARTICLE },
    { "democrat", WC_TITLEMOD },
    { "democrats", WC_NONAME },
    { "den", WC_PARTICLE },
    { "denied", WC_SPEECH },
    { "denies", WC_SPEECH },
    { "department", WC_ORGWORD },
    { "deputy", WC_TITLE|WC_TITLEMOD },
    { "der", WC_PARTICLE },
    { "desert", WC_PLACEHEAD },
    { "despite", WC_FUNC },
    { "det.", WC_TITLE },
    { "di", WC_PARTICLE },
    { "did", WC_FUNC },
    { "diplomat", WC_TITLE },
    { "director", WC_TITLE },
    { "directorate", WC_ORGWORD },
    { "directors", WC_TITLE },
    { "dispatch", WC_ORGWORD },
    { "district", WC_PLACEHEAD },
    { "division", WC_ORGWORD },
    { "do", WC_FUNC },
    { "does", WC_FUNC },
    { "dos", WC_PARTICLE },
    { "dpa", LX_ORG },
    { "dr", WC_HONOR },
    { "dr.", WC_HONOR },
    { "du", WC_PARTICLE },
    { "duchess", WC_HONOR },
    { "duke", WC_HONOR },
    { "during", WC_FUNC },
    { "dynamo", WC_ORGWORD },
    { "each", WC_FUNC },
    { "earl", WC_HONOR },
    { "earlier", WC_DATEWORD|WC_FUNC },
    { "economist", WC_TITLE },
    { "economy", WC_TITLEMOD },
    { "editor", WC_TITLE },
    { "edt", WC_NONAME },
    { "education", WC_TITLEMOD },
    { "efe", LX_ORG },
    { "eight", WC_DATEWORD|WC_FUNC },
    { "either", WC_FUNC },
    { "el", WC_PARTICLE },
    { "electric", WC_ORGWORD },
    { "electronics", WC_ORGWORD },
    { "eleven", WC_DATEWORD },
    { "embassy", WC_ORGWORD },
    { "emir", WC_TITLE },
    { "emirates", WC_PLACEHEAD },
    { "emphasised", WC_SPEECH },
    { "emphasized", WC_SPEECH },
    { "energy", WC_ORGWORD|WC_TITLEMOD },
    { "england", LX_COUNTRY },
    { "enquirer", WC_ORGWORD },
    { "envoy", WC_TITLE },
    { "est", WC_NONAME },
    { "eurasia", LX_PLACE_OTHER },
    { "europe", LX_PLACE_OTHER },
    { "even", WC_FUNC },
    { "every", WC_FUNC },
    { "examiner", WC_ORGWORD },
    { "exchange", WC_ORGWORD },
    { "executive", WC_TITLEMOD },
    { "explained", WC_SPEECH },
    { "explains", WC_SPEECH },
    { "f.c.", WC_ORGWORD },
    { "fc", WC_ORGWORD },
    { "feb", WC_DATEWORD },
    { "feb.", WC_MONTH },
    { "february", WC_MONTH },
    { "federal-reserve", WC_ORGWORD },
    { "federation", WC_ORGWORD },
    { "festival", WC_MISCHEAD },
    { "few", WC_DATEWORD },
    { "finance", WC_TITLEMOD },
    { "first", WC_TITLEMOD },
    { "five", WC_DATEWORD|WC_FUNC },
    { "following", WC_FUNC },
    { "for", WC_FUNC },
    { "force", WC_ORGWORD },
    { "forces", WC_ORGWORD },
    { "foreign", WC_TITLEMOD },
    { "former", WC_TITLEMOD },
    { "forum", WC_ORGWORD },
    { "foundation", WC_ORGWORD },
    { "founder", WC_TITLE },
    { "four", WC_DATEWORD|WC_FUNC },
    { "fri.", WC_WEEKDAY },
    { "friday", WC_WEEKDAY },
    { "from", WC_FUNC },
    { "front", WC_ORGWORD },
    { "fund", WC_ORGWORD },
    { "games", WC_MISCHEAD },
    { "gazette", WC_ORGWORD },
    { "gdp", WC_NONAME },
    { "gen", WC_TITLE },
    { "gen.", WC_TITLE },
    { "general", WC_TITLE|WC_TITLEMOD },
    { "given", WC_FUNC },
    { "gmbh", WC_ORGWORD },
    { "gmt", WC_NONAME },
    { "goalkeeper", WC_TITLE },
    { "gov", WC_TITLE },
    { "gov.", WC_TITLE },
    { "government", WC_ORGWORD },
    { "governor", WC_TITLE },
    { "grand-prix", WC_MISCHEAD },
    { "greens", WC_NONAME },
    { "group", WC_ORGWORD },
    { "guard", WC_ORGWORD },
    { "guards", WC_ORGWORD },
    { "gulf", WC_PLACEHEAD },
    { "h1", WC_NONAME },
    { "h2", WC_NONAME },
    { "had", WC_FUNC },
    { "harbor", WC_PLACEHEAD },
    { "harbour", WC_PLACEHEAD },
    { "has", WC_FUNC },
    { "have", WC_FUNC },
    { "he", WC_FUNC|WC_PRONOUN },
    { "head", WC_TITLE },
    { "health", WC_TITLEMOD },
    { "heights", WC_PLACEHEAD },
    { "her", WC_FUNC|WC_PRONOUN },
    { "herald", WC_ORGWORD },
    { "here", WC_FUNC },
    { "hills", WC_PLACEHEAD },
    { "him", WC_FUNC|WC_PRONOUN },
    { "his", WC_FUNC|WC_PRONOUN },
    { "holdings", WC_ORGWORD },
    { "hospital", WC_ORGWORD },
    { "how", WC_FUNC },
    { "however", WC_FUNC },
    { "i", WC_FUNC|WC_PRONOUN },
    { "ibn", WC_PARTICLE },
    { "if", WC_FUNC },
    { "imam", WC_TITLE },
    { "in", WC_FUNC },
    { "inc", WC_ORGWORD },
    { "inc.", WC_ORGWORD },
    { "including", WC_FUNC },
    { "industries", WC_ORGWORD },
    { "inquirer", WC_ORGWORD },
    { "insisted", WC_SPEECH },
    { "insists", WC_SPEECH },
    { "insp.", WC_TITLE },
    { "inspector", WC_TITLE },
    { "institute", WC_ORGWORD },
    { "institution", WC_ORGWORD },
    { "interfax", LX_ORG },
    { "interim", WC_TITLEMOD },
    { "interior", WC_TITLEMOD },
    { "into", WC_FUNC },
    { "investments", WC_ORGWORD },
    { "is", WC_FUNC },
    { "islamists", WC_NONAME },
    { "island", WC_PLACEHEAD },
    { "islands", WC_PLACEHEAD },
    { "isles", WC_PLACEHEAD },
    { "it", WC_FUNC|WC_PRONOUN },
    { "itar-tass", LX_ORG },
    { "its", WC_FUNC|WC_PRONOUN },
    { "jan", WC_DATEWORD },
    { "jan.", WC_MONTH },
    { "january", WC_MONTH },
    { "journal", WC_ORGWORD },
    { "judge", WC_TITLE },
    { "jul", WC_DATEWORD },
    { "jul.", WC_MONTH },
    { "july", WC_MONTH },
    { "jun", WC_DATEWORD },
    { "jun.", WC_MONTH },
    { "june", WC_MONTH },
    { "just", WC_FUNC },
    { "justice", WC_TITLE|WC_TITLEMOD },
    { "king", WC_TITLE },
    { "kingdom", WC_PLACEHEAD },
    { "kyodo", LX_ORG },
    { "la", WC_PARTICLE },
    { "labor", WC_TITLEMOD },
    { "laboratories", WC_ORGWORD },
    { "laboratory", WC_ORGWORD },
    { "labour", WC_TITLEMOD },
    { "lady", WC_HONOR },
    { "lake", WC_PLACEHEAD },
    { "last", WC_DATEWORD },
    { "later", WC_DATEWORD|WC_FUNC },
    { "lawmaker", WC_TITLE },
    { "lawyer", WC_TITLE },
    { "le", WC_PARTICLE },
    { "leader", WC_TITLE },
    { "league", WC_ORGWORD },
    { "led", WC_FUNC },
    { "legislator", WC_TITLE },
    { "let", WC_FUNC },
    { "liberals", WC_NONAME },
    { "lieut.", WC_TITLE },
    { "lieutenant", WC_TITLE },
    { "linked", WC_FUNC },
    { "llc", WC_ORGWORD },
    { "lord", WC_HONOR },
    { "loyalists", WC_NONAME },
    { "lt", WC_TITLE },
    { "lt.", WC_TITLE },
    { "ltd", WC_ORGWORD },
    { "ltd.", WC_ORGWORD },
    { "madam", WC_HONOR },
    { "maj.", WC_TITLE },
    { "manager", WC_TITLE },
    { "many", WC_DATEWORD|WC_FUNC },
    { "mar", WC_DATEWORD },
    { "mar.", WC_MONTH },
    { "marathon", WC_MISCHEAD },
    { "march", WC_MONTH },
    { "marshal", WC_TITLE },
    { "masters", WC_MISCHEAD },
    { "may", WC_FUNC|WC_MONTH },
    { "mayor", WC_TITLE },
    { "me", WC_FUNC|WC_PRONOUN },
    { "meanwhile", WC_FUNC },
    { "meeting", WC_MISCHEAD },
    { "member", WC_TITLE },
    { "mena", LX_ORG },
    { "messrs", WC_HONOR },
    { "messrs.", WC_HONOR },
    { "midfielder", WC_TITLE },
    { "might", WC_FUNC },
    { "mining", WC_ORGWORD },
    { "minister", WC_TITLE },
    { "ministers", WC_TITLE },
    { "ministry", WC_ORGWORD },
    { "miss", WC_HONOR },
    { "mister", WC_HONOR },
    { "mme", WC_HONOR },
    { "mme.", WC_HONOR },
    { "mon.", WC_WEEKDAY },
    { "monday", WC_WEEKDAY },
    { "more", WC_FUNC },
    { "most", WC_FUNC },
    { "motors", WC_ORGWORD },
    { "mount", WC_PLACEHEAD },
    { "mountains", WC_PLACEHEAD },
    { "movement", WC_ORGWORD },
    { "mp", WC_TITLE },
    { "mr", WC_HONOR },
    { "mr.", WC_HONOR },
    { "mrs", WC_HONOR },
    { "mrs.", WC_HONOR },
    { "ms", WC_HONOR },
    { "ms.", WC_HONOR },
    { "msgr.", WC_TITLE },
    { "much", WC_FUNC },
    { "must", WC_FUNC },
    { "my", WC_FUNC },
    { "n.v.", WC_ORGWORD },
    { "nationalists", WC_NONAME },
    { "nations", WC_ORGWORD },
    { "navy", WC_ORGWORD },
    { "near", WC_FUNC },
    { "negotiator", WC_TITLE },
    { "neither", WC_FUNC },
    { "network", WC_ORGWORD },
    { "news", WC_ORGWORD },
    { "newsdesk", WC_ORGWORD },
    { "newsroom", WC_ORGWORD },
    { "next", WC_DATEWORD },
    { "nine", WC_DATEWORD|WC_FUNC },
    { "no", WC_FUNC },
    { "nominee", WC_TITLE },
    { "nor", WC_FUNC },
    { "not", WC_FUNC },
    { "noted", WC_SPEECH },
    { "notes", WC_SPEECH },
    { "noting", WC_SPEECH },
    { "nov", WC_DATEWORD },
    { "nov.", WC_MONTH },
    { "november", WC_MONTH },
    { "now", WC_FUNC },
    { "nv", WC_ORGWORD },
    { "observatory", WC_ORGWORD },
    { "observed", WC_SPEECH },
    { "observer", WC_ORGWORD },
    { "ocean", WC_PLACEHEAD },
    { "oceania", LX_PLACE_OTHER },
    { "oct", WC_DATEWORD },
    { "oct.", WC_MONTH },
    { "october", WC_MONTH },
    { "of", WC_FUNC },
    { "office", WC_ORGWORD },
    { "official", WC_TITLE },
    { "officials", WC_TITLE },
    { "oil", WC_ORGWORD },
    { "ok", WC_NONAME },
    { "olympic", WC_MISCHEAD },
    { "olympics", WC_MISCHEAD },
    { "olympique", WC_ORGWORD },
    { "on", WC_FUNC },
    { "one", WC_DATEWORD|WC_FUNC },
    { "only", WC_FUNC },
    { "onto", WC_FUNC },
    { "open", WC_MISCHEAD },
    { "or", WC_FUNC },
    { "organisation", WC_ORGWORD },
    { "organization", WC_ORGWORD },
    { "other", WC_FUNC },
    { "our", WC_FUNC|WC_PRONOUN },
    { "over", WC_FUNC },
    { "palace", WC_PLACEHEAD },
    { "pap", LX_ORG },
    { "park", WC_PLACEHEAD },
    { "parliament", WC_ORGWORD },
    { "partners", WC_ORGWORD },
    { "party", WC_ORGWORD },
    { "past", WC_DATEWORD },
    { "pdt", WC_NONAME },
    { "peninsula", WC_PLACEHEAD },
    { "per", WC_FUNC },
    { "permanent", WC_TITLEMOD },
    { "petroleum", WC_ORGWORD },
    { "pharmaceuticals", WC_ORGWORD },
    { "plc", WC_ORGWORD },
    { "plc.", WC_ORGWORD },
    { "pm", WC_NONAME },
    { "pointed", WC_SPEECH },
    { "police", WC_ORGWORD },
    { "pope", WC_TITLE },
    { "port", WC_PLACEHEAD },
    { "post", WC_ORGWORD },
    { "predicted", WC_SPEECH },
    { "premier", WC_TITLE },
    { "pres.", WC_TITLE },
    { "president", WC_TITLE },
    { "president-elect", WC_TITLE },
    { "presidential", WC_TITLEMOD },
    { "presidents", WC_TITLE },
    { "press", WC_ORGWORD },
    { "prime", WC_TITLEMOD },
    { "prince", WC_TITLE },
    { "princess", WC_TITLE },
    { "principal", WC_TITLEMOD },
    { "prix", WC_MISCHEAD },
    { "prize", WC_MISCHEAD },
    { "prof", WC_TITLE },
    { "prof.", WC_TITLE },
    { "professor", WC_TITLE },
    { "prosecutor", WC_TITLE },
    { "province", WC_PLACEHEAD },
    { "pst", WC_NONAME },
    { "q1", WC_NONAME },
    { "q2", WC_NONAME },
    { "q3", WC_NONAME },
    { "q4", WC_NONAME },
    { "queen", WC_TITLE },
    { "quoted", WC_SPEECH },
    { "rabbi", WC_TITLE },
    { "radio", WC_ORGWORD },
    { "railway", WC_ORGWORD },
    { "railways", WC_ORGWORD },
    { "rally", WC_MISCHEAD },
    { "real", WC_ORGWORD },
    { "recalled", WC_SPEECH },
    { "recalls", WC_SPEECH },
    { "rector", WC_TITLE },
    { "regiment", WC_ORGWORD },
    { "region", WC_PLACEHEAD },
    { "remarked", WC_SPEECH },
    { "rep", WC_TITLE },
    { "rep.", WC_TITLE },
    { "replied", WC_SPEECH },
    { "replies", WC_SPEECH },
    { "reported", WC_SPEECH },
    { "reports", WC_SPEECH },
    { "representative", WC_TITLE },
    { "reps.", WC_TITLE },
    { "republic", WC_PLACEHEAD },
    { "republican", WC_TITLEMOD },
    { "republicans", WC_NONAME },
    { "reserve", WC_ORGWORD },
    { "resources", WC_ORGWORD },
    { "reuters", LX_ORG },
    { "rev", WC_TITLE },
    { "rev.", WC_TITLE },
    { "river", WC_PLACEHEAD },
    { "road", WC_PLACEHEAD },
    { "rovers", WC_ORGWORD },
    { "rt.", WC_TITLE },
    { "s.a.", WC_ORGWORD },
    { "sa", WC_ORGWORD },
    { "said", WC_SPEECH },
    { "sat.", WC_WEEKDAY },
    { "saturday", WC_WEEKDAY },
    { "say", WC_SPEECH },
    { "saying", WC_SPEECH },
    { "says", WC_SPEECH },
    { "school", WC_ORGWORD },
    { "scotland", LX_COUNTRY },
    { "sea", WC_PLACEHEAD },
    { "secretariat", WC_ORGWORD },
    { "secretaries", WC_TITLE },
    { "secretary", WC_TITLE },
    { "secretary-general", WC_TITLE },
    { "securities", WC_ORGWORD },
    { "security", WC_TITLEMOD },
    { "sen", WC_TITLE },
    { "sen.", WC_TITLE },
    { "senate", WC_ORGWORD },
    { "senator", WC_TITLE },
    { "senior", WC_TITLEMOD },
    { "sens.", WC_TITLE },
    { "sep", WC_DATEWORD },
    { "sep.", WC_MONTH },
    { "separatists", WC_NONAME },
    { "sept", WC_DATEWORD },
    { "sept.", WC_MONTH },
    { "september", WC_MONTH },
    { "sergeant", WC_TITLE },
    { "series", WC_MISCHEAD },
    { "service", WC_ORGWORD },
    { "services", WC_ORGWORD },
    { "seven", WC_DATEWORD|WC_FUNC },
    { "several", WC_DATEWORD },
    { "sgt", WC_TITLE },
    { "sgt.", WC_TITLE },
    { "shall", WC_FUNC },
    { "she", WC_FUNC|WC_PRONOUN },
    { "sheikh", WC_TITLE },
    { "should", WC_FUNC },
    { "since", WC_FUNC },
    { "sir", WC_HONOR },
    { "six", WC_DATEWORD|WC_FUNC },
    { "skipper", WC_TITLE },
    { "so", WC_FUNC },
    { "socialists", WC_NONAME },
    { "society", WC_ORGWORD },
    { "some", WC_FUNC },
    { "spa", WC_ORGWORD },
    { "speaker", WC_TITLE },
    { "speaking", WC_FUNC },
    { "spokesman", WC_TITLE },
    { "spokesmen", WC_TITLE },
    { "spokesperson", WC_TITLE },
    { "spokeswoman", WC_TITLE },
    { "sporting", WC_ORGWORD },
    { "square", WC_PLACEHEAD },
    { "stadium", WC_PLACEHEAD },
    { "state", WC_PLACEHEAD|WC_TITLEMOD },
    { "stated", WC_SPEECH },
    { "states", WC_PLACEHEAD|WC_SPEECH },
    { "steel", WC_ORGWORD },
    { "still", WC_FUNC },
    { "strait", WC_PLACEHEAD },
    { "straits", WC_PLACEHEAD },
    { "street", WC_PLACEHEAD },
    { "stressed", WC_SPEECH },
    { "stresses", WC_SPEECH },
    { "striker", WC_TITLE },
    { "studio", WC_ORGWORD },
    { "studios", WC_ORGWORD },
    { "such", WC_FUNC },
    { "suggested", WC_SPEECH },
    { "suggests", WC_SPEECH },
    { "sultan", WC_TITLE },
    { "sun.", WC_WEEKDAY },
    { "sunday", WC_WEEKDAY },
    { "superintendent", WC_TITLE },
    { "supt.", WC_TITLE },
    { "syndicate", WC_ORGWORD },
    { "systems", WC_ORGWORD },
    { "tass", LX_ORG },
    { "team", WC_ORGWORD },
    { "technologies", WC_ORGWORD },
    { "technology", WC_ORGWORD },
    { "telecom", WC_ORGWORD },
    { "telegraph", WC_ORGWORD },
    { "television", WC_ORGWORD },
    { "tell", WC_SPEECH },
    { "telling", WC_SPEECH },
    { "tells", WC_SPEECH },
    { "ten", WC_DATEWORD|WC_FUNC },
    { "ter", WC_PARTICLE },
    { "territory", WC_PLACEHEAD },
    { "than", WC_FUNC },
    { "that", WC_FUNC },
    { "the", WC_FUNC },
    { "their", WC_FUNC|WC_PRONOUN },
    { "them", WC_FUNC|WC_PRONOUN },
    { "then", WC_FUNC },
    { "there", WC_FUNC },
    { "these", WC_FUNC },
    { "they", WC_FUNC|WC_PRONOUN },
    { "this", WC_DATEWORD|WC_FUNC },
    { "those", WC_FUNC },
    { "though", WC_FUNC },
    { "three", WC_DATEWORD|WC_FUNC },
    { "through", WC_FUNC },
    { "throughout", WC_FUNC },
    { "thu.", WC_WEEKDAY },
    { "thur.", WC_WEEKDAY },
    { "thurs.", WC_WEEKDAY },
    { "thursday", WC_WEEKDAY },
    { "times", WC_ORGWORD },
    { "to", WC_FUNC },
    { "today", WC_DATEWORD|WC_FUNC },
    { "told", WC_SPEECH },
    { "tomorrow", WC_DATEWORD|WC_FUNC },
    { "tonight", WC_DATEWORD|WC_FUNC },
    { "too", WC_FUNC },
    { "tories", WC_NONAME },
    { "tour", WC_MISCHEAD },
    { "toward", WC_FUNC },
    { "towards", WC_FUNC },
    { "trade", WC_TITLEMOD },
    { "treasurer", WC_TITLE },
    { "tribunal", WC_ORGWORD },
    { "tribune", WC_ORGWORD },
    { "trophy", WC_MISCHEAD },
    { "trust", WC_ORGWORD },
    { "tue.", WC_WEEKDAY },
    { "tues.", WC_WEEKDAY },
    { "tuesday", WC_WEEKDAY },
    { "tv", WC_NONAME },
    { "twelve", WC_DATEWORD },
    { "two", WC_DATEWORD|WC_FUNC },
    { "u.k.", LX_COUNTRY },
    { "u.s.", LX_COUNTRY },
    { "u.s.a.", LX_COUNTRY },
    { "uk", LX_COUNTRY },
    { "under", WC_FUNC },
    { "union", WC_ORGWORD },
    { "unions", WC_ORGWORD },
    { "united", WC_ORGWORD },
    { "university", WC_ORGWORD },
    { "unless", WC_FUNC },
    { "until", WC_FUNC },
    { "upon", WC_FUNC },
    { "urged", WC_SPEECH },
    { "urges", WC_SPEECH },
    { "us", WC_FUNC|WC_PRONOUN },
    { "usa", LX_COUNTRY },
    { "utc", WC_NONAME },
    { "valley", WC_PLACEHEAD },
    { "van", WC_PARTICLE },
    { "vat", WC_NONAME },
    { "very", WC_FUNC },
    { "via", WC_FUNC },
    { "vice", WC_TITLEMOD },
    { "vice-chairman", WC_TITLE },
    { "vice-minister", WC_TITLE },
    { "vice-premier", WC_TITLE },
    { "vice-president", WC_TITLE },
    { "vice-presidential", WC_TITLEMOD },
    { "viscount", WC_HONOR },
    { "von", WC_PARTICLE },
    { "wales", LX_COUNTRY },
    { "wanderers", WC_ORGWORD },
    { "war", WC_MISCHEAD },
    { "warned", WC_SPEECH },
    { "warns", WC_SPEECH },
    { "was", WC_FUNC },
    { "we", WC_FUNC|WC_PRONOUN },
    { "wed.", WC_WEEKDAY },
    { "wednesday", WC_WEEKDAY },
    { "well", WC_FUNC },
    { "were", WC_FUNC },
    { "what", WC_FUNC },
    { "when", WC_FUNC },
    { "where", WC_FUNC },
    { "whether", WC_FUNC },
    { "which", WC_FUNC },
    { "while", WC_FUNC },
    { "whip", WC_TITLE },
    { "who", WC_FUNC },
    { "whom", WC_FUNC },
    { "whose", WC_FUNC },
    { "why", WC_FUNC },
    { "will", WC_FUNC },
    { "with", WC_FUNC },
    { "within", WC_FUNC },
    { "without", WC_FUNC },
    { "would", WC_FUNC },
    { "writes", WC_SPEECH },
    { "wrote", WC_SPEECH },
    { "xinhua", LX_ORG },
    { "yes", WC_FUNC },
    { "yesterday", WC_DATEWORD|WC_FUNC },
    { "yet", WC_FUNC },
    { "yonhap", LX_ORG },
    { "you", WC_FUNC|WC_PRONOUN },
    { "your", WC_FUNC },
};

/* Built-in classes of the word s[0..n), case-insensitive (ASCII). */
int nm_builtin_words_sorted(void)
{
    return nm_sorted_words_ok(builtin, sizeof builtin / sizeof builtin[0], sizeof builtin[0]);
}

static uint32_t builtin_classes(const char *s, size_t n)
{
    ptrdiff_t k = nm_sorted_word(builtin, sizeof builtin / sizeof builtin[0], sizeof builtin[0], s, n);
    return k < 0 ? 0 : builtin[k].cls;
}

/* The built-in table and cues.c's cue words hashed, made with the engine:
 * a word's lexicon lookup hashes its lower-case form (nm_lex_word_fnv()),
 * and the same hash finds it here, instead of a binary search through
 * each table for every new word of a document. */
typedef struct wc_slot {
    const char *w;          /* NULL: empty */
    uint32_t fnv;
    uint16_t entry;         /* index + 1 in builtin, 0: none */
    uint8_t cue;            /* nm_cue_word() */
} wc_slot;

struct nm_wordidx {
    uint32_t mask;
    wc_slot slots[];
};

static uint32_t word_fnv(const char *w)
{
    uint32_t h = 2166136261u;
    for (const unsigned char *p = (const unsigned char *)w; *p; p++)
        h = (h ^ *p) * 16777619u;
    return h ? h : 1;
}

/* The slot of the table word w, or the empty one where it goes. */
static wc_slot *word_slot(nm_wordidx *x, const char *w, uint32_t h)
{
    uint32_t i = h & x->mask;
    while (x->slots[i].w && strcmp(x->slots[i].w, w))
        i = (i + 1) & x->mask;
    return &x->slots[i];
}

nm_status nm_wordidx_new(nm_wordidx **out)
{
    size_t ncue, cue_size;
    const char *cues = nm_cue_table(&ncue, &cue_size);
    size_t count = sizeof builtin / sizeof builtin[0], size = 64;
    _Static_assert(sizeof builtin / sizeof builtin[0] < UINT16_MAX, "builtin fits a slot");
    while (size < (count + ncue) * 2)
        size *= 2;
    nm_wordidx *x = calloc(1, sizeof *x + size * sizeof x->slots[0]);
    *out = x;
    if (!x)
        return NM_ENOMEM;
    x->mask = (uint32_t)size - 1;
    for (size_t k = 0; k < count; k++) {
        uint32_t h = word_fnv(builtin[k].w);
        wc_slot *sl = word_slot(x, builtin[k].w, h);
        if (!sl->w) {                     /* a duplicate keeps the first */
            sl->w = builtin[k].w;
            sl->fnv = h;
            sl->entry = (uint16_t)(k + 1);
        }
    }
    for (size_t k = 0; k < ncue; k++) {
        const char *w = *(const char *const *)(const void *)(cues + k * cue_size);
        uint32_t h = word_fnv(w);
        wc_slot *sl = word_slot(x, w, h);
        sl->w = w;
        sl->fnv = h;
        sl->cue = (uint8_t)nm_cue_word(w, strlen(w));
    }
    return NM_OK;
}

void nm_wordidx_free(nm_wordidx *x)
{
    free(x);
}

/* builtin_classes() of an ASCII word of 1 to NM_WORD_MAX bytes whose
 * lower-case form hashes to fnv, and its nm_cue_word() in *cue. */
static uint32_t indexed_classes(const nm_wordidx *x, const char *s, size_t n, uint32_t fnv,
                                unsigned *cue)
{
    *cue = 0;
    for (uint32_t i = fnv & x->mask; x->slots[i].w; i = (i + 1) & x->mask) {
        const wc_slot *sl = &x->slots[i];
        if (sl->fnv != fnv)
            continue;
        size_t k = 0;
        for (; k < n; k++) {
            unsigned char ch = (unsigned char)s[k];
            if ((unsigned char)sl->w[k] != (ch - (unsigned)'A' < 26u ? ch + 32 : ch))
                break;
        }
        if (k == n && !sl->w[n]) {
            *cue = sl->cue;
            return sl->entry ? builtin[sl->entry - 1].cls : 0;
        }
    }
    return 0;
}

int nm_wordidx_agrees(const nm_wordidx *x)
{
    for (size_t k = 0; k < sizeof builtin / sizeof builtin[0]; k++) {
        char up[NM_WORD_MAX + 1];
        size_t n = strlen(builtin[k].w);
        if (n > NM_WORD_MAX)
            return 0;
        for (size_t i = 0; i < n; i++)
            up[i] = (char)(builtin[k].w[i] - (unsigned)'a' < 26u ? builtin[k].w[i] - 32 : builtin[k].w[i]);
        for (int v = 0; v < 2; v++) {
            const char *w = v ? up : builtin[k].w;
            uint32_t fnv;
            unsigned cue;
            nm_lex_word_fnv(NULL, w, n, &fnv);
            if (!fnv || indexed_classes(x, w, n, fnv, &cue) != builtin_classes(w, n) ||
                cue != nm_cue_word(w, n))
                return 0;
        }
    }
    size_t ncue, cue_size;
    const char *cues = nm_cue_table(&ncue, &cue_size);
    for (size_t k = 0; k < ncue; k++) {
        const char *w = *(const char *const *)(const void *)(cues + k * cue_size);
        size_t n = strlen(w);
        uint32_t fnv;
        unsigned cue;
        nm_lex_word_fnv(NULL, w, n, &fnv);
        if (n > NM_WORD_MAX || !fnv || indexed_classes(x, w, n, fnv, &cue) != builtin_classes(w, n) ||
            cue != nm_cue_word(w, n))
            return 0;
    }
    return 1;
}

uint32_t nm_word_class(const nm_doc *d, const char *s, size_t n)
{
    unsigned cue;
    return nm_word_class_cue(d, s, n, &cue);
}

uint32_t nm_word_class_cue(const nm_doc *d, const char *s, size_t n, unsigned *cue)
{
    return nm_word_class_all(d, s, n, cue) & ~LX_GIVEN;
}

uint32_t nm_word_class_all(const nm_doc *d, const char *s, size_t n, unsigned *cue)
{
    uint32_t c;
    const nm_engine *eng = d->eng;
    if (eng && eng->words) {
        uint32_t fnv;
        c = nm_lex_word_fnv(eng->lex, s, n, &fnv);
        *cue = 0;
        if (fnv)
            c |= indexed_classes(eng->words, s, n, fnv, cue);
    } else {
        c = builtin_classes(s, n);
        if (eng && eng->lex)
            c |= nm_lex_word(eng->lex, s, n);
        *cue = nm_cue_word(s, n);
    }
    const char *h = n < 64 ? memchr(s, '-', n) : NULL;
    if (!(c & WC_TITLE) && h && h > s && !memchr(h + 1, '-', n - (size_t)(h + 1 - s))) {
        /* "Undersecretary-General", "Vice-Chairman", "ex-president": two
         * parts, the last an office noun */
        uint32_t last = builtin_classes(h + 1, n - (size_t)(h + 1 - s));
        if ((last & WC_TITLE) && !(last & WC_FUNC))
            c |= WC_TITLE;
    }
    return c;
}

/* A memo of the classes of the distinct words of one document: news text
 * repeats its words, so most tokens cost one hash probe instead of a
 * lexicon lookup.  Bounded size; when full, words are looked up directly. */
typedef struct memo_slot {
    uint32_t start, hash;   /* hash 0: empty */
    uint32_t len : 8, cue : 8, cls;   /* words over 64 bytes are not kept */
} memo_slot;

#define MEMO_MAX (1u << 17)

int nm_doc_cues(nm_doc *d, size_t n)
{
    size_t words = n / 64 + 1;
    if (!(d->cue_bits = nm_arena_alloc(&d->arena, words * sizeof *d->cue_bits)) ||
        !(d->cue_memo = nm_arena_alloc(&d->arena, sizeof *d->cue_memo)))
        return -1;
    memset(d->cue_bits, 0, words * sizeof *d->cue_bits);
    memset(d->cue_memo, 0, sizeof *d->cue_memo);
    return 0;
}

unsigned nm_cue_flags(const nm_doc *d, size_t i)
{
    const nm_token *t = DOC_TOK(d, i);
    size_t n = t->end - t->start;
    const nm_cue_memo *m = d->cue_memo;
    if (m) {
        uint64_t key = nm_word_key(d->text + t->start, n, d->len - t->start);
        for (uint32_t x = nm_cue_slot(key); m->key[x]; x = (x + 1) & (NM_CUE_MEMO - 1))
            if (m->key[x] == key && (n <= 7 || nm_ascii_ieq(d->text + m->start[x], d->text + t->start, n)))
                return m->flags[x];
    }
    return nm_cue_word(d->text + t->start, n);
}

void nm_doc_add_cue(nm_doc *d, size_t i, unsigned flags)
{
    d->cue_bits[i >> 6] |= (uint64_t)1 << (i & 63);
    nm_cue_memo *m = d->cue_memo;
    const nm_token *t = DOC_TOK(d, i);
    size_t n = t->end - t->start;
    uint64_t key = nm_word_key(d->text + t->start, n, d->len - t->start);
    uint32_t x = nm_cue_slot(key);
    for (; m->key[x]; x = (x + 1) & (NM_CUE_MEMO - 1))
        if (m->key[x] == key && (n <= 7 || nm_ascii_ieq(d->text + m->start[x], d->text + t->start, n)))
            return;                                /* kept already */
    if (m->used * 2 >= NM_CUE_MEMO)
        return;                                    /* (nm_tok_cue() searches the table) */
    m->key[x] = key;
    m->start[x] = t->start;
    m->flags[x] = (uint8_t)flags;
    m->used++;
}

nm_status nm_doc_word_classes(nm_doc *d)
{
    if (d->wcls || d->toks.n == 0)
        return NM_OK;
    uint32_t *w = nm_arena_alloc(&d->arena, d->toks.n * sizeof *w);
    if (!w || nm_doc_cues(d, d->toks.n))
        return NM_ENOMEM;
    size_t cap = 64;
    while (cap < d->toks.n * 2 && cap < MEMO_MAX)
        cap *= 2;
    memo_slot *memo = calloc(cap, sizeof *memo);   /* NULL: no memo, still correct */
    size_t used = 0;
    for (size_t i = 0; i < d->toks.n; i++) {
        const nm_token *t = DOC_TOK(d, i);
        if (t->kind != TK_WORD) {
            w[i] = 0;
            continue;
        }
        const char *s = nm_tok_str(d, i);
        size_t n = nm_tok_len(d, i);
        if (!memo || n > 64) {
            unsigned cue;
            w[i] = nm_word_class_cue(d, s, n, &cue);
            if (cue)
                nm_doc_add_cue(d, i, cue);
            continue;
        }
        uint32_t h = 2166136261u;
        for (size_t k = 0; k < n; k++)
            h = (h ^ (unsigned char)s[k]) * 16777619u;
        if (!h)
            h = 1;
        size_t j = h & (cap - 1);
        for (;; j = (j + 1) & (cap - 1)) {
            memo_slot *m = &memo[j];
            if (!m->hash) {
                unsigned cue;
                uint32_t c = nm_word_class_cue(d, s, n, &cue);
                w[i] = c;
                if (cue)
                    nm_doc_add_cue(d, i, cue);
                if (used * 4 < cap * 3) {      /* keep probes short */
                    m->hash = h;
                    m->start = t->start;
                    m->len = (uint32_t)n;
                    m->cue = cue;
                    m->cls = c;
                    used++;
                }
                break;
            }
            if (m->hash == h && m->len == n && !memcmp(d->text + m->start, s, n)) {
                w[i] = m->cls;
                if (m->cue)
                    nm_doc_add_cue(d, i, m->cue);
                break;
            }
        }
    }
    free(memo);
    d->wcls = w;
    return NM_OK;
}

/* "Inc", "Corp.", "GmbH": a company name ends with it ("Acme Inc of Ohio").
 * The org rules (entities.c) and the tagger's repairs (tagfix.c) share it. */
int nm_company_suffix(const nm_doc *d, size_t i)
{
    static const char *const sfx[] = { "inc", "inc.", "corp", "corp.", "co", "co.", "ltd", "ltd.",
                                       "plc", "llc", "ag", "sa", "nv", "bv", "gmbh", NULL };
    size_t n = nm_tok_len(d, i);
    if (n < 2 || n > 5)                   /* the lengths of the suffixes */
        return 0;
    for (const char *const *p = sfx; *p; p++)
        if (nm_tok_is(d, i, *p))
            return 1;
    return 0;
}

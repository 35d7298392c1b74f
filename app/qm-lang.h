/* qm-lang.h
 *
 * Copyright 2026 The Quotemark authors
 *
 * This program is free software: you can redistribute it and/or modify
 * it under the terms of the GNU General Public License as published by
 * the Free Software Foundation, either version 3 of the License, or
 * (at your option) any later version.
 *
 * This program is distributed in the hope that it will be useful,
 * but WITHOUT ANY WARRANTY; without even the implied warranty of
 * MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
 * GNU General Public License for more details.
 *
 * You should have received a copy of the GNU General Public License
 * along with this program.  If not, see <https://www.gnu.org/licenses/>.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <string.h>

#include <gio/gio.h>

G_BEGIN_DECLS

/* Word classes of the lexicon; one word may have several. */
typedef enum
{
  QM_WORD_VERB          = 1 << 0,
  QM_WORD_OBJECT_VERB   = 1 << 1,
  QM_WORD_ADVERB        = 1 << 2,
  QM_WORD_COMPLEMENT    = 1 << 3,
  QM_WORD_CONTENT       = 1 << 4,
  QM_WORD_TITLE         = 1 << 5,   /* matched with its case */
  QM_WORD_ROLE          = 1 << 6,
  QM_WORD_ORGANISATION  = 1 << 7,
  QM_WORD_MALE          = 1 << 8,
  QM_WORD_FEMALE        = 1 << 9,
  QM_WORD_PLURAL        = 1 << 10,
  QM_WORD_PRONOUN       = 1 << 11,
  QM_WORD_BYLINE        = 1 << 12,  /* matched with its case */
  QM_WORD_CONNECTOR     = 1 << 13,
  QM_WORD_NOT_NAME      = 1 << 14,  /* matched with its case */
  QM_WORD_ABBREVIATION  = 1 << 15,  /* matched with its case */
  QM_WORD_DETERMINER    = 1 << 16,
  QM_WORD_ACCORDING     = 1 << 17,  /* first word of an "according to" phrase */
  QM_WORD_PREPOSITION   = 1 << 18,
  QM_WORD_CONJUNCTION   = 1 << 19,
  QM_WORD_RELATIVE      = 1 << 20,  /* opens a relative clause after a comma */
  QM_WORD_REPORTED_MOOD = 1 << 21,
  QM_WORD_ACCORDING_AFTER = 1 << 22,  /* a source word after its phrase: "dem Bericht zufolge" */
  QM_WORD_OBLIQUE       = 1 << 23,  /* a determiner no subject opens with: "den", "dem", "des" */
  QM_WORD_DEFINITE      = 1 << 24,  /* a definite article: "the", "der" */
  QM_WORD_QUANTITY      = 1 << 25,  /* a share or a number word: "percent", "half", "six" */
  QM_WORD_BREAK         = 1 << 26,  /* after a comma, ends reported content: "but", "however" */
  QM_WORD_NAMING        = 1 << 27,  /* a verb that names something with quoted words: "nannte" */
  QM_WORD_MODEL_CUE     = 1 << 28,  /* a cue the reported-speech model weighs: "believes", "plans" */
  QM_WORD_CLAUSE_CUE    = 1 << 29,  /* the same, for the clause around it: "the plan seems doomed" */
  QM_WORD_SUBORDINATE   = 1 << 30,  /* opens a subordinate clause: "while", "although" */
  QM_WORD_PHRASE_PREPOSITION = 1u << 31, /* opens a phrase, never a clause: "*Amid* calls for …," */
} QmWordClass;

/* What a word does in one of the analyzer's patterns: the role-word keys
 * of a language file, looked up with qm_lang_word_roles() only where a
 * pattern asks (data/doc/LANGUAGE-DATA.md). A key of two-word phrases
 * gives its first words the role and the words after them its _NEXT role.
 * A set of them is 128 bits wide (GCC's and Clang's unsigned __int128, on
 * every 64-bit platform the app is built for): more than an enum (an int)
 * or a guint64 holds. */
__extension__ typedef unsigned __int128 QmWordRole;

#define QM_ROLE_BIT(n) (((QmWordRole) 1) << (n))

#define QM_ROLE_TIME_END              QM_ROLE_BIT (0) /* ends a fronted time: "Hours *later*," */
#define QM_ROLE_TIME_PREPOSITION      QM_ROLE_BIT (1) /* opens a day after the verb: "said *on* Tuesday" */
#define QM_ROLE_WORDING_VERB          QM_ROLE_BIT (2) /* "*put* it" */
#define QM_ROLE_WORDING_OBJECT        QM_ROLE_BIT (3) /* "put *it*" */
#define QM_ROLE_WORDING_MANNER        QM_ROLE_BIT (4) /* "put it *this* way" */
#define QM_ROLE_WORDING_MANNER_NEXT   QM_ROLE_BIT (5) /* "put it this *way*" */
#define QM_ROLE_AGENT                 QM_ROLE_BIT (6) /* names the one who acts: "asked *by*" */
#define QM_ROLE_QUESTION_VERB         QM_ROLE_BIT (7) /* "*Asked* whether …," */
#define QM_ROLE_QUESTION_OPENER       QM_ROLE_BIT (8) /* "*When* asked whether …," */
#define QM_ROLE_QUESTION_WORD         QM_ROLE_BIT (9) /* "asked *whether* …" (with case) */
#define QM_ROLE_LEAD_IN               QM_ROLE_BIT (10) /* "*More* from Lund: “…”" */
#define QM_ROLE_LEAD_IN_NEXT          QM_ROLE_BIT (11) /* "More *from* Lund: “…”" */
#define QM_ROLE_INDEFINITE_SPEAKER    QM_ROLE_BIT (12) /* "tweeted *another*." */
#define QM_ROLE_ADDITIVE              QM_ROLE_BIT (13) /* "*and*" */
#define QM_ROLE_CONTRASTIVE           QM_ROLE_BIT (14) /* "*but*" */
#define QM_ROLE_COMPARISON            QM_ROLE_BIT (15) /* "“excited” *as* he faces …" */
#define QM_ROLE_DECLARATIVE           QM_ROLE_BIT (16) /* "said *that* …" */
#define QM_ROLE_INFINITIVE            QM_ROLE_BIT (17) /* "vowed *to* …" */
#define QM_ROLE_PARTICLE              QM_ROLE_BIT (18) /* "spoke *up*" */
#define QM_ROLE_PERSON_RELATIVE       QM_ROLE_BIT (19) /* "Lund, *who* …" */
#define QM_ROLE_SOURCE_PREPOSITION    QM_ROLE_BIT (20) /* "*Nach* Angaben der Polizei" */
#define QM_ROLE_HOLDER_PREPOSITION    QM_ROLE_BIT (21) /* "*Für* die Ministerin sei das …" */
#define QM_ROLE_OWNER_PREPOSITION     QM_ROLE_BIT (22) /* "Kritik *von* X", "*Von* X kam die These" */
#define QM_ROLE_REFLEXIVE_POSSESSIVE  QM_ROLE_BIT (23) /* "nach *eigenen* Angaben": the subject's own */
#define QM_ROLE_SUBJECT_RELATIVE      QM_ROLE_BIT (24) /* "X, *der* die Lage als „…“ sieht" */
#define QM_ROLE_NAMING                QM_ROLE_BIT (25) /* "hailed the deal *as* “…”", "bezeichnete den Plan *als* „…“" */
#define QM_ROLE_SELF_NAMING           QM_ROLE_BIT (26) /* "nennt *sich* „…“", "nennt *man* „…“": a name, no one's words */
#define QM_ROLE_TOPIC_VERB            QM_ROLE_BIT (27) /* "*warnte* vor „…“", "*berichtete* von „…“" */
#define QM_ROLE_TOPIC_PREPOSITION     QM_ROLE_BIT (28) /* "warnte *vor* „…“", "berichtete *von* „…“", "warned *of* a “…”" */
#define QM_ROLE_SLOGAN_NOUN           QM_ROLE_BIT (29) /* "mit der *Parole* „…“", "*Sprüche* wie „…“" */
#define QM_ROLE_SLOGAN_LINK           QM_ROLE_BIT (30) /* "Sprüche *wie* „…“" */
#define QM_ROLE_EDGE_ACCORDING        QM_ROLE_BIT (31) /* "…, *so* der Sprecher", not "habe *so* die …" */
#define QM_ROLE_ANAPHOR               QM_ROLE_BIT (32) /* "*Das* sagte X.": points back to what was said */
#define QM_ROLE_ORDINAL_NOUN          QM_ROLE_BIT (33) /* "am 20. *Juli*": a number with a point before it ends no sentence */
#define QM_ROLE_TITLE_VERB            QM_ROLE_BIT (34) /* "a play *called* “…”": a title, no one's words */
#define QM_ROLE_FREE_RELATIVE         QM_ROLE_BIT (35) /* "*what* she calls “…”" */
#define QM_ROLE_PARTICLE_VERB         QM_ROLE_BIT (36) /* "*stellte* … fest": speech only with the right particle */
#define QM_ROLE_OTHER_PARTICLE        QM_ROLE_BIT (37) /* "stellte … *vor*", "hob … *ab*": that verb says nothing */
#define QM_ROLE_REPLY_PARTICLE        QM_ROLE_BIT (38) /* "“…,” she went *on*.", "“…,” Lund shot *back*." */
#define QM_ROLE_FRONTED_SUBORDINATOR  QM_ROLE_BIT (39) /* "*Nachdem* die Sitzung endete, sagte X" */
#define QM_ROLE_CLARITY_VERB          QM_ROLE_BIT (40) /* "Lund *made* it clear that …": a cue with its clarity word */
#define QM_ROLE_CLARITY_WORD          QM_ROLE_BIT (41) /* "Lund made it *clear* that …" */
#define QM_ROLE_AUXILIARY             QM_ROLE_BIT (42) /* "“…,” she said, *would* use …": a content goes on */
#define QM_ROLE_WRITTEN_VERB          QM_ROLE_BIT (43) /* "Im Vertrag *steht*: „…“": words written somewhere */
#define QM_ROLE_PLACE_PREPOSITION     QM_ROLE_BIT (44) /* "*Im* Vertrag steht: „…“": where they are written */
#define QM_ROLE_ADDRESSEE_PREPOSITION QM_ROLE_BIT (45) /* "admitted *to* the paper that …": the one spoken to */
#define QM_ROLE_PASSIVE_AUXILIARY     QM_ROLE_BIT (46) /* "Lund *was* asked whether …": the one asked is no speaker */
#define QM_ROLE_NAME_PLACE            QM_ROLE_BIT (47) /* "Senator Tom Lund *of* Ohio": a place after a name */
#define QM_ROLE_MALE_TITLE            QM_ROLE_BIT (48) /* "*Mr.* Lund", "*Herr* Berg": a man */
#define QM_ROLE_FEMALE_TITLE          QM_ROLE_BIT (49) /* "*Mrs.* Lund", "*Frau* Berg": a woman */
#define QM_ROLE_INDEFINITE_ARTICLE    QM_ROLE_BIT (50) /* "*a* band called Northwind": names something */
#define QM_ROLE_NAME_SUFFIX           QM_ROLE_BIT (51) /* "Tom Lund *Jr.*": after the surname */
#define QM_ROLE_MALE_NAME             QM_ROLE_BIT (52) /* "*Tom* Lund": a man */
#define QM_ROLE_FEMALE_NAME           QM_ROLE_BIT (53) /* "*Eva* Lund": a woman */
#define QM_ROLE_OTHER_PREPOSITION     QM_ROLE_BIT (54) /* "a letter *to* Eva Lund": she is not the letter */
#define QM_ROLE_TIME_NOUN             QM_ROLE_BIT (55) /* "Lund two *days* ago said": ends a time before the verb */
#define QM_ROLE_QUOTATION_VERB        QM_ROLE_BIT (56) /* "Lund *continues*: “…”": a cue before a quotation only */
#define QM_ROLE_MEDIUM_NOUN           QM_ROLE_BIT (57) /* "called it “rigged” in a *tweet*": where words were said */
#define QM_ROLE_MALE_POSSESSIVE       QM_ROLE_BIT (58) /* "*Seine* Begründung: „…“": his words */
#define QM_ROLE_FEMALE_POSSESSIVE     QM_ROLE_BIT (59) /* "*Ihr* Fazit: „…“": her words */
#define QM_ROLE_AFFILIATION           QM_ROLE_BIT (60) /* "a spokesman *for* the ministry": whose the role is */
#define QM_ROLE_AFFILIATED            QM_ROLE_BIT (61) /* "a *spokesman* for the ministry": speaks for it, unnamed */
#define QM_ROLE_PRONOMINAL_ADVERB     QM_ROLE_BIT (62) /* "*Darauf* antwortete er: „…“": the subject follows the verb */
#define QM_ROLE_MALE_DEMONSTRATIVE    QM_ROLE_BIT (63) /* "*Dieser* sagte: „…“": the man named last */
#define QM_ROLE_FEMALE_DEMONSTRATIVE  QM_ROLE_BIT (64) /* "*Diese* betonte: „…“": the woman named last */
#define QM_ROLE_FEMALE_ARTICLE        QM_ROLE_BIT (65) /* "*Die* 54-Jährige sagte": a woman */
#define QM_ROLE_EPITHET               QM_ROLE_BIT (66) /* "sagte der *Belgier*": a word for someone told of */
#define QM_ROLE_INTERVIEW_QUESTION    QM_ROLE_BIT (67) /* "*Q*: …?": the interviewer's question */
#define QM_ROLE_INTERVIEW_ANSWER      QM_ROLE_BIT (68) /* "*A*: …": the answer of the one interviewed */
#define QM_ROLE_QUOTING_VERB          QM_ROLE_BIT (69) /* "*zitierte* den Minister mit den Worten „…“": its object speaks */
#define QM_ROLE_TOPIC_IDIOM           QM_ROLE_BIT (70) /* "war von „…“ die *Rede*": the source opens the sentence */
#define QM_ROLE_HEARSAY_MODAL         QM_ROLE_BIT (71) /* "Er *soll* geholfen haben": what others say he did */
#define QM_ROLE_HEARSAY_AUXILIARY     QM_ROLE_BIT (72) /* "Er soll geholfen *haben*": the perfect infinitive */
#define QM_ROLE_ANAPHORIC_SOURCE      QM_ROLE_BIT (73) /* "*Demnach* ist …": the source named before says */
#define QM_ROLE_PASSIVE_PARTICIPLE    QM_ROLE_BIT (74) /* "Ihm wird *vorgeworfen*, …": reported in the passive */
#define QM_ROLE_REPORT_CONJUNCTION    QM_ROLE_BIT (75) /* "…, *wie* X sagte": a clause that names the source */
#define QM_ROLE_MALE_ROLE             QM_ROLE_BIT (76) /* "a *spokesman* … he said": a man's role */
#define QM_ROLE_FEMALE_ROLE           QM_ROLE_BIT (77) /* "an *actress* … she said": a woman's role */
#define QM_ROLE_CLAUSE_VERB           QM_ROLE_BIT (78) /* "*remembers* the night": no speech with a bare noun object */
#define QM_ROLE_TALLY_VERB            QM_ROLE_BIT (79) /* "*added* a third": no speech with a counted object */
#define QM_ROLE_CLAIM_NOUN            QM_ROLE_BIT (80) /* "…, a *claim* the minister denied": ends the content */
#define QM_ROLE_COMPOUND_NOUN         QM_ROLE_BIT (81) /* "a campaign *promise* to …": a noun after "a" and a noun */
#define QM_ROLE_GOES_ON               QM_ROLE_BIT (82) /* "The letter *goes* on to say": between subject and verb */
#define QM_ROLE_GOES_ON_NEXT          QM_ROLE_BIT (83) /* "The letter goes *on* to say" */
#define QM_ROLE_NEARNESS_ADJECTIVE    QM_ROLE_BIT (84) /* "Sources *close* to the minister said": part of them */
#define QM_ROLE_NOTICE_VERB           QM_ROLE_BIT (85) /* "*bemerkte* das Feuer": speech only before what is said */
#define QM_ROLE_RESULT_WORD           QM_ROLE_BIT (86) /* "war *so* heftig, dass …", "sorgte *dafür*, dass …": no content */
#define QM_ROLE_KNOWING_VERB          QM_ROLE_BIT (87) /* "Sie *wusste*, dass …": a fact known, no one's words */
#define QM_ROLE_ANSWER_NOUN           QM_ROLE_BIT (88) /* "Die *Antwort*: „…“": the words of the one asked */
#define QM_ROLE_ASKING_VERB           QM_ROLE_BIT (89) /* "*fragte* den Minister": its object answers */
#define QM_ROLE_VIEW_VERB             QM_ROLE_BIT (90) /* "Sie *riet* zu „…“": a view, with its own preposition */
#define QM_ROLE_VIEW_PREPOSITION      QM_ROLE_BIT (91) /* "Er hält das *für* „…“": opens what the view is */
#define QM_ROLE_NAME_NOUN             QM_ROLE_BIT (92) /* "unter dem *Motto* „…“": the quoted words are a name */
#define QM_ROLE_SHARE_PRONOUN         QM_ROLE_BIT (93) /* "sagte *einer* der Matrosen": one of a group */
#define QM_ROLE_SUBJECT_PRONOUN       QM_ROLE_BIT (94) /* "When he returned *he* began by saying": never an object */
#define QM_ROLE_VERB_ADVERB           QM_ROLE_BIT (95) /* "Lund *first* said": an adverb right before a verb only */
#define QM_ROLE_INTERVIEW_NOUN        QM_ROLE_BIT (96) /* "Die *Fragen* stellte Eva Lund": what the interviewer did */
#define QM_ROLE_DOCUMENT_NOUN         QM_ROLE_BIT (97) /* "hieß es in einer *Mitteilung*": issued by the latest subject */
#define QM_ROLE_INTERVIEWING_VERB     QM_ROLE_BIT (98) /* "Die Fragen *stellte* Eva Lund", "Mit Tom Berg *sprach* Eva Lund" */
#define QM_ROLE_INTERVIEW_PREPOSITION QM_ROLE_BIT (99) /* "*Mit* Tom Berg sprach Eva Lund": before the one interviewed */
#define QM_ROLE_NOUN_VERB             QM_ROLE_BIT (100) /* "the first *state*": a speech verb that is as often a noun */
#define QM_ROLE_CLAUSE_PREPOSITION    QM_ROLE_BIT (101) /* "left *before* its chief said": opens a clause too */
#define QM_ROLE_IMPERSONAL_PRONOUN    QM_ROLE_BIT (102) /* "*It* was said that …": the passive's subject, no one */
#define QM_ROLE_ASIDE_OPENER          QM_ROLE_BIT (103) /* "“…,” Lund said, *as* the crowd cheered": the writer's */
#define QM_ROLE_ASPECT_VERB           QM_ROLE_BIT (104) /* "Lund *continued* to insist": before "to", as an auxiliary */
#define QM_ROLE_NEUTER_ARTICLE        QM_ROLE_BIT (105) /* "*das* Klärwerk. Dieser sagte": no person's noun */
#define QM_ROLE_FIRST_PERSON          QM_ROLE_BIT (106) /* "“… I told them, ‘…’”": the one who speaks */
#define QM_ROLE_PAST_AUXILIARY        QM_ROLE_BIT (107) /* "Tomas Berg *was* late": a verb in the past */
#define QM_ROLE_FIRST_POSSESSIVE      QM_ROLE_BIT (108) /* "*My* editor said": the writer's, opens a speaker */
#define QM_ROLE_DEMONSTRATIVE         QM_ROLE_BIT (109) /* "*this* source told": opens a speaker before a role */
#define QM_ROLE_BARE_PLURAL           QM_ROLE_BIT (116) /* "*police* said": a plural without a plural ending */
#define QM_ROLE_EXISTENTIAL_VERB      QM_ROLE_BIT (110) /* "Es *gibt* Zweifel": being, no speech, with its pronoun */
#define QM_ROLE_EXISTENTIAL_PRONOUN   QM_ROLE_BIT (111) /* "*Es* gibt Zweifel": the pronoun of an existential verb */
#define QM_ROLE_DAY_PART              QM_ROLE_BIT (117) /* "Good *morning* and welcome": a greeting's noun */
#define QM_ROLE_IRREGULAR_PAST        QM_ROLE_BIT (118) /* "Sales *fell*, the firm said": a past without -ed */
#define QM_ROLE_TIME_MODIFIER         QM_ROLE_BIT (119) /* "said *last* week": before a time noun, a time */
#define QM_ROLE_OWN_PARTICLE_VERB     QM_ROLE_BIT (112) /* "Er *schlug* vor, …": speech only with its particle last */
#define QM_ROLE_OWN_PARTICLE          QM_ROLE_BIT (113) /* "Er schlug *vor*, …", "„…“, kündigt sie *an*." */
#define QM_ROLE_TRAILING_PARTICLE_VERB QM_ROLE_BIT (114) /* "„…“, *kündigt* sie an.": only after the quotation */

/* How a character can act as a quotation mark. */
typedef enum
{
  QM_MARK_OPEN_DOUBLE   = 1 << 0,
  QM_MARK_CLOSE_DOUBLE  = 1 << 1,
  QM_MARK_OPEN_SINGLE   = 1 << 2,
  QM_MARK_CLOSE_SINGLE  = 1 << 3,
} QmMarkRole;

typedef struct
{
  gunichar open;
  gunichar close;
} QmQuotePair;

typedef struct _QmLang QmLang;
typedef struct _QmModel QmModel;

/* Open-addressing table of the lexicon, for lookups without copying. */
typedef struct
{
  const char *word;
  guint32     hash;     /* of the lower-case word */
  guint16     len;      /* lexicon words are short */
  guint8      cased;    /* matches only as written */
  guint64     flags[2]; /* word classes or roles, low and high half: 32 bytes an entry, as before
                         * the roles outgrew 64 bits (an __int128 would align it to 48) */
} QmLexEntry;

G_STATIC_ASSERT (sizeof (QmLexEntry) == 32);

/* Word endings matched as written (participle-endings, …). */
typedef struct
{
  char   **list;      /* (nullable) */
  guint8  *lens;      /* (nullable): the length of each of them, 0 for one of 255 bytes or more */
  guint32  last[8];   /* the set of their last bytes: most words are turned away by one test */
} QmEndings;

struct _QmLang
{
  char        *code;
  char        *name;
  GHashTable  *words;        /* lower-case word → QmWordClass */
  GHashTable  *cased;        /* word as written → QmWordClass */
  GPtrArray   *according;    /* (element-type GStrv): phrases split into lower-case words */
  GArray      *pairs;        /* (element-type QmQuotePair) */
  QmLexEntry  *lex;          /* all words of the lexicon, by lower-case hash */
  guint32      lex_mask;
  guint        scare_max_words;
  gboolean     verb_second;
  gboolean     fragments_direct;  /* quoted fragments of mixed quotes are direct too */
  gboolean     join_paragraphs;   /* a quotation paragraph without a cue continues the one before */
  gboolean     split_interrupted; /* “A,” she said, “B.” are two quotations, not one */
  gboolean     keep_complementizer; /* reported content opens with its "dass" */
  gboolean     has_quantities;    /* the language lists quantities: "percent", "half" */
  char       **adverb_endings;    /* endings of adverbs and adjectives: "lich", "weise" */
  char       **source_nouns;      /* endings of nouns that name a source: "Angaben", "Polizeiangaben" */  /* subject after the verb when a phrase is fronted */
  QmEndings    participle_endings; /* endings of present participles, as written: "ing" */
  QmEndings    past_endings;      /* endings of past forms, as written: "ed" */
  QmEndings    plural_endings;    /* endings of plural nouns, as written: "s" */
  QmEndings    singular_endings;  /* endings of singular nouns that end like plurals: "ss" */
  QmEndings    possessive_endings; /* endings of possessives, as written: "'s", "’s" */
  QmEndings    bare_possessive_endings; /* endings of words whose possessive is a bare apostrophe: "Jones’" */
  GHashTable  *role_words;        /* lower-case word → QmWordRole */
  GHashTable  *role_cased;        /* word as written → QmWordRole */
  QmLexEntry  *roles;             /* the role words, by lower-case hash */
  QmWordRole   roles_listed;      /* the roles the language has words for: a pattern without them is off */
  guint32      roles_mask;
  guint        roles_max_len;     /* bytes of the longest role word */
  guint32      roles_filter[16];  /* the role words' (length, first byte & 31): most words miss it */
  guint32      role_letters[128]; /* per role bit: the first bytes & 31 of its words */
  guint16      role_lengths[128]; /* per role bit: their lengths & 15 */
  QmEndings    lower_adverb_endings; /* endings of lower-case adverbs: "ly" ("Lund gingerly said") */
  QmEndings    female_role_endings; /* endings of titles and roles of women: "in" ("Ministerin") */
  QmEndings    unmarked_role_endings; /* endings of roles of either gender: "e" ("die Vorsitzende") */
  QmEndings    agent_noun_endings; /* endings of nouns of a doer: "er" ("Geiger Milan Horak") */
  QmEndings    company_nouns;     /* nouns of a company: "unternehmen" ("der Konzern Brammer Stahl") */
  QmEndings    feminine_noun_endings; /* endings of feminine nouns: "ei" ("der Polizei" is no subject) */
  QmEndings    plural_noun_endings;   /* endings of nouns in the plural: "en" ("Die Äußerungen bezeichnete Ott …") */
  QmEndings    genitive_endings;  /* endings of names in the genitive: "s" ("Die Äußerungen Brenners bezeichnete …") */
  QmEndings    compound_titles;  /* heads of compound titles: "ministerin" ("Wirtschaftsministerin") */
  guint32      compound_tails[128]; /* a bit for each head's last three bytes, see QM_LANG_TAIL_BIT() */
  QmEndings    compound_organisations; /* heads of compound institutions: "gericht" ("Landgericht") */
  QmEndings    plural_verb_endings; /* endings of verbs of a plural subject: "en" ("erklärten sie") */
  QmEndings    hearsay_participle_endings; /* endings of participles before hearsay-auxiliaries: "t" ("geholfen", "verletzt") */
  char        *reported_model_name; /* resource of the reported-speech model, or NULL */
  QmModel     *reported_model;    /* (nullable): weighs reported-speech candidates; rules alone without it */
  QmEndings    adverb_ending_set; /* adverb_endings and source_nouns, which are their lists, */
  QmEndings    source_noun_set;   /* with their lengths */
};

const char  *const *qm_lang_get_available (void);
QmLang      *qm_lang_get                  (const char   *code,
                                           GError      **error);
QmLang      *qm_lang_new_from_data        (const char   *data,
                                           gsize         length,
                                           GError      **error);
void         qm_lang_free                 (QmLang       *lang);
guint        qm_lang_lookup               (QmLang       *lang,
                                           const char   *word,
                                           gsize         n_bytes);
gboolean     qm_lang_has_adverb_ending    (QmLang       *lang,
                                           const char   *word,
                                           gsize         n_bytes);
gboolean     qm_lang_is_source_noun       (QmLang       *lang,
                                           const char   *word,
                                           gsize         n_bytes);
QmWordRole   qm_lang_word_roles           (QmLang       *lang,
                                           const char   *word,
                                           gsize         n_bytes);
gboolean     qm_lang_has_lower_adverb_ending (QmLang    *lang,
                                              const char *word,
                                              gsize      n_bytes);
guint        qm_lang_mark_role            (QmLang       *lang,
                                           gunichar      ch);
gboolean     qm_lang_pair_matches         (QmLang       *lang,
                                           gunichar      open,
                                           gunichar      close);
const char  *qm_lang_detect               (const char   *utf8,
                                           gsize         n_bytes);
gboolean     qm_lang_load_reported_model  (QmLang       *lang,
                                           const char   *data,
                                           gsize         length,
                                           GError      **error);

/* Whether the byte @c ends one of @endings (a QmEndings *): a test that
 * turns most words away before qm_lang_ending_length() is called. */
#define QM_ENDINGS_MAY_END(endings, c) \
  ((((endings)->last[(guchar)(c) >> 5]) >> ((guchar)(c) & 31)) & 1u)

/* The bit of a word's last three bytes @a @b @c in a 4096-bit set: a word
 * whose bit is clear ends in none of the words the set was made from. */
#define QM_LANG_TAIL_BIT(a, b, c) ((((guint)(guchar)(a) * 961u) + ((guint)(guchar)(b) * 31u) + (guint)(guchar)(c)) & 4095u)

/* qm_lang_ending_length:
 * @endings: endings, as loaded for a key (participle-endings, …)
 * @word: a word, not necessarily nul-terminated
 * @n_bytes: its length
 * @min_stem: the bytes that must come before the ending
 *
 * Inline, for the tokenizer asks for every word.
 *
 * Returns: the length of the first of @endings that @word ends in, byte for
 *   byte, after a stem of at least @min_stem bytes; 0 when none
 */
static inline gsize
qm_lang_ending_length (const QmEndings *endings,
                       const char      *word,
                       gsize            n_bytes,
                       gsize            min_stem)
{
  guchar last;

  if (n_bytes == 0)
    return 0;
  last = (guchar)word[n_bytes - 1];
  if (!QM_ENDINGS_MAY_END (endings, last))
    return 0;
  /* their lengths were counted once, and an ending whose last byte is
   * not the word's is passed without a call: a German word of a capital
   * is tried against some eighty heads of compound titles */
  for (guint i = 0; endings->list[i] != NULL; i++)
    {
      const char *e = endings->list[i];
      gsize n = endings->lens[i] > 0 ? endings->lens[i] : strlen (e);

      if (n > 0 && n + min_stem <= n_bytes && (guchar)e[n - 1] == last &&
          memcmp (word + n_bytes - n, e, n - 1) == 0)
        return n;
    }
  return 0;
}

/* Whether @word ends in one of @endings after @min_stem bytes. */
static inline gboolean
qm_lang_ends_with (const QmEndings *endings,
                   const char      *word,
                   gsize            n_bytes,
                   gsize            min_stem)
{
  return qm_lang_ending_length (endings, word, n_bytes, min_stem) != 0;
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QmLang, qm_lang_free)

G_END_DECLS

/* qm-lang.c
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

/* Language data: speech verbs, titles, pronouns and quotation marks, read
 * from the GKeyFiles in data/lang/ that are compiled into the library as a
 * GResource. The format is described in data/doc/LANGUAGE-DATA.md.
 */

#define G_LOG_DOMAIN "qm-lang"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "qm-lang.h"
#include "qm-lang-resources.h"
#include "qm-model.h"

#define LANG_RESOURCE_PATH "/io/github/quotemark/Quotemark/lang/"

static const char *const available[] = { "en", "de", NULL };

static GMutex cache_lock;
static GHashTable *cache;   /* code → QmLang, kept for the life of the process */

static const struct
{
  const char *group;
  const char *key;
  guint       word_class;
  gboolean    cased;
} lists[] = {
  { "speech", "verbs", QM_WORD_VERB, FALSE },
  { "speech", "object-verbs", QM_WORD_OBJECT_VERB, FALSE },
  { "speech", "adverbs", QM_WORD_ADVERB, FALSE },
  { "speech", "complementizers", QM_WORD_COMPLEMENT, FALSE },
  { "speech", "content-words", QM_WORD_CONTENT, FALSE },
  { "speech", "prepositions", QM_WORD_PREPOSITION, FALSE },
  { "speech", "conjunctions", QM_WORD_CONJUNCTION, FALSE },
  { "speech", "relatives", QM_WORD_RELATIVE, FALSE },
  { "speech", "content-breaks", QM_WORD_BREAK, FALSE },
  { "speech", "subordinators", QM_WORD_SUBORDINATE, FALSE },
  { "speech", "phrase-prepositions", QM_WORD_PHRASE_PREPOSITION, FALSE },
  { "speech", "naming-verbs", QM_WORD_NAMING, FALSE },
  { "speech", "reported-mood", QM_WORD_REPORTED_MOOD, FALSE },
  { "speech", "according-after", QM_WORD_ACCORDING_AFTER, FALSE },
  { "model", "reported-cues", QM_WORD_MODEL_CUE, FALSE },
  { "model", "clause-cues", QM_WORD_CLAUSE_CUE, FALSE },
  { "people", "titles", QM_WORD_TITLE, TRUE },
  { "people", "roles", QM_WORD_ROLE, FALSE },
  { "people", "organisations", QM_WORD_ORGANISATION, FALSE },
  { "people", "determiners", QM_WORD_DETERMINER, FALSE },
  { "people", "oblique-determiners", QM_WORD_OBLIQUE, FALSE },
  { "people", "definite-articles", QM_WORD_DEFINITE, FALSE },
  { "people", "quantities", QM_WORD_QUANTITY, FALSE },
  { "people", "pronouns-male", QM_WORD_MALE | QM_WORD_PRONOUN, FALSE },
  { "people", "pronouns-female", QM_WORD_FEMALE | QM_WORD_PRONOUN, FALSE },
  { "people", "pronouns-plural", QM_WORD_PLURAL | QM_WORD_PRONOUN, FALSE },
  { "people", "pronouns-other", QM_WORD_PRONOUN, FALSE },
  { "people", "byline", QM_WORD_BYLINE, TRUE },
  { "people", "name-connectors", QM_WORD_CONNECTOR, FALSE },
  { "people", "not-names", QM_WORD_NOT_NAME, TRUE },
  { "people", "abbreviations", QM_WORD_ABBREVIATION, TRUE },
};

/* The role words: each key's words (or two-word phrases, whose second
 * words take role_next) play one part in one pattern of the analyzer. */
static const struct
{
  const char *group;
  const char *key;
  QmWordRole  role;
  QmWordRole  role_next;
  gboolean    cased;
} role_lists[] = {
  { "speech", "time-ends", QM_ROLE_TIME_END, 0, FALSE },
  { "speech", "time-prepositions", QM_ROLE_TIME_PREPOSITION, 0, FALSE },
  { "speech", "time-nouns", QM_ROLE_TIME_NOUN, 0, FALSE },
  { "speech", "verb-adverbs", QM_ROLE_VERB_ADVERB, 0, FALSE },
  { "speech", "quotation-verbs", QM_ROLE_QUOTATION_VERB, 0, FALSE },
  { "speech", "medium-nouns", QM_ROLE_MEDIUM_NOUN, 0, FALSE },
  { "speech", "wording-verbs", QM_ROLE_WORDING_VERB, 0, FALSE },
  { "speech", "wording-objects", QM_ROLE_WORDING_OBJECT, 0, FALSE },
  { "speech", "wording-manners", QM_ROLE_WORDING_MANNER, QM_ROLE_WORDING_MANNER_NEXT, FALSE },
  { "speech", "agent-prepositions", QM_ROLE_AGENT, 0, FALSE },
  { "speech", "question-verbs", QM_ROLE_QUESTION_VERB, 0, FALSE },
  { "speech", "question-openers", QM_ROLE_QUESTION_OPENER, 0, FALSE },
  { "speech", "question-words", QM_ROLE_QUESTION_WORD, 0, TRUE },
  { "speech", "lead-ins", QM_ROLE_LEAD_IN, QM_ROLE_LEAD_IN_NEXT, FALSE },
  { "speech", "indefinite-speakers", QM_ROLE_INDEFINITE_SPEAKER, 0, FALSE },
  { "speech", "additive-conjunctions", QM_ROLE_ADDITIVE, 0, FALSE },
  { "speech", "contrastive-conjunctions", QM_ROLE_CONTRASTIVE, 0, FALSE },
  { "speech", "comparison-conjunctions", QM_ROLE_COMPARISON, 0, FALSE },
  { "speech", "declarative-complementizers", QM_ROLE_DECLARATIVE, 0, FALSE },
  { "speech", "infinitive-markers", QM_ROLE_INFINITIVE, 0, FALSE },
  { "speech", "verb-particles", QM_ROLE_PARTICLE, 0, FALSE },
  { "speech", "person-relatives", QM_ROLE_PERSON_RELATIVE, 0, FALSE },
  { "speech", "source-prepositions", QM_ROLE_SOURCE_PREPOSITION, 0, FALSE },
  { "speech", "holder-prepositions", QM_ROLE_HOLDER_PREPOSITION, 0, FALSE },
  { "speech", "owner-prepositions", QM_ROLE_OWNER_PREPOSITION, 0, FALSE },
  { "speech", "reflexive-possessives", QM_ROLE_REFLEXIVE_POSSESSIVE, 0, FALSE },
  { "speech", "subject-relatives", QM_ROLE_SUBJECT_RELATIVE, 0, FALSE },
  { "speech", "naming-words", QM_ROLE_NAMING, 0, FALSE },
  { "speech", "self-naming-words", QM_ROLE_SELF_NAMING, 0, FALSE },
  { "speech", "topic-verbs", QM_ROLE_TOPIC_VERB, 0, FALSE },
  { "speech", "topic-prepositions", QM_ROLE_TOPIC_PREPOSITION, 0, FALSE },
  { "speech", "view-verbs", QM_ROLE_VIEW_VERB, 0, FALSE },
  { "speech", "view-prepositions", QM_ROLE_VIEW_PREPOSITION, 0, FALSE },
  { "speech", "slogan-nouns", QM_ROLE_SLOGAN_NOUN, 0, FALSE },
  { "speech", "slogan-links", QM_ROLE_SLOGAN_LINK, 0, FALSE },
  { "speech", "edge-according", QM_ROLE_EDGE_ACCORDING, 0, FALSE },
  { "speech", "anaphors", QM_ROLE_ANAPHOR, 0, FALSE },
  { "people", "ordinal-nouns", QM_ROLE_ORDINAL_NOUN, 0, FALSE },
  { "quotes", "title-verbs", QM_ROLE_TITLE_VERB, 0, FALSE },
  { "speech", "free-relatives", QM_ROLE_FREE_RELATIVE, 0, FALSE },
  { "speech", "particle-verbs", QM_ROLE_PARTICLE_VERB, 0, FALSE },
  { "speech", "other-particles", QM_ROLE_OTHER_PARTICLE, 0, FALSE },
  { "speech", "own-particle-verbs", QM_ROLE_OWN_PARTICLE_VERB, QM_ROLE_OWN_PARTICLE, FALSE },
  { "speech", "trailing-particle-verbs", QM_ROLE_TRAILING_PARTICLE_VERB, QM_ROLE_OWN_PARTICLE, FALSE },
  { "speech", "notice-verbs", QM_ROLE_NOTICE_VERB, 0, FALSE },
  { "speech", "result-words", QM_ROLE_RESULT_WORD, 0, FALSE },
  { "speech", "knowing-verbs", QM_ROLE_KNOWING_VERB, 0, FALSE },
  { "quotes", "name-nouns", QM_ROLE_NAME_NOUN, 0, FALSE },
  { "speech", "hearsay-modals", QM_ROLE_HEARSAY_MODAL, 0, FALSE },
  { "speech", "hearsay-auxiliaries", QM_ROLE_HEARSAY_AUXILIARY, 0, FALSE },
  { "speech", "anaphoric-sources", QM_ROLE_ANAPHORIC_SOURCE, 0, FALSE },
  { "speech", "document-nouns", QM_ROLE_DOCUMENT_NOUN, 0, FALSE },
  { "speech", "passive-participles", QM_ROLE_PASSIVE_PARTICIPLE, 0, FALSE },
  { "speech", "report-conjunctions", QM_ROLE_REPORT_CONJUNCTION, 0, FALSE },
  { "speech", "reply-particles", QM_ROLE_REPLY_PARTICLE, 0, FALSE },
  { "speech", "fronted-subordinators", QM_ROLE_FRONTED_SUBORDINATOR, 0, FALSE },
  { "speech", "clarity-verbs", QM_ROLE_CLARITY_VERB, 0, FALSE },
  { "speech", "clarity-words", QM_ROLE_CLARITY_WORD, 0, FALSE },
  { "speech", "auxiliaries", QM_ROLE_AUXILIARY, 0, FALSE },
  { "speech", "written-verbs", QM_ROLE_WRITTEN_VERB, 0, FALSE },
  { "speech", "place-prepositions", QM_ROLE_PLACE_PREPOSITION, 0, FALSE },
  { "speech", "addressee-prepositions", QM_ROLE_ADDRESSEE_PREPOSITION, 0, FALSE },
  { "speech", "passive-auxiliaries", QM_ROLE_PASSIVE_AUXILIARY, 0, FALSE },
  { "speech", "indefinite-articles", QM_ROLE_INDEFINITE_ARTICLE, 0, FALSE },
  { "people", "name-places", QM_ROLE_NAME_PLACE, 0, FALSE },
  { "people", "affiliation-prepositions", QM_ROLE_AFFILIATION, 0, FALSE },
  { "people", "affiliated-roles", QM_ROLE_AFFILIATED, 0, FALSE },
  { "people", "male-titles", QM_ROLE_MALE_TITLE, 0, TRUE },
  { "people", "female-titles", QM_ROLE_FEMALE_TITLE, 0, TRUE },
  { "people", "name-suffixes", QM_ROLE_NAME_SUFFIX, 0, TRUE },
  { "people", "male-names", QM_ROLE_MALE_NAME, 0, TRUE },
  { "people", "female-names", QM_ROLE_FEMALE_NAME, 0, TRUE },
  { "people", "other-prepositions", QM_ROLE_OTHER_PREPOSITION, 0, FALSE },
  { "people", "male-possessives", QM_ROLE_MALE_POSSESSIVE, 0, FALSE },
  { "people", "female-possessives", QM_ROLE_FEMALE_POSSESSIVE, 0, FALSE },
  { "speech", "pronominal-adverbs", QM_ROLE_PRONOMINAL_ADVERB, 0, FALSE },
  { "people", "male-demonstratives", QM_ROLE_MALE_DEMONSTRATIVE, 0, FALSE },
  { "people", "female-demonstratives", QM_ROLE_FEMALE_DEMONSTRATIVE, 0, FALSE },
  { "people", "female-articles", QM_ROLE_FEMALE_ARTICLE, 0, FALSE },
  { "people", "neuter-articles", QM_ROLE_NEUTER_ARTICLE, 0, FALSE },
  { "people", "epithets", QM_ROLE_EPITHET, 0, FALSE },
  { "people", "male-roles", QM_ROLE_MALE_ROLE, 0, FALSE },
  { "people", "female-roles", QM_ROLE_FEMALE_ROLE, 0, FALSE },
  { "speech", "interview-questions", QM_ROLE_INTERVIEW_QUESTION, 0, TRUE },
  { "speech", "interview-answers", QM_ROLE_INTERVIEW_ANSWER, 0, TRUE },
  { "speech", "interview-nouns", QM_ROLE_INTERVIEW_NOUN, 0, TRUE },
  { "speech", "interviewing-verbs", QM_ROLE_INTERVIEWING_VERB, 0, FALSE },
  { "speech", "interview-prepositions", QM_ROLE_INTERVIEW_PREPOSITION, 0, FALSE },
  { "speech", "quoting-verbs", QM_ROLE_QUOTING_VERB, 0, FALSE },
  { "speech", "topic-idiom-nouns", QM_ROLE_TOPIC_IDIOM, 0, FALSE },
  { "speech", "clause-verbs", QM_ROLE_CLAUSE_VERB, 0, FALSE },
  { "speech", "tally-verbs", QM_ROLE_TALLY_VERB, 0, FALSE },
  { "speech", "noun-verbs", QM_ROLE_NOUN_VERB, 0, FALSE },
  { "speech", "claim-nouns", QM_ROLE_CLAIM_NOUN, 0, FALSE },
  { "speech", "clause-prepositions", QM_ROLE_CLAUSE_PREPOSITION, 0, FALSE },
  { "speech", "impersonal-pronouns", QM_ROLE_IMPERSONAL_PRONOUN, 0, FALSE },
  { "speech", "aside-openers", QM_ROLE_ASIDE_OPENER, 0, FALSE },
  { "speech", "compound-nouns", QM_ROLE_COMPOUND_NOUN, 0, FALSE },
  { "speech", "continuation-phrases", QM_ROLE_GOES_ON, QM_ROLE_GOES_ON_NEXT, FALSE },
  { "speech", "aspect-verbs", QM_ROLE_ASPECT_VERB, 0, FALSE },
  { "people", "nearness-adjectives", QM_ROLE_NEARNESS_ADJECTIVE, 0, FALSE },
  { "speech", "answer-nouns", QM_ROLE_ANSWER_NOUN, 0, FALSE },
  { "speech", "asking-verbs", QM_ROLE_ASKING_VERB, 0, FALSE },
  { "people", "subject-pronouns", QM_ROLE_SUBJECT_PRONOUN, 0, FALSE },
  { "people", "share-pronouns", QM_ROLE_SHARE_PRONOUN, 0, FALSE },
  { "people", "first-person-pronouns", QM_ROLE_FIRST_PERSON, 0, FALSE },
  { "people", "first-person-possessives", QM_ROLE_FIRST_POSSESSIVE, 0, FALSE },
  { "people", "role-demonstratives", QM_ROLE_DEMONSTRATIVE, 0, FALSE },
  { "speech", "existential-verbs", QM_ROLE_EXISTENTIAL_VERB, 0, FALSE },
  { "speech", "existential-pronouns", QM_ROLE_EXISTENTIAL_PRONOUN, 0, FALSE },
  { "people", "bare-plurals", QM_ROLE_BARE_PLURAL, 0, FALSE },
  { "people", "day-parts", QM_ROLE_DAY_PART, 0, FALSE },
  { "speech", "past-auxiliaries", QM_ROLE_PAST_AUXILIARY, 0, FALSE },
  { "speech", "irregular-pasts", QM_ROLE_IRREGULAR_PAST, 0, FALSE },
  { "speech", "time-modifiers", QM_ROLE_TIME_MODIFIER, 0, FALSE },
};

/* g_utf8_strdown (@s, -1): a word in ASCII without an "I" (whose lower
 * case a Turkic locale changes) is lowered without GLib's work for each
 * character; a language file has thousands of words. */
static char *
strdown (const char *s)
{
  gsize n = 0;
  char *lower;

  for (; s[n] != '\0'; n++)
    if ((guchar)s[n] >= 0x80 || s[n] == 'I')
      return g_utf8_strdown (s, -1);
  lower = g_malloc (n + 1);
  for (gsize i = 0; i <= n; i++)
    lower[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i];
  return lower;
}

/* A list of word endings, lower-cased; NULL when the key is absent. */
static char **
load_endings (GKeyFile   *file,
              const char *group,
              const char *key)
{
  char **list = g_key_file_get_string_list (file, group, key, NULL, NULL);

  for (guint j = 0; list != NULL && list[j] != NULL; j++)
    {
      char *lower = strdown (g_strstrip (list[j]));

      g_free (list[j]);
      list[j] = lower;
    }
  return list;
}

/* A list of word endings, matched as written, with the set of their last
 * bytes. */
static void
load_ending_set (GKeyFile   *file,
                 const char *group,
                 const char *key,
                 QmEndings  *endings)
{
  endings->list = load_endings (file, group, key);
  endings->lens = endings->list != NULL ? g_new0 (guint8, g_strv_length (endings->list)) : NULL;
  memset (endings->last, 0, sizeof endings->last);
  for (guint j = 0; endings->list != NULL && endings->list[j] != NULL; j++)
    {
      gsize n = strlen (endings->list[j]);

      endings->lens[j] = n <= G_MAXUINT8 ? n : 0;
      if (n > 0)
        {
          guchar last = (guchar)endings->list[j][n - 1];

          endings->last[last >> 5] |= 1u << (last & 31);
        }
    }
}

static void
endings_clear (QmEndings *endings)
{
  g_clear_pointer (&endings->list, g_strfreev);
  g_clear_pointer (&endings->lens, g_free);
}

/**
 * qm_lang_get_available:
 *
 * Returns: (transfer none): the codes of the languages built in
 */
const char *const *
qm_lang_get_available (void)
{
  return available;
}

void
qm_lang_free (QmLang *lang)
{
  if (lang == NULL)
    return;
  g_free (lang->code);
  g_free (lang->name);
  g_hash_table_unref (lang->words);
  g_hash_table_unref (lang->cased);
  g_ptr_array_unref (lang->according);
  g_array_unref (lang->pairs);
  g_free (lang->lex);
  endings_clear (&lang->source_noun_set);
  g_free (lang->reported_model_name);
  qm_model_free (lang->reported_model);
  endings_clear (&lang->adverb_ending_set);
  endings_clear (&lang->participle_endings);
  endings_clear (&lang->past_endings);
  endings_clear (&lang->plural_endings);
  endings_clear (&lang->singular_endings);
  endings_clear (&lang->possessive_endings);
  endings_clear (&lang->bare_possessive_endings);
  g_free (lang->roles);
  g_clear_pointer (&lang->role_words, g_hash_table_unref);
  g_clear_pointer (&lang->role_cased, g_hash_table_unref);
  endings_clear (&lang->lower_adverb_endings);
  endings_clear (&lang->female_role_endings);
  endings_clear (&lang->unmarked_role_endings);
  endings_clear (&lang->agent_noun_endings);
  endings_clear (&lang->company_nouns);
  endings_clear (&lang->feminine_noun_endings);
  endings_clear (&lang->plural_noun_endings);
  endings_clear (&lang->genitive_endings);
  endings_clear (&lang->compound_titles);
  endings_clear (&lang->compound_organisations);
  endings_clear (&lang->plural_verb_endings);
  endings_clear (&lang->hearsay_participle_endings);
  g_free (lang);
}

static void
add_word (GHashTable *table,
          const char *word,
          guint       word_class)
{
  gpointer old = g_hash_table_lookup (table, word);

  g_hash_table_insert (table, g_strdup (word), GUINT_TO_POINTER (GPOINTER_TO_UINT (old) | word_class));
}

/* @roles for @word in @table, whose values are (QmWordRole *): 128 bits
 * do not fit in a pointer. */
static void
add_role_word (GHashTable *table,
               const char *word,
               QmWordRole  roles)
{
  QmWordRole *old = g_hash_table_lookup (table, word);

  if (old != NULL)
    *old |= roles;
  else
    g_hash_table_insert (table, g_strdup (word), g_memdup2 (&roles, sizeof roles));
}

/* The four bytes of @w with the ASCII capitals among them in lower case. */
static inline guint32
fold4 (guint32 w)
{
  guint32 low7 = w & 0x7f7f7f7fu;
  /* a byte's top bit: set in low7 + 0x3f from 'A' on, in low7 + 0x25 from
   * '[' on, and in w outside ASCII */
  guint32 upper = (low7 + 0x3f3f3f3fu) & ~(low7 + 0x25252525u) & ~w & 0x80808080u;

  return w | (upper >> 2);
}

/* The bytes of @word from @i to @len (fewer than four) as a word. */
static inline guint32
tail4 (const char *word,
       gsize       i,
       gsize       len)
{
  guint32 w = 0;

  switch (len - i)
    {
    case 3:
      w |= (guint32)(guchar)word[i + 2] << 16;
      G_GNUC_FALLTHROUGH;
    case 2:
      w |= (guint32)(guchar)word[i + 1] << 8;
      G_GNUC_FALLTHROUGH;
    case 1:
      w |= (guint32)(guchar)word[i];
      break;
    default:
      break;
    }
  return w;
}

/* The last step of lex_hash(): the low bits that pick a slot depend on
 * every byte. */
static inline guint32
lex_hash_finish (guint32 h)
{
  h ^= h >> 15;
  h *= 0x2c1b3c6du;
  return h ^ (h >> 12);
}

/* The hash of @word's lower case (ASCII capitals folded), four bytes a
 * step: a word of five letters costs two steps where it cost five. */
static inline guint32
lex_hash (const char *word,
          gsize       len)
{
  guint32 h = 2166136261u;
  gsize i = 0;

  for (; i + 4 <= len; i += 4)
    {
      guint32 w;

      memcpy (&w, word + i, sizeof w);
      h = (h ^ fold4 (w)) * 16777619u;
    }
  if (i < len)
    h = (h ^ fold4 (tail4 (word, i, len))) * 16777619u;
  return lex_hash_finish (h);
}

/* After the mask + 1 entries of a lexicon, a tag for each slot: its
 * entry's hash with the lowest bit set, 0 when empty. A probe reads the
 * tags, 4 bytes a slot, and an entry (32 bytes) only when its tag
 * matches: most words of a text are in no lexicon, and the entries of a
 * large one do not stay in the processor's caches. */
static inline guint32 *
lex_tags (const QmLexEntry *lex,
          guint32           mask)
{
  return (guint32 *)(lex + mask + 1);
}

/* The words of both tables (kept alive by them) in one open-addressing
 * array, hashed by their lower-case form so that a word costs one probe
 * sequence whatever its case. */
static QmLexEntry *
lex_build (GHashTable *lower,
           GHashTable *cased,
           gboolean    boxed,
           guint32    *mask)
{
  guint32 size = 64;
  QmLexEntry *lex;
  GHashTable *tables[2] = { lower, cased };

  while (size < (g_hash_table_size (lower) + g_hash_table_size (cased)) * 4)
    size *= 2;
  /* the entries, then a tag a slot (see lex_tags()) */
  lex = g_malloc0 (size * (sizeof (QmLexEntry) + sizeof (guint32)));
  *mask = size - 1;

  for (guint t = 0; t < 2; t++)
    {
      GHashTableIter iter;
      gpointer key, value;

      g_hash_table_iter_init (&iter, tables[t]);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          gsize len = strlen (key);
          guint32 h = lex_hash (key, len);
          guint32 slot = h & *mask;
          QmWordRole flags = boxed ? *(QmWordRole *)value : GPOINTER_TO_UINT (value);

          /* no word of a text is that long */
          if (len > G_MAXUINT16)
            continue;
          while (lex[slot].word != NULL)
            slot = (slot + 1) & *mask;
          lex[slot].word = key;
          lex[slot].hash = h;
          lex[slot].len = len;
          lex[slot].flags[0] = (guint64)flags;
          lex[slot].flags[1] = (guint64)(flags >> 64);
          lex[slot].cased = t == 1;
          lex_tags (lex, *mask)[slot] = h | 1;
        }
    }
  return lex;
}

/* @lower (a lexicon key, already lower case) against @word in any ASCII case. */
static inline gboolean
equal_ascii_fold (const char *lower,
                  const char *word,
                  gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = (guchar)word[i];

      if (c >= 'A' && c <= 'Z')
        c += 'a' - 'A';
      if ((guchar)lower[i] != c)
        return FALSE;
    }
  return TRUE;
}

static inline QmWordRole
lex_find_hashed (const QmLexEntry *lex,
                 guint32           mask,
                 const char       *word,
                 gsize             len,
                 guint32           h)
{
  const guint32 *tags = lex_tags (lex, mask);
  QmWordRole flags = 0;

  for (guint32 slot = h & mask; tags[slot] != 0; slot = (slot + 1) & mask)
    if (tags[slot] == (h | 1) && lex[slot].hash == h && lex[slot].len == len &&
        (lex[slot].cased ? memcmp (lex[slot].word, word, len) == 0
                         : equal_ascii_fold (lex[slot].word, word, len)))
      flags |= ((QmWordRole)lex[slot].flags[1] << 64) | lex[slot].flags[0];
  return flags;
}

static inline QmWordRole
lex_find (const QmLexEntry *lex,
          guint32           mask,
          const char       *word,
          gsize             len)
{
  return lex_find_hashed (lex, mask, word, len, lex_hash (word, len));
}

/* The role words of @file into their own lexicon, so that a pattern's
 * question about one word costs one probe. */
static void
load_roles (QmLang   *lang,
            GKeyFile *file)
{
  lang->role_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lang->role_cased = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (role_lists); i++)
    {
      g_auto(GStrv) phrases = g_key_file_get_string_list (file, role_lists[i].group, role_lists[i].key,
                                                          NULL, NULL);

      for (guint j = 0; phrases != NULL && phrases[j] != NULL; j++)
        {
          g_auto(GStrv) words = NULL;

          g_strstrip (phrases[j]);
          words = g_strsplit (phrases[j], " ", 2);
          for (guint w = 0; words[w] != NULL; w++)
            {
              g_autofree char *word = g_strdup (g_strstrip (words[w]));
              QmWordRole role = w == 0 ? role_lists[i].role : role_lists[i].role_next;

              if (word[0] == '\0' || role == 0)
                continue;
              if (!role_lists[i].cased)
                {
                  g_free (word);
                  word = strdown (words[w]);
                }
              lang->roles_max_len = MAX (lang->roles_max_len, strlen (word));
              lang->roles_filter[strlen (word) & 15] |= 1u << ((guchar)word[0] & 31);
              /* the bits set in role, lowest first (one, for every key) */
              for (QmWordRole bits = role; bits != 0; bits &= bits - 1)
                {
                  guint b = (guint64)bits != 0 ? (guint)__builtin_ctzll ((guint64)bits)
                                               : 64 + (guint)__builtin_ctzll ((guint64)(bits >> 64));

                  lang->role_letters[b] |= 1u << ((guchar)word[0] & 31);
                  lang->role_lengths[b] |= 1u << (strlen (word) & 15);
                }
              add_role_word (role_lists[i].cased ? lang->role_cased : lang->role_words, word, role);
              lang->roles_listed |= role;
            }
        }
    }
  lang->roles = lex_build (lang->role_words, lang->role_cased, TRUE, &lang->roles_mask);
}

/**
 * qm_lang_new_from_data:
 * @data: the contents of a language file
 * @length: its length in bytes, or -1
 * @error: return location for an error
 *
 * Parses one language file.
 *
 * Returns: (transfer full) (nullable): the language, or %NULL with @error set
 */
QmLang *
qm_lang_new_from_data (const char  *data,
                       gsize        length,
                       GError     **error)
{
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_autoptr(QmLang) lang = NULL;
  g_auto(GStrv) pairs = NULL;
  g_auto(GStrv) according = NULL;
  g_autoptr(GError) local_error = NULL;
  int scare;

  if (!g_key_file_load_from_data (file, data, length, G_KEY_FILE_NONE, error))
    return NULL;

  lang = g_new0 (QmLang, 1);
  lang->words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lang->cased = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  lang->according = g_ptr_array_new_with_free_func ((GDestroyNotify)g_strfreev);
  lang->pairs = g_array_new (FALSE, FALSE, sizeof (QmQuotePair));

  lang->code = g_key_file_get_string (file, "language", "code", error);
  if (lang->code == NULL)
    return NULL;
  lang->name = g_key_file_get_string (file, "language", "name", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      g_auto(GStrv) words = g_key_file_get_string_list (file, lists[i].group, lists[i].key,
                                                        NULL, NULL);

      for (guint j = 0; words != NULL && words[j] != NULL; j++)
        {
          g_autofree char *lower = NULL;

          g_strstrip (words[j]);
          if (words[j][0] == '\0')
            continue;
          if (lists[i].cased)
            {
              add_word (lang->cased, words[j], lists[i].word_class);
              continue;
            }
          lower = strdown (words[j]);
          add_word (lang->words, lower, lists[i].word_class);
          if (lists[i].word_class == QM_WORD_QUANTITY)
            lang->has_quantities = TRUE;
        }
    }

  according = g_key_file_get_string_list (file, "speech", "according-to", NULL, NULL);
  for (guint j = 0; according != NULL && according[j] != NULL; j++)
    {
      g_autofree char *lower = strdown (g_strstrip (according[j]));
      char **words = g_strsplit (lower, " ", -1);

      if (words[0] == NULL || words[0][0] == '\0')
        {
          g_strfreev (words);
          continue;
        }
      add_word (lang->words, words[0], QM_WORD_ACCORDING);
      g_ptr_array_add (lang->according, words);
    }

  pairs = g_key_file_get_string_list (file, "quotes", "pairs", NULL, error);
  if (pairs == NULL)
    return NULL;
  for (guint j = 0; pairs[j] != NULL; j++)
    {
      QmQuotePair pair;

      if (g_utf8_strlen (pairs[j], -1) != 2)
        {
          g_set_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE,
                       /* Translators: %s is a pair of quotation marks from the language data, such as „“ */
                       _("Quotation-mark pair “%s” is not two characters"), pairs[j]);
          return NULL;
        }
      pair.open = g_utf8_get_char (pairs[j]);
      pair.close = g_utf8_get_char (g_utf8_next_char (pairs[j]));
      g_array_append_val (lang->pairs, pair);
    }

  scare = g_key_file_get_integer (file, "quotes", "scare-max-words", &local_error);
  lang->scare_max_words = local_error == NULL && scare > 0 ? (guint)scare : 3;

  lang->lex = lex_build (lang->words, lang->cased, FALSE, &lang->lex_mask);

  load_ending_set (file, "speech", "source-nouns", &lang->source_noun_set);
  lang->source_nouns = lang->source_noun_set.list;
  load_ending_set (file, "speech", "adverb-endings", &lang->adverb_ending_set);
  lang->adverb_endings = lang->adverb_ending_set.list;
  load_ending_set (file, "speech", "participle-endings", &lang->participle_endings);
  load_ending_set (file, "speech", "past-endings", &lang->past_endings);
  load_ending_set (file, "people", "plural-endings", &lang->plural_endings);
  load_ending_set (file, "people", "singular-endings", &lang->singular_endings);
  load_ending_set (file, "people", "possessive-endings", &lang->possessive_endings);
  load_ending_set (file, "quotes", "bare-possessive-endings", &lang->bare_possessive_endings);
  load_roles (lang, file);
  load_ending_set (file, "speech", "lower-adverb-endings", &lang->lower_adverb_endings);
  load_ending_set (file, "speech", "hearsay-participle-endings", &lang->hearsay_participle_endings);
  load_ending_set (file, "people", "female-role-endings", &lang->female_role_endings);
  load_ending_set (file, "people", "unmarked-role-endings", &lang->unmarked_role_endings);
  load_ending_set (file, "people", "agent-noun-endings", &lang->agent_noun_endings);
  load_ending_set (file, "people", "company-nouns", &lang->company_nouns);
  load_ending_set (file, "people", "feminine-noun-endings", &lang->feminine_noun_endings);
  load_ending_set (file, "people", "plural-noun-endings", &lang->plural_noun_endings);
  load_ending_set (file, "people", "genitive-endings", &lang->genitive_endings);
  load_ending_set (file, "people", "compound-title-endings", &lang->compound_titles);
  for (guint j = 0; lang->compound_titles.list != NULL && lang->compound_titles.list[j] != NULL; j++)
    {
      const char *e = lang->compound_titles.list[j];
      gsize n = strlen (e);

      if (n >= 3)
        {
          guint bit = QM_LANG_TAIL_BIT (e[n - 3], e[n - 2], e[n - 1]);

          lang->compound_tails[bit >> 5] |= 1u << (bit & 31);
        }
    }
  load_ending_set (file, "people", "compound-organisation-endings", &lang->compound_organisations);
  load_ending_set (file, "people", "plural-verb-endings", &lang->plural_verb_endings);

  lang->fragments_direct = g_key_file_get_boolean (file, "quotes", "fragments-are-direct", NULL);
  lang->join_paragraphs = g_key_file_get_boolean (file, "quotes", "join-paragraphs", NULL);
  lang->split_interrupted = g_key_file_get_boolean (file, "quotes", "split-interrupted", NULL);
  lang->keep_complementizer = g_key_file_get_boolean (file, "speech", "complementizer-in-content", NULL);
  lang->verb_second = g_key_file_get_boolean (file, "speech", "verb-second", NULL);
  lang->reported_model_name = g_key_file_get_string (file, "model", "reported", NULL);

  return g_steal_pointer (&lang);
}

/* The language file of the built-in language @code, or %NULL. */
static GBytes *
lang_data (const char *code)
{
  g_autofree char *path = g_strconcat (LANG_RESOURCE_PATH, code, ".ini", NULL);

  return g_resource_lookup_data (qm_lang_data_get_resource (), path, G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
}

/**
 * qm_lang_get:
 * @code: a language code such as "en"
 * @error: return location for an error
 *
 * Loads a built-in language once and keeps it for the life of the process.
 *
 * Returns: (transfer none) (nullable): the language
 */
QmLang *
qm_lang_get (const char  *code,
             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  QmLang *lang;

  g_return_val_if_fail (code != NULL, NULL);

  g_mutex_lock (&cache_lock);
  if (cache == NULL)
    cache = g_hash_table_new (g_str_hash, g_str_equal);
  lang = g_hash_table_lookup (cache, code);
  if (lang != NULL)
    {
      g_mutex_unlock (&cache_lock);
      return lang;
    }

  bytes = lang_data (code);
  if (bytes == NULL)
    {
      g_autofree char *list = g_strjoinv (", ", (char **)available);

      g_mutex_unlock (&cache_lock);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND,
                   /* Translators: the first %s is a language code such as “fr”, the second a list of the codes there is data for */
                   _("No language data for “%s” (available: %s)"), code, list);
      return NULL;
    }

  lang = qm_lang_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), error);
  if (lang != NULL && lang->reported_model_name != NULL)
    {
      g_autofree char *model_path = g_strconcat (LANG_RESOURCE_PATH, lang->reported_model_name, NULL);
      g_autoptr(GBytes) model = g_resource_lookup_data (qm_lang_data_get_resource (), model_path,
                                                        G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
      g_autoptr(GError) model_error = NULL;

      /* Without its model the language works by the rules alone. */
      if (model == NULL ||
          !qm_lang_load_reported_model (lang, g_bytes_get_data (model, NULL), g_bytes_get_size (model), &model_error))
        g_warning ("Reported-speech model %s not loaded: %s", model_path,
                   model_error ? model_error->message : "not found");
    }
  if (lang != NULL)
    g_hash_table_insert (cache, lang->code, lang);
  g_mutex_unlock (&cache_lock);
  return lang;
}

/* A word with non-ASCII letters: the exact spelling finds the case-sensitive
 * entries, its lower-case form (made on the stack, as g_utf8_strdown() would
 * make it) the others; both are probes in the one lexicon, without an
 * allocation. */
G_GNUC_NO_INLINE static guint
lookup_unicode (QmLang     *lang,
                const char *word,
                gsize       n_bytes)
{
  char lower[64 * 2 + 8];
  gsize n = 0;

  for (const char *p = word; p < word + n_bytes; p = g_utf8_next_char (p))
    {
      gunichar c;

      /* ASCII, and Latin-1 (U+0080 to U+00FF, whose capitals U+00C0 to
       * U+00DE but U+00D7 are their lower case less 0x20) without GLib */
      if ((guchar)*p < 0x80)
        {
          lower[n++] = g_ascii_tolower (*p);
          continue;
        }
      if (((guchar)*p == 0xC2 || (guchar)*p == 0xC3) && p + 1 < word + n_bytes && ((guchar)p[1] & 0xC0) == 0x80)
        {
          guchar second = (guchar)p[1];

          if ((guchar)*p == 0xC3 && second <= 0x9E && second != 0x97)
            second += 0x20;
          lower[n++] = *p;
          lower[n++] = (char)second;
          continue;
        }
      c = g_utf8_get_char_validated (p, word + n_bytes - p);

      /* Letters whose lower case is not one character (İ, Σ at a word's
       * end): the hash tables, with GLib's own case folding. */
      if (c == (gunichar)-1 || c == (gunichar)-2 || c == 0x130 || c == 0x3A3)
        {
          char buf[64];
          g_autofree char *down = g_utf8_strdown (word, n_bytes);

          memcpy (buf, word, n_bytes);
          buf[n_bytes] = '\0';
          return GPOINTER_TO_UINT (g_hash_table_lookup (lang->cased, buf)) |
                 GPOINTER_TO_UINT (g_hash_table_lookup (lang->words, down));
        }
      n += g_unichar_to_utf8 (g_unichar_tolower (c), lower + n);
    }
  return (guint) (lex_find (lang->lex, lang->lex_mask, word, n_bytes) |
                  lex_find (lang->lex, lang->lex_mask, lower, n));
}

/**
 * qm_lang_load_reported_model:
 * @lang: a language
 * @data: the model file (data/doc/MODEL.md)
 * @length: its length in bytes, or -1 when nul-terminated
 * @error: return location for an error
 *
 * Replaces the model that weighs reported-speech candidates. A file that
 * does not parse leaves @lang without a model, working by the rules alone.
 *
 * Returns: %TRUE when the model was loaded
 */
gboolean
qm_lang_load_reported_model (QmLang      *lang,
                             const char  *data,
                             gsize        length,
                             GError     **error)
{
  QmModel *model = qm_model_new_from_data (data, length, error);

  qm_model_free (lang->reported_model);
  lang->reported_model = model;
  return model != NULL;
}

/**
 * qm_lang_lookup:
 * @lang: a language
 * @word: a word, not necessarily nul-terminated
 * @n_bytes: its length
 *
 * Returns: the #QmWordClass flags of @word
 */
guint
qm_lang_lookup (QmLang     *lang,
                const char *word,
                gsize       n_bytes)
{
  guint32 h = 2166136261u;
  guint32 any = 0;
  gsize i = 0;

  if (n_bytes == 0 || n_bytes >= 64)
    return 0;

  /* lex_hash(), in the pass that looks for non-ASCII bytes */
  for (; i + 4 <= n_bytes; i += 4)
    {
      guint32 w;

      memcpy (&w, word + i, sizeof w);
      any |= w;
      h = (h ^ fold4 (w)) * 16777619u;
    }
  if (i < n_bytes)
    {
      guint32 w = tail4 (word, i, n_bytes);

      any |= w;
      h = (h ^ fold4 (w)) * 16777619u;
    }
  if (any & 0x80808080u)
    return lookup_unicode (lang, word, n_bytes);
  return (guint) lex_find_hashed (lang->lex, lang->lex_mask, word, n_bytes, lex_hash_finish (h));
}

static gboolean
is_single_mark (gunichar ch)
{
  switch (ch)
    {
    case '\'': case 0x2018: case 0x2019: case 0x201A: case 0x201B:
    case 0x2039: case 0x203A: case 0x300C: case 0x300D:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
has_ending (const QmEndings *endings,
            const char      *word,
            gsize            n_bytes)
{
  g_autofree char *down = NULL;
  char ascii[64];
  const char *lower = ascii;
  gsize len;

  if (endings->list == NULL || n_bytes == 0 || n_bytes > 64)
    return FALSE;
  /* A word in ASCII is lowered on the stack, as g_utf8_strdown() lowers it
   * in every locale; a Turkic one's "I" and the letters outside ASCII take
   * GLib's own case mapping. */
  for (len = 0; len < n_bytes; len++)
    {
      guchar c = (guchar)word[len];

      if (c >= 0x80 || c == 'I' || c == '\0')
        break;
      ascii[len] = g_ascii_tolower (c);
    }
  if (len < n_bytes)
    {
      down = g_utf8_strdown (word, n_bytes);
      lower = down;
      len = strlen (down);
    }
  for (guint i = 0; endings->list[i] != NULL; i++)
    {
      const char *e = endings->list[i];
      gsize n = endings->lens[i] > 0 ? endings->lens[i] : strlen (e);

      if (n <= len && (n == 0 || (lower[len - 1] == e[n - 1] && memcmp (lower + len - n, e, n - 1) == 0)))
        return TRUE;
    }
  return FALSE;
}

/**
 * qm_lang_has_adverb_ending:
 * @lang: a language
 * @word: a word, not necessarily nul-terminated
 * @n_bytes: its length
 *
 * Returns: %TRUE if @word ends like an adverb or an adjective
 *   ("Offensichtlich", "Möglicherweise"): capitalised at the start of a
 *   sentence it is no name
 */
gboolean
qm_lang_has_adverb_ending (QmLang     *lang,
                           const char *word,
                           gsize       n_bytes)
{
  return has_ending (&lang->adverb_ending_set, word, n_bytes);
}

/**
 * qm_lang_has_lower_adverb_ending:
 * @lang: a language
 * @word: a word, not necessarily nul-terminated
 * @n_bytes: its length
 *
 * Returns: %TRUE if @word ends like an adverb written in lower case
 *   ("gingerly")
 */
gboolean
qm_lang_has_lower_adverb_ending (QmLang     *lang,
                                 const char *word,
                                 gsize       n_bytes)
{
  return qm_lang_ends_with (&lang->lower_adverb_endings, word, n_bytes, 0);
}

/**
 * qm_lang_is_source_noun:
 * @lang: a language
 * @word: a word, not necessarily nul-terminated
 * @n_bytes: its length
 *
 * Returns: %TRUE if @word ends like a noun that names a source
 *   ("Angaben", "Polizeiangaben", "Ansicht")
 */
gboolean
qm_lang_is_source_noun (QmLang     *lang,
                        const char *word,
                        gsize       n_bytes)
{
  return has_ending (&lang->source_noun_set, word, n_bytes);
}

/**
 * qm_lang_word_roles:
 * @lang: a language
 * @word: a word, not necessarily nul-terminated
 * @n_bytes: its length
 *
 * The role words match in any ASCII case (as written for the keys "with
 * case"); a word that opens with a letter outside ASCII also matches in
 * its lower case ("Österreicher"); other letters outside ASCII match as
 * written.
 *
 * Returns: the #QmWordRole flags of @word
 */
QmWordRole
qm_lang_word_roles (QmLang     *lang,
                    const char *word,
                    gsize       n_bytes)
{
  if (n_bytes == 0 || n_bytes > lang->roles_max_len ||
      !(lang->roles_filter[n_bytes & 15] & (1u << ((guchar)word[0] & 31))))
    return 0;
  /* "Österreicher", "Ärztin": a capital that is no ASCII letter folds
   * only with GLib's case mapping (the lexicon folds ASCII); a capital
   * of Latin-1 and its lower case have the same first byte and length,
   * so the filter above holds for both */
  if ((guchar)word[0] >= 0x80)
    {
      g_autofree char *down = g_utf8_strdown (word, n_bytes);

      return lex_find (lang->roles, lang->roles_mask, word, n_bytes) |
             lex_find (lang->roles, lang->roles_mask, down, strlen (down));
    }
  return lex_find (lang->roles, lang->roles_mask, word, n_bytes);
}

/**
 * qm_lang_mark_role:
 * @lang: a language
 * @ch: a character
 *
 * Returns: the #QmMarkRole flags of @ch in @lang, 0 for characters that are
 *   no quotation mark there
 */
guint
qm_lang_mark_role (QmLang   *lang,
                   gunichar  ch)
{
  guint role = 0;
  gboolean single = is_single_mark (ch);

  for (guint i = 0; i < lang->pairs->len; i++)
    {
      const QmQuotePair *pair = &g_array_index (lang->pairs, QmQuotePair, i);

      if (pair->open == ch)
        role |= single ? QM_MARK_OPEN_SINGLE : QM_MARK_OPEN_DOUBLE;
      if (pair->close == ch)
        role |= single ? QM_MARK_CLOSE_SINGLE : QM_MARK_CLOSE_DOUBLE;
    }
  return role;
}

/**
 * qm_lang_pair_matches:
 * @lang: a language
 * @open: an opening mark
 * @close: a closing mark
 *
 * Returns: %TRUE if @open and @close form one of the language's pairs
 */
gboolean
qm_lang_pair_matches (QmLang   *lang,
                      gunichar  open,
                      gunichar  close)
{
  for (guint i = 0; i < lang->pairs->len; i++)
    {
      const QmQuotePair *pair = &g_array_index (lang->pairs, QmQuotePair, i);

      if (pair->open == open && pair->close == close)
        return TRUE;
    }
  return FALSE;
}

/* The detect words of language @code (its [language] detect key, lower
 * case) into @words, word → mask of languages, read from its data without
 * building the language: only the language a text is in is built. */
static void
add_detect_words (const char *code,
                  guint       bit,
                  GHashTable *words)
{
  g_autoptr(GBytes) bytes = lang_data (code);
  g_autoptr(GKeyFile) file = g_key_file_new ();
  g_auto(GStrv) detect = NULL;

  if (bytes == NULL ||
      !g_key_file_load_from_data (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  G_KEY_FILE_NONE, NULL))
    return;
  detect = g_key_file_get_string_list (file, "language", "detect", NULL, NULL);
  for (guint j = 0; detect != NULL && detect[j] != NULL; j++)
    {
      char *word = strdown (g_strstrip (detect[j]));
      gpointer key, mask;

      if (g_hash_table_lookup_extended (words, word, &key, &mask))
        {
          g_hash_table_insert (words, key, GUINT_TO_POINTER (GPOINTER_TO_UINT (mask) | bit));
          g_free (word);
        }
      else
        g_hash_table_insert (words, word, GUINT_TO_POINTER (bit));
    }
}

/**
 * qm_lang_detect:
 * @utf8: text
 * @n_bytes: its length
 *
 * Guesses the language from the frequency of each language's function words
 * in the first 2 KiB (fewer once one language clearly leads).
 *
 * Returns: the code of the most likely built-in language, "en" when unsure
 */
const char *
qm_lang_detect (const char *utf8,
                gsize       n_bytes)
{
  static QmLexEntry *detect;   /* function word → bit mask of the languages that list it */
  static guint32 detect_mask;
  static gsize detect_ready;
  guint scores[G_N_ELEMENTS (available)] = { 0, };
  const char *best = "en";
  guint best_score = 0;
  gsize limit = MIN (n_bytes, 2048);
  gsize i = 0;

  if (g_once_init_enter (&detect_ready))
    {
      g_autoptr(GHashTable) words = g_hash_table_new (g_str_hash, g_str_equal);
      g_autoptr(GHashTable) none = g_hash_table_new (g_str_hash, g_str_equal);

      for (guint l = 0; available[l] != NULL; l++)
        add_detect_words (available[l], 1u << l, words);
      /* The words live as long as the table. */
      detect = lex_build (words, none, FALSE, &detect_mask);
      g_once_init_leave (&detect_ready, 1);
    }

  /* Function words are short and frequent: 2 KiB decide, or fewer once
   * one language leads by 12 of them. */
  while (i < limit)
    {
      guint first = 0, second = 0;
      gsize start;

      for (guint l = 0; available[l] != NULL; l++)
        if (scores[l] > first)
          {
            second = first;
            first = scores[l];
          }
        else if (scores[l] > second)
          second = scores[l];
      if (first >= second + 12)
        break;

      while (i < limit && !g_ascii_isalpha (utf8[i]) && (guchar)utf8[i] < 0x80)
        i++;
      start = i;
      while (i < limit && (g_ascii_isalpha (utf8[i]) || (guchar)utf8[i] >= 0x80))
        i++;
      if (i - start > 0 && i - start <= 6)
        {
          guint mask = (guint) lex_find (detect, detect_mask, utf8 + start, i - start);

          for (guint l = 0; mask != 0 && available[l] != NULL; l++)
            scores[l] += (mask >> l) & 1;
        }
    }

  for (guint l = 0; available[l] != NULL; l++)
    if (scores[l] > best_score)
      {
        best_score = scores[l];
        best = available[l];
      }
  return best;
}

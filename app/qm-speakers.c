/* qm-speakers.c
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

/* Words, speaker noun phrases and people: tokenizes a paragraph, reads the
 * noun phrase on either side of a reporting verb ("President Ilham Aliyev",
 * "the minister", "he", "The Post"), and merges mentions into people by
 * surname, title + name, possessive and near-miss spelling ("Aliye").
 */

/* How far back (code points) a German role no one has may find the
 * person it is a second word for. */
#define RECENT_ROLE 160
/* how many tokens back a role word given to someone is looked for */
#define ROLE_WORD_REACH 400

#define G_LOG_DOMAIN "qm-analyzer"

#include "config.h"

#include <string.h>

#include "qm-analyzer-private.h"

#define MAX_NAME_WORDS 8
#define MAX_FUZZY_PEOPLE 400
/* People of one surname kept apart; more are found by their names no
 * more, so that choosing among them stays cheap. */
#define MAX_NAMESAKES 32

static inline QmTok *
tok_at (QmRun *run,
        int    i)
{
  return &run->tok[i];
}

static inline gboolean
is_word_char (gunichar ch)
{
  if (ch < 0x80)
    return g_ascii_isalnum (ch);
  return g_unichar_isalnum (ch) || g_unichar_ismark (ch);
}

static gboolean
is_apostrophe (gunichar ch)
{
  return ch == '\'' || ch == 0x2019;
}

/* Whether the capitalised word @w ends in the head of a compound title
 * (compound-title-endings): "Wirtschaftsministerin", and after a hyphen
 * "Grünen-Politiker", whose head is capitalised too. */
static gboolean
compound_title (QmRun      *run,
                const char *w,
                gsize       n)
{
  char tail[64];
  gsize h = n, t;
  guint bit;

  if (n < 6)
    return FALSE;
  /* most words end in no head: three bytes tell, before the list */
  bit = QM_LANG_TAIL_BIT (w[n - 3], w[n - 2], w[n - 1]);
  if (!(run->lang->compound_tails[bit >> 5] & (1u << (bit & 31))))
    return FALSE;
  if (qm_lang_ends_with (&run->lang->compound_titles, w, n, 3))
    return TRUE;
  while (h > 0 && w[h - 1] != '-')
    h--;
  if (h < 2 || (t = n - h) < 3 || t >= sizeof tail || !g_ascii_isupper (w[h]))
    return FALSE;
  memcpy (tail, w + h, t);
  tail[0] = g_ascii_tolower (tail[0]);
  return qm_lang_ends_with (&run->lang->compound_titles, tail, t, 0);
}

/* "SEN. LUND:", "MR. BERG:": a transcript writes the title of each speaker
 * in capitals, where the titles and abbreviations are listed as written. The
 * title and abbreviation classes of @w (@n bytes with its point) when it is
 * in ASCII capitals and its title case ("Sen.") is the abbreviation of a
 * title; 0 otherwise ("NO.", "CO." are no titles). */
static guint
capital_title (QmRun      *run,
               const char *w,
               gsize       n)
{
  char buf[8];
  guint words;

  if (n < 3 || n > sizeof buf || w[n - 1] != '.' || !g_ascii_isupper (w[0]))
    return 0;
  buf[0] = w[0];
  for (gsize i = 1; i + 1 < n; i++)
    {
      if (!g_ascii_isupper (w[i]))
        return 0;
      buf[i] = g_ascii_tolower (w[i]);
    }
  buf[n - 1] = '.';
  words = qm_lang_lookup (run->lang, buf, n);
  if ((words & (QM_WORD_TITLE | QM_WORD_ABBREVIATION)) != (QM_WORD_TITLE | QM_WORD_ABBREVIATION))
    return 0;
  return words & (QM_WORD_TITLE | QM_WORD_ABBREVIATION);
}

/* Length of a trailing possessive ending ('s, ’s: possessive-endings), or 0. */
static gsize
possessive_suffix (QmLang     *lang,
                   const char *d,
                   gsize       start,
                   gsize       end)
{
  if (end == start || !QM_ENDINGS_MAY_END (&lang->possessive_endings, d[end - 1]))
    return 0;
  return qm_lang_ending_length (&lang->possessive_endings, d + start, end - start, 1);
}

/* Skips the outermost marks that end before @pos. Sets @quiet to the
 * byte before which every later position (the tokenizer asks in order)
 * has no mark either, with the cursor where it is: the next mark's
 * opening, or 0 when @pos is inside a mark. */
static int
mark_at (QmRun *run,
         gsize  pos,
         guint *cursor,
         gsize *quiet)
{
  while (*cursor < run->marks->len)
    {
      const QmMark *m = &g_array_index (run->marks, QmMark, *cursor);

      if (m->depth > 0 || QM_MARK_CLOSE_END (m) <= pos)
        {
          (*cursor)++;
          continue;
        }
      *quiet = QM_MARK_OPEN (m) <= pos ? 0 : QM_MARK_OPEN (m);
      return QM_MARK_OPEN (m) <= pos ? (int)*cursor : -1;
    }
  *quiet = G_MAXSIZE;
  return -1;
}

/* "ndr.de", "faz.net": whether the bytes at @q, after a point, are a web
 * domain's ending: two to four ASCII letters in lower case that end the
 * word. */
static gboolean
domain_ending (const char *d,
               gsize       q,
               gsize       end)
{
  gsize k = q;

  while (k < end && k < q + 5 && g_ascii_islower (d[k]))
    k++;
  return k - q >= 2 && k - q <= 4 && (k >= end || !(g_ascii_isalnum (d[k]) || (guchar)d[k] >= 0x80 || d[k] == '-'));
}

/* "Good morning and welcome to …", "Last night, …": a capitalised word
 * that opens a sentence before a part of the day (day-parts) in lower case
 * greets or tells a time; it names no one. */
static void
greeting_words (QmRun *run)
{
  if (!(run->lang->roles_listed & QM_ROLE_DAY_PART))
    return;
  for (guint i = 0; i + 1 < run->toks->len; i++)
    {
      QmTok *t = &g_array_index (run->toks, QmTok, i);
      QmTok *next = &g_array_index (run->toks, QmTok, i + 1);

      if (t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_CAPITAL) || t->mark >= 0 || next->kind != QM_TOK_WORD ||
          !(next->flags & QM_TOK_LOWER) || (next->flags & QM_TOK_POSSESSIVE) ||
          !_qm_word_has_role (run, next, QM_ROLE_DAY_PART))
        continue;
      if (i > 0 && !(g_array_index (run->toks, QmTok, i - 1).kind == QM_TOK_PUNCT &&
                     strchr (".!?", g_array_index (run->toks, QmTok, i - 1).first) != NULL))
        continue;
      t->words |= QM_WORD_NOT_NAME;
    }
}

/* Without verb second: "“…,” Will wrote.", "which Will claims", "said
 * Will Doyle" — an auxiliary with a capital inside a sentence (after a
 * word in lower case, a comma or a closing mark) and before a word in
 * lower case or a capitalised word the lexicon lacks (a surname) is a
 * name: an auxiliary opens a question only at the start of a sentence.
 * Months and other not-names ("in May said") stay what they are. */
static void
auxiliary_names (QmRun *run)
{
  const char *d = run->data;

  if (run->lang->verb_second)
    return;
  for (guint i = 1; i + 1 < run->toks->len; i++)
    {
      QmTok *t = &g_array_index (run->toks, QmTok, i);
      QmTok *prev = &g_array_index (run->toks, QmTok, i - 1);
      QmTok *next = &g_array_index (run->toks, QmTok, i + 1);

      if (t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_CAPITAL) || !(t->words & QM_WORD_ADVERB) ||
          (t->words & QM_WORD_NOT_NAME) || t->end - t->start < 2 || !g_ascii_islower (d[t->start + 1]) ||
          !_qm_word_has_role (run, t, QM_ROLE_AUXILIARY))
        continue;
      if (!((prev->kind == QM_TOK_WORD && (prev->flags & QM_TOK_LOWER)) || prev->kind == QM_TOK_CLOSE ||
            (prev->kind == QM_TOK_PUNCT && prev->first == ',')))
        continue;
      if (next->kind != QM_TOK_WORD ||
          !((next->flags & QM_TOK_LOWER) ||
            ((next->flags & QM_TOK_CAPITAL) && next->words == 0 && next->end - next->start >= 2 &&
             g_ascii_islower (d[next->start + 1]))))
        continue;
      t->words = 0;
    }
}

/* "Ernst August von Wolfsberg", "Paul Mai": a month (ordinal-nouns, a
 * not-name) right after a given name (male-names, female-names) with a
 * capital is part of the name, not a date ("am 3. August"); so is one
 * between two words of a name that no list knows ("Jobst August
 * Brinkmann"), unless a preposition comes before them ("seit Anfang Mai
 * Gespräche"). */
static gboolean plain_name_word (QmTok *t);

static void
month_names (QmRun *run)
{
  if (!(run->lang->roles_listed & QM_ROLE_ORDINAL_NOUN))
    return;
  for (guint i = 1; i < run->toks->len; i++)
    {
      QmTok *t = &g_array_index (run->toks, QmTok, i);
      QmTok *prev = &g_array_index (run->toks, QmTok, i - 1);
      QmTok *next = i + 1 < run->toks->len ? &g_array_index (run->toks, QmTok, i + 1) : NULL;
      QmTok *before = i >= 2 ? &g_array_index (run->toks, QmTok, i - 2) : NULL;

      if (t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_CAPITAL) || !(t->words & QM_WORD_NOT_NAME) ||
          prev->kind != QM_TOK_WORD || !(prev->flags & QM_TOK_CAPITAL) || prev->end + 1 != t->start ||
          (prev->words & QM_WORD_NOT_NAME) || !_qm_word_has_role (run, t, QM_ROLE_ORDINAL_NOUN))
        continue;
      if (!_qm_word_has_role (run, prev, QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME) &&
          (next == NULL || t->end + 1 != next->start || !plain_name_word (next) || !plain_name_word (prev) ||
           (before != NULL && before->kind == QM_TOK_WORD && (before->words & QM_WORD_PREPOSITION))))
        continue;
      t->words &= ~QM_WORD_NOT_NAME;
    }
}

/* "the first state to vote", "Ohio state senator", "secretary of state
 * Eva Lund": a speech verb that is as often a noun (noun-verbs) is a verb
 * only before "that", a colon, a comma, a quotation mark or the end of its
 * sentence, or after a personal pronoun ("They state their goal"). */
static void
noun_verbs (QmRun *run)
{
  if (!(run->lang->roles_listed & QM_ROLE_NOUN_VERB))
    return;
  for (guint i = 0; i < run->toks->len; i++)
    {
      QmTok *t = &g_array_index (run->toks, QmTok, i);
      QmTok *next, *prev;

      /* the neighbours only for a verb of the list: most tokens are none */
      if (t->kind != QM_TOK_WORD || !(t->words & QM_WORD_VERB) || !_qm_word_has_role (run, t, QM_ROLE_NOUN_VERB))
        continue;
      next = i + 1 < run->toks->len ? &g_array_index (run->toks, QmTok, i + 1) : NULL;
      prev = i > 0 ? &g_array_index (run->toks, QmTok, i - 1) : NULL;
      if (next == NULL || next->kind == QM_TOK_OPEN || (next->kind == QM_TOK_WORD && (next->words & QM_WORD_COMPLEMENT)) ||
          (next->kind == QM_TOK_PUNCT && (next->first == ',' || next->first == ':' || next->first == '.' ||
                                          next->first == '!' || next->first == '?')))
        continue;
      if (prev != NULL && prev->kind == QM_TOK_WORD && (prev->words & QM_WORD_PRONOUN) &&
          !(prev->words & QM_WORD_DETERMINER))
        continue;
      /* "“…,” the ministry states in a paper": a few words after a
       * closing quotation mark are its cue's subject */
      {
        guint k = i;

        while (k > 0 && k + 4 > i && g_array_index (run->toks, QmTok, k - 1).kind == QM_TOK_WORD)
          k--;
        if (k > 0 && k < i && g_array_index (run->toks, QmTok, k - 1).kind == QM_TOK_CLOSE)
          continue;
      }
      t->words &= ~(guint)(QM_WORD_VERB | QM_WORD_OBJECT_VERB | QM_WORD_NAMING | QM_WORD_MODEL_CUE);
    }
}

/* German: "Die Beschuldigte Rita Vogt schwieg": a speech verb written
 * with a capital right after an article is a noun made of it, no verb
 * (verbs open sentences, never follow an article). */
static void
article_nouns (QmRun *run)
{
  if (!run->lang->verb_second)
    return;
  for (guint i = 1; i < run->toks->len; i++)
    {
      QmTok *t = &g_array_index (run->toks, QmTok, i);
      QmTok *prev = &g_array_index (run->toks, QmTok, i - 1);

      if (t->kind == QM_TOK_WORD && (t->flags & QM_TOK_CAPITAL) && (t->words & QM_WORD_VERB) &&
          prev->kind == QM_TOK_WORD && (prev->words & QM_WORD_DEFINITE) && !(prev->words & QM_WORD_PRONOUN))
        t->words &= ~(guint)(QM_WORD_VERB | QM_WORD_OBJECT_VERB | QM_WORD_NAMING | QM_WORD_MODEL_CUE);
    }
}

/* German: "das als „Dschungel am Meer“ bekannte Lager", "die als Hardliner
 * bezeichnete Ministerin": a verb's form in lower case after an article
 * and a phrase that "als" (naming-words, in lower case) opens, with only
 * capitalised words or quoted ones in it, and before a capitalised noun,
 * is an adjective of that noun, no verb. */
static void
attributive_verbs (QmRun *run)
{
  if (!run->lang->verb_second || !(run->lang->roles_listed & QM_ROLE_NAMING))
    return;
  for (guint i = 2; i + 1 < run->toks->len; i++)
    {
      QmTok *t = &g_array_index (run->toks, QmTok, i);
      QmTok *next = &g_array_index (run->toks, QmTok, i + 1);
      guint k = i;

      if (t->kind != QM_TOK_WORD || !(t->words & QM_WORD_VERB) || (t->flags & QM_TOK_CAPITAL) ||
          next->kind != QM_TOK_WORD || !(next->flags & QM_TOK_CAPITAL) ||
          (next->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_NOT_NAME)))
        continue;
      while (k > 0 && k + 8 > i)
        {
          QmTok *u = &g_array_index (run->toks, QmTok, k - 1);

          if (u->kind == QM_TOK_OPEN || u->kind == QM_TOK_CLOSE || (u->kind == QM_TOK_WORD && u->mark >= 0) ||
              (u->kind == QM_TOK_WORD && (u->flags & QM_TOK_CAPITAL) && !(u->words & QM_WORD_VERB)))
            k--;
          else
            break;
        }
      if (k > 1 && k < i)
        {
          QmTok *u = &g_array_index (run->toks, QmTok, k - 1);
          QmTok *det = &g_array_index (run->toks, QmTok, k - 2);

          /* an article before "als" opens the noun's phrase ("Seinen
           * Besuch als Kanzler machte Lund …" has its verb there) */
          if (u->kind == QM_TOK_WORD && (u->flags & QM_TOK_LOWER) && _qm_word_has_role (run, u, QM_ROLE_NAMING) &&
              det->kind == QM_TOK_WORD && (det->words & QM_WORD_DETERMINER) && !(det->words & QM_WORD_PRONOUN))
            t->words &= ~(guint)(QM_WORD_VERB | QM_WORD_OBJECT_VERB | QM_WORD_NAMING | QM_WORD_MODEL_CUE);
        }
    }
}

static guint role_word_gender (QmRun *run, QmTok *t);

/* German: "Dann widersprach der Ministerin ein Kollege", "ein Sprecher der
 * Kanzlerin": a definite article that is no woman's (female-articles) nor
 * oblique already ("der"), before a title or a role of a woman
 * (female-role-endings), is a dative or a genitive, oblique: no subject. */
static void
oblique_women (QmRun *run)
{
  if (!run->lang->verb_second || run->lang->female_role_endings.list == NULL ||
      !(run->lang->roles_listed & QM_ROLE_FEMALE_ARTICLE))
    return;
  for (guint i = 1; i < run->toks->len; i++)
    {
      QmTok *t = &g_array_index (run->toks, QmTok, i);
      QmTok *prev = &g_array_index (run->toks, QmTok, i - 1);

      if (t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_CAPITAL) || prev->kind != QM_TOK_WORD ||
          !(prev->words & QM_WORD_DEFINITE) || (prev->words & (QM_WORD_OBLIQUE | QM_WORD_PRONOUN)) ||
          _qm_word_has_role (run, prev, QM_ROLE_FEMALE_ARTICLE) ||
          !((t->words & (QM_WORD_TITLE | QM_WORD_ROLE)) || compound_title (run, run->data + t->start, t->end - t->start)))
        continue;
      if (role_word_gender (run, t) == QM_WORD_FEMALE)
        prev->words |= QM_WORD_OBLIQUE;
    }
}

/* "11:02 Emergency services say …": the time stamp of a live blog that
 * opens a paragraph, before a capital, is no part of its first sentence.
 * Returns where the paragraph's words start: after the stamp and its
 * spaces, or @start. */
static gsize
time_stamp_end (const char *d,
                gsize       start,
                gsize       end)
{
  gsize p = start;
  int digits = 0;

  while (p < end && g_ascii_isdigit (d[p]) && digits < 3)
    {
      p++;
      digits++;
    }
  if (digits == 0 || digits > 2 || p + 3 >= end || d[p] != ':' || !g_ascii_isdigit (d[p + 1]) ||
      !g_ascii_isdigit (d[p + 2]) || d[p + 3] != ' ')
    return start;
  p += 3;
  while (p < end && d[p] == ' ')
    p++;
  if (p >= end || !((guchar)d[p] >= 0x80 || g_ascii_isupper (d[p])))
    return start;
  return p;
}

/**
 * _qm_tokenize:
 * @run: the analysis
 * @start: first byte of the paragraph
 * @end: end of the paragraph
 * @mark_cursor: (inout): index of the first mark that may hold @start
 *
 * Splits a paragraph into words, punctuation and quotation marks, each
 * with its lexicon classes, into run->toks.
 */
void
_qm_tokenize (QmRun *run,
              gsize  start,
              gsize  end,
              guint *mark_cursor)
{
  const char *d = run->data;
  gsize p = start;
  gsize quiet = 0;   /* see mark_at() */
  guint n = 0;

  /* The tokens are written in place, the array doubled when full, and cut
   * to their number at the end: cheaper than an append a token. */
  g_array_set_size (run->toks, 64);
  p = time_stamp_end (d, start, end);

  while (p < end)
    {
      QmTok tok = { 0, };
      guchar c = (guchar)d[p];
      gunichar ch;
      gsize len;

      if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        {
          p++;
          continue;
        }
      ch = c < 0x80 ? c : g_utf8_get_char (d + p);
      len = c < 0x80 ? 1 : (gsize)g_utf8_skip[c];
      /* In ASCII, g_unichar_isspace() adds only the form feed. */
      if ((c < 0x80 ? c == '\f' : g_unichar_isspace (ch)) || ch == 0xA0)
        {
          p += len;
          continue;
        }

      tok.start = p;
      tok.first = ch;
      tok.mark = p < quiet ? -1 : mark_at (run, p, mark_cursor, &quiet);

      if (tok.mark >= 0)
        {
          const QmMark *m = &g_array_index (run->marks, QmMark, tok.mark);

          if (p == QM_MARK_OPEN (m))
            tok.kind = QM_TOK_OPEN;
          /* the close may hold the space of French spacing before the mark */
          else if (p >= m->end && p < QM_MARK_CLOSE_END (m) && m->close_len > 0)
            tok.kind = QM_TOK_CLOSE;
        }

      if (tok.kind == QM_TOK_OPEN)
        {
          tok.end = g_array_index (run->marks, QmMark, tok.mark).start;
        }
      else if (tok.kind == QM_TOK_CLOSE)
        {
          tok.end = QM_MARK_CLOSE_END (&g_array_index (run->marks, QmMark, tok.mark));
        }
      else if (is_word_char (ch))
        {
          gsize q = p + len;
          gsize plural, possessive;
          gboolean domain = FALSE;

          tok.kind = QM_TOK_WORD;
          while (q < end)
            {
              guchar cq = (guchar)d[q];
              gunichar chq;
              gsize lq;

              /* most bytes of a word are ASCII letters (GLib's table has
               * none of them above 0x7F): no decoding */
              if (g_ascii_isalnum (cq))
                {
                  q++;
                  continue;
                }
              chq = cq < 0x80 ? cq : g_utf8_get_char (d + q);
              lq = cq < 0x80 ? 1 : (gsize)g_utf8_skip[cq];
              if (is_word_char (chq))
                q += lq;
              else if ((is_apostrophe (chq) || chq == '-' || chq == '.' || chq == '&') && q + lq < end &&
                       is_word_char (g_utf8_get_char (d + q + lq)) &&
                       (chq != '.' || (q + lq + 1 < end && d[q + lq + 1] == '.') || q - p == 1))
                q += lq;
              /* "PeÃ±a", "TrÃ©vidic": UTF-8 read as Latin-1 turns a
               * letter into "Ã" or "Â" (precomposed, or "A" and a combining
               * tilde or circumflex) and a sign or a control (U+0080 to
               * U+00BF), which stay in the word */
              else if (chq >= 0x80 && chq <= 0xBF && q >= p + 2 &&
                       ((guchar)d[q - 2] == 0xC3 || (guchar)d[q - 2] == 0xCC) &&
                       ((guchar)d[q - 1] == 0x83 || (guchar)d[q - 1] == 0x82) && q + lq < end &&
                       is_word_char (g_utf8_get_char (d + q + lq)))
                q += lq;
              else
                break;
            }
          /* "ndr.de", "faz.net": a web address in lower case is a name,
           * its domain part of it (a point before two to four letters in
           * lower case that end the word), no sentence's end; in German
           * also one that opens with a capital ("ZDNet.com", where a point
           * is rarely typed without a space after it) */
          if (q < end && d[q] == '.' && q - p >= 2 && (g_ascii_islower (d[p]) || run->lang->verb_second) &&
              domain_ending (d, q + 1, end))
            {
              q++;
              while (q < end && g_ascii_islower (d[q]))
                q++;
              domain = TRUE;
            }
          /* Abbreviations and initials keep their period: "Mr.", "J.", "U.S." */
          if (q < end && d[q] == '.')
            {
              gboolean initial = g_unichar_isupper (ch) && q - p == len;

              if (initial || capital_title (run, d + p, q + 1 - p) != 0 ||
                  (qm_lang_lookup (run->lang, d + p, q + 1 - p) & QM_WORD_ABBREVIATION))
                q++;
            }
          /* "am 20. Juli", "zum 3. Mal": an ordinal keeps its point too */
          if (q < end && d[q] == '.' && q - p <= 2 && g_unichar_isdigit (ch) && (run->lang->roles_listed & QM_ROLE_ORDINAL_NOUN))
            {
              gsize r = q + 1, w;

              while (r < end && d[r] == ' ')
                r++;
              for (w = r; w < end && ((guchar)d[w] >= 0x80 || g_ascii_isalpha (d[w])); w++)
                ;
              if (r > q + 1 && w > r && (qm_lang_word_roles (run->lang, d + r, w - r) & QM_ROLE_ORDINAL_NOUN))
                q++;
            }
          tok.end = q;
          possessive = possessive_suffix (run->lang, d, p, tok.end);
          /* "the landlords' association": a bare apostrophe after a word
           * in lower case of bare-possessive-endings, before a space and a
           * lower-case word, is the word's possessive (unless it closes
           * the single quotation the word stands in); names keep theirs
           * apart ("Sanders’ campaign") */
          if (q + 2 < end && (d[q] == '\'' || (guchar)d[q] == 0xE2) && possessive == 0 && g_ascii_islower (c) &&
              (d[q] == '\'' || (q + 4 < end && (guchar)d[q + 1] == 0x80 && (guchar)d[q + 2] == 0x99)) &&
              qm_lang_ends_with (&run->lang->bare_possessive_endings, d + p, q - p, 0))
            {
              gsize l = d[q] == '\'' ? 1 : 3;

              if (d[q + l] == ' ' && g_ascii_islower (d[q + l + 1]) &&
                  !(tok.mark >= 0 && g_array_index (run->marks, QmMark, tok.mark).end == q))
                {
                  tok.end = q + l;
                  possessive = l;
                }
            }
          tok.words = qm_lang_lookup (run->lang, d + p, tok.end - p - possessive);
          if (!(tok.words & QM_WORD_TITLE) && possessive == 0 && d[tok.end - 1] == '.')
            tok.words |= capital_title (run, d + p, tok.end - p);
          /* Plurals of roles and organisations: "analysts", "officials". */
          if (!(tok.words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)) && tok.end - p > 3 &&
              QM_ENDINGS_MAY_END (&run->lang->plural_endings, d[tok.end - 1]) &&
              (plural = qm_lang_ending_length (&run->lang->plural_endings, d + p, tok.end - p, 0)) > 0)
            tok.words |= qm_lang_lookup (run->lang, d + p, tok.end - p - plural) & (QM_WORD_ROLE | QM_WORD_ORGANISATION);
          /* "Twenty-four": a number word before a hyphen */
          if (tok.words == 0 && g_ascii_isalpha (d[p]))
            {
              const char *hy = memchr (d + p, '-', tok.end - p);

              if (hy != NULL && hy > d + p)
                tok.words = qm_lang_lookup (run->lang, d + p, hy - (d + p)) & QM_WORD_QUANTITY;
            }
          /* "the 43-year-old": a number and a role after its hyphen */
          else if (tok.words == 0 && g_ascii_isdigit (d[p]))
            {
              const char *hy = memchr (d + p, '-', tok.end - p);

              if (hy != NULL && hy + 1 < d + tok.end - possessive)
                tok.words = qm_lang_lookup (run->lang, hy + 1, d + tok.end - possessive - (hy + 1)) & QM_WORD_ROLE;
            }
          /* "she's said", "he's called": a personal pronoun takes no
           * possessive ending, its "'s" is a verb's */
          if (possessive > 0 &&
              !(!run->lang->verb_second && (tok.words & QM_WORD_PRONOUN) && (tok.words & (QM_WORD_MALE | QM_WORD_FEMALE))))
            tok.flags |= QM_TOK_POSSESSIVE;
          /* ASCII letters and digits are the only ones below 0x80; a
           * web address names something, as a capital does */
          if (domain || (c < 0x80 ? g_ascii_isupper (c) : g_unichar_isupper (ch)))
            {
              tok.flags |= QM_TOK_CAPITAL;
              /* "Wirtschaftsministerin", "Grünen-Politiker": a compound
               * with the head of a title is one */
              if (tok.words == 0 && run->lang->compound_titles.list != NULL &&
                  compound_title (run, d + p, tok.end - p - possessive))
                tok.words = QM_WORD_TITLE | QM_WORD_ROLE;
              /* "Landgericht", "Innenministerium": a compound with the
               * head of an institution is one */
              else if (tok.words == 0 && run->lang->compound_organisations.list != NULL &&
                       qm_lang_ends_with (&run->lang->compound_organisations, d + p, tok.end - p - possessive, 3))
                tok.words = QM_WORD_ORGANISATION;
            }
          else if (c < 0x80 ? g_ascii_islower (c) : g_unichar_islower (ch))
            tok.flags |= QM_TOK_LOWER;
          else if (c < 0x80 ? g_ascii_isdigit (c) : g_unichar_isdigit (ch))
            tok.flags |= QM_TOK_DIGIT;
        }
      else
        {
          tok.kind = QM_TOK_PUNCT;
          tok.end = p + len;
        }

      if (n == run->toks->len)
        g_array_set_size (run->toks, n * 2);
      g_array_index (run->toks, QmTok, n++) = tok;
      p = tok.end;
    }
  g_array_set_size (run->toks, n);
  run->tok = &g_array_index (run->toks, QmTok, 0);
  greeting_words (run);
  auxiliary_names (run);
  month_names (run);
  noun_verbs (run);
  article_nouns (run);
  attributive_verbs (run);
  oblique_women (run);
}

static gboolean
is_word (QmTok *t)
{
  return t->kind == QM_TOK_WORD;
}

static gboolean
is_name_word (QmTok *t)
{
  /* Function words with a capital open a sentence: "Indem", "Derzeit". */
  const guint function_words = QM_WORD_CONJUNCTION | QM_WORD_ADVERB | QM_WORD_PREPOSITION |
                               QM_WORD_COMPLEMENT | QM_WORD_RELATIVE | QM_WORD_REPORTED_MOOD;

  return is_word (t) && (t->flags & QM_TOK_CAPITAL) &&
         (!(t->words & (QM_WORD_NOT_NAME | function_words)) || (t->words & QM_WORD_TITLE));
}

/* "US", "UK", "EU": a word of two or three capitals and nothing else. */
static gboolean
short_capitals (QmRun *run,
                int    i)
{
  QmTok *t = tok_at (run, i);

  if (!is_word (t) || t->end - t->start < 2 || t->end - t->start > 3)
    return FALSE;
  for (gsize b = t->start; b < t->end; b++)
    if (!g_ascii_isupper (run->data[b]))
      return FALSE;
  return TRUE;
}

static gboolean
is_personal_pronoun (QmTok *t)
{
  return is_word (t) && (t->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)) &&
         (t->words & QM_WORD_PRONOUN) && !(t->flags & QM_TOK_POSSESSIVE);
}

/* "Stelzner & Wolf", "Procter & Gamble": an ampersand at @k between two
 * capitalised name words joins them into the name of a firm. */
static gboolean
ampersand_join (QmRun *run,
                int    k,
                int    hi)
{
  QmTok *t;

  if (k < 1 || k + 1 >= hi || k + 1 >= (int)run->toks->len)
    return FALSE;
  t = tok_at (run, k);
  return t->kind == QM_TOK_PUNCT && t->first == '&' && t->end - t->start == 1 && t->mark < 0 &&
         is_name_word (tok_at (run, k - 1)) && !(tok_at (run, k - 1)->flags & QM_TOK_POSSESSIVE) &&
         is_name_word (tok_at (run, k + 1));
}

static QmNpKind
kind_of_words (guint words,
               gboolean has_name)
{
  if (words & QM_WORD_ORGANISATION)
    return QM_NP_ORGANISATION;
  return has_name ? QM_NP_NAME : QM_NP_ROLE;
}

/**
 * _qm_np_classify:
 * @run: the analysis
 * @np: (inout): a phrase whose first and last token are set
 *
 * Sets the kind and word classes of a phrase from its words.
 */
void
_qm_np_classify (QmRun *run,
                 QmNp  *np)
{
  gboolean has_name = FALSE;
  gboolean titled_name = FALSE;   /* a title after any organisation word, then a name */
  gboolean after_title = FALSE;

  np->words = 0;
  for (int i = np->first; i <= np->last; i++)
    {
      QmTok *t = tok_at (run, i);
      guint words = t->words;

      /* German "der linke Kandidat Tom Lund", "die grüne Politikerin": a
       * word of the organisations in lower case before a noun is an
       * adjective, not the party */
      if (run->lang->verb_second && (words & QM_WORD_ORGANISATION) && (t->flags & QM_TOK_LOWER) && i < np->last &&
          is_word (tok_at (run, i + 1)) && (tok_at (run, i + 1)->flags & QM_TOK_CAPITAL))
        words &= ~(guint)QM_WORD_ORGANISATION;

      /* "a source close to the Lund family": the role is the head, the
       * phrase after the adjective of nearness names someone else */
      if (i > np->first && (t->flags & QM_TOK_LOWER) && (tok_at (run, i - 1)->words & QM_WORD_ROLE) &&
          _qm_word_has_role (run, t, QM_ROLE_NEARNESS_ADJECTIVE))
        break;
      /* "Detlef Roth vom Fahrgastverband Pro Bahn": the place after a
       * name (name-places) makes no organisation of the person */
      if (i > np->first + 1 && (t->flags & QM_TOK_LOWER) && _qm_word_has_role (run, t, QM_ROLE_NAME_PLACE) &&
          plain_name_word (tok_at (run, i - 1)) && plain_name_word (tok_at (run, i - 2)))
        break;
      np->words |= words;
      if ((t->flags & QM_TOK_CAPITAL) && !(words & (QM_WORD_TITLE | QM_WORD_NOT_NAME |
                                                     QM_WORD_DETERMINER | QM_WORD_ROLE)))
        {
          has_name = TRUE;
          titled_name = titled_name || (after_title && !(words & QM_WORD_ORGANISATION));
        }
      if (words & QM_WORD_ORGANISATION)
        after_title = titled_name = FALSE;
      else if ((words & QM_WORD_TITLE) && (t->flags & QM_TOK_CAPITAL))
        after_title = TRUE;
    }
  /* "Commission President Ursula von der Leyen": the organisation names
   * the title, and the person is the name after it */
  if (np->kind == QM_NP_NONE && titled_name && (np->words & QM_WORD_ORGANISATION))
    np->kind = QM_NP_NAME;
  else if (np->kind == QM_NP_NONE)
    np->kind = kind_of_words (np->words, has_name);
  else if (np->kind == QM_NP_NAME && !has_name)
    np->kind = kind_of_words (np->words, FALSE);
}

static char *surname_key (QmRun *run, int last);
static gboolean lower_name_word (QmRun *run, QmTok *t);

/**
 * _qm_np_names_person:
 * @run: the analysis
 * @np: a phrase
 *
 * Whether a phrase surely names someone: a personal pronoun, a role or
 * title word, an organisation, or a surname already known. In languages
 * that write every noun with a capital this tells "der Minister" and
 * "Keller" from "die Haltung".
 *
 * Returns: %TRUE if it does
 */
gboolean
_qm_np_names_person (QmRun      *run,
                     const QmNp *np)
{
  QmTok *last = tok_at (run, np->last);
  g_autofree char *key = NULL;

  if (np->kind == QM_NP_PRONOUN || np->kind == QM_NP_ORGANISATION ||
      (np->words & (QM_WORD_ROLE | QM_WORD_TITLE | QM_WORD_ORGANISATION)))
    return TRUE;
  if (np->kind != QM_NP_NAME || !(last->flags & QM_TOK_CAPITAL))
    return FALSE;
  key = surname_key (run, np->last);
  return g_hash_table_contains (run->people.by_key, key);
}

/* "the reporter", "a local farmer": any plain word right after a
 * determiner and at most two modifiers. */
static gboolean
determined_noun (QmRun *run,
                 int    lo,
                 int    last)
{
  const guint not_nouns = QM_WORD_VERB | QM_WORD_ADVERB | QM_WORD_PREPOSITION | QM_WORD_PRONOUN |
                          QM_WORD_COMPLEMENT | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER;

  if (tok_at (run, last)->words & not_nouns)
    return FALSE;
  /* German "Die Menschen seien längst gefragt worden": a verb in the
   * Konjunktiv (in lower case: "die Folge" is a noun) ends a phrase */
  for (int i = last; i >= lo && i >= last - 3; i--)
    if (is_word (tok_at (run, i)) && (tok_at (run, i)->words & QM_WORD_REPORTED_MOOD) &&
        (tok_at (run, i)->flags & QM_TOK_LOWER))
      return FALSE;
  /* German "antwortete der Sprecher knapp": nouns have a capital, so a
   * word in lower case after one is no noun of the phrase ("der Sender
   * al-Dschasira" has a name) */
  if (run->lang->verb_second && last > lo && (tok_at (run, last - 1)->flags & QM_TOK_CAPITAL) &&
      !(tok_at (run, last - 1)->words & QM_WORD_DETERMINER) && !lower_name_word (run, tok_at (run, last)))
    return FALSE;
  for (int i = last - 1; i >= lo && i >= last - 3; i--)
    {
      QmTok *t = tok_at (run, i);

      if (!is_word (t))
        return FALSE;
      if ((t->words & QM_WORD_DETERMINER) || (t->flags & QM_TOK_DIGIT))
        return !(t->words & QM_WORD_PRONOUN) || (t->flags & QM_TOK_CAPITAL) || i == lo;
      if (t->words & not_nouns)
        return FALSE;
    }
  return FALSE;
}

/* A short name in quotation marks that opens at @open ("die
 * „Computerwoche“", "„Die Zeit“"): the index of its last word, or -1. */
static int
quoted_name_end (QmRun *run,
                 int    open,
                 int    hi)
{
  const QmMark *m;
  int k;

  if (open + 2 >= hi || tok_at (run, open)->kind != QM_TOK_OPEN)
    return -1;
  m = &g_array_index (run->marks, QmMark, tok_at (run, open)->mark);
  if (m->n_words == 0 || m->n_words > 6 || !is_word (tok_at (run, open + 1)) ||
      !(tok_at (run, open + 1)->flags & (QM_TOK_CAPITAL | QM_TOK_DIGIT)))
    return -1;
  for (k = open + 1; k < hi && tok_at (run, k)->mark == tok_at (run, open)->mark; k++)
    if (tok_at (run, k)->kind == QM_TOK_CLOSE)
      return is_word (tok_at (run, k - 1)) ? k - 1 : -1;
  return -1;
}

/**
 * _qm_quoted_name_before:
 * @run: the analysis
 * @lo: first token the phrase may use
 * @close: a closing quotation mark
 * @np: (out): the phrase
 *
 * Reads a speaker phrase that ends in a short name in quotation marks:
 * "die Zeitung „Yemen Observer“", "die „Computerwoche“", "„Die Zeit“".
 *
 * Returns: %TRUE if there is one
 */
gboolean
_qm_quoted_name_before (QmRun *run,
                        int    lo,
                        int    close,
                        QmNp  *np)
{
  int open = close - 1;
  int last;
  QmNp noun;

  if (close < 0 || tok_at (run, close)->kind != QM_TOK_CLOSE)
    return FALSE;
  while (open > lo && tok_at (run, open)->kind != QM_TOK_OPEN && close - open < 12)
    open--;
  if (tok_at (run, open)->kind != QM_TOK_OPEN || tok_at (run, open)->mark != tok_at (run, close)->mark)
    return FALSE;
  last = quoted_name_end (run, open, close + 1);
  if (last < 0)
    return FALSE;
  np->first = open;
  if (open - 1 >= lo && is_word (tok_at (run, open - 1)) && (tok_at (run, open - 1)->words & QM_WORD_DETERMINER))
    np->first = open - 1;
  else if (open - 1 >= lo && _qm_np_left (run, lo, open - 1, &noun) && noun.kind != QM_NP_PRONOUN)
    np->first = noun.first;
  np->last = last;
  np->kind = QM_NP_ORGANISATION;
  _qm_np_classify (run, np);
  np->kind = QM_NP_ORGANISATION;
  return TRUE;
}

/* Whether the words from @i before @last are a name whose last word, and
 * only that, is a possessive: "Berg’s", "Tom Berg’s". */
static gboolean
capital_possessor (QmRun *run,
                   int    i,
                   int    last)
{
  int k = i;

  while (k < last && k < i + 3 && is_name_word (tok_at (run, k)) && !(tok_at (run, k)->flags & QM_TOK_POSSESSIVE))
    k++;
  return k < last && (tok_at (run, k)->flags & (QM_TOK_POSSESSIVE | QM_TOK_CAPITAL)) == (QM_TOK_POSSESSIVE | QM_TOK_CAPITAL);
}

/**
 * _qm_np_left:
 * @run: the analysis
 * @lo: first token the phrase may use
 * @last: the token the phrase must end with
 * @np: (out): the phrase
 *
 * Reads a speaker noun phrase that ends at @last, as in "… Brandt said".
 *
 * Returns: %TRUE if there is one
 */
gboolean
_qm_np_left (QmRun *run,
             int    lo,
             int    last,
             QmNp  *np)
{
  QmTok *t;
  int i;

  if (last < lo || last < 0)
    return FALSE;
  t = tok_at (run, last);
  if (!is_word (t) || (t->flags & QM_TOK_POSSESSIVE))
    return FALSE;

  np->last = last;
  np->kind = QM_NP_NONE;

  if (is_personal_pronoun (t))
    {
      np->first = last;
      np->kind = QM_NP_PRONOUN;
      np->words = t->words;
      return TRUE;
    }

  /* "“…,” another said.", "But another told a reporter, “…”": a word for
   * a speaker no one names (indefinite-speakers), in lower case and alone
   * at the start of its clause, is the subject — someone new, not the
   * speaker before */
  if (!run->lang->verb_second && (t->flags & QM_TOK_LOWER) && t->mark < 0 &&
      _qm_word_has_role (run, t, QM_ROLE_INDEFINITE_SPEAKER) &&
      (last == lo || !is_word (tok_at (run, last - 1)) ||
       ((tok_at (run, last - 1)->words & QM_WORD_CONJUNCTION) &&
        !(tok_at (run, last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION)))))
    {
      np->first = last;
      _qm_np_classify (run, np);
      return TRUE;
    }

  if (is_name_word (t))
    {
      int words = 1;
      gboolean firm = FALSE;

      i = last;
      while (i - 1 >= lo && words < MAX_NAME_WORDS)
        {
          QmTok *prev = tok_at (run, i - 1);

          if (prev->flags & QM_TOK_POSSESSIVE)
            break;
          if (is_name_word (prev) ||
              (is_word (prev) && (prev->words & QM_WORD_TITLE)))
            i--;
          else if (is_word (prev) && (prev->words & QM_WORD_CONNECTOR) && (prev->flags & QM_TOK_LOWER) &&
                   i - 2 >= lo && is_name_word (tok_at (run, i - 2)))
            i--;
          /* "Harlow & Finch said" */
          else if (i - 2 >= lo && ampersand_join (run, i - 1, last + 1))
            {
              i--;
              firm = TRUE;
            }
          /* "Ursula von der Leyen": after a given name only */
          else if (is_word (prev) && (prev->words & QM_WORD_CONNECTOR) && (prev->flags & QM_TOK_LOWER) &&
                   i - 3 >= lo && is_word (tok_at (run, i - 2)) && (tok_at (run, i - 2)->words & QM_WORD_CONNECTOR) &&
                   (tok_at (run, i - 2)->flags & QM_TOK_LOWER) && plain_name_word (tok_at (run, i - 3)) &&
                   (i - 4 < lo || !(plain_name_word (tok_at (run, i - 4)) ||
                                    (tok_at (run, i - 4)->words & QM_WORD_PREPOSITION))))
            i -= 2;
          else
            break;
          words++;
        }
      /* "The" of "The Post", "the" of "the White House", "former" */
      if (i - 1 >= lo && is_word (tok_at (run, i - 1)) &&
          (tok_at (run, i - 1)->words & (QM_WORD_DETERMINER | QM_WORD_TITLE)) &&
          !(tok_at (run, i - 1)->words & QM_WORD_PRONOUN))
        i--;
      /* A sentence-initial "But", "In" or "Furthermore" is no part of a name. */
      while (i < last && (tok_at (run, i)->words & QM_WORD_NOT_NAME) &&
             !(tok_at (run, i)->words & (QM_WORD_DETERMINER | QM_WORD_TITLE)))
        i++;
      if (tok_at (run, last)->words & QM_WORD_NOT_NAME && !(tok_at (run, last)->words & QM_WORD_TITLE))
        return FALSE;
      np->first = i;
      _qm_np_classify (run, np);
      if (firm)
        np->kind = QM_NP_ORGANISATION;
      return TRUE;
    }

  if (is_word (t) && !(t->flags & QM_TOK_POSSESSIVE) &&
      (((t->flags & QM_TOK_LOWER) &&
        ((t->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)) || determined_noun (run, lo, last))) ||
       /* German "Der 48-Jährige sagte", English "The 23-year-old said": a
        * number and a role after its hyphen */
       ((t->flags & QM_TOK_DIGIT) && (t->words & QM_WORD_ROLE))))
    {
      int steps = 0, tokens = 0;
      gboolean possessed = FALSE;

      i = last;
      while (i - 1 >= lo && steps < 4 && tokens < 8)
        {
          QmTok *prev = tok_at (run, i - 1);

          /* "Sanders’ campaign": a capitalised word with a bare-possessive
           * ending and the apostrophe right after it is the possessor */
          if (!run->lang->verb_second && prev->kind == QM_TOK_PUNCT && is_apostrophe (prev->first) && i - 2 >= lo &&
              is_word (tok_at (run, i - 2)) && (tok_at (run, i - 2)->flags & QM_TOK_CAPITAL) &&
              tok_at (run, i - 2)->end == prev->start &&
              qm_lang_ends_with (&run->lang->bare_possessive_endings, run->data + tok_at (run, i - 2)->start,
                                 tok_at (run, i - 2)->end - tok_at (run, i - 2)->start, 1) &&
              (t->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)))
            {
              i -= 2;
              possessed = TRUE;
              break;
            }

          /* a capitalised word that is also a verb is a name here: "a
           * State official" */
          /* a possessive that opens the phrase where it may start one
           * ("“…,” his wife said", "His spokesman said") is its
           * determiner, as in determined_noun() */
          if (!is_word (prev) || (prev->words & QM_WORD_COMPLEMENT) ||
              ((prev->words & QM_WORD_PRONOUN) &&
               !((prev->words & QM_WORD_DETERMINER) && (i - 1 == lo || (prev->flags & QM_TOK_CAPITAL)))) ||
              ((prev->words & QM_WORD_VERB) && !(prev->flags & QM_TOK_CAPITAL)))
            break;
          /* "The talks stalled as ministers argued", "while officials
           * said": a conjunction in lower case opens the clause whose
           * subject the role is; the words before it are another's */
          if (!run->lang->verb_second && (prev->flags & QM_TOK_LOWER) &&
              ((prev->words & (QM_WORD_CONJUNCTION | QM_WORD_SUBORDINATE)) ||
               _qm_word_has_role (run, prev, QM_ROLE_COMPARISON)) &&
              !_qm_word_has_role (run, prev, QM_ROLE_ADDITIVE))
            break;
          i--;
          tokens++;
          /* "The Friends of Millbrook Library group said": the words of a
           * name before the noun, and the connectors inside it, count as
           * one step */
          if (run->lang->verb_second || !((prev->flags & QM_TOK_CAPITAL) && !(prev->words & QM_WORD_DETERMINER) &&
                                           i - 1 >= lo && (is_name_word (tok_at (run, i - 1)) ||
                                                           ((tok_at (run, i - 1)->words & QM_WORD_CONNECTOR) &&
                                                            (tok_at (run, i - 1)->flags & QM_TOK_LOWER)))))
            steps++;
          if (prev->words & QM_WORD_DETERMINER)
            break;
          /* "My editor said", "our coach told": a possessive of the first
           * person opens the phrase as a determiner would */
          if (!run->lang->verb_second && (t->words & QM_WORD_ROLE) &&
              _qm_word_has_role (run, prev, QM_ROLE_FIRST_POSSESSIVE | QM_ROLE_DEMONSTRATIVE))
            {
              possessed = TRUE;
              break;
            }
        }
      /* "one of those advisers said": the share of a group */
      if (!run->lang->verb_second && (tok_at (run, i)->words & QM_WORD_DETERMINER) &&
          !(tok_at (run, i)->flags & QM_TOK_CAPITAL) && i - 2 >= lo && is_word (tok_at (run, i - 1)) &&
          (tok_at (run, i - 1)->words & QM_WORD_CONNECTOR) && (tok_at (run, i - 1)->flags & QM_TOK_LOWER) &&
          is_word (tok_at (run, i - 2)) && (tok_at (run, i - 2)->words & QM_WORD_DETERMINER) &&
          !(tok_at (run, i - 2)->words & QM_WORD_PRONOUN))
        i -= 2;
      /* Without a determiner only the bare plural reads as a speaker:
       * "officials said", "federal officials said". */
      if (!(tok_at (run, i)->words & QM_WORD_DETERMINER) && !(tok_at (run, i)->flags & QM_TOK_DIGIT) && !possessed &&
          /* "Berg’s spokesman said", "Sanders’ campaign called", "Tom
           * Berg’s lawyer said": a capitalised possessor (the name's last
           * word) opens the phrase as a determiner would */
          !(!run->lang->verb_second && i < last && (t->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)) &&
            capital_possessor (run, i, last)))
        {
          gsize n = t->end - t->start;

          if (!qm_lang_ends_with (&run->lang->plural_endings, run->data + t->start, n, 0) &&
              !_qm_word_has_role (run, t, QM_ROLE_BARE_PLURAL))
            return FALSE;
          while (i < last && !(tok_at (run, i)->flags & (QM_TOK_LOWER | QM_TOK_CAPITAL)))
            i++;
        }
      np->first = i;
      np->kind = (t->words & QM_WORD_ORGANISATION) ? QM_NP_ORGANISATION : QM_NP_ROLE;
      _qm_np_classify (run, np);
      np->kind = (t->words & QM_WORD_ORGANISATION) && !(t->words & QM_WORD_ROLE) ? QM_NP_ORGANISATION
                                                                                 : np->kind;
      return TRUE;
    }

  return FALSE;
}

/* Without verb second: whether the words at @first open the share of a
 * group, a determiner, a name connector and a determiner in lower case:
 * "one of those", "some of the". */
static gboolean
share_of_group (QmRun *run,
                int    first,
                int    hi)
{
  QmTok *t;

  if (run->lang->verb_second || first < 0 || first + 2 >= hi)
    return FALSE;
  t = tok_at (run, first);
  return is_word (t) && (t->words & QM_WORD_DETERMINER) && !(t->words & QM_WORD_PRONOUN) &&
         is_word (tok_at (run, first + 1)) && (tok_at (run, first + 1)->words & QM_WORD_CONNECTOR) &&
         (tok_at (run, first + 1)->flags & QM_TOK_LOWER) && is_word (tok_at (run, first + 2)) &&
         (tok_at (run, first + 2)->words & QM_WORD_DETERMINER) && !(tok_at (run, first + 2)->flags & QM_TOK_CAPITAL);
}

/* Whether the word at @k is the surname of someone known. */
static gboolean
known_surname (QmRun *run,
               int    k)
{
  g_autofree char *key = surname_key (run, k);

  return g_hash_table_lookup (run->people.by_key, key) != NULL;
}

static gboolean lower_name_word (QmRun *run,
                                 QmTok *t);

/**
 * _qm_np_right:
 * @run: the analysis
 * @first: the token the phrase must start with
 * @hi: end of the tokens the phrase may use
 * @np: (out): the phrase
 *
 * Reads a speaker noun phrase that starts at @first, as in "said Pavel Roos".
 *
 * Returns: %TRUE if there is one
 */
gboolean
_qm_np_right (QmRun *run,
              int    first,
              int    hi,
              QmNp  *np)
{
  QmTok *t;
  int i, words = 0;
  gboolean over_role = FALSE;
  gboolean firm = FALSE;

  if (first >= hi || first < 0)
    return FALSE;
  t = tok_at (run, first);
  /* "schrieb „Die Zeit“" */
  if (t->kind == QM_TOK_OPEN && (i = quoted_name_end (run, first, hi)) >= 0)
    {
      np->first = first;
      np->last = i;
      np->kind = QM_NP_ORGANISATION;
      _qm_np_classify (run, np);
      np->kind = QM_NP_ORGANISATION;
      return TRUE;
    }
  if (!is_word (t))
    return FALSE;

  np->first = first;
  np->kind = QM_NP_NONE;

  /* "said her husband", "said his campaign": a pronoun that is also a
   * determiner, before a role or an organisation, opens their phrase */
  if (is_personal_pronoun (t) &&
      !((t->words & QM_WORD_DETERMINER) && first + 1 < hi && is_word (tok_at (run, first + 1)) &&
        ((tok_at (run, first + 1)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)) ||
         /* German: "Ihr Sohn", "sein Sprecher" — a noun has a capital */
         (run->lang->verb_second && (tok_at (run, first + 1)->flags & QM_TOK_CAPITAL)) ||
         /* "her former colleague", "his longtime lawyer": a plain word in
          * lower case before the role */
         (!run->lang->verb_second && first + 2 < hi && (tok_at (run, first + 1)->flags & QM_TOK_LOWER) &&
          !(tok_at (run, first + 1)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                                               QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_RELATIVE)) &&
          is_word (tok_at (run, first + 2)) &&
          (tok_at (run, first + 2)->flags & QM_TOK_LOWER) &&
          (tok_at (run, first + 2)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)) &&
          !(tok_at (run, first + 2)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION))))))
    {
      np->last = first;
      np->kind = QM_NP_PRONOUN;
      np->words = t->words;
      return TRUE;
    }

  /* German "„…“, sagte zu Lindenfels.", "sagte von der Leyen": right
   * after a verb, a name connector in lower case (and another one) before
   * the surname of someone known opens their name, no preposition's
   * phrase */
  if (run->lang->verb_second && (t->flags & QM_TOK_LOWER) && (t->words & QM_WORD_CONNECTOR) &&
      !(t->words & QM_WORD_DETERMINER) && t->mark < 0 && first + 1 < hi && first > 0 && is_word (tok_at (run, first - 1)) && (tok_at (run, first - 1)->flags & QM_TOK_LOWER) &&
      (tok_at (run, first - 1)->words & QM_WORD_VERB) && tok_at (run, first - 1)->mark < 0)
    {
      int k = first + 1;

      if (k + 1 < hi && is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
          (tok_at (run, k)->words & QM_WORD_CONNECTOR))
        k++;
      if (plain_name_word (tok_at (run, k)) && !(tok_at (run, k)->flags & QM_TOK_POSSESSIVE) && known_surname (run, k) &&
          (k + 1 >= hi || !plain_name_word (tok_at (run, k + 1))))
        {
          np->last = k;
          np->kind = QM_NP_NAME;
          _qm_np_classify (run, np);
          np->kind = QM_NP_NAME;
          return TRUE;
        }
    }

  i = first;
  /* German "sagte einer der Matrosen", "so eine der Passagierinnen": a
   * pronoun of a share (share-pronouns) in lower case before a determiner
   * in lower case and the group is the phrase, of the group's kind */
  if (run->lang->verb_second && (t->flags & QM_TOK_LOWER) && _qm_word_has_role (run, t, QM_ROLE_SHARE_PRONOUN) &&
      first + 2 < hi && is_word (tok_at (run, first + 1)) && (tok_at (run, first + 1)->words & QM_WORD_DETERMINER) &&
      (tok_at (run, first + 1)->flags & QM_TOK_LOWER) && !_qm_word_has_role (run, tok_at (run, first + 1), QM_ROLE_SHARE_PRONOUN) &&
      _qm_np_right (run, first + 1, hi, np) && np->kind != QM_NP_PRONOUN && np->kind != QM_NP_NONE)
    {
      QmNpKind kind = np->kind;

      np->first = first;
      _qm_np_classify (run, np);
      np->kind = kind;
      return TRUE;
    }
  /* "one of those advisers", "Some of the protesters": the share of a
   * group is the phrase; the group is no share of its own, or "all of
   * all of …" would recurse to the sentence's end from every word */
  if (share_of_group (run, first, hi) && !share_of_group (run, first + 2, hi) &&
      _qm_np_right (run, first + 2, hi, np) && np->kind != QM_NP_PRONOUN)
    {
      QmNpKind kind = np->kind;

      np->first = first;
      _qm_np_classify (run, np);
      np->kind = kind;
      return TRUE;
    }
  /* "But another told a reporter: “…”": a word for a speaker no one names
   * (indefinite-speakers) in lower case, right before a verb in lower
   * case, is its subject alone (not "a reporter", the one spoken to) */
  if (!run->lang->verb_second && (t->flags & QM_TOK_LOWER) && t->mark < 0 && first + 1 < hi &&
      _qm_word_has_role (run, t, QM_ROLE_INDEFINITE_SPEAKER) && is_word (tok_at (run, first + 1)) &&
      (tok_at (run, first + 1)->flags & QM_TOK_LOWER) && (tok_at (run, first + 1)->words & QM_WORD_VERB) &&
      !(tok_at (run, first + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_ROLE | QM_WORD_ORGANISATION)))
    {
      np->last = first;
      _qm_np_classify (run, np);
      return TRUE;
    }
  /* German "„…“, sagte diese.", "„…“, so dieser gegenüber dem Sender": a
   * demonstrative in lower case that no noun follows stands alone for
   * someone, as a pronoun does */
  if (run->lang->verb_second && (t->flags & QM_TOK_LOWER) && t->mark < 0 &&
      _qm_word_has_role (run, t, QM_ROLE_MALE_DEMONSTRATIVE | QM_ROLE_FEMALE_DEMONSTRATIVE) &&
      (first + 1 >= hi || !is_word (tok_at (run, first + 1)) ||
       ((tok_at (run, first + 1)->flags & QM_TOK_LOWER) && tok_at (run, first + 1)->mark < 0 &&
        (tok_at (run, first + 1)->words & (QM_WORD_PREPOSITION | QM_WORD_ADVERB | QM_WORD_CONJUNCTION)))))
    {
      np->last = first;
      np->kind = QM_NP_PRONOUN;
      np->words = t->words;
      return TRUE;
    }
  /* "My dad rang me and said", "this source told": a possessive of the
   * first person or a demonstrative that is no determiner, before a role
   * in lower case (maybe after one plain word: "my old editor") */
  if (!run->lang->verb_second && _qm_word_has_role (run, t, QM_ROLE_FIRST_POSSESSIVE | QM_ROLE_DEMONSTRATIVE))
    {
      int k = first + 1;

      if (k + 1 < hi && is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
          tok_at (run, k)->words == 0 && tok_at (run, k)->mark < 0)
        k++;
      if (k < hi && is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) && tok_at (run, k)->mark < 0 &&
          (tok_at (run, k)->words & QM_WORD_ROLE) && !(tok_at (run, k)->words & QM_WORD_VERB))
        {
          np->last = k;
          np->kind = QM_NP_ROLE;
          _qm_np_classify (run, np);
          return TRUE;
        }
    }
  if (t->words & QM_WORD_DETERMINER)
    {
      int head = -1;
      int open = first + 1;

      /* German "der neue „Rat der Bürger“", "die liberale „Rundschau“":
       * adjectives in lower case (words of no class) between the article
       * and the name in marks */
      while (run->lang->verb_second && open < hi && open <= first + 2 && is_word (tok_at (run, open)) &&
             (tok_at (run, open)->flags & QM_TOK_LOWER) && tok_at (run, open)->mark < 0 && tok_at (run, open)->words == 0)
        open++;
      if (open < hi && tok_at (run, open)->kind != QM_TOK_OPEN)
        open = first + 1;
      /* "die „Computerwoche“" */
      if (open < hi && (head = quoted_name_end (run, open, hi)) >= 0)
        {
          np->last = head;
          np->kind = QM_NP_ORGANISATION;
          _qm_np_classify (run, np);
          np->kind = QM_NP_ORGANISATION;
          return TRUE;
        }

      /* "the minister", "a senior Cruz adviser", "der Sprecher" */
      for (int k = first + 1; k < hi && k <= first + 5; k++)
        {
          QmTok *w = tok_at (run, k);

          /* "The report, published in …, found": a verb's form that is an
           * organisation, right after the determiner and before a comma,
           * is the noun. German "der Provinz *Van*": a name connector
           * written with a capital after the noun is a name of a place,
           * no particle of a person's name */
          if (!is_word (w) || (w->words & QM_WORD_COMPLEMENT) ||
              ((w->words & QM_WORD_CONNECTOR) &&
               !(run->lang->verb_second && k > first + 1 && (w->flags & QM_TOK_CAPITAL) &&
                 (tok_at (run, k - 1)->flags & QM_TOK_CAPITAL) && !(w->words & QM_WORD_DETERMINER))) ||
              ((w->words & QM_WORD_VERB) &&
               !(!run->lang->verb_second && k == first + 1 && (w->flags & QM_TOK_LOWER) &&
                 (w->words & QM_WORD_ORGANISATION) && k + 1 < hi && tok_at (run, k + 1)->kind == QM_TOK_PUNCT &&
                 run->data[tok_at (run, k + 1)->start] == ',')))
            break;
          if (w->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_TITLE) || (w->flags & QM_TOK_CAPITAL) ||
              /* German "auf der kunstmesse-Homepage": a word in lower case
               * with a capitalised noun after its hyphen is a noun */
              (run->lang->verb_second && (w->flags & QM_TOK_LOWER) && lower_name_word (run, w)))
            {
              head = k;
              /* "a former harbour official": a title in lower case is no
               * head when plain words and a role follow it */
              if ((w->flags & QM_TOK_LOWER) && !(w->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)))
                {
                  int r = k + 1;

                  while (r < hi && r <= k + 3 && is_word (tok_at (run, r)) && (tok_at (run, r)->flags & QM_TOK_LOWER) &&
                         !(tok_at (run, r)->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_CONNECTOR |
                                                     QM_WORD_ROLE | QM_WORD_ORGANISATION)))
                    r++;
                  if (r < hi && is_word (tok_at (run, r)) && (tok_at (run, r)->flags & QM_TOK_LOWER) &&
                      (tok_at (run, r)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)) &&
                      !(tok_at (run, r)->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_CONNECTOR)))
                    {
                      head = r;
                      break;
                    }
                }
              if (!(tok_at (run, MIN (k + 1, hi - 1))->flags & QM_TOK_CAPITAL) || k + 1 >= hi)
                break;
            }
          else if (head >= 0)
            break;
        }
      if (head < 0)
        return FALSE;
      /* "die Kanzlei Stelzner & Wolf" */
      if (ampersand_join (run, head + 1, hi))
        {
          np->last = head + 2;
          np->kind = QM_NP_ORGANISATION;
          _qm_np_classify (run, np);
          np->kind = QM_NP_ORGANISATION;
          return TRUE;
        }
      /* "Die Ministerin Ursula von der Leyen", "der Minister Karl zu
       * Lindenfels": a given name after the role goes on over the
       * connectors of the name, as it does without the article */
      if (head > first + 1 && head + 2 < hi && (tok_at (run, head)->flags & QM_TOK_CAPITAL) &&
          _qm_word_has_role (run, tok_at (run, head), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME) &&
          is_word (tok_at (run, head + 1)) && (tok_at (run, head + 1)->words & QM_WORD_CONNECTOR) &&
          (tok_at (run, head + 1)->flags & QM_TOK_LOWER) && tok_at (run, head + 1)->mark < 0)
        {
          QmNp rest;

          if (_qm_np_right (run, head, hi, &rest) && rest.kind != QM_NP_PRONOUN && rest.last > head + 1)
            head = rest.last;
        }
      /* "a Berg supporter", "a staunch Anna Berg ally": a role in lower
       * case after the capitalised words is the head; the name is its
       * modifier */
      if (!run->lang->verb_second && head + 1 < hi && (tok_at (run, head)->flags & QM_TOK_CAPITAL) &&
          !(tok_at (run, head)->flags & QM_TOK_POSSESSIVE) && is_word (tok_at (run, head + 1)) &&
          (tok_at (run, head + 1)->flags & QM_TOK_LOWER) && (tok_at (run, head + 1)->words & QM_WORD_ROLE) &&
          !(tok_at (run, head + 1)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)))
        {
          np->last = head + 1;
          np->kind = QM_NP_ROLE;
          _qm_np_classify (run, np);
          np->kind = QM_NP_ROLE;
          return TRUE;
        }
      /* "the Belarusian ministry", "the Danish government": an
       * organisation in lower case after a capitalised adjective */
      if (!run->lang->verb_second && head == first + 1 && head + 1 < hi && (tok_at (run, head)->flags & QM_TOK_CAPITAL) &&
          !(tok_at (run, head)->flags & QM_TOK_POSSESSIVE) && !(tok_at (run, head)->words & QM_WORD_ORGANISATION) &&
          is_word (tok_at (run, head + 1)) && (tok_at (run, head + 1)->flags & QM_TOK_LOWER) &&
          (tok_at (run, head + 1)->words & QM_WORD_ORGANISATION) &&
          !(tok_at (run, head + 1)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)))
        {
          np->last = head + 1;
          np->kind = QM_NP_ORGANISATION;
          _qm_np_classify (run, np);
          np->kind = QM_NP_ORGANISATION;
          return TRUE;
        }
      /* German "Der Verein Kino für alle bezeichnete …", "sagte die
       * Initiative Bäder für Familien.": after an organisation noun and
       * its name, "für" (holder-prepositions) and up to three words, no
       * article, right before a speech verb in lower case or the
       * sentence's end are the name's too (between the subject and its
       * verb no phrase of its own stands) */
      if (run->lang->verb_second && head > first + 1 && (tok_at (run, first + 1)->words & QM_WORD_ORGANISATION) &&
          (tok_at (run, head)->flags & QM_TOK_CAPITAL) && head + 2 < hi && is_word (tok_at (run, head + 1)) &&
          (tok_at (run, head + 1)->flags & QM_TOK_LOWER) && tok_at (run, head + 1)->mark < 0 &&
          _qm_word_has_role (run, tok_at (run, head + 1), QM_ROLE_HOLDER_PREPOSITION))
        {
          int k = head + 2;

          while (k < hi && k <= head + 4 && is_word (tok_at (run, k)) && tok_at (run, k)->mark < 0 &&
                 !(tok_at (run, k)->words & (QM_WORD_VERB | QM_WORD_DETERMINER)))
            k++;
          if (k > head + 2 && k < (int)run->toks->len && tok_at (run, k)->mark < 0 &&
              ((k < hi && is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
                (tok_at (run, k)->words & QM_WORD_VERB)) ||
               (k <= hi && tok_at (run, k)->kind == QM_TOK_PUNCT && tok_at (run, k)->first == '.')))
            {
              np->last = k - 1;
              np->kind = QM_NP_ORGANISATION;
              _qm_np_classify (run, np);
              np->kind = QM_NP_ORGANISATION;
              return TRUE;
            }
        }
      np->last = head;
      _qm_np_classify (run, np);
      return TRUE;
    }

  /* "81-year-old Anna Berg": a hyphenated number before a name */
  if ((t->flags & QM_TOK_DIGIT) && !(t->flags & QM_TOK_POSSESSIVE) && i + 1 < hi && is_name_word (tok_at (run, i + 1)) &&
      memchr (run->data + t->start, '-', t->end - t->start) != NULL)
    t = tok_at (run, ++i);

  /* "said council leader Mark Reed", "said harbour official Tom Berg":
   * plain words in lower case and a role before a name are the name's */
  if (!run->lang->verb_second && is_word (t) && (t->flags & QM_TOK_LOWER) && (t->words & ~QM_WORD_ORGANISATION) == 0)
    {
      int k = i + 1;

      while (k < hi && k < i + 3 && is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
             (tok_at (run, k)->words & ~QM_WORD_ORGANISATION) == 0)
        k++;
      if (k + 1 < hi && is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
          (tok_at (run, k)->words & QM_WORD_ROLE) &&
          !(tok_at (run, k)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER)) &&
          plain_name_word (tok_at (run, k + 1)))
        t = tok_at (run, i = k);
      else
        return FALSE;
    }

  /* "But campaigner Sue Mills, 58, said": a role in the singular in lower
   * case right before a name of two words is no part of the phrase, the
   * name is (not "conservative Web sites") */
  if (!run->lang->verb_second && i == first && is_word (t) && (t->flags & QM_TOK_LOWER) && (t->words & QM_WORD_ROLE) &&
      !(t->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER)) &&
      i + 2 < hi && plain_name_word (tok_at (run, i + 1)) && plain_name_word (tok_at (run, i + 2)) &&
      !qm_lang_ends_with (&run->lang->plural_endings, run->data + t->start, t->end - t->start, 0))
    {
      np->first = first = ++i;
      t = tok_at (run, i);
    }

  if (!is_name_word (t) && !(is_word (t) && (t->words & QM_WORD_TITLE)) && !(i > first && (t->words & QM_WORD_ROLE)))
    return FALSE;

  while (i < hi && words < MAX_NAME_WORDS)
    {
      QmTok *w = tok_at (run, i);

      /* German "ist Miriam Falk Oberbürgermeisterin von Kassel": a title
       * after a given name and a surname is what she is, no part of the
       * name */
      if (run->lang->verb_second && words >= 2 && is_word (w) && (w->words & QM_WORD_TITLE) &&
          !(tok_at (run, i - 1)->words & QM_WORD_TITLE) && !(tok_at (run, i - 2)->words & QM_WORD_TITLE))
        break;
      /* "US secretary of state Eva Lund": and a role with its connector
       * and one word in lower case, after a capitalised word */
      if (!run->lang->verb_second && words > 0 && i + 3 < hi && is_word (w) && (w->words & QM_WORD_ROLE) &&
               (w->flags & QM_TOK_LOWER) && !(w->flags & QM_TOK_POSSESSIVE) &&
               !(w->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER)) &&
               is_word (tok_at (run, i + 1)) && (tok_at (run, i + 1)->words & QM_WORD_CONNECTOR) &&
               (tok_at (run, i + 1)->flags & QM_TOK_LOWER) && is_word (tok_at (run, i + 2)) &&
               (tok_at (run, i + 2)->flags & QM_TOK_LOWER) &&
               !(tok_at (run, i + 2)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION)) &&
               plain_name_word (tok_at (run, i + 3)))
        {
          words++;
          i += 3;
          over_role = TRUE;
        }
      /* "Stelzner & Wolf", "Procter & Gamble" */
      else if (words > 0 && ampersand_join (run, i, hi))
        {
          firm = TRUE;
          i++;
        }
      else if (is_name_word (w) || (is_word (w) && (w->words & QM_WORD_TITLE)))
        {
          words++;
          i++;
          /* "Tom Sanders of King's College London": a possessive in the
           * name of a place after a connector, a name word after it, goes
           * on */
          if ((w->flags & QM_TOK_POSSESSIVE) &&
              !(!run->lang->verb_second && i - 2 > first && is_word (tok_at (run, i - 2)) &&
                (tok_at (run, i - 2)->words & QM_WORD_CONNECTOR) && (tok_at (run, i - 2)->flags & QM_TOK_LOWER) &&
                i + 1 < hi && is_name_word (tok_at (run, i)) && !(tok_at (run, i)->flags & QM_TOK_POSSESSIVE)))
            break;
        }
      else if (is_word (w) && (w->words & QM_WORD_CONNECTOR) && (w->flags & QM_TOK_LOWER) &&
               i + 1 < hi && is_name_word (tok_at (run, i + 1)) &&
               /* German: not "sagte Brandt der Zeitung", "bot Nikos
                * Varelas der Opposition …" — an article alone joins no
                * name after a speech verb or after a given name and a
                * surname: what follows is the object */
               !(run->lang->verb_second && (w->words & QM_WORD_DETERMINER) &&
                 (words >= 2 || (first > 0 && (tok_at (run, first - 1)->words & QM_WORD_VERB)))) &&
               /* German: not "Ralf Kettner zu Beginn der Sitzung" — a
                * preposition before a noun with its genitive article
                * opens a phrase after the name */
               !(run->lang->verb_second && words >= 2 && (w->words & QM_WORD_PREPOSITION) && i + 2 < hi &&
                 is_word (tok_at (run, i + 2)) && (tok_at (run, i + 2)->flags & QM_TOK_LOWER) &&
                 (tok_at (run, i + 2)->words & QM_WORD_DETERMINER)) &&
               /* German: not "meldete sich Tobias Lang zu Wort", "Jan Ott zu
                * Recht": a preposition after a surname (a plain word after
                * another, no given name) opens a phrase; the particle of a
                * name follows a given name ("Hans-Georg zu Lindenfels") */
               !(run->lang->verb_second && (w->words & QM_WORD_PREPOSITION) && !(w->words & QM_WORD_DETERMINER) &&
                 !_qm_word_has_role (run, w, QM_ROLE_NAME_PLACE) && i - 2 >= first && plain_name_word (tok_at (run, i - 1)) && plain_name_word (tok_at (run, i - 2)) &&
                 !compound_title (run, run->data + tok_at (run, i - 2)->start,
                                  tok_at (run, i - 2)->end - tok_at (run, i - 2)->start - 1) &&
                 !_qm_word_has_role (run, tok_at (run, i - 1), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME)) &&
               /* German: not "sagte Kallweit zum Abschluss", "sagte Lind zu
                * Ohm" — nor after one name word right after a verb in lower
                * case that is the surname of someone known or no given name
                * (the particle of a name follows a given name) */
               !(run->lang->verb_second && (w->words & QM_WORD_PREPOSITION) &&
                 !_qm_word_has_role (run, w, QM_ROLE_NAME_PLACE) && i - 1 == first && first > 0 &&
                 is_word (tok_at (run, first - 1)) && (tok_at (run, first - 1)->flags & QM_TOK_LOWER) &&
                 (tok_at (run, first - 1)->words & QM_WORD_VERB) && plain_name_word (tok_at (run, first)) &&
                 (known_surname (run, first) ||
                  (!_qm_word_has_role (run, tok_at (run, first), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME) &&
                   /* "Karl-Heinrich zu Wendelstein": a double given name */
                   memchr (run->data + tok_at (run, first)->start, '-',
                           tok_at (run, first)->end - tok_at (run, first)->start) == NULL))))
        i++;
      /* "Ursula von der Leyen", "Juan de la Cruz": two connectors after a
       * given name ("Jana Selk von der Linksfraktion" is of a group) */
      else if (is_word (w) && (w->words & QM_WORD_CONNECTOR) && (w->flags & QM_TOK_LOWER) && i > first &&
               plain_name_word (tok_at (run, i - 1)) && (i - 1 == first || !plain_name_word (tok_at (run, i - 2))) &&
               (i - 1 > first || first == 0 || !(tok_at (run, first - 1)->words & QM_WORD_PREPOSITION)) &&
               i + 2 < hi && is_word (tok_at (run, i + 1)) && (tok_at (run, i + 1)->words & QM_WORD_CONNECTOR) &&
               (tok_at (run, i + 1)->flags & QM_TOK_LOWER) && is_name_word (tok_at (run, i + 2)))
        i += 2;
      /* "Harbour Party delegate Anna Berg": a role in lower case between
       * capitalised words belongs to the name it introduces */
      else if (is_word (w) && (w->words & QM_WORD_ROLE) && (w->flags & QM_TOK_LOWER) && !(w->flags & QM_TOK_POSSESSIVE) &&
               !(w->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER)) &&
               i + 1 < hi && (is_name_word (tok_at (run, i + 1)) ||
                              (is_word (tok_at (run, i + 1)) && (tok_at (run, i + 1)->words & QM_WORD_TITLE))))
        {
          words++;
          i++;
          over_role = TRUE;
        }
      else
        break;
    }
  if (words == 0)
    return FALSE;
  np->last = i - 1;
  /* the name after the role is the person: "Harbour Party delegate Tom Lund" */
  if (over_role)
    np->kind = QM_NP_NAME;
  _qm_np_classify (run, np);
  if (firm)
    np->kind = QM_NP_ORGANISATION;
  return TRUE;
}

/* People ------------------------------------------------------------------ */

static void
person_free (gpointer data)
{
  QmFoundPerson *person = data;

  g_free (person->name);
  g_free (person->role);
  g_clear_pointer (&person->aliases, g_ptr_array_unref);
  g_clear_pointer (&person->mentions, g_array_unref);
  g_free (person);
}

void
_qm_people_init (QmPeople *people)
{
  people->people = g_ptr_array_new_with_free_func (person_free);
  people->by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  people->gender = g_array_new (FALSE, TRUE, sizeof (guint));
  people->last_seen = g_array_new (FALSE, TRUE, sizeof (gsize));
  people->namesake = g_array_new (FALSE, TRUE, sizeof (int));
  people->given = g_ptr_array_new_with_free_func (g_free);
  people->articled = g_array_new (FALSE, TRUE, sizeof (gboolean));
  for (guint i = 0; i < G_N_ELEMENTS (people->recent); i++)
    people->recent[i] = -1;
  people->recent_head = 0;
}

void
_qm_people_clear (QmPeople *people)
{
  g_clear_pointer (&people->people, g_ptr_array_unref);
  g_clear_pointer (&people->by_key, g_hash_table_unref);
  g_clear_pointer (&people->gender, g_array_unref);
  g_clear_pointer (&people->last_seen, g_array_unref);
  g_clear_pointer (&people->namesake, g_array_unref);
  g_clear_pointer (&people->given, g_ptr_array_unref);
  g_clear_pointer (&people->articled, g_array_unref);
}

static char *
tok_text (QmRun *run,
          int    first,
          int    last)
{
  char *s;
  gsize len = 0, size = 1;
  guint open = 0;

  /* the tokens' bytes and a space for each gap between them fit in the
   * bytes they span, and the closing mark that may follow in its own:
   * one allocation, where a GString grew by doubling */
  if (last >= first)
    size += tok_at (run, last)->end - tok_at (run, first)->start;
  if (last + 1 < (int)run->toks->len && tok_at (run, last + 1)->kind == QM_TOK_CLOSE)
    size += tok_at (run, last + 1)->end - tok_at (run, last + 1)->start;
  s = g_malloc (size);
  for (int i = first; i <= last; i++)
    {
      QmTok *t = tok_at (run, i);
      gsize end = t->end;

      if (i == last && (t->flags & QM_TOK_POSSESSIVE))
        end -= possessive_suffix (run->lang, run->data, t->start, t->end);
      /* one space where the text has any ("Sanders’ campaign", "die
       * „Abendpost“": none between a mark and its word) */
      if (len > 0 && t->start > tok_at (run, i - 1)->end)
        s[len++] = ' ';
      memcpy (s + len, run->data + t->start, end - t->start);
      len += end - t->start;
      if (t->kind == QM_TOK_OPEN)
        open++;
      else if (t->kind == QM_TOK_CLOSE && open > 0)
        open--;
    }
  /* a name in marks that the phrase ends with keeps its closing mark */
  if (open > 0 && last + 1 < (int)run->toks->len && tok_at (run, last + 1)->kind == QM_TOK_CLOSE)
    {
      QmTok *c = tok_at (run, last + 1);

      memcpy (s + len, run->data + c->start, c->end - c->start);
      len += c->end - c->start;
    }
  g_assert (len < size);
  s[len] = '\0';
  return s;
}

/* g_utf8_strdown(): ASCII without an "I" (which lower-cases to a dotless
 * "ı" in Turkish and Azeri locales) is lowered without GLib's
 * per-character work; names and roles mostly are. */
static char *
strdown (const char *s,
         gssize      len)
{
  gsize n = len < 0 ? strlen (s) : (gsize)len;
  char *lower;

  for (gsize i = 0; i < n; i++)
    if ((guchar)s[i] >= 0x80 || s[i] == 'I' || s[i] == '\0')
      return g_utf8_strdown (s, len);
  /* what g_ascii_strdown() makes, without its call a byte */
  lower = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    lower[i] = s[i] >= 'A' && s[i] <= 'Z' ? s[i] + ('a' - 'A') : s[i];
  lower[n] = '\0';
  return lower;
}

static guint
edit_distance_at_most_one (const char *a,
                           const char *b)
{
  gsize la = strlen (a), lb = strlen (b);
  gsize i = 0, j = 0;
  guint diff = 0;

  if (la > lb + 1 || lb > la + 1)
    return 2;
  while (i < la && j < lb)
    {
      if (a[i] == b[j])
        {
          i++;
          j++;
          continue;
        }
      if (++diff > 1)
        return 2;
      if (la > lb)
        i++;
      else if (lb > la)
        j++;
      else
        {
          i++;
          j++;
        }
    }
  return diff + (guint)((la - i) + (lb - j));
}

static int
person_add (QmRun      *run,
            const char *key,
            const char *name,
            const char *role,
            gboolean    organisation)
{
  QmFoundPerson *person = g_new0 (QmFoundPerson, 1);
  guint zero = 0;
  gboolean no = FALSE;
  gsize nowhere = 0;
  int none = -1;
  gpointer same;

  person->name = g_strdup (name);
  person->role = g_strdup (role);
  person->aliases = g_ptr_array_new_with_free_func (g_free);
  person->mentions = g_array_new (FALSE, FALSE, sizeof (QmSpan));
  person->organisation = organisation;
  g_ptr_array_add (run->people.people, person);
  g_array_append_val (run->people.gender, zero);
  g_array_append_val (run->people.last_seen, nowhere);
  g_array_append_val (run->people.namesake, none);
  g_ptr_array_add (run->people.given, NULL);
  g_array_append_val (run->people.articled, no);
  /* "Tom Lund" after "Eva Lund": the key stays with the first, and the
   * second joins the chain of namesakes (up to MAX_NAMESAKES long). */
  same = g_hash_table_lookup (run->people.by_key, key);
  if (same == NULL)
    g_hash_table_insert (run->people.by_key, g_strdup (key), GINT_TO_POINTER (run->people.people->len));
  else
    {
      int i = GPOINTER_TO_INT (same) - 1;
      int chain = 1;

      while (g_array_index (run->people.namesake, int, i) >= 0)
        {
          i = g_array_index (run->people.namesake, int, i);
          chain++;
        }
      if (chain < MAX_NAMESAKES)
        g_array_index (run->people.namesake, int, i) = run->people.people->len - 1;
    }
  return run->people.people->len - 1;
}

/* Whether @s has letters and none of them in lower case. */
static gboolean
all_capitals (const char *s)
{
  gboolean letter = FALSE;

  for (; *s != '\0'; s = g_utf8_next_char (s))
    {
      gunichar ch = g_utf8_get_char (s);

      if (g_unichar_islower (ch))
        return FALSE;
      letter = letter || g_unichar_isalpha (ch);
    }
  return letter;
}

static void
person_mention (QmRun      *run,
                int         index,
                gsize       start,
                gsize       end,
                const char *alias)
{
  QmFoundPerson *person = g_ptr_array_index (run->people.people, index);
  QmSpan span = { (gssize)start, (gssize)end };

  if (person->mentions->len == 0 ||
      g_array_index (person->mentions, QmSpan, person->mentions->len - 1).start != span.start)
    g_array_append_val (person->mentions, span);
  g_array_index (run->people.last_seen, gsize, index) = start;
  if (run->people.recent[run->people.recent_head] != index)
    {
      run->people.recent_head = (run->people.recent_head + 1) % G_N_ELEMENTS (run->people.recent);
      run->people.recent[run->people.recent_head] = index;
    }

  /* "LUND:" in a transcript, then "Lund told reporters": the name as
   * prose writes it, not in the label's capitals */
  if (alias != NULL && g_ascii_strcasecmp (alias, person->name) == 0 &&
      strcmp (alias, person->name) != 0 && all_capitals (person->name) && !all_capitals (alias))
    {
      g_free (person->name);
      person->name = g_strdup (alias);
      return;
    }
  if (alias != NULL && strcmp (alias, person->name) != 0 && person->aliases->len < 32)
    {
      for (guint i = 0; i < person->aliases->len; i++)
        if (strcmp (g_ptr_array_index (person->aliases, i), alias) == 0)
          return;
      g_ptr_array_add (person->aliases, g_strdup (alias));
    }
}

/* German: whether the age @age ("54-Jährige", a number, a hyphen and a
 * capitalised noun) was told before in the text as an adjective in lower
 * case ("54-jähriger") before a noun that no capitalised word follows ("ein
 * 54-jähriger Autofahrer hatte", not "der 54-jährige Tom Lund"). */
static gboolean
age_described_before (QmRun *run,
                      QmTok *age)
{
  const char *w = run->data + age->start, *hy = memchr (w, '-', age->end - age->start);
  g_autofree char *needle = NULL;
  gsize stem;
  const char *from = run->data, *hit;

  if (hy == NULL || hy + 3 >= run->data + age->end)
    return FALSE;
  {
    g_autofree char *noun = g_utf8_strdown (hy + 1, run->data + age->end - (hy + 1));

    /* the stem: the noun without its last letter ("jährig") */
    stem = strlen (noun) - 1;
    noun[stem] = '\0';
    needle = g_strdup_printf ("%.*s-%s", (int)(hy - w), w, noun);
  }
  while ((hit = g_strstr_len (from, run->data + age->start - from, needle)) != NULL)
    {
      const char *p = hit + strlen (needle);
      const char *e = run->data + age->start;

      from = hit + 1;
      /* a number of its own, not "154-jähriger" */
      if (hit > run->data && g_ascii_isdigit (hit[-1]))
        continue;
      while (p < e && g_ascii_isalpha (*p))
        p++;
      if (p >= e || *p != ' ' || !g_unichar_isupper (g_utf8_get_char (p + 1)))
        continue;
      p++;
      while (p < e && *p != ' ' && *p != ',' && *p != '.')
        p = g_utf8_next_char (p);
      if (p + 1 < e && *p == ' ' && g_unichar_isupper (g_utf8_get_char (p + 1)))
        continue;
      return TRUE;
    }
  return FALSE;
}

/* German: whether @t is an age in lower case, a number, a hyphen and an
 * adjective ("46-jährige"). */
static gboolean
age_adjective (QmRun *run,
               QmTok *t)
{
  const char *hy;

  if (!is_word (t) || !(t->flags & QM_TOK_DIGIT) || !g_ascii_isdigit (run->data[t->start]))
    return FALSE;
  hy = memchr (run->data + t->start, '-', t->end - t->start);
  return hy != NULL && hy + 1 < run->data + t->end && g_unichar_islower (g_utf8_get_char (hy + 1));
}

/* The person mentioned @r mentions before the latest one (0: the latest),
 * from the ring of recent people; -1 past its end. */
static inline int
recent_person (QmRun *run,
               guint  r)
{
  return run->people.recent[(run->people.recent_head + G_N_ELEMENTS (run->people.recent) - r) %
                            G_N_ELEMENTS (run->people.recent)];
}

/* German: person @index is of no known gender, but named by two words or
 * more ("Hartwig Lorbach"): a given name the lists do not hold, which
 * a role of either gender may stand for. */
static gboolean
unknown_given_name (QmRun *run,
                    int    index)
{
  QmFoundPerson *person = g_ptr_array_index (run->people.people, index);

  return g_array_index (run->people.gender, guint, index) == 0 && !person->organisation &&
         !g_array_index (run->people.articled, gboolean, index) && strchr (person->name, ' ') != NULL;
}

/* The most recent person, optionally of one gender and with a role word. */
static int
person_recent (QmRun      *run,
               guint       gender,
               const char *role_word,
               gsize       before)
{
  int best = -1;
  gsize best_seen = 0;

  /* Only the people mentioned lately: a pronoun or role noun reaches back a
   * few paragraphs at most, and this keeps long texts linear. */
  for (guint r = 0; r < G_N_ELEMENTS (run->people.recent); r++)
    {
      int i = recent_person (run, r);
      QmFoundPerson *person;
      gsize seen;
      guint g;

      if (i < 0)
        break;
      person = g_ptr_array_index (run->people.people, i);
      seen = g_array_index (run->people.last_seen, gsize, i);
      g = g_array_index (run->people.gender, guint, i);

      /* "Q: …": the letter of an interview's question is no one a
       * pronoun means */
      if (person->mentions->len == 0 || seen > before || (best >= 0 && seen < best_seen) || person->name[1] == '\0')
        continue;
      if (person->organisation != (gender == QM_WORD_ORGANISATION))
        continue;
      if (gender & (QM_WORD_MALE | QM_WORD_FEMALE) && g != 0 && g != gender)
        continue;
      /* German "Die Opposition kritisierte ihn. „…“, sagte der
       * SPD-Politiker.": a word with a feminine noun's ending taken for a
       * name is no man */
      if (gender == QM_WORD_MALE && g == 0 && run->lang->feminine_noun_endings.list != NULL &&
          strchr (person->name, ' ') == NULL &&
          qm_lang_ends_with (&run->lang->feminine_noun_endings, person->name, strlen (person->name), 2))
        continue;
      if (role_word != NULL)
        {
          g_autofree char *role = person->role ? strdown (person->role, -1) : NULL;
          const char *hit = role != NULL ? strstr (role, role_word) : NULL;

          if (hit == NULL)
            continue;
          /* "Agrarexperte der Linksfraktion" is no "Fraktion": the word
           * must come before the organisation the role is of */
          if (run->lang->verb_second)
            {
              gboolean owned = FALSE;

              for (const char *w = role; w < hit && !owned; w++)
                if (*w == ' ')
                  {
                    const char *e = strchr (w + 1, ' ');

                    owned = e != NULL && e < hit &&
                            (qm_lang_word_roles (run->lang, w + 1, e - (w + 1)) & QM_ROLE_AFFILIATION) != 0;
                  }
              if (owned)
                continue;
            }
        }
      best = i;
      best_seen = seen;
    }
  return best;
}

/* Splits a name phrase into its leading title or role and the name proper:
 * "Defense Minister of Belarus Viktor Khrenin" → role "Defense Minister of
 * Belarus", name "Viktor Khrenin". Returns the first token of the name.
 */
static int
split_title (QmRun *run,
             int    first,
             int    last)
{
  int name = first;

  for (int i = first; i <= last; i++)
    {
      QmTok *t = tok_at (run, i);

      /* "Tom Sanders of King's College London": the place after two
       * words of a name holds no title of theirs */
      if (!run->lang->verb_second && i > name + 1 && (t->flags & QM_TOK_LOWER) &&
          _qm_word_has_role (run, t, QM_ROLE_NAME_PLACE) && plain_name_word (tok_at (run, i - 1)) &&
          plain_name_word (tok_at (run, i - 2)))
        break;
      /* "Tom King", "Eva Pope": a title that ends a name is its surname */
      if (i == last && i > name && (t->words & QM_WORD_TITLE) && !(t->words & QM_WORD_DETERMINER) &&
          (t->flags & QM_TOK_CAPITAL) && run->data[t->end - 1] != '.' && plain_name_word (tok_at (run, i - 1)))
        continue;
      /* "von der Leyen": a connector after a connector is no determiner */
      if ((t->words & QM_WORD_CONNECTOR) && (t->flags & QM_TOK_LOWER) && i > name &&
          (tok_at (run, i - 1)->words & QM_WORD_CONNECTOR) && (tok_at (run, i - 1)->flags & QM_TOK_LOWER))
        continue;
      if ((t->words & (QM_WORD_TITLE | QM_WORD_DETERMINER)) || (t->words & QM_WORD_NOT_NAME) ||
          (t->flags & QM_TOK_DIGIT) || ((t->words & QM_WORD_ROLE) && (t->flags & QM_TOK_LOWER)) ||
          /* German: "Ihr Sohn Ulrich Lind" — nouns have a capital */
          (run->lang->verb_second && (t->words & QM_WORD_ROLE) && !(t->words & QM_WORD_ORGANISATION) && i < last) ||
          /* German: "Der Vermieter Jan Roth" — a noun no list holds, after
           * a determiner and before a given name and a surname, is the
           * person's role */
          (run->lang->verb_second && i == name && i > first && (tok_at (run, i - 1)->words & QM_WORD_DETERMINER) &&
           i + 2 <= last && (t->flags & QM_TOK_CAPITAL) && !(t->words & QM_WORD_ORGANISATION) &&
           !(qm_lang_word_roles (run->lang, run->data + t->start, t->end - t->start) &
             (QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME)) &&
           ((qm_lang_word_roles (run->lang, run->data + tok_at (run, i + 1)->start,
                                 tok_at (run, i + 1)->end - tok_at (run, i + 1)->start) &
             (QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME)) ||
            /* "Die Beschuldigte Rita Vogt", "die Biologin Selma Krüger":
             * an adjective made a noun (unmarked-role-endings) after a
             * definite article, or a woman's noun (female-role-endings)
             * after a woman's article, is a role before any given name */
            ((tok_at (run, i - 1)->words & QM_WORD_DEFINITE) && i + 2 == last &&
             plain_name_word (tok_at (run, i + 1)) && !short_capitals (run, i + 1) && !short_capitals (run, i + 2) &&
             (qm_lang_ends_with (&run->lang->unmarked_role_endings, run->data + t->start, t->end - t->start, 2) ||
              (_qm_word_has_role (run, tok_at (run, i - 1), QM_ROLE_FEMALE_ARTICLE) &&
               qm_lang_ends_with (&run->lang->female_role_endings, run->data + t->start, t->end - t->start, 3))))) &&
           (plain_name_word (tok_at (run, i + 2)) ||
            /* "Der Verleger Hans von Elstermann": the particle of the
             * name after the given name */
            (i + 2 < last && (tok_at (run, i + 2)->words & QM_WORD_CONNECTOR) &&
             (tok_at (run, i + 2)->flags & QM_TOK_LOWER) && plain_name_word (tok_at (run, last))))) ||
          /* German "Geiger Milan Horak", "die Pianistin Lea Fromm": a noun
           * of a doer (agent-noun-endings) that is no given name, opening
           * the phrase or after a determiner, before two words of a name
           * is the person's role, though the lists know neither word */
          (run->lang->verb_second && i == name && i + 2 == last &&
           (i == first || (tok_at (run, i - 1)->words & QM_WORD_DETERMINER)) && (t->flags & QM_TOK_CAPITAL) &&
           !(t->words & QM_WORD_ORGANISATION) && !short_capitals (run, i) &&
           !(qm_lang_word_roles (run->lang, run->data + t->start, t->end - t->start) &
             (QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME)) &&
           qm_lang_ends_with (&run->lang->agent_noun_endings, run->data + t->start, t->end - t->start, 3) &&
           plain_name_word (tok_at (run, i + 1)) && plain_name_word (tok_at (run, i + 2)) &&
           !short_capitals (run, i + 1) && !short_capitals (run, i + 2)) ||
          /* "Economist Claire Dunmore said": a role that opens the phrase,
           * capitalised where it opens the sentence, before two words of
           * a name */
          (!run->lang->verb_second && i == name && i + 2 <= last && (t->words & QM_WORD_ROLE) &&
           !(t->words & QM_WORD_ORGANISATION) && (t->flags & QM_TOK_CAPITAL) && plain_name_word (tok_at (run, i + 1)) &&
           plain_name_word (tok_at (run, i + 2))) ||
          /* "the retired pilot Tom Lund": lower-case words before the
           * name describe the person ("Ilse Moreau and Pavel Roos",
           * "Ursula von der Leyen" go on after it) */
          ((t->flags & QM_TOK_LOWER) && name == i && !(t->words & QM_WORD_CONNECTOR)) ||
          /* "Ashby boss Gareth Lyle": a noun in lower case that no list
           * knows after one capitalised word (a team, a place) and before
           * two words of a name is the person's role with it */
          (!run->lang->verb_second && i == first + 1 && name == first && i + 2 <= last && (t->flags & QM_TOK_LOWER) &&
           t->words == 0 && plain_name_word (tok_at (run, first)) && plain_name_word (tok_at (run, i + 1)) &&
           plain_name_word (tok_at (run, i + 2))))
        name = i + 1;
      else if ((t->words & QM_WORD_CONNECTOR) && i > first && (tok_at (run, i - 1)->words & QM_WORD_TITLE) &&
               i + 1 < last)
        {
          /* "Minister of Belarus": the place belongs to the role. */
          name = i + 2;
          i++;
        }
      /* "secretary of state Eva Lund": and a word in lower case after a
       * role in lower case and its connector */
      else if (!run->lang->verb_second && (t->words & QM_WORD_CONNECTOR) && (t->flags & QM_TOK_LOWER) && i == name &&
               i > first && (tok_at (run, i - 1)->words & QM_WORD_ROLE) && (tok_at (run, i - 1)->flags & QM_TOK_LOWER) &&
               i + 1 < last && (tok_at (run, i + 1)->flags & QM_TOK_LOWER))
        {
          name = i + 2;
          i++;
        }
    }
  return name;
}

static char *
surname_key (QmRun *run,
             int    last)
{
  QmTok *t = tok_at (run, last);
  gsize end = t->end - possessive_suffix (run->lang, run->data, t->start, t->end);

  return strdown (run->data + t->start, end - t->start);
}

/* The gender that the lists male-roles and female-roles give role @t, or 0. */
static guint
listed_role_gender (QmRun *run,
                    QmTok *t)
{
  if (!(run->lang->roles_listed & (QM_ROLE_MALE_ROLE | QM_ROLE_FEMALE_ROLE)))
    return 0;
  return _qm_word_has_role (run, t, QM_ROLE_FEMALE_ROLE) ? QM_WORD_FEMALE
         : _qm_word_has_role (run, t, QM_ROLE_MALE_ROLE) ? QM_WORD_MALE : 0;
}

/* The gender a role noun @t tells: English by the lists male-roles and
 * female-roles ("spokeswoman"), German by its ending ("der Minister" a
 * man, "die Ministerin" a woman, "die Vorsitzende" either), or 0. */
static guint
role_word_gender (QmRun *run,
                  QmTok *t)
{
  guint gender = listed_role_gender (run, t);

  if (gender != 0)
    return gender;
  if (run->lang->female_role_endings.list == NULL || !(t->flags & QM_TOK_CAPITAL) ||
      qm_lang_ends_with (&run->lang->unmarked_role_endings, run->data + t->start, t->end - t->start, 2))
    return 0;
  return qm_lang_ends_with (&run->lang->female_role_endings, run->data + t->start, t->end - t->start, 0)
         ? QM_WORD_FEMALE : QM_WORD_MALE;
}

/* English: a role of one gender (male-roles, female-roles) at token @t,
 * named with person @index ("Jo Varga, an actress"), tells the person's
 * gender, unless something told it before. */
static void
role_noun_gender (QmRun *run,
                  int    index,
                  QmTok *t)
{
  if (index >= 0 && g_array_index (run->people.gender, guint, index) == 0)
    g_array_index (run->people.gender, guint, index) = listed_role_gender (run, t);
}

/* German: the gender the article @t before a noun tells — a woman's after
 * one of female-articles ("die", "eine"), a man's after any other ("der",
 * "ein"); nouns of many ("die Kanadier") take a woman's article too. */
static guint
article_gender (QmRun *run,
                QmTok *t)
{
  return _qm_word_has_role (run, t, QM_ROLE_FEMALE_ARTICLE) ? QM_WORD_FEMALE : QM_WORD_MALE;
}

/* German: "die Ministerin Eva Lind", "der Trainer Paul Brenner", "Frau
 * Berg": the last title or role (no abbreviation: "Dr.", "Prof.") in the tokens [@first, @name_first) before
 * the name tells the gender of person @index, which a pronoun must match,
 * unless a role of either gender ("die Vorsitzende") or an earlier mention
 * has told it. */
static void
role_gender (QmRun *run,
             int    index,
             int    first,
             int    name_first)
{
  if (run->lang->female_role_endings.list == NULL || g_array_index (run->people.gender, guint, index) != 0)
    return;
  for (int i = name_first - 1; i >= first; i--)
    {
      QmTok *t = tok_at (run, i);

      /* "die Forscherin Prof. Eva Lind": an abbreviated honorific tells
       * no gender; the role before it does */
      if ((t->words & QM_WORD_TITLE) && run->data[t->end - 1] == '.')
        continue;
      if ((t->words & (QM_WORD_TITLE | QM_WORD_ROLE)) && (t->flags & QM_TOK_CAPITAL))
        {
          guint gender = role_word_gender (run, t);

          if (gender != 0)
            g_array_index (run->people.gender, guint, index) = gender;
          return;
        }
    }
}

/* Whether token @t is a capitalised word of a name or a place, not a
 * title, a role or an organisation. */
static gboolean
plain_name_word (QmTok *t)
{
  return is_name_word (t) && !(t->words & (QM_WORD_TITLE | QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_CONNECTOR));
}

/* "al-Dschasira", "de-Lund": a lower-case word with a capitalised part
 * after a hyphen is a name. */
static gboolean
lower_name_word (QmRun *run,
                 QmTok *t)
{
  for (gsize p = t->start; p + 1 < t->end; p++)
    if (run->data[p] == '-' && g_ascii_isupper (run->data[p + 1]))
      return TRUE;
  return FALSE;
}

/* "Senator Tom Lund of Ohio", "Xi Jinping of China": a place of up to
 * three capitalised words after a name of two words or more is no part of
 * it, when the name and the place take six words at most; a longer run is
 * more often an office or a body ("County Supervisor of Elections Maja
 * Solberg", "Harbour College School of Fisheries"). Returns the last token
 * of the name in [@name_first, @last]. */
static int
name_before_place (QmRun *run,
                   int    name_first,
                   int    last)
{
  if (last - name_first > 5)
    return last;
  for (int k = name_first + 2; k < last; k++)
    {
      QmTok *t = tok_at (run, k);
      gboolean plain = TRUE;

      if (!(t->flags & QM_TOK_LOWER) || !_qm_word_has_role (run, t, QM_ROLE_NAME_PLACE))
        continue;
      /* "Johann Wolfgang von Goethe": after two given names and no surname
       * the connector opens the surname, when plain name words follow */
      if (run->lang->verb_second && (t->words & QM_WORD_CONNECTOR) && k < last)
        {
          gboolean given = TRUE, named = TRUE;

          for (int j = name_first; j < k && given; j++)
            given = plain_name_word (tok_at (run, j)) &&
                    _qm_word_has_role (run, tok_at (run, j), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME);
          for (int j = k + 1; j <= last && named; j++)
            named = plain_name_word (tok_at (run, j));
          if (given && named)
            return last;
        }
      /* "of King's College London": a word of the place may be a title */
      for (int j = name_first; j <= last && plain; j++)
        plain = j == k || plain_name_word (tok_at (run, j)) ||
                (!run->lang->verb_second && j > k && is_word (tok_at (run, j)) &&
                 (tok_at (run, j)->flags & QM_TOK_CAPITAL) && (tok_at (run, j)->words & QM_WORD_TITLE) &&
                 !(tok_at (run, j)->words & (QM_WORD_ORGANISATION | QM_WORD_CONNECTOR))) ||
                /* "vom Fahrgastverband Pro Bahn": or an institution */
                (j > k && is_word (tok_at (run, j)) && (tok_at (run, j)->flags & QM_TOK_CAPITAL) &&
                 (tok_at (run, j)->words & QM_WORD_ORGANISATION));
      return plain ? k - 1 : last;
    }
  return last;
}

/* The lower-cased words of a name before its surname, " tom erik ", or NULL
 * for a surname alone; initials ("J.", "Å") are left out. */
static char *
given_words (QmRun *run,
             int    name_first,
             int    name_last)
{
  GString *s = NULL;

  for (int i = name_first; i < name_last; i++)
    {
      QmTok *t = tok_at (run, i);
      g_autofree char *word = NULL;

      /* "J. Lund": an initial is a given word too, one letter and its
       * point, which any given name with that letter meets */
      gboolean initial = run->data[t->end - 1] == '.' && g_utf8_next_char (run->data + t->start) == run->data + t->end - 1;

      if (!plain_name_word (t) || (run->data[t->end - 1] == '.' && !initial) ||
          g_utf8_next_char (run->data + t->start) >= run->data + t->end)
        continue;
      word = strdown (run->data + t->start, t->end - t->start);
      /* room for the words from here, as written (lowering rarely grows
       * them), not grown from nothing */
      if (s == NULL)
        s = g_string_append_c (g_string_sized_new (tok_at (run, name_last)->start - t->start + 8), ' ');
      g_string_append (s, word);
      g_string_append_c (s, ' ');
    }
  return s != NULL ? g_string_free (s, FALSE) : NULL;
}

/* Whether the given words @a and @b (as given_words() writes them) share a
 * word; an initial ("j.") meets a word with its letter ("james"). */
static gboolean
share_given (const char *a,
             const char *b)
{
  const char *sa = strchr (a, '='), *sb = strchr (b, '=');

  /* "Tom Lund Jr." is not "Tom Lund" nor "Tom Lund Sr." */
  if ((sa == NULL) != (sb == NULL) ||
      (sa != NULL && (strcspn (sa, " ") != strcspn (sb, " ") || strncmp (sa, sb, strcspn (sa, " ")) != 0)))
    return FALSE;
  for (const char *w = b + 1; *w != '\0'; w = strchr (w, ' ') + 1)
    {
      gsize len = strchr (w, ' ') - w;

      if (*w == '=')
        continue;
      for (const char *x = a + 1; *x != '\0'; x = strchr (x, ' ') + 1)
        {
          gsize xlen = strchr (x, ' ') - x;

          if ((xlen == len && strncmp (x, w, len) == 0) ||
              (w[len - 1] == '.' && len - 1 <= xlen && strncmp (x, w, len - 1) == 0 && *x != '=') ||
              (x[xlen - 1] == '.' && xlen - 1 <= len && strncmp (x, w, xlen - 1) == 0))
            return TRUE;
        }
    }
  return FALSE;
}

/* "Mr. Lund", "Frau Berg": the gender an honorific among the tokens
 * [@first, @name_first) before a name tells, or 0. */
static guint
title_gender (QmRun *run,
              int    first,
              int    name_first)
{
  for (int i = first; i < name_first; i++)
    {
      if (_qm_word_has_role (run, tok_at (run, i), QM_ROLE_MALE_TITLE))
        return QM_WORD_MALE;
      if (_qm_word_has_role (run, tok_at (run, i), QM_ROLE_FEMALE_TITLE))
        return QM_WORD_FEMALE;
    }
  return 0;
}

/* Which of the people of one surname, the chain from @index, a name refers
 * to. A name with given words is the person who has one of them, or else
 * someone known by the surname alone so far. A surname with an honorific
 * of @gender is the person known to be of that gender, or else the one of
 * unknown gender mentioned last ("Tom Lund said …. “…,” Mr. Lund said");
 * a surname alone is the one mentioned most. Returns -1 for a person not
 * met yet: "Bill Lund" after "Eva Lund", "Mrs. Lund" after "Mr. Lund". */
static int
choose_namesake (QmRun      *run,
                 int         index,
                 const char *given,
                 guint       gender)
{
  int best = -1;
  guint best_rank = 0;

  for (int i = index; i >= 0; i = g_array_index (run->people.namesake, int, i))
    {
      const char *other = g_ptr_array_index (run->people.given, i);
      guint g = g_array_index (run->people.gender, guint, i);
      QmFoundPerson *person = g_ptr_array_index (run->people.people, i);
      guint rank;

      if (gender != 0 && g != 0 && g != gender)
        continue;
      if (given != NULL && other != NULL)
        {
          if (share_given (other, given))
            return i;
          continue;
        }
      if (gender != 0 && g == gender && given == NULL)
        return i;
      /* with an honorific the latest mention ranks; without, the most
       * mentions, and the one met first where they are even */
      rank = gender != 0 ? 0 : person->mentions->len;
      if (best < 0 || rank > best_rank ||
          (gender != 0 && g_array_index (run->people.last_seen, gsize, i) >
                          g_array_index (run->people.last_seen, gsize, best)))
        {
          best = i;
          best_rank = rank;
        }
    }
  return best;
}

/* German: "Die Reederei Nordlicht", "die Stadt Talbach" — a name of two
 * words or more in [@name_first, @name_last] right after a woman's article
 * in the phrase from @first, whose first word is no given name, title or
 * role and has no ending of a woman's role ("die Biologin Selma", "die
 * Vorsitzende"), names no woman but a body or a place: an organisation,
 * which no role or pronoun of a person stands for. */
static gboolean
thing_named (QmRun *run,
             int    first,
             int    name_first,
             int    name_last)
{
  QmTok *t = tok_at (run, name_first), *det;

  if (!run->lang->verb_second || !(run->lang->roles_listed & QM_ROLE_FEMALE_ARTICLE) || name_first != first + 1 ||
      name_last <= name_first)
    return FALSE;
  det = tok_at (run, first);
  if (!(det->words & QM_WORD_DETERMINER) || (det->flags & QM_TOK_POSSESSIVE) || !(det->words & QM_WORD_DEFINITE) ||
      !_qm_word_has_role (run, det, QM_ROLE_FEMALE_ARTICLE))
    return FALSE;
  if (!plain_name_word (t) || (t->flags & QM_TOK_DIGIT) || memchr (run->data + t->start, '-', t->end - t->start) != NULL ||
      _qm_word_has_role (run, t, QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME | QM_ROLE_EPITHET) ||
      compound_title (run, run->data + t->start, t->end - t->start) ||
      qm_lang_ends_with (&run->lang->unmarked_role_endings, run->data + t->start, t->end - t->start, 2) ||
      qm_lang_ends_with (&run->lang->female_role_endings, run->data + t->start, t->end - t->start, 3))
    return FALSE;
  /* the other words are capitalised words of a name */
  for (int i = name_first + 1; i <= name_last; i++)
    if (!is_name_word (tok_at (run, i)))
      return FALSE;
  return TRUE;
}

/* German: "die Opposition", "die Organisationen", "eine Mitteilung": a
 * word alone in [@name_first, @name_last], no given name, with the ending
 * of a feminine noun ("-ung", "-ion", "-schaft"), or that ending and the
 * plural "-en", names a body, a group or a thing, no person. */
static gboolean
abstract_noun_named (QmRun *run,
                     int    name_first,
                     int    name_last)
{
  QmTok *t = tok_at (run, name_first);
  gsize len = t->end - t->start;

  if (!run->lang->verb_second || run->lang->feminine_noun_endings.list == NULL || name_first != name_last ||
      !(t->flags & QM_TOK_CAPITAL) || _qm_word_has_role (run, t, QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME))
    return FALSE;
  if (len > 5 && memcmp (run->data + t->end - 2, "en", 2) == 0 &&
      qm_lang_ends_with (&run->lang->feminine_noun_endings, run->data + t->start, len - 2, 3))
    return TRUE;
  return qm_lang_ends_with (&run->lang->feminine_noun_endings, run->data + t->start, len, 3);
}

static int
resolve_name (QmRun *run,
              int    first,
              int    last)
{
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;
  g_autofree char *role = NULL;
  g_autofree char *full = NULL;
  g_autofree char *given = NULL;
  int name_first = split_title (run, first, last);
  int name_last, surname_at, role_first, role_head = -1, role_end = -1;
  gboolean adjective_before;
  guint name_gender = 0;
  guint gender;
  gpointer found;
  int index = -1;
  QmFoundPerson *person;

  if (name_first > last ||
      (tok_at (run, first)->start >= run->byline_start && tok_at (run, last)->end <= run->byline_end))
    return -1;
  /* "They've called me worse": a capitalised word alone with a contracted
   * verb after its apostrophe ("O'Brien" has a capital there) is no name */
  if (name_first == last && !(tok_at (run, last)->flags & QM_TOK_POSSESSIVE))
    {
      QmTok *t = tok_at (run, last);

      for (gsize p = t->start + 1; p + 1 < t->end && p < t->start + 32; p++)
        if ((run->data[p] == '\'' && g_ascii_islower (run->data[p + 1])) ||
            (p + 3 < t->end && (guchar)run->data[p] == 0xE2 && (guchar)run->data[p + 1] == 0x80 &&
             (guchar)run->data[p + 2] == 0x99 && g_ascii_islower (run->data[p + 3])))
          return -1;
    }
  /* "Die Kanadier hingegen": lower-case words after a name are no part of
   * it ("al-Dschasira" is one word of it); "of Texas" is no name. */
  while (last > name_first && (tok_at (run, last)->flags & QM_TOK_LOWER) &&
         !(tok_at (run, last)->words & QM_WORD_CONNECTOR) && !lower_name_word (run, tok_at (run, last)))
    last--;
  /* "Said Tom Lund", "Mike Lund Urges Calm" (a headline): a speech verb
   * is no part of a name; a name of one word before it is no name at all. */
  if (name_first == first && (tok_at (run, first)->words & QM_WORD_VERB) && (tok_at (run, first)->flags & QM_TOK_CAPITAL))
    {
      if (first == last)
        return -1;
      name_first = ++first;
    }
  for (int k = name_first + 2; k <= last; k++)
    if ((tok_at (run, k)->words & QM_WORD_VERB) && (tok_at (run, k)->flags & QM_TOK_CAPITAL))
      {
        last = k - 1;
        break;
      }
  if ((tok_at (run, name_first)->flags & QM_TOK_LOWER) &&
      (_qm_word_has_role (run, tok_at (run, name_first), QM_ROLE_NAME_PLACE) ||
       (name_first == last && !lower_name_word (run, tok_at (run, last)))))
    return -1;
  /* "Tom Lund, Republican of South Carolina, said": a title and its place
   * in commas after a name tell who that name is; the place is no one.
   * Not a subject before its verb: "…, Defense Minister of Belarus Viktor
   * Khrenin said" */
  if (name_first > first && first >= 2 && tok_at (run, first - 1)->kind == QM_TOK_PUNCT &&
      run->data[tok_at (run, first - 1)->start] == ',' && is_name_word (tok_at (run, first - 2)) &&
      !(last + 1 < (int)run->toks->len && is_word (tok_at (run, last + 1)) && (tok_at (run, last + 1)->flags & QM_TOK_LOWER)))
    for (int k = first + 1; k <= name_first && k < last; k++)
      if ((tok_at (run, k)->flags & QM_TOK_LOWER) && _qm_word_has_role (run, tok_at (run, k), QM_ROLE_NAME_PLACE))
        return -1;
  /* "Former US secretary of state Eva Lund": a short word in capitals
   * alone after a title, before a lower-case word that is no verb, is the
   * country of a role, no name */
  if (!run->lang->verb_second && name_first == last && name_first > first && short_capitals (run, last) &&
      last + 1 < (int)run->toks->len && is_word (tok_at (run, last + 1)) &&
      (tok_at (run, last + 1)->flags & QM_TOK_LOWER) && !(tok_at (run, last + 1)->words & QM_WORD_VERB))
    return -1;
  name_last = name_before_place (run, name_first, last);
  /* "Mr. Lund of Ohio": a surname after a title or an honorific may have a
   * place too; not after a given name, where the connector opens the
   * surname ("Dr. Karl von Brenner"), nor after an article, which opens
   * an organisation's name ("The Bank of England") */
  if (name_last == last && name_first > first && name_first + 2 <= last && last - name_first <= 4 &&
      !(tok_at (run, first)->words & QM_WORD_DETERMINER) &&
      plain_name_word (tok_at (run, name_first)) && (tok_at (run, name_first + 1)->flags & QM_TOK_LOWER) &&
      !_qm_word_has_role (run, tok_at (run, name_first), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME) &&
      _qm_word_has_role (run, tok_at (run, name_first + 1), QM_ROLE_NAME_PLACE))
    {
      gboolean plain = TRUE;

      for (int j = name_first + 2; j <= last && plain; j++)
        plain = plain_name_word (tok_at (run, j));
      if (plain)
        name_last = name_first;
    }
  name = tok_text (run, name_first, name_last);
  full = tok_text (run, first, last);
  /* "Tom Lund Jr.": the surname is before the suffix, which sets him
   * apart from "Tom Lund" as a given word marked with "=" */
  if (name_last > name_first && (tok_at (run, name_last)->flags & QM_TOK_CAPITAL) &&
      tok_at (run, name_last)->end - tok_at (run, name_last)->start <= 3 &&
      _qm_word_has_role (run, tok_at (run, name_last), QM_ROLE_NAME_SUFFIX))
    {
      g_autofree char *suffix = strdown (run->data + tok_at (run, name_last)->start,
                                         tok_at (run, name_last)->end - tok_at (run, name_last)->start);
      g_autofree char *before = given_words (run, name_first, name_last - 1);

      surname_at = name_last - 1;
      given = g_strconcat (before != NULL ? before : " ", "=", suffix, " ", NULL);
    }
  else
    {
      surname_at = name_last;
      given = given_words (run, name_first, name_last);
    }
  key = surname_key (run, surname_at);
  gender = title_gender (run, first, name_first);
  /* "a letter to Eva Berg", "talks with Tom Lund": the phrase is not the
   * person named after its preposition */
  if (name_first - 1 > first && (tok_at (run, name_first - 1)->flags & QM_TOK_LOWER) &&
      (tok_at (run, name_first - 1)->words & QM_WORD_PREPOSITION) &&
      _qm_word_has_role (run, tok_at (run, name_first - 1), QM_ROLE_OTHER_PREPOSITION))
    return -1;
  /* German "Die Worte Brandts": a name in the genitive after a noun for
   * what was said is the name without its "s", the noun no role */
  if (run->lang->verb_second && name_last == name_first + 1 && name_last == last &&
      (tok_at (run, name_first)->words & QM_WORD_CONTENT) && (tok_at (run, name_first)->flags & QM_TOK_CAPITAL) &&
      (tok_at (run, name_last)->flags & QM_TOK_CAPITAL) && tok_at (run, name_last)->end - tok_at (run, name_last)->start > 3 &&
      run->data[tok_at (run, name_last)->end - 1] == 's')
    {
      QmTok *g = tok_at (run, name_last);

      name_first = name_last;
      surname_at = name_last;
      g_free (given);
      given = NULL;

      g_free (name);
      g_free (key);
      g_free (full);
      name = g_strndup (run->data + g->start, g->end - g->start - 1);
      key = strdown (run->data + g->start, g->end - g->start - 1);
      full = g_strdup (name);
      first = name_first;
    }
  /* The role is what comes before the name, without its determiners
   * ("the retired pilot"); an honorific alone ("Dr.", "Mr", "Frau") is no
   * role, and nor is a piece of a sentence that ends with a short
   * lower-case word or a determiner ("a letter to Tom Lund", "an interview
   * with The Post"). */
  role_first = first;
  while (role_first < name_first && (tok_at (run, role_first)->words & QM_WORD_DETERMINER))
    role_first++;
  /* German "der 47-jährige Jan Holt": a word not capitalised alone
   * before the name is an adjective, no role (roles are nouns) */
  adjective_before = run->lang->verb_second && role_first == name_first - 1 &&
                     !(tok_at (run, role_first)->flags & QM_TOK_CAPITAL);
  if (role_first < name_first &&
      !(name_first - 1 == role_first && (run->data[tok_at (run, role_first)->end - 1] == '.' || gender != 0)) &&
      !(name_first - 1 > first &&
        ((tok_at (run, name_first - 1)->words & QM_WORD_DETERMINER) ||
         ((tok_at (run, name_first - 1)->flags & QM_TOK_LOWER) &&
          tok_at (run, name_first - 1)->end - tok_at (run, name_first - 1)->start <= 4 &&
          !(tok_at (run, name_first - 1)->words & (QM_WORD_ROLE | QM_WORD_TITLE | QM_WORD_CONNECTOR))))) &&
      !adjective_before)
    {
      int role_last = name_first - 1;

      /* "die Kuratorin Dr. Eva Lund": an honorific between the role and
       * the name is no part of the role */
      while (role_last > role_first && (tok_at (run, role_last)->words & QM_WORD_TITLE) &&
             run->data[tok_at (run, role_last)->end - 1] == '.' &&
             !(tok_at (run, role_last - 1)->words & QM_WORD_DETERMINER) &&
             run->data[tok_at (run, role_last - 1)->end - 1] != '.')
        role_last--;
      role = tok_text (run, role_first, role_last);
      role_head = role_last;
      role_end = name_first - 1;
    }
  /* "police spokesman Tom Berg", "said spokesman Tom Lund": a role in
   * lower case right before the name, with the words of its organisation
   * before it, is the person's role */
  if (role == NULL && name_first == first && first > 0 && !run->lang->verb_second)
    {
      const guint not_role = QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER |
                             QM_WORD_PRONOUN | QM_WORD_COMPLEMENT | QM_WORD_ADVERB;
      int k = first - 1, r = k;
      QmTok *rt = tok_at (run, k);

      /* not "A campaign TV ad": a role that is an organisation too is
       * one only if it speaks for one ("spokesman") */
      if (is_word (rt) && (rt->flags & QM_TOK_LOWER) && (rt->words & QM_WORD_ROLE) && !(rt->words & not_role) &&
          (!(rt->words & QM_WORD_ORGANISATION) || _qm_word_has_role (run, rt, QM_ROLE_AFFILIATED)) &&
          !(rt->flags & QM_TOK_POSSESSIVE) && rt->mark < 0)
        {
          while (r - 1 >= 0 && r > k - 3 && is_word (tok_at (run, r - 1)) && tok_at (run, r - 1)->mark < 0 &&
                 !(tok_at (run, r - 1)->flags & QM_TOK_POSSESSIVE) && !(tok_at (run, r - 1)->words & not_role) &&
                 ((tok_at (run, r - 1)->words & QM_WORD_ORGANISATION) || plain_name_word (tok_at (run, r - 1))))
            r--;
          role = tok_text (run, r, k);
          role_head = k;
          role_end = k;
        }
    }
  /* "The Lund", "Both Lund": no alias either; nor "Mayor Eva Lund", the
   * role and the name that the person's record holds anyway */
  if ((name_first - 1 == first && (tok_at (run, first)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)) && gender == 0) ||
      (role != NULL && role_end == name_first - 1 && name_last == last) || (adjective_before && name_last == last))
    {
      g_free (full);
      full = g_strdup (name);
    }

  found = g_hash_table_lookup (run->people.by_key, key);
  /* "Eva Lund": a given name may tell the gender, which keeps her apart
   * from a "Lund" known to be a man */
  if (gender == 0 && given != NULL)
    for (int i = name_first; i < surname_at; i++)
      if (plain_name_word (tok_at (run, i)))
        {
          QmWordRole roles = qm_lang_word_roles (run->lang, run->data + tok_at (run, i)->start,
                                                 tok_at (run, i)->end - tok_at (run, i)->start);

          name_gender = (roles & QM_ROLE_MALE_NAME) ? QM_WORD_MALE : (roles & QM_ROLE_FEMALE_NAME) ? QM_WORD_FEMALE : 0;
          break;
        }
  if (found != NULL)
    index = choose_namesake (run, GPOINTER_TO_INT (found) - 1, given, gender != 0 ? gender : name_gender);
  else if (g_utf8_strlen (key, -1) >= 5 && run->people.people->len < MAX_FUZZY_PEOPLE)
    {
      /* A misspelt surname: one letter off a known one of the same start. */
      for (guint i = 0; i < run->people.people->len && index < 0; i++)
        {
          QmFoundPerson *p = g_ptr_array_index (run->people.people, i);
          const char *space = p->organisation ? NULL : strrchr (p->name, ' ');
          const char *surname = space ? space + 1 : p->name;
          g_autofree char *other = NULL;

          if (p->organisation)
            continue;
          /* An ASCII first letter lower-cases to itself or its ASCII
           * lower case: most names are turned away before g_utf8_strdown(). */
          if ((guchar)surname[0] < 0x80 && g_ascii_tolower (surname[0]) != key[0])
            continue;
          other = strdown (surname, -1);
          if (strncmp (other, key, 2) == 0 && strlen (other) >= 5 && edit_distance_at_most_one (other, key) == 1 &&
              (given == NULL || g_ptr_array_index (run->people.given, i) == NULL ||
               share_given (g_ptr_array_index (run->people.given, i), given)))
            index = i;
        }
    }

  /* German news on Spanish or Portuguese names: "Camilo Restrepo Gaviria"
   * then "Restrepo" — a surname alone that no one has is the first of the
   * two surnames (the father's, by which one is known) that end the name
   * of a single person of three words or more */
  if (index < 0 && found == NULL && run->lang->verb_second && name_first == name_last &&
      run->people.people->len < MAX_FUZZY_PEOPLE)
    {
      int match = -1;

      for (guint i = 0; i < run->people.people->len && match != -2; i++)
        {
          QmFoundPerson *p = g_ptr_array_index (run->people.people, i);
          g_auto(GStrv) words = NULL;
          g_autofree char *second = NULL;
          guint nw;

          if (p->organisation)
            continue;
          words = g_strsplit (p->name, " ", -1);
          nw = g_strv_length (words);
          if (nw < 3 || !g_unichar_isupper (g_utf8_get_char (words[nw - 2])) ||
              !g_unichar_isupper (g_utf8_get_char (words[nw - 1])))
            continue;
          second = g_utf8_strdown (words[nw - 2], -1);
          if (strcmp (second, key) == 0)
            match = match == -1 ? (int)i : -2;
        }
      if (match >= 0)
        {
          g_hash_table_insert (run->people.by_key, g_strdup (key), GINT_TO_POINTER (match + 1));
          index = match;
        }
    }

  /* "his son, Robert, said …" then "Robert Finch said": a person known by
   * a given name alone (male-names, female-names) is the one of the full
   * name that opens with it; the surname joins the chain of its key */
  if (index < 0 && !run->lang->verb_second && surname_at == name_first + 1 && plain_name_word (tok_at (run, name_first)) &&
      (qm_lang_word_roles (run->lang, run->data + tok_at (run, name_first)->start,
                           tok_at (run, name_first)->end - tok_at (run, name_first)->start) &
       (QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME)))
    {
      g_autofree char *alone = surname_key (run, name_first);
      gpointer one = g_hash_table_lookup (run->people.by_key, alone);
      int i = one != NULL ? GPOINTER_TO_INT (one) - 1 : -1;

      if (i >= 0 && g_array_index (run->people.namesake, int, i) < 0 &&
          !((QmFoundPerson *)g_ptr_array_index (run->people.people, i))->organisation &&
          strchr (((QmFoundPerson *)g_ptr_array_index (run->people.people, i))->name, ' ') == NULL &&
          g_ptr_array_index (run->people.given, i) == NULL)
        {
          gpointer same = g_hash_table_lookup (run->people.by_key, key);

          if (same == NULL)
            {
              g_hash_table_insert (run->people.by_key, g_strdup (key), GINT_TO_POINTER (i + 1));
              index = i;
            }
          else
            {
              int j = GPOINTER_TO_INT (same) - 1;
              int chain = 1;

              while (g_array_index (run->people.namesake, int, j) >= 0)
                {
                  j = g_array_index (run->people.namesake, int, j);
                  chain++;
                }
              if (chain < MAX_NAMESAKES && j != i)
                {
                  g_array_index (run->people.namesake, int, j) = i;
                  index = i;
                }
            }
        }
    }

  if (index < 0)
    {
      index = person_add (run, key, name, role,
                          thing_named (run, first, name_first, name_last) ||
                          abstract_noun_named (run, name_first, name_last));
      g_ptr_array_index (run->people.given, index) = g_steal_pointer (&given);
      /* "Der Verein Blauweiß Talbach": an article right before a name
       * whose first word is no given name */
      g_array_index (run->people.articled, gboolean, index) =
        run->lang->verb_second && name_first == first + 1 && (tok_at (run, first)->words & QM_WORD_DETERMINER) &&
        !(tok_at (run, first)->flags & QM_TOK_POSSESSIVE) && !(tok_at (run, first)->words & QM_WORD_PRONOUN) &&
        !_qm_word_has_role (run, tok_at (run, name_first), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME);
      g_array_index (run->people.gender, guint, index) = gender != 0 ? gender : name_gender;
      role_gender (run, index, first, name_first);
      if (role_head >= 0)
        role_noun_gender (run, index, tok_at (run, role_head));
      person_mention (run, index, tok_at (run, first)->start, tok_at (run, last)->end,
                      strcmp (full, name) != 0 ? full : NULL);
      return index;
    }

  person = g_ptr_array_index (run->people.people, index);
  /* The fullest form of the name is the person's name. */
  if (strchr (name, ' ') != NULL && strlen (name) > strlen (person->name) &&
      g_str_has_suffix (name, person->name))
    {
      g_ptr_array_add (person->aliases, person->name);
      person->name = g_steal_pointer (&name);
    }
  else if (strchr (name, ' ') != NULL && strchr (person->name, ' ') == NULL)
    {
      g_ptr_array_add (person->aliases, person->name);
      person->name = g_steal_pointer (&name);
    }
  if (role != NULL && person->role == NULL)
    person->role = g_steal_pointer (&role);
  if (given != NULL)
    {
      char **known = (char **)&g_ptr_array_index (run->people.given, index);

      if (*known == NULL)
        *known = g_steal_pointer (&given);
      else
        {
          /* "Eva Maria Lund" after "Eva Lund": the new words join, while
           * the words known take less than 64 bytes */
          GString *all = g_string_new (*known);

          for (const char *w = given; w[1] != '\0' && all->len < 64; w = strchr (w + 1, ' '))
            {
              const char *end = strchr (w + 1, ' ');
              g_autofree char *word = g_strndup (w, end - w + 1);

              if (strstr (all->str, word) == NULL)
                g_string_append_len (all, w + 1, end - w);
            }
          g_free (*known);
          *known = g_string_free (all, FALSE);
        }
    }
  if (gender != 0 && g_array_index (run->people.gender, guint, index) == 0)
    g_array_index (run->people.gender, guint, index) = gender;
  role_gender (run, index, first, name_first);
  if (role_head >= 0)
    role_noun_gender (run, index, tok_at (run, role_head));
  person_mention (run, index, tok_at (run, first)->start, tok_at (run, last)->end,
                  name != NULL && strcmp (name, person->name) != 0 ? name : (strcmp (full, person->name) != 0 ? full : NULL));
  return index;
}

/* German: the person mentioned lately before byte @before whose name has
 * more than one word and whose first word ends in @noun ("Busunternehmen
 * Reisedienst Kaltenbach" for "unternehmen", "Gewerkschaft Verdi" for
 * "gewerkschaft") — or, for a noun of a company (company-nouns), in any
 * such noun ("Konzern Brammer Stahl" for "unternehmen") — or -1. */
static int
organisation_named_before (QmRun      *run,
                           const char *noun,
                           gsize       before)
{
  gsize len = strlen (noun);
  int best = -1;
  gsize best_seen = 0;
  gboolean company = qm_lang_ends_with (&run->lang->company_nouns, noun, len, 0);

  for (guint r = 0; r < G_N_ELEMENTS (run->people.recent); r++)
    {
      int i = recent_person (run, r);
      QmFoundPerson *person;
      g_autofree char *name = NULL;
      const char *space;
      gsize seen, first_len;

      if (i < 0)
        break;
      person = g_ptr_array_index (run->people.people, i);
      seen = g_array_index (run->people.last_seen, gsize, i);
      if (seen > before || (best >= 0 && seen < best_seen) || (space = strchr (person->name, ' ')) == NULL)
        continue;
      name = strdown (person->name, space - person->name);
      first_len = strlen (name);
      /* "der Konzern Brammer Stahl … das Unternehmen": a noun of a
       * company stands for any company so named, the nearest first */
      if ((first_len < len || strcmp (name + first_len - len, noun) != 0) &&
          !(company && person->organisation && qm_lang_ends_with (&run->lang->company_nouns, name, first_len, 0)))
        continue;
      best = i;
      best_seen = seen;
    }
  return best;
}

static int
resolve_organisation (QmRun *run,
                      int    first,
                      int    last)
{
  g_autofree char *full = tok_text (run, first, last);
  g_autofree char *key = NULL;
  int start = first, det_end;
  gpointer found;
  int index;

  while (start < last && (tok_at (run, start)->words & QM_WORD_DETERMINER))
    start++;
  det_end = start;
  /* German "die Kanzlei Stelzner & Wolf": after an article, the noun
   * before the names an ampersand joins is no part of the firm's name,
   * which is "Stelzner & Wolf" alone too */
  if (run->lang->verb_second && start > first && start + 3 <= last && (tok_at (run, start)->flags & QM_TOK_CAPITAL))
    for (int k = start + 2; k < last; k++)
      if (ampersand_join (run, k, last + 1))
        {
          g_free (full);
          full = tok_text (run, start++, last);
          det_end = -1;
          break;
        }
  /* "die Zeitung „Neue Stadt Heute“": the name is the quoted words */
  for (int k = start; k < last; k++)
    if (tok_at (run, k)->kind == QM_TOK_OPEN)
      {
        start = k + 1;
        det_end = -1;
      }
  {
    g_autofree char *text = tok_text (run, start, last);
    g_autofree char *lower = NULL;
    QmTok *t = tok_at (run, last);
    gsize n = t->end - t->start;

    /* German "nach Angaben des Verbands": the genitive's ending is no part
     * of the name of an organisation the language file lists ("Verband"),
     * which is one with "der Verband" */
    if (run->lang->verb_second && n > 4 && run->data[t->start + n - 1] == 's' &&
        !(qm_lang_lookup (run->lang, run->data + t->start, n) & QM_WORD_ORGANISATION))
      for (gsize cut = 1; cut <= 2; cut++)
        if ((cut == 1 || run->data[t->start + n - 2] == 'e') &&
            (qm_lang_lookup (run->lang, run->data + t->start, n - cut) & QM_WORD_ORGANISATION))
          {
            text[strlen (text) - cut] = '\0';
            det_end = -1;
            break;
          }
    /* "the city council" is no other name of "city council" */
    if (det_end > first)
      g_clear_pointer (&full, g_free);
    lower = strdown (text, -1);
    key = g_strconcat ("org:", lower, NULL);
    found = g_hash_table_lookup (run->people.by_key, key);
    if (found != NULL)
      index = GPOINTER_TO_INT (found) - 1;
    /* German "Das Busunternehmen Reisedienst Kaltenbach … in einer
     * Erklärung des Unternehmens": a definite article and the noun alone
     * are the one named lately whose first word ends in the noun */
    else if (run->lang->verb_second && first + 1 == last && start == last &&
             (tok_at (run, first)->words & QM_WORD_DEFINITE) && !(tok_at (run, first)->words & QM_WORD_PRONOUN) &&
             (index = organisation_named_before (run, lower, tok_at (run, first)->start)) >= 0)
      ;
    else
      index = person_add (run, key, text, NULL, TRUE);
  }
  person_mention (run, index, tok_at (run, first)->start, tok_at (run, last)->end, full);
  return index;
}

/* Whether token @k is a lower-case verb with a plural ending ("sagten"). */
static gboolean
plural_verb_at (QmRun *run,
                int    k)
{
  QmTok *t;

  if (k < 0 || k >= (int)run->toks->len)
    return FALSE;
  t = tok_at (run, k);
  return is_word (t) && (t->words & QM_WORD_VERB) && (t->flags & QM_TOK_LOWER) &&
         qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + t->start, t->end - t->start, 2);
}

/* The index of the token that starts at byte @start, or -1. */
static int
token_starting_at (QmRun *run,
                   gsize  start)
{
  int lo = 0, hi = (int)run->toks->len;

  while (lo < hi)
    {
      int mid = (lo + hi) / 2;

      if (tok_at (run, mid)->start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo < (int)run->toks->len && tok_at (run, lo)->start == start ? lo : -1;
}

/* German: "Der Bürgermeister von Cochem, Walter Schmitz, zeigte sich …" —
 * whether the name that starts at byte @start follows a comma that ends
 * the phrase opening its sentence, a capitalised definite article and a
 * few words without a comma, a mark or a verb of speech: the name is that
 * phrase's apposition, the sentence's subject. */
static gboolean
apposition_of_opening (QmRun *run,
                       gsize  start)
{
  int lo = token_starting_at (run, start), k;
  QmTok *first;

  if (lo < 3 ||
      tok_at (run, lo - 1)->kind != QM_TOK_PUNCT || tok_at (run, lo - 1)->first != ',')
    return FALSE;
  for (k = lo - 2; k > 0 && k > lo - 10; k--)
    {
      QmTok *t = tok_at (run, k - 1);

      if (t->kind != QM_TOK_WORD || t->mark >= 0 || (t->words & QM_WORD_VERB))
        break;
    }
  first = tok_at (run, k);
  if (k > 0 && !(tok_at (run, k - 1)->kind == QM_TOK_PUNCT &&
                 (tok_at (run, k - 1)->first == '.' || tok_at (run, k - 1)->first == '!' ||
                  tok_at (run, k - 1)->first == '?')) &&
      memchr (run->data + tok_at (run, k - 1)->end, '\n', first->start - tok_at (run, k - 1)->end) == NULL)
    return FALSE;
  return is_word (first) && first->mark < 0 && (first->flags & QM_TOK_CAPITAL) && (first->words & QM_WORD_DEFINITE) &&
         (first->words & QM_WORD_DETERMINER) && !(first->words & QM_WORD_PRONOUN) && k < lo - 2;
}

/* Whether the text before @start is a sentence's or a paragraph's start,
 * past a capitalised determiner at most: the mention there is a subject. */
/* German: whether the token at byte @start is an adverb with a capital
 * that may stand before a sentence's subject ("Auch", "Zudem"): no
 * determiner, pronoun, preposition, conjunction nor verb. */
static gboolean
capital_adverb_at (QmRun *run,
                   gsize  start)
{
  int k = run->lang->verb_second ? token_starting_at (run, start) : -1;
  QmTok *t = k >= 0 ? tok_at (run, k) : NULL;

  return t != NULL && is_word (t) && (t->flags & QM_TOK_CAPITAL) && (t->words & QM_WORD_ADVERB) &&
         !(t->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                       QM_WORD_COMPLEMENT | QM_WORD_VERB));
}

static gboolean
opens_sentence (QmRun *run,
                gsize  start)
{
  gsize p = start;
  const guchar *d = (const guchar *)run->data;

  while (p > 0 && run->data[p - 1] == ' ')
    p--;
  if (p > 0 && g_ascii_isalpha (run->data[p - 1]))
    {
      gsize w = p;

      while (w > 0 && g_ascii_isalpha (run->data[w - 1]))
        w--;
      /* German "Auch der Kämmerer Jürgen Pfaffenroth äußerte": a
       * determiner in lower case after a capitalised adverb */
      if (run->lang->verb_second && p - w <= 3 && g_ascii_islower (run->data[w]) && w > 1 && run->data[w - 1] == ' ' &&
          g_ascii_isalpha (run->data[w - 2]))
        {
          gsize v = w - 1;

          while (v > 0 && g_ascii_isalpha (run->data[v - 1]))
            v--;
          if (capital_adverb_at (run, v))
            w = v;
        }
      /* "Die", "Der", "Das": a short capitalised word alone; German "Auch
       * Jürgen Pfaffenroth äußerte": a capitalised adverb before the
       * subject */
      if (!g_ascii_isupper (run->data[w]) || (p - w > 3 && !capital_adverb_at (run, w)))
        return FALSE;
      p = w;
      while (p > 0 && run->data[p - 1] == ' ')
        p--;
    }
  if (run->lang->verb_second && p > 0 && run->data[p - 1] == ',' && apposition_of_opening (run, start))
    return TRUE;
  /* German "… teures Bad.“ Auch Jürgen …": a quotation that ended the
   * sentence before with its closing mark */
  if (run->lang->verb_second &&
      ((p >= 4 && d[p - 3] == 0xE2 && d[p - 2] == 0x80 && (d[p - 1] == 0x9C || d[p - 1] == 0x9D)) ||
       (p >= 3 && d[p - 2] == 0xC2 && (d[p - 1] == 0xAB || d[p - 1] == 0xBB)) || (p >= 2 && d[p - 1] == '"')))
    {
      gsize q = d[p - 1] == '"' ? p - 1 : d[p - 2] == 0xC2 ? p - 2 : p - 3;

      if (d[q - 1] == '.' || d[q - 1] == '!' || d[q - 1] == '?')
        return TRUE;
    }
  return p == 0 || run->data[p - 1] == '\n' || run->data[p - 1] == '.' || run->data[p - 1] == '!' ||
         run->data[p - 1] == '?' ||
         /* English: "At six, Tom Lund unties the rope" — after a fronted
          * phrase (German puts the verb there) */
         (!run->lang->verb_second && run->data[p - 1] == ',');
}

/* Whether the mention at byte @start comes right after a verb in lower
 * case in the current paragraph, a determiner at most between them:
 * German "…, mahnte Harper zu …", "Am Abend äußerte sich die Reederei". */
static gboolean
after_verb (QmRun *run,
            gsize  start)
{
  int k = token_starting_at (run, start);

  if (k < 0)
    return FALSE;
  k--;
  /* "stellte die Hafenmeisterin Greta Olsen …": a role before the name */
  if (k > 0 && is_word (tok_at (run, k)) && (tok_at (run, k)->words & QM_WORD_ROLE) && tok_at (run, k)->mark < 0)
    k--;
  if (k > 0 && is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
      (tok_at (run, k)->words & QM_WORD_DETERMINER) && !(tok_at (run, k)->words & QM_WORD_PREPOSITION))
    k--;
  /* "äußerte sich": a reflexive pronoun after the verb */
  if (k > 0 && is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
      (tok_at (run, k)->words & QM_WORD_PRONOUN) && (tok_at (run, k - 1)->words & QM_WORD_VERB))
    k--;
  return k >= 0 && is_word (tok_at (run, k)) && tok_at (run, k)->mark < 0 && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
         (tok_at (run, k)->words & QM_WORD_VERB) &&
         !(tok_at (run, k)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION));
}

/**
 * _qm_people_latest_subject:
 * @run: the analysis
 * @since: first byte to look at
 * @before: end of the bytes to look at
 *
 * German "Die Reederei Nordlicht äußerte sich am Abend. „…“, hieß es in
 * einer Mitteilung." — the person or organisation mentioned last in
 * [@since, @before) whose latest mention is a sentence's subject: it opens
 * the sentence or comes right after its verb (in the current paragraph).
 *
 * Returns: the person, or -1
 */
int
_qm_people_latest_subject (QmRun *run,
                           gsize  since,
                           gsize  before)
{
  int best = -1;
  gsize best_seen = 0;

  for (guint r = 0; r < G_N_ELEMENTS (run->people.recent); r++)
    {
      int i = recent_person (run, r);
      gsize seen;

      if (i < 0)
        break;
      seen = g_array_index (run->people.last_seen, gsize, i);
      if (seen < since || seen >= before || (best >= 0 && seen <= best_seen))
        continue;
      if (!opens_sentence (run, seen) &&
          !(run->toks->len > 0 && seen >= tok_at (run, 0)->start && after_verb (run, seen)))
        continue;
      best = i;
      best_seen = seen;
    }
  return best;
}

/* Whether the mention at @seen opens the paragraph's sentence right
 * before the one @start opens: one sentence end between them, no mark. */
static gboolean
just_before (QmRun *run,
             gsize  seen,
             gsize  start)
{
  guint ends = 0;
  gsize p = seen;

  if (seen < tok_at (run, 0)->start || seen >= start)
    return FALSE;
  /* the mention opens its sentence, not after a comma */
  while (p > tok_at (run, 0)->start && run->data[p - 1] == ' ')
    p--;
  if (p > tok_at (run, 0)->start && run->data[p - 1] != '.' && run->data[p - 1] != '!' && run->data[p - 1] != '?')
    return FALSE;
  for (p = seen; p < start; p++)
    {
      char c = run->data[p];

      if (c == '\n' || c == '"' || (guchar)c >= 0x80)
        return FALSE;
      if (c == '.' || c == '!' || c == '?')
        ends++;
    }
  return ends == 1;
}

/* German: "Lind sagte: „…“ ¶ Frau Berg besuchte die Schule. ¶ „…“, sagte
 * sie." — a person whose gender, told by a title or role ("Frau", "die
 * Ministerin"), is the pronoun's @gender and who opened a sentence after
 * the latest speaker's mention and before @before is the one meant, not
 * the latest speaker @speaker. Returns the person, or -1. */
static int
newer_subject_of_gender (QmRun *run,
                         guint  gender,
                         int    speaker,
                         gsize  before)
{
  gsize since = run->last_speaker_span.end > 0 ? (gsize)run->last_speaker_span.end : 0;
  int best = -1;
  gsize best_seen = 0;

  for (guint r = 0; r < G_N_ELEMENTS (run->people.recent); r++)
    {
      int i = recent_person (run, r);
      gsize seen;

      if (i < 0)
        break;
      seen = g_array_index (run->people.last_seen, gsize, i);
      if (i == speaker || seen < since || seen >= before || (best >= 0 && seen < best_seen) ||
          g_array_index (run->people.gender, guint, i) != gender ||
          ((QmFoundPerson *)g_ptr_array_index (run->people.people, i))->organisation || !opens_sentence (run, seen))
        continue;
      best = i;
      best_seen = seen;
    }
  return best;
}

/* German "Tom Lund stritt mit seinem Bruder Paul. Er sagte: „…“": the
 * pronoun @gender goes on with the sentence's subject, not with the one of
 * its gender named after the subject in the same sentence (@index, the
 * latest of them). The subject is a person of that gender, known as such,
 * whose latest mention opens the sentence of @index's latest mention.
 * Returns the subject, or @index. */
static int
subject_over_object (QmRun *run,
                     guint  gender,
                     int    index)
{
  gsize seen = g_array_index (run->people.last_seen, gsize, index);
  int best = index;
  gsize best_seen = 0;

  if (opens_sentence (run, seen))
    return index;
  for (guint r = 0; r < G_N_ELEMENTS (run->people.recent); r++)
    {
      int i = recent_person (run, r);
      gsize other;

      if (i < 0)
        break;
      other = g_array_index (run->people.last_seen, gsize, i);
      if (i == index || other >= seen || (best != index && other < best_seen) ||
          g_array_index (run->people.gender, guint, i) != gender ||
          ((QmFoundPerson *)g_ptr_array_index (run->people.people, i))->organisation ||
          ((QmFoundPerson *)g_ptr_array_index (run->people.people, i))->name[1] == '\0' ||
          !opens_sentence (run, other))
        continue;
      best = i;
      best_seen = other;
    }
  /* the subject's sentence must still be going on at @index's mention */
  for (gsize p = best_seen; best != index && p < seen; p++)
    if (run->data[p] == '.' || run->data[p] == '!' || run->data[p] == '?' || run->data[p] == '\n' ||
        run->data[p] == ':' || run->data[p] == ';')
      return index;
  return best;
}

/* Whether token @k is an affiliation-prepositions word in lower case: "a
 * spokesman *for* the ministry", "ein Sprecher *des* Ministeriums". */
static gboolean
affiliation_at (QmRun *run,
                int    k)
{
  QmTok *t;

  if (k < 0 || k >= (int)run->toks->len)
    return FALSE;
  t = tok_at (run, k);
  return is_word (t) && (t->flags & QM_TOK_LOWER) && _qm_word_has_role (run, t, QM_ROLE_AFFILIATION);
}

/* German: "Pressesprecher", "Polizeisprecher" — whether the capitalised
 * word @t ends in a role of affiliated-roles after a few letters; with
 * @organisation, only after an organisation (and a linking "s"):
 * "Polizeisprecher", "Regierungssprecher", not "Pressesprecher". */
static gboolean
affiliated_compound (QmRun    *run,
                     QmTok    *t,
                     gboolean  organisation)
{
  g_autofree char *w = NULL;
  gsize n = t->end - t->start;

  if (!run->lang->verb_second || !(t->flags & QM_TOK_CAPITAL) || n < 8 || n >= 64 ||
      !compound_title (run, run->data + t->start, n))
    return FALSE;
  w = strdown (run->data + t->start, n);
  n = strlen (w);
  for (gsize p = 3; p + 4 <= n; p++)
    {
      if (((guchar)w[p] & 0xC0) == 0x80 || !(qm_lang_word_roles (run->lang, w + p, n - p) & QM_ROLE_AFFILIATED))
        continue;
      if (!organisation || (qm_lang_lookup (run->lang, w, p) & QM_WORD_ORGANISATION) ||
          (w[p - 1] == 's' && (qm_lang_lookup (run->lang, w, p - 1) & QM_WORD_ORGANISATION)))
        return TRUE;
    }
  return FALSE;
}

/* "der Vorsitzende des Verbands, Hans Roth (SPD), sagte", "Her husband,
 * the retired pilot Tom Lund, said", "said the spokesman, Tom Berg." —
 * the person of the name in the apposition after a role that ends before
 * @e, past its genitives; -1 without one. */
static int
role_apposition (QmRun *run,
                 int    e)
{
  int n = (int)run->toks->len, end = e + 11;
  QmNp of;

  while (e < n && e < end && is_word (tok_at (run, e)) && (tok_at (run, e)->words & QM_WORD_DETERMINER) &&
         (tok_at (run, e)->flags & QM_TOK_LOWER) && _qm_np_right (run, e, n, &of))
    e = of.last + 1;
  /* German "Der Bürgermeister von Wendelau, Paul Roder (SPD), …", "Seine
   * Amtskollegin aus Norvania, Ilse Haak, …": the place or the
   * organisation after a preposition of affiliation or another one, no
   * article, and its genitives */
  if (run->lang->verb_second && e + 1 < n && e < end && is_word (tok_at (run, e)) && (tok_at (run, e)->flags & QM_TOK_LOWER) &&
      !(tok_at (run, e)->words & QM_WORD_DETERMINER) &&
      (_qm_word_has_role (run, tok_at (run, e), QM_ROLE_AFFILIATION) || (tok_at (run, e)->words & QM_WORD_PREPOSITION)) &&
      (((tok_at (run, e + 1)->flags & QM_TOK_CAPITAL) && _qm_np_right (run, e + 1, n, &of) &&
        (of.kind == QM_NP_NAME || of.kind == QM_NP_ORGANISATION)) ||
       /* "Der Leiter der Feuerwehr in der Provinz Varna, Jan Roth, …": an
        * article after the preposition */
       (e + 2 < n && (tok_at (run, e)->words & QM_WORD_PREPOSITION) && is_word (tok_at (run, e + 1)) &&
        (tok_at (run, e + 1)->flags & QM_TOK_LOWER) && (tok_at (run, e + 1)->words & QM_WORD_DETERMINER) &&
        !(tok_at (run, e + 1)->words & QM_WORD_PRONOUN) && (tok_at (run, e + 2)->flags & QM_TOK_CAPITAL) &&
        _qm_np_right (run, e + 1, n, &of) && of.kind != QM_NP_PRONOUN && of.kind != QM_NP_NONE)))
    {
      e = of.last + 1;
      while (e < n && e < end && is_word (tok_at (run, e)) && (tok_at (run, e)->words & QM_WORD_DETERMINER) &&
             (tok_at (run, e)->flags & QM_TOK_LOWER) && _qm_np_right (run, e, n, &of))
        e = of.last + 1;
    }
  /* German "Dessen Präsident, der Oberbürgermeister von Kassel, Thorsten
   * Weibel, sagte": a second role in commas (an article in lower case, a
   * role and a few words, no verb) before the name */
  if (run->lang->verb_second && e + 4 < n && tok_at (run, e)->kind == QM_TOK_PUNCT &&
      run->data[tok_at (run, e)->start] == ',' && is_word (tok_at (run, e + 1)) &&
      (tok_at (run, e + 1)->flags & QM_TOK_LOWER) && (tok_at (run, e + 1)->words & QM_WORD_DEFINITE) &&
      !(tok_at (run, e + 1)->words & QM_WORD_PRONOUN) && is_word (tok_at (run, e + 2)) &&
      (tok_at (run, e + 2)->words & (QM_WORD_ROLE | QM_WORD_TITLE)) && (tok_at (run, e + 2)->flags & QM_TOK_CAPITAL))
    {
      int c = e + 3;

      while (c < n && c < e + 9 && is_word (tok_at (run, c)) && tok_at (run, c)->mark < 0 &&
             !(tok_at (run, c)->words & QM_WORD_VERB))
        c++;
      if (c + 1 < n && c < e + 9 && tok_at (run, c)->kind == QM_TOK_PUNCT && run->data[tok_at (run, c)->start] == ',' &&
          _qm_np_right (run, c + 1, n, &of) && of.kind == QM_NP_NAME)
        e = c;
    }
  if (e + 2 < n && tok_at (run, e)->kind == QM_TOK_PUNCT && run->data[tok_at (run, e)->start] == ',' &&
      ((_qm_np_right (run, e + 1, n, &of) && of.kind == QM_NP_NAME) ||
       /* "The jury president, actress Laura Benedetti, said" */
       (!run->lang->verb_second && e + 3 < n && is_word (tok_at (run, e + 1)) &&
        (tok_at (run, e + 1)->flags & QM_TOK_LOWER) && (tok_at (run, e + 1)->words & QM_WORD_ROLE) &&
        _qm_np_right (run, e + 2, n, &of) && of.kind == QM_NP_NAME)) &&
      of.last + 1 < n)
    {
      int c = of.last + 1;

      /* "(SPD)" */
      if (tok_at (run, c)->kind == QM_TOK_PUNCT && run->data[tok_at (run, c)->start] == '(')
        while (c < n && c < of.last + 6 && !(tok_at (run, c)->kind == QM_TOK_PUNCT && run->data[tok_at (run, c)->start] == ')'))
          c++;
      if (c + 1 < n && tok_at (run, c)->kind == QM_TOK_PUNCT && run->data[tok_at (run, c)->start] == ')')
        c++;
      /* German "sagte der Sprecher der Initiative, Bernd Osterwald: „…“":
       * a colon ends the apposition too */
      if (c < n && tok_at (run, c)->kind == QM_TOK_PUNCT &&
          (tok_at (run, c)->first == ',' || tok_at (run, c)->first == '.' ||
           (run->lang->verb_second && tok_at (run, c)->first == ':')))
        return resolve_name (run, of.first, of.last);
    }
  return -1;
}

/* German: the gender a name phrase [@first, @last] tells by an honorific,
 * a given name (male-names, female-names) or a person known by its
 * surname, or 0. */
static guint
name_phrase_gender (QmRun *run,
                    int    first,
                    int    last,
                    int   *start)
{
  int name_first = split_title (run, first, last);
  g_autofree char *key = NULL;
  gpointer found;
  guint gender;

  *start = first;
  if (name_first > last)
    return 0;
  gender = title_gender (run, first, name_first);
  if (gender != 0)
    return gender;
  /* "am Nachmittag Sabine Sommer": capitalised nouns before a given name
   * are no part of the name, which starts there */
  for (int i = name_first; i < last && plain_name_word (tok_at (run, i)); i++)
    {
      QmWordRole roles = qm_lang_word_roles (run->lang, run->data + tok_at (run, i)->start,
                                             tok_at (run, i)->end - tok_at (run, i)->start);

      if (roles & (QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME))
        {
          if (i > name_first)
            *start = i;
          return (roles & QM_ROLE_MALE_NAME) ? QM_WORD_MALE : QM_WORD_FEMALE;
        }
    }
  key = surname_key (run, last);
  found = g_hash_table_lookup (run->people.by_key, key);
  return found != NULL ? g_array_index (run->people.gender, guint, GPOINTER_TO_INT (found) - 1) : 0;
}

/* German: "Die Staatsanwältin Tina Wendt forderte Haft. Die Angeklagte
 * schwieg. Dann sagte sie: „…“" — a role with no name after a definite
 * article of the pronoun's @gender that opens a sentence of the paragraph
 * before token @before, after the latest mention of person @index, is
 * the one the pronoun means. Sets @role_person to the person known by
 * that role, or -1 for someone no name is known of, and returns TRUE. */
static gboolean
unnamed_role_between (QmRun *run,
                      int    before,
                      int    index,
                      guint  gender,
                      int   *role_person)
{
  gsize seen = g_array_index (run->people.last_seen, gsize, index);
  int lo = MAX (1, before - 60);

  for (int k = before - 2; k >= lo; k--)
    {
      QmTok *art = tok_at (run, k - 1), *role = tok_at (run, k), *next = tok_at (run, k + 1);
      g_autofree char *head = NULL;
      guint role_gender;

      if (role->start < seen)
        break;
      if (!is_word (role) || !(role->flags & QM_TOK_CAPITAL) || !(role->words & QM_WORD_ROLE) ||
          (role->words & QM_WORD_ORGANISATION) || role->mark >= 0 || !is_word (art) || !(art->words & QM_WORD_DEFINITE) ||
          (art->words & QM_WORD_OBLIQUE) || article_gender (run, art) != gender || !is_word (next) ||
          !(next->flags & QM_TOK_LOWER) || next->mark >= 0 || plural_verb_at (run, k + 1) ||
          !opens_sentence (run, art->start))
        continue;
      role_gender = role_word_gender (run, role);
      if (role_gender != 0 && role_gender != gender)
        continue;
      head = strdown (run->data + role->start, role->end - role->start);
      *role_person = person_recent (run, gender, head, art->start);
      return TRUE;
    }
  return FALSE;
}

/* German "Am Abend sprach Berg …", "In Kassel kam Berg …": whether token
 * @at follows a verb in lower case right after a phrase of a capitalised
 * preposition that opens the sentence (a determiner, adjectives in lower
 * case and one capitalised noun), no earlier than token @lo: the verb
 * second, the subject after it. */
static gboolean
after_fronted_phrase (QmRun *run,
                      int    lo,
                      int    at)
{
  int v = at - 1;
  int p;
  QmTok *t;

  if (!run->lang->verb_second || v - 2 < lo || !is_word (tok_at (run, v)) || !(tok_at (run, v)->flags & QM_TOK_LOWER) ||
      tok_at (run, v)->mark >= 0 ||
      (tok_at (run, v)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_PRONOUN |
                                 QM_WORD_COMPLEMENT | QM_WORD_CONNECTOR)))
    return FALSE;
  /* the noun of the phrase, capitalised */
  t = tok_at (run, v - 1);
  if (!is_word (t) || !(t->flags & QM_TOK_CAPITAL) || t->mark >= 0 || (t->words & QM_WORD_PREPOSITION))
    return FALSE;
  for (p = v - 2; p >= lo && p >= v - 4; p--)
    {
      t = tok_at (run, p);
      if (!is_word (t) || t->mark >= 0)
        return FALSE;
      if ((t->words & QM_WORD_PREPOSITION) && (t->flags & QM_TOK_CAPITAL))
        return !(t->words & QM_WORD_CONNECTOR) && opens_sentence (run, t->start);
      if (!(t->flags & QM_TOK_LOWER) || (t->words != 0 && !(t->words & QM_WORD_DETERMINER)) ||
          (t->words & (QM_WORD_PRONOUN | QM_WORD_VERB)))
        return FALSE;
    }
  return FALSE;
}

/* German: "Jonas Hartmann traf Claudia Weber. Diese sagte: „…“" — the
 * person of @gender named last in the paragraph before token @before,
 * within a few sentences, also one named only as an object, whom this
 * registers; or -1. */
static int
named_before (QmRun *run,
              int    before,
              guint  gender)
{
  int lo = MAX (0, before - 80);

  for (int k = before - 1; k >= lo; k--)
    {
      QmNp np, listed;
      int f, start, index;

      if (!is_name_word (tok_at (run, k)) || !_qm_np_left (run, lo, k, &np))
        continue;
      k = np.first;
      if (np.kind != QM_NP_NAME || name_phrase_gender (run, np.first, np.last, &start) != gender)
        continue;
      /* a name of no known gender only as a sentence's subject: "Berg
       * hatte Fehler eingeräumt. Er sagte …", also after the verb that
       * follows a fronted phrase of a preposition ("Am Abend sprach Berg
       * vor der Presse. Er sagte …") */
      if (gender == 0 && ((tok_at (run, np.first)->words & QM_WORD_DETERMINER) ||
                          (!opens_sentence (run, tok_at (run, np.first)->start) &&
                           !after_fronted_phrase (run, lo, np.first)) ||
                          np.last + 1 >= before ||
                          !is_word (tok_at (run, np.last + 1)) || !(tok_at (run, np.last + 1)->flags & QM_TOK_LOWER)))
        continue;
      /* German "Menschen kamen nicht zu Schaden.": one word before a verb
       * of the plural (plural-verb-endings) is many, no one */
      if (gender == 0 && np.first == np.last && run->lang->plural_verb_endings.list != NULL &&
          !(tok_at (run, np.last + 1)->words & (QM_WORD_ADVERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)) &&
          qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + tok_at (run, np.last + 1)->start,
                             tok_at (run, np.last + 1)->end - tok_at (run, np.last + 1)->start, 2))
        continue;
      /* "zusammen mit Tom Berg und Michael Collins", "zu Ehren von Alfred
       * Nobel": a name after a preposition, or in a list after one, is
       * named in passing */
      f = start;
      while (f - 2 >= lo && is_word (tok_at (run, f - 1)) && (tok_at (run, f - 1)->words & QM_WORD_CONJUNCTION) &&
             (tok_at (run, f - 1)->flags & QM_TOK_LOWER) && is_name_word (tok_at (run, f - 2)) &&
             _qm_np_left (run, lo, f - 2, &listed) && listed.first < f - 1)
        f = listed.first;
      if (f > 0 && is_word (tok_at (run, f - 1)) && (tok_at (run, f - 1)->words & QM_WORD_PREPOSITION) &&
          (tok_at (run, f - 1)->flags & QM_TOK_LOWER))
        continue;
      /* German "Am Abend sprach Ortega …": a capitalised preposition that
       * opens the sentence makes a phrase of time or place of the noun
       * after it, no one's name */
      if (run->lang->verb_second && f > 0 && is_word (tok_at (run, f - 1)) &&
          (tok_at (run, f - 1)->words & QM_WORD_PREPOSITION) && (tok_at (run, f - 1)->flags & QM_TOK_CAPITAL) &&
          !(tok_at (run, f - 1)->words & QM_WORD_CONNECTOR) && opens_sentence (run, tok_at (run, f - 1)->start))
        continue;
      if ((index = resolve_name (run, start, np.last)) >= 0)
        return index;
    }
  return -1;
}

/* German "Die Reporterin fragte den Minister Tom Berg nach den Kosten. Die
 * Antwort: „…“": an answer noun after a definite article is the word of
 * the one asked, the object of the latest asking verb in the paragraph
 * before @before (after the subject, when the verb comes first: "Dann
 * fragte die Reporterin den Minister"). Returns the person, or -1. */
static int
asked_one (QmRun *run,
           int    before)
{
  int lo = MAX (0, before - 60);

  for (int k = before - 1; k >= lo; k--)
    {
      QmTok *v = tok_at (run, k);
      QmNp obj, next;

      if (!is_word (v) || !(v->flags & QM_TOK_LOWER) || !_qm_word_has_role (run, v, QM_ROLE_ASKING_VERB))
        continue;
      if (!_qm_np_right (run, k + 1, before, &obj))
        return -1;
      /* the subject after the verb, the one asked after it */
      if (obj.kind != QM_NP_PRONOUN && !(tok_at (run, obj.first)->words & QM_WORD_OBLIQUE) &&
          obj.last + 1 < before && (tok_at (run, obj.last + 1)->words & QM_WORD_DETERMINER) &&
          !(tok_at (run, obj.last + 1)->words & QM_WORD_PRONOUN) &&
          _qm_np_right (run, obj.last + 1, before, &next))
        obj = next;
      if (obj.kind != QM_NP_NAME && obj.kind != QM_NP_ROLE && obj.kind != QM_NP_PRONOUN)
        return -1;
      return _qm_people_resolve (run, &obj, 0);
    }
  return -1;
}

/* "a spokesman for the ministry", "the ministry spokesman", "an official
 * at the Harbour Authority", "ein Sprecher des Ministeriums", "ein
 * Polizeisprecher": someone described by a role and the organisation
 * whose the role is, without a name. Each role and organisation is one
 * person (key "desc:role|organisation"), named by the role and the
 * organisation as first written, whom the same role and organisation find
 * again in either order; a person named before with that role and
 * organisation ("Police spokesman Tom Berg") is found too, and a name in
 * apposition is the person. Returns the person, or -1 when the phrase is
 * no such description (no organisation, a group, a given name in it). */
static int
resolve_described (QmRun      *run,
                   const QmNp *np)
{
  int n = (int)run->toks->len;
  int h = -1, org_first = -1, org_last = -1, from, to, index;
  QmTok *ft = tok_at (run, np->first), *ht;
  g_autofree char *head = NULL;
  g_autofree char *org = NULL;
  g_autofree char *key = NULL;
  g_autofree char *name = NULL;
  gpointer found;
  QmFoundPerson *person;
  gboolean affiliated;
  gboolean owned = FALSE;
  QmNp of;

  for (int i = np->first; i <= np->last && h < 0; i++)
    {
      QmTok *t = tok_at (run, i);

      /* "der Regierungssprecher", "ein Pressesprecher des Vereins": a
       * compound is a title */
      if (is_word (t) && !(t->flags & QM_TOK_POSSESSIVE) &&
          ((t->words & QM_WORD_ROLE) || (run->lang->verb_second && (t->words & QM_WORD_TITLE))) &&
          (i == np->last || affiliation_at (run, i + 1)))
        h = i;
    }
  if (h < 0)
    return -1;
  /* "a spokesman", "ein Pressesprecher"; not "the Florida senator" */
  affiliated = _qm_word_has_role (run, tok_at (run, h), QM_ROLE_AFFILIATED) || affiliated_compound (run, tok_at (run, h), FALSE);
  /* German: "der Präsident der Vereinigten Staaten" reads as a title and
   * a name; it is a role and its organisation, one named before with that
   * role or one described so */
  if (!affiliated && !(run->lang->verb_second && np->kind == QM_NP_NAME && h < np->last && affiliation_at (run, h + 1) &&
                       np->last - h <= 3))
    return -1;
  ht = tok_at (run, h);
  /* "Tom Berg's spokesman": a name of capitals in the possessive before
   * the role owns it, as a determiner would */
  for (int i = np->first; i < h && !owned; i++)
    {
      QmTok *t = tok_at (run, i);

      if (!is_word (t) || !(t->flags & QM_TOK_CAPITAL))
        break;
      owned = (t->flags & QM_TOK_POSSESSIVE) != 0;
    }
  /* "officials at the ministry", "aides said": a group is no one person */
  if (!run->lang->verb_second &&
      ((!(ft->words & QM_WORD_DETERMINER) && !owned) ||
       qm_lang_ends_with (&run->lang->plural_endings, run->data + ht->start, ht->end - ht->start, 0)))
    return -1;
  if (affiliation_at (run, h + 1))
    {
      int o = (tok_at (run, h + 1)->words & QM_WORD_DETERMINER) ? h + 1 : h + 2;

      if (!_qm_np_right (run, o, n, &of) || of.kind == QM_NP_PRONOUN || of.kind == QM_NP_NONE)
        {
          /* "for the city": a determiner and a plain noun, the last
           * ("for the city council" is the council's) */
          if (run->lang->verb_second || o + 1 >= n || !is_word (tok_at (run, o)) ||
              !(tok_at (run, o)->words & QM_WORD_DETERMINER) || (tok_at (run, o)->words & QM_WORD_PRONOUN) ||
              !is_word (tok_at (run, o + 1)) || !(tok_at (run, o + 1)->flags & QM_TOK_LOWER) || tok_at (run, o + 1)->words != 0 ||
              (o + 2 < n && is_word (tok_at (run, o + 2)) && (tok_at (run, o + 2)->flags & QM_TOK_LOWER) &&
               tok_at (run, o + 2)->words == 0))
            return -1;
          of.first = o;
          of.last = o + 1;
          of.kind = QM_NP_ORGANISATION;
        }
      if (of.last < np->last)
        return -1;
      org_first = o;
      org_last = of.last;
      /* "der Sprecher der Partei Max Lund": a person's name is in it */
      for (int i = o; i <= org_last; i++)
        if (tok_at (run, i)->flags & QM_TOK_CAPITAL &&
            _qm_word_has_role (run, tok_at (run, i), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME))
          return -1;
    }
  else if (h == np->last && !run->lang->verb_second)
    {
      /* "a ministry spokesman", "an Acme spokesman" */
      for (int j = np->first; j < h && org_first < 0; j++)
        {
          QmTok *t = tok_at (run, j);

          if (!is_word (t) || ((t->words & QM_WORD_DETERMINER) && !(t->flags & QM_TOK_POSSESSIVE)))
            continue;
          if ((t->words & QM_WORD_ORGANISATION) ||
              ((t->flags & QM_TOK_CAPITAL) && !(t->words & (QM_WORD_TITLE | QM_WORD_NOT_NAME))))
            {
              org_first = j;
              org_last = h - 1;
            }
        }
      /* "the prime minister’s spokesman": the possessor is whose */
      if (org_first < 0 && h - 1 >= np->first && (tok_at (run, h - 1)->flags & QM_TOK_POSSESSIVE) && is_word (tok_at (run, h - 1)))
        {
          org_first = np->first;
          while (org_first < h - 1 && (tok_at (run, org_first)->words & QM_WORD_DETERMINER))
            org_first++;
          org_last = h - 1;
        }
    }
  else if (h == np->last && affiliated_compound (run, ht, TRUE))
    org_first = org_last = h;
  /* "said the spokeswoman, Keisha Lund.", "“…,” the spokesman, Tom
   * Berg, said": no organisation, but the name in apposition is the
   * person */
  if (org_first < 0 && h == np->last && !run->lang->verb_second && (index = role_apposition (run, np->last + 1)) >= 0)
    {
      role_noun_gender (run, index, ht);
      return index;
    }
  if (org_first < 0)
    return -1;
  /* "a spokesman for the ministry, Tom Berg, said": Tom Berg */
  if ((index = role_apposition (run, MAX (org_last, np->last) + 1)) >= 0)
    {
      role_noun_gender (run, index, ht);
      return index;
    }
  /* "Präsident Tom Lund … der Präsident der Vereinigten Staaten" */
  if (!affiliated)
    {
      g_autofree char *role_word = strdown (run->data + ht->start, ht->end - ht->start);

      if ((index = person_recent (run, role_word_gender (run, ht), role_word, ft->start)) >= 0)
        {
          person_mention (run, index, ft->start, tok_at (run, np->last)->end, NULL);
          return index;
        }
    }

  from = np->first;
  while (from < h && (tok_at (run, from)->words & QM_WORD_DETERMINER) && !(tok_at (run, from)->flags & QM_TOK_POSSESSIVE))
    from++;
  to = MAX (h, org_last);
  name = tok_text (run, from, to);
  head = strdown (run->data + ht->start, ht->end - ht->start);
  {
    int o = org_first;
    g_autofree char *text = NULL;

    while (o < org_last && (tok_at (run, o)->words & QM_WORD_DETERMINER))
      o++;
    text = tok_text (run, o, org_last);
    org = strdown (text, -1);
  }
  key = g_strconcat ("desc:", head, "|", org, NULL);
  found = g_hash_table_lookup (run->people.by_key, key);
  if (found != NULL)
    index = GPOINTER_TO_INT (found) - 1;
  else
    {
      /* "Police spokesman Tom Berg said …. The police spokesman added" */
      index = person_recent (run, role_word_gender (run, ht), head, ft->start);
      if (index >= 0)
        {
          QmFoundPerson *p = g_ptr_array_index (run->people.people, index);
          g_autofree char *role = strdown (p->role, -1);
          g_autofree char *pname = strdown (p->name, -1);

          /* "spokesman Tom Berg …. The congressman’s spokesman": a
           * definite description finds one whose role tells no
           * organisation; "Acme's spokesman …. The minister's
           * spokesman": not one described with another */
          if (strstr (role, org) == NULL &&
              (!(strcmp (role, head) == 0 && (ft->words & QM_WORD_DETERMINER) &&
                 (ft->words & (QM_WORD_DEFINITE | QM_WORD_PRONOUN))) ||
               (strstr (pname, head) != NULL && strstr (pname, org) == NULL)))
            index = -1;
        }
    }
  if (index < 0)
    {
      g_autofree char *role = org_first > h ? tok_text (run, from, h) : tok_text (run, h, h);

      index = person_add (run, key, name, role, FALSE);
      g_array_index (run->people.gender, guint, index) = role_word_gender (run, ht);
    }
  person = g_ptr_array_index (run->people.people, index);
  /* the other order ("ministry spokesman") is an alias of a description;
   * a named person keeps the names alone */
  person_mention (run, index, ft->start, tok_at (run, np->last)->end,
                  found != NULL && strcmp (name, person->name) != 0 ? name : NULL);
  return index;
}

/* German: whether the capitalised noun at @k surely names a thing or a
 * place, no person: no role, title or known person's surname, after a
 * neuter article (neuter-articles: "das neue Klärwerk") or after a place
 * preposition (place-prepositions: "im Rathaus", "in der Halle", "in
 * Borna"), adjectives in lower case between them. */
static gboolean
thing_noun (QmRun *run,
            int    lo,
            int    k)
{
  QmTok *t = tok_at (run, k);
  g_autofree char *key = NULL;
  int j = k - 1;

  if (!(run->lang->roles_listed & QM_ROLE_NEUTER_ARTICLE) || (t->words & (QM_WORD_ROLE | QM_WORD_TITLE)) ||
      _qm_word_has_role (run, t, QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME))
    return FALSE;
  key = surname_key (run, k);
  if (g_hash_table_lookup (run->people.by_key, key) != NULL)
    return FALSE;
  while (j >= lo && j > k - 4 && is_word (tok_at (run, j)) && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
         tok_at (run, j)->mark < 0 && tok_at (run, j)->words == 0)
    j--;
  if (j < lo || !is_word (tok_at (run, j)) || !(tok_at (run, j)->flags & QM_TOK_LOWER) || tok_at (run, j)->mark >= 0)
    return FALSE;
  if (_qm_word_has_role (run, tok_at (run, j), QM_ROLE_NEUTER_ARTICLE))
    return TRUE;
  /* "in der Halle": past the article */
  if ((tok_at (run, j)->words & QM_WORD_DETERMINER) && !(tok_at (run, j)->words & QM_WORD_PRONOUN) && j - 1 >= lo &&
      is_word (tok_at (run, j - 1)) && (tok_at (run, j - 1)->flags & QM_TOK_LOWER))
    j--;
  return _qm_word_has_role (run, tok_at (run, j), QM_ROLE_PLACE_PREPOSITION);
}

/* German: "… traf Claudia Weber. Diese sagte: „…“", "… traf die
 * Ministerin. Diese sagte" — a demonstrative at token @at stands for the
 * phrase of its @gender that ends with the last noun before it, a name or
 * a role, when that is in the paragraph; the person, or -1 (also when the
 * last noun is of the other gender or names no one: "die Anzeige eines
 * Detektivs. Dieser …" is the detective, whom no one knows). */
static int
demonstrative_referent (QmRun *run,
                        int    at,
                        guint  gender)
{
  int lo = MAX (0, at - 60);
  int k = at - 1;
  int start;
  QmNp np;

  while (k >= lo && k > at - 8 && (tok_at (run, k)->kind == QM_TOK_PUNCT || (tok_at (run, k)->flags & QM_TOK_LOWER)) &&
         tok_at (run, k)->mark < 0 && tok_at (run, k)->kind != QM_TOK_OPEN && tok_at (run, k)->kind != QM_TOK_CLOSE)
    k--;
  if (k < lo || !is_word (tok_at (run, k)) || !(tok_at (run, k)->flags & QM_TOK_CAPITAL) || !_qm_np_left (run, lo, k, &np))
    return -1;
  /* "… besuchte das neue Klärwerk. Dieser sagte", "… traf sie im Rathaus.
   * Diese sagte": a noun that surely names no one stands for no one; the
   * person of that gender named last does */
  if (thing_noun (run, lo, k))
    return person_recent (run, gender, NULL, tok_at (run, at)->start);
  for (int i = np.first; i <= np.last; i++)
    if ((tok_at (run, i)->flags & QM_TOK_LOWER) && !(tok_at (run, i)->words & QM_WORD_DETERMINER))
      return -1;
  if (np.kind == QM_NP_NAME && name_phrase_gender (run, np.first, np.last, &start) == gender)
    return resolve_name (run, start, np.last);
  if (np.kind == QM_NP_ROLE && (tok_at (run, np.last)->words & QM_WORD_ROLE) &&
      role_word_gender (run, tok_at (run, np.last)) == gender)
    {
      g_autofree char *head = strdown (run->data + tok_at (run, np.last)->start,
                                       tok_at (run, np.last)->end - tok_at (run, np.last)->start);

      return person_recent (run, gender, head, tok_at (run, np.last)->end);
    }
  return -1;
}

/**
 * _qm_people_first:
 * @run: the analysis
 * @before: a byte offset
 *
 * The one an interview is with: "Q&A with Vice President Tom Lund" ¶ "Tom
 * Lund spent Thursday in …" ¶ "Q: …".  Called once an article.
 *
 * Returns: the person (no organisation, no single letter) mentioned first,
 * before @before, or -1
 */
int
_qm_people_first (QmRun *run,
                  gsize  before)
{
  int best = -1;
  gssize best_start = G_MAXSSIZE;

  for (guint i = 0; i < run->people.people->len; i++)
    {
      QmFoundPerson *person = g_ptr_array_index (run->people.people, i);

      /* the interviewer named before the questions is not the one they
       * ask */
      if (person->organisation || person->name[1] == '\0' || (int)i == run->interviewer)
        continue;
      for (guint m = 0; m < person->mentions->len; m++)
        {
          QmSpan s = g_array_index (person->mentions, QmSpan, m);

          if (s.start >= 0 && s.start < best_start && (gsize)s.start < before)
            {
              best = (int)i;
              best_start = s.start;
            }
        }
    }
  return best;
}

/* German: whether the word of the role at token @at was written before it
 * within @reach tokens ("Lisa Kern, Sprecherin der Feuerwehr, …
 * sagte die Sprecherin"): someone was given that role. */
static gboolean
role_word_before (QmRun *run,
                  int    at,
                  int    reach)
{
  QmTok *t = tok_at (run, at);
  gsize n = t->end - t->start;

  for (int k = at - 2; k >= 0 && k >= at - reach; k--)
    {
      QmTok *o = tok_at (run, k);

      if (is_word (o) && o->end - o->start == n && memcmp (run->data + o->start, run->data + t->start, n) == 0)
        return TRUE;
    }
  return FALSE;
}

/**
 * _qm_people_resolve:
 * @run: the analysis
 * @np: a speaker phrase in run->toks
 * @sentence_start: first token of its sentence
 *
 * Finds or creates the person a phrase refers to; pronouns and role nouns
 * go to the latest matching person.
 *
 * Returns: the index of the person in run->people, or -1
 */
int
_qm_people_resolve (QmRun      *run,
                    const QmNp *np,
                    int         sentence_start)
{
  QmTok *first = tok_at (run, np->first);
  QmTok *last = tok_at (run, np->last);
  int index = -1;

  if (first->start >= run->byline_start && last->end <= run->byline_end)
    return -1;
  /* German "sagte die 46-jährige Juristin": a definite article, an age in
   * lower case and a noun tell of someone named before — of the role, if
   * someone has it, or else the latest person of the article's gender —
   * unless the age was told before of someone described ("ein
   * 46-jähriger Autofahrer"), whom the phrase describes again and no one
   * named is, whatever its noun ("der 46-jährige Radfahrer") */
  if (run->lang->verb_second && np->last == np->first + 2 && (first->words & QM_WORD_DEFINITE) &&
      (first->flags & QM_TOK_LOWER) && age_adjective (run, tok_at (run, np->first + 1)) &&
      (last->flags & QM_TOK_CAPITAL) && !(last->words & QM_WORD_ORGANISATION) &&
      (run->lang->roles_listed & QM_ROLE_FEMALE_ARTICLE) && age_described_before (run, tok_at (run, np->first + 1)))
    return -1;
  if (run->lang->verb_second && np->last == np->first + 2 && (first->words & QM_WORD_DEFINITE) &&
      (first->flags & QM_TOK_LOWER) && age_adjective (run, tok_at (run, np->first + 1)) &&
      (last->flags & QM_TOK_CAPITAL) && !(last->words & (QM_WORD_TITLE | QM_WORD_ORGANISATION)) &&
      (run->lang->roles_listed & QM_ROLE_FEMALE_ARTICLE))
    {
      g_autofree char *head = strdown (run->data + last->start, last->end - last->start);
      guint gender = article_gender (run, first);

      index = person_recent (run, gender, head, first->start);
      if (index < 0)
        index = person_recent (run, gender, NULL, first->start);
      if (index >= 0)
        {
          person_mention (run, index, first->start, last->end, NULL);
          return index;
        }
    }
  /* a role and its organisation: "a spokesman for the ministry" ("ein
   * Sprecher der Gewerkschaft" reads as a title and a name) */
  if ((np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION ||
       (np->kind == QM_NP_NAME && run->lang->verb_second)) &&
      (np->words & (QM_WORD_ROLE | QM_WORD_TITLE)) && (index = resolve_described (run, np)) >= 0)
    return index;

  /* German "„…“, sagte von Hasselt.": a name right after a verb that
   * opens with a name connector in lower case (_qm_np_right()) is the
   * known person of its surname */
  if (run->lang->verb_second && np->kind == QM_NP_NAME && np->last > np->first && (first->flags & QM_TOK_LOWER) &&
      (first->words & QM_WORD_CONNECTOR) && !(first->words & QM_WORD_DETERMINER) && np->first > 0 &&
      is_word (tok_at (run, np->first - 1)) &&
      (tok_at (run, np->first - 1)->flags & QM_TOK_LOWER) && (tok_at (run, np->first - 1)->words & QM_WORD_VERB) &&
      known_surname (run, np->last))
    {
      g_autofree char *key = surname_key (run, np->last);

      index = GPOINTER_TO_INT (g_hash_table_lookup (run->people.by_key, key)) - 1;
      if (index >= 0)
        person_mention (run, index, first->start, last->end, NULL);
      return index;
    }

  /* German "Diese betonte: „…“", "Dieser sagte, …": a demonstrative alone
   * before a verb in the singular stands for the person of its gender
   * named last, often the one just named as an object */
  if (run->lang->verb_second && np->first == np->last && (first->flags & QM_TOK_CAPITAL) &&
      (run->lang->roles_listed & QM_ROLE_MALE_DEMONSTRATIVE) && np->first + 1 < (int)run->toks->len &&
      is_word (tok_at (run, np->first + 1)) && (tok_at (run, np->first + 1)->flags & QM_TOK_LOWER) &&
      !plural_verb_at (run, np->first + 1))
    {
      QmWordRole roles = qm_lang_word_roles (run->lang, run->data + first->start, first->end - first->start);
      guint gender = (roles & QM_ROLE_MALE_DEMONSTRATIVE)     ? QM_WORD_MALE
                     : (roles & QM_ROLE_FEMALE_DEMONSTRATIVE) ? QM_WORD_FEMALE
                                                              : 0;

      if (gender != 0)
        {
          /* at the paragraph's start, the person of that gender told of
           * last */
          index = np->first == 0 ? person_recent (run, gender, NULL, first->start)
                                 : demonstrative_referent (run, np->first, gender);
          if (index >= 0)
            person_mention (run, index, first->start, last->end, NULL);
          return index;
        }
    }
  /* German "„…“, sagte diese.", "„…“, so dieser.": a demonstrative alone
   * in lower case after a verb in the singular is the person of its
   * gender told of last */
  if (run->lang->verb_second && np->first == np->last && np->kind == QM_NP_PRONOUN && (first->flags & QM_TOK_LOWER) &&
      np->first > 0 && is_word (tok_at (run, np->first - 1)) && (tok_at (run, np->first - 1)->flags & QM_TOK_LOWER) &&
      _qm_word_has_role (run, first, QM_ROLE_MALE_DEMONSTRATIVE | QM_ROLE_FEMALE_DEMONSTRATIVE))
    {
      guint gender = _qm_word_has_role (run, first, QM_ROLE_MALE_DEMONSTRATIVE) ? QM_WORD_MALE : QM_WORD_FEMALE;

      if (plural_verb_at (run, np->first - 1))
        return -1;
      index = person_recent (run, gender, NULL, first->start);
      if (index >= 0)
        person_mention (run, index, first->start, last->end, NULL);
      return index;
    }

  switch (np->kind)
    {
    case QM_NP_NAME:
      /* German "„…“, sagte die Klimaforscherin.", "die Intendantin": a
       * woman's article and a woman's noun of a doer (agent-noun-endings,
       * female-role-endings; not "-innen", many) that no list holds, no
       * given name nor known surname, stand for someone as a listed role
       * does: the one of that role, or else the latest woman (a man's noun
       * of a doer as often names many, "die Kritiker", or a thing, "der
       * Weltmarktführer") */
      if (run->lang->verb_second && np->last == np->first + 1 && (first->words & QM_WORD_DEFINITE) &&
          !(first->words & QM_WORD_PRONOUN) && (run->lang->roles_listed & QM_ROLE_FEMALE_ARTICLE) &&
          _qm_word_has_role (run, first, QM_ROLE_FEMALE_ARTICLE) && (last->flags & QM_TOK_CAPITAL) && last->words == 0 &&
          !(last->flags & QM_TOK_POSSESSIVE) && !short_capitals (run, np->last) &&
          qm_lang_ends_with (&run->lang->agent_noun_endings, run->data + last->start, last->end - last->start, 3) &&
          !qm_lang_ends_with (&run->lang->plural_noun_endings, run->data + last->start, last->end - last->start, 3) &&
          !_qm_word_has_role (run, last, QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME) && !known_surname (run, np->last) &&
          role_word_gender (run, last) == QM_WORD_FEMALE)
        {
          g_autofree char *head = strdown (run->data + last->start, last->end - last->start);

          index = person_recent (run, QM_WORD_FEMALE, head, first->start);
          /* "Nele Bruck gewann in Oslo. „…“, sagte die Siegerin.": a woman
           * named in this paragraph before, or one of no known gender who
           * opened a sentence there, goes before the latest woman of the
           * text */
          if (index < 0)
            index = named_before (run, np->first, QM_WORD_FEMALE);
          if (index < 0)
            index = named_before (run, np->first, 0);
          if (index < 0)
            index = person_recent (run, QM_WORD_FEMALE, NULL, first->start);
          if (index >= 0)
            {
              person_mention (run, index, first->start, last->end, NULL);
              break;
            }
        }
      if (run->lang->verb_second && np->last == np->first + 1 && (first->words & QM_WORD_DEFINITE) &&
          _qm_word_has_role (run, last, QM_ROLE_ANSWER_NOUN))
        {
          if ((index = asked_one (run, np->first)) >= 0)
            person_mention (run, index, first->start, last->end, NULL);
          break;
        }
      /* German "Ihr Fazit: „…“", "Seine Begründung: „…“": a possessive
       * before a noun that names no one stands for the latest person of
       * its gender */
      if (run->lang->verb_second && np->last == np->first + 1 && (first->words & QM_WORD_DETERMINER) &&
          !(last->words & (QM_WORD_TITLE | QM_WORD_ROLE | QM_WORD_ORGANISATION)) &&
          (run->lang->roles_listed & QM_ROLE_MALE_POSSESSIVE))
        {
          QmWordRole roles = qm_lang_word_roles (run->lang, run->data + first->start, first->end - first->start);
          guint gender = (roles & QM_ROLE_MALE_POSSESSIVE)     ? QM_WORD_MALE
                         : (roles & QM_ROLE_FEMALE_POSSESSIVE) ? QM_WORD_FEMALE
                                                               : 0;

          if (gender != 0)
            {
              index = person_recent (run, gender, NULL, first->start);
              if (index >= 0)
                person_mention (run, index, first->start, last->end, NULL);
              break;
            }
        }
      /* German "„…“, sagte der Belgier.": an epithet (a nationality, a
       * party's member) after a definite article in the nominative is the
       * latest person of its gender, the article's where the word tells
       * none ("der Däne"); "die Belgier" before a man's word are many, a
       * group of their own */
      if (run->lang->verb_second && np->last == np->first + 1 && (first->words & QM_WORD_DEFINITE) &&
          !(first->words & QM_WORD_OBLIQUE) && _qm_word_has_role (run, last, QM_ROLE_EPITHET))
        {
          guint gender = role_word_gender (run, last);

          if (gender == 0)
            gender = article_gender (run, first);
          if (gender == article_gender (run, first) && (index = person_recent (run, gender, NULL, first->start)) >= 0)
            {
              person_mention (run, index, first->start, last->end, NULL);
              break;
            }
        }
      /* German "die Worte Bergs", "Das Fazit Bergs": a known person's name
       * in the genitive, alone or after a noun for what was said */
      if (run->lang->verb_second &&
          (np->first == np->last || (tok_at (run, np->last - 1)->words & QM_WORD_CONTENT)) &&
          (index = _qm_people_genitive (run, np->last)) >= 0)
        {
          person_mention (run, index, first->start, last->end, NULL);
          break;
        }
      /* German "Kohlmanns Urteil fällt deutlich aus: „…“": a known
       * person's name in the genitive before a noun is the owner's, who
       * speaks — no person "Kohlmanns Urteil" */
      if (run->lang->verb_second && np->last == np->first + 1 && (last->flags & QM_TOK_CAPITAL) &&
          is_word (last) && !(last->words & (QM_WORD_DETERMINER | QM_WORD_ROLE | QM_WORD_TITLE)) &&
          (index = _qm_people_genitive (run, np->first)) >= 0)
        {
          person_mention (run, index, first->start, last->end, NULL);
          break;
        }
      /* German "Der Vermieter Jan Roth … „…“, sagte der Vermieter.": a
       * noun no list holds after a definite article in the nominative is
       * the latest person given it as a role before their name */
      if (run->lang->verb_second && np->last == np->first + 1 && (first->words & QM_WORD_DEFINITE) &&
          !(first->words & QM_WORD_OBLIQUE) && (last->flags & QM_TOK_CAPITAL) && !(last->flags & QM_TOK_DIGIT))
        {
          g_autofree char *head = strdown (run->data + last->start, last->end - last->start);

          if ((index = person_recent (run, role_word_gender (run, last), head, first->start)) >= 0)
            {
              person_mention (run, index, first->start, last->end, NULL);
              break;
            }
        }
      index = resolve_name (run, np->first, np->last);
      break;

    case QM_NP_ORGANISATION:
      /* "the spokesman" (a role that en.ini also lists among
       * organisations) after someone of that role: the latest of them;
       * "a spokesman" may be someone else */
      if (np->first < np->last && _qm_word_has_role (run, last, QM_ROLE_AFFILIATED) &&
          (first->words & QM_WORD_DETERMINER) && (first->words & (QM_WORD_DEFINITE | QM_WORD_PRONOUN)) &&
          (np->first + 1 == np->last || (tok_at (run, np->last - 1)->flags & QM_TOK_POSSESSIVE)))
        {
          g_autofree char *head = strdown (run->data + last->start, last->end - last->start);

          if ((index = person_recent (run, role_word_gender (run, last), head, first->start)) >= 0)
            {
              person_mention (run, index, first->start, last->end, NULL);
              break;
            }
        }
      /* "a spokesman" of no organisation named is no one of the people
       * list, as "an official" is not */
      if (_qm_word_has_role (run, last, QM_ROLE_AFFILIATED) && (last->words & QM_WORD_ROLE))
        {
          index = -1;
          break;
        }
      index = resolve_organisation (run, np->first, np->last);
      break;

    case QM_NP_PRONOUN:
      {
        guint gender = last->words & (QM_WORD_MALE | QM_WORD_FEMALE);
        gsize opening = first->start;

        if (last->words & QM_WORD_PLURAL && !gender)
          return -1;
        /* "„…“, erklärten sie": "sie" with a plural verb is a group */
        if ((last->words & QM_WORD_PLURAL) && run->lang->plural_verb_endings.list != NULL &&
            (plural_verb_at (run, np->first - 1) || plural_verb_at (run, np->first + 1)))
          return -1;
        /* The latest speaker first: a pronoun subject continues the story
         * of whoever spoke last; then the latest person of that gender. */
        if (run->last_speaker >= 0 && run->paragraph - run->last_speaker_para <= 2 &&
            !((QmFoundPerson *)g_ptr_array_index (run->people.people, run->last_speaker))->organisation &&
            ((QmFoundPerson *)g_ptr_array_index (run->people.people, run->last_speaker))->name[1] != '\0' &&
            (gender == 0 || g_array_index (run->people.gender, guint, run->last_speaker) == 0 ||
             g_array_index (run->people.gender, guint, run->last_speaker) == gender))
          {
            index = run->last_speaker;
            if (gender == QM_WORD_MALE || gender == QM_WORD_FEMALE)
              {
                int newer = newer_subject_of_gender (run, gender, index, first->start);

                /* English: when neither the latest speaker's gender is
                 * known, a newer subject of unknown gender goes first too */
                if (newer < 0 && !run->lang->verb_second && g_array_index (run->people.gender, guint, index) == 0)
                  newer = newer_subject_of_gender (run, 0, index, first->start);
                /* English "Tully said he … ¶ Ashby boss Gareth Lyle was
                 * less happy. He said …": the subject of unknown gender
                 * (a full name) that opened the sentence of this
                 * paragraph right before the pronoun's goes first too,
                 * though the latest speaker's gender is the pronoun's */
                /* "Agnes Morrow smiled. “…,” she said.": so does one
                 * right before the quotation that the pronoun's cue
                 * follows and that opens its sentence */
                if (newer < 0 && !run->lang->verb_second && run->toks->len > 0 && np->first > 0 &&
                    tok_at (run, np->first - 1)->kind == QM_TOK_CLOSE && tok_at (run, np->first - 1)->mark >= 0)
                  opening = QM_MARK_OPEN (&g_array_index (run->marks, QmMark, tok_at (run, np->first - 1)->mark));
                if (newer < 0 && !run->lang->verb_second && run->toks->len > 0 && opens_sentence (run, opening))
                  {
                    newer = newer_subject_of_gender (run, 0, index, opening);
                    if (newer >= 0 &&
                        (!just_before (run, g_array_index (run->people.last_seen, gsize, newer), opening) ||
                         strchr (((QmFoundPerson *)g_ptr_array_index (run->people.people, newer))->name, ' ') == NULL))
                      newer = -1;
                  }

                if (newer >= 0)
                  index = newer;
              }
          }
        else
          {
            index = person_recent (run, gender, NULL, first->start);
            if (index >= 0 && run->lang->verb_second && (gender == QM_WORD_MALE || gender == QM_WORD_FEMALE))
              index = subject_over_object (run, gender, index);
          }
        /* German "… ¶ Am Abend sprach Ondrej Halas vor dem Rat. Er sagte
         * …": the latest speaker, of no known gender, spoke in a paragraph
         * before; one named in this paragraph before the pronoun, of its
         * gender or of none (opening a sentence), goes first */
        if (run->lang->verb_second && (gender == QM_WORD_MALE || gender == QM_WORD_FEMALE) && index >= 0 &&
            index == run->last_speaker && run->last_speaker_para < run->paragraph &&
            g_array_index (run->people.gender, guint, index) == 0)
          {
            int named = named_before (run, np->first, gender);

            if (named < 0)
              named = named_before (run, np->first, 0);
            if (named >= 0)
              index = named;
          }
        /* German "Jonas Hartmann traf Claudia Weber. Sie sagte: „…“": no
         * one of the pronoun's gender is known, so the one of that gender
         * named in the paragraph before, though only as an object, is
         * meant */
        if (run->lang->verb_second && (gender == QM_WORD_MALE || gender == QM_WORD_FEMALE) &&
            (index < 0 || (index != run->last_speaker &&
                           g_array_index (run->people.last_seen, gsize, index) < tok_at (run, 0)->start)))
          {
            int named = named_before (run, np->first, gender);

            /* no one of that gender: one of no known gender who opened a
             * sentence before */
            if (named < 0 && index < 0)
              named = named_before (run, np->first, 0);
            if (named >= 0)
              index = named;
          }
        if (index >= 0 && run->lang->verb_second && (gender == QM_WORD_MALE || gender == QM_WORD_FEMALE))
          {
            int role_person;

            if (unnamed_role_between (run, np->first, index, gender, &role_person))
              index = role_person;
          }
        if (index >= 0)
          {
            if (gender == QM_WORD_MALE || gender == QM_WORD_FEMALE)
              g_array_index (run->people.gender, guint, index) = gender;
            person_mention (run, index, first->start, last->end, NULL);
          }
      }
      break;

    case QM_NP_ROLE:
      {
        g_autofree char *head = NULL;
        g_autofree char *full = tok_text (run, np->first, np->last);

        /* "Sources close to the minister": the role before an adjective
         * of nearness is the head, not the one it is near */
        for (int j = np->first + 1; j < np->last; j++)
          if ((tok_at (run, j)->flags & QM_TOK_LOWER) && _qm_word_has_role (run, tok_at (run, j), QM_ROLE_NEARNESS_ADJECTIVE) &&
              (tok_at (run, j - 1)->words & QM_WORD_ROLE))
            {
              last = tok_at (run, j - 1);
              break;
            }
        head = strdown (run->data + last->start, last->end - last->start);
        /* "der Vorsitzende des Verbands, Hans Roth (SPD), sagte", "Her
         * husband, the retired pilot Tom Lund, said", "said the spokesman,
         * Tom Berg." — the name in the apposition after the role and its
         * genitives (one mention, the name's), before anyone of that role
         * named earlier (a director named before is not "the festival's
         * director, Tom Berg,") */
        if ((index = role_apposition (run, np->last + 1)) >= 0)
          {
            role_noun_gender (run, index, last);
            break;
          }
        /* German "Der 48-Jährige sagte": an age for a role is no one's
         * role, it stands for the person told of last */
        if (run->lang->verb_second && (last->flags & QM_TOK_DIGIT))
          {
            /* "Die 54-Jährige" is the latest woman, "Der 54-Jährige" the
             * latest man: the article tells the gender */
            guint gender = 0;

            if ((run->lang->roles_listed & QM_ROLE_FEMALE_ARTICLE) && np->first < np->last &&
                (first->words & QM_WORD_DETERMINER) && !(first->words & QM_WORD_PRONOUN))
              gender = article_gender (run, first);
            /* no one of the other gender: "Die 74-Jährige" after only
             * men named is someone told of without a name */
            index = person_recent (run, gender, NULL, first->start);
            /* "ein 54-jähriger Autofahrer … Der 54-Jährige erklärte": the
             * age told before as the adjective of a noun that is no name
             * is that one's, someone described, not the latest person */
            if (index >= 0 && age_described_before (run, last))
              index = -1;
          }
        else
          index = person_recent (run, role_word_gender (run, last), head, first->start);
        /* "A Chinese official said …. A labor official said": one
         * described so is no one said to be "an official" later */
        if (index >= 0 && (first->words & QM_WORD_DETERMINER) && !(first->words & (QM_WORD_DEFINITE | QM_WORD_PRONOUN)))
          {
            g_autofree char *known = strdown (((QmFoundPerson *)g_ptr_array_index (run->people.people, index))->name, -1);

            if (strstr (known, head) != NULL)
              index = -1;
          }
        /* German "Das Fazit des Trainers": the genitive's ending (the
         * plural ending that found the role) is no part of the role */
        if (index < 0 && run->lang->verb_second && (last->flags & QM_TOK_CAPITAL))
          {
            gsize n = strlen (head);
            gsize cut = n > 3 ? qm_lang_ending_length (&run->lang->plural_endings, head, n, 0) : 0;

            if (cut > 0 && cut < n)
              {
                head[n - cut] = '\0';
                index = person_recent (run, role_word_gender (run, last), head, first->start);
              }
          }
        /* "the 24-year-old said": an age after a definite article is no
         * one's role, but tells of the person the story is about, the
         * latest one named ("an 81-year-old" is someone new); German ages
         * were looked up above. So is an epithet of no one's role: "the
         * youngster said", "the teenager added" */
        if (index < 0 && !run->lang->verb_second && np->first < np->last &&
            ((last->flags & QM_TOK_DIGIT) || _qm_word_has_role (run, last, QM_ROLE_EPITHET)) &&
            (last->words & QM_WORD_ROLE) && (first->words & QM_WORD_DEFINITE))
          {
            index = person_recent (run, 0, NULL, first->start);
            /* "“…?” Mr Greaves asked. “…,” the witness replied": one who
             * spoke last goes on as "he" or "she"; the epithet is the
             * latest one named before them. One who spoke in this
             * paragraph is told of on: "Boyle said the room had stayed
             * calm. “…,” the Scot said." */
            if (index >= 0 && index == run->last_speaker && _qm_word_has_role (run, last, QM_ROLE_EPITHET) &&
                run->last_speaker_para != run->paragraph &&
                g_array_index (run->people.last_seen, gsize, index) > 0)
              {
                int other = person_recent (run, 0, NULL, g_array_index (run->people.last_seen, gsize, index) - 1);

                if (other >= 0 && other != index)
                  index = other;
              }
          }
        /* German "„…“, sagte der CSU-Politiker.": a party or a place joined
         * to a role by a hyphen after a definite article is an epithet of
         * someone told of, the latest person of the role's gender, when
         * no one has that role */
        if (index < 0 && run->lang->verb_second && np->first < np->last && (first->words & QM_WORD_DEFINITE) &&
            !(first->words & QM_WORD_OBLIQUE) && !(last->flags & QM_TOK_DIGIT) &&
            memchr (run->data + last->start, '-', last->end - last->start) != NULL &&
            ((last->words & QM_WORD_ROLE) || compound_title (run, run->data + last->start, last->end - last->start)))
          {
            guint gender = role_word_gender (run, last);

            /* "Der früheren Bürgermeisterin wird angelastet": "der" before a
             * woman's role is a dative, no subject; "die Kanadier" before a
             * man's are many */
            if ((gender == QM_WORD_FEMALE) == (article_gender (run, first) == QM_WORD_FEMALE))
              index = person_recent (run, gender, NULL, first->start);
          }
        /* German "Petra Schuster ist skeptisch. „…“, sagt die Rentnerin.":
         * a role no one has, after a definite nominative article of its
         * gender, is a second word for the person of that gender named
         * just before (within RECENT_ROLE code points); anyone farther is
         * not taken for her */
        if (index < 0 && run->lang->verb_second && np->first < np->last && (first->words & QM_WORD_DEFINITE) &&
            !(first->words & QM_WORD_OBLIQUE) && (last->flags & QM_TOK_CAPITAL) && !(last->flags & QM_TOK_DIGIT) &&
            !((_qm_word_has_role (run, last, QM_ROLE_AFFILIATED) || affiliated_compound (run, last, FALSE)) &&
              !role_word_before (run, np->last, ROLE_WORD_REACH)))
          {
            guint gender = role_word_gender (run, last);

            /* "der Finanzexperte", "die Vorsitzende": a role of either
             * gender takes the article's */
            if (gender == 0 && np->first + 1 == np->last &&
                qm_lang_ends_with (&run->lang->unmarked_role_endings, run->data + last->start, last->end - last->start, 2))
              gender = article_gender (run, first);
            if (gender != 0 && gender == article_gender (run, first) &&
                (index = person_recent (run, gender, NULL, first->start)) >= 0 &&
                ((g_array_index (run->people.gender, guint, index) != gender &&
                  !unknown_given_name (run, index)) ||
                 g_array_index (run->people.last_seen, gsize, index) + RECENT_ROLE < first->start))
              index = -1;
          }
        if (index >= 0)
          person_mention (run, index, first->start, last->end, full);
      }
      break;

    case QM_NP_NONE:
    default:
      break;
    }

  return index;
}

/* Whether the tokens [@from, @to) are determiners and capitalised words
 * only: the genitives after a role ("der Stadt"), no verb. */
static gboolean
genitives_only (QmRun *run,
                int    from,
                int    to)
{
  for (int k = from; k < to; k++)
    {
      QmTok *t = tok_at (run, k);

      if (!is_word (t) || t->mark >= 0 || (t->words & QM_WORD_PRONOUN) ||
          !((t->words & QM_WORD_DETERMINER) || (t->flags & QM_TOK_CAPITAL)))
        return FALSE;
    }
  return TRUE;
}

/**
 * _qm_people_note_subject:
 * @run: the analysis
 * @a: first token of a sentence
 * @b: end of the sentence
 *
 * "Tom Fisk disagreed. He told me …", "Her colleague Eva Lund, a nurse,
 * laughed. “…,” she said.", German "Lukas Hinterseer wirkte erschöpft. …,
 * sagte der Österreicher." — a name that opens a sentence as its
 * subject (a lower-case word or a comma after it) is a person a pronoun
 * later may mean, although no cue names them. Only a name that is surely
 * someone's is taken: a listed given name before the surname, or the
 * surname of someone already known ("Okafor shrugs.").
 */
void
_qm_people_note_subject (QmRun *run,
                         int    a,
                         int    b)
{
  QmNp np;
  QmTok *next, *role;
  int name_first, k;
  gboolean sure = FALSE, named;

  if (b - a < 3 || tok_at (run, a)->mark >= 0)
    return;
  named = is_name_word (tok_at (run, a)) && !(tok_at (run, a)->words & (QM_WORD_NOT_NAME | QM_WORD_DETERMINER)) &&
          _qm_np_right (run, a, b, &np) && np.kind == QM_NP_NAME && np.last + 1 < b &&
          (!(tok_at (run, np.last + 1)->words & QM_WORD_ROLE) || (tok_at (run, np.last)->flags & QM_TOK_POSSESSIVE));
  /* English "Ashby boss Gareth Lyle was less happy": a capitalised word (a
   * team, a place) and a noun in lower case that no list knows, a role of
   * some kind, right before a name (which must be sure below): the mention
   * opens the sentence, as "Ashby manager Gareth Lyle" does */
  role = tok_at (run, a + 1);
  if (!run->lang->verb_second && b - a >= 5 && plain_name_word (tok_at (run, a)) &&
      !(tok_at (run, a)->words & (QM_WORD_NOT_NAME | QM_WORD_DETERMINER | QM_WORD_PRONOUN)) && is_word (role) &&
      role->mark < 0 && (role->flags & QM_TOK_LOWER) && role->words == 0 &&
      !qm_lang_ends_with (&run->lang->past_endings, run->data + role->start, role->end - role->start, 3) &&
      plain_name_word (tok_at (run, a + 2)) && _qm_np_right (run, a + 2, b, &np) && np.kind == QM_NP_NAME &&
      np.first == a + 2)
    {
      named = TRUE;
      np.first = a;
    }
  /* "The Polish cinematographer Marta Lind was …", "His neighbour Tom
   * Fisk": a role in lower case after a few words, or a noun after a
   * determiner, right before the name */
  for (k = a + 1; !named && k < b && k < a + 4; k++)
    if (is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
        ((tok_at (run, k)->words & QM_WORD_ROLE) || (k == a + 1 && (tok_at (run, a)->words & QM_WORD_DETERMINER))) &&
        k + 1 < b && plain_name_word (tok_at (run, k + 1)) && _qm_np_right (run, k + 1, b, &np) && np.kind == QM_NP_NAME)
      {
        named = TRUE;
        sure = (tok_at (run, k)->words & QM_WORD_ROLE) != 0;
        np.first = a;
      }
  /* German "Auch Jürgen Pfaffenroth äußerte Bedenken.", "Auch der
   * Kämmerer Jürgen Pfaffenroth …", "Der 58-jährige Unternehmer Konrad
   * Elster soll …": a capitalised adverb may stand before the subject;
   * after a determiner, up to two adjectives in lower case or an age, and
   * a noun (a role, a title or a word no list knows), the name */
  if (!named && run->lang->verb_second)
    {
      int s = a;
      QmTok *t = tok_at (run, a);

      if (capital_adverb_at (run, t->start))
        s++;
      t = tok_at (run, s);
      if (s > a && s + 2 < b && is_name_word (t) && !(t->words & (QM_WORD_NOT_NAME | QM_WORD_DETERMINER)) &&
          plain_name_word (t) && _qm_np_right (run, s, b, &np) && np.kind == QM_NP_NAME)
        named = TRUE;
      else if (s + 3 < b && is_word (t) && (t->words & QM_WORD_DETERMINER) && !(t->words & QM_WORD_PRONOUN))
        {
          k = s + 1;
          while (k < b && k < s + 3 && is_word (tok_at (run, k)) && tok_at (run, k)->mark < 0 &&
                 (tok_at (run, k)->flags & (QM_TOK_LOWER | QM_TOK_DIGIT)) &&
                 !(tok_at (run, k)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                                             QM_WORD_COMPLEMENT | QM_WORD_PRONOUN | QM_WORD_DETERMINER)))
            k++;
          if (k + 1 < b && is_word (tok_at (run, k)) && tok_at (run, k)->mark < 0 &&
              (tok_at (run, k)->flags & QM_TOK_CAPITAL) && !(tok_at (run, k)->words & QM_WORD_NOT_NAME) &&
              (plain_name_word (tok_at (run, k + 1)) || (tok_at (run, k + 1)->words & QM_WORD_TITLE)) &&
              _qm_np_right (run, k + 1, b, &np) && np.kind == QM_NP_NAME)
            {
              named = TRUE;
              sure = (tok_at (run, k)->words & QM_WORD_ROLE) != 0;
              /* the determiner and the noun alone before the name are
               * its role (split_title()); adjectives stay out */
              if (k == s + 1)
                np.first = s;
            }
        }
    }
  /* German "Von Elstermann selbst ergriff das Wort.": a capitalised name
   * connector that opens the sentence, before the surname of someone known
   * whose name has that particle ("Hans von Elstermann"), is their name, no
   * preposition's phrase ("Von Berg kam keine Antwort" is one) */
  if (!named && run->lang->verb_second && a + 2 < b && is_word (tok_at (run, a)) &&
      (tok_at (run, a)->flags & QM_TOK_CAPITAL) && (tok_at (run, a)->words & QM_WORD_CONNECTOR) &&
      !(tok_at (run, a)->words & QM_WORD_DETERMINER) && plain_name_word (tok_at (run, a + 1)) &&
      !(tok_at (run, a + 1)->flags & QM_TOK_POSSESSIVE) && !plain_name_word (tok_at (run, a + 2)))
    {
      g_autofree char *key = surname_key (run, a + 1);
      g_autofree char *particle = tok_text (run, a, a + 1);
      g_autofree char *lower = strdown (particle, -1);
      gpointer found = g_hash_table_lookup (run->people.by_key, key);

      if (found != NULL)
        {
          QmFoundPerson *person = g_ptr_array_index (run->people.people, GPOINTER_TO_INT (found) - 1);
          g_autofree char *pname = strdown (person->name, -1);
          const char *at = strstr (pname, lower);

          if (at != NULL && at > pname && at[-1] == ' ' && at[strlen (lower)] == '\0')
            resolve_name (run, a, a + 1);
        }
      return;
    }
  /* German "Die Klage reichte Fenna Wübbels ein.": after a phrase that an
   * article opens and a verb in lower case, a name of two plain words or
   * more before a word in lower case or the sentence's end names someone,
   * though the lists hold neither word */
  if (!named && run->lang->verb_second && is_word (tok_at (run, a)) && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
      (tok_at (run, a)->words & QM_WORD_DETERMINER) && !(tok_at (run, a)->words & QM_WORD_PRONOUN) &&
      _qm_np_right (run, a, b, &np) && np.kind != QM_NP_NONE && np.kind != QM_NP_PRONOUN && np.last + 3 < b)
    {
      QmTok *v = tok_at (run, np.last + 1);
      QmNp name;

      if (is_word (v) && v->mark < 0 && (v->flags & QM_TOK_LOWER) &&
          !(v->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION |
                        QM_WORD_ADVERB | QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)) &&
          _qm_np_right (run, np.last + 2, b, &name) && name.first == np.last + 2 && name.kind == QM_NP_NAME &&
          name.last > name.first && name.last + 1 < b && split_title (run, name.first, name.last) == name.first &&
          !(tok_at (run, name.last)->flags & QM_TOK_POSSESSIVE) &&
          ((is_word (tok_at (run, name.last + 1)) && (tok_at (run, name.last + 1)->flags & QM_TOK_LOWER)) ||
           tok_at (run, name.last + 1)->kind == QM_TOK_PUNCT))
        {
          gboolean plain = TRUE;

          for (k = name.first; k <= name.last && plain; k++)
            plain = plain_name_word (tok_at (run, k)) && !short_capitals (run, k);
          if (plain)
            resolve_name (run, name.first, name.last);
          return;
        }
    }
  /* "Every morning at six, Tom Lund unties the rope": after a fronted
   * phrase in lower case and its comma */
  if (!named)
    {
      for (k = a + 1; k < b && k < a + 8; k++)
        {
          QmTok *t = tok_at (run, k);

          if (t->kind == QM_TOK_PUNCT && t->first == ',')
            break;
          if (t->mark >= 0 || (t->kind == QM_TOK_WORD && !(t->flags & (QM_TOK_LOWER | QM_TOK_DIGIT))))
            return;
        }
      named = k + 3 < b && k < a + 8 && _qm_np_right (run, k + 1, b, &np) && np.kind == QM_NP_NAME;
    }
  if (!named || np.last + 1 >= b)
    return;
  /* "Mrs Bailey’s grandson, Liam, 19, was more blunt": the name in commas
   * after someone's relative or role */
  if ((tok_at (run, np.last)->flags & QM_TOK_POSSESSIVE) && np.last + 4 < b && is_word (tok_at (run, np.last + 1)) &&
      (tok_at (run, np.last + 1)->flags & QM_TOK_LOWER) && tok_at (run, np.last + 2)->kind == QM_TOK_PUNCT &&
      tok_at (run, np.last + 2)->first == ',')
    {
      QmNp app;

      if (_qm_np_right (run, np.last + 3, b, &app) && app.kind == QM_NP_NAME && app.last + 1 < b &&
          tok_at (run, app.last + 1)->kind == QM_TOK_PUNCT && tok_at (run, app.last + 1)->first == ',' &&
          !(tok_at (run, app.last)->flags & QM_TOK_POSSESSIVE))
        {
          np = app;
          sure = TRUE;
        }
    }
  next = tok_at (run, np.last + 1);
  if (!(is_word (next) && (next->flags & QM_TOK_LOWER)) && !(next->kind == QM_TOK_PUNCT && next->first == ','))
    return;
  name_first = split_title (run, np.first, np.last);
  if (name_first > np.last || (tok_at (run, np.last)->flags & QM_TOK_POSSESSIVE))
    return;
  for (k = name_first; k <= np.last; k++)
    if (!plain_name_word (tok_at (run, k)))
      return;
  /* "The Polish cinematographer Marta Lind": a role before the name */
  for (k = np.first; k < name_first && !sure; k++)
    sure = (tok_at (run, k)->words & QM_WORD_ROLE) != 0;
  /* "Kieran Lund, who …", "Kieran Lund, 24, …": a relative word of
   * persons or an age after the comma */
  if (!sure && next->kind == QM_TOK_PUNCT && np.last + 2 < b)
    {
      QmTok *after = tok_at (run, np.last + 2);

      sure = (is_word (after) && _qm_word_has_role (run, after, QM_ROLE_PERSON_RELATIVE)) ||
             ((after->flags & QM_TOK_DIGIT) && after->end - after->start <= 3 && np.last + 3 < b &&
              tok_at (run, np.last + 3)->kind == QM_TOK_PUNCT && tok_at (run, np.last + 3)->first == ',');
    }
  if (!sure && name_first < np.last)
    sure = (qm_lang_word_roles (run->lang, run->data + tok_at (run, name_first)->start,
                                tok_at (run, name_first)->end - tok_at (run, name_first)->start) &
            (QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME)) != 0;
  if (!sure)
    {
      g_autofree char *key = surname_key (run, np.last);

      sure = g_hash_table_lookup (run->people.by_key, key) != NULL;
    }
  /* English "Tomas Berg arrived late.": a name of two words no list
   * holds, right before a verb in the past (past-endings, or
   * past-auxiliaries: "was", "had"), is someone a pronoun or the surname
   * alone may mean later */
  if (!sure && !run->lang->verb_second && name_first + 1 >= np.last && is_word (next) && next->mark < 0 &&
      !(next->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER | QM_WORD_PRONOUN)) &&
      (_qm_word_has_role (run, next, QM_ROLE_PAST_AUXILIARY) ||
       qm_lang_ends_with (&run->lang->past_endings, run->data + next->start, next->end - next->start, 3)))
    {
      /* "Fraser levelled …. The 23-year-old said": one word of a name
       * too, when the next sentence opens with a definite article and an
       * age or an epithet, which tells of the one just named */
      QmTok *det = b + 1 < (int)run->toks->len ? tok_at (run, b) : NULL;
      QmTok *epithet = det != NULL ? tok_at (run, b + 1) : NULL;

      sure = name_first + 1 == np.last ||
             (det != NULL && is_word (det) && (det->words & QM_WORD_DEFINITE) && det->mark < 0 && is_word (epithet) &&
              epithet->mark < 0 &&
              (((epithet->flags & QM_TOK_DIGIT) && (epithet->words & QM_WORD_ROLE)) ||
               _qm_word_has_role (run, epithet, QM_ROLE_EPITHET)));
    }
  /* German "Nele Bruck gewann den Stadtlauf. … sagte Bruck": a name of
   * two plain words no list holds that opens the sentence, right before a
   * verb in lower case, whose surname stands alone later in the text, is
   * someone that surname means there */
  if (!sure && run->lang->verb_second && name_first == a && name_first + 1 == np.last && is_word (next) &&
      next->mark < 0 && !(next->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER | QM_WORD_PRONOUN |
                                         QM_WORD_ADVERB | QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)))
    {
      QmTok *last = tok_at (run, np.last);
      gsize len = last->end - last->start;

      for (k = b; k < (int)run->toks->len && k < b + 2000 && !sure; k++)
        {
          QmTok *u = tok_at (run, k);

          sure = u->kind == QM_TOK_WORD && (gsize)(u->end - u->start) == len &&
                 memcmp (run->data + u->start, run->data + last->start, len) == 0 &&
                 !(is_word (tok_at (run, k - 1)) &&
                   tok_at (run, k - 1)->end - tok_at (run, k - 1)->start ==
                     tok_at (run, name_first)->end - tok_at (run, name_first)->start &&
                   memcmp (run->data + tok_at (run, k - 1)->start, run->data + tok_at (run, name_first)->start,
                           tok_at (run, name_first)->end - tok_at (run, name_first)->start) == 0);
        }
    }
  if (sure)
    resolve_name (run, np.first, np.last);
}

/* The gender a personal pronoun @k tells of the one it stands for, or 0:
 * a subject pronoun ("he", "she"), or another one before a noun, a
 * possessive ("her plan", "his own"); not an object ("told her that",
 * "praised him"), which is someone else than its clause's subject. */
static guint
pronoun_tells_gender (QmRun *run,
                      int    k,
                      int    b)
{
  const guint function_words = QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT |
                               QM_WORD_DETERMINER | QM_WORD_ADVERB | QM_WORD_RELATIVE | QM_WORD_VERB |
                               QM_WORD_PRONOUN | QM_WORD_SUBORDINATE | QM_WORD_BREAK | QM_WORD_ACCORDING;
  QmTok *t = tok_at (run, k);
  guint gender = t->words & (QM_WORD_MALE | QM_WORD_FEMALE);
  QmTok *next;

  if (gender != QM_WORD_MALE && gender != QM_WORD_FEMALE)
    return 0;
  if (_qm_word_has_role (run, t, QM_ROLE_SUBJECT_PRONOUN))
    return gender;
  if (k + 1 >= b)
    return 0;
  next = tok_at (run, k + 1);
  if (!is_word (next) || !(next->flags & QM_TOK_LOWER) || next->mark >= 0 || (next->words & function_words) ||
      _qm_word_has_role (run, next, QM_ROLE_PARTICLE | QM_ROLE_REPLY_PARTICLE))
    return 0;
  return gender;
}

/* Whether someone else than @person, of @gender or of none known, was
 * met in this paragraph before token @k: a pronoun of @gender may stand
 * for them ("Mrs. Lind called. Berg backed her up."). */
static gboolean
rival_before (QmRun *run,
              int    person,
              guint  gender,
              int    k)
{
  gsize para = tok_at (run, 0)->start;

  for (guint r = 0; r < G_N_ELEMENTS (run->people.recent); r++)
    {
      int i = recent_person (run, r);
      guint g;

      if (i < 0)
        break;
      g = g_array_index (run->people.gender, guint, i);
      if (i != person && g_array_index (run->people.last_seen, gsize, i) >= para &&
          !((QmFoundPerson *)g_ptr_array_index (run->people.people, i))->organisation && (g == 0 || g == gender))
        return TRUE;
    }
  /* a known surname no cue took: "saying Lind took questions" */
  for (int j = k - 1; j >= 0 && j >= k - 48; j--)
    {
      QmTok *t = tok_at (run, j);
      g_autofree char *key = NULL;
      gpointer found;
      int i;

      if (!is_name_word (t) || (t->words & (QM_WORD_NOT_NAME | QM_WORD_DETERMINER | QM_WORD_PRONOUN)))
        continue;
      key = surname_key (run, j);
      found = g_hash_table_lookup (run->people.by_key, key);
      if (found == NULL || (i = GPOINTER_TO_INT (found) - 1) == person ||
          ((QmFoundPerson *)g_ptr_array_index (run->people.people, i))->organisation)
        continue;
      if (g_array_index (run->people.gender, guint, i) == 0 || g_array_index (run->people.gender, guint, i) == gender)
        return TRUE;
    }
  return FALSE;
}

/* Whether person @i may be a man or a woman: no organisation, and a name
 * with a small letter ("HP", "NATO" are companies and alliances). */
static gboolean
may_have_gender (QmRun *run,
                 int    i)
{
  QmFoundPerson *person = g_ptr_array_index (run->people.people, i);

  if (person->organisation)
    return FALSE;
  for (const char *p = person->name; *p != '\0'; p++)
    if (g_ascii_islower (*p))
      return TRUE;
  return FALSE;
}

/**
 * _qm_people_learn_gender:
 * @run: the analysis
 * @a: first token of a sentence
 * @b: end of the sentence
 *
 * "Adaeze Okonkwo … Okonkwo has been weighing her options." — English
 * tells no one's gender by a given name no list holds, but a pronoun
 * does: the first person named in the sentence, known before, of no
 * known gender and no namesake, takes the gender of the first gendered
 * pronoun after the name, when no one else (another name, a role noun, a
 * quotation) stands between them. Later "she" then finds her. A full name
 * of up to three words that opens the sentence and no one has yet is a
 * person from then on (@person -2 until the pronoun is found).
 */
void
_qm_people_learn_gender (QmRun *run,
                         int    a,
                         int    b)
{
  int person = -1;
  int name = a;
  int limit = b;
  int fresh_first = -1, fresh_last = -1;

  if (run->lang->verb_second || run->lang->female_role_endings.list != NULL)
    return;
  for (int k = a; k < limit; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->mark >= 0)
        return;
      if (!is_word (t))
        continue;
      if (person == -1)
        {
          QmNp np;
          gpointer found;
          g_autofree char *key = NULL;
          int i;

          if ((t->words & QM_WORD_PRONOUN) && (t->words & (QM_WORD_MALE | QM_WORD_FEMALE)))
            return;
          if ((t->words & QM_WORD_ROLE) && (t->flags & QM_TOK_LOWER))
            return;
          if (!is_name_word (t) || (t->words & (QM_WORD_NOT_NAME | QM_WORD_DETERMINER | QM_WORD_PRONOUN)))
            continue;
          if (!_qm_np_right (run, k, b, &np) || np.kind != QM_NP_NAME)
            return;
          /* "Lund's attacks on her": someone else's */
          if (tok_at (run, np.last)->flags & QM_TOK_POSSESSIVE)
            return;
          key = surname_key (run, np.last);
          found = g_hash_table_lookup (run->people.by_key, key);
          /* "Adaeze Okonkwo runs the line and her crew …": a full name
           * that opens the sentence is someone new */
          if (found == NULL && np.first == a && np.last > np.first && np.last + 1 < b)
            {
              int words = 0;
              QmTok *after = tok_at (run, np.last + 1);

              for (int j = np.first; j <= np.last; j++)
                if (is_word (tok_at (run, j)) && (!plain_name_word (tok_at (run, j)) || ++words > 3))
                  return;
              /* not a headline in capitals: a verb or a comma after it */
              if (!(is_word (after) && (after->flags & QM_TOK_LOWER)) && !(after->kind == QM_TOK_PUNCT && after->first == ','))
                return;
              fresh_first = np.first;
              fresh_last = np.last;
              i = -2;
            }
          else if (found == NULL)
            return;
          else
            {
              i = GPOINTER_TO_INT (found) - 1;
              if (!may_have_gender (run, i) || g_array_index (run->people.namesake, int, i) >= 0 ||
                  g_array_index (run->people.gender, guint, i) != 0)
                return;
            }
          person = i;
          name = np.first;
          k = np.last;
          /* "Lee Okafor, a council member from Ostby who …, said his":
           * the apposition tells of her, whatever it names */
          if (k + 3 < b && tok_at (run, k + 1)->kind == QM_TOK_PUNCT && tok_at (run, k + 1)->first == ',' &&
              is_word (tok_at (run, k + 2)) && (tok_at (run, k + 2)->flags & QM_TOK_LOWER) &&
              (tok_at (run, k + 2)->words & QM_WORD_DETERMINER))
            {
              int j;

              for (j = k + 3; j < b && j < k + 40; j++)
                {
                  QmTok *u = tok_at (run, j);

                  if (u->mark >= 0 || ((u->words & QM_WORD_PRONOUN) && (u->words & (QM_WORD_MALE | QM_WORD_FEMALE))))
                    return;
                  if (u->kind == QM_TOK_PUNCT && u->first == ',')
                    break;
                }
              if (j >= b || j >= k + 40)
                return;
              k = j;
            }
          limit = MIN (b, k + 1 + 24);
          continue;
        }
      if (t->words & QM_WORD_PRONOUN)
        {
          guint gender = pronoun_tells_gender (run, k, b);

          if ((t->words & (QM_WORD_MALE | QM_WORD_FEMALE)) == 0)
            continue;
          if (gender == 0 || rival_before (run, person, gender, name))
            return;
          if (person == -2 && ((person = resolve_name (run, fresh_first, fresh_last)) < 0 ||
                               !may_have_gender (run, person) || g_array_index (run->people.gender, guint, person) != 0))
            return;
          g_array_index (run->people.gender, guint, person) = gender;
          return;
        }
      if (((t->words & QM_WORD_ROLE) && (t->flags & QM_TOK_LOWER)) || is_name_word (t))
        return;
    }
}

/**
 * _qm_people_genitive:
 * @run: the analysis
 * @k: a token
 *
 * German "die Worte Bergs": the known person whose surname token @k is in
 * the genitive, with an "s" no name of its own ends in.
 *
 * Returns: the person, or -1
 */
int
_qm_people_genitive (QmRun *run,
                     int    k)
{
  QmTok *t = tok_at (run, k);
  g_autofree char *whole = NULL;
  g_autofree char *key = NULL;
  gpointer found;

  if (!is_word (t) || !(t->flags & QM_TOK_CAPITAL) || t->end - t->start <= 3 || run->data[t->end - 1] != 's')
    return -1;
  whole = strdown (run->data + t->start, t->end - t->start);
  if (g_hash_table_contains (run->people.by_key, whole))
    return -1;
  key = strdown (run->data + t->start, t->end - t->start - 1);
  found = g_hash_table_lookup (run->people.by_key, key);
  if (found == NULL || ((QmFoundPerson *)g_ptr_array_index (run->people.people, GPOINTER_TO_INT (found) - 1))->organisation)
    return -1;
  return GPOINTER_TO_INT (found) - 1;
}

/**
 * _qm_people_scan_titles:
 * @run: the analysis
 * @lo: first token
 * @hi: end of the tokens
 *
 * Registers every titled name ("Belarus President Alexander Lukashenko") and
 * the role of an apposition ("Dr. Ines Okafor, a transport engineer") so
 * that role nouns and surnames later find their person.
 */
void
_qm_people_scan_titles (QmRun *run,
                        int    lo,
                        int    hi)
{
  int i = lo;

  while (i < hi)
    {
      QmTok *t = tok_at (run, i);
      QmNp np;

      if (!is_word (t) || !(t->flags & QM_TOK_CAPITAL) || !(t->words & QM_WORD_TITLE) ||
          t->mark >= 0)
        {
          i++;
          continue;
        }
      if (!_qm_np_right (run, i, hi, &np) || np.kind != QM_NP_NAME || np.last == i)
        {
          i++;
          continue;
        }
      /* "Sprecher der Gewerkschaft", "Präsident der Vereinigten Staaten":
       * a role and its organisation, no name, unless a given name is in
       * it; a name in apposition after it is someone ("Chef von Acme,
       * Tom Lund.") */
      if (affiliation_at (run, i + 1) &&
          (_qm_word_has_role (run, t, QM_ROLE_AFFILIATED) || (run->lang->verb_second && np.last - i <= 3)))
        {
          gboolean given = FALSE;

          for (int k = i + 2; k <= np.last && !given; k++)
            given = (tok_at (run, k)->flags & QM_TOK_CAPITAL) &&
                    _qm_word_has_role (run, tok_at (run, k), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME);
          if (!given)
            {
              role_apposition (run, np.last + 1);
              i = np.last + 1;
              continue;
            }
        }
      /* Extend to the left over a place before the title: "Belarus President". */
      while (np.first > lo && is_name_word (tok_at (run, np.first - 1)) &&
             !(tok_at (run, np.first - 1)->flags & QM_TOK_POSSESSIVE) &&
             !(tok_at (run, np.first - 1)->words & QM_WORD_NOT_NAME))
        np.first--;
      if (split_title (run, np.first, np.last) <= np.last)
        {
          int index = resolve_name (run, np.first, np.last);

          /* An apposition names the role: "Okafor, a transport engineer at …" */
          if (index >= 0 && np.last + 3 < hi && tok_at (run, np.last + 1)->kind == QM_TOK_PUNCT &&
              run->data[tok_at (run, np.last + 1)->start] == ',' &&
              (tok_at (run, np.last + 2)->words & QM_WORD_DETERMINER))
            {
              QmFoundPerson *person = g_ptr_array_index (run->people.people, index);
              int k = np.last + 3;

              /* not "Dr. Frank Lorenz, der die Bewohner untersucht
               * hatte": a determiner after the first opens the object of
               * a relative clause */
              while (k < hi && k < np.last + 7 && is_word (tok_at (run, k)) &&
                     !(tok_at (run, k)->words & (QM_WORD_ROLE | QM_WORD_DETERMINER)))
                k++;
              if (k < hi && (tok_at (run, k)->words & QM_WORD_ROLE))
                {
                  g_autofree char *role = tok_text (run, np.last + 3, k);

                  role_noun_gender (run, index, tok_at (run, k));

                  if (person->role == NULL)
                    person->role = g_steal_pointer (&role);
                  else
                    {
                      char *both = g_strconcat (person->role, ", ", role, NULL);

                      g_free (person->role);
                      person->role = both;
                    }
                }
            }
        }
      i = np.last + 1;
    }

  /* "The minister for infrastructure, Anja Lindqvist, said": a role noun
   * phrase before a name in commas is the person's role. */
  for (i = lo + 1; i + 2 < hi; i++)
    {
      QmNp name, role;

      if (!(tok_at (run, i)->kind == QM_TOK_PUNCT && run->data[tok_at (run, i)->start] == ','))
        continue;
      /* "Der Schriftsteller Peter Lauer, ein langjähriger Freund, …": a
       * phrase an article opens is an apposition, no name */
      if (!_qm_np_right (run, i + 1, hi, &name) || name.kind != QM_NP_NAME || name.last + 1 >= hi ||
          (tok_at (run, name.first)->words & QM_WORD_DETERMINER) ||
          !(tok_at (run, name.last + 1)->kind == QM_TOK_PUNCT &&
            (run->data[tok_at (run, name.last + 1)->start] == ',' ||
             /* German: "traf den Präsidenten Frankreichs, Jean Dupont.",
              * "sagte der Sprecher der Initiative, Bernd Osterwald: „…“" */
             (run->lang->verb_second && (run->data[tok_at (run, name.last + 1)->start] == '.' ||
                                         run->data[tok_at (run, name.last + 1)->start] == ':')))))
        continue;
      for (int k = i - 1; k >= lo && k >= i - 6; k--)
        {
          /* English "survived by her son, Daniel Lund,": a possessive
           * pronoun right before the role owns it, as an article would */
          gboolean owned = !run->lang->verb_second && k - 1 >= lo && k == i - 1 && is_word (tok_at (run, k - 1)) &&
                           (tok_at (run, k - 1)->flags & QM_TOK_LOWER) &&
                           (tok_at (run, k - 1)->words & QM_WORD_DETERMINER) &&
                           (tok_at (run, k - 1)->words & QM_WORD_PRONOUN);

          if (is_word (tok_at (run, k)) &&
              /* German: "Die Sprecherin der Stadt, Eva Horn, sagte" — nouns
               * are capitalised */
              ((tok_at (run, k)->flags & QM_TOK_LOWER) ||
               (run->lang->verb_second && (tok_at (run, k)->flags & QM_TOK_CAPITAL) && genitives_only (run, k + 1, i))) &&
              (tok_at (run, k)->words & QM_WORD_ROLE) &&
              ((_qm_np_left (run, lo, k, &role) && role.kind == QM_NP_ROLE) ||
               (owned && (role.first = k - 1, role.last = k, TRUE))))
            {
              int index = resolve_name (run, name.first, name.last);

              role_noun_gender (run, index, tok_at (run, k));
              if (index >= 0 && ((QmFoundPerson *)g_ptr_array_index (run->people.people, index))->role == NULL)
                {
                  QmFoundPerson *person = g_ptr_array_index (run->people.people, index);
                  int from = role.first;

                  while (from < i - 1 && (tok_at (run, from)->words & QM_WORD_DETERMINER))
                    from++;
                  person->role = tok_text (run, from, i - 1);
                }
              break;
            }
          /* "The council spokeswoman, Jo Varga,": the role of one gender
           * after an organisation tells hers */
          if (is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
              listed_role_gender (run, tok_at (run, k)) != 0)
            {
              role_noun_gender (run, resolve_name (run, name.first, name.last), tok_at (run, k));
              break;
            }
        }
      i = name.last;
    }

  /* "Jo Varga, an actress, said": a role of one gender in an apposition
   * after a name (its first role word, after a determiner and adjectives)
   * tells the person's gender. */
  if (run->lang->roles_listed & (QM_ROLE_MALE_ROLE | QM_ROLE_FEMALE_ROLE))
    for (i = lo + 1; i + 2 < hi; i++)
      {
        QmNp name;

        if (!(tok_at (run, i)->kind == QM_TOK_PUNCT && run->data[tok_at (run, i)->start] == ',') ||
            !is_word (tok_at (run, i + 1)) || !(tok_at (run, i + 1)->words & QM_WORD_DETERMINER) ||
            (tok_at (run, i + 1)->words & QM_WORD_PRONOUN) || !_qm_np_left (run, lo, i - 1, &name) ||
            name.kind != QM_NP_NAME)
          continue;
        for (int j = i + 2; j < hi && j <= i + 4; j++)
          {
            QmTok *t = tok_at (run, j);

            if (!is_word (t) || (t->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_VERB)))
              break;
            if (t->words & QM_WORD_ROLE)
              {
                if (listed_role_gender (run, t) != 0)
                  role_noun_gender (run, resolve_name (run, name.first, name.last), t);
                break;
              }
          }
      }

  /* German "Mara Quell, Sprecherin der Stadtwerke, sagte": a role noun
   * (capitalised, after an article or none) and its genitives in commas
   * after a full name is the person's role, so that "die Sprecherin" finds
   * her in a later paragraph too. */
  if (run->lang->verb_second)
    for (i = lo + 2; i + 3 < hi; i++)
      {
        QmNp name;
        int k = i + 1, e;

        if (!(tok_at (run, i)->kind == QM_TOK_PUNCT && run->data[tok_at (run, i)->start] == ',') ||
            tok_at (run, i)->mark >= 0 || !_qm_np_left (run, lo, i - 1, &name) || name.kind != QM_NP_NAME ||
            name.last != i - 1 || name.last == name.first || (tok_at (run, name.first)->words & QM_WORD_DETERMINER))
          continue;
        if (is_word (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
            (tok_at (run, k)->words & QM_WORD_DETERMINER) && !(tok_at (run, k)->words & QM_WORD_PRONOUN))
          k++;
        if (k >= hi || !is_word (tok_at (run, k)) || tok_at (run, k)->mark >= 0 ||
            !(tok_at (run, k)->flags & QM_TOK_CAPITAL) || !(tok_at (run, k)->words & QM_WORD_ROLE))
          continue;
        for (e = k + 1; e < hi && e <= k + 8 && !(tok_at (run, e)->kind == QM_TOK_PUNCT); e++)
          ;
        if (e >= hi || !(run->data[tok_at (run, e)->start] == ',' || run->data[tok_at (run, e)->start] == '.') ||
            !genitives_only (run, k + 1, e))
          continue;
        {
          int index = resolve_name (run, name.first, name.last);
          QmFoundPerson *person;

          if (index < 0)
            continue;
          person = g_ptr_array_index (run->people.people, index);
          role_noun_gender (run, index, tok_at (run, k));
          if (person->role == NULL)
            person->role = tok_text (run, k, e - 1);
        }
        i = e;
      }

  /* German "Auch J. R. Ortega äußerte sich.", "Die Studie von K. Brandl":
   * initials (a capital letter and its point each) before a surname name
   * one person wherever they stand, as a given name does; "Ortega" later
   * is the same person */
  if (run->lang->verb_second)
    for (i = lo; i + 1 < hi; i++)
      {
        QmTok *t = tok_at (run, i);
        int k = i;

        if (!is_word (t) || t->mark >= 0 || !(t->flags & QM_TOK_CAPITAL) || run->data[t->end - 1] != '.' ||
            g_utf8_next_char (run->data + t->start) != run->data + t->end - 1 ||
            (i > lo && plain_name_word (tok_at (run, i - 1))))
          continue;
        while (k + 1 < hi && is_word (tok_at (run, k + 1)) && tok_at (run, k + 1)->mark < 0 &&
               run->data[tok_at (run, k + 1)->end - 1] == '.' &&
               g_utf8_next_char (run->data + tok_at (run, k + 1)->start) == run->data + tok_at (run, k + 1)->end - 1 &&
               (tok_at (run, k + 1)->flags & QM_TOK_CAPITAL))
          k++;
        if (k + 1 < hi && plain_name_word (tok_at (run, k + 1)) && tok_at (run, k + 1)->mark < 0 &&
            !(tok_at (run, k + 1)->flags & QM_TOK_POSSESSIVE) && run->data[tok_at (run, k + 1)->end - 1] != '.' &&
            (k + 2 >= hi || !is_word (tok_at (run, k + 2)) || !(tok_at (run, k + 2)->flags & QM_TOK_CAPITAL)))
          resolve_name (run, i, k + 1);
        i = k + 1;
      }
}

/**
 * _qm_find_byline:
 * @run: the analysis
 *
 * Finds the author's byline ("By Maren Feld") near the top of the article,
 * whose name is never taken for a speaker.
 */
void
_qm_find_byline (QmRun *run)
{
  const char *d = run->data;
  gsize limit = MIN (run->n_bytes, 3000);
  gsize line = 0;

  run->byline_start = run->byline_end = G_MAXSIZE;

  while (line < limit)
    {
      const char *nl = memchr (d + line, '\n', run->n_bytes - line);
      gsize eol = nl != NULL ? (gsize)(nl - d) : run->n_bytes;
      gsize word_end = line;

      while (word_end < eol && d[word_end] != ' ')
        word_end++;

      if (word_end < eol && word_end > line &&
          (qm_lang_lookup (run->lang, d + line, word_end - line) & QM_WORD_BYLINE) &&
          eol - word_end < 120 && g_unichar_isupper (g_utf8_get_char (d + word_end + 1)))
        {
          run->byline_start = word_end + 1;
          run->byline_end = eol;
          return;
        }
      line = eol + 1;
    }
}

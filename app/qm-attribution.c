/* qm-attribution.c
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

/* Reported speech and attribution. Each paragraph is split into sentences;
 * in each sentence every reporting verb is tried against the patterns
 * "X said (that) …", "…, X said.", "…, said X.", "X told Y (that) …" and
 * "according to X, …". Then every quotation gets its speaker from, in this
 * order: a sentence pattern whose content is the quote, the cue right after
 * its closing mark, the cue before its opening mark, a colon introduction in
 * the paragraph before, and finally the speaker carried over from the
 * previous paragraph.
 */

#define G_LOG_DOMAIN "qm-analyzer"

#include "config.h"

#include <math.h>
#include <string.h>

#include "qm-analyzer-private.h"
#include "qm-model.h"

/* Words of the quoted words that a noun for a name (name-nouns) names, at
 * most: a motto may be a sentence or two. */
#define MAX_NAMED_WORDS 16

/* Tokens one cue may report at most. */
#define MAX_CONTENT 400

typedef struct
{
  int    verb;         /* cue tokens [cue_first, cue_last] */
  int    cue_first;
  int    cue_last;
  QmNp   np;           /* the speaker phrase */
  int    person;
  int    c0;           /* content tokens [c0, c1) */
  int    c1;
  int    mark;         /* the mark the content is, or -1 */
  int    mention;      /* token reported as the speaker mention instead of np ("who"), or <= 0 */
  int    mention_last; /* the mention's last token when it is longer, or <= mention */
  gboolean quote_only; /* the content is exactly one quotation */
  gboolean silent;     /* content that cuts others' but is not reported itself */
  gboolean model;      /* found by the reported-speech model, with this score over its threshold */
  float    score;
} Attr;

/* The latest speaker as the paragraph's sentences are read: a quotation
 * without a cue carries the one before it, not one of a later sentence. */
typedef struct
{
  int    person;
  guint  para;
  QmSpan span;
  int    sentence;     /* the sentence of this paragraph that set it, or -1 */
} Carried;

static inline QmTok *
tok_at (QmRun *run,
        int    i)
{
  return &run->tok[i];
}

static inline QmMark *
mark_at (QmRun *run,
         int    i)
{
  return &g_array_index (run->marks, QmMark, i);
}

static gboolean
is_punct (QmRun *run,
          int    i,
          char   c)
{
  QmTok *t = tok_at (run, i);

  return t->kind == QM_TOK_PUNCT && run->data[t->start] == c;
}

static gboolean
is_dash (QmRun *run,
         int    i)
{
  QmTok *t = tok_at (run, i);

  return t->kind == QM_TOK_PUNCT && (t->first == 0x2014 || t->first == 0x2013);
}

static gboolean
is_final_punct (QmTok *t)
{
  return t->kind == QM_TOK_PUNCT &&
         (t->first == '.' || t->first == '!' || t->first == '?' || t->first == 0x2026);
}

static gboolean
is_personal_pronoun_tok (QmTok *t)
{
  return t->kind == QM_TOK_WORD && (t->words & QM_WORD_PRONOUN) &&
         (t->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL));
}

static gboolean
is_verb (QmTok *t)
{
  return t->kind == QM_TOK_WORD && t->mark < 0 && (t->words & QM_WORD_VERB) &&
         !(t->flags & QM_TOK_CAPITAL);
}

/* Without verb second: a lower-case word with a lower-adverb ending of
 * the language (English -ly) that no list knows and no determiner precedes is
 * an adverb between subject and verb: "Lund gingerly said", "Lund
 * routinely describes" (not "the family said"). */
static gboolean
ly_adverb (QmRun *run,
           int    lo,
           int    i)
{
  QmTok *t = tok_at (run, i);
  QmTok *prev;

  if (run->lang->verb_second || t->words != 0 || !(t->flags & QM_TOK_LOWER) || t->mark >= 0 || t->end - t->start < 5 ||
      !qm_lang_has_lower_adverb_ending (run->lang, run->data + t->start, t->end - t->start))
    return FALSE;
  if (i <= lo)
    return TRUE;
  prev = tok_at (run, i - 1);
  return !(prev->kind == QM_TOK_WORD && ((prev->words & QM_WORD_DETERMINER) || (prev->flags & QM_TOK_POSSESSIVE)));
}

/* "Lund first said": a word of verb-adverbs in lower case right before
 * the verb (@n words skipped so far), no determiner before it ("the first
 * said" is no adverb). */
static gboolean
verb_adverb (QmRun *run,
             int    lo,
             int    i,
             int    n)
{
  QmTok *t = tok_at (run, i);

  if (n != 0 || !(t->flags & QM_TOK_LOWER) || t->mark >= 0 || !_qm_word_has_role (run, t, QM_ROLE_VERB_ADVERB))
    return FALSE;
  return i <= lo || !(tok_at (run, i - 1)->kind == QM_TOK_WORD &&
                      (tok_at (run, i - 1)->words & QM_WORD_DETERMINER));
}

/* "The letter goes on to say": a continuation phrase and the infinitive
 * marker ending at @i, which stand between a subject and its verb as an
 * auxiliary does. */
static gboolean
goes_on_to (QmRun *run,
            int    lo,
            int    i)
{
  return i - 2 >= lo && _qm_word_has_role (run, tok_at (run, i), QM_ROLE_INFINITIVE) &&
         _qm_word_has_role (run, tok_at (run, i - 1), QM_ROLE_GOES_ON_NEXT) &&
         _qm_word_has_role (run, tok_at (run, i - 2), QM_ROLE_GOES_ON) &&
         (tok_at (run, i - 2)->flags & QM_TOK_LOWER) && (tok_at (run, i - 1)->flags & QM_TOK_LOWER);
}

/* "Lund continued to insist", "began to explain": a verb of aspect-verbs
 * in lower case before the infinitive marker at @i, which stand between a
 * subject and its verb as an auxiliary does. */
static gboolean
aspect_to (QmRun *run,
           int    lo,
           int    i)
{
  return i - 1 >= lo && _qm_word_has_role (run, tok_at (run, i), QM_ROLE_INFINITIVE) &&
         _qm_word_has_role (run, tok_at (run, i - 1), QM_ROLE_ASPECT_VERB) &&
         (tok_at (run, i - 1)->flags & QM_TOK_LOWER) && (tok_at (run, i)->flags & QM_TOK_LOWER);
}

/* Skips adverbs and auxiliaries leftwards: "Aliyev also told", "has said",
 * "The letter goes on to say", "Lund continued to insist". */
static int
skip_adverbs_left (QmRun *run,
                   int    lo,
                   int    i)
{
  int n = 0;

  if (i >= lo && goes_on_to (run, lo, i))
    i -= 3;
  else if (i >= lo && aspect_to (run, lo, i))
    i -= 2;
  while (i >= lo && n < 3 && tok_at (run, i)->kind == QM_TOK_WORD &&
         (((tok_at (run, i)->words & QM_WORD_ADVERB) && !(tok_at (run, i)->words & QM_WORD_PRONOUN)) ||
          ly_adverb (run, lo, i) || verb_adverb (run, lo, i, n)))
    {
      i--;
      n++;
    }
  return i;
}

static void set_speaker (QmRun *run, QmFoundQuote *q, const QmNp *np, int person, int cue_first, int cue_last);
static int close_token_of_mark (QmRun *run, int from, int n, int mark);
static gboolean title_mark (QmRun *run, int i);
static gboolean title_case_mark (QmRun *run, int i, int n);
static int paired_dash (QmRun *run, int k, int c1);
static gboolean cue_after (QmRun *run, int j, int n, Attr *at);
static gboolean cue_before (QmRun *run, int a, int open, Attr *at);
static gboolean cue_after_has_content (QmRun *run, int close, int n, const Attr *at);
static gboolean sentence_subject (QmRun *run, int a, int open, QmNp *np);
static int skip_genitives (QmRun *run, int e, int b);
static int skip_verb_adjunct (QmRun *run, int r, int end);
static gboolean adjunct_subject (QmRun *run, const QmNp *np);
static gboolean adjunct_subject_ends (QmRun *run, int last, int n);
static gboolean clause_subject (QmRun *run, int a, int v, QmNp *np);
static void object_participle_subject (QmRun *run, int a, int v, QmNp *np);
static gboolean mood_sentence (QmRun *run, int a, int b);
static int sentence_end (QmRun *run, int a, int n);
/* the short name the patterns here use */
#define word_has_role _qm_word_has_role
static gboolean word_has_ending (QmRun *run, QmTok *t, const QmEndings *endings, gsize min_stem);
static gboolean participle_ending (QmRun *run, QmTok *t, gsize min_stem);
static gboolean fronted_opener (QmRun *run, int k, int end);
static int skip_time (QmRun *run, int c, int end);
static gboolean named_title (QmRun *run, int i);
static gboolean relative_cue_antecedent (QmRun *run, int v, QmNp *np);
static gboolean signature_line (QmRun *run, int n);
static gboolean in_parenthesis (QmRun *run, int a, int k, int b);

/* A relative pronoun is the mention the attribution rests on, and its
 * antecedent the person: "Obama, who called …". */
static void
attr_speaker (QmRun        *run,
              QmFoundQuote *q,
              const Attr   *at,
              int           person)
{
  QmNp antecedent;

  /* German "…, wonach …": the phrase before the comma speaks, and the
   * relative word is the mention */
  if (run->lang->verb_second && !at->model && at->cue_first > 0 && at->cue_first == at->cue_last &&
      relative_cue_antecedent (run, at->cue_first, &antecedent))
    {
      set_speaker (run, q, &antecedent, _qm_people_resolve (run, &antecedent, 0), at->cue_first, at->cue_last);
      q->speaker.start = tok_at (run, at->cue_first)->start;
      q->speaker.end = tok_at (run, at->cue_first)->end;
      return;
    }
  /* "Lund’s boldest claim is that …", "From Berg’s Facebook
   * post: “…”": a phrase of no person, role or organisation right after
   * a name that owns it is the cue's noun; the owner speaks */
  if (!run->lang->verb_second && at->np.kind != QM_NP_PRONOUN && at->np.first > 0 && at->np.last >= at->np.first &&
      at->np.last - at->np.first < 4 && at->mention < 0)
    {
      QmTok *owner = tok_at (run, at->np.first - 1);
      gboolean plain = TRUE;

      for (int k = at->np.first; k <= at->np.last && plain; k++)
        plain = tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
                !(tok_at (run, k)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_TITLE | QM_WORD_PRONOUN)) &&
                !(tok_at (run, k)->flags & QM_TOK_POSSESSIVE);
      /* "the Gazette's Anna Berg": a name is the person, unless it is
       * one word before a lower-case noun ("Berg’s Facebook post") */
      if (plain && at->np.kind == QM_NP_NAME &&
          (at->np.last > at->np.first || at->np.last + 1 >= (int)run->toks->len ||
           tok_at (run, at->np.last + 1)->kind != QM_TOK_WORD || !(tok_at (run, at->np.last + 1)->flags & QM_TOK_LOWER) ||
           (tok_at (run, at->np.last + 1)->words & (QM_WORD_ADVERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)) ||
           is_verb (tok_at (run, at->np.last + 1))))
        plain = FALSE;
      if (plain && owner->kind == QM_TOK_WORD && owner->mark < 0 &&
          (owner->flags & (QM_TOK_POSSESSIVE | QM_TOK_CAPITAL)) == (QM_TOK_POSSESSIVE | QM_TOK_CAPITAL))
        {
          QmNp own;
          int f = at->np.first - 1;

          while (f - 1 >= 0 && f > at->np.first - 5 && tok_at (run, f - 1)->kind == QM_TOK_WORD &&
                 tok_at (run, f - 1)->mark < 0 && (tok_at (run, f - 1)->flags & QM_TOK_CAPITAL) &&
                 !(tok_at (run, f - 1)->flags & QM_TOK_POSSESSIVE) &&
                 !(tok_at (run, f - 1)->words & (QM_WORD_NOT_NAME | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)))
            f--;
          own.first = f;
          own.last = at->np.first - 1;
          own.kind = QM_NP_NONE;
          _qm_np_classify (run, &own);
          if (own.kind == QM_NP_NAME || own.kind == QM_NP_ORGANISATION)
            {
              set_speaker (run, q, &own, _qm_people_resolve (run, &own, 0), at->cue_first, at->cue_last);
              return;
            }
        }
    }
  set_speaker (run, q, &at->np, person, at->cue_first, at->cue_last);
  if (at->mention > 0)
    {
      q->speaker.start = tok_at (run, at->mention)->start;
      q->speaker.end = tok_at (run, MAX (at->mention, at->mention_last))->end;
    }
}

static QmFoundQuote *
add_quote (QmRun       *run,
           QmQuoteKind  kind,
           gsize        start,
           gsize        end,
           double       confidence)
{
  QmFoundQuote q = { .kind = kind, .person = -1, .span = { (gssize)start, (gssize)end },
                     .speaker = { -1, -1 }, .cue = { -1, -1 }, .confidence = confidence };

  g_array_append_val (run->quotes, q);
  return &g_array_index (run->quotes, QmFoundQuote, run->quotes->len - 1);
}

static void
set_speaker (QmRun        *run,
             QmFoundQuote *q,
             const QmNp   *np,
             int           person,
             int           cue_first,
             int           cue_last)
{
  if (np != NULL && np->kind != QM_NP_NONE)
    {
      q->speaker.start = tok_at (run, np->first)->start;
      q->speaker.end = tok_at (run, np->last)->end;
    }
  if (cue_first >= 0)
    {
      q->cue.start = tok_at (run, cue_first)->start;
      q->cue.end = tok_at (run, cue_last)->end;
    }
  q->person = person;
  if (q->speaker.start >= 0)
    {
      run->last_attr_para = run->paragraph;
      run->last_attr_speaker = q->speaker;
    }
  if (person >= 0)
    {
      run->last_speaker = person;
      run->last_speaker_para = run->paragraph;
      run->last_speaker_span = q->speaker;
    }
}

/* German: "widersprach der Ministerin ein Kollege", "„…“, entgegnete der
 * Bürgermeisterin der Abgeordnete Jan Ott": a phrase @np after the verb
 * that an oblique article opens (a dative, "der" before a woman's role)
 * and whose head is a title or a role is no subject; the phrase in the
 * nominative right after that head, before @b, is. */
static void
past_dative (QmRun *run,
             QmNp  *np,
             int    b)
{
  QmTok *d = tok_at (run, np->first);
  QmNp subject;
  int h = np->first + 1;

  if (!run->lang->verb_second || np->first == 0 || d->kind != QM_TOK_WORD || !(d->flags & QM_TOK_LOWER) ||
      !(d->words & QM_WORD_OBLIQUE) || !(d->words & QM_WORD_DEFINITE) || (d->words & QM_WORD_PRONOUN) ||
      !is_verb (tok_at (run, np->first - 1)))
    return;
  while (h < b && h < np->first + 4 && tok_at (run, h)->kind == QM_TOK_WORD && (tok_at (run, h)->flags & QM_TOK_LOWER) &&
         tok_at (run, h)->words == 0)
    h++;
  if (h + 1 >= b || tok_at (run, h)->kind != QM_TOK_WORD || !(tok_at (run, h)->flags & QM_TOK_CAPITAL) ||
      !(tok_at (run, h)->words & (QM_WORD_TITLE | QM_WORD_ROLE)))
    return;
  if (!_qm_np_right (run, h + 1, b, &subject) || tok_at (run, subject.first)->kind != QM_TOK_WORD ||
      (tok_at (run, subject.first)->words & (QM_WORD_OBLIQUE | QM_WORD_PRONOUN)) ||
      (subject.kind != QM_NP_NAME && subject.kind != QM_NP_ROLE && subject.kind != QM_NP_ORGANISATION))
    return;
  *np = subject;
}

/* German "…, nannte den Fund „…“": whether @np, after a verb, opens with
 * an oblique article in lower case and is no dative before the subject
 * (past_dative()): the object. */
static gboolean
oblique_object (QmRun      *run,
                const QmNp *np,
                int         b)
{
  QmTok *d = tok_at (run, np->first);
  QmNp moved = *np;

  if (d->kind != QM_TOK_WORD || !(d->flags & QM_TOK_LOWER) || !(d->words & QM_WORD_OBLIQUE))
    return FALSE;
  past_dative (run, &moved, b);
  return moved.first == np->first;
}

/* German: "Das Fazit von Anna Berger …: „…“", "…“, so das Fazit der
 * Betreiber.": a noun for what was said (content-words) names no one; the
 * one whose words they are follows it with "von" or in the genitive. */
static void
content_owner (QmRun *run,
               QmNp  *np,
               int    b)
{
  QmTok *h;
  QmNp of;
  int k;

  if (!run->lang->verb_second || np->kind == QM_NP_NONE || np->last + 2 >= b)
    return;
  h = tok_at (run, np->last);
  if (h->kind != QM_TOK_WORD || !(h->words & QM_WORD_CONTENT) || !(h->flags & QM_TOK_CAPITAL))
    return;
  k = np->last + 1;
  if (tok_at (run, k)->kind != QM_TOK_WORD)
    return;
  /* "Die Worte Bergs": a name in the genitive, its "s" on it */
  if ((tok_at (run, k)->flags & QM_TOK_CAPITAL) && tok_at (run, k)->mark < 0 &&
      !(tok_at (run, k)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME | QM_WORD_ROLE | QM_WORD_ORGANISATION)) &&
      tok_at (run, k)->end - tok_at (run, k)->start > 3 && run->data[tok_at (run, k)->end - 1] == 's' &&
      _qm_people_genitive (run, k) >= 0)
    {
      np->first = np->last = k;
      np->kind = QM_NP_NAME;
      np->words = tok_at (run, k)->words;
      return;
    }
  if (word_has_role (run, tok_at (run, k), QM_ROLE_OWNER_PREPOSITION) && (tok_at (run, k)->flags & QM_TOK_LOWER))
    k++;
  else if (!(tok_at (run, k)->words & QM_WORD_DETERMINER) || (tok_at (run, k)->flags & QM_TOK_CAPITAL))
    return;
  if (_qm_np_right (run, k, b, &of) && of.kind != QM_NP_NONE)
    *np = of;
}

/* German: "Die ersten Worte Bergs …: „…“" — a phrase whose noun for what
 * was said (content-words) is followed by the genitive of someone known:
 * the phrase names its speaker. */
static gboolean
owner_genitive (QmRun      *run,
                const QmNp *np)
{
  QmTok *h, *g;

  if (!run->lang->verb_second || np->last <= np->first)
    return FALSE;
  h = tok_at (run, np->last - 1);
  g = tok_at (run, np->last);
  return h->kind == QM_TOK_WORD && (h->words & QM_WORD_CONTENT) && (h->flags & QM_TOK_CAPITAL) &&
         g->kind == QM_TOK_WORD && g->mark < 0 && (g->flags & QM_TOK_CAPITAL) && g->end - g->start > 3 &&
         run->data[g->end - 1] == 's' &&
         (_qm_people_genitive (run, np->last) >= 0 ||
          !(g->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME | QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_CONTENT)));
}

/* The token after a parenthesis that starts at @i ("(SPD)"), or @i. */
static int
skip_parenthesis (QmRun *run,
                  int    i,
                  int    hi)
{
  if (i < hi && is_punct (run, i, '('))
    for (int k = i + 1; k < hi && k < i + 8; k++)
      if (is_punct (run, k, ')'))
        return k + 1 < hi ? k + 1 : i;
  return i;
}

/* A lower-case word of the language's question-words: "whether", "how". */
static gboolean
is_question_word (QmRun *run,
                  int    k)
{
  QmTok *t = tok_at (run, k);

  if (t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_LOWER))
    return FALSE;
  return word_has_role (run, t, QM_ROLE_QUESTION_WORD);
}

static gboolean
has_open (QmRun *run,
          int    from,
          int    to)
{
  for (int k = from; k < to; k++)
    if (tok_at (run, k)->kind == QM_TOK_OPEN || tok_at (run, k)->mark >= 0)
      return TRUE;
  return FALSE;
}

/* Whether a speech verb in lower case stands in [@from, @to). */
static gboolean
has_speech_verb (QmRun *run,
                 int    from,
                 int    to)
{
  for (int k = from; k < to; k++)
    if (is_verb (tok_at (run, k)) && (tok_at (run, k)->flags & QM_TOK_LOWER))
      return TRUE;
  return FALSE;
}

/* "security specialists say": a plural noun right before the verb, with
 * the lower-case words before it. */
static gboolean
bare_plural (QmRun *run,
             int    a,
             int    k,
             QmNp  *np)
{
  const guint function_words = QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT |
                               QM_WORD_ADVERB | QM_WORD_PRONOUN | QM_WORD_RELATIVE | QM_WORD_DETERMINER;
  QmTok *t = tok_at (run, k);
  int first = k;

  if (run->lang->verb_second || t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_LOWER) || t->mark >= 0 ||
      (t->words & function_words) || t->end - t->start < 4 || !word_has_ending (run, t, &run->lang->plural_endings, 0) ||
      word_has_ending (run, t, &run->lang->singular_endings, 0))
    return FALSE;
  while (first - 1 >= a && first > k - 3 && tok_at (run, first - 1)->kind == QM_TOK_WORD &&
         !(tok_at (run, first - 1)->words & (function_words & ~QM_WORD_DETERMINER)) &&
         !(tok_at (run, first - 1)->flags & QM_TOK_POSSESSIVE))
    {
      first--;
      if (tok_at (run, first)->words & QM_WORD_DETERMINER)
        break;
    }
  np->first = first;
  np->last = k;
  np->kind = QM_NP_ROLE;
  np->words = t->words;
  return TRUE;
}

/* "Auch der Minister sagte": leading adverbs are no part of the subject. */
static int
skip_lead_adverbs (QmRun *run,
                   int    a,
                   int    k)
{
  while (a < k && tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->words & QM_WORD_ADVERB) &&
         !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION)))
    a++;
  return a;
}

/* "Offensichtlich", "Möglicherweise": a capitalised adverb opening a
 * sentence, no name. */
static gboolean
adverb_like (QmRun *run,
             int    k)
{
  QmTok *t = tok_at (run, k);

  return t->kind == QM_TOK_WORD && (t->flags & QM_TOK_CAPITAL) && !(t->words & (QM_WORD_TITLE | QM_WORD_ROLE)) &&
         qm_lang_has_adverb_ending (run->lang, run->data + t->start, t->end - t->start);
}

/* Tokens [a, k] as a noun phrase: words only, opening with a determiner
 * or a capital that is no function word, holding a capitalised noun. */
static gboolean
first_constituent (QmRun *run,
                   int    a,
                   int    k)
{
  QmTok *first = tok_at (run, a);
  gboolean noun = FALSE;
  const guint not_in = QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT |
                       QM_WORD_ADVERB | QM_WORD_PRONOUN | QM_WORD_RELATIVE | QM_WORD_REPORTED_MOOD;

  if (first->kind != QM_TOK_WORD || (first->words & ((not_in & ~QM_WORD_PRONOUN) | QM_WORD_OBLIQUE)) ||
      (a == k && adverb_like (run, a)) ||
      (first->words & QM_WORD_NOT_NAME && !(first->words & QM_WORD_DETERMINER)))
    return FALSE;
  for (int i = a; i <= k; i++)
    {
      QmTok *t = tok_at (run, i);

      if (t->kind != QM_TOK_WORD || t->mark >= 0)
        return FALSE;
      if (i > a && (t->words & not_in) && !(t->words & QM_WORD_DETERMINER))
        return FALSE;
      if ((t->flags & QM_TOK_CAPITAL) && i > a)
        noun = TRUE;
    }
  /* "Sichtlich bewegt sagte …": an adverb with lower-case words after it
   * is fronted, no subject */
  if (!noun && adverb_like (run, a))
    return FALSE;
  return noun || (first->flags & QM_TOK_CAPITAL && !(first->words & QM_WORD_DETERMINER));
}

/* "Twenty-four percent said", "Nearly half say", "more than 4 in 10
 * voters said", "75 percent of Democrats said": a quantity of people that
 * ends right before the verb at @k + 1. */
static gboolean
quantity_left (QmRun *run,
               int    a,
               int    k,
               QmNp  *np)
{
  gboolean quantity = FALSE;
  int s = k;

  while (s >= a && s > k - 10)
    {
      QmTok *t = tok_at (run, s);

      /* "31% of voters": a percent sign after a number */
      if (is_punct (run, s, '%') && s - 1 >= a && (tok_at (run, s - 1)->flags & QM_TOK_DIGIT) &&
          tok_at (run, s - 1)->end == t->start)
        {
          s--;
          continue;
        }
      if (t->kind != QM_TOK_WORD || t->mark >= 0 ||
          (t->words & (QM_WORD_VERB | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION | QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)) ||
          ((t->words & QM_WORD_PREPOSITION) && (t->flags & QM_TOK_CAPITAL)))
        break;
      /* "the 23-year-old": a number joined to a role is one person */
      if ((t->flags & QM_TOK_DIGIT) && (t->words & QM_WORD_ROLE))
        return FALSE;
      quantity |= (t->words & QM_WORD_QUANTITY) || (t->flags & QM_TOK_DIGIT);
      s--;
    }
  s++;
  /* "nearly", "about", "more than", "a", "the": before the number */
  while (s < k && !(tok_at (run, s)->words & QM_WORD_QUANTITY) && !(tok_at (run, s)->flags & QM_TOK_DIGIT) &&
         tok_at (run, s)->end - tok_at (run, s)->start <= 6 && (tok_at (run, s)->flags & (QM_TOK_LOWER | QM_TOK_CAPITAL)) &&
         !(tok_at (run, s + 1)->flags & QM_TOK_CAPITAL))
    s++;
  if (!quantity || s > k || !((tok_at (run, s)->words & QM_WORD_QUANTITY) || (tok_at (run, s)->flags & QM_TOK_DIGIT)))
    return FALSE;
  /* "Maria ten Brink said": a number word that is also a name connector,
   * between capitalised words, is inside a name */
  if ((tok_at (run, s)->words & QM_WORD_CONNECTOR) && (tok_at (run, s)->flags & QM_TOK_LOWER) && s - 1 >= a && s < k &&
      tok_at (run, s - 1)->kind == QM_TOK_WORD && (tok_at (run, s - 1)->flags & QM_TOK_CAPITAL) &&
      (tok_at (run, s + 1)->flags & QM_TOK_CAPITAL))
    return FALSE;
  np->first = s;
  np->last = k;
  np->kind = QM_NP_NONE;
  _qm_np_classify (run, np);
  return TRUE;
}

/* The phrase after the verb at @verb, past a few adverbs, that may be
 * its subject: a word outside quotation marks, no oblique form, no
 * possessor. */
static gboolean
phrase_after_verb (QmRun *run,
                   int    verb,
                   QmNp  *after)
{
  int n = (int)run->toks->len;
  int r = verb + 1;

  while (r < n && r < verb + 4 && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_ADVERB) &&
         !(tok_at (run, r)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_PREPOSITION)))
    r++;
  return _qm_np_right (run, r, MIN (n, r + 12), after) && tok_at (run, after->first)->kind == QM_TOK_WORD &&
         tok_at (run, after->first)->mark < 0 && !(tok_at (run, after->first)->words & QM_WORD_OBLIQUE) &&
         !(tok_at (run, after->last)->flags & QM_TOK_POSSESSIVE);
}

/* German: whether "der" at @s (a definite article not in female-articles,
 * capitalised when @capital, else in lower case) opens a phrase whose noun
 * right after it has an ending of a feminine noun (feminine-noun-endings):
 * "*Der Polizei* dankte …" is a dative or a genitive, no subject (as
 * subject_follows_verb() reads it before the verb); "sagte … *der
 * Zeitung*" is a dative. */
static gboolean
feminine_dative (QmRun    *run,
                 int       s,
                 gboolean  capital)
{
  QmTok *t = tok_at (run, s);
  QmTok *noun;

  if (s + 1 >= (int)run->toks->len || t->kind != QM_TOK_WORD ||
      !(t->flags & (capital ? QM_TOK_CAPITAL : QM_TOK_LOWER)) || (!capital && (t->words & QM_WORD_OBLIQUE)) ||
      !(t->words & QM_WORD_DEFINITE) || !(t->words & QM_WORD_DETERMINER) || (t->words & QM_WORD_PRONOUN) ||
      run->lang->feminine_noun_endings.list == NULL || word_has_role (run, t, QM_ROLE_FEMALE_ARTICLE))
    return FALSE;
  noun = tok_at (run, s + 1);
  return noun->kind == QM_TOK_WORD && (noun->flags & QM_TOK_CAPITAL) && noun->mark < 0 &&
         qm_lang_ends_with (&run->lang->feminine_noun_endings, run->data + noun->start, noun->end - noun->start, 2);
}

/* German "Die Äußerungen *Brenners und Talheims* bezeichnete …": the
 * token after the capitalised words no list knows (no given names) that end
 * in one of genitive-endings from @k on, joined by commas or additive conjunctions,
 * before @end — or @k when there are none. */
static int
genitive_names_end (QmRun *run,
                    int    k,
                    int    end)
{
  int e = k, last = k;

  while (e < end && tok_at (run, e)->kind == QM_TOK_WORD && tok_at (run, e)->mark < 0 &&
         (tok_at (run, e)->flags & QM_TOK_CAPITAL) && (tok_at (run, e)->words & ~QM_WORD_NOT_NAME) == 0 &&
         tok_at (run, e)->end - tok_at (run, e)->start > 3 &&
         !word_has_role (run, tok_at (run, e), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME) &&
         qm_lang_ends_with (&run->lang->genitive_endings, run->data + tok_at (run, e)->start,
                            tok_at (run, e)->end - tok_at (run, e)->start, 3))
    {
      last = ++e;
      if (e + 1 < end && (is_punct (run, e, ',') ||
                          ((tok_at (run, e)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, e), QM_ROLE_ADDITIVE))))
        e++;
      else
        break;
    }
  return last;
}

/* Verb second, "Die Anwendung der Regel stellte der Parteichef in Frage",
 * "Als Begründung sagte ein Forscher", "Diese Haltung lobte er": the phrase
 * before the verb at @verb (from @a) is fronted and the subject follows
 * the verb when that phrase's head noun names no one and a phrase that
 * surely names someone follows the verb: "er", "wir" (a nominative
 * pronoun, which no oblique form is), a role, a title, an organisation or
 * someone named before. "sie" may be an object ("Der Arzt nannte sie
 * „fahrlässig“"), so it does not count. */
static gboolean
subject_follows_verb (QmRun *run,
                      int    a,
                      int    verb)
{
  int s = skip_lead_adverbs (run, a, verb - 1);
  int n = (int)run->toks->len;
  int h;
  gboolean det;
  QmNp after, head;
  QmTok *t;

  if (s >= verb)
    return FALSE;
  t = tok_at (run, s);
  /* "Darauf antwortete er: „…“", "Dazu sagte die Ministerin Eva Roth": a
   * pronominal adverb alone before the verb is fronted, and a pronoun
   * ("sie" too), a role or a name after the verb is the subject */
  if ((s == verb - 1 && t->kind == QM_TOK_WORD && (t->flags & QM_TOK_CAPITAL) && t->mark < 0 &&
       word_has_role (run, t, QM_ROLE_PRONOMINAL_ADVERB)) ||
      /* "Der Polizei dankte die Bürgermeisterin: „…“": "der" before a
       * feminine noun (feminine-noun-endings) is a dative or a genitive */
      (s == verb - 2 && t->kind == QM_TOK_WORD && (t->flags & QM_TOK_CAPITAL) && (t->words & QM_WORD_DEFINITE) &&
       (t->words & QM_WORD_DETERMINER) && !(t->words & QM_WORD_PRONOUN) && run->lang->feminine_noun_endings.list != NULL &&
       !word_has_role (run, t, QM_ROLE_FEMALE_ARTICLE) && tok_at (run, verb - 1)->kind == QM_TOK_WORD &&
       (tok_at (run, verb - 1)->flags & QM_TOK_CAPITAL) && tok_at (run, verb - 1)->mark < 0 &&
       qm_lang_ends_with (&run->lang->feminine_noun_endings, run->data + tok_at (run, verb - 1)->start,
                          tok_at (run, verb - 1)->end - tok_at (run, verb - 1)->start, 2)))
    {
      if (!phrase_after_verb (run, verb, &after))
        return FALSE;
      if (after.kind == QM_NP_PRONOUN)
        return !(after.first + 1 < n && tok_at (run, after.first + 1)->kind == QM_TOK_WORD &&
                 (tok_at (run, after.first + 1)->flags & QM_TOK_CAPITAL));
      return after.kind != QM_NP_NONE &&
             (_qm_np_names_person (run, &after) ||
              (after.kind == QM_NP_NAME && after.last > after.first &&
               (tok_at (run, after.last - 1)->flags & QM_TOK_CAPITAL) &&
               !(tok_at (run, after.last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME))));
    }
  /* "Als Vorsitzende sagte Lund …", "Als Sprecherin des Vereins betonte
   * sie …": a naming word (naming-words) and a title or a role without an
   * article before the verb say in what role the one after the verb
   * speaks, a name or a pronoun in the nominative */
  if (s + 1 < verb && t->kind == QM_TOK_WORD && (t->flags & QM_TOK_CAPITAL) && t->mark < 0 &&
      word_has_role (run, t, QM_ROLE_NAMING) && tok_at (run, s + 1)->kind == QM_TOK_WORD &&
      (tok_at (run, s + 1)->flags & QM_TOK_CAPITAL) && tok_at (run, s + 1)->mark < 0 &&
      (tok_at (run, s + 1)->words & (QM_WORD_TITLE | QM_WORD_ROLE)) &&
      !(tok_at (run, s + 1)->words & QM_WORD_DETERMINER))
    {
      if (!phrase_after_verb (run, verb, &after))
        return FALSE;
      if (after.kind == QM_NP_PRONOUN)
        return !(after.first + 1 < n && tok_at (run, after.first + 1)->kind == QM_TOK_WORD &&
                 (tok_at (run, after.first + 1)->flags & QM_TOK_CAPITAL));
      return after.kind == QM_NP_NAME && (tok_at (run, after.first)->flags & QM_TOK_CAPITAL) &&
             !(tok_at (run, after.first)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME));
    }
  det = (t->words & QM_WORD_DETERMINER) && !(t->words & QM_WORD_PRONOUN);
  /* A determiner, or a capitalised conjunction ("Als"), opens the phrase. */
  if (t->kind != QM_TOK_WORD || t->mark >= 0 ||
      !(det || ((t->flags & QM_TOK_CAPITAL) && (t->words & QM_WORD_CONJUNCTION))))
    return FALSE;
  /* Its head: the first capitalised word, after lower-case adjectives. */
  for (h = s + 1; h < verb && tok_at (run, h)->kind == QM_TOK_WORD && (tok_at (run, h)->flags & QM_TOK_LOWER) &&
                  tok_at (run, h)->words == 0; h++)
    ;
  if (h >= verb || tok_at (run, h)->kind != QM_TOK_WORD || !(tok_at (run, h)->flags & QM_TOK_CAPITAL) ||
      tok_at (run, h)->mark >= 0 || (tok_at (run, h)->words & ~QM_WORD_NOT_NAME))
    return FALSE;
  /* "Der Sprecher Hans Meier", "Die Ministerin Keller": a name follows
   * (not "Die Äußerungen Brenners und Talheims": names in the genitive up
   * to the verb, their owners). */
  if (h + 1 < verb && tok_at (run, h + 1)->kind == QM_TOK_WORD && (tok_at (run, h + 1)->flags & QM_TOK_CAPITAL) &&
      !(tok_at (run, h + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_NOT_NAME)) &&
      genitive_names_end (run, h + 1, verb) != verb)
    return FALSE;
  head.first = head.last = h;
  head.kind = QM_NP_NONE;
  _qm_np_classify (run, &head);
  if (_qm_np_names_person (run, &head))
    return FALSE;
  if (!phrase_after_verb (run, verb, &after))
    return FALSE;
  if (after.kind == QM_NP_PRONOUN)
    {
      guint w = tok_at (run, after.first)->words;

      /* "sein Sprecher": a possessive, not the subject. */
      if (after.first + 1 < n && tok_at (run, after.first + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, after.first + 1)->flags & QM_TOK_CAPITAL))
        return FALSE;
      /* "Die Kritik wies sie als „haltlos“ zurück": "sie" too after a
       * verb in the singular, when an article of a woman (female-articles)
       * opens the phrase before it and its noun has no ending of a woman's
       * role ("Die Kritik", "Die Vorwürfe"; not "Der Geschäftsführer nannte
       * sie", where "sie" is the object) */
      return (w & QM_WORD_MALE) || ((w & QM_WORD_PLURAL) && !(w & QM_WORD_FEMALE)) ||
             ((w & QM_WORD_FEMALE) && det && word_has_role (run, t, QM_ROLE_FEMALE_ARTICLE) &&
              run->lang->female_role_endings.list != NULL &&
              !qm_lang_ends_with (&run->lang->female_role_endings, run->data + tok_at (run, h)->start,
                                  tok_at (run, h)->end - tok_at (run, h)->start, 0) &&
              run->lang->plural_verb_endings.list != NULL &&
              !qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + tok_at (run, verb)->start,
                                  tok_at (run, verb)->end - tok_at (run, verb)->start, 2));
    }
  /* "Als Beispiel nannte der Schiedsrichter …": a phrase that a
   * conjunction opens ("as an example") is no subject, and a phrase that
   * a determiner of the nominative opens after the verb is. */
  if (!det && (tok_at (run, after.first)->words & QM_WORD_DETERMINER) && (tok_at (run, after.first)->flags & QM_TOK_LOWER) &&
      !(tok_at (run, after.first)->words & QM_WORD_PRONOUN) && after.kind != QM_NP_NONE)
    return TRUE;
  /* "Die Äußerungen bezeichnete Ott als „…“": a noun in the plural after
   * an article of a woman (which "die" of the plural is) before a verb in
   * the singular is no subject; a name after the verb is */
  if (after.kind == QM_NP_NAME && det && word_has_role (run, t, QM_ROLE_FEMALE_ARTICLE) &&
      (tok_at (run, after.first)->flags & QM_TOK_CAPITAL) && !(tok_at (run, after.first)->words & QM_WORD_DETERMINER) &&
      run->lang->plural_noun_endings.list != NULL && run->lang->plural_verb_endings.list != NULL &&
      qm_lang_ends_with (&run->lang->plural_noun_endings, run->data + tok_at (run, h)->start,
                         tok_at (run, h)->end - tok_at (run, h)->start, 3) &&
      !qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + tok_at (run, verb)->start,
                          tok_at (run, verb)->end - tok_at (run, verb)->start, 2))
    return TRUE;
  /* "der SPD-Vorsitzende Karl Lenz": a first name and a surname. */
  if (after.kind == QM_NP_NAME && after.last > after.first &&
      (tok_at (run, after.last - 1)->flags & QM_TOK_CAPITAL) && (tok_at (run, after.last)->flags & QM_TOK_CAPITAL) &&
      !(tok_at (run, after.last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)))
    return TRUE;
  return _qm_np_names_person (run, &after);
}

/* German: the first token of "laut „…“", "von der „…“", "gegenüber
 * der Zeitung „…“" — a preposition (or a source word) whose object ends
 * with the short name in quotation marks that closes at @close, the
 * preposition lower case, at most an article and a noun between it and
 * the name — or -1. */
static int
quoted_adjunct_start (QmRun *run,
                      int    a,
                      int    close)
{
  int o = close - 1;
  int p;

  while (o > a && o > close - 8 && tok_at (run, o)->kind != QM_TOK_OPEN)
    {
      if (is_final_punct (tok_at (run, o)) || is_punct (run, o, ',') || is_punct (run, o, ':'))
        return -1;
      o--;
    }
  if (o <= a || tok_at (run, o)->kind != QM_TOK_OPEN || tok_at (run, o)->mark != tok_at (run, close)->mark ||
      o + 1 == close)
    return -1;
  p = o - 1;
  /* "der Zeitung „…“", "der „…“" */
  if (p > a && tok_at (run, p)->kind == QM_TOK_WORD && (tok_at (run, p)->flags & QM_TOK_CAPITAL) &&
      !(tok_at (run, p)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_VERB)))
    p--;
  if (p > a && tok_at (run, p)->kind == QM_TOK_WORD && (tok_at (run, p)->words & QM_WORD_DETERMINER) &&
      (tok_at (run, p)->flags & QM_TOK_LOWER) && !(tok_at (run, p)->words & QM_WORD_PRONOUN))
    p--;
  if (p <= a || tok_at (run, p)->kind != QM_TOK_WORD || tok_at (run, p)->mark >= 0 || !(tok_at (run, p)->flags & QM_TOK_LOWER))
    return -1;
  if ((tok_at (run, p)->words & QM_WORD_ACCORDING) ||
      ((tok_at (run, p)->words & QM_WORD_PREPOSITION) && p < o - 1))
    return p;
  return -1;
}

/* German: "Dem „Tagesblatt“ sagte Lind, …" — whether the mark that closes
 * at @close is a short capitalised name right after a determiner or a
 * preposition (a fronted object), no quotation before its cue. */
static gboolean
determined_quoted_name (QmRun *run,
                        int    a,
                        int    close)
{
  int o = close - 1;

  while (o > a && o > close - 6 && tok_at (run, o)->kind != QM_TOK_OPEN)
    {
      if (tok_at (run, o)->kind != QM_TOK_WORD && !is_punct (run, o, '-'))
        return FALSE;
      o--;
    }
  return o > a && tok_at (run, o)->kind == QM_TOK_OPEN && tok_at (run, o)->mark == tok_at (run, close)->mark &&
         o + 1 < close && (tok_at (run, o + 1)->flags & QM_TOK_CAPITAL) && tok_at (run, o - 1)->kind == QM_TOK_WORD &&
         tok_at (run, o - 1)->mark < 0 &&
         (tok_at (run, o - 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION)) &&
         !(tok_at (run, o - 1)->words & QM_WORD_PRONOUN);
}

/* "Lund was asked whether …", "after being asked about …": a question
 * verb at @v made passive by a form of "be" before it (adverbs between);
 * the one asked is no speaker: @agent is the asker, the phrase after "by"
 * right after the verb, or no one (QM_NP_NONE). */
static gboolean
passive_question (QmRun *run,
                  int    a,
                  int    v,
                  QmNp  *agent)
{
  QmTok *t = tok_at (run, v);
  int n = (int)run->toks->len;

  if (t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_LOWER) || !word_has_role (run, t, QM_ROLE_QUESTION_VERB))
    return FALSE;
  for (int k = v - 1; k >= a && k >= v - 3; k--)
    {
      QmTok *u = tok_at (run, k);

      if (u->kind != QM_TOK_WORD || u->mark >= 0)
        return FALSE;
      if (word_has_role (run, u, QM_ROLE_PASSIVE_AUXILIARY))
        {
          if (!(v + 2 < n && word_has_role (run, tok_at (run, v + 1), QM_ROLE_AGENT) &&
                _qm_np_right (run, v + 2, n, agent) && agent->kind != QM_NP_NONE))
            {
              agent->first = agent->last = v;
              agent->kind = QM_NP_NONE;
            }
          return TRUE;
        }
      if (!(u->words & QM_WORD_ADVERB) && !ly_adverb (run, a, k))
        return FALSE;
    }
  return FALSE;
}

static void cut_passive_agent (QmRun *run,
                               QmNp  *np,
                               int    n);

/* Whether a passive auxiliary ("was", "been") stands in [@lo, @hi): "after
 * the article was published" is no act of the article's. */
static gboolean
passive_between (QmRun *run,
                 int    lo,
                 int    hi)
{
  for (int k = lo; k < hi; k++)
    if (tok_at (run, k)->kind == QM_TOK_WORD && word_has_role (run, tok_at (run, k), QM_ROLE_PASSIVE_AUXILIARY))
      return TRUE;
  return FALSE;
}

/* Whether the tokens [@from, @to) are a name's last words at most: none,
 * or up to six capitalised words with connectors or short words in lower
 * case among them, ending with a capital ("Union Maritime de la Côte"
 * after "des Fischerverbands"). */
static gboolean
name_tail (QmRun *run,
           int    from,
           int    to)
{
  if (from == to)
    return TRUE;
  if (from > to || to - from > 6 || !(tok_at (run, to - 1)->flags & QM_TOK_CAPITAL))
    return FALSE;
  for (int k = from; k < to; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind != QM_TOK_WORD || t->mark >= 0 ||
          !((t->flags & QM_TOK_CAPITAL) ||
            /* "de", "la", "du": connectors or short words, no verb */
            ((t->flags & QM_TOK_LOWER) && k + 1 < to &&
             ((t->words & QM_WORD_CONNECTOR) || (!(t->words & QM_WORD_VERB) && t->end - t->start <= 3)))))
        return FALSE;
    }
  return TRUE;
}

/* The subject of a verb: the phrase right before it, or the phrase that
 * opens the sentence when an apposition stands between ("Okafor, a
 * transport engineer …, told"). @depth counts the verbs passed on the way
 * whose object holds the cue ("delivered a short reply", "sent out a
 * release saying"): a chain of them is followed a few steps only, or it
 * took time quadratic in its length. */
static gboolean apposition_subject_at (QmRun *run, int a, int b, QmNp *np, int *verb_at);

/* English cleft: "It was at the harbour that Lund, who …, said": when
 * a capitalised word of not-names that is no preposition and no
 * conjunction ("It", "This") and a form of "be"
 * (passive-auxiliaries) open the sentence at @a,
 * the token after the lower-case declarative "that" that ends the fronted
 * part, before @end; or -1. */
static int
cleft_that (QmRun *run,
            int    a,
            int    end)
{
  QmTok *it = tok_at (run, a);

  if (run->lang->verb_second || a + 3 >= end || it->kind != QM_TOK_WORD || !(it->flags & QM_TOK_CAPITAL) ||
      !(it->words & QM_WORD_NOT_NAME) ||
      (it->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_SUBORDINATE | QM_WORD_COMPLEMENT |
                    QM_WORD_RELATIVE)) ||
      tok_at (run, a + 1)->kind != QM_TOK_WORD || !(tok_at (run, a + 1)->flags & QM_TOK_LOWER) ||
      !word_has_role (run, tok_at (run, a + 1), QM_ROLE_PASSIVE_AUXILIARY))
    return -1;
  for (int t = a + 2; t + 1 < end && t <= a + 12; t++)
    {
      QmTok *u = tok_at (run, t);

      if (u->kind != QM_TOK_WORD || u->mark >= 0)
        return -1;
      if ((u->flags & QM_TOK_LOWER) && word_has_role (run, u, QM_ROLE_DECLARATIVE))
        return t + 1;
    }
  return -1;
}

/* German "Der Mann, der am Steuer saß, sei …": from @a, a phrase, a comma,
 * a relative pronoun in lower case (subject-relatives), words up to a
 * comma, then a verb in the Konjunktiv (reported-mood) in lower case,
 * all before @k. */
static gboolean
mood_after_relative (QmRun *run,
                     int    a,
                     int    k)
{
  QmNp first;

  if (!_qm_np_right (run, a, k, &first) || first.first != a || first.last + 4 >= k || !is_punct (run, first.last + 1, ',') ||
      tok_at (run, first.last + 2)->kind != QM_TOK_WORD || !(tok_at (run, first.last + 2)->flags & QM_TOK_LOWER) ||
      !word_has_role (run, tok_at (run, first.last + 2), QM_ROLE_SUBJECT_RELATIVE))
    return FALSE;
  for (int c = first.last + 3; c + 1 < k && c <= first.last + 20; c++)
    {
      QmTok *t = tok_at (run, c + 1);

      if (tok_at (run, c)->mark >= 0 || is_final_punct (tok_at (run, c)))
        return FALSE;
      if (is_punct (run, c, ','))
        return t->kind == QM_TOK_WORD && t->mark < 0 && (t->flags & QM_TOK_LOWER) && (t->words & QM_WORD_REPORTED_MOOD);
    }
  return FALSE;
}

/* How far back from a cue the comma of the clause it ends is looked for */
#define CLAUSE_REACH 40

/* The last comma in (@lo, @end - 1) no further than CLAUSE_REACH tokens
 * before the cue at @end, outside quotation marks when @outside, or -1:
 * "…, während die Initiative B … unterstützt und *fordert*". Bounded, as
 * a sentence without commas and a cue after every "und" asked for each
 * cue back to its start. */
static int
last_comma (QmRun    *run,
            int       lo,
            int       end,
            gboolean  outside)
{
  for (int c = end - 2; c > lo && c > end - CLAUSE_REACH; c--)
    if (is_punct (run, c, ',') && (!outside || tok_at (run, c)->mark < 0))
      return c;
  return -1;
}

/* Whether the token after @np closes a quotation mark that opens inside
 * it: "Die „Initiative Grünes Tal“". */
static gboolean
np_closes_quoted_name (QmRun      *run,
                       const QmNp *np)
{
  QmTok *close;

  if (np->last + 1 >= (int)run->toks->len)
    return FALSE;
  close = tok_at (run, np->last + 1);
  if (close->kind != QM_TOK_CLOSE)
    return FALSE;
  for (int i = np->first; i < np->last; i++)
    if (tok_at (run, i)->kind == QM_TOK_OPEN && tok_at (run, i)->mark == close->mark)
      return TRUE;
  return FALSE;
}

static gboolean
subject_left_full (QmRun    *run,
                   int       a,
                   int       verb,
                   QmNp     *np,
                   int       depth)
{
  int k = skip_adverbs_left (run, a, verb - 1);
  int cleft;

  if (k < a)
    return FALSE;
  /* "It has been claimed that …", "It had since been suggested …": a
   * passive auxiliary after the perfect's, with an impersonal pronoun
   * (impersonal-pronouns) before them, is the passive "It was claimed"
   * is; its subject names no one (the caller tells) */
  if (!run->lang->verb_second && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
      word_has_role (run, tok_at (run, k), QM_ROLE_PASSIVE_AUXILIARY) && k - 1 > a &&
      (tok_at (run, k - 1)->words & QM_WORD_ADVERB))
    {
      int it = skip_adverbs_left (run, a, k - 1);

      if (it >= a && it < k - 1 && tok_at (run, it)->kind == QM_TOK_WORD &&
          word_has_role (run, tok_at (run, it), QM_ROLE_IMPERSONAL_PRONOUN))
        k = it;
    }
  /* German "Der Verein Kino für alle bezeichnete …": the name of an
   * organisation that runs up to the verb */
  if (run->lang->verb_second && verb + 1 <= (int)run->toks->len && _qm_np_right (run, a, verb + 1, np) &&
      np->first == a && np->last == verb - 1 && np->kind == QM_NP_ORGANISATION && np->last > a + 3 &&
      word_has_role (run, tok_at (run, np->last - 1), QM_ROLE_HOLDER_PREPOSITION))
    return TRUE;
  /* English cleft: "It was at the harbour that Lund first said": the
   * subject follows the "that" that ends the fronted part */
  if (depth < 4 && (cleft = cleft_that (run, a, verb)) > a)
    return subject_left_full (run, cleft, verb, np, depth + 1);
  /* "released a statement Wednesday saying …": a day between the object
   * and the participle is no part of the phrase before it */
  if (!run->lang->verb_second && k == verb - 1 && k - 1 > a && participle_ending (run, tok_at (run, verb), 3) &&
      (tok_at (run, verb)->flags & QM_TOK_LOWER) && skip_time (run, k, verb) == verb &&
      tok_at (run, k - 1)->kind == QM_TOK_WORD && (tok_at (run, k - 1)->flags & QM_TOK_LOWER) &&
      !(tok_at (run, k - 1)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION | QM_WORD_PRONOUN)))
    k--;
  /* German "Kurz darauf gab es Kritik", "Wenig später sagte Lund": a
   * capitalised word that opens the sentence before a word that ends a
   * time (time-ends) is a fronted time phrase, no subject */
  if (run->lang->verb_second && a + 1 < verb && tok_at (run, a)->kind == QM_TOK_WORD && tok_at (run, a)->mark < 0 &&
      (tok_at (run, a)->flags & QM_TOK_CAPITAL) && !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)) &&
      tok_at (run, a + 1)->kind == QM_TOK_WORD && (tok_at (run, a + 1)->flags & QM_TOK_LOWER) &&
      word_has_role (run, tok_at (run, a + 1), QM_ROLE_TIME_END) && k <= a + 1)
    return FALSE;
  /* German "Ende August sagte Lund", "Anfang Mai erklärte …": a
   * capitalised word before a month (an ordinal-nouns word still a
   * not-name: no given name before it) is a fronted time phrase */
  if (run->lang->verb_second && a + 2 == verb && tok_at (run, a)->kind == QM_TOK_WORD && tok_at (run, a)->mark < 0 &&
      (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
      !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_NOT_NAME)) &&
      tok_at (run, a + 1)->kind == QM_TOK_WORD && (tok_at (run, a + 1)->flags & QM_TOK_CAPITAL) &&
      (tok_at (run, a + 1)->words & QM_WORD_NOT_NAME) && word_has_role (run, tok_at (run, a + 1), QM_ROLE_ORDINAL_NOUN))
    return FALSE;
  /* German "Zugleich räumte er ein, …": a man's pronoun in the nominative
   * right after the verb is its subject, whatever word opens the clause */
  if (run->lang->verb_second && verb + 1 < (int)run->toks->len && tok_at (run, verb + 1)->kind == QM_TOK_WORD &&
      (tok_at (run, verb + 1)->words & (QM_WORD_PRONOUN | QM_WORD_MALE)) == (QM_WORD_PRONOUN | QM_WORD_MALE) &&
      !(tok_at (run, verb + 1)->words & QM_WORD_OBLIQUE))
    return FALSE;
  /* German "Zwei Tage nach dem Umsturz erklärte der Minister, …": a
   * phrase that names no one with a preposition's phrase in it, before a
   * verb in the singular, is fronted when an article in lower case right
   * after the verb opens a phrase that surely names someone: the
   * subject */
  if (run->lang->verb_second && verb - a >= 3 && verb - a <= 10 && verb + 2 < (int)run->toks->len &&
      tok_at (run, verb + 1)->kind == QM_TOK_WORD && (tok_at (run, verb + 1)->flags & QM_TOK_LOWER) &&
      (tok_at (run, verb + 1)->words & QM_WORD_DEFINITE) && tok_at (run, a)->kind == QM_TOK_WORD &&
      (tok_at (run, a)->flags & QM_TOK_CAPITAL) && !(tok_at (run, a)->words & (QM_WORD_PREPOSITION | QM_WORD_PRONOUN)) &&
      run->lang->plural_verb_endings.list != NULL &&
      !qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + tok_at (run, verb)->start,
                          tok_at (run, verb)->end - tok_at (run, verb)->start, 2))
    {
      int p = -1;
      QmNp front, after;

      for (int j = a + 1; j < verb; j++)
        {
          QmTok *u = tok_at (run, j);

          if (u->kind != QM_TOK_WORD || u->mark >= 0)
            {
              p = -1;
              break;
            }
          if (p < 0 && (u->flags & QM_TOK_LOWER) && (u->words & QM_WORD_PREPOSITION))
            p = j;
        }
      if (p > a + 1 && _qm_np_right (run, a, p, &front) && front.kind != QM_NP_PRONOUN && !_qm_np_names_person (run, &front) &&
          front.kind != QM_NP_ORGANISATION &&
          phrase_after_verb (run, verb, &after) && (tok_at (run, after.first)->flags & QM_TOK_LOWER) &&
          (tok_at (run, after.first)->words & QM_WORD_DEFINITE) && after.kind != QM_NP_PRONOUN &&
          _qm_np_names_person (run, &after))
        return FALSE;
    }
  if (!run->lang->verb_second && passive_question (run, a, verb, np))
    return TRUE;
  /* "When she returned she began by saying …", "Lund responded by
   * calling it …": a participle after the agent preposition and a word in
   * lower case right after a subject, the verb it tells the manner of,
   * has that verb's subject (not "broke a long silence by asking") */
  if (!run->lang->verb_second && depth < 4 && k == verb - 1 && k - 2 > a && participle_ending (run, tok_at (run, verb), 3) &&
      tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
      word_has_role (run, tok_at (run, k), QM_ROLE_AGENT) && tok_at (run, k - 1)->kind == QM_TOK_WORD &&
      (tok_at (run, k - 1)->flags & QM_TOK_LOWER) && tok_at (run, k - 1)->mark < 0 &&
      !(tok_at (run, k - 1)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION)) &&
      !participle_ending (run, tok_at (run, k - 1), 3) && !word_has_role (run, tok_at (run, k - 1), QM_ROLE_TIME_END))
    {
      QmNp subject;

      /* the subject a pronoun of the subject case (subject-pronouns), or
       * a phrase that opens the sentence or its clause: "Lund began by",
       * not "broke a long silence by", "hit Lund back by", "laugh it off
       * by" */
      if (subject_left_full (run, a, k - 1, &subject, depth + 1) && subject.kind != QM_NP_NONE &&
          subject.last == skip_adverbs_left (run, a, k - 2) &&
          ((subject.kind == QM_NP_PRONOUN && subject.first == subject.last &&
            word_has_role (run, tok_at (run, subject.first), QM_ROLE_SUBJECT_PRONOUN)) ||
           subject.first == skip_lead_adverbs (run, a, subject.first) || is_punct (run, subject.first - 1, ',') ||
           (tok_at (run, subject.first - 1)->kind == QM_TOK_WORD &&
            (tok_at (run, subject.first - 1)->words & (QM_WORD_CONJUNCTION | QM_WORD_SUBORDINATE | QM_WORD_RELATIVE)))))
        {
          *np = subject;
          return TRUE;
        }
    }
  /* "Lund, who …, on Friday described": a day between an apposition and
   * the verb */
  if (!run->lang->verb_second && k - 1 > a && tok_at (run, k)->kind == QM_TOK_WORD &&
      (tok_at (run, k)->flags & QM_TOK_CAPITAL) && (tok_at (run, k)->words & QM_WORD_NOT_NAME) &&
      !(tok_at (run, k)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)) &&
      word_has_role (run, tok_at (run, k - 1), QM_ROLE_TIME_PREPOSITION) &&
      k - 2 > a && is_punct (run, skip_adverbs_left (run, a, k - 2), ','))
    k = skip_adverbs_left (run, a, k - 2);
  /* "Lund on Thursday told …", "Lund later Thursday told …": a day
   * between the subject and the verb */
  else if (!run->lang->verb_second && k - 1 > a && tok_at (run, k)->kind == QM_TOK_WORD &&
           (tok_at (run, k)->flags & QM_TOK_CAPITAL) && (tok_at (run, k)->words & QM_WORD_NOT_NAME) &&
           !(tok_at (run, k)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION | QM_WORD_PREPOSITION |
                                       QM_WORD_ADVERB)) &&
           (tok_at (run, k - 1)->kind == QM_TOK_WORD || is_punct (run, k - 1, ')')))
    {
      int d = word_has_role (run, tok_at (run, k - 1), QM_ROLE_TIME_PREPOSITION) ? k - 2 : k - 1;

      d = skip_adverbs_left (run, a, d);
      /* "Sen. Anna Berg (D-Ohio) on Tuesday said": the party in
       * parentheses after the name, passed over below */
      if (d >= a && ((tok_at (run, d)->kind == QM_TOK_WORD && (tok_at (run, d)->flags & QM_TOK_CAPITAL) &&
                      !(tok_at (run, d)->words & QM_WORD_NOT_NAME)) ||
                     is_punct (run, d, ')')))
        k = d;
    }
  /* "Lund two days ago said", "Lund, the harbour chief, this past week
   * said": a time in lower case, a few words and a noun of time-nouns
   * (and a time-end after it), between the subject's name or apposition
   * and the verb */
  else if (!run->lang->verb_second && k - 2 > a && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
           /* not before a participle: "issued a statement last week
            * saying …" has its subject before the object */
           !participle_ending (run, tok_at (run, verb), 0) &&
           (word_has_role (run, tok_at (run, k), QM_ROLE_TIME_NOUN) ||
            (word_has_role (run, tok_at (run, k), QM_ROLE_TIME_END) && word_has_role (run, tok_at (run, k - 1), QM_ROLE_TIME_NOUN))))
    {
      int d = word_has_role (run, tok_at (run, k), QM_ROLE_TIME_NOUN) ? k - 1 : k - 2;
      int words = 0;

      /* "Sunday night": a day's name may stand in it */
      while (d > a && words < 4 && tok_at (run, d)->kind == QM_TOK_WORD && tok_at (run, d)->mark < 0 &&
             ((tok_at (run, d)->flags & QM_TOK_LOWER) ||
              ((tok_at (run, d)->flags & QM_TOK_CAPITAL) && (tok_at (run, d)->words & QM_WORD_NOT_NAME))) &&
             !(tok_at (run, d)->words & (QM_WORD_VERB | QM_WORD_PRONOUN | QM_WORD_RELATIVE | QM_WORD_COMPLEMENT |
                                         QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_ROLE | QM_WORD_ORGANISATION)))
        {
          d--;
          words++;
        }
      if (words > 0 && words < 4 &&
          (is_punct (run, d, ',') ||
           (tok_at (run, d)->kind == QM_TOK_WORD &&
            (((tok_at (run, d)->flags & QM_TOK_CAPITAL) && !(tok_at (run, d)->words & QM_WORD_NOT_NAME)) ||
             (tok_at (run, d)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION))))))
        k = d;
    }
  if (k < a)
    return FALSE;
  /* "Tom Lund, the host of “Sea Wolf,” said …": an apposition that ends
   * with a title in marks (its comma inside the closing mark) between the
   * phrase that opens the sentence and the verb */
  if (!run->lang->verb_second && k - 3 > a && tok_at (run, k)->kind == QM_TOK_CLOSE && tok_at (run, k)->mark >= 0 &&
      is_punct (run, k - 1, ',') && mark_at (run, tok_at (run, k)->mark)->n_words <= 4)
    {
      int o = k - 1;

      while (o > a && !(tok_at (run, o)->kind == QM_TOK_OPEN && tok_at (run, o)->mark == tok_at (run, k)->mark))
        o--;
      for (int c = o - 1; c > a && c >= o - 10; c--)
        {
          if (tok_at (run, c)->mark >= 0 || is_final_punct (tok_at (run, c)))
            break;
          /* "As Tom Lund, the author of “…,” put it" */
          if (is_punct (run, c, ','))
            return _qm_np_left (run, a, c - 1, np) && np->last == c - 1 && np->kind != QM_NP_PRONOUN &&
                   (np->first == a ||
                    (np->first == a + 1 && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
                     word_has_role (run, tok_at (run, a), QM_ROLE_COMPARISON)));
        }
    }
  /* "Barkley, who said …", "leaders who say …": the phrase the relative
   * pronoun follows. */
  if (k - 1 >= a && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_RELATIVE))
    {
      int e = is_punct (run, k - 1, ',') ? k - 2 : k - 1;

      /* "Rep. Tom Lund (R-Ohio), who said …": past the party */
      if (!run->lang->verb_second && e - 2 > a && is_punct (run, e, ')') && e < k - 1)
        {
          int o = e - 1;

          while (o > a && o > e - 6 && !is_punct (run, o, '(') && !is_punct (run, o, ')'))
            o--;
          if (o > a && is_punct (run, o, '('))
            e = o - 1;
        }
      return e >= a && (_qm_np_left (run, a, e, np) || bare_plural (run, a, e, np)) && np->kind != QM_NP_PRONOUN;
    }

  /* "The league denounced it and said …": the subject of the sentence. */
  if (k > a && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_CONJUNCTION) &&
      !(tok_at (run, k)->flags & QM_TOK_CAPITAL))
    {
      QmNp first = { 0, };
      gboolean found = FALSE;
      int s = a, p = a;

      /* "…, with Berg tweeting that … and asking, “…”": a participle after
       * the conjunction has the subject of the participle before it */
      if (!run->lang->verb_second && depth < 4 && participle_ending (run, tok_at (run, verb), 3))
        for (int w = k - 1; w > a && w >= k - 30; w--)
          {
            if (is_final_punct (tok_at (run, w)))
              break;
            if (is_verb (tok_at (run, w)) && participle_ending (run, tok_at (run, w), 3))
              {
                if (subject_left_full (run, a, w, np, depth + 1) && np->kind != QM_NP_NONE)
                  {
                    object_participle_subject (run, a, w, np);
                    return TRUE;
                  }
                break;
              }
          }
      while (s < k && tok_at (run, s)->kind == QM_TOK_WORD && (tok_at (run, s)->words & QM_WORD_ADVERB))
        s++;
      /* "When Lund later referred to the storm and said …": the subject
       * of the clause a subordinator opens, when no comma has ended it */
      if (!run->lang->verb_second && s == a && s + 2 < k && k - s < 32 && tok_at (run, s)->kind == QM_TOK_WORD &&
          (tok_at (run, s)->words & QM_WORD_SUBORDINATE) && (tok_at (run, s)->flags & QM_TOK_CAPITAL))
        {
          int c = s + 1;

          /* not after the comma that ends the clause: "When Lund came,
           * Berg stood up and said …" */
          while (c < k && !(is_punct (run, c, ',') && tok_at (run, c)->mark < 0))
            c++;
          if (c == k)
            s++;
        }
      /* Verb second: "Am Abend zogen die Anwohner … und riefen …" —
       * after a phrase that a preposition opens and the verb, the
       * subject. */
      while (p < k && tok_at (run, p)->kind == QM_TOK_WORD && (tok_at (run, p)->words & QM_WORD_ADVERB) &&
             !(tok_at (run, p)->words & QM_WORD_PREPOSITION))
        p++;
      if (run->lang->verb_second && p < k && tok_at (run, p)->kind == QM_TOK_WORD &&
          (tok_at (run, p)->words & QM_WORD_PREPOSITION) && (tok_at (run, p)->flags & QM_TOK_CAPITAL) &&
          p + 1 < k && tok_at (run, p + 1)->kind == QM_TOK_WORD)
        {
          /* "Am Montag": a day is no name, but ends the phrase */
          int f = _qm_np_right (run, p + 1, k, &first) ? first.last + 1
                  : (tok_at (run, p + 1)->flags & QM_TOK_CAPITAL) ? p + 2 : k;

          /* "Unter dem Motto „…“ zogen …" */
          if (f < k && tok_at (run, f)->kind == QM_TOK_OPEN && title_mark (run, f))
            {
              int c = close_token_of_mark (run, f, k, tok_at (run, f)->mark);

              f = c > 0 ? c + 1 : k;
            }
          if (f + 1 < k && tok_at (run, f)->kind == QM_TOK_WORD && (tok_at (run, f)->flags & QM_TOK_LOWER) &&
              tok_at (run, f)->mark < 0 &&
              !(tok_at (run, f)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION)) &&
              _qm_np_right (run, f + 1, k, np) && tok_at (run, np->first)->kind == QM_TOK_WORD &&
              !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE) && np->last + 1 < k &&
              (np->kind == QM_NP_NAME || np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION))
            return TRUE;
        }
      /* German "So hat sich etwa die Vorsitzende … ausgesprochen und
       * behauptet": after a word that opens the sentence and an auxiliary
       * in lower case (and a reflexive, adverbs), the subject */
      if (run->lang->verb_second && a + 3 < k && tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
          !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION)) &&
          tok_at (run, a + 1)->kind == QM_TOK_WORD && (tok_at (run, a + 1)->flags & QM_TOK_LOWER) &&
          (tok_at (run, a + 1)->words & QM_WORD_ADVERB) &&
          !(tok_at (run, a + 1)->words & (QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_DETERMINER)))
        {
          int y = a + 2;

          while (y + 1 < k && y <= a + 4 && tok_at (run, y)->kind == QM_TOK_WORD && (tok_at (run, y)->flags & QM_TOK_LOWER) &&
                 tok_at (run, y)->mark < 0 && !(tok_at (run, y)->words & ~(guint)QM_WORD_ADVERB) &&
                 tok_at (run, y + 1)->kind == QM_TOK_WORD && !(tok_at (run, y + 1)->flags & QM_TOK_CAPITAL))
            y++;
          if (_qm_np_right (run, y, k, np) && tok_at (run, np->first)->kind == QM_TOK_WORD &&
              !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE) && (tok_at (run, np->first)->flags & QM_TOK_LOWER) &&
              (np->kind == QM_NP_NAME || np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION))
            return TRUE;
        }
      /* German "…, während die Initiative Blaue Weide den Vorschlag
       * unterstützt und fordert, dass …": the subject of the clause that
       * a subordinator opens after the last comma, not the sentence's */
      if (run->lang->verb_second)
        {
          int c = last_comma (run, s, k, FALSE);
          QmTok *sub = c >= 0 ? tok_at (run, c + 1) : NULL;

          if (sub != NULL && sub->kind == QM_TOK_WORD && (sub->flags & QM_TOK_LOWER) &&
              word_has_role (run, sub, QM_ROLE_FRONTED_SUBORDINATOR) && _qm_np_right (run, c + 2, k, np) &&
              tok_at (run, np->first)->kind == QM_TOK_WORD && !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE) &&
              (np->kind == QM_NP_NAME || np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION))
            return TRUE;
        }
      if (!(!run->lang->verb_second && fronted_opener (run, s, k)) && (found = _qm_np_right (run, s, k, &first)) &&
          first.last + 1 < k &&
          ((tok_at (run, first.last + 1)->kind == QM_TOK_WORD && (tok_at (run, first.last + 1)->flags & QM_TOK_LOWER)) ||
           /* German "Die „Initiative Grünes Tal“ lehnt den Plan ab und
            * fordert": the name in quotation marks that the phrase ends
            * with, its closing mark before the verb */
           (run->lang->verb_second && first.kind == QM_NP_ORGANISATION && first.last + 2 < k &&
            np_closes_quoted_name (run, &first) && tok_at (run, first.last + 2)->kind == QM_TOK_WORD &&
            (tok_at (run, first.last + 2)->flags & QM_TOK_LOWER) && !(tok_at (run, first.last + 2)->words & QM_WORD_CONJUNCTION)) ||
           /* "Lund, who has …, arrived … and acknowledged" */
           (!run->lang->verb_second && first.kind != QM_NP_NONE && first.kind != QM_NP_PRONOUN &&
            is_punct (run, first.last + 1, ',') && first.last + 2 < k &&
            word_has_role (run, tok_at (run, first.last + 2), QM_ROLE_PERSON_RELATIVE))))
        {
          *np = first;
          return TRUE;
        }
      /* "The harbour officials, hoping for a way out, took over the quay and
       * said …", "Berg, the board's chair, backs it and says …": a
       * participle's phrase or an apposition between commas after the
       * subject, a lower-case word after it */
      if (!run->lang->verb_second && found && first.kind != QM_NP_NONE && first.kind != QM_NP_PRONOUN && first.last + 3 < k &&
          is_punct (run, first.last + 1, ',') && (tok_at (run, first.last + 2)->flags & QM_TOK_LOWER) &&
          (participle_ending (run, tok_at (run, first.last + 2), 3) ||
           (tok_at (run, first.last + 2)->words & QM_WORD_DETERMINER)))
        for (int c = first.last + 3; c + 1 < k && c <= first.last + 24; c++)
          {
            if (tok_at (run, c)->mark >= 0 || is_final_punct (tok_at (run, c)))
              break;
            if (is_punct (run, c, ','))
              {
                if (tok_at (run, c + 1)->kind == QM_TOK_WORD && (tok_at (run, c + 1)->flags & QM_TOK_LOWER) &&
                    !(tok_at (run, c + 1)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION |
                                                      QM_WORD_RELATIVE | QM_WORD_PRONOUN)))
                  {
                    *np = first;
                    return TRUE;
                  }
                break;
              }
          }
      /* "When Berg asked about it, he laughed and said …": a personal
       * pronoun that opens the clause after the last comma, a few words
       * in lower case before the conjunction */
      if (!run->lang->verb_second)
        for (int c = k - 2; c > a && c >= k - 6; c--)
          {
            QmTok *t = tok_at (run, c);

            if (is_punct (run, c - 1, ',') && tok_at (run, c - 1)->mark < 0)
              {
                if (is_personal_pronoun_tok (t) && (t->flags & QM_TOK_LOWER) && !(t->words & QM_WORD_DETERMINER))
                  {
                    np->first = np->last = c;
                    np->kind = QM_NP_PRONOUN;
                    np->words = t->words;
                    return TRUE;
                  }
                break;
              }
            if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER))
              break;
          }
      /* "In an interview, Trump doubled down and said …" */
      return !run->lang->verb_second && clause_subject (run, a, k, np);
    }
  if ((is_punct (run, k, ',') || is_dash (run, k)) && k > a)
    {
      /* The leftmost phrase that starts the sentence or follows a comma or
       * a closing mark and ends at a comma: "Okafor, a transport engineer
       * at …, told"; "“…,” Councillor Tove Lind, Liberal of
       * Westbay, told". */
      int s = a;

      /* German "Der Mann, der am Steuer saß, sei verletzt worden, sagte
       * ein Sprecher.": a phrase, a relative clause its pronoun opens in
       * commas, then a verb in the Konjunktiv (reported-mood) is the
       * subject of what was said; the cue right after its comma has its
       * own subject after it */
      if (run->lang->verb_second && k == verb - 1 && is_punct (run, k, ',') && mood_after_relative (run, a, k))
        return FALSE;
      /* "…, Gov. Anna Berg (R-OH), said": a name with its party in
       * parentheses right before the comma is the subject. */
      if (!run->lang->verb_second && is_punct (run, k, ',') && k - 3 > a && is_punct (run, k - 1, ')'))
        {
          int o = k - 2;
          QmNp named;

          while (o > a && o > k - 8 && !is_punct (run, o, '(') && !is_punct (run, o, ')'))
            o--;
          if (o > a && is_punct (run, o, '(') && _qm_np_left (run, a, o - 1, &named) && named.last == o - 1 &&
              named.kind == QM_NP_NAME && named.first > a && is_punct (run, named.first - 1, ','))
            {
              *np = named;
              return TRUE;
            }
        }
      /* German: "Die Proteste, an denen sich … beteiligt hatten, beschrieb
       * die Agentur als „…“" — an article, adjectives and a noun that names no one,
       * with a relative clause up to the comma before the verb, are
       * fronted when a phrase that names someone or an organisation
       * follows the verb: that one is the subject */
      if (run->lang->verb_second && k == verb - 1 && is_punct (run, k, ',') && tok_at (run, a)->kind == QM_TOK_WORD &&
          (tok_at (run, a)->words & QM_WORD_DETERMINER) && !(tok_at (run, a)->words & QM_WORD_PRONOUN))
        {
          QmNp front, after;
          int r;

          gboolean plain = TRUE;   /* adjectives in lower case between */

          for (int j = a + 1; j + 1 < k && j < a + 3; j++)
            if (tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->flags & QM_TOK_CAPITAL))
              break;
            else if (tok_at (run, j)->kind != QM_TOK_WORD || tok_at (run, j)->words != 0 || tok_at (run, j)->mark >= 0)
              plain = FALSE;
          if (plain && _qm_np_right (run, a, k, &front) && front.first == a && front.last <= a + 3 && front.last + 3 < k &&
              (tok_at (run, a)->words & QM_WORD_DETERMINER) && !(tok_at (run, a)->words & QM_WORD_PRONOUN) &&
              front.kind != QM_NP_ORGANISATION && !_qm_np_names_person (run, &front) &&
              !(tok_at (run, front.last)->words & (QM_WORD_ROLE | QM_WORD_TITLE | QM_WORD_ORGANISATION)) &&
              is_punct (run, front.last + 1, ',') && (r = front.last + 2) < k && tok_at (run, r)->kind == QM_TOK_WORD &&
              (tok_at (run, r)->flags & QM_TOK_LOWER) &&
              (word_has_role (run, tok_at (run, r), QM_ROLE_SUBJECT_RELATIVE) ||
               ((tok_at (run, r)->words & QM_WORD_PREPOSITION) && tok_at (run, r + 1)->kind == QM_TOK_WORD &&
                (tok_at (run, r + 1)->flags & QM_TOK_LOWER))) &&
              /* a verb in the singular: "riefen die Polizei" has its
               * subject before it */
              run->lang->plural_verb_endings.list != NULL &&
              !qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + tok_at (run, verb)->start,
                                  tok_at (run, verb)->end - tok_at (run, verb)->start, 2) &&
              phrase_after_verb (run, verb, &after) && after.kind != QM_NP_PRONOUN &&
              (after.kind == QM_NP_ORGANISATION || _qm_np_names_person (run, &after)))
            {
              *np = after;
              return TRUE;
            }
        }
      /* "Even Rendell, a stalwart supporter, said", "But Rendell, …, said",
       * "As Rendell, an expert on …, noted" */
      while (s < k && tok_at (run, s)->kind == QM_TOK_WORD &&
             ((tok_at (run, s)->words & QM_WORD_ADVERB) ||
              (s == a && (tok_at (run, s)->words & QM_WORD_CONJUNCTION)) ||
              (s == a && !run->lang->verb_second && (tok_at (run, s)->flags & QM_TOK_CAPITAL) &&
               word_has_role (run, tok_at (run, s), QM_ROLE_COMPARISON))))
        s++;
      for (int j = MAX (s, k - 50); j < k; j++)
        {
          QmNp first;

          /* "(Lund, who built the quay, once said, “…”)": an opening
           * parenthesis opens a clause too */
          if (j > s && !is_punct (run, j - 1, ',') && !is_dash (run, j - 1) && tok_at (run, j - 1)->kind != QM_TOK_CLOSE &&
              !(!run->lang->verb_second && is_punct (run, j - 1, '(')))
            continue;
          /* not a phrase inside a quotation */
          if (tok_at (run, j)->mark >= 0)
            continue;
          if (_qm_np_right (run, j, k, &first) && first.kind != QM_NP_PRONOUN &&
              first.last + 1 <= k &&
              (is_punct (run, skip_parenthesis (run, first.last + 1, k + 1), ',') ||
               is_dash (run, skip_parenthesis (run, first.last + 1, k + 1)) ||
               /* German "Die Initiatoren der Aktion, unter ihnen …,
                * betonen": with its genitives, before words in lower case
                * that no article opens (not "Der Sprecher der Wacht, Tom
                * Kranz, sagte", "Der Mitautor der Studie, der Doktorand Tom
                * Kranz, sagte": the name in the apposition speaks) */
               (run->lang->verb_second && j == s && skip_genitives (run, first.last + 1, k) > first.last + 1 &&
                skip_genitives (run, first.last + 1, k) + 1 < k && is_punct (run, skip_genitives (run, first.last + 1, k), ',') &&
                tok_at (run, skip_genitives (run, first.last + 1, k) + 1)->kind == QM_TOK_WORD &&
                (tok_at (run, skip_genitives (run, first.last + 1, k) + 1)->flags & QM_TOK_LOWER) &&
                !(tok_at (run, skip_genitives (run, first.last + 1, k) + 1)->words & QM_WORD_DETERMINER))))
            {
              *np = first;
              /* "In Lyngby, Denmark, Moreau went after Roos, calling him
               * …": a participle after a comma has the subject of the
               * clause before it, not a place set off by commas. */
              if (!run->lang->verb_second && is_punct (run, k, ',') && participle_ending (run, tok_at (run, verb), 3) &&
                  clause_subject (run, a, verb, &first))
                *np = first;
              return TRUE;
            }
        }
      return FALSE;
    }
  /* German: "hatte er laut „Tagesblatt“ kritisiert", "Anna Berg von der
   * „Stiftung Lesen“ sagte": a short name in quotation marks after a
   * preposition right before the verb is the object of that preposition,
   * the source or what the subject belongs to; the subject stands before
   * it. */
  if (run->lang->verb_second && tok_at (run, k)->kind == QM_TOK_CLOSE)
    {
      int o = quoted_adjunct_start (run, a, k);

      if (o > a)
        k = skip_adverbs_left (run, a, o - 1);
      if (k < a)
        return FALSE;
    }
  /* "Die Zeitung „Harbour Observer“ berichtet", "Wie die „Hilfe“ heute
   * mitteilte" */
  if (tok_at (run, k)->kind == QM_TOK_CLOSE && (k == verb - 1 || run->lang->verb_second) &&
      _qm_quoted_name_before (run, a, k, np))
    {
      QmNp named;

      /* "Wie Brandt der „Post“ sagte, …": after a name that opens the
       * clause, a paper with its article is the one spoken to, and the
       * name the subject; so after a role with its article ("Wie der
       * Trainer der „Post“ sagte", "Der Trainer der „Post“ sagte"), whose
       * paper is the one spoken to or the one the role is of */
      if (run->lang->verb_second && np->first - 1 > a && tok_at (run, np->first)->kind == QM_TOK_WORD &&
          (tok_at (run, np->first)->flags & QM_TOK_LOWER) && (tok_at (run, np->first)->words & QM_WORD_DEFINITE) &&
          tok_at (run, np->first - 1)->kind == QM_TOK_WORD && tok_at (run, np->first - 1)->mark < 0 &&
          (tok_at (run, np->first - 1)->flags & QM_TOK_CAPITAL) &&
          !(tok_at (run, np->first - 1)->words & (QM_WORD_NOT_NAME | QM_WORD_CONJUNCTION | QM_WORD_PREPOSITION |
                                                 QM_WORD_ADVERB | QM_WORD_DETERMINER | QM_WORD_PRONOUN)) &&
          _qm_np_left (run, a, np->first - 1, &named) && named.last == np->first - 1 &&
          ((named.kind == QM_NP_NAME && named.first > a && tok_at (run, named.first - 1)->kind == QM_TOK_WORD &&
            word_has_role (run, tok_at (run, named.first - 1), QM_ROLE_REPORT_CONJUNCTION)) ||
           (named.kind == QM_NP_ROLE && (tok_at (run, named.first)->words & QM_WORD_DEFINITE) &&
            !(tok_at (run, named.first)->words & QM_WORD_OBLIQUE) &&
            (named.first == a || (tok_at (run, named.first - 1)->kind == QM_TOK_WORD &&
                                  word_has_role (run, tok_at (run, named.first - 1), QM_ROLE_REPORT_CONJUNCTION))))))
        {
          *np = named;
          return TRUE;
        }
      return !run->lang->verb_second ||
             /* not "Dem „Tagesblatt“ sagte Lind": a fronted object */
             (!(tok_at (run, np->first)->kind == QM_TOK_WORD && (tok_at (run, np->first)->words & QM_WORD_OBLIQUE)) &&
              (np->first == a || !(tok_at (run, np->first - 1)->words & (QM_WORD_PREPOSITION | QM_WORD_OBLIQUE))));
    }
  /* "Wie „heise online“ berichtet, …": a name in quotation marks, even
   * in lower case, between the conjunction and the verb at the clause's end */
  if (run->lang->verb_second && k == verb - 1 && k - 3 >= a && tok_at (run, k)->kind == QM_TOK_CLOSE &&
      verb + 1 < (int)run->toks->len && is_punct (run, verb + 1, ','))
    {
      int o = k - 1;

      while (o > a && o > k - 6 && tok_at (run, o)->kind != QM_TOK_OPEN)
        o--;
      if (tok_at (run, o)->kind == QM_TOK_OPEN && tok_at (run, o)->mark == tok_at (run, k)->mark && o + 1 < k &&
          o > a && tok_at (run, o - 1)->kind == QM_TOK_WORD && (tok_at (run, o - 1)->words & QM_WORD_CONJUNCTION) &&
          (o - 1 == a || is_punct (run, o - 2, ',')))
        {
          np->first = o;
          np->last = k - 1;
          _qm_np_classify (run, np);
          np->kind = QM_NP_ORGANISATION;
          return TRUE;
        }
    }
  if (tok_at (run, k)->mark >= 0)
    return FALSE;
  /* "Hartmut Perschau (CDU) sagte" */
  if (is_punct (run, k, ')'))
    {
      int o = k - 1;

      while (o > a && o > k - 8 && !is_punct (run, o, '('))
        o--;
      if (o > a && is_punct (run, o, '('))
        k = o - 1;
    }
  /* "Theo Berg, Präsident des Verbands (DFB) nannte …": an apposition
   * of a role and its genitives that lacks its closing comma; the name
   * before it that opens the sentence is the subject */
  if (run->lang->verb_second && k - 3 > a && k > verb - 12)
    {
      int s = skip_lead_adverbs (run, a, k);
      int e = k + 1;

      /* its party in parentheses and adverbs may stand before the verb */
      if (e < verb && is_punct (run, e, '('))
        {
          while (e < verb && !is_punct (run, e, ')'))
            e++;
          e++;
        }
      while (e < verb && tok_at (run, e)->kind == QM_TOK_WORD && (tok_at (run, e)->words & QM_WORD_ADVERB))
        e++;
      if (e != verb)
        s = k;

      /* the role and its genitives are a few words: the comma is looked
       * for that far back only, which keeps a long sentence of verbs
       * linear */
      for (int c = k - 1; c > s && c >= k - 16; c--)
        {
          QmNp named, role;

          if (tok_at (run, c)->mark >= 0 || (tok_at (run, c)->kind == QM_TOK_PUNCT && !is_punct (run, c, ',')))
            break;
          if (!is_punct (run, c, ','))
            continue;
          if (_qm_np_left (run, s, c - 1, &named) && named.first == s && named.last == c - 1 && named.kind == QM_NP_NAME &&
              _qm_np_right (run, c + 1, k + 1, &role) && role.kind != QM_NP_PRONOUN && role.kind != QM_NP_NONE &&
              (role.words & (QM_WORD_ROLE | QM_WORD_TITLE)) &&
              name_tail (run, skip_genitives (run, role.last + 1, k + 1), k + 1))
            {
              *np = named;
              return TRUE;
            }
          break;
        }
    }
  if (run->lang->has_quantities && k == verb - 1 && quantity_left (run, a, k, np))
    {
      /* "In a new Gazette poll, just 40 percent of voters said …": after
       * a phrase of a determiner and an organisation that a preposition
       * opens at the start of the sentence, a share of people is what
       * that source found; the source is the speaker. */
      int comma = np->first - 1;

      while (comma > a + 2 && comma > np->first - 4 && tok_at (run, comma)->kind == QM_TOK_WORD &&
             (tok_at (run, comma)->flags & QM_TOK_LOWER) && tok_at (run, comma)->mark < 0)
        comma--;
      if (!run->lang->verb_second && comma - 1 > a + 1 && comma - a <= 16 && is_punct (run, comma, ',') &&
          tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->words & QM_WORD_PREPOSITION) &&
          (tok_at (run, a)->flags & QM_TOK_CAPITAL) && (tok_at (run, a + 1)->words & QM_WORD_DETERMINER) &&
          (tok_at (run, a + 1)->flags & QM_TOK_LOWER))
        {
          gboolean organisation = FALSE;

          for (int j = a + 1; j < comma; j++)
            {
              QmTok *u = tok_at (run, j);

              if (u->mark >= 0 || (u->kind != QM_TOK_WORD && !is_punct (run, j, '/') && !is_dash (run, j)))
                return TRUE;
              organisation |= u->kind == QM_TOK_WORD && (u->words & QM_WORD_ORGANISATION) && (u->flags & QM_TOK_LOWER);
            }
          if (organisation)
            {
              np->first = a + 1;
              np->last = comma - 1;
              _qm_np_classify (run, np);
            }
        }
      return TRUE;
    }
  if (run->lang->verb_second && k == verb - 1 && subject_follows_verb (run, a, verb))
    return FALSE;
  /* Verb last in a clause that a conjunction opens: "Wie der Minister am
   * Dienstag in Berlin erklärte, …" — the subject follows the conjunction. */
  if (run->lang->verb_second && k == verb - 1 && verb + 1 < (int)run->toks->len &&
      (is_punct (run, verb + 1, ',') || is_final_punct (tok_at (run, verb + 1)) ||
       /* "…, dass Berg die Frau gefragt habe, was …": an auxiliary after
        * the verb at the end of a "dass" clause */
       (verb + 2 < (int)run->toks->len && is_punct (run, verb + 2, ',') &&
        tok_at (run, verb + 1)->kind == QM_TOK_WORD && (tok_at (run, verb + 1)->words & QM_WORD_ADVERB) &&
        (tok_at (run, verb + 1)->words & QM_WORD_REPORTED_MOOD)) ||
       /* "…, wie Brandt von der Zeitung zitiert wird." — an auxiliary of
        * the passive (passive-auxiliaries) at the clause's end after a
        * verb of quoting-verbs: the one quoted is the subject */
       (verb + 2 < (int)run->toks->len && word_has_role (run, tok_at (run, verb), QM_ROLE_QUOTING_VERB) &&
        tok_at (run, verb + 1)->kind == QM_TOK_WORD &&
        (tok_at (run, verb + 1)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, verb + 1), QM_ROLE_PASSIVE_AUXILIARY) &&
        (is_punct (run, verb + 2, ',') || is_final_punct (tok_at (run, verb + 2))))))
    {
      int cs = verb - 1, s1;

      while (cs > a && cs > verb - 16 && !is_punct (run, cs - 1, ',') && tok_at (run, cs)->mark < 0)
        cs--;
      s1 = cs + 1;

      /* "Denn wie schon die Zeitung berichtete, …": a second conjunction
       * and adverbs in lower case before the subject */
      while (s1 + 1 < verb && tok_at (run, s1)->kind == QM_TOK_WORD && tok_at (run, s1)->mark < 0 &&
             (tok_at (run, s1)->flags & QM_TOK_LOWER) && (tok_at (run, s1)->words & (QM_WORD_ADVERB | QM_WORD_CONJUNCTION)) &&
             !(tok_at (run, s1)->words & (QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_VERB |
                                          QM_WORD_COMPLEMENT)))
        s1++;
      if (cs + 1 < verb && tok_at (run, cs)->kind == QM_TOK_WORD &&
          ((tok_at (run, cs)->words & QM_WORD_CONJUNCTION) ||
           ((tok_at (run, cs)->words & QM_WORD_COMPLEMENT) && !is_punct (run, verb + 1, ','))) &&
          (_qm_np_right (run, cs + 1, verb, np) || (s1 > cs + 1 && _qm_np_right (run, s1, verb, np))) &&
          np->kind != QM_NP_NONE && !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE))
        {
          /* the one who quotes ("von der Zeitung") is no part of the name */
          cut_passive_agent (run, np, (int)run->toks->len);
          return TRUE;
        }
    }
  /* "Das musste der Minister einräumen": an anaphor that opens the
   * sentence before an auxiliary or a modal is the object; the subject
   * follows them */
  if (run->lang->verb_second && k == verb - 1 && verb - a >= 3 && tok_at (run, a)->kind == QM_TOK_WORD &&
      word_has_role (run, tok_at (run, a), QM_ROLE_ANAPHOR) &&
      (tok_at (run, a)->flags & QM_TOK_CAPITAL) && tok_at (run, a + 1)->kind == QM_TOK_WORD &&
      (tok_at (run, a + 1)->flags & QM_TOK_LOWER) && tok_at (run, a + 1)->words == 0 && tok_at (run, a + 1)->mark < 0 &&
      _qm_np_right (run, a + 2, verb, np) && np->kind != QM_NP_NONE && !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE))
    return TRUE;
  /* "Dann musste X zugeben": the same after a fronted adverb */
  if (run->lang->verb_second && k == verb - 1)
    {
      int s = skip_lead_adverbs (run, a, verb);

      if (s > a && s + 1 < verb && tok_at (run, s)->kind == QM_TOK_WORD && (tok_at (run, s)->flags & QM_TOK_LOWER) &&
          tok_at (run, s)->words == 0 && tok_at (run, s)->mark < 0 && _qm_np_right (run, s + 1, verb, np) &&
          np->kind != QM_NP_NONE && np->kind != QM_NP_PRONOUN && np->last == verb - 1 &&
          !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE))
        return TRUE;
    }
  /* Verb second with an auxiliary in second place and the verb at the end:
   * "Keller hatte die Rolle der Stadt betont" — the subject is the first
   * constituent, or, when that is fronted, the phrase after the auxiliary
   * ("Am Montag hatte der Minister betont"). Not when the verb ends a
   * clause that a subordinator opens after a comma: "Das Gericht vertagte
   * sich, nachdem Jan Ott erklärt hatte" is Jan Ott's. */
  if (run->lang->verb_second && k == verb - 1)
    {
      int s = skip_lead_adverbs (run, a, verb);
      int c = last_comma (run, s, verb, TRUE);

      if (c >= 0 && tok_at (run, c + 1)->kind == QM_TOK_WORD && (tok_at (run, c + 1)->flags & QM_TOK_LOWER) &&
          (word_has_role (run, tok_at (run, c + 1), QM_ROLE_FRONTED_SUBORDINATOR) ||
           (tok_at (run, c + 1)->words & (QM_WORD_SUBORDINATE | QM_WORD_COMPLEMENT))))
        s = verb;
      for (int x = s + 1; x + 1 < verb && x <= s + 8; x++)
        {
          QmTok *t = tok_at (run, x);

          if (t->kind != QM_TOK_WORD || t->mark >= 0 ||
              (t->words & (QM_WORD_VERB | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT | QM_WORD_RELATIVE)))
            break;
          if ((t->flags & QM_TOK_LOWER) && (t->words & QM_WORD_ADVERB) &&
              !(t->words & (QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_DETERMINER)))
            {
              if (first_constituent (run, s, x - 1))
                {
                  np->first = s;
                  np->last = x - 1;
                  np->kind = QM_NP_NONE;
                  _qm_np_classify (run, np);
                  return TRUE;
                }
              if (_qm_np_right (run, x + 1, verb, np) && np->kind != QM_NP_NONE &&
                  !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE))
                return TRUE;
              break;
            }
        }
    }
  /* "Kurt Lenz, der Chef des Verbands, hatte dem Sender mitgeteilt": the
   * same with a name and its role in commas as the first constituent,
   * the auxiliary after them, and words in one clause up to the verb */
  if (run->lang->verb_second && k == verb - 1 && verb - a <= 24)
    {
      QmNp app;
      int aux;

      if (apposition_subject_at (run, a, verb, &app, &aux) && aux + 1 < verb && aux + 12 >= verb &&
          (tok_at (run, aux)->words & QM_WORD_ADVERB) &&
          !(tok_at (run, aux)->words & (QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_DETERMINER)))
        {
          gboolean clause = TRUE;

          /* a paper's title in marks may stand there: "gegenüber der
           * Zeitung „Die Welt“" */
          for (int x = aux + 1; x < verb && clause; x++)
            {
              QmTok *t = tok_at (run, x);

              clause = t->mark >= 0 ? mark_at (run, t->mark)->n_words <= 4 :
                       t->kind == QM_TOK_WORD && !(t->words & (QM_WORD_VERB | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT |
                                                               QM_WORD_RELATIVE));
            }
          if (clause)
            {
              *np = app;
              return TRUE;
            }
        }
    }
  /* "Another said", "Some say": a determiner that stands for people;
   * also after a conjunction or an adverb that opens the sentence ("Yet
   * another said", "But some say") */
  if (k == verb - 1 && tok_at (run, k)->kind == QM_TOK_WORD &&
      (tok_at (run, k)->words & QM_WORD_DETERMINER) && !(tok_at (run, k)->words & (QM_WORD_DEFINITE | QM_WORD_PRONOUN)) &&
      tok_at (run, k)->end - tok_at (run, k)->start > 3 &&
      /* German: "Einige vertreten …", "Viele sagen …" — before a verb in
       * lower case, at the sentence's start */
      ((k == a && (tok_at (run, k)->flags & QM_TOK_CAPITAL) &&
        (!run->lang->verb_second || (tok_at (run, verb)->flags & QM_TOK_LOWER))) ||
       (k == a + 1 && !run->lang->verb_second && (tok_at (run, k)->flags & QM_TOK_LOWER) && tok_at (run, a)->kind == QM_TOK_WORD &&
        (tok_at (run, a)->flags & QM_TOK_CAPITAL) && (tok_at (run, a)->words & (QM_WORD_CONJUNCTION | QM_WORD_ADVERB)) &&
        !(tok_at (run, a)->words & QM_WORD_PRONOUN))))
    {
      np->first = np->last = k;
      np->kind = QM_NP_NONE;
      _qm_np_classify (run, np);
      return TRUE;
    }
  /* Verb second: everything before the verb is one constituent, and when
   * it opens the sentence without a preposition it is the subject: "Ein
   * Sprecher des saudi-arabischen Ministeriums sagte". */
  if (run->lang->verb_second && k - a < 10 && k == verb - 1 && first_constituent (run, skip_lead_adverbs (run, a, k), k))
    {
      np->first = skip_lead_adverbs (run, a, k);
      np->last = k;
      np->kind = QM_NP_NONE;
      _qm_np_classify (run, np);
      return TRUE;
    }
  for (int tries = 0; tries < 3; tries++)
    {
      if (!_qm_np_left (run, a, k, np) && !(tries == 0 && bare_plural (run, a, k, np)))
        return FALSE;
      /* "in einer Rede", "in a statement": a prepositional phrase, not the
       * subject; the subject stands before it. */
      /* "three days after Lund told …", "after he said …": a clause's
       * subject, not a prepositional object. */
      if (np->first - 1 >= a && (tok_at (run, np->first - 1)->words & QM_WORD_PREPOSITION) &&
          (tok_at (run, np->first - 1)->flags & QM_TOK_LOWER) && !run->lang->verb_second &&
          skip_adverbs_left (run, a, verb - 1) == np->last &&
          ((np->kind == QM_NP_PRONOUN && (tok_at (run, np->first)->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)) &&
            !(tok_at (run, np->first)->words & QM_WORD_DETERMINER)) ||
           (np->kind == QM_NP_NAME && ((tok_at (run, np->first - 1)->words & QM_WORD_BREAK) ||
                                       word_has_role (run, tok_at (run, np->first - 1), QM_ROLE_CLAUSE_PREPOSITION))) ||
           /* "left before its chief executive said …" */
           ((np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION) && (np->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)) &&
            (tok_at (run, np->first)->words & QM_WORD_DETERMINER) && (tok_at (run, np->first)->flags & QM_TOK_LOWER) &&
            word_has_role (run, tok_at (run, np->first - 1), QM_ROLE_CLAUSE_PREPOSITION) &&
            !participle_ending (run, tok_at (run, verb), 3) && !passive_between (run, np->last + 1, verb))))
        return TRUE;
      /* "X issued a statement saying …": the statement is an object; the
       * sentence's subject says it. */
      if ((np->last == verb - 1 || (tries > 0 && !run->lang->verb_second && np->kind != QM_NP_NAME &&
                                    !(np->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_TITLE)))) &&
          participle_ending (run, tok_at (run, verb), 0) && np->first - 1 > a &&
          (tok_at (run, np->first)->words & QM_WORD_DETERMINER) && (tok_at (run, np->first)->flags & QM_TOK_LOWER) &&
          tok_at (run, np->first - 1)->kind == QM_TOK_WORD && (tok_at (run, np->first - 1)->flags & QM_TOK_LOWER) &&
          !(tok_at (run, np->first - 1)->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT)) &&
          !run->lang->verb_second)
        {
          QmNp subject;

          /* "At the time, she released a statement saying …" — the verb
           * before the statement is no participle, so this goes one level
           * deep only; "her office sent out a release saying …", "Lund
           * started the debate saying …": the subject of the clause, also
           * before a definite or possessive object and a particle. */
          int before = np->first - 1;

          /* a particle after the verb: "sent out", "put up" */
          if (!is_verb (tok_at (run, before)) && !word_has_ending (run, tok_at (run, before), &run->lang->past_endings, 3) && before - 1 > a &&
              tok_at (run, before - 1)->kind == QM_TOK_WORD && (tok_at (run, before - 1)->flags & QM_TOK_LOWER) &&
              tok_at (run, before - 1)->mark < 0)
            before--;
          if (depth < 4 && !participle_ending (run, tok_at (run, np->first - 1), 0) &&
              ((subject_left_full (run, a, before, &subject, depth + 1) && subject.last < before) ||
               (clause_subject (run, a, before, &subject) && subject.last < before && subject.kind != QM_NP_NONE)))
            {
              *np = subject;
              return TRUE;
            }
        }
      /* "Berg delivered a short reply: “…”": a speech verb's form right
       * after a phrase of a determiner and plain words that follows a verb
       * in the past is a noun, the phrase that verb's object; the subject
       * of that verb speaks. */
      if (depth < 4 && !run->lang->verb_second && np->last == verb - 1 && np->first - 1 > a && is_verb (tok_at (run, verb)) &&
          !participle_ending (run, tok_at (run, verb), 0) && (tok_at (run, np->first)->words & QM_WORD_DETERMINER) && (tok_at (run, np->first)->flags & QM_TOK_LOWER) &&
          !(tok_at (run, np->first)->words & QM_WORD_PRONOUN) &&
          !(np->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_TITLE)) &&
          tok_at (run, np->first - 1)->kind == QM_TOK_WORD && (tok_at (run, np->first - 1)->flags & QM_TOK_LOWER) &&
          tok_at (run, np->first - 1)->mark < 0 && !is_verb (tok_at (run, np->first - 1)) &&
          (word_has_ending (run, tok_at (run, np->first - 1), &run->lang->past_endings, 3) ||
           /* "sent out a fundraising call …" */
           (word_has_role (run, tok_at (run, np->first - 1), QM_ROLE_PARTICLE) && np->first - 2 > a &&
            tok_at (run, np->first - 2)->kind == QM_TOK_WORD && (tok_at (run, np->first - 2)->flags & QM_TOK_LOWER))))
        return subject_left_full (run, a, np->first - 1 - (word_has_role (run, tok_at (run, np->first - 1), QM_ROLE_PARTICLE) ? 1 : 0),
                                  np, depth + 1);
      /* "…, with Senator Brandt calling it …": a participle's subject. */
      if (np->first - 1 >= a && (tok_at (run, np->first - 1)->words & QM_WORD_PREPOSITION) &&
          (tok_at (run, np->first - 1)->flags & QM_TOK_LOWER) && skip_adverbs_left (run, a, verb - 1) == np->last &&
          np->kind == QM_NP_NAME && !run->lang->verb_second && participle_ending (run, tok_at (run, verb), 0) &&
          np->first - 2 >= a && is_punct (run, np->first - 2, ','))
        return TRUE;
      /* "Sources close to the minister said", "a person familiar with
       * the talks said": a role, an adjective of nearness and the phrase
       * its preposition opens are one subject, whose head is the role */
      if (!run->lang->verb_second && tries == 0 && np->first - 3 >= a && (tok_at (run, np->first - 1)->words & QM_WORD_PREPOSITION) &&
          (tok_at (run, np->first - 1)->flags & QM_TOK_LOWER) && (tok_at (run, np->first - 2)->flags & QM_TOK_LOWER) &&
          word_has_role (run, tok_at (run, np->first - 2), QM_ROLE_NEARNESS_ADJECTIVE) &&
          (tok_at (run, np->first - 3)->words & QM_WORD_ROLE) && !(tok_at (run, np->first - 3)->flags & QM_TOK_POSSESSIVE))
        {
          QmNp head;

          if (_qm_np_left (run, a, np->first - 3, &head) && head.kind == QM_NP_ROLE && head.last == np->first - 3)
            {
              np->first = head.first;
              np->kind = head.kind;
              np->words = head.words;
              return TRUE;
            }
        }
      if (np->first - 1 >= a && (tok_at (run, np->first - 1)->words & QM_WORD_PREPOSITION) &&
          !(tok_at (run, np->first - 1)->flags & QM_TOK_CAPITAL))
        {
          k = skip_adverbs_left (run, a, np->first - 2);
          if (k < a)
            return FALSE;
          continue;
        }
      if (np->first - 1 >= a && (tok_at (run, np->first - 1)->words & QM_WORD_PREPOSITION))
        return FALSE;
      /* "die amtierende Ministerin Eva Roth sagte": adjectives between the
       * determiner and the name belong to the phrase. */
      if (run->lang->verb_second)
        {
          int f = np->first;

          while (f - 1 >= a && f > np->first - 3 && tok_at (run, f - 1)->kind == QM_TOK_WORD &&
                 (tok_at (run, f - 1)->flags & QM_TOK_LOWER) && tok_at (run, f - 1)->mark < 0 &&
                 tok_at (run, f - 1)->words == 0)
            f--;
          if (f < np->first && f - 1 >= a && (tok_at (run, f - 1)->words & QM_WORD_DETERMINER) &&
              tok_at (run, f - 1)->kind == QM_TOK_WORD)
            {
              np->first = f - 1;
              _qm_np_classify (run, np);
            }
        }
      /* "Ihr Trainer hingegen kritisierte …": a determiner that opens
       * the sentence (a possessive the phrase may leave out, as it may be
       * a pronoun) is the phrase's */
      if (run->lang->verb_second && np->first - 1 == a && tok_at (run, a)->kind == QM_TOK_WORD &&
          (tok_at (run, a)->words & QM_WORD_DETERMINER) && tok_at (run, a)->mark < 0)
        {
          np->first = a;
          _qm_np_classify (run, np);
        }
      /* "Tatsächlich sagte …": an adverb, not a name. */
      if (np->first == np->last && adverb_like (run, np->first))
        return FALSE;
      /* "Den Unmut der Partei brachte …": an object, fronted. */
      if ((tok_at (run, np->first)->words & QM_WORD_OBLIQUE) ||
          (np->first - 1 >= a && (tok_at (run, np->first - 1)->words & QM_WORD_OBLIQUE)))
        return FALSE;
      /* Verb-second languages: a phrase before the verb that does not open
       * the sentence is fronted, and the subject follows the verb. */
      if (run->lang->verb_second && np->first > a && !is_punct (run, np->first - 1, ',') &&
          tok_at (run, np->first - 1)->kind != QM_TOK_CLOSE && !is_punct (run, np->first - 1, ':') &&
          !(tok_at (run, np->first - 1)->words & (QM_WORD_ADVERB | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT)))
        return FALSE;
      return TRUE;
    }
  return FALSE;
}

static gboolean
subject_left (QmRun *run,
              int    a,
              int    verb,
              QmNp  *np)
{
  return subject_left_full (run, a, verb, np, 0);
}

/* A time after the verb, "said Monday", "said on Tuesday", "said last
 * week": the token after it, or @c. */
static int
skip_time (QmRun *run,
           int    c,
           int    end)
{
  const guint function_words = QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                               QM_WORD_ADVERB | QM_WORD_COMPLEMENT;
  int k = c;

  if (k + 1 < end && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_PREPOSITION) &&
      (tok_at (run, k)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, k), QM_ROLE_TIME_PREPOSITION))
    k++;
  /* "last week", "this morning", "last Friday": a time modifier in lower
   * case before a time noun or a day's name */
  if (k == c && k + 1 < end && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
      (tok_at (run, k)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, k), QM_ROLE_TIME_MODIFIER) &&
      tok_at (run, k + 1)->kind == QM_TOK_WORD && tok_at (run, k + 1)->mark < 0 &&
      (((tok_at (run, k + 1)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, k + 1), QM_ROLE_TIME_NOUN)) ||
       ((tok_at (run, k + 1)->flags & QM_TOK_CAPITAL) && (tok_at (run, k + 1)->words & QM_WORD_NOT_NAME) &&
        !(tok_at (run, k + 1)->words & function_words))))
    return k + 2;
  if (k < end && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
      (tok_at (run, k)->flags & QM_TOK_CAPITAL) && (tok_at (run, k)->words & QM_WORD_NOT_NAME) &&
      !(tok_at (run, k)->words & function_words))
    return k + 1;
  return c;
}

/* "Hours later, …", "Eight years ago, …", "Appearing before the crowd,
 * …", "Informed of the plan, …": a capitalised word at @k that opens a
 * fronted time phrase or participle clause, no subject. */
static gboolean
fronted_opener (QmRun *run,
                int    k,
                int    end)
{
  QmTok *t = tok_at (run, k), *next;
  int w;

  if (k + 2 >= end || t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_CAPITAL) || (t->words & (QM_WORD_TITLE | QM_WORD_ROLE)))
    return FALSE;
  next = tok_at (run, k + 1);
  if (next->kind != QM_TOK_WORD || !(next->flags & QM_TOK_LOWER))
    return FALSE;
  /* a participle: "Appearing before …", "Reprising one of …" */
  if (participle_ending (run, t, 3) && !(next->words & (QM_WORD_VERB | QM_WORD_ADVERB)))
    return TRUE;
  /* a past participle and a preposition: "Informed of …", "Pressed on …" */
  if (!run->lang->verb_second && word_has_ending (run, t, &run->lang->past_endings, 3) &&
      (next->words & QM_WORD_PREPOSITION) && !(next->words & (QM_WORD_VERB | QM_WORD_PRONOUN)))
    return TRUE;
  /* a time: "Hours later,", "Thirteen years earlier," */
  w = k + 1;
  if (!word_has_role (run, tok_at (run, w), QM_ROLE_TIME_END))
    w++;
  return w + 1 < end && word_has_role (run, tok_at (run, w), QM_ROLE_TIME_END) &&
         is_punct (run, w + 1, ',');
}

/* The subject of the clause before @v: "Lund reversed himself, telling
 * …", also after a fronted phrase: "But days later, Lund reversed …" —
 * the first phrase that opens the sentence or follows a comma and is
 * followed by a lower-case word that may be its verb. */
static gboolean
clause_subject (QmRun *run,
                int    a,
                int    v,
                QmNp  *np)
{
  for (int p = MAX (a, v - 60); p < v - 2; p++)
    {
      int s = p;

      /* after a comma, or a dateline's dash ("BERGEN, Norway — Moreau …") */
      if (p > a && p != MAX (a, v - 60) && !((is_punct (run, p - 1, ',') || is_dash (run, p - 1)) && tok_at (run, p - 1)->mark < 0))
        continue;
      while (s < v && tok_at (run, s)->kind == QM_TOK_WORD &&
             ((tok_at (run, s)->words & QM_WORD_ADVERB) || ((tok_at (run, s)->words & QM_WORD_CONJUNCTION) && s == p)))
        s++;
      if (!run->lang->verb_second && fronted_opener (run, s, v))
        continue;
      /* "Sen. Anna Berg (D-NY) weighed in …": past the party; "Rep. Tom
       * Lund (R-OR) on Friday criticized …": past a day too */
      if (_qm_np_right (run, s, v, np) && np->last + 1 < v && np->kind != QM_NP_NONE)
        {
          int w = skip_parenthesis (run, np->last + 1, v);

          if (!run->lang->verb_second && w + 2 < v && w > np->last + 1 && tok_at (run, w)->kind == QM_TOK_WORD &&
              word_has_role (run, tok_at (run, w), QM_ROLE_TIME_PREPOSITION) && skip_time (run, w, v) == w + 2)
            w += 2;
          if (w < v && tok_at (run, w)->kind == QM_TOK_WORD && (tok_at (run, w)->flags & QM_TOK_LOWER) &&
              (!(tok_at (run, w)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION | QM_WORD_RELATIVE)) ||
               /* "a harbour official who spoke anonymously said …" */
               (!run->lang->verb_second && (np->kind == QM_NP_ROLE || np->kind == QM_NP_NAME) &&
                word_has_role (run, tok_at (run, w), QM_ROLE_PERSON_RELATIVE))))
            return TRUE;
          /* "The Housing Secretary, Mark Ellison, was forced to apologise
           * after telling …": a name or a role in apposition between
           * commas, then the verb in lower case; the name is the subject */
          if (!run->lang->verb_second && p == s && w + 3 < v && is_punct (run, w, ',') &&
              (np->kind == QM_NP_ROLE || np->kind == QM_NP_NAME))
            {
              QmNp app;

              if (_qm_np_right (run, w + 1, v, &app) && (app.kind == QM_NP_NAME || app.kind == QM_NP_ROLE) &&
                  app.last + 2 < v &&
                  is_punct (run, app.last + 1, ',') && tok_at (run, app.last + 2)->kind == QM_TOK_WORD &&
                  (tok_at (run, app.last + 2)->flags & QM_TOK_LOWER) &&
                  !(tok_at (run, app.last + 2)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION |
                                                          QM_WORD_RELATIVE)))
                {
                  if (app.kind == QM_NP_NAME)
                    *np = app;
                  return TRUE;
                }
            }
        }
    }
  return FALSE;
}

/* "Lund’s campaign sent out a press release saying …", "she sent an email
 * saying, “…”": without verb second, a participle (@v) right after the
 * object of a verb, a phrase in lower case (@np, its subject so far), has
 * the subject of the clause. */
static void
object_participle_subject (QmRun *run,
                           int    a,
                           int    v,
                           QmNp  *np)
{
  QmNp subject;
  QmTok *before;
  int e = skip_adverbs_left (run, a, v - 1);

  /* "released a statement Wednesday saying …" */
  if (!run->lang->verb_second && e == v - 1 && e - 1 > a && skip_time (run, e, v) == v &&
      tok_at (run, e - 1)->kind == QM_TOK_WORD && (tok_at (run, e - 1)->flags & QM_TOK_LOWER) &&
      !(tok_at (run, e - 1)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION | QM_WORD_PRONOUN)))
    e--;
  if (run->lang->verb_second || e != np->last || np->first - 1 <= a ||
      !participle_ending (run, tok_at (run, v), 3) || np->kind == QM_NP_PRONOUN || np->kind == QM_NP_NAME ||
      !(tok_at (run, np->first)->flags & QM_TOK_LOWER))
    return;
  before = tok_at (run, np->first - 1);
  if (before->kind != QM_TOK_WORD || !(before->flags & QM_TOK_LOWER) || before->mark >= 0 ||
      (before->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION | QM_WORD_RELATIVE |
                        QM_WORD_COMPLEMENT | QM_WORD_QUANTITY)))
    return;
  if (clause_subject (run, a, np->first + 1, &subject) && subject.last < np->first - 1 &&
      (subject.kind == QM_NP_PRONOUN || subject.kind == QM_NP_NAME || subject.kind == QM_NP_ROLE ||
       subject.kind == QM_NP_ORGANISATION))
    *np = subject;
}

/* Without verb second: "answered sharply, with a grin: “…”",
 * "replied with a phrase that could be his own: “…”" — after the verb
 * (and the adverbs before @k), a short phrase that an adverb, a
 * preposition or a participle opens, ending in a colon before a quotation
 * that ends the sentence, is the manner of saying it and no content;
 * returns the colon, or @c. (With a comma instead of the colon the
 * phrase is as often part of an interrupted quotation's cue.) */
static int
adjunct_before_quotation (QmRun *run,
                          int    k,
                          int    end,
                          int    c)
{
  int p = k, close;
  QmTok *u;

  if (p < end && is_punct (run, p, ',') && tok_at (run, p)->mark < 0)
    p++;
  if (p >= end)
    return c;
  u = tok_at (run, p);
  if (u->kind != QM_TOK_WORD || u->mark >= 0 || !(u->flags & QM_TOK_LOWER) ||
      !(((u->words & QM_WORD_PREPOSITION) && !(u->words & QM_WORD_COMPLEMENT)) ||
        ((u->words & QM_WORD_ADVERB) && !(u->words & QM_WORD_PRONOUN)) || ly_adverb (run, p, p) ||
        participle_ending (run, u, 3)))
    return c;
  for (int j = p + 1; j + 1 < end && j < p + 16; j++)
    {
      QmTok *w = tok_at (run, j);

      if (w->mark >= 0 || is_final_punct (w))
        return c;
      /* "said to reporters, “…”", "said to me, “…”": after the one
       * spoken to (addressee-prepositions) right after the verb, a comma
       * introduces the quotation as a colon does */
      if ((is_punct (run, j, ':') ||
           (is_punct (run, j, ',') && p == k && j <= p + 4 && word_has_role (run, u, QM_ROLE_ADDRESSEE_PREPOSITION))) &&
          tok_at (run, j + 1)->kind == QM_TOK_OPEN)
        {
          close = close_token_of_mark (run, j + 1, end + 1 < (int)run->toks->len ? end + 1 : end, tok_at (run, j + 1)->mark);
          if (close < 0 || !(is_final_punct (tok_at (run, close - 1)) || is_punct (run, close - 1, ',') ||
                             (close + 1 < (int)run->toks->len && is_final_punct (tok_at (run, close + 1)))))
            return c;
          return j;
        }
      /* a comma, a "that" right after the opening word, or a verb that is
       * no participle: a clause of its own, reported */
      if (w->kind != QM_TOK_WORD || ((w->words & QM_WORD_COMPLEMENT) && (w->flags & QM_TOK_LOWER) && j == p + 1) ||
          ((w->words & QM_WORD_VERB) && (w->flags & QM_TOK_LOWER) && !participle_ending (run, w, 3)))
        return c;
    }
  return c;
}

/* Without verb second: "“…,” Lund said last week, though he said, “…”" —
 * whether a personal pronoun and a speech verb stand right before the
 * comma or colon before the opening mark at @to, after @from: a cue of
 * the quotation's own, which then does not go on from the one before. */
static gboolean
second_cue_between (QmRun *run,
                    int    from,
                    int    to)
{
  QmTok *v, *s;

  if (run->lang->verb_second || to - 3 < from || !(is_punct (run, to - 1, ',') || is_punct (run, to - 1, ':')))
    return FALSE;
  v = tok_at (run, to - 2);
  s = tok_at (run, to - 3);
  return is_verb (v) && (v->flags & QM_TOK_LOWER) && v->mark < 0 && s->kind == QM_TOK_WORD && s->mark < 0 &&
         (s->words & QM_WORD_PRONOUN) && (s->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)) &&
         !(s->flags & QM_TOK_POSSESSIVE) && !(s->words & QM_WORD_DETERMINER);
}

/* "welcome to our coverage", "did not respond to an email": English
 * "to" before a determiner or a pronoun at @k is the preposition, no
 * infinitive marker, and what follows it is whom or what the verb turns
 * to, nothing said. */
static gboolean
preposition_object (QmRun *run,
                    int    k)
{
  QmTok *t = tok_at (run, k);

  return !run->lang->verb_second && t->kind == QM_TOK_WORD && (t->flags & QM_TOK_LOWER) && t->mark < 0 &&
         ((t->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)) || word_has_role (run, t, QM_ROLE_FIRST_POSSESSIVE));
}

/* "not to be *named*", "who was *injured*": whether the token at @k is a
 * past participle in lower case after a passive auxiliary. */
static gboolean
passive_participle_at (QmRun *run,
                       int    k)
{
  QmTok *p = tok_at (run, k);

  return k > 0 && p->kind == QM_TOK_WORD && p->mark < 0 && (p->flags & QM_TOK_LOWER) &&
         word_has_ending (run, p, &run->lang->past_endings, 3) && tok_at (run, k - 1)->kind == QM_TOK_WORD &&
         (tok_at (run, k - 1)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, k - 1), QM_ROLE_PASSIVE_AUXILIARY);
}

/* "A witness who asked not to be named said …": without verb second, the
 * speech verb at @v in lower case right after a passive participle, which
 * ends a relative clause of a person's relative word (person-relatives)
 * with no comma, mark or other speech verb in it, has for subject the
 * phrase before that word, which opens the sentence from @a or follows its
 * comma. */
static gboolean
relative_clause_subject (QmRun *run,
                         int    a,
                         int    v,
                         QmNp  *np)
{
  if (run->lang->verb_second || v - 3 <= a || !(tok_at (run, v)->flags & QM_TOK_LOWER) || !is_verb (tok_at (run, v)) ||
      !passive_participle_at (run, v - 1))
    return FALSE;
  for (int k = v - 2; k > a && k > v - 16; k--)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind != QM_TOK_WORD || t->mark >= 0)
        return FALSE;
      if (!(t->flags & QM_TOK_LOWER) || !word_has_role (run, t, QM_ROLE_PERSON_RELATIVE))
        continue;
      if (!_qm_np_left (run, a, k - 1, np) || np->last != k - 1 || np->kind == QM_NP_NONE || np->kind == QM_NP_PRONOUN ||
          (np->first > a && !is_punct (run, np->first - 1, ',')))
        return FALSE;
      return TRUE;
    }
  return FALSE;
}

/* "Prices climbed, officials said.", "Nobody was hurt, police said.": the
 * few words from @a before the comma at @before are a clause when a
 * capitalised word that no list knows as a function word or a time opens
 * them and a verb in the past (past-endings, past-auxiliaries,
 * irregular-pasts) follows it
 * in lower case, with no preposition or time word among them ("Last week,
 * X said" is when). */
static gboolean
short_clause (QmRun *run,
              int    a,
              int    before)
{
  gboolean past = FALSE;
  QmTok *f = tok_at (run, a);

  if (f->kind != QM_TOK_WORD || f->mark >= 0 || !(f->flags & QM_TOK_CAPITAL) ||
      (f->words & (QM_WORD_PREPOSITION | QM_WORD_ADVERB | QM_WORD_CONJUNCTION | QM_WORD_SUBORDINATE |
                   QM_WORD_DETERMINER | QM_WORD_COMPLEMENT | QM_WORD_NOT_NAME)) ||
      word_has_role (run, f, QM_ROLE_TIME_NOUN))
    return FALSE;
  for (int k = a + 1; k < before; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & (QM_TOK_LOWER | QM_TOK_DIGIT)) ||
          (t->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)) || word_has_role (run, t, QM_ROLE_TIME_NOUN | QM_ROLE_TIME_END))
        return FALSE;
      past = past || word_has_role (run, t, QM_ROLE_PAST_AUXILIARY | QM_ROLE_IRREGULAR_PAST) ||
             word_has_ending (run, t, &run->lang->past_endings, 3);
    }
  return past;
}

/* Where the content of "X said …" starts, past addressee and "that". */
static int
content_start (QmRun *run,
               int    verb,
               int    end,
               QmNp  *override)
{
  int c = verb + 1;
  QmNp obj;

  override->kind = QM_NP_NONE;
  if (c < end && word_has_role (run, tok_at (run, c), QM_ROLE_PARTICLE))
    c++;
  /* "made it clear that …": past the pronoun and the word of clarity */
  else if (c + 1 < end && (run->lang->roles_listed & QM_ROLE_CLARITY_VERB) && (tok_at (run, c)->flags & QM_TOK_LOWER) &&
           word_has_role (run, tok_at (run, verb), QM_ROLE_CLARITY_VERB))
    {
      if ((tok_at (run, c)->words & QM_WORD_PRONOUN) && c + 2 < end)
        c++;
      if (word_has_role (run, tok_at (run, c), QM_ROLE_CLARITY_WORD))
        c++;
    }
  /* "has said repeatedly that …", "said again that …": adverbs between
   * the verb and its "that" are no content. */
  if (!run->lang->verb_second)
    {
      int k = c;

      while (k < end && k < c + 3 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
             (((tok_at (run, k)->words & QM_WORD_ADVERB) && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
               !(tok_at (run, k)->words & (QM_WORD_PRONOUN | QM_WORD_COMPLEMENT))) ||
              ly_adverb (run, c, k)))
        k++;
      if (k > c && k < end && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_COMPLEMENT) &&
          (tok_at (run, k)->flags & QM_TOK_LOWER))
        c = k;
      /* "replied simply: “…”": nor before the colon that introduces a
       * quotation */
      else if (k > c && k + 1 < end && is_punct (run, k, ':') && tok_at (run, k + 1)->kind == QM_TOK_OPEN)
        c = k;
      else
        c = adjunct_before_quotation (run, k, end, c);
    }
  /* "called the plan “a disaster”", "accused him of …": the one named is
   * part of what is reported (where naming makes no direct quotation). */
  if ((tok_at (run, verb)->words & QM_WORD_OBJECT_VERB) && c < end &&
      !((tok_at (run, verb)->words & QM_WORD_NAMING) && !run->lang->fragments_direct &&
        tok_at (run, c)->kind == QM_TOK_WORD && !(tok_at (run, c)->words & QM_WORD_PREPOSITION)))
    {
      int e = c + 1;

      /* "…, Lund told the local paper.": a lower-case phrase that a
       * definite article opens and the sentence's end closes, with no
       * verb, no preposition and no clause in it, is the one told, however
       * the lexicon knows its noun (not "told a joke", the thing told) */
      if (!run->lang->verb_second && !(tok_at (run, verb)->words & QM_WORD_NAMING) && tok_at (run, c)->kind == QM_TOK_WORD &&
          (tok_at (run, c)->flags & QM_TOK_LOWER) && tok_at (run, c)->mark < 0 &&
          (tok_at (run, c)->words & QM_WORD_DEFINITE) && !(tok_at (run, c)->words & QM_WORD_PRONOUN))
        {
          while (e < end && e < c + 4 && tok_at (run, e)->kind == QM_TOK_WORD && tok_at (run, e)->mark < 0 &&
                 (tok_at (run, e)->flags & QM_TOK_LOWER) &&
                 !(tok_at (run, e)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_COMPLEMENT | QM_WORD_CONJUNCTION |
                                             QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_RELATIVE)))
            e++;
          if (e > c + 1 && e == end)
            return end;
        }
      if (_qm_np_right (run, c, end, &obj) && !(tok_at (run, obj.last)->flags & QM_TOK_POSSESSIVE))
        {
          c = obj.last + 1;
          /* "sagte der „Abendpost“, dass" */
          if (c < end && tok_at (run, c)->kind == QM_TOK_CLOSE)
            c++;
          /* "sagte dem Sender Radio Bern (RB), …" */
          if (run->lang->verb_second)
            c = skip_parenthesis (run, c, end);
          /* "told The Harbour Courier newspaper on Saturday that …" */
          if (c < end && !(tok_at (run, c)->words & QM_WORD_COMPLEMENT) && tok_at (run, c)->kind == QM_TOK_WORD)
            for (int k = c + 1; k < end && k < c + 10 && tok_at (run, k)->kind == QM_TOK_WORD; k++)
              if (tok_at (run, k)->words & QM_WORD_COMPLEMENT)
                {
                  c = k;
                  break;
                }
        }
      else if (c < end && tok_at (run, c)->kind == QM_TOK_WORD && (tok_at (run, c)->flags & QM_TOK_LOWER) &&
               ((c + 1 < end && ((tok_at (run, c + 1)->words & QM_WORD_COMPLEMENT) || is_punct (run, c + 1, ':') ||
                                 is_punct (run, c + 1, ','))) ||
                /* "told reporters the quay …", and "…, Lund told
                 * reporters.", where the one told ends the sentence */
                ((tok_at (run, c)->words & QM_WORD_ROLE) && !(tok_at (run, verb)->words & QM_WORD_NAMING))))
        c++;
      /* "told talk radio host Jan Hollis on Wednesday that …" */
      else if (!(tok_at (run, verb)->words & QM_WORD_NAMING) && tok_at (run, c)->kind == QM_TOK_WORD &&
               !(tok_at (run, c)->words & QM_WORD_COMPLEMENT))
        for (int k = c + 1; k < end && k < c + 12 && tok_at (run, k)->kind == QM_TOK_WORD; k++)
          if ((tok_at (run, k)->words & QM_WORD_COMPLEMENT) && (tok_at (run, k)->flags & QM_TOK_LOWER))
            {
              c = k;
              break;
            }
      /* "told conservative radio host Tom Lund on Friday that …", "told
       * diners at a cafe in Lyngby, Denmark, that …": the addressee and
       * the phrases after it run up to the "that"; a comma only next to a
       * capitalised word (a place). */
      if (!(tok_at (run, verb)->words & QM_WORD_NAMING) && c < end && tok_at (run, c)->kind == QM_TOK_WORD &&
          !(tok_at (run, c)->words & QM_WORD_COMPLEMENT))
        for (int k = c + 1; k < end && k < c + 16; k++)
          {
            QmTok *u = tok_at (run, k);

            if (u->kind == QM_TOK_WORD && u->mark < 0 && (u->words & QM_WORD_COMPLEMENT) && (u->flags & QM_TOK_LOWER))
              {
                c = k;
                break;
              }
            /* "told the annual conference: “…”", "told a meeting, “…”":
             * the one spoken to runs up to the comma or the colon before
             * the opening mark of a quotation */
            if (!run->lang->verb_second && (is_punct (run, k, ',') || is_punct (run, k, ':')) && u->mark < 0 &&
                k + 1 < end && tok_at (run, k + 1)->kind == QM_TOK_OPEN)
              {
                c = k;
                break;
              }
            if (is_punct (run, k, ',') && u->mark < 0 && k + 1 < end && tok_at (run, k + 1)->kind == QM_TOK_WORD &&
                ((tok_at (run, k + 1)->flags & QM_TOK_CAPITAL) || (tok_at (run, k - 1)->flags & QM_TOK_CAPITAL)))
              continue;
            if (u->kind != QM_TOK_WORD || u->mark >= 0 || is_verb (u))
              break;
          }
    }
  /* "told KBC’s “Morning” on Monday": the addressee is a programme. */
  if ((tok_at (run, verb)->words & QM_WORD_OBJECT_VERB) && c + 1 < end && tok_at (run, c)->kind == QM_TOK_WORD &&
      (tok_at (run, c)->flags & QM_TOK_POSSESSIVE) && tok_at (run, c + 1)->kind == QM_TOK_OPEN && title_mark (run, c + 1))
    {
      int close = close_token_of_mark (run, c + 2, end, tok_at (run, c + 1)->mark);

      if (close > 0)
        c = close + 1;
    }
  /* "said Tuesday that …", "said Monday in Paris": a day, no content. */
  if (c + 1 < end && tok_at (run, c)->kind == QM_TOK_WORD && (tok_at (run, c)->flags & QM_TOK_CAPITAL) &&
      (tok_at (run, c)->words & QM_WORD_NOT_NAME) && !(tok_at (run, c)->flags & QM_TOK_POSSESSIVE) &&
      !(tok_at (run, c)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                                  QM_WORD_ADVERB | QM_WORD_COMPLEMENT | QM_WORD_RELATIVE)) &&
      ((tok_at (run, c + 1)->words & (QM_WORD_COMPLEMENT | QM_WORD_PREPOSITION)) || is_punct (run, c + 1, ',')))
    c++;
  /* "said Wednesday morning on …" */
  else if (c + 2 < end && tok_at (run, c)->kind == QM_TOK_WORD && (tok_at (run, c)->flags & QM_TOK_CAPITAL) &&
           (tok_at (run, c)->words & QM_WORD_NOT_NAME) && !(tok_at (run, c)->flags & QM_TOK_POSSESSIVE) &&
           !(tok_at (run, c)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION |
                                       QM_WORD_CONJUNCTION | QM_WORD_ADVERB | QM_WORD_COMPLEMENT | QM_WORD_RELATIVE)) &&
           tok_at (run, c + 1)->kind == QM_TOK_WORD && (tok_at (run, c + 1)->flags & QM_TOK_LOWER) &&
           !(tok_at (run, c + 1)->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_PREPOSITION)) &&
           ((tok_at (run, c + 2)->words & (QM_WORD_COMPLEMENT | QM_WORD_PREPOSITION)) || is_punct (run, c + 2, ',')))
    c += 2;
  /* "reiterated President Lukashenko’s words that “…”": the words are his. */
  if (c < end && _qm_np_right (run, c, end, &obj) && (tok_at (run, obj.last)->flags & QM_TOK_POSSESSIVE) &&
      obj.last + 1 < end && (tok_at (run, obj.last + 1)->words & QM_WORD_CONTENT) &&
      /* not "said Lund’s words and actions “…”", where the words are the
       * subject of what was said */
      (run->lang->verb_second || obj.last + 2 >= end ||
       (tok_at (run, obj.last + 2)->kind != QM_TOK_WORD &&
        /* nor "said Olsen’s remarks “have done harm”": a quotation that
         * opens in lower case right after the noun goes on with the
         * clause whose subject the words are */
        !(tok_at (run, obj.last + 2)->kind == QM_TOK_OPEN && obj.last + 3 < end &&
          tok_at (run, obj.last + 3)->kind == QM_TOK_WORD && (tok_at (run, obj.last + 3)->flags & QM_TOK_LOWER))) ||
       (tok_at (run, obj.last + 2)->words & QM_WORD_COMPLEMENT)))
    {
      *override = obj;
      c = obj.last + 2;
    }
  /* "said on Friday she met …": a day after a time preposition, then a
   * clause without "that" whose subject a pronoun or a determiner opens,
   * the content */
  if (!run->lang->verb_second && c < end && skip_time (run, c, end) > c + 1)
    {
      int after = skip_time (run, c, end);
      QmTok *u = after + 1 < end ? tok_at (run, after) : NULL;

      if (u != NULL && u->kind == QM_TOK_WORD && u->mark < 0 && (u->flags & QM_TOK_LOWER) &&
          (u->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)) && !(u->words & (QM_WORD_PREPOSITION | QM_WORD_COMPLEMENT)))
        c = after;
    }
  /* "Her death was confirmed by her son, Daniel Lund.": after a passive
   * verb, the agent preposition (agent-prepositions) opens the one who
   * spoke, never what was said (a name in commas after it is no
   * content) */
  if (!run->lang->verb_second && c < end && tok_at (run, c)->kind == QM_TOK_WORD && (tok_at (run, c)->flags & QM_TOK_LOWER) &&
      tok_at (run, c)->mark < 0 && word_has_role (run, tok_at (run, c), QM_ROLE_AGENT) && verb >= 1 &&
      passive_between (run, skip_adverbs_left (run, MAX (0, verb - 4), verb - 1), verb))
    {
      /* "It was announced by the ministry that …", "It had been
       * suggested by earlier studies that …": the clause a "that" opens
       * right after the agent's few words is what was said */
      for (int k = c + 1; k + 1 < end && k <= c + 7; k++)
        {
          QmTok *u = tok_at (run, k);

          if (u->kind != QM_TOK_WORD || u->mark >= 0 || is_verb (u))
            break;
          if (k > c + 1 && (u->flags & QM_TOK_LOWER) && word_has_role (run, u, QM_ROLE_DECLARATIVE))
            return k;
        }
      return end;
    }
  /* "said about 60 people had spent the night there", "said over 200
   * jobs were cut": a preposition before a number, its noun and then an
   * auxiliary (not a past form: "in 20 interviews conducted") is the
   * subject's hedge, and the
   * clause is the content; a determiner after the noun is a time or a
   * place before the content ("said in 2015 the plan …") */
  if (!run->lang->verb_second && c + 3 < end && tok_at (run, c)->kind == QM_TOK_WORD &&
      (tok_at (run, c)->words & QM_WORD_PREPOSITION) && (tok_at (run, c)->flags & QM_TOK_LOWER) &&
      tok_at (run, c)->mark < 0 && tok_at (run, c + 1)->kind == QM_TOK_WORD &&
      ((tok_at (run, c + 1)->flags & QM_TOK_DIGIT) || (tok_at (run, c + 1)->words & QM_WORD_QUANTITY)) &&
      tok_at (run, c + 2)->kind == QM_TOK_WORD && (tok_at (run, c + 2)->flags & QM_TOK_LOWER) &&
      !(tok_at (run, c + 2)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN | QM_WORD_COMPLEMENT |
                                      QM_WORD_CONJUNCTION | QM_WORD_VERB)) &&
      tok_at (run, c + 3)->kind == QM_TOK_WORD && (tok_at (run, c + 3)->flags & QM_TOK_LOWER) &&
      word_has_role (run, tok_at (run, c + 3), QM_ROLE_AUXILIARY))
    return c;
  /* "said in a statement that …": skip the phrase up to the "that"; without
   * one the words after the verb are no reported content. */
  if (c < end && (tok_at (run, c)->words & QM_WORD_PREPOSITION) && tok_at (run, c)->kind == QM_TOK_WORD &&
      !(c + 1 < end &&
        ((tok_at (run, c + 1)->kind == QM_TOK_WORD && (tok_at (run, c + 1)->flags & QM_TOK_LOWER) &&
          !preposition_object (run, c + 1)) ||
         /* "vowed to “continue the fight”" */
         (tok_at (run, c + 1)->kind == QM_TOK_OPEN && c + 2 < end && tok_at (run, c + 2)->kind == QM_TOK_WORD &&
          (tok_at (run, c + 2)->flags & QM_TOK_LOWER))) &&
        word_has_role (run, tok_at (run, c), QM_ROLE_INFINITIVE)))
    {
      int k = c + 1;
      int span = 12;
      gboolean titled = FALSE;

      for (;;)
        {
          while (k < end && k < c + span && tok_at (run, k)->kind == QM_TOK_WORD &&
                 (!(tok_at (run, k)->words & (QM_WORD_COMPLEMENT | QM_WORD_VERB)) ||
                  /* "said in her opening remarks that": a verb's form after a
                   * determiner or a lower-case word of the phrase is a noun */
                  (!(tok_at (run, k)->words & QM_WORD_COMPLEMENT) && !run->lang->verb_second &&
                   (tok_at (run, k)->flags & QM_TOK_LOWER) && (tok_at (run, k - 1)->flags & QM_TOK_LOWER) &&
                   ((tok_at (run, k - 1)->words & QM_WORD_DETERMINER) ||
                    !(tok_at (run, k - 1)->words & (QM_WORD_VERB | QM_WORD_PRONOUN | QM_WORD_PREPOSITION |
                                                    QM_WORD_CONJUNCTION | QM_WORD_ADVERB))))))
              k++;
          /* "said on ABC's “This Week” that …": a programme's name in
           * the phrase is passed over */
          /* German "sagte gegenüber der „Abendpost“, …", "schrieb in der
           * Zeitschrift „Polarwelt“, …": a short name in marks after an
           * article, or after an article and a noun */
          if (k + 1 < end && k < c + span && tok_at (run, k)->kind == QM_TOK_OPEN &&
              (!run->lang->verb_second ? (title_mark (run, k) || title_case_mark (run, k, end))
                                       : (k > c + 1 && tok_at (run, k - 1)->kind == QM_TOK_WORD &&
                                          ((tok_at (run, k - 1)->words & QM_WORD_DETERMINER) ||
                                           (k > c + 2 && (tok_at (run, k - 1)->flags & QM_TOK_CAPITAL) &&
                                            tok_at (run, k - 1)->mark < 0 && tok_at (run, k - 2)->kind == QM_TOK_WORD &&
                                            (tok_at (run, k - 2)->flags & QM_TOK_LOWER) &&
                                            (tok_at (run, k - 2)->words & QM_WORD_DETERMINER) &&
                                            !(tok_at (run, k - 2)->words & QM_WORD_PRONOUN))) &&
                                          mark_at (run, tok_at (run, k)->mark)->n_words <= 4 &&
                                          k + 1 < end && tok_at (run, k + 1)->kind == QM_TOK_WORD &&
                                          (tok_at (run, k + 1)->flags & QM_TOK_CAPITAL))))
            {
              int close = close_token_of_mark (run, k + 1, end, tok_at (run, k)->mark);

              /* not "zitiert aus der Zeitung „…“, wonach …": after a noun
               * and its name a relative clause is no content */
              if (close > k && close + 1 < end && close - k <= 10 &&
                  !(run->lang->verb_second && !(tok_at (run, k - 1)->words & QM_WORD_DETERMINER) && close + 2 < end &&
                    (tok_at (run, close + 2)->words & QM_WORD_RELATIVE)))
                {
                  span += close - k;
                  k = close + 1;
                  titled = TRUE;
                  continue;
                }
            }
          /* German "sagte gegenüber Radio Bern (RB), …", "sagte am Montag
           * (Ortszeit), …": a parenthesis in the phrase */
          if (run->lang->verb_second && k > c + 1 && k < c + span && skip_parenthesis (run, k, end) > k)
            {
              span += skip_parenthesis (run, k, end) - k;
              k = skip_parenthesis (run, k, end);
              continue;
            }
          break;
        }
      /* after a programme's name only a "that" opens the content */
      if (k < end && k < c + span &&
          ((tok_at (run, k)->words & QM_WORD_COMPLEMENT) ||
           ((!titled || run->lang->verb_second) && (is_punct (run, k, ',') || is_punct (run, k, ':')))))
        c = k;
      /* "called for “a total ban” on …", "joked about her “interesting
       * friendship”": the object with the quoted words is what was said.
       * A word or two in quotation marks only after a preposition of the
       * topic (topic-prepositions) and words before them, up to a dozen
       * ("called for a doubling of work to reach a “clean …”"), the
       * verb after a name, a role, a pronoun, an adverb or a comma:
       * "warned of a “ferocious” battle", "called for more “freedom”";
       * not after a noun ("loud chants of “no”", "his clarion call for a
       * “revolution”") nor a place ("attacks from the “liberal” press"). */
      else if (k < end && tok_at (run, k)->kind == QM_TOK_OPEN && !run->lang->verb_second &&
               !title_mark (run, k) && !title_case_mark (run, k, end) &&
               ((k < c + 6 && mark_at (run, tok_at (run, k)->mark)->n_words > 2) ||
                (k > c + 1 && word_has_role (run, tok_at (run, c), QM_ROLE_TOPIC_PREPOSITION) &&
                 (tok_at (run, verb)->flags & QM_TOK_LOWER) && verb > 0 &&
                 !(tok_at (run, verb - 1)->flags & QM_TOK_POSSESSIVE) &&
                 !(tok_at (run, verb - 1)->kind == QM_TOK_WORD && (tok_at (run, verb - 1)->flags & QM_TOK_LOWER) &&
                   !(tok_at (run, verb - 1)->words & (QM_WORD_PRONOUN | QM_WORD_ADVERB | QM_WORD_RELATIVE | QM_WORD_CONJUNCTION |
                                                       QM_WORD_ROLE | QM_WORD_ORGANISATION))))))
        return c + 1;
      /* "sprach von einer „Katastrophe“": a naming verb's phrase holds
       * the name it gives. */
      else if (k < end && k < c + 12 && tok_at (run, k)->kind == QM_TOK_OPEN && run->lang->fragments_direct &&
               (tok_at (run, verb)->words & QM_WORD_NAMING) && tok_at (run, verb)->kind == QM_TOK_WORD)
        return c;
      else
        return end;
      /* "said in German to the delegation, before repeating it", "said in
       * Paris, noting …", "called for a new vote, even though …": no
       * content (an adverb may stand before the conjunction). */
      if (is_punct (run, c, ',') && c + 1 < end && tok_at (run, c + 1)->kind == QM_TOK_WORD)
        {
          int w = c + 1;

          if (w + 1 < end && (tok_at (run, w)->flags & QM_TOK_LOWER) && (tok_at (run, w)->words & QM_WORD_ADVERB) &&
              !(tok_at (run, w)->words & (QM_WORD_COMPLEMENT | QM_WORD_PRONOUN)) && tok_at (run, w + 1)->kind == QM_TOK_WORD &&
              (tok_at (run, w + 1)->words & QM_WORD_CONJUNCTION) && (tok_at (run, w + 1)->flags & QM_TOK_LOWER))
            w++;
          if (((tok_at (run, w)->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)) &&
               !(tok_at (run, w)->words & QM_WORD_COMPLEMENT)) ||
              (is_verb (tok_at (run, w)) && participle_ending (run, tok_at (run, w), 0)))
            return end;
        }
    }
  /* German "sagte der Sprecher der Initiative, Ben Ostrow, die Anlagen
   * seien …": a name in commas after a role between the verb and the
   * comma is the role's apposition, no content */
  if (run->lang->verb_second && c + 3 < end && c > 0 && is_punct (run, c, ','))
    {
      QmNp name;
      gboolean role = FALSE;

      /* the role among the words right before the comma (the caller's
       * @verb may be the last word of the subject after the verb) */
      for (int k = c - 1; k >= 0 && k >= c - 8 && !role && tok_at (run, k)->kind == QM_TOK_WORD &&
                          tok_at (run, k)->mark < 0 && !is_verb (tok_at (run, k));
           k--)
        role = (tok_at (run, k)->flags & QM_TOK_CAPITAL) && (tok_at (run, k)->words & (QM_WORD_ROLE | QM_WORD_TITLE));
      if (role && _qm_np_right (run, c + 1, end, &name) && name.kind == QM_NP_NAME && name.first == c + 1 &&
          name.last > name.first && name.last + 2 < end && is_punct (run, name.last + 1, ',') &&
          !(tok_at (run, name.first)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)))
        c = name.last + 1;
    }
  if (c < end && (is_punct (run, c, ',') || is_punct (run, c, ':')))
    {
      c++;
      /* "Roos said, and the mayor …": the sentence goes on, no content;
       * "Roos said, noting that …": a cue of its own. Not German "betonte,
       * wie wichtig es sei, …": "wie" (report-conjunctions) and a word in
       * lower case that is no function word, adverb or verb ask how, the
       * content */
      if (c < end && tok_at (run, c)->kind == QM_TOK_WORD &&
          (((tok_at (run, c)->words & QM_WORD_CONJUNCTION) && !(tok_at (run, c)->words & QM_WORD_COMPLEMENT)) ||
           (is_verb (tok_at (run, c)) && participle_ending (run, tok_at (run, c), 0))) &&
          !(run->lang->verb_second && c + 3 < end && word_has_role (run, tok_at (run, c), QM_ROLE_REPORT_CONJUNCTION) &&
            tok_at (run, c + 1)->kind == QM_TOK_WORD && tok_at (run, c + 1)->mark < 0 &&
            (tok_at (run, c + 1)->flags & QM_TOK_LOWER) && !is_verb (tok_at (run, c + 1)) &&
            !(tok_at (run, c + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                                            QM_WORD_COMPLEMENT | QM_WORD_REPORTED_MOOD | QM_WORD_ADVERB))))
        return end;
    }
  if (c < end && (tok_at (run, c)->words & QM_WORD_COMPLEMENT) && tok_at (run, c)->kind == QM_TOK_WORD &&
      !(tok_at (run, c)->flags & QM_TOK_CAPITAL))
    c++;
  /* Verb second: the verb's particle, adverbs and objects stand before the
   * comma and the "that" that open the content: "stellte aber fest, dass
   * …", "sagte der „Zeitung“, dass …". */
  if (run->lang->verb_second && c < end && c > verb && tok_at (run, c)->kind == QM_TOK_WORD &&
      tok_at (run, c)->mark < 0 && !(tok_at (run, c)->words & QM_WORD_COMPLEMENT) &&
      !is_punct (run, c - 1, ',') && !is_punct (run, c - 1, ':') &&
      !(tok_at (run, c - 1)->kind == QM_TOK_WORD && (tok_at (run, c - 1)->words & QM_WORD_COMPLEMENT)))
    for (int k = c + 1; k < end && k < c + 12; k++)
      {
        QmTok *t = tok_at (run, k);

        if (t->mark >= 0)
          {
            if (mark_at (run, t->mark)->n_words > 4)
              break;
            continue;
          }
        if (is_punct (run, k, ','))
          {
            if (k + 2 < end && tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
                (tok_at (run, k + 1)->words & QM_WORD_COMPLEMENT) && tok_at (run, k + 1)->mark < 0)
              c = k + 2;
            /* "bekräftigte auch, „…“": the quotation after the comma */
            else if (k + 1 < end && tok_at (run, k + 1)->kind == QM_TOK_OPEN)
              c = k + 1;
            /* "erklärte später in einem Interview, er sehe …": a clause
             * in the Konjunktiv after the comma */
            else
              for (int j = k + 2; j < end && j <= k + 4 && tok_at (run, j)->kind == QM_TOK_WORD && tok_at (run, j)->mark < 0; j++)
                if ((tok_at (run, j)->words & QM_WORD_REPORTED_MOOD) && (tok_at (run, j)->flags & QM_TOK_LOWER))
                  {
                    c = k + 1;
                    break;
                  }
            break;
          }
        /* "sagte dem Sender Radio Bern (RB), …": a parenthesis */
        if (skip_parenthesis (run, k, end) > k)
          {
            k = skip_parenthesis (run, k, end) - 1;
            continue;
          }
        if (t->kind != QM_TOK_WORD || (t->words & QM_WORD_VERB))
          break;
      }
  if (c < end && is_punct (run, c, ':'))
    c++;
  return c;
}

/* The mark that content [c0, c1) is exactly, or -1. */
static int
content_mark (QmRun *run,
              int    c0,
              int    c1)
{
  QmTok *first, *last;

  if (c0 >= c1)
    return -1;
  first = tok_at (run, c0);
  last = tok_at (run, c1 - 1);
  /* A quotation that opened in an earlier paragraph continues here. */
  if (first->kind != QM_TOK_OPEN && (first->mark < 0 || c0 != 0))
    return -1;
  if (last->mark == first->mark)
    return first->mark;
  /* “…,” he said — the comma may stand outside the mark */
  if (c1 - 2 >= c0 && tok_at (run, c1 - 2)->mark == first->mark && tok_at (run, c1 - 1)->kind == QM_TOK_PUNCT)
    return first->mark;
  return -1;
}

static int
sentence_content_end (QmRun *run,
                      int    a,
                      int    b)
{
  while (b > a && tok_at (run, b - 1)->kind == QM_TOK_PUNCT && tok_at (run, b - 1)->mark < 0 &&
         !is_punct (run, b - 1, ')') && !is_punct (run, b - 1, ']'))
    b--;
  return b;
}

/* German: the source of "Laut einem Artikel der „New York Times“ hat …",
 * "Nach Angaben des Magazins „Der Spiegel“ sei …" goes on over genitive
 * phrases and a short name in quotation marks right after a phrase that a
 * determiner opens ("laut X „…“" quotes X); the content starts after them.
 * @first is the first token of the phrase that ends at @last.  Returns the
 * last token of the source with its tail. */
static int
source_tail (QmRun *run,
             int    first,
             int    last,
             int    endp)
{
  for (int step = 0; step < 3 && last + 1 < endp; step++)
    {
      QmTok *u = tok_at (run, last + 1);
      QmNp of;

      if (u->kind == QM_TOK_OPEN && (tok_at (run, first)->words & QM_WORD_DETERMINER) &&
          (tok_at (run, first)->flags & QM_TOK_LOWER))
        {
          const QmMark *m = &g_array_index (run->marks, QmMark, u->mark);
          int k;

          if (m->n_words == 0 || m->n_words > 5 || (m->flags & QM_MARK_UNCLOSED))
            break;
          for (k = last + 2; k < endp && tok_at (run, k)->mark == u->mark && tok_at (run, k)->kind != QM_TOK_CLOSE; k++)
            if (is_punct (run, k, '.') || is_punct (run, k, '!') || is_punct (run, k, '?') || is_punct (run, k, ':'))
              break;
          if (k >= endp || tok_at (run, k)->kind != QM_TOK_CLOSE || tok_at (run, k)->mark != u->mark)
            break;
          last = k;
        }
      else if (u->kind == QM_TOK_WORD && (u->words & QM_WORD_DETERMINER) && (u->flags & QM_TOK_LOWER) &&
               !(u->words & QM_WORD_PRONOUN) && _qm_np_right (run, last + 1, endp, &of) && of.last > last + 1)
        {
          first = last + 1;
          last = of.last;
          /* "der „Abendpost“": the name's closing mark */
          if (last + 1 < endp && tok_at (run, last + 1)->kind == QM_TOK_CLOSE &&
              tok_at (run, last + 1)->mark == tok_at (run, last)->mark)
            last++;
        }
      else
        break;
    }
  return last;
}

/* The last token of a source phrase with its genitives and a phrase with
 * "von" after it: "das Fazit der Veranstalter von X". */
static int
source_end (QmRun *run,
            int    first,
            int    last,
            int    endp)
{
  QmNp of;

  last = source_tail (run, first, last, endp);
  if (last + 2 < endp && word_has_role (run, tok_at (run, last + 1), QM_ROLE_OWNER_PREPOSITION) && _qm_np_right (run, last + 2, endp, &of))
    last = of.last;
  return last;
}

/* German: "Nach Angaben des Fonds (MIF) sandten …", "Nach Angaben des
 * Direktors, Hans Berg, sei …": a parenthesis or an apposition (before a
 * word in lower case, the verb) right after a source that opens the
 * sentence belongs to the source, not to what it reports.  Returns the
 * token the content starts at. */
static int
source_aside (QmRun *run,
              int    c0,
              int    endp)
{
  for (int step = 0; step < 2 && c0 < endp; step++)
    {
      gboolean paren = is_punct (run, c0, '(');
      int end = -1;

      /* "Nach Angaben der Behörden in Gaza (…) beläuft sich …": a place
       * after the source, a preposition and words in capitals before the
       * verb in lower case, is part of the phrase that opens the sentence */
      if (step == 0 && c0 + 2 < endp && tok_at (run, c0)->kind == QM_TOK_WORD && tok_at (run, c0)->mark < 0 &&
          (tok_at (run, c0)->flags & QM_TOK_LOWER) && (tok_at (run, c0)->words & QM_WORD_PREPOSITION))
        {
          int k = c0 + 1;

          while (k < endp && k < c0 + 4 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
                 (tok_at (run, k)->flags & QM_TOK_CAPITAL) && !(tok_at (run, k)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)))
            k++;
          if (k > c0 + 1 && k + 1 < endp &&
              (is_punct (run, k, '(') ||
               (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) && tok_at (run, k)->mark < 0 &&
                !(tok_at (run, k)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)))))
            {
              c0 = k;
              continue;
            }
        }
      if (!paren && !is_punct (run, c0, ','))
        break;
      for (int k = c0 + 1; k < endp && k < c0 + 12; k++)
        {
          if (is_punct (run, k, paren ? ')' : ','))
            {
              end = k;
              break;
            }
          if (is_final_punct (tok_at (run, k)) || tok_at (run, k)->mark >= 0 || is_punct (run, k, ',') ||
              is_punct (run, k, '('))
            break;
        }
      if (end < 0 || end + 2 >= endp ||
          (!paren && !(tok_at (run, end + 1)->kind == QM_TOK_WORD && (tok_at (run, end + 1)->flags & QM_TOK_LOWER))))
        break;
      c0 = end + 1;
    }
  return c0;
}

/* German: the clause that a source inside it at @v reports, in
 * [@c0, @c1): the sentence to @endp ("Der Abschuss soll laut dem Minister
 * …"), a clause after a semicolon, a clause that a comma and a
 * conjunction, a complementizer or a relative pronoun open ("…, die nach
 * Angaben der Polizei … sollte, wurde …", "…, unter denen sich laut X …",
 * "…, weil die Truppe nach Angaben der Stadt überlastet ist"), to the next
 * comma, or a parenthesis.  FALSE when a speech verb before it has the
 * content ("„…“, sagte X laut Y"). */
static G_GNUC_NO_INLINE gboolean
source_clause (QmRun *run,
               int    a,
               int    v,
               int    endp,
               int   *c0,
               int   *c1)
{
  int start = a, paren = -1;
  gboolean sub = FALSE;

  for (int k = a; k < v; k++)
    {
      QmTok *u = tok_at (run, k);
      QmTok *n;

      if (u->mark >= 0)
        continue;
      if (u->kind == QM_TOK_WORD && (u->words & QM_WORD_VERB))
        return FALSE;
      if (is_punct (run, k, '('))
        paren = k;
      else if (is_punct (run, k, ')'))
        paren = -1;
      else if (is_punct (run, k, ';'))
        {
          start = k + 1;
          sub = FALSE;
        }
      else if (is_punct (run, k, ','))
        {
          /* after the subordinate clause, the main clause goes on */
          start = a;
          sub = FALSE;
          n = k + 1 < v ? tok_at (run, k + 1) : NULL;
          if (n == NULL || n->kind != QM_TOK_WORD || !(n->flags & QM_TOK_LOWER) || n->mark >= 0)
            continue;
          if ((n->words & (QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)) || word_has_role (run, n, QM_ROLE_FRONTED_SUBORDINATOR) ||
              (word_has_role (run, n, QM_ROLE_SUBJECT_RELATIVE) && !(tok_at (run, k + 2)->flags & QM_TOK_CAPITAL)) ||
              ((n->words & QM_WORD_PREPOSITION) && k + 2 < v && tok_at (run, k + 2)->kind == QM_TOK_WORD &&
               (tok_at (run, k + 2)->flags & QM_TOK_LOWER) &&
               ((tok_at (run, k + 2)->words & QM_WORD_DETERMINER) || tok_at (run, k + 2)->words == 0) &&
               !(tok_at (run, k + 3)->flags & QM_TOK_CAPITAL)))
            {
              start = k + 1;
              sub = TRUE;
            }
          else if (n->words & QM_WORD_CONJUNCTION)
            start = k + 1;
        }
    }
  *c0 = paren >= 0 ? paren + 1 : start;
  *c1 = endp;
  for (int k = v + 1; (paren >= 0 || sub) && k < endp; k++)
    if (tok_at (run, k)->mark < 0 && (is_punct (run, k, paren >= 0 ? ')' : ',') || (paren < 0 && is_punct (run, k, ';'))))
      {
        *c1 = k;
        break;
      }
  return TRUE;
}

/* German: the comma or dash that ends a source at @v interrupting what it
 * reports in the sentence from @a ("…, so Obama weiter, …", "…, so der
 * Autor in einem Blog auf „X“, …"), searched after @last, the source's
 * last token, or 0 when no words of the content follow it. */
static int
source_interruption_end (QmRun *run,
                         int    a,
                         int    v,
                         int    last,
                         int    endp)
{
  for (int k = last + 1; k < endp && k <= last + 25; k++)
    {
      QmTok *u = tok_at (run, k);

      if (u->mark >= 0)
        continue;
      if (is_final_punct (u) || is_punct (run, k, ':') || is_punct (run, k, ';'))
        return 0;
      if (is_punct (run, k, ',') || is_dash (run, k))
        {
          QmTok *n = k + 2 < endp ? tok_at (run, k + 1) : NULL;

          /* the content goes on in lower case; not an apposition
           * ("…, so Karl, Leiter der Abteilung") nor a relative clause
           * ("…, in der …"); a phrase that an article opens only where
           * the piece before wants it ("Doch sei es, so X, ein Fehler
           * gewesen") */
          if (n == NULL || n->kind != QM_TOK_WORD || n->mark >= 0 || !(n->flags & QM_TOK_LOWER) ||
              (n->words & (QM_WORD_PREPOSITION | QM_WORD_RELATIVE | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT)) ||
              ((n->words & QM_WORD_DETERMINER) && !mood_sentence (run, a, v)))
            return 0;
          return k;
        }
    }
  return 0;
}

/* German: "…, so Jonas Keller, Kapitän des Vereins, gegenüber der
 * Zeitung." — whether a role (and its genitives) in apposition follows
 * the comma at @c after a source, and after it the sentence ends or only
 * a phrase that a preposition opens, with no verb, follows: all of it is
 * the source's, none of it reported content. */
static gboolean
source_apposition (QmRun *run,
                   int    c,
                   int    endp)
{
  QmNp role;
  int e;

  if (c + 2 >= endp || !is_punct (run, c, ',') || !_qm_np_right (run, c + 1, endp, &role) ||
      role.kind == QM_NP_PRONOUN || role.kind == QM_NP_NONE || !(role.words & (QM_WORD_ROLE | QM_WORD_TITLE)) ||
      ((tok_at (run, c + 1)->flags & QM_TOK_LOWER) && !(tok_at (run, c + 1)->words & QM_WORD_DETERMINER)))
    return FALSE;
  e = skip_genitives (run, role.last + 1, endp);
  if (e < endp && is_punct (run, e, ','))
    e++;
  if (e >= endp || is_final_punct (tok_at (run, e)))
    return TRUE;
  if (tok_at (run, e)->kind != QM_TOK_WORD || !(tok_at (run, e)->flags & QM_TOK_LOWER) ||
      !(tok_at (run, e)->words & QM_WORD_PREPOSITION))
    return FALSE;
  for (int k = e + 1; k < endp && k < e + 10; k++)
    {
      QmTok *u = tok_at (run, k);

      if (is_final_punct (u))
        return TRUE;
      if (u->mark >= 0 || u->kind == QM_TOK_OPEN || (u->kind == QM_TOK_WORD && (u->words & QM_WORD_VERB)) ||
          (u->kind == QM_TOK_PUNCT && !is_final_punct (u)))
        return FALSE;
    }
  return e + 10 >= endp;
}

/* German: whether the clause ends after the subject of a cue that
 * follows its content, its last token at @last ("…, teilte später der
 * Direktor der Behörde, Tom Berg, mit.", "…, äußerte sich Berg gegenüber
 * der Zeitung."): an apposition between commas, a particle or a phrase in
 * lower case, no verb and no object that opens with a capital ("…,
 * erhofft sich die Firma mehr Kunden"). */
static gboolean
clause_ends_after_subject (QmRun *run,
                           int    last,
                           int    endp)
{
  int commas = 0;

  if (last + 1 < endp && tok_at (run, last + 1)->kind == QM_TOK_WORD && !(tok_at (run, last + 1)->flags & QM_TOK_LOWER))
    return FALSE;
  for (int k = last + 1; k < endp; k++)
    {
      QmTok *u = tok_at (run, k);

      if (k > last + 10 || (u->kind == QM_TOK_WORD && (u->words & QM_WORD_VERB) && u->mark < 0))
        return FALSE;
      if (is_punct (run, k, ',') && u->mark < 0 && ++commas > 2)
        return FALSE;
    }
  return commas != 1;
}

static gboolean impersonal_source (QmRun *run,
                                   int    a,
                                   int    v,
                                   int    n,
                                   QmNp  *np);
static gboolean written_source (QmRun *run,
                                int    a,
                                int    i,
                                int    close,
                                int    e,
                                QmNp  *np);

/* German "Lund sagte laut Radio: „…“", "„…“, sagte Lund laut Radio.":
 * "laut" (according-to, not edge-according) in lower case after a speech
 * verb of its own clause (or "so", edge-according: "„…“, so Lund laut
 * Radio.", or before a participle: "„…“, hat Lund laut Radio gesagt.")
 * and a few plain words names where quoted words
 * were heard, not their source: the verb's subject speaks. Only where a
 * colon or comma and a quotation follow the source, or the sentence
 * opened with the quotation and ends after it. */
static gboolean
according_after_speech (QmRun *run,
                        int    a,
                        int    v,
                        int    b)
{
  QmTok *t = tok_at (run, v);
  int verb = -1, start = -1, p, k0, comma = -1;

  if (!run->lang->verb_second || !(t->flags & QM_TOK_LOWER) || word_has_role (run, t, QM_ROLE_EDGE_ACCORDING))
    return FALSE;
  k0 = v - 1;
  /* "„…“, sagte die Ministerin, Eva Lund, laut Radio.": the speaker's
   * name in commas between the verb and "laut" */
  if (k0 - 2 >= a && is_punct (run, k0, ','))
    {
      int k = k0 - 1;

      while (k >= a && k > v - 8 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
             !(tok_at (run, k)->flags & QM_TOK_LOWER))
        k--;
      if (k < k0 - 1 && k >= a && is_punct (run, k, ','))
        {
          comma = k0;
          k0 = k - 1;
        }
    }
  for (int k = k0; k >= a && k >= k0 - 5 && start < 0; k--)
    {
      QmTok *u = tok_at (run, k);

      if (u->kind != QM_TOK_WORD || u->mark >= 0)
        {
          start = k + 1;
          break;
        }
      if ((is_verb (u) || word_has_role (run, u, QM_ROLE_EDGE_ACCORDING)) && (u->flags & QM_TOK_LOWER) && verb < 0)
        verb = k;
    }
  /* the apposition needs a verb before it */
  if (comma >= 0 && verb < 0)
    return FALSE;
  for (p = v + 1; p < b && p <= v + 6 && tok_at (run, p)->kind == QM_TOK_WORD && tok_at (run, p)->mark < 0; p++)
    ;
  if (p == v + 1 || p > v + 6)
    return FALSE;
  /* "…, sagte Lund laut der Zeitung „Blatt“.": the paper's name in
   * quotation marks ends the source */
  if (p < b && p > v + 1 && tok_at (run, p)->kind == QM_TOK_OPEN)
    {
      int close = close_token_of_mark (run, p, b, tok_at (run, p)->mark);

      if (close < 0 || close - p > 8)
        return FALSE;
      p = close + 1;
    }
  /* "„…“, hat Lund laut Radio gesagt.": the participle after the source */
  if (verb < 0 && p - 1 > v + 1 && is_verb (tok_at (run, p - 1)) && (tok_at (run, p - 1)->flags & QM_TOK_LOWER))
    verb = p - 1;
  if (verb < 0)
    return FALSE;
  if (p + 1 < b && (is_punct (run, p, ':') || is_punct (run, p, ',')) && tok_at (run, p + 1)->kind == QM_TOK_OPEN)
    return TRUE;
  /* "Das Gericht gehe zu weit, sagte Lund laut Radio.": the verb right
   * after the comma that ends the words reported before it */
  if ((p >= b || is_final_punct (tok_at (run, p))) && start - 2 >= a && is_punct (run, start - 1, ',') &&
      (tok_at (run, start - 2)->kind == QM_TOK_CLOSE || (verb == start && tok_at (run, start - 2)->kind == QM_TOK_WORD)))
    return TRUE;
  return FALSE;
}

static gboolean
match_according (QmRun *run,
                 int    i,
                 int    b,
                 int   *phrase_last)
{
  QmTok *t = tok_at (run, i);
  QmNp np;

  if (!(t->words & QM_WORD_ACCORDING) || t->mark >= 0)
    return FALSE;
  /* "habe so die Bildung der Ringe ausgelöst" — "so" after a word is an
   * adverb, a source only after a comma, a dash or a closing mark: "…, so
   * der Sprecher" */
  if (i > 0 && tok_at (run, i - 1)->kind == QM_TOK_WORD && word_has_role (run, t, QM_ROLE_EDGE_ACCORDING))
    return FALSE;
  /* "…, so heißt es in der Mitteilung": before an impersonal verb it opens
   * the verb's clause, whose source follows the pronoun */
  if (i + 1 < b && is_verb (tok_at (run, i + 1)) && word_has_role (run, t, QM_ROLE_EDGE_ACCORDING) &&
      impersonal_source (run, i + 1, i + 1, b, &np))
    return FALSE;
  /* "Mehrere äußerten sich, so die Ministerin X und der Abgeordnete Y:
   * „…“": before a colon that the words after it reach, a list of people
   * after "so" names examples ("such as"), not the source of what went
   * before ("Die Lage sei ernst, so der Minister: „…“" has one) */
  if (word_has_role (run, t, QM_ROLE_EDGE_ACCORDING))
    {
      gboolean list = FALSE;

      for (int k = i + 1; k < b && k < i + 16; k++)
        {
          QmTok *u = tok_at (run, k);

          if (is_punct (run, k, ':') && list)
            return FALSE;
          if (u->kind != QM_TOK_WORD || u->mark >= 0)
            break;
          list = list || ((u->words & QM_WORD_CONJUNCTION) && (u->flags & QM_TOK_LOWER));
        }
    }
  for (guint k = 0; k < run->lang->according->len; k++)
    {
      char **words = g_ptr_array_index (run->lang->according, k);
      int j = i;
      guint w;

      for (w = 0; words[w] != NULL && j < b; w++, j++)
        {
          QmTok *u = tok_at (run, j);

          if (u->end - u->start != strlen (words[w]) ||
              g_ascii_strncasecmp (run->data + u->start, words[w], u->end - u->start) != 0)
            break;
        }
      if (words[w] == NULL)
        {
          *phrase_last = j - 1;
          return TRUE;
        }
    }
  return FALSE;
}

/* Words after which a verb form is a noun: "the report", "Trump’s
 * comments", "his claims" ("her" may be an object: "told her"). */
static gboolean
is_noun_marker (QmTok *prev)
{
  if (prev->kind != QM_TOK_WORD)
    return FALSE;
  if (prev->flags & QM_TOK_POSSESSIVE)
    return TRUE;
  if (!(prev->words & QM_WORD_DETERMINER))
    return FALSE;
  return !(prev->words & QM_WORD_PRONOUN) || !(prev->words & QM_WORD_FEMALE);
}

/* "She remembers the night of the storm", "Silva added a third in stoppage
 * time": after a verb at @v that reports speech only with a clause after it
 * (clause-verbs; tally-verbs when a quantities word follows the first word),
 * the words from @c0 to @c1 are its object when a determiner that is no
 * pronoun opens them and no verb, auxiliary, complementizer, pronoun (but a
 * possessive) or quotation follows before a comma. */
static gboolean
noun_object (QmRun *run,
             int    v,
             int    c0,
             int    c1)
{
  QmTok *first = tok_at (run, c0);

  if (c0 + 1 >= c1 ||
      !(word_has_role (run, tok_at (run, v), QM_ROLE_CLAUSE_VERB) ||
        (word_has_role (run, tok_at (run, v), QM_ROLE_TALLY_VERB) && tok_at (run, c0 + 1)->kind == QM_TOK_WORD &&
         (tok_at (run, c0 + 1)->words & QM_WORD_QUANTITY))))
    return FALSE;
  if (first->kind != QM_TOK_WORD || first->mark >= 0 || !(first->flags & QM_TOK_LOWER) ||
      !(first->words & QM_WORD_DETERMINER) || (first->words & QM_WORD_PRONOUN))
    return FALSE;
  for (int k = c0 + 1; k < c1; k++)
    {
      QmTok *t = tok_at (run, k);

      if (is_punct (run, k, ','))
        break;
      if (t->kind == QM_TOK_OPEN || t->kind == QM_TOK_CLOSE || t->mark >= 0)
        return FALSE;
      if (t->kind == QM_TOK_WORD &&
          ((t->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_RELATIVE)) ||
           ((t->words & QM_WORD_PRONOUN) && !(t->words & QM_WORD_DETERMINER)) ||
           word_has_role (run, t, QM_ROLE_AUXILIARY)))
        return FALSE;
    }
  return TRUE;
}

/* "keep a campaign promise to …": a verb form that is also a noun
 * (compound-nouns) after an indefinite article and one lower-case
 * organisation or role word in the singular is the head of a noun phrase,
 * as no verb in its base form follows a singular subject. */
static gboolean
compound_noun (QmRun *run,
               int    a,
               int    v)
{
  QmTok *prev;

  if (run->lang->verb_second || v - 2 < a || !word_has_role (run, tok_at (run, v), QM_ROLE_COMPOUND_NOUN))
    return FALSE;
  prev = tok_at (run, v - 1);
  return prev->kind == QM_TOK_WORD && prev->mark < 0 && (prev->flags & QM_TOK_LOWER) &&
         (prev->words & (QM_WORD_ORGANISATION | QM_WORD_ROLE)) &&
         !word_has_ending (run, prev, &run->lang->plural_endings, 3) &&
         !(prev->words & (QM_WORD_QUANTITY | QM_WORD_ADVERB | QM_WORD_VERB | QM_WORD_PRONOUN)) &&
         !word_has_role (run, prev, QM_ROLE_AUXILIARY) && tok_at (run, v - 2)->kind == QM_TOK_WORD &&
         tok_at (run, v - 2)->mark < 0 && word_has_role (run, tok_at (run, v - 2), QM_ROLE_INDEFINITE_ARTICLE);
}

/* "five states", "in 50 states": in English a verb form in -s right after
 * a number is a plural noun. */
static gboolean
counted_noun (QmRun *run,
              int    v)
{
  QmTok *t = tok_at (run, v);
  QmTok *prev = tok_at (run, v - 1);

  return !run->lang->verb_second && word_has_ending (run, t, &run->lang->plural_endings, 0) && prev->kind == QM_TOK_WORD &&
         ((prev->flags & QM_TOK_DIGIT) || (prev->words & QM_WORD_QUANTITY));
}

/* "“We will win,” she told …", "“Why now?” he asked …": a quotation
 * closing on a comma, a question or an exclamation right before the
 * subject that starts at @first. */
static gboolean
quote_before_subject (QmRun *run,
                      int    a,
                      int    first)
{
  int k = first - 1;
  QmTok *p;

  if (k - 1 >= a && is_punct (run, k, ',') && tok_at (run, k - 1)->kind == QM_TOK_CLOSE)
    return TRUE;
  if (k - 1 < a || tok_at (run, k)->kind != QM_TOK_CLOSE)
    return FALSE;
  p = tok_at (run, k - 1);
  return p->kind == QM_TOK_PUNCT && (p->first == ',' || p->first == '!' || p->first == '?' || is_dash (run, k - 1));
}

/* Whether a word of one of the classes @words is among [@from, @to). */
static gboolean
has_word (QmRun *run,
          int    from,
          int    to,
          guint  words)
{
  for (int k = from; k < to; k++)
    if (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & words))
      return TRUE;
  return FALSE;
}

/* Whether "that", a comma or a colon stands between the cue @v and its
 * content at @c0. */
static gboolean
content_introduced (QmRun *run,
                    int    v,
                    int    c0)
{
  return (c0 - 1 > v && (is_punct (run, c0 - 1, ',') || is_punct (run, c0 - 1, ':'))) ||
         has_word (run, v + 1, c0, QM_WORD_COMPLEMENT);
}

static gboolean
inside_content (GArray *attrs,
                guint   first,
                int     v)
{
  /* The latest few patterns suffice and keep this linear. */
  for (guint i = MAX (first, attrs->len > 8 ? attrs->len - 8 : 0); i < attrs->len; i++)
    {
      Attr *x = &g_array_index (attrs, Attr, i);

      if (v >= x->c0 && v < x->c1)
        return TRUE;
    }
  return FALSE;
}

/* "heißt es in der Mitteilung von „Nordwerk“: „…“": from @c0, an
 * impersonal pronoun, then words with no verb (a name in marks among
 * them) up to a colon before an opening mark, within [@c0, @c1). */
static gboolean
impersonal_colon (QmRun *run,
                  int    c0,
                  int    c1)
{
  QmTok *p = tok_at (run, c0);

  if (!run->lang->verb_second || p->kind != QM_TOK_WORD || !(p->words & QM_WORD_PRONOUN) || !(p->flags & QM_TOK_LOWER) ||
      (p->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)))
    return FALSE;
  for (int k = c0 + 1; k + 1 < c1 && k < c0 + 24; k++)
    {
      if (is_punct (run, k, ':') && tok_at (run, k)->mark < 0)
        return tok_at (run, k + 1)->kind == QM_TOK_OPEN;
      if (is_verb (tok_at (run, k)) || (tok_at (run, k)->kind == QM_TOK_PUNCT && tok_at (run, k)->mark < 0 &&
                                        tok_at (run, k)->first != '-'))
        return FALSE;
    }
  return FALSE;
}

/* "…“, hieß es in der Mitteilung", "Im Bericht heißt es: „…“": after a
 * verb and an impersonal pronoun, the source is the prepositional phrase
 * before the verb or after the pronoun. */
static gboolean
impersonal_source (QmRun *run,
                   int    a,
                   int    v,
                   int    n,
                   QmNp  *np)
{
  QmTok *p;
  int r, s;
  gboolean bare;

  if (v + 1 >= n || !is_verb (tok_at (run, v)))
    return FALSE;
  p = tok_at (run, v + 1);
  /* "Aus Regierungskreisen verlautete: „…“": a verb with no subject
   * before its colon or comma has the phrase before it for source */
  bare = run->lang->verb_second && (is_punct (run, v + 1, ':') || is_punct (run, v + 1, ',')) &&
         (tok_at (run, v)->flags & QM_TOK_LOWER);
  if (!bare && (p->kind != QM_TOK_WORD || !(p->words & QM_WORD_PRONOUN) || !(p->flags & QM_TOK_LOWER) ||
                (p->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL))))
    return FALSE;
  s = a + 1;
  /* "Im letzten Absatz …": an adjective after a preposition that holds
   * its determiner */
  while (s + 1 < v && tok_at (run, s)->kind == QM_TOK_WORD && (tok_at (run, s)->flags & QM_TOK_LOWER) &&
         tok_at (run, s)->words == 0 && tok_at (run, s)->mark < 0 && (tok_at (run, s + 1)->flags & QM_TOK_CAPITAL))
    s++;
  if (v - 1 > a && tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->words & QM_WORD_PREPOSITION) &&
      _qm_np_right (run, s, v, np))
    {
      int last = np->last;
      QmNp of;

      /* "Auf der Homepage der Schule heißt es": genitives join it */
      while (last + 1 < v && (tok_at (run, last + 1)->words & QM_WORD_DETERMINER) &&
             (tok_at (run, last + 1)->flags & QM_TOK_LOWER) && _qm_np_right (run, last + 1, v, &of))
        last = of.last;
      /* "Im letzten Absatz der Verfügung (Erlass), die …, heißt es": a
       * word or two in parentheses and a relative clause between commas
       * that opens with its subject join it too */
      if (last + 3 < v && is_punct (run, last + 1, '('))
        for (int c = last + 2; c < v && c < last + 6; c++)
          if (is_punct (run, c, ')'))
            {
              last = c;
              break;
            }
      if (last + 3 < v && is_punct (run, last + 1, ',') && is_punct (run, v - 1, ',') &&
          word_has_role (run, tok_at (run, last + 2), QM_ROLE_SUBJECT_RELATIVE) &&
          (tok_at (run, last + 2)->flags & QM_TOK_LOWER))
        {
          int c = last + 3;

          while (c < v - 1 && tok_at (run, c)->mark < 0 && !is_punct (run, c, ','))
            c++;
          if (c == v - 1)
            last = v - 1;
        }
      if (last == v - 1)
        return TRUE;
    }
  if (bare)
    return FALSE;
  r = v + 2;
  while (r < n && r < v + 5 && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_ADVERB) &&
         !(tok_at (run, r)->words & QM_WORD_PREPOSITION))
    r++;
  return r + 1 < n && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_PREPOSITION) &&
         (tok_at (run, r)->flags & QM_TOK_LOWER) && _qm_np_right (run, r + 1, n, np);
}

/* German "„…“, hieß es in einer Mitteilung der Reederei Möwenfeld": the
 * genitive (an article of affiliation-prepositions, or "von" of
 * owner-prepositions, and a phrase) after the document noun that ends
 * @np, stored in @of. Not "laut ihrer Erklärung ihre Ämter" (no
 * genitive), not "bei Facebook" (a place). */
static gboolean
document_genitive (QmRun      *run,
                   const QmNp *np,
                   int         b,
                   QmNp       *of)
{
  QmTok *g;
  int k = np->last + 1;

  if (k + 1 >= b)
    return FALSE;
  g = tok_at (run, k);
  if (g->kind != QM_TOK_WORD || !(g->flags & QM_TOK_LOWER) || g->mark >= 0)
    return FALSE;
  if (word_has_role (run, g, QM_ROLE_OWNER_PREPOSITION))
    k++;
  else if (!(g->words & QM_WORD_DETERMINER) || !word_has_role (run, g, QM_ROLE_AFFILIATION))
    return FALSE;
  return _qm_np_right (run, k, b, of) && of->kind != QM_NP_NONE && of->kind != QM_NP_PRONOUN;
}

/* German "Die Reederei Nordlicht äußerte sich am Abend. „…“, hieß es in
 * einer Mitteilung.", "In einer Mitteilung hieß es: „…“": a document noun
 * (document-nouns) after a preposition that heads @np, the sentence's end
 * or the cue right after it (no genitive, no name), was issued by the
 * latest person or organisation that was a sentence's subject, in this
 * paragraph or the one before, before the cue at @cue. Returns that
 * person, or G_MININT (the phrase itself is then resolved). */
static int
document_issuer (QmRun      *run,
                 const QmNp *np,
                 int         cue,
                 int         n)
{
  gsize since;
  int person;
  QmNp of;

  if (!(run->lang->roles_listed & QM_ROLE_DOCUMENT_NOUN) || np->kind == QM_NP_PRONOUN ||
      !word_has_role (run, tok_at (run, np->last), QM_ROLE_DOCUMENT_NOUN) || np->first < 1 ||
      tok_at (run, np->first - 1)->kind != QM_TOK_WORD || !(tok_at (run, np->first - 1)->words & QM_WORD_PREPOSITION))
    return G_MININT;
  /* "in einer Mitteilung der Reederei Möwenfeld": its genitive issued it */
  if (document_genitive (run, np, cue > np->last ? cue : n, &of))
    return _qm_people_resolve (run, &of, 0);
  if (np->last + 1 < n && np->last + 1 != cue && !is_final_punct (tok_at (run, np->last + 1)))
    return G_MININT;
  /* "einer kurzen Mitteilung", not "der Nordlicht-Mitteilung Ole Brincks":
   * words in lower case before the noun only */
  for (int k = np->first; k < np->last; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || !(tok_at (run, k)->flags & QM_TOK_LOWER) || tok_at (run, k)->mark >= 0)
      return G_MININT;
  /* the start of the paragraph before this one */
  since = tok_at (run, 0)->start;
  while (since > 0 && g_ascii_isspace (run->data[since - 1]))
    since--;
  while (since > 0 && run->data[since - 1] != '\n')
    since--;
  person = _qm_people_latest_subject (run, since, tok_at (run, cue)->start);
  return person >= 0 ? person : G_MININT;
}

/* The reported-speech model (data/doc/MODEL.md) weighs what the patterns
 * above leave: a cue word of its lexicon ("believes", "plans", "warned")
 * and the clause after it, "that" skipped. */

#define MAX_FEATURES 40

enum
{
  F_BIAS = 1, F_CUE, F_CUE_NEXT, F_PREV, F_PREV2, F_NP, F_CUE_NP, F_THAT, F_CUE_THAT, F_FIRST, F_FIRST_CLASS,
  F_LEN, F_CUE_LEN, F_POS, F_NESTED, F_RULES, F_CAPITAL, F_SUFFIX, F_END, F_COMMA, F_PREV_CLASS, F_NEXT_CLASS,
  F_QUOTES, F_CUE_PREV_CLASS, F_CUE_FIRST_CLASS = 27, F_VERBS, F_PREV_CUE, F_CUE_NEXT_CLASS, F_AUX, F_LAST_CLASS,
  F_AFTER_CLASS,
};

/* A coarse class of token @i of the sentence [a, e). */
static guint32
tok_class (QmRun *run,
           int    i,
           int    a,
           int    e)
{
  QmTok *t;

  if (i < a)
    return 1;
  if (i >= e)
    return 2;
  t = tok_at (run, i);
  if (t->kind == QM_TOK_OPEN || t->kind == QM_TOK_CLOSE)
    return 3;
  if (t->kind == QM_TOK_PUNCT)
    return 100 + MIN (t->first, 0x3000);
  if (t->words & QM_WORD_PRONOUN)
    return 10;
  if (t->words & QM_WORD_DETERMINER)
    return 11;
  if (t->words & QM_WORD_COMPLEMENT)
    return 12;
  if (t->words & QM_WORD_PREPOSITION)
    return 13;
  if (t->words & QM_WORD_CONJUNCTION)
    return 14;
  if (t->words & QM_WORD_ADVERB)
    return 15;
  if (t->words & QM_WORD_VERB)
    return 16;
  if (t->flags & QM_TOK_POSSESSIVE)
    return 17;
  if (t->flags & QM_TOK_CAPITAL)
    return 18;
  if (t->flags & QM_TOK_DIGIT)
    return 19;
  return 20;
}

static guint32
add_tok (QmRun   *run,
         guint32  h,
         int      i,
         int      a,
         int      e)
{
  QmTok *t;

  if (i < a || i >= e)
    return qm_feature_add_int (h, i < a ? 1 : 2);
  t = tok_at (run, i);
  return qm_feature_add_word (h, run->data + t->start, t->end - t->start);
}

static guint32
bucket (int n)
{
  return n <= 2 ? n : n <= 4 ? 3 : n <= 7 ? 4 : n <= 12 ? 5 : n <= 20 ? 6 : n <= 35 ? 7 : 8;
}

/* The features of the cue and the words around it, known before the
 * content is: enough to rule most candidates out (the prefilter). */
static guint
model_features_early (QmRun    *run,
                      int       a,
                      int       endp,
                      int       v,
                      gboolean  nested,
                      guint     n_rules,
                      gboolean  quotes,
                      guint32  *f)
{
  QmTok *cue = tok_at (run, v);
  guint32 cue_h = qm_feature_add_word (0, run->data + cue->start, cue->end - cue->start);
  guint32 prev_class = tok_class (run, v - 1, a, endp);
  guint n = 0;

  f[n++] = qm_feature_start (F_BIAS);
  f[n++] = qm_feature_add_int (qm_feature_start (F_CUE), cue_h);
  f[n++] = add_tok (run, qm_feature_add_int (qm_feature_start (F_CUE_NEXT), cue_h), v + 1, a, endp);
  f[n++] = add_tok (run, qm_feature_start (F_PREV), v - 1, a, endp);
  f[n++] = add_tok (run, add_tok (run, qm_feature_start (F_PREV2), v - 2, a, endp), v - 1, a, endp);
  f[n++] = qm_feature_add_int (qm_feature_start (F_POS), bucket (v - a));
  f[n++] = qm_feature_add_int (qm_feature_add_int (qm_feature_start (F_NESTED), nested), n_rules > 2 ? 2 : n_rules);
  f[n++] = qm_feature_add_int (qm_feature_start (F_RULES), n_rules > 2 ? 2 : n_rules);
  f[n++] = qm_feature_add_int (qm_feature_start (F_CAPITAL), (cue->flags & QM_TOK_CAPITAL) != 0);
  f[n++] = qm_feature_add_word (qm_feature_start (F_SUFFIX), run->data + cue->end - MIN (2, cue->end - cue->start),
                                MIN (2, cue->end - cue->start));
  f[n++] = qm_feature_add_int (qm_feature_start (F_PREV_CLASS), prev_class);
  f[n++] = qm_feature_add_int (qm_feature_start (F_NEXT_CLASS), tok_class (run, v + 1, a, endp));
  f[n++] = qm_feature_add_int (qm_feature_start (F_QUOTES), quotes);
  f[n++] = qm_feature_add_int (qm_feature_add_int (qm_feature_start (F_CUE_PREV_CLASS), cue_h), prev_class);
  f[n++] = qm_feature_add_int (add_tok (run, qm_feature_start (F_PREV_CUE), v - 1, a, endp), cue_h);
  f[n++] = qm_feature_add_int (qm_feature_add_int (qm_feature_start (F_CUE_NEXT_CLASS), cue_h),
                               tok_class (run, v + 1, a, endp));
  return n;
}

/* The features of the content [c0, c1) and the speaker. */
static guint
model_features_late (QmRun      *run,
                     int         a,
                     int         endp,
                     int         v,
                     int         c0,
                     int         c1,
                     const QmNp *np,
                     int         that,
                     int         end_kind,
                     guint32    *f)
{
  QmTok *cue = tok_at (run, v);
  guint32 cue_h = qm_feature_add_word (0, run->data + cue->start, cue->end - cue->start);
  guint32 np_kind = np->kind == QM_NP_NONE && np->first == v ? 7 : np->kind;
  guint32 len = bucket (c1 - c0);
  guint32 first_class = tok_class (run, c0, a, endp);
  gboolean comma = FALSE;
  int verbs = 0, aux = 0;
  guint n = 0;

  for (int k = c0; k < c1; k++)
    {
      comma |= is_punct (run, k, ',');
      verbs += is_verb (tok_at (run, k));
      aux += tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_ADVERB) != 0;
    }
  f[n++] = qm_feature_add_int (qm_feature_start (F_NP), np_kind);
  f[n++] = qm_feature_add_int (qm_feature_add_int (qm_feature_start (F_CUE_NP), cue_h), np_kind);
  f[n++] = qm_feature_add_int (qm_feature_start (F_THAT), that);
  f[n++] = qm_feature_add_int (qm_feature_add_int (qm_feature_start (F_CUE_THAT), cue_h), that);
  f[n++] = add_tok (run, qm_feature_start (F_FIRST), c0, a, endp);
  f[n++] = qm_feature_add_int (qm_feature_start (F_FIRST_CLASS), first_class);
  f[n++] = qm_feature_add_int (qm_feature_start (F_LEN), len);
  f[n++] = qm_feature_add_int (qm_feature_add_int (qm_feature_start (F_CUE_LEN), cue_h), len);
  f[n++] = qm_feature_add_int (qm_feature_start (F_END), end_kind);
  f[n++] = qm_feature_add_int (qm_feature_start (F_COMMA), comma);
  f[n++] = qm_feature_add_int (qm_feature_add_int (qm_feature_start (F_CUE_FIRST_CLASS), cue_h), first_class);
  f[n++] = qm_feature_add_int (qm_feature_start (F_VERBS), MIN (verbs, 3));
  f[n++] = qm_feature_add_int (qm_feature_start (F_AUX), MIN (aux, 3));
  f[n++] = qm_feature_add_int (qm_feature_start (F_LAST_CLASS), tok_class (run, c1 - 1, a, endp));
  f[n++] = qm_feature_add_int (qm_feature_start (F_AFTER_CLASS), tok_class (run, c1, a, endp));
  return n;
}

/* The end of a candidate's content starting at @c0: the sentence's, or
 * where a later pattern's speaker or cue, a relative clause or a
 * semicolon begins; -1 when the content holds a quotation mark, which the
 * patterns decide alone, but for a fragment of quoted words inside it:
 * "called on the council to stop “wasting money” on the pier" reports the
 * clause, a mixed quotation. */
static int
model_content_end (QmRun  *run,
                   GArray *attrs,
                   guint   first_attr,
                   guint   n_rules,
                   int     v,
                   int     c0,
                   int     endp,
                   int    *end_kind)
{
  int c1 = MIN (endp, c0 + MAX_CONTENT);   /* content is never longer: a sentence of thousands of verbs stays linear */
  gboolean fragment = FALSE;   /* a quoted fragment is in the content */

  *end_kind = 0;
  for (guint i = first_attr; i < n_rules; i++)
    {
      Attr *y = &g_array_index (attrs, Attr, i);
      int cut = y->np.first > c0 && y->np.first < y->cue_first ? y->np.first : y->cue_first;

      if (y->cue_first > v && cut >= c0 && cut < c1)
        {
          c1 = cut;
          *end_kind = 1;
        }
    }
  for (int k = c0; k < c1; k++)
    {
      QmTok *t = tok_at (run, k);

      /* The fragment opens after two words of the content or more (not
       * "saying, “…”", a quotation of its own; not "offered a “…”", a
       * phrase around a quotation) of a cue in lower case (no
       * headline's "Lund Calls …") that names nothing (the patterns
       * decide "an index called the “…”"; not "called on"), and is not a
       * long quotation that ends the sentence with its own full stop:
       * "backed the bill from “the perspective of a pilot who has seen
       * the floods.”" is a direct quotation, but not after a fragment
       * ("a plan “to protect …” for crews “to cover the night shifts.”"
       * is one mixed quotation). */
      if (t->kind == QM_TOK_OPEN && t->mark >= 0 && k >= c0 + 2 && !run->lang->verb_second &&
          (tok_at (run, v)->flags & QM_TOK_LOWER) && tok_at (run, k - 1)->kind == QM_TOK_WORD &&
          !((tok_at (run, v)->words & QM_WORD_NAMING) && !(tok_at (run, v + 1)->words & QM_WORD_PREPOSITION)) &&
          !(mark_at (run, t->mark)->flags & (QM_MARK_USED | QM_MARK_MERGED)))
        {
          int close = close_token_of_mark (run, k + 1, c1, t->mark);
          int after = close + 1;

          while (after < c1 && tok_at (run, after)->kind == QM_TOK_PUNCT)
            after++;
          if (close > k + 1 &&
              !(after >= c1 && !fragment && mark_at (run, t->mark)->n_words >= 5 &&
                is_final_punct (tok_at (run, close - 1))))
            {
              fragment = TRUE;
              k = close;
              continue;
            }
        }
      if (t->mark >= 0 || t->kind == QM_TOK_OPEN || t->kind == QM_TOK_CLOSE)
        return -1;
      if (k > c0 && k + 1 < c1 && (is_punct (run, k, ',') || is_dash (run, k)) &&
          tok_at (run, k + 1)->kind == QM_TOK_WORD &&
          ((tok_at (run, k + 1)->words & QM_WORD_RELATIVE) ||
           ((tok_at (run, k + 1)->words & (QM_WORD_BREAK | QM_WORD_SUBORDINATE)) &&
            (tok_at (run, k + 1)->flags & QM_TOK_LOWER)) ||
           /* ", even though …", ", just as …": an adverb before it */
           (k + 2 < c1 && (tok_at (run, k + 1)->words & QM_WORD_ADVERB) && (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
            !(tok_at (run, k + 1)->words & (QM_WORD_COMPLEMENT | QM_WORD_PRONOUN)) &&
            tok_at (run, k + 2)->kind == QM_TOK_WORD && (tok_at (run, k + 2)->words & QM_WORD_SUBORDINATE) &&
            (tok_at (run, k + 2)->flags & QM_TOK_LOWER)) ||
           ((tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
            participle_ending (run, tok_at (run, k + 1), 3))))
        {
          c1 = k;
          *end_kind = 2;
          break;
        }
      if (is_punct (run, k, ';') || (is_punct (run, k, ':') && k > c0))
        {
          c1 = k;
          *end_kind = 3;
          break;
        }
    }
  while (c1 > c0 && tok_at (run, c1 - 1)->kind == QM_TOK_PUNCT && !is_punct (run, c1 - 1, ')'))
    c1--;
  return c1;
}

/* The words of [@c0, @c1) that are text, not the name of a markup tag left
 * in it ("</post>"), counted up to two (all the callers ask). */
static int
content_words (QmRun *run,
               int    c0,
               int    c1)
{
  int words = 0;

  for (int k = c0; k < c1 && words < 2; k++)
    if (tok_at (run, k)->kind == QM_TOK_WORD &&
        !(k > c0 && (is_punct (run, k - 1, '<') || (is_punct (run, k - 1, '/') && k - 1 > c0 && is_punct (run, k - 2, '<')))))
      words++;
  return words;
}

/* "is expected", "are widely expected", "was not expected": between the
 * subject ending at @last and the past participle at @v, a passive
 * auxiliary and adverbs only. */
static gboolean
passive_before (QmRun *run,
                int    last,
                int    v)
{
  gboolean aux = FALSE;

  if (v - last < 2 || v - last > 4 || !word_has_ending (run, tok_at (run, v), &run->lang->past_endings, 3))
    return FALSE;
  for (int k = last + 1; k < v; k++)
    {
      QmTok *u = tok_at (run, k);

      if (u->kind != QM_TOK_WORD || !(u->flags & QM_TOK_LOWER))
        return FALSE;
      if (word_has_role (run, u, QM_ROLE_PASSIVE_AUXILIARY))
        aux = TRUE;
      else if (!(u->words & QM_WORD_ADVERB) && !ly_adverb (run, k, k))
        return FALSE;
    }
  return aux;
}

/* Whether the words at @k open a clause with a subject of its own: a
 * personal pronoun in lower case ("he railed"), or a name of one or two
 * capitalised words before a word in lower case ("Tom Lund released"). */
static gboolean
and_clause_subject (QmRun *run,
                    int    k,
                    int    end)
{
  QmTok *t = tok_at (run, k);

  if (k + 1 >= end || t->kind != QM_TOK_WORD)
    return FALSE;
  if ((t->flags & QM_TOK_LOWER) && is_personal_pronoun_tok (t) && !(t->words & QM_WORD_DETERMINER))
    return tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_LOWER);
  if (!(t->flags & QM_TOK_CAPITAL) || (t->words & (QM_WORD_NOT_NAME | QM_WORD_DETERMINER | QM_WORD_PRONOUN)))
    return FALSE;
  if (k + 2 < end && tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_CAPITAL))
    k++;
  return tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
         !(tok_at (run, k + 1)->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_CONNECTOR));
}

/* Whether [@c0, @c1) holds a word of a clause: a verb, an auxiliary, a
 * personal pronoun, a complementizer, a relative word or an infinitive
 * marker ("stories of the charges he faces"), not a list of nouns alone
 * ("argument over cost, traffic and the fate of the quay"). */
static gboolean
content_has_clause (QmRun *run,
                    int    c0,
                    int    c1)
{
  for (int k = c0; k < c1; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind != QM_TOK_WORD)
        continue;
      if ((t->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_RELATIVE)) || is_personal_pronoun_tok (t) ||
          word_has_role (run, t, QM_ROLE_AUXILIARY | QM_ROLE_INFINITIVE))
        return TRUE;
    }
  return FALSE;
}

/* "caused a stir last week with her claim that …": a noun cue after a
 * preposition and a possessive pronoun, before "that", is the pronoun's:
 * @np is the subject that opens the sentence ("a stir last week" is its
 * object), else the pronoun. */
static gboolean
possessed_cue (QmRun *run,
               int    a,
               int    v,
               int    b,
               QmNp  *np)
{
  QmTok *p, *o;

  if (run->lang->verb_second || v - 2 < a || v + 1 >= b)
    return FALSE;
  o = tok_at (run, v - 1);
  p = tok_at (run, v - 2);
  if (o->kind != QM_TOK_WORD || p->kind != QM_TOK_WORD || !(o->flags & QM_TOK_LOWER) || !(p->flags & QM_TOK_LOWER) ||
      (o->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER)) != (QM_WORD_PRONOUN | QM_WORD_DETERMINER) ||
      !(p->words & QM_WORD_PREPOSITION) || word_has_role (run, p, QM_ROLE_INFINITIVE) ||
      tok_at (run, v + 1)->kind != QM_TOK_WORD || !word_has_role (run, tok_at (run, v + 1), QM_ROLE_DECLARATIVE))
    return FALSE;
  /* the subject that opens the sentence, else the pronoun */
  if (sentence_subject (run, a, v - 2, np) && np->kind != QM_NP_NONE && np->last < v - 2)
    return TRUE;
  np->first = np->last = v - 1;
  np->kind = QM_NP_PRONOUN;
  np->words = o->words;
  return TRUE;
}

/* "The latest harbour survey showed …", "many of the ferry riders were
 * moving to oppose …": when no subject is found, the words of the clause
 * before the cue, without the conjunctions and adverbs around them, are
 * the mention, with no person. */
static void
clause_mention (QmRun *run,
                int    a,
                int    v,
                Attr  *at)
{
  int first = v, last = skip_adverbs_left (run, a, v - 1);

  while (first > a && tok_at (run, first - 1)->kind == QM_TOK_WORD && tok_at (run, first - 1)->mark < 0)
    {
      first--;
      /* far too long for a mention: a sentence of thousands of words
       * costs no more than a short one */
      if (last - first > 64)
        return;
    }
  /* "…, when asked about …": a question right after the word that opens
   * its clause has no subject of its own, and its asker is not named */
  if (last >= first && last == v - 1 && tok_at (run, last)->kind == QM_TOK_WORD &&
      word_has_role (run, tok_at (run, last), QM_ROLE_QUESTION_OPENER))
    return;
  /* "… a harbour pilot whose district voted for her but who urged …":
   * a relative word right before the cue is the mention; "… at a time
   * when Republican voters …": the clause that a subordinator opens in it
   * ("many riders who came to the meeting will oppose …" stays whole: the
   * relative clause belongs to the subject) */
  if (last > first && (tok_at (run, last)->words & QM_WORD_RELATIVE) && (tok_at (run, last)->flags & QM_TOK_LOWER))
    first = last;
  for (int k = last; k > first; k--)
    if ((tok_at (run, k - 1)->words & QM_WORD_SUBORDINATE) || word_has_role (run, tok_at (run, k - 1), QM_ROLE_QUESTION_OPENER))
      {
        first = k;
        break;
      }
  while (first <= last && (tok_at (run, first)->words & (QM_WORD_CONJUNCTION | QM_WORD_ADVERB | QM_WORD_BREAK)) &&
         !(tok_at (run, first)->words & QM_WORD_PRONOUN))
    first++;
  /* "he said of Lund’s wish to …", "could fuel Lund’s nagging fear
   * that …": the cue is a noun, and a name that owns it is the mention */
  for (int k = last; k >= first && k >= last - 1; k--)
    if ((tok_at (run, k)->flags & (QM_TOK_POSSESSIVE | QM_TOK_CAPITAL)) == (QM_TOK_POSSESSIVE | QM_TOK_CAPITAL) &&
        tok_at (run, k)->kind == QM_TOK_WORD)
      {
        last = k;
        while (k > first && tok_at (run, k - 1)->kind == QM_TOK_WORD && (tok_at (run, k - 1)->flags & QM_TOK_CAPITAL) &&
               !(tok_at (run, k - 1)->flags & QM_TOK_POSSESSIVE))
          k--;
        first = k;
        break;
      }
  /* "the owner told the Courier on Monday …": the mention ends before a
   * speech verb in it; it never runs over the clause of another cue */
  for (int k = first + 1; k <= last; k++)
    if (is_verb (tok_at (run, k)) &&
        !(tok_at (run, k - 1)->words & QM_WORD_DETERMINER) && !word_has_role (run, tok_at (run, k - 1), QM_ROLE_INFINITIVE))
      {
        last = k - 1;
        break;
      }
  if (first > 0 && first <= last && last - first < 16)
    {
      at->mention = first;
      at->mention_last = last;
    }
}

/* "a creative writing course in Norwich": whether the participle at @v
 * stands after a determiner in lower case (and at most one word the
 * lexicon lacks), before one such word that a preposition, a punctuation
 * or @end follows: the participle modifies the noun after it. */
static gboolean
modifying_participle (QmRun *run,
                      int    a,
                      int    v,
                      int    end)
{
  int d = v - 1;
  QmTok *n;

  if (d > a && tok_at (run, d)->kind == QM_TOK_WORD && tok_at (run, d)->words == 0 && (tok_at (run, d)->flags & QM_TOK_LOWER) &&
      tok_at (run, d)->mark < 0)
    d--;
  if (d < a || tok_at (run, d)->kind != QM_TOK_WORD || !(tok_at (run, d)->flags & QM_TOK_LOWER) ||
      !(tok_at (run, d)->words & QM_WORD_DETERMINER) || (tok_at (run, d)->words & QM_WORD_PRONOUN) || v + 1 >= end)
    return FALSE;
  n = tok_at (run, v + 1);
  if (n->kind != QM_TOK_WORD || n->words != 0 || !(n->flags & QM_TOK_LOWER) || n->mark >= 0)
    return FALSE;
  return v + 2 >= end || tok_at (run, v + 2)->kind != QM_TOK_WORD || (tok_at (run, v + 2)->words & QM_WORD_PREPOSITION);
}

static void
model_candidates (QmRun  *run,
                  int     a,
                  int     endp,
                  GArray *attrs,
                  guint   first_attr)
{
  const QmModel *model = run->lang->reported_model;
  guint n_rules = attrs->len;
  int quotes = -1;   /* whether the sentence holds a quotation mark, once asked */
  int n = endp - a;
  int stack_depth[2 * 128 + 2];
  int *used_depth, *nested_depth;
  gboolean any = FALSE;

  for (int v = a; v < endp && !any; v++)
    any = (tok_at (run, v)->words & (QM_WORD_MODEL_CUE | QM_WORD_CLAUSE_CUE)) != 0;
  if (!any || n <= 0)
    return;

  /* How many patterns use each token as cue or speaker, and how many
   * report it, counted once for the sentence (difference arrays), so that
   * a sentence of many cues costs no more than its length. */
  used_depth = n < 128 ? stack_depth : g_new (int, 2 * (n + 1));
  nested_depth = used_depth + n + 1;
  memset (used_depth, 0, sizeof (int) * 2 * (n + 1));
  for (guint i = first_attr; i < n_rules; i++)
    {
      Attr *x = &g_array_index (attrs, Attr, i);

      if (x->cue_last >= x->cue_first)
        {
          used_depth[CLAMP (x->cue_first, a, endp) - a]++;
          used_depth[CLAMP (x->cue_last + 1, a, endp) - a]--;
        }
      if (x->np.kind != QM_NP_NONE && x->np.last >= x->np.first)
        {
          used_depth[CLAMP (x->np.first, a, endp) - a]++;
          used_depth[CLAMP (x->np.last + 1, a, endp) - a]--;
        }
      nested_depth[CLAMP (x->c0, a, endp) - a]++;
      nested_depth[CLAMP (MAX (x->c0, x->c1), a, endp) - a]--;
    }
  for (int k = 1; k <= n; k++)
    {
      used_depth[k] += used_depth[k - 1];
      nested_depth[k] += nested_depth[k - 1];
    }

  for (int v = a; v < endp; v++)
    {
      QmTok *t = tok_at (run, v);
      guint32 f[MAX_FEATURES];
      gboolean nested;
      int that = 0, end_kind, c0, c1;
      guint nf, n_early;
      Attr at = { 0, };
      float s;

      if (!(t->words & (QM_WORD_MODEL_CUE | QM_WORD_CLAUSE_CUE)) || t->kind != QM_TOK_WORD || t->mark >= 0)
        continue;
      if (used_depth[v - a] > 0 || (v + 1 < endp && aspect_to (run, v, v + 1)))
        continue;
      nested = nested_depth[v - a] > 0;
      if (quotes < 0)
        quotes = has_open (run, a, endp);
      n_early = model_features_early (run, a, endp, v, nested, n_rules - first_attr, quotes, f);
      if (model != NULL && run->candidate_func == NULL &&
          qm_model_score (model, f, n_early) + model->prefilter <= model->threshold)
        continue;
      if (t->words & QM_WORD_CLAUSE_CUE)
        {
          /* "[The plan seems doomed]", "Indeed, [the party appears
           * divided]": the writer's view, the clause around the cue. */
          c0 = a;
          for (int k = v - 1; k > a; k--)
            if (is_punct (run, k, ',') || tok_at (run, k)->mark >= 0)
              {
                c0 = k + 1;
                break;
              }
          if (c0 >= v || has_open (run, c0, v + 1))
            continue;
          c1 = model_content_end (run, attrs, first_attr, n_rules, v, v + 1, endp, &end_kind);
          if (c1 <= v + 1)
            continue;
          at.np.first = at.np.last = v;
          at.np.kind = QM_NP_NONE;
          that = 4;
        }
      else
        {
          c0 = v + 1;
          for (int k = v + 1; k < endp && k <= v + 8 && tok_at (run, k)->kind == QM_TOK_WORD &&
               tok_at (run, k)->mark < 0; k++)
            if (word_has_role (run, tok_at (run, k), QM_ROLE_DECLARATIVE))
              {
                that = k == v + 1 ? 1 : 2;
                c0 = k + 1;
                break;
              }
          if (!that && c0 < endp && tok_at (run, c0)->kind == QM_TOK_WORD &&
              (tok_at (run, c0)->words & QM_WORD_PREPOSITION) && !word_has_role (run, tok_at (run, c0), QM_ROLE_INFINITIVE))
            {
              c0++;
              that = 3;
            }
          /* "Good morning and welcome to our coverage", "did not respond
           * to a request for comment": "to" before a determiner or a
           * pronoun is the preposition, no infinitive, and what follows
           * it is whom or what the verb turns to, nothing said */
          if (!that && c0 + 1 < endp && tok_at (run, c0)->kind == QM_TOK_WORD &&
              word_has_role (run, tok_at (run, c0), QM_ROLE_INFINITIVE) && preposition_object (run, c0 + 1))
            continue;
          /* "taking a creative writing course in Norwich": a participle
           * after a determiner (and a word the lexicon lacks), before such
           * a word that a preposition or the sentence's end follows,
           * modifies that noun; it reports nothing */
          if (!that && !run->lang->verb_second && (t->flags & QM_TOK_LOWER) && participle_ending (run, t, 3) &&
              c0 + 1 <= endp && modifying_participle (run, a, v, endp))
            continue;
          if (c0 >= endp)
            {
              /* "…, polls show.": what came before the speaker. */
              if (!subject_left (run, a, v, &at.np) || at.np.first - 1 < a + 2 ||
                  !is_punct (run, at.np.first - 1, ','))
                continue;
              c0 = a;
              c1 = model_content_end (run, attrs, first_attr, n_rules, v, a, at.np.first - 1, &end_kind);
              if (c1 <= c0 + 1)
                continue;
              that = 5;
            }
          else
            {
              c1 = model_content_end (run, attrs, first_attr, n_rules, v, c0, endp, &end_kind);
              /* one word reports nothing: "Come and see it.", also before
               * markup left in the text ("see it.</post>") */
              if (c1 <= c0 + 1 || content_words (run, c0, c1) < 2)
                continue;
              /* "She can see the lighthouse from her window" */
              if (!that && !run->lang->verb_second && noun_object (run, v, c0, c1))
                continue;
              if (!possessed_cue (run, a, v, endp, &at.np) && !subject_left (run, a, v, &at.np))
                {
                  at.np.first = at.np.last = v;
                  at.np.kind = QM_NP_NONE;
                }
            }
        }
      nf = n_early + model_features_late (run, a, endp, v, c0, c1, &at.np, that, end_kind, f + n_early);
      g_assert (nf <= MAX_FEATURES);
      if (run->candidate_func != NULL)
        run->candidate_func (f, nf, n_early, t->start, t->end, tok_at (run, c0)->start, tok_at (run, c1 - 1)->end,
                             run->candidate_data);
      if (model == NULL)
        continue;
      s = qm_model_score (model, f, nf) - model->threshold;
      if (s <= 0)
        continue;
      /* No subject right before the cue: "…, citing …" continues the
       * pattern before it; else the subject that opens the sentence
       * ("The group has long pledged to …"); else the clause before the
       * cue. */
      at.mention = -1;
      if (at.np.kind == QM_NP_NONE && that != 4)
        {
          Attr *prev = n_rules > first_attr ? &g_array_index (attrs, Attr, n_rules - 1) : NULL;

          if (prev != NULL && v > a && is_punct (run, v - 1, ',') && prev->c0 < v && prev->c1 >= v - 1)
            at.np = prev->np;
          /* "ending a year of argument over …", "after weeks of debate
           * about …": a noun cue after a time noun and a preposition is
           * a stretch of time, no act of the sentence's subject */
          else if (v - 2 > a && tok_at (run, v - 1)->kind == QM_TOK_WORD && (tok_at (run, v - 1)->flags & QM_TOK_LOWER) &&
                   word_has_role (run, tok_at (run, v - 1), QM_ROLE_TOPIC_PREPOSITION) &&
                   !(t->flags & QM_TOK_CAPITAL) && !participle_ending (run, t, 3) && tok_at (run, v - 2)->kind == QM_TOK_WORD &&
                   word_has_role (run, tok_at (run, v - 2), QM_ROLE_TIME_NOUN))
            {
              /* and when what follows is no clause either ("a year of
               * argument over cost and traffic"), the topic of the
               * argument, nothing anyone said */
              if (!content_has_clause (run, c0, c1))
                continue;
              at.np.first = at.np.last = v;
              at.np.kind = QM_NP_NONE;
            }
          else if (!sentence_subject (run, a, v, &at.np))
            {
              at.np.first = at.np.last = v;
              at.np.kind = QM_NP_NONE;
              clause_mention (run, a, v, &at);
              /* "The new lane, a cycle path, won praise": a lower-case
               * word alone after the comma of an apposition is the verb
               * of a subject before it, no mention */
              if (at.mention >= 0 && at.mention == at.mention_last && at.mention > a &&
                  is_punct (run, at.mention - 1, ',') && (tok_at (run, at.mention)->flags & QM_TOK_LOWER))
                at.mention = -1;
            }
        }
      /* quoted words in the content of a cue whose subject is not found
       * are no one's known words: no mixed quotation of nobody */
      if (at.np.kind == QM_NP_NONE && has_open (run, c0, c1))
        continue;
      /* "The new lane won praise on all sides", "drew criticism in recent
       * weeks": a noun cue with no one in its clause, and after it a
       * preposition that names no topic and two words at most, a place or
       * a time rather than what was said */
      if (that == 3 && at.np.kind == QM_NP_NONE && at.mention < 0 && c1 - c0 <= 2 &&
          !word_has_role (run, tok_at (run, c0 - 1), QM_ROLE_TOPIC_PREPOSITION))
        continue;
      at.verb = at.cue_first = at.cue_last = v;
      at.c0 = c0;
      at.c1 = c1;
      at.mark = -1;
      at.model = TRUE;
      at.score = s;
      g_array_append_val (attrs, at);
    }
  if (used_depth != stack_depth)
    g_free (used_depth);
}

/* Whether @t is a word that ends in one of @endings (the language's
 * participle-endings, past-endings) after at least @min_stem bytes. */
static gboolean
word_has_ending (QmRun           *run,
                 QmTok           *t,
                 const QmEndings *endings,
                 gsize            min_stem)
{
  return t->kind == QM_TOK_WORD && qm_lang_ends_with (endings, run->data + t->start, t->end - t->start, min_stem);
}

/* German "„…“, wie Meier von der Zeitung zitiert wird", "wird Hoyzer von
 * Spiegel-Online zitiert": before a verb that ends the clause, an agent
 * preposition (agent-prepositions) inside a name phrase opens the one who
 * quotes — an organisation, or anything after a surname alone — which is
 * no part of the speaker's name ("Ursula von der Leyen" stays). */
static void
cut_passive_agent (QmRun *run,
                   QmNp  *np,
                   int    n)
{
  if (!run->lang->verb_second || (np->kind != QM_NP_NAME && np->kind != QM_NP_ORGANISATION) || np->last + 1 >= n ||
      !is_verb (tok_at (run, np->last + 1)) || !(tok_at (run, np->last + 1)->flags & QM_TOK_LOWER))
    return;
  for (int p = np->first + 1; p < np->last; p++)
    if ((tok_at (run, p)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, p), QM_ROLE_AGENT))
      {
        gboolean organisation = FALSE;

        for (int k = p + 1; k <= np->last; k++)
          organisation |= (tok_at (run, k)->words & QM_WORD_ORGANISATION) != 0;
        if ((organisation || p == np->first + 1) && !(tok_at (run, np->first)->words & QM_WORD_ORGANISATION) &&
            !word_has_role (run, tok_at (run, np->first), QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME))
          {
            np->last = p - 1;
            np->kind = QM_NP_NONE;
            _qm_np_classify (run, np);
          }
        return;
      }
}

/* Whether @t ends like a present participle ("calling"; participle-endings),
 * after at least @min_stem bytes. */
static gboolean
participle_ending (QmRun *run,
                   QmTok *t,
                   gsize  min_stem)
{
  return word_has_ending (run, t, &run->lang->participle_endings, min_stem);
}

/* "called the vote “rigged” in a tweet on Sunday", "“…” on his radio
 * show when …": a preposition at @j, a determiner or a possessive and a
 * noun of where words are said (medium-nouns) after a word or two at most,
 * which ends a phrase (no noun of its own after it: "on her email
 * server"), say where the words before were said. */
static gboolean
medium_adjunct (QmRun *run,
                int    j,
                int    c1)
{
  QmTok *d;

  if (!(run->lang->roles_listed & QM_ROLE_MEDIUM_NOUN) || j + 2 >= c1 || !(tok_at (run, j)->words & QM_WORD_PREPOSITION))
    return FALSE;
  d = tok_at (run, j + 1);
  if (d->kind != QM_TOK_WORD || d->mark >= 0 || !((d->words & QM_WORD_DETERMINER) || (d->flags & QM_TOK_POSSESSIVE)))
    return FALSE;
  for (int k = j + 2; k < c1 && k <= j + 4; k++)
    {
      QmTok *w = tok_at (run, k);
      QmTok *next;

      if (w->kind != QM_TOK_WORD || w->mark >= 0 || !(w->flags & QM_TOK_LOWER))
        return FALSE;
      if (!word_has_role (run, w, QM_ROLE_MEDIUM_NOUN))
        continue;
      if (k + 1 >= c1)
        return TRUE;
      next = tok_at (run, k + 1);
      if (next->kind != QM_TOK_WORD || !(next->flags & QM_TOK_LOWER))
        return TRUE;
      if ((next->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_SUBORDINATE | QM_WORD_RELATIVE)) ||
          participle_ending (run, next, 3))
        return TRUE;
    }
  return FALSE;
}

/* "said Tuesday in a statement,", "said in an interview on Monday,": a
 * time, a phrase of where words are said (medium_adjunct()), or both,
 * after the verb @v, up to a comma. Returns the comma, or v + 1 when the
 * comma follows the verb, or -1. */
static int
verb_adjunct_comma (QmRun *run,
                    int    v,
                    int    end)
{
  int k = skip_time (run, v + 1, end);

  if (k < end && (tok_at (run, k)->flags & QM_TOK_LOWER) && tok_at (run, k)->mark < 0 && medium_adjunct (run, k, end))
    {
      int j;

      for (j = k + 2; j < end && j <= k + 4 && !word_has_role (run, tok_at (run, j), QM_ROLE_MEDIUM_NOUN); j++)
        ;
      if (j >= end || j > k + 4)
        return -1;
      k = skip_time (run, j + 1, end);
    }
  return k < end && is_punct (run, k, ',') && tok_at (run, k)->mark < 0 ? k : -1;
}

/* "…,” he said at the meeting.", "…,” she added in an interview with the
 * paper.": after a cue's verb, at @c, a phrase that a preposition in lower
 * case opens and a few words with no verb, comma or mark after it up to the
 * end of the sentence at @end. Returns the end of the sentence, or @c when
 * there is no such phrase. */
static int
skip_cue_phrase (QmRun *run,
                 int    c,
                 int    end)
{
  QmTok *t;
  int k = c;

  if (c >= end)
    return c;
  t = tok_at (run, c);
  if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER) || !(t->words & QM_WORD_PREPOSITION))
    return c;
  for (k = c + 1; k < end && k <= c + 8; k++)
    {
      t = tok_at (run, k);
      if (is_final_punct (t))
        return k;
      if (t->kind != QM_TOK_WORD || t->mark >= 0 || is_verb (t) || (t->words & (QM_WORD_COMPLEMENT | QM_WORD_RELATIVE)))
        return c;
    }
  return k >= end ? end : c;
}

/* Whether the cue's speech verb at @v ends the sentence at @end, a time or
 * a phrase skip_cue_phrase() passes after it aside. */
static gboolean
cue_verb_ends (QmRun *run,
               int    v,
               int    end)
{
  int e = skip_cue_phrase (run, skip_time (run, v + 1, end), end);

  return e >= end || is_final_punct (tok_at (run, e));
}

/* "…,” he said.", "…,” she added on Monday.", "…,” he said at the
 * meeting.": a personal pronoun in lower case at @j and a speech verb in
 * lower case (a time or a phrase skip_cue_phrase() passes may follow)
 * that end the sentence at @end. */
static gboolean
pronoun_cue_ends (QmRun *run,
                  int    j,
                  int    end)
{
  QmTok *w = tok_at (run, j);

  if (j + 1 >= end || !is_personal_pronoun_tok (w) || (w->words & QM_WORD_DETERMINER) || !(w->flags & QM_TOK_LOWER) ||
      w->mark >= 0 || !is_verb (tok_at (run, j + 1)) || !(tok_at (run, j + 1)->flags & QM_TOK_LOWER))
    return FALSE;
  return cue_verb_ends (run, j + 1, end);
}

/* "…,” the harbour master said.": a phrase with a determiner at @j and a
 * speech verb in lower case right after it (a time or a phrase
 * skip_cue_phrase() passes may follow) that end the sentence at @end. */
static gboolean
subject_cue_ends (QmRun *run,
                  int    j,
                  int    end)
{
  QmNp np;
  int v;

  if (tok_at (run, j)->kind != QM_TOK_WORD || !(tok_at (run, j)->words & QM_WORD_DETERMINER) ||
      !(tok_at (run, j)->flags & QM_TOK_LOWER) || tok_at (run, j)->mark >= 0 || !_qm_np_right (run, j, end, &np) ||
      np.kind == QM_NP_NONE || np.kind == QM_NP_PRONOUN || np.first != j || np.last + 1 >= end)
    return FALSE;
  v = np.last + 1;
  if (!is_verb (tok_at (run, v)) || !(tok_at (run, v)->flags & QM_TOK_LOWER))
    return FALSE;
  return cue_verb_ends (run, v, end);
}

/* "…, Olga Strand said.", "…, Strand said on Monday.", "…, the agency
 * reported.": English, a name, a role or an organisation from @j right up
 * to the speech verb at @v in lower case (a time or a phrase
 * skip_cue_phrase() passes may follow) that end the sentence at @end. */
static gboolean
named_cue_ends (QmRun *run,
                int    j,
                int    v,
                int    end)
{
  QmNp np;

  if (run->lang->verb_second || !_qm_np_right (run, j, v, &np) || np.kind == QM_NP_NONE ||
      np.kind == QM_NP_PRONOUN || np.first != j || np.last + 1 != v || !is_verb (tok_at (run, v)) ||
      !(tok_at (run, v)->flags & QM_TOK_LOWER))
    return FALSE;
  return cue_verb_ends (run, v, end);
}

/* After the closing mark at @k of a fragment quoted inside reported
 * content that runs to @c1: do the reporter's own words follow — a dash, a
 * participle or a subordinate clause after a comma, a second predicate of
 * the subject ("… “a mistake” and warned …")? */
static gboolean
fragment_ends (QmRun *run,
               int    k,
               int    c1)
{
  gboolean comma = is_punct (run, k - 1, ',');
  int j = k + 1;
  QmTok *w, *next;

  if (j < c1 && is_punct (run, j, ','))
    {
      comma = TRUE;
      j++;
    }
  if (j >= c1)
    return FALSE;
  if ((is_dash (run, j) || is_punct (run, j, '-')) && j + 1 < c1 && tok_at (run, j + 1)->kind == QM_TOK_OPEN)
    return FALSE;
  if ((is_dash (run, j) || is_punct (run, j, '-') || is_punct (run, j, ';')) && paired_dash (run, j, c1) < 0)
    return TRUE;
  w = tok_at (run, j);
  if (w->kind != QM_TOK_WORD || w->mark >= 0)
    return FALSE;
  /* "For someone who conceded that she was “tired,” Clinton had …": the
   * main clause after a fronted one. */
  if (comma && (w->flags & QM_TOK_CAPITAL) && !(w->words & QM_WORD_PRONOUN))
    return TRUE;
  /* "… “a decent man” Tuesday, hours after …" */
  if ((w->flags & QM_TOK_CAPITAL) && (w->words & QM_WORD_NOT_NAME) &&
      !(w->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION | QM_WORD_PREPOSITION)))
    return TRUE;
  if (!(w->flags & QM_TOK_LOWER))
    return FALSE;
  if (comma && (w->words & QM_WORD_VERB))
    return TRUE;
  /* "warned the toll would “stay forever,” he said.": a personal pronoun
   * and a speech verb that end the sentence are a cue of their own */
  if (comma && pronoun_cue_ends (run, j, c1))
    return TRUE;
  if (medium_adjunct (run, j, c1))
    return TRUE;
  /* "promised he would “protect the quay,” the crowd cheered …": after the
   * comma a clause of the reporter's, a determiner, a few words and a verb
   * (a speech verb, an auxiliary, a past form not followed by a
   * preposition); an apposition ("a reference to …", "the number needed
   * to …") still belongs to the quoted words. */
  if (comma && (w->words & QM_WORD_DETERMINER) && !(w->words & QM_WORD_COMPLEMENT) && !has_open (run, j + 1, c1))
    for (int v = j + 2; v < c1 && v <= j + 5; v++)
      {
        QmTok *x = tok_at (run, v);

        if (x->kind != QM_TOK_WORD || x->mark >= 0 || (x->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_RELATIVE)))
          break;
        if (!(x->flags & QM_TOK_LOWER))
          continue;
        if (is_verb (x) || ((x->words & QM_WORD_ADVERB) && x->end - x->start <= 3) ||
            (word_has_ending (run, x, &run->lang->past_endings, 3) && v + 1 < c1 &&
             !(tok_at (run, v + 1)->words & QM_WORD_PREPOSITION)))
          return TRUE;
      }
  next = j + 1 < c1 ? tok_at (run, j + 1) : NULL;
  if (participle_ending (run, w, 3))
    return comma;
  /* "…,” before predicting …", "…,” in which …": after the comma, a
   * preposition opens the reporter's phrase in a verb-second language or
   * before a participle or a relative word; "…,” in regards to …", "…,”
   * for their actions …" go on */
  if (comma && (w->words & QM_WORD_PREPOSITION) &&
      (run->lang->verb_second ||
       (next != NULL && next->kind == QM_TOK_WORD &&
        (participle_ending (run, next, 3) || ly_adverb (run, j + 1, j + 1) || (next->words & QM_WORD_RELATIVE)))))
    return TRUE;
  if ((w->words & QM_WORD_CONJUNCTION) && !(w->words & QM_WORD_COMPLEMENT))
    {
      /* not before more quoted words: "“have a long tradition,” while
       * “Lyngby is a newcomer”" is still what was said */
      if (comma && !word_has_role (run, w, QM_ROLE_ADDITIVE | QM_ROLE_CONTRASTIVE) &&
          (run->lang->verb_second || !has_open (run, j + 1, c1)))
        return TRUE;
      /* "called it “unpatriotic,” and his office …": a clause of its own */
      if (comma && next != NULL && next->kind == QM_TOK_WORD && !(next->words & QM_WORD_COMPLEMENT) &&
          ((next->words & QM_WORD_DETERMINER) || (next->flags & QM_TOK_CAPITAL)) &&
          /* "…,” and the crews would need to “wait” …: more quoted words,
           * still what was said */
          (run->lang->verb_second || !has_open (run, j + 1, c1)))
        return TRUE;
      /* "… “a nice guy” and he did not …": a clause of the reporter's */
      if (next != NULL && (word_has_role (run, w, QM_ROLE_ADDITIVE) || (comma && word_has_role (run, w, QM_ROLE_CONTRASTIVE))) && is_personal_pronoun_tok (next) &&
          !(next->words & QM_WORD_DETERMINER) && j + 2 < c1 && tok_at (run, j + 2)->kind == QM_TOK_WORD &&
          (tok_at (run, j + 2)->flags & QM_TOK_LOWER))
        return TRUE;
      /* "and then tweeted", but not "but also hungry"; in English not a
       * participle ("“nearly drowned” while helping …", "and knowing that
       * …" go on with what was said) */
      if (next != NULL && next->kind == QM_TOK_WORD && (next->words & QM_WORD_ADVERB) &&
          !(next->words & QM_WORD_PRONOUN) && j + 2 < c1)
        next = tok_at (run, j + 2);
      return next != NULL && next->kind == QM_TOK_WORD && (next->flags & QM_TOK_LOWER) &&
             !(next->words & (QM_WORD_COMPLEMENT | QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_ADVERB)) &&
             ((next->words & QM_WORD_VERB) || word_has_ending (run, next, &run->lang->past_endings, 3) ||
              (participle_ending (run, next, 3) && run->lang->verb_second));
    }
  /* "… “excited” as he faces …" */
  return word_has_role (run, w, QM_ROLE_COMPARISON) && next != NULL && (next->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER));
}

/* "Pollsters agree - Anna Berg: “…”": a dash, a name and a colon before a
 * quotation at @k sign the quotation after it (a digest's line); what
 * comes before is a headline. */
static gboolean
dash_name_colon (QmRun *run,
                 int    k,
                 int    c1)
{
  QmNp np;

  return k + 1 < c1 && (is_dash (run, k) || is_punct (run, k, '-')) && tok_at (run, k)->mark < 0 &&
         (tok_at (run, k + 1)->flags & QM_TOK_CAPITAL) && _qm_np_right (run, k + 1, c1, &np) && np.last + 2 < c1 &&
         np.kind != QM_NP_PRONOUN && is_punct (run, np.last + 1, ':') && tok_at (run, np.last + 2)->kind == QM_TOK_OPEN;
}

/* "argued that “every member” - including Berg - favored it": a dash at
 * @k with a second one after a few words and more words in lower case
 * after that sets off an aside inside the content. Returns the second
 * dash, or -1. */
static int
paired_dash (QmRun *run,
             int    k,
             int    c1)
{
  if (!is_dash (run, k) && !(tok_at (run, k)->kind == QM_TOK_PUNCT && tok_at (run, k)->first == '-'))
    return -1;
  for (int j = k + 2; j + 1 < c1 && j <= k + 10; j++)
    {
      QmTok *t = tok_at (run, j);

      if (t->kind == QM_TOK_WORD && t->mark < 0)
        continue;
      if ((is_dash (run, j) || (t->kind == QM_TOK_PUNCT && t->first == '-')) && tok_at (run, j + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, j + 1)->flags & QM_TOK_LOWER))
        return j;
      return -1;
    }
  return -1;
}

/* "said the crews would “not be paid” on time, a charge the port denied":
 * after quoted words and more words of the content, a comma at @k and a
 * determiner with a noun or two before a preposition or "that" set off
 * the reporter's comment on what was said (no quotation follows it); a
 * verb's form right after the determiner is a noun ("a charge that"). */
static gboolean
comment_apposition (QmRun *run,
                    int    k,
                    int    c1)
{
  QmTok *d;

  if (k + 3 >= c1 || !is_punct (run, k, ',') || tok_at (run, k)->mark >= 0 || has_open (run, k + 1, c1))
    return FALSE;
  d = tok_at (run, k + 1);
  if (d->kind != QM_TOK_WORD || !(d->flags & QM_TOK_LOWER) || !(d->words & QM_WORD_DETERMINER) ||
      (d->words & (QM_WORD_PRONOUN | QM_WORD_COMPLEMENT)))
    return FALSE;
  for (int j = k + 2; j < c1 && j <= k + 4; j++)
    {
      QmTok *t = tok_at (run, j);

      if (t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_LOWER))
        return FALSE;
      if (j > k + 2 && (t->words & (QM_WORD_PREPOSITION | QM_WORD_COMPLEMENT)))
        return TRUE;
      /* right after the determiner a verb's form is a noun ("a charge") */
      if ((j > k + 2 && is_verb (t)) ||
          (t->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION | QM_WORD_RELATIVE |
                       QM_WORD_PREPOSITION | QM_WORD_COMPLEMENT | QM_WORD_ADVERB)) ||
          word_has_ending (run, t, &run->lang->past_endings, 3) || participle_ending (run, t, 3))
        return FALSE;
    }
  return FALSE;
}

/* "emailed her thanks, addressing him as “Captain”", "agreed to a meeting,
 * but only to tell Holm that the vote was “hasty”": where the content of
 * @x is no clause of its own (no "that" opens it) and, after a comma and
 * before its first quotation, a lower-case speech verb's participle or
 * infinitive follows that is no cue of its own, what that verb says (its
 * content) is what is reported with the quoted words. */
static void
inner_cue_start (QmRun  *run,
                 GArray *attrs,
                 guint   first_attr,
                 Attr   *x)
{
  int comma = -1;

  if (run->lang->verb_second || x->c0 <= x->cue_last || x->c1 <= x->c0 + 3 || x->model ||
      tok_at (run, x->c0)->kind != QM_TOK_WORD || (tok_at (run, x->c0)->words & QM_WORD_COMPLEMENT))
    return;
  for (int k = x->c0 + 1; k + 1 < x->c1 && k < x->c0 + 25; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind == QM_TOK_OPEN || t->mark >= 0)
        return;
      if (is_punct (run, k, ','))
        comma = k;
      else if (comma >= 0 && is_verb (t) && (t->flags & QM_TOK_LOWER) &&
               (((k == comma + 1 ||
                  /* "…, recently telling …" */
                  (k == comma + 2 && tok_at (run, k - 1)->kind == QM_TOK_WORD &&
                   (tok_at (run, k - 1)->flags & QM_TOK_LOWER) &&
                   (((tok_at (run, k - 1)->words & QM_WORD_ADVERB) && !(tok_at (run, k - 1)->words & QM_WORD_PRONOUN)) ||
                    ly_adverb (run, k - 1, k - 1)))) &&
                 participle_ending (run, t, 3)) ||
                (k > comma + 1 && word_has_role (run, tok_at (run, k - 1), QM_ROLE_INFINITIVE))))
        {
          QmNp override;
          int c;

          /* a cue of its own already ends @x's content before it */
          for (guint i = first_attr; i < attrs->len; i++)
            if (g_array_index (attrs, Attr, i).cue_first <= k && g_array_index (attrs, Attr, i).cue_last >= k)
              return;
          c = content_start (run, k, x->c1, &override);
          if (c < x->c1 && has_open (run, c, x->c1))
            x->c0 = c;
          return;
        }
    }
}

/* "told the harbour desk simply, “We lost.”", "joked, again using his
 * sailor voice, “Ahoy …”": where the content of @x is a few words and a
 * quotation after a comma or a colon that runs to its end, and the words
 * end with an adverb or, after a comma, open with a participle (after an
 * adverb) that is no speech verb, they say how it was said: the quotation
 * alone is reported. Not after a naming verb ("called the ferry, “…”"). */
static void
lead_before_quotation (QmRun *run,
                       Attr  *x)
{
  int k, close;
  QmTok *first;

  if (run->lang->verb_second || x->c0 <= x->cue_last || x->c1 <= x->c0 + 3 || x->cue_first < 0 ||
      (tok_at (run, x->cue_first)->words & QM_WORD_NAMING) || tok_at (run, x->c0)->kind != QM_TOK_WORD)
    return;
  for (k = x->c0; k < x->c1 && k < x->c0 + 10; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 ||
        (tok_at (run, k)->words & (QM_WORD_COMPLEMENT | QM_WORD_CONJUNCTION | QM_WORD_RELATIVE)))
      break;
  if (k == x->c0 || k + 2 >= x->c1 || !(is_punct (run, k, ',') || is_punct (run, k, ':')) ||
      tok_at (run, k + 1)->kind != QM_TOK_OPEN || tok_at (run, k + 1)->mark < 0 ||
      (close = close_token_of_mark (run, k + 2, x->c1, tok_at (run, k + 1)->mark)) < 0)
    return;
  for (int j = close + 1; j < x->c1; j++)
    if (tok_at (run, j)->kind != QM_TOK_PUNCT)
      return;
  first = tok_at (run, x->c0);
  if (k - 1 > x->c0 && (tok_at (run, k - 1)->flags & QM_TOK_LOWER) &&
      (((tok_at (run, k - 1)->words & QM_WORD_ADVERB) && !(tok_at (run, k - 1)->words & QM_WORD_PRONOUN)) ||
       ly_adverb (run, k - 1, k - 1)))
    x->c0 = k + 1;
  else if (is_punct (run, x->c0 - 1, ','))
    {
      if (x->c0 + 1 < k && (first->flags & QM_TOK_LOWER) && (first->words & QM_WORD_ADVERB) &&
          !(first->words & QM_WORD_PRONOUN))
        first = tok_at (run, x->c0 + 1);
      if ((first->flags & QM_TOK_LOWER) && participle_ending (run, first, 3) && !is_verb (first) &&
          !(first->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER)))
        x->c0 = k + 1;
    }
}

/* "told it to a crowd in the harbour that the board “does not listen”",
 * "admitted to the newspaper that …": the one spoken to, after a
 * preposition of the language's addressee-prepositions that opens the
 * content, is no part of what was said; the content starts at the
 * complementizer right after that person or body. */
static void
addressee_before_content (QmRun *run,
                          Attr  *x)
{
  QmTok *t, *u;
  QmNp np;
  int k;

  if (run->lang->verb_second || x->c0 <= x->cue_last || x->c1 <= x->c0 + 4)
    return;
  t = tok_at (run, x->c0);
  if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER) || !word_has_role (run, t, QM_ROLE_ADDRESSEE_PREPOSITION))
    return;
  /* "to reporters that …": a role on its own */
  u = tok_at (run, x->c0 + 1);
  if (u->kind == QM_TOK_WORD && u->mark < 0 && (u->flags & QM_TOK_LOWER) && (u->words & QM_WORD_ROLE))
    k = x->c0 + 2;
  else if (_qm_np_right (run, x->c0 + 1, x->c1, &np) &&
           (np.kind == QM_NP_NAME || np.kind == QM_NP_PRONOUN ||
            ((np.kind == QM_NP_ROLE || np.kind == QM_NP_ORGANISATION) &&
             (tok_at (run, np.last)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION)))))
    k = np.last + 1;
  else
    return;
  /* "to a crowd in Georgia that …": a place after the one spoken to */
  if (k + 2 < x->c1 && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_PREPOSITION) &&
      (tok_at (run, k)->flags & QM_TOK_LOWER) && tok_at (run, k)->mark < 0)
    for (int j = k + 1; j < x->c1 && j <= k + 4; j++)
      {
        u = tok_at (run, j);
        if (u->kind != QM_TOK_WORD || u->mark >= 0 || is_verb (u) || (u->words & (QM_WORD_RELATIVE | QM_WORD_PRONOUN)))
          break;
        if ((u->words & QM_WORD_COMPLEMENT) && (u->flags & QM_TOK_LOWER))
          {
            k = j;
            break;
          }
      }
  if (k + 1 >= x->c1)
    return;
  t = tok_at (run, k);
  if (t->kind == QM_TOK_WORD && t->mark < 0 && (t->flags & QM_TOK_LOWER) && (t->words & QM_WORD_COMPLEMENT) &&
      !(t->words & QM_WORD_RELATIVE))
    x->c0 = k;
}

/* A quoted fragment ends the reported content when the reporter's own
 * words follow it: "said he was “ready,” noting that …", "called it “a
 * mistake” and warned of …". */
static void
cut_after_fragment (QmRun *run,
                    Attr  *x)
{
  gboolean participle;
  gboolean seen_close = FALSE;

  if (x->c0 <= x->cue_last || x->c1 <= x->c0 || run->lang->verb_second)
    return;
  if (dash_name_colon (run, x->c0, x->c1))
    {
      x->c1 = x->c0;
      return;
    }
  /* "calling them “rapists” and criminals and threatening to …": another
   * participle of the same subject ends what the first reports. */
  participle = participle_ending (run, tok_at (run, x->cue_last), 3);
  for (int k = x->c0 + 1; k + 1 < x->c1; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind == QM_TOK_CLOSE)
        {
          /* "yelled “You lie!” at the minister during …": a quotation
           * that opens the content and ends a sentence of its own is all
           * that was said. */
          if (tok_at (run, x->c0)->kind == QM_TOK_OPEN && t->mark == tok_at (run, x->c0)->mark && k - 1 > x->c0 &&
              tok_at (run, k - 1)->kind == QM_TOK_PUNCT &&
              (tok_at (run, k - 1)->first == '!' || tok_at (run, k - 1)->first == '?') &&
              tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_LOWER))
            {
              x->c1 = k + 1;
              return;
            }
          /* "said that while there are “some angry voices,” Rubio has
           * paid …": a content that opens with a subordinate clause goes
           * on with its main clause after the comma */
          if (fragment_ends (run, k, x->c1) &&
              !((tok_at (run, x->c0 + ((tok_at (run, x->c0)->words & QM_WORD_COMPLEMENT) ? 1 : 0))->words & QM_WORD_SUBORDINATE) &&
                k + 2 < x->c1 && (is_punct (run, k + 1, ',') || is_punct (run, k - 1, ',')) &&
                (tok_at (run, k + 1 + (is_punct (run, k + 1, ',') ? 1 : 0))->flags & QM_TOK_CAPITAL)))
            {
              x->c1 = k + 1;
              return;
            }
          seen_close = TRUE;
        }
      /* "said he was “heartened” by the plan — a small gain …": after
       * the quoted words, a dash or a semicolon opens the reporter's aside */
      else if (t->kind == QM_TOK_PUNCT)
        {
          if (!seen_close && dash_name_colon (run, k, x->c1))
            {
              x->c1 = x->c0;
              return;
            }
          if (seen_close && t->mark < 0 && paired_dash (run, k, x->c1) >= 0)
            k = paired_dash (run, k, x->c1);
          else if (seen_close && tok_at (run, k - 1)->kind == QM_TOK_WORD && tok_at (run, k - 1)->mark < 0 &&
                   comment_apposition (run, k, x->c1))
            {
              x->c1 = k;
              return;
            }
          else if (seen_close && t->mark < 0 &&
                   (is_dash (run, k) || t->first == ';' || (t->first == '-' && t->end - t->start <= 2)) &&
                   tok_at (run, k + 1)->kind != QM_TOK_OPEN && !has_open (run, k + 1, x->c1))
            {
              x->c1 = k;
              return;
            }
        }
      /* "challenged the claim that Lund had “lied” to them, and said he …":
       * after the quoted words, a second speech verb of the subject opens
       * what it reports. */
      else if (seen_close && t->kind == QM_TOK_WORD && (t->words & QM_WORD_CONJUNCTION) && t->mark < 0 &&
               word_has_role (run, t, QM_ROLE_ADDITIVE) && is_verb (tok_at (run, k + 1)) && !(tok_at (run, k + 1)->words & QM_WORD_ADVERB))
        {
          x->c1 = k;
          while (x->c1 > x->c0 + 1 && is_punct (run, x->c1 - 1, ','))
            x->c1--;
          return;
        }
      else if (participle && t->kind == QM_TOK_WORD && (t->words & QM_WORD_CONJUNCTION) && t->mark < 0 &&
               word_has_role (run, t, QM_ROLE_ADDITIVE) && participle_ending (run, tok_at (run, k + 1), 3) &&
               (tok_at (run, k + 1)->flags & QM_TOK_LOWER))
        {
          x->c1 = k;
          while (x->c1 > x->c0 + 1 && is_punct (run, x->c1 - 1, ','))
            x->c1--;
          return;
        }
    }
}

/* "said the plan was sound and promised to …": after the clause of the
 * content, "and" and a second speech verb in lower case (no participle)
 * are the subject's next act, not more of what it said. */
static void
cut_at_second_verb (QmRun *run,
                    Attr  *x)
{
  if (run->lang->verb_second || x->c0 <= x->cue_last || x->c1 - x->c0 < 4 || x->model || x->mark >= 0)
    return;
  for (int k = x->c0 + 2; k + 1 < x->c1 && k < x->c0 + 60; k++)
    {
      QmTok *t = tok_at (run, k), *u = tok_at (run, k + 1);

      if (t->mark >= 0 || u->mark >= 0 || t->kind == QM_TOK_OPEN)
        return;
      if (t->kind == QM_TOK_WORD && (t->flags & QM_TOK_LOWER) && word_has_role (run, t, QM_ROLE_ADDITIVE) &&
          is_verb (u) && !(u->words & QM_WORD_ADVERB) && !participle_ending (run, u, 3) &&
          k + 2 < x->c1 && tok_at (run, k + 2)->kind == QM_TOK_WORD)
        {
          x->c1 = k;
          while (x->c1 > x->c0 + 1 && is_punct (run, x->c1 - 1, ','))
            x->c1--;
          return;
        }
    }
}

/* German "Ott schrieb einen Brief, in dem er verlangte, dass …": a
 * relative clause after a preposition at the start of the content whose
 * own speech verb, with a personal pronoun or a name as its subject, ends
 * before a comma and a clause that "dass" opens or one in the reported
 * mood: what follows that comma is the content, the clause's verb its cue
 * and its pronoun the mention of the cue's subject. */
static void
relative_speech_clause (QmRun *run,
                        Attr  *x)
{
  int k = x->c0, subject = -1;

  if (!run->lang->verb_second || x->c0 <= x->cue_last || x->c1 - x->c0 < 8 || x->model || x->mark >= 0)
    return;
  while (k < x->c1 && k < x->c0 + 8 && !is_punct (run, k, ','))
    {
      if (tok_at (run, k)->mark >= 0 || tok_at (run, k)->kind != QM_TOK_WORD || is_verb (tok_at (run, k)))
        return;
      k++;
    }
  if (k == x->c0 || k + 6 >= x->c1 || !is_punct (run, k, ',') || tok_at (run, k)->mark >= 0 ||
      tok_at (run, k + 1)->kind != QM_TOK_WORD || !(tok_at (run, k + 1)->flags & QM_TOK_LOWER) ||
      !(tok_at (run, k + 1)->words & QM_WORD_PREPOSITION) || (tok_at (run, k + 1)->words & QM_WORD_DETERMINER) ||
      tok_at (run, k + 2)->kind != QM_TOK_WORD || !(tok_at (run, k + 2)->flags & QM_TOK_LOWER) ||
      !(tok_at (run, k + 2)->words & QM_WORD_DETERMINER))
    return;
  for (int v = k + 3; v + 2 < x->c1 && v < k + 14; v++)
    {
      QmTok *t = tok_at (run, v);

      if (t->mark >= 0 || t->kind != QM_TOK_WORD)
        return;
      if (subject < 0 && (((t->words & QM_WORD_PRONOUN) && (t->flags & QM_TOK_LOWER) &&
                           (t->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)) &&
                           !(t->words & QM_WORD_DETERMINER))))
        subject = v;
      if (!is_verb (t))
        continue;
      if (subject < 0 || !is_punct (run, v + 1, ',') || tok_at (run, v + 1)->mark >= 0)
        return;
      if (!(tok_at (run, v + 2)->kind == QM_TOK_WORD && (tok_at (run, v + 2)->words & QM_WORD_COMPLEMENT) &&
            (tok_at (run, v + 2)->flags & QM_TOK_LOWER)) &&
          !mood_sentence (run, v + 2, x->c1))
        return;
      x->c0 = v + 2;
      x->cue_first = x->cue_last = x->verb = v;
      x->mention = subject;
      x->mention_last = subject;
      return;
    }
}

/* "said the plan would pass, while her rivals argued it would not": a
 * comma, a word that is a conjunction and a subordinator ("while",
 * "whereas"), and a phrase with a speech verb of its own after it open
 * another speaker's words, which end the content before. */
static void
cut_at_contrasted_speaker (QmRun *run,
                           Attr  *x)
{
  if (run->lang->verb_second || x->c0 <= x->cue_last || x->c1 - x->c0 < 5 || x->model || x->mark >= 0)
    return;
  for (int k = x->c0 + 2; k + 3 < x->c1 && k < x->c0 + 60; k++)
    {
      QmTok *t = tok_at (run, k), *u = tok_at (run, k + 1);
      QmNp np;

      if (t->mark >= 0 || t->kind == QM_TOK_OPEN)
        return;
      if (is_punct (run, k, ',') && u->kind == QM_TOK_WORD && u->mark < 0 && (u->flags & QM_TOK_LOWER) &&
          (u->words & QM_WORD_CONJUNCTION) && (u->words & QM_WORD_SUBORDINATE) &&
          _qm_np_right (run, k + 2, x->c1, &np) && np.first == k + 2 && np.kind != QM_NP_NONE)
        {
          int v = np.last + 1;

          /* "her rivals in the council argued": a phrase after it */
          while (v < x->c1 && v < k + 10 && tok_at (run, v)->kind == QM_TOK_WORD && tok_at (run, v)->mark < 0 &&
                 !is_verb (tok_at (run, v)))
            v++;
          if (v + 1 < x->c1 && is_verb (tok_at (run, v)) && (tok_at (run, v)->flags & QM_TOK_LOWER) &&
              !participle_ending (run, tok_at (run, v), 3))
            {
              QmTok *w = tok_at (run, v + 1);

              /* a verb that reports a clause: "argued that …", "argued,
               * “…”", "argued it would …", not "sought a compromise" */
              if (w->kind == QM_TOK_OPEN || is_punct (run, v + 1, ',') || is_punct (run, v + 1, ':') ||
                  (w->kind == QM_TOK_WORD && w->mark < 0 && (w->flags & QM_TOK_LOWER) &&
                   ((w->words & QM_WORD_COMPLEMENT) || word_has_role (run, w, QM_ROLE_SUBJECT_PRONOUN) ||
                    ((w->words & QM_WORD_PRONOUN) && v + 2 < x->c1 &&
                     word_has_role (run, tok_at (run, v + 2), QM_ROLE_AUXILIARY)))))
                x->c1 = k;
            }
          return;
        }
    }
}

/* "said the new quay, which the crews built, “will not last”": a relative
 * clause set off by commas after the short phrase that opens the content
 * (its subject), with a verb or a quotation after the closing comma, is
 * part of what was said. @k is the comma before the relative pronoun. */
static gboolean
embedded_relative (QmRun *run,
                   int    c0,
                   int    k,
                   int    c1)
{
  QmTok *t;
  int e;

  gboolean named;

  if (run->lang->verb_second || !is_punct (run, k, ',') || k - c0 < 1)
    return FALSE;
  /* "said the council is “pleased” that Berg, who left in May, is now
   * helping": a name right before the comma, the subject of a clause
   * inside the content, whose verb follows the relative clause */
  named = k - 2 >= c0 && tok_at (run, k - 1)->kind == QM_TOK_WORD && tok_at (run, k - 1)->mark < 0 &&
          (tok_at (run, k - 1)->flags & QM_TOK_CAPITAL) &&
          !(tok_at (run, k - 1)->words & (QM_WORD_NOT_NAME | QM_WORD_PRONOUN | QM_WORD_ORGANISATION)) &&
          tok_at (run, k - 2)->kind == QM_TOK_WORD && (tok_at (run, k - 2)->words & QM_WORD_COMPLEMENT) &&
          (tok_at (run, k - 2)->flags & QM_TOK_LOWER);
  if (!named && k - c0 > 6)
    return FALSE;
  for (int j = c0; j < k && !named; j++)
    if (tok_at (run, j)->kind != QM_TOK_WORD || tok_at (run, j)->mark >= 0 || is_verb (tok_at (run, j)))
      return FALSE;
  for (e = k + 2; e < c1 && e < k + 25; e++)
    if ((is_punct (run, e, ',') && tok_at (run, e)->mark < 0) || is_final_punct (tok_at (run, e)) ||
        tok_at (run, e)->kind == QM_TOK_OPEN)
      break;
  if (e + 1 >= c1 || !is_punct (run, e, ','))
    return FALSE;
  t = tok_at (run, e + 1);
  return t->kind == QM_TOK_OPEN ||
         (t->kind == QM_TOK_WORD && (t->flags & QM_TOK_LOWER) && t->mark < 0 &&
          (is_verb (t) || ((t->words & QM_WORD_ADVERB) && t->end - t->start <= 5 && !(t->words & QM_WORD_PRONOUN))));
}

/* Whether @x's cue follows its content and stands before @v: "Lund left
 * early, Berg said" before ", adding …". */
static gboolean
cue_after_content (const Attr *x,
                   int         v)
{
  return x->cue_first >= 0 && x->c1 <= x->cue_first && x->cue_last < v;
}

/* "the plan, relying on three bridges, was costly": a comma from @k on
 * before @end closes a participle phrase set off inside a clause */
static gboolean
participle_set_off (QmRun *run,
                    int    k,
                    int    end)
{
  for (; k < end; k++)
    if (is_punct (run, k, ',') || is_dash (run, k))
      return TRUE;
  return FALSE;
}

/* The tokens [@c0, @c1) are words without a mark, a comma or a verb: a
 * determiner and a noun phrase, maybe with a verb particle after it, or
 * two or three words in lower case and no pronoun ("zeigte sich
 * zufrieden"). */
static gboolean
object_only (QmRun *run,
             int    c0,
             int    c1)
{
  gboolean lower = c1 - c0 <= 3 && (tok_at (run, c0)->flags & QM_TOK_LOWER) &&
                   !(tok_at (run, c0)->words & QM_WORD_DETERMINER);
  guint not_object = QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_REPORTED_MOOD | (lower ? QM_WORD_PRONOUN : 0);

  if (!lower && (!(tok_at (run, c0)->words & QM_WORD_DETERMINER) || (tok_at (run, c0)->words & QM_WORD_PRONOUN)))
    return FALSE;
  for (int k = c0; k < c1; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 || (tok_at (run, k)->words & not_object) ||
        (lower && !(tok_at (run, k)->flags & QM_TOK_LOWER)))
      return FALSE;
  return TRUE;
}

/* German: "lobte dagegen seine Mannschaft", "kündigte Gespräche an",
 * "zeigte sich nach dem Spiel enttäuscht" — words after the verb that hold
 * no verb, no clause and no quotation: its objects and adjuncts, not what
 * was said. */
static gboolean
object_phrase (QmRun *run,
               int    c0,
               int    c1)
{
  for (int k = c0; k < c1; k++)
    {
      QmTok *t = tok_at (run, k);

      /* "mehr als 200 Werke": a conjunction before a number compares */
      if (t->kind == QM_TOK_WORD && t->mark < 0 && (t->words & QM_WORD_CONJUNCTION) &&
          !(t->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_REPORTED_MOOD)) && k + 1 < c1 &&
          (tok_at (run, k + 1)->flags & QM_TOK_DIGIT))
        continue;
      if (t->kind != QM_TOK_WORD || t->mark >= 0 ||
          (t->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_REPORTED_MOOD | QM_WORD_CONJUNCTION)))
        return FALSE;
    }
  return TRUE;
}

/* German: "schrieb mehr als 200 Werke, darunter drei Opern", "sprach den
 * Familien der Opfer ihr Beileid aus" — the words [@c0, @c1) right after
 * the verb are its object: an object phrase of up to six words, or of up
 * to ten ending in a verb particle (other-particles) with no preposition
 * before it (not "warf der Partei Nähe zur PKK vor", a reproach's
 * content), and after a comma
 * at most a pronominal adverb (pronominal-adverbs) and another object
 * phrase. */
static gboolean
object_after_verb (QmRun *run,
                   int    c0,
                   int    c1)
{
  int e = c0;

  while (e < c1 && !is_punct (run, e, ','))
    e++;
  if (e - c0 > 10 || !object_phrase (run, c0, e) ||
      (e - c0 > 6 && (!((tok_at (run, e - 1)->flags & QM_TOK_LOWER) &&
                         word_has_role (run, tok_at (run, e - 1), QM_ROLE_OTHER_PARTICLE)) ||
                       has_word (run, c0, e - 1, QM_WORD_PREPOSITION))))
    return FALSE;
  if (e == c1)
    return TRUE;
  return e + 2 < c1 && c1 - e <= 6 && tok_at (run, e + 1)->kind == QM_TOK_WORD &&
         (tok_at (run, e + 1)->flags & QM_TOK_LOWER) &&
         word_has_role (run, tok_at (run, e + 1), QM_ROLE_PRONOMINAL_ADVERB) && object_phrase (run, e + 2, c1);
}

/* "Lind, asked whether she would resign, said …": in English a phrase at
 * @v that a comma sets off after the subject, which opens the sentence at
 * @a. */
static gboolean
aside_after_subject (QmRun *run,
                     int    a,
                     int    v)
{
  QmNp np;

  return !run->lang->verb_second && v - 1 > a && is_punct (run, v - 1, ',') && tok_at (run, v - 1)->mark < 0 &&
         _qm_np_left (run, a, v - 2, &np) && np.first == a && np.kind != QM_NP_PRONOUN;
}

/* "The ferry will stop in May, said Tom Berg.": in English a cue at @v
 * after a comma, with only a phrase that names someone between it and the
 * sentence's end, has its subject after it and its content before the
 * comma — whatever phrase opens the sentence. */
static gboolean
cue_ends_sentence (QmRun *run,
                   int    a,
                   int    v,
                   int    b)
{
  QmNp np;
  int e;

  if (run->lang->verb_second || v - 2 <= a || !is_punct (run, v - 1, ',') ||
      (tok_at (run, v)->words & QM_WORD_OBJECT_VERB) || participle_ending (run, tok_at (run, v), 0) ||
      !_qm_np_right (run, v + 1, b, &np) || np.kind == QM_NP_NONE || np.kind == QM_NP_PRONOUN ||
      (tok_at (run, np.first)->words & QM_WORD_NOT_NAME) || (tok_at (run, np.last)->flags & QM_TOK_POSSESSIVE))
    return FALSE;
  /* "Tom Berg, the mayor, said the pier would close in June.": an
   * auxiliary in lower case makes the words after the cue a clause, what
   * was said, no one's name */
  for (int k = np.first + 1; k < np.last; k++)
    if ((tok_at (run, k)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, k), QM_ROLE_AUXILIARY))
      return FALSE;
  e = np.last + 1;
  /* "said the mayor, Tom Berg." */
  if (e + 1 < b && is_punct (run, e, ',') && _qm_np_right (run, e + 1, b, &np) && np.kind == QM_NP_NAME)
    e = np.last + 1;
  /* "said Tom Berg on Monday." */
  if (e < b && skip_time (run, e, b) > e)
    e = skip_time (run, e, b);
  return e >= b || is_final_punct (tok_at (run, e));
}

/* "…, Berg said, adding, “…”": without verb second, the subject of the cue
 * a participle continues is the phrase between a comma and that cue (@v),
 * not the one that opens the sentence. */
static gboolean
cue_subject_after_comma (QmRun *run,
                         int    a,
                         int    v,
                         QmNp  *np)
{
  int q = skip_adverbs_left (run, a, v - 1);

  return !run->lang->verb_second && q > a + 1 && tok_at (run, q)->kind == QM_TOK_WORD && _qm_np_left (run, a, q, np) &&
         np->last == q && np->first - 1 > a && is_punct (run, np->first - 1, ',') && np->kind != QM_NP_NONE &&
         (np->kind == QM_NP_PRONOUN || (tok_at (run, np->first)->flags & QM_TOK_CAPITAL) ||
          (tok_at (run, np->first)->words & QM_WORD_DETERMINER));
}

/* The speaker of a paragraph that ends with a colon when its cue at @v
 * has no subject right before it: "Lund went on to say:" (the subject of
 * the clause), "Berg issued the following statement:" (@v a noun for
 * words, not a verb). */
static gboolean
np_for_colon (QmRun *run,
              int    a,
              int    v,
              gboolean cue,
              QmNp  *np)
{
  QmTok *t = tok_at (run, v);

  if (!cue && !(t->kind == QM_TOK_WORD && (t->words & QM_WORD_CONTENT) && (t->flags & QM_TOK_LOWER)))
    return FALSE;
  return clause_subject (run, a, v, np) && np->kind != QM_NP_NONE && np->last < v;
}

/* German: "Ersten Angaben vom Montag zufolge", "Dem Bericht des Senders
 * aus Berlin zufolge": the source that opens the sentence with a phrase
 * that a preposition opens after its noun, right before the word at @v
 * (according-after). */
static gboolean
source_with_phrase (QmRun *run,
                    int    a,
                    int    v,
                    QmNp  *np)
{
  if (!run->lang->verb_second)
    return FALSE;
  for (int p = v - 2; p > a && p >= v - 6; p--)
    {
      QmTok *u = tok_at (run, p);
      QmNp head;

      if (u->kind != QM_TOK_WORD || u->mark >= 0)
        return FALSE;
      /* "für die Landung waren dem Bericht zufolge": a verb, or a second
       * determiner, shows the phrase is no part of the source */
      if ((u->flags & QM_TOK_LOWER) && p < v - 2 && (u->words & (QM_WORD_VERB | QM_WORD_ADVERB | QM_WORD_CONJUNCTION |
                                                                  QM_WORD_DETERMINER)) &&
          !(u->words & QM_WORD_PREPOSITION))
        return FALSE;
      if (!(u->flags & QM_TOK_LOWER) || !(u->words & QM_WORD_PREPOSITION))
        continue;
      if (_qm_np_left (run, a, p - 1, &head) && head.last == p - 1 && head.first <= a + 1 && head.kind != QM_NP_PRONOUN)
        {
          *np = head;
          np->last = v - 1;
          return TRUE;
        }
      return FALSE;
    }
  return FALSE;
}

/* German: whether the clause of the verb at @v ends with a particle of
 * other-particles, which makes a verb of particle-verbs one that says
 * nothing: "stellte das Gerät vor" (not "stellte fest"). */
static gboolean
other_particle (QmRun *run,
                int    v,
                int    endp)
{
  int last = -1;

  for (int k = v + 1; k < endp && k < v + 40; k++)
    {
      QmTok *u = tok_at (run, k);

      if (u->mark < 0 && (is_punct (run, k, ',') || is_punct (run, k, ':') || is_punct (run, k, ';') || is_final_punct (u)))
        break;
      if (u->kind == QM_TOK_WORD && u->mark < 0)
        last = k;
      else if (u->kind != QM_TOK_WORD)
        last = -1;
    }
  return last >= 0 && (tok_at (run, last)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, last), QM_ROLE_OTHER_PARTICLE);
}

/* German: whether the clause of the verb at @v ends with a particle of
 * own-particle-verbs, which makes such a verb one of speech: with @at_end
 * right before the sentence's full stop ("„…“, kündigt Berg an."),
 * otherwise right before a colon or a comma and what was said after it
 * ("Er schlug vor, …"; not "Der Blitz schlug in den Turm ein"). */
static gboolean
own_particle (QmRun    *run,
              int       v,
              int       endp,
              gboolean  at_end)
{
  int last = -1;

  for (int k = v + 1; k < endp && k < v + 40; k++)
    {
      QmTok *u = tok_at (run, k);

      if (u->mark < 0 && (is_punct (run, k, ',') || is_punct (run, k, ':') || is_final_punct (u)))
        {
          if (last != k - 1 || !(tok_at (run, last)->flags & QM_TOK_LOWER) ||
              !word_has_role (run, tok_at (run, last), QM_ROLE_OWN_PARTICLE) || at_end != is_final_punct (u))
            return FALSE;
          if (!is_punct (run, k, ','))
            return TRUE;
          /* not "kündigen Regen an, die heftig werden": after the comma a
           * relative pronoun opens no content but for a clause in the
           * reported mood, one of complementizers or an infinitive with "zu"
           * ("…, das Bad sei zu teuer", "…, das alte Bad zu sanieren") */
          if (!(k + 1 < endp && tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
                word_has_role (run, tok_at (run, k + 1), QM_ROLE_SUBJECT_RELATIVE)))
            return TRUE;
          for (int e = k + 1; e < endp && !(tok_at (run, e)->mark < 0 && is_final_punct (tok_at (run, e))); e++)
            if (tok_at (run, e)->kind == QM_TOK_WORD && tok_at (run, e)->mark < 0 &&
                ((tok_at (run, e)->words & (QM_WORD_REPORTED_MOOD | QM_WORD_COMPLEMENT)) ||
                 word_has_role (run, tok_at (run, e), QM_ROLE_INFINITIVE)))
              return TRUE;
          return FALSE;
        }
      if (u->kind == QM_TOK_WORD && u->mark < 0)
        last = k;
      else if (u->kind != QM_TOK_WORD)
        last = -1;
    }
  return FALSE;
}

/* "A band called Northwind got the crowd …", "a play called “…,” or
 * “…,” in …", "an index called the “chained rate”": a title verb right
 * after a phrase that an indefinite article (indefinite-articles) opens,
 * before the name it gives (a quotation, after a definite article or not,
 * or a capitalised word with no quotation right after the name), names
 * something; no one speaks. */
static gboolean
indefinite_named (QmRun *run,
                  int    a,
                  int    v,
                  int    b)
{
  int k, n;

  /* the cheap tests first: this runs for every speech verb */
  if (run->lang->verb_second || v < a + 2 || v + 1 >= b || !(tok_at (run, v - 1)->flags & QM_TOK_LOWER) ||
      !(tok_at (run, v + 1)->kind == QM_TOK_OPEN ||
        (tok_at (run, v + 1)->kind == QM_TOK_WORD &&
         ((tok_at (run, v + 1)->flags & QM_TOK_CAPITAL) || (tok_at (run, v + 1)->words & QM_WORD_DEFINITE)))) ||
      !word_has_role (run, tok_at (run, v), QM_ROLE_TITLE_VERB))
    return FALSE;
  for (k = v - 1; k >= a && k > v - 7; k--)
    {
      QmTok *u = tok_at (run, k);

      if (u->mark >= 0 || (u->kind != QM_TOK_WORD && !is_punct (run, k, '-')))
        return FALSE;
      if (u->kind == QM_TOK_WORD && word_has_role (run, u, QM_ROLE_INDEFINITE_ARTICLE))
        break;
      /* "a company called Acme": an organisation right before the verb
       * is what is named (not "a ministry official called …") */
      if ((u->words & (QM_WORD_PRONOUN | QM_WORD_ROLE | QM_WORD_RELATIVE | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT |
                       QM_WORD_PREPOSITION | QM_WORD_DETERMINER)) ||
          ((u->words & QM_WORD_ORGANISATION) && k != v - 1))
        return FALSE;
    }
  if (k < a || k <= v - 7 || k == v - 1)
    return FALSE;
  n = v + 1;
  /* "a movement called the Harbour Front" */
  if (n + 1 < b && tok_at (run, n)->kind == QM_TOK_WORD && (tok_at (run, n)->words & QM_WORD_DEFINITE) &&
      (tok_at (run, n + 1)->kind == QM_TOK_OPEN ||
       (tok_at (run, n + 1)->kind == QM_TOK_WORD && (tok_at (run, n + 1)->flags & QM_TOK_CAPITAL) &&
        !(tok_at (run, n + 1)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER)))))
    n++;
  if (tok_at (run, n)->kind == QM_TOK_OPEN)
    return TRUE;
  if (tok_at (run, n)->kind != QM_TOK_WORD || !(tok_at (run, n)->flags & QM_TOK_CAPITAL) ||
      (tok_at (run, n)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER)))
    return FALSE;
  for (k = n + 1; k < b && k < n + 6 && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_CAPITAL); k++)
    ;
  return k >= b || tok_at (run, k)->kind != QM_TOK_OPEN;
}

/* "…, Anna Berg, who called the captain “a true hero.”", "(Lund, who
 * built the quay, once said, “…”)": a verb of speech or naming between the
 * relative word at @r and the first quotation mark (within a dozen words,
 * before @end, the content's end, exclusive) gives the clause a speaker of
 * its own, whose quoted words are no part of the content that the clause
 * follows. */
static gboolean
relative_has_own_cue (QmRun *run,
                      int    r,
                      int    end)
{
  for (int i = r + 1; i < end && i <= r + 12; i++)
    {
      QmTok *u = tok_at (run, i);

      if (u->kind == QM_TOK_OPEN)
        return FALSE;
      if (u->kind == QM_TOK_WORD && (u->words & (QM_WORD_VERB | QM_WORD_OBJECT_VERB | QM_WORD_NAMING)))
        return TRUE;
    }
  return FALSE;
}

/* German: whether the word at @k is an auxiliary in lower case (an
 * adverb of the lexicon: "hatte", "hat") right after a comma, before the
 * subject @np: "…, *hatte* Weber gesagt." One of the passive
 * (passive-auxiliaries) only before a name ("…, *wird* Weber zitiert"; not
 * "…, *wurde* die Lage betont"). */
static gboolean
aux_after_comma (QmRun      *run,
                 int         k,
                 const QmNp *np)
{
  QmTok *t = tok_at (run, k);

  return k > 0 && t->kind == QM_TOK_WORD && (t->words & QM_WORD_ADVERB) && (t->flags & QM_TOK_LOWER) && t->mark < 0 &&
         !(t->words & (QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION)) &&
         ((np->kind == QM_NP_NAME && _qm_np_names_person (run, np)) || !word_has_role (run, t, QM_ROLE_PASSIVE_AUXILIARY)) &&
         is_punct (run, k - 1, ',') &&
         tok_at (run, k - 1)->mark < 0;
}

/* German: "Die Kommission gab das Ergebnis bekannt. Demnach hat …": a
 * word that stands for the source named before (anaphoric-sources) opens
 * the sentence at @a; the rest of it is reported, the word the mention and
 * no one named.  "Die Rolle der Bank soll demnach gestärkt werden": inside
 * the clause, the whole sentence, as "laut X" there.  Fills @at for the
 * word at @v. */
static G_GNUC_NO_INLINE gboolean
anaphoric_source_attr (QmRun  *run,
                       int     a,
                       int     v,
                       int     endp,
                       GArray *attrs,
                       guint   first_attr,
                       Attr   *at)
{
  QmTok *t = tok_at (run, v);
  int c0, c1;

  if (v == a)
    {
      if (v + 2 >= endp || !(t->flags & QM_TOK_CAPITAL) || tok_at (run, v + 1)->kind != QM_TOK_WORD ||
          !(tok_at (run, v + 1)->flags & QM_TOK_LOWER) || !word_has_role (run, t, QM_ROLE_ANAPHORIC_SOURCE))
        return FALSE;
      c0 = v + 1;
      c1 = endp;
    }
  else if (!(t->flags & QM_TOK_LOWER) || tok_at (run, v - 1)->kind != QM_TOK_WORD || tok_at (run, v - 1)->mark >= 0 ||
           !word_has_role (run, t, QM_ROLE_ANAPHORIC_SOURCE) || inside_content (attrs, first_attr, v) ||
           !source_clause (run, a, v, endp, &c0, &c1) || c1 - c0 < 3)
    return FALSE;
  at->np.first = at->np.last = v;
  at->np.kind = QM_NP_NONE;
  at->cue_first = at->cue_last = at->verb = v;
  at->mention = v;
  at->c0 = c0;
  at->c1 = c1;
  return TRUE;
}

/* German: "Dem Mann wird vorgeworfen, …", "Es wurde bekannt, dass …",
 * "Von der Polizei wurde mitgeteilt, dass …": a speech verb's participle
 * (verbs, passive-participles; "bekannt gegeben" by its first word) right
 * before the comma at @k, a form of "werden" (passive-auxiliaries) before
 * it in the clause: what follows the comma is reported, for the agent
 * after agent-prepositions in the clause or for no one — not for the one
 * the verb is about.  Fills @at and returns TRUE. */
static G_GNUC_NO_INLINE gboolean
passive_cue (QmRun *run,
             int    a,
             int    k,
             int    endp,
             Attr  *at)
{
  int p = k - 1, s = a, aux = -1;
  QmNp agent;
  QmTok *n;

  if (p <= a || tok_at (run, p)->kind != QM_TOK_WORD || tok_at (run, p)->mark >= 0 || !(tok_at (run, p)->flags & QM_TOK_LOWER))
    return FALSE;
  if (!(tok_at (run, p)->words & QM_WORD_VERB) && !word_has_role (run, tok_at (run, p), QM_ROLE_PASSIVE_PARTICIPLE))
    {
      if (p - 1 <= a || tok_at (run, p - 1)->kind != QM_TOK_WORD || tok_at (run, p - 1)->mark >= 0 ||
          !(tok_at (run, p - 1)->flags & QM_TOK_LOWER) || !word_has_role (run, tok_at (run, p - 1), QM_ROLE_PASSIVE_PARTICIPLE))
        return FALSE;
      p--;
    }
  for (int j = p - 1; j > a; j--)
    if (tok_at (run, j)->mark < 0 && (is_punct (run, j, ',') || is_punct (run, j, ';') || is_punct (run, j, ':')))
      {
        s = j + 1;
        break;
      }
  for (int j = s; j < p && aux < 0; j++)
    if (tok_at (run, j)->kind == QM_TOK_WORD && tok_at (run, j)->mark < 0 && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
        word_has_role (run, tok_at (run, j), QM_ROLE_PASSIVE_AUXILIARY))
      aux = j;
  if (aux < 0 || k + 2 >= endp)
    return FALSE;
  /* "Der Fall wurde bekannt, weil …", "…, das bis heute stattfindet":
   * a clause of its own, nothing reported */
  n = tok_at (run, k + 1);
  if (n->kind == QM_TOK_WORD && n->mark < 0 && (n->flags & QM_TOK_LOWER) &&
      (((n->words & (QM_WORD_CONJUNCTION | QM_WORD_RELATIVE)) && !(n->words & QM_WORD_COMPLEMENT)) ||
       ((n->words & QM_WORD_DETERMINER) && !(tok_at (run, k + 2)->flags & QM_TOK_CAPITAL))))
    return FALSE;
  at->np.first = at->np.last = p;
  at->np.kind = QM_NP_NONE;
  for (int j = s; j < p; j++)
    if (tok_at (run, j)->kind == QM_TOK_WORD && tok_at (run, j)->mark < 0 && word_has_role (run, tok_at (run, j), QM_ROLE_AGENT) &&
        _qm_np_right (run, j + 1, p, &agent) && agent.kind != QM_NP_NONE && agent.kind != QM_NP_PRONOUN)
      {
        at->np = agent;
        break;
      }
  /* "In einer Mitteilung der Stadt wurde betont, …", "So wird in dem
   * Bericht gefordert, …": without an agent, the writing the words stand
   * in (a place-prepositions word before a noun that names a source) */
  for (int j = s; j + 1 < p && at->np.kind == QM_NP_NONE && run->lang->source_nouns != NULL; j++)
    if (tok_at (run, j)->kind == QM_TOK_WORD && tok_at (run, j)->mark < 0 &&
        word_has_role (run, tok_at (run, j), QM_ROLE_PLACE_PREPOSITION))
      for (int h = j + 1; h < p && h <= j + 4 && tok_at (run, h)->kind == QM_TOK_WORD && tok_at (run, h)->mark < 0; h++)
        {
          QmTok *u = tok_at (run, h);

          if (!(u->flags & QM_TOK_CAPITAL))
            continue;
          if ((qm_lang_is_source_noun (run->lang, run->data + u->start, u->end - u->start) || (u->words & QM_WORD_CONTENT)) &&
              _qm_np_right (run, j + 1, p, &agent) && agent.kind != QM_NP_NONE && agent.kind != QM_NP_PRONOUN)
            at->np = agent;
          break;
        }
  at->cue_first = aux;
  at->cue_last = k - 1;
  at->verb = p;
  at->c0 = k + 1;
  at->c1 = endp;
  return TRUE;
}

/* German: "Während A erklärte, sie sei zufrieden, räumte B ein, …": after
 * a clause that a subordinator (fronted-subordinators) opens at @a, a verb
 * in lower case at @v right after a comma, its subject after it, opens the
 * main clause; the content of a cue that ends the subordinate clause ends
 * at the comma.  When @v is a cue, @at gets its attribution: what follows
 * its subject and particle.  Returns whether @at was filled. */
static G_GNUC_NO_INLINE gboolean
fronted_main_verb (QmRun  *run,
                   int     a,
                   int     v,
                   int     b,
                   int     endp,
                   GArray *attrs,
                   guint   first_attr,
                   Attr   *at)
{
  QmTok *t = v < b ? tok_at (run, v) : NULL;
  gboolean cut = FALSE;
  QmNp subject, override;

  if (v >= b || !is_punct (run, v - 1, ',') || t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER) ||
      !(t->words == 0 || (t->words & QM_WORD_VERB)) ||
      v + 1 >= b || tok_at (run, v - 1)->mark >= 0 || tok_at (run, v + 1)->kind != QM_TOK_WORD || tok_at (run, v + 1)->mark >= 0 ||
      !((tok_at (run, v + 1)->flags & QM_TOK_CAPITAL) || (tok_at (run, v + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN))) ||
      !inside_content (attrs, first_attr, v) || !word_has_role (run, tok_at (run, a), QM_ROLE_FRONTED_SUBORDINATOR))
    return FALSE;
  for (guint i = first_attr; i < attrs->len; i++)
    {
      Attr *x = &g_array_index (attrs, Attr, i);
      /* the verb ends the subordinate clause: "Als Grund nannte die NASA,
       * …" is a main clause */
      int after = x->cue_last + 1;
      gboolean fronted;

      /* "Nachdem X erklärt hatte, …": an auxiliary after the verb */
      if (after + 1 < x->c0 && tok_at (run, after)->kind == QM_TOK_WORD && (tok_at (run, after)->flags & QM_TOK_LOWER) &&
          (tok_at (run, after)->words & QM_WORD_ADVERB) && tok_at (run, after)->mark < 0)
        after++;
      fronted = x->cue_first > a + 1 && after < x->c0 && is_punct (run, after, ',') && v > x->c0 && v < x->c1;

      for (int k = a; fronted && k < x->cue_first; k++)
        fronted = !is_punct (run, k, ',');
      if (fronted)
        {
          x->c1 = v - 1;
          cut = TRUE;
        }
    }
  /* the main clause's cue reports what follows its subject, not the
   * subordinate clause before it */
  if (!cut || !is_verb (t) || !_qm_np_right (run, v + 1, b, &subject) || subject.kind == QM_NP_NONE)
    return FALSE;
  at->np = subject;
  at->cue_first = at->cue_last = at->verb = v;
  at->c0 = content_start (run, subject.last, endp, &override);
  at->c1 = endp;
  /* "räumte B ein, …": the verb's particle */
  if (at->c0 + 2 < endp && is_punct (run, at->c0 + 1, ',') && (tok_at (run, at->c0)->flags & QM_TOK_LOWER) &&
      word_has_role (run, tok_at (run, at->c0), QM_ROLE_OTHER_PARTICLE))
    at->c0 += 2;
  /* "meinte er damit die Gewalt": an object, nothing said */
  if (at->c0 == subject.last + 1 && at->c1 - at->c0 <= 6 && object_phrase (run, at->c0, at->c1))
    return FALSE;
  return at->c1 - at->c0 >= 2;
}

/* Whether the verb of noticing (notice-verbs) at @v, in the sentence
 * from @a whose content ends at @endp, remarks something: it follows a
 * comma or a closing mark ("„…“, bemerkte sie"), or a colon or an opening
 * mark comes before any other punctuation in its clause, or after the
 * first comma a clause in the reported mood or quoted words follow ("Sie
 * bemerkte, die Lage sei ernst"), or the sentence after @b, where the
 * sentence ends, is in the reported mood.  A bounded look ahead. */
static gboolean
notice_verb_speaks (QmRun *run,
                    int    a,
                    int    v,
                    int    b,
                    int    endp)
{
  int n = (int)run->toks->len;

  if (v > a && (is_punct (run, v - 1, ',') || tok_at (run, v - 1)->kind == QM_TOK_CLOSE))
    return TRUE;
  for (int k = v + 1; k < endp && k < v + 12; k++)
    {
      QmTok *w = tok_at (run, k);

      if (w->kind == QM_TOK_OPEN || is_punct (run, k, ':'))
        return TRUE;
      if (is_punct (run, k, ','))
        {
          for (int j = k + 1; j < endp && j < k + 30; j++)
            if (tok_at (run, j)->kind == QM_TOK_OPEN ||
                (tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->words & QM_WORD_REPORTED_MOOD)))
              return TRUE;
          /* "Er bemerkte, die Rechte schützen zu wollen. Er werde …": the
           * next sentence reports in the Konjunktiv */
          return b < n && mood_sentence (run, b, sentence_end (run, b, n));
        }
      if (w->kind != QM_TOK_WORD)
        return FALSE;
    }
  return FALSE;
}

/* "“…,” Lund said on Tuesday, as the crowd cheered": whether the cue of
 * the phrase @np follows the quotation it reports (a closing mark, a comma
 * after it at most, right before the phrase) and the content found after
 * the cue, from @c0, is a clause of the writer's: a comma, a word of
 * aside-openers in lower case and no verb or participle after it ("…,
 * before clarifying that …" reports).  Returns the closing mark's token,
 * or -1. */
static int
aside_after_quotation_cue (QmRun      *run,
                           const QmNp *np,
                           int         c0,
                           int         c1)
{
  int q = np->first - 1;
  QmTok *w, *next;

  if (q >= 0 && is_punct (run, q, ',') && tok_at (run, q)->mark < 0)
    q--;
  if (q < 0 || tok_at (run, q)->kind != QM_TOK_CLOSE)
    return -1;
  if (c0 < c1 && is_punct (run, c0, ','))
    c0++;
  if (c0 < 1 || c0 + 2 >= c1 || !is_punct (run, c0 - 1, ',') || tok_at (run, c0 - 1)->mark >= 0)
    return -1;
  w = tok_at (run, c0);
  next = tok_at (run, c0 + 1);
  if (w->kind != QM_TOK_WORD || w->mark >= 0 || !(w->flags & QM_TOK_LOWER) || !word_has_role (run, w, QM_ROLE_ASIDE_OPENER) ||
      (next->kind == QM_TOK_WORD && (is_verb (next) || participle_ending (run, next, 3))))
    return -1;
  return q;
}

/* English: "Warning that the toll would “stay forever,” she said the board
 * must act", "Noting the delay, the mayor left early": a participle of a
 * speech verb at @v that opens the sentence reports what follows it up to
 * the comma before the main clause (and the closing mark after the comma,
 * when the quoted words end there), whose subject speaks: a phrase right
 * after it (no possessive) and a word in lower case after the phrase that
 * is no preposition, determiner, conjunction or relative word.  Only the
 * first comma outside marks may end the clause, and what the participle
 * reports is a clause that "that" opens or holds quoted words.  Fills
 * @at. */
static gboolean
fronted_participle_cue (QmRun *run,
                        int    v,
                        int    endp,
                        Attr  *at)
{
  QmNp override, np;
  int c0 = content_start (run, v, endp, &override);

  for (int k = c0 + 1; k + 2 < endp && k <= v + 60; k++)
    {
      int s = k + 1, e = k;
      QmTok *after;

      /* "Conceding that there was “no deal” he warned: …": the quoted
       * words end the clause, and a pronoun and a verb open the main
       * clause, without a comma */
      if (tok_at (run, k)->kind == QM_TOK_CLOSE && is_personal_pronoun_tok (tok_at (run, s)) &&
          (tok_at (run, s)->flags & QM_TOK_LOWER) && tok_at (run, s)->mark < 0 && is_verb (tok_at (run, s + 1)))
        e = s;
      else if (!is_punct (run, k, ','))
        continue;
      else if (tok_at (run, k)->mark >= 0)
        {
          if (tok_at (run, s)->kind != QM_TOK_CLOSE || tok_at (run, s)->mark != tok_at (run, k)->mark)
            continue;
          e = ++s;
        }
      /* "…,” though, Lund did suggest …": a word set off by commas
       * before the subject */
      if (e > k + 1 || is_punct (run, k, ','))
        if (s + 2 < endp && tok_at (run, s)->kind == QM_TOK_WORD && tok_at (run, s)->mark < 0 &&
            (tok_at (run, s)->flags & QM_TOK_LOWER) && (tok_at (run, s)->words & (QM_WORD_CONJUNCTION | QM_WORD_ADVERB)) &&
            is_punct (run, s + 1, ','))
          s += 2;
      if (s + 1 >= endp || tok_at (run, s)->kind != QM_TOK_WORD || tok_at (run, s)->mark >= 0 ||
          !_qm_np_right (run, s, endp, &np) || np.first != s || np.kind == QM_NP_NONE || np.last + 1 >= endp)
        return FALSE;
      after = tok_at (run, np.last + 1);
      if (after->kind != QM_TOK_WORD || after->mark >= 0 || !(after->flags & QM_TOK_LOWER) ||
          (tok_at (run, np.last)->flags & QM_TOK_POSSESSIVE) ||
          (after->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION | QM_WORD_RELATIVE)))
        return FALSE;
      at->np = np;
      at->cue_first = at->cue_last = at->verb = v;
      at->c0 = c0;
      at->c1 = e;
      /* "Remarking upon the mayor's “good work,” …": the preposition the
       * verb takes is no part of the quoted words */
      if (has_open (run, c0, at->c1) && (tok_at (run, c0)->words & QM_WORD_PREPOSITION) &&
          (tok_at (run, c0)->flags & QM_TOK_LOWER) && tok_at (run, c0)->mark < 0)
        at->c0++;
      /* what was said: a clause that "that" opens, or quoted words in it
       * ("Citing the local papers, …" reports nothing) */
      return at->c1 - at->c0 >= 2 &&
             ((tok_at (run, at->c0 - 1)->words & QM_WORD_COMPLEMENT) || (tok_at (run, at->c0)->words & QM_WORD_COMPLEMENT) ||
              has_open (run, at->c0, at->c1));
    }
  return FALSE;
}

/* "It was also warned that A, he said.": English, a cue of the patterns
 * at @i whose subject names no one (an impersonal pronoun, of
 * impersonal-pronouns, before a passive) inside the content of a later cue
 * that follows that content and names its speaker reports nothing of its
 * own: the words are that speaker's. */
static gboolean
speakerless_inside (QmRun  *run,
                    GArray *attrs,
                    guint   i)
{
  Attr *x = &g_array_index (attrs, Attr, i);
  int it = x->cue_first - 1;

  if (run->lang->verb_second || x->model || x->mark >= 0 || x->np.kind != QM_NP_NONE || x->np.first != x->cue_first)
    return FALSE;
  /* the impersonal pronoun and the passive auxiliary before the cue */
  while (it >= 0 && it >= x->cue_first - 4 && tok_at (run, it)->kind == QM_TOK_WORD &&
         !word_has_role (run, tok_at (run, it), QM_ROLE_IMPERSONAL_PRONOUN))
    it--;
  if (it < 0 || it < x->cue_first - 4 || tok_at (run, it)->kind != QM_TOK_WORD || !passive_between (run, it + 1, x->cue_first))
    return FALSE;
  for (guint j = i + 1; j < attrs->len; j++)
    {
      Attr *y = &g_array_index (attrs, Attr, j);

      if (!y->model && y->np.kind != QM_NP_NONE && y->c0 <= it && x->cue_last < y->c1 && y->cue_first >= y->c1 &&
          y->np.first >= y->c1)
        return TRUE;
    }
  return FALSE;
}

static void
sentence_attrs (QmRun  *run,
                int     a,
                int     b,
                GArray *attrs)
{
  int endp = sentence_content_end (run, a, b);
  guint first_attr = attrs->len;
  guint kept;
  int lead_end = a;   /* "Amid calls for a vote, …": the phrase's words end before it */
  Attr tails[4];      /* a later cue's content after an inner clause's colon */
  guint n_tails;

  /* "Amid calls for a vote, …", "Despite the media attacks, Lund said …":
   * the lower-case words after a preposition that opens the sentence are
   * its phrase, up to a mark, a punctuation, a capital or a pronoun (the
   * subject: "Following the vote Berg told …") */
  if (a < b && (tok_at (run, a)->words & QM_WORD_PHRASE_PREPOSITION))
    {
      lead_end = a + 1;
      while (lead_end < b && lead_end < a + 8 && tok_at (run, lead_end)->kind == QM_TOK_WORD &&
             tok_at (run, lead_end)->mark < 0 && !(tok_at (run, lead_end)->flags & QM_TOK_CAPITAL) &&
             !is_personal_pronoun_tok (tok_at (run, lead_end)))
        lead_end++;
    }

  for (int v = a; v < b; v++)
    {
      QmTok *t = tok_at (run, v);
      Attr at = { 0, };
      QmNp override;
      int phrase_last;
      int c0, c1;
      gboolean wording;
      gboolean own;

      at.mark = -1;
      at.mention = -1;
      /* "as Berg continued to interject": a verb of going on or starting
       * before "to" is no cue; the verb after it may be one */
      if (t->kind == QM_TOK_WORD && v + 1 < endp && aspect_to (run, v, v + 1))
        continue;
      /* "taking a creative writing course in Norwich": a participle that
       * modifies the noun after it is no cue */
      if (!run->lang->verb_second && t->kind == QM_TOK_WORD && (t->words & QM_WORD_VERB) && (t->flags & QM_TOK_LOWER) &&
          participle_ending (run, t, 3) && modifying_participle (run, a, v, endp))
        continue;
      /* "Asked whether he would fire the speechwriter, Priebus said …":
       * the question, asked of the speaker of the main clause. */
      if (t->kind == QM_TOK_WORD && (t->words & QM_WORD_VERB) && t->mark < 0 &&
          word_has_role (run, t, QM_ROLE_QUESTION_VERB) &&
          (v == a || (v == a + 1 && word_has_role (run, tok_at (run, a), QM_ROLE_QUESTION_OPENER)) ||
           aside_after_subject (run, a, v)))
        {
          int q0 = -1, q1 = -1;

          for (int k = v + 1; k < endp && k < v + 12 && q0 < 0; k++)
            if (is_question_word (run, k))
              q0 = k;
          for (int k = q0 + 1; q0 >= 0 && k < endp && q1 < 0; k++)
            if (is_punct (run, k, ',') && tok_at (run, k)->mark < 0)
              q1 = k;
          if (q0 >= 0 && q1 > q0 + 1)
            {
              /* The one who asked is named by "by", if at all. */
              at.np.first = at.np.last = v;
              at.np.kind = QM_NP_NONE;
              if (!(v + 2 < q0 && word_has_role (run, tok_at (run, v + 1), QM_ROLE_AGENT) &&
                    _qm_np_right (run, v + 2, q0, &at.np)))
                at.np.kind = QM_NP_NONE;
              at.c0 = q0;
              at.c1 = q1;
              at.cue_first = at.cue_last = at.verb = v;
              g_array_append_val (attrs, at);
              v = q1;
              continue;
            }
        }
      /* "Warning that the toll would “stay forever,” she said …": a
       * participle of a speech verb that opens the sentence */
      if (v == a && !run->lang->verb_second && t->kind == QM_TOK_WORD && (t->words & QM_WORD_VERB) && t->mark < 0 &&
          (t->flags & QM_TOK_CAPITAL) && participle_ending (run, t, 3) && fronted_participle_cue (run, v, endp, &at))
        {
          g_array_append_val (attrs, at);
          v = at.c1 - 1;
          continue;
        }
      /* "Nach Angaben der Polizei gab es …", "Retter konnten nach eigenen
       * Angaben …": "nach" and a noun that names a source. */
      if (run->lang->source_nouns != NULL && t->kind == QM_TOK_WORD && t->mark < 0 &&
          word_has_role (run, t, QM_ROLE_SOURCE_PREPOSITION))
        {
          int noun = -1;

          for (int k = v + 1; k < endp && k <= v + 4 && tok_at (run, k)->kind == QM_TOK_WORD; k++)
            if (qm_lang_is_source_noun (run->lang, run->data + tok_at (run, k)->start,
                                        tok_at (run, k)->end - tok_at (run, k)->start))
              {
                noun = k;
                break;
              }
          if (noun >= 0)
            {
              int last = noun, owner = -1;
              QmNp of;

              /* "der Polizei", "des Innenministeriums": the source proper
               * (German: an article of the genitive, among the
               * affiliation-prepositions, not "nach eigenen Angaben ein
               * Fest") */
              if (last + 1 < endp && _qm_np_right (run, last + 1, endp, &of) &&
                  (tok_at (run, last + 1)->words & QM_WORD_DETERMINER) &&
                  (!run->lang->verb_second || word_has_role (run, tok_at (run, last + 1), QM_ROLE_AFFILIATION)))
                last = of.last;
              /* "nach Einschätzung von Hafenamt und Feuerwehr": the
               * source is the phrase after the preposition */
              else if (last + 2 < endp && (tok_at (run, last + 1)->flags & QM_TOK_LOWER) &&
                       word_has_role (run, tok_at (run, last + 1), QM_ROLE_OWNER_PREPOSITION) &&
                       _qm_np_right (run, last + 2, endp, &of) && of.kind != QM_NP_PRONOUN)
                {
                  owner = last + 2;
                  last = of.last;
                }
              at.np.first = owner >= 0 ? owner : noun + 1 <= last ? noun + 1 : v + 1;
              at.np.last = last;
              at.np.kind = QM_NP_NONE;
              _qm_np_classify (run, &at.np);
              /* "X war nach eigenem Bekunden …", "Nach eigenen Angaben
               * hat X …": the words name the source, which is the subject
               * of the sentence — the one the quotations after it carry */
              if (noun == v + 2 && last == noun && word_has_role (run, tok_at (run, v + 1), QM_ROLE_REFLEXIVE_POSSESSIVE))
                {
                  at.mention = v + 1;
                  at.mention_last = noun;
                  if (v == a && noun + 2 < endp && tok_at (run, noun + 1)->kind == QM_TOK_WORD &&
                      (tok_at (run, noun + 1)->flags & QM_TOK_LOWER) && _qm_np_right (run, noun + 2, endp, &of) &&
                      !(tok_at (run, of.first)->words & QM_WORD_OBLIQUE) && of.kind != QM_NP_NONE)
                    at.np = of;
                  else if (v > a + 1 && ((tok_at (run, v - 1)->kind == QM_TOK_WORD &&
                                          (tok_at (run, v - 1)->flags & QM_TOK_LOWER) &&
                                          subject_left (run, a, v - 1, &of)) ||
                                         subject_left (run, a, v, &of)) &&
                           of.kind != QM_NP_NONE)
                    at.np = of;
                }
              at.cue_first = v;
              at.cue_last = noun;
              at.verb = v;
              at.c0 = v == a ? (run->lang->verb_second ? source_tail (run, last > noun ? noun + 1 : v, last, endp) : last) + 1
                             : a;
              if (v == a && run->lang->verb_second)
                at.c0 = source_aside (run, at.c0, endp);
              at.c1 = endp;
              /* "…, die nach Angaben der Polizei … sollte, wurde …": the
               * clause it is in */
              if (v > a && run->lang->verb_second && source_clause (run, a, v, endp, &c0, &c1))
                {
                  at.c0 = c0 < v ? c0 : last + 1;
                  at.c1 = c1;
                }
              if (at.c1 - at.c0 >= 2 && !inside_content (attrs, first_attr, v))
                {
                  g_array_append_val (attrs, at);
                  v = last;
                  continue;
                }
            }
        }
      /* "Demnach hat …", "… soll demnach …" (anaphoric-sources, adverbs) */
      if ((t->words & QM_WORD_ADVERB) && run->lang->verb_second && t->kind == QM_TOK_WORD && t->mark < 0 &&
          anaphoric_source_attr (run, a, v, endp, attrs, first_attr, &at))
        {
          g_array_append_val (attrs, at);
          continue;
        }
      /* "Dem Bericht zufolge sei …", "…, ersten Angaben zufolge." */
      if ((t->words & QM_WORD_ACCORDING_AFTER) && t->mark < 0 && v > a &&
          (source_with_phrase (run, a, v, &at.np) || _qm_np_left (run, a, v - 1, &at.np)))
        {
          gboolean head_noun = FALSE;

          at.cue_first = at.cue_last = v;
          at.verb = v;
          /* German "Angaben des Ministeriums zufolge wurden …", "Ersten
           * Berichten der Polizei zufolge …": a noun (after adjectives)
           * that opens the sentence before the source in the genitive is
           * the source phrase's head */
          if (run->lang->verb_second && at.np.first > a && at.np.first - a <= 3 &&
              (tok_at (run, at.np.first)->words & QM_WORD_DETERMINER) && (tok_at (run, at.np.first)->flags & QM_TOK_LOWER) &&
              tok_at (run, at.np.first - 1)->kind == QM_TOK_WORD && (tok_at (run, at.np.first - 1)->flags & QM_TOK_CAPITAL) &&
              tok_at (run, at.np.first - 1)->mark < 0)
            {
              head_noun = TRUE;
              for (int k = a; k < at.np.first && head_noun; k++)
                head_noun = tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
                            !(tok_at (run, k)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                                                        QM_WORD_PRONOUN)) &&
                            (k == at.np.first - 1 || (tok_at (run, k)->words & QM_WORD_DETERMINER) ||
                             (tok_at (run, k)->flags & QM_TOK_CAPITAL && k == a));
            }
          if (at.np.first == a || (at.np.first == a + 1 && (tok_at (run, a)->words & QM_WORD_DETERMINER)) || head_noun)
            {
              if (!head_noun)
                at.np.first = a;
              at.c0 = v + 1;
              if (at.c0 < endp && is_punct (run, at.c0, ','))
                at.c0++;
              at.c1 = endp;
            }
          else if (at.np.first > a + 1 && is_punct (run, at.np.first - 1, ','))
            {
              at.c0 = a;
              at.c1 = at.np.first - 1;
            }
          /* "Die Fähre musste der Reederei zufolge umkehren", "Der Grund
           * waren dem Bericht zufolge „…“": inside the clause, the source
           * gives the whole sentence (not "ein Vergehen gemäß § 12", where
           * the word opens the source after it) */
          else if (run->lang->verb_second && at.np.first > a && tok_at (run, at.np.first - 1)->kind == QM_TOK_WORD &&
                   tok_at (run, at.np.first - 1)->mark < 0 && at.np.kind != QM_NP_PRONOUN &&
                   !((t->words & QM_WORD_ACCORDING) && v + 1 < endp && !is_punct (run, v + 1, ',') &&
                     !is_final_punct (tok_at (run, v + 1))) &&
                   !inside_content (attrs, first_attr, v) && source_clause (run, a, at.np.first, endp, &c0, &c1))
            {
              at.c0 = c0;
              at.c1 = c1;
            }
          /* the quoted words that follow it closely */
          else if (run->lang->verb_second && at.np.first > a + 1 && (tok_at (run, at.np.first)->words & QM_WORD_DETERMINER) &&
                   (tok_at (run, at.np.first)->flags & QM_TOK_LOWER) && tok_at (run, at.np.first - 1)->kind == QM_TOK_WORD &&
                   at.np.kind != QM_NP_PRONOUN)
            {
              int o = v + 1, close;

              while (o < endp && o < v + 6 && tok_at (run, o)->kind == QM_TOK_WORD && tok_at (run, o)->mark < 0)
                o++;
              if (o >= endp || tok_at (run, o)->kind != QM_TOK_OPEN ||
                  (close = close_token_of_mark (run, o, endp, tok_at (run, o)->mark)) < 0)
                continue;
              at.c0 = o;
              at.c1 = close + 1;
            }
          else
            continue;
          if (at.c1 - at.c0 >= 2)
            g_array_append_val (attrs, at);
          continue;
        }
      if ((t->words & QM_WORD_ACCORDING) && match_according (run, v, b, &phrase_last) &&
          !according_after_speech (run, a, v, b))
        {
          if (!_qm_np_right (run, phrase_last + 1, b, &at.np))
            {
              /* Any source will do here: "according to the book and the
               * movie, …", "according to officials familiar with it." */
              int e = phrase_last + 1;

              while (e < endp && e < phrase_last + 25 && tok_at (run, e)->kind == QM_TOK_WORD)
                e++;
              if (phrase_last == v || e == phrase_last + 1 ||
                  (e < endp && !is_punct (run, e, ',') && !is_punct (run, e, ':')))
                continue;
              at.np.first = phrase_last + 1;
              at.np.last = e - 1;
              at.np.kind = QM_NP_NONE;
              _qm_np_classify (run, &at.np);
            }
          at.cue_first = v;
          at.cue_last = phrase_last;
          if (v == a || (v == a + 1 && tok_at (run, a)->kind == QM_TOK_WORD))
            {
              at.c0 = (run->lang->verb_second ? source_tail (run, at.np.first, at.np.last, endp) : at.np.last) + 1;
              /* "According to the officer in charge of the base that
               * night, …": the source runs to the comma (not in German,
               * where "Laut X …" goes on without one). */
              for (int k = at.c0; !run->lang->verb_second && k < endp && k < at.c0 + 25 &&
                   tok_at (run, k)->mark < 0; k++)
                if (is_punct (run, k, ','))
                  {
                    at.c0 = k;
                    break;
                  }
              /* "According to the exit polls in New Hampshire, …" */
              if (at.c0 < endp && tok_at (run, at.c0)->kind == QM_TOK_WORD &&
                  (tok_at (run, at.c0)->words & QM_WORD_PREPOSITION) && (tok_at (run, at.c0)->flags & QM_TOK_LOWER))
                {
                  for (int k = at.c0 + 1; k < endp && k < at.c0 + 8 && tok_at (run, k)->mark < 0; k++)
                    {
                      if (is_punct (run, k, ','))
                        at.c0 = k;
                      if (tok_at (run, k)->kind != QM_TOK_WORD)
                        break;
                    }
                }
              if (run->lang->verb_second)
                at.c0 = source_aside (run, at.c0, endp);
              if (at.c0 < endp && is_punct (run, at.c0, ','))
                at.c0++;
              at.c1 = endp;
            }
          else if ((is_punct (run, v - 1, ',') || is_dash (run, v - 1)) && at.np.last + 1 < endp &&
                   (is_punct (run, at.np.last + 1, ',') || is_dash (run, at.np.last + 1)) &&
                   endp - at.np.last > v - a &&
                   /* not "„…“, so Jonas Keller, Kapitän des Vereins,
                    * gegenüber der Zeitung.": the source's role in
                    * apposition, no content after it */
                   !(run->lang->verb_second && source_apposition (run, at.np.last + 1, endp)) &&
                   /* not "„A“, so der Sprecher, „B“": a quotation the
                    * source interrupts is a direct one */
                   !(run->lang->verb_second && v - 2 >= a && tok_at (run, v - 2)->kind == QM_TOK_CLOSE &&
                     at.np.last + 2 < endp && tok_at (run, at.np.last + 2)->kind == QM_TOK_OPEN))
            {
              /* "In Iowa, Trump is first, according to the average, although
               * …": the source interrupts what it reports. */
              at.c0 = a;
              at.c1 = endp;
            }
          /* German: "Sein Rivale, so Obama weiter, würde …", "Doch sei es, so
           * der Autor in einem Blog, ein Haufen …": the source between
           * commas (an adverb or a phrase after it) interrupts what it
           * reports, whatever the lengths of the two pieces */
          else if (run->lang->verb_second && v - 2 > a && (is_punct (run, v - 1, ',') || is_dash (run, v - 1)) &&
                   tok_at (run, v - 2)->kind == QM_TOK_WORD && tok_at (run, v - 2)->mark < 0 &&
                   (c1 = source_interruption_end (run, a, v, at.np.last, endp)) > 0)
            {
              at.c0 = a;
              at.c1 = endp;
            }
          else if (is_punct (run, v - 1, ',') || is_dash (run, v - 1))
            {
              int cut = -1;
              Attr *cut_by = NULL;

              /* "Revenue fell 4%, the company said, below forecasts,
               * according to Lumen data": the cue set off by commas before
               * has the clause before it, up to its comma; the source,
               * what follows that cue at most */
              for (guint k = first_attr; !run->lang->verb_second && k < attrs->len; k++)
                {
                  Attr *x = &g_array_index (attrs, Attr, k);
                  int e = MAX (x->cue_last, x->np.last) + 1;
                  int s0 = MIN (x->cue_first, x->np.first) - 1;

                  if (!x->model && x->np.kind != QM_NP_NONE && s0 > a && x->c0 == a && e < v - 1 &&
                      is_punct (run, s0, ',') && is_punct (run, e, ','))
                    {
                      cut = e + 1;
                      cut_by = x;
                    }
                }
              if (cut >= v - 1)
                continue;
              if (cut_by != NULL && cut_by->c1 > cut)
                cut_by->c1 = MIN (cut_by->cue_first, cut_by->np.first) - 1;
              at.c0 = cut >= 0 ? cut : a;
              at.c1 = v - 1;
              /* "…, which stood at 263, according to the count": what the
               * source reports is the relative clause. */
              for (int k = v - 2; k > a; k--)
                if (is_punct (run, k, ',') || tok_at (run, k)->mark >= 0)
                  {
                    if (is_punct (run, k, ',') && tok_at (run, k + 1)->kind == QM_TOK_WORD &&
                        (tok_at (run, k + 1)->words & QM_WORD_RELATIVE) && (tok_at (run, k + 1)->flags & QM_TOK_LOWER))
                      at.c0 = k + 1;
                    break;
                  }
            }
          /* "… a “root canal,” according to her memoir." */
          else if (v - 2 > a && tok_at (run, v - 1)->kind == QM_TOK_CLOSE && is_punct (run, v - 2, ','))
            {
              at.c0 = a;
              at.c1 = v;
            }
          /* "„… .“ so die Betreiber.": right after a quotation that ended
           * its sentence, the source is the quotation's */
          else if (run->lang->verb_second && v - 2 >= a && tok_at (run, v - 1)->kind == QM_TOK_CLOSE &&
                   is_final_punct (tok_at (run, v - 2)) && at.np.kind != QM_NP_NONE &&
                   source_end (run, at.np.first, at.np.last, endp) + 1 >= endp)
            {
              at.c0 = a;
              at.c1 = v;
            }
          else if (run->lang->verb_second)
            {
              /* "Die Themen sind nach Angaben des Leiters „…“" */
              at.c0 = at.np.last + 1;
              at.c1 = endp;
              /* "Der Abschuss soll laut dem Minister bald erfolgen": inside
               * the clause, the source gives the whole sentence, the words
               * before it too (not "…, laut dem X …", a relative) */
              if (((tok_at (run, v - 1)->kind == QM_TOK_WORD && tok_at (run, v - 1)->mark < 0) || is_punct (run, v - 1, '(')) &&
                  at.np.kind != QM_NP_PRONOUN && !inside_content (attrs, first_attr, v) &&
                  source_clause (run, a, v, endp, &c0, &c1))
                {
                  at.c0 = c0 < v ? c0 : at.c0;
                  at.c1 = c1;
                }
            }
          else
            continue;
          if (at.c1 - at.c0 < 2)
            continue;
          at.verb = v;
          g_array_append_val (attrs, at);
          v = at.np.last;
          continue;
        }

      if (t->kind == QM_TOK_PUNCT && run->lang->verb_second && v > a + 2 && t->mark < 0 && is_punct (run, v, ','))
        {
          /* "Dem Mann wird vorgeworfen, …": at the comma, the passive
           * before it */
          if ((tok_at (run, v - 1)->flags & QM_TOK_LOWER) && !inside_content (attrs, first_attr, v) &&
              passive_cue (run, a, v, endp, &at))
            {
              /* the one the verb is about spoke in no pattern of its own */
              for (guint i = first_attr; i < attrs->len; i++)
                if (g_array_index (attrs, Attr, i).c0 == at.c0)
                  g_array_remove_index (attrs, i--);
              g_array_append_val (attrs, at);
              continue;
            }
          /* "Während A erklärte, sie sei zufrieden, räumte B ein, …": at
           * the comma, the verb after it */
          if (fronted_main_verb (run, a, v + 1, b, endp, attrs, first_attr, &at))
            {
              g_array_append_val (attrs, at);
              v++;
              continue;
            }
        }
      if (is_verb (t) && inside_content (attrs, first_attr, v) && !participle_ending (run, t, 0))
        {
          QmNp coordinated;
          /* the word before the verb and the adverbs right before it: "and
           * later said" (English) */
          int cv = v > a && !run->lang->verb_second ? MAX (skip_adverbs_left (run, a, v - 1), a) : v - 1;

          /* "Cruz accuses Obama of …, and Trump says …"; "He said A and
           * said that B", "praised A and later told reporters B": the
           * sentence's subject again. */
          if (!(subject_left (run, a, v, &coordinated) &&
                (v > a && (tok_at (run, cv)->words & QM_WORD_CONJUNCTION) && (tok_at (run, cv)->flags & QM_TOK_LOWER) &&
                 !participle_ending (run, t, 0) && !run->lang->verb_second)) &&
              !(subject_left (run, a, v, &coordinated) && coordinated.first - 1 > a &&
                (is_punct (run, coordinated.first - 1, ';') ||
                 /* "…, which he says is “too old”": a cue of its own */
                 ((tok_at (run, coordinated.first - 1)->words & QM_WORD_RELATIVE) &&
                  (tok_at (run, coordinated.first - 1)->flags & QM_TOK_LOWER) && !run->lang->verb_second &&
                  coordinated.last + 1 == skip_adverbs_left (run, a, v - 1) + 1) ||
                 (is_punct (run, coordinated.first - 1, ',') &&
                  (coordinated.kind == QM_NP_PRONOUN ||
                   /* "…, Olga Strand said.": a name and a speech verb that
                    * end the sentence are a cue of their own, as a pronoun
                    * is */
                   named_cue_ends (run, coordinated.first, v, endp) ||
                   /* "…, Bundestrainer Paul Roth bezeichnete die Karten
                    * als „…“": after a comma, a name, a role or an
                    * organisation and the speech verb right after it are a
                    * main clause of their own (a relative clause ends with
                    * its verb) that holds a quotation */
                   (run->lang->verb_second && coordinated.last + 1 == v && v + 1 < b &&
                    (tok_at (run, v + 1)->kind == QM_TOK_WORD || tok_at (run, v + 1)->kind == QM_TOK_OPEN) &&
                    (coordinated.kind == QM_NP_NAME || coordinated.kind == QM_NP_ROLE ||
                     coordinated.kind == QM_NP_ORGANISATION) && has_open (run, v + 1, b)) ||
                   /* "…, Varga replied, “…”": a cue of its own */
                   (v + 2 < b && (is_punct (run, v + 1, ',') || is_punct (run, v + 1, ':')) &&
                    tok_at (run, v + 2)->kind == QM_TOK_OPEN))) ||
                 (tok_at (run, coordinated.first - 1)->words & QM_WORD_CONJUNCTION))))
            {
              Attr *x = &g_array_index (attrs, Attr, attrs->len - 1);

              /* German: "X nannte das Unglück eine Tragödie und erklärte,
               * …": a speech verb after "und" whose content follows its
               * comma has the subject of the cue whose object it follows;
               * that content ends before "und" */
              if (run->lang->verb_second && v > a + 2 && v + 2 < endp && is_punct (run, v + 1, ',') &&
                  tok_at (run, v + 1)->mark < 0 && (t->flags & QM_TOK_LOWER) &&
                  tok_at (run, v - 1)->kind == QM_TOK_WORD && (tok_at (run, v - 1)->words & QM_WORD_CONJUNCTION) &&
                  (tok_at (run, v - 1)->flags & QM_TOK_LOWER) &&
                  !(tok_at (run, v - 1)->words & (QM_WORD_COMPLEMENT | QM_WORD_ADVERB)) &&
                  x->c0 > x->cue_last && x->c0 == MAX (x->cue_last, x->np.last) + 1 && v > x->c0 + 1 && v < x->c1 &&
                  x->np.kind != QM_NP_NONE && (x->np.last < x->cue_first || x->np.first == x->cue_last + 1))
                {
                  x->c1 = v - 1;
                  /* "bestreitet den Vorwurf bis heute": an object, no
                   * content of its own */
                  if (!has_open (run, x->c0, x->c1) && x->c1 - x->c0 <= 6 && object_phrase (run, x->c0, x->c1))
                    x->silent = TRUE;
                  at.verb = at.cue_first = at.cue_last = v;
                  at.np = x->np;
                  at.c0 = v + 2;
                  at.c1 = endp;
                  g_array_append_val (attrs, at);
                  continue;
                }
              /* "An opinion concluded that A but said B": the verb after
               * the conjunction has the subject of the cue whose content
               * it is in. */
              if (!run->lang->verb_second && v > a + 1 &&
                  (((tok_at (run, cv)->words & QM_WORD_CONJUNCTION) && (tok_at (run, cv)->flags & QM_TOK_LOWER) &&
                    !(tok_at (run, cv)->words & QM_WORD_COMPLEMENT)) ||
                   /* "He suggested A, called it “…” and left": a past form
                    * after a comma, with quoted words after it */
                   (is_punct (run, v - 1, ',') && word_has_ending (run, t, &run->lang->past_endings, 3) && v + 1 < b &&
                    !(tok_at (run, v + 1)->flags & QM_TOK_CAPITAL) && has_open (run, v + 1, MIN (endp, v + 12)))) &&
                  x->c0 > x->cue_last && v >= x->c0 && v < x->c1 && x->np.kind != QM_NP_NONE)
                {
                  at.verb = at.cue_first = at.cue_last = v;
                  at.np = x->np;
                  at.c0 = content_start (run, v, endp, &override);
                  at.c1 = endp;
                  if (at.c1 - at.c0 >= 2)
                    g_array_append_val (attrs, at);
                }
              continue;
            }
        }
      /* "As the Gazette's Eva Holm put it, the mayor is …": "put it"
       * before a comma reports the words after it as a verb of speech
       * would ("put" alone is none) */
      wording = !run->lang->verb_second && v > a && v + 3 < endp && is_punct (run, v + 2, ',') && t->kind == QM_TOK_WORD &&
                t->mark < 0 && (t->flags & QM_TOK_LOWER) && word_has_role (run, t, QM_ROLE_WORDING_VERB) &&
                word_has_role (run, tok_at (run, v + 1), QM_ROLE_WORDING_OBJECT);
      /* "the report", "Trump’s comments", "his claims": nouns — but
       * "Another said", "Some say" (not "Another report said"); "a play
       * called “…”" names a title. */
      /* German "Er schlug vor, …", "„…“, kündigt Berg an.": a verb that
       * speaks only with its own particle last in its clause */
      own = run->lang->verb_second && t->kind == QM_TOK_WORD && t->mark < 0 && (t->flags & QM_TOK_LOWER) &&
            word_has_role (run, t, QM_ROLE_OWN_PARTICLE_VERB) && own_particle (run, v, endp, FALSE);
      if ((!is_verb (t) && !wording && !own) || (v + 1 < b && tok_at (run, v + 1)->kind == QM_TOK_OPEN && named_title (run, v + 1)) ||
          indefinite_named (run, a, v, b) ||
          (v > a && ((is_noun_marker (tok_at (run, v - 1)) &&
                      !(v - 1 == a && (tok_at (run, a)->flags & QM_TOK_CAPITAL) && !(tok_at (run, a)->words & QM_WORD_DEFINITE) &&
                        tok_at (run, a)->end - tok_at (run, a)->start > 3 && !(tok_at (run, a)->words & QM_WORD_PRONOUN) &&
                        (!run->lang->verb_second || (t->flags & QM_TOK_LOWER)) &&
                        !(v + 1 < b && is_verb (tok_at (run, v + 1))))) ||
                     counted_noun (run, v) || compound_noun (run, a, v))))
        continue;
      /* a verb form in that phrase is a noun */
      if (v > a && v < lead_end)
        continue;
      /* German: "stellte das Gerät vor", "hob vom Boden ab" */
      if (run->lang->verb_second && word_has_role (run, t, QM_ROLE_PARTICLE_VERB) && other_particle (run, v, endp))
        continue;
      /* German "Es gibt Zweifel daran, ob …", "In der 35. Minute gab es
       * eine Karte": an existential verb (existential-verbs) with its
       * pronoun (existential-pronouns) right before or after it says that
       * something is, not that someone spoke */
      if (word_has_role (run, t, QM_ROLE_EXISTENTIAL_VERB) &&
          ((v > a && tok_at (run, v - 1)->kind == QM_TOK_WORD && tok_at (run, v - 1)->mark < 0 &&
            word_has_role (run, tok_at (run, v - 1), QM_ROLE_EXISTENTIAL_PRONOUN)) ||
           (v + 1 < b && tok_at (run, v + 1)->kind == QM_TOK_WORD && tok_at (run, v + 1)->mark < 0 &&
            (tok_at (run, v + 1)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, v + 1), QM_ROLE_EXISTENTIAL_PRONOUN))))
        continue;
      /* "Ein Fahrer bemerkte das Feuer", "Als sie bemerkte, dass …": a
       * verb of noticing as well as of remarking says something only
       * after what was said or before a colon or quoted words, or before
       * a comma and a clause in the reported mood */
      if (word_has_role (run, t, QM_ROLE_NOTICE_VERB) && !notice_verb_speaks (run, a, v, b, endp))
        continue;
      at.verb = at.cue_first = at.cue_last = v;

      /* "Lund said A before claiming that “…”", "responded to the letter
       * by calling Berg “…”": a participle after a preposition inside the
       * content of a cue, with quoted words after it, has that cue's
       * subject. */
      if (!run->lang->verb_second && v > a && attrs->len > first_attr && participle_ending (run, t, 3) &&
          tok_at (run, v - 1)->kind == QM_TOK_WORD && (tok_at (run, v - 1)->words & QM_WORD_PREPOSITION) &&
          (tok_at (run, v - 1)->flags & QM_TOK_LOWER) && has_open (run, v + 1, MIN (endp, v + 12)))
        {
          Attr *x = &g_array_index (attrs, Attr, attrs->len - 1);

          /* not what a naming verb charges someone with: "accused them of
           * asking “…”" */
          if (!x->model && x->np.kind != QM_NP_NONE && x->c0 > x->cue_last && v - 1 > x->c0 && v < x->c1 &&
              !(tok_at (run, x->cue_last)->words & QM_WORD_NAMING))
            {
              at.np = x->np;
              at.c0 = content_start (run, v, endp, &override);
              at.c1 = endp;
              if (at.c1 - at.c0 >= 2)
                {
                  g_array_append_val (attrs, at);
                  continue;
                }
            }
        }

      /* "Die Kosten sollen „…“ sinken, heißt es in der Mitteilung", "…,
       * so heißt es im Bericht": the source follows the impersonal
       * pronoun, the content is what came before the comma */
      if (run->lang->verb_second && v > a + 2 && impersonal_source (run, v, v, b, &at.np))
        {
          int before = v - 1;

          if (word_has_role (run, tok_at (run, before), QM_ROLE_EDGE_ACCORDING))
            before--;
          if (before - a >= 2 && (is_punct (run, before, ',') || tok_at (run, before)->kind == QM_TOK_CLOSE))
            {
              at.c0 = a;
              at.c1 = tok_at (run, before)->kind == QM_TOK_CLOSE ? before + 1 : before;
              g_array_append_val (attrs, at);
              v = at.np.last;
              continue;
            }
        }

      if (!cue_ends_sentence (run, a, v, b) && (possessed_cue (run, a, v, b, &at.np) || subject_left (run, a, v, &at.np) ||
                                                 relative_clause_subject (run, a, v, &at.np)))
        {
          int r = skip_adverbs_left (run, a, v - 1);
          int comma, closing;
          /* the subject follows a relative word in lower case: "which Dunn
           * said" */
          gboolean after_relative = !run->lang->verb_second && at.np.first - 1 > a &&
                                    tok_at (run, at.np.first - 1)->kind == QM_TOK_WORD &&
                                    (tok_at (run, at.np.first - 1)->words & QM_WORD_RELATIVE) &&
                                    (tok_at (run, at.np.first - 1)->flags & QM_TOK_LOWER);
          gboolean in_relative;

          /* "The plan, which Dunn wrote, would cut pay": the relative word
           * is the cue's object, and what follows the comma the main
           * clause's */
          if (after_relative && v + 1 < endp && is_punct (run, v + 1, ',') && at.np.kind != QM_NP_PRONOUN)
            continue;
          in_relative = after_relative && is_punct (run, at.np.first - 2, ',');
          at.c0 = content_start (run, v, endp, &override);
          at.c1 = endp;
          if (wording)
            {
              at.cue_last = v + 1;
              at.c0 = v + 3;
            }
          /* "The ferry is widely expected to run again", "which is
           * expected to come on Monday": a passive participle before an
           * infinitive is the writer's hedge about its subject; the
           * clause from the subject on is the content, with no speaker */
          else if (!run->lang->verb_second && at.c0 == v + 1 && v + 2 < endp && at.np.kind != QM_NP_NONE &&
                   tok_at (run, v + 1)->kind == QM_TOK_WORD && (tok_at (run, v + 1)->flags & QM_TOK_LOWER) &&
                   word_has_role (run, tok_at (run, v + 1), QM_ROLE_INFINITIVE) && passive_before (run, at.np.last, v) &&
                   /* not "is reported to have called …": a speech verb
                    * of the subject's own */
                   !is_verb (tok_at (run, v + 2)) && !(v + 3 < endp && is_verb (tok_at (run, v + 3))))
            {
              at.c0 = at.np.first;
              at.np.first = at.np.last = v;
              at.np.kind = QM_NP_NONE;
            }
          /* "It was also warned that …", "where, it is said, …": an
           * impersonal pronoun (impersonal-pronouns) as the subject of the
           * passive names no one who speaks */
          if (!run->lang->verb_second && at.np.first == at.np.last && at.np.last < v &&
              word_has_role (run, tok_at (run, at.np.first), QM_ROLE_IMPERSONAL_PRONOUN) &&
              passive_between (run, at.np.last + 1, v))
            {
              QmNp agent;

              at.np.first = at.np.last = v;
              at.np.kind = QM_NP_NONE;
              /* "It was suggested by earlier studies that …": the agent
               * before the content speaks */
              if (at.c0 > v + 2 && tok_at (run, v + 1)->kind == QM_TOK_WORD && (tok_at (run, v + 1)->flags & QM_TOK_LOWER) &&
                  word_has_role (run, tok_at (run, v + 1), QM_ROLE_AGENT) && _qm_np_right (run, v + 2, at.c0, &agent) &&
                  agent.kind != QM_NP_NONE && agent.kind != QM_NP_PRONOUN && agent.last + 1 == at.c0)
                at.np = agent;
            }
          /* "Fiorina said Monday.", "… said Monday that …" */
          if (at.c0 == v + 1 && skip_time (run, at.c0, endp) > at.c0)
            {
              int after = skip_time (run, at.c0, endp);

              if (after >= endp || is_final_punct (tok_at (run, after)))
                at.c0 = endp;
              else if (tok_at (run, after)->words & QM_WORD_COMPLEMENT)
                at.c0 = after + 1;
              /* "said Tuesday his plan would …", "said on Friday he met
               * …": a clause without "that" right after the time, whose
               * subject a pronoun or a determiner opens, is the content;
               * the time is not */
              else if (tok_at (run, after)->kind == QM_TOK_WORD && tok_at (run, after)->mark < 0 &&
                       (tok_at (run, after)->flags & QM_TOK_LOWER) &&
                       (tok_at (run, after)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)) &&
                       !(tok_at (run, after)->words & QM_WORD_PREPOSITION) && after + 1 < endp)
                at.c0 = after;
              else if (tok_at (run, after)->kind == QM_TOK_WORD && (tok_at (run, after)->words & QM_WORD_PREPOSITION))
                {
                  /* "said Thursday during a visit to the harbour, that …":
                   * the place and the occasion come before the content. */
                  int k = after + 1;

                  while (k < endp && k < after + 20 && tok_at (run, k)->mark < 0 &&
                         (tok_at (run, k)->kind == QM_TOK_WORD || is_punct (run, k, ',')) &&
                         !(tok_at (run, k)->words & (QM_WORD_COMPLEMENT | QM_WORD_VERB)))
                    k++;
                  if (k < endp && k < after + 20 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
                      (tok_at (run, k)->words & QM_WORD_COMPLEMENT) && (tok_at (run, k)->flags & QM_TOK_LOWER))
                    at.c0 = k + 1;
                }
            }
          /* "“We will win,” she told reporters on her plane": after the
           * quotation, the words after the cue say where and to whom it
           * was said; they are content only when "that", a comma or a
           * colon introduces them. The quotation is the cue's (cue_after());
           * the words stay a pattern's content, which a participle after
           * them continues ("…, adding that …"), but are not reported. */
          at.silent = at.c0 < endp && quote_before_subject (run, a, at.np.first) &&
                      !content_introduced (run, v, at.c0) && !has_open (run, at.c0, endp);
          /* "While Ramos said that …, he appears …": the content ends with
           * the subordinate clause the cue is in. */
          for (int k = at.np.first - 1; k >= a && k >= at.np.first - 8 && at.c0 < endp; k--)
            {
              if (is_punct (run, k, ',') || tok_at (run, k)->mark >= 0)
                break;
              if (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_SUBORDINATE))
                {
                  for (int j = at.c0 + 1; j < at.c1; j++)
                    if (is_punct (run, j, ',') && tok_at (run, j)->mark < 0)
                      {
                        at.c1 = j;
                        break;
                      }
                  break;
                }
            }
          /* "which he says is “too old”": the relative word opens it */
          if (at.np.first - 1 > a && (tok_at (run, at.np.first - 1)->words & QM_WORD_RELATIVE) &&
              (tok_at (run, at.np.first - 1)->flags & QM_TOK_LOWER) && at.np.kind != QM_NP_NONE &&
              at.c0 == v + 1 && at.c0 < endp && tok_at (run, at.c0)->kind == QM_TOK_WORD && !run->lang->verb_second &&
              has_open (run, at.c0, MIN (endp, at.c0 + 8)))
            at.c0 = at.np.first - 1;
          /* "If the rules stop the ferry, Lund said, the town
           * must change the rules": the cue interrupts its content. Not with
           * verb second, where the subject of an interrupting cue follows
           * its verb ("…, sagte Weber, …"): "Der Sprecher der Feuerwehr,
           * Tobias Kranz, sagte, …" is a role and its name in apposition */
          if (!run->lang->verb_second && at.np.first - 1 > a + 1 && is_punct (run, at.np.first - 1, ',') && v + 1 < endp &&
              (comma = verb_adjunct_comma (run, v, endp)) > v && at.c0 > v && at.c0 <= comma + 1 &&
              /* not a participle's phrase: "a book calling for more aid, …" */
              (at.c0 == comma + 1 || (comma > v + 1 && !participle_ending (run, tok_at (run, v), 3))) &&
              comma + 1 < endp && at.np.first - a < MAX_CONTENT &&
              !has_open (run, a, at.np.first) &&
              (tok_at (run, comma + 1)->kind != QM_TOK_OPEN ||
               /* "Along the coast, he said, “we don't know …” …": a
                * quotation in lower case goes on with it */
               (!run->lang->verb_second && comma + 2 < endp && tok_at (run, comma + 2)->kind == QM_TOK_WORD &&
                (tok_at (run, comma + 2)->flags & QM_TOK_LOWER) && at.np.first - 2 > a &&
                /* not after a lone adverb ("Still, she said, “we …”") nor
                 * one word that leads into it ("…, including, he said,
                 * “…”") */
                tok_at (run, at.np.first - 2)->kind == QM_TOK_WORD &&
                !(tok_at (run, at.np.first - 2)->words &
                  (QM_WORD_ADVERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT)) &&
                !ly_adverb (run, at.np.first - 2, at.np.first - 2) &&
                !participle_ending (run, tok_at (run, at.np.first - 2), 3) && !has_speech_verb (run, a, at.np.first))))
            at.c0 = a;
          /* "“Only you, Tom,” she said, would use …", "“It was bad luck,” he
           * said, that both …": after a quotation that the cue interrupts,
           * its content goes on in lower case with an auxiliary
           * (auxiliaries) or a "that": one mixed quotation */
          else if (!run->lang->verb_second && at.np.first - 1 > a + 1 && tok_at (run, a)->kind == QM_TOK_OPEN &&
                   at.np.first - a < MAX_CONTENT &&
                   at.np.first - 1 == close_token_of_mark (run, a + 1, at.np.first, tok_at (run, a)->mark) &&
                   is_punct (run, at.np.first - 2, ',') && v + 1 < endp &&
                   /* "she said on Friday, would use …": a time or a
                    * medium phrase before the comma */
                   (comma = verb_adjunct_comma (run, v, endp)) > v && comma + 2 < endp && at.c0 > v &&
                   tok_at (run, comma + 1)->kind == QM_TOK_WORD && tok_at (run, comma + 1)->mark < 0 &&
                   (tok_at (run, comma + 1)->flags & QM_TOK_LOWER) && !has_open (run, comma + 1, endp) &&
                   (((tok_at (run, comma + 1)->words & QM_WORD_COMPLEMENT) && (comma > v + 1 || at.c0 == comma + 2) &&
                     tok_at (run, comma + 2)->kind == QM_TOK_WORD) ||
                    ((comma > v + 1 || at.c0 == comma + 1) && word_has_role (run, tok_at (run, comma + 1), QM_ROLE_AUXILIARY) &&
                     tok_at (run, comma + 2)->kind == QM_TOK_WORD && (tok_at (run, comma + 2)->flags & QM_TOK_LOWER))))
            at.c0 = a;
          /* "“A,” she said, and “B”", "A, Roos said, while others “…”": a
           * conjunction goes on with what the cue interrupted, up to a
           * quotation. */
          /* "“If not for that” by the allies, Varga said on Monday, “we
           * would …”": a mixed part, the cue, and a quotation. */
          else if (at.np.first - 1 > a + 1 && is_punct (run, at.np.first - 1, ',') && at.c0 < endp &&
                   tok_at (run, at.c0)->kind == QM_TOK_OPEN && is_punct (run, at.c0 - 1, ',') &&
                   at.c0 - v < 12 && at.np.first - a < MAX_CONTENT && !run->lang->verb_second &&
                   has_open (run, a, at.np.first) && content_mark (run, a, at.np.first - 1) < 0 &&
                   /* not a fronted phrase: "On the show “Morning Live”
                    * Tuesday, he said, “…”" */
                   !(tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->words & QM_WORD_PREPOSITION)))
            at.c0 = a;
          else if (at.np.first - 1 > a + 1 &&
                   (is_punct (run, at.np.first - 1, ',') ||
                    (tok_at (run, at.np.first - 1)->kind == QM_TOK_CLOSE && is_punct (run, at.np.first - 2, ','))) &&
                   v + 2 < endp && !run->lang->verb_second &&
                   /* "she said on Friday, and “…”" */
                   (comma = verb_adjunct_comma (run, v, endp)) > v && comma + 1 < endp &&
                   tok_at (run, comma + 1)->kind == QM_TOK_WORD &&
                   (tok_at (run, comma + 1)->words & QM_WORD_CONJUNCTION) && (tok_at (run, comma + 1)->flags & QM_TOK_LOWER) &&
                   !(tok_at (run, comma + 1)->words & QM_WORD_COMPLEMENT) && at.np.first - a < MAX_CONTENT &&
                   has_open (run, comma + 2, MIN (endp, comma + 12)) &&
                   /* not "said on Monday, though she added, “…”" */
                   (comma == v + 1 || !has_speech_verb (run, comma + 2, MIN (endp, comma + 12))))
            at.c0 = a;
          /* "Berg, who endorsed Lund on Thursday, is making …" */
          if (r >= a && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_RELATIVE))
            at.mention = r;
          if (at.mention >= 0)
            {
              for (int k = at.c0; k < at.c1; k++)
                if (is_punct (run, k, ',') && tok_at (run, k)->mark < 0)
                  {
                    at.c1 = k;
                    break;
                  }
                else if (tok_at (run, k)->kind == QM_TOK_CLOSE && k > at.c0 && is_punct (run, k - 1, ','))
                  {
                    /* “…,” — the comma inside the closing mark */
                    at.c1 = k + 1;
                    break;
                  }
            }
          /* "A witness who asked not to be named said …": without a
           * comma, a speech verb in lower case right after a passive
           * participle is the verb of the antecedent's own sentence; the
           * relative clause of the cue ends before it */
          if (!run->lang->verb_second && r >= a && tok_at (run, r)->kind == QM_TOK_WORD &&
              (tok_at (run, r)->words & QM_WORD_RELATIVE) && (tok_at (run, r)->flags & QM_TOK_LOWER))
            for (int k = at.c0 + 1; k + 1 < at.c1; k++)
              {
                QmTok *p = tok_at (run, k - 1), *u = tok_at (run, k);

                if (p->mark >= 0 || u->mark >= 0)
                  break;
                if (u->kind == QM_TOK_WORD && (u->words & QM_WORD_VERB) && (u->flags & QM_TOK_LOWER) &&
                    passive_participle_at (run, k - 1))
                  {
                    at.c1 = k;
                    break;
                  }
              }
          if (override.kind != QM_NP_NONE)
            at.np = override;
          /* "…,” Lund, a spokesman, said in Fresno, Calif.": a place's
           * state after a comma that ends the sentence is no content */
          if (!run->lang->verb_second && at.c0 + 1 == endp && at.c1 == endp && at.c0 > v + 1 &&
              is_punct (run, at.c0 - 1, ',') && tok_at (run, at.c0)->kind == QM_TOK_WORD &&
              (tok_at (run, at.c0)->flags & QM_TOK_CAPITAL) && tok_at (run, at.c0)->mark < 0 &&
              tok_at (run, at.c0 - 2)->kind == QM_TOK_WORD && (tok_at (run, at.c0 - 2)->flags & QM_TOK_CAPITAL))
            at.c0 = endp;
          /* "“…,” Lund said dryly.": an adverb in -ly alone after the verb
           * is no content either */
          else if (at.c0 + 1 == endp && at.c1 == endp && at.c0 == v + 1 && ly_adverb (run, v, at.c0))
            at.c0 = endp;
          /* "She remembers the night of the storm": a clause-verb with a
           * noun object reports nothing; nor does a tally-verb with a
           * counted one ("Silva added a third in stoppage time") */
          if (!run->lang->verb_second && at.c0 == v + 1 && at.c1 == endp && noun_object (run, v, at.c0, at.c1))
            continue;
          /* "…, wie Brandt von der Zeitung zitiert wird." — an auxiliary
           * alone after the verb is no content */
          if (run->lang->verb_second && at.c0 == v + 1 && at.c0 + 1 == endp && word_has_role (run, t, QM_ROLE_QUOTING_VERB) &&
              tok_at (run, at.c0)->kind == QM_TOK_WORD &&
              (tok_at (run, at.c0)->flags & QM_TOK_LOWER) && tok_at (run, at.c0)->mark < 0 &&
              word_has_role (run, tok_at (run, at.c0), QM_ROLE_PASSIVE_AUXILIARY))
            at.c0 = endp;
          /* "…, hatte Weber damals gesagt und auf … verwiesen": after the
           * verb that ends such a clause, "und" joins another verb, no
           * content */
          if (run->lang->verb_second && at.c0 > v && at.c0 <= v + 2 && at.c0 < endp && at.np.first - 2 > a &&
              tok_at (run, v + 1)->kind == QM_TOK_WORD && (tok_at (run, v + 1)->words & QM_WORD_CONJUNCTION) &&
              (tok_at (run, v + 1)->flags & QM_TOK_LOWER) && !(tok_at (run, v + 1)->words & QM_WORD_COMPLEMENT) &&
              aux_after_comma (run, at.np.first - 1, &at.np))
            at.c0 = endp;
          if (at.c0 >= endp)
            {
              /* "…, X said." — the content is what came before. */
              int before = at.np.first - 1;

              if (before - a < 2)
                continue;
              /* "Last week, X called on …", "In December, X wrote about
               * …": in English three words or fewer before the subject say
               * when or where, not what. */
              if (before - a < 4 && !run->lang->verb_second && !has_open (run, a, before + 1) &&
                  !short_clause (run, a, before))
                continue;
              /* "Earlier in the week, X called for …", "In an interview
               * with a radio station on Sunday, X said …", "Following the
               * vote on Tuesday, X called on …": a phrase an adverb or a
               * preposition (also of phrase-prepositions) opens, without a
               * verb, before the subject's comma says when or where, not
               * what */
              if (!run->lang->verb_second && before - a < 12 && is_punct (run, before, ',') &&
                  tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
                  (tok_at (run, a)->words & (QM_WORD_ADVERB | QM_WORD_PREPOSITION | QM_WORD_PHRASE_PREPOSITION)) &&
                  !has_open (run, a, before + 1))
                {
                  gboolean verb = FALSE;

                  for (int k = a + 1; k < before && !verb; k++)
                    verb = tok_at (run, k)->kind == QM_TOK_WORD && ((tok_at (run, k)->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT)) ||
                                                                   word_has_role (run, tok_at (run, k), QM_ROLE_AUXILIARY));
                  if (!verb)
                    continue;
                }
              /* "When Lund arrived at the pier, a man yelled at her.": a
               * subordinate clause that opens the sentence and ends at the
               * subject's comma, before a verb that words of its own follow,
               * is when or why, not what was said */
              if (!run->lang->verb_second && is_punct (run, before, ',') && tok_at (run, a)->kind == QM_TOK_WORD &&
                  (tok_at (run, a)->flags & QM_TOK_CAPITAL) && (tok_at (run, a)->words & QM_WORD_SUBORDINATE) &&
                  skip_time (run, v + 1, endp) < endp && tok_at (run, skip_time (run, v + 1, endp))->kind == QM_TOK_WORD &&
                  !has_open (run, a, before + 1))
                {
                  gboolean inner = FALSE;

                  for (int k = a + 1; k < before && !inner; k++)
                    inner = is_punct (run, k, ',') || is_punct (run, k, ';') || is_dash (run, k);
                  if (!inner)
                    continue;
                }
              /* German "Der Sprecher des Ministeriums, Hendrik Vosskamp,
               * kündigte … an", "Der frühere Senator, Tim Roth (SPD),
               * warnte …": a few words without a verb before the subject's
               * comma, and a comma after the subject, are its apposition,
               * not what was said; the cue stays, silent, for its subject
               * to be known */
              if (run->lang->verb_second && is_punct (run, before, ',') && before - a <= 10 &&
                  is_punct (run, skip_parenthesis (run, at.np.last + 1, endp), ','))
                {
                  gboolean phrase = TRUE;

                  for (int k = a; k < before && phrase; k++)
                    phrase = tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
                             !(tok_at (run, k)->words & (QM_WORD_VERB | QM_WORD_REPORTED_MOOD | QM_WORD_COMPLEMENT |
                                                         QM_WORD_RELATIVE)) &&
                             !word_has_role (run, tok_at (run, k), QM_ROLE_AUXILIARY);
                  at.silent = phrase;
                }
              at.c0 = a;
              if (tok_at (run, before)->kind == QM_TOK_CLOSE)
                at.c1 = before + 1;
              else if (is_punct (run, before, ',') || is_dash (run, before))
                at.c1 = before;
              /* Verb last: "…, wie Roth der Zeitung sagte." — the clause
               * that a conjunction opens after the comma ends with the cue */
              else if (run->lang->verb_second && before - 1 > a + 1 && tok_at (run, before)->kind == QM_TOK_WORD &&
                       (tok_at (run, before)->words & QM_WORD_CONJUNCTION) && (tok_at (run, before)->flags & QM_TOK_LOWER) &&
                       !(tok_at (run, before)->words & QM_WORD_COMPLEMENT) && is_punct (run, before - 1, ',') &&
                       tok_at (run, before - 1)->mark < 0 &&
                       /* not "…, falls das Gericht ihnen Recht gibt" */
                       (!(run->lang->roles_listed & QM_ROLE_REPORT_CONJUNCTION) ||
                        word_has_role (run, tok_at (run, before), QM_ROLE_REPORT_CONJUNCTION)))
                at.c1 = before - 1;
              /* "…, hatte Weber damals gesagt." — an auxiliary after the
               * comma, the subject, and the verb that ends the sentence */
              else if (run->lang->verb_second && before - 1 > a + 1 && aux_after_comma (run, before, &at.np))
                at.c1 = before - 1;
              else
                continue;
            }
          else if (at.c1 - at.c0 < 2)
            continue;
          /* "she said, speaking at a rally", "he said, citing a report": a
           * participle after the cue and its comma opens a clause of the
           * reporter's, not what was said */
          else if (!run->lang->verb_second && at.c0 == v + 2 && is_punct (run, v + 1, ',') &&
                   tok_at (run, at.c0)->mark < 0 && (tok_at (run, at.c0)->flags & QM_TOK_LOWER) &&
                   participle_ending (run, tok_at (run, at.c0), 3))
            continue;
          /* German: "Die Opposition kritisierte den Plan", "Keller wies die
           * Kritik zurück", "lobte dagegen seine Mannschaft" — a noun
           * phrase (and a verb particle), or a few words without a verb,
           * after the verb are its object, not a clause that was said */
          if (run->lang->verb_second && at.c0 == v + 1)
            {
              int e = at.c0;

              /* "zeigte sich zufrieden: „…“" — up to a colon */
              while (e < at.c1 && e < at.c0 + 7 && !is_punct (run, e, ':'))
                e++;
              if (!has_open (run, at.c0, at.c1) && object_after_verb (run, at.c0, at.c1))
                continue;
              if ((e - at.c0 <= 4 && (e == at.c1 || is_punct (run, e, ':')) && object_only (run, at.c0, e)) ||
                  (e == at.c1 && e - at.c0 <= 6 && object_phrase (run, at.c0, e)))
                {
                  if (e == at.c1)
                    continue;
                  at.c0 = e + 1;
                }
              /* "forderte die Bürger auf, die Brücke zu meiden", "forderte
               * Berg dazu auf, …" — an object and a verb particle
               * (other-particles) before the comma: what was said follows
               * the comma */
              else
                {
                  int p = at.c0 + 1;

                  while (p < at.c1 && p < at.c0 + 6 && tok_at (run, p)->kind == QM_TOK_WORD && tok_at (run, p)->mark < 0 &&
                         !(tok_at (run, p)->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_REPORTED_MOOD | QM_WORD_CONJUNCTION)) &&
                         !((tok_at (run, p)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, p), QM_ROLE_OTHER_PARTICLE)))
                    p++;
                  if (p + 2 < at.c1 && tok_at (run, p)->kind == QM_TOK_WORD && tok_at (run, p)->mark < 0 &&
                      (tok_at (run, p)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, p), QM_ROLE_OTHER_PARTICLE) &&
                      is_punct (run, p + 1, ',') && tok_at (run, p + 1)->mark < 0 &&
                      /* not "kündigte einen Wagen an, der …": a relative clause */
                      !(((tok_at (run, p + 2)->words & QM_WORD_RELATIVE) || word_has_role (run, tok_at (run, p + 2), QM_ROLE_SUBJECT_RELATIVE)) &&
                        !(tok_at (run, p + 3)->flags & QM_TOK_CAPITAL)) &&
                      tok_at (run, at.c0)->kind == QM_TOK_WORD &&
                      tok_at (run, at.c0)->mark < 0 &&
                      !(tok_at (run, at.c0)->words & (QM_WORD_VERB | QM_WORD_COMPLEMENT | QM_WORD_REPORTED_MOOD | QM_WORD_CONJUNCTION)))
                    at.c0 = p + 2;
                }
            }
          /* "The plan, which Dunn said would cut pay, was dropped": the
           * relative clause set off by commas ends the content */
          if (in_relative && at.c0 > v)
            for (int k = at.c0 + 1; k < at.c1; k++)
              if (is_punct (run, k, ',') && tok_at (run, k)->mark < 0)
                {
                  at.c1 = k;
                  break;
                }
          /* "“…,” Lund said on Tuesday, as the crowd cheered": the cue
           * reports the quotation before it, that opens the sentence, as
           * "“…,” said Lund, as …" does, not the clause after it */
          if (!run->lang->verb_second && (closing = aside_after_quotation_cue (run, &at.np, at.c0, at.c1)) >= 0)
            {
              if (tok_at (run, a)->kind != QM_TOK_OPEN || tok_at (run, a)->mark != tok_at (run, closing)->mark)
                continue;
              at.c0 = a;
              at.c1 = closing + 1;
            }
          object_participle_subject (run, a, v, &at.np);
          g_array_append_val (attrs, at);
          continue;
        }

      /* "…,” said Pavel Roos" / "…“, sagte der Minister" — not "…“,
       * wonach der Minister …", a clause of its own */
      if (v > a && !participle_ending (run, t, 0) && !(t->words & QM_WORD_RELATIVE) &&
          (is_punct (run, v - 1, ',') ||
           (tok_at (run, v - 1)->kind == QM_TOK_CLOSE &&
            !(run->lang->verb_second && determined_quoted_name (run, a, v - 1)))) &&
          (_qm_np_right (run, v + 1, b, &at.np) ||
           /* "…, teilte später der Direktor mit." */
           (run->lang->verb_second && v + 2 < b && tok_at (run, v + 1)->kind == QM_TOK_WORD &&
            (tok_at (run, v + 1)->flags & QM_TOK_LOWER) && (tok_at (run, v + 1)->words & QM_WORD_ADVERB) &&
            !(tok_at (run, v + 1)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_VERB | QM_WORD_PREPOSITION |
                                            QM_WORD_CONJUNCTION)) &&
            _qm_np_right (run, v + 2, b, &at.np) && at.np.kind != QM_NP_PRONOUN &&
            clause_ends_after_subject (run, at.np.last, endp)) ||
           /* "…, sagte am Montag die Ministerin." */
           (run->lang->verb_second && skip_verb_adjunct (run, v + 1, b) > v + 1 &&
            _qm_np_right (run, skip_verb_adjunct (run, v + 1, b), b, &at.np) && adjunct_subject (run, &at.np) &&
            adjunct_subject_ends (run, at.np.last, b))) &&
          at.np.kind != QM_NP_NONE &&
          /* German "…, nannte den Fund „…“": a phrase an oblique article
           * opens is the object, no subject that speaks (a dative before
           * the subject is passed over later: "widersprach der
           * Senatorin ein Kollege") */
          !(run->lang->verb_second && oblique_object (run, &at.np, b)) &&
          !(tok_at (run, at.np.last)->flags & QM_TOK_POSSESSIVE) &&
          (at.np.kind != QM_NP_PRONOUN || at.np.last + 1 >= b || tok_at (run, at.np.last + 1)->kind == QM_TOK_PUNCT ||
           /* "…, fügte sie hinzu.", "…, she said quietly." */
           ((tok_at (run, at.np.last + 1)->flags & QM_TOK_LOWER) && tok_at (run, at.np.last + 1)->mark < 0 &&
            (at.np.last + 2 >= b || is_final_punct (tok_at (run, at.np.last + 2)))) ||
           /* German "…, sagte er der Deutschen Presse-Agentur.": after a
            * verb that takes the one told (object-verbs), a definite
            * article in lower case opens them, then the sentence ends */
           (run->lang->verb_second && (tok_at (run, at.np.last + 1)->flags & QM_TOK_LOWER) &&
            tok_at (run, at.np.last + 1)->mark < 0 &&
            (((t->words & QM_WORD_OBJECT_VERB) && (tok_at (run, at.np.last + 1)->words & QM_WORD_DEFINITE)) ||
             /* "…, sagte er laut der Zeitung „Blatt“.": where the words
              * were heard */
             ((tok_at (run, at.np.last + 1)->words & QM_WORD_ACCORDING) &&
              according_after_speech (run, a, at.np.last + 1, b)) ||
             /* "…, erklärten sie in einer Stellungnahme.": any phrase
              * when what came before is in the Konjunktiv */
             mood_sentence (run, a, v - 1)) &&
            clause_ends_after_subject (run, at.np.last, endp))))
        {
          int before = v - 1;

          /* "Auf die Frage, ob …, antwortete Holm: „Nein.“": a colon after
           * the subject introduces what follows, and what came before the
           * cue is no content */
          if (at.np.last + 1 < b && is_punct (run, at.np.last + 1, ':') && tok_at (run, before)->kind != QM_TOK_CLOSE)
            continue;
          at.c0 = a;
          at.c1 = tok_at (run, before)->kind == QM_TOK_CLOSE ? before + 1 : before;
          if (at.c1 > at.c0 && tok_at (run, at.c1 - 1)->kind != QM_TOK_CLOSE &&
              before - 1 >= a && tok_at (run, before - 1)->kind == QM_TOK_CLOSE)
            at.c1 = before;
          if (at.c1 - at.c0 < 2)
            continue;
          g_array_append_val (attrs, at);
          v = at.np.last;
          /* German "Die Bürger seien gefragt worden, sagte sie, nur wolle
           * die Partei nichts hören.": a clause in the Konjunktiv after
           * the cue's comma goes on with the words of its speaker, a
           * quotation of its own, when what came before is reported so
           * too (not "In einer Rede, die …, sagte X, man werde …") */
          if (run->lang->verb_second && at.np.last + 3 < endp && is_punct (run, at.np.last + 1, ',') &&
              mood_sentence (run, at.c0, at.c1) && tok_at (run, a)->kind == QM_TOK_WORD &&
              !(tok_at (run, a)->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)) &&
              tok_at (run, at.np.last + 1)->mark < 0 && !has_open (run, at.np.last + 2, endp) &&
              tok_at (run, at.np.last + 2)->kind == QM_TOK_WORD &&
              !(tok_at (run, at.np.last + 2)->words & (QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)) &&
              mood_sentence (run, at.np.last + 2, endp))
            {
              Attr more = at;

              more.c0 = at.np.last + 2;
              more.c1 = endp;
              g_array_append_val (attrs, more);
              v = endp - 1;
            }
          continue;
        }

      /* Verb second: "Nach der Sitzung sagte Schily: „…“" */
      if (run->lang->verb_second && v > a)
        {
          int r = v + 1;
          gboolean fronted;

          while (r < b && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_ADVERB))
            r++;
          /* "Zum Ergebnis sagte am Abend die Ministerin: „…“": past a
           * phrase that a preposition opens, to the subject, where a
           * phrase of a few words that a preposition opens, or an adverb
           * alone, is fronted (not "Der Verband begrüßte in einer
           * Mitteilung die Entscheidung", "Auch der Präsident, …, bezeichnete
           * in einem Fax die Wahl …") */
          fronted = tok_at (run, a)->kind == QM_TOK_WORD && !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)) &&
                    (((tok_at (run, a)->words & QM_WORD_ADVERB) && v == a + 1) ||
                     ((tok_at (run, a)->words & QM_WORD_PREPOSITION) && v - a <= 8));

          for (int k = a + 1; k < v && fronted; k++)
            fronted = tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0;
          if (fronted && skip_verb_adjunct (run, v + 1, b) > v + 1 && _qm_np_right (run, skip_verb_adjunct (run, v + 1, b), b, &at.np) &&
              adjunct_subject (run, &at.np))
            r = skip_verb_adjunct (run, v + 1, b);
          if ((_qm_np_right (run, r, b, &at.np) && !(tok_at (run, at.np.last)->flags & QM_TOK_POSSESSIVE) &&
               !(tok_at (run, at.np.first)->kind == QM_TOK_WORD && (tok_at (run, at.np.first)->words & QM_WORD_OBLIQUE))) ||
              (r == v + 1 && impersonal_source (run, a, v, endp, &at.np) && at.np.last < v))
            {
              int from = at.np.last > v ? at.np.last : v + 1;

              /* "sagte ein Sprecher der Stadt: „…“": the genitives after the
               * subject belong to it, no content */
              if (at.np.last > v && at.np.kind != QM_NP_PRONOUN)
                {
                  int g = skip_genitives (run, from + 1, endp);
                  gboolean marked = FALSE;

                  for (int k = from + 1; k < g && !marked; k++)
                    marked = tok_at (run, k)->mark >= 0;
                  if (g > from + 1 && !marked && g < endp && (is_punct (run, g, ':') || is_punct (run, g, ',')))
                    from = g - 1;
                  /* "sagte der Sprecher der Initiative, Bernd Osterwald:
                   * „…“": a name in apposition before the colon is the
                   * subject's, no content */
                  if (at.np.kind == QM_NP_ROLE && is_punct (run, from + 1, ',') && from + 3 < endp)
                    {
                      QmNp name;

                      if (_qm_np_right (run, from + 2, endp, &name) && name.kind == QM_NP_NAME &&
                          name.last > name.first && tok_at (run, name.first)->mark < 0 &&
                          !(tok_at (run, name.first)->words & QM_WORD_DETERMINER) && name.last + 1 < (int)run->toks->len &&
                          is_punct (run, name.last + 1, ':'))
                        from = name.last;
                    }
                }
              /* "Im Bericht heißt es, …": the content follows the pronoun. */
              at.c0 = content_start (run, from, endp, &override);
              at.c1 = endp;
              /* "„…“, sagte sie der Zeitung.": words without a verb right
               * after the subject are an object, no content — unless
               * Konjunktiv sentences after it are what was said ("Als
               * Beispiel nannte der Schiedsrichter das Spiel. Der Betreuer
               * habe …") */
              if (at.c0 == from + 1 && at.c1 - at.c0 <= 6 && object_phrase (run, at.c0, at.c1) &&
                  !(b < (int)run->toks->len && mood_sentence (run, b, sentence_end (run, b, (int)run->toks->len))))
                continue;
              if (at.c1 - at.c0 >= 2)
                {
                  g_array_append_val (attrs, at);
                  v = MAX (v, at.np.last);
                  continue;
                }
            }
        }

      /* "telling CNN that …" after a clause without a cue: its subject
       * ("…, Berg said, adding …" continues the cue before it, below). */
      if (v > a && is_punct (run, v - 1, ',') && participle_ending (run, t, 0) &&
          (attrs->len == first_attr ||
           (g_array_index (attrs, Attr, attrs->len - 1).c1 <= v - 1 &&
            (run->lang->verb_second || !cue_after_content (&g_array_index (attrs, Attr, attrs->len - 1), v)))))
        {
          /* "He was late, she said, adding …": a cue right before the comma
           * with its own subject after a comma */
          if ((v - 2 > a && is_verb (tok_at (run, v - 2)) && cue_subject_after_comma (run, a, v - 2, &at.np)) ||
              clause_subject (run, a, v, &at.np))
            {
              at.c0 = content_start (run, v, endp, &override);
              at.c1 = endp;
              if (at.c1 - at.c0 >= 2)
                {
                  g_array_append_val (attrs, at);
                  continue;
                }
            }
        }

      /* "adding that …": a participle continues the sentence's speaker. */
      if (v > a && is_punct (run, v - 1, ',') && attrs->len > 0 &&
          participle_ending (run, t, 0))
        {
          Attr *prev = &g_array_index (attrs, Attr, attrs->len - 1);

          /* "…, Roos said, noting that …", also after a longer clause */
          if ((prev->c1 > v - 1 && prev->c0 < v) ||
              (prev->cue_first >= a && prev->c1 <= prev->cue_first && MAX (prev->cue_last, prev->np.last) < v &&
               v - MAX (prev->cue_last, prev->np.last) <= 20))
            {
              QmNp override2;

              at.np = prev->np;
              at.c0 = content_start (run, v, endp, &override2);
              at.c1 = endp;
              if (at.c1 - at.c0 < 2)
                continue;
              g_array_append_val (attrs, at);
            }
        }
    }

  if (run->lang->reported_model != NULL || run->candidate_func != NULL)
    model_candidates (run, a, endp, attrs, first_attr);

  /* What one cue reports is at most a few hundred words; the bound keeps
   * the passes below linear in pathological sentences. */
  for (guint i = first_attr; i < attrs->len; i++)
    {
      Attr *x = &g_array_index (attrs, Attr, i);

      if (x->c1 - x->c0 > MAX_CONTENT)
        {
          if (x->c0 == a && x->c1 < endp)
            x->c0 = x->c1 - MAX_CONTENT;
          else
            x->c1 = x->c0 + MAX_CONTENT;
        }
    }

  /* "asserted that the town had lost its soul: “…,” he claimed" — a colon
   * before a quotation ends the reported content. */
  for (guint i = first_attr; i < attrs->len; i++)
    {
      Attr *x = &g_array_index (attrs, Attr, i);

      for (int k = x->c0 + 1; k + 1 < x->c1; k++)
        if (is_punct (run, k, ':') && tok_at (run, k + 1)->kind == QM_TOK_OPEN)
          {
            int close = close_token_of_mark (run, k + 2, b, tok_at (run, k + 1)->mark);
            Attr other;

            gboolean own_cue = FALSE;

            /* "said as the protester shouted: “…”": B's cue stands before it */
            for (int u = k - 1; u > x->c0 && u >= k - 3 && !own_cue; u--)
              own_cue = is_verb (tok_at (run, u));
            /* "said A: “B”" without a cue of B's own: B is part of it. */
            if (close >= 0 && !run->lang->verb_second && !own_cue &&
                (close + 1 >= b || !cue_after (run, close + 1, b, &other)))
              break;
            x->c1 = k;
            break;
          }
    }

  /* A relative clause after a comma is no longer what was said:
   * "…with the walkers, whom he called …". */
  for (guint i = first_attr; i < attrs->len; i++)
    {
      Attr *x = &g_array_index (attrs, Attr, i);

      for (int k = x->c0 + 2; k + 1 < x->c1; k++)
        if (((is_punct (run, k, ',') || is_dash (run, k)) && tok_at (run, k)->mark < 0) ||
            /* “…,” which — the comma inside the closing mark */
            (tok_at (run, k)->kind == QM_TOK_CLOSE && is_punct (run, k - 1, ',') && !run->lang->verb_second))
          {
            /* "…, speaking on condition of anonymity": a participle with a
             * preposition after a comma is the reporter's again */
            if (!run->lang->verb_second && is_punct (run, k, ',') && k + 2 < x->c1 &&
                tok_at (run, k + 1)->mark < 0 && (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
                participle_ending (run, tok_at (run, k + 1), 3) && tok_at (run, k + 2)->kind == QM_TOK_WORD &&
                (tok_at (run, k + 2)->words & QM_WORD_PREPOSITION) && (tok_at (run, k + 2)->flags & QM_TOK_LOWER) &&
                !has_open (run, k + 1, x->c1) && !participle_set_off (run, k + 2, x->c1))
              {
                x->c1 = k;
                break;
              }
            /* "…, a claim the minister dismissed as “…”": a noun that sums
             * up what was said, after a comma and an indefinite article,
             * is the reporter's again (claim-nouns) */
            if (!run->lang->verb_second && is_punct (run, k, ',') && k + 3 < x->c1 &&
                tok_at (run, k + 1)->kind == QM_TOK_WORD && tok_at (run, k + 1)->mark < 0 &&
                (tok_at (run, k + 1)->flags & QM_TOK_LOWER) && tok_at (run, k + 2)->kind == QM_TOK_WORD &&
                tok_at (run, k + 2)->mark < 0 && word_has_role (run, tok_at (run, k + 1), QM_ROLE_INDEFINITE_ARTICLE) &&
                word_has_role (run, tok_at (run, k + 2), QM_ROLE_CLAIM_NOUN))
              {
                x->c1 = k;
                break;
              }
            /* "…, and he railed against …", "…, and Tom Lund released …":
             * a clause of its own subject after a comma and "and" is the
             * reporter's again, when it quotes no one */
            if (!run->lang->verb_second && is_punct (run, k, ',') && k + 3 < x->c1 && k > x->cue_last &&
                tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
                word_has_role (run, tok_at (run, k + 1), QM_ROLE_ADDITIVE) && tok_at (run, k + 2)->kind == QM_TOK_WORD &&
                tok_at (run, k + 2)->mark < 0 && !has_open (run, x->c0, x->c1) && and_clause_subject (run, k + 2, x->c1))
              {
                x->c1 = k;
                break;
              }
            /* "The offer, according to officials, amounted to a cut": the
             * source interrupts its own content */
            if (tok_at (run, k + 1)->kind == QM_TOK_WORD && k + 1 != x->cue_first &&
                ((tok_at (run, k + 1)->words & QM_WORD_RELATIVE) ||
                 ((tok_at (run, k + 1)->words & QM_WORD_BREAK) && (tok_at (run, k + 1)->flags & QM_TOK_LOWER))))
              {
                if (embedded_relative (run, x->c0, k, x->c1))
                  continue;
                /* "notes that a share of 20 % is enough, which means Berg
                 * “can do a lot of damage”": quoted words only in the
                 * relative clause make it part of what is reported */
                if (!run->lang->verb_second && (tok_at (run, k + 1)->words & QM_WORD_RELATIVE) &&
                    !has_open (run, x->c0, k) && has_open (run, k + 1, x->c1) &&
                    !relative_has_own_cue (run, k + 1, x->c1))
                  continue;
                x->c1 = tok_at (run, k)->kind == QM_TOK_CLOSE ? k + 1 : k;
                break;
              }
          }
    }

  /* German "Eine Bewährung komme nicht infrage, zumal Verteidiger Ole
   * Brink betont hatte, sein Mandant sei unschuldig, so Kolb.": a clause
   * that a conjunction opens after a comma, inside the content of a cue
   * after it, with a subject and a cue of its own before its content, is
   * that subject's: the later cue's content ends at the comma */
  n_tails = 0;
  if (run->lang->verb_second)
    for (guint i = first_attr; i < attrs->len; i++)
      {
        Attr *x = &g_array_index (attrs, Attr, i);

        if (x->cue_first < 0 || x->c1 > x->cue_first)
          continue;
        for (guint j = first_attr; j < attrs->len; j++)
          {
            Attr *y = &g_array_index (attrs, Attr, j);
            int k = y->np.first - 2;

            if (j == i || y->np.kind == QM_NP_NONE || y->cue_first < 0 || y->np.last >= y->cue_first ||
                y->c0 <= y->cue_last || k <= x->c0 + 1 || y->cue_last >= x->c1 || !is_punct (run, k, ',') ||
                tok_at (run, k)->mark >= 0 || tok_at (run, k + 1)->kind != QM_TOK_WORD ||
                !(tok_at (run, k + 1)->flags & QM_TOK_LOWER) || !(tok_at (run, k + 1)->words & QM_WORD_CONJUNCTION) ||
                (tok_at (run, k + 1)->words & QM_WORD_COMPLEMENT))
              continue;
            /* "betont hatte, …": the auxiliary that ends the clause */
            if (y->c0 == y->cue_last + 1 && y->c0 + 2 < x->c1 && tok_at (run, y->c0)->kind == QM_TOK_WORD &&
                tok_at (run, y->c0)->mark < 0 && (tok_at (run, y->c0)->flags & QM_TOK_LOWER) &&
                is_punct (run, y->c0 + 1, ','))
              y->c0 += 2;
            y->c1 = MIN (y->c1, x->c1);
            /* "…, doch die Richterin ließ sich nicht darauf ein": a clause
             * a conjunction joins after a comma, with a subject and a verb
             * in the indicative, is the reporter's again */
            for (int c = y->c0 + 2; c + 3 < y->c1; c++)
              {
                QmNp subject;
                int e = c + 2;

                if (!is_punct (run, c, ',') || tok_at (run, c)->mark >= 0 || tok_at (run, c + 1)->kind != QM_TOK_WORD ||
                    !(tok_at (run, c + 1)->flags & QM_TOK_LOWER) || !(tok_at (run, c + 1)->words & QM_WORD_CONJUNCTION) ||
                    (tok_at (run, c + 1)->words & QM_WORD_COMPLEMENT) || !_qm_np_right (run, c + 2, y->c1, &subject) ||
                    subject.first != c + 2 || subject.kind == QM_NP_NONE || subject.kind == QM_NP_PRONOUN)
                  continue;
                while (e < y->c1 && tok_at (run, e)->mark < 0 && !is_punct (run, e, ',') && !is_punct (run, e, ':'))
                  e++;
                if (subject.last + 1 < e && tok_at (run, subject.last + 1)->kind == QM_TOK_WORD &&
                    (tok_at (run, subject.last + 1)->flags & QM_TOK_LOWER) &&
                    !(tok_at (run, subject.last + 1)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER)) &&
                    !mood_sentence (run, c + 2, e))
                  {
                    /* "…: Eine Strafe sei nicht vermittelbar, so Kolb.":
                     * what follows that clause's colon is the later cue's
                     * again */
                    if (n_tails < G_N_ELEMENTS (tails) && e + 3 < x->c1 && is_punct (run, e, ':') &&
                        mood_sentence (run, e + 1, x->c1))
                      {
                        tails[n_tails] = *x;
                        tails[n_tails].c0 = e + 1;
                        n_tails++;
                      }
                    y->c1 = c;
                    break;
                  }
              }
            x->c1 = k;
            break;
          }
      }
  for (guint i = 0; i < n_tails; i++)
    g_array_append_val (attrs, tails[i]);

  /* German "A kritisierte, X habe versagt, und die Fraktion forderte vom
   * Minister einen Bericht": a conjunction, a phrase a determiner in the
   * nominative opens and a verb of speech in the indicative after it start
   * a clause of the reporter's about someone else, even when that verb has
   * an object and no clause of its own: the content ends before it */
  if (run->lang->verb_second)
    for (guint i = first_attr; i < attrs->len; i++)
      {
        Attr *x = &g_array_index (attrs, Attr, i);

        for (int k = MAX (x->c0 + 2, x->cue_last + 2); k + 2 < x->c1; k++)
          {
            QmTok *t = tok_at (run, k);
            QmNp subject;
            QmTok *v;
            int e;

            if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER) || !(t->words & QM_WORD_CONJUNCTION) ||
                (t->words & QM_WORD_COMPLEMENT) || !word_has_role (run, t, QM_ROLE_ADDITIVE) ||
                tok_at (run, k + 1)->kind != QM_TOK_WORD || !(tok_at (run, k + 1)->flags & QM_TOK_LOWER) ||
                !(tok_at (run, k + 1)->words & QM_WORD_DETERMINER) || (tok_at (run, k + 1)->words & QM_WORD_OBLIQUE) ||
                !_qm_np_right (run, k + 1, x->c1, &subject) || subject.first != k + 1 || subject.kind == QM_NP_NONE)
              continue;
            /* past its genitives and a phrase of place ("die Fraktion der
             * Grünen im Landtag forderte"), words only */
            e = subject.last + 1;
            while (e < x->c1 && e <= subject.last + 8 && tok_at (run, e)->kind == QM_TOK_WORD && tok_at (run, e)->mark < 0 &&
                   !is_verb (tok_at (run, e)) && !(tok_at (run, e)->words & (QM_WORD_CONJUNCTION | QM_WORD_REPORTED_MOOD)))
              e++;
            if (e + 1 >= x->c1)
              continue;
            v = tok_at (run, e);
            if (!is_verb (v) || v->mark >= 0 || !(v->flags & QM_TOK_LOWER) || (v->words & QM_WORD_REPORTED_MOOD))
              continue;
            x->c1 = is_punct (run, k - 1, ',') ? k - 1 : k;
            break;
          }
      }

  for (guint i = first_attr; i < attrs->len; i++)
    {
      inner_cue_start (run, attrs, first_attr, &g_array_index (attrs, Attr, i));
      addressee_before_content (run, &g_array_index (attrs, Attr, i));
      lead_before_quotation (run, &g_array_index (attrs, Attr, i));
      cut_after_fragment (run, &g_array_index (attrs, Attr, i));
      cut_at_second_verb (run, &g_array_index (attrs, Attr, i));
      cut_at_contrasted_speaker (run, &g_array_index (attrs, Attr, i));
      relative_speech_clause (run, &g_array_index (attrs, Attr, i));
    }

  /* Content is never empty. */
  kept = first_attr;
  for (guint i = first_attr; i < attrs->len; i++)
    {
      Attr *x = &g_array_index (attrs, Attr, i);

      /* "(On Monday he said A.)": the parenthesis closes around it */
      if (x->c1 - 1 > x->c0 && is_punct (run, x->c1 - 1, ')'))
        {
          gboolean opened = FALSE;

          for (int k = x->c0; k < x->c1 - 1 && !opened; k++)
            opened = is_punct (run, k, '(');
          if (!opened)
            x->c1 = sentence_content_end (run, x->c0, x->c1 - 1);
        }

      /* "(von X als „…“ bezeichnet) noch warten": a cue in a parenthesis
       * reports nothing after the parenthesis closes */
      if (run->lang->verb_second && x->c0 > x->cue_last && in_parenthesis (run, a, x->cue_first, x->c0 + 1) &&
          !in_parenthesis (run, a, x->c0, x->c0 + 1))
        continue;
      if (speakerless_inside (run, attrs, i))
        continue;
      if (x->c0 < x->c1 && x->c0 >= a && x->c1 <= b)
        g_array_index (attrs, Attr, kept++) = *x;
    }
  g_array_set_size (attrs, kept);

  /* A later cue ends the content of an earlier one: "X said A, adding B". */
  for (guint i = first_attr; i + 1 < attrs->len; i++)
    {
      Attr *x = &g_array_index (attrs, Attr, i);
      Attr *y = &g_array_index (attrs, Attr, i + 1);
      int cut = y->np.first > x->c0 && y->np.first < y->cue_first ? y->np.first : y->cue_first;

      /* The model's candidates come last, already cut by the patterns. */
      if (y->model)
        break;

      /* "Nach Angaben von X sollen neun Teilnehmer (von X als „…“
       * bezeichnet) noch warten": a cue in a parenthesis inside the
       * content is an aside of its own */
      if (run->lang->verb_second && y->cue_first > x->c0 && y->cue_last < x->c1 && in_parenthesis (run, x->c0, y->cue_first, x->c1))
        continue;

      /* "According to X, Y said A": all of it is X's account. */
      if ((tok_at (run, x->cue_first)->words & QM_WORD_ACCORDING) && x->c0 > x->cue_last && !run->lang->verb_second)
        continue;

      /* "… momentum and said that …": the conjunction is no part of it,
       * nor the preposition before a participle ("… before claiming …") */
      /* "… and later said …": the adverbs before the verb too (English) */
      if (!run->lang->verb_second && cut == y->cue_first && cut - 2 > x->c0)
        {
          int p = skip_adverbs_left (run, x->c0 + 1, cut - 1);

          if (p < cut - 1 && p > x->c0 && tok_at (run, p)->kind == QM_TOK_WORD &&
              (tok_at (run, p)->words & QM_WORD_CONJUNCTION) && !(tok_at (run, p)->words & QM_WORD_COMPLEMENT) &&
              (tok_at (run, p)->flags & QM_TOK_LOWER))
            cut = p + 1;
        }
      if (cut - 1 > x->c0 && cut == y->cue_first && tok_at (run, cut - 1)->kind == QM_TOK_WORD &&
          ((tok_at (run, cut - 1)->words & QM_WORD_CONJUNCTION) ||
           (!run->lang->verb_second && (tok_at (run, cut - 1)->words & QM_WORD_PREPOSITION) &&
            participle_ending (run, tok_at (run, cut), 3))) &&
          (tok_at (run, cut - 1)->flags & QM_TOK_LOWER))
        cut--;

      if (x->c0 < cut && x->c1 > cut)
        {
          x->c1 = cut;
          while (x->c1 > x->c0 + 1 && tok_at (run, x->c1 - 1)->kind == QM_TOK_PUNCT &&
                 tok_at (run, x->c1 - 1)->mark < 0)
            x->c1--;
          /* "… “a long road ahead” but he feels …", German "…, und die
           * Fraktion forderte, …": the conjunction before the next cue's
           * subject is no part of the content either */
          if (x->c1 > x->c0 + 1 && tok_at (run, x->c1 - 1)->kind == QM_TOK_WORD &&
              tok_at (run, x->c1 - 1)->mark < 0 && (tok_at (run, x->c1 - 1)->words & QM_WORD_CONJUNCTION) &&
              !(tok_at (run, x->c1 - 1)->words & QM_WORD_COMPLEMENT) && (tok_at (run, x->c1 - 1)->flags & QM_TOK_LOWER))
            {
              x->c1--;
              while (x->c1 > x->c0 + 1 && tok_at (run, x->c1 - 1)->kind == QM_TOK_PUNCT &&
                     tok_at (run, x->c1 - 1)->mark < 0)
                x->c1--;
            }
        }
    }
}

/* Whether token @k is inside a parenthesis that opens after @a and
 * closes before @b. */
static gboolean
in_parenthesis (QmRun *run,
                int    a,
                int    k,
                int    b)
{
  int open = -1;

  for (int j = k - 1; j >= a && open < 0; j--)
    if (is_punct (run, j, ')'))
      return FALSE;
    else if (is_punct (run, j, '('))
      open = j;
  if (open < 0)
    return FALSE;
  for (int j = k + 1; j < b; j++)
    if (is_punct (run, j, ')'))
      return TRUE;
    else if (is_punct (run, j, '('))
      return FALSE;
  return FALSE;
}

/* "Brandt said", "said Brandt", "the minister added": a cue that belongs
 * to the quotation before it. */
static gboolean
starts_cue (QmRun *run,
            int    i,
            int    n)
{
  QmNp np;
  int v;

  if (is_verb (tok_at (run, i)))
    return TRUE;
  if (!_qm_np_right (run, i, n, &np))
    return FALSE;
  v = np.last + 1;
  while (v < n && v < np.last + 3 && tok_at (run, v)->kind == QM_TOK_WORD &&
         (tok_at (run, v)->words & QM_WORD_ADVERB) && !is_verb (tok_at (run, v)))
    v++;
  /* Only a cue without content of its own: "Brandt said." — not "She added
   * that construction would begin …", a sentence of its own. */
  /* "He adds, “…”" introduces the quotation after it. */
  if (v + 2 < n && (is_punct (run, v + 1, ',') || is_punct (run, v + 1, ':')) &&
      tok_at (run, v + 2)->kind == QM_TOK_OPEN)
    return FALSE;
  /* "“….” Labour MPs shouted “Shame!”": a verb with a quotation of its
   * own right after it is no cue of the quotation before */
  return v < n && is_verb (tok_at (run, v)) &&
         (v + 1 >= n || is_final_punct (tok_at (run, v + 1)) || is_punct (run, v + 1, ','));
}

/* Sentences: split after final punctuation outside quotations. */
/* "II", "XVI": a regnal number after a name. */
static gboolean
roman_numeral (QmRun *run,
               int    i)
{
  QmTok *t = tok_at (run, i);

  if (t->kind != QM_TOK_WORD || t->end - t->start < 2 || t->end - t->start > 6)
    return FALSE;
  for (gsize k = t->start; k < t->end; k++)
    if (run->data[k] != 'I' && run->data[k] != 'V' && run->data[k] != 'X')
      return FALSE;
  return TRUE;
}

/* The end of a dateline that opens the paragraph's @n tokens, "OSLO
 * (Reuters) —", "Berlin (dpa) –", "BERGEN, Norway —": capitalised words, a
 * short parenthesis and a dash, before a capitalised word or a quotation
 * mark. Returns the token after the dash, or 0. */
static int
dateline_end (QmRun *run,
              int    n)
{
  int k = 0, words = 0;
  gboolean agency = FALSE;

  while (k < n && k < 8 && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_CAPITAL) &&
         tok_at (run, k)->mark < 0)
    {
      k++;
      words++;
      /* "BERGEN, Norway" */
      if (k + 1 < n && is_punct (run, k, ',') && tok_at (run, k + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, k + 1)->flags & QM_TOK_CAPITAL))
        k++;
    }
  /* a place is a few words; "FERRY TRAFFIC FALLS AGAIN - …" is a headline */
  if (words == 0 || words > 3 || k >= n)
    return 0;
  if (is_punct (run, k, '('))
    {
      int c = k + 1;

      while (c < n && c <= k + 4 && !is_punct (run, c, ')'))
        c++;
      if (c >= n || c > k + 4 || c == k + 1)
        return 0;
      k = c + 1;
      agency = TRUE;
    }
  /* "JERUSALEM - …": a hyphen only after one or two words or an agency */
  if (k < n && !is_dash (run, k) && words > 2 && !agency)
    return 0;
  if (k + 1 >= n || !(is_dash (run, k) || (is_punct (run, k, '-') && tok_at (run, k)->end - tok_at (run, k)->start == 1)))
    return 0;
  k++;
  /* "ROTTERDAM (AP) -- …": a dash of two hyphens */
  if (k + 1 < n && is_punct (run, k, '-') && is_punct (run, k - 1, '-') && tok_at (run, k)->start == tok_at (run, k - 1)->end)
    k++;
  if (tok_at (run, k)->kind == QM_TOK_OPEN ||
      (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_CAPITAL)))
    return k;
  return 0;
}

/* "(D-N.Y.)", "(R-Calif.)", "(D-N.Y)": a parenthesis that holds the
 * point at @i in one run of letters without a space, with a hyphen or a
 * point inside it (or @inner: the point is inside the run itself). */
static gboolean
abbreviated_parenthesis (QmRun   *run,
                         int      a,
                         int      i,
                         gboolean inner)
{
  int o = i - 1, c;

  while (o > a && o > i - 8 && !is_punct (run, o, '('))
    o--;
  if (o <= a || !is_punct (run, o, '(') || o + 1 == i)
    return FALSE;
  for (gsize b = tok_at (run, o)->end; b < tok_at (run, i)->start; b++)
    {
      if (g_ascii_isspace (run->data[b]) || (guchar)run->data[b] >= 0x80)
        return FALSE;
      if (run->data[b] == '-' || run->data[b] == '.')
        inner = TRUE;
    }
  /* and on without a space to the closing parenthesis */
  c = i + 1;
  while (c < (int)run->toks->len && c < i + 6 && !is_punct (run, c, ')'))
    c++;
  if (c >= (int)run->toks->len || !is_punct (run, c, ')'))
    return FALSE;
  for (gsize b = tok_at (run, i)->end; b < tok_at (run, c)->start; b++)
    if (g_ascii_isspace (run->data[b]) || (guchar)run->data[b] >= 0x80)
      return FALSE;
  return inner;
}

/* "BC: …" — the person whose name's words begin with the last letters of
 * @initials, in order ("Birte Claasen", "Claasen" alone), or -1 */
static int
person_of_initials (QmRun      *run,
                    const char *initials)
{
  for (guint i = 0; i < run->people.people->len; i++)
    {
      QmFoundPerson *person = g_ptr_array_index (run->people.people, i);
      g_auto(GStrv) words = NULL;
      int w, k;

      if (person->organisation)
        continue;
      words = g_strsplit (person->name, " ", -1);
      w = (int)g_strv_length (words) - 1;
      k = (int)strlen (initials) - 1;
      while (w >= 0 && k >= 0 && words[w][0] == initials[k])
        {
          w--;
          k--;
        }
      if (w < 0 && k < (int)strlen (initials) - 1)
        return (int)i;
    }
  return -1;
}

/* A name phrase from token @k up to a sentence's end before @n: "Jana
 * Reiß." */
static gboolean
name_ends_sentence (QmRun *run,
                    int    k,
                    int    n,
                    QmNp  *np)
{
  return k < n && _qm_np_right (run, k, n, np) && np->kind == QM_NP_NAME && np->last + 1 < n &&
         is_final_punct (tok_at (run, np->last + 1)) && tok_at (run, np->first)->mark < 0;
}

/* An interview's introduction in the paragraph's @n tokens: "Die Fragen
 * stellte Jana Reiß." (an article, an interview-noun, an interviewing-verb
 * and a name, the sentence's end) names the interviewer; "Mit Karl
 * Wendhausen sprach Jana Reiß." (an interview-preposition before) the one
 * interviewed too, and so do English "Jana Reiß spoke with Karl
 * Wendhausen." and "Karl Wendhausen was interviewed by Jana Reiß." Both
 * become people, so the questions are the interviewer's and her initials
 * find her. */
static void
note_interviewer (QmRun *run,
                  int    n)
{
  for (int a = 0; a + 3 < n; a++)
    {
      QmTok *t = tok_at (run, a);
      QmNp asked, asker;

      if ((a > 0 && !is_final_punct (tok_at (run, a - 1))) || t->kind != QM_TOK_WORD || t->mark >= 0 ||
          !(t->flags & QM_TOK_CAPITAL))
        continue;
      if ((t->words & QM_WORD_DETERMINER) && word_has_role (run, tok_at (run, a + 1), QM_ROLE_INTERVIEW_NOUN) &&
          tok_at (run, a + 2)->mark < 0 && (tok_at (run, a + 2)->flags & QM_TOK_LOWER) &&
          word_has_role (run, tok_at (run, a + 2), QM_ROLE_INTERVIEWING_VERB) && name_ends_sentence (run, a + 3, n, &asker))
        run->interviewer = _qm_people_resolve (run, &asker, a);
      else if (word_has_role (run, t, QM_ROLE_INTERVIEW_PREPOSITION) && _qm_np_right (run, a + 1, n, &asked) && asked.kind == QM_NP_NAME && asked.last + 2 < n &&
               (tok_at (run, asked.last + 1)->flags & QM_TOK_LOWER) && tok_at (run, asked.last + 1)->mark < 0 &&
               word_has_role (run, tok_at (run, asked.last + 1), QM_ROLE_INTERVIEWING_VERB) &&
               name_ends_sentence (run, asked.last + 2, n, &asker))
        {
          int one = _qm_people_resolve (run, &asked, a);

          run->interviewer = _qm_people_resolve (run, &asker, a);
          if (one >= 0 && one != run->interviewer)
            run->interviewee = one;
        }
      /* English "Anna Berg spoke with Tom Lund.", "Tom Lund was
       * interviewed by Anna Berg.": a name, an interviewing-verb (after a
       * passive auxiliary, the one named first was asked), an
       * interview-preposition and a name that ends the sentence */
      else if (!run->lang->verb_second && _qm_np_right (run, a, n, &asked) && asked.kind == QM_NP_NAME &&
               asked.last + 3 < n)
        {
          int k = asked.last + 1, w;
          gboolean passive = word_has_role (run, tok_at (run, k), QM_ROLE_PASSIVE_AUXILIARY) &&
                             (tok_at (run, k)->flags & QM_TOK_LOWER);
          int one, other;

          if (passive)
            k++;
          if (k + 2 >= n || tok_at (run, k)->mark >= 0 || !(tok_at (run, k)->flags & QM_TOK_LOWER) ||
              !word_has_role (run, tok_at (run, k), QM_ROLE_INTERVIEWING_VERB) ||
              !(tok_at (run, k + 1)->flags & QM_TOK_LOWER) ||
              !word_has_role (run, tok_at (run, k + 1), QM_ROLE_INTERVIEW_PREPOSITION))
            continue;
          /* "with the harbour master Tom Lund": past a role in lower case */
          for (w = k + 2; w < n && w < k + 5 && tok_at (run, w)->kind == QM_TOK_WORD &&
               (tok_at (run, w)->flags & QM_TOK_LOWER) && !(tok_at (run, w)->words & QM_WORD_PRONOUN);
               w++)
            ;
          if (!name_ends_sentence (run, w, n, &asker))
            continue;
          one = _qm_people_resolve (run, &asked, a);
          other = _qm_people_resolve (run, &asker, w);
          if (one < 0 || other < 0 || one == other)
            continue;
          run->interviewer = passive ? other : one;
          run->interviewee = passive ? one : other;
        }
    }
}

/* "Breaking: …", "Revealed: …", "The Latest: …": a label of one
 * participle, or a definite article and words that are neither a role nor
 * an organisation, before a headline's colon, is no one who speaks. */
static gboolean
headline_label (QmRun      *run,
                const QmNp *who)
{
  QmTok *f = tok_at (run, who->first);

  if (who->first == who->last)
    return f->kind == QM_TOK_WORD && f->end - f->start >= 5 &&
           (participle_ending (run, f, 3) || word_has_ending (run, f, &run->lang->past_endings, 3));
  if (f->kind != QM_TOK_WORD || !(f->words & QM_WORD_DEFINITE) || (f->words & QM_WORD_PRONOUN))
    return FALSE;
  for (int k = who->first + 1; k <= who->last; k++)
    if (tok_at (run, k)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_TITLE))
      return FALSE;
  return TRUE;
}

static int
sentence_end (QmRun *run,
              int    a,
              int    n)
{
  for (int i = a; i < n; i++)
    {
      QmTok *t = tok_at (run, i);

      if (t->mark >= 0 && t->kind != QM_TOK_CLOSE)
        continue;
      if (i + 1 >= n)
        return n;
      /* "… from members (“I want my money back,” wrote …)", "… denied.
       * (“…,” said one member.)": a quotation that opens a parenthesis is
       * a sentence of its own, with its cue */
      if (!run->lang->verb_second && is_punct (run, i, '(') && t->mark < 0 && i > a &&
          tok_at (run, i + 1)->kind == QM_TOK_OPEN)
        return i + 1;
      if (is_final_punct (t) && t->mark < 0)
        {
          QmTok *next = tok_at (run, i + 1);

          /* "Clemens XV. „ist …“": a regnal number's point before words
           * that go on in lower case */
          if (next->kind == QM_TOK_OPEN && i + 2 < n && (tok_at (run, i + 2)->flags & QM_TOK_LOWER) && i > a &&
              roman_numeral (run, i - 1))
            continue;
          /* "12.408 Delikte": a point inside a number */
          if ((next->flags & QM_TOK_DIGIT) && next->start == t->end && i > a && (tok_at (run, i - 1)->flags & QM_TOK_DIGIT) &&
              tok_at (run, i - 1)->end == t->start)
            continue;
          /* "Rep. Anna Berg (D-N.Y) said": a point inside a parenthesis
           * without a space, right before a letter */
          if (!run->lang->verb_second && next->kind == QM_TOK_WORD && next->start == t->end &&
              abbreviated_parenthesis (run, a, i, TRUE))
            continue;
          if (next->kind == QM_TOK_OPEN || (next->flags & (QM_TOK_CAPITAL | QM_TOK_DIGIT)))
            return i + 1;
          /* "… within reach. (The odds are slim.)" */
          if (is_punct (run, i + 1, '(') && i + 2 < n && (tok_at (run, i + 2)->flags & QM_TOK_CAPITAL))
            return i + 1;
          /* "(… within reach.) The …": the parenthesis closes after the
           * sentence's end — not "Sen. Anna Berg (D-N.Y.) Tuesday said",
           * a party and a state without a space */
          if (is_punct (run, i + 1, ')') && i + 2 < n && (tok_at (run, i + 2)->flags & QM_TOK_CAPITAL) &&
              !(!run->lang->verb_second && abbreviated_parenthesis (run, a, i, FALSE)))
            return i + 2;
        }
      /* "… in the U.S. He says …": an abbreviation's point ends the
       * sentence before a pronoun or a determiner in capitals */
      else if (t->kind == QM_TOK_WORD && t->mark < 0 && t->end - t->start >= 3 && run->data[t->end - 1] == '.' &&
               !run->lang->verb_second && tok_at (run, i + 1)->kind == QM_TOK_WORD &&
               (tok_at (run, i + 1)->flags & QM_TOK_CAPITAL) &&
               (tok_at (run, i + 1)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER)) &&
               !(tok_at (run, i + 1)->flags & QM_TOK_POSSESSIVE))
        return i + 1;
      /* "… at a rally in Albany, N.Y. “The quay is …”": and before a
       * quotation of three words or more that opens with a capital */
      else if (t->kind == QM_TOK_WORD && t->mark < 0 && t->end - t->start >= 3 && run->data[t->end - 1] == '.' &&
               !run->lang->verb_second && tok_at (run, i + 1)->kind == QM_TOK_OPEN && i + 2 < n &&
               tok_at (run, i + 2)->kind == QM_TOK_WORD && (tok_at (run, i + 2)->flags & QM_TOK_CAPITAL) &&
               tok_at (run, i + 1)->mark >= 0 && mark_at (run, tok_at (run, i + 1)->mark)->n_words > 2)
        return i + 1;
      /* “A.” “B.” — but not in a list of quoted words, "would be
       * “ugly,” “a shock” and “a fight”": a piece that ends with a comma
       * before one that opens in lower case */
      else if (t->kind == QM_TOK_CLOSE && tok_at (run, i + 1)->kind == QM_TOK_OPEN &&
               !(!run->lang->verb_second && i > a && is_punct (run, i - 1, ',') && i + 2 < n &&
                 tok_at (run, i + 2)->kind == QM_TOK_WORD && (tok_at (run, i + 2)->flags & QM_TOK_LOWER)))
        return i + 1;
      /* "(… described as “his uncle.”) And …" */
      else if (t->kind == QM_TOK_CLOSE && i > a && is_final_punct (tok_at (run, i - 1)) && is_punct (run, i + 1, ')') &&
               i + 2 < n && (tok_at (run, i + 2)->flags & QM_TOK_CAPITAL))
        return i + 2;
      else if (t->kind == QM_TOK_CLOSE && i > a && is_final_punct (tok_at (run, i - 1)) &&
               (((tok_at (run, i + 1)->flags & QM_TOK_CAPITAL) && (run->lang->verb_second || !starts_cue (run, i + 1, n))) ||
                (is_punct (run, i + 1, '(') && i + 2 < n && (tok_at (run, i + 2)->flags & QM_TOK_CAPITAL))))
        return i + 1;
    }
  return n;
}

static int
close_token_of_mark (QmRun *run,
                     int    from,
                     int    n,
                     int    mark)
{
  /* no mark, no closing token: and no walk over a sentence without marks */
  if (mark < 0)
    return -1;
  for (int i = from; i < n && tok_at (run, i)->mark == mark; i++)
    if (tok_at (run, i)->kind == QM_TOK_CLOSE)
      return i;
  return -1;
}

/* "„Nein.“ „Doch.“": two short quotations side by side, each a sentence
 * of a word or a few, are two voices of an exchange, not one quotation
 * (the first opens at @open and closes at @close). */
#define EXCHANGE_WORDS 3

static gboolean
short_exchange (QmRun *run,
                int    open,
                int    close,
                int    n)
{
  int next_close;

  if (mark_at (run, tok_at (run, open)->mark)->n_words > EXCHANGE_WORDS || close - 1 <= open ||
      !is_final_punct (tok_at (run, close - 1)) ||
      mark_at (run, tok_at (run, close + 1)->mark)->n_words > EXCHANGE_WORDS)
    return FALSE;
  next_close = close_token_of_mark (run, close + 2, n, tok_at (run, close + 1)->mark);
  return next_close > close + 2 && is_final_punct (tok_at (run, next_close - 1));
}

/* „Nein“, sagte Lund. „Doch.“ — whether the quotation that opens at @i
 * (of the mark @m, no cue, at most EXCHANGE_WORDS words) answers a turn
 * of the latest speaker right before it: a quotation of as few words that
 * closes right before @i, or that opens the sentence before with only its
 * cue after it. *@reply_to is then the quotation before that turn, of
 * someone else, close before it (the other one of the exchange), or -1. */
static gboolean
short_reply (QmRun  *run,
             int     i,
             QmMark *m,
             int    *reply_to)
{
  int k = i - 1, prev_mark = -1;
  QmMark *pm;
  const QmFoundQuote *turn;

  *reply_to = -1;
  if (m->n_words > EXCHANGE_WORDS || m->quote <= 0 || run->last_speaker < 0)
    return FALSE;
  if (tok_at (run, k)->kind == QM_TOK_CLOSE)
    prev_mark = tok_at (run, k)->mark;
  else if (is_final_punct (tok_at (run, k)))
    {
      /* „A“, sagte Lund. — back to the opening mark that starts the
       * sentence, over a cue of a few words and no other mark */
      for (int j = k - 1; j >= 0 && j >= k - 8; j--)
        {
          QmTok *u = tok_at (run, j);

          if (u->kind == QM_TOK_CLOSE)
            {
              prev_mark = u->mark;
              break;
            }
          if (u->mark >= 0 || is_final_punct (u) || u->kind == QM_TOK_OPEN)
            return FALSE;
        }
      if (prev_mark < 0)
        return FALSE;
      for (k = i - 2; k >= 0 && tok_at (run, k)->mark != prev_mark; k--)
        ;
      while (k > 0 && tok_at (run, k - 1)->mark == prev_mark)
        k--;
      if (k > 0 && !is_final_punct (tok_at (run, k - 1)) && tok_at (run, k - 1)->kind != QM_TOK_CLOSE)
        return FALSE;
    }
  if (prev_mark < 0)
    return FALSE;
  pm = mark_at (run, prev_mark);
  if (pm->n_words > EXCHANGE_WORDS || pm->quote < 0 || pm->quote >= m->quote)
    return FALSE;
  turn = &g_array_index (run->quotes, QmFoundQuote, pm->quote);
  if (turn->person != run->last_speaker)
    return FALSE;
  if (pm->quote > 0)
    {
      const QmFoundQuote *before = &g_array_index (run->quotes, QmFoundQuote, pm->quote - 1);

      if ((before->person >= 0 || before->speaker.start >= 0) && before->person != turn->person &&
          before->span.end <= turn->span.start &&
          turn->span.start - before->span.end < 300)
        *reply_to = pm->quote - 1;
    }
  return TRUE;
}

/* Without verb second: “… .” He said the council …, “… .” Lund said that
 * … — after a quotation that ends its sentence with a full stop, a cue
 * whose verb goes on with content of its own (a "that", a personal
 * pronoun, a determiner) opens a sentence of its own, not the quotation's
 * cue. */
static gboolean
cue_after_has_content (QmRun      *run,
                       int         close,
                       int         n,
                       const Attr *at)
{
  int k = MAX (at->cue_last, at->np.last) + 1;
  QmTok *t;

  /* German: "… Parolen wie „…“ und der Unternehmer rief: „…“" — a clause
   * that a conjunction joins right after the quotation, whose cue has its
   * own quotation after a colon, is no cue of the quotation before */
  if (run->lang->verb_second && close + 1 < n && at->cue_last > close && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
      tok_at (run, close + 1)->mark < 0 && (tok_at (run, close + 1)->flags & QM_TOK_LOWER) &&
      (tok_at (run, close + 1)->words & QM_WORD_CONJUNCTION))
    for (int c = at->cue_last + 1; c + 1 < n && c <= at->cue_last + 12; c++)
      {
        if (tok_at (run, c)->mark >= 0 || is_final_punct (tok_at (run, c)) || is_verb (tok_at (run, c)))
          break;
        if (is_punct (run, c, ':'))
          {
            if (tok_at (run, c + 1)->kind == QM_TOK_OPEN)
              return TRUE;
            break;
          }
      }
  if (run->lang->verb_second || close < 1 || !is_punct (run, close - 1, '.') || k >= n)
    return FALSE;
  t = tok_at (run, k);
  if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER))
    return FALSE;
  return (t->words & QM_WORD_COMPLEMENT) || is_personal_pronoun_tok (t) ||
         ((t->words & QM_WORD_DETERMINER) && !(t->words & QM_WORD_PRONOUN));
}

/* German "„Wir sind so weit.“ „Das Boot ist da“, sagte Lund.": a
 * quotation that is a sentence of its own (open at @open, close at
 * @close), right before one whose cue follows it after a comma, is a
 * quotation of its own, not the start of one. */
static gboolean
split_sentence_pair (QmRun *run,
                     int    open,
                     int    close,
                     int    n)
{
  int next_close;
  Attr at = { 0, };

  if (!run->lang->verb_second || close - 1 <= open || !is_final_punct (tok_at (run, close - 1)))
    return FALSE;
  next_close = close_token_of_mark (run, close + 1, n, tok_at (run, close + 1)->mark);
  if (next_close <= close + 2 || next_close + 2 >= n || is_final_punct (tok_at (run, next_close - 1)) ||
      !is_punct (run, next_close + 1, ','))
    return FALSE;
  at.person = G_MININT;
  at.mention = -1;
  return cue_after (run, next_close + 1, n, &at) && !cue_after_has_content (run, next_close, n, &at);
}

/* "Ohm said: “We help.” “I am sorry,” said Lind.": a quotation (open at
 * @open, close at @close) that a cue before it from @a introduces, right
 * before one whose own cue follows it, is a quotation of its own: the
 * second has another cue, maybe another speaker. */
static gboolean
cued_sentence_pair (QmRun *run,
                    int    a,
                    int    open,
                    int    close,
                    int    n)
{
  int next_close;
  Attr before = { 0, };
  Attr after = { 0, };

  if (run->lang->verb_second || open < 1 || close - 1 <= open || !is_final_punct (tok_at (run, close - 1)) ||
      !(is_punct (run, open - 1, ':') || is_punct (run, open - 1, ',')))
    return FALSE;
  next_close = close_token_of_mark (run, close + 1, n, tok_at (run, close + 1)->mark);
  if (next_close <= close + 2 || next_close + 2 >= n)
    return FALSE;
  before.person = after.person = G_MININT;
  before.mention = after.mention = -1;
  return cue_before (run, a, open, &before) && before.np.kind != QM_NP_NONE &&
         cue_after (run, next_close + 1, n, &after) && after.np.kind != QM_NP_NONE &&
         !cue_after_has_content (run, next_close, n, &after);
}

/* Whether the words from @k on are a short phrase, up to three words
 * without a verb or a mark, that the sentence's end closes: "… with a
 * laugh." */
static gboolean
short_phrase_ends (QmRun *run,
                   int    k,
                   int    n)
{
  for (int e = k; e < n && e < k + 4; e++)
    {
      QmTok *t = tok_at (run, e);

      if (is_final_punct (t) && t->mark < 0)
        return e > k;
      if (t->kind != QM_TOK_WORD || t->mark >= 0 || is_verb (t))
        return FALSE;
    }
  return FALSE;
}

/* German "„…“, sei ihm gesagt worden.", "„…“, wurde ihr gesagt.": from @j,
 * a clause in lower case of a speech verb's participle (hearsay-participle-
 * endings) and a passive auxiliary (passive-auxiliaries), without an agent
 * (agent-prepositions), up to the sentence's end.  Returns the
 * participle, or -1. */
static int
passive_speech_clause (QmRun *run,
                       int    j,
                       int    n)
{
  int participle = -1, aux = -1, e;

  for (e = j; e < n && e < j + 6; e++)
    {
      QmTok *u = tok_at (run, e);

      if (u->kind != QM_TOK_WORD || u->mark >= 0 || !(u->flags & QM_TOK_LOWER) || word_has_role (run, u, QM_ROLE_AGENT))
        break;
      if (word_has_role (run, u, QM_ROLE_PASSIVE_AUXILIARY))
        aux = e;
      else if (is_verb (u) && word_has_ending (run, u, &run->lang->hearsay_participle_endings, 3))
        participle = e;
    }
  if (e < n && e > j && is_final_punct (tok_at (run, e)) && tok_at (run, e)->mark < 0 && aux >= 0)
    return participle;
  return -1;
}

/* A cue right after a closing mark: “…,” the minister said / said Roos. */
static gboolean
cue_after (QmRun *run,
           int    j,
           int    n,
           Attr  *at)
{
  QmNp np;
  int v;

  /* Verb second: a quotation that ends its sentence („… .“) and a new
   * sentence after it, which opens with a capital: a cue there has its
   * own content ("„…“ Der Sprecher fragte: „…“"). */
  if (run->lang->verb_second && j < n && j >= 2 && tok_at (run, j - 1)->kind == QM_TOK_CLOSE &&
      is_final_punct (tok_at (run, j - 2)) && tok_at (run, j)->kind == QM_TOK_WORD &&
      (tok_at (run, j)->flags & QM_TOK_CAPITAL))
    return FALSE;
  /* "„…“. Der Leiter hofft, …": a sentence's end right after the closing
   * mark; what follows is a sentence of its own. */
  if (j < n && is_final_punct (tok_at (run, j)) && tok_at (run, j)->mark < 0 && run->lang->verb_second)
    return FALSE;
  /* "''…,''' said X": a stray apostrophe after the closing mark */
  if (j < n && j > 0 && tok_at (run, j - 1)->kind == QM_TOK_CLOSE && tok_at (run, j)->mark < 0 &&
      tok_at (run, j)->end - tok_at (run, j)->start == 1 && run->data[tok_at (run, j)->start] == '\'' &&
      tok_at (run, j)->kind != QM_TOK_WORD)
    j++;
  if (j < n && (is_punct (run, j, ',') || is_dash (run, j)))
    j++;
  /* "„…“, so heißt es in der Mitteilung": "so" (an edge-according word)
   * before an impersonal verb opens its clause */
  if (run->lang->verb_second && j + 1 < n && j > 0 && tok_at (run, j - 1)->kind != QM_TOK_WORD &&
      word_has_role (run, tok_at (run, j), QM_ROLE_EDGE_ACCORDING) && impersonal_source (run, j + 1, j + 1, n, &np))
    j++;
  if (j >= n)
    return FALSE;
  /* German "„…“, zitierte man Eva Lund vom Sender X": after a verb of
   * quoting (quoting-verbs) and an impersonal "man" (self-naming-words),
   * the one quoted speaks */
  if (run->lang->verb_second && j + 2 < n && is_verb (tok_at (run, j)) &&
      word_has_role (run, tok_at (run, j), QM_ROLE_QUOTING_VERB) && tok_at (run, j + 1)->kind == QM_TOK_WORD &&
      (tok_at (run, j + 1)->flags & QM_TOK_LOWER) && (tok_at (run, j + 1)->words & QM_WORD_PRONOUN) &&
      word_has_role (run, tok_at (run, j + 1), QM_ROLE_SELF_NAMING) && _qm_np_right (run, j + 2, n, &np) &&
      np.kind != QM_NP_NONE && np.kind != QM_NP_PRONOUN)
    {
      at->np = np;
      at->cue_first = at->cue_last = j;
      return TRUE;
    }
  if (is_verb (tok_at (run, j)) && _qm_np_right (run, j + 1, n, &np))
    {
      at->np = np;
      at->cue_first = at->cue_last = j;
      return TRUE;
    }
  /* German "„…“, seufzt Wolf.", "„…“, wundert sich die Wirtin.": after the
   * quotation and its comma, a word in lower case that no list knows (the
   * verb: nouns have a capital), perhaps "sich", and a phrase that surely
   * names someone (or "er", "sie") up to the sentence's end or a comma */
  if (run->lang->verb_second && j >= 2 && j + 1 < n && is_punct (run, j - 1, ',') &&
      tok_at (run, j - 2)->kind == QM_TOK_CLOSE && tok_at (run, j)->kind == QM_TOK_WORD && tok_at (run, j)->mark < 0 &&
      (tok_at (run, j)->flags & QM_TOK_LOWER) && tok_at (run, j)->words == 0 &&
      tok_at (run, j)->end - tok_at (run, j)->start >= 4)
    {
      int r = j + 1;

      if (r + 1 < n && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->flags & QM_TOK_LOWER) &&
          word_has_role (run, tok_at (run, r), QM_ROLE_SELF_NAMING) && !(tok_at (run, r)->words & QM_WORD_PRONOUN))
        r++;
      if (_qm_np_right (run, r, n, &np) && np.first == r && tok_at (run, np.first)->kind == QM_TOK_WORD &&
          !(tok_at (run, np.first)->words & QM_WORD_OBLIQUE) && !(tok_at (run, np.last)->flags & QM_TOK_POSSESSIVE) &&
          (np.kind == QM_NP_PRONOUN ? (np.words & (QM_WORD_MALE | QM_WORD_FEMALE)) != 0
                                    : np.kind != QM_NP_NONE && _qm_np_names_person (run, &np)) &&
          (np.last + 1 >= n || is_final_punct (tok_at (run, np.last + 1)) || is_punct (run, np.last + 1, ',')))
        {
          at->np = np;
          at->cue_first = at->cue_last = j;
          return TRUE;
        }
    }
  /* German "„…“, sei ihm gesagt worden.": the words of someone unnamed,
   * not of the latest speaker */
  if (run->lang->verb_second && j >= 2 && is_punct (run, j - 1, ',') && tok_at (run, j - 2)->kind == QM_TOK_CLOSE &&
      (v = passive_speech_clause (run, j, n)) >= 0)
    {
      at->np.first = at->np.last = v;
      at->np.kind = QM_NP_NONE;
      at->cue_first = at->cue_last = v;
      return TRUE;
    }
  /* German "„…“, kündigt Berg an.": after the quotation and its comma, a
   * verb of own-particle-verbs or trailing-particle-verbs, the one who
   * speaks and the verb's particle last in the sentence */
  if (run->lang->verb_second && j >= 2 && j + 2 < n && is_punct (run, j - 1, ',') &&
      tok_at (run, j - 2)->kind == QM_TOK_CLOSE && tok_at (run, j)->kind == QM_TOK_WORD && tok_at (run, j)->mark < 0 &&
      (tok_at (run, j)->flags & QM_TOK_LOWER) &&
      word_has_role (run, tok_at (run, j), QM_ROLE_OWN_PARTICLE_VERB | QM_ROLE_TRAILING_PARTICLE_VERB) &&
      own_particle (run, j, n, TRUE) && _qm_np_right (run, j + 1, n, &np) && np.first == j + 1 && np.kind != QM_NP_NONE &&
      np.last + 2 < n && word_has_role (run, tok_at (run, np.last + 1), QM_ROLE_OWN_PARTICLE) &&
      is_final_punct (tok_at (run, np.last + 2)))
    {
      at->np = np;
      at->cue_first = at->cue_last = j;
      return TRUE;
    }
  /* “…,” said pollster Anna Berg. — a few lower-case words the lexicon
   * does not know before a name describe its bearer; a name connector may
   * join them ("said master of ceremonies Anna Berg"). */
  if (!run->lang->verb_second && is_verb (tok_at (run, j)))
    {
      int e = j + 1;

      while (e < n && e < j + 5 && tok_at (run, e)->kind == QM_TOK_WORD && (tok_at (run, e)->flags & QM_TOK_LOWER) &&
             tok_at (run, e)->mark < 0 &&
             ((e < j + 4 && (tok_at (run, e)->words & ~(guint)(QM_WORD_ROLE | QM_WORD_ORGANISATION)) == 0) ||
              (e > j + 1 && e + 1 < n && (tok_at (run, e)->words & QM_WORD_CONNECTOR) &&
               (tok_at (run, e)->words & ~(guint)(QM_WORD_CONNECTOR | QM_WORD_PREPOSITION)) == 0 &&
               tok_at (run, e + 1)->kind == QM_TOK_WORD && (tok_at (run, e + 1)->flags & QM_TOK_LOWER))))
        e++;
      if (e > j + 1 && e < n && tok_at (run, e)->kind == QM_TOK_WORD && (tok_at (run, e)->flags & QM_TOK_CAPITAL) &&
          _qm_np_right (run, e, n, &np) && np.kind != QM_NP_NONE && np.kind != QM_NP_PRONOUN &&
          (np.last + 1 >= n || is_punct (run, np.last + 1, ',') || is_final_punct (tok_at (run, np.last + 1))))
        {
          at->np = np;
          at->cue_first = at->cue_last = j;
          return TRUE;
        }
    }
  /* “…,” said the designer. — a noun the lexicon lacks, in a phrase that
   * ends the clause. */
  if (is_verb (tok_at (run, j)) && j + 2 < n && tok_at (run, j + 1)->kind == QM_TOK_WORD &&
      (tok_at (run, j + 1)->words & QM_WORD_DETERMINER) && !(tok_at (run, j + 1)->words & QM_WORD_PRONOUN) &&
      (tok_at (run, j + 1)->flags & QM_TOK_LOWER))
    {
      int e = j + 2;

      while (e < n && e < j + 6 && tok_at (run, e)->kind == QM_TOK_WORD && (tok_at (run, e)->flags & QM_TOK_LOWER) &&
             !(tok_at (run, e)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                                         QM_WORD_COMPLEMENT | QM_WORD_RELATIVE | QM_WORD_PRONOUN)))
        e++;
      /* "… on the forum", and "tweeted another.", "said one." */
      if ((e > j + 2 && (e >= n || is_final_punct (tok_at (run, e)) || is_punct (run, e, ',') ||
                         (!run->lang->verb_second && tok_at (run, e)->kind == QM_TOK_WORD &&
                          (tok_at (run, e)->words & QM_WORD_PREPOSITION) && (tok_at (run, e)->flags & QM_TOK_LOWER)))) ||
          (e == j + 2 && !run->lang->verb_second && (e >= n || is_final_punct (tok_at (run, e))) &&
           word_has_role (run, tok_at (run, j + 1), QM_ROLE_INDEFINITE_SPEAKER)))
        {
          at->np.first = j + 1;
          at->np.last = e - 1;
          at->np.kind = QM_NP_NONE;
          _qm_np_classify (run, &at->np);
          at->cue_first = at->cue_last = j;
          return TRUE;
        }
    }
  if (run->lang->verb_second && impersonal_source (run, j, j, n, &np))
    {
      at->np = np;
      at->cue_first = at->cue_last = j;
      at->person = document_issuer (run, &np, j, n);
      return TRUE;
    }
  /* "„…“, äußerte sich der Minister": a reflexive or an adverb before the
   * subject. */
  if (run->lang->verb_second && is_verb (tok_at (run, j)))
    {
      int r = j + 1;

      while (r < n && r < j + 3 && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_ADVERB) &&
             !(tok_at (run, r)->words & (QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_DETERMINER)))
        r++;
      if (r > j + 1 && _qm_np_right (run, r, n, &np))
        {
          at->np = np;
          at->cue_first = at->cue_last = j;
          return TRUE;
        }
    }
  /* "„…“, sagte am Montag der Minister", "„…“, sagte nach dem Spiel
   * Jens Ott": a phrase that a preposition opens between the verb and its
   * subject; the subject's genitives, a comma or a phrase after it */
  if (run->lang->verb_second && is_verb (tok_at (run, j)) && j + 3 < n)
    {
      int r = skip_verb_adjunct (run, j + 1, n);

      if (r > j + 1 && _qm_np_right (run, r, n, &np) && adjunct_subject (run, &np) && adjunct_subject_ends (run, np.last, n))
        {
          at->np = np;
          at->cue_first = at->cue_last = j;
          return TRUE;
        }
    }
  /* "„…“, wird der Minister zitiert", "„…“, hatte Keller gesagt": an
   * auxiliary, the subject, and the verb that ends the clause. */
  if (run->lang->verb_second && tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
      (tok_at (run, j)->words & QM_WORD_ADVERB) &&
      !(tok_at (run, j)->words & (QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_VERB)) &&
      _qm_np_right (run, j + 1, n, &np))
    for (v = np.last + 1; v < n && v < np.last + 16; v++)
      {
        QmTok *t = tok_at (run, v);

        if (is_final_punct (t) && t->mark < 0)
          break;
        if (is_verb (t))
          {
            if (v + 1 >= n || is_final_punct (tok_at (run, v + 1)) || is_punct (run, v + 1, ','))
              {
                cut_passive_agent (run, &np, n);
                at->np = np;
                at->cue_first = at->cue_last = v;
                return TRUE;
              }
            break;
          }
      }
  if (_qm_np_right (run, j, n, &np))
    {
      v = np.last + 1;
      while (v < n && v < np.last + 3 && tok_at (run, v)->kind == QM_TOK_WORD &&
             (tok_at (run, v)->words & QM_WORD_ADVERB) && !is_verb (tok_at (run, v)))
        v++;
      if (v < n && is_verb (tok_at (run, v)))
        {
          at->np = np;
          at->cue_first = at->cue_last = v;
          return TRUE;
        }
    }
  /* A verb the lexicon lacks, in a short clause: “…,” Hannity pressed. */
  if (_qm_np_right (run, j, n, &np) && np.last + 2 < n + 1 && np.last + 1 < n)
    {
      QmTok *w = tok_at (run, np.last + 1);

      if (w->kind == QM_TOK_WORD && (w->flags & QM_TOK_LOWER) && w->end - w->start >= 4 &&
          !(w->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT |
                        QM_WORD_PRONOUN | QM_WORD_RELATIVE)) &&
          (((np.last + 2 >= n || is_final_punct (tok_at (run, np.last + 2)) || is_punct (run, np.last + 2, ',') ||
             /* “…,” Roos fumed on Tuesday. */
             (np.last + 4 < n && (tok_at (run, np.last + 2)->words & QM_WORD_PREPOSITION) &&
              (tok_at (run, np.last + 3)->flags & QM_TOK_CAPITAL) && is_final_punct (tok_at (run, np.last + 4)))) &&
            word_has_ending (run, w, &run->lang->past_endings, 0)) ||
           /* “…,” she went on. — “…,” Lund shot back. — “…,” Lund
            * shot back with a laugh. */
           (np.last + 2 < n && word_has_role (run, tok_at (run, np.last + 2), QM_ROLE_REPLY_PARTICLE) &&
            (tok_at (run, np.last + 2)->flags & QM_TOK_LOWER) &&
            (np.last + 3 >= n || is_final_punct (tok_at (run, np.last + 3)) || is_punct (run, np.last + 3, ',') ||
             (tok_at (run, np.last + 3)->kind == QM_TOK_WORD && (tok_at (run, np.last + 3)->flags & QM_TOK_LOWER) &&
              (tok_at (run, np.last + 3)->words & QM_WORD_PREPOSITION) && short_phrase_ends (run, np.last + 4, n))))))
        {
          at->np = np;
          at->cue_first = at->cue_last = np.last + 1;
          return TRUE;
        }
    }
  /* A longer subject: “…,” harbour engineers Tom Berg and Ilse
   * Marstrand-Okafor of the institute wrote. The verb ends the phrase,
   * whose name is its first proper name or its last noun. Not after a
   * quotation that ended its sentence with a full stop. */
  if (j >= 2 && tok_at (run, j - 1)->kind == QM_TOK_CLOSE && is_punct (run, j - 2, '.'))
    return FALSE;
  for (v = j + 1; v < n && v < j + 16; v++)
    {
      QmTok *t = tok_at (run, v);

      if (t->kind == QM_TOK_OPEN || is_final_punct (t) || is_punct (run, v, ','))
        break;
      /* German: "„…“ und der als Gegner bekannte Unternehmer rief" — a
       * verb's form in lower case before a noun is an adjective of it */
      if (run->lang->verb_second && is_verb (t) && (t->flags & QM_TOK_LOWER) && v + 1 < n &&
          tok_at (run, v + 1)->kind == QM_TOK_WORD && tok_at (run, v + 1)->mark < 0 &&
          (tok_at (run, v + 1)->flags & QM_TOK_CAPITAL) &&
          !(tok_at (run, v + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION)))
        continue;
      /* “…,” the note says. — a speech verb's form right after a
       * determiner is a noun */
      if (is_verb (t) && !run->lang->verb_second && tok_at (run, v - 1)->kind == QM_TOK_WORD &&
          (tok_at (run, v - 1)->words & QM_WORD_DETERMINER) && !(tok_at (run, v - 1)->words & QM_WORD_PRONOUN) &&
          (tok_at (run, v - 1)->flags & QM_TOK_LOWER) &&
          /* but "“…,” the two said.": a number after an article is a
           * group of people */
          !((tok_at (run, v - 1)->words & QM_WORD_QUANTITY) && v - 2 >= j &&
            (tok_at (run, v - 2)->words & QM_WORD_DEFINITE)) &&
          /* but "“…,” another said." */
          !(v - 1 == j && word_has_role (run, tok_at (run, v - 1), QM_ROLE_INDEFINITE_SPEAKER)))
        continue;
      if (is_verb (t))
        {
          /* Verb second: "„…“, mit dieser Bemerkung verabschiedete er sich": after
           * a fronted phrase the subject follows the verb. */
          if (run->lang->verb_second && (tok_at (run, j)->words & QM_WORD_PREPOSITION) &&
              tok_at (run, j)->kind == QM_TOK_WORD && _qm_np_right (run, v + 1, n, &np) && np.kind != QM_NP_NONE &&
              !(tok_at (run, np.first)->words & QM_WORD_OBLIQUE))
            {
              at->np = np;
              at->cue_first = at->cue_last = v;
              return TRUE;
            }
          for (int k = j; k < v; k++)
            if (_qm_np_right (run, k, v, &np) && np.kind == QM_NP_NAME)
              {
                at->np = np;
                at->cue_first = at->cue_last = v;
                return TRUE;
              }
          if (_qm_np_left (run, j, v - 1, &np))
            {
              at->np = np;
              at->cue_first = at->cue_last = v;
              return TRUE;
            }
          /* “…” the note says. — a determiner and a noun that is also a
           * speech verb's form; “…,” the two said. — an article and a
           * number, a group */
          if (!run->lang->verb_second && v == j + 2 && tok_at (run, j)->kind == QM_TOK_WORD &&
              (((tok_at (run, j)->words & QM_WORD_DETERMINER) && !(tok_at (run, j)->words & QM_WORD_PRONOUN) &&
                (tok_at (run, j)->flags & QM_TOK_LOWER) && is_verb (tok_at (run, j + 1)) &&
                (tok_at (run, j + 1)->flags & QM_TOK_LOWER)) ||
               ((tok_at (run, j)->words & QM_WORD_DEFINITE) && (tok_at (run, j + 1)->words & QM_WORD_QUANTITY) &&
                (tok_at (run, j + 1)->flags & QM_TOK_LOWER) && tok_at (run, j + 1)->mark < 0)))
            {
              at->np.first = j;
              at->np.last = j + 1;
              at->np.kind = QM_NP_NONE;
              _qm_np_classify (run, &at->np);
              at->cue_first = at->cue_last = v;
              return TRUE;
            }
          break;
        }
    }
  return FALSE;
}

/* German "am Abend Demonstranten": two capitalised words after a
 * preposition that name no one together are its object and the noun
 * after it; the phrase is that noun alone. FALSE if nothing is left. */
static gboolean
after_preposition_object (QmRun *run,
                          QmNp  *np)
{
  if (np->kind == QM_NP_NAME && np->last > np->first && np->first >= 1 && tok_at (run, np->first - 1)->kind == QM_TOK_WORD &&
      (tok_at (run, np->first - 1)->flags & QM_TOK_LOWER) && (tok_at (run, np->first - 1)->words & QM_WORD_PREPOSITION) &&
      !_qm_np_names_person (run, np))
    {
      np->first = np->last;
      np->kind = QM_NP_NONE;
      _qm_np_classify (run, np);
    }
  return np->kind != QM_NP_NONE;
}

/* German: the subject of a cue that interrupts a quotation and ends in a
 * comma right before @open: "„A“, sagte der Minister in seiner Rede, „b“".
 * The words between the first piece's comma and @open are a speech verb
 * in lower case (or "so", edge-according), its subject right after it,
 * and then only words, commas and no verb: phrases of time, place or
 * medium, or an apposition ("der Chef des Verbands, Tom Lund,"). */
#define INTERRUPTING_CUE_WORDS 16

static gboolean
interrupting_cue (QmRun *run,
                  int    a,
                  int    open,
                  QmNp  *np)
{
  int v = -1;

  if (open - 4 < a || !is_punct (run, open - 1, ',') || tok_at (run, open)->mark < 0 ||
      mark_at (run, tok_at (run, open)->mark)->n_words < 2)
    return FALSE;
  for (int k = open - 2; k >= a && k >= open - 1 - INTERRUPTING_CUE_WORDS; k--)
    {
      QmTok *u = tok_at (run, k);

      if (u->kind == QM_TOK_CLOSE && k + 2 < open - 1 && is_punct (run, k + 1, ','))
        {
          v = k + 2;
          break;
        }
      if (u->mark >= 0 || (u->kind != QM_TOK_WORD && !is_punct (run, k, ',')))
        return FALSE;
    }
  if (v < 0 || tok_at (run, v)->kind != QM_TOK_WORD || !(tok_at (run, v)->flags & QM_TOK_LOWER) ||
      !(is_verb (tok_at (run, v)) || word_has_role (run, tok_at (run, v), QM_ROLE_EDGE_ACCORDING)))
    return FALSE;
  /* no other verb after the subject: not "„A“, sagte er, als er ging, „b“" */
  for (int k = v + 1; k < open - 1; k++)
    if (is_verb (tok_at (run, k)) || (tok_at (run, k)->words & (QM_WORD_SUBORDINATE | QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)))
      return FALSE;
  if (!_qm_np_right (run, v + 1, open - 1, np) || np->first != v + 1 || np->kind == QM_NP_NONE ||
      (np->kind == QM_NP_PRONOUN && (tok_at (run, np->first)->words & QM_WORD_OBLIQUE)))
    return FALSE;
  return TRUE;
}

/* German: the verb before a dative that ends right before token @first,
 * from @a on — an object pronoun ("widersprach *ihr* ein Kollege") or an
 * oblique article, a few words in lower case and a title or a role
 * ("widersprach *der Ministerin* ein Kollege") — or -1. */
static int
dative_before (QmRun *run,
               int    a,
               int    first)
{
  int k = first - 1;

  if (k - 1 < a || tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0)
    return -1;
  /* "ihm", "ihn"; "ihr" before an article, no possessive there */
  if ((tok_at (run, k)->flags & QM_TOK_LOWER) && (tok_at (run, k)->words & QM_WORD_PRONOUN) &&
      (((tok_at (run, k)->words & QM_WORD_OBLIQUE) && !(tok_at (run, k)->words & QM_WORD_DETERMINER)) ||
       ((tok_at (run, k)->words & (QM_WORD_MALE | QM_WORD_FEMALE)) && (tok_at (run, first)->words & QM_WORD_DETERMINER) &&
        !(tok_at (run, first)->words & QM_WORD_PRONOUN))))
    return is_verb (tok_at (run, k - 1)) ? k - 1 : -1;
  if (!(tok_at (run, k)->flags & QM_TOK_CAPITAL) || !(tok_at (run, k)->words & (QM_WORD_TITLE | QM_WORD_ROLE)))
    return -1;
  k--;
  while (k > a && k > first - 5 && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
         tok_at (run, k)->words == 0)
    k--;
  if (k - 1 < a || tok_at (run, k)->kind != QM_TOK_WORD || !(tok_at (run, k)->flags & QM_TOK_LOWER) ||
      !(tok_at (run, k)->words & QM_WORD_OBLIQUE) || !(tok_at (run, k)->words & QM_WORD_DEFINITE) ||
      (tok_at (run, k)->words & QM_WORD_PRONOUN))
    return -1;
  return is_verb (tok_at (run, k - 1)) ? k - 1 : -1;
}

/* Whether a comma outside quotation marks stands in [@from, @to). */
static gboolean
has_comma (QmRun *run,
           int    from,
           int    to)
{
  for (int k = from; k < to; k++)
    if (is_punct (run, k, ',') && tok_at (run, k)->mark < 0)
      return TRUE;
  return FALSE;
}

/* The longest sentence whose subject speaks the cue-less quotation after it */
#define SUBJECT_SENTENCE_TOKENS 25

/* German "Der Tenor Aldo Ferri, der seit Jahren in Wien singt, zeigte
 * …": after the phrase @np, a relative clause its pronoun
 * (subject-relatives) opens in commas, then a word in lower case, no
 * function word: the verb in the second place, whose subject @np is.
 * Returns that verb's token (before @b), or -1. */
static int
verb_after_relative (QmRun      *run,
                     const QmNp *np,
                     int         b)
{
  const guint function_words = QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                               QM_WORD_COMPLEMENT | QM_WORD_RELATIVE | QM_WORD_SUBORDINATE;

  if (!run->lang->verb_second || (np->kind != QM_NP_NAME && np->kind != QM_NP_ROLE) || np->last + 3 >= b ||
      !is_punct (run, np->last + 1, ',') || tok_at (run, np->last + 2)->kind != QM_TOK_WORD ||
      !(tok_at (run, np->last + 2)->flags & QM_TOK_LOWER) ||
      !word_has_role (run, tok_at (run, np->last + 2), QM_ROLE_SUBJECT_RELATIVE))
    return -1;
  for (int k = np->last + 3; k + 1 < b && k < np->last + 24; k++)
    {
      QmTok *v = tok_at (run, k + 1);

      if (tok_at (run, k)->mark >= 0 || is_final_punct (tok_at (run, k)))
        return -1;
      if (!is_punct (run, k, ','))
        continue;
      if (v->kind == QM_TOK_WORD && v->mark < 0 && (v->flags & QM_TOK_LOWER) &&
          (is_verb (v) || !(v->words & function_words)))
        return k + 1;
      return -1;
    }
  return -1;
}

/* A cue right before an opening mark: X said: “…” / X said, “…” */
static gboolean
cue_before (QmRun *run,
            int    a,
            int    open,
            Attr  *at)
{
  int k = open - 1, rp;
  QmNp np;

  if (k < a)
    return FALSE;
  if (is_punct (run, k, ':') || is_punct (run, k, ','))
    k--;
  if (k >= a && (tok_at (run, k)->words & QM_WORD_COMPLEMENT))
    k--;
  if (k < a)
    return FALSE;
  /* German "„A“, sagte der Minister in seiner Rede, „b“", "„A“, so Lund
   * am Montag im Radio, „b“": the cue that interrupts a quotation, with
   * time, place or medium phrases (or an apposition) after its subject,
   * gives the second piece the first one's speaker */
  if (run->lang->verb_second && interrupting_cue (run, a, open, &np))
    {
      at->np = np;
      at->cue_first = at->cue_last = np.first - 1;
      return TRUE;
    }
  /* "Im Bericht heißt es: „…“" */
  if (run->lang->verb_second && k - 1 >= a && impersonal_source (run, a, k - 1, open, &np))
    {
      at->np = np;
      at->cue_first = at->cue_last = k - 1;
      at->person = document_issuer (run, &np, k - 1, open);
      return TRUE;
    }
  /* "So heißt es in der Meldung von „…“ wörtlich: „…“", "Auf der Website
   * heißt es zur Begründung, warum …: „…“": the impersonal verb that
   * opens the sentence, with no other verb of speech up to the colon */
  if (run->lang->verb_second && is_punct (run, open - 1, ':'))
    for (int v = a + 1; v < open - 2 && v < a + 8; v++)
      if (is_verb (tok_at (run, v)))
        {
          int w = v + 1;

          while (w < open - 1 && !is_verb (tok_at (run, w)))
            w++;
          if (w == open - 1 && impersonal_source (run, a, v, open, &np))
            {
              at->np = np;
              at->cue_first = at->cue_last = v;
              at->person = document_issuer (run, &np, v, open);
              return TRUE;
            }
          break;
        }
  /* German "Für den Ökonomen Rolf Saal ist klar: „…“": the one a view is
   * held for (holder-prepositions) that opens the sentence, a few words
   * in lower case and no speech verb before the colon, speaks */
  if (run->lang->verb_second && is_punct (run, open - 1, ':') && k - 2 >= a && tok_at (run, a)->kind == QM_TOK_WORD &&
      (tok_at (run, a)->flags & QM_TOK_CAPITAL) && word_has_role (run, tok_at (run, a), QM_ROLE_HOLDER_PREPOSITION) &&
      _qm_np_right (run, a + 1, open - 1, &np) && np.kind != QM_NP_NONE && np.kind != QM_NP_PRONOUN &&
      (_qm_np_names_person (run, &np) ||
       (np.kind == QM_NP_NAME && np.last > np.first && (tok_at (run, np.last - 1)->flags & QM_TOK_CAPITAL) &&
        !(tok_at (run, np.last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)))) &&
      np.last + 1 <= k && k - np.last <= 3)
    {
      gboolean plain = TRUE;

      for (int p = np.last + 1; p <= k && plain; p++)
        plain = tok_at (run, p)->kind == QM_TOK_WORD && tok_at (run, p)->mark < 0 && (tok_at (run, p)->flags & QM_TOK_LOWER) &&
                !is_verb (tok_at (run, p));
      if (plain)
        {
          at->np = np;
          at->cue_first = at->cue_last = a;
          return TRUE;
        }
    }
  /* German "Kritik kam von der Ministerin Eva Roth: „…“", "Unterstützung
   * bekam der Plan vom Verbandschef X: „…“": a noun, a verb and a phrase
   * that "von" (owner-prepositions, or "vom") opens right before the
   * colon, with no speech verb: the one named after "von" speaks */
  if (run->lang->verb_second && is_punct (run, open - 1, ':') && k - 3 >= a && k - a <= 10 &&
      tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
      !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION |
                                  QM_WORD_ROLE | QM_WORD_TITLE | QM_WORD_ORGANISATION)) &&
      tok_at (run, a + 1)->kind == QM_TOK_WORD && (tok_at (run, a + 1)->flags & QM_TOK_LOWER) && !is_verb (tok_at (run, a + 1)) &&
      tok_at (run, a + 1)->mark < 0)
    {
      for (int p = a + 2; p < k; p++)
        {
          QmTok *u = tok_at (run, p);

          if (u->kind != QM_TOK_WORD || u->mark >= 0 || is_verb (u))
            break;
          if ((u->flags & QM_TOK_LOWER) && (word_has_role (run, u, QM_ROLE_OWNER_PREPOSITION) || word_has_role (run, u, QM_ROLE_NAME_PLACE)) &&
              (u->words & QM_WORD_PREPOSITION))
            {
              int s0 = p + 1;

              /* "vom" (name-places) before a capitalised word only */
              if (!word_has_role (run, u, QM_ROLE_OWNER_PREPOSITION) && !(tok_at (run, s0)->flags & QM_TOK_CAPITAL))
                break;
              if (_qm_np_right (run, s0, open - 1, &np) && np.last == k && np.kind != QM_NP_NONE && np.kind != QM_NP_PRONOUN &&
                  _qm_np_names_person (run, &np))
                {
                  at->np = np;
                  at->cue_first = at->cue_last = a + 1;
                  return TRUE;
                }
              break;
            }
        }
    }
  /* German "Die Polizei stoppte den Fahrer, der sofort sagte: „…“": a
   * speech verb before the colon in a relative clause whose pronoun
   * (subject-relatives) is its subject; the phrase before the comma
   * speaks, the pronoun is the mention */
  if (run->lang->verb_second && is_punct (run, open - 1, ':') && is_verb (tok_at (run, k)) && k - 3 >= a)
    {
      int r = k - 1;

      /* a few words in lower case between the pronoun and the verb
       * ("die unter anderem riefen") */
      while (r > a && r > k - 5 && tok_at (run, r)->kind == QM_TOK_WORD && tok_at (run, r)->mark < 0 &&
             (tok_at (run, r)->flags & QM_TOK_LOWER) && !is_punct (run, r - 1, ',') &&
             !(tok_at (run, r)->words & (QM_WORD_VERB | QM_WORD_RELATIVE | QM_WORD_COMPLEMENT | QM_WORD_CONJUNCTION)))
        r--;
      if (r - 2 >= a && r < k && tok_at (run, r)->kind == QM_TOK_WORD && tok_at (run, r)->mark < 0 &&
          (tok_at (run, r)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, r), QM_ROLE_SUBJECT_RELATIVE) &&
          is_punct (run, r - 1, ',') && tok_at (run, r - 1)->mark < 0 &&
          (_qm_np_left (run, a, r - 2, &np) || bare_plural (run, a, r - 2, &np)) &&
          np.last == r - 2 && np.kind != QM_NP_NONE && np.kind != QM_NP_PRONOUN && after_preposition_object (run, &np))
        {
          at->np = np;
          at->cue_first = at->cue_last = k;
          at->mention = r;
          return TRUE;
        }
    }
  /* "Derzeit steht in dem Entwurf der Satz: „…“": words written
   * somewhere, the place is their source */
  if (run->lang->verb_second && is_punct (run, open - 1, ':') && written_source (run, a, open, open, open, &np))
    {
      at->np = np;
      at->cue_first = at->cue_last = open - 1;
      return TRUE;
    }
  /* "Im Bericht, der …, heißt es zur Begründung: „…“", "In der Erklärung
   * hatte es geheißen: „…“": further from the colon, the source is the
   * phrase that opens the sentence. */
  if (run->lang->verb_second && is_punct (run, open - 1, ':'))
    for (int v = open - 2; v > a && v > open - 16; v--)
      {
        /* "in der Meldung von „Neue Energie“ wörtlich": a name in
         * quotation marks is passed over */
        if (tok_at (run, v)->kind == QM_TOK_CLOSE && v - 2 > a && tok_at (run, v)->mark >= 0 &&
            mark_at (run, tok_at (run, v)->mark)->n_words <= 4)
          {
            int o = v - 1;

            while (o > a && tok_at (run, o)->mark == tok_at (run, v)->mark && tok_at (run, o)->kind != QM_TOK_OPEN)
              o--;
            if (tok_at (run, o)->kind == QM_TOK_OPEN && tok_at (run, o)->mark == tok_at (run, v)->mark && title_mark (run, o))
              {
                v = o;
                continue;
              }
          }
        if (tok_at (run, v)->mark >= 0 || is_final_punct (tok_at (run, v)))
          break;
        if (!is_verb (tok_at (run, v)))
          continue;
        if (impersonal_source (run, a, v, open, &np))
          {
            at->np = np;
            at->cue_first = at->cue_last = v;
            return TRUE;
          }
        for (int e = v - 1; e <= v + 1; e += 2)
          {
            QmTok *p = tok_at (run, e);

            if (p->kind == QM_TOK_WORD && (p->words & QM_WORD_PRONOUN) && (p->flags & QM_TOK_LOWER) &&
                !(p->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)) && tok_at (run, a)->kind == QM_TOK_WORD &&
                (tok_at (run, a)->words & QM_WORD_PREPOSITION) && _qm_np_right (run, a + 1, v, &np))
              {
                at->np = np;
                at->cue_first = at->cue_last = v;
                return TRUE;
              }
          }
        break;
      }
  /* "Lukashenko’s words that “…”" */
  if ((tok_at (run, k)->words & QM_WORD_CONTENT) && k - 1 >= a &&
      (tok_at (run, k - 1)->flags & QM_TOK_POSSESSIVE) && _qm_np_left (run, a, k - 1, &np))
    {
      at->np = np;
      at->cue_first = at->cue_last = k;
      return TRUE;
    }
  /* "Berg issued a statement, “…”": a noun for words right before the
   * comma or the colon, the subject of its clause speaks */
  if (!run->lang->verb_second && k < open - 1 && (is_punct (run, open - 1, ',') || is_punct (run, open - 1, ':')) &&
      np_for_colon (run, a, k, FALSE, &np))
    {
      at->np = np;
      at->cue_first = at->cue_last = k;
      return TRUE;
    }
  /* "As the Gazette's Anna Berg put it, “…”", "X put it this way: “…”":
   * "put it" before a comma or a colon reports words ("put" alone is no
   * speech verb). */
  if (!run->lang->verb_second && k + 1 < open && k - 1 > a)
    {
      int it = k;

      if (k - 3 > a && word_has_role (run, tok_at (run, k), QM_ROLE_WORDING_MANNER_NEXT) &&
          word_has_role (run, tok_at (run, k - 1), QM_ROLE_WORDING_MANNER))
        it = k - 2;
      if (word_has_role (run, tok_at (run, it), QM_ROLE_WORDING_OBJECT) &&
          word_has_role (run, tok_at (run, it - 1), QM_ROLE_WORDING_VERB) &&
          subject_left (run, a, it - 1, &np))
        {
          at->np = np;
          at->cue_first = it - 1;
          at->cue_last = k;
          return TRUE;
        }
    }
  /* "Another said on Friday, “…”", "One said in a statement, “…”": a
   * time or a phrase of where it was said between the verb and the comma */
  if (!run->lang->verb_second && is_punct (run, open - 1, ',') && k == open - 2 && !is_verb (tok_at (run, k)))
    for (int v = k - 1; v >= a && v >= k - 7; v--)
      if (is_verb (tok_at (run, v)))
        {
          if (verb_adjunct_comma (run, v, open) == open - 1)
            k = v;
          break;
        }
  if (is_verb (tok_at (run, k)))
    {
      int r = skip_adverbs_left (run, a, k - 1);

      /* "he said, adding, “…”": a participle takes the cue before it. */
      if (r > a && participle_ending (run, tok_at (run, k), 0) &&
          (is_punct (run, r, ',') ||
           /* "… on the show “Morning Tide,” adding, “…”" */
           (r - 1 > a && tok_at (run, r)->kind == QM_TOK_CLOSE && is_punct (run, r - 1, ','))))
        for (int v = r - 1; v >= a && v > r - 12; v--)
          if (is_verb (tok_at (run, v)) && subject_left (run, a, v, &np))
            {
              at->np = np;
              at->cue_first = at->cue_last = k;
              return TRUE;
            }
      if (subject_left (run, a, k, &np))
        {
          object_participle_subject (run, a, k, &np);
          at->np = np;
          at->cue_first = at->cue_last = k;
          if (r >= a && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_RELATIVE))
            at->mention = r;
          return TRUE;
        }
    }
  /* "The letter continues: “…”": a verb of quotation-verbs right before
   * the colon or the comma */
  if (!run->lang->verb_second && k == open - 2 && (is_punct (run, open - 1, ':') || is_punct (run, open - 1, ',')) &&
      tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
      word_has_role (run, tok_at (run, k), QM_ROLE_QUOTATION_VERB) && subject_left (run, a, k, &np))
    {
      at->np = np;
      at->cue_first = at->cue_last = k;
      return TRUE;
    }
  /* "Berg fired back: “…”", "Lund shot back, “…”": a lower-case word the
   * lexicon lacks (but as a cue of the model) and a reply particle before
   * the colon or the comma, or an adverb in -ly between ("fired back
   * angrily:") */
  rp = k;
  if (!run->lang->verb_second && k < open - 1 && k - 2 > a && ly_adverb (run, a, k) &&
      word_has_role (run, tok_at (run, k - 1), QM_ROLE_REPLY_PARTICLE))
    rp = k - 1;
  if (!run->lang->verb_second && rp < open - 1 && rp - 1 > a && word_has_role (run, tok_at (run, rp), QM_ROLE_REPLY_PARTICLE) &&
      (tok_at (run, rp)->flags & QM_TOK_LOWER) && tok_at (run, rp - 1)->kind == QM_TOK_WORD &&
      (tok_at (run, rp - 1)->flags & QM_TOK_LOWER) &&
      (tok_at (run, rp - 1)->words & ~(guint)(QM_WORD_MODEL_CUE | QM_WORD_CLAUSE_CUE)) == 0 && tok_at (run, rp - 1)->mark < 0 &&
      subject_left (run, a, rp - 1, &np) && np.last == rp - 2 && np.kind != QM_NP_NONE)
    {
      at->np = np;
      at->cue_first = rp - 1;
      at->cue_last = rp;
      return TRUE;
    }
  /* "Ein Beamter der Polizei: „…“", "Sanders: “…”" — a speaker and a colon. */
  if (is_punct (run, open - 1, ':') && _qm_np_left (run, a, open - 2, &np) && np.last == open - 2 &&
      !run->lang->verb_second && np.first - 3 >= a && np.kind != QM_NP_PRONOUN)
    {
      QmNp first;

      /* "HEADLINE - Anna Berg and Tom Lund: “…”" — two names joined by
       * "and" after the dash: the speaker mention spans both. */
      if (word_has_role (run, tok_at (run, np.first - 1), QM_ROLE_ADDITIVE) && _qm_np_left (run, a, np.first - 2, &first) &&
          first.last == np.first - 2 && first.first > a && first.kind != QM_NP_PRONOUN &&
          (is_dash (run, first.first - 1) || is_punct (run, first.first - 1, '-') ||
           /* "Headline - More from Anna Berg and Tom Lund: “…”" */
           (first.first - 3 >= a && word_has_role (run, tok_at (run, first.first - 1), QM_ROLE_LEAD_IN_NEXT) &&
            word_has_role (run, tok_at (run, first.first - 2), QM_ROLE_LEAD_IN) &&
            (tok_at (run, first.first - 2)->flags & QM_TOK_CAPITAL) &&
            (is_dash (run, first.first - 3) || is_punct (run, first.first - 3, '-')))))
        {
          np.first = first.first;
          at->np = np;
          at->cue_first = at->cue_last = open - 1;
          return TRUE;
        }
      /* "Headline - More from Lund: “…”" */
      if (word_has_role (run, tok_at (run, np.first - 1), QM_ROLE_LEAD_IN_NEXT) &&
          word_has_role (run, tok_at (run, np.first - 2), QM_ROLE_LEAD_IN) &&
               (tok_at (run, np.first - 2)->flags & QM_TOK_CAPITAL) && np.first - 3 >= a &&
               (is_dash (run, np.first - 3) || is_punct (run, np.first - 3, '-')))
        {
          at->np = np;
          at->cue_first = at->cue_last = open - 1;
          return TRUE;
        }
    }
  if (is_punct (run, open - 1, ':') && _qm_np_left (run, a, open - 2, &np) && np.last == open - 2 &&
      (np.first == a || is_punct (run, np.first - 1, ',') ||
       /* "HEADLINE OF A DIGEST - Anna Berg: “…”" */
       (!run->lang->verb_second && (is_dash (run, np.first - 1) || is_punct (run, np.first - 1, '-')))) &&
      np.kind != QM_NP_PRONOUN &&
      /* German "sagte der Sprecher, Jan Roth, der Zeitung: „…“": an
       * article in lower case of a dative ("dem", or "der" before a
       * feminine noun) after a comma is the one spoken to */
      !(run->lang->verb_second && np.first > a && (tok_at (run, np.first)->flags & QM_TOK_LOWER) &&
        (((tok_at (run, np.first)->words & QM_WORD_OBLIQUE) && !(tok_at (run, np.first)->words & QM_WORD_PRONOUN)) ||
         feminine_dative (run, np.first, FALSE))) &&
      /* German "…, die riefen: „…“": an article and a word in lower case
       * (a verb; nouns have a capital) name no one */
      !(run->lang->verb_second && np.last == np.first + 1 && (tok_at (run, np.first)->words & QM_WORD_DETERMINER) &&
        tok_at (run, np.last)->kind == QM_TOK_WORD && (tok_at (run, np.last)->flags & QM_TOK_LOWER) &&
        !(tok_at (run, np.last)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION))) &&
      /* "A nurse's story: “…”": a phrase whose last word is no role, no
       * organisation and no name names no one */
      !(!run->lang->verb_second && np.kind == QM_NP_ROLE && np.last > np.first &&
        (tok_at (run, np.last)->flags & QM_TOK_LOWER) &&
        !(tok_at (run, np.last)->words & (QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_TITLE))))
    {
      at->np = np;
      at->cue_first = at->cue_last = open - 1;
      return TRUE;
    }

  /* "Said Pavel Roos, “…”": the verb that opens the sentence is no part
   * of the name */
  if (!run->lang->verb_second && k + 2 == open && (is_punct (run, k + 1, ',') || is_punct (run, k + 1, ':')) &&
      tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->words & QM_WORD_VERB) &&
      (tok_at (run, a)->flags & QM_TOK_CAPITAL) && a + 1 <= k && _qm_np_left (run, a + 1, k, &np) && np.first == a + 1 &&
      np.kind != QM_NP_PRONOUN)
    {
      at->np = np;
      at->cue_first = at->cue_last = a;
      return TRUE;
    }
  /* "Said Ines Moreau, who grew up on the quay, “…”": the name before the
   * relative clause */
  if (!run->lang->verb_second && is_punct (run, open - 1, ',') && tok_at (run, a)->kind == QM_TOK_WORD &&
      (tok_at (run, a)->words & QM_WORD_VERB) && (tok_at (run, a)->flags & QM_TOK_CAPITAL) && a + 3 < open &&
      _qm_np_right (run, a + 1, open, &np) && np.kind != QM_NP_PRONOUN && np.kind != QM_NP_NONE &&
      np.last + 2 < open && is_punct (run, np.last + 1, ',') && tok_at (run, np.last + 2)->kind == QM_TOK_WORD &&
      (tok_at (run, np.last + 2)->words & QM_WORD_RELATIVE) && (tok_at (run, np.last + 2)->flags & QM_TOK_LOWER))
    {
      at->np = np;
      at->cue_first = at->cue_last = a;
      return TRUE;
    }
  /* "HOW THE FERRY CHANGED THE TOWN “…”": a digest's headline in capitals
   * right before the quotation that opens its item is its source. */
  if (!run->lang->verb_second && open - 3 >= a)
    {
      int f = open - 1, words = 0;

      if (is_punct (run, f, ':') || is_punct (run, f, ','))
        f--;
      for (; f >= a; f--)
        {
          QmTok *w = tok_at (run, f);
          gboolean upper = FALSE, lower = FALSE;

          /* "FERRY CREWS, IN THEIR OWN WORDS “…”": a comma or a colon
           * between words in capitals is the headline's */
          if (words > 0 && f - 1 >= a && (is_punct (run, f, ',') || is_punct (run, f, ':')) && w->mark < 0 &&
              tok_at (run, f - 1)->kind == QM_TOK_WORD && tok_at (run, f - 1)->mark < 0)
            continue;
          if (w->kind != QM_TOK_WORD || w->mark >= 0)
            break;
          for (gsize b = w->start; b < w->end; b++)
            {
              upper |= g_ascii_isupper (run->data[b]);
              lower |= g_ascii_islower (run->data[b]);
            }
          if (lower || !upper)
            break;
          words++;
        }
      if (words >= 3 && (f < a || is_final_punct (tok_at (run, f)) || is_punct (run, f, ']')))
        {
          int last = (is_punct (run, open - 1, ':') || is_punct (run, open - 1, ',')) ? open - 2 : open - 1;

          at->np.first = f + 1;
          at->np.last = last;
          at->np.kind = QM_NP_NONE;
          _qm_np_classify (run, &at->np);
          at->np.first = f + 1;
          at->np.last = last;
          at->np.kind = QM_NP_ORGANISATION;
          at->cue_first = at->cue_last = last;
          return TRUE;
        }
    }
  /* "Berg called Lund “The Best Mayor”": the object of a naming verb is
   * named; the verb's subject speaks */
  if (!run->lang->verb_second && _qm_np_left (run, a, k, &np) && np.first - 1 > a &&
      is_verb (tok_at (run, np.first - 1)) && (tok_at (run, np.first - 1)->words & QM_WORD_NAMING) &&
      np.kind != QM_NP_PRONOUN)
    {
      int v = np.first - 1, r = skip_adverbs_left (run, a, v - 1);

      if (subject_left (run, a, v, &np))
        {
          at->np = np;
          at->cue_first = at->cue_last = v;
          /* "Berg, who called Lund “…”": the relative pronoun is the mention */
          if (r >= a && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_RELATIVE))
            at->mention = r;
          return TRUE;
        }
      return FALSE;
    }
  /* German "Dann widersprach der Ministerin ein Kollege: „…“", "Dann
   * widersprach ihr ein Kollege: „…“": after the verb, a dative before
   * the subject */
  if (run->lang->verb_second && _qm_np_left (run, a, k, &np) && np.last == k)
    {
      /* "ihr ein Kollege": a pronoun before an article is no possessive */
      if (np.first < np.last && (tok_at (run, np.first)->flags & QM_TOK_LOWER) &&
          (tok_at (run, np.first)->words & QM_WORD_PRONOUN) && tok_at (run, np.first + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, np.first + 1)->words & QM_WORD_DETERMINER) && !(tok_at (run, np.first + 1)->words & QM_WORD_PRONOUN))
        {
          np.first++;
          np.kind = QM_NP_NONE;
          _qm_np_classify (run, &np);
        }
      if ((np.kind == QM_NP_NAME || np.kind == QM_NP_ROLE || np.kind == QM_NP_ORGANISATION) &&
          !(tok_at (run, np.first)->words & (QM_WORD_OBLIQUE | QM_WORD_PRONOUN)) &&
          (tok_at (run, np.first)->flags & QM_TOK_LOWER) && dative_before (run, a, np.first) >= 0)
        {
          at->np = np;
          at->cue_first = at->cue_last = dative_before (run, a, np.first);
          return TRUE;
        }
    }
  if (run->lang->verb_second && _qm_np_left (run, a, k, &np) && np.last == k && np.first - 1 >= a &&
      is_verb (tok_at (run, np.first - 1)) && (tok_at (run, np.first)->words & QM_WORD_OBLIQUE))
    {
      QmNp subject = np;

      past_dative (run, &subject, k + 1);
      if (subject.first != np.first)
        {
          at->np = subject;
          at->cue_first = at->cue_last = np.first - 1;
          return TRUE;
        }
    }
  /* "said Pavel Roos: “…”" — not "calling her “…”", where the quotation is
   * what she is called, nor an object form */
  if (_qm_np_left (run, a, k, &np) && np.first - 1 >= a && is_verb (tok_at (run, np.first - 1)) &&
      (np.kind != QM_NP_PRONOUN || k < open - 1) &&
      /* not "…, saying the plan goes “…”": no subject follows a participle */
      (run->lang->verb_second || !participle_ending (run, tok_at (run, np.first - 1), 3)) &&

      !(tok_at (run, np.first)->kind == QM_TOK_WORD && (tok_at (run, np.first)->words & QM_WORD_OBLIQUE)))
    {
      int v = np.first - 1;
      QmNp subject;

      /* Verb second: "Weber lobte die Arbeit: „…“" — a subject that opens
       * the sentence before the verb speaks; the phrase after the verb is
       * its object, unless the phrase before the verb is fronted ("Den
       * Plan lobte der Minister: „…“"). */
      if (run->lang->verb_second && v > a && subject_left (run, a, v, &subject) &&
          subject.first == skip_lead_adverbs (run, a, v - 1) &&
          (subject.last == v - 1 || verb_after_relative (run, &subject, open) == v) &&
          subject.kind != QM_NP_NONE &&
          !(tok_at (run, subject.first)->words & QM_WORD_OBLIQUE) &&
          !(subject.kind == QM_NP_PRONOUN && !(tok_at (run, subject.first)->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL))) &&
          (subject.kind == QM_NP_PRONOUN || _qm_np_names_person (run, &subject) || subject.kind == QM_NP_NAME) &&
          !subject_follows_verb (run, a, v))
        np = subject;
      /* "But another told a reporter: “…”": before a verb that takes the
       * one spoken to (object-verbs), the subject right before it speaks,
       * not the one spoken to */
      else if (!run->lang->verb_second && v > a && (tok_at (run, v)->words & QM_WORD_OBJECT_VERB) &&
               (tok_at (run, v)->flags & QM_TOK_LOWER) && subject_left (run, a, v, &subject) && subject.last == v - 1 &&
               subject.kind != QM_NP_NONE && !(tok_at (run, subject.first)->words & QM_WORD_OBLIQUE))
        np = subject;
      at->np = np;
      at->cue_first = at->cue_last = v;
      return TRUE;
    }
  /* German "„A“, so Lund, „b“": the source between two quotations, after
   * "so" (edge-according) and its comma, goes on speaking after the
   * comma that ends it */
  if (run->lang->verb_second && is_punct (run, open - 1, ',') && _qm_np_left (run, a, k, &np) && np.last == k &&
      np.kind != QM_NP_NONE && np.kind != QM_NP_PRONOUN && np.first - 3 >= a &&
      tok_at (run, np.first - 1)->kind == QM_TOK_WORD && (tok_at (run, np.first - 1)->flags & QM_TOK_LOWER) &&
      word_has_role (run, tok_at (run, np.first - 1), QM_ROLE_EDGE_ACCORDING) &&
      ((is_punct (run, np.first - 2, ',') && tok_at (run, np.first - 3)->kind == QM_TOK_CLOSE) ||
       (tok_at (run, np.first - 2)->kind == QM_TOK_CLOSE && is_punct (run, np.first - 3, ','))))
    {
      at->np = np;
      at->cue_first = at->cue_last = np.first - 1;
      return TRUE;
    }
  return FALSE;
}

/* Verb second: a verb in lower case at @verb and right after it "er", a
 * man's pronoun in the nominative that no capitalised noun follows (not
 * "sein Anwalt"), before @open. */
static gboolean
male_nominative_after_verb (QmRun *run,
                            int    verb,
                            int    open)
{
  QmTok *v, *p;

  if (verb + 1 >= open)
    return FALSE;
  v = tok_at (run, verb);
  p = tok_at (run, verb + 1);
  return v->kind == QM_TOK_WORD && (v->flags & QM_TOK_LOWER) && v->mark < 0 &&
         !(v->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION)) &&
         p->kind == QM_TOK_WORD && p->mark < 0 && (p->flags & QM_TOK_LOWER) &&
         (p->words & (QM_WORD_PRONOUN | QM_WORD_MALE)) == (QM_WORD_PRONOUN | QM_WORD_MALE) &&
         !(p->words & QM_WORD_OBLIQUE) &&
         !(verb + 2 < open && tok_at (run, verb + 2)->kind == QM_TOK_WORD &&
           (tok_at (run, verb + 2)->flags & QM_TOK_CAPITAL));
}

/* The subject that opens a sentence: "Brandt called it …", "Er werde …". */
static gboolean
sentence_subject (QmRun *run,
                  int    a,
                  int    open,
                  QmNp  *np)
{
  int s = a;

  /* German: "Am Ende stand fest: „…“" — the phrase of a preposition that
   * opens the sentence is no subject */
  if (run->lang->verb_second && a < open && tok_at (run, a)->kind == QM_TOK_WORD &&
      (tok_at (run, a)->words & QM_WORD_PREPOSITION) && !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)))
    return FALSE;
  while (s < open && tok_at (run, s)->kind == QM_TOK_WORD && (tok_at (run, s)->words & QM_WORD_ADVERB) &&
         !(tok_at (run, s)->words & QM_WORD_PRONOUN))
    s++;
  /* Verb second: "Ursprünglich wollte er „…“" — after a fronted adverb
   * and the verb, the subject. */
  if (run->lang->verb_second && s < open)
    {
      int v = adverb_like (run, s) ? s + 1 : s > a ? s : -1;

      if (v > a && v + 1 < open && tok_at (run, v)->kind == QM_TOK_WORD && (tok_at (run, v)->flags & QM_TOK_LOWER) &&
          !(tok_at (run, v)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION)) &&
          _qm_np_right (run, v + 1, open, np) && np->kind == QM_NP_PRONOUN &&
          !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE) && np->last + 1 <= open &&
          (tok_at (run, np->last + 1)->kind == QM_TOK_OPEN || (tok_at (run, np->last + 1)->flags & QM_TOK_LOWER)))
        return TRUE;
    }
  /* "Nine years before, she had argued for “…”": the subject after
   * the fronted phrase */
  if (!run->lang->verb_second && s < open && fronted_opener (run, s, open))
    {
      while (s < open && !(is_punct (run, s, ',') && tok_at (run, s)->mark < 0))
        s++;
      s++;
      if (s >= open || fronted_opener (run, s, open))
        return FALSE;
    }
  /* English cleft: "It was in May that Lund, who …, said": the subject
   * follows "that"; "It" is none */
  if (cleft_that (run, s, open) > s)
    {
      int c = cleft_that (run, s, open);

      return _qm_np_right (run, c, open, np) && np->first == c && np->last + 1 < open &&
             (np->kind == QM_NP_NAME || np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION ||
              np->kind == QM_NP_PRONOUN);
    }
  if (!_qm_np_right (run, s, open, np) || np->last + 1 >= open || (np->first == np->last && adverb_like (run, s)))
    return FALSE;
  /* Verb second: "Zugute hielt er ihm, dass …", "Müller kannte er nicht":
   * a man's pronoun in the nominative right after the verb that follows
   * the opening phrase is the subject, and that phrase is fronted */
  if (run->lang->verb_second && np->kind != QM_NP_PRONOUN && male_nominative_after_verb (run, np->last + 1, open))
    return _qm_np_right (run, np->last + 2, open, np) && np->kind == QM_NP_PRONOUN;
  /* "Die „Initiative Grünes Tal“ berichtete …": a phrase that ends with a
   * name in quotation marks, its closing mark before the verb */
  if (run->lang->verb_second && np->kind == QM_NP_ORGANISATION && np_closes_quoted_name (run, np) && np->last + 2 < open &&
      tok_at (run, np->last + 2)->kind == QM_TOK_WORD && (tok_at (run, np->last + 2)->flags & QM_TOK_LOWER) &&
      tok_at (run, np->last + 2)->mark < 0 &&
      !(tok_at (run, np->last + 2)->words & (QM_WORD_CONJUNCTION | QM_WORD_PREPOSITION | QM_WORD_DETERMINER)))
    return TRUE;
  /* "Auch die Zeitung „Abendpost“ hatte …": a name in quotation marks
   * after the phrase belongs to it */
  if (run->lang->verb_second && tok_at (run, np->last + 1)->kind == QM_TOK_OPEN && np->kind != QM_NP_PRONOUN &&
      title_mark (run, np->last + 1))
    {
      int close = close_token_of_mark (run, np->last + 1, open, tok_at (run, np->last + 1)->mark);

      return close > 0 && close + 1 < open && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
             (tok_at (run, close + 1)->flags & QM_TOK_LOWER) && !(tok_at (run, close + 1)->words & QM_WORD_PREPOSITION) &&
             (np->kind == QM_NP_NAME || np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION);
    }
  /* "Das Staatsoberhaupt Dänemarks, die Königin Margrethe II., bat …":
   * an apposition of a role or a name between commas after the phrase
   * that opens the sentence, the verb in lower case after it */
  if (run->lang->verb_second && is_punct (run, np->last + 1, ',') && np->kind != QM_NP_PRONOUN && np->kind != QM_NP_NONE &&
      np->first == s)
    {
      QmNp inner;

      if (np->last + 2 < open && tok_at (run, np->last + 2)->kind == QM_TOK_WORD &&
          !(tok_at (run, np->last + 2)->words & (QM_WORD_RELATIVE | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT | QM_WORD_PRONOUN)) &&
          _qm_np_right (run, np->last + 2, open, &inner) && inner.kind != QM_NP_PRONOUN && inner.kind != QM_NP_NONE &&
          ((inner.words & (QM_WORD_ROLE | QM_WORD_TITLE)) || inner.kind == QM_NP_NAME))
        {
          int c2 = skip_parenthesis (run, skip_genitives (run, inner.last + 1, open), open);

          /* "Elisabeth II.": a point inside the name */
          if (c2 < open && is_punct (run, c2, '.') && c2 + 1 < open && is_punct (run, c2 + 1, ','))
            c2++;
          if (c2 + 1 < open && is_punct (run, c2, ',') && tok_at (run, c2 + 1)->kind == QM_TOK_WORD &&
              (tok_at (run, c2 + 1)->flags & QM_TOK_LOWER) && tok_at (run, c2 + 1)->mark < 0 &&
              !(tok_at (run, c2 + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN |
                                               QM_WORD_CONJUNCTION | QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)))
            return TRUE;
        }
    }
  /* "Tove Lind, herself a sailor, drew boos upon saying, “…”": a name that
   * opens the sentence, an apposition in lower case in commas after it
   * (not "The Harbour Secretary, Tom Lund, …", whose name is the inner
   * one) and the verb in lower case */
  if (!run->lang->verb_second && np->kind == QM_NP_NAME && np->first == s && is_punct (run, np->last + 1, ',') &&
      tok_at (run, np->last + 1)->mark < 0)
    {
      for (int c = np->last + 3; c + 1 < open && c <= np->last + 14; c++)
        {
          QmTok *u = tok_at (run, c);

          if (u->mark >= 0 || is_final_punct (u) || (u->kind != QM_TOK_WORD && !is_punct (run, c, ',')))
            break;
          if (is_punct (run, c, ','))
            {
              QmTok *v = tok_at (run, c + 1);

              if (v->kind == QM_TOK_WORD && v->mark < 0 && (v->flags & QM_TOK_LOWER) &&
                  !(v->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION |
                                QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)) &&
                  (tok_at (run, np->last + 2)->flags & QM_TOK_LOWER) &&
                  !(tok_at (run, np->last + 2)->words & (QM_WORD_RELATIVE | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT)))
                return TRUE;
              break;
            }
        }
    }
  if (tok_at (run, np->last + 1)->kind != QM_TOK_WORD || !(tok_at (run, np->last + 1)->flags & QM_TOK_LOWER))
    return FALSE;
  return np->kind == QM_NP_NAME || np->kind == QM_NP_PRONOUN || np->kind == QM_NP_ROLE ||
         np->kind == QM_NP_ORGANISATION;
}

/* The words [@from, @to) of a clause fronted before the main verb: no
 * comma, no mark and no Konjunktiv of reported speech among them. */
static gboolean
fronted_clause (QmRun *run,
                int    from,
                int    to)
{
  for (int k = from; k < to; k++)
    if (tok_at (run, k)->mark >= 0 || is_punct (run, k, ',') ||
        (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_REPORTED_MOOD)))
      return FALSE;
  return TRUE;
}

/* Verb second: the subject of the sentence [@a, @b) — the phrase that
 * opens it, or after a phrase that a preposition opens (its genitives
 * joined) and the verb, the phrase after the verb: "Am Rande der Sitzung
 * nahm auch der Minister Hans Roth Stellung". */
static gboolean
fronted_subject (QmRun *run,
                 int    a,
                 int    b,
                 QmNp  *np)
{
  QmNp pp, of;
  int f, verb;

  /* "Gestern besuchte die Ministerin …", "Dennoch lobte …": an adverb
   * before the verb */
  if (a + 2 < b && tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
      !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)) &&
      ((tok_at (run, a)->words & (QM_WORD_ADVERB | QM_WORD_NOT_NAME)) || adverb_like (run, a)))
    {
      pp.first = pp.last = a;
      pp.kind = QM_NP_NONE;
    }
  /* "Den Betrieb führt Okke Tjarks seit 2019": a phrase that an article of
   * the accusative or dative opens is an object before the verb */
  else if (tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
           (tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_OBLIQUE)) == (QM_WORD_DETERMINER | QM_WORD_OBLIQUE) &&
           !(tok_at (run, a)->words & QM_WORD_PREPOSITION))
    {
      if (!_qm_np_right (run, a, b, &pp))
        return FALSE;
    }
  else if (!(tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->words & QM_WORD_PREPOSITION) &&
             (tok_at (run, a)->flags & QM_TOK_CAPITAL)))
    return sentence_subject (run, a, b, np) && np->first == skip_lead_adverbs (run, a, b);
  else if (!_qm_np_right (run, a + 1, b, &pp))
    return FALSE;
  f = pp.last + 1;
  /* "Am Rande einer Sitzung des Landtages in Kiel nahm …": genitives and
   * a few phrases that a preposition opens join it */
  for (int joined = 0; f < b && joined < 6 && (tok_at (run, f)->flags & QM_TOK_LOWER) && tok_at (run, f)->kind == QM_TOK_WORD;
       joined++)
    if ((tok_at (run, f)->words & QM_WORD_DETERMINER) && _qm_np_right (run, f, b, &of))
      f = of.last + 1;
    else if ((tok_at (run, f)->words & QM_WORD_PREPOSITION) && !(tok_at (run, f)->words & QM_WORD_DETERMINER) &&
             _qm_np_right (run, f + 1, b, &of) && of.kind != QM_NP_PRONOUN)
      f = of.last + 1;
    else
      break;
  if (f + 1 >= b || tok_at (run, f)->kind != QM_TOK_WORD || !(tok_at (run, f)->flags & QM_TOK_LOWER) ||
      (tok_at (run, f)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION)))
    return FALSE;
  verb = f++;
  while (f < b && f < verb + 5 && tok_at (run, f)->kind == QM_TOK_WORD && (tok_at (run, f)->words & QM_WORD_ADVERB) &&
         !(tok_at (run, f)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_PREPOSITION)))
    f++;
  return _qm_np_right (run, f, b, np) && tok_at (run, np->first)->kind == QM_TOK_WORD &&
         !(tok_at (run, np->first)->words & QM_WORD_OBLIQUE) &&
         (np->kind != QM_NP_PRONOUN || (tok_at (run, np->first)->words & (QM_WORD_MALE | QM_WORD_FEMALE)));
}

/* The end of a phrase at @e with the genitives after it ("der Bahn",
 * "des Verbands"): the first token after them. */
static int
skip_genitives (QmRun *run,
                int    e,
                int    b)
{
  QmNp of;
  int from = e;

  while (e < b && e < from + 12 && tok_at (run, e)->kind == QM_TOK_WORD && tok_at (run, e)->mark < 0 &&
         (tok_at (run, e)->words & QM_WORD_DETERMINER) && (tok_at (run, e)->flags & QM_TOK_LOWER) &&
         _qm_np_right (run, e, b, &of) && of.last >= e)
    e = of.last + 1;
  return e;
}

/* "Der Bürgermeister von Tessin, Paul Roder, …", "Paul Roder, der
 * Bürgermeister von Tessin, …": the place or the organisation of a role
 * @np after its preposition (affiliation-prepositions, no article) at @e,
 * with its genitives; the token after them, or @e. */
static int
role_place_end (QmRun      *run,
                const QmNp *np,
                int         e,
                int         b)
{
  QmNp of;

  if (e + 1 < b && (np->words & (QM_WORD_ROLE | QM_WORD_TITLE)) && tok_at (run, e)->kind == QM_TOK_WORD &&
      tok_at (run, e)->mark < 0 && (tok_at (run, e)->flags & QM_TOK_LOWER) &&
      !(tok_at (run, e)->words & QM_WORD_DETERMINER) && word_has_role (run, tok_at (run, e), QM_ROLE_AFFILIATION) &&
      _qm_np_right (run, e + 1, b, &of) && of.kind != QM_NP_PRONOUN && of.kind != QM_NP_NONE)
    return skip_genitives (run, of.last + 1, b);
  return e;
}

/* Verb second: "Der Vorstandschef der Bahn, Klaus Weber, verteidigte …",
 * "Klaus Weber, der Chef der Bahn, verteidigte …" — a sentence that opens
 * with a role and a name, one of them in commas, and then the verb: the
 * name is its subject. */
static gboolean
apposition_subject_at (QmRun *run,
                       int    a,
                       int    b,
                       QmNp  *np,
                       int   *verb_at)
{
  QmNp head, inner;
  QmTok *v;
  int e, c2;
  gboolean head_role, inner_role;

  /* "Auch der Bürgermeister …": adverbs before it */
  if (!_qm_np_right (run, skip_lead_adverbs (run, a, b), b, &head) || head.kind == QM_NP_PRONOUN || head.kind == QM_NP_NONE)
    return FALSE;
  e = role_place_end (run, &head, skip_genitives (run, skip_parenthesis (run, head.last + 1, b), b), b);
  if (e + 3 >= b || !is_punct (run, e, ',') || tok_at (run, e)->mark >= 0 ||
      !_qm_np_right (run, e + 1, b, &inner) || inner.kind == QM_NP_PRONOUN || inner.kind == QM_NP_NONE)
    return FALSE;
  c2 = role_place_end (run, &inner, skip_genitives (run, skip_parenthesis (run, inner.last + 1, b), b), b);
  if (c2 + 1 >= b || !is_punct (run, c2, ',') || tok_at (run, c2)->mark >= 0)
    return FALSE;
  v = tok_at (run, c2 + 1);
  if (v->kind != QM_TOK_WORD || v->mark >= 0 || !(v->flags & QM_TOK_LOWER) ||
      (v->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION |
                   QM_WORD_RELATIVE | QM_WORD_COMPLEMENT)))
    return FALSE;
  /* "Die Mitglieder der Partei, Thai Lum (TL), suchen …": a verb of the
   * plural has many for its subject, not the one named */
  if (run->lang->plural_verb_endings.list != NULL &&
      qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + v->start, v->end - v->start, 2))
    return FALSE;
  head_role = (tok_at (run, head.first)->words & QM_WORD_DETERMINER) != 0;
  inner_role = (tok_at (run, inner.first)->words & QM_WORD_DETERMINER) && (tok_at (run, inner.first)->flags & QM_TOK_LOWER);
  /* a first name and a surname, or someone named before */
  if (head_role && !inner_role && inner.kind == QM_NP_NAME &&
      (inner.last > inner.first || _qm_np_names_person (run, &inner)))
    *np = inner;
  else if (!head_role && inner_role && head.kind == QM_NP_NAME &&
           (head.last > head.first || _qm_np_names_person (run, &head)))
    *np = head;
  else
    return FALSE;
  *verb_at = c2 + 1;
  return TRUE;
}

static gboolean
apposition_subject (QmRun *run,
                    int    a,
                    int    b,
                    QmNp  *np)
{
  int v;

  return apposition_subject_at (run, a, b, np, &v);
}

/* Verb second: "am Montag", "nach dem Spiel", "in Berlin" — a phrase that
 * a preposition opens (a determiner, adjectives in lower case and one
 * capitalised noun) at @r, between a verb and its subject after it:
 * "„…“, sagte am Montag der Minister". Returns the token after it, or @r
 * when there is none. */
static int
skip_verb_adjunct (QmRun *run,
                   int    r,
                   int    end)
{
  QmTok *p;
  int k = r + 1;

  if (!run->lang->verb_second || r + 2 >= end)
    return r;
  p = tok_at (run, r);
  if (p->kind != QM_TOK_WORD || p->mark >= 0 || !(p->flags & QM_TOK_LOWER) || !(p->words & QM_WORD_PREPOSITION) ||
      (p->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)))
    return r;
  if (tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
      (tok_at (run, k)->words & QM_WORD_DETERMINER) && !(tok_at (run, k)->words & QM_WORD_PRONOUN))
    k++;
  while (k < end && k < r + 5 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
         (tok_at (run, k)->flags & QM_TOK_LOWER) && tok_at (run, k)->words == 0)
    k++;
  if (k + 1 >= end || tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 ||
      !(tok_at (run, k)->flags & QM_TOK_CAPITAL) ||
      (tok_at (run, k)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_ROLE | QM_WORD_TITLE | QM_WORD_ORGANISATION)))
    return r;
  return k + 1;
}

/* Whether the phrase @np after skip_verb_adjunct() may be the verb's
 * subject: not an oblique one, nor "der" before a feminine noun (a
 * genitive: "nach dem Spiel der Mannschaft") */
static gboolean
adjunct_subject (QmRun      *run,
                 const QmNp *np)
{
  QmTok *t = tok_at (run, np->first);

  if (np->kind == QM_NP_NONE || np->kind == QM_NP_PRONOUN || t->kind != QM_TOK_WORD || (t->words & QM_WORD_OBLIQUE) ||
      ((t->words & QM_WORD_DETERMINER) && !(t->flags & QM_TOK_LOWER)))
    return FALSE;
  if ((t->words & QM_WORD_DEFINITE) && !word_has_role (run, t, QM_ROLE_FEMALE_ARTICLE) && np->first + 1 <= np->last &&
      run->lang->feminine_noun_endings.list != NULL &&
      qm_lang_ends_with (&run->lang->feminine_noun_endings, run->data + tok_at (run, np->last)->start,
                         tok_at (run, np->last)->end - tok_at (run, np->last)->start, 2) &&
      !(tok_at (run, np->last)->words & (QM_WORD_ROLE | QM_WORD_TITLE)))
    return FALSE;
  return np->kind != QM_NP_NAME || (t->words & QM_WORD_DETERMINER) || np->last > np->first || _qm_np_names_person (run, np);
}

/* Whether the subject after a verb's adjunct, ending at @last, ends its
 * clause (@n): its genitives, then the end, a comma, a colon, a
 * parenthesis or a phrase that a preposition opens. */
static gboolean
adjunct_subject_ends (QmRun *run,
                      int    last,
                      int    n)
{
  int e = skip_genitives (run, last + 1, n);

  return e >= n || is_final_punct (tok_at (run, e)) || is_punct (run, e, ',') || is_punct (run, e, '(') ||
         is_punct (run, e, ':') ||
         (tok_at (run, e)->kind == QM_TOK_WORD && (tok_at (run, e)->flags & QM_TOK_LOWER) &&
          (tok_at (run, e)->words & (QM_WORD_PREPOSITION | QM_WORD_ACCORDING)));
}

/* Verb second: the comma that ends an inverted cue's subject @np before
 * @open, or -1 — after a parenthesis, the subject's genitives ("räumte die
 * Sprecherin der Stadtwerke ein"), a time ("gab Lund am Montag zu") and
 * the verb's particle: one of other-particles, or a preposition in lower
 * case, which before a comma opens no phrase ("…, gab Lund zu, „…“"). */
static int
inverted_cue_comma (QmRun      *run,
                    const QmNp *np,
                    int         open)
{
  int e = skip_parenthesis (run, np->last + 1, open);

  if (np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION)
    e = skip_genitives (run, e, open);
  if (skip_verb_adjunct (run, e, open) > e && skip_verb_adjunct (run, e, open) + 1 < open)
    {
      int f = skip_verb_adjunct (run, e, open);
      QmTok *u = tok_at (run, f);

      if (is_punct (run, f, ',') ||
          (u->kind == QM_TOK_WORD && u->mark < 0 && (u->flags & QM_TOK_LOWER) && is_punct (run, f + 1, ',') &&
           (word_has_role (run, u, QM_ROLE_OTHER_PARTICLE) || (u->words & QM_WORD_PREPOSITION))))
        e = f;
    }
  if (e + 1 < open && tok_at (run, e)->kind == QM_TOK_WORD && tok_at (run, e)->mark < 0 &&
      (tok_at (run, e)->flags & QM_TOK_LOWER) && is_punct (run, e + 1, ',') &&
      (word_has_role (run, tok_at (run, e), QM_ROLE_OTHER_PARTICLE) ||
       ((tok_at (run, e)->words & QM_WORD_PREPOSITION) && !(tok_at (run, e)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)))))
    e++;
  return e < open && is_punct (run, e, ',') ? e : -1;
}

/* Verb second: "…, sagte die Ministerin, ihre „…“" — a speech verb at @v
 * right after a comma (or a closing mark) in the sentence from @a, with a
 * phrase in the nominative after it (and the verb's particle) that a comma
 * ends before @open: the
 * inverted cue's subject, the speaker of what follows it too. */
static gboolean
inverted_cue_subject (QmRun *run,
                      int    a,
                      int    v,
                      int    open,
                      QmNp  *np)
{
  int r = v + 1, e;

  if (!run->lang->verb_second || v - 1 <= a || !is_verb (tok_at (run, v)) ||
      !(is_punct (run, v - 1, ',') || (tok_at (run, v - 1)->kind == QM_TOK_CLOSE && is_punct (run, v - 2, ','))))
    return FALSE;
  while (r < open && r < v + 4 && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_ADVERB) &&
         !(tok_at (run, r)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_PREPOSITION)))
    r++;
  /* "…, sagte am Montag die Ministerin, …" */
  if (skip_verb_adjunct (run, r, open) > r)
    {
      int s = skip_verb_adjunct (run, r, open);

      if (!_qm_np_right (run, s, open, np) || !adjunct_subject (run, np))
        return FALSE;
      r = s;
    }
  if (!_qm_np_right (run, r, open, np) || tok_at (run, np->first)->kind != QM_TOK_WORD ||
      (tok_at (run, np->first)->words & QM_WORD_OBLIQUE) || (tok_at (run, np->last)->flags & QM_TOK_POSSESSIVE))
    return FALSE;
  e = inverted_cue_comma (run, np, open);
  return e >= 0 &&
         (np->kind == QM_NP_NAME || np->kind == QM_NP_ROLE || np->kind == QM_NP_ORGANISATION ||
          (np->kind == QM_NP_PRONOUN && (tok_at (run, np->first)->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL))));
}

/* German "…, sagte Ina Roth, die Sprecherin der so genannten „…“.": after
 * an inverted cue's subject (the verb at @v, the quotation opening at
 * @open and closing at @close), an article, a role and a few words with no
 * verb up to quoted words that end the sentence are an apposition of the
 * subject, nothing said. */
static gboolean
inverted_cue_apposition (QmRun *run,
                         int    a,
                         int    v,
                         int    open,
                         int    close,
                         int    n)
{
  QmNp np;
  int c;

  if (!run->lang->verb_second || close < 0 || close + 1 >= n ||
      !(is_final_punct (tok_at (run, close + 1)) || is_punct (run, close + 1, ',')) ||
      !inverted_cue_subject (run, a, v, open, &np) || (c = inverted_cue_comma (run, &np, open)) < 0 || c + 3 > open ||
      tok_at (run, c + 1)->kind != QM_TOK_WORD || !(tok_at (run, c + 1)->flags & QM_TOK_LOWER) ||
      !(tok_at (run, c + 1)->words & QM_WORD_DETERMINER) || tok_at (run, c + 2)->kind != QM_TOK_WORD ||
      !(tok_at (run, c + 2)->flags & QM_TOK_CAPITAL) || !(tok_at (run, c + 2)->words & (QM_WORD_ROLE | QM_WORD_TITLE)) ||
      open - c > 9)
    return FALSE;
  for (int k = c + 3; k < open; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 ||
        (tok_at (run, k)->words & (QM_WORD_VERB | QM_WORD_REPORTED_MOOD | QM_WORD_COMPLEMENT | QM_WORD_CONJUNCTION)))
      return FALSE;
  return TRUE;
}

/* German "Auf die Kritik der Opposition, das Projekt komme zu spät,
 * reagierte der Minister gelassen.": a phrase a capitalised preposition
 * opens at @a, a clause in the Konjunktiv in commas that reports its noun,
 * then a verb in lower case and the one named in the nominative right
 * after it, before @b, with no content of the sentence's patterns
 * (@attrs from @first) past that clause. Fills @np with that one. */
static gboolean
fronted_content_subject (QmRun  *run,
                         GArray *attrs,
                         guint   first,
                         int     a,
                         int     b,
                         QmNp   *np)
{
  const guint function_words = QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION |
                               QM_WORD_COMPLEMENT | QM_WORD_RELATIVE | QM_WORD_REPORTED_MOOD;
  int k1 = -1, k2 = -1;
  QmTok *v;

  if (!run->lang->verb_second || tok_at (run, a)->kind != QM_TOK_WORD || !(tok_at (run, a)->flags & QM_TOK_CAPITAL) ||
      !(tok_at (run, a)->words & QM_WORD_PREPOSITION) || (tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)))
    return FALSE;
  for (int k = a + 2; k < b && k < a + 8 && k1 < 0; k++)
    if (tok_at (run, k)->mark >= 0 || tok_at (run, k)->kind != QM_TOK_WORD)
      {
        if (!is_punct (run, k, ','))
          return FALSE;
        k1 = k;
      }
  for (int k = k1 + 3; k1 >= 0 && k < b && k < k1 + 25 && k2 < 0; k++)
    if (tok_at (run, k)->mark >= 0 || is_final_punct (tok_at (run, k)))
      return FALSE;
    else if (is_punct (run, k, ','))
      k2 = k;
  if (k2 < 0 || k2 + 3 >= b || !mood_sentence (run, k1 + 1, k2))
    return FALSE;
  v = tok_at (run, k2 + 1);
  if (v->kind != QM_TOK_WORD || v->mark >= 0 || !(v->flags & QM_TOK_LOWER) || (v->words & function_words) ||
      !_qm_np_right (run, k2 + 2, b, np) || np->first != k2 + 2 || (tok_at (run, np->first)->words & QM_WORD_OBLIQUE) ||
      (np->kind != QM_NP_ROLE && !_qm_np_names_person (run, np)))
    return FALSE;
  for (guint i = first; i < attrs->len; i++)
    if (g_array_index (attrs, Attr, i).c1 > k2 + 1)
      return FALSE;
  return TRUE;
}

/* Verb second: "Nach der Wahl sprach Jens Wagner von einem „…“" — where
 * the phrase that opens the sentence at @a is not the subject of the
 * speech verb at @v, the phrase in the nominative right after the verb
 * is. */
static gboolean
fronted_inverted_subject (QmRun *run,
                          int    a,
                          int    v,
                          int    open,
                          QmNp  *np)
{
  int r = v + 1, outside = 0;

  if (!run->lang->verb_second || v <= a || v - a > 40 || !is_verb (tok_at (run, v)) || !(tok_at (run, v)->flags & QM_TOK_LOWER))
    return FALSE;
  /* a few words, and words in marks ("Von einem „…“ spricht der Entwurf"),
   * but no other verb and no comma */
  for (int k = a; k < v; k++)
    {
      if (is_verb (tok_at (run, k)) || (tok_at (run, k)->kind == QM_TOK_PUNCT && tok_at (run, k)->mark < 0))
        return FALSE;
      if (tok_at (run, k)->mark < 0 && ++outside > 8)
        return FALSE;
    }
  while (r < open && r < v + 4 && tok_at (run, r)->kind == QM_TOK_WORD && (tok_at (run, r)->words & QM_WORD_ADVERB) &&
         !(tok_at (run, r)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_PREPOSITION)))
    r++;
  /* "Zum Rücktritt sagte am Montag der Kardinal: „…“" */
  if (skip_verb_adjunct (run, r, open) > r)
    {
      int s = skip_verb_adjunct (run, r, open);

      if (!_qm_np_right (run, s, open, np) || !adjunct_subject (run, np))
        return FALSE;
      r = s;
    }
  if (!_qm_np_right (run, r, open, np) || np->last >= open || tok_at (run, np->first)->kind != QM_TOK_WORD ||
      (tok_at (run, np->first)->words & QM_WORD_OBLIQUE) || (tok_at (run, np->last)->flags & QM_TOK_POSSESSIVE))
    return FALSE;
  return (np->kind == QM_NP_NAME && _qm_np_names_person (run, np)) || np->kind == QM_NP_ROLE ||
         (np->kind == QM_NP_NAME && (np->last > np->first || (tok_at (run, np->last + 1)->kind == QM_TOK_WORD &&
                                                               (tok_at (run, np->last + 1)->flags & QM_TOK_LOWER)))) ||
         (np->kind == QM_NP_PRONOUN && (tok_at (run, np->first)->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)));
}

/* “A.” He added, “B.” — between the closing mark at @close and the next
 * opening one: a sentence end, a pronoun, a verb and a comma or colon. */
static gboolean
pronoun_cue_between (QmRun *run,
                     int    close,
                     int    n)
{
  int p = close + 1;

  if (p < n && is_final_punct (tok_at (run, p)))
    p++;
  else if (close < 1 || !is_final_punct (tok_at (run, close - 1)))
    return FALSE;
  return p + 3 < n && is_personal_pronoun_tok (tok_at (run, p)) && is_verb (tok_at (run, p + 1)) &&
         (is_punct (run, p + 2, ',') || is_punct (run, p + 2, ':')) && tok_at (run, p + 3)->kind == QM_TOK_OPEN;
}

static gboolean
mood_sentence (QmRun *run,
               int    a,
               int    b)
{
  int e = b;

  /* "„…“, sei ihm gesagt worden.": a passive of speech, no one's words
   * carried on */
  if (run->lang->verb_second && a < b && tok_at (run, a)->kind == QM_TOK_OPEN)
    {
      int close = close_token_of_mark (run, a + 1, b, tok_at (run, a)->mark);

      if (close > a && close + 2 < b && is_punct (run, close + 1, ',') && passive_speech_clause (run, close + 2, b) >= 0)
        return FALSE;
    }
  for (int k = a; k < b; k++)
    if (tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
        (tok_at (run, k)->words & QM_WORD_REPORTED_MOOD) &&
        /* "Folge", "Spiele" are nouns, "folge", "spiele" verbs */
        ((tok_at (run, k)->flags & QM_TOK_LOWER) || k == a))
      return TRUE;
  /* "Er soll den Tätern geholfen haben.": a modal of hearsay and a
   * perfect infinitive that ends the sentence after a participle */
  while (e > a && tok_at (run, e - 1)->kind != QM_TOK_WORD && !(tok_at (run, e - 1)->kind == QM_TOK_PUNCT &&
                                                                 tok_at (run, e - 1)->first == ','))
    e--;
  if (e - a < 4 || tok_at (run, e - 1)->mark >= 0 || !(tok_at (run, e - 1)->flags & QM_TOK_LOWER) ||
      tok_at (run, e - 2)->kind != QM_TOK_WORD || !(tok_at (run, e - 2)->flags & QM_TOK_LOWER) ||
      (tok_at (run, e - 2)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER)) || run->lang->hearsay_participle_endings.list == NULL ||
      !qm_lang_ends_with (&run->lang->hearsay_participle_endings, run->data + tok_at (run, e - 2)->start,
                          tok_at (run, e - 2)->end - tok_at (run, e - 2)->start, 2) ||
      !word_has_role (run, tok_at (run, e - 1), QM_ROLE_HEARSAY_AUXILIARY) ||
      /* "soll schwer zu finden sein": no participle */
      word_has_role (run, tok_at (run, e - 3), QM_ROLE_INFINITIVE))
    return FALSE;
  for (int k = a + 1; k < e - 2; k++)
    if (tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
        word_has_role (run, tok_at (run, k), QM_ROLE_HEARSAY_MODAL))
      return TRUE;
  return FALSE;
}

/* German "Sie wusste, dass es regnen würde.": a sentence whose main clause,
 * before its first comma and any Konjunktiv, holds a verb of knowing
 * (knowing-verbs) in lower case tells a fact its subject knew, no one's
 * words carried on. */
static gboolean
known_fact (QmRun *run,
            int    a,
            int    b)
{
  for (int k = a + 1; k < b && k < a + 12; k++)
    {
      QmTok *t = tok_at (run, k);

      if (is_punct (run, k, ',') || t->mark >= 0 || t->kind == QM_TOK_OPEN ||
          (t->kind == QM_TOK_WORD && (t->words & QM_WORD_REPORTED_MOOD) && (t->flags & QM_TOK_LOWER)))
        return FALSE;
      if (t->kind == QM_TOK_WORD && (t->flags & QM_TOK_LOWER) && word_has_role (run, t, QM_ROLE_KNOWING_VERB))
        return TRUE;
    }
  return FALSE;
}

/* "Die Gruppe nennt sich „…“", "die sich selbst „…“ nennt", "Das nennt
 * man einen „…“": a naming verb with a reflexive or an impersonal word
 * (self-naming-words) gives a name something goes by, no one's words. */
static gboolean
self_named (QmRun *run,
            int    i,
            int    n)
{
  gboolean self = FALSE, verb = FALSE;
  int close;

  if (i < 2 || word_has_role (run, tok_at (run, i - 1), QM_ROLE_NAMING))
    return FALSE;
  for (int k = i - 1; k >= 0 && k >= i - 5; k--)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind != QM_TOK_WORD || t->mark >= 0)
        break;
      if ((t->flags & QM_TOK_LOWER) && word_has_role (run, t, QM_ROLE_SELF_NAMING))
        self = TRUE;
      else if (t->words & QM_WORD_NAMING)
        {
          /* only a "sich" between the verb and the quotation is its own:
           * "setzte sich durch und nannte ihn „…“" names no self */
          verb = TRUE;
          break;
        }
    }
  close = close_token_of_mark (run, i + 1, n, tok_at (run, i)->mark);
  /* "der „…“, wie sich die Gruppe selbst nennt": a clause of
   * report-conjunctions right after the quotation names it so */
  if (!self && close >= 0 && close + 3 < n && is_punct (run, close + 1, ',') &&
      word_has_role (run, tok_at (run, close + 2), QM_ROLE_REPORT_CONJUNCTION))
    {
      gboolean own = FALSE;

      for (int k = close + 3; k < n && k <= close + 8 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0; k++)
        if ((tok_at (run, k)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, k), QM_ROLE_SELF_NAMING))
          own = TRUE;
        else if (own && (tok_at (run, k)->words & QM_WORD_NAMING))
          return TRUE;
      return FALSE;
    }
  if (!self || verb)
    return self;
  return close >= 0 && close + 1 < n && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
         (tok_at (run, close + 1)->words & QM_WORD_NAMING);
}

/* "Scherf warnte die Partei vor einem „…“", "Das Blatt berichtete von
 * „…“", "Von „…“ sprechen die Berichte": quoted words right after a
 * preposition that opens the topic of a verb of speech in the same clause
 * (topic-prepositions, topic-verbs) are words the verb's subject said; so
 * are those after a preposition that opens what a view is, with a verb of
 * a view (view-prepositions, view-verbs: "Sie riet zu „…“", "Er hält das
 * für „…“"). Returns the verb's token, or -1. */
static int
topic_verb (QmRun *run,
            int    i,
            int    close,
            int    from,
            int    n)
{
  int k = i - 1;
  QmWordRole verb_role;

  if (close < 0)
    return -1;
  while (k > from && k > i - 4 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
         !word_has_role (run, tok_at (run, k), QM_ROLE_TOPIC_PREPOSITION | QM_ROLE_VIEW_PREPOSITION) &&
         (tok_at (run, k)->words & QM_WORD_DETERMINER || (tok_at (run, k)->flags & QM_TOK_LOWER)))
    k--;
  if (k < from || tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0)
    return -1;
  if (word_has_role (run, tok_at (run, k), QM_ROLE_TOPIC_PREPOSITION))
    verb_role = QM_ROLE_TOPIC_VERB;
  else if (word_has_role (run, tok_at (run, k), QM_ROLE_VIEW_PREPOSITION))
    verb_role = QM_ROLE_VIEW_VERB;
  else
    return -1;
  for (int v = k - 1; v >= from && v > k - 12; v--)
    {
      QmTok *t = tok_at (run, v);

      if (t->kind != QM_TOK_WORD || t->mark >= 0)
        break;
      if (word_has_role (run, t, verb_role))
        {
          /* "Den Fund hielt man für einen „…“": no one's view; nor a
           * single quoted word, a term ("hält ihn für einen „Profi“") */
          if (verb_role == QM_ROLE_VIEW_VERB && mark_at (run, tok_at (run, i)->mark)->n_words < 2)
            return -1;
          if (verb_role == QM_ROLE_VIEW_VERB)
            for (int j = MAX (v - 1, from); j < k; j++)
              if ((tok_at (run, j)->flags & QM_TOK_LOWER) && word_has_role (run, tok_at (run, j), QM_ROLE_SELF_NAMING))
                return -1;
          return v > 0 && word_has_role (run, tok_at (run, v - 1), QM_ROLE_INFINITIVE) ? -1 : v;
        }
    }
  for (int v = close + 1; v < n && v < close + 4; v++)
    {
      QmTok *t = tok_at (run, v);

      if (t->kind != QM_TOK_WORD || t->mark >= 0)
        break;
      if (word_has_role (run, t, verb_role))
        return word_has_role (run, tok_at (run, v - 1), QM_ROLE_INFINITIVE) ? -1 : v;
    }
  return -1;
}

#define MAX_WRITTEN_LEAD 32

/* "Im Vertrag steht: „…“", "Derzeit steht in dem Entwurf der Satz: „…“",
 * "In der Zeitung fand sich die Feststellung „…“", "Auf dem Schild war
 * die Parole „…“ zu lesen": words written somewhere (a word of
 * written-verbs in the sentence [@a, @e) before the quotation that opens
 * at @i, or right after its closing mark @close) have for source the place
 * that a place-prepositions word opens in the clause before it, when a
 * colon or a noun introduces them. The place opens the sentence, a few
 * words before the quotation: a sentence of thousands of quotations is
 * not read again from its start for each. */
static gboolean
written_source (QmRun *run,
                int    a,
                int    i,
                int    close,
                int    e,
                QmNp  *np)
{
  gboolean verb = FALSE;

  if (i - 1 <= a || i - a > MAX_WRITTEN_LEAD ||
      !(is_punct (run, i - 1, ':') ||
        (tok_at (run, i - 1)->kind == QM_TOK_WORD && (tok_at (run, i - 1)->flags & QM_TOK_CAPITAL))))
    return FALSE;
  for (int k = a; k < e && !verb; k++)
    {
      QmTok *t = tok_at (run, k);

      if (k == i)
        k = close;
      else if (k > close + 3)
        break;
      /* not "Am Ende stand fest: „…“": a word no list knows after the
       * verb that ends the clause is its particle */
      else if (t->kind == QM_TOK_WORD && t->mark < 0 && (t->flags & QM_TOK_LOWER) &&
               word_has_role (run, t, QM_ROLE_WRITTEN_VERB) &&
               !(k + 2 < (int)run->toks->len && tok_at (run, k + 1)->kind == QM_TOK_WORD && tok_at (run, k + 1)->words == 0 &&
                 (tok_at (run, k + 1)->flags & QM_TOK_LOWER) && tok_at (run, k + 2)->kind != QM_TOK_WORD))
        verb = TRUE;
    }
  if (!verb)
    return FALSE;
  /* "eine Erklärung, in der es heißt: „…“", "ein Schild, auf dem stand:
   * „…“": a place-prepositions word and a relative pronoun (an article in
   * lower case) right after the last comma before the quotation make the
   * phrase before that comma the place */
  for (int k = i - 2; k > a; k--)
    {
      QmTok *p, *rel;

      if (tok_at (run, k)->mark >= 0)
        break;
      if (!is_punct (run, k, ','))
        continue;
      p = tok_at (run, k + 1);
      rel = tok_at (run, k + 2);
      if (k + 2 < i - 1 && p->kind == QM_TOK_WORD && p->mark < 0 && (p->flags & QM_TOK_LOWER) &&
          word_has_role (run, p, QM_ROLE_PLACE_PREPOSITION) && rel->kind == QM_TOK_WORD && rel->mark < 0 &&
          (rel->flags & QM_TOK_LOWER) && (rel->words & QM_WORD_DEFINITE) && (rel->words & QM_WORD_DETERMINER) &&
          _qm_np_left (run, a, k - 1, np) && np->last == k - 1 && np->kind != QM_NP_PRONOUN && np->kind != QM_NP_NONE)
        return TRUE;
      break;
    }
  for (int k = a; k < i - 1; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->mark >= 0 || is_punct (run, k, ','))
        break;
      if (t->kind == QM_TOK_WORD && word_has_role (run, t, QM_ROLE_PLACE_PREPOSITION) &&
          _qm_np_right (run, k + 1, i, np) && np->kind != QM_NP_PRONOUN)
        return TRUE;
    }
  return FALSE;
}

/* "mit der Parole „…“", "Sprüche wie zum Beispiel „…“": quoted words
 * after a noun for a slogan (slogan-nouns), with at most three
 * slogan-links words between, or after such words and a lower-case word
 * ("oder", "und"), are words chanted or written. */
static gboolean
slogan_mark (QmRun *run,
             int    i)
{
  /* "Parolen wie „…“ oder „…“": a slogan joined to one before by a
   * lower-case word is one too */
  if (i >= 3 && tok_at (run, i - 1)->kind == QM_TOK_WORD && (tok_at (run, i - 1)->flags & QM_TOK_LOWER) &&
      tok_at (run, i - 1)->mark < 0 && tok_at (run, i - 2)->kind == QM_TOK_CLOSE && tok_at (run, i - 2)->mark >= 0)
    for (int k = i - 3; k >= 0 && k >= i - 80; k--)
      if (tok_at (run, k)->kind == QM_TOK_OPEN && tok_at (run, k)->mark == tok_at (run, i - 2)->mark)
        {
          if (slogan_mark (run, k))
            return TRUE;
          break;
        }
  for (int k = i - 1; k >= 0 && k >= i - 4; k--)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind != QM_TOK_WORD || t->mark >= 0)
        return FALSE;
      if (word_has_role (run, t, QM_ROLE_SLOGAN_NOUN))
        return (t->flags & QM_TOK_CAPITAL) != 0;
      if (!word_has_role (run, t, QM_ROLE_SLOGAN_LINK))
        return FALSE;
    }
  return FALSE;
}

/* "die „Jamaika“-Koalition", "an „engine cutoff“-Sensoren": a closing mark
 * with a hyphen and a word right after it makes the quoted words part of a
 * compound, a term and no one's words. */
static gboolean
compound_mark (QmRun        *run,
               const QmMark *m)
{
  gsize e = QM_MARK_CLOSE_END (m);

  return e > m->end && e + 1 < run->n_bytes && run->data[e] == '-' &&
         (g_ascii_isalnum (run->data[e + 1]) || (guchar)run->data[e + 1] >= 0x80);
}

/* "laut „Tagesblatt“", "according to “The Post”": quoted words right
 * after the words that introduce a source (according-to, not a word of
 * edge-according) name the source, not what it said. */
static gboolean
source_name_mark (QmRun *run,
                  int    i)
{
  for (int k = MAX (i - 3, 0); k < i; k++)
    {
      int last;

      /* not "…, so „…“", where "so" goes on with words said */
      if ((tok_at (run, k)->words & QM_WORD_ACCORDING) && match_according (run, k, i, &last) && last == i - 1 &&
          !word_has_role (run, tok_at (run, k), QM_ROLE_EDGE_ACCORDING))
        return TRUE;
    }
  /* German "nach Angaben der Leiterin der Sektion von „Helfer ohne
   * Zaun“", "laut einer Meldung des Fachblatts „Autowelt“": a name in
   * marks (a few words, the first capitalised) that ends the noun phrase
   * of a source after its according-to words (nouns, articles,
   * prepositions, adjectives before a noun, right after a noun or a
   * preposition) is part of the source */
  if (run->lang->verb_second && i > 1 && i + 1 < (int)run->toks->len && tok_at (run, i - 1)->kind == QM_TOK_WORD &&
      tok_at (run, i - 1)->mark < 0 &&
      ((tok_at (run, i - 1)->flags & QM_TOK_CAPITAL) || (tok_at (run, i - 1)->words & QM_WORD_PREPOSITION)) &&
      tok_at (run, i + 1)->kind == QM_TOK_WORD && (tok_at (run, i + 1)->flags & QM_TOK_CAPITAL) &&
      mark_at (run, tok_at (run, i)->mark)->n_words <= run->lang->scare_max_words)
    for (int k = i - 2; k >= 0 && k >= i - 14; k--)
      {
        QmTok *u = tok_at (run, k);
        int last;

        if (u->kind != QM_TOK_WORD || u->mark >= 0)
          break;
        if ((u->words & QM_WORD_ACCORDING) && match_according (run, k, i, &last) && last < i - 1)
          {
            gboolean phrase = TRUE;

            for (int j = last + 1; j < i && phrase; j++)
              {
                QmTok *w = tok_at (run, j);

                phrase = (w->flags & QM_TOK_CAPITAL) ||
                         (w->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION)) ||
                         (tok_at (run, j + 1)->kind == QM_TOK_WORD && (tok_at (run, j + 1)->flags & QM_TOK_CAPITAL));
              }
            if (phrase)
              return TRUE;
          }
      }
  /* German "dem „Abendblatt“ zufolge": a name in marks after an article
   * and before a word that follows its source (according-after) */
  if (i > 0 && tok_at (run, i - 1)->kind == QM_TOK_WORD && (tok_at (run, i - 1)->words & QM_WORD_DETERMINER) &&
      (tok_at (run, i - 1)->flags & QM_TOK_LOWER))
    {
      int close = close_token_of_mark (run, i + 1, MIN ((int)run->toks->len, i + 10), tok_at (run, i)->mark);

      if (close > i && close + 1 < (int)run->toks->len && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, close + 1)->words & QM_WORD_ACCORDING_AFTER) && tok_at (run, close + 1)->mark < 0)
        return TRUE;
    }
  return FALSE;
}

/* The token after the separator of a list that opens at token @k: a
 * comma, a conjunction in lower case ("und") or both; @k itself when
 * there is none. */
static int
list_link_after (QmRun *run,
                 int    k,
                 int    n)
{
  if (k < n && is_punct (run, k, ','))
    k++;
  if (k < n && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
      (tok_at (run, k)->flags & QM_TOK_LOWER) && (tok_at (run, k)->words & QM_WORD_CONJUNCTION))
    k++;
  return k;
}

/* "darunter „…“, „…“ und „…“": a quotation in a list of three or more,
 * one after the other with only commas or a conjunction between them,
 * none a sentence, is a title among titles. */
#define TITLE_LIST_MARKS 3
#define TITLE_LIST_REACH 8
/* the most words a name in quotation marks has */
#define MAX_NAME_WORDS 16

static gboolean
title_list (QmRun *run,
            int    i,
            int    n)
{
  int count = 1;
  int open = i;
  int close = close_token_of_mark (run, i + 1, n, tok_at (run, i)->mark);

  if (close < 0 || is_final_punct (tok_at (run, close - 1)))
    return FALSE;
  /* the quotations after it */
  for (int steps = 0; steps < TITLE_LIST_REACH && count < TITLE_LIST_MARKS; steps++)
    {
      int k = list_link_after (run, close + 1, n);

      if (k == close + 1 || k >= n || tok_at (run, k)->kind != QM_TOK_OPEN)
        break;
      close = close_token_of_mark (run, k + 1, n, tok_at (run, k)->mark);
      if (close < 0 || is_final_punct (tok_at (run, close - 1)))
        return FALSE;
      count++;
    }
  /* and before it */
  for (int steps = 0; steps < TITLE_LIST_REACH && count < TITLE_LIST_MARKS; steps++)
    {
      int k = open - 1;
      int o;

      if (k >= 0 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
          (tok_at (run, k)->flags & QM_TOK_LOWER) && (tok_at (run, k)->words & QM_WORD_CONJUNCTION))
        k--;
      if (k >= 0 && is_punct (run, k, ','))
        k--;
      if (k == open - 1 || k < 1 || tok_at (run, k)->kind != QM_TOK_CLOSE || is_final_punct (tok_at (run, k - 1)))
        break;
      for (o = k - 1; o >= 0 && o > k - 40 && tok_at (run, o)->kind != QM_TOK_OPEN; o--)
        ;
      if (o < 0 || tok_at (run, o)->kind != QM_TOK_OPEN || tok_at (run, o)->mark != tok_at (run, k)->mark)
        break;
      open = o;
      count++;
    }
  return count >= TITLE_LIST_MARKS;
}

/* „Der Spiegel“, die Zeitung „Yemen Observer“, the “Make America Great
 * Again” hats: a short quotation after an article or a noun that opens with
 * a capital or a digit and ends without punctuation names a title, a paper
 * or an organisation, not words anyone said. */
static gboolean
title_mark (QmRun *run,
            int    i)
{
  int n = run->toks->len;
  QmTok *prev, *first;
  QmMark *m;
  int c;

  if (i < 0 || i + 2 >= n || tok_at (run, i)->kind != QM_TOK_OPEN)
    return FALSE;
  m = mark_at (run, tok_at (run, i)->mark);
  if (m->n_words == 0)
    return FALSE;
  /* "die sich selbst „…“ nennt": a name one gives oneself, even a long
   * one; a title in a list of titles */
  if (run->lang->fragments_direct && m->n_words <= MAX_NAME_WORDS &&
      ((i >= 2 && self_named (run, i, n)) || title_list (run, i, n)))
    return TRUE;
  /* "unter dem Motto „Wir bleiben hier!“", "mit dem Titel: „…“": quoted
   * words right after a noun for a name (name-nouns) name something */
  if (i >= 1 && m->n_words <= MAX_NAMED_WORDS)
    {
      int w = is_punct (run, i - 1, ':') ? i - 2 : i - 1;

      if (w >= 0 && tok_at (run, w)->kind == QM_TOK_WORD && tok_at (run, w)->mark < 0 &&
          (tok_at (run, w)->flags & QM_TOK_CAPITAL) && word_has_role (run, tok_at (run, w), QM_ROLE_NAME_NOUN))
        return TRUE;
    }
  if (m->n_words > 8)
    return FALSE;
  /* „Yemen Observer“, “Le Grand Macabre”, „Sichere Brücken 2030“: words
   * that all open with a capital or a digit, without punctuation, name
   * something wherever they stand. */
  if (m->n_words >= 2)
    {
      gboolean name = TRUE;
      int k;

      for (k = i + 1; k < n && name && tok_at (run, k)->mark == tok_at (run, i)->mark &&
                      tok_at (run, k)->kind != QM_TOK_CLOSE; k++)
        if ((tok_at (run, k)->kind == QM_TOK_WORD && !(tok_at (run, k)->flags & (QM_TOK_CAPITAL | QM_TOK_DIGIT))) ||
            is_final_punct (tok_at (run, k)) || is_punct (run, k, ',') || is_punct (run, k, ':'))
          name = FALSE;
      if (name)
        return TRUE;
    }
  /* "“Harbour Is the New Home” star Eva Holm": a quotation that opens with
   * a capital right before a role in lower case and a name is the title
   * of what that person is known for. */
  if (!run->lang->verb_second && tok_at (run, i + 1)->kind == QM_TOK_WORD && (tok_at (run, i + 1)->flags & QM_TOK_CAPITAL))
    {
      c = close_token_of_mark (run, i + 1, n, tok_at (run, i)->mark);
      if (c > i + 1 && c + 2 < n && tok_at (run, c - 1)->kind == QM_TOK_WORD && tok_at (run, c + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, c + 1)->flags & QM_TOK_LOWER) && (tok_at (run, c + 1)->words & QM_WORD_ROLE) &&
          !(tok_at (run, c + 1)->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)) &&
          tok_at (run, c + 2)->kind == QM_TOK_WORD && (tok_at (run, c + 2)->flags & QM_TOK_CAPITAL) &&
          !(tok_at (run, c + 2)->words & QM_WORD_NOT_NAME))
        return TRUE;
    }
  if (i < 1)
    return FALSE;
  /* "(„gegossenes Blei“)", "(etwa: „Partei der Volksmacht“)", "(deutsch
   * „Britannien zuerst“)": a gloss in parentheses without a comma or a
   * sentence's end names or translates something. */
  if (is_punct (run, i - 1, '(') || (is_punct (run, i - 1, ':') && i >= 3 && (is_punct (run, i - 3, '(') ||
                                                                           (i >= 4 && is_punct (run, i - 4, '(')))) ||
      (i >= 2 && is_punct (run, i - 2, '(') && tok_at (run, i - 1)->kind == QM_TOK_WORD &&
       (tok_at (run, i - 1)->flags & QM_TOK_LOWER) && tok_at (run, i - 1)->mark < 0))
    {
      gboolean sentence = FALSE;

      c = close_token_of_mark (run, i + 1, n, tok_at (run, i)->mark);
      for (int k = i + 1; k < c && !sentence; k++)
        sentence = is_final_punct (tok_at (run, k)) || is_punct (run, k, ',');
      if (c > i + 1 && c + 1 < n && is_punct (run, c + 1, ')') && !sentence)
        return TRUE;
    }
  prev = tok_at (run, i - 1);
  first = tok_at (run, i + 1);
  if (prev->kind != QM_TOK_WORD || first->kind != QM_TOK_WORD || !(first->flags & (QM_TOK_CAPITAL | QM_TOK_DIGIT)))
    return FALSE;
  if (!(prev->words & QM_WORD_DEFINITE) &&
      !((prev->flags & QM_TOK_POSSESSIVE) && !(prev->words & QM_WORD_PRONOUN)) &&
      !((prev->flags & QM_TOK_CAPITAL) && i >= 2 && tok_at (run, i - 2)->kind == QM_TOK_WORD &&
        !(prev->words & (QM_WORD_VERB | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_ADVERB |
                         QM_WORD_PRONOUN | QM_WORD_COMPLEMENT))))
    return FALSE;
  c = close_token_of_mark (run, i + 1, n, tok_at (run, i)->mark);
  /* “New Day,” — a comma inside the marks, as American usage puts it */
  if (c > i + 2 && is_punct (run, c - 1, ','))
    c--;
  return c > i + 1 && tok_at (run, c - 1)->kind == QM_TOK_WORD;
}

/* German "Ott warnte vor der „Krise“": quoted words after a definite
 * article that a topic preposition opens are the topic of a verb of
 * speech, the speaker's word, not a name (as "die „Berliner Zeitung“" is
 * elsewhere). */
static gboolean
topic_article_mark (QmRun *run,
                    int    i)
{
  return run->lang->verb_second && i >= 2 && tok_at (run, i - 1)->kind == QM_TOK_WORD &&
         (tok_at (run, i - 1)->words & QM_WORD_DEFINITE) && (tok_at (run, i - 1)->flags & QM_TOK_LOWER) &&
         tok_at (run, i - 2)->kind == QM_TOK_WORD && (tok_at (run, i - 2)->flags & QM_TOK_LOWER) &&
         word_has_role (run, tok_at (run, i - 2), QM_ROLE_TOPIC_PREPOSITION);
}

/* “The Night Harbour Show,” “Letters From the Quay”: a quotation of
 * a few words in title case, every word but the small ones capitalised, is
 * the name of a show, a book or a campaign, not words anyone said. */
static gboolean
title_case_mark (QmRun *run,
                 int    i,
                 int    n)
{
  QmMark *m = mark_at (run, tok_at (run, i)->mark);
  int capitals = 0;

  if (m->n_words < 2 || m->n_words > 8)
    return FALSE;
  /* German capitalises its nouns: „als Gehilfen der Ämter“ is
   * words said, a title opens with a capital. */
  if (run->lang->verb_second && i + 1 < n && tok_at (run, i + 1)->kind == QM_TOK_WORD &&
      (tok_at (run, i + 1)->flags & QM_TOK_LOWER))
    return FALSE;
  /* German: "fordert eine „Wende für die Belegschaft“", "sieht einen
   * „schweren Angriff auf die Belegschaft“" — after an article that is no
   * definite one (and adjectives) the capitals are nouns, no title */
  if (run->lang->verb_second)
    {
      int p = i - 1;

      while (p >= 0 && tok_at (run, p)->kind == QM_TOK_WORD && (tok_at (run, p)->flags & QM_TOK_LOWER) &&
             tok_at (run, p)->words == 0 && tok_at (run, p)->mark < 0)
        p--;
      if (p >= 0 && tok_at (run, p)->kind == QM_TOK_WORD && (tok_at (run, p)->flags & QM_TOK_LOWER) &&
          tok_at (run, p)->mark < 0 && (tok_at (run, p)->words & QM_WORD_DETERMINER) &&
          !(tok_at (run, p)->words & (QM_WORD_DEFINITE | QM_WORD_PRONOUN)))
        return FALSE;
    }
  for (int k = i + 1; k < n && tok_at (run, k)->kind != QM_TOK_CLOSE; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind == QM_TOK_OPEN)
        return FALSE;
      if (t->kind != QM_TOK_WORD)
        {
          /* a sentence ends inside: words said */
          if (is_final_punct (t) && k + 1 < n && tok_at (run, k + 1)->kind == QM_TOK_WORD)
            return FALSE;
          /* German: „Betet für den Frieden.“ — a point that ends the
           * words inside the marks ends a sentence said, no title */
          if (run->lang->verb_second && is_punct (run, k, '.') && k + 1 < n && tok_at (run, k + 1)->kind == QM_TOK_CLOSE)
            return FALSE;
          continue;
        }
      if (t->flags & (QM_TOK_CAPITAL | QM_TOK_DIGIT))
        capitals++;
      else if (!(t->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_CONJUNCTION)) ||
               (t->words & QM_WORD_PRONOUN))
        return FALSE;
    }
  return capitals >= 2;
}

/* "“RECORD CROWDS,”": every word between the marks at @open and @close
 * in capitals, two letters or more of them. */
static gboolean
all_capitals (QmRun *run,
              int    open,
              int    close)
{
  int words = 0;

  for (int k = open + 1; k < close; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind != QM_TOK_WORD)
        continue;
      if (t->end - t->start < 2)
        return FALSE;
      for (gsize b = t->start; b < t->end; b++)
        if (g_ascii_islower (run->data[b]))
          return FALSE;
      words++;
    }
  return words >= 2;
}

/* Teachers are “looking for …,” the union's president said. “That must
 * worry them.” — a quotation that opens the sentence after the cue of a
 * mixed one, without a cue of its own, goes on with it. Returns the end of
 * the mixed quotation, @end when nothing goes on. */
static gsize
mixed_goes_on (QmRun *run,
               Attr  *at,
               gsize  end)
{
  int n = run->toks->len;
  int k = MAX (at->cue_last, at->np.last) + 1;
  int close;
  QmMark *m;
  Attr other;

  while (k < n && k < at->cue_last + 40 && tok_at (run, k)->kind != QM_TOK_OPEN &&
         !(is_final_punct (tok_at (run, k)) && tok_at (run, k)->mark < 0))
    k++;
  if (k + 1 >= n || !is_final_punct (tok_at (run, k)) || tok_at (run, k + 1)->kind != QM_TOK_OPEN)
    return end;
  m = mark_at (run, tok_at (run, k + 1)->mark);
  if (m->flags & (QM_MARK_USED | QM_MARK_MERGED | QM_MARK_PARAGRAPHS))
    return end;
  close = close_token_of_mark (run, k + 2, n, tok_at (run, k + 1)->mark);
  if (close < 0 || cue_after (run, close + 1, n, &other))
    return end;
  /* “C” because …, she said: the quotation is part of another content */
  if (!run->lang->verb_second && close + 1 < n && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
      tok_at (run, close + 1)->mark < 0 && (tok_at (run, close + 1)->flags & QM_TOK_LOWER))
    return end;
  m->flags |= QM_MARK_USED;
  return m->end;
}

/* A test of the quotation mark that opens at @i, in a span from @a. */
typedef gboolean (*MarkTest) (QmRun *run,
                              int    a,
                              int    i);

/* Whether every quotation mark that opens between @a and @b passes @test;
 * FALSE when none opens there. */
static gboolean
every_mark (QmRun    *run,
            int       a,
            int       b,
            MarkTest  test)
{
  gboolean any = FALSE;

  for (int i = a; i < b; i++)
    {
      if (tok_at (run, i)->kind != QM_TOK_OPEN)
        continue;
      if (!test (run, a, i))
        return FALSE;
      any = TRUE;
    }
  return any;
}

/* The quotation follows a naming word ("als „…“"). */
static gboolean
mark_named (QmRun *run,
            int    a G_GNUC_UNUSED,
            int    i)
{
  QmTok *w = i > 0 ? tok_at (run, i - 1) : NULL;

  return w != NULL && w->kind == QM_TOK_WORD && (w->flags & QM_TOK_LOWER) && w->mark < 0 &&
         word_has_role (run, w, QM_ROLE_NAMING);
}

/* "skandierten Parolen wie „…“ oder „…“": the quotation opens a slogan
 * (slogan_mark). */
static gboolean
mark_slogan (QmRun *run,
             int    a G_GNUC_UNUSED,
             int    i)
{
  return i > 0 && slogan_mark (run, i);
}

/* German "gab die Entscheidung im Quartier „Forte Village“ bekannt": the
 * quotation opens right after a capitalised word, a noun the quoted words
 * are the name of. */
static gboolean
mark_after_noun (QmRun *run,
                 int    a,
                 int    i)
{
  QmTok *w = i > a ? tok_at (run, i - 1) : NULL;

  return w != NULL && w->kind == QM_TOK_WORD && (w->flags & QM_TOK_CAPITAL) && w->mark < 0;
}

/* German "Holm nannte den Plan „Unsinn“": a few quoted words that end the
 * object right after a naming verb, after an article (and adjectives) and
 * the noun they qualify, are the name the speaker gives it, her words,
 * though they look like the name of the noun ("die Zeitung „Nordblick“"). */
static gboolean
name_given_mark (QmRun      *run,
                 const Attr *at,
                 int         i)
{
  QmTok *verb, *article;
  QmMark *m;
  int k;

  if (!run->lang->verb_second || at->verb < 0 || at->verb != at->c0 - 1 || i < at->c0 + 2 ||
      tok_at (run, i)->kind != QM_TOK_OPEN)
    return FALSE;
  verb = tok_at (run, at->verb);
  article = tok_at (run, at->c0);
  if (verb->kind != QM_TOK_WORD || !(verb->words & QM_WORD_NAMING) || article->kind != QM_TOK_WORD ||
      !(article->flags & QM_TOK_LOWER) || article->mark >= 0 ||
      !((article->words & QM_WORD_DEFINITE) || (article->flags & QM_TOK_POSSESSIVE)))
    return FALSE;
  for (k = at->c0 + 1; k < i - 1; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || !(tok_at (run, k)->flags & QM_TOK_LOWER) || tok_at (run, k)->mark >= 0)
      return FALSE;
  if (!mark_after_noun (run, at->c0, i))
    return FALSE;
  m = mark_at (run, tok_at (run, i)->mark);
  return m->n_words <= run->lang->scare_max_words &&
         close_token_of_mark (run, i + 1, at->c1, tok_at (run, i)->mark) == at->c1 - 1;
}

/* "in what Anna Berg called “…”", "what it calls “…” profiles": a word
 * of the language's free-relatives right before the speaker opens the
 * clause the quoted words are the object of, when the content follows
 * the cue at once or after one lower-case word ("described as"). The
 * token of that word, or -1. */
static int
free_relative_start (QmRun      *run,
                     const Attr *at,
                     int         content)
{
  int w = at->np.first - 1;
  QmTok *t;

  if (!(run->lang->roles_listed & QM_ROLE_FREE_RELATIVE) || w < 0 || at->np.kind == QM_NP_NONE || at->cue_first <= at->np.last ||
      content <= at->cue_last || content > at->cue_last + 2)
    return -1;
  if (content == at->cue_last + 2 &&
      (tok_at (run, content - 1)->kind != QM_TOK_WORD || !(tok_at (run, content - 1)->flags & QM_TOK_LOWER) ||
       tok_at (run, content - 1)->mark >= 0))
    return -1;
  t = tok_at (run, w);
  if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER))
    return -1;
  if (word_has_role (run, t, QM_ROLE_FREE_RELATIVE))
    return w;
  /* "what aide Tom Lund called “…”": a role in lower case before the
   * name */
  for (int r = w; r > 0 && r >= w - 1 && r > at->np.first - 4; r--)
    {
      QmTok *u = tok_at (run, r);
      QmTok *before = tok_at (run, r - 1);

      if (u->kind != QM_TOK_WORD || u->mark >= 0 || !(u->flags & QM_TOK_LOWER) || !(u->words & QM_WORD_ROLE) ||
          (u->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_PRONOUN | QM_WORD_VERB)))
        break;
      if (before->mark < 0 && (before->flags & QM_TOK_LOWER) && word_has_role (run, before, QM_ROLE_FREE_RELATIVE))
        return r - 1;
    }
  /* "the bodies, which he called “a club”", "a clip that Judge Berg
   * called “distasteful”": a relative clause of a naming verb whose
   * object is the quotation right after it */
  if ((((t->words & QM_WORD_RELATIVE) && !participle_ending (run, t, 0)) || word_has_role (run, t, QM_ROLE_DECLARATIVE)) &&
      tok_at (run, at->cue_last)->kind == QM_TOK_WORD && (tok_at (run, at->cue_last)->words & QM_WORD_NAMING) &&
      content == at->cue_last + 1 && tok_at (run, content)->kind == QM_TOK_OPEN)
    return w;
  return -1;
}

/* "Moreau hailed the deal as a “breakthrough.”", "referred to him as
 * “a reformer”": a word of the language's naming-words between an object
 * and the quotation at @open (a determiner or a participle may stand
 * between) makes the quoted words what the subject of the verb before the
 * object calls it. Returns that verb, with the object's first token in
 * @obj and the subject in @np, or -1. */
static int
predicative_object (QmRun *run,
                    int    a,
                    int    open,
                    int   *obj,
                    QmNp  *np)
{
  int p = open - 1;
  QmTok *t;

  if (p - 2 <= a)
    return -1;
  t = tok_at (run, p);
  if (t->kind == QM_TOK_WORD && (t->flags & QM_TOK_LOWER) && t->mark < 0 &&
      ((t->words & QM_WORD_DETERMINER) || participle_ending (run, t, 3)))
    t = tok_at (run, --p);
  if (t->kind != QM_TOK_WORD || !(t->flags & QM_TOK_LOWER) || t->mark >= 0 ||
      !word_has_role (run, t, QM_ROLE_NAMING))
    return -1;
  /* the object: at least one word after the verb, no comma, no quotation */
  t = tok_at (run, p - 1);
  if (t->kind != QM_TOK_WORD || t->mark >= 0)
    return -1;
  for (int v = p - 2; v >= a && v >= p - 12; v--)
    {
      QmTok *w = tok_at (run, v);
      int o = v + 1;

      if (w->kind != QM_TOK_WORD || w->mark >= 0)
        return -1;
      if (!(w->flags & QM_TOK_LOWER) || (v > a && is_noun_marker (tok_at (run, v - 1))) ||
          !(is_verb (w) || ((word_has_ending (run, w, &run->lang->past_endings, 3) || participle_ending (run, w, 3)) && w->end - w->start >= 5)))
        continue;
      /* "referred to him as …" */
      if (o + 1 < p && (tok_at (run, o)->words & QM_WORD_PREPOSITION) && (tok_at (run, o)->flags & QM_TOK_LOWER))
        o++;
      if (!(subject_left (run, a, v, np) || clause_subject (run, a, v, np)) || np->kind == QM_NP_NONE)
        return -1;
      *obj = o;
      return v;
    }
  return -1;
}

/* "…, der Chef der Behörde, Karl Brenner („…“), und …": a sentence in
 * marks (from @open to @close) that fills a parenthesis right after a
 * name is the words of the one named (not a nickname: "Tom Berg („der
 * Bomber“)"). */
static gboolean
paren_speaker (QmRun *run,
               int    a,
               int    open,
               int    close,
               int    n,
               QmNp  *np)
{
  QmNp named;
  if (!run->lang->verb_second || open < 2 || close <= open + 1 || close + 1 >= n || !is_punct (run, open - 1, '(') ||
      !is_punct (run, close + 1, ')') || tok_at (run, open + 1)->kind != QM_TOK_WORD ||
      !(tok_at (run, open + 1)->flags & QM_TOK_CAPITAL) || !is_final_punct (tok_at (run, close - 1)) ||
      tok_at (run, open - 2)->kind != QM_TOK_WORD || tok_at (run, open - 2)->mark >= 0 ||
      mark_at (run, tok_at (run, open)->mark)->n_words < 3)
    return FALSE;
  if (!_qm_np_left (run, MAX (a, open - 12), open - 2, &named) || named.last != open - 2 || named.kind != QM_NP_NAME ||
      !(named.last > named.first || _qm_np_names_person (run, &named)))
    return FALSE;
  *np = named;
  return TRUE;
}

/* The speaker of the direct quotation @q, the mark that opens at @open
 * in the content of @at: the cue's, or the one named right before it
 * when it fills a parenthesis (paren_speaker()). */
static void
content_mark_speaker (QmRun        *run,
                      QmFoundQuote *q,
                      const Attr   *at,
                      int           open)
{
  Attr named = { 0, };
  int n = (int)run->toks->len;

  if (q->kind == QM_QUOTE_KIND_DIRECT &&
      paren_speaker (run, 0, open, close_token_of_mark (run, open, n, tok_at (run, open)->mark), n, &named.np))
    {
      named.cue_first = named.cue_last = open - 1;
      named.person = G_MININT;
      named.mention = -1;
      attr_speaker (run, q, &named, _qm_people_resolve (run, &named.np, 0));
      return;
    }
  /* German "Der Senator X nannte die Pläne laut einem Bericht der Zeitung
   * einen „…“": the words quoted in what a source reports (an
   * according-to word for the cue), in a sentence whose subject before a
   * verb of speech ahead of the source names someone, are that one's */
  if (q->kind == QM_QUOTE_KIND_DIRECT && run->lang->verb_second && at->cue_first >= 0 &&
      tok_at (run, at->cue_first)->kind == QM_TOK_WORD &&
      (tok_at (run, at->cue_first)->words & (QM_WORD_ACCORDING | QM_WORD_ACCORDING_AFTER)))
    {
      int a = at->cue_first;

      while (a > 0 && at->cue_first - a < 40 && !is_final_punct (tok_at (run, a - 1)) && tok_at (run, a - 1)->mark < 0)
        a--;
      for (int v = a + 1; v < at->cue_first; v++)
        if (is_verb (tok_at (run, v)) && (tok_at (run, v)->flags & QM_TOK_LOWER) && tok_at (run, v)->mark < 0)
          {
            if (subject_left (run, a, v, &named.np) && named.np.first == a && named.np.kind != QM_NP_PRONOUN &&
                _qm_np_names_person (run, &named.np))
              {
                named.cue_first = named.cue_last = v;
                named.person = G_MININT;
                named.mention = -1;
                attr_speaker (run, q, &named, _qm_people_resolve (run, &named.np, a));
                return;
              }
            break;
          }
      /* "Laut einem Bericht der Zeitung nannte der Senator X die Pläne
       * einen „…“": the content opens with the verb, its subject after
       * it */
      if (at->c0 > at->cue_first && at->c0 + 2 < open && is_verb (tok_at (run, at->c0)) &&
          (tok_at (run, at->c0)->flags & QM_TOK_LOWER) && tok_at (run, at->c0)->mark < 0 &&
          _qm_np_right (run, at->c0 + 1, open, &named.np) && named.np.kind != QM_NP_PRONOUN &&
          !(tok_at (run, named.np.first)->words & QM_WORD_OBLIQUE) && _qm_np_names_person (run, &named.np))
        {
          named.cue_first = named.cue_last = at->c0;
          named.person = G_MININT;
          named.mention = -1;
          attr_speaker (run, q, &named, _qm_people_resolve (run, &named.np, a));
          return;
        }
    }
  attr_speaker (run, q, at, at->person);
}

/* German: "das als „Dschungel am Meer“ bekannte Lager": the words in the
 * marks that open at @open after an article and "als" (naming-words),
 * with a word in lower case and a capitalised noun after them, before
 * @end, are the name the noun goes by, no one's words. */
static gboolean
attributive_name (QmRun *run,
                  int    open,
                  int    end)
{
  int close;

  if (!run->lang->verb_second || open < 2 || tok_at (run, open - 1)->kind != QM_TOK_WORD ||
      !(tok_at (run, open - 1)->flags & QM_TOK_LOWER) || !word_has_role (run, tok_at (run, open - 1), QM_ROLE_NAMING) ||
      tok_at (run, open - 2)->kind != QM_TOK_WORD || !(tok_at (run, open - 2)->words & QM_WORD_DETERMINER) ||
      (tok_at (run, open - 2)->words & QM_WORD_PRONOUN))
    return FALSE;
  close = close_token_of_mark (run, open + 1, end, tok_at (run, open)->mark);
  return close > open && close + 2 < end && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
         (tok_at (run, close + 1)->flags & QM_TOK_LOWER) && tok_at (run, close + 2)->kind == QM_TOK_WORD &&
         (tok_at (run, close + 2)->flags & QM_TOK_CAPITAL);
}

/* Verb second: where the content of @at opens at the comma after its
 * subject, which follows the cue, or right after that comma, with a
 * relative clause, a clause of "wie" (report-conjunctions) or an
 * apposition up to the next comma, with no verb in the Konjunktiv and no
 * "dass" in it: moves the content's start past them, to the "dass" after
 * that comma or, after a clause, to a clause in the Konjunktiv. */
static void
apposition_after_subject (QmRun *run,
                          Attr  *at)
{
  int cm = is_punct (run, at->c0, ',') ? at->c0 : at->c0 - 1;
  int s = cm + 1;
  int k;
  QmTok *t;
  gboolean clause;

  if (at->np.kind == QM_NP_NONE || at->np.first <= at->cue_last || cm < 2 || !is_punct (run, cm, ',') ||
      tok_at (run, cm)->mark >= 0 ||
      !(at->np.last == cm - 1 || (tok_at (run, cm - 1)->kind == QM_TOK_CLOSE && at->np.last == cm - 2)) ||
      s + 3 >= at->c1)
    return;
  t = tok_at (run, s);
  if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER))
    return;
  clause = (t->words & QM_WORD_RELATIVE) || word_has_role (run, t, QM_ROLE_SUBJECT_RELATIVE) ||
           word_has_role (run, t, QM_ROLE_REPORT_CONJUNCTION);
  if (!clause && !(t->words & QM_WORD_DETERMINER))
    return;
  for (k = s + 1; k < at->c1 && k < s + 24; k++)
    {
      QmTok *u = tok_at (run, k);

      if (u->kind == QM_TOK_OPEN)
        {
          int close = close_token_of_mark (run, k + 1, at->c1, u->mark);

          if (close < 0)
            return;
          k = close;
          continue;
        }
      if (is_punct (run, k, ',') && u->mark < 0)
        break;
      if (is_punct (run, k, ':') || is_final_punct (u) ||
          (u->kind == QM_TOK_WORD && (u->flags & QM_TOK_LOWER) && (u->words & (QM_WORD_REPORTED_MOOD | QM_WORD_COMPLEMENT))))
        return;
    }
  if (k + 2 >= at->c1 || !is_punct (run, k, ','))
    return;
  t = tok_at (run, k + 1);
  if (t->kind == QM_TOK_WORD && t->mark < 0 && (t->flags & QM_TOK_LOWER) && (t->words & QM_WORD_COMPLEMENT))
    {
      at->c0 = k + 2;
      return;
    }
  /* a clause ends with its verb in lower case ("…, wie sich die Gruppe
   * nennt,"), a phrase that names with a noun ("…, die Lage, die …") */
  if (!clause || tok_at (run, k - 1)->kind != QM_TOK_WORD || !(tok_at (run, k - 1)->flags & QM_TOK_LOWER) ||
      (tok_at (run, k - 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN)))
    return;
  for (int j = k + 1; j < at->c1 && j <= k + 5; j++)
    {
      QmTok *u = tok_at (run, j);

      if (u->kind != QM_TOK_WORD || u->mark >= 0)
        return;
      if ((u->flags & QM_TOK_LOWER) && (u->words & QM_WORD_REPORTED_MOOD))
        {
          at->c0 = k + 1;
          return;
        }
    }
}

static void
emit_reported (QmRun *run,
               Attr  *at)
{
  QmFoundQuote *q;
  gboolean has_mark = FALSE;
  gboolean quoted = FALSE;   /* a mark that quotes words, not a source's name */
  gboolean only_titles = TRUE;
  int last_open = -1;
  int words_outside = 0;
  int n_marks = 0;
  gboolean trimmed = FALSE;

  /* "laut „Netzwelt“ wird …": the closing mark of the source's name is
   * no part of the content */
  while (at->c0 + 1 < at->c1 && tok_at (run, at->c0)->kind == QM_TOK_CLOSE)
    at->c0++;
  /* "acknowledged, however, “…”": an adverb and its comma between the
   * cue and the quotation are no part of what was said */
  if (!run->lang->verb_second && at->c0 > at->cue_last && at->c0 + 3 < at->c1 && tok_at (run, at->c0)->kind == QM_TOK_WORD &&
      tok_at (run, at->c0)->mark < 0 && (tok_at (run, at->c0)->flags & QM_TOK_LOWER) &&
      (tok_at (run, at->c0)->words & (QM_WORD_ADVERB | QM_WORD_BREAK)) &&
      !(tok_at (run, at->c0)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_COMPLEMENT)) &&
      is_punct (run, at->c0 + 1, ',') && tok_at (run, at->c0 + 2)->kind == QM_TOK_OPEN)
    {
      at->c0 += 2;
      trimmed = TRUE;
    }
  /* "Lund joked, again using a thick accent, “…”": a participle's phrase
   * set off by commas between the cue and the quotation tells how it was
   * said */
  else if (!run->lang->verb_second && at->c0 > at->cue_last && at->c0 + 4 < at->c1 && is_punct (run, at->c0 - 1, ','))
    {
      int k = at->c0;

      while (k < at->c0 + 3 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
             (tok_at (run, k)->flags & QM_TOK_LOWER) && (tok_at (run, k)->words & QM_WORD_ADVERB) &&
             !(tok_at (run, k)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER | QM_WORD_PREPOSITION)))
        k++;
      if (k + 2 < at->c1 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
          (tok_at (run, k)->flags & QM_TOK_LOWER) && !(tok_at (run, k)->words & (QM_WORD_VERB | QM_WORD_MODEL_CUE)) &&
          participle_ending (run, tok_at (run, k), 2))
        for (int p = k + 1; p + 1 < at->c1 && p <= k + 10; p++)
          {
            QmTok *u = tok_at (run, p);

            if (u->mark >= 0 || (u->kind != QM_TOK_WORD && !is_punct (run, p, ',')) || is_verb (u))
              break;
            if (is_punct (run, p, ','))
              {
                if (tok_at (run, p + 1)->kind == QM_TOK_OPEN)
                  {
                    at->c0 = p + 1;
                    trimmed = TRUE;
                  }
                break;
              }
          }
    }
  /* A content that opens with a quotation ends with it when after it
   * comes "said, “Maybe,” when asked whether …" (a clause of a
   * subordinator or a question opener: when it was said), or "chanted
   * “…” until the mayor spoke" (clause-prepositions, also without a
   * comma: a time, no words said); "telling the
   * paper, “…,” she said, adding …": a speaker and a cue right after it
   * have that quotation, left to them */
  if (!run->lang->verb_second && at->c0 > at->cue_last && tok_at (run, at->c0)->kind == QM_TOK_OPEN && tok_at (run, at->c0)->mark >= 0)
    {
      int cl = close_token_of_mark (run, at->c0, at->c1, tok_at (run, at->c0)->mark);
      Attr other = { 0, };

      if (cl > at->c0 + 1 && cl + 2 < at->c1)
        {
          int w = cl + 1 + (is_punct (run, cl + 1, ',') ? 1 : 0);
          QmTok *u = tok_at (run, w);

          if (u->kind == QM_TOK_WORD && u->mark < 0 && (u->flags & QM_TOK_LOWER) &&
              (((is_punct (run, cl - 1, ',') || w > cl + 1) &&
                ((u->words & QM_WORD_SUBORDINATE) || word_has_role (run, u, QM_ROLE_QUESTION_OPENER))) ||
               word_has_role (run, u, QM_ROLE_CLAUSE_PREPOSITION)))
            {
              at->c1 = cl + 1;
              trimmed = TRUE;
            }
          else if (cue_after (run, cl + 1, at->c1, &other) &&
                   (other.np.first == w || other.cue_first == w) && other.np.kind != QM_NP_NONE)
            return;
        }
    }
  /* what is left is that quotation alone: a direct one, the cue's */
  if (trimmed && tok_at (run, at->c0)->kind == QM_TOK_OPEN && tok_at (run, at->c1 - 1)->kind == QM_TOK_CLOSE &&
      tok_at (run, at->c1 - 1)->mark == tok_at (run, at->c0)->mark && !title_mark (run, at->c0))
    {
      QmMark *m = mark_at (run, tok_at (run, at->c0)->mark);

      if (!(m->flags & (QM_MARK_USED | QM_MARK_MERGED)))
        {
          m->flags |= QM_MARK_USED;
          q = add_quote (run, QM_QUOTE_KIND_DIRECT, m->start, m->end, 0.9);
          attr_speaker (run, q, at, at->person);
          return;
        }
    }
  /* "“…,” he says, pulling the engine cord. “…”": after the cue of the
   * quotation that closes right before its speaker, a comma and a
   * participle of no verb of speech (nor of the model's cues:
   * "reassuring him that …") tell what the speaker does, not what was
   * said */
  if (!run->lang->verb_second && at->c0 + 1 < at->c1 && is_punct (run, at->c0, ',') && at->np.kind != QM_NP_NONE &&
      at->np.first > 0 && tok_at (run, at->np.first - 1)->kind == QM_TOK_CLOSE &&
      tok_at (run, at->c0 + 1)->kind == QM_TOK_WORD && (tok_at (run, at->c0 + 1)->flags & QM_TOK_LOWER) &&
      !(tok_at (run, at->c0 + 1)->words & (QM_WORD_VERB | QM_WORD_MODEL_CUE)) &&
      participle_ending (run, tok_at (run, at->c0 + 1), 3))
    return;
  /* German: "spricht sie über Schmerzen, Zweifel und ihre Familie" — after
   * the cue, words after a comma that follows a capitalised noun, with no
   * word in lower case but articles, conjunctions and prepositions (no
   * verb: every clause has one in lower case), go on with a list, no
   * content */
  if (run->lang->verb_second && at->c0 > at->cue_last + 1 && at->c0 >= 2 && at->c1 - at->c0 <= 8 &&
      is_punct (run, at->c0 - 1, ',') && tok_at (run, at->c0 - 2)->kind == QM_TOK_WORD &&
      (tok_at (run, at->c0 - 2)->flags & QM_TOK_CAPITAL) && tok_at (run, at->c0 - 2)->mark < 0 && at->c0 - 2 > at->cue_last)
    {
      gboolean clause = FALSE;

      for (int k = at->c0; k < at->c1 && !clause; k++)
        {
          QmTok *t = tok_at (run, k);

          clause = t->mark >= 0 || t->kind == QM_TOK_OPEN ||
                   (t->kind == QM_TOK_WORD && (t->flags & QM_TOK_LOWER) &&
                    !(t->words & (QM_WORD_DETERMINER | QM_WORD_CONJUNCTION | QM_WORD_PREPOSITION)));
        }
      if (!clause)
        return;
    }
  /* German: "X sagte dazu gegenüber der „Post“: „…“" — words right after
   * the cue up to the colon before a quotation, opened by an adverb or a
   * preposition, say where and to whom, not what */
  if (run->lang->verb_second && at->c0 == at->cue_last + 1 && at->c1 - at->c0 <= 8 && at->c1 + 1 < (int)run->toks->len &&
      is_punct (run, at->c1, ':') && tok_at (run, at->c1 + 1)->kind == QM_TOK_OPEN &&
      tok_at (run, at->c0)->kind == QM_TOK_WORD && tok_at (run, at->c0)->mark < 0 && (tok_at (run, at->c0)->flags & QM_TOK_LOWER) &&
      ((tok_at (run, at->c0)->words & (QM_WORD_ADVERB | QM_WORD_PREPOSITION)) ||
       word_has_role (run, tok_at (run, at->c0), QM_ROLE_PRONOMINAL_ADVERB)))
    {
      gboolean verb = FALSE;

      for (int k = at->c0; k < at->c1 && !verb; k++)
        verb = is_verb (tok_at (run, k)) || (tok_at (run, k)->words & (QM_WORD_COMPLEMENT | QM_WORD_REPORTED_MOOD));
      if (!verb)
        return;
    }
  /* German: "X sagte im Radio: „…“, betont sie." — content after a
   * colon that is one quotation and a cue of its own after its comma is
   * that quotation, no reported clause around it */
  if (run->lang->verb_second && at->c0 > 0 && at->c0 + 4 < at->c1 && is_punct (run, at->c0 - 1, ':') &&
      tok_at (run, at->c0)->kind == QM_TOK_OPEN && tok_at (run, at->c0)->mark >= 0)
    {
      int cl = close_token_of_mark (run, at->c0 + 1, at->c1, tok_at (run, at->c0)->mark);

      if (cl > at->c0 && cl + 3 <= at->c1 && cl + 6 >= at->c1 && is_punct (run, cl + 1, ',') &&
          is_verb (tok_at (run, cl + 2)) && (tok_at (run, cl + 2)->flags & QM_TOK_LOWER))
        return;
    }
  /* German: "„…“, sagte er dieser Zeitung." — after the cue and the
   * speaker of a quotation that closed right before them, a determiner
   * and capitalised words up to the sentence's end are the one spoken to,
   * no content */
  if (run->lang->verb_second && at->cue_first >= 2 && at->c0 + 1 < at->c1 && at->c1 - at->c0 <= 4 &&
      is_punct (run, at->cue_first - 1, ',') && tok_at (run, at->cue_first - 2)->kind == QM_TOK_CLOSE &&
      at->np.kind != QM_NP_NONE && at->np.first > at->cue_last && at->c0 > at->np.last &&
      tok_at (run, at->c0)->kind == QM_TOK_WORD && tok_at (run, at->c0)->mark < 0 &&
      (tok_at (run, at->c0)->words & QM_WORD_DETERMINER) && (tok_at (run, at->c0)->flags & QM_TOK_LOWER))
    {
      int k = at->c0 + 1;

      while (k < at->c1 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
             (tok_at (run, k)->flags & QM_TOK_CAPITAL))
        k++;
      if (k == at->c1 || (k + 1 == at->c1 && is_final_punct (tok_at (run, k))))
        {
          /* the speaker speaks on: "Die Umsätze seien gesunken." after it
           * is theirs */
          run->last_attr_para = run->paragraph;
          run->last_attr_speaker.start = tok_at (run, at->np.first)->start;
          run->last_attr_speaker.end = tok_at (run, at->np.last)->end;
          if (at->person >= 0)
            {
              run->last_speaker = at->person;
              run->last_speaker_para = run->paragraph;
              run->last_speaker_span = run->last_attr_speaker;
            }
          return;
        }
    }
  /* German: "Dazu äußerte er sich nicht.", "Lund zeigte sich als faire
   * Verliererin." — a reflexive right after the verb's subject (or right
   * after the verb, its subject before it), with at most a few words after it up to a comma or
   * the sentence's end, makes the verb one of bearing, not of saying:
   * nothing is reported there, unless a "dass" after the comma opens the
   * content ("äußerte sie sich besorgt, dass …"). */
  if (run->lang->verb_second && at->verb >= 0 && at->np.kind != QM_NP_NONE &&
      ((at->np.first > at->verb && at->np.last + 1 == at->c0 && at->c0 - at->verb <= 4) ||
       /* "Lund zeigte sich als faire Verliererin." */
       (at->np.last < at->verb && at->c0 == at->verb + 1)) &&
      tok_at (run, at->c0)->kind == QM_TOK_WORD && tok_at (run, at->c0)->mark < 0 &&
      (tok_at (run, at->c0)->flags & QM_TOK_LOWER) && (tok_at (run, at->c0)->words & QM_WORD_ADVERB) &&
      word_has_role (run, tok_at (run, at->c0), QM_ROLE_SELF_NAMING))
    {
      int k = at->c0 + 1;

      while (k < at->c1 && k <= at->c0 + 4 && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0)
        k++;
      if (k >= at->c1 || is_final_punct (tok_at (run, k)))
        return;
      if (is_punct (run, k, ',') && k + 3 < at->c1 && tok_at (run, k + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, k + 1)->words & QM_WORD_COMPLEMENT) && (tok_at (run, k + 1)->flags & QM_TOK_LOWER))
        at->c0 = k + 2;
      else if (is_punct (run, k, ','))
        return;
    }
  /* German: "…, die im Mai verhaftet worden waren" — an article and a
   * preposition after a comma open a relative clause, no content, unless
   * the Konjunktiv makes it reported speech; "schrieb in einer Erklärung,
   * die im Netz steht, sie wolle …": the content follows it. */
  if (run->lang->verb_second && at->c0 >= 1 && at->c0 + 1 < at->c1 && is_punct (run, at->c0 - 1, ',') &&
      !(at->cue_first > at->c0 && at->cue_first < at->c1) &&
      tok_at (run, at->c0)->kind == QM_TOK_WORD && (tok_at (run, at->c0)->words & QM_WORD_DEFINITE) &&
      (tok_at (run, at->c0)->flags & QM_TOK_LOWER) && tok_at (run, at->c0 + 1)->kind == QM_TOK_WORD &&
      (tok_at (run, at->c0 + 1)->words & QM_WORD_PREPOSITION) && (tok_at (run, at->c0 + 1)->flags & QM_TOK_LOWER))
    {
      int k = at->c0 + 2;

      while (k < at->c1 && !(is_punct (run, k, ',') && tok_at (run, k)->mark < 0))
        k++;
      if (!mood_sentence (run, at->c0 + 1, k))
        {
          if (k + 3 >= at->c1)
            return;
          at->c0 = k + 1;
        }
    }
  /* German: "erklärte der Vorstand, der auch die „Rundschau“ herausgibt,
   * dass …", "erklärte der „Rat der Bürger“, wie sich die Gruppe nennt,
   * die Lage sei …": a relative clause or an apposition set off by commas
   * right after the subject that follows the cue, in no Konjunktiv, tells
   * who speaks; what was said follows its comma ("dass" or a clause in
   * the Konjunktiv) */
  if (run->lang->verb_second)
    apposition_after_subject (run, at);
  /* "meldete die Nachrichtenseite „Nordblick“, der Verein habe …": the
   * name of the source that opens the content is no part of it. */
  if (run->lang->verb_second && at->c0 < at->c1 && tok_at (run, at->c0)->kind == QM_TOK_OPEN && title_mark (run, at->c0))
    {
      int close = close_token_of_mark (run, at->c0 + 1, at->c1, tok_at (run, at->c0)->mark);

      if (close >= 0 && close + 3 < at->c1 && is_punct (run, close + 1, ',') && tok_at (run, close + 2)->kind == QM_TOK_WORD)
        at->c0 = close + 2;
    }
  /* German: "bezweifelte offen seine Eignung: Er habe „…“" — after a
   * colon a sentence of its own is what was said, not the object before
   * it. */
  if (run->lang->verb_second)
    for (int k = at->c0; k + 3 < at->c1; k++)
      {
        QmTok *t = tok_at (run, k);

        if (t->kind == QM_TOK_OPEN || (t->kind == QM_TOK_WORD && (t->words & QM_WORD_REPORTED_MOOD)))
          break;
        if (is_punct (run, k, ':') && t->mark < 0)
          {
            if (tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_CAPITAL))
              at->c0 = k + 1;
            break;
          }
      }
  /* German: "Sie warnte vor einer Katastrophe: „Das Land steht unter
   * Wasser.“" — a quotation after a colon that ends the content is what
   * was said, a direct quotation; the content ends at the colon. */
  if (run->lang->fragments_direct)
    for (int k = at->c0 + 2; k + 2 < at->c1; k++)
      {
        int close;
        QmMark *m;
        QmFoundQuote *dq;

        if (tok_at (run, k)->mark >= 0 && tok_at (run, k)->kind != QM_TOK_OPEN)
          continue;
        if (!is_punct (run, k, ':'))
          continue;
        if (tok_at (run, k + 1)->kind != QM_TOK_OPEN || tok_at (run, k + 2)->kind != QM_TOK_WORD ||
            !(tok_at (run, k + 2)->flags & QM_TOK_CAPITAL))
          break;
        m = mark_at (run, tok_at (run, k + 1)->mark);
        close = close_token_of_mark (run, k + 2, at->c1, tok_at (run, k + 1)->mark);
        if (close < at->c1 - 1 || m->n_words < 3 || (m->flags & (QM_MARK_USED | QM_MARK_MERGED)))
          break;
        m->flags |= QM_MARK_USED;
        dq = add_quote (run, QM_QUOTE_KIND_DIRECT, m->start, m->end, 0.7);
        attr_speaker (run, dq, at, at->person);
        at->c1 = k;
        break;
      }
  for (int i = at->c0; i < at->c1; i++)
    if (tok_at (run, i)->kind == QM_TOK_OPEN)
      {
        only_titles &= title_mark (run, i) || title_case_mark (run, i, at->c1);
        n_marks++;
        last_open = i;
      }
    else if (tok_at (run, i)->kind == QM_TOK_WORD && tok_at (run, i)->mark < 0)
      {
        words_outside++;
        /* German "…, seien „Tausende auf der Flucht“": a verb in the
         * Konjunktiv before the marks makes them words of a clause, no
         * title */
        if (run->lang->verb_second && (tok_at (run, i)->words & QM_WORD_REPORTED_MOOD) && (tok_at (run, i)->flags & QM_TOK_LOWER))
          only_titles = FALSE;
      }
  /* "told the “Harbour Post”": a name is all there is, nothing reported;
   * "In an interview with “Morning Live,” X pointed …": a phrase. */
  if (only_titles && (words_outside <= 1 || (n_marks > 0 && tok_at (run, at->c0)->kind == QM_TOK_WORD &&
                                              (tok_at (run, at->c0)->words & QM_WORD_PREPOSITION))))
    {
      /* German: "dass bei der „…“ …" is a clause that opens with a
       * prepositional phrase: reported speech that quotes nobody's words. */
      if (!run->lang->verb_second || words_outside <= 1 || at->c0 < 1)
        return;
      /* German: "sprach von einer „…“", "fordert von der Regierung einen
       * „…“": a phrase right after the verb is its object, what was
       * said, with the quoted words */
      if (!(at->verb >= 0 && at->verb == at->c0 - 1))
        {
          if (tok_at (run, at->c0 - 1)->kind != QM_TOK_WORD || !(tok_at (run, at->c0 - 1)->words & QM_WORD_COMPLEMENT))
            return;
          n_marks = 0;
        }
    }
  /* German "gab die Entscheidung im Quartier „Forte Village“ bekannt": an
   * object right after the verb whose only quoted words name what the
   * noun before them stands for quotes no one, and is no reported speech */
  if (only_titles && run->lang->verb_second && at->verb >= 0 && at->verb == at->c0 - 1 &&
      every_mark (run, at->c0, at->c1, mark_after_noun) &&
      !(n_marks == 1 && name_given_mark (run, at, last_open)))
    return;
  /* "hatte er laut „Tagesblatt“ kritisiert, dass …": the name of the
   * source quotes nobody's words in what it reports */
  for (int i = at->c0; i < at->c1 && n_marks > 0; i++)
    if (tok_at (run, i)->kind == QM_TOK_OPEN)
      {
        has_mark = TRUE;
        quoted |= !source_name_mark (run, i);
        mark_at (run, tok_at (run, i)->mark)->flags |= QM_MARK_USED;
      }
  /* "Die Menge skandierte Parolen wie „…“ oder „…“": the slogans are words
   * chanted or written, each a direct quotation; the object is no
   * reported speech. */
  if (has_mark && run->lang->fragments_direct && every_mark (run, at->c0, at->c1, mark_slogan))
    {
      for (int i = at->c0; i < at->c1; i++)
        if (tok_at (run, i)->kind == QM_TOK_OPEN)
          {
            QmMark *m = mark_at (run, tok_at (run, i)->mark);

            q = add_quote (run, QM_QUOTE_KIND_DIRECT, m->start, m->end, 0.6);
            content_mark_speaker (run, q, at, i);
          }
      return;
    }
  /* "Er nannte den Artikel eine „Luftnummer“", "kritisierte den Plan
   * als „Unsinn“": what is quoted is the name given, a direct quotation;
   * the object is no reported speech. */
  if (has_mark && run->lang->fragments_direct &&
      ((at->verb >= 0 && tok_at (run, at->verb)->kind == QM_TOK_WORD && (tok_at (run, at->verb)->words & QM_WORD_NAMING)) ||
       /* not "In X wurde laut Polizei ein Mann verletzt, der sich als
        * „Retter“ ausgab": what a source (according-to) gives is a clause
        * of its own, reported with the name in it */
       (every_mark (run, at->c0, at->c1, mark_named) &&
        !(tok_at (run, at->cue_first)->kind == QM_TOK_WORD && (tok_at (run, at->cue_first)->words & QM_WORD_ACCORDING)))))
    {
      /* German "Der Bericht nennt „Klangnetz“ und „Bildbrett“": a few words
       * opening with a capital right after the verb, no object before them
       * to be named, are names listed, no one's words */
      gboolean listed = run->lang->verb_second && at->c0 >= 1 && at->c0 + 1 < at->c1 &&
                        tok_at (run, at->c0 - 1)->kind == QM_TOK_WORD && tok_at (run, at->c0 - 1)->mark < 0 &&
                        (tok_at (run, at->c0 - 1)->words & QM_WORD_NAMING) &&
                        tok_at (run, at->c0)->kind == QM_TOK_OPEN && tok_at (run, at->c0 + 1)->kind == QM_TOK_WORD &&
                        (tok_at (run, at->c0 + 1)->flags & QM_TOK_CAPITAL) &&
                        mark_at (run, tok_at (run, at->c0)->mark)->n_words <= run->lang->scare_max_words;

      for (int i = at->c0; i < at->c1; i++)
        if (tok_at (run, i)->kind == QM_TOK_OPEN && (!title_mark (run, i) || name_given_mark (run, at, i)))
          {
            QmMark *m = mark_at (run, tok_at (run, i)->mark);

            if (listed)
              {
                add_quote (run, QM_QUOTE_KIND_SCARE, m->start, m->end, 0.6);
                continue;
              }
            q = add_quote (run, QM_QUOTE_KIND_DIRECT, m->start, m->end, 0.6);
            content_mark_speaker (run, q, at, i);
          }
      return;
    }
  q = add_quote (run, quoted ? QM_QUOTE_KIND_MIXED : QM_QUOTE_KIND_INDIRECT,
                 tok_at (run, at->c0)->start, tok_at (run, at->c1 - 1)->end,
                 at->model ? 0.3 + 0.4 * (1.0 - exp (-at->score)) : quoted ? 0.7 : 0.6);
  /* German: "…, dass die Lage ernst sei" — the content opens with its
   * "dass" where the language's convention keeps it. */
  if (run->lang->keep_complementizer && at->c0 >= 1 && tok_at (run, at->c0 - 1)->kind == QM_TOK_WORD &&
      (tok_at (run, at->c0 - 1)->words & QM_WORD_COMPLEMENT) && (tok_at (run, at->c0 - 1)->flags & QM_TOK_LOWER) &&
      tok_at (run, at->c0 - 1)->mark < 0)
    q->span.start = (gssize)tok_at (run, at->c0 - 1)->start;
  attr_speaker (run, q, at, at->person);
  if (has_mark && !run->lang->fragments_direct && at->c0 > at->cue_last)
    {
      int w = free_relative_start (run, at, at->c0);

      if (w >= 0)
        q->span.start = (gssize)tok_at (run, w)->start;
    }
  if (has_mark && !run->lang->fragments_direct && at->c1 <= at->cue_first)
    {
      int k = MAX (at->cue_last, at->np.last) + 1;
      int n = run->toks->len;

      q->span.end = (gssize)mixed_goes_on (run, at, (gsize)q->span.end);
      /* “A,” she said. ¶ “B.” — a cue that ends the paragraph: a quotation
       * opening the next one without a cue goes on with this one. */
      while (k < n && k < at->cue_last + 30 && !is_final_punct (tok_at (run, k)) && tok_at (run, k)->kind != QM_TOK_OPEN)
        k++;
      if (k == n - 1 && is_final_punct (tok_at (run, k)))
        {
          run->last_direct = run->quotes->len - 1;
          run->last_direct_para = run->paragraph;
        }
    }

  if (!has_mark || !run->lang->fragments_direct)
    return;
  for (int i = at->c0; i < at->c1; i++)
    {
      QmMark *m;

      if (tok_at (run, i)->kind != QM_TOK_OPEN)
        continue;
      m = mark_at (run, tok_at (run, i)->mark);
      /* A single quoted word is a term rather than someone's words,
       * unless it opens in lower case where nouns are capitalised (an
       * adjective, a verb: „dramatisch“). */
      q = add_quote (run, (m->n_words > 1 || (i + 1 < at->c1 && (tok_at (run, i + 1)->flags & QM_TOK_LOWER))) &&
                              !title_mark (run, i) && !compound_mark (run, m) && !source_name_mark (run, i) &&
                              !attributive_name (run, i, at->c1)
                         ? QM_QUOTE_KIND_DIRECT
                         : QM_QUOTE_KIND_SCARE,
                     m->start, m->end, 0.6);
      content_mark_speaker (run, q, at, i);
    }
}

/* "37 Prozent sind …", "22 Prozent teilen …": a number and a noun that
 * open a clause at @s before a verb in lower case are its subject, a share
 * of the people asked. */
/* "Einige vertreten die Auffassung, …", "Viele teilen die Meinung, …": a
 * determiner that stands for people (no article, no pronoun) opens the
 * sentence on its own, a verb in lower case after it: the subject. */
static gboolean
people_determiner_subject (QmRun *run,
                           int    s,
                           int    k,
                           QmNp  *np)
{
  QmTok *t = tok_at (run, s);

  if (s + 1 >= k || t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_CAPITAL) ||
      !(t->words & QM_WORD_DETERMINER) || (t->words & (QM_WORD_DEFINITE | QM_WORD_PRONOUN)) || t->end - t->start <= 3 ||
      tok_at (run, s + 1)->kind != QM_TOK_WORD || !(tok_at (run, s + 1)->flags & QM_TOK_LOWER) ||
      (tok_at (run, s + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION)))
    return FALSE;
  np->first = np->last = s;
  np->kind = QM_NP_NONE;
  _qm_np_classify (run, np);
  return TRUE;
}

static gboolean
counted_subject (QmRun *run,
                 int    s,
                 int    k,
                 QmNp  *np)
{
  if (s + 2 >= k || tok_at (run, s)->kind != QM_TOK_WORD || !(tok_at (run, s)->flags & QM_TOK_DIGIT) ||
      tok_at (run, s + 1)->kind != QM_TOK_WORD || !(tok_at (run, s + 1)->flags & QM_TOK_CAPITAL) ||
      tok_at (run, s + 2)->kind != QM_TOK_WORD || !(tok_at (run, s + 2)->flags & QM_TOK_LOWER) ||
      (tok_at (run, s + 2)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_PRONOUN)))
    return FALSE;
  np->first = s;
  np->last = s + 1;
  np->kind = QM_NP_NONE;
  _qm_np_classify (run, np);
  return TRUE;
}

/* Whether the capitalised word at @k occurs nowhere else in the text in
 * the middle of a sentence (after a letter, a digit or a comma): a word
 * that opens a sentence and is no one's name ("Bislang"), where a
 * surname is used after a verb or a first name too. */
static gboolean
capital_only_opens (QmRun *run,
                    int    k)
{
  QmTok *t = tok_at (run, k);
  gsize len = t->end - t->start;
  const char *word = run->data + t->start;
  const char *end = run->data + run->n_bytes;

  for (const char *p = run->data; p + len <= end; p++)
    {
      const char *before;
      gunichar c;

      p = memchr (p, word[0], end - p);
      if (p == NULL || p + len > end)
        break;
      if (p == word || memcmp (p, word, len) != 0 || (p + len < end && g_ascii_isalnum (p[len])) ||
          (p + len < end && (guchar) p[len] >= 0x80 && g_unichar_isalpha (g_utf8_get_char_validated (p + len, end - p - len))))
        continue;
      before = p;
      while (before > run->data && g_ascii_isspace (before[-1]) && before[-1] != '\n')
        before--;
      if (before == p || before == run->data || before[-1] == '\n')
        continue;
      before = g_utf8_find_prev_char (run->data, before);
      if (before == NULL)
        continue;
      c = g_utf8_get_char_validated (before, end - before);
      if (g_unichar_isalnum (c) || c == ',')
        return FALSE;
    }
  return TRUE;
}

/* German "Inzwischen geht die Polizei davon aus, dass …", "Bislang geht
 * die Polizei davon aus, dass …": before @k, what opens the sentence is
 * an adverb (adverbs, an adverb's ending, or a capitalised word no list
 * knows that the text uses nowhere else in a sentence's middle), then a
 * verb in lower case and a phrase a determiner in the nominative opens:
 * that phrase, @np, is the subject. Returns the verb's token, or -1. */
static int
fronted_adverb_subject (QmRun *run,
                        int    a,
                        int    k,
                        QmNp  *np)
{
  const guint function_words = QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION |
                               QM_WORD_COMPLEMENT | QM_WORD_RELATIVE;
  int v = skip_lead_adverbs (run, a, k);
  QmTok *t;

  if (v == a)
    {
      t = tok_at (run, a);
      if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_CAPITAL) || (t->words & function_words) ||
          (!adverb_like (run, a) && (t->words != 0 || !capital_only_opens (run, a))))
        return -1;
      v = a + 1;
    }
  if (v + 2 >= k)
    return -1;
  t = tok_at (run, v);
  if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER) || (t->words & function_words))
    return -1;
  t = tok_at (run, v + 1);
  if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_LOWER) || !(t->words & QM_WORD_DETERMINER) ||
      (t->words & QM_WORD_OBLIQUE))
    return -1;
  if (!_qm_np_right (run, v + 1, k, np) || np->first != v + 1 || np->kind == QM_NP_NONE || np->kind == QM_NP_PRONOUN)
    return -1;
  /* someone who can think or say so: a role, an organisation, a person,
   * a doer ("die Kläger", agent-noun-endings) or a name of two capitalised
   * words ("die Wiener Linien") — not "Anfangs gab es die Chance,
   * dass …" */
  if (np->kind == QM_NP_NAME && !_qm_np_names_person (run, np))
    {
      QmTok *head = tok_at (run, np->last);
      int capitals = 0;

      for (int i = np->first; i <= np->last; i++)
        capitals += (tok_at (run, i)->flags & QM_TOK_CAPITAL) != 0;
      if (capitals < 2 && !qm_lang_ends_with (&run->lang->agent_noun_endings, run->data + head->start,
                                              head->end - head->start, 3))
        return -1;
    }
  return v;
}

/* Verb second: "Keller ist der Meinung, dass …", "Varga geht davon aus,
 * dass …" — a sentence without a known cue whose subject opens it and
 * whose main clause ends in a comma and "dass" reports what its subject
 * says or thinks. */
static void
complement_attr (QmRun  *run,
                 int     a,
                 int     b,
                 GArray *attrs)
{
  Attr at = { 0, };

  at.mark = -1;
  at.mention = -1;
  for (int k = a + 2; k + 2 < b && k < a + 24; k++)
    {
      QmTok *t = tok_at (run, k);

      /* "Ein Sprecher sagte der Zeitung „Nordkurier“, dass …": a name in
       * quotation marks before the comma */
      if (t->kind == QM_TOK_OPEN && title_mark (run, k))
        {
          int close = close_token_of_mark (run, k + 1, b, t->mark);

          if (close < 0)
            return;
          k = close;
          continue;
        }
      if (t->mark >= 0)
        return;
      if (t->kind != QM_TOK_PUNCT)
        continue;
      if (t->first != ',')
        {
          if (is_final_punct (t) || t->first == ':')
            return;
          continue;
        }
      if (tok_at (run, k + 1)->kind != QM_TOK_WORD || !(tok_at (run, k + 1)->words & QM_WORD_COMPLEMENT) ||
          !(tok_at (run, k + 1)->flags & QM_TOK_LOWER))
        continue;
      at.verb = -1;

      if ((at.verb = fronted_adverb_subject (run, a, k, &at.np)) >= 0)
        ;
      else if (!sentence_subject (run, a, k, &at.np))
        {
          /* "Die Organisation „Ärzte für Alle“ weist darauf hin, dass …":
           * the subject's name in quotation marks, then the verb */
          int close;

          if (_qm_np_right (run, a, k, &at.np) && at.np.kind != QM_NP_NONE && at.np.kind != QM_NP_PRONOUN &&
              at.np.last + 1 < k && title_mark (run, at.np.last + 1))
            {
              close = close_token_of_mark (run, at.np.last + 2, k, tok_at (run, at.np.last + 1)->mark);
              if (close >= 0 && close + 1 < k && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
                  (tok_at (run, close + 1)->flags & QM_TOK_LOWER))
                at.verb = close + 1;
            }
        }
      else if (at.np.first == skip_lead_adverbs (run, a, k) &&
               !(at.np.kind == QM_NP_PRONOUN && !(tok_at (run, at.np.first)->words & (QM_WORD_MALE | QM_WORD_FEMALE))))
        at.verb = at.np.last + 1;
      /* "Zugute hielt er ihm, dass …": the subject after the verb */
      else if (at.np.kind == QM_NP_PRONOUN && at.np.first > a + 1 && male_nominative_after_verb (run, at.np.first - 1, k + 1))
        at.verb = at.np.first - 1;
      if (at.verb < 0)
        {
          /* "Zwar sind 60 Prozent zufrieden, 30 Prozent sind jedoch der
           * Auffassung, dass …": a share of people opens the clause after
           * the last comma */
          int cs = k - 1;

          while (cs > a && !is_punct (run, cs, ','))
            cs--;
          if (cs <= a || !counted_subject (run, cs + 1, k, &at.np))
            return;
          at.verb = at.np.last + 1;
        }
      /* "Die Studie zeige, dass …": a verb in the Konjunktiv of reported
       * speech — the clause reports what the last speaker said, who
       * speaks the words after it */
      if (tok_at (run, at.verb)->kind == QM_TOK_WORD && (tok_at (run, at.verb)->words & QM_WORD_REPORTED_MOOD) &&
          (tok_at (run, at.verb)->flags & QM_TOK_LOWER))
        return;
      /* German "Die Anwendung des Dekrets sei so beschränkt, dass …": a
       * subject with its genitive, then the Konjunktiv — the same */
      if (run->lang->verb_second)
        for (int v = at.verb; v < k && v <= at.verb + 3 && !is_punct (run, v, ','); v++)
          if (tok_at (run, v)->kind == QM_TOK_WORD && (tok_at (run, v)->words & QM_WORD_REPORTED_MOOD) &&
              (tok_at (run, v)->flags & QM_TOK_LOWER))
            return;
      /* "Der Sturm war so heftig, dass …", "Die Stadt sorgt dafür, dass
       * …": a clause of result or purpose (result-words), no content */
      for (int w = at.verb; w < k; w++)
        if (tok_at (run, w)->kind == QM_TOK_WORD && (tok_at (run, w)->flags & QM_TOK_LOWER) &&
            word_has_role (run, tok_at (run, w), QM_ROLE_RESULT_WORD))
          return;
      /* "Die Ärztin erkannte, dass …", "Er vergaß, dass …": a fact known
       * (knowing-verbs), no one's words */
      if (tok_at (run, at.verb)->kind == QM_TOK_WORD && (tok_at (run, at.verb)->flags & QM_TOK_LOWER) &&
          word_has_role (run, tok_at (run, at.verb), QM_ROLE_KNOWING_VERB))
        return;
      at.cue_first = at.cue_last = at.verb;
      at.c0 = k + 2;
      at.c1 = sentence_content_end (run, a, b);
      if (at.c1 - at.c0 >= 2)
        g_array_append_val (attrs, at);
      return;
    }
}

/* Verb second: "Er vertritt die These, dass …", "Von der Polizei kam die
 * Information, es handle sich um …", "Auf den Vorwurf der Partei, der Plan
 * sei …" — a sentence without a cue where a noun for what was said
 * (content-words) is followed by a comma and a clause that "dass" opens or
 * that is built on a Konjunktiv: the clause is that noun's content. Its
 * owner is the phrase after the noun in the genitive or with "von", else a
 * phrase with "von" before it, else the subject. */
static void
opinion_attr (QmRun  *run,
              int     a,
              int     b,
              GArray *attrs)
{
  Attr at = { 0, };

  at.mark = -1;
  at.mention = -1;
  for (int k = a + 1; k + 3 < b && k < a + 24; k++)
    {
      QmTok *t = tok_at (run, k);
      int e = k + 1;
      gboolean owner = FALSE, mood = FALSE;
      QmNp of;

      if (t->mark >= 0 || is_final_punct (t) || is_punct (run, k, ':') || is_punct (run, k, ','))
        return;
      if (t->kind != QM_TOK_WORD || !(t->words & QM_WORD_CONTENT) || !(t->flags & QM_TOK_CAPITAL))
        continue;
      /* "der These der Partei", "die Mutmaßung von X" */
      if (tok_at (run, e)->kind == QM_TOK_WORD && !(tok_at (run, e)->words & QM_WORD_PRONOUN) &&
          ((tok_at (run, e)->words & QM_WORD_DETERMINER) || word_has_role (run, tok_at (run, e), QM_ROLE_OWNER_PREPOSITION)) &&
          (tok_at (run, e)->flags & QM_TOK_LOWER))
        {
          if (!_qm_np_right (run, (tok_at (run, e)->words & QM_WORD_DETERMINER) ? e : e + 1, b, &of) ||
              of.kind == QM_NP_NONE)
            return;
          at.np = of;
          owner = TRUE;
          e = of.last + 1;
        }
      /* "ging von dem Verdacht aus, …", "hat die These vertreten, …",
       * "war der Einschätzung gefolgt, …", "unter Verweis darauf, dass
       * …": the verb's particle, participle or a pronominal adverb in
       * lower case between the noun and the comma */
      if (!owner)
        while (e < k + 3 && e + 2 < b && tok_at (run, e)->kind == QM_TOK_WORD && tok_at (run, e)->mark < 0 &&
               (tok_at (run, e)->flags & QM_TOK_LOWER) &&
               !(tok_at (run, e)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT |
                                           QM_WORD_REPORTED_MOOD | QM_WORD_RELATIVE)))
          e++;
      if (e + 2 >= b || !is_punct (run, e, ','))
        return;
      at.c0 = e + 1;
      if (tok_at (run, at.c0)->kind == QM_TOK_WORD && (tok_at (run, at.c0)->words & QM_WORD_COMPLEMENT) &&
          (tok_at (run, at.c0)->flags & QM_TOK_LOWER))
        at.c0++;
      else
        {
          for (int j = at.c0; j < b && !mood; j++)
            mood = tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->words & QM_WORD_REPORTED_MOOD) &&
                   (tok_at (run, j)->flags & QM_TOK_LOWER);
          if (!mood)
            return;
        }
      if (!owner)
        {
          /* "Von der Polizei kam die Information", "Es wurde von X die
           * Mutmaßung geäußert" */
          for (int j = a; j + 1 < k && !owner; j++)
            if (word_has_role (run, tok_at (run, j), QM_ROLE_OWNER_PREPOSITION) && _qm_np_right (run, j + 1, k, &of) &&
                of.kind != QM_NP_NONE)
              {
                at.np = of;
                owner = TRUE;
              }
          /* "Seit Jahren vertritt er die These" */
          for (int j = a + 1; j < k && !owner; j++)
            if (tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
                (tok_at (run, j)->words & QM_WORD_PRONOUN) && !(tok_at (run, j)->words & QM_WORD_OBLIQUE) &&
                (tok_at (run, j)->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)) &&
                _qm_np_right (run, j, k, &of))
              {
                at.np = of;
                owner = TRUE;
              }
          if (!owner && ((sentence_subject (run, a, k, &of) && of.first == skip_lead_adverbs (run, a, k)) ||
                         counted_subject (run, a, k, &of) || people_determiner_subject (run, a, k, &of)))
            {
              at.np = of;
              owner = TRUE;
            }
          /* "Seit Jahren vertritt der Autor X die These": after a fronted
           * phrase and the verb, a phrase that surely names someone */
          for (int j = a + 1; j + 1 < k && !owner; j++)
            if (tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
                !(tok_at (run, j)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN |
                                            QM_WORD_CONJUNCTION | QM_WORD_ADVERB)) &&
                !(tok_at (run, j + 1)->words & QM_WORD_OBLIQUE) && _qm_np_right (run, j + 1, k, &of) &&
                (of.kind == QM_NP_NAME || (of.kind != QM_NP_PRONOUN && _qm_np_names_person (run, &of))))
              {
                at.np = of;
                owner = TRUE;
              }
          /* "Im Ausschuss herrschte die Meinung vor, dass …", "dann nur
           * der Hinweis, X solle …": a view no one is named for, further
           * in the sentence than its opening phrase ("Die Befürchtung,
           * dass …, bestätigte sich nicht" reports nothing) */
          if (!owner && k < a + 3)
            return;
          if (!owner)
            {
              at.np.first = at.np.last = k;
              at.np.kind = QM_NP_NONE;
            }
        }
      at.verb = at.cue_first = at.cue_last = k;
      at.c1 = sentence_content_end (run, a, b);
      /* "Der Vorwurf der Partei, der Plan sei …, blieb unbeantwortet": a
       * comma and the main clause's verb end the content. */
      for (int j = at.c0 + 2; j + 1 < at.c1; j++)
        if (is_punct (run, j, ',') && tok_at (run, j)->mark < 0 && tok_at (run, j + 1)->kind == QM_TOK_WORD &&
            (tok_at (run, j + 1)->flags & QM_TOK_LOWER) &&
            !(tok_at (run, j + 1)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION |
                                            QM_WORD_COMPLEMENT | QM_WORD_RELATIVE | QM_WORD_ADVERB | QM_WORD_SUBORDINATE |
                                            QM_WORD_BREAK)))
          {
            at.c1 = j;
            break;
          }
      if (at.c1 - at.c0 >= 2)
        g_array_append_val (attrs, at);
      return;
    }
}

/* German: "begrüßte die Gäste mit den Worten: „…“": what was said is the
 * quotation after the words, not the object. */
static void
with_the_words (QmRun *run,
                Attr  *at,
                int    b)
{
  for (int j = at->c0; j + 3 < b && j < at->c1 && j < at->c0 + 12; j++)
    {
      QmTok *t = tok_at (run, j);
      int open = j + 3;
      int close;

      if (t->kind != QM_TOK_WORD || t->mark >= 0)
        return;
      if (!(t->words & QM_WORD_PREPOSITION) || !(tok_at (run, j + 1)->words & QM_WORD_DETERMINER) ||
          tok_at (run, j + 2)->kind != QM_TOK_WORD || !(tok_at (run, j + 2)->words & QM_WORD_CONTENT))
        continue;
      if (is_punct (run, open, ':'))
        open++;
      if (open >= b || tok_at (run, open)->kind != QM_TOK_OPEN)
        return;
      close = close_token_of_mark (run, open + 1, b, tok_at (run, open)->mark);
      if (close < 0)
        return;
      at->c0 = open;
      at->c1 = close + 1;
      /* "Die Zeitung zitierte den Minister mit den Worten „…“": the one
       * quoted, between a verb of quoting-verbs and the phrase, speaks */
      if (at->verb >= 0 && at->np.last < at->verb && j > at->verb + 1 &&
          word_has_role (run, tok_at (run, at->verb), QM_ROLE_QUOTING_VERB))
        {
          QmNp quoted;

          QmNp place;

          /* "zitierte ihn in einer Mitteilung mit den Worten": a pronoun
           * for the one quoted, and a phrase a preposition opens after
           * it */
          if (_qm_np_right (run, at->verb + 1, j, &quoted) && quoted.first == at->verb + 1 &&
              (quoted.last == j - 1 ||
               (run->lang->verb_second && quoted.last + 2 < j && tok_at (run, quoted.last + 1)->kind == QM_TOK_WORD &&
                (tok_at (run, quoted.last + 1)->flags & QM_TOK_LOWER) &&
                (tok_at (run, quoted.last + 1)->words & QM_WORD_PREPOSITION) &&
                _qm_np_right (run, quoted.last + 2, j, &place) && place.last == j - 1)) &&
              (quoted.kind == QM_NP_NAME || quoted.kind == QM_NP_ROLE ||
               (run->lang->verb_second && quoted.kind == QM_NP_PRONOUN && quoted.first == quoted.last &&
                (tok_at (run, quoted.first)->words & QM_WORD_OBLIQUE) &&
                (tok_at (run, quoted.first)->words & (QM_WORD_MALE | QM_WORD_FEMALE)))))
            {
              at->np = quoted;
              at->mention = -1;
            }
        }
      return;
    }
}

/* German "Später äußerte sich auch Tom Lund.", "Dann meldete sich Lund
 * zu Wort.": from @k, past a pronoun of an object case and a few adverbs
 * in lower case after the verb, to where its subject may start (@k if
 * none). */
static int
after_object_pronoun (QmRun *run,
                      int    k,
                      int    b)
{
  int j = k, adverbs = 0;

  if (j < b && tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
      (tok_at (run, j)->words & QM_WORD_PRONOUN) && (tok_at (run, j)->words & QM_WORD_OBLIQUE))
    j++;
  /* "Dann widersprach der Senatorin Jasper Kolbe.": a dative, "der" before
   * a woman's title or role (made oblique) */
  else if (j + 2 < b && tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
           (tok_at (run, j)->words & QM_WORD_OBLIQUE) && (tok_at (run, j)->words & QM_WORD_DEFINITE) &&
           !(tok_at (run, j)->words & QM_WORD_PRONOUN) && tok_at (run, j + 1)->kind == QM_TOK_WORD &&
           (tok_at (run, j + 1)->flags & QM_TOK_CAPITAL) && (tok_at (run, j + 1)->words & (QM_WORD_TITLE | QM_WORD_ROLE)) &&
           tok_at (run, j + 2)->kind == QM_TOK_WORD && tok_at (run, j + 2)->mark < 0 &&
           dative_before (run, k - 1, j + 2) == k - 1)
    j += 2;
  while (j < b && adverbs < 3 && tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
         (tok_at (run, j)->words & QM_WORD_ADVERB) && !(tok_at (run, j)->words & (QM_WORD_PRONOUN | QM_WORD_DETERMINER)))
    {
      j++;
      adverbs++;
    }
  return j < b ? j : k;
}

/* A name of two capitalised words or more, the one before the last no
 * determiner and no word that names no one: "Kai Brandt", not "Die
 * Stadt"; or, after the verb where the subject stands, one capitalised
 * word that may name someone ("Dann widersprach Raab."). */
static gboolean
inverted_subject_name (QmRun      *run,
                  const QmNp *np)
{
  if (np->kind == QM_NP_NAME && np->last == np->first && (tok_at (run, np->first)->flags & QM_TOK_CAPITAL) &&
      !(tok_at (run, np->first)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME | QM_WORD_PRONOUN | QM_WORD_CONTENT)))
    return TRUE;
  return np->kind == QM_NP_NAME && np->last > np->first && (tok_at (run, np->last - 1)->flags & QM_TOK_CAPITAL) &&
         !(tok_at (run, np->last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME));
}

/* From @k the sentence [.., @b) ends with at most a few plain words and
 * no verb ("zu Wort", "am Abend"), then its final punctuation. */
#define PLAIN_TAIL_WORDS 4

static gboolean
plain_tail (QmRun *run,
            int    k,
            int    b)
{
  int words = 0;

  for (; k < b && !is_final_punct (tok_at (run, k)); k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 || is_verb (tok_at (run, k)) ||
        ++words > PLAIN_TAIL_WORDS)
      return FALSE;
  return k < b && k == b - 1;
}

/* A word in lower case outside marks that is no function word: where verb
 * second wants a verb, the finite verb. */
static gboolean
plain_lower_word (QmRun *run,
                  int    k)
{
  QmTok *t = tok_at (run, k);

  return t->kind == QM_TOK_WORD && t->mark < 0 && (t->flags & QM_TOK_LOWER) &&
         !(t->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_CONJUNCTION |
                       QM_WORD_ADVERB | QM_WORD_COMPLEMENT | QM_WORD_RELATIVE | QM_WORD_SUBORDINATE));
}

/* From @k the sentence [.., @b) ends with words alone, a dozen at most,
 * outside marks, none a verb or a word that opens a clause, then its
 * final punctuation: "sich der Minister am Montag." */
static gboolean
words_tail (QmRun *run,
            int    k,
            int    b)
{
  int words = 0;

  for (; k < b && !is_final_punct (tok_at (run, k)); k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 || is_verb (tok_at (run, k)) ||
        (tok_at (run, k)->words & (QM_WORD_COMPLEMENT | QM_WORD_RELATIVE | QM_WORD_SUBORDINATE)) || ++words > 12)
      return FALSE;
  return k < b && k == b - 1;
}

/* "Die Stadt sei pleite. Das sagte der Bürgermeister am Montag.": a
 * sentence that opens with an anaphor ("Das", "Dies") and a cue, with its
 * subject after the verb, reports the sentence before it [@prev, @a). */
static gboolean
anaphor_attr (QmRun  *run,
              int     prev,
              int     a,
              int     b,
              GArray *attrs,
              gboolean alone)
{
  Attr at = { 0, };
  QmTok *t = tok_at (run, a);
  int k, cue;
  int skipped = 0;
  int opener = a;
  gboolean words_first = FALSE;

  if (t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->flags & QM_TOK_CAPITAL))
    return FALSE;
  /* "„…“ Mit diesen Worten würdigte X den Toten.": a preposition, a
   * determiner and a noun of what was said (content-words) before the verb
   * point back as an anaphor does, in a sentence that reports nothing of
   * its own (@alone); not "So" ("So nannte X das Beispiel …" gives one) */
  if (!word_has_role (run, t, QM_ROLE_ANAPHOR))
    {
      if (a + 3 < b && (t->words & QM_WORD_PREPOSITION) && tok_at (run, a + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, a + 1)->words & QM_WORD_DETERMINER) && (tok_at (run, a + 1)->flags & QM_TOK_LOWER) &&
          !(tok_at (run, a + 1)->words & QM_WORD_PRONOUN) && tok_at (run, a + 2)->kind == QM_TOK_WORD &&
          tok_at (run, a + 2)->mark < 0 && (tok_at (run, a + 2)->words & QM_WORD_CONTENT) &&
          (tok_at (run, a + 2)->flags & QM_TOK_CAPITAL) && alone &&
          /* "Mit diesen Worten reagierte X auf …", "… verabschiedete sich
           * X": verb second, any verb will do after the words */
          (is_verb (tok_at (run, a + 3)) || (run->lang->verb_second && plain_lower_word (run, a + 3))))
        {
          a += 2;
          words_first = TRUE;
        }
      /* German "„…“ So äußerte sich X am Montag.", "„…“ So kommentierte X
       * den Plan.": "So" (edge-according) and a verb right after a
       * quotation that ends the sentence before, in a sentence that reports
       * nothing of its own, with no comma, colon or marks after the verb
       * (not "So nannte X das Beispiel „…“"), point back too */
      else if (!(run->lang->verb_second && alone && a + 3 < b && a >= 2 && word_has_role (run, t, QM_ROLE_EDGE_ACCORDING) &&
                 is_verb (tok_at (run, a + 1)) &&
                 (tok_at (run, a - 1)->kind == QM_TOK_CLOSE ||
                  (is_final_punct (tok_at (run, a - 1)) && tok_at (run, a - 2)->kind == QM_TOK_CLOSE)) &&
                 words_tail (run, a + 2, b)))
        return FALSE;
    }
  k = a + 2;
  cue = a + 1;
  /* "… verabschiedete sich der Trainer": a pronoun of an object case
   * between the verb and its subject */
  if (words_first && k < b && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
      (tok_at (run, k)->words & QM_WORD_PRONOUN) && (tok_at (run, k)->words & QM_WORD_OBLIQUE))
    k++;
  /* "Das musste der Minister einräumen.": an auxiliary or a modal in
   * second place and the verb of speech at the sentence's end */
  if (!words_first && !is_verb (tok_at (run, a + 1)))
    {
      int e = b - 1;

      if (e > a + 3 && is_final_punct (tok_at (run, e)))
        e--;
      if (!(run->lang->verb_second && e > a + 3 && tok_at (run, a + 1)->kind == QM_TOK_WORD &&
            (tok_at (run, a + 1)->flags & QM_TOK_LOWER) && tok_at (run, a + 1)->words == 0 &&
            is_verb (tok_at (run, e)) && (tok_at (run, e)->flags & QM_TOK_LOWER) && e + 1 <= b &&
            (e + 1 == b || is_final_punct (tok_at (run, e + 1)))))
        return FALSE;
      cue = e;
    }
  while (k < b && skipped < 3 && tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_ADVERB) &&
         !(tok_at (run, k)->words & QM_WORD_PRONOUN))
    {
      k++;
      skipped++;
    }
  if (!_qm_np_right (run, k, b, &at.np) || at.np.kind == QM_NP_NONE ||
      (tok_at (run, at.np.first)->words & QM_WORD_OBLIQUE) ||
      (at.np.kind == QM_NP_PRONOUN && !(at.np.words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL))))
    return FALSE;
  at.c0 = prev;
  at.c1 = sentence_content_end (run, prev, opener);
  if (at.c1 - at.c0 < 3)
    return FALSE;
  at.verb = at.cue_first = at.cue_last = cue;
  at.mark = -1;
  at.mention = -1;
  g_array_append_val (attrs, at);
  return TRUE;
}

/**
 * _qm_attribute_paragraph:
 * @run: the analysis
 * @start: first byte of the paragraph
 * @end: its end
 *
 * Finds reported speech in a paragraph and attributes the quotations that
 * open in it.
 */
/* Whether only closing marks, a full stop and line breaks stand between
 * @from and @to: the quotation that ends at @from ends its paragraph. */
static gboolean
signs_quote (QmRun *run,
             gsize  from,
             gsize  to)
{
  const char *d = run->data;

  if (to < from || to - from > 16)
    return FALSE;
  while (from < to)
    {
      if (d[from] == '\n' || d[from] == '\r' || d[from] == ' ' || d[from] == '.' || d[from] == '"' ||
          d[from] == '\'')
        from++;
      else if (from + 2 < to && (guchar)d[from] == 0xe2 && (guchar)d[from + 1] == 0x80 &&
               ((guchar)d[from + 2] == 0x9d || (guchar)d[from + 2] == 0x99))
        from += 3;
      else
        return FALSE;
    }
  return TRUE;
}

/* "Anna Berg, Institute of Harbours.": a line of the paragraph's @n
 * tokens that is a name of two capitalised words or more, a comma, and
 * words with no verb or mark up to its final point (and a closing mark
 * or none). */
static gboolean
signature_line (QmRun *run,
                int    n)
{
  QmNp who;
  int e = n;

  if (n < 5 || n > 16 || tok_at (run, 0)->kind != QM_TOK_WORD || tok_at (run, 0)->mark >= 0)
    return FALSE;
  if (tok_at (run, e - 1)->kind != QM_TOK_WORD && tok_at (run, e - 1)->kind != QM_TOK_PUNCT)
    e--;
  else if (tok_at (run, e - 1)->kind == QM_TOK_PUNCT && (tok_at (run, e - 1)->first == '"' ||
                                                          tok_at (run, e - 1)->first == 0x201D))
    e--;
  if (e < 4 || !is_punct (run, e - 1, '.') ||
      !_qm_np_right (run, 0, e, &who) || who.kind != QM_NP_NAME || who.last == 0 || who.last + 2 >= e ||
      !is_punct (run, who.last + 1, ','))
    return FALSE;
  for (int k = who.last + 2; k < e - 1; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 || is_verb (tok_at (run, k)) ||
        word_has_ending (run, tok_at (run, k), &run->lang->past_endings, 3))
      return FALSE;
  return TRUE;
}

/* "a play called “Sons of the Harbour”", "an article titled “…”": a
 * word of the language's title-verbs right after a common noun and right
 * before the quotation —
 * the quoted words name the thing, no one says them. @i is the opening
 * mark. */
static gboolean
named_title (QmRun *run,
             int    i)
{
  QmTok *verb, *noun;

  if (i < 2)
    return FALSE;
  verb = tok_at (run, i - 1);
  noun = tok_at (run, i - 2);
  if (!word_has_role (run, verb, QM_ROLE_TITLE_VERB))
    return FALSE;
  return noun->kind == QM_TOK_WORD && (noun->flags & QM_TOK_LOWER) && noun->mark < 0 &&
         !(noun->words & (QM_WORD_PRONOUN | QM_WORD_ROLE | QM_WORD_ORGANISATION | QM_WORD_VERB | QM_WORD_ADVERB |
                          QM_WORD_RELATIVE | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT | QM_WORD_PREPOSITION |
                          QM_WORD_DETERMINER | QM_WORD_QUANTITY));
}

/* "says he is “gratified” by the decision", "a pledge to be “neutral”
 * during the talks": a few words without a sentence's end (up to twice
 * scare-max-words, more than it not after "that" or an adverb), between a
 * lower-case word, a determiner or a possessive that is no speech verb and
 * a lower-case word after the closing mark, are a fragment of the writer's
 * own sentence, no direct quotation (where fragments do not count as direct
 * ones). */
static gboolean
embedded_fragment (QmRun  *run,
                   QmMark *m,
                   int     i,
                   int     close,
                   int     n)
{
  QmTok *prev;
  int after;

  if (run->lang->fragments_direct || m->n_words > 2 * run->lang->scare_max_words || i < 1 || close < 0 ||
      close + 1 >= n)
    return FALSE;
  prev = tok_at (run, i - 1);
  if (m->n_words > run->lang->scare_max_words && (prev->words & (QM_WORD_COMPLEMENT | QM_WORD_ADVERB)))
    return FALSE;
  /* "the “…” phrase", "Iowa's “…” says" too */
  if (prev->kind != QM_TOK_WORD || prev->mark >= 0 || is_verb (prev) ||
      !((prev->flags & QM_TOK_LOWER) || (prev->words & QM_WORD_DETERMINER) || (prev->flags & QM_TOK_POSSESSIVE)) ||
      ((prev->words & QM_WORD_PRONOUN) && !(prev->flags & QM_TOK_LOWER)))
    return FALSE;
  for (int k = i + 1; k < close; k++)
    if (is_final_punct (tok_at (run, k)) || tok_at (run, k)->kind == QM_TOK_OPEN)
      return FALSE;
  after = close + 1 + (is_punct (run, close + 1, ',') ? 1 : 0);
  /* "told the paper that “the toll stays,” she said.": the words a cue
   * right after them reports, no fragment */
  if (after < n && (is_punct (run, close - 1, ',') || after > close + 1) &&
      (pronoun_cue_ends (run, after, n) || subject_cue_ends (run, after, n)))
    return FALSE;
  return after < n && tok_at (run, after)->kind == QM_TOK_WORD && (tok_at (run, after)->flags & QM_TOK_LOWER);
}

/* German: "beim „Großen Preis von Genf“", "ein „Gesetz zur Förderung
 * der Kultur“" — words in quotation marks that open with a capital inside
 * a phrase (a word that is no verb and no "dass" right before them),
 * without a sentence's end or a colon and with no speaker found, name a
 * work, a law or an organisation: no quotation. */
static gboolean
embedded_name (QmRun  *run,
               QmMark *m,
               int     i,
               int     close)
{
  QmTok *prev;

  if (!run->lang->fragments_direct || !run->lang->verb_second || i < 1 || close < 0 || m->n_words < 2 ||
      tok_at (run, i + 1)->kind != QM_TOK_WORD || !(tok_at (run, i + 1)->flags & (QM_TOK_CAPITAL | QM_TOK_DIGIT)))
    return FALSE;
  prev = tok_at (run, i - 1);
  if (prev->kind != QM_TOK_WORD || prev->mark >= 0 || is_verb (prev) ||
      (prev->words & (QM_WORD_COMPLEMENT | QM_WORD_CONTENT)))
    return FALSE;
  for (int k = i + 1; k < close; k++)
    if (is_final_punct (tok_at (run, k)) || is_punct (run, k, ':') || tok_at (run, k)->kind == QM_TOK_OPEN)
      return FALSE;
  return TRUE;
}

/* “…” (2015), “…” (election poster, 2003): a year in parentheses right
 * after the closing mark dates a title, a slogan or a poster. */
static gboolean
dated_title (QmRun *run,
             int    close,
             int    n)
{
  if (close < 0 || close + 2 >= n || !is_punct (run, close + 1, '('))
    return FALSE;
  for (int k = close + 2; k < n && k < close + 10 && !is_punct (run, k, ')'); k++)
    {
      QmTok *t = tok_at (run, k);
      const char *d = run->data + t->start;

      if (t->kind == QM_TOK_WORD && (t->flags & QM_TOK_DIGIT) && t->end - t->start == 4 &&
          ((d[0] == '1' && (d[1] == '8' || d[1] == '9')) || (d[0] == '2' && d[1] == '0')) && g_ascii_isdigit (d[2]) &&
          g_ascii_isdigit (d[3]))
        return TRUE;
    }
  return FALSE;
}

/* Without verb second: whether a verb that takes the one spoken to
 * (object-verbs) at @v is followed by a short phrase for that one, up to
 * four words with no verb, mark or "that", and the comma or the colon
 * right before the opening mark at @to: "told a reporter, “…”". */
static gboolean
addressee_comma (QmRun *run,
                 int    v,
                 int    to)
{
  if (run->lang->verb_second || !(tok_at (run, v)->words & QM_WORD_OBJECT_VERB) || to - 1 <= v + 1 || to - 1 > v + 5 ||
      !(is_punct (run, to - 1, ',') || is_punct (run, to - 1, ':')) || tok_at (run, to - 1)->mark >= 0)
    return FALSE;
  for (int j = v + 1; j < to - 1; j++)
    {
      QmTok *w = tok_at (run, j);

      if (w->kind != QM_TOK_WORD || w->mark >= 0 || is_verb (w) ||
          (w->words & (QM_WORD_COMPLEMENT | QM_WORD_CONJUNCTION | QM_WORD_RELATIVE)))
        return FALSE;
    }
  return TRUE;
}

/* “A,” Trump said. He added, “B.”, “A,” she said, adding, “B.” — a cue of
 * its own right before the next quotation, after a sentence end or a
 * comma: the pieces are two quotations. */
static gboolean
cue_in_next_sentence (QmRun *run,
                      int    from,
                      int    to)
{
  gboolean ended = FALSE;

  for (int k = from; k < to; k++)
    {
      QmTok *t = tok_at (run, k);

      if (is_final_punct (t))
        ended = TRUE;
      else if ((ended || (k > from && is_punct (run, k - 1, ',')) ||
                /* "… on the show “Morning Tide,” adding, “B.”": the comma
                 * inside a title's closing mark */
                (k - 1 > from && tok_at (run, k - 1)->kind == QM_TOK_CLOSE && is_punct (run, k - 2, ','))) &&
               is_verb (t) &&
               ((k + 2 == to && (is_punct (run, k + 1, ',') || is_punct (run, k + 1, ':'))) ||
                /* "Another said on Friday, “B.”" */
                (k + 2 < to && !run->lang->verb_second && verb_adjunct_comma (run, k, to) == to - 1) ||
                /* "But another told a reporter, “B.”" */
                (k + 2 < to && !run->lang->verb_second && addressee_comma (run, k, to))))
        return TRUE;
    }
  return FALSE;
}

/* "“…,” Lund said after hinting that “big changes” could come. “…”": a
 * mark that opens after a word and whose closing mark a word in lower case
 * follows stands inside the sentence of the cue, as part of it. */
static gboolean
inside_cue_mark (QmRun *run,
                 int    k,
                 int    n)
{
  int c;

  if (k < 1 || tok_at (run, k - 1)->kind != QM_TOK_WORD)
    return FALSE;
  c = close_token_of_mark (run, k + 1, n, tok_at (run, k)->mark);
  return c > k + 1 && c + 1 < n && tok_at (run, c + 1)->kind == QM_TOK_WORD && (tok_at (run, c + 1)->flags & QM_TOK_LOWER);
}

/* German "Dies sei eine Chance, ein „…“": the sentence that opens at @sa
 * has two words or more before the quotation mark at @open, the last a
 * word, and no quotation marks, colon or dash among them. */
static gboolean
sentence_opens_before_mark (QmRun *run,
                            int    sa,
                            int    open)
{
  if (open - sa < 2 || tok_at (run, sa)->kind != QM_TOK_WORD || !(tok_at (run, sa)->flags & QM_TOK_CAPITAL) ||
      tok_at (run, open - 1)->kind != QM_TOK_WORD)
    return FALSE;
  for (int k = sa; k < open; k++)
    if (tok_at (run, k)->mark >= 0 || tok_at (run, k)->kind == QM_TOK_OPEN || tok_at (run, k)->kind == QM_TOK_CLOSE ||
        is_punct (run, k, ':') || is_dash (run, k))
      return FALSE;
  return TRUE;
}

/* A mixed or indirect quotation found so far that holds the mark @m. */
static gboolean
reported_around (QmRun        *run,
                 const QmMark *m)
{
  for (guint k = 0; k < run->quotes->len; k++)
    {
      const QmFoundQuote *o = &g_array_index (run->quotes, QmFoundQuote, k);

      if ((o->kind == QM_QUOTE_KIND_MIXED || o->kind == QM_QUOTE_KIND_INDIRECT) && o->span.start <= (gssize)m->start &&
          o->span.end >= (gssize)m->end)
        return TRUE;
    }
  return FALSE;
}

/* "A cold winter, he said, “could be good for us.”", "There was,
 * she said, “an implicit bargain.”": a quotation that opens in lower case
 * right after a cue set off by commas goes on from the words before the
 * cue, which open the sentence (or a relative clause after a comma) and
 * hold no quotation marks. Returns the token the mixed quotation starts
 * at, or -1. */
static int
lowercase_goes_on (QmRun      *run,
                   const Attr *at,
                   int         sa,
                   int         open)
{
  int lo, hi, e, from = sa;
  QmNp told;

  if (run->lang->verb_second || at->np.kind == QM_NP_NONE || at->cue_last >= open || open + 1 >= (int)run->toks->len ||
      tok_at (run, open + 1)->kind != QM_TOK_WORD)
    return -1;
  lo = MIN (at->np.first, at->cue_first);
  hi = MAX (at->np.last, at->cue_last);
  /* "…, the mayor told reporters on Monday, “…”": after a verb that takes
   * the one told (object-verbs), a phrase for them, and a time */
  e = hi + 1;
  if (at->cue_last == hi && (tok_at (run, hi)->words & QM_WORD_OBJECT_VERB) && e < open - 1 &&
      tok_at (run, e)->kind == QM_TOK_WORD && tok_at (run, e)->mark < 0)
    {
      /* "told reporters": a role on its own */
      if ((tok_at (run, e)->flags & QM_TOK_LOWER) && (tok_at (run, e)->words & QM_WORD_ROLE))
        e++;
      else if (_qm_np_right (run, e, open - 1, &told) && told.kind != QM_NP_NONE && told.kind != QM_NP_PRONOUN)
        e = told.last + 1;
    }
  e = skip_time (run, e, open - 1);
  /* subject and verb side by side, an adverb at most between them: not
   * "An hour later, she sent a note saying, “done.”" */
  if (e + 1 != open || !is_punct (run, open - 1, ',') || lo - 1 <= sa || !is_punct (run, lo - 1, ',') ||
      tok_at (run, lo - 1)->mark >= 0 ||
      hi - lo > (at->np.last - at->np.first) + (at->cue_last - at->cue_first) + 2)
    return -1;
  /* from the cue back, so that a comma or a mark near it ends the scan:
   * a sentence of many such cues costs no more than short ones */
  for (int k = lo - 2; k >= sa; k--)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind == QM_TOK_OPEN || t->kind == QM_TOK_CLOSE || t->mark >= 0)
        return -1;
      /* "…, including, he said, “…”": a comma inside ends what may be
       * content, unless a relative clause starts after it ("A and B
       * split the votes, which is an outcome, he said, “…”": the last
       * one counts) */
      if (k > sa && is_punct (run, k - 1, ',') && from == sa)
        {
          if (t->kind != QM_TOK_WORD || !(t->words & QM_WORD_RELATIVE))
            return -1;
          from = k;
        }
    }
  return from;
}

/* "Lund told reporters on Sunday that “it was a mistake.”", "Lund
 * wants a press that “picks a side.”": a quotation that opens in
 * lower case in the middle of a clause that a complementizer opens after
 * the cue before it (words, no comma, colon or other quotation marks
 * between) is part of what that clause says, a mixed quotation from the
 * complementizer on. Returns the token it starts at, or -1. */
static int
clause_goes_on (QmRun      *run,
                const Attr *at,
                int         sa,
                int         open)
{
  int from = -1;

  if (run->lang->fragments_direct || at->np.kind == QM_NP_NONE || at->cue_first < sa || at->cue_last + 1 >= open ||
      at->np.last >= at->cue_first || open - at->cue_last > 25 || open + 1 >= (int)run->toks->len ||
      tok_at (run, open + 1)->kind != QM_TOK_WORD || !(tok_at (run, open + 1)->flags & QM_TOK_LOWER) ||
      tok_at (run, open - 1)->kind != QM_TOK_WORD)
    return -1;
  for (int k = at->cue_last + 1; k < open; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->mark >= 0 || t->kind == QM_TOK_OPEN || t->kind == QM_TOK_CLOSE || is_punct (run, k, ',') ||
          is_punct (run, k, ':') || is_punct (run, k, ';') || is_punct (run, k, '(') || is_final_punct (t))
        return -1;
      if (from < 0 && t->kind == QM_TOK_WORD && (t->words & QM_WORD_COMPLEMENT) && (t->flags & QM_TOK_LOWER))
        from = k;
    }
  return from;
}

/* German: "die Ansicht von Jonas Keller (SPD), wonach es „…“ gebe" — a
 * speech verb that is a relative word too (a lower-case word of both verbs
 * and relatives) right after a comma reports for the phrase before the
 * comma, its antecedent (a party in parentheses passed over), not for the
 * subject of its own clause or the sentence's; the relative word is the
 * mention, as "who" is. */
static gboolean
relative_cue_antecedent (QmRun *run,
                         int    v,
                         QmNp  *np)
{
  QmTok *t = tok_at (run, v);
  int k = v - 1;
  QmNp found;

  if (!run->lang->verb_second || t->kind != QM_TOK_WORD || t->mark >= 0 || !(t->words & QM_WORD_VERB) ||
      !(t->words & QM_WORD_RELATIVE) || !(t->flags & QM_TOK_LOWER) || k < 1 || !is_punct (run, k, ','))
    return FALSE;
  k--;
  /* "(SPD)" */
  if (is_punct (run, k, ')'))
    {
      int open = k - 1;

      while (open > 0 && open > k - 6 && !is_punct (run, open, '('))
        open--;
      if (!is_punct (run, open, '('))
        return FALSE;
      k = open - 1;
    }
  if (k < 0 || tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 || !_qm_np_left (run, 0, k, &found) ||
      found.last != k || found.kind == QM_NP_NONE || found.kind == QM_NP_PRONOUN)
    return FALSE;
  *np = found;
  return TRUE;
}

/* "Kritik kommt vom Verband, der den Plan als „…“ sieht": quoted words
 * at @i that name something (after naming-words) in a relative clause whose
 * subject is its pronoun (subject-relatives) are the words of the phrase
 * before the comma, in the sentence from @sa. */
static gboolean
relative_namer (QmRun *run,
                int    sa,
                int    i,
                QmNp  *np)
{
  int cs = i - 2;

  if (!run->lang->verb_second || i < 5 || sa >= i - 4 || !word_has_role (run, tok_at (run, i - 1), QM_ROLE_NAMING) ||
      !(tok_at (run, i - 1)->flags & QM_TOK_LOWER))
    return FALSE;
  while (cs > sa && cs > i - 16 && tok_at (run, cs)->mark < 0 && !is_punct (run, cs, ',') && !is_final_punct (tok_at (run, cs)))
    cs--;
  return cs > sa + 1 && cs + 2 < i - 1 && is_punct (run, cs, ',') && tok_at (run, cs)->mark < 0 &&
         word_has_role (run, tok_at (run, cs + 1), QM_ROLE_SUBJECT_RELATIVE) && (tok_at (run, cs + 1)->flags & QM_TOK_LOWER) &&
         tok_at (run, cs + 2)->kind == QM_TOK_WORD && (tok_at (run, cs + 2)->flags & QM_TOK_LOWER) &&
         (tok_at (run, cs + 2)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)) && _qm_np_left (run, sa, cs - 1, np) &&
         np->last == cs - 1 && np->kind != QM_NP_NONE && np->kind != QM_NP_PRONOUN;
}

/* German "Demonstranten, die immer wieder riefen: „…“": a subject taken
 * as a relative pronoun (subject-relatives) after a comma and words in
 * lower case only is that pronoun; the phrase before the comma speaks,
 * the pronoun is the mention. */
static void
relative_antecedent (QmRun *run,
                     int    sa,
                     Attr  *at)
{
  int r = at->np.first;
  QmNp np;

  if (!run->lang->verb_second || at->np.kind == QM_NP_NONE || r - 2 < sa || at->np.last <= r ||
      tok_at (run, r)->kind != QM_TOK_WORD || !(tok_at (run, r)->flags & QM_TOK_LOWER) ||
      !word_has_role (run, tok_at (run, r), QM_ROLE_SUBJECT_RELATIVE) || !is_punct (run, r - 1, ',') ||
      tok_at (run, r - 1)->mark >= 0)
    return;
  for (int k = r + 1; k <= at->np.last; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || !(tok_at (run, k)->flags & QM_TOK_LOWER))
      return;
  if (!_qm_np_left (run, sa, r - 2, &np) || np.last != r - 2 || np.kind == QM_NP_NONE || np.kind == QM_NP_PRONOUN)
    return;
  if (!after_preposition_object (run, &np))
    return;
  at->np = np;
  at->person = G_MININT;
  at->mention = r;
}

static gboolean
carried_is (QmRun         *run,
            const Carried *c)
{
  return run->last_speaker == c->person && run->last_speaker_para == c->para &&
         run->last_speaker_span.start == c->span.start && run->last_speaker_span.end == c->span.end;
}

/* Whether the sentences of the paragraph before token @i name no person,
 * role or pronoun of their own: "Doch das Team scheint keine Sorgen zu
 * haben. „…“" goes on with the speaker of the paragraph before. */
static gboolean
no_one_between (QmRun *run,
                int    i)
{
  for (int k = 0; k < i; k++)
    {
      QmTok *t = tok_at (run, k);

      if (t->kind == QM_TOK_OPEN || t->kind == QM_TOK_CLOSE)
        return FALSE;
      if (t->kind != QM_TOK_WORD)
        continue;
      if (t->words & (QM_WORD_PRONOUN | QM_WORD_ROLE | QM_WORD_TITLE | QM_WORD_VERB))
        return FALSE;
      /* someone known by name, or a given name ("der Fahrer Max Ott") */
      if (t->flags & QM_TOK_CAPITAL)
        {
          g_autofree char *key = g_utf8_strdown (run->data + t->start, t->end - t->start);

          if (g_hash_table_contains (run->people.by_key, key) || word_has_role (run, t, QM_ROLE_MALE_NAME) ||
              word_has_role (run, t, QM_ROLE_FEMALE_NAME))
            return FALSE;
        }
    }
  return TRUE;
}

/* German "X teilte mit, …. ¶ Die Lage sei ernst. „…“": whether a sentence
 * of this paragraph before quotation @q reports what @person said (no cue
 * of its own, the Konjunktiv carrying the latest speaker on): a quotation
 * that opens a sentence after it is theirs too. */
static gboolean
reported_here (QmRun              *run,
               const QmFoundQuote *q,
               int                 person)
{
  gssize para_start = (gssize)tok_at (run, 0)->start;

  for (guint r = run->quotes->len; r > 0 && r + 8 > run->quotes->len; r--)
    {
      const QmFoundQuote *p = &g_array_index (run->quotes, QmFoundQuote, r - 1);

      if (p == q || p->span.start >= q->span.start)
        continue;
      if (p->span.start < para_start)
        break;
      if (p->kind == QM_QUOTE_KIND_INDIRECT && p->person == person)
        return TRUE;
    }
  return FALSE;
}

/* The speaker carried to the sentence that starts at token @start, one of
 * @starts (ascending: the sentences follow each other, each starting where
 * the one before ended). */
static Carried
carried_before (GArray *starts,
                GArray *carried,
                int     start)
{
  guint lo = 0, hi = starts->len;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (starts, int, mid) <= start)
        lo = mid;
      else
        hi = mid;
    }
  return g_array_index (carried, Carried, lo);
}

static void
carried_take (QmRun   *run,
              Carried *c,
              int      sentence)
{
  c->person = run->last_speaker;
  c->para = run->last_speaker_para;
  c->span = run->last_speaker_span;
  c->sentence = sentence;
}

static void
carried_put (QmRun         *run,
             const Carried *c)
{
  run->last_speaker = c->person;
  run->last_speaker_para = c->para;
  run->last_speaker_span = c->span;
}

/* German: "Lenz äußerte sich positiv über die Gastgeber: „…“", "Sie
 * sagte dazu am Montag: „…“": the words after the cue up to a colon that
 * opens a quotation, with no comma, are how or where it was said, no
 * reported content. */
static gboolean
adjunct_before_colon (QmRun      *run,
                      const Attr *at,
                      int         b)
{
  if (at->c0 <= at->cue_last || at->c1 + 1 >= b || at->c1 - at->c0 > 16 || !is_punct (run, at->c1, ':') ||
      tok_at (run, at->c1 + 1)->kind != QM_TOK_OPEN)
    return FALSE;
  /* not "sagte, die Lage sei ernst: „…“", a clause of its own */
  for (int k = at->cue_last + 1; k < at->c0; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD)
      return FALSE;
  for (int k = at->c0; k < at->c1; k++)
    if (tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 ||
        (tok_at (run, k)->words & (QM_WORD_COMPLEMENT | QM_WORD_REPORTED_MOOD)))
      return FALSE;
  return TRUE;
}

/* German: "Auf die Frage, was sie gedacht habe, antwortete sie: „…“" —
 * a preposition, an article and the word of a question
 * (interview-questions) at @k, before a comma or @end, open what was
 * asked: neither its Konjunktiv nor its words are the content of the one
 * who answers. */
static gboolean
question_phrase (QmRun *run,
                 int    k,
                 int    end)
{
  if (!run->lang->verb_second || k + 1 >= end || tok_at (run, k)->kind != QM_TOK_WORD || tok_at (run, k)->mark >= 0 ||
      !(tok_at (run, k)->words & QM_WORD_PREPOSITION) || !(tok_at (run, k)->flags & QM_TOK_CAPITAL))
    return FALSE;
  k++;
  if (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_DETERMINER) &&
      (tok_at (run, k)->flags & QM_TOK_LOWER))
    k++;
  return k < end && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
         (tok_at (run, k)->flags & QM_TOK_CAPITAL) && _qm_word_has_role (run, tok_at (run, k), QM_ROLE_INTERVIEW_QUESTION) &&
         (k + 1 == end || is_punct (run, k + 1, ','));
}

/* A sentence of the latest speaker's paragraph that opens with a
 * capitalised adverb and a verb neither reported nor of hearsay
 * ("Zudem verwies …", "Dabei verwies …"); tokens a and a + 1 exist */
static gboolean
fronted_adverb_verb (QmRun *run,
                     int    a,
                     int    b)
{
  const QmTok *adverb = tok_at (run, a);
  const QmTok *verb = tok_at (run, a + 1);

  return run->last_speaker_para == run->paragraph && !mood_sentence (run, a, b) &&
         adverb->kind == QM_TOK_WORD && adverb->mark < 0 && (adverb->flags & QM_TOK_CAPITAL) &&
         (adverb->words & QM_WORD_ADVERB) &&
         !(adverb->words & (QM_WORD_CONJUNCTION | QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_PREPOSITION)) &&
         verb->kind == QM_TOK_WORD && (verb->flags & QM_TOK_LOWER) && verb->mark < 0 &&
         !(verb->words & (QM_WORD_REPORTED_MOOD | QM_WORD_DETERMINER)) &&
         !word_has_role (run, verb, QM_ROLE_HEARSAY_MODAL);
}

void
_qm_attribute_paragraph (QmRun *run,
                         gsize  start,
                         gsize  end)
{
  GArray *attrs;
  int *sent_of;
  int *sent_end;   /* at a sentence's first token: its end */
  GArray *sent_starts;  /* the first token of each sentence, ascending */
  GArray *carried_at;   /* for each sentence: the speaker before it */
  Carried now, set = { 0, }, marks_latest = { 0, };
  int set_at = -1;
  int n, a;
  int prev_a = -1;
  int dateline;
  int mood_mixed;   /* the Konjunktiv sentence a fragment made mixed */
  gboolean prev_claimed = FALSE;
  gboolean colon_end;
  gboolean labelled;
  guint colon_para = run->colon_para;
  int colon_person = run->colon_person;
  gboolean colon_role = run->colon_role;
  QmSpan colon_speaker = run->colon_speaker, colon_cue = run->colon_cue;

  if (run->para_attrs == NULL)
    {
      run->para_attrs = g_array_new (FALSE, FALSE, sizeof (Attr));
      run->para_sent_starts = g_array_new (FALSE, FALSE, sizeof (int));
      run->para_carried = g_array_new (FALSE, FALSE, sizeof (Carried));
    }
  attrs = run->para_attrs;
  g_array_set_size (attrs, 0);

  _qm_tokenize (run, start, end, &run->mark_cursor);
  n = run->toks->len;
  if (n == 0)
    return;
  _qm_people_scan_titles (run, 0, n);

  /* "Lund has made it clear that …": a verb of clarity-verbs with a word
   * of clarity-words (after a lower-case pronoun) right before a
   * complementizer is a cue. */
  if (run->lang->roles_listed & QM_ROLE_CLARITY_VERB)
    for (int i = 2; i < n; i++)
      {
        QmTok *t = tok_at (run, i);
        int m = i - 2;

        if (t->kind != QM_TOK_WORD || !(t->words & QM_WORD_COMPLEMENT) || !(tok_at (run, i - 1)->flags & QM_TOK_LOWER) ||
            !word_has_role (run, tok_at (run, i - 1), QM_ROLE_CLARITY_WORD))
          continue;
        if (m > 0 && tok_at (run, m)->kind == QM_TOK_WORD && (tok_at (run, m)->words & QM_WORD_PRONOUN) &&
            (tok_at (run, m)->flags & QM_TOK_LOWER))
          m--;
        if (tok_at (run, m)->mark < 0 && (tok_at (run, m)->flags & QM_TOK_LOWER) &&
            word_has_role (run, tok_at (run, m), QM_ROLE_CLARITY_VERB))
          {
            /* the verb's cue, not one the model weighs on its own */
            tok_at (run, m)->words |= QM_WORD_VERB;
            tok_at (run, i - 1)->words &= ~(guint)QM_WORD_MODEL_CUE;
          }
      }

  /* "Q: Why Beethoven?" ¶ "A: Because …" — an interview's labels: a
   * question is the words of the interviewer, no one of the people list;
   * an answer is the words of the one interviewed, the person named first
   * before the first question (without quotation marks, as a transcript's
   * "Lund: …" below, not kind direct) */
  if (run->lang->roles_listed & QM_ROLE_INTERVIEW_NOUN)
    note_interviewer (run, n);
  labelled = FALSE;
  if (n >= 3 && tok_at (run, 0)->kind == QM_TOK_WORD && tok_at (run, 0)->mark < 0 &&
      (tok_at (run, 0)->flags & QM_TOK_CAPITAL) && is_punct (run, 1, ':') && tok_at (run, 2)->mark < 0)
    {
      gboolean question = _qm_word_has_role (run, tok_at (run, 0), QM_ROLE_INTERVIEW_QUESTION);
      gboolean answer = run->interview && _qm_word_has_role (run, tok_at (run, 0), QM_ROLE_INTERVIEW_ANSWER);
      char initials[4] = "";

      /* "LH: Was läuft schief?" ¶ "BC: Die Reedereien …" — the initials of
       * interviewer and interviewee: the first pair to open a paragraph
       * with a question asks, other initials answer */
      if (!question && !answer && tok_at (run, 0)->end - tok_at (run, 0)->start >= 2 &&
          tok_at (run, 0)->end - tok_at (run, 0)->start < sizeof initials)
        {
          gsize len = tok_at (run, 0)->end - tok_at (run, 0)->start;
          gboolean caps = TRUE;

          for (gsize k = 0; k < len; k++)
            caps = caps && g_ascii_isupper (run->data[tok_at (run, 0)->start + k]);
          /* not an abbreviation of a party or a country ("SPD:", "USA:"),
           * nor a headline's */
          caps = caps && run->paragraph > 0 && !(tok_at (run, 0)->words & (QM_WORD_ORGANISATION | QM_WORD_NOT_NAME));
          if (caps)
            memcpy (initials, run->data + tok_at (run, 0)->start, len);
          if (caps && run->asker[0] == '\0' && is_punct (run, n - 1, '?'))
            g_strlcpy (run->asker, initials, sizeof run->asker);
          question = caps && g_strcmp0 (initials, run->asker) == 0;
          if (question)
            run->asked_para = run->paragraph;
          /* an answer right after a question, or by someone those
           * initials name */
          answer = caps && !question && run->interview &&
                   (run->asked_para + 1 == run->paragraph || person_of_initials (run, initials) >= 0);
        }
      if (question && !run->interview)
        {
          /* the one an introduction named ("Mit X sprach Y.") first */
          if (run->interviewee < 0)
            run->interviewee = _qm_people_first (run, tok_at (run, 0)->start);
          run->interview = TRUE;
        }
      if (question || answer)
        {
          int c1 = sentence_content_end (run, 2, n);
          int who = -1;

          /* initials, unlike the words of a label, speak only when
           * someone is found for them: "USA: Wer gewinnt?" is a heading */
          if (initials[0] != '\0')
            {
              who = person_of_initials (run, initials);
              if (answer && who < 0)
                {
                  if (run->interviewee < 0)
                    run->interviewee = _qm_people_first (run, tok_at (run, 0)->start);
                  who = run->interviewee;
                }
            }
          labelled = TRUE;
          if (c1 > 2 && (initials[0] == '\0' || who >= 0))
            {
              QmFoundQuote *q = add_quote (run, QM_QUOTE_KIND_INDIRECT, tok_at (run, 2)->start, tok_at (run, c1 - 1)->end,
                                           0.5);
              QmNp label = { .first = 0, .last = 0, .kind = QM_NP_NAME };

              /* the interviewer, unnamed, is no one of the people list */
              if (who >= 0)
                set_speaker (run, q, &label, who, 1, 1);
              else if (question && run->interviewer >= 0)
                set_speaker (run, q, &label, run->interviewer, 1, 1);
              else if (question)
                {
                  q->speaker.start = tok_at (run, 0)->start;
                  q->speaker.end = tok_at (run, 0)->end;
                  q->cue.start = tok_at (run, 1)->start;
                  q->cue.end = tok_at (run, 1)->end;
                }
              else
                {
                  /* no one named before the first question: the one the
                   * questions named ("Frage: Frau Claasen, …?"); no one
                   * found, no speaker, never the label itself */
                  if (run->interviewee < 0)
                    run->interviewee = _qm_people_first (run, tok_at (run, 0)->start);
                  if (run->interviewee >= 0)
                    set_speaker (run, q, &label, run->interviewee, 1, 1);
                }
              if (answer)
                run->answer_para = run->paragraph;
            }
        }
    }

  /* "Okafor: Well, guessing helps no one." — a name and a colon open the
   * paragraph (interviews, transcripts, headlines): the rest is theirs.
   * German, where every noun has a capital ("Fazit: …"), only for the
   * name of someone met before ("Vogel: Müde, aber glücklich.") */
  {
    QmNp who;

    if (!labelled && n >= 4 && _qm_np_right (run, 0, n, &who) && who.last < 4 && who.last + 2 < n &&
        is_punct (run, who.last + 1, ':') && tok_at (run, who.last + 2)->kind == QM_TOK_WORD &&
        tok_at (run, who.last + 2)->mark < 0 && who.kind != QM_NP_PRONOUN &&
        !(!run->lang->verb_second && headline_label (run, &who)) &&
        (!run->lang->verb_second ||
         (who.kind == QM_NP_NAME && !(who.words & (QM_WORD_ROLE | QM_WORD_TITLE | QM_WORD_ORGANISATION)) &&
          _qm_np_names_person (run, &who))))
      {
        int c1 = sentence_content_end (run, who.last + 2, n);

        /* a transcript's "MR. BERG: No.": after a title, one word is a
         * reply too */
        if (c1 - (who.last + 2) >= 2 || (c1 - (who.last + 2) == 1 && (who.words & QM_WORD_TITLE)))
          {
            gsize e = tok_at (run, c1 - 1)->end;
            QmFoundQuote *q;

            /* "No." alone keeps the point of the abbreviation of a number */
            if (c1 - (who.last + 2) == 1 && run->data[e - 1] == '.')
              e--;
            q = add_quote (run, QM_QUOTE_KIND_INDIRECT, tok_at (run, who.last + 2)->start, e, 0.5);

            set_speaker (run, q, &who, _qm_people_resolve (run, &who, 0), who.last + 1, who.last + 1);
            /* all of the paragraph is theirs: no Konjunktiv in it goes on
             * for anyone */
            if (run->lang->verb_second)
              run->answer_para = run->paragraph;
          }
      }
  }

  /* “…” ¶ "- Anna Berg, Lyngby." — a line that opens with a dash and a name
   * signs the quotation that ended the paragraph before, when that one had
   * no cue; so does a line of a full name, a comma and words with no verb
   * ("Anna Berg, Institute of Harbours."), which also closes the
   * quotation's mark */
  if (run->quotes->len > 0 && n >= 3 && !run->lang->verb_second &&
      (is_dash (run, 0) || (is_punct (run, 0, '-') && tok_at (run, 0)->end - tok_at (run, 0)->start == 1) ||
       signature_line (run, n)))
    {
      QmFoundQuote *prev = &g_array_index (run->quotes, QmFoundQuote, run->quotes->len - 1);
      int f = tok_at (run, 0)->kind == QM_TOK_WORD ? 0 : 1;
      QmNp who;

      if (prev->kind == QM_QUOTE_KIND_DIRECT && prev->cue.start < 0 && prev->span.end >= 0 &&
          signs_quote (run, (gsize)prev->span.end, tok_at (run, 0)->start) && _qm_np_right (run, f, n, &who) &&
          who.first == f && who.kind != QM_NP_NONE && who.kind != QM_NP_PRONOUN &&
          (who.last + 1 == n || is_punct (run, who.last + 1, '.') || is_punct (run, who.last + 1, ',')))
        {
          /* the signature speaks for that quotation only: no speaker
           * carries over from it */
          prev->speaker.start = tok_at (run, who.first)->start;
          prev->speaker.end = tok_at (run, who.last)->end;
          prev->person = _qm_people_resolve (run, &who, 0);
          prev->confidence = 0.6;
          run->last_speaker = -1;
        }
    }

  /* "Hewitt writes:" and then a paragraph without quotation marks: a block
   * quotation, the words of the speaker the colon introduced. */
  if (colon_para == run->paragraph && colon_person >= 0 && tok_at (run, 0)->kind != QM_TOK_OPEN &&
      tok_at (run, 0)->mark < 0 && n >= 4)
    {
      QmFoundQuote *q = add_quote (run, QM_QUOTE_KIND_INDIRECT, tok_at (run, 0)->start, tok_at (run, n - 1)->end, 0.5);

      q->speaker = colon_speaker;
      q->cue = colon_cue;
      q->person = colon_person;
    }

  if ((gsize)n > run->para_cap)
    {
      run->para_cap = MAX ((gsize)n, run->para_cap * 2);
      g_free (run->para_sent_of);
      g_free (run->para_sent_end);
      run->para_sent_of = g_new (int, run->para_cap);
      run->para_sent_end = g_new (int, run->para_cap);
    }
  sent_of = run->para_sent_of;
  sent_end = run->para_sent_end;
  /* one entry a sentence, not a token: a one-line paragraph of megabytes
   * has hundreds of thousands of tokens */
  sent_starts = run->para_sent_starts;
  g_array_set_size (sent_starts, 0);
  carried_at = run->para_carried;
  g_array_set_size (carried_at, 0);
  now.person = run->last_speaker;
  now.para = run->last_speaker_para;
  now.span = run->last_speaker_span;
  now.sentence = -1;

  /* Reported speech, sentence by sentence, resolving speakers in order. */
  dateline = dateline_end (run, n);
  for (a = 0; a < n;)
    {
      /* a dateline is a sentence of its own, no content */
      int b = a == 0 && dateline > 0 ? dateline : sentence_end (run, a, n);
      guint first = attrs->len;
      guint quotes_before = run->quotes->len;

      for (int k = a; k < b; k++)
        sent_of[k] = a;
      sent_end[a] = b;
      g_array_append_val (sent_starts, a);
      g_array_append_val (carried_at, now);

      sentence_attrs (run, a, b, attrs);
      /* "A critic, writing for a daily, called the film “…”": a content
       * that opens with another cue of the sentence is that cue's clause,
       * not part of what the first one reports (among a few cues: a
       * sentence of thousands stays linear) */
      if (!run->lang->verb_second && attrs->len > first + 1 && attrs->len - first <= 16)
        for (guint i = first; i < attrs->len; i++)
          {
            Attr *x = &g_array_index (attrs, Attr, i);
            gboolean cut = FALSE;

            for (guint j = first; j < attrs->len && !cut; j++)
              cut = j != i && g_array_index (attrs, Attr, j).cue_first == x->c0 && x->c0 > x->cue_last &&
                    is_punct (run, x->c0 - 1, ',');
            if (cut)
              g_array_remove_index (attrs, i--);
          }
      /* a sentence without a cue may name someone a pronoun means later
       * (German too: no change on either corpus, and "Hinterseer wirkte
       * erschöpft. …, sagte der Österreicher." finds him) */
      if (attrs->len == first)
        _qm_people_note_subject (run, a, b);
      /* German "Dieser reagierte gelassen.": a demonstrative alone before
       * a verb in lower case is the one of its gender named last; as the
       * subject it is whom "er" goes on with */
      if (attrs->len == first && run->lang->verb_second && b - a >= 3 && tok_at (run, a)->kind == QM_TOK_WORD &&
          tok_at (run, a)->mark < 0 && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
          word_has_role (run, tok_at (run, a), QM_ROLE_MALE_DEMONSTRATIVE | QM_ROLE_FEMALE_DEMONSTRATIVE) &&
          tok_at (run, a + 1)->kind == QM_TOK_WORD && (tok_at (run, a + 1)->flags & QM_TOK_LOWER) &&
          !(tok_at (run, a + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)))
        {
          QmNp dem = { 0, };

          int ref;

          dem.first = dem.last = a;
          dem.kind = QM_NP_NONE;
          _qm_np_classify (run, &dem);
          ref = _qm_people_resolve (run, &dem, a);
          /* the mention later sentences carry: for the latest speaker, or
           * before a sentence in the Konjunktiv ("Dieser bedankte sich. Die
           * Stadt werde …"), as a named subject is */
          if (ref >= 0 && !mood_sentence (run, a, b) &&
              ((ref == run->last_speaker && run->last_speaker_para == run->paragraph) ||
               (b < n && mood_sentence (run, b, sentence_end (run, b, n)))))
            {
              run->last_speaker = ref;
              run->last_speaker_para = run->paragraph;
              run->last_speaker_span.start = tok_at (run, a)->start;
              run->last_speaker_span.end = tok_at (run, a)->end;
              run->last_attr_para = run->paragraph;
              run->last_attr_speaker = run->last_speaker_span;
            }
        }
      /* German "Er gab den Managern die Schuld. Wäre dies nicht so, …":
       * a personal pronoun of a man or a woman that opens a sentence
       * without a cue, for the latest speaker, is the mention the
       * Konjunktiv sentences after it go on with */
      else if (attrs->len == first && run->lang->verb_second && b - a >= 3 && run->last_speaker >= 0 &&
               run->last_speaker_para + 1 >= run->paragraph && tok_at (run, a)->kind == QM_TOK_WORD &&
               tok_at (run, a)->mark < 0 && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
               (tok_at (run, a)->words & QM_WORD_PRONOUN) && (tok_at (run, a)->words & (QM_WORD_MALE | QM_WORD_FEMALE)) &&
               !(tok_at (run, a)->words & (QM_WORD_DETERMINER | QM_WORD_OBLIQUE)) && !(tok_at (run, a)->flags & QM_TOK_POSSESSIVE) &&
               tok_at (run, a + 1)->kind == QM_TOK_WORD && (tok_at (run, a + 1)->flags & QM_TOK_LOWER) &&
               tok_at (run, a + 1)->mark < 0 &&
               !(tok_at (run, a + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)) &&
               !(run->lang->plural_verb_endings.list != NULL &&
                 qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + tok_at (run, a + 1)->start,
                                    tok_at (run, a + 1)->end - tok_at (run, a + 1)->start, 2)) &&
               /* not a sentence that is itself reported: "Er wisse …",
                * "Er soll …" */
               !(tok_at (run, a + 1)->words & QM_WORD_REPORTED_MOOD) &&
               !word_has_role (run, tok_at (run, a + 1), QM_ROLE_HEARSAY_MODAL) && !mood_sentence (run, a, b))
        {
          QmNp pro = { 0, };
          int speaker = run->last_speaker;

          pro.first = pro.last = a;
          pro.kind = QM_NP_NONE;
          _qm_np_classify (run, &pro);
          pro.kind = QM_NP_PRONOUN;
          if (_qm_people_resolve (run, &pro, a) == speaker)
            {
              /* "er" at the start of the next paragraph goes on with the
               * story of the speaker before it */
              run->last_speaker_para = run->paragraph;
              run->last_speaker_span.start = tok_at (run, a)->start;
              run->last_speaker_span.end = tok_at (run, a)->end;
              if (run->last_attr_para == run->paragraph)
                run->last_attr_speaker = run->last_speaker_span;
            }
        }
      /* the same for "er" or "sie" right after the verb that follows a
       * fronted adverb: "Zudem verwies sie auf die Zinsen." */
      else if (attrs->len == first && run->lang->verb_second && b - a >= 4 && run->last_speaker >= 0 &&
               fronted_adverb_verb (run, a, b) &&
               tok_at (run, a + 2)->kind == QM_TOK_WORD && tok_at (run, a + 2)->mark < 0 && (tok_at (run, a + 2)->flags & QM_TOK_LOWER) &&
               (tok_at (run, a + 2)->words & QM_WORD_PRONOUN) && (tok_at (run, a + 2)->words & (QM_WORD_MALE | QM_WORD_FEMALE)) &&
               !(tok_at (run, a + 2)->words & (QM_WORD_DETERMINER | QM_WORD_OBLIQUE)) && !(tok_at (run, a + 2)->flags & QM_TOK_POSSESSIVE) &&
               !(run->lang->plural_verb_endings.list != NULL &&
                 qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + tok_at (run, a + 1)->start,
                                    tok_at (run, a + 1)->end - tok_at (run, a + 1)->start, 2)))
        {
          QmNp pro = { 0, };

          pro.first = pro.last = a + 2;
          pro.kind = QM_NP_PRONOUN;
          pro.words = tok_at (run, a + 2)->words;
          if (_qm_people_resolve (run, &pro, a) == run->last_speaker)
            {
              run->last_speaker_span.start = tok_at (run, a + 2)->start;
              run->last_speaker_span.end = tok_at (run, a + 2)->end;
              if (run->last_attr_para == run->paragraph)
                run->last_attr_speaker = run->last_speaker_span;
            }
        }
      /* and for a role or a name there: "Dabei verwies die Ministerin auf
       * die Zinsen." */
      else if (attrs->len == first && run->lang->verb_second && b - a >= 5 && run->last_speaker >= 0 &&
               fronted_adverb_verb (run, a, b) &&
               tok_at (run, a + 2)->kind == QM_TOK_WORD && (tok_at (run, a + 2)->flags & QM_TOK_LOWER) &&
               (tok_at (run, a + 2)->words & QM_WORD_DEFINITE) && !(tok_at (run, a + 2)->words & QM_WORD_OBLIQUE))
        {
          QmNp subj;

          if (_qm_np_right (run, a + 2, b, &subj) && (subj.kind == QM_NP_ROLE || subj.kind == QM_NP_NAME) &&
              _qm_np_names_person (run, &subj) && subj.last + 1 < b && (tok_at (run, subj.last + 1)->flags & QM_TOK_LOWER))
            {
              int who = _qm_people_resolve (run, &subj, a);

              if (who >= 0 && who == run->last_speaker)
                {
                  run->last_speaker_span.start = tok_at (run, subj.first)->start;
                  run->last_speaker_span.end = tok_at (run, subj.last)->end;
                  if (run->last_attr_para == run->paragraph)
                    run->last_attr_speaker = run->last_speaker_span;
                }
            }
        }
      /* "… . Das sagte der Minister." — the sentence before is what he said */
      if ((run->lang->roles_listed & QM_ROLE_ANAPHOR) && prev_a >= 0 && !prev_claimed && b - a >= 3)
        {
          guint found = attrs->len;

          if (anaphor_attr (run, prev_a, a, b, attrs, attrs->len == first))
            {
              Attr at = g_array_index (attrs, Attr, found);

              g_array_set_size (attrs, first);
              g_array_append_val (attrs, at);
            }
        }
      /* "Bei einer Pressekonferenz, die am Montag stattfand, sagte X …":
       * a phrase that a preposition opens and a relative clause are the
       * fronted part before the verb, no content of a cue after it; the
       * content follows the verb's subject. */
      if (run->lang->verb_second && attrs->len == first + 1)
        {
          Attr *x = &g_array_index (attrs, Attr, first);
          QmNp pp;

          if (x->c0 == a && x->cue_first >= x->c1 && x->np.first > x->cue_last && x->verb == x->cue_first &&
              tok_at (run, a)->kind == QM_TOK_WORD && (tok_at (run, a)->flags & QM_TOK_CAPITAL) && !has_open (run, a, x->c1) &&
              (((tok_at (run, a)->words & QM_WORD_PREPOSITION) && _qm_np_right (run, a + 1, x->c1, &pp) &&
                pp.last + 2 < x->c1 && is_punct (run, pp.last + 1, ',') &&
                word_has_role (run, tok_at (run, pp.last + 2), QM_ROLE_SUBJECT_RELATIVE) &&
                (tok_at (run, pp.last + 2)->flags & QM_TOK_LOWER)) ||
               /* "Nachdem die Sitzung endete, sagte X, …": a subordinate
                * clause up to the comma, without a Konjunktiv */
               (word_has_role (run, tok_at (run, a), QM_ROLE_FRONTED_SUBORDINATOR) && x->c1 - a >= 3 &&
                fronted_clause (run, a + 1, x->c1))))
            {
              QmNp override;
              int endp = sentence_content_end (run, a, b);

              x->c0 = content_start (run, x->np.last, endp, &override);
              x->c1 = endp;
              if (x->c1 - x->c0 < 2)
                g_array_remove_index (attrs, first);
            }
        }
      /* not in an interview's answer, whose words are all the
       * interviewee's: "Antwort: Die Städte müssen sich darauf einstellen,
       * dass …" reports nothing of the cities */
      if (run->lang->verb_second && attrs->len == first && run->answer_para != run->paragraph)
        complement_attr (run, a, b, attrs);
      if (run->lang->verb_second && attrs->len == first)
        opinion_attr (run, a, b, attrs);
      /* "Auf den Vorwurf der Partei, der Plan sei „…“, entgegnete X, …":
       * the clause after the noun for what was said is that noun's
       * owner's, not the words of the cue after it, whose content follows
       * it */
      else if (run->lang->verb_second && attrs->len == first + 1 && g_array_index (attrs, Attr, first).c0 == a &&
               g_array_index (attrs, Attr, first).cue_first >= g_array_index (attrs, Attr, first).c1 &&
               g_array_index (attrs, Attr, first).c1 - a >= 6 &&
               (tok_at (run, a)->words & (QM_WORD_PREPOSITION | QM_WORD_DETERMINER)))
        {
          opinion_attr (run, a, g_array_index (attrs, Attr, first).c1, attrs);
          if (attrs->len > first + 1)
            {
              Attr *x = &g_array_index (attrs, Attr, first);
              int e = MAX (x->np.last, x->cue_last) + 1;
              QmNp override;

              x->c1 = sentence_content_end (run, a, b);
              x->c0 = e < x->c1 && is_punct (run, e, ',') ? content_start (run, e, x->c1, &override) : x->c1;
              if (x->c1 - x->c0 < 2)
                g_array_remove_index (attrs, first);
            }
        }
      /* "Lund weighed in, telling Gull in an interview published on
       * Monday, “…,” he said": the phrase right after an object verb in
       * lower case ("telling", "told") is the one spoken to, no subject of
       * a later verb */
      for (guint i = first; i < attrs->len && !run->lang->verb_second; i++)
        {
          Attr *at = &g_array_index (attrs, Attr, i);

          if (at->verb >= 0 && at->np.last + 1 < at->verb && at->np.first - 1 >= a &&
              tok_at (run, at->np.first - 1)->kind == QM_TOK_WORD && (tok_at (run, at->np.first - 1)->flags & QM_TOK_LOWER) &&
              (tok_at (run, at->np.first - 1)->words & (QM_WORD_OBJECT_VERB | QM_WORD_NAMING)) == QM_WORD_OBJECT_VERB &&
              tok_at (run, at->np.first - 1)->mark < 0)
            g_array_remove_index (attrs, i--);
        }
      for (guint i = first; i < attrs->len; i++)
        {
          Attr *at = &g_array_index (attrs, Attr, i);

          if (run->lang->verb_second && at->verb >= 0)
            with_the_words (run, at, b);
          past_dative (run, &at->np, b);
          content_owner (run, &at->np, b);
          at->person = at->cue_first >= 0 ? document_issuer (run, &at->np, at->cue_first, b) : G_MININT;
          if (at->person == G_MININT)
            at->person = _qm_people_resolve (run, &at->np, a);
          /* German "Auf die Frage, ob …, antwortete sie, dafür sei keine
           * Zeit gewesen.": the question before the cue is no content; the
           * clause in the Konjunktiv after the subject and a comma is what
           * the one who answers said */
          if (run->lang->verb_second && at->cue_first >= 0 && at->c1 <= at->cue_first && at->np.first > at->cue_last &&
              question_phrase (run, at->c0, at->c1) && at->np.last + 2 < b && is_punct (run, at->np.last + 1, ','))
            for (int k = at->np.last + 2; k < b && tok_at (run, k)->mark < 0 && !is_final_punct (tok_at (run, k)); k++)
              if (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->words & QM_WORD_REPORTED_MOOD))
                {
                  at->c0 = at->np.last + 2;
                  at->c1 = sentence_content_end (run, at->c0, b);
                  break;
                }
          at->mark = content_mark (run, at->c0, at->c1);
          at->quote_only = at->mark >= 0;
          if (run->lang->verb_second && (adjunct_before_colon (run, at, b) ||
                                           (at->cue_first >= 0 && at->c1 <= at->cue_first &&
                                            question_phrase (run, at->c0, at->c1))))
            at->silent = TRUE;
          if (at->quote_only && mark_at (run, at->mark)->attr_para != run->paragraph)
            {
              mark_at (run, at->mark)->attr = i;
              mark_at (run, at->mark)->attr_para = run->paragraph;
            }
          if (!at->quote_only && !at->silent)
            emit_reported (run, at);
          else if (at->person >= 0)
            {
              run->last_speaker = at->person;
              run->last_speaker_para = run->paragraph;
              /* the mention a carried attribution rests on; a Konjunktiv
               * sentence after it reports that speaker too ("„…“, sagte
               * X. Die Lage sei ernst.") */
              if (at->np.kind != QM_NP_NONE)
                {
                  run->last_speaker_span.start = tok_at (run, at->mention > 0 ? at->mention : at->np.first)->start;
                  run->last_speaker_span.end = tok_at (run, at->mention > 0 ? at->mention : at->np.last)->end;
                  if (run->lang->verb_second)
                    {
                      run->last_attr_para = run->paragraph;
                      run->last_attr_speaker = run->last_speaker_span;
                    }
                }
            }
        }
      /* "Die Zeitung berichtet von einer Einigung." — a cue without
       * content after the subject that opens the sentence: the Konjunktiv
       * sentences after it are its report. */
      if (run->lang->verb_second && attrs->len == first && b - a >= 4 && !mood_sentence (run, a, b))
        {
          QmNp np, rel_np;

          gboolean marks = FALSE;

          int v, rel_verb;
          int intro = b;   /* where a quotation after a colon starts, if one ends the sentence */
          int quoted_name_end = a;   /* after the marks of a name the opening phrase ends with */
          gboolean apposed = FALSE;   /* the subject is named in an apposition */

          /* "Neuer wollte von einer Krise nichts wissen: „…“ Man werde …":
           * the words before a colon's quotation name the speaker all the
           * same */
          for (int k = a + 2; k + 1 < b; k++)
            if (is_punct (run, k, ':') && tok_at (run, k + 1)->kind == QM_TOK_OPEN)
              {
                intro = k;
                break;
              }
          /* "Die „Initiative Grünes Tal“ berichtete …": the marks of a
           * name that ends the phrase opening the sentence quote no one */
          if (run->lang->verb_second && _qm_np_right (run, a, intro, &np) && np.kind == QM_NP_ORGANISATION &&
              np_closes_quoted_name (run, &np))
            quoted_name_end = np.last + 2;
          for (int k = quoted_name_end; k < intro && !marks; k++)
            marks = tok_at (run, k)->mark >= 0;
          for (v = a + 1; v < intro && v < a + 8 && !marks; v++)
            if (is_verb (tok_at (run, v)))
              break;
          /* "Dazu nahm auch der Minister Hans Roth Stellung. Die Lage sei
           * …": without a speech verb, a person named as the subject
           * speaks in the Konjunktiv sentence right after it — and, where
           * the sentence ends the paragraph, in a quotation that opens
           * the next ("Der Trainer war bedient. ¶ „…“") */
          if (!marks && (v >= intro || v >= a + 8) && b <= n &&
              ((apposed = apposition_subject (run, a, intro, &np)) || fronted_subject (run, a, intro, &np)) &&
              /* not a group of organisations before a verb in the plural
               * ("Die Unternehmen kämpften mit …"), often what the last
               * speaker says goes on */
              !(np.kind == QM_NP_ORGANISATION && np.last + 1 < b && tok_at (run, np.last + 1)->kind == QM_TOK_WORD &&
                (tok_at (run, np.last + 1)->flags & QM_TOK_LOWER) && run->lang->plural_verb_endings.list != NULL &&
                qm_lang_ends_with (&run->lang->plural_verb_endings, run->data + tok_at (run, np.last + 1)->start,
                                   tok_at (run, np.last + 1)->end - tok_at (run, np.last + 1)->start, 2)) &&
              (_qm_np_names_person (run, &np) ||
               /* before a colon's quotation, only someone surely named */
               (intro == b && np.kind == QM_NP_NAME && np.last > np.first && (tok_at (run, np.last - 1)->flags & QM_TOK_CAPITAL) &&
                !(tok_at (run, np.last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)))))
            {
              /* a report of its own only for someone surely named: not for
               * two capitals that open the sentence, which may be an
               * adjective and a noun ("Schwere Regenfälle …"), unless a
               * role in commas follows them ("Jasper Kolbe, der
               * Bürgermeister von Wendelau, will …") */
              gboolean sure = _qm_np_names_person (run, &np) || np.last - 1 > a || apposed;
              gboolean mood = mood_sentence (run, b, sentence_end (run, b, n));
              int person = sure ? _qm_people_resolve (run, &np, a) : -1;

              if (person >= 0)
                {
                  run->last_speaker = person;
                  run->last_speaker_para = run->paragraph;
                  run->last_speaker_span.start = tok_at (run, np.first)->start;
                  run->last_speaker_span.end = tok_at (run, np.last)->end;
                  if (mood)
                    {
                      run->last_attr_para = run->paragraph;
                      run->last_attr_speaker = run->last_speaker_span;
                    }
                }
            }
          /* "Der Tenor Aldo Ferri, der seit Jahren in Wien singt, zeigte
           * Verständnis." — a phrase that opens the sentence, a relative
           * clause its pronoun (subject-relatives) opens in commas, then
           * the verb: the phrase is the subject, not a word of the clause */
          rel_verb = -1;
          if (!marks && _qm_np_right (run, a, b, &rel_np) && rel_np.first == a &&
              (_qm_np_names_person (run, &rel_np) ||
               (rel_np.kind == QM_NP_NAME && rel_np.last > rel_np.first &&
                (tok_at (run, rel_np.last - 1)->flags & QM_TOK_CAPITAL) &&
                !(tok_at (run, rel_np.last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)))))
            rel_verb = verb_after_relative (run, &rel_np, b);
          /* someone a later role noun or pronoun may mean, no speaker of
           * the sentences after it */
          if (rel_verb >= 0)
            _qm_people_resolve (run, &rel_np, a);
          for (v = a + 1; v < b && v < a + 8 && !marks && rel_verb < 0; v++)
            if (is_verb (tok_at (run, v)))
              {
                if ((subject_left (run, a, v, &np) && np.first == a && np.kind != QM_NP_PRONOUN) ||
                    /* German: "Ihr widersprach der Oppositionsführer Kai
                     * Brandt." — after a fronted pronoun of the dative or
                     * an adverb and the verb, the one named speaks; not
                     * after a subject pronoun ("Sie forderte Reformen."):
                     * one of a gender or the plural that is neither an
                     * oblique nor a possessive determiner */
                    (run->lang->verb_second && v == a + 1 && tok_at (run, a)->kind == QM_TOK_WORD &&
                     (((tok_at (run, a)->words & QM_WORD_PRONOUN) &&
                       (!(tok_at (run, a)->words & (QM_WORD_MALE | QM_WORD_FEMALE | QM_WORD_PLURAL)) ||
                        (tok_at (run, a)->words & (QM_WORD_OBLIQUE | QM_WORD_DETERMINER)))) ||
                      ((tok_at (run, a)->words & QM_WORD_ADVERB) && !(tok_at (run, a)->words & QM_WORD_DETERMINER))) &&
                     _qm_np_right (run, after_object_pronoun (run, v + 1, b), b, &np) &&
                     (np.kind == QM_NP_NAME || np.kind == QM_NP_ROLE) &&
                     !(tok_at (run, np.first)->words & QM_WORD_OBLIQUE) &&
                     (_qm_np_names_person (run, &np) || inverted_subject_name (run, &np)) && plain_tail (run, np.last + 1, b)) ||
                    /* "Nach dem Spiel äußerte sich Torwart Lukas Beck.":
                     * the same after a fronted phrase a preposition opens */
                    (run->lang->verb_second && v > a + 1 && tok_at (run, a)->kind == QM_TOK_WORD &&
                     (tok_at (run, a)->words & QM_WORD_PREPOSITION) && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
                     fronted_inverted_subject (run, a, v, b, &np) && (np.kind == QM_NP_NAME || np.kind == QM_NP_ROLE) &&
                     (_qm_np_names_person (run, &np) ||
                      (np.kind == QM_NP_NAME && np.last > np.first && (tok_at (run, np.last - 1)->flags & QM_TOK_CAPITAL) &&
                       !(tok_at (run, np.last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)))) &&
                     np.last + 1 < b && is_final_punct (tok_at (run, np.last + 1))))
                  {
                    QmFoundQuote none = { 0, };
                    int person = _qm_people_resolve (run, &np, a);

                    none.speaker.start = tok_at (run, np.first)->start;
                    none.speaker.end = tok_at (run, np.last)->end;
                    run->last_attr_para = run->paragraph;
                    run->last_attr_speaker = none.speaker;
                    if (person >= 0)
                      {
                        run->last_speaker = person;
                        run->last_speaker_para = run->paragraph;
                        run->last_speaker_span = none.speaker;
                      }
                  }
                break;
              }
        }

      /* "Auf die Kritik der Opposition, das Projekt komme zu spät,
       * reagierte der Minister gelassen. Man habe …": the one named after
       * the verb speaks in the Konjunktiv sentences after it, as after
       * "Nach dem Spiel äußerte sich Torwart Lukas Beck." */
      if (run->lang->verb_second && attrs->len > first)
        {
          QmNp np;

          if (fronted_content_subject (run, attrs, first, a, b, &np))
            {
              int person = _qm_people_resolve (run, &np, a);

              run->last_attr_para = run->paragraph;
              run->last_attr_speaker.start = tok_at (run, np.first)->start;
              run->last_attr_speaker.end = tok_at (run, np.last)->end;
              if (person >= 0)
                {
                  run->last_speaker = person;
                  run->last_speaker_para = run->paragraph;
                  run->last_speaker_span = run->last_attr_speaker;
                }
            }
        }

      /* "Lund agreed.", "Berg said in a statement." — a short sentence of
       * a subject and a speech verb without content or quotation: the
       * quotation after it carries that speaker. */
      if (!run->lang->verb_second && attrs->len == first && b - a >= 3 && b - a <= 30 &&
          /* "… in Albany, N.Y." ends with an abbreviation's point */
          (is_punct (run, b - 1, '.') ||
           (tok_at (run, b - 1)->kind == QM_TOK_WORD && run->data[tok_at (run, b - 1)->end - 1] == '.')))
        {
          QmNp np;
          gboolean marks = FALSE;

          for (int k = a; k < b && !marks; k++)
            marks = tok_at (run, k)->mark >= 0;
          for (int v = a + 1; v < b - 1 && v < a + 24 && !marks; v++)
            if (is_verb (tok_at (run, v)) && (tok_at (run, v)->flags & QM_TOK_LOWER))
              {
                /* "Harbour College’s Ann Berg agreed.": an owner before the
                 * subject */
                QmNp named;

                if ((v + 1 == b - 1 || (tok_at (run, v + 1)->words & QM_WORD_PREPOSITION)) &&
                    subject_left (run, a, v, &np) && np.kind != QM_NP_NONE &&
                    (np.first == a ||
                     (np.first <= a + 3 && (tok_at (run, np.first - 1)->flags & QM_TOK_POSSESSIVE) &&
                      (tok_at (run, a)->flags & QM_TOK_CAPITAL)) ||
                     /* "Tom Lund, the director of the Harbour Party said
                      * in a statement.": an apposition that lacks its
                      * closing comma; the name before it speaks */
                     (np.kind == QM_NP_ROLE && np.first > a + 1 && is_punct (run, np.first - 1, ',') &&
                      _qm_np_right (run, a, np.first - 1, &named) && named.first == a && named.last == np.first - 2 &&
                      named.kind == QM_NP_NAME && (np = named, TRUE))))
                  {
                    int person = _qm_people_resolve (run, &np, a);

                    if (person >= 0)
                      {
                        run->last_speaker = person;
                        run->last_speaker_para = run->paragraph;
                        run->last_speaker_span.start = tok_at (run, np.first)->start;
                        run->last_speaker_span.end = tok_at (run, np.last)->end;
                      }
                    /* "The harbour director said in a statement.": a role
                     * that names no known person hands on its mention */
                    else if (np.kind == QM_NP_ROLE || np.kind == QM_NP_ORGANISATION)
                      {
                        run->last_attr_para = run->paragraph;
                        run->last_attr_speaker.start = tok_at (run, np.first)->start;
                        run->last_attr_speaker.end = tok_at (run, np.last)->end;
                      }
                  }
                break;
              }
        }

      /* German Konjunktiv I without a cue: the last speaker goes on (not
       * in an interview's answer, all of it theirs already) */
      if (attrs->len == first && run->last_attr_para != G_MAXUINT && run->paragraph - run->last_attr_para <= 1 &&
          run->answer_para != run->paragraph && mood_sentence (run, a, b) && !known_fact (run, a, b) &&
          !question_phrase (run, a, b))
        {
          QmFoundQuote *q;
          gboolean has_mark = FALSE;
          int c1 = sentence_content_end (run, a, b);
          int reported_end = c1;
          int carried = run->last_speaker >= 0 && run->paragraph - run->last_speaker_para <= 1 ? run->last_speaker : -1;
          QmSpan carried_span = run->last_speaker_span;
          gboolean own_subject = FALSE;   /* carried_span speaks, a known person or not */
          QmNp holder;

          /* "Einige vertreten die Auffassung, die Stadt stehe vor …. Die
           * Lage sei …": a later mention of no known person speaks, not
           * the person named before it */
          if (carried >= 0 && run->last_attr_speaker.start > run->last_speaker_span.start &&
              run->last_attr_speaker.start >= 0)
            {
              carried = -1;
              carried_span = run->last_attr_speaker;
              own_subject = TRUE;
            }

          /* "Für die Ministerin sei das „ein Fehler“": the one it is so
           * for holds the view. */
          if (run->lang->verb_second && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
              word_has_role (run, tok_at (run, a), QM_ROLE_HOLDER_PREPOSITION) &&
              _qm_np_right (run, a + 1, b, &holder) && holder.kind != QM_NP_PRONOUN &&
              (_qm_np_names_person (run, &holder) ||
               (holder.kind == QM_NP_NAME && holder.last > holder.first + 1 &&
                (tok_at (run, holder.last - 1)->flags & QM_TOK_CAPITAL) &&
                !(tok_at (run, holder.last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)))) &&
              holder.last + 1 < b &&
              tok_at (run, holder.last + 1)->kind == QM_TOK_WORD && (tok_at (run, holder.last + 1)->flags & QM_TOK_LOWER))
            {
              carried = _qm_people_resolve (run, &holder, a);
              carried_span.start = tok_at (run, holder.first)->start;
              carried_span.end = tok_at (run, holder.last)->end;
            }
          /* "Auch der Sprecher der Fraktion, Dieter Weber, will „…“, ob
           * ein Verbot angestrebt werden solle": quoted words in the main
           * clause of a person, role or organisation that opens the
           * sentence, with no Konjunktiv before them (it is in the clause
           * after them), are that subject's, not the last speaker's. */
          else if (run->lang->verb_second)
            {
              int mk = a;

              while (mk < b && tok_at (run, mk)->kind != QM_TOK_OPEN &&
                     !(tok_at (run, mk)->kind == QM_TOK_WORD && (tok_at (run, mk)->words & QM_WORD_REPORTED_MOOD)))
                mk++;
              if (mk < b && tok_at (run, mk)->kind == QM_TOK_OPEN && sentence_subject (run, a, mk, &holder) &&
                  holder.kind != QM_NP_PRONOUN && _qm_np_names_person (run, &holder))
                {
                  carried = _qm_people_resolve (run, &holder, a);
                  carried_span.start = tok_at (run, holder.first)->start;
                  carried_span.end = tok_at (run, holder.last)->end;
                  own_subject = TRUE;
                }
            }
          /* "Sie warne vor einer Krise: „Das Land steht unter Wasser.“" —
           * a quotation after a colon that ends the sentence is direct; the
           * reported speech ends at the colon */
          for (int k = a + 3; run->lang->fragments_direct && k + 3 < c1; k++)
            if (is_punct (run, k, ':') && tok_at (run, k)->mark < 0 && tok_at (run, k + 1)->kind == QM_TOK_OPEN &&
                tok_at (run, k + 2)->kind == QM_TOK_WORD && (tok_at (run, k + 2)->flags & QM_TOK_CAPITAL) &&
                mark_at (run, tok_at (run, k + 1)->mark)->n_words >= 3 &&
                close_token_of_mark (run, k + 2, b, tok_at (run, k + 1)->mark) >= c1 - 1)
              {
                reported_end = k;
                break;
              }
          for (int k = a; k < reported_end; k++)
            if (tok_at (run, k)->kind == QM_TOK_OPEN && !source_name_mark (run, k))
              has_mark = TRUE;
          if (c1 - a >= 3 && !(tok_at (run, a)->kind == QM_TOK_OPEN && tok_at (run, c1 - 1)->kind == QM_TOK_CLOSE))
            {
              for (int k = a; k < c1; k++)
                if (tok_at (run, k)->kind == QM_TOK_OPEN && run->lang->fragments_direct)
                  {
                    QmMark *m = mark_at (run, tok_at (run, k)->mark);

                    m->flags |= QM_MARK_USED;
                    q = add_quote (run, title_mark (run, k) || compound_mark (run, m) || source_name_mark (run, k)
                                          ? QM_QUOTE_KIND_SCARE
                                          : QM_QUOTE_KIND_DIRECT,
                                   m->start, m->end, 0.4);
                    q->person = carried;
                    /* the mention the carried attribution rests on */
                    if (carried >= 0 || own_subject)
                      q->speaker = carried_span;
                    /* "Sie warnte vor einer Krise, wenn … werde: „…“" —
                     * after a colon, the quotation is the words of the
                     * sentence's own subject, whose speech verb follows it */
                    if (k > a + 2 && is_punct (run, k - 1, ':') && sentence_subject (run, a, k - 1, &holder) &&
                        holder.last + 1 < k - 1 && is_verb (tok_at (run, holder.last + 1)) &&
                        (holder.kind == QM_NP_PRONOUN || _qm_np_names_person (run, &holder)))
                      set_speaker (run, q, &holder, _qm_people_resolve (run, &holder, a), -1, -1);
                    /* "…, erschien ein Kommentar, der den Plan als „…“
                     * bezeichnet, dem … fehle": a name given in a relative
                     * clause is the words of its antecedent */
                    else if (relative_namer (run, a, k, &holder))
                      set_speaker (run, q, &holder, _qm_people_resolve (run, &holder, a), k - 1, k - 1);
                  }
                else if (tok_at (run, k)->kind == QM_TOK_OPEN)
                  mark_at (run, tok_at (run, k)->mark)->flags |= QM_MARK_USED;
              q = add_quote (run, has_mark ? QM_QUOTE_KIND_MIXED : QM_QUOTE_KIND_INDIRECT, tok_at (run, a)->start,
                             tok_at (run, reported_end - 1)->end, 0.4);
              q->person = carried;
              q->speaker = carried >= 0 || own_subject ? carried_span : run->last_attr_speaker;
              /* "X sagte, …. ¶ Die Lage sei „ernst“. ¶ Es fehle Geld.": a
               * paragraph of Konjunktiv with the speaker's own quoted words
               * goes on with the speaker, and so may the next one */
              if (has_mark && carried >= 0 && carried == run->last_speaker && !own_subject)
                {
                  run->last_speaker_para = run->paragraph;
                  run->last_attr_para = run->paragraph;
                }
            }
        }

      /* A paragraph that ends "… reports:" introduces the next quotation. */
      colon_end = b == n && is_punct (run, b - 1, ':');
      if (colon_end)
        {
          QmNp np;

          for (int v = b - 2; v >= a; v--)
            {
              gboolean cue = is_verb (tok_at (run, v));

              /* "Stated Lund:", "Lund went on to say:", "Berg issued the
               * following statement:": the verb first, the subject of
               * the clause, a noun for words */
              if (!run->lang->verb_second && v == a && tok_at (run, a)->kind == QM_TOK_WORD &&
                  (tok_at (run, a)->words & QM_WORD_VERB) && (tok_at (run, a)->flags & QM_TOK_CAPITAL) &&
                  _qm_np_right (run, a + 1, b - 1, &np) && np.last == b - 2 && np.kind != QM_NP_PRONOUN &&
                  /* someone, not words: "Read the full statement:" */
                  np.kind != QM_NP_NONE && !(tok_at (run, np.last)->words & QM_WORD_CONTENT))
                ;
              else if (!(cue && subject_left (run, a, v, &np)) &&
                       !(!run->lang->verb_second && np_for_colon (run, a, v, cue, &np)) &&
                       /* German "Später sagte der Geschäftsführer:": else
                        * the subject after the verb that the colon ends */
                       !(run->lang->verb_second && cue && v > a && v + 1 < b - 1 && (tok_at (run, v)->flags & QM_TOK_LOWER) &&
                         _qm_np_right (run, v + 1, b - 1, &np) && np.last == b - 2 && np.kind != QM_NP_NONE &&
                         !(np.kind == QM_NP_PRONOUN && (tok_at (run, np.first)->words & QM_WORD_OBLIQUE))))
                continue;
              run->colon_person = _qm_people_resolve (run, &np, a);
              run->colon_role = np.kind == QM_NP_ROLE || _qm_np_names_person (run, &np);
              run->colon_speaker.start = tok_at (run, np.first)->start;
              run->colon_speaker.end = tok_at (run, np.last)->end;
              run->colon_cue.start = tok_at (run, v)->start;
              run->colon_cue.end = tok_at (run, v)->end;
              run->colon_para = run->paragraph + 1;
              break;
            }
        }
      /* English: a pronoun after a name may tell the person's gender */
      _qm_people_learn_gender (run, a, b);
      prev_claimed = attrs->len > first || run->quotes->len > quotes_before;
      prev_a = a;
      if (!carried_is (run, &now))
        {
          now.person = run->last_speaker;
          now.para = run->last_speaker_para;
          now.span = run->last_speaker_span;
          now.sentence = a;
        }
      a = b;
    }
  marks_latest.sentence = -1;
  set.sentence = -1;

  /* A quotation that opened in an earlier paragraph and ends in this one
   * may have its cue here: “… ¶ “…,” the engineer said. */
  if (tok_at (run, 0)->mark >= 0 && tok_at (run, 0)->kind != QM_TOK_OPEN &&
      mark_at (run, tok_at (run, 0)->mark)->quote >= 0)
    {
      int mk = tok_at (run, 0)->mark;
      QmFoundQuote *q = &g_array_index (run->quotes, QmFoundQuote, mark_at (run, mk)->quote);
      Attr at = { 0, };
      gboolean found = FALSE;
      int close;

      at.person = G_MININT;
      if (mark_at (run, mk)->attr >= 0 && mark_at (run, mk)->attr_para == run->paragraph)
        {
          at = g_array_index (attrs, Attr, mark_at (run, mk)->attr);
          found = TRUE;
        }
      close = close_token_of_mark (run, 0, n, mk);
      if (!found && close >= 0 && (found = cue_after (run, close + 1, n, &at)))
        cut_passive_agent (run, &at.np, n);
      if (found && q->cue.start < 0)
        {
          set_speaker (run, q, &at.np, at.person != G_MININT ? at.person : _qm_people_resolve (run, &at.np, 0),
                       at.cue_first, at.cue_last);
          q->confidence = 0.9;
        }
    }

  /* the speaker that the cue of a quotation from an earlier paragraph set */
  if (!carried_is (run, &now))
    carried_take (run, &marks_latest, 0);

  /* Quotations that open here. */
  mood_mixed = -1;
  for (int i = 0; i < n; i++)
    {
      QmTok *t = tok_at (run, i);
      QmMark *m;
      QmFoundQuote *q;
      Attr at = { 0, };
      gboolean found = FALSE;
      double confidence = 0.9;
      gboolean named = FALSE;
      gboolean passive_named = FALSE;   /* quoted words a passive names with */
      gboolean cued = FALSE;
      gboolean mood_fragment, whole_sentence, said_after;
      gboolean short_sentence;
      int reply_to;
      gboolean slogan = FALSE;
      int predicative = -1;
      int topic = -1;
      int close, sa, last_open;
      gboolean split_pair;   /* German „A.“ „B“: a sentence ends the first */
      QmNp pronoun_after = { 0, };
      gsize qend;

      at.person = G_MININT;
      at.mention = -1;
      if (t->kind != QM_TOK_OPEN)
        continue;
      m = mark_at (run, t->mark);
      if (m->flags & (QM_MARK_USED | QM_MARK_MERGED))
        continue;
      /* the speaker before this quotation: the latest of the sentences up
       * to its own and of the quotations before it */
      if (set_at >= 0 && !carried_is (run, &set))
        carried_take (run, &marks_latest, sent_of[set_at]);
      set = sent_end[sent_of[i]] < n ? carried_before (sent_starts, carried_at, sent_end[sent_of[i]]) : now;
      if (marks_latest.sentence >= 0 && marks_latest.sentence >= set.sentence)
        set = marks_latest;
      set_at = i;
      carried_put (run, &set);

      /* Adjacent quotations are one: “A.” “B,” he said. Not a list of
       * titles: "roles in “The Long Ferry,” “Sea Wolf 13” and …". */
      close = close_token_of_mark (run, i, n, t->mark);
      qend = m->end;
      last_open = i;
      split_pair = FALSE;
      while (close >= 0 && close + 1 < n && tok_at (run, close + 1)->kind == QM_TOK_OPEN &&
             !(mark_at (run, tok_at (run, close + 1)->mark)->flags & (QM_MARK_USED | QM_MARK_MERGED)) &&
             !short_exchange (run, last_open, close, n) &&
             !(split_pair = split_sentence_pair (run, last_open, close, n)) &&
             !(last_open == i && cued_sentence_pair (run, sent_of[i], i, close, n)) &&
             !(!run->lang->verb_second && (title_case_mark (run, last_open, n) || title_mark (run, last_open)) &&
               (title_case_mark (run, close + 1, n) || title_mark (run, close + 1))))
        {
          int next_index = tok_at (run, close + 1)->mark;
          QmMark *next = mark_at (run, next_index);

          next->flags |= QM_MARK_MERGED;
          qend = next->end;
          last_open = close + 1;
          close = close_token_of_mark (run, close + 1, n, next_index);
        }

      /* "…, der Chef der Behörde, Karl Brenner („…“), und …": a
       * quotation that fills a parenthesis right after a name is the
       * words of the one named */
      if (close >= 0 && qend == m->end && paren_speaker (run, sent_of[i], i, close, n, &at.np))
        {
          at.cue_first = at.cue_last = i - 1;
          at.person = G_MININT;
          at.mention = -1;
          confidence = 0.6;
          found = TRUE;
        }

      /* A sentence pattern whose content is exactly this quotation. */
      for (guint k = 0; k < 2 && !found; k++)
        {
          QmMark *x = mark_at (run, tok_at (run, k == 0 ? i : last_open)->mark);

          if (x->attr >= 0 && x->attr_para == run->paragraph)
            {
              at = g_array_index (attrs, Attr, x->attr);
              found = TRUE;
              relative_antecedent (run, sent_of[i], &at);
            }
        }

      /* "Kritik kommt vom Verband, der den Plan als „…“ sieht": quoted
       * words that name something in a relative clause whose subject is
       * its pronoun are the words of the phrase before the comma. */
      if (!found && relative_namer (run, sent_of[i], i, &at.np))
        {
          at.cue_first = at.cue_last = i - 1;
          at.mention = -1;
          confidence = 0.5;
          found = TRUE;
        }
      if (!found && close >= 0)
        {
          found = cue_after (run, close + 1, n, &at) && !cue_after_has_content (run, close, n, &at);
          if (found)
            cut_passive_agent (run, &at.np, n);
          /* "Lund fired back: “As a sailor,” he wrote, “…”": a pronoun in
           * the cue that interrupts the quotation stands for the subject
           * of the clause its colon ends (not so at the quotation's end:
           * "Lund was angry: “…,” he said.") */
          if (found && at.np.kind == QM_NP_PRONOUN && !run->lang->verb_second && i > 1 && is_punct (run, i - 1, ':') &&
              at.cue_last + 2 < n && is_punct (run, at.cue_last + 1, ',') && tok_at (run, at.cue_last + 2)->kind == QM_TOK_OPEN)
            {
              QmNp subject;

              if (sentence_subject (run, sent_of[i], i - 1, &subject) &&
                  (subject.kind == QM_NP_NAME || subject.kind == QM_NP_ROLE) && subject.last < i - 2)
                {
                  at.np = subject;
                  at.person = G_MININT;
                  at.mention = -1;
                }
            }
        }
      if (!found)
        {
          sa = sent_of[i];
          found = cue_before (run, sa, i, &at);
          /* "she said in German, before repeating it in English: “…”" */
          for (guint k = attrs->len, tries = 0; !found && i > 0 && is_punct (run, i - 1, ':') && k-- > 0 &&
               tries < 32; tries++)
            {
              Attr *x = &g_array_index (attrs, Attr, k);

              if (x->model)
                continue;
              if (x->cue_last < sa)
                break;
              /* German "Wie der Sender berichtet, gab der Sprecher … eine
               * Erklärung ab: „…“": the cue of a clause before the comma
               * reports the main clause, whose own subject the colon's
               * quotation is left to */
              if (run->lang->verb_second && x->cue_last < i && x->c0 > x->cue_last && x->c0 + 1 < i && x->c0 + 40 > i &&
                  is_punct (run, x->c0 - 1, ',') && tok_at (run, sa)->kind == QM_TOK_WORD &&
                  (tok_at (run, sa)->words & QM_WORD_CONJUNCTION) && (tok_at (run, sa)->flags & QM_TOK_CAPITAL))
                {
                  gboolean own = FALSE;   /* the main clause names someone */
                  QmNp main_np;

                  for (int w = x->c0 + 1; w < i - 1 && !own; w++)
                    own = tok_at (run, w)->mark < 0 && tok_at (run, w)->kind == QM_TOK_WORD &&
                          (tok_at (run, w)->flags & QM_TOK_CAPITAL) && !(tok_at (run, w - 1)->words & QM_WORD_PREPOSITION) &&
                          _qm_np_right (run, w, i - 1, &main_np) && main_np.kind != QM_NP_PRONOUN &&
                          _qm_np_names_person (run, &main_np);
                  if (own)
                    continue;
                }
              if (x->cue_last < i && x->cue_first >= sa)
                {
                  at = *x;
                  found = TRUE;
                }
            }
        }

      /* German "„Wir sind so weit.“ „Das Boot ist da“, sagte Lund.": two
       * quotations side by side, the first a sentence of its own, are two;
       * the cue after the second is the first's too (a short exchange of
       * two voices, „Nein.“ „Doch.“, is not split here) */
      if (!found && split_pair && close + 1 < n && qend == m->end)
        {
          int next_close = close_token_of_mark (run, close + 1, n, tok_at (run, close + 1)->mark);
          Attr next_at = { 0, };

          next_at.person = G_MININT;
          next_at.mention = -1;
          if (next_close > close + 1 && cue_after (run, next_close + 1, n, &next_at) &&
              !cue_after_has_content (run, next_close, n, &next_at))
            {
              at = next_at;
              cut_passive_agent (run, &at.np, n);
              found = TRUE;
            }
        }

      /* German "In dem Schreiben war von einem „…“ die Rede": the source
       * of the words is the phrase that a preposition opens at the
       * sentence's start (topic-idiom-nouns after the quotation) */
      if (!found && run->lang->verb_second && close >= 0 && close + 3 < n && i > 2 && qend == m->end &&
          (run->lang->roles_listed & QM_ROLE_TOPIC_IDIOM) && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, close + 1)->flags & QM_TOK_LOWER) && (tok_at (run, close + 1)->words & QM_WORD_DETERMINER) &&
          word_has_role (run, tok_at (run, close + 2), QM_ROLE_TOPIC_IDIOM) &&
          (is_final_punct (tok_at (run, close + 3)) || is_punct (run, close + 3, ',')) &&
          (word_has_role (run, tok_at (run, i - 1), QM_ROLE_AGENT) ||
           ((tok_at (run, i - 1)->words & QM_WORD_DETERMINER) && word_has_role (run, tok_at (run, i - 2), QM_ROLE_AGENT))))
        {
          int sa0 = sent_of[i];

          if (sa0 + 2 < i && tok_at (run, sa0)->kind == QM_TOK_WORD && (tok_at (run, sa0)->flags & QM_TOK_CAPITAL) &&
              (tok_at (run, sa0)->words & QM_WORD_PREPOSITION) && _qm_np_right (run, sa0 + 1, i, &at.np) &&
              at.np.kind != QM_NP_PRONOUN && at.np.last + 2 < i)
            {
              at.cue_first = at.cue_last = close + 2;
              confidence = 0.5;
              found = TRUE;
            }
        }

      /* "Hier sparte der Bundespräsident nicht mit Kritik: „…“" — the
       * first speaker-like phrase of the clause a colon ends. Where every
       * noun has a capital (verb-second languages), the first one that
       * surely names a person (a pronoun, a role, a title, someone named
       * before), else the first one. */
      if (!found && i > 0 && is_punct (run, i - 1, ':'))
        {
          int from = MAX (sent_of[i], i - 40);
          QmNp first_np = { 0, };

          first_np.kind = QM_NP_NONE;
          /* German: "Für Max Ruder ist klar: „…“" — the one a view is held
           * for (holder-prepositions) speaks */
          if (run->lang->verb_second && from == sent_of[i] && tok_at (run, from)->kind == QM_TOK_WORD &&
              (tok_at (run, from)->flags & QM_TOK_CAPITAL) && word_has_role (run, tok_at (run, from), QM_ROLE_HOLDER_PREPOSITION) &&
              _qm_np_right (run, from + 1, i - 1, &at.np) && at.np.kind != QM_NP_PRONOUN && at.np.last + 2 < i &&
              _qm_np_names_person (run, &at.np) && tok_at (run, at.np.last + 1)->kind == QM_TOK_WORD &&
              (tok_at (run, at.np.last + 1)->flags & QM_TOK_LOWER))
            found = TRUE;
          /* German: "… skandierte Parolen wie „…“ und der Unternehmer rief
           * aus: „…“" — the clause the colon ends opens after a quotation
           * and a conjunction that joins it */
          if (run->lang->verb_second)
            for (int k = i - 3; k > from; k--)
              if (tok_at (run, k)->kind == QM_TOK_CLOSE && tok_at (run, k + 1)->kind == QM_TOK_WORD &&
                  tok_at (run, k + 1)->mark < 0 && (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
                  (tok_at (run, k + 1)->words & QM_WORD_CONJUNCTION) && !(tok_at (run, k + 1)->words & QM_WORD_COMPLEMENT))
                {
                  from = k + 2;
                  break;
                }
          /* "Als ein Gast half, rief der Mann: „…“" — a clause that opens
           * with a conjunction ends at the comma before the main verb. */
          if (run->lang->verb_second && tok_at (run, from)->kind == QM_TOK_WORD &&
              (tok_at (run, from)->flags & QM_TOK_CAPITAL) && (tok_at (run, from)->words & QM_WORD_CONJUNCTION))
            for (int k = from + 1; k + 1 < i - 1; k++)
              if (is_punct (run, k, ',') && tok_at (run, k)->mark < 0)
                {
                  if (tok_at (run, k + 1)->kind == QM_TOK_WORD && (tok_at (run, k + 1)->flags & QM_TOK_LOWER))
                    from = k + 1;
                  break;
                }
          for (int k = from; k < i - 1 && !found; k++)
            {
              /* German: "Das musste der Minister einräumen: „…“" — an
               * anaphor that opens the sentence before a verb in lower
               * case is the object, not the first word of the subject
               * after the verb */
              if (run->lang->verb_second && k == sent_of[i] && k + 2 < i - 1 && word_has_role (run, tok_at (run, k), QM_ROLE_ANAPHOR) &&
                  tok_at (run, k + 1)->kind == QM_TOK_WORD && tok_at (run, k + 1)->mark < 0 &&
                  (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
                  !(tok_at (run, k + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION)))
                {
                  k++;
                  continue;
                }
              /* A phrase after a preposition is no speaker, nor one that
               * opens with an object's determiner ("Den Ärger der Anwohner
               * brachte …", "Der Polizei dankte …"): skip all of it, with
               * the genitives after it. */
              if (tok_at (run, k)->kind == QM_TOK_WORD &&
                  ((tok_at (run, k)->words & (QM_WORD_PREPOSITION | QM_WORD_OBLIQUE)) ||
                   (run->lang->verb_second && k == sent_of[i] && feminine_dative (run, k, TRUE))))
                {
                  if ((tok_at (run, k)->words & QM_WORD_OBLIQUE) && _qm_np_right (run, k, i - 1, &at.np))
                    k = at.np.last;
                  else if (k + 1 < i - 1 && _qm_np_right (run, k + 1, i - 1, &at.np))
                    k = at.np.last;
                  else if (k + 2 < i - 1 && _qm_np_right (run, k + 2, i - 1, &at.np))
                    k = at.np.last;
                  while (run->lang->verb_second && k + 1 < i - 1 &&
                         (tok_at (run, k + 1)->words & QM_WORD_DETERMINER) &&
                         _qm_np_right (run, k + 1, i - 1, &at.np))
                    k = at.np.last;
                  /* "Zur Lage und seiner neuen Aufgabe wird Keller …": a
                   * phrase joined to the fronted one belongs to it. */
                  if (run->lang->verb_second && k + 2 < i - 1 && tok_at (run, k + 1)->kind == QM_TOK_WORD &&
                      (tok_at (run, k + 1)->words & QM_WORD_CONJUNCTION) && (tok_at (run, k + 1)->flags & QM_TOK_LOWER) &&
                      (tok_at (run, k + 2)->words & QM_WORD_DETERMINER) && _qm_np_right (run, k + 2, i - 1, &at.np))
                    k = at.np.last;
                  continue;
                }
              if (tok_at (run, k)->mark < 0 && _qm_np_right (run, k, i - 1, &at.np) &&
                  (at.np.kind == QM_NP_NAME || at.np.kind == QM_NP_ROLE || at.np.kind == QM_NP_PRONOUN ||
                   at.np.kind == QM_NP_ORGANISATION) &&
                  !(tok_at (run, at.np.first)->words & QM_WORD_NOT_NAME && at.np.first == at.np.last &&
                    !(at.np.kind == QM_NP_PRONOUN &&
                      (tok_at (run, at.np.first)->words & (QM_WORD_MALE | QM_WORD_FEMALE)) &&
                      !(tok_at (run, at.np.last + 1)->flags & QM_TOK_CAPITAL))) &&
                  !(at.np.first == at.np.last && at.np.first == sent_of[i] && adverb_like (run, at.np.first)))
                {
                  if (!run->lang->verb_second || _qm_np_names_person (run, &at.np) || owner_genitive (run, &at.np) ||
                      /* "Jana Wolff dankte Polizeichef Tom Berg: „…“" — a
                       * common given name (male-names, female-names) and a
                       * surname that open the sentence before the verb are
                       * its subject */
                      (at.np.first == sent_of[i] && at.np.kind == QM_NP_NAME && at.np.last == at.np.first + 1 &&
                       at.np.last + 1 < i - 1 && tok_at (run, at.np.last + 1)->kind == QM_TOK_WORD &&
                       (tok_at (run, at.np.last + 1)->flags & QM_TOK_LOWER) &&
                       (qm_lang_word_roles (run->lang, run->data + tok_at (run, at.np.first)->start,
                                            tok_at (run, at.np.first)->end - tok_at (run, at.np.first)->start) &
                        (QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME))))
                    found = TRUE;
                  else
                    {
                      if (first_np.kind == QM_NP_NONE)
                        first_np = at.np;
                      k = at.np.last;
                    }
                }
              else if (tok_at (run, k)->mark < 0 && _qm_np_right (run, k, i - 1, &at.np))
                k = at.np.last;
            }
          if (!found && first_np.kind != QM_NP_NONE)
            {
              at.np = first_np;
              content_owner (run, &at.np, i - 1);
              found = TRUE;
            }
          if (found)
            {
              at.cue_first = at.cue_last = i - 1;
              confidence = 0.6;
            }
        }

      /* German: "…, so der Bürgermeister Hans Ott und die Ministerin Eva
       * Lind: „…“" — where a colon ends a list of people, the last one
       * named, after the conjunction, speaks */
      if (found && run->lang->verb_second && i > 3 && is_punct (run, i - 1, ':') && at.np.kind != QM_NP_NONE &&
          at.np.last < i - 3 && at.mention < 0)
        {
          QmNp last_np;

          if (_qm_np_left (run, at.np.last + 1, i - 2, &last_np) && last_np.kind == QM_NP_NAME && last_np.last == i - 2 &&
              last_np.first > at.np.last + 1 &&
              /* someone surely named: not "mit den Bürgern und Händlern" */
              (_qm_np_names_person (run, &last_np) ||
               ((tok_at (run, last_np.last - 1)->flags & QM_TOK_CAPITAL) &&
                !(tok_at (run, last_np.last - 1)->words & (QM_WORD_DETERMINER | QM_WORD_NOT_NAME)))))
            {
              int k = last_np.first - 1, from = at.np.last + 1;

              while (k > at.np.last + 1 && k >= last_np.first - 4 && tok_at (run, k)->kind == QM_TOK_WORD &&
                     tok_at (run, k)->mark < 0 && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
                     !(tok_at (run, k)->words & (QM_WORD_CONJUNCTION | QM_WORD_VERB | QM_WORD_PREPOSITION)))
                k--;
              /* "Viele äußerten sich, so der X und die Y:": the list
               * starts after "so" (edge-according) and its comma */
              for (int j = from + 1; j < k; j++)
                if (tok_at (run, j)->kind == QM_TOK_WORD && tok_at (run, j)->mark < 0 && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
                    is_punct (run, j - 1, ',') && word_has_role (run, tok_at (run, j), QM_ROLE_EDGE_ACCORDING))
                  from = j + 1;
              /* the speaker before is one of the list: names, roles,
               * their genitives and asides between, no verb, no
               * preposition ("sprach mit Eva Lind und Tom Weber:") */
              for (int j = from; j < k && k > at.np.last; j++)
                if (tok_at (run, j)->kind == QM_TOK_WORD && tok_at (run, j)->mark < 0 &&
                    (tok_at (run, j)->flags & QM_TOK_LOWER) && !(tok_at (run, j)->words & QM_WORD_DETERMINER))
                  k = at.np.last;
              if (k > at.np.last && tok_at (run, k)->kind == QM_TOK_WORD && tok_at (run, k)->mark < 0 &&
                  (tok_at (run, k)->flags & QM_TOK_LOWER) && (tok_at (run, k)->words & QM_WORD_CONJUNCTION) &&
                  (is_punct (run, k - 1, ',') || is_punct (run, k - 1, ')') ||
                   (tok_at (run, k - 1)->kind == QM_TOK_WORD && (tok_at (run, k - 1)->flags & QM_TOK_CAPITAL))))
                {
                  at.np = last_np;
                  at.person = G_MININT;
                }
            }
        }

      /* “A.” He added, “B.” — the cue between two quotations holds both. */
      if (!found && close >= 0 && pronoun_cue_between (run, close, n))
        {
          int p = close + 1 + (is_final_punct (tok_at (run, close + 1)) ? 1 : 0);

          at.np.first = at.np.last = p;
          at.np.kind = QM_NP_PRONOUN;
          at.np.words = tok_at (run, p)->words;
          at.cue_first = at.cue_last = p + 1;
          found = TRUE;
        }

      /* “A,” she said. “B.” — one interrupted quotation, continued by the
       * quotations after it that have no cue of their own, unless the
       * language's convention counts the pieces apart. */
      if (found && close >= 0 && !run->lang->split_interrupted &&
          /* not quoted words inside a phrase before the cue: "Remarking
           * upon her “genuine care,” Lund said, “…”" ("But “frankly,” …"
           * still is one) */
          !(!run->lang->verb_second && at.cue_first > close && i > sent_of[i] && tok_at (run, i - 1)->kind == QM_TOK_WORD &&
            !(tok_at (run, i - 1)->words & (QM_WORD_CONJUNCTION | QM_WORD_ADVERB))))
        {
          gboolean cue_seen = at.cue_last < close;

          for (;;)
            {
              int k = close + 1;
              int next_close;
              int inner = 0;
              gboolean title_end = FALSE;
              Attr other;
              QmMark *next;

              /* “…,” he said on “Meet the Press.” “…” — a title in the cue
               * is passed over, and so are quoted words inside the cue's
               * sentence (“…,” she said, hinting that “big changes” could
               * come. “…”), which stay quotations of their own. */
              while (k < n && (tok_at (run, k)->kind != QM_TOK_OPEN ||
                               (k > at.cue_last && at.cue_last > close &&
                                /* not after the cue's sentence ended: "… told
                                 * the crews. “Tom Berg.”" goes on */
                                (((title_case_mark (run, k, n) || title_mark (run, k)) &&
                                  (run->lang->verb_second || !is_final_punct (tok_at (run, k - 1)))) ||
                                 inside_cue_mark (run, k, n)))))
                {
                  if (tok_at (run, k)->kind == QM_TOK_OPEN && !title_case_mark (run, k, n) && !title_mark (run, k))
                    {
                      int c = close_token_of_mark (run, k + 1, n, tok_at (run, k)->mark);

                      /* a few such marks at most: they stay unclaimed, and
                       * each one's own walk over all the rest of a
                       * sentence of thousands was quadratic */
                      if (c < 0 || ++inner > 4)
                        {
                          k = n;
                          break;
                        }
                      title_end = FALSE;
                      k = c + 1;
                      continue;
                    }
                  if (tok_at (run, k)->kind == QM_TOK_OPEN)
                    {
                      int c = close_token_of_mark (run, k + 1, n, tok_at (run, k)->mark);

                      if (c < 0)
                        break;
                      title_end = is_final_punct (tok_at (run, c - 1));
                      if (!(mark_at (run, tok_at (run, k)->mark)->flags & (QM_MARK_USED | QM_MARK_MERGED)))
                        {
                          QmMark *title = mark_at (run, tok_at (run, k)->mark);

                          title->flags |= QM_MARK_USED;
                          add_quote (run, QM_QUOTE_KIND_SCARE, title->start, title->end, 0.6);
                        }
                      k = c;
                    }
                  k++;
                }
              if (k >= n)
                break;
              next = mark_at (run, tok_at (run, k)->mark);
              if (next->flags & (QM_MARK_USED | QM_MARK_MERGED))
                break;
              /* “…” He added, “…” — the same speaker goes on; not after
               * a question put to someone ("Lund was asked, “…?” He
               * answered, “…”"), whose asker is not the pronoun. */
              if (k > close + 1 && at.np.kind != QM_NP_NONE && pronoun_cue_between (run, close, n))
                {
                  next_close = close_token_of_mark (run, k, n, tok_at (run, k)->mark);
                  next->flags |= QM_MARK_MERGED;
                  qend = next->end;
                  if (next_close < 0)
                    break;
                  close = next_close;
                  continue;
                }
              if (k > close + 1)
                {
                  /* After the cue, the quotation goes on in a new sentence
                   * or after a comma, in lower case or after a piece that
                   * ended in a comma: “…,” said X, “and …”; “…,” she
                   * said, “I …” */
                  if (cue_seen || at.cue_last <= close || at.cue_last >= k ||
                      !(is_final_punct (tok_at (run, k - 1)) || (title_end && tok_at (run, k - 1)->kind == QM_TOK_CLOSE) ||
                        /* "… in Lyngby, N.Y. “…”": a sentence that ends
                         * with an abbreviation's point */
                        (k - 1 > at.cue_last && tok_at (run, k - 1)->kind == QM_TOK_WORD &&
                         run->data[tok_at (run, k - 1)->end - 1] == '.' && sentence_end (run, k - 1, n) == k) ||
                        (is_punct (run, k - 1, ',') && k + 1 < n &&
                         ((tok_at (run, k + 1)->flags & QM_TOK_LOWER) || is_punct (run, close - 1, ',') ||
                          is_punct (run, close + 1, ',')))) ||
                      (!run->lang->verb_second && cue_in_next_sentence (run, at.cue_last + 1, k)) ||
                      second_cue_between (run, at.cue_last + 1, k))
                    break;
                  cue_seen = TRUE;
                }
              next_close = close_token_of_mark (run, k, n, tok_at (run, k)->mark);
              if (next_close >= 0 && cue_after (run, next_close + 1, n, &other))
                break;
              next->flags |= QM_MARK_MERGED;
              qend = next->end;
              if (next_close < 0)
                break;
              close = next_close;
            }
        }

      /* A fragment after a reporting verb whose subject was not found: "…,
       * calling her “the friend the harbour always had”". */
      if (!found && i > 0 && sent_of[i] < i && !title_mark (run, i))
        {
          int v = -1;

          for (int k = i - 1; k >= sent_of[i] && k >= i - 12; k--)
            if (is_verb (tok_at (run, k)) && !is_noun_marker (tok_at (run, MAX (k - 1, 0))))
              {
                /* German: "stellte … ein „…“ vor" says nothing; "a play
                 * called “…”" names it */
                if (!(run->lang->verb_second && word_has_role (run, tok_at (run, k), QM_ROLE_PARTICLE_VERB) &&
                      other_particle (run, k, sentence_content_end (run, sent_of[i], sent_end[sent_of[i]]))) &&
                    !indefinite_named (run, sent_of[i], k, n) &&
                    /* not the cue of the quotation before: "“…,” said
                     * Lund, whose book has “rebellious” people" */
                    !(!run->lang->verb_second && k - 1 >= sent_of[i] && !participle_ending (run, tok_at (run, k), 0) &&
                      (tok_at (run, k - 1)->kind == QM_TOK_CLOSE ||
                       (k - 2 >= sent_of[i] && is_punct (run, k - 1, ',') && tok_at (run, k - 2)->kind == QM_TOK_CLOSE))))
                  v = k;
                break;
              }
          if (v >= 0)
            {
              int se = i;
              Attr gen = { 0, };
              QmNp override;

              se = sent_end[sent_of[i]];
              gen.c0 = content_start (run, v, sentence_content_end (run, sent_of[i], se), &override);
              gen.c1 = sentence_content_end (run, sent_of[i], se);
              gen.cue_first = gen.cue_last = gen.verb = v;
              gen.person = -1;
              gen.mention = -1;
              cut_after_fragment (run, &gen);
              /* "So heißt es in der Mitteilung von „Nordwerk“: „…“": a name
               * in marks in the place the impersonal verb names */
              if (gen.c0 <= i && gen.c1 > gen.c0 + 1 && !(gen.c0 == v + 1 && !is_punct (run, i - 1, ':') && impersonal_colon (run, gen.c0, gen.c1)) &&
                  !inverted_cue_apposition (run, sent_of[i], v, i, close, n))
                {
                  if (inverted_cue_subject (run, sent_of[i], v, i, &gen.np) && gen.c0 <= gen.np.last)
                    {
                      /* "…, fügte die Ministerin hinzu, ihre „…“": what
                       * follows the subject, its particle and the comma */
                      gen.c0 = inverted_cue_comma (run, &gen.np, i) + 1;
                    }
                  if (inverted_cue_subject (run, sent_of[i], v, i, &gen.np) ||
                      subject_left (run, sent_of[i], v, &gen.np) || sentence_subject (run, sent_of[i], v, &gen.np) ||
                      (!run->lang->verb_second && clause_subject (run, sent_of[i], v, &gen.np)) ||
                      fronted_inverted_subject (run, sent_of[i], v, i, &gen.np))
                    gen.person = _qm_people_resolve (run, &gen.np, sent_of[i]);
                  else
                    {
                      gen.np.first = gen.np.last = v;
                      gen.np.kind = QM_NP_NONE;
                    }
                  /* the content is this quotation: a direct one, also when
                   * its speaker is not found ("The email goes on to say:
                   * “…”") */
                  /* German: "Es hieß: „…“", "Darin heißt es: „…“" — a
                   * quotation after the colon that ends the cue's clause is
                   * a direct one too, whatever stands before the colon */
                  if (run->lang->verb_second && close >= 0 && qend == m->end && gen.c0 < i && is_punct (run, i - 1, ':') &&
                      content_mark (run, i, gen.c1) == t->mark)
                    gen.c0 = i;
                  if ((!run->lang->verb_second || is_punct (run, i - 1, ':')) && close >= 0 && qend == m->end &&
                      content_mark (run, gen.c0, gen.c1) == t->mark)
                    {
                      QmNp place;

                      /* "So heißt es in der Mitteilung des Vereins: „…“"
                       * (written-verbs): the place is the source */
                      if (run->lang->verb_second && gen.np.kind == QM_NP_NONE &&
                          written_source (run, sent_of[i], i, close, sent_end[sent_of[i]], &place))
                        {
                          gen.np = place;
                          gen.person = _qm_people_resolve (run, &gen.np, sent_of[i]);
                        }
                      if (gen.np.kind != QM_NP_NONE)
                        {
                          at = gen;
                          found = TRUE;
                        }
                      cued = TRUE;
                    }
                  else
                    {
                      emit_reported (run, &gen);
                      continue;
                    }
                }
            }
        }

      /* "Lund found that the “Blue Coast” no longer held", "Berg
       * intimated that the "crews voted for me twice"": quoted words in a
       * clause that a lower-case "that" opens right after a verb form in
       * lower case (a speech verb, a past form or a participle, no
       * determiner before it), with a determiner, a pronoun or a name after
       * "that" and no comma up to the quotation, are what the clause
       * reports: a mixed quotation of the verb's subject, where it has
       * one, also when they name something ("that the “Solid South” no
       * longer held"). */
      if (!found && !cued && !run->lang->verb_second && qend == m->end && i > sent_of[i] + 2)
        {
          int th = -1;
          int vf;

          for (int k = i - 2; k > sent_of[i] + 1 && k >= i - 16; k--)
            {
              QmTok *u = tok_at (run, k);

              if (u->kind != QM_TOK_WORD || u->mark >= 0)
                break;
              if ((u->flags & QM_TOK_LOWER) && word_has_role (run, u, QM_ROLE_DECLARATIVE))
                {
                  th = k;
                  break;
                }
            }
          /* "fired back that …": the verb before its particle */
          vf = th > 1 && word_has_role (run, tok_at (run, th - 1), QM_ROLE_PARTICLE) ? th - 2 : th - 1;
          if (th > 0 && vf > 0 && tok_at (run, vf)->kind == QM_TOK_WORD && tok_at (run, vf)->mark < 0 &&
              (tok_at (run, vf)->flags & QM_TOK_LOWER) &&
              !(tok_at (run, vf)->words & (QM_WORD_CONJUNCTION | QM_WORD_ADVERB | QM_WORD_PREPOSITION |
                                           QM_WORD_DETERMINER | QM_WORD_PRONOUN | QM_WORD_COMPLEMENT)) &&
              !is_noun_marker (tok_at (run, vf - 1)) &&
              (is_verb (tok_at (run, vf)) || word_has_ending (run, tok_at (run, vf), &run->lang->past_endings, 3) ||
               participle_ending (run, tok_at (run, vf), 3)) &&
              ((tok_at (run, th + 1)->words & (QM_WORD_DETERMINER | QM_WORD_PRONOUN)) ||
               (tok_at (run, th + 1)->flags & QM_TOK_CAPITAL)))
            {
              int se = sent_end[sent_of[i]];
              Attr gen = { 0, };

              gen.c0 = th + 1;
              gen.c1 = sentence_content_end (run, sent_of[i], se);
              gen.cue_first = gen.verb = vf;
              gen.cue_last = th - 1;
              gen.person = -1;
              gen.mention = -1;
              cut_after_fragment (run, &gen);
              if (gen.c1 > i)
                {
                  /* only where the clause has a subject to speak */
                  if ((subject_left (run, sent_of[i], vf, &gen.np) ||
                       sentence_subject (run, sent_of[i], vf, &gen.np) ||
                       clause_subject (run, sent_of[i], vf, &gen.np)) &&
                      gen.np.kind != QM_NP_NONE)
                    {
                      gen.person = _qm_people_resolve (run, &gen.np, sent_of[i]);
                      emit_reported (run, &gen);
                      continue;
                    }
                }
            }
        }

      /* —“Museum opens a new wing,” by the Post's Anna Berg: a headline. */
      if (close >= 0 && qend == m->end && !run->lang->verb_second && close + 2 < n)
        {
          int b = close + 1 + (is_punct (run, close + 1, ',') ? 1 : 0);

          if (b + 2 < n && word_has_role (run, tok_at (run, b), QM_ROLE_AGENT) && (tok_at (run, b)->flags & QM_TOK_LOWER) &&
              ((tok_at (run, b + 1)->flags & QM_TOK_CAPITAL) ||
               ((tok_at (run, b + 1)->words & QM_WORD_DEFINITE) && (tok_at (run, b + 2)->flags & QM_TOK_CAPITAL))))
            {
              add_quote (run, QM_QUOTE_KIND_SCARE, m->start, m->end, 0.6);
              continue;
            }
        }
      /* "… hat den Plan als „teuren Unsinn“ bezeichnet": a naming verb right
       * after the quotation, at the end of its clause; the quoted words are
       * the name someone gave, spoken by the subject of the sentence. */
      if (run->lang->fragments_direct && !found && close >= 0 && close + 1 < n && tok_at (run, close + 1)->kind == QM_TOK_WORD &&
          (tok_at (run, close + 1)->words & QM_WORD_NAMING) && (tok_at (run, close + 1)->flags & QM_TOK_LOWER) &&
          !title_mark (run, i))
        {
          int cs = MAX (i - 1, sent_of[i]);

          named = TRUE;
          /* the clause the quotation is in: after the last comma */
          while (cs > sent_of[i] && cs > i - 30 && !(is_punct (run, cs - 1, ',') && tok_at (run, cs - 1)->mark < 0))
            cs--;
          while (cs < i && tok_at (run, cs)->kind == QM_TOK_WORD &&
                 (tok_at (run, cs)->words & (QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT | QM_WORD_RELATIVE)))
            cs++;
          /* "Der Plan wurde von der Ministerin als „…“ bezeichnet": in the
           * passive (passive-auxiliaries), the subject is what was named,
           * no speaker */
          for (int k = cs; k < i && !passive_named; k++)
            passive_named = tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
                            tok_at (run, k)->mark < 0 && word_has_role (run, tok_at (run, k), QM_ROLE_PASSIVE_AUXILIARY);
          if (!passive_named && cs < i && sentence_subject (run, cs, i, &at.np))
            {
              at.cue_first = at.cue_last = close + 1;
              confidence = 0.5;
              found = TRUE;
            }
          /* "Als „…“ beurteilte der Vorsitzende den Plan": fronted with
           * "als", the words name with the subject after the verb */
          else if (run->lang->verb_second && i - 1 == sent_of[i] && word_has_role (run, tok_at (run, i - 1), QM_ROLE_NAMING) &&
                   _qm_np_right (run, close + 2, MIN (n, close + 14), &at.np) &&
                   tok_at (run, at.np.first)->kind == QM_TOK_WORD && !(tok_at (run, at.np.first)->words & QM_WORD_OBLIQUE) &&
                   (at.np.kind == QM_NP_NAME || at.np.kind == QM_NP_ROLE || at.np.kind == QM_NP_ORGANISATION))
            {
              at.cue_first = at.cue_last = close + 1;
              confidence = 0.5;
              found = TRUE;
            }
          /* "… wird die Gefahr vom Wetterdienst als „sehr hoch“
           * eingestuft": in the passive, the agent right before "als"
           * names */
          for (int k = i - 3; !found && k >= cs && k > i - 12; k--)
            if (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) &&
                word_has_role (run, tok_at (run, k), QM_ROLE_AGENT) &&
                word_has_role (run, tok_at (run, i - 1), QM_ROLE_NAMING) &&
                _qm_np_right (run, k + 1, i - 1, &at.np) && at.np.last + 2 == i &&
                (at.np.kind == QM_NP_NAME || at.np.kind == QM_NP_ROLE || at.np.kind == QM_NP_ORGANISATION))
              {
                at.cue_first = at.cue_last = close + 1;
                confidence = 0.5;
                found = TRUE;
              }
          /* "… wurden im „Kurier“ als „…“ bezeichnet": in the passive, a
           * medium's name in quotation marks after a preposition names */
          for (int k = cs; passive_named && !found && k + 1 < i - 1; k++)
            if (tok_at (run, k)->kind == QM_TOK_WORD && (tok_at (run, k)->flags & QM_TOK_LOWER) && tok_at (run, k)->mark < 0 &&
                (tok_at (run, k)->words & QM_WORD_PREPOSITION) && tok_at (run, k + 1)->kind == QM_TOK_OPEN &&
                _qm_np_right (run, k + 1, i - 1, &at.np) && at.np.kind == QM_NP_ORGANISATION && at.np.last + 3 == i)
              {
                at.cue_first = at.cue_last = close + 1;
                confidence = 0.5;
                found = TRUE;
              }
        }

      /* German: "Für die Ministerin ist das „ein Fehler“": the one it is
       * so for holds the view. */
      if (!found && !named && run->lang->verb_second && qend == m->end && i > 1 && !title_mark (run, i))
        for (int k = i - 1; k >= sent_of[i] && k >= i - 16; k--)
          {
            QmTok *u = tok_at (run, k);
            QmNp holder;

            if (u->mark >= 0 || u->kind != QM_TOK_WORD)
              break;
            if (word_has_role (run, u, QM_ROLE_HOLDER_PREPOSITION) && _qm_np_right (run, k + 1, i, &holder) && holder.kind != QM_NP_PRONOUN &&
                _qm_np_names_person (run, &holder))
              {
                at.np = holder;
                at.cue_first = at.cue_last = k;
                confidence = 0.5;
                found = TRUE;
                break;
              }
          }
      /* "Moreau hailed the deal as a “breakthrough.”": what she calls it,
       * from the object on. */
      if (!named && close >= 0 && qend == m->end && !run->lang->verb_second && i > 0)
        {
          QmNp np;
          int v = predicative_object (run, sent_of[i], i, &predicative, &np);

          if (v >= 0)
            {
              at.np = np;
              at.cue_first = at.cue_last = at.verb = v;
              at.person = G_MININT;
              at.mention = -1;
              found = TRUE;
            }
          else
            predicative = -1;
        }

      /* "Scherf warnte die Partei vor einem „…“": the topic of a verb of
       * speech, in its words */
      if (!found && !named && !cued && run->lang->fragments_direct && qend == m->end &&
          (!title_mark (run, i) || topic_article_mark (run, i)))
        {
          int v = topic_verb (run, i, close, sent_of[i], n);

          if (v >= 0)
            {
              cued = TRUE;
              if ((v < i && sentence_subject (run, sent_of[i], i, &at.np) && at.np.last < v) ||
                  (v < i && _qm_np_right (run, v + 1, i, &at.np) && at.np.kind == QM_NP_NAME) ||
                  /* "Von „…“ sprechen die Gutachter" */
                  (v > i && _qm_np_right (run, v + 1, sent_end[sent_of[i]], &at.np) &&
                   (at.np.kind == QM_NP_NAME || at.np.kind == QM_NP_ROLE || at.np.kind == QM_NP_ORGANISATION)))
                {
                  at.cue_first = at.cue_last = v;
                  confidence = 0.5;
                  found = TRUE;
                }
            }
        }
      /* "He talks about “spoiling the party”", "She often speaks of
       * breaking “…” by …": the topic of a verb of talking after its
       * subject, in its words, is what was said: a mixed quotation from
       * the word after the preposition to the end of the clause. */
      if (!found && !named && !cued && !run->lang->fragments_direct && (run->lang->roles_listed & QM_ROLE_TOPIC_VERB) &&
          qend == m->end && close > i && !title_mark (run, i))
        {
          int v = topic_verb (run, i, close, sent_of[i], n);

          if (v >= 0 && v < i && sentence_subject (run, sent_of[i], i, &at.np) && at.np.last < v)
            {
              for (int k = v + 1; k < i; k++)
                if (word_has_role (run, tok_at (run, k), QM_ROLE_TOPIC_PREPOSITION))
                  {
                    topic = k + 1;
                    break;
                  }
              if (topic >= 0)
                {
                  at.cue_first = at.cue_last = v;
                  confidence = 0.5;
                  found = TRUE;
                }
            }
        }
      /* "Die Demonstranten riefen Parolen wie „…“": words chanted */
      if (run->lang->fragments_direct && !found && !named && !cued && qend == m->end && i > 0 && slogan_mark (run, i))
        {
          slogan = TRUE;
          if ((!(tok_at (run, sent_of[i])->words & QM_WORD_PREPOSITION) && sentence_subject (run, sent_of[i], i, &at.np)) ||
              /* "Im Vorfeld haben Anhänger der Gruppe mit der Parole „…“
               * gedroht": after a fronted phrase and the verb */
              (run->lang->verb_second && fronted_subject (run, sent_of[i], i, &at.np) && at.np.last + 1 < i &&
               at.np.first > sent_of[i]))
            {
              at.cue_first = at.cue_last = i - 1;
              confidence = 0.5;
              found = TRUE;
            }
        }
      if (run->lang->verb_second && !found && !named && !cued && qend == m->end && close > i &&
          written_source (run, sent_of[i], i, close, sent_end[sent_of[i]], &at.np))
        {
          at.cue_first = at.cue_last = i - 1;
          confidence = 0.5;
          found = TRUE;
        }
      /* „… persönlich enttäuscht“ in a Konjunktiv sentence: words that
       * open in lower case (no noun, no name) are the last speaker's */
      mood_fragment = !found && !named && run->lang->fragments_direct && qend == m->end && i + 1 < n &&
                      m->n_words <= run->lang->scare_max_words && tok_at (run, i + 1)->kind == QM_TOK_WORD &&
                      (tok_at (run, i + 1)->flags & QM_TOK_LOWER) && !title_mark (run, i) &&
                      mood_sentence (run, sent_of[i], sent_end[sent_of[i]]);
      /* German: "„…“, sagte Müller. „Wir müssen handeln.“" — a short
       * sentence of its own in marks (capitalised, its final point inside
       * them, nothing after them in its sentence) is a quotation, no
       * scare quote: a speaker carries over to it */
      short_sentence = run->lang->fragments_direct && !found && !named && qend == m->end && close > i + 2 &&
                       m->n_words <= run->lang->scare_max_words &&
                       (i == 0 || sent_of[i] == i ||
                        /* "Und weiter: „…“" */
                        (is_punct (run, i - 1, ':') && sent_of[i] >= i - 3 &&
                         (tok_at (run, sent_of[i])->words & QM_WORD_CONJUNCTION))) &&
                       tok_at (run, i + 1)->kind == QM_TOK_WORD && (tok_at (run, i + 1)->flags & QM_TOK_CAPITAL) &&
                       is_final_punct (tok_at (run, close - 1)) && sent_end[sent_of[i]] <= close + 2 &&
                       !title_mark (run, i);
      /* “We won.” — a quotation that is a whole sentence of two words or
       * more after another in its paragraph, its point inside the marks,
       * is someone's words, not a term or a title, even without a cue (a
       * paragraph of nothing else is more often a heading) */
      whole_sentence = qend == m->end && i > 0 && close > i + 2 && m->n_words >= 2 && sent_of[i] == i &&
                       tok_at (run, close - 1)->kind == QM_TOK_PUNCT &&
                       (tok_at (run, close - 1)->first == '.' || tok_at (run, close - 1)->first == '!' ||
                        tok_at (run, close - 1)->first == '?') &&
                       (close + 1 >= n || sent_of[close + 1] == close + 1);
      /* German "„Kein Kommentar“, sagte der Sprecher": capitalised words
       * that a cue right after their comma reports are said, no title */
      said_after = found && run->lang->verb_second && close >= 0 && close + 2 < n && qend == m->end &&
                   m->n_words >= 2 && is_punct (run, close + 1, ',') && at.cue_first == close + 2 &&
                   is_verb (tok_at (run, close + 2)) && !(tok_at (run, close + 2)->words & QM_WORD_RELATIVE);
      if (!slogan &&
          ((m->n_words <= run->lang->scare_max_words && !found && !named && !cued && !(m->flags & QM_MARK_PARAGRAPHS) &&
            !mood_fragment && !short_sentence && !whole_sentence) ||
           (qend == m->end && ((title_mark (run, i) && !said_after && !(topic >= 0 || (found && cued && topic_article_mark (run, i)))) ||
                               ((!found || m->n_words <= 4) && predicative < 0 &&
                                /* "She declared “What a Fine Day!”": an exclamation
                                 * or a question a cue introduces is no title */
                                !(found && close > i + 1 && tok_at (run, close - 1)->kind == QM_TOK_PUNCT &&
                                  (tok_at (run, close - 1)->first == '!' || tok_at (run, close - 1)->first == '?')) &&
                                /* "“RECORD CROWDS,” he tweeted": words in capitals
                                 * a cue reports are shouted, no title */
                                !(found && !run->lang->verb_second && all_capitals (run, i, close)) &&
                                /* German "„Kein Kommentar“, sagte der
                                 * Sprecher": capitalised words a cue
                                 * right after their comma reports are
                                 * said, no title */
                                !said_after &&
                                title_case_mark (run, i, n)))) ||
           (!found && qend == m->end && dated_title (run, close, n)) || (qend == m->end && named_title (run, i)) ||
           (qend == m->end && compound_mark (run, m)) || (qend == m->end && source_name_mark (run, i)) ||
           (qend == m->end && predicative < 0 && topic < 0 && embedded_fragment (run, m, i, close, n)) ||
           (!found && !named && qend == m->end && embedded_name (run, m, i, close))))
        {
          add_quote (run, QM_QUOTE_KIND_SCARE, m->start, m->end, 0.6);
          continue;
        }

      /* German: "Eva Lind, Chefin des Vereins, sagte dazu: „…“, betont
       * sie." — a pronoun in the cue after the quotation stands for the
       * named subject of the speech verb whose colon opens it; the
       * attribution rests on the name (the pronoun, the latest mention,
       * is the one carried on to the next quotation) */
      pronoun_after.kind = QM_NP_NONE;
      if (found && at.np.kind == QM_NP_PRONOUN && at.mention <= 0 && run->lang->verb_second && i > 2 &&
          close >= 0 && at.cue_first > close && is_punct (run, i - 1, ':') && has_speech_verb (run, sent_of[i], i - 1) &&
          tok_at (run, sent_of[i])->kind == QM_TOK_WORD &&
          !(tok_at (run, sent_of[i])->words & (QM_WORD_PREPOSITION | QM_WORD_CONJUNCTION | QM_WORD_OBLIQUE)))
        {
          QmNp subject;

          if (_qm_np_right (run, sent_of[i], i - 1, &subject) &&
              (subject.kind == QM_NP_NAME || subject.kind == QM_NP_ROLE) && subject.last < i - 2 &&
              _qm_np_names_person (run, &subject) && !has_speech_verb (run, sent_of[i], subject.first))
            {
              pronoun_after = at.np;
              at.np = subject;
              at.person = G_MININT;
            }
        }

      q = add_quote (run, QM_QUOTE_KIND_DIRECT, m->start, qend, confidence);
      m->quote = run->quotes->len - 1;
      if (found)
        {
          int person = at.person != G_MININT ? at.person : _qm_people_resolve (run, &at.np, 0);
          int from = found && i > 1 && (tok_at (run, i + 1)->flags & QM_TOK_LOWER) ? lowercase_goes_on (run, &at, sent_of[i], i)
                                                                               : -1;

          /* "A cold winter, he said, “could be …”": the words that
           * open the sentence before the cue are content too. */
          if (from >= 0)
            {
              q->kind = QM_QUOTE_KIND_MIXED;
              q->span.start = (gssize)tok_at (run, from)->start;
              if (close >= 0 && qend == m->end)
                q->span.end = (gssize)tok_at (run, close)->end;
            }
          else if (predicative >= 0)
            {
              q->kind = QM_QUOTE_KIND_MIXED;
              q->span.start = (gssize)tok_at (run, predicative)->start;
              q->span.end = (gssize)tok_at (run, close)->end;
            }
          /* "in what Anna Berg called “…”": the clause is what was said,
           * the quoted words only part of it. */
          else if (!run->lang->fragments_direct && qend == m->end && (from = free_relative_start (run, &at, i)) >= 0)
            {
              q->kind = QM_QUOTE_KIND_MIXED;
              q->span.start = (gssize)tok_at (run, from)->start;
              if (close >= 0)
                q->span.end = (gssize)tok_at (run, close)->end;
            }
          else if (topic >= 0)
            {
              int e = close;

              /* "…, hardest glass ceiling” by being elected, and …": on to
               * the clause's end (a few dozen words at most), not past a
               * comma inside the mark */
              if (!is_punct (run, close - 1, ','))
                for (int k = close + 1; k < sent_end[sent_of[i]] && k <= close + 40; k++)
                  {
                    QmTok *u = tok_at (run, k);

                    if (u->mark < 0 && u->kind == QM_TOK_PUNCT &&
                        (is_final_punct (u) || u->first == ',' || u->first == ';' || u->first == ':' || is_dash (run, k) ||
                         u->first == '('))
                      break;
                    /* "… and making sure it is “updated.”": the marks
                     * after it are part of it */
                    if (u->kind == QM_TOK_OPEN)
                      mark_at (run, u->mark)->flags |= QM_MARK_USED;
                    e = k;
                  }
              q->kind = QM_QUOTE_KIND_MIXED;
              q->span.start = (gssize)tok_at (run, topic)->start;
              q->span.end = (gssize)tok_at (run, e)->end;
            }
          /* "Lund wants a press that “picks a side.”" */
          else if (qend == m->end && close >= 0 && (from = clause_goes_on (run, &at, sent_of[i], i)) >= 0)
            {
              q->kind = QM_QUOTE_KIND_MIXED;
              q->span.start = (gssize)tok_at (run, from)->start;
              q->span.end = (gssize)tok_at (run, close)->end;
            }
          attr_speaker (run, q, &at, person);
          if (pronoun_after.kind != QM_NP_NONE && run->last_speaker_span.start == q->speaker.start)
            {
              run->last_speaker_span.start = tok_at (run, pronoun_after.first)->start;
              run->last_speaker_span.end = tok_at (run, pronoun_after.last)->end;
              run->last_attr_speaker = run->last_speaker_span;
            }
          run->last_direct = run->quotes->len - 1;
          run->last_direct_para = run->paragraph;
          /* German "Dies sei eine Chance, ein „Bürger erster Klasse“ zu
           * werden, sagte X.": quoted words inside the sentence a cue
           * after them reports make it a mixed quotation of its own, from
           * where it opens to the marks, besides the direct one */
          if (run->lang->fragments_direct && run->lang->verb_second && q->kind == QM_QUOTE_KIND_DIRECT && qend == m->end &&
              close >= 0 && close + 1 < n && is_punct (run, close + 1, ',') && at.cue_first > close &&
              sentence_opens_before_mark (run, sent_of[i], i) && !reported_around (run, m))
            {
              QmFoundQuote whole = *q;

              whole.kind = QM_QUOTE_KIND_MIXED;
              whole.span.start = (gssize)tok_at (run, sent_of[i])->start;
              whole.span.end = (gssize)tok_at (run, close)->end;
              whole.confidence = 0.5;
              g_array_append_val (run->quotes, whole);
            }
          continue;
        }
      if (mood_fragment)
        {
          int fa = sent_of[i];
          int fc = sentence_content_end (run, fa, sent_end[fa]);

          if (run->last_speaker >= 0 && run->paragraph - run->last_speaker_para <= 1)
            {
              q->person = run->last_speaker;
              q->speaker = run->last_speaker_span;
            }
          q->confidence = 0.4;
          /* "Die Lage sei „sehr ernst“ geworden.": the Konjunktiv sentence
           * is reported speech that holds the quoted words, a mixed
           * quotation of its own. */
          if (fa < i && fa != mood_mixed && fc - fa >= 3 && q->person >= 0)
            {
              QmFoundQuote frag = *q;
              int from = fa;

              /* "X erklärte im Interview, über den Streit sei er „…“":
               * what was said starts after the comma that follows a
               * reporting verb. */
              for (int k = fa; k < i; k++)
                if (is_verb (tok_at (run, k)) && tok_at (run, k)->mark < 0)
                  {
                    int c = k + 1;

                    while (c < i && !(is_punct (run, c, ',') && tok_at (run, c)->mark < 0))
                      c++;
                    if (c + 1 < i)
                      from = c + 1;
                    break;
                  }
              q = add_quote (run, QM_QUOTE_KIND_MIXED, tok_at (run, from)->start, tok_at (run, fc - 1)->end, 0.4);
              q->person = frag.person;
              q->speaker = frag.speaker;
              mood_mixed = fa;
            }
          continue;
        }

      /* „A.“ Und: „B.“ — a quotation that a conjunction joins to the one
       * before goes on with its speaker. */
      if (i >= 2)
        {
          int j = is_punct (run, i - 1, ':') ? i - 2 : i - 1;

          /* „A.“ Und weiter: „B.“ */
          if (j >= 2 && j < i - 1 && tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->flags & QM_TOK_LOWER) &&
              (tok_at (run, j)->words & QM_WORD_ADVERB) && tok_at (run, j - 1)->kind == QM_TOK_WORD &&
              (tok_at (run, j - 1)->words & QM_WORD_CONJUNCTION) && (tok_at (run, j - 1)->flags & QM_TOK_CAPITAL))
            j--;
          if (j >= 1 && tok_at (run, j)->kind == QM_TOK_WORD && (tok_at (run, j)->words & QM_WORD_CONJUNCTION) &&
              tok_at (run, j - 1)->kind == QM_TOK_CLOSE && tok_at (run, j - 1)->mark >= 0 &&
              mark_at (run, tok_at (run, j - 1)->mark)->quote >= 0)
            {
              const QmFoundQuote *prev = &g_array_index (run->quotes, QmFoundQuote,
                                                         mark_at (run, tok_at (run, j - 1)->mark)->quote);

              if (prev->kind == QM_QUOTE_KIND_DIRECT && (prev->person >= 0 || prev->speaker.start >= 0))
                {
                  q->speaker = prev->speaker;
                  q->person = prev->person;
                  q->cue = prev->cue;
                  q->confidence = 0.5;
                  continue;
                }
            }
        }

      /* German "Der Geschäftsführer sagte: ¶ „…“": a role no name was
       * given to introduces it too */
      if (i == 0 && colon_para == run->paragraph && (colon_person >= 0 || !run->lang->verb_second || colon_role))
        {
          q->speaker = colon_speaker;
          q->cue = colon_cue;
          q->person = colon_person;
          q->confidence = 0.8;
          if (colon_person >= 0)
            {
              run->last_speaker = colon_person;
              run->last_speaker_para = run->paragraph;
            }
          continue;
        }

      /* Inside a sentence without a cue: its subject. */
      if (i > 0)
        {
          const Attr *cue_here = NULL;

          sa = sent_of[i];
          if (passive_named)
            continue;
          /* German: "„A“ sei …, hatte Weber gesagt und auf … verwiesen,
           * doch „B“" — in a sentence whose cue before the quotation
           * (whose content it is not) names a speaker, that speaker */
          for (guint k = attrs->len, tries = 0; run->lang->verb_second && sa < i && k-- > 0 && tries < 16; tries++)
            {
              const Attr *x = &g_array_index (attrs, Attr, k);

              if (x->cue_last < sa)
                break;
              if (!x->model && x->cue_last < i && x->cue_first >= sa && x->c1 <= i && x->np.kind != QM_NP_NONE &&
                  x->np.last < i)
                {
                  cue_here = x;
                  break;
                }
            }
          if (cue_here != NULL)
            {
              QmNp who = cue_here->np;

              set_speaker (run, q, &who, cue_here->person >= 0 ? cue_here->person : _qm_people_resolve (run, &who, sa), -1, -1);
              q->confidence = 0.4;
              continue;
            }
          /* not "Die Maschine sei erst „…“ gelandet": the subject of a
           * Konjunktiv sentence that names no one (a thing) reports nothing
           * itself */
          if (sa < i && sentence_subject (run, sa, i, &at.np) &&
              !(run->lang->verb_second && at.np.kind != QM_NP_PRONOUN && !_qm_np_names_person (run, &at.np) &&
                mood_sentence (run, sa, sent_end[sa])))
            {
              set_speaker (run, q, &at.np, _qm_people_resolve (run, &at.np, sa), -1, -1);
              q->confidence = 0.5;
              continue;
            }
          /* German: "„A“, schrieb Lena Berg, die den Auftritt kaum
           * erwarten könne, um „B“" — a quotation without a cue later in
           * the sentence of a quotation whose cue named its speaker is
           * that speaker's too */
          if (run->lang->verb_second && sa < i)
            {
              gboolean carried_here = FALSE;

              for (guint r = run->quotes->len - 1; r > 0 && r + 8 > run->quotes->len; r--)
                {
                  const QmFoundQuote *p = &g_array_index (run->quotes, QmFoundQuote, r - 1);

                  if (p->span.start < (gssize)tok_at (run, sa)->start || p->span.end > q->span.start)
                    continue;
                  if ((p->kind == QM_QUOTE_KIND_DIRECT || p->kind == QM_QUOTE_KIND_MIXED) && p->cue.start >= 0 &&
                      p->speaker.start >= 0)
                    {
                      q->speaker = p->speaker;
                      q->person = p->person;
                      q->confidence = 0.4;
                      carried_here = TRUE;
                    }
                  break;
                }
              if (carried_here)
                continue;
            }
        }

      /* German: "„A“, sagte Gisela Brandt. Ihr Mann nickte. „B.“" — a
       * sentence without a cue or marks right before a quotation that
       * opens a sentence of its own, whose subject opens it and is a role
       * or someone known, tells who speaks now; not only a short one ("Der
       * Kapitän wandte sich am Abend an die Presse. „…“") */
      if (run->lang->verb_second && i >= 3 && sent_of[i] == i && is_final_punct (tok_at (run, i - 1)))
        {
          int ps = sent_of[i - 1];
          gboolean cue_before = FALSE;
          QmNp who;

          for (guint k = 0; k < attrs->len && !cue_before; k++)
            cue_before = g_array_index (attrs, Attr, k).cue_last >= ps && g_array_index (attrs, Attr, k).cue_first < i;
          if (!cue_before && ps >= 0 && ps + 2 < i && i - ps <= SUBJECT_SENTENCE_TOKENS && !has_open (run, ps, i) &&
              sentence_subject (run, ps, i - 1, &who) && who.first == ps && who.kind != QM_NP_PRONOUN &&
              who.kind != QM_NP_ORGANISATION && (who.kind == QM_NP_ROLE || _qm_np_names_person (run, &who)) &&
              /* a longer one only without a comma: an apposition names
               * the one who speaks (below) */
              (i - ps <= 6 || !has_comma (run, ps, i)))
            {
              set_speaker (run, q, &who, _qm_people_resolve (run, &who, ps), -1, -1);
              q->confidence = 0.4;
              continue;
            }
        }
      /* No cue: the speaker of the paragraph before carries over, and so
       * does the speaker of this paragraph to a quotation that opens a
       * sentence of its own: "X sagte: „A.“ Die Lage sei ernst. „B.“" */
      if (((i == 0 && run->last_speaker >= 0 && run->paragraph - run->last_speaker_para <= 1) ||
           (i > 0 && sent_of[i] == i && run->last_speaker >= 0 &&
            (run->last_speaker_para == run->paragraph ||
             (run->lang->verb_second && run->last_speaker_para + 1 == run->paragraph && no_one_between (run, i)) ||
             (run->lang->verb_second && run->paragraph - run->last_speaker_para <= 1 &&
              reported_here (run, q, run->last_speaker))))) &&
          /* "„A“, sagte Eva Lind. Als „…“ wertete der Sprecher des
           * Verbands den Plan. „B.“" — a later attribution to someone who
           * is no known person (a role, an organisation) is the one B
           * goes on from (below), not Eva Lind */
          !(run->lang->verb_second && run->last_attr_para != G_MAXUINT && run->last_attr_speaker.start >= 0 &&
            run->last_attr_speaker.start > run->last_speaker_span.start &&
            run->last_attr_speaker.end <= (gssize)tok_at (run, i)->start &&
            ((i == 0 && run->paragraph - run->last_attr_para <= 1) || (i > 0 && run->last_attr_para == run->paragraph))))
        {
          /* “A,” she said. ¶ “B.” — where the convention joins them, the
           * quotation of the paragraph before goes on. */
          if (i == 0 && run->lang->join_paragraphs && run->last_direct != G_MAXUINT &&
              run->last_direct + 2 == run->quotes->len && run->last_direct_para + 1 == run->paragraph)
            {
              QmFoundQuote *prev = &g_array_index (run->quotes, QmFoundQuote, run->last_direct);

              if ((prev->kind == QM_QUOTE_KIND_DIRECT || prev->kind == QM_QUOTE_KIND_MIXED) &&
                  prev->person == run->last_speaker)
                {
                  prev->span.end = (gssize)qend;
                  g_array_set_size (run->quotes, run->quotes->len - 1);
                  m->quote = run->last_direct;
                  run->last_direct_para = run->paragraph;
                  run->last_speaker_para = run->paragraph;
                  continue;
                }
            }
          run->last_direct = run->quotes->len - 1;
          run->last_direct_para = run->paragraph;
          /* „Nein.“ „Doch.“ — a short reply right after a short turn of
           * the latest speaker is another voice: the one who spoke before
           * that turn, or no one named */
          if (i > 0 && short_reply (run, i, m, &reply_to))
            {
              if (reply_to >= 0)
                {
                  const QmFoundQuote *other = &g_array_index (run->quotes, QmFoundQuote, reply_to);

                  q->person = other->person;
                  q->speaker = other->speaker;
                }
              q->confidence = 0.3;
              continue;
            }
          q->person = run->last_speaker;
          q->speaker = run->last_speaker_span;
          q->confidence = i == 0 ? 0.6 : 0.4;
          run->last_speaker_para = run->paragraph;
          continue;
        }
      /* "“…,” he said. But “…”": a quotation after a conjunction that
       * opens its sentence carries the paragraph's speaker; and one whose
       * latest speaker names no known person (a pronoun, a role) carries
       * that mention (in German too: „A“, so letztere. „B“) */
        {
          gboolean after_conj = i > 0 && sent_of[i] == i - 1 && (tok_at (run, i - 1)->words & QM_WORD_CONJUNCTION);
          gssize at_start = (gssize)tok_at (run, i)->start;

          /* German: "Und: „…“", "Und weiter: „…“" — a conjunction that
           * opens the sentence, an adverb at most, and a colon */
          if (!after_conj && run->lang->verb_second && i >= 2 && is_punct (run, i - 1, ':') && sent_of[i] >= i - 3 &&
              sent_of[i] < i - 1 && (tok_at (run, sent_of[i])->words & QM_WORD_CONJUNCTION) &&
              (sent_of[i] == i - 2 ||
               ((tok_at (run, i - 2)->words & QM_WORD_ADVERB) && (tok_at (run, i - 2)->flags & QM_TOK_LOWER))))
            after_conj = TRUE;

          if (after_conj && run->last_speaker >= 0 && run->last_speaker_para == run->paragraph &&
              run->last_speaker_span.end <= at_start &&
              !(run->last_attr_para == run->paragraph && run->last_attr_speaker.start > run->last_speaker_span.start &&
                run->last_attr_speaker.end <= at_start))
            {
              q->person = run->last_speaker;
              q->speaker = run->last_speaker_span;
              q->confidence = 0.4;
              continue;
            }
          if (run->last_attr_para != G_MAXUINT && run->last_attr_speaker.start >= 0 &&
              run->last_attr_speaker.end <= at_start &&
              (run->last_speaker < 0 || run->last_attr_speaker.start > run->last_speaker_span.start) &&
              ((i == 0 && run->paragraph - run->last_attr_para <= 1) ||
               (i > 0 && run->last_attr_para == run->paragraph && (sent_of[i] == i || after_conj))))
            {
              q->speaker = run->last_attr_speaker;
              q->confidence = 0.4;
              continue;
            }
        }
      q->confidence = 0.3;
    }
  /* "“I still get nervous”: pianist Elena Varga on fifty years at the
   * keyboard" — a quotation that opens the paragraph, a colon after it and
   * a name of two words or more among the few lower-case words after the
   * colon (a headline, a teaser): the quotation is that person's, not
   * the one of the speaker before, carried over without a cue */
  if (!run->lang->verb_second && n >= 6 && tok_at (run, 0)->kind == QM_TOK_OPEN && tok_at (run, 0)->mark >= 0 &&
      mark_at (run, tok_at (run, 0)->mark)->quote >= 0)
    {
      int close = close_token_of_mark (run, 1, n, tok_at (run, 0)->mark);
      QmFoundQuote *q = &g_array_index (run->quotes, QmFoundQuote, mark_at (run, tok_at (run, 0)->mark)->quote);

      if (close > 0 && close + 3 < n && is_punct (run, close + 1, ':') && q->kind == QM_QUOTE_KIND_DIRECT &&
          q->cue.start < 0)
        for (int k = close + 2; k < n && k <= close + 8; k++)
          {
            QmTok *t = tok_at (run, k);
            QmNp np;

            if (t->kind != QM_TOK_WORD || t->mark >= 0 || is_verb (t))
              break;
            if (!(t->flags & QM_TOK_CAPITAL))
              continue;
            if (_qm_np_right (run, k, n, &np) && np.kind == QM_NP_NAME && np.last > np.first)
              set_speaker (run, q, &np, _qm_people_resolve (run, &np, 0), -1, -1);
            break;
          }
    }
  /* the paragraph's latest speaker for the next one */
  if (set_at >= 0 && !carried_is (run, &set))
    carried_take (run, &marks_latest, sent_of[set_at]);
  carried_put (run, marks_latest.sentence >= 0 && marks_latest.sentence >= now.sentence ? &marks_latest : &now);
}

/* A quotation inside a quotation is speech when the words before it
 * introduce it: "… I said, ‘…’", "… the minister’s words: ‘…’". */
static gboolean
nested_has_cue (QmRun  *run,
                QmMark *m)
{
  gsize p = QM_MARK_OPEN (m);
  gsize end;

  while (p > 0 && (run->data[p - 1] == ' ' || run->data[p - 1] == ',' || run->data[p - 1] == ':'))
    p--;
  end = p;
  while (p > 0 && g_ascii_isalpha (run->data[p - 1]))
    p--;
  if (end == p || end - p > 20)
    return FALSE;
  return (qm_lang_lookup (run->lang, run->data + p, end - p) & (QM_WORD_VERB | QM_WORD_CONTENT)) != 0;
}

/* "… the council said, ‘Next year.’" inside a quotation: before the
 * opening mark of @m, a comma or a colon, a verb of speech (no naming
 * verb: "called it ‘reckless’" has no comma) and before it a pronoun, up
 * to three capitalised words, or a determiner and a word. Sets @speaker to
 * those words' bytes. */
static gboolean
nested_cue_before (QmRun  *run,
                   QmMark *m,
                   QmSpan *speaker)
{
  const guint not_name = QM_WORD_CONJUNCTION | QM_WORD_ADVERB | QM_WORD_PREPOSITION | QM_WORD_SUBORDINATE |
                         QM_WORD_DETERMINER | QM_WORD_PRONOUN;
  gsize p = QM_MARK_OPEN (m);
  gsize verb_end, w, e;
  guint flags;

  if (run->lang->verb_second || p < 2 || run->data[p - 1] != ' ' || (run->data[p - 2] != ',' && run->data[p - 2] != ':'))
    return FALSE;
  verb_end = p - 2;
  for (p = verb_end; p > 0 && g_ascii_islower (run->data[p - 1]); p--)
    ;
  if (p == verb_end || verb_end - p > 20 || p < 2 || run->data[p - 1] != ' ')
    return FALSE;
  flags = qm_lang_lookup (run->lang, run->data + p, verb_end - p);
  /* "He told a meeting, ‘…’", "She has said many times, ‘…’": up to three
   * words in lower case between the verb and the comma, the one spoken to
   * or when (a longer quotation only: a short one stays a scare quote) */
  if (!(flags & QM_WORD_VERB) && m->n_words > run->lang->scare_max_words)
    for (int words = 0; words < 3 && !(flags & QM_WORD_VERB); words++)
      {
        gsize word_end = p - 1;

        for (p = word_end; p > 0 && g_ascii_islower (run->data[p - 1]); p--)
          ;
        if (p == word_end || word_end - p > 20 || p < 2 || run->data[p - 1] != ' ')
          return FALSE;
        verb_end = word_end;
        flags = qm_lang_lookup (run->lang, run->data + p, verb_end - p);
        if (flags & (QM_WORD_PRONOUN | QM_WORD_CONJUNCTION | QM_WORD_COMPLEMENT | QM_WORD_RELATIVE))
          return FALSE;
      }
  if (!(flags & QM_WORD_VERB) || (flags & QM_WORD_NAMING))
    return FALSE;
  /* the word before the verb */
  e = p - 1;
  for (w = e; w > 0 && (g_ascii_isalpha (run->data[w - 1]) || run->data[w - 1] == '.'); w--)
    ;
  if (w == e || e - w > 24)
    return FALSE;
  flags = qm_lang_lookup (run->lang, run->data + w, e - w);
  /* "The mayor has said many times, ‘…’": past an auxiliary or an adverb
   * in lower case (a longer quotation only) */
  if (g_ascii_islower (run->data[w]) && (flags & QM_WORD_ADVERB) &&
      !(flags & (QM_WORD_PRONOUN | QM_WORD_CONJUNCTION | QM_WORD_DETERMINER)) && m->n_words > run->lang->scare_max_words &&
      w > 1 && run->data[w - 1] == ' ')
    {
      e = w - 1;
      for (w = e; w > 0 && (g_ascii_isalpha (run->data[w - 1]) || run->data[w - 1] == '.'); w--)
        ;
      if (w == e || e - w > 24)
        return FALSE;
      flags = qm_lang_lookup (run->lang, run->data + w, e - w);
    }
  /* "He came home soaking wet and said, ‘…’": the subject that opens the
   * clause of the verbs that "and" joins, a few words before, with no
   * comma between (a longer quotation only: a short one stays a scare
   * quote) */
  if ((flags & QM_WORD_CONJUNCTION) && g_ascii_islower (run->data[w]))
    {
      gsize s = w;

      while (s > 0 && w - s < 80 && run->data[s - 1] != ',' && run->data[s - 1] != '.' && run->data[s - 1] != '!' &&
             run->data[s - 1] != '?' && run->data[s - 1] != ':' && run->data[s - 1] != ';' && run->data[s - 1] != '"' &&
             run->data[s - 1] != '\'' && run->data[s - 1] != '\n' && (guchar)run->data[s - 1] < 0x80)
        s--;
      while (s < w && run->data[s] == ' ')
        s++;
      if (s > 0 && s < w && w - s < 80 && run->data[s - 1] != ',' && g_ascii_isupper (run->data[s]))
        {
          gsize t = s;

          while (t < w && g_ascii_isalpha (run->data[t]))
            t++;
          flags = qm_lang_lookup (run->lang, run->data + s, t - s);
          if ((flags & QM_WORD_PRONOUN) && !(flags & QM_WORD_DETERMINER) && m->n_words > run->lang->scare_max_words)
            {
              speaker->start = (gssize)s;
              speaker->end = (gssize)t;
              return TRUE;
            }
        }
      return FALSE;
    }
  speaker->start = (gssize)w;
  speaker->end = (gssize)e;
  /* "she said", "And I said" */
  if ((flags & QM_WORD_PRONOUN) && !(flags & QM_WORD_DETERMINER))
    return TRUE;
  if (g_ascii_isupper (run->data[w]) && !(flags & not_name))
    {
      /* "Tom Berg said", "Mr. Berg said": capitalised words, 40 bytes
       * at most, no "And" or "When" */
      while (w > 1 && run->data[w - 1] == ' ')
        {
          gsize v = w - 1;

          while (v > 0 && (g_ascii_isalpha (run->data[v - 1]) || run->data[v - 1] == '.'))
            v--;
          if (v == w - 1 || !g_ascii_isupper (run->data[v]) || (gsize)speaker->end - v > 40 ||
              (qm_lang_lookup (run->lang, run->data + v, w - 1 - v) & not_name))
            break;
          w = v;
        }
      speaker->start = (gssize)w;
      return TRUE;
    }
  /* "the council said", "My father always said" */
  if (w > 1 && run->data[w - 1] == ' ')
    {
      gsize v = w - 1;

      while (v > 0 && g_ascii_isalpha (run->data[v - 1]))
        v--;
      if (v < w - 1 && ((qm_lang_lookup (run->lang, run->data + v, w - 1 - v) & QM_WORD_DETERMINER) ||
                        (qm_lang_word_roles (run->lang, run->data + v, w - 1 - v) & QM_ROLE_FIRST_POSSESSIVE)))
        {
          speaker->start = (gssize)v;
          return TRUE;
        }
    }
  return FALSE;
}

/* "“…,” Lund responded" inside a quotation: after the closing mark of @m,
 * a pronoun or up to four capitalised words and a lower-case verb of
 * speech (before the end of the text at @limit). Sets @speaker to the
 * words' bytes. */
static gboolean
nested_cue_after (QmRun  *run,
                  QmMark *m,
                  gsize   limit,
                  QmSpan *speaker)
{
  gsize p = QM_MARK_CLOSE_END (m);
  guint words = 0;

  if (run->lang->verb_second || m->end == 0 || run->data[m->end - 1] != ',')
    return FALSE;
  speaker->start = speaker->end = -1;
  while (p < limit && words < 6)
    {
      gsize w;
      guint flags;

      if (run->data[p] != ' ')
        return FALSE;
      w = ++p;
      while (p < limit && (g_ascii_isalpha (run->data[p]) || run->data[p] == '-'))
        p++;
      if (p == w || p - w > 24)
        return FALSE;
      flags = qm_lang_lookup (run->lang, run->data + w, p - w);
      /* "Sen. Lund said" */
      if (p + 1 < limit && run->data[p] == '.' && run->data[p + 1] == ' ' && g_ascii_isupper (run->data[w]))
        p++;
      if (g_ascii_isupper (run->data[w]) && !(flags & QM_WORD_PRONOUN) && words < 4)
        {
          if (speaker->start < 0)
            speaker->start = (gssize)w;
          speaker->end = (gssize)p;
        }
      else if (g_ascii_islower (run->data[w]) && (flags & QM_WORD_PRONOUN) && words == 0)
        {
          speaker->start = (gssize)w;
          speaker->end = (gssize)p;
        }
      else
        return speaker->start >= 0 && g_ascii_islower (run->data[w]) && (flags & QM_WORD_VERB) != 0;
      words++;
    }
  return FALSE;
}

/* "“… I told them, ‘…’ …,” Lund said": a quotation @q inside the one
 * around it whose cue's subject @who is a first-person pronoun is the
 * words of that quotation's speaker: the pronoun is the mention of the
 * person known, else that speaker's mention. */
static void
nested_first_person (QmRun        *run,
                     QmMark       *m,
                     const QmSpan *who,
                     QmFoundQuote *q)
{
  if (!(run->lang->roles_listed & QM_ROLE_FIRST_PERSON) ||
      !(qm_lang_word_roles (run->lang, run->data + who->start, (gsize)(who->end - who->start)) & QM_ROLE_FIRST_PERSON))
    return;
  for (guint k = 0; k < run->quotes->len; k++)
    {
      const QmFoundQuote *outer = &g_array_index (run->quotes, QmFoundQuote, k);

      if ((outer->kind == QM_QUOTE_KIND_DIRECT || outer->kind == QM_QUOTE_KIND_MIXED) &&
          outer->span.start <= (gssize)m->start && outer->span.end >= (gssize)m->end && outer != q &&
          (outer->person >= 0 || outer->speaker.start >= 0))
        {
          /* the pronoun stays the mention of someone known */
          q->person = outer->person;
          if (outer->person < 0)
            q->speaker = outer->speaker;
          return;
        }
    }
}

/**
 * _qm_attribute_finish:
 * @run: the analysis
 *
 * Adds the nested quotations, which quote someone other than the speaker
 * of the quotation around them.
 */
void
_qm_attribute_finish (QmRun *run)
{
  /* "Frage: …?" before "Das Gespräch führte Jana Reiß." at the end: the
   * questions left to their label are the interviewer's */
  for (guint i = 0; run->interviewer >= 0 && i < run->quotes->len; i++)
    {
      QmFoundQuote *q = &g_array_index (run->quotes, QmFoundQuote, i);

      if (q->person < 0 && q->speaker.start >= 0 && q->cue.start == q->speaker.end && q->cue.end == q->cue.start + 1 &&
          run->data[q->cue.start] == ':' &&
          (qm_lang_word_roles (run->lang, run->data + q->speaker.start, q->speaker.end - q->speaker.start) &
           QM_ROLE_INTERVIEW_QUESTION))
        q->person = run->interviewer;
    }
  for (guint i = 0; i < run->marks->len; i++)
    {
      QmMark *m = mark_at (run, i);
      QmSpan who;

      if (m->depth == 0)
        continue;
      /* "“…,” Lund responded …" inside the quotation: a quotation of Lund's */
      if (m->n_words > run->lang->scare_max_words && nested_cue_after (run, m, run->n_bytes, &who))
        {
          QmFoundQuote *q = add_quote (run, QM_QUOTE_KIND_DIRECT, m->start, m->end, 0.4);

          q->speaker = who;
          nested_first_person (run, m, &who, q);
          continue;
        }
      /* "… the council said, ‘Next year.’": short, but said */
      if (nested_cue_before (run, m, &who))
        {
          QmFoundQuote *q = add_quote (run, QM_QUOTE_KIND_DIRECT, m->start, m->end, 0.4);

          q->speaker = who;
          nested_first_person (run, m, &who, q);
          continue;
        }
      /* "“When he says ‘…,’ that is code for …”": English words quoted
       * inside a quotation after a verb, whose speaker no cue names, are
       * the outer speaker's mention of them, no quotation of nobody */
      add_quote (run,
                 !run->lang->verb_second || m->n_words <= run->lang->scare_max_words || !nested_has_cue (run, m)
                   ? QM_QUOTE_KIND_SCARE
                   : QM_QUOTE_KIND_DIRECT,
                 m->start, m->end, 0.4);
    }
}

/* qm-analyzer-private.h
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

#include "qm-analyzer.h"
#include "qm-lang.h"

G_BEGIN_DECLS

/* Internal working state of one analysis. Offsets are bytes into the UTF-8
 * text until qm_analyzer_analyze() converts the results to code points, so
 * the text never needs a copy as an array of code points.
 */

#define QM_MAX_QUOTE_DEPTH 8

typedef enum
{
  QM_MARK_UNCLOSED   = 1 << 0,  /* ran to the end of its paragraph */
  QM_MARK_PARAGRAPHS = 1 << 1,  /* reopened over several paragraphs */
  QM_MARK_MISMATCHED = 1 << 2,  /* closed by a mark of another pair */
  QM_MARK_USED       = 1 << 3,  /* absorbed into a mixed quote */
  QM_MARK_MERGED     = 1 << 4,  /* merged into the quote before it */
} QmMarkFlags;

/* Text between a pair of quotation marks. The marks of a text are kept to
 * its end (a text of quotation marks only has millions): 40 bytes each,
 * the marks' own offsets kept as their lengths (QM_MARK_OPEN(),
 * QM_MARK_CLOSE_END()). */
typedef struct
{
  gsize    start;          /* first byte of the content */
  gsize    end;            /* end of the content */
  guint    n_words;
  gunichar open_char;
  gint     quote;          /* index of the quote made of it, or -1 */
  gint     attr;           /* sentence pattern of paragraph attr_para whose content it is */
  guint    attr_para;
  guint    depth : 4;      /* 0 for outermost; below QM_MAX_QUOTE_DEPTH */
  guint    flags : 12;     /* QmMarkFlags */
  guint    open_len : 8;   /* bytes of the opening mark, which ends at start */
  guint    close_len : 8;  /* bytes of the closing mark after end; 0 when unclosed */
} QmMark;

G_STATIC_ASSERT (QM_MAX_QUOTE_DEPTH < (1 << 4));
G_STATIC_ASSERT (QM_MARK_MERGED < (1 << 12));

/* Byte of the opening mark. */
#define QM_MARK_OPEN(m)      ((gsize)((m)->start - (m)->open_len))
/* Byte after the closing mark; == end when unclosed. */
#define QM_MARK_CLOSE_END(m) ((gsize)((m)->end + (m)->close_len))

typedef enum
{
  QM_TOK_WORD,
  QM_TOK_PUNCT,
  QM_TOK_OPEN,        /* opening quotation mark of QmTok.mark */
  QM_TOK_CLOSE,       /* closing quotation mark of QmTok.mark */
} QmTokKind;

typedef enum
{
  QM_TOK_CAPITAL   = 1 << 0,   /* starts with an upper-case letter */
  QM_TOK_LOWER     = 1 << 1,   /* starts with a lower-case letter */
  QM_TOK_POSSESSIVE = 1 << 2,  /* ends in 's or ’s */
  QM_TOK_SENT_END  = 1 << 3,   /* . ! ? ending a sentence */
  QM_TOK_DIGIT     = 1 << 4,
} QmTokFlags;

/* 32 bytes: a paragraph of a million words has a million of them. */
typedef struct
{
  gsize    start;
  gsize    end;
  guint    words;     /* QmWordClass */
  guint16  flags;     /* QmTokFlags */
  guint16  kind;      /* QmTokKind */
  gint     mark;      /* index of the outermost mark containing the token, or -1 */
  gunichar first;     /* first character */
} QmTok;

G_STATIC_ASSERT (sizeof (QmTok) <= 32);

typedef enum
{
  QM_NP_NONE,
  QM_NP_NAME,
  QM_NP_PRONOUN,
  QM_NP_ROLE,          /* "the minister", "a senior adviser" */
  QM_NP_ORGANISATION,
} QmNpKind;

/* A noun phrase found next to a cue: token range [first, last]. */
typedef struct
{
  int      first;
  int      last;
  QmNpKind kind;
  guint    words;      /* union of the word classes inside */
} QmNp;

typedef struct
{
  GPtrArray  *people;      /* (element-type QmFoundPerson) with byte offsets */
  GHashTable *by_key;      /* surname or organisation key → index + 1 */
  GArray     *gender;      /* (element-type guint) QM_WORD_MALE / QM_WORD_FEMALE / 0 */
  GArray     *last_seen;   /* (element-type gsize) byte of the latest mention */
  GArray     *namesake;    /* (element-type int) the next person of the same surname key, or -1 */
  GPtrArray  *given;       /* (element-type utf8) " tom erik " — the lower-cased words before the
                            * surname in the names used, or NULL while known by surname only */
  GArray     *articled;    /* (element-type gboolean) German: first named right after an article
                            * ("Der Verein Blauweiß Talbach"): its first word is no given name */
  int         recent[32];  /* the people mentioned last, newest at recent_head */
  guint       recent_head;
} QmPeople;

/* Called for each candidate the reported-speech model weighs, with its
 * features (the first @n_early of them known before the content is), its
 * cue and its content in bytes (tests/eval/train-reported.c). */
typedef void (*QmCandidateFunc) (const guint32 *features,
                                 guint          n_features,
                                 guint          n_early,
                                 gsize          cue_start,
                                 gsize          cue_end,
                                 gsize          start,
                                 gsize          end,
                                 gpointer       user_data);

typedef struct
{
  QmLang     *lang;
  const char *data;
  gsize       n_bytes;
  GArray     *marks;       /* (element-type QmMark), sorted by open */
  GArray     *toks;        /* (element-type QmTok) of the current paragraph */
  QmTok      *tok;         /* toks->data once the paragraph is tokenized: one load less a token read */
  GArray     *quotes;      /* (element-type QmFoundQuote) with byte offsets */
  QmPeople    people;
  gsize       byline_start;
  gsize       byline_end;
  guint       paragraph;          /* index of the current paragraph */
  int         last_speaker;       /* person of the latest attribution */
  guint       last_speaker_para;
  QmSpan      last_speaker_span;
  guint       mark_cursor;        /* first mark that may hold the current paragraph */
  int         colon_person;       /* speaker of a paragraph that ended with a colon */
  gboolean    colon_role;         /* that speaker is a role or a person named by no one known */
  int         interviewee;        /* the one interviewed, after a "Q:" paragraph */
  int         interviewer;        /* the one who asks, named in a sentence of its own, or -1 */
  gboolean    interview;          /* a "Q:" paragraph was seen */
  char        asker[4];           /* initials of an interview's questions ("LH:"), or "" */
  guint       asked_para;         /* paragraph of the latest question after those initials */
  guint       answer_para;        /* paragraph of the latest answer after "A:" */
  QmSpan      colon_speaker;
  QmSpan      colon_cue;
  guint       colon_para;
  guint       last_attr_para;     /* paragraph of the latest attribution, person or not */
  QmSpan      last_attr_speaker;
  guint       last_direct;        /* index in quotes of the latest direct quote */
  guint       last_direct_para;
  QmCandidateFunc candidate_func;  /* (nullable): sees every model candidate */
  gpointer    candidate_data;
  /* The tables _qm_attribute_paragraph() fills for a paragraph, kept for
   * the next one: made and freed for each they cost more than some rules.
   * NULL until the first paragraph. */
  GArray     *para_attrs;         /* (element-type Attr) */
  GArray     *para_sent_starts;   /* (element-type int) */
  GArray     *para_carried;       /* (element-type Carried) */
  int        *para_sent_of;       /* para_cap of them */
  int        *para_sent_end;
  gsize       para_cap;
  /* The role words of the tokens asked about lately: the patterns ask
   * about the same few tokens of a sentence many times over, and each
   * question would hash the word again. A token is known by its bytes,
   * which are the same in every paragraph's tokens; end 0 is empty. */
  struct {
    gsize      start;
    gsize      end;
    QmWordRole roles;
  }           role_memo[256];
} QmRun;

/* Whether token @t is one of the language's role words for @role. */
static inline gboolean
_qm_word_has_role (QmRun       *run,
                   const QmTok *t,
                   QmWordRole   role)
{
  guint64 lo = (guint64)role, hi = (guint64)(role >> 64);
  guint slot;

  if (t->kind != QM_TOK_WORD)
    return FALSE;
  /* One role (as nearly every pattern asks): most words have neither the
   * first letter nor the length of any of its words. */
  if ((lo == 0) != (hi == 0) && (lo & (lo - 1)) == 0 && (hi & (hi - 1)) == 0)
    {
      guint bit = lo != 0 ? (guint)__builtin_ctzll (lo) : 64 + (guint)__builtin_ctzll (hi);

      if (!(run->lang->role_letters[bit] & (1u << ((guchar)run->data[t->start] & 31))) ||
          !(run->lang->role_lengths[bit] & (1u << ((t->end - t->start) & 15))))
        return FALSE;
    }
  slot = (guint)(t->start ^ (t->start >> 8)) & (G_N_ELEMENTS (run->role_memo) - 1);
  if (run->role_memo[slot].start != t->start || run->role_memo[slot].end != t->end)
    {
      run->role_memo[slot].start = t->start;
      run->role_memo[slot].end = t->end;
      run->role_memo[slot].roles = qm_lang_word_roles (run->lang, run->data + t->start, t->end - t->start);
    }
  return (run->role_memo[slot].roles & role) != 0;
}

/* qm-analyzer.c */
QmAnalysis *_qm_analyze_with_lang  (QmLang          *lang,
                                    QmText          *text,
                                    QmCandidateFunc  func,
                                    gpointer         user_data);

/* qm-quote-scanner.c */

/* Whether @ch can act as a quotation mark in any convention. */
static inline gboolean
_qm_is_quote_mark (gunichar ch)
{
  return ch == '"' || ch == '\'' || (ch >= 0x2018 && ch <= 0x201F) || ch == 0xAB || ch == 0xBB ||
         ch == 0x2039 || ch == 0x203A || (ch >= 0x300C && ch <= 0x300F);
}

GArray   *_qm_quote_scan          (QmLang      *lang,
                                   const char  *data,
                                   gsize        n_bytes);

/* qm-speakers.c */
void      _qm_tokenize            (QmRun       *run,
                                   gsize        start,
                                   gsize        end,
                                   guint       *mark_cursor);
gboolean  _qm_np_left             (QmRun       *run,
                                   int          lo,
                                   int          last,
                                   QmNp        *np);
gboolean  _qm_quoted_name_before  (QmRun       *run,
                                   int          lo,
                                   int          close,
                                   QmNp        *np);
gboolean  _qm_np_right            (QmRun       *run,
                                   int          first,
                                   int          hi,
                                   QmNp        *np);
void      _qm_np_classify         (QmRun       *run,
                                   QmNp        *np);
gboolean  _qm_np_names_person     (QmRun       *run,
                                   const QmNp  *np);
int       _qm_people_genitive     (QmRun       *run,
                                   int          k);
int       _qm_people_resolve      (QmRun       *run,
                                   const QmNp  *np,
                                   int          sentence_start);
void      _qm_people_scan_titles  (QmRun       *run,
                                   int          lo,
                                   int          hi);
int       _qm_people_latest_subject (QmRun       *run,
                                     gsize        since,
                                     gsize        before);
void      _qm_people_note_subject (QmRun       *run,
                                   int          a,
                                   int          b);
void      _qm_people_learn_gender (QmRun       *run,
                                   int          a,
                                   int          b);
int       _qm_people_first        (QmRun       *run,
                                   gsize        before);
void      _qm_people_init         (QmPeople    *people);
void      _qm_people_clear        (QmPeople    *people);
void      _qm_find_byline         (QmRun       *run);

/* qm-attribution.c */
void      _qm_attribute_paragraph (QmRun       *run,
                                   gsize        start,
                                   gsize        end);
void      _qm_attribute_finish    (QmRun       *run);

G_END_DECLS

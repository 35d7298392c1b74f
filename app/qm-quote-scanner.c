/* qm-quote-scanner.c
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

/* Finds the text between quotation marks in one linear pass: every pair of
 * the language, French spacing, nesting up to QM_MAX_QUOTE_DEPTH, a closing
 * mark of the wrong pair, apostrophes that look like marks, and quotes that
 * run over paragraphs by reopening the mark at the start of each one.
 */

#define G_LOG_DOMAIN "qm-analyzer"

#include "config.h"

#include <string.h>

#include "qm-analyzer-private.h"

typedef struct
{
  gsize    open;
  gsize    start;
  gunichar ch;
  guint    role;
  guint    flags;
  gboolean french;
} Open;

typedef struct
{
  QmLang     *lang;
  const char *data;
  gsize       n;
  GArray     *marks;
  Open        stack[QM_MAX_QUOTE_DEPTH];
  guint       depth;
} Scanner;

static gunichar
char_before (const Scanner *s,
             gsize          p)
{
  const char *q;

  if (p == 0)
    return 0;
  q = g_utf8_find_prev_char (s->data, s->data + p);
  return q ? g_utf8_get_char (q) : 0;
}

static gboolean
is_open_space (gunichar ch)
{
  return ch == 0 || g_unichar_isspace (ch) || ch == '(' || ch == '[' || ch == '{' ||
         ch == 0x2014 || ch == 0x2013 || ch == '-' || ch == '/' || ch == 0xA0 || ch == 0x202F ||
         _qm_is_quote_mark (ch);
}

static gboolean
is_close_space (gunichar ch)
{
  return ch == 0 || g_unichar_isspace (ch) || ch == '.' || ch == ',' || ch == ';' || ch == ':' ||
         ch == '!' || ch == '?' || ch == ')' || ch == ']' || ch == '}' || ch == 0x2014 ||
         ch == 0x2013 || ch == '-' || ch == 0x2026 || ch == 0xA0 || ch == 0x202F || _qm_is_quote_mark (ch);
}

static guint
family (guint role)
{
  return (role & (QM_MARK_OPEN_SINGLE | QM_MARK_CLOSE_SINGLE)) ? QM_MARK_CLOSE_SINGLE
                                                              : QM_MARK_CLOSE_DOUBLE;
}

/* "the Jones’ quay": a word with a bare-possessive ending (s), the mark, a
 * space and a lower-case word. */
static gboolean
plural_possessive (const Scanner *s,
                   gsize          p,
                   gsize          len)
{
  gsize q = p + len;

  if (!qm_lang_ends_with (&s->lang->bare_possessive_endings, s->data, p, 0) || q + 1 >= s->n || s->data[q] != ' ')
    return FALSE;
  return g_unichar_islower (g_utf8_get_char (s->data + q + 1));
}

static guint
count_words (const char *data,
             gsize       start,
             gsize       end)
{
  guint n = 0;
  gboolean in_word = FALSE;

  for (gsize i = start; i < end; i++)
    {
      gboolean space = data[i] == ' ' || data[i] == '\n' || data[i] == '\t' || data[i] == '\r';

      if (!space && !in_word)
        n++;
      in_word = !space;
    }
  return n;
}

static void
emit (Scanner *s,
      guint    level,
      gsize    end,
      gsize    close_end,
      guint    flags)
{
  QmMark mark = { 0, };
  const Open *o = &s->stack[level];

  g_assert (o->start - o->open < 256 && close_end - end < 256);
  mark.open_len = o->start - o->open;
  mark.start = o->start;
  mark.end = end;
  mark.close_len = close_end - end;
  mark.depth = level;
  mark.flags = o->flags | flags;
  mark.open_char = o->ch;
  mark.quote = -1;
  mark.attr = -1;
  mark.attr_para = G_MAXUINT;
  if (mark.end <= mark.start)
    return;
  mark.n_words = count_words (s->data, mark.start, mark.end);
  g_array_append_val (s->marks, mark);
}

/* Ends the quotes open at level and above at a paragraph end: the
 * outermost one counts when it holds words, the inner ones are dropped.
 */
static void
close_unclosed (Scanner *s,
                guint    level,
                gsize    end)
{
  while (end > s->stack[level].start && g_ascii_isspace (s->data[end - 1]))
    end--;
  /* A lone single mark is far more often an apostrophe ('Tis) than a
   * quotation left open. */
  if (level == 0 && count_words (s->data, s->stack[0].start, end) >= 2 &&
      (family (s->stack[0].role) == QM_MARK_CLOSE_DOUBLE || (s->stack[0].flags & QM_MARK_PARAGRAPHS)))
    emit (s, 0, end, end, QM_MARK_UNCLOSED);
  s->depth = level;
}

/* Whether the paragraph at @q holds no double quotation mark but one at
 * its end (before a point or a comma at most) that closes the quote open
 * at level 0 — and pairs of its own inside, opened by a mark that only
 * opens („in dubio pro reo“). */
static gboolean
paragraph_closes (const Scanner *s,
                  gsize          q)
{
  gsize e = q, last_mark = G_MAXSIZE;
  gunichar mark = 0;
  guint inner = 0;

  while (e < s->n && s->data[e] != '\n')
    {
      guchar c = (guchar)s->data[e];

      if (c == '"')
        return FALSE;
      if (c >= 0x80)
        {
          gunichar ch = g_utf8_get_char (s->data + e);
          guint role = _qm_is_quote_mark (ch) ? qm_lang_mark_role (s->lang, ch) : 0;

          if (role != 0 && family (role) == QM_MARK_CLOSE_DOUBLE)
            {
              if (mark != 0)
                return FALSE;
              if ((role & QM_MARK_OPEN_DOUBLE) && !(role & QM_MARK_CLOSE_DOUBLE))
                inner++;
              else if (inner > 0)
                inner--;
              else
                {
                  mark = ch;
                  last_mark = e;
                }
            }
          e += g_utf8_skip[c];
        }
      else
        e++;
    }
  if (inner > 0)
    return FALSE;
  if (mark == 0 || !qm_lang_pair_matches (s->lang, s->stack[0].ch, mark))
    return FALSE;
  e = last_mark + g_utf8_skip[(guchar)s->data[last_mark]];
  while (e < s->n && s->data[e] != '\n' &&
         (s->data[e] == '.' || s->data[e] == ',' || s->data[e] == ' ' || s->data[e] == '\r'))
    e++;
  return e >= s->n || s->data[e] == '\n';
}

/* Whether one of the next paragraphs from @q, up to three, closes the
 * quote open at level 0 (paragraph_closes()) with no double quotation
 * mark in those before it: „…:⏎[…]⏎11. …“ runs over lines. */
static gboolean
paragraphs_close (const Scanner *s,
                  gsize          q)
{
  for (int i = 0; i < 3 && q < s->n; i++)
    {
      gsize e = q;

      if (paragraph_closes (s, q))
        return TRUE;
      for (; e < s->n && s->data[e] != '\n'; e += g_utf8_skip[(guchar)s->data[e]])
        {
          gunichar ch = g_utf8_get_char (s->data + e);

          if (ch == '"' || (_qm_is_quote_mark (ch) && qm_lang_mark_role (s->lang, ch) != 0 &&
                            family (qm_lang_mark_role (s->lang, ch)) == QM_MARK_CLOSE_DOUBLE))
            return FALSE;
        }
      q = e;
      while (q < s->n && g_ascii_isspace (s->data[q]))
        q++;
    }
  return FALSE;
}

/* "… said the plan was “a mess.⏎⏎“We legislate,” Lund said.": a quote that
 * opened right after a word, inside a sentence, and that its paragraph
 * leaves open is a writer's slip; a quotation that runs over paragraphs
 * opens its paragraph, or follows a sentence's end, a colon, a comma or a
 * dash. Whether the quote open at level 0 may run on. */
static gboolean
may_run_on (const Scanner *s)
{
  gsize p = s->stack[0].open;
  gunichar ch;

  while (p > 0 && (s->data[p - 1] == ' ' || s->data[p - 1] == '\t'))
    p--;
  ch = char_before (s, p);
  return !g_unichar_isalnum (ch);
}

/* At a line break with quotes open: the English convention leaves the mark
 * of a quote that continues unclosed and reopens it in the next paragraph.
 * Returns the byte where scanning goes on.
 */
static gsize
newline (Scanner *s,
         gsize    p)
{
  gsize q = p;
  gunichar next;
  guint role;
  gsize skip;

  while (q < s->n && g_ascii_isspace (s->data[q]))
    q++;
  if (q >= s->n)
    {
      close_unclosed (s, 0, p);
      return q;
    }

  next = g_utf8_get_char (s->data + q);
  skip = g_utf8_skip[(guchar)s->data[q]];
  if (next == '\'' && q + 1 < s->n && s->data[q + 1] == '\'')
    {
      next = '"';
      skip = 2;
    }
  role = _qm_is_quote_mark (next) ? qm_lang_mark_role (s->lang, next) : 0;
  if ((role & (QM_MARK_OPEN_DOUBLE | QM_MARK_OPEN_SINGLE)) &&
      family (role) == family (s->stack[0].role) && may_run_on (s))
    {
      /* A continuation: inner quotes cannot run over paragraphs. */
      s->depth = 1;
      s->stack[0].flags |= QM_MARK_PARAGRAPHS;
      return q + skip;
    }

  /* „… saniert.⏎⏎Jetzt kommen die Straßen dran.“ — a quote left open at
   * the end of its paragraph whose next paragraph opens no quote and ends
   * with the closing mark of its pair goes on there (a writer's slip in a
   * convention that closes every paragraph, where reopening is the rule
   * elsewhere) */
  if (s->depth == 1 && family (s->stack[0].role) == QM_MARK_CLOSE_DOUBLE && paragraphs_close (s, q))
    {
      s->stack[0].flags |= QM_MARK_PARAGRAPHS;
      return q;
    }
  close_unclosed (s, 0, p);
  return p + 1;
}

static void
close_at (Scanner  *s,
          guint     level,
          gsize     p,
          gsize     len,
          gunichar  ch)
{
  guint flags = qm_lang_pair_matches (s->lang, s->stack[level].ch, ch) ? 0 : QM_MARK_MISMATCHED;
  gsize end = p;

  /* « Bonjour »: the space before the closing mark of French spacing is
   * the mark's, not the quotation's */
  if (s->stack[level].french)
    {
      if (end > s->stack[level].start && s->data[end - 1] == ' ')
        end--;
      else if (end >= s->stack[level].start + 2 && (guchar)s->data[end - 2] == 0xC2 && (guchar)s->data[end - 1] == 0xA0)
        end -= 2;
      else if (end >= s->stack[level].start + 3 && (guchar)s->data[end - 3] == 0xE2 &&
               (guchar)s->data[end - 2] == 0x80 && (guchar)s->data[end - 1] == 0xAF)
        end -= 3;
    }
  /* Inner quotes still open when an outer one closes had no real end. */
  emit (s, level, end, p + len, flags);
  s->depth = level;
}

static int
compare_marks (gconstpointer a,
               gconstpointer b)
{
  const QmMark *ma = a, *mb = b;

  return QM_MARK_OPEN (ma) < QM_MARK_OPEN (mb) ? -1 : QM_MARK_OPEN (ma) > QM_MARK_OPEN (mb);
}

/**
 * _qm_quote_scan:
 * @lang: the language, for its quotation-mark pairs
 * @data: UTF-8 text
 * @n_bytes: its length
 *
 * Returns: (transfer full) (element-type QmMark): the quotes, sorted by
 *   their opening mark
 */
GArray *
_qm_quote_scan (QmLang     *lang,
                const char *data,
                gsize       n_bytes)
{
  Scanner s = { lang, data, n_bytes, NULL, { { 0, }, }, 0 };
  gsize p = 0;

  s.marks = g_array_new (FALSE, FALSE, sizeof (QmMark));

  while (p < n_bytes)
    {
      guchar c;
      gunichar ch, prev, next;
      gsize len;
      guint role;
      gboolean french;
      gboolean lspace, rspace, lalnum, ralnum;

      /* Eight ASCII bytes at a time while none is a line break or a mark. */
      while (n_bytes - p >= 8)
        {
          const guint64 ones = G_GUINT64_CONSTANT (0x0101010101010101);
          const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
          guint64 w, nl, dq, sq;

          memcpy (&w, data + p, sizeof w);
          nl = w ^ (ones * '\n');
          dq = w ^ (ones * '"');
          sq = w ^ (ones * '\'');
          if ((w | ((nl - ones) & ~nl) | ((dq - ones) & ~dq) | ((sq - ones) & ~sq)) & highs)
            break;
          p += 8;
        }
      if (p >= n_bytes)
        break;
      c = (guchar)data[p];

      if (c < 0x80)
        {
          if (c == '\n')
            {
              p = s.depth > 0 ? newline (&s, p) : p + 1;
              continue;
            }
          if (c != '"' && c != '\'')
            {
              p++;
              continue;
            }
          ch = c;
          len = 1;
          /* Two apostrophes stand for a double mark in some newswire text. */
          if (c == '\'' && p + 1 < n_bytes && data[p + 1] == '\'')
            {
              ch = '"';
              len = 2;
            }
        }
      else
        {
          len = g_utf8_skip[c];
          ch = g_utf8_get_char (data + p);
          if (!_qm_is_quote_mark (ch) || p + len > n_bytes)
            {
              p += len;
              continue;
            }
        }

      role = qm_lang_mark_role (lang, ch);
      if (role == 0)
        {
          p += len;
          continue;
        }

      prev = char_before (&s, p);
      /* Markup attributes in extracted text: author="…", pic="" — the
       * value and its closing mark too. */
      if (prev == '=' && ch == '"')
        {
          gsize q = p + len;

          /* a line break may end the value before its mark: date="May 9⏎" */
          while (q < n_bytes && q < p + 256 && data[q] != '"' && data[q] != '>' &&
                 (data[q] != '\n' || (q + 1 < n_bytes && data[q + 1] == '"')))
            q++;
          p = q < n_bytes && data[q] == '"' ? q + 1 : p + len;
          continue;
        }
      next = p + len < n_bytes ? g_utf8_get_char (data + p + len) : 0;
      lspace = is_open_space (prev);
      rspace = is_close_space (next);
      lalnum = prev != 0 && g_unichar_isalnum (prev);
      ralnum = next != 0 && g_unichar_isalnum (next);

      if (family (role) == QM_MARK_CLOSE_SINGLE && (ch == '\'' || ch == 0x2019 || ch == 0x2018))
        {
          gboolean single_open = s.depth > 0 && family (s.stack[s.depth - 1].role) == QM_MARK_CLOSE_SINGLE;

          /* rock ’n’ roll: a lower-case letter alone between two apostrophes */
          if (lspace && next < 0x80 && g_ascii_islower (next) && p + len + 1 < n_bytes)
            {
              gsize q = p + len + 1;
              gsize l2 = data[q] == '\'' ? 1 : (q + 2 < n_bytes && (guchar)data[q] == 0xE2 &&
                                                (guchar)data[q + 1] == 0x80 && (guchar)data[q + 2] == 0x99) ? 3 : 0;

              if (l2 > 0 && q + l2 < n_bytes && data[q + l2] == ' ')
                {
                  p = q + l2;
                  continue;
                }
            }
          /* don't, Jones’ (unless a single quote is open and it reads as its
           * end), the ’90s; inside a single quotation, a right mark (or a
           * straight one, in a single quotation that stands in no other)
           * after a space and before a lower-case letter is an elision, no
           * end: ‘We’ve heard ’em all,’ 'since the 'eighties,' */
          if ((lalnum && ralnum) ||
              (single_open && (ch == 0x2019 || (ch == '\'' && s.depth == 1)) && lspace && next < 0x80 &&
               g_ascii_islower (next)) ||
              (lalnum && rspace && (!single_open || plural_possessive (&s, p, len))) ||
              (lspace && next != 0 && g_unichar_isdigit (next)))
            {
              p += len;
              continue;
            }
        }

      if ((role & (QM_MARK_CLOSE_DOUBLE | QM_MARK_CLOSE_SINGLE)) && s.depth > 0)
        {
          guint level = G_MAXUINT;
          gboolean opens_instead = lspace && !rspace &&
                                   (role & (QM_MARK_OPEN_DOUBLE | QM_MARK_OPEN_SINGLE));

          /* The innermost open quote this mark can close: its own pair first,
           * then any closer of the same family (“…" is a mismatched close). */
          for (guint k = s.depth; k-- > 0 && level == G_MAXUINT;)
            if (qm_lang_pair_matches (lang, s.stack[k].ch, ch))
              level = k;
          if (level == G_MAXUINT && family (s.stack[s.depth - 1].role) == family (role))
            level = s.depth - 1;
          if (level != G_MAXUINT && !opens_instead)
            {
              close_at (&s, level, p, len, ch);
              p += len;
              continue;
            }
        }

      /* French spacing: « Bonjour » */
      french = lspace && next != 0 && g_unichar_isspace (next) && next != '\n' &&
               p + len + g_utf8_skip[(guchar)data[p + len]] < n_bytes &&
               g_unichar_isalnum (g_utf8_get_char (data + p + len + g_utf8_skip[(guchar)data[p + len]]));
      /* said,“Look …”, Berg:"I …": with no quotation open, a mark right
       * after a comma or a colon and before a letter opens one */
      if ((role & (QM_MARK_OPEN_DOUBLE | QM_MARK_OPEN_SINGLE)) && !(lalnum && ralnum) &&
          (lspace || !(role & (QM_MARK_CLOSE_DOUBLE | QM_MARK_CLOSE_SINGLE)) ||
           (s.depth == 0 && (prev == ',' || prev == ':') && ralnum)) &&
          next != 0 && (!g_unichar_isspace (next) || french))
        {
          if (s.depth < QM_MAX_QUOTE_DEPTH)
            {
              Open *o = &s.stack[s.depth++];

              o->open = p;
              /* the space after the mark is the mark's */
              o->start = french ? p + len + g_utf8_skip[(guchar)data[p + len]] : p + len;
              o->ch = ch;
              o->role = role;
              o->flags = 0;
              o->french = french;
            }
        }

      p += len;
    }

  if (s.depth > 0)
    close_unclosed (&s, 0, n_bytes);

  /* Marks were emitted when they closed; order them by opening. */
  if (s.marks->len > 1)
    {
      gboolean sorted = TRUE;

      for (guint i = 1; i < s.marks->len && sorted; i++)
        if (QM_MARK_OPEN (&g_array_index (s.marks, QmMark, i - 1)) >
            QM_MARK_OPEN (&g_array_index (s.marks, QmMark, i)))
          sorted = FALSE;
      if (!sorted)
        g_array_sort (s.marks, compare_marks);
    }

  return s.marks;
}

/* qm-reanchor.c
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

#define _GNU_SOURCE
#define G_LOG_DOMAIN "qm-reanchor"

#include "config.h"

#include <string.h>

#include "qm-target-private.h"

/* Re-attaching an annotation to a text that changed since it was made.
 *
 * 1. Position: the stored span still holds the stored text (for very short
 *    quotes the context must agree too) → exact.
 * 2. Exact text elsewhere: every occurrence is scored by how much of the
 *    stored prefix and suffix surround it; the best context wins, ties go to
 *    the occurrence nearest the expected position → moved. Weak or ambiguous
 *    context on a short quote is not accepted.
 * 3. Approximate: candidates come from pieces of the quote that must occur
 *    unchanged when there are at most k errors (pigeonhole), each checked by
 *    a banded edit distance; at most MAX_FUZZY_CANDIDATES windows are
 *    examined so a large text cannot stall loading → fuzzy.
 * 4. Otherwise → orphan, with the stored target kept as it was.
 *
 * The sidecar loader gives step 2 an index of the new text (QmTextIndex), so
 * that thousands of annotations on a long text do not each search all of
 * it, and looks for a mention first where its quote's shift puts it
 * (_qm_target_reanchor_at()).
 */

#define SHORT_QUOTE          8     /* code points: below this, no fuzzy matching */
#define LONG_QUOTE           20    /* a unique exact hit this long needs no context */
#define MAX_EXACT_HITS       4096
#define MAX_FUZZY_CANDIDATES 64
#define MAX_FUZZY_LENGTH     2000  /* longer quotes are only matched exactly */
#define PLAUSIBLE_CONTEXT    0.25  /* a copy with this much of its context agreeing may be the one */

typedef struct
{
  gsize  start;
  double context;
  gsize  distance;
} Hit;

static gsize
abs_diff (gsize a,
          gsize b)
{
  return a > b ? a - b : b - a;
}

/* Code points of @stored's end that agree with the text just before @offset;
 * the text is walked as bytes from one conversion of the offset. */
static gsize
prefix_agreement (QmText     *text,
                  gsize       offset,
                  const char *stored,
                  gsize       stored_len)
{
  gsize n = MIN (stored_len, offset), i = 0, n_bytes;
  const char *data = qm_text_get_data (text, &n_bytes);
  const char *t = data + qm_text_offset_to_byte (text, offset);
  const char *p = stored + strlen (stored);

  while (i < n)
    {
      p = g_utf8_prev_char (p);
      t = g_utf8_prev_char (t);
      if (g_utf8_get_char (p) != g_utf8_get_char (t))
        break;
      i++;
    }
  return i;
}

/* Code points of @stored's start that agree with the text from @offset on. */
static gsize
suffix_agreement (QmText     *text,
                  gsize       offset,
                  const char *stored,
                  gsize       stored_len)
{
  gsize len = qm_text_get_length (text), i = 0, n_bytes;
  const char *data = qm_text_get_data (text, &n_bytes);
  const char *t = offset < len ? data + qm_text_offset_to_byte (text, offset) : NULL;
  const char *p = stored;

  while (i < stored_len && offset + i < len)
    {
      if (g_utf8_get_char (p) != g_utf8_get_char (t))
        break;
      p = g_utf8_next_char (p);
      t = g_utf8_next_char (t);
      i++;
    }
  return i;
}

/* Context counts only within the paragraph: what lies across a line break
 * changes whenever paragraphs are inserted, deleted or repeated, and would
 * make a repeated paragraph look more like the original than the original.
 */
typedef struct
{
  const char *prefix;   /* the stored prefix from its last line break */
  gsize       plen;     /* in code points */
  char       *suffix;   /* the stored suffix up to its first line break */
  gsize       slen;
} Context;

static void
context_init (Context  *ctx,
              QmTarget *self)
{
  const char *prefix = qm_target_get_prefix (self);
  const char *suffix = qm_target_get_suffix (self);
  const char *nl = strrchr (prefix, '\n');
  gsize suffix_bytes = strcspn (suffix, "\n");

  ctx->prefix = nl ? nl + 1 : prefix;
  ctx->plen = g_utf8_strlen (ctx->prefix, -1);
  ctx->suffix = g_strndup (suffix, suffix_bytes);
  ctx->slen = g_utf8_strlen (ctx->suffix, -1);
}

static void
context_clear (Context *ctx)
{
  g_clear_pointer (&ctx->suffix, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Context, context_clear)

static double
context_score (QmTarget *self,
               QmText   *text,
               gsize     start,
               gsize     end_)
{
  g_auto(Context) ctx;

  context_init (&ctx, self);
  if (ctx.plen + ctx.slen == 0)
    return 1.0;
  return (double)(prefix_agreement (text, start, ctx.prefix, ctx.plen) +
                  suffix_agreement (text, end_, ctx.suffix, ctx.slen)) /
         (double)(ctx.plen + ctx.slen);
}

/* A fuzzy match must be held on both sides: each side of the stored
 * context (within the paragraph) that has a few characters must at least
 * half agree. A match that has drifted into neighbouring text fails here.
 */
static gboolean
both_sides_hold (QmTarget *self,
                 QmText   *text,
                 gsize     start,
                 gsize     end_)
{
  g_auto(Context) ctx;
  gsize len = qm_text_get_length (text);

  context_init (&ctx, self);
  if (ctx.plen >= 4 && prefix_agreement (text, start, ctx.prefix, ctx.plen) * 2 < ctx.plen)
    return FALSE;
  if (ctx.slen >= 4 && suffix_agreement (text, end_, ctx.suffix, ctx.slen) * 2 < ctx.slen)
    return FALSE;
  /* A quote that began or ended at a paragraph break still must. */
  if (ctx.plen == 0 && start > 0 && qm_text_get_char (text, start - 1) != '\n')
    return FALSE;
  if (ctx.slen == 0 && end_ < len && qm_text_get_char (text, end_) != '\n')
    return FALSE;
  return TRUE;
}

/* How many code points of context count at all: fewer than this and the
 * context cannot tell places apart (a quote filling a whole paragraph).
 */
#define INFORMATIVE_CONTEXT 8

static gsize
context_size (QmTarget *self)
{
  g_auto(Context) ctx;

  context_init (&ctx, self);
  return ctx.plen + ctx.slen;
}

static QmTarget *
accept (QmText        *text,
        gsize          start,
        gsize          end_,
        QmAnchorState  state,
        QmAnchorState *out)
{
  *out = state;
  return qm_target_new_for_text (text, start, end_);
}

/* Where each run of INDEX_KEY bytes occurs in a text: a chain through
 * every position of a code point that shares a bucket with it, lowest
 * first. Re-attaching thousands of annotations to a long text that
 * changed looks each one's words up here instead of searching the whole
 * text for each.
 */
#define INDEX_KEY 8
#define INDEX_MAX_BYTES (32 << 20)

struct _QmTextIndex
{
  const char *data;
  gsize       n_bytes;
  guint       bits;
  gint32     *heads;   /* bucket → first position, or -1 */
  gint32     *next;    /* position → next position in its bucket, or -1 */
};

static guint
index_bucket (const char *p,
              guint       bits)
{
  guint64 key;

  memcpy (&key, p, INDEX_KEY);
  return (guint)((key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> (64 - bits));
}

/**
 * _qm_text_index_new:
 * @text: a text
 *
 * Returns: (transfer full) (nullable): an index of @text's words for
 *   re-attaching annotations, or %NULL for a text too short to need one or
 *   longer than 32 MB (whose index would take four times that)
 */
QmTextIndex *
_qm_text_index_new (QmText *text)
{
  QmTextIndex *index;
  gsize n_bytes;
  const char *data = qm_text_get_data (text, &n_bytes);

  /* four bytes a byte of text: beyond INDEX_MAX_BYTES, the search */
  if (n_bytes < INDEX_KEY || n_bytes > INDEX_MAX_BYTES)
    return NULL;
  index = g_new0 (QmTextIndex, 1);
  index->data = data;
  index->n_bytes = n_bytes;
  index->bits = 10;
  while (index->bits < 22 && ((gsize)1 << index->bits) < n_bytes / 4)
    index->bits++;
  index->heads = g_new (gint32, (gsize)1 << index->bits);
  memset (index->heads, 0xff, sizeof (gint32) << index->bits);
  index->next = g_new (gint32, n_bytes - INDEX_KEY + 1);
  /* from the end, so that each chain runs from the lowest position up */
  for (gsize i = n_bytes - INDEX_KEY + 1; i-- > 0;)
    {
      guint b;

      if (((guchar)data[i] & 0xc0) == 0x80)
        continue;
      b = index_bucket (data + i, index->bits);
      index->next[i] = index->heads[b];
      index->heads[b] = (gint32)i;
    }
  return index;
}

void
_qm_text_index_free (QmTextIndex *index)
{
  if (index == NULL)
    return;
  g_free (index->heads);
  g_free (index->next);
  g_free (index);
}

/* Returns whether the hit's context makes it plausible. */
static gboolean
add_hit (GArray   *hits,
         QmTarget *self,
         QmText   *text,
         gsize     start,
         gsize     expected)
{
  Hit h;

  h.start = start;
  h.context = context_score (self, text, h.start, h.start + qm_target_get_length (self));
  h.distance = abs_diff (h.start, expected);
  g_array_append_val (hits, h);
  return h.context >= PLAUSIBLE_CONTEXT;
}

/* Every exact occurrence of @exact, scored, in the order of the text; from
 * @index when one is given and the words are long enough for its keys. With
 * @two_plausible, it stops at the second occurrence whose context makes it
 * plausible: the caller only needs to know that there are several. */
static GArray *
exact_hits (QmTarget    *self,
            QmText      *text,
            QmTextIndex *index,
            gsize        expected,
            gboolean     two_plausible)
{
  guint plausible = 0;
  GArray *hits = g_array_new (FALSE, FALSE, sizeof (Hit));
  const char *exact = qm_target_get_exact (self);
  gsize elen = strlen (exact), n_bytes;
  const char *data = qm_text_get_data (text, &n_bytes);
  const char *p = data, *limit = data + n_bytes;

  if (index != NULL && index->data == data && elen >= INDEX_KEY)
    {
      for (gint32 i = index->heads[index_bucket (exact, index->bits)];
           i >= 0 && hits->len < MAX_EXACT_HITS && !(two_plausible && plausible >= 2); i = index->next[i])
        if ((gsize)i + elen <= n_bytes && memcmp (data + i, exact, elen) == 0)
          plausible += add_hit (hits, self, text, qm_text_byte_to_offset (text, i), expected);
      return hits;
    }

  while (p < limit && hits->len < MAX_EXACT_HITS && !(two_plausible && plausible >= 2))
    {
      const char *hit = memmem (p, limit - p, exact, elen);

      if (hit == NULL)
        break;
      plausible += add_hit (hits, self, text, qm_text_byte_to_offset (text, hit - data), expected);
      p = g_utf8_next_char (hit);
    }
  return hits;
}

static int
compare_hits (gconstpointer a,
              gconstpointer b)
{
  const Hit *ha = a, *hb = b;

  /* Context first (in steps of 1/64 so rounding noise does not decide), then distance. */
  int ca = (int)(ha->context * 64), cb = (int)(hb->context * 64);

  if (ca != cb)
    return cb - ca;
  return ha->distance < hb->distance ? -1 : ha->distance > hb->distance ? 1 : 0;
}

/* Semi-global edit distance of @pat against @win: the best substring of
 * @win. Returns the errors and sets the span in @win.
 */
static guint
best_alignment (const gunichar *pat,
                gsize           m,
                const gunichar *win,
                gsize           w,
                gsize           expected_in_win,
                gsize          *out_start,
                gsize          *out_end)
{
  g_autofree guint *prev = g_new (guint, m + 1);
  g_autofree guint *cur = g_new (guint, m + 1);
  g_autofree gsize *prev_start = g_new (gsize, m + 1);
  g_autofree gsize *cur_start = g_new (gsize, m + 1);
  guint best = G_MAXUINT;

  /* Column-wise over the window: D[i] = errors aligning pat[0..i) ending here. */
  for (gsize i = 0; i <= m; i++)
    {
      prev[i] = i;
      prev_start[i] = 0;
    }
  *out_start = *out_end = 0;
  for (gsize j = 1; j <= w; j++)
    {
      cur[0] = 0;
      cur_start[0] = j;
      for (gsize i = 1; i <= m; i++)
        {
          guint sub = prev[i - 1] + (pat[i - 1] == win[j - 1] ? 0 : 1);
          guint del = prev[i] + 1;     /* text char not in pattern */
          guint ins = cur[i - 1] + 1;  /* pattern char not in text */

          if (sub <= del && sub <= ins)
            {
              cur[i] = sub;
              cur_start[i] = prev_start[i - 1];
            }
          else if (del <= ins)
            {
              cur[i] = del;
              cur_start[i] = prev_start[i];
            }
          else
            {
              cur[i] = ins;
              cur_start[i] = cur_start[i - 1];
            }
        }
      if (cur[m] < best ||
          (cur[m] == best && abs_diff (cur_start[m], expected_in_win) < abs_diff (*out_start, expected_in_win)))
        {
          best = cur[m];
          *out_start = cur_start[m];
          *out_end = j;
        }
      {
        guint *t = prev; prev = cur; cur = t;
      }
      {
        gsize *t = prev_start; prev_start = cur_start; cur_start = t;
      }
    }
  return best;
}

static int
compare_gsize (gconstpointer a,
               gconstpointer b)
{
  gsize x = *(const gsize *)a, y = *(const gsize *)b;

  return x < y ? -1 : x > y ? 1 : 0;
}

static QmTarget *
fuzzy (QmTarget      *self,
       QmText        *text,
       gsize          expected,
       QmAnchorState *state,
       double        *context)
{
  const char *exact = qm_target_get_exact (self);
  gsize m = qm_target_get_length (self);
  gsize len = qm_text_get_length (text);
  gsize n_bytes;
  const char *data = qm_text_get_data (text, &n_bytes);
  guint k = MAX (1, m / 10);
  g_autofree gunichar *pat = NULL;
  g_autoptr(GArray) cands = g_array_new (FALSE, FALSE, sizeof (gsize));
  gsize piece = m / (k + 1);
  guint best_err = G_MAXUINT;
  gsize best_start = 0, best_end = 0;
  double best_ctx = 0;

  if (m < SHORT_QUOTE || m > MAX_FUZZY_LENGTH || piece < 3)
    return NULL;
  pat = g_utf8_to_ucs4_fast (exact, -1, NULL);

  /* Seeds: with at most k errors, one of the k + 1 pieces occurs unchanged. */
  for (guint p = 0; p <= k; p++)
    {
      gsize off = p * piece;
      gsize plen = p == k ? m - off : piece;
      const char *b0 = g_utf8_offset_to_pointer (exact, off);
      const char *b1 = g_utf8_offset_to_pointer (b0, plen);
      const char *s = data, *limit = data + n_bytes;

      while (s < limit && cands->len < 16 * MAX_FUZZY_CANDIDATES)
        {
          const char *hit = memmem (s, limit - s, b0, b1 - b0);
          gsize at;

          if (hit == NULL)
            break;
          at = qm_text_byte_to_offset (text, hit - data);
          at = at > off ? at - off : 0;
          g_array_append_val (cands, at);
          s = g_utf8_next_char (hit);
        }
    }
  if (cands->len == 0)
    return NULL;

  /* Nearest to the expected position first; windows that overlap are merged. */
  g_array_sort (cands, compare_gsize);
  {
    g_autoptr(GArray) merged = g_array_new (FALSE, FALSE, sizeof (gsize));

    for (guint i = 0; i < cands->len; i++)
      {
        gsize c = g_array_index (cands, gsize, i);

        if (merged->len == 0 || c > g_array_index (merged, gsize, merged->len - 1) + k)
          g_array_append_val (merged, c);
      }
    g_array_set_size (cands, 0);
    g_array_append_vals (cands, merged->data, merged->len);
  }
  while (cands->len > MAX_FUZZY_CANDIDATES)
    {
      /* drop the candidate farthest from the expected position */
      gsize first = g_array_index (cands, gsize, 0);
      gsize last = g_array_index (cands, gsize, cands->len - 1);

      if (abs_diff (first, expected) > abs_diff (last, expected))
        g_array_remove_index (cands, 0);
      else
        g_array_set_size (cands, cands->len - 1);
    }

  for (guint i = 0; i < cands->len; i++)
    {
      gsize c = g_array_index (cands, gsize, i);
      gsize w0 = c > k ? c - k : 0;
      gsize w1 = MIN (len, c + m + k);
      g_autofree char *slice = qm_text_dup_slice (text, w0, w1);
      g_autofree gunichar *win = g_utf8_to_ucs4_fast (slice, -1, NULL);
      gsize s, e;
      guint err = best_alignment (pat, m, win, w1 - w0, expected > w0 ? expected - w0 : 0, &s, &e);
      double ctx;

      if (err > k || e <= s || !both_sides_hold (self, text, w0 + s, w0 + e))
        continue;
      ctx = context_score (self, text, w0 + s, w0 + e);
      /* Context decides first: the same words nearby with intact
       * surroundings beat an exact copy elsewhere; then fewer errors.
       */
      if (best_err == G_MAXUINT || (int)(ctx * 64) > (int)(best_ctx * 64) ||
          ((int)(ctx * 64) == (int)(best_ctx * 64) && err < best_err))
        {
          best_err = err;
          best_start = w0 + s;
          best_end = w0 + e;
          best_ctx = ctx;
        }
    }

  /* Similar words alone are not enough: at least half of the stored
   * context must agree too. Anything weaker is an orphan, not a guess.
   */
  if (best_err == G_MAXUINT || best_ctx < 0.5)
    return NULL;
  /* Without context to confirm it, only a very close match will do. */
  if (context_size (self) < INFORMATIVE_CONTEXT && best_err * 20 > m)
    return NULL;
  *context = best_ctx;
  return accept (text, best_start, best_end, QM_ANCHOR_FUZZY, state);
}

/* Context scores closer than this count as equal: a copy of a paragraph
 * can agree with a few more characters of context than the original.
 */
#define CONTEXT_TIE 0.1

/* Approximate match in a window around @pos only. */
static QmTarget *
fuzzy_at (QmTarget      *self,
          QmText        *text,
          gsize          pos,
          QmAnchorState *state)
{
  gsize m = qm_target_get_length (self);
  gsize len = qm_text_get_length (text);
  guint k = MAX (1, m / 10);
  gsize w0 = pos > k ? pos - k : 0;
  gsize w1 = MIN (len, pos + m + k);
  g_autofree gunichar *pat = g_utf8_to_ucs4_fast (qm_target_get_exact (self), -1, NULL);
  g_autofree char *slice = NULL;
  g_autofree gunichar *win = NULL;
  gsize s, e;
  guint err;

  if (w1 <= w0)
    return NULL;
  slice = qm_text_dup_slice (text, w0, w1);
  win = g_utf8_to_ucs4_fast (slice, -1, NULL);
  err = best_alignment (pat, m, win, w1 - w0, pos - w0, &s, &e);
  if (err > k || e <= s || err == 0 || !both_sides_hold (self, text, w0 + s, w0 + e) ||
      context_score (self, text, w0 + s, w0 + e) < 0.75)
    return NULL;
  return accept (text, w0 + s, w0 + e, QM_ANCHOR_FUZZY, state);
}

QmTarget *
_qm_target_reanchor_full (QmTarget      *self,
                          QmText        *text,
                          QmTextIndex   *index,
                          gssize         predicted,
                          gsize          lower,
                          gsize          upper,
                          gboolean       defer_ambiguous,
                          QmAnchorState *state,
                          gboolean      *ambiguous)
{
  gsize m = qm_target_get_length (self);
  gsize start = qm_target_get_start (self);
  gsize expected = predicted >= 0 ? (gsize)predicted : start;
  g_autoptr(GArray) hits = NULL;
  QmTarget *found;
  double fuzzy_ctx = 0;

  *ambiguous = FALSE;
  if (m == 0)
    {
      *state = QM_ANCHOR_ORPHAN;
      return qm_target_ref (self);
    }

  /* 1. Position; a short quote must also have kept some of its context,
   * or it is a look-alike that happens to sit at the old offset.
   */
  if (qm_target_matches_text (self, text) &&
      (m >= LONG_QUOTE || context_score (self, text, start, start + m) >= 0.25))
    return accept (text, start, start + m, QM_ANCHOR_EXACT, state);

  /* 2. Exact text elsewhere */
  hits = exact_hits (self, text, index, expected, defer_ambiguous);
  if (hits->len > 0)
    {
      const Hit *best, *runner_up = NULL;
      gboolean accept_it;
      guint plausible = 0;

      g_array_sort (hits, compare_hits);
      best = &g_array_index (hits, Hit, 0);
      for (guint i = 0; i < hits->len; i++)
        if (g_array_index (hits, Hit, i).context >= PLAUSIBLE_CONTEXT)
          plausible++;
      /* Several plausible copies: the caller can look again once it knows
       * where the unambiguous neighbours went.
       */
      *ambiguous = plausible > 1;
      /* where they land does not matter until then */
      if (*ambiguous && defer_ambiguous)
        {
          *state = QM_ANCHOR_MOVED;
          return qm_target_ref (self);
        }

      if (hits->len > 1)
        {
          const Hit *chosen = NULL;

          /* Where the neighbours' shift predicts it: that copy. */
          for (guint i = 0; predicted >= 0 && i < hits->len; i++)
            {
              const Hit *h = &g_array_index (hits, Hit, i);

              if (h->start == (gsize)predicted && h->context >= 0.25)
                chosen = h;
            }
          /* Otherwise, among copies with (nearly) the best context, the
           * first one between the neighbours: a repeat comes after the
           * original and must not take its annotations.
           */
          for (guint i = 0; chosen == NULL && i < hits->len; i++)
            {
              const Hit *h = &g_array_index (hits, Hit, i);

              if (h->context + CONTEXT_TIE < best->context)
                break;
              if (h->start >= lower && h->start < upper)
                {
                  const Hit *first = NULL;

                  for (guint j = i; j < hits->len; j++)
                    {
                      const Hit *c = &g_array_index (hits, Hit, j);

                      if (c->context + CONTEXT_TIE < best->context)
                        break;
                      if (c->start >= lower && c->start < upper && (first == NULL || c->start < first->start))
                        first = c;
                    }
                  chosen = first;
                }
            }
          if (chosen != NULL)
            best = chosen;
          runner_up = &g_array_index (hits, Hit, best == &g_array_index (hits, Hit, 0) ? 1 : 0);
        }

      if (runner_up == NULL)
        accept_it = best->context >= 0.2 || m >= LONG_QUOTE;
      else if (best->start == expected && predicted >= 0)
        accept_it = best->context >= 0.25;
      else
        accept_it = best->context >= 0.5 ||
                    (best->context >= 0.2 && (best->context > runner_up->context + 0.2 ||
                                              best->context + CONTEXT_TIE >= runner_up->context));

      /* Nearly the same words at the old place, in their old surroundings
       * (a fixed typo), beat an exact copy of the old words elsewhere.
       */
      if (best->start != start && m >= SHORT_QUOTE && m <= MAX_FUZZY_LENGTH &&
          context_size (self) >= INFORMATIVE_CONTEXT &&
          start < qm_text_get_length (text) &&
          context_score (self, text, start, MIN (start + m, qm_text_get_length (text))) >= 0.5)
        {
          QmAnchorState fstate;
          QmTarget *f = fuzzy_at (self, text, start, &fstate);

          double fctx = f ? context_score (self, text, qm_target_get_start (f), qm_target_get_end (f)) : 0;

          if (f != NULL && fctx > best->context + 0.25)
            {
              *state = fstate;
              *ambiguous = FALSE;
              return f;
            }
          if (f != NULL && fctx >= best->context)
            {
              /* Changed words here, the old words there, and nothing to
               * choose between them: no anchor rather than a wrong one.
               */
              qm_target_unref (f);
              *ambiguous = FALSE;
              *state = QM_ANCHOR_ORPHAN;
              return qm_target_ref (self);
            }
          g_clear_pointer (&f, qm_target_unref);
        }

      /* The same words with imperfect context elsewhere may lose to
       * slightly changed words (a fixed typo) in their old surroundings.
       */
      if (best->context < 0.9 && context_size (self) >= INFORMATIVE_CONTEXT)
        {
          QmAnchorState fstate;
          QmTarget *f = fuzzy (self, text, expected, &fstate, &fuzzy_ctx);

          if (f != NULL && fuzzy_ctx >= 0.75 && fuzzy_ctx > best->context + 0.25)
            {
              *state = fstate;
              *ambiguous = FALSE;
              return f;
            }
          g_clear_pointer (&f, qm_target_unref);
        }

      if (accept_it)
        return accept (text, best->start, best->start + m,
                       best->start == start ? QM_ANCHOR_EXACT : QM_ANCHOR_MOVED, state);
      *state = QM_ANCHOR_ORPHAN;
      return qm_target_ref (self);
    }

  /* 3. Approximate */
  if ((found = fuzzy (self, text, expected, state, &fuzzy_ctx)) != NULL)
    return found;

  /* 4. Orphan */
  *state = QM_ANCHOR_ORPHAN;
  return qm_target_ref (self);
}

/**
 * _qm_target_reanchor_at:
 * @self: a target made on an earlier version of the text
 * @text: the current text
 * @at: where it is expected in @text
 * @state: (out): how it was attached
 *
 * Where a speaker mention or cue moved with its quote: the same words at
 * @at, all of the stored context around them agreeing, need no search of
 * the text (a short cue such as "said" occurs thousands of times in a long
 * one).
 *
 * Returns: (transfer full) (nullable): the target at @at, or %NULL when
 *   the words or their context differ there
 */
QmTarget *
_qm_target_reanchor_at (QmTarget      *self,
                        QmText        *text,
                        gsize          at,
                        QmAnchorState *state)
{
  gsize m = qm_target_get_length (self), n_bytes, b;
  const char *exact = qm_target_get_exact (self);
  const char *data = qm_text_get_data (text, &n_bytes);
  gsize elen = strlen (exact);

  if (m == 0 || at + m > qm_text_get_length (text))
    return NULL;
  b = qm_text_offset_to_byte (text, at);
  if (b + elen > n_bytes || memcmp (data + b, exact, elen) != 0 || context_score (self, text, at, at + m) < 1.0)
    return NULL;
  return accept (text, at, at + m, at == qm_target_get_start (self) ? QM_ANCHOR_EXACT : QM_ANCHOR_MOVED, state);
}

/**
 * qm_target_reanchor:
 * @self: a target made on an earlier version of the text
 * @text: the current text
 * @state: (out): how it was attached
 *
 * Finds where @self belongs in @text: at its position if the text there is
 * unchanged (%QM_ANCHOR_EXACT), else the same words elsewhere with the best
 * agreeing context (%QM_ANCHOR_MOVED), else similar words within a bounded
 * number of errors (%QM_ANCHOR_FUZZY). A weak or ambiguous match gives
 * %QM_ANCHOR_ORPHAN: no anchor is better than a wrong one.
 *
 * Returns: (transfer full): the target in @text (with fresh context), or a
 *   new reference to @self for an orphan
 */
QmTarget *
qm_target_reanchor (QmTarget      *self,
                    QmText        *text,
                    QmAnchorState *state)
{
  gboolean ambiguous;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (QM_IS_TEXT (text), NULL);
  g_return_val_if_fail (state != NULL, NULL);

  return _qm_target_reanchor_full (self, text, NULL, -1, 0, G_MAXSIZE, FALSE, state, &ambiguous);
}

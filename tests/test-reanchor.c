/* test-reanchor.c
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

/* Re-anchoring on edited copies of real articles.
 *
 * Every labelled quotation of the evaluation corpora in ../shared/eval/data
 * (or, without them, the quotations of the project's sample article) becomes
 * an annotation; the article is then edited the way articles are edited —
 * paragraphs inserted and deleted before, inside and after annotations, a
 * typo fixed inside a quote, a paragraph duplicated, a quoted sentence
 * deleted — and the sidecar is loaded against the edited text. Where each
 * annotation belongs is known from the edits, so every result is either
 * right, an orphan, or wrong.
 */

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "qm-annotation-set-private.h"
#include "qm-target-private.h"
#include "qm-sidecar.h"

typedef struct
{
  gsize start;
  gsize end;
} Span;

typedef struct
{
  char   *id;
  char   *text;
  GArray *spans;        /* Span, code points */
} Article;

typedef struct
{
  gsize       pos;       /* code points */
  gsize       del;
  const char *ins;
  gboolean    inner;     /* an edit inside a quote that the quote survives (a typo fix) */
} Edit;

typedef struct
{
  const char *name;
  guint       total;     /* annotations whose text still exists */
  guint       right;
  guint       fuzzy;
  guint       orphaned;
  guint       wrong;
  guint       deleted;
  guint       deleted_orphaned;
  guint       altered;
  guint       altered_ok;
} Tally;

static void
article_free (gpointer data)
{
  Article *a = data;

  g_free (a->id);
  g_free (a->text);
  g_array_unref (a->spans);
  g_free (a);
}

static GPtrArray *
load_corpus (const char *path,
             guint       max_articles)
{
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (article_free);
  g_autofree char *data = NULL;
  g_auto(GStrv) lines = NULL;

  if (!g_file_get_contents (path, &data, NULL, NULL))
    return NULL;
  lines = g_strsplit (data, "\n", -1);
  for (guint i = 0; lines[i] != NULL && articles->len < max_articles; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *obj;
      JsonArray *quotes;
      Article *a;
      glong len;

      if (*lines[i] == '\0' || !json_parser_load_from_data (parser, lines[i], -1, NULL))
        continue;
      obj = json_node_get_object (json_parser_get_root (parser));
      a = g_new0 (Article, 1);
      a->id = g_strdup (json_object_get_string_member (obj, "id"));
      a->text = g_strdup (json_object_get_string_member (obj, "text"));
      a->spans = g_array_new (FALSE, FALSE, sizeof (Span));
      len = g_utf8_strlen (a->text, -1);
      quotes = json_object_get_array_member (obj, "quotes");
      for (guint q = 0; q < json_array_get_length (quotes); q++)
        {
          JsonObject *qo = json_array_get_object_element (quotes, q);
          Span s = { json_object_get_int_member (qo, "start"), json_object_get_int_member (qo, "end") };

          if (s.start < s.end && (glong)s.end <= len)
            g_array_append_val (a->spans, s);
        }
      if (a->spans->len > 0)
        g_ptr_array_add (articles, a);
      else
        article_free (a);
    }
  return g_steal_pointer (&articles);
}

/* The project's own sample: every passage in double quotation marks. */
static GPtrArray *
load_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QM_DATA_DIR"), "samples", "harbour-bridge-vote.txt", NULL);
  GPtrArray *articles = g_ptr_array_new_with_free_func (article_free);
  Article *a = g_new0 (Article, 1);
  gsize open = 0, i = 0;
  gboolean in = FALSE;

  g_assert_true (g_file_get_contents (path, &a->text, NULL, NULL));
  a->id = g_strdup ("sample");
  a->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  for (const char *p = a->text; *p; p = g_utf8_next_char (p), i++)
    if (g_utf8_get_char (p) == '"' || g_utf8_get_char (p) == 0x201C || g_utf8_get_char (p) == 0x201D)
      {
        if (in && i > open + 1)
          {
            Span s = { open + 1, i };
            g_array_append_val (a->spans, s);
          }
        in = !in;
        open = i;
      }
  g_ptr_array_add (articles, a);
  return articles;
}

/* Paragraphs: maximal runs without a line break, in code points. */
static GArray *
paragraphs (const char *text)
{
  GArray *paras = g_array_new (FALSE, FALSE, sizeof (Span));
  gsize i = 0, start = 0;
  gboolean in = FALSE;

  for (const char *p = text;; p = g_utf8_next_char (p), i++)
    {
      gboolean nl = *p == '\n' || *p == '\0';

      if (!nl && !in)
        {
          start = i;
          in = TRUE;
        }
      else if (nl && in)
        {
          Span s = { start, i };
          g_array_append_val (paras, s);
          in = FALSE;
        }
      if (*p == '\0')
        break;
    }
  return paras;
}

/* Paragraph plus the line breaks after it, for deleting it whole. */
static gsize
paragraph_extent_end (const char *text,
                      gsize       end)
{
  const char *p = g_utf8_offset_to_pointer (text, end);
  gsize n = end;

  while (*p == '\n')
    {
      p++;
      n++;
    }
  return n;
}

static char *
apply_edit (const char *text,
            const Edit *e)
{
  const char *a = g_utf8_offset_to_pointer (text, e->pos);
  const char *b = g_utf8_offset_to_pointer (a, e->del);
  GString *out = g_string_new_len (text, a - text);

  g_string_append (out, e->ins);
  g_string_append (out, b);
  return g_string_free (out, FALSE);
}

typedef enum
{
  FATE_SAME,       /* text unchanged, expected at the mapped span */
  FATE_CHANGED,    /* text slightly changed inside (typo fix), expected at the mapped span */
  FATE_ALTERED,    /* a paragraph inserted into it: an orphan, or attached to the whole changed span */
  FATE_DELETED,    /* gone: must become an orphan */
} Fate;

typedef struct
{
  Span span;
  Fate fate;
} Expect;

static void
map_expect (Expect     *x,
            const Edit *e)
{
  gsize ins = g_utf8_strlen (e->ins, -1);

  if (x->fate == FATE_DELETED)
    return;
  if (x->span.end <= e->pos)
    return;
  if (x->span.start >= e->pos + e->del)
    {
      x->span.start = x->span.start + ins - e->del;
      x->span.end = x->span.end + ins - e->del;
      return;
    }
  if (e->pos >= x->span.start && e->pos + e->del <= x->span.end && (e->inner || e->pos > x->span.start))
    {
      x->span.end = x->span.end + ins - e->del;
      x->fate = e->inner ? FATE_CHANGED : FATE_ALTERED;
      return;
    }
  x->fate = FATE_DELETED;
}

static gboolean
paragraph_has_span (const Article *a,
                    const Span    *para,
                    gsize          extent_end)
{
  for (guint i = 0; i < a->spans->len; i++)
    {
      const Span *s = &g_array_index (a->spans, Span, i);

      if (s->start < extent_end && para->start < s->end)
        return TRUE;
    }
  return FALSE;
}

static gboolean
inside_a_span (const Article *a,
               gsize          pos)
{
  for (guint i = 0; i < a->spans->len; i++)
    {
      const Span *s = &g_array_index (a->spans, Span, i);

      if (s->start < pos && pos < s->end)
        return TRUE;
    }
  return FALSE;
}

static gboolean
span_within (const Span *inner,
             const Span *outer)
{
  return inner->start >= outer->start && inner->end <= outer->end;
}

/* Builds the edits of one variant; FALSE if the article does not allow it. */
static gboolean
make_edits (const char    *variant,
            const Article *a,
            const char    *foreign,
            GArray        *edits,
            GPtrArray     *keep)
{
  g_autoptr(GArray) paras = paragraphs (a->text);
  const Span *first = &g_array_index (a->spans, Span, 0);
  gsize first_start = G_MAXSIZE, last_end = 0;
  gsize len = g_utf8_strlen (a->text, -1);
  char *ins;

  for (guint i = 0; i < a->spans->len; i++)
    {
      const Span *s = &g_array_index (a->spans, Span, i);

      first_start = MIN (first_start, s->start);
      last_end = MAX (last_end, s->end);
      if (s->start < first->start)
        first = s;
    }
  if (paras->len < 2)
    return FALSE;

  if (strcmp (variant, "insert-before") == 0 || strcmp (variant, "insert-inside") == 0 ||
      strcmp (variant, "insert-after") == 0)
    {
      gsize at;

      if (variant[7] == 'b')
        {
          /* at the start of the paragraph holding the first annotation */
          at = 0;
          for (guint i = 0; i < paras->len; i++)
            if (g_array_index (paras, Span, i).start <= first_start)
              at = g_array_index (paras, Span, i).start;
          ins = g_strconcat (foreign, "\n\n", NULL);
        }
      else if (variant[7] == 'i')
        {
          /* between two paragraphs in the middle of the annotated part, not
           * into a quotation that runs over several paragraphs
           */
          guint mid = paras->len / 2;

          while (mid < paras->len && inside_a_span (a, g_array_index (paras, Span, mid).start))
            mid++;
          if (mid == paras->len)
            return FALSE;
          at = g_array_index (paras, Span, mid).start;
          ins = g_strconcat (foreign, "\n\n", NULL);
        }
      else
        {
          at = len;
          ins = g_strconcat ("\n\n", foreign, NULL);
        }
      g_ptr_array_add (keep, ins);
      g_array_append_val (edits, ((Edit) { at, 0, ins, FALSE }));
      return TRUE;
    }

  if (strcmp (variant, "delete-before") == 0 || strcmp (variant, "delete-after") == 0)
    {
      gboolean before = variant[7] == 'b';

      for (guint n = 0; n < paras->len; n++)
        {
          guint i = before ? n : paras->len - 1 - n;
          const Span *p = &g_array_index (paras, Span, i);
          gsize ext = paragraph_extent_end (a->text, p->end);

          if (paragraph_has_span (a, p, ext))
            continue;
          if (before ? p->start >= first_start : p->start < last_end)
            continue;
          g_array_append_val (edits, ((Edit) { p->start, ext - p->start, "", FALSE }));
          return TRUE;
        }
      return FALSE;
    }

  if (strcmp (variant, "delete-inside") == 0)
    {
      /* a paragraph without annotations between annotated ones */
      for (guint i = 0; i < paras->len; i++)
        {
          const Span *p = &g_array_index (paras, Span, i);
          gsize ext = paragraph_extent_end (a->text, p->end);

          if (!paragraph_has_span (a, p, ext) && p->start > first_start && ext < last_end)
            {
              g_array_append_val (edits, ((Edit) { p->start, ext - p->start, "", FALSE }));
              return TRUE;
            }
        }
      return FALSE;
    }

  if (strcmp (variant, "fix-typo") == 0)
    {
      /* change one letter in the middle of the first long annotation */
      for (guint i = 0; i < a->spans->len; i++)
        {
          const Span *s = &g_array_index (a->spans, Span, i);
          gsize mid = s->start + (s->end - s->start) / 2;
          gunichar c = g_utf8_get_char (g_utf8_offset_to_pointer (a->text, mid));

          if (s->end - s->start < 24 || !g_unichar_isalpha (c))
            continue;
          ins = g_strdup (c == 'e' ? "a" : "e");
          g_ptr_array_add (keep, ins);
          g_array_append_val (edits, ((Edit) { mid, 1, ins, TRUE }));
          return TRUE;
        }
      return FALSE;
    }

  if (strcmp (variant, "duplicate-paragraph") == 0)
    {
      /* the paragraph of the first annotation, repeated right after it */
      for (guint i = 0; i < paras->len; i++)
        {
          const Span *p = &g_array_index (paras, Span, i);

          if (span_within (first, p) && !inside_a_span (a, p->end))
            {
              char *copy = g_utf8_substring (a->text, p->start, p->end);

              ins = g_strconcat ("\n\n", copy, NULL);
              g_free (copy);
              g_ptr_array_add (keep, ins);
              g_array_append_val (edits, ((Edit) { p->end, 0, ins, FALSE }));
              return TRUE;
            }
        }
      return FALSE;
    }

  if (strcmp (variant, "delete-quote") == 0)
    {
      /* an annotation overlapping no other, whose words occur nowhere else */
      for (guint i = 0; i < a->spans->len; i++)
        {
          const Span *s = &g_array_index (a->spans, Span, i);
          g_autofree char *words = g_utf8_substring (a->text, s->start, s->end);
          const char *firsthit = strstr (a->text, words);
          gboolean alone = firsthit != NULL && strstr (firsthit + 1, words) == NULL;

          for (guint j = 0; alone && j < a->spans->len; j++)
            {
              const Span *o = &g_array_index (a->spans, Span, j);

              if (j != i && o->start < s->end && s->start < o->end)
                alone = FALSE;
            }
          if (!alone || s->end - s->start < 8)
            continue;
          g_array_append_val (edits, ((Edit) { s->start, s->end - s->start, "", FALSE }));
          return TRUE;
        }
      return FALSE;
    }

  if (strcmp (variant, "insert-into-quote") == 0)
    {
      /* a paragraph inserted into a quotation that runs over paragraphs */
      for (guint i = 1; i < paras->len; i++)
        {
          gsize at = g_array_index (paras, Span, i).start;

          if (inside_a_span (a, at))
            {
              ins = g_strconcat (foreign, "\n\n", NULL);
              g_ptr_array_add (keep, ins);
              g_array_append_val (edits, ((Edit) { at, 0, ins, FALSE }));
              return TRUE;
            }
        }
      return FALSE;
    }

  if (strcmp (variant, "mixed") == 0)
    {
      /* a paragraph duplicated after an earlier one was deleted and a later
       * one inserted: the copy must not take the annotations
       */
      if (!make_edits ("insert-after", a, foreign, edits, keep) ||
          !make_edits ("duplicate-paragraph", a, foreign, edits, keep))
        return FALSE;
      /* The deleted paragraph is not the one right before the duplicated
       * one: with that gone too, the copy would sit between the original's
       * old neighbours on both sides and nothing in the text would tell the
       * two apart.
       */
      {
        const Edit *dup = &g_array_index (edits, Edit, edits->len - 1);

        for (guint i = 0; i < paras->len; i++)
          {
            const Span *p = &g_array_index (paras, Span, i);
            gsize ext = paragraph_extent_end (a->text, p->end);
            const Span *next = i + 1 < paras->len ? &g_array_index (paras, Span, i + 1) : NULL;

            if (paragraph_has_span (a, p, ext) || p->start >= first_start || next == NULL ||
                dup->pos <= next->end)
              continue;
            g_array_append_val (edits, ((Edit) { p->start, ext - p->start, "", FALSE }));
            break;
          }
      }
      return TRUE;
    }

  g_assert_not_reached ();
}

static const char *variants[] = {
  "insert-before", "insert-inside", "insert-after", "delete-before", "delete-inside", "delete-after",
  "fix-typo", "duplicate-paragraph", "delete-quote", "insert-into-quote", "mixed",
};

/* Edits are given against the original text; applying them from the last
 * position to the first keeps the earlier positions valid.
 */
static int
compare_edits_desc (gconstpointer x,
                    gconstpointer y)
{
  const Edit *a = x, *b = y;

  return a->pos < b->pos ? 1 : a->pos > b->pos ? -1 : 0;
}

static void
run_variant (const Article *a,
             const char    *variant,
             const char    *foreign,
             Tally         *tally)
{
  g_autoptr(GArray) edits = g_array_new (FALSE, FALSE, sizeof (Edit));
  g_autoptr(GPtrArray) keep = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(QmText) old_text = NULL;
  g_autoptr(QmText) new_text = NULL;
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(QmAnnotationSet) loaded = NULL;
  g_autoptr(GBytes) xml = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) ids = g_ptr_array_new_with_free_func (g_free);
  g_autofree Expect *expect = NULL;
  g_autofree char *edited = NULL;

  if (!make_edits (variant, a, foreign, edits, keep))
    return;

  old_text = qm_text_new (a->text, -1, &error);
  g_assert_no_error (error);
  set = qm_annotation_set_new (old_text);
  expect = g_new0 (Expect, a->spans->len);
  for (guint i = 0; i < a->spans->len; i++)
    {
      const Span *s = &g_array_index (a->spans, Span, i);
      g_autoptr(QmTarget) t = qm_target_new_for_text (old_text, s->start, s->end);
      g_autoptr(QmHighlight) h = qm_highlight_new (t);

      g_assert_true (qm_annotation_set_add_annotation (set, QM_ANNOTATION (h), NULL));
      g_ptr_array_add (ids, g_strdup (qm_annotation_get_id (QM_ANNOTATION (h))));
      expect[i].span = *s;
      expect[i].fate = FATE_SAME;
    }
  xml = qm_sidecar_serialize (set, &error);
  g_assert_no_error (error);

  g_array_sort (edits, compare_edits_desc);
  edited = g_strdup (a->text);
  for (guint e = 0; e < edits->len; e++)
    {
      char *next = apply_edit (edited, &g_array_index (edits, Edit, e));

      g_free (edited);
      edited = next;
      for (guint i = 0; i < a->spans->len; i++)
        map_expect (&expect[i], &g_array_index (edits, Edit, e));
    }

  new_text = qm_text_new (edited, -1, &error);
  g_assert_no_error (error);
  loaded = qm_annotation_set_new (new_text);
  g_assert_true (qm_sidecar_read_bytes (loaded, xml, &error));
  g_assert_no_error (error);

  for (guint i = 0; i < a->spans->len; i++)
    {
      QmAnnotation *h = qm_annotation_set_lookup_annotation (loaded, g_ptr_array_index (ids, i));
      QmAnchorState state = qm_annotation_get_anchor_state (h);
      gboolean at_right_place = qm_annotation_get_start (h) == expect[i].span.start &&
                                qm_annotation_get_end (h) == expect[i].span.end;

      if (expect[i].fate == FATE_DELETED)
        {
          tally->deleted++;
          if (state == QM_ANCHOR_ORPHAN)
            tally->deleted_orphaned++;
          else
            {
              tally->wrong++;
              g_test_message ("%s %s: deleted annotation %u attached at %zu–%zu (%s)", a->id, variant, i,
                              qm_annotation_get_start (h), qm_annotation_get_end (h),
                              qm_anchor_state_to_string (state));
            }
          continue;
        }
      if (expect[i].fate == FATE_ALTERED)
        {
          gsize s0 = MAX (qm_annotation_get_start (h), expect[i].span.start);
          gsize s1 = MIN (qm_annotation_get_end (h), expect[i].span.end);
          gsize u0 = MIN (qm_annotation_get_start (h), expect[i].span.start);
          gsize u1 = MAX (qm_annotation_get_end (h), expect[i].span.end);
          /* the whole changed stretch: nearly the same span (overlap / union ≥ 0.9) */
          gboolean whole = s1 > s0 && (double)(s1 - s0) / (double)(u1 - u0) >= 0.9;

          tally->altered++;

          if (state == QM_ANCHOR_ORPHAN || whole)
            tally->altered_ok++;
          else
            {
              tally->wrong++;
              g_test_message ("%s %s: altered annotation %u (now %zu–%zu) attached at %zu–%zu (%s)", a->id,
                              variant, i, expect[i].span.start, expect[i].span.end,
                              qm_annotation_get_start (h), qm_annotation_get_end (h),
                              qm_anchor_state_to_string (state));
            }
          continue;
        }
      tally->total++;
      if (state == QM_ANCHOR_ORPHAN)
        {
          tally->orphaned++;
          g_test_message ("%s %s: annotation %u (%zu–%zu) orphaned", a->id, variant, i,
                          expect[i].span.start, expect[i].span.end);
        }
      else if (at_right_place)
        {
          tally->right++;
          if (state == QM_ANCHOR_FUZZY)
            tally->fuzzy++;
        }
      else
        {
          tally->wrong++;
          g_test_message ("%s %s: annotation %u expected at %zu–%zu, attached at %zu–%zu (%s)", a->id, variant,
                          i, expect[i].span.start, expect[i].span.end, qm_annotation_get_start (h),
                          qm_annotation_get_end (h), qm_anchor_state_to_string (state));
        }
    }
}

static void
test_edited_copies (void)
{
  const char *shared = g_getenv ("QM_SHARED_DIR");
  g_autofree char *eval_dir = shared ? g_build_filename (shared, "eval", "data", NULL) : NULL;
  g_autoptr(GPtrArray) articles = g_ptr_array_new_with_free_func (article_free);
  g_autoptr(GDir) dir = eval_dir ? g_dir_open (eval_dir, 0, NULL) : NULL;
  const char *limit_env = g_getenv ("QM_REANCHOR_MAX_ARTICLES");
  guint limit = limit_env ? (guint)g_ascii_strtoull (limit_env, NULL, 10) : G_MAXUINT;
  Tally tallies[G_N_ELEMENTS (variants)] = { 0 };
  Tally sum = { "all" };
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = NULL;
      g_autoptr(GPtrArray) corpus = NULL;

      if (!g_str_has_suffix (name, ".jsonl"))
        continue;
      path = g_build_filename (eval_dir, name, NULL);
      corpus = load_corpus (path, limit);
      g_test_message ("%s: %u articles with quotations", name, corpus ? corpus->len : 0);
      while (corpus != NULL && corpus->len > 0)
        g_ptr_array_add (articles, g_ptr_array_steal_index (corpus, 0));
    }
  if (articles->len == 0)
    {
      g_test_message ("no evaluation corpus in %s: using the project's sample article",
                      eval_dir ? eval_dir : "(unset)");
      g_ptr_array_unref (articles);
      articles = load_sample ();
    }

  for (guint i = 0; i < articles->len; i++)
    {
      const Article *a = g_ptr_array_index (articles, i);
      const Article *other = g_ptr_array_index (articles, (i + 1) % articles->len);
      g_autoptr(GArray) paras = paragraphs (other->text);
      g_autofree char *foreign = NULL;

      /* A paragraph from another article; our own words for a lone sample. */
      if (other != a && paras->len > 0)
        {
          const Span *p = &g_array_index (paras, Span, paras->len / 2);
          foreign = g_utf8_substring (other->text, p->start, p->end);
        }
      else
        foreign = g_strdup ("An editor added this paragraph later, with a sentence or two of its own.");

      for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
        {
          tallies[v].name = variants[v];
          run_variant (a, variants[v], foreign, &tallies[v]);
        }
    }

  for (guint v = 0; v < G_N_ELEMENTS (variants); v++)
    {
      const Tally *t = &tallies[v];

      g_test_message ("%-20s re-attached %u/%u (%.2f %%, %u fuzzy), orphaned %u, wrong %u, "
                      "deleted→orphan %u/%u, split quote→orphan or whole %u/%u",
                      t->name, t->right, t->total, t->total ? 100.0 * t->right / t->total : 100.0, t->fuzzy,
                      t->orphaned, t->wrong, t->deleted_orphaned, t->deleted, t->altered_ok, t->altered);
      sum.total += t->total;
      sum.right += t->right;
      sum.fuzzy += t->fuzzy;
      sum.orphaned += t->orphaned;
      sum.wrong += t->wrong;
      sum.deleted += t->deleted;
      sum.deleted_orphaned += t->deleted_orphaned;
      sum.altered += t->altered;
      sum.altered_ok += t->altered_ok;
    }
  g_test_message ("%u articles; all variants: re-attached %u/%u (%.3f %%), orphaned %u, wrong %u, "
                  "deleted→orphan %u/%u", articles->len, sum.right, sum.total,
                  100.0 * sum.right / MAX (sum.total, 1), sum.orphaned, sum.wrong, sum.deleted_orphaned, sum.deleted);

  g_assert_cmpuint (sum.total, >, 0);
  g_assert_cmpfloat ((double)sum.right / sum.total, >=, 0.99);
  g_assert_cmpuint (sum.wrong, ==, 0);
  g_assert_cmpuint (sum.deleted_orphaned, ==, sum.deleted);
  g_assert_cmpuint (sum.altered_ok, ==, sum.altered);
}

static QmText *
text_of (const char *s)
{
  return qm_text_new (s, -1, NULL);
}

/* Small cases whose answer is known by construction. */
static void
test_rules (void)
{
  g_autoptr(QmText) old = text_of ("One. She said \"we will build it\" today. Then: \"no\". End of story here.");
  g_autoptr(QmText) moved = text_of ("New intro. One. She said \"we will build it\" today. Then: \"no\". End of story here.");
  g_autoptr(QmText) typo = text_of ("One. She said \"we will bild it\" today. Then: \"no\". End of story here.");
  g_autoptr(QmText) gone = text_of ("One. She said nothing today. Then: \"no\". End of story here.");
  g_autoptr(QmText) lookalike = text_of ("Other text. \"no\" was all he said, and no more.");
  const char *s = "we will build it";
  gsize start = 15;
  g_autoptr(QmTarget) t = qm_target_new_for_text (old, start, start + strlen (s));
  g_autoptr(QmTarget) no = qm_target_new_for_text (old, 47, 49);
  QmAnchorState state;

  g_assert_cmpstr (qm_target_get_exact (t), ==, s);
  g_assert_cmpstr (qm_target_get_exact (no), ==, "no");
  {
    g_autoptr(QmTarget) r = qm_target_reanchor (t, old, &state);
    g_assert_cmpint (state, ==, QM_ANCHOR_EXACT);
    g_assert_cmpstr (qm_target_get_exact (r), ==, qm_target_get_exact (t));
  }
  {
    g_autoptr(QmTarget) r = qm_target_reanchor (t, moved, &state);
    g_assert_cmpint (state, ==, QM_ANCHOR_MOVED);
    g_assert_cmpuint (qm_target_get_start (r), ==, start + 11);
  }
  {
    g_autoptr(QmTarget) r = qm_target_reanchor (t, typo, &state);
    g_assert_cmpint (state, ==, QM_ANCHOR_FUZZY);
    g_assert_cmpuint (qm_target_get_start (r), ==, start);
    g_assert_cmpstr (qm_target_get_exact (r), ==, "we will bild it");
  }
  {
    g_autoptr(QmTarget) r = qm_target_reanchor (t, gone, &state);
    g_assert_cmpint (state, ==, QM_ANCHOR_ORPHAN);
    g_assert_true (r == t);
  }
  {
    /* a two-letter quote whose context is gone does not jump to a look-alike */
    g_autoptr(QmTarget) r = qm_target_reanchor (no, lookalike, &state);
    g_assert_cmpint (state, ==, QM_ANCHOR_ORPHAN);
    /* An orphan keeps what it had. */
    g_assert_true (r == no);
  }
}

/* The index of a text's words finds what a search of the whole text
 * finds: the same place, state and doubt for words that occur once, many
 * times (more than the hits kept), overlapping, after multibyte letters and
 * at the very end. */
static void
test_index_same_as_search (void)
{
  g_autoptr(GString) before = g_string_new (NULL);
  g_autoptr(GString) after = g_string_new ("A paragraph the editor put first, with “its own” words.\n\n");
  g_autoptr(QmText) old = NULL;
  g_autoptr(QmText) text = NULL;
  g_autoptr(QmTextIndex) index = NULL;
  static const char * const probes[] = { "“We will build it,”", "she said", "said", "aaaaaaaaaa", "Ærø and Åland",
                                         "the end of the text", "council said no" };
  guint n_compared = 0, n_moved = 0;

  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *para = g_strdup_printf ("Item %u of Ærø and Åland: “We will build it,” she said. "
                                               "The council said no. aaaaaaaaaaaaa%s\n\n", i, i % 7 ? "" : "!");

      g_string_append (before, para);
      if (i != 100)
        g_string_append (after, para);
    }
  /* more overlapping copies of a word than the hits kept */
  for (guint i = 0; i < 5000; i++)
    {
      g_string_append_c (before, 'a');
      g_string_append_c (after, 'a');
    }
  g_string_append (before, "\n\n");
  g_string_append (after, "\n\n");
  g_string_append (before, "This is the end of the text");
  g_string_append (after, "This is the end of the text");
  old = qm_text_new (before->str, -1, NULL);
  text = qm_text_new (after->str, -1, NULL);
  index = _qm_text_index_new (text);
  g_assert_nonnull (index);

  for (guint p = 0; p < G_N_ELEMENTS (probes); p++)
    for (const char *at = strstr (before->str, probes[p]); at != NULL; at = strstr (at + 131, probes[p]))
      {
        gsize start = g_utf8_pointer_to_offset (before->str, at);
        g_autoptr(QmTarget) t = qm_target_new_for_text (old, start, start + g_utf8_strlen (probes[p], -1));
        QmAnchorState s1, s2;
        gboolean a1, a2;
        g_autoptr(QmTarget) r1 = _qm_target_reanchor_full (t, text, NULL, -1, 0, G_MAXSIZE, FALSE, &s1, &a1);
        g_autoptr(QmTarget) r2 = _qm_target_reanchor_full (t, text, index, -1, 0, G_MAXSIZE, FALSE, &s2, &a2);

        g_assert_cmpint (s1, ==, s2);
        g_assert_cmpint (a1, ==, a2);
        g_assert_cmpuint (qm_target_get_start (r1), ==, qm_target_get_start (r2));
        g_assert_cmpuint (qm_target_get_end (r1), ==, qm_target_get_end (r2));
        n_compared++;
        n_moved += s2 == QM_ANCHOR_MOVED;
      }
  g_assert_cmpuint (n_compared, >, 300);
  g_assert_cmpuint (n_moved, >, 0);
}

/* A mention expected where its quote's shift puts it: found there when its
 * words and all of their context agree, else not (and searched for). */
static void
test_reanchor_at (void)
{
  g_autoptr(QmText) old = qm_text_new ("She said yes. He said no. They said maybe.", -1, NULL);
  g_autoptr(QmText) moved = qm_text_new ("First. She said yes. He said no. They said maybe.", -1, NULL);
  g_autoptr(QmText) changed = qm_text_new ("First. She said yes. He said nope. They said maybe.", -1, NULL);
  g_autoptr(QmTarget) said = qm_target_new_for_text (old, 17, 21);
  QmAnchorState state;

  g_assert_cmpstr (qm_target_get_exact (said), ==, "said");
  {
    g_autoptr(QmTarget) r = _qm_target_reanchor_at (said, moved, 24, &state);

    g_assert_nonnull (r);
    g_assert_cmpint (state, ==, QM_ANCHOR_MOVED);
    g_assert_cmpuint (qm_target_get_start (r), ==, 24);
  }
  /* another "said" is not it, nor is this one once its context changed */
  g_assert_null (_qm_target_reanchor_at (said, moved, 11, &state));
  g_assert_null (_qm_target_reanchor_at (said, changed, 24, &state));
  g_assert_null (_qm_target_reanchor_at (said, moved, 60, &state));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quotemark/reanchor/rules", test_rules);
  g_test_add_func ("/quotemark/reanchor/index-same-as-search", test_index_same_as_search);
  g_test_add_func ("/quotemark/reanchor/at-predicted-place", test_reanchor_at);
  g_test_add_func ("/quotemark/reanchor/edited-copies", test_edited_copies);
  return g_test_run ();
}

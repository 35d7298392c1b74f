/* qm-article-view.c
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

#define G_LOG_DOMAIN "quotemark"

#include "config.h"

#include <glib/gi18n.h>

#include "qm-article-view.h"
#include "qm-set-watch.h"

/* How long one idle pass of highlighting may take; the frame clock keeps
 * running between passes, so 20 000 quotes never stall the window.
 */
#define CHUNK_BUDGET_USEC 6000

typedef struct
{
  gsize         start;
  gsize         end;
  QmAnnotation *annotation;   /* owned */
  GtkTextTag   *tag;          /* the quote's or highlight's look */
  GtkTextTag   *mtag;         /* the speaker mention's, or NULL */
  gssize        ms, me;       /* speaker mention */
  gssize        cs, ce;       /* cue */
} Entry;

struct _QmArticleView
{
  GtkTextView      parent_instance;

  QmAnnotationSet *set;
  gulong           changed_id;
  GArray          *entries;      /* Entry, sorted by start */
  GArray          *pending;      /* Entry, being collected in passes, or NULL */
  guint            collect_quotes;      /* the next quote and highlight to collect */
  guint            collect_highlights;
  GHashTable      *painted;      /* the entries the buffer shows (in entries) */
  GHashTable      *index;        /* QmAnnotation → its entry's index + 1 */
  QmSetWatch      *watch;
  guint64          seen;         /* the watch's serial the entries are at */
  gulong           cursor_id;
  GHashTable      *colors;       /* person id → colour string */
  GHashTable      *tags;         /* name → GtkTextTag (owned by the table) */
  GHashTable      *looks;        /* Look → GtkTextTag of a quote (in tags) */
  GHashTable      *mentions;     /* colour (a value of colors) → GtkTextTag of a mention (in tags) */
  guint            idle_id;
  guint            next;
  guint            done : 1;
  QmAnnotation    *current;
  GtkPopover      *popover;
  gsize            popover_offset;  /* the character the popover points at */
  GtkAdjustment   *vadjustment;     /* followed while the popover is open */
  GtkTextMark     *held_start;      /* the selection shown while it is open */
  GtkTextMark     *held_end;
  /* A click (see click_event_cb()) */
  gboolean         click_pending;    /* a primary button is down, no modifiers */
  double           press_x, press_y;
  QmAnnotation    *pressed_selection;  /* whose words were selected at the press */
  guint            click_idle_id;
};

G_DEFINE_FINAL_TYPE (QmArticleView, qm_article_view, GTK_TYPE_TEXT_VIEW)

enum {
  CURRENT_CHANGED,
  HIGHLIGHTS_DONE,
  ANNOTATION_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Pairs of (light style, dark style): deep tones under dark text, light
 * tones under light text, so each stays readable at the same opacity.
 */
static const char *palette[][2] = {
  { "#1c71d8", "#62a0ea" },  /* blue */
  { "#26a269", "#57e389" },  /* green */
  { "#e66100", "#ffa348" },  /* orange */
  { "#9141ac", "#c061cb" },  /* purple */
  { "#c01c28", "#f66151" },  /* red */
  { "#1a8a8a", "#5bc8c8" },  /* teal */
  { "#986a44", "#cdab8f" },  /* brown */
  { "#c88800", "#f8e45c" },  /* yellow */
};

static gboolean
is_dark (void)
{
  return adw_style_manager_get_dark (adw_style_manager_get_default ());
}

static void
entry_clear (gpointer data)
{
  Entry *e = data;

  g_clear_object (&e->annotation);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *ea = a, *eb = b;

  if (ea->start != eb->start)
    return ea->start < eb->start ? -1 : 1;
  if (ea->end != eb->end)
    return ea->end > eb->end ? -1 : 1;   /* outer first */
  return 0;
}

/**
 * qm_article_view_get_speaker_color:
 * @self: a #QmArticleView
 * @person_id: (nullable): a person's id
 *
 * Returns: (nullable): the colour the person's quotes are shown in
 */
const char *
qm_article_view_get_speaker_color (QmArticleView *self,
                                   const char    *person_id)
{
  g_return_val_if_fail (QM_IS_ARTICLE_VIEW (self), NULL);
  if (person_id == NULL || self->colors == NULL)
    return NULL;
  return g_hash_table_lookup (self->colors, person_id);
}

static void
compute_colors (QmArticleView *self)
{
  GListModel *people = qm_annotation_set_get_people (self->set);
  gboolean dark = is_dark ();

  g_hash_table_remove_all (self->mentions);
  g_hash_table_remove_all (self->colors);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(QmPerson) person = g_list_model_get_item (people, i);
      const char *color = qm_person_get_color (person);

      if (color == NULL || *color == '\0')
        color = palette[i % G_N_ELEMENTS (palette)][dark ? 1 : 0];
      g_hash_table_insert (self->colors, g_strdup (qm_person_get_id (person)), g_strdup (color));
    }
}

static GtkTextTag *
ensure_tag (QmArticleView *self,
            const char    *name)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextTag *tag = g_hash_table_lookup (self->tags, name);

  if (tag == NULL)
    {
      tag = gtk_text_buffer_create_tag (buffer, name, NULL);
      g_hash_table_insert (self->tags, g_strdup (name), tag);
    }
  return tag;
}

/* The look of a quote: its speaker's colour, its kind and review state.
 * quote_tag() finds it for each quote on every edit, through a table keyed
 * by those three (the colour interned) instead of a tag name made with
 * printf for each of them. */
typedef struct
{
  const char *color;
  int         kind;
  int         review;
} Look;

static guint
look_hash (gconstpointer data)
{
  const Look *l = data;

  return g_direct_hash (l->color) * 31 * 31 + (guint)l->kind * 31 + (guint)l->review;
}

static gboolean
look_equal (gconstpointer a,
            gconstpointer b)
{
  const Look *x = a, *y = b;

  return x->color == y->color && x->kind == y->kind && x->review == y->review;
}

static GtkTextTag *
make_quote_tag (QmArticleView *self,
                const char    *color,
                QmQuoteKind    kind,
                QmReviewState  review,
                gboolean       dark)
{
  g_autofree char *name = NULL;
  GtkTextTag *tag;
  GdkRGBA rgba;

  name = g_strdup_printf ("quote|%s|%s|%s", color, qm_quote_kind_to_string (kind),
                          qm_review_state_to_string (review));
  if ((tag = g_hash_table_lookup (self->tags, name)) != NULL)
    return tag;

  tag = ensure_tag (self, name);
  if (!gdk_rgba_parse (&rgba, color))
    gdk_rgba_parse (&rgba, "#77767b");

  /* Kinds differ by more than colour: direct quotes get a background,
   * reported speech an underline only, mixed both, scare quotes a wavy line.
   * Unreviewed auto quotes are paler and use a dashed-looking double line.
   */
  switch (kind)
    {
    case QM_QUOTE_KIND_DIRECT:
    case QM_QUOTE_KIND_MIXED:
      {
        GdkRGBA bg = rgba;

        bg.alpha = review == QM_REVIEW_ACCEPTED ? (dark ? 0.42 : 0.30) : (dark ? 0.20 : 0.13);
        g_object_set (tag, "background-rgba", &bg, NULL);
        if (kind == QM_QUOTE_KIND_MIXED)
          g_object_set (tag, "underline", PANGO_UNDERLINE_SINGLE, "underline-rgba", &rgba, NULL);
      }
      break;
    case QM_QUOTE_KIND_INDIRECT:
      g_object_set (tag, "underline", review == QM_REVIEW_ACCEPTED ? PANGO_UNDERLINE_SINGLE
                                                                   : PANGO_UNDERLINE_DOUBLE,
                    "underline-rgba", &rgba, NULL);
      break;
    case QM_QUOTE_KIND_SCARE:
    default:
      g_object_set (tag, "underline", PANGO_UNDERLINE_ERROR, "underline-rgba", &rgba, NULL);
      break;
    }
  if (review == QM_REVIEW_UNREVIEWED)
    g_object_set (tag, "style", PANGO_STYLE_ITALIC, NULL);

  return tag;
}

static GtkTextTag *
quote_tag (QmArticleView *self,
           QmQuote       *quote)
{
  QmQuoteKind kind = qm_quote_get_kind (quote);
  QmReviewState review = qm_quote_get_review (quote);
  const char *color = qm_article_view_get_speaker_color (self, qm_quote_get_speaker_id (quote));
  gboolean dark = is_dark ();
  Look key;
  GtkTextTag *tag;

  if (review == QM_REVIEW_REJECTED)
    return ensure_tag (self, "quote-rejected");
  if (kind == QM_QUOTE_KIND_SCARE || color == NULL)
    color = dark ? "#c0bfbc" : "#5e5c64";

  key.color = g_intern_string (color);
  key.kind = kind;
  key.review = review;
  if ((tag = g_hash_table_lookup (self->looks, &key)) == NULL)
    {
      tag = make_quote_tag (self, color, kind, review, dark);
      g_hash_table_insert (self->looks, g_memdup2 (&key, sizeof key), tag);
    }
  return tag;
}


/* @color is a value of the colours' table, or NULL: its tag is found by
 * the pointer, kept until the colours are computed again. Making the tag's
 * name with printf for each of the 157 000 quotes of a 20 MB article was
 * a third of the 110 ms their entries took to collect. */
static GtkTextTag *
mention_tag (QmArticleView *self,
             const char    *color)
{
  g_autofree char *name = NULL;
  GtkTextTag *tag = g_hash_table_lookup (self->mentions, color);
  GdkRGBA rgba;

  if (tag != NULL)
    return tag;
  name = g_strdup_printf ("mention|%s", color ? color : "none");
  tag = g_hash_table_lookup (self->tags, name);
  if (tag != NULL)
    {
      g_hash_table_insert (self->mentions, (gpointer)color, tag);
      return tag;
    }
  tag = ensure_tag (self, name);
  g_hash_table_insert (self->mentions, (gpointer)color, tag);
  g_object_set (tag, "weight", PANGO_WEIGHT_BOLD, NULL);
  if (color != NULL && gdk_rgba_parse (&rgba, color))
    g_object_set (tag, "underline", PANGO_UNDERLINE_SINGLE, "underline-rgba", &rgba, NULL);
  return tag;
}

static void
setup_fixed_tags (QmArticleView *self)
{
  GtkTextTag *tag;
  GdkRGBA rgba;
  gboolean dark = is_dark ();

  tag = ensure_tag (self, "quote-rejected");
  g_object_set (tag, "strikethrough", TRUE, NULL);
  gdk_rgba_parse (&rgba, dark ? "rgba(255,255,255,0.5)" : "rgba(0,0,0,0.5)");
  g_object_set (tag, "foreground-rgba", &rgba, NULL);

  tag = ensure_tag (self, "cue");
  g_object_set (tag, "style", PANGO_STYLE_OBLIQUE, "weight", PANGO_WEIGHT_SEMIBOLD, NULL);

  tag = ensure_tag (self, "highlight");
  gdk_rgba_parse (&rgba, dark ? "rgba(248,228,92,0.35)" : "rgba(246,211,45,0.45)");
  g_object_set (tag, "background-rgba", &rgba, NULL);

  tag = ensure_tag (self, "find-match");
  gdk_rgba_parse (&rgba, dark ? "rgba(255,163,72,0.55)" : "rgba(255,163,72,0.6)");
  g_object_set (tag, "background-rgba", &rgba, NULL);
}

static void
drop_tags (QmArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GHashTableIter iter;
  gpointer value;

  g_hash_table_iter_init (&iter, self->tags);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    gtk_text_tag_table_remove (table, value);
  g_hash_table_remove_all (self->tags);
  g_hash_table_remove_all (self->mentions);
  g_hash_table_remove_all (self->looks);
}

/* Applies or removes @tag over [start, end), clamped to the buffer. */
static void
tag_span (GtkTextBuffer *buffer,
          GtkTextTag    *tag,
          gsize          start,
          gsize          end,
          gsize          length,
          gboolean       apply)
{
  GtkTextIter s, e;

  start = MIN (start, length);
  end = MIN (end, length);
  if (start >= end)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &s, (int)start);
  gtk_text_buffer_get_iter_at_offset (buffer, &e, (int)end);
  if (apply)
    gtk_text_buffer_apply_tag (buffer, tag, &s, &e);
  else
    gtk_text_buffer_remove_tag (buffer, tag, &s, &e);
}

static void update_current (QmArticleView *self);

static void
fill_entry (QmArticleView *self,
            Entry         *e)
{
  e->ms = e->me = e->cs = e->ce = -1;
  e->mtag = NULL;
  if (QM_IS_QUOTE (e->annotation))
    {
      QmQuote *quote = QM_QUOTE (e->annotation);
      QmTarget *mention = qm_quote_get_speaker_mention (quote);
      QmTarget *cue = qm_quote_get_cue (quote);

      e->tag = quote_tag (self, quote);
      if (qm_quote_get_review (quote) != QM_REVIEW_REJECTED)
        {
          if (mention != NULL)
            {
              e->mtag = mention_tag (self, qm_article_view_get_speaker_color (self, qm_quote_get_speaker_id (quote)));
              e->ms = (gssize)qm_target_get_start (mention);
              e->me = (gssize)qm_target_get_end (mention);
            }
          if (cue != NULL)
            {
              e->cs = (gssize)qm_target_get_start (cue);
              e->ce = (gssize)qm_target_get_end (cue);
            }
        }
    }
  else
    e->tag = ensure_tag (self, "highlight");
}

/* What an entry looks like, to find what an edit changed: its annotation,
 * span, tags, mention and cue. The tables of entries (painted, and the
 * fresh ones of update_highlights()) hash these fields; they hashed a
 * string of them made with printf for each of the 20 000 quotes on every
 * edit, most of the 40-90 ms an accepted quote took before its frame. */
static guint
entry_hash (gconstpointer data)
{
  const Entry *e = data;
  guint h = g_direct_hash (e->annotation);

  h = h * 31 + (guint)e->start;
  h = h * 31 + (guint)e->end;
  h = h * 31 + g_direct_hash (e->tag);
  h = h * 31 + g_direct_hash (e->mtag);
  h = h * 31 + (guint)e->ms;
  h = h * 31 + (guint)e->cs;
  return h;
}

static gboolean
entry_equal (gconstpointer a,
             gconstpointer b)
{
  const Entry *x = a, *y = b;

  return x->annotation == y->annotation && x->start == y->start && x->end == y->end &&
         x->tag == y->tag && x->mtag == y->mtag && x->ms == y->ms && x->me == y->me &&
         x->cs == y->cs && x->ce == y->ce;
}

/* The characters an entry paints: its span, its speaker mention and its
 * cue, from the first to the last. */
static void
entry_extent (const Entry *e,
              gsize       *lo,
              gsize       *hi)
{
  *lo = e->start;
  *hi = e->end;
  if (e->ms >= 0)
    {
      *lo = MIN (*lo, (gsize)e->ms);
      *hi = MAX (*hi, (gsize)e->me);
    }
  if (e->cs >= 0)
    {
      *lo = MIN (*lo, (gsize)e->cs);
      *hi = MAX (*hi, (gsize)e->ce);
    }
}

/* Paints (or unpaints) an entry: its span, its speaker mention and its cue. */
static void
tag_entry (QmArticleView *self,
           GtkTextBuffer *buffer,
           const Entry   *e,
           gsize          length,
           gboolean       apply)
{
  tag_span (buffer, e->tag, e->start, e->end, length, apply);
  if (e->mtag != NULL && e->ms >= 0)
    tag_span (buffer, e->mtag, (gsize)e->ms, (gsize)e->me, length, apply);
  if (e->cs >= 0)
    tag_span (buffer, ensure_tag (self, "cue"), (gsize)e->cs, (gsize)e->ce, length, apply);
}

static void
remember_painted (QmArticleView *self)
{
  g_hash_table_remove_all (self->painted);
  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_add (self->painted, &g_array_index (self->entries, Entry, i));
}

/* Adds the entry of the annotation at @position of @model, unless it is
 * an orphan. */
static void
add_entry (QmArticleView *self,
           GArray        *entries,
           GListModel    *model,
           guint          position)
{
  QmAnnotation *a = g_list_model_get_item (model, position);
  Entry e = { 0 };

  if (qm_annotation_get_anchor_state (a) == QM_ANCHOR_ORPHAN)
    {
      g_object_unref (a);
      return;
    }
  e.start = qm_annotation_get_start (a);
  e.end = qm_annotation_get_end (a);
  e.annotation = a;
  fill_entry (self, &e);
  g_array_append_val (entries, e);
}

/* Collects the entries of self->pending from where the last pass stopped,
 * until @deadline (0 for no limit). Returns whether all are collected. */
static gboolean
collect_some (QmArticleView *self,
              gint64         deadline)
{
  GListModel *quotes = qm_annotation_set_get_quotes (self->set);
  GListModel *highlights = qm_annotation_set_get_highlights (self->set);
  guint n_quotes = g_list_model_get_n_items (quotes);
  guint n_highlights = g_list_model_get_n_items (highlights);
  guint count = 0;

  g_assert (self->pending != NULL);

  while (self->collect_quotes < n_quotes || self->collect_highlights < n_highlights)
    {
      if (self->collect_quotes < n_quotes)
        add_entry (self, self->pending, quotes, self->collect_quotes++);
      else
        add_entry (self, self->pending, highlights, self->collect_highlights++);
      if (deadline != 0 && (++count & 63) == 0 && g_get_monotonic_time () > deadline)
        return FALSE;
    }
  return TRUE;
}

static GArray *
collect_entries (QmArticleView *self)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  GListModel *quotes, *highlights;

  g_array_set_clear_func (entries, entry_clear);
  if (self->set == NULL)
    return entries;
  quotes = qm_annotation_set_get_quotes (self->set);
  highlights = qm_annotation_set_get_highlights (self->set);
  compute_colors (self);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    add_entry (self, entries, quotes, i);
  for (guint i = 0; i < g_list_model_get_n_items (highlights); i++)
    add_entry (self, entries, highlights, i);
  g_array_sort (entries, compare_entries);
  return entries;
}

/* The entries just collected: where each annotation's is, and the edits
 * they take in. */
static void
index_entries (QmArticleView *self)
{
  g_hash_table_remove_all (self->index);
  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_insert (self->index, g_array_index (self->entries, Entry, i).annotation, GUINT_TO_POINTER (i + 1));
  self->seen = self->watch ? qm_set_watch_get_serial (self->watch) : 0;
}

/* Makes the entries collected in passes the view's, sorted and indexed. */
static void
take_pending (QmArticleView *self)
{
  g_assert (self->pending != NULL);

  g_array_sort (self->pending, compare_entries);
  g_clear_pointer (&self->entries, g_array_unref);
  self->entries = g_steal_pointer (&self->pending);
  index_entries (self);
}

/* What needs the entries in order (a click on a quote's words, a step to
 * the next quote) while they are still being collected gets them all at
 * once. */
static void
ensure_collected (QmArticleView *self)
{
  if (self->pending == NULL)
    return;
  collect_some (self, 0);
  take_pending (self);
}

static gboolean
highlight_chunk (gpointer user_data)
{
  QmArticleView *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gsize length = (gsize)gtk_text_buffer_get_char_count (buffer);
  gint64 deadline = g_get_monotonic_time () + CHUNK_BUDGET_USEC;

  /* The entries first, in passes too: collecting the 157 000 of a 20 MB
   * article took 95 ms in one go. Sorting and indexing them when all are
   * in takes a pass of its own (about 15 ms there). */
  if (self->pending != NULL)
    {
      if (collect_some (self, deadline))
        {
          take_pending (self);
          update_current (self);
        }
      return G_SOURCE_CONTINUE;
    }

  while (self->next < self->entries->len)
    {
      Entry *e = &g_array_index (self->entries, Entry, self->next);

      tag_entry (self, buffer, e, length, TRUE);
      g_hash_table_add (self->painted, e);
      self->next++;
      if ((self->next & 31) == 0 && g_get_monotonic_time () > deadline)
        return G_SOURCE_CONTINUE;
    }

  self->idle_id = 0;
  self->done = TRUE;
  g_signal_emit (self, signals[HIGHLIGHTS_DONE], 0);
  return G_SOURCE_REMOVE;
}

static void
rehighlight (QmArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter start, end;

  g_clear_handle_id (&self->idle_id, g_source_remove);
  /* Taking tags off lays the whole text out again: only when there are any. */
  if (self->entries != NULL && self->entries->len > 0)
    {
      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_all_tags (buffer, &start, &end);
    }
  g_hash_table_remove_all (self->painted);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_pointer (&self->entries, g_array_unref);
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  g_hash_table_remove_all (self->index);
  self->next = 0;
  self->done = FALSE;

  if (self->set == NULL)
    {
      self->done = TRUE;
      update_current (self);
      return;
    }

  /* The first pass runs now: a short article is collected, and the top of
   * it painted with its highlights, before the next frame; the rest of a
   * long one follows in idle passes between frames.
   */
  compute_colors (self);
  self->pending = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->pending, entry_clear);
  self->collect_quotes = self->collect_highlights = 0;
  while (highlight_chunk (self) == G_SOURCE_CONTINUE && self->pending == NULL && self->next == 0)
    ;
  if (!self->done)
    /* Between the frame clock's painting and the view's own layout work,
     * which would otherwise keep a low-priority idle waiting for seconds.
     */
    self->idle_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 1, highlight_chunk, self, NULL);
  if (self->pending == NULL)
    update_current (self);
}

static gboolean
overlaps (const Entry *e,
          gsize        start,
          gsize        end)
{
  return e->start < end && start < e->end;
}

/* Takes @e off the text and paints @fresh, what it looks like now, in
 * its place; then paints again what overlaps the words it left (entries
 * may share a tag). */
static void
repaint_entry (QmArticleView *self,
               GtkTextBuffer *buffer,
               gsize          length,
               Entry         *e,
               const Entry   *fresh)
{
  gsize lo, hi;

  entry_extent (e, &lo, &hi);
  /* out of the table of what is painted while its fields, which it is
   * hashed by, change */
  g_hash_table_remove (self->painted, e);
  tag_entry (self, buffer, e, length, FALSE);
  e->tag = fresh->tag;
  e->mtag = fresh->mtag;
  e->ms = fresh->ms;
  e->me = fresh->me;
  e->cs = fresh->cs;
  e->ce = fresh->ce;
  tag_entry (self, buffer, e, length, TRUE);
  g_hash_table_add (self->painted, e);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *other = &g_array_index (self->entries, Entry, i);

      if (other != e && (overlaps (other, lo, hi) ||
                         (other->ms >= 0 && (gsize)other->ms < hi && lo < (gsize)other->me)))
        tag_entry (self, buffer, other, length, TRUE);
    }
}

/* After an edit that moved nothing (a review, a speaker, a kind): the
 * entries of the annotations it changed, where the set's watch says it
 * changed any, instead of all 20 000 collected and compared again (40 ms
 * an edit). Returns FALSE for the edits it cannot tell: annotations
 * added, removed or moved, a person's colour. */
static gboolean
update_changed (QmArticleView *self)
{
  const char * const moving[] = { "target", "anchor-state", "color", NULL };
  const char * const looks[] = { "kind", "review", "speaker-id", "speaker-mention", "cue", NULL };
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gsize length = (gsize)gtk_text_buffer_get_char_count (buffer);
  g_autoptr(GPtrArray) moved = NULL;
  g_autoptr(GPtrArray) changed = NULL;

  if (self->watch == NULL)
    return FALSE;
  moved = qm_set_watch_dup_changed (self->watch, self->seen, moving);
  if (moved == NULL || moved->len > 0)
    return FALSE;
  changed = qm_set_watch_dup_changed (self->watch, self->seen, looks);
  for (guint i = 0; i < changed->len; i++)
    {
      guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->index, g_ptr_array_index (changed, i)));
      Entry *e, fresh;

      if (index == 0)
        continue;   /* an orphan, not shown */
      e = &g_array_index (self->entries, Entry, index - 1);
      fresh = *e;
      fill_entry (self, &fresh);
      if (!entry_equal (e, &fresh))
        repaint_entry (self, buffer, length, e, &fresh);
    }
  self->seen = qm_set_watch_get_serial (self->watch);
  return TRUE;
}

/* After an edit: take off what changed and paint what is new, without
 * touching the thousands of quotes that stayed the same.
 */
static void
update_highlights (QmArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gsize length = (gsize)gtk_text_buffer_get_char_count (buffer);
  g_autoptr(GArray) old = NULL;
  g_autoptr(GHashTable) fresh = g_hash_table_new (entry_hash, entry_equal);
  g_autoptr(GArray) cleared = g_array_new (FALSE, FALSE, sizeof (gsize));

  if (!self->done)
    {
      rehighlight (self);
      return;
    }

  if (update_changed (self))
    {
      update_current (self);
      g_signal_emit (self, signals[HIGHLIGHTS_DONE], 0);
      return;
    }

  old = g_steal_pointer (&self->entries);
  self->entries = collect_entries (self);
  index_entries (self);
  for (guint i = 0; i < self->entries->len; i++)
    g_hash_table_add (fresh, &g_array_index (self->entries, Entry, i));

  for (guint i = 0; i < old->len; i++)
    {
      Entry *e = &g_array_index (old, Entry, i);
      gsize lo, hi;

      if (g_hash_table_contains (fresh, e))
        continue;
      tag_entry (self, buffer, e, length, FALSE);
      entry_extent (e, &lo, &hi);
      g_array_append_val (cleared, lo);
      g_array_append_val (cleared, hi);
    }

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *e = &g_array_index (self->entries, Entry, i);
      gboolean repaint = !g_hash_table_contains (self->painted, e);

      /* Overlapping entries may share a tag that was just taken off. */
      for (guint j = 0; !repaint && j < cleared->len; j += 2)
        repaint = overlaps (e, g_array_index (cleared, gsize, j), g_array_index (cleared, gsize, j + 1)) ||
                  (e->ms >= 0 && (gsize)e->ms < g_array_index (cleared, gsize, j + 1) &&
                   g_array_index (cleared, gsize, j) < (gsize)e->me);
      if (repaint)
        tag_entry (self, buffer, e, length, TRUE);
    }

  self->next = self->entries->len;
  remember_painted (self);
  update_current (self);
  g_signal_emit (self, signals[HIGHLIGHTS_DONE], 0);
}

static void
dark_changed_cb (QmArticleView *self)
{
  drop_tags (self);
  setup_fixed_tags (self);
  rehighlight (self);
}

static void
set_changed_cb (QmArticleView *self)
{
  update_highlights (self);
}

/**
 * qm_article_view_set_annotation_set:
 * @self: a #QmArticleView
 * @set: (nullable): the annotations of the text in the buffer
 *
 * Shows @set over the text already in the buffer and follows its edits.
 */
void
qm_article_view_set_annotation_set (QmArticleView   *self,
                                    QmAnnotationSet *set)
{
  g_return_if_fail (QM_IS_ARTICLE_VIEW (self));

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_set_object (&self->set, set);
  g_clear_object (&self->watch);
  if (set != NULL)
    {
      self->watch = g_object_ref (qm_set_watch_get (set));
      self->changed_id = g_signal_connect_swapped (set, "changed", G_CALLBACK (set_changed_cb), self);
    }
  rehighlight (self);
}

QmAnnotationSet *
qm_article_view_get_annotation_set (QmArticleView *self)
{
  g_return_val_if_fail (QM_IS_ARTICLE_VIEW (self), NULL);
  return self->set;
}

/**
 * qm_article_view_get_highlighting_done:
 * @self: a #QmArticleView
 *
 * Returns: whether every annotation is painted
 */
gboolean
qm_article_view_get_highlighting_done (QmArticleView *self)
{
  g_return_val_if_fail (QM_IS_ARTICLE_VIEW (self), FALSE);
  return self->done;
}

guint
qm_article_view_get_n_highlighted (QmArticleView *self)
{
  g_return_val_if_fail (QM_IS_ARTICLE_VIEW (self), 0);
  return self->next;
}

/* The innermost annotation at an offset found so far; of two as long,
 * the later, as qm_article_view_get_annotation_at() picks. */
typedef struct
{
  gsize         offset;
  QmAnnotation *best;
  gsize         start;
  gsize         len;
} Closest;

static void
closer (Closest      *c,
        QmAnnotation *a,
        gsize         start,
        gsize         end)
{
  if (start <= c->offset && c->offset < end &&
      (end - start < c->len || (end - start == c->len && start > c->start)))
    {
      c->best = a;
      c->start = start;
      c->len = end - start;
    }
}

static void
closer_in_model (Closest    *c,
                 GListModel *model,
                 guint       from)
{
  for (guint i = from; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (model, i);

      if (qm_annotation_get_anchor_state (a) != QM_ANCHOR_ORPHAN)
        closer (c, a, qm_annotation_get_start (a), qm_annotation_get_end (a));
    }
}

/* While the entries are collected (the cursor set by a quote selected in
 * the list, a tooltip): the entries so far and the annotations still to
 * collect, looked through without sorting them or making their tags.
 * Collecting the rest at once for this made selecting a quote in the
 * list of a 20 MB article take 84-92 ms to paint instead of 13-19 ms; so
 * it takes 46-50 ms. */
static QmAnnotation *
annotation_at_pending (QmArticleView *self,
                       gsize          offset)
{
  Closest c = { offset, NULL, 0, G_MAXSIZE };

  for (guint i = 0; i < self->pending->len; i++)
    {
      const Entry *e = &g_array_index (self->pending, Entry, i);

      closer (&c, e->annotation, e->start, e->end);
    }
  closer_in_model (&c, qm_annotation_set_get_quotes (self->set), self->collect_quotes);
  closer_in_model (&c, qm_annotation_set_get_highlights (self->set), self->collect_highlights);
  return c.best;
}

/**
 * qm_article_view_get_annotation_at:
 * @self: a #QmArticleView
 * @offset: a character offset
 *
 * Returns: (transfer none) (nullable): the innermost quote or highlight
 *   covering @offset
 */
QmAnnotation *
qm_article_view_get_annotation_at (QmArticleView *self,
                                   gsize          offset)
{
  guint lo = 0, hi, scanned = 0;
  QmAnnotation *best = NULL;
  gsize best_len = G_MAXSIZE;

  g_return_val_if_fail (QM_IS_ARTICLE_VIEW (self), NULL);

  if (self->pending != NULL)
    return annotation_at_pending (self, offset);
  /* The first entry starting after offset. */
  hi = self->entries->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->entries, Entry, mid).start <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  for (guint i = lo; i > 0 && scanned < 256; i--, scanned++)
    {
      const Entry *e = &g_array_index (self->entries, Entry, i - 1);

      if (e->start <= offset && offset < e->end && e->end - e->start < best_len)
        {
          best = e->annotation;
          best_len = e->end - e->start;
        }
    }
  return best;
}

/**
 * qm_article_view_get_current:
 * @self: a #QmArticleView
 *
 * Returns: (transfer none) (nullable): the annotation at the cursor
 */
QmAnnotation *
qm_article_view_get_current (QmArticleView *self)
{
  g_return_val_if_fail (QM_IS_ARTICLE_VIEW (self), NULL);
  return self->current;
}

static gsize
cursor_offset (QmArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;

  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  return (gsize)gtk_text_iter_get_offset (&iter);
}

static void
update_current (QmArticleView *self)
{
  QmAnnotation *a = qm_article_view_get_annotation_at (self, cursor_offset (self));

  if (a == self->current)
    return;
  g_set_object (&self->current, a);
  g_signal_emit (self, signals[CURRENT_CHANGED], 0);
}

/**
 * qm_article_view_select_range:
 * @self: a #QmArticleView
 * @start: first character
 * @end: end, exclusive
 *
 * Selects a span and scrolls it into view.
 */
void
qm_article_view_select_range (QmArticleView *self,
                              gsize          start,
                              gsize          end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gsize length = (gsize)gtk_text_buffer_get_char_count (buffer);
  GtkTextIter s, e;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, (int)MIN (start, length));
  gtk_text_buffer_get_iter_at_offset (buffer, &e, (int)MIN (end, length));
  gtk_text_buffer_select_range (buffer, &s, &e);
  gtk_text_view_scroll_to_mark (GTK_TEXT_VIEW (self), gtk_text_buffer_get_insert (buffer),
                                0.1, TRUE, 0.0, 0.3);
}

/**
 * qm_article_view_select_annotation:
 * @self: a #QmArticleView
 * @annotation: a quote or highlight of the set
 *
 * Selects the annotation's words and scrolls them into view.
 */
void
qm_article_view_select_annotation (QmArticleView *self,
                                   QmAnnotation  *annotation)
{
  g_return_if_fail (QM_IS_ARTICLE_VIEW (self));
  g_return_if_fail (QM_IS_ANNOTATION (annotation));

  if (qm_annotation_get_anchor_state (annotation) == QM_ANCHOR_ORPHAN)
    return;
  qm_article_view_select_range (self, qm_annotation_get_start (annotation),
                                qm_annotation_get_end (annotation));
}

/**
 * qm_article_view_get_selection:
 * @self: a #QmArticleView
 * @start: (out): first selected character
 * @end: (out): end of the selection, exclusive
 *
 * Returns: whether some text is selected
 */
gboolean
qm_article_view_get_selection (QmArticleView *self,
                               gsize         *start,
                               gsize         *end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    return FALSE;
  *start = (gsize)gtk_text_iter_get_offset (&s);
  *end = (gsize)gtk_text_iter_get_offset (&e);
  return *start < *end;
}

/**
 * qm_article_view_step:
 * @self: a #QmArticleView
 * @direction: 1 for the next annotation, -1 for the previous one
 *
 * Selects the next or previous quote or highlight after the cursor. Past
 * the last one it wraps around to the first, and before the first to the
 * last, as the search of GNOME's Text Editor does.
 *
 * Returns: (transfer none) (nullable): the annotation selected
 */
QmAnnotation *
qm_article_view_step (QmArticleView *self,
                      int            direction)
{
  gsize here = cursor_offset (self);
  const Entry *found = NULL;

  g_return_val_if_fail (QM_IS_ARTICLE_VIEW (self), NULL);

  ensure_collected (self);
  if (self->current != NULL)
    here = qm_annotation_get_start (self->current);

  for (guint i = 0; i < self->entries->len; i++)
    {
      const Entry *e = &g_array_index (self->entries, Entry, direction > 0 ? i : self->entries->len - 1 - i);

      if ((direction > 0 && e->start > here) || (direction < 0 && e->start < here))
        {
          found = e;
          break;
        }
    }
  if (found == NULL && self->entries->len > 0)
    found = &g_array_index (self->entries, Entry, direction > 0 ? 0 : self->entries->len - 1);
  if (found == NULL)
    return NULL;
  qm_article_view_select_annotation (self, found->annotation);
  return found->annotation;
}

static const char *
kind_label (QmQuoteKind kind)
{
  switch (kind)
    {
    case QM_QUOTE_KIND_DIRECT: return _("Direct quotation");
    case QM_QUOTE_KIND_INDIRECT: return _("Reported speech");
    case QM_QUOTE_KIND_MIXED: return _("Mixed quotation");
    case QM_QUOTE_KIND_SCARE: return _("Scare quotes");
    default: return "";
    }
}

static const char *
review_label (QmReviewState review)
{
  switch (review)
    {
    case QM_REVIEW_UNREVIEWED: return _("not reviewed");
    case QM_REVIEW_ACCEPTED: return _("accepted");
    case QM_REVIEW_REJECTED: return _("rejected");
    default: return "";
    }
}

/**
 * qm_article_view_describe:
 * @self: a #QmArticleView
 * @annotation: a quote or highlight
 *
 * Returns: (transfer full): one line saying who, what kind, review state,
 *   tags and confidence, for tooltips and the status line
 */
char *
qm_article_view_describe (QmArticleView *self,
                          QmAnnotation  *annotation)
{
  GString *s = g_string_new (NULL);
  const char * const *tags = qm_annotation_get_tags (annotation);

  if (QM_IS_QUOTE (annotation))
    {
      QmQuote *quote = QM_QUOTE (annotation);
      const char *speaker_id = qm_quote_get_speaker_id (quote);
      QmPerson *person = speaker_id && self->set ? qm_annotation_set_lookup_person (self->set, speaker_id) : NULL;

      QmTarget *mention = qm_quote_get_speaker_mention (quote);

      /* no one of the people list: the words the attribution rests on */
      if (person != NULL)
        g_string_append (s, qm_person_get_name (person));
      else if (mention != NULL)
        g_string_append (s, qm_target_get_exact (mention));
      else
        g_string_append (s, _("Unknown speaker"));
      g_string_append_printf (s, " · %s · %s", kind_label (qm_quote_get_kind (quote)),
                              review_label (qm_quote_get_review (quote)));
      if (qm_annotation_get_origin (annotation) == QM_ORIGIN_AUTO)
        /* Translators: how sure the analyzer is, e.g. "confidence 82 %" */
        g_string_append_printf (s, _(" · confidence %d %%"),
                                (int)(qm_quote_get_confidence (quote) * 100 + 0.5));
    }
  else
    g_string_append (s, _("Highlight"));

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      QmTagCategory *cat = self->set ? qm_annotation_set_lookup_tag (self->set, tags[i]) : NULL;

      g_string_append (s, i == 0 ? _(" · Tags: ") : ", ");
      g_string_append (s, cat ? qm_tag_category_get_label (cat) : tags[i]);
    }
  if (g_list_model_get_n_items (qm_annotation_get_notes (annotation)) > 0)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (qm_annotation_get_notes (annotation), 0);

      g_string_append_printf (s, _(" · Note: %s"), qm_note_get_text (note));
    }
  return g_string_free (s, FALSE);
}

/**
 * qm_article_view_dup_tag_names_at:
 * @self: a #QmArticleView
 * @offset: a character offset
 *
 * Returns: (transfer full): the names of the text tags at @offset, joined
 *   by commas (for tests and debugging)
 */
char *
qm_article_view_dup_tag_names_at (QmArticleView *self,
                                  gsize          offset)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;
  GSList *tags;
  GString *s = g_string_new (NULL);

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int)offset);
  tags = gtk_text_iter_get_tags (&iter);
  for (GSList *l = tags; l; l = l->next)
    {
      g_autofree char *name = NULL;

      g_object_get (l->data, "name", &name, NULL);
      if (s->len > 0)
        g_string_append_c (s, ',');
      g_string_append (s, name);
    }
  g_slist_free (tags);
  return g_string_free (s, FALSE);
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip)
{
  QmArticleView *self = QM_ARTICLE_VIEW (widget);
  GtkTextIter iter;
  QmAnnotation *a;
  g_autofree char *text = NULL;
  int bx, by;

  /* The popover describes the quote already, and a tooltip would cover it. */
  if (self->popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    return FALSE;
  if (keyboard)
    a = self->current;
  else
    {
      gtk_text_view_window_to_buffer_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET, x, y, &bx, &by);
      if (!gtk_text_view_get_iter_at_location (GTK_TEXT_VIEW (self), &iter, bx, by))
        return FALSE;
      a = qm_article_view_get_annotation_at (self, (gsize)gtk_text_iter_get_offset (&iter));
    }
  if (a == NULL)
    return FALSE;
  text = qm_article_view_describe (self, a);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* The quote or highlight whose words are exactly the selection, if any. */
static QmAnnotation *
selected_annotation (QmArticleView *self)
{
  gsize start, end;
  guint lo = 0, hi;

  ensure_collected (self);
  if (self->entries == NULL || !qm_article_view_get_selection (self, &start, &end))
    return NULL;
  hi = self->entries->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (self->entries, Entry, mid).start < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < self->entries->len; i++)
    {
      const Entry *e = &g_array_index (self->entries, Entry, i);

      if (e->start != start)
        break;
      if (e->end == end)
        return e->annotation;
    }
  return NULL;
}

/* Selects words without scrolling: the user clicked where they look. */
static void
select_words (QmArticleView *self,
              QmAnnotation  *annotation)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  gsize length = (gsize)gtk_text_buffer_get_char_count (buffer);
  GtkTextIter s, e;

  gtk_text_buffer_get_iter_at_offset (buffer, &s, (int)MIN (qm_annotation_get_start (annotation), length));
  gtk_text_buffer_get_iter_at_offset (buffer, &e, (int)MIN (qm_annotation_get_end (annotation), length));
  gtk_text_buffer_select_range (buffer, &s, &e);
}

/* After the text view handled the release of a click that did not drag:
 * a click in a quote or highlight selects its words, as a click on its row
 * in the quote list does (and the list follows the cursor); a click in the
 * one whose words are selected (a second click, or a double click) opens
 * its popover, as Return does. Dragging selects text as before, and a
 * click that selected something itself (a double click on a word outside
 * a quote, Shift) is left alone. */
static gboolean
after_click (gpointer data)
{
  QmArticleView *self = data;
  g_autoptr(QmAnnotation) pressed = g_steal_pointer (&self->pressed_selection);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter s, e;
  gsize start, end;
  gboolean has_selection;
  QmAnnotation *a;

  self->click_idle_id = 0;
  has_selection = gtk_text_buffer_get_selection_bounds (buffer, &s, &e);
  start = (gsize)gtk_text_iter_get_offset (&s);
  end = (gsize)gtk_text_iter_get_offset (&e);
  if (pressed != NULL && qm_annotation_get_anchor_state (pressed) != QM_ANCHOR_ORPHAN &&
      start >= qm_annotation_get_start (pressed) && end <= qm_annotation_get_end (pressed) &&
      (has_selection || start < qm_annotation_get_end (pressed)))
    {
      select_words (self, pressed);
      g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, pressed);
      return G_SOURCE_REMOVE;
    }
  if (!has_selection && (a = qm_article_view_get_annotation_at (self, start)) != NULL)
    select_words (self, a);
  return G_SOURCE_REMOVE;
}

/* Sees the presses and releases of the primary button before the text
 * view's own gestures (which claim them, so a gesture of ours would be
 * cancelled) without taking them. */
static gboolean
click_event_cb (GtkEventControllerLegacy *controller,
                GdkEvent                 *event,
                QmArticleView            *self)
{
  GdkEventType type = gdk_event_get_event_type (event);
  QmAnnotation *pressed;
  double x, y;

  if (type != GDK_BUTTON_PRESS && type != GDK_BUTTON_RELEASE)
    return GDK_EVENT_PROPAGATE;
  if (gdk_button_event_get_button (event) != GDK_BUTTON_PRIMARY)
    {
      self->click_pending = FALSE;
      return GDK_EVENT_PROPAGATE;
    }
  gdk_event_get_position (event, &x, &y);
  if (type == GDK_BUTTON_PRESS)
    {
      /* The second press of a double click may come before the first
       * click was handled: handle it first, so that it selected the quote. */
      if (self->click_idle_id != 0)
        {
          g_clear_handle_id (&self->click_idle_id, g_source_remove);
          after_click (self);
        }
      self->click_pending = (gdk_event_get_modifier_state (event) &
                             (GDK_SHIFT_MASK | GDK_CONTROL_MASK | GDK_ALT_MASK)) == 0;
      self->press_x = x;
      self->press_y = y;
      g_clear_object (&self->pressed_selection);
      if (self->click_pending && (pressed = selected_annotation (self)) != NULL)
        self->pressed_selection = g_object_ref (pressed);
      return GDK_EVENT_PROPAGATE;
    }
  if (self->click_pending &&
      !gtk_drag_check_threshold (GTK_WIDGET (self), (int)self->press_x, (int)self->press_y, (int)x, (int)y) &&
      self->click_idle_id == 0)
    /* Before the next frame: an idle below painting waits while frames
     * follow each other (the text is still being highlighted). */
    self->click_idle_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, after_click, self, NULL);
  self->click_pending = FALSE;
  return GDK_EVENT_PROPAGATE;
}

/* While the popover is open the words that were selected when it opened
 * (the quote, after a click on it) keep the look of a selection: the
 * popover's speaker entry selects its text as it takes the focus, which
 * takes the PRIMARY selection, and the buffer then gives up its own, so
 * the quote lost its selection the moment its popover opened. A tag of the
 * focused selection's colour (Adwaita's accent at 30 %) stands in for it,
 * above every other tag, until the popover closes. (Selecting the words
 * again then was tried: a drag that starts in a selection moves its text
 * instead of selecting, so a drag over the quote after closing its popover
 * no longer selected words.) */
static void
hold_selection (QmArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextTagTable *table = gtk_text_buffer_get_tag_table (buffer);
  GtkTextTag *tag = gtk_text_tag_table_lookup (table, "qm-held-selection");
  GtkTextIter s, e;

  if (!gtk_text_buffer_get_selection_bounds (buffer, &s, &e))
    return;
  if (tag == NULL)
    {
      GdkRGBA rgba = { 0x35 / 255., 0x84 / 255., 0xe4 / 255., 0.3 };

      tag = gtk_text_buffer_create_tag (buffer, "qm-held-selection", "background-rgba", &rgba, NULL);
    }
  gtk_text_tag_set_priority (tag, gtk_text_tag_table_get_size (table) - 1);
  gtk_text_buffer_apply_tag (buffer, tag, &s, &e);
  self->held_start = g_object_ref (gtk_text_buffer_create_mark (buffer, NULL, &s, TRUE));
  self->held_end = g_object_ref (gtk_text_buffer_create_mark (buffer, NULL, &e, FALSE));
}

static void
release_selection (QmArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "qm-held-selection");
  GtkTextIter s, e;

  if (self->held_start == NULL)
    return;
  /* (not when another article came into the view meanwhile) */
  if (gtk_text_mark_get_buffer (self->held_start) == buffer &&
      gtk_text_mark_get_buffer (self->held_end) == buffer)
    {
      gtk_text_buffer_get_iter_at_mark (buffer, &s, self->held_start);
      gtk_text_buffer_get_iter_at_mark (buffer, &e, self->held_end);
      if (tag != NULL)
        gtk_text_buffer_remove_tag (buffer, tag, &s, &e);
      gtk_text_buffer_delete_mark (buffer, self->held_start);
      gtk_text_buffer_delete_mark (buffer, self->held_end);
    }
  g_clear_object (&self->held_start);
  g_clear_object (&self->held_end);
}

/**
 * qm_article_view_set_popover:
 * @self: a #QmArticleView
 * @popover: the popover that edits annotations in this view
 *
 * Makes @popover a child of the view; do this before the view is shown.
 */
void
qm_article_view_set_popover (QmArticleView *self,
                             GtkPopover    *popover)
{
  g_return_if_fail (QM_IS_ARTICLE_VIEW (self));

  if (self->popover == popover)
    return;
  if (self->popover != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->popover, gtk_widget_trigger_tooltip_query, self);
      g_signal_handlers_disconnect_by_func (self->popover, release_selection, self);
      release_selection (self);
      gtk_widget_unparent (GTK_WIDGET (self->popover));
    }
  self->popover = popover;
  gtk_widget_set_parent (GTK_WIDGET (popover), GTK_WIDGET (self));
  /* A tooltip showing when the popover opens goes away. */
  g_signal_connect_object (popover, "notify::visible", G_CALLBACK (gtk_widget_trigger_tooltip_query),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (popover, "closed", G_CALLBACK (release_selection), self, G_CONNECT_SWAPPED);
}

/* Points the popover at its character where the text shows it now: the
 * view may scroll to that character only after the popover opened. */
static void
point_popover (QmArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));
  GtkTextIter iter;
  GdkRectangle rect, old;

  gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int)self->popover_offset);
  gtk_text_view_get_iter_location (GTK_TEXT_VIEW (self), &iter, &rect);
  gtk_text_view_buffer_to_window_coords (GTK_TEXT_VIEW (self), GTK_TEXT_WINDOW_WIDGET,
                                         rect.x, rect.y, &rect.x, &rect.y);
  rect.width = MAX (rect.width, 1);
  /* Until the view has scrolled there, point at its nearest edge: a popover
   * pointing outside the window may land outside every monitor. */
  rect.x = CLAMP (rect.x, 0, MAX (0, gtk_widget_get_width (GTK_WIDGET (self)) - rect.width));
  rect.y = CLAMP (rect.y, 0, MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - rect.height));
  if (!gtk_popover_get_pointing_to (self->popover, &old) || !gdk_rectangle_equal (&old, &rect))
    gtk_popover_set_pointing_to (self->popover, &rect);
}

static void
scrolled_cb (QmArticleView *self)
{
  if (self->popover != NULL && gtk_widget_get_visible (GTK_WIDGET (self->popover)))
    point_popover (self);
}

static void
vadjustment_changed_cb (QmArticleView *self)
{
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (self));

  if (self->vadjustment == adjustment)
    return;
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, scrolled_cb, self);
  g_set_object (&self->vadjustment, adjustment);
  if (adjustment != NULL)
    g_signal_connect_swapped (adjustment, "value-changed", G_CALLBACK (scrolled_cb), self);
}

/**
 * qm_article_view_show_popover:
 * @self: a #QmArticleView
 * @popover: a popover to show
 * @offset: the character it points at
 */
void
qm_article_view_show_popover (QmArticleView *self,
                              GtkPopover    *popover,
                              gsize          offset)
{
  g_return_if_fail (QM_IS_ARTICLE_VIEW (self));

  qm_article_view_set_popover (self, popover);
  release_selection (self);
  hold_selection (self);
  self->popover_offset = offset;
  point_popover (self);
  gtk_popover_popup (popover);
}

static void
qm_article_view_size_allocate (GtkWidget *widget,
                               int        width,
                               int        height,
                               int        baseline)
{
  QmArticleView *self = QM_ARTICLE_VIEW (widget);

  GTK_WIDGET_CLASS (qm_article_view_parent_class)->size_allocate (widget, width, height, baseline);
  if (self->popover != NULL)
    {
      if (gtk_widget_get_visible (GTK_WIDGET (self->popover)))
        point_popover (self);
      gtk_popover_present (self->popover);
    }
}

static void
qm_article_view_dispose (GObject *object)
{
  QmArticleView *self = QM_ARTICLE_VIEW (object);

  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_handle_id (&self->click_idle_id, g_source_remove);
  g_clear_pointer (&self->pending, g_array_unref);
  g_clear_object (&self->pressed_selection);
  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_clear_object (&self->set);
  g_clear_object (&self->watch);
  g_clear_object (&self->current);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, scrolled_cb, self);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->held_start);
  g_clear_object (&self->held_end);
  if (self->popover != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->popover, gtk_widget_trigger_tooltip_query, self);
      g_signal_handlers_disconnect_by_func (self->popover, release_selection, self);
      gtk_widget_unparent (GTK_WIDGET (self->popover));
      self->popover = NULL;
    }

  G_OBJECT_CLASS (qm_article_view_parent_class)->dispose (object);
}

static void
qm_article_view_finalize (GObject *object)
{
  QmArticleView *self = QM_ARTICLE_VIEW (object);

  g_clear_pointer (&self->entries, g_array_unref);
  g_clear_pointer (&self->painted, g_hash_table_unref);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_pointer (&self->colors, g_hash_table_unref);
  g_clear_pointer (&self->tags, g_hash_table_unref);
  g_clear_pointer (&self->looks, g_hash_table_unref);
  g_clear_pointer (&self->mentions, g_hash_table_unref);

  G_OBJECT_CLASS (qm_article_view_parent_class)->finalize (object);
}

static void
qm_article_view_class_init (QmArticleViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qm_article_view_dispose;
  object_class->finalize = qm_article_view_finalize;
  widget_class->size_allocate = qm_article_view_size_allocate;

  /**
   * QmArticleView::current-changed:
   *
   * The quote or highlight under the cursor changed.
   */
  signals[CURRENT_CHANGED] = g_signal_new ("current-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /**
   * QmArticleView::highlights-done:
   *
   * Every annotation is painted.
   */
  signals[HIGHLIGHTS_DONE] = g_signal_new ("highlights-done", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 0);
  /**
   * QmArticleView::annotation-activated:
   * @annotation: the quote or highlight
   *
   * The user clicked a quote or highlight whose words were selected (a
   * second click, or a double click): its popover should open.
   */
  signals[ANNOTATION_ACTIVATED] = g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (klass),
                                                G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                                G_TYPE_NONE, 1, QM_TYPE_ANNOTATION);

  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TEXT_BOX);
}

static void
qm_article_view_init (QmArticleView *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self));

  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, entry_clear);
  self->painted = g_hash_table_new (entry_hash, entry_equal);
  self->index = g_hash_table_new (NULL, NULL);
  self->colors = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  self->tags = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->looks = g_hash_table_new_full (look_hash, look_equal, g_free, NULL);
  self->mentions = g_hash_table_new (NULL, NULL);
  self->done = TRUE;

  setup_fixed_tags (self);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  {
    GtkEventController *clicks = gtk_event_controller_legacy_new ();

    gtk_event_controller_set_propagation_phase (clicks, GTK_PHASE_CAPTURE);
    g_signal_connect (clicks, "event", G_CALLBACK (click_event_cb), self);
    gtk_widget_add_controller (GTK_WIDGET (self), clicks);
  }
  g_signal_connect (self, "notify::vadjustment", G_CALLBACK (vadjustment_changed_cb), NULL);
  self->cursor_id = g_signal_connect_swapped (buffer, "notify::cursor-position", G_CALLBACK (update_current), self);
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (dark_changed_cb), self, G_CONNECT_SWAPPED);
}

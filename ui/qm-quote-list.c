/* qm-quote-list.c
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

#include <string.h>

#include "qm-list-focus.h"
#include "qm-quote-list.h"
#include "qm-set-watch.h"

/* What the filter menu offers, in this order. */
enum {
  MODE_ALL,
  MODE_UNREVIEWED,
  MODE_ACCEPTED,
  MODE_REJECTED,
  MODE_DIRECT,
  MODE_INDIRECT,
  MODE_MIXED,
  MODE_SCARE,
  MODE_TAGGED,
  MODE_NO_SPEAKER,
};

struct _QmQuoteList
{
  GtkBox              parent_instance;

  QmAnnotationSet    *set;
  gulong              changed_id;
  GtkSearchEntry     *search;
  GtkDropDown        *mode;
  GtkDropDown        *group_mode;
  GListStore         *grouped;     /* header rows (GtkStringObject) and quotes */
  GHashTable         *twins;       /* QmQuote → stand-in row for its repeats */
  guint               regroup_id;
  GArray             *keys;        /* GroupKey of each filtered quote at the last regroup(), or NULL */
  GHashTable         *key_index;   /* QmQuote → its key's index + 1, with the keys */
  QmSetWatch         *watch;
  guint64             keys_seen;   /* the watch's serial the keys are known to hold at */
  char               *tag_labels;  /* the tag sets' ids and labels then (grouped by tag) */
  guint               n_regroups;  /* for tests */
  GtkListView        *list_view;
  GtkLabel           *count_label;
  GtkStack           *stack;       /* the list, or the empty state without quotes */
  GtkCustomFilter    *filter;
  GHashTable         *matches;     /* QmQuote (held) → whether it passes, or NULL */
  GHashTable         *matching;    /* the same being filled by filter_chunk_cb() */
  guint               filter_id;
  guint               filter_next; /* the next quote of the set it looks at */
  guint64             filter_seen; /* the watch's serial the matches are known to hold at */
  GtkFilterListModel *filtered;
  GtkMultiSelection  *selection;
  GHashTable         *bound;       /* GtkListItem set */
  char               *needle;
  char               *speaker_id;    /* only this speaker's quotes, or NULL */
  char               *speaker_name;
  QmColorFunc         color_func;
  gpointer            color_data;
  gboolean            syncing;
};

G_DEFINE_FINAL_TYPE (QmQuoteList, qm_quote_list, GTK_TYPE_BOX)

enum {
  QUOTE_SELECTED,
  QUOTE_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * qm_quote_list_row_quote:
 * @row: (nullable): an item of the list view's model
 *
 * The grouped list shows a quote with several tags under each of them; as a
 * list view cannot hold one item twice, the later rows hold a stand-in.
 *
 * Returns: (transfer none) (nullable): the quote a row shows, or %NULL for a
 *   heading
 */
QmQuote *
qm_quote_list_row_quote (gpointer row)
{
  if (QM_IS_QUOTE (row))
    return row;
  if (G_IS_OBJECT (row))
    return g_object_get_data (row, "qm-quote");
  return NULL;
}

static GListModel *
shown_model (QmQuoteList *self)
{
  if (gtk_drop_down_get_selected (self->group_mode) == QM_QUOTE_GROUP_NONE)
    return G_LIST_MODEL (self->filtered);
  return G_LIST_MODEL (self->grouped);
}

static const char *
person_name (QmQuoteList *self,
             QmQuote     *quote)
{
  const char *id = qm_quote_get_speaker_id (quote);
  QmPerson *person = id && self->set ? qm_annotation_set_lookup_person (self->set, id) : NULL;

  return person ? qm_person_get_name (person) : NULL;
}

static char *
tag_labels (QmQuoteList  *self,
            QmAnnotation *a)
{
  const char * const *tags = qm_annotation_get_tags (a);
  GString *s = g_string_new (NULL);

  for (guint i = 0; tags && tags[i]; i++)
    {
      QmTagCategory *cat = self->set ? qm_annotation_set_lookup_tag (self->set, tags[i]) : NULL;

      if (s->len)
        g_string_append (s, ", ");
      g_string_append (s, cat ? qm_tag_category_get_label (cat) : tags[i]);
    }
  return g_string_free (s, FALSE);
}

static gboolean
contains_folded (const char *haystack,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (haystack == NULL)
    return FALSE;
  folded = g_utf8_casefold (haystack, -1);
  return strstr (folded, needle) != NULL;
}

/* Whether @quote passes the filter mode, the speaker and the search. */
static gboolean
quote_matches (QmQuoteList *self,
               QmQuote     *quote)
{
  guint mode = gtk_drop_down_get_selected (self->mode);

  switch (mode)
    {
    case MODE_UNREVIEWED: if (qm_quote_get_review (quote) != QM_REVIEW_UNREVIEWED) return FALSE; break;
    case MODE_ACCEPTED: if (qm_quote_get_review (quote) != QM_REVIEW_ACCEPTED) return FALSE; break;
    case MODE_REJECTED: if (qm_quote_get_review (quote) != QM_REVIEW_REJECTED) return FALSE; break;
    case MODE_DIRECT: if (qm_quote_get_kind (quote) != QM_QUOTE_KIND_DIRECT) return FALSE; break;
    case MODE_INDIRECT: if (qm_quote_get_kind (quote) != QM_QUOTE_KIND_INDIRECT) return FALSE; break;
    case MODE_MIXED: if (qm_quote_get_kind (quote) != QM_QUOTE_KIND_MIXED) return FALSE; break;
    case MODE_SCARE: if (qm_quote_get_kind (quote) != QM_QUOTE_KIND_SCARE) return FALSE; break;
    case MODE_TAGGED:
      {
        const char * const *tags = qm_annotation_get_tags (QM_ANNOTATION (quote));

        if (tags == NULL || tags[0] == NULL)
          return FALSE;
      }
      break;
    case MODE_NO_SPEAKER: if (person_name (self, quote) != NULL) return FALSE; break;
    default: break;
    }

  if (self->speaker_id != NULL)
    return g_strcmp0 (qm_quote_get_speaker_id (quote), self->speaker_id) == 0;

  if (self->needle != NULL && *self->needle != '\0')
    {
      QmTarget *target = qm_annotation_get_target (QM_ANNOTATION (quote));
      g_autofree char *tags = tag_labels (self, QM_ANNOTATION (quote));

      return contains_folded (qm_target_get_exact (target), self->needle) ||
             contains_folded (person_name (self, quote), self->needle) ||
             contains_folded (tags, self->needle);
    }
  return TRUE;
}

/* The filter model asks about each quote, at once: what the passes of
 * filter_chunk_cb() found, else (a quote made since) the quote itself. */
static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  QmQuoteList *self = user_data;
  gpointer found;

  if (self->matches != NULL && g_hash_table_lookup_extended (self->matches, item, NULL, &found))
    return GPOINTER_TO_INT (found);
  /* a quote made while the passes run comes with them */
  if (self->filter_id != 0)
    return FALSE;
  return quote_matches (self, item);
}

static void
update_count (QmQuoteList *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = self->set ? g_list_model_get_n_items (qm_annotation_set_get_quotes (self->set)) : 0;
  gboolean pending = self->filtered != NULL && qm_quote_list_get_filling (self);
  g_autofree char *text = NULL;

  /* While a long list fills over several frames (for many seconds while a
   * 20 MB article is highlighted) "0 of 152,483 quotes shown" said a filter
   * had left them all out. */
  if (pending)
    /* Translators: while a long list of quotes is being filled */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Listing %'u quote…", "Listing %'u quotes…", total),
                            total);
  else if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u quote", "%'u quotes", total), total);
  else
    /* Translators: "3 of 12 quotes shown" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u quote shown", "%'u of %'u quotes shown", total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);
  /* Without quotes, searching and filtering make no sense: say how to make one instead
   * (but not while the quotes are still being found, before the set comes). */
  if (self->stack != NULL)
    gtk_stack_set_visible_child_name (self->stack, self->set == NULL || total > 0 ? "list" : "empty");
}

/* Whether the filter lets every quote through: no filter mode, search or
 * speaker. */
static gboolean
filter_is_all (QmQuoteList *self)
{
  return gtk_drop_down_get_selected (self->mode) == MODE_ALL && self->speaker_id == NULL &&
         (self->needle == NULL || *self->needle == '\0');
}

/* The filter model takes what the passes found, in one go: it asks
 * filter_func() about each quote, a table lookup. */
static void
apply_matches (QmQuoteList *self)
{
  if (gtk_filter_list_model_get_filter (self->filtered) == NULL)
    gtk_filter_list_model_set_filter (self->filtered, GTK_FILTER (self->filter));
  else
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
}

/* How long one pass of filtering may take: a search looks at about 140 000
 * quotes a second (case-folding their words, speaker and tags). */
#define FILTER_BUDGET_USEC 8000

static gboolean
filter_chunk_cb (gpointer data)
{
  QmQuoteList *self = data;
  GListModel *quotes = qm_annotation_set_get_quotes (self->set);
  guint n = g_list_model_get_n_items (quotes);
  gint64 deadline = g_get_monotonic_time () + FILTER_BUDGET_USEC;

  while (self->filter_next < n)
    {
      QmQuote *quote = g_list_model_get_item (quotes, self->filter_next++);

      g_hash_table_insert (self->matching, quote, GINT_TO_POINTER (quote_matches (self, quote)));
      if ((self->filter_next & 63) == 0 && g_get_monotonic_time () > deadline)
        return G_SOURCE_CONTINUE;
    }
  self->filter_id = 0;
  g_clear_pointer (&self->matches, g_hash_table_unref);
  self->matches = g_steal_pointer (&self->matching);
  apply_matches (self);
  return G_SOURCE_REMOVE;
}

static void
stop_filtering (QmQuoteList *self)
{
  g_clear_handle_id (&self->filter_id, g_source_remove);
  g_clear_pointer (&self->matching, g_hash_table_unref);
}

/* Without a filter the list model holds the set's quotes as they are, all
 * at once. It had a GtkCustomFilter, which may leave any quote out, so the
 * filter model asked it about each quote, 512 in each idle pass, below
 * the text view's highlighting and its layout of the text, and the list of
 * a 20 MB article (157 000 quotes) filled 27 s after opening, 17 s after
 * the highlights. A filter or a search goes through the quotes in passes
 * of 8 ms just below painting, as the highlighting does, then the list
 * takes what they found in one go; meanwhile it shows what it showed. */
static void
refilter (QmQuoteList *self)
{
  stop_filtering (self);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  if (filter_is_all (self) || self->set == NULL)
    gtk_filter_list_model_set_filter (self->filtered, filter_is_all (self) ? NULL : GTK_FILTER (self->filter));
  else
    {
      self->matching = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
      self->filter_next = 0;
      self->filter_seen = self->watch ? qm_set_watch_get_serial (self->watch) : 0;
      /* a few thousand quotes at once, as the list was filtered before */
      if (g_list_model_get_n_items (qm_annotation_set_get_quotes (self->set)) <= 2000)
        while (filter_chunk_cb (self) == G_SOURCE_CONTINUE)
          ;
      else
        self->filter_id = g_idle_add_full (GDK_PRIORITY_REDRAW + 1, filter_chunk_cb, self, NULL);
    }
  update_count (self);
}

/* After an edit, while filtered: the quotes the edit changed are looked at
 * again, or all of them when it may have changed any (quotes made or
 * removed, a person renamed, a tag relabelled). */
static void
refilter_changed (QmQuoteList *self)
{
  const char * const watched[] = { "target", "tags", "kind", "speaker-id", "review", "name", "label", NULL };
  g_autoptr(GPtrArray) changed = NULL;

  if (filter_is_all (self))
    return;
  if (self->filter_id != 0 || self->matches == NULL || self->watch == NULL)
    {
      refilter (self);
      return;
    }
  changed = qm_set_watch_dup_changed (self->watch, self->filter_seen, watched);
  for (guint i = 0; changed != NULL && i < changed->len; i++)
    if (!QM_IS_QUOTE (g_ptr_array_index (changed, i)))
      g_clear_pointer (&changed, g_ptr_array_unref);
  if (changed == NULL)
    {
      refilter (self);
      return;
    }
  self->filter_seen = qm_set_watch_get_serial (self->watch);
  if (changed->len == 0)
    return;
  for (guint i = 0; i < changed->len; i++)
    {
      QmQuote *quote = g_ptr_array_index (changed, i);

      g_hash_table_insert (self->matches, g_object_ref (quote), GINT_TO_POINTER (quote_matches (self, quote)));
    }
  apply_matches (self);
}

static const char *
kind_short (QmQuoteKind kind)
{
  switch (kind)
    {
    case QM_QUOTE_KIND_DIRECT: return C_("quote kind", "Direct");
    case QM_QUOTE_KIND_INDIRECT: return C_("quote kind", "Reported");
    case QM_QUOTE_KIND_MIXED: return C_("quote kind", "Mixed");
    case QM_QUOTE_KIND_SCARE: return C_("quote kind", "Scare quotes");
    default: return "";
    }
}

/* Each edit fills every row in view again, so that a row shows its quote's
 * new state; a label given the text it has, a style class taken away and
 * put back, the same markup parsed again or the same accessible label made
 * each row lay out or restyle again, on every key that reviewed a quote.
 * These change a row only where it changed. */
static void
set_label_if_changed (GtkLabel   *label,
                      const char *text,
                      gboolean    markup)
{
  if (gtk_label_get_use_markup (label) == markup && g_strcmp0 (gtk_label_get_label (label), text) == 0)
    return;
  if (markup)
    gtk_label_set_markup (label, text);
  else
    {
      gtk_label_set_use_markup (label, FALSE);
      gtk_label_set_label (label, text);
    }
}

static void
set_state_class (GtkWidget  *widget,
                 const char *css)
{
  const char *classes[] = { "success", "error", "accent" };

  for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
    if (g_strcmp0 (classes[i], css) != 0 && gtk_widget_has_css_class (widget, classes[i]))
      gtk_widget_remove_css_class (widget, classes[i]);
  if (css != NULL && !gtk_widget_has_css_class (widget, css))
    gtk_widget_add_css_class (widget, css);
}

static void
set_accessible_label_if_changed (GtkWidget  *widget,
                                 const char *text)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "qm-accessible-label"), text) == 0)
    return;
  g_object_set_data_full (G_OBJECT (widget), "qm-accessible-label", g_strdup (text), g_free);
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, text, -1);
}

static void
update_header (GtkListItem     *item,
               GtkWidget       *cell,
               GtkStringObject *header)
{
  GtkLabel *label = g_object_get_data (G_OBJECT (cell), "header-label");
  GtkLabel *count = g_object_get_data (G_OBJECT (cell), "header-count");
  guint n = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (header), "qm-count"));
  g_autofree char *n_text = g_strdup_printf ("%'u", n);
  g_autofree char *accessible = NULL;

  gtk_widget_set_visible (g_object_get_data (G_OBJECT (cell), "header"), TRUE);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (cell), "row"), FALSE);
  gtk_list_item_set_selectable (item, FALSE);
  gtk_list_item_set_activatable (item, FALSE);
  set_label_if_changed (label, gtk_string_object_get_string (header), FALSE);
  set_label_if_changed (count, n_text, FALSE);
  /* Translators: a group heading in the quote list, e.g. "Anna Berg: 12 quotes" */
  accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s: %'u quote", "%s: %'u quotes", n),
                                gtk_string_object_get_string (header), n);
  set_accessible_label_if_changed (gtk_widget_get_parent (cell) ? gtk_widget_get_parent (cell) : cell, accessible);
}

static void
update_row (QmQuoteList *self,
            GtkListItem *item)
{
  GObject *object = gtk_list_item_get_item (item);
  QmQuote *quote = qm_quote_list_row_quote (object);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkLabel *dot = g_object_get_data (G_OBJECT (row), "dot");
  GtkLabel *speaker = g_object_get_data (G_OBJECT (row), "speaker");
  GtkLabel *kind = g_object_get_data (G_OBJECT (row), "kind");
  GtkLabel *state = g_object_get_data (G_OBJECT (row), "state");
  GtkLabel *note = g_object_get_data (G_OBJECT (row), "note");
  GtkLabel *words = g_object_get_data (G_OBJECT (row), "words");
  GtkLabel *tags = g_object_get_data (G_OBJECT (row), "tags");
  const char *name, *color = NULL, *state_text, *state_class, *who;
  g_autofree char *dot_markup = NULL;
  g_autofree char *tag_text = NULL;
  g_autofree char *accessible = NULL;
  g_autofree char *flat = NULL;
  g_autofree char *mention = NULL;

  if (row == NULL)
    return;
  if (GTK_IS_STRING_OBJECT (object))
    {
      update_header (item, row, GTK_STRING_OBJECT (object));
      return;
    }
  if (quote == NULL)
    return;
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "header"), FALSE);
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "row"), TRUE);
  gtk_list_item_set_selectable (item, TRUE);
  gtk_list_item_set_activatable (item, TRUE);

  name = person_name (self, quote);
  if (self->color_func != NULL)
    color = self->color_func (self->color_data, qm_quote_get_speaker_id (quote));
  dot_markup = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>", color ? color : "#77767b");
  set_label_if_changed (dot, dot_markup, TRUE);
  /* no one of the people list: the words the attribution rests on, if any
   * ("A young pianist told me …"), in italics */
  if (name == NULL && qm_quote_get_speaker_mention (quote) != NULL)
    {
      g_autofree char *markup = NULL;

      mention = g_strdup (qm_target_get_exact (qm_quote_get_speaker_mention (quote)));
      g_strdelimit (mention, "\r\n\t", ' ');
      markup = g_markup_printf_escaped ("<i>%s</i>", mention);
      set_label_if_changed (speaker, markup, TRUE);
    }
  else
    set_label_if_changed (speaker, name ? name : _("Unknown speaker"), FALSE);
  set_label_if_changed (kind, kind_short (qm_quote_get_kind (quote)), FALSE);

  switch (qm_quote_get_review (quote))
    {
    case QM_REVIEW_ACCEPTED:
      state_text = _("Accepted");
      state_class = "success";
      break;
    case QM_REVIEW_REJECTED:
      state_text = _("Rejected");
      state_class = "error";
      break;
    case QM_REVIEW_UNREVIEWED:
    default:
      state_text = _("To review");
      state_class = "accent";
      break;
    }
  set_state_class (GTK_WIDGET (state), state_class);
  if (qm_annotation_get_anchor_state (QM_ANNOTATION (quote)) == QM_ANCHOR_ORPHAN)
    state_text = _("Orphaned");
  set_label_if_changed (state, state_text, FALSE);

  /* A note was seen only in the popover or the status line: the row says
   * there is one, its words in the tooltip. */
  if (g_list_model_get_n_items (qm_annotation_get_notes (QM_ANNOTATION (quote))) > 0)
    {
      g_autoptr(QmNote) first = g_list_model_get_item (qm_annotation_get_notes (QM_ANNOTATION (quote)), 0);

      set_label_if_changed (note, _("Note"), FALSE);
      if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (note)), qm_note_get_text (first)) != 0)
        gtk_widget_set_tooltip_text (GTK_WIDGET (note), qm_note_get_text (first));
      gtk_widget_set_visible (GTK_WIDGET (note), TRUE);
    }
  else
    gtk_widget_set_visible (GTK_WIDGET (note), FALSE);

  /* an attribution inside the quotation is left out, and quotes running
   * over paragraphs are one line of words in the list */
  flat = qm_quote_dup_words (quote);
  g_strdelimit (flat, "\r\n\t", ' ');
  set_label_if_changed (words, flat, FALSE);
  tag_text = tag_labels (self, QM_ANNOTATION (quote));
  set_label_if_changed (tags, tag_text, FALSE);

  /* What the row shows, tags included, for a screen reader. */
  who = name ? name : mention ? mention : _("Unknown speaker");
  if (*tag_text != '\0')
    /* Translators: a quote in the list, read out: speaker, kind, review
     * state, tags (“Claim, Opinion”), then the quoted words */
    accessible = g_strdup_printf (_("%s, %s, %s, tagged %s: %s"), who,
                                  kind_short (qm_quote_get_kind (quote)), state_text, tag_text, flat);
  else
    /* Translators: a quote in the list, read out: speaker, kind, review
     * state, then the quoted words */
    accessible = g_strdup_printf (_("%s, %s, %s: %s"), who, kind_short (qm_quote_get_kind (quote)), state_text, flat);
  set_accessible_label_if_changed (gtk_widget_get_parent (row) ? gtk_widget_get_parent (row) : row, accessible);
}

static GtkWidget *
small_label (const char *css)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (css)
    gtk_widget_add_css_class (label, css);
  return label;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          QmQuoteList              *self)
{
  GtkWidget *cell = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *group = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *group_label = small_label ("caption-heading");
  GtkWidget *group_count = small_label ("caption");
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *meta = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dot = small_label (NULL);
  GtkWidget *speaker = small_label ("heading");
  GtkWidget *kind = small_label ("caption");
  GtkWidget *state = small_label ("caption");
  GtkWidget *note = small_label ("caption");
  GtkWidget *words = small_label ("dim-label");
  GtkWidget *tags = small_label ("caption");

  gtk_widget_add_css_class (row, "quote-row");
  gtk_label_set_ellipsize (GTK_LABEL (speaker), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (speaker, TRUE);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (state, "review-state");
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_set_visible (note, FALSE);
  gtk_label_set_ellipsize (GTK_LABEL (words), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (words), TRUE);
  gtk_label_set_lines (GTK_LABEL (words), 2);
  gtk_label_set_width_chars (GTK_LABEL (words), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (words), 30);
  gtk_label_set_max_width_chars (GTK_LABEL (speaker), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (tags), 30);
  gtk_label_set_ellipsize (GTK_LABEL (tags), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (tags, "tag-list");

  /* The speaker has the first line to themselves (a long name in a 320 px
   * panel was cut off beside the kind and review state); kind, review state
   * and tags share a line of small print under the words. */
  gtk_box_append (GTK_BOX (header), dot);
  gtk_box_append (GTK_BOX (header), speaker);
  gtk_widget_add_css_class (meta, "quote-meta");
  gtk_widget_set_hexpand (tags, TRUE);
  gtk_box_append (GTK_BOX (meta), kind);
  gtk_box_append (GTK_BOX (meta), state);
  gtk_box_append (GTK_BOX (meta), note);
  gtk_box_append (GTK_BOX (meta), tags);
  gtk_box_append (GTK_BOX (row), header);
  gtk_box_append (GTK_BOX (row), words);
  gtk_box_append (GTK_BOX (row), meta);

  /* The heading of a group when the list is grouped; hidden on quote rows. */
  gtk_widget_add_css_class (group, "quote-group-header");
  gtk_label_set_ellipsize (GTK_LABEL (group_label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (group_label, TRUE);
  gtk_widget_add_css_class (group_count, "dim-label");
  gtk_box_append (GTK_BOX (group), group_label);
  gtk_box_append (GTK_BOX (group), group_count);
  gtk_widget_set_visible (group, FALSE);
  gtk_box_append (GTK_BOX (cell), group);
  gtk_box_append (GTK_BOX (cell), row);

  g_object_set_data (G_OBJECT (cell), "header", group);
  g_object_set_data (G_OBJECT (cell), "header-label", group_label);
  g_object_set_data (G_OBJECT (cell), "header-count", group_count);
  g_object_set_data (G_OBJECT (cell), "row", row);
  g_object_set_data (G_OBJECT (cell), "dot", dot);
  g_object_set_data (G_OBJECT (cell), "speaker", speaker);
  g_object_set_data (G_OBJECT (cell), "kind", kind);
  g_object_set_data (G_OBJECT (cell), "state", state);
  g_object_set_data (G_OBJECT (cell), "note", note);
  g_object_set_data (G_OBJECT (cell), "words", words);
  g_object_set_data (G_OBJECT (cell), "tags", tags);
  gtk_list_item_set_child (item, cell);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         QmQuoteList              *self)
{
  g_hash_table_add (self->bound, item);
  update_row (self, item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           QmQuoteList              *self)
{
  g_hash_table_remove (self->bound, item);
}

static void
teardown_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             QmQuoteList              *self)
{
  g_hash_table_remove (self->bound, item);
}

static void selection_changed_cb (GtkSelectionModel *model, guint position, guint n_items, QmQuoteList *self);

static void regroup (QmQuoteList *self);
static gboolean keys_unchanged (QmQuoteList *self);

static void
clear_keys (QmQuoteList *self)
{
  g_clear_pointer (&self->keys, g_array_unref);
  g_clear_pointer (&self->key_index, g_hash_table_unref);
}

static gboolean
regroup_idle_cb (gpointer data)
{
  QmQuoteList *self = data;

  self->regroup_id = 0;
  /* Most edits (a review, a note, a tag while grouped by speaker) move no
   * quote to another group: then the quotes are not sorted again. */
  if (!keys_unchanged (self))
    regroup (self);
  return G_SOURCE_REMOVE;
}

static void
queue_regroup (QmQuoteList *self)
{
  if (gtk_drop_down_get_selected (self->group_mode) == QM_QUOTE_GROUP_NONE || self->regroup_id != 0)
    return;
  /* After layout, before the next frame is painted. */
  self->regroup_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE + 15, regroup_idle_cb, self, NULL);
}

/* Quotes come into the filtered list, at once or (thousands of them) over
 * a few frames: the count follows them. */
static void
filtered_changed_cb (QmQuoteList *self)
{
  /* Other quotes, or in another order: sorted again, once the filter is
   * through them all (grouping after each of its passes of 512 quotes
   * sorted the growing list some 300 times for a search of 157 000). */
  clear_keys (self);
  update_count (self);
  if (gtk_filter_list_model_get_pending (self->filtered) == 0)
    queue_regroup (self);
}

static void
pending_changed_cb (QmQuoteList *self)
{
  update_count (self);
  if (gtk_filter_list_model_get_pending (self->filtered) == 0)
    queue_regroup (self);
}

/* The selection wraps the filtered quotes, or the grouped rows when grouping. */
static void
attach_selection (QmQuoteList *self)
{
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_clear_object (&self->selection);
  self->selection = gtk_multi_selection_new (g_object_ref (shown_model (self)));
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

/* A fresh chain of models per article: the old one is dropped whole rather
 * than emptied, which GTK 4.8 mishandles after incremental filtering.
 */
static void
build_models (QmQuoteList     *self,
              QmAnnotationSet *set)
{
  GtkFilterListModel *filtered = gtk_filter_list_model_new (NULL, NULL);

  if (self->filtered != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->filtered, filtered_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->filtered, pending_changed_cb, self);
    }
  g_clear_object (&self->filtered);
  self->filtered = filtered;
  /* Filtered or searched, the quotes come into the list once the passes
   * went through them; the list is empty and says "Listing…" until then. */
  refilter (self);
  if (self->filter_id != 0)
    gtk_filter_list_model_set_filter (filtered, GTK_FILTER (self->filter));
  gtk_filter_list_model_set_model (filtered, set ? qm_annotation_set_get_quotes (set) : NULL);
  g_signal_connect_swapped (filtered, "items-changed", G_CALLBACK (filtered_changed_cb), self);
  g_signal_connect_swapped (filtered, "notify::pending", G_CALLBACK (pending_changed_cb), self);
  g_clear_handle_id (&self->regroup_id, g_source_remove);
  regroup (self);
  attach_selection (self);
}

typedef struct
{
  char      *label;
  guint      order;
  GPtrArray *quotes;
} Group;

static void
group_free (gpointer data)
{
  Group *group = data;

  g_free (group->label);
  g_ptr_array_unref (group->quotes);
  g_free (group);
}

static Group *
group_for (GHashTable *groups,
           const char *key,
           const char *label,
           guint       order)
{
  Group *group = g_hash_table_lookup (groups, key);

  if (group == NULL)
    {
      group = g_new0 (Group, 1);
      group->label = g_strdup (label);
      group->order = order;
      group->quotes = g_ptr_array_new ();
      g_hash_table_insert (groups, g_strdup (key), group);
    }
  return group;
}

static int
group_compare (gconstpointer a,
               gconstpointer b)
{
  const Group *x = *(Group * const *)a;
  const Group *y = *(Group * const *)b;

  if (x->order != y->order)
    return x->order < y->order ? -1 : 1;
  return g_utf8_collate (x->label, y->label);
}

static const char *
review_heading (QmReviewState review)
{
  switch (review)
    {
    case QM_REVIEW_ACCEPTED: return _("Accepted");
    case QM_REVIEW_REJECTED: return _("Rejected");
    case QM_REVIEW_UNREVIEWED:
    default: return _("To Review");
    }
}

static const char *
kind_heading (QmQuoteKind kind)
{
  switch (kind)
    {
    case QM_QUOTE_KIND_DIRECT: return _("Direct Quotations");
    case QM_QUOTE_KIND_INDIRECT: return _("Reported Speech");
    case QM_QUOTE_KIND_MIXED: return _("Mixed Quotations");
    case QM_QUOTE_KIND_SCARE: return _("Scare Quotes");
    default: return "";
    }
}

/* What puts a quote in its group or groups and orders them, in the
 * grouping at hand: the speaker's id and name, the kind, the review state
 * or the tags (whose labels and order the tag sets give: tag_labels). */
typedef struct
{
  QmQuote *quote;   /* held by the grouped rows */
  char    *id;
  char    *name;
  char   **tags;
  int      value;
} GroupKey;

static void
group_key_clear (gpointer data)
{
  GroupKey *key = data;

  g_free (key->id);
  g_free (key->name);
  g_strfreev (key->tags);
}

/* The tag sets' categories, ids and labels in their order: grouped by tag,
 * a renamed or reordered category moves or renames a group. */
static char *
tag_set_labels (QmQuoteList *self)
{
  GListModel *tag_groups = self->set ? qm_annotation_set_get_tag_groups (self->set) : NULL;
  GString *s = g_string_new (NULL);

  for (guint g = 0; tag_groups && g < g_list_model_get_n_items (tag_groups); g++)
    {
      g_autoptr(QmTagGroup) group = g_list_model_get_item (tag_groups, g);
      GListModel *cats = qm_tag_group_get_categories (group);

      for (guint c = 0; c < g_list_model_get_n_items (cats); c++)
        {
          g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, c);

          g_string_append_printf (s, "%s\x1f%s\x1e", qm_tag_category_get_id (cat), qm_tag_category_get_label (cat));
        }
    }
  return g_string_free (s, FALSE);
}

static gboolean
same_tags (const char * const *a,
           const char * const *b)
{
  const char * const none[] = { NULL };

  return g_strv_equal (a ? a : none, b ? b : none);
}

/* Whether @quote is still where @key put it. */
static gboolean
key_holds (QmQuoteList    *self,
           guint           mode,
           const GroupKey *key)
{
  QmQuote *quote = key->quote;

  switch (mode)
    {
    case QM_QUOTE_GROUP_SPEAKER:
      return g_strcmp0 (key->id, qm_quote_get_speaker_id (quote)) == 0 &&
             g_strcmp0 (key->name, person_name (self, quote)) == 0;
    case QM_QUOTE_GROUP_KIND:
      return key->value == (int)qm_quote_get_kind (quote);
    case QM_QUOTE_GROUP_REVIEW:
      return key->value == (int)qm_quote_get_review (quote);
    case QM_QUOTE_GROUP_TAG:
    default:
      return same_tags ((const char * const *)key->tags, qm_annotation_get_tags (QM_ANNOTATION (quote)));
    }
}

static void
key_take (QmQuoteList *self,
          guint        mode,
          GroupKey    *key)
{
  QmQuote *quote = key->quote;

  switch (mode)
    {
    case QM_QUOTE_GROUP_SPEAKER:
      key->id = g_strdup (qm_quote_get_speaker_id (quote));
      key->name = g_strdup (person_name (self, quote));
      break;
    case QM_QUOTE_GROUP_KIND:
      key->value = (int)qm_quote_get_kind (quote);
      break;
    case QM_QUOTE_GROUP_REVIEW:
      key->value = (int)qm_quote_get_review (quote);
      break;
    case QM_QUOTE_GROUP_TAG:
    default:
      key->tags = g_strdupv ((char **)qm_annotation_get_tags (QM_ANNOTATION (quote)));
      break;
    }
}

/* Whether the groups would come out as the last regroup() made them: the
 * same filtered quotes (the keys go when the filtered list changes), each
 * with the same key. A pass over the quotes without building or sorting
 * anything: on 20 000 quotes grouped by speaker, accepting one took 80 ms
 * until painted, most of it regrouping to the same rows. And where the
 * set's watch tells which quotes changed since the keys last held, only
 * those: the pass itself took 5-10 ms. */
static gboolean
keys_unchanged (QmQuoteList *self)
{
  const char * const watched[] = { "speaker-id", "kind", "review", "tags", "name", NULL };
  guint mode = gtk_drop_down_get_selected (self->group_mode);
  g_autoptr(GPtrArray) changed = NULL;

  if (self->keys == NULL || mode == QM_QUOTE_GROUP_NONE)
    return FALSE;
  if (mode == QM_QUOTE_GROUP_TAG)
    {
      g_autofree char *labels = tag_set_labels (self);

      if (g_strcmp0 (labels, self->tag_labels) != 0)
        return FALSE;
    }
  if (self->watch != NULL)
    changed = qm_set_watch_dup_changed (self->watch, self->keys_seen, watched);
  /* a person renamed: any quote of theirs may move */
  for (guint i = 0; changed != NULL && i < changed->len; i++)
    if (!QM_IS_QUOTE (g_ptr_array_index (changed, i)))
      g_clear_pointer (&changed, g_ptr_array_unref);
  if (changed != NULL)
    {
      for (guint i = 0; i < changed->len; i++)
        {
          guint index = GPOINTER_TO_UINT (g_hash_table_lookup (self->key_index, g_ptr_array_index (changed, i)));

          if (index > 0 && !key_holds (self, mode, &g_array_index (self->keys, GroupKey, index - 1)))
            return FALSE;
        }
    }
  else
    {
      for (guint i = 0; i < self->keys->len; i++)
        if (!key_holds (self, mode, &g_array_index (self->keys, GroupKey, i)))
          return FALSE;
    }
  self->keys_seen = self->watch ? qm_set_watch_get_serial (self->watch) : 0;
  return TRUE;
}

/* Sorts the filtered quotes into groups, each after a heading row (a
 * GtkStringObject holding the label, its "qm-count" the number of quotes);
 * within a group the quotes keep the text's order. A quote with several
 * tags is listed under each of them.
 */
static void
regroup (QmQuoteList *self)
{
  guint mode = gtk_drop_down_get_selected (self->group_mode);
  g_autoptr(GHashTable) groups = NULL;
  g_autoptr(GHashTable) tag_order = NULL;
  g_autoptr(GPtrArray) sorted = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(GHashTable) listed = NULL;
  g_autoptr(GHashTable) twins_used = g_hash_table_new (NULL, NULL);
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = model ? g_list_model_get_n_items (model) : 0;
  guint old_n = g_list_model_get_n_items (G_LIST_MODEL (self->grouped));
  gboolean same;
  GHashTableIter iter;
  gpointer value;
  GArray *keys;

  clear_keys (self);
  g_clear_pointer (&self->tag_labels, g_free);
  if (mode == QM_QUOTE_GROUP_NONE)
    {
      if (old_n > 0)
        g_list_store_remove_all (self->grouped);
      g_hash_table_remove_all (self->twins);
      return;
    }
  self->n_regroups++;
  keys = g_array_sized_new (FALSE, TRUE, sizeof (GroupKey), n);
  g_array_set_clear_func (keys, group_key_clear);
  if (mode == QM_QUOTE_GROUP_TAG)
    self->tag_labels = tag_set_labels (self);

  groups = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, group_free);
  if (mode == QM_QUOTE_GROUP_TAG && self->set != NULL)
    {
      /* Tags in the order of the tag sets. */
      GListModel *tag_groups = qm_annotation_set_get_tag_groups (self->set);
      guint order = 0;

      tag_order = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      for (guint g = 0; g < g_list_model_get_n_items (tag_groups); g++)
        {
          g_autoptr(QmTagGroup) group = g_list_model_get_item (tag_groups, g);
          GListModel *cats = qm_tag_group_get_categories (group);

          for (guint c = 0; c < g_list_model_get_n_items (cats); c++)
            {
              g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, c);

              g_hash_table_insert (tag_order, g_strdup (qm_tag_category_get_id (cat)), GUINT_TO_POINTER (++order));
            }
        }
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QmQuote) quote = g_list_model_get_item (model, i);
      GroupKey group_key = { quote, NULL, NULL, NULL, 0 };
      char key[32];

      key_take (self, mode, &group_key);
      g_array_append_val (keys, group_key);

      switch (mode)
        {
        case QM_QUOTE_GROUP_SPEAKER:
          {
            const char *id = qm_quote_get_speaker_id (quote);
            const char *name = person_name (self, quote);

            /* Named people by name, the quotes without a speaker last. */
            g_ptr_array_add (group_for (groups, name ? id : "", name ? name : _("Unknown speaker"),
                                        name ? 0 : 1)->quotes, quote);
          }
          break;
        case QM_QUOTE_GROUP_KIND:
          g_snprintf (key, sizeof key, "%d", (int)qm_quote_get_kind (quote));
          g_ptr_array_add (group_for (groups, key, kind_heading (qm_quote_get_kind (quote)),
                                      (guint)qm_quote_get_kind (quote))->quotes, quote);
          break;
        case QM_QUOTE_GROUP_REVIEW:
          g_snprintf (key, sizeof key, "%d", (int)qm_quote_get_review (quote));
          g_ptr_array_add (group_for (groups, key, review_heading (qm_quote_get_review (quote)),
                                      (guint)qm_quote_get_review (quote))->quotes, quote);
          break;
        case QM_QUOTE_GROUP_TAG:
        default:
          {
            const char * const *tags = qm_annotation_get_tags (QM_ANNOTATION (quote));

            if (tags == NULL || tags[0] == NULL)
              g_ptr_array_add (group_for (groups, "", _("No Tags"), G_MAXUINT)->quotes, quote);
            for (guint t = 0; tags && tags[t]; t++)
              {
                QmTagCategory *cat = self->set ? qm_annotation_set_lookup_tag (self->set, tags[t]) : NULL;
                guint order = tag_order ? GPOINTER_TO_UINT (g_hash_table_lookup (tag_order, tags[t])) : 0;

                /* Tags not in the tag sets after those that are. */
                g_ptr_array_add (group_for (groups, tags[t], cat ? qm_tag_category_get_label (cat) : tags[t],
                                            order ? order : G_MAXUINT - 1)->quotes, quote);
              }
          }
          break;
        }
    }

  sorted = g_ptr_array_new ();
  g_hash_table_iter_init (&iter, groups);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    g_ptr_array_add (sorted, value);
  g_ptr_array_sort (sorted, group_compare);

  items = g_ptr_array_new_with_free_func (g_object_unref);
  listed = g_hash_table_new (NULL, NULL);
  for (guint g = 0; g < sorted->len; g++)
    {
      Group *group = g_ptr_array_index (sorted, g);
      GtkStringObject *header = gtk_string_object_new (group->label);

      g_object_set_data (G_OBJECT (header), "qm-count", GUINT_TO_POINTER (group->quotes->len));
      g_ptr_array_add (items, header);
      for (guint i = 0; i < group->quotes->len; i++)
        {
          QmQuote *quote = g_ptr_array_index (group->quotes, i);

          if (g_hash_table_add (listed, quote))
            g_ptr_array_add (items, g_object_ref (quote));
          else
            {
              /* Listed already under another tag: a stand-in, kept from the
               * last grouping so that unchanged rows stay the same items. */
              GObject *twin = g_hash_table_lookup (self->twins, quote);

              if (twin == NULL)
                {
                  twin = g_object_new (G_TYPE_OBJECT, NULL);
                  g_object_set_data_full (twin, "qm-quote", g_object_ref (quote), g_object_unref);
                  g_hash_table_insert (self->twins, quote, twin);
                }
              g_ptr_array_add (items, g_object_ref (twin));
              g_hash_table_add (twins_used, quote);
            }
        }
    }

  /* Stand-ins no longer needed go (they hold a reference on their quote). */
  g_hash_table_iter_init (&iter, self->twins);
  while (g_hash_table_iter_next (&iter, &value, NULL))
    if (!g_hash_table_contains (twins_used, value))
      g_hash_table_iter_remove (&iter);

  /* Kept for keys_unchanged(): the rows now hold every quote. */
  self->keys = keys;
  self->key_index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < keys->len; i++)
    g_hash_table_insert (self->key_index, g_array_index (keys, GroupKey, i).quote, GUINT_TO_POINTER (i + 1));
  self->keys_seen = self->watch ? qm_set_watch_get_serial (self->watch) : 0;

  /* Nothing moved (an edit of a note, say): keep the rows as they are. */
  same = items->len == old_n;
  for (guint i = 0; same && i < old_n; i++)
    {
      g_autoptr(GObject) old = g_list_model_get_item (G_LIST_MODEL (self->grouped), i);
      GObject *now = g_ptr_array_index (items, i);

      if (GTK_IS_STRING_OBJECT (old) && GTK_IS_STRING_OBJECT (now))
        same = g_strcmp0 (gtk_string_object_get_string (GTK_STRING_OBJECT (old)),
                          gtk_string_object_get_string (GTK_STRING_OBJECT (now))) == 0 &&
               g_object_get_data (old, "qm-count") == g_object_get_data (now, "qm-count");
      else
        same = old == now;
    }
  if (same)
    return;

  if (self->selection != NULL && shown_model (self) == G_LIST_MODEL (self->grouped))
    selected = qm_quote_list_get_selected (self);
  g_list_store_splice (self->grouped, 0, old_n, items->pdata, items->len);

  /* The quotes selected before stay selected. */
  if (selected != NULL && selected->len > 0)
    {
      g_autoptr(GHashTable) wanted = g_hash_table_new (NULL, NULL);
      g_autoptr(GtkBitset) mask = gtk_bitset_new_range (0, items->len);
      g_autoptr(GtkBitset) bits = gtk_bitset_new_empty ();
      gboolean was_syncing = self->syncing;

      for (guint i = 0; i < selected->len; i++)
        g_hash_table_add (wanted, g_ptr_array_index (selected, i));
      for (guint i = 0; i < items->len; i++)
        if (g_hash_table_contains (wanted, g_ptr_array_index (items, i)))
          gtk_bitset_add (bits, i);   /* the first row of each, not its stand-ins */
      self->syncing = TRUE;
      gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), bits, mask);
      self->syncing = was_syncing;
      /* The rows were all replaced: keep the selected quote in sight. */
      if (!gtk_bitset_is_empty (bits) && self->list_view != NULL)
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                    gtk_bitset_get_minimum (bits));
    }
}

static void
set_changed_cb (QmQuoteList *self)
{
  GHashTableIter iter;
  gpointer item;

  refilter_changed (self);
  update_count (self);
  queue_regroup (self);

  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_row (self, item);
}

/**
 * qm_quote_list_set_annotation_set:
 * @self: a #QmQuoteList
 * @set: (nullable): the annotations to list
 */
void
qm_quote_list_set_annotation_set (QmQuoteList     *self,
                                  QmAnnotationSet *set)
{
  g_return_if_fail (QM_IS_QUOTE_LIST (self));

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_set_object (&self->set, set);
  g_clear_object (&self->watch);
  if (set != NULL)
    self->watch = g_object_ref (qm_set_watch_get (set));
  build_models (self, set);
  if (set != NULL)
    self->changed_id = g_signal_connect_swapped (set, "changed", G_CALLBACK (set_changed_cb), self);
  update_count (self);
}

/**
 * qm_quote_list_set_color_func:
 * @self: a #QmQuoteList
 * @func: returns a speaker's colour
 * @user_data: for @func
 */
void
qm_quote_list_set_color_func (QmQuoteList *self,
                              QmColorFunc  func,
                              gpointer     user_data)
{
  self->color_func = func;
  self->color_data = user_data;
}

/**
 * qm_quote_list_get_model:
 * @self: a #QmQuoteList
 *
 * Returns: (transfer none): the quotes shown, after filtering
 */
GListModel *
qm_quote_list_get_model (QmQuoteList *self)
{
  g_return_val_if_fail (QM_IS_QUOTE_LIST (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

/**
 * qm_quote_list_get_filling:
 * @self: a #QmQuoteList
 *
 * Returns: whether the list is still being filled: a filter or a search
 *   going through the quotes (the count says "Listing…" meanwhile)
 */
gboolean
qm_quote_list_get_filling (QmQuoteList *self)
{
  g_return_val_if_fail (QM_IS_QUOTE_LIST (self), FALSE);
  return self->filter_id != 0 || gtk_filter_list_model_get_pending (self->filtered) > 0;
}

guint
_qm_quote_list_get_n_regroups (QmQuoteList *self)
{
  g_return_val_if_fail (QM_IS_QUOTE_LIST (self), 0);
  return self->n_regroups;
}

GtkWidget *
qm_quote_list_get_list_view (QmQuoteList *self)
{
  g_return_val_if_fail (QM_IS_QUOTE_LIST (self), NULL);
  return GTK_WIDGET (self->list_view);
}

static guint
find_position (QmQuoteList *self,
               QmQuote     *quote)
{
  GListModel *model = shown_model (self);
  guint n = g_list_model_get_n_items (model);
  gsize start = qm_annotation_get_start (QM_ANNOTATION (quote));
  guint lo = 0, hi = n;

  if (model != G_LIST_MODEL (self->filtered))
    {
      /* Grouped: header rows between the quotes, not in the text's order. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) item = g_list_model_get_item (model, i);

          if (qm_quote_list_row_quote (item) == quote)
            return i;
        }
      return GTK_INVALID_LIST_POSITION;
    }

  /* The list keeps the text's order: search by offset, then look around. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(QmAnnotation) a = g_list_model_get_item (model, mid);

      if (qm_annotation_get_start (a) < start)
        lo = mid + 1;
      else
        hi = mid;
    }
  for (guint i = lo; i < n; i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (model, i);

      if ((gpointer)a == (gpointer)quote)
        return i;
      if (qm_annotation_get_start (a) > start)
        break;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (model, i);

      if ((gpointer)a == (gpointer)quote)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Where to go on from the quotes of @done in the rows shown: the row after
 * the last of them; for a quote the list does not show (filtered out, or
 * just reviewed out of a "To review" list), the first row after its place
 * in the text's order, the order of the ungrouped list. */
static guint
row_after (QmQuoteList *self,
           GHashTable  *done)
{
  GListModel *model = shown_model (self);
  guint n = g_list_model_get_n_items (model);
  GHashTableIter iter;
  gpointer quote;
  guint from = 0;

  if (model != G_LIST_MODEL (self->filtered))
    {
      /* Grouped: one pass, the rows are not in the text's order. */
      for (guint i = 0; i < n; i++)
        {
          g_autoptr(GObject) row = g_list_model_get_item (model, i);

          if (g_hash_table_contains (done, qm_quote_list_row_quote (row)))
            from = i + 1;
        }
      return from;
    }
  g_hash_table_iter_init (&iter, done);
  while (g_hash_table_iter_next (&iter, &quote, NULL))
    {
      guint pos = find_position (self, quote);
      gsize start = qm_annotation_get_start (quote);
      guint lo = 0, hi = n;

      if (pos != GTK_INVALID_LIST_POSITION)
        {
          from = MAX (from, pos + 1);
          continue;
        }
      while (lo < hi)
        {
          guint mid = lo + (hi - lo) / 2;
          g_autoptr(QmAnnotation) a = g_list_model_get_item (model, mid);

          if (qm_annotation_get_start (a) <= start)
            lo = mid + 1;
          else
            hi = mid;
        }
      from = MAX (from, lo);
    }
  return from;
}

/**
 * qm_quote_list_next_unreviewed:
 * @self: a #QmQuoteList
 * @done: (element-type QmQuote): the quotes just reviewed
 *
 * The quote to review next: the first one after the last of @done in the
 * rows shown (filtered, grouped and sorted as the list is), wrapping around,
 * that is not reviewed, not one of @done and has words in the text (an
 * orphan cannot be selected there).
 *
 * Returns: (transfer none) (nullable): that quote, or %NULL if the list
 *   shows none
 */
QmQuote *
qm_quote_list_next_unreviewed (QmQuoteList *self,
                               GPtrArray   *done)
{
  g_autoptr(GHashTable) skip = g_hash_table_new (NULL, NULL);
  GListModel *model;
  guint n, from;

  g_return_val_if_fail (QM_IS_QUOTE_LIST (self), NULL);
  g_return_val_if_fail (done != NULL, NULL);

  for (guint i = 0; i < done->len; i++)
    if (QM_IS_QUOTE (g_ptr_array_index (done, i)))
      g_hash_table_add (skip, g_ptr_array_index (done, i));
  model = shown_model (self);
  n = g_list_model_get_n_items (model);
  from = row_after (self, skip);
  for (guint k = 0; k < n; k++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, (from + k) % n);
      QmQuote *quote = qm_quote_list_row_quote (row);

      if (quote != NULL && qm_quote_get_review (quote) == QM_REVIEW_UNREVIEWED &&
          qm_annotation_get_anchor_state (QM_ANNOTATION (quote)) != QM_ANCHOR_ORPHAN &&
          !g_hash_table_contains (skip, quote))
        return quote;
    }
  return NULL;
}

/**
 * qm_quote_list_select:
 * @self: a #QmQuoteList
 * @quote: (nullable): the quote to select, or %NULL to clear the selection
 *
 * Selects and scrolls to @quote without emitting ::quote-selected.
 */
void
qm_quote_list_select (QmQuoteList *self,
                      QmQuote     *quote)
{
  guint pos;

  g_return_if_fail (QM_IS_QUOTE_LIST (self));

  self->syncing = TRUE;
  if (quote == NULL || (pos = find_position (self, quote)) == GTK_INVALID_LIST_POSITION)
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  else
    {
      gtk_selection_model_select_item (GTK_SELECTION_MODEL (self->selection), pos, TRUE);
      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", pos);
    }
  self->syncing = FALSE;
}

/**
 * qm_quote_list_focus_selected:
 * @self: a #QmQuoteList
 *
 * Gives the keyboard focus to the row of the first selected quote, scrolled
 * to, so that the arrow keys go on from there; without a selection, to the
 * list. GTK 4.8's list view, focused, gave it to the row that last had it,
 * the first one until a row was clicked, whatever the text had selected.
 */
void
qm_quote_list_focus_selected (QmQuoteList *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  g_return_if_fail (QM_IS_QUOTE_LIST (self));

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (!gtk_bitset_is_empty (selected))
    {
      guint pos = gtk_bitset_get_minimum (selected);
      GHashTableIter iter;
      gpointer item;

      gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", pos);
      g_hash_table_iter_init (&iter, self->bound);
      while (g_hash_table_iter_next (&iter, &item, NULL))
        {
          GtkWidget *cell = gtk_list_item_get_child (item);

          /* The row widget the list view made around the factory's cell. */
          if (gtk_list_item_get_position (item) == pos && cell != NULL &&
              gtk_widget_get_parent (cell) != NULL &&
              gtk_widget_grab_focus (gtk_widget_get_parent (cell)))
            return;
        }
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/**
 * qm_quote_list_focus_search:
 * @self: a #QmQuoteList
 *
 * Gives the keyboard focus to the search entry above the list, its words
 * selected so that typing replaces them.
 */
void
qm_quote_list_focus_search (QmQuoteList *self)
{
  g_return_if_fail (QM_IS_QUOTE_LIST (self));

  gtk_widget_grab_focus (GTK_WIDGET (self->search));
}

/**
 * qm_quote_list_get_selected:
 * @self: a #QmQuoteList
 *
 * Returns: (transfer container) (element-type QmQuote): the selected quotes
 */
GPtrArray *
qm_quote_list_get_selected (QmQuoteList *self)
{
  GPtrArray *result = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) set = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  GtkBitsetIter iter;
  guint pos;

  if (gtk_bitset_iter_init_first (&iter, set, &pos))
    do
      {
        g_autoptr(GObject) item = g_list_model_get_item (shown_model (self), pos);
        QmQuote *quote = qm_quote_list_row_quote (item);

        /* A quote selected under two headings counts once. */
        if (quote != NULL && g_hash_table_add (seen, quote))
          g_ptr_array_add (result, g_object_ref (quote));
      }
    while (gtk_bitset_iter_next (&iter, &pos));
  return result;
}

void
qm_quote_list_set_search (QmQuoteList *self,
                          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search), text ? text : "");
  g_free (self->needle);
  self->needle = text ? g_utf8_casefold (text, -1) : NULL;
  refilter (self);
}

/**
 * qm_quote_list_set_group_mode:
 * @self: a #QmQuoteList
 * @mode: a #QmQuoteGroup
 *
 * Groups the quotes shown under headings (by speaker, kind, tag or review
 * state), or lists them in the text's order with %QM_QUOTE_GROUP_NONE. The
 * list view's model then holds heading rows (#GtkStringObject) between the
 * quotes.
 */
void
qm_quote_list_set_group_mode (QmQuoteList  *self,
                              QmQuoteGroup  mode)
{
  g_return_if_fail (QM_IS_QUOTE_LIST (self));
  g_return_if_fail (mode <= QM_QUOTE_GROUP_REVIEW);

  gtk_drop_down_set_selected (self->group_mode, mode);
}

/**
 * qm_quote_list_get_group_mode:
 * @self: a #QmQuoteList
 *
 * Returns: how the quotes are grouped
 */
QmQuoteGroup
qm_quote_list_get_group_mode (QmQuoteList *self)
{
  g_return_val_if_fail (QM_IS_QUOTE_LIST (self), QM_QUOTE_GROUP_NONE);

  return gtk_drop_down_get_selected (self->group_mode);
}

static void
group_mode_changed_cb (QmQuoteList *self)
{
  g_autoptr(GPtrArray) selected = qm_quote_list_get_selected (self);

  g_clear_handle_id (&self->regroup_id, g_source_remove);
  regroup (self);
  attach_selection (self);
  if (selected->len > 0)
    qm_quote_list_select (self, g_ptr_array_index (selected, 0));
}

void
qm_quote_list_set_filter_mode (QmQuoteList *self,
                               guint        mode)
{
  gtk_drop_down_set_selected (self->mode, mode);
}

/**
 * qm_quote_list_set_speaker:
 * @self: a #QmQuoteList
 * @person: (nullable): show only this person's quotes, or everyone's
 *
 * The person's name shows in the search box; editing it shows all again.
 */
void
qm_quote_list_set_speaker (QmQuoteList *self,
                           QmPerson    *person)
{
  g_clear_pointer (&self->speaker_id, g_free);
  g_clear_pointer (&self->speaker_name, g_free);
  if (person != NULL)
    {
      self->speaker_id = g_strdup (qm_person_get_id (person));
      self->speaker_name = g_strdup (qm_person_get_name (person));
    }
  gtk_editable_set_text (GTK_EDITABLE (self->search), self->speaker_name ? self->speaker_name : "");
  refilter (self);
}

static void
search_changed_cb (QmQuoteList *self)
{
  g_autofree char *needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search)), -1);
  gboolean speaker_gone = FALSE;

  if (self->speaker_name != NULL &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search)), self->speaker_name) != 0)
    {
      g_clear_pointer (&self->speaker_id, g_free);
      g_clear_pointer (&self->speaker_name, g_free);
      speaker_gone = TRUE;
    }
  /* The entry tells of a search qm_quote_list_set_search() made a moment
   * later: the quotes are not gone through twice. */
  if (!speaker_gone && g_strcmp0 (needle, self->needle ? self->needle : "") == 0)
    return;
  g_free (self->needle);
  self->needle = g_steal_pointer (&needle);
  refilter (self);
}

static void
selection_changed_cb (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      QmQuoteList       *self)
{
  g_autoptr(GtkBitset) set = NULL;
  g_autoptr(GObject) row = NULL;
  QmQuote *quote = NULL;
  GtkBitsetIter iter;
  guint pos;

  if (self->syncing)
    return;
  set = gtk_selection_model_get_selection (model);
  if (gtk_bitset_get_size (set) == 0)
    return;
  /* The row that changed, if it is selected; else the first selected. */
  for (guint i = position; i < position + n_items && quote == NULL; i++)
    if (gtk_bitset_contains (set, i))
      {
        g_set_object (&row, g_list_model_get_item (shown_model (self), i));
        g_object_unref (row);
        quote = qm_quote_list_row_quote (row);
      }
  if (quote == NULL && gtk_bitset_iter_init_first (&iter, set, &pos))
    do
      {
        g_set_object (&row, g_list_model_get_item (shown_model (self), pos));
        g_object_unref (row);
        quote = qm_quote_list_row_quote (row);
      }
    while (quote == NULL && gtk_bitset_iter_next (&iter, &pos));
  if (quote != NULL)
    g_signal_emit (self, signals[QUOTE_SELECTED], 0, quote);
}

static void
activate_cb (GtkListView *view,
             guint        position,
             QmQuoteList *self)
{
  g_autoptr(GObject) row = g_list_model_get_item (shown_model (self), position);
  QmQuote *quote = qm_quote_list_row_quote (row);

  if (quote != NULL)
    g_signal_emit (self, signals[QUOTE_ACTIVATED], 0, quote);
}

static void
qm_quote_list_dispose (GObject *object)
{
  QmQuoteList *self = QM_QUOTE_LIST (object);

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_clear_object (&self->set);
  g_clear_object (&self->watch);
  g_clear_handle_id (&self->regroup_id, g_source_remove);
  stop_filtering (self);
  g_clear_pointer (&self->matches, g_hash_table_unref);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, NULL);

  G_OBJECT_CLASS (qm_quote_list_parent_class)->dispose (object);
}

static void
qm_quote_list_finalize (GObject *object)
{
  QmQuoteList *self = QM_QUOTE_LIST (object);

  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_pointer (&self->needle, g_free);
  g_clear_pointer (&self->speaker_id, g_free);
  g_clear_pointer (&self->speaker_name, g_free);
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_clear_object (&self->selection);
  if (self->filtered != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->filtered, filtered_changed_cb, self);
      g_signal_handlers_disconnect_by_func (self->filtered, pending_changed_cb, self);
    }
  g_clear_object (&self->filtered);
  g_clear_object (&self->grouped);
  g_clear_pointer (&self->twins, g_hash_table_unref);
  clear_keys (self);
  g_clear_pointer (&self->tag_labels, g_free);
  g_clear_object (&self->filter);

  G_OBJECT_CLASS (qm_quote_list_parent_class)->finalize (object);
}

static void
qm_quote_list_class_init (QmQuoteListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qm_quote_list_dispose;
  object_class->finalize = qm_quote_list_finalize;

  /**
   * QmQuoteList::quote-selected:
   * @quote: the quote the user selected
   */
  signals[QUOTE_SELECTED] = g_signal_new ("quote-selected", G_TYPE_FROM_CLASS (klass),
                                          G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                          G_TYPE_NONE, 1, QM_TYPE_QUOTE);
  /**
   * QmQuoteList::quote-activated:
   * @quote: the quote the user activated (Enter or double click)
   */
  signals[QUOTE_ACTIVATED] = g_signal_new ("quote-activated", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                           G_TYPE_NONE, 1, QM_TYPE_QUOTE);
}

static void
drop_down_setup_cb (GtkSignalListItemFactory *factory,
                    GtkListItem              *item,
                    gpointer                  user_data)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (GPOINTER_TO_INT (user_data))
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
drop_down_bind_cb (GtkSignalListItemFactory *factory,
                   GtkListItem              *item,
                   gpointer                  user_data)
{
  GtkStringObject *string = gtk_list_item_get_item (item);
  const char *text = string ? gtk_string_object_get_string (string) : NULL;

  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (item)), text);
}

/* The filter's button shows its choice ellipsized when the panel is too
 * narrow for it, and the list it opens shows every choice whole: the
 * button of GTK 4.8 asks for the whole label, and "Distanzierende
 * Anführungszeichen" made the side panel 110 px wider than its 320 px.
 * The grouping's choices are short ("Nach Prüfstand") and keep their
 * words; the filter gives way to them. */
static void
ellipsize_drop_down (GtkDropDown *drop_down)
{
  g_autoptr(GtkListItemFactory) button = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list = gtk_signal_list_item_factory_new ();

  g_signal_connect (button, "setup", G_CALLBACK (drop_down_setup_cb), GINT_TO_POINTER (TRUE));
  g_signal_connect (button, "bind", G_CALLBACK (drop_down_bind_cb), NULL);
  g_signal_connect (list, "setup", G_CALLBACK (drop_down_setup_cb), GINT_TO_POINTER (FALSE));
  g_signal_connect (list, "bind", G_CALLBACK (drop_down_bind_cb), NULL);
  gtk_drop_down_set_factory (drop_down, button);
  gtk_drop_down_set_list_factory (drop_down, list);
}

/* The label that shows the choice on @widget, a drop-down's button: the
 * one shown (not the button's placeholder for no choice, nor those of the
 * list it opens). */
static GtkLabel *
choice_label (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget) || GTK_IS_POPOVER (widget))
    return NULL;
  if (GTK_IS_LABEL (widget))
    return GTK_LABEL (widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *label = choice_label (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* An ellipsized choice ("Distanzierende Anführ…") is read whole in the
 * tooltip; one shown whole leaves the tooltip to say what the button is
 * for. The accessible name stays "Filter quotes", and the label, which a
 * screen reader reads, holds the whole choice. */
static gboolean
filter_tooltip_cb (GtkWidget  *drop_down,
                   int         x,
                   int         y,
                   gboolean    keyboard,
                   GtkTooltip *tooltip,
                   gpointer    user_data)
{
  GtkLabel *label = choice_label (drop_down);

  if (label == NULL || !pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_label (label));
  return TRUE;
}

static void
qm_quote_list_init (QmQuoteList *self)
{
  const char *modes[] = {
    N_("All Quotes"), N_("To Review"), N_("Accepted"), N_("Rejected"),
    N_("Direct Quotations"), N_("Reported Speech"), N_("Mixed Quotations"),
    N_("Scare Quotes"), N_("Tagged"), N_("Without Speaker"), NULL
  };
  const char *group_modes[] = {
    N_("Not Grouped"), N_("By Speaker"), N_("By Kind"), N_("By Tag"), N_("By Review State"), NULL
  };
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  g_autoptr(GtkStringList) group_strings = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;
  GtkWidget *bar, *scrolled, *content, *empty;

  for (guint i = 0; modes[i]; i++)
    gtk_string_list_append (strings, _(modes[i]));
  for (guint i = 0; group_modes[i]; i++)
    gtk_string_list_append (group_strings, _(group_modes[i]));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->bound = g_hash_table_new (NULL, NULL);

  bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (bar, "list-toolbar");
  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search words, speakers, tags"), NULL);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->search), _("Search the quotes (Ctrl+Shift+F)"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search quotes"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search));

  self->mode = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (strings)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mode), _("Show only some quotes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mode), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Filter quotes"), -1);
  g_signal_connect_swapped (self->mode, "notify::selected", G_CALLBACK (refilter), self);
  g_signal_connect (self->mode, "query-tooltip", G_CALLBACK (filter_tooltip_cb), NULL);

  self->group_mode = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (group_strings)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->group_mode), _("Show the quotes under headings"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->group_mode), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Group quotes"), -1);
  {
    GtkWidget *modes_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

    ellipsize_drop_down (self->mode);
    gtk_widget_set_hexpand (GTK_WIDGET (self->mode), TRUE);
    gtk_widget_set_hexpand (GTK_WIDGET (self->group_mode), TRUE);
    /* Not homogeneous: both were as wide as the wider, which made the
     * panel wider than 320 px with German labels ("Nicht gruppiert") even
     * when the filter's label is ellipsized. */
    gtk_box_append (GTK_BOX (modes_box), GTK_WIDGET (self->mode));
    gtk_box_append (GTK_BOX (modes_box), GTK_WIDGET (self->group_mode));
    gtk_box_append (GTK_BOX (bar), modes_box);
  }

  self->count_label = GTK_LABEL (small_label ("caption"));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->count_label));
  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (content), bar);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
  self->grouped = g_list_store_new (G_TYPE_OBJECT);
  self->twins = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  build_models (self, NULL);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  g_signal_connect (factory, "teardown", G_CALLBACK (teardown_cb), self);

  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_list_view_set_single_click_activate (self->list_view, FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Quotes"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);
  g_signal_connect_swapped (self->group_mode, "notify::selected", G_CALLBACK (group_mode_changed_cb), self);

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_box_append (GTK_BOX (content), scrolled);
  /* Tab and Shift+Tab leave the list, for Accept, Reject and the Tag menu
   * below it (or the drop-downs above it). */
  qm_list_view_tab_out (GTK_WIDGET (self->list_view));

  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "chat-bubbles-text-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Quotations Found"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Select words in the text and press Ctrl+E to make them a quote"));
  gtk_widget_add_css_class (empty, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, content, "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
  update_count (self);
}

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

#include "qm-quote-list.h"

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
  GtkListView        *list_view;
  GtkLabel           *count_label;
  GtkCustomFilter    *filter;
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

static gboolean
filter_func (gpointer item,
             gpointer user_data)
{
  QmQuoteList *self = user_data;
  QmQuote *quote = item;
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

static void
update_count (QmQuoteList *self)
{
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  guint total = self->set ? g_list_model_get_n_items (qm_annotation_set_get_quotes (self->set)) : 0;
  g_autofree char *text = NULL;

  if (shown == total)
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", total), total);
  else
    /* Translators: "3 of 12 quotes shown" */
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u of %u quote shown", "%u of %u quotes shown", total),
                            shown, total);
  gtk_label_set_label (self->count_label, text);
}

static void
refilter (QmQuoteList *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  update_count (self);
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

static void
update_row (QmQuoteList *self,
            GtkListItem *item)
{
  QmQuote *quote = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkLabel *dot = g_object_get_data (G_OBJECT (row), "dot");
  GtkLabel *speaker = g_object_get_data (G_OBJECT (row), "speaker");
  GtkLabel *kind = g_object_get_data (G_OBJECT (row), "kind");
  GtkLabel *state = g_object_get_data (G_OBJECT (row), "state");
  GtkLabel *words = g_object_get_data (G_OBJECT (row), "words");
  GtkLabel *tags = g_object_get_data (G_OBJECT (row), "tags");
  const char *name, *color = NULL, *state_text;
  g_autofree char *dot_markup = NULL;
  g_autofree char *tag_text = NULL;
  g_autofree char *accessible = NULL;
  QmTarget *target;

  if (quote == NULL || row == NULL)
    return;

  name = person_name (self, quote);
  if (self->color_func != NULL)
    color = self->color_func (self->color_data, qm_quote_get_speaker_id (quote));
  dot_markup = g_markup_printf_escaped ("<span foreground=\"%s\">●</span>", color ? color : "#77767b");
  gtk_label_set_markup (dot, dot_markup);
  gtk_label_set_label (speaker, name ? name : _("Unknown speaker"));
  gtk_label_set_label (kind, kind_short (qm_quote_get_kind (quote)));

  gtk_widget_remove_css_class (GTK_WIDGET (state), "success");
  gtk_widget_remove_css_class (GTK_WIDGET (state), "error");
  gtk_widget_remove_css_class (GTK_WIDGET (state), "accent");
  switch (qm_quote_get_review (quote))
    {
    case QM_REVIEW_ACCEPTED:
      state_text = _("Accepted");
      gtk_widget_add_css_class (GTK_WIDGET (state), "success");
      break;
    case QM_REVIEW_REJECTED:
      state_text = _("Rejected");
      gtk_widget_add_css_class (GTK_WIDGET (state), "error");
      break;
    case QM_REVIEW_UNREVIEWED:
    default:
      state_text = _("To review");
      gtk_widget_add_css_class (GTK_WIDGET (state), "accent");
      break;
    }
  if (qm_annotation_get_anchor_state (QM_ANNOTATION (quote)) == QM_ANCHOR_ORPHAN)
    state_text = _("Orphaned");
  gtk_label_set_label (state, state_text);

  target = qm_annotation_get_target (QM_ANNOTATION (quote));
  {
    g_autofree char *flat = g_strdup (qm_target_get_exact (target));

    /* Quotes running over paragraphs: one line of words in the list. */
    g_strdelimit (flat, "\r\n\t", ' ');
    gtk_label_set_label (words, flat);
  }
  tag_text = tag_labels (self, QM_ANNOTATION (quote));
  gtk_label_set_label (tags, tag_text);
  gtk_widget_set_visible (GTK_WIDGET (tags), *tag_text != '\0');

  accessible = g_strdup_printf ("%s, %s, %s: %s", name ? name : _("Unknown speaker"),
                                kind_short (qm_quote_get_kind (quote)), state_text,
                                qm_target_get_exact (target));
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row) ? gtk_widget_get_parent (row) : row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
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
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *dot = small_label (NULL);
  GtkWidget *speaker = small_label ("heading");
  GtkWidget *kind = small_label ("caption");
  GtkWidget *state = small_label ("caption");
  GtkWidget *words = small_label ("dim-label");
  GtkWidget *tags = small_label ("caption");

  gtk_widget_add_css_class (row, "quote-row");
  gtk_label_set_ellipsize (GTK_LABEL (speaker), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (speaker, TRUE);
  gtk_widget_add_css_class (kind, "dim-label");
  gtk_widget_add_css_class (state, "review-state");
  gtk_label_set_ellipsize (GTK_LABEL (words), PANGO_ELLIPSIZE_END);
  gtk_label_set_wrap (GTK_LABEL (words), TRUE);
  gtk_label_set_lines (GTK_LABEL (words), 2);
  gtk_label_set_width_chars (GTK_LABEL (words), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (words), 30);
  gtk_label_set_max_width_chars (GTK_LABEL (speaker), 20);
  gtk_label_set_max_width_chars (GTK_LABEL (tags), 30);
  gtk_label_set_ellipsize (GTK_LABEL (tags), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (tags, "tag-list");

  gtk_box_append (GTK_BOX (header), dot);
  gtk_box_append (GTK_BOX (header), speaker);
  gtk_box_append (GTK_BOX (header), kind);
  gtk_box_append (GTK_BOX (header), state);
  gtk_box_append (GTK_BOX (row), header);
  gtk_box_append (GTK_BOX (row), words);
  gtk_box_append (GTK_BOX (row), tags);

  g_object_set_data (G_OBJECT (row), "dot", dot);
  g_object_set_data (G_OBJECT (row), "speaker", speaker);
  g_object_set_data (G_OBJECT (row), "kind", kind);
  g_object_set_data (G_OBJECT (row), "state", state);
  g_object_set_data (G_OBJECT (row), "words", words);
  g_object_set_data (G_OBJECT (row), "tags", tags);
  gtk_list_item_set_child (item, row);
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

/* A fresh chain of models per article: the old one is dropped whole rather
 * than emptied, which GTK 4.8 mishandles after incremental filtering.
 */
static void
build_models (QmQuoteList     *self,
              QmAnnotationSet *set)
{
  GtkFilterListModel *filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (g_object_ref (self->filter)));

  /* Thousands of quotes come into the list over a few frames. */
  gtk_filter_list_model_set_incremental (filtered,
                                         set != NULL && g_list_model_get_n_items (qm_annotation_set_get_quotes (set)) > 2000);
  gtk_filter_list_model_set_model (filtered, set ? qm_annotation_set_get_quotes (set) : NULL);

  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_func (self->selection, selection_changed_cb, self);
  g_clear_object (&self->selection);
  self->filtered = filtered;
  self->selection = gtk_multi_selection_new (G_LIST_MODEL (filtered));
  g_signal_connect (self->selection, "selection-changed", G_CALLBACK (selection_changed_cb), self);
  if (self->list_view != NULL)
    gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
}

static void
set_changed_cb (QmQuoteList *self)
{
  GHashTableIter iter;
  gpointer item;

  if (gtk_drop_down_get_selected (self->mode) != MODE_ALL ||
      (self->needle != NULL && *self->needle != '\0'))
    refilter (self);
  else
    update_count (self);

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
  GListModel *model = G_LIST_MODEL (self->filtered);
  guint n = g_list_model_get_n_items (model);
  gsize start = qm_annotation_get_start (QM_ANNOTATION (quote));
  guint lo = 0, hi = n;

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
  GtkBitsetIter iter;
  guint pos;

  if (gtk_bitset_iter_init_first (&iter, set, &pos))
    do
      g_ptr_array_add (result, g_list_model_get_item (G_LIST_MODEL (self->filtered), pos));
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
  if (self->speaker_name != NULL &&
      g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search)), self->speaker_name) != 0)
    {
      g_clear_pointer (&self->speaker_id, g_free);
      g_clear_pointer (&self->speaker_name, g_free);
    }
  g_free (self->needle);
  self->needle = g_utf8_casefold (gtk_editable_get_text (GTK_EDITABLE (self->search)), -1);
  refilter (self);
}

static void
selection_changed_cb (GtkSelectionModel *model,
                      guint              position,
                      guint              n_items,
                      QmQuoteList       *self)
{
  g_autoptr(GtkBitset) set = NULL;
  g_autoptr(QmQuote) quote = NULL;

  if (self->syncing)
    return;
  set = gtk_selection_model_get_selection (model);
  if (gtk_bitset_get_size (set) == 0)
    return;
  /* The row that changed, if it is selected; else the first selected. */
  for (guint i = position; i < position + n_items; i++)
    if (gtk_bitset_contains (set, i))
      {
        quote = g_list_model_get_item (G_LIST_MODEL (self->filtered), i);
        break;
      }
  if (quote == NULL)
    quote = g_list_model_get_item (G_LIST_MODEL (self->filtered), gtk_bitset_get_minimum (set));
  g_signal_emit (self, signals[QUOTE_SELECTED], 0, quote);
}

static void
activate_cb (GtkListView *view,
             guint        position,
             QmQuoteList *self)
{
  g_autoptr(QmQuote) quote = g_list_model_get_item (G_LIST_MODEL (self->filtered), position);

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
qm_quote_list_init (QmQuoteList *self)
{
  const char *modes[] = {
    N_("All Quotes"), N_("To Review"), N_("Accepted"), N_("Rejected"),
    N_("Direct Quotations"), N_("Reported Speech"), N_("Mixed Quotations"),
    N_("Scare Quotes"), N_("Tagged"), N_("Without Speaker"), NULL
  };
  g_autoptr(GtkStringList) strings = gtk_string_list_new (NULL);
  GtkListItemFactory *factory;
  GtkWidget *bar, *scrolled;

  for (guint i = 0; modes[i]; i++)
    gtk_string_list_append (strings, _(modes[i]));

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->bound = g_hash_table_new (NULL, NULL);

  bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (bar, "list-toolbar");
  self->search = GTK_SEARCH_ENTRY (gtk_search_entry_new ());
  g_object_set (self->search, "placeholder-text", _("Search words, speakers, tags"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search quotes"), -1);
  g_signal_connect_swapped (self->search, "search-changed", G_CALLBACK (search_changed_cb), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->search));

  self->mode = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (strings)), NULL));
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->mode), _("Show only some quotes"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mode), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Filter quotes"), -1);
  g_signal_connect_swapped (self->mode, "notify::selected", G_CALLBACK (refilter), self);
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->mode));

  self->count_label = GTK_LABEL (small_label ("caption"));
  gtk_widget_add_css_class (GTK_WIDGET (self->count_label), "dim-label");
  gtk_box_append (GTK_BOX (bar), GTK_WIDGET (self->count_label));
  gtk_box_append (GTK_BOX (self), bar);

  self->filter = gtk_custom_filter_new (filter_func, self, NULL);
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

  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));
  gtk_box_append (GTK_BOX (self), scrolled);
  update_count (self);
}

/* qm-quote-popover.c
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

#include "qm-quote-popover.h"

/* Between the columns of tags. */
#define TAG_COLUMN_SPACING 6

/**
 * QmQuotePopover:
 *
 * Makes a quote or highlight of the selected words, or edits one: speaker
 * (with type-ahead over the people of the article), kind, tags, a note and
 * the span; accept, reject and delete. Every change is one undo step.
 */
struct _QmQuotePopover
{
  GtkPopover       parent_instance;

  QmAnnotationSet *set;
  QmAnnotation    *annotation;   /* NULL while creating */
  gsize            start;
  gsize            end;
  gboolean         highlight;

  GtkLabel        *heading;
  GtkLabel        *excerpt;
  GtkWidget       *quote_box;
  GtkEntry        *speaker;
  GtkListStore    *names;
  GtkDropDown     *kind;
  GtkBox          *tag_box;
  GtkEntry        *note;
  GtkSpinButton   *span_start;
  GtkSpinButton   *span_end;
  GtkWidget       *span_box;
  GtkWidget       *review_box;
  GtkWidget       *split_button;
  GtkButton       *apply_button;
  GtkButton       *delete_button;
  GtkLabel        *error_label;
  GtkScrolledWindow *scroller;   /* the fields between the heading and the buttons */
  GtkBox          *content;      /* the popover's child */
  GtkBox          *actions;      /* the review buttons and the Delete and Done row */
  GHashTable      *checks;       /* category id → GtkCheckButton */
  gint64           shown_at;     /* monotonic time of the last popup */
  gboolean         compact;      /* see set_compact() */
  int              box_extra;    /* the box's height less its fields', see measure_popover() */
  int              fitted_root_height;  /* the window's height at the last fit_in_window() */
  GtkAdjustment   *vadjustment;  /* the text's, followed while shown */
  guint            present_id;   /* idle: present the popover again */
};

G_DEFINE_FINAL_TYPE (QmQuotePopover, qm_quote_popover, GTK_TYPE_POPOVER)

enum {
  REVIEWED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void parent_resized_cb (QmQuotePopover *self);

/* Stops following the text's height (see qm_quote_popover_show()). */
static void
unfollow_text (QmQuotePopover *self)
{
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, parent_resized_cb, self);
  g_clear_object (&self->vadjustment);
}

QmQuotePopover *
qm_quote_popover_new (void)
{
  return g_object_new (QM_TYPE_QUOTE_POPOVER, NULL);
}

QmAnnotation *
qm_quote_popover_get_annotation (QmQuotePopover *self)
{
  return self->annotation;
}

static void
group_toggled_cb (GtkCheckButton *check,
                  QmQuotePopover *self)
{
  gpointer group = g_object_get_data (G_OBJECT (check), "group");
  GHashTableIter iter;
  gpointer value;

  if (!gtk_check_button_get_active (check) || !qm_tag_group_get_exclusive (group))
    return;
  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    if (value != check && g_object_get_data (value, "group") == group)
      gtk_check_button_set_active (value, FALSE);
}

/* The most columns (up to three) in which the tags fit the popover's
 * width, @widths being the natural widths of the check buttons of each
 * group in turn, @starts where each group begins in it. A column is as
 * wide as its widest tag in any group. */
static guint
tag_columns (GArray *widths,
             GArray *starts,
             int     available,
             int     spacing)
{
  for (guint n = 3; n > 1; n--)
    {
      int column[3] = { 0, 0, 0 };
      int total = (int)(n - 1) * spacing;

      for (guint g = 0; g < starts->len; g++)
        {
          guint first = g_array_index (starts, guint, g);
          guint last = g + 1 < starts->len ? g_array_index (starts, guint, g + 1) : widths->len;

          for (guint i = first; i < last; i++)
            column[(i - first) % n] = MAX (column[(i - first) % n], g_array_index (widths, int, i));
        }
      for (guint c = 0; c < n; c++)
        total += column[c];
      if (total <= available)
        return n;
    }
  return 1;
}

/* The tags of every group in one grid, the group's name on a row of its
 * own: a flow box per group made its own columns, from its own labels, and
 * the check boxes of Verification did not line up under those of
 * Statement. */
static void
build_tags (QmQuotePopover *self)
{
  GListModel *groups = qm_annotation_set_get_tag_groups (self->set);
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());
  g_autoptr(GPtrArray) checks = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) widths = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr(GPtrArray) headings = g_ptr_array_new ();
  GtkWidget *child;
  int available;
  guint columns, row = 0;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tag_box))))
    gtk_box_remove (self->tag_box, child);
  g_hash_table_remove_all (self->checks);
  gtk_grid_set_column_spacing (grid, TAG_COLUMN_SPACING);
  gtk_grid_set_row_spacing (grid, 4);
  gtk_box_append (self->tag_box, GTK_WIDGET (grid));

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(QmTagGroup) group = g_list_model_get_item (groups, i);
      GListModel *cats = qm_tag_group_get_categories (group);
      GtkWidget *label = gtk_label_new (qm_tag_group_get_label (group));

      gtk_label_set_xalign (GTK_LABEL (label), 0);
      gtk_widget_add_css_class (label, "caption-heading");
      g_ptr_array_add (headings, label);
      g_array_append_val (starts, checks->len);

      for (guint j = 0; j < g_list_model_get_n_items (cats); j++)
        {
          g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, j);
          const char *name = qm_tag_category_get_label (cat);
          GtkWidget *check = g_object_ref_sink (gtk_check_button_new_with_label (name));
          int width;

          g_signal_connect (check, "toggled", G_CALLBACK (group_toggled_cb), self);
          g_hash_table_insert (self->checks, g_strdup (qm_tag_category_get_id (cat)), check);
          g_object_set_data (G_OBJECT (check), "group", group);
          /* Measured in the grid, where it has its style. */
          gtk_grid_attach (grid, check, 0, (int)checks->len, 1, 1);
          gtk_widget_measure (check, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &width, NULL, NULL);
          gtk_grid_remove (grid, check);
          g_ptr_array_add (checks, check);
          g_array_append_val (widths, width);
        }
    }

  /* The width the popover gives its fields (qm_quote_popover_init()). */
  gtk_widget_get_size_request (GTK_WIDGET (self->content), &available, NULL);
  columns = tag_columns (widths, starts, available, TAG_COLUMN_SPACING);
  for (guint g = 0; g < starts->len; g++)
    {
      guint first = g_array_index (starts, guint, g);
      guint last = g + 1 < starts->len ? g_array_index (starts, guint, g + 1) : checks->len;

      gtk_grid_attach (grid, g_ptr_array_index (headings, g), 0, (int)row++, (int)columns, 1);
      for (guint i = first; i < last; i++)
        gtk_grid_attach (grid, g_ptr_array_index (checks, i), (int)((i - first) % columns),
                         (int)(row + (i - first) / columns), 1, 1);
      row += (last - first + columns - 1) / columns;
    }
}

/* The speaker's type-ahead: the people of the article (column NAME_COLUMN),
 * then one row (NEW_COLUMN set, no name) that offers the words typed as a
 * new person while they name no one. Typing an unknown name (a slip in
 * "Helena Varga") made a new person silently when the quote was applied;
 * the list says so before. */
enum {
  NAME_COLUMN,
  NEW_COLUMN,
};

static void
fill_names (QmQuotePopover *self)
{
  GListModel *people = qm_annotation_set_get_people (self->set);
  GtkTreeIter iter;

  gtk_list_store_clear (self->names);
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(QmPerson) person = g_list_model_get_item (people, i);

      gtk_list_store_append (self->names, &iter);
      gtk_list_store_set (self->names, &iter,
                          NAME_COLUMN, qm_person_get_name (person),
                          NEW_COLUMN, FALSE,
                          -1);
    }
  gtk_list_store_append (self->names, &iter);
  gtk_list_store_set (self->names, &iter, NAME_COLUMN, NULL, NEW_COLUMN, TRUE, -1);
}

/* The speaker's words, trimmed, if they name no person of the article. */
static char *
dup_new_name (QmQuotePopover *self)
{
  GtkEntryCompletion *completion = gtk_entry_get_completion (self->speaker);
  const char *typed = completion ? gtk_entry_completion_get_completion_prefix (completion) : NULL;
  g_autofree char *name = NULL;

  if (typed == NULL)
    typed = gtk_editable_get_text (GTK_EDITABLE (self->speaker));
  name = g_strstrip (g_strdup (typed));

  if (self->set == NULL || *name == '\0' || qm_annotation_set_find_person (self->set, name) != NULL)
    return NULL;
  return g_steal_pointer (&name);
}

static gboolean
is_new_row (GtkTreeModel *model,
            GtkTreeIter  *iter)
{
  gboolean is_new = FALSE;

  gtk_tree_model_get (model, iter, NEW_COLUMN, &is_new, -1);
  return is_new;
}

static gboolean
name_match_func (GtkEntryCompletion *completion,
                 const char         *key,
                 GtkTreeIter        *iter,
                 gpointer            user_data)
{
  QmQuotePopover *self = user_data;
  GtkTreeModel *model = gtk_entry_completion_get_model (completion);
  g_autofree char *name = NULL;
  g_autofree char *normalized = NULL;
  g_autofree char *folded = NULL;

  if (is_new_row (model, iter))
    {
      g_autofree char *new_name = dup_new_name (self);

      return new_name != NULL;
    }
  /* As GtkEntryCompletion's own: the name begins with the key, ignoring
   * case (the key comes normalized and casefolded). */
  gtk_tree_model_get (model, iter, NAME_COLUMN, &name, -1);
  if (name == NULL)
    return FALSE;
  normalized = g_utf8_normalize (name, -1, G_NORMALIZE_ALL);
  folded = normalized ? g_utf8_casefold (normalized, -1) : NULL;
  return folded != NULL && g_str_has_prefix (folded, key);
}

static void
name_cell_func (GtkCellLayout   *layout,
                GtkCellRenderer *cell,
                GtkTreeModel    *model,
                GtkTreeIter     *iter,
                gpointer         user_data)
{
  QmQuotePopover *self = user_data;
  g_autofree char *name = NULL;

  if (is_new_row (model, iter))
    {
      g_autofree char *new_name = dup_new_name (self);
      /* Translators: the last entry of the speaker's type-ahead, for words that name no one yet */
      g_autofree char *label = g_strdup_printf (_("New person “%s”"), new_name ? new_name : "");

      g_object_set (cell, "text", label, "style", PANGO_STYLE_ITALIC, NULL);
      return;
    }
  gtk_tree_model_get (model, iter, NAME_COLUMN, &name, -1);
  g_object_set (cell, "text", name, "style", PANGO_STYLE_NORMAL, NULL);
}

static gboolean
name_selected_cb (GtkEntryCompletion *completion,
                  GtkTreeModel       *model,
                  GtkTreeIter        *iter,
                  QmQuotePopover     *self)
{
  g_autofree char *new_name = NULL;

  if (!is_new_row (model, iter))
    return FALSE;
  /* The words typed, not what the inline completion put after them. */
  new_name = dup_new_name (self);
  if (new_name != NULL)
    gtk_editable_set_text (GTK_EDITABLE (self->speaker), new_name);
  gtk_editable_set_position (GTK_EDITABLE (self->speaker), -1);
  return TRUE;
}

/* The list pops up for the "New person" row alone too, not for a whole
 * name alone (as before, it is in the entry already). */
static void
speaker_changed_cb (QmQuotePopover *self)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->speaker))));
  GtkEntryCompletion *completion = gtk_entry_get_completion (self->speaker);

  if (completion == NULL)
    return;
  gtk_entry_completion_set_popup_single_match (completion,
                                               self->set != NULL && *name != '\0' &&
                                               qm_annotation_set_find_person (self->set, name) == NULL);
}

static void
prepare (QmQuotePopover  *self,
         QmAnnotationSet *set)
{
  gsize length;

  g_set_object (&self->set, set);
  build_tags (self);
  fill_names (self);
  gtk_label_set_label (self->error_label, "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), FALSE);

  length = qm_text_get_length (qm_annotation_set_get_text (set));
  gtk_spin_button_set_range (self->span_start, 0, (double)length);
  gtk_spin_button_set_range (self->span_end, 0, (double)length);
}

static void
show_excerpt (QmQuotePopover *self)
{
  g_autofree char *words = qm_text_dup_slice (qm_annotation_set_get_text (self->set), self->start, self->end);
  g_autofree char *shown = NULL;

  if (g_utf8_strlen (words, -1) > 140)
    {
      char *cut = g_utf8_offset_to_pointer (words, 140);

      *cut = '\0';
      shown = g_strconcat (words, "…", NULL);
    }
  else
    shown = g_strdup (words);
  gtk_label_set_label (self->excerpt, shown);
}

/**
 * qm_quote_popover_edit:
 * @self: a #QmQuotePopover
 * @set: the annotations
 * @annotation: the quote or highlight to edit
 */
void
qm_quote_popover_edit (QmQuotePopover  *self,
                       QmAnnotationSet *set,
                       QmAnnotation    *annotation)
{
  const char * const *tags = qm_annotation_get_tags (annotation);
  GListModel *notes = qm_annotation_get_notes (annotation);

  prepare (self, set);
  g_set_object (&self->annotation, annotation);
  self->highlight = QM_IS_HIGHLIGHT (annotation);
  self->start = qm_annotation_get_start (annotation);
  self->end = qm_annotation_get_end (annotation);

  gtk_label_set_label (self->heading, self->highlight ? _("Edit Highlight") : _("Edit Quote"));
  gtk_widget_set_visible (self->quote_box, !self->highlight);
  gtk_widget_set_visible (self->review_box, !self->highlight);
  gtk_widget_set_visible (self->split_button, TRUE);
  gtk_widget_set_visible (self->span_box, TRUE);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), TRUE);
  gtk_spin_button_set_value (self->span_start, (double)self->start);
  gtk_spin_button_set_value (self->span_end, (double)self->end);

  if (QM_IS_QUOTE (annotation))
    {
      QmQuote *quote = QM_QUOTE (annotation);
      const char *id = qm_quote_get_speaker_id (quote);
      QmPerson *person = id ? qm_annotation_set_lookup_person (set, id) : NULL;

      gtk_editable_set_text (GTK_EDITABLE (self->speaker), person ? qm_person_get_name (person) : "");
      gtk_drop_down_set_selected (self->kind, qm_quote_get_kind (quote));
    }
  for (guint i = 0; tags && tags[i]; i++)
    {
      GtkCheckButton *check = g_hash_table_lookup (self->checks, tags[i]);

      if (check)
        gtk_check_button_set_active (check, TRUE);
    }
  if (g_list_model_get_n_items (notes) > 0)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, 0);

      gtk_editable_set_text (GTK_EDITABLE (self->note), qm_note_get_text (note));
    }
  else
    gtk_editable_set_text (GTK_EDITABLE (self->note), "");
  show_excerpt (self);
}

/**
 * qm_quote_popover_create:
 * @self: a #QmQuotePopover
 * @set: the annotations
 * @start: first selected character
 * @end: end of the selection
 * @highlight: whether to make a highlight rather than a quote
 */
void
qm_quote_popover_create (QmQuotePopover  *self,
                         QmAnnotationSet *set,
                         gsize            start,
                         gsize            end,
                         gboolean         highlight)
{
  prepare (self, set);
  g_clear_object (&self->annotation);
  self->start = start;
  self->end = end;
  self->highlight = highlight;

  gtk_label_set_label (self->heading, highlight ? _("New Highlight") : _("New Quote"));
  gtk_widget_set_visible (self->quote_box, !highlight);
  gtk_widget_set_visible (self->review_box, FALSE);
  gtk_widget_set_visible (self->split_button, FALSE);
  gtk_widget_set_visible (self->span_box, FALSE);
  gtk_widget_set_visible (GTK_WIDGET (self->delete_button), FALSE);
  gtk_editable_set_text (GTK_EDITABLE (self->speaker), "");
  gtk_editable_set_text (GTK_EDITABLE (self->note), "");
  gtk_drop_down_set_selected (self->kind, QM_QUOTE_KIND_DIRECT);
  show_excerpt (self);
}

void
qm_quote_popover_set_speaker (QmQuotePopover *self,
                              const char     *name)
{
  gtk_editable_set_text (GTK_EDITABLE (self->speaker), name ? name : "");
}

void
qm_quote_popover_set_kind (QmQuotePopover *self,
                           QmQuoteKind     kind)
{
  gtk_drop_down_set_selected (self->kind, kind);
}

void
qm_quote_popover_set_note (QmQuotePopover *self,
                           const char     *text)
{
  gtk_editable_set_text (GTK_EDITABLE (self->note), text ? text : "");
}

/**
 * qm_quote_popover_set_span:
 * @self: a #QmQuotePopover
 * @start: new first character
 * @end: new end, exclusive
 *
 * Sets the bounds fields of an annotation being edited.
 */
void
qm_quote_popover_set_span (QmQuotePopover *self,
                           gsize           start,
                           gsize           end)
{
  gtk_spin_button_set_value (self->span_start, (double)start);
  gtk_spin_button_set_value (self->span_end, (double)end);
}

void
qm_quote_popover_set_tag (QmQuotePopover *self,
                          const char     *category_id,
                          gboolean        active)
{
  GtkCheckButton *check = g_hash_table_lookup (self->checks, category_id);

  if (check != NULL)
    gtk_check_button_set_active (check, active);
}

static QmPerson *
person_for_name (QmQuotePopover  *self,
                 const char      *name,
                 GError         **error)
{
  g_autoptr(QmPerson) person = NULL;
  QmPerson *found;

  if ((found = qm_annotation_set_find_person (self->set, name)) != NULL)
    return found;
  person = qm_person_new (name);
  if (!qm_annotation_set_add_person (self->set, person, error))
    return NULL;
  return person;
}

/**
 * qm_quote_popover_apply:
 * @self: a #QmQuotePopover
 * @error: return location for an error
 *
 * Creates or changes the annotation as the fields say, as one undo step.
 *
 * Returns: whether it worked
 */
gboolean
qm_quote_popover_apply (QmQuotePopover  *self,
                        GError         **error)
{
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->speaker))));
  g_autofree char *note_text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->note))));
  QmAnnotation *a = self->annotation;
  QmQuoteKind kind = gtk_drop_down_get_selected (self->kind);
  GHashTableIter iter;
  gpointer key, value;
  GListModel *notes;
  gboolean ok = FALSE;

  g_return_val_if_fail (self->set != NULL, FALSE);

  g_hash_table_iter_init (&iter, self->checks);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (gtk_check_button_get_active (value))
      g_ptr_array_add (tags, key);
  g_ptr_array_add (tags, NULL);

  qm_annotation_set_begin_group (self->set, a ? _("Edit quote") : (self->highlight ? _("New highlight") : _("New quote")));

  if (a == NULL)
    {
      if (self->highlight)
        a = QM_ANNOTATION (qm_annotation_set_create_highlight (self->set, self->start, self->end, error));
      else
        a = QM_ANNOTATION (qm_annotation_set_create_quote (self->set, kind, self->start, self->end, error));
      if (a == NULL)
        goto out;
      g_set_object (&self->annotation, a);
    }
  else
    {
      gsize s = (gsize)gtk_spin_button_get_value_as_int (self->span_start);
      gsize e = (gsize)gtk_spin_button_get_value_as_int (self->span_end);

      if ((s != qm_annotation_get_start (a) || e != qm_annotation_get_end (a)) &&
          !qm_annotation_set_set_span (self->set, a, s, e, error))
        goto out;
    }

  if (QM_IS_QUOTE (a))
    {
      QmQuote *quote = QM_QUOTE (a);
      const char *old_id = qm_quote_get_speaker_id (quote);
      QmPerson *person = NULL;

      if (*name != '\0' && (person = person_for_name (self, name, error)) == NULL)
        goto out;
      if (g_strcmp0 (old_id, person ? qm_person_get_id (person) : NULL) != 0 &&
          !qm_annotation_set_set_quote_speaker (self->set, quote, person, error))
        goto out;
      if (qm_quote_get_kind (quote) != kind &&
          !qm_annotation_set_set_quote_kind (self->set, quote, kind, error))
        goto out;
    }

  if (!g_strv_equal ((const char * const *)tags->pdata,
                     qm_annotation_get_tags (a) ? qm_annotation_get_tags (a) : (const char * const[]){ NULL }))
    {
      if (!qm_annotation_set_set_tags (self->set, a, (const char * const *)tags->pdata, error))
        goto out;
    }

  notes = qm_annotation_get_notes (a);
  if (g_list_model_get_n_items (notes) > 0)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, 0);

      if (*note_text == '\0')
        {
          if (!qm_annotation_set_remove_note (self->set, a, note, error))
            goto out;
        }
      else if (g_strcmp0 (qm_note_get_text (note), note_text) != 0 &&
               !qm_annotation_set_set_note_text (self->set, a, note, note_text, error))
        goto out;
    }
  else if (*note_text != '\0' && qm_annotation_set_add_note (self->set, a, note_text, error) == NULL)
    goto out;

  ok = TRUE;

out:
  qm_annotation_set_end_group (self->set);
  return ok;
}

static void
report (QmQuotePopover *self,
        GError         *error)
{
  gtk_label_set_label (self->error_label, error->message);
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), TRUE);
}

static void
apply_clicked_cb (QmQuotePopover *self)
{
  g_autoptr(GError) error = NULL;

  if (qm_quote_popover_apply (self, &error))
    gtk_popover_popdown (GTK_POPOVER (self));
  else
    report (self, error);
}

static void
count_cb (guint *n)
{
  (*n)++;
}

static void
review (QmQuotePopover *self,
        QmReviewState   state)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmQuote) quote = NULL;
  guint changes = 0;
  gulong id;

  if (!QM_IS_QUOTE (self->annotation))
    return;
  quote = g_object_ref (QM_QUOTE (self->annotation));
  /* Apply pending edits and the review as one step. */
  id = g_signal_connect_swapped (self->set, "changed", G_CALLBACK (count_cb), &changes);
  qm_annotation_set_begin_group (self->set, state == QM_REVIEW_ACCEPTED ? _("Accept quote") : _("Reject quote"));
  if (qm_quote_popover_apply (self, &error))
    qm_annotation_set_set_quote_review (self->set, quote, state, &error);
  qm_annotation_set_end_group (self->set);
  g_signal_handler_disconnect (self->set, id);
  if (error != NULL)
    {
      report (self, error);
      return;
    }
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[REVIEWED], 0, quote, changes > 0);
}

static void
accept_clicked_cb (QmQuotePopover *self)
{
  review (self, QM_REVIEW_ACCEPTED);
}

static void
reject_clicked_cb (QmQuotePopover *self)
{
  review (self, QM_REVIEW_REJECTED);
}

static void
delete_clicked_cb (QmQuotePopover *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *id = NULL;

  if (self->annotation == NULL)
    return;
  id = g_strdup (qm_annotation_get_id (self->annotation));
  /* The window's removal, which offers Undo in a toast; on its own (no
   * window) the popover removes it itself. */
  if (gtk_widget_activate_action (GTK_WIDGET (self), "win.delete-by-id", "s", id) ||
      qm_annotation_set_remove_annotation (self->set, self->annotation, &error))
    gtk_popover_popdown (GTK_POPOVER (self));
  else
    report (self, error);
}

static GtkWidget *
labelled (const char *text,
          GtkWidget  *widget)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *label = gtk_label_new_with_mnemonic (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "caption-heading");
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), widget);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), widget);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, label, NULL, -1);
  return box;
}

static void
qm_quote_popover_dispose (GObject *object)
{
  QmQuotePopover *self = QM_QUOTE_POPOVER (object);

  g_clear_object (&self->set);
  g_clear_object (&self->annotation);
  unfollow_text (self);
  g_clear_handle_id (&self->present_id, g_source_remove);
  /* Its match and cell functions point at the popover. */
  if (self->speaker != NULL)
    gtk_entry_set_completion (self->speaker, NULL);
  G_OBJECT_CLASS (qm_quote_popover_parent_class)->dispose (object);
}

static void
qm_quote_popover_finalize (GObject *object)
{
  QmQuotePopover *self = QM_QUOTE_POPOVER (object);

  g_clear_pointer (&self->checks, g_hash_table_unref);
  g_clear_object (&self->names);
  G_OBJECT_CLASS (qm_quote_popover_parent_class)->finalize (object);
}

/* Whether the review buttons and the row of Delete and Done fit side by
 * side in the width the popover has anyway (its box's, or its fields'):
 * with longer labels (German) they widened it by 30–40 px. */
static gboolean
actions_fit_in_a_row (QmQuotePopover *self)
{
  GtkWidget *review = gtk_widget_get_first_child (GTK_WIDGET (self->actions));
  GtkWidget *row = gtk_widget_get_next_sibling (review);
  int box_width, fields_width, review_width, row_width;

  gtk_widget_get_size_request (GTK_WIDGET (self->content), &box_width, NULL);
  gtk_widget_measure (GTK_WIDGET (self->scroller), GTK_ORIENTATION_HORIZONTAL, -1, NULL, &fields_width, NULL, NULL);
  gtk_widget_measure (review, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &review_width, NULL, NULL);
  gtk_widget_measure (row, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &row_width, NULL, NULL);
  return review_width + 6 + row_width <= MAX (box_width, fields_width);
}

/* Compact, for a short window: less air, a shorter excerpt (the quote is
 * right beside the popover), and the review buttons in the row of Delete
 * and Done if they fit there; else they stay on a row of their own.
 */
static void
set_compact (QmQuotePopover *self,
             gboolean        compact)
{
  gboolean one_row;

  one_row = compact && actions_fit_in_a_row (self);
  self->compact = compact;
  gtk_box_set_spacing (self->content, compact ? 6 : 10);
  gtk_label_set_lines (self->excerpt, compact ? 2 : 4);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->actions),
                                  one_row ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  gtk_box_set_spacing (self->actions, compact ? 6 : 10);
}

/* The room above and below a quote that starts @y px down the window. */
static int
room_at (int root_height,
         int y,
         int line_height)
{
  return MAX (y, root_height - y - line_height);
}

/* Right after the popover opened on a short window, the text scrolls once
 * so that the quote's line is near the top or the bottom of the text,
 * whichever leaves the popover more room: in the middle of a 600 px window
 * neither side holds it. Returns whether the text scrolled (and the popover
 * was fitted again through notify::pointing-to).
 */
static gboolean
make_room (QmQuotePopover     *self,
           GtkWidget          *root,
           const GdkRectangle *rect,
           int                 room)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  const int context = 12;  /* a little of the text above or below the line */
  GtkAdjustment *adjustment;
  double value, lower, highest, view_x, view_top;
  double best_value;
  int best_room = room;
  int root_height = gtk_widget_get_height (root);

  if (!GTK_IS_SCROLLABLE (parent) ||
      (adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (parent))) == NULL ||
      !gtk_widget_translate_coordinates (parent, root, 0, 0, &view_x, &view_top))
    return FALSE;

  value = best_value = gtk_adjustment_get_value (adjustment);
  lower = gtk_adjustment_get_lower (adjustment);
  highest = MAX (lower, gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment));
  {
    /* The line at the top of the text, or at its bottom. */
    double targets[] = {
      value + rect->y - context,
      value + rect->y + rect->height + context - gtk_widget_get_height (parent),
    };

    for (guint i = 0; i < G_N_ELEMENTS (targets); i++)
      {
        double target = CLAMP (targets[i], lower, highest);
        int y = (int)(view_top + rect->y - (target - value));
        int r = room_at (root_height, y, rect->height);

        if (r > best_room)
          {
            best_room = r;
            best_value = target;
          }
      }
  }
  /* Not for a few pixels. */
  if (best_room < room + 24)
    return FALSE;
  gtk_adjustment_set_value (adjustment, best_value);
  return gtk_adjustment_get_value (adjustment) != value;
}

/* Measures the popover as it will be laid out: the width of its fields is
 * its box's natural width less the box's margins (the popover is as wide
 * as its box asks), and their height what they need at that width. GTK
 * 4.8's scrolled window measures its child at width -1 (where the tags,
 * while they were in flow boxes, wrapped onto more lines: 708 px of fields
 * instead of 480 in English) up to
 * its maximum content height, so the maximum is set to the fields' height
 * first: the popover's height is then what it will have with every field
 * shown. @overhead is that height less the fields'.
 */
static void
measure_popover (QmQuotePopover *self,
                 int            *fields_height,
                 int            *popover_height,
                 int            *overhead)
{
  GtkWidget *fields = gtk_scrolled_window_get_child (self->scroller);
  GtkWidget *content = GTK_WIDGET (self->content);
  int content_width, fields_width, popover_natural, content_natural, content_height, request_width;

  /* Measured free of the height it was held at by the last fitting. */
  gtk_widget_get_size_request (content, &request_width, NULL);
  gtk_widget_set_size_request (content, request_width, -1);
  gtk_widget_measure (content, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &content_width, NULL, NULL);
  fields_width = content_width - gtk_widget_get_margin_start (content) - gtk_widget_get_margin_end (content);
  gtk_widget_measure (fields, GTK_ORIENTATION_VERTICAL, fields_width, NULL, fields_height, NULL, NULL);
  gtk_scrolled_window_set_max_content_height (self->scroller, *fields_height);
  /* The popover's frame (shadow, border, arrow) is what it adds to its box
   * measured at the same width. Its box is not measured through the popover
   * at a given width: GTK 4.8's popover measures its child for a width
   * wider than it then allocates, where the quote's words take a line
   * less, so the fields got 23 px less than they needed at 1280×860. */
  gtk_widget_measure (GTK_WIDGET (self), GTK_ORIENTATION_VERTICAL, -1, NULL, &popover_natural, NULL, NULL);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, -1, NULL, &content_natural, NULL, NULL);
  gtk_widget_measure (content, GTK_ORIENTATION_VERTICAL, content_width, NULL, &content_height, NULL, NULL);
  *popover_height = content_height + (popover_natural - content_natural);
  *overhead = *popover_height - *fields_height;
  self->box_extra = content_height - *fields_height;
}

/* Keeps the popover inside its window: it opens on the side of the text
 * with more room, and the fields scroll when even that side is too short
 * (on X11 a popover may otherwise reach past the window, even past the
 * screen). On a short window the text first scrolls to give it room, and
 * the popover becomes compact.
 */
static void
fit_in_window (QmQuotePopover *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkWidget *root;
  GdkRectangle rect;
  double x, top;
  int room, popover_height, fields_height, overhead;

  if (parent == NULL || !gtk_widget_get_visible (GTK_WIDGET (self)) ||
      (root = GTK_WIDGET (gtk_widget_get_root (parent))) == NULL ||
      !gtk_popover_get_pointing_to (GTK_POPOVER (self), &rect) ||
      !gtk_widget_translate_coordinates (parent, root, rect.x, rect.y, &x, &top))
    return;

  self->fitted_root_height = gtk_widget_get_height (root);
  room = room_at (self->fitted_root_height, (int)top, rect.height);

  measure_popover (self, &fields_height, &popover_height, &overhead);
  if (popover_height > room)
    {
      /* Only while the text may still be scrolling to the quote: later
       * the user scrolled it. */
      if (g_get_monotonic_time () - self->shown_at < G_USEC_PER_SEC &&
          make_room (self, root, &rect, room))
        return;
      /* Compact until it closes: switching back and forth as the text
       * scrolls would only make it jump. */
      if (!self->compact)
        {
          set_compact (self, TRUE);
          measure_popover (self, &fields_height, &popover_height, &overhead);
        }
    }
  gtk_popover_set_position (GTK_POPOVER (self),
                            room == (int)top ? GTK_POS_TOP : GTK_POS_BOTTOM);
  /* No more than the fields need (GTK 4.8 would otherwise leave blank
   * space under them), no more than the room leaves them, and at least a
   * little (the scrolled window's own minimum is one field). The measure
   * counts the popover's shadow too, which leaves some air between its box
   * and the window's edge. */
  fields_height = MIN (fields_height, MAX (60, room - overhead));
  gtk_scrolled_window_set_max_content_height (self->scroller, fields_height);
  /* The box asks for the height it has at the width it gets, which the
   * popover's own measure misses (see measure_popover()). */
  {
    GtkWidget *content = GTK_WIDGET (self->content);
    int request_width;

    /* A size request leaves out the margins the measure counts. */
    gtk_widget_get_size_request (content, &request_width, NULL);
    gtk_widget_set_size_request (content, request_width,
                                 self->box_extra + fields_height -
                                 gtk_widget_get_margin_top (content) - gtk_widget_get_margin_bottom (content));
  }
  /* A popover's surface takes its new size only when it is presented
   * again: its parent does that only when it is allocated itself. */
  gtk_popover_present (GTK_POPOVER (self));
}

/* The window (or the text's wrapping) changed size: the room did too. */
static void
parent_resized_cb (QmQuotePopover *self)
{
  GtkWidget *parent = gtk_widget_get_parent (GTK_WIDGET (self));
  GtkRoot *root = parent ? gtk_widget_get_root (parent) : NULL;

  if (root != NULL && gtk_widget_get_height (GTK_WIDGET (root)) != self->fitted_root_height)
    fit_in_window (self);
}

static gboolean
present_again (gpointer data)
{
  QmQuotePopover *self = data;

  self->present_id = 0;
  if (gtk_widget_get_visible (GTK_WIDGET (self)))
    {
      gtk_widget_queue_resize (GTK_WIDGET (self));
      gtk_popover_present (GTK_POPOVER (self));
    }
  return G_SOURCE_REMOVE;
}

/* After each layout: a popover whose surface kept an earlier, larger size
 * (it was presented before its fields were fitted, and a mapped X11 popup
 * is resized only when presented again) reaches past the window. */
static void
qm_quote_popover_size_allocate (GtkWidget *widget,
                                int        width,
                                int        height,
                                int        baseline)
{
  QmQuotePopover *self = QM_QUOTE_POPOVER (widget);
  int natural;

  GTK_WIDGET_CLASS (qm_quote_popover_parent_class)->size_allocate (widget, width, height, baseline);
  gtk_widget_measure (widget, GTK_ORIENTATION_VERTICAL, width, NULL, &natural, NULL, NULL);
  if (height > natural && self->present_id == 0)
    self->present_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, present_again, self, NULL);
}

static void
qm_quote_popover_show (GtkWidget *widget)
{
  QmQuotePopover *self = QM_QUOTE_POPOVER (widget);
  GtkWidget *parent = gtk_widget_get_parent (widget);
  GtkAdjustment *adjustment;

  self->shown_at = g_get_monotonic_time ();
  set_compact (self, FALSE);
  GTK_WIDGET_CLASS (qm_quote_popover_parent_class)->show (widget);
  /* The text's page size follows its height, so the window's: fitted
   * again when the window is made shorter or taller. */
  unfollow_text (self);
  if (GTK_IS_SCROLLABLE (parent) &&
      (adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (parent))) != NULL)
    {
      self->vadjustment = g_object_ref (adjustment);
      g_signal_connect_swapped (adjustment, "changed", G_CALLBACK (parent_resized_cb), self);
    }
  /* Measured once visible: a hidden widget measures nothing. */
  fit_in_window (self);
}

static void
qm_quote_popover_hide (GtkWidget *widget)
{
  QmQuotePopover *self = QM_QUOTE_POPOVER (widget);

  unfollow_text (self);
  g_clear_handle_id (&self->present_id, g_source_remove);
  GTK_WIDGET_CLASS (qm_quote_popover_parent_class)->hide (widget);
}

static void
qm_quote_popover_class_init (QmQuotePopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = qm_quote_popover_dispose;
  object_class->finalize = qm_quote_popover_finalize;
  widget_class->show = qm_quote_popover_show;
  widget_class->hide = qm_quote_popover_hide;
  widget_class->size_allocate = qm_quote_popover_size_allocate;

  /**
   * QmQuotePopover::reviewed:
   * @self: a #QmQuotePopover
   * @quote: the quote just accepted or rejected with the popover's buttons
   * @changed: whether that was an edit (one undo step)
   *
   * Lets the window go on to the next quote to review, as the A and R
   * keys do.
   */
  signals[REVIEWED] = g_signal_new ("reviewed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 2, QM_TYPE_QUOTE, G_TYPE_BOOLEAN);
}

static GtkWidget *
button (const char *label,
        const char *css)
{
  GtkWidget *b = gtk_button_new_with_mnemonic (label);

  if (css)
    gtk_widget_add_css_class (b, css);
  return b;
}

static void
qm_quote_popover_init (QmQuotePopover *self)
{
  const char *kinds[] = { N_("Direct quotation"), N_("Reported speech"), N_("Mixed quotation"),
                          N_("Scare quotes"), NULL };
  g_autoptr(GtkStringList) kind_list = gtk_string_list_new (NULL);
  GtkEntryCompletion *completion;
  GtkWidget *box, *fields, *row, *b;

  for (guint i = 0; kinds[i]; i++)
    gtk_string_list_append (kind_list, _(kinds[i]));

  self->checks = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  self->names = gtk_list_store_new (2, G_TYPE_STRING, G_TYPE_BOOLEAN);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  self->content = GTK_BOX (box);
  /* Margins, not padding, so that fit_in_window() knows the fields' width. */
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  /* As wide as Accept, Reject, Delete and Done in one row (a compact
   * popover) in English; the popover had that width then anyway. */
  gtk_widget_set_size_request (box, 343, -1);
  gtk_widget_add_css_class (box, "quote-editor");

  self->heading = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "heading");
  gtk_label_set_xalign (self->heading, 0);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->heading));

  self->excerpt = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->excerpt, TRUE);
  gtk_label_set_xalign (self->excerpt, 0);
  gtk_label_set_max_width_chars (self->excerpt, 40);
  /* A long quote leaves room for the fields. */
  gtk_label_set_lines (self->excerpt, 4);
  gtk_label_set_ellipsize (self->excerpt, PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (GTK_WIDGET (self->excerpt), "dim-label");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->excerpt));

  fields = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  self->scroller = GTK_SCROLLED_WINDOW (gtk_scrolled_window_new ());
  gtk_scrolled_window_set_policy (self->scroller, GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (self->scroller, TRUE);
  gtk_scrolled_window_set_child (self->scroller, fields);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->scroller));

  self->quote_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 10);
  self->speaker = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->speaker, _("Name of who said it"));
  completion = gtk_entry_completion_new ();
  gtk_entry_completion_set_model (completion, GTK_TREE_MODEL (self->names));
  gtk_entry_completion_set_text_column (completion, NAME_COLUMN);
  gtk_entry_completion_set_match_func (completion, name_match_func, self, NULL);
  {
    g_autoptr(GList) cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (completion));

    /* the text column's renderer: its text from name_cell_func() */
    gtk_cell_layout_clear_attributes (GTK_CELL_LAYOUT (completion), cells->data);
    gtk_cell_layout_set_cell_data_func (GTK_CELL_LAYOUT (completion), cells->data, name_cell_func, self, NULL);
  }
  g_signal_connect_object (completion, "match-selected", G_CALLBACK (name_selected_cb), self, 0);
  gtk_entry_completion_set_inline_completion (completion, TRUE);
  gtk_entry_completion_set_popup_single_match (completion, FALSE);
  gtk_entry_set_completion (self->speaker, completion);
  g_object_unref (completion);
  g_signal_connect_object (self->speaker, "changed", G_CALLBACK (speaker_changed_cb), self, G_CONNECT_SWAPPED);
  {
    GtkWidget *speaker_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
    GtkWidget *split = gtk_button_new_from_icon_name ("list-add-symbolic");

    gtk_widget_set_hexpand (GTK_WIDGET (self->speaker), TRUE);
    gtk_widget_set_tooltip_text (split, _("A Speaker of Its Own (Ctrl+Shift+P)"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (split), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Give this quote a speaker of its own"), -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (split), "win.split-off");
    self->split_button = split;
    gtk_box_append (GTK_BOX (speaker_row), labelled (_("_Speaker"), GTK_WIDGET (self->speaker)));
    gtk_widget_set_valign (split, GTK_ALIGN_END);
    gtk_box_append (GTK_BOX (speaker_row), split);
    gtk_widget_set_hexpand (gtk_widget_get_first_child (speaker_row), TRUE);
    gtk_box_append (GTK_BOX (self->quote_box), speaker_row);
  }

  self->kind = GTK_DROP_DOWN (gtk_drop_down_new (G_LIST_MODEL (g_object_ref (kind_list)), NULL));
  gtk_box_append (GTK_BOX (self->quote_box), labelled (_("_Kind"), GTK_WIDGET (self->kind)));
  gtk_box_append (GTK_BOX (fields), self->quote_box);

  self->tag_box = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 4));
  gtk_box_append (GTK_BOX (fields), GTK_WIDGET (self->tag_box));

  self->note = GTK_ENTRY (gtk_entry_new ());
  gtk_entry_set_placeholder_text (self->note, _("A note for yourself or your editor"));
  gtk_box_append (GTK_BOX (fields), labelled (_("_Note"), GTK_WIDGET (self->note)));

  self->span_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  self->span_start = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 1, 1));
  self->span_end = GTK_SPIN_BUTTON (gtk_spin_button_new_with_range (0, 1, 1));
  gtk_widget_set_hexpand (GTK_WIDGET (self->span_start), TRUE);
  gtk_widget_set_hexpand (GTK_WIDGET (self->span_end), TRUE);
  gtk_box_append (GTK_BOX (self->span_box), labelled (_("_From character"), GTK_WIDGET (self->span_start)));
  gtk_box_append (GTK_BOX (self->span_box), labelled (_("_To character"), GTK_WIDGET (self->span_end)));
  gtk_box_append (GTK_BOX (fields), self->span_box);

  self->error_label = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_wrap (self->error_label, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->error_label), "error");
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->error_label));

  self->review_box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (self->review_box), TRUE);
  b = button (_("_Accept"), "success");
  gtk_widget_set_tooltip_text (b, _("Accept the quote (A)"));
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (accept_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->review_box), b);
  b = button (_("_Reject"), "error");
  gtk_widget_set_tooltip_text (b, _("Reject the quote (R)"));
  g_signal_connect_swapped (b, "clicked", G_CALLBACK (reject_clicked_cb), self);
  gtk_box_append (GTK_BOX (self->review_box), b);
  self->actions = GTK_BOX (gtk_box_new (GTK_ORIENTATION_VERTICAL, 10));
  gtk_box_append (self->actions, self->review_box);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (self->actions));

  row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_hexpand (row, TRUE);
  self->delete_button = GTK_BUTTON (button (_("_Delete"), "destructive-action"));
  g_signal_connect_swapped (self->delete_button, "clicked", G_CALLBACK (delete_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->delete_button));
  /* "D_one": "_Delete" has the D, and Alt+D then Enter deleted the quote. */
  self->apply_button = GTK_BUTTON (button (_("D_one"), "suggested-action"));
  gtk_widget_set_hexpand (GTK_WIDGET (self->apply_button), TRUE);
  gtk_widget_set_halign (GTK_WIDGET (self->apply_button), GTK_ALIGN_END);
  g_signal_connect_swapped (self->apply_button, "clicked", G_CALLBACK (apply_clicked_cb), self);
  gtk_box_append (GTK_BOX (row), GTK_WIDGET (self->apply_button));
  gtk_box_append (self->actions, row);

  g_signal_connect_swapped (self->speaker, "activate", G_CALLBACK (apply_clicked_cb), self);
  g_signal_connect_swapped (self->note, "activate", G_CALLBACK (apply_clicked_cb), self);

  gtk_popover_set_child (GTK_POPOVER (self), box);
  /* The text may scroll under it after it opened: fit it again. */
  g_signal_connect (self, "notify::pointing-to", G_CALLBACK (fit_in_window), NULL);
  gtk_popover_set_position (GTK_POPOVER (self), GTK_POS_BOTTOM);
  gtk_popover_set_default_widget (GTK_POPOVER (self), GTK_WIDGET (self->apply_button));
}

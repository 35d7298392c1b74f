/* qm-orphan-list.c
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

#include "qm-orphan-list.h"

/**
 * QmOrphanList:
 *
 * The annotations that did not land where they were stored: moved, fuzzily
 * matched or orphaned after the article changed. Each shows its stored text
 * and offers to show it, re-attach it to the selected text, or delete it.
 */
struct _QmOrphanList
{
  GtkBox           parent_instance;

  QmAnnotationSet *set;
  gulong           changed_id;
  GtkListBox      *list_box;
  GtkStack        *stack;
  guint            n_items;
  guint            n_orphans;
};

G_DEFINE_FINAL_TYPE (QmOrphanList, qm_orphan_list, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
state_label (QmAnchorState state)
{
  switch (state)
    {
    case QM_ANCHOR_MOVED: return _("Moved: same words, new place");
    case QM_ANCHOR_FUZZY: return _("Fuzzy: similar words found, please check");
    case QM_ANCHOR_ORPHAN: return _("Orphaned: the words are gone");
    case QM_ANCHOR_EXACT:
    default: return "";
    }
}

static GtkWidget *
row_button (const char *icon,
            const char *label,
            const char *action,
            const char *id)
{
  GtkWidget *b = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (b, "flat");
  gtk_widget_set_tooltip_text (b, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (b), "s", id);
  return b;
}

static void
add_rows (QmOrphanList *self,
          GListModel   *model)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (model, i);
      QmAnchorState state = qm_annotation_get_anchor_state (a);
      const char *id = qm_annotation_get_id (a);
      g_autofree char *title = NULL;
      GtkWidget *row;

      if (state == QM_ANCHOR_EXACT)
        continue;

      row = adw_action_row_new ();
      title = g_markup_escape_text (qm_target_get_exact (qm_annotation_get_target (a)), -1);
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 3);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), state_label (state));
      gtk_widget_add_css_class (row, state == QM_ANCHOR_ORPHAN ? "orphan" : "moved");
      if (state != QM_ANCHOR_ORPHAN)
        adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                   row_button ("find-location-symbolic", _("Show in the Text"), "win.show-annotation", id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button ("edit-select-all-symbolic", _("Attach to the Selected Text"), "win.reattach", id));
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 row_button ("user-trash-symbolic", _("Delete"), "win.delete-by-id", id));
      gtk_list_box_append (self->list_box, row);
      self->n_items++;
      if (state == QM_ANCHOR_ORPHAN)
        self->n_orphans++;
    }
}

static void
rebuild (QmOrphanList *self)
{
  GtkWidget *child;
  guint before = self->n_items;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list_box))))
    gtk_list_box_remove (self->list_box, child);
  self->n_items = self->n_orphans = 0;
  if (self->set != NULL)
    {
      add_rows (self, qm_annotation_set_get_quotes (self->set));
      add_rows (self, qm_annotation_set_get_highlights (self->set));
    }
  gtk_stack_set_visible_child_name (self->stack, self->n_items > 0 ? "list" : "empty");
  if (self->n_items != before)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}

void
qm_orphan_list_set_annotation_set (QmOrphanList    *self,
                                   QmAnnotationSet *set)
{
  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_set_object (&self->set, set);
  if (set != NULL)
    self->changed_id = g_signal_connect_swapped (set, "changed", G_CALLBACK (rebuild), self);
  rebuild (self);
}

guint
qm_orphan_list_get_n_items (QmOrphanList *self)
{
  return self->n_items;
}

guint
qm_orphan_list_get_n_orphans (QmOrphanList *self)
{
  return self->n_orphans;
}

GtkListBox *
qm_orphan_list_get_list_box (QmOrphanList *self)
{
  return self->list_box;
}

static void
qm_orphan_list_dispose (GObject *object)
{
  QmOrphanList *self = QM_ORPHAN_LIST (object);

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_clear_object (&self->set);
  G_OBJECT_CLASS (qm_orphan_list_parent_class)->dispose (object);
}

static void
qm_orphan_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  QmOrphanList *self = QM_ORPHAN_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_orphan_list_class_init (QmOrphanListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qm_orphan_list_dispose;
  object_class->get_property = qm_orphan_list_get_property;

  /**
   * QmOrphanList:n-items:
   *
   * How many annotations are listed: moved, fuzzily matched or orphaned.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_orphan_list_init (QmOrphanList *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_NONE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Annotations to re-attach"), -1);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_box));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Everything in Place"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Annotations that moved or lost their words when the article changed are listed here"));
  gtk_widget_add_css_class (empty, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

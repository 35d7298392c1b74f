/* qm-list-focus.c
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

#include "qm-list-focus.h"

/**
 * qm_focus_past:
 * @widget: a widget
 * @direction: %GTK_DIR_TAB_FORWARD or %GTK_DIR_TAB_BACKWARD
 *
 * Moves the focus to the first widget after @widget's subtree that takes
 * it (or the last before it, going back), as Tab does elsewhere; past the
 * last one it wraps around to the first of the window, as GTK does. Only
 * what is shown counts: the pages a stack hides are visible widgets.
 *
 * Returns: whether a widget took the focus
 */
gboolean
qm_focus_past (GtkWidget        *widget,
               GtkDirectionType  direction)
{
  gboolean forward = direction == GTK_DIR_TAB_FORWARD;
  GtkRoot *root = gtk_widget_get_root (widget);
  GtkWidget *focus;

  for (GtkWidget *w = widget; w != NULL && !GTK_IS_ROOT (w); w = gtk_widget_get_parent (w))
    for (GtkWidget *sibling = forward ? gtk_widget_get_next_sibling (w) : gtk_widget_get_prev_sibling (w);
         sibling != NULL;
         sibling = forward ? gtk_widget_get_next_sibling (sibling) : gtk_widget_get_prev_sibling (sibling))
      if (gtk_widget_get_mapped (sibling) && gtk_widget_child_focus (sibling, direction))
        return TRUE;

  if (root == NULL)
    return FALSE;
  /* Nothing after it: around to the window's first (or last). */
  focus = gtk_root_get_focus (root);
  if (focus != NULL)
    g_object_ref (focus);
  gtk_root_set_focus (root, NULL);
  if (gtk_widget_child_focus (GTK_WIDGET (root), direction))
    {
      g_clear_object (&focus);
      return TRUE;
    }
  gtk_root_set_focus (root, focus);
  g_clear_object (&focus);
  return FALSE;
}

static gboolean
tab_out_cb (GtkWidget *list_view,
            GVariant  *args,
            gpointer   user_data)
{
  GtkWidget *scrolled = gtk_widget_get_parent (list_view);

  return qm_focus_past (scrolled, g_variant_get_boolean (args) ? GTK_DIR_TAB_BACKWARD : GTK_DIR_TAB_FORWARD);
}

/**
 * qm_list_view_tab_out:
 * @list_view: a #GtkListView, the child of a scrolled window
 *
 * Makes Tab and Shift+Tab leave @list_view: GTK 4.8's list view moves the
 * focus from row to row on Tab (and into each row's buttons), so a keyboard
 * user had to go through every row (hundreds) to reach what comes after the
 * list. The arrow keys move between the rows.
 */
void
qm_list_view_tab_out (GtkWidget *list_view)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct { const char *trigger; gboolean backward; } keys[] = {
    { "Tab", FALSE }, { "KP_Tab", FALSE },
    { "<Shift>Tab", TRUE }, { "<Shift>KP_Tab", TRUE }, { "<Shift>ISO_Left_Tab", TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new_with_arguments (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                                           gtk_callback_action_new (tab_out_cb, NULL, NULL),
                                                                           "b", keys[i].backward));
  gtk_widget_add_controller (list_view, controller);
}

/**
 * qm_list_view_focused_data:
 * @list_view: a #GtkListView
 * @key: a key of object data
 *
 * The data under @key of the row with the focus, for the keys a row
 * answers to: the focus is on the list's row widget (or inside it), whose
 * child is the row the factory made and holds the data.
 *
 * Returns: (transfer none) (nullable): the data, or %NULL when no row has
 *   the focus or it holds none
 */
gpointer
qm_list_view_focused_data (GtkWidget  *list_view,
                           const char *key)
{
  GtkRoot *root = gtk_widget_get_root (list_view);
  GtkWidget *focus = root ? gtk_root_get_focus (root) : NULL;

  for (GtkWidget *w = focus; w != NULL && w != list_view; w = gtk_widget_get_parent (w))
    {
      GtkWidget *child = gtk_widget_get_first_child (w);
      gpointer data = g_object_get_data (G_OBJECT (w), key);

      if (data == NULL && child != NULL)
        data = g_object_get_data (G_OBJECT (child), key);
      if (data != NULL)
        return data;
    }
  return NULL;
}

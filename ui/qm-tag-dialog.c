/* qm-tag-dialog.c
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

#include "qm-tag-dialog.h"

/**
 * QmTagDialog:
 *
 * Edits the article's tag sets: the built-in groups (statement type,
 * verification status) and the user's own groups and categories with their
 * colours. Everything is saved in the sidecar and can be undone.
 */
struct _QmTagDialog
{
  AdwPreferencesWindow  parent_instance;

  QmAnnotationSet      *set;
  gulong                changed_id;
  AdwPreferencesPage   *page;
  guint                 rebuild_id;
  double                scroll;     /* to restore once the new page is laid out */
};

G_DEFINE_FINAL_TYPE (QmTagDialog, qm_tag_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void
show_error (QmTagDialog *self,
            GError      *error)
{
  adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self), adw_toast_new (error->message));
}

static void
category_label_cb (AdwEntryRow *row,
                   QmTagDialog *self)
{
  QmTagCategory *cat = g_object_get_data (G_OBJECT (row), "category");
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (*text && !qm_annotation_set_set_tag_category_label (self->set, cat, text, &error))
    show_error (self, error);
}

static void
category_color_cb (GtkColorButton *button,
                   QmTagDialog    *self)
{
  QmTagCategory *cat = g_object_get_data (G_OBJECT (button), "category");
  g_autoptr(GError) error = NULL;
  g_autofree char *hex = NULL;
  GdkRGBA rgba;

  gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (button), &rgba);
  hex = g_strdup_printf ("#%02x%02x%02x", (int)(rgba.red * 255 + .5), (int)(rgba.green * 255 + .5),
                         (int)(rgba.blue * 255 + .5));
  if (!qm_annotation_set_set_tag_category_color (self->set, cat, hex, &error))
    show_error (self, error);
}

static void
category_remove_cb (GtkButton   *button,
                    QmTagDialog *self)
{
  QmTagCategory *cat = g_object_get_data (G_OBJECT (button), "category");
  g_autoptr(GError) error = NULL;

  if (!qm_annotation_set_remove_tag_category (self->set, cat, &error))
    show_error (self, error);
}

static void
category_add_cb (AdwEntryRow *row,
                 QmTagDialog *self)
{
  QmTagGroup *group = g_object_get_data (G_OBJECT (row), "group");
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (*text && qm_annotation_set_add_tag_category (self->set, group, text, NULL, &error) == NULL)
    show_error (self, error);
}

static void
group_remove_cb (GtkButton   *button,
                 QmTagDialog *self)
{
  QmTagGroup *group = g_object_get_data (G_OBJECT (button), "group");
  g_autoptr(GError) error = NULL;

  if (!qm_annotation_set_remove_tag_group (self->set, group, &error))
    show_error (self, error);
}

static void
group_label_cb (AdwEntryRow *row,
                QmTagDialog *self)
{
  QmTagGroup *group = g_object_get_data (G_OBJECT (row), "group");
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (*text && !qm_annotation_set_set_tag_group_label (self->set, group, text, &error))
    show_error (self, error);
}

static void
group_add_cb (AdwEntryRow *row,
              QmTagDialog *self)
{
  GtkSwitch *exclusive = g_object_get_data (G_OBJECT (row), "exclusive");
  g_autoptr(GError) error = NULL;
  const char *text = gtk_editable_get_text (GTK_EDITABLE (row));

  if (*text && qm_annotation_set_add_tag_group (self->set, text, gtk_switch_get_active (exclusive), &error) == NULL)
    show_error (self, error);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label)
{
  GtkWidget *b = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (b, "flat");
  gtk_widget_set_tooltip_text (b, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  return b;
}

/* The dialog is built again after each edit (see rebuild()). Each widget
 * that can have the focus is named by a key (what it is and the tag or group
 * it is for) and a fallback (the group's "Add a Tag" row), so that the focus
 * goes back to where it was instead of to the first tag at the top. */
static void
set_focus_key (GtkWidget  *widget,
               const char *what,
               gpointer    object,
               gpointer    group)
{
  g_object_set_data_full (G_OBJECT (widget), "qm-focus-key", g_strdup_printf ("%s:%p", what, object), g_free);
  if (group != NULL)
    g_object_set_data_full (G_OBJECT (widget), "qm-focus-fallback", g_strdup_printf ("add-tag:%p", group), g_free);
}

static GtkWidget *
find_focus_key (GtkWidget  *widget,
                const char *key)
{
  if (g_strcmp0 (g_object_get_data (G_OBJECT (widget), "qm-focus-key"), key) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_focus_key (child, key);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkAdjustment *
page_vadjustment (AdwPreferencesPage *page)
{
  GtkWidget *w = GTK_WIDGET (page);

  /* The page's scrolled window is its first child. */
  while (w != NULL && !GTK_IS_SCROLLED_WINDOW (w))
    w = gtk_widget_get_first_child (w);
  return w != NULL ? gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (w)) : NULL;
}

/* The new page's scrolled window is laid out: it scrolls to where the
 * old one was (if the focus did not take it elsewhere). */
static void
restore_scroll_cb (GtkAdjustment *adjustment,
                   QmTagDialog   *self)
{
  if (gtk_adjustment_get_upper (adjustment) <= 0)
    return;
  g_signal_handlers_disconnect_by_func (adjustment, restore_scroll_cb, self);
  gtk_adjustment_set_value (adjustment, self->scroll);
}

static void
build_group (QmTagDialog *self,
             QmTagGroup  *group)
{
  AdwPreferencesGroup *pg = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  GListModel *cats = qm_tag_group_get_categories (group);
  gboolean builtin = qm_tag_group_get_builtin (group);
  GtkWidget *row;

  adw_preferences_group_set_title (pg, qm_tag_group_get_label (group));
  adw_preferences_group_set_description (pg, qm_tag_group_get_exclusive (group)
                                             ? _("One tag of this group at a time")
                                             : _("Any number of tags of this group"));
  if (!builtin)
    {
      GtkWidget *b = icon_button ("user-trash-symbolic", _("Remove Group"));

      g_object_set_data (G_OBJECT (b), "group", group);
      g_signal_connect (b, "clicked", G_CALLBACK (group_remove_cb), self);
      set_focus_key (b, "remove-group", group, NULL);
      adw_preferences_group_set_header_suffix (pg, b);

      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Group Name"));
      gtk_editable_set_text (GTK_EDITABLE (row), qm_tag_group_get_label (group));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data (G_OBJECT (row), "group", group);
      g_signal_connect (row, "apply", G_CALLBACK (group_label_cb), self);
      set_focus_key (row, "group", group, NULL);
      adw_preferences_group_add (pg, row);
    }

  for (guint i = 0; i < g_list_model_get_n_items (cats); i++)
    {
      g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, i);
      GtkWidget *color = gtk_color_button_new ();
      GtkWidget *remove = icon_button ("list-remove-symbolic", _("Remove Tag"));
      g_autofree char *color_label = g_strdup_printf (_("Colour of “%s”"), qm_tag_category_get_label (cat));
      GdkRGBA rgba;

      row = adw_entry_row_new ();
      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Tag"));
      gtk_editable_set_text (GTK_EDITABLE (row), qm_tag_category_get_label (cat));
      adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
      g_object_set_data_full (G_OBJECT (row), "category", g_object_ref (cat), g_object_unref);
      g_signal_connect (row, "apply", G_CALLBACK (category_label_cb), self);
      set_focus_key (row, "tag", cat, group);

      gtk_widget_set_valign (color, GTK_ALIGN_CENTER);
      if (qm_tag_category_get_color (cat) && gdk_rgba_parse (&rgba, qm_tag_category_get_color (cat)))
        gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (color), &rgba);
      gtk_accessible_update_property (GTK_ACCESSIBLE (color), GTK_ACCESSIBLE_PROPERTY_LABEL, color_label, -1);
      g_object_set_data_full (G_OBJECT (color), "category", g_object_ref (cat), g_object_unref);
      g_signal_connect (color, "color-set", G_CALLBACK (category_color_cb), self);
      set_focus_key (color, "colour", cat, group);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), color);

      g_object_set_data_full (G_OBJECT (remove), "category", g_object_ref (cat), g_object_unref);
      g_signal_connect (remove, "clicked", G_CALLBACK (category_remove_cb), self);
      set_focus_key (remove, "remove-tag", cat, group);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), remove);
      adw_preferences_group_add (pg, row);
    }

  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Add a Tag"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "group", group);
  g_signal_connect (row, "apply", G_CALLBACK (category_add_cb), self);
  set_focus_key (row, "add-tag", group, NULL);
  adw_preferences_group_add (pg, row);

  adw_preferences_page_add (self->page, pg);
}

static gboolean
rebuild (gpointer user_data)
{
  QmTagDialog *self = user_data;
  GListModel *groups = qm_annotation_set_get_tag_groups (self->set);
  AdwPreferencesGroup *pg;
  GtkWidget *row, *exclusive, *exclusive_row;
  g_autofree char *focus_key = NULL;
  g_autofree char *focus_fallback = NULL;
  GtkAdjustment *adjustment;

  self->rebuild_id = 0;
  self->scroll = 0;
  if (self->page != NULL)
    {
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

      for (GtkWidget *w = focus; w != NULL && w != GTK_WIDGET (self->page); w = gtk_widget_get_parent (w))
        if (g_object_get_data (G_OBJECT (w), "qm-focus-key") != NULL)
          {
            focus_key = g_strdup (g_object_get_data (G_OBJECT (w), "qm-focus-key"));
            focus_fallback = g_strdup (g_object_get_data (G_OBJECT (w), "qm-focus-fallback"));
            break;
          }
      if ((adjustment = page_vadjustment (self->page)) != NULL)
        self->scroll = gtk_adjustment_get_value (adjustment);
      adw_preferences_window_remove (ADW_PREFERENCES_WINDOW (self), self->page);
    }
  self->page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  adw_preferences_page_set_title (self->page, _("Tags"));
  adw_preferences_page_set_icon_name (self->page, "tag-symbolic");

  for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
    {
      g_autoptr(QmTagGroup) group = g_list_model_get_item (groups, i);

      build_group (self, group);
    }

  pg = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  adw_preferences_group_set_title (pg, _("New Group"));
  exclusive_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (exclusive_row), _("One Tag at a Time"));
  exclusive = gtk_switch_new ();
  gtk_widget_set_valign (exclusive, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (exclusive_row), exclusive);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (exclusive_row), exclusive);
  row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Group Name"));
  adw_entry_row_set_show_apply_button (ADW_ENTRY_ROW (row), TRUE);
  g_object_set_data (G_OBJECT (row), "exclusive", exclusive);
  g_signal_connect (row, "apply", G_CALLBACK (group_add_cb), self);
  set_focus_key (row, "add-group", NULL, NULL);
  set_focus_key (exclusive, "exclusive", NULL, NULL);
  adw_preferences_group_add (pg, row);
  adw_preferences_group_add (pg, exclusive_row);
  adw_preferences_page_add (self->page, pg);

  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), self->page);
  if (self->scroll > 0 && (adjustment = page_vadjustment (self->page)) != NULL)
    g_signal_connect_object (adjustment, "changed", G_CALLBACK (restore_scroll_cb), self, 0);
  if (focus_key != NULL)
    {
      GtkWidget *target = find_focus_key (GTK_WIDGET (self->page), focus_key);

      if (target == NULL && focus_fallback != NULL)
        target = find_focus_key (GTK_WIDGET (self->page), focus_fallback);
      if (target != NULL)
        gtk_widget_grab_focus (target);
    }
  return G_SOURCE_REMOVE;
}

static void
set_changed_cb (QmTagDialog *self)
{
  /* Rebuild after the signal, never under the row that emitted it. */
  if (self->rebuild_id == 0)
    self->rebuild_id = g_idle_add_full (G_PRIORITY_DEFAULT, rebuild, self, NULL);
}

static void
qm_tag_dialog_dispose (GObject *object)
{
  QmTagDialog *self = QM_TAG_DIALOG (object);

  g_clear_handle_id (&self->rebuild_id, g_source_remove);
  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_clear_object (&self->set);
  G_OBJECT_CLASS (qm_tag_dialog_parent_class)->dispose (object);
}

static void
qm_tag_dialog_class_init (QmTagDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = qm_tag_dialog_dispose;
}

static void
qm_tag_dialog_init (QmTagDialog *self)
{
}

/**
 * qm_tag_dialog_new:
 * @parent: the window
 * @set: the annotations whose tag sets to edit
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
QmTagDialog *
qm_tag_dialog_new (GtkWindow       *parent,
                   QmAnnotationSet *set)
{
  QmTagDialog *self = g_object_new (QM_TYPE_TAG_DIALOG,
                                    "transient-for", parent,
                                    "modal", TRUE,
                                    "destroy-with-parent", TRUE,
                                    "title", _("Tag Sets"),
                                    "search-enabled", FALSE,
                                    "default-width", 520,
                                    "default-height", 640,
                                    NULL);

  self->set = g_object_ref (set);
  self->changed_id = g_signal_connect_swapped (set, "changed", G_CALLBACK (set_changed_cb), self);
  rebuild (self);
  return self;
}

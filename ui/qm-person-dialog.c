/* qm-person-dialog.c
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

#include "qm-person-dialog.h"

/**
 * QmPersonDialog:
 *
 * Edits a speaker: name, role, aliases and colour, or merges them into
 * another person (their quotes follow), or removes them.
 */
struct _QmPersonDialog
{
  AdwMessageDialog  parent_instance;

  QmAnnotationSet  *set;
  QmPerson         *person;
  GListStore       *others;
  AdwEntryRow      *name_row;
  AdwEntryRow      *role_row;
  AdwEntryRow      *aliases_row;
  GtkColorButton   *color_button;
  gboolean          color_set;
  AdwComboRow      *merge_row;
};

G_DEFINE_FINAL_TYPE (QmPersonDialog, qm_person_dialog, ADW_TYPE_MESSAGE_DIALOG)

void
qm_person_dialog_set_name (QmPersonDialog *self,
                           const char     *name)
{
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), name);
}

void
qm_person_dialog_set_role (QmPersonDialog *self,
                           const char     *role)
{
  gtk_editable_set_text (GTK_EDITABLE (self->role_row), role ? role : "");
}

void
qm_person_dialog_set_aliases (QmPersonDialog *self,
                              const char     *aliases)
{
  gtk_editable_set_text (GTK_EDITABLE (self->aliases_row), aliases ? aliases : "");
}

/**
 * qm_person_dialog_set_merge_target:
 * @self: a #QmPersonDialog
 * @target: (nullable): the person to merge into, or %NULL for none
 */
void
qm_person_dialog_set_merge_target (QmPersonDialog *self,
                                   QmPerson       *target)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->others));

  adw_combo_row_set_selected (self->merge_row, 0);
  for (guint i = 1; target != NULL && i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->others), i);

      if (g_object_get_data (item, "person") == target)
        adw_combo_row_set_selected (self->merge_row, i);
    }
}

static char *
color_to_hex (const GdkRGBA *rgba)
{
  return g_strdup_printf ("#%02x%02x%02x", (int)(rgba->red * 255 + .5),
                          (int)(rgba->green * 255 + .5), (int)(rgba->blue * 255 + .5));
}

/**
 * qm_person_dialog_set_shown_color:
 * @self: a #QmPersonDialog
 * @color: the colour the person's quotes are shown in now
 *
 * Shows @color on the colour button without changing the person.
 */
void
qm_person_dialog_set_shown_color (QmPersonDialog *self,
                                  const char     *color)
{
  GdkRGBA rgba;

  if (color != NULL && gdk_rgba_parse (&rgba, color))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
}

/**
 * qm_person_dialog_apply:
 * @self: a #QmPersonDialog
 * @error: return location for an error
 *
 * Applies the fields as one undo step.
 *
 * Returns: whether it worked
 */
gboolean
qm_person_dialog_apply (QmPersonDialog  *self,
                        GError         **error)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->name_row))));
  g_autofree char *role = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->role_row))));
  g_auto(GStrv) parts = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->aliases_row)), ",", -1);
  g_autoptr(GPtrArray) aliases = g_ptr_array_new_with_free_func (g_free);
  const char * const *old_aliases = qm_person_get_aliases (self->person);
  guint merge = adw_combo_row_get_selected (self->merge_row);
  gboolean ok = FALSE;

  for (guint i = 0; parts[i]; i++)
    {
      char *alias = g_strstrip (g_strdup (parts[i]));

      if (*alias)
        g_ptr_array_add (aliases, alias);
      else
        g_free (alias);
    }
  g_ptr_array_add (aliases, NULL);

  qm_annotation_set_begin_group (self->set, _("Edit person"));

  if (*name && g_strcmp0 (name, qm_person_get_name (self->person)) != 0 &&
      !qm_annotation_set_set_person_name (self->set, self->person, name, error))
    goto out;
  if (g_strcmp0 (*role ? role : NULL, qm_person_get_role (self->person)) != 0 &&
      !qm_annotation_set_set_person_role (self->set, self->person, *role ? role : NULL, error))
    goto out;
  if (!g_strv_equal ((const char * const *)aliases->pdata,
                     old_aliases ? old_aliases : (const char * const[]){ NULL }) &&
      !qm_annotation_set_set_person_aliases (self->set, self->person, (const char * const *)aliases->pdata, error))
    goto out;
  if (self->color_set)
    {
      GdkRGBA rgba;
      g_autofree char *hex = NULL;

      gtk_color_chooser_get_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
      hex = color_to_hex (&rgba);
      if (g_strcmp0 (hex, qm_person_get_color (self->person)) != 0 &&
          !qm_annotation_set_set_person_color (self->set, self->person, hex, error))
        goto out;
    }
  if (merge > 0 && merge != GTK_INVALID_LIST_POSITION)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->others), merge);
      QmPerson *keep = g_object_get_data (item, "person");

      if (!qm_annotation_set_merge_people (self->set, keep, self->person, error))
        goto out;
    }
  ok = TRUE;

out:
  qm_annotation_set_end_group (self->set);
  return ok;
}

static void
response_cb (QmPersonDialog *self,
             const char     *response)
{
  g_autoptr(GError) error = NULL;

  if (g_strcmp0 (response, "apply") == 0)
    qm_person_dialog_apply (self, &error);
  else if (g_strcmp0 (response, "remove") == 0)
    qm_annotation_set_remove_person (self->set, self->person, &error);

  if (error != NULL)
    {
      GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (self));
      GtkWidget *msg = adw_message_dialog_new (parent, _("Could Not Change the Person"), error->message);

      gtk_window_set_destroy_with_parent (GTK_WINDOW (msg), TRUE);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (msg), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (msg));
    }
}

static void
color_set_cb (QmPersonDialog *self)
{
  self->color_set = TRUE;
}

static void
qm_person_dialog_dispose (GObject *object)
{
  QmPersonDialog *self = QM_PERSON_DIALOG (object);

  g_clear_object (&self->set);
  g_clear_object (&self->person);
  g_clear_object (&self->others);
  G_OBJECT_CLASS (qm_person_dialog_parent_class)->dispose (object);
}

static void
qm_person_dialog_class_init (QmPersonDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = qm_person_dialog_dispose;
}

static void
qm_person_dialog_init (QmPersonDialog *self)
{
}

/**
 * qm_person_dialog_new:
 * @parent: the window
 * @set: the annotations
 * @person: the person to edit
 *
 * Returns: (transfer none): the dialog, not yet shown
 */
QmPersonDialog *
qm_person_dialog_new (GtkWindow       *parent,
                      QmAnnotationSet *set,
                      QmPerson        *person)
{
  QmPersonDialog *self;
  GtkWidget *list, *color_row;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  GListModel *people = qm_annotation_set_get_people (set);
  const char * const *aliases = qm_person_get_aliases (person);
  g_autofree char *joined = aliases ? g_strjoinv (", ", (char **)aliases) : g_strdup ("");
  GdkRGBA rgba;

  self = g_object_new (QM_TYPE_PERSON_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "heading", qm_person_get_name (person),
                       "body", _("Change how this speaker is named and shown, or merge them with another person; their quotes follow."),
                       NULL);
  self->set = g_object_ref (set);
  self->person = g_object_ref (person);
  self->others = g_list_store_new (GTK_TYPE_STRING_OBJECT);

  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");

  /* Enter in a field applies, as the Apply button (the default response)
   * does: it did nothing, and the dialog stayed open. */
  self->name_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->name_row), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (self->name_row), qm_person_get_name (person));
  adw_entry_row_set_activates_default (self->name_row, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->name_row));

  self->role_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->role_row), _("Role"));
  gtk_editable_set_text (GTK_EDITABLE (self->role_row), qm_person_get_role (person) ? qm_person_get_role (person) : "");
  adw_entry_row_set_activates_default (self->role_row, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->role_row));

  self->aliases_row = ADW_ENTRY_ROW (adw_entry_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->aliases_row), _("Other Names, Separated by Commas"));
  gtk_editable_set_text (GTK_EDITABLE (self->aliases_row), joined);
  adw_entry_row_set_activates_default (self->aliases_row, TRUE);
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->aliases_row));

  color_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (color_row), _("Colour"));
  self->color_button = GTK_COLOR_BUTTON (gtk_color_button_new ());
  gtk_widget_set_valign (GTK_WIDGET (self->color_button), GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->color_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Colour of this speaker’s quotes"), -1);
  if (qm_person_get_color (person) && gdk_rgba_parse (&rgba, qm_person_get_color (person)))
    gtk_color_chooser_set_rgba (GTK_COLOR_CHOOSER (self->color_button), &rgba);
  g_signal_connect_swapped (self->color_button, "color-set", G_CALLBACK (color_set_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (color_row), GTK_WIDGET (self->color_button));
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (color_row), GTK_WIDGET (self->color_button));
  gtk_list_box_append (GTK_LIST_BOX (list), color_row);

  gtk_string_list_append (names, _("Keep Separate"));
  {
    g_autoptr(GtkStringObject) none = gtk_string_object_new ("");

    g_list_store_append (self->others, none);
  }
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(QmPerson) other = g_list_model_get_item (people, i);
      g_autoptr(GtkStringObject) item = NULL;

      if (other == person)
        continue;
      item = gtk_string_object_new (qm_person_get_name (other));
      g_object_set_data_full (G_OBJECT (item), "person", g_object_ref (other), g_object_unref);
      g_list_store_append (self->others, item);
      gtk_string_list_append (names, qm_person_get_name (other));
    }
  self->merge_row = ADW_COMBO_ROW (adw_combo_row_new ());
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->merge_row), _("Merge Into"));
  adw_combo_row_set_model (self->merge_row, G_LIST_MODEL (names));
  gtk_list_box_append (GTK_LIST_BOX (list), GTK_WIDGET (self->merge_row));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (self), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (self),
                                    "cancel", _("_Cancel"),
                                    "remove", _("_Remove"),
                                    "apply", _("_Apply"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "remove", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (self), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (self), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (self), "cancel");
  g_signal_connect (self, "response", G_CALLBACK (response_cb), NULL);
  return self;
}

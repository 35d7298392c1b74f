/* qm-preferences.c
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

#include "qm-preferences.h"

/**
 * QmPreferences:
 *
 * Font, text width, default tag set, autosave delay and light/dark style,
 * each stored in GSettings as soon as it changes.
 */
struct _QmPreferences
{
  AdwPreferencesWindow  parent_instance;

  GSettings            *settings;
};

G_DEFINE_FINAL_TYPE (QmPreferences, qm_preferences, ADW_TYPE_PREFERENCES_WINDOW)

static const char *styles[] = { "default", "light", "dark" };

static void
style_selected_cb (AdwComboRow   *row,
                   GParamSpec    *pspec,
                   QmPreferences *self)
{
  guint i = adw_combo_row_get_selected (row);

  if (i < G_N_ELEMENTS (styles))
    g_settings_set_string (self->settings, "style-variant", styles[i]);
}

static void
int_spin_cb (GtkSpinButton *spin,
             QmPreferences *self)
{
  const char *key = g_object_get_data (G_OBJECT (spin), "key");
  g_autoptr(GVariant) current = g_settings_get_value (self->settings, key);

  if (g_variant_is_of_type (current, G_VARIANT_TYPE_UINT32))
    g_settings_set_uint (self->settings, key, (guint)gtk_spin_button_get_value_as_int (spin));
  else
    g_settings_set_int (self->settings, key, gtk_spin_button_get_value_as_int (spin));
}

static GtkWidget *
spin_row (QmPreferences *self,
          const char    *title,
          const char    *subtitle,
          const char    *key,
          double         min,
          double         max,
          double         step)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (min, max, step);
  g_autoptr(GVariant) value = g_settings_get_value (self->settings, key);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin),
                             g_variant_is_of_type (value, G_VARIANT_TYPE_UINT32)
                             ? (double)g_variant_get_uint32 (value) : (double)g_variant_get_int32 (value));
  gtk_accessible_update_property (GTK_ACCESSIBLE (spin), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  g_object_set_data (G_OBJECT (spin), "key", (gpointer)key);
  g_signal_connect (spin, "value-changed", G_CALLBACK (int_spin_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  return row;
}

/* An empty setting means the desktop's font: show that one on the button. */
static gboolean
font_get_mapping (GValue   *value,
                  GVariant *variant,
                  gpointer  user_data)
{
  const char *font = g_variant_get_string (variant, NULL);
  g_autofree char *desktop = NULL;

  if (font == NULL || *font == '\0')
    {
      g_object_get (gtk_settings_get_default (), "gtk-font-name", &desktop, NULL);
      g_value_set_string (value, desktop != NULL ? desktop : "Sans 11");
    }
  else
    g_value_set_string (value, font);
  return TRUE;
}

static GVariant *
font_set_mapping (const GValue       *value,
                  const GVariantType *expected_type,
                  gpointer            user_data)
{
  return g_variant_new_string (g_value_get_string (value) ? g_value_get_string (value) : "");
}

static void
reset_font_cb (QmPreferences *self)
{
  g_settings_reset (self->settings, "font");
}

/* The default tag set: the tag groups of an annotation file the user picks. */
static void
tag_set_changed_cb (QmPreferences *self)
{
  AdwActionRow *row = g_object_get_data (G_OBJECT (self), "tag-set-row");
  GtkWidget *clear = g_object_get_data (G_OBJECT (self), "tag-set-clear");
  g_autofree char *path = g_settings_get_string (self->settings, "default-tag-set");

  if (path == NULL || *path == '\0')
    adw_action_row_set_subtitle (row, _("Built-in: statement type and verification status"));
  else
    {
      g_autofree char *name = g_filename_display_basename (path);
      /* Translators: the default tag set comes from this annotation file */
      g_autofree char *text = g_strdup_printf (_("From %s"), name);

      adw_action_row_set_subtitle (row, text);
    }
  gtk_widget_set_sensitive (clear, path != NULL && *path != '\0');
}

static void
tag_set_chosen_cb (GtkNativeDialog *chooser,
                   int              response,
                   QmPreferences   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
      g_autofree char *path = file ? g_file_get_path (file) : NULL;

      if (path != NULL)
        g_settings_set_string (self->settings, "default-tag-set", path);
    }
  gtk_native_dialog_destroy (chooser);
  g_object_unref (chooser);
}

static void
choose_tag_set_cb (QmPreferences *self)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Choose Annotations With the Tag Sets to Start With"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Use Their Tag Sets"), NULL);
  gtk_file_filter_set_name (filter, _("Quotemark annotations"));
  gtk_file_filter_add_pattern (filter, "*.quotemark.xml");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect (chooser, "response", G_CALLBACK (tag_set_chosen_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
reset_tag_set_cb (QmPreferences *self)
{
  g_settings_reset (self->settings, "default-tag-set");
}

static void
qm_preferences_dispose (GObject *object)
{
  QmPreferences *self = QM_PREFERENCES (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (qm_preferences_parent_class)->dispose (object);
}

static void
qm_preferences_class_init (QmPreferencesClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = qm_preferences_dispose;
}

static void
qm_preferences_init (QmPreferences *self)
{
}

/**
 * qm_preferences_new:
 * @parent: the window
 * @settings: the application settings
 *
 * Returns: (transfer none): the preferences window, not yet shown
 */
QmPreferences *
qm_preferences_new (GtkWindow *parent,
                    GSettings *settings)
{
  QmPreferences *self = g_object_new (QM_TYPE_PREFERENCES,
                                      "transient-for", parent,
                                      "modal", TRUE,
                                    "destroy-with-parent", TRUE,
                                      "search-enabled", FALSE,
                                      NULL);
  AdwPreferencesPage *page = ADW_PREFERENCES_PAGE (adw_preferences_page_new ());
  AdwPreferencesGroup *look = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  AdwPreferencesGroup *work = ADW_PREFERENCES_GROUP (adw_preferences_group_new ());
  g_autoptr(GtkStringList) style_names = gtk_string_list_new (NULL);
  g_autofree char *style = NULL;
  GtkWidget *row, *font, *reset, *box;

  self->settings = g_object_ref (settings);

  adw_preferences_page_set_title (page, _("General"));
  adw_preferences_page_set_icon_name (page, "preferences-system-symbolic");
  adw_preferences_group_set_title (look, _("Appearance"));
  adw_preferences_group_set_title (work, _("Annotating"));

  /* Style */
  gtk_string_list_append (style_names, _("Follow System"));
  gtk_string_list_append (style_names, _("Light"));
  gtk_string_list_append (style_names, _("Dark"));
  row = adw_combo_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Style"));
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (style_names));
  style = g_settings_get_string (settings, "style-variant");
  for (guint i = 0; i < G_N_ELEMENTS (styles); i++)
    if (g_strcmp0 (style, styles[i]) == 0)
      adw_combo_row_set_selected (ADW_COMBO_ROW (row), i);
  g_signal_connect (row, "notify::selected", G_CALLBACK (style_selected_cb), self);
  adw_preferences_group_add (look, row);

  /* Font */
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Article Font"));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _("Reset to use the document font of the desktop"));
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_valign (box, GTK_ALIGN_CENTER);
  font = gtk_font_button_new ();
  gtk_font_button_set_use_font (GTK_FONT_BUTTON (font), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (font), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Article font"), -1);
  g_settings_bind_with_mapping (settings, "font", font, "font", G_SETTINGS_BIND_DEFAULT,
                                font_get_mapping, font_set_mapping, NULL, NULL);
  reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  gtk_widget_add_css_class (reset, "flat");
  gtk_widget_set_tooltip_text (reset, _("Use the Document Font"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (reset), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Use the document font"), -1);
  g_signal_connect_swapped (reset, "clicked", G_CALLBACK (reset_font_cb), self);
  gtk_box_append (GTK_BOX (box), font);
  gtk_box_append (GTK_BOX (box), reset);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), box);
  adw_preferences_group_add (look, row);

  adw_preferences_group_add (look, spin_row (self, _("Text Width"), _("The widest the article text gets, in pixels"),
                                             "text-width", 400, 2000, 20));

  /* Work */
  row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Default Tag Set"));
  gtk_widget_set_tooltip_text (row, _("The tag groups an article without saved annotations starts with"));
  {
    GtkWidget *choose = gtk_button_new_with_mnemonic (_("_Choose…"));
    GtkWidget *clear = gtk_button_new_from_icon_name ("edit-undo-symbolic");

    gtk_widget_set_valign (choose, GTK_ALIGN_CENTER);
    gtk_widget_set_valign (clear, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (clear, "flat");
    gtk_widget_set_tooltip_text (clear, _("Use the Built-in Tag Sets"));
    gtk_accessible_update_property (GTK_ACCESSIBLE (choose), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Choose the annotations whose tag sets new articles start with"), -1);
    gtk_accessible_update_property (GTK_ACCESSIBLE (clear), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    _("Use the built-in tag sets"), -1);
    g_signal_connect_swapped (choose, "clicked", G_CALLBACK (choose_tag_set_cb), self);
    g_signal_connect_swapped (clear, "clicked", G_CALLBACK (reset_tag_set_cb), self);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), clear);
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), choose);
    adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), choose);
    g_object_set_data (G_OBJECT (self), "tag-set-row", row);
    g_object_set_data (G_OBJECT (self), "tag-set-clear", clear);
    g_signal_connect_object (settings, "changed::default-tag-set", G_CALLBACK (tag_set_changed_cb),
                             self, G_CONNECT_SWAPPED);
    tag_set_changed_cb (self);
  }
  adw_preferences_group_add (work, row);
  adw_preferences_group_add (work, spin_row (self, _("Autosave Delay"),
                                             _("Seconds after an edit before a recovery draft is written"),
                                             "autosave-delay", 1, 3600, 1));

  adw_preferences_page_add (page, look);
  adw_preferences_page_add (page, work);
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), page);
  return self;
}

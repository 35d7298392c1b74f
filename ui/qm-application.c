/* qm-application.c
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

#include "qm-application.h"
#include "qm-window.h"

struct _QmApplication
{
  AdwApplication  parent_instance;

  GSettings      *settings;
  GtkCssProvider *font_css;
};

G_DEFINE_FINAL_TYPE (QmApplication, qm_application, ADW_TYPE_APPLICATION)

/**
 * qm_application_new:
 *
 * Returns: (transfer full): the application
 */
QmApplication *
qm_application_new (void)
{
  return g_object_new (QM_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/quotemark/Quotemark",
                       NULL);
}

/**
 * qm_application_get_settings:
 * @self: a #QmApplication
 *
 * Returns: (transfer none): the application's settings
 */
GSettings *
qm_application_get_settings (QmApplication *self)
{
  g_return_val_if_fail (QM_IS_APPLICATION (self), NULL);

  if (self->settings == NULL)
    self->settings = g_settings_new (SCHEMA_ID);
  return self->settings;
}

static QmWindow *
find_window_for_file (QmApplication *self,
                      GFile         *file,
                      gboolean       allow_empty)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self)); l; l = l->next)
    {
      GFile *shown;

      if (!QM_IS_WINDOW (l->data))
        continue;
      shown = qm_window_get_file (l->data);
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
      if (allow_empty && shown == NULL && !qm_window_get_busy (l->data))
        return l->data;
    }

  return NULL;
}

static void
qm_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (qm_window_new (QM_APPLICATION (app)));

  gtk_window_present (window);
}

static void
qm_application_open (GApplication  *app,
                     GFile        **files,
                     int            n_files,
                     const char    *hint)
{
  QmApplication *self = QM_APPLICATION (app);

  for (int i = 0; i < n_files; i++)
    {
      /* A sidecar opens its article, with the annotations. */
      g_autoptr(GFile) article = qm_window_article_for (files[i]);
      QmWindow *window = find_window_for_file (self, article, TRUE);

      if (window == NULL)
        window = qm_window_new (self);
      if (qm_window_get_file (window) == NULL)
        qm_window_open (window, article);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static void
qm_application_dispose (GObject *object)
{
  QmApplication *self = (QmApplication *)object;

  g_clear_object (&self->settings);
  g_clear_object (&self->font_css);

  G_OBJECT_CLASS (qm_application_parent_class)->dispose (object);
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  GtkApplication *app = user_data;
  GList *windows = g_list_copy (gtk_application_get_windows (app));

  /* Closing each window lets it save its state first. */
  for (GList *l = windows; l; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static void
new_window_action (GSimpleAction *action,
                   GVariant      *parameter,
                   gpointer       user_data)
{
  gtk_window_present (GTK_WINDOW (qm_window_new (user_data)));
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *app = user_data;
  const char *developers[] = { "The Quotemark authors", NULL };

  adw_show_about_window (gtk_application_get_active_window (app),
                         "application-name", _("Quotemark"),
                         "application-icon", APP_ID,
                         "developer-name", _("The Quotemark authors"),
                         "version", PACKAGE_VERSION,
                         "comments", _("See who said what in a news article"),
                         "developers", developers,
                         "copyright", "© 2026 The Quotemark authors",
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static void
style_variant_changed_cb (GSettings  *settings,
                          const char *key,
                          gpointer    user_data)
{
  g_autofree char *variant = g_settings_get_string (settings, "style-variant");
  AdwColorScheme scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_strcmp0 (variant, "light") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_strcmp0 (variant, "dark") == 0)
    scheme = ADW_COLOR_SCHEME_FORCE_DARK;
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
}

static void
font_changed_cb (GSettings     *settings,
                 const char    *key,
                 QmApplication *self)
{
  g_autofree char *font = g_settings_get_string (settings, "font");
  g_autoptr(GString) css = g_string_new (NULL);

  if (font != NULL && *font != '\0')
    {
      PangoFontDescription *desc = pango_font_description_from_string (font);
      const char *family = pango_font_description_get_family (desc);
      int size = pango_font_description_get_size (desc);

      g_string_append (css, "textview.article {");
      if (family != NULL)
        g_string_append_printf (css, " font-family: \"%s\";", family);
      if (size > 0)
        g_string_append_printf (css, " font-size: %dpt;", size / PANGO_SCALE);
      if (pango_font_description_get_style (desc) == PANGO_STYLE_ITALIC)
        g_string_append (css, " font-style: italic;");
      g_string_append_printf (css, " font-weight: %d; }", (int)pango_font_description_get_weight (desc));
      pango_font_description_free (desc);
    }
  gtk_css_provider_load_from_data (self->font_css, css->str, (gssize)css->len);
}

static const GActionEntry app_actions[] = {
  { "quit", quit_action },
  { "new-window", new_window_action },
  { "about", about_action },
};

static void
qm_application_startup (GApplication *app)
{
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *new_window_accels[] = { "<Control>n", NULL };
  static const char *open_accels[] = { "<Control>o", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  static const char *help_accels[] = { "<Control>question", NULL };
  static const struct {
    const char *action;
    const char *accels[3];
  } win_accels[] = {
    { "win.save", { "<Control>s", NULL } },
    { "win.undo", { "<Control>z", NULL } },
    { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
    { "win.make-quote", { "<Control>e", NULL } },
    { "win.make-highlight", { "<Control>m", NULL } },
    { "win.next-quote", { "<Alt>Down", "F8", NULL } },
    { "win.previous-quote", { "<Alt>Up", "<Shift>F8", NULL } },
    { "win.find", { "<Control>f", NULL } },
    { "win.find-next", { "<Control>g", NULL } },
    { "win.find-previous", { "<Control><Shift>g", NULL } },
    { "win.toggle-panel", { "F9", NULL } },
    { "win.show-page::quotes", { "<Alt>1", NULL } },
    { "win.show-page::people", { "<Alt>2", NULL } },
    { "win.show-page::review", { "<Alt>3", NULL } },
    { "win.focus-text", { "<Alt>0", NULL } },
    { "win.search-quotes", { "<Control><Shift>f", NULL } },
    { "win.edit-tag-sets", { "<Control>t", NULL } },
    { "win.split-off", { "<Control><Shift>p", NULL } },
    { "win.set-span", { "<Control>b", NULL } },
    { "win.reload", { "F5", NULL } },
    { "win.preferences", { "<Control>comma", NULL } },
    { "win.export", { "<Control><Shift>e", NULL } },
  };
  QmApplication *self = QM_APPLICATION (app);
  GSettings *settings;

  G_APPLICATION_CLASS (qm_application_parent_class)->startup (app);

  for (guint i = 0; i < G_N_ELEMENTS (win_accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (app), win_accels[i].action, win_accels[i].accels);

  settings = qm_application_get_settings (self);
  g_signal_connect (settings, "changed::style-variant", G_CALLBACK (style_variant_changed_cb), NULL);
  style_variant_changed_cb (settings, "style-variant", NULL);
  self->font_css = gtk_css_provider_new ();
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (self->font_css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION + 1);
  g_signal_connect (settings, "changed::font", G_CALLBACK (font_changed_cb), self);
  font_changed_cb (settings, "font", self);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_actions,
                                   G_N_ELEMENTS (app_actions), app);

  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.new-window", new_window_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.open", open_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "window.close", close_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "win.show-help-overlay", help_accels);
}

static int
qm_application_handle_local_options (GApplication *app,
                                     GVariantDict *options)
{
  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("quotemark %s\n", PACKAGE_VERSION);
      return 0;
    }

  return -1;
}

static void
qm_application_class_init (QmApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = qm_application_dispose;

  app_class->activate = qm_application_activate;
  app_class->open = qm_application_open;
  app_class->startup = qm_application_startup;
  app_class->handle_local_options = qm_application_handle_local_options;
}

static void
qm_application_init (QmApplication *self)
{
  g_application_add_main_option (G_APPLICATION (self), "version", 0, 0,
                                 G_OPTION_ARG_NONE, _("Show the version"), NULL);
  /* Translators: the arguments in “quotemark --help”; articles or their .quotemark.xml sidecars */
  g_application_set_option_context_parameter_string (G_APPLICATION (self), _("[FILE…]"));
  g_application_set_option_context_summary (G_APPLICATION (self),
                                            _("Open news articles (text or HTML) or their .quotemark.xml annotation files."));
}

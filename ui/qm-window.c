/* qm-window.c
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

#include "qm-window.h"
#include "quotemark-resources.h"

struct _QmWindow
{
  AdwApplicationWindow  parent_instance;

  GCancellable         *cancellable;
  GFile                *file;
  QmSource             *source;
  char                 *error;
  guint                 busy : 1;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwWindowTitle       *window_title;
  AdwSplitButton       *open_button;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  GtkTextView          *text_view;
  AdwClamp             *clamp;
  GtkLabel             *status_label;
  GtkWidget            *status_bar;
};

G_DEFINE_FINAL_TYPE (QmWindow, qm_window, ADW_TYPE_APPLICATION_WINDOW)

enum {
  PROP_0,
  PROP_FILE,
  PROP_SOURCE,
  PROP_BUSY,
  PROP_ERROR,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

/**
 * qm_window_new:
 * @application: the application
 *
 * Returns: (transfer none): a new window, owned by @application
 */
static void restore_state (QmWindow *self);

QmWindow *
qm_window_new (QmApplication *application)
{
  QmWindow *self = g_object_new (QM_TYPE_WINDOW, "application", application, NULL);

  restore_state (self);
  return self;
}

static void
set_busy (QmWindow *self,
          gboolean  busy)
{
  if (self->busy == !!busy)
    return;
  self->busy = !!busy;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
set_error (QmWindow   *self,
           const char *message)
{
  if (g_strcmp0 (self->error, message) == 0)
    return;
  g_free (self->error);
  self->error = g_strdup (message);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ERROR]);
}

static void
show_toast (QmWindow   *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static char *
format_status (QmSource *source)
{
  QmText *text = qm_source_get_text (source);
  g_autofree char *size = g_format_size (qm_source_get_raw_size (source));
  g_autoptr(GString) s = g_string_new (NULL);

  g_string_append_printf (s, "%s", qm_source_get_encoding (source));
  if (qm_source_get_has_bom (source))
    g_string_append (s, _(" with BOM"));
  g_string_append_printf (s, " · %s · ", size);
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%u paragraph", "%u paragraphs",
                                          qm_text_get_n_paragraphs (text)),
                          qm_text_get_n_paragraphs (text));
  g_string_append (s, " · ");
  /* A plain %lu rather than G_GSIZE_FORMAT, which xgettext cannot see through. */
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%lu character", "%lu characters",
                                          qm_text_get_length (text)),
                          (gulong)qm_text_get_length (text));
  if (g_strcmp0 (qm_source_get_media_type (source), "text/html") == 0)
    g_string_append (s, _(" · text extracted from HTML"));
  if (qm_source_get_n_replaced (source) > 0)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE,
                                            " · %u invalid sequence replaced",
                                            " · %u invalid sequences replaced",
                                            qm_source_get_n_replaced (source)),
                            qm_source_get_n_replaced (source));

  return g_string_free (g_steal_pointer (&s), FALSE);
}

static void
show_source (QmWindow *self,
             QmSource *source)
{
  QmText *text = qm_source_get_text (source);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->text_view);
  g_autofree char *title = qm_source_dup_display_title (source);
  g_autofree char *status = format_status (source);
  g_autofree char *subtitle = NULL;
  GtkTextIter start;
  gsize n_bytes;
  const char *data = qm_text_get_data (text, &n_bytes);

  gtk_text_buffer_set_text (buffer, data, n_bytes);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);

  if (self->file != NULL)
    {
      g_autoptr(GFile) parent = g_file_get_parent (self->file);

      if (parent != NULL)
        subtitle = g_file_get_parse_name (parent);
    }

  gtk_window_set_title (GTK_WINDOW (self), title);
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  gtk_label_set_label (self->status_label, status);
  gtk_widget_set_visible (self->status_bar, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "article");
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

#define RECENT_APP_NAME "quotemark"

static void
add_to_recent (GFile    *file,
               QmSource *source)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *)qm_source_get_media_type (source),
    .app_name = (char *)RECENT_APP_NAME,
    .app_exec = (char *)"quotemark %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  g_autoptr(QmWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(QmSource) source = NULL;

  source = qm_source_load_finish (result, &error);
  set_busy (self, FALSE);

  if (source == NULL)
    {
      g_autofree char *name = NULL;
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;

      name = self->file ? g_file_get_basename (self->file) : g_strdup ("?");
      message = g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
      set_error (self, message);
      show_toast (self, message);

      /* The window keeps what it showed before, or explains on the
       * empty page what went wrong.
       */
      if (self->source == NULL)
        {
          g_clear_object (&self->file);
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
          adw_status_page_set_title (self->empty_page, _("Could Not Open the Article"));
          adw_status_page_set_description (self->empty_page, message);
          adw_status_page_set_icon_name (self->empty_page, "dialog-warning-symbolic");
          gtk_stack_set_visible_child_name (self->stack, "empty");
        }
      else
        {
          g_set_object (&self->file, qm_source_get_file (self->source));
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
          gtk_stack_set_visible_child_name (self->stack, "article");
        }
      return;
    }

  set_error (self, NULL);
  g_set_object (&self->source, source);
  show_source (self, source);
  add_to_recent (self->file, source);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * qm_window_open:
 * @self: a #QmWindow
 * @file: the article to show
 *
 * Loads @file off the main thread and shows it; errors show in the window.
 */
void
qm_window_open (QmWindow *self,
                GFile    *file)
{
  g_return_if_fail (QM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  set_busy (self, TRUE);
  if (self->source == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");

  qm_source_load_async (file, self->cancellable, load_cb, g_object_ref (self));
}

/**
 * qm_window_get_file:
 * @self: a #QmWindow
 *
 * Returns: (transfer none) (nullable): the file shown or being opened
 */
GFile *
qm_window_get_file (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), NULL);
  return self->file;
}

/**
 * qm_window_get_source:
 * @self: a #QmWindow
 *
 * Returns: (transfer none) (nullable): the article shown
 */
QmSource *
qm_window_get_source (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), NULL);
  return self->source;
}

gboolean
qm_window_get_busy (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), FALSE);
  return self->busy;
}

/**
 * qm_window_get_error:
 * @self: a #QmWindow
 *
 * Returns: (nullable): the last error shown to the user
 */
const char *
qm_window_get_error (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), NULL);
  return self->error;
}

/**
 * qm_window_get_text_view:
 * @self: a #QmWindow
 *
 * Returns: (transfer none): the view of the article
 */
GtkTextView *
qm_window_get_text_view (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), NULL);
  return self->text_view;
}

/* Opening other files --------------------------------------------------- */

static void
open_in_window (QmWindow *self,
                GFile    *file)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
  QmWindow *target = self;

  /* An article already open gets a window of its own, as from the command line. */
  if (self->source != NULL && app != NULL)
    {
      g_application_open (G_APPLICATION (app), &file, 1, "");
      return;
    }

  qm_window_open (target, file);
}

static void
chooser_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     gpointer         user_data)
{
  QmWindow *self = user_data;

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));

      if (file != NULL)
        open_in_window (self, file);
    }

  gtk_native_dialog_destroy (dialog);
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) articles = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  chooser = gtk_file_chooser_native_new (_("Open Article"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN,
                                         _("_Open"), _("_Cancel"));

  gtk_file_filter_set_name (articles, _("Articles (text and web pages)"));
  gtk_file_filter_add_mime_type (articles, "text/plain");
  gtk_file_filter_add_mime_type (articles, "text/html");
  gtk_file_filter_add_suffix (articles, "txt");
  gtk_file_filter_add_suffix (articles, "html");
  gtk_file_filter_add_suffix (articles, "htm");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), articles);

  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), all);

  g_signal_connect (chooser, "response", G_CALLBACK (chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  open_in_window (self, file);
}

static int
compare_recent_newest_first (gconstpointer a,
                             gconstpointer b)
{
  GDateTime *ta = gtk_recent_info_get_modified ((GtkRecentInfo *)a);
  GDateTime *tb = gtk_recent_info_get_modified ((GtkRecentInfo *)b);

  return g_date_time_compare (tb, ta);
}

static void
update_recent_menu (QmWindow *self)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GMenu) menu = g_menu_new ();
  GList *items = gtk_recent_manager_get_items (manager);
  guint n = 0;

  items = g_list_sort (items, compare_recent_newest_first);

  for (GList *l = items; l != NULL && n < 10; l = l->next)
    {
      GtkRecentInfo *info = l->data;
      g_autoptr(GMenuItem) item = NULL;

      if (!gtk_recent_info_has_application (info, RECENT_APP_NAME) ||
          !gtk_recent_info_exists (info))
        continue;

      item = g_menu_item_new (gtk_recent_info_get_display_name (info), NULL);
      g_menu_item_set_action_and_target (item, "win.open-recent", "s",
                                         gtk_recent_info_get_uri (info));
      g_menu_append_item (menu, item);
      n++;
    }
  g_list_free_full (items, (GDestroyNotify)gtk_recent_info_unref);

  if (n == 0)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_("No Recent Articles"), "win.none");

      g_menu_append_item (menu, item);
    }

  adw_split_button_set_menu_model (self->open_button, G_MENU_MODEL (menu));
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         gpointer       user_data)
{
  QmWindow *self = user_data;
  GSList *files;

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;

  files = g_value_get_boxed (value);
  if (files == NULL)
    return FALSE;

  for (GSList *l = files; l != NULL; l = l->next)
    {
      if (l == files)
        open_in_window (self, l->data);
      else
        {
          GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));
          GFile *file = l->data;

          if (app != NULL)
            g_application_open (G_APPLICATION (app), &file, 1, "");
        }
    }

  return TRUE;
}

/* Window state ---------------------------------------------------------- */

static GSettings *
get_settings (QmWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (QM_IS_APPLICATION (app))
    return qm_application_get_settings (QM_APPLICATION (app));
  return NULL;
}

static gboolean
qm_window_close_request (GtkWindow *window)
{
  QmWindow *self = QM_WINDOW (window);
  GSettings *settings = get_settings (self);

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
    }

  g_cancellable_cancel (self->cancellable);

  return GTK_WINDOW_CLASS (qm_window_parent_class)->close_request (window);
}

static void
restore_state (QmWindow *self)
{
  GSettings *settings;

  if ((settings = get_settings (self)) != NULL)
    {
      gtk_window_set_default_size (GTK_WINDOW (self),
                                   g_settings_get_int (settings, "window-width"),
                                   g_settings_get_int (settings, "window-height"));
      if (g_settings_get_boolean (settings, "window-maximized"))
        gtk_window_maximize (GTK_WINDOW (self));
      g_settings_bind (settings, "text-width", self->clamp, "maximum-size", G_SETTINGS_BIND_GET);
    }
}

static void
qm_window_constructed (GObject *object)
{
  G_OBJECT_CLASS (qm_window_parent_class)->constructed (object);

#if DEVELOPMENT
  gtk_widget_add_css_class (GTK_WIDGET (object), "devel");
#endif
}

static void
qm_window_dispose (GObject *object)
{
  QmWindow *self = (QmWindow *)object;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->file);
  g_clear_object (&self->source);

  gtk_widget_dispose_template (GTK_WIDGET (self), QM_TYPE_WINDOW);

  G_OBJECT_CLASS (qm_window_parent_class)->dispose (object);
}

static void
qm_window_finalize (GObject *object)
{
  QmWindow *self = (QmWindow *)object;

  g_clear_pointer (&self->error, g_free);

  G_OBJECT_CLASS (qm_window_parent_class)->finalize (object);
}

static void
qm_window_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  QmWindow *self = QM_WINDOW (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_SOURCE:
      g_value_set_object (value, self->source);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    case PROP_ERROR:
      g_value_set_string (value, self->error);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_window_class_init (QmWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->constructed = qm_window_constructed;
  object_class->dispose = qm_window_dispose;
  object_class->finalize = qm_window_finalize;
  object_class->get_property = qm_window_get_property;

  window_class->close_request = qm_window_close_request;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_SOURCE] =
    g_param_spec_object ("source", NULL, NULL, QM_TYPE_SOURCE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_ERROR] =
    g_param_spec_string ("error", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Referencing the bundle keeps it linked in from the static library. */
  g_resources_register (qm_get_resource ());

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotemark/Quotemark/qm-window.ui");
  gtk_widget_class_bind_template_child (widget_class, QmWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, open_button);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, empty_page);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, text_view);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, clamp);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, status_label);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, status_bar);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
}

static void
qm_window_init (QmWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  update_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);
}

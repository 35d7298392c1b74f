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
#include <string.h>

#include "qm-drafts.h"
#include "qm-sidecar.h"
#include "qm-sidecar-location.h"
#include "qm-window-private.h"
#include "quotemark-resources.h"

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
notice_dismissed_cb (QmWindow *self,
                     AdwToast *toast)
{
  if (self->notice == toast)
    g_clear_weak_pointer (&self->notice);
}

/* libadwaita 1.2's toast overlay frees what it knows of a dismissed toast
 * when the toast has faded out (300 ms), but the toast's own slide in (up
 * to 500 ms when it replaced another) may still run, and ends on the freed
 * memory. A notice that replaced one shown 100-200 ms before did that:
 * Ctrl+M pressed without a selection every 120 ms (a hint each time), or
 * "Annotations saved" just before the article changed on disk; with freed
 * memory scribbled over (MALLOC_PERTURB_, as under meson test) the window
 * crashed. So a toast is dismissed only once it has been there this long. */
#define TOAST_SETTLE_US (600 * G_TIME_SPAN_MILLISECOND)

typedef struct
{
  AdwToast *toast;
  gint64    due;
} Dismissal;

static void
dismissal_free (gpointer data)
{
  Dismissal *d = data;

  g_object_unref (d->toast);
  g_free (d);
}

static void schedule_dismissals (QmWindow *self);

static void
dismissals_due_cb (gpointer data)
{
  QmWindow *self = data;
  gint64 now = g_get_monotonic_time ();

  self->dismiss_id = 0;
  for (guint i = 0; i < self->dismissals->len;)
    {
      Dismissal *d = g_ptr_array_index (self->dismissals, i);

      if (d->due <= now)
        {
          g_autoptr(AdwToast) toast = g_object_ref (d->toast);

          g_ptr_array_remove_index (self->dismissals, i);
          adw_toast_dismiss (toast);
        }
      else
        {
          i++;
        }
    }
  schedule_dismissals (self);
}

static void
schedule_dismissals (QmWindow *self)
{
  gint64 first = G_MAXINT64;

  g_clear_handle_id (&self->dismiss_id, g_source_remove);
  for (guint i = 0; i < self->dismissals->len; i++)
    first = MIN (first, ((Dismissal *)g_ptr_array_index (self->dismissals, i))->due);
  if (first != G_MAXINT64)
    self->dismiss_id = g_timeout_add_once ((guint)(MAX (0, first - g_get_monotonic_time ()) / 1000) + 1,
                                           dismissals_due_cb, self);
}

/* Dismissed otherwise (its timeout, its close button, the window going)
 * before its turn. */
static void
pending_dismissed_cb (QmWindow *self,
                      AdwToast *toast)
{
  if (self->dismissals == NULL)
    return;
  for (guint i = 0; i < self->dismissals->len; i++)
    if (((Dismissal *)g_ptr_array_index (self->dismissals, i))->toast == toast)
      {
        g_ptr_array_remove_index (self->dismissals, i);
        break;
      }
}

/* Dismisses @toast, presented at @since, now or as soon as that is safe. */
static void
dismiss_toast (QmWindow *self,
               AdwToast *toast,
               gint64    since)
{
  Dismissal *d;

  if (g_get_monotonic_time () >= since + TOAST_SETTLE_US)
    {
      adw_toast_dismiss (toast);
      return;
    }
  d = g_new0 (Dismissal, 1);
  d->toast = g_object_ref (toast);
  d->due = since + TOAST_SETTLE_US;
  g_ptr_array_add (self->dismissals, d);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (pending_dismissed_cb), self, G_CONNECT_SWAPPED);
  schedule_dismissals (self);
}

/* Dismisses the toast the weak pointer @slot holds, if any, shown since
 * @since; the pointer is cleared first: a toast is dismissed once. */
static void
dismiss_held_toast (QmWindow  *self,
                    AdwToast **slot,
                    gint64     since)
{
  AdwToast *toast = *slot;

  if (toast == NULL)
    return;
  g_clear_weak_pointer (slot);
  dismiss_toast (self, toast, since);
}

/* A toast went: the notice queued behind it, if any, shows from now on. */
static void
toast_dismissed_cb (QmWindow *self,
                    AdwToast *toast)
{
  if (self->notice != NULL && self->notice != toast)
    self->notice_at = MAX (self->notice_at, g_get_monotonic_time ());
}

/* Shows @toast, taking it. A notice shown before goes first: a newer toast
 * would push it back into the overlay's queue, and it would come back
 * later, out of date ("Annotations saved" after a reload). A @notice
 * toast only tells something; one with a button stays until it is used.
 * A notice that follows the one presented just before (the last toast,
 * neither with a button) takes its place instead: it says the newer words
 * (see TOAST_SETTLE_US). */
static void
present_toast (QmWindow *self,
               AdwToast *toast,
               gboolean  notice)
{
  gint64 now = g_get_monotonic_time ();

  if (self->notice != NULL)
    {
      AdwToast *old = self->notice;

      if (notice && old == self->last_toast && now < self->notice_at + TOAST_SETTLE_US &&
          adw_toast_get_button_label (old) == NULL && adw_toast_get_button_label (toast) == NULL)
        {
          adw_toast_set_title (old, adw_toast_get_title (toast));
          g_object_unref (toast);
          return;
        }
      dismiss_held_toast (self, &self->notice, self->notice_at);
    }
  if (notice)
    {
      g_set_weak_pointer (&self->notice, toast);
      self->notice_at = now;
      g_signal_connect_object (toast, "dismissed", G_CALLBACK (notice_dismissed_cb), self, G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  g_set_weak_pointer (&self->last_toast, toast);
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
show_toast (QmWindow   *self,
            const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  adw_toast_set_timeout (toast, 8);
  present_toast (self, toast, TRUE);
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
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%'u paragraph", "%'u paragraphs",
                                          qm_text_get_n_paragraphs (text)),
                          qm_text_get_n_paragraphs (text));
  g_string_append (s, " · ");
  /* A plain %lu rather than G_GSIZE_FORMAT, which xgettext cannot see
   * through; the ' flag groups the digits as the locale does ("213,793",
   * German "213.793"), as every count the window shows. */
  g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE, "%'lu character", "%'lu characters",
                                          qm_text_get_length (text)),
                          (gulong)qm_text_get_length (text));
  if (g_strcmp0 (qm_source_get_media_type (source), "text/html") == 0)
    g_string_append (s, _(" · text extracted from HTML"));
  if (qm_source_get_n_replaced (source) > 0)
    g_string_append_printf (s, g_dngettext (GETTEXT_PACKAGE,
                                            " · %'u invalid sequence replaced",
                                            " · %'u invalid sequences replaced",
                                            qm_source_get_n_replaced (source)),
                            qm_source_get_n_replaced (source));

  return g_string_free (g_steal_pointer (&s), FALSE);
}

/* A big article goes into the buffer in slices, one per frame (a tick
 * callback), so the window never waits for one long insertion and layout.
 * An idle below the frame clock's priority would starve while frames follow
 * each other without a pause (slow rendering, a pulsing progress bar): the
 * text then stayed at its first slice until the analysis was done.
 */
#define INSERT_SLICE (256 * 1024)

static gsize
slice_end (const char *data,
           gsize       from,
           gsize       n_bytes)
{
  gsize end = MIN (from + INSERT_SLICE, n_bytes);

  while (end < n_bytes && end > from && ((guchar)data[end] & 0xC0) == 0x80)
    end--;
  return end;
}

static gboolean
insert_slice_cb (gpointer user_data)
{
  QmWindow *self = user_data;
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  gsize n_bytes;
  const char *data = qm_text_get_data (qm_source_get_text (self->source), &n_bytes);
  gsize end = slice_end (data, self->inserted, n_bytes);
  GtkTextIter iter;

  gtk_text_buffer_get_end_iter (buffer, &iter);
  gtk_text_buffer_insert (buffer, &iter, data + self->inserted, (int)(end - self->inserted));
  self->inserted = end;
  if (end < n_bytes)
    return G_SOURCE_CONTINUE;
  self->insert_id = 0;
  return G_SOURCE_REMOVE;
}

static gboolean
insert_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  return insert_slice_cb (user_data);
}

static void
stop_inserting (QmWindow *self)
{
  if (self->insert_id != 0 && self->text_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->text_view), self->insert_id);
  self->insert_id = 0;
}

static void
finish_inserting (QmWindow *self)
{
  guint id = self->insert_id;

  if (id == 0)
    return;
  while (insert_slice_cb (self) == G_SOURCE_CONTINUE)
    ;
  self->insert_id = id;
  stop_inserting (self);
}


/* The folder as people say it: "~/Documents/News" rather than the full path. */
static char *
dup_folder_label (GFile *file)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autoptr(GFile) home = g_file_new_for_path (g_get_home_dir ());
  g_autofree char *relative = NULL;

  if (parent == NULL)
    return NULL;
  if (g_file_equal (parent, home))
    return g_strdup ("~");
  if ((relative = g_file_get_relative_path (home, parent)) != NULL)
    return g_build_filename ("~", relative, NULL);
  return g_file_get_parse_name (parent);
}

static void
show_source (QmWindow *self,
             QmSource *source)
{
  QmText *text = qm_source_get_text (source);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  g_autofree char *title = qm_source_dup_display_title (source);
  g_autofree char *status = format_status (source);
  g_autofree char *subtitle = NULL;
  GtkTextIter start;
  gsize n_bytes;
  const char *data = qm_text_get_data (text, &n_bytes);

  stop_inserting (self);
  self->inserted = slice_end (data, 0, n_bytes);
  gtk_text_buffer_set_text (buffer, data, (int)self->inserted);
  gtk_text_buffer_get_start_iter (buffer, &start);
  gtk_text_buffer_place_cursor (buffer, &start);
  if (self->inserted < n_bytes)
    self->insert_id = gtk_widget_add_tick_callback (GTK_WIDGET (self->text_view), insert_tick_cb, self, NULL);

  if (self->file != NULL)
    subtitle = dup_folder_label (self->file);

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

/* Title, state ------------------------------------------------------------ */

/**
 * qm_window_get_modified:
 * @self: a #QmWindow
 *
 * Returns: whether there are annotations not saved in the sidecar
 */
gboolean
qm_window_get_modified (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), FALSE);
  return self->set != NULL && (self->recovered || qm_annotation_set_get_modified (self->set));
}

static void
update_title (QmWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *shown = NULL;

  if (self->source == NULL)
    return;
  title = qm_source_dup_display_title (self->source);
  if (qm_window_get_modified (self))
    {
      /* Translators: the title of an article with unsaved annotations */
      shown = g_strdup_printf (_("• %s"), title);
      gtk_window_set_title (GTK_WINDOW (self), shown);
      adw_window_title_set_title (self->window_title, shown);
    }
  else
    {
      gtk_window_set_title (GTK_WINDOW (self), title);
      adw_window_title_set_title (self->window_title, title);
    }
}

/**
 * qm_window_article_for:
 * @file: a file the user opened
 *
 * Returns: (transfer full): the article to show: @file itself, or for a
 *   sidecar "X.quotemark.xml" the article "X" next to it
 */
GFile *
qm_window_article_for (GFile *file)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  if (base == NULL || !g_str_has_suffix (base, QM_SIDECAR_SUFFIX) ||
      strlen (base) == strlen (QM_SIDECAR_SUFFIX))
    return g_object_ref (file);
  name = g_strndup (base, strlen (base) - strlen (QM_SIDECAR_SUFFIX));
  parent = g_file_get_parent (file);
  return parent ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

/**
 * qm_window_get_sidecar_file:
 * @self: a #QmWindow
 *
 * Returns: (transfer full) (nullable): the sidecar of the article shown
 */
GFile *
qm_window_get_sidecar_file (QmWindow *self)
{
  return self->file ? qm_sidecar_locate (self->file, NULL) : NULL;
}

/* Drafts ------------------------------------------------------------------- */

/**
 * qm_window_cancel_draft_writes:
 * @self: a #QmWindow
 *
 * Stops the draft writes in flight: they hold older annotations, and must
 * not land after a newer draft or a discard.
 */
void
qm_window_cancel_draft_writes (QmWindow *self)
{
  g_cancellable_cancel (self->draft_cancellable);
  g_clear_object (&self->draft_cancellable);
}

/**
 * qm_window_discard_draft:
 * @self: a #QmWindow
 *
 * Removes the article's draft, and stops a draft being written.
 */
void
qm_window_discard_draft (QmWindow *self)
{
  qm_window_cancel_draft_writes (self);
  if (self->file != NULL)
    qm_drafts_discard (self->file);
}

static gboolean
autosave_cb (gpointer user_data)
{
  QmWindow *self = user_data;

  self->autosave_id = 0;
  if (self->set == NULL || self->file == NULL)
    return G_SOURCE_REMOVE;
  if (!qm_window_get_modified (self))
    qm_window_discard_draft (self);
  else
    {
      qm_window_cancel_draft_writes (self);
      self->draft_cancellable = g_cancellable_new ();
      qm_drafts_write_async (self->set, self->file, self->draft_cancellable);
    }
  return G_SOURCE_REMOVE;
}

static guint
autosave_delay (QmWindow *self)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (self));

  if (QM_IS_APPLICATION (app))
    return g_settings_get_uint (qm_application_get_settings (QM_APPLICATION (app)), "autosave-delay");
  return 3;
}

static void
update_info (QmWindow *self)
{
  QmAnnotation *a = qm_article_view_get_current (self->text_view);
  g_autofree char *info = NULL;

  if (a != NULL)
    info = qm_article_view_describe (self->text_view, a);
  gtk_label_set_label (self->info_label, info ? info : "");
}

static void
set_changed_cb (QmWindow *self)
{
  if (!self->in_undo)
    {
      self->undo_depth++;
      self->redo_depth = 0;
    }
  /* Any other edit, undo or redo: the removal is no longer the edit the
   * toast's Undo would take back. */
  if (self->undo_depth != self->removal_depth)
    dismiss_held_toast (self, &self->removal_toast, self->removal_toast_at);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  self->autosave_id = g_timeout_add_seconds (autosave_delay (self), autosave_cb, self);
  update_title (self);
  update_info (self);
  qm_window_update_actions (self);
}

/* Following the files on disk ---------------------------------------------- */

static void
reload_offer_dismissed_cb (QmWindow *self,
                           AdwToast *toast)
{
  if (self->reload_offer == toast)
    g_clear_weak_pointer (&self->reload_offer);
}

static void start_monitors (QmWindow *self);

/* The article was renamed or moved on disk. Its annotations go with it:
 * saved next to a name that no longer exists, they were not found when
 * the article was opened under its new name. The sidecar (and its backup)
 * is renamed only, never copied, and only onto a name that has none. */
static void
follow_rename (QmWindow *self,
               GFile    *renamed)
{
  g_autoptr(GFile) old_file = g_object_ref (self->file);
  gboolean is_fallback = FALSE;
  g_autoptr(GFile) old_sidecar = qm_sidecar_locate (old_file, &is_fallback);
  g_autoptr(GFile) new_sidecar = is_fallback ? qm_sidecar_fallback_file_for_source (renamed)
                                             : qm_sidecar_file_for_source (renamed);
  g_autofree char *name = g_file_get_basename (renamed);
  g_autofree char *display = g_filename_display_name (name);
  g_autofree char *message = NULL;
  gboolean moved = FALSE;

  if (g_file_query_exists (old_sidecar, NULL) && !g_file_query_exists (new_sidecar, NULL))
    {
      moved = g_file_move (old_sidecar, new_sidecar,
                           G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                           NULL, NULL, NULL, NULL);
      if (moved)
        {
          g_autoptr(GFile) old_backup = qm_sidecar_backup_file (old_sidecar);
          g_autoptr(GFile) new_backup = qm_sidecar_backup_file (new_sidecar);

          if (!g_file_query_exists (new_backup, NULL))
            g_file_move (old_backup, new_backup,
                         G_FILE_COPY_NOFOLLOW_SYMLINKS | G_FILE_COPY_NO_FALLBACK_FOR_MOVE,
                         NULL, NULL, NULL, NULL);
        }
    }

  if (moved)
    /* Translators: %s is the article's new file name */
    message = g_strdup_printf (_("The article was renamed to “%s”; its annotations went with it"), display);
  else
    /* Translators: %s is the article's new file name */
    message = g_strdup_printf (_("The article was renamed to “%s”"), display);

  if (!qm_window_get_modified (self))
    {
      /* nothing unsaved: open it under its new name, title and all */
      qm_window_discard_draft (self);
      qm_window_open (self, renamed);
    }
  else
    {
      /* keep the unsaved edits; they are saved, and kept as a draft,
       * under the new name */
      g_autofree char *subtitle = NULL;

      qm_window_discard_draft (self);
      g_set_object (&self->file, renamed);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
      subtitle = dup_folder_label (self->file);
      adw_window_title_set_subtitle (self->window_title, subtitle);
      start_monitors (self);
      g_clear_handle_id (&self->autosave_id, g_source_remove);
      autosave_cb (self);
    }
  show_toast (self, message);
}

static void
monitor_changed_cb (GFileMonitor      *monitor,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event,
                    QmWindow          *self)
{
  AdwToast *toast;

  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT && event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_DELETED && event != G_FILE_MONITOR_EVENT_RENAMED &&
      event != G_FILE_MONITOR_EVENT_MOVED_IN && event != G_FILE_MONITOR_EVENT_MOVED_OUT)
    return;
  if (monitor == self->article_monitor && other != NULL && self->file != NULL &&
      (event == G_FILE_MONITOR_EVENT_RENAMED || event == G_FILE_MONITOR_EVENT_MOVED_OUT) &&
      g_file_equal (file, self->file) && !g_file_equal (other, self->file))
    {
      follow_rename (self, other);
      return;
    }
  if (event == G_FILE_MONITOR_EVENT_MOVED_OUT)
    return;
  if (monitor == self->sidecar_monitor && (self->saving || g_get_monotonic_time () < self->ignore_monitor_until))
    return;
  if (event == G_FILE_MONITOR_EVENT_DELETED)
    return;

  /* One offer at a time: a later change is told in the one shown (the
   * article's change says more than the annotations') */
  g_object_set_data (G_OBJECT (self), "qm-reload-offered", GINT_TO_POINTER (1));
  if (self->reload_offer != NULL)
    {
      if (monitor == self->article_monitor)
        adw_toast_set_title (self->reload_offer, _("The article changed on disk; annotations will be re-attached"));
      return;
    }
  toast = adw_toast_new (monitor == self->sidecar_monitor
                         ? _("The annotations changed on disk")
                         : _("The article changed on disk; annotations will be re-attached"));
  adw_toast_set_button_label (toast, _("_Reload"));
  adw_toast_set_action_name (toast, "win.reload");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 0);
  g_set_weak_pointer (&self->reload_offer, toast);
  self->reload_offer_at = g_get_monotonic_time ();
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (reload_offer_dismissed_cb), self, G_CONNECT_SWAPPED);
  present_toast (self, toast, FALSE);
}

static void
stop_monitors (QmWindow *self)
{
  if (self->sidecar_monitor)
    {
      g_signal_handlers_disconnect_by_data (self->sidecar_monitor, self);
      g_file_monitor_cancel (self->sidecar_monitor);
    }
  if (self->article_monitor)
    {
      g_signal_handlers_disconnect_by_data (self->article_monitor, self);
      g_file_monitor_cancel (self->article_monitor);
    }
  g_clear_object (&self->sidecar_monitor);
  g_clear_object (&self->article_monitor);
}

static void
start_monitors (QmWindow *self)
{
  g_autoptr(GFile) sidecar = qm_window_get_sidecar_file (self);

  stop_monitors (self);
  self->sidecar_monitor = g_file_monitor_file (sidecar, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  self->article_monitor = g_file_monitor_file (self->file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->sidecar_monitor)
    {
      g_file_monitor_set_rate_limit (self->sidecar_monitor, 500);
      g_signal_connect (self->sidecar_monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
    }
  if (self->article_monitor)
    {
      g_file_monitor_set_rate_limit (self->article_monitor, 500);
      g_signal_connect (self->article_monitor, "changed", G_CALLBACK (monitor_changed_cb), self);
    }
}

/* Attaching the annotations ------------------------------------------------ */

static const char *
view_color_func (gpointer    user_data,
                 const char *person_id)
{
  return qm_article_view_get_speaker_color (user_data, person_id);
}

/* The Re-attach page appears once some annotations moved or lost their
 * words — an article that never changed has nothing to review there — and
 * stays, saying everything is in place, until another article opens.
 */
static void
update_review_page (QmWindow *self)
{
  gboolean any = qm_orphan_list_get_n_items (self->orphan_list) > 0;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (any)
    adw_view_stack_page_set_visible (self->review_page, TRUE);
  adw_view_stack_page_set_needs_attention (self->review_page, any);
  /* The last row re-attached or deleted from the keyboard took the focus
   * with it (GTK 4.8 leaves it on the row taken out of the window): back
   * to the text, where the annotation now is. */
  if (!any && focus != NULL &&
      (gtk_widget_get_root (focus) != GTK_ROOT (self) ||
       gtk_widget_is_ancestor (focus, GTK_WIDGET (self->orphan_list))) &&
      g_strcmp0 (adw_view_stack_get_visible_child_name (self->side_stack), "review") == 0)
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* The switcher shows its pages side by side, icon and title on one line,
 * as long as that fits the panel, else with the title under the icon in
 * small print: its buttons are all as wide as the widest, and with German
 * titles ("Neu zuordnen") and the Re-attach page they asked for 456 px,
 * which made the panel that much wider, over the text. Fitted again when a
 * page appears or is renamed and when the panel's width changes. */
static void
fit_side_switcher (QmWindow *self)
{
  GtkWidget *switcher = GTK_WIDGET (self->side_switcher);
  int available, min;

  /* the panel's own width (320 px, or the side-panel-width setting) */
  gtk_widget_get_size_request (self->side_panel, &available, NULL);
  adw_view_switcher_set_policy (self->side_switcher, ADW_VIEW_SWITCHER_POLICY_WIDE);
  gtk_widget_measure (switcher, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  if (min > available)
    adw_view_switcher_set_policy (self->side_switcher, ADW_VIEW_SWITCHER_POLICY_NARROW);
}

/* Accept, Reject and the Tag menu under the quote list stay on one row as
 * long as that fits the panel, else the Tag menu goes to a row of its own:
 * in German ("Annehmen", "Ablehnen", "Schlagwort") they asked for 363 px
 * and made the panel that much wider. Fitted again when a label changes
 * and when the panel's width changes. */
static void
fit_list_actions (QmWindow *self)
{
  int available, min;
  gboolean fits;

  gtk_widget_get_size_request (self->side_panel, &available, NULL);
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->list_actions), GTK_ORIENTATION_HORIZONTAL);
  gtk_widget_measure (self->list_actions, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
  fits = min <= available;
  gtk_orientable_set_orientation (GTK_ORIENTABLE (self->list_actions),
                                  fits ? GTK_ORIENTATION_HORIZONTAL : GTK_ORIENTATION_VERTICAL);
  /* On a row of its own the menu spans the panel, as the two buttons above do. */
  gtk_widget_set_halign (GTK_WIDGET (self->tag_button), fits ? GTK_ALIGN_END : GTK_ALIGN_FILL);
}

/* Calls fit_list_actions() when a label under @widget changes. */
static void
watch_labels (QmWindow  *self,
              GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) || GTK_IS_MENU_BUTTON (widget))
    g_signal_connect_object (widget, "notify::label", G_CALLBACK (fit_list_actions), self, G_CONNECT_SWAPPED);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    watch_labels (self, child);
}

static void
watch_side_pages (QmWindow *self)
{
  GtkSelectionModel *pages = adw_view_stack_get_pages (self->side_stack);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (pages)); i++)
    {
      g_autoptr(AdwViewStackPage) page = g_list_model_get_item (G_LIST_MODEL (pages), i);

      g_signal_connect_object (page, "notify::visible", G_CALLBACK (fit_side_switcher), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (page, "notify::title", G_CALLBACK (fit_side_switcher), self, G_CONNECT_SWAPPED);
    }
  g_object_unref (pages);
  g_signal_connect_object (self->side_panel, "notify::width-request", G_CALLBACK (fit_side_switcher),
                           self, G_CONNECT_SWAPPED);
  fit_side_switcher (self);
  watch_labels (self, self->list_actions);
  g_signal_connect_object (self->side_panel, "notify::width-request", G_CALLBACK (fit_list_actions),
                           self, G_CONNECT_SWAPPED);
  fit_list_actions (self);
}

static void
detach_set (QmWindow *self)
{
  g_clear_handle_id (&self->attach_id, g_source_remove);
  if (self->set != NULL)
    g_clear_signal_handler (&self->set_changed_id, self->set);
  qm_article_view_set_annotation_set (self->text_view, NULL);
  qm_quote_list_set_annotation_set (self->quote_list, NULL);
  qm_people_list_set_annotation_set (self->people_list, NULL);
  qm_orphan_list_set_annotation_set (self->orphan_list, NULL);
  adw_view_stack_page_set_visible (self->review_page, FALSE);
  adw_view_stack_page_set_needs_attention (self->review_page, FALSE);
  g_clear_object (&self->set);
  g_clear_object (&self->review_origin);
  /* Its Undo was for the annotations shown until now. */
  dismiss_held_toast (self, &self->removal_toast, self->removal_toast_at);
  self->recovered = FALSE;
  self->undo_depth = self->redo_depth = 0;
}

/* The lists follow the text in passes of their own, so that with thousands
 * of quotes no single step holds up the main loop.
 */
static gboolean
attach_lists_cb (gpointer user_data)
{
  QmWindow *self = user_data;
  guint step = self->attach_step++;

  if (self->set == NULL)
    {
      self->attach_id = 0;
      return G_SOURCE_REMOVE;
    }
  switch (step)
    {
    case 0:
      qm_quote_list_set_annotation_set (self->quote_list, self->set);
      return G_SOURCE_CONTINUE;
    case 1:
      qm_people_list_set_annotation_set (self->people_list, self->set);
      return G_SOURCE_CONTINUE;
    default:
      qm_orphan_list_set_annotation_set (self->orphan_list, self->set);
      self->attach_id = 0;
      return G_SOURCE_REMOVE;
    }
}

static void
attach_set (QmWindow        *self,
            QmAnnotationSet *set,
            gboolean         recovered)
{
  /* Annotations need the whole text in the buffer. */
  finish_inserting (self);
  detach_set (self);
  self->set = g_object_ref (set);
  self->recovered = recovered;
  self->set_changed_id = g_signal_connect_swapped (set, "changed", G_CALLBACK (set_changed_cb), self);
  g_signal_connect_object (set, "notify::modified", G_CALLBACK (update_title), self, G_CONNECT_SWAPPED);

  qm_article_view_set_annotation_set (self->text_view, set);
  self->attach_step = 0;
  self->attach_id = g_idle_add_full (G_PRIORITY_DEFAULT, attach_lists_cb, self, NULL);
  qm_window_rebuild_tag_menu (self);
  update_title (self);
  qm_window_update_actions (self);
}

/**
 * qm_window_get_annotation_set:
 * @self: a #QmWindow
 *
 * Returns: (transfer none) (nullable): the annotations shown
 */
QmAnnotationSet *
qm_window_get_annotation_set (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), NULL);
  return self->set;
}

/**
 * qm_window_get_ready:
 * @self: a #QmWindow
 *
 * Returns: whether the article is shown with its analysis and annotations
 */
gboolean
qm_window_get_ready (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), FALSE);
  return !self->busy && !self->analyzing && self->set != NULL && self->attach_id == 0 && self->insert_id == 0;
}

GtkWidget *
qm_window_get_quote_list (QmWindow *self)
{
  return GTK_WIDGET (self->quote_list);
}

GtkWidget *
qm_window_get_people_list (QmWindow *self)
{
  return GTK_WIDGET (self->people_list);
}

GtkWidget *
qm_window_get_orphan_list (QmWindow *self)
{
  return GTK_WIDGET (self->orphan_list);
}

/**
 * qm_window_get_quote_popover:
 * @self: a #QmWindow
 *
 * Returns: (transfer none): the popover that makes and edits quotes
 */
GtkPopover *
qm_window_get_quote_popover (QmWindow *self)
{
  return GTK_POPOVER (self->popover);
}

/**
 * _qm_window_describe_anchoring:
 * @moved: annotations found at a new place
 * @fuzzy: annotations matched approximately
 * @orphans: annotations whose words are gone
 *
 * Returns: (transfer full): the toast after the article changed, naming
 *   only the counts that are not 0, each in its own plural form ("1
 *   annotation moved"; it said "1 annotations moved, 0 matched
 *   approximately, 0 lost their words")
 */
char *
_qm_window_describe_anchoring (guint moved,
                               guint fuzzy,
                               guint orphans)
{
  g_autoptr(GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *joined = NULL;

  if (moved > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u annotation moved",
                                                          "%'u annotations moved", moved), moved));
  if (fuzzy > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u matched approximately",
                                                          "%'u matched approximately", fuzzy), fuzzy));
  if (orphans > 0)
    g_ptr_array_add (parts, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u lost its words",
                                                          "%'u lost their words", orphans), orphans));
  g_ptr_array_add (parts, NULL);
  /* Translators: joins the counts of "The article changed: 2 annotations moved, 1 lost its words" */
  joined = g_strjoinv (C_("list of counts", ", "), (char **)parts->pdata);
  /* Translators: after the article changed; %s lists what happened to the annotations */
  return g_strdup_printf (_("The article changed: %s"), joined);
}

static void
report_anchoring (QmWindow *self)
{
  guint moved = 0, fuzzy = 0, orphans = 0;
  GListModel *models[2] = { qm_annotation_set_get_quotes (self->set), qm_annotation_set_get_highlights (self->set) };
  g_autofree char *message = NULL;

  for (guint m = 0; m < 2; m++)
    for (guint i = 0; i < g_list_model_get_n_items (models[m]); i++)
      {
        g_autoptr(QmAnnotation) a = g_list_model_get_item (models[m], i);

        switch (qm_annotation_get_anchor_state (a))
          {
          case QM_ANCHOR_MOVED: moved++; break;
          case QM_ANCHOR_FUZZY: fuzzy++; break;
          case QM_ANCHOR_ORPHAN: orphans++; break;
          case QM_ANCHOR_EXACT:
          default: break;
          }
      }
  if (moved + fuzzy + orphans == 0)
    return;

  message = _qm_window_describe_anchoring (moved, fuzzy, orphans);
  qm_window_show_toast (self, message);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  /* the list fills in a moment, but the page is needed now */
  adw_view_stack_page_set_visible (self->review_page, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "review");
}

/* The work of opening: sidecar, analysis and merge, in a worker thread. */
typedef struct
{
  QmSource        *source;
  GFile           *sidecar;
  QmAnnotationSet *set;
  char            *tag_set_path;   /* the default-tag-set setting */
  char            *sidecar_error;
  char            *analysis_error;
  char            *tag_set_error;
  QmMergeStats     stats;
} Prepare;

static void
prepare_free (gpointer data)
{
  Prepare *p = data;

  g_clear_object (&p->source);
  g_clear_object (&p->sidecar);
  g_clear_object (&p->set);
  g_free (p->tag_set_path);
  g_free (p->sidecar_error);
  g_free (p->analysis_error);
  g_free (p->tag_set_error);
  g_free (p);
}

static QmTagCategory *
find_category (QmTagGroup *group,
               const char *label)
{
  GListModel *cats = qm_tag_group_get_categories (group);

  for (guint i = 0; i < g_list_model_get_n_items (cats); i++)
    {
      g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, i);

      if (g_strcmp0 (qm_tag_category_get_label (cat), label) == 0)
        return cat;
    }
  return NULL;
}

/**
 * qm_window_apply_tag_set:
 * @set: a new set, before the user's first edit
 * @path: an annotation file (`.quotemark.xml`) or an article next to one
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Gives @set the tag groups and categories (with their colours) of the
 * annotation file at @path, the user's default tag set: groups @set has
 * already (the built-in ones, or any of the same name) get the categories
 * they lack, the others are added after them in the file's order. Safe to
 * call from a worker thread while no one else uses @set.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_window_apply_tag_set (QmAnnotationSet  *set,
                         const char       *path,
                         GCancellable     *cancellable,
                         GError          **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(QmText) empty = NULL;
  g_autoptr(QmAnnotationSet) template = NULL;
  GListModel *groups;

  if (!g_str_has_suffix (path, ".quotemark.xml"))
    {
      g_autoptr(GFile) sidecar = qm_sidecar_locate (file, NULL);

      g_set_object (&file, sidecar);
    }
  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return FALSE;
  /* Only the tag sets are wanted: read on an empty text, the annotations
   * become orphans and are left alone. */
  empty = qm_text_new ("", 0, NULL);
  template = qm_annotation_set_new (empty);
  if (!qm_sidecar_read_bytes (template, bytes, error))
    return FALSE;

  groups = qm_annotation_set_get_tag_groups (template);
  for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
    {
      g_autoptr(QmTagGroup) from = g_list_model_get_item (groups, g);
      GListModel *cats = qm_tag_group_get_categories (from);
      GListModel *have = qm_annotation_set_get_tag_groups (set);
      QmTagGroup *to = qm_annotation_set_lookup_tag_group (set, qm_tag_group_get_id (from));

      for (guint i = 0; to == NULL && i < g_list_model_get_n_items (have); i++)
        {
          g_autoptr(QmTagGroup) other = g_list_model_get_item (have, i);

          if (g_strcmp0 (qm_tag_group_get_label (other), qm_tag_group_get_label (from)) == 0)
            to = other;
        }
      if (to == NULL)
        to = qm_annotation_set_add_tag_group (set, qm_tag_group_get_label (from),
                                              qm_tag_group_get_exclusive (from), error);
      if (to == NULL)
        return FALSE;
      for (guint c = 0; c < g_list_model_get_n_items (cats); c++)
        {
          g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, c);

          if (find_category (to, qm_tag_category_get_label (cat)) == NULL &&
              qm_annotation_set_add_tag_category (set, to, qm_tag_category_get_label (cat),
                                                  qm_tag_category_get_color (cat), error) == NULL)
            return FALSE;
        }
    }
  return TRUE;
}

static void
prepare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  Prepare *p = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(QmAnalyzer) analyzer = NULL;
  g_autoptr(QmAnalysis) analysis = NULL;

  if (g_file_query_exists (p->sidecar, cancellable))
    {
      p->set = qm_sidecar_load (p->sidecar, p->source, cancellable, &error);
      if (p->set == NULL)
        {
          if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_task_return_error (task, g_steal_pointer (&error));
              return;
            }
          p->sidecar_error = g_strdup (error->message);
          g_clear_error (&error);
        }
    }
  if (p->set == NULL)
    {
      p->set = qm_annotation_set_new_for_source (p->source);
      /* A new annotation file starts with the user's default tag set. */
      if (p->tag_set_path != NULL && *p->tag_set_path != '\0' &&
          !qm_window_apply_tag_set (p->set, p->tag_set_path, cancellable, &error))
        {
          p->tag_set_error = g_strdup (error->message);
          g_clear_error (&error);
        }
    }

  analyzer = qm_analyzer_new (NULL, &error);
  if (analyzer != NULL)
    analysis = qm_analyzer_analyze (analyzer, qm_source_get_text (p->source), cancellable, &error);
  if (g_task_return_error_if_cancelled (task))
    return;
  if (analysis != NULL && !qm_annotation_set_get_read_only (p->set))
    qm_annotation_set_merge_analysis (p->set, analysis, &p->stats, &error);
  if (error != NULL)
    p->analysis_error = g_strdup (error->message);

  g_task_return_boolean (task, TRUE);
}

static void
stop_progress (QmWindow *self)
{
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), FALSE);
}

static gboolean
pulse_cb (gpointer user_data)
{
  QmWindow *self = user_data;

  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), TRUE);
  gtk_progress_bar_pulse (self->progress_bar);
  return G_SOURCE_CONTINUE;
}

static void
recover_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     QmWindow         *self)
{
  GBytes *draft = g_object_get_data (G_OBJECT (dialog), "draft");

  if (g_strcmp0 (response, "recover") == 0 && self->source != NULL)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(QmAnnotationSet) set = qm_drafts_restore (self->source, draft, &error);

      if (set == NULL)
        {
          g_autofree char *message = g_strdup_printf (_("Could not recover the unsaved changes: %s"), error->message);

          qm_window_report_error (self, message);
          return;
        }
      attach_set (self, set, TRUE);
      qm_window_show_toast (self, _("Unsaved changes recovered; save to keep them"));
    }
  else if (g_strcmp0 (response, "discard") == 0 && self->file != NULL)
    qm_window_discard_draft (self);
}

static void
offer_recovery (QmWindow *self)
{
  g_autoptr(GBytes) draft = qm_drafts_read (self->file);
  AdwMessageDialog *dialog;

  if (draft == NULL)
    return;
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Recover Unsaved Changes?"),
                                                       _("Quotemark closed before your last changes to this article were saved. "
                                                         "They were kept as a draft.")));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (dialog,
                                    "discard", _("_Discard"),
                                    "recover", _("_Recover"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "recover", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "recover");
  adw_message_dialog_set_close_response (dialog, "recover");
  g_object_set_data_full (G_OBJECT (dialog), "draft", g_bytes_ref (draft), (GDestroyNotify)g_bytes_unref);
  g_signal_connect_object (dialog, "response", G_CALLBACK (recover_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
prepare_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(QmWindow) self = user_data;
  Prepare *p = g_task_get_task_data (G_TASK (result));
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error))
    return;   /* cancelled: another file is being opened */

  self->analyzing = FALSE;
  stop_progress (self);
  self->stats = p->stats;
  self->replace_unreadable = FALSE;

  if (p->sidecar_error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The saved annotations could not be read: %s. "
                                                    "Fresh detection is shown; saving keeps the old file as a backup."),
                                                  p->sidecar_error);

      self->replace_unreadable = TRUE;
      qm_window_report_error (self, message);
    }
  else if (p->analysis_error != NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Quotes could not be detected: %s"), p->analysis_error);

      qm_window_report_error (self, message);
    }
  else if (p->tag_set_error != NULL)
    {
      /* Translators: the default tag set is chosen in the preferences */
      g_autofree char *message = g_strdup_printf (_("The default tag set could not be read: %s. "
                                                    "Choose another in the preferences."),
                                                  p->tag_set_error);

      qm_window_report_error (self, message);
    }

  /* The analysis is not the user's edit: the title shows unsaved changes
   * only once they make one, and Undo starts from here. Saving always
   * writes, so the detected quotes can be saved right away.
   */
  qm_annotation_set_mark_saved (p->set);
  attach_set (self, p->set, FALSE);
  if (qm_annotation_set_get_read_only (p->set))
    {
      g_autofree char *message = g_strdup_printf (_("Read-only: %s"), qm_annotation_set_get_read_only_reason (p->set));

      qm_window_show_toast (self, message);
    }
  report_anchoring (self);
  start_monitors (self);
  offer_recovery (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

static GSettings *get_settings (QmWindow *self);

static void
start_prepare (QmWindow *self)
{
  g_autoptr(GTask) task = g_task_new (NULL, self->cancellable, prepare_cb, g_object_ref (self));
  Prepare *p = g_new0 (Prepare, 1);

  p->source = g_object_ref (self->source);
  p->sidecar = qm_sidecar_locate (self->file, NULL);
  {
    GSettings *settings = get_settings (self);
    g_autoptr(GSettings) own = NULL;

    if (settings == NULL)
      settings = own = g_settings_new (SCHEMA_ID);
    p->tag_set_path = g_settings_get_string (settings, "default-tag-set");
  }
  g_task_set_task_data (task, p, prepare_free);
  g_task_set_source_tag (task, start_prepare);
  self->analyzing = TRUE;
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  /* Small files are done before the bar would show. */
  self->pulse_id = g_timeout_add (150, pulse_cb, self);
  g_task_run_in_thread (task, prepare_thread);
}

/**
 * _qm_window_describe_open_error:
 * @file: (nullable): the file that was to be opened
 * @error: why it could not be
 *
 * Returns: (transfer full): what went wrong in plain words, for the window
 */
char *
_qm_window_describe_open_error (GFile        *file,
                                const GError *error)
{
  g_autofree char *name = NULL;
  const char *path = file ? g_file_peek_path (file) : NULL;

  g_return_val_if_fail (error != NULL, NULL);

  if (path != NULL)
    name = g_filename_display_basename (path);
  else if (file != NULL)
    name = g_file_get_basename (file);
  else
    name = g_strdup ("?");

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return g_strdup_printf (_("“%s” could not be found"), name);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY))
    return g_strdup_printf (_("“%s” is a folder, not an article"), name);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return g_strdup_printf (_("You do not have permission to open “%s”"), name);
  /* Say what can be opened instead: a picture, a PDF or an office file
   * gets here, and "binary data" alone does not tell the way out. */
  if (g_error_matches (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_BINARY))
    return g_strdup_printf (_("“%s” is not text; open a text file or a saved web page"), name);
  /* The reader's other errors are already in plain words ("The file is empty"). */
  return g_strdup_printf (_("Could not open “%s”: %s"), name, error->message);
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

  if (source == NULL)
    {
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      set_busy (self, FALSE);

      message = _qm_window_describe_open_error (self->file, error);
      set_error (self, message);

      /* The window keeps what it showed before and tells in a toast, or
       * explains on the empty page what went wrong (and only there).
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
          show_toast (self, message);
          g_set_object (&self->file, qm_source_get_file (self->source));
          g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
          gtk_stack_set_visible_child_name (self->stack, "article");
          start_prepare (self);
        }
      qm_window_update_actions (self);
      return;
    }

  set_error (self, NULL);
  detach_set (self);
  g_set_object (&self->source, source);
  show_source (self, source);
  add_to_recent (self->file, source);
  start_prepare (self);
  set_busy (self, FALSE);
  qm_window_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SOURCE]);
}

/**
 * qm_window_open:
 * @self: a #QmWindow
 * @file: the article to show, or its sidecar
 *
 * Loads @file off the main thread and shows it, then finds its quotes and
 * loads its saved annotations off the main thread too; errors show in the
 * window.
 */
void
qm_window_open (QmWindow *self,
                GFile    *file)
{
  g_autoptr(GFile) article = NULL;

  g_return_if_fail (QM_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  article = qm_window_article_for (file);

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  stop_progress (self);
  self->analyzing = FALSE;
  stop_monitors (self);

  g_set_object (&self->file, article);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);

  set_busy (self, TRUE);
  if (self->source == NULL)
    gtk_stack_set_visible_child_name (self->stack, "loading");

  qm_source_load_async (article, self->cancellable, load_cb, g_object_ref (self));
}

/* Reloaded from F5 or the menu, the offer has done its part: it has no
 * timeout, and later notices would queue behind it. Its own button
 * dismisses it right after the reload starts, so this waits for that. */
static gboolean
reload_offer_done_cb (gpointer data)
{
  QmWindow *self = data;

  dismiss_held_toast (self, &self->reload_offer, self->reload_offer_at);
  return G_SOURCE_REMOVE;
}

/**
 * qm_window_reload:
 * @self: a #QmWindow
 *
 * Reads the article and its sidecar again.
 */
void
qm_window_reload (QmWindow *self)
{
  g_autoptr(GFile) file = NULL;

  if (self->file == NULL)
    return;
  file = g_object_ref (self->file);
  if (self->reload_offer != NULL)
    g_idle_add_full (G_PRIORITY_DEFAULT, reload_offer_done_cb, g_object_ref (self), g_object_unref);
  present_toast (self, adw_toast_new (_("Reloading…")), TRUE);
  g_object_set_data (G_OBJECT (self), "qm-reload-offered", NULL);
  qm_window_open (self, file);
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
 * Returns: (transfer none): the view of the article (a #QmArticleView)
 */
GtkTextView *
qm_window_get_text_view (QmWindow *self)
{
  g_return_val_if_fail (QM_IS_WINDOW (self), NULL);
  return GTK_TEXT_VIEW (self->text_view);
}

/**
 * qm_window_show_toast:
 * @self: a #QmWindow
 * @message: what to tell the user
 */
void
qm_window_show_toast (QmWindow   *self,
                      const char *message)
{
  show_toast (self, message);
}

static void
removal_toast_dismissed_cb (QmWindow *self,
                            AdwToast *toast)
{
  if (self->removal_toast == toast)
    g_clear_weak_pointer (&self->removal_toast);
}

/**
 * qm_window_removed:
 * @self: a #QmWindow
 * @n_quotes: the quotes just removed
 * @n_highlights: the highlights just removed, in the same undo step
 *
 * Says what was removed in a toast with an Undo button, as GNOME's apps do
 * (Files, Contacts): a slip of the Delete key cost a quote with its tags,
 * note and speaker, with nothing on screen to say so. The button undoes
 * the removal while it is the last edit; any other edit, undo or redo
 * takes the toast away.
 */
void
qm_window_removed (QmWindow *self,
                   guint     n_quotes,
                   guint     n_highlights)
{
  g_autofree char *title = NULL;
  AdwToast *toast;

  g_return_if_fail (QM_IS_WINDOW (self));

  if (n_highlights == 0 && n_quotes == 1)
    title = g_strdup (_("Quote removed"));
  else if (n_quotes == 0 && n_highlights == 1)
    title = g_strdup (_("Highlight removed"));
  else if (n_highlights == 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u quote removed", "%'u quotes removed", n_quotes),
                             n_quotes);
  else if (n_quotes == 0)
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u highlight removed", "%'u highlights removed",
                                          n_highlights), n_highlights);
  else
    title = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u annotation removed", "%'u annotations removed",
                                          n_quotes + n_highlights), n_quotes + n_highlights);
  toast = adw_toast_new (title);
  adw_toast_set_button_label (toast, _("_Undo"));
  adw_toast_set_action_name (toast, "win.undo-removal");
  adw_toast_set_priority (toast, ADW_TOAST_PRIORITY_HIGH);
  adw_toast_set_timeout (toast, 8);
  self->removal_depth = self->undo_depth;
  self->removal_toast_at = g_get_monotonic_time ();
  g_set_weak_pointer (&self->removal_toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (removal_toast_dismissed_cb), self, G_CONNECT_SWAPPED);
  present_toast (self, toast, FALSE);
}

/**
 * qm_window_report_error:
 * @self: a #QmWindow
 * @message: what went wrong and what to do
 *
 * Shows an error in the window and records it as #QmWindow:error.
 */
void
qm_window_report_error (QmWindow   *self,
                        const char *message)
{
  AdwToast *toast = adw_toast_new (message);

  set_error (self, message);
  /* A toast shows one line: most errors say what failed, why and what to
   * do, and ("Die ungespeicherten Änderungen konnten nicht
   * wiederhergestellt werden: Zeile 371: der zitierte Text hat nicht die
   * Län…") were cut. Details shows them whole. */
  adw_toast_set_button_label (toast, _("_Details"));
  adw_toast_set_action_name (toast, "win.show-error");
  adw_toast_set_timeout (toast, 8);
  present_toast (self, toast, TRUE);
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
close_later_cb (gpointer user_data)
{
  gtk_window_close (GTK_WINDOW (user_data));
  return G_SOURCE_REMOVE;
}

static void
close_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   QmWindow         *self)
{
  if (g_strcmp0 (response, "save") == 0)
    qm_window_save_then (self, TRUE);
  else if (g_strcmp0 (response, "discard") == 0)
    {
      qm_window_discard_draft (self);
      self->close_confirmed = TRUE;
      /* Once the dialog is gone. */
      g_idle_add_full (G_PRIORITY_DEFAULT, close_later_cb, g_object_ref (self), g_object_unref);
    }
}

static void
ask_before_closing (QmWindow *self)
{
  g_autofree char *title = qm_source_dup_display_title (self->source);
  g_autofree char *body = g_strdup_printf (_("The annotations of “%s” have unsaved changes. "
                                             "Without saving, they are lost."), title);
  AdwMessageDialog *dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self),
                                                                         _("Save Changes?"), body));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);

  adw_message_dialog_add_responses (dialog,
                                    "cancel", _("_Cancel"),
                                    "discard", _("_Discard"),
                                    "save", _("_Save"),
                                    NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (close_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static gboolean
qm_window_close_request (GtkWindow *window)
{
  QmWindow *self = QM_WINDOW (window);
  GSettings *settings = get_settings (self);

  if (!self->close_confirmed && qm_window_get_modified (self))
    {
      ask_before_closing (self);
      return TRUE;
    }

  if (settings != NULL)
    {
      int width, height;

      gtk_window_get_default_size (window, &width, &height);
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
      g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (window));
      /* A folded panel hides by itself: that is no choice to remember. */
      if (!adw_flap_get_folded (self->flap))
        g_settings_set_boolean (settings, "side-panel-visible", adw_flap_get_reveal_flap (self->flap));
      g_settings_set_enum (settings, "quote-grouping", (int)qm_quote_list_get_group_mode (self->quote_list));
    }

  /* Closed without unsaved work: no draft to offer next time. */
  if (self->file != NULL && self->set != NULL && !qm_window_get_modified (self))
    qm_window_discard_draft (self);

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
      adw_flap_set_reveal_flap (self->flap, g_settings_get_boolean (settings, "side-panel-visible"));
      g_settings_bind (settings, "side-panel-width", self->side_panel, "width-request", G_SETTINGS_BIND_GET);
      qm_quote_list_set_group_mode (self->quote_list, (QmQuoteGroup)g_settings_get_enum (settings, "quote-grouping"));
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
  g_clear_object (&self->draft_cancellable);
  g_clear_handle_id (&self->autosave_id, g_source_remove);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  stop_inserting (self);
  stop_monitors (self);
  if (self->text_view != NULL)
    detach_set (self);
  g_clear_object (&self->file);
  g_clear_object (&self->source);
  g_clear_weak_pointer (&self->notice);
  g_clear_weak_pointer (&self->last_toast);
  g_clear_weak_pointer (&self->reload_offer);
  g_clear_weak_pointer (&self->removal_toast);
  g_clear_handle_id (&self->dismiss_id, g_source_remove);
  g_clear_pointer (&self->dismissals, g_ptr_array_unref);

  gtk_widget_dispose_template (GTK_WIDGET (self), QM_TYPE_WINDOW);
  g_clear_object (&self->popover);

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

/* The status bar's labels, cut short in a narrow window ("2526 char…",
 * "Reported speech · not revie…"), are read whole in their tooltips. */
static gboolean
cut_label_tooltip_cb (GtkLabel   *label,
                      int         x,
                      int         y,
                      gboolean    keyboard,
                      GtkTooltip *tooltip,
                      gpointer    user_data)
{
  if (!pango_layout_is_ellipsized (gtk_label_get_layout (label)))
    return FALSE;
  gtk_tooltip_set_text (tooltip, gtk_label_get_text (label));
  return TRUE;
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

  g_type_ensure (QM_TYPE_ARTICLE_VIEW);
  g_type_ensure (QM_TYPE_QUOTE_LIST);
  g_type_ensure (QM_TYPE_PEOPLE_LIST);
  g_type_ensure (QM_TYPE_ORPHAN_LIST);

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
  gtk_widget_class_bind_template_child (widget_class, QmWindow, info_label);
  gtk_widget_class_bind_template_callback (widget_class, cut_label_tooltip_cb);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, status_bar);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, search_bar);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, find_entry);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, flap);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, side_panel);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, side_stack);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, side_switcher);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, review_page);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, quote_list);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, people_list);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, orphan_list);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, list_actions);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, tag_button);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, panel_button);
  gtk_widget_class_bind_template_child (widget_class, QmWindow, find_button);

  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  qm_window_install_actions (widget_class);
}

/* Selection in the list and in the text follow each other. */
static void
list_selected_cb (QmWindow *self,
                  QmQuote  *quote)
{
  self->syncing = TRUE;
  qm_article_view_select_annotation (self->text_view, QM_ANNOTATION (quote));
  self->syncing = FALSE;
}

static void
list_activated_cb (QmWindow *self,
                   QmQuote  *quote)
{
  qm_article_view_select_annotation (self->text_view, QM_ANNOTATION (quote));
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-quote", NULL);
}

static void
current_changed_cb (QmWindow *self)
{
  QmAnnotation *a = qm_article_view_get_current (self->text_view);

  update_info (self);
  if (!self->syncing && QM_IS_QUOTE (a))
    qm_quote_list_select (self->quote_list, QM_QUOTE (a));
  qm_window_update_actions (self);
}

static void
popover_reviewed_cb (QmWindow *self,
                     QmQuote  *quote,
                     gboolean  changed)
{
  g_autoptr(GPtrArray) done = g_ptr_array_new_with_free_func (g_object_unref);

  g_ptr_array_add (done, g_object_ref (quote));
  qm_window_reviewed (self, done, changed, FALSE);
}

static void
person_activated_cb (QmWindow *self,
                     QmPerson *person)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-person", "s", qm_person_get_id (person));
}

static void
qm_window_init (QmWindow *self)
{
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->cancellable = g_cancellable_new ();
  self->dismissals = g_ptr_array_new_with_free_func (dismissal_free);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  update_recent_menu (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (update_recent_menu), self, G_CONNECT_SWAPPED);

  self->popover = g_object_ref_sink (qm_quote_popover_new ());
  qm_article_view_set_popover (self->text_view, GTK_POPOVER (self->popover));
  g_signal_connect_swapped (self->popover, "reviewed", G_CALLBACK (popover_reviewed_cb), self);

  qm_quote_list_set_color_func (self->quote_list, view_color_func, self->text_view);
  qm_people_list_set_color_func (self->people_list, view_color_func, self->text_view);
  g_signal_connect_swapped (self->quote_list, "quote-selected", G_CALLBACK (list_selected_cb), self);
  g_signal_connect_swapped (self->quote_list, "quote-activated", G_CALLBACK (list_activated_cb), self);
  g_signal_connect_swapped (self->people_list, "person-activated", G_CALLBACK (person_activated_cb), self);
  g_signal_connect_swapped (self->text_view, "current-changed", G_CALLBACK (current_changed_cb), self);
  g_signal_connect_swapped (self->text_view, "annotation-activated", G_CALLBACK (qm_window_edit_annotation), self);
  g_signal_connect_swapped (self->orphan_list, "notify::n-items", G_CALLBACK (update_review_page), self);
  watch_side_pages (self);
  g_signal_connect_object (self->flap, "notify::reveal-flap", G_CALLBACK (qm_window_update_actions),
                           self, G_CONNECT_SWAPPED);
  g_object_bind_property (self->search_bar, "search-mode-enabled", self->find_button, "active",
                          G_BINDING_SYNC_CREATE);
  gtk_search_bar_connect_entry (self->search_bar, GTK_EDITABLE (self->find_entry));

  qm_window_add_local_shortcuts (self, GTK_WIDGET (self->text_view));
  qm_window_add_local_shortcuts (self, qm_quote_list_get_list_view (self->quote_list));
  {
    /* The text's context menu: the same as Ctrl+E, Ctrl+M and Ctrl+B. */
    g_autoptr(GMenu) extra = g_menu_new ();

    g_menu_append (extra, _("Make _Quote"), "win.make-quote");
    g_menu_append (extra, _("Make _Highlight"), "win.make-highlight");
    g_menu_append (extra, _("Set Quote’s _Words to Selection"), "win.set-span");
    gtk_text_view_set_extra_menu (GTK_TEXT_VIEW (self->text_view), G_MENU_MODEL (extra));
  }
  qm_window_update_actions (self);
}

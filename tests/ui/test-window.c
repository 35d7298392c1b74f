/* test-window.c
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

/* Widget tests: the real window under a real X server (xvfb-run). */

#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include <gdk/x11/gdkx.h>

#include "qm-article-view.h"
#include "qm-orphan-list.h"
#include "qm-people-list.h"
#include "qm-quote-list.h"
#include "qm-quote-popover.h"
#include "qm-window-private.h"

static void
wait_until_loaded (QmWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  /* Loaded, analysed and annotated, or failed. */
  while ((qm_window_get_busy (window) || !qm_window_get_ready (window)) &&
         qm_window_get_error (window) == NULL)
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  /* Let the window draw what it has. */
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static char *
buffer_text (QmWindow *window)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (qm_window_get_text_view (window));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static void
check_opens (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *contents = NULL;
  g_autofree char *shown = NULL;
  QmWindow *window;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));

  window = g_object_new (QM_TYPE_WINDOW, NULL);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  qm_window_open (window, file);
  g_assert_true (qm_window_get_busy (window));
  wait_until_loaded (window);

  g_assert_null (qm_window_get_error (window));
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (qm_window_get_text_view (window))));
  shown = buffer_text (window);
  g_assert_cmpstr (shown, ==, contents);
  g_assert_true (g_file_equal (qm_window_get_file (window), file));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_open_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QM_DATA_DIR"), "samples",
                                            "harbour-bridge-vote.txt", NULL);

  check_opens (path);
}

static void
test_open_shared_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QM_SHARED_DIR"), "samples",
                                            "azernews-aliyev-khrenin.txt", NULL);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_test_skip ("../shared is not there");
      return;
    }
  check_opens (path);
}

/* How many labels on screen show @text: an error is told once. */
static guint
count_shown (GtkWidget  *widget,
             const char *text)
{
  guint n = 0;

  if (!gtk_widget_get_mapped (widget))
    return 0;
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), text) != NULL)
    n++;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    n += count_shown (child, text);
  return n;
}

static void
test_open_binary_shows_error (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qm-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "photo.jpg", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guchar junk[2048];
  QmWindow *window;

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = (i * 7919) & 0xff;
  g_assert_true (g_file_set_contents (path, (char *)junk, sizeof junk, NULL));

  window = g_object_new (QM_TYPE_WINDOW, NULL);
  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  qm_window_open (window, file);
  wait_until_loaded (window);

  /* The error reaches the window, not just the terminal. */
  g_assert_nonnull (qm_window_get_error (window));
  g_assert_nonnull (strstr (qm_window_get_error (window), "is not text"));
  g_assert_cmpuint (count_shown (GTK_WIDGET (window), "is not text"), ==, 1);
  g_assert_null (qm_window_get_source (window));
  g_assert_null (qm_window_get_file (window));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_unlink (path);
  g_rmdir (dir);
}

static QmWindow *
new_window (void)
{
  QmWindow *window = g_object_new (QM_TYPE_WINDOW, NULL);

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  return window;
}

static void
check_open_error (GFile      *file,
                  const char *expected)
{
  QmWindow *window = new_window ();

  qm_window_open (window, file);
  wait_until_loaded (window);
  g_assert_cmpstr (qm_window_get_error (window), ==, expected);
  g_assert_cmpuint (count_shown (GTK_WIDGET (window), expected), ==, 1);
  g_assert_null (qm_window_get_source (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A missing file, a folder and a file one may not read are told in plain
 * words, once, instead of GIO's messages. */
static void
test_open_errors (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qm-test-window-XXXXXX", NULL);
  g_autofree char *dir_name = g_path_get_basename (dir);
  g_autofree char *missing = g_build_filename (dir, "gone.txt", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked.txt", NULL);
  g_autofree char *folder_message = g_strdup_printf ("“%s” is a folder, not an article", dir_name);
  g_autoptr(GFile) missing_file = g_file_new_for_path (missing);
  g_autoptr(GFile) dir_file = g_file_new_for_path (dir);
  g_autoptr(GFile) locked_file = g_file_new_for_path (locked);
  g_autoptr(GError) denied = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED,
                                                  "Error opening file locked.txt: Permission denied");
  g_autofree char *denied_message = _qm_window_describe_open_error (locked_file, denied);

  check_open_error (missing_file, "“gone.txt” could not be found");
  check_open_error (dir_file, folder_message);
  /* Binary junk (a picture, a PDF) says what to open instead. */
  {
    g_autofree char *junk = g_build_filename (dir, "scan.pdf", NULL);
    g_autoptr(GFile) junk_file = g_file_new_for_path (junk);
    const char bytes[] = "%PDF-1.7\n\0\1\2\377\376 stream\0";

    g_assert_true (g_file_set_contents (junk, bytes, sizeof bytes, NULL));
    check_open_error (junk_file, "“scan.pdf” is not text; open a text file or a saved web page");
    g_unlink (junk);
  }

  g_assert_cmpstr (denied_message, ==, "You do not have permission to open “locked.txt”");
  g_assert_true (g_file_set_contents (locked, "Nobody may read this.\n", -1, NULL));
  g_assert_cmpint (g_chmod (locked, 0), ==, 0);
  /* root reads it all the same */
  if (g_access (locked, R_OK) != 0)
    check_open_error (locked_file, denied_message);

  g_unlink (locked);
  g_rmdir (dir);
}

static char *
sample_path (void)
{
  return g_build_filename (g_getenv ("QM_DATA_DIR"), "samples", "harbour-bridge-vote.txt", NULL);
}

static void
test_drop_file (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GListModel) controllers = NULL;
  GtkDropTarget *target = NULL;
  GSList *files = g_slist_prepend (NULL, file);
  GValue value = G_VALUE_INIT;
  gboolean accepted = FALSE;
  QmWindow *window = new_window ();

  controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  for (guint i = 0; i < g_list_model_get_n_items (controllers) && target == NULL; i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        target = GTK_DROP_TARGET (controller);
    }
  g_assert_nonnull (target);

  /* What the toolkit does when a file from the file manager is dropped. */
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_take_boxed (&value, gdk_file_list_new_from_list (files));
  g_signal_emit_by_name (target, "drop", &value, 10.0, 10.0, &accepted);
  g_value_unset (&value);
  g_slist_free (files);

  g_assert_true (accepted);
  wait_until_loaded (window);
  g_assert_nonnull (qm_window_get_source (window));
  g_assert_true (g_file_equal (qm_window_get_file (window), file));

  g_clear_object (&controllers);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static void
test_open_recent (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);
  QmWindow *window = new_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.open-recent", "s", uri));
  wait_until_loaded (window);
  g_assert_true (g_file_equal (qm_window_get_file (window), file));
  g_assert_cmpstr (qm_source_get_encoding (qm_window_get_source (window)), ==, "UTF-8");

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

typedef gboolean (*WidgetMatch) (GtkWidget *widget, gconstpointer data);

/* The first widget under @widget (itself included, depth first) that
 * @match takes. */
static GtkWidget *
find_widget (GtkWidget    *widget,
             WidgetMatch   match,
             gconstpointer data)
{
  if (match (widget, data))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, data);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_of_type (GtkWidget    *widget,
            gconstpointer type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

static gboolean
has_action (GtkWidget    *widget,
            gconstpointer action)
{
  return GTK_IS_ACTIONABLE (widget) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0;
}

static gboolean
is_menu_button_labelled (GtkWidget    *widget,
                         gconstpointer label)
{
  return GTK_IS_MENU_BUTTON (widget) && g_strcmp0 (gtk_menu_button_get_label (GTK_MENU_BUTTON (widget)), label) == 0;
}

/* a label on screen that shows @text */
static gboolean
is_label_showing (GtkWidget    *widget,
                  gconstpointer text)
{
  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* the label of a quote row that lists its tags */
static gboolean
is_tag_list (GtkWidget    *widget,
             gconstpointer unused G_GNUC_UNUSED)
{
  return GTK_IS_LABEL (widget) && gtk_widget_has_css_class (widget, "tag-list");
}

static gboolean
is_button_labelled (GtkWidget    *widget,
                    gconstpointer label)
{
  return GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0;
}

#define find_by_type(widget, type) find_widget ((widget), is_of_type, GSIZE_TO_POINTER (type))
#define find_by_action(widget, action) find_widget ((widget), has_action, (action))
#define find_menu_button(widget, label) find_widget ((widget), is_menu_button_labelled, (label))
#define find_label(widget, text) find_widget ((widget), is_label_showing, (text))
#define find_tag_list(widget) find_widget ((widget), is_tag_list, NULL)
#define find_button(widget, label) find_widget ((widget), is_button_labelled, (label))

static void
spin (guint n)
{
  for (guint i = 0; i < n; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* What needs an article is insensitive without one (the panel button and
 * so its F9), what needs quotes is insensitive without them, and the quote
 * list then says how to make one instead of staying blank. */
static void
test_no_article_no_quotes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qm-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "calm-day.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  QmWindow *window = new_window ();
  GtkWidget *w = GTK_WIDGET (window);
  GtkWidget *panel = find_by_action (w, "win.toggle-panel");
  GtkWidget *accept = find_by_action (w, "win.accept");
  GtkWidget *reject = find_by_action (w, "win.reject");
  GtkWidget *tag = find_menu_button (w, "_Tag");
  GtkWidget *empty = find_by_type (qm_window_get_quote_list (window), ADW_TYPE_STATUS_PAGE);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  QmQuotePopover *popover = QM_QUOTE_POPOVER (qm_window_get_quote_popover (window));

  g_assert_nonnull (panel);
  g_assert_nonnull (accept);
  g_assert_nonnull (reject);
  g_assert_nonnull (tag);
  g_assert_nonnull (empty);
  spin (5);
  g_assert_false (gtk_widget_is_sensitive (panel));
  g_assert_false (gtk_widget_is_sensitive (accept));
  g_assert_false (gtk_widget_is_sensitive (tag));
  /* Nothing was looked for yet, so nothing said about it. */
  g_assert_false (gtk_widget_get_child_visible (empty));

  g_assert_true (g_file_set_contents (path,
                                      "The ferry left the harbour at seven in the morning. The sea was calm "
                                      "and the deck was nearly empty.\n\nRepairs on the north pier go on "
                                      "until the spring.\n", -1, NULL));
  qm_window_open (window, file);
  wait_until_loaded (window);
  g_assert_null (qm_window_get_error (window));
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (qm_window_get_annotation_set (window))), ==, 0);

  g_assert_true (gtk_widget_is_sensitive (panel));
  g_assert_false (gtk_widget_is_sensitive (accept));
  g_assert_false (gtk_widget_is_sensitive (reject));
  g_assert_false (gtk_widget_is_sensitive (tag));
  g_assert_true (gtk_widget_get_mapped (empty));
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (empty)), ==, "No Quotations Found");

  /* A quote made from a selection takes the empty state's place. */
  qm_article_view_select_range (view, 0, 9);
  g_assert_true (gtk_widget_activate_action (w, "win.make-quote", NULL));
  spin (10);
  qm_quote_popover_set_speaker (popover, "Mara Testperson");
  g_assert_true (qm_quote_popover_apply (popover, &error));
  g_assert_no_error (error);
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin (20);
  g_assert_false (gtk_widget_get_mapped (empty));
  g_assert_true (gtk_widget_is_sensitive (accept));
  g_assert_true (gtk_widget_is_sensitive (reject));
  g_assert_true (gtk_widget_is_sensitive (tag));

  qm_annotation_set_mark_saved (qm_window_get_annotation_set (window));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_unlink (path);
  g_rmdir (dir);
}

/* A button bound to @action, in the window so that its sensitivity follows
 * the action's state. */
static GtkWidget *
add_action_button (QmWindow   *window,
                   const char *action)
{
  GtkWidget *button = gtk_button_new_with_label (action);

  gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  gtk_box_append (GTK_BOX (window->status_bar), button);
  return button;
}

/* Next and Previous quote (F8, Shift+F8, Alt+Down, Alt+Up, N and P) are
 * insensitive while there is no quote or highlight to move to, instead of
 * ringing the bell, and follow each edit that adds or takes the last one. */
static void
test_step_needs_quotes (void)
{
  g_autofree char *dir = g_dir_make_tmp ("qm-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "quiet-lane.txt", NULL);
  g_autofree char *sample = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) sample_file = g_file_new_for_path (sample);
  g_autoptr(GError) error = NULL;
  QmWindow *window = new_window ();
  GtkWidget *w = GTK_WIDGET (window);
  GtkWidget *next = add_action_button (window, "win.next-quote");
  GtkWidget *previous = add_action_button (window, "win.previous-quote");
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  QmQuotePopover *popover = QM_QUOTE_POPOVER (qm_window_get_quote_popover (window));
  QmAnnotationSet *set;

  spin (5);
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_false (gtk_widget_is_sensitive (previous));

  g_assert_true (g_file_set_contents (path,
                                      "The lane behind the mill was closed for a week. Two lorries brought "
                                      "gravel on Tuesday.\n\nThe bakery at the corner kept its hours.\n", -1, NULL));
  qm_window_open (window, file);
  wait_until_loaded (window);
  g_assert_null (qm_window_get_error (window));
  set = qm_window_get_annotation_set (window);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (set)), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_false (gtk_widget_is_sensitive (previous));

  /* The user makes a quote. */
  qm_article_view_select_range (view, 4, 8);
  g_assert_true (gtk_widget_activate_action (w, "win.make-quote", NULL));
  spin (10);
  qm_quote_popover_set_speaker (popover, "Ilse Probefrau");
  g_assert_true (qm_quote_popover_apply (popover, &error));
  g_assert_no_error (error);
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin (10);
  g_assert_true (gtk_widget_is_sensitive (next));
  g_assert_true (gtk_widget_is_sensitive (previous));

  /* Undo takes it away, redo brings it back. */
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  spin (5);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (set)), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_false (gtk_widget_is_sensitive (previous));
  g_assert_true (gtk_widget_activate_action (w, "win.redo", NULL));
  spin (5);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (set)), ==, 1);
  g_assert_true (gtk_widget_is_sensitive (next));
  g_assert_true (gtk_widget_is_sensitive (previous));

  /* Deleting the last one. */
  {
    g_autoptr(QmAnnotation) quote = g_list_model_get_item (qm_annotation_set_get_quotes (set), 0);

    g_assert_true (gtk_widget_activate_action (w, "win.delete-by-id", "s", qm_annotation_get_id (quote)));
  }
  spin (5);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (set)), ==, 0);
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_false (gtk_widget_is_sensitive (previous));

  /* An article whose analysis finds quotes. */
  qm_annotation_set_mark_saved (set);
  qm_window_open (window, sample_file);
  wait_until_loaded (window);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (qm_window_get_annotation_set (window))), >, 0);
  g_assert_true (gtk_widget_is_sensitive (next));
  g_assert_true (gtk_widget_is_sensitive (previous));
  g_assert_true (gtk_widget_activate_action (w, "win.next-quote", NULL));
  g_assert_nonnull (qm_article_view_get_current (view));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  g_unlink (path);
  g_rmdir (dir);
}

static QmWindow *
open_sample_sized (int width,
                   int height)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  QmWindow *window = g_object_new (QM_TYPE_WINDOW, NULL);

  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  qm_window_open (window, file);
  wait_until_loaded (window);
  spin (20);
  return window;
}

/* Opens the popover on the quote that starts furthest down the article. */
/* Runs the main loop for @ms milliseconds: on a loaded machine the frames
 * that lay out the popover after the text scrolled may come late. */
static void
settle (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
}

/* Runs the main loop until @cond holds, for up to 5 s: input sent with
 * xdotool reaches the window late when the machine is busy. */
#define WAIT_FOR(cond) \
  G_STMT_START { \
    gint64 wait_deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC; \
    while (!(cond) && g_get_monotonic_time () < wait_deadline) \
      g_main_context_iteration (NULL, FALSE); \
  } G_STMT_END

static QmQuotePopover *
edit_quote_at (QmWindow *window,
               gsize     start)
{
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  QmQuotePopover *popover = QM_QUOTE_POPOVER (qm_window_get_quote_popover (window));

  qm_article_view_select_range (view, start + 1, start + 1);
  spin (10);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.edit-quote", NULL));
  {
    gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

    /* Laid out once the view scrolled to the quote. */
    while (gtk_widget_get_height (GTK_WIDGET (popover)) == 0 && g_get_monotonic_time () < deadline)
      g_main_context_iteration (NULL, FALSE);
    spin (30);
    settle (400);
  }
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
  return popover;
}

static QmQuotePopover *
edit_last_quote (QmWindow *window)
{
  GListModel *quotes = qm_annotation_set_get_quotes (qm_window_get_annotation_set (window));
  gsize start = 0;

  g_assert_cmpuint (g_list_model_get_n_items (quotes), >, 0);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (quotes, i);

      start = MAX (start, qm_annotation_get_start (a));
    }
  return edit_quote_at (window, start);
}

static gsize
first_quote_start (QmWindow *window)
{
  GListModel *quotes = qm_annotation_set_get_quotes (qm_window_get_annotation_set (window));
  gsize start = G_MAXSIZE;

  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (quotes, i);

      start = MIN (start, qm_annotation_get_start (a));
    }
  return start;
}

/* At 900×700 the quote popover, with all its tags, stays within the
 * window: the text scrolls to give it room, and its fields scroll if even
 * that is too short. */
static void
test_quote_popover_fits (void)
{
  QmWindow *window = open_sample_sized (900, 700);
  QmQuotePopover *popover = edit_last_quote (window);
  GtkWidget *scroller = find_by_type (GTK_WIDGET (popover), GTK_TYPE_SCROLLED_WINDOW);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
  GdkSurface *window_surface = gtk_native_get_surface (GTK_NATIVE (window));
  double dx, dy;
  int top, bottom, natural;

  /* Where the popover's box is in the window, its shadow and arrow aside. */
  gtk_native_get_surface_transform (GTK_NATIVE (popover), &dx, &dy);
  top = gdk_popup_get_position_y (GDK_POPUP (surface)) + (int)dy;
  bottom = top + gtk_widget_get_height (GTK_WIDGET (popover));
  g_test_message ("window %d high; popover from %d to %d", gdk_surface_get_height (window_surface), top, bottom);
  g_assert_cmpint (gdk_surface_get_height (window_surface), <=, 700);
  g_assert_cmpint (top, >=, 0);
  g_assert_cmpint (bottom, <=, gdk_surface_get_height (window_surface));
  /* Its fields are shown, or scroll in a good part of the window. */
  g_assert_nonnull (scroller);
  gtk_widget_measure (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)), GTK_ORIENTATION_VERTICAL,
                      gtk_widget_get_width (scroller), NULL, &natural, NULL, NULL);
  g_assert_cmpint (gtk_widget_get_height (scroller), >=, MIN (natural, 300));

  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static int
compare_gsize (gconstpointer a,
               gconstpointer b)
{
  gsize x = *(const gsize *)a, y = *(const gsize *)b;

  return x < y ? -1 : x > y;
}

/* Where the popover's box is in the window, its shadow and arrow aside. */
static void
popover_extent (QmWindow       *window,
                QmQuotePopover *popover,
                int            *top,
                int            *bottom)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (popover));
  double dx, dy;

  gtk_native_get_surface_transform (GTK_NATIVE (popover), &dx, &dy);
  *top = gdk_popup_get_position_y (GDK_POPUP (surface)) + (int)dy;
  *bottom = *top + gtk_widget_get_height (GTK_WIDGET (popover));
}

/* On a short window the popover's fields get most of its height: the text
 * scrolls so that the quote leaves room on one side, and the parts that do
 * not scroll are compact (was 126 px of fields at 900×600). On any window
 * the fields take no more height than they need. */
static void
test_quote_popover_short_window (void)
{
  /* At 1280×860 every field is shown: the fields of the first quote and
   * of one in the middle scrolled by 23 px there, the popover's own measure
   * having counted a line of the quote's words less than it showed. */
  const struct { int width, height, min_fields; } cases[] = {
    { 900, 600, 300 }, { 800, 500, 200 }, { 1280, 860, G_MAXINT },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    {
      QmWindow *window = open_sample_sized (cases[c].width, cases[c].height);
      GListModel *quotes = qm_annotation_set_get_quotes (qm_window_get_annotation_set (window));
      g_autoptr(GArray) starts = g_array_new (FALSE, FALSE, sizeof (gsize));
      int window_height = gdk_surface_get_height (gtk_native_get_surface (GTK_NATIVE (window)));

      for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
        {
          g_autoptr(QmAnnotation) a = g_list_model_get_item (quotes, i);
          gsize start = qm_annotation_get_start (a);

          g_array_append_val (starts, start);
        }
      g_array_sort (starts, compare_gsize);

      /* A quote near the top, one in the middle and the last one. */
      for (guint k = 0; k < 3; k++)
        {
          guint index = k == 0 ? 1 : k == 1 ? starts->len / 2 : starts->len - 1;
          QmQuotePopover *popover = edit_quote_at (window, g_array_index (starts, gsize, index));
          GtkWidget *scroller = find_by_type (GTK_WIDGET (popover), GTK_TYPE_SCROLLED_WINDOW);
          int top, bottom, natural;

          popover_extent (window, popover, &top, &bottom);
          gtk_widget_measure (gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scroller)), GTK_ORIENTATION_VERTICAL,
                              gtk_widget_get_width (scroller), NULL, &natural, NULL, NULL);
          g_test_message ("%d×%d, quote %u: popover from %d to %d, fields %d of %d px",
                          cases[c].width, window_height, index, top, bottom,
                          gtk_widget_get_height (scroller), natural);
          g_assert_cmpint (top, >=, 0);
          g_assert_cmpint (bottom, <=, window_height);
          g_assert_cmpint (gtk_widget_get_height (scroller), >=, MIN (natural, cases[c].min_fields));
          /* And no blank space under them. */
          g_assert_cmpint (gtk_widget_get_height (scroller), <=, natural);
          gtk_popover_popdown (GTK_POPOVER (popover));
          spin (10);
        }
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
    }
}

/* The popover stays inside the window when the window is made shorter
 * while it is open, above the last quote or below the first (whose place
 * in the window does not change): it is fitted again to the room it has
 * then (it kept the height it had in the taller window). */
static void
test_quote_popover_window_shrinks (void)
{
  for (guint k = 0; k < 2; k++)
    {
      QmWindow *window = open_sample_sized (1000, 820);
      GdkSurface *window_surface = gtk_native_get_surface (GTK_NATIVE (window));
      QmQuotePopover *popover;
      int top, bottom;

      popover = k == 0 ? edit_last_quote (window) : edit_quote_at (window, first_quote_start (window));
      popover_extent (window, popover, &top, &bottom);
      g_test_message ("%d px: popover from %d to %d", gdk_surface_get_height (window_surface), top, bottom);
      g_assert_cmpint (top, >=, 0);
      g_assert_cmpint (bottom, <=, gdk_surface_get_height (window_surface));
      gtk_window_set_default_size (GTK_WINDOW (window), 1000, 520);
      {
        gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

        while (gdk_surface_get_height (window_surface) > 520 && g_get_monotonic_time () < deadline)
          g_main_context_iteration (NULL, FALSE);
      }
      settle (400);
      g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (popover)));
      popover_extent (window, popover, &top, &bottom);
      g_test_message ("%d px: popover from %d to %d", gdk_surface_get_height (window_surface), top, bottom);
      g_assert_cmpint (gdk_surface_get_height (window_surface), <=, 520);
      g_assert_cmpint (top, >=, 0);
      g_assert_cmpint (bottom, <=, gdk_surface_get_height (window_surface));

      gtk_popover_popdown (GTK_POPOVER (popover));
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
    }
}

/* In the 320 px quote list of an 800 px window a long speaker name is
 * shown whole: the kind and review state no longer share its line (they
 * cut "Henrike Wolfsberger" to "Henrike Wolfsber…"), but are still shown. */
static void
test_quote_row_long_speaker (void)
{
  const char *name = "Henrike Wolfsberger";
  QmWindow *window = open_sample_sized (800, 600);
  GListModel *quotes = qm_annotation_set_get_quotes (qm_window_get_annotation_set (window));
  GtkWidget *list = qm_window_get_quote_list (window);
  g_autoptr(QmAnnotation) first = g_list_model_get_item (quotes, 0);
  g_autoptr(GError) error = NULL;
  QmQuotePopover *popover;
  GtkWidget *label, *row;

  for (guint i = 1; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (quotes, i);

      if (qm_annotation_get_start (a) < qm_annotation_get_start (first))
        g_set_object (&first, a);
    }
  popover = edit_quote_at (window, qm_annotation_get_start (first));
  qm_quote_popover_set_speaker (popover, name);
  g_assert_true (qm_quote_popover_apply (popover, &error));
  g_assert_no_error (error);
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin (20);
  settle (200);

  label = find_label (list, name);
  g_assert_nonnull (label);
  g_test_message ("speaker label %d px wide in a %d px list", gtk_widget_get_width (label), gtk_widget_get_width (list));
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  /* The row still says the kind and that it awaits review. */
  row = label;
  while (row && !gtk_widget_has_css_class (row, "quote-row"))
    row = gtk_widget_get_parent (row);
  g_assert_nonnull (row);
  g_assert_true (find_label (row, "Direct") || find_label (row, "Reported") || find_label (row, "Mixed"));
  g_assert_nonnull (find_label (row, "To review"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A row of the quote list names the quote's tags to a screen reader too,
 * after the speaker, kind and review state, before the words (it left
 * them out: only the small print showed them). */
static void
test_quote_row_accessible_tags (void)
{
  const char *name = "Oda Marklund";
  QmWindow *window = open_sample_sized (1000, 700);
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  GtkWidget *list = qm_window_get_quote_list (window);
  g_autoptr(QmAnnotation) first = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *words = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *untagged = NULL;
  g_autofree char *mismatch = NULL;
  g_autofree char *tag_text = NULL;
  QmQuotePopover *popover;
  GtkWidget *label, *row, *item;

  popover = edit_quote_at (window, first_quote_start (window));
  first = g_object_ref (qm_quote_popover_get_annotation (popover));
  qm_quote_popover_set_speaker (popover, name);
  qm_quote_popover_set_kind (popover, QM_QUOTE_KIND_DIRECT);
  qm_quote_popover_set_tag (popover, "statement-claim", TRUE);
  qm_quote_popover_set_tag (popover, "statement-opinion", TRUE);
  g_assert_true (qm_quote_popover_apply (popover, &error));
  g_assert_no_error (error);
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin (20);
  settle (200);

  label = find_label (list, name);
  g_assert_nonnull (label);
  row = label;
  while (row && !gtk_widget_has_css_class (row, "quote-row"))
    row = gtk_widget_get_parent (row);
  g_assert_nonnull (row);
  /* The label is the list item's, around the row's cell. */
  item = gtk_widget_get_parent (gtk_widget_get_parent (row));
  words = qm_quote_dup_words (QM_QUOTE (first));
  g_strdelimit (words, "\r\n\t", ' ');
  /* The tags as the row's small print lists them. */
  g_assert_nonnull (find_tag_list (row));
  tag_text = g_strdup (gtk_label_get_text (GTK_LABEL (find_tag_list (row))));
  g_assert_nonnull (strstr (tag_text, "Claim"));
  g_assert_nonnull (strstr (tag_text, "Opinion"));
  expected = g_strdup_printf ("%s, Direct, To review, tagged %s: %s", name, tag_text, words);
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, expected);
  g_test_message ("expected “%s”, got “%s”", expected, mismatch ? mismatch : expected);
  g_assert_null (mismatch);

  /* Without tags, as before. */
  g_assert_true (qm_annotation_set_set_tags (set, first, (const char * const[]){ NULL }, &error));
  g_assert_no_error (error);
  spin (20);
  settle (200);
  untagged = g_strdup_printf ("%s, Direct, To review: %s", name, words);
  label = find_label (list, name);
  g_assert_nonnull (label);
  g_clear_pointer (&mismatch, g_free);
  {
    GtkWidget *r = label;

    while (r && !gtk_widget_has_css_class (r, "quote-row"))
      r = gtk_widget_get_parent (r);
    g_assert_nonnull (r);
    item = gtk_widget_get_parent (gtk_widget_get_parent (r));
  }
  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, untagged);
  g_assert_null (mismatch);

  qm_annotation_set_mark_saved (set);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Next and Previous quote wrap around at the ends of the text, as the
 * search of GNOME's Text Editor does, instead of beeping. */
static void
test_step_wraps (void)
{
  QmWindow *window = open_sample_sized (1000, 700);
  GtkWidget *w = GTK_WIDGET (window);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  GListModel *quotes = qm_annotation_set_get_quotes (qm_window_get_annotation_set (window));
  guint n = g_list_model_get_n_items (quotes);
  gsize first = G_MAXSIZE, last = 0;

  g_assert_cmpuint (n, >, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (quotes, i);

      first = MIN (first, qm_annotation_get_start (a));
      last = MAX (last, qm_annotation_get_start (a));
    }

  /* Before the first quote, Previous goes to the last. */
  qm_article_view_select_range (view, 0, 0);
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.previous-quote", NULL));
  g_assert_nonnull (qm_article_view_get_current (view));
  g_assert_cmpuint (qm_annotation_get_start (qm_article_view_get_current (view)), ==, last);

  /* After the last, Next goes to the first. */
  g_assert_true (gtk_widget_activate_action (w, "win.next-quote", NULL));
  g_assert_nonnull (qm_article_view_get_current (view));
  g_assert_cmpuint (qm_annotation_get_start (qm_article_view_get_current (view)), ==, first);

  /* And back again. */
  g_assert_true (gtk_widget_activate_action (w, "win.previous-quote", NULL));
  g_assert_cmpuint (qm_annotation_get_start (qm_article_view_get_current (view)), ==, last);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* On a short window the compact popover puts Accept and Reject in the row
 * of Delete and Done, but only if they fit: with the German labels that row
 * made the popover 30–40 px wider than its fields; then they keep a row of
 * their own. */
static void
test_quote_popover_long_button_labels (void)
{
  const char *labels[][2] = {
    { "_Accept", "_Annehmen" }, { "_Reject", "A_blehnen" },
    { "_Delete", "_Löschen" }, { "D_one", "_Fertig" },
  };
  QmWindow *window;
  QmQuotePopover *popover;
  GtkWidget *content;
  GtkWidget *accept, *actions;
  int english_width, english_height, width;

  window = open_sample_sized (800, 500);
  popover = edit_last_quote (window);
  content = gtk_popover_get_child (GTK_POPOVER (popover));
  accept = find_button (content, "_Accept");
  actions = gtk_widget_get_parent (gtk_widget_get_parent (accept));
  english_width = gtk_widget_get_width (content);
  english_height = gtk_widget_get_height (content);

  /* The box is 343 px wide (qm_quote_popover_init()). */

  /* In English they fit on one row. */
  g_test_message ("English: popover box %d×%d", english_width, english_height);
  g_assert_cmpint (english_width, <=, 343);
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (actions)), ==, GTK_ORIENTATION_HORIZONTAL);
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin (10);

  /* Eight or nine letters a label, as in German. */
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *b = find_button (content, labels[i][0]);

      g_assert_nonnull (b);
      gtk_button_set_label (GTK_BUTTON (b), labels[i][1]);
    }
  popover = edit_last_quote (window);
  width = gtk_widget_get_width (content);
  g_test_message ("German: popover box %d×%d", width, gtk_widget_get_height (content));
  g_assert_cmpint (width, <=, english_width);
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (actions)), ==, GTK_ORIENTATION_VERTICAL);
  /* Every button is inside the box. */
  for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
    {
      GtkWidget *b = find_button (content, labels[i][1]);
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (b, content, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, width);
    }

  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The popover turns compact only when it does not fit with every field
 * shown: measured at the width its fields have (the tags wrap onto fewer
 * lines there than at their narrowest, where they took 708 px instead of
 * 480), the last quote's popover fits above it in a 1280×860 window. */
static void
test_quote_popover_not_compact_when_it_fits (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmQuotePopover *popover = edit_last_quote (window);
  GtkWidget *content = gtk_popover_get_child (GTK_POPOVER (popover));
  GtkWidget *accept = find_button (content, "_Accept");
  GtkWidget *actions = gtk_widget_get_parent (gtk_widget_get_parent (accept));
  GtkWidget *scroller = find_by_type (GTK_WIDGET (popover), GTK_TYPE_SCROLLED_WINDOW);
  int top, bottom;

  popover_extent (window, popover, &top, &bottom);
  g_test_message ("popover from %d to %d, fields %d px", top, bottom, gtk_widget_get_height (scroller));
  /* Accept and Reject on their own row, four lines of the quote. */
  g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (actions)), ==, GTK_ORIENTATION_VERTICAL);
  g_assert_cmpint (gtk_box_get_spacing (GTK_BOX (content)), ==, 10);
  g_assert_cmpint (top, >=, 0);
  g_assert_cmpint (bottom, <=, gdk_surface_get_height (gtk_native_get_surface (GTK_NATIVE (window))));

  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Previous and Next Match are insensitive while there is nothing to find. */
static void
test_find_needs_match (void)
{
  QmWindow *window = open_sample_sized (1000, 700);
  GtkWidget *w = GTK_WIDGET (window);
  GtkWidget *next = add_action_button (window, "win.find-next");
  GtkWidget *previous = add_action_button (window, "win.find-previous");
  GtkEditable *entry = GTK_EDITABLE (window->find_entry);

  g_assert_true (gtk_widget_activate_action (w, "win.find", NULL));
  spin (5);
  /* Nothing typed yet. */
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_false (gtk_widget_is_sensitive (previous));

  gtk_editable_set_text (entry, "bridge");
  g_signal_emit_by_name (entry, "search-changed");
  spin (5);
  g_assert_true (gtk_widget_is_sensitive (next));
  g_assert_true (gtk_widget_is_sensitive (previous));

  gtk_editable_set_text (entry, "xylophone quartet");
  g_signal_emit_by_name (entry, "search-changed");
  spin (5);
  g_assert_false (gtk_widget_is_sensitive (next));
  g_assert_false (gtk_widget_is_sensitive (previous));

  gtk_editable_set_text (entry, "");
  g_signal_emit_by_name (entry, "search-changed");
  spin (5);
  g_assert_false (gtk_widget_is_sensitive (next));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static gboolean
asks_tooltip (GtkWidget *view)
{
  GtkTooltip *tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  /* As GTK asks when Ctrl+F1 or the pointer rests on the quote. */
  g_signal_emit_by_name (view, "query-tooltip", 0, 0, TRUE, tooltip, &shown);
  g_object_unref (tooltip);
  return shown;
}

/* No tooltip over the text while the popover is open: it would cover it. */
static void
test_no_tooltip_under_popover (void)
{
  QmWindow *window = open_sample_sized (1100, 800);
  GtkWidget *view = GTK_WIDGET (qm_window_get_text_view (window));
  QmQuotePopover *popover = edit_last_quote (window);

  g_assert_false (asks_tooltip (view));
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin (10);
  g_assert_true (asks_tooltip (view));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Below about 690 px the side panel folds and slides over the text when
 * shown, so the text keeps the window's width; above, they sit side by side. */
static void
test_narrow_folds (void)
{
  const struct { int width; gboolean folded; } cases[] = { { 640, TRUE }, { 1000, FALSE } };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      QmWindow *window = open_sample_sized (cases[i].width, 700);
      AdwFlap *flap = ADW_FLAP (find_by_type (GTK_WIDGET (window), ADW_TYPE_FLAP));
      GtkWidget *view = GTK_WIDGET (qm_window_get_text_view (window));

      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), <=, cases[i].width);
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window)), >, cases[i].width - 20);
      g_assert_cmpint (adw_flap_get_folded (flap), ==, cases[i].folded);
      if (cases[i].folded)
        {
          /* Folded, the panel starts hidden and F9 lays it over the text. */
          g_assert_false (adw_flap_get_reveal_flap (flap));
          g_assert_cmpint (gtk_widget_get_width (view), >, cases[i].width - 100);
          g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-panel", NULL));
          {
            gint64 deadline = g_get_monotonic_time () + 3 * G_USEC_PER_SEC;

            /* It slides in. */
            while (!gtk_widget_get_mapped (qm_window_get_quote_list (window)) && g_get_monotonic_time () < deadline)
              g_main_context_iteration (NULL, FALSE);
          }
          g_assert_true (adw_flap_get_reveal_flap (flap));
          g_assert_true (gtk_widget_get_mapped (qm_window_get_quote_list (window)));
          g_assert_cmpint (gtk_widget_get_width (view), >, cases[i].width - 100);
        }
      else
        {
          g_assert_true (adw_flap_get_reveal_flap (flap));
          g_assert_cmpint (gtk_widget_get_width (view), >=, 360);
        }
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
    }
}

/* The Quotes / People switcher at the top of the side panel lines up with
 * the quote search entry below it rather than touching the panel's edges. */
static void
test_side_switcher_aligned (void)
{
  QmWindow *window = open_sample_sized (1000, 700);
  GtkWidget *list = qm_window_get_quote_list (window);
  GtkWidget *switcher = find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER);
  GtkWidget *entry = find_by_type (list, GTK_TYPE_SEARCH_ENTRY);
  GtkWidget *panel = gtk_widget_get_parent (switcher);
  graphene_rect_t sw, en;

  g_assert_nonnull (switcher);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_compute_bounds (switcher, panel, &sw));
  g_assert_true (gtk_widget_compute_bounds (entry, panel, &en));
  g_assert_cmpfloat (sw.origin.x, >, 0.5);
  g_assert_cmpfloat (sw.origin.x + sw.size.width, <, gtk_widget_get_width (panel) - 0.5);
  g_assert_cmpfloat (fabs (sw.origin.x - en.origin.x), <, 1.5);
  g_assert_cmpfloat (fabs ((sw.origin.x + sw.size.width) - (en.origin.x + en.size.width)), <, 1.5);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The shortcuts window, with the app's style sheet, opens on its pages
 * without GTK warnings (fatal in tests), e.g. about negative label sizes. */
static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource ("/io/github/quotemark/Quotemark/gtk/help-overlay.ui");
  g_autoptr(GtkCssProvider) css = gtk_css_provider_new ();
  GtkWidget *window = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  GtkWidget *switcher;
  guint n_pages = 0;

  gtk_css_provider_load_from_resource (css, "/io/github/quotemark/Quotemark/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  /* The shortcuts fill more than one page, so the page numbers show. */
  switcher = find_by_type (window, GTK_TYPE_STACK_SWITCHER);
  g_assert_nonnull (switcher);
  for (GtkWidget *child = gtk_widget_get_first_child (switcher); child; child = gtk_widget_get_next_sibling (child))
    n_pages += gtk_widget_get_visible (child);
  g_assert_cmpuint (n_pages, >, 1);
  g_assert_true (gtk_widget_get_mapped (switcher));

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_style_context_remove_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css));
}

/* One registered application for the tests that need one: a process
 * cannot register a second one on the bus. */
static QmApplication *
test_app (void)
{
  static QmApplication *app;

  if (app == NULL)
    {
      g_autoptr(GError) error = NULL;

      app = qm_application_new ();
      g_application_set_flags (G_APPLICATION (app), G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, &error));
      g_assert_no_error (error);
    }
  return app;
}

/* The quote list's grouping is remembered across windows (GSettings). */
static void
test_grouping_remembered (void)
{
  QmApplication *app = test_app ();
  GSettings *settings;
  QmWindow *window;

  settings = qm_application_get_settings (app);
  g_settings_reset (settings, "quote-grouping");

  window = qm_window_new (app);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_cmpint (qm_quote_list_get_group_mode (QM_QUOTE_LIST (qm_window_get_quote_list (window))), ==,
                   QM_QUOTE_GROUP_NONE);
  qm_quote_list_set_group_mode (QM_QUOTE_LIST (qm_window_get_quote_list (window)), QM_QUOTE_GROUP_TAG);
  gtk_window_close (GTK_WINDOW (window));
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
  g_assert_cmpint (g_settings_get_enum (settings, "quote-grouping"), ==, QM_QUOTE_GROUP_TAG);

  window = qm_window_new (app);
  g_assert_cmpint (qm_quote_list_get_group_mode (QM_QUOTE_LIST (qm_window_get_quote_list (window))), ==,
                   QM_QUOTE_GROUP_TAG);
  gtk_window_destroy (GTK_WINDOW (window));
  g_settings_reset (settings, "quote-grouping");
  for (guint i = 0; i < 10; i++)
    g_main_context_iteration (NULL, FALSE);
}

static char *saved_messages;
static char *saved_language;

/* Switches the messages to German from the build tree's catalogue
 * (QM_BUILD_ROOT/po), as main() binds QM_LOCALEDIR; FALSE (and the test
 * skipped) where there is none or the locale does not take it. Widgets
 * made afterwards are in German until german_end(). */
static gboolean
german_begin (void)
{
  g_autofree char *localedir = g_build_filename (g_getenv ("QM_BUILD_ROOT"), "po", NULL);
  g_autofree char *catalogue = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  if (!g_file_test (catalogue, G_FILE_TEST_IS_REGULAR))
    {
      g_test_skip ("no German catalogue in the build tree");
      return FALSE;
    }
  g_free (saved_messages);
  saved_messages = g_strdup (setlocale (LC_MESSAGES, NULL));
  g_free (saved_language);
  saved_language = g_strdup (g_getenv ("LANGUAGE"));
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  /* LANGUAGE is ignored under the plain C locale. */
  if (setlocale (LC_MESSAGES, "C.UTF-8") == NULL)
    setlocale (LC_MESSAGES, "de_DE.UTF-8");
  g_setenv ("LANGUAGE", "de", TRUE);
  textdomain (textdomain (NULL));
  if (g_strcmp0 (g_dgettext (GETTEXT_PACKAGE, "Undo"), "Undo") == 0)
    {
      g_test_skip ("the German catalogue is not used under this locale");
      return FALSE;
    }
  return TRUE;
}

static void
german_end (void)
{
  if (saved_language != NULL)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  if (saved_messages != NULL)
    setlocale (LC_MESSAGES, saved_messages);
  textdomain (textdomain (NULL));
}

/* In German the shortcuts window is no wider than the main window at its
 * default width (GSettings window-width, 1100 px): it was about 55 px
 * wider, its first column as wide as its longest accelerator (Redo's two)
 * and its longest title ("Die Wörter des Zitats auf den ausgewählten Text
 * setzen") side by side.  The window is the one the application window
 * makes, whose shortcuts show the application's accelerators (on its own
 * it shows none, and was 603 px wide). */
static void
test_shortcuts_window_fits_german (void)
{
  QmApplication *app = test_app ();
  QmWindow *window;
  GtkWidget *overlay;
  int natural = 0;
  int main_width = 0;
  int main_height = 0;

  if (german_begin ())
    {
      window = qm_window_new (app);
      gtk_window_get_default_size (GTK_WINDOW (window), &main_width, &main_height);
      gtk_window_present (GTK_WINDOW (window));
      WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
      overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
      g_assert_nonnull (overlay);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
      WAIT_FOR (gtk_widget_get_mapped (overlay));
      /* The section lays its groups out in columns once it is mapped, and
       * the window then takes their width. */
      settle (500);

      gtk_widget_measure (overlay, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
      g_test_message ("German shortcuts window: %d px (natural %d px), main window %d px",
                      gtk_widget_get_width (overlay), natural, main_width);
      g_assert_cmpint (main_width, >, 0);
      g_assert_cmpint (natural, <=, main_width);
      g_assert_cmpint (gtk_widget_get_width (overlay), <=, main_width);

      gtk_window_close (GTK_WINDOW (overlay));
      gtk_window_destroy (GTK_WINDOW (window));
      settle (50);
    }
  german_end ();
}

/* The height the shortcuts window of an application window takes, at
 * least and at best. */
static void
measure_shortcuts_window (int *minimum,
                          int *natural)
{
  QmWindow *window = qm_window_new (test_app ());
  GtkWidget *overlay;

  gtk_window_present (GTK_WINDOW (window));
  WAIT_FOR (gtk_widget_get_mapped (GTK_WIDGET (window)));
  overlay = GTK_WIDGET (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  g_assert_nonnull (overlay);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  WAIT_FOR (gtk_widget_get_mapped (overlay));
  settle (500);
  gtk_widget_measure (overlay, GTK_ORIENTATION_VERTICAL, -1, minimum, natural, NULL, NULL);
  g_test_message ("shortcuts window: %d px high (minimum %d, natural %d), %d px wide", gtk_widget_get_height (overlay),
                  *minimum, *natural, gtk_widget_get_width (overlay));
  gtk_window_close (GTK_WINDOW (overlay));
  gtk_window_destroy (GTK_WINDOW (window));
  settle (50);
}

/* The shortcuts window fits a 1366 × 768 laptop screen under GNOME Shell's
 * 32 px top bar, in English and in German. It cannot scroll (its pages
 * are as tall as their longest column) and was 750-760 px high, its page
 * numbers under the bottom of such a screen; the 15 shortcuts of Reading
 * made one column of 16 lines. */
#define SHORTCUTS_WINDOW_MAX_HEIGHT (768 - 32)

static void
test_shortcuts_window_fits_height (void)
{
  int minimum = 0, natural = 0;

  measure_shortcuts_window (&minimum, &natural);
  g_assert_cmpint (minimum, <=, SHORTCUTS_WINDOW_MAX_HEIGHT);
  g_assert_cmpint (natural, <=, SHORTCUTS_WINDOW_MAX_HEIGHT);
  if (german_begin ())
    {
      measure_shortcuts_window (&minimum, &natural);
      g_assert_cmpint (minimum, <=, SHORTCUTS_WINDOW_MAX_HEIGHT);
      g_assert_cmpint (natural, <=, SHORTCUTS_WINDOW_MAX_HEIGHT);
    }
  german_end ();
}

static void
collect_mnemonics (GtkWidget  *widget,
                   GHashTable *seen,
                   GString    *clashes)
{
  if (!gtk_widget_get_mapped (widget))
    return;
  if (GTK_IS_LABEL (widget) && gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)) != GDK_KEY_VoidSymbol)
    {
      guint key = gdk_keyval_to_lower (gtk_label_get_mnemonic_keyval (GTK_LABEL (widget)));
      const char *other = g_hash_table_lookup (seen, GUINT_TO_POINTER (key));

      if (other != NULL)
        g_string_append_printf (clashes, "“%s” and “%s”; ", other, gtk_label_get_label (GTK_LABEL (widget)));
      else
        g_hash_table_insert (seen, GUINT_TO_POINTER (key), (gpointer) gtk_label_get_label (GTK_LABEL (widget)));
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_mnemonics (child, seen, clashes);
}

static void
check_popover_mnemonics (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  GListModel *quotes = qm_annotation_set_get_quotes (qm_window_get_annotation_set (window));
  g_autoptr(QmAnnotation) first = g_list_model_get_item (quotes, 0);
  QmQuotePopover *popover = edit_quote_at (window, qm_annotation_get_start (first));
  g_autoptr(GHashTable) seen = g_hash_table_new (NULL, NULL);
  g_autoptr(GString) clashes = g_string_new (NULL);

  collect_mnemonics (GTK_WIDGET (popover), seen, clashes);
  g_test_message ("%u mnemonics, clashes: %s", g_hash_table_size (seen), clashes->str);
  g_assert_cmpuint (g_hash_table_size (seen), >=, 5);
  g_assert_cmpstr (clashes->str, ==, "");

  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Each Alt+letter of the quote popover goes to one field or button: in
 * English Alt+D went to Delete before Done (both _D), so Alt+D and Enter,
 * meant to close the popover, deleted the quote; in German Alt+A went to
 * the kind ("_Art") before Accept ("_Annehmen"). */
static void
test_popover_mnemonics_unique (void)
{
  check_popover_mnemonics ();
  if (german_begin ())
    check_popover_mnemonics ();
  german_end ();
}

/* Every icon named in ui/ (C sources and .ui files) is found by the icon
 * theme of the display, with the app's own icons in its resources: a name
 * missing from the installed Adwaita shows as a broken image. */
static void
add_icon_names (GHashTable *names,
                const char *path)
{
  g_autoptr(GRegex) symbolic = g_regex_new ("[a-z][a-z0-9-]*-symbolic\\b", 0, 0, NULL);
  g_autoptr(GRegex) property = g_regex_new ("name=\"icon-name\">([^<]+)<", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  for (g_regex_match (symbolic, contents, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    g_hash_table_add (names, g_match_info_fetch (match, 0));
  g_clear_pointer (&match, g_match_info_free);
  for (g_regex_match (property, contents, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    g_hash_table_add (names, g_match_info_fetch (match, 1));
}

static void
test_icons_found (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *folders[] = { "ui", "ui/gtk", NULL };
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());
  GHashTableIter iter;
  const char *name;
  guint missing = 0;

  /* GtkApplication's startup adds the resources' icons/ to the theme. */
  test_app ();

  for (guint f = 0; folders[f]; f++)
    {
      g_autofree char *dir_path = g_build_filename (g_getenv ("QM_SOURCE_ROOT"), folders[f], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, &error);
      const char *entry;

      g_assert_no_error (error);
      while ((entry = g_dir_read_name (dir)) != NULL)
        if (g_str_has_suffix (entry, ".c") || g_str_has_suffix (entry, ".ui") || g_str_has_suffix (entry, ".blp"))
          {
            g_autofree char *path = g_build_filename (dir_path, entry, NULL);

            add_icon_names (names, path);
          }
    }
  /* The scan sees the names the window is known to use. */
  g_assert_true (g_hash_table_contains (names, "document-open-symbolic"));
  g_assert_true (g_hash_table_contains (names, "chat-bubbles-text-symbolic"));
  g_assert_true (g_hash_table_contains (names, "tag-symbolic"));

  g_hash_table_iter_init (&iter, names);
  while (g_hash_table_iter_next (&iter, (gpointer *)&name, NULL))
    if (!gtk_icon_theme_has_icon (theme, name))
      {
        g_autofree char *theme_name = gtk_icon_theme_get_theme_name (theme);

        g_test_message ("icon not in the theme “%s”: %s", theme_name, name);
        missing++;
      }
  g_assert_cmpuint (missing, ==, 0);
}

/* Closing a narrow window, whose panel folded away by itself, does not
 * hide the panel of the next, wide one. */
static void
test_folded_panel_not_remembered (void)
{
  QmApplication *app = test_app ();
  GSettings *settings = qm_application_get_settings (app);
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  QmWindow *window;
  AdwFlap *flap;

  g_settings_reset (settings, "side-panel-visible");
  g_assert_true (g_settings_get_boolean (settings, "side-panel-visible"));
  window = qm_window_new (app);
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 600);
  gtk_window_present (GTK_WINDOW (window));
  qm_window_open (window, file);
  wait_until_loaded (window);
  spin (20);
  flap = ADW_FLAP (find_by_type (GTK_WIDGET (window), ADW_TYPE_FLAP));
  g_assert_true (adw_flap_get_folded (flap));
  g_assert_false (adw_flap_get_reveal_flap (flap));
  gtk_window_close (GTK_WINDOW (window));
  spin (10);
  g_assert_true (g_settings_get_boolean (settings, "side-panel-visible"));
  g_settings_reset (settings, "side-panel-visible");
}

/* Runs xdotool with @args on the X window of @window; FALSE without it. */
static gboolean
xdotool (QmWindow   *window,
         const char *args)
{
  g_autofree char *program = g_find_program_in_path ("xdotool");
  g_autofree char *command = NULL;
  g_autofree char *xid = NULL;
  g_autofree char *joined = NULL;
  g_auto(GStrv) parts = NULL;
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  int status = -1;

  if (program == NULL || !GDK_IS_X11_SURFACE (surface))
    return FALSE;
  /* "WINDOW" in @args stands for the window's X id. */
  xid = g_strdup_printf ("%lu", (gulong)gdk_x11_surface_get_xid (surface));
  parts = g_strsplit (args, "WINDOW", -1);
  joined = g_strjoinv (xid, parts);
  command = g_strdup_printf ("%s %s", program, joined);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

/* Where character @offset of the text is in the X window of @window. */
static void
char_position (QmWindow *window,
               gsize     offset,
               int      *x,
               int      *y)
{
  GtkTextView *view = qm_window_get_text_view (window);
  GtkTextIter iter;
  GdkRectangle rect;
  double nx, ny, sx, sy;
  int wx, wy;

  gtk_text_buffer_get_iter_at_offset (gtk_text_view_get_buffer (view), &iter, (int)offset);
  gtk_text_view_get_iter_location (view, &iter, &rect);
  gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, rect.x, rect.y + rect.height / 2, &wx, &wy);
  g_assert_true (gtk_widget_translate_coordinates (GTK_WIDGET (view), GTK_WIDGET (window), wx, wy, &nx, &ny));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  *x = (int)(nx + sx) + 2;
  *y = (int)(ny + sy);
}

/* A click on a quote in the text selects it, its words in the text and its
 * row in the list (it only placed the cursor); a second click or a double
 * click on it opens its popover, as Return does; dragging over a quote
 * still selects words. */
static void
test_click_selects_quote (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  GtkWidget *popover = GTK_WIDGET (qm_window_get_quote_popover (window));
  QmQuoteList *list = QM_QUOTE_LIST (qm_window_get_quote_list (window));
  gsize first = first_quote_start (window);
  QmAnnotation *quote = qm_article_view_get_annotation_at (view, first + 3);
  g_autofree char *click = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  gsize start, end;
  int x, y;

  g_assert_nonnull (quote);
  g_assert_true (QM_IS_QUOTE (quote));
  g_assert_null (qm_article_view_get_current (view));
  char_position (window, first + 3, &x, &y);
  click = g_strdup_printf ("mousemove --window WINDOW %d %d click 1", x, y);
  if (!xdotool (window, click))
    {
      g_test_skip ("needs xdotool and X11");
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      return;
    }
  WAIT_FOR (qm_article_view_get_selection (view, &start, &end) && end > start);
  settle (300);
  g_assert_true (qm_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, qm_annotation_get_start (quote));
  g_assert_cmpuint (end, ==, qm_annotation_get_end (quote));
  selected = qm_quote_list_get_selected (list);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == (gpointer)quote);
  g_assert_false (gtk_widget_get_visible (popover));

  /* Again, after the time of a double click. */
  settle (600);
  g_assert_true (xdotool (window, click));
  WAIT_FOR (gtk_widget_get_visible (popover));
  settle (400);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_true (qm_quote_popover_get_annotation (QM_QUOTE_POPOVER (popover)) == quote);
  /* The quote stays selected while its popover is open: the popover's
   * entry takes the PRIMARY selection, and the buffer gives up its own, so
   * a tag shows the quote's words as selected until the popover closes. */
  settle (300);
  {
    GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
    GtkTextTag *held = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "qm-held-selection");
    GtkTextIter iter;

    g_assert_nonnull (held);
    for (gsize i = qm_annotation_get_start (quote); i < qm_annotation_get_end (quote); i++)
      {
        gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int)i);
        g_assert_true (gtk_text_iter_has_tag (&iter, held));
      }
    gtk_popover_popdown (GTK_POPOVER (popover));
    settle (300);
    gtk_text_buffer_get_iter_at_offset (buffer, &iter, (int)qm_annotation_get_start (quote));
    g_assert_false (gtk_text_iter_has_tag (&iter, held));
  }

  /* Dragging from the quote's third character to its tenth selects those. */
  {
    g_autofree char *drag = NULL;
    int x2, y2;

    /* The text may have scrolled to make room for the popover. */
    char_position (window, first + 3, &x, &y);
    char_position (window, first + 10, &x2, &y2);
    drag = g_strdup_printf ("mousemove --window WINDOW %d %d mousedown 1 mousemove --window WINDOW %d %d "
                            "mousemove --window WINDOW %d %d mouseup 1", x, y, (x + x2) / 2, y, x2 - 2, y2);
    g_assert_true (xdotool (window, drag));
  }
  WAIT_FOR (qm_article_view_get_selection (view, &start, &end) && end < qm_annotation_get_end (quote));
  settle (400);
  g_assert_false (gtk_widget_get_visible (popover));
  g_assert_true (qm_article_view_get_selection (view, &start, &end));
  g_test_message ("dragged over %" G_GSIZE_FORMAT "–%" G_GSIZE_FORMAT, start, end);
  g_assert_cmpuint (start, >=, first + 2);
  g_assert_cmpuint (end, <=, first + 11);
  g_assert_cmpuint (end, >, start);

  /* A double click opens the popover too (its second press came before
   * the first click was handled, and selected a word instead). */
  settle (600);
  {
    g_autofree char *twice = g_strdup_printf ("mousemove --window WINDOW %d %d click --repeat 2 --delay 60 1", x, y);

    g_assert_true (xdotool (window, twice));
  }
  WAIT_FOR (gtk_widget_get_visible (popover));
  settle (400);
  g_assert_true (gtk_widget_get_visible (popover));
  g_assert_true (qm_quote_popover_get_annotation (QM_QUOTE_POPOVER (popover)) == quote);
  gtk_popover_popdown (GTK_POPOVER (popover));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* whether the window's focus is @widget or inside it */
static gboolean
focus_within (QmWindow  *window,
              GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Presses @keys with xdotool, lets the window settle and returns the
 * widget with the focus, named in the test log. Every key the tests press
 * moves the focus, so this waits for it to move before the 300 ms
 * settle. */
static GtkWidget *
press_keys (QmWindow   *window,
            const char *keys)
{
  g_autofree char *args = g_strdup_printf ("key %s", keys);
  GtkWidget *before = gtk_root_get_focus (GTK_ROOT (window));
  GtkWidget *focus;

  g_assert_true (xdotool (window, args));
  WAIT_FOR (gtk_root_get_focus (GTK_ROOT (window)) != before);
  settle (300);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_test_message ("%s: %s", keys, focus ? G_OBJECT_TYPE_NAME (focus) : "nothing");
  return focus;
}

/* Ctrl+Shift+F, from the text, goes to the search entry above the quote
 * list (with the panel hidden too): it was three Shift+Tabs away from the
 * list, and had no key of its own. The window is one of the application,
 * whose accelerators it takes. */
static void
test_search_quotes_key (void)
{
  g_autofree char *path = sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  QmWindow *window = qm_window_new (test_app ());
  GtkWidget *text = GTK_WIDGET (qm_window_get_text_view (window));
  GtkWidget *focus;
  GtkWidget *entry;

  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  qm_window_open (window, file);
  wait_until_loaded (window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.toggle-panel", NULL);
  settle (300);
  gtk_widget_grab_focus (text);
  if (!xdotool (window, "windowfocus --sync WINDOW"))
    {
      g_test_skip ("needs xdotool and X11");
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      return;
    }
  focus = press_keys (window, "ctrl+shift+f");
  g_assert_nonnull (focus);
  entry = gtk_widget_get_ancestor (focus, GTK_TYPE_SEARCH_ENTRY);
  g_assert_nonnull (entry);
  g_assert_true (gtk_widget_is_ancestor (entry, qm_window_get_quote_list (window)));
  g_assert_true (gtk_widget_get_mapped (entry));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

typedef struct
{
  const char *text;
  const char *tooltip;
} LabelTooltip;

/* a label on screen that shows @data's text and has its tooltip */
static gboolean
is_label_with_tooltip (GtkWidget    *widget,
                       gconstpointer data)
{
  const LabelTooltip *want = data;

  return GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
         g_strcmp0 (gtk_label_get_label (GTK_LABEL (widget)), want->text) == 0 &&
         g_strcmp0 (gtk_widget_get_tooltip_text (widget), want->tooltip) == 0;
}

#define find_label_with_tooltip(widget, text, tooltip) \
  find_widget ((widget), is_label_with_tooltip, &(LabelTooltip) { (text), (tooltip) })

/* A quote with a note says so in its row, the note in the tooltip: it was
 * seen only in the popover and the status line, so a journalist going
 * down the list could not tell which quotes had one. */
static void
test_quote_row_shows_note (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  GtkWidget *list_view = qm_quote_list_get_list_view (QM_QUOTE_LIST (qm_window_get_quote_list (window)));
  g_autoptr(QmAnnotation) first = g_list_model_get_item (qm_annotation_set_get_quotes (set), 0);
  g_autoptr(GError) error = NULL;
  QmNote *note;

  g_assert_null (find_label_with_tooltip (list_view, _("Note"), "Ask the harbour office for the vote count"));
  note = qm_annotation_set_add_note (set, first, "Ask the harbour office for the vote count", &error);
  g_assert_no_error (error);
  g_assert_nonnull (note);
  WAIT_FOR (find_label_with_tooltip (list_view, _("Note"), "Ask the harbour office for the vote count") != NULL);
  g_assert_nonnull (find_label_with_tooltip (list_view, _("Note"), "Ask the harbour office for the vote count"));

  /* Gone with the note. */
  g_assert_true (qm_annotation_set_remove_note (set, first, note, &error));
  g_assert_no_error (error);
  settle (200);
  g_assert_null (find_label_with_tooltip (list_view, _("Note"), NULL));
  g_assert_null (find_label_with_tooltip (list_view, _("Note"), "Ask the harbour office for the vote count"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Tab leaves the quote list for the buttons under it, Shift+Tab for the
 * grouping above it: GTK 4.8's list view took the focus from row to row,
 * through every quote. */
static void
test_tab_leaves_quote_list (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  GtkWidget *list_view = qm_quote_list_get_list_view (QM_QUOTE_LIST (qm_window_get_quote_list (window)));
  GtkWidget *focus;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "quotes"));
  settle (200);
  g_assert_true (focus_within (window, list_view));
  if (!xdotool (window, "windowfocus --sync WINDOW key Tab"))
    {
      g_test_skip ("needs xdotool and X11");
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      return;
    }
  WAIT_FOR (!focus_within (window, list_view));
  settle (300);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_test_message ("Tab: %s", focus ? G_OBJECT_TYPE_NAME (focus) : "nothing");
  g_assert_nonnull (focus);
  g_assert_false (focus_within (window, list_view));
  g_assert_true (GTK_IS_ACTIONABLE (focus));
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), ==, "win.accept");

  /* Back into the list, and out of it above. */
  press_keys (window, "shift+Tab");
  g_assert_true (focus_within (window, list_view));
  focus = press_keys (window, "shift+Tab");
  g_assert_nonnull (focus);
  g_assert_false (focus_within (window, list_view));
  g_assert_nonnull (gtk_widget_get_ancestor (focus, GTK_TYPE_DROP_DOWN));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Alt+1 (win.show-page "quotes") puts the focus on the row of the quote
 * selected in the text, so that Down goes on to the next quote: the list
 * view took the focus on its first row (or on itself), and Down selected
 * the first quote of the article. */
static void
test_show_quotes_focuses_selected_row (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmQuoteList *list = QM_QUOTE_LIST (qm_window_get_quote_list (window));
  GtkWidget *list_view = qm_quote_list_get_list_view (list);
  g_autoptr(GPtrArray) selected = NULL;
  GtkWidget *focus;
  GtkWidget *row;

  gtk_widget_grab_focus (GTK_WIDGET (qm_window_get_text_view (window)));
  for (guint i = 0; i < 3; i++)
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.next-quote", NULL));
  settle (200);
  selected = qm_quote_list_get_selected (list);
  g_assert_cmpuint (selected->len, ==, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "quotes"));
  settle (200);
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_true (focus_within (window, list_view));
  g_assert_true (focus != list_view);
  /* The list view's own child, the row widget around the factory's cell. */
  for (row = focus; row != NULL && gtk_widget_get_parent (row) != list_view; row = gtk_widget_get_parent (row))
    ;
  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_state_flags (row) & GTK_STATE_FLAG_SELECTED);
  /* Not the first row: the third quote is the one selected. */
  g_assert_true (gtk_widget_get_prev_sibling (row) != NULL);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* In the People list, too, Tab and Shift+Tab leave the list instead of
 * going through every row and its button; Ctrl+Enter on a row shows the
 * person's quotes, as the row's button does. */
static void
test_tab_leaves_people_list (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmPeopleList *people = QM_PEOPLE_LIST (qm_window_get_people_list (window));
  GtkWidget *list_view = qm_people_list_get_list_view (people);
  GtkWidget *quote_view = qm_quote_list_get_list_view (QM_QUOTE_LIST (qm_window_get_quote_list (window)));
  GtkWidget *focus;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "people"));
  settle (200);
  g_assert_true (focus_within (window, list_view));
  focus = gtk_root_get_focus (GTK_ROOT (window));
  if (!xdotool (window, "windowfocus --sync WINDOW key Down"))
    {
      g_test_skip ("needs xdotool and X11");
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      return;
    }
  WAIT_FOR (gtk_root_get_focus (GTK_ROOT (window)) != focus);
  settle (200);
  press_keys (window, "Tab");
  g_assert_false (focus_within (window, list_view));

  /* Back to the row, then out above the list. */
  focus = press_keys (window, "shift+Tab");
  g_assert_true (focus_within (window, list_view));
  g_assert_false (GTK_IS_BUTTON (focus));
  focus = press_keys (window, "shift+Tab");
  g_assert_nonnull (focus);
  g_assert_false (focus_within (window, list_view));

  /* Into the list again, and the row's button from the keyboard. */
  focus = press_keys (window, "Tab");
  g_assert_true (focus != NULL && gtk_widget_is_ancestor (focus, list_view));
  press_keys (window, "ctrl+Return");
  g_assert_true (focus_within (window, quote_view));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The Re-attach list, too, is one stop for Tab: the arrows move between
 * the rows, whose buttons take no focus (three Tabs a row before), and
 * the keys on a row do what they do: Enter shows a moved annotation in the
 * text, Delete deletes one, Ctrl+Enter attaches one to the selected text;
 * the focus stays in the list while it has rows, then goes to the text. */
static void
test_tab_leaves_reattach_list (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  QmOrphanList *orphans = QM_ORPHAN_LIST (qm_window_get_orphan_list (window));
  GtkWidget *list_view = qm_orphan_list_get_list_view (orphans);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  g_autoptr(QmTarget) target = qm_target_new (5, 20, "Port ", "Aldwick council", " approves");
  g_autoptr(QmTarget) target2 = qm_target_new (900, 930, "", "words the new article lost", "");
  g_autoptr(QmQuote) moved = g_object_new (QM_TYPE_QUOTE, "kind", QM_QUOTE_KIND_DIRECT, "target", target,
                                           "anchor-state", QM_ANCHOR_MOVED, NULL);
  g_autoptr(QmHighlight) orphan = g_object_new (QM_TYPE_HIGHLIGHT, "target", target2,
                                                "anchor-state", QM_ANCHOR_ORPHAN, NULL);
  GtkWidget *focus;
  gsize start, end;

  g_assert_true (qm_annotation_set_add_annotation (set, QM_ANNOTATION (moved), NULL));
  g_assert_true (qm_annotation_set_add_annotation (set, QM_ANNOTATION (orphan), NULL));
  spin (20);
  g_assert_cmpuint (qm_orphan_list_get_n_items (orphans), ==, 2);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "review"));
  settle (200);
  g_assert_true (focus_within (window, list_view));
  if (!xdotool (window, "windowfocus --sync WINDOW key Home"))
    {
      g_test_skip ("needs xdotool and X11");
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      return;
    }
  settle (200);
  /* Out of the list at once, not into the row's buttons. */
  press_keys (window, "Tab");
  g_assert_false (focus_within (window, list_view));
  focus = press_keys (window, "shift+Tab");
  g_assert_true (focus_within (window, list_view));
  g_assert_false (GTK_IS_BUTTON (focus));
  focus = press_keys (window, "Down");
  g_assert_true (focus_within (window, list_view));
  g_assert_false (GTK_IS_BUTTON (focus));
  press_keys (window, "Up");

  /* Enter on the first row, the moved quote: its words in the text. */
  press_keys (window, "Return");
  g_assert_true (focus_within (window, GTK_WIDGET (view)));
  g_assert_true (qm_article_view_get_selection (view, &start, &end));
  g_assert_cmpuint (start, ==, 5);
  g_assert_cmpuint (end, ==, 20);

  /* Back in the list, Delete deletes the row's annotation. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "review"));
  settle (200);
  /* keys that need not move the focus: no waiting for it to move */
  g_assert_true (xdotool (window, "key Home"));
  settle (300);
  g_assert_true (xdotool (window, "key Delete"));
  WAIT_FOR (qm_orphan_list_get_n_items (orphans) == 1);
  settle (300);
  g_assert_cmpuint (qm_orphan_list_get_n_items (orphans), ==, 1);
  /* on the row left, not on the one deleted (out of the window) */
  g_assert_true (focus_within (window, list_view));
  g_assert_null (qm_annotation_set_lookup_annotation (set, qm_annotation_get_id (QM_ANNOTATION (moved))));

  /* Ctrl+Enter attaches the orphan left to the words selected. */
  qm_article_view_select_range (view, 0, 4);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "review"));
  settle (200);
  g_assert_true (xdotool (window, "key Home"));
  settle (300);
  focus = press_keys (window, "ctrl+Return");
  g_assert_cmpuint (qm_orphan_list_get_n_items (orphans), ==, 0);
  /* the last row gone, the focus is back in the text, not nowhere */
  g_assert_true (focus == GTK_WIDGET (view));
  g_assert_cmpint (qm_annotation_get_anchor_state (QM_ANNOTATION (orphan)), ==, QM_ANCHOR_EXACT);
  g_assert_cmpuint (qm_annotation_get_start (QM_ANNOTATION (orphan)), ==, 0);
  g_assert_cmpuint (qm_annotation_get_end (QM_ANNOTATION (orphan)), ==, 4);

  qm_annotation_set_mark_saved (set);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Replaces the strings of @drop_down's model by @strings. */
static void
set_drop_down_strings (GtkDropDown *drop_down,
                       const char **strings)
{
  GtkStringList *list = GTK_STRING_LIST (gtk_drop_down_get_model (drop_down));

  gtk_string_list_splice (list, 0, g_list_model_get_n_items (G_LIST_MODEL (list)), strings);
}

/* The side panel keeps its 320 px with German labels, the Re-attach page
 * shown and the longest choices of both drop-downs: the switcher and the
 * drop-downs made it 30-110 px wider, over the text. */
static void
test_side_panel_keeps_width (void)
{
  const char *modes[] = {
    "Alle Zitate", "Zu prüfen", "Angenommen", "Abgelehnt", "Direkte Zitate", "Indirekte Rede",
    "Gemischte Zitate", "Distanzierende Anführungszeichen", "Verschlagwortet", "Ohne Person", NULL
  };
  const char *groups[] = { "Nicht gruppiert", "Nach Person", "Nach Art", "Nach Schlagwort", "Nach Prüfstand", NULL };
  QmWindow *window = open_sample_sized (1280, 860);
  GtkWidget *quote_list = qm_window_get_quote_list (window);
  GtkWidget *mode = find_by_type (quote_list, GTK_TYPE_DROP_DOWN);
  GtkWidget *group_mode = gtk_widget_get_next_sibling (mode);
  GtkWidget *switcher = find_by_type (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER);
  int english = gtk_widget_get_width (window->side_panel);

  g_test_message ("English: %d px", english);
  g_assert_cmpint (english, ==, 320);
  g_assert_true (GTK_IS_DROP_DOWN (group_mode));

  adw_view_stack_page_set_title (adw_view_stack_get_page (window->side_stack, gtk_widget_get_parent (quote_list)),
                                 "Zitate");
  adw_view_stack_page_set_title (adw_view_stack_get_page (window->side_stack, GTK_WIDGET (window->people_list)),
                                 "Personen");
  adw_view_stack_page_set_title (window->review_page, "Neu zuordnen");
  adw_view_stack_page_set_visible (window->review_page, TRUE);
  set_drop_down_strings (GTK_DROP_DOWN (mode), modes);
  set_drop_down_strings (GTK_DROP_DOWN (group_mode), groups);
  for (guint m = 0; modes[m] != NULL; m++)
    for (guint g = 0; groups[g] != NULL; g++)
      {
        int width;

        gtk_drop_down_set_selected (GTK_DROP_DOWN (mode), m);
        gtk_drop_down_set_selected (GTK_DROP_DOWN (group_mode), g);
        settle (30);
        width = gtk_widget_get_width (window->side_panel);
        if (width != 320)
          g_test_message ("%s, %s: %d px (switcher %d, policy %d, drop-downs %d + %d)", modes[m], groups[g], width,
                          gtk_widget_get_width (switcher), adw_view_switcher_get_policy (ADW_VIEW_SWITCHER (switcher)),
                          gtk_widget_get_width (mode),
                          gtk_widget_get_width (group_mode));
        g_assert_cmpint (width, ==, 320);
      }
  g_test_message ("switcher: %s", adw_view_switcher_get_policy (ADW_VIEW_SWITCHER (switcher)) ==
                  ADW_VIEW_SWITCHER_POLICY_WIDE ? "wide" : "narrow");

  /* Back to two pages: side by side again. */
  adw_view_stack_page_set_visible (window->review_page, FALSE);
  settle (30);
  g_assert_cmpint (adw_view_switcher_get_policy (ADW_VIEW_SWITCHER (switcher)), ==, ADW_VIEW_SWITCHER_POLICY_WIDE);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Accept, Reject and the Tag menu under the quote list keep the panel at
 * its English width with the German labels: on one row they asked for
 * 363 px and the panel grew over the text. The Tag menu then takes a row
 * of its own; every button stays inside the panel, keeping its label and
 * its mnemonic. */
static void
test_side_panel_actions_fit (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  GtkWidget *accept = find_by_action (window->list_actions, "win.accept");
  GtkWidget *reject = find_by_action (window->list_actions, "win.reject");
  GtkWidget *tag = GTK_WIDGET (window->tag_button);
  GtkWidget *buttons[] = { accept, reject, tag };
  int english;
  graphene_rect_t a, t;

  WAIT_FOR (gtk_widget_get_width (window->side_panel) > 0);
  english = gtk_widget_get_width (window->side_panel);
  g_test_message ("English: %d px", english);
  g_assert_cmpint (english, ==, 320);
  /* In English they share a row. */
  g_assert_true (gtk_widget_compute_bounds (accept, window->side_panel, &a));
  g_assert_true (gtk_widget_compute_bounds (tag, window->side_panel, &t));
  g_assert_cmpfloat (fabs (a.origin.y - t.origin.y), <, 1);

  gtk_button_set_label (GTK_BUTTON (accept), "_Annehmen");
  gtk_button_set_label (GTK_BUTTON (reject), "A_blehnen");
  gtk_menu_button_set_label (window->tag_button, "_Schlagwort");
  settle (30);
  g_test_message ("German: %d px, %s", gtk_widget_get_width (window->side_panel),
                  gtk_orientable_get_orientation (GTK_ORIENTABLE (window->list_actions)) ==
                  GTK_ORIENTATION_VERTICAL ? "two rows" : "one row");
  g_assert_cmpint (gtk_widget_get_width (window->side_panel), ==, english);
  for (guint i = 0; i < G_N_ELEMENTS (buttons); i++)
    {
      graphene_rect_t bounds;

      g_assert_true (gtk_widget_compute_bounds (buttons[i], window->side_panel, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, english);
    }
  g_assert_true (gtk_menu_button_get_use_underline (window->tag_button));
  g_assert_cmpstr (gtk_menu_button_get_label (window->tag_button), ==, "_Schlagwort");
  /* Accept and Reject side by side, the menu under them. */
  g_assert_true (gtk_widget_compute_bounds (accept, window->side_panel, &a));
  g_assert_true (gtk_widget_compute_bounds (tag, window->side_panel, &t));
  g_assert_cmpfloat (t.origin.y, >=, a.origin.y + a.size.height);
  g_assert_true (gtk_widget_compute_bounds (reject, window->side_panel, &t));
  g_assert_cmpfloat (fabs (a.origin.y - t.origin.y), <, 1);

  /* Back to English: one row again. */
  gtk_button_set_label (GTK_BUTTON (accept), "_Accept");
  gtk_button_set_label (GTK_BUTTON (reject), "_Reject");
  gtk_menu_button_set_label (window->tag_button, "_Tag");
  settle (30);
  g_assert_true (gtk_widget_compute_bounds (accept, window->side_panel, &a));
  g_assert_true (gtk_widget_compute_bounds (tag, window->side_panel, &t));
  g_assert_cmpfloat (fabs (a.origin.y - t.origin.y), <, 1);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The titles of the toasts on screen, " | " between them. */
static char *
toasts_shown (QmWindow *window)
{
  g_autoptr(GString) titles = g_string_new (NULL);

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->toast_overlay)); child;
       child = gtk_widget_get_next_sibling (child))
    if (g_strcmp0 (gtk_widget_get_css_name (child), "toast") == 0)
      {
        GtkWidget *label = find_by_type (child, GTK_TYPE_LABEL);

        g_assert_nonnull (label);
        if (titles->len > 0)
          g_string_append (titles, " | ");
        g_string_append (titles, gtk_label_get_label (GTK_LABEL (label)));
      }
  return g_string_free (g_steal_pointer (&titles), FALSE);
}

/* Notices in quick succession (a key pressed again and again, each press
 * with a hint, or "Annotations saved" just before an error): libadwaita
 * 1.2 crashed when a toast was dismissed while it still slid in. The
 * newest words show, once. */
static void
test_quick_notices (void)
{
  const char *hints[] = { "Select the words first", "Move the cursor into a quote",
                          "Select quotes to tag first", "Nothing to undo" };
  QmWindow *window = open_sample_sized (1000, 700);
  char *shown;

  /* One after another, each while the one before slides in. */
  for (guint round = 0; round < 3; round++)
    for (guint i = 0; i < G_N_ELEMENTS (hints); i++)
      {
        qm_window_show_toast (window, hints[i]);
        settle (120);
      }
  settle (1200);
  shown = toasts_shown (window);
  g_assert_cmpstr (shown, ==, "Nothing to undo");
  g_free (shown);

  /* A notice that replaced one that faded out, then an error with its
   * Details button while it slides in: the notice goes when it is safe,
   * the error stays. */
  qm_window_show_toast (window, "Annotations saved");
  settle (120);
  qm_window_report_error (window, "The disk is full");
  settle (1200);
  shown = toasts_shown (window);
  g_assert_cmpstr (shown, ==, "The disk is full");
  g_free (shown);

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The first label under @widget that is on screen. */
static GtkWidget *
label_shown (GtkWidget *widget)
{
  if (!gtk_widget_get_mapped (widget))
    return NULL;
  if (GTK_IS_LABEL (widget))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *label = label_shown (child);

      if (label != NULL)
        return label;
    }
  return NULL;
}

/* Rests the pointer on the middle of @widget until a tooltip shows @text
 * (or for 4 s), and returns how many labels on screen then show it. */
static guint
shown_on_hover (QmWindow   *window,
                GtkWidget  *widget,
                const char *text)
{
  g_autofree char *move = NULL;
  graphene_rect_t bounds;
  double sx, sy;
  guint before;
  gint64 deadline;

  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (window), &bounds));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  /* away first, so that the tooltip is asked for again */
  g_assert_true (xdotool (window, "mousemove --window WINDOW 1 1"));
  settle (600);
  before = count_shown (GTK_WIDGET (window), text);
  move = g_strdup_printf ("mousemove --window WINDOW %d %d", (int)(bounds.origin.x + bounds.size.width / 2 + sx),
                          (int)(bounds.origin.y + bounds.size.height / 2 + sy));
  g_assert_true (xdotool (window, move));
  deadline = g_get_monotonic_time () + 4 * G_USEC_PER_SEC;
  while (count_shown (GTK_WIDGET (window), text) == before && g_get_monotonic_time () < deadline)
    settle (50);
  return count_shown (GTK_WIDGET (window), text);
}

/* A filter's choice cut short on its button ("Distanzierende Anführ…") is
 * read whole in the button's tooltip; a choice shown whole leaves the
 * tooltip to say what the button is for. The accessible name stays. */
static void
test_filter_tooltip_whole_label (void)
{
  const char *modes[] = {
    "Alle Zitate", "Zu prüfen", "Angenommen", "Abgelehnt", "Direkte Zitate", "Indirekte Rede",
    "Gemischte Zitate", "Distanzierende Anführungszeichen", "Verschlagwortet", "Ohne Person", NULL
  };
  QmWindow *window = open_sample_sized (1280, 860);
  GtkWidget *mode = find_by_type (qm_window_get_quote_list (window), GTK_TYPE_DROP_DOWN);
  GtkWidget *label;
  g_autofree char *mismatch = NULL;

  set_drop_down_strings (GTK_DROP_DOWN (mode), modes);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (mode), 7);
  settle (100);
  /* the button's label, not the list's (which are not shown) */
  label = label_shown (gtk_widget_get_first_child (mode));
  g_assert_nonnull (label);
  g_assert_cmpstr (gtk_label_get_label (GTK_LABEL (label)), ==, "Distanzierende Anführungszeichen");
  /* cut short on the button: else this test tests nothing */
  g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  g_assert_cmpuint (count_shown (GTK_WIDGET (window), "Distanzierende Anführungszeichen"), ==, 1);
  if (!xdotool (window, "windowfocus --sync WINDOW"))
    {
      g_test_skip ("needs xdotool and X11");
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      return;
    }
  /* the button's label and the tooltip's */
  g_assert_cmpuint (shown_on_hover (window, mode, "Distanzierende Anführungszeichen"), ==, 2);

  gtk_drop_down_set_selected (GTK_DROP_DOWN (mode), 1);
  settle (100);
  g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))));
  g_assert_cmpuint (shown_on_hover (window, mode, "Show only some quotes"), ==, 1);
  g_assert_cmpuint (count_shown (GTK_WIDGET (window), "Distanzierende"), ==, 0);

  mismatch = gtk_test_accessible_check_property (GTK_ACCESSIBLE (mode), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                                 "Filter quotes");
  g_assert_null (mismatch);

  g_assert_true (xdotool (window, "mousemove --window WINDOW 1 1"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* In a narrow window the status bar's two labels are cut short ("2526
 * char…", "Reported speech · not revie…"); each is read whole in its
 * tooltip. */
static void
test_status_tooltips (void)
{
  QmWindow *window = open_sample_sized (600, 700);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  g_autoptr(QmAnnotation) quote = g_list_model_get_item (qm_annotation_set_get_quotes (
                                                           qm_window_get_annotation_set (window)), 1);
  g_autofree char *status = NULL;
  g_autofree char *info = NULL;

  qm_article_view_select_range (view, qm_annotation_get_start (quote) + 1, qm_annotation_get_start (quote) + 1);
  settle (300);
  status = g_strdup (gtk_label_get_text (window->status_label));
  info = g_strdup (gtk_label_get_text (window->info_label));
  g_test_message ("status: %s; info: %s", status, info);
  g_assert_cmpstr (info, !=, "");
  /* both cut short at 600 px: else this test tests nothing */
  g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (window->status_label)));
  g_assert_true (pango_layout_is_ellipsized (gtk_label_get_layout (window->info_label)));
  if (!xdotool (window, "windowfocus --sync WINDOW"))
    {
      g_test_skip ("needs xdotool and X11");
      gtk_window_destroy (GTK_WINDOW (window));
      g_assert_finalize_object (window);
      return;
    }
  /* the label's text and the tooltip's */
  g_assert_cmpuint (shown_on_hover (window, GTK_WIDGET (window->status_label), status), ==, 2);
  g_assert_cmpuint (shown_on_hover (window, GTK_WIDGET (window->info_label), info), ==, 2);

  g_assert_true (xdotool (window, "mousemove --window WINDOW 1 1"));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Tab in the quote popover goes from one tag's check box to the next: each
 * took two while they were in flow boxes (the flow box's child first,
 * without a visible focus). */
static void
test_popover_tab_through_tags (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmQuotePopover *popover = edit_quote_at (window, first_quote_start (window));
  GtkWidget *check = find_by_type (GTK_WIDGET (popover), GTK_TYPE_CHECK_BUTTON);
  GtkWidget *focus;

  g_assert_nonnull (check);
  g_assert_true (gtk_widget_grab_focus (check));
  settle (100);
  if (!xdotool (window, "key Tab"))
    {
      g_test_skip ("needs xdotool and X11");
    }
  else
    {
      WAIT_FOR (gtk_root_get_focus (GTK_ROOT (window)) != check);
      settle (200);
      focus = gtk_root_get_focus (GTK_ROOT (window));
      g_test_message ("after Tab: %s", focus ? G_OBJECT_TYPE_NAME (focus) : "nothing");
      g_assert_true (GTK_IS_CHECK_BUTTON (focus));
      g_assert_true (focus != check);
    }
  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Adds to @xs (by group) the x of each check button under @widget, in
 * @content's coordinates. */
static void
collect_check_columns (GtkWidget  *widget,
                       GtkWidget  *content,
                       GHashTable *xs)
{
  if (GTK_IS_CHECK_BUTTON (widget))
    {
      gpointer group = g_object_get_data (G_OBJECT (widget), "group");
      GArray *column = g_hash_table_lookup (xs, group);
      graphene_rect_t bounds;
      int x;

      g_assert_nonnull (group);
      g_assert_true (gtk_widget_compute_bounds (widget, content, &bounds));
      x = (int)bounds.origin.x;
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (content));
      if (column == NULL)
        {
          column = g_array_new (FALSE, FALSE, sizeof (int));
          g_hash_table_insert (xs, group, column);
        }
      for (guint i = 0; i < column->len; i++)
        if (g_array_index (column, int, i) == x)
          return;
      g_array_append_val (column, x);
      return;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child; child = gtk_widget_get_next_sibling (child))
    collect_check_columns (child, content, xs);
}

static int
compare_ints (gconstpointer a,
              gconstpointer b)
{
  return *(const int *)a - *(const int *)b;
}

/* The quote popover's check boxes of Statement and Verification stand in
 * the same columns: each group's flow box made its own (Verification's
 * second and third columns 11 and 21 px left of Statement's). */
static void
test_popover_tag_columns (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmQuotePopover *popover = edit_quote_at (window, first_quote_start (window));
  GtkWidget *content = gtk_popover_get_child (GTK_POPOVER (popover));
  g_autoptr(GHashTable) xs = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_array_unref);
  g_autoptr(GList) columns = NULL;
  GArray *first, *second;

  collect_check_columns (content, content, xs);
  /* Statement and Verification, five tags each */
  g_assert_cmpuint (g_hash_table_size (xs), ==, 2);
  columns = g_hash_table_get_values (xs);
  first = columns->data;
  second = columns->next->data;
  g_array_sort (first, compare_ints);
  g_array_sort (second, compare_ints);
  for (guint i = 0; i < first->len; i++)
    g_test_message ("column %u: %d, %d", i, g_array_index (first, int, i),
                    i < second->len ? g_array_index (second, int, i) : -1);
  /* more than one column, the same in both */
  g_assert_cmpuint (first->len, >, 1);
  g_assert_cmpuint (first->len, ==, second->len);
  for (guint i = 0; i < first->len; i++)
    g_assert_cmpint (g_array_index (first, int, i), ==, g_array_index (second, int, i));

  gtk_popover_popdown (GTK_POPOVER (popover));
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* With two quotes selected in the list, Accept under the list (which a
 * click gives the focus) and the Tag menu there act on both: they acted on
 * the one at the text's cursor only. */
static void
test_buttons_under_list_act_on_selection (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  GtkWidget *list_view = qm_quote_list_get_list_view (QM_QUOTE_LIST (qm_window_get_quote_list (window)));
  GtkSelectionModel *model = gtk_list_view_get_model (GTK_LIST_VIEW (list_view));
  GtkWidget *accept = find_by_action (GTK_WIDGET (window), "win.accept");
  g_autoptr(QmQuote) first = NULL;
  g_autoptr(QmQuote) second = NULL;

  g_assert_nonnull (accept);
  g_assert_true (gtk_selection_model_select_item (model, 2, TRUE));
  g_assert_true (gtk_selection_model_select_item (model, 3, FALSE));
  settle (100);
  first = g_list_model_get_item (G_LIST_MODEL (model), 2);
  second = g_list_model_get_item (G_LIST_MODEL (model), 3);
  g_assert_nonnull (qm_article_view_get_current (QM_ARTICLE_VIEW (qm_window_get_text_view (window))));

  /* The button has the focus, as after a click. */
  g_assert_true (gtk_widget_grab_focus (accept));
  g_signal_emit_by_name (accept, "clicked");
  settle (100);
  g_assert_cmpint (qm_quote_get_review (first), ==, QM_REVIEW_ACCEPTED);
  g_assert_cmpint (qm_quote_get_review (second), ==, QM_REVIEW_ACCEPTED);

  qm_annotation_set_mark_saved (set);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The Tag menu shows which tags the quote it acts on has (a check mark),
 * and choosing one still tags it (or takes the tag away). */
static void
test_tag_menu_checks (void)
{
  QmWindow *window = open_sample_sized (1280, 860);
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  gsize first = first_quote_start (window);
  QmAnnotation *quote = qm_article_view_get_annotation_at (view, first + 1);
  g_autoptr(QmTagGroup) group = g_list_model_get_item (qm_annotation_set_get_tag_groups (set), 0);
  g_autoptr(QmTagCategory) cat = g_list_model_get_item (qm_tag_group_get_categories (group), 1);
  const char *id = qm_tag_category_get_id (cat);
  GtkMenuButton *tag_button = window->tag_button;
  GActionGroup *actions;
  g_autoptr(GVariant) state = NULL;

  qm_article_view_select_range (view, first + 1, first + 1);
  settle (100);
  g_assert_true (qm_article_view_get_current (view) == quote);
  g_assert_false (qm_annotation_has_tag (quote, id));

  /* Choosing the tag in the menu tags the quote. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "tag-menu.t1", NULL));
  settle (100);
  g_assert_true (qm_annotation_has_tag (quote, id));

  /* The menu, opened again, shows it checked. */
  gtk_menu_button_popup (tag_button);
  settle (200);
  actions = g_object_get_data (G_OBJECT (window), "qm-tag-actions");
  g_assert_nonnull (actions);
  state = g_action_group_get_action_state (actions, "t1");
  g_assert_true (g_variant_get_boolean (state));
  g_clear_pointer (&state, g_variant_unref);
  state = g_action_group_get_action_state (actions, "t0");
  g_assert_false (g_variant_get_boolean (state));
  gtk_menu_button_popdown (tag_button);
  settle (100);

  qm_annotation_set_mark_saved (set);
  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* A newer toast takes the place of a notice shown before instead of
 * queueing behind it: the notice would come back later, out of date
 * ("Annotations saved" after a reload). */
static void
test_notice_gives_way (void)
{
  QmWindow *window = new_window ();
  GtkWidget *widget = GTK_WIDGET (window);

  qm_window_show_toast (window, "First notice");
  settle (600);
  g_assert_nonnull (find_label (widget, "First notice"));

  qm_window_show_toast (window, "Second notice");
  settle (1200);
  g_assert_nonnull (find_label (widget, "Second notice"));
  g_assert_null (find_label (widget, "First notice"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

static AdwMessageDialog *
error_dialog_of (QmWindow   *window,
                 GListModel *toplevels)
{
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (ADW_IS_MESSAGE_DIALOG (w) && gtk_window_get_transient_for (w) == GTK_WINDOW (window))
        return ADW_MESSAGE_DIALOG (w);
    }
  return NULL;
}

/* An error's toast, which shows one line, offers its details: the
 * whole message in a dialog, what failed as the heading. Long messages
 * ("… konnten nicht wiederhergestellt werden: Zeile 371: der zitierte
 * Text hat nicht die Län…") were cut with no way to read the rest. */
static void
test_error_details (void)
{
  const char *message = "Could not save the annotations: the disk of the harbour office is full. Your changes "
                        "are kept as a draft; the previous file is unchanged.";
  QmWindow *window = open_sample_sized (900, 700);
  GtkWidget *details;
  AdwMessageDialog *dialog = NULL;
  GListModel *toplevels = gtk_window_get_toplevels ();

  qm_window_report_error (window, message);
  settle (600);
  g_assert_cmpstr (qm_window_get_error (window), ==, message);
  details = find_by_action (GTK_WIDGET (window), "win.show-error");
  g_assert_nonnull (details);
  g_assert_true (gtk_widget_get_mapped (details));
  /* a button clicks 250 ms after it is activated: wait for the dialog */
  g_assert_true (gtk_widget_activate (details));
  WAIT_FOR ((dialog = error_dialog_of (window, toplevels)) != NULL);
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could not save the annotations");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "the disk of the harbour office is full. Your changes are kept as a draft; the previous file "
                   "is unchanged.");
  gtk_window_destroy (GTK_WINDOW (dialog));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The toast after the article changed names only what happened, each
 * count in its own plural form: it said "1 annotations moved, 0 matched
 * approximately, 0 lost their words". */
static void
test_anchoring_message (void)
{
  g_autofree char *one = _qm_window_describe_anchoring (1, 0, 0);
  g_autofree char *all = _qm_window_describe_anchoring (2, 1, 3);
  g_autofree char *lost = _qm_window_describe_anchoring (0, 0, 1);

  g_assert_cmpstr (one, ==, "The article changed: 1 annotation moved");
  g_assert_cmpstr (all, ==, "The article changed: 2 annotations moved, 1 matched approximately, 3 lost their words");
  g_assert_cmpstr (lost, ==, "The article changed: 1 lost its words");
}

/* A German locale for LC_NUMERIC, made with localedef under a temporary
 * LOCPATH where the system has none. Returns whether it is set. */
static gboolean
use_german_numbers (char **locale_dir)
{
  const char *names[] = { "de_DE.UTF-8", "de_DE.utf8", "de_DE", NULL };
  g_autofree char *localedef = g_find_program_in_path ("localedef");
  g_autofree char *target = NULL;
  int status = -1;

  *locale_dir = NULL;
  for (guint i = 0; names[i]; i++)
    if (setlocale (LC_NUMERIC, names[i]) != NULL)
      return TRUE;
  if (localedef == NULL)
    return FALSE;
  *locale_dir = g_dir_make_tmp ("qm-test-locale-XXXXXX", NULL);
  target = g_build_filename (*locale_dir, "de_DE.UTF-8", NULL);
  {
    const char *argv[] = { localedef, "-i", "de_DE", "-f", "UTF-8", target, NULL };

    if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                       NULL, NULL, NULL, NULL, &status, NULL) || !g_spawn_check_wait_status (status, NULL))
      return FALSE;
  }
  g_setenv ("LOCPATH", *locale_dir, TRUE);
  return setlocale (LC_NUMERIC, "de_DE.UTF-8") != NULL;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

/* Counts are grouped as the locale groups digits: "1.200 Zitate",
 * "… · 41.999 Zeichen" in German (were "1200", "41999"), in the status
 * line, the quote list's count and its group headings, and the People
 * list. */
static void
test_counts_grouped (void)
{
  g_autofree char *locale_dir = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qm-test-window-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "long-meeting.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GString) text = g_string_new ("The council met for a long night.\n\n");
  g_autofree char *status = NULL;
  g_autofree char *characters = NULL;
  QmWindow *window;
  GtkWidget *quote_list, *people_list;
  glong n_chars;

  if (!use_german_numbers (&locale_dir))
    {
      g_test_skip ("no German locale, and none could be made");
      if (locale_dir != NULL)
        remove_tree (locale_dir);
      g_rmdir (dir);
      return;
    }

  for (guint i = 0; i < 1200; i++)
    g_string_append_printf (text, "“Item %u is agreed,” said Maren Ostbrook.\n\n", i + 1);
  g_assert_true (g_file_set_contents (path, text->str, -1, NULL));
  n_chars = g_utf8_strlen (text->str, -1);
  g_assert_cmpint (n_chars, >=, 10000);
  characters = g_strdup_printf ("%ld.%03ld", n_chars / 1000, n_chars % 1000);

  window = g_object_new (QM_TYPE_WINDOW, NULL);
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 860);
  gtk_window_present (GTK_WINDOW (window));
  qm_window_open (window, file);
  wait_until_loaded (window);
  spin (20);
  g_assert_null (qm_window_get_error (window));
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (qm_window_get_annotation_set (window))), ==, 1200);

  status = g_strdup (gtk_label_get_text (window->status_label));
  g_test_message ("status: %s", status);
  g_assert_nonnull (strstr (status, characters));
  g_assert_nonnull (strstr (status, "1.201 "));

  quote_list = qm_window_get_quote_list (window);
  g_assert_nonnull (find_label (quote_list, "1.200 quotes"));
  qm_quote_list_set_group_mode (QM_QUOTE_LIST (quote_list), QM_QUOTE_GROUP_SPEAKER);
  settle (300);
  g_assert_nonnull (find_label (quote_list, "1.200"));
  qm_quote_list_set_group_mode (QM_QUOTE_LIST (quote_list), QM_QUOTE_GROUP_NONE);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "people"));
  settle (300);
  people_list = GTK_WIDGET (window->people_list);
  g_assert_nonnull (find_label (people_list, "1.200"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
  setlocale (LC_NUMERIC, "C");
  g_unlink (path);
  g_rmdir (dir);
  if (locale_dir != NULL)
    {
      g_unsetenv ("LOCPATH");
      remove_tree (locale_dir);
    }
}

static QmQuote *
nth_quote (QmWindow *window,
           guint     i)
{
  g_autoptr(QmQuote) quote = g_list_model_get_item (qm_annotation_set_get_quotes (qm_window_get_annotation_set (window)), i);

  return quote;   /* owned by the set */
}

/* The quote the list has selected, if one. */
static QmQuote *
list_selected (QmWindow *window)
{
  g_autoptr(GPtrArray) selected = qm_quote_list_get_selected (QM_QUOTE_LIST (qm_window_get_quote_list (window)));

  return selected->len == 1 ? g_ptr_array_index (selected, 0) : NULL;
}

/* Accept and Reject go on to the next quote not yet reviewed, in the list's
 * order (filtered, grouped), wrapping around; with none left the selection
 * stays and a toast says so; Undo brings the review state back and returns
 * to the quote. The selection stayed on the quote just reviewed. */
static void
test_review_goes_on (void)
{
  QmWindow *window = open_sample_sized (1100, 760);
  GtkWidget *w = GTK_WIDGET (window);
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  QmQuoteList *list = QM_QUOTE_LIST (qm_window_get_quote_list (window));
  GtkWidget *list_view = qm_quote_list_get_list_view (list);
  GListModel *quotes = qm_annotation_set_get_quotes (set);
  guint n = g_list_model_get_n_items (quotes);
  QmQuote *q0 = nth_quote (window, 0), *q1 = nth_quote (window, 1), *q2 = nth_quote (window, 2);
  QmQuote *q3 = nth_quote (window, 3), *q4 = nth_quote (window, 4);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;

  g_assert_cmpuint (n, >=, 8);
  for (guint i = 0; i < n; i++)
    g_assert_cmpint (qm_quote_get_review (nth_quote (window, i)), ==, QM_REVIEW_UNREVIEWED);

  /* A from the text: the next quote is selected in the text and the list. */
  gtk_widget_grab_focus (GTK_WIDGET (view));
  qm_article_view_select_annotation (view, QM_ANNOTATION (q0));
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.accept", NULL));
  spin (5);
  g_assert_cmpint (qm_quote_get_review (q0), ==, QM_REVIEW_ACCEPTED);
  g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (q1));
  g_assert_true (list_selected (window) == q1);

  /* A reviewed quote is passed over. */
  g_assert_true (qm_annotation_set_set_quote_review (set, q2, QM_REVIEW_ACCEPTED, &error));
  g_assert_true (gtk_widget_activate_action (w, "win.reject", NULL));
  spin (5);
  g_assert_cmpint (qm_quote_get_review (q1), ==, QM_REVIEW_REJECTED);
  g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (q3));
  g_assert_true (list_selected (window) == q3);

  /* A on a highlight (which has no review) stays there. */
  {
    QmHighlight *highlight = qm_annotation_set_create_highlight (set, 0, 12, &error);

    g_assert_no_error (error);
    qm_article_view_select_annotation (view, QM_ANNOTATION (highlight));
    spin (5);
    g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (highlight));
    g_assert_true (gtk_widget_activate_action (w, "win.accept", NULL));
    spin (5);
    g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (highlight));
    g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
    qm_article_view_select_annotation (view, QM_ANNOTATION (q3));
    spin (5);
  }

  /* Undo: the review state back, and back on its quote; the undo stack as
   * before (the next undo takes back the acceptance of q2). */
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  spin (5);
  g_assert_cmpint (qm_quote_get_review (q1), ==, QM_REVIEW_UNREVIEWED);
  g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (q1));
  g_assert_true (list_selected (window) == q1);
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  g_assert_cmpint (qm_quote_get_review (q2), ==, QM_REVIEW_UNREVIEWED);
  g_assert_cmpint (qm_quote_get_review (q0), ==, QM_REVIEW_ACCEPTED);
  g_assert_true (gtk_widget_activate_action (w, "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (w, "win.redo", NULL));
  g_assert_cmpint (qm_quote_get_review (q1), ==, QM_REVIEW_REJECTED);
  g_assert_cmpint (qm_quote_get_review (q2), ==, QM_REVIEW_ACCEPTED);

  /* In the list showing only the quotes to review, with its focus: the
   * reviewed quote leaves the list and the next one's row has the focus. */
  qm_quote_list_set_filter_mode (list, 1);
  spin (5);
  qm_quote_list_select (list, q3);
  qm_quote_list_focus_selected (list);
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.accept", NULL));
  spin (10);
  g_assert_cmpint (qm_quote_get_review (q3), ==, QM_REVIEW_ACCEPTED);
  g_assert_true (list_selected (window) == q4);
  g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (q4));
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), list_view));

  /* Past the last quote to review, back to the first one. */
  qm_quote_list_set_filter_mode (list, 0);
  spin (5);
  qm_quote_list_select (list, nth_quote (window, n - 1));
  qm_quote_list_focus_selected (list);
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.accept", NULL));
  spin (5);
  g_assert_true (list_selected (window) == q4);

  /* Grouped by speaker, the list's order is not the text's. */
  qm_quote_list_set_group_mode (list, QM_QUOTE_GROUP_SPEAKER);
  spin (10);
  {
    GListModel *rows = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list_view)));
    QmQuote *expected = NULL;
    gboolean after = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (rows) && expected == NULL; i++)
      {
        g_autoptr(GObject) row = g_list_model_get_item (rows, i);
        QmQuote *quote = qm_quote_list_row_quote (row);

        if (quote == q4)
          after = TRUE;
        else if (after && quote != NULL && qm_quote_get_review (quote) == QM_REVIEW_UNREVIEWED)
          expected = quote;
      }
    g_assert_nonnull (expected);
    qm_quote_list_select (list, q4);
    qm_quote_list_focus_selected (list);
    spin (5);
    g_assert_true (gtk_widget_activate_action (w, "win.accept", NULL));
    spin (5);
    g_assert_true (list_selected (window) == expected);
  }
  qm_quote_list_set_group_mode (list, QM_QUOTE_GROUP_NONE);
  spin (10);

  /* The last one: the selection stays, and a toast says all are reviewed. */
  for (guint i = 0; i + 1 < n; i++)
    if (qm_quote_get_review (nth_quote (window, i)) == QM_REVIEW_UNREVIEWED)
      g_assert_true (qm_annotation_set_set_quote_review (set, nth_quote (window, i), QM_REVIEW_REJECTED, &error));
  gtk_widget_grab_focus (GTK_WIDGET (view));
  qm_article_view_select_annotation (view, QM_ANNOTATION (nth_quote (window, n - 1)));
  qm_annotation_set_set_quote_review (set, nth_quote (window, n - 1), QM_REVIEW_UNREVIEWED, &error);
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.accept", NULL));
  spin (5);
  g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (nth_quote (window, n - 1)));
  settle (100);
  shown = toasts_shown (window);
  g_assert_nonnull (strstr (shown, "All quotes reviewed"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The popover's Accept goes on too. */
static void
test_popover_review_goes_on (void)
{
  QmWindow *window = open_sample_sized (1100, 760);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  QmQuote *q1 = nth_quote (window, 1), *q2 = nth_quote (window, 2);
  QmQuotePopover *popover = edit_quote_at (window, qm_annotation_get_start (QM_ANNOTATION (q1)));
  GtkWidget *accept = find_button (GTK_WIDGET (popover), "_Accept");

  g_assert_true (qm_quote_popover_get_annotation (popover) == QM_ANNOTATION (q1));
  g_assert_nonnull (accept);
  g_signal_emit_by_name (accept, "clicked");
  spin (10);
  g_assert_cmpint (qm_quote_get_review (q1), ==, QM_REVIEW_ACCEPTED);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (popover)));
  g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (q2));
  g_assert_true (list_selected (window) == q2);
  /* Undo comes back to it. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  spin (5);
  g_assert_cmpint (qm_quote_get_review (q1), ==, QM_REVIEW_UNREVIEWED);
  g_assert_true (qm_article_view_get_current (view) == QM_ANNOTATION (q1));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* Deleting a quote (the Delete key, the popover's button) offers Undo in a
 * toast; it brings the quote back with its tags, note and speaker, and the
 * undo stack goes on from there. Another edit takes the toast away and its
 * Undo then takes nothing back. */
static void
test_delete_offers_undo (void)
{
  QmWindow *window = open_sample_sized (1100, 760);
  GtkWidget *w = GTK_WIDGET (window);
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  GListModel *quotes = qm_annotation_set_get_quotes (set);
  guint n = g_list_model_get_n_items (quotes);
  g_autoptr(QmQuote) quote = g_object_ref (nth_quote (window, 2));
  g_autofree char *speaker = g_strdup (qm_quote_get_speaker_id (quote));
  QmTagGroup *verification = qm_annotation_set_lookup_tag_group (set, QM_TAG_GROUP_VERIFICATION);
  g_autoptr(QmTagCategory) cat = g_list_model_get_item (qm_tag_group_get_categories (verification), 0);
  const char *tag = qm_tag_category_get_id (cat);
  g_autoptr(GError) error = NULL;
  g_autofree char *shown = NULL;
  QmQuotePopover *popover;
  GtkWidget *button;

  g_assert_nonnull (speaker);
  gtk_widget_grab_focus (GTK_WIDGET (view));
  qm_article_view_select_annotation (view, QM_ANNOTATION (quote));
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.tag", "s", tag));
  popover = edit_quote_at (window, qm_annotation_get_start (QM_ANNOTATION (quote)));
  qm_quote_popover_set_note (popover, "Check with the harbour office");
  g_assert_true (qm_quote_popover_apply (popover, &error));
  gtk_popover_popdown (GTK_POPOVER (popover));
  spin (5);
  g_assert_true (qm_annotation_has_tag (QM_ANNOTATION (quote), tag));
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_get_notes (QM_ANNOTATION (quote))), ==, 1);

  /* Delete: a toast with Undo. */
  qm_article_view_select_annotation (view, QM_ANNOTATION (quote));
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.delete-annotation", NULL));
  spin (5);
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n - 1);
  settle (100);
  shown = toasts_shown (window);
  g_assert_cmpstr (shown, ==, "Quote removed");
  button = find_by_action (GTK_WIDGET (window->toast_overlay), "win.undo-removal");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Undo");

  /* Its Undo: the quote is back with its tags, note and speaker. */
  settle (600);
  g_signal_emit_by_name (button, "clicked");
  spin (5);
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n);
  g_assert_nonnull (qm_annotation_set_lookup_annotation (set, qm_annotation_get_id (QM_ANNOTATION (quote))));
  g_assert_true (qm_annotation_has_tag (QM_ANNOTATION (quote), tag));
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_get_notes (QM_ANNOTATION (quote))), ==, 1);
  g_assert_cmpstr (qm_quote_get_speaker_id (quote), ==, speaker);
  settle (700);
  g_clear_pointer (&shown, g_free);
  shown = toasts_shown (window);
  g_assert_cmpstr (shown, ==, "");

  /* Ctrl+Z then takes back the edit before the removal (the note), then
   * the tag; redo does them again, then the removal. */
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_get_notes (QM_ANNOTATION (quote))), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n);
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  g_assert_false (qm_annotation_has_tag (QM_ANNOTATION (quote), tag));
  g_assert_true (gtk_widget_activate_action (w, "win.redo", NULL));
  g_assert_true (gtk_widget_activate_action (w, "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_get_notes (QM_ANNOTATION (quote))), ==, 1);
  g_assert_true (gtk_widget_activate_action (w, "win.redo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n - 1);
  g_assert_true (gtk_widget_activate_action (w, "win.undo", NULL));
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n);

  /* The popover's Delete offers it too; another edit takes it away, and
   * its Undo would not take that edit back. */
  popover = edit_quote_at (window, qm_annotation_get_start (QM_ANNOTATION (quote)));
  button = find_button (GTK_WIDGET (popover), "_Delete");
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  spin (5);
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n - 1);
  settle (100);
  g_clear_pointer (&shown, g_free);
  shown = toasts_shown (window);
  g_assert_cmpstr (shown, ==, "Quote removed");
  qm_article_view_select_annotation (view, QM_ANNOTATION (nth_quote (window, 0)));
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.reject", NULL));
  g_assert_cmpint (qm_quote_get_review (nth_quote (window, 0)), ==, QM_REVIEW_REJECTED);
  g_assert_true (gtk_widget_activate_action (w, "win.undo-removal", NULL));
  g_assert_cmpint (qm_quote_get_review (nth_quote (window, 0)), ==, QM_REVIEW_REJECTED);
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, n - 1);
  /* dismissed once it was shown 600 ms, then it fades out */
  settle (1200);
  g_clear_pointer (&shown, g_free);
  shown = toasts_shown (window);
  g_assert_null (strstr (shown, "Quote removed"));

  /* Reloading the article takes the toast away: its Undo was for the
   * annotations shown before. */
  qm_article_view_select_annotation (view, QM_ANNOTATION (nth_quote (window, 1)));
  spin (5);
  g_assert_true (gtk_widget_activate_action (w, "win.delete-annotation", NULL));
  settle (100);
  g_clear_pointer (&shown, g_free);
  shown = toasts_shown (window);
  g_assert_nonnull (strstr (shown, "Quote removed"));
  qm_window_reload (window);
  wait_until_loaded (window);
  settle (1200);
  g_clear_pointer (&shown, g_free);
  shown = toasts_shown (window);
  g_assert_null (strstr (shown, "Quote removed"));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

/* The rows the speaker's type-ahead shows, as they read, " | " between
 * them; "" while it is not shown. */
static char *
speaker_choices (GtkWidget *entry)
{
  GtkWidget *tree = find_by_type (entry, GTK_TYPE_TREE_VIEW);
  g_autoptr(GString) rows = g_string_new (NULL);
  GtkTreeViewColumn *column;
  GtkTreeModel *model;
  GtkTreeIter iter;

  if (tree == NULL || !gtk_widget_get_mapped (tree))
    return g_strdup ("");
  model = gtk_tree_view_get_model (GTK_TREE_VIEW (tree));
  column = gtk_tree_view_get_column (GTK_TREE_VIEW (tree), 0);
  for (gboolean ok = gtk_tree_model_get_iter_first (model, &iter); ok; ok = gtk_tree_model_iter_next (model, &iter))
    {
      g_autoptr(GList) cells = NULL;
      g_autofree char *text = NULL;

      gtk_tree_view_column_cell_set_cell_data (column, model, &iter, FALSE, FALSE);
      cells = gtk_cell_layout_get_cells (GTK_CELL_LAYOUT (column));
      g_object_get (cells->data, "text", &text, NULL);
      if (rows->len > 0)
        g_string_append (rows, " | ");
      g_string_append (rows, text ? text : "");
    }
  return g_string_free (g_steal_pointer (&rows), FALSE);
}

/* The type-ahead's rows once it shows, within 5 s; "" if it does not. */
static char *
wait_for_speaker_choices (GtkWidget *entry)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;
  char *choices = speaker_choices (entry);

  while (*choices == '\0' && g_get_monotonic_time () < deadline)
    {
      g_free (choices);
      g_main_context_iteration (NULL, FALSE);
      choices = speaker_choices (entry);
    }
  return choices;
}

/* Typing a name no one of the article has, as the speaker, made a new
 * person without a word when the quote was applied (a slip in a name gave
 * the quote to someone new). The type-ahead says so: its last row offers
 * "New person “NAME”", and choosing it keeps the words typed. */
static void
test_speaker_new_person_offered (void)
{
  QmWindow *window = open_sample_sized (1100, 760);
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  g_autoptr(QmPerson) namesake = qm_person_new ("Ines Olsen");
  g_autoptr(GError) error = NULL;
  gboolean added = qm_annotation_set_add_person (set, namesake, &error);
  QmQuotePopover *popover = edit_quote_at (window, first_quote_start (window));
  GtkWidget *entry = find_by_type (GTK_WIDGET (popover), GTK_TYPE_ENTRY);
  GtkEntryCompletion *completion = gtk_entry_get_completion (GTK_ENTRY (entry));
  guint people = g_list_model_get_n_items (qm_annotation_set_get_people (set));
  g_autofree char *choices = NULL;
  GtkWidget *tree;
  GtkTreeModel *model;
  GtkTreeIter iter, last;

  g_assert_true (added);
  g_assert_nonnull (completion);
  g_assert_nonnull (qm_annotation_set_find_person (set, "Ines Okafor"));
  g_assert_null (qm_annotation_set_find_person (set, "Oda Marklund"));
  gtk_widget_grab_focus (entry);

  /* A name no one has: the one row says it makes a new person. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Oda Marklund");
  choices = wait_for_speaker_choices (entry);
  g_assert_cmpstr (choices, ==, "New person “Oda Marklund”");
  g_clear_pointer (&choices, g_free);

  /* The beginning of a name: the people with it, then the new person. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ine");
  settle (600);
  choices = speaker_choices (entry);
  /* completed inline as far as the two names go */
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Ines O");
  g_assert_cmpstr (choices, ==, "Ines Okafor | Ines Olsen | New person “Ines O”");
  g_clear_pointer (&choices, g_free);

  /* A whole name: no new person, and no list for the name alone. */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Ines Okafor");
  settle (600);
  choices = speaker_choices (entry);
  g_assert_cmpstr (choices, ==, "");
  g_clear_pointer (&choices, g_free);

  /* Choosing the row keeps the words typed (not an inline completion). */
  gtk_editable_set_text (GTK_EDITABLE (entry), "Oda Marklund");
  choices = wait_for_speaker_choices (entry);
  g_assert_cmpstr (choices, ==, "New person “Oda Marklund”");
  tree = find_by_type (entry, GTK_TYPE_TREE_VIEW);
  model = gtk_tree_view_get_model (GTK_TREE_VIEW (tree));
  g_assert_true (gtk_tree_model_get_iter_first (model, &iter));
  do
    last = iter;
  while (gtk_tree_model_iter_next (model, &iter));
  {
    gboolean handled = FALSE;

    g_signal_emit_by_name (completion, "match-selected", model, &last, &handled);
    g_assert_true (handled);
  }
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "Oda Marklund");
  g_assert_true (qm_quote_popover_apply (popover, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_people (set)), ==, people + 1);
  g_assert_nonnull (qm_annotation_set_find_person (set, "Oda Marklund"));
  gtk_popover_popdown (GTK_POPOVER (popover));

  gtk_window_destroy (GTK_WINDOW (window));
  g_assert_finalize_object (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data_dir = g_dir_make_tmp ("qm-test-window-data-XXXXXX", NULL);

  /* Drafts (and the recent files) go to a directory of the run's own, as
   * in test-annotator: in the user's, a draft a failed run left for the
   * sample made every later run offer to recover it, and the dialog took
   * the keys of every Tab test. */
  g_setenv ("XDG_DATA_HOME", data_dir, TRUE);
  /* GTK's recording accessibility backend, without a bus, instead of none
   * (tests/meson.build): the accessible labels can be read back. */
  g_setenv ("GTK_A11Y", "test", TRUE);
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();
  /* Its startup loads the window's style sheet (style.css), which the
   * sizes measured here depend on, as in the running application, whether
   * a test runs alone (-p) or after others. */
  test_app ();

  g_test_add_func ("/quotemark/window/open-sample", test_open_sample);
  g_test_add_func ("/quotemark/window/review-goes-on", test_review_goes_on);
  g_test_add_func ("/quotemark/window/popover-review-goes-on", test_popover_review_goes_on);
  g_test_add_func ("/quotemark/window/delete-offers-undo", test_delete_offers_undo);
  g_test_add_func ("/quotemark/window/speaker-new-person-offered", test_speaker_new_person_offered);
  g_test_add_func ("/quotemark/window/icons-found", test_icons_found);
  g_test_add_func ("/quotemark/window/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/quotemark/window/shortcuts-window-fits-german", test_shortcuts_window_fits_german);
  g_test_add_func ("/quotemark/window/shortcuts-window-fits-height", test_shortcuts_window_fits_height);
  g_test_add_func ("/quotemark/window/grouping-remembered", test_grouping_remembered);
  g_test_add_func ("/quotemark/window/open-shared-sample", test_open_shared_sample);
  g_test_add_func ("/quotemark/window/open-binary-shows-error", test_open_binary_shows_error);
  g_test_add_func ("/quotemark/window/open-errors", test_open_errors);

  g_test_add_func ("/quotemark/window/drop-file", test_drop_file);
  g_test_add_func ("/quotemark/window/open-recent", test_open_recent);
  g_test_add_func ("/quotemark/window/no-article-no-quotes", test_no_article_no_quotes);
  g_test_add_func ("/quotemark/window/step-needs-quotes", test_step_needs_quotes);
  g_test_add_func ("/quotemark/window/quote-popover-fits", test_quote_popover_fits);
  g_test_add_func ("/quotemark/window/quote-popover-short-window", test_quote_popover_short_window);
  g_test_add_func ("/quotemark/window/quote-popover-window-shrinks", test_quote_popover_window_shrinks);
  g_test_add_func ("/quotemark/window/quote-popover-not-compact-when-it-fits", test_quote_popover_not_compact_when_it_fits);
  g_test_add_func ("/quotemark/window/quote-row-long-speaker", test_quote_row_long_speaker);
  g_test_add_func ("/quotemark/window/quote-row-accessible-tags", test_quote_row_accessible_tags);
  g_test_add_func ("/quotemark/window/step-wraps", test_step_wraps);
  g_test_add_func ("/quotemark/window/quote-popover-long-button-labels", test_quote_popover_long_button_labels);
  g_test_add_func ("/quotemark/window/find-needs-match", test_find_needs_match);
  g_test_add_func ("/quotemark/window/no-tooltip-under-popover", test_no_tooltip_under_popover);
  g_test_add_func ("/quotemark/window/narrow-folds", test_narrow_folds);
  g_test_add_func ("/quotemark/window/side-switcher-aligned", test_side_switcher_aligned);
  g_test_add_func ("/quotemark/window/folded-panel-not-remembered", test_folded_panel_not_remembered);
  g_test_add_func ("/quotemark/window/counts-grouped", test_counts_grouped);
  g_test_add_func ("/quotemark/window/click-selects-quote", test_click_selects_quote);
  g_test_add_func ("/quotemark/window/notice-gives-way", test_notice_gives_way);
  g_test_add_func ("/quotemark/window/error-details", test_error_details);
  g_test_add_func ("/quotemark/window/tab-leaves-quote-list", test_tab_leaves_quote_list);
  g_test_add_func ("/quotemark/window/quote-row-shows-note", test_quote_row_shows_note);
  g_test_add_func ("/quotemark/window/search-quotes-key", test_search_quotes_key);
  g_test_add_func ("/quotemark/window/show-quotes-focuses-selected-row", test_show_quotes_focuses_selected_row);
  g_test_add_func ("/quotemark/window/tab-leaves-people-list", test_tab_leaves_people_list);
  g_test_add_func ("/quotemark/window/tab-leaves-reattach-list", test_tab_leaves_reattach_list);
  g_test_add_func ("/quotemark/window/side-panel-keeps-width", test_side_panel_keeps_width);
  g_test_add_func ("/quotemark/window/side-panel-actions-fit", test_side_panel_actions_fit);
  g_test_add_func ("/quotemark/window/quick-notices", test_quick_notices);
  g_test_add_func ("/quotemark/window/filter-tooltip-whole-label", test_filter_tooltip_whole_label);
  g_test_add_func ("/quotemark/window/status-tooltips", test_status_tooltips);
  g_test_add_func ("/quotemark/window/popover-tab-through-tags", test_popover_tab_through_tags);
  g_test_add_func ("/quotemark/window/popover-mnemonics-unique", test_popover_mnemonics_unique);
  g_test_add_func ("/quotemark/window/popover-tag-columns", test_popover_tag_columns);
  g_test_add_func ("/quotemark/window/buttons-under-list-act-on-selection", test_buttons_under_list_act_on_selection);
  g_test_add_func ("/quotemark/window/tag-menu-checks", test_tag_menu_checks);
  g_test_add_func ("/quotemark/window/anchoring-message", test_anchoring_message);

  return g_test_run ();
}

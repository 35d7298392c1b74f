/* test-export-dialog.c
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

/* Widget tests of the Export dialog under a real X server (xvfb-run). */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "export-fixture.h"
#include "qm-export-dialog.h"

static void
flush (void)
{
  for (guint i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

static QmExportDialog *
new_dialog (QmAnnotationSet *set)
{
  QmExportDialog *dialog = qm_export_dialog_new (set);

  g_object_ref_sink (dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  flush ();
  return dialog;
}

static void
close_dialog (QmExportDialog *dialog)
{
  gtk_window_destroy (GTK_WINDOW (dialog));
  flush ();
  g_assert_finalize_object (dialog);
}

static GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *label_part)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          const char *label = NULL;

          if (GTK_IS_CHECK_BUTTON (child))
            label = gtk_check_button_get_label (GTK_CHECK_BUTTON (child));
          else if (ADW_IS_PREFERENCES_ROW (child))
            label = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (child));
          if (label_part == NULL || (label != NULL && strstr (label, label_part) != NULL))
            return child;
        }
      found = find_widget (child, type, label_part);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The list offers every format; choosing one shows what it will write */
static void
test_formats_and_preview (void)
{
  g_autoptr(QmAnnotationSet) set = export_fixture_new ();
  QmExportDialog *dialog = new_dialog (set);
  GtkWidget *list = find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, NULL);
  guint n_rows = 0;

  /* The dialog's preview and the one made here are written at two
   * moments; a project's creation time (REFI-QDA) would differ when a
   * second turns between them. A fixed "now", as for reproducible
   * exports, makes the two the same writing. */
  g_setenv ("SOURCE_DATE_EPOCH", "1780000000", TRUE);
  g_assert_nonnull (list);
  g_assert_true (gtk_widget_get_mapped (list));
  while (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), n_rows) != NULL)
    n_rows++;
  g_assert_cmpuint (n_rows, ==, QM_EXPORT_N_FORMATS);

  for (guint i = 0; i < QM_EXPORT_N_FORMATS; i++)
    {
      const QmExportFormatInfo *info = qm_export_format_get_info (i);
      GtkWidget *row = find_widget (list, ADW_TYPE_ACTION_ROW, info->label);
      g_autofree char *shown = NULL;
      g_autofree char *expected = NULL;

      /* a row per format, titled with its name */
      g_assert_nonnull (row);
      g_assert_cmpint (gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)), ==, i);

      /* selecting the row, as a click does */
      gtk_list_box_select_row (GTK_LIST_BOX (list), GTK_LIST_BOX_ROW (row));
      flush ();
      g_assert_cmpint (qm_export_dialog_get_format (dialog), ==, i);
      shown = qm_export_dialog_dup_preview (dialog);
      expected = qm_export_preview (set, i, QM_EXPORT_FLAGS_NONE, 20000, NULL);
      g_assert_cmpstr (shown, ==, expected);
      g_assert_cmpuint (strlen (shown), >, 100);
      g_assert_null (qm_export_dialog_get_error (dialog));
    }

  g_unsetenv ("SOURCE_DATE_EPOCH");
  close_dialog (dialog);
}

/* The focus starts on the chosen format (it was on Cancel, which Enter
 * then pressed), and Enter on a format saves in it, as Save does. */
static void
test_keyboard (void)
{
  g_autoptr(QmAnnotationSet) set = export_fixture_new ();
  QmExportDialog *dialog = new_dialog (set);
  GtkWidget *list = find_widget (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX, NULL);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (list));
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (dialog));
  gboolean chooser = FALSE;
  GList *toplevels;

  g_assert_nonnull (row);
  g_assert_nonnull (focus);
  g_assert_true (focus == GTK_WIDGET (row) || gtk_widget_is_ancestor (focus, GTK_WIDGET (row)));

  g_signal_emit_by_name (list, "row-activated", row);
  flush ();
  toplevels = gtk_window_list_toplevels ();
  for (GList *l = toplevels; l != NULL; l = l->next)
    if (GTK_IS_FILE_CHOOSER (l->data) && gtk_window_get_transient_for (l->data) == GTK_WINDOW (dialog))
      chooser = TRUE;
  g_list_free (toplevels);
  g_assert_true (chooser);

  close_dialog (dialog);
}

/* The check boxes change what is written, and the preview follows */
static void
test_options (void)
{
  g_autoptr(QmAnnotationSet) set = export_fixture_new ();
  QmExportDialog *dialog = new_dialog (set);
  GtkWidget *rejected = find_widget (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, "rejected");
  GListModel *quotes = qm_annotation_set_get_quotes (set);
  const char *rejected_id = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i);

      if (qm_quote_get_review (q) == QM_REVIEW_REJECTED)
        rejected_id = qm_annotation_get_id (QM_ANNOTATION (q));
    }
  g_assert_nonnull (rejected_id);
  g_assert_nonnull (rejected);

  qm_export_dialog_set_format (dialog, QM_EXPORT_FORMAT_CSV);
  before = qm_export_dialog_dup_preview (dialog);
  g_assert_nonnull (strstr (before, rejected_id));

  gtk_check_button_set_active (GTK_CHECK_BUTTON (rejected), TRUE);
  flush ();
  g_assert_true (qm_export_dialog_get_flags (dialog) & QM_EXPORT_FLAGS_SKIP_REJECTED);
  after = qm_export_dialog_dup_preview (dialog);
  g_assert_null (strstr (after, rejected_id));

  close_dialog (dialog);
}

static void
wait_while_busy (QmExportDialog *dialog)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (qm_export_dialog_get_busy (dialog))
    {
      g_main_context_iteration (NULL, FALSE);
      g_assert_cmpint (g_get_monotonic_time (), <, deadline);
    }
  flush ();
}

static void
saved_cb (QmExportDialog *dialog,
          GFile          *file,
          GFile         **saved)
{
  g_set_object (saved, file);
}

/* Save writes the chosen format and closes; a refusal is shown in the
 * dialog, which stays open */
static void
test_save (void)
{
  g_autoptr(QmAnnotationSet) set = export_fixture_new ();
  QmExportDialog *dialog = new_dialog (set);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qm-export-dialog-XXXXXX", &error);
  g_autofree char *article = g_build_filename (dir, "story.txt", NULL);
  g_autofree char *ann = g_build_filename (dir, "story.ann", NULL);
  g_autofree char *csv = g_build_filename (dir, "quotes.csv", NULL);
  g_autoptr(GFile) article_file = g_file_new_for_path (article);
  g_autoptr(GFile) ann_file = g_file_new_for_path (ann);
  g_autoptr(GFile) csv_file = g_file_new_for_path (csv);
  g_autoptr(GFile) saved = NULL;
  g_autofree char *written = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *kept = NULL;
  gsize len;

  g_assert_no_error (error);
  g_file_set_contents (article, export_fixture_text, -1, &error);
  g_assert_no_error (error);
  qm_export_dialog_set_source_file (dialog, article_file);
  g_signal_connect (dialog, "saved", G_CALLBACK (saved_cb), &saved);

  /* brat's .txt would replace the article: refused, with a message */
  qm_export_dialog_set_format (dialog, QM_EXPORT_FORMAT_BRAT);
  qm_export_dialog_save_to_file (dialog, ann_file);
  wait_while_busy (dialog);
  g_assert_nonnull (qm_export_dialog_get_error (dialog));
  g_assert_nonnull (strstr (qm_export_dialog_get_error (dialog), "story.ann"));
  g_assert_null (saved);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_false (g_file_test (ann, G_FILE_TEST_EXISTS));
  g_file_get_contents (article, &kept, NULL, &error);
  g_assert_cmpstr (kept, ==, export_fixture_text);

  qm_export_dialog_set_format (dialog, QM_EXPORT_FORMAT_CSV);
  qm_export_dialog_save_to_file (dialog, csv_file);
  g_assert_true (qm_export_dialog_get_busy (dialog));
  wait_while_busy (dialog);
  g_assert_null (qm_export_dialog_get_error (dialog));
  g_assert_nonnull (saved);
  g_assert_true (g_file_equal (saved, csv_file));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_file_get_contents (csv, &written, &len, &error);
  g_assert_no_error (error);
  expected = qm_export_to_bytes (set, QM_EXPORT_FORMAT_CSV, 0, NULL);
  g_assert_cmpmem (written, len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  close_dialog (dialog);
  g_unlink (csv);
  g_unlink (article);
  g_rmdir (dir);
}

/* Page objects of a PDF ("/Type /Page", not "/Type /Pages"); the file
 * holds binary streams, so no string functions that stop at NUL. */
static guint
count_pages (const char *data,
             gsize       len)
{
  static const char needle[] = "/Type /Page";
  gsize n = strlen (needle);
  guint pages = 0;

  for (gsize i = 0; i + n < len; i++)
    if (memcmp (data + i, needle, n) == 0 && data[i + n] != 's')
      pages++;
  return pages;
}

/* The report prints, here to a PDF file */
static void
test_print_pdf (void)
{
  g_autoptr(QmAnnotationSet) set = export_fixture_new ();
  QmExportDialog *dialog = new_dialog (set);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qm-export-pdf-XXXXXX", &error);
  g_autofree char *pdf = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *data = NULL;
  gsize len;

  g_assert_no_error (error);
  qm_export_dialog_set_format (dialog, QM_EXPORT_FORMAT_REPORT);
  g_assert_true (qm_export_dialog_print_to_pdf (dialog, pdf, &error));
  g_assert_no_error (error);
  g_file_get_contents (pdf, &data, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (len, >, 1000);
  g_assert_true (g_str_has_prefix (data, "%PDF-"));
  g_assert_cmpuint (count_pages (data, len), >=, 1);

  close_dialog (dialog);
  g_unlink (pdf);
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  g_test_add_func ("/quotemark/export-dialog/formats-and-preview", test_formats_and_preview);
  g_test_add_func ("/quotemark/export-dialog/options", test_options);
  g_test_add_func ("/quotemark/export-dialog/keyboard", test_keyboard);
  g_test_add_func ("/quotemark/export-dialog/save", test_save);
  g_test_add_func ("/quotemark/export-dialog/print-pdf", test_print_pdf);

  return g_test_run ();
}

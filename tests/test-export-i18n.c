/* test-export-i18n.c: exports written the way the window writes them
 * (qm_export_to_file_async) in German and in English.  The report is for
 * people and comes out in the user's language; the machine formats are the
 * same bytes in every language.
 *
 * The catalogue is the one po/meson.build builds into the build tree
 * (QM_LOCALEDIR), bound as the window binds LOCALEDIR in main().  Both
 * languages export the same annotation set (the fixture's ids are random),
 * switching LANGUAGE in between.  Setting the text domain again (to the
 * one it is) makes gettext forget the translations it looked up before, in
 * glibc and in GNU libintl alike, without reaching for libintl's internal
 * counter.  A QDPX project records when it was written, so the time of
 * the exports is held still (SOURCE_DATE_EPOCH): the two languages' exports
 * a moment apart otherwise differ whenever a second passes between them.
 *
 * Copyright 2026 The Quotemark authors
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gstdio.h>
#include <libintl.h>
#include <locale.h>
#include <string.h>

#include "export-fixture.h"
#include "qm-export.h"
#include "qm-sidecar.h"

static const QmExportFormat formats[] = {
  QM_EXPORT_FORMAT_CSV, QM_EXPORT_FORMAT_QDPX, QM_EXPORT_FORMAT_TEI, QM_EXPORT_FORMAT_W3C,
  QM_EXPORT_FORMAT_BRAT, QM_EXPORT_FORMAT_REPORT,
};

static void
written_cb (GObject      *object,
            GAsyncResult *result,
            gpointer      user_data)
{
  g_autoptr(GError) error = NULL;
  gboolean *done = user_data;

  g_assert_true (qm_export_to_file_finish (QM_ANNOTATION_SET (object), result, &error));
  g_assert_no_error (error);
  *done = TRUE;
}

static gboolean
have_catalogue (void)
{
  g_autofree char *catalogue = g_build_filename (g_getenv ("QM_LOCALEDIR") ? g_getenv ("QM_LOCALEDIR") : ".",
                                                 "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);

  return g_file_test (catalogue, G_FILE_TEST_IS_REGULAR);
}

static void
use_language (const char *language)
{
  g_setenv ("LANGUAGE", language, TRUE);
  textdomain (textdomain (NULL));
}

/* Writes every format of @set in @language into a new folder */
static char *
export_in (QmAnnotationSet *set,
           const char      *language)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("qm-export-i18n-XXXXXX", &error);

  g_assert_no_error (error);
  use_language (language);

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const QmExportFormatInfo *info = qm_export_format_get_info (formats[i]);
      g_autofree char *name = g_strconcat ("export.", info->extension, NULL);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      gboolean done = FALSE;

      qm_export_to_file_async (set, formats[i], QM_EXPORT_FLAGS_NONE, file, NULL, NULL, written_cb, &done);
      while (!done)
        g_main_context_iteration (NULL, TRUE);
    }
  return dir;
}

static char *
read_export (const char *dir,
             const char *extension,
             gsize      *len)
{
  g_autofree char *name = g_strconcat ("export.", extension, NULL);
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, len, &error);
  g_assert_no_error (error);
  return contents;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

static void
test_languages (void)
{
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autofree char *german = NULL;
  g_autofree char *english = NULL;

  if (!have_catalogue ())
    {
      g_test_skip ("no German catalogue in the build tree (msgfmt missing?)");
      return;
    }
  set = export_fixture_new ();
  german = export_in (set, "de");
  english = export_in (set, "");

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      const QmExportFormatInfo *info = qm_export_format_get_info (formats[i]);
      gsize de_len, en_len;
      g_autofree char *de = read_export (german, info->extension, &de_len);
      g_autofree char *en = read_export (english, info->extension, &en_len);

      g_test_message ("%s: %lu bytes in German, %lu in English", info->id, (gulong)de_len, (gulong)en_len);
      if (formats[i] == QM_EXPORT_FORMAT_REPORT)
        {
          g_assert_false (de_len == en_len && memcmp (de, en, de_len) == 0);
          g_assert_nonnull (strstr (de, "<html lang=\"de\">"));
          g_assert_nonnull (strstr (de, "<h2>Übersicht</h2>"));
          g_assert_nonnull (strstr (de, "<caption>Zitate je Prüfstatus</caption>"));
          g_assert_nonnull (strstr (de, "im Artikel nicht mehr gefunden"));
          g_assert_null (strstr (de, "<h2>Summary</h2>"));
          /* built-in tags in the reader's language, the user's own as written */
          g_assert_nonnull (strstr (de, "Versprechen"));
          g_assert_nonnull (strstr (de, "Irreführend"));
          g_assert_null (strstr (de, "Misleading"));
          g_assert_nonnull (strstr (de, "Budget 💶"));
          g_assert_nonnull (strstr (en, "Misleading"));
          g_assert_null (strstr (en, "Irreführend"));
          g_assert_nonnull (strstr (en, "<html lang=\"en\">"));
          g_assert_nonnull (strstr (en, "<h2>Summary</h2>"));
          g_assert_nonnull (strstr (en, "no longer found in the article"));
        }
      else
        /* byte for byte the same */
        g_assert_cmpmem (de, de_len, en, en_len);
    }
  remove_dir (german);
  remove_dir (english);
}

static char *
saved (QmAnnotationSet *set)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = qm_sidecar_serialize (set, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Built-in tags are shown in the user's language while they keep the
 * label they came with, and saved as that label in every language. */
static void
test_tag_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = qm_text_new ("Lund said it twice.", -1, &error);
  g_autoptr(QmAnnotationSet) set = NULL;
  QmTagGroup *statement, *verification, *own;
  QmTagCategory *claim, *fact, *own_claim;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (!have_catalogue ())
    {
      g_test_skip ("no German catalogue in the build tree (msgfmt missing?)");
      return;
    }
  g_assert_no_error (error);
  set = qm_annotation_set_new (text);
  statement = qm_annotation_set_lookup_tag_group (set, QM_TAG_GROUP_STATEMENT);
  verification = qm_annotation_set_lookup_tag_group (set, QM_TAG_GROUP_VERIFICATION);
  claim = qm_annotation_set_lookup_tag (set, "statement-claim");
  fact = qm_annotation_set_lookup_tag (set, "statement-fact");
  own = qm_annotation_set_add_tag_group (set, "Claim", FALSE, &error);
  g_assert_no_error (error);
  own_claim = qm_annotation_set_add_tag_category (set, own, "Fact", NULL, &error);
  g_assert_no_error (error);

  use_language ("de");
  g_assert_cmpstr (qm_tag_group_get_label (statement), ==, "Aussage");
  g_assert_cmpstr (qm_tag_group_get_label (verification), ==, "Prüfung");
  g_assert_cmpstr (qm_tag_category_get_label (claim), ==, "Behauptung");
  g_assert_cmpstr (qm_tag_category_get_label (fact), ==, "Tatsache");
  /* the same words on the user's own tags are theirs */
  g_assert_cmpstr (qm_tag_group_get_label (own), ==, "Claim");
  g_assert_cmpstr (qm_tag_category_get_label (own_claim), ==, "Fact");
  before = saved (set);
  g_assert_nonnull (strstr (before, "label=\"Claim\""));
  g_assert_null (strstr (before, "Behauptung"));

  /* applying a label as shown changes nothing, not even the undo history */
  while (qm_annotation_set_get_can_undo (set))
    qm_annotation_set_undo (set);
  g_assert_true (qm_annotation_set_set_tag_category_label (set, claim, "Behauptung", &error));
  g_assert_true (qm_annotation_set_set_tag_group_label (set, statement, "Aussage", &error));
  g_assert_no_error (error);
  g_assert_false (qm_annotation_set_get_can_undo (set));

  /* a renamed built-in tag keeps its new label in every language */
  g_assert_true (qm_annotation_set_set_tag_category_label (set, fact, "Beleg", &error));
  g_assert_no_error (error);
  after = saved (set);
  g_assert_nonnull (strstr (after, "label=\"Beleg\""));
  use_language ("");
  g_assert_cmpstr (qm_tag_category_get_label (fact), ==, "Beleg");
  g_assert_cmpstr (qm_tag_category_get_label (claim), ==, "Claim");
  g_assert_cmpstr (qm_tag_group_get_label (statement), ==, "Statement");

  /* and undoing the rename brings the translation back */
  g_assert_true (qm_annotation_set_undo (set));
  use_language ("de");
  g_assert_cmpstr (qm_tag_category_get_label (fact), ==, "Tatsache");
  use_language ("");
}

int
main (int   argc,
      char *argv[])
{
  /* as the window does in main(), with the build tree's catalogue */
  setlocale (LC_ALL, "C.UTF-8");
  if (g_getenv ("QM_LOCALEDIR") != NULL)
    bindtextdomain (GETTEXT_PACKAGE, g_getenv ("QM_LOCALEDIR"));
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");

  {
    g_autofree char *now = g_strdup_printf ("%" G_GINT64_FORMAT, g_get_real_time () / G_USEC_PER_SEC);

    g_setenv ("SOURCE_DATE_EPOCH", now, TRUE);
  }

  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/export-i18n/languages", test_languages);
  g_test_add_func ("/export-i18n/tag-labels", test_tag_labels);
  return g_test_run ();
}

/* test-sidecar-location.c
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

/* Where sidecars go when the article's folder cannot take them. */

#include "config.h"

#include <glib/gstdio.h>

#include "qm-sidecar.h"
#include "qm-sidecar-location.h"

static char *tmp_dir;

static char *
make_article (const char *folder)
{
  g_autofree char *dir = g_build_filename (tmp_dir, folder, NULL);
  char *path = g_build_filename (dir, "story.txt", NULL);

  g_mkdir_with_parents (dir, 0700);
  g_assert_true (g_file_set_contents (path, "“Yes,” she said.\n", -1, NULL));
  return path;
}

/* chattr +i makes a folder refuse new files even for root; where the file
 * system or the privileges do not allow it, the test skips.
 */
static gboolean
set_immutable (const char *path,
               gboolean    on)
{
  const char *argv[] = { "chattr", on ? "+i" : "-i", path, NULL };
  int status = -1;

  if (!g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, NULL, NULL, &status, NULL))
    return FALSE;
  return g_spawn_check_wait_status (status, NULL);
}

static void
test_beside_when_writable (void)
{
  g_autofree char *path = make_article ("writable");
  g_autoptr(GFile) article = g_file_new_for_path (path);
  g_autoptr(GFile) expected = qm_sidecar_file_for_source (article);
  g_autoptr(GFile) located = NULL;
  gboolean fallback = TRUE;

  g_assert_true (qm_sidecar_folder_accepts_sidecar (article));
  located = qm_sidecar_locate (article, &fallback);
  g_assert_false (fallback);
  g_assert_true (g_file_equal (located, expected));
}

static void
test_fallback_when_read_only (void)
{
  g_autofree char *path = make_article ("read-only");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) article = g_file_new_for_path (path);
  g_autoptr(GFile) located = NULL;
  g_autoptr(GFile) again = NULL;
  g_autoptr(GFile) other = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QmSource) source = qm_source_new_for_file (article, NULL, NULL);
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (source);
  g_autoptr(QmAnnotationSet) loaded = NULL;
  g_autofree char *data_dir = NULL;
  g_autofree char *located_path = NULL;
  gboolean fallback = FALSE;

  if (!set_immutable (dir, TRUE))
    {
      g_test_skip ("chattr +i is not possible here");
      return;
    }

  g_assert_false (qm_sidecar_folder_accepts_sidecar (article));
  located = qm_sidecar_locate (article, &fallback);
  g_assert_true (fallback);
  located_path = g_file_get_path (located);
  data_dir = g_build_filename (g_get_user_data_dir (), "quotemark", "sidecars", NULL);
  g_assert_true (g_str_has_prefix (located_path, data_dir));
  g_assert_true (g_str_has_suffix (located_path, "-story.txt" QM_SIDECAR_SUFFIX));

  /* Saved there, and found there again. */
  g_assert_true (qm_sidecar_ensure_folder (located, &error));
  g_assert_no_error (error);
  g_assert_true (qm_annotation_set_create_highlight (set, 0, 6, &error) != NULL);
  g_assert_true (qm_sidecar_save (set, located, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  again = qm_sidecar_locate (article, &fallback);
  g_assert_true (fallback);
  g_assert_true (g_file_equal (again, located));
  loaded = qm_sidecar_load (again, source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_highlights (loaded)), ==, 1);

  /* Once kept in the data folder, it stays there even when the folder
   * becomes writable, so nothing is split over two files.
   */
  g_assert_true (set_immutable (dir, FALSE));
  other = qm_sidecar_locate (article, &fallback);
  g_assert_true (fallback);
  g_assert_true (g_file_equal (other, located));
}

static void
test_existing_beside_wins (void)
{
  g_autofree char *path = make_article ("existing");
  g_autofree char *dir = g_path_get_dirname (path);
  g_autoptr(GFile) article = g_file_new_for_path (path);
  g_autoptr(GFile) beside = qm_sidecar_file_for_source (article);
  g_autoptr(GFile) located = NULL;
  gboolean fallback = TRUE;

  g_assert_true (g_file_replace_contents (beside, "not even XML", 12, NULL, FALSE,
                                          G_FILE_CREATE_NONE, NULL, NULL, NULL));
  if (!set_immutable (dir, TRUE))
    {
      g_test_skip ("chattr +i is not possible here");
      return;
    }

  /* A sidecar next to the article is used (and its problems reported),
   * never silently bypassed, even when the folder is read-only.
   */
  located = qm_sidecar_locate (article, &fallback);
  g_assert_false (fallback);
  g_assert_true (g_file_equal (located, beside));
  g_assert_true (set_immutable (dir, FALSE));
}

static void
test_fallback_names_differ (void)
{
  g_autoptr(GFile) a = g_file_new_for_path ("/one/place/story.txt");
  g_autoptr(GFile) b = g_file_new_for_path ("/another/place/story.txt");
  g_autoptr(GFile) fa = qm_sidecar_fallback_file_for_source (a);
  g_autoptr(GFile) fb = qm_sidecar_fallback_file_for_source (b);
  g_autoptr(GFile) fa2 = qm_sidecar_fallback_file_for_source (a);

  g_assert_false (g_file_equal (fa, fb));
  g_assert_true (g_file_equal (fa, fa2));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *data = NULL;
  int ret;

  tmp_dir = g_dir_make_tmp ("qm-test-location-XXXXXX", NULL);
  data = g_build_filename (tmp_dir, "xdg-data", NULL);
  g_setenv ("XDG_DATA_HOME", data, TRUE);

  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotemark/sidecar-location/beside-when-writable", test_beside_when_writable);
  g_test_add_func ("/quotemark/sidecar-location/fallback-when-read-only", test_fallback_when_read_only);
  g_test_add_func ("/quotemark/sidecar-location/existing-beside-wins", test_existing_beside_wins);
  g_test_add_func ("/quotemark/sidecar-location/fallback-names-differ", test_fallback_names_differ);

  ret = g_test_run ();

  {
    const char *argv_rm[] = { "rm", "-rf", tmp_dir, NULL };

    g_spawn_sync (NULL, (char **)argv_rm, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, NULL, NULL);
  }
  g_free (tmp_dir);
  return ret;
}

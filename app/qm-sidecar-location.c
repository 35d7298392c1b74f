/* qm-sidecar-location.c
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

/* Where an article's sidecar lives.
 *
 * Next to the article (ARTICLE.quotemark.xml) whenever that is possible.
 * When the article's folder cannot take a new file (read-only media, a
 * network share without write access, or a sandbox such as Flatpak, where
 * the file chooser grants access to the chosen file alone) the sidecar is
 * kept in the user's data folder instead, under a name derived from the
 * article's location, so it is found again the next time.
 */

#define G_LOG_DOMAIN "qm-sidecar"

#include "config.h"

#include <glib/gstdio.h>

#include "qm-sidecar.h"
#include "qm-sidecar-location.h"

/**
 * qm_sidecar_fallback_file_for_source:
 * @source_file: an article
 *
 * Returns: (transfer full): `$XDG_DATA_HOME/quotemark/sidecars/HASH-NAME.quotemark.xml`,
 *   where HASH identifies the article's location
 */
GFile *
qm_sidecar_fallback_file_for_source (GFile *source_file)
{
  g_autofree char *uri = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (source_file), NULL);

  uri = g_file_get_uri (source_file);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  base = g_file_get_basename (source_file);
  /* A short hash keeps names readable; 64 bits do not collide in practice. */
  hash[16] = '\0';
  name = g_strdup_printf ("%s-%s%s", hash, base, QM_SIDECAR_SUFFIX);
  path = g_build_filename (g_get_user_data_dir (), "quotemark", "sidecars", name, NULL);

  return g_file_new_for_path (path);
}

/**
 * qm_sidecar_folder_accepts_sidecar:
 * @source_file: an article
 *
 * Returns: %TRUE if the sidecar next to @source_file exists and can be
 *   replaced, or does not exist and its folder can take new files
 */
gboolean
qm_sidecar_folder_accepts_sidecar (GFile *source_file)
{
  g_autoptr(GFile) sidecar = NULL;
  g_autoptr(GFile) parent = NULL;
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (source_file), FALSE);

  sidecar = qm_sidecar_file_for_source (source_file);
  parent = g_file_get_parent (sidecar);
  if (parent == NULL)
    return FALSE;

  /* Saving writes a temporary file beside the sidecar and renames it, so
   * it is the folder that must be writable in every case.
   */
  info = g_file_query_info (parent, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE,
                            G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info != NULL &&
         g_file_info_get_attribute_boolean (info, G_FILE_ATTRIBUTE_ACCESS_CAN_WRITE);
}

/**
 * qm_sidecar_locate:
 * @source_file: an article
 * @is_fallback: (out) (optional): whether the result is in the data folder
 *
 * Finds the sidecar to read and write for @source_file: the one next to the
 * article if it exists or could be written; else the one kept in the data
 * folder.
 *
 * Returns: (transfer full): the sidecar file
 */
GFile *
qm_sidecar_locate (GFile    *source_file,
                   gboolean *is_fallback)
{
  g_autoptr(GFile) beside = NULL;
  g_autoptr(GFile) fallback = NULL;

  g_return_val_if_fail (G_IS_FILE (source_file), NULL);

  beside = qm_sidecar_file_for_source (source_file);
  fallback = qm_sidecar_fallback_file_for_source (source_file);

  /* A sidecar already next to the article always wins, readable or not:
   * a bad file is reported, never silently bypassed.
   */
  if (g_file_query_exists (beside, NULL) ||
      (!g_file_query_exists (fallback, NULL) && qm_sidecar_folder_accepts_sidecar (source_file)))
    {
      if (is_fallback != NULL)
        *is_fallback = FALSE;
      return g_steal_pointer (&beside);
    }

  if (is_fallback != NULL)
    *is_fallback = TRUE;
  return g_steal_pointer (&fallback);
}

/**
 * qm_sidecar_ensure_folder:
 * @sidecar_file: where a sidecar will be saved
 * @error: return location for an error
 *
 * Creates the folder of @sidecar_file if it is missing (the data folder
 * of a first fallback sidecar), private to the user.
 *
 * Returns: %TRUE if the folder exists now
 */
gboolean
qm_sidecar_ensure_folder (GFile   *sidecar_file,
                          GError **error)
{
  g_autoptr(GFile) parent = NULL;
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (sidecar_file), FALSE);

  parent = g_file_get_parent (sidecar_file);
  if (parent == NULL || g_file_query_exists (parent, NULL))
    return TRUE;

  path = g_file_get_path (parent);
  if (path != NULL && g_mkdir_with_parents (path, 0700) == 0)
    return TRUE;

  return g_file_make_directory_with_parents (parent, NULL, error);
}

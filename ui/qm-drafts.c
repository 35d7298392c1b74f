/* qm-drafts.c
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

#include "qm-drafts.h"
#include "qm-sidecar.h"

/* Recovery drafts: after each burst of edits the window writes the whole
 * annotation set, in the sidecar format, to
 * $XDG_DATA_HOME/quotemark/drafts/<sha256 of the article URI>.quotemark.xml.
 * Saving or discarding removes it; a draft left behind by a crash or kill is
 * offered back the next time the article is opened.
 */

/**
 * qm_drafts_get_dir:
 *
 * Returns: (transfer full): the folder drafts are kept in
 */
GFile *
qm_drafts_get_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "quotemark", "drafts", NULL);

  return g_file_new_for_path (path);
}

/**
 * qm_drafts_file_for:
 * @article: an article
 *
 * Returns: (transfer full): where the article's draft is kept
 */
GFile *
qm_drafts_file_for (GFile *article)
{
  g_autofree char *uri = g_file_get_uri (article);
  g_autofree char *hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  g_autofree char *name = g_strconcat (hash, QM_SIDECAR_SUFFIX, NULL);
  g_autoptr(GFile) dir = qm_drafts_get_dir ();

  return g_file_get_child (dir, name);
}

/**
 * qm_drafts_write:
 * @set: the annotations
 * @article: their article
 * @error: return location for an error
 *
 * Writes the draft atomically.
 *
 * Returns: whether it worked
 */
gboolean
qm_drafts_write (QmAnnotationSet  *set,
                 GFile            *article,
                 GError          **error)
{
  g_autoptr(GBytes) bytes = qm_sidecar_serialize (set, error);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) dir = qm_drafts_get_dir ();
  g_autoptr(GError) local = NULL;

  if (bytes == NULL)
    return FALSE;
  if (!g_file_make_directory_with_parents (dir, NULL, &local) &&
      !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  file = qm_drafts_file_for (article);
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE, G_FILE_CREATE_PRIVATE, NULL, NULL, error);
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_debug ("No recovery draft: %s", error->message);
}

/**
 * qm_drafts_write_async:
 * @set: the annotations
 * @article: their article
 * @cancellable: (nullable): cancel it before discarding the draft, so a
 *   write in flight does not bring it back
 *
 * Serializes @set now and writes the draft off the main thread; a failure
 * only means there is no draft, so it is logged for debugging.
 */
void
qm_drafts_write_async (QmAnnotationSet *set,
                       GFile           *article,
                       GCancellable    *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = qm_sidecar_serialize (set, &error);
  g_autoptr(GFile) dir = qm_drafts_get_dir ();
  g_autoptr(GFile) file = NULL;

  if (bytes == NULL)
    {
      g_debug ("No recovery draft: %s", error->message);
      return;
    }
  if (!g_file_make_directory_with_parents (dir, NULL, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_debug ("No recovery draft: %s", error->message);
      return;
    }
  file = qm_drafts_file_for (article);
  g_file_replace_contents_bytes_async (file, bytes, NULL, FALSE, G_FILE_CREATE_PRIVATE, cancellable,
                                       write_done_cb, NULL);
}

/**
 * qm_drafts_read:
 * @article: an article
 *
 * Returns: (transfer full) (nullable): the draft left for @article
 */
GBytes *
qm_drafts_read (GFile *article)
{
  g_autoptr(GFile) file = qm_drafts_file_for (article);

  return g_file_load_bytes (file, NULL, NULL, NULL);
}

/**
 * qm_drafts_discard:
 * @article: an article
 *
 * Removes the article's draft, if any.
 */
void
qm_drafts_discard (GFile *article)
{
  g_autoptr(GFile) file = qm_drafts_file_for (article);

  g_file_delete (file, NULL, NULL);
}

/**
 * qm_drafts_restore:
 * @source: the article
 * @draft: a draft of its annotations
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the annotations of the draft
 */
QmAnnotationSet *
qm_drafts_restore (QmSource  *source,
                   GBytes    *draft,
                   GError   **error)
{
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (source);

  if (!qm_sidecar_read_bytes (set, draft, error))
    return NULL;
  return g_steal_pointer (&set);
}

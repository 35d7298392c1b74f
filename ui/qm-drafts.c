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

#include <errno.h>
#include <glib/gstdio.h>

#include "qm-drafts.h"
#include "qm-sidecar-private.h"

/* Recovery drafts: after each burst of edits the window writes the whole
 * annotation set, in the sidecar format, to
 * $XDG_DATA_HOME/quotemark/drafts/<sha256 of the article URI>.quotemark.xml.
 * Saving or discarding removes it; a draft left behind by a crash or kill is
 * offered back the next time the article is opened.
 *
 * A draft is written whole to a temporary ".NAME.XXXXXX" next to it and
 * renamed into place, so the draft's name only ever holds a complete
 * draft: a process killed while writing leaves the previous draft, or none,
 * never a truncated one. (g_file_replace_contents() writes a file that does
 * not exist yet, such as an article's first draft, in place: a kill right
 * after it was created left an empty draft.)
 *
 * The rename and the removal of a draft are done under one lock, and a
 * write checks its cancellable under it: a write cancelled before the draft
 * is discarded, or superseded by a newer write, never brings back an old
 * draft.
 */

G_LOCK_DEFINE_STATIC (drafts);

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

static gboolean
ensure_dir (GError **error)
{
  g_autoptr(GFile) dir = qm_drafts_get_dir ();
  g_autoptr(GError) local = NULL;

  if (!g_file_make_directory_with_parents (dir, NULL, &local) &&
      !g_error_matches (local, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local));
      return FALSE;
    }
  return TRUE;
}

/* Writes @bytes to a temporary file next to @path, flushed to the disk (as
 * the sidecar writes its own), and, unless @cancellable was cancelled by
 * then, renames it to @path. Runs in any thread.
 */
static gboolean
write_atomic (const char    *path,
              GBytes        *bytes,
              GCancellable  *cancellable,
              GError       **error)
{
  /* only the user may read a draft */
  g_autofree char *tmp = _qm_sidecar_write_temporary (path, bytes, 0600, error);
  gboolean renamed;

  if (tmp == NULL)
    return FALSE;

  G_LOCK (drafts);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_unlink (tmp);
      renamed = FALSE;
    }
  else
    {
      /* also flushes the folder and removes stale temporary files */
      renamed = _qm_sidecar_rename_temporary (tmp, path, error);
    }
  G_UNLOCK (drafts);
  return renamed;
}

/**
 * qm_drafts_write:
 * @set: the annotations
 * @article: their article
 * @error: return location for an error
 *
 * Writes the draft atomically, and flushed to the disk, before returning.
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
  g_autofree char *path = NULL;

  if (bytes == NULL || !ensure_dir (error))
    return FALSE;
  file = qm_drafts_file_for (article);
  path = g_file_get_path (file);
  return write_atomic (path, bytes, NULL, error);
}

typedef struct
{
  char   *path;
  GBytes *bytes;
} WriteData;

static void
write_data_free (gpointer data)
{
  WriteData *w = data;

  g_free (w->path);
  g_bytes_unref (w->bytes);
  g_free (w);
}

static void
write_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  WriteData *w = task_data;
  GError *error = NULL;

  if (write_atomic (w->path, w->bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
write_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GError) error = NULL;

  if (!g_task_propagate_boolean (G_TASK (result), &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    g_debug ("No recovery draft: %s", error->message);
}

/**
 * qm_drafts_write_async:
 * @set: the annotations
 * @article: their article
 * @cancellable: (nullable): cancel it before discarding the draft, or
 *   before writing a newer one, so a write in flight does not bring back an
 *   old draft
 *
 * Serializes @set now and writes the draft atomically off the main thread:
 * the draft is complete on disk once the write is, whether or not the main
 * loop runs again. A failure only means there is no draft, so it is logged
 * for debugging.
 */
void
qm_drafts_write_async (QmAnnotationSet *set,
                       GFile           *article,
                       GCancellable    *cancellable)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = qm_sidecar_serialize (set, &error);
  g_autoptr(GFile) file = NULL;
  g_autoptr(GTask) task = NULL;
  WriteData *w;

  if (bytes == NULL || !ensure_dir (&error))
    {
      g_debug ("No recovery draft: %s", error->message);
      return;
    }
  file = qm_drafts_file_for (article);
  w = g_new0 (WriteData, 1);
  w->path = g_file_get_path (file);
  w->bytes = g_steal_pointer (&bytes);
  task = g_task_new (NULL, cancellable, write_done_cb, NULL);
  g_task_set_source_tag (task, qm_drafts_write_async);
  g_task_set_task_data (task, w, write_data_free);
  g_task_run_in_thread (task, write_thread);
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
 * Removes the article's draft, if any. Cancel the writes in flight first.
 */
void
qm_drafts_discard (GFile *article)
{
  g_autoptr(GFile) file = qm_drafts_file_for (article);
  g_autofree char *path = g_file_get_path (file);

  G_LOCK (drafts);
  g_unlink (path);
  G_UNLOCK (drafts);
  _qm_sidecar_remove_stale_temporaries (path);
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

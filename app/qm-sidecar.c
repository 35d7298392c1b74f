/* qm-sidecar.c
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

#define G_LOG_DOMAIN "qm-sidecar"

#include "config.h"

#include <string.h>

#include "qm-annotation-set-private.h"
#include "qm-sidecar.h"

G_DEFINE_QUARK (qm-sidecar-error-quark, qm_sidecar_error)

/**
 * qm_sidecar_file_for_source:
 * @source_file: an article
 *
 * Returns: (transfer full): the sidecar next to it ("article.txt.quotemark.xml")
 */
GFile *
qm_sidecar_file_for_source (GFile *source_file)
{
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (source_file), NULL);
  base = g_file_get_basename (source_file);
  name = g_strconcat (base, QM_SIDECAR_SUFFIX, NULL);
  parent = g_file_get_parent (source_file);
  return parent ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

/**
 * qm_sidecar_backup_file:
 * @sidecar_file: a sidecar
 *
 * Returns: (transfer full): where saving keeps the previous version
 */
GFile *
qm_sidecar_backup_file (GFile *sidecar_file)
{
  g_autofree char *base = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GFile) parent = NULL;

  g_return_val_if_fail (G_IS_FILE (sidecar_file), NULL);
  base = g_file_get_basename (sidecar_file);
  name = g_strconcat (base, QM_SIDECAR_BACKUP_SUFFIX, NULL);
  parent = g_file_get_parent (sidecar_file);
  return parent ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

/* Skeleton: the reader and writer follow in the next commits. */
static gboolean
not_yet (GError **error)
{
  g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "Sidecar files are not implemented yet");
  return FALSE;
}

GBytes *
qm_sidecar_get_schema (void)
{
  return NULL;
}

QmAnnotationSet *
qm_sidecar_load (GFile         *sidecar_file,
                 QmSource      *source,
                 GCancellable  *cancellable,
                 GError       **error)
{
  not_yet (error);
  return NULL;
}

void
qm_sidecar_load_async (GFile               *sidecar_file,
                       QmSource            *source,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (NULL, cancellable, callback, user_data);

  g_task_set_source_tag (task, qm_sidecar_load_async);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not implemented");
}

QmAnnotationSet *
qm_sidecar_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  return g_task_propagate_pointer (G_TASK (result), error);
}

gboolean
qm_sidecar_read_bytes (QmAnnotationSet  *set,
                       GBytes           *xml,
                       GError          **error)
{
  return not_yet (error);
}

GBytes *
qm_sidecar_serialize (QmAnnotationSet  *set,
                      GError          **error)
{
  not_yet (error);
  return NULL;
}

gboolean
qm_sidecar_save (QmAnnotationSet     *set,
                 GFile               *sidecar_file,
                 QmSidecarSaveFlags   flags,
                 GCancellable        *cancellable,
                 GError             **error)
{
  return not_yet (error);
}

void
qm_sidecar_save_async (QmAnnotationSet     *set,
                       GFile               *sidecar_file,
                       QmSidecarSaveFlags   flags,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (set, cancellable, callback, user_data);

  g_task_set_source_tag (task, qm_sidecar_save_async);
  g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED, "not implemented");
}

gboolean
qm_sidecar_save_finish (GAsyncResult  *result,
                        GError       **error)
{
  return g_task_propagate_boolean (G_TASK (result), error);
}

gboolean
qm_sidecar_validate_bytes (GBytes     *xml,
                           GPtrArray **problems,
                           GError    **error)
{
  return not_yet (error);
}

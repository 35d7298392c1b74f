/* qm-sidecar.h
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

#pragma once

#include <gio/gio.h>

#include "qm-annotation-set.h"
#include "qm-source.h"

G_BEGIN_DECLS

/* The namespace carries the major version; formatVersion the minor one. */
#define QM_SIDECAR_NAMESPACE      "urn:quotemark:annotations:1"
#define QM_SIDECAR_NAMESPACE_BASE "urn:quotemark:annotations:"
#define QM_SIDECAR_MAJOR_VERSION  1
#define QM_SIDECAR_FORMAT_VERSION "1.0"
#define QM_SIDECAR_SUFFIX         ".quotemark.xml"
#define QM_SIDECAR_BACKUP_SUFFIX  ".bak"
#define QM_SIDECAR_MEDIA_TYPE     "application/x-quotemark+xml"

/* Limits applied when reading */
#define QM_SIDECAR_MAX_SIZE       ((gsize)256 << 20)
#define QM_SIDECAR_MAX_DEPTH      64

#define QM_SIDECAR_ERROR (qm_sidecar_error_quark ())

typedef enum
{
  QM_SIDECAR_ERROR_MALFORMED,      /* not well-formed XML (message names the line) */
  QM_SIDECAR_ERROR_FORBIDDEN,      /* DOCTYPE, entity or other construct never accepted */
  QM_SIDECAR_ERROR_TOO_LARGE,      /* over QM_SIDECAR_MAX_SIZE or QM_SIDECAR_MAX_DEPTH */
  QM_SIDECAR_ERROR_NAMESPACE,      /* not a Quotemark sidecar at all */
  QM_SIDECAR_ERROR_INVALID,        /* fails the RELAX NG schema (message names the line) */
  QM_SIDECAR_ERROR_INCONSISTENT,   /* duplicate ids, offsets beyond the text, dangling refs */
  QM_SIDECAR_ERROR_READ_ONLY,      /* the set is read-only (newer format version) */
  QM_SIDECAR_ERROR_UNREADABLE_TARGET, /* saving would replace a sidecar that could not be read */
  QM_SIDECAR_ERROR_WRITE,          /* writing failed; the previous file is intact */
} QmSidecarError;

typedef enum
{
  QM_SIDECAR_SAVE_NONE              = 0,
  QM_SIDECAR_SAVE_REPLACE_UNREADABLE = 1 << 0, /* the user chose to replace a bad file (kept as backup) */
} QmSidecarSaveFlags;

GQuark            qm_sidecar_error_quark       (void);

GFile            *qm_sidecar_file_for_source   (GFile              *source_file);
GFile            *qm_sidecar_backup_file       (GFile              *sidecar_file);
GBytes           *qm_sidecar_get_schema        (void);

QmAnnotationSet  *qm_sidecar_load              (GFile              *sidecar_file,
                                                QmSource           *source,
                                                GCancellable       *cancellable,
                                                GError            **error);
void              qm_sidecar_load_async        (GFile              *sidecar_file,
                                                QmSource           *source,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
QmAnnotationSet  *qm_sidecar_load_finish       (GAsyncResult       *result,
                                                GError            **error);
gboolean          qm_sidecar_read_bytes        (QmAnnotationSet    *set,
                                                GBytes             *xml,
                                                GError            **error);

GBytes           *qm_sidecar_serialize         (QmAnnotationSet    *set,
                                                GError            **error);
gboolean          qm_sidecar_save              (QmAnnotationSet    *set,
                                                GFile              *sidecar_file,
                                                QmSidecarSaveFlags  flags,
                                                GCancellable       *cancellable,
                                                GError            **error);
void              qm_sidecar_save_async        (QmAnnotationSet    *set,
                                                GFile              *sidecar_file,
                                                QmSidecarSaveFlags  flags,
                                                GCancellable       *cancellable,
                                                GAsyncReadyCallback callback,
                                                gpointer            user_data);
gboolean          qm_sidecar_save_finish       (GAsyncResult       *result,
                                                GError            **error);

gboolean          qm_sidecar_validate_bytes    (GBytes             *xml,
                                                GPtrArray         **problems,
                                                GError            **error);
gboolean          qm_sidecar_validate_file     (GFile              *file,
                                                GCancellable       *cancellable,
                                                GPtrArray         **problems,
                                                GError            **error);

G_END_DECLS

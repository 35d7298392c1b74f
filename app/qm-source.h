/* qm-source.h
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

#include "qm-text.h"

G_BEGIN_DECLS

#define QM_SOURCE_ERROR (qm_source_error_quark ())

typedef enum
{
  QM_SOURCE_ERROR_EMPTY,
  QM_SOURCE_ERROR_BINARY,
  QM_SOURCE_ERROR_ENCODING,
  QM_SOURCE_ERROR_TOO_LARGE,
  QM_SOURCE_ERROR_HTML,
} QmSourceError;

/* Larger files are refused rather than exhausting memory. */
#define QM_SOURCE_MAX_SIZE ((gsize)1 << 30)

#define QM_TYPE_SOURCE (qm_source_get_type ())

G_DECLARE_FINAL_TYPE (QmSource, qm_source, QM, SOURCE, GObject)

GQuark      qm_source_error_quark        (void);
QmSource   *qm_source_new_from_bytes     (GBytes               *bytes,
                                          const char           *name,
                                          GError              **error);
QmSource   *qm_source_new_for_file       (GFile                *file,
                                          GCancellable         *cancellable,
                                          GError              **error);
void        qm_source_load_async         (GFile                *file,
                                          GCancellable         *cancellable,
                                          GAsyncReadyCallback   callback,
                                          gpointer              user_data);
QmSource   *qm_source_load_finish        (GAsyncResult         *result,
                                          GError              **error);
GFile      *qm_source_get_file           (QmSource             *self);
const char *qm_source_get_name           (QmSource             *self);
QmText     *qm_source_get_text           (QmSource             *self);
const char *qm_source_get_encoding       (QmSource             *self);
gboolean    qm_source_get_has_bom        (QmSource             *self);
guint       qm_source_get_n_replaced     (QmSource             *self);
const char *qm_source_get_media_type     (QmSource             *self);
const char *qm_source_get_raw_sha256     (QmSource             *self);
gsize       qm_source_get_raw_size       (QmSource             *self);
const char *qm_source_get_title          (QmSource             *self);
const char *qm_source_get_extractor      (QmSource             *self);
char       *qm_source_dup_display_title  (QmSource             *self);

G_END_DECLS

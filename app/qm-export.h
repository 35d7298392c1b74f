/* qm-export.h
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

G_BEGIN_DECLS

#define QM_EXPORT_ERROR (qm_export_error_quark ())

typedef enum
{
  QM_EXPORT_ERROR_UNKNOWN_FORMAT,  /* no such format */
  QM_EXPORT_ERROR_FAILED,          /* a library refused to write the output */
  QM_EXPORT_ERROR_SOURCE_CLASH,    /* the output would overwrite the article */
} QmExportError;

/* The formats, in the order a dialog lists them. */
typedef enum
{
  QM_EXPORT_FORMAT_CSV,
  QM_EXPORT_FORMAT_QDPX,
  QM_EXPORT_FORMAT_TEI,
  QM_EXPORT_FORMAT_W3C,
  QM_EXPORT_FORMAT_BRAT,
  QM_EXPORT_FORMAT_REPORT,
} QmExportFormat;

#define QM_EXPORT_N_FORMATS (QM_EXPORT_FORMAT_REPORT + 1)

typedef enum
{
  QM_EXPORT_FLAGS_NONE           = 0,
  QM_EXPORT_FLAGS_SKIP_REJECTED  = 1 << 0, /* leave out quotes the user rejected */
  QM_EXPORT_FLAGS_SKIP_ORPHANS   = 1 << 1, /* leave out annotations not found in the text */
} QmExportFlags;

/**
 * QmExportFormatInfo:
 * @format: the format
 * @id: short name used on the command line ("csv", "qdpx", …)
 * @label: name shown to people, marked for translation: show it through gettext
 * @description: one sentence on who reads the format, marked like @label
 * @extension: file name extension without the dot
 * @mime_type: media type of the main file
 * @binary: %TRUE when the output is not text (a zip)
 * @offset_unit: what offsets in the output count ("code points", or %NULL
 *   when the format places annotations inline)
 *
 * What a dialog or the command line needs to know about a format.
 */
typedef struct
{
  QmExportFormat  format;
  const char     *id;
  const char     *label;
  const char     *description;
  const char     *extension;
  const char     *mime_type;
  gboolean        binary;
  const char     *offset_unit;
} QmExportFormatInfo;

GQuark                     qm_export_error_quark       (void);

const QmExportFormatInfo  *qm_export_format_get_info   (QmExportFormat    format);
const QmExportFormatInfo  *qm_export_format_lookup     (const char       *id);
char                      *qm_export_format_list_ids   (const char       *separator);

GBytes                    *qm_export_to_bytes          (QmAnnotationSet  *set,
                                                        QmExportFormat    format,
                                                        QmExportFlags     flags,
                                                        GError          **error);
GHashTable                *qm_export_to_files          (QmAnnotationSet  *set,
                                                        QmExportFormat    format,
                                                        QmExportFlags     flags,
                                                        const char       *basename,
                                                        GError          **error);
gboolean                   qm_export_to_file           (QmAnnotationSet  *set,
                                                        QmExportFormat    format,
                                                        QmExportFlags     flags,
                                                        GFile            *file,
                                                        GFile            *source_file,
                                                        GCancellable     *cancellable,
                                                        GError          **error);
void                       qm_export_to_file_async     (QmAnnotationSet  *set,
                                                        QmExportFormat    format,
                                                        QmExportFlags     flags,
                                                        GFile            *file,
                                                        GFile            *source_file,
                                                        GCancellable     *cancellable,
                                                        GAsyncReadyCallback callback,
                                                        gpointer          user_data);
gboolean                   qm_export_to_file_finish    (QmAnnotationSet  *set,
                                                        GAsyncResult     *result,
                                                        GError          **error);
char                      *qm_export_preview           (QmAnnotationSet  *set,
                                                        QmExportFormat    format,
                                                        QmExportFlags     flags,
                                                        gsize             max_chars,
                                                        GError          **error);
char                      *qm_export_report_markup     (QmAnnotationSet  *set,
                                                        QmExportFlags     flags);

G_END_DECLS

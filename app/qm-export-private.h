/* qm-export-private.h
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

#include <libxml/xmlwriter.h>

#include "qm-annotation-private.h"
#include "qm-export.h"

G_BEGIN_DECLS

/* What every writer needs, gathered once: the annotations to write (in text
 * order, after the flags have filtered them) and quick lookups. */
typedef struct
{
  QmAnnotationSet *set;
  QmText          *text;
  QmExportFlags    flags;
  GPtrArray       *quotes;        /* (element-type QmQuote) */
  GPtrArray       *highlights;    /* (element-type QmHighlight) */
  GPtrArray       *people;        /* (element-type QmPerson) */
  GPtrArray       *groups;        /* (element-type QmTagGroup) */
  GHashTable      *guids;         /* "kind:id" → GUID, see _qm_export_guid_cached() */
  gboolean         pretty;        /* for a preview: lay out for reading where that costs */
  gint64           now;           /* when the export is written, Unix time, read once */
  gint64           time_unix;     /* the last time formatted by _qm_export_time_cached() */
  char             time_str[32];
} QmExportContext;

void        _qm_export_context_init      (QmExportContext  *ctx,
                                          QmAnnotationSet  *set,
                                          QmExportFlags     flags);
void        _qm_export_context_clear     (QmExportContext  *ctx);

char       *_qm_export_guid              (const char       *kind,
                                          const char       *id);
const char *_qm_export_guid_cached       (QmExportContext  *ctx,
                                          const char       *kind,
                                          const char       *id);
gboolean    _qm_export_xml_is_safe       (const char       *str);
char       *_qm_export_xml_safe          (const char       *str);
int         _qm_export_write_attr        (xmlTextWriterPtr  writer,
                                          const char       *name,
                                          const char       *value);
gboolean    _qm_export_is_orphan         (QmAnnotation     *annotation);
QmPerson   *_qm_export_speaker           (QmExportContext  *ctx,
                                          QmQuote          *quote);
GPtrArray  *_qm_export_tags_in_group     (QmExportContext  *ctx,
                                          QmAnnotation     *annotation,
                                          const char       *group_id);
char       *_qm_export_join_tags         (QmExportContext  *ctx,
                                          QmAnnotation     *annotation,
                                          const char       *group_id,
                                          const char       *separator,
                                          gboolean          shown);
char       *_qm_export_join_notes        (QmAnnotation     *annotation,
                                          const char       *separator);
char       *_qm_export_format_time       (GDateTime        *dt);
const char *_qm_export_time_cached       (QmExportContext  *ctx,
                                          GDateTime        *dt);
char       *_qm_export_format_double     (double            value);
GBytes     *_qm_export_finish_writer     (xmlTextWriterPtr  writer,
                                          xmlBufferPtr      buffer,
                                          int               status,
                                          GError          **error);

/* The writers, one per file */
GBytes     *_qm_export_csv               (QmExportContext  *ctx,
                                          GError          **error);
GBytes     *_qm_export_qdpx_project      (QmExportContext  *ctx,
                                          const char       *source_guid,
                                          GError          **error);
GBytes     *_qm_export_qdpx              (QmExportContext  *ctx,
                                          GError          **error);
GBytes     *_qm_export_tei               (QmExportContext  *ctx,
                                          GError          **error);
GBytes     *_qm_export_w3c               (QmExportContext  *ctx,
                                          GError          **error);
GBytes     *_qm_export_brat_ann          (QmExportContext  *ctx,
                                          GError          **error);
GBytes     *_qm_export_report            (QmExportContext  *ctx,
                                          GError          **error);
char       *_qm_export_report_markup     (QmExportContext  *ctx);

G_END_DECLS

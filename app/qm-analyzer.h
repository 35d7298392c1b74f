/* qm-analyzer.h
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
#include "qm-types.h"

G_BEGIN_DECLS

/* A span of code points, end-exclusive; start == end == -1 when absent.
 * 32 bits: the analyzer reads texts of less than 2 GiB (files are read up
 * to 1 GiB), and a big article keeps hundreds of thousands of spans. */
typedef struct
{
  gint32 start;
  gint32 end;
} QmSpan;

/* One quotation found in a text. Offsets are code points into the text. */
typedef struct
{
  QmQuoteKind kind;
  int         person;      /* index into QmAnalysis.people, or -1 (next to kind: no padding) */
  QmSpan      span;        /* the quoted words; quotation marks excluded */
  QmSpan      speaker;     /* the mention the attribution rests on ("he", "the minister") */
  QmSpan      cue;         /* the reporting verb or phrase ("said", "according to") */
  double      confidence;  /* 0…1 */
} QmFoundQuote;

/* One speaker: every mention of the same person merged. */
typedef struct
{
  char      *name;         /* the fullest form of the name */
  char      *role;         /* "Defense Minister of Belarus", or NULL */
  GPtrArray *aliases;      /* (element-type utf8): other forms used in the text */
  GArray    *mentions;     /* (element-type QmSpan): every mention in the text */
  gboolean   organisation;
} QmFoundPerson;

typedef struct
{
  char      *language;     /* "en", "de", … */
  GArray    *quotes;       /* (element-type QmFoundQuote), sorted by span.start */
  GPtrArray *people;       /* (element-type QmFoundPerson) */
} QmAnalysis;

#define QM_TYPE_ANALYSIS (qm_analysis_get_type ())
#define QM_TYPE_ANALYZER (qm_analyzer_get_type ())

G_DECLARE_FINAL_TYPE (QmAnalyzer, qm_analyzer, QM, ANALYZER, GObject)

GType        qm_analysis_get_type        (void) G_GNUC_CONST;
QmAnalysis  *qm_analysis_ref             (QmAnalysis          *analysis);
void         qm_analysis_unref           (QmAnalysis          *analysis);

QmAnalyzer  *qm_analyzer_new             (const char          *language,
                                          GError             **error);
const char  *qm_analyzer_get_language    (QmAnalyzer          *self);
QmAnalysis  *qm_analyzer_analyze         (QmAnalyzer          *self,
                                          QmText              *text,
                                          GCancellable        *cancellable,
                                          GError             **error);
void         qm_analyzer_analyze_async   (QmAnalyzer          *self,
                                          QmText              *text,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
QmAnalysis  *qm_analyzer_analyze_finish  (QmAnalyzer          *self,
                                          GAsyncResult        *result,
                                          GError             **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QmAnalysis, qm_analysis_unref)

G_END_DECLS

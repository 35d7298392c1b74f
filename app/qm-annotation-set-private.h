/* qm-annotation-set-private.h
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

#include "qm-annotation-set.h"

G_BEGIN_DECLS

/* Used by the sidecar reader: fills an empty set without recording undo. */
void        _qm_annotation_set_load_content   (QmAnnotationSet *self,
                                               GPtrArray       *people,
                                               GPtrArray       *tag_groups,
                                               GPtrArray       *quotes,
                                               GPtrArray       *highlights);
void        _qm_annotation_set_set_read_only  (QmAnnotationSet *self,
                                               const char      *reason);
void        _qm_annotation_set_set_loaded_from (QmAnnotationSet *self,
                                               GFile           *file);
GFile      *_qm_annotation_set_get_loaded_from (QmAnnotationSet *self);
void        _qm_annotation_set_set_text_changed (QmAnnotationSet *self,
                                               gboolean         changed);
void        _qm_annotation_set_force_modified (QmAnnotationSet *self);
void        _qm_annotation_set_set_source_info (QmAnnotationSet *self,
                                               const char      *name,
                                               const char      *media_type,
                                               const char      *encoding,
                                               const char      *raw_sha256,
                                               gsize            raw_size,
                                               const char      *extractor);
/* The state a save captured, so an async save marks exactly that state saved. */
guint64     _qm_annotation_set_get_state_serial (QmAnnotationSet *self);
void        _qm_annotation_set_mark_saved_at  (QmAnnotationSet *self,
                                               guint64          serial);
/* Foreign elements (serialized XML) kept at the top level of the file. */
GPtrArray  *_qm_annotation_set_get_foreign    (QmAnnotationSet *self);

/* The state a save captured, so an async save marks exactly that state saved. */
guint64     _qm_annotation_set_get_state_serial (QmAnnotationSet *self);
void        _qm_annotation_set_mark_saved_at  (QmAnnotationSet *self,
                                               guint64          serial);
/* Foreign elements kept inside a person, quote or highlight: a GPtrArray of
 * serialized XML strings stored as object data under this key.
 */
#define QM_FOREIGN_KEY "qm-foreign-elements"

char       *_qm_format_time                   (GDateTime       *dt);
GDateTime  *_qm_parse_time                    (const char      *str);

G_END_DECLS

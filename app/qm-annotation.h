/* qm-annotation.h
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

#include "qm-target.h"
#include "qm-types.h"

G_BEGIN_DECLS

#define QM_TYPE_ANNOTATION (qm_annotation_get_type ())

G_DECLARE_DERIVABLE_TYPE (QmAnnotation, qm_annotation, QM, ANNOTATION, GObject)

/**
 * QmAnnotationClass:
 *
 * The common part of #QmQuote and #QmHighlight: an id, a target in the text,
 * how it was re-attached, tags, notes, origin and timestamps.
 */
struct _QmAnnotationClass
{
  GObjectClass parent_class;

  /*< private >*/
  gpointer padding[4];
};

const char         *qm_annotation_get_id           (QmAnnotation *self);
QmTarget           *qm_annotation_get_target       (QmAnnotation *self);
gsize               qm_annotation_get_start        (QmAnnotation *self);
gsize               qm_annotation_get_end          (QmAnnotation *self);
QmAnchorState       qm_annotation_get_anchor_state (QmAnnotation *self);
const char * const *qm_annotation_get_tags         (QmAnnotation *self);
gboolean            qm_annotation_has_tag          (QmAnnotation *self,
                                                    const char   *category_id);
GListModel         *qm_annotation_get_notes        (QmAnnotation *self);
QmOrigin            qm_annotation_get_origin       (QmAnnotation *self);
const char         *qm_annotation_get_creator      (QmAnnotation *self);
GDateTime          *qm_annotation_get_created      (QmAnnotation *self);
GDateTime          *qm_annotation_get_modified     (QmAnnotation *self);

G_END_DECLS

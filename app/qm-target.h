/* qm-target.h
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

/* Characters of context kept before and after the quoted text. */
#define QM_TARGET_CONTEXT_LENGTH 32

/**
 * QmTarget:
 *
 * Where an annotation sits in a text: a code-point span (end-exclusive) plus
 * the quote selector (the exact text with a little prefix and suffix) that
 * lets it be found again after the text was edited. Immutable and
 * reference-counted; an edit replaces the whole target.
 */
typedef struct _QmTarget QmTarget;

#define QM_TYPE_TARGET (qm_target_get_type ())

GType        qm_target_get_type      (void) G_GNUC_CONST;
QmTarget    *qm_target_new           (gsize           start,
                                      gsize           end,
                                      const char     *prefix,
                                      const char     *exact,
                                      const char     *suffix);
QmTarget    *qm_target_new_for_text  (QmText         *text,
                                      gsize           start,
                                      gsize           end);
QmTarget    *qm_target_ref           (QmTarget       *self);
void         qm_target_unref         (QmTarget       *self);
gsize        qm_target_get_start     (const QmTarget *self);
gsize        qm_target_get_end       (const QmTarget *self);
gsize        qm_target_get_length    (const QmTarget *self);
const char  *qm_target_get_prefix    (const QmTarget *self);
const char  *qm_target_get_exact     (const QmTarget *self);
const char  *qm_target_get_suffix    (const QmTarget *self);
gboolean     qm_target_equal         (const QmTarget *a,
                                      const QmTarget *b);
gboolean     qm_target_matches_text  (const QmTarget *self,
                                      QmText         *text);
QmTarget    *qm_target_reanchor      (QmTarget       *self,
                                      QmText         *text,
                                      QmAnchorState  *state);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QmTarget, qm_target_unref)

G_END_DECLS

/* qm-target-private.h
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

#include "qm-target.h"

G_BEGIN_DECLS

typedef struct _QmTextIndex QmTextIndex;

QmTextIndex *_qm_text_index_new  (QmText      *text);
void         _qm_text_index_free (QmTextIndex *index);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (QmTextIndex, _qm_text_index_free)

QmTarget *_qm_target_reanchor_at   (QmTarget      *self,
                                    QmText        *text,
                                    gsize          at,
                                    QmAnchorState *state);
QmTarget *_qm_target_reanchor_full (QmTarget      *self,
                                    QmText        *text,
                                    QmTextIndex   *index,
                                    gssize         predicted_start,
                                    gsize          lower,
                                    gsize          upper,
                                    gboolean       defer_ambiguous,
                                    QmAnchorState *state,
                                    gboolean      *ambiguous);

G_END_DECLS

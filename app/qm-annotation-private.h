/* qm-annotation-private.h
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

#include "qm-annotation.h"
#include "qm-note.h"
#include "qm-quote.h"
#include "qm-tag-group.h"

G_BEGIN_DECLS

/* Objects of the annotation model expose construct-only properties; the
 * annotation set changes them through this, so that every change after
 * construction is an undoable edit and emits ::notify.
 */
void        _qm_object_poke              (gpointer      object,
                                          const char   *property,
                                          const GValue *value);
void        _qm_object_poke_string       (gpointer      object,
                                          const char   *property,
                                          const char   *value);

GListStore *_qm_annotation_get_note_store (QmAnnotation *self);

/* For the sidecar reader: objects whose fields are set directly, without
 * the parsing of property names and values, for objects no one has seen
 * yet (no ::notify). Every pointer argument is taken over (transfer full);
 * @tags and the strings may not be %NULL where the property would not be.
 */
QmAnnotation *_qm_annotation_new_loaded  (GType          type,
                                          char          *id,
                                          QmOrigin       origin,
                                          QmAnchorState  anchor_state,
                                          char          *creator,
                                          GDateTime     *created,
                                          GDateTime     *modified,
                                          QmTarget      *target,
                                          char         **tags);
void          _qm_quote_set_loaded       (QmQuote       *self,
                                          QmQuoteKind    kind,
                                          char          *speaker_id,
                                          QmTarget      *speaker_mention,
                                          QmTarget      *cue,
                                          double         confidence,
                                          QmReviewState  review,
                                          gboolean       edited);
QmNote       *_qm_note_new_loaded        (char          *id,
                                          char          *author,
                                          char          *text,
                                          GDateTime     *created,
                                          GDateTime     *modified);
GListStore *_qm_tag_group_get_store       (QmTagGroup   *self);
const char *_qm_tag_group_get_saved_label (QmTagGroup   *self);
const char *_qm_tag_category_get_saved_label (QmTagCategory *self);
const char *_qm_tag_display_label         (const char   *id,
                                           const char   *label);

void _qm_set_date_from_value (GDateTime    **slot,
                              const GValue  *value);

G_END_DECLS

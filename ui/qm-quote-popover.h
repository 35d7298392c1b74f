/* qm-quote-popover.h
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

#include <adwaita.h>

#include "qm-annotation-set.h"

G_BEGIN_DECLS

#define QM_TYPE_QUOTE_POPOVER (qm_quote_popover_get_type ())

G_DECLARE_FINAL_TYPE (QmQuotePopover, qm_quote_popover, QM, QUOTE_POPOVER, GtkPopover)

QmQuotePopover *qm_quote_popover_new         (void);
void            qm_quote_popover_edit        (QmQuotePopover  *self,
                                              QmAnnotationSet *set,
                                              QmAnnotation    *annotation);
void            qm_quote_popover_create      (QmQuotePopover  *self,
                                              QmAnnotationSet *set,
                                              gsize            start,
                                              gsize            end,
                                              gboolean         highlight);
QmAnnotation   *qm_quote_popover_get_annotation (QmQuotePopover *self);
void            qm_quote_popover_set_speaker (QmQuotePopover  *self,
                                              const char      *name);
void            qm_quote_popover_set_kind    (QmQuotePopover  *self,
                                              QmQuoteKind      kind);
void            qm_quote_popover_set_note    (QmQuotePopover  *self,
                                              const char      *text);
void            qm_quote_popover_set_span    (QmQuotePopover  *self,
                                              gsize            start,
                                              gsize            end);
void            qm_quote_popover_set_tag     (QmQuotePopover  *self,
                                              const char      *category_id,
                                              gboolean         active);
gboolean        qm_quote_popover_apply       (QmQuotePopover  *self,
                                              GError         **error);

G_END_DECLS

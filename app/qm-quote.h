/* qm-quote.h
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

#include "qm-annotation.h"

G_BEGIN_DECLS

#define QM_TYPE_QUOTE (qm_quote_get_type ())

G_DECLARE_FINAL_TYPE (QmQuote, qm_quote, QM, QUOTE, QmAnnotation)

QmQuote       *qm_quote_new                 (QmQuoteKind  kind,
                                             QmTarget    *target);
QmQuoteKind    qm_quote_get_kind            (QmQuote     *self);
const char    *qm_quote_get_speaker_id      (QmQuote     *self);
QmTarget      *qm_quote_get_speaker_mention (QmQuote     *self);
QmTarget      *qm_quote_get_cue             (QmQuote     *self);
double         qm_quote_get_confidence      (QmQuote     *self);
QmReviewState  qm_quote_get_review          (QmQuote     *self);
gboolean       qm_quote_get_edited          (QmQuote     *self);
gboolean       qm_quote_is_user_work        (QmQuote     *self);
char          *qm_quote_dup_words           (QmQuote     *self);

G_END_DECLS

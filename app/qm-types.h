/* qm-types.h
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

#include <glib-object.h>

G_BEGIN_DECLS

/* What a quotation is. Register further enums here with mkenums later. */
typedef enum
{
  QM_QUOTE_KIND_DIRECT,     /* the words inside quotation marks */
  QM_QUOTE_KIND_INDIRECT,   /* reported speech: "X said that …" */
  QM_QUOTE_KIND_MIXED,      /* reported speech holding a quoted fragment */
  QM_QUOTE_KIND_SCARE,      /* quoted term or title nobody says */
} QmQuoteKind;

const char  *qm_quote_kind_to_string   (QmQuoteKind  kind);
gboolean     qm_quote_kind_from_string (const char  *str,
                                        QmQuoteKind *kind);

/* Who made an annotation or a person entry. */
typedef enum
{
  QM_ORIGIN_AUTO,           /* found by the analyzer */
  QM_ORIGIN_USER,           /* made by a person */
} QmOrigin;

/* What the user decided about an annotation. */
typedef enum
{
  QM_REVIEW_UNREVIEWED,
  QM_REVIEW_ACCEPTED,
  QM_REVIEW_REJECTED,
} QmReviewState;

/* How an annotation was attached to the current text when it was loaded. */
typedef enum
{
  QM_ANCHOR_EXACT,          /* at the stored position, same text */
  QM_ANCHOR_MOVED,          /* same text, found elsewhere */
  QM_ANCHOR_FUZZY,          /* similar text, found by approximate matching */
  QM_ANCHOR_ORPHAN,         /* not found: kept with its stored position and text */
} QmAnchorState;

#define QM_TYPE_QUOTE_KIND   (qm_quote_kind_get_type ())
#define QM_TYPE_ORIGIN       (qm_origin_get_type ())
#define QM_TYPE_REVIEW_STATE (qm_review_state_get_type ())
#define QM_TYPE_ANCHOR_STATE (qm_anchor_state_get_type ())

GType        qm_quote_kind_get_type      (void) G_GNUC_CONST;
GType        qm_origin_get_type          (void) G_GNUC_CONST;
GType        qm_review_state_get_type    (void) G_GNUC_CONST;
GType        qm_anchor_state_get_type    (void) G_GNUC_CONST;

const char  *qm_origin_to_string         (QmOrigin       origin);
gboolean     qm_origin_from_string       (const char    *str,
                                          QmOrigin      *origin);
const char  *qm_review_state_to_string   (QmReviewState  state);
gboolean     qm_review_state_from_string (const char    *str,
                                          QmReviewState *state);
const char  *qm_anchor_state_to_string   (QmAnchorState  state);
gboolean     qm_anchor_state_from_string (const char    *str,
                                          QmAnchorState *state);

G_END_DECLS

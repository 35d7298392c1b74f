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

#include <glib.h>

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

G_END_DECLS

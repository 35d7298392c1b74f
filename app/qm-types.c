/* qm-types.c
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

#include "config.h"

#include <string.h>

#include "qm-types.h"

static const char *kind_names[] = {
  [QM_QUOTE_KIND_DIRECT] = "direct",
  [QM_QUOTE_KIND_INDIRECT] = "indirect",
  [QM_QUOTE_KIND_MIXED] = "mixed",
  [QM_QUOTE_KIND_SCARE] = "scare",
};

/**
 * qm_quote_kind_to_string:
 * @kind: a #QmQuoteKind
 *
 * Returns: the name used in files and on the command line
 */
const char *
qm_quote_kind_to_string (QmQuoteKind kind)
{
  g_return_val_if_fail ((guint)kind < G_N_ELEMENTS (kind_names), "direct");
  return kind_names[kind];
}

/**
 * qm_quote_kind_from_string:
 * @str: a kind name
 * @kind: (out): the kind
 *
 * Returns: %TRUE if @str names a kind
 */
gboolean
qm_quote_kind_from_string (const char  *str,
                           QmQuoteKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (strcmp (str, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

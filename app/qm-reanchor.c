/* qm-reanchor.c
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

#define G_LOG_DOMAIN "qm-reanchor"

#include "config.h"

#include <string.h>

#include "qm-target.h"

/**
 * qm_target_reanchor:
 * @self: a target made on an earlier version of the text
 * @text: the current text
 * @state: (out): how it was attached
 *
 * Finds where @self belongs in @text.
 *
 * Returns: (transfer full): the target in @text, or a new reference to @self
 *   when it is an orphan
 */
QmTarget *
qm_target_reanchor (QmTarget      *self,
                    QmText        *text,
                    QmAnchorState *state)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (QM_IS_TEXT (text), NULL);
  g_return_val_if_fail (state != NULL, NULL);

  if (qm_target_matches_text (self, text))
    {
      *state = QM_ANCHOR_EXACT;
      return qm_target_new_for_text (text, qm_target_get_start (self), qm_target_get_end (self));
    }
  *state = QM_ANCHOR_ORPHAN;
  return qm_target_ref (self);
}

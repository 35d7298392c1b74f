/* sidecar-supported.c
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

/* Exits 0 when this build can write sidecars, 77 when the sidecar writer is
 * not there yet; the end-to-end test skips its saving checks then.
 */

#include "config.h"

#include "qm-sidecar.h"

int
main (void)
{
  g_autoptr(QmText) text = qm_text_new ("x", -1, NULL);
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new (text);
  g_autoptr(GBytes) bytes = qm_sidecar_serialize (set, NULL);

  return bytes != NULL ? 0 : 77;
}

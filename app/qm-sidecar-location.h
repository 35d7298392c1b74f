/* qm-sidecar-location.h
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

G_BEGIN_DECLS

GFile    *qm_sidecar_fallback_file_for_source (GFile        *source_file);
gboolean  qm_sidecar_folder_accepts_sidecar   (GFile        *source_file);
GFile    *qm_sidecar_locate                   (GFile        *source_file,
                                               gboolean     *is_fallback);
gboolean  qm_sidecar_ensure_folder            (GFile        *sidecar_file,
                                               GError      **error);

G_END_DECLS

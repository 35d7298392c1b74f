/* qm-sidecar-private.h
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

#include "qm-sidecar.h"

G_BEGIN_DECLS

/* A save removes the temporary files of the same sidecar that killed
 * writers left behind, once they are this old.
 */
#define QM_SIDECAR_STALE_SECONDS 60

void        _qm_sidecar_remove_stale_temporaries (const char *path);
char       *_qm_sidecar_write_temporary          (const char  *path,
                                                  GBytes      *bytes,
                                                  int          mode,
                                                  GError     **error);
gboolean    _qm_sidecar_rename_temporary         (const char  *tmp,
                                                  const char  *path,
                                                  GError     **error);

/* For crash-safety tests: called once the temporary file holds @written of
 * @total bytes; returning FALSE makes the write fail as a full disk would.
 */
typedef gboolean (*QmSidecarWriteHook) (gsize written,
                                        gsize total);

void        _qm_sidecar_set_write_hook (QmSidecarWriteHook hook);

/* qm_sidecar_validate_bytes() without its first, faster pass: every item
 * against the full schema.
 */
gboolean    _qm_sidecar_validate_bytes_full (GBytes     *xml,
                                             GPtrArray **problems,
                                             GError    **error);

G_END_DECLS

/* qm-drafts.h
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

#include "qm-annotation-set.h"

G_BEGIN_DECLS

GFile    *qm_drafts_get_dir      (void);
GFile    *qm_drafts_file_for     (GFile            *article);
gboolean  qm_drafts_write        (QmAnnotationSet  *set,
                                  GFile            *article,
                                  GError          **error);
void      qm_drafts_write_async  (QmAnnotationSet  *set,
                                  GFile            *article,
                                  GCancellable     *cancellable);
GBytes   *qm_drafts_read         (GFile            *article);
void      qm_drafts_discard      (GFile            *article);
QmAnnotationSet *qm_drafts_restore (QmSource       *source,
                                    GBytes         *draft,
                                    GError        **error);

G_END_DECLS

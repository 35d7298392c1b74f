/* qm-set-watch.h
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

#define QM_TYPE_SET_WATCH (qm_set_watch_get_type ())

G_DECLARE_FINAL_TYPE (QmSetWatch, qm_set_watch, QM, SET_WATCH, GObject)

QmSetWatch *qm_set_watch_get            (QmAnnotationSet    *set);
guint64     qm_set_watch_get_serial     (QmSetWatch         *self);
GPtrArray  *qm_set_watch_dup_changed    (QmSetWatch         *self,
                                         guint64             since,
                                         const char * const *properties);

G_END_DECLS

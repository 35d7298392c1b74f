/* qm-orphan-list.h
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

#include <adwaita.h>

#include "qm-annotation-set.h"

G_BEGIN_DECLS

#define QM_TYPE_ORPHAN_LIST (qm_orphan_list_get_type ())

G_DECLARE_FINAL_TYPE (QmOrphanList, qm_orphan_list, QM, ORPHAN_LIST, GtkBox)

void        qm_orphan_list_set_annotation_set (QmOrphanList    *self,
                                               QmAnnotationSet *set);
guint       qm_orphan_list_get_n_items        (QmOrphanList    *self);
guint       qm_orphan_list_get_n_orphans      (QmOrphanList    *self);
GtkWidget  *qm_orphan_list_get_list_view      (QmOrphanList    *self);

G_END_DECLS

/* qm-tag-group.h
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

#include "qm-tag-category.h"

G_BEGIN_DECLS

/* Ids of the built-in groups and their categories (stable across files). */
#define QM_TAG_GROUP_STATEMENT     "statement"
#define QM_TAG_GROUP_VERIFICATION  "verification"

#define QM_TYPE_TAG_GROUP (qm_tag_group_get_type ())

G_DECLARE_FINAL_TYPE (QmTagGroup, qm_tag_group, QM, TAG_GROUP, GObject)

QmTagGroup    *qm_tag_group_new            (const char *label,
                                            gboolean    exclusive);
const char    *qm_tag_group_get_id         (QmTagGroup *self);
const char    *qm_tag_group_get_label      (QmTagGroup *self);
gboolean       qm_tag_group_get_exclusive  (QmTagGroup *self);
gboolean       qm_tag_group_get_builtin    (QmTagGroup *self);
GListModel    *qm_tag_group_get_categories (QmTagGroup *self);
QmTagCategory *qm_tag_group_lookup         (QmTagGroup *self,
                                            const char *category_id);

G_END_DECLS

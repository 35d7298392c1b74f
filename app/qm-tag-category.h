/* qm-tag-category.h
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

#define QM_TYPE_TAG_CATEGORY (qm_tag_category_get_type ())

G_DECLARE_FINAL_TYPE (QmTagCategory, qm_tag_category, QM, TAG_CATEGORY, GObject)

QmTagCategory *qm_tag_category_new          (const char    *label,
                                             const char    *color);
const char    *qm_tag_category_get_id       (QmTagCategory *self);
const char    *qm_tag_category_get_group_id (QmTagCategory *self);
const char    *qm_tag_category_get_label    (QmTagCategory *self);
const char    *qm_tag_category_get_color    (QmTagCategory *self);

G_END_DECLS

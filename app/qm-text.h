/* qm-text.h
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

#define QM_TYPE_TEXT (qm_text_get_type ())

G_DECLARE_FINAL_TYPE (QmText, qm_text, QM, TEXT, GObject)

QmText     *qm_text_new                 (const char  *utf8,
                                         gssize       len,
                                         GError     **error);
QmText     *qm_text_new_take            (char        *utf8,
                                         gsize        len);
const char *qm_text_get_data            (QmText      *self,
                                         gsize       *n_bytes);
GBytes     *qm_text_dup_bytes           (QmText      *self);
gsize       qm_text_get_length          (QmText      *self);
gsize       qm_text_get_n_bytes         (QmText      *self);
gsize       qm_text_offset_to_byte      (QmText      *self,
                                         gsize        offset);
gsize       qm_text_byte_to_offset      (QmText      *self,
                                         gsize        byte);
gunichar    qm_text_get_char            (QmText      *self,
                                         gsize        offset);
char       *qm_text_dup_slice           (QmText      *self,
                                         gsize        start,
                                         gsize        end);
guint       qm_text_get_n_paragraphs    (QmText      *self);
void        qm_text_get_paragraph       (QmText      *self,
                                         guint        index,
                                         gsize       *start,
                                         gsize       *end);
guint       qm_text_paragraph_at        (QmText      *self,
                                         gsize        offset);
const char *qm_text_get_sha256          (QmText      *self);

G_END_DECLS

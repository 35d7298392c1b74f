/* qm-window.h
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
#include "qm-application.h"
#include "qm-source.h"

G_BEGIN_DECLS

#define QM_TYPE_WINDOW (qm_window_get_type ())

G_DECLARE_FINAL_TYPE (QmWindow, qm_window, QM, WINDOW, AdwApplicationWindow)

QmWindow   *qm_window_new          (QmApplication *application);
void        qm_window_open         (QmWindow      *self,
                                    GFile         *file);
GFile      *qm_window_get_file     (QmWindow      *self);
QmSource   *qm_window_get_source   (QmWindow      *self);
gboolean    qm_window_get_busy     (QmWindow      *self);
GtkTextView *qm_window_get_text_view (QmWindow    *self);
const char *qm_window_get_error    (QmWindow      *self);
QmAnnotationSet *qm_window_get_annotation_set (QmWindow *self);
gboolean    qm_window_get_ready    (QmWindow      *self);
gboolean    qm_window_get_modified (QmWindow      *self);
GtkWidget  *qm_window_get_quote_list (QmWindow    *self);
GtkWidget  *qm_window_get_people_list (QmWindow   *self);
GtkWidget  *qm_window_get_orphan_list (QmWindow   *self);
GtkPopover *qm_window_get_quote_popover (QmWindow *self);
GFile      *qm_window_article_for  (GFile         *file);
gboolean    qm_window_apply_tag_set (QmAnnotationSet *set,
                                     const char      *path,
                                     GCancellable    *cancellable,
                                     GError         **error);

G_END_DECLS

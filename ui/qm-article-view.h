/* qm-article-view.h
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

#define QM_TYPE_ARTICLE_VIEW (qm_article_view_get_type ())

G_DECLARE_FINAL_TYPE (QmArticleView, qm_article_view, QM, ARTICLE_VIEW, GtkTextView)

void             qm_article_view_set_annotation_set (QmArticleView   *self,
                                                     QmAnnotationSet *set);
QmAnnotationSet *qm_article_view_get_annotation_set (QmArticleView   *self);
gboolean         qm_article_view_get_highlighting_done (QmArticleView *self);
guint            qm_article_view_get_n_highlighted  (QmArticleView   *self);
QmAnnotation    *qm_article_view_get_annotation_at  (QmArticleView   *self,
                                                     gsize            offset);
QmAnnotation    *qm_article_view_get_current        (QmArticleView   *self);
void             qm_article_view_select_annotation  (QmArticleView   *self,
                                                     QmAnnotation    *annotation);
gboolean         qm_article_view_get_selection      (QmArticleView   *self,
                                                     gsize           *start,
                                                     gsize           *end);
void             qm_article_view_select_range       (QmArticleView   *self,
                                                     gsize            start,
                                                     gsize            end);
QmAnnotation    *qm_article_view_step               (QmArticleView   *self,
                                                     int              direction);
char            *qm_article_view_describe           (QmArticleView   *self,
                                                     QmAnnotation    *annotation);
void             qm_article_view_set_popover        (QmArticleView   *self,
                                                     GtkPopover      *popover);
void             qm_article_view_show_popover       (QmArticleView   *self,
                                                     GtkPopover      *popover,
                                                     gsize            offset);
char            *qm_article_view_dup_tag_names_at   (QmArticleView   *self,
                                                     gsize            offset);
const char      *qm_article_view_get_speaker_color  (QmArticleView   *self,
                                                     const char      *person_id);

G_END_DECLS

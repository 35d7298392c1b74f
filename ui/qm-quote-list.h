/* qm-quote-list.h
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

/**
 * QmQuoteGroup:
 * @QM_QUOTE_GROUP_NONE: in the text's order, no headings
 * @QM_QUOTE_GROUP_SPEAKER: under each speaker's name
 * @QM_QUOTE_GROUP_KIND: direct, reported, mixed, scare quotes
 * @QM_QUOTE_GROUP_TAG: under each tag (a quote may be under several)
 * @QM_QUOTE_GROUP_REVIEW: to review, accepted, rejected
 */
typedef enum
{
  QM_QUOTE_GROUP_NONE,
  QM_QUOTE_GROUP_SPEAKER,
  QM_QUOTE_GROUP_KIND,
  QM_QUOTE_GROUP_TAG,
  QM_QUOTE_GROUP_REVIEW,
} QmQuoteGroup;

#define QM_TYPE_QUOTE_LIST (qm_quote_list_get_type ())

G_DECLARE_FINAL_TYPE (QmQuoteList, qm_quote_list, QM, QUOTE_LIST, GtkBox)

typedef const char *(*QmColorFunc) (gpointer user_data, const char *person_id);

void        qm_quote_list_set_annotation_set (QmQuoteList     *self,
                                              QmAnnotationSet *set);
void        qm_quote_list_set_color_func     (QmQuoteList     *self,
                                              QmColorFunc      func,
                                              gpointer         user_data);
GListModel *qm_quote_list_get_model          (QmQuoteList     *self);
void        qm_quote_list_select             (QmQuoteList     *self,
                                              QmQuote         *quote);
GPtrArray  *qm_quote_list_get_selected       (QmQuoteList     *self);
QmQuote    *qm_quote_list_next_unreviewed    (QmQuoteList     *self,
                                              GPtrArray       *done);
void        qm_quote_list_focus_selected     (QmQuoteList     *self);
void        qm_quote_list_focus_search       (QmQuoteList     *self);
void        qm_quote_list_set_search         (QmQuoteList     *self,
                                              const char      *text);
void        qm_quote_list_set_speaker        (QmQuoteList     *self,
                                              QmPerson        *person);
void        qm_quote_list_set_filter_mode    (QmQuoteList     *self,
                                              guint            mode);
GtkWidget  *qm_quote_list_get_list_view      (QmQuoteList     *self);
void        qm_quote_list_set_group_mode     (QmQuoteList     *self,
                                              QmQuoteGroup     mode);
QmQuoteGroup qm_quote_list_get_group_mode    (QmQuoteList     *self);
QmQuote    *qm_quote_list_row_quote          (gpointer         row);
gboolean    qm_quote_list_get_filling        (QmQuoteList     *self);

/* For tests: how many times the grouped rows were built and sorted. */
guint       _qm_quote_list_get_n_regroups    (QmQuoteList     *self);

G_END_DECLS

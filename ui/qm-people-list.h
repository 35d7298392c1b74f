/* qm-people-list.h
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
#include "qm-quote-list.h"

G_BEGIN_DECLS

#define QM_TYPE_PEOPLE_LIST (qm_people_list_get_type ())

G_DECLARE_FINAL_TYPE (QmPeopleList, qm_people_list, QM, PEOPLE_LIST, GtkBox)

void        qm_people_list_set_annotation_set (QmPeopleList    *self,
                                               QmAnnotationSet *set);
void        qm_people_list_set_color_func     (QmPeopleList    *self,
                                               QmColorFunc      func,
                                               gpointer         user_data);
GtkWidget  *qm_people_list_get_list_view      (QmPeopleList    *self);
guint       qm_people_list_count_quotes       (QmPeopleList    *self,
                                               QmPerson        *person);

G_END_DECLS

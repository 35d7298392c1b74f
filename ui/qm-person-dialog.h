/* qm-person-dialog.h
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

#define QM_TYPE_PERSON_DIALOG (qm_person_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QmPersonDialog, qm_person_dialog, QM, PERSON_DIALOG, AdwMessageDialog)

QmPersonDialog *qm_person_dialog_new              (GtkWindow       *parent,
                                                   QmAnnotationSet *set,
                                                   QmPerson        *person);
void            qm_person_dialog_set_name         (QmPersonDialog  *self,
                                                   const char      *name);
void            qm_person_dialog_set_role         (QmPersonDialog  *self,
                                                   const char      *role);
void            qm_person_dialog_set_aliases      (QmPersonDialog  *self,
                                                   const char      *aliases);
void            qm_person_dialog_set_merge_target (QmPersonDialog  *self,
                                                   QmPerson        *target);
void            qm_person_dialog_set_shown_color  (QmPersonDialog  *self,
                                                   const char      *color);
gboolean        qm_person_dialog_apply            (QmPersonDialog  *self,
                                                   GError         **error);

G_END_DECLS

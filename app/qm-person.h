/* qm-person.h
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

#include "qm-types.h"

G_BEGIN_DECLS

#define QM_TYPE_PERSON (qm_person_get_type ())

G_DECLARE_FINAL_TYPE (QmPerson, qm_person, QM, PERSON, GObject)

QmPerson           *qm_person_new              (const char *name);
const char         *qm_person_get_id           (QmPerson   *self);
const char         *qm_person_get_name         (QmPerson   *self);
const char * const *qm_person_get_aliases      (QmPerson   *self);
const char         *qm_person_get_role         (QmPerson   *self);
const char         *qm_person_get_color        (QmPerson   *self);
gboolean            qm_person_get_organisation (QmPerson   *self);
QmOrigin            qm_person_get_origin       (QmPerson   *self);
gboolean            qm_person_has_name         (QmPerson   *self,
                                                const char *name);

G_END_DECLS

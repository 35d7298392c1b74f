/* export-fixture.h
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

#include "qm-annotation-set.h"

G_BEGIN_DECLS

/* The fixture article: German, English with non-ASCII names, astral-plane
 * characters (emoji, mathematical letters), three paragraphs. */
extern const char export_fixture_text[];

QmAnnotationSet *export_fixture_new    (void);
gsize            export_fixture_offset (const char *needle,
                                        guint       nth);
QmAnnotationSet *export_fixture_new_large (guint n_annotations);

G_END_DECLS

/* qm-highlight.c
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

#define G_LOG_DOMAIN "qm-highlight"

#include "config.h"

#include "qm-highlight.h"

/**
 * QmHighlight:
 *
 * A passage the user marked, with tags and notes but no speaker.
 */
struct _QmHighlight
{
  QmAnnotation parent_instance;
};

G_DEFINE_FINAL_TYPE (QmHighlight, qm_highlight, QM_TYPE_ANNOTATION)

static void
qm_highlight_class_init (QmHighlightClass *klass)
{
}

static void
qm_highlight_init (QmHighlight *self)
{
}

/**
 * qm_highlight_new:
 * @target: where it is
 *
 * Returns: (transfer full): a new highlight made by the user
 */
QmHighlight *
qm_highlight_new (QmTarget *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  return g_object_new (QM_TYPE_HIGHLIGHT, "target", target, NULL);
}

/* qm-target.c
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

#define G_LOG_DOMAIN "qm-target"

#include "config.h"

#include <string.h>

#include "qm-target.h"

struct _QmTarget
{
  gatomicrefcount ref_count;
  gsize  start;
  gsize  end;
  char  *prefix;
  char  *exact;
  char  *suffix;
};

G_DEFINE_BOXED_TYPE (QmTarget, qm_target, qm_target_ref, qm_target_unref)

/**
 * qm_target_new:
 * @start: first code point
 * @end: code point after the last one
 * @prefix: (nullable): text before
 * @exact: the text of the span
 * @suffix: (nullable): text after
 *
 * Returns: (transfer full): a new target
 */
QmTarget *
qm_target_new (gsize       start,
               gsize       end,
               const char *prefix,
               const char *exact,
               const char *suffix)
{
  QmTarget *self;

  g_return_val_if_fail (start <= end, NULL);

  self = g_new0 (QmTarget, 1);
  g_atomic_ref_count_init (&self->ref_count);
  self->start = start;
  self->end = end;
  self->prefix = g_strdup (prefix ? prefix : "");
  self->exact = g_strdup (exact ? exact : "");
  self->suffix = g_strdup (suffix ? suffix : "");
  return self;
}

/**
 * qm_target_new_for_text:
 * @text: a #QmText
 * @start: first code point
 * @end: code point after the last one
 *
 * Makes a target for a span of @text, with %QM_TARGET_CONTEXT_LENGTH code
 * points of context on either side.
 *
 * Returns: (transfer full): a new target
 */
QmTarget *
qm_target_new_for_text (QmText *text,
                        gsize   start,
                        gsize   end)
{
  gsize len;
  g_autofree char *prefix = NULL;
  g_autofree char *exact = NULL;
  g_autofree char *suffix = NULL;

  g_return_val_if_fail (QM_IS_TEXT (text), NULL);
  len = qm_text_get_length (text);
  g_return_val_if_fail (start <= end && end <= len, NULL);

  prefix = qm_text_dup_slice (text, start > QM_TARGET_CONTEXT_LENGTH ? start - QM_TARGET_CONTEXT_LENGTH : 0, start);
  exact = qm_text_dup_slice (text, start, end);
  suffix = qm_text_dup_slice (text, end, MIN (len, end + QM_TARGET_CONTEXT_LENGTH));
  return qm_target_new (start, end, prefix, exact, suffix);
}

/**
 * qm_target_ref:
 * @self: a #QmTarget
 *
 * Returns: (transfer full): @self
 */
QmTarget *
qm_target_ref (QmTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_atomic_ref_count_inc (&self->ref_count);
  return self;
}

/**
 * qm_target_unref:
 * @self: (transfer full): a #QmTarget
 */
void
qm_target_unref (QmTarget *self)
{
  g_return_if_fail (self != NULL);
  if (!g_atomic_ref_count_dec (&self->ref_count))
    return;
  g_free (self->prefix);
  g_free (self->exact);
  g_free (self->suffix);
  g_free (self);
}

/**
 * qm_target_get_start:
 * @self: a #QmTarget
 *
 * Returns: the first code point
 */
gsize
qm_target_get_start (const QmTarget *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->start;
}

/**
 * qm_target_get_end:
 * @self: a #QmTarget
 *
 * Returns: the code point after the span
 */
gsize
qm_target_get_end (const QmTarget *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->end;
}

/**
 * qm_target_get_length:
 * @self: a #QmTarget
 *
 * Returns: the length in code points
 */
gsize
qm_target_get_length (const QmTarget *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->end - self->start;
}

/**
 * qm_target_get_prefix:
 * @self: a #QmTarget
 *
 * Returns: up to %QM_TARGET_CONTEXT_LENGTH code points before the span
 */
const char *
qm_target_get_prefix (const QmTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->prefix;
}

/**
 * qm_target_get_exact:
 * @self: a #QmTarget
 *
 * Returns: the text of the span
 */
const char *
qm_target_get_exact (const QmTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->exact;
}

/**
 * qm_target_get_suffix:
 * @self: a #QmTarget
 *
 * Returns: up to %QM_TARGET_CONTEXT_LENGTH code points after the span
 */
const char *
qm_target_get_suffix (const QmTarget *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->suffix;
}

/**
 * qm_target_equal:
 * @a: (nullable): a #QmTarget
 * @b: (nullable): a #QmTarget
 *
 * Returns: %TRUE if both are %NULL or have the same span and selector
 */
gboolean
qm_target_equal (const QmTarget *a,
                 const QmTarget *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL)
    return FALSE;
  return a->start == b->start && a->end == b->end &&
         strcmp (a->prefix, b->prefix) == 0 &&
         strcmp (a->exact, b->exact) == 0 &&
         strcmp (a->suffix, b->suffix) == 0;
}

/**
 * qm_target_matches_text:
 * @self: a #QmTarget
 * @text: a #QmText
 *
 * Returns: %TRUE if the span lies inside @text and holds the exact text
 */
gboolean
qm_target_matches_text (const QmTarget *self,
                        QmText         *text)
{
  gsize b0, b1, n;
  const char *data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (QM_IS_TEXT (text), FALSE);

  if (self->end > qm_text_get_length (text))
    return FALSE;
  data = qm_text_get_data (text, &n);
  b0 = qm_text_offset_to_byte (text, self->start);
  b1 = qm_text_offset_to_byte (text, self->end);
  return b1 - b0 == strlen (self->exact) && memcmp (data + b0, self->exact, b1 - b0) == 0;
}

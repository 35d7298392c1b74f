/* qm-types.c
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

#include "config.h"

#include <string.h>

#include "qm-types.h"

static const char *kind_names[] = {
  [QM_QUOTE_KIND_DIRECT] = "direct",
  [QM_QUOTE_KIND_INDIRECT] = "indirect",
  [QM_QUOTE_KIND_MIXED] = "mixed",
  [QM_QUOTE_KIND_SCARE] = "scare",
};

/**
 * qm_quote_kind_to_string:
 * @kind: a #QmQuoteKind
 *
 * Returns: the name used in files and on the command line
 */
const char *
qm_quote_kind_to_string (QmQuoteKind kind)
{
  g_return_val_if_fail ((guint)kind < G_N_ELEMENTS (kind_names), "direct");
  return kind_names[kind];
}

/**
 * qm_quote_kind_from_string:
 * @str: a kind name
 * @kind: (out): the kind
 *
 * Returns: %TRUE if @str names a kind
 */
gboolean
qm_quote_kind_from_string (const char  *str,
                           QmQuoteKind *kind)
{
  g_return_val_if_fail (kind != NULL, FALSE);

  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (kind_names); i++)
    if (strcmp (str, kind_names[i]) == 0)
      {
        *kind = i;
        return TRUE;
      }
  return FALSE;
}

G_DEFINE_ENUM_TYPE (QmQuoteKind, qm_quote_kind,
  G_DEFINE_ENUM_VALUE (QM_QUOTE_KIND_DIRECT, "direct"),
  G_DEFINE_ENUM_VALUE (QM_QUOTE_KIND_INDIRECT, "indirect"),
  G_DEFINE_ENUM_VALUE (QM_QUOTE_KIND_MIXED, "mixed"),
  G_DEFINE_ENUM_VALUE (QM_QUOTE_KIND_SCARE, "scare"))

G_DEFINE_ENUM_TYPE (QmOrigin, qm_origin,
  G_DEFINE_ENUM_VALUE (QM_ORIGIN_AUTO, "auto"),
  G_DEFINE_ENUM_VALUE (QM_ORIGIN_USER, "user"))

G_DEFINE_ENUM_TYPE (QmReviewState, qm_review_state,
  G_DEFINE_ENUM_VALUE (QM_REVIEW_UNREVIEWED, "unreviewed"),
  G_DEFINE_ENUM_VALUE (QM_REVIEW_ACCEPTED, "accepted"),
  G_DEFINE_ENUM_VALUE (QM_REVIEW_REJECTED, "rejected"))

G_DEFINE_ENUM_TYPE (QmAnchorState, qm_anchor_state,
  G_DEFINE_ENUM_VALUE (QM_ANCHOR_EXACT, "exact"),
  G_DEFINE_ENUM_VALUE (QM_ANCHOR_MOVED, "moved"),
  G_DEFINE_ENUM_VALUE (QM_ANCHOR_FUZZY, "fuzzy"),
  G_DEFINE_ENUM_VALUE (QM_ANCHOR_ORPHAN, "orphan"))

/* The nicks registered above are the names used in files. */
static const char *
enum_to_string (GType type,
                int   value)
{
  GEnumClass *klass = g_type_class_ref (type);
  GEnumValue *ev = g_enum_get_value (klass, value);
  const char *nick = ev != NULL ? ev->value_nick : NULL;

  g_type_class_unref (klass);
  return nick;
}

static gboolean
enum_from_string (GType       type,
                  const char *str,
                  int        *value)
{
  GEnumClass *klass;
  GEnumValue *ev;

  if (str == NULL)
    return FALSE;
  klass = g_type_class_ref (type);
  ev = g_enum_get_value_by_nick (klass, str);
  if (ev != NULL)
    *value = ev->value;
  g_type_class_unref (klass);
  return ev != NULL;
}

/**
 * qm_origin_to_string:
 * @origin: a #QmOrigin
 *
 * Returns: "auto" or "user"
 */
const char *
qm_origin_to_string (QmOrigin origin)
{
  const char *s = enum_to_string (QM_TYPE_ORIGIN, origin);

  g_return_val_if_fail (s != NULL, "user");
  return s;
}

/**
 * qm_origin_from_string:
 * @str: a name
 * @origin: (out): the origin
 *
 * Returns: %TRUE if @str names an origin
 */
gboolean
qm_origin_from_string (const char *str,
                       QmOrigin   *origin)
{
  int v;

  g_return_val_if_fail (origin != NULL, FALSE);
  if (!enum_from_string (QM_TYPE_ORIGIN, str, &v))
    return FALSE;
  *origin = v;
  return TRUE;
}

/**
 * qm_review_state_to_string:
 * @state: a #QmReviewState
 *
 * Returns: "unreviewed", "accepted" or "rejected"
 */
const char *
qm_review_state_to_string (QmReviewState state)
{
  const char *s = enum_to_string (QM_TYPE_REVIEW_STATE, state);

  g_return_val_if_fail (s != NULL, "unreviewed");
  return s;
}

/**
 * qm_review_state_from_string:
 * @str: a name
 * @state: (out): the state
 *
 * Returns: %TRUE if @str names a review state
 */
gboolean
qm_review_state_from_string (const char    *str,
                             QmReviewState *state)
{
  int v;

  g_return_val_if_fail (state != NULL, FALSE);
  if (!enum_from_string (QM_TYPE_REVIEW_STATE, str, &v))
    return FALSE;
  *state = v;
  return TRUE;
}

/**
 * qm_anchor_state_to_string:
 * @state: a #QmAnchorState
 *
 * Returns: "exact", "moved", "fuzzy" or "orphan"
 */
const char *
qm_anchor_state_to_string (QmAnchorState state)
{
  const char *s = enum_to_string (QM_TYPE_ANCHOR_STATE, state);

  g_return_val_if_fail (s != NULL, "orphan");
  return s;
}

/**
 * qm_anchor_state_from_string:
 * @str: a name
 * @state: (out): the state
 *
 * Returns: %TRUE if @str names an anchor state
 */
gboolean
qm_anchor_state_from_string (const char    *str,
                             QmAnchorState *state)
{
  int v;

  g_return_val_if_fail (state != NULL, FALSE);
  if (!enum_from_string (QM_TYPE_ANCHOR_STATE, str, &v))
    return FALSE;
  *state = v;
  return TRUE;
}

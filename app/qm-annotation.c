/* qm-annotation.c
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

#define G_LOG_DOMAIN "qm-annotation"

#include "config.h"

#include "qm-annotation-private.h"
#include "qm-note.h"

/**
 * QmAnnotation:
 *
 * The base of #QmQuote and #QmHighlight. Its properties are set at
 * construction; afterwards only the edits of #QmAnnotationSet change them
 * (and notify), so every change can be undone.
 */
typedef struct
{
  char          *id;
  QmTarget      *target;
  QmAnchorState  anchor_state;
  char         **tags;
  GListStore    *notes;
  QmOrigin       origin;
  char          *creator;
  GDateTime     *created;
  GDateTime     *modified;
} QmAnnotationPrivate;

G_DEFINE_ABSTRACT_TYPE_WITH_PRIVATE (QmAnnotation, qm_annotation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TARGET,
  PROP_ANCHOR_STATE,
  PROP_TAGS,
  PROP_NOTES,
  PROP_ORIGIN,
  PROP_CREATOR,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The list of notes is made when first asked for: most annotations have
 * none, and loading a large file makes many annotations.
 */
static GListStore *
note_store (QmAnnotationPrivate *priv)
{
  if (priv->notes == NULL)
    priv->notes = g_list_store_new (QM_TYPE_NOTE);
  return priv->notes;
}

void
_qm_object_poke (gpointer      object,
                 const char   *property,
                 const GValue *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  GObjectClass *owner;

  g_assert (pspec != NULL);
  owner = g_type_class_peek (pspec->owner_type);
  owner->set_property (object, pspec->param_id, value, pspec);
  g_object_notify_by_pspec (object, pspec);
}

void
_qm_object_poke_string (gpointer    object,
                        const char *property,
                        const char *value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, value);
  _qm_object_poke (object, property, &v);
}

static void
qm_annotation_constructed (GObject *object)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (QM_ANNOTATION (object));

  G_OBJECT_CLASS (qm_annotation_parent_class)->constructed (object);
  if (priv->id == NULL)
    priv->id = g_uuid_string_random ();
  if (priv->tags == NULL)
    priv->tags = g_new0 (char *, 1);
  if (priv->target == NULL)
    priv->target = qm_target_new (0, 0, "", "", "");
}

static void
qm_annotation_dispose (GObject *object)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (QM_ANNOTATION (object));

  g_clear_object (&priv->notes);
  G_OBJECT_CLASS (qm_annotation_parent_class)->dispose (object);
}

static void
qm_annotation_finalize (GObject *object)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (QM_ANNOTATION (object));

  g_free (priv->id);
  g_clear_pointer (&priv->target, qm_target_unref);
  g_strfreev (priv->tags);
  g_free (priv->creator);
  g_clear_pointer (&priv->created, g_date_time_unref);
  g_clear_pointer (&priv->modified, g_date_time_unref);
  G_OBJECT_CLASS (qm_annotation_parent_class)->finalize (object);
}

static void
qm_annotation_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (QM_ANNOTATION (object));

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, priv->id); break;
    case PROP_TARGET: g_value_set_boxed (value, priv->target); break;
    case PROP_ANCHOR_STATE: g_value_set_enum (value, priv->anchor_state); break;
    case PROP_TAGS: g_value_set_boxed (value, priv->tags); break;
    case PROP_NOTES: g_value_set_object (value, note_store (priv)); break;
    case PROP_ORIGIN: g_value_set_enum (value, priv->origin); break;
    case PROP_CREATOR: g_value_set_string (value, priv->creator); break;
    case PROP_CREATED: g_value_set_boxed (value, priv->created); break;
    case PROP_MODIFIED: g_value_set_boxed (value, priv->modified); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/**
 * _qm_set_date_from_value:
 * @slot: where a date is kept
 * @value: a #GValue holding a #GDateTime or %NULL
 *
 * Replaces the date in @slot, for property setters of the model objects.
 */
void
_qm_set_date_from_value (GDateTime    **slot,
                         const GValue  *value)
{
  GDateTime *dt = g_value_get_boxed (value);

  g_clear_pointer (slot, g_date_time_unref);
  if (dt != NULL)
    *slot = g_date_time_ref (dt);
}

static void
qm_annotation_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (QM_ANNOTATION (object));

  switch (prop_id)
    {
    case PROP_ID:
      g_free (priv->id);
      priv->id = g_value_dup_string (value);
      break;
    case PROP_TARGET:
      if (g_value_get_boxed (value) != NULL)
        {
          g_clear_pointer (&priv->target, qm_target_unref);
          priv->target = g_value_dup_boxed (value);
        }
      break;
    case PROP_ANCHOR_STATE: priv->anchor_state = g_value_get_enum (value); break;
    case PROP_TAGS:
      g_strfreev (priv->tags);
      priv->tags = g_value_dup_boxed (value);
      if (priv->tags == NULL)
        priv->tags = g_new0 (char *, 1);
      break;
    case PROP_ORIGIN: priv->origin = g_value_get_enum (value); break;
    case PROP_CREATOR:
      g_free (priv->creator);
      priv->creator = g_value_dup_string (value);
      break;
    case PROP_CREATED: _qm_set_date_from_value (&priv->created, value); break;
    case PROP_MODIFIED: _qm_set_date_from_value (&priv->modified, value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_annotation_class_init (QmAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = qm_annotation_constructed;
  object_class->dispose = qm_annotation_dispose;
  object_class->finalize = qm_annotation_finalize;
  object_class->get_property = qm_annotation_get_property;
  object_class->set_property = qm_annotation_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TARGET] = g_param_spec_boxed ("target", NULL, NULL, QM_TYPE_TARGET, flags);
  properties[PROP_ANCHOR_STATE] = g_param_spec_enum ("anchor-state", NULL, NULL, QM_TYPE_ANCHOR_STATE,
                                                     QM_ANCHOR_EXACT, flags);
  properties[PROP_TAGS] = g_param_spec_boxed ("tags", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_NOTES] = g_param_spec_object ("notes", NULL, NULL, G_TYPE_LIST_MODEL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ORIGIN] = g_param_spec_enum ("origin", NULL, NULL, QM_TYPE_ORIGIN, QM_ORIGIN_USER, flags);
  properties[PROP_CREATOR] = g_param_spec_string ("creator", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_annotation_init (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  priv->origin = QM_ORIGIN_USER;
}

/**
 * qm_annotation_get_id:
 * @self: a #QmAnnotation
 *
 * Returns: the UUID
 */
const char *
qm_annotation_get_id (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), NULL);
  return priv->id;
}

/**
 * qm_annotation_get_target:
 * @self: a #QmAnnotation
 *
 * Returns: (transfer none): where the annotation is in the current text (or,
 *   for an orphan, where it was in the text it was made on)
 */
QmTarget *
qm_annotation_get_target (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), NULL);
  return priv->target;
}

/**
 * qm_annotation_get_start:
 * @self: a #QmAnnotation
 *
 * Returns: the first code point of the target
 */
gsize
qm_annotation_get_start (QmAnnotation *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION (self), 0);
  return qm_target_get_start (qm_annotation_get_target (self));
}

/**
 * qm_annotation_get_end:
 * @self: a #QmAnnotation
 *
 * Returns: the code point after the target
 */
gsize
qm_annotation_get_end (QmAnnotation *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION (self), 0);
  return qm_target_get_end (qm_annotation_get_target (self));
}

/**
 * qm_annotation_get_anchor_state:
 * @self: a #QmAnnotation
 *
 * Returns: how the annotation was attached to the current text; an orphan's
 *   offsets do not point into the current text
 */
QmAnchorState
qm_annotation_get_anchor_state (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), QM_ANCHOR_ORPHAN);
  return priv->anchor_state;
}

/**
 * qm_annotation_get_tags:
 * @self: a #QmAnnotation
 *
 * Returns: (transfer none): the ids of the tag categories, never %NULL
 */
const char * const *
qm_annotation_get_tags (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), NULL);
  return (const char * const *)priv->tags;
}

/**
 * qm_annotation_has_tag:
 * @self: a #QmAnnotation
 * @category_id: a tag category id
 *
 * Returns: %TRUE if the annotation carries the tag
 */
gboolean
qm_annotation_has_tag (QmAnnotation *self,
                       const char   *category_id)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), FALSE);
  return category_id != NULL && g_strv_contains ((const char * const *)priv->tags, category_id);
}

/**
 * qm_annotation_get_notes:
 * @self: a #QmAnnotation
 *
 * Returns: (transfer none): a #GListModel of #QmNote, oldest first
 */
GListModel *
qm_annotation_get_notes (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), NULL);
  return G_LIST_MODEL (note_store (priv));
}

QmAnnotation *
_qm_annotation_new_loaded (GType          type,
                           char          *id,
                           QmOrigin       origin,
                           QmAnchorState  anchor_state,
                           char          *creator,
                           GDateTime     *created,
                           GDateTime     *modified,
                           QmTarget      *target,
                           char         **tags)
{
  QmAnnotation *self;
  QmAnnotationPrivate *priv;

  g_assert (g_type_is_a (type, QM_TYPE_ANNOTATION));
  g_assert (id != NULL && target != NULL && tags != NULL);

  /* The id is given at construction so that none is made up. */
  self = g_object_new (type, "id", id, NULL);
  g_free (id);
  priv = qm_annotation_get_instance_private (self);
  priv->origin = origin;
  priv->anchor_state = anchor_state;
  g_free (priv->creator);
  priv->creator = creator;
  g_clear_pointer (&priv->created, g_date_time_unref);
  priv->created = created;
  g_clear_pointer (&priv->modified, g_date_time_unref);
  priv->modified = modified;
  g_clear_pointer (&priv->target, qm_target_unref);
  priv->target = target;
  g_strfreev (priv->tags);
  priv->tags = tags;
  return self;
}

GListStore *
_qm_annotation_get_note_store (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_assert (QM_IS_ANNOTATION (self));
  return note_store (priv);
}

/**
 * qm_annotation_get_origin:
 * @self: a #QmAnnotation
 *
 * Returns: %QM_ORIGIN_AUTO when the analyzer made it
 */
QmOrigin
qm_annotation_get_origin (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), QM_ORIGIN_USER);
  return priv->origin;
}

/**
 * qm_annotation_get_creator:
 * @self: a #QmAnnotation
 *
 * Returns: (nullable): the user or program that made it
 */
const char *
qm_annotation_get_creator (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), NULL);
  return priv->creator;
}

/**
 * qm_annotation_get_created:
 * @self: a #QmAnnotation
 *
 * Returns: (transfer none) (nullable): when it was made (UTC, whole seconds)
 */
GDateTime *
qm_annotation_get_created (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), NULL);
  return priv->created;
}

/**
 * qm_annotation_get_modified:
 * @self: a #QmAnnotation
 *
 * Returns: (transfer none) (nullable): when it was last edited (UTC, whole seconds)
 */
GDateTime *
qm_annotation_get_modified (QmAnnotation *self)
{
  QmAnnotationPrivate *priv = qm_annotation_get_instance_private (self);

  g_return_val_if_fail (QM_IS_ANNOTATION (self), NULL);
  return priv->modified;
}

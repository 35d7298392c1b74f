/* qm-tag-group.c
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

#define G_LOG_DOMAIN "qm-tag"

#include "config.h"

#include <string.h>

#include "qm-annotation-private.h"
#include "qm-tag-group.h"

/**
 * QmTagGroup:
 *
 * A named group of tag categories, such as "Statement" or "Verification".
 * An exclusive group allows one of its categories per annotation.
 */
struct _QmTagGroup
{
  GObject     parent_instance;
  char       *id;
  char       *label;
  gboolean    exclusive;
  gboolean    builtin;
  GListStore *categories;
};

G_DEFINE_FINAL_TYPE (QmTagGroup, qm_tag_group, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_LABEL,
  PROP_EXCLUSIVE,
  PROP_BUILTIN,
  PROP_CATEGORIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qm_tag_group_constructed (GObject *object)
{
  QmTagGroup *self = (QmTagGroup *)object;

  G_OBJECT_CLASS (qm_tag_group_parent_class)->constructed (object);
  if (self->id == NULL)
    self->id = g_uuid_string_random ();
  if (self->label == NULL)
    self->label = g_strdup ("");
}

static void
qm_tag_group_dispose (GObject *object)
{
  QmTagGroup *self = (QmTagGroup *)object;

  g_clear_object (&self->categories);
  G_OBJECT_CLASS (qm_tag_group_parent_class)->dispose (object);
}

static void
qm_tag_group_finalize (GObject *object)
{
  QmTagGroup *self = (QmTagGroup *)object;

  g_free (self->id);
  g_free (self->label);
  G_OBJECT_CLASS (qm_tag_group_parent_class)->finalize (object);
}

static void
qm_tag_group_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  QmTagGroup *self = QM_TAG_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    case PROP_EXCLUSIVE: g_value_set_boolean (value, self->exclusive); break;
    case PROP_BUILTIN: g_value_set_boolean (value, self->builtin); break;
    case PROP_CATEGORIES: g_value_set_object (value, self->categories); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_tag_group_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  QmTagGroup *self = QM_TAG_GROUP (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = g_value_dup_string (value);
      break;
    case PROP_LABEL:
      g_free (self->label);
      self->label = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    case PROP_EXCLUSIVE: self->exclusive = g_value_get_boolean (value); break;
    case PROP_BUILTIN: self->builtin = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_tag_group_class_init (QmTagGroupClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = qm_tag_group_constructed;
  object_class->dispose = qm_tag_group_dispose;
  object_class->finalize = qm_tag_group_finalize;
  object_class->get_property = qm_tag_group_get_property;
  object_class->set_property = qm_tag_group_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_EXCLUSIVE] = g_param_spec_boolean ("exclusive", NULL, NULL, FALSE, flags);
  properties[PROP_BUILTIN] = g_param_spec_boolean ("builtin", NULL, NULL, FALSE, flags);
  properties[PROP_CATEGORIES] = g_param_spec_object ("categories", NULL, NULL, G_TYPE_LIST_MODEL,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_tag_group_init (QmTagGroup *self)
{
  self->categories = g_list_store_new (QM_TYPE_TAG_CATEGORY);
}

/**
 * qm_tag_group_new:
 * @label: the label shown to the user
 * @exclusive: whether an annotation can carry only one of its categories
 *
 * Returns: (transfer full): a new, empty group with a new id
 */
QmTagGroup *
qm_tag_group_new (const char *label,
                  gboolean    exclusive)
{
  return g_object_new (QM_TYPE_TAG_GROUP, "label", label, "exclusive", exclusive, NULL);
}

/**
 * qm_tag_group_get_id:
 * @self: a #QmTagGroup
 *
 * Returns: the id ("statement" and "verification" for the built-in groups)
 */
const char *
qm_tag_group_get_id (QmTagGroup *self)
{
  g_return_val_if_fail (QM_IS_TAG_GROUP (self), NULL);
  return self->id;
}

/**
 * qm_tag_group_get_label:
 * @self: a #QmTagGroup
 *
 * The label to show: a built-in group's in the user's language until it
 * is renamed. The #QmTagGroup:label property is the label as saved.
 *
 * Returns: the label
 */
const char *
qm_tag_group_get_label (QmTagGroup *self)
{
  g_return_val_if_fail (QM_IS_TAG_GROUP (self), NULL);
  return _qm_tag_display_label (self->id, self->label);
}

const char *
_qm_tag_group_get_saved_label (QmTagGroup *self)
{
  return self->label;
}

/**
 * qm_tag_group_get_exclusive:
 * @self: a #QmTagGroup
 *
 * Returns: %TRUE if an annotation carries at most one category of the group
 */
gboolean
qm_tag_group_get_exclusive (QmTagGroup *self)
{
  g_return_val_if_fail (QM_IS_TAG_GROUP (self), FALSE);
  return self->exclusive;
}

/**
 * qm_tag_group_get_builtin:
 * @self: a #QmTagGroup
 *
 * Returns: %TRUE for the default "Statement" and "Verification" groups
 */
gboolean
qm_tag_group_get_builtin (QmTagGroup *self)
{
  g_return_val_if_fail (QM_IS_TAG_GROUP (self), FALSE);
  return self->builtin;
}

/**
 * qm_tag_group_get_categories:
 * @self: a #QmTagGroup
 *
 * Returns: (transfer none): a #GListModel of #QmTagCategory
 */
GListModel *
qm_tag_group_get_categories (QmTagGroup *self)
{
  g_return_val_if_fail (QM_IS_TAG_GROUP (self), NULL);
  return G_LIST_MODEL (self->categories);
}

/**
 * qm_tag_group_lookup:
 * @self: a #QmTagGroup
 * @category_id: an id
 *
 * Returns: (transfer none) (nullable): the category of this group with that id
 */
QmTagCategory *
qm_tag_group_lookup (QmTagGroup *self,
                     const char *category_id)
{
  guint n;

  g_return_val_if_fail (QM_IS_TAG_GROUP (self), NULL);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->categories));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QmTagCategory) cat = g_list_model_get_item (G_LIST_MODEL (self->categories), i);

      if (g_strcmp0 (qm_tag_category_get_id (cat), category_id) == 0)
        return cat;
    }
  return NULL;
}

GListStore *
_qm_tag_group_get_store (QmTagGroup *self)
{
  g_assert (QM_IS_TAG_GROUP (self));
  return self->categories;
}

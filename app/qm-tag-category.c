/* qm-tag-category.c
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

#include "qm-annotation-private.h"
#include "qm-tag-category.h"

/**
 * QmTagCategory:
 *
 * One category of a tag group ("promise", "misleading"), with a label and
 * a colour. Annotations refer to categories by id.
 */
struct _QmTagCategory
{
  GObject  parent_instance;
  char    *id;
  char    *group_id;
  char    *label;
  char    *color;
};

G_DEFINE_FINAL_TYPE (QmTagCategory, qm_tag_category, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_GROUP_ID,
  PROP_LABEL,
  PROP_COLOR,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qm_tag_category_constructed (GObject *object)
{
  QmTagCategory *self = (QmTagCategory *)object;

  G_OBJECT_CLASS (qm_tag_category_parent_class)->constructed (object);
  if (self->id == NULL)
    self->id = g_uuid_string_random ();
  if (self->label == NULL)
    self->label = g_strdup ("");
}

static void
qm_tag_category_finalize (GObject *object)
{
  QmTagCategory *self = (QmTagCategory *)object;

  g_free (self->id);
  g_free (self->group_id);
  g_free (self->label);
  g_free (self->color);
  G_OBJECT_CLASS (qm_tag_category_parent_class)->finalize (object);
}

static void
qm_tag_category_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  QmTagCategory *self = QM_TAG_CATEGORY (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_GROUP_ID: g_value_set_string (value, self->group_id); break;
    case PROP_LABEL: g_value_set_string (value, self->label); break;
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_tag_category_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  QmTagCategory *self = QM_TAG_CATEGORY (object);
  char **slot;

  switch (prop_id)
    {
    case PROP_ID: slot = &self->id; break;
    case PROP_GROUP_ID: slot = &self->group_id; break;
    case PROP_LABEL: slot = &self->label; break;
    case PROP_COLOR: slot = &self->color; break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_free (*slot);
  *slot = g_value_dup_string (value);
  if (prop_id == PROP_LABEL && self->label == NULL)
    self->label = g_strdup ("");
}

static void
qm_tag_category_class_init (QmTagCategoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = qm_tag_category_constructed;
  object_class->finalize = qm_tag_category_finalize;
  object_class->get_property = qm_tag_category_get_property;
  object_class->set_property = qm_tag_category_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_GROUP_ID] = g_param_spec_string ("group-id", NULL, NULL, NULL, flags);
  properties[PROP_LABEL] = g_param_spec_string ("label", NULL, NULL, NULL, flags);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_tag_category_init (QmTagCategory *self)
{
}

/**
 * qm_tag_category_new:
 * @label: the label shown to the user
 * @color: (nullable): the colour as "#rrggbb"
 *
 * Returns: (transfer full): a new category with a new id
 */
QmTagCategory *
qm_tag_category_new (const char *label,
                     const char *color)
{
  return g_object_new (QM_TYPE_TAG_CATEGORY, "label", label, "color", color, NULL);
}

/**
 * qm_tag_category_get_id:
 * @self: a #QmTagCategory
 *
 * Returns: the id annotations refer to
 */
const char *
qm_tag_category_get_id (QmTagCategory *self)
{
  g_return_val_if_fail (QM_IS_TAG_CATEGORY (self), NULL);
  return self->id;
}

/**
 * qm_tag_category_get_group_id:
 * @self: a #QmTagCategory
 *
 * Returns: (nullable): the id of the group it belongs to
 */
const char *
qm_tag_category_get_group_id (QmTagCategory *self)
{
  g_return_val_if_fail (QM_IS_TAG_CATEGORY (self), NULL);
  return self->group_id;
}

/**
 * qm_tag_category_get_label:
 * @self: a #QmTagCategory
 *
 * The label to show: a built-in category's in the user's language until
 * it is renamed. The #QmTagCategory:label property is the label as saved.
 *
 * Returns: the label
 */
const char *
qm_tag_category_get_label (QmTagCategory *self)
{
  g_return_val_if_fail (QM_IS_TAG_CATEGORY (self), NULL);
  return _qm_tag_display_label (self->id, self->label);
}

const char *
_qm_tag_category_get_saved_label (QmTagCategory *self)
{
  return self->label;
}

/**
 * qm_tag_category_get_color:
 * @self: a #QmTagCategory
 *
 * Returns: (nullable): the colour as "#rrggbb"
 */
const char *
qm_tag_category_get_color (QmTagCategory *self)
{
  g_return_val_if_fail (QM_IS_TAG_CATEGORY (self), NULL);
  return self->color;
}

/* qm-person.c
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

#define G_LOG_DOMAIN "qm-person"

#include "config.h"

#include "qm-annotation-private.h"
#include "qm-person.h"

/**
 * QmPerson:
 *
 * A speaker: a display name, other forms of the name, a role and the colour
 * the window marks their quotes with. Change it through the
 * qm_annotation_set_set_person_…() edits so the change can be undone.
 */
struct _QmPerson
{
  GObject   parent_instance;
  char     *id;
  char     *name;
  char    **aliases;
  char     *role;
  char     *color;
  gboolean  organisation;
  QmOrigin  origin;
};

G_DEFINE_FINAL_TYPE (QmPerson, qm_person, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ALIASES,
  PROP_ROLE,
  PROP_COLOR,
  PROP_ORGANISATION,
  PROP_ORIGIN,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qm_person_constructed (GObject *object)
{
  QmPerson *self = (QmPerson *)object;

  G_OBJECT_CLASS (qm_person_parent_class)->constructed (object);
  if (self->id == NULL)
    self->id = g_uuid_string_random ();
  if (self->name == NULL)
    self->name = g_strdup ("");
  if (self->aliases == NULL)
    self->aliases = g_new0 (char *, 1);
}

static void
qm_person_finalize (GObject *object)
{
  QmPerson *self = (QmPerson *)object;

  g_free (self->id);
  g_free (self->name);
  g_strfreev (self->aliases);
  g_free (self->role);
  g_free (self->color);
  G_OBJECT_CLASS (qm_person_parent_class)->finalize (object);
}

static void
qm_person_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  QmPerson *self = QM_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_ALIASES: g_value_set_boxed (value, self->aliases); break;
    case PROP_ROLE: g_value_set_string (value, self->role); break;
    case PROP_COLOR: g_value_set_string (value, self->color); break;
    case PROP_ORGANISATION: g_value_set_boolean (value, self->organisation); break;
    case PROP_ORIGIN: g_value_set_enum (value, self->origin); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

/* Empty strings are stored as absent so that files do not hold empty attributes. */
static char *
dup_nonempty (const GValue *value)
{
  const char *s = g_value_get_string (value);

  return s != NULL && *s != '\0' ? g_strdup (s) : NULL;
}

static void
qm_person_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  QmPerson *self = QM_PERSON (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = g_value_dup_string (value);
      break;
    case PROP_NAME:
      g_free (self->name);
      self->name = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    case PROP_ALIASES:
      g_strfreev (self->aliases);
      self->aliases = g_value_dup_boxed (value);
      if (self->aliases == NULL)
        self->aliases = g_new0 (char *, 1);
      break;
    case PROP_ROLE:
      g_free (self->role);
      self->role = dup_nonempty (value);
      break;
    case PROP_COLOR:
      g_free (self->color);
      self->color = dup_nonempty (value);
      break;
    case PROP_ORGANISATION: self->organisation = g_value_get_boolean (value); break;
    case PROP_ORIGIN: self->origin = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_person_class_init (QmPersonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = qm_person_constructed;
  object_class->finalize = qm_person_finalize;
  object_class->get_property = qm_person_get_property;
  object_class->set_property = qm_person_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL, flags);
  properties[PROP_ALIASES] = g_param_spec_boxed ("aliases", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_ROLE] = g_param_spec_string ("role", NULL, NULL, NULL, flags);
  properties[PROP_COLOR] = g_param_spec_string ("color", NULL, NULL, NULL, flags);
  properties[PROP_ORGANISATION] = g_param_spec_boolean ("organisation", NULL, NULL, FALSE, flags);
  properties[PROP_ORIGIN] = g_param_spec_enum ("origin", NULL, NULL, QM_TYPE_ORIGIN, QM_ORIGIN_USER, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_person_init (QmPerson *self)
{
  self->origin = QM_ORIGIN_USER;
}

/**
 * qm_person_new:
 * @name: the display name
 *
 * Creates a person made by the user, with a new id. Other fields can be
 * given at construction with g_object_new().
 *
 * Returns: (transfer full): a new person
 */
QmPerson *
qm_person_new (const char *name)
{
  return g_object_new (QM_TYPE_PERSON, "name", name, NULL);
}

/**
 * qm_person_get_id:
 * @self: a #QmPerson
 *
 * Returns: the UUID
 */
const char *
qm_person_get_id (QmPerson *self)
{
  g_return_val_if_fail (QM_IS_PERSON (self), NULL);
  return self->id;
}

/**
 * qm_person_get_name:
 * @self: a #QmPerson
 *
 * Returns: the display name, never %NULL
 */
const char *
qm_person_get_name (QmPerson *self)
{
  g_return_val_if_fail (QM_IS_PERSON (self), NULL);
  return self->name;
}

/**
 * qm_person_get_aliases:
 * @self: a #QmPerson
 *
 * Returns: (transfer none): other forms of the name, never %NULL
 */
const char * const *
qm_person_get_aliases (QmPerson *self)
{
  g_return_val_if_fail (QM_IS_PERSON (self), NULL);
  return (const char * const *)self->aliases;
}

/**
 * qm_person_get_role:
 * @self: a #QmPerson
 *
 * Returns: (nullable): the role ("Mayor of Port Aldwick")
 */
const char *
qm_person_get_role (QmPerson *self)
{
  g_return_val_if_fail (QM_IS_PERSON (self), NULL);
  return self->role;
}

/**
 * qm_person_get_color:
 * @self: a #QmPerson
 *
 * Returns: (nullable): the colour as "#rrggbb"
 */
const char *
qm_person_get_color (QmPerson *self)
{
  g_return_val_if_fail (QM_IS_PERSON (self), NULL);
  return self->color;
}

/**
 * qm_person_get_organisation:
 * @self: a #QmPerson
 *
 * Returns: %TRUE if the speaker is an organisation rather than a person
 */
gboolean
qm_person_get_organisation (QmPerson *self)
{
  g_return_val_if_fail (QM_IS_PERSON (self), FALSE);
  return self->organisation;
}

/**
 * qm_person_get_origin:
 * @self: a #QmPerson
 *
 * Returns: whether the analyzer or the user added the person
 */
QmOrigin
qm_person_get_origin (QmPerson *self)
{
  g_return_val_if_fail (QM_IS_PERSON (self), QM_ORIGIN_USER);
  return self->origin;
}

static gboolean
same_name (const char *a,
           const char *b)
{
  g_autofree char *fa = g_utf8_casefold (a, -1);
  g_autofree char *fb = g_utf8_casefold (b, -1);

  return g_strcmp0 (fa, fb) == 0;
}

/**
 * qm_person_has_name:
 * @self: a #QmPerson
 * @name: a name
 *
 * Returns: %TRUE if @name is the person's name or one of the aliases,
 *   ignoring case
 */
gboolean
qm_person_has_name (QmPerson   *self,
                    const char *name)
{
  g_return_val_if_fail (QM_IS_PERSON (self), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);

  if (same_name (self->name, name))
    return TRUE;
  for (guint i = 0; self->aliases[i] != NULL; i++)
    if (same_name (self->aliases[i], name))
      return TRUE;
  return FALSE;
}

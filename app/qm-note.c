/* qm-note.c
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

#define G_LOG_DOMAIN "qm-note"

#include "config.h"

#include "qm-annotation-private.h"
#include "qm-note.h"

/**
 * QmNote:
 *
 * A note on an annotation: text, author and time. Change it through
 * qm_annotation_set_set_note_text() so the change can be undone.
 */
struct _QmNote
{
  GObject    parent_instance;
  char      *id;
  char      *text;
  char      *author;
  GDateTime *created;
  GDateTime *modified;
};

G_DEFINE_FINAL_TYPE (QmNote, qm_note, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TEXT,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_MODIFIED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qm_note_constructed (GObject *object)
{
  QmNote *self = (QmNote *)object;

  G_OBJECT_CLASS (qm_note_parent_class)->constructed (object);
  if (self->id == NULL)
    self->id = g_uuid_string_random ();
  if (self->text == NULL)
    self->text = g_strdup ("");
}

static void
qm_note_finalize (GObject *object)
{
  QmNote *self = (QmNote *)object;

  g_free (self->id);
  g_free (self->text);
  g_free (self->author);
  g_clear_pointer (&self->created, g_date_time_unref);
  g_clear_pointer (&self->modified, g_date_time_unref);
  G_OBJECT_CLASS (qm_note_parent_class)->finalize (object);
}

static void
qm_note_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  QmNote *self = QM_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_TEXT: g_value_set_string (value, self->text); break;
    case PROP_AUTHOR: g_value_set_string (value, self->author); break;
    case PROP_CREATED: g_value_set_boxed (value, self->created); break;
    case PROP_MODIFIED: g_value_set_boxed (value, self->modified); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_note_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  QmNote *self = QM_NOTE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_free (self->id);
      self->id = g_value_dup_string (value);
      break;
    case PROP_TEXT:
      g_free (self->text);
      self->text = g_strdup (g_value_get_string (value) ? g_value_get_string (value) : "");
      break;
    case PROP_AUTHOR:
      g_free (self->author);
      self->author = g_value_dup_string (value);
      break;
    case PROP_CREATED: _qm_set_date_from_value (&self->created, value); break;
    case PROP_MODIFIED: _qm_set_date_from_value (&self->modified, value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_note_class_init (QmNoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = qm_note_constructed;
  object_class->finalize = qm_note_finalize;
  object_class->get_property = qm_note_get_property;
  object_class->set_property = qm_note_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL, flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL, flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL, flags);
  properties[PROP_CREATED] = g_param_spec_boxed ("created", NULL, NULL, G_TYPE_DATE_TIME, flags);
  properties[PROP_MODIFIED] = g_param_spec_boxed ("modified", NULL, NULL, G_TYPE_DATE_TIME, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_note_init (QmNote *self)
{
}

/**
 * qm_note_new:
 * @text: the note's text
 *
 * Creates a note with a new id. Author and time are filled in when it is
 * added with qm_annotation_set_add_note().
 *
 * Returns: (transfer full): a new note
 */
QmNote *
qm_note_new (const char *text)
{
  return g_object_new (QM_TYPE_NOTE, "text", text, NULL);
}

QmNote *
_qm_note_new_loaded (char      *id,
                     char      *author,
                     char      *text,
                     GDateTime *created,
                     GDateTime *modified)
{
  QmNote *self;

  g_assert (id != NULL && text != NULL);

  /* The id is given at construction so that none is made up. */
  self = g_object_new (QM_TYPE_NOTE, "id", id, NULL);
  g_free (id);
  g_free (self->text);
  self->text = text;
  g_free (self->author);
  self->author = author;
  g_clear_pointer (&self->created, g_date_time_unref);
  self->created = created;
  g_clear_pointer (&self->modified, g_date_time_unref);
  self->modified = modified;
  return self;
}

/**
 * qm_note_get_id:
 * @self: a #QmNote
 *
 * Returns: the note's UUID
 */
const char *
qm_note_get_id (QmNote *self)
{
  g_return_val_if_fail (QM_IS_NOTE (self), NULL);
  return self->id;
}

/**
 * qm_note_get_text:
 * @self: a #QmNote
 *
 * Returns: the text, never %NULL
 */
const char *
qm_note_get_text (QmNote *self)
{
  g_return_val_if_fail (QM_IS_NOTE (self), NULL);
  return self->text;
}

/**
 * qm_note_get_author:
 * @self: a #QmNote
 *
 * Returns: (nullable): who wrote the note
 */
const char *
qm_note_get_author (QmNote *self)
{
  g_return_val_if_fail (QM_IS_NOTE (self), NULL);
  return self->author;
}

/**
 * qm_note_get_created:
 * @self: a #QmNote
 *
 * Returns: (transfer none) (nullable): when the note was written (UTC)
 */
GDateTime *
qm_note_get_created (QmNote *self)
{
  g_return_val_if_fail (QM_IS_NOTE (self), NULL);
  return self->created;
}

/**
 * qm_note_get_modified:
 * @self: a #QmNote
 *
 * Returns: (transfer none) (nullable): when the text last changed (UTC)
 */
GDateTime *
qm_note_get_modified (QmNote *self)
{
  g_return_val_if_fail (QM_IS_NOTE (self), NULL);
  return self->modified;
}

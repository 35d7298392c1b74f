/* qm-annotation-set.c
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

#define G_LOG_DOMAIN "qm-annotation-set"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "qm-annotation-private.h"
#include "qm-annotation-set-private.h"

/**
 * QmAnnotationSet:
 *
 * Everything known and decided about one article: people, quotes,
 * highlights, tag groups and notes, each list a #GListModel. Every change
 * after construction goes through the edit functions below; each edit is
 * recorded as one command (a list of primitive operations) that undo and
 * redo replay backwards and forwards.
 */

typedef enum
{
  OP_INSERT,
  OP_REMOVE,
  OP_SET,
} OpKind;

typedef struct
{
  OpKind      kind;
  GListStore *store;
  guint       position;
  GObject    *object;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
} Op;

typedef struct
{
  char      *label;
  GPtrArray *ops;
  guint64    serial;
} Command;

typedef struct
{
  gboolean modified;
  gboolean can_undo;
  gboolean can_redo;
  const char *undo_label;
  const char *redo_label;
} StateSnapshot;

struct _QmAnnotationSet
{
  GObject      parent_instance;

  QmText      *text;
  char        *source_name;
  char        *media_type;
  char        *encoding;
  char        *raw_sha256;
  gsize        raw_size;
  char        *extractor;
  gboolean     text_changed;

  GListStore  *people;
  GListStore  *quotes;
  GListStore  *highlights;
  GListStore  *tag_groups;
  GHashTable  *ids;          /* id → object, for people, annotations, groups, categories */
  GPtrArray   *foreign;

  char        *author;
  char        *read_only_reason;
  GFile       *loaded_from;

  GPtrArray   *undo_stack;   /* Command* */
  GPtrArray   *redo_stack;
  Command     *current;
  guint        group_depth;
  guint64      next_serial;
  guint64      saved_serial;
  gboolean     force_modified;
  StateSnapshot group_before;
};

G_DEFINE_FINAL_TYPE (QmAnnotationSet, qm_annotation_set, G_TYPE_OBJECT)

G_DEFINE_QUARK (qm-annotation-set-error-quark, qm_annotation_set_error)

enum {
  PROP_0,
  PROP_TEXT,
  PROP_AUTHOR,
  PROP_READ_ONLY,
  PROP_MODIFIED,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

enum {
  OBJECTS_CHANGED,
  CHANGED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
op_free (gpointer data)
{
  Op *op = data;

  g_clear_object (&op->store);
  g_clear_object (&op->object);
  if (G_IS_VALUE (&op->old_value))
    g_value_unset (&op->old_value);
  if (G_IS_VALUE (&op->new_value))
    g_value_unset (&op->new_value);
  g_free (op);
}

static void
command_free (gpointer data)
{
  Command *cmd = data;

  g_free (cmd->label);
  g_ptr_array_unref (cmd->ops);
  g_free (cmd);
}

char *
_qm_format_time (GDateTime *dt)
{
  g_autoptr(GDateTime) utc = NULL;

  if (dt == NULL)
    return NULL;
  utc = g_date_time_to_utc (dt);
  /* Four-digit years always (xsd:dateTime); %Y would print "58" for 0058. */
  return g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ", g_date_time_get_year (utc),
                          g_date_time_get_month (utc), g_date_time_get_day_of_month (utc),
                          g_date_time_get_hour (utc), g_date_time_get_minute (utc),
                          g_date_time_get_second (utc));
}

GDateTime *
_qm_parse_time (const char *str)
{
  g_autoptr(GDateTime) dt = NULL;

  if (str == NULL)
    return NULL;
  dt = g_date_time_new_from_iso8601 (str, NULL);
  if (dt == NULL)
    return NULL;
  return g_date_time_to_utc (dt);
}

/* Whole seconds, so a saved and reloaded time compares and prints equal. */
static GDateTime *
now_utc (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_new_utc (g_date_time_get_year (now), g_date_time_get_month (now),
                              g_date_time_get_day_of_month (now), g_date_time_get_hour (now),
                              g_date_time_get_minute (now), g_date_time_get_second (now) - g_date_time_get_microsecond (now) / 1e6);
}

static const char *
object_id (GObject *object)
{
  if (QM_IS_ANNOTATION (object))
    return qm_annotation_get_id (QM_ANNOTATION (object));
  if (QM_IS_PERSON (object))
    return qm_person_get_id (QM_PERSON (object));
  if (QM_IS_TAG_GROUP (object))
    return qm_tag_group_get_id (QM_TAG_GROUP (object));
  if (QM_IS_TAG_CATEGORY (object))
    return qm_tag_category_get_id (QM_TAG_CATEGORY (object));
  return NULL;
}

static void
register_object (QmAnnotationSet *self,
                 GObject         *object)
{
  const char *id = object_id (object);

  if (id != NULL)
    g_hash_table_insert (self->ids, (char *)id, object);
  if (QM_IS_TAG_GROUP (object))
    {
      GListModel *cats = qm_tag_group_get_categories (QM_TAG_GROUP (object));

      for (guint i = 0; i < g_list_model_get_n_items (cats); i++)
        {
          g_autoptr(GObject) cat = g_list_model_get_item (cats, i);
          g_hash_table_insert (self->ids, (char *)object_id (cat), cat);
        }
    }
}

static void
unregister_object (QmAnnotationSet *self,
                   GObject         *object)
{
  const char *id = object_id (object);

  if (id != NULL && g_hash_table_lookup (self->ids, id) == object)
    g_hash_table_remove (self->ids, id);
  if (QM_IS_TAG_GROUP (object))
    {
      GListModel *cats = qm_tag_group_get_categories (QM_TAG_GROUP (object));

      for (guint i = 0; i < g_list_model_get_n_items (cats); i++)
        {
          g_autoptr(GObject) cat = g_list_model_get_item (cats, i);
          unregister_object (self, cat);
        }
    }
}

/* Stores whose items belong in the id registry (note stores do not). */
static gboolean
is_registered_store (QmAnnotationSet *self,
                     GListStore      *store)
{
  return store == self->people || store == self->quotes || store == self->highlights ||
         store == self->tag_groups || g_list_model_get_item_type (G_LIST_MODEL (store)) == QM_TYPE_TAG_CATEGORY;
}

static void
op_do (QmAnnotationSet *self,
       Op              *op,
       gboolean         forward)
{
  gboolean insert;

  switch (op->kind)
    {
    case OP_INSERT:
    case OP_REMOVE:
      insert = (op->kind == OP_INSERT) == forward;
      if (insert)
        {
          g_list_store_insert (op->store, op->position, op->object);
          if (is_registered_store (self, op->store))
            register_object (self, op->object);
        }
      else
        {
          g_assert (g_list_model_get_n_items (G_LIST_MODEL (op->store)) > op->position);
          if (is_registered_store (self, op->store))
            unregister_object (self, op->object);
          g_list_store_remove (op->store, op->position);
        }
      break;

    case OP_SET:
      _qm_object_poke (op->object, op->pspec->name, forward ? &op->new_value : &op->old_value);
      break;

    default:
      g_assert_not_reached ();
    }
}

static gboolean
compute_modified (QmAnnotationSet *self)
{
  guint64 top = 0;

  if (self->undo_stack->len > 0)
    top = ((Command *)g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->serial;
  return self->force_modified || top != self->saved_serial;
}

static void
snapshot (QmAnnotationSet *self,
          StateSnapshot   *snap)
{
  snap->modified = compute_modified (self);
  snap->can_undo = self->undo_stack->len > 0;
  snap->can_redo = self->redo_stack->len > 0;
  snap->undo_label = qm_annotation_set_get_undo_label (self);
  snap->redo_label = qm_annotation_set_get_redo_label (self);
}

static void
notify_changes (QmAnnotationSet     *self,
                const StateSnapshot *before)
{
  StateSnapshot after;

  snapshot (self, &after);
  if (before->modified != after.modified)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
  if (before->can_undo != after.can_undo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_UNDO]);
  if (before->can_redo != after.can_redo)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CAN_REDO]);
  if (before->undo_label != after.undo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNDO_LABEL]);
  if (before->redo_label != after.redo_label)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REDO_LABEL]);
}

/* Says what @cmd did, done (@forward) or undone: its steps in the order
 * they were applied, an undone addition being a removal and the other way
 * round. Then ::changed. */
static void
emit_changes (QmAnnotationSet *self,
              Command         *cmd,
              gboolean         forward)
{
  if (g_signal_has_handler_pending (self, signals[OBJECTS_CHANGED], 0, FALSE))
    {
      g_autoptr(GArray) changes = NULL;

      changes = g_array_sized_new (FALSE, TRUE, sizeof (QmSetChange), cmd->ops->len);
      for (guint i = 0; i < cmd->ops->len; i++)
        {
          Op *op = g_ptr_array_index (cmd->ops, forward ? i : cmd->ops->len - 1 - i);
          QmSetChange change = { QM_SET_CHANGE_PROPERTY, op->object, NULL, 0, NULL };

          if (op->kind == OP_SET)
            {
              change.property = op->pspec->name;
            }
          else
            {
              change.kind = (op->kind == OP_INSERT) == forward ? QM_SET_CHANGE_ADDED
                                                               : QM_SET_CHANGE_REMOVED;
              change.list = G_LIST_MODEL (op->store);
              change.position = op->position;
            }
          g_array_append_val (changes, change);
        }
      g_signal_emit (self, signals[OBJECTS_CHANGED], 0, changes);
    }
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
begin (QmAnnotationSet *self,
       const char      *label)
{
  if (self->group_depth++ > 0)
    return;
  g_assert (self->current == NULL);
  snapshot (self, &self->group_before);
  self->current = g_new0 (Command, 1);
  self->current->label = g_strdup (label);
  self->current->ops = g_ptr_array_new_with_free_func (op_free);
}

static void
end (QmAnnotationSet *self)
{
  Command *cmd;
  StateSnapshot before;

  g_assert (self->group_depth > 0);
  if (--self->group_depth > 0)
    return;

  cmd = g_steal_pointer (&self->current);
  before = self->group_before;
  if (cmd->ops->len == 0)
    {
      command_free (cmd);
      return;
    }
  cmd->serial = ++self->next_serial;
  g_ptr_array_add (self->undo_stack, cmd);
  g_ptr_array_set_size (self->redo_stack, 0);
  notify_changes (self, &before);
  emit_changes (self, cmd, TRUE);
}

static void
record (QmAnnotationSet *self,
        Op              *op)
{
  g_assert (self->current != NULL);
  op_do (self, op, TRUE);
  g_ptr_array_add (self->current->ops, op);
}

static void
record_insert (QmAnnotationSet *self,
               GListStore      *store,
               guint            position,
               gpointer         object)
{
  Op *op = g_new0 (Op, 1);

  op->kind = OP_INSERT;
  op->store = g_object_ref (store);
  op->position = position;
  op->object = g_object_ref (object);
  record (self, op);
}

static gboolean
find_in_store (GListStore *store,
               gpointer    object,
               guint      *position)
{
  return g_list_store_find (store, object, position);
}

static void
record_remove (QmAnnotationSet *self,
               GListStore      *store,
               gpointer         object)
{
  Op *op;
  guint position;

  if (!find_in_store (store, object, &position))
    g_assert_not_reached ();
  op = g_new0 (Op, 1);
  op->kind = OP_REMOVE;
  op->store = g_object_ref (store);
  op->position = position;
  op->object = g_object_ref (object);
  record (self, op);
}

/* Records a property change; does nothing when the value is the same. */
static void
record_set (QmAnnotationSet *self,
            gpointer         object,
            const char      *property,
            const GValue    *value)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  Op *op;

  g_assert (pspec != NULL);
  op = g_new0 (Op, 1);
  op->kind = OP_SET;
  op->object = g_object_ref (object);
  op->pspec = pspec;
  g_value_init (&op->old_value, pspec->value_type);
  g_value_init (&op->new_value, pspec->value_type);
  g_object_get_property (object, property, &op->old_value);
  g_value_copy (value, &op->new_value);
  /* Boxed values compare by pointer here; callers compare them by content first. */
  if (!G_VALUE_HOLDS_BOXED (value) && g_param_values_cmp (pspec, &op->old_value, &op->new_value) == 0)
    {
      op_free (op);
      return;
    }
  record (self, op);
}

static gboolean
strv_equal0 (const char * const *a,
             const char * const *b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal (a, b);
}

static void
record_set_string (QmAnnotationSet *self,
                   gpointer         object,
                   const char      *property,
                   const char      *str)
{
  g_auto(GValue) v = G_VALUE_INIT;
  g_autofree char *old = NULL;

  g_object_get (object, property, &old, NULL);
  if (g_strcmp0 (old, str) == 0)
    return;
  g_value_init (&v, G_TYPE_STRING);
  g_value_set_string (&v, str);
  record_set (self, object, property, &v);
}

static void
record_set_strv (QmAnnotationSet    *self,
                 gpointer            object,
                 const char         *property,
                 const char * const *strv)
{
  g_auto(GValue) v = G_VALUE_INIT;
  g_auto(GStrv) old = NULL;

  g_object_get (object, property, &old, NULL);
  if (strv_equal0 ((const char * const *)old, strv))
    return;
  g_value_init (&v, G_TYPE_STRV);
  g_value_set_boxed (&v, strv);
  record_set (self, object, property, &v);
}

static void
record_set_enum (QmAnnotationSet *self,
                 gpointer         object,
                 const char      *property,
                 GType            type,
                 int              value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, type);
  g_value_set_enum (&v, value);
  record_set (self, object, property, &v);
}

static void
record_set_boolean (QmAnnotationSet *self,
                    gpointer         object,
                    const char      *property,
                    gboolean         value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_BOOLEAN);
  g_value_set_boolean (&v, value);
  record_set (self, object, property, &v);
}

static void
record_set_double (QmAnnotationSet *self,
                   gpointer         object,
                   const char      *property,
                   double           value)
{
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DOUBLE);
  g_value_set_double (&v, value);
  record_set (self, object, property, &v);
}

static void
record_set_target (QmAnnotationSet *self,
                   gpointer         object,
                   const char      *property,
                   QmTarget        *target)
{
  g_auto(GValue) v = G_VALUE_INIT;
  g_autoptr(QmTarget) old = NULL;

  g_object_get (object, property, &old, NULL);
  if (qm_target_equal (old, target))
    return;
  g_value_init (&v, QM_TYPE_TARGET);
  g_value_set_boxed (&v, target);
  record_set (self, object, property, &v);
}

/* Every edit of an annotation stamps its modified time; an automatic quote
 * the user changed counts as user work from then on.
 */
static void
touch (QmAnnotationSet *self,
       gpointer         object,
       gboolean         edited)
{
  g_autoptr(GDateTime) now = now_utc ();
  g_auto(GValue) v = G_VALUE_INIT;

  g_value_init (&v, G_TYPE_DATE_TIME);
  g_value_set_boxed (&v, now);
  record_set (self, object, "modified", &v);
  if (edited && QM_IS_QUOTE (object) && !qm_quote_get_edited (object) &&
      qm_annotation_get_origin (object) == QM_ORIGIN_AUTO)
    record_set_boolean (self, object, "edited", TRUE);
}

static gboolean
check_writable (QmAnnotationSet  *self,
                GError          **error)
{
  if (self->read_only_reason != NULL)
    {
      g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_READ_ONLY,
                   /* Translators: %s says why, e.g. that a newer version of Quotemark wrote them */
                   _("The annotations are read-only: %s"), self->read_only_reason);
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_member (QmAnnotationSet  *self,
              gpointer          object,
              GError          **error)
{
  const char *id = object_id (object);

  if (id == NULL || g_hash_table_lookup (self->ids, id) != object)
    {
      g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_NOT_FOUND,
                   /* Translators: %s is the name of a program type, such as QmQuote or QmPerson */
                   _("The %s is not part of these annotations"), G_OBJECT_TYPE_NAME (object));
      return FALSE;
    }
  return TRUE;
}

static gboolean
check_span (QmAnnotationSet  *self,
            gsize             start,
            gsize             end,
            GError          **error)
{
  if (start >= end || end > qm_text_get_length (self->text))
    {
      g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                   /* Translators: a span of the text from one character offset to another, and the length of the text */
                   _("The span %lu–%lu is empty or outside the text (%lu characters)"),
                   (gulong)start, (gulong)end, (gulong)qm_text_get_length (self->text));
      return FALSE;
    }
  return TRUE;
}

/* The tag groups every set starts with. Their labels are saved as
 * written here and shown in the user's language until renamed. */
static const struct
{
  const char *group;
  const char *label;
  gboolean    exclusive;
  const char *cats[5][3];
} builtin_tags[] = {
  { QM_TAG_GROUP_STATEMENT, NC_("tag", "Statement"), FALSE, {
      { "statement-claim", NC_("tag", "Claim"), "#1c71d8" },
      { "statement-opinion", NC_("tag", "Opinion"), "#9141ac" },
      { "statement-fact", NC_("tag", "Fact"), "#26a269" },
      { "statement-promise", NC_("tag", "Promise"), "#e5a50a" },
      { "statement-prediction", NC_("tag", "Prediction"), "#c64600" } } },
  { QM_TAG_GROUP_VERIFICATION, NC_("tag", "Verification"), TRUE, {
      { "verification-unverified", NC_("tag", "Unverified"), "#77767b" },
      { "verification-true", NC_("tag", "True"), "#2ec27e" },
      { "verification-misleading", NC_("tag", "Misleading"), "#f5c211" },
      { "verification-false", NC_("tag", "False"), "#e01b24" },
      { "verification-unverifiable", NC_("tag", "Unverifiable"), "#986a44" } } },
};

/*
 * _qm_tag_display_label:
 * @id: (nullable): the id of a tag group or category
 * @label: its saved label
 *
 * A built-in group's or category's label in the user's language while it
 * is still the one it was made with; any other label as saved.
 *
 * Returns: the label to show
 */
const char *
_qm_tag_display_label (const char *id,
                       const char *label)
{
  if (id == NULL || label == NULL)
    return label;
  for (guint g = 0; g < G_N_ELEMENTS (builtin_tags); g++)
    {
      if (strcmp (id, builtin_tags[g].group) == 0)
        return strcmp (label, builtin_tags[g].label) == 0 ? g_dpgettext2 (GETTEXT_PACKAGE, "tag", label) : label;
      for (guint c = 0; c < G_N_ELEMENTS (builtin_tags[g].cats); c++)
        if (strcmp (id, builtin_tags[g].cats[c][0]) == 0)
          return strcmp (label, builtin_tags[g].cats[c][1]) == 0 ? g_dpgettext2 (GETTEXT_PACKAGE, "tag", label) : label;
    }
  return label;
}

static void
add_builtin_groups (QmAnnotationSet *self)
{
  for (guint g = 0; g < G_N_ELEMENTS (builtin_tags); g++)
    {
      g_autoptr(QmTagGroup) group = g_object_new (QM_TYPE_TAG_GROUP,
                                                  "id", builtin_tags[g].group,
                                                  "label", builtin_tags[g].label,
                                                  "exclusive", builtin_tags[g].exclusive,
                                                  "builtin", TRUE,
                                                  NULL);

      for (guint c = 0; c < 5; c++)
        {
          g_autoptr(QmTagCategory) cat = g_object_new (QM_TYPE_TAG_CATEGORY,
                                                       "id", builtin_tags[g].cats[c][0],
                                                       "group-id", builtin_tags[g].group,
                                                       "label", builtin_tags[g].cats[c][1],
                                                       "color", builtin_tags[g].cats[c][2],
                                                       NULL);
          g_list_store_append (_qm_tag_group_get_store (group), cat);
        }
      g_list_store_append (self->tag_groups, group);
      register_object (self, G_OBJECT (group));
    }
}

static void
qm_annotation_set_dispose (GObject *object)
{
  QmAnnotationSet *self = (QmAnnotationSet *)object;

  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->ids, g_hash_table_unref);
  g_clear_object (&self->people);
  g_clear_object (&self->quotes);
  g_clear_object (&self->highlights);
  g_clear_object (&self->tag_groups);
  g_clear_object (&self->text);
  g_clear_object (&self->loaded_from);
  G_OBJECT_CLASS (qm_annotation_set_parent_class)->dispose (object);
}

static void
qm_annotation_set_finalize (GObject *object)
{
  QmAnnotationSet *self = (QmAnnotationSet *)object;

  g_free (self->source_name);
  g_free (self->media_type);
  g_free (self->encoding);
  g_free (self->raw_sha256);
  g_free (self->extractor);
  g_free (self->author);
  g_free (self->read_only_reason);
  g_clear_pointer (&self->foreign, g_ptr_array_unref);
  if (self->current != NULL)
    command_free (self->current);
  G_OBJECT_CLASS (qm_annotation_set_parent_class)->finalize (object);
}

static void
qm_annotation_set_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  QmAnnotationSet *self = QM_ANNOTATION_SET (object);

  switch (prop_id)
    {
    case PROP_TEXT: g_value_set_object (value, self->text); break;
    case PROP_AUTHOR: g_value_set_string (value, self->author); break;
    case PROP_READ_ONLY: g_value_set_boolean (value, self->read_only_reason != NULL); break;
    case PROP_MODIFIED: g_value_set_boolean (value, qm_annotation_set_get_modified (self)); break;
    case PROP_CAN_UNDO: g_value_set_boolean (value, qm_annotation_set_get_can_undo (self)); break;
    case PROP_CAN_REDO: g_value_set_boolean (value, qm_annotation_set_get_can_redo (self)); break;
    case PROP_UNDO_LABEL: g_value_set_string (value, qm_annotation_set_get_undo_label (self)); break;
    case PROP_REDO_LABEL: g_value_set_string (value, qm_annotation_set_get_redo_label (self)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_annotation_set_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  QmAnnotationSet *self = QM_ANNOTATION_SET (object);

  switch (prop_id)
    {
    case PROP_TEXT: self->text = g_value_dup_object (value); break;
    case PROP_AUTHOR: qm_annotation_set_set_author (self, g_value_get_string (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_annotation_set_constructed (GObject *object)
{
  QmAnnotationSet *self = (QmAnnotationSet *)object;

  G_OBJECT_CLASS (qm_annotation_set_parent_class)->constructed (object);
  g_assert (QM_IS_TEXT (self->text));
  add_builtin_groups (self);
}

static void
qm_annotation_set_class_init (QmAnnotationSetClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags ro = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->constructed = qm_annotation_set_constructed;
  object_class->dispose = qm_annotation_set_dispose;
  object_class->finalize = qm_annotation_set_finalize;
  object_class->get_property = qm_annotation_set_get_property;
  object_class->set_property = qm_annotation_set_set_property;

  properties[PROP_TEXT] = g_param_spec_object ("text", NULL, NULL, QM_TYPE_TEXT,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL,
                                                 G_PARAM_READWRITE | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE, ro);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, ro);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, ro);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, ro);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, ro);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QmAnnotationSet::objects-changed:
   * @self: the set
   * @changes: (element-type QmSetChange) (transfer none): each step of the
   *   edit, undo or redo, in the order it was applied: which person, quote,
   *   highlight, tag group, tag or note was added (to which list, where),
   *   removed, or had which property changed
   *
   * Emitted after every edit, undo and redo, before #QmAnnotationSet::changed,
   * so that a view can follow what changed instead of going through
   * everything. Undoing an addition reports a removal. The objects are
   * those of the steps: a property changed twice is reported twice.
   */
  signals[OBJECTS_CHANGED] = g_signal_new ("objects-changed", G_TYPE_FROM_CLASS (klass),
                                           G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 1,
                                           G_TYPE_ARRAY | G_SIGNAL_TYPE_STATIC_SCOPE);

  /**
   * QmAnnotationSet::changed:
   *
   * Emitted after every edit, undo and redo.
   */
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
qm_annotation_set_init (QmAnnotationSet *self)
{
  const char *name = g_get_real_name ();

  self->people = g_list_store_new (QM_TYPE_PERSON);
  self->quotes = g_list_store_new (QM_TYPE_QUOTE);
  self->highlights = g_list_store_new (QM_TYPE_HIGHLIGHT);
  self->tag_groups = g_list_store_new (QM_TYPE_TAG_GROUP);
  self->ids = g_hash_table_new (g_str_hash, g_str_equal);
  self->foreign = g_ptr_array_new_with_free_func (g_free);
  self->undo_stack = g_ptr_array_new_with_free_func (command_free);
  self->redo_stack = g_ptr_array_new_with_free_func (command_free);
  self->author = g_strdup (name != NULL && strcmp (name, "Unknown") != 0 ? name : g_get_user_name ());
}

/**
 * qm_annotation_set_new:
 * @text: the article's text
 *
 * Creates an empty set with the default tag groups, for a text without a
 * source file (tests, pasted text).
 *
 * Returns: (transfer full): a new set
 */
QmAnnotationSet *
qm_annotation_set_new (QmText *text)
{
  g_return_val_if_fail (QM_IS_TEXT (text), NULL);
  return g_object_new (QM_TYPE_ANNOTATION_SET, "text", text, NULL);
}

/**
 * qm_annotation_set_new_for_source:
 * @source: a loaded article
 *
 * Creates an empty set for @source, recording its name, media type,
 * encoding, checksums and extractor for the sidecar.
 *
 * Returns: (transfer full): a new set
 */
QmAnnotationSet *
qm_annotation_set_new_for_source (QmSource *source)
{
  QmAnnotationSet *self;

  g_return_val_if_fail (QM_IS_SOURCE (source), NULL);

  self = qm_annotation_set_new (qm_source_get_text (source));
  _qm_annotation_set_set_source_info (self, qm_source_get_name (source),
                                      qm_source_get_media_type (source),
                                      qm_source_get_encoding (source),
                                      qm_source_get_raw_sha256 (source),
                                      qm_source_get_raw_size (source),
                                      qm_source_get_extractor (source));
  return self;
}

void
_qm_annotation_set_set_source_info (QmAnnotationSet *self,
                                    const char      *name,
                                    const char      *media_type,
                                    const char      *encoding,
                                    const char      *raw_sha256,
                                    gsize            raw_size,
                                    const char      *extractor)
{
  g_assert (QM_IS_ANNOTATION_SET (self));
  g_free (self->source_name);
  self->source_name = g_strdup (name);
  g_free (self->media_type);
  self->media_type = g_strdup (media_type);
  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
  g_free (self->raw_sha256);
  self->raw_sha256 = g_strdup (raw_sha256);
  self->raw_size = raw_size;
  g_free (self->extractor);
  self->extractor = g_strdup (extractor);
}

/**
 * qm_annotation_set_get_text:
 * @self: a #QmAnnotationSet
 *
 * Returns: (transfer none): the article's text
 */
QmText *
qm_annotation_set_get_text (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return self->text;
}

/**
 * qm_annotation_set_get_source_name:
 * @self: a #QmAnnotationSet
 *
 * Returns: (nullable): the article's file name (no folder)
 */
const char *
qm_annotation_set_get_source_name (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return self->source_name;
}

/**
 * qm_annotation_set_get_media_type:
 * @self: a #QmAnnotationSet
 *
 * Returns: (nullable): "text/plain" or "text/html"
 */
const char *
qm_annotation_set_get_media_type (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return self->media_type;
}

/**
 * qm_annotation_set_get_encoding:
 * @self: a #QmAnnotationSet
 *
 * Returns: (nullable): the encoding the article was decoded from
 */
const char *
qm_annotation_set_get_encoding (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return self->encoding;
}

/**
 * qm_annotation_set_get_raw_sha256:
 * @self: a #QmAnnotationSet
 *
 * Returns: (nullable): the SHA-256 of the article's bytes
 */
const char *
qm_annotation_set_get_raw_sha256 (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return self->raw_sha256;
}

/**
 * qm_annotation_set_get_raw_size:
 * @self: a #QmAnnotationSet
 *
 * Returns: the size of the article file in bytes (0 if unknown)
 */
gsize
qm_annotation_set_get_raw_size (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), 0);
  return self->raw_size;
}

/**
 * qm_annotation_set_get_extractor:
 * @self: a #QmAnnotationSet
 *
 * Returns: (nullable): the HTML extractor's name and version
 */
const char *
qm_annotation_set_get_extractor (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return self->extractor;
}

/**
 * qm_annotation_set_get_text_changed:
 * @self: a #QmAnnotationSet
 *
 * Returns: %TRUE if the sidecar was written for a different text and the
 *   annotations were re-anchored when loading
 */
gboolean
qm_annotation_set_get_text_changed (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  return self->text_changed;
}

void
_qm_annotation_set_set_text_changed (QmAnnotationSet *self,
                                     gboolean         changed)
{
  self->text_changed = changed;
}

/**
 * qm_annotation_set_get_people:
 * @self: a #QmAnnotationSet
 *
 * Returns: (transfer none): a #GListModel of #QmPerson
 */
GListModel *
qm_annotation_set_get_people (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return G_LIST_MODEL (self->people);
}

/**
 * qm_annotation_set_get_quotes:
 * @self: a #QmAnnotationSet
 *
 * Returns: (transfer none): a #GListModel of #QmQuote, in text order as added
 */
GListModel *
qm_annotation_set_get_quotes (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return G_LIST_MODEL (self->quotes);
}

/**
 * qm_annotation_set_get_highlights:
 * @self: a #QmAnnotationSet
 *
 * Returns: (transfer none): a #GListModel of #QmHighlight
 */
GListModel *
qm_annotation_set_get_highlights (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return G_LIST_MODEL (self->highlights);
}

/**
 * qm_annotation_set_get_tag_groups:
 * @self: a #QmAnnotationSet
 *
 * Returns: (transfer none): a #GListModel of #QmTagGroup
 */
GListModel *
qm_annotation_set_get_tag_groups (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return G_LIST_MODEL (self->tag_groups);
}

static guint
count_orphans_in (GListModel *model)
{
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (model, i);

      if (qm_annotation_get_anchor_state (a) == QM_ANCHOR_ORPHAN)
        n++;
    }
  return n;
}

/**
 * qm_annotation_set_count_orphans:
 * @self: a #QmAnnotationSet
 *
 * Returns: how many quotes and highlights could not be re-attached
 */
guint
qm_annotation_set_count_orphans (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), 0);
  return count_orphans_in (G_LIST_MODEL (self->quotes)) + count_orphans_in (G_LIST_MODEL (self->highlights));
}

/**
 * qm_annotation_set_lookup_person:
 * @self: a #QmAnnotationSet
 * @id: (nullable): a person id
 *
 * Returns: (transfer none) (nullable): the person
 */
QmPerson *
qm_annotation_set_lookup_person (QmAnnotationSet *self,
                                 const char      *id)
{
  gpointer obj;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  obj = id != NULL ? g_hash_table_lookup (self->ids, id) : NULL;
  return QM_IS_PERSON (obj) ? obj : NULL;
}

/**
 * qm_annotation_set_find_person:
 * @self: a #QmAnnotationSet
 * @name: a name or alias
 *
 * Returns: (transfer none) (nullable): the first person with that name or
 *   alias, ignoring case
 */
QmPerson *
qm_annotation_set_find_person (QmAnnotationSet *self,
                               const char      *name)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  g_return_val_if_fail (name != NULL, NULL);

  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->people)); i++)
    {
      g_autoptr(QmPerson) p = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      if (qm_person_has_name (p, name))
        return p;
    }
  return NULL;
}

/**
 * qm_annotation_set_lookup_annotation:
 * @self: a #QmAnnotationSet
 * @id: (nullable): an annotation id
 *
 * Returns: (transfer none) (nullable): the quote or highlight
 */
QmAnnotation *
qm_annotation_set_lookup_annotation (QmAnnotationSet *self,
                                     const char      *id)
{
  gpointer obj;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  obj = id != NULL ? g_hash_table_lookup (self->ids, id) : NULL;
  return QM_IS_ANNOTATION (obj) ? obj : NULL;
}

/**
 * qm_annotation_set_lookup_tag_group:
 * @self: a #QmAnnotationSet
 * @id: (nullable): a group id
 *
 * Returns: (transfer none) (nullable): the group
 */
QmTagGroup *
qm_annotation_set_lookup_tag_group (QmAnnotationSet *self,
                                    const char      *id)
{
  gpointer obj;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  obj = id != NULL ? g_hash_table_lookup (self->ids, id) : NULL;
  return QM_IS_TAG_GROUP (obj) ? obj : NULL;
}

/**
 * qm_annotation_set_lookup_tag:
 * @self: a #QmAnnotationSet
 * @category_id: (nullable): a tag category id
 *
 * Returns: (transfer none) (nullable): the category
 */
QmTagCategory *
qm_annotation_set_lookup_tag (QmAnnotationSet *self,
                              const char      *category_id)
{
  gpointer obj;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  obj = category_id != NULL ? g_hash_table_lookup (self->ids, category_id) : NULL;
  return QM_IS_TAG_CATEGORY (obj) ? obj : NULL;
}

/**
 * qm_annotation_set_get_author:
 * @self: a #QmAnnotationSet
 *
 * Returns: the name recorded as creator of new annotations and notes
 */
const char *
qm_annotation_set_get_author (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return self->author;
}

/**
 * qm_annotation_set_set_author:
 * @self: a #QmAnnotationSet
 * @author: (nullable): a name
 *
 * Sets who is editing. This is session state, not an edit.
 */
void
qm_annotation_set_set_author (QmAnnotationSet *self,
                              const char      *author)
{
  g_return_if_fail (QM_IS_ANNOTATION_SET (self));

  if (author == NULL)
    author = g_get_user_name ();
  if (g_strcmp0 (self->author, author) == 0)
    return;
  g_free (self->author);
  self->author = g_strdup (author);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AUTHOR]);
}

/**
 * qm_annotation_set_get_read_only:
 * @self: a #QmAnnotationSet
 *
 * Returns: %TRUE if edits are refused (a sidecar of a newer format)
 */
gboolean
qm_annotation_set_get_read_only (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), TRUE);
  return self->read_only_reason != NULL;
}

/**
 * qm_annotation_set_get_read_only_reason:
 * @self: a #QmAnnotationSet
 *
 * Returns: (nullable): a sentence for the user saying why it is read-only
 */
const char *
qm_annotation_set_get_read_only_reason (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  return self->read_only_reason;
}

void
_qm_annotation_set_set_read_only (QmAnnotationSet *self,
                                  const char      *reason)
{
  gboolean was = self->read_only_reason != NULL;

  g_free (self->read_only_reason);
  self->read_only_reason = g_strdup (reason);
  if (was != (reason != NULL))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

void
_qm_annotation_set_set_loaded_from (QmAnnotationSet *self,
                                    GFile           *file)
{
  g_set_object (&self->loaded_from, file);
}

GFile *
_qm_annotation_set_get_loaded_from (QmAnnotationSet *self)
{
  return self->loaded_from;
}

void
_qm_annotation_set_force_modified (QmAnnotationSet *self)
{
  StateSnapshot before;

  snapshot (self, &before);
  self->force_modified = TRUE;
  notify_changes (self, &before);
}

GPtrArray *
_qm_annotation_set_get_foreign (QmAnnotationSet *self)
{
  return self->foreign;
}

/**
 * qm_annotation_set_get_modified:
 * @self: a #QmAnnotationSet
 *
 * Returns: %TRUE if there are changes since the last save (or load)
 */
gboolean
qm_annotation_set_get_modified (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  return compute_modified (self);
}

/**
 * qm_annotation_set_mark_saved:
 * @self: a #QmAnnotationSet
 *
 * Records the current state as saved: #QmAnnotationSet:modified becomes
 * %FALSE, and becomes %FALSE again if undo or redo return to this state.
 */
void
qm_annotation_set_mark_saved (QmAnnotationSet *self)
{
  g_return_if_fail (QM_IS_ANNOTATION_SET (self));
  _qm_annotation_set_mark_saved_at (self, _qm_annotation_set_get_state_serial (self));
}

guint64
_qm_annotation_set_get_state_serial (QmAnnotationSet *self)
{
  return self->undo_stack->len > 0
    ? ((Command *)g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->serial
    : 0;
}

void
_qm_annotation_set_mark_saved_at (QmAnnotationSet *self,
                                  guint64          serial)
{
  StateSnapshot before;

  snapshot (self, &before);
  self->force_modified = FALSE;
  self->saved_serial = serial;
  notify_changes (self, &before);
}

/**
 * qm_annotation_set_get_can_undo:
 * @self: a #QmAnnotationSet
 *
 * Returns: %TRUE if there is an edit to undo
 */
gboolean
qm_annotation_set_get_can_undo (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  return self->undo_stack->len > 0;
}

/**
 * qm_annotation_set_get_can_redo:
 * @self: a #QmAnnotationSet
 *
 * Returns: %TRUE if there is an undone edit to redo
 */
gboolean
qm_annotation_set_get_can_redo (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  return self->redo_stack->len > 0;
}

/**
 * qm_annotation_set_get_undo_label:
 * @self: a #QmAnnotationSet
 *
 * Returns: (nullable): what undo would undo ("Change speaker"), for
 *   people to read: the set's own labels are translated when the edit is
 *   made, and a group's label is the one given to
 *   qm_annotation_set_begin_group()
 */
const char *
qm_annotation_set_get_undo_label (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  if (self->undo_stack->len == 0)
    return NULL;
  return ((Command *)g_ptr_array_index (self->undo_stack, self->undo_stack->len - 1))->label;
}

/**
 * qm_annotation_set_get_redo_label:
 * @self: a #QmAnnotationSet
 *
 * Returns: (nullable): what redo would redo, translated like
 *   qm_annotation_set_get_undo_label()
 */
const char *
qm_annotation_set_get_redo_label (QmAnnotationSet *self)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  if (self->redo_stack->len == 0)
    return NULL;
  return ((Command *)g_ptr_array_index (self->redo_stack, self->redo_stack->len - 1))->label;
}

/**
 * qm_annotation_set_undo:
 * @self: a #QmAnnotationSet
 *
 * Undoes the last edit (or group of edits).
 *
 * Returns: %FALSE if there was nothing to undo
 */
gboolean
qm_annotation_set_undo (QmAnnotationSet *self)
{
  StateSnapshot before;
  Command *cmd;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->undo_stack->len == 0 || self->read_only_reason != NULL)
    return FALSE;

  snapshot (self, &before);
  cmd = g_ptr_array_steal_index (self->undo_stack, self->undo_stack->len - 1);
  for (guint i = cmd->ops->len; i > 0; i--)
    op_do (self, g_ptr_array_index (cmd->ops, i - 1), FALSE);
  g_ptr_array_add (self->redo_stack, cmd);
  notify_changes (self, &before);
  emit_changes (self, cmd, FALSE);
  return TRUE;
}

/**
 * qm_annotation_set_redo:
 * @self: a #QmAnnotationSet
 *
 * Redoes the last undone edit.
 *
 * Returns: %FALSE if there was nothing to redo
 */
gboolean
qm_annotation_set_redo (QmAnnotationSet *self)
{
  StateSnapshot before;
  Command *cmd;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (self->group_depth == 0, FALSE);

  if (self->redo_stack->len == 0 || self->read_only_reason != NULL)
    return FALSE;

  snapshot (self, &before);
  cmd = g_ptr_array_steal_index (self->redo_stack, self->redo_stack->len - 1);
  for (guint i = 0; i < cmd->ops->len; i++)
    op_do (self, g_ptr_array_index (cmd->ops, i), TRUE);
  g_ptr_array_add (self->undo_stack, cmd);
  notify_changes (self, &before);
  emit_changes (self, cmd, TRUE);
  return TRUE;
}

/**
 * qm_annotation_set_begin_group:
 * @self: a #QmAnnotationSet
 * @label: what the group does, for the undo menu, already translated
 *
 * Starts collecting the following edits into one undo step, until the
 * matching qm_annotation_set_end_group(). Groups nest.
 */
void
qm_annotation_set_begin_group (QmAnnotationSet *self,
                               const char      *label)
{
  g_return_if_fail (QM_IS_ANNOTATION_SET (self));
  begin (self, label);
}

/**
 * qm_annotation_set_end_group:
 * @self: a #QmAnnotationSet
 *
 * Ends a group started with qm_annotation_set_begin_group().
 */
void
qm_annotation_set_end_group (QmAnnotationSet *self)
{
  g_return_if_fail (QM_IS_ANNOTATION_SET (self));
  g_return_if_fail (self->group_depth > 0);
  end (self);
}

/* Edits ---------------------------------------------------------------- */

static void
stamp_new_annotation (QmAnnotationSet *self,
                      QmAnnotation    *annotation)
{
  g_autoptr(GDateTime) now = now_utc ();
  g_auto(GValue) v = G_VALUE_INIT;

  /* A fresh object that nobody has seen yet: filled in without undo. */
  g_value_init (&v, G_TYPE_DATE_TIME);
  g_value_set_boxed (&v, now);
  if (qm_annotation_get_created (annotation) == NULL)
    _qm_object_poke (annotation, "created", &v);
  if (qm_annotation_get_modified (annotation) == NULL)
    _qm_object_poke (annotation, "modified", &v);
  if (qm_annotation_get_creator (annotation) == NULL)
    _qm_object_poke_string (annotation, "creator", self->author);
}

/* Quotes and highlights are kept in text order (by start, then end). */
static guint
sorted_position (GListStore   *store,
                 QmAnnotation *annotation)
{
  GListModel *model = G_LIST_MODEL (store);
  gsize start = qm_annotation_get_start (annotation);
  gsize end_ = qm_annotation_get_end (annotation);
  guint lo = 0, hi = g_list_model_get_n_items (model);

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
      g_autoptr(QmAnnotation) other = g_list_model_get_item (model, mid);
      gsize os = qm_annotation_get_start (other), oe = qm_annotation_get_end (other);

      if (os < start || (os == start && oe <= end_))
        lo = mid + 1;
      else
        hi = mid;
    }
  return lo;
}

static GListStore *
store_for_annotation (QmAnnotationSet *self,
                      QmAnnotation    *annotation)
{
  return QM_IS_QUOTE (annotation) ? self->quotes : self->highlights;
}

/**
 * qm_annotation_set_add_person:
 * @self: a #QmAnnotationSet
 * @person: a person not yet in any set
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_add_person (QmAnnotationSet  *self,
                              QmPerson         *person,
                              GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_PERSON (person), FALSE);

  if (!check_writable (self, error))
    return FALSE;
  if (g_hash_table_contains (self->ids, qm_person_get_id (person)))
    {
      g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                   /* Translators: %s is the identifier of a person or annotation in the annotation file */
                   _("The id %s is already used"), qm_person_get_id (person));
      return FALSE;
    }
  begin (self, _("Add person"));
  record_insert (self, self->people, g_list_model_get_n_items (G_LIST_MODEL (self->people)), person);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_remove_person:
 * @self: a #QmAnnotationSet
 * @person: a person of the set
 * @error: return location for a #GError
 *
 * Removes the person; quotes attributed to them lose their speaker.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_remove_person (QmAnnotationSet  *self,
                                 QmPerson         *person,
                                 GError          **error)
{
  GListModel *quotes;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_PERSON (person), FALSE);

  if (!check_writable (self, error) || !check_member (self, person, error))
    return FALSE;

  begin (self, _("Remove person"));
  quotes = G_LIST_MODEL (self->quotes);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i);

      if (g_strcmp0 (qm_quote_get_speaker_id (q), qm_person_get_id (person)) == 0)
        {
          record_set_string (self, q, "speaker-id", NULL);
          touch (self, q, TRUE);
        }
    }
  record_remove (self, self->people, person);
  end (self);
  return TRUE;
}

/* One undoable edit of one string property of a member of the set:
 * people's names, roles and colours, tag groups' and tags' labels and
 * colours. */
static gboolean
set_member_string (QmAnnotationSet  *self,
                   gpointer          object,
                   const char       *property,
                   const char       *value,
                   const char       *label,
                   GError          **error)
{
  if (!check_writable (self, error) || !check_member (self, object, error))
    return FALSE;
  begin (self, label);
  record_set_string (self, object, property, value);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_set_person_name:
 * @self: a #QmAnnotationSet
 * @person: a person of the set
 * @name: the new display name
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_person_name (QmAnnotationSet  *self,
                                   QmPerson         *person,
                                   const char       *name,
                                   GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_PERSON (person), FALSE);
  g_return_val_if_fail (name != NULL, FALSE);
  return set_member_string (self, person, "name", name, _("Rename person"), error);
}

/**
 * qm_annotation_set_set_person_role:
 * @self: a #QmAnnotationSet
 * @person: a person of the set
 * @role: (nullable): the role
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_person_role (QmAnnotationSet  *self,
                                   QmPerson         *person,
                                   const char       *role,
                                   GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_PERSON (person), FALSE);
  return set_member_string (self, person, "role", role && *role ? role : NULL, _("Change role"), error);
}

/**
 * qm_annotation_set_set_person_color:
 * @self: a #QmAnnotationSet
 * @person: a person of the set
 * @color: (nullable): "#rrggbb"
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_person_color (QmAnnotationSet  *self,
                                    QmPerson         *person,
                                    const char       *color,
                                    GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_PERSON (person), FALSE);
  return set_member_string (self, person, "color", color && *color ? color : NULL, _("Change colour"), error);
}

/**
 * qm_annotation_set_set_person_aliases:
 * @self: a #QmAnnotationSet
 * @person: a person of the set
 * @aliases: (nullable) (array zero-terminated=1): other forms of the name
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_person_aliases (QmAnnotationSet     *self,
                                      QmPerson            *person,
                                      const char * const  *aliases,
                                      GError             **error)
{
  const char *none[] = { NULL };

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_PERSON (person), FALSE);

  if (!check_writable (self, error) || !check_member (self, person, error))
    return FALSE;
  begin (self, _("Change aliases"));
  record_set_strv (self, person, "aliases", aliases ? aliases : none);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_merge_people:
 * @self: a #QmAnnotationSet
 * @keep: the person who stays
 * @absorb: the person merged into @keep and removed
 * @error: return location for a #GError
 *
 * Gives @absorb's quotes to @keep, adds @absorb's name and aliases to
 * @keep's aliases (and the role if @keep has none), and removes @absorb.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_merge_people (QmAnnotationSet  *self,
                                QmPerson         *keep,
                                QmPerson         *absorb,
                                GError          **error)
{
  g_autoptr(GPtrArray) aliases = NULL;
  GListModel *quotes;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_PERSON (keep), FALSE);
  g_return_val_if_fail (QM_IS_PERSON (absorb), FALSE);

  if (!check_writable (self, error) || !check_member (self, keep, error) || !check_member (self, absorb, error))
    return FALSE;
  if (keep == absorb)
    {
      g_set_error_literal (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                           _("A person cannot be merged with themselves"));
      return FALSE;
    }

  begin (self, _("Merge people"));

  quotes = G_LIST_MODEL (self->quotes);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i);

      if (g_strcmp0 (qm_quote_get_speaker_id (q), qm_person_get_id (absorb)) == 0)
        {
          record_set_string (self, q, "speaker-id", qm_person_get_id (keep));
          touch (self, q, TRUE);
        }
    }

  aliases = g_ptr_array_new ();
  for (const char * const *a = qm_person_get_aliases (keep); *a; a++)
    g_ptr_array_add (aliases, (char *)*a);
  if (!qm_person_has_name (keep, qm_person_get_name (absorb)) && *qm_person_get_name (absorb))
    g_ptr_array_add (aliases, (char *)qm_person_get_name (absorb));
  for (const char * const *a = qm_person_get_aliases (absorb); *a; a++)
    {
      gboolean dup = qm_person_has_name (keep, *a);

      for (guint i = 0; !dup && i < aliases->len; i++)
        dup = g_strcmp0 (g_ptr_array_index (aliases, i), *a) == 0;
      if (!dup)
        g_ptr_array_add (aliases, (char *)*a);
    }
  g_ptr_array_add (aliases, NULL);
  record_set_strv (self, keep, "aliases", (const char * const *)aliases->pdata);
  if (qm_person_get_role (keep) == NULL && qm_person_get_role (absorb) != NULL)
    record_set_string (self, keep, "role", qm_person_get_role (absorb));
  record_remove (self, self->people, absorb);

  end (self);
  return TRUE;
}

static gboolean
check_annotation_target (QmAnnotationSet  *self,
                         QmAnnotation     *annotation,
                         GError          **error)
{
  QmTarget *target = qm_annotation_get_target (annotation);

  if (!check_span (self, qm_target_get_start (target), qm_target_get_end (target), error))
    return FALSE;
  if (qm_annotation_get_anchor_state (annotation) != QM_ANCHOR_ORPHAN &&
      !qm_target_matches_text (target, self->text))
    {
      g_set_error_literal (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                           _("The annotation's text does not match the article at its position"));
      return FALSE;
    }
  return TRUE;
}

/**
 * qm_annotation_set_add_annotation:
 * @self: a #QmAnnotationSet
 * @annotation: a new #QmQuote or #QmHighlight whose target matches the text
 * @error: return location for a #GError
 *
 * Adds the annotation in text order. Missing creator and timestamps are
 * filled in.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_add_annotation (QmAnnotationSet  *self,
                                  QmAnnotation     *annotation,
                                  GError          **error)
{
  GListStore *store;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);

  if (!check_writable (self, error) || !check_annotation_target (self, annotation, error))
    return FALSE;
  if (g_hash_table_contains (self->ids, qm_annotation_get_id (annotation)))
    {
      g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                   _("The id %s is already used"), qm_annotation_get_id (annotation));
      return FALSE;
    }

  stamp_new_annotation (self, annotation);
  store = store_for_annotation (self, annotation);
  begin (self, QM_IS_QUOTE (annotation) ? _("Add quote") : _("Add highlight"));
  record_insert (self, store, sorted_position (store, annotation), annotation);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_create_quote:
 * @self: a #QmAnnotationSet
 * @kind: the kind of quote
 * @start: first code point
 * @end: code point after the quote
 * @error: return location for a #GError
 *
 * Makes a user quote on a span of the text and adds it.
 *
 * Returns: (transfer none) (nullable): the new quote
 */
QmQuote *
qm_annotation_set_create_quote (QmAnnotationSet  *self,
                                QmQuoteKind       kind,
                                gsize             start,
                                gsize             end,
                                GError          **error)
{
  g_autoptr(QmTarget) target = NULL;
  g_autoptr(QmQuote) quote = NULL;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);

  if (!check_writable (self, error) || !check_span (self, start, end, error))
    return NULL;
  target = qm_target_new_for_text (self->text, start, end);
  quote = qm_quote_new (kind, target);
  if (!qm_annotation_set_add_annotation (self, QM_ANNOTATION (quote), error))
    return NULL;
  return quote;
}

/**
 * qm_annotation_set_create_highlight:
 * @self: a #QmAnnotationSet
 * @start: first code point
 * @end: code point after the passage
 * @error: return location for a #GError
 *
 * Returns: (transfer none) (nullable): the new highlight
 */
QmHighlight *
qm_annotation_set_create_highlight (QmAnnotationSet  *self,
                                    gsize             start,
                                    gsize             end,
                                    GError          **error)
{
  g_autoptr(QmTarget) target = NULL;
  g_autoptr(QmHighlight) highlight = NULL;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);

  if (!check_writable (self, error) || !check_span (self, start, end, error))
    return NULL;
  target = qm_target_new_for_text (self->text, start, end);
  highlight = qm_highlight_new (target);
  if (!qm_annotation_set_add_annotation (self, QM_ANNOTATION (highlight), error))
    return NULL;
  return highlight;
}

/**
 * qm_annotation_set_remove_annotation:
 * @self: a #QmAnnotationSet
 * @annotation: a quote or highlight of the set
 * @error: return location for a #GError
 *
 * Removes the annotation with its notes. To keep an automatic quote from
 * coming back when the analyzer runs again, reject it instead
 * (qm_annotation_set_set_quote_review()).
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_remove_annotation (QmAnnotationSet  *self,
                                     QmAnnotation     *annotation,
                                     GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);

  if (!check_writable (self, error) || !check_member (self, annotation, error))
    return FALSE;
  begin (self, QM_IS_QUOTE (annotation) ? _("Remove quote") : _("Remove highlight"));
  record_remove (self, store_for_annotation (self, annotation), annotation);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_set_span:
 * @self: a #QmAnnotationSet
 * @annotation: a quote or highlight of the set
 * @start: first code point
 * @end: code point after the span
 * @error: return location for a #GError
 *
 * Moves the annotation to another span of the current text (this also
 * re-attaches an orphan: its anchor state becomes exact).
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_span (QmAnnotationSet  *self,
                            QmAnnotation     *annotation,
                            gsize             start,
                            gsize             end_,
                            GError          **error)
{
  g_autoptr(QmTarget) target = NULL;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);

  if (!check_writable (self, error) || !check_member (self, annotation, error) ||
      !check_span (self, start, end_, error))
    return FALSE;
  target = qm_target_new_for_text (self->text, start, end_);
  begin (self, _("Change span"));
  record_set_target (self, annotation, "target", target);
  record_set_enum (self, annotation, "anchor-state", QM_TYPE_ANCHOR_STATE, QM_ANCHOR_EXACT);
  touch (self, annotation, TRUE);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_set_quote_speaker:
 * @self: a #QmAnnotationSet
 * @quote: a quote of the set
 * @person: (nullable): a person of the set, or %NULL for none
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_quote_speaker (QmAnnotationSet  *self,
                                     QmQuote          *quote,
                                     QmPerson         *person,
                                     GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_QUOTE (quote), FALSE);
  g_return_val_if_fail (person == NULL || QM_IS_PERSON (person), FALSE);

  if (!check_writable (self, error) || !check_member (self, quote, error) ||
      (person != NULL && !check_member (self, person, error)))
    return FALSE;
  begin (self, _("Change speaker"));
  record_set_string (self, quote, "speaker-id", person ? qm_person_get_id (person) : NULL);
  touch (self, quote, TRUE);
  end (self);
  return TRUE;
}

static gboolean
set_quote_mention (QmAnnotationSet  *self,
                   QmQuote          *quote,
                   const char       *property,
                   gssize            start,
                   gssize            end_,
                   const char       *label,
                   GError          **error)
{
  g_autoptr(QmTarget) target = NULL;

  if (!check_writable (self, error) || !check_member (self, quote, error))
    return FALSE;
  if (start >= 0 || end_ >= 0)
    {
      if (start < 0 || end_ < 0 || !check_span (self, start, end_, error))
        {
          g_set_error_literal (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                               _("The mention lies outside the text"));
          return FALSE;
        }
      target = qm_target_new_for_text (self->text, start, end_);
    }
  begin (self, label);
  record_set_target (self, quote, property, target);
  touch (self, quote, TRUE);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_set_quote_speaker_mention:
 * @self: a #QmAnnotationSet
 * @quote: a quote of the set
 * @start: first code point of the mention, or -1 to clear it
 * @end: code point after the mention, or -1
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_quote_speaker_mention (QmAnnotationSet  *self,
                                             QmQuote          *quote,
                                             gssize            start,
                                             gssize            end_,
                                             GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_QUOTE (quote), FALSE);
  return set_quote_mention (self, quote, "speaker-mention", start, end_, _("Change speaker mention"), error);
}

/**
 * qm_annotation_set_set_quote_cue:
 * @self: a #QmAnnotationSet
 * @quote: a quote of the set
 * @start: first code point of the cue, or -1 to clear it
 * @end: code point after the cue, or -1
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_quote_cue (QmAnnotationSet  *self,
                                 QmQuote          *quote,
                                 gssize            start,
                                 gssize            end_,
                                 GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_QUOTE (quote), FALSE);
  return set_quote_mention (self, quote, "cue", start, end_, _("Change cue"), error);
}

/**
 * qm_annotation_set_set_quote_kind:
 * @self: a #QmAnnotationSet
 * @quote: a quote of the set
 * @kind: the new kind
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_quote_kind (QmAnnotationSet  *self,
                                  QmQuote          *quote,
                                  QmQuoteKind       kind,
                                  GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_QUOTE (quote), FALSE);

  if (!check_writable (self, error) || !check_member (self, quote, error))
    return FALSE;
  if (qm_quote_get_kind (quote) == kind)
    return TRUE;
  begin (self, _("Change kind"));
  record_set_enum (self, quote, "kind", QM_TYPE_QUOTE_KIND, kind);
  touch (self, quote, TRUE);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_set_quote_review:
 * @self: a #QmAnnotationSet
 * @quote: a quote of the set
 * @review: accepted, rejected or unreviewed
 * @error: return location for a #GError
 *
 * A rejected automatic quote stays in the set (hidden by views) so that
 * the analyzer does not bring it back.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_quote_review (QmAnnotationSet  *self,
                                    QmQuote          *quote,
                                    QmReviewState     review,
                                    GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_QUOTE (quote), FALSE);

  if (!check_writable (self, error) || !check_member (self, quote, error))
    return FALSE;
  if (qm_quote_get_review (quote) == review)
    return TRUE;
  begin (self, review == QM_REVIEW_ACCEPTED ? _("Accept quote") :
               review == QM_REVIEW_REJECTED ? _("Reject quote") : _("Reset review"));
  record_set_enum (self, quote, "review", QM_TYPE_REVIEW_STATE, review);
  touch (self, quote, FALSE);
  end (self);
  return TRUE;
}

static QmTagGroup *
group_of_category (QmAnnotationSet *self,
                   const char      *category_id)
{
  QmTagCategory *cat = qm_annotation_set_lookup_tag (self, category_id);

  return cat != NULL ? qm_annotation_set_lookup_tag_group (self, qm_tag_category_get_group_id (cat)) : NULL;
}

static gboolean
check_tags (QmAnnotationSet     *self,
            const char * const  *tags,
            GError             **error)
{
  g_autoptr(GHashTable) exclusive_seen = g_hash_table_new (NULL, NULL);

  for (guint i = 0; tags[i] != NULL; i++)
    {
      QmTagGroup *group;

      if (qm_annotation_set_lookup_tag (self, tags[i]) == NULL)
        {
          g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                       _("Unknown tag “%s”"), tags[i]);
          return FALSE;
        }
      for (guint j = 0; j < i; j++)
        if (strcmp (tags[i], tags[j]) == 0)
          {
            g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                         _("Tag “%s” given twice"), tags[i]);
            return FALSE;
          }
      group = group_of_category (self, tags[i]);
      if (group != NULL && qm_tag_group_get_exclusive (group))
        {
          if (g_hash_table_contains (exclusive_seen, group))
            {
              g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                           /* Translators: %s is the label of a tag group whose tags exclude each other */
                           _("Only one tag of “%s” is allowed"), qm_tag_group_get_label (group));
              return FALSE;
            }
          g_hash_table_add (exclusive_seen, group);
        }
    }
  return TRUE;
}

static gboolean
set_tags_labelled (QmAnnotationSet     *self,
                   QmAnnotation        *annotation,
                   const char * const  *tags,
                   const char          *label,
                   GError             **error)
{
  const char *none[] = { NULL };

  if (tags == NULL)
    tags = none;
  if (!check_writable (self, error) || !check_member (self, annotation, error) || !check_tags (self, tags, error))
    return FALSE;
  if (g_strv_equal (qm_annotation_get_tags (annotation), tags))
    return TRUE;
  begin (self, label);
  record_set_strv (self, annotation, "tags", tags);
  touch (self, annotation, TRUE);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_set_tags:
 * @self: a #QmAnnotationSet
 * @annotation: a quote or highlight of the set
 * @category_ids: (nullable) (array zero-terminated=1): tag category ids
 * @error: return location for a #GError
 *
 * Replaces the annotation's tags. Unknown ids, repeated ids or two tags of
 * one exclusive group are refused.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_tags (QmAnnotationSet     *self,
                            QmAnnotation        *annotation,
                            const char * const  *category_ids,
                            GError             **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);
  return set_tags_labelled (self, annotation, category_ids, _("Change tags"), error);
}

/**
 * qm_annotation_set_add_tag:
 * @self: a #QmAnnotationSet
 * @annotation: a quote or highlight of the set
 * @category_id: a tag category id
 * @error: return location for a #GError
 *
 * Adds one tag; in an exclusive group it replaces the group's other tag.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_add_tag (QmAnnotationSet  *self,
                           QmAnnotation     *annotation,
                           const char       *category_id,
                           GError          **error)
{
  QmTagGroup *group;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (category_id != NULL, FALSE);

  group = group_of_category (self, category_id);
  if (group == NULL)
    {
      g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                   _("Unknown tag “%s”"), category_id);
      return FALSE;
    }
  if (qm_tag_group_get_exclusive (group))
    return qm_annotation_set_set_group_tag (self, annotation, group, category_id, error);
  if (qm_annotation_has_tag (annotation, category_id))
    return check_writable (self, error);
  {
    g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
    g_auto(GStrv) tags = NULL;

    g_strv_builder_addv (b, (const char **)qm_annotation_get_tags (annotation));
    g_strv_builder_add (b, category_id);
    tags = g_strv_builder_end (b);
    return set_tags_labelled (self, annotation, (const char * const *)tags, _("Add tag"), error);
  }
}

/**
 * qm_annotation_set_remove_tag:
 * @self: a #QmAnnotationSet
 * @annotation: a quote or highlight of the set
 * @category_id: a tag category id
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_remove_tag (QmAnnotationSet  *self,
                              QmAnnotation     *annotation,
                              const char       *category_id,
                              GError          **error)
{
  g_autoptr(GStrvBuilder) b = NULL;
  g_auto(GStrv) tags = NULL;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (category_id != NULL, FALSE);

  b = g_strv_builder_new ();
  for (const char * const *t = qm_annotation_get_tags (annotation); *t; t++)
    if (strcmp (*t, category_id) != 0)
      g_strv_builder_add (b, *t);
  tags = g_strv_builder_end (b);
  return set_tags_labelled (self, annotation, (const char * const *)tags, _("Remove tag"), error);
}

/**
 * qm_annotation_set_set_group_tag:
 * @self: a #QmAnnotationSet
 * @annotation: a quote or highlight of the set
 * @group: a tag group of the set
 * @category_id: (nullable): a category of @group, or %NULL to clear the group
 * @error: return location for a #GError
 *
 * Replaces whatever tags of @group the annotation has with @category_id:
 * the natural edit for an exclusive group such as "Verification".
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_group_tag (QmAnnotationSet  *self,
                                 QmAnnotation     *annotation,
                                 QmTagGroup       *group,
                                 const char       *category_id,
                                 GError          **error)
{
  g_autoptr(GStrvBuilder) b = NULL;
  g_auto(GStrv) tags = NULL;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (QM_IS_TAG_GROUP (group), FALSE);

  if (category_id != NULL && qm_tag_group_lookup (group, category_id) == NULL)
    {
      g_set_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID,
                   /* Translators: the first %s is a tag, the second the label of a tag group */
                   _("“%s” is not a tag of “%s”"), category_id, qm_tag_group_get_label (group));
      return FALSE;
    }
  b = g_strv_builder_new ();
  for (const char * const *t = qm_annotation_get_tags (annotation); *t; t++)
    if (qm_tag_group_lookup (group, *t) == NULL)
      g_strv_builder_add (b, *t);
  if (category_id != NULL)
    g_strv_builder_add (b, category_id);
  tags = g_strv_builder_end (b);
  return set_tags_labelled (self, annotation, (const char * const *)tags, _("Change tags"), error);
}

/**
 * qm_annotation_set_add_note:
 * @self: a #QmAnnotationSet
 * @annotation: a quote or highlight of the set
 * @text: the note
 * @error: return location for a #GError
 *
 * Adds a note by the set's author, stamped with the current time.
 *
 * Returns: (transfer none) (nullable): the new note
 */
QmNote *
qm_annotation_set_add_note (QmAnnotationSet  *self,
                            QmAnnotation     *annotation,
                            const char       *text,
                            GError          **error)
{
  g_autoptr(GDateTime) now = now_utc ();
  g_autoptr(QmNote) note = NULL;
  GListStore *store;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), NULL);
  g_return_val_if_fail (text != NULL, NULL);

  if (!check_writable (self, error) || !check_member (self, annotation, error))
    return NULL;
  note = g_object_new (QM_TYPE_NOTE, "text", text, "author", self->author,
                       "created", now, "modified", now, NULL);
  store = _qm_annotation_get_note_store (annotation);
  begin (self, _("Add note"));
  record_insert (self, store, g_list_model_get_n_items (G_LIST_MODEL (store)), note);
  touch (self, annotation, TRUE);
  end (self);
  return note;
}

static gboolean
check_note (QmAnnotation  *annotation,
            QmNote        *note,
            GError       **error)
{
  guint pos;

  if (!g_list_store_find (_qm_annotation_get_note_store (annotation), note, &pos))
    {
      g_set_error_literal (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_NOT_FOUND,
                           _("The note does not belong to this annotation"));
      return FALSE;
    }
  return TRUE;
}

/**
 * qm_annotation_set_set_note_text:
 * @self: a #QmAnnotationSet
 * @annotation: the annotation holding @note
 * @note: a note
 * @text: the new text
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_note_text (QmAnnotationSet  *self,
                                 QmAnnotation     *annotation,
                                 QmNote           *note,
                                 const char       *text,
                                 GError          **error)
{
  g_autoptr(GDateTime) now = now_utc ();
  g_auto(GValue) v = G_VALUE_INIT;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (QM_IS_NOTE (note), FALSE);
  g_return_val_if_fail (text != NULL, FALSE);

  if (!check_writable (self, error) || !check_member (self, annotation, error) ||
      !check_note (annotation, note, error))
    return FALSE;
  if (strcmp (qm_note_get_text (note), text) == 0)
    return TRUE;
  g_value_init (&v, G_TYPE_DATE_TIME);
  g_value_set_boxed (&v, now);
  begin (self, _("Edit note"));
  record_set_string (self, note, "text", text);
  record_set (self, note, "modified", &v);
  touch (self, annotation, TRUE);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_remove_note:
 * @self: a #QmAnnotationSet
 * @annotation: the annotation holding @note
 * @note: a note
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_remove_note (QmAnnotationSet  *self,
                               QmAnnotation     *annotation,
                               QmNote           *note,
                               GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_ANNOTATION (annotation), FALSE);
  g_return_val_if_fail (QM_IS_NOTE (note), FALSE);

  if (!check_writable (self, error) || !check_member (self, annotation, error) ||
      !check_note (annotation, note, error))
    return FALSE;
  begin (self, _("Remove note"));
  record_remove (self, _qm_annotation_get_note_store (annotation), note);
  touch (self, annotation, TRUE);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_add_tag_group:
 * @self: a #QmAnnotationSet
 * @label: the group's label
 * @exclusive: whether an annotation carries at most one of its tags
 * @error: return location for a #GError
 *
 * Returns: (transfer none) (nullable): the new, empty group
 */
QmTagGroup *
qm_annotation_set_add_tag_group (QmAnnotationSet  *self,
                                 const char       *label,
                                 gboolean          exclusive,
                                 GError          **error)
{
  g_autoptr(QmTagGroup) group = NULL;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  if (!check_writable (self, error))
    return NULL;
  group = qm_tag_group_new (label, exclusive);
  begin (self, _("Add tag group"));
  record_insert (self, self->tag_groups, g_list_model_get_n_items (G_LIST_MODEL (self->tag_groups)), group);
  end (self);
  return group;
}

/* Takes a removed category off every annotation carrying it. */
static void
strip_tag_everywhere (QmAnnotationSet *self,
                      const char      *category_id)
{
  GListModel *lists[] = { G_LIST_MODEL (self->quotes), G_LIST_MODEL (self->highlights) };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(QmAnnotation) a = g_list_model_get_item (lists[l], i);
        g_autoptr(GStrvBuilder) b = NULL;
        g_auto(GStrv) tags = NULL;

        if (!qm_annotation_has_tag (a, category_id))
          continue;
        b = g_strv_builder_new ();
        for (const char * const *t = qm_annotation_get_tags (a); *t; t++)
          if (strcmp (*t, category_id) != 0)
            g_strv_builder_add (b, *t);
        tags = g_strv_builder_end (b);
        record_set_strv (self, a, "tags", (const char * const *)tags);
        touch (self, a, TRUE);
      }
}

/**
 * qm_annotation_set_remove_tag_group:
 * @self: a #QmAnnotationSet
 * @group: a group of the set
 * @error: return location for a #GError
 *
 * Removes the group and its tags from every annotation.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_remove_tag_group (QmAnnotationSet  *self,
                                    QmTagGroup       *group,
                                    GError          **error)
{
  GListModel *cats;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_TAG_GROUP (group), FALSE);

  if (!check_writable (self, error) || !check_member (self, group, error))
    return FALSE;
  begin (self, _("Remove tag group"));
  cats = qm_tag_group_get_categories (group);
  for (guint i = 0; i < g_list_model_get_n_items (cats); i++)
    {
      g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, i);
      strip_tag_everywhere (self, qm_tag_category_get_id (cat));
    }
  record_remove (self, self->tag_groups, group);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_set_tag_group_label:
 * @self: a #QmAnnotationSet
 * @group: a group of the set
 * @label: the new label
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_tag_group_label (QmAnnotationSet  *self,
                                       QmTagGroup       *group,
                                       const char       *label,
                                       GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_TAG_GROUP (group), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  /* Applying a built-in label as shown keeps it following the language. */
  if (strcmp (label, qm_tag_group_get_label (group)) == 0)
    return check_writable (self, error) && check_member (self, group, error);
  return set_member_string (self, group, "label", label, _("Rename tag group"), error);
}

/**
 * qm_annotation_set_add_tag_category:
 * @self: a #QmAnnotationSet
 * @group: a group of the set
 * @label: the category's label
 * @color: (nullable): "#rrggbb"
 * @error: return location for a #GError
 *
 * Returns: (transfer none) (nullable): the new category
 */
QmTagCategory *
qm_annotation_set_add_tag_category (QmAnnotationSet  *self,
                                    QmTagGroup       *group,
                                    const char       *label,
                                    const char       *color,
                                    GError          **error)
{
  g_autoptr(QmTagCategory) cat = NULL;
  GListStore *store;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), NULL);
  g_return_val_if_fail (QM_IS_TAG_GROUP (group), NULL);
  g_return_val_if_fail (label != NULL, NULL);

  if (!check_writable (self, error) || !check_member (self, group, error))
    return NULL;
  cat = g_object_new (QM_TYPE_TAG_CATEGORY, "label", label, "color", color,
                      "group-id", qm_tag_group_get_id (group), NULL);
  store = _qm_tag_group_get_store (group);
  begin (self, _("Add tag"));
  record_insert (self, store, g_list_model_get_n_items (G_LIST_MODEL (store)), cat);
  end (self);
  return cat;
}

/**
 * qm_annotation_set_remove_tag_category:
 * @self: a #QmAnnotationSet
 * @category: a category of the set
 * @error: return location for a #GError
 *
 * Removes the category from its group and from every annotation.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_remove_tag_category (QmAnnotationSet  *self,
                                       QmTagCategory    *category,
                                       GError          **error)
{
  QmTagGroup *group;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_TAG_CATEGORY (category), FALSE);

  if (!check_writable (self, error) || !check_member (self, category, error))
    return FALSE;
  group = qm_annotation_set_lookup_tag_group (self, qm_tag_category_get_group_id (category));
  g_return_val_if_fail (group != NULL, FALSE);
  begin (self, _("Remove tag"));
  strip_tag_everywhere (self, qm_tag_category_get_id (category));
  record_remove (self, _qm_tag_group_get_store (group), category);
  end (self);
  return TRUE;
}

/**
 * qm_annotation_set_set_tag_category_label:
 * @self: a #QmAnnotationSet
 * @category: a category of the set
 * @label: the new label
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_tag_category_label (QmAnnotationSet  *self,
                                          QmTagCategory    *category,
                                          const char       *label,
                                          GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_TAG_CATEGORY (category), FALSE);
  g_return_val_if_fail (label != NULL, FALSE);

  if (strcmp (label, qm_tag_category_get_label (category)) == 0)
    return check_writable (self, error) && check_member (self, category, error);
  return set_member_string (self, category, "label", label, _("Rename tag"), error);
}

/**
 * qm_annotation_set_set_tag_category_color:
 * @self: a #QmAnnotationSet
 * @category: a category of the set
 * @color: (nullable): "#rrggbb"
 * @error: return location for a #GError
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_set_tag_category_color (QmAnnotationSet  *self,
                                          QmTagCategory    *category,
                                          const char       *color,
                                          GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (QM_IS_TAG_CATEGORY (category), FALSE);

  return set_member_string (self, category, "color", color, _("Change tag colour"), error);
}

/* Merging an analysis ---------------------------------------------------- */

static QmTarget *
target_for_span (QmText       *text,
                 const QmSpan *span)
{
  gsize len = qm_text_get_length (text);

  if (span->start < 0 || span->end <= span->start || (gsize)span->end > len)
    return NULL;
  return qm_target_new_for_text (text, span->start, span->end);
}

static gboolean
spans_overlap (gsize s1, gsize e1,
               gsize s2, gsize e2)
{
  return s1 < e2 && s2 < e1;
}

/* Sorted by start: overlaps with [start, end) among the protected quotes. */
static gboolean
overlaps_any (GPtrArray *sorted,
              gsize      start,
              gsize      end_)
{
  guint lo = 0, hi = sorted->len;

  /* First quote whose start is at or after end_: nothing from there on overlaps. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (qm_annotation_get_start (g_ptr_array_index (sorted, mid)) < end_)
        lo = mid + 1;
      else
        hi = mid;
    }
  /* Quotes are rarely longer than a paragraph; scan back over those that start before. */
  for (guint i = lo; i > 0; i--)
    {
      QmAnnotation *a = g_ptr_array_index (sorted, i - 1);

      if (spans_overlap (start, end_, qm_annotation_get_start (a), qm_annotation_get_end (a)))
        return TRUE;
    }
  return FALSE;
}

static int
compare_by_start (gconstpointer a,
                  gconstpointer b)
{
  QmAnnotation *qa = *(QmAnnotation **)a;
  QmAnnotation *qb = *(QmAnnotation **)b;
  gsize sa = qm_annotation_get_start (qa), sb = qm_annotation_get_start (qb);

  return sa < sb ? -1 : sa > sb ? 1 : 0;
}

/* The people of the set by their names and aliases, casefolded as
 * qm_person_has_name() compares them: each name finds the first person
 * listed with it, as qm_annotation_set_find_person() does, without going
 * through every person for every name (an article of thousands of people). */
static void
index_name (GHashTable *names,
            const char *name,
            QmPerson   *person)
{
  char *key = g_utf8_casefold (name, -1);

  if (g_hash_table_contains (names, key))
    g_free (key);
  else
    g_hash_table_insert (names, key, person);
}

static void
index_person (GHashTable *names,
              QmPerson   *person)
{
  const char * const *aliases = qm_person_get_aliases (person);

  index_name (names, qm_person_get_name (person), person);
  for (guint i = 0; aliases != NULL && aliases[i] != NULL; i++)
    index_name (names, aliases[i], person);
}

static QmPerson *
lookup_name (GHashTable *names,
             const char *name)
{
  g_autofree char *key = g_utf8_casefold (name, -1);

  return g_hash_table_lookup (names, key);
}

/**
 * qm_annotation_set_merge_analysis:
 * @self: a #QmAnnotationSet
 * @analysis: what the analyzer found in the set's text
 * @stats: (out caller-allocates) (optional): what the merge did
 * @error: return location for a #GError
 *
 * Brings a new analysis into the set without touching the user's work, as
 * one undoable step:
 *
 * - user quotes, accepted, rejected and edited quotes stay exactly as they
 *   are, and a found quote overlapping any of them is skipped (so a rejected
 *   quote does not come back);
 * - an unreviewed automatic quote found again at the same span is kept (same
 *   id) and updated; one no longer found is removed; new finds are added as
 *   unreviewed automatic quotes;
 * - found speakers are matched to people by name or alias, or added;
 *   automatic people no quote refers to any more are removed.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_annotation_set_merge_analysis (QmAnnotationSet  *self,
                                  QmAnalysis       *analysis,
                                  QmMergeStats     *stats,
                                  GError          **error)
{
  g_autoptr(GPtrArray) protected = NULL;
  g_autoptr(GHashTable) replaceable = NULL;   /* "start:end" → QmQuote */
  g_autoptr(GHashTable) matched = NULL;
  g_autoptr(GPtrArray) found_people = NULL;    /* index → QmPerson */
  g_autoptr(GPtrArray) by_name = NULL;         /* index → QmPerson its name finds, or NULL */
  g_autoptr(GHashTable) names = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) taken = g_hash_table_new (NULL, NULL);  /* the people of found_people and by_name */
  g_autoptr(GHashTable) referenced = NULL;
  g_autofree char *creator = NULL;
  QmMergeStats st = { 0 };
  GListModel *quotes;
  guint n;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (self), FALSE);
  g_return_val_if_fail (analysis != NULL, FALSE);

  if (!check_writable (self, error))
    return FALSE;

  creator = g_strdup_printf ("quotemark %s", PACKAGE_VERSION);
  begin (self, _("Update from analysis"));

  /* People */
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->people)); i++)
    {
      g_autoptr(QmPerson) p = g_list_model_get_item (G_LIST_MODEL (self->people), i);

      index_person (names, p);
    }
  found_people = g_ptr_array_new ();
  /* the people of the set that this analysis's people find by their names,
   * before any alias is tried: an alias of a person listed earlier must
   * not take one that a person listed later finds by name */
  by_name = g_ptr_array_sized_new (analysis->people->len);
  for (guint i = 0; i < analysis->people->len; i++)
    {
      QmFoundPerson *fp = g_ptr_array_index (analysis->people, i);

      QmPerson *person = fp->name != NULL && *fp->name ? lookup_name (names, fp->name) : NULL;

      g_ptr_array_add (by_name, person);
      if (person != NULL)
        g_hash_table_add (taken, person);
    }
  for (guint i = 0; i < analysis->people->len; i++)
    {
      QmFoundPerson *fp = g_ptr_array_index (analysis->people, i);
      QmPerson *person = g_ptr_array_index (by_name, i);

      /* An alias finds a person only when no other person of this analysis
       * took it or finds it by name: "Tom Lund" and "Eva Lund" are both
       * "Lund", and the analysis has told them apart already. */
      for (guint a = 0; person == NULL && fp->aliases != NULL && a < fp->aliases->len; a++)
        {
          person = lookup_name (names, g_ptr_array_index (fp->aliases, a));
          if (person != NULL && g_hash_table_contains (taken, person))
            person = NULL;
        }
      if (person == NULL && fp->name != NULL && *fp->name)
        {
          g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
          g_auto(GStrv) aliases = NULL;
          g_autoptr(QmPerson) np = NULL;

          for (guint a = 0; fp->aliases != NULL && a < fp->aliases->len; a++)
            if (g_strcmp0 (g_ptr_array_index (fp->aliases, a), fp->name) != 0)
              g_strv_builder_add (b, g_ptr_array_index (fp->aliases, a));
          aliases = g_strv_builder_end (b);
          np = g_object_new (QM_TYPE_PERSON, "name", fp->name, "role", fp->role,
                             "aliases", aliases, "organisation", fp->organisation,
                             "origin", QM_ORIGIN_AUTO, NULL);
          record_insert (self, self->people, g_list_model_get_n_items (G_LIST_MODEL (self->people)), np);
          person = np;
          st.people_added++;
        }
      g_ptr_array_add (found_people, person);
      if (person != NULL)
        g_hash_table_add (taken, person);
    }

  /* Which existing quotes are the user's and which may be replaced */
  quotes = G_LIST_MODEL (self->quotes);
  n = g_list_model_get_n_items (quotes);
  protected = g_ptr_array_new_with_free_func (g_object_unref);
  replaceable = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      QmQuote *q = g_list_model_get_item (quotes, i);

      if (qm_quote_is_user_work (q))
        g_ptr_array_add (protected, q);
      else
        g_hash_table_insert (replaceable,
                             g_strdup_printf ("%" G_GSIZE_FORMAT ":%" G_GSIZE_FORMAT,
                                              qm_annotation_get_start (QM_ANNOTATION (q)),
                                              qm_annotation_get_end (QM_ANNOTATION (q))), q);
    }
  g_ptr_array_sort (protected, compare_by_start);
  st.kept = protected->len;

  matched = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < analysis->quotes->len; i++)
    {
      const QmFoundQuote *fq = &g_array_index (analysis->quotes, QmFoundQuote, i);
      g_autoptr(QmTarget) target = target_for_span (self->text, &fq->span);
      g_autoptr(QmTarget) speaker_mention = NULL;
      g_autoptr(QmTarget) cue = NULL;
      g_autofree char *key = NULL;
      QmPerson *person = NULL;
      QmQuote *existing;

      if (target == NULL)
        continue;
      if (overlaps_any (protected, fq->span.start, fq->span.end))
        {
          st.suppressed++;
          continue;
        }
      speaker_mention = target_for_span (self->text, &fq->speaker);
      cue = target_for_span (self->text, &fq->cue);
      if (fq->person >= 0 && (guint)fq->person < found_people->len)
        person = g_ptr_array_index (found_people, fq->person);

      key = g_strdup_printf ("%d:%d", fq->span.start, fq->span.end);
      existing = g_hash_table_lookup (replaceable, key);
      if (existing != NULL && !g_hash_table_contains (matched, existing))
        {
          g_hash_table_add (matched, existing);
          record_set_enum (self, existing, "kind", QM_TYPE_QUOTE_KIND, fq->kind);
          record_set_double (self, existing, "confidence", CLAMP (fq->confidence, 0.0, 1.0));
          record_set_string (self, existing, "speaker-id", person ? qm_person_get_id (person) : NULL);
          record_set_target (self, existing, "speaker-mention", speaker_mention);
          record_set_target (self, existing, "cue", cue);
          record_set_enum (self, existing, "anchor-state", QM_TYPE_ANCHOR_STATE, QM_ANCHOR_EXACT);
          st.updated++;
        }
      else
        {
          g_autoptr(GDateTime) now = now_utc ();
          g_autoptr(QmQuote) q = g_object_new (QM_TYPE_QUOTE,
                                               "kind", fq->kind,
                                               "target", target,
                                               "speaker-id", person ? qm_person_get_id (person) : NULL,
                                               "speaker-mention", speaker_mention,
                                               "cue", cue,
                                               "confidence", CLAMP (fq->confidence, 0.0, 1.0),
                                               "origin", QM_ORIGIN_AUTO,
                                               "creator", creator,
                                               "created", now,
                                               "modified", now,
                                               NULL);

          record_insert (self, self->quotes, sorted_position (self->quotes, QM_ANNOTATION (q)), q);
          g_hash_table_add (matched, q);
          st.added++;
        }
    }

  /* Unreviewed automatic quotes the analyzer no longer finds */
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, replaceable);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      if (!g_hash_table_contains (matched, value))
        {
          record_remove (self, self->quotes, value);
          st.removed++;
        }
  }

  /* Automatic people nobody refers to any more */
  referenced = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i);

      if (qm_quote_get_speaker_id (q) != NULL)
        g_hash_table_add (referenced, (char *)qm_quote_get_speaker_id (q));
    }
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->people)); i > 0; i--)
    {
      g_autoptr(QmPerson) p = g_list_model_get_item (G_LIST_MODEL (self->people), i - 1);

      if (qm_person_get_origin (p) == QM_ORIGIN_AUTO &&
          !g_hash_table_contains (referenced, qm_person_get_id (p)) &&
          !g_hash_table_contains (taken, p))
        record_remove (self, self->people, p);
    }

  end (self);

  if (stats != NULL)
    *stats = st;
  return TRUE;
}

/* Loading ------------------------------------------------------------------ */

void
_qm_annotation_set_load_content (QmAnnotationSet *self,
                                 GPtrArray       *people,
                                 GPtrArray       *tag_groups,
                                 GPtrArray       *quotes,
                                 GPtrArray       *highlights)
{
  g_assert (QM_IS_ANNOTATION_SET (self));

  if (tag_groups != NULL)
    {
      for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (self->tag_groups)); i++)
        {
          g_autoptr(GObject) g = g_list_model_get_item (G_LIST_MODEL (self->tag_groups), i);
          unregister_object (self, g);
        }
      g_list_store_splice (self->tag_groups, 0, g_list_model_get_n_items (G_LIST_MODEL (self->tag_groups)),
                           tag_groups->pdata, tag_groups->len);
      for (guint i = 0; i < tag_groups->len; i++)
        register_object (self, g_ptr_array_index (tag_groups, i));
    }

#define LOAD(store, array) \
  if (array != NULL) \
    { \
      g_list_store_splice (store, g_list_model_get_n_items (G_LIST_MODEL (store)), 0, \
                           (array)->pdata, (array)->len); \
      for (guint i = 0; i < (array)->len; i++) \
        register_object (self, g_ptr_array_index (array, i)); \
    }
  LOAD (self->people, people)
  LOAD (self->quotes, quotes)
  LOAD (self->highlights, highlights)
#undef LOAD
}

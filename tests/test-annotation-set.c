/* test-annotation-set.c
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

#include "qm-annotation-set-private.h"

#define TEXT "Mayor Helena Varga said the vote was \"a promise kept to every family\". " \
             "Councillor Tomas Brandt warned that \"the budget will not hold\". " \
             "Brandt added: \"We will be back.\""

static QmText *
make_text (void)
{
  g_autoptr(GError) error = NULL;
  QmText *text = qm_text_new (TEXT, -1, &error);

  g_assert_no_error (error);
  return text;
}

static gsize
offset_of (const char *needle)
{
  const char *p = strstr (TEXT, needle);

  g_assert_nonnull (p);
  return g_utf8_pointer_to_offset (TEXT, p);
}

static QmAnnotationSet *
make_set (void)
{
  g_autoptr(QmText) text = make_text ();
  QmAnnotationSet *set = qm_annotation_set_new (text);

  qm_annotation_set_set_author (set, "Tester");
  return set;
}

static QmQuote *
quote_at (QmAnnotationSet *set,
          const char      *words)
{
  g_autoptr(GError) error = NULL;
  gsize s = offset_of (words);
  QmQuote *q = qm_annotation_set_create_quote (set, QM_QUOTE_KIND_DIRECT, s, s + g_utf8_strlen (words, -1), &error);

  g_assert_no_error (error);
  g_assert_nonnull (q);
  return q;
}

/* A textual fingerprint of the whole set, to compare states before and after undo. */
static char *
describe (QmAnnotationSet *set)
{
  GString *s = g_string_new (NULL);
  GListModel *lists[] = { qm_annotation_set_get_quotes (set), qm_annotation_set_get_highlights (set) };

  for (guint i = 0; i < g_list_model_get_n_items (qm_annotation_set_get_people (set)); i++)
    {
      g_autoptr(QmPerson) p = g_list_model_get_item (qm_annotation_set_get_people (set), i);
      g_autofree char *aliases = g_strjoinv ("|", (char **)qm_person_get_aliases (p));

      g_string_append_printf (s, "P %s %s [%s] %s %s\n", qm_person_get_id (p), qm_person_get_name (p), aliases,
                              qm_person_get_role (p), qm_person_get_color (p));
    }
  for (guint l = 0; l < 2; l++)
    for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
      {
        g_autoptr(QmAnnotation) a = g_list_model_get_item (lists[l], i);
        g_autofree char *tags = g_strjoinv ("|", (char **)qm_annotation_get_tags (a));
        GListModel *notes = qm_annotation_get_notes (a);

        g_string_append_printf (s, "A %s %zu-%zu %s [%s]", qm_annotation_get_id (a), qm_annotation_get_start (a),
                                qm_annotation_get_end (a), qm_anchor_state_to_string (qm_annotation_get_anchor_state (a)),
                                tags);
        if (QM_IS_QUOTE (a))
          {
            QmQuote *q = QM_QUOTE (a);
            QmTarget *m = qm_quote_get_speaker_mention (q);
            QmTarget *c = qm_quote_get_cue (q);

            g_string_append_printf (s, " %s %s %s %d/%d %d/%d", qm_quote_kind_to_string (qm_quote_get_kind (q)),
                                    qm_quote_get_speaker_id (q),
                                    qm_review_state_to_string (qm_quote_get_review (q)),
                                    m ? (int)qm_target_get_start (m) : -1, m ? (int)qm_target_get_end (m) : -1,
                                    c ? (int)qm_target_get_start (c) : -1, c ? (int)qm_target_get_end (c) : -1);
          }
        for (guint n = 0; n < g_list_model_get_n_items (notes); n++)
          {
            g_autoptr(QmNote) note = g_list_model_get_item (notes, n);
            g_string_append_printf (s, " note(%s:%s)", qm_note_get_author (note), qm_note_get_text (note));
          }
        g_string_append_c (s, '\n');
      }
  for (guint g = 0; g < g_list_model_get_n_items (qm_annotation_set_get_tag_groups (set)); g++)
    {
      g_autoptr(QmTagGroup) group = g_list_model_get_item (qm_annotation_set_get_tag_groups (set), g);
      GListModel *cats = qm_tag_group_get_categories (group);

      g_string_append_printf (s, "G %s %s:", qm_tag_group_get_id (group), qm_tag_group_get_label (group));
      for (guint c = 0; c < g_list_model_get_n_items (cats); c++)
        {
          g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, c);
          g_string_append_printf (s, " %s=%s/%s", qm_tag_category_get_id (cat), qm_tag_category_get_label (cat),
                                  qm_tag_category_get_color (cat));
        }
      g_string_append_c (s, '\n');
    }
  return g_string_free (s, FALSE);
}

/* Runs @edit on a set prepared by @prepare and checks that undo restores the
 * state before it exactly, that redo restores the state after it, and that
 * the modified flag follows.
 */
typedef gboolean (*EditFunc) (QmAnnotationSet *set, gpointer data);

static void
check_undo (QmAnnotationSet *set,
            EditFunc         edit,
            gpointer         data)
{
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  qm_annotation_set_mark_saved (set);
  g_assert_false (qm_annotation_set_get_modified (set));
  before = describe (set);
  g_assert_true (edit (set, data));
  after = describe (set);
  g_assert_cmpstr (before, !=, after);
  g_assert_true (qm_annotation_set_get_modified (set));
  g_assert_true (qm_annotation_set_get_can_undo (set));

  g_assert_true (qm_annotation_set_undo (set));
  undone = describe (set);
  g_assert_cmpstr (before, ==, undone);
  g_assert_false (qm_annotation_set_get_modified (set));
  g_assert_true (qm_annotation_set_get_can_redo (set));

  g_assert_true (qm_annotation_set_redo (set));
  redone = describe (set);
  g_assert_cmpstr (after, ==, redone);
  g_assert_true (qm_annotation_set_get_modified (set));

  /* Back to the starting point, so every edit is checked on the same set. */
  g_assert_true (qm_annotation_set_undo (set));
  g_free (undone);
  undone = describe (set);
  g_assert_cmpstr (before, ==, undone);
}

static gboolean
edit_add_quote (QmAnnotationSet *set, gpointer data)
{
  return quote_at (set, "the budget will not hold") != NULL;
}

static gboolean
edit_remove_quote (QmAnnotationSet *set, gpointer data)
{
  return qm_annotation_set_remove_annotation (set, data, NULL);
}

static gboolean
edit_add_highlight (QmAnnotationSet *set, gpointer data)
{
  gsize s = offset_of ("Councillor");

  return qm_annotation_set_create_highlight (set, s, s + 10, NULL) != NULL;
}

static gboolean
edit_set_speaker (QmAnnotationSet *set, gpointer data)
{
  g_autoptr(QmPerson) p = g_list_model_get_item (qm_annotation_set_get_people (set), 0);

  return qm_annotation_set_set_quote_speaker (set, data, p, NULL);
}

static gboolean
edit_merge_people (QmAnnotationSet *set, gpointer data)
{
  g_autoptr(QmPerson) a = g_list_model_get_item (qm_annotation_set_get_people (set), 0);
  g_autoptr(QmPerson) b = g_list_model_get_item (qm_annotation_set_get_people (set), 1);

  return qm_annotation_set_merge_people (set, a, b, NULL);
}

static gboolean
edit_retag (QmAnnotationSet *set, gpointer data)
{
  return qm_annotation_set_add_tag (set, data, "verification-false", NULL);
}

static gboolean
edit_add_note (QmAnnotationSet *set, gpointer data)
{
  return qm_annotation_set_add_note (set, data, "Check the budget figures", NULL) != NULL;
}

static gboolean
edit_note_text (QmAnnotationSet *set, gpointer data)
{
  g_autoptr(QmNote) note = g_list_model_get_item (qm_annotation_get_notes (data), 0);

  return qm_annotation_set_set_note_text (set, data, note, "Checked: wrong", NULL);
}

static gboolean
edit_remove_note (QmAnnotationSet *set, gpointer data)
{
  g_autoptr(QmNote) note = g_list_model_get_item (qm_annotation_get_notes (data), 0);

  return qm_annotation_set_remove_note (set, data, note, NULL);
}

static gboolean
edit_review (QmAnnotationSet *set, gpointer data)
{
  return qm_annotation_set_set_quote_review (set, data, QM_REVIEW_REJECTED, NULL);
}

static gboolean
edit_kind (QmAnnotationSet *set, gpointer data)
{
  return qm_annotation_set_set_quote_kind (set, data, QM_QUOTE_KIND_INDIRECT, NULL);
}

static gboolean
edit_span (QmAnnotationSet *set, gpointer data)
{
  gsize s = offset_of ("budget will");

  return qm_annotation_set_set_span (set, data, s, s + 6, NULL);
}

static gboolean
edit_mentions (QmAnnotationSet *set, gpointer data)
{
  gsize s = offset_of ("Tomas Brandt");
  gsize c = offset_of ("warned");

  gboolean ok;

  qm_annotation_set_begin_group (set, "Mentions");
  ok = qm_annotation_set_set_quote_speaker_mention (set, data, s, s + 12, NULL) &&
       qm_annotation_set_set_quote_cue (set, data, c, c + 6, NULL);
  qm_annotation_set_end_group (set);
  return ok;
}

static gboolean
edit_person_fields (QmAnnotationSet *set, gpointer data)
{
  const char *aliases[] = { "Varga", "the mayor", NULL };

  qm_annotation_set_begin_group (set, "Edit person");
  g_assert_true (qm_annotation_set_set_person_name (set, data, "Helena K. Varga", NULL));
  g_assert_true (qm_annotation_set_set_person_role (set, data, "Mayor", NULL));
  g_assert_true (qm_annotation_set_set_person_color (set, data, "#ff0000", NULL));
  g_assert_true (qm_annotation_set_set_person_aliases (set, data, aliases, NULL));
  qm_annotation_set_end_group (set);
  return TRUE;
}

static gboolean
edit_remove_person (QmAnnotationSet *set, gpointer data)
{
  return qm_annotation_set_remove_person (set, data, NULL);
}

static gboolean
edit_add_person (QmAnnotationSet *set, gpointer data)
{
  g_autoptr(QmPerson) p = qm_person_new ("Maren Feld");

  return qm_annotation_set_add_person (set, p, NULL);
}

static gboolean
edit_tag_groups (QmAnnotationSet *set, gpointer data)
{
  QmTagGroup *group;
  QmTagCategory *cat;
  gboolean ok;

  qm_annotation_set_begin_group (set, "New group");
  group = qm_annotation_set_add_tag_group (set, "Topic", FALSE, NULL);
  g_assert_nonnull (group);
  cat = qm_annotation_set_add_tag_category (set, group, "Transport", "#00ff00", NULL);
  g_assert_nonnull (cat);
  ok = qm_annotation_set_add_tag (set, data, qm_tag_category_get_id (cat), NULL);
  qm_annotation_set_end_group (set);
  return ok;
}

static gboolean
edit_remove_category (QmAnnotationSet *set, gpointer data)
{
  return qm_annotation_set_remove_tag_category (set, qm_annotation_set_lookup_tag (set, "statement-claim"), NULL);
}

static gboolean
edit_remove_group (QmAnnotationSet *set, gpointer data)
{
  return qm_annotation_set_remove_tag_group (set, qm_annotation_set_lookup_tag_group (set, "statement"), NULL);
}

static gboolean
edit_rename_tags (QmAnnotationSet *set, gpointer data)
{
  QmTagCategory *cat = qm_annotation_set_lookup_tag (set, "statement-fact");
  gboolean ok;

  qm_annotation_set_begin_group (set, "Rename");
  ok = qm_annotation_set_set_tag_category_label (set, cat, "Factual claim", NULL) &&
       qm_annotation_set_set_tag_category_color (set, cat, "#123456", NULL) &&
       qm_annotation_set_set_tag_group_label (set, qm_annotation_set_lookup_tag_group (set, "statement"),
                                              "Statement type", NULL);
  qm_annotation_set_end_group (set);
  return ok;
}

static void
test_undo_each_edit (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(QmPerson) varga = qm_person_new ("Helena Varga");
  g_autoptr(QmPerson) brandt = qm_person_new ("Tomas Brandt");
  QmQuote *q1, *q2;

  g_assert_true (qm_annotation_set_add_person (set, varga, NULL));
  g_assert_true (qm_annotation_set_add_person (set, brandt, NULL));
  q1 = quote_at (set, "a promise kept to every family");
  q2 = quote_at (set, "We will be back.");
  g_assert_true (qm_annotation_set_set_quote_speaker (set, q2, brandt, NULL));
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (q1), "statement-claim", NULL));
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (q2), "statement-promise", NULL));

  check_undo (set, edit_add_quote, NULL);
  check_undo (set, edit_add_highlight, NULL);
  check_undo (set, edit_remove_quote, q1);
  check_undo (set, edit_set_speaker, q1);
  check_undo (set, edit_merge_people, NULL);
  check_undo (set, edit_retag, q1);
  check_undo (set, edit_add_note, q1);
  g_assert_nonnull (qm_annotation_set_add_note (set, QM_ANNOTATION (q1), "First note", NULL));
  check_undo (set, edit_note_text, q1);
  check_undo (set, edit_remove_note, q1);
  check_undo (set, edit_review, q1);
  check_undo (set, edit_kind, q1);
  check_undo (set, edit_mentions, q2);
  check_undo (set, edit_person_fields, varga);
  check_undo (set, edit_add_person, NULL);
  check_undo (set, edit_remove_person, brandt);
  check_undo (set, edit_tag_groups, q1);
  check_undo (set, edit_remove_category, NULL);
  check_undo (set, edit_remove_group, NULL);
  check_undo (set, edit_rename_tags, NULL);
  /* last: moves q1 inside another quote's span */
  check_undo (set, edit_span, q1);
}

static void
test_merge_people_details (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(QmPerson) a = qm_person_new ("Tomas Brandt");
  g_autoptr(QmPerson) b = g_object_new (QM_TYPE_PERSON, "name", "Brandt", "role", "Councillor",
                                        "aliases", (const char *[]) { "the councillor", NULL }, NULL);
  QmQuote *q;

  g_assert_true (qm_annotation_set_add_person (set, a, NULL));
  g_assert_true (qm_annotation_set_add_person (set, b, NULL));
  q = quote_at (set, "We will be back.");
  g_assert_true (qm_annotation_set_set_quote_speaker (set, q, b, NULL));
  g_assert_true (qm_annotation_set_merge_people (set, a, b, NULL));

  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_people (set)), ==, 1);
  g_assert_cmpstr (qm_quote_get_speaker_id (q), ==, qm_person_get_id (a));
  g_assert_true (qm_person_has_name (a, "brandt"));
  g_assert_true (qm_person_has_name (a, "The Councillor"));
  g_assert_cmpstr (qm_person_get_role (a), ==, "Councillor");
  g_assert_null (qm_annotation_set_lookup_person (set, qm_person_get_id (b)));
  g_assert_false (qm_annotation_set_merge_people (set, a, a, NULL));
}

static void
test_invalid_edits (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(QmAnnotationSet) other = make_set ();
  g_autoptr(GError) error = NULL;
  g_autoptr(QmPerson) stranger = qm_person_new ("Nobody");
  QmQuote *q = quote_at (set, "We will be back.");
  const char *two_verdicts[] = { "verification-true", "verification-false", NULL };

  g_assert_null (qm_annotation_set_create_quote (set, QM_QUOTE_KIND_DIRECT, 5, 5000, &error));
  g_assert_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (qm_annotation_set_set_quote_speaker (set, q, stranger, &error));
  g_assert_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_false (qm_annotation_set_add_tag (set, QM_ANNOTATION (q), "no-such-tag", &error));
  g_assert_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (qm_annotation_set_set_tags (set, QM_ANNOTATION (q), two_verdicts, &error));
  g_assert_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (qm_annotation_set_remove_annotation (other, QM_ANNOTATION (q), &error));
  g_assert_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_NOT_FOUND);
  g_clear_error (&error);

  /* The exclusive group: adding a second verdict replaces the first. */
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (q), "verification-true", NULL));
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (q), "verification-false", NULL));
  g_assert_false (qm_annotation_has_tag (QM_ANNOTATION (q), "verification-true"));
  g_assert_true (qm_annotation_has_tag (QM_ANNOTATION (q), "verification-false"));
}

static void
count_items_changed_cb (GListModel *model,
                        guint       position,
                        guint       removed,
                        guint       added,
                        guint      *count)
{
  (*count)++;
}

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_notifications_and_groups (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  guint items = 0, modified = 0, speaker = 0;
  g_autoptr(QmPerson) p = qm_person_new ("Helena Varga");
  QmQuote *q;

  g_signal_connect (qm_annotation_set_get_quotes (set), "items-changed", G_CALLBACK (count_items_changed_cb), &items);
  g_signal_connect (set, "notify::modified", G_CALLBACK (count_notify_cb), &modified);
  q = quote_at (set, "a promise kept");
  g_assert_cmpuint (items, ==, 1);
  g_assert_cmpuint (modified, ==, 1);
  g_assert_true (qm_annotation_set_add_person (set, p, NULL));
  g_signal_connect (q, "notify::speaker-id", G_CALLBACK (count_notify_cb), &speaker);
  g_assert_true (qm_annotation_set_set_quote_speaker (set, q, p, NULL));
  g_assert_cmpuint (speaker, ==, 1);
  g_assert_true (qm_annotation_set_undo (set));
  g_assert_cmpuint (speaker, ==, 2);
  g_assert_null (qm_quote_get_speaker_id (q));

  /* A group undoes as one step, under its label. */
  qm_annotation_set_begin_group (set, "Tag and accept");
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (q), "statement-promise", NULL));
  g_assert_true (qm_annotation_set_set_quote_review (set, q, QM_REVIEW_ACCEPTED, NULL));
  qm_annotation_set_end_group (set);
  g_assert_cmpstr (qm_annotation_set_get_undo_label (set), ==, "Tag and accept");
  g_assert_true (qm_annotation_set_undo (set));
  g_assert_false (qm_annotation_has_tag (QM_ANNOTATION (q), "statement-promise"));
  g_assert_cmpint (qm_quote_get_review (q), ==, QM_REVIEW_UNREVIEWED);
  g_assert_cmpstr (qm_annotation_set_get_redo_label (set), ==, "Tag and accept");

  /* A new edit clears redo. */
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (q), "statement-fact", NULL));
  g_assert_false (qm_annotation_set_get_can_redo (set));

  /* Saving, then undoing and redoing back returns to unmodified. */
  qm_annotation_set_mark_saved (set);
  g_assert_false (qm_annotation_set_get_modified (set));
  g_assert_true (qm_annotation_set_undo (set));
  g_assert_true (qm_annotation_set_get_modified (set));
  g_assert_true (qm_annotation_set_redo (set));
  g_assert_false (qm_annotation_set_get_modified (set));
}

/* Appends to @log what one ::objects-changed said, a step a line: "+" an
 * addition, "-" a removal (the list and position), "~" a property. */
static void
log_objects_changed_cb (QmAnnotationSet *set,
                        GArray          *changes,
                        GString         *log)
{
  for (guint i = 0; i < changes->len; i++)
    {
      const QmSetChange *change = &g_array_index (changes, QmSetChange, i);
      QmAnnotation *a = QM_IS_ANNOTATION (change->object) ? QM_ANNOTATION (change->object) : NULL;
      g_autofree char *words = NULL;

      g_assert_nonnull (a);
      words = qm_text_dup_slice (qm_annotation_set_get_text (set), qm_annotation_get_start (a),
                                 qm_annotation_get_end (a));
      switch (change->kind)
        {
        case QM_SET_CHANGE_ADDED:
        case QM_SET_CHANGE_REMOVED:
          g_assert_true (change->list == qm_annotation_set_get_quotes (set));
          g_assert_null (change->property);
          g_string_append_printf (log, "%s quotes %u \"%s\"\n", change->kind == QM_SET_CHANGE_ADDED ? "+" : "-",
                                  change->position, words);
          break;

        case QM_SET_CHANGE_PROPERTY:
          g_assert_null (change->list);
          /* interned, as a GParamSpec's name */
          g_assert_true (change->property == g_intern_string (change->property));
          g_string_append_printf (log, "~ \"%s\" %s\n", words, change->property);
          break;

        default:
          g_assert_not_reached ();
        }
    }
}

static void
log_changed_cb (QmAnnotationSet *set,
                GString         *log)
{
  g_string_append (log, "changed\n");
}

/* Takes what @log holds. */
static char *
take_log (GString *log)
{
  char *taken = g_strdup (log->str);

  g_string_truncate (log, 0);
  return taken;
}

/* ::objects-changed says which quote an edit, undo or redo added, removed
 * or changed, where and in what, before ::changed. */
static void
test_objects_changed (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(GString) log = g_string_new (NULL);
  GListModel *quotes = qm_annotation_set_get_quotes (set);
  g_autoptr(QmQuote) later = NULL;
  g_autoptr(QmQuote) first = NULL;
  char *said;

  g_signal_connect (set, "objects-changed", G_CALLBACK (log_objects_changed_cb), log);
  g_signal_connect (set, "changed", G_CALLBACK (log_changed_cb), log);

  /* Added, where the list keeps it (in the text's order). */
  later = g_object_ref (quote_at (set, "We will be back."));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "+ quotes 0 \"We will be back.\"\nchanged\n");
  g_free (said);
  first = g_object_ref (quote_at (set, "a promise kept"));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "+ quotes 0 \"a promise kept\"\nchanged\n");
  g_free (said);
  {
    g_autoptr(QmQuote) second = g_list_model_get_item (quotes, 1);

    g_assert_true (second == later);
  }

  /* Changed: the review, and the time of the change. */
  g_assert_true (qm_annotation_set_set_quote_review (set, later, QM_REVIEW_ACCEPTED, NULL));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "~ \"We will be back.\" review\n~ \"We will be back.\" modified\nchanged\n");
  g_free (said);

  /* Removed, from where it was. */
  g_assert_true (qm_annotation_set_remove_annotation (set, QM_ANNOTATION (later), NULL));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "- quotes 1 \"We will be back.\"\nchanged\n");
  g_free (said);

  /* Undone: the removal is an addition, at the same place; the steps of
   * the review come back in the reverse order. */
  g_assert_true (qm_annotation_set_undo (set));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "+ quotes 1 \"We will be back.\"\nchanged\n");
  g_free (said);
  g_assert_true (qm_annotation_set_undo (set));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "~ \"We will be back.\" modified\n~ \"We will be back.\" review\nchanged\n");
  g_free (said);
  g_assert_cmpint (qm_quote_get_review (later), ==, QM_REVIEW_UNREVIEWED);
  g_assert_true (qm_annotation_set_undo (set));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "- quotes 0 \"a promise kept\"\nchanged\n");
  g_free (said);

  /* Redone: as done. */
  g_assert_true (qm_annotation_set_redo (set));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "+ quotes 0 \"a promise kept\"\nchanged\n");
  g_free (said);
  g_assert_true (qm_annotation_set_redo (set));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "~ \"We will be back.\" review\n~ \"We will be back.\" modified\nchanged\n");
  g_free (said);
  g_assert_true (qm_annotation_set_redo (set));
  said = take_log (log);
  g_assert_cmpstr (said, ==, "- quotes 1 \"We will be back.\"\nchanged\n");
  g_free (said);
  g_assert_cmpuint (g_list_model_get_n_items (quotes), ==, 1);

  /* A group is one signal, its steps in order; an edit that changes
   * nothing, none. */
  qm_annotation_set_begin_group (set, "Reject and tag");
  g_assert_true (qm_annotation_set_set_quote_review (set, first, QM_REVIEW_REJECTED, NULL));
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (first), "statement-promise", NULL));
  qm_annotation_set_end_group (set);
  said = take_log (log);
  g_assert_cmpstr (said, ==, "~ \"a promise kept\" review\n~ \"a promise kept\" modified\n"
                   "~ \"a promise kept\" tags\n~ \"a promise kept\" modified\nchanged\n");
  g_free (said);
  g_assert_true (qm_annotation_set_set_quote_review (set, first, QM_REVIEW_REJECTED, NULL));
  g_assert_cmpuint (log->len, ==, 0);
}

static void
test_defaults (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  const char *expected[] = { "statement-claim", "statement-opinion", "statement-fact", "statement-promise",
                             "statement-prediction", "verification-unverified", "verification-true",
                             "verification-misleading", "verification-false", "verification-unverifiable" };
  QmTagGroup *verification = qm_annotation_set_lookup_tag_group (set, "verification");

  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_tag_groups (set)), ==, 2);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      QmTagCategory *cat = qm_annotation_set_lookup_tag (set, expected[i]);

      g_assert_nonnull (cat);
      g_assert_nonnull (qm_tag_category_get_color (cat));
    }
  g_assert_true (qm_tag_group_get_exclusive (verification));
  g_assert_true (qm_tag_group_get_builtin (verification));
  g_assert_false (qm_annotation_set_get_modified (set));
  g_assert_false (qm_annotation_set_get_can_undo (set));
}

/* Analyses built by hand: the placeholder analyzer is not what is tested here. */
static QmAnalysis *
make_analysis (QmAnalyzer *analyzer,
               QmText     *text)
{
  QmAnalysis *an = qm_analyzer_analyze (analyzer, text, NULL, NULL);

  g_array_set_size (an->quotes, 0);
  g_ptr_array_set_size (an->people, 0);
  return an;
}

static void
add_found (QmAnalysis *an,
           const char *words,
           int         person,
           const char *speaker_words)
{
  gsize s = offset_of (words);
  QmFoundQuote fq = { .kind = QM_QUOTE_KIND_DIRECT, .person = person, .span = { s, s + g_utf8_strlen (words, -1) },
                      .speaker = { -1, -1 }, .cue = { -1, -1 }, .confidence = 0.8 };

  if (speaker_words != NULL)
    {
      fq.speaker.start = offset_of (speaker_words);
      fq.speaker.end = fq.speaker.start + g_utf8_strlen (speaker_words, -1);
    }
  g_array_append_val (an->quotes, fq);
}

static void
add_found_person (QmAnalysis *an,
                  const char *name,
                  const char *alias)
{
  QmFoundPerson *fp = g_new0 (QmFoundPerson, 1);

  fp->name = g_strdup (name);
  fp->aliases = g_ptr_array_new_with_free_func (g_free);
  if (alias)
    g_ptr_array_add (fp->aliases, g_strdup (alias));
  fp->mentions = g_array_new (FALSE, FALSE, sizeof (QmSpan));
  g_ptr_array_add (an->people, fp);
}

static QmQuote *
find_quote (QmAnnotationSet *set,
            const char      *words)
{
  gsize s = offset_of (words);
  GListModel *quotes = qm_annotation_set_get_quotes (set);

  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i);

      if (qm_annotation_get_start (QM_ANNOTATION (q)) == s)
        return q;
    }
  return NULL;
}

/* Two people of one surname in one analysis stay two people, although
 * both have the surname among their aliases. */
static void
test_merge_namesakes (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new ("en", NULL);
  g_autoptr(QmAnalysis) an = make_analysis (analyzer, qm_annotation_set_get_text (set));
  QmMergeStats st;
  QmPerson *varga, *other;

  add_found_person (an, "Helena Varga", "Varga");
  add_found_person (an, "Ilona Varga", "Varga");
  add_found (an, "a promise kept to every family", 0, NULL);
  add_found (an, "the budget will not hold", 1, NULL);
  g_assert_true (qm_annotation_set_merge_analysis (set, an, &st, NULL));
  g_assert_cmpuint (st.people_added, ==, 2);
  varga = qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (find_quote (set, "a promise kept to every family")));
  other = qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (find_quote (set, "the budget will not hold")));
  g_assert_nonnull (varga);
  g_assert_nonnull (other);
  g_assert_cmpstr (qm_person_get_name (varga), ==, "Helena Varga");
  g_assert_cmpstr (qm_person_get_name (other), ==, "Ilona Varga");

  /* analysed again, each finds herself by her name */
  {
    g_autoptr(QmAnalysis) again = make_analysis (analyzer, qm_annotation_set_get_text (set));

    add_found_person (again, "Ilona Varga", "Varga");
    add_found_person (again, "Helena Varga", "Varga");
    g_assert_true (qm_annotation_set_merge_analysis (set, again, &st, NULL));
    g_assert_cmpuint (st.people_added, ==, 0);
    g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_people (set)), ==, 2);
  }
}

/* A person the set knows from before, and a namesake new to it that the
 * analysis lists first: the newcomer's alias must not take the person that
 * a later person of the same analysis finds by her full name. */
static void
test_merge_namesake_listed_first (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new ("en", NULL);
  g_autoptr(QmAnalysis) first = make_analysis (analyzer, qm_annotation_set_get_text (set));
  g_autoptr(QmAnalysis) again = make_analysis (analyzer, qm_annotation_set_get_text (set));
  QmMergeStats st;
  QmPerson *helena, *ilona;

  add_found_person (first, "Helena Varga", "Varga");
  add_found (first, "a promise kept to every family", 0, NULL);
  g_assert_true (qm_annotation_set_merge_analysis (set, first, &st, NULL));
  g_assert_cmpuint (st.people_added, ==, 1);

  add_found_person (again, "Ilona Varga", "Varga");
  add_found_person (again, "Helena Varga", "Varga");
  add_found (again, "a promise kept to every family", 1, NULL);
  add_found (again, "the budget will not hold", 0, NULL);
  g_assert_true (qm_annotation_set_merge_analysis (set, again, &st, NULL));
  g_assert_cmpuint (st.people_added, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_people (set)), ==, 2);
  helena = qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (find_quote (set, "a promise kept to every family")));
  ilona = qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (find_quote (set, "the budget will not hold")));
  g_assert_nonnull (helena);
  g_assert_nonnull (ilona);
  g_assert_cmpstr (qm_person_get_name (helena), ==, "Helena Varga");
  g_assert_cmpstr (qm_person_get_name (ilona), ==, "Ilona Varga");
}

/* A found person finds a person of the set by name or alias whatever the
 * case; an alias does not find a person that another person of the same
 * analysis has found already, or has become. */
static void
test_merge_finds_people_by_name (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new ("en", NULL);
  g_autoptr(QmAnalysis) first = make_analysis (analyzer, qm_annotation_set_get_text (set));
  g_autoptr(QmAnalysis) again = make_analysis (analyzer, qm_annotation_set_get_text (set));
  GListModel *people = qm_annotation_set_get_people (set);
  QmMergeStats st;
  QmPerson *mayor;

  add_found_person (first, "Helena Varga", "the mayor");
  add_found (first, "a promise kept to every family", 0, NULL);
  g_assert_true (qm_annotation_set_merge_analysis (set, first, &st, NULL));
  g_assert_cmpuint (st.people_added, ==, 1);
  mayor = qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (find_quote (set, "a promise kept to every family")));

  add_found_person (again, "HELENA VARGA", NULL);
  add_found_person (again, "Ilona Berg", "Councillor Berg");
  add_found_person (again, "Somebody Else", "The Mayor");
  add_found_person (again, "Ilona B.", "councillor berg");
  add_found (again, "a promise kept to every family", 0, NULL);
  add_found (again, "the budget will not hold", 2, NULL);
  g_assert_true (qm_annotation_set_merge_analysis (set, again, &st, NULL));
  /* "The Mayor" is the mayor's alias, but she is taken by her name, and
   * "councillor berg" is Ilona Berg's, who is taken too: two new people */
  g_assert_cmpuint (st.people_added, ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, 4);
  g_assert_true (qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (find_quote (set, "a promise kept to every family"))) == mayor);
  g_assert_cmpstr (qm_person_get_name (qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (find_quote (set, "the budget will not hold")))),
                   ==, "Somebody Else");
}

static void
test_merge_never_destroys_user_work (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new ("en", NULL);
  g_autoptr(QmAnalysis) first = make_analysis (analyzer, qm_annotation_set_get_text (set));
  g_autoptr(QmAnalysis) second = make_analysis (analyzer, qm_annotation_set_get_text (set));
  g_autofree char *before_second = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *accepted_id = NULL;
  g_autofree char *kept_id = NULL;
  QmMergeStats st;
  QmQuote *promise, *budget, *back, *user, *edited;
  QmPerson *brandt;

  add_found_person (first, "Helena Varga", "Varga");
  add_found_person (first, "Tomas Brandt", "Brandt");
  add_found (first, "a promise kept to every family", 0, "Helena Varga");
  add_found (first, "the budget will not hold", 1, "Tomas Brandt");
  add_found (first, "We will be back.", 1, "Brandt");
  add_found (first, "vote was", -1, NULL);
  g_assert_true (qm_annotation_set_merge_analysis (set, first, &st, NULL));
  g_assert_cmpuint (st.added, ==, 4);
  g_assert_cmpuint (st.people_added, ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (set)), ==, 4);

  promise = find_quote (set, "a promise kept to every family");
  budget = find_quote (set, "the budget will not hold");
  back = find_quote (set, "We will be back.");
  g_assert_cmpint (qm_annotation_get_origin (QM_ANNOTATION (promise)), ==, QM_ORIGIN_AUTO);
  g_assert_false (qm_quote_is_user_work (promise));
  brandt = qm_annotation_set_find_person (set, "Brandt");
  g_assert_nonnull (brandt);
  g_assert_cmpstr (qm_quote_get_speaker_id (back), ==, qm_person_get_id (brandt));
  g_assert_nonnull (qm_quote_get_speaker_mention (back));

  /* The user accepts one, rejects one, edits one (a tag), and adds their own. */
  g_assert_true (qm_annotation_set_set_quote_review (set, promise, QM_REVIEW_ACCEPTED, NULL));
  g_assert_true (qm_annotation_set_set_quote_review (set, budget, QM_REVIEW_REJECTED, NULL));
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (back), "statement-promise", NULL));
  edited = back;
  g_assert_true (qm_quote_get_edited (edited));
  user = quote_at (set, "Councillor Tomas Brandt warned");
  accepted_id = g_strdup (qm_annotation_get_id (QM_ANNOTATION (promise)));
  g_assert_true (qm_annotation_set_set_quote_speaker (set, promise, NULL, NULL));

  /* The analyzer now finds different things, including the rejected quote again,
   * a quote overlapping the user's own, the accepted one with another speaker,
   * and "vote was" again.
   */
  add_found_person (second, "Tomas Brandt", NULL);
  add_found (second, "a promise kept to every family", 0, NULL);
  add_found (second, "the budget will not hold", 0, NULL);
  add_found (second, "Tomas Brandt warned that", -1, NULL);
  add_found (second, "vote was", -1, NULL);
  add_found (second, "every family", -1, NULL);
  kept_id = g_strdup (qm_annotation_get_id (QM_ANNOTATION (find_quote (set, "vote was"))));
  before_second = describe (set);
  g_assert_true (qm_annotation_set_merge_analysis (set, second, &st, NULL));

  g_assert_cmpuint (st.kept, ==, 4);
  g_assert_cmpuint (st.suppressed, ==, 4);   /* promise, budget, Brandt warned, every family */
  g_assert_cmpuint (st.updated, ==, 1);      /* "vote was" */
  g_assert_cmpuint (st.added, ==, 0);
  g_assert_cmpuint (st.removed, ==, 0);

  /* User work is untouched */
  g_assert_true (find_quote (set, "a promise kept to every family") == promise);
  g_assert_cmpstr (qm_annotation_get_id (QM_ANNOTATION (promise)), ==, accepted_id);
  g_assert_null (qm_quote_get_speaker_id (promise));
  g_assert_cmpint (qm_quote_get_review (budget), ==, QM_REVIEW_REJECTED);
  g_assert_true (find_quote (set, "the budget will not hold") == budget);
  g_assert_true (qm_annotation_has_tag (QM_ANNOTATION (edited), "statement-promise"));
  g_assert_true (find_quote (set, "Councillor Tomas Brandt warned") == user);
  /* The unreviewed auto quote found again keeps its id */
  g_assert_cmpstr (qm_annotation_get_id (QM_ANNOTATION (find_quote (set, "vote was"))), ==, kept_id);
  /* "Varga" is no longer found and nobody refers to her: the auto person goes */
  g_assert_null (qm_annotation_set_find_person (set, "Helena Varga"));
  g_assert_nonnull (qm_annotation_set_find_person (set, "Tomas Brandt"));

  /* A third run that finds nothing removes only the unreviewed auto quote. */
  {
    g_autoptr(QmAnalysis) empty = make_analysis (analyzer, qm_annotation_set_get_text (set));

    g_assert_true (qm_annotation_set_merge_analysis (set, empty, &st, NULL));
    g_assert_cmpuint (st.removed, ==, 1);
    g_assert_null (find_quote (set, "vote was"));
    g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (set)), ==, 4);
    g_assert_true (qm_annotation_set_undo (set));
  }

  /* The merge is one undo step. */
  g_assert_true (qm_annotation_set_undo (set));
  after_undo = describe (set);
  g_assert_cmpstr (before_second, ==, after_undo);
}

static void
test_read_only (void)
{
  g_autoptr(QmAnnotationSet) set = make_set ();
  g_autoptr(GError) error = NULL;

  _qm_annotation_set_set_read_only (set, "newer format");
  g_assert_true (qm_annotation_set_get_read_only (set));
  g_assert_null (qm_annotation_set_create_highlight (set, 0, 4, &error));
  g_assert_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_READ_ONLY);
  g_assert_false (qm_annotation_set_get_modified (set));
}

/* The words of a quotation as the list and the reports show them: an
 * attribution inside a direct quotation becomes an ellipsis; everything
 * else keeps its exact text. The analyzer finds the quotations here. */
static void
test_quote_words (void)
{
  static const struct {
    const char *article;
    const char *starts;  /* the quotation's first words */
    const char *words;
  } cases[] = {
    { "“We listen now,” Mrs. Lund replied. “The money is in the budget.”\n",
      "We listen", "We listen now, … The money is in the budget." },
    /* apostrophes are not the marks around the attribution */
    { "‘We won’t go,’ Anna Berg said. ‘Not in the ’90s either.’\n",
      "We won", "We won’t go, … Not in the ’90s either." },
    { "“The quay is safe,” said the minister’s spokesman, Tom Berg. “It will stay open.”\n",
      "The quay", "The quay is safe, … It will stay open." },
    /* an apostrophe in or after the attribution is no mark around it:
     * the mark that opens the next part is of the kind that closed the
     * part before */
    { "“We kept the ferry,” Mrs. Lund said of the pilots’ union. “The union kept its word.”\n",
      "We kept", "We kept the ferry, … The union kept its word." },
    { "“Let them wait,” Tom Berg told ’em at the quay. “They did.”\n",
      "Let them", "Let them wait, … They did." },
    { "“Nothing changes,” said the dockers’ new spokesman. “Not this year.”\n",
      "Nothing changes", "Nothing changes, … Not this year." },
    /* the attribution after the quotation is not in it */
    { "“Nobody listened to the pilots,” Mr. Lund said.\n",
      "Nobody", "Nobody listened to the pilots," },
    /* reported speech keeps its words */
    { "Eva Lund said that the port would reopen in May.\n",
      "that the port", "that the port would reopen in May" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(QmText) text = qm_text_new (cases[i].article, -1, NULL);
      g_autoptr(QmAnnotationSet) set = qm_annotation_set_new (text);
      g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new (NULL, NULL);
      g_autoptr(QmAnalysis) an = qm_analyzer_analyze (analyzer, text, NULL, NULL);
      GListModel *quotes = qm_annotation_set_get_quotes (set);
      g_autofree char *words = NULL;

      g_assert_true (qm_annotation_set_merge_analysis (set, an, NULL, NULL));
      for (guint j = 0; j < g_list_model_get_n_items (quotes) && words == NULL; j++)
        {
          g_autoptr(QmQuote) q = g_list_model_get_item (quotes, j);

          if (g_str_has_prefix (qm_target_get_exact (qm_annotation_get_target (QM_ANNOTATION (q))), cases[i].starts))
            words = qm_quote_dup_words (q);
        }
      g_assert_cmpstr (words, ==, cases[i].words);
    }
}

/* Speakers described by a role and an organisation enter the people list
 * once each, apart by organisation and as people, not organisations:
 * "spokesman for the ministry", "spokesman for the union" (before, one
 * organisation "spokesman" for both); "Police spokesman Tom Berg" and
 * "the police spokesman" are Tom Berg alone; analysed again, no one is
 * added. */
static void
test_merge_described_people (void)
{
  static const char *article =
    "A spokesman for the ministry said that the plan was sound. A spokesman for the union said that the plan "
    "was a disaster. The ministry spokesman added that talks would go on.\n\n"
    "Police spokesman Tom Berg said that the road was closed. The police spokesman added that it would open "
    "soon.\n";
  static const char *expected[] = { "spokesman for the ministry", "spokesman for the union", "Tom Berg" };
  g_autoptr(QmText) text = qm_text_new (article, -1, NULL);
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new (text);
  g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new ("en", NULL);
  g_autoptr(QmAnalysis) an = qm_analyzer_analyze (analyzer, text, NULL, NULL);
  g_autoptr(QmAnalysis) again = qm_analyzer_analyze (analyzer, text, NULL, NULL);
  GListModel *people = qm_annotation_set_get_people (set);
  QmMergeStats st;

  g_assert_true (qm_annotation_set_merge_analysis (set, an, &st, NULL));
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      QmPerson *person = qm_annotation_set_find_person (set, expected[i]);

      g_assert_nonnull (person);
      g_assert_cmpstr (qm_person_get_name (person), ==, expected[i]);
      g_assert_false (qm_person_get_organisation (person));
    }
  g_assert_cmpstr (qm_person_get_role (qm_annotation_set_find_person (set, "Tom Berg")), ==, "Police spokesman");
  g_assert_true (qm_annotation_set_merge_analysis (set, again, &st, NULL));
  g_assert_cmpuint (st.people_added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (people), ==, G_N_ELEMENTS (expected));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/quotemark/annotation-set/defaults", test_defaults);
  g_test_add_func ("/quotemark/annotation-set/undo-each-edit", test_undo_each_edit);
  g_test_add_func ("/quotemark/annotation-set/merge-people", test_merge_people_details);
  g_test_add_func ("/quotemark/annotation-set/invalid-edits", test_invalid_edits);
  g_test_add_func ("/quotemark/annotation-set/notifications-and-groups", test_notifications_and_groups);
  g_test_add_func ("/quotemark/annotation-set/objects-changed", test_objects_changed);
  g_test_add_func ("/quotemark/annotation-set/merge-keeps-user-work", test_merge_never_destroys_user_work);
  g_test_add_func ("/quotemark/annotation-set/merge-finds-people-by-name", test_merge_finds_people_by_name);
  g_test_add_func ("/quotemark/annotation-set/merge-namesakes", test_merge_namesakes);
  g_test_add_func ("/quotemark/annotation-set/merge-described-people", test_merge_described_people);
  g_test_add_func ("/quotemark/annotation-set/merge-namesake-listed-first", test_merge_namesake_listed_first);
  g_test_add_func ("/quotemark/annotation-set/read-only", test_read_only);
  g_test_add_func ("/quotemark/annotation-set/quote-words", test_quote_words);
  return g_test_run ();
}

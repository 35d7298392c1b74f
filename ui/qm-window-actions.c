/* qm-window-actions.c
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

#define G_LOG_DOMAIN "quotemark"

#include "config.h"

#include <glib/gi18n.h>

#include "qm-drafts.h"
#include "qm-export-dialog.h"
#include "qm-person-dialog.h"
#include "qm-preferences.h"
#include "qm-sidecar.h"
#include "qm-sidecar-location.h"
#include "qm-tag-dialog.h"
#include "qm-window-private.h"

/* The window's actions: everything a user can do, each reachable from the
 * keyboard (accelerators are set in qm-application.c, single-key shortcuts
 * on the text and the quote list below) and listed in the shortcuts window.
 */

static void
show_error (QmWindow   *self,
            const char *what,
            GError     *error)
{
  g_autofree char *message = g_strdup_printf ("%s: %s", what, error->message);

  qm_window_report_error (self, message);
}

static gboolean
is_within (GtkWidget *widget,
           GtkWidget *ancestor)
{
  return widget == ancestor || gtk_widget_is_ancestor (widget, ancestor);
}

/**
 * qm_window_get_targets:
 * @self: a #QmWindow
 *
 * Returns: (transfer container) (element-type QmAnnotation): what an action
 *   applies to: the quotes selected in the list when it or the buttons
 *   under it (Accept, Reject, the Tag menu) have the focus, else the quote
 *   or highlight at the cursor, else the list's selection
 */
GPtrArray *
qm_window_get_targets (QmWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  GtkWidget *list_view = qm_quote_list_get_list_view (self->quote_list);
  /* Accept, Reject and the Tag menu under the list (a click on a button
   * gives it the focus, and the menu's popover is the Tag button's child):
   * with two quotes selected in the list they acted on the one at the
   * text's cursor only. */
  GtkWidget *bar = gtk_widget_get_parent (GTK_WIDGET (self->tag_button));
  g_autoptr(GPtrArray) selected = qm_quote_list_get_selected (self->quote_list);
  QmAnnotation *current = qm_article_view_get_current (self->text_view);
  GPtrArray *result;

  if (focus != NULL && (is_within (focus, list_view) || is_within (focus, bar)) && selected->len > 0)
    return g_steal_pointer (&selected);
  if (current != NULL)
    {
      result = g_ptr_array_new_with_free_func (g_object_unref);
      g_ptr_array_add (result, g_object_ref (current));
      return result;
    }
  return g_steal_pointer (&selected);
}

/**
 * qm_window_update_actions:
 * @self: a #QmWindow
 *
 * Enables the actions that make sense now.
 */
void
qm_window_update_actions (QmWindow *self)
{
  GtkWidget *w = GTK_WIDGET (self);
  gboolean have = self->set != NULL;
  gboolean writable = have && !qm_annotation_set_get_read_only (self->set);
  gboolean article = self->source != NULL;
  /* Reviewing and tagging need something to act on. */
  gboolean quotes = have && g_list_model_get_n_items (qm_annotation_set_get_quotes (self->set)) > 0;
  gboolean highlights = have && g_list_model_get_n_items (qm_annotation_set_get_highlights (self->set)) > 0;

  gtk_widget_action_set_enabled (w, "win.save", writable);
  gtk_widget_action_set_enabled (w, "win.undo", writable && self->undo_depth > 0 &&
                                 qm_annotation_set_get_can_undo (self->set));
  gtk_widget_action_set_enabled (w, "win.redo", writable && self->redo_depth > 0 &&
                                 qm_annotation_set_get_can_redo (self->set));
  gtk_widget_action_set_enabled (w, "win.make-quote", writable);
  gtk_widget_action_set_enabled (w, "win.make-highlight", writable);
  gtk_widget_action_set_enabled (w, "win.edit-quote", writable);
  gtk_widget_action_set_enabled (w, "win.accept", writable && quotes);
  gtk_widget_action_set_enabled (w, "win.reject", writable && quotes);
  gtk_widget_action_set_enabled (w, "win.delete-annotation", writable);
  gtk_widget_action_set_enabled (w, "win.delete-by-id", writable);
  gtk_widget_action_set_enabled (w, "win.reattach", writable);
  gtk_widget_action_set_enabled (w, "win.set-span", writable);
  gtk_widget_action_set_enabled (w, "win.tag", writable && (quotes || highlights));
  /* The Quotes page's menu of tags, which has no action of its own. */
  gtk_widget_set_sensitive (GTK_WIDGET (self->tag_button), writable && quotes);
  gtk_widget_action_set_enabled (w, "win.edit-tag-sets", writable);
  gtk_widget_action_set_enabled (w, "win.edit-person", writable);
  gtk_widget_action_set_enabled (w, "win.split-off", writable);
  /* Stepping needs a quote or highlight to step to. */
  gtk_widget_action_set_enabled (w, "win.next-quote", quotes || highlights);
  gtk_widget_action_set_enabled (w, "win.previous-quote", quotes || highlights);
  gtk_widget_action_set_enabled (w, "win.show-annotation", have);
  gtk_widget_action_set_enabled (w, "win.reload", self->file != NULL && self->source != NULL);
  gtk_widget_action_set_enabled (w, "win.find", article);
  gtk_widget_action_set_enabled (w, "win.find-next", article && self->find_found);
  gtk_widget_action_set_enabled (w, "win.find-previous", article && self->find_found);
  gtk_widget_action_set_enabled (w, "win.toggle-panel", article);
  /* Not shown pressed while there is no panel to show. */
  gtk_toggle_button_set_active (self->panel_button, article && adw_flap_get_reveal_flap (self->flap));
  gtk_widget_action_set_enabled (w, "win.show-page", article);
  gtk_widget_action_set_enabled (w, "win.search-quotes", article);
  gtk_widget_action_set_enabled (w, "win.show-person-quotes", article);
  gtk_widget_action_set_enabled (w, "win.export", have);
}

/* Saving ------------------------------------------------------------------- */

typedef struct
{
  QmWindow        *window;
  QmAnnotationSet *set;
  gboolean         close_after;
  gboolean         first_in_data_folder;
} SaveData;

static void
save_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  SaveData *data = user_data;
  QmWindow *self = data->window;
  g_autoptr(GError) error = NULL;

  self->saving = FALSE;
  self->ignore_monitor_until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  if (!qm_sidecar_save_finish (result, &error))
    {
      const char *hint = NULL;
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED) ||
          g_error_matches (error, G_IO_ERROR, G_IO_ERROR_READ_ONLY))
        hint = _("The article’s folder cannot be written to. Copy the article to a folder of yours and open it there; "
                 "your changes are kept as a draft until then.");
      else
        hint = _("Your changes are kept as a draft; the previous file is unchanged.");
      message = g_strdup_printf (_("Could not save the annotations: %s. %s"), error->message, hint);
      qm_window_report_error (self, message);
      /* Make sure the draft exists now, and that no older one in flight
       * replaces it.
       */
      if (self->file != NULL && data->set == self->set)
        {
          qm_window_cancel_draft_writes (self);
          qm_drafts_write (self->set, self->file, NULL);
        }
    }
  else if (data->set == self->set)
    {
      qm_annotation_set_mark_saved (self->set);
      self->recovered = FALSE;
      self->replace_unreadable = FALSE;
      qm_window_discard_draft (self);
      g_object_notify (G_OBJECT (self->set), "modified");
      qm_window_show_toast (self, data->first_in_data_folder
                                  ? _("Annotations saved in Quotemark’s own folder: the article’s folder cannot be written to")
                                  : _("Annotations saved"));
      g_object_set_data (G_OBJECT (self), "qm-saved-count",
                         GINT_TO_POINTER (GPOINTER_TO_INT (g_object_get_data (G_OBJECT (self), "qm-saved-count")) + 1));
      if (data->close_after)
        {
          self->close_confirmed = TRUE;
          gtk_window_close (GTK_WINDOW (self));
        }
    }

  g_object_unref (data->set);
  g_object_unref (data->window);
  g_free (data);
}

/**
 * qm_window_save_then:
 * @self: a #QmWindow
 * @close_after: whether to close the window once saved
 *
 * Saves the sidecar off the main thread, also with no edit made: the
 * detected quotes are saved too.
 */
void
qm_window_save_then (QmWindow *self,
                     gboolean  close_after)
{
  g_autoptr(GFile) sidecar = NULL;
  gboolean in_data_folder = FALSE;
  SaveData *data;

  if (self->set == NULL || self->saving || self->file == NULL)
    return;
  /* Articles in folders that take no new files keep their sidecar in the
   * data folder (see qm-sidecar-location.c).
   */
  sidecar = qm_sidecar_locate (self->file, &in_data_folder);
  data = g_new0 (SaveData, 1);
  data->first_in_data_folder = in_data_folder && !g_file_query_exists (sidecar, NULL);
  if (in_data_folder)
    qm_sidecar_ensure_folder (sidecar, NULL);
  data->window = g_object_ref (self);
  data->set = g_object_ref (self->set);
  data->close_after = close_after;
  self->saving = TRUE;
  qm_sidecar_save_async (self->set, sidecar,
                         self->replace_unreadable ? QM_SIDECAR_SAVE_REPLACE_UNREADABLE : QM_SIDECAR_SAVE_NONE,
                         NULL, save_cb, data);
}

static void
save_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  qm_window_save_then (QM_WINDOW (widget), FALSE);
}

static void
reload_response_cb (AdwMessageDialog *dialog,
                    const char       *response,
                    QmWindow         *self)
{
  if (g_strcmp0 (response, "reload") == 0)
    qm_window_reload (self);
}

static void
reload_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  AdwMessageDialog *dialog;

  if (!qm_window_get_modified (self))
    {
      qm_window_reload (self);
      return;
    }
  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (GTK_WINDOW (self), _("Reload and Lose Changes?"),
                                                       _("The annotations have changes that are not saved. "
                                                         "Reloading replaces them with what is on disk.")));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "reload", _("_Reload"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "reload", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (reload_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Undo --------------------------------------------------------------------- */

static void
undo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);

  if (self->set == NULL || self->undo_depth == 0)
    return;
  self->in_undo = TRUE;
  if (qm_annotation_set_undo (self->set))
    {
      self->undo_depth--;
      self->redo_depth++;
    }
  self->in_undo = FALSE;
  /* Accept and Reject went on to the next quote: undoing one comes back to
   * the quote it reviewed, to review it again. */
  if (self->review_origin != NULL && self->undo_depth + 1 == self->review_origin_depth)
    {
      g_autoptr(QmQuote) origin = g_steal_pointer (&self->review_origin);
      GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
      GtkWidget *list_view = qm_quote_list_get_list_view (self->quote_list);

      qm_article_view_select_annotation (self->text_view, QM_ANNOTATION (origin));
      qm_quote_list_select (self->quote_list, origin);
      if (focus != NULL && is_within (focus, list_view))
        qm_quote_list_focus_selected (self->quote_list);
    }
  qm_window_update_actions (self);
}

static void
redo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);

  if (self->set == NULL || self->redo_depth == 0)
    return;
  self->in_undo = TRUE;
  if (qm_annotation_set_redo (self->set))
    {
      self->redo_depth--;
      self->undo_depth++;
    }
  self->in_undo = FALSE;
  qm_window_update_actions (self);
}

/* Making and editing quotes ------------------------------------------------ */

static void
make (QmWindow *self,
      gboolean  highlight)
{
  gsize start, end;

  if (self->set == NULL)
    return;
  if (!qm_article_view_get_selection (self->text_view, &start, &end))
    {
      qm_window_show_toast (self, highlight ? _("Select the words to highlight first")
                                            : _("Select the words of the quote first"));
      return;
    }
  qm_quote_popover_create (self->popover, self->set, start, end, highlight);
  qm_article_view_show_popover (self->text_view, GTK_POPOVER (self->popover), start);
}

static void
make_quote_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  make (QM_WINDOW (widget), FALSE);
}

static void
make_highlight_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  make (QM_WINDOW (widget), TRUE);
}

static void
edit_quote_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  g_autoptr(GPtrArray) targets = qm_window_get_targets (self);

  if (self->set == NULL)
    return;
  if (targets->len == 0)
    {
      qm_window_show_toast (self, _("Move the cursor into a quote to edit it"));
      return;
    }
  qm_window_edit_annotation (self, g_ptr_array_index (targets, 0));
}

/**
 * qm_window_edit_annotation:
 * @self: a #QmWindow
 * @annotation: a quote or highlight of the set shown
 *
 * Opens the popover that edits @annotation (not for an orphaned one, which
 * has no words in the text to point at).
 */
void
qm_window_edit_annotation (QmWindow     *self,
                           QmAnnotation *annotation)
{
  if (self->set == NULL || qm_annotation_get_anchor_state (annotation) == QM_ANCHOR_ORPHAN ||
      qm_annotation_set_get_read_only (self->set))
    return;
  qm_quote_popover_edit (self->popover, self->set, annotation);
  qm_article_view_show_popover (self->text_view, GTK_POPOVER (self->popover), qm_annotation_get_start (annotation));
}

static gboolean
any_to_review (QmWindow  *self,
               GPtrArray *done)
{
  GListModel *quotes = qm_annotation_set_get_quotes (self->set);

  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) quote = g_list_model_get_item (quotes, i);

      if (qm_quote_get_review (quote) == QM_REVIEW_UNREVIEWED &&
          qm_annotation_get_anchor_state (QM_ANNOTATION (quote)) != QM_ANCHOR_ORPHAN &&
          !g_ptr_array_find (done, quote, NULL))
        return TRUE;
    }
  return FALSE;
}

/**
 * qm_window_reviewed:
 * @self: a #QmWindow
 * @done: (element-type QmAnnotation): what was just accepted or rejected
 * @changed: whether that was an edit (one undo step)
 * @list_focused: whether the quote list had the focus
 *
 * Goes on to the next quote to review, in the list's order, as a reviewer
 * going through forty quotes expects; the selection stayed on the quote
 * just reviewed. When the list shows none, stays and says so.
 */
void
qm_window_reviewed (QmWindow  *self,
                    GPtrArray *done,
                    gboolean   changed,
                    gboolean   list_focused)
{
  gboolean quotes = FALSE;
  QmQuote *next;

  for (guint i = 0; i < done->len && !quotes; i++)
    quotes = QM_IS_QUOTE (g_ptr_array_index (done, i));
  /* A highlight has no review: A on one stays there. */
  if (self->set == NULL || !quotes)
    return;
  if (changed && QM_IS_QUOTE (g_ptr_array_index (done, 0)))
    {
      g_set_object (&self->review_origin, g_ptr_array_index (done, 0));
      self->review_origin_depth = self->undo_depth;
    }
  next = qm_quote_list_next_unreviewed (self->quote_list, done);
  if (next == NULL)
    {
      qm_window_show_toast (self, any_to_review (self, done) ? _("No more quotes to review in the list")
                                                             : _("All quotes reviewed"));
      return;
    }
  g_object_ref (next);
  qm_article_view_select_annotation (self->text_view, QM_ANNOTATION (next));
  qm_quote_list_select (self->quote_list, next);
  if (list_focused)
    qm_quote_list_focus_selected (self->quote_list);
  g_object_unref (next);
}

static void
review (QmWindow      *self,
        QmReviewState  state)
{
  g_autoptr(GPtrArray) targets = qm_window_get_targets (self);
  g_autoptr(GError) error = NULL;
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  gboolean list_focused = focus != NULL && is_within (focus, qm_quote_list_get_list_view (self->quote_list));
  guint depth = self->undo_depth;
  guint n = 0;

  if (self->set == NULL)
    return;
  qm_annotation_set_begin_group (self->set, state == QM_REVIEW_ACCEPTED ? _("Accept") : _("Reject"));
  for (guint i = 0; i < targets->len && error == NULL; i++)
    {
      QmAnnotation *a = g_ptr_array_index (targets, i);

      if (QM_IS_QUOTE (a) && qm_quote_get_review (QM_QUOTE (a)) != state)
        {
          qm_annotation_set_set_quote_review (self->set, QM_QUOTE (a), state, &error);
          n++;
        }
    }
  qm_annotation_set_end_group (self->set);
  if (error != NULL)
    show_error (self, _("Could not change the review state"), error);
  else if (targets->len == 0)
    qm_window_show_toast (self, _("Move the cursor into a quote, or select quotes in the list"));
  else
    qm_window_reviewed (self, targets, self->undo_depth != depth, list_focused);
}

static void
accept_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  review (QM_WINDOW (widget), QM_REVIEW_ACCEPTED);
}

static void
reject_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  review (QM_WINDOW (widget), QM_REVIEW_REJECTED);
}

/* Removes @targets as one undo step, offering Undo in a toast. */
static void
delete_annotations (QmWindow  *self,
                    GPtrArray *targets)
{
  g_autoptr(GError) error = NULL;
  guint depth = self->undo_depth;
  guint quotes = 0, highlights = 0;

  qm_annotation_set_begin_group (self->set, _("Delete"));
  for (guint i = 0; i < targets->len && error == NULL; i++)
    {
      QmAnnotation *a = g_ptr_array_index (targets, i);

      if (qm_annotation_set_remove_annotation (self->set, a, &error))
        {
          if (QM_IS_QUOTE (a))
            quotes++;
          else
            highlights++;
        }
    }
  qm_annotation_set_end_group (self->set);
  if (error != NULL)
    show_error (self, _("Could not delete"), error);
  else if (self->undo_depth != depth)
    qm_window_removed (self, quotes, highlights);
}

static void
delete_annotation_action (GtkWidget  *widget,
                          const char *name,
                          GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  g_autoptr(GPtrArray) targets = qm_window_get_targets (self);

  if (self->set == NULL || targets->len == 0)
    return;
  delete_annotations (self, targets);
}

static QmAnnotation *
lookup (QmWindow *self,
        GVariant *param)
{
  return self->set ? qm_annotation_set_lookup_annotation (self->set, g_variant_get_string (param, NULL)) : NULL;
}

static void
delete_by_id_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  QmAnnotation *a = lookup (self, param);
  g_autoptr(GPtrArray) targets = g_ptr_array_new_with_free_func (g_object_unref);

  if (a == NULL)
    return;
  g_ptr_array_add (targets, g_object_ref (a));
  delete_annotations (self, targets);
}

/* The Undo of "Quote removed": only while the removal is the last edit,
 * else it would take back a later one. */
static void
undo_removal_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);

  /* The toast goes by itself as its button was pressed. */
  g_clear_weak_pointer (&self->removal_toast);
  if (self->set == NULL || self->undo_depth != self->removal_depth || self->redo_depth > 0)
    return;
  gtk_widget_activate_action (widget, "win.undo", NULL);
}

static void
show_annotation_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  QmAnnotation *a = lookup (self, param);

  if (a != NULL)
    {
      qm_article_view_select_annotation (self->text_view, a);
      gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
    }
}

static void
reattach_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  QmAnnotation *a = lookup (self, param);
  g_autoptr(GError) error = NULL;
  gsize start, end;

  if (a == NULL)
    return;
  if (!qm_article_view_get_selection (self->text_view, &start, &end))
    {
      qm_window_show_toast (self, _("Select the words in the text to attach it to, then try again"));
      return;
    }
  if (!qm_annotation_set_set_span (self->set, a, start, end, &error))
    show_error (self, _("Could not re-attach"), error);
}

/* The quote whose span "Set Span to Selection" changes: the one the list has
 * selected when the new words overlap it or no quote at all, else the only
 * quote (or the annotation at the cursor) the new words overlap.
 */
static QmAnnotation *
span_target (QmWindow *self,
             gsize     start,
             gsize     end)
{
  g_autoptr(GPtrArray) selected = qm_quote_list_get_selected (self->quote_list);
  g_autoptr(GPtrArray) overlapping = g_ptr_array_new_with_free_func (g_object_unref);
  GListModel *quotes = qm_annotation_set_get_quotes (self->set);
  QmAnnotation *current = qm_article_view_get_current (self->text_view);
  QmAnnotation *listed = selected->len == 1 ? g_ptr_array_index (selected, 0) : NULL;

  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (quotes, i);

      if (qm_annotation_get_anchor_state (a) != QM_ANCHOR_ORPHAN &&
          qm_annotation_get_start (a) < end && start < qm_annotation_get_end (a))
        g_ptr_array_add (overlapping, g_steal_pointer (&a));
    }
  if (listed != NULL && (overlapping->len == 0 || g_ptr_array_find (overlapping, listed, NULL)))
    return listed;
  if (overlapping->len == 1)
    return g_ptr_array_index (overlapping, 0);
  if (current != NULL && (overlapping->len == 0 || g_ptr_array_find (overlapping, current, NULL)))
    return current;
  return NULL;
}

static void
set_span_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  QmAnnotation *a;
  gsize start, end;

  if (self->set == NULL)
    return;
  if (!qm_article_view_get_selection (self->text_view, &start, &end))
    {
      qm_window_show_toast (self, _("Select the words the quote should span, then try again"));
      return;
    }
  a = span_target (self, start, end);
  if (a == NULL)
    {
      qm_window_show_toast (self, _("Select the quote in the list first: the words overlap several quotes"));
      return;
    }
  g_object_ref (a);
  if (!qm_annotation_set_set_span (self->set, a, start, end, &error))
    show_error (self, _("Could not change the quote’s words"), error);
  else
    {
      qm_article_view_select_annotation (self->text_view, a);
      if (QM_IS_QUOTE (a))
        qm_quote_list_select (self->quote_list, QM_QUOTE (a));
    }
  g_object_unref (a);
}

static void
step_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  int direction = g_str_equal (name, "win.next-quote") ? 1 : -1;

  if (qm_article_view_step (self->text_view, direction) == NULL)
    gtk_widget_error_bell (widget);
}

/* Tags --------------------------------------------------------------------- */

static void
tag_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  const char *id = g_variant_get_string (param, NULL);
  g_autoptr(GPtrArray) targets = qm_window_get_targets (self);
  g_autoptr(GError) error = NULL;
  QmTagCategory *cat;
  QmTagGroup *group;
  gboolean all_have = TRUE;

  if (self->set == NULL || (cat = qm_annotation_set_lookup_tag (self->set, id)) == NULL)
    return;
  if (targets->len == 0)
    {
      qm_window_show_toast (self, _("Select quotes to tag first"));
      return;
    }
  group = qm_annotation_set_lookup_tag_group (self->set, qm_tag_category_get_group_id (cat));
  for (guint i = 0; i < targets->len; i++)
    all_have = all_have && qm_annotation_has_tag (g_ptr_array_index (targets, i), id);

  qm_annotation_set_begin_group (self->set, all_have ? _("Remove tag") : _("Tag"));
  for (guint i = 0; i < targets->len && error == NULL; i++)
    {
      QmAnnotation *a = g_ptr_array_index (targets, i);

      if (all_have)
        qm_annotation_set_remove_tag (self->set, a, id, &error);
      else if (!qm_annotation_has_tag (a, id))
        {
          if (group != NULL && qm_tag_group_get_exclusive (group))
            qm_annotation_set_set_group_tag (self->set, a, group, id, &error);
          else
            qm_annotation_set_add_tag (self->set, a, id, &error);
        }
    }
  qm_annotation_set_end_group (self->set);
  if (error != NULL)
    show_error (self, _("Could not tag"), error);
}

static void
tag_item_activate_cb (GSimpleAction *action,
                      GVariant      *parameter,
                      QmWindow      *self)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "win.tag", "s",
                              (const char *)g_object_get_data (G_OBJECT (action), "qm-tag-id"));
}

/**
 * qm_window_rebuild_tag_menu:
 * @self: a #QmWindow
 *
 * Fills the Tag menu of the quote list with the article's tag sets.
 */
void
qm_window_rebuild_tag_menu (QmWindow *self)
{
  g_autoptr(GMenu) menu = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  /* One action with a boolean state per tag, so that the menu shows which
   * tags what it acts on has (a check mark); win.tag does the tagging. */
  GSimpleActionGroup *actions = g_simple_action_group_new ();
  GListModel *groups;
  guint n = 0;

  if (self->set != NULL)
    {
      groups = qm_annotation_set_get_tag_groups (self->set);
      for (guint i = 0; i < g_list_model_get_n_items (groups); i++)
        {
          g_autoptr(QmTagGroup) group = g_list_model_get_item (groups, i);
          g_autoptr(GMenu) section = g_menu_new ();
          GListModel *cats = qm_tag_group_get_categories (group);

          for (guint j = 0; j < g_list_model_get_n_items (cats); j++, n++)
            {
              g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, j);
              g_autofree char *name = g_strdup_printf ("t%u", n);
              g_autofree char *detailed = g_strdup_printf ("tag-menu.%s", name);
              g_autoptr(GSimpleAction) action = g_simple_action_new_stateful (name, NULL, g_variant_new_boolean (FALSE));

              g_object_set_data_full (G_OBJECT (action), "qm-tag-id", g_strdup (qm_tag_category_get_id (cat)), g_free);
              g_signal_connect_object (action, "activate", G_CALLBACK (tag_item_activate_cb), self, 0);
              g_action_map_add_action (G_ACTION_MAP (actions), G_ACTION (action));
              g_menu_append (section, qm_tag_category_get_label (cat), detailed);
            }
          g_menu_append_section (menu, qm_tag_group_get_label (group), G_MENU_MODEL (section));
        }
    }
  g_menu_append (edit, _("_Edit Tag Sets…"), "win.edit-tag-sets");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  gtk_widget_insert_action_group (GTK_WIDGET (self), "tag-menu", G_ACTION_GROUP (actions));
  g_object_set_data_full (G_OBJECT (self), "qm-tag-actions", actions, g_object_unref);
  gtk_menu_button_set_menu_model (self->tag_button, G_MENU_MODEL (menu));
  /* A new popover each time: its states are filled in as it opens. */
  g_signal_connect_object (gtk_menu_button_get_popover (self->tag_button), "show",
                           G_CALLBACK (qm_window_update_tag_menu), self, G_CONNECT_SWAPPED);
}

/**
 * qm_window_update_tag_menu:
 * @self: a #QmWindow
 *
 * Checks the tags in the Tag menu that every quote or highlight an action
 * would apply to has (done as the menu opens).
 */
void
qm_window_update_tag_menu (QmWindow *self)
{
  GActionGroup *actions = g_object_get_data (G_OBJECT (self), "qm-tag-actions");
  g_autoptr(GPtrArray) targets = NULL;
  g_auto(GStrv) names = NULL;

  if (actions == NULL)
    return;
  targets = qm_window_get_targets (self);
  names = g_action_group_list_actions (actions);
  for (guint i = 0; names[i] != NULL; i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (actions), names[i]);
      const char *id = g_object_get_data (G_OBJECT (action), "qm-tag-id");
      gboolean all = targets->len > 0;

      for (guint k = 0; k < targets->len && all; k++)
        all = qm_annotation_has_tag (g_ptr_array_index (targets, k), id);
      g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (all));
    }
}

static void
edit_tag_sets_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);

  if (self->set != NULL)
    gtk_window_present (GTK_WINDOW (qm_tag_dialog_new (GTK_WINDOW (self), self->set)));
}

static void
edit_person_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  QmPerson *person;
  QmPersonDialog *dialog;

  if (self->set == NULL ||
      (person = qm_annotation_set_lookup_person (self->set, g_variant_get_string (param, NULL))) == NULL)
    return;
  dialog = qm_person_dialog_new (GTK_WINDOW (self), self->set, person);
  qm_person_dialog_set_shown_color (dialog, qm_article_view_get_speaker_color (self->text_view,
                                                                               qm_person_get_id (person)));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Gives the quote at the cursor (or the one selected) a speaker of its own,
 * named after its speaker mention, when the analysis merged two people who
 * are not the same; the person dialog opens to name them properly.
 */
static void
split_off_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  g_autoptr(GPtrArray) targets = qm_window_get_targets (self);
  g_autoptr(GError) error = NULL;
  g_autoptr(QmPerson) person = NULL;
  QmTarget *mention;
  QmQuote *quote;
  const char *label;

  if (self->set == NULL || targets->len == 0 || !QM_IS_QUOTE (g_ptr_array_index (targets, 0)))
    {
      qm_window_show_toast (self, _("Move the cursor into a quote to edit it"));
      return;
    }
  quote = g_ptr_array_index (targets, 0);
  mention = qm_quote_get_speaker_mention (quote);
  label = mention != NULL && *qm_target_get_exact (mention) != '\0' ? qm_target_get_exact (mention) : _("New Person");

  person = qm_person_new (label);
  qm_annotation_set_begin_group (self->set, _("Split off speaker"));
  if (qm_annotation_set_add_person (self->set, person, &error))
    qm_annotation_set_set_quote_speaker (self->set, quote, person, &error);
  qm_annotation_set_end_group (self->set);
  if (error != NULL)
    {
      show_error (self, _("Could not split off the speaker"), error);
      return;
    }
  gtk_widget_activate_action (widget, "win.edit-person", "s", qm_person_get_id (person));
}

/* Finding ------------------------------------------------------------------ */

static gboolean
find_in_text (QmWindow *self,
              int       direction,
              gboolean  include_current)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->text_view));
  const char *needle = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
  GtkTextIter s, e, ms, me;
  gboolean found;

  gtk_widget_remove_css_class (GTK_WIDGET (self->find_entry), "error");
  if (needle == NULL || *needle == '\0')
    return FALSE;

  gtk_text_buffer_get_selection_bounds (buffer, &s, &e);
  if (direction > 0)
    {
      GtkTextIter from = include_current ? s : e;

      found = gtk_text_iter_forward_search (&from, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE, &ms, &me, NULL);
      if (!found)
        {
          gtk_text_buffer_get_start_iter (buffer, &from);
          found = gtk_text_iter_forward_search (&from, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE, &ms, &me, NULL);
        }
    }
  else
    {
      found = gtk_text_iter_backward_search (&s, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE, &ms, &me, NULL);
      if (!found)
        {
          GtkTextIter from;

          gtk_text_buffer_get_end_iter (buffer, &from);
          found = gtk_text_iter_backward_search (&from, needle, GTK_TEXT_SEARCH_CASE_INSENSITIVE, &ms, &me, NULL);
        }
    }
  if (!found)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->find_entry), "error");
      return FALSE;
    }
  qm_article_view_select_range (self->text_view, (gsize)gtk_text_iter_get_offset (&ms),
                                (gsize)gtk_text_iter_get_offset (&me));
  return TRUE;
}

/* Previous and Next Match are insensitive while there is nothing to find:
 * no words in the entry, or words the text does not hold. */
static gboolean
find (QmWindow *self,
      int       direction,
      gboolean  include_current)
{
  self->find_found = find_in_text (self, direction, include_current);
  qm_window_update_actions (self);
  return self->find_found;
}

static void
find_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  gboolean on = !gtk_search_bar_get_search_mode (self->search_bar);

  gtk_search_bar_set_search_mode (self->search_bar, on);
  if (on)
    gtk_widget_grab_focus (GTK_WIDGET (self->find_entry));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

static void
find_next_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  find (QM_WINDOW (widget), g_str_equal (name, "win.find-next") ? 1 : -1, FALSE);
}

static void
find_changed_cb (QmWindow *self)
{
  find (self, 1, TRUE);
}

static void
find_next_cb (QmWindow *self)
{
  find (self, 1, FALSE);
}

static void
find_previous_cb (QmWindow *self)
{
  find (self, -1, FALSE);
}

static void
find_stop_cb (QmWindow *self)
{
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  gtk_widget_grab_focus (GTK_WIDGET (self->text_view));
}

/* Panels and windows -------------------------------------------------------- */

static void
toggle_panel_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
show_page_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  const char *page = g_variant_get_string (param, NULL);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, page);
  if (g_str_equal (page, "quotes"))
    qm_quote_list_focus_selected (self->quote_list);
  else if (g_str_equal (page, "people"))
    gtk_widget_grab_focus (qm_people_list_get_list_view (self->people_list));
  else
    gtk_widget_grab_focus (qm_orphan_list_get_list_view (self->orphan_list));
}

static void
search_quotes_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "quotes");
  qm_quote_list_focus_search (self->quote_list);
}

static void
show_person_quotes_action (GtkWidget  *widget,
                           const char *name,
                           GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  QmPerson *person;

  if (self->set == NULL ||
      (person = qm_annotation_set_lookup_person (self->set, g_variant_get_string (param, NULL))) == NULL)
    return;
  qm_quote_list_set_speaker (self->quote_list, person);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  adw_view_stack_set_visible_child_name (self->side_stack, "quotes");
  gtk_widget_grab_focus (qm_quote_list_get_list_view (self->quote_list));
}

static void
focus_text_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  gtk_widget_grab_focus (GTK_WIDGET (QM_WINDOW (widget)->text_view));
}

static void
preferences_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  GtkApplication *app = gtk_window_get_application (GTK_WINDOW (widget));
  g_autoptr(GSettings) own = NULL;
  GSettings *settings;

  if (QM_IS_APPLICATION (app))
    settings = qm_application_get_settings (QM_APPLICATION (app));
  else
    settings = own = g_settings_new (SCHEMA_ID);
  gtk_window_present (GTK_WINDOW (qm_preferences_new (GTK_WINDOW (widget), settings)));
}

static void
export_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  QmExportDialog *dialog;

  if (self->set == NULL)
    return;

  dialog = qm_export_dialog_new (self->set);
  /* Knowing the article keeps an export from overwriting it and opens the
   * file chooser in its folder.
   */
  if (self->file != NULL)
    qm_export_dialog_set_source_file (dialog, self->file);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * qm_window_install_actions:
 * @widget_class: the window class
 */
/* The last error whole, as its toast cannot show it: what failed as the
 * heading, why and what to do below. */
static void
show_error_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  QmWindow *self = QM_WINDOW (widget);
  const char *message = qm_window_get_error (self);
  const char *colon = message ? strstr (message, ": ") : NULL;
  g_autofree char *heading = NULL;
  GtkWidget *dialog;

  if (message == NULL)
    return;
  heading = colon ? g_strndup (message, colon - message) : g_strdup (message);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, colon ? colon + 2 : NULL);
  adw_message_dialog_set_body_use_markup (ADW_MESSAGE_DIALOG (dialog), FALSE);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

void
qm_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.show-error", NULL, show_error_action);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, reload_action);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.make-quote", NULL, make_quote_action);
  gtk_widget_class_install_action (widget_class, "win.make-highlight", NULL, make_highlight_action);
  gtk_widget_class_install_action (widget_class, "win.edit-quote", NULL, edit_quote_action);
  gtk_widget_class_install_action (widget_class, "win.accept", NULL, accept_action);
  gtk_widget_class_install_action (widget_class, "win.reject", NULL, reject_action);
  gtk_widget_class_install_action (widget_class, "win.delete-annotation", NULL, delete_annotation_action);
  gtk_widget_class_install_action (widget_class, "win.delete-by-id", "s", delete_by_id_action);
  gtk_widget_class_install_action (widget_class, "win.undo-removal", NULL, undo_removal_action);
  gtk_widget_class_install_action (widget_class, "win.show-annotation", "s", show_annotation_action);
  gtk_widget_class_install_action (widget_class, "win.reattach", "s", reattach_action);
  gtk_widget_class_install_action (widget_class, "win.set-span", NULL, set_span_action);
  gtk_widget_class_install_action (widget_class, "win.next-quote", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.previous-quote", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "win.tag", "s", tag_action);
  gtk_widget_class_install_action (widget_class, "win.edit-tag-sets", NULL, edit_tag_sets_action);
  gtk_widget_class_install_action (widget_class, "win.edit-person", "s", edit_person_action);
  gtk_widget_class_install_action (widget_class, "win.split-off", NULL, split_off_action);
  gtk_widget_class_install_action (widget_class, "win.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "win.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.find-previous", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "win.toggle-panel", NULL, toggle_panel_action);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", show_page_action);
  gtk_widget_class_install_action (widget_class, "win.focus-text", NULL, focus_text_action);
  gtk_widget_class_install_action (widget_class, "win.search-quotes", NULL, search_quotes_action);
  gtk_widget_class_install_action (widget_class, "win.show-person-quotes", "s", show_person_quotes_action);
  gtk_widget_class_install_action (widget_class, "win.preferences", NULL, preferences_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
}

static void
add_shortcut (GtkShortcutController *controller,
              const char            *trigger,
              const char            *action)
{
  gtk_shortcut_controller_add_shortcut (controller,
                                        gtk_shortcut_new (gtk_shortcut_trigger_parse_string (trigger),
                                                          gtk_named_action_new (action)));
}

/**
 * qm_window_add_local_shortcuts:
 * @self: a #QmWindow
 * @widget: the article text or the quote list
 *
 * Adds the single-key shortcuts of reviewing, which only apply where no
 * text is typed.
 */
void
qm_window_add_local_shortcuts (QmWindow  *self,
                               GtkWidget *widget)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "a", "win.accept");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "r", "win.reject");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "n", "win.next-quote");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "p", "win.previous-quote");
  add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "Delete", "win.delete-annotation");
  if (widget == GTK_WIDGET (self->text_view))
    {
      add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "Return", "win.edit-quote");
      add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), "KP_Enter", "win.edit-quote");
    }
  gtk_widget_add_controller (widget, controller);

  if (widget == GTK_WIDGET (self->text_view))
    {
      g_signal_connect_swapped (self->find_entry, "search-changed", G_CALLBACK (find_changed_cb), self);
      g_signal_connect_swapped (self->find_entry, "activate", G_CALLBACK (find_next_cb), self);
      g_signal_connect_swapped (self->find_entry, "next-match", G_CALLBACK (find_next_cb), self);
      g_signal_connect_swapped (self->find_entry, "previous-match", G_CALLBACK (find_previous_cb), self);
      g_signal_connect_swapped (self->find_entry, "stop-search", G_CALLBACK (find_stop_cb), self);
    }
}

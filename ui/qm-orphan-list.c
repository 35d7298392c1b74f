/* qm-orphan-list.c
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

#include "qm-list-focus.h"
#include "qm-orphan-list.h"
#include "qm-set-watch.h"

/**
 * QmOrphanList:
 *
 * The annotations that did not land where they were stored: moved, fuzzily
 * matched or orphaned after the article changed. Each shows its stored text
 * and offers to show it, re-attach it to the selected text, or delete it.
 *
 * From the keyboard the list is one stop, as the quote and People lists
 * are: the arrows move between the rows and Tab leaves the list. Enter
 * shows the annotation in the text (an orphan, which has no place there,
 * is attached to the selected text instead), Ctrl+Enter attaches it to the
 * selected text and Delete deletes it; the row's buttons take no focus.
 *
 * A list view over the set's quotes and highlights, filtered by their
 * anchor state: rows are made for the annotations in view only, so that an
 * article whose thousands of reviewed quotes all moved opens at once, and an
 * edit filters again instead of remaking the rows.
 */
struct _QmOrphanList
{
  GtkBox              parent_instance;

  QmAnnotationSet    *set;
  gulong              changed_id;
  QmSetWatch         *watch;
  guint64             seen;       /* the watch's serial the filter is at */
  GListStore         *sources;    /* the set's quotes and highlights */
  GtkCustomFilter    *filter;
  GtkFilterListModel *listed;
  GtkNoSelection     *selection;
  GtkListView        *list_view;
  GHashTable         *bound;      /* the GtkListItems showing an annotation */
  GtkStack           *stack;
  guint               n_items;
};

G_DEFINE_FINAL_TYPE (QmOrphanList, qm_orphan_list, GTK_TYPE_BOX)

enum {
  PROP_0,
  PROP_N_ITEMS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static const char *
state_label (QmAnchorState state)
{
  switch (state)
    {
    case QM_ANCHOR_MOVED: return _("Moved: same words, new place");
    case QM_ANCHOR_FUZZY: return _("Fuzzy: similar words found, please check");
    case QM_ANCHOR_ORPHAN: return _("Orphaned: the words are gone");
    case QM_ANCHOR_EXACT:
    default: return "";
    }
}

static gboolean
listed_cb (gpointer item,
           gpointer user_data)
{
  return qm_annotation_get_anchor_state (QM_ANNOTATION (item)) != QM_ANCHOR_EXACT;
}

static GtkWidget *
row_button (const char *icon,
            const char *label,
            const char *action)
{
  GtkWidget *b = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_valign (b, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (b, "flat");
  /* Tab leaves the list: the keys on the row do what the buttons do. */
  gtk_widget_set_focusable (b, FALSE);
  gtk_widget_set_focus_on_click (b, FALSE);
  gtk_widget_set_tooltip_text (b, label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (b), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  /* the target, the annotation's id, is set with the annotation */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (b), "s", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (b), action);
  return b;
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          QmOrphanList             *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *words = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *show = row_button ("find-location-symbolic", _("Show in the Text"), "win.show-annotation");
  GtkWidget *reattach = row_button ("edit-select-all-symbolic", _("Attach to the Selected Text"), "win.reattach");
  GtkWidget *delete = row_button ("user-trash-symbolic", _("Delete"), "win.delete-by-id");

  gtk_widget_add_css_class (row, "orphan-row");
  gtk_widget_set_hexpand (words, TRUE);
  gtk_widget_set_valign (words, GTK_ALIGN_CENTER);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_lines (GTK_LABEL (title), 3);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (title), 30);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (words), title);
  gtk_box_append (GTK_BOX (words), subtitle);
  gtk_box_append (GTK_BOX (row), words);
  gtk_box_append (GTK_BOX (row), show);
  gtk_box_append (GTK_BOX (row), reattach);
  gtk_box_append (GTK_BOX (row), delete);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "show", show);
  g_object_set_data (G_OBJECT (row), "reattach", reattach);
  g_object_set_data (G_OBJECT (row), "delete", delete);
  gtk_list_item_set_child (item, row);
}

static void
update_row (GtkListItem *item)
{
  QmAnnotation *a = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  QmAnchorState state = qm_annotation_get_anchor_state (a);
  const char *id = qm_annotation_get_id (a);
  g_autofree char *exact = g_strdup (qm_target_get_exact (qm_annotation_get_target (a)));
  g_autofree char *accessible = NULL;

  /* words running over paragraphs are one line of words in the list */
  g_strdelimit (exact, "\r\n\t", ' ');
  accessible = g_strdup_printf ("%s: %s", state_label (state), exact);
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "title"), exact);
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "subtitle"), state_label (state));
  gtk_widget_remove_css_class (row, "orphan");
  gtk_widget_remove_css_class (row, "moved");
  gtk_widget_add_css_class (row, state == QM_ANCHOR_ORPHAN ? "orphan" : "moved");
  /* an orphan has no place in the text to show */
  gtk_widget_set_visible (g_object_get_data (G_OBJECT (row), "show"), state != QM_ANCHOR_ORPHAN);
  gtk_actionable_set_action_target (g_object_get_data (G_OBJECT (row), "show"), "s", id);
  gtk_actionable_set_action_target (g_object_get_data (G_OBJECT (row), "reattach"), "s", id);
  gtk_actionable_set_action_target (g_object_get_data (G_OBJECT (row), "delete"), "s", id);
  /* for the keys on the row (held by the list item while bound) */
  g_object_set_data (G_OBJECT (row), "annotation", a);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row) ? gtk_widget_get_parent (row) : row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         QmOrphanList             *self)
{
  g_hash_table_add (self->bound, item);
  update_row (item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           QmOrphanList             *self)
{
  g_hash_table_remove (self->bound, item);
  g_object_set_data (G_OBJECT (gtk_list_item_get_child (item)), "annotation", NULL);
}

static void
update_count (QmOrphanList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->listed));

  gtk_stack_set_visible_child_name (self->stack, n > 0 ? "list" : "empty");
  if (n != self->n_items)
    {
      self->n_items = n;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
    }
}

/* An edit: which annotations are listed, and how the rows in view read.
 * Only a change of place (re-attaching, or undoing it) lists an annotation
 * or takes it off; quotes added or removed the filter model follows by
 * itself. So most edits (a review, a tag) filter nothing again. */
static void
set_changed_cb (QmOrphanList *self)
{
  const char * const watched[] = { "anchor-state", NULL };
  g_autoptr(GPtrArray) changed = qm_set_watch_dup_changed (self->watch, self->seen, watched);
  GHashTableIter iter;
  gpointer item;

  self->seen = qm_set_watch_get_serial (self->watch);
  if (changed == NULL || changed->len > 0)
    gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_row (item);
  update_count (self);
}

void
qm_orphan_list_set_annotation_set (QmOrphanList    *self,
                                   QmAnnotationSet *set)
{
  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_set_object (&self->set, set);
  g_clear_object (&self->watch);
  if (set != NULL)
    self->watch = g_object_ref (qm_set_watch_get (set));
  g_list_store_remove_all (self->sources);
  if (set != NULL)
    {
      self->seen = qm_set_watch_get_serial (self->watch);
      g_list_store_append (self->sources, qm_annotation_set_get_quotes (set));
      g_list_store_append (self->sources, qm_annotation_set_get_highlights (set));
      self->changed_id = g_signal_connect_swapped (set, "changed", G_CALLBACK (set_changed_cb), self);
    }
  update_count (self);
}

guint
qm_orphan_list_get_n_items (QmOrphanList *self)
{
  return self->n_items;
}

guint
qm_orphan_list_get_n_orphans (QmOrphanList *self)
{
  GListModel *listed = G_LIST_MODEL (self->listed);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (listed); i++)
    {
      g_autoptr(QmAnnotation) a = g_list_model_get_item (listed, i);

      n += qm_annotation_get_anchor_state (a) == QM_ANCHOR_ORPHAN;
    }
  return n;
}

/**
 * qm_orphan_list_get_list_view:
 * @self: a #QmOrphanList
 *
 * Returns: (transfer none): the list of annotations, which takes the focus
 */
GtkWidget *
qm_orphan_list_get_list_view (QmOrphanList *self)
{
  return GTK_WIDGET (self->list_view);
}

/* Enter on a row, or a double click: what the row is there for. */
static void
activate_cb (GtkListView  *list_view,
             guint         position,
             QmOrphanList *self)
{
  g_autoptr(QmAnnotation) a = g_list_model_get_item (G_LIST_MODEL (self->listed), position);

  if (a == NULL)
    return;
  gtk_widget_activate_action (GTK_WIDGET (list_view),
                              qm_annotation_get_anchor_state (a) == QM_ANCHOR_ORPHAN ? "win.reattach"
                                                                                     : "win.show-annotation",
                              "s", qm_annotation_get_id (a));
}

/* Ctrl+Enter and Delete on a row: the row's Attach and Delete buttons. */
static gboolean
row_key_cb (GtkWidget *list_view,
            GVariant  *args,
            gpointer   user_data)
{
  QmAnnotation *a = qm_list_view_focused_data (list_view, "annotation");

  if (a == NULL)
    return FALSE;
  return gtk_widget_activate_action (list_view, g_variant_get_string (args, NULL), "s", qm_annotation_get_id (a));
}

static void
add_row_keys (GtkWidget *list_view)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const struct { const char *trigger; const char *action; } keys[] = {
    { "<Control>Return", "win.reattach" }, { "<Control>KP_Enter", "win.reattach" },
    { "<Control>ISO_Enter", "win.reattach" },
    { "Delete", "win.delete-by-id" }, { "KP_Delete", "win.delete-by-id" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new_with_arguments (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                                           gtk_callback_action_new (row_key_cb, NULL, NULL),
                                                                           "s", keys[i].action));
  gtk_widget_add_controller (list_view, controller);
}

static void
qm_orphan_list_dispose (GObject *object)
{
  QmOrphanList *self = QM_ORPHAN_LIST (object);

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_clear_object (&self->set);
  g_clear_object (&self->watch);
  if (self->sources != NULL)
    g_list_store_remove_all (self->sources);
  G_OBJECT_CLASS (qm_orphan_list_parent_class)->dispose (object);
}

static void
qm_orphan_list_finalize (GObject *object)
{
  QmOrphanList *self = QM_ORPHAN_LIST (object);

  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->sources);
  G_OBJECT_CLASS (qm_orphan_list_parent_class)->finalize (object);
}

static void
qm_orphan_list_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  QmOrphanList *self = QM_ORPHAN_LIST (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->n_items);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_orphan_list_class_init (QmOrphanListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qm_orphan_list_dispose;
  object_class->finalize = qm_orphan_list_finalize;
  object_class->get_property = qm_orphan_list_get_property;

  /**
   * QmOrphanList:n-items:
   *
   * How many annotations are listed: moved, fuzzily matched or orphaned.
   */
  properties[PROP_N_ITEMS] =
    g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                       (G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS));
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_orphan_list_init (QmOrphanList *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->bound = g_hash_table_new (NULL, NULL);
  self->sources = g_list_store_new (G_TYPE_LIST_MODEL);
  self->filter = gtk_custom_filter_new (listed_cb, NULL, NULL);
  self->listed = gtk_filter_list_model_new (G_LIST_MODEL (gtk_flatten_list_model_new (
                                              G_LIST_MODEL (g_object_ref (self->sources)))),
                                            GTK_FILTER (self->filter));
  self->selection = gtk_no_selection_new (G_LIST_MODEL (self->listed));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory));
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Annotations to re-attach"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);
  qm_list_view_tab_out (GTK_WIDGET (self->list_view));
  add_row_keys (GTK_WIDGET (self->list_view));
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "emblem-ok-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("Everything in Place"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Annotations that moved or lost their words when the article changed are listed here"));
  gtk_widget_add_css_class (empty, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

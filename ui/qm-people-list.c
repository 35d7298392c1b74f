/* qm-people-list.c
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
#include "qm-people-list.h"
#include "qm-set-watch.h"

struct _QmPeopleList
{
  GtkBox           parent_instance;

  QmAnnotationSet *set;
  gulong           changed_id;
  GtkListView     *list_view;
  GtkNoSelection  *selection;
  GtkStack        *stack;
  GHashTable      *counts;     /* person id (interned) → quotes */
  GHashTable      *counted;    /* QmQuote → the person id it is counted for */
  QmSetWatch      *watch;
  guint64          seen;       /* the watch's serial the counts are at */
  GHashTable      *bound;      /* the GtkListItems showing a person */
  QmColorFunc      color_func;
  gpointer         color_data;
};

G_DEFINE_FINAL_TYPE (QmPeopleList, qm_people_list, GTK_TYPE_BOX)

enum {
  PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The person @quote counts for: its speaker, unless it was rejected. */
static const char *
counts_for (QmQuote *quote)
{
  const char *id = qm_quote_get_speaker_id (quote);

  return id != NULL && qm_quote_get_review (quote) != QM_REVIEW_REJECTED ? g_intern_string (id) : NULL;
}

static void
add_count (QmPeopleList *self,
           const char   *id,
           int           delta)
{
  guint n = GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, id));

  g_hash_table_insert (self->counts, (gpointer)id, GUINT_TO_POINTER ((guint)((int)n + delta)));
}

static void
count_quotes (QmPeopleList *self)
{
  GListModel *quotes;

  g_hash_table_remove_all (self->counts);
  g_hash_table_remove_all (self->counted);
  if (self->set == NULL)
    return;
  self->seen = qm_set_watch_get_serial (self->watch);
  quotes = qm_annotation_set_get_quotes (self->set);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) quote = g_list_model_get_item (quotes, i);
      const char *id = counts_for (quote);

      if (id != NULL)
        {
          add_count (self, id, 1);
          g_hash_table_insert (self->counted, quote, (gpointer)id);
        }
    }
}

/* After an edit: the quotes whose speaker or review changed move from one
 * person's count to another's; added or removed quotes (or many edits at
 * once) count them all again. */
static void
update_counts (QmPeopleList *self)
{
  const char * const watched[] = { "speaker-id", "review", NULL };
  g_autoptr(GPtrArray) changed = NULL;

  if (self->set == NULL)
    return;
  changed = qm_set_watch_dup_changed (self->watch, self->seen, watched);
  if (changed == NULL)
    {
      count_quotes (self);
      return;
    }
  self->seen = qm_set_watch_get_serial (self->watch);
  for (guint i = 0; i < changed->len; i++)
    {
      QmQuote *quote = g_ptr_array_index (changed, i);
      const char *was, *now;

      if (!QM_IS_QUOTE (quote))
        continue;
      was = g_hash_table_lookup (self->counted, quote);
      now = counts_for (quote);
      if (was == now)
        continue;
      if (was != NULL)
        add_count (self, was, -1);
      if (now != NULL)
        {
          add_count (self, now, 1);
          g_hash_table_insert (self->counted, quote, (gpointer)now);
        }
      else
        g_hash_table_remove (self->counted, quote);
    }
}

/**
 * qm_people_list_count_quotes:
 * @self: a #QmPeopleList
 * @person: a person of the set
 *
 * Returns: how many quotes (rejected ones aside) are attributed to @person
 */
guint
qm_people_list_count_quotes (QmPeopleList *self,
                             QmPerson     *person)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, g_intern_string (qm_person_get_id (person))));
}

static gboolean
query_tooltip_cb (GtkWidget  *widget,
                  int         x,
                  int         y,
                  gboolean    keyboard,
                  GtkTooltip *tooltip,
                  gpointer    user_data)
{
  gtk_tooltip_set_text (tooltip, g_object_get_data (G_OBJECT (widget), "tooltip"));
  return TRUE;
}

/* gtk_widget_set_tooltip_text() on a visible widget asks the display where
 * the pointer is, a round trip to the X server for every row filled on
 * every edit; a tooltip given on demand costs nothing until shown.
 */
static void
tooltip_on_demand (GtkWidget *widget)
{
  g_signal_connect (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), NULL);
  gtk_widget_set_has_tooltip (widget, TRUE);
}

static void
set_tooltip (GtkWidget  *widget,
             const char *text)
{
  g_object_set_data_full (G_OBJECT (widget), "tooltip", g_strdup (text), g_free);
}

/* A row: the person's colour, name, role and other names, the number of
 * their quotes, and a button that lists those quotes. Rows are made for the
 * people in view only and filled again as they scroll by, so an article of
 * thousands of speakers opens at once, and an edit refills the rows shown
 * instead of remaking the list. */
static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          QmPeopleList             *self)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *dot = gtk_label_new (NULL);
  GtkWidget *names = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *subtitle = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);
  GtkWidget *show = gtk_button_new_from_icon_name ("edit-find-symbolic");

  gtk_widget_add_css_class (row, "person-row");
  gtk_widget_set_valign (names, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (names, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (subtitle), 0);
  gtk_label_set_wrap (GTK_LABEL (subtitle), TRUE);
  gtk_label_set_lines (GTK_LABEL (subtitle), 2);
  gtk_label_set_ellipsize (GTK_LABEL (subtitle), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (subtitle), 30);
  gtk_widget_add_css_class (subtitle, "dim-label");
  gtk_widget_add_css_class (subtitle, "caption");
  gtk_box_append (GTK_BOX (names), title);
  gtk_box_append (GTK_BOX (names), subtitle);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  gtk_widget_set_valign (show, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (show, "flat");
  /* Tab leaves the list and the arrows move between the rows, so the
   * button takes no focus of its own: Ctrl+Enter on the row presses it. */
  gtk_widget_set_focusable (show, FALSE);
  gtk_widget_set_focus_on_click (show, FALSE);
  /* its target, the person's id, is set with the person */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (show), "s", "");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (show), "win.show-person-quotes");
  tooltip_on_demand (count);
  tooltip_on_demand (show);

  gtk_box_append (GTK_BOX (row), dot);
  gtk_box_append (GTK_BOX (row), names);
  gtk_box_append (GTK_BOX (row), count);
  gtk_box_append (GTK_BOX (row), show);
  g_object_set_data (G_OBJECT (row), "dot", dot);
  g_object_set_data (G_OBJECT (row), "title", title);
  g_object_set_data (G_OBJECT (row), "subtitle", subtitle);
  g_object_set_data (G_OBJECT (row), "count", count);
  g_object_set_data (G_OBJECT (row), "show", show);
  gtk_list_item_set_child (item, row);
}

static void
update_row (QmPeopleList *self,
            GtkListItem  *item)
{
  QmPerson *person = gtk_list_item_get_item (item);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *count = g_object_get_data (G_OBJECT (row), "count");
  GtkWidget *show = g_object_get_data (G_OBJECT (row), "show");
  GtkWidget *subtitle = g_object_get_data (G_OBJECT (row), "subtitle");
  const char *color = self->color_func ? self->color_func (self->color_data, qm_person_get_id (person)) : NULL;
  const char * const *aliases = qm_person_get_aliases (person);
  guint n = qm_people_list_count_quotes (self, person);
  g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"%s\" size=\"x-large\">●</span>",
                                                     color ? color : "#77767b");
  g_autofree char *count_text = g_strdup_printf ("%'u", n);
  g_autofree char *count_a11y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u quote", "%'u quotes", n), n);
  g_autofree char *show_label = g_strdup_printf (_("Show the quotes of %s"), qm_person_get_name (person));
  g_autofree char *accessible = NULL;
  g_autoptr(GString) sub = g_string_new (qm_person_get_role (person));

  if (aliases != NULL && aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)aliases);

      if (sub->len)
        g_string_append (sub, " · ");
      /* Translators: other names of a person, e.g. "also: Smith, the minister" */
      g_string_append_printf (sub, _("also: %s"), joined);
    }

  gtk_label_set_markup (g_object_get_data (G_OBJECT (row), "dot"), markup);
  gtk_label_set_label (g_object_get_data (G_OBJECT (row), "title"), qm_person_get_name (person));
  gtk_label_set_label (GTK_LABEL (subtitle), sub->str);
  gtk_widget_set_visible (subtitle, sub->len > 0);
  gtk_label_set_label (GTK_LABEL (count), count_text);
  set_tooltip (count, count_a11y);
  set_tooltip (show, show_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (show), GTK_ACCESSIBLE_PROPERTY_LABEL, show_label, -1);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (show), "s", qm_person_get_id (person));

  accessible = sub->len ? g_strdup_printf ("%s, %s, %s", qm_person_get_name (person), sub->str, count_a11y)
                        : g_strdup_printf ("%s, %s", qm_person_get_name (person), count_a11y);
  gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row) ? gtk_widget_get_parent (row) : row),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item,
         QmPeopleList             *self)
{
  g_hash_table_add (self->bound, item);
  update_row (self, item);
}

static void
unbind_cb (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           QmPeopleList             *self)
{
  g_hash_table_remove (self->bound, item);
}

static void
update_stack (QmPeopleList *self)
{
  GListModel *people = self->set ? qm_annotation_set_get_people (self->set) : NULL;

  gtk_stack_set_visible_child_name (self->stack,
                                    people && g_list_model_get_n_items (people) > 0 ? "list" : "empty");
}

/* An edit: the counts, names and colours of the rows in view. */
static void
set_changed_cb (QmPeopleList *self)
{
  GHashTableIter iter;
  gpointer item;

  update_counts (self);
  update_stack (self);
  g_hash_table_iter_init (&iter, self->bound);
  while (g_hash_table_iter_next (&iter, &item, NULL))
    update_row (self, item);
}

void
qm_people_list_set_annotation_set (QmPeopleList    *self,
                                   QmAnnotationSet *set)
{
  g_return_if_fail (QM_IS_PEOPLE_LIST (self));

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_set_object (&self->set, set);
  g_clear_object (&self->watch);
  if (set != NULL)
    self->watch = g_object_ref (qm_set_watch_get (set));
  if (set != NULL)
    self->changed_id = g_signal_connect_swapped (set, "changed", G_CALLBACK (set_changed_cb), self);
  count_quotes (self);
  gtk_no_selection_set_model (self->selection, set ? qm_annotation_set_get_people (set) : NULL);
  update_stack (self);
}

void
qm_people_list_set_color_func (QmPeopleList *self,
                               QmColorFunc   func,
                               gpointer      user_data)
{
  self->color_func = func;
  self->color_data = user_data;
}

/**
 * qm_people_list_get_list_view:
 * @self: a #QmPeopleList
 *
 * Returns: (transfer none): the list of people, which takes the focus
 */
GtkWidget *
qm_people_list_get_list_view (QmPeopleList *self)
{
  return GTK_WIDGET (self->list_view);
}

static void
activate_cb (GtkListView  *view,
             guint         position,
             QmPeopleList *self)
{
  g_autoptr(QmPerson) person = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (person != NULL)
    g_signal_emit (self, signals[PERSON_ACTIVATED], 0, person);
}

/* Ctrl+Enter on a row shows the person's quotes, as the row's button does
 * (Enter, like a click on the row, edits the person): the row made in
 * setup_cb() holds its button as "show". */
static gboolean
show_quotes_cb (GtkWidget *list_view,
                GVariant  *args,
                gpointer   user_data)
{
  GtkWidget *show = qm_list_view_focused_data (list_view, "show");

  return show != NULL && gtk_widget_activate (show);
}

static void
add_row_keys (GtkWidget *list_view)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  const char *keys[] = { "<Control>Return", "<Control>KP_Enter", "<Control>ISO_Enter" };

  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i]),
                                                            gtk_callback_action_new (show_quotes_cb, NULL, NULL)));
  gtk_widget_add_controller (list_view, controller);
}

static void
qm_people_list_dispose (GObject *object)
{
  QmPeopleList *self = QM_PEOPLE_LIST (object);

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_clear_object (&self->set);
  g_clear_object (&self->watch);
  if (self->selection != NULL)
    gtk_no_selection_set_model (self->selection, NULL);

  G_OBJECT_CLASS (qm_people_list_parent_class)->dispose (object);
}

static void
qm_people_list_finalize (GObject *object)
{
  QmPeopleList *self = QM_PEOPLE_LIST (object);

  g_clear_pointer (&self->counts, g_hash_table_unref);
  g_clear_pointer (&self->counted, g_hash_table_unref);
  g_clear_pointer (&self->bound, g_hash_table_unref);
  g_clear_object (&self->selection);
  G_OBJECT_CLASS (qm_people_list_parent_class)->finalize (object);
}

static void
qm_people_list_class_init (QmPeopleListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = qm_people_list_dispose;
  object_class->finalize = qm_people_list_finalize;

  /**
   * QmPeopleList::person-activated:
   * @person: the person to edit
   */
  signals[PERSON_ACTIVATED] = g_signal_new ("person-activated", G_TYPE_FROM_CLASS (klass),
                                            G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                            G_TYPE_NONE, 1, QM_TYPE_PERSON);
}

static void
qm_people_list_init (QmPeopleList *self)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *empty = adw_status_page_new ();

  gtk_orientable_set_orientation (GTK_ORIENTABLE (self), GTK_ORIENTATION_VERTICAL);
  self->counts = g_hash_table_new (NULL, NULL);
  self->counted = g_hash_table_new (NULL, NULL);

  self->bound = g_hash_table_new (NULL, NULL);
  self->selection = gtk_no_selection_new (NULL);
  {
    GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

    g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), self);
    g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), self);
    g_signal_connect (factory, "unbind", G_CALLBACK (unbind_cb), self);
    self->list_view = GTK_LIST_VIEW (gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)),
                                                        factory));
  }
  /* a click on a person edits them, as Enter does */
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("People"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (activate_cb), self);
  qm_list_view_tab_out (GTK_WIDGET (self->list_view));
  add_row_keys (GTK_WIDGET (self->list_view));

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_view));

  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "system-users-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Speakers"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty),
                                   _("Speakers appear here once a quote is attributed to them"));
  gtk_widget_add_css_class (empty, "compact");

  self->stack = GTK_STACK (gtk_stack_new ());
  gtk_widget_set_vexpand (GTK_WIDGET (self->stack), TRUE);
  gtk_stack_add_named (self->stack, scrolled, "list");
  gtk_stack_add_named (self->stack, empty, "empty");
  gtk_box_append (GTK_BOX (self), GTK_WIDGET (self->stack));
  gtk_stack_set_visible_child_name (self->stack, "empty");
}

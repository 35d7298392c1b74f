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

#include "qm-people-list.h"

struct _QmPeopleList
{
  GtkBox           parent_instance;

  QmAnnotationSet *set;
  gulong           changed_id;
  GtkListBox      *list_box;
  GtkStack        *stack;
  GHashTable      *counts;     /* person id → quotes */
  QmColorFunc      color_func;
  gpointer         color_data;
};

G_DEFINE_FINAL_TYPE (QmPeopleList, qm_people_list, GTK_TYPE_BOX)

enum {
  PERSON_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
count_quotes (QmPeopleList *self)
{
  GListModel *quotes;

  g_hash_table_remove_all (self->counts);
  if (self->set == NULL)
    return;
  quotes = qm_annotation_set_get_quotes (self->set);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) quote = g_list_model_get_item (quotes, i);
      const char *id = qm_quote_get_speaker_id (quote);

      if (id != NULL && qm_quote_get_review (quote) != QM_REVIEW_REJECTED)
        g_hash_table_insert (self->counts, (gpointer)g_intern_string (id),
                             GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (self->counts, g_intern_string (id))) + 1));
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
                  const char *text)
{
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* gtk_widget_set_tooltip_text() on a visible widget asks the display where
 * the pointer is, a round trip to the X server for every row of every
 * rebuild (each edit); a tooltip given on demand costs nothing until shown.
 */
static void
set_tooltip_on_demand (GtkWidget  *widget,
                       const char *text)
{
  g_signal_connect_data (widget, "query-tooltip", G_CALLBACK (query_tooltip_cb), g_strdup (text),
                         (GClosureNotify)(void (*) (void))g_free, 0);
  gtk_widget_set_has_tooltip (widget, TRUE);
}

static GtkWidget *
create_row (gpointer item,
            gpointer user_data)
{
  QmPeopleList *self = user_data;
  QmPerson *person = item;
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *dot = gtk_label_new (NULL);
  GtkWidget *count = gtk_label_new (NULL);
  const char *color = self->color_func ? self->color_func (self->color_data, qm_person_get_id (person)) : NULL;
  const char * const *aliases = qm_person_get_aliases (person);
  guint n = qm_people_list_count_quotes (self, person);
  g_autofree char *markup = g_markup_printf_escaped ("<span foreground=\"%s\" size=\"x-large\">●</span>",
                                                     color ? color : "#77767b");
  g_autofree char *count_text = g_strdup_printf ("%u", n);
  g_autofree char *count_a11y = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", n), n);
  g_autoptr(GString) subtitle = g_string_new (qm_person_get_role (person));
  g_autofree char *title = g_markup_escape_text (qm_person_get_name (person), -1);

  if (aliases != NULL && aliases[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (", ", (char **)aliases);

      if (subtitle->len)
        g_string_append (subtitle, " · ");
      /* Translators: other names of a person, e.g. "also: Smith, the minister" */
      g_string_append_printf (subtitle, _("also: %s"), joined);
    }

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  if (subtitle->len)
    {
      g_autofree char *escaped = g_markup_escape_text (subtitle->str, -1);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), escaped);
    }
  gtk_label_set_markup (GTK_LABEL (dot), markup);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), dot);
  gtk_label_set_label (GTK_LABEL (count), count_text);
  gtk_widget_add_css_class (count, "dim-label");
  gtk_widget_add_css_class (count, "numeric");
  set_tooltip_on_demand (count, count_a11y);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), count);
  {
    GtkWidget *show = gtk_button_new_from_icon_name ("edit-find-symbolic");
    g_autofree char *show_label = g_strdup_printf (_("Show the quotes of %s"), qm_person_get_name (person));

    gtk_widget_set_valign (show, GTK_ALIGN_CENTER);
    gtk_widget_add_css_class (show, "flat");
    set_tooltip_on_demand (show, show_label);
    gtk_accessible_update_property (GTK_ACCESSIBLE (show), GTK_ACCESSIBLE_PROPERTY_LABEL, show_label, -1);
    gtk_actionable_set_action_name (GTK_ACTIONABLE (show), "win.show-person-quotes");
    gtk_actionable_set_action_target (GTK_ACTIONABLE (show), "s", qm_person_get_id (person));
    adw_action_row_add_suffix (ADW_ACTION_ROW (row), show);
  }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "person", g_object_ref (person), g_object_unref);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count_a11y, -1);
  return row;
}

static void
rebuild (QmPeopleList *self)
{
  GListModel *people = self->set ? qm_annotation_set_get_people (self->set) : NULL;

  count_quotes (self);
  gtk_list_box_bind_model (self->list_box, people, create_row, self, NULL);
  gtk_stack_set_visible_child_name (self->stack,
                                    people && g_list_model_get_n_items (people) > 0 ? "list" : "empty");
}

void
qm_people_list_set_annotation_set (QmPeopleList    *self,
                                   QmAnnotationSet *set)
{
  g_return_if_fail (QM_IS_PEOPLE_LIST (self));

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_set_object (&self->set, set);
  if (set != NULL)
    self->changed_id = g_signal_connect_swapped (set, "changed", G_CALLBACK (rebuild), self);
  rebuild (self);
}

void
qm_people_list_set_color_func (QmPeopleList *self,
                               QmColorFunc   func,
                               gpointer      user_data)
{
  self->color_func = func;
  self->color_data = user_data;
}

GtkListBox *
qm_people_list_get_list_box (QmPeopleList *self)
{
  return self->list_box;
}

static void
row_activated_cb (GtkListBox    *box,
                  GtkListBoxRow *row,
                  QmPeopleList  *self)
{
  QmPerson *person = g_object_get_data (G_OBJECT (row), "person");

  if (person != NULL)
    g_signal_emit (self, signals[PERSON_ACTIVATED], 0, person);
}

static void
qm_people_list_dispose (GObject *object)
{
  QmPeopleList *self = QM_PEOPLE_LIST (object);

  if (self->set != NULL)
    g_clear_signal_handler (&self->changed_id, self->set);
  g_clear_object (&self->set);
  if (self->list_box != NULL)
    gtk_list_box_bind_model (self->list_box, NULL, NULL, NULL, NULL);

  G_OBJECT_CLASS (qm_people_list_parent_class)->dispose (object);
}

static void
qm_people_list_finalize (GObject *object)
{
  QmPeopleList *self = QM_PEOPLE_LIST (object);

  g_clear_pointer (&self->counts, g_hash_table_unref);
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

  self->list_box = GTK_LIST_BOX (gtk_list_box_new ());
  gtk_list_box_set_selection_mode (self->list_box, GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_box), "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_box), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("People"), -1);
  g_signal_connect (self->list_box, "row-activated", G_CALLBACK (row_activated_cb), self);

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (self->list_box));

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

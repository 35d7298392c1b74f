/* bench-window-size.c
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

/* Benchmark: open big articles (5 and 20 MB by default, QM_BENCH_SIZES="5 20"
 * in MB) in the real window and print, against the size, the time from
 * opening to the text shown, the highlights shown (first and all), the quote
 * list full (every quote in it, the count final), the longest main-loop stall
 * until then, and how long the window takes to answer keys once the article
 * is in and while it is still being highlighted: Ctrl+F (the find bar),
 * scrolling the text, selecting a quote in the list, and a search of the
 * list. Each key is timed from its action to the end of the frame that
 * shows it. Needs an X server (xvfb-run); prints figures, asserts nothing
 * about time.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "qm-article-view.h"
#include "qm-quote-list.h"
#include "qm-window.h"

static QmWindow *window;
static guint n_frames;
static gint64 first_text_paint, first_highlight_paint;
static gint64 last_tick, longest_stall, stall_at;

static gboolean
tick_cb (gpointer data)
{
  gint64 now = g_get_monotonic_time ();

  if (last_tick != 0 && now - last_tick > longest_stall)
    {
      longest_stall = now - last_tick;
      stall_at = last_tick;
    }
  last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));
  gint64 now = g_get_monotonic_time ();

  n_frames++;
  if (first_text_paint == 0 && gtk_text_buffer_get_char_count (buffer) > 0 &&
      gtk_widget_get_mapped (GTK_WIDGET (view)))
    first_text_paint = now;
  if (first_highlight_paint == 0 && qm_article_view_get_n_highlighted (view) > 0)
    first_highlight_paint = now;
}

/* A town council's year, in quotes: six kinds of paragraph (direct,
 * reported, mixed, several quotes, a colon) with a dozen speakers, so that
 * an article of @mb megabytes holds about 7900 quotes a megabyte. */
static char *
make_article (double mb)
{
  const char *names[] = { "Maria Keller", "Jonas Brandt", "Ines Okafor", "Pavel Roos", "Helena Varga",
                          "Tomas Lind", "Aylin Demir", "Karl Weber", "Greta Holm", "Samir Haddad",
                          "Lena Ostrova", "Piet Vandam" };
  const char *roles[] = { "the harbour master", "a council spokeswoman", "the school inspector", "the mayor",
                          "a union leader" };
  const char *things[] = { "the harbour", "the schools", "the roads", "the bridge", "the library",
                           "the tram line", "the budget" };
  const char *verbs[] = { "said", "told reporters", "added", "explained", "warned" };
  GString *s = g_string_new ("The town council's year in quotes\n\n");
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; s->len < mb * 1e6; i++)
    {
#define PICK(a) a[g_rand_int_range (rand, 0, G_N_ELEMENTS (a))]
      const char *n = PICK (names), *n2 = PICK (names), *t = PICK (things), *t2 = PICK (things);
      const char *v = PICK (verbs), *r = PICK (roles);

      switch (i % 6)
        {
        case 0:
          g_string_append_printf (s, "\u201cWe looked at %s again in week %u,\u201d %s %s. \u201cThe numbers for %s "
                                  "still do not add up.\u201d", t, i, n, v, t2);
          break;
        case 1:
          g_string_append_printf (s, "%s, %s, %s that the plan for %s would cost more than the town had set "
                                  "aside in year %u.", n, r, v, t, i);
          break;
        case 2:
          g_string_append_printf (s, "\u201cNobody asked us about %s,\u201d said %s. %s said the council would look "
                                  "at %s next month.", t, n, n2, t2);
          break;
        case 3:
          g_string_append_printf (s, "According to %s, the works on %s are \u201cmonths behind plan\u201d and item "
                                  "%u is still open.", n, t, i);
          break;
        case 4:
          g_string_append_printf (s, "%s said: \u201cWe will vote on %s on Monday.\u201d", n, t);
          break;
        default:
          g_string_append_printf (s, "\u201cIt is too early to say,\u201d %s %s about %s on day %u. \u201cAsk me "
                                  "again in spring.\u201d", r, v, t, i);
          break;
        }
      if (i % 3 == 0)
        g_string_append_printf (s, " The session on %s ran late, and the public gallery stayed full until the "
                                "vote on motion %u.", PICK (things), i);
      g_string_append (s, "\n\n");
#undef PICK
    }
  return g_string_free (s, FALSE);
}

/* Runs the main loop until the next frame has been painted; returns the
 * milliseconds since @start. */
static double
until_painted (gint64 start)
{
  guint painted = n_frames;

  while (n_frames == painted && g_get_monotonic_time () - start < 30 * G_USEC_PER_SEC)
    g_main_context_iteration (NULL, TRUE);
  return (g_get_monotonic_time () - start) / 1000.0;
}

static gboolean
list_full (QmQuoteList *list,
           guint        n_quotes)
{
  GListModel *model = qm_quote_list_get_model (list);

  return g_list_model_get_n_items (model) == n_quotes && !qm_quote_list_get_filling (list);
}

typedef struct
{
  double find, scroll, select;
} Keys;

/* Ctrl+F, a scroll to @fraction of the text, a quote selected in the list
 * (as a click on its row does: the text selects and shows it). */
static void
time_keys (Keys   *keys,
           double  fraction)
{
  QmQuoteList *list = QM_QUOTE_LIST (qm_window_get_quote_list (window));
  GtkWidget *view = GTK_WIDGET (qm_window_get_text_view (window));
  GtkAdjustment *adj = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (view));
  GtkSelectionModel *rows = gtk_list_view_get_model (GTK_LIST_VIEW (qm_quote_list_get_list_view (list)));
  guint n = g_list_model_get_n_items (G_LIST_MODEL (rows));

  gint64 start = g_get_monotonic_time ();

  /* the find bar opens, then closes again */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  keys->find = until_painted (start);
  start = g_get_monotonic_time ();
  gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL);
  until_painted (start);
  {
    start = g_get_monotonic_time ();
    gtk_adjustment_set_value (adj, gtk_adjustment_get_lower (adj) +
                              fraction * (gtk_adjustment_get_upper (adj) - gtk_adjustment_get_lower (adj)));
    keys->scroll = until_painted (start);
  }
  keys->select = -1;
  if (n > 0)
    {
      start = g_get_monotonic_time ();
      gtk_selection_model_select_item (rows, (guint)(n * fraction), TRUE);
      keys->select = until_painted (start);
    }
}

typedef struct
{
  double mb;
  guint  n_quotes;
  double text, ready, first_highlights, all_highlights, full, stall, stall_at;
  Keys   loading, after;
  double search, unsearch;
  guint  n_found;
  gboolean loading_timed, loading_highlighting;
} Row;

static void
run (double  mb,
     Row    *row,
     char   *dir)
{
  g_autofree char *article = make_article (mb);
  g_autofree char *path = g_build_filename (dir, "big-article.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  QmArticleView *view;
  QmQuoteList *list;
  gint64 t0, deadline, ready = 0, all_highlights = 0, full = 0, stall_until_full = 0;
  guint tick_id;
  gulong paint_id;

  memset (row, 0, sizeof *row);
  row->mb = strlen (article) / 1e6;
  g_assert_true (g_file_set_contents (path, article, -1, NULL));
  g_clear_pointer (&article, g_free);

  window = g_object_new (QM_TYPE_WINDOW, NULL);
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);
  view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  list = QM_QUOTE_LIST (qm_window_get_quote_list (window));
  paint_id = g_signal_connect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), "after-paint",
                               G_CALLBACK (after_paint_cb), NULL);
  first_text_paint = first_highlight_paint = 0;
  n_frames = 0;
  longest_stall = 0;
  tick_id = g_timeout_add_full (G_PRIORITY_HIGH, 5, tick_cb, NULL, NULL);

  t0 = g_get_monotonic_time ();
  last_tick = t0;
  qm_window_open (window, file);
  deadline = t0 + 300 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline && (all_highlights == 0 || full == 0))
    {
      gint64 now;
      guint n_quotes;

      g_main_context_iteration (NULL, TRUE);
      now = g_get_monotonic_time ();
      if (qm_window_get_error (window) != NULL)
        g_error ("%s", qm_window_get_error (window));
      if (ready == 0 && qm_window_get_ready (window))
        ready = now;
      if (ready == 0)
        continue;
      /* keys while the article is still being highlighted, once the
       * list has rows */
      if (!row->loading_timed && g_list_model_get_n_items (qm_quote_list_get_model (list)) > 0)
        {
          row->loading_timed = TRUE;
          row->loading_highlighting = !qm_article_view_get_highlighting_done (view);
          time_keys (&row->loading, 0.5);
          now = g_get_monotonic_time ();
        }
      n_quotes = g_list_model_get_n_items (qm_annotation_set_get_quotes (qm_window_get_annotation_set (window)));
      if (all_highlights == 0 && qm_article_view_get_highlighting_done (view))
        all_highlights = now;
      if (full == 0 && n_quotes > 0 && list_full (list, n_quotes))
        {
          full = now;
          stall_until_full = longest_stall;
          row->stall_at = (stall_at - t0) / 1000.0;
        }
    }
  row->n_quotes = g_list_model_get_n_items (qm_annotation_set_get_quotes (qm_window_get_annotation_set (window)));
  row->text = (first_text_paint - t0) / 1000.0;
  row->ready = (ready - t0) / 1000.0;
  row->first_highlights = first_highlight_paint ? (first_highlight_paint - t0) / 1000.0 : -1;
  row->all_highlights = all_highlights ? (all_highlights - t0) / 1000.0 : -1;
  row->full = full ? (full - t0) / 1000.0 : -1;
  row->stall = (full ? stall_until_full : longest_stall) / 1000.0;

  /* once all is in */
  time_keys (&row->after, 0.25);
  {
    gint64 start = g_get_monotonic_time ();

    qm_quote_list_set_search (list, "harbour master");
    while (g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC && qm_quote_list_get_filling (list))
      g_main_context_iteration (NULL, TRUE);
    row->search = until_painted (start);
    row->n_found = g_list_model_get_n_items (qm_quote_list_get_model (list));
    start = g_get_monotonic_time ();
    qm_quote_list_set_search (list, NULL);
    while (!list_full (list, row->n_quotes) && g_get_monotonic_time () - start < 60 * G_USEC_PER_SEC)
      g_main_context_iteration (NULL, TRUE);
    row->unsearch = until_painted (start);
  }

  g_source_remove (tick_id);
  g_signal_handler_disconnect (gtk_widget_get_frame_clock (GTK_WIDGET (window)), paint_id);
  gtk_window_destroy (GTK_WINDOW (window));
  g_clear_object (&window);
  while (g_main_context_iteration (NULL, FALSE));
  g_unlink (path);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_auto(GStrv) sizes = NULL;
  g_autoptr(GArray) rows = g_array_new (FALSE, TRUE, sizeof (Row));

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("SKIP: needs a display (xvfb-run)\n");
      return 77;
    }

  dir = g_dir_make_tmp ("qm-bench-window-size-XXXXXX", NULL);
  {
    g_autofree char *data = g_build_filename (dir, "xdg-data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }
  gtk_init ();
  adw_init ();

  sizes = g_strsplit (g_getenv ("QM_BENCH_SIZES") ? g_getenv ("QM_BENCH_SIZES") : "5 20", " ", -1);
  for (guint i = 0; sizes[i]; i++)
    {
      Row row;

      if (*sizes[i] == '\0')
        continue;
      run (g_ascii_strtod (sizes[i], NULL), &row, dir);
      g_array_append_val (rows, row);
      g_print ("%.1f MB, %u quotes: text shown %.0f ms, analysis in %.0f ms, first highlights "
               "%.0f ms, all highlights %.0f ms, list full %.0f ms; longest stall until then %.0f ms "
               "(from %.0f ms)\n",
               row.mb, row.n_quotes, row.text, row.ready, row.first_highlights, row.all_highlights,
               row.full, row.stall, row.stall_at);
      g_print ("  keys once the list has rows (%s): Ctrl+F %.0f ms, scroll %.0f ms, select a quote %.0f ms\n",
               row.loading_highlighting ? "still highlighting" : "highlights done",
               row.loading.find, row.loading.scroll, row.loading.select);
      g_print ("  keys after: Ctrl+F %.0f ms, scroll %.0f ms, select a quote %.0f ms; search the list %.0f ms "
               "(%u found), clear the search %.0f ms\n",
               row.after.find, row.after.scroll, row.after.select, row.search, row.n_found, row.unsearch);
    }

  g_print ("\nrenderer: %s\n", g_getenv ("GSK_RENDERER") ? g_getenv ("GSK_RENDERER") : "default");
  g_print ("%6s %7s %6s %6s %6s %6s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s %6s\n", "MB", "quotes", "text",
           "ready", "hl1", "hl all", "full", "stall", "full/MB", "find", "scroll", "select", "find", "scroll",
           "select", "search");
  for (guint i = 0; i < rows->len; i++)
    {
      Row *r = &g_array_index (rows, Row, i);

      g_print ("%6.1f %7u %6.2f %6.2f %6.2f %6.2f %6.2f %6.3f %6.3f | %6.0f %6.0f %6.0f | %6.0f %6.0f %6.0f %6.0f\n",
               r->mb, r->n_quotes, r->text / 1000, r->ready / 1000, r->first_highlights / 1000,
               r->all_highlights / 1000, r->full / 1000, r->stall / 1000, r->full / 1000 / r->mb,
               r->loading.find, r->loading.scroll, r->loading.select, r->after.find, r->after.scroll,
               r->after.select, r->search);
    }
  g_print ("(seconds from opening: text shown, analysis done, first and all highlights painted, quote list\n"
           " full; the longest main-loop stall until then; ms until painted for keys while loading, then after)\n");
  g_rmdir (dir);
  return 0;
}

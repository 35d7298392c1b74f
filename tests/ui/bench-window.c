/* bench-window.c
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

/* Benchmark: open a 5 MB article with about 20 000 quotes in the real window
 * and print the time to the first paint of the text, to the first paint with
 * highlights, to all highlights, and the longest main-loop stall meanwhile.
 * Targets: window usable at once, no stall over 100 ms, all highlights
 * within 2 s. Needs an X server (xvfb-run); prints figures, asserts nothing
 * about time.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>

#include "qm-article-view.h"
#include "qm-quote-list.h"
#include "qm-window.h"

static gint64 t0, first_text_paint, first_highlight_paint, all_highlights, ready_at;
static gint64 last_tick, longest_stall, stall_at, frame_start, longest_frame;
static QmWindow *window;

/* Every frame, to name the phase of the longest ones. GTK connects its own
 * "layout" and "paint" handlers first (when the window is realized), so ours
 * mark the end of the layout and of the rendering.
 */
typedef struct
{
  gint64 start, layout, paint, end;
  int    n_chars;
  guint  n_highlighted;
  int    width, height;
} Frame;
static GArray *frames;
static Frame current;

static void
layout_cb (GdkFrameClock *clock,
           gpointer       data)
{
  current.layout = g_get_monotonic_time ();
}

static void
paint_cb (GdkFrameClock *clock,
          gpointer       data)
{
  current.paint = g_get_monotonic_time ();
}

static int
frame_longer (gconstpointer a,
              gconstpointer b)
{
  const Frame *x = a, *y = b;
  gint64 dx = x->end - x->start, dy = y->end - y->start;

  return dx < dy ? 1 : dx > dy ? -1 : 0;
}

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
before_paint_cb (GdkFrameClock *clock,
                 gpointer       data)
{
  frame_start = g_get_monotonic_time ();
  memset (&current, 0, sizeof current);
  current.start = frame_start;
}

static void
after_paint_cb (GdkFrameClock *clock,
                gpointer       data)
{
  QmArticleView *view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  gint64 now = g_get_monotonic_time ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (view));

  if (first_text_paint == 0 && gtk_text_buffer_get_char_count (buffer) > 0 &&
      gtk_widget_get_mapped (GTK_WIDGET (view)))
    first_text_paint = now;
  if (first_highlight_paint == 0 && qm_article_view_get_n_highlighted (view) > 0)
    first_highlight_paint = now;
  if (frame_start != 0 && now - frame_start > longest_frame)
    longest_frame = now - frame_start;
  if (frame_start != 0)
    {
      current.end = now;
      current.n_chars = gtk_text_buffer_get_char_count (buffer);
      current.n_highlighted = qm_article_view_get_n_highlighted (view);
      current.width = gtk_widget_get_width (GTK_WIDGET (view));
      current.height = gtk_widget_get_height (GTK_WIDGET (view));
      g_array_append_val (frames, current);
    }
}

/* Reviewing: up to twenty quotes across the article (from the @offset-th
 * on) accepted one after another as the A key does, each timed from the
 * action to the end of the frame that shows it. */
static void
time_accepts (QmQuoteList *list,
              guint        n_quotes,
              guint        offset,
              const char  *what)
{
  GListModel *quotes = qm_annotation_set_get_quotes (qm_window_get_annotation_set (window));
  guint n = MIN (20, n_quotes);
  gint64 worst = 0, sum = 0;
  gint64 before = 0, layout = 0, paint = 0;   /* the phases, summed */

  for (guint i = 0; i + offset < n_quotes && i < n; i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i * (n_quotes / n) + offset);
      gint64 start, settle = g_get_monotonic_time () + 200000;
      guint painted;

      qm_quote_list_select (list, q);
      while (g_get_monotonic_time () < settle)
        if (!g_main_context_iteration (NULL, FALSE))
          g_usleep (2000);
      painted = frames->len;
      start = g_get_monotonic_time ();
      gtk_widget_activate_action (GTK_WIDGET (window), "win.accept", NULL);
      while (frames->len == painted && g_get_monotonic_time () - start < 10 * G_USEC_PER_SEC)
        g_main_context_iteration (NULL, TRUE);
      worst = MAX (worst, g_get_monotonic_time () - start);
      sum += g_get_monotonic_time () - start;
      if (frames->len > painted)
        {
          const Frame *f = &g_array_index (frames, Frame, painted);

          before += f->start - start;
          layout += (f->paint ? f->paint : f->end) - f->start;
          paint += f->paint ? f->end - f->paint : 0;
        }
    }
  if (n > 0)
    g_print ("%s, %u quotes: mean %.0f ms, longest %.0f ms "
             "(before the frame %.0f ms, update and layout %.0f ms, rendering %.0f ms)\n",
             what, n, sum / 1000.0 / n, worst / 1000.0,
             before / 1000.0 / n, layout / 1000.0 / n, paint / 1000.0 / n);
}

/* What one edit costs each part of the window that follows the set's
 * ::changed: the handlers of all other parts blocked, twenty quotes across
 * the article accepted and set back to unreviewed in turn, each timed
 * from the edit to the end of the handler, then the main-loop iteration
 * after it (where the quote list's regrouping check runs, before the next
 * frame). The edit alone, every handler blocked, is printed first. */
static void
time_handlers (guint n_quotes)
{
  QmAnnotationSet *set = qm_window_get_annotation_set (window);
  GListModel *quotes = qm_annotation_set_get_quotes (set);
  guint changed = g_signal_lookup ("changed", QM_TYPE_ANNOTATION_SET);
  const struct { const char *what; gpointer data; } parts[] = {
    { "the edit alone", NULL },
    { "People list (quote counts)", qm_window_get_people_list (window) },
    { "quote list grouped by speaker (count, grouping keys)", qm_window_get_quote_list (window) },
    { "Re-attach list (filter)", qm_window_get_orphan_list (window) },
    { "text view (highlights)", qm_window_get_text_view (window) },
    { "window (actions, title)", window },
  };
  guint n = MIN (20, n_quotes);

  if (n == 0)
    return;
  g_print ("per-edit costs, %u edits (accept, then back to unreviewed), mean / longest:\n", 2 * n);
  for (guint p = 0; p < G_N_ELEMENTS (parts); p++)
    {
      gint64 sum = 0, worst = 0, idle_sum = 0, idle_worst = 0;

      for (guint q = 1; q < G_N_ELEMENTS (parts); q++)
        if (q != p)
          g_signal_handlers_block_matched (set, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA, changed, 0, NULL, NULL,
                                           parts[q].data);
      /* no other part follows the set */
      g_assert_true (p > 0 || !g_signal_has_handler_pending (set, changed, 0, FALSE));
      for (guint i = 0; i < 2 * n; i++)
        {
          g_autoptr(QmQuote) q = g_list_model_get_item (quotes, (i / 2) * (n_quotes / n) + 2);
          gint64 start, edited, settle = g_get_monotonic_time () + 50000;

          while (g_get_monotonic_time () < settle)
            if (!g_main_context_iteration (NULL, FALSE))
              g_usleep (2000);
          start = g_get_monotonic_time ();
          g_assert_true (qm_annotation_set_set_quote_review (set, q, i % 2 ? QM_REVIEW_UNREVIEWED : QM_REVIEW_ACCEPTED,
                                                             NULL));
          edited = g_get_monotonic_time ();
          g_main_context_iteration (NULL, FALSE);
          sum += edited - start;
          worst = MAX (worst, edited - start);
          idle_sum += g_get_monotonic_time () - edited;
          idle_worst = MAX (idle_worst, g_get_monotonic_time () - edited);
        }
      for (guint q = 1; q < G_N_ELEMENTS (parts); q++)
        if (q != p)
          g_signal_handlers_unblock_matched (set, G_SIGNAL_MATCH_ID | G_SIGNAL_MATCH_DATA, changed, 0, NULL, NULL,
                                             parts[q].data);
      g_print ("  %-54s %5.1f / %5.1f ms, the iteration after: %5.1f / %5.1f ms\n", parts[p].what,
               sum / 1000.0 / (2 * n), worst / 1000.0, idle_sum / 1000.0 / (2 * n), idle_worst / 1000.0);
    }
}

static char *
make_article (guint n_quotes)
{
  const char *names[] = { "Maria Keller", "Jonas Brandt", "Ines Okafor", "Pavel Roos", "Helena Varga",
                          "Tomas Lind", "Aylin Demir", "Karl Weber" };
  GString *s = g_string_new ("Council debates the budget for the coming years\n\n");

  for (guint i = 0; i < n_quotes; i++)
    {
      const char *name = names[i % G_N_ELEMENTS (names)];

      g_string_append_printf (s, "%s, who spoke at meeting number %u, said: \u201cWe looked at item %u again "
                              "and the numbers for the harbour, the schools and the roads still do not add up "
                              "for the people of this town.\u201d The council then moved on to other business.\n\n",
                              name, i, i);
    }
  return g_string_free (s, FALSE);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *article = NULL;
  g_autoptr(GFile) file = NULL;
  QmArticleView *view;
  GdkFrameClock *clock;
  guint n_quotes;
  gint64 deadline;

  if (g_getenv ("DISPLAY") == NULL && g_getenv ("WAYLAND_DISPLAY") == NULL)
    {
      g_print ("SKIP: needs a display (xvfb-run)\n");
      return 77;
    }

  dir = g_dir_make_tmp ("qm-bench-window-XXXXXX", NULL);
  {
    g_autofree char *data = g_build_filename (dir, "xdg-data", NULL);

    g_setenv ("XDG_DATA_HOME", data, TRUE);
  }
  gtk_init ();
  adw_init ();

  path = g_build_filename (dir, "big-article.txt", NULL);
  if (g_getenv ("QM_BENCH_ARTICLE") != NULL)
    g_assert_true (g_file_get_contents (g_getenv ("QM_BENCH_ARTICLE"), &article, NULL, NULL));
  else
    article = make_article (g_getenv ("QM_BENCH_QUOTES") ? (guint)atoi (g_getenv ("QM_BENCH_QUOTES")) : 20000);
  g_assert_true (g_file_set_contents (path, article, -1, NULL));
  g_print ("article: %.1f MB\n", strlen (article) / 1e6);
  /* a sidecar beside the article given comes with it */
  if (g_getenv ("QM_BENCH_ARTICLE") != NULL)
    {
      g_autofree char *from = g_strconcat (g_getenv ("QM_BENCH_ARTICLE"), ".quotemark.xml", NULL);
      g_autofree char *to = g_strconcat (path, ".quotemark.xml", NULL);
      g_autofree char *sidecar = NULL;
      gsize len;

      if (g_file_get_contents (from, &sidecar, &len, NULL))
        g_assert_true (g_file_set_contents (to, sidecar, (gssize)len, NULL));
    }
  file = g_file_new_for_path (path);

  window = g_object_new (QM_TYPE_WINDOW, NULL);
  g_object_ref_sink (window);
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  gtk_window_present (GTK_WINDOW (window));
  for (guint i = 0; i < 50; i++)
    g_main_context_iteration (NULL, FALSE);

  view = QM_ARTICLE_VIEW (qm_window_get_text_view (window));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  g_signal_connect (clock, "before-paint", G_CALLBACK (before_paint_cb), NULL);
  g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), NULL);
  g_signal_connect (clock, "layout", G_CALLBACK (layout_cb), NULL);
  g_signal_connect (clock, "paint", G_CALLBACK (paint_cb), NULL);
  frames = g_array_new (FALSE, TRUE, sizeof (Frame));
  g_timeout_add_full (G_PRIORITY_HIGH, 5, tick_cb, NULL, NULL);

  t0 = g_get_monotonic_time ();
  last_tick = t0;
  qm_window_open (window, file);

  deadline = t0 + 300 * G_USEC_PER_SEC;
  while (g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      if (ready_at == 0 && qm_window_get_ready (window))
        ready_at = g_get_monotonic_time ();
      if (ready_at != 0 && qm_article_view_get_highlighting_done (view))
        {
          all_highlights = g_get_monotonic_time ();
          break;
        }
      if (qm_window_get_error (window) != NULL)
        {
          g_printerr ("error: %s\n", qm_window_get_error (window));
          return 1;
        }
    }
  /* A few more frames for the first paint with highlights. */
  for (guint i = 0; i < 20 && first_highlight_paint == 0; i++)
    {
      g_usleep (20000);
      while (g_main_context_iteration (NULL, FALSE));
    }

  n_quotes = g_list_model_get_n_items (qm_annotation_set_get_quotes (qm_window_get_annotation_set (window)));
  g_print ("quotes detected: %u\n", n_quotes);
  g_print ("time to first paint (text): %.0f ms\n", (first_text_paint - t0) / 1000.0);
  g_print ("analysis and merge done (off the main thread): %.0f ms\n", (ready_at - t0) / 1000.0);
  g_print ("time to first paint with highlights: %.0f ms\n",
           first_highlight_paint ? (first_highlight_paint - t0) / 1000.0 : -1.0);
  g_print ("time to all highlights: %.0f ms (%.0f ms after the analysis)\n",
           (all_highlights - t0) / 1000.0, (all_highlights - ready_at) / 1000.0);
  g_print ("longest frame (layout and paint): %.0f ms\n", longest_frame / 1000.0);
  g_print ("longest main-loop stall: %.0f ms (from %.0f ms after opening)\n", longest_stall / 1000.0,
           (stall_at - t0) / 1000.0);
  g_print ("renderer: %s\n", G_OBJECT_TYPE_NAME (gtk_native_get_renderer (GTK_NATIVE (window))));
  g_print ("frames: %u; the longest (start after opening: update and layout + rendering + rest, characters "
           "in the buffer, highlighted):\n", frames->len);
  g_array_sort (frames, frame_longer);
  for (guint i = 0; i < MIN (frames->len, g_getenv ("QM_BENCH_FRAMES") ? (guint)atoi (g_getenv ("QM_BENCH_FRAMES")) : 5); i++)
    {
      Frame *f = &g_array_index (frames, Frame, i);
      gint64 layout = f->layout ? f->layout : f->start;
      gint64 paint = f->paint ? f->paint : layout;

      g_print ("  %6.0f ms: %4.0f ms = %3.0f + %3.0f + %3.0f ms, %d chars, %u highlighted, text %d×%d px\n",
               (f->start - t0) / 1000.0, (f->end - f->start) / 1000.0, (layout - f->start) / 1000.0,
               (paint - layout) / 1000.0, (f->end - paint) / 1000.0, f->n_chars, f->n_highlighted, f->width, f->height);
    }

  /* Reviewing: quotes across the article accepted one after another (the
   * A key), each timed from the action to the end of the frame that shows
   * it. */
  {
    QmQuoteList *list = QM_QUOTE_LIST (qm_window_get_quote_list (window));
    guint painted = frames->len;
    gint64 start;

    time_accepts (list, n_quotes, 0, "accepting a quote (A) until it is painted");
    /* the list grouped by speaker, then accepting others; once the list
     * holds every quote (it is attached and filled over a few frames) */
    start = g_get_monotonic_time ();
    while (g_list_model_get_n_items (qm_quote_list_get_model (list)) < n_quotes &&
           g_get_monotonic_time () - start < 30 * G_USEC_PER_SEC)
      g_main_context_iteration (NULL, TRUE);
    start = g_get_monotonic_time ();
    qm_quote_list_set_group_mode (list, QM_QUOTE_GROUP_SPEAKER);
    while (frames->len == painted && g_get_monotonic_time () - start < 10 * G_USEC_PER_SEC)
      g_main_context_iteration (NULL, TRUE);
    g_print ("grouping the list by speaker until painted: %.0f ms\n", (g_get_monotonic_time () - start) / 1000.0);
    time_accepts (list, n_quotes, 1, "accepting a quote in the grouped list");
    time_handlers (n_quotes);
  }
  g_array_unref (frames);

  gtk_window_destroy (GTK_WINDOW (window));
  g_object_unref (window);
  g_unlink (path);
  return 0;
}

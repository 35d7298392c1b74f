/* bench-sidecar.c
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

/* Saves and loads the annotations of 100 000 quotes (`meson test --benchmark`
 * or `ninja -C build benchmark`): prints seconds and peak memory for each
 * step. Loading runs in a fresh process so its peak memory is its own.
 * Targets: under 1 s each on one core, under 200 MB.
 */

#include "config.h"

#include <string.h>
#include <sys/resource.h>

#include <glib/gstdio.h>

#include "qm-annotation-set-private.h"
#include "qm-sidecar.h"

/* QM_BENCH_QUOTES overrides the count. */
static guint N_QUOTES = 100000;

static double
peak_mb (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_maxrss / 1024.0;
}

/* CPU seconds of this process: the machine may be shared, so the wall time
 * alone can overstate what the work costs on one core.
 */
static double
cpu_seconds (void)
{
  struct rusage ru;

  getrusage (RUSAGE_SELF, &ru);
  return ru.ru_utime.tv_sec + ru.ru_utime.tv_usec / 1e6 + ru.ru_stime.tv_sec + ru.ru_stime.tv_usec / 1e6;
}

static const char *names[] = { "Helena Varga", "Tomas Brandt", "Maren Feld", "Ines Okafor", "Piotr Lind" };
static const char *verbs[] = { "said", "warned", "added", "insisted", "told reporters" };

static void
write_article (const char *path)
{
  GString *s = g_string_new ("Bench article\n\n");

  for (guint i = 0; i < N_QUOTES; i++)
    {
      g_string_append_printf (s, "%s %s: \"Item %u of the plan will cost %u euros and take %u weeks.\" ",
                              names[i % G_N_ELEMENTS (names)], verbs[i % G_N_ELEMENTS (verbs)], i, 1000 + i * 7,
                              i % 52);
      if (i % 4 == 3)
        g_string_append (s, "\n\n");
    }
  g_assert_true (g_file_set_contents (path, s->str, s->len, NULL));
  g_string_free (s, TRUE);
}

static int
load_step (const char *article_path,
           const char *sidecar_path,
           gboolean    edited)
{
  g_autoptr(GFile) article = g_file_new_for_path (article_path);
  g_autoptr(GFile) sidecar = g_file_new_for_path (sidecar_path);
  g_autoptr(QmSource) source = NULL;
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(GError) error = NULL;
  gint64 t0, t1;
  double base, c0, c1;

  source = qm_source_new_for_file (article, NULL, &error);
  g_assert_no_error (error);
  base = peak_mb ();
  t0 = g_get_monotonic_time ();
  c0 = cpu_seconds ();
  set = qm_sidecar_load (sidecar, source, NULL, &error);
  c1 = cpu_seconds ();
  t1 = g_get_monotonic_time ();
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (set)), ==, N_QUOTES);
  if (!edited)
    g_print ("load:  %.3f s (%.3f s CPU) for %u quotes (parse, validate, check, build), peak memory %.0f MB "
             "(%.0f MB before loading: article and program)\n",
             (t1 - t0) / 1e6, c1 - c0, N_QUOTES, peak_mb (), base);
  else
    {
      GListModel *quotes = qm_annotation_set_get_quotes (set);
      guint moved = 0;

      for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
        {
          g_autoptr(QmAnnotation) q = g_list_model_get_item (quotes, i);

          moved += qm_annotation_get_anchor_state (q) == QM_ANCHOR_MOVED;
        }
      g_print ("load after a paragraph was added at the top: %.3f s (%.3f s CPU), %u of %u quotes moved, "
               "peak memory %.0f MB\n", (t1 - t0) / 1e6, c1 - c0, moved, N_QUOTES, peak_mb ());
    }
  return 0;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = NULL;
  g_autofree char *article_path = NULL;
  g_autofree char *sidecar_path = NULL;
  g_autoptr(GFile) article = NULL;
  g_autoptr(GFile) sidecar = NULL;
  g_autoptr(QmSource) source = NULL;
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) quotes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  g_autoptr(GDateTime) when = g_date_time_new_utc (2026, 11, 27, 9, 0, 0);
  const char *tags[] = { "statement-claim", "verification-unverified", NULL };
  QmText *text;
  const char *data;
  gsize n_bytes, offset = 0;
  gint64 t0, t1;
  double c0, c1;
  struct stat st;
  int status;

  if (g_getenv ("QM_BENCH_QUOTES") != NULL)
    N_QUOTES = (guint)g_ascii_strtoull (g_getenv ("QM_BENCH_QUOTES"), NULL, 10);
  if (argc == 4 && strcmp (argv[1], "load") == 0)
    return load_step (argv[2], argv[3], FALSE);
  if (argc == 4 && strcmp (argv[1], "load-edited") == 0)
    return load_step (argv[2], argv[3], TRUE);

  dir = g_dir_make_tmp ("qm-bench-XXXXXX", NULL);
  article_path = g_build_filename (dir, "article.txt", NULL);
  sidecar_path = g_strconcat (article_path, ".quotemark.xml", NULL);
  write_article (article_path);
  article = g_file_new_for_path (article_path);
  sidecar = g_file_new_for_path (sidecar_path);
  source = qm_source_new_for_file (article, NULL, &error);
  g_assert_no_error (error);
  text = qm_source_get_text (source);
  set = qm_annotation_set_new_for_source (source);

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    g_ptr_array_add (people, g_object_new (QM_TYPE_PERSON, "name", names[i], "origin", QM_ORIGIN_AUTO, NULL));

  /* One quote per quoted passage, with speaker, cue, tags and some notes. */
  data = qm_text_get_data (text, &n_bytes);
  for (const char *p = strchr (data, '"'); p != NULL && quotes->len < N_QUOTES; p = strchr (p + 1, '"'))
    {
      const char *close = strchr (p + 1, '"');
      gsize s, e;
      g_autoptr(QmTarget) target = NULL;
      g_autoptr(QmTarget) cue = NULL;
      QmQuote *q;
      guint i = quotes->len;

      if (close == NULL)
        break;
      s = qm_text_byte_to_offset (text, p + 1 - data);
      e = qm_text_byte_to_offset (text, close - data);
      target = qm_target_new_for_text (text, s, e);
      cue = qm_target_new_for_text (text, s - 5, s - 3);
      q = g_object_new (QM_TYPE_QUOTE, "target", target, "cue", cue, "kind", QM_QUOTE_KIND_DIRECT,
                        "origin", i % 3 ? QM_ORIGIN_AUTO : QM_ORIGIN_USER, "confidence", 0.75,
                        "review", i % 5 ? QM_REVIEW_UNREVIEWED : QM_REVIEW_ACCEPTED,
                        "speaker-id", qm_person_get_id (g_ptr_array_index (people, i % people->len)),
                        "tags", i % 2 ? tags : NULL, "creator", "bench", "created", when, "modified", when, NULL);
      if (i % 10 == 0)
        {
          g_autoptr(QmNote) note = g_object_new (QM_TYPE_NOTE, "text", "Check against the budget tables.",
                                                 "author", "bench", "created", when, "modified", when, NULL);
          g_list_store_append (G_LIST_STORE (qm_annotation_get_notes (QM_ANNOTATION (q))), note);
        }
      g_ptr_array_add (quotes, q);
      p = close;
      offset = e;
    }
  (void)offset;
  g_assert_cmpuint (quotes->len, ==, N_QUOTES);
  _qm_annotation_set_load_content (set, people, NULL, quotes, NULL);
  _qm_annotation_set_force_modified (set);
  g_print ("built: %u quotes on a text of %zu characters, peak memory %.0f MB\n", N_QUOTES,
           qm_text_get_length (text), peak_mb ());

  t0 = g_get_monotonic_time ();
  c0 = cpu_seconds ();
  g_assert_true (qm_sidecar_save (set, sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  c1 = cpu_seconds ();
  t1 = g_get_monotonic_time ();
  g_assert_no_error (error);
  g_stat (sidecar_path, &st);
  g_print ("save:  %.3f s (%.3f s CPU) for %u quotes (%.1f MB written, atomic, fsync), peak memory %.0f MB\n",
           (t1 - t0) / 1e6, c1 - c0, N_QUOTES, st.st_size / 1048576.0, peak_mb ());

  {
    const char *child[] = { argv[0], "load", article_path, sidecar_path, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **)child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                                 &status, &error));
    g_assert_no_error (error);
  }

  /* The article edited: every annotation moved, each re-attached. */
  if (g_spawn_check_wait_status (status, NULL))
    {
      const char *child[] = { argv[0], "load-edited", article_path, sidecar_path, NULL };
      g_autofree char *edited = g_strconcat ("A note the editor added at the top, later.\n\n", data, NULL);

      g_assert_true (g_file_set_contents (article_path, edited, -1, NULL));
      g_assert_true (g_spawn_sync (NULL, (char **)child, NULL, G_SPAWN_CHILD_INHERITS_STDIN, NULL, NULL, NULL, NULL,
                                   &status, &error));
      g_assert_no_error (error);
    }

  g_unlink (sidecar_path);
  g_unlink (article_path);
  {
    g_autofree char *backup = g_strconcat (sidecar_path, ".bak", NULL);
    g_unlink (backup);
  }
  g_rmdir (dir);
  return g_spawn_check_wait_status (status, NULL) ? 0 : 1;
}

/* qm-cli-annotate.c
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

#define G_LOG_DOMAIN "quotemark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>

#include "qm-analyzer.h"
#include "qm-cli.h"
#include "qm-sidecar.h"
#include "qm-sidecar-location.h"
#include "qm-source.h"

static int
annotate_one (const char *arg,
              QmAnalyzer *analyzer,
              gboolean    quiet)
{
  g_autoptr(GFile) file = qm_cli_article_for_arg (arg);
  g_autoptr(GFile) sidecar = qm_sidecar_locate (file, NULL);
  g_autoptr(QmSource) source = NULL;
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(QmAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  QmMergeStats st;

  if ((source = qm_source_new_for_file (file, NULL, &error)) == NULL)
    {
      qm_cli_error ("%s: %s", arg, qm_cli_describe_error (error));
      return QM_CLI_EXIT_FAILURE;
    }

  set = qm_sidecar_load (sidecar, source, NULL, &error);
  if (set == NULL && g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    {
      g_clear_error (&error);
      set = qm_annotation_set_new_for_source (source);
    }
  if (set == NULL)
    {
      /* Translators: an article, its annotation file, and why that could not be read */
      qm_cli_error (_("%s: the annotations in %s could not be read and were left as they are: %s"), arg,
                    g_file_peek_path (sidecar), error->message);
      return QM_CLI_EXIT_FAILURE;
    }
  if (qm_annotation_set_get_read_only (set))
    {
      /* Translators: an article, and why its annotations are read-only */
      qm_cli_error (_("%s: not updated: %s"), arg, qm_annotation_set_get_read_only_reason (set));
      return QM_CLI_EXIT_FAILURE;
    }

  analysis = qm_analyzer_analyze (analyzer, qm_source_get_text (source), NULL, &error);
  if (analysis == NULL)
    {
      /* Translators: an article, and why finding its quotations failed */
      qm_cli_error (_("%s: analysis failed: %s"), arg, error->message);
      return QM_CLI_EXIT_FAILURE;
    }
  if (!qm_annotation_set_merge_analysis (set, analysis, &st, &error) ||
      (qm_annotation_set_get_modified (set) &&
       (!qm_sidecar_ensure_folder (sidecar, &error) ||
        !qm_sidecar_save (set, sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error))))
    {
      qm_cli_error ("%s: %s", arg, error->message);
      return QM_CLI_EXIT_FAILURE;
    }

  if (!quiet)
    {
      guint n_quotes = g_list_model_get_n_items (qm_annotation_set_get_quotes (set));
      guint n_orphans = qm_annotation_set_count_orphans (set);
      g_autofree char *quotes_s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", n_quotes),
                                                   n_quotes);
      /* Translators: what "quotemark-cli annotate" changed, all counts of
       * quotes: new ones, updated ones, ones dropped, the user's own ones
       * kept, and ones found again that the user had deleted */
      g_autofree char *changes = g_strdup_printf (_("%u new, %u updated, %u dropped, %u of yours kept, "
                                                    "%u found again but skipped"),
                                                  st.added, st.updated, st.removed, st.kept, st.suppressed);
      g_autofree char *orphans_s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u orphaned", "%u orphaned",
                                                                 n_orphans), n_orphans);

      /* Translators: the line "quotemark-cli annotate" prints for an
       * article: its file name, how many quotes it has, what changed (the
       * text in parentheses), how many annotations are orphaned, and the
       * annotation file it wrote ("a.txt: 3 quotes (…), 0 orphaned → a.txt.quotemark.xml") */
      printf (_("%s: %s (%s), %s → %s"), arg, quotes_s, changes, orphans_s, g_file_peek_path (sidecar));
      printf ("\n");
    }
  return QM_CLI_EXIT_OK;
}

int
qm_cli_annotate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(QmAnalyzer) analyzer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) seen = NULL;
  g_autofree char *language = NULL;
  gboolean quiet = FALSE;
  int status = QM_CLI_EXIT_OK;
  int ret;
  GOptionEntry entries[] = {
    { "language", 'l', 0, G_OPTION_ARG_STRING, &language,
      N_("Language of the articles (en, de; default: detected for each article)"),
      /* Translators: the value of --language, a language code */
      N_("CODE") },
    /* extract's name of the same option */
    { "lang", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_STRING, &language, NULL, NULL },
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print only errors"), NULL },
    { NULL }
  };

  context = g_option_context_new (N_("FILE…"));
  g_option_context_set_summary (context,
                                N_("Find quotations in articles and write or update the annotation file next to "
                                   "each (ARTICLE.quotemark.xml). Quotes you made, accepted, rejected or edited "
                                   "are kept as they are."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((ret = qm_cli_parse (context, 1, &argc, &argv)) != QM_CLI_EXIT_OK)
    return ret;

  /* Not given, each article's language is found from its text, as the
   * window and extract do: English was assumed, and a German article got
   * other quotes here than in the window. */
  analyzer = qm_analyzer_new (language, &error);
  if (analyzer == NULL)
    {
      qm_cli_error ("%s", error->message);
      return QM_CLI_EXIT_USAGE;
    }
  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) article = qm_cli_article_for_arg (argv[i]);

      if (qm_cli_first_time (&seen, article) &&
          annotate_one (argv[i], analyzer, quiet) != QM_CLI_EXIT_OK)
        status = QM_CLI_EXIT_FAILURE;
    }
  return status;
}

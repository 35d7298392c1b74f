/* qm-cli-export.c
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
#include <string.h>
#include <unistd.h>

#include "qm-cli.h"
#include "qm-export.h"
#include "qm-sidecar.h"
#include "qm-sidecar-location.h"
#include "qm-source.h"

/* The article's sidecar when there is one, else a fresh analysis. */
static QmAnnotationSet *
load_annotations (QmSource  *source,
                  GError   **error)
{
  g_autoptr(GFile) sidecar = qm_sidecar_locate (qm_source_get_file (source), NULL);
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(QmAnalyzer) analyzer = NULL;
  g_autoptr(QmAnalysis) analysis = NULL;

  if (g_file_query_exists (sidecar, NULL))
    {
      g_autoptr(GError) local_error = NULL;

      set = qm_sidecar_load (sidecar, source, NULL, &local_error);
      if (set == NULL)
        {
          g_autofree char *name = g_file_get_parse_name (sidecar);

          g_set_error (error, local_error->domain, local_error->code,
                       /* Translators: an annotation file, and why it could not be read */
                       _("cannot read the annotations in %s: %s"), name, local_error->message);
          return NULL;
        }
      return g_steal_pointer (&set);
    }

  set = qm_annotation_set_new_for_source (source);
  analyzer = qm_analyzer_new (NULL, error);
  if (analyzer == NULL)
    return NULL;
  analysis = qm_analyzer_analyze (analyzer, qm_source_get_text (source), NULL, error);
  if (analysis == NULL || !qm_annotation_set_merge_analysis (set, analysis, NULL, error))
    return NULL;
  return g_steal_pointer (&set);
}

static char *
output_name (GFile                    *input,
             const QmExportFormatInfo *info)
{
  g_autofree char *base = g_file_get_basename (input);
  char *dot = strrchr (base, '.');

  if (dot != NULL && dot != base)
    *dot = '\0';
  return g_strconcat (base, ".", info->extension, NULL);
}

static gboolean
write_stdout (GBytes   *bytes,
              GError  **error)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  if (fwrite (data, 1, len, stdout) != len || fflush (stdout) != 0)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("cannot write to standard output"));
      return FALSE;
    }
  return TRUE;
}

int
qm_cli_export (int    argc,
               char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autofree char *format_id = NULL;
  g_autofree char *output = NULL;
  g_autofree char *ids = qm_export_format_list_ids (", ");
  /* Translators: %s lists the format names (csv, qdpx, …), which stay as they are */
  g_autofree char *format_help = g_strdup_printf (_("The format: %s"), ids);
  g_autoptr(GFile) out_dir = NULL;
  g_autoptr(GHashTable) seen = NULL;
  gboolean skip_rejected = FALSE;
  gboolean skip_orphans = FALSE;
  const QmExportFormatInfo *info;
  QmExportFlags flags = QM_EXPORT_FLAGS_NONE;
  gboolean to_stdout;
  int status = QM_CLI_EXIT_OK;
  int ret;
  GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_id, format_help,
      /* Translators: the value of --format */
      N_("FORMAT") },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      /* Translators: OUT stands for the option's value; translate it as you translate “OUT” */
      N_("Write to OUT (a folder when there are several files; “-”, the default, for standard output)"),
      /* Translators: the value of --output: a file or folder */
      N_("OUT") },
    { "skip-rejected", 0, 0, G_OPTION_ARG_NONE, &skip_rejected, N_("Leave out quotes marked as rejected"), NULL },
    { "skip-orphans", 0, 0, G_OPTION_ARG_NONE, &skip_orphans,
      N_("Leave out annotations whose words are no longer in the article"), NULL },
    { NULL }
  };

  context = g_option_context_new (N_("FILE…"));
  g_option_context_set_summary (context,
                                N_("Write the quotes of articles (from their sidecar files, or found afresh) "
                                   "in a format other tools read."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((ret = qm_cli_parse (context, 1, &argc, &argv)) != QM_CLI_EXIT_OK)
    return ret;

  if (format_id == NULL)
    {
      /* Translators: %s lists the format names (csv, qdpx, …) */
      qm_cli_error (_("no --format given; one of: %s"), ids);
      return QM_CLI_EXIT_USAGE;
    }
  info = qm_export_format_lookup (format_id);
  if (info == NULL)
    {
      /* Translators: the format asked for, and the list of format names (csv, qdpx, …) */
      qm_cli_error (_("unknown format “%s”; one of: %s"), format_id, ids);
      return QM_CLI_EXIT_USAGE;
    }

  to_stdout = output == NULL || g_strcmp0 (output, "-") == 0;
  if (to_stdout && argc > 2)
    {
      qm_cli_error (_("several files need -o FOLDER"));
      return QM_CLI_EXIT_USAGE;
    }
  if (to_stdout && info->binary && isatty (STDOUT_FILENO))
    {
      /* Translators: %s is the name of an export format, such as “REFI-QDA Project” */
      qm_cli_error (_("%s is a zip file; give -o FILE instead of writing it to the terminal"), _(info->label));
      return QM_CLI_EXIT_USAGE;
    }
  if (!to_stdout)
    {
      g_autoptr(GFile) out = g_file_new_for_commandline_arg (output);

      if (g_file_query_file_type (out, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        out_dir = g_steal_pointer (&out);
      else if (argc > 2)
        {
          /* Translators: %s is the value given to -o */
          qm_cli_error (_("%s: not a folder, but there are several files"), output);
          return QM_CLI_EXIT_USAGE;
        }
    }

  if (skip_rejected)
    flags |= QM_EXPORT_FLAGS_SKIP_REJECTED;
  if (skip_orphans)
    flags |= QM_EXPORT_FLAGS_SKIP_ORPHANS;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = qm_cli_article_for_arg (argv[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(QmSource) source = NULL;
      g_autoptr(QmAnnotationSet) set = NULL;
      g_autoptr(GFile) target = NULL;
      gboolean ok;

      if (!qm_cli_first_time (&seen, file))
        continue;
      source = qm_source_new_for_file (file, NULL, &error);
      if (source != NULL)
        set = load_annotations (source, &error);
      if (set == NULL)
        {
          qm_cli_error ("%s: %s", argv[i], source == NULL ? qm_cli_describe_error (error) : error->message);
          status = QM_CLI_EXIT_FAILURE;
          continue;
        }

      if (to_stdout)
        {
          g_autoptr(GBytes) bytes = qm_export_to_bytes (set, info->format, flags, &error);

          ok = bytes != NULL && write_stdout (bytes, &error);
        }
      else
        {
          if (out_dir != NULL)
            {
              g_autofree char *name = output_name (file, info);

              target = g_file_get_child (out_dir, name);
            }
          else
            target = g_file_new_for_commandline_arg (output);
          ok = qm_export_to_file (set, info->format, flags, target, file, NULL, &error);
        }

      if (!ok)
        {
          qm_cli_error ("%s: %s", argv[i], error->message);
          status = QM_CLI_EXIT_FAILURE;
        }
    }

  return status;
}

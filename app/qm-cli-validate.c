/* qm-cli-validate.c
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

#include "qm-cli.h"
#include "qm-sidecar.h"

int
qm_cli_validate (int    argc,
                 char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  gboolean quiet = FALSE;
  int status = QM_CLI_EXIT_OK;
  int ret;
  GOptionEntry entries[] = {
    { "quiet", 'q', 0, G_OPTION_ARG_NONE, &quiet, N_("Print only problems"), NULL },
    { NULL }
  };

  context = g_option_context_new (N_("SIDECAR…"));
  g_option_context_set_summary (context,
                                /* Translators: FILE:LINE: message is the form of the lines printed */
                                N_("Check annotation files (*.quotemark.xml) against the format's schema and for "
                                   "consistency. Each problem is printed as FILE:LINE: message."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((ret = qm_cli_parse (context, 1, &argc, &argv)) != QM_CLI_EXIT_OK)
    return ret;

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GFileInfo) info = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GPtrArray) problems = NULL;
      g_autoptr(GError) error = NULL;
      gboolean valid;

      info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                G_FILE_QUERY_INFO_NONE, NULL, &error);
      if (info != NULL && (guint64)g_file_info_get_size (info) > QM_SIDECAR_MAX_SIZE)
        {
          /* Translators: %s is a file, %u the largest size read, in megabytes */
          qm_cli_error (_("%s: larger than %u MB, not read"), argv[i], (guint)(QM_SIDECAR_MAX_SIZE >> 20));
          status = QM_CLI_EXIT_FAILURE;
          continue;
        }
      /* A regular file is read as a stream, as loading reads it; anything
       * else (a pipe) can be read only once, so it is read whole first.
       */
      if (info != NULL && g_file_info_get_file_type (info) == G_FILE_TYPE_REGULAR)
        valid = qm_sidecar_validate_file (file, NULL, &problems, &error);
      else if (info == NULL || (bytes = g_file_load_bytes (file, NULL, NULL, &error)) == NULL)
        {
          qm_cli_error ("%s: %s", argv[i], error->message);
          status = QM_CLI_EXIT_FAILURE;
          continue;
        }
      else
        valid = qm_sidecar_validate_bytes (bytes, &problems, &error);
      if (valid)
        {
          if (!quiet)
            /* Translators: %s is the annotation file that passed the check */
            printf (_("%s: valid\n"), argv[i]);
          continue;
        }
      status = QM_CLI_EXIT_FAILURE;
      for (guint p = 0; p < problems->len; p++)
        {
          const char *msg = g_ptr_array_index (problems, p);
          int line = 0;

          /* Translators: the core's "line N: message" becomes "FILE:N: message", the
           * form editors jump to; this must match the start of your translation of
           * “line %d: %s” */
          if (sscanf (msg, _("line %d:"), &line) == 1 && strchr (msg, ':') != NULL)
            qm_cli_error ("%s:%d:%s", argv[i], line, strchr (msg, ':') + 1);
          else
            qm_cli_error ("%s: %s", argv[i], msg);
        }
    }
  return status;
}

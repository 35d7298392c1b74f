/* qm-cli-info.c
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

#include "qm-cli.h"
#include "qm-source.h"

int
qm_cli_info (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  int status = QM_CLI_EXIT_OK;
  int ret;

  context = g_option_context_new (N_("FILE…"));
  g_option_context_set_summary (context, N_("Print the encoding, size, length and checksums of articles."));
  if ((ret = qm_cli_parse (context, 1, &argc, &argv)) != QM_CLI_EXIT_OK)
    return ret;


  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(GError) error = NULL;
      g_autoptr(QmSource) source = NULL;
      QmText *text;

      source = qm_source_new_for_file (file, NULL, &error);
      if (source == NULL)
        {
          qm_cli_error ("%s: %s", argv[i], error->message);
          status = QM_CLI_EXIT_FAILURE;
          continue;
        }

      text = qm_source_get_text (source);
      printf ("file:        %s\n", argv[i]);
      printf ("media-type:  %s\n", qm_source_get_media_type (source));
      printf ("encoding:    %s%s\n", qm_source_get_encoding (source),
              qm_source_get_has_bom (source) ? " (with byte-order mark)" : "");
      if (qm_source_get_title (source) != NULL)
        printf ("title:       %s\n", qm_source_get_title (source));
      if (qm_source_get_extractor (source) != NULL)
        printf ("extractor:   %s\n", qm_source_get_extractor (source));
      printf ("bytes:       %" G_GSIZE_FORMAT "\n", qm_source_get_raw_size (source));
      printf ("characters:  %" G_GSIZE_FORMAT "\n", qm_text_get_length (text));
      printf ("paragraphs:  %u\n", qm_text_get_n_paragraphs (text));
      printf ("replaced:    %u\n", qm_source_get_n_replaced (source));
      printf ("sha256-raw:  %s\n", qm_source_get_raw_sha256 (source));
      printf ("sha256-text: %s\n", qm_text_get_sha256 (text));
      if (i + 1 < argc)
        printf ("\n");
    }

  return status;
}

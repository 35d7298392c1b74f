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

/* The labels are translated; the values start in one column, one space
 * after the longest label (13 in English, as always). */
static const char *const labels[] = {
  N_("file:"), N_("media-type:"), N_("encoding:"), N_("title:"), N_("extractor:"), N_("bytes:"),
  N_("characters:"), N_("paragraphs:"), N_("replaced:"), N_("sha256-raw:"), N_("sha256-text:"),
};

static glong
value_column (void)
{
  static glong column = 0;

  if (column == 0)
    for (guint i = 0; i < G_N_ELEMENTS (labels); i++)
      column = MAX (column, g_utf8_strlen (_(labels[i]), -1) + 1);
  return column;
}

static void
field (const char *label,
       const char *value)
{
  glong pad = value_column () - g_utf8_strlen (label, -1);

  printf ("%s%*s%s\n", label, (int)MAX (pad, 1), "", value);
}

static void
number (const char *label,
        gsize       value)
{
  g_autofree char *s = g_strdup_printf ("%" G_GSIZE_FORMAT, value);

  field (label, s);
}

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
          qm_cli_error ("%s: %s", argv[i], qm_cli_describe_error (error));
          status = QM_CLI_EXIT_FAILURE;
          continue;
        }

      text = qm_source_get_text (source);
      field (_("file:"), argv[i]);
      field (_("media-type:"), qm_source_get_media_type (source));
      if (qm_source_get_has_bom (source))
        {
          /* Translators: %s is the name of an encoding, such as UTF-8 */
          g_autofree char *encoding = g_strdup_printf (_("%s (with byte-order mark)"),
                                                       qm_source_get_encoding (source));
          field (_("encoding:"), encoding);
        }
      else
        field (_("encoding:"), qm_source_get_encoding (source));
      if (qm_source_get_title (source) != NULL)
        field (_("title:"), qm_source_get_title (source));
      if (qm_source_get_extractor (source) != NULL)
        /* Translators: the name of the code that took the text out of a web page */
        field (_("extractor:"), qm_source_get_extractor (source));
      number (_("bytes:"), qm_source_get_raw_size (source));
      /* Translators: the length of the text in characters */
      number (_("characters:"), qm_text_get_length (text));
      number (_("paragraphs:"), qm_text_get_n_paragraphs (text));
      /* Translators: how many invalid byte sequences were replaced by U+FFFD */
      number (_("replaced:"), qm_source_get_n_replaced (source));
      /* Translators: the SHA-256 checksum of the file as it is on disk */
      field (_("sha256-raw:"), qm_source_get_raw_sha256 (source));
      /* Translators: the SHA-256 checksum of the decoded text */
      field (_("sha256-text:"), qm_text_get_sha256 (text));
      if (i + 1 < argc)
        printf ("\n");
    }

  return status;
}

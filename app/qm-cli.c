/* qm-cli.c
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

#include <locale.h>
#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "qm-cli.h"

static const QmCliCommand commands[] = {
  { "info", "FILE…", "Decode articles and print what was found about each file", qm_cli_info },
  { "export", "FILE…", "Write the quotes in CSV, REFI-QDA, TEI, W3C, brat or a report", qm_cli_export },
  { "annotate", "FILE…", "Find quotations and write or update each article's annotation file", qm_cli_annotate },
  { "show", "FILE", "Print an article's annotations as a table", qm_cli_show },
  { "validate", "SIDECAR…", "Check annotation files against the schema", qm_cli_validate },
  { "extract", "FILE…|-", "Print the quotations and people of articles (JSON lines, XML)", qm_cli_extract },
};

/**
 * qm_cli_error:
 * @format: printf-style message
 *
 * Prints a one-line error to standard error, prefixed with the program name.
 */
void
qm_cli_error (const char *format,
              ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  /* One line, whatever the message holds. */
  g_strdelimit (message, "\n\r", ' ');
  fprintf (stderr, "%s: %s\n", g_get_prgname (), message);
}

/**
 * qm_cli_parse:
 * @context: the command's option context
 * @min_args: how many arguments (files) the command needs at least
 * @argc: (inout): argument count
 * @argv: (inout): arguments
 *
 * Returns: %QM_CLI_EXIT_OK, or %QM_CLI_EXIT_USAGE after printing why
 */
int
qm_cli_parse (GOptionContext   *context,
              guint             min_args,
              int              *argc,
              char           ***argv)
{
  g_autoptr(GError) error = NULL;

  if (!g_option_context_parse (context, argc, argv, &error))
    {
      qm_cli_error ("%s (see --help)", error->message);
      return QM_CLI_EXIT_USAGE;
    }
  if ((guint)(*argc - 1) < min_args)
    {
      qm_cli_error ("no file given (see --help)");
      return QM_CLI_EXIT_USAGE;
    }
  return QM_CLI_EXIT_OK;
}

static void
print_help (FILE *out)
{
  fprintf (out, "Usage:\n  %s COMMAND [OPTION…] ARGUMENTS\n\n", g_get_prgname ());
  fprintf (out, "Find quotations and their speakers in news articles.\n\nCommands:\n");
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-10s %-24s %s\n", commands[i].name, commands[i].args, commands[i].summary);
  fprintf (out, "\nOptions:\n"
                "  -h, --help     Show this help\n"
                "  --version      Show the version\n\n"
                "Run “%s COMMAND --help” for a command's options.\n", g_get_prgname ());
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
  g_set_prgname ("quotemark-cli");

  if (argc < 2)
    {
      print_help (stderr);
      return QM_CLI_EXIT_USAGE;
    }

  if (strcmp (argv[1], "--version") == 0 || strcmp (argv[1], "-V") == 0)
    {
      printf ("quotemark-cli %s\n", PACKAGE_VERSION);
      return QM_CLI_EXIT_OK;
    }

  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_help (stdout);
      return QM_CLI_EXIT_OK;
    }

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      if (strcmp (argv[1], commands[i].name) == 0)
        {
          g_autofree char *prgname = g_strdup_printf ("quotemark-cli %s", commands[i].name);

          g_set_prgname (prgname);
          return commands[i].run (argc - 1, argv + 1);
        }
    }

  qm_cli_error ("unknown command “%s” (see --help)", argv[1]);
  return QM_CLI_EXIT_USAGE;
}

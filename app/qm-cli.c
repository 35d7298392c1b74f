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
#include "qm-sidecar.h"

/* The command names are what users type and stay untranslated; the
 * arguments and summaries are looked up when --help prints them.
 */
static const QmCliCommand commands[] = {
  /* Translators: the arguments of a command in “quotemark-cli --help”, in capitals like GLib's [OPTION…] */
  { "info", N_("FILE…"), N_("Decode articles and print what was found about each file"), qm_cli_info },
  { "export", N_("FILE…"), N_("Write the quotes in CSV, REFI-QDA, TEI, W3C, brat or a report"), qm_cli_export },
  { "annotate", N_("FILE…"), N_("Find quotations and write or update each article's annotation file"), qm_cli_annotate },
  { "show", N_("FILE"), N_("Print an article's annotations as a table"), qm_cli_show },
  /* Translators: the arguments of “quotemark-cli validate”: annotation files (ARTICLE.quotemark.xml) */
  { "validate", N_("SIDECAR…"), N_("Check annotation files against the schema"), qm_cli_validate },
  /* Translators: the arguments of “quotemark-cli extract”: files, or “-” for standard input */
  { "extract", N_("FILE…|-"), N_("Print the quotations and people of articles (JSON lines, XML)"), qm_cli_extract },
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
 * qm_cli_article_for_arg:
 * @arg: a file named on the command line
 *
 * A sidecar given where an article is expected (a shell glob such as
 * `*` picks them up along with the articles) stands for its article, as
 * in the window: reading the XML as an article would invent quotes in it,
 * and annotating it would write a sidecar for the sidecar.
 *
 * Returns: (transfer full): the article @arg names: @arg itself, or for
 *   "X.quotemark.xml" (and its backup "X.quotemark.xml.bak") the article
 *   "X" next to it
 */
GFile *
qm_cli_article_for_arg (const char *arg)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (arg);
  g_autofree char *base = g_file_get_basename (file);
  g_autoptr(GFile) parent = NULL;
  g_autofree char *name = NULL;

  gsize len;

  g_return_val_if_fail (arg != NULL, NULL);

  len = base ? strlen (base) : 0;
  if (g_str_has_suffix (base, QM_SIDECAR_SUFFIX QM_SIDECAR_BACKUP_SUFFIX))
    len -= strlen (QM_SIDECAR_BACKUP_SUFFIX);
  if (base == NULL || len <= strlen (QM_SIDECAR_SUFFIX) ||
      strncmp (base + len - strlen (QM_SIDECAR_SUFFIX), QM_SIDECAR_SUFFIX, strlen (QM_SIDECAR_SUFFIX)) != 0)
    return g_steal_pointer (&file);
  name = g_strndup (base, len - strlen (QM_SIDECAR_SUFFIX));
  parent = g_file_get_parent (file);
  return parent ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

/**
 * qm_cli_describe_error:
 * @error: why an article could not be read
 *
 * GIO's messages for a missing or unreadable file name the call that failed
 * ("Error when getting information for file “/home/…/a.txt”: No such file
 * or directory"); the window says "could not be found" and "You do not have
 * permission". The command line follows it, after the file's name.
 *
 * Returns: (transfer none): the words to print
 */
const char *
qm_cli_describe_error (const GError *error)
{
  g_return_val_if_fail (error != NULL, NULL);

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return _("no such file");
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return _("you do not have permission to read it");
  return error->message;
}

/**
 * qm_cli_first_time:
 * @seen: a set of URIs, created on the first call
 * @file: an article
 *
 * Returns: %FALSE when @file was already handled: an article and its
 *   sidecar both given (as `*` gives them) are worked on once
 */
gboolean
qm_cli_first_time (GHashTable **seen,
                   GFile       *file)
{
  g_return_val_if_fail (seen != NULL, FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (*seen == NULL)
    *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  return g_hash_table_add (*seen, g_file_get_uri (file));
}

/**
 * qm_cli_parse:
 * @context: the command's option context (its summary and argument names
 *   untranslated, marked with N_(); the main entries added with
 *   GETTEXT_PACKAGE as their translation domain)
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

  /* the summary, the description and the arguments in --help */
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, argc, argv, &error))
    {
      /* Translators: %s is why the command line could not be read */
      qm_cli_error (_("%s (see --help)"), error->message);
      return QM_CLI_EXIT_USAGE;
    }
  if ((guint)(*argc - 1) < min_args)
    {
      qm_cli_error (_("no file given (see --help)"));
      return QM_CLI_EXIT_USAGE;
    }
  return QM_CLI_EXIT_OK;
}

/* Prints @text and pads it with spaces to @width characters (not bytes). */
static void
print_padded (FILE       *out,
              const char *text,
              glong       width)
{
  fputs (text, out);
  for (glong n = g_utf8_strlen (text, -1); n < width; n++)
    fputc (' ', out);
}

static void
print_help (FILE *out)
{
  /* Translators: how to run quotemark-cli; COMMAND, OPTION and ARGUMENTS are placeholders */
  fprintf (out, "%s\n  %s %s\n\n", _("Usage:"), g_get_prgname (), _("COMMAND [OPTION…] ARGUMENTS"));
  fprintf (out, "%s\n\n%s\n", _("Find quotations and their speakers in news articles."), _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      fputs ("  ", out);
      print_padded (out, commands[i].name, 11);
      print_padded (out, _(commands[i].args), 25);
      fprintf (out, "%s\n", _(commands[i].summary));
    }
  fprintf (out, "\n%s\n", _("Options:"));
  fprintf (out, "  -h, --help     %s\n", _("Show this help"));
  fprintf (out, "  --version      %s\n\n", _("Show the version"));
  /* Translators: %s is the program's name; COMMAND stands for one of the commands listed above */
  fprintf (out, _("Run “%s COMMAND --help” for a command's options."), g_get_prgname ());
  fputc ('\n', out);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
#ifdef QM_CLI_UNINSTALLED_LOCALEDIR
  /* quotemark-cli-uninstalled, the tests' build (app/meson.build) */
  bindtextdomain (GETTEXT_PACKAGE, QM_CLI_UNINSTALLED_LOCALEDIR);
#else
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
#endif
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

  qm_cli_error (_("unknown command “%s” (see --help)"), argv[1]);
  return QM_CLI_EXIT_USAGE;
}

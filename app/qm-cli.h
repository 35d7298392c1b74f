/* qm-cli.h
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

#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Exit codes of quotemark-cli. */
#define QM_CLI_EXIT_OK      0
#define QM_CLI_EXIT_FAILURE 1
#define QM_CLI_EXIT_USAGE   2

typedef struct
{
  const char *name;
  const char *args;
  const char *summary;
  int       (*run) (int argc, char **argv);
} QmCliCommand;

int  qm_cli_info    (int argc, char **argv);
int  qm_cli_export  (int argc, char **argv);
int  qm_cli_annotate (int argc, char **argv);
int  qm_cli_show    (int argc, char **argv);
int  qm_cli_validate (int argc, char **argv);
int  qm_cli_extract (int argc, char **argv);

void   qm_cli_error   (const char *format, ...) G_GNUC_PRINTF (1, 2);
GFile      *qm_cli_article_for_arg (const char    *arg);
const char *qm_cli_describe_error  (const GError  *error);
gboolean qm_cli_first_time      (GHashTable **seen,
                                 GFile       *file);
int  qm_cli_parse   (GOptionContext *context,
                     guint           min_args,
                     int            *argc,
                     char         ***argv);

G_END_DECLS

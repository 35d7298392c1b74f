/* bench-export.c
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

/* Exports 100 000 annotations (or argv[1]) in each format and prints the
 * seconds each took, on the clock and in CPU time (which other work on a
 * shared machine does not inflate); the target is under 2 s a format. */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include "export-fixture.h"
#include "qm-export.h"

static double
cpu_seconds (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

int
main (int   argc,
      char *argv[])
{
  guint n = argc > 1 ? (guint)strtoul (argv[1], NULL, 10) : 100000;
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(GTimer) timer = g_timer_new ();
  int status = 0;

  set = export_fixture_new_large (n);
  printf ("# built %u annotations on %" G_GSIZE_FORMAT " characters in %.2f s\n",
          g_list_model_get_n_items (qm_annotation_set_get_quotes (set)) +
          g_list_model_get_n_items (qm_annotation_set_get_highlights (set)),
          qm_text_get_length (qm_annotation_set_get_text (set)), g_timer_elapsed (timer, NULL));

  for (guint i = 0; i < QM_EXPORT_N_FORMATS; i++)
    {
      const QmExportFormatInfo *info = qm_export_format_get_info (i);
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      double seconds, cpu;

      g_timer_start (timer);
      cpu = cpu_seconds ();
      bytes = qm_export_to_bytes (set, i, QM_EXPORT_FLAGS_NONE, &error);
      seconds = g_timer_elapsed (timer, NULL);
      cpu = cpu_seconds () - cpu;
      if (bytes == NULL)
        {
          fprintf (stderr, "%s: %s\n", info->id, error->message);
          status = 1;
          continue;
        }
      printf ("export %-7s %u annotations: %6.3f s (CPU %6.3f s), %8.1f MB%s\n", info->id, n, seconds, cpu,
              g_bytes_get_size (bytes) / 1e6, seconds < 2.0 ? "" : "  (over the 2 s target)");
    }
  return status;
}

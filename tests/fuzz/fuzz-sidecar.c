/* fuzz-sidecar.c
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

/* Feeds arbitrary bytes to the sidecar reader, as if they were the
 * annotation file of a fixed article. Whatever is read must serialize and
 * read back to the same bytes; criticals and warnings abort.
 */

#include "config.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz-article.h"
#include "qm-sidecar-private.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static QmText *text;

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) problems = NULL;
  g_autoptr(GError) validate_error = NULL;
  gboolean read_ok, valid;

  if (text == NULL)
    {
      g_log_set_always_fatal (G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
      text = qm_text_new (QM_FUZZ_ARTICLE, -1, NULL);
    }

  bytes = g_bytes_new (data, size);
  set = qm_annotation_set_new (text);
  read_ok = qm_sidecar_read_bytes (set, bytes, &error);
  if (read_ok)
    {
      g_autoptr(GBytes) out = qm_sidecar_serialize (set, NULL);
      g_autoptr(QmAnnotationSet) again = qm_annotation_set_new (text);
      g_autoptr(GBytes) out2 = NULL;
      g_autoptr(GError) error2 = NULL;

      g_assert_nonnull (out);
      /* What we write, we read back; a newer-version file is written as
       * version 1 only if it also passes version 1's checks.
       */
      if (!qm_annotation_set_get_read_only (set))
        {
          if (!qm_sidecar_read_bytes (again, out, &error2))
            {
              fprintf (stderr, "written file does not read back: %s\n", error2->message);
              abort ();
            }
          out2 = qm_sidecar_serialize (again, NULL);
          g_assert_true (g_bytes_equal (out, out2));
        }
    }
  else
    g_assert_nonnull (error);

  /* Loading leaves some checks to the reader and validates in full only
   * when needed; _qm_sidecar_validate_bytes_full() always validates in full
   * (qm_sidecar_validate_bytes() tries the way of loading first). The
   * verdicts must agree: what loads validates, and what loading refuses as
   * against the schema does not validate either.
   */
  valid = _qm_sidecar_validate_bytes_full (bytes, &problems, &validate_error);
  /* and the public validation gives the same verdict */
  if (qm_sidecar_validate_bytes (bytes, NULL, NULL) != valid)
    {
      fprintf (stderr, "the fast and the full validation disagree\n");
      abort ();
    }
  if (read_ok && !qm_annotation_set_get_read_only (set) && !valid)
    {
      fprintf (stderr, "loads but does not validate: %s\n", validate_error->message);
      abort ();
    }
  if (!read_ok && g_error_matches (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_INVALID) && valid)
    {
      fprintf (stderr, "loading refuses as invalid (%s) but it validates\n", error->message);
      abort ();
    }
  return 0;
}

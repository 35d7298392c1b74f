/* qm-model.c
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

/* The model file: a text file, one item a line, '#' comments.
 *
 *   quotemark-model 1
 *   buckets 65536
 *   threshold 0.125
 *   prefilter 30
 *   17 0.5
 *   …
 *
 * After the header, each line is a bucket and its weight; buckets not
 * listed weigh 0. tests/eval/train-reported.c writes it.
 */

#define G_LOG_DOMAIN "qm-analyzer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "qm-model.h"

void
qm_model_free (QmModel *model)
{
  if (model == NULL)
    return;
  g_free (model->weights);
  g_free (model);
}

static gboolean
bad (GError    **error,
     guint       line,
     const char *what)
{
  g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, /* Translators: an error in the speech model data; %u is its line number, %s what is wrong there */
               _("Model line %u: %s"), line, what);
  return FALSE;
}

static gboolean
parse_line (QmModel     *model,
            char        *text,
            guint        line,
            int         *state,
            GError     **error)
{
  char *end;

  g_strstrip (text);
  if (text[0] == '\0' || text[0] == '#')
    return TRUE;
  switch (*state)
    {
    case 0:
      if (strcmp (text, QM_MODEL_MAGIC) != 0)
        return bad (error, line, _("not a Quotemark model"));
      break;
    case 1:
      {
        guint64 buckets;

        if (!g_str_has_prefix (text, "buckets "))
          return bad (error, line, "“buckets” expected");
        buckets = g_ascii_strtoull (text + 8, &end, 10);
        if (*end != '\0' || buckets < 2 || buckets > (1 << 22) || (buckets & (buckets - 1)) != 0)
          return bad (error, line, _("buckets must be a power of two up to 4194304"));
        model->mask = (guint32)buckets - 1;
        model->weights = g_new0 (float, buckets);
        break;
      }
    case 2:
      if (!g_str_has_prefix (text, "threshold "))
        return bad (error, line, "“threshold” expected");
      model->threshold = (float)g_ascii_strtod (text + 10, &end);
      if (*end != '\0' || !isfinite (model->threshold))
        return bad (error, line, _("bad threshold"));
      break;
    case 3:
      if (!g_str_has_prefix (text, "prefilter "))
        return bad (error, line, "“prefilter” expected");
      model->prefilter = (float)g_ascii_strtod (text + 10, &end);
      if (*end != '\0' || !isfinite (model->prefilter))
        return bad (error, line, _("bad prefilter"));
      break;
    default:
      {
        guint64 index = g_ascii_strtoull (text, &end, 10);
        double w;

        if (end == text || *end != ' ' || index > model->mask)
          return bad (error, line, _("bad bucket"));
        w = g_ascii_strtod (end + 1, &end);
        if (*end != '\0' || !isfinite (w) || fabs (w) > 1e6)
          return bad (error, line, _("bad weight"));
        model->weights[index] = (float)w;
        return TRUE;
      }
    }
  (*state)++;
  return TRUE;
}

/**
 * qm_model_new_from_data:
 * @data: the model file
 * @length: its length in bytes, or -1 when nul-terminated
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the model, or %NULL with @error set
 *   when the file is malformed
 */
QmModel *
qm_model_new_from_data (const char  *data,
                        gsize        length,
                        GError     **error)
{
  QmModel *model = g_new0 (QmModel, 1);
  const char *p = data;
  const char *end;
  int state = 0;
  guint line = 0;

  if (length == (gsize)-1)
    length = strlen (data);
  end = data + length;
  while (p < end)
    {
      const char *nl = memchr (p, '\n', end - p);
      gsize n = nl ? (gsize)(nl - p) : (gsize)(end - p);
      g_autofree char *text = g_strndup (p, n);

      line++;
      if (strlen (text) != n || !parse_line (model, text, line, &state, error))
        {
          if (strlen (text) != n)
            bad (error, line, _("nul byte"));
          qm_model_free (model);
          return NULL;
        }
      p += n + 1;
    }
  if (state < 4)
    {
      bad (error, line, _("header incomplete"));
      qm_model_free (model);
      return NULL;
    }
  return model;
}

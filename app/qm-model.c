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

/* g_ascii_strtod() for a plain decimal ("-3.2", "0.252"), as the model's
 * eight thousand weight lines are written: at most 15 digits make a whole
 * number a double holds exactly, and 10 to at most the 22nd is exact too,
 * so their quotient is rounded once, to the double nearest the decimal,
 * which is what g_ascii_strtod() returns. Any other text (an exponent,
 * hexadecimal, more digits) goes to g_ascii_strtod(). */
static double
parse_double (const char  *text,
              char       **end)
{
  static const double tens[] = { 1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
                                 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22 };
  const char *p = text;
  gboolean negative = *p == '-';
  guint64 digits = 0;
  guint n_digits = 0, n_fraction = 0;
  double value;

  if (negative)
    p++;
  for (; g_ascii_isdigit (*p); p++, n_digits++)
    digits = digits * 10 + (guint64)(*p - '0');
  if (*p == '.' && n_digits > 0)
    for (p++; g_ascii_isdigit (*p); p++, n_digits++, n_fraction++)
      digits = digits * 10 + (guint64)(*p - '0');
  if (n_digits == 0 || n_digits > 15 || n_fraction >= G_N_ELEMENTS (tens) || p[-1] == '.' ||
      *p == 'e' || *p == 'E' || *p == '.' || *p == 'x' || *p == 'X')
    return g_ascii_strtod (text, end);
  value = (double)digits / tens[n_fraction];
  *end = (char *)p;
  return negative ? -value : value;
}

/* g_ascii_strtoull (@text, @end, 10) for a number of at most 18 digits,
 * the way bucket numbers are written; other text goes to GLib. */
static guint64
parse_uint (const char  *text,
            char       **end)
{
  guint64 value = 0;
  const char *p = text;

  for (; g_ascii_isdigit (*p) && p - text < 18; p++)
    value = value * 10 + (guint64)(*p - '0');
  if (p == text || g_ascii_isdigit (*p))
    return g_ascii_strtoull (text, end, 10);
  *end = (char *)p;
  return value;
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
        guint64 index = parse_uint (text, &end);
        double w;

        if (end == text || *end != ' ' || index > model->mask)
          return bad (error, line, _("bad bucket"));
        w = parse_double (end + 1, &end);
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
      g_autofree char *text = NULL;

      line++;
      /* A weight's line as the trainer writes it, "17 0.5" and its
       * newline, is read where it is; any other line (a header, a
       * comment, spaces, an error) is copied and parsed below. */
      if (state >= 4 && nl != NULL && g_ascii_isdigit (*p))
        {
          char *num_end;
          guint64 index = parse_uint (p, &num_end);

          /* a digit or a sign first: g_ascii_strtod() would skip spaces and
           * newlines, past this line */
          if (*num_end == ' ' && index <= model->mask && (g_ascii_isdigit (num_end[1]) || num_end[1] == '-'))
            {
              double w = parse_double (num_end + 1, &num_end);

              if (num_end == nl && isfinite (w) && fabs (w) <= 1e6)
                {
                  model->weights[index] = (float)w;
                  p += n + 1;
                  continue;
                }
            }
        }
      text = g_strndup (p, n);
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

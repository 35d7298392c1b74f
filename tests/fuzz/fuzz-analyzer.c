/* fuzz-analyzer.c
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

/* libFuzzer target: any bytes, made valid UTF-8, through the analyzer in
 * both languages; every span must lie inside the text and every speaker
 * index inside the people.
 */

#include "config.h"

#include <stdint.h>

#include "qm-analyzer.h"

int LLVMFuzzerTestOneInput (const uint8_t *data,
                            size_t         size);

static void
check (QmAnalysis *analysis,
       gsize       length)
{
  for (guint i = 0; i < analysis->quotes->len; i++)
    {
      const QmFoundQuote *q = &g_array_index (analysis->quotes, QmFoundQuote, i);

      g_assert (q->span.start >= 0 && q->span.start <= q->span.end && (gsize)q->span.end <= length);
      g_assert (q->speaker.start <= q->speaker.end && q->speaker.end <= (gssize)length);
      g_assert (q->cue.start <= q->cue.end && q->cue.end <= (gssize)length);
      g_assert (q->person >= -1 && q->person < (int)analysis->people->len);
      g_assert (q->confidence >= 0.0 && q->confidence <= 1.0);
    }
  for (guint i = 0; i < analysis->people->len; i++)
    {
      const QmFoundPerson *p = g_ptr_array_index (analysis->people, i);

      g_assert (p->name != NULL && g_utf8_validate (p->name, -1, NULL));
      for (guint k = 0; k < p->mentions->len; k++)
        g_assert ((gsize)g_array_index (p->mentions, QmSpan, k).end <= length);
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  static QmAnalyzer *analyzers[3];
  g_autofree char *valid = g_utf8_make_valid ((const char *)data, size);
  g_autoptr(QmText) text = qm_text_new (valid, -1, NULL);

  if (analyzers[0] == NULL)
    {
      analyzers[0] = qm_analyzer_new ("en", NULL);
      analyzers[1] = qm_analyzer_new ("de", NULL);
      analyzers[2] = qm_analyzer_new (NULL, NULL);
    }
  if (text == NULL)
    return 0;

  for (guint i = 0; i < G_N_ELEMENTS (analyzers); i++)
    {
      g_autoptr(QmAnalysis) analysis = qm_analyzer_analyze (analyzers[i], text, NULL, NULL);

      g_assert (analysis != NULL);
      check (analysis, qm_text_get_length (text));
    }
  return 0;
}

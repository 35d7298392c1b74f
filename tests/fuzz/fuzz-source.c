/* fuzz-source.c
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

/* libFuzzer target: decoding (encoding detection, conversion) and, for
 * inputs that look like pages, HTML text extraction. The first byte picks
 * the file name hint so both paths are reached.
 */

#include "config.h"

#include "qm-source.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(QmSource) source = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  if (size < 1)
    return 0;

  name = (data[0] & 1) ? "page.html" : "article.txt";
  bytes = g_bytes_new (data + 1, size - 1);
  source = qm_source_new_from_bytes (bytes, name, &error);

  if (source != NULL)
    {
      QmText *text = qm_source_get_text (source);
      gsize len = qm_text_get_length (text);
      const char *utf8 = qm_text_get_data (text, NULL);

      g_assert (g_utf8_validate (utf8, qm_text_get_n_bytes (text), NULL));
      g_assert (qm_text_byte_to_offset (text, qm_text_offset_to_byte (text, len / 2)) == len / 2);
      for (guint i = 0; i < qm_text_get_n_paragraphs (text); i++)
        {
          gsize s, e;

          qm_text_get_paragraph (text, i, &s, &e);
          g_assert (s < e && e <= len);
        }
    }
  else
    g_assert (error != NULL);

  return 0;
}

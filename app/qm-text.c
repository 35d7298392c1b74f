/* qm-text.c
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

#define G_LOG_DOMAIN "qm-text"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "qm-text.h"

/* One checkpoint every STRIDE code points keeps the index at 1/8 of the
 * text size for UTF-8 text while any conversion walks at most STRIDE-1
 * characters.
 */
#define STRIDE 64

struct _QmText
{
  GObject  parent_instance;

  char    *data;
  gsize    n_bytes;
  gsize    length;

  /* checkpoints[i] is the byte offset of code point i * STRIDE, a guint32
   * (a gsize when the text is 4 GiB or more: wide); none when the text is
   * pure ASCII and offsets equal bytes. Built on the first conversion (see
   * get_checkpoints()).
   */
  gpointer checkpoints;
  gsize    n_checkpoints;
  gboolean wide;

  /* Paragraphs: pairs of [start, end) code-point offsets, found on first
   * use (the analyzer never asks; see get_paragraphs()).
   */
  GArray  *paragraphs;

  char    *sha256;
};

G_DEFINE_FINAL_TYPE (QmText, qm_text, G_TYPE_OBJECT)

static void
qm_text_finalize (GObject *object)
{
  QmText *self = (QmText *)object;

  g_clear_pointer (&self->data, g_free);
  g_clear_pointer (&self->checkpoints, g_free);
  g_clear_pointer (&self->paragraphs, g_array_unref);
  g_clear_pointer (&self->sha256, g_free);

  G_OBJECT_CLASS (qm_text_parent_class)->finalize (object);
}

static void
qm_text_class_init (QmTextClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qm_text_finalize;
}

static void
qm_text_init (QmText *self)
{
}

static gboolean
is_blank_line (const char *p,
               const char *end)
{
  for (; p < end && *p != '\n'; p++)
    if (*p != ' ' && *p != '\t' && *p != '\r' && *p != '\f' && *p != '\v')
      return FALSE;
  return TRUE;
}

/* A paragraph is a run of lines separated by at least one blank line; the
 * leading and trailing white space of a paragraph is not part of it.
 */
static GArray *
build_paragraphs (QmText *self)
{
  GArray *paragraphs = g_array_new (FALSE, FALSE, sizeof (gsize));
  const char *p = self->data;
  const char *end = self->data + self->n_bytes;
  gsize offset = 0;
  gboolean in_para = FALSE;
  gsize para_start = 0;
  gsize last_nonspace_end = 0;
  gboolean at_line_start = TRUE;

  while (p < end)
    {
      gunichar ch;
      gboolean space;

      if (at_line_start && in_para && is_blank_line (p, end))
        {
          g_array_append_val (paragraphs, para_start);
          g_array_append_val (paragraphs, last_nonspace_end);
          in_para = FALSE;
        }

      /* Most text is ASCII: classify it without decoding. */
      if ((guchar)*p < 0x80)
        {
          ch = (guchar)*p++;
          /* The same characters g_unichar_isspace() accepts in ASCII. */
          space = ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f';
        }
      else
        {
          ch = g_utf8_get_char (p);
          p = g_utf8_next_char (p);
          space = g_unichar_isspace (ch);
        }

      if (!space)
        {
          if (!in_para)
            {
              in_para = TRUE;
              para_start = offset;
            }
          last_nonspace_end = offset + 1;
        }

      at_line_start = (ch == '\n');
      offset++;
    }

  if (in_para)
    {
      g_array_append_val (paragraphs, para_start);
      g_array_append_val (paragraphs, last_nonspace_end);
    }
  return paragraphs;
}

/* The paragraph index, built on first use, safely from any thread. */
static GArray *
get_paragraphs (QmText *self)
{
  if (g_once_init_enter (&self->paragraphs))
    g_once_init_leave (&self->paragraphs, build_paragraphs (self));
  return self->paragraphs;
}

/* The code points that start in [@p, @end): the bytes that are no
 * continuation byte (10xxxxxx), eight at a time. */
static gsize
count_chars (const guchar *p,
             const guchar *end)
{
  const guint64 highs = G_GUINT64_CONSTANT (0x8080808080808080);
  gsize n = 0;

  while (end - p >= 8)
    {
      guint64 word, cont;

      memcpy (&word, p, sizeof word);
      /* a continuation byte has its top bit set and the next one clear;
       * their count is the sum of the bytes of cont >> 7 */
      cont = word & ~(word << 1) & highs;
      n += 8 - (gsize)(((cont >> 7) * G_GUINT64_CONSTANT (0x0101010101010101)) >> 56);
      p += 8;
    }
  for (; p < end; p++)
    if ((*p & 0xC0) != 0x80)
      n++;
  return n;
}

/* Counts the code points; the common all-ASCII case needs no index. */
static void
count_length (QmText *self)
{
  const guchar *p = (const guchar *)self->data;

  self->length = count_chars (p, p + self->n_bytes);
}

static gpointer
build_index (QmText *self)
{
  const guchar *p = (const guchar *)self->data;
  const guchar *end = p + self->n_bytes;
  gsize left = 0;   /* characters before the next checkpoint */
  gsize cap = self->length / STRIDE + 1;
  guint32 *narrow = NULL;
  gsize *wide = NULL;
  gsize n = 0;

  if (self->wide)
    wide = g_new (gsize, cap);
  else
    narrow = g_new (guint32, cap);
  for (const guchar *q = p; q < end;)
    {
      guint64 word;

      /* Eight ASCII bytes are eight characters. */
      if (left >= 8 && end - q >= 8)
        {
          memcpy (&word, q, sizeof word);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) == 0)
            {
              q += 8;
              left -= 8;
              continue;
            }
        }
      if ((*q & 0xC0) != 0x80)
        {
          if (left == 0)
            {
              if (narrow != NULL)
                narrow[n++] = q - p;
              else
                wide[n++] = q - p;
              left = STRIDE;
            }
          left--;
        }
      q++;
    }
  g_assert (n <= cap);
  self->n_checkpoints = n;
  return narrow != NULL ? (gpointer)narrow : (gpointer)wide;
}

/* The checkpoints of a text that is not pure ASCII, built on the first
 * conversion, safely from any thread: the analyzer converts its offsets
 * only once it has freed its own tables, so the index does not add to the
 * peak memory of a big article. */
static gconstpointer
get_checkpoints (QmText *self)
{
  if (g_once_init_enter (&self->checkpoints))
    g_once_init_leave (&self->checkpoints, build_index (self));
  return self->checkpoints;
}

static inline gsize
checkpoint (QmText        *self,
            gconstpointer  checkpoints,
            gsize          i)
{
  return self->wide ? ((const gsize *)checkpoints)[i] : ((const guint32 *)checkpoints)[i];
}

/* g_utf8_validate() with the same result and the same @end, faster on
 * text that is mostly ASCII: ASCII is skipped eight bytes at a time and
 * GLib checks each run of other bytes. A character of several bytes has no
 * ASCII byte in it, so a run holds whole characters unless it is invalid,
 * and then GLib stops at the same byte as it would in the whole text. */
static gboolean
validate (const char  *utf8,
          gsize        len,
          const char **end)
{
  const char *p = utf8;
  const char *stop = utf8 + len;

  while (p < stop)
    {
      const char *run;

      while (stop - p >= 8)
        {
          guint64 word;

          memcpy (&word, p, sizeof word);
          if ((word & G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;
          if (((word - G_GUINT64_CONSTANT (0x0101010101010101)) & ~word &
               G_GUINT64_CONSTANT (0x8080808080808080)) != 0)
            break;  /* a nul byte */
          p += 8;
        }
      while (p < stop && (guchar)*p < 0x80 && *p != '\0')
        p++;
      if (p == stop)
        break;
      if (*p == '\0')
        {
          *end = p;
          return FALSE;
        }
      for (run = p; p < stop && (guchar)*p >= 0x80; p++)
        ;
      if (!g_utf8_validate (run, p - run, end))
        return FALSE;
    }
  *end = stop;
  return TRUE;
}

/**
 * qm_text_new:
 * @utf8: text in UTF-8
 * @len: length of @utf8 in bytes, or -1 if nul-terminated
 * @error: return location for an error
 *
 * Makes an immutable text from a copy of @utf8, which must be valid UTF-8
 * without embedded nul characters.
 *
 * Returns: (transfer full) (nullable): a new #QmText
 */
QmText *
qm_text_new (const char  *utf8,
             gssize       len,
             GError     **error)
{
  const char *end;

  g_return_val_if_fail (utf8 != NULL || len == 0, NULL);

  if (len < 0)
    len = strlen (utf8);

  if (!validate (utf8, len, &end))
    {
      g_set_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE,
                   /* Translators: %lu is a byte offset into the text, counted from 0 */
                   _("Text is not valid UTF-8 at byte %lu"),
                   (gulong)(end - utf8));
      return NULL;
    }

  return qm_text_new_take (g_strndup (utf8, len), len);
}

/**
 * qm_text_new_take:
 * @utf8: (transfer full): valid, nul-terminated UTF-8 text
 * @len: length of @utf8 in bytes
 *
 * Like qm_text_new() but takes ownership of already validated text.
 *
 * Returns: (transfer full): a new #QmText
 */
QmText *
qm_text_new_take (char  *utf8,
                  gsize  len)
{
  QmText *self;

  g_return_val_if_fail (utf8 != NULL, NULL);
  g_return_val_if_fail (utf8[len] == '\0', NULL);

  self = g_object_new (QM_TYPE_TEXT, NULL);
  self->data = utf8;
  self->n_bytes = len;
  self->wide = len > G_MAXUINT32;
  count_length (self);

  return self;
}

/**
 * qm_text_get_data:
 * @self: a #QmText
 * @n_bytes: (out) (optional): the size in bytes
 *
 * Returns: (transfer none): the nul-terminated UTF-8 text
 */
const char *
qm_text_get_data (QmText *self,
                  gsize  *n_bytes)
{
  g_return_val_if_fail (QM_IS_TEXT (self), NULL);

  if (n_bytes != NULL)
    *n_bytes = self->n_bytes;
  return self->data;
}

/**
 * qm_text_dup_bytes:
 * @self: a #QmText
 *
 * Returns: (transfer full): the UTF-8 text as bytes, kept alive by a
 *   reference to @self
 */
GBytes *
qm_text_dup_bytes (QmText *self)
{
  g_return_val_if_fail (QM_IS_TEXT (self), NULL);

  return g_bytes_new_with_free_func (self->data, self->n_bytes,
                                     g_object_unref, g_object_ref (self));
}

/**
 * qm_text_get_length:
 * @self: a #QmText
 *
 * Returns: the length in Unicode code points
 */
gsize
qm_text_get_length (QmText *self)
{
  g_return_val_if_fail (QM_IS_TEXT (self), 0);

  return self->length;
}

gsize
qm_text_get_n_bytes (QmText *self)
{
  g_return_val_if_fail (QM_IS_TEXT (self), 0);

  return self->n_bytes;
}

/**
 * qm_text_offset_to_byte:
 * @self: a #QmText
 * @offset: a code-point offset, clamped to the length
 *
 * Returns: the byte offset where the code point at @offset starts
 */
gsize
qm_text_offset_to_byte (QmText *self,
                        gsize   offset)
{
  const char *p;
  gsize rest;

  g_return_val_if_fail (QM_IS_TEXT (self), 0);

  if (offset >= self->length)
    return self->n_bytes;
  if (self->length == self->n_bytes)
    return offset;

  p = self->data + checkpoint (self, get_checkpoints (self), offset / STRIDE);
  for (rest = offset % STRIDE; rest > 0; rest--)
    p = g_utf8_next_char (p);

  return p - self->data;
}

/**
 * qm_text_byte_to_offset:
 * @self: a #QmText
 * @byte: a byte offset; one inside a character counts as that character
 *
 * Returns: the code-point offset of the character containing @byte
 */
gsize
qm_text_byte_to_offset (QmText *self,
                        gsize   byte)
{
  gsize lo, hi, offset;
  gconstpointer checkpoints;
  const guchar *p, *target;

  g_return_val_if_fail (QM_IS_TEXT (self), 0);

  if (byte >= self->n_bytes)
    return self->length;
  if (self->length == self->n_bytes)
    return byte;
  checkpoints = get_checkpoints (self);

  /* Last checkpoint at or before byte. */
  lo = 0;
  hi = self->n_checkpoints;
  while (hi - lo > 1)
    {
      gsize mid = lo + (hi - lo) / 2;

      if (checkpoint (self, checkpoints, mid) <= byte)
        lo = mid;
      else
        hi = mid;
    }

  offset = lo * STRIDE;
  p = (const guchar *)self->data + checkpoint (self, checkpoints, lo);
  target = (const guchar *)self->data + byte;

  return offset + count_chars (p + 1, target + 1);
}

/**
 * qm_text_get_char:
 * @self: a #QmText
 * @offset: a code-point offset
 *
 * Returns: the character at @offset, or 0 past the end
 */
gunichar
qm_text_get_char (QmText *self,
                  gsize   offset)
{
  g_return_val_if_fail (QM_IS_TEXT (self), 0);

  if (offset >= self->length)
    return 0;
  return g_utf8_get_char (self->data + qm_text_offset_to_byte (self, offset));
}

/**
 * qm_text_dup_slice:
 * @self: a #QmText
 * @start: first code point
 * @end: end-exclusive code point
 *
 * Offsets are clamped to the text.
 *
 * Returns: (transfer full): the UTF-8 text between @start and @end
 */
char *
qm_text_dup_slice (QmText *self,
                   gsize   start,
                   gsize   end)
{
  gsize b0, b1;

  g_return_val_if_fail (QM_IS_TEXT (self), NULL);

  end = MIN (end, self->length);
  start = MIN (start, end);
  b0 = qm_text_offset_to_byte (self, start);
  b1 = qm_text_offset_to_byte (self, end);

  return g_strndup (self->data + b0, b1 - b0);
}

guint
qm_text_get_n_paragraphs (QmText *self)
{
  g_return_val_if_fail (QM_IS_TEXT (self), 0);

  return get_paragraphs (self)->len / 2;
}

/**
 * qm_text_get_paragraph:
 * @self: a #QmText
 * @index: paragraph number
 * @start: (out) (optional): first code point of the paragraph
 * @end: (out) (optional): end-exclusive code point, trailing space excluded
 */
void
qm_text_get_paragraph (QmText *self,
                       guint   index,
                       gsize  *start,
                       gsize  *end)
{
  GArray *paragraphs;

  g_return_if_fail (QM_IS_TEXT (self));
  paragraphs = get_paragraphs (self);
  g_return_if_fail (index < paragraphs->len / 2);

  if (start != NULL)
    *start = g_array_index (paragraphs, gsize, index * 2);
  if (end != NULL)
    *end = g_array_index (paragraphs, gsize, index * 2 + 1);
}

/**
 * qm_text_paragraph_at:
 * @self: a #QmText
 * @offset: a code-point offset
 *
 * Returns: the index of the paragraph that contains @offset or, between
 *   paragraphs, the one after it; the number of paragraphs past the last one
 */
guint
qm_text_paragraph_at (QmText *self,
                      gsize   offset)
{
  GArray *paragraphs;
  guint lo = 0, hi;

  g_return_val_if_fail (QM_IS_TEXT (self), 0);

  paragraphs = get_paragraphs (self);
  hi = paragraphs->len / 2;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (paragraphs, gsize, mid * 2 + 1) <= offset)
        lo = mid + 1;
      else
        hi = mid;
    }

  return lo;
}

/**
 * qm_text_get_sha256:
 * @self: a #QmText
 *
 * The checksum is computed on the first call (the analyzer never needs
 * it), safely from any thread.
 *
 * Returns: the hex SHA-256 of the UTF-8 text
 */
const char *
qm_text_get_sha256 (QmText *self)
{
  g_return_val_if_fail (QM_IS_TEXT (self), NULL);

  if (g_once_init_enter (&self->sha256))
    g_once_init_leave (&self->sha256,
                       g_compute_checksum_for_data (G_CHECKSUM_SHA256,
                                                    (const guchar *)self->data,
                                                    self->n_bytes));
  return self->sha256;
}

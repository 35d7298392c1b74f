/* test-text.c
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

#include "config.h"

#include <string.h>

#include "qm-text.h"

static void
test_ascii (void)
{
  g_autoptr(QmText) text = qm_text_new ("Hello \"world\".\n\nSecond para.\n", -1, NULL);
  g_autofree char *slice = NULL;

  g_assert_nonnull (text);
  g_assert_cmpuint (qm_text_get_length (text), ==, 29);
  g_assert_cmpuint (qm_text_offset_to_byte (text, 7), ==, 7);
  g_assert_cmpuint (qm_text_byte_to_offset (text, 7), ==, 7);
  slice = qm_text_dup_slice (text, 7, 12);
  g_assert_cmpstr (slice, ==, "world");
  g_assert_cmpuint (qm_text_get_char (text, 6), ==, '"');
  g_assert_finalize_object (g_steal_pointer (&text));
}

static void
test_multibyte (void)
{
  /* 2-, 3- and 4-byte characters. */
  const char *s = "Aé„Wir“ 😀 ok";
  g_autoptr(QmText) text = qm_text_new (s, -1, NULL);
  g_autofree char *slice = NULL;

  g_assert_cmpuint (qm_text_get_length (text), ==, g_utf8_strlen (s, -1));
  g_assert_cmpuint (qm_text_get_n_bytes (text), ==, strlen (s));
  g_assert_cmpuint (qm_text_get_char (text, 2), ==, 0x201E);
  g_assert_cmpuint (qm_text_get_char (text, 8), ==, 0x1F600);
  g_assert_cmpuint (qm_text_offset_to_byte (text, 8), ==, (gsize)(g_utf8_offset_to_pointer (s, 8) - s));
  slice = qm_text_dup_slice (text, 3, 6);
  g_assert_cmpstr (slice, ==, "Wir");

  /* A byte inside a character belongs to that character. */
  g_assert_cmpuint (qm_text_byte_to_offset (text, 2), ==, 1);
  g_assert_cmpuint (qm_text_byte_to_offset (text, 3), ==, 2);
  g_assert_cmpuint (qm_text_byte_to_offset (text, 1000), ==, qm_text_get_length (text));
  g_assert_cmpuint (qm_text_offset_to_byte (text, 1000), ==, strlen (s));

  /* Clamped, never out of bounds. */
  g_clear_pointer (&slice, g_free);
  slice = qm_text_dup_slice (text, 50, 10);
  g_assert_cmpstr (slice, ==, "");
}

static void
test_invalid (void)
{
  g_autoptr(GError) error = NULL;
  QmText *text = qm_text_new ("bad \xC3 byte", -1, &error);

  g_assert_null (text);
  g_assert_error (error, G_CONVERT_ERROR, G_CONVERT_ERROR_ILLEGAL_SEQUENCE);

  /* Embedded nul characters are not text. */
  g_clear_error (&error);
  text = qm_text_new ("a\0b", 3, &error);
  g_assert_null (text);
  g_assert_nonnull (error);

  /* The byte named is that of g_utf8_validate(), however much ASCII (read
   * eight bytes at a time) or other text comes before it, with a nul or a
   * bad sequence at the end, amid other bytes or cut by an ASCII byte. */
  for (gsize n = 0; n < 20; n++)
    {
      const char *bad[] = { "\0x", "\xC3", "\xC3x", "\xE2\x80x", "\xC3\xA9\x80", "\xED\xA0\x80", "é\xC0\xAF", "\xF4\x90\x80\x80" };

      for (guint b = 0; b < G_N_ELEMENTS (bad); b++)
        {
          g_autofree char *s = NULL;
          g_autofree char *expected = NULL;
          g_autofree char *inside = NULL;
          gsize len = b == 0 ? n + 2 : n + strlen (bad[b]);
          const char *end;

          s = g_malloc (len + 1);
          memset (s, 'a', n);
          memcpy (s + n, bad[b], len - n);
          s[len] = '\0';
          g_assert_false (g_utf8_validate (s, len, &end));
          /* the byte number, wherever a translation puts it */
          expected = g_strdup_printf (" %lu", (gulong)(end - s));
          inside = g_strconcat (expected, " ", NULL);
          g_clear_error (&error);
          text = qm_text_new (s, len, &error);
          g_assert_null (text);
          g_assert_true (g_str_has_suffix (error->message, expected) ||
                         strstr (error->message, inside) != NULL);
        }
    }
  g_clear_error (&error);
  text = qm_text_new ("eight by\xC3\xA9tes, then more than eight: \xE2\x80\x9Cq\xE2\x80\x9D", -1, &error);
  g_assert_nonnull (text);
  g_object_unref (text);
}

static void
test_paragraphs (void)
{
  const char *s = "  Title\r\n\r\nFirst line\nsame paragraph.  \n \t \nLast «one»";
  g_autoptr(QmText) text = qm_text_new (s, -1, NULL);
  gsize start, end;
  g_autofree char *p0 = NULL, *p1 = NULL, *p2 = NULL;

  g_assert_cmpuint (qm_text_get_n_paragraphs (text), ==, 3);
  qm_text_get_paragraph (text, 0, &start, &end);
  p0 = qm_text_dup_slice (text, start, end);
  qm_text_get_paragraph (text, 1, &start, &end);
  p1 = qm_text_dup_slice (text, start, end);
  g_assert_cmpuint (qm_text_paragraph_at (text, start + 3), ==, 1);
  qm_text_get_paragraph (text, 2, &start, &end);
  p2 = qm_text_dup_slice (text, start, end);
  g_assert_cmpstr (p0, ==, "Title");
  g_assert_cmpstr (p1, ==, "First line\nsame paragraph.");
  g_assert_cmpstr (p2, ==, "Last «one»");
  g_assert_cmpuint (qm_text_paragraph_at (text, 0), ==, 0);
  g_assert_cmpuint (qm_text_paragraph_at (text, qm_text_get_length (text) + 5), ==, 3);

  /* Line endings are kept exactly. */
  g_assert_cmpuint (qm_text_get_char (text, 7), ==, '\r');
}

static void
test_sha256 (void)
{
  g_autoptr(QmText) text = qm_text_new ("abc", -1, NULL);

  /* The well-known SHA-256 of "abc". */
  g_assert_cmpstr (qm_text_get_sha256 (text), ==,
                   "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

static void
test_random_index (void)
{
  /* A text mixing 1- to 4-byte characters and runs of ASCII (which the
   * index skips eight bytes at a time), some longer than its stride,
   * checked at random points against a naive count from the start.
   */
  static const char *pieces[] = { "a", "é", "“", "😀", " ", "\n", "ж", "«", "the quick brown fox ",
                                  "an ASCII run of more than sixty-four characters, longer than a stride " };
  g_autoptr(GString) s = g_string_new (NULL);
  g_autoptr(QmText) text = NULL;
  const char *data;
  GRand *rand = g_rand_new_with_seed (42);

  while (s->len < 2 * 1024 * 1024)
    g_string_append (s, pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);

  text = qm_text_new (s->str, s->len, NULL);
  data = qm_text_get_data (text, NULL);
  g_assert_cmpuint (qm_text_get_length (text), ==, g_utf8_strlen (s->str, s->len));

  for (guint i = 0; i < 2000; i++)
    {
      gsize offset = g_rand_int_range (rand, 0, qm_text_get_length (text));
      gsize byte = g_utf8_offset_to_pointer (data, offset) - data;

      g_assert_cmpuint (qm_text_offset_to_byte (text, offset), ==, byte);
      g_assert_cmpuint (qm_text_byte_to_offset (text, byte), ==, offset);
    }

  g_rand_free (rand);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotemark/text/ascii", test_ascii);
  g_test_add_func ("/quotemark/text/multibyte", test_multibyte);
  g_test_add_func ("/quotemark/text/invalid", test_invalid);
  g_test_add_func ("/quotemark/text/paragraphs", test_paragraphs);
  g_test_add_func ("/quotemark/text/sha256", test_sha256);
  g_test_add_func ("/quotemark/text/random-index", test_random_index);

  return g_test_run ();
}

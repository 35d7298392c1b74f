/* test-source.c
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

#include <glib/gstdio.h>

#include "qm-source.h"

static const char *german =
  "Die Ministerin sagte am Dienstag: „Wir werden die Brücke über die Förde noch in diesem "
  "Jahr öffnen.“ Der Bürgermeister widersprach und erklärte, die Kosten seien um ein Drittel "
  "gestiegen. „Das ist für unsere Stadt nicht tragbar“, sagte er. Die Gemeinderäte stimmten "
  "später mit großer Mehrheit für den Plan, der Straßenbau soll im Frühjahr beginnen. "
  "Anwohner äußerten sich skeptisch über die Lärmbelästigung während der Bauzeit.\n";

static const char *french =
  "Le ministre a déclaré mardi que « la réforme sera votée avant l'été ». Selon lui, le "
  "gouvernement a déjà reçu l'accord des députés de la majorité. « Nous n'avons jamais été "
  "aussi près du but », a-t-il ajouté. L'opposition a dénoncé une réforme précipitée et a "
  "demandé un débat plus long à l'Assemblée. Les syndicats prévoient une grève générale.\n";

static const char *czech =
  "Ministr zahraničních věcí řekl, že vláda bude pokračovat v jednáních se sousedními "
  "státy. „Žádné rozhodnutí zatím nepadlo,“ uvedl mluvčí ministerstva. Podle něj se "
  "očekává, že smlouva bude podepsána příští měsíc. Opozice kritizuje, že parlament nebyl "
  "o průběhu jednání dostatečně informován. Příští schůzka se uskuteční v Bratislavě.\n";

static const char *russian =
  "Министр обороны заявил во вторник, что учения пройдут по плану. «Мы не видим причин "
  "откладывать их», — сказал он журналистам. По его словам, в учениях примут участие "
  "несколько тысяч военнослужащих. Представитель министерства иностранных дел добавил, "
  "что соседние страны были заранее уведомлены о маневрах. Наблюдатели приглашены.\n";

/* Some legacy charsets lack typographic quotation marks and dashes. */
static char *
plain_marks (const char *utf8)
{
  g_autoptr(GString) s = g_string_new (utf8);

  g_string_replace (s, "«", "\"", 0);
  g_string_replace (s, "»", "\"", 0);
  g_string_replace (s, "„", "\"", 0);
  g_string_replace (s, "“", "\"", 0);
  g_string_replace (s, "—", "-", 0);
  return g_string_free (g_steal_pointer (&s), FALSE);
}

static char *
write_temp (const char   *name,
            const void   *data,
            gsize         len)
{
  g_autofree char *dir = g_dir_make_tmp ("qm-test-source-XXXXXX", NULL);
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, data, len, NULL));
  return path;
}

static void
remove_temp (char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);

  g_unlink (path);
  g_rmdir (dir);
  g_free (path);
}

static QmSource *
load_path (const char  *path,
           GError     **error)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return qm_source_new_for_file (file, NULL, error);
}

/* Writes @utf8 converted to @charset (plus @prefix bytes) and checks it
 * reads back as the same text with the expected encoding reported.
 */
static void
check_encoding (const char *utf8,
                const char *charset,
                const char *prefix,
                gsize       prefix_len,
                const char *expected_encoding)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmSource) source = NULL;
  g_autofree char *converted = NULL;
  g_autofree char *bytes = NULL;
  char *path;
  gsize n;

  converted = g_convert (utf8, -1, charset, "UTF-8", NULL, &n, &error);
  g_assert_no_error (error);
  bytes = g_malloc (prefix_len + n);
  memcpy (bytes, prefix, prefix_len);
  memcpy (bytes + prefix_len, converted, n);

  path = write_temp ("article.txt", bytes, prefix_len + n);
  source = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_nonnull (source);
  g_assert_cmpstr (qm_source_get_encoding (source), ==, expected_encoding);
  g_assert_cmpstr (qm_text_get_data (qm_source_get_text (source), NULL), ==, utf8);
  g_assert_cmpuint (qm_source_get_n_replaced (source), ==, 0);
  g_assert_cmpuint (qm_source_get_raw_size (source), ==, prefix_len + n);
  g_assert_cmpstr (qm_source_get_media_type (source), ==, "text/plain");
  remove_temp (path);
}

static void
test_utf8 (void)
{
  check_encoding (german, "UTF-8", "", 0, "UTF-8");
}

static void
test_utf8_bom (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmSource) source = NULL;
  g_autofree char *raw = g_strconcat ("\xEF\xBB\xBF", german, NULL);
  g_autofree char *sha = NULL;
  char *path = write_temp ("bom.txt", raw, strlen (raw));

  source = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_true (qm_source_get_has_bom (source));
  g_assert_cmpstr (qm_source_get_encoding (source), ==, "UTF-8");
  /* The mark is not part of the text, but the raw checksum covers it. */
  g_assert_cmpstr (qm_text_get_data (qm_source_get_text (source), NULL), ==, german);
  sha = g_compute_checksum_for_string (G_CHECKSUM_SHA256, raw, -1);
  g_assert_cmpstr (qm_source_get_raw_sha256 (source), ==, sha);
  g_assert_cmpstr (qm_text_get_sha256 (qm_source_get_text (source)), !=, sha);
  remove_temp (path);
}

static void
test_utf16 (void)
{
  check_encoding (german, "UTF-16LE", "\xFF\xFE", 2, "UTF-16LE");
  check_encoding (russian, "UTF-16BE", "\xFE\xFF", 2, "UTF-16BE");
  /* Without a mark, the pattern of zero bytes gives it away. */
  check_encoding ("Plain English text, \"quoted\" and said.\n", "UTF-16LE", "", 0, "UTF-16LE");
}

static void
test_legacy (void)
{
  g_autofree char *russian_plain = plain_marks (russian);
  g_autofree char *czech_plain = plain_marks (czech);

  check_encoding (german, "WINDOWS-1252", "", 0, "WINDOWS-1252");
  check_encoding (french, "ISO-8859-1", "", 0, "ISO-8859-1");
  check_encoding (russian_plain, "KOI8-R", "", 0, "KOI8-R");
  check_encoding (russian, "WINDOWS-1251", "", 0, "WINDOWS-1251");
  check_encoding (czech_plain, "ISO-8859-2", "", 0, "ISO-8859-2");
  /* A short Western text whose only letters beyond ASCII are at the same
   * bytes in Windows-1250 is not called Central European (uchardet says
   * 1250; the text is the same either way). Text in 1250 whose letters
   * differ stays 1250. */
  check_encoding ("“The ferry will run again,” said Ola Strand, the harbour master of Vellén. "
                  "He said “no”.\n", "WINDOWS-1252", "", 0, "WINDOWS-1252");
  check_encoding ("„Most se otevře na jaře,“ řekla starostka Šárka Novotná. Příliš žluťoučký kůň.\n",
                  "WINDOWS-1250", "", 0, "WINDOWS-1250");
}

static void
test_crlf_kept (void)
{
  const char *s = "Line one\r\n\r\n“Quoted,” she said.\r\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(QmSource) source = NULL;
  char *path = write_temp ("crlf.txt", s, strlen (s));

  source = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qm_text_get_data (qm_source_get_text (source), NULL), ==, s);
  g_assert_cmpuint (qm_text_get_n_paragraphs (qm_source_get_text (source)), ==, 2);
  remove_temp (path);
}

static void
test_truncated (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmSource) source = NULL;
  /* The file ends in the middle of "“": E2 80 9C cut after two bytes. */
  g_autofree char *raw = g_strconcat (german, "Ende \xE2\x80", NULL);
  char *path = write_temp ("cut.txt", raw, strlen (raw));
  const char *data;

  source = load_path (path, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qm_source_get_encoding (source), ==, "UTF-8");
  g_assert_cmpuint (qm_source_get_n_replaced (source), ==, 1);
  data = qm_text_get_data (qm_source_get_text (source), NULL);
  g_assert_true (g_str_has_prefix (data, german));
  g_assert_true (g_str_has_suffix (data, "Ende \xEF\xBF\xBD"));
  remove_temp (path);
}

static void
test_binary (void)
{
  g_autoptr(GError) error = NULL;
  guchar junk[4096];
  GRand *rand = g_rand_new_with_seed (7);
  QmSource *source;
  char *path;

  for (guint i = 0; i < sizeof junk; i++)
    junk[i] = g_rand_int_range (rand, 0, 256);
  g_rand_free (rand);

  path = write_temp ("data.bin", junk, sizeof junk);
  source = load_path (path, &error);
  g_assert_null (source);
  g_assert_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_BINARY);
  remove_temp (path);

  /* Control characters without nul bytes are binary too. */
  g_clear_error (&error);
  memset (junk, 0x01, 64);
  memcpy (junk + 64, "some text", 9);
  path = write_temp ("ctrl.bin", junk, 73);
  source = load_path (path, &error);
  g_assert_null (source);
  g_assert_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_BINARY);
  remove_temp (path);
}

static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  QmSource *source;
  char *path = write_temp ("empty.txt", "", 0);

  source = load_path (path, &error);
  g_assert_null (source);
  g_assert_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_EMPTY);
  remove_temp (path);

  g_clear_error (&error);
  path = write_temp ("bom-only.txt", "\xEF\xBB\xBF", 3);
  source = load_path (path, &error);
  g_assert_null (source);
  g_assert_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_EMPTY);
  remove_temp (path);
}

static void
test_missing_and_folder (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qm-test-dir-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "nothing.txt", NULL);
  QmSource *source;

  source = load_path (missing, &error);
  g_assert_null (source);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);

  g_clear_error (&error);
  source = load_path (dir, &error);
  g_assert_null (source);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_rmdir (dir);
}

static void
test_html_by_name_and_sniff (void)
{
  const char *page = "<!DOCTYPE html><html><head><title>Bridge &amp; vote</title></head>"
                     "<body><p>“Yes,” she said.</p></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(QmSource) by_name = NULL;
  g_autoptr(QmSource) sniffed = NULL;
  char *p1 = write_temp ("page.HTM", page, strlen (page));
  char *p2 = write_temp ("page.txt", page, strlen (page));

  by_name = load_path (p1, &error);
  g_assert_no_error (error);
  sniffed = load_path (p2, &error);
  g_assert_no_error (error);

  g_assert_cmpstr (qm_source_get_media_type (by_name), ==, "text/html");
  g_assert_cmpstr (qm_source_get_media_type (sniffed), ==, "text/html");
  g_assert_cmpstr (qm_source_get_title (by_name), ==, "Bridge & vote");
  g_assert_nonnull (qm_source_get_extractor (by_name));
  g_assert_cmpstr (qm_text_get_data (qm_source_get_text (sniffed), NULL), ==, "“Yes,” she said.\n");
  remove_temp (p1);
  remove_temp (p2);
}

static void
load_cb (GObject      *object,
         GAsyncResult *result,
         gpointer      user_data)
{
  QmSource **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = qm_source_load_finish (result, &error);
  g_assert_no_error (error);
}

static void
test_large_async (void)
{
  /* 50 MB of mixed-width text, loaded off the main thread; the offset
   * index is checked at random points against a naive count.
   */
  static const char *words[] = { "said ", "„Wir“ ", "«oui» ", "ministre ", "😀 ", "\n\n", "жук " };
  g_autoptr(GString) s = g_string_sized_new (51 * 1024 * 1024);
  g_autoptr(GFile) file = NULL;
  QmSource *source = NULL;
  QmText *text;
  const char *data;
  GRand *rand = g_rand_new_with_seed (1);
  char *path;

  while (s->len < 50 * 1024 * 1024)
    g_string_append (s, words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);

  path = write_temp ("large.txt", s->str, s->len);
  file = g_file_new_for_path (path);
  qm_source_load_async (file, NULL, load_cb, &source);
  while (source == NULL)
    g_main_context_iteration (NULL, TRUE);

  text = qm_source_get_text (source);
  data = qm_text_get_data (text, NULL);
  g_assert_cmpuint (qm_text_get_n_bytes (text), ==, s->len);
  g_assert_cmpstr (qm_source_get_encoding (source), ==, "UTF-8");

  for (guint i = 0; i < 40; i++)
    {
      gsize offset = g_rand_int_range (rand, 0, qm_text_get_length (text));
      gsize byte = g_utf8_offset_to_pointer (data, offset) - data;

      g_assert_cmpuint (qm_text_offset_to_byte (text, offset), ==, byte);
      g_assert_cmpuint (qm_text_byte_to_offset (text, byte), ==, offset);
    }
  g_assert_cmpuint (qm_text_get_length (text), ==, g_utf8_strlen (data, -1));

  g_rand_free (rand);
  g_object_unref (source);
  remove_temp (path);
}

static void
test_cancelled (void)
{
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  char *path = write_temp ("x.txt", german, strlen (german));
  QmSource *source;

  file = g_file_new_for_path (path);
  g_cancellable_cancel (cancellable);
  source = qm_source_new_for_file (file, cancellable, &error);
  g_assert_null (source);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  remove_temp (path);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotemark/source/utf8", test_utf8);
  g_test_add_func ("/quotemark/source/utf8-bom", test_utf8_bom);
  g_test_add_func ("/quotemark/source/utf16", test_utf16);
  g_test_add_func ("/quotemark/source/legacy", test_legacy);
  g_test_add_func ("/quotemark/source/crlf-kept", test_crlf_kept);
  g_test_add_func ("/quotemark/source/truncated", test_truncated);
  g_test_add_func ("/quotemark/source/binary", test_binary);
  g_test_add_func ("/quotemark/source/empty", test_empty);
  g_test_add_func ("/quotemark/source/missing-and-folder", test_missing_and_folder);
  g_test_add_func ("/quotemark/source/html", test_html_by_name_and_sniff);
  g_test_add_func ("/quotemark/source/cancelled", test_cancelled);
  g_test_add_func ("/quotemark/source/large-async", test_large_async);

  return g_test_run ();
}

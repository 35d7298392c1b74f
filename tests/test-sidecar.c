/* test-sidecar.c
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

#include <signal.h>
#include <string.h>
#include <sys/wait.h>
#include <utime.h>
#include <unistd.h>

#include <glib/gstdio.h>

#include "qm-annotation-set-private.h"
#include "fuzz/fuzz-article.h"
#include "qm-sidecar-private.h"

/* Our own text: tabs, line breaks, markup characters and non-ASCII in quotes. */
#define ARTICLE "Harbour vote\n\nMayor Helena Varga said the vote was \"a promise kept\tto every family <& more>\".\n" \
                "Councillor Tomas Brandt warned: \"Der Haushalt hält nicht — the budget won't hold.\"\n" \
                "Brandt added that he would be back.\n"

typedef struct
{
  char            *dir;
  char            *article_path;
  GFile           *article;
  GFile           *sidecar;
  QmSource        *source;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("qm-sidecar-XXXXXX", &error);
  g_assert_no_error (error);
  f->article_path = g_build_filename (f->dir, "article.txt", NULL);
  g_file_set_contents (f->article_path, ARTICLE, -1, &error);
  g_assert_no_error (error);
  f->article = g_file_new_for_path (f->article_path);
  f->sidecar = qm_sidecar_file_for_source (f->article);
  f->source = qm_source_new_for_file (f->article, NULL, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_clear_object (&f->source);
  g_clear_object (&f->sidecar);
  g_clear_object (&f->article);
  g_free (f->article_path);
  g_free (f->dir);
}

static gsize
offset_of (const char *needle)
{
  const char *p = strstr (ARTICLE, needle);

  g_assert_nonnull (p);
  return g_utf8_pointer_to_offset (ARTICLE, p);
}

static gsize
end_of (const char *needle)
{
  return offset_of (needle) + g_utf8_strlen (needle, -1);
}

/* A set using every field of the format. */
static QmAnnotationSet *
make_full_set (QmSource *source)
{
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (source);
  QmText *text = qm_source_get_text (source);
  g_autoptr(QmPerson) varga = g_object_new (QM_TYPE_PERSON, "name", "Helena Varga", "role", "Mayor \"of\" <Port>",
                                            "color", "#aa3300", "origin", QM_ORIGIN_AUTO,
                                            "aliases", (const char *[]) { "Varga", "the mayor", NULL }, NULL);
  g_autoptr(QmPerson) council = g_object_new (QM_TYPE_PERSON, "name", "City council", "organisation", TRUE, NULL);
  g_autoptr(QmTarget) target = qm_target_new_for_text (text, offset_of ("Der Haushalt"), end_of ("hold."));
  g_autoptr(QmTarget) mention = qm_target_new_for_text (text, offset_of ("Councillor Tomas"), end_of ("Tomas Brandt"));
  g_autoptr(QmTarget) cue = qm_target_new_for_text (text, offset_of ("warned"), end_of ("warned"));
  g_autoptr(QmQuote) auto_quote = g_object_new (QM_TYPE_QUOTE, "kind", QM_QUOTE_KIND_DIRECT, "target", target,
                                                "speaker-mention", mention, "cue", cue, "confidence", 0.734,
                                                "origin", QM_ORIGIN_AUTO, "creator", "quotemark test", NULL);
  QmQuote *q;
  QmHighlight *h;
  QmTagGroup *group;
  QmTagCategory *cat;

  qm_annotation_set_set_author (set, "Ana Lyst");
  g_assert_true (qm_annotation_set_add_person (set, varga, NULL));
  g_assert_true (qm_annotation_set_add_person (set, council, NULL));
  q = qm_annotation_set_create_quote (set, QM_QUOTE_KIND_DIRECT, offset_of ("a promise kept"), end_of ("more>"), NULL);
  g_assert_nonnull (q);
  g_assert_true (qm_annotation_set_set_quote_speaker (set, q, varga, NULL));
  g_assert_true (qm_annotation_set_set_quote_review (set, q, QM_REVIEW_ACCEPTED, NULL));
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (q), "statement-promise", NULL));
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (q), "verification-misleading", NULL));
  g_assert_nonnull (qm_annotation_set_add_note (set, QM_ANNOTATION (q), "Line one\n\tindented & <b>bold</b>\r\nend", NULL));
  g_assert_true (qm_annotation_set_add_annotation (set, QM_ANNOTATION (auto_quote), NULL));
  g_assert_true (qm_annotation_set_set_quote_review (set, auto_quote, QM_REVIEW_REJECTED, NULL));
  q = qm_annotation_set_create_quote (set, QM_QUOTE_KIND_INDIRECT, offset_of ("he would"), end_of ("be back"), NULL);
  g_assert_true (qm_annotation_set_set_quote_kind (set, q, QM_QUOTE_KIND_INDIRECT, NULL));
  group = qm_annotation_set_add_tag_group (set, "Topic ✓", FALSE, NULL);
  cat = qm_annotation_set_add_tag_category (set, group, "Traffic", "#00AA00", NULL);
  h = qm_annotation_set_create_highlight (set, offset_of ("Harbour"), end_of ("vote\n\nMayor"), NULL);
  g_assert_nonnull (h);
  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (h), qm_tag_category_get_id (cat), NULL));
  g_assert_nonnull (qm_annotation_set_add_note (set, QM_ANNOTATION (h), "", NULL));
  return g_steal_pointer (&set);
}

static void
assert_file_equals (const char *path,
                    GBytes     *expected)
{
  g_autofree char *data = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &data, &len, NULL));
  g_assert_cmpmem (data, len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
run_xmllint (const char *path)
{
  g_autofree char *rng = g_build_filename (g_getenv ("QM_DATA_DIR"), "quotemark-annotations-1.rng", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  const char *argv[] = { xmllint, "--noout", "--nonet", "--relaxng", rng, path, NULL };
  int status;

  if (xmllint == NULL)
    {
      g_test_message ("xmllint not installed: external validation not run");
      return;
    }
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, NULL));
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("xmllint rejects %s: %s", path, err);
}

static void
test_round_trip (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(QmAnnotationSet) set = make_full_set (f->source);
  g_autoptr(QmAnnotationSet) loaded = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(QmQuote) q0 = NULL;
  g_autoptr(QmNote) note = NULL;
  g_autoptr(QmPerson) p0 = NULL;

  g_assert_true (qm_annotation_set_get_modified (set));
  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (qm_annotation_set_get_modified (set));
  first = qm_sidecar_serialize (set, &error);
  assert_file_equals (g_file_peek_path (f->sidecar), first);
  run_xmllint (g_file_peek_path (f->sidecar));
  g_assert_true (qm_sidecar_validate_bytes (first, NULL, &error));
  g_assert_no_error (error);

  loaded = qm_sidecar_load (f->sidecar, f->source, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (loaded);
  g_assert_false (qm_annotation_set_get_modified (loaded));
  g_assert_false (qm_annotation_set_get_text_changed (loaded));
  second = qm_sidecar_serialize (loaded, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (g_bytes_get_data (first, NULL), g_bytes_get_size (first),
                   g_bytes_get_data (second, NULL), g_bytes_get_size (second));

  /* Spot checks that the values, not just the bytes, came back. */
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (loaded)), ==, 3);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_highlights (loaded)), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_tag_groups (loaded)), ==, 3);
  q0 = g_list_model_get_item (qm_annotation_set_get_quotes (loaded), 0);
  g_assert_cmpint (qm_quote_get_review (q0), ==, QM_REVIEW_ACCEPTED);
  g_assert_true (qm_annotation_has_tag (QM_ANNOTATION (q0), "verification-misleading"));
  note = g_list_model_get_item (qm_annotation_get_notes (QM_ANNOTATION (q0)), 0);
  g_assert_cmpstr (qm_note_get_text (note), ==, "Line one\n\tindented & <b>bold</b>\r\nend");
  g_assert_cmpstr (qm_note_get_author (note), ==, "Ana Lyst");
  g_assert_cmpstr (qm_target_get_exact (qm_annotation_get_target (QM_ANNOTATION (q0))), ==,
                   "a promise kept\tto every family <& more>");
  p0 = g_list_model_get_item (qm_annotation_set_get_people (loaded), 0);
  g_assert_cmpstr (qm_person_get_role (p0), ==, "Mayor \"of\" <Port>");
  g_assert_true (qm_person_has_name (p0, "the mayor"));
  g_assert_cmpstr (qm_quote_get_speaker_id (q0), ==, qm_person_get_id (p0));

  /* Saving the unchanged set again writes the same bytes and keeps a backup. */
  g_assert_true (qm_sidecar_save (loaded, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  assert_file_equals (g_file_peek_path (f->sidecar), first);
  {
    g_autoptr(GFile) backup = qm_sidecar_backup_file (f->sidecar);
    assert_file_equals (g_file_peek_path (backup), first);
  }
}

static const char *foreign_doc =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<annotations xmlns=\"urn:quotemark:annotations:1\" xmlns:ex=\"urn:example:ext\" formatVersion=\"1.3\">\n"
  "  <source offsetUnit=\"codepoint\" length=\"@LEN@\" textSha256=\"@SHA@\"/>\n"
  "  <tagset/>\n"
  "  <people>\n"
  "    <person id=\"p1\" name=\"Helena Varga\" origin=\"user\"><ex:wikidata id=\"Q1\"/></person>\n"
  "  </people>\n"
  "  <quotes>\n"
  "    <quote id=\"q1\" origin=\"user\" anchor=\"exact\" kind=\"direct\" speaker=\"p1\" confidence=\"1\" review=\"accepted\">\n"
  "      <target start=\"@S@\" end=\"@E@\"><prefix></prefix><exact>a promise kept</exact><suffix></suffix></target>\n"
  "      <ex:checked by=\"desk\"><ex:source url=\"http://example.org/\">minutes</ex:source></ex:checked>\n"
  "    </quote>\n"
  "  </quotes>\n"
  "  <highlights/>\n"
  "  <ex:workflow state=\"done\"/>\n"
  "</annotations>\n";

static char *
fill_template (const char *tmpl,
               QmSource   *source)
{
  QmText *text = qm_source_get_text (source);
  g_autofree char *len = g_strdup_printf ("%zu", qm_text_get_length (text));
  g_autofree char *s = g_strdup_printf ("%zu", offset_of ("a promise kept"));
  g_autofree char *e = g_strdup_printf ("%zu", end_of ("a promise kept"));
  g_autoptr(GString) out = g_string_new (tmpl);

  g_string_replace (out, "@LEN@", len, 0);
  g_string_replace (out, "@SHA@", qm_text_get_sha256 (text), 0);
  g_string_replace (out, "@S@", s, 0);
  g_string_replace (out, "@E@", e, 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
test_foreign_elements_kept (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *xml = fill_template (foreign_doc, f->source);
  g_autoptr(GBytes) bytes = g_bytes_new (xml, strlen (xml));
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (f->source);
  g_autoptr(QmAnnotationSet) again = qm_annotation_set_new_for_source (f->source);
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) out2 = NULL;
  g_autoptr(GError) error = NULL;
  const char *s;

  g_assert_true (qm_sidecar_read_bytes (set, bytes, &error));
  g_assert_no_error (error);
  out = qm_sidecar_serialize (set, &error);
  s = g_bytes_get_data (out, NULL);
  g_assert_nonnull (g_strstr_len (s, g_bytes_get_size (out), "<ex:wikidata xmlns:ex=\"urn:example:ext\" id=\"Q1\"/>"));
  g_assert_nonnull (g_strstr_len (s, g_bytes_get_size (out), "<ex:source url=\"http://example.org/\">minutes</ex:source>"));
  g_assert_nonnull (g_strstr_len (s, g_bytes_get_size (out), "<ex:workflow xmlns:ex=\"urn:example:ext\" state=\"done\"/>"));
  g_assert_true (qm_sidecar_validate_bytes (out, NULL, &error));
  g_assert_no_error (error);

  /* And the written file reads back to the same bytes. */
  g_assert_true (qm_sidecar_read_bytes (again, out, &error));
  out2 = qm_sidecar_serialize (again, &error);
  g_assert_true (g_bytes_equal (out, out2));
  g_assert_true (g_file_set_contents (g_file_peek_path (f->sidecar), g_bytes_get_data (out, NULL),
                                      g_bytes_get_size (out), NULL));
  run_xmllint (g_file_peek_path (f->sidecar));
}

/* Found by the fuzzer: years before 1000 were written with fewer than four
 * digits, which is not an xsd:dateTime.
 */
static void
test_early_dates (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *xml1 = fill_template (foreign_doc, f->source);
  g_autoptr(GString) xml = g_string_new (xml1);
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (f->source);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GError) error = NULL;

  g_string_replace (xml, "review=\"accepted\">", "review=\"accepted\" created=\"0058-11-27T08:57:47Z\">", 0);
  bytes = g_bytes_new (xml->str, xml->len);
  g_assert_true (qm_sidecar_read_bytes (set, bytes, &error));
  g_assert_no_error (error);
  out = qm_sidecar_serialize (set, NULL);
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (out, NULL), g_bytes_get_size (out), "created=\"0058-11-27T08:57:47Z\""));
  g_assert_true (qm_sidecar_validate_bytes (out, NULL, &error));
  g_assert_no_error (error);
}

static void
test_newer_major_read_only (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *xml1 = fill_template (foreign_doc, f->source);
  g_autoptr(GString) xml = g_string_new (xml1);
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = NULL;

  g_string_replace (xml, "urn:quotemark:annotations:1", "urn:quotemark:annotations:2", 0);
  g_string_replace (xml, "formatVersion=\"1.3\"", "formatVersion=\"2.0\"", 0);
  g_string_replace (xml, "<highlights/>", "<highlights/><timeline xmlns=\"urn:quotemark:annotations:2\"/>", 0);
  g_assert_true (g_file_set_contents (g_file_peek_path (f->sidecar), xml->str, xml->len, NULL));
  before = g_bytes_new (xml->str, xml->len);

  set = qm_sidecar_load (f->sidecar, f->source, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (qm_annotation_set_get_read_only (set));
  g_assert_nonnull (strstr (qm_annotation_set_get_read_only_reason (set), "newer version"));
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (set)), ==, 1);
  g_assert_null (qm_annotation_set_create_highlight (set, 0, 3, &error));
  g_assert_error (error, QM_ANNOTATION_SET_ERROR, QM_ANNOTATION_SET_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_READ_ONLY);
  assert_file_equals (g_file_peek_path (f->sidecar), before);
  g_clear_error (&error);
  g_assert_false (qm_sidecar_validate_bytes (before, NULL, &error));
  g_assert_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_NAMESPACE);
}

typedef struct
{
  const char *name;
  int         code;
  gboolean    names_line;
} Hostile;

static char *
hostile_content (const char *name,
                 QmSource   *source,
                 gsize      *len)
{
  g_autofree char *valid = fill_template (foreign_doc, source);
  GString *s;

  if (strcmp (name, "billion-laughs") == 0)
    {
      s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE annotations [\n  <!ENTITY lol \"lol\">\n");
      for (int i = 1; i < 10; i++)
        {
          g_string_append_printf (s, "  <!ENTITY lol%d \"", i);
          for (int j = 0; j < 10; j++)
            g_string_append_printf (s, i == 1 ? "&lol;" : "&lol%d;", i - 1);
          g_string_append (s, "\">\n");
        }
      g_string_append (s, "]>\n<annotations xmlns=\"urn:quotemark:annotations:1\">&lol9;</annotations>\n");
    }
  else if (strcmp (name, "external-entity") == 0)
    s = g_string_new ("<?xml version=\"1.0\"?>\n<!DOCTYPE annotations [ <!ENTITY xxe SYSTEM \"file:///etc/passwd\"> ]>\n"
                      "<annotations xmlns=\"urn:quotemark:annotations:1\">&xxe;</annotations>\n");
  else if (strcmp (name, "network-dtd") == 0)
    s = g_string_new ("<?xml version=\"1.0\"?>\n"
                      "<!DOCTYPE annotations SYSTEM \"http://192.0.2.1/quotemark.dtd\">\n"
                      "<annotations xmlns=\"urn:quotemark:annotations:1\"/>\n");
  else if (strcmp (name, "deep-nesting") == 0)
    {
      /* 100 MB of open tags */
      gsize n = 100 << 20;
      s = g_string_sized_new (n + 64);
      g_string_append (s, "<annotations xmlns=\"urn:quotemark:annotations:1\">");
      while (s->len + 3 <= n)
        g_string_append_len (s, "<a>", 3);
    }
  else if (strcmp (name, "doctype-after-comment") == 0 || strcmp (name, "doctype-after-long-comment") == 0)
    {
      /* the long comment ends beyond the first block a stream is read in */
      gsize filler = strcmp (name, "doctype-after-comment") == 0 ? 1 : 100000;

      s = g_string_new ("<?xml version=\"1.0\"?>\n<!--");
      for (gsize i = 0; i < filler; i++)
        g_string_append_c (s, i % 80 == 79 ? '\n' : '-' + (i % 2) * ('x' - '-'));
      g_string_append (s, "-->\n<!DOCTYPE annotations [ <!ENTITY x \"y\"> ]>\n");
      g_string_append (s, valid + strlen ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"));
    }
  else if (strcmp (name, "empty") == 0)
    s = g_string_new ("");
  else if (strcmp (name, "truncated") == 0)
    s = g_string_new_len (valid, strlen (valid) / 2);
  else if (strcmp (name, "garbage-after-end") == 0)
    s = g_string_append (g_string_new (valid), "<extra/>\n");
  else if (strcmp (name, "wrong-namespace") == 0)
    {
      s = g_string_new (valid);
      g_string_replace (s, "urn:quotemark:annotations:1", "urn:example:annotations", 0);
    }
  else if (strcmp (name, "offsets-beyond-text") == 0)
    {
      g_autofree char *far = g_strdup_printf ("start=\"%zu\" end=\"%zu\"", (gsize)900000, (gsize)900014);
      g_autofree char *near = g_strdup_printf ("start=\"%zu\" end=\"%zu\"", offset_of ("a promise kept"),
                                               end_of ("a promise kept"));
      s = g_string_new (valid);
      g_string_replace (s, near, far, 0);
    }
  else if (strcmp (name, "duplicate-ids") == 0)
    {
      s = g_string_new (valid);
      g_string_replace (s, "<quote id=\"q1\"", "<quote id=\"p1\"", 0);
    }
  else if (strcmp (name, "schema-invalid") == 0)
    {
      s = g_string_new (valid);
      g_string_replace (s, "<highlights/>", "<highlights/>\n  <surprise/>", 0);
    }
  else
    g_assert_not_reached ();

  *len = s->len;
  return g_string_free (s, FALSE);
}

/* Items are validated with a faster form of the schema when they hold no
 * element of another namespace; the verdict must be the schema's own in
 * every case, with and without foreign elements (xmllint, when installed,
 * gives the schema's verdict independently of our code).
 */
typedef struct
{
  const char *from;
  const char *to;
  gboolean    valid;
} Variant;

static const Variant item_variants[] = {
  { NULL, NULL, TRUE },
  /* without any foreign element: the fast form */
  { "      <ex:checked by=\"desk\"><ex:source url=\"http://example.org/\">minutes</ex:source></ex:checked>\n", "", TRUE },
  { "<ex:wikidata id=\"Q1\"/>", "<alias>Varga</alias>", TRUE },
  { "<ex:wikidata id=\"Q1\"/>", "<alias>Varga</alias><surprise/>", FALSE },
  { "<ex:wikidata id=\"Q1\"/>", "<alias>Varga</alias><extra xmlns=\"\"/>", FALSE },
  { "<quote id=\"q1\"", "<quote id=\"q 1\"", FALSE },
  { "review=\"accepted\"", "review=\"approved\"", FALSE },
  /* with foreign elements: the full schema */
  { "<ex:wikidata id=\"Q1\"/>", "<ex:wikidata id=\"Q1\"/><alias>Varga</alias>", FALSE },
  { "<ex:wikidata id=\"Q1\"/>", "<alias>Varga</alias><ex:wikidata id=\"Q1\"/><ex:more/>", TRUE },
  { "<ex:checked by=\"desk\">", "<ex:checked by=\"desk\"><extra xmlns=\"\"/>", TRUE },
  { "<ex:checked by=\"desk\">", "<ex:checked by=\"desk\"><q:target xmlns:q=\"urn:quotemark:annotations:1\"/>", TRUE },
  { "<target start", "<ex:early/><target start", FALSE },
  { "</ex:checked>", "</ex:checked><tag ref=\"p1\"/>", FALSE },
  { "</ex:checked>", "</ex:checked><extra xmlns=\"\"/>", FALSE },
  { "<quote id=\"q1\"", "<quote id=\"q 1\"", FALSE },
};

static int
xmllint_verdict (const char *path)
{
  g_autofree char *rng = g_build_filename (g_getenv ("QM_DATA_DIR"), "quotemark-annotations-1.rng", NULL);
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  const char *argv[] = { xmllint, "--noout", "--nonet", "--relaxng", rng, path, NULL };
  int status;

  if (xmllint == NULL)
    return -1;
  g_assert_true (g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, NULL));
  return g_spawn_check_wait_status (status, NULL) ? 1 : 0;
}

static void
test_item_schema_forms (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *valid = fill_template (foreign_doc, f->source);

  for (guint i = 0; i < G_N_ELEMENTS (item_variants); i++)
    {
      const Variant *v = &item_variants[i];
      g_autoptr(GString) s = g_string_new (valid);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (f->source);
      gboolean ok;
      int external;

      if (v->from != NULL)
        g_assert_cmpuint (g_string_replace (s, v->from, v->to, 1), ==, 1);
      bytes = g_bytes_new (s->str, s->len);
      ok = _qm_sidecar_validate_bytes_full (bytes, NULL, &error);
      g_test_message ("variant %u: %s", i, ok ? "valid" : error->message);
      g_assert_cmpint (ok, ==, v->valid);
      g_assert_cmpint (qm_sidecar_validate_bytes (bytes, NULL, NULL), ==, v->valid);
      g_assert_true (g_file_set_contents (g_file_peek_path (f->sidecar), s->str, s->len, NULL));
      g_assert_cmpint (qm_sidecar_validate_file (f->sidecar, NULL, NULL, NULL), ==, v->valid);
      if (!ok)
        {
          g_assert_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_INVALID);
          g_assert_true (g_str_has_prefix (error->message, "line "));
          g_assert_false (g_str_has_prefix (error->message, "line 0"));
        }
      g_assert_cmpint (qm_sidecar_read_bytes (set, bytes, NULL), ==, v->valid);

      g_assert_true (g_file_set_contents (g_file_peek_path (f->sidecar), s->str, s->len, NULL));
      external = xmllint_verdict (g_file_peek_path (f->sidecar));
      if (external >= 0)
        g_assert_cmpint (external, ==, v->valid);
    }
}

#define ID128 "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef" \
              "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"
#define TAGSET(id) "<tagset><group id=\"g\" label=\"G\" exclusive=\"false\">" \
                   "<category id=\"" id "\" label=\"C\"/></group></tagset>"

/* The reader leaves to itself some checks the schema would make (offsets,
 * the speaker); whatever it refuses must still be reported as the schema
 * would: the same error as the strict validation of _qm_sidecar_validate_bytes_full(),
 * and a schema error exactly when xmllint refuses the file.
 */
static void
test_reader_checked_attributes (Fixture       *f,
                                gconstpointer  data)
{
  static const struct
  {
    const char *from;
    const char *to;
    int         code;
    const char *from2;
    const char *to2;
  } cases[] = {
    { "speaker=\"p1\"", "speaker=\"p 1\"", QM_SIDECAR_ERROR_INVALID },
    { "speaker=\"p1\"", "speaker=\"\"", QM_SIDECAR_ERROR_INVALID },
    { "speaker=\"p1\"", "speaker=\"p2\"", QM_SIDECAR_ERROR_INCONSISTENT },
    { "<target start=\"", "<target start=\"x", QM_SIDECAR_ERROR_INVALID },
    { "<target start=\"", "<target start=\"-", QM_SIDECAR_ERROR_INVALID },
    { "<target start=\"", "<target start=\"+", QM_SIDECAR_ERROR_INCONSISTENT },
    { "<target start=\"", "<target start=\" ", QM_SIDECAR_ERROR_INCONSISTENT },
    { "\"><prefix>", "9\"><prefix>", QM_SIDECAR_ERROR_INCONSISTENT },
    { "\"><prefix>", ".5\"><prefix>", QM_SIDECAR_ERROR_INVALID },
    /* a schema error elsewhere in the same quote still comes first */
    { "speaker=\"p1\" confidence=\"1\"", "speaker=\"p2\" confidence=\"2\"", QM_SIDECAR_ERROR_INVALID },
    /* times and confidences in other forms than the writer's go to the schema */
    { "review=\"accepted\"", "review=\"accepted\" created=\"2026-02-30T00:00:00Z\"", QM_SIDECAR_ERROR_INVALID },
    { "review=\"accepted\"", "review=\"accepted\" created=\"0000-01-01T00:00:00Z\"", QM_SIDECAR_ERROR_INVALID },
    { "review=\"accepted\"", "review=\"accepted\" created=\"2026-11-27 09:00:00Z\"", QM_SIDECAR_ERROR_INVALID },
    { "review=\"accepted\"", "review=\"accepted\" modified=\"2026-11-27T24:00:00Z\"", QM_SIDECAR_ERROR_INCONSISTENT },
    { "review=\"accepted\"", "review=\"accepted\" created=\"2026-11-27T09:00:00+01:00\"", -1 },
    { "review=\"accepted\"", "review=\"accepted\" created=\"2026-11-27T09:00:00.25Z\"", -1 },
    { "review=\"accepted\"", "review=\"accepted\" created=\"2026-11-27T09:00:00Z\"", -1 },
    { "confidence=\"1\"", "confidence=\"1.5\"", QM_SIDECAR_ERROR_INVALID },
    { "confidence=\"1\"", "confidence=\"-0\"", -1 },
    { "confidence=\"1\"", "confidence=\"+.5\"", -1 },
    { "confidence=\"1\"", "confidence=\"0.123456789012345\"", -1 },
    { "confidence=\"1\"", "confidence=\"1.00000000000001\"", QM_SIDECAR_ERROR_INVALID },
    { "confidence=\"1\"", "confidence=\"0.5e0\"", QM_SIDECAR_ERROR_INVALID },
    /* ids outside the plain form, and tags of a tag set that fails the schema */
    { "<quote id=\"q1\"", "<quote id=\"q 1\"", QM_SIDECAR_ERROR_INVALID },
    { "<quote id=\"q1\"", "<quote id=\"\"", QM_SIDECAR_ERROR_INVALID },
    { "<quote id=\"q1\"", "<quote id=\"q\xc3\xa9\"", QM_SIDECAR_ERROR_INVALID },
    { "<quote id=\"q1\"", "<quote id=\"" ID128 "\"", -1 },
    { "<quote id=\"q1\"", "<quote id=\"" ID128 "x\"", QM_SIDECAR_ERROR_INVALID },
    { "<person id=\"p1\"", "<person id=\"p/1\"", QM_SIDECAR_ERROR_INVALID, "speaker=\"p1\"", "speaker=\"p/1\"" },
    { "<tagset/>", TAGSET ("c1"), -1, "</target>\n", "</target>\n      <tag ref=\"c1\"/>\n" },
    { "<tagset/>", TAGSET ("c 1"), QM_SIDECAR_ERROR_INVALID, "</target>\n", "</target>\n      <tag ref=\"c 1\"/>\n" },
    { "<tagset/>", TAGSET ("c 1"), QM_SIDECAR_ERROR_INVALID },
    { "<tagset/>", TAGSET ("c1"), QM_SIDECAR_ERROR_INCONSISTENT, "</target>\n", "</target>\n      <tag ref=\"c2\"/>\n" },
  };
  g_autofree char *valid = fill_template (foreign_doc, f->source);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) s = g_string_new (valid);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) strict_error = NULL;
      g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (f->source);
      int external;

      g_assert_cmpuint (g_string_replace (s, cases[i].from, cases[i].to, 1), ==, 1);
      if (cases[i].from2 != NULL)
        g_assert_cmpuint (g_string_replace (s, cases[i].from2, cases[i].to2, 1), ==, 1);
      bytes = g_bytes_new (s->str, s->len);
      if (cases[i].code < 0)
        {
          /* valid */
          g_assert_true (qm_sidecar_read_bytes (set, bytes, &error));
          g_assert_no_error (error);
          g_assert_true (_qm_sidecar_validate_bytes_full (bytes, NULL, &strict_error));
          g_assert_no_error (strict_error);
          g_assert_true (qm_sidecar_validate_bytes (bytes, NULL, NULL));
        }
      else
        {
          g_assert_false (qm_sidecar_read_bytes (set, bytes, &error));
          g_test_message ("case %u: %s", i, error->message);
          g_assert_error (error, QM_SIDECAR_ERROR, cases[i].code);
          g_assert_false (_qm_sidecar_validate_bytes_full (bytes, NULL, &strict_error));
          g_assert_error (strict_error, QM_SIDECAR_ERROR, cases[i].code);
          g_assert_cmpstr (error->message, ==, strict_error->message);
          g_clear_error (&strict_error);
          g_assert_false (qm_sidecar_validate_bytes (bytes, NULL, &strict_error));
          g_assert_cmpstr (error->message, ==, strict_error->message);
        }

      g_assert_true (g_file_set_contents (g_file_peek_path (f->sidecar), s->str, s->len, NULL));
      external = xmllint_verdict (g_file_peek_path (f->sidecar));
      if (external >= 0)
        g_assert_cmpint (external, ==, cases[i].code != QM_SIDECAR_ERROR_INVALID);
      g_clear_error (&error);
    }
}

/* The reader reads plain values itself and attributes in place: the
 * objects must hold what GLib's parsers and libxml2's own accessors give.
 */
static void
test_values_read_in_place (Fixture       *f,
                           gconstpointer  data)
{
  static const char *confidences[] = { "0", "1", "1.0", "0.1", "0.7", "0.734", "0.3333333333", "0.0000000001",
                                       "0.9999999999", "1.0000000000", "0.05", ".5", "0.10", NULL };
  g_autofree char *valid = fill_template (foreign_doc, f->source);
  g_autofree char *start = g_strdup_printf ("start=\"%zu\"", offset_of ("a promise kept"));
  g_autofree char *padded = g_strdup_printf ("start=\"000000000000000000000%zu\"", offset_of ("a promise kept"));

  for (guint i = 0; confidences[i] != NULL; i++)
    {
      g_autoptr(GString) s = g_string_new (valid);
      g_autofree char *to = g_strdup_printf ("confidence=\"%s\"", confidences[i]);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (f->source);
      g_autoptr(QmQuote) q = NULL;

      g_assert_cmpuint (g_string_replace (s, "confidence=\"1\"", to, 1), ==, 1);
      bytes = g_bytes_new (s->str, s->len);
      g_assert_true (qm_sidecar_read_bytes (set, bytes, &error));
      g_assert_no_error (error);
      q = g_list_model_get_item (qm_annotation_set_get_quotes (set), 0);
      g_assert_true (qm_quote_get_confidence (q) == g_ascii_strtod (confidences[i], NULL));
    }

  /* leading zeros beyond 18 digits, character references in attributes
   * and in the quoted text, the same time twice and two times in turn
   */
  {
    g_autoptr(GString) s = g_string_new (valid);
    g_autoptr(GBytes) bytes = NULL;
    g_autoptr(GError) error = NULL;
    g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (f->source);
    g_autoptr(QmQuote) q = NULL;
    g_autoptr(QmPerson) p = NULL;
    g_autoptr(GDateTime) created = g_date_time_new_utc (2026, 11, 27, 9, 0, 0);
    g_autoptr(GDateTime) modified = g_date_time_new_utc (2026, 11, 28, 10, 30, 5);

    g_assert_cmpuint (g_string_replace (s, start, padded, 1), ==, 1);
    g_assert_cmpuint (g_string_replace (s, "name=\"Helena Varga\"", "name=\"Helena &#x56;arga &amp; co\"", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (s, "<exact>a promise kept</exact>",
                                        "<exact>a pro<![CDATA[mise]]> &#107;ept</exact>", 1), ==, 1);
    g_assert_cmpuint (g_string_replace (s, "review=\"accepted\"",
                                        "review=\"accepted\" created=\"2026-11-27T09:00:00Z\" "
                                        "modified=\"2026-11-27T09:00:00Z\"", 1), ==, 1);
    bytes = g_bytes_new (s->str, s->len);
    g_assert_true (qm_sidecar_read_bytes (set, bytes, &error));
    g_assert_no_error (error);
    q = g_list_model_get_item (qm_annotation_set_get_quotes (set), 0);
    p = g_list_model_get_item (qm_annotation_set_get_people (set), 0);
    g_assert_cmpuint (qm_annotation_get_start (QM_ANNOTATION (q)), ==, offset_of ("a promise kept"));
    g_assert_cmpstr (qm_target_get_exact (qm_annotation_get_target (QM_ANNOTATION (q))), ==, "a promise kept");
    g_assert_cmpstr (qm_person_get_name (p), ==, "Helena Varga & co");
    g_assert_true (g_date_time_equal (qm_annotation_get_created (QM_ANNOTATION (q)), created));
    g_assert_true (g_date_time_equal (qm_annotation_get_modified (QM_ANNOTATION (q)), created));
    g_clear_object (&q);
    g_clear_object (&set);
    g_clear_pointer (&bytes, g_bytes_unref);

    g_assert_cmpuint (g_string_replace (s, "modified=\"2026-11-27T09:00:00Z\"",
                                        "modified=\"2026-11-28T10:30:05Z\"", 1), ==, 1);
    bytes = g_bytes_new (s->str, s->len);
    set = qm_annotation_set_new_for_source (f->source);
    g_assert_true (qm_sidecar_read_bytes (set, bytes, &error));
    g_assert_no_error (error);
    q = g_list_model_get_item (qm_annotation_set_get_quotes (set), 0);
    g_assert_true (g_date_time_equal (qm_annotation_get_created (QM_ANNOTATION (q)), created));
    g_assert_true (g_date_time_equal (qm_annotation_get_modified (QM_ANNOTATION (q)), modified));
  }
}

static guint
line_of (const char *doc,
         const char *needle)
{
  const char *at = strstr (doc, needle);
  guint line = 1;

  g_assert_nonnull (at);
  for (const char *c = doc; c < at; c++)
    if (*c == '\n')
      line++;
  return line;
}

/* libxml2 counts lines of elements only up to 65535; errors further down
 * must still name their line.
 */
static void
test_errors_name_big_lines (Fixture       *f,
                            gconstpointer  data)
{
  static const struct
  {
    const char *from;
    const char *to;
    const char *at;
    int         code;
  } cases[] = {
    { "<quote id=\"q1\"", "<quote id=\"q 1\"", "<quote id", QM_SIDECAR_ERROR_INVALID },
    { "<quote id=\"q1\"", "<quote id=\"p1\"", "<quote id", QM_SIDECAR_ERROR_INCONSISTENT },
    { "<exact>a promise kept</exact>", "<exact>a promise kept!</exact>", "<target", QM_SIDECAR_ERROR_INCONSISTENT },
    { "<suffix></suffix>", "<suffix></suffix><surprise/>", "<target", QM_SIDECAR_ERROR_INVALID },
    { "origin=\"user\"><ex:wikidata", "origin=\"robot\"><ex:wikidata", "<person id=\"p1\"", QM_SIDECAR_ERROR_INVALID },
    { "<ex:wikidata id=\"Q1\"/>", "<ex:wikidata id=\"Q1\"/><alias>late</alias>", "<person id=\"p1\"", QM_SIDECAR_ERROR_INVALID },
  };
  g_autofree char *valid = fill_template (foreign_doc, f->source);
  g_autoptr(GString) padding = g_string_new ("    <person id=\"p0\" name=\"Padding\" origin=\"user\">");

  /* a person with 70 000 aliases, one a line, before everything else */
  for (guint i = 0; i < 70000; i++)
    g_string_append (padding, "\n      <alias>Pad</alias>");
  g_string_append (padding, "\n    </person>\n");

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GString) s = g_string_new (valid);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) load_error = NULL;
      g_autoptr(QmAnnotationSet) set = qm_annotation_set_new_for_source (f->source);
      g_autoptr(QmAnnotationSet) loaded = NULL;
      g_autofree char *expected = NULL;

      g_string_insert (s, strstr (s->str, "<people>\n") - s->str + strlen ("<people>\n"), padding->str);
      g_assert_cmpuint (g_string_replace (s, cases[i].from, cases[i].to, 1), ==, 1);
      expected = g_strdup_printf ("line %u: ", line_of (s->str, cases[i].at));
      g_assert_cmpuint (line_of (s->str, cases[i].at), >, 65535);

      bytes = g_bytes_new (s->str, s->len);
      g_assert_false (qm_sidecar_read_bytes (set, bytes, &error));
      g_assert_error (error, QM_SIDECAR_ERROR, cases[i].code);
      g_test_message ("%s", error->message);
      g_assert_true (g_str_has_prefix (error->message, expected));

      g_assert_true (g_file_set_contents (g_file_peek_path (f->sidecar), s->str, s->len, NULL));
      loaded = qm_sidecar_load (f->sidecar, f->source, NULL, &load_error);
      g_assert_null (loaded);
      g_assert_cmpstr (load_error->message, ==, error->message);
    }
}

static const Hostile hostiles[] = {
  { "billion-laughs", QM_SIDECAR_ERROR_FORBIDDEN, TRUE },
  { "external-entity", QM_SIDECAR_ERROR_FORBIDDEN, TRUE },
  { "network-dtd", QM_SIDECAR_ERROR_FORBIDDEN, TRUE },
  { "doctype-after-comment", QM_SIDECAR_ERROR_FORBIDDEN, TRUE },
  { "doctype-after-long-comment", QM_SIDECAR_ERROR_FORBIDDEN, TRUE },
  { "deep-nesting", QM_SIDECAR_ERROR_TOO_LARGE, TRUE },
  { "empty", QM_SIDECAR_ERROR_MALFORMED, TRUE },
  { "truncated", QM_SIDECAR_ERROR_MALFORMED, TRUE },
  { "garbage-after-end", QM_SIDECAR_ERROR_MALFORMED, TRUE },
  { "wrong-namespace", QM_SIDECAR_ERROR_NAMESPACE, TRUE },
  { "offsets-beyond-text", QM_SIDECAR_ERROR_INCONSISTENT, TRUE },
  { "duplicate-ids", QM_SIDECAR_ERROR_INCONSISTENT, TRUE },
  { "schema-invalid", QM_SIDECAR_ERROR_INVALID, TRUE },
};

static void
test_hostile (Fixture       *f,
              gconstpointer  data)
{
  const Hostile *h = data;
  g_autofree char *content = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(QmAnnotationSet) fresh = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) backup = qm_sidecar_backup_file (f->sidecar);
  g_autoptr(GPtrArray) problems = NULL;
  gsize len;

  content = hostile_content (h->name, f->source, &len);
  bytes = g_bytes_new_static (content, len);
  g_assert_true (g_file_set_contents (g_file_peek_path (f->sidecar), content, len, NULL));

  set = qm_sidecar_load (f->sidecar, f->source, NULL, &error);
  g_assert_null (set);
  g_assert_error (error, QM_SIDECAR_ERROR, h->code);
  g_test_message ("%s: %s", h->name, error->message);
  if (h->names_line)
    g_assert_true (g_str_has_prefix (error->message, "line ") || strstr (error->message, ": line ") != NULL);
  g_assert_null (strstr (error->message, "root:"));   /* nothing of /etc/passwd leaks */
  /* A file that stops short is said to be cut off (libxml2 said "Extra
   * content at the end of the document" of some); only such a file is. */
  g_assert_cmpint (strstr (error->message, "cut off") != NULL, ==, strcmp (h->name, "truncated") == 0);
  assert_file_equals (g_file_peek_path (f->sidecar), bytes);

  /* Loading reads the file as a stream; reading bytes must say the same. */
  {
    g_autoptr(QmAnnotationSet) from_bytes = qm_annotation_set_new_for_source (f->source);
    g_autoptr(GError) bytes_error = NULL;

    g_assert_false (qm_sidecar_read_bytes (from_bytes, bytes, &bytes_error));
    g_assert_error (bytes_error, QM_SIDECAR_ERROR, h->code);
    g_assert_cmpstr (bytes_error->message, ==, error->message);
  }
  g_clear_error (&error);

  g_assert_false (qm_sidecar_validate_bytes (bytes, &problems, &error));
  g_assert_nonnull (error);
  g_assert_cmpuint (problems->len, >, 0);
  g_clear_error (&error);

  /* Validating the file as a stream lists the same problems. */
  {
    g_autoptr(GPtrArray) file_problems = NULL;
    g_autoptr(GError) file_error = NULL;

    g_assert_false (qm_sidecar_validate_file (f->sidecar, NULL, &file_problems, &file_error));
    g_assert_nonnull (file_error);
    g_assert_cmpuint (file_problems->len, ==, problems->len);
    for (guint i = 0; i < problems->len; i++)
      g_assert_cmpstr (g_ptr_array_index (file_problems, i), ==, g_ptr_array_index (problems, i));
  }

  /* A new, empty set for the article must not silently replace the bad file. */
  fresh = qm_annotation_set_new_for_source (f->source);
  g_assert_nonnull (qm_annotation_set_create_highlight (fresh, 0, 7, NULL));
  g_assert_false (qm_sidecar_save (fresh, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_UNREADABLE_TARGET);
  assert_file_equals (g_file_peek_path (f->sidecar), bytes);
  g_assert_true (qm_annotation_set_get_modified (fresh));
  g_clear_error (&error);

  /* Unless the user chooses so; then the bad file is the backup. */
  g_assert_true (qm_sidecar_save (fresh, f->sidecar, QM_SIDECAR_SAVE_REPLACE_UNREADABLE, NULL, &error));
  g_assert_no_error (error);
  assert_file_equals (g_file_peek_path (backup), bytes);
}

static int hook_calls;

static gboolean
fail_half_way (gsize written,
               gsize total)
{
  hook_calls++;
  return FALSE;
}

static gboolean
die_half_way (gsize written,
              gsize total)
{
  raise (SIGKILL);
  return TRUE;
}

static guint
count_files (const char *dirpath)
{
  g_autoptr(GDir) dir = g_dir_open (dirpath, 0, NULL);
  guint n = 0;

  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
test_failed_write_keeps_previous (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(QmAnnotationSet) set = make_full_set (f->source);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *before = NULL;
  guint files;

  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  saved = qm_sidecar_serialize (set, NULL);
  files = count_files (f->dir);

  g_assert_nonnull (qm_annotation_set_create_highlight (set, 0, 7, NULL));
  before = g_strdup_printf ("%u", g_list_model_get_n_items (qm_annotation_set_get_highlights (set)));
  _qm_sidecar_set_write_hook (fail_half_way);
  g_assert_false (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  _qm_sidecar_set_write_hook (NULL);
  g_assert_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_WRITE);
  g_test_message ("%s", error->message);
  g_assert_cmpint (hook_calls, ==, 1);
  assert_file_equals (g_file_peek_path (f->sidecar), saved);
  g_assert_cmpuint (count_files (f->dir), ==, files);   /* no temporary file left */
  /* Nothing in memory is lost: still modified, the new highlight still there. */
  g_assert_true (qm_annotation_set_get_modified (set));
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_highlights (set)), ==, 2);
  g_clear_error (&error);
  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
}

static void
test_killed_writer (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(QmAnnotationSet) set = make_full_set (f->source);
  g_autoptr(QmAnnotationSet) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) saved = NULL;

  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  saved = qm_sidecar_serialize (set, NULL);

  /* The child edits and saves, and is killed with half the file written. */
  if (fork () == 0)
    {
      for (int i = 0; i < 200; i++)
        qm_annotation_set_create_highlight (set, i % 50, i % 50 + 5, NULL);
      _qm_sidecar_set_write_hook (die_half_way);
      qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, NULL);
      _exit (0);
    }
  else
    {
      int status = 0;

      g_assert_cmpint (wait (&status), >, 0);
      g_assert_true (WIFSIGNALED (status));
      g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
    }

  assert_file_equals (g_file_peek_path (f->sidecar), saved);
  reloaded = qm_sidecar_load (f->sidecar, f->source, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_highlights (reloaded)), ==, 1);
}

static char *
find_temporary (const char *dirpath,
                const char *prefix)
{
  g_autoptr(GDir) dir = g_dir_open (dirpath, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, prefix))
      return g_build_filename (dirpath, name, NULL);
  return NULL;
}

static void
make_file (const char *path,
           gint64      age_seconds)
{
  struct utimbuf times;

  g_assert_true (g_file_set_contents (path, "<annotations", -1, NULL));
  times.actime = times.modtime = g_get_real_time () / G_USEC_PER_SEC - age_seconds;
  g_assert_cmpint (g_utime (path, &times), ==, 0);
}

/* A writer killed mid-save leaves its temporary file; the next successful
 * save removes it once it is old enough, and nothing else.
 */
static void
test_stale_temporaries (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(QmAnnotationSet) set = make_full_set (f->source);
  g_autoptr(GError) error = NULL;
  g_autofree char *base = g_file_get_basename (f->sidecar);
  g_autofree char *prefix = g_strdup_printf (".%s.", base);
  g_autofree char *killed = NULL;
  g_autofree char *fresh = g_strdup_printf ("%s/.%s.Fresh1", f->dir, base);
  g_autofree char *not_ours = g_strdup_printf ("%s/.%s.toolong1", f->dir, base);
  g_autofree char *other = g_strdup_printf ("%s/.other.txt.quotemark.xml.Old123", f->dir);
  g_autofree char *link_path = g_strdup_printf ("%s/.%s.Link12", f->dir, base);
  g_autofree char *link_target = g_build_filename (f->dir, "kept.txt", NULL);
  struct utimbuf times;
  int status = 0;

  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  if (fork () == 0)
    {
      qm_annotation_set_create_highlight (set, 0, 5, NULL);
      _qm_sidecar_set_write_hook (die_half_way);
      qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, NULL);
      _exit (0);
    }
  g_assert_cmpint (wait (&status), >, 0);
  g_assert_true (WIFSIGNALED (status));
  killed = find_temporary (f->dir, prefix);
  g_assert_nonnull (killed);

  /* Younger than the limit: could still be written by someone else. */
  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (killed, G_FILE_TEST_EXISTS));

  times.actime = times.modtime = g_get_real_time () / G_USEC_PER_SEC - QM_SIDECAR_STALE_SECONDS - 5;
  g_assert_cmpint (g_utime (killed, &times), ==, 0);
  make_file (fresh, 0);
  make_file (not_ours, 3600);
  make_file (other, 3600);
  make_file (link_target, 3600);
  g_assert_cmpint (symlink (link_target, link_path), ==, 0);

  /* A failed save removes nothing. */
  _qm_sidecar_set_write_hook (fail_half_way);
  g_assert_false (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, NULL));
  _qm_sidecar_set_write_hook (NULL);
  g_assert_true (g_file_test (killed, G_FILE_TEST_EXISTS));

  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  g_assert_false (g_file_test (killed, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (fresh, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (not_ours, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (other, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (link_path, G_FILE_TEST_IS_SYMLINK));
  g_assert_true (g_file_test (link_target, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (g_file_peek_path (f->sidecar), G_FILE_TEST_IS_REGULAR));
}

static void
test_read_only_folder (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(QmAnnotationSet) set = make_full_set (f->source);
  g_autoptr(GError) error = NULL;

  if (geteuid () == 0)
    {
      g_test_skip ("running as root: folder permissions are not enforced");
      return;
    }
  g_assert_cmpint (g_chmod (f->dir, 0555), ==, 0);
  g_assert_false (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_cmpint (g_chmod (f->dir, 0755), ==, 0);
  g_assert_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_WRITE);
  g_assert_true (qm_annotation_set_get_modified (set));
  g_assert_false (g_file_query_exists (f->sidecar, NULL));
}

static void
test_text_changed_reanchors (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(QmAnnotationSet) set = make_full_set (f->source);
  g_autoptr(QmAnnotationSet) loaded = NULL;
  g_autoptr(QmSource) edited = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) new_text = NULL;
  GListModel *quotes;
  const char *insert = "An extra first paragraph that pushes everything along.\n\n";
  g_autofree char *changed = g_strconcat (insert, ARTICLE, NULL);

  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  new_text = g_bytes_new (changed, strlen (changed));
  edited = qm_source_new_from_bytes (new_text, "article.txt", &error);
  g_assert_no_error (error);

  loaded = qm_sidecar_load (f->sidecar, edited, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (qm_annotation_set_get_text_changed (loaded));
  g_assert_true (qm_annotation_set_get_modified (loaded));
  quotes = qm_annotation_set_get_quotes (loaded);
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i);
      QmTarget *t = qm_annotation_get_target (QM_ANNOTATION (q));

      g_assert_cmpint (qm_annotation_get_anchor_state (QM_ANNOTATION (q)), ==, QM_ANCHOR_MOVED);
      g_assert_true (qm_target_matches_text (t, qm_source_get_text (edited)));
      if (qm_quote_get_cue (q) != NULL)
        g_assert_true (qm_target_matches_text (qm_quote_get_cue (q), qm_source_get_text (edited)));
    }
}

/* The article loses its end, and with it a quote: the quote becomes an
 * orphan whose offsets lie beyond the new text. It is listed, saved, read
 * back and saved again unchanged.
 */
static void
test_orphans_kept (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(QmAnnotationSet) set = make_full_set (f->source);
  g_autoptr(QmAnnotationSet) loaded = NULL;
  g_autoptr(QmAnnotationSet) again = NULL;
  g_autoptr(QmSource) shorter = NULL;
  g_autoptr(GBytes) cut = NULL;
  g_autoptr(GBytes) first = NULL;
  g_autoptr(GBytes) second = NULL;
  g_autoptr(GError) error = NULL;
  gsize keep = strstr (ARTICLE, "Brandt added") - ARTICLE;
  guint n_before;

  n_before = g_list_model_get_n_items (qm_annotation_set_get_quotes (set));
  g_assert_true (qm_sidecar_save (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  cut = g_bytes_new (ARTICLE, keep);
  shorter = qm_source_new_from_bytes (cut, "article.txt", &error);
  g_assert_no_error (error);

  loaded = qm_sidecar_load (f->sidecar, shorter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_quotes (loaded)), ==, n_before);
  g_assert_cmpuint (qm_annotation_set_count_orphans (loaded), ==, 1);
  g_assert_true (qm_sidecar_save (loaded, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, &error));
  g_assert_no_error (error);
  run_xmllint (g_file_peek_path (f->sidecar));
  first = qm_sidecar_serialize (loaded, NULL);

  again = qm_sidecar_load (f->sidecar, shorter, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qm_annotation_set_count_orphans (again), ==, 1);
  g_assert_false (qm_annotation_set_get_modified (again));
  second = qm_sidecar_serialize (again, NULL);
  g_assert_true (g_bytes_equal (first, second));
}

static void
store_result_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static void
test_async (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(QmAnnotationSet) set = make_full_set (f->source);
  g_autoptr(QmAnnotationSet) loaded = NULL;
  g_autoptr(GAsyncResult) saved = NULL;
  g_autoptr(GAsyncResult) read = NULL;
  g_autoptr(GError) error = NULL;

  qm_sidecar_save_async (set, f->sidecar, QM_SIDECAR_SAVE_NONE, NULL, store_result_cb, &saved);
  /* An edit made while the file is written stays unsaved. */
  g_assert_nonnull (qm_annotation_set_create_highlight (set, 0, 7, NULL));
  while (saved == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (qm_sidecar_save_finish (saved, &error));
  g_assert_no_error (error);
  g_assert_true (qm_annotation_set_get_modified (set));
  g_assert_true (qm_annotation_set_undo (set));
  g_assert_false (qm_annotation_set_get_modified (set));

  qm_sidecar_load_async (f->sidecar, f->source, NULL, store_result_cb, &read);
  while (read == NULL)
    g_main_context_iteration (NULL, TRUE);
  loaded = qm_sidecar_load_finish (read, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (qm_annotation_set_get_highlights (loaded)), ==, 1);
}

/* Every input in the fuzz corpus (seeds and the inputs that once broke the
 * reader) is handled: read or refused with an error; what is read writes
 * and reads back to the same bytes.
 */
static void
test_fuzz_corpus (void)
{
  g_autofree char *dir_path = g_build_filename (g_getenv ("QM_SOURCE_ROOT"), "tests", "fuzz", "corpus",
                                                "fuzz-sidecar", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  g_autoptr(QmText) text = qm_text_new (QM_FUZZ_ARTICLE, -1, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *data = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(QmAnnotationSet) set = qm_annotation_set_new (text);
      g_autoptr(GError) error = NULL;
      gsize len;

      g_assert_true (g_file_get_contents (path, &data, &len, NULL));
      bytes = g_bytes_new (data, len);
      if (qm_sidecar_read_bytes (set, bytes, &error))
        {
          g_autoptr(GBytes) out = qm_sidecar_serialize (set, NULL);
          g_autoptr(QmAnnotationSet) again = qm_annotation_set_new (text);
          g_autoptr(GBytes) out2 = NULL;

          if (!qm_annotation_set_get_read_only (set))
            {
              g_assert_true (qm_sidecar_read_bytes (again, out, &error));
              g_assert_no_error (error);
              out2 = qm_sidecar_serialize (again, NULL);
              g_assert_true (g_bytes_equal (out, out2));
            }
        }
      else
        g_assert_nonnull (error);
      n++;
    }
  g_assert_cmpuint (n, >, 3);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
#define ADD(path, func, data) \
  g_test_add ("/quotemark/sidecar/" path, Fixture, data, fixture_set_up, func, fixture_tear_down)
  ADD ("round-trip", test_round_trip, NULL);
  ADD ("foreign-elements", test_foreign_elements_kept, NULL);
  ADD ("item-schema-forms", test_item_schema_forms, NULL);
  ADD ("errors-name-big-lines", test_errors_name_big_lines, NULL);
  ADD ("reader-checked-attributes", test_reader_checked_attributes, NULL);
  ADD ("values-read-in-place", test_values_read_in_place, NULL);
  ADD ("newer-major-read-only", test_newer_major_read_only, NULL);
  ADD ("early-dates", test_early_dates, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (hostiles); i++)
    {
      g_autofree char *path = g_strdup_printf ("/quotemark/sidecar/hostile/%s", hostiles[i].name);
      g_test_add (path, Fixture, &hostiles[i], fixture_set_up, test_hostile, fixture_tear_down);
    }
  ADD ("crash/failed-write", test_failed_write_keeps_previous, NULL);
  ADD ("crash/killed-writer", test_killed_writer, NULL);
  ADD ("crash/read-only-folder", test_read_only_folder, NULL);
  ADD ("crash/stale-temporaries", test_stale_temporaries, NULL);
  ADD ("text-changed", test_text_changed_reanchors, NULL);
  ADD ("async", test_async, NULL);
  ADD ("orphans-kept", test_orphans_kept, NULL);
  g_test_add_func ("/quotemark/sidecar/fuzz-corpus", test_fuzz_corpus);
  return g_test_run ();
}

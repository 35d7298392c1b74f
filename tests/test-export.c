/* test-export.c
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

#include <glib/gstdio.h>
#include <archive.h>
#include <archive_entry.h>
#include <json-glib/json-glib.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/xmlschemas.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "export-fixture.h"
#include "qm-export.h"

/* Everything is compared with the model, read back through its public API. */

typedef struct
{
  QmAnnotationSet *set;
  QmText          *text;
  GPtrArray       *quotes;       /* QmQuote, text order */
  GPtrArray       *highlights;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  GListModel *model;

  f->set = export_fixture_new ();
  f->text = qm_annotation_set_get_text (f->set);
  f->quotes = g_ptr_array_new_with_free_func (g_object_unref);
  f->highlights = g_ptr_array_new_with_free_func (g_object_unref);
  model = qm_annotation_set_get_quotes (f->set);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (f->quotes, g_list_model_get_item (model, i));
  model = qm_annotation_set_get_highlights (f->set);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (f->highlights, g_list_model_get_item (model, i));

  /* The fixture holds what the tests below rely on */
  g_assert_cmpuint (f->quotes->len, ==, 6);
  g_assert_cmpuint (f->highlights->len, ==, 3);
  g_assert_cmpuint (qm_annotation_set_count_orphans (f->set), ==, 1);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_ptr_array_unref (f->quotes);
  g_ptr_array_unref (f->highlights);
  g_assert_finalize_object (f->set);
}

static gboolean
is_orphan (gpointer annotation)
{
  return qm_annotation_get_anchor_state (QM_ANNOTATION (annotation)) == QM_ANCHOR_ORPHAN;
}

static const char *
exact (gpointer annotation)
{
  return qm_target_get_exact (qm_annotation_get_target (QM_ANNOTATION (annotation)));
}

static QmPerson *
speaker_of (Fixture *f,
            QmQuote *quote)
{
  const char *id = qm_quote_get_speaker_id (quote);

  return id != NULL ? qm_annotation_set_lookup_person (f->set, id) : NULL;
}

/* Labels of the annotation's tags in one group (or all but verification when
 * @group_id is NULL), joined */
static char *
labels (Fixture     *f,
        gpointer     annotation,
        const char  *group_id,
        const char  *separator)
{
  const char * const *tags = qm_annotation_get_tags (QM_ANNOTATION (annotation));
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  for (guint i = 0; tags[i] != NULL; i++)
    {
      QmTagCategory *cat = qm_annotation_set_lookup_tag (f->set, tags[i]);

      g_assert_nonnull (cat);
      if (g_strcmp0 (qm_tag_category_get_group_id (cat), group_id) == 0)
        g_ptr_array_add (found, (gpointer)qm_tag_category_get_label (cat));
    }
  g_ptr_array_add (found, NULL);
  return g_strjoinv (separator, (char **)found->pdata);
}

static GPtrArray *
note_texts (gpointer annotation)
{
  GListModel *notes = qm_annotation_get_notes (QM_ANNOTATION (annotation));
  GPtrArray *texts = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);

      g_ptr_array_add (texts, g_strdup (qm_note_get_text (note)));
    }
  return texts;
}

/* The text between two code-point offsets, cut by hand from the UTF-8 */
static char *
slice (const char *utf8,
       gsize       start,
       gsize       end)
{
  const char *s = g_utf8_offset_to_pointer (utf8, start);
  const char *e = g_utf8_offset_to_pointer (utf8, end);

  return g_strndup (s, e - s);
}

static GBytes *
export (Fixture        *f,
        QmExportFormat  format,
        QmExportFlags   flags)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = qm_export_to_bytes (f->set, format, flags, &error);

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, 0);
  return bytes;
}

/* ── CSV ── */

static int
column (JsonArray  *header,
        const char *name)
{
  for (guint i = 0; i < json_array_get_length (header); i++)
    if (g_strcmp0 (json_array_get_string_element (header, i), name) == 0)
      return i;
  g_error ("no column %s", name);
  return -1;
}

static const char *
field (JsonArray  *header,
       JsonArray  *row,
       const char *name)
{
  return json_array_get_string_element (row, column (header, name));
}

/* Runs a reader script on the CSV file and returns its rows (JSON), or NULL
 * when the script exits 77 (its program is not installed). */
static JsonNode *
read_csv_with (const char *script_name,
               const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *python = g_find_program_in_path ("python3");
  g_autofree char *script = g_test_build_filename (G_TEST_DIST, script_name, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  const char *argv[] = { python, script, path, NULL };
  int status;

  if (python == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **)argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, &out, &err, &status, &error);
  g_assert_no_error (error);
  if (WIFEXITED (status) && WEXITSTATUS (status) == 77)
    return NULL;
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s refused the file: %s", script_name, err);

  json_parser_load_from_data (parser, out, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* What Calc shows of a text: it drops tab characters inside cells */
static char *
as_calc (const char *text,
         gboolean    calc)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    if (!calc || *p != '\t')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* Compares the rows read back with the model, field by field */
static void
check_csv_rows (Fixture  *f,
                JsonNode *node,
                gboolean  calc)
{
  JsonArray *rows = json_node_get_array (node);
  JsonArray *header = json_array_get_array_element (rows, 0);

  g_assert_cmpuint (json_array_get_length (rows), ==, f->quotes->len + 1);

  /* One column per tag group besides verification, which has its own */
  column (header, "tags: Statement");
  column (header, "tags: Topic");
  g_assert_cmpint (column (header, "verification"), >, 0);

  for (guint i = 0; i < f->quotes->len; i++)
    {
      QmQuote *q = g_ptr_array_index (f->quotes, i);
      QmAnnotation *a = QM_ANNOTATION (q);
      JsonArray *row = json_array_get_array_element (rows, i + 1);
      QmPerson *speaker = speaker_of (f, q);
      g_autofree char *statement = labels (f, q, "statement", "; ");
      g_autofree char *topic = NULL;
      g_autofree char *verification = labels (f, q, "verification", "; ");
      g_autoptr(GPtrArray) notes = note_texts (q);
      g_autofree char *joined_notes = NULL;
      QmTagGroup *topic_group = NULL;
      GListModel *groups = qm_annotation_set_get_tag_groups (f->set);
      guint64 start, end;

      for (guint g = 0; g < g_list_model_get_n_items (groups); g++)
        {
          g_autoptr(QmTagGroup) group = g_list_model_get_item (groups, g);

          if (g_str_equal (qm_tag_group_get_label (group), "Topic"))
            topic_group = group;
        }
      g_assert_nonnull (topic_group);
      topic = labels (f, q, qm_tag_group_get_id (topic_group), "; ");

      g_ptr_array_add (notes, NULL);
      {
        g_autofree char *joined = g_strjoinv ("\n\n", (char **)notes->pdata);

        joined_notes = as_calc (joined, calc);
      }

      g_assert_cmpuint (json_array_get_length (row), ==, json_array_get_length (header));
      g_assert_cmpstr (field (header, row, "id"), ==, qm_annotation_get_id (a));
      g_assert_cmpstr (field (header, row, "speaker"), ==, speaker ? qm_person_get_name (speaker) : "");
      g_assert_cmpstr (field (header, row, "role"), ==,
                       speaker && qm_person_get_role (speaker) ? qm_person_get_role (speaker) : "");
      g_assert_cmpstr (field (header, row, "kind"), ==, qm_quote_kind_to_string (qm_quote_get_kind (q)));
      g_assert_cmpstr (field (header, row, "text"), ==, exact (q));
      g_assert_cmpstr (field (header, row, "tags: Statement"), ==, statement);
      g_assert_cmpstr (field (header, row, "tags: Topic"), ==, topic);
      g_assert_cmpstr (field (header, row, "verification"), ==, verification);
      g_assert_cmpstr (field (header, row, "note"), ==, joined_notes);
      g_assert_cmpstr (field (header, row, "review"), ==, qm_review_state_to_string (qm_quote_get_review (q)));
      g_assert_cmpstr (field (header, row, "origin"), ==, qm_origin_to_string (qm_annotation_get_origin (a)));
      g_assert_cmpstr (field (header, row, "anchor"), ==,
                       qm_anchor_state_to_string (qm_annotation_get_anchor_state (a)));
      g_assert_cmpfloat_with_epsilon (g_ascii_strtod (field (header, row, "confidence"), NULL),
                                      qm_quote_get_confidence (q), 0.0005);

      /* Offsets are code points: cut from the article they give the text */
      g_assert_true (g_ascii_string_to_unsigned (field (header, row, "start"), 10, 0, G_MAXSIZE, &start, NULL));
      g_assert_true (g_ascii_string_to_unsigned (field (header, row, "end"), 10, 0, G_MAXSIZE, &end, NULL));
      g_assert_cmpuint (start, ==, qm_annotation_get_start (a));
      g_assert_cmpuint (end, ==, qm_annotation_get_end (a));
      if (!is_orphan (q))
        {
          g_autofree char *words = slice (export_fixture_text, start, end);
          QmTarget *cue = qm_quote_get_cue (q);
          g_autofree char *cue_words = cue ? slice (export_fixture_text, qm_target_get_start (cue),
                                                    qm_target_get_end (cue)) : g_strdup ("");

          g_assert_cmpstr (words, ==, field (header, row, "text"));
          g_assert_cmpstr (field (header, row, "cue"), ==, cue_words);
        }
    }
}

static char *
write_temp (GBytes     *bytes,
            const char *template)
{
  g_autoptr(GError) error = NULL;
  char *path = NULL;
  int fd = g_file_open_tmp (template, &path, &error);

  g_assert_no_error (error);
  close (fd);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

/* Python's csv module in strict mode reads the file back */
static void
test_csv (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f, QM_EXPORT_FORMAT_CSV, QM_EXPORT_FLAGS_NONE);
  g_autofree char *path = write_temp (bytes, "qm-export-XXXXXX.csv");
  g_autoptr(JsonNode) rows = read_csv_with ("csv-to-json.py", path);

  g_unlink (path);
  if (rows == NULL)
    {
      g_test_skip ("python3 is needed to read the CSV strictly");
      return;
    }
  check_csv_rows (f, rows, FALSE);
}

/* LibreOffice Calc opens it, saves it as .ods, and that comes back the same */
static void
test_csv_libreoffice (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f, QM_EXPORT_FORMAT_CSV, QM_EXPORT_FLAGS_NONE);
  g_autofree char *path = write_temp (bytes, "qm-export-XXXXXX.csv");
  g_autoptr(JsonNode) rows = read_csv_with ("csv-libreoffice.py", path);

  g_unlink (path);
  if (rows == NULL)
    {
      g_test_skip ("LibreOffice (soffice) is not installed");
      return;
    }
  check_csv_rows (f, rows, TRUE);
}

/* ── REFI-QDA ── */

static GHashTable *
read_zip (GBytes *bytes)
{
  GHashTable *entries = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_bytes_unref);
  struct archive *a = archive_read_new ();
  struct archive_entry *entry;
  gsize len;
  const void *data = g_bytes_get_data (bytes, &len);

  archive_read_support_format_zip (a);
  g_assert_cmpint (archive_read_open_memory (a, data, len), ==, ARCHIVE_OK);
  while (archive_read_next_header (a, &entry) == ARCHIVE_OK)
    {
      GByteArray *content = g_byte_array_new ();
      char buf[8192];
      la_ssize_t n;

      while ((n = archive_read_data (a, buf, sizeof buf)) > 0)
        g_byte_array_append (content, (guint8 *)buf, n);
      g_assert_cmpint (n, ==, 0);
      g_hash_table_insert (entries, g_strdup (archive_entry_pathname (entry)),
                           g_byte_array_free_to_bytes (content));
    }
  archive_read_free (a);
  return entries;
}

static xmlXPathObjectPtr
xpath (xmlXPathContextPtr  ctx,
       const char         *expr)
{
  xmlXPathObjectPtr result = xmlXPathEvalExpression ((const xmlChar *)expr, ctx);

  g_assert_nonnull (result);
  return result;
}

static guint
xpath_count (xmlXPathContextPtr  ctx,
             const char         *format,
             ...) G_GNUC_PRINTF (2, 3);

static guint
xpath_count (xmlXPathContextPtr  ctx,
             const char         *format,
             ...)
{
  g_autofree char *expr = NULL;
  xmlXPathObjectPtr result;
  va_list args;
  guint n;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);
  result = xpath (ctx, expr);
  n = result->nodesetval ? result->nodesetval->nodeNr : 0;
  xmlXPathFreeObject (result);
  return n;
}

static char *
xpath_string (xmlXPathContextPtr  ctx,
              const char         *format,
              ...) G_GNUC_PRINTF (2, 3);

static char *
xpath_string (xmlXPathContextPtr  ctx,
              const char         *format,
              ...)
{
  g_autofree char *expr = NULL;
  g_autofree char *wrapped = NULL;
  xmlXPathObjectPtr result;
  va_list args;
  char *value;

  va_start (args, format);
  expr = g_strdup_vprintf (format, args);
  va_end (args);
  wrapped = g_strdup_printf ("string(%s)", expr);
  result = xpath (ctx, wrapped);
  value = g_strdup ((const char *)result->stringval);
  xmlXPathFreeObject (result);
  return value;
}

static xmlDocPtr
parse_xml (GBytes *bytes)
{
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  xmlDocPtr doc = xmlReadMemory (data, len, "export.xml", NULL, XML_PARSE_NONET | XML_PARSE_NOWARNING);

  g_assert_nonnull (doc);
  return doc;
}

static void
validate_qde (xmlDocPtr doc)
{
  const char *shared = g_getenv ("QM_SHARED_DIR");
  g_autofree char *xsd = g_build_filename (shared ? shared : "../shared", "schemas", "Project-mrt2019.xsd", NULL);
  xmlSchemaParserCtxtPtr pctx;
  xmlSchemaPtr schema;
  xmlSchemaValidCtxtPtr vctx;

  if (!g_file_test (xsd, G_FILE_TEST_EXISTS))
    {
      g_test_message ("%s is absent: project.qde not validated", xsd);
      return;
    }
  pctx = xmlSchemaNewParserCtxt (xsd);
  schema = xmlSchemaParse (pctx);
  g_assert_nonnull (schema);
  vctx = xmlSchemaNewValidCtxt (schema);
  g_assert_cmpint (xmlSchemaValidateDoc (vctx, doc), ==, 0);
  xmlSchemaFreeValidCtxt (vctx);
  xmlSchemaFree (schema);
  xmlSchemaFreeParserCtxt (pctx);
}

static gboolean
is_guid (const char *s)
{
  return g_uuid_string_is_valid (s);
}

static void
test_qdpx (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f, QM_EXPORT_FORMAT_QDPX, QM_EXPORT_FLAGS_NONE);
  g_autoptr(GBytes) again = export (f, QM_EXPORT_FORMAT_QDPX, QM_EXPORT_FLAGS_NONE);
  g_autoptr(GHashTable) entries = read_zip (bytes);
  g_autoptr(GHashTable) entries2 = read_zip (again);
  g_autoptr(GHashTable) guids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GBytes *qde, *source = NULL;
  GHashTableIter iter;
  gpointer key, value;
  g_autofree char *source_path = NULL;
  g_autofree char *plain_path = NULL;
  xmlDocPtr doc;
  xmlXPathContextPtr ctx;
  xmlXPathObjectPtr all;
  guint sel = 0;

  g_assert_cmpuint (g_hash_table_size (entries), ==, 2);
  qde = g_hash_table_lookup (entries, "project.qde");
  g_assert_nonnull (qde);
  g_hash_table_iter_init (&iter, entries);
  while (g_hash_table_iter_next (&iter, &key, &value))
    if (g_str_has_prefix (key, "sources/"))
      {
        source = value;
        source_path = g_strdup (key);
      }
  g_assert_nonnull (source);
  g_assert_true (g_str_has_suffix (source_path, ".txt"));
  /* The source is the article's text as it is, in UTF-8 */
  g_assert_cmpmem (g_bytes_get_data (source, NULL), g_bytes_get_size (source),
                   export_fixture_text, strlen (export_fixture_text));

  doc = parse_xml (qde);
  validate_qde (doc);
  ctx = xmlXPathNewContext (doc);
  xmlXPathRegisterNs (ctx, (const xmlChar *)"q", (const xmlChar *)"urn:QDA-XML:project:1.0");

  plain_path = xpath_string (ctx, "/q:Project/q:Sources/q:TextSource/@plainTextPath");
  g_assert_cmpstr (plain_path + strlen ("internal://"), ==, source_path + strlen ("sources/"));

  /* Every guid is a GUID and unique */
  all = xpath (ctx, "//@guid");
  g_assert_cmpint (all->nodesetval->nodeNr, >, 20);
  for (int i = 0; i < all->nodesetval->nodeNr; i++)
    {
      xmlChar *guid = xmlNodeGetContent (all->nodesetval->nodeTab[i]);

      g_assert_true (is_guid ((char *)guid));
      g_assert_false (g_hash_table_contains (guids, guid));
      g_hash_table_add (guids, g_strdup ((char *)guid));
      xmlFree (guid);
    }
  xmlXPathFreeObject (all);

  /* GUIDs come from the ids: a second export gives the same project */
  {
    GBytes *qde2 = g_hash_table_lookup (entries2, "project.qde");
    xmlDocPtr doc2 = parse_xml (qde2);
    xmlXPathContextPtr ctx2 = xmlXPathNewContext (doc2);
    g_autofree char *g1 = NULL;
    g_autofree char *g2 = NULL;

    xmlXPathRegisterNs (ctx2, (const xmlChar *)"q", (const xmlChar *)"urn:QDA-XML:project:1.0");
    g1 = xpath_string (ctx, "(//q:PlainTextSelection)[1]/@guid");
    g2 = xpath_string (ctx2, "(//q:PlainTextSelection)[1]/@guid");
    g_assert_cmpstr (g1, ==, g2);
    xmlXPathFreeContext (ctx2);
    xmlFreeDoc (doc2);
  }

  /* Codes: tag groups with their categories nested, speakers in "Speakers" */
  g_assert_cmpuint (xpath_count (ctx, "/q:Project/q:CodeBook/q:Codes/q:Code[@name='Speakers']/q:Code"), ==,
                    g_list_model_get_n_items (qm_annotation_set_get_people (f->set)));
  g_assert_cmpuint (xpath_count (ctx, "//q:Code[@name='Speakers']/q:Code[@name='Zoë Müller']"
                                      "[contains(q:Description, 'Frau Müller')]"), ==, 1);
  g_assert_cmpuint (xpath_count (ctx, "/q:Project/q:CodeBook/q:Codes/q:Code[@name='Topic']"
                                      "/q:Code[@name='Budget 💶'][@color='#26a269']"), ==, 1);
  g_assert_cmpuint (xpath_count (ctx, "/q:Project/q:CodeBook/q:Codes/q:Code[@name='Verification']"
                                      "/q:Code[@name='Misleading']"), ==, 1);

  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *list = k == 0 ? f->quotes : f->highlights;

      for (guint i = 0; i < list->len; i++)
        {
          QmAnnotation *a = g_ptr_array_index (list, i);
          g_autofree char *start = NULL;
          g_autofree char *end = NULL;
          g_autofree char *words = NULL;
          g_autofree char *path = NULL;
          g_autoptr(GPtrArray) notes = note_texts (a);
          const char * const *tags = qm_annotation_get_tags (a);
          const char *src = g_bytes_get_data (source, NULL);
          guint n_codings;

          if (is_orphan (a))
            {
              /* kept as a project note with its words */
              g_assert_cmpuint (xpath_count (ctx, "/q:Project/q:Notes/q:Note[contains(q:PlainTextContent, '%s')]",
                                             exact (a)), ==, 1);
              continue;
            }

          sel++;
          path = g_strdup_printf ("(//q:PlainTextSelection)[%u]", sel);
          start = xpath_string (ctx, "%s/@startPosition", path);
          end = xpath_string (ctx, "%s/@endPosition", path);
          g_assert_cmpuint (g_ascii_strtoull (start, NULL, 10), ==, qm_annotation_get_start (a));
          g_assert_cmpuint (g_ascii_strtoull (end, NULL, 10), ==, qm_annotation_get_end (a));
          /* Positions count code points of the source file in the zip */
          words = slice (src, qm_annotation_get_start (a), qm_annotation_get_end (a));
          g_assert_cmpstr (words, ==, exact (a));

          /* A coding per tag, plus kind and speaker for quotes; each CodeRef
           * resolves to a code of the right name */
          n_codings = g_strv_length ((char **)tags);
          for (guint t = 0; tags[t] != NULL; t++)
            {
              QmTagCategory *cat = qm_annotation_set_lookup_tag (f->set, tags[t]);

              g_assert_cmpuint (xpath_count (ctx, "%s/q:Coding/q:CodeRef[@targetGUID = //q:Code[@name='%s']/@guid]",
                                             path, qm_tag_category_get_label (cat)), ==, 1);
            }
          if (QM_IS_QUOTE (a))
            {
              QmPerson *speaker = speaker_of (f, QM_QUOTE (a));

              n_codings++;
              g_assert_cmpuint (xpath_count (ctx, "%s/q:Coding/q:CodeRef[@targetGUID = //q:Code[@name='Quote kinds']"
                                                  "/q:Code[@name='%s']/@guid]", path,
                                             qm_quote_kind_to_string (qm_quote_get_kind (QM_QUOTE (a)))), ==, 1);
              if (speaker != NULL)
                {
                  n_codings++;
                  g_assert_cmpuint (xpath_count (ctx, "%s/q:Coding/q:CodeRef[@targetGUID = //q:Code[@name='Speakers']"
                                                      "/q:Code[@name='%s']/@guid]", path,
                                                 qm_person_get_name (speaker)), ==, 1);
                }
            }
          g_assert_cmpuint (xpath_count (ctx, "%s/q:Coding", path), ==, n_codings);

          /* Notes: a NoteRef to a Note with the note's text */
          g_assert_cmpuint (xpath_count (ctx, "%s/q:NoteRef", path), ==, notes->len);
          for (guint n = 0; n < notes->len; n++)
            {
              g_autofree char *content = xpath_string (ctx, "//q:Note[@guid = %s/q:NoteRef[%u]/@targetGUID]"
                                                            "/q:PlainTextContent", path, n + 1);

              g_assert_cmpstr (content, ==, g_ptr_array_index (notes, n));
            }
        }
    }
  g_assert_cmpuint (xpath_count (ctx, "//q:PlainTextSelection"), ==, sel);

  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
}

/* ── TEI ── */

/* The words of a said/soCalled/hi and of its later parts (linked by @prev) */
static void
collect_parts (xmlXPathContextPtr  ctx,
               const char         *xml_id,
               GString            *words)
{
  g_autofree char *text = xpath_string (ctx, "//*[@xml:id='%s']", xml_id);
  g_autofree char *next = xpath_string (ctx, "//*[@prev='#%s']/@xml:id", xml_id);

  g_string_append (words, text);
  if (*next != '\0')
    collect_parts (ctx, next, words);
}

static char *
strip_space (const char *s)
{
  GString *out = g_string_new (NULL);

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (out, g_utf8_get_char (p));
  return g_string_free (out, FALSE);
}

static void
test_tei (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f, QM_EXPORT_FORMAT_TEI, QM_EXPORT_FLAGS_NONE);
  xmlDocPtr doc = parse_xml (bytes);
  xmlXPathContextPtr ctx = xmlXPathNewContext (doc);
  g_autofree char *body = NULL;
  g_autofree char *body_stripped = NULL;
  g_autofree char *text_stripped = strip_space (export_fixture_text);
  GListModel *people = qm_annotation_set_get_people (f->set);

  xmlXPathRegisterNs (ctx, (const xmlChar *)"t", (const xmlChar *)"http://www.tei-c.org/ns/1.0");

  /* The body is the whole article */
  body = xpath_string (ctx, "/t:TEI/t:text/t:body");
  body_stripped = strip_space (body);
  g_assert_cmpstr (body_stripped, ==, text_stripped);
  g_assert_cmpuint (xpath_count (ctx, "/t:TEI/t:text/t:body/t:p"), ==, qm_text_get_n_paragraphs (f->text));

  /* Every speaker in listPerson with aliases */
  g_assert_cmpuint (xpath_count (ctx, "//t:listPerson/t:person"), ==, g_list_model_get_n_items (people));
  for (guint i = 0; i < g_list_model_get_n_items (people); i++)
    {
      g_autoptr(QmPerson) p = g_list_model_get_item (people, i);
      const char * const *aliases = qm_person_get_aliases (p);
      g_autofree char *name = xpath_string (ctx, "//t:person[@xml:id='p-%s']/t:persName[@type='main']",
                                            qm_person_get_id (p));

      g_assert_cmpstr (name, ==, qm_person_get_name (p));
      g_assert_cmpuint (xpath_count (ctx, "//t:person[@xml:id='p-%s']/t:persName[@type='alias']",
                                     qm_person_get_id (p)), ==, g_strv_length ((char **)aliases));
      for (guint a = 0; aliases[a] != NULL; a++)
        g_assert_cmpuint (xpath_count (ctx, "//t:person[@xml:id='p-%s']/t:persName[@type='alias'][. = '%s']",
                                       qm_person_get_id (p), aliases[a]), ==, 1);
    }

  /* Every quote present, split parts included; who resolves */
  for (guint i = 0; i < f->quotes->len; i++)
    {
      QmQuote *q = g_ptr_array_index (f->quotes, i);
      QmQuoteKind kind = qm_quote_get_kind (q);
      QmPerson *speaker = speaker_of (f, q);
      g_autofree char *id = g_strdup_printf ("q-%s", qm_annotation_get_id (QM_ANNOTATION (q)));
      g_autofree char *element = xpath_string (ctx, "name(//*[@xml:id='%s'])", id);
      g_autofree char *who = xpath_string (ctx, "//*[@xml:id='%s']/@who", id);
      g_autofree char *direct = xpath_string (ctx, "//*[@xml:id='%s']/@direct", id);
      g_autoptr(GString) words = g_string_new (NULL);
      g_autofree char *got = NULL;
      g_autofree char *want = NULL;
      g_autofree char *verification = labels (f, q, "verification", "");
      g_autoptr(GPtrArray) notes = note_texts (q);

      g_assert_cmpstr (element, ==, kind == QM_QUOTE_KIND_SCARE ? "soCalled" : "said");
      if (kind != QM_QUOTE_KIND_SCARE)
        g_assert_cmpstr (direct, ==, kind == QM_QUOTE_KIND_DIRECT ? "true" : "false");
      if (speaker != NULL)
        {
          g_autofree char *resolved = NULL;

          g_assert_true (who[0] == '#');
          resolved = xpath_string (ctx, "//t:listPerson/t:person[@xml:id='%s']/t:persName[@type='main']", who + 1);
          g_assert_cmpstr (resolved, ==, qm_person_get_name (speaker));
        }
      else
        g_assert_cmpstr (who, ==, "");

      collect_parts (ctx, id, words);
      got = strip_space (words->str);
      want = strip_space (exact (q));
      g_assert_cmpstr (got, ==, want);

      if (is_orphan (q))
        /* not in the body: its words are no longer there */
        g_assert_cmpuint (xpath_count (ctx, "//t:standOff//*[@xml:id='%s'][@status='orphan']", id), ==, 1);
      else
        g_assert_cmpuint (xpath_count (ctx, "//t:body//*[@xml:id='%s']", id), ==, 1);

      /* Tags and verification kept in standOff, pointing at the quote */
      g_assert_cmpuint (xpath_count (ctx, "//t:standOff//t:annotation[@target='#%s'][@motivation='tagging']", id), ==,
                        g_strv_length ((char **)qm_annotation_get_tags (QM_ANNOTATION (q))) -
                        (*verification != '\0' ? 1 : 0));
      if (*verification != '\0')
        {
          g_autofree char *v = xpath_string (ctx, "//t:annotation[@target='#%s'][@motivation='assessing']/t:note", id);
          g_autofree char *ptr = xpath_string (ctx, "//t:annotation[@target='#%s'][@motivation='assessing']/t:ptr/@target", id);
          g_autofree char *cat = NULL;

          g_assert_cmpstr (v, ==, verification);
          cat = xpath_string (ctx, "//t:taxonomy[@xml:id='tg-verification']/t:category[@xml:id='%s']/t:catDesc", ptr + 1);
          g_assert_cmpstr (cat, ==, verification);
        }
      g_assert_cmpuint (xpath_count (ctx, "//t:annotation[@target='#%s'][@motivation='commenting']", id), ==, notes->len);
      for (guint n = 0; n < notes->len; n++)
        {
          g_autofree char *t = xpath_string (ctx, "(//t:annotation[@target='#%s'][@motivation='commenting'])[%u]/t:note",
                                             id, n + 1);
          g_assert_cmpstr (t, ==, g_ptr_array_index (notes, n));
        }
    }

  /* Crossing annotations were split, never dropped */
  g_assert_cmpuint (xpath_count (ctx, "//t:body//*[@prev]"), >, 0);
  for (guint i = 0; i < f->highlights->len; i++)
    {
      QmAnnotation *h = g_ptr_array_index (f->highlights, i);
      g_autofree char *id = g_strdup_printf ("h-%s", qm_annotation_get_id (h));
      g_autoptr(GString) words = g_string_new (NULL);
      g_autofree char *got = NULL;
      g_autofree char *want = NULL;

      collect_parts (ctx, id, words);
      got = strip_space (words->str);
      want = strip_space (exact (h));
      g_assert_cmpstr (got, ==, want);
      /* every annotation's element exists, so standOff targets resolve */
      g_assert_cmpuint (xpath_count (ctx, "//*[@xml:id='%s']", id), ==, 1);
    }
  {
    xmlXPathObjectPtr targets = xpath (ctx, "//t:standOff//t:annotation/@target");

    for (int i = 0; i < targets->nodesetval->nodeNr; i++)
      {
        xmlChar *target = xmlNodeGetContent (targets->nodesetval->nodeTab[i]);

        g_assert_cmpuint (xpath_count (ctx, "//*[@xml:id='%s']", (char *)target + 1), ==, 1);
        xmlFree (target);
      }
    xmlXPathFreeObject (targets);
  }

  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
}

/* ── W3C Web Annotation ── */

static JsonObject *
find_selector (JsonObject *item,
               const char *type)
{
  JsonArray *selectors = json_object_get_array_member (json_object_get_object_member (item, "target"), "selector");

  for (guint i = 0; i < json_array_get_length (selectors); i++)
    {
      JsonObject *s = json_array_get_object_element (selectors, i);

      if (g_strcmp0 (json_object_get_string_member (s, "type"), type) == 0)
        return s;
    }
  return NULL;
}

static GPtrArray *
bodies (JsonObject *item,
        const char *purpose)
{
  JsonArray *list = json_object_get_array_member (item, "body");
  GPtrArray *values = g_ptr_array_new ();

  for (guint i = 0; i < json_array_get_length (list); i++)
    {
      JsonObject *b = json_array_get_object_element (list, i);

      g_assert_cmpstr (json_object_get_string_member (b, "type"), ==, "TextualBody");
      if (g_strcmp0 (json_object_get_string_member (b, "purpose"), purpose) == 0)
        g_ptr_array_add (values, (gpointer)json_object_get_string_member (b, "value"));
    }
  return values;
}

static void
test_w3c (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f, QM_EXPORT_FORMAT_W3C, QM_EXPORT_FLAGS_NONE);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  JsonObject *root;
  JsonArray *items, *context;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  context = json_object_get_array_member (root, "@context");
  g_assert_cmpstr (json_array_get_string_element (context, 0), ==, "http://www.w3.org/ns/anno.jsonld");
  items = json_object_get_array_member (json_object_get_object_member (root, "first"), "items");
  g_assert_cmpuint (json_array_get_length (items), ==, f->quotes->len + f->highlights->len);
  g_assert_cmpint (json_object_get_int_member (root, "total"), ==, f->quotes->len + f->highlights->len);

  for (guint i = 0; i < json_array_get_length (items); i++)
    {
      JsonObject *item = json_array_get_object_element (items, i);

      g_assert_cmpstr (json_object_get_string_member (item, "type"), ==, "Annotation");
      g_assert_true (g_str_has_prefix (json_object_get_string_member (item, "id"), "urn:uuid:"));
      g_hash_table_insert (by_id, (gpointer)json_object_get_string_member (item, "qm:id"), item);
    }

  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *list = k == 0 ? f->quotes : f->highlights;

      for (guint i = 0; i < list->len; i++)
        {
          QmAnnotation *a = g_ptr_array_index (list, i);
          JsonObject *item = g_hash_table_lookup (by_id, qm_annotation_get_id (a));
          JsonObject *quote_sel, *pos_sel;
          g_autoptr(GPtrArray) tagging = NULL;
          g_autoptr(GPtrArray) commenting = NULL;
          g_autoptr(GPtrArray) identifying = NULL;
          g_autoptr(GPtrArray) notes = note_texts (a);
          const char * const *tags = qm_annotation_get_tags (a);

          g_assert_nonnull (item);
          g_assert_cmpstr (json_object_get_string_member (item, "motivation"), ==,
                           QM_IS_QUOTE (a) ? "identifying" : "highlighting");
          quote_sel = find_selector (item, "TextQuoteSelector");
          g_assert_nonnull (quote_sel);
          g_assert_cmpstr (json_object_get_string_member (quote_sel, "exact"), ==, exact (a));
          pos_sel = find_selector (item, "TextPositionSelector");
          if (is_orphan (a))
            g_assert_null (pos_sel);
          else
            {
              gint64 start = json_object_get_int_member (pos_sel, "start");
              gint64 end = json_object_get_int_member (pos_sel, "end");
              g_autofree char *words = slice (export_fixture_text, start, end);
              g_autofree char *prefix = NULL;

              g_assert_cmpint (start, ==, qm_annotation_get_start (a));
              g_assert_cmpint (end, ==, qm_annotation_get_end (a));
              /* code points: the selector's span of the text is the exact text */
              g_assert_cmpstr (words, ==, json_object_get_string_member (quote_sel, "exact"));
              if (json_object_has_member (quote_sel, "prefix"))
                {
                  const char *p = json_object_get_string_member (quote_sel, "prefix");

                  prefix = slice (export_fixture_text, start - g_utf8_strlen (p, -1), start);
                  g_assert_cmpstr (prefix, ==, p);
                }
            }

          tagging = bodies (item, "tagging");
          g_assert_cmpuint (tagging->len, ==, g_strv_length ((char **)tags));
          for (guint t = 0; tags[t] != NULL; t++)
            g_assert_cmpstr (g_ptr_array_index (tagging, t), ==,
                             qm_tag_category_get_label (qm_annotation_set_lookup_tag (f->set, tags[t])));
          commenting = bodies (item, "commenting");
          g_assert_cmpuint (commenting->len, ==, notes->len);
          for (guint n = 0; n < notes->len; n++)
            g_assert_cmpstr (g_ptr_array_index (commenting, n), ==, g_ptr_array_index (notes, n));
          identifying = bodies (item, "identifying");
          if (QM_IS_QUOTE (a))
            {
              QmPerson *speaker = speaker_of (f, QM_QUOTE (a));

              g_assert_cmpstr (json_object_get_string_member (item, "qm:kind"), ==,
                               qm_quote_kind_to_string (qm_quote_get_kind (QM_QUOTE (a))));
              g_assert_cmpuint (identifying->len, ==, speaker != NULL ? 1 : 0);
              if (speaker != NULL)
                g_assert_cmpstr (g_ptr_array_index (identifying, 0), ==, qm_person_get_name (speaker));
            }
        }
    }
}

/* ── brat ── */

typedef struct
{
  char  *type;
  char  *text;
  GArray *spans;    /* pairs of gsize */
} BratT;

static void
brat_t_free (gpointer data)
{
  BratT *t = data;

  g_free (t->type);
  g_free (t->text);
  g_array_unref (t->spans);
  g_free (t);
}

static void
test_brat (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GHashTable) files = qm_export_to_files (f->set, QM_EXPORT_FORMAT_BRAT, QM_EXPORT_FLAGS_NONE,
                                                    "story", &error);
  g_autoptr(GHashTable) ts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, brat_t_free);
  g_autoptr(GPtrArray) quote_ts = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) attrs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) said = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) notes_of = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_auto(GStrv) lines = NULL;
  GBytes *ann, *txt;
  g_autofree char *ann_str = NULL;
  const char *txt_data;
  guint q = 0;

  g_assert_no_error (error);
  g_assert_cmpuint (g_hash_table_size (files), ==, 2);
  ann = g_hash_table_lookup (files, "story.ann");
  txt = g_hash_table_lookup (files, "story.txt");
  g_assert_nonnull (ann);
  g_assert_nonnull (txt);
  g_assert_cmpmem (g_bytes_get_data (txt, NULL), g_bytes_get_size (txt),
                   export_fixture_text, strlen (export_fixture_text));
  txt_data = export_fixture_text;

  ann_str = g_strndup (g_bytes_get_data (ann, NULL), g_bytes_get_size (ann));
  g_assert_true (g_str_has_suffix (ann_str, "\n"));
  lines = g_strsplit (ann_str, "\n", -1);
  for (guint i = 0; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_auto(GStrv) cols = g_strsplit (lines[i], "\t", -1);
      char kind = lines[i][0];

      if (kind == 'T')
        {
          g_auto(GStrv) frags = NULL;
          BratT *t = g_new0 (BratT, 1);
          GString *joined = g_string_new (NULL);
          const char *first_space;

          g_assert_cmpuint (g_strv_length (cols), ==, 3);
          first_space = strchr (cols[1], ' ');
          t->type = g_strndup (cols[1], first_space - cols[1]);
          t->text = g_strdup (cols[2]);
          t->spans = g_array_new (FALSE, FALSE, sizeof (gsize));
          frags = g_strsplit (first_space + 1, ";", -1);
          for (guint j = 0; frags[j] != NULL; j++)
            {
              g_auto(GStrv) se = g_strsplit (frags[j], " ", -1);
              gsize s = g_ascii_strtoull (se[0], NULL, 10), e = g_ascii_strtoull (se[1], NULL, 10);
              g_autofree char *words = slice (txt_data, s, e);

              g_assert_cmpuint (g_strv_length (se), ==, 2);
              g_assert_cmpuint (e, >, s);
              g_assert_null (strchr (words, '\n'));
              g_array_append_val (t->spans, s);
              g_array_append_val (t->spans, e);
              if (j > 0)
                g_string_append_c (joined, ' ');
              g_string_append (joined, words);
            }
          /* each fragment, cut from the .txt by code points, gives the text */
          {
            g_autofree char *got = g_string_free (joined, FALSE);
            g_autofree char *want = g_strdelimit (g_strdup (t->text), "\t", ' ');

            g_assert_cmpstr (g_strdelimit (got, "\t", ' '), ==, want);
          }
          if (g_str_equal (t->type, "Quote"))
            g_ptr_array_add (quote_ts, g_strdup (cols[0]));
          g_hash_table_insert (ts, g_strdup (cols[0]), t);
        }
      else if (kind == 'A')
        {
          g_auto(GStrv) parts = g_strsplit (cols[1], " ", -1);

          g_assert_cmpuint (g_strv_length (parts), ==, 3);
          g_assert_nonnull (g_hash_table_lookup (ts, parts[1]));
          g_hash_table_insert (attrs, g_strdup_printf ("%s %s", parts[1], parts[0]), g_strdup (parts[2]));
        }
      else if (kind == 'R')
        {
          g_auto(GStrv) parts = g_strsplit (cols[1], " ", -1);

          g_assert_cmpuint (g_strv_length (parts), ==, 3);
          g_assert_true (g_str_has_prefix (parts[1], "Arg1:"));
          g_assert_true (g_str_has_prefix (parts[2], "Arg2:"));
          g_assert_nonnull (g_hash_table_lookup (ts, parts[1] + 5));
          g_assert_nonnull (g_hash_table_lookup (ts, parts[2] + 5));
          if (g_str_equal (parts[0], "Said"))
            g_hash_table_insert (said, g_strdup (parts[2] + 5), g_strdup (parts[1] + 5));
        }
      else if (kind == '#')
        {
          g_auto(GStrv) parts = g_strsplit (cols[1], " ", -1);
          char *old;

          g_assert_cmpstr (parts[0], ==, "AnnotatorNotes");
          g_assert_nonnull (g_hash_table_lookup (ts, parts[1]));
          old = g_hash_table_lookup (notes_of, parts[1]);
          g_hash_table_insert (notes_of, g_strdup (parts[1]),
                               old ? g_strconcat (old, "|", cols[2], NULL) : g_strdup (cols[2]));
        }
      else
        g_error ("unexpected line %s", lines[i]);
    }

  for (guint i = 0; i < f->quotes->len; i++)
    {
      QmQuote *quote = g_ptr_array_index (f->quotes, i);
      QmAnnotation *a = QM_ANNOTATION (quote);
      const char *tid;
      BratT *t;
      QmTarget *mention = qm_quote_get_speaker_mention (quote);
      g_autofree char *kind_key = NULL;
      g_autofree char *ver_key = NULL;
      g_autofree char *verification = labels (f, quote, "verification", "");
      g_autoptr(GPtrArray) notes = note_texts (quote);

      if (is_orphan (quote))
        continue;
      g_assert_cmpuint (q, <, quote_ts->len);
      tid = g_ptr_array_index (quote_ts, q++);
      t = g_hash_table_lookup (ts, tid);
      g_assert_cmpuint (g_array_index (t->spans, gsize, 0), ==, qm_annotation_get_start (a));
      g_assert_cmpuint (g_array_index (t->spans, gsize, t->spans->len - 1), ==, qm_annotation_get_end (a));

      kind_key = g_strdup_printf ("%s Kind", tid);
      g_assert_cmpstr (g_hash_table_lookup (attrs, kind_key), ==, qm_quote_kind_to_string (qm_quote_get_kind (quote)));
      ver_key = g_strdup_printf ("%s Verification", tid);
      g_assert_cmpstr (g_hash_table_lookup (attrs, ver_key), ==, *verification ? verification : NULL);

      if (mention != NULL)
        {
          const char *sid = g_hash_table_lookup (said, tid);
          BratT *st;

          g_assert_nonnull (sid);
          st = g_hash_table_lookup (ts, sid);
          g_assert_cmpstr (st->type, ==, "Speaker");
          g_assert_cmpuint (g_array_index (st->spans, gsize, 0), ==, qm_target_get_start (mention));
          g_assert_cmpstr (g_hash_table_lookup (notes_of, sid), ==, qm_person_get_name (speaker_of (f, quote)));
        }
      if (notes->len > 0)
        {
          g_autoptr(GString) want = g_string_new (NULL);

          for (guint n = 0; n < notes->len; n++)
            {
              g_autofree char *one = g_strdup (g_ptr_array_index (notes, n));

              g_strdelimit (one, "\n\t\r", ' ');
              g_string_append_printf (want, "%s%s", n ? "|" : "", one);
            }
          g_assert_cmpstr (g_hash_table_lookup (notes_of, tid), ==, want->str);
        }
    }
  g_assert_cmpuint (q, ==, quote_ts->len);
}

/* ── Report ── */

static void
test_report (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GBytes) bytes = export (f, QM_EXPORT_FORMAT_REPORT, QM_EXPORT_FLAGS_NONE);
  gsize len;
  const char *html = g_bytes_get_data (bytes, &len);
  htmlDocPtr doc = htmlReadMemory (html, len, "report.html", "UTF-8",
                                   HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  xmlXPathContextPtr ctx;
  g_autoptr(GHashTable) per_speaker = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter iter;
  gpointer key, value;

  g_assert_nonnull (doc);
  ctx = xmlXPathNewContext (doc);

  /* Self-contained and printable */
  g_assert_cmpuint (xpath_count (ctx, "//script | //link | //*[@src]"), ==, 0);
  g_assert_nonnull (strstr (html, "@media print"));

  for (guint i = 0; i < f->quotes->len; i++)
    {
      QmQuote *q = g_ptr_array_index (f->quotes, i);
      QmPerson *speaker = speaker_of (f, q);
      const char *name = speaker ? qm_person_get_name (speaker) : "Unattributed";
      g_autofree char *block = xpath_string (ctx, "//div[@id='q-%s']/blockquote",
                                             qm_annotation_get_id (QM_ANNOTATION (q)));
      g_autofree char *section = xpath_string (ctx, "//div[@id='q-%s']/ancestor::section[@class='speaker']/h3",
                                               qm_annotation_get_id (QM_ANNOTATION (q)));
      g_autoptr(GPtrArray) notes = note_texts (q);
      const char * const *tags = qm_annotation_get_tags (QM_ANNOTATION (q));

      /* quotes by speaker, each in its words */
      g_assert_cmpstr (block, ==, exact (q));
      g_assert_cmpstr (section, ==, name);
      g_hash_table_insert (per_speaker, (gpointer)name,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (per_speaker, name)) + 1));
      /* with tags and notes */
      g_assert_cmpuint (xpath_count (ctx, "//div[@id='q-%s']//span[@class='tag']",
                                     qm_annotation_get_id (QM_ANNOTATION (q))), ==, g_strv_length ((char **)tags));
      for (guint n = 0; n < notes->len; n++)
        {
          g_autofree char *t = xpath_string (ctx, "(//div[@id='q-%s']/p[@class='note'])[%u]",
                                             qm_annotation_get_id (QM_ANNOTATION (q)), n + 1);
          g_assert_cmpstr (t, ==, g_ptr_array_index (notes, n));
        }
    }

  /* summary table: quotes per speaker with a bar each */
  g_hash_table_iter_init (&iter, per_speaker);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      g_autofree char *n = xpath_string (ctx, "//table[caption='Quotes per speaker']//tr[td[1]='%s']/td[@class='n']",
                                         (char *)key);

      g_assert_cmpuint (g_ascii_strtoull (n, NULL, 10), ==, GPOINTER_TO_UINT (value));
      g_assert_cmpuint (xpath_count (ctx, "//table[caption='Quotes per speaker']//tr[td[1]='%s']/td[@class='bar']/span",
                                     (char *)key), ==, 1);
    }
  g_assert_cmpuint (xpath_count (ctx, "//table[caption='Quotes per speaker']/tbody/tr"), ==,
                    g_hash_table_size (per_speaker));
  {
    g_autofree char *misleading = xpath_string (ctx, "//table[caption='Quotes per verification status']"
                                                     "//tr[td[1]='Misleading']/td[@class='n']");
    g_autofree char *unchecked = xpath_string (ctx, "//table[caption='Quotes per verification status']"
                                                    "//tr[td[1]='Not checked']/td[@class='n']");
    g_autofree char *opinion = xpath_string (ctx, "//table[caption='Quotes per tag']//tr[td[1]='Opinion']/td[@class='n']");
    guint n_unchecked = 0;

    for (guint i = 0; i < f->quotes->len; i++)
      {
        g_autofree char *v = labels (f, g_ptr_array_index (f->quotes, i), "verification", "");

        n_unchecked += *v == '\0';
      }
    g_assert_cmpstr (misleading, ==, "1");
    g_assert_cmpuint (g_ascii_strtoull (unchecked, NULL, 10), ==, n_unchecked);
    g_assert_cmpstr (opinion, ==, "1");
  }

  /* the article with highlights */
  {
    g_autofree char *article = xpath_string (ctx, "//section[@id='article']");
    g_autofree char *got = strip_space (article);
    g_autofree char *want = NULL;
    g_autofree char *marked = NULL;
    g_autoptr(GString) all_marks = g_string_new (NULL);
    xmlXPathObjectPtr marks = xpath (ctx, "//section[@id='article']//mark");

    want = strip_space (export_fixture_text);
    g_assert_true (g_str_has_suffix (got, want));
    for (int i = 0; i < marks->nodesetval->nodeNr; i++)
      {
        xmlChar *c = xmlNodeGetContent (marks->nodesetval->nodeTab[i]);
        g_string_append (all_marks, (char *)c);
        xmlFree (c);
      }
    xmlXPathFreeObject (marks);
    marked = strip_space (all_marks->str);
    for (guint i = 0; i < f->highlights->len; i++)
      {
        g_autofree char *h = strip_space (exact (g_ptr_array_index (f->highlights, i)));
        g_assert_nonnull (strstr (marked, h));
      }
  }

  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);
}

typedef struct
{
  GString *text;
  guint    highlights;
} MarkupSeen;

static void
markup_text_cb (GMarkupParseContext  *context,
                const char           *text,
                gsize                 len,
                gpointer              user_data,
                GError              **error)
{
  MarkupSeen *seen = user_data;

  g_string_append_len (seen->text, text, len);
}

static void
markup_start_cb (GMarkupParseContext  *context,
                 const char           *element,
                 const char          **names,
                 const char          **values,
                 gpointer              user_data,
                 GError              **error)
{
  MarkupSeen *seen = user_data;

  for (guint i = 0; names[i] != NULL; i++)
    if (g_str_equal (element, "span") && g_str_equal (names[i], "background"))
      seen->highlights++;
}

/* A quotation interrupted by its attribution is shown in the report
 * without the attribution, in the HTML and in the printed markup.
 */
static void
test_report_interrupted (Fixture       *f,
                         gconstpointer  data)
{
  static const char article[] = "“We listen now,” Anna Berg replied. “The money is in the budget.”\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = qm_text_new (article, -1, &error);
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new (text);
  g_autoptr(QmPerson) berg = qm_person_new ("Anna Berg");
  Fixture one = { .set = set };
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *markup = NULL;
  const char *html;
  gsize len;
  QmQuote *q;
  htmlDocPtr doc;
  xmlXPathContextPtr ctx;

  g_assert_true (qm_annotation_set_add_person (set, berg, &error));
  q = qm_annotation_set_create_quote (set, QM_QUOTE_KIND_DIRECT, 1, 64, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (exact (q), ==, "We listen now,” Anna Berg replied. “The money is in the budget.");
  g_assert_true (qm_annotation_set_set_quote_speaker (set, q, berg, &error));
  qm_annotation_set_set_quote_speaker_mention (set, q, 17, 26, &error);
  qm_annotation_set_set_quote_cue (set, q, 27, 34, &error);
  g_assert_no_error (error);

  bytes = export (&one, QM_EXPORT_FORMAT_REPORT, QM_EXPORT_FLAGS_NONE);
  html = g_bytes_get_data (bytes, &len);
  doc = htmlReadMemory (html, len, "report.html", "UTF-8", HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  ctx = xmlXPathNewContext (doc);
  {
    g_autofree char *block = xpath_string (ctx, "//div[@id='q-%s']/blockquote", qm_annotation_get_id (QM_ANNOTATION (q)));

    g_assert_cmpstr (block, ==, "We listen now, … The money is in the budget.");
  }
  xmlXPathFreeContext (ctx);
  xmlFreeDoc (doc);

  markup = qm_export_report_markup (set, QM_EXPORT_FLAGS_NONE);
  g_assert_nonnull (strstr (markup, "“We listen now, … The money is in the budget.”"));
}

/* The printed report: Pango markup holding the quotes, and the article with
 * its highlights */
static void
test_report_markup (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *markup = qm_export_report_markup (f->set, QM_EXPORT_FLAGS_NONE);
  g_autofree char *wrapped = g_strconcat ("<markup>", markup, "</markup>", NULL);
  g_autoptr(GMarkupParseContext) pctx = NULL;
  g_autoptr(GError) error = NULL;
  static const GMarkupParser parser = { markup_start_cb, NULL, markup_text_cb, NULL, NULL };
  MarkupSeen seen = { g_string_new (NULL), 0 };
  g_autofree char *all = NULL;
  g_autofree char *article = strip_space (export_fixture_text);

  /* well-formed, so Pango will take it */
  pctx = g_markup_parse_context_new (&parser, 0, &seen, NULL);
  g_markup_parse_context_parse (pctx, wrapped, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (pctx, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < f->quotes->len; i++)
    {
      g_autofree char *escaped = g_markup_escape_text (exact (g_ptr_array_index (f->quotes, i)), -1);
      g_assert_nonnull (strstr (markup, escaped));
    }

  /* the article closes the report, whole, with its highlights marked (the
   * one over a paragraph break in two runs at least) */
  all = strip_space (seen.text->str);
  g_assert_true (g_str_has_suffix (all, article));
  g_assert_cmpuint (seen.highlights, >, f->highlights->len);
  g_string_free (seen.text, TRUE);
}

/* ── Common ground ── */

static void
test_formats (void)
{
  g_autofree char *ids = qm_export_format_list_ids (",");
  g_auto(GStrv) list = g_strsplit (ids, ",", -1);

  g_assert_cmpuint (g_strv_length (list), ==, QM_EXPORT_N_FORMATS);
  for (guint i = 0; i < QM_EXPORT_N_FORMATS; i++)
    {
      const QmExportFormatInfo *info = qm_export_format_get_info (i);

      g_assert_cmpint (info->format, ==, i);
      g_assert_true (qm_export_format_lookup (info->id) == info);
      g_assert_true (qm_export_format_lookup (list[i]) == info);
      g_assert_nonnull (info->label);
      g_assert_nonnull (info->extension);
      g_assert_nonnull (strchr (info->mime_type, '/'));
    }
  g_assert_null (qm_export_format_lookup ("docx"));
}

static void
test_flags (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GBytes) all = export (f, QM_EXPORT_FORMAT_W3C, QM_EXPORT_FLAGS_NONE);
  g_autoptr(GBytes) some = export (f, QM_EXPORT_FORMAT_W3C,
                                   QM_EXPORT_FLAGS_SKIP_REJECTED | QM_EXPORT_FLAGS_SKIP_ORPHANS);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  guint rejected = 0;

  for (guint i = 0; i < f->quotes->len; i++)
    rejected += qm_quote_get_review (g_ptr_array_index (f->quotes, i)) == QM_REVIEW_REJECTED;
  g_assert_cmpuint (rejected, ==, 1);

  json_parser_load_from_data (parser, g_bytes_get_data (all, NULL), g_bytes_get_size (all), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "total"), ==, f->quotes->len + f->highlights->len);

  json_parser_load_from_data (parser, g_bytes_get_data (some, NULL), g_bytes_get_size (some), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpint (json_object_get_int_member (root, "total"), ==,
                   f->quotes->len + f->highlights->len - rejected - 1);
}

static void
test_to_file (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qm-export-XXXXXX", &error);
  g_autofree char *src_path = g_build_filename (dir, "story.txt", NULL);
  g_autofree char *ann_path = g_build_filename (dir, "story.ann", NULL);
  g_autofree char *other_path = g_build_filename (dir, "out.ann", NULL);
  g_autofree char *other_txt = g_build_filename (dir, "out.txt", NULL);
  g_autoptr(GFile) src = g_file_new_for_path (src_path);
  g_autoptr(GFile) ann = g_file_new_for_path (ann_path);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  g_autofree char *contents = NULL;

  g_assert_no_error (error);
  g_file_set_contents (src_path, "original", -1, &error);
  g_assert_no_error (error);

  /* brat's .txt next to story.ann would be the article: refused, nothing written */
  g_assert_false (qm_export_to_file (f->set, QM_EXPORT_FORMAT_BRAT, 0, ann, src, NULL, &error));
  g_assert_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_SOURCE_CLASH);
  g_clear_error (&error);
  g_assert_false (g_file_test (ann_path, G_FILE_TEST_EXISTS));
  g_file_get_contents (src_path, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, "original");
  g_clear_pointer (&contents, g_free);

  /* nor may any format write over the article itself */
  g_assert_false (qm_export_to_file (f->set, QM_EXPORT_FORMAT_CSV, 0, src, src, NULL, &error));
  g_assert_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_SOURCE_CLASH);
  g_clear_error (&error);

  g_assert_true (qm_export_to_file (f->set, QM_EXPORT_FORMAT_BRAT, 0, other, src, NULL, &error));
  g_assert_no_error (error);
  g_file_get_contents (other_txt, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, export_fixture_text);

  g_unlink (other_path);
  g_unlink (other_txt);
  g_unlink (src_path);
  g_rmdir (dir);
}

static void
async_done_cb (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  *(GAsyncResult **)user_data = g_object_ref (result);
}

static gboolean
save_async (Fixture         *f,
            QmExportFormat   format,
            GFile           *file,
            GFile           *source,
            GError         **error)
{
  g_autoptr(GAsyncResult) result = NULL;

  qm_export_to_file_async (f->set, format, 0, file, source, NULL, async_done_cb, &result);
  while (result == NULL)
    g_main_context_iteration (NULL, TRUE);
  return qm_export_to_file_finish (f->set, result, error);
}

static void
test_to_file_async (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("qm-export-XXXXXX", &error);
  g_autofree char *src_path = g_build_filename (dir, "story.txt", NULL);
  g_autofree char *ann_path = g_build_filename (dir, "story.ann", NULL);
  g_autofree char *out_path = g_build_filename (dir, "out.ann", NULL);
  g_autofree char *out_txt = g_build_filename (dir, "out.txt", NULL);
  g_autoptr(GFile) src = g_file_new_for_path (src_path);
  g_autoptr(GFile) ann = g_file_new_for_path (ann_path);
  g_autoptr(GFile) out = g_file_new_for_path (out_path);
  g_autoptr(GBytes) expected = export (f, QM_EXPORT_FORMAT_BRAT, 0);
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_no_error (error);
  g_file_set_contents (src_path, "original", -1, &error);
  g_assert_no_error (error);

  g_assert_false (save_async (f, QM_EXPORT_FORMAT_BRAT, ann, src, &error));
  g_assert_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_SOURCE_CLASH);
  g_clear_error (&error);
  g_assert_false (g_file_test (ann_path, G_FILE_TEST_EXISTS));

  g_assert_true (save_async (f, QM_EXPORT_FORMAT_BRAT, out, src, &error));
  g_assert_no_error (error);
  g_file_get_contents (out_path, &contents, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (contents, len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
  g_clear_pointer (&contents, g_free);
  g_file_get_contents (out_txt, &contents, NULL, &error);
  g_assert_cmpstr (contents, ==, export_fixture_text);

  g_unlink (out_path);
  g_unlink (out_txt);
  g_unlink (src_path);
  g_rmdir (dir);
}

static void
test_preview (Fixture       *f,
              gconstpointer  data)
{
  for (guint i = 0; i < QM_EXPORT_N_FORMATS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *full = qm_export_preview (f->set, i, 0, 0, &error);
      g_autofree char *brief = qm_export_preview (f->set, i, 0, 100, &error);

      g_assert_no_error (error);
      g_assert_true (g_utf8_validate (full, -1, NULL));
      g_assert_true (g_utf8_validate (brief, -1, NULL));
      g_assert_cmpuint (g_utf8_strlen (brief, -1), <, 300);
      g_assert_cmpuint (strlen (full), >, strlen (brief));
      if (i == QM_EXPORT_FORMAT_QDPX)
        g_assert_nonnull (strstr (full, "project.qde"));
      else if (i == QM_EXPORT_FORMAT_W3C)
        {
          /* laid out for reading, the same JSON */
          g_autoptr(GBytes) bytes = export (f, i, 0);
          g_autoptr(JsonParser) a = json_parser_new ();
          g_autoptr(JsonParser) b = json_parser_new ();

          json_parser_load_from_data (a, full, -1, &error);
          g_assert_no_error (error);
          json_parser_load_from_data (b, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
          g_assert_no_error (error);
          g_assert_true (json_node_equal (json_parser_get_root (a), json_parser_get_root (b)));
          g_assert_cmpuint (strlen (full), >, g_bytes_get_size (bytes));
        }
      else
        {
          g_autoptr(GBytes) bytes = export (f, i, 0);
          g_assert_cmpmem (full, strlen (full), g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
        }
    }
}

/* A set with nothing in it still gives well-formed files */
static void
test_empty (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = qm_text_new ("Nobody said anything.\n", -1, &error);
  g_autoptr(QmAnnotationSet) set = qm_annotation_set_new (text);

  for (guint i = 0; i < QM_EXPORT_N_FORMATS; i++)
    {
      g_autoptr(GBytes) bytes = qm_export_to_bytes (set, i, 0, &error);

      g_assert_no_error (error);
      g_assert_nonnull (bytes);
      if (i == QM_EXPORT_FORMAT_TEI)
        xmlFreeDoc (parse_xml (bytes));
      else if (i == QM_EXPORT_FORMAT_QDPX)
        {
          g_autoptr(GHashTable) entries = read_zip (bytes);
          xmlDocPtr doc = parse_xml (g_hash_table_lookup (entries, "project.qde"));

          validate_qde (doc);
          xmlFreeDoc (doc);
        }
      else if (i == QM_EXPORT_FORMAT_W3C)
        {
          g_autoptr(JsonParser) parser = json_parser_new ();
          JsonObject *root;

          json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
          g_assert_no_error (error);
          root = json_node_get_object (json_parser_get_root (parser));
          g_assert_cmpuint (json_array_get_length (json_object_get_array_member (
                              json_object_get_object_member (root, "first"), "items")), ==, 0);
        }
      else if (i == QM_EXPORT_FORMAT_BRAT)
        g_assert_cmpuint (g_bytes_get_size (bytes), ==, 0);
      else if (i == QM_EXPORT_FORMAT_CSV)
        {
          /* the header alone */
          gsize len;
          const char *csv = g_bytes_get_data (bytes, &len);
          guint lines = 0;

          for (gsize k = 0; k < len; k++)
            lines += csv[k] == '\n';
          g_assert_cmpuint (lines, ==, 1);
          g_assert_true (len > 2 && csv[len - 2] == '\r' && csv[len - 1] == '\n');
        }
    }
  g_assert_finalize_object (g_steal_pointer (&set));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotemark/export/formats", test_formats);
  g_test_add_func ("/quotemark/export/empty", test_empty);
#define ADD(path, fn) g_test_add ("/quotemark/export/" path, Fixture, NULL, fixture_setup, fn, fixture_teardown)
  ADD ("csv", test_csv);
  ADD ("csv-libreoffice", test_csv_libreoffice);
  ADD ("qdpx", test_qdpx);
  ADD ("tei", test_tei);
  ADD ("w3c", test_w3c);
  ADD ("brat", test_brat);
  ADD ("report", test_report);
  ADD ("report-markup", test_report_markup);
  ADD ("report-interrupted", test_report_interrupted);
  ADD ("flags", test_flags);
  ADD ("to-file", test_to_file);
  ADD ("to-file-async", test_to_file_async);
  ADD ("preview", test_preview);
#undef ADD

  return g_test_run ();
}

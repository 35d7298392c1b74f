/* qm-cli-extract.c
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

/* quotemark-cli extract: quotations and people of articles, as JSON lines
 * or XML; with "-" a filter from JSON lines {"id","text"} to JSON lines, for
 * batch runs over many articles (GNU parallel, streaming jobs).
 */

#define G_LOG_DOMAIN "quotemark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-glib/json-glib.h>
#include <libxml/xmlwriter.h>

#include "qm-analyzer.h"
#include "qm-cli.h"
#include "qm-source.h"

/* The name of @q's speaker, or %NULL; a slice of @text is made into
 * @owned, a person's name is not copied. */
static const char *
speaker_name (QmAnalysis          *analysis,
              QmText              *text,
              const QmFoundQuote  *q,
              char               **owned)
{
  *owned = NULL;
  if (q->person >= 0 && (guint)q->person < analysis->people->len)
    return ((QmFoundPerson *)g_ptr_array_index (analysis->people, q->person))->name;
  if (q->speaker.start >= 0)
    return *owned = qm_text_dup_slice (text, q->speaker.start, q->speaker.end);
  return NULL;
}

/* json_node_set_string(), which copies @value, only when it changes: a
 * quotation's kind and its speaker's name are often the last one's. */
static void
set_string (JsonNode   *node,
            const char *value)
{
  if (g_strcmp0 (json_node_get_string (node), value) != 0)
    json_node_set_string (node, value);
}

/* Writes what @out holds to standard output, and empties it. */
static void
flush_out (GString *out)
{
  fwrite (out->str, 1, out->len, stdout);
  g_string_truncate (out, 0);
}

/* Appends the JSON of @gen's root to @out, which goes to standard output
 * every 64 KiB: one buffer for all the records of an article, where
 * json_generator_to_data() made (and grew, and freed) a string for each. */
static void
write_generated (JsonGenerator *gen,
                 GString       *out)
{
  json_generator_to_gstring (gen, out);
  if (out->len >= 65536)
    flush_out (out);
}

/* A member of @obj whose node is refilled for each record. */
static JsonNode *
add_member (JsonObject *obj,
            const char *name,
            JsonNode   *node)
{
  json_object_set_member (obj, name, node);
  return node;
}

static JsonNode *
add_object_node (JsonObject **obj)
{
  *obj = json_object_new ();
  return json_node_init_object (json_node_alloc (), *obj);
}

/* The record of a quotation, {"start", "end", "kind", "confidence",
 * "speaker": {"name", "start", "end"} | null, "cue": {"start", "end"} |
 * null}: JSON objects made once, each written by its own generator, whose
 * members' values are set for each quotation. The filter writes one for
 * every quotation of millions of articles, and a JSON tree made and freed
 * for each cost as much as finding the quotations. A member that is an
 * object or null makes six shapes of the record (no speaker, a speaker
 * without a mention in the text, or one with it; no cue or one), so that
 * no member is replaced for a quotation (json-glib keeps a node's type). */
typedef struct
{
  JsonGenerator *gen;
  JsonNode      *start, *end, *kind, *confidence;
  JsonNode      *name, *speaker_start, *speaker_end;   /* NULL in the shapes without them */
  JsonNode      *cue_start, *cue_end;
} QuoteShape;

enum
{
  SPEAKER_NONE,
  SPEAKER_UNPLACED,
  SPEAKER_PLACED,
};

typedef struct
{
  QuoteShape shapes[6];   /* by speaker (SPEAKER_…) * 2 + (cue != null) */
} QuoteRecord;

static void
quote_shape_init (QuoteShape *shape,
                  int         speaker,
                  gboolean    cue)
{
  JsonObject *quote;
  g_autoptr(JsonNode) root = add_object_node (&quote);

  shape->start = add_member (quote, "start", json_node_init_int (json_node_alloc (), 0));
  shape->end = add_member (quote, "end", json_node_init_int (json_node_alloc (), 0));
  shape->kind = add_member (quote, "kind", json_node_init_string (json_node_alloc (), ""));
  shape->confidence = add_member (quote, "confidence", json_node_init_double (json_node_alloc (), 0));
  if (speaker == SPEAKER_NONE)
    json_object_set_null_member (quote, "speaker");
  else
    {
      JsonObject *who;

      json_object_set_member (quote, "speaker", add_object_node (&who));
      shape->name = add_member (who, "name", json_node_init_string (json_node_alloc (), ""));
      if (speaker == SPEAKER_PLACED)
        {
          shape->speaker_start = add_member (who, "start", json_node_init_int (json_node_alloc (), 0));
          shape->speaker_end = add_member (who, "end", json_node_init_int (json_node_alloc (), 0));
        }
      else
        {
          /* a speaker named without a mention in the text */
          json_object_set_null_member (who, "start");
          json_object_set_null_member (who, "end");
        }
    }
  if (cue)
    {
      JsonObject *span;

      json_object_set_member (quote, "cue", add_object_node (&span));
      shape->cue_start = add_member (span, "start", json_node_init_int (json_node_alloc (), 0));
      shape->cue_end = add_member (span, "end", json_node_init_int (json_node_alloc (), 0));
    }
  else
    json_object_set_null_member (quote, "cue");

  /* the generator holds the record, and writes its members as they are */
  shape->gen = json_generator_new ();
  json_generator_set_root (shape->gen, root);
}

static void
quote_record_init (QuoteRecord *rec)
{
  for (guint k = 0; k < G_N_ELEMENTS (rec->shapes); k++)
    quote_shape_init (&rec->shapes[k], k / 2, (k & 1) != 0);
}

static void
quote_record_clear (QuoteRecord *rec)
{
  for (guint k = 0; k < G_N_ELEMENTS (rec->shapes); k++)
    g_clear_object (&rec->shapes[k].gen);
}

static void
write_quote (QuoteRecord        *rec,
             GString            *out,
             QmAnalysis         *analysis,
             QmText             *text,
             const QmFoundQuote *q)
{
  g_autofree char *owned = NULL;
  const char *name = speaker_name (analysis, text, q, &owned);
  int speaker = name == NULL ? SPEAKER_NONE : q->speaker.start < 0 ? SPEAKER_UNPLACED : SPEAKER_PLACED;
  QuoteShape *shape = &rec->shapes[speaker * 2 + (q->cue.start >= 0 ? 1 : 0)];

  json_node_set_int (shape->start, q->span.start);
  json_node_set_int (shape->end, q->span.end);
  set_string (shape->kind, qm_quote_kind_to_string (q->kind));
  json_node_set_double (shape->confidence, (double)(int)(q->confidence * 100 + 0.5) / 100.0);
  if (speaker != SPEAKER_NONE)
    set_string (shape->name, name);
  if (speaker == SPEAKER_PLACED)
    {
      json_node_set_int (shape->speaker_start, q->speaker.start);
      json_node_set_int (shape->speaker_end, q->speaker.end);
    }
  if (q->cue.start >= 0)
    {
      json_node_set_int (shape->cue_start, q->cue.start);
      json_node_set_int (shape->cue_end, q->cue.end);
    }

  write_generated (shape->gen, out);
}

/* The record of a person, {"id", "name", "aliases", "role"?,
 * "organisation"?}, made once like a quotation's; the members a person
 * lacks are left out. One record for each of the four sets of members
 * (with or without a role, with or without "organisation"), each with
 * its own generator: no member is added or removed for a person. */
typedef struct
{
  JsonGenerator *gen;
  JsonNode      *id, *name, *role;
  JsonArray     *aliases;
} PersonShape;

typedef struct
{
  PersonShape shapes[4];   /* by (role != NULL) | organisation << 1 */
} PersonRecord;

static void
person_shape_init (PersonShape *shape,
                   gboolean     role,
                   gboolean     organisation)
{
  JsonObject *person;
  g_autoptr(JsonNode) root = add_object_node (&person);

  shape->id = add_member (person, "id", json_node_init_int (json_node_alloc (), 0));
  shape->name = add_member (person, "name", json_node_init_string (json_node_alloc (), ""));
  shape->aliases = json_array_new ();
  json_object_set_array_member (person, "aliases", json_array_ref (shape->aliases));
  shape->role = role ? add_member (person, "role", json_node_init_string (json_node_alloc (), "")) : NULL;
  if (organisation)
    json_object_set_boolean_member (person, "organisation", TRUE);
  shape->gen = json_generator_new ();
  json_generator_set_root (shape->gen, root);
}

static void
person_record_init (PersonRecord *rec)
{
  for (guint k = 0; k < G_N_ELEMENTS (rec->shapes); k++)
    person_shape_init (&rec->shapes[k], (k & 1) != 0, (k & 2) != 0);
}

static void
person_record_clear (PersonRecord *rec)
{
  for (guint k = 0; k < G_N_ELEMENTS (rec->shapes); k++)
    {
      g_clear_object (&rec->shapes[k].gen);
      g_clear_pointer (&rec->shapes[k].aliases, json_array_unref);
    }
}

/* The keys of an article's record, each a generator of its JSON string
 * made once. */
static const char *const record_keys[] = { "id", "language", "quotes", "people" };

enum
{
  KEY_ID,
  KEY_LANGUAGE,
  KEY_QUOTES,
  KEY_PEOPLE,
};

/* The records the JSON lines are written with, and the buffer they are
 * written to. */
typedef struct
{
  QuoteRecord    quote;
  PersonRecord   people;
  GString       *out;
  JsonGenerator *keys[G_N_ELEMENTS (record_keys)];
  JsonGenerator *language;        /* of language_code, set when it changes */
  char          *language_code;
} Records;

static void
records_init (Records *rec)
{
  quote_record_init (&rec->quote);
  person_record_init (&rec->people);
  rec->out = g_string_sized_new (65536 + 4096);
  for (guint k = 0; k < G_N_ELEMENTS (record_keys); k++)
    {
      g_autoptr(JsonNode) node = json_node_init_string (json_node_alloc (), record_keys[k]);

      rec->keys[k] = json_generator_new ();
      json_generator_set_root (rec->keys[k], node);
    }
  rec->language = json_generator_new ();
}

static void
records_clear (Records *rec)
{
  quote_record_clear (&rec->quote);
  person_record_clear (&rec->people);
  if (rec->out != NULL)
    g_string_free (g_steal_pointer (&rec->out), TRUE);
  for (guint k = 0; k < G_N_ELEMENTS (record_keys); k++)
    g_clear_object (&rec->keys[k]);
  g_clear_object (&rec->language);
  g_clear_pointer (&rec->language_code, g_free);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Records, records_clear)

static void
write_person (PersonRecord        *rec,
              GString             *out,
              const QmFoundPerson *p,
              guint                index)
{
  PersonShape *shape = &rec->shapes[(p->role != NULL ? 1 : 0) | (p->organisation ? 2 : 0)];

  json_node_set_int (shape->id, index);
  json_node_set_string (shape->name, p->name);
  for (guint k = json_array_get_length (shape->aliases); k > 0; k--)
    json_array_remove_element (shape->aliases, k - 1);
  for (guint k = 0; k < p->aliases->len; k++)
    json_array_add_string_element (shape->aliases, g_ptr_array_index (p->aliases, k));
  if (shape->role != NULL)
    json_node_set_string (shape->role, p->role);

  write_generated (shape->gen, out);
}

static void
write_node (JsonGenerator *gen,
            GString       *out,
            JsonNode      *node)
{
  json_generator_set_root (gen, node);
  write_generated (gen, out);
}

static void
write_key (Records *rec,
           guint    key)
{
  g_string_append_c (rec->out, key == KEY_ID ? '{' : ',');
  write_generated (rec->keys[key], rec->out);
  g_string_append_c (rec->out, ':');
}

/* The JSON-lines record of one article: {"id", "language", "quotes",
 * "people"}. It is written member by member and element by element, every
 * key and value generated by json-glib, so that an article with a hundred
 * thousand quotations never sits in memory as one JSON tree (which costs
 * kilobytes a quotation). */
static void
write_analysis_jsonl (JsonGenerator *gen,
                      Records       *rec,
                      JsonNode      *id,
                      QmAnalysis    *analysis,
                      QmText        *text)
{
  GString *out = rec->out;

  write_key (rec, KEY_ID);
  write_node (gen, out, id);
  write_key (rec, KEY_LANGUAGE);
  /* the articles of a run are mostly in one language */
  if (g_strcmp0 (rec->language_code, analysis->language) != 0)
    {
      g_autoptr(JsonNode) language = json_node_init_string (json_node_alloc (), analysis->language);

      json_generator_set_root (rec->language, language);
      g_free (rec->language_code);
      rec->language_code = g_strdup (analysis->language);
    }
  write_generated (rec->language, out);

  write_key (rec, KEY_QUOTES);
  g_string_append_c (out, '[');
  for (guint i = 0; i < analysis->quotes->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      write_quote (&rec->quote, out, analysis, text, &g_array_index (analysis->quotes, QmFoundQuote, i));
    }
  g_string_append_c (out, ']');

  write_key (rec, KEY_PEOPLE);
  g_string_append_c (out, '[');
  for (guint i = 0; i < analysis->people->len; i++)
    {
      if (i > 0)
        g_string_append_c (out, ',');
      write_person (&rec->people, out, g_ptr_array_index (analysis->people, i), i);
    }
  g_string_append (out, "]}\n");
  flush_out (out);
}

static void
print_json_line (JsonGenerator *gen,
                 GString       *out,
                 JsonNode      *root)
{
  write_node (gen, out, root);
  g_string_append_c (out, '\n');
  flush_out (out);
}

static void
print_error_line (JsonGenerator *gen,
                  GString       *out,
                  JsonNode      *id,
                  const char    *message)
{
  g_autoptr(JsonBuilder) b = json_builder_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (b);
  json_builder_set_member_name (b, "id");
  if (id != NULL)
    json_builder_add_value (b, json_node_copy (id));
  else
    json_builder_add_null_value (b);
  json_builder_set_member_name (b, "error");
  json_builder_add_string_value (b, message);
  json_builder_end_object (b);
  root = json_builder_get_root (b);
  print_json_line (gen, out, root);
}

/* An id is a string or a finite number ("1e400" parses to infinity,
 * which JSON cannot write back). */
static gboolean
valid_id (JsonNode *id)
{
  GType type;

  if (!JSON_NODE_HOLDS_VALUE (id))
    return FALSE;
  type = json_node_get_value_type (id);
  if (type == G_TYPE_STRING || type == G_TYPE_INT64 || type == G_TYPE_BOOLEAN)
    return TRUE;
  return type == G_TYPE_DOUBLE && isfinite (json_node_get_double (id));
}

/* One input line: returns FALSE (after reporting) when it is not valid. */
static gboolean
filter_line (QmAnalyzer    *analyzer,
             JsonParser    *parser,
             JsonGenerator *gen,
             Records       *rec,
             const char    *line,
             gsize          len,
             guint64        lineno)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = NULL;
  g_autoptr(QmAnalysis) analysis = NULL;
  JsonNode *root, *id = NULL, *text_node;
  JsonObject *obj;

  if (!json_parser_load_from_data (parser, line, len, &error))
    {
      /* Translators: %lu is a line number on standard input, %s the JSON parser's message */
      qm_cli_error (_("line %lu: not JSON: %s"), (gulong)lineno, error->message);
      print_error_line (gen, rec->out, NULL, "not JSON");
      return FALSE;
    }
  root = json_parser_get_root (parser);
  if (root == NULL || !JSON_NODE_HOLDS_OBJECT (root))
    {
      /* Translators: %lu is a line number on standard input */
      qm_cli_error (_("line %lu: not a JSON object"), (gulong)lineno);
      print_error_line (gen, rec->out, NULL, "not a JSON object");
      return FALSE;
    }
  obj = json_node_get_object (root);
  id = json_object_get_member (obj, "id");
  text_node = json_object_get_member (obj, "text");
  if (id == NULL || !valid_id (id) ||
      text_node == NULL || !JSON_NODE_HOLDS_VALUE (text_node) ||
      json_node_get_value_type (text_node) != G_TYPE_STRING)
    {
      /* Translators: %lu is a line number on standard input; “text” and “id” are JSON keys, not to be translated */
      qm_cli_error (_("line %lu: needs a string “text” and an “id”"), (gulong)lineno);
      print_error_line (gen, rec->out, id != NULL && valid_id (id) ? id : NULL,
                        "needs a string “text” and an “id”");
      return FALSE;
    }

  text = qm_text_new (json_node_get_string (text_node), -1, &error);
  if (text != NULL)
    analysis = qm_analyzer_analyze (analyzer, text, NULL, &error);
  if (analysis == NULL)
    {
      /* Translators: %lu is a line number on standard input, %s what went wrong */
      qm_cli_error (_("line %lu: %s"), (gulong)lineno, error->message);
      print_error_line (gen, rec->out, id, error->message);
      return FALSE;
    }

  write_analysis_jsonl (gen, rec, id, analysis, text);
  return TRUE;
}

static int
run_filter (QmAnalyzer *analyzer)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(JsonGenerator) gen = json_generator_new ();
  g_auto(Records) rec = { { { { NULL } } }, { { { NULL } } }, NULL, { NULL }, NULL, NULL };
  char *line = NULL;
  size_t cap = 0;
  ssize_t got;
  guint64 lineno = 0;
  int status = QM_CLI_EXIT_OK;

  records_init (&rec);

  while ((got = getline (&line, &cap, stdin)) >= 0)
    {
      gsize len = (gsize)got;

      lineno++;
      while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
        line[--len] = '\0';
      if (strspn (line, " \t") == len)
        continue;
      if (!filter_line (analyzer, parser, gen, &rec, line, len, lineno))
        status = QM_CLI_EXIT_FAILURE;
    }
  if (ferror (stdin))
    {
      qm_cli_error (_("standard input: read error"));
      status = QM_CLI_EXIT_FAILURE;
    }
  free (line);
  fflush (stdout);
  return status;
}

static void
xml_span (xmlTextWriterPtr  w,
          const char       *prefix,
          QmSpan            span)
{
  g_autofree char *start = g_strconcat (prefix, "start", NULL);
  g_autofree char *end = g_strconcat (prefix, "end", NULL);

  if (span.start < 0)
    return;
  xmlTextWriterWriteFormatAttribute (w, (const xmlChar *)start, "%d", span.start);
  xmlTextWriterWriteFormatAttribute (w, (const xmlChar *)end, "%d", span.end);
}

/* One <article>, streamed through libxml2's writer so that a big article
 * never becomes a document tree in memory. */
static void
analysis_to_xml (xmlTextWriterPtr  w,
                 const char       *file,
                 QmAnalysis       *analysis,
                 QmText           *text)
{
  char buf[32];

  xmlTextWriterStartElement (w, (const xmlChar *)"article");
  xmlTextWriterWriteAttribute (w, (const xmlChar *)"file", (const xmlChar *)file);
  xmlTextWriterWriteAttribute (w, (const xmlChar *)"language", (const xmlChar *)analysis->language);

  for (guint i = 0; i < analysis->quotes->len; i++)
    {
      const QmFoundQuote *q = &g_array_index (analysis->quotes, QmFoundQuote, i);
      g_autofree char *words = qm_text_dup_slice (text, q->span.start, q->span.end);
      g_autofree char *owned = NULL;
      const char *name = speaker_name (analysis, text, q, &owned);

      xmlTextWriterStartElement (w, (const xmlChar *)"quote");
      xmlTextWriterWriteAttribute (w, (const xmlChar *)"kind", (const xmlChar *)qm_quote_kind_to_string (q->kind));
      xml_span (w, "", q->span);
      g_ascii_formatd (buf, sizeof buf, "%.2f", q->confidence);
      xmlTextWriterWriteAttribute (w, (const xmlChar *)"confidence", (const xmlChar *)buf);
      if (name != NULL)
        xmlTextWriterWriteAttribute (w, (const xmlChar *)"speaker", (const xmlChar *)name);
      if (q->person >= 0)
        xmlTextWriterWriteFormatAttribute (w, (const xmlChar *)"person", "p%d", q->person);
      xml_span (w, "speaker-", q->speaker);
      xml_span (w, "cue-", q->cue);
      xmlTextWriterWriteString (w, (const xmlChar *)words);
      xmlTextWriterEndElement (w);
    }

  for (guint i = 0; i < analysis->people->len; i++)
    {
      const QmFoundPerson *p = g_ptr_array_index (analysis->people, i);

      xmlTextWriterStartElement (w, (const xmlChar *)"person");
      xmlTextWriterWriteFormatAttribute (w, (const xmlChar *)"id", "p%u", i);
      xmlTextWriterWriteAttribute (w, (const xmlChar *)"name", (const xmlChar *)p->name);
      if (p->role != NULL)
        xmlTextWriterWriteAttribute (w, (const xmlChar *)"role", (const xmlChar *)p->role);
      if (p->organisation)
        xmlTextWriterWriteAttribute (w, (const xmlChar *)"organisation", (const xmlChar *)"true");
      for (guint k = 0; k < p->aliases->len; k++)
        xmlTextWriterWriteElement (w, (const xmlChar *)"alias", g_ptr_array_index (p->aliases, k));
      xmlTextWriterEndElement (w);
    }

  xmlTextWriterEndElement (w);
}

int
qm_cli_extract (int    argc,
                char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(QmAnalyzer) analyzer = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonGenerator) gen = NULL;
  g_auto(Records) rec = { { { { NULL } } }, { { { NULL } } }, NULL, { NULL }, NULL, NULL };
  g_autofree char *lang = NULL;
  g_autofree char *format = NULL;
  xmlTextWriterPtr writer = NULL;
  int status = QM_CLI_EXIT_OK;
  int ret;
  gboolean xml;
  GOptionEntry entries[] = {
    { "lang", 'l', 0, G_OPTION_ARG_STRING, &lang, N_("Language of the texts (en, de; default: detected)"),
      /* Translators: the value of --lang, a two-letter language code */
      N_("LL") },
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format, N_("Output format: jsonl (default) or xml"),
      /* Translators: the value of --format */
      N_("FORMAT") },
    { NULL }
  };

  context = g_option_context_new (N_("FILE… | -"));
  g_option_context_set_summary (context,
                                /* Translators: "id" and "text" are JSON keys, not to be translated */
                                N_("Print the quotations and people of each article.\n\n"
                                   "With “-”, read JSON lines {\"id\",\"text\"} from standard input and\n"
                                   "write one JSON line of quotations and people for each."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  if ((ret = qm_cli_parse (context, 1, &argc, &argv)) != QM_CLI_EXIT_OK)
    return ret;

  if (format != NULL && strcmp (format, "jsonl") != 0 && strcmp (format, "xml") != 0)
    {
      /* Translators: jsonl and xml are format names, not to be translated */
      qm_cli_error (_("unknown format “%s”: use jsonl or xml"), format);
      return QM_CLI_EXIT_USAGE;
    }
  xml = format != NULL && strcmp (format, "xml") == 0;

  analyzer = qm_analyzer_new (lang, &error);
  if (analyzer == NULL)
    {
      qm_cli_error ("%s", error->message);
      return QM_CLI_EXIT_USAGE;
    }

  if (argc == 2 && strcmp (argv[1], "-") == 0)
    {
      if (xml)
        {
          qm_cli_error (_("the “-” filter writes JSON lines only"));
          return QM_CLI_EXIT_USAGE;
        }
      return run_filter (analyzer);
    }

  gen = json_generator_new ();
  records_init (&rec);
  if (xml)
    {
      writer = xmlNewTextWriter (xmlOutputBufferCreateFd (1, NULL));
      xmlTextWriterSetIndent (writer, 1);
      xmlTextWriterStartDocument (writer, NULL, "UTF-8", NULL);
      xmlTextWriterStartElement (writer, (const xmlChar *)"quotemark-extract");
    }

  for (int i = 1; i < argc; i++)
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (argv[i]);
      g_autoptr(QmSource) source = NULL;
      g_autoptr(QmAnalysis) analysis = NULL;
      g_autoptr(GError) local_error = NULL;
      QmText *text;

      source = qm_source_new_for_file (file, NULL, &local_error);
      if (source != NULL)
        {
          text = qm_source_get_text (source);
          analysis = qm_analyzer_analyze (analyzer, text, NULL, &local_error);
        }
      if (analysis == NULL)
        {
          qm_cli_error ("%s: %s", argv[i], local_error->message);
          status = QM_CLI_EXIT_FAILURE;
          continue;
        }

      if (xml)
        analysis_to_xml (writer, argv[i], analysis, text);
      else
        {
          g_autoptr(JsonNode) id = json_node_init_string (json_node_alloc (), argv[i]);

          write_analysis_jsonl (gen, &rec, id, analysis, text);
        }
    }

  if (xml)
    {
      xmlTextWriterEndDocument (writer);
      xmlFreeTextWriter (writer);
    }
  fflush (stdout);
  return status;
}

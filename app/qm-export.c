/* qm-export.c
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

#define G_LOG_DOMAIN "qm-export"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "qm-export-private.h"

/**
 * SECTION:qm-export
 * @title: Exports
 *
 * Writes an annotation set in the formats other tools read: CSV for
 * spreadsheets, a REFI-QDA project for qualitative-analysis software, TEI for
 * digital editions, W3C Web Annotations for the web, brat standoff for NLP
 * training and a printable HTML report. data/doc/EXPORTS.md says which unit
 * each format's offsets count.
 */

static const QmExportFormatInfo formats[QM_EXPORT_N_FORMATS] = {
  { QM_EXPORT_FORMAT_CSV, "csv", N_("Spreadsheet (CSV)"),
    N_("One row per quote, for LibreOffice Calc and other spreadsheets"),
    "csv", "text/csv", FALSE, "code points" },
  { QM_EXPORT_FORMAT_QDPX, "qdpx", N_("REFI-QDA Project"),
    N_("A project for qualitative analysis software such as ATLAS.ti, MAXQDA, NVivo or QualCoder"),
    "qdpx", "application/x-qdpx", TRUE, "code points" },
  { QM_EXPORT_FORMAT_TEI, "tei", N_("TEI P5 XML"),
    N_("The article as a TEI document with each quote marked and its speaker listed"),
    "tei.xml", "application/tei+xml", FALSE, NULL },
  { QM_EXPORT_FORMAT_W3C, "w3c", N_("W3C Web Annotations"),
    N_("JSON-LD annotations with text quote and position selectors"),
    "jsonld", "application/ld+json", FALSE, "code points" },
  { QM_EXPORT_FORMAT_BRAT, "brat", N_("brat Standoff"),
    N_("Entity and relation spans for training language models (.ann with its .txt)"),
    "ann", "text/plain", FALSE, "code points" },
  { QM_EXPORT_FORMAT_REPORT, "report", N_("Report (HTML)"),
    N_("A printable page with the quotes by speaker, the article and a summary"),
    "html", "text/html", FALSE, NULL },
};

G_DEFINE_QUARK (qm-export-error-quark, qm_export_error)

/**
 * qm_export_format_get_info:
 * @format: a #QmExportFormat
 *
 * Returns: (transfer none): what a dialog shows about @format
 */
const QmExportFormatInfo *
qm_export_format_get_info (QmExportFormat format)
{
  g_return_val_if_fail ((guint)format < QM_EXPORT_N_FORMATS, NULL);
  return &formats[format];
}

/**
 * qm_export_format_lookup:
 * @id: a short name such as "csv"
 *
 * Returns: (transfer none) (nullable): the format called @id, or %NULL
 */
const QmExportFormatInfo *
qm_export_format_lookup (const char *id)
{
  g_return_val_if_fail (id != NULL, NULL);

  for (guint i = 0; i < QM_EXPORT_N_FORMATS; i++)
    if (g_ascii_strcasecmp (formats[i].id, id) == 0)
      return &formats[i];
  return NULL;
}

/**
 * qm_export_format_list_ids:
 * @separator: put between the names
 *
 * Returns: (transfer full): the short names of all formats
 */
char *
qm_export_format_list_ids (const char *separator)
{
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < QM_EXPORT_N_FORMATS; i++)
    {
      if (i > 0)
        g_string_append (str, separator);
      g_string_append (str, formats[i].id);
    }
  return g_string_free (str, FALSE);
}

/* The time an export is written, in Unix time: a QDPX project records it.
 * SOURCE_DATE_EPOCH (https://reproducible-builds.org/specs/source-date-epoch/)
 * holds it still, so that exports of the same annotations are the same
 * bytes whenever they are written: tests compare exports written a moment
 * apart, which otherwise differ once a second has passed between them.
 */
static gint64
export_now (void)
{
  const char *epoch = g_getenv ("SOURCE_DATE_EPOCH");
  guint64 value;

  /* up to the last second GDateTime holds, 9999-12-31T23:59:59Z */
  if (epoch != NULL && g_ascii_string_to_unsigned (epoch, 10, 0, G_GUINT64_CONSTANT (253402300799), &value, NULL))
    return (gint64)value;
  return g_get_real_time () / G_USEC_PER_SEC;
}

void
_qm_export_context_init (QmExportContext  *ctx,
                         QmAnnotationSet  *set,
                         QmExportFlags     flags)
{
  GListModel *model;
  guint n;

  memset (ctx, 0, sizeof *ctx);
  ctx->set = set;
  ctx->now = export_now ();
  ctx->text = qm_annotation_set_get_text (set);
  ctx->flags = flags;
  ctx->quotes = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->highlights = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->people = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->groups = g_ptr_array_new_with_free_func (g_object_unref);
  ctx->guids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  model = qm_annotation_set_get_quotes (set);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QmQuote) quote = g_list_model_get_item (model, i);

      if ((flags & QM_EXPORT_FLAGS_SKIP_REJECTED) != 0 &&
          qm_quote_get_review (quote) == QM_REVIEW_REJECTED)
        continue;
      if ((flags & QM_EXPORT_FLAGS_SKIP_ORPHANS) != 0 &&
          _qm_export_is_orphan (QM_ANNOTATION (quote)))
        continue;
      g_ptr_array_add (ctx->quotes, g_steal_pointer (&quote));
    }

  model = qm_annotation_set_get_highlights (set);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QmHighlight) highlight = g_list_model_get_item (model, i);

      if ((flags & QM_EXPORT_FLAGS_SKIP_ORPHANS) != 0 &&
          _qm_export_is_orphan (QM_ANNOTATION (highlight)))
        continue;
      g_ptr_array_add (ctx->highlights, g_steal_pointer (&highlight));
    }

  model = qm_annotation_set_get_people (set);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ctx->people, g_list_model_get_item (model, i));

  model = qm_annotation_set_get_tag_groups (set);
  n = g_list_model_get_n_items (model);
  for (guint i = 0; i < n; i++)
    g_ptr_array_add (ctx->groups, g_list_model_get_item (model, i));
}

void
_qm_export_context_clear (QmExportContext *ctx)
{
  g_clear_pointer (&ctx->quotes, g_ptr_array_unref);
  g_clear_pointer (&ctx->highlights, g_ptr_array_unref);
  g_clear_pointer (&ctx->people, g_ptr_array_unref);
  g_clear_pointer (&ctx->groups, g_ptr_array_unref);
  g_clear_pointer (&ctx->guids, g_hash_table_unref);
}

/*
 * _qm_export_guid:
 *
 * A name-based UUID (version 5 layout over SHA-1) made from an object kind
 * and an annotation-model id, so that exporting the same set twice gives the
 * same GUIDs and tools that import a project again recognise their objects.
 */
char *
_qm_export_guid (const char *kind,
                 const char *id)
{
  g_autoptr(GChecksum) checksum = g_checksum_new (G_CHECKSUM_SHA1);
  guint8 digest[20];
  gsize len = sizeof digest;

  g_checksum_update (checksum, (const guchar *)"quotemark:", -1);
  g_checksum_update (checksum, (const guchar *)kind, -1);
  g_checksum_update (checksum, (const guchar *)":", 1);
  g_checksum_update (checksum, (const guchar *)id, -1);
  g_checksum_get_digest (checksum, digest, &len);
  digest[6] = (digest[6] & 0x0f) | 0x50;
  digest[8] = (digest[8] & 0x3f) | 0x80;

  {
    static const char hex[] = "0123456789abcdef";
    char *guid = g_malloc (37);
    char *p = guid;

    for (guint i = 0; i < 16; i++)
      {
        if (i == 4 || i == 6 || i == 8 || i == 10)
          *p++ = '-';
        *p++ = hex[digest[i] >> 4];
        *p++ = hex[digest[i] & 0xf];
      }
    *p = '\0';
    return guid;
  }
}

/* The same, remembered for the export: codes and users are referred to
 * over and over. */
const char *
_qm_export_guid_cached (QmExportContext *ctx,
                        const char      *kind,
                        const char      *id)
{
  g_autofree char *key = g_strconcat (kind, ":", id, NULL);
  char *guid = g_hash_table_lookup (ctx->guids, key);

  if (guid == NULL)
    {
      guid = _qm_export_guid (kind, id);
      g_hash_table_insert (ctx->guids, g_steal_pointer (&key), guid);
    }
  return guid;
}

static inline gboolean
xml_char_ok (gunichar c)
{
  return c == 0x9 || c == 0xA || c == 0xD ||
         (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

/*
 * _qm_export_xml_safe:
 *
 * XML 1.0 cannot carry most control characters, not even escaped. They are
 * replaced by U+FFFD, one character for one, so code-point offsets into the
 * result still match the article.
 */
/* Fast check on bytes: C0 controls and U+FFFE/U+FFFF (EF BF BE, EF BF BF)
 * are the only characters of valid UTF-8 that XML 1.0 refuses. */
gboolean
_qm_export_xml_is_safe (const char *str)
{
  for (const char *p = str; *p != '\0'; p++)
    {
      guchar c = *p;

      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') ||
          (c == 0xEF && (guchar)p[1] == 0xBF && ((guchar)p[2] == 0xBE || (guchar)p[2] == 0xBF)))
        return FALSE;
    }
  return TRUE;
}

char *
_qm_export_xml_safe (const char *str)
{
  GString *out;

  if (str == NULL)
    return g_strdup ("");
  if (_qm_export_xml_is_safe (str))
    return g_strdup (str);

  out = g_string_new (NULL);
  for (const char *p = str; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (xml_char_ok (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      else
        g_string_append_unichar (out, 0xFFFD);
    }
  return g_string_free (out, FALSE);
}

/* Writes an attribute whose value may hold characters XML cannot carry;
 * nothing for a %NULL value.
 */
int
_qm_export_write_attr (xmlTextWriterPtr  writer,
                       const char       *name,
                       const char       *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL)
    return 0;
  if (_qm_export_xml_is_safe (value))
    return xmlTextWriterWriteAttribute (writer, (const xmlChar *)name, (const xmlChar *)value);
  safe = _qm_export_xml_safe (value);
  return xmlTextWriterWriteAttribute (writer, (const xmlChar *)name, (const xmlChar *)safe);
}

gboolean
_qm_export_is_orphan (QmAnnotation *annotation)
{
  return qm_annotation_get_anchor_state (annotation) == QM_ANCHOR_ORPHAN;
}

QmPerson *
_qm_export_speaker (QmExportContext *ctx,
                    QmQuote         *quote)
{
  const char *id = qm_quote_get_speaker_id (quote);

  return id != NULL ? qm_annotation_set_lookup_person (ctx->set, id) : NULL;
}

/* The categories of @annotation that belong to the group @group_id. */
GPtrArray *
_qm_export_tags_in_group (QmExportContext *ctx,
                          QmAnnotation    *annotation,
                          const char      *group_id)
{
  const char * const *tags = qm_annotation_get_tags (annotation);
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      QmTagCategory *category = qm_annotation_set_lookup_tag (ctx->set, tags[i]);

      if (category != NULL && g_strcmp0 (qm_tag_category_get_group_id (category), group_id) == 0)
        g_ptr_array_add (result, category);
    }
  return result;
}

/* @shown: the labels as the user sees them (the report) rather than as
 * saved (the machine formats, the same bytes in every language) */
char *
_qm_export_join_tags (QmExportContext *ctx,
                      QmAnnotation    *annotation,
                      const char      *group_id,
                      const char      *separator,
                      gboolean         shown)
{
  g_autoptr(GPtrArray) tags = _qm_export_tags_in_group (ctx, annotation, group_id);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < tags->len; i++)
    {
      QmTagCategory *cat = g_ptr_array_index (tags, i);

      if (i > 0)
        g_string_append (str, separator);
      g_string_append (str, shown ? qm_tag_category_get_label (cat) : _qm_tag_category_get_saved_label (cat));
    }
  return g_string_free (str, FALSE);
}

char *
_qm_export_join_notes (QmAnnotation *annotation,
                       const char   *separator)
{
  GListModel *notes = qm_annotation_get_notes (annotation);
  guint n = g_list_model_get_n_items (notes);
  GString *str = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);

      if (i > 0)
        g_string_append (str, separator);
      g_string_append (str, qm_note_get_text (note));
    }
  return g_string_free (str, FALSE);
}

/* ISO 8601 in UTC with seconds, as xsd:dateTime and JSON-LD expect. */
char *
_qm_export_format_time (GDateTime *dt)
{
  gint64 unix_time;
  GDateTime *utc;
  char *str;

  if (dt == NULL)
    return NULL;
  /* Seconds are enough; going through Unix time avoids a second
   * GDateTime and strftime-style parsing for each of many annotations. */
  unix_time = g_date_time_to_unix (dt);
  utc = g_date_time_new_from_unix_utc (unix_time);
  if (utc == NULL)
    return NULL;
  str = g_strdup_printf ("%04d-%02d-%02dT%02d:%02d:%02dZ",
                         g_date_time_get_year (utc), g_date_time_get_month (utc),
                         g_date_time_get_day_of_month (utc), g_date_time_get_hour (utc),
                         g_date_time_get_minute (utc), g_date_time_get_second (utc));
  g_date_time_unref (utc);
  return str;
}

/* The same, remembering the last one: annotations made together share
 * their second, and 100 000 of them would otherwise each format it. */
const char *
_qm_export_time_cached (QmExportContext *ctx,
                        GDateTime       *dt)
{
  g_autofree char *str = NULL;
  gint64 unix_time;

  if (dt == NULL)
    return NULL;
  unix_time = g_date_time_to_unix (dt);
  if (ctx->time_str[0] != '\0' && ctx->time_unix == unix_time)
    return ctx->time_str;
  str = _qm_export_format_time (dt);
  if (str == NULL || strlen (str) >= sizeof ctx->time_str)
    return NULL;
  ctx->time_unix = unix_time;
  g_strlcpy (ctx->time_str, str, sizeof ctx->time_str);
  return ctx->time_str;
}

/* Locale-independent, so a German desktop still writes "0.75". */
char *
_qm_export_format_double (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.3f", value));
}

GBytes *
_qm_export_finish_writer (xmlTextWriterPtr  writer,
                          xmlBufferPtr      buffer,
                          int               status,
                          GError          **error)
{
  GBytes *bytes = NULL;

  if (status >= 0)
    status = xmlTextWriterEndDocument (writer);
  xmlFreeTextWriter (writer);

  if (status < 0)
    g_set_error_literal (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_FAILED,
                         _("The XML writer failed (out of memory?)"));
  else
    bytes = g_bytes_new (xmlBufferContent (buffer), xmlBufferLength (buffer));
  xmlBufferFree (buffer);
  return bytes;
}

static GBytes *
export_main (QmExportContext  *ctx,
             QmExportFormat    format,
             GError          **error)
{
  switch (format)
    {
    case QM_EXPORT_FORMAT_CSV: return _qm_export_csv (ctx, error);
    case QM_EXPORT_FORMAT_QDPX: return _qm_export_qdpx (ctx, error);
    case QM_EXPORT_FORMAT_TEI: return _qm_export_tei (ctx, error);
    case QM_EXPORT_FORMAT_W3C: return _qm_export_w3c (ctx, error);
    case QM_EXPORT_FORMAT_BRAT: return _qm_export_brat_ann (ctx, error);
    case QM_EXPORT_FORMAT_REPORT: return _qm_export_report (ctx, error);
    default:
      g_set_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Unknown export format %d"), (int)format);
      return NULL;
    }
}

/**
 * qm_export_to_bytes:
 * @set: the annotations to write
 * @format: the format
 * @flags: what to leave out
 * @error: return location for a #GError
 *
 * Writes the main file of @format. For brat this is the .ann file; its text
 * file is the article itself (see qm_export_to_files()).
 *
 * Returns: (transfer full) (nullable): the file's bytes
 */
GBytes *
qm_export_to_bytes (QmAnnotationSet  *set,
                    QmExportFormat    format,
                    QmExportFlags     flags,
                    GError          **error)
{
  QmExportContext ctx;
  GBytes *bytes;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  _qm_export_context_init (&ctx, set, flags);
  bytes = export_main (&ctx, format, error);
  _qm_export_context_clear (&ctx);
  return bytes;
}

/**
 * qm_export_to_files:
 * @set: the annotations to write
 * @format: the format
 * @flags: what to leave out
 * @basename: the file name without extension, e.g. "story"
 * @error: return location for a #GError
 *
 * Writes every file @format consists of: one for most formats, the .ann and
 * the .txt for brat.
 *
 * Returns: (transfer full) (nullable) (element-type utf8 GBytes): file names
 *   (@basename plus extension) mapped to their content
 */
GHashTable *
qm_export_to_files (QmAnnotationSet  *set,
                    QmExportFormat    format,
                    QmExportFlags     flags,
                    const char       *basename,
                    GError          **error)
{
  g_autoptr(GHashTable) files = NULL;
  GBytes *main_bytes;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), NULL);
  g_return_val_if_fail (basename != NULL, NULL);

  if ((guint)format >= QM_EXPORT_N_FORMATS)
    {
      g_set_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_UNKNOWN_FORMAT,
                   _("Unknown export format %d"), (int)format);
      return NULL;
    }

  main_bytes = qm_export_to_bytes (set, format, flags, error);
  if (main_bytes == NULL)
    return NULL;

  files = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify)g_bytes_unref);
  g_hash_table_insert (files, g_strconcat (basename, ".", formats[format].extension, NULL),
                       main_bytes);
  if (format == QM_EXPORT_FORMAT_BRAT)
    g_hash_table_insert (files, g_strconcat (basename, ".txt", NULL),
                         qm_text_dup_bytes (qm_annotation_set_get_text (set)));
  return g_steal_pointer (&files);
}

static char *
strip_extension (const char *name,
                 const char *extension)
{
  g_autofree char *suffix = g_strconcat (".", extension, NULL);

  if (g_str_has_suffix (name, suffix) && strlen (name) > strlen (suffix))
    return g_strndup (name, strlen (name) - strlen (suffix));
  return g_strdup (name);
}

static gboolean
check_not_source (GFile       *file,
                  GFile       *source_file,
                  GError     **error)
{
  if (source_file != NULL && g_file_equal (file, source_file))
    {
      g_autofree char *name = g_file_get_parse_name (file);

      g_set_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_SOURCE_CLASH,
                   /* Translators: %s is the name of the file to export to */
                   _("Writing %s would overwrite the article; choose another name"), name);
      return FALSE;
    }
  return TRUE;
}

/* brat's text goes next to the .ann: story.ann → story.txt */
static GFile *
companion_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *stem = strip_extension (name, "ann");
  g_autofree char *txt_name = g_strconcat (stem, ".txt", NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return parent != NULL ? g_file_get_child (parent, txt_name) : g_file_new_for_path (txt_name);
}

/**
 * qm_export_to_file:
 * @set: the annotations to write
 * @format: the format
 * @flags: what to leave out
 * @file: where to write the main file
 * @source_file: (nullable): the article, which is never overwritten
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @format to @file, replacing it atomically. For brat the text goes
 * next to it, with the extension .txt instead of .ann.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_export_to_file (QmAnnotationSet  *set,
                   QmExportFormat    format,
                   QmExportFlags     flags,
                   GFile            *file,
                   GFile            *source_file,
                   GCancellable     *cancellable,
                   GError          **error)
{
  g_autoptr(GBytes) main_bytes = NULL;
  g_autoptr(GFile) companion = NULL;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (!check_not_source (file, source_file, error))
    return FALSE;

  if (format == QM_EXPORT_FORMAT_BRAT)
    {
      companion = companion_file (file);
      if (!check_not_source (companion, source_file, error))
        return FALSE;
    }

  main_bytes = qm_export_to_bytes (set, format, flags, error);
  if (main_bytes == NULL)
    return FALSE;

  if (companion != NULL)
    {
      g_autoptr(GBytes) text = qm_text_dup_bytes (qm_annotation_set_get_text (set));

      if (!g_file_replace_contents (companion, g_bytes_get_data (text, NULL), g_bytes_get_size (text),
                                    NULL, FALSE, G_FILE_CREATE_NONE, NULL, cancellable, error))
        return FALSE;
    }

  return g_file_replace_contents (file, g_bytes_get_data (main_bytes, NULL),
                                  g_bytes_get_size (main_bytes), NULL, FALSE,
                                  G_FILE_CREATE_NONE, NULL, cancellable, error);
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *save = data;

  g_clear_object (&save->file);
  g_clear_pointer (&save->bytes, g_bytes_unref);
  g_free (save);
}

static void
replace_main_cb (GObject      *object,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_boolean (task, TRUE);
}

static void
replace_companion_cb (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  SaveData *save = g_task_get_task_data (task);
  GCancellable *cancellable = g_task_get_cancellable (task);

  if (!g_file_replace_contents_finish (G_FILE (object), result, NULL, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_file_replace_contents_bytes_async (save->file, save->bytes, NULL, FALSE, G_FILE_CREATE_NONE,
                                       cancellable, replace_main_cb, g_steal_pointer (&task));
}

/**
 * qm_export_to_file_async:
 * @set: the annotations to write
 * @format: the format
 * @flags: what to leave out
 * @file: where to write the main file
 * @source_file: (nullable): the article, which is never overwritten
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when the files are written
 * @user_data: data for @callback
 *
 * Like qm_export_to_file(), but the files are written without blocking.
 * The export itself runs before this returns, on the calling thread, as
 * the annotation set belongs to it; it takes about a second for 100 000
 * annotations.
 */
void
qm_export_to_file_async (QmAnnotationSet     *set,
                         QmExportFormat       format,
                         QmExportFlags        flags,
                         GFile               *file,
                         GFile               *source_file,
                         GCancellable        *cancellable,
                         GAsyncReadyCallback  callback,
                         gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) companion = NULL;
  SaveData *save;

  g_return_if_fail (QM_IS_ANNOTATION_SET (set));
  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (set, cancellable, callback, user_data);
  g_task_set_source_tag (task, qm_export_to_file_async);
  save = g_new0 (SaveData, 1);
  save->file = g_object_ref (file);
  g_task_set_task_data (task, save, save_data_free);

  if (!check_not_source (file, source_file, &error) ||
      (format == QM_EXPORT_FORMAT_BRAT && (companion = companion_file (file)) != NULL &&
       !check_not_source (companion, source_file, &error)))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  save->bytes = qm_export_to_bytes (set, format, flags, &error);
  if (save->bytes == NULL)
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }

  if (companion != NULL)
    {
      g_autoptr(GBytes) text = qm_text_dup_bytes (qm_annotation_set_get_text (set));

      g_file_replace_contents_bytes_async (companion, text, NULL, FALSE, G_FILE_CREATE_NONE, cancellable,
                                           replace_companion_cb, g_steal_pointer (&task));
    }
  else
    g_file_replace_contents_bytes_async (file, save->bytes, NULL, FALSE, G_FILE_CREATE_NONE, cancellable,
                                         replace_main_cb, g_steal_pointer (&task));
}

/**
 * qm_export_to_file_finish:
 * @set: the set given to qm_export_to_file_async()
 * @result: the #GAsyncResult
 * @error: return location for a #GError
 *
 * Returns: %TRUE when every file was written
 */
gboolean
qm_export_to_file_finish (QmAnnotationSet  *set,
                          GAsyncResult     *result,
                          GError          **error)
{
  g_return_val_if_fail (g_task_is_valid (result, set), FALSE);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == qm_export_to_file_async, FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

static char *
truncate_utf8 (const char *data,
               gsize       len,
               gsize       max_chars)
{
  const char *end = data;
  const char *limit = data + len;
  gsize n = 0;

  while (end < limit && n < max_chars)
    {
      end = g_utf8_next_char (end);
      n++;
    }
  if (end > limit)
    end = limit;
  if (end < limit)
    return g_strdup_printf ("%.*s\n…", (int)(end - data), data);
  return g_strndup (data, end - data);
}

/**
 * qm_export_preview:
 * @set: the annotations to write
 * @format: the format
 * @flags: what to leave out
 * @max_chars: at most this many characters of each file, 0 for all
 * @error: return location for a #GError
 *
 * A text showing what @format would write: the file itself for text formats;
 * for the REFI-QDA zip, its entries and the start of project.qde; for brat,
 * the .ann file.
 *
 * Returns: (transfer full) (nullable): valid UTF-8
 */
char *
qm_export_preview (QmAnnotationSet  *set,
                   QmExportFormat    format,
                   QmExportFlags     flags,
                   gsize             max_chars,
                   GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  QmExportContext ctx;
  const char *data;
  gsize len;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), NULL);

  if (max_chars == 0)
    max_chars = G_MAXSIZE;

  _qm_export_context_init (&ctx, set, flags);
  ctx.pretty = TRUE;
  if (format == QM_EXPORT_FORMAT_QDPX)
    {
      g_autofree char *guid = _qm_export_guid ("source", qm_text_get_sha256 (ctx.text));
      bytes = _qm_export_qdpx_project (&ctx, guid, error);
    }
  else
    bytes = export_main (&ctx, format, error);
  _qm_export_context_clear (&ctx);

  if (bytes == NULL)
    return NULL;

  data = g_bytes_get_data (bytes, &len);
  if (format == QM_EXPORT_FORMAT_QDPX)
    {
      g_autofree char *head = truncate_utf8 (data, len, max_chars);
      g_autofree char *guid = _qm_export_guid ("source", qm_text_get_sha256 (qm_annotation_set_get_text (set)));

      return g_strdup_printf ("Zip archive with:\n  project.qde\n  sources/%s.txt\n\n── project.qde ──\n%s",
                              guid, head);
    }
  return truncate_utf8 (data, len, max_chars);
}

/**
 * qm_export_report_markup:
 * @set: the annotations
 * @flags: what to leave out
 *
 * The report as simple markup (<b>, <i>, <big>, <span foreground>) for
 * printing with Pango.
 *
 * Returns: (transfer full): the markup
 */
char *
qm_export_report_markup (QmAnnotationSet *set,
                         QmExportFlags    flags)
{
  QmExportContext ctx;
  char *markup;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), NULL);

  _qm_export_context_init (&ctx, set, flags);
  markup = _qm_export_report_markup (&ctx);
  _qm_export_context_clear (&ctx);
  return markup;
}

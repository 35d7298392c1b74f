/* qm-export-qdpx.c
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

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "qm-export-private.h"

/*
 * REFI-QDA project (.qdpx): a zip holding project.qde and the article as
 * sources/<guid>.txt in UTF-8. The standard counts startPosition and
 * endPosition in characters of the plain text; we write Unicode code points,
 * the unit of the application, so positions are the model's offsets as they
 * are. Tag groups become codes with their categories nested, speakers codes
 * in a "Speakers" code, quote kinds codes in a "Quote kinds" code. Each
 * quote or highlight is a PlainTextSelection with a Coding per code; notes
 * are project Notes referred to by NoteRef. Orphans have no valid position
 * and become project Notes holding their words.
 */

#define QDA_NS "urn:QDA-XML:project:1.0"

static int
attr_guid (xmlTextWriterPtr  w,
           const char       *name,
           const char       *kind,
           const char       *id)
{
  g_autofree char *guid = _qm_export_guid (kind, id);

  return _qm_export_write_attr (w, name, guid);
}

static int
attr_time (xmlTextWriterPtr  w,
           const char       *name,
           GDateTime        *dt)
{
  g_autofree char *str = _qm_export_format_time (dt);

  return _qm_export_write_attr (w, name, str);
}

static gboolean
is_rgb (const char *color)
{
  if (color == NULL || color[0] != '#')
    return FALSE;
  for (guint i = 1; color[i] != '\0'; i++)
    if (!g_ascii_isxdigit (color[i]))
      return FALSE;
  return strlen (color) == 7 || strlen (color) == 4;
}

static int
start_code (xmlTextWriterPtr  w,
            const char       *kind,
            const char       *id,
            const char       *name,
            gboolean          codable,
            const char       *color)
{
  int rc = xmlTextWriterStartElement (w, (const xmlChar *)"Code");

  rc |= attr_guid (w, "guid", kind, id);
  rc |= _qm_export_write_attr (w, "name", name);
  rc |= _qm_export_write_attr (w, "isCodable", codable ? "true" : "false");
  if (is_rgb (color))
    rc |= _qm_export_write_attr (w, "color", color);
  return rc;
}

static int
write_codebook (QmExportContext  *ctx,
                xmlTextWriterPtr  w)
{
  int rc = 0;

  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"CodeBook");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"Codes");

  for (guint g = 0; g < ctx->groups->len; g++)
    {
      QmTagGroup *group = g_ptr_array_index (ctx->groups, g);
      GListModel *cats = qm_tag_group_get_categories (group);
      guint n = g_list_model_get_n_items (cats);

      rc |= start_code (w, "tag-group", qm_tag_group_get_id (group), _qm_tag_group_get_saved_label (group),
                        FALSE, NULL);
      for (guint c = 0; c < n; c++)
        {
          g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, c);

          rc |= start_code (w, "tag", qm_tag_category_get_id (cat), _qm_tag_category_get_saved_label (cat),
                            TRUE, qm_tag_category_get_color (cat));
          rc |= xmlTextWriterEndElement (w);
        }
      rc |= xmlTextWriterEndElement (w);
    }

  rc |= start_code (w, "group", "speakers", "Speakers", FALSE, NULL);
  for (guint i = 0; i < ctx->people->len; i++)
    {
      QmPerson *person = g_ptr_array_index (ctx->people, i);
      const char * const *aliases = qm_person_get_aliases (person);
      GString *desc = g_string_new (NULL);

      rc |= start_code (w, "person", qm_person_get_id (person), qm_person_get_name (person), TRUE,
                        qm_person_get_color (person));
      if (qm_person_get_role (person) != NULL && *qm_person_get_role (person) != '\0')
        g_string_append (desc, qm_person_get_role (person));
      if (aliases != NULL && aliases[0] != NULL)
        {
          g_autofree char *joined = g_strjoinv (", ", (char **)aliases);

          g_string_append_printf (desc, "%sAlso called: %s", desc->len > 0 ? "\n" : "", joined);
        }
      if (desc->len > 0)
        {
          g_autofree char *safe = _qm_export_xml_safe (desc->str);

          rc |= xmlTextWriterWriteElement (w, (const xmlChar *)"Description", (const xmlChar *)safe);
        }
      g_string_free (desc, TRUE);
      rc |= xmlTextWriterEndElement (w);
    }
  rc |= xmlTextWriterEndElement (w);

  rc |= start_code (w, "group", "kinds", "Quote kinds", FALSE, NULL);
  for (QmQuoteKind k = QM_QUOTE_KIND_DIRECT; k <= QM_QUOTE_KIND_SCARE; k++)
    {
      rc |= start_code (w, "kind", qm_quote_kind_to_string (k), qm_quote_kind_to_string (k), TRUE, NULL);
      rc |= xmlTextWriterEndElement (w);
    }
  rc |= xmlTextWriterEndElement (w);

  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);
  return rc;
}

static int
write_coding (QmExportContext  *ctx,
              xmlTextWriterPtr  w,
              QmAnnotation     *annotation,
              const char       *kind,
              const char       *id)
{
  g_autofree char *key = g_strconcat (qm_annotation_get_id (annotation), "/", kind, "/", id, NULL);
  int rc = xmlTextWriterStartElement (w, (const xmlChar *)"Coding");

  rc |= attr_guid (w, "guid", "coding", key);
  if (qm_annotation_get_creator (annotation) != NULL)
    rc |= _qm_export_write_attr (w, "creatingUser", _qm_export_guid_cached (ctx, "user", qm_annotation_get_creator (annotation)));
  rc |= _qm_export_write_attr (w, "creationDateTime", _qm_export_time_cached (ctx, qm_annotation_get_created (annotation)));
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"CodeRef");
  rc |= _qm_export_write_attr (w, "targetGUID", _qm_export_guid_cached (ctx, kind, id));
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);
  return rc;
}

static int
write_selection (QmExportContext  *ctx,
                 xmlTextWriterPtr  w,
                 QmAnnotation     *annotation)
{
  const char * const *tags = qm_annotation_get_tags (annotation);
  GListModel *notes = qm_annotation_get_notes (annotation);
  guint n_notes = g_list_model_get_n_items (notes);
  QmTarget *target = qm_annotation_get_target (annotation);
  char pos[32];
  int rc = 0;

  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"PlainTextSelection");
  rc |= attr_guid (w, "guid", "annotation", qm_annotation_get_id (annotation));
  if (QM_IS_QUOTE (annotation))
    {
      QmPerson *speaker = _qm_export_speaker (ctx, QM_QUOTE (annotation));
      g_autofree char *name = g_strdup_printf ("%s quote%s%s",
                                               qm_quote_kind_to_string (qm_quote_get_kind (QM_QUOTE (annotation))),
                                               speaker != NULL ? " by " : "",
                                               speaker != NULL ? qm_person_get_name (speaker) : "");
      rc |= _qm_export_write_attr (w, "name", name);
    }
  else
    rc |= _qm_export_write_attr (w, "name", "highlight");
  g_snprintf (pos, sizeof pos, "%" G_GSIZE_FORMAT, qm_target_get_start (target));
  rc |= _qm_export_write_attr (w, "startPosition", pos);
  g_snprintf (pos, sizeof pos, "%" G_GSIZE_FORMAT, qm_target_get_end (target));
  rc |= _qm_export_write_attr (w, "endPosition", pos);
  if (qm_annotation_get_creator (annotation) != NULL)
    rc |= _qm_export_write_attr (w, "creatingUser", _qm_export_guid_cached (ctx, "user", qm_annotation_get_creator (annotation)));
  rc |= _qm_export_write_attr (w, "creationDateTime", _qm_export_time_cached (ctx, qm_annotation_get_created (annotation)));
  rc |= _qm_export_write_attr (w, "modifiedDateTime", _qm_export_time_cached (ctx, qm_annotation_get_modified (annotation)));

  if (QM_IS_QUOTE (annotation))
    {
      QmQuote *quote = QM_QUOTE (annotation);
      QmPerson *speaker = _qm_export_speaker (ctx, quote);

      rc |= write_coding (ctx, w, annotation, "kind", qm_quote_kind_to_string (qm_quote_get_kind (quote)));
      if (speaker != NULL)
        rc |= write_coding (ctx, w, annotation, "person", qm_person_get_id (speaker));
    }
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (qm_annotation_set_lookup_tag (ctx->set, tags[i]) != NULL)
      rc |= write_coding (ctx, w, annotation, "tag", tags[i]);
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);

      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"NoteRef");
      rc |= attr_guid (w, "targetGUID", "note", qm_note_get_id (note));
      rc |= xmlTextWriterEndElement (w);
    }
  rc |= xmlTextWriterEndElement (w);
  return rc;
}

static int
write_note (xmlTextWriterPtr  w,
            const char       *guid_kind,
            const char       *id,
            const char       *name,
            const char       *author,
            GDateTime        *created,
            const char       *content)
{
  g_autofree char *safe = _qm_export_xml_safe (content);
  int rc = xmlTextWriterStartElement (w, (const xmlChar *)"Note");

  rc |= attr_guid (w, "guid", guid_kind, id);
  rc |= _qm_export_write_attr (w, "name", name);
  if (author != NULL)
    rc |= attr_guid (w, "creatingUser", "user", author);
  rc |= attr_time (w, "creationDateTime", created);
  rc |= xmlTextWriterWriteElement (w, (const xmlChar *)"PlainTextContent", (const xmlChar *)safe);
  rc |= xmlTextWriterEndElement (w);
  return rc;
}

static void
collect_users (GHashTable   *users,
               GPtrArray    *annotations)
{
  for (guint i = 0; i < annotations->len; i++)
    {
      QmAnnotation *annotation = g_ptr_array_index (annotations, i);
      GListModel *notes = qm_annotation_get_notes (annotation);
      guint n = g_list_model_get_n_items (notes);

      if (qm_annotation_get_creator (annotation) != NULL)
        g_hash_table_add (users, (gpointer)qm_annotation_get_creator (annotation));
      for (guint j = 0; j < n; j++)
        {
          g_autoptr(QmNote) note = g_list_model_get_item (notes, j);

          /* The note lives as long as the set, so the string does too */
          if (qm_note_get_author (note) != NULL)
            g_hash_table_add (users, (gpointer)qm_note_get_author (note));
        }
    }
}

static int
write_notes (xmlTextWriterPtr  w,
             GPtrArray        *annotations,
             gboolean         *started)
{
  int rc = 0;

  for (guint i = 0; i < annotations->len; i++)
    {
      QmAnnotation *annotation = g_ptr_array_index (annotations, i);
      GListModel *notes = qm_annotation_get_notes (annotation);
      guint n = g_list_model_get_n_items (notes);

      if (_qm_export_is_orphan (annotation))
        {
          g_autofree char *content = g_strdup_printf ("Not found in the article any more: “%s”",
                                                      qm_target_get_exact (qm_annotation_get_target (annotation)));

          if (!*started)
            rc |= xmlTextWriterStartElement (w, (const xmlChar *)"Notes");
          *started = TRUE;
          rc |= write_note (w, "orphan", qm_annotation_get_id (annotation),
                            QM_IS_QUOTE (annotation) ? "Orphaned quote" : "Orphaned highlight",
                            qm_annotation_get_creator (annotation),
                            qm_annotation_get_created (annotation), content);
          continue;
        }

      for (guint j = 0; j < n; j++)
        {
          g_autoptr(QmNote) note = g_list_model_get_item (notes, j);

          if (!*started)
            rc |= xmlTextWriterStartElement (w, (const xmlChar *)"Notes");
          *started = TRUE;
          rc |= write_note (w, "note", qm_note_get_id (note), "Note", qm_note_get_author (note),
                            qm_note_get_created (note), qm_note_get_text (note));
        }
    }
  return rc;
}

GBytes *
_qm_export_qdpx_project (QmExportContext  *ctx,
                         const char       *source_guid,
                         GError          **error)
{
  xmlBufferPtr buffer = xmlBufferCreateSize (1 << 16);
  xmlTextWriterPtr w;
  g_autoptr(GHashTable) users = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDateTime) now = g_date_time_new_from_unix_utc (ctx->now);
  const char *name = qm_annotation_set_get_source_name (ctx->set);
  g_autofree char *path = g_strdup_printf ("internal://%s.txt", source_guid);
  gboolean notes_started = FALSE;
  int rc = 0;

  /* Doubling, not the exact-size default: 100 000 annotations would
   * otherwise reallocate the whole buffer on every write. */
  xmlBufferSetAllocationScheme (buffer, XML_BUFFER_ALLOC_DOUBLEIT);
  w = xmlNewTextWriterMemory (buffer, 0);

  if (name == NULL)
    name = "Article";

  collect_users (users, ctx->quotes);
  collect_users (users, ctx->highlights);

  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, (const xmlChar *)"  ");
  rc |= xmlTextWriterStartDocument (w, NULL, "UTF-8", NULL);
  rc |= xmlTextWriterStartElementNS (w, NULL, (const xmlChar *)"Project", (const xmlChar *)QDA_NS);
  rc |= _qm_export_write_attr (w, "name", name);
  rc |= _qm_export_write_attr (w, "origin", "Quotemark " PACKAGE_VERSION);
  rc |= attr_time (w, "creationDateTime", now);

  if (g_hash_table_size (users) > 0)
    {
      g_autofree const char **names = (const char **)g_hash_table_get_keys_as_array (users, NULL);

      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"Users");
      for (guint i = 0; names[i] != NULL; i++)
        {
          rc |= xmlTextWriterStartElement (w, (const xmlChar *)"User");
          rc |= attr_guid (w, "guid", "user", names[i]);
          rc |= _qm_export_write_attr (w, "name", names[i]);
          rc |= xmlTextWriterEndElement (w);
        }
      rc |= xmlTextWriterEndElement (w);
    }

  rc |= write_codebook (ctx, w);

  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"Sources");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"TextSource");
  rc |= _qm_export_write_attr (w, "guid", source_guid);
  rc |= _qm_export_write_attr (w, "name", name);
  rc |= _qm_export_write_attr (w, "plainTextPath", path);
  for (guint i = 0; i < ctx->quotes->len && rc >= 0; i++)
    if (!_qm_export_is_orphan (g_ptr_array_index (ctx->quotes, i)))
      rc |= write_selection (ctx, w, g_ptr_array_index (ctx->quotes, i));
  for (guint i = 0; i < ctx->highlights->len && rc >= 0; i++)
    if (!_qm_export_is_orphan (g_ptr_array_index (ctx->highlights, i)))
      rc |= write_selection (ctx, w, g_ptr_array_index (ctx->highlights, i));
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);

  rc |= write_notes (w, ctx->quotes, &notes_started);
  rc |= write_notes (w, ctx->highlights, &notes_started);
  if (notes_started)
    rc |= xmlTextWriterEndElement (w);

  rc |= xmlTextWriterEndElement (w);
  return _qm_export_finish_writer (w, buffer, rc < 0 ? -1 : 0, error);
}

static la_ssize_t
write_cb (struct archive *a,
          void           *user_data,
          const void     *buffer,
          size_t          length)
{
  g_byte_array_append (user_data, buffer, length);
  return length;
}

static gboolean
add_entry (struct archive  *a,
           const char      *path,
           GBytes          *bytes,
           time_t           mtime,
           GError         **error)
{
  struct archive_entry *entry = archive_entry_new ();
  gsize len;
  const void *data = g_bytes_get_data (bytes, &len);
  gboolean ok;

  archive_entry_set_pathname (entry, path);
  archive_entry_set_size (entry, len);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_entry_set_mtime (entry, mtime, 0);
  ok = archive_write_header (a, entry) == ARCHIVE_OK &&
       (len == 0 || archive_write_data (a, data, len) == (la_ssize_t)len);
  archive_entry_free (entry);
  if (!ok)
    g_set_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_FAILED,
                 /* Translators: the first %s is a file name inside the REFI-QDA project (a zip file), the second why it failed */
                 _("Could not write %s into the zip: %s"), path, archive_error_string (a));
  return ok;
}

GBytes *
_qm_export_qdpx (QmExportContext  *ctx,
                 GError          **error)
{
  g_autofree char *guid = _qm_export_guid ("source", qm_text_get_sha256 (ctx->text));
  g_autofree char *source_path = g_strdup_printf ("sources/%s.txt", guid);
  g_autoptr(GBytes) project = NULL;
  g_autoptr(GBytes) text = NULL;
  GByteArray *zip;
  struct archive *a;
  time_t now = (time_t)ctx->now;
  gboolean ok;

  project = _qm_export_qdpx_project (ctx, guid, error);
  if (project == NULL)
    return NULL;
  text = qm_text_dup_bytes (ctx->text);

  zip = g_byte_array_new ();
  a = archive_write_new ();
  /* Fast deflate: the XML shrinks well anyway, and 100 000 annotations
   * should export in well under two seconds */
  ok = archive_write_set_format_zip (a) == ARCHIVE_OK &&
       archive_write_set_format_option (a, "zip", "compression-level", "1") == ARCHIVE_OK &&
       archive_write_open (a, zip, NULL, write_cb, NULL) == ARCHIVE_OK;
  if (!ok)
    g_set_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_FAILED, _("Could not start a zip: %s"),
                 archive_error_string (a));
  ok = ok && add_entry (a, "project.qde", project, now, error);
  ok = ok && add_entry (a, source_path, text, now, error);
  if (ok && archive_write_close (a) != ARCHIVE_OK)
    {
      g_set_error (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_FAILED, _("Could not finish the zip: %s"),
                   archive_error_string (a));
      ok = FALSE;
    }
  archive_write_free (a);

  if (!ok)
    {
      g_byte_array_unref (zip);
      return NULL;
    }
  return g_byte_array_free_to_bytes (zip);
}

/* qm-export-w3c.c
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

#include <json-glib/json-glib.h>
#include <string.h>

#include "qm-export-private.h"

/* Terms of our own, declared in the @context so JSON-LD processors expand
 * them instead of dropping them. */
#define QM_VOCAB "urn:quotemark:vocab#"

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_time_member (QmExportContext *ctx,
                 JsonBuilder     *builder,
                 const char      *name,
                 GDateTime       *dt)
{
  add_string_member (builder, name, _qm_export_time_cached (ctx, dt));
}

static void
add_text_body (JsonBuilder *builder,
               const char  *purpose,
               const char  *value)
{
  json_builder_begin_object (builder);
  add_string_member (builder, "type", "TextualBody");
  add_string_member (builder, "purpose", purpose);
  add_string_member (builder, "value", value);
  json_builder_end_object (builder);
}

static void
add_annotation (QmExportContext *ctx,
                JsonBuilder     *builder,
                QmAnnotation    *annotation,
                const char      *source)
{
  QmTarget *target = qm_annotation_get_target (annotation);
  GListModel *notes = qm_annotation_get_notes (annotation);
  const char * const *tags = qm_annotation_get_tags (annotation);
  g_autofree char *guid = _qm_export_guid ("annotation", qm_annotation_get_id (annotation));
  g_autofree char *urn = g_strconcat ("urn:uuid:", guid, NULL);
  gboolean orphan = _qm_export_is_orphan (annotation);
  QmQuote *quote = QM_IS_QUOTE (annotation) ? QM_QUOTE (annotation) : NULL;
  guint n_notes = g_list_model_get_n_items (notes);

  json_builder_begin_object (builder);
  add_string_member (builder, "id", urn);
  add_string_member (builder, "type", "Annotation");
  add_string_member (builder, "motivation", quote != NULL ? "identifying" : "highlighting");
  add_string_member (builder, "qm:id", qm_annotation_get_id (annotation));
  add_time_member (ctx, builder, "created", qm_annotation_get_created (annotation));
  add_time_member (ctx, builder, "modified", qm_annotation_get_modified (annotation));
  if (qm_annotation_get_creator (annotation) != NULL)
    {
      json_builder_set_member_name (builder, "creator");
      json_builder_begin_object (builder);
      add_string_member (builder, "type",
                         qm_annotation_get_origin (annotation) == QM_ORIGIN_AUTO ? "Software" : "Person");
      add_string_member (builder, "name", qm_annotation_get_creator (annotation));
      json_builder_end_object (builder);
    }
  add_string_member (builder, "qm:origin", qm_origin_to_string (qm_annotation_get_origin (annotation)));
  add_string_member (builder, "qm:anchor",
                     qm_anchor_state_to_string (qm_annotation_get_anchor_state (annotation)));

  if (quote != NULL)
    {
      QmPerson *speaker = _qm_export_speaker (ctx, quote);

      add_string_member (builder, "qm:kind", qm_quote_kind_to_string (qm_quote_get_kind (quote)));
      add_string_member (builder, "qm:review", qm_review_state_to_string (qm_quote_get_review (quote)));
      json_builder_set_member_name (builder, "qm:confidence");
      json_builder_add_double_value (builder, qm_quote_get_confidence (quote));
      if (speaker != NULL)
        {
          json_builder_set_member_name (builder, "qm:speaker");
          json_builder_begin_object (builder);
          add_string_member (builder, "qm:id", qm_person_get_id (speaker));
          add_string_member (builder, "name", qm_person_get_name (speaker));
          add_string_member (builder, "qm:role", qm_person_get_role (speaker));
          json_builder_end_object (builder);
        }
    }

  json_builder_set_member_name (builder, "body");
  json_builder_begin_array (builder);
  if (quote != NULL && _qm_export_speaker (ctx, quote) != NULL)
    add_text_body (builder, "identifying", qm_person_get_name (_qm_export_speaker (ctx, quote)));
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      QmTagCategory *category = qm_annotation_set_lookup_tag (ctx->set, tags[i]);

      if (category == NULL)
        continue;
      json_builder_begin_object (builder);
      add_string_member (builder, "type", "TextualBody");
      add_string_member (builder, "purpose", "tagging");
      add_string_member (builder, "value", _qm_tag_category_get_saved_label (category));
      add_string_member (builder, "qm:tag", qm_tag_category_get_id (category));
      add_string_member (builder, "qm:group", qm_tag_category_get_group_id (category));
      json_builder_end_object (builder);
    }
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);

      json_builder_begin_object (builder);
      add_string_member (builder, "type", "TextualBody");
      add_string_member (builder, "purpose", "commenting");
      add_string_member (builder, "value", qm_note_get_text (note));
      add_string_member (builder, "qm:id", qm_note_get_id (note));
      if (qm_note_get_author (note) != NULL)
        {
          json_builder_set_member_name (builder, "creator");
          json_builder_begin_object (builder);
          add_string_member (builder, "type", "Person");
          add_string_member (builder, "name", qm_note_get_author (note));
          json_builder_end_object (builder);
        }
      add_time_member (ctx, builder, "created", qm_note_get_created (note));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  json_builder_set_member_name (builder, "target");
  json_builder_begin_object (builder);
  add_string_member (builder, "source", source);
  json_builder_set_member_name (builder, "selector");
  json_builder_begin_array (builder);
  json_builder_begin_object (builder);
  add_string_member (builder, "type", "TextQuoteSelector");
  add_string_member (builder, "exact", qm_target_get_exact (target));
  if (qm_target_get_prefix (target) != NULL && *qm_target_get_prefix (target) != '\0')
    add_string_member (builder, "prefix", qm_target_get_prefix (target));
  if (qm_target_get_suffix (target) != NULL && *qm_target_get_suffix (target) != '\0')
    add_string_member (builder, "suffix", qm_target_get_suffix (target));
  json_builder_end_object (builder);
  /* An orphan's stored position no longer holds its words: a position
   * selector would point a reader at the wrong text. */
  if (!orphan)
    {
      json_builder_begin_object (builder);
      add_string_member (builder, "type", "TextPositionSelector");
      json_builder_set_member_name (builder, "start");
      json_builder_add_int_value (builder, qm_target_get_start (target));
      json_builder_set_member_name (builder, "end");
      json_builder_add_int_value (builder, qm_target_get_end (target));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);
  json_builder_end_object (builder);

  json_builder_end_object (builder);
}

GBytes *
_qm_export_w3c (QmExportContext  *ctx,
                GError          **error)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *source = g_strconcat ("urn:sha256:", qm_text_get_sha256 (ctx->text), NULL);
  g_autofree char *envelope = NULL;
  const char *name = qm_annotation_set_get_source_name (ctx->set);
  static const char tail[] = "[]}}";
  GString *out;
  guint qi = 0, hi = 0;
  gsize len;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "@context");
  json_builder_begin_array (builder);
  json_builder_add_string_value (builder, "http://www.w3.org/ns/anno.jsonld");
  json_builder_begin_object (builder);
  add_string_member (builder, "qm", QM_VOCAB);
  json_builder_end_object (builder);
  json_builder_end_array (builder);
  add_string_member (builder, "id", source);
  add_string_member (builder, "type", "AnnotationCollection");
  add_string_member (builder, "label", name != NULL ? name : "Quotemark annotations");
  json_builder_set_member_name (builder, "total");
  json_builder_add_int_value (builder, ctx->quotes->len + ctx->highlights->len);
  json_builder_set_member_name (builder, "first");
  json_builder_begin_object (builder);
  add_string_member (builder, "type", "AnnotationPage");
  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  /* A tree of 100 000 annotations costs more to build and free than to
   * write: the envelope is generated with an empty item list, and each
   * annotation is generated on its own into that list. */
  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  envelope = json_generator_to_data (generator, &len);
  if (envelope == NULL || !g_str_has_suffix (envelope, tail))
    {
      g_set_error_literal (error, QM_EXPORT_ERROR, QM_EXPORT_ERROR_FAILED, _("Could not write JSON"));
      return NULL;
    }
  out = g_string_sized_new (len + (ctx->quotes->len + ctx->highlights->len) * 1200);
  g_string_append_len (out, envelope, len - strlen (tail) + 1);
  g_string_append_c (out, '\n');

  /* A preview is read by people: one member a line there. Files stay
   * compact, which halves the time for big sets. */
  if (ctx->pretty)
    {
      json_generator_set_pretty (generator, TRUE);
      json_generator_set_indent (generator, 2);
    }

  /* Quotes and highlights merged in text order */
  while (qi < ctx->quotes->len || hi < ctx->highlights->len)
    {
      QmAnnotation *q = qi < ctx->quotes->len ? g_ptr_array_index (ctx->quotes, qi) : NULL;
      QmAnnotation *h = hi < ctx->highlights->len ? g_ptr_array_index (ctx->highlights, hi) : NULL;
      g_autoptr(JsonNode) node = NULL;

      if (qi + hi > 0)
        g_string_append (out, ",\n");
      json_builder_reset (builder);
      if (h == NULL || (q != NULL && qm_annotation_get_start (q) <= qm_annotation_get_start (h)))
        {
          add_annotation (ctx, builder, q, source);
          qi++;
        }
      else
        {
          add_annotation (ctx, builder, h, source);
          hi++;
        }
      node = json_builder_get_root (builder);
      json_generator_set_root (generator, node);
      json_generator_to_gstring (generator, out);
    }

  g_string_append_c (out, '\n');
  g_string_append (out, tail + 1);
  g_string_append_c (out, '\n');
  return g_string_free_to_bytes (out);
}

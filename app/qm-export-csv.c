/* qm-export-csv.c
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

#include <string.h>

#include "qm-export-private.h"

/* RFC 4180: quoted fields have their quotation marks doubled; lines end
 * in CRLF. Every non-empty text field is quoted and numbers are not, so a
 * spreadsheet told to take quoted fields as text (LibreOffice: "Format
 * quoted field as text") keeps labels such as "True" or "1/2" as written
 * while offsets and confidence stay numbers. */
static void
append_field (GString    *out,
              const char *value,
              gboolean    first)
{
  if (!first)
    g_string_append_c (out, ',');
  if (value == NULL || *value == '\0')
    return;


  g_string_append_c (out, '"');
  for (const char *p = value; *p != '\0'; p++)
    {
      if (*p == '"')
        g_string_append_c (out, '"');
      g_string_append_c (out, *p);
    }
  g_string_append_c (out, '"');
}

static void
append_uint (GString  *out,
             gsize     value)
{
  g_string_append_printf (out, ",%" G_GSIZE_FORMAT, value);
}

static void
append_number (GString    *out,
               const char *value)
{
  g_string_append_c (out, ',');
  g_string_append (out, value);
}

static char *
span_text (QmExportContext *ctx,
           QmTarget        *target)
{
  if (target == NULL)
    return NULL;
  return qm_text_dup_slice (ctx->text, qm_target_get_start (target), qm_target_get_end (target));
}

GBytes *
_qm_export_csv (QmExportContext  *ctx,
                GError          **error)
{
  GString *out = g_string_sized_new (256 + ctx->quotes->len * 256);

  /* Header: fixed columns, then one per tag group (verification has its own) */
  append_field (out, "id", TRUE);
  append_field (out, "speaker", FALSE);
  append_field (out, "role", FALSE);
  append_field (out, "kind", FALSE);
  append_field (out, "text", FALSE);
  append_field (out, "cue", FALSE);
  for (guint g = 0; g < ctx->groups->len; g++)
    {
      QmTagGroup *group = g_ptr_array_index (ctx->groups, g);
      g_autofree char *title = NULL;

      if (g_strcmp0 (qm_tag_group_get_id (group), QM_TAG_GROUP_VERIFICATION) == 0)
        continue;
      title = g_strconcat ("tags: ", _qm_tag_group_get_saved_label (group), NULL);
      append_field (out, title, FALSE);
    }
  append_field (out, "verification", FALSE);
  append_field (out, "note", FALSE);
  append_field (out, "review", FALSE);
  append_field (out, "origin", FALSE);
  append_field (out, "anchor", FALSE);
  append_field (out, "start", FALSE);
  append_field (out, "end", FALSE);
  append_field (out, "confidence", FALSE);
  g_string_append (out, "\r\n");

  for (guint i = 0; i < ctx->quotes->len; i++)
    {
      QmQuote *quote = g_ptr_array_index (ctx->quotes, i);
      QmAnnotation *annotation = QM_ANNOTATION (quote);
      QmPerson *speaker = _qm_export_speaker (ctx, quote);
      QmTarget *target = qm_annotation_get_target (annotation);
      g_autofree char *cue = NULL;
      g_autofree char *verification = NULL;
      g_autofree char *notes = NULL;
      g_autofree char *confidence = NULL;

      /* An orphan's cue may no longer point at the right words */
      if (!_qm_export_is_orphan (annotation))
        cue = span_text (ctx, qm_quote_get_cue (quote));
      verification = _qm_export_join_tags (ctx, annotation, QM_TAG_GROUP_VERIFICATION, "; ", FALSE);
      notes = _qm_export_join_notes (annotation, "\n\n");
      confidence = _qm_export_format_double (qm_quote_get_confidence (quote));

      append_field (out, qm_annotation_get_id (annotation), TRUE);
      append_field (out, speaker != NULL ? qm_person_get_name (speaker) : NULL, FALSE);
      append_field (out, speaker != NULL ? qm_person_get_role (speaker) : NULL, FALSE);
      append_field (out, qm_quote_kind_to_string (qm_quote_get_kind (quote)), FALSE);
      append_field (out, qm_target_get_exact (target), FALSE);
      append_field (out, cue, FALSE);
      for (guint g = 0; g < ctx->groups->len; g++)
        {
          QmTagGroup *group = g_ptr_array_index (ctx->groups, g);
          g_autofree char *tags = NULL;

          if (g_strcmp0 (qm_tag_group_get_id (group), QM_TAG_GROUP_VERIFICATION) == 0)
            continue;
          tags = _qm_export_join_tags (ctx, annotation, qm_tag_group_get_id (group), "; ", FALSE);
          append_field (out, tags, FALSE);
        }
      append_field (out, verification, FALSE);
      append_field (out, notes, FALSE);
      append_field (out, qm_review_state_to_string (qm_quote_get_review (quote)), FALSE);
      append_field (out, qm_origin_to_string (qm_annotation_get_origin (annotation)), FALSE);
      append_field (out, qm_anchor_state_to_string (qm_annotation_get_anchor_state (annotation)), FALSE);
      append_uint (out, qm_target_get_start (target));
      append_uint (out, qm_target_get_end (target));
      append_number (out, confidence);
      g_string_append (out, "\r\n");
    }

  return g_string_free_to_bytes (out);
}

/* qm-export-brat.c
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

/*
 * brat standoff: offsets are code points into the .txt file (what brat and
 * Python 3 string indices count). A span that runs over a line break is
 * written as fragments "a b;c d" without the line breaks, as brat wants.
 * Orphans are left out: their stored position no longer holds their words.
 */

typedef struct
{
  QmExportContext *ctx;
  GString         *out;
  const char      *data;      /* the text, to find line breaks fast */
  guint            n_t;
  guint            n_r;
  guint            n_a;
  guint            n_notes;
} Brat;

/* brat names (entity, attribute, value) may not hold blanks */
static char *
brat_name (const char *label)
{
  GString *str = g_string_new (NULL);

  for (const char *p = label; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c) || c == ':' || c == ';' || c == '=')
        g_string_append_c (str, '-');
      else
        g_string_append_unichar (str, c);
    }
  if (str->len == 0)
    g_string_append_c (str, '-');
  return g_string_free (str, FALSE);
}

static void
append_one_line (GString    *out,
                 const char *text,
                 gssize      len)
{
  const char *end = len < 0 ? text + strlen (text) : text + len;

  for (const char *p = text; p < end; p++)
    g_string_append_c (out, (*p == '\n' || *p == '\r' || *p == '\t') ? ' ' : *p);
}

/* Writes "T<n>\tType start end[;start end]\ttext\n"; returns n, or 0 when the
 * span holds nothing but line breaks. */
static guint
add_span (Brat       *brat,
          const char *type,
          gsize       start,
          gsize       end)
{
  QmText *text = brat->ctx->text;
  gsize b = qm_text_offset_to_byte (text, start);
  gsize b_end = qm_text_offset_to_byte (text, end);
  gsize pos = start;
  GString *fragments = g_string_new (NULL);
  GString *words = g_string_new (NULL);
  guint id = 0;

  while (pos < end)
    {
      gsize frag_start, frag_b;

      /* skip line breaks */
      while (pos < end && (brat->data[b] == '\n' || brat->data[b] == '\r'))
        {
          pos++;
          b++;
        }
      if (pos >= end)
        break;
      frag_start = pos;
      frag_b = b;
      while (pos < end && brat->data[b] != '\n' && brat->data[b] != '\r')
        {
          b = g_utf8_next_char (brat->data + b) - brat->data;
          pos++;
        }
      if (fragments->len > 0)
        {
          g_string_append_c (fragments, ';');
          g_string_append_c (words, ' ');
        }
      g_string_append_printf (fragments, "%" G_GSIZE_FORMAT " %" G_GSIZE_FORMAT, frag_start, pos);
      append_one_line (words, brat->data + frag_b, b - frag_b);
    }
  g_assert (fragments->len == 0 || b <= b_end);

  if (fragments->len > 0)
    {
      id = ++brat->n_t;
      g_string_append_printf (brat->out, "T%u\t%s %s\t%s\n", id, type, fragments->str, words->str);
    }
  g_string_free (fragments, TRUE);
  g_string_free (words, TRUE);
  return id;
}

static void
add_attribute (Brat       *brat,
               const char *name,
               guint       t,
               const char *value)
{
  g_autofree char *n = brat_name (name);
  g_autofree char *v = brat_name (value);

  g_string_append_printf (brat->out, "A%u\t%s T%u %s\n", ++brat->n_a, n, t, v);
}

static void
add_note (Brat       *brat,
          guint       t,
          const char *note)
{
  g_string_append_printf (brat->out, "#%u\tAnnotatorNotes T%u\t", ++brat->n_notes, t);
  append_one_line (brat->out, note, -1);
  g_string_append_c (brat->out, '\n');
}

static void
add_tags_and_notes (Brat         *brat,
                    QmAnnotation *annotation,
                    guint         t)
{
  const char * const *tags = qm_annotation_get_tags (annotation);
  GListModel *notes = qm_annotation_get_notes (annotation);
  guint n_notes = g_list_model_get_n_items (notes);

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      QmTagCategory *category = qm_annotation_set_lookup_tag (brat->ctx->set, tags[i]);
      QmTagGroup *group;

      if (category == NULL)
        continue;
      group = qm_annotation_set_lookup_tag_group (brat->ctx->set, qm_tag_category_get_group_id (category));
      add_attribute (brat, group != NULL ? _qm_tag_group_get_saved_label (group) : "Tag", t,
                     _qm_tag_category_get_saved_label (category));
    }
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);

      add_note (brat, t, qm_note_get_text (note));
    }
}

GBytes *
_qm_export_brat_ann (QmExportContext  *ctx,
                     GError          **error)
{
  Brat brat = { ctx, g_string_sized_new (ctx->quotes->len * 160 + 64), NULL, 0, 0, 0, 0 };

  brat.data = qm_text_get_data (ctx->text, NULL);

  for (guint i = 0; i < ctx->quotes->len; i++)
    {
      QmQuote *quote = g_ptr_array_index (ctx->quotes, i);
      QmAnnotation *annotation = QM_ANNOTATION (quote);
      QmPerson *speaker = _qm_export_speaker (ctx, quote);
      QmTarget *mention = qm_quote_get_speaker_mention (quote);
      QmTarget *cue = qm_quote_get_cue (quote);
      guint t;

      if (_qm_export_is_orphan (annotation))
        continue;

      t = add_span (&brat, "Quote", qm_annotation_get_start (annotation), qm_annotation_get_end (annotation));
      if (t == 0)
        continue;
      add_attribute (&brat, "Kind", t, qm_quote_kind_to_string (qm_quote_get_kind (quote)));
      if (qm_quote_get_review (quote) != QM_REVIEW_UNREVIEWED)
        add_attribute (&brat, "Review", t, qm_review_state_to_string (qm_quote_get_review (quote)));
      add_tags_and_notes (&brat, annotation, t);

      if (mention != NULL && qm_target_get_end (mention) > qm_target_get_start (mention))
        {
          guint s = add_span (&brat, "Speaker", qm_target_get_start (mention), qm_target_get_end (mention));

          if (s != 0)
            {
              g_string_append_printf (brat.out, "R%u\tSaid Arg1:T%u Arg2:T%u\n", ++brat.n_r, s, t);
              if (speaker != NULL)
                add_note (&brat, s, qm_person_get_name (speaker));
            }
        }
      else if (speaker != NULL)
        {
          /* No mention to hang the name on: say it on the quote */
          g_autofree char *who = g_strconcat ("Speaker: ", qm_person_get_name (speaker), NULL);

          add_note (&brat, t, who);
        }

      if (cue != NULL && qm_target_get_end (cue) > qm_target_get_start (cue))
        {
          guint c = add_span (&brat, "Cue", qm_target_get_start (cue), qm_target_get_end (cue));

          if (c != 0)
            g_string_append_printf (brat.out, "R%u\tCue Arg1:T%u Arg2:T%u\n", ++brat.n_r, c, t);
        }
    }

  for (guint i = 0; i < ctx->highlights->len; i++)
    {
      QmAnnotation *annotation = g_ptr_array_index (ctx->highlights, i);
      guint t;

      if (_qm_export_is_orphan (annotation))
        continue;
      t = add_span (&brat, "Highlight", qm_annotation_get_start (annotation), qm_annotation_get_end (annotation));
      if (t != 0)
        add_tags_and_notes (&brat, annotation, t);
    }

  return g_string_free_to_bytes (brat.out);
}

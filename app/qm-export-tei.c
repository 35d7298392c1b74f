/* qm-export-tei.c
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
 * TEI P5: the article's paragraphs become <p>, each quote a <said> (scare
 * quotes a <soCalled>) and each highlight a <hi> around its words, so TEI
 * needs no offsets. XML elements must nest: where two annotations cross, or
 * one runs over a paragraph break, it is split into parts, the first with
 * the annotation's xml:id and each later one pointing back with @prev.
 * Tags, verification and notes live in <standOff> as <annotation>s whose
 * @target points at the quote; orphans, whose words are not in the text
 * (and annotations of nothing but blank lines, which <body> leaves out),
 * are kept there too, with their stored words.
 */

#define TEI_NS "http://www.tei-c.org/ns/1.0"

typedef struct
{
  QmAnnotation *annotation;
  char         *xml_id;
  guint         parts;
} Item;

typedef struct
{
  gsize start;
  gsize end;
  guint item;
} Seg;

static char *
make_xml_id (const char *prefix,
             const char *id)
{
  GString *str = g_string_new (prefix);

  for (const char *p = id; *p != '\0'; p++)
    g_string_append_c (str, (g_ascii_isalnum (*p) || *p == '-' || *p == '.' || *p == '_') ? *p : '_');
  return g_string_free (str, FALSE);
}

static int
seg_compare (gconstpointer a,
             gconstpointer b)
{
  const Seg *x = a, *y = b;

  if (x->start != y->start)
    return x->start < y->start ? -1 : 1;
  if (x->end != y->end)
    return x->end > y->end ? -1 : 1;
  return x->item < y->item ? -1 : (x->item > y->item ? 1 : 0);
}

static int
write_text (xmlTextWriterPtr  w,
            QmText           *text,
            gsize             start,
            gsize             end)
{
  const char *data = qm_text_get_data (text, NULL);
  gsize b, b_end;
  g_autofree char *slice = NULL;
  g_autofree char *safe = NULL;

  if (end <= start)
    return 0;
  b = qm_text_offset_to_byte (text, start);
  b_end = qm_text_offset_to_byte (text, end);
  slice = g_strndup (data + b, b_end - b);
  safe = _qm_export_xml_safe (slice);
  return xmlTextWriterWriteString (w, (const xmlChar *)safe);
}

static int
write_element (xmlTextWriterPtr  w,
               const char       *name,
               const char       *content)
{
  g_autofree char *safe = _qm_export_xml_safe (content);

  return xmlTextWriterWriteElement (w, (const xmlChar *)name, (const xmlChar *)safe);
}

/* Opens the element of an annotation (or of its next part) */
static int
start_annotation (QmExportContext  *ctx,
                  xmlTextWriterPtr  w,
                  Item             *item,
                  gboolean          standalone)
{
  QmAnnotation *annotation = item->annotation;
  g_autofree char *id = NULL;
  g_autofree char *prev = NULL;
  int rc = 0;

  item->parts++;
  if (item->parts == 1)
    id = g_strdup (item->xml_id);
  else
    {
      id = g_strdup_printf ("%s-%u", item->xml_id, item->parts);
      prev = item->parts == 2 ? g_strdup_printf ("#%s", item->xml_id)
                              : g_strdup_printf ("#%s-%u", item->xml_id, item->parts - 1);
    }

  if (QM_IS_QUOTE (annotation))
    {
      QmQuote *quote = QM_QUOTE (annotation);
      QmQuoteKind kind = qm_quote_get_kind (quote);
      QmPerson *speaker = _qm_export_speaker (ctx, quote);

      if (kind == QM_QUOTE_KIND_SCARE)
        rc |= xmlTextWriterStartElement (w, (const xmlChar *)"soCalled");
      else
        rc |= xmlTextWriterStartElement (w, (const xmlChar *)"said");
      rc |= _qm_export_write_attr (w, "xml:id", id);
      if (prev != NULL)
        rc |= _qm_export_write_attr (w, "prev", prev);
      if (kind != QM_QUOTE_KIND_SCARE)
        {
          if (speaker != NULL)
            {
              g_autofree char *who = make_xml_id ("#p-", qm_person_get_id (speaker));

              rc |= _qm_export_write_attr (w, "who", who);
            }
          rc |= _qm_export_write_attr (w, "direct", kind == QM_QUOTE_KIND_DIRECT ? "true" : "false");
        }
      rc |= _qm_export_write_attr (w, "type", qm_quote_kind_to_string (kind));
      if (qm_quote_get_review (quote) != QM_REVIEW_UNREVIEWED)
        rc |= _qm_export_write_attr (w, "cert", qm_quote_get_review (quote) == QM_REVIEW_ACCEPTED ? "high" : "low");
      if (standalone)
        rc |= _qm_export_write_attr (w, "status", _qm_export_is_orphan (annotation) ? "orphan" : "outside-paragraphs");
    }
  else
    {
      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"hi");
      rc |= _qm_export_write_attr (w, "xml:id", id);
      if (prev != NULL)
        rc |= _qm_export_write_attr (w, "prev", prev);
      rc |= _qm_export_write_attr (w, "rend", "highlight");
    }
  return rc;
}

static int
write_body (QmExportContext  *ctx,
            xmlTextWriterPtr  w,
            GArray           *items)
{
  QmText *text = ctx->text;
  guint n_paras = qm_text_get_n_paragraphs (text);
  g_autoptr(GArray) segs = g_array_new (FALSE, FALSE, sizeof (Seg));
  g_autoptr(GArray) stack = g_array_new (FALSE, FALSE, sizeof (Seg));
  guint next = 0;
  int rc = 0;

  /* Cut every annotation at paragraph boundaries */
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      gsize start = qm_annotation_get_start (item->annotation);
      gsize end = qm_annotation_get_end (item->annotation);

      for (guint p = qm_text_paragraph_at (text, start); p < n_paras; p++)
        {
          gsize ps, pe;
          Seg seg;

          qm_text_get_paragraph (text, p, &ps, &pe);
          if (ps >= end)
            break;
          seg.start = MAX (start, ps);
          seg.end = MIN (end, pe);
          seg.item = i;
          if (seg.end > seg.start)
            g_array_append_val (segs, seg);
        }
    }
  g_array_sort (segs, seg_compare);

  for (guint p = 0; p < n_paras && rc >= 0; p++)
    {
      gsize ps, pe, pos;

      qm_text_get_paragraph (text, p, &ps, &pe);
      pos = ps;
      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"p");

      while (next < segs->len && g_array_index (segs, Seg, next).start < pe && rc >= 0)
        {
          Seg seg = g_array_index (segs, Seg, next++);

          while (stack->len > 0 && g_array_index (stack, Seg, stack->len - 1).end <= seg.start)
            {
              Seg *top = &g_array_index (stack, Seg, stack->len - 1);

              rc |= write_text (w, text, pos, top->end);
              pos = top->end;
              rc |= xmlTextWriterEndElement (w);
              g_array_set_size (stack, stack->len - 1);
            }
          rc |= write_text (w, text, pos, seg.start);
          pos = seg.start;

          if (stack->len > 0 && seg.end > g_array_index (stack, Seg, stack->len - 1).end)
            {
              /* Crossing: this part ends with the open element, the rest
               * waits its turn among the segments still to come. */
              Seg rest = seg;
              guint at = next;

              rest.start = g_array_index (stack, Seg, stack->len - 1).end;
              seg.end = rest.start;
              while (at < segs->len && seg_compare (&g_array_index (segs, Seg, at), &rest) < 0)
                at++;
              g_array_insert_val (segs, at, rest);
            }

          rc |= start_annotation (ctx, w, &g_array_index (items, Item, seg.item), FALSE);
          g_array_append_val (stack, seg);
        }

      while (stack->len > 0)
        {
          Seg *top = &g_array_index (stack, Seg, stack->len - 1);

          rc |= write_text (w, text, pos, top->end);
          pos = top->end;
          rc |= xmlTextWriterEndElement (w);
          g_array_set_size (stack, stack->len - 1);
        }
      rc |= write_text (w, text, pos, pe);
      rc |= xmlTextWriterEndElement (w);
      /* a paragraph a line: blanks between <p>s mean nothing in TEI */
      rc |= xmlTextWriterWriteString (w, (const xmlChar *)"\n");
    }

  return rc;
}

static int
write_header (QmExportContext  *ctx,
              xmlTextWriterPtr  w)
{
  const char *name = qm_annotation_set_get_source_name (ctx->set);
  int rc = 0;

  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"teiHeader");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"fileDesc");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"titleStmt");
  rc |= write_element (w, "title", name != NULL ? name : "Untitled article");
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"publicationStmt");
  rc |= write_element (w, "p", "Annotated with Quotemark " PACKAGE_VERSION);
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"sourceDesc");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"p");
  rc |= _qm_export_write_attr (w, "n", qm_text_get_sha256 (ctx->text));
  rc |= xmlTextWriterWriteString (w, (const xmlChar *)"Decoded text with SHA-256 ");
  rc |= xmlTextWriterWriteString (w, (const xmlChar *)qm_text_get_sha256 (ctx->text));
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);                    /* fileDesc */

  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"encodingDesc");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"classDecl");
  for (guint g = 0; g < ctx->groups->len; g++)
    {
      QmTagGroup *group = g_ptr_array_index (ctx->groups, g);
      GListModel *cats = qm_tag_group_get_categories (group);
      guint n = g_list_model_get_n_items (cats);
      g_autofree char *gid = make_xml_id ("tg-", qm_tag_group_get_id (group));

      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"taxonomy");
      rc |= _qm_export_write_attr (w, "xml:id", gid);
      rc |= write_element (w, "desc", _qm_tag_group_get_saved_label (group));
      for (guint c = 0; c < n; c++)
        {
          g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, c);
          g_autofree char *cid = make_xml_id ("tc-", qm_tag_category_get_id (cat));

          rc |= xmlTextWriterStartElement (w, (const xmlChar *)"category");
          rc |= _qm_export_write_attr (w, "xml:id", cid);
          rc |= write_element (w, "catDesc", _qm_tag_category_get_saved_label (cat));
          rc |= xmlTextWriterEndElement (w);
        }
      rc |= xmlTextWriterEndElement (w);
    }
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);                    /* encodingDesc */

  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"profileDesc");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"particDesc");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"listPerson");
  for (guint i = 0; i < ctx->people->len; i++)
    {
      QmPerson *person = g_ptr_array_index (ctx->people, i);
      const char * const *aliases = qm_person_get_aliases (person);
      g_autofree char *pid = make_xml_id ("p-", qm_person_get_id (person));

      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"person");
      rc |= _qm_export_write_attr (w, "xml:id", pid);
      if (qm_person_get_organisation (person))
        rc |= _qm_export_write_attr (w, "role", "organisation");
      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"persName");
      rc |= _qm_export_write_attr (w, "type", "main");
      {
        g_autofree char *safe = _qm_export_xml_safe (qm_person_get_name (person));
        rc |= xmlTextWriterWriteString (w, (const xmlChar *)safe);
      }
      rc |= xmlTextWriterEndElement (w);
      for (guint a = 0; aliases != NULL && aliases[a] != NULL; a++)
        {
          rc |= xmlTextWriterStartElement (w, (const xmlChar *)"persName");
          rc |= _qm_export_write_attr (w, "type", "alias");
          {
            g_autofree char *safe = _qm_export_xml_safe (aliases[a]);
            rc |= xmlTextWriterWriteString (w, (const xmlChar *)safe);
          }
          rc |= xmlTextWriterEndElement (w);
        }
      if (qm_person_get_role (person) != NULL && *qm_person_get_role (person) != '\0')
        rc |= write_element (w, "occupation", qm_person_get_role (person));
      rc |= xmlTextWriterEndElement (w);
    }
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);                    /* profileDesc */
  rc |= xmlTextWriterEndElement (w);                    /* teiHeader */
  return rc;
}

static int
write_standoff_for (QmExportContext  *ctx,
                    xmlTextWriterPtr  w,
                    Item             *item)
{
  QmAnnotation *annotation = item->annotation;
  const char * const *tags = qm_annotation_get_tags (annotation);
  GListModel *notes = qm_annotation_get_notes (annotation);
  guint n_notes = g_list_model_get_n_items (notes);
  g_autofree char *target = g_strconcat ("#", item->xml_id, NULL);
  int rc = 0;

  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      QmTagCategory *cat = qm_annotation_set_lookup_tag (ctx->set, tags[i]);
      gboolean verification;
      g_autofree char *cid = NULL;

      if (cat == NULL)
        continue;
      verification = g_strcmp0 (qm_tag_category_get_group_id (cat), QM_TAG_GROUP_VERIFICATION) == 0;
      cid = make_xml_id ("#tc-", qm_tag_category_get_id (cat));
      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"annotation");
      rc |= _qm_export_write_attr (w, "target", target);
      rc |= _qm_export_write_attr (w, "motivation", verification ? "assessing" : "tagging");
      rc |= write_element (w, "note", _qm_tag_category_get_saved_label (cat));
      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"ptr");
      rc |= _qm_export_write_attr (w, "target", cid);
      rc |= xmlTextWriterEndElement (w);
      rc |= xmlTextWriterEndElement (w);
    }
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);

      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"annotation");
      rc |= _qm_export_write_attr (w, "target", target);
      rc |= _qm_export_write_attr (w, "motivation", "commenting");
      rc |= write_element (w, "note", qm_note_get_text (note));
      rc |= xmlTextWriterEndElement (w);
    }
  return rc;
}

static int
write_standoff (QmExportContext  *ctx,
                xmlTextWriterPtr  w,
                GArray           *items,
                GArray           *orphans)
{
  int rc = 0;

  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"standOff");
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"listAnnotation");
  for (guint i = 0; i < items->len; i++)
    rc |= write_standoff_for (ctx, w, &g_array_index (items, Item, i));
  for (guint i = 0; i < orphans->len; i++)
    rc |= write_standoff_for (ctx, w, &g_array_index (orphans, Item, i));
  rc |= xmlTextWriterEndElement (w);

  if (orphans->len > 0)
    {
      /* Words that were annotated but are no longer in the article, or
       * only in the blank lines between paragraphs */
      rc |= xmlTextWriterStartElement (w, (const xmlChar *)"listAnnotation");
      rc |= _qm_export_write_attr (w, "type", "orphans");
      for (guint i = 0; i < orphans->len; i++)
        {
          Item *item = &g_array_index (orphans, Item, i);
          g_autofree char *exact = _qm_export_xml_safe (qm_target_get_exact (qm_annotation_get_target (item->annotation)));
          g_autofree char *target = g_strconcat ("#", item->xml_id, NULL);

          rc |= xmlTextWriterStartElement (w, (const xmlChar *)"annotation");
          rc |= _qm_export_write_attr (w, "target", target);
          rc |= _qm_export_write_attr (w, "motivation", QM_IS_QUOTE (item->annotation) ? "identifying" : "highlighting");
          rc |= xmlTextWriterStartElement (w, (const xmlChar *)"note");
          rc |= start_annotation (ctx, w, item, TRUE);
          rc |= xmlTextWriterWriteString (w, (const xmlChar *)exact);
          rc |= xmlTextWriterEndElement (w);
          rc |= xmlTextWriterEndElement (w);
          rc |= xmlTextWriterEndElement (w);
        }
      rc |= xmlTextWriterEndElement (w);
    }
  rc |= xmlTextWriterEndElement (w);
  return rc;
}

static void
item_clear (gpointer data)
{
  Item *item = data;

  g_free (item->xml_id);
}

/* Whether any of the annotation's words are in a paragraph, where <body>
 * can hold them; blank lines between paragraphs are not written. */
static gboolean
in_paragraphs (QmText       *text,
               QmAnnotation *annotation)
{
  guint p = qm_text_paragraph_at (text, qm_annotation_get_start (annotation));
  gsize ps;

  if (p >= qm_text_get_n_paragraphs (text))
    return FALSE;
  qm_text_get_paragraph (text, p, &ps, NULL);
  return ps < qm_annotation_get_end (annotation);
}

static void
collect (QmText     *text,
         GArray     *items,
         GArray     *orphans,
         GPtrArray  *annotations,
         const char *prefix)
{
  for (guint i = 0; i < annotations->len; i++)
    {
      Item item = { g_ptr_array_index (annotations, i), NULL, 0 };
      gboolean placed = !_qm_export_is_orphan (item.annotation) && in_paragraphs (text, item.annotation);

      item.xml_id = make_xml_id (prefix, qm_annotation_get_id (item.annotation));
      g_array_append_val (placed ? items : orphans, item);
    }
}

GBytes *
_qm_export_tei (QmExportContext  *ctx,
                GError          **error)
{
  xmlBufferPtr buffer = xmlBufferCreateSize (1 << 16);
  xmlTextWriterPtr w;
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GArray) orphans = g_array_new (FALSE, FALSE, sizeof (Item));
  int rc = 0;

  /* Doubling, not the exact-size default: 100 000 annotations would
   * otherwise reallocate the whole buffer on every write. */
  xmlBufferSetAllocationScheme (buffer, XML_BUFFER_ALLOC_DOUBLEIT);
  w = xmlNewTextWriterMemory (buffer, 0);

  g_array_set_clear_func (items, item_clear);
  g_array_set_clear_func (orphans, item_clear);
  collect (ctx->text, items, orphans, ctx->quotes, "q-");
  collect (ctx->text, items, orphans, ctx->highlights, "h-");

  /* Header and standOff indented for people; the text not at all, since
   * there every blank is part of the article. */
  xmlTextWriterSetIndent (w, 1);
  xmlTextWriterSetIndentString (w, (const xmlChar *)" ");
  rc |= xmlTextWriterStartDocument (w, NULL, "UTF-8", NULL);
  rc |= xmlTextWriterStartElementNS (w, NULL, (const xmlChar *)"TEI", (const xmlChar *)TEI_NS);
  rc |= write_header (ctx, w);
  rc |= write_standoff (ctx, w, items, orphans);
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"text");
  xmlTextWriterSetIndent (w, 0);
  rc |= xmlTextWriterStartElement (w, (const xmlChar *)"body");
  if (rc >= 0)
    rc |= write_body (ctx, w, items);
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);
  rc |= xmlTextWriterEndElement (w);

  return _qm_export_finish_writer (w, buffer, rc < 0 ? -1 : 0, error);
}

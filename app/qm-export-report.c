/* qm-export-report.c
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

/*
 * The report: one self-contained HTML page (no scripts, no external files)
 * with a summary (quotes per speaker, per tag, per verification status, each
 * with a CSS bar chart), the quotes grouped by speaker with their tags and
 * notes, and the article with quotes and highlights marked. Print CSS keeps
 * quotes whole on a page and the marks' colours on paper.
 */

typedef struct
{
  const char *label;
  const char *color;
  guint       count;
} Count;

static const char report_css[] =
  "body{font:15px/1.5 Cantarell,'Noto Sans',sans-serif;max-width:52em;margin:2em auto;padding:0 1em;color:#222}"
  "h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #ccc}"
  "table{border-collapse:collapse;margin:.5em 0 1.5em;width:100%}"
  "th,td{text-align:left;padding:.2em .5em;border-bottom:1px solid #eee;vertical-align:middle}"
  "td.n{text-align:right;width:3em;font-variant-numeric:tabular-nums}"
  "td.bar{width:40%}.bar span{display:block;height:.9em;background:#3584e4;border-radius:2px}"
  ".quote{margin:.8em 0;padding:.4em .8em;border-left:4px solid #3584e4;background:#f6f8fa;"
  "break-inside:avoid;page-break-inside:avoid}"
  ".quote blockquote{margin:0;font-size:1.05em}.meta{color:#555;font-size:.85em}"
  ".tag{display:inline-block;padding:0 .4em;margin:0 .2em .1em 0;border-radius:.6em;"
  "border:1px solid #bbb;font-size:.8em}"
  ".note{margin:.3em 0 0;padding:.2em .5em;background:#fff8c5;font-size:.9em;white-space:pre-wrap}"
  ".article p{text-align:justify}.article .q{border-bottom:2px solid #3584e4}"
  "mark{background:#f9f06b;color:inherit}"
  ".orphan{border-left-color:#c01c28}"
  "@media print{body{margin:0;max-width:none;font-size:11pt}h2{break-after:avoid;page-break-after:avoid}"
  "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}a{color:inherit;text-decoration:none}}";

static void
esc (GString    *out,
     const char *text)
{
  g_autofree char *safe = NULL;

  if (text == NULL)
    return;
  safe = g_markup_escape_text (text, -1);
  g_string_append (out, safe);
}

/* Appends @format (translated) filled in with plain-text arguments, escaped
 * as a whole. */
static void G_GNUC_PRINTF (2, 3)
esc_printf (GString    *out,
            const char *format,
            ...)
{
  g_autofree char *text = NULL;
  va_list args;

  va_start (args, format);
  text = g_strdup_vprintf (format, args);
  va_end (args);
  esc (out, text);
}

/* The kind of a quote as the report names it, and its review state */
static const char *
kind_label (QmQuoteKind kind)
{
  switch (kind)
    {
    case QM_QUOTE_KIND_DIRECT: return C_("report", "direct quote");
    case QM_QUOTE_KIND_INDIRECT: return C_("report", "indirect quote");
    case QM_QUOTE_KIND_MIXED: return C_("report", "mixed quote");
    case QM_QUOTE_KIND_SCARE: return C_("report", "scare quote");
    default: return "";
    }
}

static const char *
short_kind_label (QmQuoteKind kind)
{
  switch (kind)
    {
    case QM_QUOTE_KIND_DIRECT: return C_("quote kind", "direct");
    case QM_QUOTE_KIND_INDIRECT: return C_("quote kind", "indirect");
    case QM_QUOTE_KIND_MIXED: return C_("quote kind", "mixed");
    case QM_QUOTE_KIND_SCARE: return C_("quote kind", "scare");
    default: return "";
    }
}

static const char *
review_label (QmReviewState review)
{
  switch (review)
    {
    case QM_REVIEW_UNREVIEWED: return C_("review state", "unreviewed");
    case QM_REVIEW_ACCEPTED: return C_("review state", "accepted");
    case QM_REVIEW_REJECTED: return C_("review state", "rejected");
    default: return "";
    }
}

/* "3 quotes, 1 highlight, 2 people" */
static char *
counts_text (QmExportContext *ctx)
{
  guint n_quotes = ctx->quotes->len, n_highlights = ctx->highlights->len, n_people = ctx->people->len;
  g_autofree char *quotes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", n_quotes),
                                             n_quotes);
  g_autofree char *highlights = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u highlight", "%u highlights",
                                                              n_highlights), n_highlights);
  g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n_people),
                                             n_people);

  /* Translators: the counts under the report's title: quotes, highlights
   * and people ("3 quotes, 1 highlight, 2 people") */
  return g_strdup_printf (C_("report", "%s, %s, %s"), quotes, highlights, people);
}

static const char *
safe_color (const char *color,
            const char *fallback)
{
  if (color == NULL || color[0] != '#' || (strlen (color) != 7 && strlen (color) != 4))
    return fallback;
  for (guint i = 1; color[i] != '\0'; i++)
    if (!g_ascii_isxdigit (color[i]))
      return fallback;
  return color;
}

static void
count_add (GArray     *counts,
           const char *label,
           const char *color)
{
  for (guint i = 0; i < counts->len; i++)
    {
      Count *c = &g_array_index (counts, Count, i);

      if (g_strcmp0 (c->label, label) == 0)
        {
          c->count++;
          return;
        }
    }
  {
    Count c = { label, color, 1 };
    g_array_append_val (counts, c);
  }
}

static int
count_compare (gconstpointer a,
               gconstpointer b)
{
  const Count *x = a, *y = b;

  if (x->count != y->count)
    return x->count > y->count ? -1 : 1;
  return g_strcmp0 (x->label, y->label);
}

typedef struct
{
  GArray *speakers;
  GArray *tags;
  GArray *verification;
} Summary;

static void
summarize (QmExportContext *ctx,
           Summary         *s)
{
  s->speakers = g_array_new (FALSE, FALSE, sizeof (Count));
  s->tags = g_array_new (FALSE, FALSE, sizeof (Count));
  s->verification = g_array_new (FALSE, FALSE, sizeof (Count));

  for (guint i = 0; i < ctx->quotes->len; i++)
    {
      QmQuote *quote = g_ptr_array_index (ctx->quotes, i);
      QmPerson *speaker = _qm_export_speaker (ctx, quote);
      const char * const *tags = qm_annotation_get_tags (QM_ANNOTATION (quote));
      gboolean verified = FALSE;

      count_add (s->speakers, speaker != NULL ? qm_person_get_name (speaker) : _("Unattributed"),
                 speaker != NULL ? qm_person_get_color (speaker) : NULL);
      for (guint t = 0; tags != NULL && tags[t] != NULL; t++)
        {
          QmTagCategory *cat = qm_annotation_set_lookup_tag (ctx->set, tags[t]);

          if (cat == NULL)
            continue;
          if (g_strcmp0 (qm_tag_category_get_group_id (cat), QM_TAG_GROUP_VERIFICATION) == 0)
            {
              verified = TRUE;
              count_add (s->verification, qm_tag_category_get_label (cat), qm_tag_category_get_color (cat));
            }
          else
            count_add (s->tags, qm_tag_category_get_label (cat), qm_tag_category_get_color (cat));
        }
      if (!verified)
        /* Translators: the verification status of a quote without one, in the report */
        count_add (s->verification, _("Not checked"), NULL);
    }
  g_array_sort (s->speakers, count_compare);
  g_array_sort (s->tags, count_compare);
  g_array_sort (s->verification, count_compare);
}

static void
summary_clear (Summary *s)
{
  g_array_unref (s->speakers);
  g_array_unref (s->tags);
  g_array_unref (s->verification);
}

/* Quotes per person (the NULL key holds the unattributed ones), in text
 * order: one pass instead of one per person. */
static GHashTable *
group_by_speaker (QmExportContext *ctx)
{
  GHashTable *groups = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)g_ptr_array_unref);

  for (guint i = 0; i < ctx->quotes->len; i++)
    {
      QmQuote *quote = g_ptr_array_index (ctx->quotes, i);
      QmPerson *speaker = _qm_export_speaker (ctx, quote);
      GPtrArray *list = g_hash_table_lookup (groups, speaker);

      if (list == NULL)
        {
          list = g_ptr_array_new ();
          g_hash_table_insert (groups, speaker, list);
        }
      g_ptr_array_add (list, quote);
    }
  return groups;
}

static void
write_table (GString    *out,
             const char *title,
             const char *column,
             GArray     *counts)
{
  guint max = 1;

  for (guint i = 0; i < counts->len; i++)
    max = MAX (max, g_array_index (counts, Count, i).count);

  g_string_append (out, "<table class=\"summary\"><caption>");
  esc (out, title);
  g_string_append (out, "</caption><thead><tr><th>");
  esc (out, column);
  g_string_append (out, "</th><th>");
  /* Translators: the heading of the report's column of counts of quotes */
  esc (out, C_("report column", "Quotes"));
  g_string_append (out, "</th><th></th></tr></thead><tbody>\n");
  for (guint i = 0; i < counts->len; i++)
    {
      Count *c = &g_array_index (counts, Count, i);

      g_string_append (out, "<tr><td>");
      esc (out, c->label);
      g_string_append_printf (out, "</td><td class=\"n\">%u</td>"
                                   "<td class=\"bar\"><span style=\"width:%.1f%%;background:%s\"></span></td></tr>\n",
                              c->count, 100.0 * c->count / max, safe_color (c->color, "#3584e4"));
    }
  if (counts->len == 0)
    {
      g_string_append (out, "<tr><td colspan=\"3\">");
      /* Translators: an empty table of the report */
      esc (out, C_("report table", "None"));
      g_string_append (out, "</td></tr>\n");
    }
  g_string_append (out, "</tbody></table>\n");
}

static void
write_quote (QmExportContext *ctx,
             GString         *out,
             QmQuote         *quote)
{
  QmAnnotation *annotation = QM_ANNOTATION (quote);
  const char * const *tags = qm_annotation_get_tags (annotation);
  GListModel *notes = qm_annotation_get_notes (annotation);
  guint n_notes = g_list_model_get_n_items (notes);
  QmPerson *speaker = _qm_export_speaker (ctx, quote);
  gboolean orphan = _qm_export_is_orphan (annotation);
  g_autofree char *words = qm_quote_dup_words (quote);

  g_string_append_printf (out, "<div class=\"quote%s\" id=\"q-", orphan ? " orphan" : "");
  esc (out, qm_annotation_get_id (annotation));
  g_string_append_printf (out, "\" style=\"border-left-color:%s\">",
                          orphan ? "#c01c28" : safe_color (speaker != NULL ? qm_person_get_color (speaker) : NULL,
                                                          "#3584e4"));
  g_string_append (out, "<blockquote>");
  esc (out, words);
  g_string_append (out, "</blockquote><div class=\"meta\">");
  esc (out, kind_label (qm_quote_get_kind (quote)));
  if (qm_quote_get_review (quote) != QM_REVIEW_UNREVIEWED)
    {
      g_string_append (out, ", ");
      esc (out, review_label (qm_quote_get_review (quote)));
    }
  if (orphan)
    {
      g_string_append (out, ", ");
      /* Translators: said of an orphaned quote in the report */
      esc (out, _("no longer found in the article"));
    }
  g_string_append (out, " ");
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      QmTagCategory *cat = qm_annotation_set_lookup_tag (ctx->set, tags[i]);
      QmTagGroup *group;

      if (cat == NULL)
        continue;
      group = qm_annotation_set_lookup_tag_group (ctx->set, qm_tag_category_get_group_id (cat));
      g_string_append_printf (out, "<span class=\"tag\" style=\"border-color:%s\">",
                              safe_color (qm_tag_category_get_color (cat), "#bbb"));
      if (group != NULL)
        {
          esc (out, qm_tag_group_get_label (group));
          g_string_append (out, ": ");
        }
      esc (out, qm_tag_category_get_label (cat));
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</div>");
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);

      g_string_append (out, "<p class=\"note\">");
      esc (out, qm_note_get_text (note));
      g_string_append (out, "</p>");
    }
  g_string_append (out, "</div>\n");
}

typedef struct
{
  gsize    pos;
  gboolean start;
  gboolean quote;
} Event;

static int
event_compare (gconstpointer a,
               gconstpointer b)
{
  const Event *x = a, *y = b;

  if (x->pos != y->pos)
    return x->pos < y->pos ? -1 : 1;
  /* ends before starts at the same place */
  return (int)x->start - (int)y->start;
}

static void
add_events (GArray    *events,
            GPtrArray *annotations,
            gboolean   quote)
{
  for (guint i = 0; i < annotations->len; i++)
    {
      QmAnnotation *annotation = g_ptr_array_index (annotations, i);
      Event s = { qm_annotation_get_start (annotation), TRUE, quote };
      Event e = { qm_annotation_get_end (annotation), FALSE, quote };

      if (_qm_export_is_orphan (annotation))
        continue;
      g_array_append_val (events, s);
      g_array_append_val (events, e);
    }
}

static void
write_run (GString    *out,
           QmText     *text,
           gsize       start,
           gsize       end,
           int         quotes,
           int         highlights,
           gboolean    pango)
{
  g_autofree char *slice = NULL;

  if (end <= start)
    return;
  slice = qm_text_dup_slice (text, start, end);
  if (quotes > 0)
    g_string_append (out, pango ? "<u>" : "<span class=\"q\">");
  if (highlights > 0)
    g_string_append (out, pango ? "<span background=\"#f9f06b\">" : "<mark>");
  esc (out, slice);
  if (highlights > 0)
    g_string_append (out, pango ? "</span>" : "</mark>");
  if (quotes > 0)
    g_string_append (out, pango ? "</u>" : "</span>");
}

/* Each run of text between two annotation boundaries is wrapped in what
 * covers it, so overlapping quotes and highlights need no nesting. */
static void
write_article (QmExportContext *ctx,
               GString         *out,
               gboolean         pango)
{
  g_autoptr(GArray) events = g_array_new (FALSE, FALSE, sizeof (Event));
  guint n_paras = qm_text_get_n_paragraphs (ctx->text);
  guint e = 0;
  int quotes = 0, highlights = 0;

  add_events (events, ctx->quotes, TRUE);
  add_events (events, ctx->highlights, FALSE);
  g_array_sort (events, event_compare);

  for (guint p = 0; p < n_paras; p++)
    {
      gsize ps, pe, pos;

      qm_text_get_paragraph (ctx->text, p, &ps, &pe);
      pos = ps;
      g_string_append (out, pango ? "\n" : "<p>");
      while (e < events->len && g_array_index (events, Event, e).pos <= pe)
        {
          Event *ev = &g_array_index (events, Event, e++);

          if (ev->pos > pos)
            {
              write_run (out, ctx->text, pos, ev->pos, quotes, highlights, pango);
              pos = ev->pos;
            }
          if (ev->quote)
            quotes += ev->start ? 1 : -1;
          else
            highlights += ev->start ? 1 : -1;
        }
      write_run (out, ctx->text, pos, pe, quotes, highlights, pango);
      g_string_append (out, pango ? "\n" : "</p>\n");
    }
}

GBytes *
_qm_export_report (QmExportContext  *ctx,
                   GError          **error)
{
  GString *out = g_string_sized_new (8192 + ctx->quotes->len * 400 + qm_text_get_n_bytes (ctx->text) * 2);
  const char *name = qm_annotation_set_get_source_name (ctx->set);
  Summary summary;
  g_autoptr(GHashTable) by_speaker = NULL;

  if (name == NULL)
    /* Translators: the report's article when it has no name */
    name = _("Article");
  summarize (ctx, &summary);

  g_string_append (out, "<!DOCTYPE html>\n<html lang=\"");
  /* Translators: the code of the language of this translation (de, pt-BR,
   * …), which the report's HTML declares */
  esc (out, C_("report HTML language", "en"));
  g_string_append (out, "\">\n<head>\n<meta charset=\"utf-8\">\n"
                        "<meta name=\"generator\" content=\"Quotemark " PACKAGE_VERSION "\">\n<title>");
  /* Translators: the report's title; %s is the article's name */
  esc_printf (out, _("Quotes in %s"), name);
  g_string_append_printf (out, "</title>\n<style>%s</style>\n</head>\n<body>\n<h1>", report_css);
  esc_printf (out, _("Quotes in %s"), name);
  g_string_append (out, "</h1>\n<p class=\"meta\">");
  {
    g_autofree char *counts = counts_text (ctx);

    /* Translators: under the report's title: the counts ("3 quotes,
     * 1 highlight, 2 people") and the checksum of the article's text */
    esc_printf (out, _("%s. Text SHA-256 %s."), counts, qm_text_get_sha256 (ctx->text));
  }
  g_string_append (out, "</p>\n");

  g_string_append (out, "<section id=\"summary\">\n<h2>");
  /* Translators: a heading of the report */
  esc (out, C_("report", "Summary"));
  g_string_append (out, "</h2>\n");
  /* Translators: a table of the report and its first column's heading */
  write_table (out, _("Quotes per speaker"), C_("report column", "Speaker"), summary.speakers);
  write_table (out, _("Quotes per tag"), C_("report column", "Tag"), summary.tags);
  write_table (out, _("Quotes per verification status"), C_("report column", "Verification"),
               summary.verification);
  g_string_append (out, "</section>\n");

  g_string_append (out, "<section id=\"speakers\">\n<h2>");
  /* Translators: a heading of the report */
  esc (out, _("Quotes by speaker"));
  g_string_append (out, "</h2>\n");
  by_speaker = group_by_speaker (ctx);
  for (guint i = 0; i <= ctx->people->len; i++)
    {
      QmPerson *person = i < ctx->people->len ? g_ptr_array_index (ctx->people, i) : NULL;
      GPtrArray *quotes = g_hash_table_lookup (by_speaker, person);
      const char * const *aliases = person != NULL ? qm_person_get_aliases (person) : NULL;
      const char *role = person != NULL ? qm_person_get_role (person) : NULL;

      if (quotes == NULL)
        continue;
      if (person != NULL)
        {
          g_string_append (out, "<section class=\"speaker\" id=\"p-");
          esc (out, qm_person_get_id (person));
          g_string_append (out, "\">\n<h3>");
        }
      else
        g_string_append (out, "<section class=\"speaker\" id=\"unattributed\">\n<h3>");
      esc (out, person != NULL ? qm_person_get_name (person) : _("Unattributed"));
      g_string_append (out, "</h3>\n");
      if ((role != NULL && *role != '\0') || (aliases != NULL && aliases[0] != NULL))
        {
          g_string_append (out, "<p class=\"meta\">");
          if (aliases != NULL && aliases[0] != NULL)
            {
              g_autofree char *joined = g_strjoinv (", ", (char **)aliases);

              if (role != NULL && *role != '\0')
                /* Translators: under a speaker's name in the report: the
                 * speaker's role, and the other names the article uses */
                esc_printf (out, _("%s. Also called %s"), role, joined);
              else
                /* Translators: under a speaker's name in the report: the
                 * other names the article uses */
                esc_printf (out, _("Also called %s"), joined);
            }
          else
            esc (out, role);
          g_string_append (out, "</p>\n");
        }
      for (guint q = 0; q < quotes->len; q++)
        write_quote (ctx, out, g_ptr_array_index (quotes, q));
      g_string_append (out, "</section>\n");
    }
  g_string_append (out, "</section>\n");

  g_string_append (out, "<section class=\"article\" id=\"article\">\n<h2>");
  /* Translators: a heading of the report, over the article's text */
  esc (out, _("The article"));
  g_string_append (out, "</h2>\n");
  write_article (ctx, out, FALSE);
  g_string_append (out, "</section>\n</body>\n</html>\n");

  summary_clear (&summary);
  return g_string_free_to_bytes (out);
}

static void
markup_counts (GString    *out,
               const char *title,
               GArray     *counts)
{
  guint max = 1;

  for (guint i = 0; i < counts->len; i++)
    max = MAX (max, g_array_index (counts, Count, i).count);

  g_string_append (out, "\n<b>");
  esc (out, title);
  g_string_append (out, "</b>\n");
  for (guint i = 0; i < counts->len; i++)
    {
      Count *c = &g_array_index (counts, Count, i);
      guint width = MAX (1, (c->count * 30 + max - 1) / max);

      g_string_append_printf (out, "<span foreground=\"%s\">", safe_color (c->color, "#3584e4"));
      for (guint k = 0; k < width; k++)
        g_string_append (out, "█");
      g_string_append_printf (out, "</span> %u  ", c->count);
      esc (out, c->label);
      g_string_append_c (out, '\n');
    }
}

static void
markup_quote (QmExportContext *ctx,
              GString         *out,
              QmQuote         *quote)
{
  QmAnnotation *annotation = QM_ANNOTATION (quote);
  GListModel *notes = qm_annotation_get_notes (annotation);
  guint n_notes = g_list_model_get_n_items (notes);
  GString *all_tags = g_string_new (NULL);
  g_autofree char *words = qm_quote_dup_words (quote);

  for (guint g = 0; g < ctx->groups->len; g++)
    {
      g_autofree char *joined = _qm_export_join_tags (ctx, annotation,
                                                      qm_tag_group_get_id (g_ptr_array_index (ctx->groups, g)),
                                                      ", ", TRUE);
      if (*joined == '\0')
        continue;
      if (all_tags->len > 0)
        g_string_append (all_tags, "; ");
      g_string_append (all_tags, joined);
    }

  g_string_append (out, "  “");
  esc (out, words);
  g_string_append (out, "”\n    <i>");
  esc (out, short_kind_label (qm_quote_get_kind (quote)));
  if (_qm_export_is_orphan (annotation))
    {
      g_string_append (out, ", ");
      esc (out, _("no longer found in the article"));
    }
  if (all_tags->len > 0)
    {
      g_string_append (out, " · ");
      esc (out, all_tags->str);
    }
  g_string_append (out, "</i>\n");
  for (guint i = 0; i < n_notes; i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);

      g_auto(GStrv) lines = g_strsplit (qm_note_get_text (note), "\n", -1);
      /* Translators: before a note's text in the printed report */
      const char *label = C_("report", "Note:");

      g_string_append (out, "    ");
      esc (out, label);
      g_string_append_c (out, ' ');
      for (guint l = 0; lines[l] != NULL; l++)
        {
          if (l > 0)
            {
              /* the following lines start under the first one */
              g_string_append_c (out, '\n');
              for (glong k = g_utf8_strlen (label, -1) + 5; k > 0; k--)
                g_string_append_c (out, ' ');
            }
          esc (out, lines[l]);
        }
      g_string_append_c (out, '\n');
    }
  g_string_free (all_tags, TRUE);
}

char *
_qm_export_report_markup (QmExportContext *ctx)
{
  GString *out = g_string_new (NULL);
  const char *name = qm_annotation_set_get_source_name (ctx->set);
  g_autoptr(GHashTable) by_speaker = NULL;
  Summary summary;

  summarize (ctx, &summary);
  g_string_append (out, "<big><b>");
  esc_printf (out, _("Quotes in %s"), name != NULL ? name : _("Article"));
  g_string_append (out, "</b></big>\n");
  {
    g_autofree char *counts = counts_text (ctx);

    esc (out, counts);
    g_string_append_c (out, '\n');
  }

  markup_counts (out, _("Quotes per speaker"), summary.speakers);
  markup_counts (out, _("Quotes per tag"), summary.tags);
  markup_counts (out, _("Quotes per verification status"), summary.verification);

  g_string_append (out, "\n<big><b>");
  esc (out, _("Quotes by speaker"));
  g_string_append (out, "</b></big>\n");
  by_speaker = group_by_speaker (ctx);
  for (guint i = 0; i <= ctx->people->len; i++)
    {
      QmPerson *person = i < ctx->people->len ? g_ptr_array_index (ctx->people, i) : NULL;
      GPtrArray *quotes = g_hash_table_lookup (by_speaker, person);

      if (quotes == NULL)
        continue;
      g_string_append (out, "\n<b>");
      esc (out, person != NULL ? qm_person_get_name (person) : _("Unattributed"));
      g_string_append (out, "</b>");
      if (person != NULL && qm_person_get_role (person) != NULL && *qm_person_get_role (person) != '\0')
        {
          g_string_append (out, ", ");
          esc (out, qm_person_get_role (person));
        }
      g_string_append_c (out, '\n');
      for (guint q = 0; q < quotes->len; q++)
        markup_quote (ctx, out, g_ptr_array_index (quotes, q));
    }

  g_string_append (out, "\n<big><b>");
  esc (out, _("The article"));
  g_string_append (out, "</b></big>\n");
  write_article (ctx, out, TRUE);

  summary_clear (&summary);
  return g_string_free (out, FALSE);
}

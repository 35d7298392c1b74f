/* qm-cli-show.c
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

#define G_LOG_DOMAIN "quotemark-cli"

#include "config.h"

#include <glib/gi18n.h>

#include <stdio.h>
#include <string.h>

#include "qm-cli.h"
#include "qm-sidecar.h"
#include "qm-sidecar-location.h"
#include "qm-source.h"

/* One line, at most @width characters (not bytes), padded. */
static char *
cell (const char *s,
      guint       width)
{
  GString *out = g_string_new (NULL);
  guint n = 0;

  for (const char *p = s ? s : ""; *p && n < width; p = g_utf8_next_char (p), n++)
    {
      gunichar c = g_utf8_get_char (p);
      const char *next = g_utf8_next_char (p);

      if (n == width - 1 && *next != '\0')
        {
          g_string_append (out, "…");
          n++;
          break;
        }
      g_string_append_unichar (out, g_unichar_isspace (c) ? ' ' : c);
    }
  for (; n < width; n++)
    g_string_append_c (out, ' ');
  return g_string_free (out, FALSE);
}

static char *
tag_labels (QmAnnotationSet *set,
            QmAnnotation    *a)
{
  g_autoptr(GStrvBuilder) b = g_strv_builder_new ();
  g_auto(GStrv) labels = NULL;

  for (const char * const *t = qm_annotation_get_tags (a); *t; t++)
    {
      QmTagCategory *cat = qm_annotation_set_lookup_tag (set, *t);
      g_strv_builder_add (b, cat ? qm_tag_category_get_label (cat) : *t);
    }
  labels = g_strv_builder_end (b);
  return g_strjoinv (", ", labels);
}

/* The names of kinds, review and anchor states as "show" prints them: in
 * English the names used in files, in other languages their translation. */
typedef struct
{
  const char *context;
  guint       n;
  const char *names[4];
} Names;

static const Names kind_names = { "quote kind", 4, {
  [QM_QUOTE_KIND_DIRECT] = NC_("quote kind", "direct"),
  [QM_QUOTE_KIND_INDIRECT] = NC_("quote kind", "indirect"),
  [QM_QUOTE_KIND_MIXED] = NC_("quote kind", "mixed"),
  [QM_QUOTE_KIND_SCARE] = NC_("quote kind", "scare"),
} };

static const Names review_names = { "review state", 3, {
  [QM_REVIEW_UNREVIEWED] = NC_("review state", "unreviewed"),
  [QM_REVIEW_ACCEPTED] = NC_("review state", "accepted"),
  [QM_REVIEW_REJECTED] = NC_("review state", "rejected"),
} };

static const Names anchor_names = { "anchor state", 4, {
  [QM_ANCHOR_EXACT] = NC_("anchor state", "exact"),
  [QM_ANCHOR_MOVED] = NC_("anchor state", "moved"),
  [QM_ANCHOR_FUZZY] = NC_("anchor state", "fuzzy"),
  [QM_ANCHOR_ORPHAN] = NC_("anchor state", "orphan"),
} };

static const char *
enum_label (const Names *names,
            guint        value)
{
  if (value >= names->n)
    return "?";
  return g_dpgettext2 (GETTEXT_PACKAGE, names->context, names->names[value]);
}

/* The width of a column: at least @min, its heading's and every name's
 * length in characters (so English keeps its widths: 8, 10 and 6). */
static guint
column_width (guint        min,
              const char  *heading,
              const Names *names)
{
  guint width = MAX (min, heading ? (guint)g_utf8_strlen (heading, -1) : 0);

  for (guint i = 0; names != NULL && i < names->n; i++)
    width = MAX (width, (guint)g_utf8_strlen (enum_label (names, i), -1));
  return width;
}

int
qm_cli_show (int    argc,
             char **argv)
{
  g_autoptr(GOptionContext) context = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) sidecar = NULL;
  g_autoptr(QmSource) source = NULL;
  g_autoptr(QmAnnotationSet) set = NULL;
  g_autoptr(GError) error = NULL;
  GListModel *quotes, *people, *highlights;
  guint n_quotes, n_people, n_highlights, n_orphans;
  int ret;

  context = g_option_context_new (N_("FILE"));
  g_option_context_set_summary (context, N_("Print the annotations of an article (read from ARTICLE.quotemark.xml) "
                                            "as a table."));
  if ((ret = qm_cli_parse (context, 0, &argc, &argv)) != QM_CLI_EXIT_OK)
    return ret;
  if (argc != 2)
    {
      qm_cli_error (_("give exactly one article (see --help)"));
      return QM_CLI_EXIT_USAGE;
    }

  file = qm_cli_article_for_arg (argv[1]);
  sidecar = qm_sidecar_locate (file, NULL);
  if ((source = qm_source_new_for_file (file, NULL, &error)) == NULL)
    {
      qm_cli_error ("%s: %s", argv[1], qm_cli_describe_error (error));
      return QM_CLI_EXIT_FAILURE;
    }
  if ((set = qm_sidecar_load (sidecar, source, NULL, &error)) == NULL)
    {
      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        /* Translators: both %s are the article's file name */
        qm_cli_error (_("%s: no annotations yet (run “quotemark-cli annotate %s”)"), argv[1], argv[1]);
      else
        qm_cli_error ("%s: %s: %s", argv[1], g_file_peek_path (sidecar), error->message);
      return QM_CLI_EXIT_FAILURE;
    }

  quotes = qm_annotation_set_get_quotes (set);
  people = qm_annotation_set_get_people (set);
  highlights = qm_annotation_set_get_highlights (set);
  n_quotes = g_list_model_get_n_items (quotes);
  n_people = g_list_model_get_n_items (people);
  n_highlights = g_list_model_get_n_items (highlights);
  n_orphans = qm_annotation_set_count_orphans (set);
  {
    g_autofree char *quotes_s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u quote", "%u quotes", n_quotes),
                                                 n_quotes);
    g_autofree char *people_s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", n_people),
                                                 n_people);
    g_autofree char *highlights_s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u highlight", "%u highlights",
                                                                  n_highlights), n_highlights);

    /* Translators: the first line of "quotemark-cli show": the article's
     * file name, then how many quotes, people and highlights it has
     * ("article.txt — 3 quotes, 2 people, 1 highlight") */
    printf (_("%s — %s, %s, %s"), argv[1], quotes_s, people_s, highlights_s);
    if (n_orphans > 0)
      {
        /* Translators: added to the first line of "quotemark-cli show":
         * how many of the annotations are no longer found in the article */
        g_autofree char *orphans_s = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u orphaned", "%u orphaned",
                                                                   n_orphans), n_orphans);
        printf (", %s", orphans_s);
      }
    printf ("\n");
  }
  if (qm_annotation_set_get_text_changed (set))
    printf ("%s\n", _("The article changed since the annotations were saved; they were re-attached."));
  if (qm_annotation_set_get_read_only (set))
    {
      /* Translators: %s says why the annotations cannot be saved */
      printf (_("Read-only: %s"), qm_annotation_set_get_read_only_reason (set));
      printf ("\n");
    }

  if (n_people > 0)
    {
      printf ("\n%s\n", _("People"));
      for (guint i = 0; i < n_people; i++)
        {
          g_autoptr(QmPerson) p = g_list_model_get_item (people, i);
          g_autofree char *aliases = g_strjoinv (", ", (char **)qm_person_get_aliases (p));
          g_autofree char *also = NULL;
          const char *name = qm_person_get_name (p);
          const char *role = qm_person_get_role (p);
          g_autoptr(GString) line = g_string_new ("  ");

          if (*aliases)
            /* Translators: after a person's role in "quotemark-cli show";
             * %s lists the other names the article gives the person */
            also = g_strdup_printf (_(" (also: %s)"), aliases);
          /* the role in a column of its own, counted in characters (as
           * cell() does, where printf's %-28s counted bytes), and no
           * spaces at the end of a line without one */
          g_string_append (line, name);
          if (role != NULL || also != NULL)
            {
              for (glong n = g_utf8_strlen (name, -1); n < 28; n++)
                g_string_append_c (line, ' ');
              g_string_append_printf (line, " %s%s", role ? role : "", also ? also : "");
            }
          printf ("%s\n", line->str);
        }
    }

  {
    /* Translators: the column headings of the quote table of
     * "quotemark-cli show": where the quote is (character offsets), its
     * kind, its speaker, its review state, how it is anchored in the text,
     * its tags and its words */
    const char *h_where = C_("show column", "where");
    const char *h_kind = C_("show column", "kind");
    const char *h_speaker = C_("show column", "speaker");
    const char *h_review = C_("show column", "review");
    const char *h_anchor = C_("show column", "anchor");
    const char *h_tags = C_("show column", "tags");
    const char *h_text = C_("show column", "text");
    guint w_where = column_width (13, h_where, NULL);
    guint w_kind = column_width (0, h_kind, &kind_names);
    guint w_speaker = column_width (20, h_speaker, NULL);
    guint w_review = column_width (0, h_review, &review_names);
    guint w_anchor = column_width (0, h_anchor, &anchor_names);
    guint w_tags = column_width (22, h_tags, NULL);
    g_autofree char *c_h_where = cell (h_where, w_where);
    g_autofree char *c_h_kind = cell (h_kind, w_kind);
    g_autofree char *c_h_speaker = cell (h_speaker, w_speaker);
    g_autofree char *c_h_review = cell (h_review, w_review);
    g_autofree char *c_h_anchor = cell (h_anchor, w_anchor);
    g_autofree char *c_h_tags = cell (h_tags, w_tags);

    printf ("\n  %-4s %s %s %s %s %s %s %s\n", "#", c_h_where, c_h_kind, c_h_speaker, c_h_review, c_h_anchor,
            c_h_tags, h_text);
    for (guint i = 0; i < n_quotes; i++)
      {
        g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i);
        QmAnnotation *a = QM_ANNOTATION (q);
        QmPerson *speaker = qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (q));
        g_autofree char *where = g_strdup_printf ("%zu–%zu", qm_annotation_get_start (a), qm_annotation_get_end (a));
        g_autofree char *tags = tag_labels (set, a);
        g_autofree char *c_where = cell (where, w_where);
        g_autofree char *c_kind = cell (enum_label (&kind_names, qm_quote_get_kind (q)),
                                        w_kind);
        g_autofree char *c_speaker = cell (speaker ? qm_person_get_name (speaker) : "—", w_speaker);
        g_autofree char *c_review = cell (enum_label (&review_names,
                                                      qm_quote_get_review (q)), w_review);
        g_autofree char *c_anchor = cell (enum_label (&anchor_names,
                                                      qm_annotation_get_anchor_state (a)), w_anchor);
        g_autofree char *c_tags = cell (*tags ? tags : "—", w_tags);
        g_autofree char *words = qm_quote_dup_words (q);
        g_autofree char *c_text = cell (words, 60);
        GListModel *notes = qm_annotation_get_notes (a);

        /* the last column ends the line: no padding after it */
        printf ("  %-4u %s %s %s %s %s %s %s\n", i + 1, c_where, c_kind, c_speaker, c_review, c_anchor, c_tags,
                g_strchomp (c_text));
        for (guint n = 0; n < g_list_model_get_n_items (notes); n++)
          {
            g_autoptr(QmNote) note = g_list_model_get_item (notes, n);
            g_autofree char *c_note = cell (qm_note_get_text (note), 70);

            printf ("       ");
            /* Translators: a note under a quote in "quotemark-cli show": its
             * author (or "?") and its text */
            printf (_("note by %s: %s"), qm_note_get_author (note) ? qm_note_get_author (note) : "?",
                    g_strchomp (c_note));
            printf ("\n");
          }
      }
  }

  if (n_highlights > 0)
    {
      guint w_anchor = column_width (6, NULL, &anchor_names);

      printf ("\n%s\n", _("Highlights"));
      for (guint i = 0; i < n_highlights; i++)
        {
          g_autoptr(QmAnnotation) a = g_list_model_get_item (highlights, i);
          g_autofree char *where = g_strdup_printf ("%zu–%zu", qm_annotation_get_start (a), qm_annotation_get_end (a));
          g_autofree char *tags = tag_labels (set, a);
          g_autofree char *c_anchor = cell (enum_label (&anchor_names,
                                                        qm_annotation_get_anchor_state (a)), w_anchor);
          g_autofree char *c_where = cell (where, 13);
          g_autofree char *c_tags = cell (*tags ? tags : "—", 22);
          g_autofree char *c_text = cell (qm_target_get_exact (qm_annotation_get_target (a)), 60);

          /* cell() counts characters, where printf's %-13s counted bytes */
          printf ("  %s %s %s %s\n", c_where, c_anchor, c_tags, g_strchomp (c_text));
        }
    }
  return QM_CLI_EXIT_OK;
}

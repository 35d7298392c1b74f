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

  file = g_file_new_for_commandline_arg (argv[1]);
  sidecar = qm_sidecar_locate (file, NULL);
  if ((source = qm_source_new_for_file (file, NULL, &error)) == NULL)
    {
      qm_cli_error ("%s: %s", argv[1], error->message);
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
  printf ("%s — %u quotes, %u people, %u highlights", argv[1], g_list_model_get_n_items (quotes),
          g_list_model_get_n_items (people), g_list_model_get_n_items (highlights));
  if (qm_annotation_set_count_orphans (set) > 0)
    printf (", %u orphaned", qm_annotation_set_count_orphans (set));
  printf ("\n");
  if (qm_annotation_set_get_text_changed (set))
    printf ("The article changed since the annotations were saved; they were re-attached.\n");
  if (qm_annotation_set_get_read_only (set))
    printf ("Read-only: %s\n", qm_annotation_set_get_read_only_reason (set));

  if (g_list_model_get_n_items (people) > 0)
    {
      printf ("\nPeople\n");
      for (guint i = 0; i < g_list_model_get_n_items (people); i++)
        {
          g_autoptr(QmPerson) p = g_list_model_get_item (people, i);
          g_autofree char *aliases = g_strjoinv (", ", (char **)qm_person_get_aliases (p));

          printf ("  %-28s %s%s%s%s\n", qm_person_get_name (p), qm_person_get_role (p) ? qm_person_get_role (p) : "",
                  *aliases ? " (also: " : "", aliases, *aliases ? ")" : "");
        }
    }

  printf ("\n  %-4s %-13s %-8s %-20s %-10s %-6s %-22s %s\n", "#", "where", "kind", "speaker", "review", "anchor",
          "tags", "text");
  for (guint i = 0; i < g_list_model_get_n_items (quotes); i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (quotes, i);
      QmAnnotation *a = QM_ANNOTATION (q);
      QmPerson *speaker = qm_annotation_set_lookup_person (set, qm_quote_get_speaker_id (q));
      g_autofree char *where = g_strdup_printf ("%zu–%zu", qm_annotation_get_start (a), qm_annotation_get_end (a));
      g_autofree char *tags = tag_labels (set, a);
      g_autofree char *c_where = cell (where, 13);
      g_autofree char *c_speaker = cell (speaker ? qm_person_get_name (speaker) : "—", 20);
      g_autofree char *c_tags = cell (*tags ? tags : "—", 22);
      g_autofree char *c_text = cell (qm_target_get_exact (qm_annotation_get_target (a)), 60);
      GListModel *notes = qm_annotation_get_notes (a);

      printf ("  %-4u %s %-8s %s %-10s %-6s %s %s\n", i + 1, c_where, qm_quote_kind_to_string (qm_quote_get_kind (q)),
              c_speaker, qm_review_state_to_string (qm_quote_get_review (q)),
              qm_anchor_state_to_string (qm_annotation_get_anchor_state (a)), c_tags, c_text);
      for (guint n = 0; n < g_list_model_get_n_items (notes); n++)
        {
          g_autoptr(QmNote) note = g_list_model_get_item (notes, n);
          g_autofree char *c_note = cell (qm_note_get_text (note), 70);

          printf ("       note by %s: %s\n", qm_note_get_author (note) ? qm_note_get_author (note) : "?", c_note);
        }
    }

  if (g_list_model_get_n_items (highlights) > 0)
    {
      printf ("\nHighlights\n");
      for (guint i = 0; i < g_list_model_get_n_items (highlights); i++)
        {
          g_autoptr(QmAnnotation) a = g_list_model_get_item (highlights, i);
          g_autofree char *where = g_strdup_printf ("%zu–%zu", qm_annotation_get_start (a), qm_annotation_get_end (a));
          g_autofree char *tags = tag_labels (set, a);
          g_autofree char *c_text = cell (qm_target_get_exact (qm_annotation_get_target (a)), 60);

          printf ("  %-13s %-6s %-22s %s\n", where, qm_anchor_state_to_string (qm_annotation_get_anchor_state (a)),
                  *tags ? tags : "—", c_text);
        }
    }
  return QM_CLI_EXIT_OK;
}

/* export-fixture.c
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

#include "config.h"

#include <string.h>

#include "export-fixture.h"

const char export_fixture_text[] =
  "Präsidentin Zoë Müller sagte: „Wir schaffen das 🚀 – ganz sicher.“\n"
  "\n"
  "The minister, Jean-Luc Ødegaard, said the budget would \"balance by 2030\". "
  "\"Not a chance, friends,\" replied 𝒜lex Smith, the opposition leader.\n"
  "\n"
  "Critics called it a \"miracle\" plan. According to Ødegaard, taxes will not rise.\n";

/* Code-point offset of the nth (from 0) occurrence of @needle */
gsize
export_fixture_offset (const char *needle,
                       guint       nth)
{
  const char *p = export_fixture_text;

  for (guint i = 0; ; i++)
    {
      p = strstr (p, needle);
      g_assert_nonnull (p);
      if (i == nth)
        break;
      p++;
    }
  return g_utf8_pointer_to_offset (export_fixture_text, p);
}

static QmQuote *
quote (QmAnnotationSet *set,
       QmQuoteKind      kind,
       const char      *words,
       guint            nth)
{
  g_autoptr(GError) error = NULL;
  gsize s = export_fixture_offset (words, nth);
  QmQuote *q = qm_annotation_set_create_quote (set, kind, s, s + g_utf8_strlen (words, -1), &error);

  g_assert_no_error (error);
  return q;
}

static void
mention (QmAnnotationSet *set,
         QmQuote         *q,
         const char      *words,
         guint            nth,
         gboolean         cue)
{
  g_autoptr(GError) error = NULL;
  gsize s = export_fixture_offset (words, nth);
  gsize e = s + g_utf8_strlen (words, -1);

  if (cue)
    qm_annotation_set_set_quote_cue (set, q, s, e, &error);
  else
    qm_annotation_set_set_quote_speaker_mention (set, q, s, e, &error);
  g_assert_no_error (error);
}

static QmPerson *
person (QmAnnotationSet    *set,
        const char         *name,
        const char         *role,
        const char         *color,
        const char * const *aliases)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmPerson) p = qm_person_new (name);

  g_assert_true (qm_annotation_set_add_person (set, p, &error));
  g_assert_no_error (error);
  if (role != NULL)
    g_assert_true (qm_annotation_set_set_person_role (set, p, role, &error));
  if (color != NULL)
    g_assert_true (qm_annotation_set_set_person_color (set, p, color, &error));
  if (aliases != NULL)
    g_assert_true (qm_annotation_set_set_person_aliases (set, p, aliases, &error));
  g_assert_no_error (error);
  return p;
}

static void
tag (QmAnnotationSet *set,
     gpointer         annotation,
     const char      *category_id)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (qm_annotation_set_add_tag (set, QM_ANNOTATION (annotation), category_id, &error));
  g_assert_no_error (error);
}

static void
note (QmAnnotationSet *set,
      gpointer         annotation,
      const char      *text)
{
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (qm_annotation_set_add_note (set, QM_ANNOTATION (annotation), text, &error));
  g_assert_no_error (error);
}

static void
speaker (QmAnnotationSet *set,
         QmQuote         *q,
         QmPerson        *p)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (qm_annotation_set_set_quote_speaker (set, q, p, &error));
  g_assert_no_error (error);
}

/**
 * export_fixture_new:
 *
 * Every kind of annotation: direct, indirect, mixed and scare quotes;
 * reviewed and rejected ones; people with roles, colours and aliases; tags
 * from the built-in groups and a group of our own; notes holding commas,
 * quotation marks, line breaks and emoji; highlights that cross quotes and
 * paragraph breaks; a highlight of a blank line; an orphaned quote.
 */
QmAnnotationSet *
export_fixture_new (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = qm_text_new (export_fixture_text, -1, &error);
  QmAnnotationSet *set;
  const char *mueller_aliases[] = { "Müller", "Frau Müller", NULL };
  const char *odegaard_aliases[] = { "Ødegaard", "the minister", NULL };
  QmPerson *mueller, *odegaard, *smith, *ministry;
  QmQuote *q1, *q2, *q3, *q4, *q5;
  QmHighlight *h1, *h2;
  QmTagGroup *topic;
  QmTagCategory *budget;
  g_autoptr(QmTarget) lost = NULL;
  g_autoptr(QmQuote) orphan = NULL;
  gsize s, e;

  g_assert_no_error (error);
  set = qm_annotation_set_new (text);
  qm_annotation_set_set_author (set, "Renée Reporter");

  mueller = person (set, "Zoë Müller", "Präsidentin", "#e01b24", mueller_aliases);
  odegaard = person (set, "Jean-Luc Ødegaard", "Finance minister, \"acting\"", "#1c71d8", odegaard_aliases);
  smith = person (set, "𝒜lex Smith", "opposition leader", NULL, NULL);
  ministry = person (set, "Ministry of Finance", NULL, NULL, NULL);
  (void)ministry;

  topic = qm_annotation_set_add_tag_group (set, "Topic", FALSE, &error);
  g_assert_no_error (error);
  budget = qm_annotation_set_add_tag_category (set, topic, "Budget 💶", "#26a269", &error);
  g_assert_no_error (error);
  qm_annotation_set_add_tag_category (set, topic, "Taxes, duties", "#c64600", &error);
  g_assert_no_error (error);

  q1 = quote (set, QM_QUOTE_KIND_DIRECT, "Wir schaffen das 🚀 – ganz sicher.", 0);
  speaker (set, q1, mueller);
  mention (set, q1, "Zoë Müller", 0, FALSE);
  mention (set, q1, "sagte", 0, TRUE);
  tag (set, q1, "statement-promise");
  tag (set, q1, "verification-true");
  note (set, q1, "Checked against the 📼 recording, 3 May.");
  note (set, q1, "Two lines,\nwith \"quotes\"; and a comma");
  g_assert_true (qm_annotation_set_set_quote_review (set, q1, QM_REVIEW_ACCEPTED, &error));

  q2 = quote (set, QM_QUOTE_KIND_MIXED, "the budget would \"balance by 2030\"", 0);
  speaker (set, q2, odegaard);
  mention (set, q2, "The minister", 0, FALSE);
  mention (set, q2, "said", 0, TRUE);
  tag (set, q2, "statement-prediction");
  tag (set, q2, qm_tag_category_get_id (budget));
  tag (set, q2, "verification-misleading");

  q3 = quote (set, QM_QUOTE_KIND_DIRECT, "Not a chance, friends,", 0);
  speaker (set, q3, smith);
  mention (set, q3, "𝒜lex Smith", 0, FALSE);
  mention (set, q3, "replied", 0, TRUE);
  g_assert_true (qm_annotation_set_set_quote_review (set, q3, QM_REVIEW_REJECTED, &error));

  q4 = quote (set, QM_QUOTE_KIND_SCARE, "miracle", 0);
  tag (set, q4, "statement-opinion");

  q5 = quote (set, QM_QUOTE_KIND_INDIRECT, "taxes will not rise", 0);
  speaker (set, q5, odegaard);
  mention (set, q5, "Ødegaard", 1, FALSE);
  mention (set, q5, "According to", 0, TRUE);
  tag (set, q5, "verification-unverified");
  note (set, q5, "Ask the ministry\tfor the forecast");

  /* Crosses the end of q2 and the start of q3 */
  s = export_fixture_offset ("budget would", 0);
  e = export_fixture_offset ("a chance", 0);
  h1 = qm_annotation_set_create_highlight (set, s, e, &error);
  g_assert_no_error (error);
  tag (set, h1, qm_tag_category_get_id (budget));
  note (set, h1, "Compare with the 2029 plan");

  /* Runs over a paragraph break */
  s = export_fixture_offset ("opposition leader", 0);
  e = export_fixture_offset (" called", 0);
  h2 = qm_annotation_set_create_highlight (set, s, e, &error);
  g_assert_no_error (error);
  (void)h2;

  /* Nothing but the blank line between two paragraphs */
  s = export_fixture_offset ("\n\nThe minister", 0);
  qm_annotation_set_create_highlight (set, s, s + 2, &error);
  g_assert_no_error (error);

  /* Words that were in an earlier version of the article */
  lost = qm_target_new (10, 20, "before ", "Wir haben es nicht geschafft", " after");
  orphan = g_object_new (QM_TYPE_QUOTE,
                         "kind", QM_QUOTE_KIND_DIRECT,
                         "target", lost,
                         "anchor-state", QM_ANCHOR_ORPHAN,
                         NULL);
  g_assert_true (qm_annotation_set_add_annotation (set, QM_ANNOTATION (orphan), &error));
  g_assert_no_error (error);
  speaker (set, orphan, mueller);
  note (set, orphan, "Removed from the online version");

  return set;
}

/**
 * export_fixture_new_large:
 * @n_annotations: how many quotes and highlights to make
 *
 * A long article of generated paragraphs with @n_annotations annotations
 * (four quotes to one highlight), 200 speakers, tags and notes.
 */
QmAnnotationSet *
export_fixture_new_large (guint n_annotations)
{
  static const char sentence[] = "Die Ministerin sagte: „Wir bauen 🚀 Brücken für alle.“ Er sagte, es sei gut. ";
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = NULL;
  g_autoptr(GPtrArray) people = g_ptr_array_new ();
  GString *str = g_string_new (NULL);
  QmAnnotationSet *set;
  guint n_sentences = n_annotations / 2 + 1;
  glong sentence_len = g_utf8_strlen (sentence, -1);
  glong quote_start = g_utf8_pointer_to_offset (sentence, strstr (sentence, "Wir"));
  glong quote_len = g_utf8_strlen ("Wir bauen 🚀 Brücken für alle.", -1);
  glong ind_start = g_utf8_pointer_to_offset (sentence, strstr (sentence, "es sei"));
  glong ind_len = g_utf8_strlen ("es sei gut", -1);
  guint made = 0;

  for (guint i = 0; i < n_sentences; i++)
    {
      g_string_append (str, sentence);
      if (i % 5 == 4)
        g_string_append (str, "\n\n");
    }
  text = qm_text_new (str->str, str->len, &error);
  g_assert_no_error (error);
  g_string_free (str, TRUE);

  set = qm_annotation_set_new (text);
  for (guint i = 0; i < 200; i++)
    {
      g_autofree char *name = g_strdup_printf ("Person Nummer %u", i);
      g_autoptr(QmPerson) p = qm_person_new (name);

      qm_annotation_set_add_person (set, p, &error);
      g_assert_no_error (error);
      g_ptr_array_add (people, p);
    }

  /* Positions computed, not searched: the text repeats one sentence, and a
   * paragraph break adds two characters every fifth sentence. */
  qm_annotation_set_begin_group (set, "Fixture");
  for (guint i = 0; made < n_annotations; i++)
    {
      gsize base = (gsize)i * sentence_len + (i / 5) * 2;
      QmQuote *q;

      if (made % 5 == 4)
        {
          QmHighlight *h = qm_annotation_set_create_highlight (set, base + quote_start, base + quote_start + 5,
                                                               &error);
          g_assert_no_error (error);
          qm_annotation_set_add_tag (set, QM_ANNOTATION (h), "statement-fact", &error);
          made++;
        }
      if (made >= n_annotations)
        break;
      q = qm_annotation_set_create_quote (set, QM_QUOTE_KIND_DIRECT, base + quote_start,
                                          base + quote_start + quote_len, &error);
      g_assert_no_error (error);
      qm_annotation_set_set_quote_speaker (set, q, g_ptr_array_index (people, i % people->len), &error);
      qm_annotation_set_add_tag (set, QM_ANNOTATION (q), "statement-claim", &error);
      qm_annotation_set_add_tag (set, QM_ANNOTATION (q), i % 2 ? "verification-true" : "verification-false",
                                 &error);
      if (i % 3 == 0)
        qm_annotation_set_add_note (set, QM_ANNOTATION (q), "Checked, \"fine\"", &error);
      g_assert_no_error (error);
      made++;
      if (made < n_annotations)
        {
          q = qm_annotation_set_create_quote (set, QM_QUOTE_KIND_INDIRECT, base + ind_start,
                                              base + ind_start + ind_len, &error);
          g_assert_no_error (error);
          made++;
        }
    }
  qm_annotation_set_end_group (set);
  return set;
}

/* test-analyzer.c
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

#include "qm-analyzer.h"
#include "qm-analyzer-private.h"
#include "qm-lang.h"

typedef struct
{
  QmText     *text;
  QmAnalysis *analysis;
} Result;

static void
result_clear (Result *r)
{
  g_clear_pointer (&r->analysis, qm_analysis_unref);
  g_clear_object (&r->text);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Result, result_clear)

static void
analyze (Result     *r,
         const char *utf8,
         const char *language)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new (language, &error);

  g_assert_no_error (error);
  r->text = qm_text_new (utf8, -1, &error);
  g_assert_no_error (error);
  r->analysis = qm_analyzer_analyze (analyzer, r->text, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (r->analysis);
}

static char *
span_text (Result *r,
           QmSpan  span)
{
  if (span.start < 0)
    return NULL;
  return qm_text_dup_slice (r->text, span.start, span.end);
}

/* The quote whose words are exactly @words, or NULL. */
static const QmFoundQuote *
find_quote (Result     *r,
            const char *words)
{
  for (guint i = 0; i < r->analysis->quotes->len; i++)
    {
      const QmFoundQuote *q = &g_array_index (r->analysis->quotes, QmFoundQuote, i);
      g_autofree char *s = span_text (r, q->span);

      if (g_strcmp0 (s, words) == 0)
        return q;
    }
  return NULL;
}

static const QmFoundQuote *
expect_quote (Result      *r,
              const char  *words,
              QmQuoteKind  kind)
{
  const QmFoundQuote *q = find_quote (r, words);

  if (q == NULL)
    {
      for (guint i = 0; i < r->analysis->quotes->len; i++)
        {
          const QmFoundQuote *o = &g_array_index (r->analysis->quotes, QmFoundQuote, i);
          g_autofree char *s = span_text (r, o->span);

          g_test_message ("found %s: [%s]", qm_quote_kind_to_string (o->kind), s);
        }
      g_error ("no quote [%s]", words);
    }
  g_assert_cmpstr (qm_quote_kind_to_string (q->kind), ==, qm_quote_kind_to_string (kind));
  g_assert_cmpfloat (q->confidence, >, 0.0);
  g_assert_cmpfloat (q->confidence, <=, 1.0);
  return q;
}

static const char *
person_name (Result             *r,
             const QmFoundQuote *q)
{
  if (q->person < 0)
    return NULL;
  g_assert_cmpint (q->person, <, (int)r->analysis->people->len);
  return ((QmFoundPerson *)g_ptr_array_index (r->analysis->people, q->person))->name;
}

static void
expect_speaker (Result             *r,
                const QmFoundQuote *q,
                const char         *mention,
                const char         *person)
{
  g_autofree char *m = span_text (r, q->speaker);

  g_assert_cmpstr (m, ==, mention);
  g_assert_cmpstr (person_name (r, q), ==, person);
}

static void
expect_mention (Result             *r,
                const QmFoundQuote *q,
                const char         *mention)
{
  g_autofree char *m = span_text (r, q->speaker);

  g_assert_cmpstr (m, ==, mention);
}

static void
expect_cue (Result             *r,
            const QmFoundQuote *q,
            const char         *cue)
{
  g_autofree char *c = span_text (r, q->cue);

  g_assert_cmpstr (c, ==, cue);
}

static guint
count_kind (Result      *r,
            QmQuoteKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < r->analysis->quotes->len; i++)
    n += g_array_index (r->analysis->quotes, QmFoundQuote, i).kind == kind;
  return n;
}

/* Quotation-mark conventions ------------------------------------------------ */

typedef struct
{
  const char *language;
  const char *text;
  const char *words;
} Convention;

static const Convention conventions[] = {
  { "en", "“We will build it this year,” the mayor said.", "We will build it this year," },
  { "en", "‘We will build it this year,’ the mayor said.", "We will build it this year," },
  { "en", "\"We will build it this year,\" the mayor said.", "We will build it this year," },
  { "en", "'We will build it this year,' the mayor said.", "We will build it this year," },
  { "en", "''We will build it this year,'' the mayor said.", "We will build it this year," },
  { "en", "«We will build it this year,» the mayor said.", "We will build it this year," },
  { "en", "« We will build it this year », the mayor said.", " We will build it this year " },
  { "de", "»Wir bauen die Brücke noch in diesem Jahr«, sagte die Bürgermeisterin.",
    "Wir bauen die Brücke noch in diesem Jahr" },
  { "de", "„Wir bauen die Brücke noch in diesem Jahr“, sagte die Bürgermeisterin.",
    "Wir bauen die Brücke noch in diesem Jahr" },
  { "de", "„Wir bauen die Brücke noch in diesem Jahr”, sagte die Bürgermeisterin.",
    "Wir bauen die Brücke noch in diesem Jahr" },
  { "de", "‚Wir bauen die Brücke noch in diesem Jahr‘, sagte die Bürgermeisterin.",
    "Wir bauen die Brücke noch in diesem Jahr" },
  { "en", "「We will build it this year」 the mayor said.", "We will build it this year" },
  { "en", "『We will build it this year』 the mayor said.", "We will build it this year" },
};

static void
test_conventions (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (conventions); i++)
    {
      g_auto(Result) r = { 0, };
      const QmFoundQuote *q;

      g_test_message ("convention %u: %s", i, conventions[i].text);
      analyze (&r, conventions[i].text, conventions[i].language);
      q = expect_quote (&r, conventions[i].words, QM_QUOTE_KIND_DIRECT);
      g_assert_cmpint (q->speaker.start, >=, 0);
      g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
    }
}

static void
test_nested (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *outer, *inner;

  analyze (&r, "“My father always said, ‘Never sell the boat before the storm is over,’ and he was right,” "
               "Pavel Roos said.", "en");
  outer = expect_quote (&r, "My father always said, ‘Never sell the boat before the storm is over,’ and he was right,",
                        QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, outer, "Pavel Roos", "Pavel Roos");
  /* The inner quotation is someone else's words, not Roos's. */
  inner = expect_quote (&r, "Never sell the boat before the storm is over,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (inner->person, !=, outer->person);
  g_assert_cmpint (inner->span.start, >, outer->span.start);
  g_assert_cmpint (inner->span.end, <, outer->span.end);
}

static void
test_mismatched_close (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The mayor spoke for an hour.\n\n“The bridge will open in spring and the quay will stay open.\"\n\n"
               "Nobody asked questions.", "en");
  expect_quote (&r, "The bridge will open in spring and the quay will stay open.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

static void
test_multi_paragraph (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“We inspected it three times in two years. Each time it was worse.\n\n"
               "“A new crossing is not a luxury,” the engineer said.", "en");
  q = expect_quote (&r, "We inspected it three times in two years. Each time it was worse.\n\n"
                        "“A new crossing is not a luxury,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  expect_cue (&r, q, "said");
}

static void
test_unclosed (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "She said: “The vote is final and the work begins now\n\nThe council adjourned.", "en");
  expect_quote (&r, "The vote is final and the work begins now", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

static void
test_apostrophes (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The fishermen don’t trust the plan. Since the ’90s the Jones’ boat has moored here, and "
               "it's the ’80s bridge that rusts. 'Tis a quiet town.", "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
}

static void
test_apostrophe_inside_quote (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "‘We don’t know where the boats will unload, and the Jones’ quay is too small,’ Roos said.", "en");
  expect_quote (&r, "We don’t know where the boats will unload, and the Jones’ quay is too small,",
                QM_QUOTE_KIND_DIRECT);
}

static void
test_scare_quotes (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The so-called “green corridor” runs along the bridge. Critics panned “Harbour Dreams” twice.", "en");
  q = expect_quote (&r, "green corridor", QM_QUOTE_KIND_SCARE);
  g_assert_cmpint (q->person, ==, -1);
  expect_quote (&r, "Harbour Dreams", QM_QUOTE_KIND_SCARE);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
}

/* Reported speech ------------------------------------------------------------ */

static void
test_said_that (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mayor Helena Varga said that the bridge would open in the spring.", "en");
  q = expect_quote (&r, "the bridge would open in the spring", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Mayor Helena Varga", "Helena Varga");
  expect_cue (&r, q, "said");
}

static void
test_said_no_that (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Varga said the bridge would open in the spring.", "en");
  q = expect_quote (&r, "the bridge would open in the spring", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Varga", "Varga");
}

static void
test_said_after (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The market would move to the east pier next year, the port director said.", "en");
  q = expect_quote (&r, "The market would move to the east pier next year", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "the port director", NULL);
  expect_cue (&r, q, "said");
}

/* A time after the verb is no content: "…, the director said Monday."
 * Before "that" it is skipped. */
static void
test_said_time (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) that = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The market would move to the east pier next year, the port director said Monday.", "en");
  q = expect_quote (&r, "The market would move to the east pier next year", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "the port director", NULL);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);

  analyze (&that, "The port director said on Tuesday that the market would move to the east pier.", "en");
  q = expect_quote (&that, "the market would move to the east pier", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&that, q, "The port director", NULL);
}

/* "While X said …, Y …": what X said ends with the subordinate clause. */
static void
test_said_subordinate (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "While the engineer said the girders were sound, the council ordered a second inspection.", "en");
  q = expect_quote (&r, "the girders were sound", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "the engineer", NULL);
}

static void
test_said_inverted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Nobody asked us where the boats will unload,” said Pavel Roos, who chairs the cooperative.", "en");
  q = expect_quote (&r, "Nobody asked us where the boats will unload,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Pavel Roos", "Pavel Roos");
  expect_cue (&r, q, "said");
}

static void
test_said_twice (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Councillor Tomas Brandt said the budget was far too small and said that the quay would close "
               "in May.", "en");
  /* The second cue ends the first content, without the "and". */
  q = expect_quote (&r, "the budget was far too small", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tomas Brandt");
  q = expect_quote (&r, "the quay would close in May", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tomas Brandt");
}

static void
test_quantities (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nearly half said they prefer a mayor with experience.\n\n"
               "Twenty-four percent said the quay should stay open, however that number has dropped since May.",
               "en");
  /* A share of people is a subject, without the adverb before it. */
  q = expect_quote (&r, "they prefer a mayor with experience", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "half");
  /* A hyphenated number word; ", however" ends the content. */
  q = expect_quote (&r, "the quay should stay open", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Twenty-four percent");
}

static void
test_told (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Dr. Ines Okafor told reporters that the old bridge had reached the end of its life.", "en");
  q = expect_quote (&r, "the old bridge had reached the end of its life", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Dr. Ines Okafor", "Ines Okafor");
  expect_cue (&r, q, "told");
}

static void
test_reporting_verbs (void)
{
  const char *verbs[] = { "added", "noted", "stressed", "warned", "reiterated", "claimed", "denied" };

  for (guint i = 0; i < G_N_ELEMENTS (verbs); i++)
    {
      g_auto(Result) r = { 0, };
      g_autofree char *text = g_strdup_printf ("Councillor Tomas Brandt %s that the budget left out the "
                                               "cost of the fish market.", verbs[i]);
      const QmFoundQuote *q;

      analyze (&r, text, "en");
      q = expect_quote (&r, "the budget left out the cost of the fish market", QM_QUOTE_KIND_INDIRECT);
      expect_speaker (&r, q, "Councillor Tomas Brandt", "Tomas Brandt");
      expect_cue (&r, q, verbs[i]);
    }
}

static void
test_according_to (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "According to Varga, the move had been costed separately.\n\n"
               "The quay will close in May, according to the port authority.", "en");
  q = expect_quote (&r, "the move had been costed separately", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Varga", "Varga");
  expect_cue (&r, q, "According to");
  q = expect_quote (&r, "The quay will close in May", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "the port authority", "port authority");
  expect_cue (&r, q, "according to");
}

/* "According to the engineer in charge of the works, …": the content
 * starts after the comma that ends the source, however long. */
static void
test_according_to_long (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "According to the engineer in charge of the inspection last spring, the girders were sound.", "en");
  q = expect_quote (&r, "the girders were sound", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "the engineer");
}

static void
test_mixed (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mayor Helena Varga said the vote was “a promise kept to every family” in the city.", "en");
  q = expect_quote (&r, "the vote was “a promise kept to every family” in the city", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Mayor Helena Varga", "Helena Varga");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

static void
test_colon_intro (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Brandt put it bluntly: “We are being asked to sign a cheque without knowing the amount.”\n\n"
               "The Harbour Gazette reports:\n\n“The council has never approved a larger project.”", "en");
  q = expect_quote (&r, "We are being asked to sign a cheque without knowing the amount.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Brandt", "Brandt");
  q = expect_quote (&r, "The council has never approved a larger project.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "The Harbour Gazette", "Harbour Gazette");
  expect_cue (&r, q, "reports");
}

static void
test_carry_over (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Councillor Tomas Brandt warned that the budget was incomplete.\n\n"
               "“When the bills arrive, it will not be the mayor who pays them. It will be everyone.”", "en");
  q = expect_quote (&r, "When the bills arrive, it will not be the mayor who pays them. It will be everyone.",
                    QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tomas Brandt");
  g_assert_cmpint (q->cue.start, ==, -1);
  g_assert_cmpfloat (q->confidence, <, 0.9);
  /* The mention the carried attribution rests on: the earlier one. */
  expect_mention (&r, q, "Councillor Tomas Brandt");
}

static void
test_join_paragraphs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The quay will close for two years,” Councillor Tomas Brandt said.\n\n"
               "“Nobody has told the fishermen where to go.”\n\n"
               "The mayor did not answer.\n\n"
               "“We will see,” she said.", "en");
  /* A quotation paragraph without a cue goes on with the one before. */
  q = expect_quote (&r, "The quay will close for two years,” Councillor Tomas Brandt said.\n\n"
                        "“Nobody has told the fishermen where to go.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tomas Brandt");
  /* One with a cue of its own, after narration, stands alone. */
  expect_quote (&r, "We will see,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 2);
}

static void
test_carry_over_mood (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bürgermeisterin Helena Varga warnte vor neuen Kosten. Sie sagte, die Brücke sei marode. "
               "Die Sanierung sei „teurer als alle bisherigen Bauprojekte der Stadt“.", "de");
  /* Konjunktiv I goes on with the last speaker and names her mention. */
  q = expect_quote (&r, "teurer als alle bisherigen Bauprojekte der Stadt", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Helena Varga");
  expect_mention (&r, q, "Sie");
}

static void
test_carry_over_mood_title (void)
{
  g_auto(Result) r = { 0, };

  /* A name in quotation marks in such a sentence quotes no one. */
  analyze (&r, "Bürgermeisterin Helena Varga sagte, die Brücke sei marode. Das Programm „Sichere Brücken“ "
               "komme zu spät.", "de");
  expect_quote (&r, "Sichere Brücken", QM_QUOTE_KIND_SCARE);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
}

static void
test_carry_over_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A quotation that is a sentence of its own takes the speaker of the
   * paragraph's earlier quotation. */
  analyze (&r, "Bürgermeister Jonas Keller sagte am Abend: „Die Brücke bleibt gesperrt.“ Die Prüfung dauere "
               "noch an. „Wir öffnen sie erst, wenn alle Gutachten vorliegen.“", "de");
  q = expect_quote (&r, "Wir öffnen sie erst, wenn alle Gutachten vorliegen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  expect_mention (&r, q, "Bürgermeister Jonas Keller");
}

static void
test_carry_over_mood_more (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* "halte" is Konjunktiv I too. */
  analyze (&r, "Bürgermeisterin Helena Varga sagte, die Brücke sei marode. Außerdem halte die Stadt den Plan "
               "für „überfällig und dringend geboten“.", "de");
  q = expect_quote (&r, "Außerdem halte die Stadt den Plan für „überfällig und dringend geboten“", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Helena Varga");
}

static void
test_carry_over_limited (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* Two paragraphs without a speaker break the chain. */
  analyze (&r, "Brandt warned that the budget was incomplete.\n\nThe council met at noon.\n\n"
               "The vote was close.\n\n“Nobody here has seen the final bill for the whole project.”", "en");
  q = expect_quote (&r, "Nobody here has seen the final bill for the whole project.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->person, ==, -1);
}

static void
test_pronoun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mayor Helena Varga opened the meeting.\n\n"
               "“The bridge is safe for now,” she said.", "en");
  q = expect_quote (&r, "The bridge is safe for now,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "she", "Helena Varga");
}

static void
test_role_noun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt spoke first. Then the Finance Minister Anja Lindqvist arrived.\n\n"
               "“The application will be judged on its merits,” the minister said.", "en");
  q = expect_quote (&r, "The application will be judged on its merits,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "the minister", "Anja Lindqvist");
}

static void
test_possessive_words (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Minister Anja Lindqvist arrived late. She reiterated President Karl Moor’s words that "
               "“no region will be left behind by this government.”", "en");
  q = expect_quote (&r, "no region will be left behind by this government.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Karl Moor");
}

static void
test_aliases (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q1, *q2, *q3;
  QmFoundPerson *person;

  analyze (&r, "President Ilona Varhelyi said that the talks were useful.\n\n"
               "Varhelyi also said that trade would grow next year.\n\n"
               "Earlier, President Ilona Varhely said that the border would stay open.", "en");
  q1 = expect_quote (&r, "the talks were useful", QM_QUOTE_KIND_INDIRECT);
  q2 = expect_quote (&r, "trade would grow next year", QM_QUOTE_KIND_INDIRECT);
  q3 = expect_quote (&r, "the border would stay open", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q1->person, >=, 0);
  g_assert_cmpint (q1->person, ==, q2->person);
  g_assert_cmpint (q1->person, ==, q3->person);
  g_assert_cmpuint (r.analysis->people->len, ==, 1);
  person = g_ptr_array_index (r.analysis->people, q1->person);
  g_assert_cmpstr (person->name, ==, "Ilona Varhelyi");
  g_assert_cmpstr (person->role, ==, "President");
  g_assert_cmpuint (person->mentions->len, ==, 3);
  g_assert_cmpuint (person->aliases->len, >=, 2);
}

static void
test_byline (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Harbour bridge approved\n\nBy Maren Feld\n\n"
               "“It is a promise kept to every family,” the mayor said.", "en");
  q = expect_quote (&r, "It is a promise kept to every family,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->person, ==, -1);
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "Maren Feld");
}

static void
test_organisation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;
  QmFoundPerson *org;

  analyze (&r, "The ministry said that the report would be published on Friday.", "en");
  q = expect_quote (&r, "the report would be published on Friday", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "The ministry", "ministry");
  org = g_ptr_array_index (r.analysis->people, q->person);
  g_assert_true (org->organisation);
}

/* "in all five states", "covers 12 states": a form in -s after a number is
 * a plural noun, no cue. */
static void
test_counted_noun (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) none = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ferry riders in all five states, the survey found, want the night service to stay.", "en");
  q = expect_quote (&r, "Ferry riders in all five states, the survey found, want the night service to stay",
                    QM_QUOTE_KIND_INDIRECT);
  expect_cue (&r, q, "found");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);

  analyze (&none, "Ferry lines in all five states carried more passengers this year. "
                  "The new ferry law now covers 12 states along the coast.", "en");
  g_assert_cmpuint (none.analysis->quotes->len, ==, 0);
}

/* After a quotation that closes on a comma or a question mark, the words
 * after the cue say to whom and where it was said: no reported speech,
 * unless "that" introduces it; a participle after them goes on with the
 * same speaker. */
static void
test_after_quotation (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) asked = { 0, };
  g_auto(Result) adding = { 0, };
  g_auto(Result) that = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“We will finish the bridge by May,” the mayor told reporters at the harbour on Friday.", "en");
  q = expect_quote (&r, "We will finish the bridge by May,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "the mayor", NULL);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);

  analyze (&asked, "“Why wait?” she asked the council members after the vote.", "en");
  g_assert_cmpuint (asked.analysis->quotes->len, ==, 1);
  g_assert_cmpuint (count_kind (&asked, QM_QUOTE_KIND_DIRECT), ==, 1);

  analyze (&adding, "“We will win,” she said Tuesday, adding that the ferry would run at night.", "en");
  q = expect_quote (&adding, "the ferry would run at night", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&adding, q, "she");
  g_assert_cmpuint (adding.analysis->quotes->len, ==, 2);

  analyze (&that, "“It is early,” the mayor told reporters that the bridge would open in May.", "en");
  expect_quote (&that, "the bridge would open in May", QM_QUOTE_KIND_INDIRECT);
}

/* "said Sunday on local radio that …": the time, place and occasion after
 * the cue come before the content. */
static void
test_time_place (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The mayor said Sunday on local radio that the ferry would keep running. "
               "The harbour master said Thursday during a visit to the pier, that the boats were safe.", "en");
  q = expect_quote (&r, "the ferry would keep running", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The mayor");
  q = expect_quote (&r, "the boats were safe", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The harbour master");
}

/* "Last week, the mayor wrote about …": a short phrase before the subject
 * says when, not what was said; a short quotation there still is. */
static void
test_short_before (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) quoted = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Last week, the mayor wrote about the ferry in her newsletter. "
               "In December, the harbour master wrote about the storm damage.", "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 0);

  analyze (&quoted, "“Not yet,” the mayor said.", "en");
  q = expect_quote (&quoted, "Not yet,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&quoted, q, "the mayor");
}

/* "…, which will cost …, according to the minutes": the relative clause
 * is what the source reports; a long source still opens the content. */
static void
test_according_relative (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) source = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The council approved the new pier, which will cost two million euros, according to the minutes.", "en");
  q = expect_quote (&r, "which will cost two million euros", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "the minutes");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);

  analyze (&source, "According to early results of the survey conducted by the harbour office for the regional "
                    "council and the two ferry companies, most riders want a night service.", "en");
  expect_quote (&source, "most riders want a night service", QM_QUOTE_KIND_INDIRECT);
}

/* "… by May. (The odds are slim.)": a parenthesis that opens with a
 * capital after a full stop is a sentence of its own. */
static void
test_parenthesis_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The mayor said the ferry would run again by May. (The odds are slim, as the harbour is closed.)", "en");
  q = expect_quote (&r, "the ferry would run again by May", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The mayor");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

static void
test_german (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bürgermeisterin Helena Varga sagte, die Brücke werde im Frühjahr eröffnet.\n\n"
               "„Wir bauen für die nächsten hundert Jahre“, sagte Varga.\n\n"
               "Am Dienstag erklärte der Minister: „Die Entscheidung fällt im nächsten Monat.“", NULL);
  g_assert_cmpstr (r.analysis->language, ==, "de");
  q = expect_quote (&r, "die Brücke werde im Frühjahr eröffnet", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Bürgermeisterin Helena Varga", "Helena Varga");
  q = expect_quote (&r, "Wir bauen für die nächsten hundert Jahre", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Varga", "Helena Varga");
  expect_cue (&r, q, "sagte");
  q = expect_quote (&r, "Die Entscheidung fällt im nächsten Monat.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Minister", NULL);
  expect_cue (&r, q, "erklärte");
}

static void
test_german_sources (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Dem Bericht zufolge wurde die Brücke zu spät geprüft.\n\n"
               "Nach Angaben der Polizei gab es keine Verletzten.\n\n"
               "Bürgermeisterin Helena Varga sagte, die Arbeiten begännen im Mai. Die Kosten seien "
               "„deutlich höher als geplant“ ausgefallen.", "de");
  q = expect_quote (&r, "wurde die Brücke zu spät geprüft", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Dem Bericht", "Bericht");
  expect_cue (&r, q, "zufolge");
  q = expect_quote (&r, "gab es keine Verletzten", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "der Polizei", "Polizei");
  /* Konjunktiv I: the mayor's reported speech goes on without a cue. */
  q = expect_quote (&r, "Die Kosten seien „deutlich höher als geplant“ ausgefallen", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Helena Varga");

  /* "Laut X" needs no comma: the content starts after the source. */
  {
    g_auto(Result) laut = { 0, };

    analyze (&laut, "Laut der Polizei wurden zwei Radfahrer verletzt, als die Ampel ausfiel.", "de");
    q = expect_quote (&laut, "wurden zwei Radfahrer verletzt, als die Ampel ausfiel", QM_QUOTE_KIND_INDIRECT);
  }
}

static void
test_german_fronted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Am frühen Morgen äußerte sich Bürgermeisterin Helena Varga dahingehend, die Brücke sei "
               "„in einem bedenklichen Zustand“.\n\n"
               "Den Ärger der Anwohner brachte der Bürgermeister Jonas Keller zum Ausdruck: "
               "„Wir wurden nicht gefragt.“\n\n"
               "„Die Brücke bleibt bis zum Sommer gesperrt“, hieß es in der Mitteilung der Stadt.\n\n"
               "Im Bericht heißt es: „Die Pfeiler sind stark beschädigt.“", "de");
  /* A phrase after a preposition is fronted: the subject follows the verb. */
  q = expect_quote (&r, "in einem bedenklichen Zustand", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Helena Varga");
  /* So is one that opens with an object's determiner, with its genitive. */
  q = expect_quote (&r, "Wir wurden nicht gefragt.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  /* "es" after the verb: the source is the prepositional phrase. */
  q = expect_quote (&r, "Die Brücke bleibt bis zum Sommer gesperrt", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Mitteilung", "Mitteilung");
  q = expect_quote (&r, "Die Pfeiler sind stark beschädigt.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Bericht", "Bericht");
  g_assert_null (find_quote (&r, "der Stadt"));
}

static void
test_german_adverbs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A capitalised adverb opens the sentence; the subject follows the verb. */
  analyze (&r, "Tatsächlich sagte Bürgermeister Jonas Keller: „Wir wurden nicht gefragt.“\n\n"
               "Offensichtlich hofft Keller, dass die Brücke „bald wieder offen sein wird“.", "de");
  q = expect_quote (&r, "Wir wurden nicht gefragt.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Bürgermeister Jonas Keller", "Jonas Keller");
  q = expect_quote (&r, "bald wieder offen sein wird", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Keller", "Jonas Keller");
}

static void
test_german_auxiliary (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* An auxiliary after the quotation, the subject, the verb at the end. */
  analyze (&r, "„Die Brücke wird im Mai fertig“, wird Jonas Keller, Leiter des Bauamts, in der Zeitung zitiert.\n\n"
               "„Wir haben zu spät geprüft“, hatte Helena Varga in der „Abendpost“ erklärt.", "de");
  q = expect_quote (&r, "Die Brücke wird im Mai fertig", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Jonas Keller", "Jonas Keller");
  expect_cue (&r, q, "zitiert");
  q = expect_quote (&r, "Wir haben zu spät geprüft", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  expect_cue (&r, q, "erklärt");
}

static void
test_german_colon_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* Of the phrases before a colon, the one that names a person speaks. */
  analyze (&r, "Bürgermeister Jonas Keller kam vor zwei Jahren ins Amt.\n\n"
               "Jede Schuld an der Verzögerung weist Keller von sich: „Die Pläne kamen zu spät.“\n\n"
               "Das neue Angebot der Firma lehnt er jedoch ab: „Der Preis ist zu hoch für die Stadt.“\n\n"
               "Als ein Passant nachfragte, rief der Bauleiter: „Bitte gehen Sie weiter!“", "de");
  q = expect_quote (&r, "Die Pläne kamen zu spät.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Keller", "Jonas Keller");
  q = expect_quote (&r, "Der Preis ist zu hoch für die Stadt.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "er", "Jonas Keller");
  q = expect_quote (&r, "Bitte gehen Sie weiter!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der Bauleiter");
}

static void
test_german_particle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* The verb's particle and objects come before the comma and "dass". */
  analyze (&r, "Bürgermeister Jonas Keller stellte aber gleich fest, dass die Brücke „noch lange gesperrt“ "
               "bleibe.\n\n"
               "Helena Varga sagte der „Abendpost“, dass die Kosten „weiter steigen werden“.", "de");
  q = expect_quote (&r, "die Brücke „noch lange gesperrt“ bleibe", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  q = expect_quote (&r, "die Kosten „weiter steigen werden“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
}

static void
test_german_comparison (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* "wie" before a name compares; it introduces no source. */
  analyze (&r, "Helena Varga sagte, dass Städte wie Berlin „viel zu spät“ reagiert hätten.", "de");
  q = expect_quote (&r, "Städte wie Berlin „viel zu spät“ reagiert hätten", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  q = expect_quote (&r, "viel zu spät", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
}

static void
test_german_auxiliary_second (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* An auxiliary in second place, the verb at the end of the clause. */
  analyze (&r, "Keller hatte die Rolle der Bauaufsicht betont: „Ohne Prüfung gibt es keine Freigabe.“\n\n"
               "Am Montag hatte der Bürgermeister erklärt, dass die Brücke „sicherer als je zuvor“ sei.\n\n"
               "Auch die amtierende Ministerin Eva Roth (SPD) sagte, die Brücke sei „nicht mehr sicher“.", "de");
  q = expect_quote (&r, "Ohne Prüfung gibt es keine Freigabe.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Keller");
  q = expect_quote (&r, "die Brücke „sicherer als je zuvor“ sei", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "der Bürgermeister");
  /* Adjectives between the article and the name belong to the subject. */
  q = expect_quote (&r, "die Brücke sei „nicht mehr sicher“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "die amtierende Ministerin Eva Roth", "Eva Roth");
}

static void
test_german_quoted_source (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A paper whose name is in quotation marks speaks. */
  analyze (&r, "„Die Brücke ist ein Sanierungsfall“, schreibt die „Abendpost“.\n\n"
               "Die Zeitung „Neue Stadt Heute“ berichtet, dass die Brücke „bald wieder offen“ sei.", "de");
  q = expect_quote (&r, "Die Brücke ist ein Sanierungsfall", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die „Abendpost");
  g_assert_cmpstr (person_name (&r, q), ==, "Abendpost");
  q = expect_quote (&r, "die Brücke „bald wieder offen“ sei", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Die Zeitung „Neue Stadt Heute");
}

static void
test_german_prepositions (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A phrase after "bezüglich" is fronted; the subject follows the verb. */
  analyze (&r, "Bezüglich des Zeitplans meldet Bürgermeister Jonas Keller, die Brücke werde „erst im Herbst“ "
               "fertig.", "de");
  q = expect_quote (&r, "die Brücke werde „erst im Herbst“ fertig", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Bürgermeister Jonas Keller", "Jonas Keller");
}

static void
test_german_split_interrupted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* The German convention counts the pieces around the cue apart. */
  analyze (&r, "„Die Brücke bleibt zu“, sagte Bürgermeister Jonas Keller. „Wir warten auf das Gutachten.“", "de");
  q = expect_quote (&r, "Die Brücke bleibt zu", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  q = expect_quote (&r, "Wir warten auf das Gutachten.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
}

static void
test_german_opinion (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* No known cue, but a subject, a comma and "dass": the subject's view. */
  analyze (&r, "Bürgermeister Jonas Keller ist der Meinung, dass die Brücke „noch zwei Jahre“ halten werde.\n\n"
               "Es ist klar, dass die Brücke „bald ersetzt“ werden muss.", "de");
  q = expect_quote (&r, "die Brücke „noch zwei Jahre“ halten werde", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Bürgermeister Jonas Keller", "Jonas Keller");
  /* "Es" is no one. */
  g_assert_null (find_quote (&r, "die Brücke „bald ersetzt“ werden muss"));
}

static void
test_german_verb_last (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* In a clause a conjunction opens, the verb is last and the subject first. */
  analyze (&r, "Wie Bürgermeister Jonas Keller am Dienstag in Berlin erklärte, sei die Brücke „nicht mehr zu "
               "retten“.", "de");
  q = expect_quote (&r, "sei die Brücke „nicht mehr zu retten“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Bürgermeister Jonas Keller", "Jonas Keller");
}

static void
test_german_naming (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bürgermeister Jonas Keller nannte den Bericht eine „Zeitungsente“.\n\n"
               "Den Plan bezeichnete Keller als „teuren Unsinn ohne jeden Nutzen“.", "de");
  /* The name given is quoted; the object is no reported speech. */
  q = expect_quote (&r, "Zeitungsente", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  q = expect_quote (&r, "teuren Unsinn ohne jeden Nutzen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
}

static void
test_german_naming_final (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* The naming verb after the quotation, at the end of the clause. */
  analyze (&r, "Der Bürgermeister hat den Plan als „teuren Unsinn“ beschrieben.\n\n"
               "Die Sitzung endete früh, weil Helena Varga den Bericht als „reine Fantasie“ bezeichnet hatte.", "de");
  q = expect_quote (&r, "teuren Unsinn", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Der Bürgermeister");
  expect_cue (&r, q, "beschrieben");
  q = expect_quote (&r, "reine Fantasie", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
}

static void
test_german_reflexive (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Keller schreibt: „Die Trefferquote liegt bei null.“\n\n"
               "„Ich halte die Gebühren für richtig“, äußerte sich Helena Varga gegenüber der Zeitung.\n\n"
               "„Das stimmt so nicht“, entgegnete Keller.\n\n"
               "„Die Stadt hat zu lange gewartet“, bemängelte Helena Varga.\n\n"
               "„Wir sind mit dem Ergebnis zufrieden“, zeigte sich Keller erleichtert.\n\n"
               "„Die Kosten steigen weiter“, führt Helena Varga aus.", "de");
  /* "sich" between the verb and the subject after the quotation */
  q = expect_quote (&r, "Ich halte die Gebühren für richtig", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  q = expect_quote (&r, "Das stimmt so nicht", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Keller", "Keller");
  expect_cue (&r, q, "entgegnete");
  q = expect_quote (&r, "Die Stadt hat zu lange gewartet", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  expect_cue (&r, q, "bemängelte");
  q = expect_quote (&r, "Wir sind mit dem Ergebnis zufrieden", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Keller", "Keller");
  expect_cue (&r, q, "zeigte");
  q = expect_quote (&r, "Die Kosten steigen weiter", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  expect_cue (&r, q, "führt");
}

static void
test_titles (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) en = { 0, };
  g_auto(Result) de = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nach Angaben des Magazins „Neue Stadt Heute“ sei die Brücke seit Jahren marode.\n\n"
               "Bürgermeister Jonas Keller sagte der „Abendpost am Sonntag“, die Prüfer hätten einen "
               "„Fehler mit Folgen“ gemacht.", "de");
  /* A name after a noun or a definite article is no quotation ... */
  expect_quote (&r, "Neue Stadt Heute", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Abendpost am Sonntag", QM_QUOTE_KIND_SCARE);
  /* ... words after an indefinite one are. */
  q = expect_quote (&r, "Fehler mit Folgen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");

  /* So is one whose words all open with a capital, wherever it stands. */
  analyze (&de, "Bürgermeister Jonas Keller sagte, mit „Sichere Brücken 2030“ werde alles „deutlich teurer "
                "als geplant“.", "de");
  expect_quote (&de, "Sichere Brücken 2030", QM_QUOTE_KIND_SCARE);
  q = expect_quote (&de, "deutlich teurer als geplant", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&de, q), ==, "Jonas Keller");

  analyze (&en, "“We were never asked,” Mayor Jonas Keller told the “Harbour Evening Post”.", "en");
  expect_quote (&en, "Harbour Evening Post", QM_QUOTE_KIND_SCARE);
  q = expect_quote (&en, "We were never asked,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&en, q), ==, "Jonas Keller");
  g_assert_null (find_quote (&en, "the “Harbour Evening Post”"));
  g_clear_pointer (&en.analysis, qm_analysis_unref);
  g_clear_object (&en.text);

  /* After a possessive, with the comma inside the marks. */
  analyze (&en, "Sunday on the network’s “Morning Review,” Councillor Tomas Brandt said the quay would close.",
           "en");
  expect_quote (&en, "Morning Review,", QM_QUOTE_KIND_SCARE);
}

static void
test_speaker_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Councillor Tomas Brandt: “We are being asked to sign a cheque without knowing the amount.”\n\n"
               "Brandt writes:\n\nThe budget leaves out the fish market and the new quay.", "en");
  q = expect_quote (&r, "We are being asked to sign a cheque without knowing the amount.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Councillor Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "The budget leaves out the fish market and the new quay.", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Brandt", "Tomas Brandt");
  expect_cue (&r, q, "writes");
}

static void
test_interrupted_pronoun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The quay will close for two years.” He added, “Nobody has told the fishermen where to go.”",
           "en");
  q = expect_quote (&r, "The quay will close for two years.” He added, “Nobody has told the fishermen where to go.",
                    QM_QUOTE_KIND_DIRECT);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  (void)q;
}

static void
test_language (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmAnalyzer) analyzer = NULL;
  const char *en = "The mayor said that the bridge was safe and the work was done.";
  const char *de = "Die Bürgermeisterin sagte, dass die Brücke sicher sei und die Arbeit getan.";

  g_assert_cmpstr (qm_lang_detect (en, strlen (en)), ==, "en");
  g_assert_cmpstr (qm_lang_detect (de, strlen (de)), ==, "de");

  analyzer = qm_analyzer_new ("xx", &error);
  g_assert_null (analyzer);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&error);

  analyzer = qm_analyzer_new ("de", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qm_analyzer_get_language (analyzer), ==, "de");
}

static void
test_lang_file_errors (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmLang) lang = NULL;

  lang = qm_lang_new_from_data ("[language]\ncode=xx\n[quotes]\npairs=“”;«\n", -1, &error);
  g_assert_null (lang);
  g_assert_error (error, G_KEY_FILE_ERROR, G_KEY_FILE_ERROR_INVALID_VALUE);
  g_clear_error (&error);

  lang = qm_lang_new_from_data ("not a key file", -1, &error);
  g_assert_null (lang);
  g_assert_nonnull (error);
  g_clear_error (&error);

  lang = qm_lang_new_from_data ("[language]\ncode=xx\n[quotes]\npairs=“”\n[speech]\nverbs=say;said\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qm_lang_lookup (lang, "Said", 4) & QM_WORD_VERB, !=, 0);
  g_assert_cmpuint (qm_lang_mark_role (lang, 0x201C), ==, QM_MARK_OPEN_DOUBLE);
}

/* Words with letters outside ASCII: any case for the lists that ignore
 * case, the exact spelling for titles, and GLib's case folding for letters
 * whose lower case is longer (İ). */
static void
test_lang_lookup_unicode (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(QmLang) lang = NULL;
  static const char data[] =
    "[language]\ncode=xx\n[quotes]\npairs=“”\n"
    "[speech]\nverbs=äußerte;Erklärte;İfade\n"
    "[people]\ntitles=Bürgermeister\n";
  const struct { const char *word; guint flag; gboolean found; } cases[] = {
    { "äußerte", QM_WORD_VERB, TRUE },
    { "Äußerte", QM_WORD_VERB, TRUE },
    { "ÄUßERTE", QM_WORD_VERB, TRUE },
    { "erklärte", QM_WORD_VERB, TRUE },
    { "ERKLÄRTE", QM_WORD_VERB, TRUE },
    { "erklärt", QM_WORD_VERB, FALSE },
    { "İfade", QM_WORD_VERB, TRUE },
    { "i\xcc\x87" "fade", QM_WORD_VERB, TRUE },
    { "ifade", QM_WORD_VERB, FALSE },
    { "Bürgermeister", QM_WORD_TITLE, TRUE },
    { "bürgermeister", QM_WORD_TITLE, FALSE },
    { "BÜRGERMEISTER", QM_WORD_TITLE, FALSE },
  };

  lang = qm_lang_new_from_data (data, -1, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      guint flags = qm_lang_lookup (lang, cases[i].word, strlen (cases[i].word));

      g_test_message ("%s", cases[i].word);
      g_assert_cmpint ((flags & cases[i].flag) != 0, ==, cases[i].found);
    }
}

/* English language data without the reported-speech model: the rules alone. */
static QmLang *
english_without_model (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QM_DATA_DIR") ? g_getenv ("QM_DATA_DIR") : SOURCE_DATADIR,
                                            "lang", "en.ini", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  QmLang *lang;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lang = qm_lang_new_from_data (contents, -1, &error);
  g_assert_no_error (error);
  g_assert_null (lang->reported_model);
  return lang;
}

static guint
count_kind_in (QmAnalysis  *analysis,
               QmQuoteKind  kind)
{
  guint n = 0;

  for (guint i = 0; i < analysis->quotes->len; i++)
    n += g_array_index (analysis->quotes, QmFoundQuote, i).kind == kind;
  return n;
}

/* A cue no pattern takes, "sought to …", is weighed by the model, which
 * accepts it; the rules alone report nothing. A clause no attribution
 * introduces stays unreported either way. */
static void
test_model_decides (void)
{
  const char *plans = "The mayor has long sought to close the old ferry terminal.";
  g_autoptr(QmLang) rules = english_without_model ();
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = qm_text_new (plans, -1, &error);
  g_autoptr(QmAnalysis) alone = NULL;
  g_auto(Result) r = { 0, };
  g_auto(Result) none = { 0, };
  const QmFoundQuote *q;

  g_assert_no_error (error);
  g_assert_nonnull (qm_lang_get ("en", NULL)->reported_model);
  analyze (&r, plans, "en");
  q = expect_quote (&r, "to close the old ferry terminal", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The mayor");
  alone = _qm_analyze_with_lang (rules, text, NULL, NULL);
  g_assert_cmpuint (alone->quotes->len, ==, 0);

  analyze (&none, "The ferry leaves at noon and returns to the harbour at six.", "en");
  g_assert_cmpuint (none.analysis->quotes->len, ==, 0);
}

/* A model file that does not parse leaves the language to the rules. */
static void
test_model_broken (void)
{
  static const char *const broken[] = {
    "",
    "quotemark-model 2\nbuckets 16\nthreshold 0\nprefilter 9\n",
    "quotemark-model 1\nbuckets 15\nthreshold 0\nprefilter 9\n",
    "quotemark-model 1\nbuckets 16\n",
    "quotemark-model 1\nbuckets 16\nthreshold 0\n",
    "quotemark-model 1\nbuckets 16\nthreshold nan\nprefilter 9\n",
    "quotemark-model 1\nbuckets 16\nthreshold 0\nprefilter\n",
    "quotemark-model 1\nbuckets 16\nthreshold 0\nprefilter 9\n16 0.5\n",
    "quotemark-model 1\nbuckets 16\nthreshold 0\nprefilter 9\n3 inf\n",
    "quotemark-model 1\nbuckets 16\nthreshold 0\nprefilter 9\n3 0.5 7\n",
    "quotemark-model 1\nbuckets 16\nthreshold 0\nprefilter 9\nthree 0.5\n",
  };
  const char *plans = "The council plans to raise parking fees in the spring.";
  g_autoptr(QmLang) lang = english_without_model ();
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = qm_text_new (plans, -1, &error);

  g_assert_no_error (error);
  /* A model that accepts every candidate decides. */
  g_assert_true (qm_lang_load_reported_model (lang, "# all\nquotemark-model 1\nbuckets 16\nthreshold -1\nprefilter 9\n3 0.25\n",
                                              -1, &error));
  g_assert_no_error (error);
  {
    g_autoptr(QmAnalysis) a = _qm_analyze_with_lang (lang, text, NULL, NULL);
    g_autoptr(QmText) seems = qm_text_new ("Indeed, the old bridge seems unsafe to the engineers.", -1, &error);
    g_autoptr(QmAnalysis) b = _qm_analyze_with_lang (lang, seems, NULL, NULL);
    g_autofree char *words = NULL;
    QmFoundQuote *q;

    g_assert_cmpuint (count_kind_in (a, QM_QUOTE_KIND_INDIRECT), ==, 1);
    /* "seems": the clause around the cue, the writer's view, no speaker */
    g_assert_cmpuint (b->quotes->len, ==, 1);
    q = &g_array_index (b->quotes, QmFoundQuote, 0);
    words = qm_text_dup_slice (seems, q->span.start, q->span.end);
    g_assert_cmpstr (words, ==, "the old bridge seems unsafe to the engineers");
    g_assert_cmpint (q->speaker.start, ==, -1);
  }
  {
    /* the content ends before a participle clause after a comma */
    g_autoptr(QmText) fees = qm_text_new ("The council sought to raise the fees, angering many residents.", -1, &error);
    g_autoptr(QmAnalysis) c = _qm_analyze_with_lang (lang, fees, NULL, NULL);
    g_autofree char *words = NULL;
    QmFoundQuote *q;

    g_assert_cmpuint (c->quotes->len, ==, 1);
    q = &g_array_index (c->quotes, QmFoundQuote, 0);
    words = qm_text_dup_slice (fees, q->span.start, q->span.end);
    g_assert_cmpstr (words, ==, "to raise the fees");
  }
  {
    /* a cue that ends the sentence reports what came before its speaker */
    g_autoptr(QmText) ferry = qm_text_new ("The old ferry was faster, many residents remember.", -1, &error);
    g_autoptr(QmAnalysis) c = _qm_analyze_with_lang (lang, ferry, NULL, NULL);
    g_autofree char *words = NULL;
    g_autofree char *mention = NULL;
    QmFoundQuote *q;

    g_assert_cmpuint (c->quotes->len, ==, 1);
    q = &g_array_index (c->quotes, QmFoundQuote, 0);
    words = qm_text_dup_slice (ferry, q->span.start, q->span.end);
    g_assert_cmpstr (words, ==, "The old ferry was faster");
    mention = qm_text_dup_slice (ferry, q->speaker.start, q->speaker.end);
    g_assert_cmpstr (mention, ==, "many residents");
  }
  {
    /* no subject is found: the clause before the cue is the mention,
     * without the conjunction and auxiliary around it, and no person */
    g_autoptr(QmText) riders = qm_text_new ("But many riders who came to the meeting will oppose the new timetable.",
                                            -1, &error);
    g_autoptr(QmAnalysis) c = _qm_analyze_with_lang (lang, riders, NULL, NULL);
    g_autofree char *words = NULL;
    g_autofree char *mention = NULL;
    QmFoundQuote *q;

    g_assert_cmpuint (c->quotes->len, ==, 1);
    q = &g_array_index (c->quotes, QmFoundQuote, 0);
    words = qm_text_dup_slice (riders, q->span.start, q->span.end);
    g_assert_cmpstr (words, ==, "the new timetable");
    mention = qm_text_dup_slice (riders, q->speaker.start, q->speaker.end);
    g_assert_cmpstr (mention, ==, "many riders who came to the meeting");
    g_assert_cmpint (q->person, ==, -1);
  }
  /* A prefilter that no candidate's early features pass: nothing is added. */
  g_assert_true (qm_lang_load_reported_model (lang, "quotemark-model 1\nbuckets 16\nthreshold -1\nprefilter -9\n",
                                              -1, &error));
  {
    g_autoptr(QmAnalysis) a = _qm_analyze_with_lang (lang, text, NULL, NULL);

    g_assert_cmpuint (a->quotes->len, ==, 0);
  }
  for (guint i = 0; i < G_N_ELEMENTS (broken); i++)
    {
      g_autoptr(QmAnalysis) a = NULL;

      g_assert_false (qm_lang_load_reported_model (lang, broken[i], -1, &error));
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
      g_clear_error (&error);
      g_assert_null (lang->reported_model);
      a = _qm_analyze_with_lang (lang, text, NULL, NULL);
      g_assert_cmpuint (a->quotes->len, ==, 0);
    }
}

/* The project's sample article. */
static void
test_sample (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("QM_DATA_DIR") ? g_getenv ("QM_DATA_DIR") : SOURCE_DATADIR,
                                            "samples", "harbour-bridge-vote.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  analyze (&r, contents, NULL);
  g_assert_cmpstr (r.analysis->language, ==, "en");

  /* An interrupted quotation is one: “…,” Brandt said. “…” */
  q = expect_quote (&r, "We are being asked to sign a cheque without knowing the amount,” Brandt said. "
                        "“When the bills arrive, it will not be the mayor who pays them.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Brandt", "Tomas Brandt");
  q = expect_quote (&r, "We are building for the next hundred years.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "she", "Helena Varga");
  q = expect_quote (&r, "the government would review the city's application for co-funding next month",
                    QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Anja Lindqvist", "Anja Lindqvist");
  /* The next sentence ("She added that …") is a cue of its own. */
  q = expect_quote (&r, "the vote was \"a promise kept to every family that crosses that bridge twice a day.\"",
                    QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Mayor Helena Varga", "Helena Varga");
  q = expect_quote (&r, "construction would begin in the spring and that the old span would stay open until the new "
                        "one was finished", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "She", "Helena Varga");
  q = expect_quote (&r, "Nobody asked us where the boats will unload for two years,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Pavel Roos", "Pavel Roos");
  q = expect_quote (&r, "green corridor", QM_QUOTE_KIND_SCARE);
  q = expect_quote (&r, "the market's move had been costed separately and would be paid for from the port "
                        "authority's reserves", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Helena Varga");
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "Maren Feld");
}

/* The shared sample article with its gold file, when available. */
static void
test_azernews (void)
{
  const char *shared = g_getenv ("QM_SHARED_DIR");
  g_autofree char *path = NULL;
  g_autofree char *contents = NULL;
  g_auto(Result) r = { 0, };
  const char *direct[][2] = {
    { "“As far as I know", "Ilham Aliyev" },
    { "“Azerbaijan has reliable support", "Alexander Lukashenko" },
    { "“Azerbaijan has traditionally", "Viktor Khrenin" },
  };

  if (shared == NULL)
    {
      g_test_skip ("QM_SHARED_DIR not set");
      return;
    }
  path = g_build_filename (shared, "samples", "azernews-aliyev-khrenin.txt", NULL);
  if (!g_file_get_contents (path, &contents, NULL, NULL))
    {
      g_test_skip ("shared sample article not found");
      return;
    }
  analyze (&r, contents, NULL);
  for (guint k = 0; k < G_N_ELEMENTS (direct); k++)
    {
      const char *at = strstr (contents, direct[k][0]);
      gssize offset;
      gboolean found = FALSE;

      g_assert_nonnull (at);
      offset = g_utf8_pointer_to_offset (contents, at) + 1;
      for (guint i = 0; i < r.analysis->quotes->len; i++)
        {
          const QmFoundQuote *q = &g_array_index (r.analysis->quotes, QmFoundQuote, i);

          if (q->span.start == offset && q->kind == QM_QUOTE_KIND_DIRECT)
            {
              g_assert_cmpstr (person_name (&r, q), ==, direct[k][1]);
              found = TRUE;
            }
        }
      g_assert_true (found);
    }
}

/* Robustness: linear time on hostile input, checked for correctness here and
 * for speed by the benchmark. */
static void
test_many_marks (void)
{
  GString *s = g_string_new (NULL);
  g_auto(Result) r = { 0, };
  g_autofree char *text = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, i % 3 == 0 ? "“" : (i % 3 == 1 ? "\"" : "”"));
  text = g_string_free (s, FALSE);
  analyze (&r, text, "en");
  for (guint i = 0; i < r.analysis->quotes->len; i++)
    {
      const QmFoundQuote *q = &g_array_index (r.analysis->quotes, QmFoundQuote, i);

      g_assert_cmpint (q->span.start, <=, q->span.end);
      g_assert_cmpint (q->span.end, <=, 100000);
    }
}

static void
test_only_openers (void)
{
  GString *s = g_string_new (NULL);
  g_auto(Result) r = { 0, };
  g_autofree char *text = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "“a ");
  text = g_string_free (s, FALSE);
  analyze (&r, text, "en");
  g_assert_cmpuint (r.analysis->quotes->len, <=, 1);
}

static void
test_no_spaces (void)
{
  g_auto(Result) r = { 0, };
  g_autofree char *text = g_strnfill (1 << 20, 'a');

  analyze (&r, text, "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
}

static void
test_long_line (void)
{
  GString *s = g_string_new (NULL);
  g_auto(Result) r = { 0, };
  g_autofree char *text = NULL;
  guint n = 0;

  while (s->len < (1 << 20))
    {
      g_string_append (s, "“The quay stays open,” Roos said, and the mayor said that the bridge is safe. ");
      n++;
    }
  text = g_string_free (s, FALSE);
  analyze (&r, text, "en");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, n);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_INDIRECT), ==, n);
  g_assert_cmpuint (r.analysis->people->len, ==, 1);
}

/* One endless sentence of cues and quotations: every cue is found, and the
 * bounded content keeps the work linear. */
static void
test_endless_sentence (void)
{
  GString *s = g_string_new (NULL);
  g_auto(Result) r = { 0, };
  g_autofree char *text = NULL;

  for (guint i = 0; i < 20000; i++)
    g_string_append (s, "He said: “the quay is safe” and ");
  text = g_string_free (s, FALSE);
  analyze (&r, text, "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 20000);
  for (guint i = 0; i < r.analysis->quotes->len; i++)
    {
      const QmFoundQuote *q = &g_array_index (r.analysis->quotes, QmFoundQuote, i);

      g_assert_cmpint (q->span.end - q->span.start, <=, 4000);
    }
}

static void
test_only_newlines (void)
{
  g_auto(Result) r = { 0, };
  g_autofree char *text = g_strnfill (1 << 20, '\n');

  analyze (&r, text, "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
  g_assert_cmpuint (r.analysis->people->len, ==, 0);
}

static void
test_empty (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "", NULL);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
}

static void
analyze_cb (GObject      *source,
            GAsyncResult *result,
            gpointer      user_data)
{
  QmAnalysis **out = user_data;
  g_autoptr(GError) error = NULL;

  *out = qm_analyzer_analyze_finish (QM_ANALYZER (source), result, &error);
  g_assert_no_error (error);
}

static void
test_async (void)
{
  g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new ("en", NULL);
  g_autoptr(QmText) text = qm_text_new ("“It is safe,” Roos said.", -1, NULL);
  QmAnalysis *analysis = NULL;

  qm_analyzer_analyze_async (analyzer, text, NULL, analyze_cb, &analysis);
  while (analysis == NULL)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (analysis->quotes->len, ==, 1);
  qm_analysis_unref (analysis);
}

static void
test_cancelled (void)
{
  g_autoptr(QmAnalyzer) analyzer = qm_analyzer_new ("en", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = NULL;
  QmAnalysis *analysis;
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < 1000; i++)
    g_string_append (s, "Roos said that the quay stays open.\n");
  text = qm_text_new (s->str, s->len, NULL);
  g_string_free (s, TRUE);
  g_cancellable_cancel (cancellable);
  analysis = qm_analyzer_analyze (analyzer, text, cancellable, &error);
  g_assert_null (analysis);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotemark/analyzer/marks/conventions", test_conventions);
  g_test_add_func ("/quotemark/analyzer/marks/nested", test_nested);
  g_test_add_func ("/quotemark/analyzer/marks/mismatched-close", test_mismatched_close);
  g_test_add_func ("/quotemark/analyzer/marks/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/quotemark/analyzer/marks/unclosed", test_unclosed);
  g_test_add_func ("/quotemark/analyzer/marks/apostrophes", test_apostrophes);
  g_test_add_func ("/quotemark/analyzer/marks/apostrophe-inside-quote", test_apostrophe_inside_quote);
  g_test_add_func ("/quotemark/analyzer/marks/scare-quotes", test_scare_quotes);
  g_test_add_func ("/quotemark/analyzer/reported/said-that", test_said_that);
  g_test_add_func ("/quotemark/analyzer/reported/said", test_said_no_that);
  g_test_add_func ("/quotemark/analyzer/reported/said-after", test_said_after);
  g_test_add_func ("/quotemark/analyzer/reported/said-time", test_said_time);
  g_test_add_func ("/quotemark/analyzer/reported/said-subordinate", test_said_subordinate);
  g_test_add_func ("/quotemark/analyzer/reported/said-inverted", test_said_inverted);
  g_test_add_func ("/quotemark/analyzer/reported/told", test_told);
  g_test_add_func ("/quotemark/analyzer/reported/said-twice", test_said_twice);
  g_test_add_func ("/quotemark/analyzer/reported/quantities", test_quantities);
  g_test_add_func ("/quotemark/analyzer/reported/verbs", test_reporting_verbs);
  g_test_add_func ("/quotemark/analyzer/reported/according-to", test_according_to);
  g_test_add_func ("/quotemark/analyzer/reported/according-to-long", test_according_to_long);
  g_test_add_func ("/quotemark/analyzer/reported/mixed", test_mixed);
  g_test_add_func ("/quotemark/analyzer/reported/model-decides", test_model_decides);
  g_test_add_func ("/quotemark/analyzer/reported/model-broken", test_model_broken);
  g_test_add_func ("/quotemark/analyzer/attribution/colon", test_colon_intro);
  g_test_add_func ("/quotemark/analyzer/attribution/carry-over", test_carry_over);
  g_test_add_func ("/quotemark/analyzer/attribution/carry-over-mood", test_carry_over_mood);
  g_test_add_func ("/quotemark/analyzer/attribution/carry-over-mood-title", test_carry_over_mood_title);
  g_test_add_func ("/quotemark/analyzer/attribution/carry-over-mood-more", test_carry_over_mood_more);
  g_test_add_func ("/quotemark/analyzer/attribution/join-paragraphs", test_join_paragraphs);
  g_test_add_func ("/quotemark/analyzer/attribution/carry-over-limited", test_carry_over_limited);
  g_test_add_func ("/quotemark/analyzer/attribution/carry-over-sentence", test_carry_over_sentence);
  g_test_add_func ("/quotemark/analyzer/attribution/pronoun", test_pronoun);
  g_test_add_func ("/quotemark/analyzer/attribution/role-noun", test_role_noun);
  g_test_add_func ("/quotemark/analyzer/attribution/possessive-words", test_possessive_words);
  g_test_add_func ("/quotemark/analyzer/people/aliases", test_aliases);
  g_test_add_func ("/quotemark/analyzer/people/byline", test_byline);
  g_test_add_func ("/quotemark/analyzer/people/organisation", test_organisation);
  g_test_add_func ("/quotemark/analyzer/attribution/counted-noun", test_counted_noun);
  g_test_add_func ("/quotemark/analyzer/attribution/after-quotation", test_after_quotation);
  g_test_add_func ("/quotemark/analyzer/attribution/time-place", test_time_place);
  g_test_add_func ("/quotemark/analyzer/attribution/short-before", test_short_before);
  g_test_add_func ("/quotemark/analyzer/attribution/according-relative", test_according_relative);
  g_test_add_func ("/quotemark/analyzer/attribution/parenthesis-sentence", test_parenthesis_sentence);
  g_test_add_func ("/quotemark/analyzer/language/german", test_german);
  g_test_add_func ("/quotemark/analyzer/language/german-sources", test_german_sources);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted", test_german_fronted);
  g_test_add_func ("/quotemark/analyzer/language/german-adverbs", test_german_adverbs);
  g_test_add_func ("/quotemark/analyzer/language/german-reflexive", test_german_reflexive);
  g_test_add_func ("/quotemark/analyzer/language/german-naming", test_german_naming);
  g_test_add_func ("/quotemark/analyzer/language/german-opinion", test_german_opinion);
  g_test_add_func ("/quotemark/analyzer/language/german-verb-last", test_german_verb_last);
  g_test_add_func ("/quotemark/analyzer/language/german-split-interrupted", test_german_split_interrupted);
  g_test_add_func ("/quotemark/analyzer/language/german-quoted-source", test_german_quoted_source);
  g_test_add_func ("/quotemark/analyzer/language/german-prepositions", test_german_prepositions);
  g_test_add_func ("/quotemark/analyzer/language/german-auxiliary-second", test_german_auxiliary_second);
  g_test_add_func ("/quotemark/analyzer/language/german-particle", test_german_particle);
  g_test_add_func ("/quotemark/analyzer/language/german-comparison", test_german_comparison);
  g_test_add_func ("/quotemark/analyzer/language/german-naming-final", test_german_naming_final);
  g_test_add_func ("/quotemark/analyzer/language/german-auxiliary", test_german_auxiliary);
  g_test_add_func ("/quotemark/analyzer/language/german-colon-person", test_german_colon_person);
  g_test_add_func ("/quotemark/analyzer/marks/titles", test_titles);
  g_test_add_func ("/quotemark/analyzer/attribution/speaker-colon", test_speaker_colon);
  g_test_add_func ("/quotemark/analyzer/attribution/interrupted-pronoun", test_interrupted_pronoun);
  g_test_add_func ("/quotemark/analyzer/language/choice", test_language);
  g_test_add_func ("/quotemark/analyzer/language/file-errors", test_lang_file_errors);
  g_test_add_func ("/quotemark/analyzer/language/lookup-unicode", test_lang_lookup_unicode);
  g_test_add_func ("/quotemark/analyzer/sample/harbour-bridge", test_sample);
  g_test_add_func ("/quotemark/analyzer/sample/azernews", test_azernews);
  g_test_add_func ("/quotemark/analyzer/robust/many-marks", test_many_marks);
  g_test_add_func ("/quotemark/analyzer/robust/only-openers", test_only_openers);
  g_test_add_func ("/quotemark/analyzer/robust/no-spaces", test_no_spaces);
  g_test_add_func ("/quotemark/analyzer/robust/long-line", test_long_line);
  g_test_add_func ("/quotemark/analyzer/robust/endless-sentence", test_endless_sentence);
  g_test_add_func ("/quotemark/analyzer/robust/only-newlines", test_only_newlines);
  g_test_add_func ("/quotemark/analyzer/robust/empty", test_empty);
  g_test_add_func ("/quotemark/analyzer/api/async", test_async);
  g_test_add_func ("/quotemark/analyzer/api/cancelled", test_cancelled);

  return g_test_run ();
}

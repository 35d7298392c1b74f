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

static QmLang *english_without_model (void);

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
  { "en", "« We will build it this year », the mayor said.", "We will build it this year" },
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
  q = expect_quote (&r, "that the bridge would open in the spring", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Mayor Helena Varga", "Helena Varga");
  expect_cue (&r, q, "said");
}

/* Edges a review found: a quotation that opens the paragraph before a
 * naming verb or as the name of a subject (no token before the first is
 * read), a "sich" of another verb, a subject after a fronted phrase without
 * a comma, a colon after an imperative and words. */
static void
test_review_edges (void)
{
  const QmFoundQuote *q;

  {
    g_auto(Result) r = { 0, };

    analyze (&r, "„verpasste Gelegenheit“ beurteilte der Vorsitzende den Plan.\n\n"
                 "„Hafen heute“ berichtet, der Plan sei gescheitert.", "de");
    expect_quote (&r, "verpasste Gelegenheit", QM_QUOTE_KIND_DIRECT);
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Berg setzte sich durch und nannte ihn „einen dreisten Lügner“.", "de");
    q = expect_quote (&r, "einen dreisten Lügner", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Berg", "Berg");
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Following the vote Berg told reporters that the quay would close.", "en");
    q = expect_quote (&r, "that the quay would close", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&r, q, "Berg", "Berg");
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Read the full statement:\n\n“We are done with the quay.”", "en");
    q = expect_quote (&r, "We are done with the quay.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpint (q->person, ==, -1);
  }
}

/* A bracket that closes the content stays in it with its opening one, as a
 * parenthesis does: "… [corrected]", not "… [corrected". */
static void
test_said_that_bracket (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mayor Helena Varga said that the bridge would open in the spring [corrected].", "en");
  q = expect_quote (&r, "that the bridge would open in the spring [corrected]", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Mayor Helena Varga", "Helena Varga");
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
  q = expect_quote (&that, "that the market would move to the east pier", QM_QUOTE_KIND_INDIRECT);
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

/* A short quotation inside a quotation is speech, not a scare quote, when
 * a verb of speech and a comma or colon introduce it: the words before the
 * verb name its speaker. */
static void
test_nested_short_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Every year the council said, ‘Next year.’ Then nothing happened,” Okafor said.\n\n"
               "“And I said, ‘No.’ That was it,” she said.\n\n"
               "“They called it ‘reckless’ and moved on,” she said.", "en");
  q = expect_quote (&r, "Next year.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the council");
  q = expect_quote (&r, "No.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "I");
  /* a naming verb without a comma introduces no speech */
  q = find_quote (&r, "reckless");
  g_assert_true (q == NULL || q->kind != QM_QUOTE_KIND_DIRECT);
}

/* "The ferry will stop in May, said Tom Berg.": a cue after a comma with
 * only the speaker after it reports the clause before the comma, whatever
 * phrase opens that clause ("The ferry … May" is no speaker). */
static void
test_said_inverted_reported (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry will stop in May, said Tom Berg.\n\n"
               "The night ferry stops in Oslo, said the mayor, Anna Lind.\n\n"
               "The toll rises in June, said Berg on Monday.\n\n"
               "The ferry, said Tom Berg, will stop in May.", "en");
  q = expect_quote (&r, "The ferry will stop in May", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Berg", "Tom Berg");
  expect_cue (&r, q, "said");
  q = expect_quote (&r, "The night ferry stops in Oslo", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Lind");
  q = expect_quote (&r, "The toll rises in June", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Berg", "Tom Berg");
  /* the cue inside the sentence keeps its own reading */
  q = expect_quote (&r, "The ferry", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Berg", "Tom Berg");
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
  q = expect_quote (&r, "that the quay would close in May", QM_QUOTE_KIND_INDIRECT);
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
  q = expect_quote (&r, "that the old bridge had reached the end of its life", QM_QUOTE_KIND_INDIRECT);
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
      q = expect_quote (&r, "that the budget left out the cost of the fish market", QM_QUOTE_KIND_INDIRECT);
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

/* The reporter's words after a quoted fragment are no part of what was
 * reported: a participle after the comma, a second predicate, a dash. */
/* After the quoted words of a mixed quotation, the reporter's clause: a
 * determiner, a few words and a verb after a comma ("…,” the crowd
 * cheered"), "but" and a pronoun ("…,” but she signed it"), "and" and a
 * second speech verb of the subject ("…” the crews, and said …"); an
 * apposition ("…,” a reference to …") goes on. */
static void
test_mixed_reporter_clause (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The mayor promised he would “protect the old quay,” the crowd cheered loudly.\n\n"
               "The mayor said the ferries were “mostly empty,” a reference to the night ferries.\n\n"
               "The mayor said the plan was “far too costly,” but she signed it anyway.\n\n"
               "The crews booed.\n\n"
               "(Berg's aide challenged the assertion that Berg had ever \"misled\" Lund, and said he \"remains sure "
               "that she will be a fine mayor.\" Pressed for details, the crews could not give an example.)", "en");
  q = expect_quote (&r, "would “protect the old quay,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The mayor");
  expect_quote (&r, "the ferries were “mostly empty,” a reference to the night ferries", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "the plan was “far too costly,”", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "the assertion that Berg had ever \"misled\" Lund", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "he \"remains sure that she will be a fine mayor.\"", QM_QUOTE_KIND_MIXED);
  /* "He suggested A, called it “…”": a second predicate after a comma with
   * quoted words is a cue of its own, with the same subject */
  {
    g_auto(Result) c = { 0, };

    analyze (&c, "Tom Lund later suggested the levy was behind the crisis, called it “third-rate” and walked out.", "en");
    q = expect_quote (&c, "it “third-rate”", QM_QUOTE_KIND_MIXED);
    expect_mention (&c, q, "Tom Lund");
  }
  /* "… before claiming that “…”", "… by calling X “…”": a participle
   * after a preposition is a cue of its own with the same subject; not
   * after a naming verb ("accused them of asking “…”") */
  {
    g_auto(Result) d = { 0, };

    analyze (&d, "Pia Lund said the quay is “safe” on Monday before claiming that the ferries are “tearing the town "
                 "apart.”\n\n"
                 "Tom Brandt responded to the letter by calling Berg “dopey” on Monday.\n\n"
                 "Ines Moreau accused the moderators of asking too many “attack the mayor” questions.", "en");
    q = expect_quote (&d, "that the ferries are “tearing the town apart.”", QM_QUOTE_KIND_MIXED);
    expect_mention (&d, q, "Pia Lund");
    expect_quote (&d, "the quay is “safe” on Monday", QM_QUOTE_KIND_MIXED);
    q = expect_quote (&d, "Berg “dopey” on Monday", QM_QUOTE_KIND_MIXED);
    expect_mention (&d, q, "Tom Brandt");
    expect_quote (&d, "the moderators of asking too many “attack the mayor” questions", QM_QUOTE_KIND_MIXED);
  }
  /* an aside between two dashes after the quoted words: it goes on */
  {
    g_auto(Result) e = { 0, };

    analyze (&e, "Pia Lund argued that \"every member of the board\" - including Berg - favored the plan.", "en");
    q = expect_quote (&e, "that \"every member of the board\" - including Berg - favored the plan", QM_QUOTE_KIND_MIXED);
    expect_mention (&e, q, "Pia Lund");
  }
  /* a clause after "and" with more quoted words goes on */
  {
    g_auto(Result) b = { 0, };

    analyze (&b, "The mayor said the quay had been “a vital part of the town,” and the crews would need to “trust the "
                 "board” for a while.", "en");
    expect_quote (&b, "the quay had been “a vital part of the town,” and the crews would need to “trust the board” for "
                      "a while", QM_QUOTE_KIND_MIXED);
  }
}

static void
test_mixed_fragment_end (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The harbour master said the new quay was \"far too narrow,\" pointing to the ferries moored "
               "outside.\n\n"
               "Councillor Ines Moreau called the budget “a fantasy” and walked out of the meeting.\n\n"
               "Varga said the bridge would be “finished by spring” — a date few engineers believe.\n\n"
               "Roos said the fishermen were “ready to talk” and eager to wait.", "en");
  q = expect_quote (&r, "the new quay was \"far too narrow,\"", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The harbour master");
  q = expect_quote (&r, "the budget “a fantasy”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Councillor Ines Moreau", "Ines Moreau");
  expect_quote (&r, "the bridge would be “finished by spring”", QM_QUOTE_KIND_MIXED);
  /* "…,” and his office …", "… “…” Tuesday, hours after …" */
  {
    g_auto(Result) b = { 0, };

    analyze (&b, "The mayor has called the levy “unfair,” and his office has asked the council to drop it.\n\n"
                 "Tomas Brandt defended his deputy as a “very decent man” Tuesday, hours after she resigned.\n\n"
                 "As the vote neared, Varga has increasingly decried the state of the “old quay” and highlighted "
                 "her plans.", "en");
    expect_quote (&b, "the levy “unfair,”", QM_QUOTE_KIND_MIXED);
    expect_quote (&b, "his deputy as a “very decent man”", QM_QUOTE_KIND_MIXED);
    expect_quote (&b, "the state of the “old quay”", QM_QUOTE_KIND_MIXED);
  }
  {
    g_auto(Result) c = { 0, };

    /* a dash before another quotation, a parenthesis: it goes on */
    {
      g_auto(Result) d = { 0, };

      analyze (&d, "Pavel Roos said the harbour had a “first rule” — “never sell the quay.”\n\n"
                   "Anja Lindqvist said the ferry was “too slow” (and too loud) for the island.", "en");
      expect_quote (&d, "the harbour had a “first rule” — “never sell the quay.”", QM_QUOTE_KIND_MIXED);
      expect_quote (&d, "the ferry was “too slow” (and too loud) for the island", QM_QUOTE_KIND_MIXED);
    }
    /* a relative clause after a comma inside the closing mark */
    {
      g_auto(Result) e = { 0, };

      analyze (&e, "Pavel Roos said the quay was “a relic,” which the council has denied for years.", "en");
      expect_quote (&e, "the quay was “a relic,”", QM_QUOTE_KIND_MIXED);
    }
    /* "and" and a pronoun with its verb: a clause of the reporter's */
    {
      g_auto(Result) g = { 0, };

      analyze (&g, "Tomas Brandt called Roos a “nice guy” and he did not mention the mayor at all.", "en");
      expect_quote (&g, "Roos a “nice guy”", QM_QUOTE_KIND_MIXED);
    }
    /* a dash after the quoted words, later in the sentence */
    {
      g_auto(Result) f = { 0, };

      analyze (&f, "Helena Varga said she was “heartened” by the plan — a small gain for the mayor.", "en");
      expect_quote (&f, "she was “heartened” by the plan", QM_QUOTE_KIND_MIXED);
    }
    /* another participle of the same subject */
    analyze (&c, "Tomas Brandt went after the trawlers, calling their owners “pirates” and thieves and threatening "
                 "to close the bay.", "en");
    expect_quote (&c, "their owners “pirates” and thieves", QM_QUOTE_KIND_MIXED);
  }
  /* "and" and an adjective: the fragment's sentence goes on. */
  expect_quote (&r, "the fishermen were “ready to talk” and eager to wait", QM_QUOTE_KIND_MIXED);
}

/* After a fronted clause with a fragment, the main clause is the
 * reporter's: "Although X conceded that …, Y went on"; so is a verb after
 * the comma, and what follows a semicolon. */
static void
test_mixed_fragment_main_clause (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Although Tomas Brandt conceded that the quay was “a little late,” Helena Varga opened it on "
               "Monday.\n\n"
               "Pavel Roos, who admits that the catch was “the worst in years,” sold his boat in May.\n\n"
               "Anja Lindqvist argued that the ferry was “too slow”; the council bought it anyway.", "en");
  expect_quote (&r, "that the quay was “a little late,”", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "that the catch was “the worst in years,”", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "that the ferry was “too slow”", QM_QUOTE_KIND_MIXED);
}

/* “…,” X said. “…” — as with a direct quotation, the quotation after the
 * cue of a mixed one goes on with it when it has no cue of its own. */
static void
test_mixed_goes_on (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The fishermen are “waiting for a sign from the council,” Pavel Roos said. “Nobody has sent one.”\n\n"
               "The ferry is “too slow for the island,” Anja Lindqvist said. “It must go,” she added.", "en");
  q = expect_quote (&r, "The fishermen are “waiting for a sign from the council,” Pavel Roos said. “Nobody has sent "
                        "one.", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Pavel Roos", "Pavel Roos");
  {
    g_auto(Result) b = { 0, };

    /* across a paragraph, as join-paragraphs has it for direct ones */
    analyze (&b, "Choosing between the two ferries is a “false choice, because both are slow,” Anja Lindqvist said."
                 "\n\n“I will vote for the bridge.”", "en");
    expect_quote (&b, "Choosing between the two ferries is a “false choice, because both are slow,” Anja Lindqvist "
                      "said.\n\n“I will vote for the bridge.", QM_QUOTE_KIND_MIXED);
  }
  /* A quotation with a cue of its own stands alone. */
  expect_quote (&r, "The ferry is “too slow for the island,”", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "It must go,", QM_QUOTE_KIND_DIRECT);
}

/* "said Sunday on KBC’s “Meet the Harbour.” “…”": a programme after the cue
 * is no content and the quotation goes on past it; "said as the heckler
 * yelled: “…”": the quotation after the colon has its own cue. */
static void
test_programme_and_colon_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Brandt is a fraud,” Varga said Sunday on KBC’s “Meet the Harbour.” “He has spent his career "
               "putting profits first.”\n\n"
               "“There is a young man who has some problems,” Roos said as the protester shouted: “Not true!”", "en");
  q = expect_quote (&r, "Brandt is a fraud,” Varga said Sunday on KBC’s “Meet the Harbour.” “He has spent his career "
                        "putting profits first.", QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "Meet the Harbour.", QM_QUOTE_KIND_SCARE);
  q = expect_quote (&r, "Not true!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the protester");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
}

/* "said Wednesday morning on KBC’s “Harbour Live.”" and "In an interview
 * with “Harbour Live,” X pointed …": a day and a phrase around a title
 * report nothing. */
static void
test_titles_in_phrases (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Tomas Brandt backed the plan, he said Wednesday morning on KBC’s “Harbour Live.”\n\n"
               "In an interview with “Harbour Live,” Helena Varga pointed to the ferry as the real problem.", "en");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
}

/* "called for “…” on …": the prepositional object with the quoted words is
 * what was said; without quoted words there is no content. */
static void
test_mixed_prepositional_object (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Tomas Brandt also called for “a total and complete ban” on all trawlers entering the bay.\n\n"
               "Helena Varga spoke about the harbour for an hour.", "en");
  expect_quote (&r, "“a total and complete ban” on all trawlers entering the bay", QM_QUOTE_KIND_MIXED);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);

  /* a word or two in quotation marks after other words, in a phrase that
   * a preposition of the topic opens after the verb */
  {
    g_auto(Result) few = { 0, };
    const QmFoundQuote *q;

    analyze (&few, "The mayor warned of a “ferocious” winter ahead for the fleet.\n\n"
                   "Tomas Brandt also called for more “freedom” for the harbour crews.", "en");
    q = expect_quote (&few, "a “ferocious” winter ahead for the fleet", QM_QUOTE_KIND_MIXED);
    expect_mention (&few, q, "The mayor");
    q = expect_quote (&few, "more “freedom” for the harbour crews", QM_QUOTE_KIND_MIXED);
    expect_speaker (&few, q, "Tomas Brandt", "Tomas Brandt");
    g_assert_cmpuint (count_kind (&few, QM_QUOTE_KIND_SCARE), ==, 0);
  }
  /* the phrase may run a few more words before the quotation; where the
   * words were said ends it */
  {
    g_auto(Result) far = { 0, };
    const QmFoundQuote *q;

    analyze (&far, "Anna Berg called for a doubling of work to move the fleet to a “clean harbour” in a "
                   "statement on Friday.", "en");
    q = expect_quote (&far, "a doubling of work to move the fleet to a “clean harbour”", QM_QUOTE_KIND_MIXED);
    expect_speaker (&far, q, "Anna Berg", "Anna Berg");
  }
  /* not after a noun, nor with a preposition of place */
  {
    g_auto(Result) noun = { 0, };

    analyze (&noun, "The crowd broke into loud chants of more “ferries” in the square.\n\n"
                    "Varga faced attacks from the “liberal” press all week.", "en");
    g_assert_cmpuint (count_kind (&noun, QM_QUOTE_KIND_MIXED), ==, 0);
    g_assert_cmpuint (count_kind (&noun, QM_QUOTE_KIND_SCARE), ==, 2);
  }
}

/* "said A: “B”" where B has no cue of its own, and "“A” by X, she said
 * on Monday, “B”": one mixed quotation. */
static void
test_mixed_colon_and_cue_inside (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Roos said the delay was a “fatal mistake” and that the council had learned its lesson: “They are "
               "ready for a longer fight.”\n\n"
               "“If there had not been that vote” by the council, Varga said at a harbour meeting on Monday, “we would be "
               "looking at a ruin.”", "en");
  expect_quote (&r, "the delay was a “fatal mistake” and that the council had learned its lesson: “They are ready for "
                    "a longer fight.”", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "“If there had not been that vote” by the council, Varga said at a harbour meeting on Monday, “we would "
                    "be looking at a ruin.”", QM_QUOTE_KIND_MIXED);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
}

/* "“A,” she said, and “B”": a conjunction after the cue goes on with what
 * it interrupted, up to a quotation. */
static void
test_mixed_interrupted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The quay needs a new crane,” Helena Varga said, and “a second berth before winter.”\n\n"
               "Some crews offered to help, Pavel Roos said, while others “did not want to hear of it.”", "en");
  q = expect_quote (&r, "“The quay needs a new crane,” Helena Varga said, and “a second berth before winter.”",
                    QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  q = expect_quote (&r, "Some crews offered to help, Pavel Roos said, while others “did not want to hear of it.”",
                    QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Pavel Roos", "Pavel Roos");
}

/* The one a naming verb names is part of what is reported; an addressee
 * is not. */
static void
test_mixed_naming (void)
{
  g_auto(Result) a = { 0, };
  g_auto(Result) b = { 0, };
  g_auto(Result) c = { 0, };
  const QmFoundQuote *q;

  analyze (&a, "Tomas Brandt called the mayor “a dreamer with a chequebook”.", "en");
  q = expect_quote (&a, "the mayor “a dreamer with a chequebook”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&a, q, "Tomas Brandt", "Tomas Brandt");
  analyze (&b, "Tomas Brandt accused Helena Varga of “selling the harbour twice”.", "en");
  expect_quote (&b, "Helena Varga of “selling the harbour twice”", QM_QUOTE_KIND_MIXED);
  analyze (&c, "Tomas Brandt told the mayor that the quay was “a mistake”.", "en");
  expect_quote (&c, "that the quay was “a mistake”", QM_QUOTE_KIND_MIXED);
}

/* "vowed to “…”": an infinitive in quotation marks is the content; "but
 * also" goes on with it. */
static void
test_mixed_infinitive (void)
{
  g_auto(Result) a = { 0, };
  g_auto(Result) b = { 0, };
  const QmFoundQuote *q;

  analyze (&a, "Helena Varga vowed to “finish the bridge by spring” and to “keep the ferry running” for the "
               "islanders.", "en");
  q = expect_quote (&a, "to “finish the bridge by spring” and to “keep the ferry running” for the islanders",
                    QM_QUOTE_KIND_MIXED);
  expect_speaker (&a, q, "Helena Varga", "Helena Varga");
  analyze (&b, "Pavel Roos said the fishermen were “tired of waiting,” but also hopeful.", "en");
  expect_quote (&b, "the fishermen were “tired of waiting,” but also hopeful", QM_QUOTE_KIND_MIXED);
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
               "für „längst fällig und sehr vernünftig“.", "de");
  q = expect_quote (&r, "Außerdem halte die Stadt den Plan für „längst fällig und sehr vernünftig“", QM_QUOTE_KIND_MIXED);
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
  q1 = expect_quote (&r, "that the talks were useful", QM_QUOTE_KIND_INDIRECT);
  q2 = expect_quote (&r, "that trade would grow next year", QM_QUOTE_KIND_INDIRECT);
  q3 = expect_quote (&r, "that the border would stay open", QM_QUOTE_KIND_INDIRECT);
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

/* People of one surname stay apart: a different first name is someone
 * else ("Eva Lund", "Tom Lund"), and so is an honorific of the other
 * gender ("Mr. Lund" after "Mrs. Lund"); a surname alone or with an
 * honorific of the same gender is the one mentioned most. */
static void
test_namesakes (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) g = { 0, };
  g_auto(Result) h = { 0, };
  const QmFoundQuote *q;
  int eva, tom, eva2;

  analyze (&r, "Senator Eva Lund said that the port would reopen in May.\n\n"
               "Her husband, the retired pilot Tom Lund, said that the quay had been unsafe for years.\n\n"
               "Lund said that the money for the repairs was already in the budget.\n\n"
               "Eva Lund also said that the ferries would run every hour.", "en");
  eva = expect_quote (&r, "that the port would reopen in May", QM_QUOTE_KIND_INDIRECT)->person;
  tom = expect_quote (&r, "that the quay had been unsafe for years", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (eva, >=, 0);
  g_assert_cmpint (tom, >=, 0);
  g_assert_cmpint (eva, !=, tom);
  g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, eva))->name, ==, "Eva Lund");
  g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, tom))->name, ==, "Tom Lund");
  eva2 = expect_quote (&r, "that the ferries would run every hour", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (eva2, ==, eva);
  /* the surname alone: the one mentioned most so far, the senator */
  q = expect_quote (&r, "that the money for the repairs was already in the budget", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, ==, eva);

  analyze (&g, "Anna Berg and her brother Jonas Berg run the bakery.\n\n"
               "Mrs. Berg said that the bread would cost more.\n\n"
               "Mr. Berg said that the flour came from the north.\n\n"
               "Mr. Berg added that the oven was new.", "en");
  eva = expect_quote (&g, "that the bread would cost more", QM_QUOTE_KIND_INDIRECT)->person;
  tom = expect_quote (&g, "that the flour came from the north", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (eva, >=, 0);
  g_assert_cmpint (tom, >=, 0);
  g_assert_cmpint (eva, !=, tom);
  g_assert_cmpint (expect_quote (&g, "that the oven was new", QM_QUOTE_KIND_INDIRECT)->person, ==, tom);

  {
    /* an honorific goes to the latest namesake whose gender is not known
     * yet, which it then tells; the role keeps no determiner */
    g_auto(Result) l = { 0, };
    int mr, mrs;

    analyze (&l, "“The port will reopen in May,” said Senator Eva Lund.\n\n"
                 "“The quay has been unsafe for years,” said the retired pilot Tom Lund.\n\n"
                 "“Nobody listened to the pilots,” Mr. Lund said.\n\n"
                 "“We listen now,” Mrs. Lund replied.", "en");
    eva = expect_quote (&l, "The port will reopen in May,", QM_QUOTE_KIND_DIRECT)->person;
    tom = expect_quote (&l, "The quay has been unsafe for years,", QM_QUOTE_KIND_DIRECT)->person;
    mr = expect_quote (&l, "Nobody listened to the pilots,", QM_QUOTE_KIND_DIRECT)->person;
    mrs = expect_quote (&l, "We listen now,", QM_QUOTE_KIND_DIRECT)->person;
    g_assert_cmpint (eva, >=, 0);
    g_assert_cmpint (tom, >=, 0);
    g_assert_cmpint (eva, !=, tom);
    g_assert_cmpint (mr, ==, tom);
    g_assert_cmpint (mrs, ==, eva);
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (l.analysis->people, tom))->role, ==, "retired pilot");
  }

  /* German: "Frau" and "Herr" tell the two apart as well, and an honorific
   * is no role. */
  analyze (&h, "Frau Keller sagte, die Schule werde im Herbst saniert.\n\n"
               "Herr Keller sagte, das Geld fehle noch.", "de");
  eva = expect_quote (&h, "die Schule werde im Herbst saniert", QM_QUOTE_KIND_INDIRECT)->person;
  tom = expect_quote (&h, "das Geld fehle noch", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (eva, >=, 0);
  g_assert_cmpint (tom, >=, 0);
  g_assert_cmpint (eva, !=, tom);
  g_assert_null (((QmFoundPerson *)g_ptr_array_index (h.analysis->people, eva))->role);
}

/* "said her husband": a pronoun that is also a determiner opens the
 * phrase of the role after it, which speaks, not the pronoun; a role with
 * a name in apposition ("the mayor, Tom Berg") is that person. */
static void
test_possessive_role_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Eva Lund spoke first. “The quay is safe,” said her husband.\n\n"
               "“The money is there,” said his campaign.", "en");
  q = expect_quote (&r, "The quay is safe,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "her husband");
  q = expect_quote (&r, "The money is there,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "his campaign");

  {
    /* a role with a name in apposition is that person, in English too */
    g_auto(Result) a = { 0, };

    analyze (&a, "“The quay is safe,” said the mayor, Tom Berg.\n\n"
                 "Her husband, the retired pilot Tom Lund, said that the money was there.", "en");
    q = expect_quote (&a, "The quay is safe,", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&a, q), ==, "Tom Berg");
    q = expect_quote (&a, "that the money was there", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpstr (person_name (&a, q), ==, "Tom Lund");
  }
  {
    /* after a speaker of the same surname: the husband is the man named
     * in the apposition, and "Mr." and "Mrs." keep them apart even where
     * the direct quotation comes before his name is known ("Eva" is a
     * woman's name, female-names) */
    g_auto(Result) h = { 0, };
    const QmFoundQuote *mr, *mrs;

    analyze (&h, "Senator Eva Lund said on Monday that the port would reopen in May.\n\n"
                 "Her husband, the retired pilot Tom Lund, said that the quay had been unsafe for years. "
                 "“Nobody listened to the pilots,” Mr. Lund said.\n\n"
                 "“We listen now,” Mrs. Lund replied.", "en");
    q = expect_quote (&h, "that the quay had been unsafe for years", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpstr (person_name (&h, q), ==, "Tom Lund");
    mr = expect_quote (&h, "Nobody listened to the pilots,", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&h, mr), ==, "Tom Lund");
    mrs = expect_quote (&h, "We listen now,", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&h, mrs), ==, "Eva Lund");
  }
}

/* Many people of one surname: the first are still told apart by their
 * given names, and the text of each gets a speaker (the chain of namesakes
 * is kept short, so the cost stays linear). */
static void
test_many_namesakes (void)
{
  g_auto(Result) r = { 0, };
  g_autoptr(GString) text = g_string_new ("Senator Eva Lund said that the port would reopen in May.\n\n");
  int eva;

  for (int i = 0; i < 40; i++)
    g_string_append_printf (text, "%c%cro%c Lund said that boat %d was late.\n\n", 'B' + i % 20, 'a' + i / 20 * 4,
                            'a' + i % 7, i);
  g_string_append (text, "Eva Lund said that the ferries would run every hour.");
  analyze (&r, text->str, "en");
  eva = expect_quote (&r, "that the port would reopen in May", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (eva, >=, 0);
  g_assert_cmpint (expect_quote (&r, "that the ferries would run every hour", QM_QUOTE_KIND_INDIRECT)->person, ==, eva);
  g_assert_cmpint (expect_quote (&r, "that boat 1 was late", QM_QUOTE_KIND_INDIRECT)->person, !=, eva);
  g_assert_cmpint (expect_quote (&r, "that boat 39 was late", QM_QUOTE_KIND_INDIRECT)->person, >=, 0);
}

/* A letter alone before a surname is an initial, whatever its script:
 * "Å Lund" is known by the surname only, as "A Lund" is, and so is the
 * same person as "Tom Lund" after it. */
static void
test_namesake_initial (void)
{
  const char *letters[] = { "A", "Å", "Ø" };

  for (guint i = 0; i < G_N_ELEMENTS (letters); i++)
    {
      g_auto(Result) r = { 0, };
      g_autofree char *text = g_strdup_printf ("%s Lund said that the ferry was late.\n\n"
                                               "Tom Lund said that the quay was closed.", letters[i]);
      int first;

      analyze (&r, text, "en");
      first = expect_quote (&r, "that the ferry was late", QM_QUOTE_KIND_INDIRECT)->person;
      g_assert_cmpint (first, >=, 0);
      g_assert_cmpint (expect_quote (&r, "that the quay was closed", QM_QUOTE_KIND_INDIRECT)->person, ==, first);
    }

  {
    /* with its point an initial is a given word: "J. Lund" and "T. Lund"
     * are two people, and "James Lund" is the first of them */
    g_auto(Result) r = { 0, };
    int j, t;

    analyze (&r, "J. Lund said the port would open. T. Lund said that it would not. "
                 "James Lund said that it might.", "en");
    j = expect_quote (&r, "the port would open", QM_QUOTE_KIND_INDIRECT)->person;
    t = expect_quote (&r, "that it would not", QM_QUOTE_KIND_INDIRECT)->person;
    g_assert_cmpint (j, >=, 0);
    g_assert_cmpint (t, >=, 0);
    g_assert_cmpint (j, !=, t);
    g_assert_cmpint (expect_quote (&r, "that it might", QM_QUOTE_KIND_INDIRECT)->person, ==, j);
  }
}

/* "Representative Tom Lund of Ohio": the place after the name is no part
 * of it, so "Mr. Lund" and "Lund" are the same person; one-word names
 * before "of" ("University of Lyngby") keep it. */
static void
test_name_place (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q1, *q2;
  QmFoundPerson *person;

  analyze (&r, "Representative Tom Lund of Ohio said that the bill would pass.\n\n"
               "Mr. Lund said that he had the votes.", "en");
  q1 = expect_quote (&r, "that the bill would pass", QM_QUOTE_KIND_INDIRECT);
  q2 = expect_quote (&r, "that he had the votes", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q1->person, >=, 0);
  g_assert_cmpint (q1->person, ==, q2->person);
  person = g_ptr_array_index (r.analysis->people, q1->person);
  g_assert_cmpstr (person->name, ==, "Tom Lund");
  g_assert_cmpstr (person->role, ==, "Representative");
  g_assert_cmpuint (r.analysis->people->len, ==, 1);

  {
    /* a longer run of capitalised words with "of" in it is an office
     * and a name, not a name and a place */
    g_auto(Result) l = { 0, };

    analyze (&l, "Harbour County Supervisor of Elections Maja Solberg said that the count would end soon.\n\n"
                 "Solberg said that the ballots were safe.", "en");
    q1 = expect_quote (&l, "that the count would end soon", QM_QUOTE_KIND_INDIRECT);
    q2 = expect_quote (&l, "that the ballots were safe", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpint (q1->person, >=, 0);
    g_assert_cmpint (q1->person, ==, q2->person);
    person = g_ptr_array_index (l.analysis->people, q1->person);
    g_assert_nonnull (strstr (person->name, "Maja Solberg"));
  }
}

/* Whether the people list of @r has a person called @name. */
static gboolean
has_person (Result     *r,
            const char *name)
{
  for (guint i = 0; i < r->analysis->people->len; i++)
    if (g_strcmp0 (((QmFoundPerson *)g_ptr_array_index (r->analysis->people, i))->name, name) == 0)
      return TRUE;
  return FALSE;
}

/* No junk people: "Tom Lund, Republican of South Dakota, said" has no
 * person "Dakota", "Republican of Texas" no person "of Texas", and
 * lower-case words after a name ("Die Kanadier hingegen") leave it. */
static void
test_people_junk (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) g = { 0, };
  g_auto(Result) h = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Senator Tom Lund, Republican of South Dakota, said that the bill would pass.\n\n"
               "Senator Eva Berg, Democrat of Texas, said that it would not.", "en");
  q = expect_quote (&r, "that the bill would pass", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lund");
  q = expect_quote (&r, "that it would not", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Eva Berg");
  g_assert_cmpuint (r.analysis->people->len, ==, 2);

  analyze (&g, "Die Werft meldete Verluste. Die Norweger hingegen sagten, der Hafen bleibe offen.\n\n"
               "Der Sender al-Sahra berichtete, die Fähre sei gesunken.", "de");
  expect_quote (&g, "der Hafen bleibe offen", QM_QUOTE_KIND_INDIRECT);
  q = expect_quote (&g, "die Fähre sei gesunken", QM_QUOTE_KIND_INDIRECT);
  g_assert_false (has_person (&g, "Norweger hingegen"));
  g_assert_true (has_person (&g, "Norweger"));
  g_assert_cmpstr (person_name (&g, q), ==, "Sender al-Sahra");

  /* "a letter to Eva Berg": a piece of a sentence is no role */
  {
    g_auto(Result) l = { 0, };
    QmFoundPerson *person;

    analyze (&l, "According to an analysis by Eva Berg, the bridge was unsafe.", "en");
    g_assert_true (has_person (&l, "Eva Berg"));
    for (guint i = 0; i < l.analysis->people->len; i++)
      {
        person = g_ptr_array_index (l.analysis->people, i);
        g_assert_null (person->role);
      }
  }

  /* "Tom King, Republican of Vermont": a title that ends a name is its
   * surname, and the place is nobody */
  {
    g_auto(Result) k = { 0, };

    analyze (&k, "Representative Tom King, Republican of South Dakota, said that the bill would pass.", "en");
    q = expect_quote (&k, "that the bill would pass", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpstr (person_name (&k, q), ==, "Tom King");
    g_assert_cmpuint (k.analysis->people->len, ==, 1);
  }

  /* "a letter to Eva Berg" is not Eva Berg */
  {
    g_auto(Result) m = { 0, };

    analyze (&m, "According to a letter to Eva Berg, the bridge was unsafe.", "en");
    g_assert_false (has_person (&m, "Eva Berg"));
    g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "mit", 3) & QM_ROLE_OTHER_PREPOSITION);
    g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "by", 2) & QM_ROLE_OTHER_PREPOSITION);
  }

  /* "Mr. Lund of Ohio": a surname after an honorific leaves its place */
  analyze (&h, "Mr. Lund of Ohio said that the bill would pass.\n\nLund said that he had the votes.", "en");
  q = expect_quote (&h, "that the bill would pass", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&h, q), ==, "Lund");
  g_assert_cmpint (expect_quote (&h, "that he had the votes", QM_QUOTE_KIND_INDIRECT)->person, ==, q->person);
  g_assert_cmpuint (h.analysis->people->len, ==, 1);
}

/* "Tom Lund Jr.": a suffix after the surname; "Mr. Lund" finds him, and
 * "Tom Lund Sr." is someone else. German too. */
static void
test_people_name_suffix (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) g = { 0, };
  int jr, sr;

  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "Jr.", 3) & QM_ROLE_NAME_SUFFIX);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "jr.", 3) & QM_ROLE_NAME_SUFFIX);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "III", 3) & QM_ROLE_NAME_SUFFIX);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "Lund", 4) & QM_ROLE_NAME_SUFFIX);

  analyze (&r, "Senator Tom Lund Jr. said that the bill would pass.\n\n"
               "His father, Tom Lund Sr., said that it would fail.\n\n"
               "Senator Lund later said that he had the votes.", "en");
  jr = expect_quote (&r, "that the bill would pass", QM_QUOTE_KIND_INDIRECT)->person;
  sr = expect_quote (&r, "that it would fail", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (jr, >=, 0);
  g_assert_cmpint (sr, >=, 0);
  g_assert_cmpint (jr, !=, sr);
  g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, jr))->name, ==, "Tom Lund Jr.");
  g_assert_cmpint (expect_quote (&r, "that he had the votes", QM_QUOTE_KIND_INDIRECT)->person, ==, jr);
  g_assert_cmpuint (r.analysis->people->len, ==, 2);

  analyze (&g, "Senator Paul Brenner Jr. sagte, die Brücke werde gebaut.\n\n"
               "Brenner sagte außerdem, das Geld sei da.", "de");
  jr = expect_quote (&g, "die Brücke werde gebaut", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (jr, >=, 0);
  g_assert_cmpint (expect_quote (&g, "das Geld sei da", QM_QUOTE_KIND_INDIRECT)->person, ==, jr);
}

/* A given name tells the gender: "Eva Lund" is not the "Mr. Lund" met
 * before, though a name meets a surname alone otherwise. German too. */
static void
test_people_given_gender (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) g = { 0, };
  int mr, eva;

  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "Eva", 3) & QM_ROLE_FEMALE_NAME);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Paul", 4) & QM_ROLE_MALE_NAME);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Belgier", 7) & QM_ROLE_EPITHET);
  /* a capital umlaut folds to the listed lower case */
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Österreicher", strlen ("Österreicher")) & QM_ROLE_EPITHET);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "österreicherin", strlen ("österreicherin")) &
                 QM_ROLE_EPITHET);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("de", NULL), "Berger", 6) & QM_ROLE_EPITHET);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "Lund", 4) & (QM_ROLE_MALE_NAME | QM_ROLE_FEMALE_NAME));

  analyze (&r, "Mr. Lund said that the port would open.\n\n"
               "Eva Lund said that the school would close.\n\n"
               "Tom Lund said that the bridge was safe.", "en");
  mr = expect_quote (&r, "that the port would open", QM_QUOTE_KIND_INDIRECT)->person;
  eva = expect_quote (&r, "that the school would close", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (mr, >=, 0);
  g_assert_cmpint (eva, >=, 0);
  g_assert_cmpint (mr, !=, eva);
  /* a man's name meets the "Mr. Lund" known by his surname alone */
  g_assert_cmpint (expect_quote (&r, "that the bridge was safe", QM_QUOTE_KIND_INDIRECT)->person, ==, mr);
  g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, mr))->name, ==, "Tom Lund");
  g_assert_cmpuint (r.analysis->people->len, ==, 2);

  analyze (&g, "Frau Keller sagte, die Schule werde saniert.\n\n"
               "Paul Keller sagte, das Geld fehle noch.", "de");
  eva = expect_quote (&g, "die Schule werde saniert", QM_QUOTE_KIND_INDIRECT)->person;
  mr = expect_quote (&g, "das Geld fehle noch", QM_QUOTE_KIND_INDIRECT)->person;
  g_assert_cmpint (eva, >=, 0);
  g_assert_cmpint (mr, >=, 0);
  g_assert_cmpint (mr, !=, eva);
}

/* German compound titles ("Wirtschaftsministerin", "Grünen-Politiker")
 * are titles and roles: they leave the name, give the person a role that
 * "die Ministerin" finds later, and are no people of their own. */
static void
test_people_compound_title (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;
  const QmFoundPerson *keller;

  analyze (&r, "„Wir brauchen mehr Ladesäulen“, sagte Wirtschaftsministerin Anna Keller am Montag.\n\n"
               "Der Grünen-Politiker Jonas Brandt nannte den Plan „zu klein“.\n\n"
               "„Das ist erst der Anfang“, sagte die Ministerin.", "de");
  q = expect_quote (&r, "Wir brauchen mehr Ladesäulen", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Wirtschaftsministerin Anna Keller", "Anna Keller");
  keller = g_ptr_array_index (r.analysis->people, q->person);
  g_assert_cmpstr (keller->role, ==, "Wirtschaftsministerin");
  q = expect_quote (&r, "zu klein", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Brandt");
  q = expect_quote (&r, "Das ist erst der Anfang", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die Ministerin", "Anna Keller");
  g_assert_cmpuint (r.analysis->people->len, ==, 2);
}

/* Names with two particles ("Ursula von der Leyen") stay whole after a
 * given name, and tell namesakes apart; after a full name the particles
 * open a group ("Jana Selk von der Linksfraktion"). An organisation before
 * a title names the title ("Harbour Committee Chairman Tom Lund" is Tom
 * Lund, no organisation). */
static void
test_people_particles (void)
{
  g_auto(Result) e = { 0, };
  g_auto(Result) d = { 0, };
  const QmFoundQuote *q;

  analyze (&e, "Commission President Ursula von der Leyen said the plan was good.\n\n"
               "Harbour Committee Chairman Tom Lund said the quay would close.", "en");
  q = expect_quote (&e, "the plan was good", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&e, q, "Commission President Ursula von der Leyen", "Ursula von der Leyen");
  g_assert_false (((QmFoundPerson *)g_ptr_array_index (e.analysis->people, q->person))->organisation);
  q = expect_quote (&e, "the quay would close", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&e, q), ==, "Tom Lund");
  g_assert_false (((QmFoundPerson *)g_ptr_array_index (e.analysis->people, q->person))->organisation);

  analyze (&d, "Ursula von der Leyen sagte, der Plan sei gut.\n\n"
               "Der Minister Ulrich von der Leyen sagte, das stimme nicht.\n\n"
               "Jana Selk von der Linksfraktion sagte, das sei falsch.", "de");
  q = expect_quote (&d, "der Plan sei gut", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&d, q, "Ursula von der Leyen", "Ursula von der Leyen");
  q = expect_quote (&d, "das stimme nicht", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&d, q), ==, "Ulrich von der Leyen");
  q = expect_quote (&d, "das sei falsch", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&d, q), ==, "Jana Selk");
}

/* German: a noun phrase after a verb of judging is its object, not what
 * was said ("kritisierte den Plan"); a clause after a speech verb is. */
static void
test_de_object_not_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Opposition kritisierte den Plan.\n\n"
               "Keller wies die Kritik zurück.\n\n"
               "Keller sagte, die Lage sei ernst.", "de");
  g_assert_null (find_quote (&r, "den Plan"));
  g_assert_null (find_quote (&r, "die Kritik zurück"));
  q = expect_quote (&r, "die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Keller", "Keller");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);

  {
    /* "zeigte sich zufrieden", also before a colon and its quotation;
     * "…, fügte sie hinzu." reports the clause before it */
    g_auto(Result) z = { 0, };

    analyze (&z, "Dahl zeigte sich zufrieden.\n\n"
                 "Dahl zeigte sich zufrieden: „Wir sind auf dem richtigen Weg.“\n\n"
                 "Keller lobte den Plan: „Europa schaut auf uns.“ Man werde das Gesetz prüfen, fügte sie hinzu.", "de");
    g_assert_null (find_quote (&z, "sich zufrieden"));
    g_assert_null (find_quote (&z, "den Plan"));
    q = expect_quote (&z, "Wir sind auf dem richtigen Weg.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&z, q, "Dahl", "Dahl");
    q = expect_quote (&z, "Europa schaut auf uns.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&z, q, "Keller", "Keller");
    q = expect_quote (&z, "Man werde das Gesetz prüfen", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&z, q, "sie", "Keller");
    g_assert_cmpuint (z.analysis->quotes->len, ==, 3);
  }
}

/* German: a time, a place or an occasion between the cue and the comma is
 * no part of the content when a clause in the Konjunktiv follows the
 * comma. */
static void
test_de_occasion_before_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Holm erklärte später in einem Interview mit dem Tagesblatt, er sehe „keinen Grund zur Panik“.\n\n"
               "Holm sagte am Montag in Berlin, die Lage sei ernst.", "de");
  q = expect_quote (&r, "er sehe „keinen Grund zur Panik“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Holm", "Holm");
  q = expect_quote (&r, "die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Holm", "Holm");

  {
    /* the question before "antwortete X:" is no content of his */
    g_auto(Result) f = { 0, };

    analyze (&f, "Auf die Frage, ob er zurücktreten werde, antwortete Holm: „Nein.“", "de");
    q = expect_quote (&f, "Nein.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&f, q, "Holm", "Holm");
    g_assert_cmpuint (f.analysis->quotes->len, ==, 1);
  }
}

/* German: a role compound of an office ("Baudezernent") is no part of
 * the name; an anaphor that opens the sentence before its verb is no part
 * of the subject after the verb; a fronted adverb is no speaker. */
static void
test_de_mention_edges (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Baudezernent Holger Wintermann sagte: „Die Brücke wird im Mai fertig.“\n\n"
               "Die Kosten stiegen. Das musste Bundesverkehrsminister Ralf Kettner einräumen: „Wir haben uns verschätzt.“\n\n"
               "Zugleich warnte die Gewerkschaft: „Das wird teuer.“", "de");
  q = expect_quote (&r, "Die Brücke wird im Mai fertig.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Holger Wintermann");
  q = expect_quote (&r, "Wir haben uns verschätzt.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Bundesverkehrsminister Ralf Kettner", "Ralf Kettner");
  q = expect_quote (&r, "Das wird teuer.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), !=, "Zugleich");

  {
    /* "zu Beginn der Sitzung" after a name is no part of it ("zu" before
     * a noun with its genitive article) */
    g_auto(Result) f = { 0, };

    analyze (&f, "Die Lage ist ernst. „Ja, wir haben Probleme“. Das sagte Verkehrsministerin Rita Kessel zu Beginn der Sitzung.", "de");
    q = expect_quote (&f, "Ja, wir haben Probleme", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&f, q, "Verkehrsministerin Rita Kessel", "Rita Kessel");
  }

  {
    /* "Das musste X … einräumen.": a modal in second place, the verb of
     * speech at the end */
    g_auto(Result) f = { 0, };

    analyze (&f, "Die Bilanz ist schlecht. „Ja, es gibt Verluste“. Das musste Bürgermeister Udo Brennecke am Abend einräumen.\n\n"
                 "Dann musste Udo Brennecke zugeben: „Das war falsch.“", "de");
    q = expect_quote (&f, "Ja, es gibt Verluste", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&f, q, "Bürgermeister Udo Brennecke", "Udo Brennecke");
    q = expect_quote (&f, "Das war falsch.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&f, q, "Udo Brennecke", "Udo Brennecke");
  }
}

/* German: a paragraph that ends with a cue and a colon introduces the
 * quotation that opens the next one also when its speaker is a role no
 * name was given to, after an earlier speaker in the paragraph, and when
 * the subject follows the verb ("Später sagte der Geschäftsführer:"). */
static void
test_de_colon_paragraph_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Reederei wehrt sich gegen die Kritik: „Wir müssen die Fracht ja irgendwo lagern.“ Der Kapitän sagte:\n\n"
               "„Was spricht dagegen, sie zurück zu schicken?“\n\n"
               "Der Hafen bleibt gesperrt: „Wir warten auf das Gericht.“ Später sagte die Hafenmeisterin:\n\n"
               "„Das kann Wochen dauern.“\n\n"
               "Der Verband bedauert das. Die Vorsitzende Gesa Ohlsen sagte der Zeitung:\n\n"
               "„Wir verlieren Kunden.“", "de");
  q = expect_quote (&r, "Was spricht dagegen, sie zurück zu schicken?", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Der Kapitän");
  q = expect_quote (&r, "Das kann Wochen dauern.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die Hafenmeisterin");
  /* not the object after the verb, when a subject stands before it */
  q = expect_quote (&r, "Wir verlieren Kunden.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Vorsitzende Gesa Ohlsen", "Gesa Ohlsen");
}

/* German: a sentence without a cue whose subject is a role or a person,
 * right before a quotation that opens a sentence of its own, tells who
 * speaks now, also when it is not short. */
static void
test_de_subject_sentence_before_quote (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Reederei Nordlicht wehrt sich gegen die Kritik: „Wir müssen die Fracht ja irgendwo lagern.“ "
               "Der Kapitän wandte sich am Abend an die Presse. „Was spricht dagegen, sie zurück zu schicken?“", "de");
  q = expect_quote (&r, "Was spricht dagegen, sie zurück zu schicken?", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Der Kapitän");
}

/* German: "Kurz darauf gab es Kritik", "Wenig später gab …": a
 * capitalised word before a word that ends a time is no subject and no
 * one of the people list; the speaker before carries on. */
static void
test_de_fronted_time_no_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bürgermeisterin Jolanda Rietberg eröffnete die Brücke. Kurz darauf gab es Kritik vom Heimatverein. "
               "Wenig später gab es Beifall. „Wir sind stolz auf diese Brücke.“\n\n"
               "Kurz darauf sagte Arnulf Weißkamm: „Das ist zu teuer.“", "de");
  for (guint i = 0; i < r.analysis->people->len; i++)
    {
      const char *name = ((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name;

      g_assert_cmpstr (name, !=, "Kurz");
      g_assert_cmpstr (name, !=, "Wenig");
    }
  q = expect_quote (&r, "Wir sind stolz auf diese Brücke.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jolanda Rietberg");
  q = expect_quote (&r, "Das ist zu teuer.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Arnulf Weißkamm", "Arnulf Weißkamm");
}

/* German: "Dann widersprach Kai Brandt.", "Später äußerte sich auch Tom
 * Lund.": after a fronted adverb, a speech verb without content, an object
 * pronoun and adverbs, someone named by two capitalised words is the
 * latest speaker, whom the quotation after the sentence goes on with. */
static void
test_de_inverted_speaker_no_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Wir haben genug getan“, sagte die Ministerin Petra Koch. Dann widersprach Kai Brandt. „Das ist zu teuer.“\n\n"
               "„Wir bleiben dabei“, sagte Koch. Später äußerte sich auch Tobias Wendrich. „Das Geld fehlt anderswo.“", "de");
  q = expect_quote (&r, "Das ist zu teuer.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Kai Brandt");
  q = expect_quote (&r, "Das Geld fehlt anderswo.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tobias Wendrich");

  {
    /* one capitalised word after the verb */
    g_auto(Result) one = { 0, };

    analyze (&one, "„Wir haben genug getan“, sagte die Ministerin Petra Koch. Das Amt ging an Jonas Raabe, der es 2018 "
                   "schon hatte. Später äußerte sich auch Raabe. „Das ist zu teuer.“", "de");
    q = expect_quote (&one, "Das ist zu teuer.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&one, q, "Raabe");
  }
}

/* German: "„…“, sagte einer der Matrosen": a pronoun of a share before
 * the group in the genitive is the speaker phrase, not no one (the
 * speaker before would carry on) nor a title. */
static void
test_de_share_of_group (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Kapitän Bodo Harms lobte die Mannschaft am Abend.\n\n"
               "„Ich habe schon viele Stürme erlebt, aber keinen wie diesen“, sagte einer der beteiligten Matrosen.\n\n"
               "„Wir hatten Glück“, so eine der Passagierinnen.\n\n"
               "Einer der Matrosen sagte: „Das war knapp.“", "de");
  q = expect_quote (&r, "Ich habe schon viele Stürme erlebt, aber keinen wie diesen", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "einer der beteiligten Matrosen");
  q = expect_quote (&r, "Wir hatten Glück", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "eine der Passagierinnen");
  q = expect_quote (&r, "Das war knapp.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Einer der Matrosen");
}

/* German: "laut" after a speech verb and its subject names where the
 * words were heard, not who said them: "X sagte laut Radio: „…“". */
static void
test_de_according_after_speech (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Vorsitzende des Heimatvereins, Arnulf Weißkamm, kritisierte den Bau.\n\n"
               "Weißkamm sagte laut Lokalradio: „Wir klagen.“\n\n"
               "„Wir warten ab“, sagte Bürgermeisterin Jolanda Rietberg laut Stadtanzeiger.\n\n"
               "„Wir bauen“, so Rietberg laut Stadtanzeiger.\n\n"
               "Laut Stadtanzeiger beginnt der Bau im Mai.", "de");
  q = expect_quote (&r, "Wir klagen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Weißkamm", "Arnulf Weißkamm");
  g_assert_null (find_quote (&r, ": „Wir klagen.“"));
  q = expect_quote (&r, "Wir warten ab", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jolanda Rietberg");
  q = expect_quote (&r, "Wir bauen", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Rietberg", "Jolanda Rietberg");
  expect_quote (&r, "beginnt der Bau im Mai", QM_QUOTE_KIND_INDIRECT);

  {
    /* the participle after the source */
    g_auto(Result) perfect = { 0, };

    analyze (&perfect, "Der Vorsitzende des Heimatvereins, Arnulf Weißkamm, kritisierte den Bau.\n\n"
                       "„Wir warten ab“, hat Weißkamm laut Stadtanzeiger gesagt.\n\n"
                       "Weißkamm hat laut Lokalradio gesagt: „Wir klagen.“", "de");
    q = expect_quote (&perfect, "Wir warten ab", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&perfect, q, "Weißkamm", "Arnulf Weißkamm");
    g_assert_null (find_quote (&perfect, "„Wir warten ab“, hat Weißkamm laut Stadtanzeiger gesagt"));
    q = expect_quote (&perfect, "Wir klagen.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&perfect, q, "Weißkamm", "Arnulf Weißkamm");
  }
}

/* German: a cue that interrupts a quotation, with phrases of time, place
 * or medium or an apposition after its subject, gives the second piece
 * the first one's speaker, and no mixed quotation around it. */
static void
test_de_interrupting_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die neue Fähre über den Talsee fährt seit Montag.\n\n"
               "„Das Haus ist schön“, sagte Bürgermeisterin Jolanda Rietberg am Montag in Talbach, „und es wurde billiger als geplant.“ "
               "Die Gäste klatschten.\n\n"
               "„Ich glaube“, erklärte der Vorsitzende des Heimatvereins, Arnulf Weißkamm, „dass die Stadt davon profitiert.“\n\n"
               "„Es ist schwer zu sagen“, so Weißkamm im Lokalradio, „ob der Markt zurückkehrt.“", "de");
  q = expect_quote (&r, "Das Haus ist schön", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jolanda Rietberg");
  q = expect_quote (&r, "und es wurde billiger als geplant.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jolanda Rietberg");
  g_assert_null (find_quote (&r, "„und es wurde billiger als geplant.“"));
  q = expect_quote (&r, "dass die Stadt davon profitiert.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Arnulf Weißkamm");
  q = expect_quote (&r, "ob der Markt zurückkehrt.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Arnulf Weißkamm");

  {
    /* not a clause with a verb of its own between the pieces */
    g_auto(Result) f = { 0, };

    analyze (&f, "„Wir bleiben“, sagte Tilo Brack, als er ging, „denn hier ist es schön.“", "de");
    q = expect_quote (&f, "Wir bleiben", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&f, q), ==, "Tilo Brack");
  }
}

/* German: "Wie X der „Post“ sagte, …" — the paper in marks after the name
 * is the one spoken to; the name speaks. */
static void
test_de_paper_addressee (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Wie Ole Brantner der „Abendpost“ sagte, sei die Saison „noch nicht verloren“.\n\n"
               "„Wir kommen wieder“, so Jonas Felber, „ganz sicher.“", "de");
  q = expect_quote (&r, "noch nicht verloren", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ole Brantner", "Ole Brantner");
  /* "„A“, so X, „b“": a short second piece goes on with the speaker */
  q = expect_quote (&r, "ganz sicher.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Jonas Felber", "Jonas Felber");

  {
    /* "Die Worte Brandeisers": an unknown name in the genitive after a
     * noun for what was said is the name without its "s" */
    g_auto(Result) f = { 0, };

    analyze (&f, "Die Worte Brandeisers waren deutlich: „Wir bleiben hier.“", "de");
    q = expect_quote (&f, "Wir bleiben hier.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&f, q), ==, "Brandeiser");
  }
}

/* German: "X sagte im Radio: „…“, betont sie." — the quotation after the
 * colon is no mixed quotation with the cue after it. */
/* "Dazu äußerte er sich nicht." — a reflexive after the inverted subject
 * makes the verb one of bearing: no reported speech, unless a "dass"
 * after a comma opens it. */
static void
test_de_reflexive_after_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Gärtnerin Wiebke Sander eröffnete den Markt. Zu ihren Plänen äußerte sie sich nicht. "
               "Im Herbst wolle sie einen zweiten Stand eröffnen.", "de");
  for (guint i = 0; i < r.analysis->quotes->len; i++)
    {
      g_autofree char *s = span_text (&r, g_array_index (r.analysis->quotes, QmFoundQuote, i).span);

      g_assert_false (g_str_has_prefix (s, "sich"));
    }

  {
    g_auto(Result) f = { 0, };

    analyze (&f, "Die Gärtnerin Wiebke Sander eröffnete den Markt. Dazu äußerte sie sich erfreut, dass so viele Kunden kämen.", "de");
    q = expect_quote (&f, "dass so viele Kunden kämen", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&f, q, "sie", "Wiebke Sander");
  }
}

/* German "sagte der Sprecher": a spokesman no one was named as is no
 * man named before him; one given that role before is. */
static void
test_de_unnamed_spokesman (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Imker Anton Reiser fand die Kisten leer.\n\n"
               "„Die Spuren führen zum Waldrand“, sagte der Sprecher.", "de");
  q = expect_quote (&r, "Die Spuren führen zum Waldrand", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Sprecher", NULL);

  {
    g_auto(Result) f = { 0, };

    analyze (&f, "Julia Lenz, Sprecherin der Bergwacht, fuhr zum Hang. Der Hang ist steil. "
                 "„Zwei Wanderer wurden gerettet“, sagte die Sprecherin.", "de");
    q = expect_quote (&f, "Zwei Wanderer wurden gerettet", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&f, q, "die Sprecherin", "Julia Lenz");
  }
}

/* German "…, die immer wieder riefen: „…“": the relative pronoun's
 * antecedent before the comma speaks, a bare plural noun after a
 * preposition's object too. */
static void
test_de_relative_plural_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Auf dem Marktplatz versammelten sich am Morgen Fischer, die immer wieder riefen: „Gebt uns den Hafen zurück!“", "de");
  q = expect_quote (&r, "Gebt uns den Hafen zurück!", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Fischer");
}

static void
test_de_colon_quote_then_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Ministerin Lotte Krämer sagte im Radio: „Es gibt keine Alternative“, betont sie.", "de");
  q = expect_quote (&r, "Es gibt keine Alternative", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Ministerin Lotte Krämer", "Lotte Krämer");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);

  {
    /* the words up to the colon say to whom, not what; "die riefen" is no
     * speaker */
    g_auto(Result) f = { 0, };

    analyze (&f, "Keller sagte dazu gegenüber der „Abendpost“: „Wir prüfen das.“\n\n"
                 "Hunderte Menschen zogen durch die Stadt, die riefen: „Weg mit dem Plan!“", "de");
    q = expect_quote (&f, "Wir prüfen das.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&f, q, "Keller", "Keller");
    for (guint j = 0; j < f.analysis->quotes->len; j++)
      g_assert_cmpint (g_array_index (f.analysis->quotes, QmFoundQuote, j).kind, !=, QM_QUOTE_KIND_MIXED);
    q = expect_quote (&f, "Weg mit dem Plan!", QM_QUOTE_KIND_DIRECT);
    {
      g_autofree char *m = span_text (&f, q->speaker);

      g_assert_true (m == NULL || !g_str_has_suffix (m, "riefen"));
    }
  }
}

/* German possessives before a noun ("Ihr Sohn", "Sein Sprecher") open the
 * speaker's phrase; a kinship noun is a role, no part of the name. */
static void
test_people_possessive_noun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ursula Lind sagte, der Plan sei gut.\n\n"
               "Ihr Sohn Ulrich Lind sagte, das stimme nicht.\n\n"
               "Sein Sohn sagte, das sei zu teuer.", "de");
  q = expect_quote (&r, "das stimme nicht", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ihr Sohn Ulrich Lind", "Ulrich Lind");
  q = expect_quote (&r, "das sei zu teuer", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Sein Sohn");
  g_assert_null (find_quote (&r, "Ihr Sohn Ulrich Lind sagte, das stimme nicht"));
}

/* German kinship nouns of women ("Mutter", "Tochter", "Schwester") find
 * a woman, as "Ministerin" does: no ending in -in makes a man of them. */
static void
test_people_female_kinship (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ihre Mutter Sabine Holm sagte, die Schule bleibe geschlossen.\n\n"
               "Der Bus soll wieder fahren, sagte die Mutter.\n\n"
               "Seine Tochter Lena Sand sagte, das Dach sei dicht.\n\n"
               "Der Hafen bleibt offen, sagte die Tochter.\n\n"
               "Ihre Schwester Greta Kolb sagte, der Zug sei voll. Die Bahn soll neue Wagen kaufen, sagte sie.", "de");
  q = expect_quote (&r, "Der Bus soll wieder fahren", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "die Mutter", "Sabine Holm");
  q = expect_quote (&r, "Der Hafen bleibt offen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "die Tochter", "Lena Sand");
  /* a name that tells no gender: the kinship noun tells it */
  q = expect_quote (&r, "Die Bahn soll neue Wagen kaufen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "sie", "Greta Kolb");
}

/* A determiner before a name is no alias: "Both Lund", "The Berg". */
static void
test_people_determiner_alias (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Both Lund said that the port would reopen. The Berg said that it would not.", "en");
  q = expect_quote (&r, "that the port would reopen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Lund");
  q = expect_quote (&r, "that it would not", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Berg");
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpuint (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->aliases->len, ==, 0);
}

/* A capitalised speech verb is no part of a name: "Said Tom Berg:" opens a
 * sentence, "Anna Roos Warned Lund" is a headline's words. */
static void
test_people_verb (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) g = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Said Tom Berg: “The dam will hold.” Republican Anna Roos Warned Lund on Friday that the "
               "dam would break.", "en");
  q = expect_quote (&r, "The dam will hold.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Berg");
  g_assert_true (has_person (&r, "Anna Roos"));
  g_assert_false (has_person (&r, "Anna Roos Warned Lund"));
  g_assert_false (has_person (&r, "Said Tom Berg"));

  /* a speech verb alone is nobody */
  analyze (&g, "Mayor Tom Berg opened the dam.\n\nAdded: “The water will rise by noon.”", "en");
  expect_quote (&g, "The water will rise by noon.", QM_QUOTE_KIND_DIRECT);
  g_assert_false (has_person (&g, "Added"));
}

/* Aliases are written as the text has them: a name in marks keeps both
 * marks and no space inside them. */
static void
test_alias_text (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;
  QmFoundPerson *person;
  gboolean found = FALSE;

  analyze (&r, "„Die Brücke ist ein Sanierungsfall“, schreibt die „Abendpost“.", "de");
  q = expect_quote (&r, "Die Brücke ist ein Sanierungsfall", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->person, >=, 0);
  person = g_ptr_array_index (r.analysis->people, q->person);
  g_assert_cmpstr (person->name, ==, "Abendpost");
  for (guint i = 0; i < person->aliases->len; i++)
    {
      const char *alias = g_ptr_array_index (person->aliases, i);

      g_assert_null (strstr (alias, "„ "));
      found |= strcmp (alias, "die „Abendpost“") == 0;
    }
  g_assert_true (found);
}

/* Two cues reporting the same words give one quotation, the one whose
 * speaker is a plain mention: "answered … to prove that …", "told … when
 * asked if …". */
static void
test_one_quotation_per_span (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Lund answered by using the example of the old ferry to prove that the bridge is not the answer.\n\n"
               "“It was very kind,” the ship owner told the Courier in a long interview in Lund when asked if he "
               "had met Berg.", "en");
  for (guint i = 0; i + 1 < r.analysis->quotes->len; i++)
    {
      const QmFoundQuote *a = &g_array_index (r.analysis->quotes, QmFoundQuote, i);
      const QmFoundQuote *b = &g_array_index (r.analysis->quotes, QmFoundQuote, i + 1);

      g_assert_false (a->span.start == b->span.start && a->span.end == b->span.end);
    }
  q = expect_quote (&r, "that the bridge is not the answer", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Lund");
  q = expect_quote (&r, "if he had met Berg", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "the ship owner");
}

/* A question after a mid-sentence "when asked" has no mention: its asker
 * is not named, and the clause before it ("Berg said on the radio last
 * month when") is no speaker; a mention of the clause before a cue never
 * runs over a speech verb, and a name that owns a noun cue ("Lund’s
 * desire") is its mention. */
static void
test_when_asked_mention (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Jobs, jobs, jobs,” Berg said on the radio last month when asked what her husband would do at the "
               "harbour.\n\n"
               "“He reads every report twice,” Tom Lund, a former harbour aide, said when asked how the mayor reads "
               "the news.\n\n"
               "Tom Lund, when asked how long the repairs would take, said the yard “has no idea.”", "en");
  q = expect_quote (&r, "Jobs, jobs, jobs,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Berg");
  q = expect_quote (&r, "what her husband would do at the harbour", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, NULL);
  g_assert_cmpint (q->person, ==, -1);
  q = expect_quote (&r, "how the mayor reads the news", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, NULL);
  q = expect_quote (&r, "how long the repairs would take", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, NULL);
  q = expect_quote (&r, "the yard “has no idea.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Tom Lund");

  {
    /* A noun cue is weighed by the model: one that takes every candidate
     * makes the test independent of the trained weights. */
    g_autoptr(QmLang) all = english_without_model ();
    g_autoptr(GError) error = NULL;
    g_auto(Result) o = { 0, };

    g_assert_true (qm_lang_load_reported_model (all, "quotemark-model 1\nbuckets 16\nthreshold -1\nprefilter 9\n3 0.25\n",
                                                -1, &error));
    g_assert_no_error (error);
    o.text = qm_text_new ("“It will never hold,” she said of Lund’s desire to widen the quay.", -1, &error);
    g_assert_no_error (error);
    o.analysis = _qm_analyze_with_lang (all, o.text, NULL, NULL);
    q = expect_quote (&o, "to widen the quay", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&o, q, "Lund’s");
  }
}

/* Speech verbs in the present for narrated speech: "she cautions that
 * …", "Lund quips: “…”". */
static void
test_present_speech_verbs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Anna Berg thinks the harbour is safe, but she cautions that the quay is “older than it looks.”\n\n"
               "Asked about the ferry, Tom Lund quips: “It floats, mostly.”", "en");
  q = expect_quote (&r, "that the quay is “older than it looks.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "she", "Anna Berg");
  q = expect_quote (&r, "It floats, mostly.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tom Lund", "Tom Lund");
}

/* "said a former harbour official": a title in lower case before plain
 * words and a role is no head of the phrase; "…, with Berg tweeting that
 * … and asking, “…”": a participle after "and" has the subject of the
 * participle before it, not the sentence's subject. */
static void
test_title_and_participle_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“It is over,” said a former harbour official.\n\n"
               "The owners were quick to respond, with Anna Berg tweeting that it was a “disaster” and asking, "
               "“How can this man run the harbour?”", "en");
  q = expect_quote (&r, "It is over,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "a former harbour official");
  q = expect_quote (&r, "How can this man run the harbour?", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Anna Berg", "Anna Berg");
}

/* "Lund was asked whether …": the one asked is no speaker; the asker is
 * the phrase after "by", or no one. */
static void
test_passive_question (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "In a radio interview, Berg was asked about the “not quite ready” remark on the quay.\n\n"
               "Lund was asked by the host, Anna Berg, whether the quay “would ever be safe again.”\n\n"
               "Lund was asked whether the quay was safe.", "en");
  q = expect_quote (&r, "the “not quite ready” remark on the quay", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, NULL);
  g_assert_cmpint (q->person, ==, -1);
  q = expect_quote (&r, "whether the quay “would ever be safe again.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "the host");
  q = expect_quote (&r, "whether the quay was safe", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, NULL);
}

/* Names in UTF-8 read as Latin-1 ("PeÃ±a" for "Peña", also with the tilde
 * as a combining mark) stay one word: the name is the speaker. */
static void
test_mojibake_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Enrique PeÃ±a Lund said the quay is “a ruin of the old days.”\n\n"
               "Marc TrA\xcc\x83\xc2\xa9vidic said the ferry is “a wreck from the old days.”", "en");
  q = expect_quote (&r, "the quay is “a ruin of the old days.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Enrique PeÃ±a Lund", "Enrique PeÃ±a Lund");
  q = expect_quote (&r, "the ferry is “a wreck from the old days.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Marc TrA\xcc\x83\xc2\xa9vidic", "Marc TrA\xcc\x83\xc2\xa9vidic");
}

/* "House Democrats, looking for …, seized the floor and said …": the
 * subject before a participle's phrase or an apposition between commas
 * says what the verb after "and" reports. */
static void
test_conjoined_verb_after_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The harbour officials, hoping to stir the debate, took over the quay on Wednesday and said they "
               "would stay put.", "en");
  q = expect_quote (&r, "they would stay put", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The harbour officials");
}

/* "Yet another said, “…”": a determiner that stands for people after a
 * conjunction or an adverb that opens the sentence is the speaker. */
static void
test_indefinite_after_opener (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Two of them will lose,” one harbour pilot said. Yet another said, “Lund is in a five-way race for "
               "the quay.”", "en");
  q = expect_quote (&r, "Lund is in a five-way race for the quay.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "another");
}

/* "Lund’s boldest claim is that …", "From Berg’s Facebook post:
 * “…”": a plain phrase right after a name that owns it is the cue's
 * noun, and the owner speaks; "Lund’s wife said" stays the wife. */
static void
test_possessor_speaks (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "But Lund’s boldest claim is that the quay is “a death trap for the town.”\n\n"
               "From Berg’s Facebook post: “We must rebuild the quay before the storms.”\n\n"
               "Lund’s wife said the ferry is “a death trap for the town.”", "en");
  q = expect_quote (&r, "that the quay is “a death trap for the town.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Lund’s", "Lund");
  q = expect_quote (&r, "We must rebuild the quay before the storms.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Berg’s", "Berg");
  q = expect_quote (&r, "the ferry is “a death trap for the town.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Lund’s wife");
}

/* "Lund fired back: “…,” he wrote, “…”": the pronoun of the cue that
 * interrupts the quotation is the subject before the colon, not the
 * speaker before; at the quotation's end the pronoun stays the mention. */
static void
test_interrupting_pronoun_after_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The quay is fine,” Berg said on Monday.\n\n"
               "Lund fired back: “As a sailor,” he wrote, “I know the sea better than you.”\n\n"
               "Berg seemed annoyed: “It is a public quay,” she wrote.", "en");
  q = expect_quote (&r, "As a sailor,” he wrote, “I know the sea better than you.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Lund", "Lund");
  q = expect_quote (&r, "It is a public quay,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
}

/* "When Lund later referred to the storm and said it would “…”": the
 * verb after "and" has the subject of the clause the subordinator opens;
 * after the comma that ends that clause, the main clause's subject. */
static void
test_subordinate_clause_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "When Lund later referred to the storm and said it would “never happen again,” the crowd cheered.\n\n"
               "When Lund came in, Anna Berg stood up and said the quay was “safe for now.”", "en");
  /* the span is the spans' business: find the quotation by its words */
  q = NULL;
  for (guint k = 0; k < r.analysis->quotes->len && q == NULL; k++)
    {
      const QmFoundQuote *o = &g_array_index (r.analysis->quotes, QmFoundQuote, k);
      g_autofree char *words = span_text (&r, o->span);

      if (words != NULL && strstr (words, "never happen again") != NULL)
        q = o;
    }
  g_assert_nonnull (q);
  expect_speaker (&r, q, "Lund", "Lund");
  q = expect_quote (&r, "the quay was “safe for now.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Anna Berg", "Anna Berg");
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
  q = expect_quote (&r, "that the report would be published on Friday", QM_QUOTE_KIND_INDIRECT);
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
  q = expect_quote (&adding, "that the ferry would run at night", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&adding, q, "she");
  g_assert_cmpuint (adding.analysis->quotes->len, ==, 2);

  analyze (&that, "“It is early,” the mayor told reporters that the bridge would open in May.", "en");
  expect_quote (&that, "that the bridge would open in May", QM_QUOTE_KIND_INDIRECT);
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
  q = expect_quote (&r, "that the ferry would keep running", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The mayor");
  q = expect_quote (&r, "that the boats were safe", QM_QUOTE_KIND_INDIRECT);
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

  /* More source nouns: "Nach Darstellungen des Verlags", "Nach der
   * Ankündigung der Ministerin". */
  {
    g_auto(Result) nach = { 0, };

    analyze (&nach, "Nach Darstellungen des Verlags bietet das Buch eine „gründliche Betrachtung der Lage“.", "de");
    q = expect_quote (&nach, "gründliche Betrachtung der Lage", QM_QUOTE_KIND_DIRECT);
    expect_mention (&nach, q, "des Verlags");
  }

  /* More Konjunktiv forms carry the speaker on; a capitalised noun of the
   * same letters ("Die Folge war …") does not. */
  {
    g_auto(Result) mood = { 0, };

    analyze (&mood, "Die Ministerin sagte, der Plan sei gut. Die Stadt verfüge über genug Geld. "
                    "Die Folge war ein Streit im Rat.", "de");
    q = expect_quote (&mood, "Die Stadt verfüge über genug Geld", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&mood, q, "Die Ministerin", NULL);
    g_assert_null (find_quote (&mood, "Die Folge war ein Streit im Rat"));
  }

  /* "Die Zeitung berichtet von …": a cue without content whose subject
   * opens the sentence; the Konjunktiv sentence after it is its report. */
  {
    g_auto(Result) carry = { 0, };

    analyze (&carry, "Die Abendpost berichtet von einer Einigung im Stadtrat. Dort sei man sich über den Plan "
                     "einig geworden.", "de");
    q = expect_quote (&carry, "Dort sei man sich über den Plan einig geworden", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&carry, q, "Die Abendpost", "Abendpost");
  }

  /* "Das sagte X": an anaphor and a cue report the sentence before, or
   * the quotation that is that sentence; "Dies führte zu …" is no cue. */
  {
    g_auto(Result) ana = { 0, };

    analyze (&ana, "Die Stadt ist pleite. Das sagte Bürgermeister Jonas Keller am Montag. Dies führte zu "
                   "Protesten.\n\n„Wir brauchen Hilfe vom Land.“ Dies bestätigte gestern ein Sprecher der Stadt.",
             "de");
    q = expect_quote (&ana, "Die Stadt ist pleite", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpstr (person_name (&ana, q), ==, "Jonas Keller");
    expect_cue (&ana, q, "sagte");
    g_assert_null (find_quote (&ana, "Das sagte Bürgermeister Jonas Keller am Montag"));
    q = expect_quote (&ana, "Wir brauchen Hilfe vom Land.", QM_QUOTE_KIND_DIRECT);
    expect_cue (&ana, q, "bestätigte");
  }

  /* German capitalises nouns: „als Gehilfen der Ämter“ is no
   * title, and a clause after "dass" that opens with a prepositional
   * phrase is reported speech, indirect when its marks hold only a name. */
  {
    g_auto(Result) clause = { 0, };

    analyze (&clause, "Der Minister sagte, dass neben der „Datenbank“ auch die Lehrer „als Gehilfen der "
                      "Ämter“ dienten.\n\nDer Forscher sagte, dass bei der Schnecke „Aplysia Grandis“ ein "
                      "Streit der Partner herrsche.", "de");
    q = expect_quote (&clause, "dass neben der „Datenbank“ auch die Lehrer „als Gehilfen der Ämter“ dienten",
                      QM_QUOTE_KIND_MIXED);
    expect_speaker (&clause, q, "Der Minister", NULL);
    q = expect_quote (&clause, "als Gehilfen der Ämter", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&clause, q, "Der Minister", NULL);
    q = expect_quote (&clause, "dass bei der Schnecke „Aplysia Grandis“ ein Streit der Partner herrsche",
                      QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&clause, q, "Der Forscher", NULL);
  }

  /* Capitalised words in quotation marks inside a phrase, with no speaker
   * and no sentence's end, name a work, a law or a prize: no quotation;
   * after a colon or with a sentence inside they are words said. */
  {
    g_auto(Result) name = { 0, };

    analyze (&name, "Die Sängerin trat im Musical „Der Winter kommt immer zu früh“ auf. Das Land "
                    "verabschiedete ein „Gesetz zur Förderung der heimischen Bienenzucht“ im Herbst. Auf dem "
                    "Schild am Tor stand: „Das Betreten der Baustelle ist für alle Besucher streng verboten“. Im "
                    "Saal hing ein Plakat mit dem Satz „Wir bleiben alle hier. Die Stadt gehört uns und nicht den "
                    "Banken“ über der Bühne.", "de");
    expect_quote (&name, "Der Winter kommt immer zu früh", QM_QUOTE_KIND_SCARE);
    expect_quote (&name, "Gesetz zur Förderung der heimischen Bienenzucht", QM_QUOTE_KIND_SCARE);
    expect_quote (&name, "Das Betreten der Baustelle ist für alle Besucher streng verboten", QM_QUOTE_KIND_DIRECT);
    expect_quote (&name, "Wir bleiben alle hier. Die Stadt gehört uns und nicht den Banken", QM_QUOTE_KIND_DIRECT);
  }

  /* "…“, wonach X …": the relative opens a clause of its own; X is no
   * speaker of the words before it. */
  {
    g_auto(Result) rel = { 0, };

    analyze (&rel, "Der Sender zitiert aus der Zeitung „Abendpost“, wonach der Bürgermeister die Brücke "
                   "„sofort sperren“ wolle.", "de");
    g_assert_null (find_quote (&rel, "Der Sender zitiert aus der Zeitung „Abendpost“"));
    q = expect_quote (&rel, "sofort sperren", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&rel, q, "der Bürgermeister", NULL);
  }

  /* A short quotation that opens in lower case in a Konjunktiv sentence
   * is someone's words, even without a cue; a noun or the indicative is
   * no sign of them. */
  {
    g_auto(Result) frag = { 0, };

    analyze (&frag, "Die Kosten seien „deutlich zu hoch“ gewesen. Die Preise seien „Wahnsinn“ gewesen. "
                    "Die Mieten sind „viel zu hoch“ gewesen.", "de");
    expect_quote (&frag, "deutlich zu hoch", QM_QUOTE_KIND_DIRECT);
    expect_quote (&frag, "Wahnsinn", QM_QUOTE_KIND_SCARE);
    expect_quote (&frag, "viel zu hoch", QM_QUOTE_KIND_SCARE);
  }

  /* "mit den Worten: „…“": what was said is the quotation, not the object
   * before the words. */
  {
    g_auto(Result) words = { 0, };

    analyze (&words, "Der Trainer begrüßte die Spieler mit den Worten: „Willkommen zurück.“", "de");
    q = expect_quote (&words, "Willkommen zurück.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&words, q, "Der Trainer", NULL);
    g_assert_null (find_quote (&words, "die Spieler mit den Worten"));
  }

  /* An adverb that opens a sentence ("Aktuell", "Sehr", "Darin") is no
   * name: the speaker is the subject after the verb. */
  {
    g_auto(Result) adv = { 0, };

    analyze (&adv, "Aktuell lässt die Firma auf ihrer Seite Folgendes erklären: „Wir bauen das Werk nicht.“", "de");
    q = expect_quote (&adv, "Wir bauen das Werk nicht.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&adv, q, "die Firma");
  }

  /* "Das Fazit von X", "so das Fazit der Y": the words are X's and Y's. */
  {
    g_auto(Result) fazit = { 0, };

    analyze (&fazit, "Das Fazit von Anna Berger nach fünf Jahren überrascht daher nicht: „Es hat sich gelohnt.“\n\n"
                     "„Wir machen weiter.“, so das Fazit der Veranstalter der Messe.", "de");
    q = expect_quote (&fazit, "Es hat sich gelohnt.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&fazit, q, "Anna Berger");
    q = expect_quote (&fazit, "Wir machen weiter.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&fazit, q, "der Veranstalter");
  }

  /* "Auf der Homepage der Schule heißt es: „…“": the genitive belongs to
   * the phrase that opens the sentence. */
  {
    g_auto(Result) home = { 0, };

    analyze (&home, "Auf der Homepage der Schule heißt es zur Lage: „Es hat sich gelohnt.“", "de");
    q = expect_quote (&home, "Es hat sich gelohnt.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&home, q, "der Homepage");
  }

  /* "Für X sei …" in the Konjunktiv without a cue: X holds the view, not
   * the last speaker. */
  {
    g_auto(Result) fuer = { 0, };

    analyze (&fuer, "„Wir bleiben“, sagte der Trainer.\n\n"
                    "Für die Bürgermeisterin Anna Berger sei der Abstieg „aus vielen Gründen bitter“. "
                    "Für den Routinier Jonas Weber sei die Saison „noch nicht verloren“.", "de");
    q = expect_quote (&fuer, "aus vielen Gründen bitter", QM_QUOTE_KIND_DIRECT);
    expect_mention (&fuer, q, "die Bürgermeisterin Anna Berger");
    q = expect_quote (&fuer, "noch nicht verloren", QM_QUOTE_KIND_DIRECT);
    expect_mention (&fuer, q, "den Routinier Jonas Weber");
  }

  /* "…, zumal X betont hatte, …": a clause that "zumal" opens has its own
   * subject before its verb. */
  {
    g_auto(Result) zumal = { 0, };

    analyze (&zumal, "Die Richterin lehnte ab, zumal der Verteidiger Jonas Weber betont hatte, "
                     "der Angeklagte sei „nicht gefährlich“.", "de");
    q = expect_quote (&zumal, "nicht gefährlich", QM_QUOTE_KIND_DIRECT);
    expect_mention (&zumal, q, "der Verteidiger Jonas Weber");
  }

  /* "heißt es" further from the colon: "hatte es geheißen", "heißt es in
   * X wörtlich". */
  {
    g_auto(Result) hiess = { 0, };

    analyze (&hiess, "In einer Erklärung der Minister vom Dienstag hatte es geheißen: „Es gibt keine Lösung.“\n\n"
                     "So heißt es in der Meldung auf der Homepage wörtlich: „Wir wollen wachsen.“", "de");
    q = expect_quote (&hiess, "Es gibt keine Lösung.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&hiess, q, "einer Erklärung");
    q = expect_quote (&hiess, "Wir wollen wachsen.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&hiess, q, "der Meldung");
    g_assert_null (find_quote (&hiess, "es in der Meldung auf der Homepage wörtlich: „Wir wollen wachsen.“"));
  }

  /* "Wie „abendblatt online“ berichtet, …": a name in quotation marks in
   * lower case is the subject of the clause too. */
  {
    g_auto(Result) wie = { 0, };

    analyze (&wie, "Wie „abendblatt online“ berichtet, sperrte die Stadt die Brücke über den „Südkanal“.", "de");
    q = expect_quote (&wie, "sperrte die Stadt die Brücke über den „Südkanal“", QM_QUOTE_KIND_MIXED);
    expect_mention (&wie, q, "„abendblatt online");
  }

  /* A point inside a number ends no sentence: "12.408 Delikte". */
  {
    g_auto(Result) num = { 0, };

    analyze (&num, "Im Bericht heißt es, im Bereich „Verkehr“ seien 12.408 Delikte gezählt worden, darunter 731 "
                   "Gewalttaten.", "de");
    q = expect_quote (&num, "im Bereich „Verkehr“ seien 12.408 Delikte gezählt worden, darunter 731 Gewalttaten",
                      QM_QUOTE_KIND_MIXED);
    expect_mention (&num, q, "Bericht");
  }

  /* Nor does a regnal number's point before quoted words in lower case. */
  {
    g_auto(Result) rex = { 0, };

    analyze (&rex, "Später sagte Kanzlerin Angela Merkel, Papst Clemens XV. „ist und bleibt ein großer Lehrer“.",
             "de");
    q = expect_quote (&rex, "Papst Clemens XV. „ist und bleibt ein großer Lehrer“", QM_QUOTE_KIND_MIXED);
    g_assert_cmpstr (person_name (&rex, q), ==, "Angela Merkel");
    g_assert_null (find_quote (&rex, "Papst Clemens XV"));
    q = expect_quote (&rex, "ist und bleibt ein großer Lehrer", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&rex, q), ==, "Angela Merkel");
  }

  /* In a mixed quotation a single quoted word in lower case is a direct
   * quotation; a capitalised one, a noun, stays a term. */
  {
    g_auto(Result) one = { 0, };

    analyze (&one, "Der Minister sagte, die Lage sei „dramatisch“ und die Kasse „Pleite“.", "de");
    q = expect_quote (&one, "dramatisch", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&one, q, "Der Minister", NULL);
    expect_quote (&one, "Pleite", QM_QUOTE_KIND_SCARE);
  }

  /* The source goes on over a genitive and a name in quotation marks
   * after it: what it reports starts after them, and is no mixed
   * quotation.  "Laut X „…“" still quotes X. */
  {
    g_auto(Result) tail = { 0, };

    analyze (&tail, "Nach Angaben des Magazins „Stadtblick“ sei die Brücke seit Jahren marode.\n\n"
                    "Laut einem Bericht der „Abendpost“ hat der Stadtrat die Pläne gestoppt.\n\n"
                    "Laut Keller „bleibt die Lage ernst“.", "de");
    q = expect_quote (&tail, "sei die Brücke seit Jahren marode", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&tail, q, "des Magazins");
    g_assert_null (find_quote (&tail, "„Stadtblick“ sei die Brücke seit Jahren marode"));
    q = expect_quote (&tail, "hat der Stadtrat die Pläne gestoppt", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&tail, q, "einem Bericht");
    g_assert_null (find_quote (&tail, "der „Abendpost“ hat der Stadtrat die Pläne gestoppt"));
    q = expect_quote (&tail, "bleibt die Lage ernst", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&tail, q), ==, "Keller");
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
  /* "es" after the verb: the source is the prepositional phrase, and the
   * one who issued it the genitive after its document noun. */
  q = expect_quote (&r, "Die Brücke bleibt bis zum Sommer gesperrt", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Mitteilung", "Stadt");
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

/* After a fronted phrase whose head names no one, a phrase after the verb
 * that surely names someone is the subject. */
static void
test_german_subject_after_verb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bürgermeister Jonas Keller kam vor zwei Jahren ins Amt.\n\n"
               "Die Planung der Brücke des Landkreises lobte er mit den Worten: „Das war gute Arbeit.“\n\n"
               "„Da bin ich wieder“, mit diesen Worten meldete er sich am Montag zurück.\n\n"
               "Die Finanzierung der Pläne stellte der Kämmerer Paul Brandt in Frage: „Das Geld fehlt.“\n\n"
               "Als Grund sagte ein Sprecher: „Die Pfeiler sind marode.“\n\n"
               "Der Leiter des Bauamts nannte sie „fahrlässig“.\n\n"
               "Diese Haltung der Verwaltung bezeichnete er als „kurzsichtig“.\n\n"
               "Am Abend teilte dessen Stellvertreter über die Pläne seines Chefs mit: „Er kommt morgen.“\n\n"
               "Zur Lage der Stadt und ihrer neuen Aufgabe wird Brenner in der Zeitung wie folgt zitiert: "
               "„Wir schaffen das.“", "de");
  q = expect_quote (&r, "Das war gute Arbeit.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "er", "Jonas Keller");
  q = expect_quote (&r, "Das Geld fehlt.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Kämmerer Paul Brandt", "Paul Brandt");
  q = expect_quote (&r, "Die Pfeiler sind marode.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "ein Sprecher", NULL);
  /* A phrase after a preposition opens the clause after the quotation. */
  q = expect_quote (&r, "Da bin ich wieder", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "er", "Jonas Keller");
  /* A phrase an object's determiner opens is no speaker, after the verb
   * either. */
  {
    g_auto(Result) obj = { 0, };
    g_autofree char *m = NULL;

    analyze (&obj, "In seiner Rede befand der Minister den Angriff als richtig und nannte den Auftrag "
                   "„schnell und entschieden“.", "de");
    q = expect_quote (&obj, "schnell und entschieden", QM_QUOTE_KIND_DIRECT);
    m = span_text (&obj, q->speaker);
    g_assert_cmpstr (m, !=, "den Auftrag");
  }
  /* No cue: after a fronted adverb and the verb, the pronoun is the
   * subject of the sentence. */
  {
    g_auto(Result) adv = { 0, };

    analyze (&adv, "Damals wollte er „einen Plan mit sechs Brücken vorlegen“, am Ende waren es zwölf.", "de");
    q = expect_quote (&adv, "einen Plan mit sechs Brücken vorlegen", QM_QUOTE_KIND_DIRECT);
    expect_mention (&adv, q, "er");
  }
  /* "sie" after the verb may be its object: the subject opens the sentence. */
  q = expect_quote (&r, "fahrlässig", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Der Leiter des Bauamts");
  /* Demonstratives and possessives are determiners too. */
  q = expect_quote (&r, "kurzsichtig", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "er");
  q = expect_quote (&r, "Er kommt morgen.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "dessen Stellvertreter");
  /* A phrase joined to a fronted one belongs to it. */
  q = expect_quote (&r, "Wir schaffen das.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Brenner");
}

/* A quotation that ends its sentence takes no cue from the next one. */
static void
test_german_next_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bürgermeister Jonas Keller hält die Kritik für falsch: „Wir müssen die Steine ja irgendwo lagern.“ "
               "Der Bauleiter fragte: „Was spricht dagegen?“\n\n"
               "Keller will die Entscheidung dem Rat überlassen: „Wir bieten jede Hilfe an.“ Im Mai hatte die "
               "Landrätin Helena Varga das Gutachten im Rat vorgestellt.", "de");
  q = expect_quote (&r, "Wir müssen die Steine ja irgendwo lagern.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  q = expect_quote (&r, "Was spricht dagegen?", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Der Bauleiter");
  q = expect_quote (&r, "Wir bieten jede Hilfe an.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");

  /* A phrase between commas inside the quotation is not the speaker of
   * the cue after it. */
  {
    g_auto(Result) inner = { 0, };

    analyze (&inner, "Die Erklärung wurde verlesen. „Es braucht die Kraft des Körpers, eine Kraft, die in mir "
                     "abgenommen hat“, sagte der Bischof.", "de");
    q = expect_quote (&inner, "Es braucht die Kraft des Körpers, eine Kraft, die in mir abgenommen hat",
                      QM_QUOTE_KIND_DIRECT);
    expect_mention (&inner, q, "der Bischof");
  }

  /* A Konjunktiv sentence after a quotation its cue introduces goes on
   * with that cue's speaker, and rests on its mention. */
  {
    g_auto(Result) mood = { 0, };

    analyze (&mood, "Wie die Abendzeitung berichtet, will die Firma nicht bauen. Paul Brandt, Leiter der Firma, "
                    "erklärte: „Wir sehen keine Möglichkeit. Die Kosten sind zu hoch.“ Es gebe Leser, die für die "
                    "„neue Technik“ nicht zu haben seien.", "de");
    q = expect_quote (&mood, "neue Technik", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&mood, q, "Paul Brandt", "Paul Brandt");
  }

  /* „A.“ Und: „B.“ — a conjunction joins the second to the first. */
  {
    g_auto(Result) und = { 0, };

    analyze (&und, "Landrätin Helena Varga kam am Morgen.\n\n"
                   "Sie äußerte sich mit den Worten: „Die Lage ist ernst.“ Und: „Wir werden die Brücke noch in "
                   "diesem Jahr erneuern müssen.“", "de");
    q = expect_quote (&und, "Wir werden die Brücke noch in diesem Jahr erneuern müssen.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&und, q, "Sie");
  }
}

/* A gloss in parentheses names or translates something; a sentence
 * there is a quotation. */
static void
test_german_gloss (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Minister sagte, die Partei Naprzód („Vorwärts mit Polen“) werde verboten.\n\n"
               "Mehrere Politiker gratulierten, so der Bürgermeister Jonas Keller („Ich freue mich, das ist "
               "verdient.“), und die Landrätin.", "de");
  q = find_quote (&r, "Vorwärts mit Polen");
  g_assert_true (q == NULL || q->kind == QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Ich freue mich, das ist verdient.", QM_QUOTE_KIND_DIRECT);
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

/* Who speaks in German sentences where the choice of speaker is the hard
 * part: sources after "heißt es", fronted objects, nouns that name no one. */
static void
test_german_speaker_choice (void)
{
  const QmFoundQuote *q;

  /* "„…“, heißt es dazu in X": "dazu" is an adverb between the pronoun
   * and the source. */
  {
    g_auto(Result) dazu = { 0, };

    analyze (&dazu, "Der Verein wächst. „Wir wollten etwas ganz Neues machen“, heißt es dazu in einer Mitteilung "
                    "des Vereins.", "de");
    q = expect_quote (&dazu, "Wir wollten etwas ganz Neues machen", QM_QUOTE_KIND_DIRECT);
    expect_mention (&dazu, q, "einer Mitteilung");
    g_assert_null (find_quote (&dazu, "es dazu in einer Mitteilung des Vereins"));
  }

  /* Before a colon, a personal pronoun that opens the sentence is its
   * subject, not the subject of a clause after it ("wenn die Hilfe …"); a
   * possessive before a noun ("Ihr Stellvertreter") is no pronoun. */
  {
    g_auto(Result) colon = { 0, };

    analyze (&colon, "„Das reicht nicht“, sagte die Sprecherin Anna Roß. Sie warnte vor einer neuen Krise, wenn die "
                     "Hilfe nicht schnell komme: „Weite Teile stehen unter Wasser.“\n\n"
                     "Ihr Sprecher Jonas Weber warnte vor einer Krise, wenn die Hilfe ausbleibe: "
                     "„Der Regen hört nicht auf.“", "de");
    q = expect_quote (&colon, "Weite Teile stehen unter Wasser.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&colon, q, "Sie", "Anna Roß");
    q = expect_quote (&colon, "Der Regen hört nicht auf.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&colon, q), ==, "Jonas Weber");
  }

  /* A noun for what was said or thought, a comma and a clause with "dass"
   * or in the Konjunktiv, without a cue: the clause is the noun's content;
   * its owner follows the noun in the genitive, or comes with "von", or is
   * the subject — not the last speaker. */
  {
    g_auto(Result) these = { 0, };

    analyze (&these, "„Wir bleiben“, sagte der Trainer Hans Berg. Seit Jahren vertritt der Autor Jonas Weber die "
                     "These, dass die Partei „am Ende“ sei.\n\n"
                     "„Wir bleiben“, sagte der Trainer Hans Berg. Von der Polizei kam die Information, die Täter "
                     "seien „schwer bewaffnet“ gewesen.\n\n"
                     "„Wir bleiben“, sagte der Trainer Hans Berg. Der Vorwurf der Opposition, der Plan sei „reine "
                     "Verschwendung“, blieb unbeantwortet.", "de");
    q = expect_quote (&these, "dass die Partei „am Ende“ sei", QM_QUOTE_KIND_MIXED);
    expect_mention (&these, q, "der Autor Jonas Weber");
    q = expect_quote (&these, "am Ende", QM_QUOTE_KIND_DIRECT);
    expect_mention (&these, q, "der Autor Jonas Weber");
    q = expect_quote (&these, "die Täter seien „schwer bewaffnet“ gewesen", QM_QUOTE_KIND_MIXED);
    expect_mention (&these, q, "der Polizei");
    /* the main clause's verb after a comma ends the content */
    q = expect_quote (&these, "der Plan sei „reine Verschwendung“", QM_QUOTE_KIND_MIXED);
    expect_mention (&these, q, "der Opposition");
    q = expect_quote (&these, "reine Verschwendung", QM_QUOTE_KIND_DIRECT);
    expect_mention (&these, q, "der Opposition");
  }

  /* "am 14. Oktober", "zum 3. Mal": an ordinal's point ends no sentence,
   * so the cue before it keeps its content and the colon its subject. */
  {
    g_auto(Result) date = { 0, };

    analyze (&date, "Der Minister Hans Berg sagte am 14. Oktober in Berlin, die Lage sei „sehr ernst“.\n\n"
                    "Der Kapitän Jonas Weber kam an. Später lenkte er am 20. Juli zum 3. Mal die Fähre zum "
                    "Hafen und meldete sich mit den Worten: „Wir sind da.“", "de");
    q = expect_quote (&date, "die Lage sei „sehr ernst“", QM_QUOTE_KIND_MIXED);
    expect_mention (&date, q, "Der Minister Hans Berg");
    q = expect_quote (&date, "sehr ernst", QM_QUOTE_KIND_DIRECT);
    expect_mention (&date, q, "Der Minister Hans Berg");
    q = expect_quote (&date, "Wir sind da.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&date, q, "er");
  }

  /* An adjective in -isch that opens the sentence is an adverb, no name:
   * the subject after the verb speaks. */
  {
    g_auto(Result) isch = { 0, };

    analyze (&isch, "Kritisch, wohl auf die Leserbriefe antwortend, veröffentlichte der Autor folgenden Kommentar: "
                    "„Wir lachen darüber.“", "de");
    q = expect_quote (&isch, "Wir lachen darüber.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&isch, q, "der Autor");
  }

  /* Nor are "Besorgt", "Unterdessen", "Zusammen" names before the verb. */
  {
    g_auto(Result) opener = { 0, };

    analyze (&opener, "Skeptisch äußerte sich auch der Vorsitzende Hans Berg: „Wir rechnen mit dem Ärgsten.“\n\n"
                      "Zusammen mit Anna Roß lenkte er die Fähre zum Hafen und meldete sich mit den Worten: "
                      "„Wir sind da.“", "de");
    q = expect_quote (&opener, "Wir rechnen mit dem Ärgsten.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&opener, q, "der Vorsitzende Hans Berg");
    q = expect_quote (&opener, "Wir sind da.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&opener, q, "er");
  }

  /* A share of people is the subject of its clause: "Zwar sind …, 30
   * Prozent sind jedoch der Auffassung, dass …", "22 Prozent teilen die
   * Meinung, …" ("Zwar" is no name). */
  {
    g_auto(Result) share = { 0, };

    analyze (&share, "Zwar sind 60 Prozent der Bürger zufrieden, 30 Prozent sind jedoch der Auffassung, dass die "
                     "Lage „eher schlecht“ sei. 22 Prozent teilen die Meinung, der Staat sei „nicht zu retten“.", "de");
    q = expect_quote (&share, "dass die Lage „eher schlecht“ sei", QM_QUOTE_KIND_MIXED);
    expect_mention (&share, q, "30 Prozent");
    q = expect_quote (&share, "eher schlecht", QM_QUOTE_KIND_DIRECT);
    expect_mention (&share, q, "30 Prozent");
    q = expect_quote (&share, "der Staat sei „nicht zu retten“", QM_QUOTE_KIND_MIXED);
    expect_mention (&share, q, "22 Prozent");
  }

  /* "So heißt es in der Meldung von „Neue Energie“ wörtlich: „…“": a name
   * in quotation marks between the source and the colon is passed over. */
  {
    g_auto(Result) named = { 0, };

    analyze (&named, "So heißt es in der Mitteilung auf der Website von „Grüner Hafen“ wörtlich: "
                     "„Wir wollten etwas Neues.“", "de");
    q = expect_quote (&named, "Wir wollten etwas Neues.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&named, q, "der Mitteilung");
  }

  /* "„… .“ so das Fazit der Veranstalter.": the source after a quotation that
   * ended its sentence is the quotation's, and reports nothing else. */
  {
    g_auto(Result) so = { 0, };

    analyze (&so, "Die Stadt zahlt nur noch wenig. „Offenbar ist das zu teuer.“ so das Fazit der Veranstalter von "
                  "Stadtwatch.", "de");
    q = expect_quote (&so, "Offenbar ist das zu teuer.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&so, q, "der Veranstalter");
    g_assert_cmpfloat (q->confidence, >, 0.8);
    g_assert_null (find_quote (&so, "der Veranstalter von Stadtwatch"));
  }

  /* A quotation without a cue carries the speaker before it, not the one
   * of a sentence after it in the paragraph. */
  {
    g_auto(Result) later = { 0, };

    analyze (&later, "Die Sprecherin Anna Roß erklärte, der Plan solle die Kosten senken. "
                     "„Wir sparen jedes Jahr viel Geld.“ Die Opposition kritisierte den Plan.", "de");
    q = expect_quote (&later, "Wir sparen jedes Jahr viel Geld.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&later, q, "Die Sprecherin Anna Roß", "Anna Roß");
  }

  /* "… als „…“. Der Leiter hofft, …": a sentence's end after the closing
   * mark; the cue of the next sentence is not the quotation's. */
  {
    g_auto(Result) next = { 0, };

    analyze (&next, "Der Senator Hans Berg hält die Arbeit des Vereins für ein „gelungenes Beispiel für gute Arbeit "
                    "mit Jugendlichen“. Der Leiter der Schule will die Frau gern behalten.", "de");
    q = expect_quote (&next, "gelungenes Beispiel für gute Arbeit mit Jugendlichen", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&next, q, "Der Senator Hans Berg", "Hans Berg");
  }

  /* "so letztere": a pronoun for the one named last. */
  {
    g_auto(Result) last = { 0, };

    analyze (&last, "„Wir sind bereit“, sagte die Sprecherin Anna Roß, als der Leiter Hans Berg kam. "
                    "„Das ist gut“, so letztere.", "de");
    q = expect_quote (&last, "Das ist gut", QM_QUOTE_KIND_DIRECT);
    expect_mention (&last, q, "letztere");
  }

  /* "Sie warnte …, wenn … werde: „…“": after a colon, the words of the
   * sentence's own subject, not of the speaker carried into its Konjunktiv. */
  {
    g_auto(Result) colon = { 0, };

    analyze (&colon, "Die Lage sei ernst, erklärte die Leiterin der Stiftung, Anna Roß. Sie warnte vor einer "
                     "neuen Krise, wenn die Hilfe nicht fortgesetzt werde: „Viele Dörfer stehen unter Wasser.“", "de");
    q = expect_quote (&colon, "Viele Dörfer stehen unter Wasser.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&colon, q, "Sie");
  }

  /* "nach eigenem Bekunden": the words name the source of the report, and
   * the subject of the sentence is the speaker the next quotation carries. */
  {
    g_auto(Result) own = { 0, };

    analyze (&own, "Der jüngere Bruder des Trainers, Paul Roth, war nach eigenem Bekunden seit Wochen in die "
                   "Pläne eingeweiht. „Mein Onkel sucht vor allem Ruhe.“", "de");
    q = expect_quote (&own, "Der jüngere Bruder des Trainers, Paul Roth, war nach eigenem Bekunden seit Wochen in die "
                             "Pläne eingeweiht", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&own, q, "eigenem Bekunden");
    q = expect_quote (&own, "Mein Onkel sucht vor allem Ruhe.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&own, q, "Paul Roth", "Paul Roth");
  }

  /* "Nach eigenen Angaben hat X …": the subject after the verb. */
  {
    g_auto(Result) own = { 0, };

    analyze (&own, "Nach eigenen Angaben hat die Feuerwehr bislang die halbe Halle durchsucht. "
                   "„Wir kommen bei der Suche gut voran.“", "de");
    q = expect_quote (&own, "Wir kommen bei der Suche gut voran.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&own, q, "die Feuerwehr");
  }

  /* "…, Bundestrainer Paul Roth bezeichnete … als „…“": after a comma, a
   * name and the speech verb right after it open a main clause of its own;
   * without a quotation in it ("…, die Polizei spricht von …") the clause
   * stays part of what was reported before it. */
  {
    g_auto(Result) clause = { 0, };

    analyze (&clause, "Max Weber, der früh vom Platz musste, nannte die Strafe „überzogen“, Bundestrainer Paul Roth "
                      "bezeichnete die vielen Karten in dem Spiel als „übertrieben“.", "de");
    q = expect_quote (&clause, "überzogen", QM_QUOTE_KIND_DIRECT);
    expect_mention (&clause, q, "Max Weber");
    q = expect_quote (&clause, "übertrieben", QM_QUOTE_KIND_DIRECT);
    expect_mention (&clause, q, "Bundestrainer Paul Roth");
  }

  /* "…, der diese Maßnahme als „…“ … sieht": quoted words that name
   * something in a relative clause are those of the phrase its subject
   * pronoun stands for; "den" (an object) leaves the subject after it. */
  {
    g_auto(Result) relative = { 0, };

    analyze (&relative, "Kritik kommt vom Verband der Pendler, der diesen Schritt als „Aufgabe“ vor den "
                        "Sprayern sieht.", "de");
    q = expect_quote (&relative, "Aufgabe", QM_QUOTE_KIND_DIRECT);
    expect_mention (&relative, q, "Verband der Pendler");
  }
  {
    g_auto(Result) relative = { 0, };

    analyze (&relative, "Die Einbrecher hinterließen am Tor eine kurze Nachricht, welche den Wachdienst des Hafens als "
                        "„eine Truppe von Schlafmützen“ bezeichnete.", "de");
    q = expect_quote (&relative, "eine Truppe von Schlafmützen", QM_QUOTE_KIND_DIRECT);
    expect_mention (&relative, q, "Nachricht");
  }

  /* "… vom Wetterdienst als „recht hoch“ bewertet": the passive's agent
   * right before "als" names with the quoted words. */
  {
    g_auto(Result) passive = { 0, };

    analyze (&passive, "Im Norden des Landes wird die Gefahr von Bränden vom Wetterdienst als „sehr hoch“ "
                       "eingestuft.", "de");
    q = expect_quote (&passive, "sehr hoch", QM_QUOTE_KIND_DIRECT);
    expect_mention (&passive, q, "Wetterdienst");
  }

  /* "…, dass Berg die Frau gefragt habe, was sie „…“": the verb at the end
   * of the "dass" clause, before its auxiliary, is a cue of its own, whose
   * subject follows the complementizer. */
  {
    g_auto(Result) nested = { 0, };

    analyze (&nested, "Die Zeitung will außerdem wissen, dass Lund den Jungen danach gefragt habe, was er „gerade "
                      "spiele“ und ob er „schon einmal allein verreist“ sei.", "de");
    q = expect_quote (&nested, "gerade spiele", QM_QUOTE_KIND_DIRECT);
    expect_mention (&nested, q, "Lund");
    q = expect_quote (&nested, "schon einmal allein verreist", QM_QUOTE_KIND_DIRECT);
    expect_mention (&nested, q, "Lund");
  }

  /* "die sich selbst „…“ nennt", "die sich „…“ nennt": a naming verb with
   * "sich" gives the name something goes by, no one's words — a scare
   * quote, also inside reported content. */
  {
    g_auto(Result) self = { 0, };

    analyze (&self, "Die Junta, die sich selbst „Rat für Ordnung und Frieden im ganzen Land“ nennt, regiert seit Mai.",
             "de");
    expect_quote (&self, "Rat für Ordnung und Frieden im ganzen Land", QM_QUOTE_KIND_SCARE);
  }
  {
    g_auto(Result) self = { 0, };

    analyze (&self, "Der Sprecher erklärte, die Gruppe, die sich „Freunde des Waldes“ nennt, habe protestiert.", "de");
    expect_quote (&self, "Freunde des Waldes", QM_QUOTE_KIND_SCARE);
  }

  /* "X warnte vor einem „…“", "Von „…“ sprechen die Gutachter": quoted
   * words that open the topic of a verb of speech are its subject's words;
   * after "zu" (an infinitive) or a noun ("vor der Pille „…“") they stay a
   * scare quote. */
  {
    g_auto(Result) topic = { 0, };

    analyze (&topic, "Gestern warnte Hans Berg vor einem „heißen Herbst“ in den Betrieben.", "de");
    q = expect_quote (&topic, "heißen Herbst", QM_QUOTE_KIND_DIRECT);
    expect_mention (&topic, q, "Hans Berg");
  }
  {
    g_auto(Result) topic = { 0, };

    analyze (&topic, "Der frühere Bürgermeister Hans Berg warnte die Partei vor einem „schrillen Wahlkampf“.", "de");
    q = expect_quote (&topic, "schrillen Wahlkampf", QM_QUOTE_KIND_DIRECT);
    expect_mention (&topic, q, "Der frühere Bürgermeister Hans Berg");
  }
  {
    g_auto(Result) topic = { 0, };

    analyze (&topic, "Von „grober Fahrlässigkeit“ sprechen die Gutachter in ihrem Bericht.", "de");
    q = expect_quote (&topic, "grober Fahrlässigkeit", QM_QUOTE_KIND_DIRECT);
    expect_mention (&topic, q, "die Gutachter");
  }
  {
    g_auto(Result) topic = { 0, };

    analyze (&topic, "Die Forscher halten es für richtig, von einer „schleichenden Verarmung“ zu sprechen.", "de");
    expect_quote (&topic, "schleichenden Verarmung", QM_QUOTE_KIND_SCARE);
  }
  {
    g_auto(Result) topic = { 0, };

    analyze (&topic, "Das Landesamt warnt vor der Pille „Schlank Sofort“ aus dem Internet.", "de");
    expect_quote (&topic, "Schlank Sofort", QM_QUOTE_KIND_SCARE);
  }

  /* "Als „…“ beurteilte X …": a verb of judging after the quoted words
   * that follow "als" names with them, as "bezeichnete" does. */
  {
    g_auto(Result) judged = { 0, };

    analyze (&judged, "Als „verpasste Gelegenheit“ beurteilte der Vorsitzende der Fraktion die Einigung.", "de");
    expect_quote (&judged, "verpasste Gelegenheit", QM_QUOTE_KIND_DIRECT);
  }

  /* "Parolen wie „…“", "mit der Aufschrift „…“": words chanted or written
   * are a direct quotation, not a title; a motto stays a name. */
  {
    g_auto(Result) slogan = { 0, };

    analyze (&slogan, "Die Fans zogen durch die Altstadt und riefen Parolen wie „Nie wieder zweite Liga“.", "de");
    q = expect_quote (&slogan, "Nie wieder zweite Liga", QM_QUOTE_KIND_DIRECT);
    expect_mention (&slogan, q, "Die Fans");
  }
  {
    g_auto(Result) slogan = { 0, };

    analyze (&slogan, "Am Rathaus hing ein Banner mit der Aufschrift „Bäume statt Beton“.", "de");
    expect_quote (&slogan, "Bäume statt Beton", QM_QUOTE_KIND_DIRECT);
  }
  {
    g_auto(Result) slogan = { 0, };

    analyze (&slogan, "Das Fest steht unter dem Motto „Bäume statt Beton“.", "de");
    expect_quote (&slogan, "Bäume statt Beton", QM_QUOTE_KIND_SCARE);
  }

  /* "habe so die Bildung … ausgelöst": "so" after a word is an adverb, no
   * source; after a comma it names one. */
  {
    g_auto(Result) so = { 0, };

    analyze (&so, "Ein Komet sei vorbeigeflogen und habe so die Bildung der Ringe ausgelöst, sagte Anna Berg.", "de");
    q = expect_quote (&so, "Ein Komet sei vorbeigeflogen und habe so die Bildung der Ringe ausgelöst",
                      QM_QUOTE_KIND_INDIRECT);
    expect_mention (&so, q, "Anna Berg");
  }
  {
    g_auto(Result) so = { 0, };

    analyze (&so, "Die Lage sei ernst, so der Sprecher der Feuerwehr.", "de");
    q = expect_quote (&so, "Die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&so, q, "der Sprecher");
  }

  /* "Nach Angaben des Leiters der Schule, Hans Berg, sei …", "Nach Angaben
   * des Wetterdienstes (DWD) fiel …": the apposition and the parenthesis
   * belong to the source, not to what it reports. */
  {
    g_auto(Result) aside = { 0, };

    analyze (&aside, "Nach Angaben des Leiters der Schule, Hans Berg, sei der Zustand des Gebäudes gut gewesen.", "de");
    expect_quote (&aside, "sei der Zustand des Gebäudes gut gewesen", QM_QUOTE_KIND_INDIRECT);
  }
  {
    g_auto(Result) aside = { 0, };

    analyze (&aside, "Nach Angaben des Wetterdienstes (DWD) fiel in der Nacht viel Regen.", "de");
    expect_quote (&aside, "fiel in der Nacht viel Regen", QM_QUOTE_KIND_INDIRECT);
  }
}

/* German spans around names in quotation marks. */
static void
test_german_quoted_names (void)
{
  const QmFoundQuote *q;

  /* "eine „Jamaika“-Koalition": quoted words that a hyphen joins to a
   * word are part of a compound, a term — also inside reported speech. */
  {
    g_auto(Result) compound = { 0, };

    analyze (&compound, "Die Sprecherin lehnte eine „Ampel“-Koalition ab.\n\n"
                        "Der Minister sagte, die „große Lösung“ sei ebenso wie eine „Eins zu Eins“-Begegnung "
                        "nicht geplant.", "de");
    expect_quote (&compound, "Ampel", QM_QUOTE_KIND_SCARE);
    expect_quote (&compound, "Eins zu Eins", QM_QUOTE_KIND_SCARE);
    q = expect_quote (&compound, "große Lösung", QM_QUOTE_KIND_DIRECT);
    expect_mention (&compound, q, "Der Minister");
  }

  /* A name in quotation marks after a preposition right before the verb
   * belongs to the subject or is where the subject said it; the subject
   * stands before it, and the content after the comma is reported speech
   * that quotes nobody's words. */
  {
    g_auto(Result) adjunct = { 0, };

    analyze (&adjunct, "Die Lage bleibt schwierig. Lena Vogt von der „Stiftung Lesehilfe“ sagte, es sei ein falscher "
                       "Eindruck entstanden.\n\n"
                       "Die Lage bleibt schwierig. Wie die „Hilfe für Alle“ heute mitteilte, werde die Hilfe trotz "
                       "aller Hindernisse geleistet.", "de");
    q = expect_quote (&adjunct, "es sei ein falscher Eindruck entstanden", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&adjunct, q, "Lena Vogt", "Lena Vogt");
    q = expect_quote (&adjunct, "werde die Hilfe trotz aller Hindernisse geleistet", QM_QUOTE_KIND_INDIRECT);
    {
      g_autofree char *who = span_text (&adjunct, q->speaker);

      g_assert_nonnull (g_strstr_len (who, -1, "Hilfe für Alle"));
    }
    g_assert_cmpuint (count_kind (&adjunct, QM_QUOTE_KIND_MIXED), ==, 0);
    g_assert_cmpuint (count_kind (&adjunct, QM_QUOTE_KIND_DIRECT), ==, 0);
  }

  /* "laut „…“" names the source: no words of anyone's, and reported
   * speech that holds nothing else in quotation marks is indirect. */
  {
    g_auto(Result) source = { 0, };

    analyze (&source, "Die Ministerin sagte, der Plan sei laut „netzblick.de“ endgültig gescheitert.\n\n"
                      "Die Lage ist ernst. Der Plan sei laut „netzblick.de“ endgültig gescheitert.", "de");
    q = expect_quote (&source, "der Plan sei laut „netzblick.de“ endgültig gescheitert", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&source, q, "Die Ministerin");
    expect_quote (&source, "netzblick.de", QM_QUOTE_KIND_SCARE);
    expect_quote (&source, "Der Plan sei laut „netzblick.de“ endgültig gescheitert", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpuint (count_kind (&source, QM_QUOTE_KIND_DIRECT), ==, 0);
    g_assert_cmpuint (count_kind (&source, QM_QUOTE_KIND_MIXED), ==, 0);
  }

  /* "Ersten Angaben vom Montag zufolge": the phrase after the source's
   * noun belongs to the source, and what follows is its report. */
  {
    g_auto(Result) phrase = { 0, };

    analyze (&phrase, "Ein Boot ist gesunken. Ersten Angaben vom gestrigen Freitag zufolge gehörte die „Adler 2“ "
                      "der Firma Berg.", "de");
    q = expect_quote (&phrase, "gehörte die „Adler 2“ der Firma Berg", QM_QUOTE_KIND_MIXED);
    expect_mention (&phrase, q, "Ersten Angaben vom gestrigen Freitag");
  }

  /* "Nach Angaben der Behörden in Gaza (…)": a place after the source,
   * before the verb, is part of the phrase that opens the sentence. */
  {
    g_auto(Result) place = { 0, };

    analyze (&place, "Nach Angaben der Behörden in Nordstadt (Hafen) beläuft sich die Zahl der Opfer der Operation "
                     "„Sturm“ auf 30.\n\n"
                     "Nach Angaben der Polizei in Südheim wurden drei Menschen verletzt.", "de");
    q = expect_quote (&place, "beläuft sich die Zahl der Opfer der Operation „Sturm“ auf 30", QM_QUOTE_KIND_MIXED);
    expect_mention (&place, q, "der Behörden");
    q = expect_quote (&place, "wurden drei Menschen verletzt", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&place, q, "der Polizei");
  }

  /* "sprach von einer „…“": a phrase with a preposition right after the
   * verb is its object; the quoted words in title case are the speaker's
   * words, not a name. */
  {
    g_auto(Result) object = { 0, };

    analyze (&object, "Der Ordnungsdezernent Paul Kern sprach von einer „Gefahr für Leib und Leben“.", "de");
    q = expect_quote (&object, "Gefahr für Leib und Leben", QM_QUOTE_KIND_DIRECT);
    expect_mention (&object, q, "Der Ordnungsdezernent Paul Kern");
  }

  /* "Gemäß der Organisation „…“ betrug …": "gemäß" before its source,
   * like "laut"; the name after the source's noun is part of it. */
  {
    g_auto(Result) gemaess = { 0, };

    analyze (&gemaess, "Gemäß der Organisation „Netzwerk Süd“ betrug die Zahl der Anmeldungen etwa 2000.\n\n"
                       "Dem Bericht gemäß sei die Zahl gestiegen.", "de");
    q = expect_quote (&gemaess, "betrug die Zahl der Anmeldungen etwa 2000", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&gemaess, q, "der Organisation");
    expect_quote (&gemaess, "Netzwerk Süd", QM_QUOTE_KIND_SCARE);
    q = expect_quote (&gemaess, "sei die Zahl gestiegen", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&gemaess, q, "Dem Bericht");
  }

  /* "stellte … vor", "hob … ab": a verb of speech with the particle of
   * another verb says nothing; "stellte … fest" does. */
  {
    g_auto(Result) particle = { 0, };

    analyze (&particle, "Am Montag stellte die Firma zusammen mit der neuen Software ein „Musik-Telefon“ vor.\n\n"
                        "Diese Ergebnisse stellte der Präsident des Amtes am Dienstag in Berlin vor.\n\n"
                        "Am Morgen hob die Raumfähre „Adler“ planmäßig vom Startplatz ab.\n\n"
                        "Die Ministerin stellte am Montag fest, der Plan sei gescheitert.", "de");
    g_assert_cmpuint (count_kind (&particle, QM_QUOTE_KIND_MIXED), ==, 0);
    g_assert_cmpuint (count_kind (&particle, QM_QUOTE_KIND_DIRECT), ==, 0);
    g_assert_cmpuint (count_kind (&particle, QM_QUOTE_KIND_INDIRECT), ==, 1);
    q = expect_quote (&particle, "der Plan sei gescheitert", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&particle, q, "Die Ministerin");
  }

  /* A Konjunktiv sentence that goes on with the last speaker and ends
   * with a colon and a quotation: the reported speech ends at the colon,
   * the quotation is direct. */
  {
    g_auto(Result) colon = { 0, };

    analyze (&colon, "Der Minister sagte, die Lage sei ernst. Die Hilfe sei wegen der Flut dringend nötig: „Das Land "
                     "steht unter Wasser.“", "de");
    q = expect_quote (&colon, "Die Hilfe sei wegen der Flut dringend nötig", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&colon, q, "Der Minister");
    expect_quote (&colon, "Das Land steht unter Wasser.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpuint (count_kind (&colon, QM_QUOTE_KIND_MIXED), ==, 0);
  }

  /* "…, so „…“" goes on with words said: "so" names no source there. */
  {
    g_auto(Result) so = { 0, };

    analyze (&so, "Der Bürgermeister rief die Bewohner zum Auszug auf. Kämen sie dem Aufruf nicht nach, so „helfe ihnen "
                  "niemand“.", "de");
    expect_quote (&so, "Kämen sie dem Aufruf nicht nach, so „helfe ihnen niemand“", QM_QUOTE_KIND_MIXED);
    expect_quote (&so, "helfe ihnen niemand", QM_QUOTE_KIND_DIRECT);
  }
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
  q = expect_quote (&r, "dass die Brücke „noch lange gesperrt“ bleibe", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  q = expect_quote (&r, "dass die Kosten „weiter steigen werden“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
}

static void
test_german_complementizer (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* The German convention keeps "dass" and "ob" in the reported content. */
  analyze (&r, "Die Ministerin Eva Roth fragte, ob die Brücke „wirklich sicher“ sei.\n\n"
               "Der Minister Paul Lang sagte, dass der Wald im Sommer sehr trocken gewesen sei.", "de");
  q = expect_quote (&r, "ob die Brücke „wirklich sicher“ sei", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Die Ministerin Eva Roth", "Eva Roth");
  q = expect_quote (&r, "dass der Wald im Sommer sehr trocken gewesen sei", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Der Minister Paul Lang", "Paul Lang");
  g_assert_null (find_quote (&r, "der Wald im Sommer sehr trocken gewesen sei"));
}

static void
test_german_mood_fragment (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A Konjunktiv clause with a few quoted words whose speaker is known but
   * whose cue found no content is his reported speech: a mixed quotation
   * besides the direct one, starting after the comma that follows the
   * reporting verb; without anyone to speak it the words stay direct. */
  analyze (&r, "Der Kämmerer der Stadt, Paul Lang, erklärte in einem Interview, über den Versuch, den Bericht "
               "zu stoppen, sei er „zutiefst enttäuscht“.\n\n"
               "Die Stadt hat gespart.\n\nIm Winter sei die Straße „kaum befahrbar“ gewesen.", "de");
  q = expect_quote (&r, "über den Versuch, den Bericht zu stoppen, sei er „zutiefst enttäuscht“", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Paul Lang");
  q = expect_quote (&r, "zutiefst enttäuscht", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Paul Lang");
  expect_quote (&r, "kaum befahrbar", QM_QUOTE_KIND_DIRECT);
  g_assert_null (find_quote (&r, "Im Winter sei die Straße „kaum befahrbar“ gewesen"));
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 1);
}

static void
test_german_source_name_first (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* The name of the source in quotation marks after the verb belongs to
   * the subject: the content after the comma quotes no one's words. */
  analyze (&r, "Am Montag meldete die Nachrichtenseite „Nordblick“, der Verein habe den Fehler bestätigt.", "de");
  q = expect_quote (&r, "der Verein habe den Fehler bestätigt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "die Nachrichtenseite", "Nachrichtenseite");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
}

static void
test_german_colon_quotation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A sentence in quotation marks after a colon that ends reported
   * content is a direct quotation of its own; the content ends at the
   * colon and holds no quoted words. */
  analyze (&r, "Die Bauern Anna Berg und Paul Lang fürchten neue Fluten; Aussagen, dass die Deiche bald erhöht "
               "würden, schenken sie keinen Glauben: „Das hören wir schon seit vielen Jahren.“", "de");
  q = expect_quote (&r, "Das hören wir schon seit vielen Jahren.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->speaker.start, >=, 0);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 1);
}

static void
test_german_complement_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* "X ließ … durchblicken, dass …": a name in quotation marks before
   * the comma does not hide the clause's subject. */
  analyze (&r, "Ein Sprecher der Firma ließ damals gegenüber dem Blatt „Nordkurier“ durchblicken, dass bald "
               "ein weiteres „Lager für Ersatzteile“ entstehen solle.", "de");
  q = expect_quote (&r, "dass bald ein weiteres „Lager für Ersatzteile“ entstehen solle", QM_QUOTE_KIND_MIXED);
  g_assert_cmpint (q->speaker.start, ==, 0);
  g_assert_null (find_quote (&r, "Ein Sprecher der Firma ließ damals gegenüber dem Blatt „Nordkurier“ "
                                 "durchblicken, dass bald ein weiteres „Lager für Ersatzteile“ entstehen solle"));

  /* ... nor does the name of the subject itself. */
  {
    g_auto(Result) named = { 0, };

    analyze (&named, "Die Organisation „Ärzte für Alle“ weist darauf hin, dass die Zahl der „leeren Betten“ "
                     "immer größer werde.", "de");
    q = expect_quote (&named, "dass die Zahl der „leeren Betten“ immer größer werde", QM_QUOTE_KIND_MIXED);
    expect_speaker (&named, q, "Die Organisation", "Organisation");
    expect_quote (&named, "Ärzte für Alle", QM_QUOTE_KIND_SCARE);
  }
}

static void
test_german_colon_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* After a colon in reported content, a sentence of its own is what was
   * said; the cue's object before the colon is not. */
  analyze (&r, "Der Abgeordnete Paul Lang bezweifelte offen die Eignung der Ministerin: Sie habe „keinen Plan "
               "für das Land“.", "de");
  q = expect_quote (&r, "Sie habe „keinen Plan für das Land“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Der Abgeordnete Paul Lang", "Paul Lang");
  g_assert_null (find_quote (&r, "offen die Eignung der Ministerin: Sie habe „keinen Plan für das Land“"));

  /* A quotation before the colon keeps the content whole. */
  {
    g_auto(Result) quoted = { 0, };

    analyze (&quoted, "Die neue Version des Programms verspricht „Suche ohne Müll“: Nicht passende Seiten sollen "
                      "nicht mehr erscheinen.", "de");
    expect_quote (&quoted, "Suche ohne Müll", QM_QUOTE_KIND_DIRECT);
    g_assert_null (find_quote (&quoted, "Nicht passende Seiten sollen nicht mehr erscheinen"));
  }
}

static void
test_german_relative_clause (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* An article and a preposition after a comma open a relative clause:
   * no reported content, and what was said may follow it. */
  analyze (&r, "Der Verband schimpfte auf den Linienrichter, der im Spiel gegen Kiel viele Karten zeigte.\n\n"
               "Die Ministerin Eva Roth schrieb in einer Erklärung, die im Netz steht, sie wolle „nicht länger "
               "warten“.", "de");
  g_assert_null (find_quote (&r, "der im Spiel gegen Bremen viele Karten zeigte"));
  q = expect_quote (&r, "sie wolle „nicht länger warten“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Die Ministerin Eva Roth", "Eva Roth");
  g_assert_null (find_quote (&r, "die im Netz steht, sie wolle „nicht länger warten“"));
}

static void
test_german_source_name_close (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* The source "laut „…“" ends after the closing mark; inside the
   * clause it reports the whole sentence, whose marks are the source's
   * name, no quoted words. */
  analyze (&r, "Die Oberfläche wird laut „Netzwelt“ stärker an andere Programme angepasst.", "de");
  q = expect_quote (&r, "Die Oberfläche wird laut „Netzwelt“ stärker an andere Programme angepasst", QM_QUOTE_KIND_INDIRECT);
  g_assert_null (find_quote (&r, "stärker an andere Programme angepasst"));
  g_assert_cmpstr (person_name (&r, q), ==, "Netzwelt");
}

/* "laut X", "X zufolge" inside the clause: the source gives the whole
 * sentence, the words before it too. */
static void
test_german_source_inside_clause (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Neubau soll laut dem Bürgermeister erst im Herbst beginnen.\n\n"
               "Die Fähre lag den Behörden zufolge „völlig überladen“ im Hafen.\n\n"
               "Nachdem der Sturm vorbei war, ist der Hafen laut der Stadt wieder offen.", "de");
  q = expect_quote (&r, "Der Neubau soll laut dem Bürgermeister erst im Herbst beginnen", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "dem Bürgermeister");
  expect_cue (&r, q, "laut");
  g_assert_null (find_quote (&r, "erst im Herbst beginnen"));
  /* the quoted words make it a mixed quotation; they are the source's too */
  q = expect_quote (&r, "Die Fähre lag den Behörden zufolge „völlig überladen“ im Hafen", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "den Behörden");
  expect_cue (&r, q, "zufolge");
  q = expect_quote (&r, "völlig überladen", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "den Behörden");
  expect_quote (&r, "Nachdem der Sturm vorbei war, ist der Hafen laut der Stadt wieder offen", QM_QUOTE_KIND_INDIRECT);

  /* In a relative clause, a clause that a conjunction opens, after a
   * semicolon or in a parenthesis, the source gives that clause alone:
   * "nach Angaben X" as "laut X". */
  {
    g_auto(Result) clause = { 0, };

    analyze (&clause, "Die Stadt baut eine Brücke, die laut dem Gutachten zu schmal ist.\n\n"
                      "Beim Öffnen der Kiste, die nach Angaben des Finders alte Münzen enthalten sollte, fand man Sand.\n\n"
                      "Ein Boot, auf dem sich nach Angaben des Kapitäns viel Geld befand, ist gekentert.\n\n"
                      "Die Gäste kamen spät, da nach Angaben der Bahn ein Zug ausgefallen war.\n\n"
                      "Die Veranstalter zählten 2.000 Gäste; nach Angaben der Polizei waren es nur 900.\n\n"
                      "Die Kosten stiegen (laut der Stadt um ein Drittel) deutlich an.", "de");
    q = expect_quote (&clause, "die laut dem Gutachten zu schmal ist", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&clause, q, "dem Gutachten");
    q = expect_quote (&clause, "die nach Angaben des Finders alte Münzen enthalten sollte", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&clause, q, "des Finders");
    expect_quote (&clause, "auf dem sich nach Angaben des Kapitäns viel Geld befand", QM_QUOTE_KIND_INDIRECT);
    expect_quote (&clause, "da nach Angaben der Bahn ein Zug ausgefallen war", QM_QUOTE_KIND_INDIRECT);
    expect_quote (&clause, "waren es nur 900", QM_QUOTE_KIND_INDIRECT);
    expect_quote (&clause, "um ein Drittel", QM_QUOTE_KIND_INDIRECT);
  }

  /* Not after a speech verb, which has its own content; not "gemäß § 12",
   * a preposition. */
  {
    g_auto(Result) not = { 0, };

    analyze (&not, "„Wir bleiben hier“, sagte Anna Berg laut der Zeitung.\n\n"
                   "Der Missbrauch von Titeln ist ein Vergehen gemäß § 12 des Gesetzes.", "de");
    q = expect_quote (&not, "Wir bleiben hier", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&not, q, "Anna Berg", "Anna Berg");
    g_assert_null (find_quote (&not, "„Wir bleiben hier“, sagte Anna Berg laut der Zeitung"));
    g_assert_null (find_quote (&not, "Der Missbrauch von Titeln ist ein Vergehen gemäß § 12 des Gesetzes"));
  }
}

/* "Er soll … geholfen haben": a modal of hearsay and a perfect infinitive
 * that ends the sentence report what others say, as the Konjunktiv does:
 * the latest speaker goes on. */
static void
test_german_hearsay_modal (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Polizei teilte mit, der Mann sei geflohen. Er soll zuvor zwei Autos gestohlen haben. "
               "Dabei sollen zwei Beamte „leicht“ verletzt worden sein.\n\n"
               "Die neue Halle soll im Mai fertig sein. Der Pfad soll schwer zu finden sein. "
               "Nun soll er gefasst werden.", "de");
  q = expect_quote (&r, "Er soll zuvor zwei Autos gestohlen haben", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Die Polizei", "Polizei");
  q = expect_quote (&r, "Dabei sollen zwei Beamte „leicht“ verletzt worden sein", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Die Polizei", "Polizei");
  /* plans and duties, no hearsay */
  g_assert_null (find_quote (&r, "Die neue Halle soll im Mai fertig sein"));
  g_assert_null (find_quote (&r, "Der Pfad soll schwer zu finden sein"));
  g_assert_null (find_quote (&r, "Nun soll er gefasst werden"));
}

/* "Demnach …" (anaphoric-sources) opening a sentence reports what the
 * source named before says: the word is the mention, no one named; a
 * Konjunktiv sentence after it goes on with the latest speaker. */
static void
test_german_anaphoric_source (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Wahlkommission gab am Abend erste Zahlen bekannt. Demnach hat die Koalition "
               "von Präsident Jan Berg die Wahl gewonnen.\n\n"
               "Die Stadt hat die Pläne gestern vorgestellt. Demnach sollen im Hafen „bis zu 300 Wohnungen“ entstehen.", "de");
  q = expect_quote (&r, "hat die Koalition von Präsident Jan Berg die Wahl gewonnen", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Demnach");
  expect_cue (&r, q, "Demnach");
  g_assert_null (person_name (&r, q));
  q = expect_quote (&r, "sollen im Hafen „bis zu 300 Wohnungen“ entstehen", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Demnach");
  /* inside the clause it reports the whole sentence, as "laut X" does */
  {
    g_auto(Result) inside = { 0, };

    analyze (&inside, "Der Senat hat den Entwurf gestern beraten. Die Rolle der Aufsicht soll demnach gestärkt werden.", "de");
    q = expect_quote (&inside, "Die Rolle der Aufsicht soll demnach gestärkt werden", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&inside, q, "demnach");
  }
  /* not before a capitalised word, where it is no source of a verb */
  {
    g_auto(Result) not = { 0, };

    analyze (&not, "Die Brücke ist gesperrt. Demnach Autofahrer müssen warten.", "de");
    g_assert_null (find_quote (&not, "Autofahrer müssen warten"));
  }
}

/* "Während A erklärte, …, räumte B ein, …": the content of a cue that
 * ends a fronted subordinate clause ends where the main clause's verb
 * follows a comma; that verb reports what follows its subject. */
static void
test_german_fronted_clause_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Während Anna Berg erklärte, sie sei „sehr zufrieden“, räumte Tom Lund ein, er habe Fehler gemacht.\n\n"
               "Nachdem die Ministerin sagte, die Lage sei ernst, stiegen die Kurse.\n\n"
               "Als Grund nannte die Behörde, den Bürgern mehr Zeit zu geben, die Anträge zu stellen.", "de");
  q = expect_quote (&r, "sie sei „sehr zufrieden“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Anna Berg", "Anna Berg");
  q = expect_quote (&r, "er habe Fehler gemacht", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Lund", "Tom Lund");
  g_assert_null (find_quote (&r, "sie sei „sehr zufrieden“, räumte Tom Lund ein, er habe Fehler gemacht"));
  expect_quote (&r, "die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  g_assert_null (find_quote (&r, "die Lage sei ernst, stiegen die Kurse"));
  /* "Als Grund" opens no clause: the cue is the main clause's */
  expect_quote (&r, "den Bürgern mehr Zeit zu geben, die Anträge zu stellen", QM_QUOTE_KIND_INDIRECT);

  /* an auxiliary after the verb; the main clause's verb with an object
   * reports nothing */
  {
    g_auto(Result) aux = { 0, };

    analyze (&aux, "Nachdem Tom Lund erklärt hatte, die Proteste seien friedlich, kam es zu Gewalt.\n\n"
                   "Als Eva Lind sagte, dass die Lage ernst sei, meinte sie damit wohl die Kosten.", "de");
    expect_quote (&aux, "die Proteste seien friedlich", QM_QUOTE_KIND_INDIRECT);
    g_assert_null (find_quote (&aux, "die Proteste seien friedlich, kam es zu Gewalt"));
    expect_quote (&aux, "dass die Lage ernst sei", QM_QUOTE_KIND_INDIRECT);
    g_assert_null (find_quote (&aux, "dass die Lage ernst sei, meinte sie damit wohl die Kosten"));
    g_assert_null (find_quote (&aux, "damit wohl die Kosten"));
  }
}

/* The passive of a speech verb: "Dem Mann wird vorgeworfen, …" reports
 * what follows the comma for the agent after "von" or for no one, never
 * for the one the verb is about. */
static void
test_german_passive_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Dem Kassierer Tom Lund wird vorgeworfen, Geld aus der Vereinskasse genommen zu haben.\n\n"
               "Am Montag wurde bekannt gegeben, dass der Trainer zurücktritt.\n\n"
               "Von der Polizei wurde mitgeteilt, dass niemand verletzt worden sei.\n\n"
               "Der Fall wurde bekannt, weil eine Nachbarin die Polizei rief.", "de");
  q = expect_quote (&r, "Geld aus der Vereinskasse genommen zu haben", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->speaker.start, <, 0);
  g_assert_null (person_name (&r, q));
  expect_cue (&r, q, "wird vorgeworfen");
  q = expect_quote (&r, "dass der Trainer zurücktritt", QM_QUOTE_KIND_INDIRECT);
  g_assert_null (person_name (&r, q));
  q = expect_quote (&r, "dass niemand verletzt worden sei", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "der Polizei");
  /* a clause of its own after the comma reports nothing */
  g_assert_null (find_quote (&r, "weil eine Nachbarin die Polizei rief"));
}

/* "Sein Rivale, so Obama weiter, würde …": a source between commas
 * interrupts what it reports, both pieces; an apposition or a relative
 * clause after it ends the report. */
static void
test_german_interrupting_source (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Hafen, so die Bürgermeisterin weiter, werde im Sommer ausgebaut.\n\n"
               "Doch sei es, so der Autor in seinem Blog, ein großer Fehler gewesen.\n\n"
               "Die Lage sei ernst, so Tom Berg, Leiter der Feuerwehr.", "de");
  q = expect_quote (&r, "Der Hafen, so die Bürgermeisterin weiter, werde im Sommer ausgebaut", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "die Bürgermeisterin");
  g_assert_null (find_quote (&r, "Der Hafen"));
  expect_quote (&r, "Doch sei es, so der Autor in seinem Blog, ein großer Fehler gewesen", QM_QUOTE_KIND_INDIRECT);
  q = expect_quote (&r, "Die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Berg", "Tom Berg");

  /* a quotation the source interrupts is a direct one, no mixed one around
   * the source */
  {
    g_auto(Result) direct = { 0, };

    analyze (&direct, "„Wir bleiben“, so der Sprecher Jan Roth, „denn hier ist es schön.“", "de");
    q = expect_quote (&direct, "Wir bleiben", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&direct, q, "der Sprecher Jan Roth", "Jan Roth");
    expect_quote (&direct, "denn hier ist es schön.", QM_QUOTE_KIND_DIRECT);
    g_assert_null (find_quote (&direct, "„Wir bleiben“, so der Sprecher Jan Roth, „denn hier ist es schön.“"));
  }

  /* "…, teilte später der Direktor, Tom Lund, mit.": an adverb before the
   * subject of a cue after its content, an apposition and a particle after
   * it; not "…, versprach sich der Konzern viel", an object after it */
  {
    g_auto(Result) later = { 0, };

    analyze (&later, "Vor dem Brand wurde kein Alarm ausgelöst, teilte später der Direktor des Amtes, Tom Lund, mit.\n\n"
                     "„Das ist richtig“, äußerte sich Eva Lind gegenüber der Zeitung.", "de");
    q = expect_quote (&later, "Vor dem Brand wurde kein Alarm ausgelöst", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpstr (person_name (&later, q), ==, "Tom Lund");
    g_assert_null (find_quote (&later, "Tom Lund, mit"));
    q = expect_quote (&later, "Das ist richtig", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&later, q, "Eva Lind", "Eva Lind");
  }
}

/* "Wie schon die Zeitung berichtete, …", "Denn wie die Zeitung
 * berichtete, …": a second conjunction and adverbs before the subject of
 * the verb that ends the clause. */
static void
test_german_wie_clause_adverb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Wie schon die Zeitung berichtete, ist der Hafen seit Montag gesperrt.\n\n"
               "Denn wie die Polizei mitteilte, wurde niemand verletzt.", "de");
  q = expect_quote (&r, "ist der Hafen seit Montag gesperrt", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "die Zeitung");
  q = expect_quote (&r, "wurde niemand verletzt", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "die Polizei");

  /* only "wie" (report-conjunctions) names the source after a comma; "falls
   * das Gericht … gibt" is a clause of its own */
  {
    g_auto(Result) falls = { 0, };

    analyze (&falls, "Laut Anna Roth wollen viele Bürger klagen, falls das Gericht den Betreibern recht gibt.", "de");
    q = expect_quote (&falls, "wollen viele Bürger klagen, falls das Gericht den Betreibern recht gibt", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&falls, q, "Anna Roth", "Anna Roth");
    g_assert_null (find_quote (&falls, "Laut Anna Roth wollen viele Bürger klagen"));
  }
}

/* "Laut ndr.de …", "Wie t-online.de berichtet, …": a web address in
 * lower case is one word, a name, and no sentence ends at its point. */
static void
test_german_so_examples (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* "so" before a list of people and a colon names examples ("such as"),
   * not the source of the clause before it; "…, so der Sprecher." at the
   * end of a sentence and one source before a colon still do. */
  analyze (&r, "Viele Gäste meldeten sich am Abend zu Wort, so die Ärztin Nora Falk und der Lehrer Timo Brandt: "
               "„Das Fest war ein voller Erfolg.“\n\n"
               "Der Umzug werde im Mai beginnen, so der Sprecher.\n\n"
               "Die Halle sei zu klein, so die Wirtin: „Wir brauchen mehr Platz.“", "de");
  g_assert_null (find_quote (&r, "Viele Gäste meldeten sich am Abend zu Wort"));
  /* the last one of the list speaks, as after a list without a verb */
  q = expect_quote (&r, "Das Fest war ein voller Erfolg.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Lehrer Timo Brandt", "Timo Brandt");
  q = expect_quote (&r, "Der Umzug werde im Mai beginnen", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "der Sprecher");
  /* one source before the colon, no list: "so" = according to */
  q = expect_quote (&r, "Die Halle sei zu klein", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "die Wirtin");
}

static void
test_german_month_given_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A month after a given name is part of the name; after a number it
   * stays a date. */
  analyze (&r, "Friedrich August von Lindau sagte am 4. August, er werde das Schloss verkaufen.\n\n"
               "Die Gärtnerin Anna Mai sagte: „Der Park bleibt offen.“", "de");
  q = expect_quote (&r, "er werde das Schloss verkaufen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Friedrich August von Lindau", "Friedrich August");
  q = expect_quote (&r, "Der Park bleibt offen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Gärtnerin Anna Mai", "Anna Mai");
}

static void
test_german_compound_institution (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A compound with the head of an institution and a place after it is an
   * organisation, not a man a later "er" stands for. */
  analyze (&r, "Das Amtsgericht Lindau teilte mit, der Prozess beginne im Herbst.\n\n"
               "Vera Stoll vom Bauernverband Süd sagte: „Die Ernte war gut.“", "de");
  q = expect_quote (&r, "der Prozess beginne im Herbst", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, >=, 0);
  g_assert_true (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, q->person))->organisation);
  /* the institution after a name and "vom" is the place of the person */
  q = expect_quote (&r, "Die Ernte war gut.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Vera Stoll vom Bauernverband Süd", "Vera Stoll");
}

static void
test_german_unreopened_paragraph (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A quotation left open at the end of its paragraph goes on in the next
   * one when that opens no quotation and ends with the closing mark; not
   * where the next paragraph quotes on its own. */
  analyze (&r, "Der Förster Ole Brand sagte: „Der Wald hat den Sommer gut überstanden. Die jungen Buchen wachsen.\n\n"
               "Im Herbst pflanzen wir neue Eichen.“\n\n"
               "Die Försterin Ina Wolf sagte: „Der Bach ist fast leer\n\n"
               "Ina Wolf ergänzte: „Wir brauchen Regen.“", "de");
  q = expect_quote (&r, "Der Wald hat den Sommer gut überstanden. Die jungen Buchen wachsen.\n\n"
                        "Im Herbst pflanzen wir neue Eichen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Der Förster Ole Brand", "Ole Brand");
  expect_quote (&r, "Wir brauchen Regen.", QM_QUOTE_KIND_DIRECT);
  g_assert_null (find_quote (&r, "Der Bach ist fast leer\n\nIna Wolf ergänzte: „Wir brauchen Regen."));
}

static void
test_german_adjunct_before_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* Words after the verb up to the colon of a quotation tell how or where
   * it was said, no reported content; a clause after a comma still is. */
  analyze (&r, "Die Bäckerin Jana Uhl äußerte sich am Morgen zufrieden über den Umsatz: „Das Brot war schnell weg.“\n\n"
               "Ihr Kollege Sven Ebert sagte, der Ofen sei alt: „Wir brauchen bald einen neuen.“", "de");
  q = expect_quote (&r, "Das Brot war schnell weg.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Bäckerin Jana Uhl", "Jana Uhl");
  g_assert_null (find_quote (&r, "sich am Morgen zufrieden über den Umsatz"));
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_INDIRECT), ==, 1);
  q = expect_quote (&r, "der Ofen sei alt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ihr Kollege Sven Ebert", "Sven Ebert");
}

static void
test_german_unnamed_role_pronoun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A role with no name that opens a sentence after the latest woman named
   * is the one "sie" stands for, not that woman; with her name known
   * before, the name. */
  analyze (&r, "Die Richterin Lotte Haag eröffnete die Sitzung.\n\n"
               "Die Angeklagte blickte zu Boden. Dann sagte sie: „Es tut mir leid.“", "de");
  q = expect_quote (&r, "Es tut mir leid.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "sie");
  g_assert_cmpstr (person_name (&r, q), !=, "Lotte Haag");
  result_clear (&r);
  analyze (&r, "Die Angeklagte Rita Vogt betrat den Saal. Die Richterin Lotte Haag eröffnete die Sitzung. "
               "Die Angeklagte blickte zu Boden. Dann sagte sie: „Es tut mir leid.“", "de");
  q = expect_quote (&r, "Es tut mir leid.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "sie", "Rita Vogt");
}

static void
test_german_web_address_source (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Laut ndr.de blieben einige Besucher noch lange auf dem Platz.\n\n"
               "Wie t-online.de berichtet, ist das neue Spiel erschienen.\n\n"
               "Die Fähre kam spät.Die Gäste warteten, sagte der Kapitän.", "de");
  q = expect_quote (&r, "blieben einige Besucher noch lange auf dem Platz", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "ndr.de");
  q = expect_quote (&r, "ist das neue Spiel erschienen", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "t-online.de");
  {
    g_auto(Result) cap = { 0, };

    analyze (&cap, "Der Experte Tom Berg schrieb auf der Seite ZDNet.com, dass der Code echt aussehe.", "de");
    q = expect_quote (&cap, "dass der Code echt aussehe", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&cap, q, "Der Experte Tom Berg", "Tom Berg");
  }
  /* a point before a capital still ends the sentence */
  expect_quote (&r, "Die Gäste warteten", QM_QUOTE_KIND_INDIRECT);
}

/* "X nannte das Unglück eine „Tragödie“ und erklärte, …": the speech verb
 * after "und" reports what follows its comma, for the same subject; the
 * first verb's object ends before "und" and is no content of its own. */
static void
test_german_coordinated_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Ministerin Anna Berg bezeichnete den Unfall als „bittere Stunde“ und erklärte, ihr Land helfe bei der Suche.\n\n"
               "Tom Lund bestreitet den Vorwurf bis heute und sagte, er sei unschuldig.", "de");
  q = expect_quote (&r, "bittere Stunde", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Ministerin Anna Berg", "Anna Berg");
  q = expect_quote (&r, "ihr Land helfe bei der Suche", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Die Ministerin Anna Berg", "Anna Berg");
  q = expect_quote (&r, "er sei unschuldig", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Lund", "Tom Lund");
  g_assert_null (find_quote (&r, "den Vorwurf bis heute"));
  g_assert_null (find_quote (&r, "den Vorwurf bis heute und sagte, er sei unschuldig"));
}

static void
test_german_agreement_verbs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* Agreeing, promising, denying and repeating report what was said. */
  analyze (&r, "Beide Seiten hatten vereinbart, bis zum Mai „alle fremden Truppen“ abzuziehen.\n\n"
               "Der Minister Paul Lang hatte zugesagt, nicht weiter über den Bau bestimmen zu wollen.", "de");
  q = expect_quote (&r, "bis zum Mai „alle fremden Truppen“ abzuziehen", QM_QUOTE_KIND_MIXED);
  expect_cue (&r, q, "vereinbart");
  q = expect_quote (&r, "nicht weiter über den Bau bestimmen zu wollen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Der Minister Paul Lang", "Paul Lang");
}

static void
test_german_sentence_after_quotation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* A quotation that ends its sentence, then a sentence of its own that
   * opens with a subject and a verb: in German no cue of the quotation. */
  analyze (&r, "Der Minister Paul Lang erklärte: „Wir werden uns an keinem Krieg beteiligen.“ Die Ministerin Eva "
               "Roth erklärte, ihr Land plane einen Einsatz.", "de");
  q = expect_quote (&r, "Wir werden uns an keinem Krieg beteiligen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Der Minister Paul Lang", "Paul Lang");
  q = expect_quote (&r, "ihr Land plane einen Einsatz", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Die Ministerin Eva Roth", "Eva Roth");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
}

static void
test_german_naming_word (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* "als „…“" after any cue names what the object is called: a direct
   * quotation of the speaker, the object no reported speech. */
  analyze (&r, "Die Ministerin Eva Roth kritisierte den neuen Plan der Stadt als „teuren Unsinn“.", "de");
  q = expect_quote (&r, "teuren Unsinn", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Ministerin Eva Roth", "Eva Roth");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
}

static void
test_german_view_holder (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* "Für <someone> ist … „…“": the one it is so for holds the view and
   * says the quoted words; "für" before a thing names no one. */
  analyze (&r, "Für die Ministerin Eva Roth ist der neue Plan der Stadt „völlig verfehlt“.\n\n"
               "Für die Finanzierung der „Brücke“ fehlt noch Geld.", "de");
  q = expect_quote (&r, "völlig verfehlt", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die Ministerin Eva Roth", "Eva Roth");
  expect_quote (&r, "Brücke", QM_QUOTE_KIND_SCARE);
}

static void
test_german_relative_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* "X, wonach …": the speech verb that is a relative word reports for the
   * phrase before the comma (a party in parentheses passed over), not for
   * a subject after it; the relative word is the mention. */
  analyze (&r, "Die Ansicht von Bürgermeister Jonas Keller (SPD), wonach es nach dem Umbau „einen sicheren "
               "und schönen Hafen“ geben werde, teilt Eva Lind nicht.\n\n"
               "Die Stadt verweist auf die Meinung der Hafenmeisterin Anna Brenner, wonach die Mole „dringend "
               "saniert“ werden müsse.", "de");
  q = expect_quote (&r, "einen sicheren und schönen Hafen", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "wonach", "Jonas Keller");
  q = expect_quote (&r, "dringend saniert", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "wonach");
  g_assert_true (g_str_has_suffix (person_name (&r, q), "Anna Brenner"));
}

static void
test_german_comparison (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* "wie" before a name compares; it introduces no source. */
  analyze (&r, "Helena Varga sagte, dass Städte wie Berlin „viel zu spät“ reagiert hätten.", "de");
  q = expect_quote (&r, "dass Städte wie Berlin „viel zu spät“ reagiert hätten", QM_QUOTE_KIND_MIXED);
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
  q = expect_quote (&r, "dass die Brücke „sicherer als je zuvor“ sei", QM_QUOTE_KIND_MIXED);
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
  q = expect_quote (&r, "dass die Brücke „bald wieder offen“ sei", QM_QUOTE_KIND_MIXED);
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
  q = expect_quote (&r, "dass die Brücke „noch zwei Jahre“ halten werde", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Bürgermeister Jonas Keller", "Jonas Keller");
  /* "Es" is no one. */
  g_assert_null (find_quote (&r, "die Brücke „bald ersetzt“ werden muss"));
  g_assert_null (find_quote (&r, "dass die Brücke „bald ersetzt“ werden muss"));
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

  analyze (&r, "Bürgermeister Jonas Keller nannte den Artikel eine „Luftnummer“.\n\n"
               "Den Plan bezeichnete Keller als „teuren Unsinn ohne jeden Nutzen“.\n\n"
               "Helena Varga, Leiterin des Bauamts, sprach von einer „Gefahr für alle Fußgänger“.", "de");
  /* The name given is quoted; the object is no reported speech. */
  q = expect_quote (&r, "Luftnummer", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  q = expect_quote (&r, "teuren Unsinn ohne jeden Nutzen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Keller");
  /* "sprach von …": the name is in the verb's phrase. */
  q = expect_quote (&r, "Gefahr für alle Fußgänger", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Helena Varga");
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

/* “A,” she said, “B.” — a piece that ends in a comma goes on after the
 * cue, whatever the case of the next word, and past a title in the cue. */
static void
test_interrupted_capital (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) b = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Frankly,” Tomas Brandt said, “I never liked the plan.”\n\n"
               "“The quay is closed.” Pavel Roos said, “We will wait.”", "en");
  q = expect_quote (&r, "Frankly,” Tomas Brandt said, “I never liked the plan.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  analyze (&b, "“The bridge is late,” Helena Varga told “Harbour Morning Live.” “We will open in May.”", "en");
  q = expect_quote (&b, "The bridge is late,” Helena Varga told “Harbour Morning Live.” “We will open in May.",
                    QM_QUOTE_KIND_DIRECT);
  expect_speaker (&b, q, "Helena Varga", "Helena Varga");
  expect_quote (&b, "Harbour Morning Live.", QM_QUOTE_KIND_SCARE);
  {
    g_auto(Result) c = { 0, };

    /* a programme as the addressee; a verb the lexicon lacks before a day */
    analyze (&c, "“I could not hear a thing,” Tomas Brandt told KBC’s “Morning” on Monday. “The line was bad.”\n\n"
                 "“They were never serious,” Pavel Roos fumed on Tuesday. “Nobody was.”", "en");
    q = expect_quote (&c, "I could not hear a thing,” Tomas Brandt told KBC’s “Morning” on Monday. “The line was bad.",
                      QM_QUOTE_KIND_DIRECT);
    expect_speaker (&c, q, "Tomas Brandt", "Tomas Brandt");
    expect_quote (&c, "Morning", QM_QUOTE_KIND_SCARE);
    q = expect_quote (&c, "They were never serious,” Pavel Roos fumed on Tuesday. “Nobody was.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&c, q, "Pavel Roos", "Pavel Roos");
  }
  /* A piece that ends its sentence and a cue of the next: two quotations. */
  expect_quote (&r, "We will wait.", QM_QUOTE_KIND_DIRECT);
}

/* “A,” she said after hinting that “C” could come. “B.” — quoted words
 * inside the cue's sentence do not end the interrupted quotation; they
 * stay a quotation of their own. */
static void
test_interrupted_inner_mark (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Nothing is off the table,” Vera Lind told the radio station on Monday after hinting that "
               "“big changes” could come. “Every route will be reviewed.”\n\n"
               "“I have no idea where the board stands,” said Tomas Brandt, a ferry captain, before the meeting, "
               "a “town hall” hosted by the port. “Some kind of deal is coming.”", "en");
  q = expect_quote (&r, "Nothing is off the table,” Vera Lind told the radio station on Monday after hinting that "
                        "“big changes” could come. “Every route will be reviewed.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Vera Lind", "Vera Lind");
  expect_quote (&r, "that “big changes” could come", QM_QUOTE_KIND_MIXED);
  q = expect_quote (&r, "I have no idea where the board stands,” said Tomas Brandt, a ferry captain, before the "
                        "meeting, a “town hall” hosted by the port. “Some kind of deal is coming.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  {
    g_auto(Result) c = { 0, };

    /* a piece in title case after the cue's sentence ended goes on with
     * the quotation; a title inside the cue is passed over */
    analyze (&c, "“We share one foe with every decent sailor,” Ivo Dahl told the crews recently. “Tom Berg.”", "en");
    q = expect_quote (&c, "We share one foe with every decent sailor,” Ivo Dahl told the crews recently. “Tom Berg.",
                      QM_QUOTE_KIND_DIRECT);
    expect_speaker (&c, q, "Ivo Dahl", "Ivo Dahl");
  }
  {
    g_auto(Result) b = { 0, };

    /* quoted words that end the cue's sentence end the quotation too */
    analyze (&b, "“The crews need a raise,” Pavel Roos said, calling it “overdue.” “Nobody disagrees.”", "en");
    expect_quote (&b, "The crews need a raise,", QM_QUOTE_KIND_DIRECT);
    g_assert_null (find_quote (&b, "The crews need a raise,” Pavel Roos said, calling it “overdue.” “Nobody disagrees."));
  }
}

/* "Remarking upon the mayor's “genuine care,” Lund said, “…”": quoted
 * words inside the phrase before the cue are no first piece of an
 * interrupted quotation; "But “frankly,” Lund said, “…”" still is one. */
static void
test_phrase_before_interrupted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Remarking upon the mayor's “genuine care,” Tomas Brandt said, “Leave aside the fees, her care for the "
               "crews is clear.”\n\n"
               "But “frankly,” Eva Holm said, “we will never pay it.”", "en");
  q = expect_quote (&r, "Leave aside the fees, her care for the crews is clear.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  g_assert_null (find_quote (&r, "genuine care,” Tomas Brandt said, “Leave aside the fees, her care for the crews is "
                                 "clear."));
  q = expect_quote (&r, "frankly,” Eva Holm said, “we will never pay it.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Eva Holm", "Eva Holm");
}

/* "Lund was asked, “…?” He answered, “…”" — the answer to a question put
 * to someone is a quotation of its own, the pronoun's; “A.” He added,
 * “B.” still goes on with the speaker of A. */
static void
test_asked_then_answered (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Anna Berg was asked, “Would you have warned the crews?” She answered, “I had no idea. We are old "
               "friends.”\n\n"
               "Tomas Brandt said: “We will wait.” He added, “Nobody leaves the quay.”", "en");
  q = expect_quote (&r, "Would you have warned the crews?", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->speaker.start, <, 0);
  q = expect_quote (&r, "I had no idea. We are old friends.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "She");
  q = expect_quote (&r, "We will wait.” He added, “Nobody leaves the quay.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
}

/* A title in title case is no quotation of anyone's words; a short
 * sentence said is. */
static void
test_title_case (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The mayor will appear on “The Late Show With Anna Berg” next week.\n\n"
               "Roos once starred in “Harbour Lights Of The North” on a local channel.\n\n"
               "The fishermen shouted “Give us the quay back” at the council.", "en");
  expect_quote (&r, "The Late Show With Anna Berg", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Harbour Lights Of The North", QM_QUOTE_KIND_SCARE);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_SCARE), ==, 2);
  {
    g_auto(Result) b = { 0, };

    /* a headline with its byline */
    {
      g_auto(Result) c = { 0, };

      analyze (&c, "MUSEUMS—“Harbour museum opens a new wing for the old ferries,” by the Gazette's Anna Berg.", "en");
      expect_quote (&c, "Harbour museum opens a new wing for the old ferries,", QM_QUOTE_KIND_SCARE);
    }
    /* a short title stays one with a cue after it */
    analyze (&b, "In an appearance on “Harbour Morning Live,” host Anna Berg asked Brandt about the quay.", "en");
    expect_quote (&b, "Harbour Morning Live,", QM_QUOTE_KIND_SCARE);
  }
}

/* A cue followed by a comma and a quotation introduces that quotation: it
 * starts a sentence of its own, and a clause before it is no content. */
static void
test_cue_introduces_quote (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Brandt calls the mayor “a patient woman.” He adds, “Patience does not build quays.”\n\n"
               "Asked whether she would sign the contract under these terms, Helena Varga said, “Never.”\n\n"
               "After the host asked the mayor who she thought would win, Roos replied, “The fishermen will.”", "en");
  q = expect_quote (&r, "the mayor “a patient woman.”", QM_QUOTE_KIND_MIXED);
  q = expect_quote (&r, "Patience does not build quays.", QM_QUOTE_KIND_DIRECT);
  expect_cue (&r, q, "adds");
  q = expect_quote (&r, "Never.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  q = expect_quote (&r, "The fishermen will.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Roos", "Roos");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 3);
}

/* "Lind, asked whether she would resign, said …": the question set off
 * by commas is asked of the subject, not said by her, and ends at its
 * comma; what the subject says is the content of the main cue. */
static void
test_asked_aside (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Lind, asked whether she would resign, said she would stay.\n\n"
               "Mayor Anna Lind, asked by reporters whether the bridge was safe, laughed.", "en");
  q = expect_quote (&r, "whether she would resign", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, <, 0);
  q = expect_quote (&r, "she would stay", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Lind", "Anna Lind");
  q = expect_quote (&r, "whether the bridge was safe", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, <, 0);
  g_assert_null (find_quote (&r, "whether the bridge was safe, laughed"));
}

/* "“…,” she said, speaking at a rally": a participle after the cue and its
 * comma is the reporter's, not what was said. */
static void
test_participle_after_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“We will finish the quay,” she said, speaking at a rally in Northfield.\n\n"
               "“The ferry stays,” he said, pointing to the old timetable.\n\n"
               "“Nobody told us,” Berg said, adding that the union would sue.\n\n"
               "A pilot said the quay was unsafe, speaking on condition of anonymity.\n\n"
               "Lund said the plan, relying on two new cranes, was too costly.", "en");
  q = expect_quote (&r, "We will finish the quay,", QM_QUOTE_KIND_DIRECT);
  expect_cue (&r, q, "said");
  expect_quote (&r, "The ferry stays,", QM_QUOTE_KIND_DIRECT);
  g_assert_null (find_quote (&r, "speaking at a rally in Northfield"));
  g_assert_null (find_quote (&r, "pointing to the old timetable"));
  /* a cue in the participle keeps its content */
  q = expect_quote (&r, "that the union would sue", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Berg", "Berg");
  /* a participle with a preposition after a comma ends the content,
   * unless a comma sets it off inside the clause */
  q = expect_quote (&r, "the quay was unsafe", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "A pilot", NULL);
  expect_quote (&r, "the plan, relying on two new cranes, was too costly", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 6);
}

/* A dateline that opens a paragraph ("OSLO (Reuters) —", "Berlin (dpa)
 * –") is no part of what was said, and does not hide the sentence after it. */
static void
test_dateline (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) d = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "OSLO (Reuters) — The council will close the bridge, the mayor said on Monday.\n\n"
               "BERGEN, Norway — The ferry will stop in May, officials said.\n\n"
               "Tom Berg — the mayor — said the bridge was safe.", "en");
  q = expect_quote (&r, "The council will close the bridge", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "the mayor", NULL);
  expect_quote (&r, "The ferry will stop in May", QM_QUOTE_KIND_INDIRECT);
  /* a dash after a name that a lower-case word follows is no dateline */
  q = expect_quote (&r, "the bridge was safe", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Berg", "Tom Berg");

  analyze (&d, "Berlin (dpa) – Die Regierung will die Förderung verlängern, sagte Ministerin Anna Keller.\n\n"
               "Hamburg – Die Bahn soll pünktlicher werden. Das sagte der Minister.", "de");
  q = expect_quote (&d, "Die Regierung will die Förderung verlängern", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&d, q, "Ministerin Anna Keller", "Anna Keller");
  q = expect_quote (&d, "Die Bahn soll pünktlicher werden", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&d, q, "der Minister", NULL);
}

/* "“…,” said council leader Mark Reed. He added that …": lower-case words
 * and a role before the name after the cue are the speaker's phrase, and
 * the pronoun after it finds him. */
static void
test_said_role_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“We spent what we had,” said council leader Mark Reed. He added that the state had cut its grant.\n\n"
               "“It was never enough,” said harbour official Anna Holt.", "en");
  q = expect_quote (&r, "We spent what we had,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "council leader Mark Reed", "Mark Reed");
  g_assert_false (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, q->person))->organisation);
  q = expect_quote (&r, "that the state had cut its grant", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "He", "Mark Reed");
  q = expect_quote (&r, "It was never enough,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "harbour official Anna Holt", "Anna Holt");
}

/* "The ferry, Lind said on Tuesday in a statement, had been …": a time
 * or a phrase of where the words were said between the interrupting cue
 * and its comma does not end the interruption; a phrase that is no such
 * adjunct ("reacted to the vote,") does not make one. */
static void
test_en18_interrupted_after_adjunct (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry, Greta Lind said on Tuesday in a statement, had been late for “a thousand days” and missed "
               "“many tides.”\n\n"
               "If the harbour closes, Lind argued in her letter, the town will lose its market.\n\n"
               "In a note released Friday, Lind reacted to the vote, which the council had delayed for a month.", "en");
  q = expect_quote (&r, "The ferry, Greta Lind said on Tuesday in a statement, had been late for “a thousand days” and "
                        "missed “many tides.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Greta Lind", "Greta Lind");
  q = expect_quote (&r, "If the harbour closes, Lind argued in her letter, the town will lose its market",
                    QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Lind", "Greta Lind");
  /* nor is "to the vote" what Lind said (en29) */
  g_assert_null (find_quote (&r, "to the vote"));
  for (guint i = 0; i < r.analysis->quotes->len; i++)
    {
      g_autofree char *s = span_text (&r, g_array_index (r.analysis->quotes, QmFoundQuote, i).span);

      g_assert_false (g_str_has_prefix (s, "In a note"));
    }
}

/* "“A,” added another official. Yet another said on Friday, “B”": a time
 * or a phrase of where it was said between a cue and its comma still
 * makes a cue of its own, which ends the quotation before and speaks the
 * one after. */
static void
test_en18_cue_with_adjunct_before_quotation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The dock has sat empty for years,” added one pilot. Yet another said in an interview on Friday, "
               "“Olsen will run the harbour until spring.”\n\n"
               "“We rowed all night,” said the first skipper. One said on Sunday, “The wind never turned.”", "en");
  q = expect_quote (&r, "The dock has sat empty for years,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "one pilot");
  q = expect_quote (&r, "Olsen will run the harbour until spring.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "another");
  expect_quote (&r, "We rowed all night,", QM_QUOTE_KIND_DIRECT);
  q = expect_quote (&r, "The wind never turned.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "One");
}

/* "said the plan would pass, while her rivals argued it would not": the
 * content ends before "while" when a new subject and a verb that reports
 * a clause follow; "while" with an act of its own ("while Olsen warned of
 * delays") stays. */
static void
test_en18_content_ends_before_contrasted_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ines Vale said the quay would reopen in June, while her rivals on the board argued it would not.\n\n"
               "Vale said that the ferry would keep its timetable, whereas the pilots insisted that it could not.", "en");
  q = expect_quote (&r, "the quay would reopen in June", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ines Vale", "Ines Vale");
  q = expect_quote (&r, "that the ferry would keep its timetable", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Vale", "Ines Vale");
}

/* "“Only you, Tomas,” she said on Friday, would use …": after a time or
 * a medium phrase, the quotation's content still goes on in lower case
 * with an auxiliary or a "that": one mixed quotation. */
static void
test_en18_interrupted_quotation_after_adjunct (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "“Only you, Pia,” she said on Friday in a statement, would row a dinghy into a gale.\n\n"
               "“It was poor timing,” he said in an interview on Tuesday, that both ferries broke down.\n\n"
               "“The dinghy must stay dry,” she said on Monday, and “carry two oars.”", "en");
  expect_quote (&r, "“Only you, Pia,” she said on Friday in a statement, would row a dinghy into a gale",
                QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "“It was poor timing,” he said in an interview on Tuesday, that both ferries broke down",
                QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "“The dinghy must stay dry,” she said on Monday, and “carry two oars.”", QM_QUOTE_KIND_MIXED);
}

/* "The offer, according to union officials, amounted to a pay cut": the
 * source interrupts its content, which runs on after it. A cue in a
 * relative clause has the relative word for its object ("which Dunn
 * wrote") or ends with the clause ("which Dunn said would cut pay,"). */
static void
test_interrupting_source (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The offer, according to union officials, amounted to a pay cut.\n\n"
               "The plan, which Dunn wrote, would cut pay, the union said.\n\n"
               "The plan, which Paul Dunn said would cut pay, was dropped.", "en");
  q = expect_quote (&r, "The offer, according to union officials, amounted to a pay cut", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "union officials");
  expect_cue (&r, q, "according to");
  q = expect_quote (&r, "The plan, which Dunn wrote, would cut pay", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "the union", "union");
  q = expect_quote (&r, "would cut pay", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Paul Dunn", "Paul Dunn");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 3);
}

/* "After X, Y conceded that A and said that B": the second verb has the
 * subject of the first and ends its content. */
static void
test_coordinated_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "On Monday, Tomas Brandt conceded that the quay was late and said that the ferry would run until "
               "May.", "en");
  q = expect_quote (&r, "that the quay was late", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "that the ferry would run until May", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  expect_cue (&r, q, "said");
}

/* "said Tuesday that …": the day is no content; "…, X said, noting that
 * …": the participle is a cue of its own, not what was said. */
static void
test_cue_day_participle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt said Tuesday that the quay was late.\n\n"
               "After the vote, the quay was “a lost cause,” Helena Varga said, noting that the fishermen “have "
               "waited long enough.”", "en");
  q = expect_quote (&r, "that the quay was late", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "After the vote, the quay was “a lost cause,”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  q = expect_quote (&r, "that the fishermen “have waited long enough.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  expect_cue (&r, q, "noting");
}

/* Markup attributes left in extracted text are no quotations, empty ones
 * included: <post pic="" author="…">. */
static void
test_markup_attributes (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The mayor posted:\n\n<post pic=\"\" author=\"HelenaVarga\" time=\"1449075600\">The quay opens in May. "
               "Come and see it.</post>\n\nTomas Brandt said the plan was “late.”", "en");
  expect_quote (&r, "the plan was “late.”", QM_QUOTE_KIND_MIXED);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  {
    g_auto(Result) b = { 0, };

    /* a line break before the value's closing mark */
    analyze (&b, "<tweet author=\"@harbourboard\" date=\"March 9, 2016\n\">Quay event in Lyngby. Stands empty; "
                 "crowd in one corner.<tweet/>.\n\nTomas Brandt said the plan was “late.”", "en");
    expect_quote (&b, "the plan was “late.”", QM_QUOTE_KIND_MIXED);
    g_assert_cmpuint (b.analysis->quotes->len, ==, 1);
  }
}

/* "a day after she told reporters …": the pronoun after a subordinating
 * preposition is the subject; a bare role noun after "told" is the
 * addressee. */
static void
test_subject_after_preposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Helena Varga spoke first.\n\nThe vote came a day after she told reporters the quay was “closed for "
               "good.”", "en");
  q = expect_quote (&r, "the quay was “closed for good.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "she");
}

/* "told a radio host on Wednesday that …"; "…, which he says is “…”": a
 * relative clause with a cue is a mixed quotation of its own; a
 * parenthesis after a full stop opens a sentence and closes around it. */
static void
test_relative_cue_parenthesis (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt told local radio host Anna Berg on Wednesday that her post was “a joke.”\n\n"
               "Pavel Roos said he would close the quay, which he says is “too old for the ferries.” (On Monday he said "
               "he would “strongly consider” selling it.)", "en");
  q = expect_quote (&r, "that her post was “a joke.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "which he says is “too old for the ferries.”", QM_QUOTE_KIND_MIXED);
  expect_cue (&r, q, "says");
  expect_quote (&r, "he would “strongly consider” selling it", QM_QUOTE_KIND_MIXED);
}

/* "the boards, which he called “…”", "a clip that Judge Berg called “…”":
 * a relative clause of a naming verb with the quotation right after it is
 * a mixed quotation from the relative word on, like "what X called “…”". */
static void
test_relative_naming_clause (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt wants to curb the harbour boards, which he called “a club for the wealthy.”\n\n"
               "In a clip that Judge Anna Berg called “distasteful,” Lund asked to leave the quay.", "en");
  q = expect_quote (&r, "which he called “a club for the wealthy.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "he");
  q = expect_quote (&r, "that Judge Anna Berg called “distasteful,”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Judge Anna Berg", "Anna Berg");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
}

/* "Lund two days ago said …", "Lund, the harbour chief, this past week
 * said …": a time in lower case between the subject and the verb is no
 * subject. */
static void
test_time_before_verb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "weeks", 5) & QM_ROLE_TIME_NOUN);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "Lund", 4) & QM_ROLE_TIME_NOUN);
  analyze (&r, "Tove Lind two days ago said the ferry was “far too slow.”\n\n"
               "Ivo Dahl, the harbour chief, this past week said the quay was “not safe.”\n\n"
               "The harbour board less than two weeks ago said that the crane was “a danger.”\n\n"
               "Eva Berg Sunday night said that the fares were “a scandal.”", "en");
  q = expect_quote (&r, "the ferry was “far too slow.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tove Lind", "Tove Lind");
  q = expect_quote (&r, "the quay was “not safe.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ivo Dahl", "Ivo Dahl");
  q = expect_quote (&r, "that the crane was “a danger.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The harbour board");
  q = expect_quote (&r, "that the fares were “a scandal.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Eva Berg", "Eva Berg");
  {
    g_auto(Result) b = { 0, };

    /* not before a participle: the object comes before the time */
    analyze (&b, "Mayor Tove Lind released a statement last week condemning \"what looks like a reckless plan.\"", "en");
    q = expect_quote (&b, "what looks like a reckless plan.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&b, q, "Mayor Tove Lind", "Tove Lind");
  }
}

/* "… in the U.S. He says …": the abbreviation's point ends the sentence
 * before a pronoun in capitals or a quotation; "Sen. Anna Berg" goes on. */
static void
test_abbreviation_ends_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt says the mayor is hiding from the storm damage in the U.S. He says the crews do not need "
               "any more “long lectures.”\n\n"
               "Sen. Anna Berg said the plan was “late.”\n\n"
               "Tove Lind said at a harbour meeting in Albany, N.Y. “The crews have waited long enough for "
               "this.”", "en");
  expect_quote (&r, "the mayor is hiding from the storm damage in the U.S.", QM_QUOTE_KIND_INDIRECT);
  q = expect_quote (&r, "the crews do not need any more “long lectures.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "He");
  q = expect_quote (&r, "the plan was “late.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Sen. Anna Berg", "Anna Berg");
  /* and before a quotation of three words or more that opens with a
   * capital, which the sentence before, without content, hands its
   * speaker on to */
  q = expect_quote (&r, "The crews have waited long enough for this.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tove Lind", "Tove Lind");
  {
    g_auto(Result) b = { 0, };

    /* an interrupted quotation goes on after a cue that ends with the
     * abbreviation's point, in a sentence of its own */
    analyze (&b, "“The ferry is late again,” Tove Lind said at the quay in Albany, N.Y. “We all know it.”\n\n"
                 "\"The fares went up,\" says Ivo Dahl, 23, a student from Dayton, Ohio. \"I take the bus now.\"", "en");
    q = expect_quote (&b, "The ferry is late again,” Tove Lind said at the quay in Albany, N.Y. “We all know it.",
                      QM_QUOTE_KIND_DIRECT);
    expect_speaker (&b, q, "Tove Lind", "Tove Lind");
    q = expect_quote (&b, "The fares went up,\" says Ivo Dahl, 23, a student from Dayton, Ohio. \"I take the bus now.",
                      QM_QUOTE_KIND_DIRECT);
    expect_speaker (&b, q, "Ivo Dahl", "Ivo Dahl");
    g_assert_cmpuint (b.analysis->quotes->len, ==, 2);
  }
  {
    g_auto(Result) c = { 0, };

    /* the state after a place that ends an apposition's cue is no
     * content of the cue: the quotation before it is */
    analyze (&c, "\"The ferry will never come back,\" Ivo Dahl, a spokesman for the port, said in Fresno, Calif.\n\n"
                 "“The fares went up,” Tove Lind, 45, said on Monday in Albany, Texas.", "en");
    q = expect_quote (&c, "The ferry will never come back,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&c, q, "Ivo Dahl", "Ivo Dahl");
    q = expect_quote (&c, "The fares went up,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&c, q, "Tove Lind", "Tove Lind");
  }
  {
    g_auto(Result) d = { 0, };

    /* nor is an adverb in -ly alone after the verb */
    analyze (&d, "It was a long day.\n\n“I would not discount the money,” Mr. Dahl, a screenwriter, said dryly.", "en");
    q = expect_quote (&d, "I would not discount the money,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&d, q, "Mr. Dahl", "Dahl");
  }
}

/* "… a “hard climb ahead” but he feels …": where the next cue's subject
 * ends the content, the conjunction before it goes too. */
static void
test_conjunction_before_next_cue (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Tomas Brandt says there is a “hard climb ahead” but he feels sure about the vote.\n\n"
               "Anna Berg said on her show that while there are “still some crews angry over the ferry,” Lund already "
               "“paid a heavy price” for it.", "en");
  expect_quote (&r, "there is a “hard climb ahead”", QM_QUOTE_KIND_MIXED);
  /* a content that opens with a subordinate clause goes on with its main
   * clause after the comma */
  expect_quote (&r, "that while there are “still some crews angry over the ferry,” Lund already “paid a heavy price” for "
                    "it", QM_QUOTE_KIND_MIXED);
}

/* After quoted words that end in a comma, a preposition goes on with what
 * was said ("…,” in regards to …"), unless a participle or a relative word
 * follows it ("…,” before predicting …", "…,” in which …"). */
static void
test_preposition_after_fragment (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Anna Berg said she raised the point “to follow up the mayor’s remarks,” in regards to an earlier "
               "question from the crews.\n\n"
               "Tomas Brandt cautioned “let us not rush things,” before cheerfully forecasting a calm "
               "winter.\n\n"
               "The crews slammed the port rule called a “berth swap,” in which a ship changes quays.", "en");
  expect_quote (&r, "she raised the point “to follow up the mayor’s remarks,” in regards to an earlier question from "
                    "the crews", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "let us not rush things,", QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "the port rule called a “berth swap,”", QM_QUOTE_KIND_MIXED);
}

/* "… “even fainted” while working …", "… a “quiet sunset” and knowing
 * that …": a conjunction and a participle after the quoted words go on
 * with what was said. */
static void
test_participle_after_conjunction (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Tomas Brandt noted that one of the crew had “even fainted” while working on his boat.\n\n"
               "The mayor also said that she pictured walking with her grandchildren watching a “quiet sunset” and "
               "knowing that the quay was safe.", "en");
  expect_quote (&r, "that one of the crew had “even fainted” while working on his boat", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "that she pictured walking with her grandchildren watching a “quiet sunset” and knowing that the "
                    "quay was safe", QM_QUOTE_KIND_MIXED);
}

/* "said the crews would “not be paid” on time, a swipe at …": after the
 * quoted words and more words of the content, a comma, a determiner and a
 * noun before a preposition or "that" open the reporter's comment. */
static void
test_comment_apposition (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Tomas Brandt said the ferry crews would “not be paid” before the winter, a jab at the new harbour "
               "board.\n\n"
               "Anna Berg warned that the quay would need “a lot of repairs” next year, an estimate that the port "
               "disputed.\n\n"
               "Gerry Holm said the island had been “cut off” for weeks, a fate of many small towns on the coast "
               "that “no one noticed.”", "en");
  expect_quote (&r, "the ferry crews would “not be paid” before the winter", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "that the quay would need “a lot of repairs” next year", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "the island had been “cut off” for weeks, a fate of many small towns on the coast that “no one "
                    "noticed.”", QM_QUOTE_KIND_MIXED);
}

/* "agreed to a meeting, but only to tell Holm that …": after a comma in
 * content that no "that" opens, the infinitive or participle of a speech
 * verb (an adverb may stand before the participle) that is no cue of its
 * own reports the quoted words. */
static void
test_inner_cue_start (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Anna Berg agreed to a meeting on Friday, but only to tell Holm that she would not accept a "
               "“hasty” vote.\n\n"
               "Tomas Brandt denied the story, then went on to say, “The quay was never in danger.”\n\n"
               "Gerry Holm praised the crews, noting that the ferry was “finally on time.”\n\n"
               "Tove Lind has expressed doubts about the new quay, recently telling a friend that she is unsure "
               "“who will pay for it.”", "en");
  expect_quote (&r, "that she would not accept a “hasty” vote", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "that she is unsure “who will pay for it.”", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "The quay was never in danger.", QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "the crews", QM_QUOTE_KIND_INDIRECT);
  expect_quote (&r, "that the ferry was “finally on time.”", QM_QUOTE_KIND_MIXED);
}

/* "told the harbour desk simply, “We lost.”": words that end with an
 * adverb, or open with a participle after the cue's comma, before the
 * quotation that ends the content say how it was said. */
static void
test_lead_before_quotation (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Tove Lind told the Harbour Gazette news desk simply, “We lost the vote.”\n\n"
               "“We will win,” Tomas Brandt joked, again mimicking an old sailor, “Ahoy there, all of you!”\n\n"
               "Anna Berg called the new ferry, “a floating wreck.”", "en");
  expect_quote (&r, "We lost the vote.", QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "We will win,” Tomas Brandt joked, again mimicking an old sailor, “Ahoy there, all of you!",
                QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "the new ferry, “a floating wreck.”", QM_QUOTE_KIND_MIXED);
}

/* "“A” if B, said X. “C” because D, she said.": the quotation in the next
 * sentence that words of the content follow is no continuation of the
 * mixed quotation before the cue. */
static void
test_mixed_not_continued (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "“Many would call that a defeat for the port” if the vote were close, said Tove Lind, a harbour "
               "analyst at the island council. “And yet it would settle the matter for good” because the crews "
               "would agree, she said.", "en");
  expect_quote (&r, "“Many would call that a defeat for the port” if the vote were close", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "“And yet it would settle the matter for good” because the crews would agree",
                QM_QUOTE_KIND_MIXED);
}

/* "in what aide Tove Lind called “…”": a lower-case role may stand between
 * the free relative word and the name. */
static void
test_free_relative_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The crews fought for the quay in what aide Tove Lind called “a long war of nerves.”", "en");
  q = expect_quote (&r, "what aide Tove Lind called “a long war of nerves.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tove Lind", "Tove Lind");
}

/* "“Only you, Tomas,” she said, would use …": after a quotation that the
 * cue interrupts, content that goes on with an auxiliary or a "that" makes
 * one mixed quotation; a participle or an adverb does not. */
static void
test_interrupted_content (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "“Only you, Tomas,” she said, would use a storm to praise the quay.\n\n"
               "“It was bad luck,” he said, that both ferries broke down in the same week.\n\n"
               "“We will win,” Anna Berg said, then left the quay.\n\n"
               "“The crews are tired,” Tove Lind said, adding that the council must act.", "en");
  expect_quote (&r, "“Only you, Tomas,” she said, would use a storm to praise the quay", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "“It was bad luck,” he said, that both ferries broke down in the same week", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "We will win,", QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "The crews are tired,", QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "that the council must act", QM_QUOTE_KIND_INDIRECT);
}

/* "Along the coast, he said, “we do not know …” on …": a front of words and
 * a quotation in lower case after the cue that interrupts them are one
 * mixed quotation; not after a lone adverb or a word that leads into the
 * quotation. */
static void
test_interrupted_front (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Tomas Brandt spoke to the crews. Along the northern coast, he said, “we do not know what the answer "
               "will be” on the ferry fees.", "en");
  expect_quote (&r, "Along the northern coast, he said, “we do not know what the answer will be” on the ferry fees",
                QM_QUOTE_KIND_MIXED);
}

/* "has said repeatedly that …", "said again that …": the adverbs between
 * the verb and "that" are no part of the content. */
static void
test_adverb_before_that (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Tomas Brandt has said repeatedly that the crews are unfairly blaming the quay.\n\n"
               "Anna Berg said again that the ferry is “far too slow” for the island.", "en");
  expect_quote (&r, "that the crews are unfairly blaming the quay", QM_QUOTE_KIND_INDIRECT);
  expect_quote (&r, "that the ferry is “far too slow” for the island", QM_QUOTE_KIND_MIXED);
}

/* "notes that …, which means Berg “can do a lot of damage” …": a relative
 * clause after a comma ends reported content, unless the quoted words are
 * all in it. */
static void
test_relative_clause_with_quotation (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Gerry Holm notes that a share of 20 percent is enough for a seat, which means Berg “can do a lot of "
               "damage” in the harbour towns.\n\n"
               "Tomas Brandt said the ferry was “late,” which annoyed the crews.", "en");
  expect_quote (&r, "that a share of 20 percent is enough for a seat, which means Berg “can do a lot of damage” in the "
                    "harbour towns", QM_QUOTE_KIND_MIXED);
  expect_quote (&r, "the ferry was “late,”", QM_QUOTE_KIND_MIXED);
}

/* "Berg intimated that the “crews voted for me twice” …": quoted words in
 * a "that" clause right after a verb form are a mixed quotation of the
 * verb's subject; not after a noun ("the plan that the “old guard” …"),
 * nor after "so hard that". */
static void
test_that_clause_after_verb_form (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Anna Berg intimated that the “crews voted for me twice” in the last election.\n\n"
               "Tomas Brandt learned that the “Old Rules” no longer applied to the quay.\n\n"
               "The plan that the “old guard” wrote failed in the end.\n\n"
               "Lund worked so hard that the “crews” loved him.\n\n"
               "Helena Varga fired back that the “new ferry” would never run on time.", "en");
  q = expect_quote (&r, "that the “crews voted for me twice” in the last election", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Anna Berg", "Anna Berg");
  /* a name in quotation marks inside the clause too */
  q = expect_quote (&r, "that the “Old Rules” no longer applied to the quay", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  /* a particle after the verb */
  q = expect_quote (&r, "that the “new ferry” would never run on time", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
  expect_quote (&r, "old guard", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "crews", QM_QUOTE_KIND_SCARE);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 3);
}

/* "told conservative radio host X on Friday that …", "told diners at a
 * cafe in Lyngby, Denmark, that …": the addressee, a role word before it
 * and the phrases after it run up to the "that", where the content starts. */
static void
test_addressee_up_to_that (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt told conservative radio host Anna Berg on Friday that the ferry was “a lost cause.”\n\n"
               "Helena Varga is telling diners at a small Lyngby, Denmark, harbour cafe that the quay will stay open "
               "“for as long as I am mayor.”", "en");
  q = expect_quote (&r, "that the ferry was “a lost cause.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "that the quay will stay open “for as long as I am mayor.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
}

/* Participles: "…, with Senator X calling it “…”" has X for subject; "X
 * issued a statement saying …" has X, not the statement; and in "calling
 * her “…”" she is the one named, not the speaker. */
static void
test_participle_subjects (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Fishermen were irritated, with Senator Tomas Brandt calling the plan a “Chinese menu.”\n\n"
               "The Harbour Federation issued a statement saying it left “because the quay was not safe.”\n\n"
               "The union backed Helena Varga early, calling her “the champion the harbour needs.”", "en");
  q = expect_quote (&r, "the plan a “Chinese menu.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Senator Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "it left “because the quay was not safe.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The Harbour Federation");
  q = expect_quote (&r, "her “the champion the harbour needs.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The union");
  /* an adverb between the subject and the participle */
  {
    g_auto(Result) c = { 0, };

    analyze (&c, "At a rally in Bergen, Norway, on Saturday, crews booed a critic, with Lund reportedly yelling: “Get him out "
                 "of here!”", "en");
    q = expect_quote (&c, "Get him out of here!", QM_QUOTE_KIND_DIRECT);
    expect_mention (&c, q, "Lund");
  }
  /* a definite object, a verb with a particle: still the clause's subject */
  {
    g_auto(Result) b = { 0, };

    analyze (&b, "The Harbour Federation sent out a press release saying the council owes “the town an answer.”\n\n"
                 "Pia Lund started the debate saying \"of course\" the mayor has the experience to lead.", "en");
    q = expect_quote (&b, "the council owes “the town an answer.”", QM_QUOTE_KIND_MIXED);
    expect_mention (&b, q, "The Harbour Federation");
    q = expect_quote (&b, "\"of course\" the mayor has the experience to lead", QM_QUOTE_KIND_MIXED);
    expect_mention (&b, q, "Pia Lund");
  }
}

/* "At the time, she released a statement saying, “…”": she says it. After
 * a quotation that ends its sentence with a full stop, a verb in the next
 * sentence is no cue of it. */
static void
test_statement_saying (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Helena Varga spoke first.\n\nAt the time, she released a statement saying, “The quay will open in "
               "May.”\n\nThe chief lobbied for a ban, saying, “The fewer boats, the better.” The Harbour State is one "
               "of 45 states where boats are allowed.", "en");
  q = expect_quote (&r, "The quay will open in May.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
  q = expect_quote (&r, "The fewer boats, the better.", QM_QUOTE_KIND_DIRECT);
  expect_cue (&r, q, "saying");
}

/* "But days later, X reversed himself, telling …": the participle's
 * subject is the clause's, after a fronted phrase. */
static void
test_participle_after_clause (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "But a few days later, Tomas Brandt reversed himself yet again, telling KBC that the levy “is set.”",
           "en");
  q = expect_quote (&r, "that the levy “is set.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
}

/* "Another said", "Several said": a determiner that stands for people is
 * the subject; "Another report said" keeps the report a noun. */
static void
test_determiner_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Another said he hoped the “old quay” would stay.\n\n"
               "Several said they would vote for “the bridge.”\n\n"
               "Another report said the ferry was “too slow.”", "en");
  q = expect_quote (&r, "he hoped the “old quay” would stay", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Another");
  q = expect_quote (&r, "they would vote for “the bridge.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Several");
  q = expect_quote (&r, "the ferry was “too slow.”", QM_QUOTE_KIND_MIXED);
  expect_cue (&r, q, "said");
}

/* Adverbs between subject and verb: "has always claimed", "has
 * increasingly decried". */
static void
test_adverbs_before_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt has always claimed that the quay is “perfectly safe.”\n\n"
               "Helena Varga has increasingly decried the “old ways” of the council.", "en");
  q = expect_quote (&r, "that the quay is “perfectly safe.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "the “old ways” of the council", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Helena Varga", "Helena Varga");
}

/* "According to X in Y, …": the place is no content; what follows is all
 * X's account, a cue inside it included. */
static void
test_according_to_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "According to the exit polls in the harbour towns, most voters wanted someone who would “tell it like "
               "it is.”\n\nAccording to the Harbour Gazette, Roos said the “ugliness of the remarks” stood out.", "en");
  q = expect_quote (&r, "most voters wanted someone who would “tell it like it is.”", QM_QUOTE_KIND_MIXED);
  expect_cue (&r, q, "According to");
  q = expect_quote (&r, "Roos said the “ugliness of the remarks” stood out", QM_QUOTE_KIND_MIXED);
  expect_cue (&r, q, "According to");
  {
    g_auto(Result) b = { 0, };

    /* the comma inside the closing mark */
    analyze (&b, "Varga later compared the meeting to a “root canal,” according to the Harbour Gazette.", "en");
    q = expect_quote (&b, "Varga later compared the meeting to a “root canal,”", QM_QUOTE_KIND_MIXED);
    expect_cue (&b, q, "according to");
  }
}

/* More English speech verbs: "proclaimed", "retorted", "bemoaned". */
static void
test_more_speech_verbs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt proclaimed that the quay was “the finest on the coast.”\n\n"
               "“Nobody asked you,” Helena Varga retorted.", "en");
  q = expect_quote (&r, "that the quay was “the finest on the coast.”", QM_QUOTE_KIND_MIXED);
  expect_cue (&r, q, "proclaimed");
  q = expect_quote (&r, "Nobody asked you,", QM_QUOTE_KIND_DIRECT);
  expect_cue (&r, q, "retorted");
  {
    g_auto(Result) b = { 0, };

    analyze (&b, "Pavel Roos opened the meeting, praising the crews for their “quiet courage.”\n\n"
                 "Anja Lindqvist portrayed the ferry as “a floating museum.”", "en");
    q = expect_quote (&b, "the ferry as “a floating museum.”", QM_QUOTE_KIND_MIXED);
    expect_cue (&b, q, "portrayed");
    q = expect_quote (&b, "the crews for their “quiet courage.”", QM_QUOTE_KIND_MIXED);
    expect_cue (&b, q, "praising");
    expect_speaker (&b, q, "Pavel Roos", "Pavel Roos");
  }
  {
    g_auto(Result) c = { 0, };

    analyze (&c, "“Close the gate!” the harbour master barked.\n\n"
                 "“What a splendid morning!” beamed Ilse Moreau of Lyngby.\n\n"
                 "“Never!” the dockers screamed back.", "en");
    q = expect_quote (&c, "Close the gate!", QM_QUOTE_KIND_DIRECT);
    expect_cue (&c, q, "barked");
    q = expect_quote (&c, "What a splendid morning!", QM_QUOTE_KIND_DIRECT);
    expect_cue (&c, q, "beamed");
    expect_speaker (&c, q, "Ilse Moreau of Lyngby", "Ilse Moreau");
    q = expect_quote (&c, "Never!", QM_QUOTE_KIND_DIRECT);
    expect_cue (&c, q, "screamed");
  }
}

/* "In an interview, X doubled down and said …": the clause's subject after
 * a fronted phrase. */
static void
test_coordinated_after_fronted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "In an interview with the Harbour Gazette, Tomas Brandt doubled down on his comments and said the "
               "judge had “a conflict of interest.”", "en");
  q = expect_quote (&r, "the judge had “a conflict of interest.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
}

/* "says he is “gratified” by the decision": a few quoted words inside the
 * writer's sentence are a fragment, no direct quotation; after a speech
 * verb they stay one. */
static void
test_embedded_fragment (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The board met on Friday.\n\n"
               "Lund is “gratified” by a harbour court decision to drop a trespass charge against him.\n\n"
               "Lund would reject “self-removal,” which he finds absurd.", "en");
  expect_quote (&r, "gratified", QM_QUOTE_KIND_SCARE);
  {
    g_auto(Result) b = { 0, };

    /* after a determiner that opens the sentence */
    analyze (&b, "The ferry board met again.\n\nThe “dirty tricks” that Lund blamed on the board were never proven.",
             "en");
    expect_quote (&b, "dirty tricks", QM_QUOTE_KIND_SCARE);
  }
  {
    g_auto(Result) d = { 0, };
    const QmFoundQuote *q;

    /* and a cue after it reports the whole sentence, the fragment in it */
    analyze (&d, "The ferry board met again.\n\nThe “dirty tricks” that Lund blamed on the board were never proven, "
                 "Moreau said.", "en");
    q = expect_quote (&d, "The “dirty tricks” that Lund blamed on the board were never proven", QM_QUOTE_KIND_MIXED);
    expect_speaker (&d, q, "Moreau", "Moreau");
    g_assert_null (find_quote (&d, "dirty tricks"));
  }
  {
    g_auto(Result) c = { 0, };

    /* up to twice as many words, but not after "that" */
    analyze (&c, "The ferry board met again.\n\nThe captain offered a “deep and sincere apology to the crews” on "
                 "Monday.\n\nThe crews claim that “a strike has been done before,” citing the winter of 1998.", "en");
    expect_quote (&c, "deep and sincere apology to the crews", QM_QUOTE_KIND_SCARE);
    expect_quote (&c, "that “a strike has been done before,”", QM_QUOTE_KIND_MIXED);
  }
  expect_quote (&r, "self-removal,", QM_QUOTE_KIND_DIRECT);
}

/* "a play called “…”", "an article titled “…”": the quoted words name
 * the thing; "which he called “…”" and "Brandt called the plan “…”" stay
 * speech. */
static void
test_named_title (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "A group of sailors is staging a well-loved play called “The Sons of the Harbour Master,” in the old "
               "warehouse.\n\n"
               "Tomas Brandt condemned the fire, which he called “a cowardly and hateful act.”", "en");
  expect_quote (&r, "The Sons of the Harbour Master,", QM_QUOTE_KIND_SCARE);
  /* speech, and the relative clause is what was said */
  q = expect_quote (&r, "which he called “a cowardly and hateful act.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "he");
}

/* "a show called “Anchors,” written by …", "an index called the “chained
 * rate” that would …", "A brass band called Northwind got the crowd to
 * cheer for “…”": a title verb after a phrase that an indefinite article
 * opens, right before the name it gives, names something — no cue, and
 * the phrase is no speaker; "A critic called Lund “…”" (a name with a
 * quotation right after it) stays a naming cue. */
static void
test_indefinite_named (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The revue is based on a show called “Anchors,” written by a troupe from Lyngby, that mocks the "
               "rich.\n\n"
               "On pensions, both oppose an index called the “chained rate” that would lower the monthly payments.\n\n"
               "A brass band called Northwind had the crowd clapping and singing for “Captain Pia Lund.”\n\n"
               "A critic called Lund “a liar” on Monday.", "en");
  expect_quote (&r, "Anchors,", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "chained rate", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Captain Pia Lund.", QM_QUOTE_KIND_SCARE);
  q = expect_quote (&r, "Lund “a liar” on Monday", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "A critic");
}

/* A quotation that is all the content of a cue whose subject is no
 * phrase right before it: the clause's subject speaks ("Lund rallied the
 * crews by warning that “…”", "…, adding, “…”"), and where no subject is
 * found it is still a direct quotation, not a mixed one, however short. */
static void
test_cue_subject_of_clause (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "On the eve of the vote, Pia Lund rallied the crews by warning that “the quay is in danger.”\n\n"
               "Later, Tom Brandt told the Gazette that the ferry was “a lost cause,” adding, “Nobody will ever ride it "
               "again.”\n\n"
               "The email goes on to say: “The council wants to write the ban into our laws for good.”\n\n"
               "Co-host Ines Moreau, who was off-screen, then loudly asked, “Really?”", "en");
  q = expect_quote (&r, "that “the quay is in danger.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Pia Lund");
  q = expect_quote (&r, "Nobody will ever ride it again.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tom Brandt");
  expect_quote (&r, "The council wants to write the ban into our laws for good.", QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "Really?", QM_QUOTE_KIND_DIRECT);
}

/* "X referred to the captain as “…”": a word of the language's
 * naming-words between an object and a short quotation makes it what the
 * subject calls the object, a mixed quotation from the object on, also in
 * title case; a name set off by commas ("The quay, known as the “…”")
 * stays a title. */
static void
test_predicative (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Pia Lund referred to the captain as “a true reformer.”\n\n"
               "Tom Brandt summed up the new ferry as “terrible,” then left the hall.\n\n"
               "The captain referred to the council as the “Harbour Kings.”\n\n"
               "The quay, known as the “Old Pier,” closed in May.", "en");
  q = expect_quote (&r, "the captain as “a true reformer.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Pia Lund");
  q = expect_quote (&r, "up the new ferry as “terrible,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Tom Brandt");
  q = expect_quote (&r, "the council as the “Harbour Kings.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The captain");
  expect_quote (&r, "Old Pier,", QM_QUOTE_KIND_SCARE);
}

/* A short exclamation a cue introduces is what was said, not a title in
 * title case ("declared “What a Wonderful Day!”"); "interjecting",
 * "shouting" are speech verbs. */
static void
test_short_exclamation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Anna Berg declared “What a Wonderful Day!” and left the stage.\n\n"
               "The mayor tried to shrug it off by interjecting, “Just the old crew.”\n\n"
               "The crews blocked the quay, shouting “we stay, you go!”", "en");
  q = expect_quote (&r, "What a Wonderful Day!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Anna Berg");
  q = expect_quote (&r, "Just the old crew.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The mayor");
  expect_quote (&r, "we stay, you go!", QM_QUOTE_KIND_DIRECT);
  /* "echoing", "reading" are speech verbs */
  {
    g_auto(Result) b = { 0, };

    analyze (&b, "The crowd in the hall followed him by quietly repeating “too many.”", "en");
    expect_quote (&b, "too many.", QM_QUOTE_KIND_DIRECT);
  }
}

/* A word in -ly (lower-adverb-endings) that no list knows, between
 * subject and verb, is an adverb: "Lund gingerly said …" has Lund for
 * subject; a capitalised name in -ly stays a name ("Kelly described"). */
static void
test_ly_adverb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "When asked about the mayor's temper, Lund gingerly said that was \"a matter the voters will judge\" "
               "ahead of the vote.", "en");
  q = expect_quote (&r, "that was \"a matter the voters will judge\" ahead of the vote", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Lund");
  {
    g_auto(Result) b = { 0, };

    analyze (&b, "Told of the vote, Ines Kelly described it as \"news to me.\"", "en");
    q = expect_quote (&b, "it as \"news to me.\"", QM_QUOTE_KIND_MIXED);
    expect_mention (&b, q, "Ines Kelly");
  }
}

/* A relative clause set off by commas after the subject of reported
 * content, with the predicate after it, belongs to what was said. */
static void
test_embedded_relative (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The mayor argued that the new quay, which some have said was built too fast, was an “insult” to the "
               "“hundreds of crews” of the town.", "en");
  q = expect_quote (&r, "that the new quay, which some have said was built too fast, was an “insult” to the “hundreds of "
                        "crews” of the town", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The mayor");
  g_assert_null (find_quote (&r, "the new quay"));
}

/* "On the show “Morning Live” Tuesday, he said, “…”": a fronted phrase
 * that opens with a preposition is no first part of the quotation the cue
 * interrupts. */
static void
test_fronted_phrase_title (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "On Channel Four’s “Morning Live” Tuesday, Tom Lund said, “I never promised I would pay for the "
               "ferry.”", "en");
  q = expect_quote (&r, "I never promised I would pay for the ferry.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tom Lund");
  expect_quote (&r, "Morning Live", QM_QUOTE_KIND_SCARE);
}

/* "Lund on Thursday told X: “…”", "Lund later Thursday told …", "Lund
 * Friday said …": a day between the subject and the verb. */
static void
test_day_before_verb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Lund later Thursday told Channel Four: “We will rebuild the bridge before winter comes.”\n\n"
               "Ines Moreau Friday said that the bridge was “a disgrace.”", "en");
  q = expect_quote (&r, "We will rebuild the bridge before winter comes.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tom Lund");
  q = expect_quote (&r, "that the bridge was “a disgrace.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Ines Moreau");
}

/* "Berg said Lund’s words and actions “…”": the possessor of a noun for
 * words speaks only when "that", a mark or punctuation follows the noun;
 * otherwise the phrase is the subject of what was said. */
static void
test_possessive_words_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Anna Berg said Lund’s words and actions “come close to a kind of bullying.”", "en");
  q = expect_quote (&r, "Lund’s words and actions “come close to a kind of bullying.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Anna Berg");
}

/* "A State official said": a capitalised word that is also a verb
 * ("state") belongs to a role phrase. */
static void
test_capitalised_verb_in_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "In a statement, a State Department official said, \"We will not speak about these papers.\"", "en");
  q = expect_quote (&r, "We will not speak about these papers.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "a State Department official");
}

/* A digest's item: a headline in capitals right before the quotation
 * that opens the item is its source. */
static void
test_capitals_headline (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Morning notes. [Gazette.]\n\n"
               "HOW THE NEW FERRY CHANGED THE TOWN “The ferry has brought more visitors to the islands than any summer "
               "before.” [Post.]", "en");
  q = expect_quote (&r, "The ferry has brought more visitors to the islands than any summer before.",
                    QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "HOW THE NEW FERRY CHANGED THE TOWN");
}

/* A comma or a colon inside the headline in capitals is the headline's:
 * "FERRY CREWS, THROUGH THE LENS “…”", "UN: …". */
static void
test_capitals_headline_punctuation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Morning notes. [Gazette.]\n\n"
               "FERRY CREWS, THROUGH THE LENS “It is about giving the crews a voice of their own.” [Post.]\n\n"
               "HARBOUR BOARD: WAGES TOO LOW FOR YEARS “The board has paid its staff too little since 2010.” [Post.]",
           "en");
  q = expect_quote (&r, "It is about giving the crews a voice of their own.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "FERRY CREWS, THROUGH THE LENS");
  q = expect_quote (&r, "The board has paid its staff too little since 2010.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "HARBOUR BOARD: WAGES TOO LOW FOR YEARS");
}

/* "Said Ines Moreau, who grew up on the quay, “…”": a sentence that
 * opens with the verb, its subject with a relative clause after it. */
static void
test_said_first_relative (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The old mill now holds a library. Said Ines Moreau, who grew up on the quay, “We all miss him very "
               "much.”", "en");
  q = expect_quote (&r, "We all miss him very much.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ines Moreau");
}

/* A paragraph that ends with a colon introduces the quotation that opens
 * the next one, also when its speaker is a role, comes after the verb
 * ("Stated Lund:") or is the subject of the clause ("… issued the
 * following statement:", "She went on to say:"). */
static void
test_colon_paragraph_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The harbour master said:\n\n“We will rebuild the bridge before the winter comes.”\n\n"
               "Stated Lund:\n\n“We will rebuild the quay before the winter comes.”\n\n"
               "After the fire, Governor Anna Berg issued the following statement:\n\n"
               "“Our thoughts are with the families of the victims tonight.”", "en");
  q = expect_quote (&r, "We will rebuild the bridge before the winter comes.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The harbour master");
  q = expect_quote (&r, "We will rebuild the quay before the winter comes.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Lund");
  q = expect_quote (&r, "Our thoughts are with the families of the victims tonight.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Governor Anna Berg");
}

/* "Lund agreed.", "Berg said in a statement." — a sentence of a subject
 * and a speech verb without content hands its speaker to the quotation
 * after it, not the speaker of the paragraph before. */
static void
test_contentless_cue_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt said the ferry plan was fine.\n\n"
               "Anna Berg agreed. “The quay needs new cranes before the summer season starts.”\n\n"
               "Harbour College’s Ines Moreau said in a statement. “Nobody asked the crews about the timetable.”",
           "en");
  q = expect_quote (&r, "The quay needs new cranes before the summer season starts.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Anna Berg");
  q = expect_quote (&r, "Nobody asked the crews about the timetable.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ines Moreau");
}

/* "Lund left early, the harbour master said, adding, “…”" — a participle
 * after a cue that follows its content continues that cue's subject, not
 * the subject of the content that opens the sentence. */
static void
test_participle_after_fronted_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Lund left the quay early, the harbour master said, adding, “He was not in a friendly mood.”\n\n"
               "Brandt was late for the vote, she said, adding, “The ferry had broken down again.”",
           "en");
  q = expect_quote (&r, "He was not in a friendly mood.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the harbour master");
  q = expect_quote (&r, "The ferry had broken down again.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
}

/* "Despite the press attacks, Lund said …", "Alongside demands for
 * action, …" — a speech verb form in a phrase that a preposition of the
 * language's phrase-prepositions opens at the start of the sentence is a
 * noun, and such a preposition starts no name. */
static void
test_phrase_preposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Despite the perceived press attacks, Tom Lund said that “my friends all know that I am honest.”\n\n"
               "Alongside demands for action, even a senior port official said Berg will have to choose, saying, "
               "“She cannot wait much longer.”\n\n"
               "Amid loud protests on the quay, Berg gave a speech, saying the plan was “a costly mistake.”",
           "en");
  q = expect_quote (&r, "the plan was “a costly mistake.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Berg");
  q = expect_quote (&r, "that “my friends all know that I am honest.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Tom Lund");
  q = expect_quote (&r, "She cannot wait much longer.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "a senior port official");
}

/* "she sent an email saying, “…”", "Berg put out a statement saying …" —
 * a participle right after the object of a verb, a phrase in lower case,
 * has the subject of the clause: the sender speaks, not the document. */
static void
test_object_participle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Minutes after the vote, she sent an email saying, “We have won the harbour.”\n\n"
               "The ferry senator emailed supporters saying: “The fight for the quay goes on”\n\n"
               "Governor Anna Berg put out a statement saying the port “cannot check every ship.”",
           "en");
  q = expect_quote (&r, "We have won the harbour.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
  q = expect_quote (&r, "The fight for the quay goes on", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The ferry senator");
  q = expect_quote (&r, "the port “cannot check every ship.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Governor Anna Berg");
}

/* "Berg called Lund “The Best Mayor”" — the object of a naming verb is
 * the one named, not the speaker; and "…, saying the plan goes “…”" — no
 * speaker follows a participle, whose clause's subject speaks. */
static void
test_naming_object_not_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Anna Berg called Lund “The Best Mayor of the Coast.”\n\n"
               "Later Berg went on to call Lund “the worst mayor in the region.”\n\n"
               "The harbour master criticized the ferry plan, saying the plan goes “a long way off course.”",
           "en");
  q = expect_quote (&r, "The Best Mayor of the Coast.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Anna Berg");
  q = expect_quote (&r, "Lund “the worst mayor in the region.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Berg");
  q = expect_quote (&r, "the plan goes “a long way off course.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The harbour master");
}

/* "said in her opening remarks that …" — a speech verb's form after a
 * determiner or a lower-case word of the phrase before "that" is a noun:
 * the content opens at "that", and a cue inside it is no speaker's. */
static void
test_phrase_noun_before_that (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The mayor said in her opening remarks that the plan should reiterate the town’s support for its "
               "“old friends across the bay.”",
           "en");
  q = expect_quote (&r, "that the plan should reiterate the town’s support for its “old friends across the bay.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The mayor");
}

/* "81-year-old Anna Berg, …, said", "Harbour Party delegate Tom Lund
 * said" — a hyphenated number before a name and a role in lower case
 * between capitalised words belong to the speaker's phrase, whose person
 * is the name after the role. */
static void
test_name_after_age_and_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "81-year-old Anna Berg, a retired clerk, said that the ferry “is the only way.”\n\n"
               "“We have had better summers,” Harbour Party delegate Tom Lund said.",
           "en");
  q = expect_quote (&r, "that the ferry “is the only way.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "81-year-old Anna Berg", "Anna Berg");
  q = expect_quote (&r, "We have had better summers,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Harbour Party delegate Tom Lund", "Tom Lund");
}

/* "Berg told reporters: “… .” He said the council …" — after a quotation
 * that ends its sentence with a full stop, a cue with content of its own
 * ("that", a pronoun, a determiner after the verb) is a sentence of its
 * own; "“… .” Lund said." stays the quotation's cue. */
static void
test_cue_after_own_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Anna Berg delivered a short reply: “Nobody scraps the plan. We keep building.” He bemoaned that the "
               "costs were high.\n\n"
               "“We will rebuild the quay,” Berg told reporters. “This is the end of the storm.” Tom Lund said he "
               "would have closed the port.\n\n"
               "“The ferry runs again.” Lund said.",
           "en");
  q = expect_quote (&r, "Nobody scraps the plan. We keep building.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Anna Berg");
  q = expect_quote (&r, "This is the end of the storm.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Berg");
  q = expect_quote (&r, "The ferry runs again.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Lund");
}

/* "Berg issued a statement, “…”" — a noun for words right before the
 * comma that opens a quotation: the subject of its clause speaks. */
static void
test_content_word_comma (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Right after the storm, Anna Berg issued a statement, “The harbour wall held through the night.”",
           "en");
  q = expect_quote (&r, "The harbour wall held through the night.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Anna Berg");
}

/* "said one of those advisers, who …", "one of the clerks said" — a
 * determiner, "of" and a phrase of a group are one speaker phrase. */
static void
test_share_of_group (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“There is no way back for the ferry,” said one of those advisers, who asked not to be named.\n\n"
               "“The ferry is a lost cause,” one of the clerks said.",
           "en");
  q = expect_quote (&r, "There is no way back for the ferry,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "one of those advisers");
  q = expect_quote (&r, "The ferry is a lost cause,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "one of the clerks");
}

/* "Her campaign protested that … because they knew …", "Lund elaborated
 * that …" — protested and elaborated are speech verbs, whose content holds
 * the verbs after them. */
static void
test_protested_elaborated (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The mayor protested that the clerks were being “unfair” because they knew the rules “by heart.”\n\n"
               "Tom Lund elaborated in a letter to the Gazette that the harbour “cannot wait any longer.”",
           "en");
  q = expect_quote (&r, "that the clerks were being “unfair” because they knew the rules “by heart.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The mayor");
  q = expect_quote (&r, "that the harbour “cannot wait any longer.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Tom Lund");
}

/* "Berg wrote a letter to the governor asking …", "Berg sent out a
 * fundraising call after the vote, asking …" — the object of the verb
 * before the participle (past a phrase after it, or a verb form that is a
 * noun there) is no speaker; the subject of the clause is. */
static void
test_participle_after_object_phrase (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mayor Anna Berg wrote a letter to the governor asking the council to look into the “mess.”\n\n"
               "Tom Lund also sent out a fundraising call after the vote, asking voters to “stand with the harbour.”",
           "en");
  q = expect_quote (&r, "the council to look into the “mess.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Mayor Anna Berg");
  q = expect_quote (&r, "voters to “stand with the harbour.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Tom Lund");
}

/* "“…,” said spokesman Tom Lund" — a role word that the language also
 * lists among organisations (spokesman) before the name after the verb
 * describes its bearer, as an unknown word does ("said pollster …"). */
static void
test_said_spokesman_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The office will publish every report,” said spokesman Tom Lund, referring to the new mayor.", "en");
  q = expect_quote (&r, "The office will publish every report,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tom Lund", "Tom Lund");
}

/* "“…,” said master of ceremonies Ada Brekke" — a name connector (of) may
 * join the lower-case words before the name after the verb. */
static void
test_said_connected_role_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Welcome back to the island, all of you,” said keeper of records Ada Brekke, a retired pilot.", "en");
  q = expect_quote (&r, "Welcome back to the island, all of you,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ada Brekke", "Ada Brekke");
}

/* "When Lund said …, Berg replied that …" — "when" opens a subordinate
 * clause (subordinators), whose content ends at the comma that closes it;
 * the main clause has a cue of its own. */
static void
test_when_clause (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "When Lund said the port would close, Berg replied that it was “a lie.”", "en");
  q = expect_quote (&r, "that it was “a lie.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Berg");
}

/* "said a Berg supporter", "a Harbour Party official who spoke
 * anonymously said …", "Anna Berg, who called the captain “…”" — a
 * lower-case role after capitalised words is the head of the phrase (the
 * name only its modifier), a person's relative clause may follow the
 * subject of a clause, and a relative pronoun before a naming verb is the
 * mention. */
static void
test_role_head_after_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The ferry is late again,” said a Berg supporter.\n\n"
               "Although no one else spoke, a Harbour Party official who asked not to be named said on Friday, "
               "“The talks with the town go on.”\n\n"
               "Many praised the crew, including the mayor, Anna Berg, who called the captain “a true hero.”",
           "en");
  q = expect_quote (&r, "The ferry is late again,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "a Berg supporter");
  q = expect_quote (&r, "The talks with the town go on.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "a Harbour Party official");
  q = expect_quote (&r, "a true hero.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "who", "Anna Berg");
}

/* "“…,” she went on.", "“…,” Berg shot back.", "Berg fired back, “…”" — a
 * lower-case word the lexicon lacks and a particle of reply-particles end a
 * short clause after the quotation, or stand before the comma or the colon
 * that opens it: its subject speaks. */
static void
test_reply_particle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Lund spoke on Monday. “We should reopen the old quay soon,” she went on.\n\n"
               "“You only want to look strong on the radio,” Berg shot back.\n\n"
               "After Lund criticized Berg during a debate, Berg shot back, “I could have stayed home.”",
           "en");
  q = expect_quote (&r, "We should reopen the old quay soon,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
  q = expect_quote (&r, "You only want to look strong on the radio,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Berg");
  q = expect_quote (&r, "I could have stayed home.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Berg");
  {
    g_auto(Result) b = { 0, };

    /* and a short phrase after the particle: the quotation in the next
     * paragraph is the reply's, not the first speaker's going on */
    analyze (&b, "“Look at all these people here,” Tove Lind said with a smirk.\n\n"
                 "“They only came for the free soup,” Ivo Dahl shot back with a laugh.", "en");
    q = expect_quote (&b, "Look at all these people here,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&b, q, "Tove Lind", "Tove Lind");
    q = expect_quote (&b, "They only came for the free soup,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&b, q, "Ivo Dahl", "Ivo Dahl");
  }
}

/* "When Lund, …, was asked …, he laughed and said, “…”": the personal
 * pronoun that opens the clause after the last comma is the subject of
 * the verbs that "and" joins, not the first phrase of the sentence. */
static void
test_pronoun_clause_before_and (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The ferry is late,” Ivo Dahl said.\n\n"
               "When Tom Lund, the mayor’s campaign manager, was asked during a lunch if Berg would hold a press "
               "conference, he laughed and said, “We will see.”", "en");
  q = expect_quote (&r, "We will see.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "he");
}

/* "''…,''' said X": a stray apostrophe after the closing mark of
 * doubled apostrophes stands between the quotation and its cue. */
static void
test_stray_apostrophe_before_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry was late again.\n\n"
               "''I think that when you look at the harbour, it is a disgrace,''' said Senator Tove Lind of Oregon.", "en");
  q = expect_quote (&r, "I think that when you look at the harbour, it is a disgrace,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Senator Tove Lind of Oregon", "Tove Lind");
}

/* "“…” the note says.", "“…,” a sign on the quay reads. “…”": a speech
 * verb's form right after a determiner is a noun, the subject of the verb
 * after it. */
static void
test_noun_like_verb_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Tom, you are a total loser!” the note says.\n\n"
               "“Welcome, sailors!” a sign on the quay reads. “Mind the gap.”", "en");
  q = expect_quote (&r, "Tom, you are a total loser!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the note");
  q = expect_quote (&r, "Welcome, sailors!” a sign on the quay reads. “Mind the gap.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "a sign");
}

/* "As Lund, an expert on ports, noted, “…”", "As Lund, the author of
 * “…,” put it, “…”": "as" before the subject and its apposition. */
static void
test_as_subject_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "As Tove Lind, an expert on ports at the Harbour Institute for Sea Policy, noted, “Everyone in the town "
               "is just waiting for the next mayor.”\n\n"
               "As Ivo Dahl, a professor and author of “The Quay,” put it, “The council should remember the harbour.”", "en");
  q = expect_quote (&r, "Everyone in the town is just waiting for the next mayor.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tove Lind", "Tove Lind");
  q = expect_quote (&r, "The council should remember the harbour.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ivo Dahl", "Ivo Dahl");
}

/* "called the vote “rigged” in a tweet on Sunday, and …": where the words
 * were said, after the closing mark, ends the mixed quotation; a noun
 * after the medium's word makes it no medium ("on her email server"). */
static void
test_medium_adjunct (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "tweet", 5) & QM_ROLE_MEDIUM_NOUN);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "server", 6) & QM_ROLE_MEDIUM_NOUN);
  analyze (&r, "Tove Lind called the vote “rigged” in a tweet on Sunday, and several council members asked for a "
               "recount.\n\n"
               "Ivo Dahl called the captain a “coward” on his radio show when the strike began.\n\n"
               "Eva Holm said she “never sent any secret files” on her home computer and the board agreed.", "en");
  q = expect_quote (&r, "the vote “rigged”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tove Lind", "Tove Lind");
  q = expect_quote (&r, "the captain a “coward”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ivo Dahl", "Ivo Dahl");
  expect_quote (&r, "she “never sent any secret files” on her home computer and the board agreed",
                QM_QUOTE_KIND_MIXED);
}

/* "said it would be “ugly,” “a shock” and “a fight.”": quoted words in a
 * list, the comma inside the closing mark and the next piece in lower
 * case, stay in one sentence and one mixed quotation; “A.” “B.” are two
 * sentences still. */
static void
test_quoted_list (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Eva Holm told the crews that the winter would be “very hard,” “a real test” and “a struggle every single "
               "day.”\n\n"
               "“The quay is closed.” “We will wait,” Ivo Dahl said.", "en");
  q = expect_quote (&r, "that the winter would be “very hard,” “a real test” and “a struggle every single day.”",
                    QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Eva Holm", "Eva Holm");
  g_assert_null (find_quote (&r, "a real test"));
  q = expect_quote (&r, "The quay is closed.” “We will wait,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ivo Dahl", "Ivo Dahl");
}

/* "said towns such as Alby “have a long tradition,” while “Lyngby is a
 * newcomer.”": after a comma, a conjunction before more quoted words goes
 * on with what was said; without them it ends the content. */
static void
test_conjunction_more_quoted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ivo Dahl said towns such as Alby and Berga “have more of a harbour tradition,” while “Lyngby is more of "
               "a newcomer.”\n\n"
               "Eva Holm said the ferry was “far too slow,” while the crews went home.", "en");
  q = expect_quote (&r, "towns such as Alby and Berga “have more of a harbour tradition,” while “Lyngby is more of a "
                        "newcomer.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ivo Dahl", "Ivo Dahl");
  q = expect_quote (&r, "the ferry was “far too slow,”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Eva Holm", "Eva Holm");
}

/* "As the Gazette's Eva Holm put it, the mayor is …": "put it" before a
 * comma reports the clause after it, as a verb of speech would; a
 * quotation that is all of it stays a direct one. */
static void
test_put_it_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "As the Gazette's Eva Holm puts it, the mayor is trying to make the board “an offer it cannot "
               "refuse.”\n\n"
               "As Ivo Dahl put it, “The ferries are the lifeblood of the town.”\n\n"
               "The crews put it on the quay, and the ferry left.", "en");
  q = expect_quote (&r, "the mayor is trying to make the board “an offer it cannot refuse.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Eva Holm", "Eva Holm");
  q = expect_quote (&r, "The ferries are the lifeblood of the town.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ivo Dahl", "Ivo Dahl");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
}

/* "roles in “How the Ferry Saved Christmas,” “Sea Wolf 13,” and …": titles
 * side by side are names, one scare quote each, not one quotation of
 * someone's words; “A.” “B,” he said still is one. */
static void
test_adjacent_titles (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Eva Holm, who had roles in “How the Ferry Saved Christmas,” “Sea Wolf 13,” and “North Light,” had no "
               "such praise for the mayor.\n\n"
               "“We waited.” “Nobody came,” Ivo Dahl said.", "en");
  expect_quote (&r, "How the Ferry Saved Christmas,", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Sea Wolf 13,", QM_QUOTE_KIND_SCARE);
  q = expect_quote (&r, "We waited.” “Nobody came,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ivo Dahl", "Ivo Dahl");
  {
    g_auto(Result) b = { 0, };

    /* a title right before a role and a name: what the person is known
     * for; a quotation before a role and a name that say it is speech */
    analyze (&b, "“Harbour is the New Home” star Eva Holm opened up about her years on the ferries.\n\n"
                 "“We will not wait,” captain Tom Lund said.", "en");
    expect_quote (&b, "Harbour is the New Home", QM_QUOTE_KIND_SCARE);
    q = expect_quote (&b, "We will not wait,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&b, q, "Tom Lund", "Tom Lund");
  }
}

/* "“RECORD CROWDS,” he declared in a tweet": words in capitals that a cue
 * reports are shouted, a direct quotation; title case stays a title. */
static void
test_capitals_shouted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Turnout was up again. “RECORD CROWDS,” Tom Lund declared in a tweet after the vote.\n\n"
               "“Record Crowds,” Eva Holm said of her new film.", "en");
  q = expect_quote (&r, "RECORD CROWDS,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tom Lund", "Tom Lund");
  expect_quote (&r, "Record Crowds,", QM_QUOTE_KIND_SCARE);
}

/* "The letter continues: “…”", "and then Lund continues, “…”": a verb of
 * quotation-verbs before the colon or the comma that opens a quotation is
 * its cue; "the lead continues to grow" reports nothing. */
static void
test_quotation_verb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "continues", 9) & QM_ROLE_QUOTATION_VERB);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "said", 4) & QM_ROLE_QUOTATION_VERB);
  analyze (&r, "The crowd cheers, and then Tove Lind continues: “The harbour will open again.”\n\n"
               "The letter continues, “Please explain the delay to the fishermen.”\n\n"
               "The lead of the mayor continues to grow in every district.", "en");
  q = expect_quote (&r, "The harbour will open again.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tove Lind", "Tove Lind");
  q = expect_quote (&r, "Please explain the delay to the fishermen.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The letter");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
}

/* "The letter goes on to say: “…”": a continuation phrase and "to"
 * stand between the subject and the speech verb as an auxiliary does, so
 * the subject before them speaks (before, a subject that names no person
 * was lost, or took "went on to" into its name). */
static void
test_goes_on_to (void)
{
  g_auto(Result) r = { 0, };
  g_autofree char *speaker = NULL;
  const QmFoundQuote *q;

  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "went", 4) & QM_ROLE_GOES_ON);
  analyze (&r, "Tove Lind wrote to the members of the club on Monday. The letter goes on to say: “The boat shed will be "
               "closed for a month.”\n\n"
               "The notice went on to say, “Members may still use the slipway.”\n\n"
               "The board met in March. The minutes went on to note that the roof was leaking.", "en");
  q = expect_quote (&r, "The boat shed will be closed for a month.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The letter");
  q = expect_quote (&r, "Members may still use the slipway.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The notice");
  q = expect_quote (&r, "that the roof was leaking", QM_QUOTE_KIND_INDIRECT);
  speaker = span_text (&r, q->speaker);
  g_assert_nonnull (speaker);
  g_assert_null (strstr (speaker, "went"));
}

/* "“…,” Will wrote.", "said Will Berg": an auxiliary with a capital
 * inside a sentence, before a verb in lower case or a surname, is a name;
 * a month stays a month ("in May said"). */
static void
test_auxiliary_names (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tove Lind spoke at the harbour in Bergen. “The ferry will not come back before the spring,” Will "
               "wrote.\n\n"
               "“The town has waited long enough,” said Will Berg, a teacher at the school.\n\n"
               "Fishermen in May said the boats were old.", "en");
  q = expect_quote (&r, "The ferry will not come back before the spring,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Will");
  q = expect_quote (&r, "The town has waited long enough,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Will Berg", "Will Berg");
  q = expect_quote (&r, "the boats were old", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Fishermen");
}

/* "Sources close to the minister said …": a role, an adjective of
 * nearness (nearness-adjectives) and the phrase its preposition opens are
 * one speaker, described, not the minister they are close to (before, the
 * mention was "Sources", or "A source close"). */
static void
test_nearness_adjective (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "close", 5) & QM_ROLE_NEARNESS_ADJECTIVE);
  analyze (&r, "The harbour minister Tove Lind opened the new quay on Monday.\n\n"
               "Sources close to the minister said the ferry plan would be dropped.\n\n"
               "A person familiar with the talks said the fishermen would be paid.", "en");
  q = expect_quote (&r, "the ferry plan would be dropped", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Sources close to the minister");
  g_assert_cmpstr (person_name (&r, q), !=, "Tove Lind");
  q = expect_quote (&r, "the fishermen would be paid", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "A person familiar with the talks");
  g_assert_cmpstr (person_name (&r, q), !=, "Tove Lind");
}

/* "Berg replied calmly, with a grin: “…”": a short phrase of manner
 * before the colon that introduces a quotation ending the sentence is no
 * content, so the quotation is direct, not a mixed one from the adverb
 * on; a clause before quoted words stays mixed. */
static void
test_adjunct_before_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The harbour board met on Friday. Tove Lind replied calmly, with a grin: “Boats float, most of the "
               "time.”\n\n"
               "Tom Berg answered with a line from an old song: “The sea will have its way.”\n\n"
               "Eva Holm said that the plan was, in her view, “a gift to the gulls.”", "en");
  q = expect_quote (&r, "Boats float, most of the time.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tove Lind");
  q = expect_quote (&r, "The sea will have its way.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tom Berg");
  q = expect_quote (&r, "that the plan was, in her view, “a gift to the gulls.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Eva Holm");
}

/* "“…,” Lund said on Monday, though he added, “…”": a quotation with a cue
 * of its own (a personal pronoun and a speech verb right before its comma)
 * does not go on from the interrupted one before it; "“…,” she said, “…”"
 * still does. */
static void
test_second_cue_between (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The quay is not ready,” Tove Lind said on Monday, though she added, “It will be by June.”\n\n"
               "“The boats are back,” Tom Berg said, “and the nets are full.”", "en");
  q = expect_quote (&r, "The quay is not ready,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tove Lind");
  q = expect_quote (&r, "It will be by June.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "she", "Tove Lind");
  q = expect_quote (&r, "The boats are back,” Tom Berg said, “and the nets are full.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tom Berg");
}

/* "said the club is “pleased” that Berg, who left in May, is now helping
 * …": a relative clause after the name that a "that" or "whether" opens
 * inside the content, with the clause's verb after it, is part of what
 * was said, however long the content before it. */
static void
test_relative_after_named_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tove Lind said the sailing club is “very pleased” that Berg, who left the board in May, is now "
               "helping with the regatta.", "en");
  q = expect_quote (&r, "the sailing club is “very pleased” that Berg, who left the board in May, is now helping with "
                        "the regatta", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Tove Lind");
}

/* "Tove Lind, herself a sailor, drew boos upon saying, “…”": the name
 * that opens the sentence before an apposition in commas and a verb in
 * lower case is the sentence's subject, the speaker of a cue that has
 * none of its own. */
static void
test_apposition_sentence_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Berg, a retired pilot from Lyngby, drew loud cheers on Friday by saying, “The ferry will run "
               "again.”\n\n"
               "Eva Holm, the mayor, went down to the quay to declare her support for the plan.", "en");
  q = expect_quote (&r, "The ferry will run again.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tom Berg", "Tom Berg");
  q = expect_quote (&r, "her support for the plan", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Eva Holm", "Eva Holm");
}

/* "… from members (“…,” wrote Tom Berg, …)", "… was denied. (“…,” said
 * one member.)": a quotation that opens a parenthesis starts a sentence
 * of its own, so its cue after it attributes the quotation alone, not a
 * mixed one from the start of the sentence around it. */
static void
test_parenthesis_quotation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The new fees drew anger from members (“I want my money back,” wrote Tom Berg, a welder in Lyngby, on "
               "the club page) and from the board.\n\n"
               "The vote on the fees was denied. (“I do not want a fight,” said Eva Holm, the treasurer.)", "en");
  q = expect_quote (&r, "I want my money back,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tom Berg", "Tom Berg");
  q = expect_quote (&r, "I do not want a fight,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Eva Holm", "Eva Holm");
}

/* "Former US secretary of state Eva Lund": a country in capitals between
 * a title and a role in lower case is no person, and the role with its
 * connector belongs to the name after it, whom "her" then means. */
static void
test_country_before_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Former US secretary of state Mia Strand, a friend of the mayor, stirred debate last week with her "
               "remark that “the harbour is a lost cause for us all.”\n\n"
               "Former UK trade minister Ola Brekke said the port would close.", "en");
  q = expect_quote (&r, "that “the harbour is a lost cause for us all.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Former US secretary of state Mia Strand", "Mia Strand");
  q = expect_quote (&r, "the port would close", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ola Brekke", "Ola Brekke");
  for (guint k = 0; k < r.analysis->people->len; k++)
    {
      const QmFoundPerson *p = g_ptr_array_index (r.analysis->people, k);

      g_assert_cmpstr (p->name, !=, "US");
      g_assert_cmpstr (p->name, !=, "UK");
    }
}

/* "Sen. Ann Roe (D-N.Y.) Tuesday said": the point of a party and a state
 * in parentheses ends no sentence, and the party between the name and a
 * day before the verb is passed over. */
static void
test_party_state_parenthesis (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Sen. Lise Tandberg (D-N.Y.) Tuesday called the levy “a tax on the poor.”\n\n"
               "Rep. Arne Vik (R-Calif.) on Friday said the levy would stay.", "en");
  q = expect_quote (&r, "the levy “a tax on the poor.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Sen. Lise Tandberg", "Lise Tandberg");
  q = expect_quote (&r, "the levy would stay", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Rep. Arne Vik", "Arne Vik");
}

/* "(D-N.Y)": a point inside a party and state tag, without a space after
 * it, ends no sentence either. */
static void
test_party_state_inner_point (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Rep. Arne Vik (D-N.Y) said the mayor asked members to stay “closely in touch.”", "en");
  q = expect_quote (&r, "the mayor asked members to stay “closely in touch.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Rep. Arne Vik", "Arne Vik");
}

/* "Rep. Tom Lund (R-Ohio), who said …": the relative pronoun's phrase is
 * the name before the party. */
static void
test_party_before_relative (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Opponents include Rep. Arne Vik (R-N.C.), who said the levy “is a tax on the poor.”", "en");
  q = expect_quote (&r, "the levy “is a tax on the poor.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "who", "Arne Vik");
}

/* "Earlier in the week, X called for …": a fronted phrase of time or
 * place, without a verb, is no content of the cue after it. */
static void
test_fronted_time_phrase (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Earlier in the month, Nils Orvik called for a full audit of the ferry budget.", "en");
  q = expect_quote (&r, "a full audit of the ferry budget", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nils Orvik", "Nils Orvik");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* "Tom Berg’s lawyer said": the role a name of two words owns speaks,
 * not the owner. */
static void
test_two_word_possessor (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nils Orvik’s lawyer said the fine was “far too high.”", "en");
  q = expect_quote (&r, "the fine was “far too high.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Nils Orvik’s lawyer");
}

/* "the first state to vote", "Ohio state senator": a speech verb that is
 * as often a noun is no cue before a word that opens no content; "They
 * state that …" and "“…,” the ministry states" stay cues. */
static void
test_noun_verbs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Norland, the first state to vote on the levy, rejected it. Many state lawmakers opposed it too.\n\n"
               "The rules of the port state that every ferry must carry a pilot.\n\n"
               "“The port is safe,” the harbour board states in its report.", "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
  q = expect_quote (&r, "that every ferry must carry a pilot", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The rules");
  q = expect_quote (&r, "The port is safe,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the harbour board");
}

/* "Breaking: …", "The Latest: …": a headline's label before its colon
 * is no speaker; "Tom Lund: …" is. */
static void
test_headline_label (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Breaking: Harbour Board Gives Ferry Plan a Second Chance.\n\n"
               "The Latest: Ferry riders fill the town hall for the vote.\n\n"
               "Nils Orvik: The Ferry Will Run Again.", "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  q = expect_quote (&r, "The Ferry Will Run Again", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nils Orvik", "Nils Orvik");
}

/* "The board is widely expected to approve …": a passive participle
 * before an infinitive is the writer's hedge; the clause from its subject
 * on is the content, with no speaker. "is reported to have called …" keeps
 * its subject. */
static void
test_passive_expected (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The harbour board is widely expected to approve the ferry plan on Monday.", "en");
  q = expect_quote (&r, "The harbour board is widely expected to approve the ferry plan on Monday", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->speaker.start, <, 0);
}

/* "…, and he railed against …": a clause with a subject of its own after
 * a comma and "and" ends reported content; "…, and the fares would fall"
 * goes on. */
static void
test_and_clause_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nils Orvik said the ferry would run again, and he railed against the board for its delays.\n\n"
               "Mia Strand said the ferry would run again, and the fares would fall.", "en");
  q = expect_quote (&r, "the ferry would run again", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nils Orvik", "Nils Orvik");
  q = expect_quote (&r, "the ferry would run again, and the fares would fall", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Mia Strand", "Mia Strand");
}

/* "a company called Harbour Analytics", "a movement called the Harbour
 * Front": an organisation named, no one speaking; "a group called the
 * plan “a disaster”" still speaks. */
static void
test_organisation_named (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The town paid $30,000 to a company called Fjord Analytics last year.\n\n"
               "Her brother joined a movement called the Coastal Front.", "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
}

/* "“We will wait,” Lund chimed in.", "“…,” she weighed in." — "in" is a
 * reply particle too (before, a short quotation before such a clause was a
 * scare quote without a speaker). */
static void
test_reply_particle_in (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon. “We will wait,” Tom Lund chimed in.\n\n"
               "The rain went on. “Not for long,” she weighed in.",
           "en");
  q = expect_quote (&r, "We will wait,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tom Lund");
  q = expect_quote (&r, "Not for long,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
}

/* "The harbour director said in a statement. “…”" — a contentless
 * sentence of a role and a speech verb hands its mention on to the
 * quotation after it, as a name does. */
static void
test_contentless_role_hands_on (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The director of the Harbour Party said in a statement. “The count is final, and nothing will change it.”", "en");
  q = expect_quote (&r, "The count is final, and nothing will change it.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The director");
}

/* "Tom Lund, the director of the Harbour Party said in a statement. “…”"
 * — an apposition that lacks its closing comma: the name before it hands
 * on its person. */
static void
test_contentless_open_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "Ada Brekke, the head of the island council said in a statement. “The night boats will be back before the winter.”",
           "en");
  q = expect_quote (&r, "The night boats will be back before the winter.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ada Brekke");
}

/* "Berg’s spokesman said the port “…”", "“…,” Lund's campaign said",
 * "Jonas’ campaign called …" — a capitalised possessor (also one with a
 * bare apostrophe) opens a phrase of a role or an organisation as a
 * determiner would: the phrase is the speaker, not the port after the
 * verb nor the possessor alone; its name keeps the apostrophe on its word. */
static void
test_possessor_role_phrase (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Berg’s spokesman said the port “will not close.”\n\n"
               "“The ferry stays,” Lund's campaign said.\n\n"
               "Jonas’ campaign called the report a “hasty verdict.”",
           "en");
  q = expect_quote (&r, "the port “will not close.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Berg’s spokesman");
  q = expect_quote (&r, "The ferry stays,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Lund's campaign");
  q = expect_quote (&r, "the report a “hasty verdict.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Jonas’ campaign");
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas’ campaign");
}

/* "(Lund, who built the quay, once said, “…”)" — an opening parenthesis
 * opens a clause whose subject an apposition may follow. */
static void
test_parenthesis_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Most towns know what this is (Tom Lund, who built the quay, once said, “We warned them every winter”). "
               "But the port is quiet.",
           "en");
  q = expect_quote (&r, "We warned them every winter", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tom Lund");
}

/* "In a new Gazette poll, just 40 percent of voters said …" — a share of
 * people after a phrase of an organisation that a preposition opens is
 * what that source found: the source is the speaker; "31%" is a share
 * too. Without such a phrase the share stays the speaker. */
static void
test_poll_share_source (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "In a Harbour Gazette/NRK survey released Friday, just 12 percent of anglers said the new quay was “a waste of money.”\n\n"
               "In a new harbour poll, 31% of ferry riders said the timetable was “far too thin.”\n\n"
               "In Bergen, 40 percent of the sailors said the pier was “the best on the coast.”",
           "en");
  q = expect_quote (&r, "the new quay was “a waste of money.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "a Harbour Gazette/NRK survey released Friday");
  q = expect_quote (&r, "the timetable was “far too thin.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "a new harbour poll");
  q = expect_quote (&r, "the pier was “the best on the coast.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "40 percent of the sailors");
}

/* "Rep. Anna Berg (D-WA) on Friday criticized the deal, saying …" — the
 * subject of a participle's clause stands before the party in parentheses
 * and a day. */
static void
test_party_day_clause_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "Rep. Anna Berg (D-WA) on Friday criticized the timetable, saying the boats would be “far too slow for the islands.”",
           "en");
  q = expect_quote (&r, "the boats would be “far too slow for the islands.”", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Berg");
}

/* "…, responding that …", "“…,” exhorted …": speech verbs. */
static void
test_responding_exhorted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "Tom Lund declined to back the timetable, responding that the boats were “slow but safe.”\n\n"
               "“Keep the old pier open for the night boats,” exhorted Anna Berg.",
           "en");
  q = expect_quote (&r, "that the boats were “slow but safe.”", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lund");
  q = expect_quote (&r, "Keep the old pier open for the night boats,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Berg");
}

/* "In her best-known song, Brekke sings, “…”": a song's words are the
 * singer's (sing, sings, sang). */
static void
test_sings_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "In her best-known song, Ada Brekke sings, “Row me home across the bay before the night comes down.”",
           "en");
  q = expect_quote (&r, "Row me home across the bay before the night comes down.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ada Brekke");
}

/* "Berg said,“Look …”", "Rep. Berg (D-WA):"I …"" — with no quotation
 * open, a mark right after a comma or a colon and before a letter opens a
 * quotation (before, the first was no quotation, the second reported
 * speech that began with the mark). */
static void
test_mark_after_comma_opens (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The hearing went on.\n\n"
               "Anna Berg said,“Look, the ferry is late again and nobody knows why.”\n\n"
               "Rep. Tom Lund (D-WA):\"I have never heard anyone cite that figure before.\"",
           "en");
  q = expect_quote (&r, "Look, the ferry is late again and nobody knows why.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Berg");
  q = expect_quote (&r, "I have never heard anyone cite that figure before.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lund");
}

/* "“A,” Berg said on the show “Morning Tide,” adding, “B.”" — a title whose
 * closing mark holds the comma before the participle does not join the two
 * quotations (before, one quotation over both and the cue), and the
 * participle takes the speaker of the cue before it. */
static void
test_adding_after_title_comma (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The vote was close.\n\n"
               "“I think Lund would be the best pick, but he has no chance,” Anna Berg said on the radio show "
               "“Morning Tide,” adding, “Lund has a problem: he is a veteran in a rookie season.”",
           "en");
  q = expect_quote (&r, "I think Lund would be the best pick, but he has no chance,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Berg");
  q = expect_quote (&r, "Lund has a problem: he is a veteran in a rookie season.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Berg");
}

/* "“… ‘We will not wait,’ Tom said. …”" — a quotation inside a quotation
 * that a pronoun or a name and a speech verb right after its closing mark
 * report is a direct quotation of that mention (before, a scare quote
 * without a speaker). */
static void
test_nested_cue_after (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Anna Berg told us: “Then the skipper came in. ‘We are not going to wait for the ferry at all,’ "
               "he said. So we left the quay.”\n\n"
               "It was late.\n\n"
               "\"“You do not win the vote by how many towns you win,” Sen. Lund replied before the break.\"",
           "en");
  q = expect_quote (&r, "We are not going to wait for the ferry at all,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "he");
  q = expect_quote (&r, "You do not win the vote by how many towns you win,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Sen. Lund");
}

/* "Tom Lund, the host of “Sea Wolf,” said …" — an apposition that ends
 * with a title in marks does not hide the subject before it (before, the
 * content had no speaker, and after "thanked" the object was the speaker
 * of a mixed quotation over the subject and the title). */
static void
test_title_in_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Lund, the host of “Sea Wolf,” said the new plan was “a good start for the island.”\n\n"
               "The ferry was late. Ada Brekke, star of the show “Salt Road,” thanked Berg for “keeping the night boats running.”",
           "en");
  q = expect_quote (&r, "the new plan was “a good start for the island.”", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lund");
  q = expect_quote (&r, "Berg for “keeping the night boats running.”", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Ada Brekke");
}

/* "she's said …", "He's said …" — a personal pronoun takes no possessive
 * ending: its "'s" is a verb's ("has"), and the pronoun is the subject of
 * the speech verb after it (before, the cue had no subject, or the phrase
 * that opened the sentence). */
static void
test_pronoun_contraction_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The port opened in May. Ever since Anna Berg opened the port last year, she's said the same thing at every stop: "
               "“It is not about me, it is about us.”\n\n"
               "Tom Lund spoke next. He's said he gets his ideas from an old speech in “Salt Road” at the harbour.",
           "en");
  q = expect_quote (&r, "the same thing at every stop: “It is not about me, it is about us.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "she's");
  q = expect_quote (&r, "he gets his ideas from an old speech in “Salt Road” at the harbour", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "He's");
}

/* "“…,” Berg points out.": "points" is a speech verb like "point" and
 * "pointed". */
static void
test_points_out_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "“The night boats have never once been late in winter,” Ada Brekke points out.",
           "en");
  q = expect_quote (&r, "The night boats have never once been late in winter,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ada Brekke");
}

/* "… released a statement on Friday condemning “…”", "… credited the crew
 * for “…”": speech verbs (condemning, credited, credits, crediting). */
static void
test_condemning_credited (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "In Bergen, Ada Brekke released a statement on Friday night condemning “what looks like a deliberate attack on the old pier.”\n\n"
               "Tom Lund backs the plan and in a statement credited the crew for “a calm and careful rescue at sea.”",
           "en");
  q = expect_quote (&r, "what looks like a deliberate attack on the old pier.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ada Brekke");
  q = expect_quote (&r, "the crew for “a calm and careful rescue at sea.”", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lund");
}

/* "“…?” the 43-year-old asked" — a number with a role after its hyphen
 * (en: year-old) is a role: the phrase is a speaker. */
static void
test_age_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "“Will the night boats ever come back to the island?” the 67-year-old asked in a letter.",
           "en");
  q = expect_quote (&r, "Will the night boats ever come back to the island?", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the 67-year-old");
}

/* "“…,” Lund said on Friday during a talk …, adding that …" — a
 * participle after a comma goes on with the cue after a quotation also
 * some way past it (up to 20 tokens). */
static void
test_adding_far_after_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "“The boats are back for good,” Tom Lund said on Friday during a short talk at the old pier after the council "
               "meeting ended late, adding that the ferries would run “every hour of the night.”",
           "en");
  q = expect_quote (&r, "that the ferries would run “every hour of the night.”", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lund");
}

/* "Lund has made it clear that …" — a verb of clarity-verbs with a word of
 * clarity-words before a complementizer is a cue: its subject speaks, not
 * a pronoun in the content, and the model takes no cue of its own there
 * ("it" is no speaker). */
static void
test_made_clear_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry left at noon.\n\n"
               "Ada Brekke has made clear that she wants the council to “fight for every night boat” this winter.\n\n"
               "Tom Lund made it clear that the pier would stay open until the spring.",
           "en");
  q = expect_quote (&r, "that she wants the council to “fight for every night boat” this winter", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Ada Brekke");
  q = expect_quote (&r, "that the pier would stay open until the spring", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Tom Lund");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_INDIRECT), ==, 1);
}

/* "Likewise, a paper from … had this to say: “…”" — sentence adverbs and
 * openers such as Likewise, Shortly, Based, Continuing (not-names) start
 * no speaker's name. */
static void
test_opener_not_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Likewise, a paper from the Harbour Institute had this to say about the plan: "
               "“Families from the top half gain the most.”",
           "en");
  q = expect_quote (&r, "Families from the top half gain the most.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "a paper from the Harbour Institute");
}

/* "“…,” he said outside. But “…”" — a quotation after a conjunction that
 * opens its sentence carries the speaker before it; and a quotation
 * without a cue after one whose speaker names no known person (a role, a
 * pronoun) carries that mention. */
static void
test_carry_unresolved_mention (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“I do not think it is over,” he said outside the town hall. But “the ferry plan is stronger with the "
               "mayor behind it. It helps.”\n\n"
               "“We will rebuild the quay,” the harbour master said in a radio interview.\n\n"
               "“I think we ought to start the cranes again this morning.”",
           "en");
  q = expect_quote (&r, "the ferry plan is stronger with the mayor behind it. It helps.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "he");
  q = expect_quote (&r, "I think we ought to start the cranes again this morning.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the harbour master");
}

/* "“…,” reacted Lund." — react is a speech verb: the subject after it
 * speaks, not a speaker named inside the quotation. */
static void
test_reacted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The mayor said in his speech that ferries are our heroes. Which ferries?” reacted Lund.", "en");
  q = expect_quote (&r, "The mayor said in his speech that ferries are our heroes. Which ferries?", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Lund");
}

/* "“…,” his wife whispered." — a possessive that opens the phrase after
 * the quotation is its determiner: "his wife", "his spokesman" speak. */
static void
test_possessive_determiner_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Lund had doubts before the vote. “They are still with you,” his wife whispered to him.\n\n"
               "“The ferry will run again in May,” his spokesman said.",
           "en");
  q = expect_quote (&r, "They are still with you,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "his wife");
  q = expect_quote (&r, "The ferry will run again in May,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "his spokesman");
}

/* Role nouns for people by what they do or who they are to someone
 * (attendee, prince, narrator, colleague, …) make a phrase a speaker. */
static void
test_more_role_nouns (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "One attendee, who spoke on the condition of anonymity, said the message was that “this is not over.”\n\n"
               "In March, the prince called for Lund to quit the race, calling him “a disgrace to the harbour.”\n\n"
               "One staffer, who asked not to be named, said the mood on the quay was “grim.”",
           "en");
  q = expect_quote (&r, "the mood on the quay was “grim.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "One staffer");
  q = expect_quote (&r, "the message was that “this is not over.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "One attendee");
  q = expect_quote (&r, "him “a disgrace to the harbour.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "the prince");
}

/* Organisation nouns (ad, team, board, panel, newspaper, editorial, …)
 * make the subject of a sentence a source: "The ad targets a “…”". */
static void
test_more_organisation_nouns (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ad targets a “corrupt system that keeps a rigged harbour economy in place.”", "en");
  q = expect_quote (&r, "corrupt system that keeps a rigged harbour economy in place.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The ad");
}

/* "in what Anna Berg called “…”": the clause a free relative (the
 * language's free-relatives) opens before the speaker is what was said, a
 * mixed quotation from "what" on; without the relative the quoted words
 * stay a direct quotation. */
static void
test_free_relative (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry crews fought for their wages in what Anna Berg called “a long and bitter winter.”\n\n"
               "The harbour board wants what it calls “a fair deal for every crew.”\n\n"
               "The crews fought for their wages in a winter Tomas Brandt called “a long and bitter fight for the quay.”",
           "en");
  q = expect_quote (&r, "what Anna Berg called “a long and bitter winter.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Anna Berg");
  q = expect_quote (&r, "what it calls “a fair deal for every crew.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "it");
  q = expect_quote (&r, "a long and bitter fight for the quay.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Tomas Brandt");
}

/* “…” (2015): a year in parentheses after the closing mark dates a title,
 * a slogan or a poster — no speech. */
static void
test_dated_title (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The party's posters grew harsher over the years.\n\n"
               "“Safe harbours, safe jobs, no new ferries for the islands!” (2009) — “Close the quay at night and keep "
               "the town quiet” (poster, 2013).", "en");
  expect_quote (&r, "Safe harbours, safe jobs, no new ferries for the islands!", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Close the quay at night and keep the town quiet", QM_QUOTE_KIND_SCARE);
}

/* "Said Ilse Moreau, “…”": a sentence that opens with the verb. */
static void
test_said_first (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The crews gathered at dawn. Said Ilse Moreau, \"We were all so proud of the new quay.\"", "en");
  q = expect_quote (&r, "We were all so proud of the new quay.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
  expect_cue (&r, q, "Said");
}

/* “…,” wrote one sailor on a forum. / “…,” tweeted another. — a subject the
 * lexicon does not know after an inverted cue. */
static void
test_inverted_unknown_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "\"The ferry would have been on time if anyone cared,\" wrote one sailor on a forum.\n\n"
               "\"Better watch out for the board since it said the quay matters more than the crews,\" tweeted "
               "another.", "en");
  q = expect_quote (&r, "The ferry would have been on time if anyone cared,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "one sailor");
  q = expect_quote (&r, "Better watch out for the board since it said the quay matters more than the crews,",
                    QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "another");
}

/* “A,” X said. He added, “B.”, “A,” X said, adding, “B.” — the second
 * piece has a cue of its own right before it: two quotations; “A,” X said.
 * “B.” stays one. */
static void
test_cue_in_next_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“We don't want them on our quay,” Lund said. He added, “Only crews with papers may stay the night.”\n\n"
               "“The ferry is late again,” Moreau said. “Nobody tells us why.”", "en");
  q = expect_quote (&r, "We don't want them on our quay,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Lund", "Lund");
  q = expect_quote (&r, "Only crews with papers may stay the night.", QM_QUOTE_KIND_DIRECT);
  expect_cue (&r, q, "added");
  q = expect_quote (&r, "The ferry is late again,” Moreau said. “Nobody tells us why.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Moreau", "Moreau");
  {
    g_auto(Result) b = { 0, };

    /* “A,” X said, adding, “B.” */
    analyze (&b, "“The crews are not affiliated with the board,” Ilse Moreau said, adding, “They are grateful for the "
                 "support.”", "en");
    q = expect_quote (&b, "The crews are not affiliated with the board,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&b, q, "Ilse Moreau", "Ilse Moreau");
    q = expect_quote (&b, "They are grateful for the support.", QM_QUOTE_KIND_DIRECT);
    expect_cue (&b, q, "adding");
    expect_speaker (&b, q, "Ilse Moreau", "Ilse Moreau");
  }
}

/* "Lund, who …, arrived … and acknowledged that …": the verb after "and"
 * takes the subject before the relative clause. */
static void
test_coordinated_after_relative (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ole Lund, who has been in daily contact with the crews for months, arrived at a breakfast with "
               "reporters and acknowledged that he had only “read the passages quickly.”", "en");
  q = expect_quote (&r, "that he had only “read the passages quickly.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ole Lund", "Ole Lund");
  {
    g_auto(Result) b = { 0, };

    /* a day between the apposition and the verb */
    analyze (&b, "Ilse Moreau, who has been feuding with the board this week, on Friday described her plan for a "
                 "“big tent” harbour.", "en");
    q = expect_quote (&b, "her plan for a “big tent” harbour", QM_QUOTE_KIND_MIXED);
    expect_speaker (&b, q, "Ilse Moreau", "Ilse Moreau");
  }
}

/* "HEADLINE OF A DIGEST - Name: “…”": the name between the dash and the
 * colon is the speaker. */
static void
test_dash_name_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "HARBOUR TRAFFIC FALLS FOR THE FIRST TIME - Ilse Moreau: “The number of ferries calling at the quay "
               "fell by a third this year.”", "en");
  q = expect_quote (&r, "The number of ferries calling at the quay fell by a third this year.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");

  {
    g_auto(Result) b = { 0, };

    /* Two names joined by "and", and "More from X", after the dash. */
    analyze (&b, "FERRY TRAFFIC FALLS AGAIN - Ilse Moreau and Pavel Roos: “The quay saw fewer boats than in any "
                 "year before.” [Harbour Post.]\n\nWhat it means for the town - More from Roos: “The town will have "
                 "to find other work for the dockers.” [Harbour Post.]", "en");
    q = expect_quote (&b, "The quay saw fewer boats than in any year before.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&b, q, "Ilse Moreau and Pavel Roos", "Ilse Moreau and Pavel Roos");
    q = expect_quote (&b, "The town will have to find other work for the dockers.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&b, q, "Roos");
  }

  {
    g_auto(Result) c = { 0, };

    /* A headline with a speech verb before the dash is no cue of a
     * mixed quotation that runs over the name. */
    analyze (&c, "Dockers agree - Pavel Roos: “Nobody expected so few ferries this summer.” [Harbour Post.]", "en");
    q = expect_quote (&c, "Nobody expected so few ferries this summer.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&c, q, "Pavel Roos");
  }

  {
    g_auto(Result) d = { 0, };

    /* "More from" before two names joined by "and", the dash glued to
     * it */
    analyze (&d, "Signs of the slump had been visible for months -More from Moreau and Roos: “Our counts showed fewer "
                 "boats in every month.” [Harbour Post.]", "en");
    q = expect_quote (&d, "Our counts showed fewer boats in every month.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&d, q, "Moreau and Roos");
  }
}

/* "In Lyngby, Denmark, Moreau went after Roos, calling him “…”": the
 * participle's subject is the clause's, not the place set off by commas. */
static void
test_participle_after_place (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Speaking at a harbour meeting in Lyngby, Denmark, Moreau went after Roos, calling him “a total "
               "failure.”", "en");
  q = expect_quote (&r, "him “a total failure.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Moreau");

  {
    g_auto(Result) b = { 0, };

    /* after a dateline's dash */
    analyze (&b, "BERGEN, Norway — Mayor Ilse Moreau weighed in on the ferry plan on Monday, calling the delay a "
                 "“fireable offense.”", "en");
    q = expect_quote (&b, "the delay a “fireable offense.”", QM_QUOTE_KIND_MIXED);
    expect_mention (&b, q, "Mayor Ilse Moreau");
  }

  {
    g_auto(Result) c = { 0, };

    /* past the party in parentheses after the name */
    analyze (&c, "BERGEN, Norway — Sen. Ilse Moreau (D-NY) weighed in on the ferry plan on Monday, calling the delay a "
                 "“fireable offense.”", "en");
    q = expect_quote (&c, "the delay a “fireable offense.”", QM_QUOTE_KIND_MIXED);
    expect_mention (&c, q, "Sen. Ilse Moreau");
  }
}

/* "yelled “You lie!” at the minister": a quotation that opens the content
 * and ends on ! or ? is all that was said; the words after it are the
 * reporter's. */
static void
test_exclamation_then_reporter (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Roos became known in 2009 when he yelled “Build it now!” at the mayor during a council meeting.", "en");
  q = expect_quote (&r, "Build it now!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "he");
}

/* “…,” said pollster Anna Berg. — lower-case words the lexicon does not
 * know, or roles, between the verb and a name. */
static void
test_cue_after_lower_modifiers (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“We have had better summers,” said harbour pilot Ilse Moreau. “The ferries stayed home.”", "en");
  q = expect_quote (&r, "We have had better summers,” said harbour pilot Ilse Moreau. “The ferries stayed home.",
                    QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ilse Moreau");

  {
    g_auto(Result) b = { 0, };

    analyze (&b, "“I disagree,” said retired Navy Capt. Pavel Roos, who served on the ferries.", "en");
    q = expect_quote (&b, "I disagree,", QM_QUOTE_KIND_DIRECT);
    expect_mention (&b, q, "Navy Capt. Pavel Roos");
  }
}

/* "…, after winning the vote, Gov. Anna Berg (R-OH), said, “…”": the name
 * with its party in parentheses before the comma, not a place set off by
 * commas earlier in the sentence. */
static void
test_party_parenthesis_comma (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "On Tuesday at the town hall in Berea, OH, after winning the vote, Gov. Ilse Moreau (R-OH), said, “We are "
               "ready to build the bridge.”", "en");
  q = expect_quote (&r, "We are ready to build the bridge.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Gov. Ilse Moreau");
}

/* "Hours later, …", "Eight years ago, …", "Appearing before …, X said":
 * the word that opens a fronted time phrase or participle clause is no
 * subject. */
static void
test_fronted_opener (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Eleven years earlier, she had backed the harbour bill from “the perspective of a pilot who has "
               "seen the floods.”\n\n"
               "Eight years ago, Ole Lund supported the plan and said, “The quay has never done anything for us.”\n\n"
               "Appearing before cheering crews on Monday, Ilse Moreau said it was too early to celebrate but added, "
               "“I think you all know the result.”", "en");
  q = expect_quote (&r, "the perspective of a pilot who has seen the floods.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
  q = expect_quote (&r, "The quay has never done anything for us.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ole Lund", "Ole Lund");
  q = expect_quote (&r, "I think you all know the result.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
}

/* "A cold winter, he said, “could be …”": a quotation that opens in
 * lower case after a cue between commas goes on from the words before the
 * cue; not so with a capital, nor after a participle's clause. */
static void
test_lowercase_after_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The board met on Friday. A cold winter, Tomas Brandt said, “could be good for the harbour.”\n\n"
               "Asked about the quay, Ilse Moreau said, “We will build it next year.”\n\n"
               "Minutes later, Ole Lund sent a message saying, “done for today.”", "en");
  q = expect_quote (&r, "A cold winter, Tomas Brandt said, “could be good for the harbour.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "We will build it next year.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
  q = expect_quote (&r, "done for today.", QM_QUOTE_KIND_DIRECT);
}

/* "…, which is an outcome, he said, “…”": after earlier commas of the
 * sentence, the relative clause after the last one goes on into the
 * quotation. */
static void
test_lowercase_after_cue_relative (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry, the tug and the barge were late again, which is a pattern, Tomas Brandt said, "
               "“we have long expected.”", "en");
  q = expect_quote (&r, "which is a pattern, Tomas Brandt said, “we have long expected.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
}

/* "X told reporters on Sunday that “it was …”": a quotation that opens in
 * lower case inside a clause a complementizer opens after the cue is a
 * mixed quotation from the complementizer on; not so with a capital,
 * after a comma, nor without a complementizer ("called the plan “a …”"). */
static void
test_lowercase_after_complementizer (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt told the harbour board on Friday that “the quay will be ready by the spring.”\n\n"
               "Ilse Moreau said on Monday that “We will build it next year.”\n\n"
               "Ole Lund believes in a harbour that “pays its own way.”\n\n"
               "Anna Berg said, “for now the ferry stays.”", "en");
  q = expect_quote (&r, "that “the quay will be ready by the spring.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "that “pays its own way.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ole Lund", "Ole Lund");
  q = expect_quote (&r, "We will build it next year.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
  q = expect_quote (&r, "for now the ferry stays.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Anna Berg", "Anna Berg");
}

/* "admitted to the harbour board that …": the one spoken to is no part of
 * the content, which starts at the complementizer; a thing after "to" is
 * ("responded to claims that …"). */
static void
test_addressee_before_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt admitted to the harbour board that he had “lost the plans.”\n\n"
               "Ilse Moreau complained to reporters in the town hall that the ferry was late again.\n\n"
               "Ole Lund responded to claims that the quay was “unsafe.”", "en");
  q = expect_quote (&r, "that he had “lost the plans.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "that the ferry was late again", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
  q = expect_quote (&r, "to claims that the quay was “unsafe.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ole Lund", "Ole Lund");
}

/* "said on ABC's “This Week” that …": a programme's name in the phrase
 * between the verb and its "that" is passed over (the name stays a scare
 * quote); after one, a comma opens no content. */
static void
test_programme_before_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt said on the radio show “Harbour Hour” that the quay was “unsafe.”\n\n"
               "Ilse Moreau said on “Morning Live” on Sunday that the ferry would run again.\n\n"
               "Ole Lund admitted in an interview for the “Harbour Hour” podcast, as the ferry was leaving the quay.",
           "en");
  q = expect_quote (&r, "that the quay was “unsafe.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "that the ferry would run again", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
  expect_quote (&r, "Morning Live", QM_QUOTE_KIND_SCARE);
  g_assert_null (find_quote (&r, "as the ferry was leaving the quay"));
}

/* "He talks about “…”", "She speaks of breaking “…” by …": the topic of a
 * verb of talking after the subject is a mixed quotation to the end of
 * the clause, with the marks in it; not without the subject before the
 * verb. */
static void
test_topic_of_talking (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Brandt often speaks of building “a quay for the next century” by the end of his term, and the crowd "
               "cheers.\n\n"
               "Ilse Moreau talks about “saving the ferry” and making sure it stays “affordable.”\n\n"
               "Talking about “the old days” is what the sailors like.", "en");
  q = expect_quote (&r, "building “a quay for the next century” by the end of his term", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "“saving the ferry” and making sure it stays “affordable.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
  g_assert_null (find_quote (&r, "affordable."));
  expect_quote (&r, "the old days", QM_QUOTE_KIND_SCARE);
}

/* "(… said the quay was “too short.”) And …": a parenthesis that closes
 * after the sentence's final point (inside the quotation mark or not)
 * ends the sentence before the capital after it. */
static void
test_parenthesis_after_sentence_end (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry was late. (Tomas Brandt said the quay was “too short.”) And the crews went home early.\n\n"
               "The ferry was late. (Ilse Moreau said the quay was too short.) And the crews went home early.", "en");
  q = expect_quote (&r, "the quay was “too short.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "the quay was too short", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
}

/* "As X put it, “…”", "X put it this way: “…”": "put it" reports words;
 * "put it on the agenda" does not. */
static void
test_put_it (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "As the Gazette's Anna Berg puts it, \"The harbour board has run out of patience and money.\"\n\n"
               "Ole Lund put it this way: \"Nobody asked the crews.\"\n\n"
               "Then the mayor put it on the agenda as \"urgent business.\"", "en");
  q = expect_quote (&r, "The harbour board has run out of patience and money.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Anna Berg", "Anna Berg");
  expect_cue (&r, q, "puts it");
  q = expect_quote (&r, "Nobody asked the crews.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ole Lund", "Ole Lund");
  q = expect_quote (&r, "urgent business.", QM_QUOTE_KIND_SCARE);
}

/* “…” ¶ "- Name, place." — a signature line after a quotation paragraph
 * names its speaker, and no speaker carries over from it. */
static void
test_dash_signature (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Letters from readers follow.\n\n"
               "\"The ferry has never been this late, and nobody tells us why.\"\n\n"
               "- Ilse Moreau, Lyngby.\n\n"
               "\"We want a new quay before the winter storms arrive.\"\n\n"
               "-Mayor Tomas Brandt, speaking at the harbour.\n\n"
               "\"Nobody in this town reads the harbour accounts any more.\"", "en");
  q = expect_quote (&r, "The ferry has never been this late, and nobody tells us why.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Moreau", "Ilse Moreau");
  q = expect_quote (&r, "We want a new quay before the winter storms arrive.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Mayor Tomas Brandt", "Tomas Brandt");
  q = expect_quote (&r, "Nobody in this town reads the harbour accounts any more.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->person, <, 0);
}

/* "But X, an apposition, said, “…”": the subject after the conjunction;
 * the quotation is a direct one. */
static void
test_conjunction_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "But Tomas Brandt, a harbour pilot for thirty years, said, “Let me tell you, the quay is too short.”",
           "en");
  q = expect_quote (&r, "Let me tell you, the quay is too short.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tomas Brandt", "Tomas Brandt");
}

/* A long apposition between subject and verb. */
static void
test_long_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Pavel Roos, who lost to Helena Varga in the 1992 harbour elections and whose views then on fishing "
               "quotas and other matters differed from those of the former mayor of the town, described the council "
               "as “a relic of an older era.”", "en");
  q = expect_quote (&r, "the council as “a relic of an older era.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Pavel Roos", "Pavel Roos");
}

/* “…,” said the designer. — a speaker noun the lexicon lacks. */
static void
test_unknown_noun_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The fees rose again.\n\n“It is an expensive model,” said the bookbinder. “Paper costs more.”", "en");
  q = expect_quote (&r, "It is an expensive model,” said the bookbinder. “Paper costs more.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the bookbinder");
  expect_cue (&r, q, "said");
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

  lang = qm_lang_new_from_data ("[language]\ncode=xx\n[quotes]\npairs=“”\ntitle-verbs=Dubbed\n[speech]\nverbs=say;said\n",
                                -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qm_lang_lookup (lang, "Said", 4) & QM_WORD_VERB, !=, 0);
  g_assert_cmpuint (qm_lang_mark_role (lang, 0x201C), ==, QM_MARK_OPEN_DOUBLE);
  g_assert_true (qm_lang_word_roles (lang, "dubbed", 6) & QM_ROLE_TITLE_VERB);
  g_assert_true (qm_lang_word_roles (lang, "DUBBED", 6) & QM_ROLE_TITLE_VERB);
  g_assert_false (qm_lang_word_roles (lang, "dubbed", 3) & QM_ROLE_TITLE_VERB);
  g_assert_false (qm_lang_word_roles (lang, "called", 6) & QM_ROLE_TITLE_VERB);
  g_assert_false (qm_lang_word_roles (lang, "what", 4) & QM_ROLE_FREE_RELATIVE);
  g_assert_cmpuint (qm_lang_word_roles (lang, "as", 2), ==, 0);
  g_assert_false (qm_lang_has_lower_adverb_ending (lang, "gingerly", 8));
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

/* Every word of the built-in lexicons is found with its classes, in any
 * ASCII case unless it is matched as written, and when the bytes after it
 * are other letters (the lexicon hashes a word four bytes at a time). */
static void
test_lang_lookup_every_word (void)
{
  static const char *const codes[] = { "en", "de" };

  for (guint c = 0; c < G_N_ELEMENTS (codes); c++)
    {
      QmLang *lang = qm_lang_get (codes[c], NULL);
      GHashTable *tables[] = { lang->words, lang->cased };
      guint checked = 0;

      for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
        {
          GHashTableIter iter;
          gpointer key, value;

          g_hash_table_iter_init (&iter, tables[t]);
          while (g_hash_table_iter_next (&iter, &key, &value))
            {
              const char *word = key;
              guint flags = GPOINTER_TO_UINT (value);
              gsize len = strlen (word);
              g_autofree char *longer = g_strconcat (word, "zyxw", NULL);
              g_autofree char *upper = g_ascii_strup (word, -1);

              if (len == 0 || len >= 64)
                continue;
              /* thousands of words: named only when one fails */
              if ((qm_lang_lookup (lang, word, len) & flags) != flags ||
                  (tables[t] == lang->words && (qm_lang_lookup (lang, upper, len) & flags) != flags))
                g_test_message ("%s %s", codes[c], word);
              g_assert_cmpuint (qm_lang_lookup (lang, word, len) & flags, ==, flags);
              g_assert_cmpuint (qm_lang_lookup (lang, longer, len), ==, qm_lang_lookup (lang, word, len));
              if (tables[t] == lang->words)
                g_assert_cmpuint (qm_lang_lookup (lang, upper, len) & flags, ==, flags);
              checked++;
            }
        }
      g_assert_cmpuint (checked, >, 1000);
    }
}

/* The role-word keys: words in any ASCII case (as written for a key "with
 * case"), two-word phrases by place, endings as written; without a key no
 * word has its role. */
static void
test_lang_role_words (void)
{
  const char *data = "[language]\ncode=xx\n[quotes]\npairs=“”\n"
                     "[speech]\nverbs=say;said\ntime-ends=Later;ago;thereinafterwards\nwording-manners=this way\n"
                     "question-words=whether;Why\nholder-prepositions=für\nparticiple-endings=ing\n"
                     "particle-verbs=stellte\nother-particles=vor\n";
  g_autoptr(GError) error = NULL;
  g_autoptr(QmLang) lang = qm_lang_new_from_data (data, -1, &error);
  g_autoptr(QmLang) bare = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (qm_lang_word_roles (lang, "later", 5), ==, QM_ROLE_TIME_END);
  g_assert_cmpuint (qm_lang_word_roles (lang, "LATER", 5), ==, QM_ROLE_TIME_END);
  g_assert_cmpuint (qm_lang_word_roles (lang, "ago,", 3), ==, QM_ROLE_TIME_END);
  g_assert_cmpuint (qm_lang_word_roles (lang, "late", 4), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (lang, "earlier", 7), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (lang, "Thereinafterwards", 17), ==, QM_ROLE_TIME_END);
  g_assert_cmpuint (qm_lang_word_roles (lang, "a", 1), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (lang, "This", 4), ==, QM_ROLE_WORDING_MANNER);
  g_assert_cmpuint (qm_lang_word_roles (lang, "way", 3), ==, QM_ROLE_WORDING_MANNER_NEXT);
  g_assert_cmpuint (qm_lang_word_roles (lang, "this way", 8), ==, 0);
  /* with case */
  g_assert_cmpuint (qm_lang_word_roles (lang, "whether", 7), ==, QM_ROLE_QUESTION_WORD);
  g_assert_cmpuint (qm_lang_word_roles (lang, "Whether", 7), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (lang, "Why", 3), ==, QM_ROLE_QUESTION_WORD);
  g_assert_cmpuint (qm_lang_word_roles (lang, "why", 3), ==, 0);
  /* letters outside ASCII as written */
  g_assert_cmpuint (qm_lang_word_roles (lang, "Für", strlen ("Für")), ==, QM_ROLE_HOLDER_PREPOSITION);
  g_assert_cmpuint (qm_lang_word_roles (lang, "FÜR", strlen ("FÜR")), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (lang, "", 0), ==, 0);
  /* roles past the 32nd bit */
  g_assert_cmpuint (qm_lang_word_roles (lang, "stellte", 7), ==, QM_ROLE_PARTICLE_VERB);
  g_assert_cmpuint (qm_lang_word_roles (lang, "vor", 3), ==, QM_ROLE_OTHER_PARTICLE);
  g_assert_cmpuint (qm_lang_word_roles (lang, "fest", 4), ==, 0);

  g_assert_true (qm_lang_ends_with (&lang->participle_endings, "calling", 7, 3));
  g_assert_false (qm_lang_ends_with (&lang->participle_endings, "CALLING", 7, 3));
  g_assert_false (qm_lang_ends_with (&lang->participle_endings, "calling", 6, 3));
  g_assert_false (qm_lang_ends_with (&lang->participle_endings, "sing", 4, 3));
  g_assert_true (qm_lang_ends_with (&lang->participle_endings, "sing", 4, 0));
  g_assert_false (qm_lang_ends_with (&lang->participle_endings, "ng", 2, 0));
  g_assert_false (qm_lang_ends_with (&lang->past_endings, "called", 6, 0));

  bare = qm_lang_new_from_data ("[language]\ncode=xx\n[quotes]\npairs=“”\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (qm_lang_word_roles (bare, "later", 5), ==, 0);
  g_assert_false (qm_lang_ends_with (&bare->participle_endings, "calling", 7, 0));
}

/* The built-in files carry the role words of their patterns: English has
 * the fronted time, "put it" and the question; German the prepositions of
 * its own patterns, none of the English ones. */
static void
test_lang_role_words_builtin (void)
{
  QmLang *en = qm_lang_get ("en", NULL);
  QmLang *de = qm_lang_get ("de", NULL);
  static const struct
  {
    const char *word;
    QmWordRole  role;
  } english[] = {
    { "later", QM_ROLE_TIME_END }, { "ago", QM_ROLE_TIME_END }, { "on", QM_ROLE_TIME_PREPOSITION },
    { "puts", QM_ROLE_WORDING_VERB }, { "it", QM_ROLE_WORDING_OBJECT }, { "way", QM_ROLE_WORDING_MANNER_NEXT },
    { "by", QM_ROLE_AGENT }, { "Asked", QM_ROLE_QUESTION_VERB }, { "Whenever", QM_ROLE_QUESTION_OPENER },
    { "whether", QM_ROLE_QUESTION_WORD }, { "More", QM_ROLE_LEAD_IN }, { "from", QM_ROLE_LEAD_IN_NEXT },
    { "another", QM_ROLE_INDEFINITE_SPEAKER }, { "and", QM_ROLE_ADDITIVE }, { "but", QM_ROLE_CONTRASTIVE },
    { "as", QM_ROLE_COMPARISON }, { "that", QM_ROLE_DECLARATIVE }, { "to", QM_ROLE_INFINITIVE },
    { "up", QM_ROLE_PARTICLE }, { "back", QM_ROLE_PARTICLE }, { "who", QM_ROLE_PERSON_RELATIVE },
    { "about", QM_ROLE_TOPIC_PREPOSITION }, { "back", QM_ROLE_REPLY_PARTICLE },
    { "made", QM_ROLE_CLARITY_VERB }, { "clear", QM_ROLE_CLARITY_WORD },
    { "would", QM_ROLE_AUXILIARY },
  };

  g_assert_nonnull (en);
  g_assert_nonnull (de);
  for (guint i = 0; i < G_N_ELEMENTS (english); i++)
    {
      g_test_message ("%s", english[i].word);
      g_assert_cmpuint (qm_lang_word_roles (en, english[i].word, strlen (english[i].word)) & english[i].role, !=, 0);
      g_assert_cmpuint (qm_lang_word_roles (de, english[i].word, strlen (english[i].word)), ==, 0);
    }
  g_assert_cmpuint (qm_lang_word_roles (en, "beneath", 7), ==, 0);
  g_assert_cmpuint (qm_lang_lookup (en, "Amid", 4) & QM_WORD_PHRASE_PREPOSITION, !=, 0);
  g_assert_cmpuint (qm_lang_lookup (de, "Amid", 4) & QM_WORD_PHRASE_PREPOSITION, ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (de, "Für", strlen ("Für")), ==, QM_ROLE_HOLDER_PREPOSITION);
  g_assert_cmpuint (qm_lang_word_roles (de, "nach", 4), ==, QM_ROLE_SOURCE_PREPOSITION);
  g_assert_cmpuint (qm_lang_word_roles (de, "zu", 2), ==, QM_ROLE_INFINITIVE);
  g_assert_cmpuint (qm_lang_word_roles (de, "von", 3), ==,
                    QM_ROLE_OWNER_PREPOSITION | QM_ROLE_AGENT | QM_ROLE_TOPIC_PREPOSITION | QM_ROLE_AFFILIATION |
                      QM_ROLE_NAME_PLACE);
  g_assert_cmpuint (qm_lang_word_roles (de, "Von", 3), ==,
                    QM_ROLE_OWNER_PREPOSITION | QM_ROLE_AGENT | QM_ROLE_TOPIC_PREPOSITION | QM_ROLE_AFFILIATION |
                      QM_ROLE_NAME_PLACE);
  g_assert_cmpuint (qm_lang_word_roles (en, "for", 3) & QM_ROLE_AFFILIATION, !=, 0);
  g_assert_cmpuint (qm_lang_word_roles (de, "des", 3) & QM_ROLE_AFFILIATION, !=, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "spokeswoman", 11) & QM_ROLE_AFFILIATED, !=, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "senator", 7) & QM_ROLE_AFFILIATED, ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (de, "sprecherin", 10) & QM_ROLE_AFFILIATED, !=, 0);
  g_assert_cmpuint (qm_lang_word_roles (de, "vom", 3), ==, QM_ROLE_AGENT | QM_ROLE_NAME_PLACE);
  g_assert_cmpuint (qm_lang_word_roles (de, "als", 3), ==, QM_ROLE_NAMING | QM_ROLE_FRONTED_SUBORDINATOR);
  g_assert_cmpuint (qm_lang_word_roles (de, "Nachdem", 7), ==, QM_ROLE_FRONTED_SUBORDINATOR);
  g_assert_cmpuint (qm_lang_word_roles (en, "while", 5) & QM_ROLE_FRONTED_SUBORDINATOR, ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "was", 3) & QM_ROLE_PASSIVE_AUXILIARY, !=, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "being", 5) & QM_ROLE_PASSIVE_AUXILIARY, !=, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "has", 3) & QM_ROLE_PASSIVE_AUXILIARY, ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "an", 2) & QM_ROLE_INDEFINITE_ARTICLE, !=, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "the", 3) & QM_ROLE_INDEFINITE_ARTICLE, ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (de, "war", 3) & QM_ROLE_PASSIVE_AUXILIARY, ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (de, "stand", 5), ==, QM_ROLE_WRITTEN_VERB);
  g_assert_cmpuint (qm_lang_word_roles (de, "Im", 2), ==, QM_ROLE_PLACE_PREPOSITION);
  g_assert_cmpuint (qm_lang_word_roles (en, "in", 2) & QM_ROLE_PLACE_PREPOSITION, ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "to", 2) & QM_ROLE_ADDRESSEE_PREPOSITION, !=, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "in", 2) & QM_ROLE_ADDRESSEE_PREPOSITION, ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (de, "welche", 6), ==, QM_ROLE_SUBJECT_RELATIVE);
  g_assert_cmpuint (qm_lang_word_roles (de, "eigenen", 7), ==, QM_ROLE_REFLEXIVE_POSSESSIVE);
  g_assert_cmpuint (qm_lang_word_roles (de, "sich", 4), ==, QM_ROLE_SELF_NAMING);
  g_assert_cmpuint (qm_lang_word_roles (de, "vor", 3), ==, QM_ROLE_TOPIC_PREPOSITION | QM_ROLE_OTHER_PARTICLE);
  g_assert_cmpuint (qm_lang_word_roles (de, "ab", 2), ==, QM_ROLE_OTHER_PARTICLE);
  g_assert_cmpuint (qm_lang_word_roles (de, "stellte", 7), ==, QM_ROLE_PARTICLE_VERB);
  g_assert_cmpuint (qm_lang_word_roles (de, "fest", 4), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (de, "warnte", 6), ==, QM_ROLE_TOPIC_VERB);
  g_assert_cmpuint (qm_lang_word_roles (de, "Parolen", 7), ==, QM_ROLE_SLOGAN_NOUN);
  g_assert_cmpuint (qm_lang_word_roles (de, "so", 2), ==, QM_ROLE_EDGE_ACCORDING);
  g_assert_cmpuint (qm_lang_word_roles (en, "so", 2), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "als", 3), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "as", 2), ==, QM_ROLE_COMPARISON | QM_ROLE_NAMING);
  g_assert_cmpuint (qm_lang_word_roles (en, "für", strlen ("für")), ==, 0);
  /* roles past the 32nd bit */
  g_assert_cmpuint (qm_lang_word_roles (de, "Dies", 4), ==, QM_ROLE_ANAPHOR);
  g_assert_cmpuint (qm_lang_word_roles (de, "März", strlen ("März")), ==, QM_ROLE_ORDINAL_NOUN);
  g_assert_cmpuint (qm_lang_word_roles (de, "MÄRZ", strlen ("MÄRZ")), ==, 0);
  g_assert_cmpuint (qm_lang_word_roles (en, "Titled", 6), ==, QM_ROLE_TITLE_VERB);
  g_assert_cmpuint (qm_lang_word_roles (en, "What", 4), ==, QM_ROLE_FREE_RELATIVE);
  g_assert_cmpuint (en->roles_listed & QM_ROLE_ANAPHOR, ==, 0);
  g_assert_cmpuint (de->roles_listed & QM_ROLE_ANAPHOR, ==, QM_ROLE_ANAPHOR);
  g_assert_cmpuint (de->roles_listed & QM_ROLE_FREE_RELATIVE, ==, 0);
  g_assert_true (qm_lang_ends_with (&en->participle_endings, "adding", 6, 3));
  g_assert_true (qm_lang_ends_with (&en->past_endings, "warned", 6, 3));
  g_assert_null (de->participle_endings.list);
  g_assert_null (de->past_endings.list);
  g_assert_cmpuint (qm_lang_ending_length (&en->possessive_endings, "Lund's", strlen ("Lund's"), 1), ==, 2);
  g_assert_cmpuint (qm_lang_ending_length (&en->possessive_endings, "Lund’s", strlen ("Lund’s"), 1), ==, 4);
  g_assert_cmpuint (qm_lang_ending_length (&en->possessive_endings, "’s", strlen ("’s"), 1), ==, 0);
  g_assert_cmpuint (qm_lang_ending_length (&de->possessive_endings, "Anna’s", strlen ("Anna’s"), 1), ==, 4);
  g_assert_true (qm_lang_ends_with (&en->plural_endings, "officials", 9, 0));
  g_assert_true (qm_lang_ends_with (&en->singular_endings, "business", 8, 0));
  g_assert_false (qm_lang_ends_with (&en->singular_endings, "officials", 9, 0));
  g_assert_true (qm_lang_ends_with (&de->bare_possessive_endings, "Hans", 4, 0));
  g_assert_null (de->singular_endings.list);
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

/* English with one key of its file replaced by @line ("key=…"). */
static QmLang *
english_with (const char *key,
              const char *line)
{
  g_autofree char *path = g_build_filename (g_getenv ("QM_DATA_DIR") ? g_getenv ("QM_DATA_DIR") : SOURCE_DATADIR,
                                            "lang", "en.ini", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) edited = NULL;
  g_auto(GStrv) lines = NULL;
  guint replaced = 0;
  QmLang *lang;

  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_no_error (error);
  lines = g_strsplit (contents, "\n", -1);
  edited = g_string_new (NULL);
  for (guint i = 0; lines[i] != NULL; i++)
    if (g_str_has_prefix (lines[i], key) && lines[i][strlen (key)] == '=')
      {
        g_string_append_printf (edited, "%s\n", line);
        replaced++;
      }
    else
      g_string_append_printf (edited, "%s\n", lines[i]);
  g_assert_cmpuint (replaced, ==, 1);
  lang = qm_lang_new_from_data (edited->str, -1, &error);
  g_assert_no_error (error);
  return lang;
}

static void
analyze_with (Result     *r,
              QmLang     *lang,
              const char *utf8)
{
  g_autoptr(GError) error = NULL;

  r->text = qm_text_new (utf8, -1, &error);
  g_assert_no_error (error);
  r->analysis = _qm_analyze_with_lang (lang, r->text, NULL, NULL);
  g_assert_nonnull (r->analysis);
}

/* The patterns take their words from the language file: "put it this way"
 * is the cue by the wording keys, and another verb is once the file says
 * so; without them only the colon is. */
static void
test_lang_role_words_drive (void)
{
  const char *put = "Ole Lund put it this way: \"Nobody asked the crews.\"";
  const char *framed = "Ole Lund framed it this way: \"Nobody asked the crews.\"";
  g_autoptr(QmLang) english = english_with ("wording-verbs", "wording-verbs=put;puts");
  g_autoptr(QmLang) edited = english_with ("wording-verbs", "wording-verbs=framed");
  g_autoptr(QmLang) no_manner = english_with ("wording-manners", "wording-manners=");
  const QmFoundQuote *q;

  {
    g_auto(Result) r = { 0, };

    analyze_with (&r, english, put);
    q = expect_quote (&r, "Nobody asked the crews.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Ole Lund", "Ole Lund");
    expect_cue (&r, q, "put it this way");
  }
  {
    g_auto(Result) r = { 0, };

    analyze_with (&r, english, framed);
    q = expect_quote (&r, "Nobody asked the crews.", QM_QUOTE_KIND_DIRECT);
    expect_cue (&r, q, ":");
  }
  {
    g_auto(Result) r = { 0, };

    analyze_with (&r, edited, framed);
    q = expect_quote (&r, "Nobody asked the crews.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Ole Lund", "Ole Lund");
    expect_cue (&r, q, "framed it this way");
  }
  {
    g_auto(Result) r = { 0, };

    analyze_with (&r, edited, put);
    q = expect_quote (&r, "Nobody asked the crews.", QM_QUOTE_KIND_DIRECT);
    expect_cue (&r, q, ":");
  }
  {
    g_auto(Result) r = { 0, };

    analyze_with (&r, no_manner, put);
    q = expect_quote (&r, "Nobody asked the crews.", QM_QUOTE_KIND_DIRECT);
    expect_cue (&r, q, ":");
  }
}

/* "analysts" is a role by the plural ending of the file's plural-endings. */
static void
test_lang_plural_endings_drive (void)
{
  const char *text = "Federal analysts said that the ferry would be late again.";
  g_autoptr(QmLang) english = english_with ("plural-endings", "plural-endings=s");
  g_autoptr(QmLang) none = english_with ("plural-endings", "plural-endings=");
  const QmFoundQuote *q;

  {
    g_auto(Result) r = { 0, };

    analyze_with (&r, english, text);
    q = expect_quote (&r, "that the ferry would be late again", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&r, q, "Federal analysts");
  }
  {
    g_auto(Result) r = { 0, };

    analyze_with (&r, none, text);
    q = find_quote (&r, "the ferry would be late again");
    g_assert_true (q == NULL || q->speaker.start < 0);
  }
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
  q = expect_quote (&r, "that the government would review the city's application for co-funding next month",
                    QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Anja Lindqvist", "Anja Lindqvist");
  /* The next sentence ("She added that …") is a cue of its own. */
  q = expect_quote (&r, "the vote was \"a promise kept to every family that crosses that bridge twice a day.\"",
                    QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Mayor Helena Varga", "Helena Varga");
  q = expect_quote (&r, "that construction would begin in the spring and that the old span would stay open until the new "
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

/* One endless sentence of quotations, each with its cue after it and each
 * opening after "and": every one looked past the quoted words inside its
 * cue's sentence for a piece that goes on, and so over all the rest of
 * the sentence — quadratic (seconds for this). */
static void
test_endless_cued_marks (void)
{
  GString *s = g_string_new ("“The quay is closed for now,” Brandt said and ");
  g_auto(Result) r = { 0, };
  g_autofree char *text = NULL;
  const QmFoundQuote *q;

  for (guint i = 0; i < 16000; i++)
    g_string_append (s, "“the ferry waits” he said and ");
  g_string_append (s, "left.");
  text = g_string_free (s, FALSE);
  /* its time is measured by the pathological benchmark ("quotations
   * each cued after them, one sentence"), not here */
  analyze (&r, text, "en");
  q = expect_quote (&r, "The quay is closed for now,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Brandt");
  for (guint i = 0; i < r.analysis->quotes->len; i++)
    {
      const QmFoundQuote *found = &g_array_index (r.analysis->quotes, QmFoundQuote, i);

      g_assert_cmpint (found->span.start, <=, found->span.end);
      g_assert_cmpint (found->span.end, <=, (gssize)strlen (text));
    }
}

/* A German sentence of many verbs after a name: the apposition without its
 * closing comma ("Theo Berg, Präsident des Verbands nannte …") is looked
 * for a few words before each verb only — from every verb back to the
 * sentence's start it was quadratic. */
static void
test_german_verb_chain (void)
{
  GString *s = g_string_new ("Theo Berg ");
  g_auto(Result) r = { 0, };
  g_autofree char *text = NULL;

  for (guint i = 0; i < 4000; i++)
    g_string_append (s, "kritisierte den Zaun und lobte ");
  g_string_append (s, "die Brücke.");
  text = g_string_free (s, FALSE);
  /* its time is measured by the pathological benchmark ("German sentence
   * of verbs after a name"), not here */
  analyze (&r, text, "de");
  for (guint i = 0; i < r.analysis->quotes->len; i++)
    {
      const QmFoundQuote *found = &g_array_index (r.analysis->quotes, QmFoundQuote, i);

      g_assert_cmpint (found->span.start, <=, found->span.end);
      g_assert_cmpint (found->span.end, <=, (gssize)strlen (text));
    }
}

/* "one of those advisers": a share of a group whose group is a share
 * again, "all of all of …", is no chain the phrase follows to its end —
 * from every word it was quadratic, and deep enough to overflow the
 * stack. */
static void
test_share_chain (void)
{
  GString *s = g_string_new (NULL);
  g_auto(Result) r = { 0, };
  g_auto(Result) share = { 0, };
  g_autofree char *text = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "all of ");
  g_string_append (s, "the ferrymen said that the quay is closed.");
  text = g_string_free (s, FALSE);
  analyze (&r, text, "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  expect_quote (&r, "that the quay is closed", QM_QUOTE_KIND_INDIRECT);

  analyze (&share, "Some of the ferrymen said that the quay is closed.", "en");
  expect_speaker (&share, expect_quote (&share, "that the quay is closed", QM_QUOTE_KIND_INDIRECT),
                  "Some of the ferrymen", NULL);
}

/* "Berg delivered a short reply: “…”": the subject of the verb whose
 * object holds a speech verb's form speaks. A sentence that chains such
 * objects ("said up the letter said up the letter …") is followed a few
 * steps only: from every verb to the sentence's start it took minutes. */
static void
test_object_chain (void)
{
  GString *s = g_string_new ("Lund ");
  g_auto(Result) r = { 0, };
  g_auto(Result) past = { 0, };
  g_auto(Result) particle = { 0, };
  g_autofree char *text = NULL;

  for (guint i = 0; i < 40000; i++)
    g_string_append (s, "said up the letter ");
  g_string_append (s, "said: “yes”.");
  text = g_string_free (s, FALSE);
  /* a fraction of a second; without the bound, minutes (past the suite's
   * time limit; the pathological benchmark measures the growth) */
  analyze (&r, text, "en");
  expect_quote (&r, "yes", QM_QUOTE_KIND_DIRECT);

  /* one step back to the subject, as before */
  analyze (&past, "Lund delivered a curt answer: “Not today.”", "en");
  expect_speaker (&past, expect_quote (&past, "Not today.", QM_QUOTE_KIND_DIRECT), "Lund", "Lund");
  analyze (&particle, "Lund typed up a curt answer: “Not today.”", "en");
  expect_speaker (&particle, expect_quote (&particle, "Not today.", QM_QUOTE_KIND_DIRECT), "Lund", "Lund");
}

/* "Lund sent out a release saying “…”": the subject of the clause the
 * object stands in speaks, followed a few steps only ("saying up the
 * statement saying up the statement …" took time quadratic in its
 * length). */
static void
test_statement_chain (void)
{
  GString *s = g_string_new ("Lund ");
  g_auto(Result) r = { 0, };
  g_auto(Result) one = { 0, };
  g_autofree char *text = NULL;

  for (guint i = 0; i < 80000; i++)
    g_string_append (s, "saying up the statement ");
  g_string_append (s, "saying “yes”.");
  text = g_string_free (s, FALSE);
  /* a fraction of a second; without the bound, minutes (past the suite's
   * time limit; the pathological benchmark measures the growth) */
  analyze (&r, text, "en");
  expect_quote (&r, "yes", QM_QUOTE_KIND_DIRECT);

  analyze (&one, "Lund sent out a release saying “yes”.", "en");
  expect_speaker (&one, expect_quote (&one, "yes", QM_QUOTE_KIND_DIRECT), "Lund", "Lund");
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

/* "heißt es" with its source: after the content ("…, so heißt es in X"),
 * with a relative clause or a word in parentheses after a fronted source,
 * and a clause between the source and the colon. */
/* Words on a banner or chanted: the subject of the sentence, also after
 * a fronted phrase and the verb, and a subject that a quantifier opens. */
/* "Nach dem Willen der Ministerin soll …", "Nach Vorstellung des
 * Verbands …": nouns of a wish or a plan after "nach" name a source, as
 * "nach Angaben" does. */
/* "Im Vertrag steht: „…“", "Auf dem Schild war die Parole „…“ zu lesen":
 * words written somewhere have the place for source. */
/* "Nach einer Umfrage des Instituts …", "Nach Aussagen von Anna Berg …":
 * more nouns name a source after "nach", and the phrase after "von" is
 * the source, as a genitive is. */
/* "er" and "sie" find the latest person of their gender, which a title
 * or a role before the name tells: not simply the latest person. */
/* "Wie X, der …, dazu feststellt, …": a conjunction that opens the
 * sentence comes before the subject and its apposition. */
static void
test_german_wie_apposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) wie = { 0, };

  analyze (&wie, "Der Prozess dauerte lange. Wie Jonas Keller, der als Beobachter im Saal war, dazu feststellt, "
                 "verlangt „das Gesetz einen klaren Beweis“.", "de");
  q = expect_quote (&wie, "das Gesetz einen klaren Beweis", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&wie, q, "Jonas Keller", "Jonas Keller");
}

/* Roles of court reports and of a royal house are titles before a name and
 * roles of their own ("der Ankläger", "Prinz Georg Ferdinand" … "der
 * Prinz"), as are compounds of a trade ("Kreisbrandmeister",
 * "Oberstaatsanwältin"): none of them stays in a person's name, and the
 * woman's title gives her gender for "sie". */
static void
test_german_court_titles (void)
{
  const QmFoundQuote *q;
  g_auto(Result) court = { 0, };
  g_auto(Result) council = { 0, };
  g_auto(Result) sport = { 0, };
  g_auto(Result) lead = { 0, };
  g_auto(Result) man = { 0, };
  g_auto(Result) relative = { 0, };
  g_auto(Result) royal = { 0, };

  analyze (&court, "Oberstaatsanwältin Ruth Kramer forderte drei Jahre Haft. Der Ankläger Jonas Pohl nickte. "
                   "„Das war kein Versehen“, sagte sie.\n\n"
                   "Ein Gutachter hatte ausgesagt, der Schaden sei hoch. „Die Wunde ist alt“, sagte der Mediziner. Kreisbrandmeister Ole Brandt sagte, das Feuer sei aus.",
           "de");
  q = expect_quote (&court, "Das war kein Versehen", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&court, q, "sie", "Ruth Kramer");
  q = expect_quote (&court, "der Schaden sei hoch", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&court, q, "Ein Gutachter", NULL);
  q = expect_quote (&court, "Die Wunde ist alt", QM_QUOTE_KIND_DIRECT);
  expect_mention (&court, q, "der Mediziner");
  q = expect_quote (&court, "das Feuer sei aus", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&court, q, "Kreisbrandmeister Ole Brandt", "Ole Brandt");

  /* "Dr. Frank Lorenz, der die Bewohner untersucht hatte": a relative
   * clause after the name names no role of his */
  analyze (&relative, "Der Mediziner Dr. Frank Lorenz, der die Bewohner untersucht hatte, sagte, viele seien krank.",
           "de");
  q = expect_quote (&relative, "viele seien krank", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&relative, q), ==, "Frank Lorenz");
  g_assert_null (strstr (((QmFoundPerson *)g_ptr_array_index (relative.analysis->people, q->person))->role, "Bewohner"));

  /* runners and drivers: "Marathonläuferin", "Rennfahrer" */
  analyze (&sport, "Die Marathonläuferin Jana Roth sagte, sie sei müde. Rennfahrer Uwe Kern sagte, das Auto sei schnell.",
           "de");
  q = expect_quote (&sport, "sie sei müde", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&sport, q), ==, "Jana Roth");
  q = expect_quote (&sport, "das Auto sei schnell", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&sport, q, "Rennfahrer Uwe Kern", "Uwe Kern");
  /* "Mann" is a role (a husband, a man described), no name: "Ihr Mann
   * Otto Brandt" is Otto Brandt, "sagte der Mann" no person "Mann" */
  analyze (&man, "„Endlich“, sagte die Rentnerin Gisela Brandt. Ihr Mann Otto Brandt nickte. „Darauf haben wir "
                 "gewartet.“\n\nEin Zeuge sah den Unfall. „Es ging sehr schnell“, sagte der Mann.", "de");
  q = expect_quote (&man, "Darauf haben wir gewartet.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&man, q), ==, "Otto Brandt");
  q = expect_quote (&man, "Es ging sehr schnell", QM_QUOTE_KIND_DIRECT);
  expect_mention (&man, q, "der Mann");
  for (guint i = 0; i < man.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (man.analysis->people, i))->name, !=, "Mann");
  analyze (&lead, "Festleiterin Sandra Möller zog Bilanz: „Besser hätte es nicht laufen können.“", "de");
  q = expect_quote (&lead, "Besser hätte es nicht laufen können.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&lead, q, "Festleiterin Sandra Möller", "Sandra Möller");

  /* members of a council and of a union's board */
  analyze (&council, "Gemeinderat Uwe Kern sagte, der Bach trete jedes Jahr über die Ufer. Die Erste "
                     "Bevollmächtigte Jana Roth sagte, die Stellen seien sicher.", "de");
  q = expect_quote (&council, "der Bach trete jedes Jahr über die Ufer", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&council, q, "Gemeinderat Uwe Kern", "Uwe Kern");
  q = expect_quote (&council, "die Stellen seien sicher", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&council, q), ==, "Jana Roth");

  analyze (&royal, "Prinz Georg Ferdinand erklärte, er sei stolz. „Das ist ein großer Tag“, sagte der Prinz. "
                   "Der Diplomat Hans Wieland sagte, die Gespräche seien gescheitert.", "de");
  q = expect_quote (&royal, "Das ist ein großer Tag", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&royal, q, "der Prinz", "Georg Ferdinand");
  q = expect_quote (&royal, "die Gespräche seien gescheitert", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&royal, q, "Der Diplomat Hans Wieland", "Hans Wieland");
}

/* Verb second: a word that opens the sentence before the verb and "er"
 * right after it is fronted, no name ("Zugute hielt er ihm, dass …");
 * "er" is the subject of the clause the "dass" clause hangs on. */
static void
test_german_fronted_before_er (void)
{
  const QmFoundQuote *q;
  g_auto(Result) fronted = { 0, };

  analyze (&fronted, "Der Trainer Karl Stein sah das Spiel. Positiv bewertete er, dass beide Teams fair "
                     "geblieben seien.\n\nDer Richter Ole Dahl verkündete das Urteil. Zugute hielt er dem Mann, dass "
                     "er früh gestanden habe.", "de");
  q = expect_quote (&fronted, "dass beide Teams fair geblieben seien", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&fronted, q, "er", "Karl Stein");
  q = expect_quote (&fronted, "dass er früh gestanden habe", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&fronted, q, "er", "Ole Dahl");
  for (guint i = 0; i < fronted.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (fronted.analysis->people, i))->name, !=, "Zugute");
}

/* German name-places ("vom", "von"): after a given name and a surname the
 * body the person is from stays in the mention but leaves the name, so the
 * surname alone finds the person later. */
static void
test_german_name_body (void)
{
  const QmFoundQuote *q;
  g_auto(Result) body = { 0, };

  analyze (&body, "Detlef Neuß vom Fahrgastverband Pro Bahn forderte, die Siedlung an den Bus anzubinden. „Ohne "
                  "Bus geht es nicht“, sagte Neuß.\n\nEva Lund von Greenpeace sagte, der Hafen sei zu laut. "
                  "„Wir messen jeden Tag“, sagte Lund.", "de");
  q = expect_quote (&body, "die Siedlung an den Bus anzubinden", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&body, q, "Detlef Neuß vom Fahrgastverband Pro Bahn", "Detlef Neuß");
  q = expect_quote (&body, "Ohne Bus geht es nicht", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&body, q, "Neuß", "Detlef Neuß");
  q = expect_quote (&body, "Wir messen jeden Tag", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&body, q, "Lund", "Eva Lund");
  g_assert_cmpuint (body.analysis->people->len, ==, 2);
}

/* "Der Schriftsteller Peter Lauer, ein langjähriger Freund, …": the phrase
 * an article opens in commas after a titled name is an apposition, no one
 * else, so "der 68-Jährige" after it is the writer. */
static void
test_german_article_apposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) app = { 0, };

  analyze (&app, "Der Schriftsteller Jonas Wirth, ein alter Weggefährte, nannte sie „die Seele des Dorfes“. Er habe viel "
                 "von ihr gelernt, sagte der 70-Jährige.", "de");
  q = expect_quote (&app, "die Seele des Dorfes", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&app, q), ==, "Jonas Wirth");
  q = expect_quote (&app, "Er habe viel von ihr gelernt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&app, q, "der 70-Jährige", "Jonas Wirth");
  g_assert_cmpuint (app.analysis->people->len, ==, 1);
}

/* "Die Praxen seien vorbereitet, sagte er der Zeitung.": the one told
 * after a pronoun that follows its cue (a definite article in lower case
 * after a verb of object-verbs, or any phrase after words in the
 * Konjunktiv) ends the cue; what came before the comma was said. */
static void
test_german_pronoun_then_addressee (void)
{
  const QmFoundQuote *q;
  g_auto(Result) told = { 0, };

  analyze (&told, "Der Arzt Jan Roth besuchte die Klinik. Die Betten seien alle belegt, sagte er der Deutschen "
                  "Presse-Agentur.\n\nDie Ministerin Eva Lind kam später. Die Schulen seien offen, erklärte sie "
                  "in einer Mitteilung.\n\nDer Trainer Ole Hahn war da. Der Platz war nass, sagte er dem Sender.",
           "de");
  q = expect_quote (&told, "Die Betten seien alle belegt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&told, q, "er", "Jan Roth");
  q = expect_quote (&told, "Die Schulen seien offen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&told, q, "sie", "Eva Lind");
  q = expect_quote (&told, "Der Platz war nass", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&told, q, "er", "Ole Hahn");
  g_assert_null (find_quote (&told, "der Deutschen Presse-Agentur"));
}

/* "Der Bürgermeister von Cochem, Walter Schmitz, zeigte sich enttäuscht.":
 * the name in apposition to the phrase that opens the sentence is its
 * subject, whom "er" after it means rather than the one who spoke last. */
static void
test_german_opening_apposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) app = { 0, };

  analyze (&app, "Bahnchef Karl Brandt äußerte sich knapp. „Wir tun, was wir können“, sagte er.\n\n"
                 "Der Landrat von Cochem, Paul Weiler, zeigte sich enttäuscht. Die Stadt sei auf die Bahn "
                 "angewiesen, sagte er.", "de");
  q = expect_quote (&app, "Wir tun, was wir können", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&app, q, "er", "Karl Brandt");
  q = expect_quote (&app, "Die Stadt sei auf die Bahn angewiesen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&app, q, "er", "Paul Weiler");
}

/* "Die Menschen seien längst gefragt worden, sagte sie": a verb in the
 * Konjunktiv ends a phrase, so the participle of a speech verb after it
 * is no cue with "Die Menschen seien längst" as its subject; the cue
 * after the comma reports the clause. */
static void
test_german_mood_ends_phrase (void)
{
  const QmFoundQuote *q;
  g_auto(Result) mood = { 0, };
  g_auto(Result) after = { 0, };

  analyze (&mood, "Die Ministerin Eva Lind blieb dabei. Die Bürger seien längst gefragt worden, sagte sie.", "de");
  q = expect_quote (&mood, "Die Bürger seien längst gefragt worden", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&mood, q, "sie", "Eva Lind");

  /* a Konjunktiv clause after the cue's comma is hers too, a quotation of
   * its own; not after a fronted phrase in the indicative */
  analyze (&after, "Die Ministerin Eva Lind blieb dabei. Die Bürger seien gefragt worden, sagte sie, nur wolle die "
                   "Partei die Antworten nicht hören.\n\nIn einer Rede, die live gesendet wurde, sagte Lind, man "
                   "werde kämpfen.", "de");
  q = expect_quote (&after, "nur wolle die Partei die Antworten nicht hören", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&after, q, "sie", "Eva Lind");
  q = expect_quote (&after, "man werde kämpfen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&after, q, "Lind", "Eva Lind");
  g_assert_null (find_quote (&after, "In einer Rede, die live gesendet wurde"));
}

/* A German interview labels the answers with the surname of the one
 * interviewed ("Vogel: Müde, aber glücklich."): the paragraph is theirs; a
 * capitalised noun before a colon that names no one met before is no
 * label ("Fazit: …"). */
static void
test_german_name_label (void)
{
  const QmFoundQuote *q;
  g_auto(Result) label = { 0, };
  g_auto(Result) answer = { 0, };

  analyze (&label, "Die Trainerin Katharina Vogel hat den Titel gewonnen.\n\nWie fühlen Sie sich?\n\n"
                   "Vogel: Müde, aber glücklich. Die letzten Kilometer waren hart.\n\n"
                   "Fazit: Der Lauf war schnell und das Wetter gut.", "de");
  q = expect_quote (&label, "Müde, aber glücklich. Die letzten Kilometer waren hart", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&label, q, "Vogel", "Katharina Vogel");
  g_assert_null (find_quote (&label, "Der Lauf war schnell und das Wetter gut"));

  /* in an answer, a clause with "dass" after a noun reports nothing of
   * that noun: all of it is the interviewee's */
  analyze (&answer, "Die Forscherin Eva Roth leitet das Institut.\n\nFrage: Was kommt nach dem Kaufhaus?\n\n"
                    "Antwort: Wohnungen. Eine Innenstadt lebt davon, dass Menschen dort wohnen.", "de");
  q = expect_quote (&answer, "Wohnungen. Eine Innenstadt lebt davon, dass Menschen dort wohnen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&answer, q, "Antwort", "Eva Roth");
  g_assert_null (find_quote (&answer, "dass Menschen dort wohnen"));
}

/* "ein 54-jähriger Autofahrer … Der 54-Jährige erklärte": an age told
 * before as the adjective of a plain noun is that one described, not the
 * latest person; after the age of someone named ("der 61-jährige Jonas
 * Pohl") the age stands for a person known, as before. */
static void
test_german_age_described (void)
{
  const QmFoundQuote *q;
  g_auto(Result) driver = { 0, };
  g_auto(Result) named = { 0, };

  analyze (&driver, "Laut Polizei hatte ein 54-jähriger Autofahrer einen Lastwagen überholt.\n\n"
                    "Kreisbrandmeister Ole Brandt lobte die Helfer. „Alle waren schnell da“, sagte er.\n\n"
                    "Der 54-Jährige erklärte, er sei müde gewesen.", "de");
  q = expect_quote (&driver, "er sei müde gewesen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&driver, q, "Der 54-Jährige", NULL);

  analyze (&named, "Der 61-jährige Jonas Pohl kam aus Kiel. Kreisbrandmeister Ole Brandt lobte die Helfer.\n\n"
                   "Der 61-Jährige erklärte, er sei müde gewesen.", "de");
  q = expect_quote (&named, "er sei müde gewesen", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&named, q, "Der 61-Jährige");
  g_assert_nonnull (person_name (&named, q));
}

/* "Im Interview spricht sie über Schmerzen, Zweifel und ihre Familie.":
 * after a capitalised noun and a comma, words with nothing in lower case
 * but articles, conjunctions and prepositions go on with a list — no
 * clause, so nothing reported; a clause with its verb still is. */
static void
test_german_list_after_cue (void)
{
  g_auto(Result) list = { 0, };
  const QmFoundQuote *q;

  analyze (&list, "Die Läuferin Eva Roth hat gewonnen. Im Interview spricht sie über Schmerzen, Zweifel und ihre "
                  "Familie.\n\nDer Trainer Ole Hahn sagte nach dem Spiel, die Mannschaft sei müde.", "de");
  g_assert_null (find_quote (&list, "Zweifel und ihre Familie"));
  q = expect_quote (&list, "die Mannschaft sei müde", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&list, q, "Der Trainer Ole Hahn", "Ole Hahn");
}

/* "„A“, sagte Gisela Brandt. Ihr Mann nickte. „B.“": a short sentence
 * without a cue right before a quotation of its own, whose subject is a
 * role, tells who speaks now; a longer sentence of the scene does not. */
static void
test_german_short_subject_before_quote (void)
{
  const QmFoundQuote *q;
  g_auto(Result) nod = { 0, };

  analyze (&nod, "„Endlich“, sagte die Rentnerin Gisela Brandt. Ihr Nachbar nickte. „Darauf haben wir gewartet.“\n\n"
                 "„Endlich“, sagte die Rentnerin Eva Holm. Die Sonne schien an diesem Tag über dem ganzen Fluss. "
                 "„Wir feiern heute.“", "de");
  q = expect_quote (&nod, "Darauf haben wir gewartet.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&nod, q, "Ihr Nachbar");
  q = expect_quote (&nod, "Wir feiern heute.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&nod, q), ==, "Eva Holm");
}

/* Common German given names tell the gender, so that "sie" and "er"
 * after a woman and a man named without a title find the right one. */
static void
test_german_given_names (void)
{
  const QmFoundQuote *q;
  g_auto(Result) names = { 0, };
  g_auto(Result) subject = { 0, };

  analyze (&names, "„Das ist falsch“, sagte Jutta Brinkmann. „Nein“, sagte Malte Ohm.\n\n"
                   "„Wir sehen uns vor Gericht“, sagte sie.\n\n„Gerne“, antwortete er.", "de");
  q = expect_quote (&names, "Wir sehen uns vor Gericht", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&names, q, "sie", "Jutta Brinkmann");
  q = expect_quote (&names, "Gerne", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&names, q, "er", "Malte Ohm");

  /* a name surely someone's (a listed given name) that opens a sentence
   * without a cue is a person, whom a pronoun or an epithet later means */
  analyze (&subject, "Lukas Hinterseer wirkte nach dem Spiel erschöpft. Er habe den Ball kaum getroffen, sagte der "
                     "Österreicher.", "de");
  q = expect_quote (&subject, "Er habe den Ball kaum getroffen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&subject, q, "der Österreicher", "Lukas Hinterseer");
}

static void
test_german_role_gender (void)
{
  const QmFoundQuote *q;
  g_auto(Result) gender = { 0, };

  analyze (&gender, "Der Trainer Paul Brenner war zufrieden. Die Ministerin Eva Lind kam später. Er sagte: „Wir haben "
                    "viel gelernt in diesem Jahr.“ Sie betonte, der Hafen habe eine Zukunft: „Wir bauen ihn bald "
                    "aus.“\n\nDie Vorsitzende Jana Holm kam auch. Sie sagte: „Wir bleiben dabei.“", "de");
  q = expect_quote (&gender, "Wir haben viel gelernt in diesem Jahr.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&gender, q, "Er", "Paul Brenner");
  q = expect_quote (&gender, "Wir bauen ihn bald aus.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&gender, q, "Sie", "Eva Lind");
  /* a role of either gender tells none: the pronoun takes the latest */
  q = expect_quote (&gender, "Wir bleiben dabei.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&gender, q, "Sie", "Jana Holm");
}

/* "Lind sagte: „…“ ¶ Frau Berg besuchte …. ¶ „…“, sagte sie": a person of
 * the pronoun's gender who opened a sentence since the latest speaker is
 * the one the pronoun means; one of the other gender is not. */
static void
test_german_newer_subject_gender (void)
{
  const QmFoundQuote *q;
  g_auto(Result) newer = { 0, };

  analyze (&newer, "Die Ministerin Eva Lind eröffnete am Montag die neue Brücke. „Sie ist ein großer Gewinn für die Stadt“, sagte sie.\n\n"
                   "Frau Berg besuchte am Dienstag die Schule am Fluss.\n\n"
                   "„Die Schule braucht mehr Lehrer“, sagte sie.\n\n"
                   "Der Direktor Karl Stein besuchte am Mittwoch den Hafen.\n\n"
                   "„Der Hafen braucht mehr Kräne“, sagte sie.", "de");
  q = expect_quote (&newer, "Sie ist ein großer Gewinn für die Stadt", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&newer, q, "sie", "Eva Lind");
  q = expect_quote (&newer, "Die Schule braucht mehr Lehrer", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&newer, q, "sie", "Berg");
  q = expect_quote (&newer, "Der Hafen braucht mehr Kräne", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&newer, q, "sie", "Berg");
}

/* English too: a newer subject of the pronoun's gender ("Mrs. Berg
 * visited …") goes before the latest speaker, with or without a language
 * file that lists endings of women's roles ("actress"); the rule no longer
 * depends on those endings (it did, when it was German only). */
static void
test_newer_subject_german_only (void)
{
  const char *text = "Eva Lind said on Monday that the new bridge was a great gain for the town.\n\n"
                     "Mrs. Berg visited the school by the river on Tuesday.\n\n"
                     "“The school needs more teachers,” she said.";
  g_autoptr(QmLang) lang = english_with ("male-titles", "male-titles=Mr.;Mr;Sir\nfemale-role-endings=ess");
  g_auto(Result) plain = { 0, };
  g_auto(Result) endings = { 0, };
  const QmFoundQuote *q;

  analyze (&plain, text, "en");
  q = expect_quote (&plain, "The school needs more teachers,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&plain, q, "she", "Berg");
  analyze_with (&endings, lang, text);
  q = expect_quote (&endings, "The school needs more teachers,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&endings, q, "she", "Berg");
}

/* "Weber lobte die Arbeit: „…“": the subject that opens the sentence
 * speaks, the phrase after the verb is its object; a fronted object ("Den
 * Plan lobte der Minister") leaves the subject after the verb. */
static void
test_german_colon_object (void)
{
  const QmFoundQuote *q;
  g_auto(Result) object = { 0, };

  analyze (&object, "Weber lobte die Arbeit der Helfer: „Ohne sie hätten wir das nicht geschafft, vielen Dank.“\n\n"
                    "Den Plan lobte der Minister: „Das ist ein wichtiger Schritt für die ganze Region.“\n\n"
                    "Die Opposition kritisierte den Beschluss scharf: „Das ist ein schwerer Fehler der Regierung.“",
           "de");
  q = expect_quote (&object, "Ohne sie hätten wir das nicht geschafft, vielen Dank.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&object, q, "Weber");
  q = expect_quote (&object, "Das ist ein wichtiger Schritt für die ganze Region.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&object, q, "der Minister");
  q = expect_quote (&object, "Das ist ein schwerer Fehler der Regierung.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&object, q, "Die Opposition");
}

/* "Als Beispiel nannte der Schiedsrichter …": a phrase that a
 * conjunction opens is fronted, and the phrase after the verb that a
 * determiner of the nominative opens is the subject, even one that names
 * no known role. */
static void
test_german_fronted_as (void)
{
  const QmFoundQuote *q;
  g_auto(Result) as = { 0, };

  analyze (&as, "Als Beispiel nannte der Schiedsrichter das Spiel in Leipzig. Der Betreuer habe jedem Geld "
                "gegeben, „um uns ein wenig zu vergnügen“.", "de");
  q = expect_quote (&as, "um uns ein wenig zu vergnügen", QM_QUOTE_KIND_DIRECT);
  expect_mention (&as, q, "der Schiedsrichter");
}

/* "Danach fuhr sie nach Leipzig. „…“": a personal pronoun after a fronted
 * adverb and the verb is the subject a quotation after the sentence
 * carries, as a name is. */
static void
test_german_fronted_pronoun_subject (void)
{
  const QmFoundQuote *q;
  g_auto(Result) fronted = { 0, };

  analyze (&fronted, "Die Ministerin Eva Lind kam am Montag nach Halle.\n\nDanach fuhr sie nach Leipzig. „Auch hier "
                     "wollen wir viele neue Stellen schaffen.“", "de");
  q = expect_quote (&fronted, "Auch hier wollen wir viele neue Stellen schaffen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&fronted, q, "sie", "Eva Lind");
}

/* "Der Vorstandschef der Firma, Klaus Weber, verteidigte …", "Klaus Weber,
 * der Chef der Firma, verteidigte …": a sentence without a speech verb
 * whose subject is a name with a role in apposition hands that person to
 * the quotation after it, and the Konjunktiv after it. */
static void
test_german_apposition_subject (void)
{
  const QmFoundQuote *q;
  g_auto(Result) role_first = { 0, };
  g_auto(Result) name_first = { 0, };

  analyze (&role_first, "Der Vorstandschef der Firma, Klaus Weber, verteidigte die Preise. „Wir müssen in das Netz "
                        "investieren, sonst bricht es zusammen.“", "de");
  q = expect_quote (&role_first, "Wir müssen in das Netz investieren, sonst bricht es zusammen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&role_first, q, "Klaus Weber", "Klaus Weber");

  analyze (&name_first, "Klaus Weber, der Chef der Firma, verteidigte die Preise. „Wir müssen in das Netz "
                        "investieren, sonst bricht es zusammen.“", "de");
  q = expect_quote (&name_first, "Wir müssen in das Netz investieren, sonst bricht es zusammen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&name_first, q, "Klaus Weber", "Klaus Weber");
}

/* "Auch der Sprecher der Fraktion, Dieter Weber, will „…“, ob …
 * solle": a Konjunktiv sentence without a cue whose own subject (a person,
 * a role or an organisation) opens its main clause before the quoted words
 * is that subject's, not the last speaker's; the Konjunktiv sentence
 * without a subject of its own still carries the last speaker. */
static void
test_german_mood_own_subject (void)
{
  const QmFoundQuote *q;
  g_auto(Result) own = { 0, };

  analyze (&own, "Die Ministerin Eva Lind sagte, ein Verbot sei möglich. Sie rechne mit einer raschen Einigung.\n\n"
                 "Auch der Sprecher der Fraktion im Landtag, Dieter Weber, will „in den kommenden Wochen noch "
                 "einmal genau prüfen“, ob ein neuer Antrag gestellt werden solle.", "de");
  q = expect_quote (&own, "Sie rechne mit einer raschen Einigung", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&own, q, "Die Ministerin Eva Lind", "Eva Lind");
  q = expect_quote (&own, "in den kommenden Wochen noch einmal genau prüfen", QM_QUOTE_KIND_DIRECT);
  expect_mention (&own, q, "der Sprecher");
}

/* "Theo Berg, Präsident des Verbands (DFB) nannte …": an apposition of a
 * role and its genitives that lacks its closing comma (with a party in
 * parentheses or not) leaves the name that opens the sentence the subject;
 * the naming verb's object is no speaker. */
static void
test_german_open_apposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) party = { 0, };
  g_auto(Result) plain = { 0, };

  analyze (&party, "Theo Berg, Präsident des Segelverbands (DSV) nannte die Bewerbung der Stadt „sehr respektabel“.", "de");
  q = expect_quote (&party, "sehr respektabel", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&party, q, "Theo Berg", "Theo Berg");

  analyze (&plain, "Eva Lind, Sprecherin der Reederei sagte am Abend, die Fähre sei „nicht mehr sicher“.", "de");
  q = expect_quote (&plain, "die Fähre sei „nicht mehr sicher“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&plain, q, "Eva Lind", "Eva Lind");
}

/* "Viele sagen, …", "Einige vertreten die Auffassung, …": a determiner
 * that stands for people opens the sentence before a verb in lower case:
 * the subject of the cue, or the holder of the view; "befände" is a
 * Konjunktiv of reported speech. */
static void
test_german_people_determiner (void)
{
  const QmFoundQuote *q;
  g_auto(Result) say = { 0, };
  g_auto(Result) view = { 0, };

  analyze (&say, "Viele sagen, die Fähre sei „zu alt“.", "de");
  q = expect_quote (&say, "die Fähre sei „zu alt“", QM_QUOTE_KIND_MIXED);
  expect_mention (&say, q, "Viele");

  analyze (&view, "Einige vertreten die Auffassung, die Mole befände sich in einem „schlechten Zustand“.", "de");
  q = expect_quote (&view, "die Mole befände sich in einem „schlechten Zustand“", QM_QUOTE_KIND_MIXED);
  expect_mention (&view, q, "Einige");
}

/* "Die Studie zeige, dass …": a verb in the Konjunktiv before ", dass"
 * is no cue of its subject; the sentence reports what the last speaker
 * said, and the words quoted in it are that speaker's. */
static void
test_german_mood_complement (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "„Ich halte das für richtig“, sagte Eva Lind. Die Studie zeige, dass die Gebühren „kaum abschrecken“.", "de");
  q = expect_quote (&r, "kaum abschrecken", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Eva Lind", "Eva Lind");
  q = expect_quote (&r, "Die Studie zeige, dass die Gebühren „kaum abschrecken“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Eva Lind", "Eva Lind");
}

/* "„…“, sagte Eva Lind. Die Lage sei …": a cue after a quotation hands its
 * speaker to the Konjunktiv sentences after it in the same paragraph, also
 * in an article's first paragraph of speech. */
static void
test_german_mood_after_quote_cue (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "„Ich halte Gebühren für richtig“, sagte Eva Lind. Die Beiträge stärkten die Schulen. Die Analyse "
               "zeige vielmehr, „dass die Gebühren kaum abschrecken“.", "de");
  q = expect_quote (&r, "dass die Gebühren kaum abschrecken", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Eva Lind", "Eva Lind");
  q = expect_quote (&r, "Die Analyse zeige vielmehr, „dass die Gebühren kaum abschrecken“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Eva Lind", "Eva Lind");
}

/* "Die Ministerin Eva Lind sagte, …. Einige vertreten die Auffassung, ….
 * Die Fähre sei „…“": a Konjunktiv sentence without a cue carries the
 * latest mention, also of no known person, rather than the person named
 * before it. */
static void
test_german_mood_latest_mention (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Ministerin Eva Lind sagte, der Hafen sei sicher. Einige vertreten die Auffassung, die Mole "
               "befände sich in einem schlechten Zustand. Die Fähre sei „längst zu alt“.", "de");
  q = expect_quote (&r, "der Hafen sei sicher", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Die Ministerin Eva Lind", "Eva Lind");
  q = expect_quote (&r, "Die Fähre sei „längst zu alt“", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Einige");
  q = expect_quote (&r, "längst zu alt", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Einige");
}

/* "In der Zeitung erschien ein Kommentar, der den Plan als „…“
 * bezeichnet, dem … fehle": in a Konjunktiv sentence that carries the last
 * speaker, a name given in a relative clause whose subject is its pronoun
 * is still the words of the phrase before the comma. */
static void
test_german_mood_relative_namer (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "„Wir sind enttäuscht“, sagte Eva Lind. In der Zeitung erschien ein Kommentar, der den Plan als "
               "„teuren Unsinn“ bezeichnet, dem jede Grundlage fehle.", "de");
  q = expect_quote (&r, "teuren Unsinn", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "ein Kommentar");
}

/* "„A“, schrieb Lena Berg, die den Auftritt kaum erwarten könne, um „B“": a
 * quotation without a cue later in the sentence of a quotation whose cue
 * named its speaker is that speaker's too. */
static void
test_german_sentence_speaker_goes_on (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "„Das wird ein großer Abend“, schrieb die Sängerin Lena Berg, die den Auftritt kaum erwarten "
               "könne, um „zu zeigen, was wir können“.", "de");
  q = expect_quote (&r, "Das wird ein großer Abend", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die Sängerin Lena Berg");
  q = expect_quote (&r, "zu zeigen, was wir können", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die Sängerin Lena Berg");
  g_assert_cmpint (q->person, >=, 0);
}

/* "Das Staatsoberhaupt Dänemarks, die Königin Margrethe II., bat …, ihre
 * „…“": a sentence without a cue whose subject opens it with a role or a
 * name in apposition between commas (a capitalised genitive, a numeral with
 * a point) before the verb speaks the quoted words. */
static void
test_german_subject_apposition_commas (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Das Staatsoberhaupt Dänemarks, die Königin Margrethe II., bat den Minister, ihre „tiefe "
               "Anteilnahme den Familien zu übermitteln“.", "de");
  q = expect_quote (&r, "tiefe Anteilnahme den Familien zu übermitteln", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Das Staatsoberhaupt Dänemarks");
}

/* "…, wie Roth der Zeitung sagte.": a clause that a conjunction opens after
 * a comma and that ends with the speech verb reports the words before the
 * comma; a quotation among them makes them a mixed quotation. */
static void
test_german_trailing_wie_cue (void)
{
  const QmFoundQuote *q;
  g_auto(Result) wie = { 0, };

  analyze (&wie, "Der Trainer hat jedem Spieler eine Prämie gezahlt, wie Roth am Montag sagte.\n\n"
                 "Der Trainer hat die Prämie gezahlt „um die Spieler zu motivieren“, wie Roth berichtete.", "de");
  q = expect_quote (&wie, "Der Trainer hat jedem Spieler eine Prämie gezahlt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&wie, q, "Roth", "Roth");
  q = expect_quote (&wie, "Der Trainer hat die Prämie gezahlt „um die Spieler zu motivieren“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&wie, q, "Roth", "Roth");
}

/* "Am Abend sagte der Sprecher der Stadt: „…“": the genitive after the
 * subject that follows the verb belongs to the subject and is no reported
 * content of its own. */
static void
test_german_inverted_genitive (void)
{
  const QmFoundQuote *q;
  g_auto(Result) genitive = { 0, };

  analyze (&genitive, "Am Abend sagte eine Sprecherin der Stadt: „Die Straße wird am Freitag wieder freigegeben.“",
           "de");
  g_assert_cmpuint (genitive.analysis->quotes->len, ==, 1);
  q = expect_quote (&genitive, "Die Straße wird am Freitag wieder freigegeben.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&genitive, q, "eine Sprecherin");
}

/* "„…“, erklärten sie": "sie" next to a verb with a plural ending is a
 * group, not the latest woman; next to a singular verb it is her. */
static void
test_german_plural_pronoun (void)
{
  const QmFoundQuote *q;
  g_auto(Result) plural = { 0, };

  analyze (&plural, "Die Ministerin Eva Lind legte am Montag ein Angebot vor. „Mehr können wir nicht zahlen“, "
                    "sagte sie.\n\nDie Gewerkschaften lehnten das Angebot ab. „Das reicht bei weitem nicht "
                    "aus“, erklärten sie.\n\n„Wir bleiben bei unserem Angebot“, betonte sie.", "de");
  q = expect_quote (&plural, "Mehr können wir nicht zahlen", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&plural, q, "sie", "Eva Lind");
  q = expect_quote (&plural, "Das reicht bei weitem nicht aus", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&plural, q, "sie", NULL);
  q = expect_quote (&plural, "Wir bleiben bei unserem Angebot", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&plural, q, "sie", "Eva Lind");
}

/* „A“, so letztere. „B“ — a quotation without a cue after one whose
 * speaker is a mention of no known person carries that mention. */
static void
test_german_mention_carries (void)
{
  const QmFoundQuote *q;
  g_auto(Result) carry = { 0, };

  analyze (&carry, "Der Verein und die Stiftung luden zum Fest am Fluss ein. „Das wird ein schöner Abend“, so "
                   "letztere. „Wir fangen gleich morgen früh damit an.“", "de");
  q = expect_quote (&carry, "Das wird ein schöner Abend", QM_QUOTE_KIND_DIRECT);
  expect_mention (&carry, q, "letztere");
  q = expect_quote (&carry, "Wir fangen gleich morgen früh damit an.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&carry, q, "letztere");
}

/* „A“, sagte Eva Lind. Als „…“ beurteilte ein Sprecher des Verbands den
 * Plan. „B.“ — a quotation without a cue after an attribution to someone
 * else (here a speaker described by role and organisation) goes on from
 * that mention, not from the person who spoke before it. */
static void
test_german_carry_later_mention (void)
{
  const QmFoundQuote *q;
  g_auto(Result) carry = { 0, };

  analyze (&carry, "„Der Hafen ist viel zu klein“, sagte Eva Lind. Als „teuren Irrweg“ beurteilte ein Sprecher des "
                   "Verbands den Plan. „Wir werden dagegen klagen, so lange es nötig ist.“", "de");
  q = expect_quote (&carry, "Der Hafen ist viel zu klein", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&carry, q, "Eva Lind", "Eva Lind");
  q = expect_quote (&carry, "Wir werden dagegen klagen, so lange es nötig ist.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&carry, q, "ein Sprecher");
  g_assert_cmpstr (person_name (&carry, q), ==, "Sprecher des Verbands");
}

/* "den Botschafter Michael Winter", "Der Kapitän des Teams, Lars Jung," —
 * titles and roles of the news (de.ini) make a person whom "er" and the
 * role noun find. */
static void
test_german_more_titles (void)
{
  const QmFoundQuote *q;
  g_auto(Result) titles = { 0, };

  analyze (&titles, "Die Ministerin Petra Koch traf am Montag den Botschafter Michael Winter. Er sagte: „Wir sind gute "
                    "Partner in Europa.“\n\nDer Kapitän des Teams, Lars Jung, war nach dem Sieg erleichtert: „Wir haben "
                    "es geschafft.“", "de");
  q = expect_quote (&titles, "Wir sind gute Partner in Europa.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&titles, q, "Er", "Michael Winter");
  q = expect_quote (&titles, "Wir haben es geschafft.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&titles, q), ==, "Lars Jung");
}

/* "Der 48-Jährige sagte am Abend: „…“", "…“, sagte die 31-Jährige." — a
 * number and a role after its hyphen (de.ini roles: jährige) is the
 * subject of the cue and stands for the person told of last. */
static void
test_german_age_noun (void)
{
  const QmFoundQuote *q;
  g_auto(Result) age = { 0, };

  analyze (&age, "Der Trainer Jens Albers war nach dem Spiel enttäuscht. Der 48-Jährige sagte am Abend: „Die Abwehr "
                 "war viel zu langsam.“\n\nDie Sängerin Lea Martens trat in Wien auf. „Ich liebe dieses Publikum“, "
                 "sagte die 31-Jährige.", "de");
  q = expect_quote (&age, "Die Abwehr war viel zu langsam.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&age, q, "Der 48-Jährige", "Jens Albers");
  q = expect_quote (&age, "Ich liebe dieses Publikum", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&age, q, "die 31-Jährige", "Lea Martens");
}

/* "Es hieß: „…“", "Darin heißt es: „…“", "So heißt es in der Mitteilung
 * des Vereins wörtlich: „…“" — a quotation after the colon that ends the
 * cue's clause is one direct quotation (no mixed twin), and the place of
 * "heißt es" (written-verbs) is its source. */
static void
test_german_heisst_es_colon (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Über die Ursache war zunächst nichts bekannt. Es hieß: „Die Lage ist noch unübersichtlich.“\n\n"
               "Der Bericht kommt zu einem klaren Ergebnis. Darin heißt es: „Die Wälder sind krank.“\n\n"
               "Der Verein schweigt. So heißt es in der Mitteilung des Vereins wörtlich: „Wir bedauern den Vorfall.“",
           "de");
  for (guint k = 0; k < r.analysis->quotes->len; k++)
    g_assert_cmpint (g_array_index (r.analysis->quotes, QmFoundQuote, k).kind, ==, QM_QUOTE_KIND_DIRECT);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 3);
  q = expect_quote (&r, "Die Lage ist noch unübersichtlich.", QM_QUOTE_KIND_DIRECT);
  q = expect_quote (&r, "Die Wälder sind krank.", QM_QUOTE_KIND_DIRECT);
  q = expect_quote (&r, "Wir bedauern den Vorfall.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der Mitteilung");
}

/* "Dem „Tagesblatt“ sagte Jana Roth: „…“", "Dem „Tagesblatt“ sagte Jana
 * Roth, …" — a newspaper's name in marks after a fronted dative is the
 * object: the subject follows the verb, and the name is no quotation
 * before a cue after it. */
static void
test_german_fronted_quoted_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Pläne stoßen auf Kritik. Dem „Tagesblatt“ sagte Jana Roth: „Das ist unsozial.“\n\n"
               "Die Pläne stoßen auf Kritik. Dem „Abendkurier“ sagte Tom Weber, der Plan sei unsozial.", "de");
  q = expect_quote (&r, "Das ist unsozial.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Jana Roth", "Jana Roth");
  q = expect_quote (&r, "der Plan sei unsozial", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Weber", "Tom Weber");
}

/* "„…“, sagte Anna Voss. „Wir müssen handeln.“ Und weiter: „Niemand bleibt
 * zurück.“" — a short sentence of its own in marks is a quotation, no
 * scare quote, and it carries the speaker before it, as does one after
 * "Und weiter:". */
static void
test_german_short_sentence_quote (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Lage am Deich ist ernst. „Das Wasser steigt weiter“, sagte Anna Voss. „Wir müssen handeln.“ Und "
               "weiter: „Niemand bleibt zurück.“ Und weiter: „Die Helfer aus den Nachbarorten sind schon unterwegs.“\n\n"
               "„Das wird eine lange Nacht.“", "de");
  q = expect_quote (&r, "Wir müssen handeln.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Anna Voss", "Anna Voss");
  q = expect_quote (&r, "Niemand bleibt zurück.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Anna Voss", "Anna Voss");
  q = expect_quote (&r, "Die Helfer aus den Nachbarorten sind schon unterwegs.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Anna Voss", "Anna Voss");
  q = expect_quote (&r, "Das wird eine lange Nacht.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Anna Voss", "Anna Voss");
}

/* "Die Sprecherin der Stadt, Eva Horn, bestätigte …  „…“, sagte die
 * Sprecherin." — a capitalised role and its genitives before a name in
 * commas is the person's role, which the role noun finds; not "sehe er,
 * Köhler," after a role in another phrase. */
static void
test_german_role_apposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Sprecherin der Stadt, Eva Horn, bestätigte den Brand am Hafen. „Niemand wurde verletzt“, sagte die "
               "Sprecherin.\n\nZu der Einschätzung des Kanzlers sehe er, Paul Roth, keine Alternative. „Wir müssen "
               "jetzt handeln“, sagte der Kanzler.", "de");
  q = expect_quote (&r, "Niemand wurde verletzt", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die Sprecherin", "Eva Horn");
  q = expect_quote (&r, "Wir müssen jetzt handeln", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), !=, "Paul Roth");
}

/* "Der Trainer Jens Albers war nach dem Spiel bedient. ¶ „…“" — a person
 * named as the subject of a paragraph's last sentence, without a speech
 * verb, speaks in a quotation that opens the next paragraph. */
static void
test_german_subject_then_quote_paragraph (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Trainer Jens Albers war nach dem Spiel bedient.\n\n„So kann man in der Liga nicht verteidigen. "
               "Wir müssen viel besser werden.“\n\nDer Verein will nun reagieren.", "de");
  q = expect_quote (&r, "So kann man in der Liga nicht verteidigen. Wir müssen viel besser werden.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jens Albers");
}

/* "Ihr Fazit: „…“", "Seine Kritik galt vor allem der Abwehr: „…“" — a
 * possessive (male-possessives, female-possessives) before a noun that
 * names no one stands for the latest person of its gender. */
static void
test_german_possessive_speaker (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Ministerin Eva Lind besuchte am Montag die Schule am Hafen. Ihr Fazit: „Hier wird hervorragende "
               "Arbeit geleistet.“\n\nDer Trainer Jens Albers war nach dem Spiel bedient. Seine Kritik galt vor allem "
               "der Abwehr: „So kann man in der Liga nicht verteidigen.“", "de");
  q = expect_quote (&r, "Hier wird hervorragende Arbeit geleistet.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ihr Fazit", "Eva Lind");
  q = expect_quote (&r, "So kann man in der Liga nicht verteidigen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Seine Kritik", "Jens Albers");
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Seine", 5) & QM_ROLE_MALE_POSSESSIVE);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "ihrem", 5) & QM_ROLE_FEMALE_POSSESSIVE);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("de", NULL), "Seine", 5) & QM_ROLE_FEMALE_POSSESSIVE);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "his", 3) & QM_ROLE_MALE_POSSESSIVE);
}

/* "Er sagte: „…“" after "A stritt mit seinem Kollegen B.": the pronoun
 * goes on with the sentence's subject, not with the man named after it
 * as an object; one named in a sentence of his own stays the latest. */
static void
test_german_pronoun_subject_over_object (void)
{
  const QmFoundQuote *q;

  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Thomas Klein stritt am Abend mit seinem Kollegen Uwe Hahn. Er sagte: „Ich bin müde.“", "de");
    q = expect_quote (&r, "Ich bin müde.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Er", "Thomas Klein");
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Thomas Klein stritt am Abend mit seinem Kollegen. Uwe Hahn ging nach Hause. Er sagte: „Ich bin müde.“",
             "de");
    q = expect_quote (&r, "Ich bin müde.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Er", "Uwe Hahn");
  }
}

/* A paragraph of Konjunktiv with quoted words, carried for the latest
 * speaker, carries the speaker on to the paragraph after it; one without
 * quoted words does not. A quotation that opens a sentence after a
 * sentence reported for the speaker is theirs too. */
static void
test_german_reported_paragraphs_go_on (void)
{
  const QmFoundQuote *q;

  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Bürgermeister Karl Lind hat den Haushalt vorgestellt. Das teilte er am Abend mit.\n\n"
                 "Angesichts der Lage sei ein Sparkurs notwendig, der sich auf „eine breite Mehrheit im Rat“ stützen "
                 "könne.\n\nNach langer Prüfung sei er zu dem Schluss gekommen, dass es keine andere Wahl gebe. "
                 "„Ich bin davon überzeugt, dass das richtig ist.“", "de");
    q = expect_quote (&r, "Nach langer Prüfung sei er zu dem Schluss gekommen, dass es keine andere Wahl gebe",
                      QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Karl Lind");
    q = expect_quote (&r, "Ich bin davon überzeugt, dass das richtig ist.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Karl Lind");
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Bürgermeister Karl Lind hat den Haushalt vorgestellt. Das teilte er am Abend mit.\n\n"
                 "Angesichts der Lage sei ein Sparkurs notwendig.\n\n"
                 "Nach langer Prüfung sei er zu dem Schluss gekommen, dass es keine andere Wahl gebe.", "de");
    g_assert_null (find_quote (&r, "Nach langer Prüfung sei er zu dem Schluss gekommen, dass es keine andere Wahl gebe"));
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Bürgermeister Karl Lind hat den Haushalt vorgestellt. Das teilte er am Abend mit.\n\n"
                 "Die Lage sei ernst. „Wir müssen sparen.“", "de");
    q = expect_quote (&r, "Wir müssen sparen.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Karl Lind");
  }
}

/* "Die Anwendung des Dekrets sei so beschränkt, dass …": a subject with
 * its genitive before a Konjunktiv speaks no "dass" clause of its own;
 * the sentence reports what the latest speaker said. */
static void
test_german_mood_after_genitive_subject (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Minister Tom Berg verteidigte den Erlass. Er betonte, das Kabinett habe jedem Artikel zugestimmt. "
               "Die Geltung des Erlasses sei zudem in der Weise begrenzt, dass nur zwei Provinzen betroffen seien.", "de");
  q = expect_quote (&r, "Die Geltung des Erlasses sei zudem in der Weise begrenzt, dass nur zwei Provinzen betroffen seien",
                    QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Berg");
}

/* "Berg hatte Fehler eingeräumt. Er hatte aber gesagt, …": with no one of
 * the pronoun's gender known, a name of no known gender that opened a
 * sentence before it in the paragraph is meant; one named after a
 * determiner or inside a sentence is not. */
static void
test_german_pronoun_to_subject_of_unknown_gender (void)
{
  const QmFoundQuote *q;

  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Die Kommission der Hochschule kann ihr Ergebnis nicht veröffentlichen. Brenner hatte zwar Fehler "
                 "eingeräumt. Er hatte aber ebenfalls gesagt, es sei ihm „ein Anliegen, alles aufzuklären“.", "de");
    q = expect_quote (&r, "ein Anliegen, alles aufzuklären", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Er", "Brenner");
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Die Kommission kann ihr Ergebnis nicht veröffentlichen, weil Brenner das verhindert. Er hatte aber "
                 "auch gesagt, es sei ihm „ein Anliegen, alles aufzuklären“.", "de");
    q = expect_quote (&r, "ein Anliegen, alles aufzuklären", QM_QUOTE_KIND_DIRECT);
    g_assert_null (person_name (&r, q));
  }
}

/* "Eva Lind („Das ist verdient.“)": a sentence in marks in parentheses
 * right after a name is the words of the one named; a short name given
 * there is not ("Tom Berg („Der Bomber.“)"). */
static void
test_german_parenthesis_after_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Gratuliert haben auch Eva Lind („Das ist verdient.“) und Karl Ott („Wir freuen uns sehr.“). Der "
               "Stürmer Tom Berg („Der Bomber.“) fehlte.", "de");
  q = expect_quote (&r, "Das ist verdient.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Eva Lind", "Eva Lind");
  q = expect_quote (&r, "Wir freuen uns sehr.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Karl Ott", "Karl Ott");
  expect_quote (&r, "Der Bomber.", QM_QUOTE_KIND_SCARE);
}

/* "Die Polizei hegt den Verdacht, …", "Die von X geäußerte Hoffnung, …":
 * nouns of suspicion and hope are content-words too. */
static void
test_german_suspicion_and_hope (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Polizei hegt den Verdacht, der Fahrer habe das Geld genommen. Die von Karl Ott geäußerte "
               "Hoffnung, sein Laden werde bald wieder öffnen, erfüllte sich nicht.", "de");
  q = expect_quote (&r, "der Fahrer habe das Geld genommen", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Die Polizei");
  q = expect_quote (&r, "sein Laden werde bald wieder öffnen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Karl Ott");
}

/* A quotation that opens a sentence after a sentence of the reporter's
 * that names no one (no pronoun, role, title, speech verb, given name or
 * known person) goes on with the speaker of the paragraph before; after
 * a sentence that names someone it does not. */
static void
test_german_quotation_after_narration (void)
{
  const QmFoundQuote *q;

  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Teamchef Jean Lund stellt sich vor seinen Fahrer: „Er ist immer noch der Beste.“\n\n"
                 "Doch vor finanziellen Sorgen scheint das Team nicht zu stehen. „Wir haben neue Verträge "
                 "abgeschlossen.“", "de");
    q = expect_quote (&r, "Wir haben neue Verträge abgeschlossen.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Jean Lund");
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Teamchef Jean Lund stellt sich vor seinen Fahrer: „Er ist immer noch der Beste.“\n\n"
                 "Doch der Fahrer Max Ott scheint das anders zu sehen. „Wir haben neue Verträge abgeschlossen.“", "de");
    q = expect_quote (&r, "Wir haben neue Verträge abgeschlossen.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), !=, "Jean Lund");
  }
}

/* "Das Fazit Bergs: „…“": a known person's surname in the genitive (its
 * "s" no part of the name) after a noun for words is that person. */
static void
test_german_genitive_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Kanzlerin Anna Berg besuchte am Montag die Werft. Das Fazit Bergs: „Hier geht es voran.“", "de");
  q = expect_quote (&r, "Hier geht es voran.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Berg");
}

/* "Die Opposition kritisierte ihn. „…“, sagte der SPD-Politiker." — a
 * word with a feminine noun's ending (feminine-noun-endings) taken for a
 * name is no man a man's role stands for. */
static void
test_german_feminine_noun_no_man (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Bürgermeister Karl Ott (SPD) lobte den Plan. Die Opposition kritisierte ihn. „Das ist gut für "
               "alle“, sagte der SPD-Politiker.", "de");
  q = expect_quote (&r, "Das ist gut für alle", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der SPD-Politiker", "Karl Ott");
}

/* "Damals warnte Ott vor den „…“": after a topic preposition and a
 * definite article, quoted words are the speaker's, not a name; "las in
 * der „Zeitung“" stays one. */
static void
test_german_topic_after_article (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Damals warnte Ott vor den „Lohnverzichtstheorien“.\n\nLind warnte vor der „Krise“.\n\nBerg las in der "
               "„Zeitung“.", "de");
  q = expect_quote (&r, "Lohnverzichtstheorien", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ott");
  q = expect_quote (&r, "Krise", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Lind");
  expect_quote (&r, "Zeitung", QM_QUOTE_KIND_SCARE);
}

/* "„…“, sagte der Finanzexperte.": a role of either gender
 * (unmarked-role-endings) that no one has takes the gender of its article
 * and stands for the person of that gender named just before. */
static void
test_german_unmarked_role_article_gender (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der frühere Finanzminister Karl Ott (SPD) hat am Montag seinen Rücktritt erklärt. „Es war Zeit“, "
               "sagte der Finanzexperte.", "de");
  q = expect_quote (&r, "Es war Zeit", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Finanzexperte", "Karl Ott");
}

/* "Die Äußerungen bezeichnete Ott als „…“": a noun in the plural
 * (plural-noun-endings) before a verb in the singular is no subject, the
 * name after the verb is; "Die Kommission bezeichnete Ott als „…“" keeps
 * its subject. */
static void
test_german_plural_before_singular_verb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Äußerungen bezeichnete Ott als „großen Unsinn“.\n\nDie Kommission bezeichnete Lind als "
               "„große Lügnerin“.", "de");
  q = expect_quote (&r, "großen Unsinn", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ott");
  q = expect_quote (&r, "große Lügnerin", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Die Kommission");
}

/* "fordert eine „Wende für die Belegschaft“": German capitalises its
 * nouns, so after an article that is no definite one the quoted words are
 * no title in title case but what was said; a name in marks after a
 * preposition stays a name. */
static void
test_german_noun_phrase_no_title (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Ott fordert eine „Wende für die Belegschaft“.\n\nDarin sieht der Minister einen „Angriff auf die "
               "Belegschaft“.\n\nLind spendete an „Brot für die Welt“.", "de");
  q = expect_quote (&r, "Wende für die Belegschaft", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ott");
  q = expect_quote (&r, "Angriff auf die Belegschaft", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der Minister");
  expect_quote (&r, "Brot für die Welt", QM_QUOTE_KIND_SCARE);
}

/* "In der Erklärung wird gefordert, …": a passive of speech without an
 * agent reports for the writing the words stand in (a place preposition
 * before a source noun or a content word), not for a place. */
static void
test_german_passive_in_writing (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "In der Erklärung wird gefordert, dass die Regierung „sofort handelt“.\n\nSo wird in einem Bericht "
               "betont, die Lage sei „sehr ernst“.\n\nIn Berlin wurde betont, die Lage sei „nicht ernst“.", "de");
  q = expect_quote (&r, "sofort handelt", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der Erklärung");
  q = expect_quote (&r, "sehr ernst", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "einem Bericht");
  q = expect_quote (&r, "nicht ernst", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->speaker.start, <, 0);
}

/* "X fragte den Bürgermeister Y nach …. Die Antwort: „…“" — an answer
 * noun (answer-nouns) after a definite article is the one asked, the
 * object of the asking verb (asking-verbs), also after a subject that
 * follows the verb. */
static void
test_german_answer_of_the_asked (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Reporterin fragte den Bürgermeister Karl Weber nach den Kosten des Umbaus. Die Antwort: "
               "„Das wissen wir noch nicht.“\n\nAm Montag fragte die Zeitung die Ministerin Eva Lind nach dem Plan. "
               "Die Antwort: „Wir warten ab.“", "de");
  q = expect_quote (&r, "Das wissen wir noch nicht.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Antwort", "Karl Weber");
  q = expect_quote (&r, "Wir warten ab.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Antwort", "Eva Lind");
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Antwort", 7) & QM_ROLE_ANSWER_NOUN);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "fragte", 6) & QM_ROLE_ASKING_VERB);
}

/* "Der Vermieter Jan Roth": a noun no list holds between a determiner and
 * a given name is the person's role, no part of the name, and "der
 * Vermieter" later finds him; "Detlef Roth vom Fahrgastverband Pro Bahn"
 * is Detlef Roth (name-places), "Richard von Weizsäcker" keeps his "von". */
static void
test_german_role_and_organisation_off_the_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Vermieter Jan Roth hält die Miete für angemessen. Die Mieterin Eva Lind widerspricht. „Wir haben "
               "seit zehn Jahren nicht erhöht“, sagte der Vermieter.\n\nDetlef Neumann vom Fahrgastverband Pro Bahn "
               "kritisierte die Pläne: „Das ist ein schlechter Tag für Pendler.“ Später sagte Richard von Weizsäcker: "
               "„Das sehe ich anders.“", "de");
  q = expect_quote (&r, "Wir haben seit zehn Jahren nicht erhöht", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Vermieter", "Jan Roth");
  q = expect_quote (&r, "Das ist ein schlechter Tag für Pendler.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Detlef Neumann vom Fahrgastverband Pro Bahn", "Detlef Neumann");
  q = expect_quote (&r, "Das sehe ich anders.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Richard von Weizsäcker");
}

/* "Das Fazit des Trainers: „…“" — a role in the genitive, with its
 * ending, finds the person of that role. */
static void
test_german_genitive_role (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Trainer Jens Albers hat die Mannschaft nach der Niederlage verteidigt. Das Fazit des Trainers: "
               "„Wir hatten einfach Pech mit dem Wetter.“", "de");
  q = expect_quote (&r, "Wir hatten einfach Pech mit dem Wetter.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "des Trainers", "Jens Albers");
}

/* "…, so der Bürgermeister Hans Ott und die Ministerin Eva Lind: „…“" —
 * where a colon ends a list of people, the last one named speaks; not
 * where the names are a preposition's object ("sprach mit Eva Lind und
 * Tom Weber:"). */
static void
test_german_list_before_colon (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Viele gratulierten, so der Bürgermeister Hans Ott und die Ministerin Eva Lind: „Das ist ein großer "
               "Erfolg für die Region.“\n\nDer Landrat Paul Kern sprach mit Anna Berg und Tom Weber: „Die Brücke wird "
               "im Mai fertig.“", "de");
  q = expect_quote (&r, "Das ist ein großer Erfolg für die Region.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die Ministerin Eva Lind", "Eva Lind");
  q = expect_quote (&r, "Die Brücke wird im Mai fertig.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Paul Kern");
}

/* "Der Papst sagte: „Betet für den Frieden.“" — short German words said
 * look like a title (every noun has a capital), but a point that ends
 * them inside the marks ends a sentence: a quotation, no title. */
static void
test_german_short_sentence_no_title (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Bischof sprach vor vielen Gläubigen. Der Bischof sagte: „Betet für den Frieden.“ Sein neues Buch "
               "heißt „Die Stille Nacht“.", "de");
  q = expect_quote (&r, "Betet für den Frieden.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Der Bischof");
  expect_quote (&r, "Die Stille Nacht", QM_QUOTE_KIND_SCARE);
}

/* "Via Twitter erklärte die Polizei: „…“" — "via" and "per" are
 * prepositions (de.ini): the phrase they open is no speaker. */
static void
test_german_via_preposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Demonstration blieb friedlich. Via Twitter erklärte die Polizei am Abend: „Die Lage ist ruhig "
               "und alle Straßen sind wieder frei.“", "de");
  q = expect_quote (&r, "Die Lage ist ruhig und alle Straßen sind wieder frei.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die Polizei");
}

/* "Die Kanzlerin Helga Sommer traf den Präsidenten Frankreichs, Jean
 * Dupont. Er sagte: „…“" — a role (also in the accusative: präsidenten,
 * de.ini) before a name in a comma and the sentence's point makes a
 * person, whom "er" finds. */
static void
test_german_object_apposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Kanzlerin Helga Sommer traf am Montag den Präsidenten Frankreichs, Jean Dupont. Er sagte: „Wir "
               "sind enge Freunde und Partner.“", "de");
  q = expect_quote (&r, "Wir sind enge Freunde und Partner.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Er", "Jean Dupont");
}

/* "„A“, sagte die Ministerin Petra Koch. Ihr widersprach der
 * Oppositionsführer Kai Brandt. „B“" — after a fronted pronoun and a
 * speech verb without content, the one named after the verb is the
 * latest speaker: B is his, not hers. */
static void
test_german_fronted_pronoun_speaker (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "„Wir haben genug getan“, sagte die Ministerin Petra Koch. Ihr widersprach der Oppositionsführer Kai "
               "Brandt. „Das ist eine Lüge und das wissen alle hier im Saal.“", "de");
  q = expect_quote (&r, "Das ist eine Lüge und das wissen alle hier im Saal.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Kai Brandt");
}

/* "Anna Berg und ihr Kollege Tom Weber …", "mit dem Präsidenten Jean
 * Dupont" — more titles (de.ini: Kollege, Forscher, Präsidenten, …) make
 * persons whom "er" finds. */
static void
test_german_colleague_title (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Anna Berg und ihr Kollege Tom Weber stellten die Studie vor. „Die Ergebnisse sind eindeutig“, sagte "
               "sie. „Wir haben lange gezählt“, ergänzte er.\n\nDie Kanzlerin Helga Sommer sprach mit dem Präsidenten "
               "Jean Dupont. Sie sagte danach: „Es war ein gutes Gespräch.“ Er sagte: „Wir sind uns einig.“", "de");
  q = expect_quote (&r, "Wir haben lange gezählt", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "er", "Tom Weber");
  q = expect_quote (&r, "Wir sind uns einig.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Er", "Jean Dupont");
}

/* "Für Max Ruder ist klar: „…“" — the one a view is held for before a
 * colon speaks; "Am Ende stand fest: „…“" — the phrase of a preposition
 * that opens the sentence is no subject ("Ende" spoke before). */
static void
test_german_holder_colon (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Politiker Max Ruder äußerte sich am Montag. Für Ruder ist klar: „Die Schuldenbremse muss weg.“\n\n"
               "Der Hafen ist alt. Am Ende stand fest: „Die Mole bleibt noch viele Jahre so stehen, wie sie ist.“", "de");
  q = expect_quote (&r, "Die Schuldenbremse muss weg.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ruder", "Max Ruder");
  q = expect_quote (&r, "Die Mole bleibt noch viele Jahre so stehen, wie sie ist.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->speaker.start, <, 0);
}

/* "Die Reporterin fragte den Trainer Jens Albers, ob er bleibe. Er
 * antwortete: „…“" — a reporter is a role (de.ini), no person "er" could
 * be; "Hierzu erklärte er: „…“" — "hierzu" is an adverb, no speaker. */
static void
test_german_reporter_role (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Reporterin fragte den Trainer Jens Albers, ob er bleibe. Er antwortete: „Es gibt noch keine "
               "Entscheidung.“ Hierzu erklärte er: „Der Verein muss erst den Etat klären.“", "de");
  q = expect_quote (&r, "Es gibt noch keine Entscheidung.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Er", "Jens Albers");
  q = expect_quote (&r, "Der Verein muss erst den Etat klären.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "er", "Jens Albers");
}

/* "„…“, sagte Max Brandt der Deutschen Presse-Agentur." — after a speech
 * verb or a full name, an article alone joins no name: the addressee is no
 * part of the speaker ("Ursula von der Leyen" stays whole). */
static void
test_german_addressee_after_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "„Die Ermittlungen dauern an“, sagte Max Brandt der Deutschen Presse-Agentur. „Wir bitten um Geduld“, "
               "sagte Ursula von der Leyen.", "de");
  q = expect_quote (&r, "Die Ermittlungen dauern an", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Max Brandt", "Max Brandt");
  q = expect_quote (&r, "Wir bitten um Geduld", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ursula von der Leyen", "Ursula von der Leyen");
}

/* "CDU-Fraktionsvize Jens Spahn" — "vize" heads compound titles
 * (compound-title-endings): the person is Jens Spahn, the compound his
 * role. */
static void
test_german_vize_title (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Kritik kam von der Opposition. Fraktionsvize Jonas Brehm nannte das Gesetz „handwerklich schlecht "
               "gemacht“.", "de");
  q = expect_quote (&r, "handwerklich schlecht gemacht", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Brehm");
}

/* "Jana Wolff dankte Polizeichef Tom Berg: „…“" — a common given name
 * (female-names, now with more German ones) and a surname that open the
 * sentence before the verb are the subject of the clause the colon ends,
 * not the titled object after the verb. */
static void
test_german_given_name_colon (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Brand am Hafen ist gelöscht. Jana Wolff dankte Polizeichef Tom Berg: „Sie haben großartige Arbeit "
               "geleistet.“", "de");
  q = expect_quote (&r, "Sie haben großartige Arbeit geleistet.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Jana Wolff", "Jana Wolff");
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Jana", 4) & QM_ROLE_FEMALE_NAME);
}

/* "Später antwortete ein Sprecher kurz: „…“" — German nouns have a
 * capital: the adverb in lower case after the role is no part of the
 * speaker. */
static void
test_german_role_then_adverb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Werft schweigt seit Tagen. Später antwortete ein Sprecher kurz: „Dazu sagen wir nichts.“", "de");
  q = expect_quote (&r, "Dazu sagen wir nichts.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "ein Sprecher");
}

/* "lobte dagegen seine Mannschaft", "kündigte Gespräche an", "zeigte sich
 * nach dem Spiel enttäuscht", "sagte sie der Zeitung": a few words without
 * a verb after the verb or its subject, up to the sentence's end, are its
 * objects, no reported speech; a clause after a comma still is. */
static void
test_german_verb_objects (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Trainerin Jana Falk zeigte sich nach dem Spiel enttäuscht. Ihr Kollege lobte dagegen seine Mannschaft. "
               "Manager Paul Brand kündigte Gespräche an. Der Verein betonte, die Lage sei ernst.", "de");
  expect_quote (&r, "die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);

  /* after a subject that follows the verb too: "sagte sie der Zeitung" */
  {
    g_auto(Result) after = { 0, };
    const QmFoundQuote *q;

    analyze (&after, "„Das spart Zeit und Geld“, sagte sie der Lokalzeitung. Nun reagierte die Stadt mit einem "
                     "Brief.\n\nIm Bericht heißt es, die Brücke sei marode.", "de");
    q = expect_quote (&after, "Das spart Zeit und Geld", QM_QUOTE_KIND_DIRECT);
    expect_mention (&after, q, "sie");
    expect_quote (&after, "die Brücke sei marode", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpuint (after.analysis->quotes->len, ==, 2);
  }
}

/* "Neuer wollte von einer Krise nichts wissen: „…“ Man werde …": a person
 * surely named before a colon's quotation, without a speech verb, speaks
 * in the Konjunktiv sentence after it, not the speaker before. */
static void
test_german_colon_subject_carries (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Stürmer Jonas Falk sprach von einem „verdienten Sieg“.\n\n"
               "Trainerin Maren Holt wollte von einer Niederlage nichts hören: „Wir haben gut gekämpft.“ Man werde "
               "die Fehler in Ruhe besprechen.", "de");
  q = expect_quote (&r, "Wir haben gut gekämpft.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Maren Holt");
  q = expect_quote (&r, "Man werde die Fehler in Ruhe besprechen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Maren Holt");
}

/* "„…“, sagte der CSU-Politiker.", "sagte der Belgier": a party joined to
 * a role by a hyphen, or a word of epithets, after a definite article is
 * an epithet of the person told of last; not "Der Ex-Ministerin wird
 * vorgeworfen", a dative, nor "Die Kanadier", many. */
static void
test_german_party_epithet (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ministerpräsident Tobias Lang besuchte am Nachmittag das Dorf. Er versprach schnelle Hilfe. "
               "„Wir lassen niemanden allein“, sagte der SPD-Politiker.", "de");
  q = expect_quote (&r, "Wir lassen niemanden allein", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der SPD-Politiker", "Tobias Lang");

  /* a nationality (epithets) is such a word too; "die Kanadier" are many,
   * a group of their own */
  {
    g_auto(Result) nation = { 0, };

    analyze (&nation, "Trainer Paul Dumont zeigte sich zufrieden. „Wir haben gut gespielt“, sagte der Belgier.\n\n"
                      "Die Kanadier hingegen sagten, der Pilot trage die Verantwortung.", "de");
    q = expect_quote (&nation, "Wir haben gut gespielt", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&nation, q, "der Belgier", "Paul Dumont");
    q = expect_quote (&nation, "der Pilot trage die Verantwortung", QM_QUOTE_KIND_INDIRECT);
    g_assert_cmpstr (person_name (&nation, q), ==, "Kanadier");
  }

  /* a nationality with a capital umlaut: "der Österreicher" */
  {
    g_auto(Result) umlaut = { 0, };

    analyze (&umlaut, "Torschütze Karl Huber wirkte nach dem Spiel erschöpft. Er habe den Ball kaum getroffen, gab "
                      "der Österreicher zu. „Manchmal braucht man Glück“, sagte der Österreicher.", "de");
    q = expect_quote (&umlaut, "Manchmal braucht man Glück", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&umlaut, q, "der Österreicher", "Karl Huber");
    g_assert_cmpuint (umlaut.analysis->people->len, ==, 1);
  }

  {
    g_auto(Result) dative = { 0, };

    analyze (&dative, "Die Staatsanwaltschaft erhob Anklage gegen die frühere Regierungschefin Anna Berger. Der "
                      "Ex-Ministerpräsidentin wird vorgeworfen, im Jahr 2019 einen nachteiligen Vertrag ohne "
                      "Zustimmung des Stadtrats geschlossen zu haben. Sie habe ihre Befugnisse überschritten.", "de");
    q = find_quote (&dative, "Sie habe ihre Befugnisse überschritten");
    g_assert_true (q == NULL || q->person < 0);
  }
}

/* "Zugleich räumte er ein, …": "er" right after the verb is its subject,
 * whatever unknown word opens the clause (a capitalised adverb is no
 * name here). */
static void
test_german_pronoun_after_verb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bürgermeister Jonas Weber verteidigte den Haushalt. Zugleich räumte er ein, dass die Schulden "
               "steigen würden.", "de");
  q = expect_quote (&r, "dass die Schulden steigen würden", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "er", "Jonas Weber");
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "Zugleich");
}

/* "Lindholm fügte am Dienstag vor Reportern hinzu, …": "hinzu"
 * (other-particles) ends the clause of the verb however many words stand
 * between them, and what was said follows its comma; verb last, "…, wie
 * Lindholm hinzufügte.", "…, wie Moll einräumte.", "zugab", "hinwies",
 * "feststellte", "hervorhob" name the source of what came before. */
static void
test_german_separated_particle (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Werft in Kalmsdorf schließt im Herbst. Gerda Lindholm fügte am Dienstag vor Reportern weiter hinzu, "
               "die Werft sei ein Opfer der Krise.\n\n"
               "Der Hafen von Brenstedt wird verkauft. Später fügte Ministerin Karla Wendt vor der Presse hinzu, der Verkauf "
               "bringe „neue Arbeit“.\n\n"
               "Der Deich hält noch. Die Pumpen liefen seit Tagen ohne Pause, wie Olaf Brenner hinzufügte.\n\n"
               "Der Verein verlor in Halmstedt. Die Abwehr habe schlecht gespielt, wie Jan Moll einräumte. Die Kasse "
               "sei leer, wie Ute Sand zugab. Das Stadion gehöre der Stadt, wie Eva Roth hinwies. Der Rasen sei "
               "zu alt, wie Kai Ebel feststellte. Die Fans seien treu, wie Ina Lutz hervorhob.", "de");
  q = expect_quote (&r, "die Werft sei ein Opfer der Krise", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Gerda Lindholm", "Gerda Lindholm");
  q = expect_quote (&r, "der Verkauf bringe „neue Arbeit“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ministerin Karla Wendt", "Karla Wendt");
  q = expect_quote (&r, "Die Pumpen liefen seit Tagen ohne Pause", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Olaf Brenner", "Olaf Brenner");
  q = expect_quote (&r, "Die Abwehr habe schlecht gespielt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Jan Moll", "Jan Moll");
  q = expect_quote (&r, "Die Kasse sei leer", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ute Sand", "Ute Sand");
  q = expect_quote (&r, "Das Stadion gehöre der Stadt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Eva Roth", "Eva Roth");
  q = expect_quote (&r, "Der Rasen sei zu alt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Kai Ebel", "Kai Ebel");
  q = expect_quote (&r, "Die Fans seien treu", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ina Lutz", "Ina Lutz");
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "hinzu", 5) & QM_ROLE_OTHER_PARTICLE);
}

/* "…, fügte die Bürgermeisterin hinzu, ihre „…“": after a cue that
 * follows what was said, its subject and its particle (other-particles,
 * "hinzu", "hin"), quoted words after the comma are the subject's too. */
static void
test_german_inverted_cue_particle (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Sturm zog in der Nacht über Fehmarnsund. Sie sei „tief erschüttert“ über die Schäden, fügte "
               "Bürgermeisterin Alma Grewe hinzu, ihre „Gedanken sind bei allen Familien“.\n\n"
               "Die Fähre nach Lindholt fährt wieder. Der Hafen sei „endlich frei“, wies Kapitän Ole Barth hin, "
               "seine „Leute arbeiten Tag und Nacht“.", "de");
  q = expect_quote (&r, "ihre „Gedanken sind bei allen Familien“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Bürgermeisterin Alma Grewe", "Alma Grewe");
  q = expect_quote (&r, "seine „Leute arbeiten Tag und Nacht“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Kapitän Ole Barth", "Ole Barth");
}

/* „…“, gab Tilda Marx zu, „…“: a particle the verb separates that is a
 * preposition too ("zu", "an"), before the comma after the cue's subject,
 * opens no phrase; the quotation after the comma goes on with the same
 * speaker, also after a role's genitive or a time between them. */
static void
test_german_interrupting_cue_particle (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Fährbetrieb nach Ostholm ruht. „Das war ein Irrtum“, gab Tilda Marx zu, „wir haben die Flut "
               "unterschätzt.“\n\n"
               "Die Bäckerei in Sellin schließt. „Die Miete ist zu hoch“, räumte die Sprecherin der Innung ein, "
               "„und das Mehl wird teurer.“\n\n"
               "Der Zoo in Brakel baut. „Das Gehege ist zu klein“, gab Pia Lorenz am Freitag an, „die Bären "
               "brauchen mehr Platz.“", "de");
  q = expect_quote (&r, "wir haben die Flut unterschätzt.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tilda Marx", "Tilda Marx");
  q = expect_quote (&r, "und das Mehl wird teurer.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die Sprecherin", "Sprecherin der Innung");
  q = expect_quote (&r, "die Bären brauchen mehr Platz.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Pia Lorenz", "Pia Lorenz");
}

/* A clause without a cue before ", dass": a clause of result or purpose
 * (result-words: "so heftig", "sorgt dafür") or a verb of knowing
 * (knowing-verbs: "erkannte", "vergaß") makes no reported speech of it;
 * a view ("geht davon aus", "glaubt") does. */
static void
test_german_dass_without_cue (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Das Gewitter über Kelbra war so heftig, dass zwei Scheunen einstürzten. Die Gemeinde sorgt dafür, "
               "dass die Feuerwehr genug Leute hat.\n\n"
               "Die Tierärztin Lotte Brandl erkannte, dass das Fohlen krank war. Ihr Kollege vergaß, dass die Tür "
               "offen stand.\n\n"
               "Der Experte Emil Raspe geht davon aus, dass der Wald sich erholt. Seine Kollegin glaubt, dass "
               "der Sommer trocken wird.", "de");
  g_assert_null (find_quote (&r, "dass zwei Scheunen einstürzten"));
  g_assert_null (find_quote (&r, "dass die Feuerwehr genug Leute hat"));
  g_assert_null (find_quote (&r, "dass das Fohlen krank war"));
  g_assert_null (find_quote (&r, "dass die Tür offen stand"));
  q = expect_quote (&r, "dass der Wald sich erholt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Der Experte Emil Raspe", "Emil Raspe");
  expect_quote (&r, "dass der Sommer trocken wird", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "dafür", 6) & QM_ROLE_RESULT_WORD);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "vergaß", 7) & QM_ROLE_KNOWING_VERB);
}

/* "Ida Falk schrieb einen Brief, in dem sie forderte, dass …": the
 * relative clause's own speech verb is the cue, what follows its comma the
 * content, and its pronoun the mention of the one who wrote. */
static void
test_german_relative_speech_clause (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Grundschule in Wedel soll schließen. Die Lehrerin Ida Falk schrieb einen Brief, in dem sie "
               "forderte, dass die Schule bis zum Sommer offen bleibt.", "de");
  q = expect_quote (&r, "dass die Schule bis zum Sommer offen bleibt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "sie", "Ida Falk");
  expect_cue (&r, q, "forderte");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* "Greta Voss, Sprecherin der Verkehrsbetriebe, …": a role in commas
 * after a full name is hers, and "die Sprecherin" in a later paragraph is
 * she (an affiliated role is else someone new there). */
static void
test_german_apposition_role_later (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Busse in Kirchwerder fahren seltener. Greta Voss, Sprecherin der Verkehrsbetriebe, kündigte "
               "neue Linien für den Herbst an.\n\n"
               "Viele Fahrgäste bleiben skeptisch. „Wir hören jedem zu“, sagte die Sprecherin am Montag.", "de");
  q = expect_quote (&r, "Wir hören jedem zu", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die Sprecherin", "Greta Voss");
}

/* „Nein.“ „Doch.“: a short reply without a cue right after a short turn
 * of the latest speaker is another voice — the one who spoke before that
 * turn when one did, else no one named. */
static void
test_german_short_reply_other_voice (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Kapitän Sven Ahrens wurde nach dem Schaden gefragt. „Keiner.“ „Wirklich?“\n\n"
               "„Kommt die Fähre?“, fragte Rike Haldor. „Nein“, sagte Jonas Petri. „Doch.“", "de");
  q = expect_quote (&r, "Keiner.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Sven Ahrens");
  q = expect_quote (&r, "Wirklich?", QM_QUOTE_KIND_DIRECT);
  g_assert_null (person_name (&r, q));
  q = expect_quote (&r, "Nein", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Jonas Petri", "Jonas Petri");
  q = expect_quote (&r, "Doch.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Rike Haldor", "Rike Haldor");
}

/* "…, sagte Ina Roth, die Sprecherin der so genannten „Hafenwache“.": an
 * apposition after an inverted cue's subject, up to quoted words that end
 * the sentence, is nothing said; with a verb it is ("…, sagte Jan Ott, der
 * Plan sei „zu teuer“"). */
static void
test_german_inverted_cue_apposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Straße nach Quellin sei wieder frei, sagte Ina Roth, die Sprecherin der so genannten "
               "„Hafenwache“. Die Fähre fahre wieder, sagte Jan Ott, der Plan sei aber „viel zu teuer“.", "de");
  q = expect_quote (&r, "Die Straße nach Quellin sei wieder frei", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ina Roth", "Ina Roth");
  g_assert_null (find_quote (&r, "die Sprecherin der so genannten „Hafenwache“"));
  q = find_quote (&r, "Hafenwache");
  g_assert_true (q == NULL || q->kind == QM_QUOTE_KIND_SCARE);
  q = expect_quote (&r, "der Plan sei aber „viel zu teuer“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Jan Ott", "Jan Ott");
}

/* "unter dem Motto „…“": quoted words right after a noun for a name
 * (name-nouns), even a whole sentence, name something; no one says them. */
static void
test_german_name_noun (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "In Tessenow zogen am Samstag 300 Menschen durch die Stadt. Sie demonstrierten unter dem Motto "
               "„Unser Bad bleibt offen! Wir zahlen nicht für eure Fehler!“ gegen die Schließung. Ein Plakat trug "
               "den Titel: „Wasser für alle Kinder“.", "de");
  q = find_quote (&r, "Unser Bad bleibt offen! Wir zahlen nicht für eure Fehler!");
  g_assert_true (q == NULL || (q->kind == QM_QUOTE_KIND_SCARE && q->person < 0));
  q = find_quote (&r, "Wasser für alle Kinder");
  g_assert_true (q == NULL || (q->kind == QM_QUOTE_KIND_SCARE && q->person < 0));
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Motto", 5) & QM_ROLE_NAME_NOUN);
}

/* "bemerkte" (notice-verbs) remarks after what was said, before a colon,
 * or before a comma and a clause in the reported mood (or a sentence in
 * it after its own); with an object or a clause in the indicative it is
 * one of noticing: "Ein Radfahrer bemerkte den Rauch", "Als sie bemerkte,
 * dass …". */
static void
test_german_notice_verb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Brücke über die Wolde bleibt gesperrt. „Wir prüfen jede Schraube“, bemerkte Paula Streck. "
               "Der Bauleiter Timo Hager bemerkte, die Arbeiten würden noch bis Mai dauern.\n\n"
               "Die Scheune am Waldrand brannte. Ein Radfahrer bemerkte den Rauch und rief die Feuerwehr. Als die "
               "Bäuerin bemerkte, dass das Dach schon brannte, holte sie die Tiere aus dem Stall.\n\n"
               "Die Bücherei in Wernau wird umgebaut. Bei der Eröffnung bemerkte Nora Kiel, die Bücherei länger öffnen "
               "zu wollen. Sie werde dafür mehr Geld beantragen.", "de");
  q = expect_quote (&r, "Wir prüfen jede Schraube", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Paula Streck", "Paula Streck");
  q = expect_quote (&r, "die Arbeiten würden noch bis Mai dauern", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Der Bauleiter Timo Hager", "Timo Hager");
  g_assert_null (find_quote (&r, "den Rauch und rief die Feuerwehr"));
  g_assert_null (find_quote (&r, "dass das Dach schon brannte"));
  q = expect_quote (&r, "die Bücherei länger öffnen zu wollen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nora Kiel", "Nora Kiel");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 4);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "bemerkte", 8) & QM_ROLE_NOTICE_VERB);
}

/* "merkte … an" (anmerken) remarks; "merkte" alone (notice-verbs) is
 * one of noticing unless it stands after what was said or before a comma
 * and a clause in the reported mood: "„…“, merkte X an.", "X merkte am
 * Abend an, …", not "merkte nichts von dem Wasser". */
static void
test_german_remark_particle (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Turnhalle in Osterfeld wird saniert. „Das Dach ist endlich dicht“, merkte Lars Pohl an. Pia Roth "
               "merkte am Abend an, die Halle sei viel zu klein. Der Hausmeister merkte nichts von dem Wasser im "
               "Keller.", "de");
  q = expect_quote (&r, "Das Dach ist endlich dicht", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Lars Pohl", "Lars Pohl");
  q = expect_quote (&r, "die Halle sei viel zu klein", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Pia Roth", "Pia Roth");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "merkte", 6) & QM_ROLE_NOTICE_VERB);
}

/* "Darauf entgegnete sie: „…“" — a pronominal adverb (pronominal-adverbs)
 * alone before the verb is fronted; the pronoun after the verb speaks.
 * Alone, "Darauf stand: „…“" (an inscription), it stays the source. */
static void
test_german_pronominal_adverb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Ministerin Mia Sander wirkte nach der Sitzung müde. Darauf entgegnete sie: „Wir waren heute nicht "
               "gut vorbereitet.“ Am Ausgang hing ein Plakat. Darauf stand: „Danke für alles.“", "de");
  q = expect_quote (&r, "Wir waren heute nicht gut vorbereitet.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "sie", "Mia Sander");
  q = expect_quote (&r, "Danke für alles.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Darauf");
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "darauf", 6) & QM_ROLE_PRONOMINAL_ADVERB);
}

/* "Der Bürgermeister Lars Ebert empfing Sabine Sommer. Diese lobte: „…“" —
 * a demonstrative (male-/female-demonstratives) stands for the phrase of
 * its gender that ends with the last noun before it, also a name only met
 * as an object; a noun of another gender in between leaves it unresolved. */
static void
test_german_demonstrative_speaker (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) role = { 0, };
  g_auto(Result) other = { 0, };

  analyze (&r, "Der Bürgermeister Lars Ebert empfing am Freitag Sabine Sommer. Diese lobte: „Die Stadt hat viel "
               "erreicht.“ Die Ärztin Ida Brandt traf Paul Kramer. Dieser erklärte, die Klinik brauche mehr Personal.",
           "de");
  q = expect_quote (&r, "Die Stadt hat viel erreicht.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Diese", "Sabine Sommer");
  q = expect_quote (&r, "die Klinik brauche mehr Personal", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Dieser", "Paul Kramer");

  /* a role noun before it: the person with that role */
  analyze (&role, "Die Ministerin Eva Lind kam zu spät. Der Landrat Jonas Ott begrüßte die Ministerin. Diese sagte: "
                  "„Der Stau war lang.“", "de");
  q = expect_quote (&role, "Der Stau war lang.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&role, q, "Diese", "Eva Lind");

  /* "eines Gutachters": the last noun names no one known */
  analyze (&other, "Der Landrat Jonas Ott las die Stellungnahme eines Gutachters. Dieser schrieb, die Brücke sei "
                   "marode.", "de");
  q = expect_quote (&other, "die Brücke sei marode", QM_QUOTE_KIND_INDIRECT);
  g_assert_null (person_name (&other, q));
}

/* "Lars Ebert besuchte Sabine Sommer. Sie sagte: „…“" — no woman is known, so
 * "sie" is the one named in the paragraph before, though only as an
 * object; not someone named after a preposition ("mit Tom Berg"). */
static void
test_german_pronoun_object_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) passing = { 0, };

  analyze (&r, "Bonn. Lars Ebert besuchte am Montag Sabine Sommer in ihrem Büro. Sie sagte: „Wir kennen uns seit "
               "Jahren.“", "de");
  q = expect_quote (&r, "Wir kennen uns seit Jahren.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Sie", "Sabine Sommer");

  analyze (&passing, "Bonn. Die Reise begann im Mai. Zusammen mit Tom Berg durchquerte er die Wüste. Er sagte: „Es "
                     "war heiß.“", "de");
  q = expect_quote (&passing, "Es war heiß.", QM_QUOTE_KIND_DIRECT);
  g_assert_null (person_name (&passing, q));
}

/* "Die 41-Jährige sagte" after a woman and a man: the article (female-
 * articles) tells the gender of the person an age stands for. */
static void
test_german_age_article_gender (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Richterin Petra Vogt verhandelte mit dem Anwalt Paul Kramer. Die 41-Jährige sagte: „Das Verfahren "
               "dauert noch.“ Der 63-Jährige erklärte: „Wir gehen in Berufung.“", "de");
  q = expect_quote (&r, "Das Verfahren dauert noch.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die 41-Jährige", "Petra Vogt");
  q = expect_quote (&r, "Wir gehen in Berufung.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Der 63-Jährige", "Paul Kramer");
}

/* "Aus Fraktionskreisen verlautete: „…“" — a verb with no subject before
 * its colon or comma has the phrase before it for source. */
static void
test_german_subjectless_source (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Haushalt ist strittig. Aus Fraktionskreisen verlautete: „Wir rechnen mit einer langen Nacht.“ "
               "Aus dem Rathaus verlautete, der Etat sei gesichert.", "de");
  q = expect_quote (&r, "Wir rechnen mit einer langen Nacht.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Fraktionskreisen");
  q = expect_quote (&r, "der Etat sei gesichert", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "dem Rathaus");
}

/* "Die Anschuldigungen wies sie als „…“ zurück" — after a phrase that an
 * article of a woman opens (female-articles), no woman's role, "sie"
 * after a verb in the singular is the subject; after "Der Verbandschef …
 * nannte sie" it is the object. */
static void
test_german_fronted_object_sie (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Abgeordnete Eva Lind geriet unter Druck. Die Anschuldigungen wies sie als „frei erfunden“ zurück. "
               "Der Verbandschef Tom Berg nannte sie „eine Zumutung“.", "de");
  q = expect_quote (&r, "frei erfunden", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "sie", "Eva Lind");
  q = expect_quote (&r, "eine Zumutung", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Der Verbandschef Tom Berg", "Tom Berg");
}

/* "Der Polizei widersprach die Ministerin: „…“" — "der" before a feminine
 * noun (feminine-noun-endings) opens a dative, no subject: the role or
 * name after the verb speaks. */
static void
test_german_fronted_dative (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Brücke bleibt gesperrt. Der Polizei widersprach die Ministerin: „Die Brücke ist sicher.“ Der "
               "Regierung warf der Landrat Jonas Ott vor, sie habe zu spät gehandelt.", "de");
  q = expect_quote (&r, "Die Brücke ist sicher.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die Ministerin");
  q = expect_quote (&r, "sie habe zu spät gehandelt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "der Landrat Jonas Ott", "Jonas Ott");
}

/* "„…“, wie Brandt von der Zeitung zitiert wird" — the agent preposition
 * before the verb that ends the clause opens the one who quotes, no part
 * of the speaker's name; "Ursula von der Leyen" keeps hers. */
static void
test_german_passive_quoted (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Trainer Lars Brandt bleibt im Amt. „Ich habe noch viel vor“, wie Brandt von der Zeitung zitiert "
               "wird. „Wir fangen gerade erst an“, wird Ursula von der Leyen zitiert.", "de");
  q = expect_quote (&r, "Ich habe noch viel vor", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Brandt", "Lars Brandt");
  q = expect_quote (&r, "Wir fangen gerade erst an", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ursula von der Leyen", "Ursula von der Leyen");
}

/* "Sie sagte" after a paragraph that names a woman only as an object, when
 * the woman known before was last told of in an earlier paragraph and did
 * not speak last: the one named here is meant; not one named in a list
 * after a preposition ("mit Tom Berg und Sabine Sommer"). */
static void
test_german_pronoun_paragraph_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) listed = { 0, };

  analyze (&r, "Die Messe wurde von der Ministerin Eva Lind eröffnet.\n\nDer Landrat Jonas Ott besuchte am Nachmittag "
               "Sabine Sommer in ihrer Werkstatt. Sie sagte: „Das Geschäft läuft gut.“", "de");
  q = expect_quote (&r, "Das Geschäft läuft gut.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Sie", "Sabine Sommer");

  analyze (&listed, "Die Messe wurde von der Ministerin Eva Lind eröffnet.\n\nAm Nachmittag ging sie zusammen mit Tom "
                    "Berg und Sabine Sommer durch die Hallen. Sie sagte: „Das Geschäft läuft gut.“", "de");
  q = expect_quote (&listed, "Das Geschäft läuft gut.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&listed, q, "Sie", "Eva Lind");
}

/* "Die Menge skandierte Parolen wie „…“ und der Unternehmer rief aus:
 * „…“" — the clause a conjunction joins after the quotation has its own
 * quotation after a colon, so it is no cue of the one before; a verb's
 * form before a noun ("der als Gegner bekannte Unternehmer") is no verb. */
static void
test_german_joined_clause_colon (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) adjective = { 0, };

  analyze (&r, "Tausende kamen zum Markt. Die Menge skandierte vor dem Rathaus Parolen wie „Weg mit dem Zaun!“ und "
               "der Unternehmer Tom Berg rief vor den Leuten aus: „Der Zaun muss fallen.“", "de");
  q = expect_quote (&r, "Weg mit dem Zaun!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Die Menge");
  q = expect_quote (&r, "Der Zaun muss fallen.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der Unternehmer Tom Berg");

  analyze (&adjective, "Tausende kamen zum Markt. Die Menge skandierte vor dem Rathaus Parolen wie „Weg mit dem "
                       "Zaun!“ und der als Gegner des Zauns bekannte Unternehmer Tom Berg rief: „Der Zaun muss fallen.“",
           "de");
  q = expect_quote (&adjective, "Weg mit dem Zaun!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&adjective, q, "Die Menge");
}

/* "…, hatte Weber damals gesagt." — an auxiliary after the comma, the
 * subject and the verb that ends the sentence: what came before the comma
 * is what the subject said (not "…, wurde die Lage betont", a passive);
 * after "gesagt und auf … verwiesen", quoted words later in the sentence
 * are the cue's subject's, not those of the pronoun that opens it. */
static void
test_german_auxiliary_cue_after (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) pronoun = { 0, };
  g_auto(Result) passive = { 0, };

  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "wurde", 5) & QM_ROLE_PASSIVE_AUXILIARY);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("de", NULL), "hatte", 5) & QM_ROLE_PASSIVE_AUXILIARY);
  analyze (&r, "Der Bericht lag vor. Das Buch sei nicht frei von Fehlern, hatte Anna Weber damals gesagt.", "de");
  q = expect_quote (&r, "Das Buch sei nicht frei von Fehlern", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Anna Weber", "Anna Weber");

  analyze (&pronoun, "Die Universität prüfte den Fall.\n\nSie wisse, dass ihr Buch „voller Fehler, nicht selten ungenau "
                     "und manchmal falsch“ sei, hatte Weber damals gesagt und auf die Bewertung der Arbeit durch ihren "
                     "Verlag verwiesen, doch „zu einer guten Arbeit gehört es auch, ein Buch vor dem Druck gründlich zu "
                     "prüfen“.", "de");
  q = expect_quote (&pronoun, "voller Fehler, nicht selten ungenau und manchmal falsch", QM_QUOTE_KIND_DIRECT);
  expect_mention (&pronoun, q, "Weber");
  q = expect_quote (&pronoun, "zu einer guten Arbeit gehört es auch, ein Buch vor dem Druck gründlich zu prüfen",
                    QM_QUOTE_KIND_DIRECT);
  expect_mention (&pronoun, q, "Weber");

  analyze (&passive, "Der Rat tagte lange. Von vielen Rednern im Rat, etwa von den Vertretern der Städte Berlin und "
                     "Hamburg, wurde die Sicherheit von Berlin betont.", "de");
  g_assert_cmpuint (passive.analysis->quotes->len, ==, 0);
}

/* "Die Zeitung zitierte den Prediger mit den Worten „…“" — the one quoted
 * (quoting-verbs), between the verb and "mit den Worten", speaks, not the
 * medium that quotes; "Die Zeitung schrieb mit den Worten …" keeps it. */
static void
test_german_quoting_verb_object (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "zitierte", 8) & QM_ROLE_QUOTING_VERB);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("de", NULL), "schrieb", 7) & QM_ROLE_QUOTING_VERB);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "quoted", 6) & QM_ROLE_QUOTING_VERB);
  analyze (&r, "Die Predigt war lang. Die Zeitung zitierte den Prediger mit den Worten „Wir werden eines Tages "
               "siegen.“ Ein Sender zitierte Tom Berg mit den Worten: „Ich bleibe im Amt.“ Das Blatt schrieb dazu "
               "mit den Worten: „Die Lage ist ernst.“", "de");
  q = expect_quote (&r, "Wir werden eines Tages siegen.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "den Prediger");
  q = expect_quote (&r, "Ich bleibe im Amt.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tom Berg", "Tom Berg");
  q = expect_quote (&r, "Die Lage ist ernst.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Das Blatt");
}

/* "Auf der kunstmesse-Homepage steht zur Begründung: „…“" — a word in
 * lower case with a capitalised noun after its hyphen heads the phrase
 * after its article, so the place the words stand in is their source,
 * not "Begründung". */
static void
test_german_lower_compound_source (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Das Logo ist neu. Auf der kunstmesse-Homepage heißt es zur Begründung: „Die Striche wurden wegen "
               "ihrer Form gewählt.“", "de");
  q = expect_quote (&r, "Die Striche wurden wegen ihrer Form gewählt.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der kunstmesse-Homepage");
}

/* "„…?“ fragen sich Experten." — "fragen" is a verb of speech, so the
 * group after it (and "sich") speaks, no person of the people list;
 * "meinen viele Kritiker" too. */
static void
test_german_bare_group_after (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Lage ist ernst. „Wozu brauchen wir den Rat, wenn er nichts beschließt?“ fragen sich Experten. "
               "„Der Rat hat versagt“, meinen viele Kritiker.", "de");
  q = expect_quote (&r, "Wozu brauchen wir den Rat, wenn er nichts beschließt?", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Experten");
  g_assert_cmpint (q->person, <, 0);
  q = expect_quote (&r, "Der Rat hat versagt", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "viele Kritiker");
}

/* "Der Plan wurde von der Ministerin als „…“ bezeichnet" — in the
 * passive (passive-auxiliaries) the subject is what was named, no
 * speaker: the agent names, or a medium's name in quotation marks after a
 * preposition ("im „Kurier“"), else no one. */
static void
test_german_passive_naming (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Rat tagte. Der Plan wurde von der Ministerin als „großer Fehler“ bezeichnet. Die Stadtwerke "
               "wurden gestern im „Kurier“ als „eine Stütze der Stadt“ bezeichnet. Die Brücke wurde lange als „sicher“ "
               "eingestuft.", "de");
  q = expect_quote (&r, "großer Fehler", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der Ministerin");
  q = expect_quote (&r, "eine Stütze der Stadt", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "„Kurier");
  q = expect_quote (&r, "sicher", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, NULL);
}

/* "Der Polizei dankte die Bürgermeisterin ausdrücklich: „…“" — a fronted
 * dative ("der" before a feminine noun) is no speaker before a colon
 * either, with an adverb before it; "forderte die Bürger auf, …" — an
 * object and a verb particle before the comma are no part of what was
 * said; not before a relative clause ("an, der …"). */
static void
test_german_dative_colon_particle (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Brücke bleibt gesperrt. Der Polizei dankte die Bürgermeisterin ausdrücklich: „Die Beamten "
               "haben gute Arbeit geleistet.“ Der Minister Tom Weber forderte die Bürger auf, die Brücke nicht zu "
               "betreten. Tom Weber kündigte einen neuen Steg an, der bald gebaut werden soll.", "de");
  q = expect_quote (&r, "Die Beamten haben gute Arbeit geleistet.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die Bürgermeisterin");
  q = expect_quote (&r, "die Brücke nicht zu betreten", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Der Minister Tom Weber", "Tom Weber");
  g_assert_null (find_quote (&r, "der bald gebaut werden soll"));
}

/* "Die Mönche, die sich an den Protesten beteiligt hatten, beschrieb die
 * Agentur als „…“" — an article, adjectives and a noun that names no one,
 * with a relative clause up to the comma before a verb in the singular,
 * are fronted: the organisation or person after the verb speaks ("Die
 * Bürger, die …, kritisierten die Polizei" keep theirs). */
static void
test_german_fronted_relative (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Es gab Proteste. Die wütenden Mönche, die sich an den Protesten beteiligt hatten, beschrieb die "
               "Nachrichtenagentur als „aggressiv“. Die wütenden Bürger, die sich an den Protesten beteiligt hatten, "
               "kritisierten die Polizei als „zu hart“.", "de");
  q = expect_quote (&r, "aggressiv", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die Nachrichtenagentur");
  q = expect_quote (&r, "zu hart", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Die wütenden Bürger");
}

/* "…, wie Brandt von der Zeitung zitiert wird." — after a verb of
 * quoting-verbs in the passive at the end of the clause, the one quoted
 * said what came before the comma; not so for other verbs ("…, wenn eine
 * Gefahr einer Person festgestellt wird"). */
static void
test_german_passive_quoted_after (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) other = { 0, };

  analyze (&r, "Der frühere Schiedsrichter Lars Brandt erhob Vorwürfe. Der Betreuer habe jedem Geld gegeben, wie "
               "Brandt von der Zeitung zitiert wird.", "de");
  q = expect_quote (&r, "Der Betreuer habe jedem Geld gegeben", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Brandt");

  analyze (&other, "Die Suche ist erlaubt. Sie ist nur zulässig, wenn eine Gefahr für Leib und Leben einer Person "
                   "festgestellt wird.", "de");
  g_assert_cmpuint (other.analysis->quotes->len, ==, 0);
}

/* "Zwei Tage nach dem Umsturz erklärte der Minister, …" — a phrase
 * that names no one, with a preposition's phrase in it, before a verb in
 * the singular is fronted when an article in lower case and someone
 * surely named follow the verb; "Tom Berg von der Partei sagte" keeps its
 * subject. */
static void
test_german_fronted_time_phrase (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Es gab einen Umsturz. Zwei Tage nach dem Umsturz erklärte der Minister, die Lage sei unter "
               "Kontrolle. Tom Berg von der Partei sagte, die Lage sei ernst.", "de");
  q = expect_quote (&r, "die Lage sei unter Kontrolle", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "der Minister");
  q = expect_quote (&r, "die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Tom Berg");
}

/* "So hat sich etwa die Vorsitzende … gegen den Plan ausgesprochen und
 * behauptet, …" — after a word that opens the sentence and an auxiliary
 * (and "sich", adverbs), the subject of the verbs "und" joins. */
static void
test_german_aux_coordinated_subject (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Schule ist neu. So hat sich etwa die Vorsitzende des Lehrerverbands, Karin Lang, gegen die neue "
               "Schule ausgesprochen und behauptet, die neuen Klassen kämen nur durch Tricks zustande.", "de");
  q = expect_quote (&r, "die neuen Klassen kämen nur durch Tricks zustande", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "die Vorsitzende", "Karin Lang");
}

/* "Wie der Sender berichtet, gab Regierungssprecher Tom Berg … eine
 * Stellungnahme, die aus einem Wort bestand: „…“" — the cue of the clause
 * before the comma reports the main clause; the colon's quotation is the
 * one its clause names ("Wie Tom Berg sagte, ist die Lage so: „…“" names
 * no one else and stays his). */
static void
test_german_as_reported_colon (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Es war still. Wie der Sender berichtet, gab Regierungssprecher Tom Berg dem Sender eine Stellungnahme, "
               "die aus einem Wort bestand: „Wow.“ Wie Lars Roth sagte, ist die Lage so: „Wir haben kein Geld mehr.“",
           "de");
  q = expect_quote (&r, "Wow.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Regierungssprecher Tom Berg", "Tom Berg");
  q = expect_quote (&r, "Wir haben kein Geld mehr.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Lars Roth", "Lars Roth");
}

/* "In einem Schreiben war von einem „…“ die Rede" — the phrase that a
 * preposition opens at the sentence's start is the source of the words
 * (topic-idiom-nouns). */
static void
test_german_topic_idiom_source (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Rede", 4) & QM_ROLE_TOPIC_IDIOM);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("de", NULL), "Reden", 5) & QM_ROLE_TOPIC_IDIOM);
  analyze (&r, "Der Konzern will sparen. In einem internen Rundbrief an das Personal war von einem „offenen "
               "Dialog“ die Rede.", "de");
  q = expect_quote (&r, "offenen Dialog", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "einem internen Rundbrief");
}

static void
test_german_source_owners (void)
{
  const QmFoundQuote *q;
  g_auto(Result) owner = { 0, };

  analyze (&owner, "Der Hafen ist alt. Nach einer Umfrage des Instituts sind die Bürger „sehr zufrieden“ mit dem "
                   "Hafen. Nach Aussagen von Anna Berg ist der Hafen „in gutem Zustand“.", "de");
  q = expect_quote (&owner, "sehr zufrieden", QM_QUOTE_KIND_DIRECT);
  expect_mention (&owner, q, "des Instituts");
  q = expect_quote (&owner, "in gutem Zustand", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&owner, q, "Anna Berg", "Anna Berg");
}

static void
test_german_written_sources (void)
{
  const QmFoundQuote *q;
  g_auto(Result) written = { 0, };

  analyze (&written, "Der Hafen ist alt. Derzeit steht in dem Entwurf für ein neues Gesetz noch der Satz: „Die Daten "
                     "sind sofort zu löschen.“ Im Vertrag steht: „Die Stadt zahlt alles.“ Auf dem großen Schild war "
                     "die Parole „Nie wieder Stau in der Stadt“ zu lesen. Am Ende stand fest: „Die Mole bleibt.“", "de");
  q = expect_quote (&written, "Die Daten sind sofort zu löschen.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&written, q, "dem Entwurf");
  q = expect_quote (&written, "Die Stadt zahlt alles.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&written, q, "Vertrag");
  q = expect_quote (&written, "Nie wieder Stau in der Stadt", QM_QUOTE_KIND_DIRECT);
  expect_mention (&written, q, "dem großen Schild");
  /* "stand fest": the verb with its particle says nothing is written */
  q = find_quote (&written, "Die Mole bleibt.");
  g_assert_true (q == NULL || q->speaker.start < 0);
}

static void
test_german_wish_sources (void)
{
  const QmFoundQuote *q;
  g_auto(Result) wish = { 0, };

  analyze (&wish, "Der Hafen ist alt. Nach dem Willen der Ministerin Anna Kranz soll die Mole „bis zum Sommer fertig“ "
                  "sein. Nach Vorstellung des Verbands sollen die Gebühren „deutlich sinken“.", "de");
  q = expect_quote (&wish, "bis zum Sommer fertig", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&wish, q, "der Ministerin Anna Kranz", "Anna Kranz");
  q = expect_quote (&wish, "deutlich sinken", QM_QUOTE_KIND_DIRECT);
  expect_mention (&wish, q, "des Verbands");
}

static void
test_german_slogan_subjects (void)
{
  const QmFoundQuote *q;
  g_auto(Result) slogan = { 0, };

  analyze (&slogan, "Der Minister Paul Brenner lobte den Plan. Einige Gegner des Plans protestierten in der Altstadt "
                    "mit Plakaten, auf denen Sprüche wie „Weg mit dem Plan“ standen. Im Vorfeld haben Anhänger der "
                    "Gruppe mit der Parole „Wir kommen wieder“ gedroht.", "de");
  q = expect_quote (&slogan, "Weg mit dem Plan", QM_QUOTE_KIND_DIRECT);
  expect_mention (&slogan, q, "Einige Gegner");
  q = expect_quote (&slogan, "Wir kommen wieder", QM_QUOTE_KIND_DIRECT);
  expect_mention (&slogan, q, "Anhänger der Gruppe");
}

static void
test_german_impersonal_sources (void)
{
  const QmFoundQuote *q;

  /* "…, heißt es in X", "…, so heißt es in X": the source follows the
   * pronoun, what came before the comma is what it says. */
  {
    g_auto(Result) after = { 0, };

    analyze (&after, "Die Kosten sollen „durch bessere Planung“ gesenkt werden, heißt es in der Mitteilung der Stadt. "
                     "Die Gebühren sollen „nur für Gäste“ gelten, so heißt es in einer Erklärung des Verbands.\n\n"
                     "„Wir sind froh über den Ausgang“, so heißt es in einer Erklärung des Betriebsrats.", "de");
    q = expect_quote (&after, "Die Kosten sollen „durch bessere Planung“ gesenkt werden", QM_QUOTE_KIND_MIXED);
    expect_mention (&after, q, "der Mitteilung");
    q = expect_quote (&after, "Die Gebühren sollen „nur für Gäste“ gelten", QM_QUOTE_KIND_MIXED);
    expect_mention (&after, q, "des Verbands");
    q = expect_quote (&after, "Wir sind froh über den Ausgang", QM_QUOTE_KIND_DIRECT);
    expect_mention (&after, q, "des Betriebsrats");
  }

  /* "Im Bericht des Vereins, der …, heißt es, …", "Im letzten Absatz der
   * Verfügung (Erlass), die …, heißt es: „…“" */
  {
    g_auto(Result) fronted = { 0, };

    analyze (&fronted, "Im Jahresbericht des Vereins, der am Montag erschien, heißt es, die Lage sei „sehr ernst“.\n\n"
                       "Im letzten Absatz der Verfügung (Erlass), die dem Verein am 3. Mai zugestellt wurde, heißt es: "
                       "„Die Mole bleibt zu.“", "de");
    q = expect_quote (&fronted, "sehr ernst", QM_QUOTE_KIND_DIRECT);
    expect_mention (&fronted, q, "Jahresbericht");
    q = expect_quote (&fronted, "Die Mole bleibt zu.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&fronted, q, "Absatz der Verfügung");
  }

  /* "Auf der Website heißt es zur Begründung, warum …: „…“": the clause
   * before the colon, without a verb of speech, is no speaker's. */
  {
    g_auto(Result) why = { 0, };

    analyze (&why, "Auf der Website des Vereins heißt es zur Begründung, warum man sich so entschieden hat: "
                   "„Der Hafen bleibt zu.“", "de");
    q = expect_quote (&why, "Der Hafen bleibt zu.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&why, q, "der Website");
  }
}

static void
test_german_speaker_groups (void)
{
  const QmFoundQuote *q;

  /* "A, sagte X, B": the quoted words after the inverted cue are X's too,
   * not the words of the phrase that opens the sentence. */
  {
    g_auto(Result) inverted = { 0, };

    analyze (&inverted, "Die Ministerin Eva Lind besuchte am Montag den Hafen. Die Lage sei „sehr ernst“, sagte die "
                        "Ministerin, ihre „Gedanken sind bei den Fischern“.", "de");
    q = expect_quote (&inverted, "Gedanken sind bei den Fischern", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&inverted, q, "die Ministerin", "Eva Lind");
  }

  /* "Selbst" and "Sogar" before the subject are adverbs, no names; a
   * name in quotation marks after the subject belongs to it. */
  {
    g_auto(Result) even = { 0, };

    analyze (&even, "Selbst die Zeitung „Abendpost“ hatte kritisiert, dass die Stadt „viel zu spät“ gehandelt habe.\n\n"
                    "Sogar der Minister Jonas Keller sagte, die Mole sei „nicht mehr zu retten“.", "de");
    q = expect_quote (&even, "viel zu spät", QM_QUOTE_KIND_DIRECT);
    /* the paper's name in marks is part of the mention, as after "schreibt" */
    expect_mention (&even, q, "die Zeitung „Abendpost");
    q = expect_quote (&even, "nicht mehr zu retten", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&even, q, "der Minister Jonas Keller", "Jonas Keller");
  }

  /* "X zufolge" inside the clause gives the quoted words right after it,
   * as "laut X" does, and the whole sentence, a mixed quotation (not the
   * words after the source alone). */
  {
    g_auto(Result) zufolge = { 0, };

    analyze (&zufolge, "Der Grund für den Halt waren dem Bericht zufolge nicht genannte „technische "
                       "Mängel“, die zur Rückkehr zwangen.\n\n"
                       "Die Fähre musste der Reederei zufolge wegen „schwerer See“ umkehren.", "de");
    q = expect_quote (&zufolge, "technische Mängel", QM_QUOTE_KIND_DIRECT);
    expect_mention (&zufolge, q, "dem Bericht");
    q = expect_quote (&zufolge, "schwerer See", QM_QUOTE_KIND_DIRECT);
    expect_mention (&zufolge, q, "der Reederei");
    g_assert_null (find_quote (&zufolge, "wegen „schwerer See“ umkehren"));
    q = expect_quote (&zufolge, "Die Fähre musste der Reederei zufolge wegen „schwerer See“ umkehren", QM_QUOTE_KIND_MIXED);
    expect_mention (&zufolge, q, "der Reederei");
  }

  /* "Als „…“ beurteilte X das Y": the words fronted with "als" before a
   * naming verb are the subject's after the verb, who goes on speaking in
   * the quotation after it. */
  {
    g_auto(Result) fronted = { 0, };

    analyze (&fronted, "„Wir bleiben“, sagte Anna Berg. Als „vertane Gelegenheit“ wertete der Minister Hans Roth "
                       "das Treffen. „Es hat für die Stadt und ihre Bürger leider gar nichts gebracht.“", "de");
    q = expect_quote (&fronted, "vertane Gelegenheit", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&fronted, q, "der Minister Hans Roth", "Hans Roth");
    q = expect_quote (&fronted, "Es hat für die Stadt und ihre Bürger leider gar nichts gebracht.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&fronted, q), ==, "Hans Roth");
  }

  /* "Am Montag besuchte X … und sagte, …": after a phrase that a
   * preposition opens and the verb, the subject of both verbs — not the
   * noun in the phrase, nor a name in quotation marks after it. */
  {
    g_auto(Result) joined = { 0, };

    analyze (&joined, "Am Montag besuchte der Minister Hans Roth den Hafen und sagte, die Mole sei „sehr marode“.\n\n"
                      "Unter dem Motto „Keine Angst“ zogen die Fischer durch die Stadt und skandierten dabei Parolen wie "
                      "„Rettet den Hafen!“.", "de");
    q = expect_quote (&joined, "sehr marode", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&joined, q, "der Minister Hans Roth", "Hans Roth");
    q = expect_quote (&joined, "Rettet den Hafen!", QM_QUOTE_KIND_DIRECT);
    expect_mention (&joined, q, "die Fischer");
  }

  /* "Auf den Vorwurf der X, …, entgegnete Y, …": the clause after the
   * noun for what was said is its owner's, not the words of the cue after
   * it, which reports what follows it. */
  {
    g_auto(Result) reply = { 0, };

    analyze (&reply, "Auf den Vorwurf der Opposition, es handele sich um einen „teuren Unsinn“, entgegnete der "
                     "Bürgermeister Jonas Keller, die Kosten seien gedeckt.", "de");
    q = expect_quote (&reply, "es handele sich um einen „teuren Unsinn“", QM_QUOTE_KIND_MIXED);
    expect_mention (&reply, q, "der Opposition");
    q = expect_quote (&reply, "teuren Unsinn", QM_QUOTE_KIND_DIRECT);
    expect_mention (&reply, q, "der Opposition");
    q = expect_quote (&reply, "die Kosten seien gedeckt", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&reply, q, "der Bürgermeister Jonas Keller", "Jonas Keller");
  }

  /* "In einem Bericht, der … wurde, rechtfertigte X …": a phrase that a
   * preposition opens and its relative clause are fronted before the
   * verb, no content reported by the verb after the comma. */
  {
    g_auto(Result) fronted_relative = { 0, };

    analyze (&fronted_relative, "In einem Bericht, der am Montag veröffentlicht wurde, rechtfertigte das Ministerium die "
                                "Sperrung als „reine Vorsicht“.\n\n"
                                "Bei einer Sitzung, die bis in die Nacht dauerte, sagte der Minister Hans Roth, die Mole "
                                "sei „nicht mehr sicher“.", "de");
    q = expect_quote (&fronted_relative, "reine Vorsicht", QM_QUOTE_KIND_DIRECT);
    expect_mention (&fronted_relative, q, "das Ministerium");
    g_assert_null (find_quote (&fronted_relative, "In einem Bericht, der am Montag veröffentlicht wurde"));
    g_assert_null (find_quote (&fronted_relative, "Bei einer Sitzung, die bis in die Nacht dauerte"));
    q = expect_quote (&fronted_relative, "die Mole sei „nicht mehr sicher“", QM_QUOTE_KIND_MIXED);
    expect_speaker (&fronted_relative, q, "der Minister Hans Roth", "Hans Roth");
  }

  /* "Nachdem …, sagte X, …": a subordinate clause fronted before the verb
   * is no content of the verb after the comma. */
  {
    g_auto(Result) subordinate = { 0, };

    analyze (&subordinate, "Nachdem die Sitzung beendet war, bezeichnete der Minister Hans Roth den Plan als "
                           "„teuren Unsinn“.\n\n"
                           "Obwohl es regnete, sagte die Ministerin Eva Lind, die Mole sei „nicht mehr sicher“.", "de");
    q = expect_quote (&subordinate, "teuren Unsinn", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&subordinate, q, "der Minister Hans Roth", "Hans Roth");
    g_assert_null (find_quote (&subordinate, "Nachdem die Sitzung beendet war"));
    g_assert_null (find_quote (&subordinate, "Obwohl es regnete"));
    q = expect_quote (&subordinate, "die Mole sei „nicht mehr sicher“", QM_QUOTE_KIND_MIXED);
    expect_speaker (&subordinate, q, "die Ministerin Eva Lind", "Eva Lind");
  }

  /* "Sichtlich bewegt sagte X": an adverb and lower-case words before the
   * verb are fronted, the subject follows the verb; "ließ mitteilen" is a
   * cue. */
  {
    g_auto(Result) fronted_adverb = { 0, };

    analyze (&fronted_adverb, "Sichtlich erleichtert sagte die Ministerin Eva Lind: „Die Mole ist sicher.“\n\n"
                              "Der Hafenmeister ließ über einen Sprecher mitteilen, die Mole sei „völlig marode“.", "de");
    q = expect_quote (&fronted_adverb, "Die Mole ist sicher.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&fronted_adverb, q, "die Ministerin Eva Lind", "Eva Lind");
    q = expect_quote (&fronted_adverb, "die Mole sei „völlig marode“", QM_QUOTE_KIND_MIXED);
    expect_mention (&fronted_adverb, q, "Der Hafenmeister");
  }

  /* A sentence without a speech verb whose subject names a person, right
   * before a Konjunktiv sentence: that person speaks in it, not the last
   * speaker; after a phrase that a preposition opens, the subject follows
   * the verb. */
  {
    g_auto(Result) subject = { 0, };

    analyze (&subject, "„Die Mole ist sicher“, sagte Jonas Keller.\n\n"
                       "Am Rande der Sitzung nahm auch die Ministerin Eva Lind zu der Frage Stellung. Jeder Schiffer "
                       "könne „den Hafen weiter nutzen“.\n\n"
                       "„Wir bleiben“, sagte Jonas Keller. Der Bürgermeister Hans Roth hatte Gutes zu vermelden. "
                       "Erstmals sei die Mole „wieder sicher“.", "de");
    q = expect_quote (&subject, "den Hafen weiter nutzen", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&subject, q, "die Ministerin Eva Lind", "Eva Lind");
    q = expect_quote (&subject, "wieder sicher", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&subject, q, "Der Bürgermeister Hans Roth", "Hans Roth");
  }

  /* … and the quotation without a cue after it is that person's too. */
  {
    g_auto(Result) visit = { 0, };

    analyze (&visit, "„Wir bleiben“, sagte Jonas Keller. Die Ministerin Eva Lind besuchte am Montag den Hafen. "
                     "„Die Mole ist marode und muss gesperrt werden.“", "de");
    q = expect_quote (&visit, "Die Mole ist marode und muss gesperrt werden.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&visit, q, "Die Ministerin Eva Lind", "Eva Lind");
  }

  /* … also after an adverb and the verb. */
  {
    g_auto(Result) adverb_first = { 0, };

    analyze (&adverb_first, "„Wir bleiben“, sagte Jonas Keller. Gestern besuchte die Ministerin Eva Lind den Hafen. "
                            "„Die Mole ist marode und muss gesperrt werden.“", "de");
    q = expect_quote (&adverb_first, "Die Mole ist marode und muss gesperrt werden.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&adverb_first, q, "die Ministerin Eva Lind", "Eva Lind");
  }

  /* … after a long phrase that a preposition opens (genitives and other
   * such phrases joined); a role no one had yet is the person named in
   * the apposition after it. */
  {
    g_auto(Result) apposition = { 0, };

    analyze (&apposition, "„Die Mole ist sicher“, sagte Jonas Keller. Am Rande einer Sitzung des neuen Landtages in "
                          "Kiel nahm nun auch der Regierungschef des Landes, Hans Roth (SPD), zu der Frage "
                          "Stellung. Jeder Schiffer könne „den Hafen weiter nutzen“.", "de");
    q = expect_quote (&apposition, "den Hafen weiter nutzen", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&apposition, q, "der Regierungschef", "Hans Roth");
  }

  /* A role no one had yet, with a name in an apposition after it and its
   * genitives, is that person. */
  {
    g_auto(Result) role_name = { 0, };

    analyze (&role_name, "Die Vorsitzende des Verbands, Karin Broszat, hat sich gegen den Plan ausgesprochen und "
                         "behauptet, die Kosten seien „viel zu hoch“.", "de");
    q = expect_quote (&role_name, "viel zu hoch", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&role_name, q), ==, "Karin Broszat");
  }

  /* Two capitals that open a sentence may be an adjective and a noun, no
   * person: the Konjunktiv sentence after them stays the last speaker's. */
  {
    g_auto(Result) weather = { 0, };

    analyze (&weather, "„Wir bleiben“, sagte Jonas Keller. Schwere Regenfälle trafen die Stadt. Die Lage sei "
                       "„sehr ernst“.", "de");
    q = expect_quote (&weather, "sehr ernst", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&weather, q), ==, "Jonas Keller");
  }

  /* Participles of speech verbs after an auxiliary: "hatte gewarnt, …" */
  {
    g_auto(Result) perfect = { 0, };

    analyze (&perfect, "„Wir bleiben“, sagte Jonas Keller. Die Ministerin Eva Lind hatte bereits im Mai gewarnt, "
                       "die Mole sei „völlig marode“.", "de");
    q = expect_quote (&perfect, "die Mole sei „völlig marode“", QM_QUOTE_KIND_MIXED);
    expect_speaker (&perfect, q, "Die Ministerin Eva Lind", "Eva Lind");
  }
}

/* « … »: the spaces of French spacing, plain or no-break, are the marks',
 * not the quotation's words. */
static void
test_probe_french_spacing (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The director Ines Moreau spoke first. « Film is a border we cross without papers », she said. "
               "«\u00a0Nobody slept\u00a0», she added.", "en");
  q = expect_quote (&r, "Film is a border we cross without papers", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
  q = expect_quote (&r, "Nobody slept", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "she");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
}

/* ‘We’ve heard ’em all before.’ — inside a single quotation, a right mark
 * after a space and before a lower-case letter is an elision, not the
 * quotation's end. */
static void
test_probe_elision_in_single (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Their director, Priya Nair, said: ‘We’ve heard ’em all before – avocados, flat whites. "
               "It’s never the landlords’ fault, is it?’", "en");
  q = expect_quote (&r, "We’ve heard ’em all before – avocados, flat whites. It’s never the landlords’ fault, is it?",
                    QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Their director", "Priya Nair");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* "rock ’n’ roll", "fish 'n' chips": a lower-case letter between two
 * apostrophes is a word, not a quotation, and it does not close the single
 * quotation it stands in. */
static void
test_probe_apostrophe_letter (void)
{
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "‘It’s all rock ’n’ roll round here – rats everywhere,’ the boy said.", "en");
    q = expect_quote (&r, "It’s all rock ’n’ roll round here – rats everywhere,", QM_QUOTE_KIND_DIRECT);
    expect_mention (&r, q, "the boy");
    g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "The cafe sells fish 'n' chips to the whole town, and nothing else.", "en");
    g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
  }
}

/* English: a name that opens a sentence as its subject, with no cue, is a
 * person a later pronoun may mean — a listed given name, a role before
 * the name, a surname already known, or after a fronted phrase — and a
 * newer subject of the pronoun's gender goes before the latest speaker. */
static void
test_probe_subject_antecedent (void)
{
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "\"The harbour is fine,\" said Eva Berg.\n\n"
                 "Thomas Fisk runs the bakery on the quay. \"It is not fine at all,\" he said.", "en");
    q = expect_quote (&r, "It is not fine at all,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "he", "Thomas Fisk");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "\"The harbour is fine,\" said Tom Berg. His neighbour Mark Fisk shook his head. "
                 "\"It is not fine at all,\" he said.", "en");
    q = expect_quote (&r, "It is not fine at all,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "he", "Mark Fisk");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "\"The harbour is fine,\" said Tom Berg.\n\n"
                 "Every morning at six, Samuel Dakin unties the ferry. \"I started here in 1990,\" he says.", "en");
    q = expect_quote (&r, "I started here in 1990,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "he", "Samuel Dakin");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "\"The harbour is fine,\" said Tom Berg. The Lyon-based director Ines Moreau opened the "
                 "festival. \"Film is a border we cross without papers,\" she told the audience.", "en");
    q = expect_quote (&r, "Film is a border we cross without papers,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "she", "Ines Moreau");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    /* a surname alone that opens a sentence, of someone already known */
    analyze (&r, "Samuel Dakin unties the ferry at six. \"I started in 1990,\" he says.\n\n"
                 "\"They love the ferry in speeches,\" said Margaret Lomax.\n\n"
                 "Dakin shrugs when I tell him this. \"Bea is right,\" he says.", "en");
    q = expect_quote (&r, "Bea is right,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "he", "Samuel Dakin");
  }
}

/* “We won.” — a quoted whole sentence after another in its paragraph is
 * someone's words even without a cue; a short quotation that makes a
 * paragraph alone stays a heading's (kind scare). */
static void
test_probe_whole_sentence_quote (void)
{
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Tom Lund smiled at the crowd on the quay. “We won.”", "en");
    expect_quote (&r, "We won.", QM_QUOTE_KIND_DIRECT);
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "»Das Meer ist jeden Tag ein anderes«, sagt der Maler Jens Harder. »Ich werde nie fertig.«", "de");
    expect_quote (&r, "Ich werde nie fertig.", QM_QUOTE_KIND_DIRECT);
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "The council met on Monday.\n\n“A harbour for all.”\n\nThe mayor left early.", "en");
    expect_quote (&r, "A harbour for all.", QM_QUOTE_KIND_SCARE);
  }
}

/* "A critic, writing for a daily, called the film “…”": the participle's
 * content does not run into the clause of the sentence's own cue; one
 * quotation, not two overlapping ones. */
static void
test_probe_participle_then_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "A Swiss critic, writing for a Geneva daily, called the ferry film “a small miracle”.", "en");
  q = expect_quote (&r, "the ferry film “a small miracle”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "A Swiss critic");
  g_assert_null (find_quote (&r, "called the ferry film “a small miracle”"));
}

/* "Moreau replied simply: “…”": an adverb between the cue and the colon
 * is no part of the quotation, which stays direct. */
static void
test_probe_adverb_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Asked about her next film, Ines Moreau replied simply: “Something quieter.”", "en");
  q = expect_quote (&r, "Something quieter.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ines Moreau", "Ines Moreau");
}

/* "Economist Claire Dunmore said", "sagte Landrätin Karina Dörk": a role
 * that opens the phrase before a name is the role, not part of the name,
 * so the surname and the role noun find the person later. */
static void
test_probe_role_before_name (void)
{
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Economist Claire Dunmore said the data showed a \"two-speed\" economy. "
                 "\"The cheap years are over,\" Dunmore said.", "en");
    q = expect_quote (&r, "the data showed a \"two-speed\" economy", QM_QUOTE_KIND_MIXED);
    expect_speaker (&r, q, "Economist Claire Dunmore", "Claire Dunmore");
    q = expect_quote (&r, "The cheap years are over,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Dunmore", "Claire Dunmore");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "„Wir haben alle rechtzeitig informiert“, sagte Landrätin Karina Dörk. "
                 "Die Landrätin sagte, sie wolle „jede Frage beantworten“.", "de");
    q = expect_quote (&r, "Wir haben alle rechtzeitig informiert", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Landrätin Karina Dörk", "Karina Dörk");
    q = expect_quote (&r, "sie wolle „jede Frage beantworten“", QM_QUOTE_KIND_MIXED);
    expect_speaker (&r, q, "Die Landrätin", "Karina Dörk");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Personalvorstand Martin Seiler sprach von einer »völlig unnötigen Eskalation«.", "de");
    q = expect_quote (&r, "völlig unnötigen Eskalation", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Personalvorstand Martin Seiler", "Martin Seiler");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    /* any board member's title: "-vorstand", "-vorständin" */
    analyze (&r, "Technikvorständin Ilse Brandt nannte die Pläne „vernünftig“.", "de");
    q = expect_quote (&r, "vernünftig", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Technikvorständin Ilse Brandt", "Ilse Brandt");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    /* "Manager", "Teammanager", "Kapitän", "Bayern-Kapitän", "Torschütze" */
    analyze (&r, "Teammanager Olaf Rieck sprach von einem „Fehlstart“. Bayern-Kapitän Jan Moll nannte das Spiel "
                 "„ärgerlich“.", "de");
    q = expect_quote (&r, "Fehlstart", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Teammanager Olaf Rieck", "Olaf Rieck");
    q = expect_quote (&r, "ärgerlich", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "Bayern-Kapitän Jan Moll", "Jan Moll");
  }
}

/* "ROTTERDAM (AP) -- …": a dateline with a dash of two hyphens is no
 * part of what the cue at the sentence's end reports. */
static void
test_probe_dateline_double_hyphen (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "ROTTERDAM (AP) -- Dock workers in the harbour voted on Friday to end the strike, union officials said.",
           "en");
  q = expect_quote (&r, "Dock workers in the harbour voted on Friday to end the strike", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "union officials");
}

/* "“…,” he says, pulling the engine cord. “…”": what the speaker does
 * after the cue is no reported speech. */
static void
test_probe_participle_after_quote_cue (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "\"When I started, there were four of us on this river,\" he says, pulling the engine cord. "
               "\"Now there is only me.\"", "en");
  g_assert_null (find_quote (&r, ", pulling the engine cord"));
  g_assert_null (find_quote (&r, "pulling the engine cord"));
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* "…, Defense Minister of Belarus Viktor Khrenin said": a title with its
 * place after a comma that follows a name-like word (the content's last)
 * is the subject before its verb, not a place in apposition. */
static void
test_probe_title_place_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Belarus will deepen its cooperation with Azerbaijan, Defense Minister of Belarus Viktor Khrenin "
               "said on Tuesday.\n\n\"We will build on it,\" Khrenin told reporters.", "en");
  q = expect_quote (&r, "Belarus will deepen its cooperation with Azerbaijan", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Defense Minister of Belarus Viktor Khrenin", "Viktor Khrenin");
  q = expect_quote (&r, "We will build on it,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Khrenin", "Viktor Khrenin");
}

/* "They've called me worse": a capitalised word with a contracted verb is
 * no person, so "he said" later does not go to "They've"; "O'Brien" is. */
static void
test_probe_contraction_no_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Lund: They've called me worse. The data speaks for itself.\n\n"
               "\"It is fine,\" said Conor O'Brien. \"Lund writes beautifully,\" he said.", "en");
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "They've");
  q = expect_quote (&r, "Lund writes beautifully,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "he", "Conor O'Brien");
}

/* "The long night shift: “…”" — a headline's phrase before the colon
 * that names no one is no speaker; "A hospital spokesman: “…”" is. */
static void
test_probe_headline_colon (void)
{
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "The long night shift: “We were running on empty”\n\nFor eleven years, Maria Dos worked nights.", "en");
    q = expect_quote (&r, "We were running on empty", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpint (q->speaker.start, <, 0);
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "A hospital spokesman: “We are sorry for the wait.”", "en");
    q = expect_quote (&r, "We are sorry for the wait.", QM_QUOTE_KIND_DIRECT);
    expect_mention (&r, q, "A hospital spokesman");
  }
}

/* “He came home soaking wet and said, ‘I’ve found it.’” — a nested
 * quotation after verbs that "and" joins is the words of the pronoun that
 * opens their clause. */
static void
test_probe_nested_and_said (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“He came home soaking wet and said, ‘I’ve found it. I’ve found our future,’” his wife recalls.",
           "en");
  q = expect_quote (&r, "I’ve found it. I’ve found our future,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "He");
}

/* "The Housing Secretary, Mark Ellison, was forced to apologise after
 * telling …": the participle's subject is the sentence's, the name in
 * apposition. */
static void
test_probe_apposition_participle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The Harbour Secretary, Mark Ellsworth, was forced to apologise last night after telling a "
               "conference that young renters were \"too lazy to save\".", "en");
  q = expect_quote (&r, "that young renters were \"too lazy to save\"", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Mark Ellsworth", "Mark Ellsworth");
}

/* "He told me the recovery was …", "told us he …": the writer told is no
 * part of what was said. */
static void
test_probe_told_me (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Markus Ebner told us he shares her urgency but not her tone. "
               "Tom Fisk disagreed. He told me the recovery was \"real but slow\".", "en");
  q = expect_quote (&r, "he shares her urgency but not her tone", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Markus Ebner", "Markus Ebner");
  q = expect_quote (&r, "the recovery was \"real but slow\"", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "He", "Tom Fisk");
}

/* British titles: "Cllr Shah" is councillor Priya Shah, "Detective
 * Sergeant Paul Cooke" is Paul Cooke. */
static void
test_probe_british_titles (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Local councillor Priya Shah called the response \"too little, too late\". "
               "\"Residents have been fobbed off for weeks,\" Cllr Shah said.\n\n"
               "Detective Sergeant Paul Cooke of Leeds said the sentence sent \"a clear message\".", "en");
  q = expect_quote (&r, "Residents have been fobbed off for weeks,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Cllr Shah", "Priya Shah");
  q = expect_quote (&r, "the sentence sent \"a clear message\"", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Detective Sergeant Paul Cooke of Leeds", "Paul Cooke");
  {
    g_auto(Result) mp = { 0, };

    /* "MP" is a title, no surname that "the veteran MP" could match */
    analyze (&mp, "“It is a shame,” said Tom Lund MP.\n\n"
                  "Graham Hodge, 68, was less forgiving. ‘It was a daft thing to say,’ the veteran MP admitted.", "en");
    q = expect_quote (&mp, "It was a daft thing to say,", QM_QUOTE_KIND_DIRECT);
    expect_mention (&mp, q, "the veteran MP");
    g_assert_cmpstr (person_name (&mp, q), !=, "Tom Lund MP");
  }
}

/* "The landlords' association says …": the straight apostrophe of a
 * plural possessive in lower case is the word's, as the curly one is. */
static void
test_probe_plural_possessive (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The landlords' association says the rents on the quay are \"fair\". The tenants disagree.", "en");
  q = expect_quote (&r, "the rents on the quay are \"fair\"", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The landlords' association");
  g_assert_null (find_quote (&r, "fair"));
}

/* "According to the Belarusian ministry, …": a capitalised adjective and
 * an organisation in lower case are one organisation, not a person
 * "Belarusian". */
static void
test_probe_adjective_organisation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "According to the Belarusian ministry, the plan covers training and the exchange of officers.", "en");
  q = expect_quote (&r, "the plan covers training and the exchange of officers", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "the Belarusian ministry", "Belarusian ministry");
  g_assert_true (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, q->person))->organisation);
}

/* "the 24-year-old said": an age is the latest person named, here a
 * subject made sure by the relative clause after the name. */
static void
test_probe_age_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "\"A great win,\" said coach Tom Berg.\n\n"
               "Kieran Dolan, who has scored 14 goals this season, was modest afterwards. "
               "\"It is the lads who did it,\" the 24-year-old said.", "en");
  q = expect_quote (&r, "It is the lads who did it,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "the 24-year-old", "Kieran Dolan");
  {
    g_auto(Result) other = { 0, };

    /* "an 81-year-old": someone new, not the latest person */
    analyze (&other, "\"He took their savings,\" said the prosecutor, Sarah Whitby.\n\n"
                     "One victim, an 81-year-old widow, said: \"I cannot sleep at night.\"", "en");
    q = expect_quote (&other, "I cannot sleep at night.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&other, q), !=, "Sarah Whitby");
  }
}

/* "Her former colleague, who asked not to be named, said …": a possessive
 * and a lower-case title or word before the role make one phrase, the
 * subject before the relative clause. */
static void
test_probe_former_role (void)
{
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Her former colleague, who asked not to be named, said the new porters were “mostly day labourers”.",
             "en");
    q = expect_quote (&r, "the new porters were “mostly day labourers”", QM_QUOTE_KIND_MIXED);
    expect_mention (&r, q, "Her former colleague");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "The former official, who worked with him for years, said the harbour had never been so quiet.", "en");
    q = expect_quote (&r, "the harbour had never been so quiet", QM_QUOTE_KIND_INDIRECT);
    expect_mention (&r, q, "The former official");
  }
}

/* "the festival's director, Hans Vogt, said": the name in the apposition
 * after a role is the speaker, not someone of that role named before. */
static void
test_probe_role_apposition_first (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The Lyon-based director Ines Moreau opened the festival on Friday.\n\n"
               "The festival's artistic director, Hans Vogt, said the line-up reflected \"a world that talks again\".",
           "en");
  q = expect_quote (&r, "the line-up reflected \"a world that talks again\"", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "The festival's artistic director", "Hans Vogt");
  {
    g_auto(Result) other = { 0, };

    /* a role in lower case before the name in the apposition */
    analyze (&other, "The jury president, actress Laura Bellini, described the film as \"brave and very moving\".", "en");
    q = expect_quote (&other, "the film as \"brave and very moving\"", QM_QUOTE_KIND_MIXED);
    expect_speaker (&other, q, "The jury president", "Laura Bellini");
  }
}

/* "Mrs Bailey’s grandson, Liam, 19, was more blunt. ‘…,’ he laughed." —
 * the name in commas after someone's relative opens the sentence as its
 * subject; with the genders of both unknown, the newer subject goes
 * before the latest speaker. */
static void
test_probe_relative_apposition_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "‘Residents have been fobbed off,’ Cllr Priya Shah said.\n\n"
               "Mrs Bailey’s grandson, Liam, 19, was more blunt. ‘It’s rats everywhere round here now,’ he laughed.",
           "en");
  q = expect_quote (&r, "It’s rats everywhere round here now,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "he", "Liam");
}

/* "Q: …?" ¶ "Lund: …": the letter of an interview's question is no one a
 * pronoun means. */
static void
test_probe_interview_letter (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Q: Your new record sounds quite angry to me. Why is that?\n\n"
               "Lund: Because I am angry about the harbour and about the town.\n\n"
               "Q: Some people call it a protest record.\n\n"
               "Her producer smiled at that. \"Lund has been angry since 2009,\" she said.", "en");
  q = expect_quote (&r, "Lund has been angry since 2009,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), !=, "Q");
}

/* Speakers described, not named: a role of affiliated-roles and the
 * organisation whose the role is ("a spokesman for the ministry", "the
 * ministry spokesman") are one person for each organisation, named by
 * both; "the spokesman" and "he" find the latest of them, a name given
 * with the role is the person, and a group or someone without an
 * organisation is no one in the people list. */
static void
test_described_speakers (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) o = { 0, };
  g_auto(Result) n = { 0, };
  g_auto(Result) a = { 0, };
  g_auto(Result) b = { 0, };
  const QmFoundQuote *q;
  QmFoundPerson *person;
  int ministry, union_, authority;

  analyze (&r, "A spokesman for the ministry said that the plan was sound. A spokesman for the union said that "
               "the plan was a disaster. The ministry spokesman added that talks would go on. He said that the "
               "talks were useful. The spokesman said that a deal was close.", "en");
  q = expect_quote (&r, "that the plan was sound", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "A spokesman", "spokesman for the ministry");
  ministry = q->person;
  person = g_ptr_array_index (r.analysis->people, ministry);
  g_assert_false (person->organisation);
  g_assert_cmpstr (person->role, ==, "spokesman");
  q = expect_quote (&r, "that the plan was a disaster", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "A spokesman", "spokesman for the union");
  union_ = q->person;
  g_assert_cmpint (union_, !=, ministry);
  q = expect_quote (&r, "that talks would go on", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "The ministry spokesman", "spokesman for the ministry");
  g_assert_cmpint (q->person, ==, ministry);
  q = expect_quote (&r, "that the talks were useful", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "He", "spokesman for the ministry");
  q = expect_quote (&r, "that a deal was close", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "The spokesman", "spokesman for the ministry");
  g_assert_cmpuint (r.analysis->people->len, ==, 2);
  /* the other order is an alias */
  person = g_ptr_array_index (r.analysis->people, ministry);
  g_assert_cmpuint (person->aliases->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (person->aliases, 0), ==, "ministry spokesman");

  analyze (&o, "A senior official at the Harbour Authority said that the quay was safe. A representative of the "
               "union said that it was not. An Acme spokeswoman said that the ships would wait. The official said "
               "that the dredging would start in May. A spokeswoman for the city said that the berths were free.", "en");
  q = expect_quote (&o, "that the quay was safe", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&o, q, "A senior official", "senior official at the Harbour Authority");
  authority = q->person;
  q = expect_quote (&o, "that it was not", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&o, q, "A representative", "representative of the union");
  q = expect_quote (&o, "that the ships would wait", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&o, q, "An Acme spokeswoman", "Acme spokeswoman");
  g_assert_false (((QmFoundPerson *)g_ptr_array_index (o.analysis->people, q->person))->organisation);
  q = expect_quote (&o, "that the dredging would start in May", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, ==, authority);
  q = expect_quote (&o, "that the berths were free", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&o, q, "A spokeswoman", "spokeswoman for the city");
  g_assert_cmpuint (o.analysis->people->len, ==, 4);

  /* a name with the role or in apposition is the person; a group, or one
   * without an organisation, is no one of the people list */
  analyze (&n, "Police spokesman Tom Berg said that the road was closed. The police spokesman added that it would "
               "open soon. Officials said that the ferry would run. A person familiar with the matter said that it "
               "would not. A spokesman for the ministry, Eva Lund, said that it might.", "en");
  q = expect_quote (&n, "that the road was closed", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&n, q, "Tom Berg", "Tom Berg");
  g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (n.analysis->people, q->person))->role, ==, "Police spokesman");
  q = expect_quote (&n, "that it would open soon", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&n, q, "The police spokesman", "Tom Berg");
  q = expect_quote (&n, "that the ferry would run", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&n, q, "Officials", NULL);
  q = expect_quote (&n, "that it would not", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, <, 0);
  q = expect_quote (&n, "that it might", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&n, q), ==, "Eva Lund");
  g_assert_cmpuint (n.analysis->people->len, ==, 2);

  /* "a labor official" is someone else than "a White House official" */
  analyze (&a, "A White House official said that the visit was planned. A labor official said that it was not.", "en");
  q = expect_quote (&a, "that the visit was planned", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&a, q, "A White House official", "White House official");
  q = expect_quote (&a, "that it was not", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, <, 0);

  /* "a spokesman" of no organisation is no one of the people list (no
   * organisation "spokesman" either), as "an official" is not; a
   * possessor is whose the spokesman is; after the quotation too */
  analyze (&b, "Tom Lund said that the port was safe. A spokesman said that the port was closed.\n\n"
               "The prime minister’s spokesman said that no call was planned. The spokesman said that the talks "
               "would go on.\n\n"
               "“We will look at it,” said a spokeswoman for the city council.", "en");
  q = expect_quote (&b, "that the port was closed", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&b, q, "A spokesman", NULL);
  q = expect_quote (&b, "that no call was planned", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&b, q, "The prime minister’s spokesman", "prime minister’s spokesman");
  g_assert_false (((QmFoundPerson *)g_ptr_array_index (b.analysis->people, q->person))->organisation);
  q = expect_quote (&b, "that the talks would go on", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&b, q, "The spokesman", "prime minister’s spokesman");
  q = expect_quote (&b, "We will look at it,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&b, q, "a spokeswoman", "spokeswoman for the city council");
  g_assert_cmpuint (b.analysis->people->len, ==, 3);
}

/* German: "ein Sprecher des Ministeriums", "eine Sprecherin der Stadt",
 * "ein Sprecher von Acme", "ein Polizeisprecher" are people named by role
 * and organisation, one for each organisation (before, "Sprecher der
 * Gewerkschaft" read as a title and a name, "Gewerkschaft"); "sie" finds
 * the Sprecherin; a name in apposition is the person. */
static void
test_described_speakers_german (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) c = { 0, };
  g_auto(Result) g = { 0, };
  g_auto(Result) v = { 0, };
  g_auto(Result) w = { 0, };
  const QmFoundQuote *q;
  int ministry;

  analyze (&r, "Ein Sprecher des Ministeriums sagte, der Plan sei solide. Ein Sprecher der Gewerkschaft sagte "
               "dagegen, der Plan sei ein Desaster. Der Sprecher des Ministeriums sagte, man rede weiter.", "de");
  q = expect_quote (&r, "der Plan sei solide", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Sprecher des Ministeriums");
  g_assert_false (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, q->person))->organisation);
  ministry = q->person;
  q = expect_quote (&r, "der Plan sei ein Desaster", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Sprecher der Gewerkschaft");
  q = expect_quote (&r, "man rede weiter", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, ==, ministry);
  g_assert_cmpuint (r.analysis->people->len, ==, 2);

  analyze (&c, "Ein Polizeisprecher sagte, die Straße sei gesperrt. Eine Sprecherin der Stadt sagte, das stimme "
               "nicht. Sie sagte, die Straße sei frei.\n\n"
               "Die Sprecherin des Vereins, Eva Horn, sagte, der Plan sei gut. Ein Sprecher von Acme sagte, der "
               "Plan sei schlecht.", "de");
  q = expect_quote (&c, "die Straße sei gesperrt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&c, q, "Ein Polizeisprecher", "Polizeisprecher");
  q = expect_quote (&c, "das stimme nicht", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&c, q), ==, "Sprecherin der Stadt");
  q = expect_quote (&c, "die Straße sei frei", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&c, q, "Sie", "Sprecherin der Stadt");
  q = find_quote (&c, "der Plan sei gut");
  if (q == NULL)
    q = expect_quote (&c, "Die Sprecherin des Vereins, Eva Horn, sagte, der Plan sei gut", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&c, q), ==, "Eva Horn");
  q = expect_quote (&c, "der Plan sei schlecht", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&c, q), ==, "Sprecher von Acme");
  g_assert_cmpuint (c.analysis->people->len, ==, 4);

  /* a compound that is a title ("Regierungssprecher") and "er" after it;
   * a named Polizeisprecher found again by the role; after the
   * quotation; "die Sprecherin" is the latest Sprecherin; "ein Sprecher"
   * of no organisation is no one of the people list */
  analyze (&g, "Der Regierungssprecher sagte, die Lage sei ernst. Er sagte, man warte ab.\n\n"
               "Polizeisprecher Tom Berg sagte, die Straße sei gesperrt. Der Polizeisprecher sagte, sie werde bald "
               "frei.\n\n"
               "„Wir prüfen das“, sagte ein Sprecher des Ministeriums. Eine Sprecherin der Stadt sagte, die Brücke "
               "sei sicher. Die Sprecherin sagte, sie werde bald saniert. Ein Sprecher sagte, man warte ab.", "de");
  q = expect_quote (&g, "die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&g, q, "Der Regierungssprecher", "Regierungssprecher");
  q = expect_quote (&g, "man warte ab", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&g, q, "Er", "Regierungssprecher");
  q = expect_quote (&g, "sie werde bald frei", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&g, q, "Der Polizeisprecher", "Tom Berg");
  q = expect_quote (&g, "Wir prüfen das", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&g, q, "ein Sprecher", "Sprecher des Ministeriums");
  q = expect_quote (&g, "sie werde bald saniert", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&g, q, "Die Sprecherin", "Sprecherin der Stadt");
  for (guint i = 0; i < g.analysis->quotes->len; i++)
    {
      g_autofree char *m = span_text (&g, g_array_index (g.analysis->quotes, QmFoundQuote, i).speaker);

      if (g_strcmp0 (m, "Ein Sprecher") == 0)
        g_assert_cmpint (g_array_index (g.analysis->quotes, QmFoundQuote, i).person, <, 0);
    }
  g_assert_cmpuint (g.analysis->people->len, ==, 4);

  /* other roles with an organisation in the genitive or after "von" read
   * as a title and a name before ("Ruderverbands", "von Neustadt"): the
   * one named before with that role, or a person described so */
  analyze (&v, "Der Präsident des Ruderverbands sagte, die Regatta falle aus. Der Bürgermeister von Neustadt "
               "sagte, die Brücke sei sicher.\n\n"
               "Präsidentin Eva Lund sagte, der Kanal sei frei.", "de");
  q = expect_quote (&v, "die Regatta falle aus", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&v, q, "Der Präsident des Ruderverbands", "Präsident des Ruderverbands");
  q = expect_quote (&v, "die Brücke sei sicher", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&v, q, "Der Bürgermeister von Neustadt", "Bürgermeister von Neustadt");
  g_assert_cmpuint (v.analysis->people->len, ==, 3);
  analyze (&w, "Präsident Tom Lund sagte, die Regatta falle aus. Der Präsident des Ruderverbands sagte, man warte ab.",
           "de");
  q = expect_quote (&w, "man warte ab", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&w, q, "Der Präsident des Ruderverbands", "Tom Lund");
  g_assert_cmpuint (w.analysis->people->len, ==, 1);
}

/* "Former pupil Jenny Hart said", "Firefighter Dean Walsh told the jury":
 * the roles before a name are no part of it. */
static void
test_probe12_roles (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Former pupil Jenny Marsh, now a teacher herself, said: \"He knew every child by name.\"\n\n"
               "Firefighter Dean Hollis told the jury that the smoke was \"thick and black\".", "en");
  q = expect_quote (&r, "He knew every child by name.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Former pupil Jenny Marsh", "Jenny Marsh");
  q = expect_quote (&r, "that the smoke was \"thick and black\"", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Firefighter Dean Hollis", "Dean Hollis");
}

/* "“…,” the youngster said." — an epithet after a definite article, of no
 * one's role, is the latest person named, as an age is. */
static void
test_probe12_epithet (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "\"We were poor today,\" said coach Tom Berg.\n\n"
               "Jamie Cole, 19, scored twice. \"I just wanted to be brave,\" the youngster said.", "en");
  q = expect_quote (&r, "I just wanted to be brave,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "the youngster", "Jamie Cole");
  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "teenager", 8) & QM_ROLE_EPITHET);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "coach", 5) & QM_ROLE_EPITHET);
}

/* English roles of one gender ("spokeswoman", "actress", "spokesman")
 * tell the gender of the person named or described with them, so that
 * "he" does not go to a woman named later than the man it means, before
 * the name, in an apposition after it, after an organisation, or described
 * without a name. */
static void
test_role_gender (void)
{
  static const char * const women[] = {
    "Council spokeswoman Jo Varga said the plan was ready.",
    "Jo Varga, an actress, said the plan was ready.",
    "The council spokeswoman, Jo Varga, said the plan was ready.",
    "A spokeswoman for the ministry said the plan was ready.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (women); i++)
    {
      g_auto(Result) r = { 0, };
      g_autofree char *text = g_strdup_printf ("Tom Berg, who chairs the union, disagreed with the plan. %s\n\n"
                                               "\"We will not sign,\" he said.\n\n\"The offer stands,\" she said.",
                                               women[i]);
      const QmFoundQuote *q;

      analyze (&r, text, "en");
      q = expect_quote (&r, "We will not sign,", QM_QUOTE_KIND_DIRECT);
      expect_speaker (&r, q, "he", "Tom Berg");
      q = expect_quote (&r, "The offer stands,", QM_QUOTE_KIND_DIRECT);
      g_assert_cmpstr (person_name (&r, q), !=, "Tom Berg");
      g_assert_nonnull (person_name (&r, q));
    }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Jo Varga, a spokesman for the port, said the plan was ready.\n\n\"We will not sign,\" she said.", "en");
    q = expect_quote (&r, "We will not sign,", QM_QUOTE_KIND_DIRECT);
    g_assert_null (person_name (&r, q));
  }
  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "actress", 7) & QM_ROLE_FEMALE_ROLE);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "spokesman", 9) & QM_ROLE_MALE_ROLE);
  g_assert_false (qm_lang_word_roles (qm_lang_get ("en", NULL), "spokesperson", 12) & (QM_ROLE_MALE_ROLE | QM_ROLE_FEMALE_ROLE));
}

/* English: a given name no list holds tells no gender, but a pronoun
 * after the name in its sentence does — a possessive ("his budget") or a
 * subject ("said he would"), also past an apposition — when no one else
 * stands between them; "she" then skips him and finds the woman. An object
 * pronoun ("thanked her for") is someone else and tells nothing. A full
 * name that opens a sentence with such a pronoun is a person from then on. */
static void
test_pronoun_gender (void)
{
  static const char * const men[] = {
    "Chidi Eze said the money was gone. Eze has spent his budget on the quay.",
    "Chidi Eze met the crews. Eze said he would ask the council for more.",
    "Chidi Eze said the money was gone. Eze, a port engineer who built the quay in Ostby, has spent his budget.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (men); i++)
    {
      g_auto(Result) r = { 0, };
      g_autofree char *text = g_strdup_printf ("Adaeze Okonkwo runs the ferry line.\n\n"
                                               "\"We need a second boat,\" Okonkwo said.\n\n%s\n\n"
                                               "\"We will find the money,\" she said.",
                                               men[i]);
      const QmFoundQuote *q;

      analyze (&r, text, "en");
      q = expect_quote (&r, "We will find the money,", QM_QUOTE_KIND_DIRECT);
      expect_speaker (&r, q, "she", "Okonkwo");
    }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Adaeze Okonkwo runs the ferry line.\n\n\"We need a second boat,\" Okonkwo said.\n\n"
                 "Chidi Eze said the money was gone. Eze thanked her for the boat.\n\n"
                 "\"We will find the money,\" she said.", "en");
    q = expect_quote (&r, "We will find the money,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "she", "Chidi Eze");
  }
  /* a full name that opens a sentence with her pronoun is someone, whom
   * "she" finds, though no cue named her */
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "\"The money is gone,\" Chidi Eze said.\n\n"
                 "Adaeze Okonkwo has run her ferry line for a decade.\n\n"
                 "\"We will find the money,\" she said.", "en");
    q = expect_quote (&r, "We will find the money,", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&r, q, "she", "Adaeze Okonkwo");
  }
}

/* German: a role no one has, after a definite article of its gender, is a
 * second word for the person of that gender named just before ("Die
 * Sängerin Mira Holt … sagte die Künstlerin"); not a man, and not a woman
 * named farther back. "Anwohnerin Petra Schuster": the role is no part of
 * the name. A name whose given name no list holds ("Ortrud Lemmer") is of
 * either gender. */
static void
test_german_second_role (void)
{
  static const struct { const char *text; const char *person; } cases[] = {
    { "Die Sängerin Mira Holt stellte am Abend ihr neues Album vor. „Es ist mein persönlichstes Werk“, sagte die Künstlerin.",
      "Mira Holt" },
    { "Anwohnerin Petra Schuster ist skeptisch. „Uns hat niemand gefragt“, sagt die Rentnerin.", "Petra Schuster" },
    { "Tom Weber ist skeptisch. „Uns hat niemand gefragt“, sagt die Rentnerin.", NULL },
    /* a given name no list holds tells no gender: the role's stands */
    { "Hartwig Lemmer hat den Bericht geschrieben. „Die Zahlen stimmen“, sagte der Reporter.", "Hartwig Lemmer" },
    { "Ortrud Lemmer hat den Bericht geschrieben. „Die Zahlen stimmen“, sagte die Reporterin.", "Ortrud Lemmer" },
    { "Petra Schuster wohnt seit vierzig Jahren am Rheinufer. Im Frühjahr soll der Bau der Brücke beginnen, die Stadt "
      "hat dafür bereits mehrere Millionen Euro bereitgestellt und einen Zeitplan veröffentlicht, der viele Beobachter "
      "überrascht hat. „Uns hat niemand gefragt“, sagt die Rentnerin.", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = { 0, };
      const QmFoundQuote *q;

      analyze (&r, cases[i].text, "de");
      q = &g_array_index (r.analysis->quotes, QmFoundQuote, 0);
      g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
      g_assert_cmpstr (person_name (&r, q), ==, cases[i].person);
    }
}

/* German: "nach Angaben des Verbands" is the organisation "Verband", the
 * one "Der Verband" names too; a word the language file does not list as
 * an organisation keeps its ending. */
static void
test_german_genitive_organisation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;
  guint orgs = 0;

  analyze (&r, "Der Verband warnte vor hohen Kosten. Nach Angaben des Verbands könnten die Kosten steigen. "
               "Das Ministerium teilte mit, man sei zuversichtlich.", "de");
  q = expect_quote (&r, "könnten die Kosten steigen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Verband");
  q = expect_quote (&r, "man sei zuversichtlich", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ministerium");
  for (guint i = 0; i < r.analysis->people->len; i++)
    {
      QmFoundPerson *p = g_ptr_array_index (r.analysis->people, i);

      orgs += p->organisation && strcmp (p->name, "Verband") == 0;
      g_assert_cmpstr (p->name, !=, "Verbands");
    }
  g_assert_cmpuint (orgs, ==, 1);
}

/* "But campaigner Sue Mills, 58, who started the petition, said Mr Oakes
 * had …": a role in lower case right before a name of two words opens the
 * subject's phrase (before, no subject was found and "said Mr Oakes" read
 * as an inverted cue). */
static void
test_probe12_role_name_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "But campaigner Ruth Ellery, 61, who started the petition, said Mr Dalton had \"lost touch\" with the "
               "town.", "en");
  q = expect_quote (&r, "Mr Dalton had \"lost touch\" with the town", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Ruth Ellery", "Ruth Ellery");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* "Q: …?" ¶ "A: …" — an interview's labels: the answer is the words of the
 * one interviewed, the person named first before the first question; the
 * question is the interviewer's, no one of the people list. */
static void
test_probe12_interview_labels (void)
{
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "An evening with harpist Ines Moreau\n\n"
                 "Ines Moreau has played the harp for forty years. Her agent, Tom Berg, booked the hall. We met her in "
                 "Lyon.\n\n"
                 "Q: Does it get easier?\n\n"
                 "A: No. I still get nervous before every concert.\n\n"
                 "Q: Why the harp?\n\n"
                 "A: Because my grandmother played it.", "en");
    q = expect_quote (&r, "No. I still get nervous before every concert", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&r, q, "A", "Ines Moreau");
    q = expect_quote (&r, "Because my grandmother played it", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&r, q, "A", "Ines Moreau");
    q = expect_quote (&r, "Why the harp", QM_QUOTE_KIND_INDIRECT);
    g_assert_null (person_name (&r, q));
    for (guint i = 0; i < r.analysis->people->len; i++)
      g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "Q");
  }
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Seit einem Jahr leitet Eva Brandt das Theater. Ein Gespräch über Geld und Publikum.\n\n"
                 "Frage: Frau Brandt, warum spielen Sie so viel Komödie?\n\n"
                 "Antwort: Weil die Leute lachen wollen. Das ist kein Verbrechen.\n\n"
                 "Frage: Und die Drohungen?\n\n"
                 "Antwort: Ja, leider. Aber ich lasse mich davon nicht einschüchtern.", "de");
    q = expect_quote (&r, "Weil die Leute lachen wollen. Das ist kein Verbrechen", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&r, q, "Antwort", "Eva Brandt");
    /* the answer is hers as a whole: no Konjunktiv sentence of it again */
    q = expect_quote (&r, "Ja, leider. Aber ich lasse mich davon nicht einschüchtern", QM_QUOTE_KIND_INDIRECT);
    expect_speaker (&r, q, "Antwort", "Eva Brandt");
    for (guint i = 0; i < r.analysis->quotes->len; i++)
      {
        g_autofree char *text = span_text (&r, g_array_index (r.analysis->quotes, QmFoundQuote, i).span);

        g_assert_cmpstr (text, !=, "Aber ich lasse mich davon nicht einschüchtern");
      }
  }
  {
    g_auto(Result) r = { 0, };

    /* without a question before it, "A:" is no answer */
    analyze (&r, "Eva Brandt runs the theatre.\n\nA: the stalls. B: the circle.", "en");
    g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
  }
  g_assert_true (qm_lang_word_roles (qm_lang_get ("en", NULL), "Q", 1) & QM_ROLE_INTERVIEW_QUESTION);
  g_assert_true (qm_lang_word_roles (qm_lang_get ("de", NULL), "Antwort", 7) & QM_ROLE_INTERVIEW_ANSWER);
}

/* "told the annual conference: “…”", "told a meeting, “…”": the one spoken
 * to runs up to the colon or the comma before the opening mark; the
 * quotation is direct (it was a mixed one from the addressee on). */
static void
test_probe12_told_addressee (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ms Hale told the annual conference: \"We found the ferry in a terrible state.\"\n\n"
               "Mr Rudd told a meeting, \"If you want new roads, you have to pay for them.\"", "en");
  q = expect_quote (&r, "We found the ferry in a terrible state.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ms Hale", "Hale");
  q = expect_quote (&r, "If you want new roads, you have to pay for them.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Mr Rudd", "Rudd");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
}

/* Inside a quotation, "He told a meeting, ‘…’", "The mayor has said many
 * times, ‘…’": a few words in lower case between the verb and the comma,
 * and an auxiliary before the verb, still introduce a nested quotation
 * (longer than a scare quote), someone else's words. */
static void
test_probe12_nested_object_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“He told a meeting, ‘If you want new roads, you have to pay for them.’ We already pay,” Ms Hale said.\n\n"
               "“The mayor has said many times, ‘No family should be priced out of this town,’ and she means it,” "
               "Mr Rudd said.", "en");
  q = expect_quote (&r, "If you want new roads, you have to pay for them.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "He");
  q = expect_quote (&r, "No family should be priced out of this town,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "The mayor");
}

/* 'I've driven round these holes since the 'eighties,' he said. — inside a
 * straight single quotation that stands in no other, a straight mark after
 * a space and before a lower-case letter is an elision, not the end of the
 * quotation (it was a scare quote "'eighties," and the rest broke apart). */
static void
test_probe12_straight_elision (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Local farmer Tom Baker, 71, was more philosophical. 'I've driven round these holes since the 'eighties,' "
               "he said. 'I'll believe they're fixed when I see it.'", "en");
  q = expect_quote (&r, "I've driven round these holes since the 'eighties,' he said. 'I'll believe they're fixed when I "
                        "see it.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "he", "Tom Baker");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* German "„…“, sagte er dieser Zeitung. Die Umsätze seien gesunken." — the
 * dative after the cue and the speaker of a quotation that closed before
 * them is the one spoken to, no indirect quotation "dieser Zeitung"; the
 * Konjunktiv sentence after it is still the speaker's. */
static void
test_probe12_german_dative_addressee (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Vorsitzende des Vereins, Jonas Albrecht, sieht das anders. „Die Stadt plant an den Leuten vorbei“, "
               "sagte er dieser Zeitung. Die Umsätze seien um zwölf Prozent gesunken.", "de");
  q = expect_quote (&r, "Die Stadt plant an den Leuten vorbei", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "er", "Jonas Albrecht");
  q = expect_quote (&r, "Die Umsätze seien um zwölf Prozent gesunken", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Albrecht");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
}

/* "Dias said afterwards: “…”" — "afterwards" is an adverb, no content
 * before the colon, so the quotation is direct (it was a mixed one). */
static void
test_probe12_afterwards_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Kevin Dunne said afterwards: \"It is a bad day. We have to look at ourselves.\"", "en");
  q = expect_quote (&r, "It is a bad day. We have to look at ourselves.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Kevin Dunne", "Kevin Dunne");
}

/* German sports: "Mannschaftskollege Tim Rahn", "Sein Torhüter Jan Brehm"
 * are the names after the roles; "sagte der Schweizer" is the latest man
 * (a nationality, as "der Belgier"). */
static void
test_probe12_german_sport_roles (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mannschaftskollege Tim Rahn lobte: „Er ist in solchen Spielen unbezahlbar.“\n\n"
               "Gladbach-Coach Luca Ferri haderte. „Wir haben aufgehört zu spielen“, sagte der Schweizer. Sein Torhüter "
               "Jan Brehm meinte, man habe sich selbst geschlagen.", "de");
  q = expect_quote (&r, "Er ist in solchen Spielen unbezahlbar.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tim Rahn");
  q = expect_quote (&r, "Wir haben aufgehört zu spielen", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Schweizer", "Luca Ferri");
  q = expect_quote (&r, "man habe sich selbst geschlagen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jan Brehm");
}

/* "Ms Hale told the House: “….” Labour MPs shouted “Shame!”" — a verb with
 * a quotation of its own right after it is no cue of the quotation that
 * ended its sentence before it: two quotations, not one mixed one over
 * both sentences. */
static void
test_probe12_shouted_own_quote (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ms Hale told the House: \"We found the ferry service on its knees.\" Labour MPs shouted \"Shame!\" as "
               "she spoke.", "en");
  q = expect_quote (&r, "We found the ferry service on its knees.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ms Hale", "Hale");
  q = expect_quote (&r, "Shame!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Labour MPs");
}

/* "Prosecutor Rachel Adeyemi KC said …. Ms Adeyemi said …": a barrister's
 * KC or QC follows the surname as a suffix, so "Ms Adeyemi" finds her (it
 * was someone else, "Adeyemi"). */
static void
test_probe12_counsel_suffix (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q, *p;

  analyze (&r, "Prosecutor Rachel Okoro KC said the defendant had planned the fire.\n\n"
               "Ms Okoro said two colleagues had been trapped for twenty minutes.", "en");
  q = expect_quote (&r, "the defendant had planned the fire", QM_QUOTE_KIND_INDIRECT);
  p = expect_quote (&r, "two colleagues had been trapped for twenty minutes", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, >=, 0);
  g_assert_cmpint (q->person, ==, p->person);
  g_assert_cmpuint (r.analysis->people->len, ==, 1);
}

/* German "Wo Touristen sind, wird auch eingekauft.": a question word that
 * opens a clause is no given name ("Wo Touristen" was a person). */
static void
test_probe12_german_question_word (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Das höre ich oft, sagte Eva Brandt. Wo Touristen sind, wird auch eingekauft.", "de");
  g_assert_cmpuint (r.analysis->people->len, ==, 1);
  g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, 0))->name, ==, "Eva Brandt");
}

/* German "Seit einem Jahr ist Eva Brandt Oberbürgermeisterin von Lindau.":
 * a title after a given name and a surname is no part of the name, so
 * "Frau Brandt" finds her. */
static void
test_probe12_german_title_after_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Seit einem Jahr ist Eva Brandt Oberbürgermeisterin von Lindau. Sie sagte, die Stadt gehöre den "
               "Menschen.\n\n"
               "„Frau Brandt regiert an den Leuten vorbei“, sagte Jonas Albrecht.", "de");
  q = expect_quote (&r, "die Stadt gehöre den Menschen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Eva Brandt");
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "Brandt");
}

/* "Professor Tom Hale of King's College London, who …, cautioned that …":
 * a possessive title in the name of the place after the name goes on with
 * the place (the subject was not found), and is no title of the person
 * (who was "College London"). */
static void
test_probe12_place_possessive (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Professor Tom Hale of King's College London, who was not involved in the research, cautioned that the "
               "study could not prove cause and effect.", "en");
  q = expect_quote (&r, "that the study could not prove cause and effect", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Professor Tom Hale of King's College London", "Tom Hale");
}

/* "The report, published in the journal Neurology, found that …": a noun
 * that is also a verb's form ("report") right after the determiner and
 * before a comma opens the subject (there was no speaker). */
static void
test_probe12_report_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The report, published in the journal Brain, found that the risk of decline was higher.", "en");
  q = expect_quote (&r, "that the risk of decline was higher", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The report");
}

/* A headline "“I still get nervous”: pianist Ines Moreau on forty years at
 * the harp" — a quotation that opens the paragraph, a colon and a name
 * among a few lower-case words: hers (it had no speaker). */
static void
test_probe12_headline_quote_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "\"I still get nervous before every concert\": harpist Ines Moreau on forty years on stage\n\n"
               "'We have to stop pretending': an interview with climate scientist Helen Carver\n\n"
               "\"Fake news\": that is what he called it.", "en");
  q = expect_quote (&r, "I still get nervous before every concert", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ines Moreau", "Ines Moreau");
  q = expect_quote (&r, "We have to stop pretending", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Helen Carver", "Helen Carver");
}

/* "His granddaughter Lucy, 19, described him as “…”": relatives of the
 * family (granddaughter, cousin, niece, …) are roles, so the phrase is
 * the subject with its name (it was the pronoun "His", the latest man). */
static void
test_probe12_family_roles (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The head, Mark Doyle, called him \"a giant of the village\".\n\n"
               "His granddaughter Lucy, 19, described him as \"the kindest man I ever knew\".", "en");
  q = expect_quote (&r, "him as \"the kindest man I ever knew\"", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "His granddaughter Lucy", "Lucy");
}

/* "Lowe praised the crew and later told reporters he was proud": a verb of
 * speech after "and" and adverbs is a cue of its own with the sentence's
 * subject, as right after "and"; the first content ends before "and" (it
 * was one content "the crew and later told reporters he was proud"). */
static void
test_probe12_and_later_said (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Rudd praised the crew and later told reporters he was proud of them.", "en");
  q = expect_quote (&r, "the crew", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Rudd", "Tom Rudd");
  q = expect_quote (&r, "he was proud of them", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Rudd", "Tom Rudd");
}

/* A clause-verb with a bare noun object ("remembers the winter of …") and
 * a tally-verb with a counted one ("added a third") report nothing, for
 * the rules and for the model's candidates; with a clause after them they
 * still do. */
static void
test_left12_noun_object (void)
{
  g_autoptr(QmLang) all = english_without_model ();
  g_autoptr(GError) error = NULL;
  const char *text = "Striker Leo Marsh added a third just before half-time.\n\n"
                     "Ada Quill still remembers the winter of the big freeze on the canal.\n\n"
                     "Coach Nina Brook added the squad would rest on Sunday.\n\n"
                     "Tom Vale remembers the old mill was louder than the trains.";
  g_auto(Result) r = { 0, };
  g_auto(Result) o = { 0, };
  const QmFoundQuote *q;

  analyze (&r, text, "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
  q = expect_quote (&r, "the squad would rest on Sunday", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Coach Nina Brook", "Nina Brook");
  q = expect_quote (&r, "the old mill was louder than the trains", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tom Vale", "Tom Vale");

  g_assert_true (qm_lang_load_reported_model (all, "quotemark-model 1\nbuckets 16\nthreshold -1\nprefilter 9\n3 0.25\n",
                                              -1, &error));
  g_assert_no_error (error);
  o.text = qm_text_new (text, -1, &error);
  g_assert_no_error (error);
  o.analysis = _qm_analyze_with_lang (all, o.text, NULL, NULL);
  g_assert_null (find_quote (&o, "a third just before half-time"));
  g_assert_null (find_quote (&o, "the winter of the big freeze on the canal"));
  expect_quote (&o, "the squad would rest on Sunday", QM_QUOTE_KIND_INDIRECT);
}

/* A Dutch particle inside a name ("Anke ten Brink") joins it, also where
 * it is a number word ("ten Brink" is no "ten senators"); the name with the
 * particle capitalised at a sentence's start is the same person. */
static void
test_left12_ten_particle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;
  const QmFoundPerson *p;

  analyze (&r, "Anke ten Brink said the club would appeal the fine.\n\n"
               "Ten Brink said the board had backed her.", "en");
  q = expect_quote (&r, "the club would appeal the fine", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Anke ten Brink", "Anke ten Brink");
  q = expect_quote (&r, "the board had backed her", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ten Brink", "Anke ten Brink");
  g_assert_cmpuint (r.analysis->people->len, ==, 1);
  p = g_ptr_array_index (r.analysis->people, 0);
  g_assert_cmpstr (p->name, ==, "Anke ten Brink");
}

/* "…, a claim the minister dismissed as …": a noun that sums up what was
 * said, after a comma and "a", ends the content (claim-nouns). */
static void
test_left12_claim_noun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mayor Ida Rudd said the port had “turned a corner” this year, a claim the harbour board rejected.", "en");
  q = expect_quote (&r, "the port had “turned a corner” this year", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Mayor Ida Rudd", "Ida Rudd");
}

/* "a campaign promise to …": a base verb form that is also a noun, after
 * "a" and a singular organisation word, is no cue with "a campaign" as its
 * subject (compound-nouns); "The campaign promised to …" still is. */
static void
test_left12_compound_noun (void)
{
  g_autoptr(QmLang) rules = english_without_model ();
  g_autoptr(GError) error = NULL;
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  /* the rules alone: "promise" is also a cue the model weighs */
  r.text = qm_text_new ("Tenants want the council to honour a party promise to build homes.\n\n"
                        "The committee promised to publish the plans in May.", -1, &error);
  g_assert_no_error (error);
  r.analysis = _qm_analyze_with_lang (rules, r.text, NULL, NULL);
  g_assert_null (find_quote (&r, "to build homes"));
  q = expect_quote (&r, "to publish the plans in May", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The committee");
}

/* "Her daughter, Sarah, said …" and later "Sarah Holt said": the person
 * known by a given name alone is the one of the full name, not a second
 * person; the mother of the same surname stays apart. */
static void
test_left12_given_name_alone (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ruth Holt died on Monday. Her daughter, Sarah, said the family was grateful.\n\n"
               "“She loved the sea,” Sarah Holt said.", "en");
  q = expect_quote (&r, "the family was grateful", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Sarah Holt");
  q = expect_quote (&r, "She loved the sea,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Sarah Holt", "Sarah Holt");
  g_assert_cmpuint (r.analysis->people->len, ==, 2);
}

/* "the witness replied" after a question by someone else: an epithet
 * (epithets) is the latest person named before the one who spoke last, who
 * would go on as "he" or "she". */
static void
test_left12_epithet_not_last_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nora Finn said she had locked the gate at six.\n\n"
               "“Are you sure of the time?” Mr Vance asked.\n\n"
               "“Quite sure,” the witness replied.", "en");
  q = expect_quote (&r, "Are you sure of the time?", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Mr Vance", "Vance");
  q = expect_quote (&r, "Quite sure,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "the witness", "Nora Finn");
}

/* "Die Beschuldigte Rita Vogt": a speech verb with a capital after an
 * article is a noun, and an adjective made a noun after a definite
 * article is a role before a given name no list holds. */
static void
test_de18_participle_role (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) woman = { 0, };
  g_auto(Result) firm = { 0, };
  const QmFoundQuote *q;
  QmFoundPerson *person;

  analyze (&r, "Im Saal blieb es still. Die Beschuldigte Jorinde Falkner schwieg lange. Am Nachmittag sagte Falkner: "
               "„Ich habe die Kasse nie geöffnet.“", "de");
  q = expect_quote (&r, "Ich habe die Kasse nie geöffnet.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jorinde Falkner");
  person = g_ptr_array_index (r.analysis->people, q->person);
  g_assert_cmpstr (person->role, ==, "Beschuldigte");

  /* a woman's noun after a woman's article is her role */
  analyze (&woman, "Die Tierärztin Swantje Ohlsen kam am Morgen. Ohlsen sagte: „Das Tier ist gesund.“", "de");
  q = expect_quote (&woman, "Das Tier ist gesund.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&woman, q), ==, "Swantje Ohlsen");

  /* a company's short capitals are no surname: "Die Neue Fähre AG" */
  analyze (&firm, "Die Neue Fähre AG teilte mit, die Überfahrt falle am Montag aus.", "de");
  q = expect_quote (&firm, "die Überfahrt falle am Montag aus", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&firm, q), !=, "Fähre AG");
}

/* "Wie der Trainer der „Abendpost“ sagte, …": a paper in quotation marks
 * after a role with its article is the one spoken to (or the one the role
 * is of); the role is the speaker. */
static void
test_de18_role_before_quoted_paper (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Trainer Malte Quandt sah das Spiel von der Tribüne. Wie der Trainer der „Nordkurier Abendblatt“ "
               "sagte, sei die Mannschaft nach der langen Reise müde gewesen.", "de");
  q = expect_quote (&r, "sei die Mannschaft nach der langen Reise müde gewesen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "der Trainer", "Malte Quandt");
}

/* "Sie riet zu „…“", "Er hält das für „…“": quoted words after the
 * preposition of a verb of a view are its subject's words; "hielt man
 * für" is no one's view. */
static void
test_de18_view_verbs (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) none = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Bürgermeister Ewald Pirner zeigte den Schaden am Hang. Er hält den Kahlschlag für „einen schweren "
               "Fehler der Behörde“. Die Biologin Selma Krüger war ebenfalls vor Ort. Sie riet den Wanderern zu "
               "„viel Geduld und etwas Vorsicht“.", "de");
  q = expect_quote (&r, "einen schweren Fehler der Behörde", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ewald Pirner");
  q = expect_quote (&r, "viel Geduld und etwas Vorsicht", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Selma Krüger");

  analyze (&none, "Der Bürgermeister Ewald Pirner zeigte den Fund. Lange hielt man den Stein für „einen seltenen "
                  "Meteoriten“.", "de");
  q = find_quote (&none, "einen seltenen Meteoriten");
  g_assert_true (q == NULL || q->person < 0);
}

/* "„…“, hieß es in einer Mitteilung.", "In einer Mitteilung hieß es:
 * „…“": a document noun with no genitive after it is the words of the latest person or organisation that was a
 * sentence's subject, in the paragraph or the one before; a subject that
 * names no one ("Weitere Themen") is none. */
static void
test_de26_document_issuer (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) before = { 0, };
  g_auto(Result) none = { 0, };
  g_auto(Result) role = { 0, };
  g_auto(Result) colon = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Reederei Sundfeld äußerte sich am Abend zu dem Unfall. „Alle Fahrgäste sind wohlauf“, hieß es "
               "in einer Mitteilung.", "de");
  q = expect_quote (&r, "Alle Fahrgäste sind wohlauf", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Reederei Sundfeld");

  analyze (&before, "Greta Olsen stellte am Freitag den Plan für den Kai vor.\n\n"
                    "Weitere Themen waren die Kosten und die Sperrung der Brücke. „Der Kai wird im Herbst "
                    "erneuert“, hieß es in der Rede.", "de");
  q = expect_quote (&before, "Der Kai wird im Herbst erneuert", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&before, q), ==, "Greta Olsen");

  analyze (&none, "Weitere Themen waren die Kosten und die Sperrung der Brücke. „Der Kai wird im Herbst "
                  "erneuert“, hieß es in der Rede.", "de");
  q = expect_quote (&none, "Der Kai wird im Herbst erneuert", QM_QUOTE_KIND_DIRECT);
  g_assert_true (q->person < 0 || g_strcmp0 (person_name (&none, q), "Weitere Themen") != 0);

  analyze (&role, "Am Freitag stellte die Hafenmeisterin Greta Olsen den Plan für den Kai vor. „Der Kai wird im "
                  "Herbst erneuert“, hieß es in ihrer Rede.", "de");
  q = expect_quote (&role, "Der Kai wird im Herbst erneuert", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&role, q), ==, "Greta Olsen");

  analyze (&colon, "Die Reederei Sundfeld äußerte sich am Abend zu dem Unfall. In einer Mitteilung hieß es: „Alle "
                   "Fahrgäste sind wohlauf.“", "de");
  q = expect_quote (&colon, "Alle Fahrgäste sind wohlauf.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&colon, q), ==, "Reederei Sundfeld");
}

/* "„Nein.“ „Doch.“": two short quotations side by side, each a sentence,
 * are two voices; longer ones side by side, the first a sentence and a
 * cue after the second, are two quotations of the one speaker. */
static void
test_de18_short_exchange (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) one = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Trainer Knut Helmers fragte: „Abseits?“ „Niemals.“, rief die Stürmerin Ilka Brandt.", "de");
  q = expect_quote (&r, "Abseits?", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Knut Helmers");
  q = expect_quote (&r, "Niemals.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ilka Brandt");

  analyze (&one, "„Wir haben heute sehr gut verteidigt.“ „Im Angriff fehlte uns aber die Ruhe“, sagte die "
                 "Trainerin Ilka Brandt.", "de");
  q = expect_quote (&one, "Wir haben heute sehr gut verteidigt.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&one, q), ==, "Ilka Brandt");
  q = expect_quote (&one, "Im Angriff fehlte uns aber die Ruhe", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&one, q), ==, "Ilka Brandt");
}

/* "„A.“ „B“, sagte X.": a quotation that is a sentence of its own, right
 * before one with a cue after it, is a quotation of its own, of the same
 * speaker; without that cue the two stay one. */
static void
test_de26_sentence_pair (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) one = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Am Kai wurde bis zum Abend verladen. „Die letzte Palette ist an Bord.“ „Wir legen um acht Uhr "
               "ab“, sagte die Kapitänin Wiebke Sander. Der Hafenmeister Ole Brinck nickte.", "de");
  q = expect_quote (&r, "Die letzte Palette ist an Bord.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Wiebke Sander");
  q = expect_quote (&r, "Wir legen um acht Uhr ab", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Wiebke Sander");
  g_assert_null (find_quote (&r, "Die letzte Palette ist an Bord.“ „Wir legen um acht Uhr ab"));

  analyze (&one, "Die Kapitänin Wiebke Sander schrieb an die Reederei: „Die letzte Palette ist an Bord.“ „Wir "
                 "legen um acht Uhr ab.“", "de");
  expect_quote (&one, "Die letzte Palette ist an Bord.“ „Wir legen um acht Uhr ab.", QM_QUOTE_KIND_DIRECT);
}

/* "die sich selbst „…“ nennt" names something however long the name is,
 * and so does "der „…“, wie sich die Gruppe selbst nennt": scare quotes,
 * also inside reported content. */
static void
test_de18_self_named_long (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Bürgerinitiative, die sich selbst „Verein für eine saubere und sichere Altstadt am Fluss (VSAF)“ "
               "nennt, will klagen. Das erklärte der Anwalt Jörn Ebeling. Geplant ist auch ein „Runder Tisch für "
               "Anwohner und Gewerbe der Altstadt“, wie sich das Gremium selbst nennt.", "de");
  q = expect_quote (&r, "Verein für eine saubere und sichere Altstadt am Fluss (VSAF)", QM_QUOTE_KIND_SCARE);
  q = expect_quote (&r, "Runder Tisch für Anwohner und Gewerbe der Altstadt", QM_QUOTE_KIND_SCARE);
  (void)q;
}

/* "darunter „…“, „…“ und „…“": quotations in a list of three, none a
 * sentence, are titles, also in reported content. */
static void
test_de18_title_list (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Kurator Bruno Thiel sagte, die Ausstellung zeige Vorträge wie „Die Mühlen am Fluss und ihre "
               "Müller im Wandel der Zeit“, „Brücken der Stadt“ und „Vom Hafen zum Markt in sieben Schritten“.", "de");
  expect_quote (&r, "Die Mühlen am Fluss und ihre Müller im Wandel der Zeit", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Vom Hafen zum Markt in sieben Schritten", QM_QUOTE_KIND_SCARE);
}

/* "(deutsch „…“)": a gloss in parentheses after a word in lower case
 * translates something; it is nobody's words. */
static void
test_de18_gloss_after_word (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Trainer rief den Spielern „sempre avanti“ (deutsch „immer nach vorne“) zu.", "de");
  expect_quote (&r, "immer nach vorne", QM_QUOTE_KIND_SCARE);
}

/* "Eva Lind, Chefin …, sagte dazu: „…“, betont sie.": the speaker mention
 * of the quotation is the named subject of the cue before it, and the
 * pronoun after it is the one the next quotation carries. */
static void
test_de15_colon_name_over_pronoun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Stadtrat hat den Plan gebilligt. Petra Lindner, Vorsitzende des Mietervereins, sagte dazu gegenüber der Zeitung: "
               "„Wir haben lange auf diesen Tag gewartet, und nun ist er endlich da.“, betont sie. „Es bleibt aber "
               "noch viel zu tun.“", "de");
  q = expect_quote (&r, "Wir haben lange auf diesen Tag gewartet, und nun ist er endlich da.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Petra Lindner", "Petra Lindner");
  q = expect_quote (&r, "Es bleibt aber noch viel zu tun.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "sie", "Petra Lindner");
}

/* "…, der Chef der Behörde, Karl Brenner („…“), und …": a sentence in
 * marks that fills a parenthesis right after a name is the words of the
 * one named, even inside reported speech of others or a list. */
static void
test_de15_parenthesis_after_name (void)
{
  g_auto(Result) list = { 0, };
  g_auto(Result) cue = { 0, };
  const QmFoundQuote *q;

  analyze (&list, "Viele gratulierten der Siegerin, so der Landrat Ulrich Sander, der Leiter der Sportschule, Konrad "
                  "Wessel („Das ist ein großer Tag für den Verein.“), und die Ministerin Eva Roth: „Ein verdienter "
                  "Sieg.“", "de");
  q = expect_quote (&list, "Das ist ein großer Tag für den Verein.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&list, q, "Konrad Wessel", "Konrad Wessel");
  q = expect_quote (&list, "Ein verdienter Sieg.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&list, q, "die Ministerin Eva Roth", "Eva Roth");

  analyze (&cue, "Am Abend sprach der Leiter der Sportschule, Konrad Wessel („Das ist ein großer Tag für den "
                 "Verein.“), vor der Presse.", "de");
  q = expect_quote (&cue, "Das ist ein großer Tag für den Verein.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&cue, q, "Konrad Wessel", "Konrad Wessel");
}

/* "Die ersten Worte Brands, als er …, gingen um die Welt: „…“": a noun for
 * what was said with a name in the genitive is the speaker phrase of the
 * colon's clause, before a pronoun later in it. */
static void
test_de15_words_of_genitive (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Kapitänin Lea Sommer kam zuerst an Land. Der Lotse Nils Brand folgte ihr. Die ersten Worte Brands, "
               "als er den Steg betrat, gingen um die Welt: „Wir sind endlich angekommen.“", "de");
  q = expect_quote (&r, "Wir sind endlich angekommen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die ersten Worte Brands", "Nils Brand");
}

/* "So heißt es in der Mitteilung von „Nordwerk“ wörtlich: „…“": the name
 * in marks is part of the place the words stand in, which is their
 * source; no reported speech with it. */
static void
test_de15_impersonal_place_with_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "So heißt es in der Mitteilung von „Nordwerk“ wörtlich: „Wir wollen wachsen und neue Märkte "
               "erschließen.“", "de");
  q = expect_quote (&r, "Wir wollen wachsen und neue Märkte erschließen.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der Mitteilung");
  for (guint k = 0; k < r.analysis->quotes->len; k++)
    g_assert_cmpint (g_array_index (r.analysis->quotes, QmFoundQuote, k).kind, !=, QM_QUOTE_KIND_MIXED);
}

/* "Nach der Wahl sprach Jens Wagner von einem „…“": after a fronted
 * phrase, the subject of the speech verb follows it; a fronted object
 * ("Den Plan nannte …") leaves the subject after the verb too. */
static void
test_de15_fronted_inverted_subject (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) object = { 0, };
  g_auto(Result) marked = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nach der Abstimmung sprach Jonas Ferber von einem „schwarzen Tag“. Am Abend sprach Ferber "
               "erneut von einer „bitteren Niederlage“.", "de");
  q = expect_quote (&r, "schwarzen Tag", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Jonas Ferber", "Jonas Ferber");
  q = expect_quote (&r, "bitteren Niederlage", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ferber");

  analyze (&object, "Den neuen Fahrplan nannte der Landrat einen „großen Wurf“.", "de");
  q = expect_quote (&object, "großen Wurf", QM_QUOTE_KIND_DIRECT);
  expect_mention (&object, q, "der Landrat");

  /* the fronted phrase may hold quoted words: the later quotation of the
   * sentence is the subject's too */
  analyze (&marked, "Von einem „besonders groben Verstoß gegen die Regeln des Hauses“ spricht die Satzung, wenn Mitglieder "
                    "„wiederholt und absichtlich den Frieden im Verein stören“.", "de");
  q = expect_quote (&marked, "wiederholt und absichtlich den Frieden im Verein stören", QM_QUOTE_KIND_DIRECT);
  expect_mention (&marked, q, "die Satzung");
}

/* "Ole Brandt sagte gegenüber der „Abendpost“, man werde „…“": a short
 * name in marks after an article in the phrase between the verb and the
 * comma is passed over; the content follows the comma. */
static void
test_de15_quoted_name_before_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Trainer Ole Brandt sagte gegenüber der „Abendpost“, man werde „gestärkt zurückkommen“.", "de");
  q = expect_quote (&r, "man werde „gestärkt zurückkommen“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Der Trainer Ole Brandt", "Ole Brandt");
  q = expect_quote (&r, "gestärkt zurückkommen", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Der Trainer Ole Brandt", "Ole Brandt");
}

/* "„…“, empörte sich der Minister.": verbs of feeling that report what
 * was said (jubeln, sich empören, sich ärgern, spotten, scherzen,
 * seufzen) are cues. */
static void
test_de15_feeling_verbs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Das ist ein Skandal ohne Beispiel“, empörte sich der Stadtrat Jens Kober. „Wir sind wieder in der "
               "ersten Liga“, jubelte die Trainerin Ute Sand.", "de");
  q = expect_quote (&r, "Das ist ein Skandal ohne Beispiel", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Stadtrat Jens Kober", "Jens Kober");
  q = expect_quote (&r, "Wir sind wieder in der ersten Liga", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die Trainerin Ute Sand", "Ute Sand");
}

/* "Die Polizei bekräftigte auch, „…“": adverbs and a comma between the
 * verb and a quotation are no part of what was said; no mixed quotation. */
static void
test_de15_adverb_comma_quotation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Feuerwehr bekräftigte aber, „Wir bleiben die ganze Nacht vor Ort.“", "de");
  q = expect_quote (&r, "Wir bleiben die ganze Nacht vor Ort.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Die Feuerwehr");
  for (guint k = 0; k < r.analysis->quotes->len; k++)
    g_assert_cmpint (g_array_index (r.analysis->quotes, QmFoundQuote, k).kind, !=, QM_QUOTE_KIND_MIXED);
}

/* "dem „Abendblatt“ zufolge": a name in marks before an according-after
 * word names the source; the reported clause holds no quoted words. */
static void
test_de15_source_name_before_zufolge (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Zudem hob der Präsident dem „Abendblatt“ zufolge in einem Interview die Bedeutung der Schulen hervor.",
           "de");
  for (guint k = 0; k < r.analysis->quotes->len; k++)
    {
      QmQuoteKind kind = g_array_index (r.analysis->quotes, QmFoundQuote, k).kind;

      g_assert_cmpint (kind, !=, QM_QUOTE_KIND_MIXED);
      g_assert_cmpint (kind, !=, QM_QUOTE_KIND_DIRECT);
    }
}

/* The people list holds no alias that only repeats the role and the name
 * ("Mayor Eva Lund" of "Eva Lund", role "Mayor") or adds a determiner to
 * an organisation ("The harbour board" of "harbour board"). */
static void
test_en16_redundant_aliases (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Mayor Eva Lund said the ferry would run again in May. The harbour board said the pier was safe. "
           "Lund added that the timetable was final.", "en");
  for (guint i = 0; i < r.analysis->people->len; i++)
    {
      QmFoundPerson *p = g_ptr_array_index (r.analysis->people, i);

      for (guint k = 0; k < p->aliases->len; k++)
        {
          const char *alias = g_ptr_array_index (p->aliases, k);

          g_assert_cmpstr (alias, !=, "Mayor Eva Lund");
          g_assert_cmpstr (alias, !=, "The harbour board");
        }
    }
}

/* "The new lane, a path for bicycles, won praise on all sides": the word
 * after the apposition's comma is a verb, no speaker. */
static void
test_en16_verb_after_apposition (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The new ferry lane, a path for bicycles beside the road, won praise from riders on all sides.", "en");
  for (guint k = 0; k < r.analysis->quotes->len; k++)
    {
      const QmFoundQuote *q = &g_array_index (r.analysis->quotes, QmFoundQuote, k);
      g_autofree char *m = span_text (&r, q->speaker);

      g_assert_cmpstr (m, !=, "won");
    }
}

/* "caused a stir last week with her claim that …": the noun cue belongs
 * to the pronoun after the preposition, whose person is the subject. */
static void
test_en16_possessed_noun_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nora Falk caused a stir last week with her claim that the ferry tax was unfair.", "en");
  q = expect_quote (&r, "that the ferry tax was unfair", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nora Falk", "Nora Falk");
}

/* "Nora Falk's spokesman said": a role owned by a named person is a
 * person of the people list, found again when named so again. */
static void
test_en16_owned_role_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nora Falk's spokesman said the ferry plan was sound. Later, Nora Falk's spokesman added that "
           "the timetable would not change.", "en");
  q = expect_quote (&r, "the ferry plan was sound", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nora Falk's spokesman", "Nora Falk's spokesman");
  q = expect_quote (&r, "that the timetable would not change", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nora Falk's spokesman", "Nora Falk's spokesman");
}

/* "called for a new vote, even though …": the clause after the comma,
 * an adverb before its conjunction, is no content and ends it. */
static void
test_en16_even_though_ends_content (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Nora Falk called for a new ferry vote, even though the harbour board had agreed.", "en");
  g_assert_null (find_quote (&r, "even though the harbour board had agreed"));
  g_assert_null (find_quote (&r, "a new ferry vote, even though the harbour board had agreed"));
}

/* "said the toll was unfair and called for a new vote": a second speech
 * verb of the subject after "and" ends what the first reports. */
static void
test_en16_second_verb_ends_content (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Nora Falk said the ferry toll was unfair and called for a new vote. "
           "Ivo Brandt warned that the pier would close and asked for patience.", "en");
  expect_quote (&r, "the ferry toll was unfair", QM_QUOTE_KIND_INDIRECT);
  expect_quote (&r, "that the pier would close", QM_QUOTE_KIND_INDIRECT);
}

/* "…, ending a year of argument over …": a noun cue after a time noun
 * and a preposition of the topic is no act of the sentence's subject. */
static void
test_en16_time_of_noun_cue (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The harbour board on Monday approved the new pier, ending a year of argument over tolls, noise and "
           "the future of the ferry.", "en");
  for (guint k = 0; k < r.analysis->quotes->len; k++)
    g_assert_cmpint (g_array_index (r.analysis->quotes, QmFoundQuote, k).person, <, 0);
  g_assert_cmpuint (r.analysis->people->len, ==, 0);
}

/* A noun cue with no one near it reports nothing: "ending a year of
 * argument over tolls and noise" (a topic, no clause after it), "won
 * praise on all sides" (a place after a preposition of no topic). */
static void
test_en17_noun_cue_no_one_near (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "The harbour board on Friday approved the new ferry pier, ending a year of argument over tolls, noise and "
           "the future of the fish market.\n\n"
           "The new cycle bridge, a lane for bikes beside the river, won praise on all sides.", "en");
  g_assert_null (find_quote (&r, "tolls, noise and the future of the fish market"));
  g_assert_null (find_quote (&r, "all sides"));
  g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
}

/* "Norvik Shipping's spokesman …. The minister's spokesman": a role noun
 * of another possessor is another person. */
static void
test_en17_role_of_other_possessor (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Norvik Shipping's spokesman said the ferries would keep running. The minister's spokesman said "
           "the subsidy would end in March. The minister's spokesman added that the talks would go on.", "en");
  q = expect_quote (&r, "the ferries would keep running", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Norvik Shipping's spokesman", "Norvik Shipping's spokesman");
  q = expect_quote (&r, "the subsidy would end in March", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), !=, "Norvik Shipping's spokesman");
  g_assert_nonnull (person_name (&r, q));
  g_assert_cmpstr (person_name (&r, expect_quote (&r, "that the talks would go on", QM_QUOTE_KIND_INDIRECT)), ==,
                   person_name (&r, q));
}

/* "When he came back he began by saying, “…”": the participle after "by"
 * and the verb has that verb's subject, here after a clause that no
 * comma ends; not an object before "by" ("broke a long silence by"). */
static void
test_en17_verb_by_participle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Berg toured the new ferry quay on Monday. When he came back he began by saying, “The pier is safe "
           "and the tolls will stay.”\n\n"
           "The harbour board broke a long silence by asking whether the cranes were sound.", "en");
  q = expect_quote (&r, "The pier is safe and the tolls will stay.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "he", "Tom Berg");
  for (guint k = 0; k < r.analysis->quotes->len; k++)
    {
      const QmFoundQuote *o = &g_array_index (r.analysis->quotes, QmFoundQuote, k);
      g_autofree char *m = span_text (&r, o->speaker);

      g_assert_cmpstr (m, !=, "a long silence");
      g_assert_cmpstr (m, !=, "a long");
    }
}

/* A content that is a quotation with words around it that say nothing:
 * "acknowledged, however, “…”", "said, “…,” when asked whether …",
 * "chants of “…” until the mayor left", "joked, again using an accent,
 * “…”" are direct quotations; "telling
 * the radio, “…,” she said, adding, “…”" leaves the first to its own
 * cue. */
static void
test_en17_quotation_alone_is_direct (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Berg acknowledged, however, “As sailors say, a calm sea never made a good captain.”\n\n"
           "Ida Sand had previously said, “We will see,” when asked whether she would run again.\n\n"
           "Mayor Eva Lund weighed in as well, telling the radio on Monday, “Both piers are sound,” she said, adding, "
           "“The new one is clearly better.”\n\n"
           "The dock workers answered with chants of “Keep the quay open” until the mayor left the hall.\n\n"
           "Nils Ekberg joked, again using a thick harbour accent, “Come on up and grab a rope!”", "en");
  expect_quote (&r, "Keep the quay open", QM_QUOTE_KIND_DIRECT);
  q = expect_quote (&r, "Come on up and grab a rope!", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Nils Ekberg", "Nils Ekberg");
  q = expect_quote (&r, "As sailors say, a calm sea never made a good captain.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tom Berg", "Tom Berg");
  q = expect_quote (&r, "We will see,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ida Sand", "Ida Sand");
  q = expect_quote (&r, "Both piers are sound,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "she", "Eva Lund");
  q = expect_quote (&r, "The new one is clearly better.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Eva Lund");
}

/* "left the board a month before its chief executive said …": the role
 * after a preposition that opens a clause is the verb's subject. */
static void
test_en16_clause_preposition_subject (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) g = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nora Falk left the ferry board a month before its chief executive said the new pier would cost "
           "“twice the budget” in all.", "en");
  q = expect_quote (&r, "the new pier would cost “twice the budget” in all", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "its chief executive");

  analyze (&g, "Nora Falk left the ferry board a week before Ivo Brandt said the pier would close in May.", "en");
  q = expect_quote (&g, "the pier would close in May", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&g, q, "Ivo Brandt", "Ivo Brandt");
}

/* German: a title before a listed given name and a surname with a
 * particle keeps the particle in the name ("Dr. Karl von Brenner" is no
 * Karl of a place Brenner). */
static void
test_de17_title_given_particle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Minister Karl von Brenner sagte, das sei „ein Fehler“.\n\n"
               "Laut Dr. Sabine von Hollen ist die Brücke „ein Meilenstein“.", "de");
  q = expect_quote (&r, "das sei „ein Fehler“", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Karl von Brenner");
  q = expect_quote (&r, "ein Meilenstein", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Sabine von Hollen");
}

/* German: a name and its role in commas, then an auxiliary, an object or
 * an adverbial and the participle of speech at the end: the name is the
 * subject, not someone of the sentence before. */
static void
test_de17_apposition_auxiliary_subject (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) m = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Abgeordnete Nadine Vogt lobte den Entwurf. Kurt Bremer, der Vorsitzende des Ausschusses, "
               "hatte dem Sender mitgeteilt, der Entwurf sei „ein Schritt nach vorn“.", "de");
  q = expect_quote (&r, "ein Schritt nach vorn", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Kurt Bremer", "Kurt Bremer");

  analyze (&m, "Die Abgeordnete Nadine Vogt lobte den Entwurf. Kurt Bremer, der Vorsitzende des Ausschusses, "
               "hatte in der vergangenen Woche gegenüber der Zeitung „Der Morgen“ mitgeteilt, dass der Entwurf "
               "„ein Schritt nach vorn“ sei.", "de");
  q = expect_quote (&m, "ein Schritt nach vorn", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&m, q, "Kurt Bremer", "Kurt Bremer");
}

/* German: "Der Sprecher der Feuerwehr, Tobias Kranz, sagte, …" is a role
 * and its name in apposition before the verb; the content follows the
 * cue and does not take in the subject, as the English "If …, Rubio
 * said, Christians must …" would. */
static void
test_de17_role_apposition_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Sprecher der Bergwacht, Tobias Kranz, sagte, die Hütte sei „komplett zerstört“.\n\n"
               "Eine Sprecherin des Vereins, Tanja Roos, sagte, das Fest falle aus.", "de");
  q = expect_quote (&r, "die Hütte sei „komplett zerstört“", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tobias Kranz", "Tobias Kranz");
  q = expect_quote (&r, "das Fest falle aus", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Tanja Roos", "Tanja Roos");
}

/* German: adverbs between a speech verb and its subject after a
 * quotation ("sagte hingegen X") or between a subject and the verb at the
 * end of a clause ("obwohl X mehrfach betont hatte") leave the subject
 * found. */
static void
test_de17_adverbs_around_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Jonas Pichler lobte den Entwurf. „Das kommt zu spät“, kritisierte hingegen die Abgeordnete Hanna Lutz.\n\n"
               "Die Richterin Karin Ebner blieb hart, obwohl Verteidiger Rolf Haas mehrfach betont hatte, "
               "sein Mandant sei „kein Wiederholungstäter“.", "de");
  q = expect_quote (&r, "Das kommt zu spät", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Hanna Lutz");
  q = expect_quote (&r, "kein Wiederholungstäter", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Rolf Haas");
}

/* German: "„…“ Mit diesen Worten würdigte X …" points back to the
 * quotation before it, as "Das sagte X" does. */
static void
test_de17_with_these_words (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Sängerin Petra Wolf gab ein Konzert.\n\n"
               "„Wir verlieren einen großen Maler.“ Mit diesen Worten würdigte der Kulturminister Heiko Brandt den Toten.", "de");
  q = expect_quote (&r, "Wir verlieren einen großen Maler.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Heiko Brandt");

  {
    /* any verb after the words, and an object pronoun before the subject */
    g_auto(Result) any = { 0, };

    analyze (&any, "Der Hafen bleibt gesperrt. Bürgermeisterin Jolanda Rietberg sagte: „Wir warten.“\n\n"
                   "„Das ist ein schwarzer Tag für die Stadt.“ Mit diesen Worten reagierte Arnulf Weißkamm auf die Schließung.\n\n"
                   "„Wir kommen wieder.“ Mit diesen Worten verabschiedete sich Tobias Wendrich von den Fans.", "de");
    q = expect_quote (&any, "Das ist ein schwarzer Tag für die Stadt.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&any, q, "Arnulf Weißkamm", "Arnulf Weißkamm");
    q = expect_quote (&any, "Wir kommen wieder.", QM_QUOTE_KIND_DIRECT);
    expect_speaker (&any, q, "Tobias Wendrich", "Tobias Wendrich");
  }
}

/* German: "Nach dem Spiel äußerte sich X." — a speech verb without
 * content after a fronted phrase, its subject after it: the quotation
 * that follows is X's. */
static void
test_de17_fronted_speaker_no_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Kapitänin Lea Sommer jubelte.\n\n"
               "Nach dem Rennen äußerte sich Moritz Kehl. „Wir waren zu langsam.“", "de");
  q = expect_quote (&r, "Wir waren zu langsam.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Moritz Kehl");
}

/* German: a phrase that a preposition opens between a speech verb and
 * its subject after it ("sagte am Montag der Minister", "erklärte nach
 * dem Spiel Jens Ott"), after a quotation, before a colon and after
 * reported content; not the genitive of a feminine noun ("nach dem Spiel
 * der Mannschaft"). */
static void
test_de17_verb_adjunct_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Wir haben verdient gewonnen“, sagte am Sonntag der Trainer Malte Vogt.\n\n"
               "„Das war Teamarbeit“, erklärte nach dem Spiel Kapitänin Rieke Brandt.\n\n"
               "Zum Ergebnis sagte am Abend die Bürgermeisterin Petra Hagen: „Ich bin zufrieden.“\n\n"
               "Die Lage sei ernst, sagte in Kiel der Landrat Olaf Grell.", "de");
  q = expect_quote (&r, "Wir haben verdient gewonnen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Malte Vogt");
  q = expect_quote (&r, "Das war Teamarbeit", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Rieke Brandt");
  q = expect_quote (&r, "Ich bin zufrieden.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Petra Hagen");
  q = expect_quote (&r, "Die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Olaf Grell");
}

/* German: a group of organisations before a verb in the plural that
 * says nothing ("Die Unternehmen kämpften mit …") is no new speaker for the
 * quotation that opens the next paragraph; the last speaker goes on. */
static void
test_de17_plural_group_no_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Verbandschefin Greta Ohm lehnte die Forderung ab. „Mehr ist nicht drin“, sagte sie. "
               "Die Unternehmen kämpften mit hohen Kosten.\n\n"
               "„Wer jetzt streikt, gefährdet Stellen.“", "de");
  q = expect_quote (&r, "Wer jetzt streikt, gefährdet Stellen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Greta Ohm");
}

/* German: "…, so X, Kapitän des Vereins, gegenüber der Zeitung." — the
 * source's role in apposition and a phrase after it are no reported
 * content; the quotation before "so" is X's words alone. */
static void
test_de17_so_source_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Mannschaft verlor knapp. „Das tut weh“, so Levin Roth, Kapitän der Mannschaft, gegenüber dem Sender.\n\n"
               "Die Stadt sagte das Fest ab. Es sei „leider nötig“ gewesen, so Petra Lang, Sprecherin der Stadt, im Radio.", "de");
  q = expect_quote (&r, "Das tut weh", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Levin Roth");
  g_assert_null (find_quote (&r, "„Das tut weh“, so Levin Roth, Kapitän der Mannschaft, gegenüber dem Sender"));
  q = expect_quote (&r, "Es sei „leider nötig“ gewesen", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Petra Lang");
}

/* German: a speech verb before a colon in a relative clause ("den
 * Fahrer, der sofort sagte: „…“", "Anwohner, die unter anderem riefen:
 * „…“"): the phrase before the comma speaks, the pronoun is the mention;
 * not the sentence's subject. */
static void
test_de17_relative_colon_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Polizei kontrollierte den Radfahrer, der sofort sagte: „Ich bin nur kurz unterwegs.“\n\n"
               "Vor der Schule standen viele Eltern, die unter anderem riefen: „Wir wollen Lehrer!“", "de");
  q = expect_quote (&r, "Ich bin nur kurz unterwegs.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "der");
  g_assert_cmpstr (person_name (&r, q), !=, "Polizei");
  q = expect_quote (&r, "Wir wollen Lehrer!", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "die");
}

/* German: "Wie X mitteilte, seien „Tausende auf der Flucht“." — a verb
 * in the Konjunktiv before capitalised quoted words makes them words of a
 * reported clause, no title: a mixed quotation and a direct one. */
static void
test_de17_mood_verb_not_title (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Wie eine Sprecherin der Feuerwehr mitteilte, seien „Dutzende Keller überflutet“.", "de");
  q = expect_quote (&r, "seien „Dutzende Keller überflutet“", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "eine Sprecherin");
  q = expect_quote (&r, "Dutzende Keller überflutet", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "eine Sprecherin");
}

/* German: "Angaben des Ministeriums zufolge wurden „…“ festgenommen." —
 * a noun before the source in the genitive opens the source phrase; the
 * content starts after "zufolge". */
static void
test_de17_noun_genitive_according_after (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Angaben des Landratsamts zufolge wurden „zwei Brücken gesperrt“.", "de");
  q = expect_quote (&r, "wurden „zwei Brücken gesperrt“", QM_QUOTE_KIND_MIXED);
  g_assert_nonnull (person_name (&r, q));
  g_assert_null (find_quote (&r, "Angaben des Landratsamts zufolge wurden „zwei Brücken gesperrt“"));
}

/* German: "Kritik kam von der Gewerkschaftschefin X: „…“" — the one
 * named after "von" before the colon speaks, not the noun that opens the
 * sentence. */
static void
test_de17_owner_before_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Ministerin Eva Thal schwieg. Widerspruch kam von der Gewerkschaftschefin Ute Marx: „Das ist unsozial.“\n\n"
               "Lob bekam der Plan vom Verbandschef Ralf Nau: „Endlich passiert etwas.“", "de");
  q = expect_quote (&r, "Das ist unsozial.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ute Marx");
  q = expect_quote (&r, "Endlich passiert etwas.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ralf Nau");
}

/* German: "Für den Ökonomen X ist klar: „…“" — the one a view is held
 * for, before a few words and a colon, speaks. */
static void
test_de17_holder_before_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Für den Ökonomen Rolf Saal ist klar: „Das wird teuer.“", "de");
  q = expect_quote (&r, "Das wird teuer.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Rolf Saal");
}

/* German: "Dieser reagierte gelassen." — a demonstrative subject without
 * a cue is the one of its gender named last (here the object before it);
 * "er" after it goes on with him, not with the earlier subject. */
static void
test_de17_demonstrative_subject_pronoun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Landrat Paul Weiß kritisierte den Bauunternehmer Otto Brand scharf. Dieser reagierte gelassen. "
               "„Ich bleibe bei meiner Meinung“, sagte er.", "de");
  q = expect_quote (&r, "Ich bleibe bei meiner Meinung", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Otto Brand");
}

/* German: "„Kein Kommentar“, sagte Jan Ott." — capitalised words that a
 * speech verb right after their comma reports are said, no title; not
 * before "wonach" ("die Agentur „Nordpress“, wonach …"). */
static void
test_de17_capitalised_words_said (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Gute Besserung“, sagte die Trainerin Mira Holm.\n\n"
               "Ein Bericht der Agentur „Nord Press“, wonach der Minister zurücktrete, wurde dementiert.", "de");
  q = expect_quote (&r, "Gute Besserung", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Mira Holm");
  q = find_quote (&r, "Nord Press");
  g_assert_true (q == NULL || q->kind != QM_QUOTE_KIND_DIRECT);
}

/* German: "angegeben", "eingeräumt", "zugegeben" are participles of
 * speech after an auxiliary ("Ihr gegenüber hat er angegeben, …"). */
static void
test_de17_participles_of_speech (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Fahrer Kevin Rost floh. Der Polizei gegenüber hat er angegeben, er sei geblendet worden.\n\n"
               "Die Senatorin Lena Falk hat inzwischen eingeräumt, der Plan sei zu teuer gewesen.", "de");
  q = expect_quote (&r, "er sei geblendet worden", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "er", "Kevin Rost");
  q = expect_quote (&r, "der Plan sei zu teuer gewesen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Lena Falk");
}

/* German: "Er gab den Managern die Schuld. Wäre dies nicht so, …" — a
 * pronoun that opens a narrated sentence without a cue, for the latest
 * speaker, is the mention the Konjunktiv sentences after it carry; not
 * when the sentence is itself reported ("Er wisse …", "Er soll …"). */
static void
test_de17_pronoun_mention_carried (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) d = { 0, };
  g_auto(Result) p = { 0, };
  g_auto(Result) v = { 0, };
  g_auto(Result) m = { 0, };
  g_auto(Result) k = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Unternehmer Wolf Graf kritisierte die Manager. Er gab ihnen die Schuld an der Krise. "
               "Wäre dies nicht so, hätte die Regierung keinen Anlass zur Kritik gehabt.", "de");
  q = expect_quote (&r, "Wäre dies nicht so, hätte die Regierung keinen Anlass zur Kritik gehabt", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Er", "Wolf Graf");

  analyze (&d, "Die Senatorin Ilse Brück sagte, sie sei stolz auf den Bürgermeister Tom Hahn. "
               "Dieser bedankte sich. Die Stadt werde weiter sparen.", "de");
  q = expect_quote (&d, "Die Stadt werde weiter sparen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&d, q), ==, "Tom Hahn");

  analyze (&p, "Die Ministerin Ute Bach sagte, der Etat sei knapp.\n\n"
               "Sie verwies auf die hohen Zinsen. Die Schulen seien dennoch marode.", "de");
  q = expect_quote (&p, "Die Schulen seien dennoch marode", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&p, q, "Sie", "Ute Bach");

  analyze (&v, "Die Ministerin Ute Bach sagte, der Etat sei knapp. Zudem verwies sie auf die Zinsen. "
               "Die Schulen seien marode.", "de");
  q = expect_quote (&v, "Die Schulen seien marode", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&v, q, "sie", "Ute Bach");

  analyze (&m, "Die Ministerin Ute Bach sagte, der Etat sei knapp. Dabei verwies die Ministerin auf die Zinsen. "
               "Die Schulen seien marode.", "de");
  q = expect_quote (&m, "Die Schulen seien marode", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&m, q, "die Ministerin", "Ute Bach");

  analyze (&k, "Ein Sprecher der Werft sagte, dass die Fähre umkehren musste. Er wisse nicht, warum. "
               "Die Sperre sei inzwischen aufgehoben.", "de");
  q = expect_quote (&k, "Die Sperre sei inzwischen aufgehoben", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&k, q, "Ein Sprecher der Werft");
}

/* Two capitals that open a German sentence with no speech after them are
 * an adjective and a noun as often as a name: a headline "Neue Brücke für
 * Talstadt geplant" or "Schwere Regenfälle trafen das Tal." names no one,
 * while a known given name ("Anna Brenner lehnte ab.") still does. */
static void
test_de_headline_adjective_no_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Neue Brücke für Talstadt geplant\n\n"
               "Schwere Regenfälle trafen das Tal im Frühjahr. Anna Brenner lehnte den Plan ab.\n\n"
               "„Die Brücke kommt zu spät“, sagte Bürgermeister Olaf Wendt am Dienstag.", "de");
  q = expect_quote (&r, "Die Brücke kommt zu spät", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Olaf Wendt");
  g_assert_false (has_person (&r, "Neue Brücke"));
  g_assert_false (has_person (&r, "Schwere Regenfälle"));
  g_assert_true (has_person (&r, "Anna Brenner"));
}

/* "“A,” one skipper said. But another told a reporter, “B.”": a word for
 * someone no one names, alone before its own speech verb and the one spoken
 * to, is a new speaker; the second quotation is no piece of the first, and
 * the one spoken to does not speak. */
static void
test_en21_indefinite_speaker_told (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ferries waited in the fog at Lyngby on Monday. “We are stuck,” one skipper said. But another told a "
               "deckhand, “The tide will carry us out by noon.”\n\n"
               "The crews gathered at the pier. “Nobody sleeps tonight,” one pilot said. “We sail at dawn,” another "
               "told a harbour clerk.\n\n"
               "Nets lay on the quay. But another told the crowd: “The season is not lost.”", "en");
  q = expect_quote (&r, "We are stuck,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "one skipper");
  q = expect_quote (&r, "The tide will carry us out by noon.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "another");
  q = expect_quote (&r, "Nobody sleeps tonight,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "one pilot");
  q = expect_quote (&r, "We sail at dawn,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "another");
  q = expect_quote (&r, "The season is not lost.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "another");
}

/* "When Moreau said …, Olsen fired back angrily: “…”": a verb with a
 * reply particle before the colon speaks for its own subject, also when
 * the verb is a cue word of the model and an adverb in -ly follows the
 * particle; not the speaker of the clause before. */
static void
test_en21_reply_particle_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "When Ines Moreau said the pier would close, Karl Olsen fired back angrily: “If they close it, the town "
               "will lose its ferry.”\n\n"
               "When Moreau repeated the plan, Olsen fired back: “Nobody on the quay wants it.”", "en");
  q = expect_quote (&r, "If they close it, the town will lose its ferry.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Karl Olsen");
  q = expect_quote (&r, "Nobody on the quay wants it.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Olsen");
}

/* "The councillor said Olsen’s remarks “have done harm”": a quotation that
 * opens in lower case right after a possessor's words is the predicate of
 * what the subject said, a mixed quotation of the subject (not Olsen's
 * words, as after "reiterated Olsen’s words: “…”"); "released a statement
 * Wednesday saying …": a day before the participle, and a town that
 * speaks. */
static void
test_en21_possessed_words_predicate (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The councillor, who represents a district on the coast, said Karl Olsen’s remarks “have done great "
               "harm to the fishermen of the bay.”\n\n"
               "The harbour master echoed Olsen’s words: “Every storm passes.”\n\n"
               "The town released a statement Wednesday saying Olsen’s comments “rest on rumours, not on facts,” and "
               "invited him to the pier.", "en");
  q = expect_quote (&r, "Karl Olsen’s remarks “have done great harm to the fishermen of the bay.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The councillor");
  q = expect_quote (&r, "Every storm passes.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Olsen’s");
  q = expect_quote (&r, "Olsen’s comments “rest on rumours, not on facts,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "The town");
}

/* "“…,” said Lund, whose book has “rebellious” people.": the speech verb of
 * the cue after a quotation reports nothing more; the quoted word in the
 * relative clause after the speaker stays a word in marks, no mixed
 * quotation. */
static void
test_en21_inverted_cue_reports_no_fragment (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“Our job is to ask questions of those with power,” said Ines Lund, whose new book features talks "
               "with old sailors and “rebellious” pilots.", "en");
  q = expect_quote (&r, "Our job is to ask questions of those with power,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ines Lund");
  for (guint k = 0; k < r.analysis->quotes->len; k++)
    g_assert_cmpint (g_array_index (r.analysis->quotes, QmFoundQuote, k).kind, !=, QM_QUOTE_KIND_MIXED);
}

/* "When Lund arrived at the pier, a man yelled at her.": a subordinate
 * clause that opens the sentence is no content of the speech verb of the
 * main clause when words follow that verb; "When the ferry is back we
 * will sail, Lund said." still reports the whole clause. */
static void
test_en21_fronted_subordinate_not_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "When Ines Lund arrived at the pier, a fisherman yelled at her.\n\n"
               "When the ferry comes back we will sail again, Karl Berg said on Monday.", "en");
  q = expect_quote (&r, "When the ferry comes back we will sail again", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Karl Berg");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* "It was in Tromvik that Lund first said …": a word of verb-adverbs
 * right before the verb stands between subject and verb ("first"), so the
 * cleft's "It" is no speaker; "the first lady" stays one phrase. */
static void
test_en22_verb_adverb_cleft (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tilde Vangsnes runs the ferry board in the north. It was at the quay in Tromvik that Vangsnes first "
               "said the old ferry was “a disgrace.”\n\n"
               "The council head first said the bridge would open in May.", "en");
  q = expect_quote (&r, "the old ferry was “a disgrace.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Vangsnes");
  q = expect_quote (&r, "the bridge would open in May", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The council head");
}

/* "In Aspen, Colo., the director …": a US state abbreviation after a city
 * is a place, never a person or a speaker. */
static void
test_en22_state_abbreviation_not_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "In Boulder, Colo., the museum director closed her speech by quoting Orla Brenning: "
               "“We will not sell the old mill.”", "en");
  q = expect_quote (&r, "We will not sell the old mill.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), !=, "Colo.");
  expect_mention (&r, q, "the museum director");
  for (guint j = 0; j < r.analysis->people->len; j++)
    g_assert_null (strstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, j))->name, "Colo"));
}

/* "Lund weighed in, telling Gull in an interview published on Monday,
 * “…,” he said": the one spoken to, right after "telling", is no subject
 * of "published", so "he" is the subject of "telling". */
static void
test_en22_addressee_no_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mayor Rolf Asker weighed in as well, telling Kestrel in an interview published on Monday, “But "
               "surely, the toll has to stay,” he said, adding, “The bridge is our pride.”", "en");
  q = expect_quote (&r, "But surely, the toll has to stay,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "he", "Rolf Asker");
  q = expect_quote (&r, "The bridge is our pride.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Rolf Asker");
}

/* English cleft: "It was two years ago that Strand, who …, said …": the
 * subject follows the "that" that ends the fronted part; "It" is no
 * speaker. */
static void
test_en22_cleft_relative_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "It was less than two years ago that Ada Strand, who is thinking about running for mayor of Tromvik, "
               "said it was “impossible” for an outsider to win.", "en");
  q = expect_quote (&r, "it was “impossible” for an outsider to win", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Ada Strand");
}

/* English: "warned that the toll would “stay forever,” he said." — a
 * personal pronoun and a speech verb after the closing mark and comma (a
 * time may follow) are a cue of their own: the mixed quotation ends at the
 * mark. */
static void
test_en23_mixed_ends_before_pronoun_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Olga Strand warned that the ferry fares would “double by autumn,” she said.\n\n"
               "Pieter Aalto argued that the new pier was “a gift to the gulls,” he added on Friday.", "en");
  q = expect_quote (&r, "that the ferry fares would “double by autumn,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Olga Strand");
  q = expect_quote (&r, "that the new pier was “a gift to the gulls,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Pieter Aalto");
}

/* English: "told the paper that “the fares stay,” she said." — a few
 * quoted words after "that" that a pronoun (or a phrase with a
 * determiner) and a speech verb right after them, ending the sentence,
 * report are what was said, no fragment of the writer's own. */
static void
test_en23_short_quotation_before_pronoun_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Olga Strand told the Lakeside Courier in a long interview that “the ferry stays,” she said.\n\n"
               "Pieter Aalto wrote that “the pier is sinking,” he added on Friday.\n\n"
               "Nora Vik told the crews that “the bay is closed,” the harbour office said.", "en");
  q = expect_quote (&r, "that “the bay is closed,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Nora Vik");
  q = expect_quote (&r, "that “the ferry stays,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Olga Strand");
  q = expect_quote (&r, "that “the pier is sinking,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Pieter Aalto");
}

/* German: "Die Reederei Möwenfeld", "die Stadt Ostbrück" — a name after
 * a woman's article whose first word is no given name and no woman's role
 * is a body or a place, an organisation; a person's role ("der Kapitän",
 * "der Sportchef des Vereins") is never another word for it, but someone
 * of its own, unless a named person was given that role. Nor for a name
 * right after a man's article ("Der Segelclub Kranichsee Talbrück"),
 * whose first word is no given name of either gender. */
static void
test_de24_role_not_organisation (void)
{
  static const struct { const char *text; const char *words; const char *person; } cases[] = {
    { "Die Reederei Möwenfeld hat am Freitag einen neuen Frachter getauft. „Wir sind stolz auf das Schiff“, sagte der "
      "Kapitän.", "Wir sind stolz auf das Schiff", NULL },
    { "Die Stadt Ostbrück will den Ruderclub mit einer Spende unterstützen. „Das Geld kommt genau richtig“, sagte der "
      "Sportchef des Vereins.", "Das Geld kommt genau richtig", NULL },
    { "Die Reederei Möwenfeld hat am Freitag einen neuen Frachter getauft. „Wir sind stolz auf das Schiff“, sagte die "
      "Sprecherin.", "Wir sind stolz auf das Schiff", NULL },
    /* a named person given the role */
    { "Die Reederei Möwenfeld hat den Kapitän Henrik Salm eingestellt. „Wir sind stolz auf das Schiff“, sagte der "
      "Kapitän.", "Wir sind stolz auf das Schiff", "Henrik Salm" },
    /* a man's article before a name whose first word is no given name:
     * no one a role of either gender stands for */
    { "Der Segelclub Kranichsee Talbrück bekommt Geld vom Land. „Das Geld kommt genau richtig“, sagte der Sportchef.",
      "Das Geld kommt genau richtig", NULL },
    /* a woman's role before the name: a woman */
    { "Die Biologin Selma Krüger hat die Proben untersucht. „Das Wasser ist sauber“, sagte die Forscherin.",
      "Das Wasser ist sauber", "Selma Krüger" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = { 0, };
      const QmFoundQuote *q;

      analyze (&r, cases[i].text, "de");
      q = expect_quote (&r, cases[i].words, QM_QUOTE_KIND_DIRECT);
      g_assert_cmpstr (person_name (&r, q), ==, cases[i].person);
      for (guint j = 0; j < r.analysis->people->len; j++)
        {
          QmFoundPerson *p = g_ptr_array_index (r.analysis->people, j);

          if (strstr (p->name, "Möwenfeld") != NULL || strstr (p->name, "Ostbrück") != NULL)
            g_assert_true (p->organisation);
          if (strstr (p->name, "Möwenfeld") != NULL || strstr (p->name, "Ostbrück") != NULL ||
              strstr (p->name, "Talbrück") != NULL)
            g_assert_cmpuint (p->aliases->len, ==, 0);
        }
    }
}

/* German: a word alone before a verb of the plural that opens a sentence
 * ("Menschen kamen nicht zu Schaden.") is many, no one a pronoun of no
 * known gender stands for. */
static void
test_de24_plural_subject_no_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bei dem Sturm stürzte in Ostbrück ein Baum auf eine Scheune. Menschen kamen nicht zu Schaden. "
               "„Wir hatten großes Glück“, sagte sie.", "de");
  q = expect_quote (&r, "Wir hatten großes Glück", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, NULL);
  g_assert_false (has_person (&r, "Menschen"));
}

/* German: "Der Bürgermeister von Tessin, Paul Roder, will handeln." — a
 * role with its place after a preposition and a name in commas open a
 * sentence without a cue: the named one is its subject, and the Konjunktiv
 * sentences after it are his, not the speaker's before; the role is no
 * other word for her. So in the other order ("Paul Roder, der
 * Bürgermeister von Tessin, …"). */
static void
test_de24_role_place_apposition_carry (void)
{
  static const char *const texts[] = {
    "Ortrud Lemmer sagte am Montag, die Lage am Deich sei ernst. Man müsse schnell handeln.\n\n"
    "Der Bürgermeister von Wendelau, Jasper Kolbe, will nicht warten. Die Stadt habe genug Geld für den Deich. "
    "Man werde noch im Sommer mit dem Bau beginnen.",
    "Ortrud Lemmer sagte am Montag, die Lage am Deich sei ernst. Man müsse schnell handeln.\n\n"
    "Jasper Kolbe, der Bürgermeister von Wendelau, will nicht warten. Die Stadt habe genug Geld für den Deich. "
    "Man werde noch im Sommer mit dem Bau beginnen.",
    "Ortrud Lemmer sagte am Montag, die Lage am Deich sei ernst. Man müsse schnell handeln.\n\n"
    "Auch der Bürgermeister von Wendelau, Jasper Kolbe (SPD), will nicht warten. Die Stadt habe genug Geld für den "
    "Deich. Man werde noch im Sommer mit dem Bau beginnen.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_auto(Result) r = { 0, };
      const QmFoundQuote *q;

      analyze (&r, texts[i], "de");
      q = expect_quote (&r, "Man müsse schnell handeln", QM_QUOTE_KIND_INDIRECT);
      g_assert_cmpstr (person_name (&r, q), ==, "Ortrud Lemmer");
      q = expect_quote (&r, "Die Stadt habe genug Geld für den Deich", QM_QUOTE_KIND_INDIRECT);
      g_assert_cmpstr (person_name (&r, q), ==, "Jasper Kolbe");
      q = expect_quote (&r, "Man werde noch im Sommer mit dem Bau beginnen", QM_QUOTE_KIND_INDIRECT);
      g_assert_cmpstr (person_name (&r, q), ==, "Jasper Kolbe");
      for (guint j = 0; j < r.analysis->people->len; j++)
        {
          QmFoundPerson *p = g_ptr_array_index (r.analysis->people, j);

          if (strcmp (p->name, "Ortrud Lemmer") == 0)
            g_assert_cmpuint (p->aliases->len, ==, 0);
        }
    }
  /* after its cue: "sagte der Chefarzt von Wendelau, Jasper Kolbe." */
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Ortrud Lemmer sagte am Montag, die Lage sei ernst.\n\n"
                 "„Wir haben genug Betten“, sagte der Chefarzt von Wendelau, Jasper Kolbe.", "de");
    q = expect_quote (&r, "Wir haben genug Betten", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Jasper Kolbe");
  }
}

/* German: "Sie wusste, dass es bald regnen würde." — a sentence with a
 * verb of knowing in its main clause tells a fact, no words of the speaker
 * before it, though a Konjunktiv ("würde") follows. */
static void
test_de24_knowing_not_carried (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tom Wendel erklärte am Montag, das Hafenfest finde statt. Die Bühne sei fertig.\n\n"
               "Die Bäuerin Jana Kolbe blickte in den Himmel. Sie wusste, dass es bald regnen würde.", "de");
  q = expect_quote (&r, "Die Bühne sei fertig", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Wendel");
  g_assert_null (find_quote (&r, "Sie wusste, dass es bald regnen würde"));
  g_assert_null (find_quote (&r, "dass es bald regnen würde"));
  for (guint i = 0; i < r.analysis->quotes->len; i++)
    {
      const QmFoundQuote *o = &g_array_index (r.analysis->quotes, QmFoundQuote, i);
      g_autofree char *words = span_text (&r, o->span);

      g_assert_null (strstr (words, "regnen"));
    }
}

/* German: after the verb, "der" before a woman's role ("widersprach der
 * Ministerin") or an object pronoun ("widersprach ihr") is a dative, no
 * subject: the phrase in the nominative after it speaks. */
static void
test_de24_dative_before_subject (void)
{
  static const struct { const char *text; const char *words; const char *mention; const char *person; } cases[] = {
    { "„Das ist übertrieben“, widersprach der Senatorin ein Kollege.", "Das ist übertrieben", "ein Kollege", NULL },
    { "„Das ist übertrieben“, widersprach der Senatorin Henrik Salm.", "Das ist übertrieben", "Henrik Salm",
      "Henrik Salm" },
    { "Dann widersprach der Senatorin ein Kollege: „Das ist übertrieben.“", "Das ist übertrieben.", "ein Kollege", NULL },
    { "Dann widersprach der Senatorin der Abgeordnete Henrik Salm: „Das ist übertrieben.“", "Das ist übertrieben.",
      "der Abgeordnete Henrik Salm", "Henrik Salm" },
    { "Dann widersprach ihr ein Kollege: „Das ist übertrieben.“", "Das ist übertrieben.", "ein Kollege", NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = { 0, };
      const QmFoundQuote *q;

      analyze (&r, cases[i].text, "de");
      q = expect_quote (&r, cases[i].words, QM_QUOTE_KIND_DIRECT);
      expect_speaker (&r, q, cases[i].mention, cases[i].person);
    }
  /* the woman of the dative is no speaker after a quotation of her own */
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Die Senatorin Ortrud Lemmer sagte, die Lage sei ernst.\n\n"
                 "„Das ist übertrieben“, widersprach der Senatorin ein Kollege.", "de");
    q = expect_quote (&r, "Das ist übertrieben", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), !=, "Ortrud Lemmer");
  }
  /* a sentence of a speech verb alone: the quotation after it */
  {
    g_auto(Result) r = { 0, };
    const QmFoundQuote *q;

    analyze (&r, "Die Senatorin Ortrud Lemmer sagte, die Lage sei ernst.\n\n"
                 "Dann widersprach der Senatorin Henrik Salm. „Das ist übertrieben.“", "de");
    q = expect_quote (&r, "Das ist übertrieben.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Henrik Salm");
  }
}

/* German: a preposition after a given name and a surname ("meldete sich
 * Tobias Lang zu Wort", "sagte Jasper Kolbe zu Recht") opens a phrase of
 * its own, no particle of the name; after a given name alone it is one
 * ("Karl-Heinrich zu Wendelstein"). */
static void
test_de24_preposition_after_surname (void)
{
  static const struct { const char *text; const char *words; const char *mention; const char *person; } cases[] = {
    { "Am Abend meldete sich auch Tobias Lang zu Wort: „Das ist übertrieben.“", "Das ist übertrieben.", "Tobias Lang",
      "Tobias Lang" },
    { "„Das ist übertrieben“, sagte Jasper Kolbe zu Recht.", "Das ist übertrieben", "Jasper Kolbe", "Jasper Kolbe" },
    { "„Das ist übertrieben“, sagte Karl-Heinrich zu Wendelstein.", "Das ist übertrieben", "Karl-Heinrich zu Wendelstein",
      "Karl-Heinrich zu Wendelstein" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = { 0, };
      const QmFoundQuote *q;

      analyze (&r, cases[i].text, "de");
      q = expect_quote (&r, cases[i].words, QM_QUOTE_KIND_DIRECT);
      expect_speaker (&r, q, cases[i].mention, cases[i].person);
    }
}

/* German: "Karim Belkadi, der Generalsekretär des Fischereiverbandes Union
 * Maritime Côtière du Nord (UMCN) sagte …" — an apposition that lacks its
 * closing comma, whose genitive ends in a foreign name with short words in
 * lower case and a party or an abbreviation in parentheses: the name that
 * opens the sentence speaks, not the role. */
static void
test_de24_open_apposition_foreign_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Bei einer Debatte über die Fischerei wurde die Überfischung kritisiert. Karim Belkadi, der "
               "Generalsekretär des Fischereiverbandes Union Maritime Côtière du Nord (UMCN) sagte gegenüber der "
               "Nachrichtenagentur: „Wir brauchen Hilfe. Wir werden kämpfen.“\n\n"
               "Ines Morand, die Präsidentin des Vereins Amis de la Mer (ADM) sagte gegenüber der Zeitung, die Lage "
               "sei ernst.", "de");
  q = expect_quote (&r, "Wir brauchen Hilfe. Wir werden kämpfen.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Karim Belkadi", "Karim Belkadi");
  q = expect_quote (&r, "die Lage sei ernst", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Ines Morand", "Ines Morand");
}

/* German: "Johann Wolfgang von Goethe" — after two given names and no
 * surname, "von" opens the surname, no place of the person; after a
 * surname it is their place or body ("Detlef Roth vom Fahrgastverband"). */
static void
test_de25_given_names_particle_surname (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Karl Friedrich von Hallberg schrieb an seine Schwester: „Ich komme im Mai.“\n\n"
               "„Die Reise war lang“, sagte Ludwig Anton von Tannau am Montag.\n\n"
               "Gerd Wallner vom Heimatverein Ostbrück sagte: „Das Haus bleibt stehen.“", "de");
  q = expect_quote (&r, "Ich komme im Mai.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Karl Friedrich von Hallberg", "Karl Friedrich von Hallberg");
  q = expect_quote (&r, "Die Reise war lang", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ludwig Anton von Tannau");
  q = expect_quote (&r, "Das Haus bleibt stehen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Gerd Wallner");
}

/* German: "die Kuratorin Dr. Hanna Vogt" — an honorific between the role
 * and the name is no part of her role, and the role alone later
 * ("die Kuratorin") is still she. */
static void
test_de25_role_before_honorific (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;
  QmFoundPerson *p;

  analyze (&r, "Die Kuratorin Dr. Hanna Vogt sagte: „Die Briefe sind sehr selten.“\n\n"
               "Der Archivar Prof. Olaf Brenner ergänzte: „Wir haben lange gesucht.“\n\n"
               "Die Kuratorin fügte hinzu: „Kommen Sie vorbei.“", "de");
  q = expect_quote (&r, "Die Briefe sind sehr selten.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Hanna Vogt");
  p = g_ptr_array_index (r.analysis->people, q->person);
  g_assert_cmpstr (p->role, ==, "Kuratorin");
  g_assert_cmpuint (p->aliases->len, ==, 0);
  q = expect_quote (&r, "Wir haben lange gesucht.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Olaf Brenner");
  p = g_ptr_array_index (r.analysis->people, q->person);
  g_assert_cmpstr (p->role, ==, "Archivar");
  q = expect_quote (&r, "Kommen Sie vorbei.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Hanna Vogt");
}

/* German: "die Insektenforscherin Prof. Maren Stolz" — the abbreviated
 * honorific tells no gender, the woman's role before it does: "sie" and
 * "die Forscherin" are she. */
static void
test_de25_honorific_no_gender (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Wir haben den Käfer im Moor gefunden“, sagte die Insektenforscherin Prof. Maren Stolz.\n\n"
               "Die Forscherin sagte: „Das ist eine kleine Sensation.“\n\n"
               "„Wir zählen jedes Jahr“, erklärte sie.", "de");
  q = expect_quote (&r, "Das ist eine kleine Sensation.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Die Forscherin", "Maren Stolz");
  q = expect_quote (&r, "Wir zählen jedes Jahr", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "sie", "Maren Stolz");
}

/* German: "die Gemeinde Ahlsdorf", "der Verein Grünes Tal", "das
 * Stadtmuseum Rehberg" — a municipality, a club, a museum and a
 * foundation (also as the head of a compound) are organisations, whose
 * words no one's role or pronoun stands for. */
static void
test_de25_municipality_club_museum (void)
{
  static const char *texts[] = {
    "Die Gemeinde Birkenau lehnt den Windpark ab. „Wir wollen keine neuen Anlagen“, teilte die Gemeinde Birkenau mit.",
    "Der Verein Grünes Tal widerspricht. „Das ist Unsinn“, sagte der Verein Grünes Tal.",
    "Das Stadtmuseum Rehberg verlängert die Schau. „Wir freuen uns über den Andrang“, teilte das Stadtmuseum Rehberg mit.",
    "Die Stiftung Sonnenhof hilft Familien. „Wir helfen schnell“, erklärte die Stiftung Sonnenhof.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_auto(Result) r = { 0, };
      gboolean seen = FALSE;

      analyze (&r, texts[i], "de");
      g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
      for (guint j = 0; j < r.analysis->people->len; j++)
        {
          QmFoundPerson *p = g_ptr_array_index (r.analysis->people, j);

          g_assert_true (p->organisation);
          seen = TRUE;
        }
      g_assert_true (seen);
    }
}

/* German: "die Organisationen", "die Opposition" — a word alone with a
 * feminine noun's ending ("-ion", "-ung", "-schaft"), also in the plural
 * "-en", names a body or a group, no person; a surname is still one. */
static void
test_de25_abstract_noun_no_person (void)
{
  static const struct { const char *text; const char *name; gboolean organisation; } cases[] = {
    { "Mehrere Organisationen kritisierten den Plan. „Das geht zu weit“, sagten die Organisationen.", "Organisationen", TRUE },
    { "Die Opposition im Kreistag ist empört. „Das ist ein schlechter Tag“, erklärte die Opposition.", "Opposition", TRUE },
    { "Die Gewerkschaften drohen mit Streik. „Wir sind bereit“, sagten die Gewerkschaften.", "Gewerkschaften", TRUE },
    { "Der Landwirt Jens Hollung ist empört. „Das ist ein schlechter Tag“, sagte Hollung.", "Jens Hollung", FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_auto(Result) r = { 0, };
      const QmFoundQuote *q;

      analyze (&r, cases[i].text, "de");
      g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
      q = &g_array_index (r.analysis->quotes, QmFoundQuote, 0);
      g_assert_cmpstr (person_name (&r, q), ==, cases[i].name);
      g_assert_true (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, q->person))->organisation ==
                     cases[i].organisation);
    }
}

/* German: "Der 52-jährige Ole Brandis" — a word not capitalised alone
 * before the name is an adjective: no role and no alias, and "der
 * 52-Jährige" later is still he. */
static void
test_de25_age_adjective_no_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;
  QmFoundPerson *p;

  analyze (&r, "Der 52-jährige Ole Brandis hat vor dem Amtsgericht gestanden.\n\n"
               "Die Richterin Ina Sommer sagte: „Das Urteil ist mild.“\n\n"
               "„Es tut mir leid“, sagte der 52-Jährige.", "de");
  q = expect_quote (&r, "Es tut mir leid", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der 52-Jährige", "Ole Brandis");
  p = g_ptr_array_index (r.analysis->people, q->person);
  g_assert_null (p->role);
  for (guint i = 0; i < p->aliases->len; i++)
    g_assert_null (strstr (g_ptr_array_index (p->aliases, i), "jährige"));
}

/* German: common given names ("Herbert", "Ulrike") tell that a noun no
 * list holds before them ("Der Stadtkämmerer Herbert Lüdtke") is a role. */
static void
test_de25_more_given_names (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Stadtkämmerer Herbert Lüdtke sagte: „Jeder Euro ist verplant.“\n\n"
               "„Wir sparen“, sagte die Schatzmeisterin Ulrike Brandl.", "de");
  q = expect_quote (&r, "Jeder Euro ist verplant.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Herbert Lüdtke");
  q = expect_quote (&r, "Wir sparen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ulrike Brandl");
}

/* German: "Lund zeigte sich als faire Verliererin." — a reflexive right
 * after the verb, its subject before it, and a few words up to the end
 * report nothing; a "dass" after a comma still opens the content. */
static void
test_de25_reflexive_after_verb_no_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Läuferin Maja Ostrand zeigte sich als faire Verliererin. "
               "Ihr Trainer Olaf Brenner zeigte sich überzeugt, dass sie im Herbst gewinnt.", "de");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  q = expect_quote (&r, "dass sie im Herbst gewinnt", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Olaf Brenner");
}

/* English: "warned that the fares would “double,” he said at the
 * meeting." — a pronoun or a phrase with a determiner, a speech verb and a
 * phrase that a preposition opens, up to the end of the sentence, are a
 * cue of their own after the quoted words: the mixed quotation ends at its
 * closing mark, as before a time ("he added on Friday"). */
static void
test_en24_mixed_ends_before_cue_with_phrase (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Olga Strand warned that the ferry fares would “double by autumn,” she said at the meeting.\n\n"
               "Pieter Aalto argued that the new pier was “a gift to the gulls,” the harbour master said in a "
               "letter to the council.", "en");
  q = expect_quote (&r, "that the ferry fares would “double by autumn,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Olga Strand");
  q = expect_quote (&r, "that the new pier was “a gift to the gulls,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Pieter Aalto");
}

/* English: "Warning that the fares would “double,” she said …" — a
 * participle of a speech verb that opens the sentence reports the clause
 * after it up to the comma before the main clause, whose subject speaks: a
 * mixed quotation, no scare quotes; one that reports no clause ("Citing the
 * papers, …") says nothing. */
static void
test_en24_fronted_participle_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Warning that the ferry fares would “double by autumn,” Olga Strand said the council must act.\n\n"
               "Noting that the new pier was “a gift to the gulls,” the mayor left the meeting early.\n\n"
               "Citing the local papers, the harbour office reports that the quay is closed.", "en");
  q = expect_quote (&r, "that the ferry fares would “double by autumn,”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Olga Strand", "Olga Strand");
  expect_cue (&r, q, "Warning");
  q = expect_quote (&r, "that the new pier was “a gift to the gulls,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "the mayor");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_SCARE), ==, 0);
  g_assert_null (find_quote (&r, "the local papers"));
}

/* English: "It was also warned that …", "It is said that …" — an
 * impersonal pronoun (impersonal-pronouns) as the subject of a speech verb
 * in the passive names no one: the reported words have no speaker, not
 * "It" (and inside what "he said" reports they are his alone, see
 * test_en25_impersonal_passive_inside_cue). */
static void
test_en24_impersonal_passive_no_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "It was also warned that the ferry would stop in winter.\n\n"
               "It is said that the old quay was built by smugglers.", "en");
  q = expect_quote (&r, "that the ferry would stop in winter", QM_QUOTE_KIND_INDIRECT);
  expect_cue (&r, q, "warned");
  expect_mention (&r, q, NULL);
  q = expect_quote (&r, "that the old quay was built by smugglers", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, NULL);
  g_assert_cmpint (q->person, <, 0);
}

/* English: "“…,” Lund said on Tuesday, as the crowd cheered." — after a
 * cue that follows the quotation it reports, a comma and a word of
 * aside-openers open the writer's clause, no content of the cue's: the
 * quotation keeps its cue (and goes on after the clause), and a verb of
 * its own after the word still reports ("…, before explaining that …"). */
static void
test_en24_aside_after_quotation_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“We will rebuild the pier,” Olga Strand said on Tuesday, as the crowd cheered.\n\n"
               "“The ferry stays,” Pieter Aalto, a former mayor, told the Courier, when the council met. "
               "“It will run all winter.”\n\n"
               "“We will wait,” Nora Vik said, before explaining that the quay was closed.", "en");
  q = expect_quote (&r, "We will rebuild the pier,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Olga Strand", "Olga Strand");
  expect_cue (&r, q, "said");
  g_assert_null (find_quote (&r, "as the crowd cheered"));
  q = expect_quote (&r, "The ferry stays,” Pieter Aalto, a former mayor, told the Courier, when the council met. "
                        "“It will run all winter.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Pieter Aalto");
  expect_cue (&r, q, "told");
  g_assert_null (find_quote (&r, "when the council met"));
  q = expect_quote (&r, "before explaining that the quay was closed", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Nora Vik");
}

/* English: "said Tuesday her plan would …", "said on Friday the board had
 * “…” …" — a clause without "that" right after the day the words were
 * said, its subject a pronoun or a phrase that a determiner opens, is the
 * content, without the day. */
static void
test_en24_clause_after_day (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Olga Strand said Tuesday her plan would pass.\n\n"
               "Pieter Aalto said on Friday the harbour board had “more than one meeting” with the mayor.", "en");
  q = expect_quote (&r, "her plan would pass", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Olga Strand");
  q = expect_quote (&r, "the harbour board had “more than one meeting” with the mayor", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Pieter Aalto");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_SCARE), ==, 0);
}

/* English: "Sooner or later, the mayor told reporters, “it starts to pay
 * off.”" — the cue set off by commas before a quotation that opens in lower
 * case may name the one told and a time after its verb: the quotation
 * still goes on from the words before the cue, one mixed quotation. */
static void
test_en24_lowercase_goes_on_after_addressee (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Sooner or later, the mayor told reporters, “the ferry will pay for itself.”\n\n"
               "The new pier, Olga Strand told the Lakeside Courier on Monday, “will open in spring.”", "en");
  q = expect_quote (&r, "Sooner or later, the mayor told reporters, “the ferry will pay for itself.”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "the mayor");
  q = expect_quote (&r, "The new pier, Olga Strand told the Lakeside Courier on Monday, “will open in spring.”",
                    QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Olga Strand");
}

/* English: "Conceding that there was “no deal” he warned: …", "Noting that
 * the mayor “says a lot,” though, Lund did suggest …" — the fronted
 * participle's clause may end at its closing mark before a pronoun and a
 * verb with no comma, and a word set off by commas may stand before the
 * main clause's subject. */
static void
test_en24_fronted_participle_no_comma (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Conceding that there would be a ferry deal “down the line” she warned: “Not this year.”\n\n"
               "Acknowledging that the mayor “says a lot of silly things,” though, Pieter Aalto did suggest "
               "that the pier was sound.", "en");
  q = expect_quote (&r, "that there would be a ferry deal “down the line”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "she");
  expect_cue (&r, q, "Conceding");
  q = expect_quote (&r, "that the mayor “says a lot of silly things,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Pieter Aalto");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_SCARE), ==, 0);
}

/* "erklärte der Vorstand, der auch die „…“ herausgibt, dass …": the
 * relative clause after the inverted subject tells who speaks; the content
 * is the "dass" clause after it, with the quoted words of the speaker. */
static void
test_de27_relative_after_subject_not_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "In einer Mitteilung erklärte der Vorstand Jonas Willner, der auch die Zeitschrift „Grüne Wege“ "
               "herausgibt, dass die Pläne „völlig unausgegoren“ seien.", "de");
  q = expect_quote (&r, "dass die Pläne „völlig unausgegoren“ seien", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Willner");
  q = expect_quote (&r, "völlig unausgegoren", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jonas Willner");
  g_assert_null (find_quote (&r, "der auch die Zeitschrift „Grüne Wege“ herausgibt, dass die Pläne „völlig unausgegoren“ seien"));
}

/* "…, das auch die „…“ verlegende Haus …, dass …": an apposition after
 * the inverted subject, up to the comma before "dass", is no content. */
static void
test_de27_apposition_after_subject_not_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Am Freitag erklärte der Eigentümer, das auch die „Ostseewelle“ verlegende Haus Brandt, "
               "dass der Verlag in einer „engen Lage“ stecke.", "de");
  q = expect_quote (&r, "dass der Verlag in einer „engen Lage“ stecke", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "der Eigentümer");
  g_assert_null (find_quote (&r, "das auch die „Ostseewelle“ verlegende Haus Brandt, dass das Blatt in einer "
                                 "„schwierigen Lage“ stecke"));
}

/* "erklärte der „Rat …“, wie sich die Gruppe nennt, die Lage sei …": a
 * clause of "wie" after the subject is no content, the clause in the
 * Konjunktiv after it is; a phrase that names with a noun ("die Lage, die
 * ernst sei, werde …") is the content's own subject and stays in it. */
static void
test_de27_wie_clause_after_subject_not_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Am Montag erklärte der „Rat für Ruhe und Ordnung“, wie sich die Gruppe selbst nennt, "
               "die Lage sei unter Kontrolle. "
               "Am Dienstag sagte der Sprecher Malte Hovland, die Lage, die ernst sei, werde sich bessern.", "de");
  q = expect_quote (&r, "die Lage sei unter Kontrolle", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Rat für Ruhe und Ordnung");
  q = expect_quote (&r, "die Lage, die ernst sei, werde sich bessern", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Malte Hovland");
}

/* "der neue „Rat …“": adjectives in lower case between the article and a
 * name in quotation marks belong to the speaker phrase. */
static void
test_de27_adjective_before_quoted_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Am Montag erklärte der neue „Rat für Ruhe und Ordnung“, wie sich die Gruppe selbst nennt, "
               "die Lage sei unter Kontrolle.", "de");
  q = expect_quote (&r, "die Lage sei unter Kontrolle", QM_QUOTE_KIND_INDIRECT);
  /* the mention ends with the name's last word, as for "die „Rundschau“" */
  expect_mention (&r, q, "der neue „Rat für Ruhe und Ordnung");
  g_assert_cmpstr (person_name (&r, q), ==, "Rat für Ruhe und Ordnung");
}

/* "ging von dem Verdacht aus, …", "hat die These vertreten, …": the verb's
 * particle or participle stands between the noun for what was said and
 * the comma before the clause in the Konjunktiv, which is the content. */
static void
test_de27_content_noun_particle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Polizei ging von dem Verdacht aus, ein Mann habe das Feuer gelegt. "
               "Der Abgeordnete Lars Feddersen hat in einem Interview die These vertreten, die Partei sei gespalten.", "de");
  q = expect_quote (&r, "ein Mann habe das Feuer gelegt", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Die Polizei");
  q = expect_quote (&r, "die Partei sei gespalten", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Lars Feddersen");
}

/* "Im Ausschuss herrschte die Meinung vor, dass …": a view no one is
 * named for, after the sentence's opening phrase, reports its clause
 * without a speaker; a noun that opens the sentence ("Die Befürchtung,
 * dass …, bestätigte sich nicht") reports nothing. */
static void
test_de27_content_noun_no_owner (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Im Ausschuss herrschte die Meinung vor, dass Kaffee „in den meisten Fällen nicht schadet“. "
               "Die Befürchtung, dass der Damm bricht, bestätigte sich nicht.", "de");
  q = expect_quote (&r, "dass Kaffee „in den meisten Fällen nicht schadet“", QM_QUOTE_KIND_MIXED);
  g_assert_null (person_name (&r, q));
  g_assert_cmpint (q->speaker.start, <, 0);
  g_assert_null (find_quote (&r, "dass der Damm bricht"));
}

/* „…:⏎[…]⏎11. …“: a quotation left open at a line's end goes on over
 * the next lines up to a line that ends with its closing mark, when the
 * lines between hold no double quotation mark; a pair of its own inside
 * that line („…“) is no end. A line with a quotation of its own ends the
 * open one there. */
static void
test_de27_quotation_over_lines (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Im Gesetz heißt es:\n\n"
               "„Die Behörde darf die folgenden Maßnahmen anwenden:\n[…]\n11. das heimliche Beobachten des Netzes.“\n\n"
               "Die Richterin Greta Solberg sagte zum Schluss:\n\n"
               "„Wir sind überzeugt, dass wir richtig entschieden haben.\nBedenken Sie das.\n\n"
               "Erst dann haben Sie die Regel „im Zweifel für den Hafen“ begriffen.“\n\n"
               "Der Zeuge Ole Marstrand rief: „Das ist alles falsch!\n\n"
               "Danach sagte die Anwältin: „Wir gehen in Berufung.“", "de");
  expect_quote (&r, "Die Behörde darf die folgenden Maßnahmen anwenden:\n[…]\n11. das heimliche Beobachten des Netzes.",
                QM_QUOTE_KIND_DIRECT);
  q = expect_quote (&r, "Wir sind überzeugt, dass wir richtig entschieden haben.\nBedenken Sie das.\n\n"
                        "Erst dann haben Sie die Regel „im Zweifel für den Hafen“ begriffen.",
                    QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Greta Solberg");
  expect_quote (&r, "Das ist alles falsch!", QM_QUOTE_KIND_DIRECT);
  expect_quote (&r, "Wir gehen in Berufung.", QM_QUOTE_KIND_DIRECT);
}

/* "In X wurde laut Polizei ein Mann verletzt, der sich als „…“ ausgab":
 * what a source gives is a clause of its own, a mixed quotation with the
 * name in it; only a cue's object with "als" before the quoted words
 * ("kritisierte den Plan als „…“") is no reported speech. */
static void
test_de27_according_clause_with_named_words (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Ministerin Hanna Lindqvist kritisierte den Plan als „teuren Unsinn“. "
               "In Lindau wurde laut Polizei ein Mann verletzt, der sich als „Retter“ ausgab.", "de");
  q = expect_quote (&r, "teuren Unsinn", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Hanna Lindqvist");
  g_assert_null (find_quote (&r, "den Plan als „teuren Unsinn“"));
  q = expect_quote (&r, "In Lindau wurde laut Polizei ein Mann verletzt, der sich als „Retter“ ausgab", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Polizei");
}

/* "das als „…“ bekannte Lager", "Der als Hardliner bekannte Minister": a
 * verb's form after an article and an "als" phrase, before a noun, is an
 * adjective — no cue whose subject is the name before it; the quoted name
 * is no one's words. "Seinen Besuch als Kanzler bezeichnete X" keeps its
 * verb. */
static void
test_de27_attributive_verb_after_als (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nach Angaben der Agentur Nordpress umstellten Polizisten das als „Lager am Meer“ bekannte Gelände, "
               "in dem sich noch 50 Menschen aufhielten. "
               "Der als Hardliner bekannte Minister Lars Berg soll den Plan gestoppt haben. "
               "Seinen ersten Besuch als Kanzler bezeichnete Tom Lund als „großen Erfolg“.", "de");
  q = expect_quote (&r, "umstellten Polizisten das als „Lager am Meer“ bekannte Gelände, in dem sich noch 50 Menschen aufhielten",
                    QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "der Agentur Nordpress");
  expect_quote (&r, "Lager am Meer", QM_QUOTE_KIND_SCARE);
  g_assert_null (find_quote (&r, "Minister Lars Berg soll den Plan gestoppt haben"));
  q = expect_quote (&r, "großen Erfolg", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lund");
}

/* "Nach Angaben von X sollen neun Teilnehmer (von X als „…“ bezeichnet)
 * noch warten": a cue in a parenthesis inside reported content neither
 * ends that content nor reports what follows the parenthesis. */
static void
test_de27_parenthesis_cue_inside_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nach Angaben von Nordpress sollen weitere neun Teilnehmer (von Nordpress als „Rädelsführer“ bezeichnet) "
               "noch auf ein Urteil warten.", "de");
  q = expect_quote (&r, "sollen weitere neun Teilnehmer (von Nordpress als „Rädelsführer“ bezeichnet) noch auf ein Urteil warten",
                    QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Nordpress");
  g_assert_null (find_quote (&r, ") noch auf ein Urteil warten"));
  g_assert_null (find_quote (&r, "sollen weitere neun Teilnehmer (von Nordpress als"));
}

/* "„…“, zitierte man Eva Lund vom Sender NTV": after a verb of quoting and
 * the impersonal "man", the one quoted is the speaker, and the quotation
 * is hers, no scare quote. */
static void
test_de27_quoted_by_impersonal (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ein Team des Senders wurde ausgewiesen. „Wir sind unerwünschte Zeugen“, zitierte man Eva Lund vom Sender NTV.", "de");
  q = expect_quote (&r, "Wir sind unerwünschte Zeugen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Eva Lund");
}

/* German: "„…“, hieß es in einer Mitteilung der Reederei Möwenfeld." — the
 * genitive after a document noun issued it; a possessive after it ("laut
 * ihrer Erklärung ihre Ämter") is no genitive. */
static void
test_de28_document_genitive (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) colon = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Fähre Seeschwalbe ist vor Amrum auf Grund gelaufen.\n\n"
               "„Alle Fahrgäste sind wohlauf“, hieß es in einer Mitteilung der Reederei Möwenfeld.", "de");
  q = expect_quote (&r, "Alle Fahrgäste sind wohlauf", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Reederei Möwenfeld");

  analyze (&colon, "Die Fähre Seeschwalbe ist vor Amrum auf Grund gelaufen. In einer Mitteilung des Hafenamts Kiel "
                   "hieß es: „Die Fahrrinne bleibt gesperrt.“", "de");
  q = expect_quote (&colon, "Die Fahrrinne bleibt gesperrt.", QM_QUOTE_KIND_DIRECT);
  /* the genitive "s" may stay on the name */
  g_assert_true (g_str_has_prefix (person_name (&colon, q), "Hafenamt"));
}

/* German: "Sie forderte Reformen." — the word after the verb of a
 * sentence a subject pronoun opens is its object, no one named; "Ihm
 * widersprach X" still names X. */
static void
test_de28_subject_pronoun_object (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) dative = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Abgeordnete Karla Wendt sprach am Mittwoch im Landtag. Sie forderte Reformen. "
               "„Wir dürfen nicht länger warten“, sagte sie.", "de");
  g_assert_cmpuint (r.analysis->people->len, ==, 1);
  q = expect_quote (&r, "Wir dürfen nicht länger warten", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Karla Wendt");

  analyze (&dative, "Die Abgeordnete Karla Wendt sprach am Mittwoch im Landtag. Ihm widersprach Jonas Falk.", "de");
  g_assert_cmpuint (dative.analysis->people->len, ==, 2);
}

/* German: "Ihr Trainer hingegen kritisierte die Jury: „…“" — a possessive
 * that opens the sentence, a noun and an adverb before the verb are its
 * subject, not fronted: the object after the verb does not speak. */
static void
test_de28_possessive_subject_adverb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Turnerin Lea Brandt erhielt nur 12,4 Punkte. Ihr Trainer hingegen kritisierte die Jury: "
               "„Diese Wertung ist nicht nachvollziehbar.“\n\n"
               "Der Turner Ole Sand erhielt 14,1 Punkte. Sein Betreuer wiederum lobte die Kampfrichter: "
               "„Das war fair.“", "de");
  q = expect_quote (&r, "Diese Wertung ist nicht nachvollziehbar.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Ihr Trainer");
  q = expect_quote (&r, "Das war fair.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Sein Betreuer");
}

/* German: "Ende August sagte Tom Lund: „…“" — a capitalised word and a
 * month before the verb are a fronted time, no one: the subject follows
 * the verb; after a given name the month is a name ("Ernst August sagte"). */
static void
test_de28_month_time_fronted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ende August sagte der Landwirt Tom Lund: „Die Ernte wird schlecht.“\n\n"
               "Anfang Mai erklärte die Ministerin Eva Lind: „Wir helfen.“\n\n"
               "Ernst August sagte: „Es regnet zu wenig.“", "de");
  q = expect_quote (&r, "Die Ernte wird schlecht.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lund");
  q = expect_quote (&r, "Wir helfen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Eva Lind");
  q = expect_quote (&r, "Es regnet zu wenig.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ernst August");
}

/* German: "der Landwirt Jobst August Brinkmann" — a month between two
 * words of a name, the given name one no list holds, is part of the
 * name; after a preposition ("seit Anfang Mai Gespräche") it is a date. */
static void
test_de28_month_inside_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Die Ernte wird schlecht“, sagte der Landwirt Jobst August Brinkmann.\n\n"
               "Seit Anfang Mai Gespräche laufen, sei nichts passiert, sagte die Bäuerin Wiebke Sand.", "de");
  q = expect_quote (&r, "Die Ernte wird schlecht", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jobst August Brinkmann");
  for (guint i = 0; i < r.analysis->people->len; i++)
    {
      QmFoundPerson *p = g_ptr_array_index (r.analysis->people, i);

      g_assert_null (strstr (p->name, "Mai"));
    }
}

/* German: "sagte die 46-jährige Juristin" — a definite article, an age in
 * lower case and a noun no one has tell of the latest person of the
 * article's gender. */
static void
test_de28_age_adjective_noun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Kandidatin Marija Dobrin gewann die Wahl. Vor Anhängern sagte die 46-jährige Juristin: "
               "„Heute haben die Menschen gezeigt, dass sie keine Angst mehr haben.“\n\n"
               "Der Stürmer Niklas Brandl traf zweimal. „Das war ein perfekter Abend“, sagte der 23-jährige "
               "Angreifer.", "de");
  q = expect_quote (&r, "Heute haben die Menschen gezeigt, dass sie keine Angst mehr haben.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die 46-jährige Juristin", "Marija Dobrin");
  q = expect_quote (&r, "Das war ein perfekter Abend", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der 23-jährige Angreifer", "Niklas Brandl");
}

/* German: "Seine Amtskollegin aus Norvania, Ilse Haak, sah …: „…“" — the
 * name in commas after a role and a place after any preposition is the
 * one of that role. */
static void
test_de28_role_place_preposition_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Außenminister Tomas Vilmar war enttäuscht. Seine Amtskollegin aus Norvanien, Ilse Haak, sah die "
               "Schuld bei den Nachbarn: „Wer solche Quoten verlangt, darf sich nicht wundern.“", "de");
  q = expect_quote (&r, "Wer solche Quoten verlangt, darf sich nicht wundern.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ilse Haak");
}

/* German: "»…«, hatte die 74-Jährige berichtet." — an age after a woman's
 * article stands for no man, though only men were named before. */
static void
test_de28_age_article_gender_only (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Richter Konrad Eibner sprach von Betrug. Eine Rentnerin aus Kempten hatte ihre Ersparnisse "
               "verloren. »Er hat gesagt, das Geld sei sicher«, hatte die 74-Jährige berichtet.", "de");
  q = expect_quote (&r, "Er hat gesagt, das Geld sei sicher", QM_QUOTE_KIND_DIRECT);
  g_assert_true (q->person < 0 || g_strcmp0 (person_name (&r, q), "Konrad Eibner") != 0);
}

/* German: "schwärmte" and "wetterte" are verbs of speech: „…“,
 * schwärmte X. */
static void
test_de28_enthuse_rant_verbs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Kapitän Tim Oster sah es ähnlich. „Dieses Spiel werde ich nie vergessen“, schwärmte "
               "Emil Sautner.\n\n"
               "„Das ist ein Skandal“, wetterte die Abgeordnete Ina Roloff.", "de");
  q = expect_quote (&r, "Dieses Spiel werde ich nie vergessen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Emil Sautner");
  q = expect_quote (&r, "Das ist ein Skandal", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ina Roloff");
}

/* German: "Rückraumspieler Emil Sautner", "die Nationalspielerin …" — a
 * compound of "-spieler" is a role before a name, no part of it. */
static void
test_de28_player_compound_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Dieses Spiel werde ich nie vergessen“, schwärmte Rückraumspieler Emil Sautner.", "de");
  q = expect_quote (&r, "Dieses Spiel werde ich nie vergessen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Emil Sautner");
}

/* German: "Der Forscher X, der …, nannte den Fund „…“." — a phrase an
 * oblique article opens after the verb is its object: no cue after the
 * words before the comma, and no person "Fund" a pronoun could mean. */
static void
test_de28_oblique_object_no_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Infektiologe Stefan Wiegner vom Klinikum Talbach, der nicht an der Studie beteiligt war, nannte "
               "den Fund „vielversprechend“. Er warnte jedoch vor zu hohen Erwartungen: „Wir haben schon viele "
               "Wundermittel gesehen.“", "de");
  for (guint i = 0; i < r.analysis->quotes->len; i++)
    g_assert_cmpint (g_array_index (r.analysis->quotes, QmFoundQuote, i).kind, !=, QM_QUOTE_KIND_INDIRECT);
  q = expect_quote (&r, "Wir haben schon viele Wundermittel gesehen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Stefan Wiegner");
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "Fund");
}

/* German: "Kritik gab es dagegen …" — a noun ending in "-ik" is feminine
 * and abstract: no person a later "er" could mean. */
static void
test_de28_ik_noun_no_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Regisseur Tomasz Wronski bekam den Preis. Kritik gab es dagegen an den hohen Preisen. "
               "»Ich bin sprachlos«, sagte er.", "de");
  q = expect_quote (&r, "Ich bin sprachlos", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tomasz Wronski");
}

/* German: "die Jury" is an organisation: "sie" later is the woman named
 * before it, and "In der Begründung der Jury heißt es: „…“" quotes the
 * jury. */
static void
test_de28_jury_organisation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Preis geht an die Regisseurin Anna Pfeifer. Das gab die Jury am Abend bekannt.\n\n"
               "Der Jurypräsident Henning Voß lobte den Film. In der Begründung der Jury heißt es: „Pfeifer schaut "
               "hin.“\n\n"
               "Die Preisträgerin war gerührt. „Dieser Preis gehört den Bauern“, sagte sie.", "de");
  q = expect_quote (&r, "Pfeifer schaut hin.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jury");
  q = expect_quote (&r, "Dieser Preis gehört den Bauern", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Pfeifer");
}

/* German: "Die Agentur zitierte ihn in einer Mitteilung mit den Worten:
 * „…“" — the one quoted may be a pronoun, and a phrase a preposition
 * opens may come between him and the words. */
static void
test_de28_quoting_pronoun_place (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Direktor Pierre Lemarque lobte das Team. Die Agentur zitierte ihn in einer Mitteilung mit den "
               "Worten: „Heute ist ein guter Tag.“\n\n"
               "Die Zeitung zitierte den Minister Tom Lunde in ihrem Bericht mit den Worten: „Wir sparen.“", "de");
  q = expect_quote (&r, "Heute ist ein guter Tag.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Pierre Lemarque");
  q = expect_quote (&r, "Wir sparen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Lunde");
}

/* German: "Dessen Präsident, der Oberbürgermeister von Kassel, Thorsten
 * Weibel, sagte: „…“" — a second role in commas before the name. */
static void
test_de28_second_role_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Auch der Städtetag äußerte sich. Dessen Präsident, der Oberbürgermeister von Talbach, Thorsten "
               "Weibler, sagte der Zeitung: „Wir begrüßen die Lösung.“", "de");
  q = expect_quote (&r, "Wir begrüßen die Lösung.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Thorsten Weibler");
}

/* German: "Das Busunternehmen Reisedienst Kaltenbach … in einer Erklärung
 * des Unternehmens" — a definite article and an organisation noun alone
 * are the one named lately whose first word ends in the noun. */
static void
test_de28_organisation_noun_named_before (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Das Busunternehmen Reisedienst Kaltenbeck äußerte sich am Abend zu dem Unfall.\n\n"
               "„Wir sind in Gedanken bei den Verletzten“, hieß es in einer Erklärung des Unternehmens.", "de");
  q = expect_quote (&r, "Wir sind in Gedanken bei den Verletzten", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Busunternehmen Reisedienst Kaltenbeck");
}

/* German: "„…“, sagte Kallweit zum Abschluss." — a preposition after the
 * surname of someone known right after the verb opens a phrase, no part
 * of the name ("Karl-Heinrich zu Wendelstein" still is one). */
static void
test_de28_known_surname_preposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Gewerkschafter Bernd Kallwitz sprach als Letzter.\n\n"
               "„Vielleicht sind wir uns näher, als wir denken“, sagte Kallwitz zum Abschluss.", "de");
  q = expect_quote (&r, "Vielleicht sind wir uns näher, als wir denken", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Kallwitz", "Bernd Kallwitz");
  g_assert_cmpuint (r.analysis->people->len, ==, 1);
}

/* German: "bahn" is an organisation word: "die Deutsche Bahn" is no woman
 * "sie" means, and "Eine Bahnsprecherin" is a person of her own. */
static void
test_de28_bahn_organisation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nach Angaben der Deutschen Bahn fielen viele Züge aus. Eine Bahnsprecherin sagte: „Das ist "
               "unverhältnismäßig.“ Man sei jederzeit zu Gesprächen bereit, sagte sie.", "de");
  q = expect_quote (&r, "Man sei jederzeit zu Gesprächen bereit", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, >=, 0);
  g_assert_false (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, q->person))->organisation);
  g_assert_nonnull (strstr (person_name (&r, q), "sprecherin"));
}

/* German: "Der Senator X nannte die Pläne laut der Zeitung einen „…“" —
 * the words quoted in what the source reports are the subject's, before
 * the verb or after it ("Laut der Zeitung nannte der Senator X …"); the
 * mixed quotation stays the source's. */
static void
test_de28_according_source_subject_fragment (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Senator Robert Hayward nannte die Pläne laut der Zeitung einen „Schuss ins eigene Knie“.\n\n"
               "Laut einem Bericht der Zeitung nannte der Senator Tom Kerrigan die Zölle einen „Fehler ohne "
               "Beispiel“.", "de");
  q = expect_quote (&r, "Schuss ins eigene Knie", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Robert Hayward");
  q = expect_quote (&r, "Fehler ohne Beispiel", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Kerrigan");
}

/* German: "Der Verein bereitete nach eigenen Angaben ein Fest vor." — only
 * an article of the genitive after a source noun joins the source: "ein
 * Fest" is no one's, and the subject is the source. */
static void
test_de28_source_noun_genitive_only (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Verein Blauweiß Talbach bereitete nach eigenen Angaben ein großes Fest vor.", "de");
  q = expect_quote (&r, "Der Verein Blauweiß Talbach bereitete nach eigenen Angaben ein großes Fest vor",
                    QM_QUOTE_KIND_INDIRECT);
  g_assert_nonnull (strstr (person_name (&r, q), "Talbach"));
}

/* English: "The board warned that …, Nora Vik said." — a name, a role or
 * an organisation after a comma, and a speech verb that ends the sentence,
 * are a cue of their own, as "he said" is: the content before it ends at
 * the comma, and the whole clause is what the one named there said. */
static void
test_en25_named_cue_ends_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The harbour board warned that the ferry would stop in winter, Nora Vik said on Monday.\n\n"
               "Pieter Aalto claimed that the pier was unsafe, the Talbach Courier reported.", "en");
  q = expect_quote (&r, "that the ferry would stop in winter", QM_QUOTE_KIND_INDIRECT);
  expect_cue (&r, q, "warned");
  q = expect_quote (&r, "The harbour board warned that the ferry would stop in winter", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nora Vik", "Nora Vik");
  q = expect_quote (&r, "that the pier was unsafe", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Pieter Aalto", "Pieter Aalto");
  q = expect_quote (&r, "Pieter Aalto claimed that the pier was unsafe", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "the Talbach Courier");
}

/* English: "upon", "via", "within" … are prepositions (prepositions): "…
 * “…,” she said upon arrival." is a cue and a phrase after the quoted
 * words, no part of the mixed quotation, as "she said on arrival" is. */
static void
test_en25_upon_preposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nora Vik warned that the harbour dues would “rise before spring,” she said upon arrival.\n\n"
               "Pieter Aalto argued that the quay was “a gift to the gulls,” he said via his spokesman.", "en");
  q = expect_quote (&r, "that the harbour dues would “rise before spring,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Nora Vik");
  q = expect_quote (&r, "that the quay was “a gift to the gulls,”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Pieter Aalto");
}

/* English: "as Berg continued to interject", "Lund continued to insist
 * that …" — a verb of aspect-verbs before "to" stands between the subject
 * and its verb as an auxiliary does and is no cue: the verb after it
 * reports what follows it, and an infinitive with nothing after it (or a
 * verb of no speech) reports nothing. */
static void
test_en25_aspect_verb_before_to (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The hearing grew loud as Tomas Berg continued to interject.\n\n"
               "Nora Vik continued to insist that the quay was safe.\n\n"
               "The harbour club began to raise money from small donors.", "en");
  g_assert_null (find_quote (&r, "to interject"));
  q = expect_quote (&r, "that the quay was safe", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Nora Vik");
  expect_cue (&r, q, "insist");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* English: "It was also warned that …, he said." — an impersonal passive
 * inside the content of a later cue that names its speaker reports nothing
 * of its own: one quotation, the speaker's; alone it keeps its own, with
 * no speaker. */
static void
test_en25_impersonal_passive_inside_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "It was also feared that the harbour dues would rise, Nora Vik said.\n\n"
               "It was claimed that the lighthouse is haunted.", "en");
  q = expect_quote (&r, "It was also feared that the harbour dues would rise", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Nora Vik", "Nora Vik");
  g_assert_null (find_quote (&r, "that the harbour dues would rise"));
  q = expect_quote (&r, "that the lighthouse is haunted", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, NULL);
  g_assert_cmpuint (r.analysis->quotes->len, ==, 2);
}

/* "Frage: …" ¶ "Antwort: …" with no one named before the first question:
 * the answer is the one the questions named ("Frau Sommer"), or no one,
 * never the label; "RH: …?" ¶ "TS: …" — initials label an interview too:
 * the first to ask asks, the others answer. */
static void
test_de29_interview_answer_no_label (void)
{
  const QmFoundQuote *q;
  g_auto(Result) addressed = { 0, };
  g_auto(Result) nobody = { 0, };
  g_auto(Result) initials = { 0, };
  g_auto(Result) heading = { 0, };

  analyze (&addressed, "Seit Mai leitet Tabea Sommer die Bücherei in Lunden. Ein Gespräch über leere Regale.\n\n"
                       "Frage: Frau Sommer, warum fehlen so viele Bücher?\n\n"
                       "Antwort: Die Leute geben sie nicht zurück. Wir mahnen jede Woche.", "de");
  q = expect_quote (&addressed, "Die Leute geben sie nicht zurück. Wir mahnen jede Woche", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&addressed, q), ==, "Sommer");

  analyze (&nobody, "Die Bücherei in Lunden hat neue Öffnungszeiten.\n\n"
                    "Frage: Warum fehlen so viele Bücher?\n\n"
                    "Antwort: Die Leute geben sie nicht zurück. Wir mahnen jede Woche.", "de");
  q = expect_quote (&nobody, "Die Leute geben sie nicht zurück. Wir mahnen jede Woche", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpint (q->person, ==, -1);
  g_assert_cmpint (q->speaker.start, <, 0);

  analyze (&initials, "Rolf Hanke sprach mit der Bibliothekarin über leere Regale.\n\n"
                      "RH: Frau Sommer, warum fehlen so viele Bücher?\n\n"
                      "TS: Die Leute geben sie nicht zurück. Wir mahnen jede Woche.\n\n"
                      "RH: Und dann?\n\n"
                      "TS: Dann kommt die Rechnung.", "de");
  q = expect_quote (&initials, "Die Leute geben sie nicht zurück. Wir mahnen jede Woche", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&initials, q), ==, "Sommer");
  q = expect_quote (&initials, "Dann kommt die Rechnung", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&initials, q), ==, "Sommer");
  q = expect_quote (&initials, "Frau Sommer, warum fehlen so viele Bücher", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&initials, q), ==, "Rolf Hanke");

  /* capitals no one's initials are a heading's: no question, no answer */
  analyze (&heading, "Wahl in Lunden\n\nUSA: Wer gewinnt die Wahl?\n\nCDU: Wir wollen die Mehrheit.\n\n"
                     "Die Kandidatin Tabea Sommer sprach in Lunden.", "de");
  g_assert_cmpuint (heading.analysis->quotes->len, ==, 0);
}

/* German "Der Tenor Luca Horak, der seit Jahren in Graz lebt, zeigte
 * Verständnis": a relative clause in commas between the subject and the
 * verb; the phrase before it is the subject, of the colon's quotation
 * and for a later "der Tscheche", not the object after the verb nor the
 * one named before. */
static void
test_de29_subject_relative_clause (void)
{
  const QmFoundQuote *q;
  g_auto(Result) colon = { 0, };
  g_auto(Result) later = { 0, };

  analyze (&colon, "Die Schule bleibt zu. Der Hausmeister Jörg Lenz ärgerte sich. Der Tenor Luca Horak, der seit "
                   "Jahren in Graz lebt, zeigte Verständnis: „Die Sicherheit geht vor.“", "de");
  q = expect_quote (&colon, "Die Sicherheit geht vor.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&colon, q), ==, "Luca Horak");

  analyze (&later, "Die Schule bleibt zu. Der Hausmeister Jörg Lenz ärgerte sich. Der Tenor Luca Horak, der seit "
                   "Jahren in Graz lebt, zeigte Verständnis. „Wir proben dann eben im Park“, sagte der Tscheche.", "de");
  q = expect_quote (&later, "Wir proben dann eben im Park", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&later, q), ==, "Luca Horak");
}

/* German "Der Verein Bäder für Familien sagte: …": after an organisation
 * noun and its name, "für" and a few words (no article) up to the speech
 * verb or the sentence's end are the name's; "dankte der Verein Hilfe für
 * die Unterstützung" keeps its object out. */
static void
test_de29_organisation_name_fuer (void)
{
  const QmFoundQuote *q;
  g_auto(Result) before = { 0, };
  g_auto(Result) after = { 0, };
  g_auto(Result) object = { 0, };

  analyze (&before, "Die Stadt erhöht die Eintrittspreise. Der Verein Bäder für Familien nannte das in einer "
                    "Mitteilung „völlig überzogen“.", "de");
  q = expect_quote (&before, "völlig überzogen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&before, q), ==, "Verein Bäder für Familien");

  analyze (&after, "Die Stadt erhöht die Eintrittspreise. „Das ist unsozial“, sagte der Verein Bäder für Familien.", "de");
  q = expect_quote (&after, "Das ist unsozial", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&after, q), ==, "Verein Bäder für Familien");

  analyze (&object, "„Wir sind froh“, sagte der Verein Lichtblick für die Unterstützung der Stadt.", "de");
  q = expect_quote (&object, "Wir sind froh", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&object, q), ==, "Verein Lichtblick");
}

/* German words after a verb that were never said: "schrieb mehr als 300
 * Lieder, darunter zwei Messen" and "sprach den Familien der Opfer ihr
 * Beileid aus" are objects, and "Auf die Frage, ob sie Angst gehabt habe,
 * antwortete sie: …" puts the question, not an answer, in the Konjunktiv;
 * a clause after the comma is still reported. */
static void
test_de29_no_reported_object_question (void)
{
  const QmFoundQuote *q;
  g_auto(Result) works = { 0, };
  g_auto(Result) condolence = { 0, };
  g_auto(Result) question = { 0, };
  g_auto(Result) clause = { 0, };

  analyze (&works, "Der Komponist Paul Weiler ist tot. Er schrieb mehr als 300 Lieder, darunter zwei Messen.", "de");
  g_assert_cmpuint (works.analysis->quotes->len, ==, 0);

  analyze (&condolence, "Die Ministerin Eva Brandt sprach den Familien der Opfer ihr Beileid aus.", "de");
  g_assert_cmpuint (condolence.analysis->quotes->len, ==, 0);

  analyze (&question, "Die Pilotin Jana Wendt landete sicher. Auf die Frage, ob sie Angst gehabt habe, antwortete sie: "
                      "„Dafür war keine Zeit.“", "de");
  q = expect_quote (&question, "Dafür war keine Zeit.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&question, q), ==, "Jana Wendt");
  g_assert_cmpuint (question.analysis->quotes->len, ==, 1);

  analyze (&clause, "Der Komponist Paul Weiler schrieb in einem Brief, die Oper sei fertig.", "de");
  q = expect_quote (&clause, "die Oper sei fertig", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&clause, q), ==, "Paul Weiler");
}

/* English: "It has been claimed that …", "It had been suggested that …" —
 * the perfect of an impersonal passive names no one, as "It was claimed
 * that …" does: the clause is reported with no speaker, not "It" (nor
 * missed, as "It has been reported" was). */
static void
test_en26_impersonal_perfect_passive (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "It has been claimed that the ferry contract was signed in secret.\n\n"
               "It had been suggested that the harbour master knew of the leak.\n\n"
               "It has also been reported that two pilots quit in protest.", "en");
  q = expect_quote (&r, "that the ferry contract was signed in secret", QM_QUOTE_KIND_INDIRECT);
  expect_cue (&r, q, "claimed");
  expect_mention (&r, q, NULL);
  g_assert_cmpint (q->person, <, 0);
  q = expect_quote (&r, "that the harbour master knew of the leak", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, NULL);
  q = expect_quote (&r, "that two pilots quit in protest", QM_QUOTE_KIND_INDIRECT);
  expect_cue (&r, q, "reported");
  expect_mention (&r, q, NULL);
}

/* English: "Following the vote on Tuesday, X called on …" — a phrase that
 * a word of phrase-prepositions opens before the subject's comma, without
 * a verb, says when, as one a preposition opens does: it is no content of
 * the cue, whatever its length. */
static void
test_en26_phrase_preposition_not_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Following the vote on the ferry budget, Mayor Nora Vik called on the board to resign.\n\n"
               "Despite the storm at the harbour on Friday, Pieter Aalto called on the pilots to stay.", "en");
  g_assert_null (find_quote (&r, "Following the vote on the ferry budget"));
  g_assert_null (find_quote (&r, "Despite the storm at the harbour on Friday"));
  q = expect_quote (&r, "the board to resign", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Mayor Nora Vik");
  q = expect_quote (&r, "the pilots to stay", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Pieter Aalto");
}

/* English: "said about 60 people had spent the night there" — a
 * preposition before a number, its noun and an auxiliary hedges the
 * number in what was said: the clause from the preposition on is the
 * content (before, no content, and the apposition before the name was
 * taken for it). */
static void
test_en26_number_preposition_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "A harbour volunteer, Martha Quist, said about 60 people had spent the night in the hall.\n\n"
               "Tomas Berg said over 200 berths were lost in the storm.", "en");
  g_assert_null (find_quote (&r, "A harbour volunteer"));
  q = expect_quote (&r, "about 60 people had spent the night in the hall", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Martha Quist");
  q = expect_quote (&r, "over 200 berths were lost in the storm", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Tomas Berg");
}

/* English: "…, the spokeswoman told reporters." — a bare role noun that
 * ends the sentence after "told" is the one told, as in "told reporters
 * the quay …": the content is what came before the subject (before, the
 * noun was taken for the content, and the quotation had no cue). */
static void
test_en26_told_role_ends_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The night ferry will run again in May, the harbour spokeswoman told reporters.\n\n"
               "“He is doing much better than we feared,” Ilse Brandt, the ward nurse, told reporters.", "en");
  q = expect_quote (&r, "The night ferry will run again in May", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "the harbour spokeswoman");
  expect_cue (&r, q, "told");
  q = expect_quote (&r, "He is doing much better than we feared,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Brandt", "Ilse Brandt");
  g_assert_null (find_quote (&r, "reporters"));
}

/* English: "…, Lund told the local paper." — after "told", a phrase that a
 * definite article opens and the sentence's end closes is the one told,
 * though the lexicon knows no role or organisation in it: the content is
 * what came before, and a quotation before the cue is its own (before,
 * "the local paper" was the content, and the quotation a scare quote). */
static void
test_en26_told_definite_phrase_ends_sentence (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The night ferry will run again in May, Tomas Berg told the local paper.\n\n"
               "“He is doing much better than we feared,” Ilse Brandt, the ward nurse, told the weekly paper.", "en");
  q = expect_quote (&r, "The night ferry will run again in May", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Tomas Berg");
  g_assert_null (find_quote (&r, "the local paper"));
  q = expect_quote (&r, "He is doing much better than we feared,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Brandt", "Ilse Brandt");
  expect_cue (&r, q, "told");
}

/* English: "said to reporters, “…”" — after the one spoken to, right after
 * the verb, a comma introduces a quotation that ends the sentence as a
 * colon does: the quotation is direct, and the phrase no part of it
 * (before, one mixed quotation from "to" on). */
static void
test_en26_addressee_comma_quotation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nora Vik said to reporters, “We will not close the night ferry.”\n\n"
               "Tomas Berg turned to the pilots and said to them, “Nobody sails tonight.”", "en");
  q = expect_quote (&r, "We will not close the night ferry.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Nora Vik", "Nora Vik");
  q = expect_quote (&r, "Nobody sails tonight.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Tomas Berg", "Tomas Berg");
  g_assert_null (find_quote (&r, "to reporters, “We will not close the night ferry.”"));
}

/* English: "Her death was confirmed by her son, Daniel Lund." — after a
 * speech verb in the passive, "by" opens the one who spoke: the name in
 * commas after the phrase is no content, and the subject no speaker
 * (before, "Daniel Lund" was reported with "Her death" as its speaker). */
static void
test_en26_passive_agent_not_content (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Her death was confirmed by her son, Daniel Lund.\n\n"
               "The closure was announced by the harbour board, its owner.", "en");
  g_assert_null (find_quote (&r, "Daniel Lund"));
  g_assert_null (find_quote (&r, "its owner"));
  g_assert_cmpuint (r.analysis->quotes->len, ==, 0);
}

/* English: "“…,” the spokeswoman, Keisha Lund, said", "said the spokesman,
 * Tom Berg." — a role that speaks for an organisation (affiliated-roles)
 * with no organisation named, and a name in apposition after it: the
 * name is the speaker (before, the role stood alone, no one's). */
static void
test_en26_affiliated_role_apposition_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The pilot was rescued on Sunday.\n\n"
               "“He is doing much better,” the spokeswoman, Keisha Lund, told reporters.\n\n"
               "“The boat is lost,” said the spokesman, Tomas Berg.", "en");
  q = expect_quote (&r, "He is doing much better,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Keisha Lund");
  q = expect_quote (&r, "The boat is lost,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tomas Berg");
}

/* English: "before taking a creative writing course in Norwich" — a
 * speech verb's participle after a determiner (and a word the lexicon
 * lacks), before a plain noun that a preposition or the sentence's end
 * follows, modifies that noun: no cue (before, "course in Norwich" was
 * reported, the sentence's subject its speaker). A participle with a
 * clause after it still reports. */
static void
test_en26_modifying_participle_no_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ilse Brandt worked as a ferry pilot before taking a creative writing course in Lyngby.\n\n"
               "Tomas Berg left the quay, saying the night ferry was late.", "en");
  g_assert_null (find_quote (&r, "course in Lyngby"));
  q = expect_quote (&r, "the night ferry was late", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Tomas Berg");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
}

/* English in UK spelling: "labelled", "emphasises", "criticised … for" —
 * the -ise and -ll- forms of speech verbs the lexicon knew only in US
 * spelling report as those do. */
static void
test_en26_uk_spelling_verbs (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ilse Brandt labelled the harbour fees “a tax on every fisherman”.\n\n"
               "Nora Vik emphasises that the night ferry is safe.\n\n"
               "Tomas Berg criticised the board for its “slow and timid” reply.", "en");
  q = expect_quote (&r, "the harbour fees “a tax on every fisherman”", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Ilse Brandt");
  q = expect_quote (&r, "that the night ferry is safe", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Nora Vik");
  expect_cue (&r, q, "emphasises");
  q = expect_quote (&r, "the board for its “slow and timid” reply", QM_QUOTE_KIND_MIXED);
  expect_mention (&r, q, "Tomas Berg");
  expect_cue (&r, q, "criticised");
}

/* English in UK spelling: "her neighbour" is a role, as "her neighbor"
 * is: after "Her neighbour, Tomas Berg, said …" the role names him again
 * (before, "her neighbour" was a speaker of its own, no one's). */
static void
test_en26_uk_spelling_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry sank on Monday. Her neighbour, Tomas Berg, said the crew was safe.\n\n"
               "“The quay was empty,” her neighbour said.", "en");
  q = expect_quote (&r, "The quay was empty,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tomas Berg");
}

/* English: "The Bank of Lyngby said …" — after an article, a word, "of"
 * and a place is an organisation's name, all of it; only after a title
 * or an honorific ("Mr. Lund of Ohio") is the place no part of the name
 * (before, the organisation was "Bank"). */
static void
test_en26_article_name_of_place (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The Bank of Lyngby said the harbour loan was safe.\n\n"
               "Mr. Aalto of Norvik said the loan was too small.", "en");
  q = expect_quote (&r, "the harbour loan was safe", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Bank of Lyngby");
  q = expect_quote (&r, "the loan was too small", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Aalto");
}

/* English: "She is survived by her son, Daniel Lund, …" — a role that a
 * possessive pronoun owns, before a name in commas, is that person's role
 * as after an article: "her son" later is Daniel Lund, and so is the "he"
 * after his words (before, "her son" was no one, and "he" went to the
 * speaker before him). */
static void
test_en26_possessed_role_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Eva Lund, a harbour pilot, has died. Her death was confirmed by her son, Daniel Lund, "
               "who said the cause was pneumonia.\n\n"
               "“She was fearless,” said Tomas Berg, who trained under her.\n\n"
               "Her son said that she still sailed last month.\n\n"
               "“She never stopped,” he said.", "en");
  q = expect_quote (&r, "that she still sailed last month", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Daniel Lund");
  q = expect_quote (&r, "She never stopped,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Daniel Lund");
}

/* English: "It was announced by the harbour board that …", "It had been
 * suggested by earlier surveys that …" — after an impersonal passive and
 * its agent, the clause a "that" opens is what was said, and the agent, a
 * name, a role or an organisation, says it (before, "It" was the speaker
 * of the second, and the first had no speaker). */
static void
test_en26_impersonal_passive_agent (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "It was announced by Nora Vik that the night ferry would stop in May.\n\n"
               "It had been suggested by earlier surveys that the quay was sinking.", "en");
  q = expect_quote (&r, "that the night ferry would stop in May", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Nora Vik");
  q = expect_quote (&r, "that the quay was sinking", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, NULL);
}

/* German "Ein 43-jähriger Wanderer … „…“, sagte der 43-jährige Wanderer.":
 * the age and noun told before of someone described without a name are
 * that one again, whatever the noun, not the latest person named. */
static void
test_de30_age_noun_described_before (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Am Hang über Talbrunn ging am Samstag eine Lawine ab. Ein 43-jähriger Wanderer konnte sich retten. "
               "Bergwachtleiter Henning Skoglund sagte, der Hang sei gesperrt. „Ich hörte nur ein Donnern“, sagte "
               "der 43-jährige Wanderer.", "de");
  q = expect_quote (&r, "Ich hörte nur ein Donnern", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der 43-jährige Wanderer", NULL);
}

/* German "sagte Geiger Milan Horak": a noun of a doer that no list holds
 * (agent-noun-endings) before two words of a name is the role, not a
 * given name; a listed given name before two words stays in the name. */
static void
test_de30_agent_noun_before_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) bare = { 0, };
  g_auto(Result) article = { 0, };
  g_auto(Result) given = { 0, };

  analyze (&bare, "Das Kammerorchester von Wellerau spielt zum letzten Mal im alten Saal. „Der Saal klingt "
                  "wunderbar“, sagte Geiger Milan Horak.", "de");
  q = expect_quote (&bare, "Der Saal klingt wunderbar", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&bare, q, "Geiger Milan Horak", "Milan Horak");

  analyze (&article, "Das Kammerorchester von Wellerau spielt zum letzten Mal im alten Saal. Die Pianistin Lea "
                     "Fromm verabschiedet sich. „Der Saal klingt wunderbar“, sagte Fromm.", "de");
  q = expect_quote (&article, "Der Saal klingt wunderbar", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&article, q), ==, "Lea Fromm");

  analyze (&given, "Das Kammerorchester spielt zum letzten Mal. „Der Saal klingt wunderbar“, sagte Peter Milan "
                   "Horak.", "de");
  q = expect_quote (&given, "Der Saal klingt wunderbar", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&given, q), ==, "Peter Milan Horak");
}

/* German "Das Busunternehmen Reisedienst Kaltenbach … Der Konzern Brammer
 * Stahl … teilte das Unternehmen mit": a noun of a company stands for the
 * company named last, though the first word of an earlier one ends in
 * that noun; a noun of no company ("der Verein") keeps to names whose
 * first word ends in it. */
static void
test_de30_company_noun_nearest (void)
{
  const QmFoundQuote *q;
  g_auto(Result) company = { 0, };
  g_auto(Result) club = { 0, };

  analyze (&company, "Das Busunternehmen Reisedienst Kaltenbach hat im vergangenen Jahr Gewinn gemacht. Der Konzern "
                     "Brammer Stahl dagegen meldete am Mittwoch Verluste. „Wir werden zwei Werke schließen "
                     "müssen“, teilte das Unternehmen mit.", "de");
  q = expect_quote (&company, "Wir werden zwei Werke schließen müssen", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&company, q, "das Unternehmen", "Konzern Brammer Stahl");

  analyze (&club, "Der Schwimmverein Bäder Nord hat zum Protest aufgerufen. Der Konzern Brammer Stahl meldete am "
                  "Mittwoch Verluste. „Wir protestieren ab Montag“, teilte der Verein mit.", "de");
  q = expect_quote (&club, "Wir protestieren ab Montag", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&club, q), ==, "Schwimmverein Bäder Nord");
}

/* German "A lehnt den Umbau ab, während die Initiative B den Plan
 * unterstützt und fordert, dass …": the verb after "und" has the subject
 * of the clause that the subordinator after the last comma opens, not
 * the sentence's first subject. */
static void
test_de30_subordinate_clause_coordinated_verb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Zwei Vereine streiten über den Stadtpark von Lindenhagen. Der Heimatverein Lindenhagen lehnt den "
               "Umbau ab, während die Initiative Blaue Weide den Plan unterstützt und fordert, dass die Bauarbeiten "
               "sofort beginnen.", "de");
  q = expect_quote (&r, "dass die Bauarbeiten sofort beginnen", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "die Initiative Blaue Weide");
}

/* German "Die „Initiative Grünes Tal“ lehnt den Plan ab und fordert, dass
 * …": a name in quotation marks that ends the subject, its closing mark
 * before the verb, is the subject of the speech verb after "und". */
static void
test_de30_quoted_name_subject_coordinated_verb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Gemeinde Lindenhagen will im Tal ein Gewerbegebiet bauen. Die „Initiative Grünes Tal“ lehnt den "
               "Plan ab und fordert, dass die Wiesen erhalten bleiben.", "de");
  q = expect_quote (&r, "dass die Wiesen erhalten bleiben", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Initiative Grünes Tal");
}

/* German "Auf die Frage, ob …, antwortete sie, dafür sei keine Zeit
 * gewesen.": the question before the cue is not what she said, the clause
 * in the Konjunktiv after her and the comma is; a cue with no such clause
 * after it reports nothing. */
static void
test_de30_question_phrase_answer_after_cue (void)
{
  const QmFoundQuote *q;
  g_auto(Result) answer = { 0, };
  g_auto(Result) manner = { 0, };

  analyze (&answer, "Die Bürgermeisterin Hella Dornbusch stellte am Montag den Haushalt vor. Auf die Frage, ob die "
                    "Stadt das Freibad saniere, antwortete sie, dafür sei keine Zeit gewesen.", "de");
  q = expect_quote (&answer, "dafür sei keine Zeit gewesen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&answer, q, "sie", "Hella Dornbusch");
  g_assert_null (find_quote (&answer, "ob die Stadt das Freibad saniere"));

  analyze (&manner, "Die Bürgermeisterin Hella Dornbusch stellte am Montag den Haushalt vor. Auf die Frage, ob die "
                    "Stadt das Freibad saniere, antwortete sie ausweichend.", "de");
  g_assert_cmpuint (count_kind (&manner, QM_QUOTE_KIND_INDIRECT), ==, 0);
}

/* German "Den Betrieb übernahm Okke Tjarks im Jahr 2019.": a phrase that an
 * article of the accusative or dative opens is an object before the verb;
 * the name after the verb, whose given name no list holds, is the subject,
 * someone "sie" later stands for. */
static void
test_de30_oblique_fronted_object_name_after_verb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Das Bauamt in Kesselbrunn zieht um. Den Betrieb übernahm Okke Tjarks im Jahr 2019. „Wir arbeiten "
               "in engen Büros“, sagte sie.", "de");
  q = expect_quote (&r, "Wir arbeiten in engen Büros", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "sie", "Okke Tjarks");
}

/* German interviews: the interviewer named in a sentence of its own ("Die
 * Fragen stellte Jana Reiß.", at the start or the end, or "Mit X sprach
 * Y.") is a person; the questions are hers, also by her initials, and the
 * answers the one interviewed's. */
static void
test_de30_interviewer_named (void)
{
  const QmFoundQuote *q;
  g_auto(Result) asked = { 0, };
  g_auto(Result) initials = { 0, };
  g_auto(Result) spoke = { 0, };
  g_auto(Result) last = { 0, };
  g_auto(Result) other = { 0, };

  analyze (&asked, "Der Förster Karl Wendhausen betreut den Stadtwald von Altmühlbach. Die Fragen stellte Jana Reiß.\n\n"
                   "Frage: Herr Wendhausen, wie geht es dem Wald?\n\nWendhausen: Dem Wald geht es schlecht.", "de");
  q = expect_quote (&asked, "Herr Wendhausen, wie geht es dem Wald", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&asked, q, "Frage", "Jana Reiß");
  q = expect_quote (&asked, "Dem Wald geht es schlecht", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&asked, q), ==, "Karl Wendhausen");

  analyze (&initials, "Der Förster Karl Wendhausen betreut den Stadtwald von Altmühlbach. Das Gespräch führte Jana "
                      "Reiß.\n\nJR: Herr Wendhausen, wie geht es dem Wald?\n\nKW: Dem Wald geht es schlecht.", "de");
  q = expect_quote (&initials, "Herr Wendhausen, wie geht es dem Wald", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&initials, q), ==, "Jana Reiß");

  analyze (&spoke, "Mit dem Förster Karl Wendhausen sprach Jana Reiß.\n\nFrage: Wie geht es dem Wald?\n\n"
                   "Antwort: Dem Wald geht es schlecht.", "de");
  q = expect_quote (&spoke, "Wie geht es dem Wald", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&spoke, q), ==, "Jana Reiß");
  q = expect_quote (&spoke, "Dem Wald geht es schlecht", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&spoke, q), ==, "Karl Wendhausen");

  analyze (&other, "Bürgermeisterin Eva Lindqvist will den Stadtwald verkaufen. Mit dem Förster Karl Wendhausen "
                   "sprach Jana Reiß.\n\nFrage: Wie geht es dem Wald?\n\nAntwort: Dem Wald geht es schlecht.", "de");
  q = expect_quote (&other, "Dem Wald geht es schlecht", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&other, q), ==, "Karl Wendhausen");

  analyze (&last, "Der Förster Karl Wendhausen betreut den Stadtwald von Altmühlbach.\n\nFrage: Wie geht es dem "
                  "Wald?\n\nAntwort: Dem Wald geht es schlecht.\n\nDas Gespräch führte Jana Reiß.", "de");
  q = expect_quote (&last, "Wie geht es dem Wald", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&last, q, "Frage", "Jana Reiß");
}

/* German "Das Gericht vertagte sich, nachdem Verteidiger Jan Ott erklärt
 * hatte, der Angeklagte sei krank.": the speech verb ends the clause that
 * the subordinator after the comma opens, so its subject is the one in that
 * clause, not the main clause's words up to a reflexive. */
static void
test_de30_subordinate_clause_final_verb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Richterin Eva Brandt leitete am Montag die Verhandlung. Das Gericht vertagte sich, nachdem Verteidiger "
               "Jan Ott erklärt hatte, der Angeklagte sei krank.", "de");
  q = expect_quote (&r, "der Angeklagte sei krank", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Verteidiger Jan Ott", "Jan Ott");
}

/* German "Die Klage reichte Fenna Wübbels ein.": a name of two plain words
 * right after the verb, whose given name no list holds, names someone, so
 * "sie" and the surname alone find her later. */
static void
test_de30_name_after_verb_registered (void)
{
  const QmFoundQuote *q;
  g_auto(Result) pronoun = { 0, };
  g_auto(Result) surname = { 0, };

  analyze (&pronoun, "Das Bauamt in Kesselbrunn zieht um. Die Klage reichte Fenna Wübbels ein. „Wir arbeiten in "
                     "engen Büros“, sagte sie.", "de");
  q = expect_quote (&pronoun, "Wir arbeiten in engen Büros", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&pronoun, q, "sie", "Fenna Wübbels");

  analyze (&surname, "Das Bauamt in Kesselbrunn zieht um. Die Klage reichte Fenna Wübbels ein. „Wir arbeiten in "
                     "engen Büros“, sagte Wübbels.", "de");
  q = expect_quote (&surname, "Wir arbeiten in engen Büros", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&surname, q, "Wübbels", "Fenna Wübbels");
}

/* German "Offiziell erklärte die Stadtverwaltung, …": a capitalised
 * adverb that opens the sentence is no name; the subject follows the
 * verb. */
static void
test_de30_offiziell_adverb_no_speaker (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Stadtpark von Lindenhagen ist seit Montag gesperrt. Offiziell bestätigte Bürgermeister Jan Holm, "
               "der Park bleibe geschlossen.", "de");
  q = expect_quote (&r, "der Park bleibe geschlossen", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Bürgermeister Jan Holm", "Jan Holm");
}

/* German "Derweil erklärte die Stadtverwaltung, …", "Insgesamt …",
 * "Deswegen …", "Inoffiziell …": sentence adverbs that open the sentence
 * are no name; the subject follows the verb. */
static void
test_de30_sentence_adverbs_no_speaker (void)
{
  static const char *const adverbs[] = { "Derweil", "Insgesamt", "Deswegen", "Inoffiziell" };

  for (guint i = 0; i < G_N_ELEMENTS (adverbs); i++)
    {
      g_auto(Result) r = { 0, };
      g_autofree char *text = g_strdup_printf ("Der Stadtpark von Lindenhagen ist seit Montag gesperrt. %s erklärte "
                                               "die Stadtverwaltung, der Park bleibe geschlossen.", adverbs[i]);
      const QmFoundQuote *q;

      analyze (&r, text, "de");
      q = expect_quote (&r, "der Park bleibe geschlossen", QM_QUOTE_KIND_INDIRECT);
      expect_mention (&r, q, "die Stadtverwaltung");
    }
}

/* German "Die „Initiative Grünes Tal“ berichtete über … Dabei seien …":
 * a subject phrase that ends with a name in quotation marks names the
 * one whose report the Konjunktiv sentences after it are; the marks quote
 * no one. */
static void
test_de30_quoted_name_subject_reports (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Gemeinde Lindenhagen will im Tal ein Gewerbegebiet bauen. Die „Initiative Grünes Tal“ berichtete "
               "über einen Protestmarsch am Sonntag. Dabei seien mehr als 300 Menschen durch das Tal gezogen.", "de");
  q = expect_quote (&r, "Dabei seien mehr als 300 Menschen durch das Tal gezogen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Initiative Grünes Tal");
}

/* German "A kritisierte, X habe …, und die Fraktion forderte, dass …": the
 * conjunction before the next cue's subject is no part of the first
 * content. */
static void
test_de30_conjunction_before_next_subject (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Landtag streitet über das Saatgut. Tom Berger, Agrarexperte der Linksfraktion, kritisierte, die "
               "Kommission habe sich den Konzernen untergeordnet, und die Fraktion der Grünen forderte, dass der Anbau "
               "sofort gestoppt werde.", "de");
  q = expect_quote (&r, "die Kommission habe sich den Konzernen untergeordnet", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tom Berger");
  expect_quote (&r, "dass der Anbau sofort gestoppt werde", QM_QUOTE_KIND_INDIRECT);
}

/* German "Tom Berger, Agrarexperte der Linksfraktion, … die Fraktion
 * forderte": a noun inside the organisation of someone's role ("der
 * Linksfraktion") is not that role; "die Fraktion" is no one named
 * before. */
static void
test_de30_role_word_not_in_organisation (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Landtag streitet über das Saatgut. Tom Berger, Agrarexperte der Linksfraktion, kritisierte den "
               "Plan. Die Fraktion forderte, dass der Anbau sofort gestoppt werde.", "de");
  q = expect_quote (&r, "dass der Anbau sofort gestoppt werde", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), !=, "Tom Berger");
}

/* German "Auch Jonas Tiedemann äußerte Zweifel. Er sagte: …", "Auch der
 * Kassenwart Jonas Tiedemann …": a capitalised adverb before the subject
 * of a sentence without a cue, or a determiner and a noun no list knows
 * before the name, still make the name the sentence's subject; "er" goes
 * on with him, not with the one who spoke before, also after a quotation
 * that ended the sentence before. */
static void
test_de31_subject_after_adverb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) adverb = { 0, };
  g_auto(Result) noun = { 0, };

  analyze (&adverb, "Der Sprecher Lars Ebeling lobte den Plan: „Die Halle wird ein Gewinn.“ Auch Jonas Tiedemann "
                    "äußerte Zweifel. Er sagte: „Das Geld reicht nicht.“", "de");
  q = expect_quote (&adverb, "Das Geld reicht nicht.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&adverb, q), ==, "Jonas Tiedemann");

  analyze (&noun, "Der Sprecher Lars Ebeling lobte den Plan: „Die Halle wird ein Gewinn.“ Auch der Kassenwart "
                  "Jonas Tiedemann äußerte Zweifel. Er sagte: „Das Geld reicht nicht.“", "de");
  q = expect_quote (&noun, "Das Geld reicht nicht.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&noun, q), ==, "Jonas Tiedemann");
}

/* German "„…“, sagte diese.", "„…“, so dieser gegenüber dem Sender": a
 * demonstrative in lower case that no noun follows is the subject after
 * the verb, the person of its gender told of last; not after a verb in
 * the plural ("sagten diese": many), nor before a noun ("sagte dieser
 * Bürger"). */
static void
test_de31_demonstrative_after_cue (void)
{
  const QmFoundQuote *q;
  g_auto(Result) female = { 0, };
  g_auto(Result) male = { 0, };
  g_auto(Result) plural = { 0, };

  analyze (&female, "Die Ministerin Greta Almstedt wies den Vorwurf zurück. „Die Zahlen sind gut“, sagte diese.", "de");
  q = expect_quote (&female, "Die Zahlen sind gut", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&female, q), ==, "Greta Almstedt");

  analyze (&male, "Der Trainer Ole Brinkhaus war zufrieden. „Wir haben gut gespielt“, so dieser gegenüber dem Sender.", "de");
  q = expect_quote (&male, "Wir haben gut gespielt", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&male, q), ==, "Ole Brinkhaus");

  analyze (&plural, "Die Ministerin Greta Almstedt traf die Eltern. „Die Zahlen sind schlecht“, sagten diese.", "de");
  q = expect_quote (&plural, "Die Zahlen sind schlecht", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&plural, q), !=, "Greta Almstedt");
}

/* German "sagte gegenüber Radio Lindau (RL), …", "sagte dem Sender (RL),
 * …", "sagte am Abend (Ortszeit), …": a parenthesis between
 * the verb and the comma belongs to the phrase after the verb, and the
 * reported clause after the comma is the content. */
static void
test_de31_parenthesis_before_content (void)
{
  const QmFoundQuote *q;
  g_auto(Result) phrase = { 0, };
  g_auto(Result) object = { 0, };
  g_auto(Result) time = { 0, };

  analyze (&phrase, "Der Stadtrat Timo Gehrke sagte gegenüber Radio Lindau (RL), die Brücke sei zu teuer.", "de");
  q = expect_quote (&phrase, "die Brücke sei zu teuer", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&phrase, q), ==, "Timo Gehrke");

  analyze (&object, "Der Stadtrat Timo Gehrke sagte dem Sender (RL), die Brücke sei zu teuer.", "de");
  q = expect_quote (&object, "die Brücke sei zu teuer", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&object, q), ==, "Timo Gehrke");

  analyze (&time, "Der Stadtrat Timo Gehrke sagte am Abend (Ortszeit), die Brücke sei zu teuer.", "de");
  q = expect_quote (&time, "die Brücke sei zu teuer", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&time, q), ==, "Timo Gehrke");
}

/* German "Der Sprecher der Stadtwerke, Malte Oyen, kündigte … an", "Die
 * Berichterstatterin des Ausschusses, die Liberale Rika Vos, sprach …":
 * the words before the subject's comma, without a verb, with a comma
 * after the subject, are the subject's apposition and no reported
 * content; the subject is still whom a later "er" means. */
static void
test_de31_apposition_before_subject_not_content (void)
{
  const QmFoundQuote *q;
  g_auto(Result) role = { 0, };
  g_auto(Result) second = { 0, };

  analyze (&role, "Der Sprecher der Stadtwerke, Malte Oyen, kündigte für Mai neue Tarife an. „Die Preise sinken“, "
                  "sagte er.", "de");
  g_assert_null (find_quote (&role, "Der Sprecher der Stadtwerke"));
  q = expect_quote (&role, "Die Preise sinken", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&role, q), ==, "Malte Oyen");

  analyze (&second, "Die Berichterstatterin des Ausschusses, die Liberale Rika Vos, sprach von einem großen Erfolg.", "de");
  g_assert_cmpuint (second.analysis->quotes->len, ==, 0);
}

/* German "„…“ So äußerte sich Ole Brink am Montag.", "„…“ So kommentierte
 * der Trainer den Plan.": "So" and a verb of speech right after a
 * quotation that ends its sentence, with a few words and no marks after
 * the verb, tell who spoke the quotation before; "So nannte Brink den Hof
 * „Lindenhof“" gives words of its own and points back at nothing. */
static void
test_de31_so_cue_after_quotation (void)
{
  const QmFoundQuote *q;
  g_auto(Result) reflexive = { 0, };
  g_auto(Result) object = { 0, };

  analyze (&reflexive, "Der Trainer Ole Brink war am Platz. Die Präsidentin Ina Wolf kam später. „Das war stark.“ "
                       "So äußerte sich Brink am Montag.", "de");
  q = expect_quote (&reflexive, "Das war stark.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&reflexive, q), ==, "Ole Brink");

  analyze (&object, "Der Trainer Ole Brink war am Platz. Die Präsidentin Ina Wolf kam später. „Das war stark.“ "
                    "So kommentierte der Trainer das Spiel.", "de");
  q = expect_quote (&object, "Das war stark.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&object, q), ==, "Ole Brink");
}

/* German "sagte der Sprecher der Initiative, Ben Ostrow, der Zeitung:
 * „…“": the dative after the apposition's comma ("der" before a feminine
 * noun, "dem") is the one spoken to, not the speaker; "…, der Rentner
 * Karl Bahr: „…“" still names the speaker. */
static void
test_de31_dative_before_colon_not_speaker (void)
{
  const QmFoundQuote *q;
  g_auto(Result) paper = { 0, };
  g_auto(Result) station = { 0, };
  g_auto(Result) nominative = { 0, };

  analyze (&paper, "Am Montag sagte der Sprecher der Initiative, Ben Ostrow, der Zeitung: „Wir klagen.“", "de");
  q = expect_quote (&paper, "Wir klagen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&paper, q), ==, "Ben Ostrow");

  analyze (&station, "Am Montag sagte der Sprecher der Initiative, Ben Ostrow, dem Sender: „Wir klagen.“", "de");
  q = expect_quote (&station, "Wir klagen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&station, q), ==, "Ben Ostrow");

  analyze (&nominative, "Zu Wort kam auch ein Anwohner, der Rentner Karl Bahr: „Wir klagen.“", "de");
  q = expect_quote (&nominative, "Wir klagen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&nominative, q), ==, "Karl Bahr");
}

/* German "sagte der Sprecher der Initiative, Ben Ostrow, die Anlagen
 * seien zu hoch": the name in commas after the role is the subject's
 * apposition, no part of what was said; without a role before it ("sagte
 * der Minister, Ben Ostrow sei …") the name opens the content. */
static void
test_de31_name_apposition_not_content (void)
{
  const QmFoundQuote *q;
  g_auto(Result) role = { 0, };
  g_auto(Result) plain = { 0, };

  analyze (&role, "Die Stadt will bauen. Am Montag sagte der Sprecher der Initiative, Ben Ostrow, die Anlagen "
                  "seien zu hoch.", "de");
  q = expect_quote (&role, "die Anlagen seien zu hoch", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&role, q), ==, "Ben Ostrow");

  analyze (&plain, "Die Stadt will bauen. Am Montag sagte die Bürgerin Ina Wolf, Ben Ostrow sei zu laut.", "de");
  q = expect_quote (&plain, "Ben Ostrow sei zu laut", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&plain, q), ==, "Ina Wolf");
}

/* German "Enttäuscht zeigte sich der Trainer Ole Brink: „…“", "Zufrieden
 * äußerte sich die Ministerin …": an adjective or a participle of a
 * feeling that opens the sentence names no one (not-names); the subject
 * after the verb speaks. A surname there still does ("Brink lobte die
 * Ministerin Greta Almstedt: „…“"). */
static void
test_de31_fronted_feeling_no_name (void)
{
  const QmFoundQuote *q;
  g_auto(Result) participle = { 0, };
  g_auto(Result) adjective = { 0, };
  g_auto(Result) surname = { 0, };

  analyze (&participle, "Enttäuscht zeigte sich der Trainer Ole Brink: „Das war zu wenig.“", "de");
  q = expect_quote (&participle, "Das war zu wenig.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&participle, q), ==, "Ole Brink");

  analyze (&adjective, "Zufrieden äußerte sich die Ministerin Greta Almstedt: „Das war gut.“", "de");
  q = expect_quote (&adjective, "Das war gut.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&adjective, q), ==, "Greta Almstedt");

  analyze (&surname, "Die Sitzung dauerte lange. Brink lobte die Ministerin Greta Almstedt: „Das war gut.“", "de");
  q = expect_quote (&surname, "Das war gut.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&surname, q), ==, "Brink");
}

/* German "„…“, sagte zu Lindenfels." after "Karl zu Lindenfels": a name
 * connector in lower case before the surname of someone known opens
 * their name after the verb (before, the quotation had no cue and was
 * taken for scare quotes); before someone unknown ("sagte Ohm zu
 * Journalisten") it stays a preposition. */
static void
test_de31_connector_surname_after_verb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) zu = { 0, };
  g_auto(Result) von = { 0, };
  g_auto(Result) unknown = { 0, };

  analyze (&zu, "Der Minister Karl zu Lindenfels besuchte die Truppe. „Das ist ernst“, sagte zu Lindenfels.", "de");
  q = expect_quote (&zu, "Das ist ernst", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&zu, q), ==, "Karl zu Lindenfels");

  analyze (&von, "Die Richterin Nora von Hasselt verlas das Urteil. „Das ist ernst“, sagte von Hasselt.", "de");
  q = expect_quote (&von, "Das ist ernst", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&von, q), ==, "Nora von Hasselt");

  analyze (&unknown, "Der Minister Jan Ohm kam. „Das ist ernst“, sagte Ohm zu Journalisten.", "de");
  q = expect_quote (&unknown, "Das ist ernst", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&unknown, q), ==, "Jan Ohm");
}

/* German "„…“, erinnert sich Ina Wolf.": the present "erinnert", as the
 * past "erinnerte", is a verb of speech; "Das Denkmal erinnert an die
 * Opfer" still reports nothing. */
static void
test_de31_erinnert_cue (void)
{
  const QmFoundQuote *q;
  g_auto(Result) cue = { 0, };
  g_auto(Result) plain = { 0, };

  analyze (&cue, "Die Wirtin Ina Wolf führt das Gasthaus seit 1990. Der Koch Jan Ohm arbeitet seit Jahren dort. "
                 "„Damals kamen jeden Abend hundert Gäste“, erinnert sich Wolf.", "de");
  q = expect_quote (&cue, "Damals kamen jeden Abend hundert Gäste", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&cue, q), ==, "Ina Wolf");

  analyze (&plain, "Das Denkmal am Markt erinnert an die Opfer des Hochwassers.", "de");
  g_assert_cmpuint (plain.analysis->quotes->len, ==, 0);
}

/* German "„…“, seufzt Wolf.", "„…“, wundert sich Wolf.", "„…“, lacht er.":
 * after the quotation and its comma, a word in lower case no list knows is
 * the verb, and the person after it (perhaps after "sich") speaks; not a
 * phrase that names no one ("wundert sich die Stadt"). */
static void
test_de31_unknown_verb_after_quotation (void)
{
  const QmFoundQuote *q;
  g_auto(Result) name = { 0, };
  g_auto(Result) reflexive = { 0, };
  g_auto(Result) pronoun = { 0, };

  analyze (&name, "Die Wirtin Ina Wolf führt das Gasthaus seit 1990. Der Koch Jan Ohm arbeitet seit Jahren dort. "
                  "„Damals kamen hundert Gäste“, seufzt Wolf.", "de");
  q = expect_quote (&name, "Damals kamen hundert Gäste", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&name, q), ==, "Ina Wolf");

  analyze (&reflexive, "Die Wirtin Ina Wolf führt das Gasthaus seit 1990. Der Koch Jan Ohm arbeitet seit Jahren dort. "
                       "„Damals kamen hundert Gäste“, wundert sich Wolf.", "de");
  q = expect_quote (&reflexive, "Damals kamen hundert Gäste", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&reflexive, q), ==, "Ina Wolf");

  analyze (&pronoun, "Die Wirtin Ina Wolf führt das Gasthaus seit 1990. Der Koch Jan Ohm arbeitet seit Jahren dort. "
                     "„Damals kamen hundert Gäste“, lacht er.", "de");
  q = expect_quote (&pronoun, "Damals kamen hundert Gäste", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&pronoun, q), ==, "Jan Ohm");
}

/* "Die Ministerin Ursula von der Leyen", "Der Minister Karl zu Lindenfels":
 * after an article and a role, a given name goes on over the connectors of
 * the name; no second person of the given name alone, and "sie"/"er" find
 * the one named. */
static void
test_de33_article_role_name_connectors (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Ministerin Ursula von der Hagen besuchte am Montag die Kaserne in Hollenfeld. „Wir werden die "
               "Truppe stärken“, sagte sie.\n\n"
               "Gestern sprach der Minister Karl zu Lindenfels vor dem Landtag. „Das Geld fehlt“, sagte er.", "de");
  q = expect_quote (&r, "Wir werden die Truppe stärken", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ursula von der Hagen");
  q = expect_quote (&r, "Das Geld fehlt", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Karl zu Lindenfels");
  g_assert_false (has_person (&r, "Ursula"));
  g_assert_false (has_person (&r, "Karl"));
}

/* "„…“, sagte Lind zu Ohm.": right after a speech verb, one name word that
 * is no given name before "zu" is the speaker's surname, and "zu" the
 * preposition of the one spoken to; "sagte Karl zu Lindenfels" (a given
 * name) stays one name. */
static void
test_de33_surname_zu_preposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Im Labor von Kellfeld wurde am Morgen gestritten. „Die Messung ist falsch“, sagte Brunsmann zu "
               "Ohmgart.\n\n"
               "Am Abend trat der Rat zusammen. „Die Mittel reichen nicht“, sagte Karl zu Lindenfels.", "de");
  q = expect_quote (&r, "Die Messung ist falsch", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Brunsmann");
  g_assert_false (has_person (&r, "Brunsmann zu Ohmgart"));
  q = expect_quote (&r, "Die Mittel reichen nicht", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Karl zu Lindenfels");
}

/* "Dazu sagte der Sprecher der Initiative, Bernd Osterwald: „…“": a name in
 * apposition after the role, before the colon, is the one person who speaks
 * (no second one for the role alone), with the role for his; the
 * Konjunktiv sentence after the quotation goes on with him. */
static void
test_de33_role_apposition_colon (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Initiative Grüner Hang lehnt den Bau der Umgehung ab. Dazu sagte der Sprecher der Initiative, "
               "Bernd Osterwald: „Wir werden klagen.“ Die Stadt habe die Anwohner nie gefragt.", "de");
  q = expect_quote (&r, "Wir werden klagen.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Bernd Osterwald");
  q = expect_quote (&r, "Die Stadt habe die Anwohner nie gefragt", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Bernd Osterwald");
  g_assert_false (has_person (&r, "Sprecher der Initiative"));
  for (guint i = 0; i < r.analysis->people->len; i++)
    {
      QmFoundPerson *p = g_ptr_array_index (r.analysis->people, i);

      if (g_strcmp0 (p->name, "Bernd Osterwald") == 0)
        g_assert_cmpstr (p->role, ==, "Sprecher der Initiative");
    }
}

/* "Der Verleger Hans von Elstermann begrüßte …": a noun no list holds after
 * an article and before a given name is the person's role also when the
 * particle of the name follows the given name; no person "Verleger Hans". */
static void
test_de33_unlisted_role_particle_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Verleger Hans von Elstermann begrüßte am Abend die Gäste in Kollbach. „Wir feiern heute“, "
               "sagte er.", "de");
  q = expect_quote (&r, "Wir feiern heute", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Hans von Elstermann");
  g_assert_false (has_person (&r, "Verleger Hans"));
}

/* "Von Elstermann selbst ergriff dann das Wort.": a capitalised particle
 * that opens the sentence, before the surname of someone known by a name
 * with that particle, is their name and the sentence's subject, whom a later
 * "er" means; "Von Gramm kam keine Antwort." (no particle in his name)
 * stays a preposition's phrase. */
static void
test_de33_capital_particle_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Verleger Hans von Elstermann begrüßte am Abend den Autor Peter Gramm. Gramm lobte das Haus. "
               "Von Elstermann selbst ergriff dann das Wort. „Wir feiern heute“, sagte er.\n\n"
               "Der Autor Peter Gramm reiste früh ab. Von Gramm kam keine Antwort. Der Verleger Hans von Elstermann "
               "blieb. „Es war ein schöner Abend“, sagte er.", "de");
  q = expect_quote (&r, "Wir feiern heute", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Hans von Elstermann");
  q = expect_quote (&r, "Es war ein schöner Abend", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Hans von Elstermann");
  g_assert_false (has_person (&r, "Von Gramm"));
}

/* "… besuchte das neue Klärwerk. Dieser sagte, …", "… traf die Ministerin
 * Eva Roth im Rathaus. Dieser sagte": when the last noun before a
 * demonstrative surely names no one (a neuter article or a place
 * preposition before it), the demonstrative is the latest person of its
 * gender. */
static void
test_de33_demonstrative_after_thing (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Landrat Uwe Hessling besuchte am Montag das neue Klärwerk. Dieser sagte, die Anlage sei ein "
               "Gewinn für die Region.\n\n"
               "Die Landrätin Uta Brenning traf den Minister Kai Rott im Rathaus. Diese sagte: „Die Anlage ist ein "
               "Gewinn.“", "de");
  q = expect_quote (&r, "die Anlage sei ein Gewinn für die Region", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Uwe Hessling");
  q = expect_quote (&r, "Die Anlage ist ein Gewinn.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Uta Brenning");
}

/* "Stelzner & Wolf", "Harlow & Finch": names an ampersand joins are one
 * firm, an organisation that speaks, in both languages; after an article
 * the noun before them ("die Kanzlei") is no part of the name. */
static void
test_de33_ampersand_firm (void)
{
  const QmFoundQuote *q;

  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Die Kanzlei Stelzner & Wolf vertritt die Kläger aus Rehberg. „Wir gehen in Berufung“, teilte "
                 "Stelzner & Wolf mit.\n\n"
                 "Brandt & Söhne erklärte am Montag: „Die Produktion läuft weiter.“", "de");
    q = expect_quote (&r, "Wir gehen in Berufung", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Stelzner & Wolf");
    g_assert_true (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, q->person))->organisation);
    q = expect_quote (&r, "Die Produktion läuft weiter.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Brandt & Söhne");
    g_assert_false (has_person (&r, "Stelzner"));
    g_assert_false (has_person (&r, "Brandt"));
  }
  {
    g_auto(Result) r = { 0, };

    analyze (&r, "Harlow & Finch said on Monday: “Production will resume.”\n\n"
                 "“We expect no delays,” said Marsh & Tolland in a statement.", "en");
    q = expect_quote (&r, "Production will resume.", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Harlow & Finch");
    q = expect_quote (&r, "We expect no delays,", QM_QUOTE_KIND_DIRECT);
    g_assert_cmpstr (person_name (&r, q), ==, "Marsh & Tolland");
  }
}

/* "Das Gericht vertagte sich, zumal Verteidiger Jan Ott betont hatte, der
 * Angeklagte sei „krank“.": "zumal" opens a clause whose subject speaks, as
 * "nachdem" does; not the subject of the main clause. */
static void
test_de33_zumal_clause_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Richterin Eva Brandt leitete am Montag die Verhandlung. Das Gericht vertagte sich, zumal Verteidiger "
               "Jan Ott betont hatte, der Angeklagte sei „krank“.", "de");
  q = expect_quote (&r, "der Angeklagte sei „krank“", QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Jan Ott");
}

/* "Jana Lind ist Klimaforscherin in Kiel. … „…“, sagte die
 * Klimaforscherin.": a woman's article and a woman's noun of a doer that no
 * list holds stand for the latest woman, as a listed role does, not for a
 * new person "Klimaforscherin"; "die Kritiker" (many) stays no one's. */
static void
test_de33_unlisted_female_agent_noun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Jana Lindqvist ist Klimaforscherin in Kiel. Auch der Bürgermeister Olaf Wendt kam zu der Vorstellung. "
               "„Die Lage ist ernst“, sagte die Klimaforscherin.\n\n"
               "Ulrike Hohlbein leitet das Theater seit Mai. Der Regisseur Paul Gerk war auch da. „Wir spielen weiter“, "
               "sagte die Intendantin.", "de");
  q = expect_quote (&r, "Die Lage ist ernst", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jana Lindqvist");
  q = expect_quote (&r, "Wir spielen weiter", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ulrike Hohlbein");
  g_assert_false (has_person (&r, "Klimaforscherin"));
  g_assert_false (has_person (&r, "Intendantin"));
}

/* German "Der Mann, der am Steuer saß, sei verletzt worden, sagte ein
 * Sprecher.": a phrase, a relative clause in commas and a verb in the
 * Konjunktiv are what was said; the cue right after its comma has its
 * subject after it, not the phrase that opens the sentence. */
static void
test_de32_relative_clause_before_late_cue (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) named = { 0, };

  analyze (&r, "Auf der Kreisstraße bei Fennhausen stießen am Abend zwei Autos zusammen. Die Frau, die den "
               "Kleinwagen fuhr, sei leicht verletzt worden, sagte ein Polizeisprecher.", "de");
  q = expect_quote (&r, "Die Frau, die den Kleinwagen fuhr, sei leicht verletzt worden", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "ein Polizeisprecher");

  analyze (&named, "Der Bäcker, der seit Jahren am Markt verkauft, habe den Laden aufgegeben, sagte "
                   "Bürgermeisterin Ulla Brecht.", "de");
  q = expect_quote (&named, "Der Bäcker, der seit Jahren am Markt verkauft, habe den Laden aufgegeben",
                    QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&named, q), ==, "Ulla Brecht");
}

/* German "Zwar könne sie …, zumal Verteidiger Ole Brink immer wieder
 * betont hatte, sein Mandant sei unschuldig, doch die Richterin ließ sich
 * nicht darauf ein: …, so Kolb.": the clause a conjunction opens inside
 * the content of the later "so Kolb", with a subject and a cue of its own,
 * is that subject's, up to a clause in the indicative; what follows its
 * colon is Kolb's again. */
static void
test_de32_inner_cue_before_so_cue (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Richterin Anna Kolb verkündete am Freitag das Urteil. Zwar könne sie dem Angeklagten eine Bewährung "
               "zubilligen, zumal Verteidiger Ole Brink immer wieder betont hatte, sein Mandant sei unschuldig, doch "
               "die Richterin ließ sich nicht darauf ein: Eine Bewährung sei den Opfern nicht vermittelbar, so Kolb.",
           "de");
  q = expect_quote (&r, "Zwar könne sie dem Angeklagten eine Bewährung zubilligen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Kolb");
  q = expect_quote (&r, "sein Mandant sei unschuldig", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Verteidiger Ole Brink", "Ole Brink");
  q = expect_quote (&r, "Eine Bewährung sei den Opfern nicht vermittelbar", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Anna Kolb");
}

/* German "Bislang geht die Polizei davon aus, dass …", "Inzwischen geht die
 * Polizei davon aus, dass …": an adverb that opens the sentence, a known one
 * or a capitalised word the text uses nowhere in a sentence's middle, then
 * the verb and the subject; a surname used elsewhere ("Pohl überzeugte die
 * Richterin, dass …") still speaks. */
static void
test_de32_fronted_adverb_complement_subject (void)
{
  const QmFoundQuote *q;
  g_auto(Result) unknown = { 0, };
  g_auto(Result) known = { 0, };
  g_auto(Result) surname = { 0, };

  analyze (&unknown, "Im Wald bei Rodenau brannten am Sonntag zwei Hektar. Bislang geht die Polizei davon aus, dass "
                     "das Feuer gelegt wurde.", "de");
  q = expect_quote (&unknown, "dass das Feuer gelegt wurde", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&unknown, q, "die Polizei");

  analyze (&known, "Im Wald bei Rodenau brannten am Sonntag zwei Hektar. Inzwischen geht die Polizei davon aus, dass "
                   "das Feuer gelegt wurde.", "de");
  q = expect_quote (&known, "dass das Feuer gelegt wurde", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&known, q, "die Polizei");

  analyze (&surname, "Der Anwalt Jan Pohl vertritt die Familie. Pohl überzeugte die Richterin, dass der Vertrag "
                     "ungültig sei.", "de");
  q = expect_quote (&surname, "dass der Vertrag ungültig sei", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&surname, q), ==, "Jan Pohl");
}

/* German "A kritisierte, X habe …, und die Fraktion der Grünen im Landtag
 * forderte vom Minister einen Stopp für „…“": "und", a subject a determiner
 * opens and a verb of speech in the indicative start a clause of the
 * reporter's, even when that verb has only an object; A's content ends
 * before it. */
static void
test_de32_conjunction_subject_object_verb (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Agrarexperte der Linken, Jan Holm, kritisierte, die Kommission habe sich den Interessen der "
               "Industrie gebeugt und die Fraktion der Grünen im Landtag forderte vom Minister Till Beck einen Stopp "
               "für „Blaukorn“.", "de");
  q = expect_quote (&r, "die Kommission habe sich den Interessen der Industrie gebeugt", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jan Holm");
}

/* German "Die Initiatoren der Aktion, unter ihnen auch Apotheker, betonen,
 * …": a subject with its genitive, then an apposition in commas before the
 * verb; the subject speaks, not the sentence's content. */
static void
test_de32_genitive_subject_apposition (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) named = { 0, };

  analyze (&r, "Die Sprecher der Aktion, unter ihnen auch Apotheker, betonen, die Klinik müsse erhalten bleiben.", "de");
  q = expect_quote (&r, "die Klinik müsse erhalten bleiben", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Die Sprecher");

  /* an apposition an article opens names the speaker itself */
  analyze (&named, "Der Mitautor der Studie, der Doktorand Ole Brandt, wies auf ein Problem hin. „Viele Bäume "
                   "sterben“, sagte er.", "de");
  q = expect_quote (&named, "Viele Bäume sterben", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&named, q), ==, "Ole Brandt");
}

/* German "Die Ärztin Eva Lund betonte, wie wichtig die Klinik sei.": after
 * the cue's comma, "wie" and an adjective ask how, what was said; "…,
 * wie schon im Vorjahr, …" (an adverb after it) opens no content. */
static void
test_de32_wie_adjective_content (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };
  g_auto(Result) adverb = { 0, };

  analyze (&r, "Die Ärztin Eva Lund betonte, wie wichtig die Klinik für das Tal sei.", "de");
  q = expect_quote (&r, "wie wichtig die Klinik für das Tal sei", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Die Ärztin Eva Lund", "Eva Lund");

  analyze (&adverb, "Die Ärztin Eva Lund sprach, wie schon im Vorjahr, vor dem Rathaus.", "de");
  g_assert_cmpuint (adverb.analysis->quotes->len, ==, 0);
}

/* German "Auf die Kritik der Opposition, das Projekt komme zu spät, …":
 * "Kritik" (content-words) names what was said; the clause in the
 * Konjunktiv after it is the opposition's, not the words of whoever spoke
 * last. */
static void
test_de32_kritik_content_word (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Arzt Tom Wendt erklärte die Pläne. „Das schaffen wir“, sagte der Mediziner. Auf die Kritik der "
               "Opposition, das Projekt komme zu spät, reagierte die Stadt gelassen.", "de");
  q = expect_quote (&r, "das Projekt komme zu spät", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Opposition");
}

/* German "Auf die Kritik der Opposition, das Projekt komme zu spät,
 * reagierte Minister Jan Roth gelassen. Man habe …": after the fronted
 * phrase and its reported clause, the one named after the verb speaks in
 * the Konjunktiv sentence that follows, not the owner of the criticism. */
static void
test_de32_fronted_content_subject_speaks_on (void)
{
  const QmFoundQuote *q;
  g_auto(Result) r = { 0, };

  analyze (&r, "Der Arzt Tom Wendt erklärte die Pläne. „Das schaffen wir“, sagte der Mediziner. Auf die Kritik der "
               "Opposition, das Projekt komme zu spät, reagierte Minister Jan Roth gelassen. Man habe zuerst die "
               "Finanzierung sichern müssen.", "de");
  q = expect_quote (&r, "das Projekt komme zu spät", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Opposition");
  q = expect_quote (&r, "Man habe zuerst die Finanzierung sichern müssen", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jan Roth");
}

/* English: "Ohm said: “A.” “B,” said Lind." — a quotation that a cue
 * before it introduces, then one with its own cue after it, are two
 * quotations (before, one span over both, spoken by Ohm); with no cue
 * before the first, “A.” “B,” she said. stays one. */
static void
test_en27_cued_quotation_pair (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) joined = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Mayor Ida Ohm said: “The ferry will run all winter.” “We have heard that before,” said Jon Lind.",
           "en");
  q = expect_quote (&r, "The ferry will run all winter.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ida Ohm");
  q = expect_quote (&r, "We have heard that before,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jon Lind");

  analyze (&joined, "Jon Lind runs the quay. “The ferry will run.” “We will see,” Lind said.", "en");
  q = expect_quote (&joined, "The ferry will run.” “We will see,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&joined, q), ==, "Jon Lind");
}

/* English: "“… I told them, ‘…’ …,” Voss said" — a quotation inside a
 * quotation whose cue's subject is "I" is the words of the one who speaks
 * the quotation around it (before, a speaker "I"); one whose cue names
 * someone else stays theirs. */
static void
test_en27_nested_first_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Harbour coach Ivo Voss was pleased. “At the break I told the crew, ‘Row like you mean it,’ "
               "and they did,” Voss said.\n\n"
               "“Years ago my old teacher Edna Farrow said to me, ‘Never give up on a race,’ and I never have,” "
               "Voss added.", "en");
  q = expect_quote (&r, "Row like you mean it,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "I", "Ivo Voss");
  q = expect_quote (&r, "Never give up on a race,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Edna Farrow");
}

/* English "Tomas Berg arrived late. He said …" — a name of two words no
 * list holds that opens a sentence without a cue, right before a verb in
 * the past, is a person from then on, whom a pronoun and the surname alone
 * find (before, the pronoun found no one and "Berg" was someone new); a
 * name before a verb in the present ("Harbour Week is …") is no one. */
static void
test_en27_past_subject_registered (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Tomas Berg arrived late. He said the meeting had been moved to the quay.\n\n"
               "Harbour Week is almost over. “It was chaos from the start,” Berg said.", "en");
  q = expect_quote (&r, "the meeting had been moved to the quay", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "He", "Tomas Berg");
  q = expect_quote (&r, "It was chaos from the start,", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Tomas Berg");
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "Harbour Week");
}

/* English "Ashby boss Gareth Lyle was less happy. He said …" — a noun no
 * list holds between a capitalised word and a name is a role, the name a
 * person whose mention opens the sentence; and the sentence right before
 * the pronoun's, which such a full name of no known gender opens, tells
 * whom "He" means, though the latest speaker is a man (before, the
 * pronoun went to that speaker). */
static void
test_en27_unlisted_role_subject_pronoun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Kestrel skipper Bram Tully said he had never felt so nervous.\n\n"
               "Ashby boss Gareth Lyle was less happy. He said the second goal was offside.", "en");
  q = expect_quote (&r, "the second goal was offside", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "He", "Gareth Lyle");
  q = expect_quote (&r, "he had never felt so nervous", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Bram Tully");
}

/* English "My editor said to me, ‘…’", "My dad told me, “…”" — a
 * possessive of the first person before a role opens the speaker phrase as
 * "her" does (before, no speaker, or "me"); "asked our followers" and "Oh,
 * my God" stay as they were: "my" is no determiner. */
static void
test_en27_first_person_possessive_speaker (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) plain = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "I wrote the book in a year. My editor said to me, ‘Cut the whole first chapter.’\n\n"
               "My dad told me, “Never sign a paper you have not read.”", "en");
  q = expect_quote (&r, "Cut the whole first chapter.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "My editor");
  q = expect_quote (&r, "Never sign a paper you have not read.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "My dad");

  analyze (&plain, "The band asked our followers to vote for the new song.", "en");
  q = expect_quote (&plain, "our followers to vote for the new song", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&plain, q, "The band");
}

/* English "Profit rose to $2 billion, the company said, above forecasts,
 * according to Lumen data." — the cue set off by commas has the clause
 * before it, up to its comma; the source after "according to" only what
 * follows that cue (before, one content over both, the data source's). */
static void
test_en27_according_after_interrupting_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Harbour freight rose to 2 million tonnes, the port authority said, above the level "
               "shippers had expected, according to Kestrel Maritime data.", "en");
  q = expect_quote (&r, "Harbour freight rose to 2 million tonnes", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "the port authority");
  q = expect_quote (&r, "above the level shippers had expected", QM_QUOTE_KIND_INDIRECT);
  expect_cue (&r, q, "according to");
}

/* English "The Friends of Millbrook Library group said …" — the words of a
 * name before a noun of a group, with the connectors inside it, count as
 * one step when the speaker phrase is read leftwards from the noun (before,
 * the phrase stopped short and "The Friends" spoke). */
static void
test_en27_long_name_before_group_noun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The Friends of Ostby Harbour Museum group said the closure would hurt schools.", "en");
  q = expect_quote (&r, "the closure would hurt schools", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "The Friends of Ostby Harbour Museum group");
}

/* English "“…,” this source told the Post." — a demonstrative that is no
 * determiner (role-demonstratives) opens the speaker phrase before a role
 * (before, the paper the source spoke to was the speaker); "This is why
 * …" names no one. */
static void
test_en27_demonstrative_role_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The crew does not trust him,” this source told the Harbour Post.\n\n"
               "This is why the ferry stopped, said Lund.", "en");
  q = expect_quote (&r, "The crew does not trust him,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "this source");
  q = expect_quote (&r, "This is why the ferry stopped", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Lund");
}

/* English "“…,” the two write." — an article and a number word after a
 * quotation are a group that speaks, and the verb after them is the cue
 * (before, "said" after the number, a determiner, was read as a noun and
 * the quotation had no cue). */
static void
test_en27_article_number_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Two pilots wrote to the harbour board. “We were not consulted at all,” the two said in a letter.", "en");
  q = expect_quote (&r, "We were not consulted at all,", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "the two");
  expect_cue (&r, q, "said");
}

/* English "Courted by most of the parties and widely expected to …, Tom
 * Lund said on Friday that …" — a capitalised past participle and a
 * preposition open a fronted participle clause, no subject (before,
 * "Courted" was the speaker of "expected"). */
static void
test_en27_fronted_past_participle (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Courted by most of the harbour parties and widely expected to be the top donor in the election, "
               "Tom Lund said on Friday that he may wait until spring.", "en");
  q = expect_quote (&r, "that he may wait until spring", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Tom Lund");
  g_assert_null (find_quote (&r, "to be the top donor in the election"));
}

/* English "My dad rang me and said, “…”" — a possessive of the first
 * person before a role opens the phrase read rightwards too, so the
 * subject of verbs that "and" joins is found (before, no speaker); "Oh, my
 * God" names no one. */
static void
test_en27_first_person_possessive_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "My dad rang me at the quay and said, “So the whole town has read it now?”", "en");
  q = expect_quote (&r, "So the whole town has read it now?", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "My dad");
}

/* German "„…“, sagte die Ministerin im Senat, Eva Lund, laut der
 * Nachrichtenagentur X." — the speaker's name in commas between the speech
 * verb and "laut" does not make the agency the source: the one who spoke
 * is the verb's subject, in the quotation and the Konjunktiv after it
 * (before, the agency spoke). */
static void
test_de34_according_after_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Der Plan ist ein Fehler“, sagte die Ministerin im Senat, Greta Vossberg, laut der "
               "Nachrichtenagentur Nordpress. Der Entwurf gehe an den Bürgern vorbei.", "de");
  q = expect_quote (&r, "Der Plan ist ein Fehler", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "die Ministerin", "Greta Vossberg");
  q = expect_quote (&r, "Der Entwurf gehe an den Bürgern vorbei", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "die Ministerin", "Greta Vossberg");
}

/* German "Mehrheitsführerin", "Gewerkschaftsführer": "-führer" and
 * "-führerin" end compound titles (compound-title-endings), so the name in
 * the apposition after one speaks, and the one named after one is a
 * person whom "er" later stands for (before, "Mehrheitsführerin" spoke,
 * and "er" went to the one who spoke before). */
static void
test_de34_fuehrer_compound_title (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Wir stimmen nicht zu“, sagte die Mehrheitsführerin, Lotte Ambrosius.", "de");
  q = expect_quote (&r, "Wir stimmen nicht zu", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Lotte Ambrosius");
  result_clear (&r);

  analyze (&r, "Werkleiter Paul Hegemann sagte, es werde keine Entlassungen geben. Gewerkschaftsführer Tomas "
               "Brandt warnte laut der Nachrichtenagentur Nordpress vor dem Verlust vieler Stellen. "
               "„Das haben wir schon oft gehört“, sagte er.", "de");
  q = expect_quote (&r, "Das haben wir schon oft gehört", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "er", "Tomas Brandt");
}

/* German "„…“, sagte der Leiter der Feuerwehr in der Stadt X, Jan Roth." —
 * a place after a preposition and an article, between the role and the
 * name in commas, is passed over as "in X" is, so the name speaks (before,
 * "der Leiter" did, a new person). */
static void
test_de34_role_place_article_apposition (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Das Wasser steigt weiter“, sagte der Leiter der Feuerwehr in der Stadt Lindenau, Jonas Perlberg.", "de");
  q = expect_quote (&r, "Das Wasser steigt weiter", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "der Leiter", "Jonas Perlberg");
}

/* German "Der linke Kandidat Tomas Brandt …": a word of the organisations
 * in lower case before a noun ("linke", "grüne") is an adjective, so the
 * phrase names a person, whom the surname later finds (before, the phrase
 * was an organisation and "Brandt" someone new). */
static void
test_de34_lower_organisation_adjective (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der linke Kandidat Tomas Brandt liegt nach der Auszählung knapp vorn. "
               "„Wir haben die Wahl gewonnen“, sagte Brandt am Abend.", "de");
  q = expect_quote (&r, "Wir haben die Wahl gewonnen", QM_QUOTE_KIND_DIRECT);
  g_assert_nonnull (person_name (&r, q));
  g_assert_true (g_str_has_suffix (person_name (&r, q), "Tomas Brandt"));
}

/* German news on Spanish names: "Marisol Quintero Alvarado … Quintero" —
 * a surname alone that no one has is the first of the two surnames that
 * end the name of a single person (before, "Quintero" was someone new). */
static void
test_de34_first_of_two_surnames (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Senatorin Marisol Quintero Alvarado liegt nach der Auszählung knapp vorn. "
               "„Wir verteidigen jede Stimme“, sagte Quintero am Abend.", "de");
  q = expect_quote (&r, "Wir verteidigen jede Stimme", QM_QUOTE_KIND_DIRECT);
  g_assert_nonnull (person_name (&r, q));
  g_assert_true (g_str_has_suffix (person_name (&r, q), "Marisol Quintero Alvarado"));
}

/* German "Das Gericht mische sich ein, sagte er laut der Zeitung „X“." —
 * after a comma that ends reported words, the speech verb right after it
 * and its subject, "laut" tells where the words were heard, the paper's
 * name in quotation marks included: the words before are the subject's,
 * and so are those in the Konjunktiv after (before, the clause before was
 * missed and the next sentence went to the paper). */
static void
test_de34_fronted_content_according (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Minister Jorge Balcárcel kritisierte das Urteil. Das Gericht mische sich in die Politik ein, "
               "sagte er laut der Zeitung „Tagespost“. Die Regierung werde prüfen, wie sie reagiere.", "de");
  q = expect_quote (&r, "Das Gericht mische sich in die Politik ein", QM_QUOTE_KIND_INDIRECT);
  g_assert_nonnull (person_name (&r, q));
  g_assert_true (g_str_has_suffix (person_name (&r, q), "Jorge Balcárcel"));
  q = expect_quote (&r, "Die Regierung werde prüfen, wie sie reagiere", QM_QUOTE_KIND_INDIRECT);
  g_assert_nonnull (person_name (&r, q));
  g_assert_true (g_str_has_suffix (person_name (&r, q), "Jorge Balcárcel"));
}

/* en28: a bare plural role after a conjunction in lower case is the
 * subject of its own clause; the words before the conjunction are no part
 * of the speaker. */
static void
test_en28_conjunction_before_bare_plural (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The ferry talks stalled on Monday as farmers argued that the new fees would ruin them.", "en");
  q = expect_quote (&r, "that the new fees would ruin them", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "farmers");
}

/* en28: a demonym after a definite article ("the Scot", "the Swede") is
 * an epithet of someone told of; one who spoke earlier in the same
 * paragraph is told of on. */
static void
test_en28_demonym_epithet (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Halvard United drew 1-1 with Carnmore on Saturday. "
               "Manager Tom Keddie said the draw was fair.\n\n"
               "Captain Iain Rossack said the squad had trained well all week. "
               "“We just could not finish our chances,” the Scot said.\n\n"
               "Carnmore coach Lars Ekholm was happier. The Swede said his side had earned the point.", "en");
  q = expect_quote (&r, "We just could not finish our chances,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "the Scot", "Iain Rossack");
  q = expect_quote (&r, "his side had earned the point", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "The Swede", "Lars Ekholm");
}

/* en28: "rep" and "publicist" are roles of one who speaks for someone:
 * "Nadia's rep said" is the rep, not Nadia. */
static void
test_en28_rep_role (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Singer Nadia Quell has cancelled her tour.\n\n"
               "Nadia's rep said: ‘She needs a rest and will be back next year.’", "en");
  q = expect_quote (&r, "She needs a rest and will be back next year.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Nadia's rep");
}

/* en28: the time stamp that opens a live blog's paragraph is no part of
 * the speaker or of what was said. */
static void
test_en28_live_blog_time_stamp (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "14:05 Coastguards say they have pulled three walkers from the cliff path.\n\n"
               "14:20 Ferries to the islands will not sail tonight, the operator said.", "en");
  q = expect_quote (&r, "they have pulled three walkers from the cliff path", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Coastguards");
  expect_quote (&r, "Ferries to the islands will not sail tonight", QM_QUOTE_KIND_INDIRECT);
}

/* en28: "police" is plural without a plural ending; alone, with no
 * determiner, it is a speaker as "officials" is. */
static void
test_en28_bare_plural_police (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Two men were arrested outside the stadium in Dunmere on Sunday, police said.", "en");
  q = expect_quote (&r, "Two men were arrested outside the stadium in Dunmere on Sunday", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "police");
}

/* en28: a full name that opened the sentence right before the quotation
 * goes on as "she" in the cue after it, before the last speaker of that
 * gender. */
static void
test_en28_subject_before_quotation_pronoun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "A spokeswoman for the harbour board, Ilse Varga, said the pier would close next week.\n\n"
               "Tove Kolstad laughed at the plan. “I have fished from that pier for forty years,” she said.", "en");
  q = expect_quote (&r, "I have fished from that pier for forty years,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "she", "Tove Kolstad");
}

/* en28: "…, said the pier would close in June." — the words after a cue
 * that hold an auxiliary are a clause, what was said, not a speaker after
 * the verb; the subject stays the name before the apposition. */
static void
test_en28_auxiliary_after_cue_no_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Hanne Skov, the harbour master, said the pier would close in June.", "en");
  q = expect_quote (&r, "the pier would close in June", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Hanne Skov", "Hanne Skov");
}


/* de35: "als" and a title or a role without an article before the verb
 * name the role the one after the verb speaks in; the role word is no
 * speaker of its own (it was, with the name after the verb left out). */
static void
test_de35_als_role_fronted (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Segelclub Harkum hat eine neue Leitung. Als Vorsitzende sagte Wiebke Tamsen am Abend: "
               "„Wir brauchen mehr junge Mitglieder.“ Als Sprecher des Clubs betonte er, die Halle werde saniert.",
           "de");
  q = expect_quote (&r, "Wir brauchen mehr junge Mitglieder.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Wiebke Tamsen");
  q = expect_quote (&r, "die Halle werde saniert", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "er");
}


/* de35: participles of speech verbs with their particle ("darauf
 * hingewiesen", "klargestellt") are cues in the perfect and the Konjunktiv
 * perfect; before, neither sentence reported anything. */
static void
test_de35_particle_verb_participles (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Kassenwartin Imke Soltau legte den Jahresbericht vor. Soltau habe darauf hingewiesen, dass "
               "die Rücklagen aufgebraucht seien. Später habe sie klargestellt, dass sie nicht zurücktrete.",
           "de");
  q = expect_quote (&r, "dass die Rücklagen aufgebraucht seien", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Soltau");
  q = expect_quote (&r, "dass sie nicht zurücktrete", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "sie");
}


/* de35: a speech verb in the Konjunktiv I ("warne", "räume … ein") is a
 * cue of reported speech at one remove; its subject said what follows the
 * comma. Before, neither content was found. */
static void
test_de35_konjunktiv_speech_verb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Kammer tagte am Freitag in Lohmar. Der Kämmerer Gero Pahl warne, die Mittel reichten nicht. "
               "Pahl räume ein, dass Fehler gemacht worden seien.",
           "de");
  q = expect_quote (&r, "die Mittel reichten nicht", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Der Kämmerer Gero Pahl");
  q = expect_quote (&r, "dass Fehler gemacht worden seien", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Pahl");
}


/* de35: a name connector written with a capital after a capitalised noun
 * ("der Provinz Van") names a place and belongs to the phrase; before, the
 * phrase ended at the noun and the apposition after the comma was lost. */
static void
test_de35_capital_connector_place (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "„Die Brücke ist gesperrt.“ Das sagte der Leiter der Feuerwehr in der Provinz Van, Oktay Serin, "
               "am Morgen. Nach Angaben der Provinz Van sind drei Dörfer ohne Strom.",
           "de");
  q = expect_quote (&r, "Die Brücke ist gesperrt.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Oktay Serin");
  q = expect_quote (&r, "sind drei Dörfer ohne Strom", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "der Provinz Van");
}


/* de35: a capitalised preposition that opens a sentence makes a phrase of
 * time or place ("Am Nachmittag"), whose noun is no one "Er" stands for;
 * the name after the verb is. Before, "Nachmittag" became a person. */
static void
test_de35_fronted_preposition_no_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Am Nachmittag sprach Ondřej Halas vor dem Stadtrat. Er sagte, der Haushalt sei knapp.", "de");
  q = expect_quote (&r, "der Haushalt sei knapp", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ondřej Halas");
}


/* de35: "ein Schild, auf dem stand: „…“" — a place preposition and a
 * relative pronoun after the comma make the phrase before the comma the
 * place the words are written in, not a place named earlier in the
 * sentence (before, "Hafen" of "Am Hafen" was the source). */
static void
test_de35_relative_written_place (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Am Hafen hing ein Schild, auf dem stand: „Baden auf eigene Gefahr.“", "de");
  q = expect_quote (&r, "Baden auf eigene Gefahr.", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "ein Schild");
}


/* de35: "es gibt", "gab es" (existential-verbs with existential-pronouns)
 * say that something is: no cue, so "Zweifel" is no speaker and the
 * clause after it no content; "gab … an" without the pronoun still
 * reports. */
static void
test_de35_existential_verb_no_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Scheune in Oberhalm brannte nieder. Es gibt aber Zweifel daran, ob ein Blitz die Ursache war. "
               "Die Feuerwehr gab an, die Löscharbeiten seien schwierig gewesen.",
           "de");
  g_assert_null (find_quote (&r, "ob ein Blitz die Ursache war"));
  q = expect_quote (&r, "die Löscharbeiten seien schwierig gewesen", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "Die Feuerwehr");
}


/* de35: a compound of "Kandidat"/"Kandidatin" ("Kanzlerkandidatin",
 * "Spitzenkandidat") is a title before a name and a role after an article
 * that finds its bearer; before, "Die Kanzlerkandidatin" was a person of
 * its own. */
static void
test_de35_candidate_compound_title (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Talea Wendt stellte ihr Programm in Lorsfeld vor. "
               "Die Bürgermeisterkandidatin sagte: „Wir bauen zuerst die Schule.“",
           "de");
  q = expect_quote (&r, "Wir bauen zuerst die Schule.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Talea Wendt");
}


/* de35: a woman's noun of a doer after "die" ("die Siegerin") that no one
 * had as a role stands for the one of no known gender who opened a
 * sentence of this paragraph before, not for the latest woman of the text
 * (before, the woman of the paragraph above). */
static void
test_de35_female_role_named_before (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Ministerin Ebba Korff eröffnete die Regatta.\n\n"
               "Liv Santer gewann das Rennen auf dem Tollensesee. „Der Wind war launisch“, sagte die Siegerin.",
           "de");
  q = expect_quote (&r, "Der Wind war launisch", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Liv Santer");
}


/* de35: initials before a surname name one person wherever they stand
 * ("Auch J. R. Ortiga äußerte sich."), so the surname alone later is that
 * person; before, a second person "Ortiga" was made without initials. */
static void
test_de35_initials_one_person (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Auch J. R. Ortiga äußerte sich am Rande der Tagung. „Die Karten sind eindeutig“, sagte Ortiga.", "de");
  q = expect_quote (&r, "Die Karten sind eindeutig", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "J. R. Ortiga");
}


/* de35: "machte" is no speech verb of its own ("machte sie einen Verlust"
 * reported the object); "machte klar, dass …" still reports by its
 * complementizer. */
static void
test_de35_machte_no_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Reederei Halvsund legte ihre Bilanz vor. Im gesamten Jahr 2019 machte sie einen Verlust "
               "in Höhe von drei Millionen Euro.\n\nDie Chefin Marit Sæther machte klar, dass keine Stellen "
               "gestrichen werden.",
           "de");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  q = expect_quote (&r, "dass keine Stellen gestrichen werden", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Marit Sæther");
}


/* de35: "Er" after a paragraph whose speaker is of no known gender is the
 * one named in its own paragraph before it ("Am Abend sprach Ondřej Halas
 * …"), not that speaker. */
static void
test_de35_pronoun_prefers_paragraph_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Talea Wendt stellte ihr Programm vor. „Wir bauen zuerst die Schule“, sagte Wendt.\n\n"
               "Am Abend sprach Ondřej Halas vor dem Stadtrat. Er sagte, der Haushalt sei knapp.",
           "de");
  q = expect_quote (&r, "der Haushalt sei knapp", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ondřej Halas");
}

/* en29: a transcript's speaker labels in capitals, "SEN. HOLLOWAY:", give
 * the paragraph to the one they name (title and all in capitals), met
 * before in prose; after a title a one-word reply is theirs too. */
static void
test_en29_transcript_capital_labels (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Sen. Marit Holloway chaired the hearing on the canal collapse.\n\n"
               "SEN. HOLLOWAY: When did you first hear of the crack?\n\n"
               "MR. DANSO: In April. We told the board at once.\n\n"
               "SEN. HOLLOWAY: Did anyone act?\n\n"
               "MR. DANSO: No.\n\n"
               "Danso left the room without a word.", "en");
  q = expect_quote (&r, "When did you first hear of the crack", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "SEN. HOLLOWAY", "Marit Holloway");
  q = expect_quote (&r, "In April. We told the board at once", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "MR. DANSO", "Danso");
  q = expect_quote (&r, "No", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "MR. DANSO", "Danso");
}

/* en29: "to" before a determiner or a pronoun is a preposition, not the
 * mark of an infinitive: what follows is whom the verb turns to, nothing
 * said ("respond to an email"); before a verb it still is ("vowed to
 * fight"). */
static void
test_en29_to_determiner_no_content (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Lawyers for the rower did not respond to an email on Friday.\n\n"
               "Mayor Ines Barrow vowed to fight the closure of the ferry terminal.", "en");
  g_assert_null (find_quote (&r, "to an email on Friday"));
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_INDIRECT), ==, 1);
  q = expect_quote (&r, "to fight the closure of the ferry terminal", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Mayor Ines Barrow", "Ines Barrow");
}

/* en29: a capitalised word that opens a sentence before a part of the day
 * in lower case ("Good morning") greets; it is no one's name, though the
 * same word after a title and a given name is a surname. */
static void
test_en29_greeting_no_name (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Good morning and welcome to the coverage of the regatta, which opened at Kestrel Bay at dawn.\n\n"
               "Rep. Tilda Good said the harbour would reopen on Monday.", "en");
  g_assert_cmpuint (r.analysis->quotes->len, ==, 1);
  q = expect_quote (&r, "the harbour would reopen on Monday", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "Rep. Tilda Good", "Tilda Good");
  for (guint i = 0; i < r.analysis->people->len; i++)
    g_assert_cmpstr (((QmFoundPerson *)g_ptr_array_index (r.analysis->people, i))->name, !=, "Good");
}

/* en29: "A witness who asked not to be named said …": with no comma, the
 * relative clause ends before the speech verb after its participle; the
 * witness speaks the rest, and no mention ends with "who". */
static void
test_en29_relative_clause_before_main_verb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "A ferry hand who asked not to be named said the ramp had jammed twice that week.\n\n"
               "At the quay, a fisherman who asked not to be identified said the crew had been warned.", "en");
  q = expect_quote (&r, "the ramp had jammed twice that week", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "A ferry hand");
  q = expect_quote (&r, "the crew had been warned", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "a fisherman");
  g_assert_null (find_quote (&r, "not to be named said the ramp had jammed twice that week"));
}

/* en29: "The 23-year-old said" is one person, the one the sentence before
 * named, even by the surname alone, not a quantity of people nor the
 * manager quoted before. */
static void
test_en29_age_epithet_subject (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Coach Ilse Brandvik praised her side. “We were patient,” she said.\n\n"
               "Okonjo levelled with a header after the break. The 19-year-old, who joined in May, said it was "
               "the best night of his life.\n\n"
               "Pim Udall rattled the bar twice. The 31-year-old said the pitch was too dry.", "en");
  q = expect_quote (&r, "it was the best night of his life", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "The 19-year-old", "Okonjo");
  q = expect_quote (&r, "the pitch was too dry", QM_QUOTE_KIND_INDIRECT);
  expect_speaker (&r, q, "The 31-year-old", "Pim Udall");
}

/* en29: a short clause before the cue's comma ("Prices climbed", "Nobody
 * was hurt", "Exports fell") is what was said, even with a time after the
 * cue; a short time phrase ("Last week,") still is not. */
static void
test_en29_short_reported_clause (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ticket prices climbed, organisers said.\n\n"
               "Nobody was hurt, coastguards said.\n\n"
               "Exports fell, the trade office said on Tuesday.\n\n"
               "Last week, the harbour master said the quay was safe.", "en");
  q = expect_quote (&r, "Ticket prices climbed", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "organisers");
  q = expect_quote (&r, "Nobody was hurt", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "coastguards");
  q = expect_quote (&r, "Exports fell", QM_QUOTE_KIND_INDIRECT);
  expect_mention (&r, q, "the trade office");
  expect_quote (&r, "the quay was safe", QM_QUOTE_KIND_INDIRECT);
  g_assert_null (find_quote (&r, "Last week"));
}

/* en29: a quote opened right after a word inside a sentence and left open
 * at its paragraph's end is a slip, not a quotation that runs over
 * paragraphs: the next paragraph's mark opens a quotation of its own. One
 * after a colon still runs on. */
static void
test_en29_open_fragment_no_run_on (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Councillor Ada Berg said the ferry plan was “a costly mistake.\n\n"
               "“We warned them twice. Nobody listened,” Berg said.\n\n"
               "The mayor said: “We will build it.\n\n"
               "“It will open in May.”", "en");
  q = expect_quote (&r, "We warned them twice. Nobody listened,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Berg", "Ada Berg");
  expect_quote (&r, "We will build it.\n\n“It will open in May.", QM_QUOTE_KIND_DIRECT);
}

/* en29: English words quoted inside a quotation after a verb, when no cue
 * names who said them, are the outer speaker's mention of them, not a
 * quotation of nobody; "My father always said, ‘…’" still names its
 * speaker (test_nested). */
static void
test_en29_nested_without_speaker_scare (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“When the mayor says ‘the quay is safe for every boat in the harbour,’ that is code for doing "
               "nothing,” Ilse Varga said.", "en");
  q = expect_quote (&r, "When the mayor says ‘the quay is safe for every boat in the harbour,’ that is code for doing "
                        "nothing,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ilse Varga", "Ilse Varga");
  expect_quote (&r, "the quay is safe for every boat in the harbour,", QM_QUOTE_KIND_SCARE);
}

/* en29: "last week", "early Friday" after a cue tell when, not what: the
 * content starts after them, and a cue after a name's apposition still
 * ends its sentence. */
static void
test_en29_time_modifier_after_cue (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "“The ferry needs a new hull,” Ines Brodd, a marine surveyor, said last week.\n\n"
               "The harbour office announced early Friday that the quay would close.", "en");
  q = expect_quote (&r, "The ferry needs a new hull,", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ines Brodd", "Ines Brodd");
  expect_quote (&r, "that the quay would close", QM_QUOTE_KIND_INDIRECT);
  g_assert_null (find_quote (&r, "last week"));
}

/* en29: a line of a full name, a comma and an affiliation without a verb,
 * right after a quotation with no cue, signs it as a dash and a name do;
 * a line with a verb does not. */
static void
test_en29_signature_line_without_dash (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "The debate over the harbour fund went on all summer.\n\n"
               "\"We cannot dredge the channel every spring and call it a plan.\n"
               "Ines Brodd, Institute of Coastal Studies.\"\n\n"
               "\"The town will pay for this twice over.\"\n\n"
               "Tom Fahl, the treasurer, left early.", "en");
  q = expect_quote (&r, "We cannot dredge the channel every spring and call it a plan.", QM_QUOTE_KIND_DIRECT);
  expect_speaker (&r, q, "Ines Brodd", "Ines Brodd");
  q = expect_quote (&r, "The town will pay for this twice over.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpint (q->person, <, 0);
}

/* en29: English interview introductions name who asks "Q:" and who
 * answers "A:": "X spoke with Y." (X asks), "Y was interviewed by X." (X
 * asks), past a role in lower case before the name. */
static void
test_en29_interview_introduction (void)
{
  static const char * const intros[] = {
    "Reporter Ilse Varga spoke with the harbour master Tomas Brek.",
    "Tomas Brek was interviewed by Ilse Varga.",
  };

  for (guint i = 0; i < G_N_ELEMENTS (intros); i++)
    {
      g_auto(Result) r = { 0, };
      g_autofree char *text = g_strdup_printf ("%s\n\nQ: Why close the quay now?\n\nA: Because the pilings are failing.",
                                               intros[i]);
      const QmFoundQuote *q;

      analyze (&r, text, "en");
      q = expect_quote (&r, "Why close the quay now", QM_QUOTE_KIND_INDIRECT);
      g_assert_cmpstr (person_name (&r, q), ==, "Ilse Varga");
      q = expect_quote (&r, "Because the pilings are failing", QM_QUOTE_KIND_INDIRECT);
      g_assert_cmpstr (person_name (&r, q), ==, "Tomas Brek");
    }
}

/* de36: "schlug … vor", "hielt … dagegen" speak only with their particle
 * right before the comma (own-particle-verbs), "kündigt … an" only after a
 * quotation and its comma, with its particle last in the sentence
 * (trailing-particle-verbs); "schlug in den Turm ein" says nothing. */
static void
test_de36_own_particle_verbs (void)
{
  g_auto(Result) r = { 0, };
  g_auto(Result) r2 = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Stadtrat stritt über das Hallenbad. Jens Holmberg hielt dagegen, das Bad sei viel zu teuer. "
               "Sein Kollege Arne Wittke schlug vor, die alte Halle zu sanieren.\n\n"
               "„Wir werden jeden Arbeitsplatz verteidigen“, kündigt Jorunn Bekker an.",
           "de");
  q = expect_quote (&r, "das Bad sei viel zu teuer", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jens Holmberg");
  q = expect_quote (&r, "die alte Halle zu sanieren", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Arne Wittke");
  q = expect_quote (&r, "Wir werden jeden Arbeitsplatz verteidigen", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jorunn Bekker");

  analyze (&r2, "Am Abend zog ein Gewitter über Lindau. Der Blitz schlug in den Kirchturm ein, der Turm brannte aus.",
           "de");
  g_assert_cmpuint (r2.analysis->quotes->len, ==, 0);
}

/* de36: names in the genitive after a plural noun before the verb are its
 * owners, no subject: "Die Äußerungen Brenners und Talheims bezeichnete
 * Ulrike Demmler als „…“" — she speaks, and goes on with "und glaubt, …". */
static void
test_de36_genitive_names_after_noun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Im Landtag gab es am Dienstag Streit über den Haushalt. Die Äußerungen Brenners und Talheims "
               "bezeichnete Ulrike Demmler als „unverantwortlich“ und glaubt, dass die Regierung sie ernst "
               "nehmen müsse.",
           "de");
  q = expect_quote (&r, "unverantwortlich", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ulrike Demmler");
  q = expect_quote (&r, "dass die Regierung sie ernst nehmen müsse", QM_QUOTE_KIND_INDIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Ulrike Demmler");
  g_assert_false (has_person (&r, "Talheims"));
}

/* de36: "Kohlmanns Urteil fällt deutlich aus: „…“" — a known person's name
 * in the genitive before a noun is no person "Kohlmanns Urteil"; the owner
 * speaks. */
static void
test_de36_genitive_owner_before_noun (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Das Landgericht Ostheim hat den Bürgermeister freigesprochen. Der Vorsitzende Richter Arvid "
               "Kohlmann begründete das ausführlich.\n\n"
               "Kohlmanns Urteil fällt deutlich aus: „Für eine Bestechung gibt es keinen Beweis.“ Die "
               "Staatsanwaltschaft prüft eine Revision.",
           "de");
  q = expect_quote (&r, "Für eine Bestechung gibt es keinen Beweis.", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Arvid Kohlmann");
  g_assert_false (has_person (&r, "Kohlmanns Urteil"));
}

/* de36: "berichteten in der Zeitschrift „Polarwelt“, das Eis …" — a short
 * name in marks after an article and a noun between the cue and its comma
 * is where it was said; the content follows the comma. */
static void
test_de36_quoted_medium_before_comma (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Forscherinnen der Universität Talberg berichteten in der Zeitschrift „Polarwelt“, das Eis schmelze "
               "schneller als erwartet.",
           "de");
  q = expect_quote (&r, "das Eis schmelze schneller als erwartet", QM_QUOTE_KIND_INDIRECT);
  g_assert_nonnull (person_name (&r, q));
  g_assert_nonnull (strstr (person_name (&r, q), "Universität Talberg"));
}

/* de36: "Nele Bruck gewann …" — a name of two words no list holds that
 * opens a sentence without a cue, before its verb, is someone when the
 * surname stands alone later: "sagte Bruck" is Nele Bruck. */
static void
test_de36_name_subject_registered (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Nele Bruck gewann am Sonntag den Stadtlauf in Wernau. „Das war ein harter Lauf“, sagte Bruck danach.",
           "de");
  q = expect_quote (&r, "Das war ein harter Lauf", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Nele Bruck");
}

/* de36: "„…“, sei ihm gesagt worden." — a passive of speech after the
 * quotation names no one who spoke; the words are not the latest
 * speaker's. */
static void
test_de36_passive_speech_after_quotation (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Ragna Holt leitete die Klinik seit zwölf Jahren. Sie sagte, sie habe nie an Rücktritt gedacht.\n\n"
               "„Du musst gehen“, sei ihm gesagt worden. Der Pfleger Sven Arndt verließ die Klinik im Mai.",
           "de");
  q = expect_quote (&r, "Du musst gehen", QM_QUOTE_KIND_DIRECT);
  g_assert_null (person_name (&r, q));
}

/* de36: "Die Maschine sei erst „…“ gelandet." — the subject of a
 * Konjunktiv sentence that names no one is no speaker of the quoted words
 * in it. */
static void
test_de36_mood_subject_thing_no_speaker (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Ermittler erheben Vorwürfe. Der Kopilot steht in der Kritik. Die Maschine sei erst „weit hinter "
               "der markierten Zone“ zu Boden gebracht worden.",
           "de");
  q = expect_quote (&r, "weit hinter der markierten Zone", QM_QUOTE_KIND_DIRECT);
  g_assert_null (person_name (&r, q));
  g_assert_false (has_person (&r, "Maschine"));
}

/* en30: quoted words inside the content of a cue only the model knows
 * ("called on …") make that content a mixed quotation, not a scare quote
 * of nobody; not in a headline, whose cue is capitalised. */
static void
test_en30_model_content_with_fragment (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Councillor Mara Belling called on the harbour board to stop \"wasting money\" on the old pier.\n\n"
               "Belling Calls On Harbour Board To Stop \"Wasting Money\" On Pier", "en");
  q = expect_quote (&r, "the harbour board to stop \"wasting money\" on the old pier", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Councillor Mara Belling", "Mara Belling");
  expect_quote (&r, "Wasting Money", QM_QUOTE_KIND_SCARE);
}

/* en30: after a quoted fragment in a model cue's content, a long
 * quotation that ends the sentence with its own full stop is more of that
 * content, one mixed quotation, not a direct one of nobody. */
static void
test_en30_model_content_fragments (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "But Tom Aske would not comment on a plan signed by the mayor “to protect the harbour” for many crews "
               "“to cover the night shifts and the weekend.”", "en");
  q = expect_quote (&r, "a plan signed by the mayor “to protect the harbour” for many crews “to cover the night shifts "
                        "and the weekend.”", QM_QUOTE_KIND_MIXED);
  expect_speaker (&r, q, "Tom Aske", "Tom Aske");
  g_assert_null (find_quote (&r, "to cover the night shifts and the weekend."));
}

/* de37: "gab die Aufstellung im Hotel „Seeblick Palace“ bekannt" — an object
 * right after the verb whose only quoted words are a name right after the
 * noun it names quotes no one: no mixed quotation, the name stays a scare
 * quote. After an article ("mit dem „Roten Bündnis“") it still may be. */
static void
test_de37_object_name_after_noun (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Trainerin Mira Voss gab die Aufstellung am Freitag im Hotel „Seeblick Palace“ bekannt.\n\n"
               "Der Verein Grünfeld kündigte seinen neuen Film „Sommer am Fluss“ für den Herbst an.",
           "de");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
  expect_quote (&r, "Seeblick Palace", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Sommer am Fluss", QM_QUOTE_KIND_SCARE);
  g_clear_pointer (&r.analysis, qm_analysis_unref);
  g_clear_object (&r.text);

  analyze (&r, "Der Verband gab die Einigung mit dem „Roten Bündnis“ am Abend bekannt.", "de");
  expect_quote (&r, "die Einigung mit dem „Roten Bündnis“ am Abend bekannt", QM_QUOTE_KIND_MIXED);
}

/* de37: "skandierten Parolen wie „…“ oder „…“" — the slogans of a speech
 * verb's object are words chanted, each a direct quotation of the subject,
 * also the one "oder" joins on; the object is no mixed quotation. */
static void
test_de37_slogans_in_object (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Die Anwohner zogen am Samstag durch die Altstadt von Wernau und skandierten Parolen wie "
               "„Schluss mit dem Lärm“ oder „Ruhe für alle“.",
           "de");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
  q = expect_quote (&r, "Schluss mit dem Lärm", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Die Anwohner");
  q = expect_quote (&r, "Ruhe für alle", QM_QUOTE_KIND_DIRECT);
  expect_mention (&r, q, "Die Anwohner");
}

/* de37: "nach Angaben der Leiterin der Sektion von „Helfer ohne Zaun“" — a
 * short name in marks that ends the noun phrase of a source is part of the
 * source: the clause is reported speech that quotes no one, not a mixed
 * quotation, and the name no direct one. Quoted words after the source are
 * still words said. */
static void
test_de37_name_in_source_phrase (void)
{
  g_auto(Result) r = { 0, };

  analyze (&r, "Die Trockenzeit könnte nach Angaben der Leiterin der Sektion Nord von „Helfer ohne Zaun“ noch bis "
               "Oktober dauern.\n\n"
               "Die Ökonomin Lena Sommer geht laut einer Meldung des Fachblatts „Autowelt“ davon aus, dass die "
               "Mieten steigen.",
           "de");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_MIXED), ==, 0);
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
  expect_quote (&r, "Helfer ohne Zaun", QM_QUOTE_KIND_SCARE);
  g_clear_pointer (&r.analysis, qm_analysis_unref);
  g_clear_object (&r.text);

  analyze (&r, "Die Lage sei nach Angaben des Chefs der Feuerwehr „völlig unter Kontrolle“.", "de");
  expect_quote (&r, "völlig unter Kontrolle", QM_QUOTE_KIND_DIRECT);
}

/* de37: "Der Jahresbericht nennt „Klangnetz“ in Norwegen oder „Bildbrett“ …" —
 * a short name opening with a capital right after a naming verb, with no
 * object before it to be named, is a name listed, a scare quote and no
 * one's words; after an object ("nannte den Plan „teuer“") the quoted
 * words are still the name given, a direct quotation. */
static void
test_de37_names_listed_after_naming_verb (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Verband prüft vor allem neue Plattformen. Sein Jahresbericht nennt "
               "„Klangnetz“ in Norwegen oder „Bildbrett“ in Chile und Peru.",
           "de");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
  expect_quote (&r, "Klangnetz", QM_QUOTE_KIND_SCARE);
  expect_quote (&r, "Bildbrett", QM_QUOTE_KIND_SCARE);
  g_clear_pointer (&r.analysis, qm_analysis_unref);
  g_clear_object (&r.text);

  analyze (&r, "Die Ministerin Jana Holm nannte den Plan „teuer und gefährlich“.", "de");
  q = expect_quote (&r, "teuer und gefährlich", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Jana Holm");
}

/* de37: "Das sei eine Chance, ein „Vorbild für alle zu werden“, wird X
 * zitiert." — quoted words inside the sentence that a cue after them
 * reports make the sentence up to the marks a mixed quotation of its own,
 * besides the direct one, also when no reported content is found for the
 * cue. */
static void
test_de37_mixed_before_cue_after (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Heimatverein feierte am Sonntag sein Jubiläum. Das ist eine Chance für die Stadt, im Land ein "
               "„Vorbild für alle zu werden“, wird die Bürgermeisterin Lea Brandt zitiert.",
           "de");
  q = expect_quote (&r, "Das ist eine Chance für die Stadt, im Land ein „Vorbild für alle zu werden“",
                    QM_QUOTE_KIND_MIXED);
  g_assert_cmpstr (person_name (&r, q), ==, "Lea Brandt");
  q = expect_quote (&r, "Vorbild für alle zu werden", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Lea Brandt");
}

/* de38: "X nannte den Plan „Unsinn“." — a single word in capitals that
 * a naming verb gives an object named before it is the name given, a
 * direct quotation of the subject, like a longer one; the marks must not
 * be used up with nothing found. */
static void
test_de38_naming_verb_one_word (void)
{
  g_auto(Result) r = { 0, };
  const QmFoundQuote *q;

  analyze (&r, "Der Stadtrat Moritz Krell nannte den Entwurf „Flickwerk“.", "de");
  q = expect_quote (&r, "Flickwerk", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Moritz Krell");
  g_clear_pointer (&r.analysis, qm_analysis_unref);
  g_clear_object (&r.text);

  analyze (&r, "Die Stadträtin Vera Kolb nannte den neuen Entwurf „Stückwerk“.", "de");
  q = expect_quote (&r, "Stückwerk", QM_QUOTE_KIND_DIRECT);
  g_assert_cmpstr (person_name (&r, q), ==, "Vera Kolb");
  g_clear_pointer (&r.analysis, qm_analysis_unref);
  g_clear_object (&r.text);

  /* the subject after the verb: the marks name the model, no one's words */
  analyze (&r, "Als Beispiel nennt der Verband das Modell „Falke“.", "de");
  g_assert_cmpuint (count_kind (&r, QM_QUOTE_KIND_DIRECT), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotemark/analyzer/marks/conventions", test_conventions);
  g_test_add_func ("/quotemark/analyzer/probe/french-spacing", test_probe_french_spacing);
  g_test_add_func ("/quotemark/analyzer/probe/apostrophe-letter", test_probe_apostrophe_letter);
  g_test_add_func ("/quotemark/analyzer/probe/elision-in-single", test_probe_elision_in_single);
  g_test_add_func ("/quotemark/analyzer/probe/subject-antecedent", test_probe_subject_antecedent);
  g_test_add_func ("/quotemark/analyzer/probe/interview-letter", test_probe_interview_letter);
  g_test_add_func ("/quotemark/analyzer/probe/relative-apposition-subject", test_probe_relative_apposition_subject);
  g_test_add_func ("/quotemark/analyzer/probe/dateline-double-hyphen", test_probe_dateline_double_hyphen);
  g_test_add_func ("/quotemark/analyzer/probe/participle-after-quote-cue", test_probe_participle_after_quote_cue);
  g_test_add_func ("/quotemark/analyzer/probe/title-place-subject", test_probe_title_place_subject);
  g_test_add_func ("/quotemark/analyzer/probe/contraction-no-name", test_probe_contraction_no_name);
  g_test_add_func ("/quotemark/analyzer/probe/headline-colon", test_probe_headline_colon);
  g_test_add_func ("/quotemark/analyzer/probe/nested-and-said", test_probe_nested_and_said);
  g_test_add_func ("/quotemark/analyzer/probe/apposition-participle", test_probe_apposition_participle);
  g_test_add_func ("/quotemark/analyzer/probe/told-me", test_probe_told_me);
  g_test_add_func ("/quotemark/analyzer/probe/british-titles", test_probe_british_titles);
  g_test_add_func ("/quotemark/analyzer/probe/participle-then-cue", test_probe_participle_then_cue);
  g_test_add_func ("/quotemark/analyzer/probe/adverb-colon", test_probe_adverb_colon);
  g_test_add_func ("/quotemark/analyzer/probe/role-before-name", test_probe_role_before_name);
  g_test_add_func ("/quotemark/analyzer/probe/plural-possessive", test_probe_plural_possessive);
  g_test_add_func ("/quotemark/analyzer/probe/adjective-organisation", test_probe_adjective_organisation);
  g_test_add_func ("/quotemark/analyzer/probe/age-role", test_probe_age_role);
  g_test_add_func ("/quotemark/analyzer/probe/former-role", test_probe_former_role);
  g_test_add_func ("/quotemark/analyzer/probe/whole-sentence-quote", test_probe_whole_sentence_quote);
  g_test_add_func ("/quotemark/analyzer/probe/role-apposition-first", test_probe_role_apposition_first);
  g_test_add_func ("/quotemark/analyzer/probe12/roles", test_probe12_roles);
  g_test_add_func ("/quotemark/analyzer/probe12/epithet", test_probe12_epithet);
  g_test_add_func ("/quotemark/analyzer/role-gender", test_role_gender);
  g_test_add_func ("/quotemark/analyzer/pronoun-gender", test_pronoun_gender);
  g_test_add_func ("/quotemark/analyzer/german-second-role", test_german_second_role);
  g_test_add_func ("/quotemark/analyzer/german-genitive-organisation", test_german_genitive_organisation);
  g_test_add_func ("/quotemark/analyzer/probe12/role-name-subject", test_probe12_role_name_subject);
  g_test_add_func ("/quotemark/analyzer/probe12/interview-labels", test_probe12_interview_labels);
  g_test_add_func ("/quotemark/analyzer/probe12/told-addressee", test_probe12_told_addressee);
  g_test_add_func ("/quotemark/analyzer/probe12/nested-object-cue", test_probe12_nested_object_cue);
  g_test_add_func ("/quotemark/analyzer/probe12/straight-elision", test_probe12_straight_elision);
  g_test_add_func ("/quotemark/analyzer/probe12/german-dative-addressee", test_probe12_german_dative_addressee);
  g_test_add_func ("/quotemark/analyzer/probe12/afterwards-colon", test_probe12_afterwards_colon);
  g_test_add_func ("/quotemark/analyzer/probe12/german-sport-roles", test_probe12_german_sport_roles);
  g_test_add_func ("/quotemark/analyzer/probe12/shouted-own-quote", test_probe12_shouted_own_quote);
  g_test_add_func ("/quotemark/analyzer/probe12/counsel-suffix", test_probe12_counsel_suffix);
  g_test_add_func ("/quotemark/analyzer/probe12/german-question-word", test_probe12_german_question_word);
  g_test_add_func ("/quotemark/analyzer/probe12/german-title-after-name", test_probe12_german_title_after_name);
  g_test_add_func ("/quotemark/analyzer/probe12/place-possessive", test_probe12_place_possessive);
  g_test_add_func ("/quotemark/analyzer/probe12/report-apposition", test_probe12_report_apposition);
  g_test_add_func ("/quotemark/analyzer/probe12/headline-quote-name", test_probe12_headline_quote_name);
  g_test_add_func ("/quotemark/analyzer/probe12/family-roles", test_probe12_family_roles);
  g_test_add_func ("/quotemark/analyzer/probe12/and-later-said", test_probe12_and_later_said);
  g_test_add_func ("/quotemark/analyzer/left12/noun-object", test_left12_noun_object);
  g_test_add_func ("/quotemark/analyzer/left12/ten-particle", test_left12_ten_particle);
  g_test_add_func ("/quotemark/analyzer/left12/claim-noun", test_left12_claim_noun);
  g_test_add_func ("/quotemark/analyzer/left12/compound-noun", test_left12_compound_noun);
  g_test_add_func ("/quotemark/analyzer/left12/given-name-alone", test_left12_given_name_alone);
  g_test_add_func ("/quotemark/analyzer/left12/epithet-not-last-speaker", test_left12_epithet_not_last_speaker);
  g_test_add_func ("/quotemark/analyzer/marks/nested", test_nested);
  g_test_add_func ("/quotemark/analyzer/marks/nested-short-cue", test_nested_short_cue);
  g_test_add_func ("/quotemark/analyzer/marks/mismatched-close", test_mismatched_close);
  g_test_add_func ("/quotemark/analyzer/marks/multi-paragraph", test_multi_paragraph);
  g_test_add_func ("/quotemark/analyzer/marks/unclosed", test_unclosed);
  g_test_add_func ("/quotemark/analyzer/marks/apostrophes", test_apostrophes);
  g_test_add_func ("/quotemark/analyzer/marks/apostrophe-inside-quote", test_apostrophe_inside_quote);
  g_test_add_func ("/quotemark/analyzer/marks/scare-quotes", test_scare_quotes);
  g_test_add_func ("/quotemark/analyzer/reported/said-that", test_said_that);
  g_test_add_func ("/quotemark/analyzer/reported/said-that-bracket", test_said_that_bracket);
  g_test_add_func ("/quotemark/analyzer/robust/review-edges", test_review_edges);
  g_test_add_func ("/quotemark/analyzer/reported/said", test_said_no_that);
  g_test_add_func ("/quotemark/analyzer/reported/said-inverted-clause", test_said_inverted_reported);
  g_test_add_func ("/quotemark/analyzer/reported/asked-aside", test_asked_aside);
  g_test_add_func ("/quotemark/analyzer/reported/participle-after-cue", test_participle_after_cue);
  g_test_add_func ("/quotemark/analyzer/reported/dateline", test_dateline);
  g_test_add_func ("/quotemark/analyzer/reported/interrupting-source", test_interrupting_source);
  g_test_add_func ("/quotemark/analyzer/attribution/said-role-name", test_said_role_name);
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
  g_test_add_func ("/quotemark/analyzer/lang/role-words", test_lang_role_words);
  g_test_add_func ("/quotemark/analyzer/lang/role-words-builtin", test_lang_role_words_builtin);
  g_test_add_func ("/quotemark/analyzer/lang/role-words-drive", test_lang_role_words_drive);
  g_test_add_func ("/quotemark/analyzer/lang/plural-endings-drive", test_lang_plural_endings_drive);
  g_test_add_func ("/quotemark/analyzer/reported/model-decides", test_model_decides);
  g_test_add_func ("/quotemark/analyzer/reported/model-broken", test_model_broken);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-fragment-end", test_mixed_fragment_end);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-reporter-clause", test_mixed_reporter_clause);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-fragment-main-clause", test_mixed_fragment_main_clause);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-naming", test_mixed_naming);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-goes-on", test_mixed_goes_on);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-interrupted", test_mixed_interrupted);
  g_test_add_func ("/quotemark/analyzer/reported/titles-in-phrases", test_titles_in_phrases);
  g_test_add_func ("/quotemark/analyzer/reported/programme-and-colon-cue", test_programme_and_colon_cue);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-prepositional-object", test_mixed_prepositional_object);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-colon-cue-inside", test_mixed_colon_and_cue_inside);
  g_test_add_func ("/quotemark/analyzer/reported/mixed-infinitive", test_mixed_infinitive);
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
  g_test_add_func ("/quotemark/analyzer/people/alias-text", test_alias_text);
  g_test_add_func ("/quotemark/analyzer/people/namesakes", test_namesakes);
  g_test_add_func ("/quotemark/analyzer/people/name-place", test_name_place);
  g_test_add_func ("/quotemark/analyzer/people/possessive-role", test_possessive_role_speaker);
  g_test_add_func ("/quotemark/analyzer/people/namesake-initial", test_namesake_initial);
  g_test_add_func ("/quotemark/analyzer/people/many-namesakes", test_many_namesakes);
  g_test_add_func ("/quotemark/analyzer/people/junk", test_people_junk);
  g_test_add_func ("/quotemark/analyzer/people/verb", test_people_verb);
  g_test_add_func ("/quotemark/analyzer/people/name-suffix", test_people_name_suffix);
  g_test_add_func ("/quotemark/analyzer/people/given-gender", test_people_given_gender);
  g_test_add_func ("/quotemark/analyzer/people/determiner-alias", test_people_determiner_alias);
  g_test_add_func ("/quotemark/analyzer/people/compound-title", test_people_compound_title);
  g_test_add_func ("/quotemark/analyzer/people/particles", test_people_particles);
  g_test_add_func ("/quotemark/analyzer/people/possessive-noun", test_people_possessive_noun);
  g_test_add_func ("/quotemark/analyzer/people/female-kinship", test_people_female_kinship);
  g_test_add_func ("/quotemark/analyzer/reported/de-object", test_de_object_not_content);
  g_test_add_func ("/quotemark/analyzer/reported/de-occasion", test_de_occasion_before_content);
  g_test_add_func ("/quotemark/analyzer/speaker/de-mention-edges", test_de_mention_edges);
  g_test_add_func ("/quotemark/analyzer/speaker/de-paper-addressee", test_de_paper_addressee);
  g_test_add_func ("/quotemark/analyzer/speaker/de-interrupting-cue", test_de_interrupting_cue);
  g_test_add_func ("/quotemark/analyzer/speaker/de-according-after-speech", test_de_according_after_speech);
  g_test_add_func ("/quotemark/analyzer/speaker/de-share-of-group", test_de_share_of_group);
  g_test_add_func ("/quotemark/analyzer/speaker/de-inverted-speaker-no-content", test_de_inverted_speaker_no_content);
  g_test_add_func ("/quotemark/analyzer/speaker/de-fronted-time-no-subject", test_de_fronted_time_no_subject);
  g_test_add_func ("/quotemark/analyzer/speaker/de-subject-sentence-before-quote", test_de_subject_sentence_before_quote);
  g_test_add_func ("/quotemark/analyzer/speaker/de-colon-paragraph-role", test_de_colon_paragraph_role);
  g_test_add_func ("/quotemark/analyzer/reported/de-colon-quote-then-cue", test_de_colon_quote_then_cue);
  g_test_add_func ("/quotemark/analyzer/speaker/de-relative-plural-speaker", test_de_relative_plural_speaker);
  g_test_add_func ("/quotemark/analyzer/speaker/de-unnamed-spokesman", test_de_unnamed_spokesman);
  g_test_add_func ("/quotemark/analyzer/reported/de-reflexive-after-subject", test_de_reflexive_after_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/one-quotation-per-span", test_one_quotation_per_span);
  g_test_add_func ("/quotemark/analyzer/attribution/when-asked-mention", test_when_asked_mention);
  g_test_add_func ("/quotemark/analyzer/attribution/present-speech-verbs", test_present_speech_verbs);
  g_test_add_func ("/quotemark/analyzer/attribution/title-and-participle-subject", test_title_and_participle_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/passive-question", test_passive_question);
  g_test_add_func ("/quotemark/analyzer/people/mojibake-name", test_mojibake_name);
  g_test_add_func ("/quotemark/analyzer/attribution/conjoined-verb-after-apposition", test_conjoined_verb_after_apposition);
  g_test_add_func ("/quotemark/analyzer/attribution/indefinite-after-opener", test_indefinite_after_opener);
  g_test_add_func ("/quotemark/analyzer/attribution/possessor-speaks", test_possessor_speaks);
  g_test_add_func ("/quotemark/analyzer/attribution/interrupting-pronoun-after-colon", test_interrupting_pronoun_after_colon);
  g_test_add_func ("/quotemark/analyzer/attribution/subordinate-clause-subject", test_subordinate_clause_subject);
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
  g_test_add_func ("/quotemark/analyzer/language/german-view-holder", test_german_view_holder);
  g_test_add_func ("/quotemark/analyzer/language/german-relative-cue", test_german_relative_cue);
  g_test_add_func ("/quotemark/analyzer/language/german-naming-word", test_german_naming_word);
  g_test_add_func ("/quotemark/analyzer/language/german-sentence-after-quotation", test_german_sentence_after_quotation);
  g_test_add_func ("/quotemark/analyzer/language/german-agreement-verbs", test_german_agreement_verbs);
  g_test_add_func ("/quotemark/analyzer/language/german-source-name-close", test_german_source_name_close);
  g_test_add_func ("/quotemark/analyzer/language/german-source-inside-clause", test_german_source_inside_clause);
  g_test_add_func ("/quotemark/analyzer/language/german-hearsay-modal", test_german_hearsay_modal);
  g_test_add_func ("/quotemark/analyzer/language/german-anaphoric-source", test_german_anaphoric_source);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-clause-cue", test_german_fronted_clause_cue);
  g_test_add_func ("/quotemark/analyzer/language/german-passive-cue", test_german_passive_cue);
  g_test_add_func ("/quotemark/analyzer/language/german-interrupting-source", test_german_interrupting_source);
  g_test_add_func ("/quotemark/analyzer/language/german-wie-clause-adverb", test_german_wie_clause_adverb);
  g_test_add_func ("/quotemark/analyzer/language/german-web-address-source", test_german_web_address_source);
  g_test_add_func ("/quotemark/analyzer/language/german-unnamed-role-pronoun", test_german_unnamed_role_pronoun);
  g_test_add_func ("/quotemark/analyzer/language/german-adjunct-before-colon", test_german_adjunct_before_colon);
  g_test_add_func ("/quotemark/analyzer/language/german-unreopened-paragraph", test_german_unreopened_paragraph);
  g_test_add_func ("/quotemark/analyzer/language/german-compound-institution", test_german_compound_institution);
  g_test_add_func ("/quotemark/analyzer/language/german-month-given-name", test_german_month_given_name);
  g_test_add_func ("/quotemark/analyzer/language/german-so-examples", test_german_so_examples);
  g_test_add_func ("/quotemark/analyzer/language/german-coordinated-cue", test_german_coordinated_cue);
  g_test_add_func ("/quotemark/analyzer/language/german-relative-clause", test_german_relative_clause);
  g_test_add_func ("/quotemark/analyzer/language/german-colon-sentence", test_german_colon_sentence);
  g_test_add_func ("/quotemark/analyzer/language/german-complement-name", test_german_complement_name);
  g_test_add_func ("/quotemark/analyzer/language/german-colon-quotation", test_german_colon_quotation);
  g_test_add_func ("/quotemark/analyzer/language/german-source-name-first", test_german_source_name_first);
  g_test_add_func ("/quotemark/analyzer/language/german-complementizer", test_german_complementizer);
  g_test_add_func ("/quotemark/analyzer/language/german-mood-fragment", test_german_mood_fragment);
  g_test_add_func ("/quotemark/analyzer/language/german-naming-final", test_german_naming_final);
  g_test_add_func ("/quotemark/analyzer/language/german-auxiliary", test_german_auxiliary);
  g_test_add_func ("/quotemark/analyzer/language/german-subject-after-verb", test_german_subject_after_verb);
  g_test_add_func ("/quotemark/analyzer/language/german-next-sentence", test_german_next_sentence);
  g_test_add_func ("/quotemark/analyzer/language/german-gloss", test_german_gloss);
  g_test_add_func ("/quotemark/analyzer/language/german-colon-person", test_german_colon_person);
  g_test_add_func ("/quotemark/analyzer/marks/titles", test_titles);
  g_test_add_func ("/quotemark/analyzer/attribution/speaker-colon", test_speaker_colon);
  g_test_add_func ("/quotemark/analyzer/attribution/interrupted-pronoun", test_interrupted_pronoun);
  g_test_add_func ("/quotemark/analyzer/attribution/interrupted-capital", test_interrupted_capital);
  g_test_add_func ("/quotemark/analyzer/attribution/unknown-noun-speaker", test_unknown_noun_speaker);
  g_test_add_func ("/quotemark/analyzer/attribution/title-case", test_title_case);
  g_test_add_func ("/quotemark/analyzer/attribution/coordinated-cue", test_coordinated_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/participle-subjects", test_participle_subjects);
  g_test_add_func ("/quotemark/analyzer/attribution/statement-saying", test_statement_saying);
  g_test_add_func ("/quotemark/analyzer/attribution/participle-after-clause", test_participle_after_clause);
  g_test_add_func ("/quotemark/analyzer/attribution/long-apposition", test_long_apposition);
  g_test_add_func ("/quotemark/analyzer/attribution/conjunction-apposition", test_conjunction_apposition);
  g_test_add_func ("/quotemark/analyzer/attribution/coordinated-after-fronted", test_coordinated_after_fronted);
  g_test_add_func ("/quotemark/analyzer/attribution/dash-signature", test_dash_signature);
  g_test_add_func ("/quotemark/analyzer/attribution/put-it", test_put_it);
  g_test_add_func ("/quotemark/analyzer/attribution/lowercase-after-cue", test_lowercase_after_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/parenthesis-after-sentence-end", test_parenthesis_after_sentence_end);
  g_test_add_func ("/quotemark/analyzer/attribution/topic-of-talking", test_topic_of_talking);
  g_test_add_func ("/quotemark/analyzer/attribution/programme-before-content", test_programme_before_content);
  g_test_add_func ("/quotemark/analyzer/attribution/addressee-before-content", test_addressee_before_content);
  g_test_add_func ("/quotemark/analyzer/attribution/lowercase-after-cue-relative", test_lowercase_after_cue_relative);
  g_test_add_func ("/quotemark/analyzer/attribution/lowercase-after-complementizer", test_lowercase_after_complementizer);
  g_test_add_func ("/quotemark/analyzer/attribution/fronted-opener", test_fronted_opener);
  g_test_add_func ("/quotemark/analyzer/attribution/dash-name-colon", test_dash_name_colon);
  g_test_add_func ("/quotemark/analyzer/attribution/participle-after-place", test_participle_after_place);
  g_test_add_func ("/quotemark/analyzer/attribution/cue-after-lower-modifiers", test_cue_after_lower_modifiers);
  g_test_add_func ("/quotemark/analyzer/attribution/party-parenthesis-comma", test_party_parenthesis_comma);
  g_test_add_func ("/quotemark/analyzer/attribution/exclamation-then-reporter", test_exclamation_then_reporter);
  g_test_add_func ("/quotemark/analyzer/attribution/dated-title", test_dated_title);
  g_test_add_func ("/quotemark/analyzer/attribution/named-title", test_named_title);
  g_test_add_func ("/quotemark/analyzer/attribution/indefinite-named", test_indefinite_named);
  g_test_add_func ("/quotemark/analyzer/attribution/free-relative", test_free_relative);
  g_test_add_func ("/quotemark/analyzer/attribution/colon-paragraph-speaker", test_colon_paragraph_speaker);
  g_test_add_func ("/quotemark/analyzer/attribution/contentless-cue-sentence", test_contentless_cue_sentence);
  g_test_add_func ("/quotemark/analyzer/attribution/participle-after-fronted-cue", test_participle_after_fronted_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/phrase-preposition", test_phrase_preposition);
  g_test_add_func ("/quotemark/analyzer/attribution/object-participle", test_object_participle);
  g_test_add_func ("/quotemark/analyzer/attribution/naming-object-not-speaker", test_naming_object_not_speaker);
  g_test_add_func ("/quotemark/analyzer/attribution/phrase-noun-before-that", test_phrase_noun_before_that);
  g_test_add_func ("/quotemark/analyzer/attribution/name-after-age-and-role", test_name_after_age_and_role);
  g_test_add_func ("/quotemark/analyzer/attribution/cue-after-own-content", test_cue_after_own_content);
  g_test_add_func ("/quotemark/analyzer/attribution/content-word-comma", test_content_word_comma);
  g_test_add_func ("/quotemark/analyzer/attribution/share-of-group", test_share_of_group);
  g_test_add_func ("/quotemark/analyzer/attribution/protested-elaborated", test_protested_elaborated);
  g_test_add_func ("/quotemark/analyzer/attribution/participle-after-object-phrase", test_participle_after_object_phrase);
  g_test_add_func ("/quotemark/analyzer/attribution/said-spokesman-name", test_said_spokesman_name);
  g_test_add_func ("/quotemark/analyzer/attribution/said-connected-role-name", test_said_connected_role_name);
  g_test_add_func ("/quotemark/analyzer/attribution/when-clause", test_when_clause);
  g_test_add_func ("/quotemark/analyzer/attribution/role-head-after-name", test_role_head_after_name);
  g_test_add_func ("/quotemark/analyzer/attribution/reply-particle", test_reply_particle);
  g_test_add_func ("/quotemark/analyzer/attribution/quotation-verb", test_quotation_verb);
  g_test_add_func ("/quotemark/analyzer/attribution/as-subject-apposition", test_as_subject_apposition);
  g_test_add_func ("/quotemark/analyzer/attribution/noun-like-verb-subject", test_noun_like_verb_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/stray-apostrophe-before-cue", test_stray_apostrophe_before_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/pronoun-clause-before-and", test_pronoun_clause_before_and);
  g_test_add_func ("/quotemark/analyzer/attribution/reply-particle-in", test_reply_particle_in);
  g_test_add_func ("/quotemark/analyzer/attribution/contentless-role-hands-on", test_contentless_role_hands_on);
  g_test_add_func ("/quotemark/analyzer/attribution/contentless-open-apposition", test_contentless_open_apposition);
  g_test_add_func ("/quotemark/analyzer/attribution/possessor-role-phrase", test_possessor_role_phrase);
  g_test_add_func ("/quotemark/analyzer/attribution/parenthesis-subject", test_parenthesis_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/poll-share-source", test_poll_share_source);
  g_test_add_func ("/quotemark/analyzer/attribution/party-day-clause-subject", test_party_day_clause_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/responding-exhorted", test_responding_exhorted);
  g_test_add_func ("/quotemark/analyzer/attribution/age-role", test_age_role);
  g_test_add_func ("/quotemark/analyzer/attribution/sings-cue", test_sings_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/points-out-cue", test_points_out_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/pronoun-contraction-subject", test_pronoun_contraction_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/title-in-apposition", test_title_in_apposition);
  g_test_add_func ("/quotemark/analyzer/attribution/nested-cue-after", test_nested_cue_after);
  g_test_add_func ("/quotemark/analyzer/attribution/adding-after-title-comma", test_adding_after_title_comma);
  g_test_add_func ("/quotemark/analyzer/attribution/mark-after-comma-opens", test_mark_after_comma_opens);
  g_test_add_func ("/quotemark/analyzer/attribution/condemning-credited", test_condemning_credited);
  g_test_add_func ("/quotemark/analyzer/attribution/adding-far-after-cue", test_adding_far_after_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/made-clear-cue", test_made_clear_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/opener-not-name", test_opener_not_name);
  g_test_add_func ("/quotemark/analyzer/attribution/carry-unresolved-mention", test_carry_unresolved_mention);
  g_test_add_func ("/quotemark/analyzer/attribution/reacted", test_reacted);
  g_test_add_func ("/quotemark/analyzer/attribution/possessive-determiner-speaker", test_possessive_determiner_speaker);
  g_test_add_func ("/quotemark/analyzer/attribution/more-role-nouns", test_more_role_nouns);
  g_test_add_func ("/quotemark/analyzer/attribution/more-organisation-nouns", test_more_organisation_nouns);
  g_test_add_func ("/quotemark/analyzer/attribution/said-first-relative", test_said_first_relative);
  g_test_add_func ("/quotemark/analyzer/attribution/capitals-headline", test_capitals_headline);
  g_test_add_func ("/quotemark/analyzer/attribution/capitals-headline-punctuation", test_capitals_headline_punctuation);
  g_test_add_func ("/quotemark/analyzer/attribution/capitalised-verb-in-role", test_capitalised_verb_in_role);
  g_test_add_func ("/quotemark/analyzer/attribution/possessive-words-subject", test_possessive_words_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/day-before-verb", test_day_before_verb);
  g_test_add_func ("/quotemark/analyzer/attribution/fronted-phrase-title", test_fronted_phrase_title);
  g_test_add_func ("/quotemark/analyzer/attribution/embedded-relative", test_embedded_relative);
  g_test_add_func ("/quotemark/analyzer/attribution/ly-adverb", test_ly_adverb);
  g_test_add_func ("/quotemark/analyzer/attribution/short-exclamation", test_short_exclamation);
  g_test_add_func ("/quotemark/analyzer/attribution/predicative", test_predicative);
  g_test_add_func ("/quotemark/analyzer/attribution/cue-subject-of-clause", test_cue_subject_of_clause);
  g_test_add_func ("/quotemark/analyzer/attribution/coordinated-after-relative", test_coordinated_after_relative);
  g_test_add_func ("/quotemark/analyzer/attribution/cue-in-next-sentence", test_cue_in_next_sentence);
  g_test_add_func ("/quotemark/analyzer/attribution/inverted-unknown-subject", test_inverted_unknown_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/embedded-fragment", test_embedded_fragment);
  g_test_add_func ("/quotemark/analyzer/attribution/said-first", test_said_first);
  g_test_add_func ("/quotemark/analyzer/attribution/more-speech-verbs", test_more_speech_verbs);
  g_test_add_func ("/quotemark/analyzer/attribution/according-to-content", test_according_to_content);
  g_test_add_func ("/quotemark/analyzer/attribution/adverbs-before-cue", test_adverbs_before_cue);
  g_test_add_func ("/quotemark/analyzer/attribution/determiner-subject", test_determiner_subject);
  g_test_add_func ("/quotemark/analyzer/attribution/relative-cue-parenthesis", test_relative_cue_parenthesis);
  g_test_add_func ("/quotemark/analyzer/attribution/subject-after-preposition", test_subject_after_preposition);
  g_test_add_func ("/quotemark/analyzer/robust/markup-attributes", test_markup_attributes);
  g_test_add_func ("/quotemark/analyzer/attribution/cue-day-participle", test_cue_day_participle);
  g_test_add_func ("/quotemark/analyzer/attribution/cue-introduces-quote", test_cue_introduces_quote);
  g_test_add_func ("/quotemark/analyzer/language/choice", test_language);
  g_test_add_func ("/quotemark/analyzer/language/file-errors", test_lang_file_errors);
  g_test_add_func ("/quotemark/analyzer/language/lookup-unicode", test_lang_lookup_unicode);
  g_test_add_func ("/quotemark/analyzer/language/lookup-every-word", test_lang_lookup_every_word);
  g_test_add_func ("/quotemark/analyzer/sample/harbour-bridge", test_sample);
  g_test_add_func ("/quotemark/analyzer/sample/azernews", test_azernews);
  g_test_add_func ("/quotemark/analyzer/robust/many-marks", test_many_marks);
  g_test_add_func ("/quotemark/analyzer/robust/only-openers", test_only_openers);
  g_test_add_func ("/quotemark/analyzer/robust/no-spaces", test_no_spaces);
  g_test_add_func ("/quotemark/analyzer/robust/long-line", test_long_line);
  g_test_add_func ("/quotemark/analyzer/robust/endless-sentence", test_endless_sentence);
  g_test_add_func ("/quotemark/analyzer/robust/endless-cued-marks", test_endless_cued_marks);
  g_test_add_func ("/quotemark/analyzer/robust/share-chain", test_share_chain);
  g_test_add_func ("/quotemark/analyzer/robust/german-verb-chain", test_german_verb_chain);
  g_test_add_func ("/quotemark/analyzer/robust/object-chain", test_object_chain);
  g_test_add_func ("/quotemark/analyzer/robust/statement-chain", test_statement_chain);
  g_test_add_func ("/quotemark/analyzer/robust/only-newlines", test_only_newlines);
  g_test_add_func ("/quotemark/analyzer/robust/empty", test_empty);
  g_test_add_func ("/quotemark/analyzer/api/async", test_async);
  g_test_add_func ("/quotemark/analyzer/api/cancelled", test_cancelled);
  g_test_add_func ("/quotemark/analyzer/language/german-speaker-choice", test_german_speaker_choice);
  g_test_add_func ("/quotemark/analyzer/language/german-quoted-names", test_german_quoted_names);
  g_test_add_func ("/quotemark/analyzer/language/german-speaker-groups", test_german_speaker_groups);
  g_test_add_func ("/quotemark/analyzer/language/german-impersonal-sources", test_german_impersonal_sources);
  g_test_add_func ("/quotemark/analyzer/language/german-slogan-subjects", test_german_slogan_subjects);
  g_test_add_func ("/quotemark/analyzer/language/german-wish-sources", test_german_wish_sources);
  g_test_add_func ("/quotemark/analyzer/language/german-written-sources", test_german_written_sources);
  g_test_add_func ("/quotemark/analyzer/language/german-source-owners", test_german_source_owners);
  g_test_add_func ("/quotemark/analyzer/language/german-role-gender", test_german_role_gender);
  g_test_add_func ("/quotemark/analyzer/language/german-newer-subject-gender", test_german_newer_subject_gender);
  g_test_add_func ("/quotemark/analyzer/language/newer-subject-german-only", test_newer_subject_german_only);
  g_test_add_func ("/quotemark/analyzer/language/german-mention-carries", test_german_mention_carries);
  g_test_add_func ("/quotemark/analyzer/language/german-carry-later-mention", test_german_carry_later_mention);
  g_test_add_func ("/quotemark/analyzer/language/german-more-titles", test_german_more_titles);
  g_test_add_func ("/quotemark/analyzer/language/german-age-noun", test_german_age_noun);
  g_test_add_func ("/quotemark/analyzer/language/german-heisst-es-colon", test_german_heisst_es_colon);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-quoted-name", test_german_fronted_quoted_name);
  g_test_add_func ("/quotemark/analyzer/language/german-short-sentence-quote", test_german_short_sentence_quote);
  g_test_add_func ("/quotemark/analyzer/language/german-role-apposition", test_german_role_apposition);
  g_test_add_func ("/quotemark/analyzer/language/german-subject-then-quote-paragraph", test_german_subject_then_quote_paragraph);
  g_test_add_func ("/quotemark/analyzer/language/german-possessive-speaker", test_german_possessive_speaker);
  g_test_add_func ("/quotemark/analyzer/language/german-genitive-role", test_german_genitive_role);
  g_test_add_func ("/quotemark/analyzer/language/german-pronoun-subject-over-object",
                   test_german_pronoun_subject_over_object);
  g_test_add_func ("/quotemark/analyzer/language/german-answer-of-the-asked", test_german_answer_of_the_asked);
  g_test_add_func ("/quotemark/analyzer/language/german-passive-in-writing", test_german_passive_in_writing);
  g_test_add_func ("/quotemark/analyzer/language/german-noun-phrase-no-title", test_german_noun_phrase_no_title);
  g_test_add_func ("/quotemark/analyzer/language/german-plural-before-singular-verb",
                   test_german_plural_before_singular_verb);
  g_test_add_func ("/quotemark/analyzer/language/german-unmarked-role-article-gender",
                   test_german_unmarked_role_article_gender);
  g_test_add_func ("/quotemark/analyzer/language/german-topic-after-article", test_german_topic_after_article);
  g_test_add_func ("/quotemark/analyzer/language/german-feminine-noun-no-man", test_german_feminine_noun_no_man);
  g_test_add_func ("/quotemark/analyzer/language/german-genitive-name", test_german_genitive_name);
  g_test_add_func ("/quotemark/analyzer/language/german-quotation-after-narration",
                   test_german_quotation_after_narration);
  g_test_add_func ("/quotemark/analyzer/language/german-suspicion-and-hope", test_german_suspicion_and_hope);
  g_test_add_func ("/quotemark/analyzer/language/german-parenthesis-after-name", test_german_parenthesis_after_name);
  g_test_add_func ("/quotemark/analyzer/language/german-pronoun-to-subject-of-unknown-gender",
                   test_german_pronoun_to_subject_of_unknown_gender);
  g_test_add_func ("/quotemark/analyzer/language/german-mood-after-genitive-subject",
                   test_german_mood_after_genitive_subject);
  g_test_add_func ("/quotemark/analyzer/language/german-reported-paragraphs-go-on",
                   test_german_reported_paragraphs_go_on);
  g_test_add_func ("/quotemark/analyzer/language/german-role-and-organisation-off-the-name",
                   test_german_role_and_organisation_off_the_name);
  g_test_add_func ("/quotemark/analyzer/language/german-list-before-colon", test_german_list_before_colon);
  g_test_add_func ("/quotemark/analyzer/language/german-short-sentence-no-title", test_german_short_sentence_no_title);
  g_test_add_func ("/quotemark/analyzer/language/german-via-preposition", test_german_via_preposition);
  g_test_add_func ("/quotemark/analyzer/language/german-object-apposition", test_german_object_apposition);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-pronoun-speaker", test_german_fronted_pronoun_speaker);
  g_test_add_func ("/quotemark/analyzer/language/german-colleague-title", test_german_colleague_title);
  g_test_add_func ("/quotemark/analyzer/language/german-holder-colon", test_german_holder_colon);
  g_test_add_func ("/quotemark/analyzer/language/german-reporter-role", test_german_reporter_role);
  g_test_add_func ("/quotemark/analyzer/language/german-addressee-after-name", test_german_addressee_after_name);
  g_test_add_func ("/quotemark/analyzer/language/german-vize-title", test_german_vize_title);
  g_test_add_func ("/quotemark/analyzer/language/german-given-name-colon", test_german_given_name_colon);
  g_test_add_func ("/quotemark/analyzer/language/german-role-then-adverb", test_german_role_then_adverb);
  g_test_add_func ("/quotemark/analyzer/language/german-pronominal-adverb", test_german_pronominal_adverb);
  g_test_add_func ("/quotemark/analyzer/language/german-separated-particle", test_german_separated_particle);
  g_test_add_func ("/quotemark/analyzer/language/german-inverted-cue-particle", test_german_inverted_cue_particle);
  g_test_add_func ("/quotemark/analyzer/language/german-interrupting-cue-particle", test_german_interrupting_cue_particle);
  g_test_add_func ("/quotemark/analyzer/language/german-dass-without-cue", test_german_dass_without_cue);
  g_test_add_func ("/quotemark/analyzer/language/german-relative-speech-clause", test_german_relative_speech_clause);
  g_test_add_func ("/quotemark/analyzer/language/german-apposition-role-later", test_german_apposition_role_later);
  g_test_add_func ("/quotemark/analyzer/language/german-short-reply-other-voice", test_german_short_reply_other_voice);
  g_test_add_func ("/quotemark/analyzer/language/german-inverted-cue-apposition", test_german_inverted_cue_apposition);
  g_test_add_func ("/quotemark/analyzer/language/german-name-noun", test_german_name_noun);
  g_test_add_func ("/quotemark/analyzer/language/german-notice-verb", test_german_notice_verb);
  g_test_add_func ("/quotemark/analyzer/language/german-remark-particle", test_german_remark_particle);
  g_test_add_func ("/quotemark/analyzer/language/german-pronoun-after-verb", test_german_pronoun_after_verb);
  g_test_add_func ("/quotemark/analyzer/language/german-party-epithet", test_german_party_epithet);
  g_test_add_func ("/quotemark/analyzer/language/german-colon-subject-carries", test_german_colon_subject_carries);
  g_test_add_func ("/quotemark/analyzer/language/german-verb-objects", test_german_verb_objects);
  g_test_add_func ("/quotemark/analyzer/language/german-demonstrative-speaker", test_german_demonstrative_speaker);
  g_test_add_func ("/quotemark/analyzer/language/german-pronoun-object-name", test_german_pronoun_object_name);
  g_test_add_func ("/quotemark/analyzer/language/german-age-article-gender", test_german_age_article_gender);
  g_test_add_func ("/quotemark/analyzer/language/german-subjectless-source", test_german_subjectless_source);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-object-sie", test_german_fronted_object_sie);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-dative", test_german_fronted_dative);
  g_test_add_func ("/quotemark/analyzer/language/german-passive-quoted", test_german_passive_quoted);
  g_test_add_func ("/quotemark/analyzer/language/german-pronoun-paragraph-name", test_german_pronoun_paragraph_name);
  g_test_add_func ("/quotemark/analyzer/language/german-joined-clause-colon", test_german_joined_clause_colon);
  g_test_add_func ("/quotemark/analyzer/language/german-auxiliary-cue-after", test_german_auxiliary_cue_after);
  g_test_add_func ("/quotemark/analyzer/language/german-quoting-verb-object", test_german_quoting_verb_object);
  g_test_add_func ("/quotemark/analyzer/language/german-lower-compound-source", test_german_lower_compound_source);
  g_test_add_func ("/quotemark/analyzer/language/german-bare-group-after", test_german_bare_group_after);
  g_test_add_func ("/quotemark/analyzer/language/german-passive-naming", test_german_passive_naming);
  g_test_add_func ("/quotemark/analyzer/language/german-dative-colon-particle", test_german_dative_colon_particle);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-relative", test_german_fronted_relative);
  g_test_add_func ("/quotemark/analyzer/language/german-passive-quoted-after", test_german_passive_quoted_after);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-time-phrase", test_german_fronted_time_phrase);
  g_test_add_func ("/quotemark/analyzer/language/german-aux-coordinated-subject", test_german_aux_coordinated_subject);
  g_test_add_func ("/quotemark/analyzer/language/german-as-reported-colon", test_german_as_reported_colon);
  g_test_add_func ("/quotemark/analyzer/language/german-topic-idiom-source", test_german_topic_idiom_source);
  g_test_add_func ("/quotemark/analyzer/language/german-plural-pronoun", test_german_plural_pronoun);
  g_test_add_func ("/quotemark/analyzer/language/german-colon-object", test_german_colon_object);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-as", test_german_fronted_as);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-pronoun-subject", test_german_fronted_pronoun_subject);
  g_test_add_func ("/quotemark/analyzer/language/german-apposition-subject", test_german_apposition_subject);
  g_test_add_func ("/quotemark/analyzer/language/german-mood-own-subject", test_german_mood_own_subject);
  g_test_add_func ("/quotemark/analyzer/language/german-open-apposition", test_german_open_apposition);
  g_test_add_func ("/quotemark/analyzer/language/german-people-determiner", test_german_people_determiner);
  g_test_add_func ("/quotemark/analyzer/language/german-mood-latest-mention", test_german_mood_latest_mention);
  g_test_add_func ("/quotemark/analyzer/language/german-mood-complement", test_german_mood_complement);
  g_test_add_func ("/quotemark/analyzer/language/german-mood-after-quote-cue", test_german_mood_after_quote_cue);
  g_test_add_func ("/quotemark/analyzer/language/german-mood-relative-namer", test_german_mood_relative_namer);
  g_test_add_func ("/quotemark/analyzer/language/german-sentence-speaker-goes-on", test_german_sentence_speaker_goes_on);
  g_test_add_func ("/quotemark/analyzer/language/german-subject-apposition-commas", test_german_subject_apposition_commas);
  g_test_add_func ("/quotemark/analyzer/language/german-trailing-wie-cue", test_german_trailing_wie_cue);
  g_test_add_func ("/quotemark/analyzer/language/german-inverted-genitive", test_german_inverted_genitive);
  g_test_add_func ("/quotemark/analyzer/language/german-wie-apposition", test_german_wie_apposition);
  g_test_add_func ("/quotemark/analyzer/english/addressee-up-to-that", test_addressee_up_to_that);
  g_test_add_func ("/quotemark/analyzer/english/that-clause-after-verb-form", test_that_clause_after_verb_form);
  g_test_add_func ("/quotemark/analyzer/english/relative-clause-with-quotation", test_relative_clause_with_quotation);
  g_test_add_func ("/quotemark/analyzer/english/adverb-before-that", test_adverb_before_that);
  g_test_add_func ("/quotemark/analyzer/english/abbreviation-ends-sentence", test_abbreviation_ends_sentence);
  g_test_add_func ("/quotemark/analyzer/english/time-before-verb", test_time_before_verb);
  g_test_add_func ("/quotemark/analyzer/english/relative-naming-clause", test_relative_naming_clause);
  g_test_add_func ("/quotemark/analyzer/english/conjunction-before-next-cue", test_conjunction_before_next_cue);
  g_test_add_func ("/quotemark/analyzer/english/preposition-after-fragment", test_preposition_after_fragment);
  g_test_add_func ("/quotemark/analyzer/english/participle-after-conjunction", test_participle_after_conjunction);
  g_test_add_func ("/quotemark/analyzer/english/comment-apposition", test_comment_apposition);
  g_test_add_func ("/quotemark/analyzer/english/inner-cue-start", test_inner_cue_start);
  g_test_add_func ("/quotemark/analyzer/english/lead-before-quotation", test_lead_before_quotation);
  g_test_add_func ("/quotemark/analyzer/english/mixed-not-continued", test_mixed_not_continued);
  g_test_add_func ("/quotemark/analyzer/english/free-relative-role", test_free_relative_role);
  g_test_add_func ("/quotemark/analyzer/english/interrupted-content", test_interrupted_content);
  g_test_add_func ("/quotemark/analyzer/english/interrupted-front", test_interrupted_front);
  g_test_add_func ("/quotemark/analyzer/english/interrupted-inner-mark", test_interrupted_inner_mark);
  g_test_add_func ("/quotemark/analyzer/english/asked-then-answered", test_asked_then_answered);
  g_test_add_func ("/quotemark/analyzer/english/medium-adjunct", test_medium_adjunct);
  g_test_add_func ("/quotemark/analyzer/english/quoted-list", test_quoted_list);
  g_test_add_func ("/quotemark/analyzer/english/conjunction-more-quoted", test_conjunction_more_quoted);
  g_test_add_func ("/quotemark/analyzer/english/put-it-content", test_put_it_content);
  g_test_add_func ("/quotemark/analyzer/english/adjacent-titles", test_adjacent_titles);
  g_test_add_func ("/quotemark/analyzer/english/capitals-shouted", test_capitals_shouted);
  g_test_add_func ("/quotemark/analyzer/english/phrase-before-interrupted", test_phrase_before_interrupted);
  g_test_add_func ("/quotemark/analyzer/english/goes-on-to", test_goes_on_to);
  g_test_add_func ("/quotemark/analyzer/english/auxiliary-names", test_auxiliary_names);
  g_test_add_func ("/quotemark/analyzer/english/nearness-adjective", test_nearness_adjective);
  g_test_add_func ("/quotemark/analyzer/english/adjunct-before-colon", test_adjunct_before_colon);
  g_test_add_func ("/quotemark/analyzer/english/second-cue-between", test_second_cue_between);
  g_test_add_func ("/quotemark/analyzer/english/relative-after-named-subject", test_relative_after_named_subject);
  g_test_add_func ("/quotemark/analyzer/english/apposition-sentence-subject", test_apposition_sentence_subject);
  g_test_add_func ("/quotemark/analyzer/english/parenthesis-quotation", test_parenthesis_quotation);
  g_test_add_func ("/quotemark/analyzer/english/country-before-role", test_country_before_role);
  g_test_add_func ("/quotemark/analyzer/english/party-state-parenthesis", test_party_state_parenthesis);
  g_test_add_func ("/quotemark/analyzer/english/party-before-relative", test_party_before_relative);
  g_test_add_func ("/quotemark/analyzer/english/party-state-inner-point", test_party_state_inner_point);
  g_test_add_func ("/quotemark/analyzer/english/two-word-possessor", test_two_word_possessor);
  g_test_add_func ("/quotemark/analyzer/english/noun-verbs", test_noun_verbs);
  g_test_add_func ("/quotemark/analyzer/english/headline-label", test_headline_label);
  g_test_add_func ("/quotemark/analyzer/english/passive-expected", test_passive_expected);
  g_test_add_func ("/quotemark/analyzer/english/and-clause-subject", test_and_clause_subject);
  g_test_add_func ("/quotemark/analyzer/english/organisation-named", test_organisation_named);
  g_test_add_func ("/quotemark/analyzer/english/fronted-time-phrase", test_fronted_time_phrase);
  g_test_add_func ("/quotemark/analyzer/people/described-speakers", test_described_speakers);
  g_test_add_func ("/quotemark/analyzer/people/described-speakers-german", test_described_speakers_german);
  g_test_add_func ("/quotemark/analyzer/language/german-court-titles", test_german_court_titles);
  g_test_add_func ("/quotemark/analyzer/language/german-fronted-before-er", test_german_fronted_before_er);
  g_test_add_func ("/quotemark/analyzer/language/german-name-body", test_german_name_body);
  g_test_add_func ("/quotemark/analyzer/language/german-article-apposition", test_german_article_apposition);
  g_test_add_func ("/quotemark/analyzer/language/german-pronoun-then-addressee", test_german_pronoun_then_addressee);
  g_test_add_func ("/quotemark/analyzer/language/german-opening-apposition", test_german_opening_apposition);
  g_test_add_func ("/quotemark/analyzer/language/german-mood-ends-phrase", test_german_mood_ends_phrase);
  g_test_add_func ("/quotemark/analyzer/language/german-name-label", test_german_name_label);
  g_test_add_func ("/quotemark/analyzer/language/german-age-described", test_german_age_described);
  g_test_add_func ("/quotemark/analyzer/language/german-list-after-cue", test_german_list_after_cue);
  g_test_add_func ("/quotemark/analyzer/language/german-short-subject-before-quote", test_german_short_subject_before_quote);
  g_test_add_func ("/quotemark/analyzer/language/german-given-names", test_german_given_names);
  g_test_add_func ("/quotemark/analyzer/language/de15-colon-name-over-pronoun", test_de15_colon_name_over_pronoun);
  g_test_add_func ("/quotemark/analyzer/language/de15-parenthesis-after-name", test_de15_parenthesis_after_name);
  g_test_add_func ("/quotemark/analyzer/language/de15-words-of-genitive", test_de15_words_of_genitive);
  g_test_add_func ("/quotemark/analyzer/language/de15-impersonal-place-with-name", test_de15_impersonal_place_with_name);
  g_test_add_func ("/quotemark/analyzer/language/de15-fronted-inverted-subject", test_de15_fronted_inverted_subject);
  g_test_add_func ("/quotemark/analyzer/language/de15-quoted-name-before-content", test_de15_quoted_name_before_content);
  g_test_add_func ("/quotemark/analyzer/language/de15-feeling-verbs", test_de15_feeling_verbs);
  g_test_add_func ("/quotemark/analyzer/language/de15-adverb-comma-quotation", test_de15_adverb_comma_quotation);
  g_test_add_func ("/quotemark/analyzer/language/de15-source-name-before-zufolge", test_de15_source_name_before_zufolge);
  g_test_add_func ("/quotemark/analyzer/people/de18-participle-role", test_de18_participle_role);
  g_test_add_func ("/quotemark/analyzer/speakers/de18-role-before-quoted-paper", test_de18_role_before_quoted_paper);
  g_test_add_func ("/quotemark/analyzer/speakers/de18-view-verbs", test_de18_view_verbs);
  g_test_add_func ("/quotemark/analyzer/quotes/de18-short-exchange", test_de18_short_exchange);
  g_test_add_func ("/quotemark/analyzer/quotes/de26-sentence-pair", test_de26_sentence_pair);
  g_test_add_func ("/quotemark/analyzer/quotes/de26-document-issuer", test_de26_document_issuer);
  g_test_add_func ("/quotemark/analyzer/quotes/de18-self-named-long", test_de18_self_named_long);
  g_test_add_func ("/quotemark/analyzer/quotes/de18-title-list", test_de18_title_list);
  g_test_add_func ("/quotemark/analyzer/quotes/de18-gloss-after-word", test_de18_gloss_after_word);
  g_test_add_func ("/quotemark/analyzer/people/en16-redundant-aliases", test_en16_redundant_aliases);
  g_test_add_func ("/quotemark/analyzer/speakers/en16-verb-after-apposition", test_en16_verb_after_apposition);
  g_test_add_func ("/quotemark/analyzer/speakers/en16-possessed-noun-cue", test_en16_possessed_noun_cue);
  g_test_add_func ("/quotemark/analyzer/people/en16-owned-role-person", test_en16_owned_role_person);
  g_test_add_func ("/quotemark/analyzer/reported/en16-even-though-ends-content", test_en16_even_though_ends_content);
  g_test_add_func ("/quotemark/analyzer/reported/en16-second-verb-ends-content", test_en16_second_verb_ends_content);
  g_test_add_func ("/quotemark/analyzer/speakers/en16-time-of-noun-cue", test_en16_time_of_noun_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/en16-clause-preposition-subject", test_en16_clause_preposition_subject);
  g_test_add_func ("/quotemark/analyzer/reported/en17-noun-cue-no-one-near", test_en17_noun_cue_no_one_near);
  g_test_add_func ("/quotemark/analyzer/people/en17-role-of-other-possessor", test_en17_role_of_other_possessor);
  g_test_add_func ("/quotemark/analyzer/speakers/en17-verb-by-participle", test_en17_verb_by_participle);
  g_test_add_func ("/quotemark/analyzer/direct/en17-quotation-alone-is-direct", test_en17_quotation_alone_is_direct);
  g_test_add_func ("/quotemark/analyzer/people/de17-title-given-particle", test_de17_title_given_particle);
  g_test_add_func ("/quotemark/analyzer/people/de-headline-adjective-no-person", test_de_headline_adjective_no_person);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-apposition-auxiliary-subject", test_de17_apposition_auxiliary_subject);
  g_test_add_func ("/quotemark/analyzer/reported/de17-role-apposition-content", test_de17_role_apposition_content);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-adverbs-around-subject", test_de17_adverbs_around_subject);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-with-these-words", test_de17_with_these_words);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-fronted-speaker-no-content", test_de17_fronted_speaker_no_content);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-verb-adjunct-subject", test_de17_verb_adjunct_subject);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-plural-group-no-speaker", test_de17_plural_group_no_speaker);
  g_test_add_func ("/quotemark/analyzer/reported/de17-so-source-apposition", test_de17_so_source_apposition);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-relative-colon-speaker", test_de17_relative_colon_speaker);
  g_test_add_func ("/quotemark/analyzer/reported/de17-mood-verb-not-title", test_de17_mood_verb_not_title);
  g_test_add_func ("/quotemark/analyzer/reported/de17-noun-genitive-according-after", test_de17_noun_genitive_according_after);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-owner-before-colon", test_de17_owner_before_colon);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-holder-before-colon", test_de17_holder_before_colon);
  g_test_add_func ("/quotemark/analyzer/people/de17-demonstrative-subject-pronoun", test_de17_demonstrative_subject_pronoun);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-capitalised-words-said", test_de17_capitalised_words_said);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-participles-of-speech", test_de17_participles_of_speech);
  g_test_add_func ("/quotemark/analyzer/speakers/de17-pronoun-mention-carried", test_de17_pronoun_mention_carried);
  g_test_add_func ("/quotemark/analyzer/speakers/en18-interrupted-after-adjunct", test_en18_interrupted_after_adjunct);
  g_test_add_func ("/quotemark/analyzer/speakers/en18-cue-with-adjunct-before-quotation", test_en18_cue_with_adjunct_before_quotation);
  g_test_add_func ("/quotemark/analyzer/speakers/en18-content-ends-before-contrasted-speaker", test_en18_content_ends_before_contrasted_speaker);
  g_test_add_func ("/quotemark/analyzer/speakers/en18-interrupted-quotation-after-adjunct", test_en18_interrupted_quotation_after_adjunct);
  g_test_add_func ("/quotemark/analyzer/speakers/en21-indefinite-speaker-told", test_en21_indefinite_speaker_told);
  g_test_add_func ("/quotemark/analyzer/speakers/en21-reply-particle-cue", test_en21_reply_particle_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/en21-possessed-words-predicate", test_en21_possessed_words_predicate);
  g_test_add_func ("/quotemark/analyzer/quotes/en21-inverted-cue-reports-no-fragment", test_en21_inverted_cue_reports_no_fragment);
  g_test_add_func ("/quotemark/analyzer/reported/en21-fronted-subordinate-not-content", test_en21_fronted_subordinate_not_content);
  g_test_add_func ("/quotemark/analyzer/speakers/en22-verb-adverb-cleft", test_en22_verb_adverb_cleft);
  g_test_add_func ("/quotemark/analyzer/speakers/en22-state-abbreviation-not-person", test_en22_state_abbreviation_not_person);
  g_test_add_func ("/quotemark/analyzer/speakers/en22-addressee-no-subject", test_en22_addressee_no_subject);
  g_test_add_func ("/quotemark/analyzer/speakers/en22-cleft-relative-subject", test_en22_cleft_relative_subject);
  g_test_add_func ("/quotemark/analyzer/quotes/en23-mixed-ends-before-pronoun-cue", test_en23_mixed_ends_before_pronoun_cue);
  g_test_add_func ("/quotemark/analyzer/quotes/en23-short-quotation-before-pronoun-cue", test_en23_short_quotation_before_pronoun_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/de24-role-not-organisation", test_de24_role_not_organisation);
  g_test_add_func ("/quotemark/analyzer/speakers/de24-plural-subject-no-person", test_de24_plural_subject_no_person);
  g_test_add_func ("/quotemark/analyzer/speakers/de24-role-place-apposition-carry", test_de24_role_place_apposition_carry);
  g_test_add_func ("/quotemark/analyzer/speakers/de24-knowing-not-carried", test_de24_knowing_not_carried);
  g_test_add_func ("/quotemark/analyzer/speakers/de24-dative-before-subject", test_de24_dative_before_subject);
  g_test_add_func ("/quotemark/analyzer/speakers/de24-preposition-after-surname", test_de24_preposition_after_surname);
  g_test_add_func ("/quotemark/analyzer/speakers/de24-open-apposition-foreign-name", test_de24_open_apposition_foreign_name);
  g_test_add_func ("/quotemark/analyzer/people/de25-given-names-particle-surname", test_de25_given_names_particle_surname);
  g_test_add_func ("/quotemark/analyzer/people/de25-role-before-honorific", test_de25_role_before_honorific);
  g_test_add_func ("/quotemark/analyzer/people/de25-honorific-no-gender", test_de25_honorific_no_gender);
  g_test_add_func ("/quotemark/analyzer/people/de25-municipality-club-museum", test_de25_municipality_club_museum);
  g_test_add_func ("/quotemark/analyzer/people/de25-abstract-noun-no-person", test_de25_abstract_noun_no_person);
  g_test_add_func ("/quotemark/analyzer/people/de25-age-adjective-no-role", test_de25_age_adjective_no_role);
  g_test_add_func ("/quotemark/analyzer/people/de25-more-given-names", test_de25_more_given_names);
  g_test_add_func ("/quotemark/analyzer/reported/de25-reflexive-after-verb-no-content", test_de25_reflexive_after_verb_no_content);
  g_test_add_func ("/quotemark/analyzer/quotes/en24-mixed-ends-before-cue-with-phrase", test_en24_mixed_ends_before_cue_with_phrase);
  g_test_add_func ("/quotemark/analyzer/speakers/en24-fronted-participle-cue", test_en24_fronted_participle_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/en24-impersonal-passive-no-speaker", test_en24_impersonal_passive_no_speaker);
  g_test_add_func ("/quotemark/analyzer/reported/en24-aside-after-quotation-cue", test_en24_aside_after_quotation_cue);
  g_test_add_func ("/quotemark/analyzer/reported/en24-clause-after-day", test_en24_clause_after_day);
  g_test_add_func ("/quotemark/analyzer/quotes/en24-lowercase-goes-on-after-addressee", test_en24_lowercase_goes_on_after_addressee);
  g_test_add_func ("/quotemark/analyzer/speakers/en24-fronted-participle-no-comma", test_en24_fronted_participle_no_comma);
  g_test_add_func ("/quotemark/analyzer/reported/de27-relative-after-subject-not-content", test_de27_relative_after_subject_not_content);
  g_test_add_func ("/quotemark/analyzer/reported/de27-apposition-after-subject-not-content", test_de27_apposition_after_subject_not_content);
  g_test_add_func ("/quotemark/analyzer/reported/de27-wie-clause-after-subject-not-content", test_de27_wie_clause_after_subject_not_content);
  g_test_add_func ("/quotemark/analyzer/speakers/de27-adjective-before-quoted-name", test_de27_adjective_before_quoted_name);
  g_test_add_func ("/quotemark/analyzer/reported/de27-content-noun-particle", test_de27_content_noun_particle);
  g_test_add_func ("/quotemark/analyzer/reported/de27-content-noun-no-owner", test_de27_content_noun_no_owner);
  g_test_add_func ("/quotemark/analyzer/marks/de27-quotation-over-lines", test_de27_quotation_over_lines);
  g_test_add_func ("/quotemark/analyzer/reported/de27-according-clause-with-named-words", test_de27_according_clause_with_named_words);
  g_test_add_func ("/quotemark/analyzer/reported/de27-attributive-verb-after-als", test_de27_attributive_verb_after_als);
  g_test_add_func ("/quotemark/analyzer/reported/de27-parenthesis-cue-inside-content", test_de27_parenthesis_cue_inside_content);
  g_test_add_func ("/quotemark/analyzer/speakers/de27-quoted-by-impersonal", test_de27_quoted_by_impersonal);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-document-genitive", test_de28_document_genitive);
  g_test_add_func ("/quotemark/analyzer/people/de28-subject-pronoun-object", test_de28_subject_pronoun_object);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-possessive-subject-adverb", test_de28_possessive_subject_adverb);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-month-time-fronted", test_de28_month_time_fronted);
  g_test_add_func ("/quotemark/analyzer/people/de28-month-inside-name", test_de28_month_inside_name);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-age-adjective-noun", test_de28_age_adjective_noun);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-role-place-preposition-apposition", test_de28_role_place_preposition_apposition);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-age-article-gender-only", test_de28_age_article_gender_only);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-enthuse-rant-verbs", test_de28_enthuse_rant_verbs);
  g_test_add_func ("/quotemark/analyzer/people/de28-player-compound-role", test_de28_player_compound_role);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-oblique-object-no-speaker", test_de28_oblique_object_no_speaker);
  g_test_add_func ("/quotemark/analyzer/people/de28-ik-noun-no-person", test_de28_ik_noun_no_person);
  g_test_add_func ("/quotemark/analyzer/people/de28-jury-organisation", test_de28_jury_organisation);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-quoting-pronoun-place", test_de28_quoting_pronoun_place);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-second-role-apposition", test_de28_second_role_apposition);
  g_test_add_func ("/quotemark/analyzer/people/de28-organisation-noun-named-before", test_de28_organisation_noun_named_before);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-known-surname-preposition", test_de28_known_surname_preposition);
  g_test_add_func ("/quotemark/analyzer/people/de28-bahn-organisation", test_de28_bahn_organisation);
  g_test_add_func ("/quotemark/analyzer/speakers/de28-according-source-subject-fragment", test_de28_according_source_subject_fragment);
  g_test_add_func ("/quotemark/analyzer/reported/de28-source-noun-genitive-only", test_de28_source_noun_genitive_only);

  g_test_add_func ("/quotemark/analyzer/reported/en25-named-cue-ends-content", test_en25_named_cue_ends_content);

  g_test_add_func ("/quotemark/analyzer/reported/en25-upon-preposition", test_en25_upon_preposition);

  g_test_add_func ("/quotemark/analyzer/reported/en25-aspect-verb-before-to", test_en25_aspect_verb_before_to);

  g_test_add_func ("/quotemark/analyzer/reported/en25-impersonal-passive-inside-cue",
                   test_en25_impersonal_passive_inside_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/de29-interview-answer-no-label", test_de29_interview_answer_no_label);
  g_test_add_func ("/quotemark/analyzer/speakers/de29-subject-relative-clause", test_de29_subject_relative_clause);
  g_test_add_func ("/quotemark/analyzer/people/de29-organisation-name-fuer", test_de29_organisation_name_fuer);
  g_test_add_func ("/quotemark/analyzer/reported/de29-no-reported-object-question", test_de29_no_reported_object_question);

  g_test_add_func ("/quotemark/analyzer/speakers/en26-impersonal-perfect-passive", test_en26_impersonal_perfect_passive);
  g_test_add_func ("/quotemark/analyzer/reported/en26-phrase-preposition-not-content", test_en26_phrase_preposition_not_content);
  g_test_add_func ("/quotemark/analyzer/reported/en26-number-preposition-content", test_en26_number_preposition_content);
  g_test_add_func ("/quotemark/analyzer/reported/en26-told-role-ends-sentence", test_en26_told_role_ends_sentence);
  g_test_add_func ("/quotemark/analyzer/reported/en26-told-definite-phrase-ends-sentence",
                   test_en26_told_definite_phrase_ends_sentence);
  g_test_add_func ("/quotemark/analyzer/quotes/en26-addressee-comma-quotation", test_en26_addressee_comma_quotation);
  g_test_add_func ("/quotemark/analyzer/reported/en26-passive-agent-not-content", test_en26_passive_agent_not_content);
  g_test_add_func ("/quotemark/analyzer/speakers/en26-affiliated-role-apposition-name",
                   test_en26_affiliated_role_apposition_name);
  g_test_add_func ("/quotemark/analyzer/reported/en26-modifying-participle-no-cue", test_en26_modifying_participle_no_cue);
  g_test_add_func ("/quotemark/analyzer/reported/en26-uk-spelling-verbs", test_en26_uk_spelling_verbs);
  g_test_add_func ("/quotemark/analyzer/people/en26-uk-spelling-role", test_en26_uk_spelling_role);
  g_test_add_func ("/quotemark/analyzer/people/en26-article-name-of-place", test_en26_article_name_of_place);
  g_test_add_func ("/quotemark/analyzer/people/en26-possessed-role-apposition", test_en26_possessed_role_apposition);
  g_test_add_func ("/quotemark/analyzer/speakers/en26-impersonal-passive-agent", test_en26_impersonal_passive_agent);
  g_test_add_func ("/quotemark/analyzer/speakers/de30-age-noun-described-before", test_de30_age_noun_described_before);
  g_test_add_func ("/quotemark/analyzer/people/de30-agent-noun-before-name", test_de30_agent_noun_before_name);
  g_test_add_func ("/quotemark/analyzer/people/de30-company-noun-nearest", test_de30_company_noun_nearest);
  g_test_add_func ("/quotemark/analyzer/speakers/de30-subordinate-clause-coordinated-verb",
                   test_de30_subordinate_clause_coordinated_verb);
  g_test_add_func ("/quotemark/analyzer/speakers/de30-quoted-name-subject-coordinated-verb",
                   test_de30_quoted_name_subject_coordinated_verb);
  g_test_add_func ("/quotemark/analyzer/reported/de30-question-phrase-answer-after-cue",
                   test_de30_question_phrase_answer_after_cue);
  g_test_add_func ("/quotemark/analyzer/people/de30-oblique-fronted-object-name-after-verb",
                   test_de30_oblique_fronted_object_name_after_verb);
  g_test_add_func ("/quotemark/analyzer/speakers/de30-interviewer-named", test_de30_interviewer_named);
  g_test_add_func ("/quotemark/analyzer/speakers/de30-subordinate-clause-final-verb", test_de30_subordinate_clause_final_verb);
  g_test_add_func ("/quotemark/analyzer/people/de30-name-after-verb-registered", test_de30_name_after_verb_registered);
  g_test_add_func ("/quotemark/analyzer/speakers/de30-offiziell-adverb-no-speaker", test_de30_offiziell_adverb_no_speaker);
  g_test_add_func ("/quotemark/analyzer/speakers/de30-sentence-adverbs-no-speaker", test_de30_sentence_adverbs_no_speaker);
  g_test_add_func ("/quotemark/analyzer/reported/de30-quoted-name-subject-reports", test_de30_quoted_name_subject_reports);
  g_test_add_func ("/quotemark/analyzer/reported/de30-conjunction-before-next-subject",
                   test_de30_conjunction_before_next_subject);
  g_test_add_func ("/quotemark/analyzer/people/de30-role-word-not-in-organisation", test_de30_role_word_not_in_organisation);
  g_test_add_func ("/quotemark/analyzer/people/de31-subject-after-adverb", test_de31_subject_after_adverb);
  g_test_add_func ("/quotemark/analyzer/speakers/de31-demonstrative-after-cue", test_de31_demonstrative_after_cue);
  g_test_add_func ("/quotemark/analyzer/reported/de31-parenthesis-before-content", test_de31_parenthesis_before_content);
  g_test_add_func ("/quotemark/analyzer/reported/de31-apposition-before-subject-not-content",
                   test_de31_apposition_before_subject_not_content);
  g_test_add_func ("/quotemark/analyzer/speakers/de31-so-cue-after-quotation", test_de31_so_cue_after_quotation);
  g_test_add_func ("/quotemark/analyzer/speakers/de31-dative-before-colon-not-speaker",
                   test_de31_dative_before_colon_not_speaker);
  g_test_add_func ("/quotemark/analyzer/reported/de31-name-apposition-not-content", test_de31_name_apposition_not_content);
  g_test_add_func ("/quotemark/analyzer/speakers/de31-fronted-feeling-no-name", test_de31_fronted_feeling_no_name);
  g_test_add_func ("/quotemark/analyzer/speakers/de31-connector-surname-after-verb",
                   test_de31_connector_surname_after_verb);
  g_test_add_func ("/quotemark/analyzer/speakers/de31-erinnert-cue", test_de31_erinnert_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/de31-unknown-verb-after-quotation",
                   test_de31_unknown_verb_after_quotation);

  g_test_add_func ("/quotemark/analyzer/people/de33-article-role-name-connectors",
                   test_de33_article_role_name_connectors);

  g_test_add_func ("/quotemark/analyzer/speakers/de33-surname-zu-preposition", test_de33_surname_zu_preposition);

  g_test_add_func ("/quotemark/analyzer/speakers/de33-role-apposition-colon", test_de33_role_apposition_colon);

  g_test_add_func ("/quotemark/analyzer/people/de33-unlisted-role-particle-name",
                   test_de33_unlisted_role_particle_name);

  g_test_add_func ("/quotemark/analyzer/speakers/de33-capital-particle-subject", test_de33_capital_particle_subject);

  g_test_add_func ("/quotemark/analyzer/speakers/de33-demonstrative-after-thing", test_de33_demonstrative_after_thing);

  g_test_add_func ("/quotemark/analyzer/people/de33-ampersand-firm", test_de33_ampersand_firm);

  g_test_add_func ("/quotemark/analyzer/speakers/de33-zumal-clause-subject", test_de33_zumal_clause_subject);

  g_test_add_func ("/quotemark/analyzer/people/de33-unlisted-female-agent-noun",
                   test_de33_unlisted_female_agent_noun);
  g_test_add_func ("/quotemark/analyzer/reported/de32-relative-clause-before-late-cue",
                   test_de32_relative_clause_before_late_cue);
  g_test_add_func ("/quotemark/analyzer/reported/de32-inner-cue-before-so-cue", test_de32_inner_cue_before_so_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/de32-fronted-adverb-complement-subject",
                   test_de32_fronted_adverb_complement_subject);
  g_test_add_func ("/quotemark/analyzer/reported/de32-conjunction-subject-object-verb",
                   test_de32_conjunction_subject_object_verb);
  g_test_add_func ("/quotemark/analyzer/speakers/de32-genitive-subject-apposition", test_de32_genitive_subject_apposition);
  g_test_add_func ("/quotemark/analyzer/reported/de32-wie-adjective-content", test_de32_wie_adjective_content);
  g_test_add_func ("/quotemark/analyzer/reported/de32-kritik-content-word", test_de32_kritik_content_word);
  g_test_add_func ("/quotemark/analyzer/speakers/de32-fronted-content-subject-speaks-on",
                   test_de32_fronted_content_subject_speaks_on);
  g_test_add_func ("/quotemark/analyzer/quotes/en27-cued-quotation-pair", test_en27_cued_quotation_pair);
  g_test_add_func ("/quotemark/analyzer/speakers/en27-nested-first-person", test_en27_nested_first_person);
  g_test_add_func ("/quotemark/analyzer/people/en27-past-subject-registered", test_en27_past_subject_registered);
  g_test_add_func ("/quotemark/analyzer/speakers/en27-unlisted-role-subject-pronoun",
                   test_en27_unlisted_role_subject_pronoun);
  g_test_add_func ("/quotemark/analyzer/speakers/en27-first-person-possessive-speaker",
                   test_en27_first_person_possessive_speaker);
  g_test_add_func ("/quotemark/analyzer/reported/en27-according-after-interrupting-cue",
                   test_en27_according_after_interrupting_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/en27-long-name-before-group-noun",
                   test_en27_long_name_before_group_noun);
  g_test_add_func ("/quotemark/analyzer/speakers/en27-demonstrative-role-speaker",
                   test_en27_demonstrative_role_speaker);
  g_test_add_func ("/quotemark/analyzer/speakers/en27-article-number-speaker", test_en27_article_number_speaker);
  g_test_add_func ("/quotemark/analyzer/speakers/en27-fronted-past-participle", test_en27_fronted_past_participle);
  g_test_add_func ("/quotemark/analyzer/speakers/en27-first-person-possessive-subject",
                   test_en27_first_person_possessive_subject);

  g_test_add_func ("/quotemark/analyzer/speakers/de34-according-after-apposition",
                   test_de34_according_after_apposition);

  g_test_add_func ("/quotemark/analyzer/speakers/de34-fuehrer-compound-title", test_de34_fuehrer_compound_title);

  g_test_add_func ("/quotemark/analyzer/speakers/de34-role-place-article-apposition",
                   test_de34_role_place_article_apposition);

  g_test_add_func ("/quotemark/analyzer/speakers/de34-lower-organisation-adjective",
                   test_de34_lower_organisation_adjective);

  g_test_add_func ("/quotemark/analyzer/speakers/de34-first-of-two-surnames", test_de34_first_of_two_surnames);

  g_test_add_func ("/quotemark/analyzer/speakers/de34-fronted-content-according", test_de34_fronted_content_according);
  g_test_add_func ("/quotemark/analyzer/speakers/en28-conjunction-before-bare-plural",
                   test_en28_conjunction_before_bare_plural);
  g_test_add_func ("/quotemark/analyzer/people/en28-demonym-epithet", test_en28_demonym_epithet);
  g_test_add_func ("/quotemark/analyzer/speakers/en28-rep-role", test_en28_rep_role);
  g_test_add_func ("/quotemark/analyzer/reported/en28-live-blog-time-stamp", test_en28_live_blog_time_stamp);
  g_test_add_func ("/quotemark/analyzer/speakers/en28-bare-plural-police", test_en28_bare_plural_police);
  g_test_add_func ("/quotemark/analyzer/speakers/en28-subject-before-quotation-pronoun",
                   test_en28_subject_before_quotation_pronoun);
  g_test_add_func ("/quotemark/analyzer/reported/en28-auxiliary-after-cue-no-subject",
                   test_en28_auxiliary_after_cue_no_subject);

  g_test_add_func ("/quotemark/analyzer/speakers/de35-als-role-fronted", test_de35_als_role_fronted);

  g_test_add_func ("/quotemark/analyzer/reported/de35-particle-verb-participles", test_de35_particle_verb_participles);

  g_test_add_func ("/quotemark/analyzer/reported/de35-konjunktiv-speech-verb", test_de35_konjunktiv_speech_verb);

  g_test_add_func ("/quotemark/analyzer/speakers/de35-capital-connector-place", test_de35_capital_connector_place);

  g_test_add_func ("/quotemark/analyzer/speakers/de35-fronted-preposition-no-person",
                   test_de35_fronted_preposition_no_person);

  g_test_add_func ("/quotemark/analyzer/speakers/de35-relative-written-place", test_de35_relative_written_place);

  g_test_add_func ("/quotemark/analyzer/reported/de35-existential-verb-no-cue", test_de35_existential_verb_no_cue);

  g_test_add_func ("/quotemark/analyzer/people/de35-candidate-compound-title", test_de35_candidate_compound_title);

  g_test_add_func ("/quotemark/analyzer/people/de35-female-role-named-before", test_de35_female_role_named_before);

  g_test_add_func ("/quotemark/analyzer/people/de35-initials-one-person", test_de35_initials_one_person);

  g_test_add_func ("/quotemark/analyzer/reported/de35-machte-no-cue", test_de35_machte_no_cue);

  g_test_add_func ("/quotemark/analyzer/speakers/de35-pronoun-prefers-paragraph-name",
                   test_de35_pronoun_prefers_paragraph_name);
  g_test_add_func ("/quotemark/analyzer/speakers/en29-transcript-capital-labels",
                   test_en29_transcript_capital_labels);
  g_test_add_func ("/quotemark/analyzer/reported/en29-to-determiner-no-content",
                   test_en29_to_determiner_no_content);
  g_test_add_func ("/quotemark/analyzer/people/en29-greeting-no-name", test_en29_greeting_no_name);
  g_test_add_func ("/quotemark/analyzer/speakers/en29-relative-clause-before-main-verb",
                   test_en29_relative_clause_before_main_verb);
  g_test_add_func ("/quotemark/analyzer/people/en29-age-epithet-subject",
                   test_en29_age_epithet_subject);
  g_test_add_func ("/quotemark/analyzer/reported/en29-short-reported-clause",
                   test_en29_short_reported_clause);
  g_test_add_func ("/quotemark/analyzer/quotes/en29-open-fragment-no-run-on",
                   test_en29_open_fragment_no_run_on);
  g_test_add_func ("/quotemark/analyzer/marks/en29-nested-without-speaker-scare",
                   test_en29_nested_without_speaker_scare);
  g_test_add_func ("/quotemark/analyzer/reported/en29-time-modifier-after-cue",
                   test_en29_time_modifier_after_cue);
  g_test_add_func ("/quotemark/analyzer/speakers/en29-signature-line-without-dash",
                   test_en29_signature_line_without_dash);
  g_test_add_func ("/quotemark/analyzer/speakers/en29-interview-introduction",
                   test_en29_interview_introduction);
  g_test_add_func ("/quotemark/analyzer/reported/de36-own-particle-verbs", test_de36_own_particle_verbs);
  g_test_add_func ("/quotemark/analyzer/speakers/de36-genitive-names-after-noun", test_de36_genitive_names_after_noun);
  g_test_add_func ("/quotemark/analyzer/people/de36-genitive-owner-before-noun", test_de36_genitive_owner_before_noun);
  g_test_add_func ("/quotemark/analyzer/reported/de36-quoted-medium-before-comma", test_de36_quoted_medium_before_comma);
  g_test_add_func ("/quotemark/analyzer/people/de36-name-subject-registered", test_de36_name_subject_registered);
  g_test_add_func ("/quotemark/analyzer/speakers/de36-passive-speech-after-quotation",
                   test_de36_passive_speech_after_quotation);
  g_test_add_func ("/quotemark/analyzer/speakers/de36-mood-subject-thing-no-speaker",
                   test_de36_mood_subject_thing_no_speaker);
  g_test_add_func ("/quotemark/analyzer/reported/en30-model-content-with-fragment",
                   test_en30_model_content_with_fragment);
  g_test_add_func ("/quotemark/analyzer/reported/en30-model-content-fragments", test_en30_model_content_fragments);
  g_test_add_func ("/quotemark/analyzer/reported/de37-object-name-after-noun", test_de37_object_name_after_noun);
  g_test_add_func ("/quotemark/analyzer/reported/de37-slogans-in-object", test_de37_slogans_in_object);
  g_test_add_func ("/quotemark/analyzer/reported/de37-name-in-source-phrase", test_de37_name_in_source_phrase);
  g_test_add_func ("/quotemark/analyzer/reported/de37-names-listed-after-naming-verb",
                   test_de37_names_listed_after_naming_verb);
  g_test_add_func ("/quotemark/analyzer/reported/de37-mixed-before-cue-after", test_de37_mixed_before_cue_after);
  g_test_add_func ("/quotemark/analyzer/reported/de38-naming-verb-one-word", test_de38_naming_verb_one_word);

  return g_test_run ();
}

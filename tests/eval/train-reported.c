/* train-reported.c
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

/* Trains the reported-speech model (data/doc/MODEL.md) on the train split
 * of the PolNeAR corpus: every candidate the analyzer weighs, with exactly
 * the features it computes at run time, is labelled by whether its content
 * matches (character overlap >= 0.5, the scorer's trimming) a gold
 * attribution that the rules alone miss; averaged perceptrons learn the
 * weights, and the threshold is the one that maximises the F1 score of all
 * attributions over five folds of the train articles, each scored by a
 * model trained on the other four, among those where enough of the added
 * quotations are right. Then the model is trained again on all of them and
 * written out.
 *
 *   build/tests/eval/train-reported [--data FILE] [--lang FILE] [--epochs N] \
 *       [--runs N] [--min-precision P] [--output FILE]
 *
 * defaults: ../shared/eval/data/polnear-train-dev.jsonl, data/lang/en.ini,
 * 3 epochs, the mean of 5 runs, at least 60 % of the added quotations right,
 * data/lang/en-reported.model; run it from the source folder.
 * Only the "train" split is read.
 */

#include "config.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include <json-glib/json-glib.h>

#include "qm-analyzer-private.h"
#include "qm-model.h"

static guint32 BUCKETS = 1 << 13;
static double margin = 10;

typedef struct
{
  guint  first;      /* into features */
  guint  n;
  guint  n_early;    /* features known before the content */
  gsize  start;      /* bytes */
  gsize  end;
  char  *cue;        /* lower case */
  int    label;      /* +1 / -1 */
  guint  fold;
} Candidate;

typedef struct
{
  GArray *features;    /* guint32 */
  GArray *cands;       /* Candidate */
  guint   doc_first;   /* first candidate of the current article */
  guint   fold;
  const char *text;    /* of the current article */
  FILE       *dump;    /* (nullable): every candidate, for a look at them */
} Data;

typedef struct
{
  double gold, pred, tp;
} Totals;

static void
collect (const guint32 *features,
         guint          n_features,
         guint          n_early,
         gsize          cue_start,
         gsize          cue_end,
         gsize          start,
         gsize          end,
         gpointer       user_data)
{
  Data *d = user_data;
  Candidate c = { .first = d->features->len, .n = n_features, .n_early = n_early, .start = start, .end = end,
                  .label = -1, .fold = d->fold };

  c.cue = g_ascii_strdown (d->text + cue_start, cue_end - cue_start);
  g_array_append_vals (d->features, features, n_features);
  g_array_append_val (d->cands, c);
}

/* score.py's trimming: white space, quotation marks and edge punctuation */
static gboolean
trimmed (gunichar c)
{
  return g_unichar_isspace (c) || c == 0xa0 || strchr ("\"',.;:-", c < 128 ? (int)c : 1) != NULL ||
         c == 0x201c || c == 0x201d || c == 0x201e || c == 0x201f || c == 0x2018 || c == 0x2019 ||
         c == 0x201a || c == 0x201b || c == 0xab || c == 0xbb || c == 0x2039 || c == 0x203a ||
         c == 0x300c || c == 0x300d || c == 0x300e || c == 0x300f || c == 0x2014 || c == 0x2013;
}

static void
trim (const gunichar *text,
      glong          *s,
      glong          *e)
{
  while (*s < *e && trimmed (text[*s]))
    (*s)++;
  while (*e > *s && trimmed (text[*e - 1]))
    (*e)--;
}

static double
jaccard (glong a0, glong a1, glong b0, glong b1)
{
  double inter = MAX (0, MIN (a1, b1) - MAX (a0, b0));
  double uni = MAX (a1, b1) - MIN (a0, b0);

  return uni > 0 ? inter / uni : 0;
}

static void
read_article (QmLang     *lang,
              JsonObject *doc,
              Data       *d,
              Totals     *totals)
{
  const char *utf8 = json_object_get_string_member (doc, "text");
  JsonArray *gold = json_object_get_array_member (doc, "quotes");
  g_autoptr(GError) error = NULL;
  g_autoptr(QmText) text = qm_text_new (utf8, -1, &error);
  g_autoptr(QmAnalysis) analysis = NULL;
  g_autofree gunichar *chars = NULL;
  g_autofree glong *gs = NULL;
  g_autofree gboolean *by_rules = NULL;
  guint n_gold = json_array_get_length (gold);
  guint n_pred = 0;

  g_assert_no_error (error);
  d->doc_first = d->cands->len;
  d->text = qm_text_get_data (text, NULL);
  analysis = _qm_analyze_with_lang (lang, text, collect, d);
  chars = g_utf8_to_ucs4_fast (utf8, -1, NULL);
  gs = g_new (glong, 2 * n_gold);
  by_rules = g_new0 (gboolean, n_gold);
  for (guint i = 0; i < n_gold; i++)
    {
      JsonObject *q = json_array_get_object_element (gold, i);

      gs[2 * i] = json_object_get_int_member (q, "start");
      gs[2 * i + 1] = json_object_get_int_member (q, "end");
      trim (chars, &gs[2 * i], &gs[2 * i + 1]);
    }
  for (guint j = 0; j < analysis->quotes->len; j++)
    {
      QmFoundQuote *p = &g_array_index (analysis->quotes, QmFoundQuote, j);
      glong s = p->span.start, e = p->span.end;

      if (p->kind == QM_QUOTE_KIND_SCARE)
        continue;
      n_pred++;
      trim (chars, &s, &e);
      for (guint i = 0; i < n_gold; i++)
        if (!by_rules[i] && jaccard (s, e, gs[2 * i], gs[2 * i + 1]) >= 0.5)
          {
            by_rules[i] = TRUE;
            totals[d->fold].tp++;
            break;
          }
    }
  totals[d->fold].gold += n_gold;
  totals[d->fold].pred += n_pred;

  for (guint c = d->doc_first; c < d->cands->len; c++)
    {
      Candidate *x = &g_array_index (d->cands, Candidate, c);
      glong s = qm_text_byte_to_offset (text, x->start), e = qm_text_byte_to_offset (text, x->end);

      if (d->dump != NULL)
        fprintf (d->dump, "%s\t%ld\t%ld\t%s\n", json_object_get_string_member (doc, "id"), s, e, x->cue);
      trim (chars, &s, &e);
      for (guint i = 0; i < n_gold; i++)
        if (!by_rules[i] && jaccard (s, e, gs[2 * i], gs[2 * i + 1]) >= 0.5)
          {
            x->label = 1;
            break;
          }
    }
}

static double
score_first (const float *w,
             Data        *d,
             Candidate   *c,
             guint        n)
{
  double s = 0;

  for (guint k = 0; k < n; k++)
    s += w[g_array_index (d->features, guint32, c->first + k) & (BUCKETS - 1)];
  return s;
}

static double
score (const float *w,
       Data        *d,
       Candidate   *c)
{
  double s = 0;

  for (guint k = 0; k < c->n; k++)
    s += w[g_array_index (d->features, guint32, c->first + k) & (BUCKETS - 1)];
  return s;
}

/* An averaged perceptron over the candidates outside @held_out. */
static float *
train_one (Data   *d,
           int     held_out,
           int     epochs,
           guint32 seed)
{
  g_autofree float *w = g_new0 (float, BUCKETS);
  g_autofree double *u = g_new0 (double, BUCKETS);
  g_autofree guint *order = g_new (guint, d->cands->len);
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  float *avg = g_new0 (float, BUCKETS);
  double t = 1;
  guint n = 0;

  for (guint i = 0; i < d->cands->len; i++)
    if ((int)g_array_index (d->cands, Candidate, i).fold != held_out)
      order[n++] = i;
  for (int e = 0; e < epochs; e++)
    {
      for (guint i = n; i > 1; i--)
        {
          guint j = g_rand_int_range (rand, 0, i);
          guint tmp = order[i - 1];

          order[i - 1] = order[j];
          order[j] = tmp;
        }
      for (guint i = 0; i < n; i++, t++)
        {
          Candidate *c = &g_array_index (d->cands, Candidate, order[i]);

          if (c->label * score (w, d, c) <= margin)
            for (guint k = 0; k < c->n; k++)
              {
                guint32 b = g_array_index (d->features, guint32, c->first + k) & (BUCKETS - 1);

                w[b] += c->label;
                u[b] += c->label * t;
              }
        }
    }
  for (guint b = 0; b < BUCKETS; b++)
    avg[b] = w[b] - u[b] / t;
  return avg;
}

static guint runs = 5;

/* The mean of @runs perceptrons, each over its own order of the
 * candidates: steadier than one. */
static float *
train (Data *d,
       int   held_out,
       int   epochs)
{
  float *w = g_new0 (float, BUCKETS);

  for (guint r = 0; r < runs; r++)
    {
      g_autofree float *one = train_one (d, held_out, epochs, 20261127 + r);

      for (guint b = 0; b < BUCKETS; b++)
        w[b] += one[b] / runs;
    }
  return w;
}

static int
by_score (gconstpointer a,
          gconstpointer b)
{
  const double *x = a, *y = b;

  return (x[0] < y[0]) - (x[0] > y[0]);
}

int
main (int   argc,
      char *argv[])
{
  const char *data_path = "../shared/eval/data/polnear-train-dev.jsonl";
  const char *lang_path = "data/lang/en.ini";
  const char *output = "data/lang/en-reported.model";
  int epochs = 3;
  double min_precision = 0.6;
  g_autoptr(GError) error = NULL;
  g_autofree char *lang_data = NULL;
  g_autofree char *all = NULL;
  g_autoptr(QmLang) lang = NULL;
  g_auto(GStrv) lines = NULL;
  g_autofree float *w = NULL;
  g_autofree double *held = NULL;
  Data d = { g_array_new (FALSE, FALSE, sizeof (guint32)), g_array_new (FALSE, FALSE, sizeof (Candidate)), 0, 0, NULL, NULL };
  Totals totals[5] = { { 0, }, };
  Totals all_totals = { 0, };
  double best_f1 = 0, best_threshold = 0, tp, pred, rules_f1;
  guint n_held = 0, n_docs = 0, n_pos = 0, n_publisher = 0, n_pruned = 0;
  double prefilter = 0;
  g_autofree char *last_publisher = NULL;
  FILE *out;

  for (int i = 1; i + 1 < argc; i += 2)
    if (strcmp (argv[i], "--data") == 0)
      data_path = argv[i + 1];
    else if (strcmp (argv[i], "--lang") == 0)
      lang_path = argv[i + 1];
    else if (strcmp (argv[i], "--output") == 0)
      output = argv[i + 1];
    else if (strcmp (argv[i], "--runs") == 0)
      runs = MAX (1, atoi (argv[i + 1]));
    else if (strcmp (argv[i], "--epochs") == 0)
      epochs = atoi (argv[i + 1]);
    else if (strcmp (argv[i], "--min-precision") == 0)
      min_precision = g_ascii_strtod (argv[i + 1], NULL);
    else if (strcmp (argv[i], "--margin") == 0)
      margin = g_ascii_strtod (argv[i + 1], NULL);
    else if (strcmp (argv[i], "--buckets") == 0)
      BUCKETS = 1u << atoi (argv[i + 1]);
  if (!g_file_get_contents (lang_path, &lang_data, NULL, &error) ||
      (lang = qm_lang_new_from_data (lang_data, -1, &error)) == NULL ||
      !g_file_get_contents (data_path, &all, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }

  if (g_getenv ("QM_TRAIN_DUMP") != NULL)
    d.dump = fopen (g_getenv ("QM_TRAIN_DUMP"), "w");
  lines = g_strsplit (all, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autoptr(JsonParser) parser = json_parser_new ();
      JsonObject *doc;

      if (lines[i][0] == '\0')
        continue;
      if (!json_parser_load_from_data (parser, lines[i], -1, &error))
        {
          g_printerr ("line %u: %s\n", i + 1, error->message);
          return 1;
        }
      doc = json_node_get_object (json_parser_get_root (parser));
      if (g_strcmp0 (json_object_get_string_member_with_default (doc, "split", ""), "train") != 0)
        continue;
      /* Five folds: every fifth article of each publisher (the file lists
       * a publisher's articles by date). */
      {
        const char *id = json_object_get_string_member (doc, "id");
        const char *sep = strchr (id, '_');
        g_autofree char *publisher = g_strndup (id, sep ? (gsize)(sep - id) : strlen (id));

        if (g_strcmp0 (publisher, last_publisher) != 0)
          {
            g_free (last_publisher);
            last_publisher = g_steal_pointer (&publisher);
            n_publisher = 0;
          }
        d.fold = n_publisher++ % 5;
        n_docs++;
      }
      read_article (lang, doc, &d, totals);
    }
  for (guint i = 0; i < d.cands->len; i++)
    n_pos += g_array_index (d.cands, Candidate, i).label > 0;
  g_print ("%u articles, %u candidates, %u match a gold attribution the rules miss\n", n_docs, d.cands->len, n_pos);

  /* The threshold: the best F1 of all attributions over the five folds,
   * each scored by a model trained on the other four. */
  held = g_new (double, 2 * d.cands->len);
  for (guint k = 0; k < 5; k++)
    {
      w = train (&d, k, epochs);
      for (guint i = 0; i < d.cands->len; i++)
        {
          Candidate *c = &g_array_index (d.cands, Candidate, i);

          if (c->fold != k)
            continue;
          held[2 * n_held] = score (w, &d, c);
          held[2 * n_held + 1] = c->label > 0;
          n_held++;
        }
      g_clear_pointer (&w, g_free);
      all_totals.gold += totals[k].gold;
      all_totals.pred += totals[k].pred;
      all_totals.tp += totals[k].tp;
    }
  qsort (held, n_held, 2 * sizeof (double), by_score);
  tp = all_totals.tp;
  pred = all_totals.pred;
  rules_f1 = best_f1 = 2 * tp / (all_totals.gold + pred);
  best_threshold = n_held > 0 ? held[0] + 1 : 0;
  for (guint i = 0; i < n_held; i++)
    {
      double f1;

      tp += held[2 * i + 1];
      pred++;
      f1 = 2 * tp / (all_totals.gold + pred);
      if (f1 > best_f1 && (tp - all_totals.tp) / (i + 1) >= min_precision &&
          (i + 1 == n_held || held[2 * (i + 1)] < held[2 * i]))
        {
          best_f1 = f1;
          best_threshold = i + 1 < n_held ? (held[2 * i] + held[2 * (i + 1)]) / 2 : held[2 * i] - 1;
        }
    }
  g_print ("held out, five folds: F1 of all attributions %.4f by the rules, %.4f with the model (threshold %.3f)\n",
           rules_f1, best_f1, best_threshold);
  tp = all_totals.tp;
  pred = all_totals.pred;
  for (guint i = 0, added_tp = 0; i < n_held; i++)
    {
      added_tp += held[2 * i + 1];
      if ((i + 1) % 1000 == 0)
        g_print ("  %5u added, %.2f of them right: F1 %.4f (P %.4f R %.4f) at score %.3f\n", i + 1,
                 (double)added_tp / (i + 1), 2 * (tp + added_tp) / (all_totals.gold + pred + i + 1),
                 (tp + added_tp) / (pred + i + 1), (tp + added_tp) / all_totals.gold, held[2 * i]);
    }

  /* The model: trained again on all the train articles. */
  w = train (&d, -1, epochs);
  if (g_getenv ("QM_TRAIN_CUES") != NULL)
    {
      /* per cue word: candidates, accepted, accepted and right */
      g_autoptr(GHashTable) stats = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free);

      for (guint i = 0; i < d.cands->len; i++)
        {
          Candidate *c = &g_array_index (d.cands, Candidate, i);
          guint *st = g_hash_table_lookup (stats, c->cue);

          if (st == NULL)
            g_hash_table_insert (stats, c->cue, st = g_new0 (guint, 3));
          st[0]++;
          if (score (w, &d, c) > best_threshold)
            {
              st[1]++;
              st[2] += c->label > 0;
            }
        }
      {
        GHashTableIter iter;
        gpointer key, value;

        g_hash_table_iter_init (&iter, stats);
        while (g_hash_table_iter_next (&iter, &key, &value))
          g_print ("cue %s %u %u %u\n", (char *)key, ((guint *)value)[0], ((guint *)value)[1], ((guint *)value)[2]);
      }
    }
  /* The prefilter: what the late features must add at most to lift the
   * accepted candidates of the train split over the threshold. */
  {
    g_autoptr(GArray) need = g_array_new (FALSE, FALSE, sizeof (double));

    for (guint i = 0; i < d.cands->len; i++)
      {
        Candidate *c = &g_array_index (d.cands, Candidate, i);
        double x = best_threshold - score_first (w, &d, c, c->n_early);

        if (score (w, &d, c) > best_threshold)
          g_array_append_val (need, x);
      }
    g_array_sort (need, (GCompareFunc)by_score);
    /* all but the 0.5 % that need the most */
    prefilter = need->len > 0 ? g_array_index (need, double, need->len / 200) : 0;
  }
  prefilter += 1;
  for (guint i = 0; i < d.cands->len; i++)
    {
      Candidate *c = &g_array_index (d.cands, Candidate, i);

      n_pruned += score_first (w, &d, c, c->n_early) + prefilter <= best_threshold;
    }
  g_print ("prefilter %.3f: %u of %u candidates need no more than their early features\n", prefilter, n_pruned,
           d.cands->len);
  out = fopen (output, "w");
  if (out == NULL)
    {
      g_printerr ("%s: cannot write\n", output);
      return 1;
    }
  fprintf (out, "# Quotemark reported-speech model: written by tests/eval/train-reported.c\n"
                "# (data/doc/MODEL.md); %u train articles, %u candidates, %d epochs, mean of %u runs.\n"
                "%s\nbuckets %u\nthreshold %.4f\nprefilter %.4f\n", n_docs, d.cands->len, epochs, runs,
           QM_MODEL_MAGIC, BUCKETS, best_threshold, prefilter);
  for (guint b = 0; b < BUCKETS; b++)
    if (fabsf (w[b]) >= 0.005f)
      fprintf (out, "%u %.3g\n", b, w[b]);
  fclose (out);
  g_print ("wrote %s\n", output);
  if (d.dump != NULL)
    fclose (d.dump);
  g_array_unref (d.features);
  g_array_unref (d.cands);
  return 0;
}

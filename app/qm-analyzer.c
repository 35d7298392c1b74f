/* qm-analyzer.c
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

/* The analyzer: runs the quotation scanner over the whole text, then
 * reported speech and attribution paragraph by paragraph, and converts the
 * byte offsets it worked with into code points. Every step is linear in the
 * length of the text; the working memory is the paragraph being read plus
 * what was found.
 */

#define G_LOG_DOMAIN "qm-analyzer"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include "qm-analyzer-private.h"

struct _QmAnalyzer
{
  GObject  parent_instance;
  char    *language;   /* NULL: detected per text */
};

G_DEFINE_FINAL_TYPE (QmAnalyzer, qm_analyzer, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (QmAnalysis, qm_analysis, qm_analysis_ref, qm_analysis_unref)

typedef struct
{
  QmAnalysis      analysis;
  gatomicrefcount ref_count;
} AnalysisPrivate;

static QmAnalysis *
analysis_new (const char *language)
{
  AnalysisPrivate *priv = g_new0 (AnalysisPrivate, 1);

  g_atomic_ref_count_init (&priv->ref_count);
  priv->analysis.language = g_strdup (language);
  priv->analysis.quotes = g_array_new (FALSE, TRUE, sizeof (QmFoundQuote));
  return &priv->analysis;
}

/**
 * qm_analysis_ref:
 * @analysis: an analysis
 *
 * Returns: (transfer full): @analysis
 */
QmAnalysis *
qm_analysis_ref (QmAnalysis *analysis)
{
  AnalysisPrivate *priv = (AnalysisPrivate *)analysis;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_atomic_ref_count_inc (&priv->ref_count);
  return analysis;
}

/**
 * qm_analysis_unref:
 * @analysis: (transfer full): an analysis
 */
void
qm_analysis_unref (QmAnalysis *analysis)
{
  AnalysisPrivate *priv = (AnalysisPrivate *)analysis;

  g_return_if_fail (analysis != NULL);
  if (!g_atomic_ref_count_dec (&priv->ref_count))
    return;
  g_free (analysis->language);
  g_array_unref (analysis->quotes);
  g_clear_pointer (&analysis->people, g_ptr_array_unref);
  g_free (priv);
}

static void
qm_analyzer_finalize (GObject *object)
{
  QmAnalyzer *self = (QmAnalyzer *)object;

  g_free (self->language);
  G_OBJECT_CLASS (qm_analyzer_parent_class)->finalize (object);
}

static void
qm_analyzer_class_init (QmAnalyzerClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = qm_analyzer_finalize;
}

static void
qm_analyzer_init (QmAnalyzer *self)
{
}

/**
 * qm_analyzer_new:
 * @language: (nullable): a language code such as "en" or "de", or %NULL
 *   or "auto" to detect the language of each text
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): a new analyzer, or %NULL if there is
 *   no data for @language
 */
QmAnalyzer *
qm_analyzer_new (const char  *language,
                 GError     **error)
{
  QmAnalyzer *self;

  if (language != NULL && strcmp (language, "auto") == 0)
    language = NULL;
  if (language != NULL && qm_lang_get (language, error) == NULL)
    return NULL;

  self = g_object_new (QM_TYPE_ANALYZER, NULL);
  self->language = g_strdup (language);
  return self;
}

/**
 * qm_analyzer_get_language:
 * @self: a #QmAnalyzer
 *
 * Returns: (nullable): the forced language, or %NULL when detected per text
 */
const char *
qm_analyzer_get_language (QmAnalyzer *self)
{
  g_return_val_if_fail (QM_IS_ANALYZER (self), NULL);
  return self->language;
}

static void
span_to_offsets (QmText *text,
                 QmSpan *span)
{
  if (span->start < 0 || span->end < 0)
    {
      span->start = span->end = -1;
      return;
    }
  span->start = qm_text_byte_to_offset (text, span->start);
  span->end = qm_text_byte_to_offset (text, span->end);
}

static QmAnalysis *analyze (QmLang *lang, QmText *text, QmCandidateFunc func, gpointer user_data,
                            GCancellable *cancellable, GError **error);

/* Whether @a is the better of two quotations of the same words: the one
 * with a speaker, then the one whose speaker is the shorter mention (a
 * mention that runs over a clause is a misreading), then the surer one,
 * then the one whose cue is nearer. */
static gboolean
better_quote (const QmFoundQuote *a,
              const QmFoundQuote *b)
{
  gint64 da, db;

  if ((a->person >= 0) != (b->person >= 0))
    return a->person >= 0;
  if ((a->speaker.start >= 0) != (b->speaker.start >= 0))
    return a->speaker.start >= 0;
  if (a->speaker.end - a->speaker.start != b->speaker.end - b->speaker.start)
    return a->speaker.end - a->speaker.start < b->speaker.end - b->speaker.start;
  if (a->confidence != b->confidence)
    return a->confidence > b->confidence;
  da = a->cue.start >= 0 ? ABS ((gint64)a->cue.start - a->span.start) : G_MAXINT64;
  db = b->cue.start >= 0 ? ABS ((gint64)b->cue.start - b->span.start) : G_MAXINT64;
  return da < db;
}

/* Two cues may report the same words ("X told Y when asked if …"): one
 * quotation of them, the better one, from @quotes sorted by span. */
static void
drop_repeated_quotes (GArray *quotes)
{
  guint kept = 0;

  for (guint i = 0; i < quotes->len; i++)
    {
      QmFoundQuote *q = &g_array_index (quotes, QmFoundQuote, i);
      QmFoundQuote *last = kept > 0 ? &g_array_index (quotes, QmFoundQuote, kept - 1) : NULL;

      if (last != NULL && last->span.start == q->span.start && last->span.end == q->span.end)
        {
          if (better_quote (q, last))
            *last = *q;
          continue;
        }
      if (kept != i)
        g_array_index (quotes, QmFoundQuote, kept) = *q;
      kept++;
    }
  g_array_set_size (quotes, kept);
}

static int
compare_quotes (gconstpointer a,
                gconstpointer b)
{
  const QmFoundQuote *qa = a, *qb = b;

  if (qa->span.start != qb->span.start)
    return qa->span.start < qb->span.start ? -1 : 1;
  return (qa->span.end > qb->span.end) - (qa->span.end < qb->span.end);
}

/**
 * qm_analyzer_analyze:
 * @self: a #QmAnalyzer
 * @text: the text to read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Finds the quotations of @text, their speakers and cues, and the people
 * who speak. Runs in time linear in the length of @text.
 *
 * Returns: (transfer full) (nullable): the analysis, or %NULL with @error
 *   set when cancelled
 */
QmAnalysis *
qm_analyzer_analyze (QmAnalyzer    *self,
                     QmText        *text,
                     GCancellable  *cancellable,
                     GError       **error)
{
  QmLang *lang;
  const char *data;
  gsize n_bytes;

  g_return_val_if_fail (QM_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (QM_IS_TEXT (text), NULL);

  data = qm_text_get_data (text, &n_bytes);
  if (n_bytes > G_MAXINT32)
    {
      /* QmSpan holds 32-bit offsets */
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_MESSAGE_TOO_LARGE,
                           _("The text is too large to analyse (at most 2 GiB)"));
      return NULL;
    }
  lang = qm_lang_get (self->language ? self->language : qm_lang_detect (data, n_bytes), error);
  if (lang == NULL)
    return NULL;
  return analyze (lang, text, NULL, NULL, cancellable, error);
}

/*
 * _qm_analyze_with_lang:
 * @lang: the language data to use
 * @text: the text to read
 * @func: (nullable): sees every candidate of the reported-speech model
 * @user_data: data for @func
 *
 * qm_analyzer_analyze() with a language of the caller's (one built by
 * qm_lang_new_from_data(), with or without a model): for tests and for
 * training the model.
 */
QmAnalysis *
_qm_analyze_with_lang (QmLang          *lang,
                       QmText          *text,
                       QmCandidateFunc  func,
                       gpointer         user_data)
{
  return analyze (lang, text, func, user_data, NULL, NULL);
}

static QmAnalysis *
analyze (QmLang           *lang,
         QmText           *text,
         QmCandidateFunc   func,
         gpointer          user_data,
         GCancellable     *cancellable,
         GError          **error)
{
  QmRun run = { 0, };
  QmAnalysis *analysis;
  gsize line = 0;

  run.data = qm_text_get_data (text, &run.n_bytes);
  run.lang = lang;
  run.candidate_func = func;
  run.candidate_data = user_data;

  run.marks = _qm_quote_scan (run.lang, run.data, run.n_bytes);
  run.toks = g_array_new (FALSE, FALSE, sizeof (QmTok));
  run.quotes = g_array_new (FALSE, TRUE, sizeof (QmFoundQuote));
  run.last_speaker = -1;
  run.colon_person = -1;
  run.colon_role = FALSE;
  run.interviewee = -1;
  run.interviewer = -1;
  run.asked_para = G_MAXUINT;
  run.answer_para = G_MAXUINT;
  run.colon_para = G_MAXUINT;
  run.last_direct = G_MAXUINT;
  run.last_attr_para = G_MAXUINT;
  _qm_people_init (&run.people);
  _qm_find_byline (&run);

  /* Each line is a paragraph: news text puts one paragraph on a line, and
   * a blank line between them changes nothing. */
  while (line < run.n_bytes)
    {
      const char *nl = memchr (run.data + line, '\n', run.n_bytes - line);
      gsize eol = nl ? (gsize)(nl - run.data) : run.n_bytes;

      if (eol > line)
        {
          _qm_attribute_paragraph (&run, line, eol);
          run.paragraph++;
          if ((run.paragraph & 0xFF) == 0 && g_cancellable_is_cancelled (cancellable))
            break;
        }
      line = eol + 1;
    }
  _qm_attribute_finish (&run);
  /* Freed before the offsets are converted, which may build the text's
   * index: the peak memory of a big article is the larger of the two. */
  g_clear_pointer (&run.marks, g_array_unref);
  g_clear_pointer (&run.toks, g_array_unref);
  g_clear_pointer (&run.para_attrs, g_array_unref);
  g_clear_pointer (&run.para_sent_starts, g_array_unref);
  g_clear_pointer (&run.para_carried, g_array_unref);
  g_clear_pointer (&run.para_sent_of, g_free);
  g_clear_pointer (&run.para_sent_end, g_free);

  if (g_cancellable_is_cancelled (cancellable))
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      analysis = NULL;
    }
  else
    {
      analysis = analysis_new (run.lang->code);
      /* Sorted by bytes, the same order as by code points, before the
       * conversion builds the text's index: the sort's buffer is freed by
       * then. */
      g_array_sort (run.quotes, compare_quotes);
      drop_repeated_quotes (run.quotes);
      for (guint i = 0; i < run.quotes->len; i++)
        {
          QmFoundQuote *q = &g_array_index (run.quotes, QmFoundQuote, i);

          span_to_offsets (text, &q->span);
          span_to_offsets (text, &q->speaker);
          span_to_offsets (text, &q->cue);
        }
      /* The run's array becomes the result: no copy of what may be
       * hundreds of thousands of quotations. */
      g_array_unref (analysis->quotes);
      analysis->quotes = g_steal_pointer (&run.quotes);

      for (guint i = 0; i < run.people.people->len; i++)
        {
          QmFoundPerson *person = g_ptr_array_index (run.people.people, i);

          for (guint k = 0; k < person->mentions->len; k++)
            span_to_offsets (text, &g_array_index (person->mentions, QmSpan, k));
        }
      analysis->people = g_steal_pointer (&run.people.people);
    }

  _qm_people_clear (&run.people);
  g_clear_pointer (&run.quotes, g_array_unref);
  return analysis;
}

static void
analyze_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GError *error = NULL;
  QmAnalysis *analysis = qm_analyzer_analyze (source_object, task_data, cancellable, &error);

  if (analysis == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, analysis, (GDestroyNotify)qm_analysis_unref);
}

/**
 * qm_analyzer_analyze_async:
 * @self: a #QmAnalyzer
 * @text: the text to read
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Runs qm_analyzer_analyze() in a worker thread.
 */
void
qm_analyzer_analyze_async (QmAnalyzer          *self,
                           QmText              *text,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (QM_IS_ANALYZER (self));
  g_return_if_fail (QM_IS_TEXT (text));

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, qm_analyzer_analyze_async);
  g_task_set_task_data (task, g_object_ref (text), g_object_unref);
  g_task_run_in_thread (task, analyze_thread);
}

/**
 * qm_analyzer_analyze_finish:
 * @self: a #QmAnalyzer
 * @result: the #GAsyncResult
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the analysis
 */
QmAnalysis *
qm_analyzer_analyze_finish (QmAnalyzer    *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

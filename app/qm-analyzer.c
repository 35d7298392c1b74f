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

/* PLACEHOLDER until the analyzer issue lands: finds only text between
 * matching curly or straight double quotation marks and attributes nothing.
 * It exists so the annotation model can be built against the real API.
 */

#define G_LOG_DOMAIN "qm-analyzer"

#include "config.h"

#include "qm-analyzer.h"

struct _QmAnalyzer
{
  GObject  parent_instance;
  char    *language;
};

G_DEFINE_FINAL_TYPE (QmAnalyzer, qm_analyzer, G_TYPE_OBJECT)
G_DEFINE_BOXED_TYPE (QmAnalysis, qm_analysis, qm_analysis_ref, qm_analysis_unref)

typedef struct
{
  QmAnalysis analysis;
  gatomicrefcount ref_count;
} AnalysisPrivate;

static void
person_free (gpointer data)
{
  QmFoundPerson *person = data;

  g_free (person->name);
  g_free (person->role);
  g_clear_pointer (&person->aliases, g_ptr_array_unref);
  g_clear_pointer (&person->mentions, g_array_unref);
  g_free (person);
}

static QmAnalysis *
analysis_new (const char *language)
{
  AnalysisPrivate *priv = g_new0 (AnalysisPrivate, 1);

  g_atomic_ref_count_init (&priv->ref_count);
  priv->analysis.language = g_strdup (language);
  priv->analysis.quotes = g_array_new (FALSE, TRUE, sizeof (QmFoundQuote));
  priv->analysis.people = g_ptr_array_new_with_free_func (person_free);
  return &priv->analysis;
}

QmAnalysis *
qm_analysis_ref (QmAnalysis *analysis)
{
  AnalysisPrivate *priv = (AnalysisPrivate *)analysis;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_atomic_ref_count_inc (&priv->ref_count);
  return analysis;
}

void
qm_analysis_unref (QmAnalysis *analysis)
{
  AnalysisPrivate *priv = (AnalysisPrivate *)analysis;

  g_return_if_fail (analysis != NULL);
  if (!g_atomic_ref_count_dec (&priv->ref_count))
    return;
  g_free (analysis->language);
  g_array_unref (analysis->quotes);
  g_ptr_array_unref (analysis->people);
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

QmAnalyzer *
qm_analyzer_new (const char  *language,
                 GError     **error)
{
  QmAnalyzer *self = g_object_new (QM_TYPE_ANALYZER, NULL);

  self->language = g_strdup (language ? language : "en");
  return self;
}

QmAnalysis *
qm_analyzer_analyze (QmAnalyzer    *self,
                     QmText        *text,
                     GCancellable  *cancellable,
                     GError       **error)
{
  QmAnalysis *analysis;
  gsize len;
  gssize open = -1;
  gunichar open_ch = 0;

  g_return_val_if_fail (QM_IS_ANALYZER (self), NULL);
  g_return_val_if_fail (QM_IS_TEXT (text), NULL);

  analysis = analysis_new (self->language);
  len = qm_text_get_length (text);

  for (gsize i = 0; i < len; i++)
    {
      gunichar ch = qm_text_get_char (text, i);

      if (open < 0 && (ch == 0x201C || ch == '"'))
        {
          open = i;
          open_ch = ch;
        }
      else if (open >= 0 && ((open_ch == '"' && ch == '"') || (open_ch == 0x201C && ch == 0x201D)))
        {
          QmFoundQuote q = { QM_QUOTE_KIND_DIRECT, { open + 1, i }, { -1, -1 }, { -1, -1 }, -1, 0.5 };

          g_array_append_val (analysis->quotes, q);
          open = -1;
        }
    }

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

void
qm_analyzer_analyze_async (QmAnalyzer          *self,
                           QmText              *text,
                           GCancellable        *cancellable,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  g_autoptr(GTask) task = g_task_new (self, cancellable, callback, user_data);

  g_task_set_source_tag (task, qm_analyzer_analyze_async);
  g_task_set_task_data (task, g_object_ref (text), g_object_unref);
  g_task_run_in_thread (task, analyze_thread);
}

QmAnalysis *
qm_analyzer_analyze_finish (QmAnalyzer    *self,
                            GAsyncResult  *result,
                            GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, self), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

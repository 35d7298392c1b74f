/* qm-model.h
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

#pragma once

#include <glib.h>

#include "qm-lang.h"

G_BEGIN_DECLS

/* A linear model over hashed features: the reported-speech classifier
 * (data/doc/MODEL.md). A candidate is accepted when the sum of the weights
 * of its features exceeds the threshold. Candidates whose early features
 * weigh so little that the others, adding at most @prefilter on the train
 * split, would not lift them over it are not looked at further.
 */
struct _QmModel
{
  guint32  mask;        /* buckets - 1; buckets is a power of two */
  float   *weights;     /* [buckets] */
  float    threshold;
  float    prefilter;
};

#define QM_MODEL_MAGIC "quotemark-model 1"

QmModel *qm_model_new_from_data (const char  *data,
                                 gsize        length,
                                 GError     **error);
void     qm_model_free          (QmModel     *model);

static inline float
qm_model_score (const QmModel *model,
                const guint32 *features,
                guint          n_features)
{
  float s = 0;

  for (guint i = 0; i < n_features; i++)
    s += model->weights[features[i] & model->mask];
  return s;
}

/* Feature hashing (FNV-1a): a template number, then the bytes or numbers
 * of its value; words are lower-cased as they are hashed. */
static inline guint32
qm_feature_start (guint32 template_id)
{
  return (2166136261u ^ template_id) * 16777619u;
}

static inline guint32
qm_feature_add_int (guint32 h,
                    guint32 value)
{
  for (int i = 0; i < 4; i++)
    {
      h ^= (value >> (8 * i)) & 0xFF;
      h *= 16777619u;
    }
  return h;
}

static inline guint32
qm_feature_add_word (guint32     h,
                     const char *word,
                     gsize       n_bytes)
{
  if (n_bytes > 24)
    n_bytes = 24;
  for (gsize i = 0; i < n_bytes; i++)
    {
      guchar c = word[i];

      h ^= c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
      h *= 16777619u;
    }
  h ^= 0xFF;
  return h * 16777619u;
}

G_END_DECLS

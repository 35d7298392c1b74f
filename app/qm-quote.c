/* qm-quote.c
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

#define G_LOG_DOMAIN "qm-quote"

#include "config.h"

#include "qm-analyzer-private.h"
#include "qm-annotation-private.h"
#include "qm-quote.h"

/**
 * QmQuote:
 *
 * A quotation: what kind it is, who said it (a #QmPerson id), the mention of
 * the speaker and the cue in the text, how sure the analyzer was, and what
 * the user decided about it.
 */
struct _QmQuote
{
  QmAnnotation   parent_instance;
  QmQuoteKind    kind;
  char          *speaker_id;
  QmTarget      *speaker_mention;
  QmTarget      *cue;
  double         confidence;
  QmReviewState  review;
  gboolean       edited;
};

G_DEFINE_FINAL_TYPE (QmQuote, qm_quote, QM_TYPE_ANNOTATION)

enum {
  PROP_0,
  PROP_KIND,
  PROP_SPEAKER_ID,
  PROP_SPEAKER_MENTION,
  PROP_CUE,
  PROP_CONFIDENCE,
  PROP_REVIEW,
  PROP_EDITED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
qm_quote_finalize (GObject *object)
{
  QmQuote *self = (QmQuote *)object;

  g_free (self->speaker_id);
  g_clear_pointer (&self->speaker_mention, qm_target_unref);
  g_clear_pointer (&self->cue, qm_target_unref);
  G_OBJECT_CLASS (qm_quote_parent_class)->finalize (object);
}

static void
qm_quote_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  QmQuote *self = QM_QUOTE (object);

  switch (prop_id)
    {
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_SPEAKER_ID: g_value_set_string (value, self->speaker_id); break;
    case PROP_SPEAKER_MENTION: g_value_set_boxed (value, self->speaker_mention); break;
    case PROP_CUE: g_value_set_boxed (value, self->cue); break;
    case PROP_CONFIDENCE: g_value_set_double (value, self->confidence); break;
    case PROP_REVIEW: g_value_set_enum (value, self->review); break;
    case PROP_EDITED: g_value_set_boolean (value, self->edited); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_quote_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  QmQuote *self = QM_QUOTE (object);

  switch (prop_id)
    {
    case PROP_KIND: self->kind = g_value_get_enum (value); break;
    case PROP_SPEAKER_ID:
      g_free (self->speaker_id);
      self->speaker_id = g_value_dup_string (value);
      break;
    case PROP_SPEAKER_MENTION:
      g_clear_pointer (&self->speaker_mention, qm_target_unref);
      self->speaker_mention = g_value_dup_boxed (value);
      break;
    case PROP_CUE:
      g_clear_pointer (&self->cue, qm_target_unref);
      self->cue = g_value_dup_boxed (value);
      break;
    case PROP_CONFIDENCE: self->confidence = g_value_get_double (value); break;
    case PROP_REVIEW: self->review = g_value_get_enum (value); break;
    case PROP_EDITED: self->edited = g_value_get_boolean (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_quote_class_init (QmQuoteClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS | G_PARAM_EXPLICIT_NOTIFY;

  object_class->finalize = qm_quote_finalize;
  object_class->get_property = qm_quote_get_property;
  object_class->set_property = qm_quote_set_property;

  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, QM_TYPE_QUOTE_KIND,
                                             QM_QUOTE_KIND_DIRECT, flags);
  properties[PROP_SPEAKER_ID] = g_param_spec_string ("speaker-id", NULL, NULL, NULL, flags);
  properties[PROP_SPEAKER_MENTION] = g_param_spec_boxed ("speaker-mention", NULL, NULL, QM_TYPE_TARGET, flags);
  properties[PROP_CUE] = g_param_spec_boxed ("cue", NULL, NULL, QM_TYPE_TARGET, flags);
  properties[PROP_CONFIDENCE] = g_param_spec_double ("confidence", NULL, NULL, 0.0, 1.0, 1.0, flags);
  properties[PROP_REVIEW] = g_param_spec_enum ("review", NULL, NULL, QM_TYPE_REVIEW_STATE,
                                               QM_REVIEW_UNREVIEWED, flags);
  properties[PROP_EDITED] = g_param_spec_boolean ("edited", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_quote_init (QmQuote *self)
{
  self->confidence = 1.0;
}

/**
 * qm_quote_new:
 * @kind: the kind of quotation
 * @target: where it is
 *
 * Creates a quote made by the user, with a new id. Timestamps and creator are
 * filled in when it is added to a set.
 *
 * Returns: (transfer full): a new quote
 */
QmQuote *
qm_quote_new (QmQuoteKind  kind,
              QmTarget    *target)
{
  g_return_val_if_fail (target != NULL, NULL);
  return g_object_new (QM_TYPE_QUOTE, "kind", kind, "target", target, NULL);
}

void
_qm_quote_set_loaded (QmQuote       *self,
                      QmQuoteKind    kind,
                      char          *speaker_id,
                      QmTarget      *speaker_mention,
                      QmTarget      *cue,
                      double         confidence,
                      QmReviewState  review,
                      gboolean       edited)
{
  g_assert (QM_IS_QUOTE (self));

  self->kind = kind;
  g_free (self->speaker_id);
  self->speaker_id = speaker_id;
  g_clear_pointer (&self->speaker_mention, qm_target_unref);
  self->speaker_mention = speaker_mention;
  g_clear_pointer (&self->cue, qm_target_unref);
  self->cue = cue;
  self->confidence = CLAMP (confidence, 0.0, 1.0);
  self->review = review;
  self->edited = edited;
}

/**
 * qm_quote_get_kind:
 * @self: a #QmQuote
 *
 * Returns: direct, indirect, mixed or scare quote
 */
QmQuoteKind
qm_quote_get_kind (QmQuote *self)
{
  g_return_val_if_fail (QM_IS_QUOTE (self), QM_QUOTE_KIND_DIRECT);
  return self->kind;
}

/**
 * qm_quote_get_speaker_id:
 * @self: a #QmQuote
 *
 * Returns: (nullable): the id of the speaker (see
 *   qm_annotation_set_lookup_person())
 */
const char *
qm_quote_get_speaker_id (QmQuote *self)
{
  g_return_val_if_fail (QM_IS_QUOTE (self), NULL);
  return self->speaker_id;
}

/**
 * qm_quote_get_speaker_mention:
 * @self: a #QmQuote
 *
 * Returns: (transfer none) (nullable): the words the attribution rests on
 *   ("she", "the minister")
 */
QmTarget *
qm_quote_get_speaker_mention (QmQuote *self)
{
  g_return_val_if_fail (QM_IS_QUOTE (self), NULL);
  return self->speaker_mention;
}

/**
 * qm_quote_get_cue:
 * @self: a #QmQuote
 *
 * Returns: (transfer none) (nullable): the reporting verb or phrase
 */
QmTarget *
qm_quote_get_cue (QmQuote *self)
{
  g_return_val_if_fail (QM_IS_QUOTE (self), NULL);
  return self->cue;
}

/* 0 for single quotation marks (‘ ’ ‚ ‹ › 「 」 '), 1 for double ones. */
static int
mark_family (gunichar ch)
{
  return ch == '\'' || (ch >= 0x2018 && ch <= 0x201B) || ch == 0x2039 || ch == 0x203A || ch == 0x300C ||
         ch == 0x300D ? 0 : 1;
}

/* Whether @p (in @exact) is a quotation mark that can close a quotation
 * (@closing) or open one: a mark with a letter or a digit on its outer
 * side is an apostrophe ("minister’s", "the players’ union", "the
 * ’90s"). */
static gboolean
mark_can (const char *exact,
          const char *p,
          gboolean    closing)
{
  const char *side;

  if (!_qm_is_quote_mark (g_utf8_get_char (p)))
    return FALSE;
  if (closing)
    side = g_utf8_next_char (p);
  else if (p == exact)
    return TRUE;
  else
    side = g_utf8_prev_char (p);
  return *side == '\0' || !g_unichar_isalnum (g_utf8_get_char (side));
}

/* Widens [@from, @to), the attribution's code points within @exact, to the
 * quotation mark that closes the part before it and the one of the same
 * kind (single or double) that opens the part after it; FALSE when there
 * is no such pair.
 */
static gboolean
frame_by_marks (const char *exact,
                glong      *from,
                glong      *to)
{
  const char *p = g_utf8_offset_to_pointer (exact, *from);
  const char *q = g_utf8_offset_to_pointer (exact, *to);
  glong a = *from, b = *to;
  glong opens[2] = { -1, -1 };

  /* the first mark of each kind after the attribution that opens a part:
   * not one that ends the quotation */
  for (; *q != '\0' && (opens[0] < 0 || opens[1] < 0); q = g_utf8_next_char (q), b++)
    if (mark_can (exact, q, FALSE) && *g_utf8_next_char (q) != '\0' && opens[mark_family (g_utf8_get_char (q))] < 0)
      opens[mark_family (g_utf8_get_char (q))] = b;
  if (opens[0] < 0 && opens[1] < 0)
    return FALSE;
  /* the nearest mark before it that closes a part and whose kind opens
   * one after it; a mark that opens the quotation is not one closing its
   * first part */
  for (;;)
    {
      if (a == 0)
        return FALSE;
      p = g_utf8_prev_char (p);
      a--;
      if (a > 0 && mark_can (exact, p, TRUE) && opens[mark_family (g_utf8_get_char (p))] >= 0)
        break;
    }
  *from = a;
  *to = opens[mark_family (g_utf8_get_char (p))] + 1;
  return TRUE;
}

/**
 * qm_quote_dup_words:
 * @self: a #QmQuote
 *
 * The quotation's words as a reader wants them listed: a quotation
 * interrupted by its attribution ("“We listen,” she said. “We act.”") has
 * the attribution and the marks around it replaced by an ellipsis ("We
 * listen, … We act."); any other quotation, and any quotation of another
 * kind than direct, is its exact text.
 *
 * Returns: (transfer full): the words
 */
char *
qm_quote_dup_words (QmQuote *self)
{
  QmTarget *target;
  const char *exact;
  gsize start, end;
  glong n_chars, from = -1, to = -1;
  QmTarget *parts[2];
  GString *words;

  g_return_val_if_fail (QM_IS_QUOTE (self), NULL);

  target = qm_annotation_get_target (QM_ANNOTATION (self));
  exact = qm_target_get_exact (target);
  start = qm_target_get_start (target);
  end = qm_target_get_end (target);
  n_chars = g_utf8_strlen (exact, -1);
  if (self->kind != QM_QUOTE_KIND_DIRECT || (gsize)n_chars != end - start)
    return g_strdup (exact);

  /* the cue and the speaker's mention, where they lie inside the quotation */
  parts[0] = self->cue;
  parts[1] = self->speaker_mention;
  for (guint i = 0; i < G_N_ELEMENTS (parts); i++)
    {
      gsize s, e;

      if (parts[i] == NULL)
        continue;
      s = qm_target_get_start (parts[i]);
      e = qm_target_get_end (parts[i]);
      if (s <= start || e >= end || s >= e)
        continue;
      if (from < 0 || (glong)(s - start) < from)
        from = s - start;
      if (to < 0 || (glong)(e - start) > to)
        to = e - start;
    }
  if (from < 0 || !frame_by_marks (exact, &from, &to))
    return g_strdup (exact);

  words = g_string_new_len (exact, g_utf8_offset_to_pointer (exact, from) - exact);
  g_string_append (words, " … ");
  g_string_append (words, g_utf8_offset_to_pointer (exact, to));
  return g_string_free (words, FALSE);
}

/**
 * qm_quote_get_confidence:
 * @self: a #QmQuote
 *
 * Returns: the analyzer's confidence, 0…1 (1 for the user's own quotes)
 */
double
qm_quote_get_confidence (QmQuote *self)
{
  g_return_val_if_fail (QM_IS_QUOTE (self), 0.0);
  return self->confidence;
}

/**
 * qm_quote_get_review:
 * @self: a #QmQuote
 *
 * Returns: unreviewed, accepted or rejected
 */
QmReviewState
qm_quote_get_review (QmQuote *self)
{
  g_return_val_if_fail (QM_IS_QUOTE (self), QM_REVIEW_UNREVIEWED);
  return self->review;
}

/**
 * qm_quote_get_edited:
 * @self: a #QmQuote
 *
 * Returns: %TRUE once the user changed anything about the quote
 */
gboolean
qm_quote_get_edited (QmQuote *self)
{
  g_return_val_if_fail (QM_IS_QUOTE (self), FALSE);
  return self->edited;
}

/**
 * qm_quote_is_user_work:
 * @self: a #QmQuote
 *
 * Whether re-running the analyzer must leave the quote alone: made by the
 * user, reviewed (accepted or rejected), or edited.
 *
 * Returns: %FALSE only for an unreviewed, unedited automatic quote
 */
gboolean
qm_quote_is_user_work (QmQuote *self)
{
  g_return_val_if_fail (QM_IS_QUOTE (self), TRUE);
  return qm_annotation_get_origin (QM_ANNOTATION (self)) == QM_ORIGIN_USER ||
         self->review != QM_REVIEW_UNREVIEWED ||
         self->edited;
}

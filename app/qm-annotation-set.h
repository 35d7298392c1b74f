/* qm-annotation-set.h
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

#include <gio/gio.h>

#include "qm-analyzer.h"
#include "qm-annotation.h"
#include "qm-highlight.h"
#include "qm-note.h"
#include "qm-person.h"
#include "qm-quote.h"
#include "qm-source.h"
#include "qm-tag-category.h"
#include "qm-tag-group.h"
#include "qm-text.h"

G_BEGIN_DECLS

#define QM_ANNOTATION_SET_ERROR (qm_annotation_set_error_quark ())

typedef enum
{
  QM_ANNOTATION_SET_ERROR_READ_ONLY,     /* the set was opened read-only */
  QM_ANNOTATION_SET_ERROR_NOT_FOUND,     /* the object is not part of this set */
  QM_ANNOTATION_SET_ERROR_INVALID,       /* a span outside the text, a duplicate id, … */
} QmAnnotationSetError;

/**
 * QmMergeStats:
 * @added: new auto quotes added from the analysis
 * @updated: unreviewed auto quotes kept (same span) and updated
 * @removed: unreviewed auto quotes the analysis no longer finds
 * @kept: quotes left alone because they are user work
 * @suppressed: found quotes skipped because they overlap user work or a
 *   rejected quote
 * @people_added: people added from the analysis
 *
 * What qm_annotation_set_merge_analysis() did.
 */
typedef struct
{
  guint added;
  guint updated;
  guint removed;
  guint kept;
  guint suppressed;
  guint people_added;
} QmMergeStats;

/**
 * QmSetChangeKind:
 * @QM_SET_CHANGE_ADDED: the object was added to a list
 * @QM_SET_CHANGE_REMOVED: the object was removed from a list
 * @QM_SET_CHANGE_PROPERTY: a property of the object changed
 *
 * What one step of an edit, undo or redo did.
 */
typedef enum
{
  QM_SET_CHANGE_ADDED,
  QM_SET_CHANGE_REMOVED,
  QM_SET_CHANGE_PROPERTY,
} QmSetChangeKind;

/**
 * QmSetChange:
 * @kind: what happened
 * @object: the person, quote, highlight, tag group, tag or note
 * @list: (nullable): for an object added or removed, the list: one of the
 *   set's lists, a tag group's tags or an annotation's notes
 * @position: for an object added or removed, its position in @list (after
 *   the addition, before the removal, as in #GListModel::items-changed)
 * @property: (nullable): for a property, its name (interned)
 *
 * One step of what #QmAnnotationSet::objects-changed reports.
 */
typedef struct
{
  QmSetChangeKind  kind;
  GObject         *object;
  GListModel      *list;
  guint            position;
  const char      *property;
} QmSetChange;

#define QM_TYPE_ANNOTATION_SET (qm_annotation_set_get_type ())

G_DECLARE_FINAL_TYPE (QmAnnotationSet, qm_annotation_set, QM, ANNOTATION_SET, GObject)

GQuark            qm_annotation_set_error_quark        (void);

QmAnnotationSet  *qm_annotation_set_new                (QmText           *text);
QmAnnotationSet  *qm_annotation_set_new_for_source     (QmSource         *source);

/* The article */
QmText           *qm_annotation_set_get_text           (QmAnnotationSet  *self);
const char       *qm_annotation_set_get_source_name    (QmAnnotationSet  *self);
const char       *qm_annotation_set_get_media_type     (QmAnnotationSet  *self);
const char       *qm_annotation_set_get_encoding       (QmAnnotationSet  *self);
const char       *qm_annotation_set_get_raw_sha256     (QmAnnotationSet  *self);
gsize             qm_annotation_set_get_raw_size       (QmAnnotationSet  *self);
const char       *qm_annotation_set_get_extractor      (QmAnnotationSet  *self);
gboolean          qm_annotation_set_get_text_changed   (QmAnnotationSet  *self);

/* The lists (each a GListModel that emits ::items-changed) */
GListModel       *qm_annotation_set_get_people         (QmAnnotationSet  *self);
GListModel       *qm_annotation_set_get_quotes         (QmAnnotationSet  *self);
GListModel       *qm_annotation_set_get_highlights     (QmAnnotationSet  *self);
GListModel       *qm_annotation_set_get_tag_groups     (QmAnnotationSet  *self);
guint             qm_annotation_set_count_orphans      (QmAnnotationSet  *self);

QmPerson         *qm_annotation_set_lookup_person      (QmAnnotationSet  *self,
                                                        const char       *id);
QmPerson         *qm_annotation_set_find_person        (QmAnnotationSet  *self,
                                                        const char       *name);
QmAnnotation     *qm_annotation_set_lookup_annotation  (QmAnnotationSet  *self,
                                                        const char       *id);
QmTagGroup       *qm_annotation_set_lookup_tag_group   (QmAnnotationSet  *self,
                                                        const char       *id);
QmTagCategory    *qm_annotation_set_lookup_tag         (QmAnnotationSet  *self,
                                                        const char       *category_id);

/* Session state */
const char       *qm_annotation_set_get_author         (QmAnnotationSet  *self);
void              qm_annotation_set_set_author         (QmAnnotationSet  *self,
                                                        const char       *author);
gboolean          qm_annotation_set_get_read_only      (QmAnnotationSet  *self);
const char       *qm_annotation_set_get_read_only_reason (QmAnnotationSet *self);
gboolean          qm_annotation_set_get_modified       (QmAnnotationSet  *self);
void              qm_annotation_set_mark_saved         (QmAnnotationSet  *self);

/* Undo and redo */
gboolean          qm_annotation_set_get_can_undo       (QmAnnotationSet  *self);
gboolean          qm_annotation_set_get_can_redo       (QmAnnotationSet  *self);
const char       *qm_annotation_set_get_undo_label     (QmAnnotationSet  *self);
const char       *qm_annotation_set_get_redo_label     (QmAnnotationSet  *self);
gboolean          qm_annotation_set_undo               (QmAnnotationSet  *self);
gboolean          qm_annotation_set_redo               (QmAnnotationSet  *self);
void              qm_annotation_set_begin_group        (QmAnnotationSet  *self,
                                                        const char       *label);
void              qm_annotation_set_end_group          (QmAnnotationSet  *self);

/* Edits: each is recorded for undo and marks the set modified. */
gboolean          qm_annotation_set_add_person         (QmAnnotationSet  *self,
                                                        QmPerson         *person,
                                                        GError          **error);
gboolean          qm_annotation_set_remove_person      (QmAnnotationSet  *self,
                                                        QmPerson         *person,
                                                        GError          **error);
gboolean          qm_annotation_set_set_person_name    (QmAnnotationSet  *self,
                                                        QmPerson         *person,
                                                        const char       *name,
                                                        GError          **error);
gboolean          qm_annotation_set_set_person_role    (QmAnnotationSet  *self,
                                                        QmPerson         *person,
                                                        const char       *role,
                                                        GError          **error);
gboolean          qm_annotation_set_set_person_color   (QmAnnotationSet  *self,
                                                        QmPerson         *person,
                                                        const char       *color,
                                                        GError          **error);
gboolean          qm_annotation_set_set_person_aliases (QmAnnotationSet  *self,
                                                        QmPerson         *person,
                                                        const char * const *aliases,
                                                        GError          **error);
gboolean          qm_annotation_set_merge_people       (QmAnnotationSet  *self,
                                                        QmPerson         *keep,
                                                        QmPerson         *absorb,
                                                        GError          **error);

gboolean          qm_annotation_set_add_annotation     (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        GError          **error);
QmQuote          *qm_annotation_set_create_quote       (QmAnnotationSet  *self,
                                                        QmQuoteKind       kind,
                                                        gsize             start,
                                                        gsize             end,
                                                        GError          **error);
QmHighlight      *qm_annotation_set_create_highlight   (QmAnnotationSet  *self,
                                                        gsize             start,
                                                        gsize             end,
                                                        GError          **error);
gboolean          qm_annotation_set_remove_annotation  (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        GError          **error);
gboolean          qm_annotation_set_set_span           (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        gsize             start,
                                                        gsize             end,
                                                        GError          **error);

gboolean          qm_annotation_set_set_quote_speaker  (QmAnnotationSet  *self,
                                                        QmQuote          *quote,
                                                        QmPerson         *person,
                                                        GError          **error);
gboolean          qm_annotation_set_set_quote_speaker_mention (QmAnnotationSet *self,
                                                        QmQuote          *quote,
                                                        gssize            start,
                                                        gssize            end,
                                                        GError          **error);
gboolean          qm_annotation_set_set_quote_cue      (QmAnnotationSet  *self,
                                                        QmQuote          *quote,
                                                        gssize            start,
                                                        gssize            end,
                                                        GError          **error);
gboolean          qm_annotation_set_set_quote_kind     (QmAnnotationSet  *self,
                                                        QmQuote          *quote,
                                                        QmQuoteKind       kind,
                                                        GError          **error);
gboolean          qm_annotation_set_set_quote_review   (QmAnnotationSet  *self,
                                                        QmQuote          *quote,
                                                        QmReviewState     review,
                                                        GError          **error);

gboolean          qm_annotation_set_set_tags           (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        const char * const *category_ids,
                                                        GError          **error);
gboolean          qm_annotation_set_add_tag            (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        const char       *category_id,
                                                        GError          **error);
gboolean          qm_annotation_set_remove_tag         (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        const char       *category_id,
                                                        GError          **error);
gboolean          qm_annotation_set_set_group_tag      (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        QmTagGroup       *group,
                                                        const char       *category_id,
                                                        GError          **error);

QmNote           *qm_annotation_set_add_note           (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        const char       *text,
                                                        GError          **error);
gboolean          qm_annotation_set_set_note_text      (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        QmNote           *note,
                                                        const char       *text,
                                                        GError          **error);
gboolean          qm_annotation_set_remove_note        (QmAnnotationSet  *self,
                                                        QmAnnotation     *annotation,
                                                        QmNote           *note,
                                                        GError          **error);

QmTagGroup       *qm_annotation_set_add_tag_group      (QmAnnotationSet  *self,
                                                        const char       *label,
                                                        gboolean          exclusive,
                                                        GError          **error);
gboolean          qm_annotation_set_remove_tag_group   (QmAnnotationSet  *self,
                                                        QmTagGroup       *group,
                                                        GError          **error);
gboolean          qm_annotation_set_set_tag_group_label (QmAnnotationSet *self,
                                                        QmTagGroup       *group,
                                                        const char       *label,
                                                        GError          **error);
QmTagCategory    *qm_annotation_set_add_tag_category   (QmAnnotationSet  *self,
                                                        QmTagGroup       *group,
                                                        const char       *label,
                                                        const char       *color,
                                                        GError          **error);
gboolean          qm_annotation_set_remove_tag_category (QmAnnotationSet *self,
                                                        QmTagCategory    *category,
                                                        GError          **error);
gboolean          qm_annotation_set_set_tag_category_label (QmAnnotationSet *self,
                                                        QmTagCategory    *category,
                                                        const char       *label,
                                                        GError          **error);
gboolean          qm_annotation_set_set_tag_category_color (QmAnnotationSet *self,
                                                        QmTagCategory    *category,
                                                        const char       *color,
                                                        GError          **error);

gboolean          qm_annotation_set_merge_analysis     (QmAnnotationSet  *self,
                                                        QmAnalysis       *analysis,
                                                        QmMergeStats     *stats,
                                                        GError          **error);

G_END_DECLS

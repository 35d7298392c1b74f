/* qm-window-private.h
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

#include "qm-article-view.h"
#include "qm-orphan-list.h"
#include "qm-people-list.h"
#include "qm-quote-list.h"
#include "qm-quote-popover.h"
#include "qm-window.h"

G_BEGIN_DECLS

struct _QmWindow
{
  AdwApplicationWindow  parent_instance;

  GCancellable         *cancellable;
  GCancellable         *draft_cancellable;
  GFile                *file;
  QmSource             *source;
  QmAnnotationSet      *set;
  char                 *error;
  guint                 busy : 1;
  guint                 analyzing : 1;
  guint                 recovered : 1;
  guint                 close_confirmed : 1;
  guint                 in_undo : 1;
  guint                 syncing : 1;
  guint                 replace_unreadable : 1;
  guint                 saving : 1;
  guint                 undo_depth;
  gboolean              find_found;   /* the words in the find entry are in the text */
  guint                 redo_depth;
  gulong                set_changed_id;
  guint                 autosave_id;
  guint                 pulse_id;
  guint                 attach_id;
  guint                 insert_id;
  gsize                 inserted;
  guint                 attach_step;
  gint64                ignore_monitor_until;
  GFileMonitor         *sidecar_monitor;
  GFileMonitor         *article_monitor;
  QmQuotePopover       *popover;
  QmQuote              *review_origin;  /* the quote reviewed last, for Undo to go back to */
  guint                 review_origin_depth;  /* undo_depth just after that review */
  AdwToast             *removal_toast;  /* "Quote removed", Undo; weak */
  gint64                removal_toast_at;
  guint                 removal_depth;  /* undo_depth just after that removal */
  QmMergeStats          stats;

  /* Template widgets */
  AdwToastOverlay      *toast_overlay;
  AdwToast             *notice;  /* the latest toast that only tells something; weak */
  gint64                notice_at;   /* when it was presented (monotonic µs) */
  AdwToast             *last_toast;  /* the toast presented last; weak */
  AdwToast             *reload_offer;  /* "… changed on disk", Reload; weak */
  gint64                reload_offer_at;
  GPtrArray            *dismissals;  /* Dismissal: toasts to dismiss when it is safe */
  guint                 dismiss_id;
  AdwWindowTitle       *window_title;
  AdwSplitButton       *open_button;
  GtkStack             *stack;
  AdwStatusPage        *empty_page;
  QmArticleView        *text_view;
  AdwClamp             *clamp;
  GtkLabel             *status_label;
  GtkLabel             *info_label;
  GtkWidget            *status_bar;
  GtkSearchBar         *search_bar;
  GtkSearchEntry       *find_entry;
  GtkProgressBar       *progress_bar;
  AdwFlap              *flap;
  GtkWidget            *side_panel;
  AdwViewStack         *side_stack;
  AdwViewSwitcher      *side_switcher;
  AdwViewStackPage     *review_page;
  QmQuoteList          *quote_list;
  QmPeopleList         *people_list;
  QmOrphanList         *orphan_list;
  GtkWidget            *list_actions;
  GtkMenuButton        *tag_button;
  GtkToggleButton      *panel_button;
  GtkToggleButton      *find_button;
};

/* qm-window-actions.c */
void       qm_window_install_actions    (GtkWidgetClass *widget_class);
void       qm_window_update_actions     (QmWindow       *self);
void       qm_window_add_local_shortcuts (QmWindow      *self,
                                         GtkWidget      *widget);
void       qm_window_rebuild_tag_menu   (QmWindow       *self);
void       qm_window_update_tag_menu    (QmWindow       *self);
GPtrArray *qm_window_get_targets        (QmWindow       *self);
void       qm_window_edit_annotation    (QmWindow       *self,
                                         QmAnnotation   *annotation);
void       qm_window_reviewed           (QmWindow       *self,
                                         GPtrArray      *done,
                                         gboolean        changed,
                                         gboolean        list_focused);
void       qm_window_removed            (QmWindow       *self,
                                         guint           n_quotes,
                                         guint           n_highlights);
void       qm_window_show_toast         (QmWindow       *self,
                                         const char     *message);
void       qm_window_report_error       (QmWindow       *self,
                                         const char     *message);
void       qm_window_save_then          (QmWindow       *self,
                                         gboolean        close_after);
void       qm_window_reload             (QmWindow       *self);
GFile     *qm_window_get_sidecar_file   (QmWindow       *self);
void       qm_window_cancel_draft_writes (QmWindow       *self);
void       qm_window_discard_draft      (QmWindow       *self);

/* qm-window.c */
char      *_qm_window_describe_anchoring (guint moved,
                                          guint fuzzy,
                                          guint orphans);
char      *_qm_window_describe_open_error (GFile        *file,
                                           const GError *error);

G_END_DECLS

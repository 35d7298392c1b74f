/* qm-list-focus.h
 *
 * Copyright 2026 The Quotemark authors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

gboolean qm_focus_past         (GtkWidget        *widget,
                                GtkDirectionType  direction);
void     qm_list_view_tab_out  (GtkWidget        *list_view);
gpointer qm_list_view_focused_data (GtkWidget    *list_view,
                                    const char   *key);

G_END_DECLS

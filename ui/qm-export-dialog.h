/* qm-export-dialog.h
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

#include <adwaita.h>

#include "qm-annotation-set.h"
#include "qm-export.h"

G_BEGIN_DECLS

#define QM_TYPE_EXPORT_DIALOG (qm_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (QmExportDialog, qm_export_dialog, QM, EXPORT_DIALOG, AdwWindow)

void             qm_export_dialog_present         (GtkWindow       *parent,
                                                   QmAnnotationSet *set);
QmExportDialog  *qm_export_dialog_new             (QmAnnotationSet *set);
QmAnnotationSet *qm_export_dialog_get_set         (QmExportDialog  *self);
void             qm_export_dialog_set_source_file (QmExportDialog  *self,
                                                   GFile           *file);
QmExportFormat   qm_export_dialog_get_format      (QmExportDialog  *self);
void             qm_export_dialog_set_format      (QmExportDialog  *self,
                                                   QmExportFormat   format);
QmExportFlags    qm_export_dialog_get_flags       (QmExportDialog  *self);
char            *qm_export_dialog_dup_preview     (QmExportDialog  *self);
const char      *qm_export_dialog_get_error       (QmExportDialog  *self);
void             qm_export_dialog_save_to_file    (QmExportDialog  *self,
                                                   GFile           *file);
gboolean         qm_export_dialog_get_busy        (QmExportDialog  *self);
gboolean         qm_export_dialog_print_to_pdf    (QmExportDialog  *self,
                                                   const char      *filename,
                                                   GError         **error);

G_END_DECLS

/* qm-html.h
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

G_BEGIN_DECLS

/* Bumped whenever the extracted text of the same page can change, so a
 * sidecar can tell that its offsets were made by another extractor.
 */
#define QM_HTML_EXTRACTOR "quotemark-html/3"

char     *qm_html_extract     (const char  *utf8,
                               gsize        len,
                               char       **title,
                               GError     **error);
gboolean  qm_html_sniff       (const guchar *data,
                               gsize         len);
char     *qm_html_find_charset (const guchar *data,
                               gsize         len);

G_END_DECLS

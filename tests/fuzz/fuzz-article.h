/* fuzz-article.h
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

/* The article the fuzz target and its regression test read sidecars for:
 * our own words, with a repeated sentence and non-ASCII text.
 */
#define QM_FUZZ_ARTICLE \
  "Council backs bridge plan\n\n" \
  "Mayor Helena Varga said the vote was \"a promise kept to every family\". " \
  "Councillor Tomas Brandt warned: \"Der Haushalt hält nicht — the budget won't hold.\"\n\n" \
  "Brandt added that he would be back. \"We will be back,\" he said.\n\n" \
  "Mayor Helena Varga said the vote was \"a promise kept to every family\".\n"

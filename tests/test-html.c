/* test-html.c
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

#include "config.h"

#include <string.h>

#include "qm-html.h"
#include "qm-source.h"

static char *
extract (const char  *html,
         char       **title)
{
  g_autoptr(GError) error = NULL;
  char *text = qm_html_extract (html, strlen (html), title, &error);

  g_assert_no_error (error);
  g_assert_nonnull (text);
  return text;
}

static void
test_entities (void)
{
  g_autofree char *title = NULL;
  g_autofree char *text = extract ("<html><head><title>  Fish &amp;\n chips </title></head><body>"
                                   "<p>&ldquo;No,&rdquo; said O&#39;Brien &mdash; &#x201E;nein&#x201C; "
                                   "&lt;b&gt; caf&eacute;&nbsp;noir</p></body></html>", &title);

  g_assert_cmpstr (title, ==, "Fish & chips");
  g_assert_cmpstr (text, ==, "“No,” said O'Brien — „nein“ <b> café\u00a0noir\n");
}

static void
test_blocks (void)
{
  g_autofree char *text = extract ("<body><div><h1>Head</h1><div><p>One <b>bold</b>\n   word.</p>"
                                   "<p>Two<br>lines</p></div><ul><li>a</li><li>b</li></ul>"
                                   "<blockquote><p>“Quoted,” she said.</p></blockquote>"
                                   "<table><tr><td>x</td><td>y</td></tr><tr><td>z</td></tr></table>"
                                   "<pre>  keep\n   this</pre>tail</div></body>", NULL);

  g_assert_cmpstr (text, ==,
                   "Head\n\nOne bold word.\n\nTwo\nlines\n\na\n\nb\n\n“Quoted,” she said.\n\n"
                   "x y\nz\n\n  keep\n   this\n\ntail\n");
}

static void
test_dropped (void)
{
  g_autofree char *text = extract ("<html><head><style>p { color: red }</style>"
                                   "<script>var said = \"no\";</script></head><body>"
                                   "<header>Site name</header><nav><a>Home</a></nav>"
                                   "<article><p>The story.</p><aside>Related</aside>"
                                   "<script>track()</script><noscript>Enable JS</noscript>"
                                   "<p hidden>secret</p><p>End.</p></article>"
                                   "<footer>© Publisher</footer></body></html>", NULL);

  g_assert_cmpstr (text, ==, "The story.\n\nEnd.\n");
}

/* A page saved from a news site: the article is read, under its headline,
 * without the site around it — landmarks by role, hidden parts, teasers of
 * other stories (<article>s of their own) and the comments. */
static void
test_saved_page (void)
{
  g_autofree char *text = extract ("<html><body>"
                                   "<div role=\"banner\"><a>Coast Herald</a></div>"
                                   "<div role=\"dialog\"><p>We use cookies to improve the site.</p></div>"
                                   "<div class=\"menu\" aria-hidden=\"true\"><p>Sections</p></div>"
                                   "<main><h1>Ferry to stop in May</h1>"
                                   "<article><header><p>By Ida Lorn</p></header>"
                                   "<p>“The ferry will stop in May,” said Tom Berg, the harbour master.</p>"
                                   "<figure><figcaption>The ferry at the quay.</figcaption></figure>"
                                   "<p>He said the town would look for a new operator before the summer.</p>"
                                   "<div role=\"complementary\"><p>Read more: tides</p></div>"
                                   "</article>"
                                   "<section class=\"more\"><article><p>Storm closes the bridge</p></article>"
                                   "<article><p>Council votes on parking</p></article></section>"
                                   "<section class=\"comments\"><p>Great story, said nobody.</p></section>"
                                   "</main><div role=\"contentinfo\">© Coast Herald</div></body></html>", NULL);

  g_assert_cmpstr (text, ==,
                   "Ferry to stop in May\n\nBy Ida Lorn\n\n"
                   "“The ferry will stop in May,” said Tom Berg, the harbour master.\n\n"
                   "The ferry at the quay.\n\n"
                   "He said the town would look for a new operator before the summer.\n");
}

/* Readers' comments and teasers inside the story's own <article> are
 * <article>s of their own, and are not read with it; a front page of
 * many stories is still read whole. */
static void
test_nested_articles (void)
{
  g_autofree char *text = extract ("<body><article><h1>Bridge to close for repairs</h1>"
                                   "<p>“The work cannot wait another winter,” said Ana Ruiz, the city engineer.</p>"
                                   "<p>The bridge will close on Monday for six weeks.</p>"
                                   "<section class=\"comments\"><article><p>“Typical,” I said.</p></article>"
                                   "<article><p>About time.</p></article></section>"
                                   "<p>Ferries will run every hour instead.</p></article></body>", NULL);
  g_autofree char *front = extract ("<body><main><article><p>First story, told at length.</p>"
                                    "<article><p>Its teaser, told at length too.</p></article></article>"
                                    "<article><p>Second story, told at length.</p></article></main></body>", NULL);

  g_assert_cmpstr (text, ==,
                   "Bridge to close for repairs\n\n"
                   "“The work cannot wait another winter,” said Ana Ruiz, the city engineer.\n\n"
                   "The bridge will close on Monday for six weeks.\n\n"
                   "Ferries will run every hour instead.\n");
  g_assert_nonnull (strstr (front, "Its teaser"));
  g_assert_nonnull (strstr (front, "Second story"));
}

/* A page without <article> marks its story's body with schema.org's
 * itemprop="articleBody". */
static void
test_article_body (void)
{
  g_autofree char *text = extract ("<body><div class=\"top\"><p>Subscribe for one euro</p></div>"
                                   "<h1>Quay reopens</h1><div itemprop=\"articleBody\">"
                                   "<p>“We are open again,” Ana Ruiz said on Friday.</p>"
                                   "<p>The quay had been closed for repairs since March.</p></div>"
                                   "<div class=\"more\"><p>Most read</p></div></body>", NULL);

  g_assert_cmpstr (text, ==, "Quay reopens\n\n“We are open again,” Ana Ruiz said on Friday.\n\n"
                             "The quay had been closed for repairs since March.\n");
}

/* Several stories of like length on one page (a front page): no one of
 * them is the article, so the whole page is read. */
static void
test_page_of_stories (void)
{
  g_autofree char *text = extract ("<body><article><p>First story, told at length.</p></article>"
                                   "<article><p>Second story, told at length.</p></article>"
                                   "<article><p>Third story, told at length.</p></article></body>", NULL);

  g_assert_cmpstr (text, ==, "First story, told at length.\n\nSecond story, told at length.\n\n"
                             "Third story, told at length.\n");
}

/* The page's headline goes before the article only where it comes before
 * it: not an <h1> of other stories after the article, and not an <h1>
 * that holds the article (whose text was read twice). */
static void
test_heading_placement (void)
{
  g_autofree char *after = extract ("<body><article><p>The harbour will stay open all winter, the port said.</p>"
                                    "</article><div class=\"related\"><h1>More from the coast</h1>"
                                    "<p>Gulls</p></div></body>", NULL);
  g_autofree char *around = extract ("<body><h1><article><p>Night trains to the coast return in June.</p>"
                                     "</article></h1><p>Ads</p></body>", NULL);

  g_assert_cmpstr (after, ==, "The harbour will stay open all winter, the port said.\n");
  g_assert_cmpstr (around, ==, "Night trains to the coast return in June.\n");
}

static void
test_meta_charset (void)
{
  /* A Windows-1252 page that says so; „ is 0x84 and “ is 0x93 there. */
  const char *page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
                     "<title>Br\xFC" "cke</title></head><body><p>\x84Ja\x93, sagte sie.</p></body></html>";
  const char *page2 = "<html><head><meta charset='iso-8859-2'></head><body><p>\xAEivot</p></body></html>";
  g_autoptr(GBytes) bytes = g_bytes_new_static (page, strlen (page));
  g_autoptr(GBytes) bytes2 = g_bytes_new_static (page2, strlen (page2));
  g_autoptr(GError) error = NULL;
  g_autoptr(QmSource) source = qm_source_new_from_bytes (bytes, "page.html", &error);
  g_autoptr(QmSource) source2 = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (qm_source_get_encoding (source), ==, "windows-1252");
  g_assert_cmpstr (qm_source_get_title (source), ==, "Brücke");
  g_assert_cmpstr (qm_text_get_data (qm_source_get_text (source), NULL), ==, "„Ja“, sagte sie.\n");

  source2 = qm_source_new_from_bytes (bytes2, "page.htm", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (qm_text_get_data (qm_source_get_text (source2), NULL), ==, "Život\n");
}

static void
test_empty_page (void)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static ("<html><body><script>x()</script></body></html>", 46);
  g_autoptr(GError) error = NULL;
  QmSource *source = qm_source_new_from_bytes (bytes, "x.html", &error);

  g_assert_null (source);
  g_assert_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_EMPTY);
}

static void
test_deep_nesting (void)
{
  /* Hostile nesting must neither crash nor take long. */
  g_autoptr(GString) s = g_string_new ("<html><body><p>Before the pile.</p>");
  g_autofree char *text = NULL;

  for (guint i = 0; i < 100000; i++)
    g_string_append (s, "<div><span>");
  g_string_append (s, "deep");
  text = extract (s->str, NULL);
  /* libxml2 stops at its depth limit; what came before is kept. */
  g_assert_true (g_str_has_prefix (text, "Before the pile.\n"));
}

static void
test_sniff (void)
{
  g_assert_true (qm_html_sniff ((const guchar *)"  <!DOCTYPE html><p>x", 21));
  g_assert_true (qm_html_sniff ((const guchar *)"<!-- c --><HTML>", 16));
  g_assert_true (qm_html_sniff ((const guchar *)"\xEF\xBB\xBF<html>", 9));
  g_assert_false (qm_html_sniff ((const guchar *)"He said <html> is old.", 22));
  g_assert_false (qm_html_sniff ((const guchar *)"<!-- unterminated", 17));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quotemark/html/entities", test_entities);
  g_test_add_func ("/quotemark/html/blocks", test_blocks);
  g_test_add_func ("/quotemark/html/dropped", test_dropped);
  g_test_add_func ("/quotemark/html/saved-page", test_saved_page);
  g_test_add_func ("/quotemark/html/page-of-stories", test_page_of_stories);
  g_test_add_func ("/quotemark/html/article-body", test_article_body);
  g_test_add_func ("/quotemark/html/nested-articles", test_nested_articles);
  g_test_add_func ("/quotemark/html/heading-placement", test_heading_placement);
  g_test_add_func ("/quotemark/html/meta-charset", test_meta_charset);
  g_test_add_func ("/quotemark/html/empty-page", test_empty_page);
  g_test_add_func ("/quotemark/html/deep-nesting", test_deep_nesting);
  g_test_add_func ("/quotemark/html/sniff", test_sniff);

  return g_test_run ();
}

/* qm-html.c
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

#define G_LOG_DOMAIN "qm-html"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>

#include "qm-html.h"

typedef enum {
  ELEMENT_INLINE,
  ELEMENT_LINE,      /* ends a line: br, tr, li in a list */
  ELEMENT_BLOCK,     /* ends a paragraph */
  ELEMENT_DROP,      /* never part of the article's text */
  ELEMENT_PRE,
  ELEMENT_CELL,
} ElementKind;

static const struct {
  const char  *name;
  ElementKind  kind;
} elements[] = {
  { "address", ELEMENT_BLOCK }, { "article", ELEMENT_BLOCK },
  { "aside", ELEMENT_DROP }, { "blockquote", ELEMENT_BLOCK },
  { "body", ELEMENT_BLOCK }, { "br", ELEMENT_LINE },
  { "button", ELEMENT_DROP }, { "canvas", ELEMENT_DROP },
  { "caption", ELEMENT_BLOCK }, { "center", ELEMENT_BLOCK },
  { "dd", ELEMENT_BLOCK }, { "details", ELEMENT_BLOCK },
  { "dialog", ELEMENT_DROP }, { "div", ELEMENT_BLOCK },
  { "dl", ELEMENT_BLOCK }, { "dt", ELEMENT_BLOCK },
  { "embed", ELEMENT_DROP }, { "fieldset", ELEMENT_BLOCK },
  { "figcaption", ELEMENT_BLOCK }, { "figure", ELEMENT_BLOCK },
  { "footer", ELEMENT_DROP }, { "h1", ELEMENT_BLOCK },
  { "h2", ELEMENT_BLOCK }, { "h3", ELEMENT_BLOCK },
  { "h4", ELEMENT_BLOCK }, { "h5", ELEMENT_BLOCK },
  { "h6", ELEMENT_BLOCK }, { "head", ELEMENT_DROP },
  { "header", ELEMENT_DROP }, { "hr", ELEMENT_BLOCK },
  { "iframe", ELEMENT_DROP }, { "input", ELEMENT_DROP },
  { "li", ELEMENT_BLOCK }, { "main", ELEMENT_BLOCK },
  { "math", ELEMENT_DROP }, { "menu", ELEMENT_DROP },
  { "nav", ELEMENT_DROP }, { "noscript", ELEMENT_DROP },
  { "object", ELEMENT_DROP }, { "ol", ELEMENT_BLOCK },
  { "p", ELEMENT_BLOCK }, { "pre", ELEMENT_PRE },
  { "script", ELEMENT_DROP }, { "section", ELEMENT_BLOCK },
  { "select", ELEMENT_DROP }, { "style", ELEMENT_DROP },
  { "summary", ELEMENT_BLOCK }, { "svg", ELEMENT_DROP },
  { "table", ELEMENT_BLOCK }, { "td", ELEMENT_CELL },
  { "template", ELEMENT_DROP }, { "textarea", ELEMENT_DROP },
  { "th", ELEMENT_CELL }, { "title", ELEMENT_DROP },
  { "tr", ELEMENT_LINE }, { "ul", ELEMENT_BLOCK },
};

typedef struct
{
  GString *out;
  /* 0: nothing pending, 1: a line break, 2: a paragraph break */
  int      pending_break;
  gboolean pending_space;
  guint    pre_depth;
  guint    article_depth;
  xmlNode *part;           /* the <article> or articleBody read, if one was */
} Extractor;

/* Landmarks of the site around an article, whatever element carries them. */
static const char * const dropped_roles[] = {
  "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu",
  "menubar", "toolbar",
};

static gboolean
has_prop_value (xmlNode    *node,
                const char *name,
                const char *value)
{
  g_autofree char *v = (char *)xmlGetNoNsProp (node, (const xmlChar *)name);

  return v != NULL && g_ascii_strcasecmp (g_strstrip (v), value) == 0;
}

static gboolean
is_element (xmlNode    *node,
            const char *name)
{
  return node->type == XML_ELEMENT_NODE && g_ascii_strcasecmp ((const char *)node->name, name) == 0;
}

/* @in_article: whether the node lies inside an <article>, whose own
 * <header> holds its headline and byline rather than the site's name. */
static ElementKind
element_kind (xmlNode  *node,
              gboolean  in_article)
{
  const char *name = (const char *)node->name;

  if (xmlHasProp (node, (const xmlChar *)"hidden") || has_prop_value (node, "aria-hidden", "true"))
    return ELEMENT_DROP;
  if (xmlHasProp (node, (const xmlChar *)"role"))
    for (guint i = 0; i < G_N_ELEMENTS (dropped_roles); i++)
      if (has_prop_value (node, "role", dropped_roles[i]))
        return ELEMENT_DROP;
  if (in_article && g_ascii_strcasecmp (name, "header") == 0)
    return ELEMENT_BLOCK;

  for (guint i = 0; i < G_N_ELEMENTS (elements); i++)
    if (g_ascii_strcasecmp (elements[i].name, name) == 0)
      return elements[i].kind;

  return ELEMENT_INLINE;
}

static void
request_break (Extractor *ex,
               int        level)
{
  ex->pending_break = MAX (ex->pending_break, level);
  ex->pending_space = FALSE;
}

static void
flush_pending (Extractor *ex)
{
  if (ex->out->len == 0)
    {
      ex->pending_break = 0;
      ex->pending_space = FALSE;
      return;
    }

  if (ex->pending_break > 0)
    {
      while (ex->out->len > 0 && ex->out->str[ex->out->len - 1] == ' ')
        g_string_truncate (ex->out, ex->out->len - 1);
      g_string_append (ex->out, ex->pending_break == 2 ? "\n\n" : "\n");
    }
  else if (ex->pending_space)
    {
      char last = ex->out->str[ex->out->len - 1];

      if (last != ' ' && last != '\n')
        g_string_append_c (ex->out, ' ');
    }

  ex->pending_break = 0;
  ex->pending_space = FALSE;
}

static void
append_text (Extractor  *ex,
             const char *text,
             gboolean    preformatted)
{
  const char *p = text;

  if (preformatted)
    {
      flush_pending (ex);
      g_string_append (ex->out, text);
      return;
    }

  while (*p)
    {
      const char *word = p;
      gunichar ch = g_utf8_get_char (p);

      /* Collapse runs of white space; a no-break space stays as it is. */
      if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f')
        {
          ex->pending_space = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }

      while (*p)
        {
          ch = g_utf8_get_char (p);
          if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f')
            break;
          p = g_utf8_next_char (p);
        }

      flush_pending (ex);
      g_string_append_len (ex->out, word, p - word);
    }
}

typedef gboolean (*EnterFunc) (xmlNode *node, gpointer data);
typedef void     (*LeaveFunc) (xmlNode *node, gpointer data);

/* Visits @top and everything below it, in document order: @enter on the
 * way down (returning whether to go into the node's children), @leave on
 * the way up from a node it went into. Iterative, so that hostile nesting
 * cannot exhaust the stack.
 */
static void
traverse (xmlNode   *top,
          EnterFunc  enter,
          LeaveFunc  leave,
          gpointer   data)
{
  xmlNode *node;

  if (!enter (top, data))
    return;
  node = top->children;
  while (node != NULL)
    {
      gboolean descend = enter (node, data);

      if (descend && node->children != NULL)
        {
          node = node->children;
          continue;
        }
      if (descend)
        leave (node, data);

      while (node->next == NULL)
        {
          node = node->parent;
          if (node == NULL || node == top)
            break;
          leave (node, data);
        }
      if (node == NULL || node == top)
        break;
      node = node->next;
    }
  leave (top, data);
}

/* Returns whether the node's children are part of the text. */
static gboolean
enter (xmlNode  *node,
       gpointer  data)
{
  Extractor *ex = data;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (node->content != NULL)
        append_text (ex, (const char *)node->content, ex->pre_depth > 0);
      return FALSE;
    }

  if (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE)
    return TRUE;
  if (node->type != XML_ELEMENT_NODE)
    return FALSE;
  /* inside the story read, an <article> of its own is someone else's:
   * a reader's comment, or a teaser of another story */
  if (ex->part != NULL && node != ex->part && is_element (node, "article"))
    return FALSE;

  switch (element_kind (node, ex->article_depth > 0))
    {
    case ELEMENT_DROP:
      return FALSE;
    case ELEMENT_LINE:
      request_break (ex, 1);
      break;
    case ELEMENT_BLOCK:
      request_break (ex, 2);
      break;
    case ELEMENT_PRE:
      request_break (ex, 2);
      ex->pre_depth++;
      break;
    case ELEMENT_CELL:
      ex->pending_space = TRUE;
      break;
    case ELEMENT_INLINE:
    default:
      break;
    }
  if (is_element (node, "article"))
    ex->article_depth++;

  return TRUE;
}

static void
leave (xmlNode  *node,
       gpointer  data)
{
  Extractor *ex = data;

  if (node->type != XML_ELEMENT_NODE)
    return;

  if (is_element (node, "article"))
    ex->article_depth--;
  switch (element_kind (node, ex->article_depth > 0))
    {
    case ELEMENT_BLOCK:
      request_break (ex, 2);
      break;
    case ELEMENT_PRE:
      request_break (ex, 2);
      ex->pre_depth--;
      break;
    case ELEMENT_LINE:
      request_break (ex, 1);
      break;
    case ELEMENT_CELL:
      ex->pending_space = TRUE;
      break;
    case ELEMENT_DROP:
    case ELEMENT_INLINE:
    default:
      break;
    }
}

/* Finding the article in a page that holds more: the text in paragraphs
 * (<p>) of each <article> or articleBody, of the whole page, and the first
 * <main>.
 */
typedef struct
{
  xmlNode *node;
  gsize    text;
  gboolean after_heading;  /* opened after the first <h1> */
} Counted;

typedef struct
{
  GArray  *articles;   /* Counted */
  GArray  *open;       /* indices into articles of the <article>s entered */
  gsize    total;
  guint    p_depth;
  xmlNode *main;
  gboolean main_after_heading;
  xmlNode *heading;    /* the first <h1> */
} Scan;

/* Whether @node may be the article: an <article>, or the element that
 * schema.org's microdata marks as the story's body. */
static gboolean
is_article_part (xmlNode *node)
{
  return is_element (node, "article") || has_prop_value (node, "itemprop", "articleBody");
}

static gboolean
scan_enter (xmlNode  *node,
            gpointer  data)
{
  Scan *scan = data;

  if (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE)
    {
      if (scan->p_depth > 0 && node->content != NULL)
        {
          gsize len = strlen ((const char *)node->content);

          scan->total += len;
          if (scan->open->len > 0)
            g_array_index (scan->articles, Counted,
                           g_array_index (scan->open, guint, scan->open->len - 1)).text += len;
        }
      return FALSE;
    }
  if (node->type == XML_DOCUMENT_NODE || node->type == XML_HTML_DOCUMENT_NODE)
    return TRUE;
  if (node->type != XML_ELEMENT_NODE || element_kind (node, scan->open->len > 0) == ELEMENT_DROP)
    return FALSE;

  if (is_element (node, "p"))
    scan->p_depth++;
  else if (is_article_part (node))
    {
      Counted c = { node, 0, scan->heading != NULL };

      g_array_append_val (scan->open, scan->articles->len);
      g_array_append_val (scan->articles, c);
    }
  else if (scan->main == NULL && (is_element (node, "main") || has_prop_value (node, "role", "main")))
    {
      scan->main = node;
      scan->main_after_heading = scan->heading != NULL;
    }
  else if (scan->heading == NULL && is_element (node, "h1"))
    scan->heading = node;
  return TRUE;
}

static void
scan_leave (xmlNode  *node,
            gpointer  data)
{
  Scan *scan = data;

  if (is_element (node, "p"))
    scan->p_depth--;
  else if (is_article_part (node))
    g_array_set_size (scan->open, scan->open->len - 1);
}

static gboolean
is_inside (xmlNode *node,
           xmlNode *ancestor)
{
  for (; node != NULL; node = node->parent)
    if (node == ancestor)
      return TRUE;
  return FALSE;
}

/* The part of the page that is the article: the <article> (or the
 * element marked itemprop="articleBody") holding at least half the page's
 * paragraph text, else the <main> content, else the
 * whole page (NULL). @heading is set to the page's first <h1> when that
 * comes before the part, outside it and not around it (not an <h1> of
 * related stories after the article, nor one that holds it).
 */
static xmlNode *
find_article (xmlDoc   *doc,
              xmlNode **heading)
{
  Scan scan = { g_array_new (FALSE, FALSE, sizeof (Counted)), g_array_new (FALSE, FALSE, sizeof (guint)), 0, 0,
                NULL, FALSE, NULL };
  xmlNode *part = NULL;
  gsize best = 0;
  gboolean heading_first = FALSE;

  traverse ((xmlNode *)doc, scan_enter, scan_leave, &scan);
  for (guint i = 0; i < scan.articles->len; i++)
    {
      Counted *c = &g_array_index (scan.articles, Counted, i);

      if (c->text > best)
        {
          best = c->text;
          part = c->node;
          heading_first = c->after_heading;
        }
    }
  if (best == 0 || best * 2 < scan.total)
    {
      part = scan.main;
      heading_first = scan.main_after_heading;
    }
  *heading = part != NULL && heading_first && !is_inside (part, scan.heading) ? scan.heading : NULL;
  g_array_unref (scan.articles);
  g_array_unref (scan.open);
  return part;
}

static xmlNode *
find_element (xmlNode    *root,
              const char *name)
{
  xmlNode *node = root;

  while (node != NULL)
    {
      if (node->type == XML_ELEMENT_NODE &&
          g_ascii_strcasecmp ((const char *)node->name, name) == 0)
        return node;

      if (node->children != NULL)
        {
          node = node->children;
          continue;
        }
      while (node != NULL && node != root && node->next == NULL)
        node = node->parent;
      if (node == NULL || node == root)
        break;
      node = node->next;
    }

  return NULL;
}

/**
 * qm_html_extract:
 * @utf8: an HTML page already decoded to UTF-8
 * @len: its length in bytes
 * @title: (out) (optional) (nullable): the page title
 * @error: return location for an error
 *
 * Extracts the readable text of a page: paragraphs and headings become
 * paragraphs separated by a blank line, scripts, styles, navigation,
 * headers, footers and asides are dropped, entities are decoded.
 *
 * Returns: (transfer full) (nullable): the text
 */
char *
qm_html_extract (const char  *utf8,
                 gsize        len,
                 char       **title,
                 GError     **error)
{
  htmlDocPtr doc;
  xmlNode *root;
  xmlNode *title_node;
  Extractor ex = { 0 };

  g_return_val_if_fail (utf8 != NULL, NULL);

  if (title != NULL)
    *title = NULL;

  if (len > G_MAXINT)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA, _("The page is too large"));
      return NULL;
    }

  doc = htmlReadMemory (utf8, (int)len, NULL, "UTF-8",
                        HTML_PARSE_RECOVER | HTML_PARSE_NONET | HTML_PARSE_NOERROR |
                        HTML_PARSE_NOWARNING | HTML_PARSE_NOBLANKS | HTML_PARSE_COMPACT);
  if (doc == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   _("The page could not be read as HTML"));
      return NULL;
    }

  root = xmlDocGetRootElement (doc);

  if (title != NULL && root != NULL && (title_node = find_element (root, "title")) != NULL)
    {
      g_autofree char *raw = (char *)xmlNodeGetContent (title_node);

      if (raw != NULL)
        {
          Extractor tex = { g_string_new (NULL), 0, FALSE, 0, 0 };

          append_text (&tex, raw, FALSE);
          *title = g_string_free (tex.out, tex.out->len == 0);
        }
    }

  ex.out = g_string_new (NULL);
  if (root != NULL)
    {
      /* a saved page holds the site around the article: menus, teasers,
       * comments; only the article is read, under its headline */
      xmlNode *heading = NULL;
      xmlNode *part = find_article (doc, &heading);

      ex.part = part != NULL && is_article_part (part) ? part : NULL;
      if (heading != NULL)
        {
          traverse (heading, enter, leave, &ex);
          request_break (&ex, 2);
        }
      traverse (part != NULL ? part : (xmlNode *)doc, enter, leave, &ex);
    }

  while (ex.out->len > 0 && ex.out->str[ex.out->len - 1] == ' ')
    g_string_truncate (ex.out, ex.out->len - 1);
  if (ex.out->len > 0)
    g_string_append_c (ex.out, '\n');

  xmlFreeDoc (doc);

  return g_string_free (ex.out, FALSE);
}

static gboolean
has_prefix_ci (const guchar *p,
               const guchar *end,
               const char   *prefix)
{
  gsize n = strlen (prefix);

  return (gsize)(end - p) >= n && g_ascii_strncasecmp ((const char *)p, prefix, n) == 0;
}

/**
 * qm_html_sniff:
 * @data: the start of a file
 * @len: its length
 *
 * Returns: %TRUE if the bytes look like an HTML page
 */
gboolean
qm_html_sniff (const guchar *data,
               gsize         len)
{
  const guchar *p = data;
  const guchar *end;

  if (data == NULL || len == 0)
    return FALSE;

  end = data + MIN (len, 4096);
  if (has_prefix_ci (p, end, "\xEF\xBB\xBF"))
    p += 3;

  while (p < end)
    {
      while (p < end && g_ascii_isspace (*p))
        p++;
      if (has_prefix_ci (p, end, "<!--"))
        {
          const guchar *close = (const guchar *)g_strstr_len ((const char *)p, end - p, "-->");

          if (close == NULL)
            return FALSE;
          p = close + 3;
          continue;
        }
      if (has_prefix_ci (p, end, "<?xml"))
        {
          const guchar *close = (const guchar *)g_strstr_len ((const char *)p, end - p, "?>");

          if (close == NULL)
            return FALSE;
          p = close + 2;
          continue;
        }
      break;
    }

  return has_prefix_ci (p, end, "<!doctype html") ||
         has_prefix_ci (p, end, "<html") ||
         has_prefix_ci (p, end, "<head") ||
         has_prefix_ci (p, end, "<body");
}

/**
 * qm_html_find_charset:
 * @data: raw bytes of a page
 * @len: their length
 *
 * Looks for `<meta charset=…>` or the `http-equiv` form in the first
 * kilobytes of a page.
 *
 * Returns: (transfer full) (nullable): the declared charset
 */
char *
qm_html_find_charset (const guchar *data,
                      gsize         len)
{
  g_autoptr(GRegex) regex = NULL;
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *head = NULL;
  gsize n = MIN (len, 8192);

  /* The head is ASCII-compatible in every charset a meta tag can name;
   * bytes beyond ASCII are replaced so the regex sees valid UTF-8.
   */
  head = g_malloc (n + 1);
  for (gsize i = 0; i < n; i++)
    head[i] = (data[i] == 0 || data[i] >= 0x80) ? '?' : (char)data[i];
  head[n] = '\0';

  regex = g_regex_new ("<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)",
                       G_REGEX_CASELESS, 0, NULL);
  if (g_regex_match (regex, head, 0, &match))
    return g_match_info_fetch (match, 1);

  return NULL;
}

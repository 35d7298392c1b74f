/* qm-sidecar.c
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

#define G_LOG_DOMAIN "qm-sidecar"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlwriter.h>

#include "qm-annotation-private.h"
#include "qm-annotation-set-private.h"
#include "qm-core-resources.h"
#include "qm-sidecar-private.h"
#include "qm-target-private.h"

/**
 * SECTION:qm-sidecar
 *
 * Reads and writes the annotations of an article in the XML file next to it
 * (see data/doc/FORMAT.md). Reading never trusts the file: no network, no
 * DTD, no entities, size and depth limits, validation against the RELAX NG
 * schema compiled into the program, then consistency checks; only then is
 * anything put into a set. Writing goes to a temporary file in the same
 * folder, which is flushed to disk and renamed over the old file after the
 * old one was kept as a backup.
 */

#define SCHEMA_RESOURCE "/io/github/quotemark/Quotemark/core/quotemark-annotations-1.rng"

G_DEFINE_QUARK (qm-sidecar-error-quark, qm_sidecar_error)

static QmSidecarWriteHook write_hook;

void
_qm_sidecar_set_write_hook (QmSidecarWriteHook hook)
{
  write_hook = hook;
}

/* "@file's name@suffix" in the same folder as @file. */
static GFile *
sibling_with_suffix (GFile      *file,
                     const char *suffix)
{
  g_autofree char *base = g_file_get_basename (file);
  g_autofree char *name = g_strconcat (base, suffix, NULL);
  g_autoptr(GFile) parent = g_file_get_parent (file);

  return parent ? g_file_get_child (parent, name) : g_file_new_for_path (name);
}

/**
 * qm_sidecar_file_for_source:
 * @source_file: an article
 *
 * Returns: (transfer full): the sidecar next to it ("article.txt.quotemark.xml")
 */
GFile *
qm_sidecar_file_for_source (GFile *source_file)
{
  g_return_val_if_fail (G_IS_FILE (source_file), NULL);
  return sibling_with_suffix (source_file, QM_SIDECAR_SUFFIX);
}

/**
 * qm_sidecar_backup_file:
 * @sidecar_file: a sidecar
 *
 * Returns: (transfer full): where saving keeps the previous version
 */
GFile *
qm_sidecar_backup_file (GFile *sidecar_file)
{
  g_return_val_if_fail (G_IS_FILE (sidecar_file), NULL);
  return sibling_with_suffix (sidecar_file, QM_SIDECAR_BACKUP_SUFFIX);
}

/**
 * qm_sidecar_get_schema:
 *
 * Returns: (transfer full): the RELAX NG schema of format version 1
 */
GBytes *
qm_sidecar_get_schema (void)
{
  return g_resource_lookup_data (qm_core_get_resource (), SCHEMA_RESOURCE, 0, NULL);
}

/* libxml2 ------------------------------------------------------------------ */

static void
ignore_generic_error (void       *ctx,
                      const char *msg,
                      ...)
{
}

typedef struct
{
  GPtrArray *problems;    /* "line N: message" */
  int        first_line;
  int        first_code;
  int        fallback_line; /* for errors libxml2 gives no line (some attribute errors) */
  GHashTable *contexts;     /* schema -> validation context kept for the next item */
} Problems;

static void
problems_clear (Problems *p)
{
  g_clear_pointer (&p->contexts, g_hash_table_unref);
}

/* The line on which the characters of a text node begin, or 0. */
static long
text_start_line (xmlNodePtr t)
{
  long line;

  if (t == NULL || t->type != XML_TEXT_NODE || t->psvi == NULL || t->content == NULL)
    return 0;
  line = (long)(ptrdiff_t)t->psvi;
  for (const xmlChar *c = t->content; *c; c++)
    if (*c == '\n')
      line--;
  return line;
}

/* The line of a node, as libxml2 counts it for elements: where the start
 * tag ends. node->line stops at 65535; with XML_PARSE_BIG_LINES libxml2
 * keeps bigger numbers only in text nodes (in psvi), as the line on which
 * their characters ended. The text right inside an element, or right after
 * an empty one, begins where the start tag ends: its line less its line
 * breaks is the element's. Otherwise the end of the text before it, kept
 * by stream_read() in _private (the reader has freed that text), or the
 * nearest text or element before it (or before its parent) tells the line
 * it cannot lie before.
 */
static int
node_line (xmlNodePtr node)
{
  long line = 0;

  if (node->line != 65535)
    return node->line;
  /* set by stream_read() from the text before the element */
  if (node->type == XML_ELEMENT_NODE && node->_private != NULL && text_start_line (node->children) == 0)
    return GPOINTER_TO_INT (node->_private);
  for (xmlNodePtr n = node; n != NULL && n->type == XML_ELEMENT_NODE && line == 0; n = n->parent)
    {
      if (n->children != NULL)
        line = text_start_line (n->children);
      else
        line = text_start_line (n->next);
      for (xmlNodePtr p = n->prev; p != NULL && line == 0; p = p->prev)
        {
          if (p->type == XML_TEXT_NODE && p->psvi != NULL)
            line = (long)(ptrdiff_t)p->psvi;
          else if (p->type == XML_ELEMENT_NODE && p->line != 65535)
            line = p->line;
          else if (p->type == XML_ELEMENT_NODE)
            line = text_start_line (p->children);
        }
    }
  if (line <= 0)
    line = xmlGetLineNo (node);
  return line > 0 && line <= G_MAXINT ? (int)line : 65535;
}

/* Where a problem is, in the user's language: "line N: message".  Every
 * problem and every error about a place in the file reads so, and
 * quotemark-cli validate turns it into "FILE:N: message".
 */
static char *
line_message (int         line,
              const char *message)
{
  /* Translators: where a problem is in an annotation file: %d is the line number and %s what
     is wrong there.  quotemark-cli reads the number back with your translation of “line %d:”,
     so the two must start alike. */
  return g_strdup_printf (_("line %d: %s"), line, message);
}

static void
set_line_error_valist (GError     **error,
                       int          code,
                       int          line,
                       const char  *format,
                       va_list      args) G_GNUC_PRINTF (4, 0);

static void
set_line_error_valist (GError     **error,
                       int          code,
                       int          line,
                       const char  *format,
                       va_list      args)
{
  g_autofree char *msg = g_strdup_vprintf (format, args);
  g_autofree char *located = line_message (line, msg);

  g_set_error_literal (error, QM_SIDECAR_ERROR, code, located);
}

static void
set_line_error (GError     **error,
                int          code,
                int          line,
                const char  *format,
                ...) G_GNUC_PRINTF (4, 5);

static void
set_line_error (GError     **error,
                int          code,
                int          line,
                const char  *format,
                ...)
{
  va_list args;

  va_start (args, format);
  set_line_error_valist (error, code, line, format, args);
  va_end (args);
}

static void
collect_structured_error (void        *data,
                          xmlErrorPtr  error)
{
  Problems *p = data;
  g_autofree char *msg = NULL;
  int line;

  if (p == NULL || error == NULL || error->level < XML_ERR_ERROR)
    return;
  msg = g_strstrip (g_strdup (error->message ? error->message : _("unknown error")));
  line = error->line;
  if ((line <= 0 || line == 65535) && error->node != NULL)
    line = node_line (error->node);
  if ((line <= 0 || line == 65535) && p->fallback_line > 0)
    line = p->fallback_line;
  if (p->problems->len == 0)
    {
      p->first_line = line;
      p->first_code = error->code;
    }
  if (p->problems->len < 1000)
    g_ptr_array_add (p->problems, line_message (line, msg));
}

/* The schema, and the same schema started at one person, quote or
 * highlight: big lists are validated one item at a time, which keeps
 * memory flat and time linear (libxml2 validates a long list of elements
 * with attributes in one piece only slowly).
 */
enum {
  SCHEMA_DOCUMENT,
  SCHEMA_PERSON,
  SCHEMA_QUOTE,
  SCHEMA_HIGHLIGHT,
  N_SCHEMAS
};

/* the tag set on its own */
#define SCHEMA_TAGSET N_SCHEMAS

static const char *item_defines[N_SCHEMAS] = { NULL, "personElement", "quoteElement", "highlightElement" };
static const char *item_names[N_SCHEMAS] = { NULL, "person", "quote", "highlight" };
static const char *container_names[N_SCHEMAS] = { NULL, "people", "quotes", "highlights" };

static xmlRelaxNGPtr
compile_schema (xmlDocPtr doc)
{
  xmlRelaxNGParserCtxtPtr pctxt = xmlRelaxNGNewDocParserCtxt (doc);
  xmlRelaxNGPtr schema;

  xmlRelaxNGSetParserErrors (pctxt, ignore_generic_error, ignore_generic_error, NULL);
  schema = xmlRelaxNGParse (pctxt);
  xmlRelaxNGFreeParserCtxt (pctxt);
  if (schema == NULL)
    g_error ("The built-in sidecar schema does not compile");
  return schema;
}

/* Removes every "zero or more foreign elements" from a copy of the schema.
 * An item none of whose elements lies outside our namespace (and outside
 * no namespace) cannot hold a foreign element, so for it the result accepts
 * exactly what the full schema accepts; libxml2 validates it several times
 * faster, because a name class (anyName) at the end of a content model
 * keeps libxml2 on its slow general path for the whole element.
 */
static void
strip_foreign (xmlNodePtr node)
{
  xmlNodePtr c = node->children;

  while (c != NULL)
    {
      xmlNodePtr next = c->next;

      if (c->type == XML_ELEMENT_NODE && xmlStrEqual (c->name, (const xmlChar *)"zeroOrMore"))
        {
          xmlNodePtr only = NULL;
          guint n = 0;

          for (xmlNodePtr g = c->children; g != NULL; g = g->next)
            if (g->type == XML_ELEMENT_NODE)
              {
                only = g;
                n++;
              }
          if (n == 1 && xmlStrEqual (only->name, (const xmlChar *)"ref"))
            {
              xmlChar *name = xmlGetNoNsProp (only, (const xmlChar *)"name");
              gboolean foreign = xmlStrEqual (name, (const xmlChar *)"foreign");

              xmlFree (name);
              if (foreign)
                {
                  xmlUnlinkNode (c);
                  xmlFreeNode (c);
                  c = next;
                  continue;
                }
            }
        }
      if (c->type == XML_ELEMENT_NODE)
        strip_foreign (c);
      c = next;
    }
}

/* Makes the grammar start at one of its definitions. */
static void
point_start_at (xmlNodePtr  grammar,
                const char *define)
{
  for (xmlNodePtr c = grammar->children; c != NULL; c = c->next)
    if (c->type == XML_ELEMENT_NODE && xmlStrEqual (c->name, (const xmlChar *)"start"))
      {
        xmlNodePtr ref;

        while (c->children != NULL)
          {
            xmlNodePtr child = c->children;

            xmlUnlinkNode (child);
            xmlFreeNode (child);
          }
        ref = xmlNewChild (c, c->ns, (const xmlChar *)"ref", NULL);
        xmlNewProp (ref, (const xmlChar *)"name", (const xmlChar *)define);
        return;
      }
}

/* Attributes whose schema check the reader's own check implies: "start"
 * and "end" (the reader accepts only digits, a nonNegativeInteger),
 * "speaker" (the reader accepts only the id of a person read before, whose
 * id passed the same check) and "ref" (only a category id of a tag set that
 * passed the schema); "id", "created", "modified" and "confidence" when
 * they have the plain form the writer uses (is_plain_id(), is_plain_time(),
 * is_plain_confidence()). When the reader refuses an item read with these
 * checks left out, or meets a value it cannot vouch for, the item is
 * validated again in full, so files are accepted and refused exactly as
 * the schema says, with the same first error.
 */
static const char *reader_checked[] = { "start", "end", "speaker", "created", "modified", "confidence", "id", "ref" };

static void
leave_to_reader (xmlNodePtr node)
{
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      xmlChar *name;
      gboolean checked = FALSE;

      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (!xmlStrEqual (c->name, (const xmlChar *)"attribute"))
        {
          leave_to_reader (c);
          continue;
        }
      name = xmlGetNoNsProp (c, (const xmlChar *)"name");
      for (guint i = 0; i < G_N_ELEMENTS (reader_checked); i++)
        if (xmlStrEqual (name, (const xmlChar *)reader_checked[i]))
          checked = TRUE;
      xmlFree (name);
      if (!checked)
        continue;
      while (c->children != NULL)
        {
          xmlNodePtr child = c->children;

          xmlUnlinkNode (child);
          xmlFreeNode (child);
        }
      xmlNewChild (c, c->ns, (const xmlChar *)"text", NULL);
    }
}

typedef enum
{
  ITEM_FULL    = 0,
  ITEM_PLAIN   = 1 << 0,   /* without foreign elements (strip_foreign()) */
  ITEM_RELAXED = 1 << 1,   /* with what the reader checks left to it (leave_to_reader()) */
  N_ITEM_FORMS = 4
} ItemForm;

/* The schema, or for one person, quote or highlight the schema started at
 * that item, in one of its forms.
 */
static xmlRelaxNGPtr
get_schema_full (guint    which,
                 ItemForm form)
{
  static gsize once = 0;
  static xmlRelaxNGPtr schemas[N_SCHEMAS + 1][N_ITEM_FORMS];

  if (g_once_init_enter (&once))
    {
      g_autoptr(GBytes) bytes = qm_sidecar_get_schema ();
      gsize len;
      const char *data = g_bytes_get_data (bytes, &len);
      xmlDocPtr doc;

      xmlInitParser ();
      doc = xmlReadMemory (data, len, "quotemark-annotations-1.rng", NULL, XML_PARSE_NONET);
      g_assert (doc != NULL);
      schemas[SCHEMA_DOCUMENT][ITEM_FULL] = compile_schema (doc);
      {
        xmlDocPtr copy = xmlCopyDoc (doc, 1);

        point_start_at (xmlDocGetRootElement (copy), "tagset");
        schemas[SCHEMA_TAGSET][ITEM_FULL] = compile_schema (copy);
        xmlFreeDoc (copy);
      }
      for (guint i = SCHEMA_PERSON; i < N_SCHEMAS; i++)
        {
          xmlDocPtr copy = xmlCopyDoc (doc, 1);
          xmlNodePtr grammar = xmlDocGetRootElement (copy);

          point_start_at (grammar, item_defines[i]);
          schemas[i][ITEM_FULL] = compile_schema (copy);
          strip_foreign (grammar);
          schemas[i][ITEM_PLAIN] = compile_schema (copy);
          leave_to_reader (grammar);
          schemas[i][ITEM_PLAIN | ITEM_RELAXED] = compile_schema (copy);
          xmlFreeDoc (copy);

          copy = xmlCopyDoc (doc, 1);
          grammar = xmlDocGetRootElement (copy);
          point_start_at (grammar, item_defines[i]);
          leave_to_reader (grammar);
          schemas[i][ITEM_RELAXED] = compile_schema (copy);
          xmlFreeDoc (copy);
        }
      xmlFreeDoc (doc);
      g_once_init_leave (&once, 1);
    }
  return schemas[which][which >= SCHEMA_PERSON && which < N_SCHEMAS ? form : ITEM_FULL];
}

static xmlRelaxNGPtr
get_schema (guint which)
{
  return get_schema_full (which, ITEM_FULL);
}

static gboolean
validate_with_schema (xmlRelaxNGPtr  schema,
                      xmlDocPtr      doc,
                      Problems      *problems)
{
  xmlRelaxNGValidCtxtPtr vctxt = NULL;
  guint before = problems->problems->len;
  int ret;

  /* A context that validated an item without error is used again for the
   * next one (creating and freeing one per item costs); one that found an
   * error is dropped.
   */
  if (problems->contexts == NULL)
    problems->contexts = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify)xmlRelaxNGFreeValidCtxt);
  if (!g_hash_table_steal_extended (problems->contexts, schema, NULL, (gpointer *)&vctxt))
    {
      vctxt = xmlRelaxNGNewValidCtxt (schema);
      xmlRelaxNGSetValidStructuredErrors (vctxt, collect_structured_error, problems);
    }
  ret = xmlRelaxNGValidateDoc (vctxt, doc);
  if (ret == 0)
    g_hash_table_insert (problems->contexts, schema, vctxt);
  else
    xmlRelaxNGFreeValidCtxt (vctxt);
  if (ret != 0 && problems->problems->len == before)
    g_ptr_array_add (problems->problems, line_message (0, _("the file does not match the schema")));
  return ret == 0;
}

static gboolean
validate_with (guint        which,
               xmlDocPtr    doc,
               Problems    *problems)
{
  return validate_with_schema (get_schema (which), doc, problems);
}

static int
line_at (const char *data,
         gsize       offset)
{
  int line = 1;

  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      line++;
  return line;
}

/* Everything before the root element is looked at before libxml2 sees the
 * file: a DOCTYPE (and with it every entity declaration, external DTD or
 * external entity) is refused outright, so no entity is ever expanded and
 * nothing is fetched. Only UTF-8 (or an ASCII-compatible declared
 * encoding) is accepted, so this look is reliable.
 */
typedef enum
{
  PROLOG_OK,
  PROLOG_REFUSED,
  PROLOG_NEED_MORE,   /* only when @complete is FALSE */
} PrologResult;

static PrologResult
check_prolog (const char  *data,
              gsize        len,
              gboolean     complete,
              GError     **error)
{
  gsize i = 0;

  if (len < 3 && !complete)
    return PROLOG_NEED_MORE;
  if (len >= 2 && (((guchar)data[0] == 0xFE && (guchar)data[1] == 0xFF) ||
                   ((guchar)data[0] == 0xFF && (guchar)data[1] == 0xFE) || data[0] == '\0' || data[1] == '\0'))
    {
      set_line_error (error, QM_SIDECAR_ERROR_MALFORMED, 1, _("annotation files must be UTF-8"));
      return PROLOG_REFUSED;
    }
  if (len >= 3 && (guchar)data[0] == 0xEF && (guchar)data[1] == 0xBB && (guchar)data[2] == 0xBF)
    i = 3;
  while (i < len)
    {
      const char *rest = data + i;
      gsize left = len - i;
      const char *end;
      gsize end_len = 2;

      if (g_ascii_isspace (*rest))
        {
          i++;
          continue;
        }
      /* "<", "<!" or "<!-" at the end of what was read so far: wait */
      if (!complete && left < 4 && *rest == '<')
        return PROLOG_NEED_MORE;
      if (left >= 2 && strncmp (rest, "<?", 2) == 0)
        end = g_strstr_len (rest, left, "?>");
      else if (left >= 4 && strncmp (rest, "<!--", 4) == 0)
        {
          end = g_strstr_len (rest + 4, left - 4, "-->");
          end_len = 3;
        }
      else if (left >= 2 && strncmp (rest, "<!", 2) == 0)
        {
          set_line_error (error, QM_SIDECAR_ERROR_FORBIDDEN, line_at (data, i),
                          _("DOCTYPE and entity declarations are not allowed in annotation files"));
          return PROLOG_REFUSED;
        }
      else
        return PROLOG_OK;
      if (end == NULL)
        return complete ? PROLOG_OK : PROLOG_NEED_MORE;   /* the parser reports the unterminated construct */
      i = end - data + end_len;
    }
  return complete ? PROLOG_OK : PROLOG_NEED_MORE;
}

/* Returns the major version named by the root's namespace, or 0. */
static guint
root_major (xmlNodePtr root)
{
  const char *href;
  guint64 major;

  if (root->ns == NULL || root->ns->href == NULL || strcmp ((const char *)root->name, "annotations") != 0)
    return 0;
  href = (const char *)root->ns->href;
  if (!g_str_has_prefix (href, QM_SIDECAR_NAMESPACE_BASE))
    return 0;
  if (!g_ascii_string_to_unsigned (href + strlen (QM_SIDECAR_NAMESPACE_BASE), 10, 1, G_MAXUINT, &major, NULL))
    return 0;
  return major;
}

/* Reading --------------------------------------------------------------------- */

/* In the namespace of the document's root (the major version being read). */
static gboolean
is_ours (xmlNodePtr node)
{
  xmlNodePtr root;

  if (node->type != XML_ELEMENT_NODE || node->ns == NULL || node->doc == NULL)
    return FALSE;
  root = xmlDocGetRootElement (node->doc);
  return root != NULL && root->ns != NULL && xmlStrEqual (node->ns->href, root->ns->href);
}

static gboolean
is_foreign (xmlNodePtr node)
{
  return node->type == XML_ELEMENT_NODE && !is_ours (node) && node->ns != NULL;
}

static gboolean
is_named (xmlNodePtr  node,
          const char *name)
{
  return is_ours (node) && strcmp ((const char *)node->name, name) == 0;
}

/* Serializes a foreign element with the namespace declarations it needs. */
static char *
dump_foreign (xmlNodePtr node)
{
  xmlDocPtr doc = xmlNewDoc ((const xmlChar *)"1.0");
  xmlNodePtr copy = xmlDocCopyNode (node, doc, 1);
  xmlBufferPtr buf = xmlBufferCreate ();
  char *ret;

  xmlDocSetRootElement (doc, copy);
  xmlNodeDump (buf, doc, copy, 0, 0);
  ret = g_strndup ((const char *)xmlBufferContent (buf), xmlBufferLength (buf));
  xmlBufferFree (buf);
  xmlFreeDoc (doc);
  return ret;
}

static void
keep_foreign (gpointer   object,
              xmlNodePtr node)
{
  GPtrArray *arr = g_object_get_data (object, QM_FOREIGN_KEY);

  if (arr == NULL)
    {
      arr = g_ptr_array_new_with_free_func (g_free);
      g_object_set_data_full (object, QM_FOREIGN_KEY, arr, (GDestroyNotify)g_ptr_array_unref);
    }
  g_ptr_array_add (arr, dump_foreign (node));
}

typedef struct
{
  QmAnnotationSet *set;
  QmText          *text;
  gsize            length;        /* the length the file was written for */
  gboolean         same_text;
  gboolean         changed;       /* re-anchoring moved something */
  gboolean         lenient;       /* newer major version: best effort */
  GHashTable      *ids;
  GHashTable      *person_ids;
  GHashTable      *tag_ids;
  GPtrArray       *people;
  GPtrArray       *groups;
  GPtrArray       *quotes;
  GPtrArray       *highlights;
  GArray          *landmarks;     /* Landmark: annotations attached without doubt */
  QmTextIndex     *index;         /* the text's words, made for the first annotation to re-attach */
  gboolean         shift_known;   /* the annotation read last that attached without doubt */
  gssize           shift;         /* moved by this many code points */
  GPtrArray       *pending;       /* Pending: attached to one of several equal copies */
  GPtrArray       *foreign;       /* serialized foreign elements at the top level */
  gboolean         have_source;
  gboolean         unconfirmed;   /* the item holds a value only the full schema can judge */
  gboolean         tagset_valid;  /* the tag set passed the schema: its category ids are sound */
  GPtrArray       *scratch;       /* values assembled for the current item (xmlFree) */
  GPtrArray       *tag_buf;       /* the tag references of the current item, in the tree */
  char             last_time_s[32];
  GDateTime       *last_time;     /* the time last read, for repeats of the same value */
  gboolean         last_time_plain;
} Reader;

/* The value of the attribute @name (without namespace) of @node, or %NULL:
 * read in place when the parser left it as one text node (the rule), else
 * assembled as xmlGetNoNsProp() does and kept until the item is done.
 */
static const char *
attr (Reader     *r,
      xmlNodePtr  node,
      const char *name)
{
  for (xmlAttrPtr a = node->properties; a != NULL; a = a->next)
    {
      xmlChar *v;

      if (a->ns != NULL || a->name[0] != (xmlChar)name[0] || strcmp ((const char *)a->name, name) != 0)
        continue;
      if (a->children == NULL)
        return "";
      if (a->children->next == NULL &&
          (a->children->type == XML_TEXT_NODE || a->children->type == XML_CDATA_SECTION_NODE) &&
          a->children->content != NULL)
        return (const char *)a->children->content;
      v = xmlNodeListGetString (node->doc, a->children, 1);
      if (v == NULL)
        return "";
      g_ptr_array_add (r->scratch, v);
      return (const char *)v;
    }
  return NULL;
}

/* The text inside @node, like xmlNodeGetContent(), read in place when it
 * is one text node; never %NULL.
 */
static const char *
content (Reader     *r,
         xmlNodePtr  node)
{
  xmlNodePtr c = node->children;
  xmlChar *v;

  if (c == NULL)
    return "";
  if (c->next == NULL && c->type == XML_TEXT_NODE && c->content != NULL)
    return (const char *)c->content;
  v = xmlNodeGetContent (node);
  if (v == NULL)
    return "";
  g_ptr_array_add (r->scratch, v);
  return (const char *)v;
}

static void
scratch_free (gpointer data)
{
  xmlFree (data);
}

typedef struct
{
  gsize old_start;
  gsize old_end;
  gsize new_start;
  gsize new_end;
} Landmark;

typedef struct
{
  QmAnnotation *annotation;
  QmTarget     *stored;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *p = data;

  g_object_unref (p->annotation);
  qm_target_unref (p->stored);
  g_free (p);
}

static gboolean
inconsistent (GError     **error,
              xmlNodePtr   node,
              const char  *format,
              ...) G_GNUC_PRINTF (3, 4);

static gboolean
inconsistent (GError     **error,
              xmlNodePtr   node,
              const char  *format,
              ...)
{
  va_list args;

  va_start (args, format);
  set_line_error_valist (error, QM_SIDECAR_ERROR_INCONSISTENT, node_line (node), format, args);
  va_end (args);
  return FALSE;
}

/* Whether @id matches the schema's pattern for ids, [A-Za-z0-9_.:\-]{1,128}. */
static gboolean
is_plain_id (const char *id)
{
  gsize n = 0;

  for (const char *c = id; *c != '\0'; c++, n++)
    if (!(g_ascii_isalnum (*c) || *c == '_' || *c == '.' || *c == ':' || *c == '-') || n >= 128)
      return FALSE;
  return n > 0;
}

static gboolean
claim_id (Reader      *r,
          xmlNodePtr   node,
          const char  *id,
          GError     **error)
{
  if (id == NULL || *id == '\0')
    return inconsistent (error, node, _("missing id"));
  if (g_hash_table_contains (r->ids, id))
    return inconsistent (error, node, _("the id “%s” is used twice"), id);
  if (!is_plain_id (id))
    r->unconfirmed = TRUE;
  g_hash_table_add (r->ids, g_strdup (id));
  return TRUE;
}

static gboolean
parse_offset (const char *str,
              gsize      *out)
{
  guint64 v = 0;
  guint n = 0;

  if (str == NULL)
    return FALSE;
  /* Up to 18 digits cannot overflow; anything else takes GLib's way. */
  for (; g_ascii_isdigit (str[n]) && n < 18; n++)
    v = v * 10 + (guint64)(str[n] - '0');
  if (n == 0 || str[n] != '\0')
    {
      if (!g_ascii_string_to_unsigned (str, 10, 0, G_MAXSSIZE, &v, NULL))
        return FALSE;
    }
  *out = v;
  return TRUE;
}

static QmTarget *
read_selector (Reader      *r,
               xmlNodePtr   node,
               gboolean     orphan,
               GError     **error)
{
  const char *s_start = attr (r, node, "start");
  const char *s_end = attr (r, node, "end");
  const char *prefix = NULL;
  const char *exact = NULL;
  const char *suffix = NULL;
  gsize start, end_;

  if (!parse_offset (s_start, &start) || !parse_offset (s_end, &end_) || start > end_)
    {
      inconsistent (error, node, _("bad offsets “%s”–“%s”"), s_start ? s_start : "", s_end ? s_end : "");
      return NULL;
    }
  /* An orphan keeps the offsets of the text it was made on. */
  if (end_ > r->length && !orphan)
    {
      /* Translators: two character offsets into the article, and its length */
      inconsistent (error, node, _("offsets %lu–%lu lie beyond the end of the text (%lu characters)"),
                    (gulong)start, (gulong)end_, (gulong)r->length);
      return NULL;
    }
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      /* (a file of a newer version is not validated: repeats are possible) */
      if (is_named (c, "prefix"))
        prefix = content (r, c);
      else if (is_named (c, "exact"))
        exact = content (r, c);
      else if (is_named (c, "suffix"))
        suffix = content (r, c);
    }
  if (exact == NULL || (gsize)g_utf8_strlen (exact, -1) != end_ - start)
    {
      /* Translators: %lu is a number of characters */
      inconsistent (error, node, _("the quoted text does not have the length %lu its offsets say"),
                    (gulong)(end_ - start));
      return NULL;
    }
  return qm_target_new (start, end_, prefix, exact, suffix);
}

/* Finds @stored in the changed text: first at @at, when its words and all
 * of its context agree there, else by the search (an index of the text is
 * made for the first one), @expected where a copy is predicted to be,
 * between @lower and @upper; with @defer, one with several plausible copies
 * is set aside (@ambiguous) as soon as that is known. */
static QmTarget *
place_target (Reader        *r,
              QmTarget      *stored,
              gssize         at,
              gssize         expected,
              gsize          lower,
              gsize          upper,
              gboolean       defer,
              QmAnchorState *state,
              gboolean      *ambiguous)
{
  QmTarget *found = NULL;

  *ambiguous = FALSE;
  if (at >= 0 && (gsize)at >= lower && (gsize)at < upper)
    found = _qm_target_reanchor_at (stored, r->text, at, state);
  if (found != NULL)
    return found;
  if (r->index == NULL)
    r->index = _qm_text_index_new (r->text);
  return _qm_target_reanchor_full (stored, r->text, r->index, expected, lower, upper, defer, state, ambiguous);
}

/* Attaches a stored target to the current text, looking first where the
 * shift of the annotation attached last without doubt puts it (a mention
 * where its quote's does). */
static QmTarget *
attach (Reader        *r,
        QmTarget      *stored,
        QmAnchorState  stored_state,
        QmAnchorState *state,
        gboolean      *ambiguous)
{
  QmTarget *found;
  gboolean amb = FALSE;

  /* Only checking the file (no article at hand) */
  if (r->text == NULL)
    {
      *state = stored_state;
      if (ambiguous)
        *ambiguous = FALSE;
      return qm_target_ref (stored);
    }

  /* Unchanged text: keep what the file says, so loading and saving again
   * writes the same bytes.
   */
  if (r->same_text && (stored_state == QM_ANCHOR_ORPHAN || qm_target_matches_text (stored, r->text)))
    {
      *state = stored_state;
      if (ambiguous)
        *ambiguous = FALSE;
      return qm_target_ref (stored);
    }
  found = place_target (r, stored, r->shift_known ? (gssize)qm_target_get_start (stored) + r->shift : -1, -1, 0,
                        G_MAXSIZE, ambiguous != NULL, state, &amb);
  if (!qm_target_equal (found, stored) || *state != stored_state)
    r->changed = TRUE;
  if (ambiguous)
    *ambiguous = amb;
  if (!amb && *state != QM_ANCHOR_ORPHAN && r->landmarks != NULL)
    {
      Landmark l = { qm_target_get_start (stored), qm_target_get_end (stored),
                     qm_target_get_start (found), qm_target_get_end (found) };
      g_array_append_val (r->landmarks, l);
    }
  return found;
}

static int
compare_landmarks (gconstpointer a,
                   gconstpointer b)
{
  const Landmark *x = a, *y = b;

  return x->old_start < y->old_start ? -1 : x->old_start > y->old_start ? 1 : 0;
}

/* Where an annotation that matched several equal copies should be: shifted
 * like the nearest annotation that attached without doubt, and between
 * where its neighbours before and after landed.
 */
static gssize
expected_position (Reader *r,
                   gsize   old_start,
                   gsize  *lower,
                   gsize  *upper)
{
  GArray *l = r->landmarks;
  guint lo = 0, hi = l->len;
  const Landmark *before = NULL, *after = NULL;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (l, Landmark, mid).old_start < old_start)
        lo = mid + 1;
      else
        hi = mid;
    }
  if (lo > 0)
    before = &g_array_index (l, Landmark, lo - 1);
  /* a landmark at the very same old position is the same words: skip it */
  while (lo < l->len && g_array_index (l, Landmark, lo).old_start == old_start)
    lo++;
  if (lo < l->len)
    after = &g_array_index (l, Landmark, lo);
  /* Candidates lie after the neighbour before (after its end when the
   * annotation began after that end) and before the neighbour after.
   */
  *lower = before == NULL ? 0 : old_start >= before->old_end ? before->new_end : before->new_start + 1;
  *upper = after ? after->new_start : G_MAXSIZE;
  /* Text moves with what precedes it: only the landmark before predicts. */
  if (before == NULL)
    return -1;
  if (before->new_start >= before->old_start)
    return old_start + (before->new_start - before->old_start);
  if (old_start < before->old_start - before->new_start)
    return -1;
  return old_start - (before->old_start - before->new_start);
}

static void
add_landmark (Reader         *r,
              const Landmark *l)
{
  guint lo = 0, hi = r->landmarks->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (g_array_index (r->landmarks, Landmark, mid).old_start <= l->old_start)
        lo = mid + 1;
      else
        hi = mid;
    }
  g_array_insert_val (r->landmarks, lo, *l);
}

static void
resolve_pending (Reader *r)
{
  g_array_sort (r->landmarks, compare_landmarks);
  for (guint i = 0; i < r->pending->len; i++)
    {
      Pending *p = g_ptr_array_index (r->pending, i);
      gsize lower, upper;
      gssize expected = expected_position (r, qm_target_get_start (p->stored), &lower, &upper);
      QmAnchorState state;
      gboolean amb;
      g_autoptr(QmTarget) found = NULL;
      g_auto(GValue) v = G_VALUE_INIT;
      g_auto(GValue) sv = G_VALUE_INIT;

      /* where the neighbour before moved it, else the copy the search
       * prefers */
      found = place_target (r, p->stored, expected, expected, lower, upper, FALSE, &state, &amb);

      g_value_init (&v, QM_TYPE_TARGET);
      g_value_set_boxed (&v, found);
      _qm_object_poke (p->annotation, "target", &v);
      g_value_init (&sv, QM_TYPE_ANCHOR_STATE);
      g_value_set_enum (&sv, state);
      _qm_object_poke (p->annotation, "anchor-state", &sv);

      if (state == QM_ANCHOR_FUZZY)
        g_object_set_data_full (G_OBJECT (p->annotation), "qm-stored-target", qm_target_ref (p->stored),
                                (GDestroyNotify)qm_target_unref);

      /* Resolved in document order, each helps place the next copy. */
      if (state != QM_ANCHOR_ORPHAN)
        {
          Landmark l = { qm_target_get_start (p->stored), qm_target_get_end (p->stored),
                         qm_target_get_start (found), qm_target_get_end (found) };
          add_landmark (r, &l);
        }
    }
}

static void
make_orphan (QmAnnotation *a,
             QmTarget     *stored)
{
  g_auto(GValue) v = G_VALUE_INIT;
  g_auto(GValue) sv = G_VALUE_INIT;

  g_value_init (&v, QM_TYPE_TARGET);
  g_value_set_boxed (&v, stored);
  _qm_object_poke (a, "target", &v);
  g_value_init (&sv, QM_TYPE_ANCHOR_STATE);
  g_value_set_enum (&sv, QM_ANCHOR_ORPHAN);
  _qm_object_poke (a, "anchor-state", &sv);
}

/* A fuzzy match that lands exactly on another annotation whose own words
 * were found there unchanged cannot be right: had this annotation been
 * there, its words would be those words. It becomes an orphan.
 */
static void
reject_fuzzy_on_others (Reader *r)
{
  g_autoptr(GHashTable) intact = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  GPtrArray *lists[] = { r->quotes, r->highlights };

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        QmAnnotation *a = g_ptr_array_index (lists[l], i);
        QmAnchorState st = qm_annotation_get_anchor_state (a);

        if (st == QM_ANCHOR_EXACT || st == QM_ANCHOR_MOVED)
          g_hash_table_insert (intact, g_strdup_printf ("%zu:%zu", qm_annotation_get_start (a),
                                                        qm_annotation_get_end (a)), a);
      }
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      {
        QmAnnotation *a = g_ptr_array_index (lists[l], i);
        g_autofree char *key = NULL;
        QmTarget *stored;

        if (qm_annotation_get_anchor_state (a) != QM_ANCHOR_FUZZY)
          continue;
        key = g_strdup_printf ("%zu:%zu", qm_annotation_get_start (a), qm_annotation_get_end (a));
        if (!g_hash_table_contains (intact, key))
          continue;
        stored = g_object_get_data (G_OBJECT (a), "qm-stored-target");
        if (stored != NULL)
          make_orphan (a, stored);
      }
}

/* Whether @s has the form the writer uses, YYYY-MM-DDThh:mm:ssZ. Such a
 * time that GLib accepts (year 1 to 9999, a real day of the month, hours
 * below 24, minutes and seconds below 60) is an xsd:dateTime.
 */
static gboolean
is_plain_time (const char *s)
{
  static const char form[] = "dddd-dd-ddTdd:dd:ddZ";

  for (guint i = 0; form[i] != '\0'; i++)
    if (form[i] == 'd' ? !g_ascii_isdigit (s[i]) : s[i] != form[i])
      return FALSE;
  return s[sizeof form - 1] == '\0';
}

/* Whether @s is a decimal from 0 to 1 in the plain form the writer uses
 * ("0", "1", "0.75", "1.0"): then it passes the schema's decimal check.
 */
static gboolean
is_plain_confidence (const char *s)
{
  guint digits = 0;

  if (s[0] != '0' && s[0] != '1')
    return FALSE;
  if (s[1] == '\0')
    return TRUE;
  if (s[1] != '.' || s[2] == '\0')
    return FALSE;
  for (const char *c = s + 2; *c != '\0'; c++, digits++)
    if (!g_ascii_isdigit (*c) || (s[0] == '1' && *c != '0') || digits >= 10)
      return FALSE;
  return TRUE;
}

/* The value of a confidence in the plain form: the digits as a whole number
 * divided by a power of ten, both exact in a double, so the quotient is the
 * nearest double to the decimal, as g_ascii_strtod() gives.
 */
static double
plain_confidence_value (const char *s)
{
  guint64 num = (guint64)(s[0] - '0');
  double den = 1.0;

  if (s[1] == '.')
    for (const char *c = s + 2; *c != '\0'; c++)
      {
        num = num * 10 + (guint64)(*c - '0');
        den *= 10.0;
      }
  return num / den;
}

static gboolean
read_time (Reader      *r,
           xmlNodePtr   node,
           const char  *name,
           GDateTime  **out,
           GError     **error)
{
  const char *s = attr (r, node, name);
  gboolean plain;

  *out = NULL;
  if (s == NULL)
    return TRUE;
  /* Files repeat times (created and modified, items made together). */
  if (r->last_time != NULL && strcmp (s, r->last_time_s) == 0)
    {
      *out = g_date_time_ref (r->last_time);
      if (!r->last_time_plain)
        r->unconfirmed = TRUE;
      return TRUE;
    }
  *out = _qm_parse_time (s);
  if (*out == NULL)
    return inconsistent (error, node, _("bad time “%s”"), s);
  plain = is_plain_time (s);
  if (!plain)
    r->unconfirmed = TRUE;
  if (strlen (s) < sizeof r->last_time_s)
    {
      g_clear_pointer (&r->last_time, g_date_time_unref);
      r->last_time = g_date_time_ref (*out);
      strcpy (r->last_time_s, s);
      r->last_time_plain = plain;
    }
  return TRUE;
}

static gboolean
read_bool (Reader     *r,
           xmlNodePtr  node,
           const char *name)
{
  return g_strcmp0 (attr (r, node, name), "true") == 0;
}

static gboolean
read_tagset (Reader      *r,
             xmlNodePtr   tagset,
             GError     **error)
{
  for (xmlNodePtr g = tagset->children; g != NULL; g = g->next)
    {
      const char *gid, *glabel;
      g_autoptr(QmTagGroup) group = NULL;
      GListStore *store;

      if (!is_named (g, "group"))
        continue;
      gid = attr (r, g, "id");
      glabel = attr (r, g, "label");
      if (!claim_id (r, g, gid, error))
        return FALSE;
      group = g_object_new (QM_TYPE_TAG_GROUP, "id", gid, "label", glabel,
                            "exclusive", read_bool (r, g, "exclusive"),
                            "builtin", read_bool (r, g, "builtin"), NULL);
      store = _qm_tag_group_get_store (group);
      for (xmlNodePtr c = g->children; c != NULL; c = c->next)
        {
          const char *cid, *label, *color;
          g_autoptr(QmTagCategory) cat = NULL;

          if (!is_named (c, "category"))
            continue;
          cid = attr (r, c, "id");
          label = attr (r, c, "label");
          color = attr (r, c, "color");
          if (!claim_id (r, c, cid, error))
            return FALSE;
          cat = g_object_new (QM_TYPE_TAG_CATEGORY, "id", cid, "label", label, "color", color,
                              "group-id", gid, NULL);
          g_list_store_append (store, cat);
          g_hash_table_add (r->tag_ids, g_strdup (cid));
        }
      g_ptr_array_add (r->groups, g_steal_pointer (&group));
    }
  return TRUE;
}

static gboolean
read_person (Reader      *r,
             xmlNodePtr   p,
             GError     **error)
{
  const char *id = attr (r, p, "id");
  const char *name = attr (r, p, "name");
  const char *role = attr (r, p, "role");
  const char *color = attr (r, p, "color");
  const char *origin_s = attr (r, p, "origin");
  g_autoptr(GStrvBuilder) aliases = g_strv_builder_new ();
  g_auto(GStrv) alias_v = NULL;
  QmOrigin origin = QM_ORIGIN_USER;
  QmPerson *person;

  if (!claim_id (r, p, id, error))
    return FALSE;
  if (!qm_origin_from_string (origin_s, &origin) && !r->lenient)
    return inconsistent (error, p, _("bad origin"));
  for (xmlNodePtr c = p->children; c != NULL; c = c->next)
    if (is_named (c, "alias"))
      g_strv_builder_add (aliases, content (r, c));
  alias_v = g_strv_builder_end (aliases);
  person = g_object_new (QM_TYPE_PERSON, "id", id, "name", name, "role", role, "color", color,
                         "organisation", read_bool (r, p, "organisation"), "origin", origin,
                         "aliases", alias_v, NULL);
  g_ptr_array_add (r->people, person);
  g_hash_table_add (r->person_ids, g_strdup (id));
  for (xmlNodePtr c = p->children; c != NULL; c = c->next)
    if (is_foreign (c))
      keep_foreign (person, c);
  return TRUE;
}

/* Reads what quotes and highlights share; returns the object, or NULL. */
static QmAnnotation *
read_annotation (Reader      *r,
                 xmlNodePtr   node,
                 GType        type,
                 GError     **error)
{
  const char *id = attr (r, node, "id");
  const char *origin_s = attr (r, node, "origin");
  const char *anchor_s = attr (r, node, "anchor");
  const char *creator = attr (r, node, "creator");
  g_autoptr(GDateTime) created = NULL;
  g_autoptr(GDateTime) modified = NULL;
  g_autoptr(QmTarget) stored = NULL;
  g_autoptr(QmTarget) target = NULL;
  g_autoptr(GPtrArray) notes = NULL;
  char **tag_v;
  QmOrigin origin = QM_ORIGIN_USER;
  QmAnchorState stored_state = QM_ANCHOR_EXACT, state;
  gboolean ambiguous = FALSE;
  QmAnnotation *annotation;

  if (!claim_id (r, node, id, error))
    return NULL;
  if ((!qm_origin_from_string (origin_s, &origin) || !qm_anchor_state_from_string (anchor_s, &stored_state)) &&
      !r->lenient)
    {
      inconsistent (error, node, _("bad origin or anchor"));
      return NULL;
    }
  if (!read_time (r, node, "created", &created, error) || !read_time (r, node, "modified", &modified, error))
    return NULL;

  g_ptr_array_set_size (r->tag_buf, 0);
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    {
      if (is_named (c, "target"))
        {
          if (stored != NULL)
            {
              inconsistent (error, c, _("two targets"));
              return NULL;
            }
          if ((stored = read_selector (r, c, stored_state == QM_ANCHOR_ORPHAN, error)) == NULL)
            return NULL;
        }
      else if (is_named (c, "tag"))
        {
          const char *ref = attr (r, c, "ref");

          if (ref == NULL || !g_hash_table_contains (r->tag_ids, ref))
            {
              inconsistent (error, c, _("unknown tag “%s”"), ref ? ref : "");
              return NULL;
            }
          if (!r->tagset_valid)
            r->unconfirmed = TRUE;
          g_ptr_array_add (r->tag_buf, (gpointer)ref);
        }
      else if (is_named (c, "note"))
        {
          const char *nid = attr (r, c, "id");
          const char *author = attr (r, c, "author");
          const char *text = content (r, c);
          g_autoptr(GDateTime) ncreated = NULL;
          g_autoptr(GDateTime) nmodified = NULL;

          if (!claim_id (r, c, nid, error) ||
              !read_time (r, c, "created", &ncreated, error) || !read_time (r, c, "modified", &nmodified, error))
            return NULL;
          if (notes == NULL)
            notes = g_ptr_array_new_with_free_func (g_object_unref);
          g_ptr_array_add (notes, _qm_note_new_loaded (g_strdup (nid), g_strdup (author), g_strdup (text),
                                                       g_steal_pointer (&ncreated),
                                                       g_steal_pointer (&nmodified)));
        }
    }
  if (stored == NULL)
    {
      inconsistent (error, node, _("no target"));
      return NULL;
    }

  target = attach (r, stored, stored_state, &state, &ambiguous);
  if (state != QM_ANCHOR_ORPHAN && !ambiguous)
    {
      r->shift_known = TRUE;
      r->shift = (gssize)qm_target_get_start (target) - (gssize)qm_target_get_start (stored);
    }
  tag_v = g_new (char *, r->tag_buf->len + 1);
  for (guint i = 0; i < r->tag_buf->len; i++)
    tag_v[i] = g_strdup (g_ptr_array_index (r->tag_buf, i));
  tag_v[r->tag_buf->len] = NULL;
  annotation = _qm_annotation_new_loaded (type, g_strdup (id), origin, state, g_strdup (creator),
                                         g_steal_pointer (&created), g_steal_pointer (&modified),
                                         g_steal_pointer (&target), tag_v);
  if (state == QM_ANCHOR_FUZZY)
    g_object_set_data_full (G_OBJECT (annotation), "qm-stored-target", qm_target_ref (stored),
                            (GDestroyNotify)qm_target_unref);
  if (ambiguous)
    {
      Pending *p = g_new0 (Pending, 1);

      p->annotation = g_object_ref (annotation);
      p->stored = qm_target_ref (stored);
      g_ptr_array_add (r->pending, p);
    }
  if (notes != NULL)
    g_list_store_splice (_qm_annotation_get_note_store (annotation), 0, 0, notes->pdata, notes->len);
  for (xmlNodePtr c = node->children; c != NULL; c = c->next)
    if (is_foreign (c))
      keep_foreign (annotation, c);
  return annotation;
}

static QmTarget *
read_mention (Reader      *r,
              xmlNodePtr   quote,
              const char  *name,
              gboolean     orphan,
              gboolean    *ok,
              GError     **error)
{
  for (xmlNodePtr c = quote->children; c != NULL; c = c->next)
    if (is_named (c, name))
      {
        g_autoptr(QmTarget) stored = read_selector (r, c, orphan, error);
        QmAnchorState state;
        QmTarget *found;

        if (stored == NULL)
          {
            *ok = FALSE;
            return NULL;
          }
        /* The mentions of an orphan stay with it, as they were. */
        if (orphan)
          return g_steal_pointer (&stored);
        found = attach (r, stored, QM_ANCHOR_EXACT, &state, NULL);
        /* A mention that cannot be found is dropped: it only explains the
         * attribution and would otherwise point at the wrong words.
         */
        if (state == QM_ANCHOR_ORPHAN)
          {
            qm_target_unref (found);
            r->changed = TRUE;
            return NULL;
          }
        return found;
      }
  return NULL;
}

static gboolean
read_quote (Reader      *r,
            xmlNodePtr   q,
            GError     **error)
{
  g_autoptr(QmAnnotation) a = NULL;
  g_autoptr(QmTarget) speaker_mention = NULL;
  g_autoptr(QmTarget) cue = NULL;
  const char *kind_s, *speaker, *confidence_s, *review_s;
  QmQuoteKind kind = QM_QUOTE_KIND_DIRECT;
  QmReviewState review = QM_REVIEW_UNREVIEWED;
  double confidence = 1.0;
  gboolean ok = TRUE, orphan;

  if ((a = read_annotation (r, q, QM_TYPE_QUOTE, error)) == NULL)
    return FALSE;
  kind_s = attr (r, q, "kind");
  speaker = attr (r, q, "speaker");
  confidence_s = attr (r, q, "confidence");
  review_s = attr (r, q, "review");
  if ((!qm_quote_kind_from_string (kind_s, &kind) || !qm_review_state_from_string (review_s, &review)) &&
      !r->lenient)
    return inconsistent (error, q, _("bad kind or review state"));
  if (confidence_s != NULL && is_plain_confidence (confidence_s))
    confidence = plain_confidence_value (confidence_s);
  else
    {
      if (confidence_s != NULL)
        confidence = CLAMP (g_ascii_strtod (confidence_s, NULL), 0.0, 1.0);
      r->unconfirmed = TRUE;
    }
  if (speaker != NULL && !g_hash_table_contains (r->person_ids, speaker))
    return inconsistent (error, q, _("the speaker “%s” is not among the people"), speaker);
  orphan = qm_annotation_get_anchor_state (a) == QM_ANCHOR_ORPHAN;
  speaker_mention = read_mention (r, q, "speakerMention", orphan, &ok, error);
  if (ok)
    cue = read_mention (r, q, "cue", orphan, &ok, error);
  if (!ok)
    return FALSE;

  /* A fresh object no one has seen yet: its fields are set directly. */
  _qm_quote_set_loaded (QM_QUOTE (a), kind, g_strdup (speaker), g_steal_pointer (&speaker_mention),
                        g_steal_pointer (&cue), confidence, review, read_bool (r, q, "edited"));
  g_ptr_array_add (r->quotes, g_steal_pointer (&a));
  return TRUE;
}

static gboolean
read_highlight (Reader      *r,
                xmlNodePtr   h,
                GError     **error)
{
  QmAnnotation *a;

  if ((a = read_annotation (r, h, QM_TYPE_HIGHLIGHT, error)) == NULL)
    return FALSE;
  g_ptr_array_add (r->highlights, a);
  return TRUE;
}

static void
reader_init (Reader          *r,
             QmAnnotationSet *set,
             QmText          *text)
{
  memset (r, 0, sizeof *r);
  r->set = set;
  r->text = text;
  r->ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->person_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->tag_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  r->people = g_ptr_array_new_with_free_func (g_object_unref);
  r->groups = g_ptr_array_new_with_free_func (g_object_unref);
  r->quotes = g_ptr_array_new_with_free_func (g_object_unref);
  r->highlights = g_ptr_array_new_with_free_func (g_object_unref);
  r->landmarks = g_array_new (FALSE, FALSE, sizeof (Landmark));
  r->pending = g_ptr_array_new_with_free_func (pending_free);
  r->foreign = g_ptr_array_new_with_free_func (g_free);
  r->tagset_valid = TRUE;
  r->scratch = g_ptr_array_new_with_free_func (scratch_free);
  r->tag_buf = g_ptr_array_new ();
}

static void
reader_clear (Reader *r)
{
  g_hash_table_unref (r->ids);
  g_hash_table_unref (r->person_ids);
  g_hash_table_unref (r->tag_ids);
  g_ptr_array_unref (r->people);
  g_ptr_array_unref (r->groups);
  g_ptr_array_unref (r->quotes);
  g_ptr_array_unref (r->highlights);
  g_array_unref (r->landmarks);
  g_clear_pointer (&r->index, _qm_text_index_free);
  g_ptr_array_unref (r->pending);
  g_ptr_array_unref (r->foreign);
  g_ptr_array_unref (r->scratch);
  g_ptr_array_unref (r->tag_buf);
  g_clear_pointer (&r->last_time, g_date_time_unref);
}

static gboolean
read_source (Reader      *r,
             xmlNodePtr   source,
             GError     **error)
{
  const char *length_s = attr (r, source, "length");
  const char *text_sha = attr (r, source, "textSha256");

  if (!parse_offset (length_s, &r->length))
    return inconsistent (error, source, _("bad length"));
  r->same_text = r->text != NULL && g_strcmp0 (text_sha, qm_text_get_sha256 (r->text)) == 0 &&
                 r->length == qm_text_get_length (r->text);
  r->have_source = TRUE;
  return TRUE;
}

static gboolean
schema_error (GError   **error,
              Problems  *problems)
{
  const char *first = g_ptr_array_index (problems->problems, 0);

  if (problems->problems->len > 1)
    /* Translators: %s is the first problem found in an annotation file */
    g_set_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_INVALID, _("%s (and more problems)"), first);
  else
    g_set_error_literal (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_INVALID, first);
  return FALSE;
}

/* Whether an element or one inside it could be a foreign element: one in
 * a namespace other than @ns and other than none.
 */
static gboolean
may_hold_foreign (xmlNodePtr     node,
                  const xmlChar *ns)
{
  for (xmlNodePtr c = node; c != NULL; c = c->next)
    {
      if (c->type != XML_ELEMENT_NODE)
        continue;
      if (c->ns != NULL && c->ns->href != NULL && c->ns->href[0] != '\0' && !xmlStrEqual (c->ns->href, ns))
        return TRUE;
      if (c->children != NULL && may_hold_foreign (c->children, ns))
        return TRUE;
    }
  return FALSE;
}

/* Validates one person, quote or highlight on its own. The element is lent
 * to a document of its own for the time of the validation instead of being
 * copied (copying cost as much as a fifth of all the reading); validation
 * only reads the tree, and the links are restored right after.
 */
static gboolean
validate_lent (xmlRelaxNGPtr  schema,
               xmlNodePtr     node,
               Problems      *problems)
{
  xmlDocPtr scratch = xmlNewDoc ((const xmlChar *)"1.0");
  xmlNodePtr parent = node->parent, prev = node->prev, next = node->next;
  int line = node_line (node);
  gboolean ok;

  node->parent = (xmlNodePtr)scratch;
  node->prev = node->next = NULL;
  scratch->children = scratch->last = node;
  problems->fallback_line = line;
  ok = validate_with_schema (schema, scratch, problems);
  problems->fallback_line = 0;
  scratch->children = scratch->last = NULL;
  node->parent = parent;
  node->prev = prev;
  node->next = next;
  xmlFreeDoc (scratch);
  return ok;
}

static gboolean
validate_item (guint        which,
               xmlNodePtr   node,
               gboolean     relaxed,
               Problems    *problems)
{
  gboolean plain = node->ns != NULL && !may_hold_foreign (node->children, node->ns->href);

  return validate_lent (get_schema_full (which, (plain ? ITEM_PLAIN : 0) | (relaxed ? ITEM_RELAXED : 0)),
                        node, problems);
}

/* Whether the tag set passes the schema on its own; its problems, if any,
 * are left for the validation of the whole skeleton to report in order.
 */
static gboolean
tagset_is_valid (xmlNodePtr tagset)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  Problems scratch_problems = { list, 0, 0, 0, NULL };
  gboolean ok = validate_lent (get_schema_full (SCHEMA_TAGSET, ITEM_FULL), tagset, &scratch_problems);

  problems_clear (&scratch_problems);
  return ok;
}

/* What the parser reads when it reads from a stream: first the prolog,
 * which was read and checked before the parser started, then the rest.
 */
typedef struct
{
  GInputStream *stream;
  GCancellable *cancellable;
  GByteArray   *head;
  gsize         head_pos;
  guint64       total;
  gboolean      too_large;
  GError       *error;
} StreamInput;

static int
stream_input_read (void *context,
                   char *buffer,
                   int   len)
{
  StreamInput *in = context;
  gssize n;

  if (len <= 0)
    return 0;
  if (in->head_pos < in->head->len)
    {
      gsize k = MIN ((gsize)len, in->head->len - in->head_pos);

      memcpy (buffer, in->head->data + in->head_pos, k);
      in->head_pos += k;
      return (int)k;
    }
  if (in->error != NULL || in->too_large)
    return -1;
  n = g_input_stream_read (in->stream, buffer, len, in->cancellable, &in->error);
  if (n < 0)
    return -1;
  in->total += n;
  if (in->total > QM_SIDECAR_MAX_SIZE)
    {
      in->too_large = TRUE;
      return -1;
    }
  return (int)n;
}

static int
stream_input_close (void *context)
{
  return 0;
}

static gboolean
too_large_error (GError **error)
{
  g_set_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_TOO_LARGE,
               _("The annotation file is larger than %u MB"), (guint)(QM_SIDECAR_MAX_SIZE >> 20));
  return FALSE;
}

/* Reads from the stream until the prolog is checked. */
static gboolean
stream_input_start (StreamInput  *in,
                    GError      **error)
{
  for (;;)
    {
      guint old_len = in->head->len;
      gssize n;
      PrologResult res;

      g_byte_array_set_size (in->head, old_len + 65536);
      n = g_input_stream_read (in->stream, in->head->data + old_len, 65536, in->cancellable, error);
      g_byte_array_set_size (in->head, old_len + MAX (n, 0));
      if (n < 0)
        return FALSE;
      in->total += n;
      if (in->total > QM_SIDECAR_MAX_SIZE)
        return too_large_error (error);
      if (n == 0 && in->head->len == 0)
        {
          set_line_error (error, QM_SIDECAR_ERROR_MALFORMED, 1, _("the file is empty"));
          return FALSE;
        }
      res = check_prolog ((const char *)in->head->data, in->head->len, n == 0, error);
      if (res == PROLOG_REFUSED)
        return FALSE;
      if (res == PROLOG_OK)
        return TRUE;
    }
}

/* Reads @xml, or else @stream, with libxml2's streaming reader: the
 * document skeleton (root, source, tag set, empty lists, top-level foreign
 * elements) is validated against the schema, each list item against the
 * same schema started at that item, and each item is turned into objects
 * right away. @text may be %NULL to only check the file. Reading from a
 * stream keeps memory flat: the file is never held as a whole.
 */
static gboolean
stream_read (Reader        *r,
             GBytes        *xml,
             GInputStream  *stream,
             GCancellable  *cancellable,
             Problems      *problems,
             gboolean       collect_all,
             guint         *major_out,
             GError       **error)
{
  g_autoptr(GByteArray) head = g_byte_array_new ();
  StreamInput in = { stream, cancellable, head, 0, 0, FALSE, NULL };
  xmlTextReaderPtr tr = NULL;
  xmlDocPtr skel = NULL;
  xmlNodePtr skel_root = NULL, skel_container = NULL;
  guint container = 0;
  guint major = 0;
  gboolean ok = TRUE, invalid = FALSE;
  int ret, text_end_line = 0;
  guint64 input_size = 0;

  if (xml != NULL)
    {
      gsize len;
      const char *data = g_bytes_get_data (xml, &len);

      input_size = len;

      if (len > QM_SIDECAR_MAX_SIZE || len > G_MAXINT)
        return too_large_error (error);
      if (len == 0)
        {
          set_line_error (error, QM_SIDECAR_ERROR_MALFORMED, 1, _("the file is empty"));
          return FALSE;
        }
      if (check_prolog (data, len, TRUE, error) != PROLOG_OK)
        return FALSE;

      xmlInitParser ();
      xmlSetGenericErrorFunc (NULL, ignore_generic_error);
      /* No XML_PARSE_NOENT (no substitution), no DTDLOAD/DTDATTR/DTDVALID, no
       * XINCLUDE, no HUGE (keeps libxml2's own depth and text-size limits);
       * BIG_LINES so that errors beyond line 65535 name the right line.
       */
      tr = xmlReaderForMemory (data, (int)len, "sidecar.xml", NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
    }
  else
    {
      if (!stream_input_start (&in, error))
        return FALSE;
      xmlInitParser ();
      xmlSetGenericErrorFunc (NULL, ignore_generic_error);
      /* the same options as above */
      tr = xmlReaderForIO (stream_input_read, stream_input_close, &in, "sidecar.xml", NULL,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_BIG_LINES);
    }
  if (tr == NULL)
    {
      g_clear_error (&in.error);
      set_line_error (error, QM_SIDECAR_ERROR_MALFORMED, 1, _("cannot read the file"));
      return FALSE;
    }
  xmlTextReaderSetStructuredErrorHandler (tr, collect_structured_error, problems);
  skel = xmlNewDoc ((const xmlChar *)"1.0");

  ret = xmlTextReaderRead (tr);
  while (ok && ret == 1)
    {
      int type = xmlTextReaderNodeType (tr);
      int depth = xmlTextReaderDepth (tr);
      xmlNodePtr node = xmlTextReaderCurrentNode (tr);
      int line = node ? node_line (node) : xmlTextReaderGetParserLineNumber (tr);

      /* what was assembled for the previous element */
      if (r->scratch->len > 0)
        g_ptr_array_set_size (r->scratch, 0);

      if (depth >= QM_SIDECAR_MAX_DEPTH)
        {
          set_line_error (error, QM_SIDECAR_ERROR_TOO_LARGE, line, _("elements are nested more than %d deep"),
                          QM_SIDECAR_MAX_DEPTH);
          ok = FALSE;
          break;
        }

      if (type == XML_READER_TYPE_DOCUMENT_TYPE || type == XML_READER_TYPE_ENTITY_REFERENCE ||
          type == XML_READER_TYPE_ENTITY)
        {
          set_line_error (error, QM_SIDECAR_ERROR_FORBIDDEN, line,
                          _("DOCTYPE and entities are not allowed in annotation files"));
          ok = FALSE;
          break;
        }

      /* The reader frees what it has passed: remember where the text
       * before the next element ended, for that element's line.
       */
      if (node != NULL && (node->type == XML_TEXT_NODE || node->type == XML_CDATA_SECTION_NODE))
        text_end_line = node->psvi != NULL ? (int)(ptrdiff_t)node->psvi : node->line;
      else if (type == XML_READER_TYPE_ELEMENT && node != NULL && node->line == 65535 && text_end_line >= 65535)
        node->_private = GINT_TO_POINTER (text_end_line);

      if ((type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_CDATA) && depth <= 2)
        {
          /* Text between the elements the schema lists: let it fail there. */
          if (depth == 1 && skel_root != NULL)
            xmlAddChild (skel_root, xmlNewDocText (skel, xmlTextReaderConstValue (tr)));
          else if (depth == 2 && skel_container != NULL)
            xmlAddChild (skel_container, xmlNewDocText (skel, xmlTextReaderConstValue (tr)));
          ret = xmlTextReaderRead (tr);
          continue;
        }

      if (type != XML_READER_TYPE_ELEMENT)
        {
          if (type == XML_READER_TYPE_END_ELEMENT && depth == 1)
            {
              skel_container = NULL;
              container = 0;
            }
          ret = xmlTextReaderRead (tr);
          continue;
        }

      if (depth == 0)
        {
          major = root_major (node);
          if (major == 0)
            {
              set_line_error (error, QM_SIDECAR_ERROR_NAMESPACE, line,
                              /* Translators: the element and namespace names are XML, not to be translated */
                              _("not a Quotemark annotation file (root element “%s” in namespace “%s”, "
                                "expected “annotations” in “%s”)"), (const char *)node->name,
                           node->ns && node->ns->href ? (const char *)node->ns->href : "",
                           QM_SIDECAR_NAMESPACE);
              ok = FALSE;
              break;
            }
          r->lenient = major != QM_SIDECAR_MAJOR_VERSION;
          skel_root = xmlDocCopyNode (node, skel, 2);
          xmlDocSetRootElement (skel, skel_root);
          ret = xmlTextReaderRead (tr);
          continue;
        }

      if (depth == 1)
        {
          container = 0;
          for (guint i = SCHEMA_PERSON; i < N_SCHEMAS; i++)
            if (is_named (node, container_names[i]))
              container = i;
          if (container != 0)
            {
              /* A list: its items come one by one. */
              skel_container = xmlDocCopyNode (node, skel, 2);
              xmlAddChild (skel_root, skel_container);
              if ((container == SCHEMA_QUOTE || container == SCHEMA_HIGHLIGHT) && !r->have_source)
                {
                  ok = inconsistent (error, node, _("the source element must come first"));
                  break;
                }
              ret = xmlTextReaderRead (tr);
              continue;
            }
          else
            {
              xmlNodePtr full = xmlTextReaderExpand (tr);

              if (full == NULL)
                {
                  ret = -1;
                  break;
                }
              xmlAddChild (skel_root, xmlDocCopyNode (full, skel, 1));
              if (is_named (full, "source"))
                ok = read_source (r, full, error);
              else if (is_named (full, "tagset"))
                {
                  r->tagset_valid = r->tagset_valid && !r->lenient && tagset_is_valid (full);
                  ok = read_tagset (r, full, error);
                }
              else if (is_foreign (full))
                g_ptr_array_add (r->foreign, dump_foreign (full));
              ret = xmlTextReaderNext (tr);
              continue;
            }
        }

      /* depth 2: an item of a list */
      {
        xmlNodePtr full = xmlTextReaderExpand (tr);

        if (full == NULL)
          {
            ret = -1;
            break;
          }
        if (container == 0 || !is_named (full, item_names[container]))
          {
            /* Not what this list holds: the skeleton's validation reports it. */
            if (skel_container != NULL)
              xmlAddChild (skel_container, xmlDocCopyNode (full, skel, 1));
          }
        else if (!r->lenient && !validate_item (container, full, !collect_all, problems))
          {
            invalid = TRUE;
            if (!collect_all)
              {
                ok = schema_error (error, problems);
                break;
              }
          }
        else if (!invalid)
          {
            r->unconfirmed = FALSE;
            if (container == SCHEMA_PERSON)
              ok = read_person (r, full, error);
            else if (container == SCHEMA_QUOTE)
              ok = read_quote (r, full, error);
            else
              ok = read_highlight (r, full, error);
            /* The schema's verdict on what was left to the reader comes first. */
            if ((!ok || r->unconfirmed) && !r->lenient && !collect_all &&
                !validate_item (container, full, FALSE, problems))
              {
                g_clear_error (error);
                ok = schema_error (error, problems);
              }
          }
        ret = xmlTextReaderNext (tr);
      }
    }

  if (ok && ret < 0 && in.too_large)
    ok = too_large_error (error);
  else if (ok && ret < 0 && in.error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&in.error));
      ok = FALSE;
    }
  else if (ok && ret < 0)
    {
      /* not well-formed, or libxml2's own limits */
      g_autofree char *fallback = problems->problems->len > 0 ? NULL
                                  : line_message (0, _("not well-formed XML"));
      const char *msg = fallback ? fallback : g_ptr_array_index (problems->problems, 0);
      gboolean too_deep = problems->first_code == XML_ERR_INTERNAL_ERROR && strstr (msg, "depth") != NULL;

      /* The parser read it all and still wanted more: the file was cut
       * off (a full disk, a copy that stopped). libxml2 says so in words
       * such as "Extra content at the end of the document", which sent
       * the user looking for something extra. Garbage in the middle or
       * after the end stops the parser before the end of its input. */
      gboolean cut_off = !too_deep && xmlTextReaderByteConsumed (tr) >= 0 &&
                         (guint64)xmlTextReaderByteConsumed (tr) >= (xml != NULL ? input_size : in.total);

      if (too_deep)
        set_line_error (error, QM_SIDECAR_ERROR_TOO_LARGE, problems->first_line,
                        _("elements are nested too deeply"));
      else if (cut_off)
        set_line_error (error, QM_SIDECAR_ERROR_MALFORMED, problems->first_line,
                        _("the file ends before its annotations do; it was cut off, perhaps while "
                          "it was written or copied"));
      else
        g_set_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_MALFORMED, "%s", msg);
      ok = FALSE;
    }
  else if (ok && skel_root == NULL)
    {
      set_line_error (error, QM_SIDECAR_ERROR_MALFORMED, 1, _("no root element"));
      ok = FALSE;
    }
  if (ok && !r->lenient && (!validate_with (SCHEMA_DOCUMENT, skel, problems) || invalid))
    ok = schema_error (error, problems);
  if (ok && !r->have_source)
    ok = inconsistent (error, skel_root, _("no source element"));

  if (major_out)
    *major_out = major;
  xmlFreeTextReader (tr);
  xmlFreeDoc (skel);
  g_clear_error (&in.error);
  return ok;
}

static void
reader_finish (Reader *r)
{
  if (r->pending->len > 0)
    resolve_pending (r);
  if (!r->same_text)
    reject_fuzzy_on_others (r);
  _qm_annotation_set_load_content (r->set, r->people, r->groups, r->quotes, r->highlights);
  for (guint i = 0; i < r->foreign->len; i++)
    g_ptr_array_add (_qm_annotation_set_get_foreign (r->set), g_strdup (g_ptr_array_index (r->foreign, i)));
  _qm_annotation_set_set_text_changed (r->set, !r->same_text);
  if (r->changed)
    _qm_annotation_set_force_modified (r->set);
}

static gboolean
set_is_empty (QmAnnotationSet *set)
{
  return g_list_model_get_n_items (qm_annotation_set_get_quotes (set)) == 0 &&
         g_list_model_get_n_items (qm_annotation_set_get_highlights (set)) == 0 &&
         g_list_model_get_n_items (qm_annotation_set_get_people (set)) == 0 &&
         !qm_annotation_set_get_can_undo (set);
}

/* Reads @xml, or else @stream, into @set. */
static gboolean
read_into_set (QmAnnotationSet  *set,
               GBytes           *xml,
               GInputStream     *stream,
               GCancellable     *cancellable,
               GError          **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  Problems problems = { list, 0, 0, 0, NULL };
  Reader r;
  guint major = 0;
  gboolean ok;

  reader_init (&r, set, qm_annotation_set_get_text (set));
  ok = stream_read (&r, xml, stream, cancellable, &problems, FALSE, &major, error);
  if (ok)
    {
      reader_finish (&r);
      if (major != QM_SIDECAR_MAJOR_VERSION)
        {
          /* Translators: %u is the version of the annotation file format */
          g_autofree char *reason = g_strdup_printf (_("the annotations were written by a newer version of "
                                                       "Quotemark (format %u); they are shown read-only so "
                                                       "nothing this version does not understand is lost"),
                                                     major);
          _qm_annotation_set_set_read_only (set, reason);
        }
    }
  reader_clear (&r);
  problems_clear (&problems);
  return ok;
}

/**
 * qm_sidecar_read_bytes:
 * @set: an empty set for the article (from qm_annotation_set_new_for_source())
 * @xml: the sidecar's bytes
 * @error: return location for a #GError
 *
 * Reads a sidecar into @set and re-anchors every annotation on the set's
 * text. On error @set is left as it was. A file of a newer major version is
 * read as far as possible and makes the set read-only (see
 * qm_annotation_set_get_read_only_reason()).
 *
 * Returns: %TRUE on success
 */
gboolean
qm_sidecar_read_bytes (QmAnnotationSet  *set,
                       GBytes           *xml,
                       GError          **error)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), FALSE);
  g_return_val_if_fail (xml != NULL, FALSE);
  g_return_val_if_fail (set_is_empty (set), FALSE);

  return read_into_set (set, xml, NULL, NULL, error);
}

/* Refuses what is not a regular file or is too large to be a sidecar. */
static gboolean
check_file_limited (GFile         *file,
                    GCancellable  *cancellable,
                    GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_SIZE "," G_FILE_ATTRIBUTE_STANDARD_TYPE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return FALSE;
  if (g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE, _("“%s” is not a regular file"),
                   g_file_peek_path (file));
      return FALSE;
    }
  if ((guint64)g_file_info_get_size (info) > QM_SIDECAR_MAX_SIZE)
    return too_large_error (error);
  return TRUE;
}

static GBytes *
read_file_limited (GFile         *file,
                   GCancellable  *cancellable,
                   GError       **error)
{
  char *data = NULL;
  gsize len = 0;

  if (!check_file_limited (file, cancellable, error))
    return NULL;
  if (!g_file_load_contents (file, cancellable, &data, &len, NULL, error))
    return NULL;
  if (len > QM_SIDECAR_MAX_SIZE)
    {
      g_free (data);
      too_large_error (error);
      return NULL;
    }
  return g_bytes_new_take (data, len);
}

/**
 * qm_sidecar_load:
 * @sidecar_file: the sidecar
 * @source: the article it belongs to
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Reads the sidecar of @source. %G_IO_ERROR_NOT_FOUND means there is none
 * yet; any #QM_SIDECAR_ERROR means the file is bad and was left untouched.
 *
 * Returns: (transfer full) (nullable): the annotations
 */
QmAnnotationSet *
qm_sidecar_load (GFile         *sidecar_file,
                 QmSource      *source,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GFileInputStream) file_stream = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(QmAnnotationSet) set = NULL;

  g_return_val_if_fail (G_IS_FILE (sidecar_file), NULL);
  g_return_val_if_fail (QM_IS_SOURCE (source), NULL);

  /* Read as a stream: the file is never held in memory as a whole. */
  if (!check_file_limited (sidecar_file, cancellable, error) ||
      (file_stream = g_file_read (sidecar_file, cancellable, error)) == NULL)
    return NULL;
  stream = g_buffered_input_stream_new_sized (G_INPUT_STREAM (file_stream), 256 * 1024);
  set = qm_annotation_set_new_for_source (source);
  if (!read_into_set (set, NULL, stream, cancellable, error))
    return NULL;
  _qm_annotation_set_set_loaded_from (set, sidecar_file);
  return g_steal_pointer (&set);
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = g_object_get_data (G_OBJECT (task), "file");
  QmSource *source = task_data;
  GError *error = NULL;
  QmAnnotationSet *set = qm_sidecar_load (file, source, cancellable, &error);

  if (set == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, set, g_object_unref);
}

/**
 * qm_sidecar_load_async:
 * @sidecar_file: the sidecar
 * @source: the article it belongs to
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Like qm_sidecar_load(), in a worker thread.
 */
void
qm_sidecar_load_async (GFile               *sidecar_file,
                       QmSource            *source,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (sidecar_file));
  g_return_if_fail (QM_IS_SOURCE (source));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, qm_sidecar_load_async);
  g_task_set_task_data (task, g_object_ref (source), g_object_unref);
  g_object_set_data_full (G_OBJECT (task), "file", g_object_ref (sidecar_file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * qm_sidecar_load_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Returns: (transfer full) (nullable): the annotations
 */
QmAnnotationSet *
qm_sidecar_load_finish (GAsyncResult  *result,
                        GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, NULL), NULL);
  return g_task_propagate_pointer (G_TASK (result), error);
}

/* One reading of @xml for qm_sidecar_validate_bytes(): as loading reads
 * (stops at the first problem), or with @collect_all every item against the
 * full schema, collecting the problems into @list.
 */
static gboolean
validate_pass (GBytes        *xml,
               GFile         *file,
               GCancellable  *cancellable,
               gboolean       collect_all,
               GPtrArray     *list,
               GError       **error)
{
  g_autoptr(GFileInputStream) file_stream = NULL;
  g_autoptr(GInputStream) stream = NULL;
  Problems p = { list, 0, 0, 0, NULL };
  Reader r;
  guint major = 0;
  gboolean ok;

  if (xml == NULL)
    {
      if (!check_file_limited (file, cancellable, error) ||
          (file_stream = g_file_read (file, cancellable, error)) == NULL)
        return FALSE;
      stream = g_buffered_input_stream_new_sized (G_INPUT_STREAM (file_stream), 256 * 1024);
    }
  reader_init (&r, NULL, NULL);
  ok = stream_read (&r, xml, stream, cancellable, &p, collect_all, &major, error);
  if (ok && major != QM_SIDECAR_MAJOR_VERSION)
    {
      g_set_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_NAMESPACE,
                   /* Translators: the annotation file's format version, and the newest this program reads */
                   _("format version %u is newer than this program reads (%d)"), major, QM_SIDECAR_MAJOR_VERSION);
      ok = FALSE;
    }
  reader_clear (&r);
  problems_clear (&p);
  return ok;
}

/* Validates @xml, or else the file @file read as a stream. */
static gboolean
validate_input (GBytes        *xml,
                GFile         *file,
                GCancellable  *cancellable,
                gboolean       fast_first,
                GPtrArray    **problems,
                GError       **error)
{
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  /* The way loading reads gives the same verdict (the fuzzer checks it)
   * and costs less; only a file it refuses is read again, item by item
   * against the full schema, for the list of all its problems.
   */
  ok = fast_first && validate_pass (xml, file, cancellable, FALSE, list, &local_error);
  /* (a file that cannot be opened or read is not read again) */
  if (!ok && (file == NULL || local_error == NULL || local_error->domain == QM_SIDECAR_ERROR))
    {
      g_clear_error (&local_error);
      g_ptr_array_set_size (list, 0);
      ok = validate_pass (xml, file, cancellable, TRUE, list, &local_error);
    }
  /* problems lists every schema problem; other errors stand alone */
  if (!ok && local_error != NULL && (list->len == 0 || !g_error_matches (local_error, QM_SIDECAR_ERROR,
                                                                         QM_SIDECAR_ERROR_INVALID)))
    {
      g_ptr_array_set_size (list, 0);
      g_ptr_array_add (list, g_strdup (local_error->message));
    }
  if (problems != NULL)
    *problems = g_steal_pointer (&list);
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

/**
 * qm_sidecar_validate_bytes:
 * @xml: a sidecar's bytes
 * @problems: (out) (optional) (element-type utf8) (transfer full): every
 *   problem found, each "line N: message" (in the user's language)
 * @error: return location for a #GError (the first problem)
 *
 * Checks a sidecar against the schema and for consistency (ids, references,
 * offsets within the recorded length), without an article at hand.
 *
 * Returns: %TRUE if the file is a valid sidecar of a version this program reads
 */
gboolean
qm_sidecar_validate_bytes (GBytes     *xml,
                           GPtrArray **problems,
                           GError    **error)
{
  g_return_val_if_fail (xml != NULL, FALSE);

  return validate_input (xml, NULL, NULL, TRUE, problems, error);
}

/**
 * qm_sidecar_validate_file:
 * @file: a sidecar file (a regular file: it may be read twice)
 * @cancellable: (nullable): a #GCancellable
 * @problems: (out) (optional) (element-type utf8) (transfer full): every
 *   problem found, each "line N: message" (in the user's language), or the error that kept the file
 *   from being read
 * @error: return location for a #GError (the first problem)
 *
 * Like qm_sidecar_validate_bytes(), reading the file as a stream as
 * qm_sidecar_load() does, so it is never held in memory as a whole.
 *
 * Returns: %TRUE if the file is a valid sidecar of a version this program reads
 */
gboolean
qm_sidecar_validate_file (GFile         *file,
                          GCancellable  *cancellable,
                          GPtrArray    **problems,
                          GError       **error)
{
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  return validate_input (NULL, file, cancellable, TRUE, problems, error);
}

/* Always every item against the full schema: what the fast pass of
 * qm_sidecar_validate_bytes() is checked against in the tests.
 */
gboolean
_qm_sidecar_validate_bytes_full (GBytes     *xml,
                                 GPtrArray **problems,
                                 GError    **error)
{
  g_return_val_if_fail (xml != NULL, FALSE);

  return validate_input (xml, NULL, NULL, FALSE, problems, error);
}

/* Writing --------------------------------------------------------------------- */

/* Characters XML 1.0 cannot carry are replaced, so the output is always
 * well-formed. Returns NULL when @s needs no change.
 */
static char *
xml_safe (const char *s)
{
  GString *out = NULL;

  for (const char *p = s; *p; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
                    (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);

      if (!ok && out == NULL)
        out = g_string_new_len (s, p - s);
      if (out != NULL)
        {
          if (ok)
            g_string_append_unichar (out, c);
          else
            g_string_append_unichar (out, 0xFFFD);
        }
    }
  return out ? g_string_free (out, FALSE) : NULL;
}

typedef struct
{
  xmlTextWriterPtr w;
  int              rc;
  int              depth;
} Writer;

static void
w_start (Writer     *w,
         const char *name)
{
  if (w->rc >= 0)
    w->rc = xmlTextWriterStartElement (w->w, (const xmlChar *)name);
  w->depth++;
}

static void
w_end (Writer *w)
{
  if (w->rc >= 0)
    w->rc = xmlTextWriterEndElement (w->w);
  w->depth--;
}

static void
w_attr (Writer     *w,
        const char *name,
        const char *value)
{
  g_autofree char *safe = NULL;

  if (value == NULL || w->rc < 0)
    return;
  safe = xml_safe (value);
  w->rc = xmlTextWriterWriteAttribute (w->w, (const xmlChar *)name, (const xmlChar *)(safe ? safe : value));
}

static void
w_attr_size (Writer     *w,
             const char *name,
             gsize       value)
{
  char buf[32];

  g_snprintf (buf, sizeof buf, "%" G_GSIZE_FORMAT, value);
  w_attr (w, name, buf);
}

static void
w_attr_time (Writer     *w,
             const char *name,
             GDateTime  *dt)
{
  g_autofree char *s = _qm_format_time (dt);

  w_attr (w, name, s);
}

static void
w_text_element (Writer     *w,
                const char *name,
                const char *text)
{
  g_autofree char *safe = NULL;

  if (w->rc < 0)
    return;
  safe = xml_safe (text ? text : "");
  w->rc = xmlTextWriterWriteElement (w->w, (const xmlChar *)name, (const xmlChar *)(safe ? safe : text ? text : ""));
}

static void
w_raw (Writer     *w,
       const char *raw)
{
  if (w->rc >= 0)
    w->rc = xmlTextWriterWriteRaw (w->w, (const xmlChar *)raw);
}

static void
w_selector (Writer     *w,
            const char *name,
            QmTarget   *t)
{
  if (t == NULL)
    return;
  w_start (w, name);
  w_attr_size (w, "start", qm_target_get_start (t));
  w_attr_size (w, "end", qm_target_get_end (t));
  w_text_element (w, "prefix", qm_target_get_prefix (t));
  w_text_element (w, "exact", qm_target_get_exact (t));
  w_text_element (w, "suffix", qm_target_get_suffix (t));
  w_end (w);
}

/* Foreign elements go out as they came in, each on its own line at the
 * depth of its siblings (the writer does not indent raw content itself).
 */
static void
w_foreign_list (Writer    *w,
                GPtrArray *arr)
{
  g_autoptr(GString) indent = g_string_new (NULL);

  if (arr == NULL || arr->len == 0)
    return;
  for (int d = 0; d < w->depth; d++)
    g_string_append (indent, "  ");
  for (guint i = 0; i < arr->len; i++)
    {
      w_raw (w, indent->str);
      w_raw (w, g_ptr_array_index (arr, i));
      w_raw (w, "\n");
    }
  /* the parent's end tag */
  g_string_truncate (indent, indent->len - 2);
  w_raw (w, indent->str);
}

static void
w_foreign (Writer  *w,
           GObject *object)
{
  GPtrArray *arr = g_object_get_data (object, QM_FOREIGN_KEY);

  w_foreign_list (w, arr);
}

static void
w_annotation_body (Writer       *w,
                   QmAnnotation *a)
{
  GListModel *notes = qm_annotation_get_notes (a);

  for (const char * const *t = qm_annotation_get_tags (a); *t; t++)
    {
      w_start (w, "tag");
      w_attr (w, "ref", *t);
      w_end (w);
    }
  for (guint i = 0; i < g_list_model_get_n_items (notes); i++)
    {
      g_autoptr(QmNote) note = g_list_model_get_item (notes, i);
      g_autofree char *safe = xml_safe (qm_note_get_text (note));

      w_start (w, "note");
      w_attr (w, "id", qm_note_get_id (note));
      w_attr (w, "author", qm_note_get_author (note));
      w_attr_time (w, "created", qm_note_get_created (note));
      w_attr_time (w, "modified", qm_note_get_modified (note));
      if (w->rc >= 0)
        w->rc = xmlTextWriterWriteString (w->w, (const xmlChar *)(safe ? safe : qm_note_get_text (note)));
      w_end (w);
    }
  w_foreign (w, G_OBJECT (a));
}

static void
w_annotation_attrs (Writer       *w,
                    QmAnnotation *a)
{
  w_attr (w, "id", qm_annotation_get_id (a));
  w_attr (w, "origin", qm_origin_to_string (qm_annotation_get_origin (a)));
  w_attr (w, "anchor", qm_anchor_state_to_string (qm_annotation_get_anchor_state (a)));
  w_attr (w, "creator", qm_annotation_get_creator (a));
  w_attr_time (w, "created", qm_annotation_get_created (a));
  w_attr_time (w, "modified", qm_annotation_get_modified (a));
}

static char *
format_confidence (double c)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  char *s = g_strdup (g_ascii_formatd (buf, sizeof buf, "%.4f", CLAMP (c, 0.0, 1.0)));
  gsize n = strlen (s);

  /* "0.8000" → "0.8", "1.0000" → "1": short and stable. */
  while (n > 0 && s[n - 1] == '0')
    s[--n] = '\0';
  if (n > 0 && s[n - 1] == '.')
    s[--n] = '\0';
  return s;
}

/* Writes @set to @out, which it takes over and closes. */
static gboolean
serialize_to (QmAnnotationSet     *set,
              xmlOutputBufferPtr   out,
              GError             **error)
{
  Writer w = { NULL, 0 };
  QmText *text;
  GListModel *model;
  GPtrArray *foreign;

  text = qm_annotation_set_get_text (set);
  w.w = xmlNewTextWriter (out);
  xmlTextWriterSetIndent (w.w, 1);
  xmlTextWriterSetIndentString (w.w, (const xmlChar *)"  ");
  w.rc = xmlTextWriterStartDocument (w.w, "1.0", "UTF-8", NULL);

  w_start (&w, "annotations");
  w_attr (&w, "xmlns", QM_SIDECAR_NAMESPACE);
  w_attr (&w, "formatVersion", QM_SIDECAR_FORMAT_VERSION);

  w_start (&w, "source");
  w_attr (&w, "name", qm_annotation_set_get_source_name (set));
  w_attr (&w, "mediaType", qm_annotation_set_get_media_type (set));
  w_attr (&w, "encoding", qm_annotation_set_get_encoding (set));
  w_attr (&w, "offsetUnit", "codepoint");
  w_attr_size (&w, "length", qm_text_get_length (text));
  if (qm_annotation_set_get_raw_sha256 (set) != NULL)
    w_attr_size (&w, "size", qm_annotation_set_get_raw_size (set));
  w_attr (&w, "sha256", qm_annotation_set_get_raw_sha256 (set));
  w_attr (&w, "textSha256", qm_text_get_sha256 (text));
  w_attr (&w, "extractor", qm_annotation_set_get_extractor (set));
  w_end (&w);

  w_start (&w, "tagset");
  model = qm_annotation_set_get_tag_groups (set);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QmTagGroup) group = g_list_model_get_item (model, i);
      GListModel *cats = qm_tag_group_get_categories (group);

      w_start (&w, "group");
      w_attr (&w, "id", qm_tag_group_get_id (group));
      w_attr (&w, "label", _qm_tag_group_get_saved_label (group));
      w_attr (&w, "exclusive", qm_tag_group_get_exclusive (group) ? "true" : "false");
      if (qm_tag_group_get_builtin (group))
        w_attr (&w, "builtin", "true");
      for (guint c = 0; c < g_list_model_get_n_items (cats); c++)
        {
          g_autoptr(QmTagCategory) cat = g_list_model_get_item (cats, c);

          w_start (&w, "category");
          w_attr (&w, "id", qm_tag_category_get_id (cat));
          w_attr (&w, "label", _qm_tag_category_get_saved_label (cat));
          w_attr (&w, "color", qm_tag_category_get_color (cat));
          w_end (&w);
        }
      w_end (&w);
    }
  w_end (&w);

  w_start (&w, "people");
  model = qm_annotation_set_get_people (set);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QmPerson) p = g_list_model_get_item (model, i);

      w_start (&w, "person");
      w_attr (&w, "id", qm_person_get_id (p));
      w_attr (&w, "name", qm_person_get_name (p));
      w_attr (&w, "role", qm_person_get_role (p));
      w_attr (&w, "color", qm_person_get_color (p));
      if (qm_person_get_organisation (p))
        w_attr (&w, "organisation", "true");
      w_attr (&w, "origin", qm_origin_to_string (qm_person_get_origin (p)));
      for (const char * const *a = qm_person_get_aliases (p); *a; a++)
        w_text_element (&w, "alias", *a);
      w_foreign (&w, G_OBJECT (p));
      w_end (&w);
    }
  w_end (&w);

  w_start (&w, "quotes");
  model = qm_annotation_set_get_quotes (set);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QmQuote) q = g_list_model_get_item (model, i);
      g_autofree char *conf = format_confidence (qm_quote_get_confidence (q));

      w_start (&w, "quote");
      w_annotation_attrs (&w, QM_ANNOTATION (q));
      w_attr (&w, "kind", qm_quote_kind_to_string (qm_quote_get_kind (q)));
      w_attr (&w, "speaker", qm_quote_get_speaker_id (q));
      w_attr (&w, "confidence", conf);
      w_attr (&w, "review", qm_review_state_to_string (qm_quote_get_review (q)));
      if (qm_quote_get_edited (q))
        w_attr (&w, "edited", "true");
      w_selector (&w, "target", qm_annotation_get_target (QM_ANNOTATION (q)));
      w_selector (&w, "speakerMention", qm_quote_get_speaker_mention (q));
      w_selector (&w, "cue", qm_quote_get_cue (q));
      w_annotation_body (&w, QM_ANNOTATION (q));
      w_end (&w);
    }
  w_end (&w);

  w_start (&w, "highlights");
  model = qm_annotation_set_get_highlights (set);
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(QmAnnotation) h = g_list_model_get_item (model, i);

      w_start (&w, "highlight");
      w_annotation_attrs (&w, h);
      w_selector (&w, "target", qm_annotation_get_target (h));
      w_annotation_body (&w, h);
      w_end (&w);
    }
  w_end (&w);

  foreign = _qm_annotation_set_get_foreign (set);
  w_foreign_list (&w, foreign);

  w_end (&w);
  if (w.rc >= 0)
    w.rc = xmlTextWriterEndDocument (w.w);
  xmlFreeTextWriter (w.w);

  if (w.rc < 0)
    {
      g_set_error_literal (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_WRITE, _("Could not produce the annotation XML"));
      return FALSE;
    }
  return TRUE;
}

static int
byte_array_write_cb (void       *context,
                     const char *buffer,
                     int         len)
{
  g_byte_array_append (context, (const guint8 *)buffer, len);
  return len;
}

/**
 * qm_sidecar_serialize:
 * @set: a #QmAnnotationSet
 * @error: return location for a #GError
 *
 * Writes @set as sidecar XML. The same set always gives the same bytes.
 *
 * Returns: (transfer full) (nullable): the XML
 */
GBytes *
qm_sidecar_serialize (QmAnnotationSet  *set,
                      GError          **error)
{
  GByteArray *arr;
  xmlOutputBufferPtr out;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), NULL);

  xmlInitParser ();
  arr = g_byte_array_new ();
  out = xmlOutputBufferCreateIO (byte_array_write_cb, NULL, arr, NULL);
  if (!serialize_to (set, out, error))
    {
      g_byte_array_unref (arr);
      return NULL;
    }
  return g_byte_array_free_to_bytes (arr);
}

/* Atomic save ------------------------------------------------------------------- */

static gboolean
write_error (GError     **error,
             const char  *format,
             ...) G_GNUC_PRINTF (2, 3);

static gboolean
write_error (GError     **error,
             const char  *format,
             ...)
{
  g_autofree char *msg = NULL;
  va_list args;

  va_start (args, format);
  msg = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error_literal (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_WRITE, msg);
  return FALSE;
}

typedef struct
{
  int      fd;
  gsize    written;
  int      errsv;
} Sink;

/* Writes everything, giving the test hook a say after each write. */
static gboolean
sink_write (Sink       *sink,
            const char *data,
            gsize       len)
{
  gsize done = 0;

  while (done < len)
    {
      gssize n = write (sink->fd, data + done, len - done);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          /* a write that writes nothing would never end the loop */
          sink->errsv = n < 0 ? errno : ENOSPC;
          return FALSE;
        }
      done += n;
      sink->written += n;
    }
  if (write_hook != NULL && !write_hook (sink->written, 0))
    {
      sink->errsv = ENOSPC;
      return FALSE;
    }
  return TRUE;
}

static int
sink_write_cb (void       *context,
               const char *buffer,
               int         len)
{
  return sink_write (context, buffer, len) ? len : -1;
}

typedef gboolean (*FillFunc) (Sink *sink, gpointer data);

/* The XML straight into the file, never whole in memory. */
static gboolean
fill_from_set (Sink     *sink,
               gpointer  data)
{
  xmlOutputBufferPtr out = xmlOutputBufferCreateIO (sink_write_cb, NULL, sink, NULL);

  return serialize_to (data, out, NULL) && sink->errsv == 0;
}

static gboolean
fill_from_bytes (Sink     *sink,
                 gpointer  data)
{
  gsize len;
  const char *bytes = g_bytes_get_data (data, &len);

  /* in two writes, so a test hook can interrupt between them */
  return sink_write (sink, bytes, len / 2) && sink_write (sink, bytes + len / 2, len - len / 2);
}

static gboolean
sync_dir (const char *dir)
{
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return FALSE;
  fsync (fd);
  close (fd);
  return TRUE;
}

/* A temporary file is ".NAME.XXXXXX", the Xs being letters and digits
 * (g_mkstemp()).
 */
static gboolean
is_temporary_of (const char *entry,
                 const char *base)
{
  gsize base_len = strlen (base);
  const char *rest;

  if (entry[0] != '.' || strncmp (entry + 1, base, base_len) != 0 || entry[1 + base_len] != '.')
    return FALSE;
  rest = entry + base_len + 2;
  if (strlen (rest) != 6)
    return FALSE;
  for (guint i = 0; i < 6; i++)
    if (!g_ascii_isalnum (rest[i]))
      return FALSE;
  return TRUE;
}

/**
 * _qm_sidecar_remove_stale_temporaries:
 * @path: a file written atomically (a sidecar, a draft)
 *
 * A writer killed while saving leaves its temporary file behind. Those of
 * @path older than QM_SIDECAR_STALE_SECONDS are removed (a younger one may
 * belong to a save still running in another process); only regular files,
 * never what a link points to.
 */
void
_qm_sidecar_remove_stale_temporaries (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;
  const char *entry;

  if (d == NULL)
    return;
  while ((entry = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *full = NULL;
      struct stat st;

      if (!is_temporary_of (entry, base))
        continue;
      full = g_build_filename (dir, entry, NULL);
      if (g_lstat (full, &st) != 0 || !S_ISREG (st.st_mode))
        continue;
      if (now - (gint64)st.st_mtime < QM_SIDECAR_STALE_SECONDS)
        continue;
      if (g_unlink (full) != 0)
        g_debug ("Could not remove the stale temporary file %s: %s", full, g_strerror (errno));
    }
}

/* Writes what @fill writes to a new temporary file ".NAME.XXXXXX" next to
 * @path, created with @mode, and flushes it to the disk. Returns the
 * temporary file's path, or NULL (and no file) on failure.
 */
static char *
write_temporary (const char  *path,
                 FillFunc     fill,
                 gpointer     fill_data,
                 int          mode,
                 GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  Sink sink = { -1, 0, 0 };
  int fd, errsv;

  fd = g_mkstemp_full (tmp, O_RDWR | O_CLOEXEC, mode);
  if (fd < 0)
    {
      write_error (error,
                   /* Translators: %s is a file's path, then the system's reason */
                   _("Could not save “%s”: cannot create a file in the folder: %s"), path, g_strerror (errno));
      return NULL;
    }

  sink.fd = fd;
  if (!fill (&sink, fill_data) || fsync (fd) != 0)
    {
      errsv = sink.errsv ? sink.errsv : errno ? errno : EIO;
      close (fd);
      g_unlink (tmp);
      write_error (error, _("Could not save “%s”: writing failed: %s"), path, g_strerror (errsv));
      return NULL;
    }
  if (close (fd) != 0)
    {
      errsv = errno;
      g_unlink (tmp);
      write_error (error, _("Could not save “%s”: writing failed: %s"), path, g_strerror (errsv));
      return NULL;
    }
  return g_steal_pointer (&tmp);
}

/**
 * _qm_sidecar_write_temporary:
 * @path: the file the temporary file will replace
 * @bytes: its new contents
 * @mode: the temporary file's permissions
 * @error: return location for an error
 *
 * The first half of an atomic write, for files other than sidecars (the
 * drafts): @bytes in a new temporary file next to @path, flushed to the
 * disk. The caller renames it to @path, or removes it.
 *
 * Returns: (transfer full) (nullable): the temporary file's path
 */
char *
_qm_sidecar_write_temporary (const char  *path,
                             GBytes      *bytes,
                             int          mode,
                             GError     **error)
{
  return write_temporary (path, fill_from_bytes, bytes, mode, error);
}

/**
 * _qm_sidecar_rename_temporary:
 * @tmp: a temporary file from _qm_sidecar_write_temporary()
 * @path: the file it replaces
 * @error: return location for an error
 *
 * The second half of an atomic write: renames @tmp to @path, flushes the
 * folder to the disk so the rename survives a power cut, and removes the
 * stale temporary files of @path. On failure @tmp is removed.
 *
 * Returns: whether @path now holds the new contents
 */
gboolean
_qm_sidecar_rename_temporary (const char  *tmp,
                              const char  *path,
                              GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int errsv;

  if (g_rename (tmp, path) != 0)
    {
      errsv = errno;
      g_unlink (tmp);
      return write_error (error, _("Could not save “%s”: cannot replace the file: %s"), path, g_strerror (errsv));
    }
  sync_dir (dir);
  /* our own temporary file is the file itself now */
  _qm_sidecar_remove_stale_temporaries (path);
  return TRUE;
}

static gboolean
write_atomic (const char  *path,
              FillFunc     fill,
              gpointer     fill_data,
              GError     **error)
{
  g_autofree char *backup = g_strconcat (path, QM_SIDECAR_BACKUP_SUFFIX, NULL);
  g_autofree char *tmp = write_temporary (path, fill, fill_data, 0644, error);
  struct stat st;
  gboolean exists;
  int errsv;

  if (tmp == NULL)
    return FALSE;

  exists = g_lstat (path, &st) == 0;
  if (exists)
    {
      /* The previous version becomes the backup; a hard link keeps the
       * sidecar itself in place until the rename replaces it.
       */
      if (g_unlink (backup) != 0 && errno != ENOENT)
        {
          errsv = errno;
          g_unlink (tmp);
          return write_error (error, _("Could not save “%s”: cannot replace the old backup: %s"), path,
                            g_strerror (errsv));
        }
      if (link (path, backup) != 0)
        {
          g_autoptr(GFile) src = g_file_new_for_path (path);
          g_autoptr(GFile) dst = g_file_new_for_path (backup);
          g_autoptr(GError) copy_error = NULL;

          if (!g_file_copy (src, dst, G_FILE_COPY_OVERWRITE, NULL, NULL, NULL, &copy_error))
            {
              g_unlink (tmp);
              g_set_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_WRITE,
                           _("Could not save “%s”: cannot keep a backup: %s"), path, copy_error->message);
              return FALSE;
            }
        }
    }

  return _qm_sidecar_rename_temporary (tmp, path, error);
}

static gboolean
check_target (QmAnnotationSet     *set,
              GFile               *file,
              QmSidecarSaveFlags   flags,
              GCancellable        *cancellable,
              GError             **error)
{
  GFile *loaded = _qm_annotation_set_get_loaded_from (set);
  g_autoptr(GBytes) old = NULL;
  g_autoptr(GError) local_error = NULL;

  if (qm_annotation_set_get_read_only (set))
    {
      g_set_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_READ_ONLY,
                   /* Translators: %s says why the annotations are read-only */
                   _("Not saved: %s"),
                   qm_annotation_set_get_read_only_reason (set));
      return FALSE;
    }
  if ((flags & QM_SIDECAR_SAVE_REPLACE_UNREADABLE) || (loaded != NULL && g_file_equal (loaded, file)))
    return TRUE;

  /* Not the file this set came from: never replace a sidecar that could not
   * be read unless the user chose to.
   */
  old = read_file_limited (file, cancellable, &local_error);
  if (old == NULL && g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    return TRUE;
  if (old == NULL || !qm_sidecar_validate_bytes (old, NULL, &local_error))
    {
      g_set_error (error, QM_SIDECAR_ERROR, QM_SIDECAR_ERROR_UNREADABLE_TARGET,
                   /* Translators: the first %s is the annotation file's path, the second why it could not be read */
                   _("Not saved: “%s” holds annotations that could not be read (%s); "
                     "saving would replace them"), g_file_peek_path (file), local_error->message);
      return FALSE;
    }
  return TRUE;
}

/**
 * qm_sidecar_save:
 * @set: a #QmAnnotationSet
 * @sidecar_file: where to write (a local file)
 * @flags: %QM_SIDECAR_SAVE_REPLACE_UNREADABLE once the user chose to replace
 *   a sidecar that could not be read
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for a #GError
 *
 * Writes @set atomically: a temporary file in the same folder, flushed to
 * disk, then renamed over @sidecar_file; the previous file is kept as
 * qm_sidecar_backup_file(). On any error the previous file is intact and
 * @set is unchanged (still modified). On success the set is marked saved.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_sidecar_save (QmAnnotationSet     *set,
                 GFile               *sidecar_file,
                 QmSidecarSaveFlags   flags,
                 GCancellable        *cancellable,
                 GError             **error)
{
  guint64 serial;

  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), FALSE);
  g_return_val_if_fail (G_IS_FILE (sidecar_file), FALSE);

  if (g_file_peek_path (sidecar_file) == NULL)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("Annotations can only be saved to local files"));
      return FALSE;
    }
  if (!check_target (set, sidecar_file, flags, cancellable, error))
    return FALSE;
  serial = _qm_annotation_set_get_state_serial (set);
  if (!write_atomic (g_file_peek_path (sidecar_file), fill_from_set, set, error))
    return FALSE;
  _qm_annotation_set_set_loaded_from (set, sidecar_file);
  _qm_annotation_set_mark_saved_at (set, serial);
  return TRUE;
}

typedef struct
{
  GFile   *file;
  GBytes  *bytes;
  guint64  serial;
} SaveData;

static void
save_data_free (gpointer data)
{
  SaveData *sd = data;

  g_clear_object (&sd->file);
  g_clear_pointer (&sd->bytes, g_bytes_unref);
  g_free (sd);
}

static void
save_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  SaveData *sd = task_data;
  GError *error = NULL;

  if (write_atomic (g_file_peek_path (sd->file), fill_from_bytes, sd->bytes, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

/**
 * qm_sidecar_save_async:
 * @set: a #QmAnnotationSet
 * @sidecar_file: where to write (a local file)
 * @flags: see qm_sidecar_save()
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Like qm_sidecar_save(): the XML is produced now, from the set as it is,
 * and written in a worker thread. Edits made meanwhile stay unsaved.
 */
void
qm_sidecar_save_async (QmAnnotationSet     *set,
                       GFile               *sidecar_file,
                       QmSidecarSaveFlags   flags,
                       GCancellable        *cancellable,
                       GAsyncReadyCallback  callback,
                       gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  g_autoptr(GError) error = NULL;
  SaveData *sd;

  g_return_if_fail (QM_IS_ANNOTATION_SET (set));
  g_return_if_fail (G_IS_FILE (sidecar_file));

  task = g_task_new (set, cancellable, callback, user_data);
  g_task_set_source_tag (task, qm_sidecar_save_async);
  if (g_file_peek_path (sidecar_file) == NULL)
    {
      g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                               _("Annotations can only be saved to local files"));
      return;
    }
  sd = g_new0 (SaveData, 1);
  sd->file = g_object_ref (sidecar_file);
  sd->serial = _qm_annotation_set_get_state_serial (set);
  if (!check_target (set, sidecar_file, flags, cancellable, &error) ||
      (sd->bytes = qm_sidecar_serialize (set, &error)) == NULL)
    {
      save_data_free (sd);
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  g_task_set_task_data (task, sd, save_data_free);
  g_task_run_in_thread (task, save_thread);
}

/**
 * qm_sidecar_save_finish:
 * @result: the result given to the callback
 * @error: return location for a #GError
 *
 * Marks the state that was written as saved.
 *
 * Returns: %TRUE on success
 */
gboolean
qm_sidecar_save_finish (GAsyncResult  *result,
                        GError       **error)
{
  GTask *task = G_TASK (result);
  QmAnnotationSet *set = g_task_get_source_object (task);
  SaveData *sd = g_task_get_task_data (task);

  g_return_val_if_fail (g_task_is_valid (result, set), FALSE);

  if (!g_task_propagate_boolean (task, error))
    return FALSE;
  _qm_annotation_set_set_loaded_from (set, sd->file);
  _qm_annotation_set_mark_saved_at (set, sd->serial);
  return TRUE;
}

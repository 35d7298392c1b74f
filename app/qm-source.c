/* qm-source.c
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

#define G_LOG_DOMAIN "qm-source"

#include "config.h"

#include <glib/gi18n-lib.h>

#include <string.h>

#include <uchardet.h>

#include "qm-html.h"
#include "qm-source.h"

struct _QmSource
{
  GObject  parent_instance;

  GFile   *file;
  char    *name;
  QmText  *text;
  char    *encoding;
  char    *media_type;
  char    *raw_sha256;
  gsize    raw_size;
  char    *title;
  char    *extractor;
  guint    n_replaced;
  guint    has_bom : 1;
};

G_DEFINE_FINAL_TYPE (QmSource, qm_source, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_FILE,
  PROP_NAME,
  PROP_TEXT,
  PROP_ENCODING,
  PROP_MEDIA_TYPE,
  PROP_TITLE,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

G_DEFINE_QUARK (qm-source-error-quark, qm_source_error)

static void
qm_source_finalize (GObject *object)
{
  QmSource *self = (QmSource *)object;

  g_clear_object (&self->file);
  g_clear_object (&self->text);
  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->encoding, g_free);
  g_clear_pointer (&self->media_type, g_free);
  g_clear_pointer (&self->raw_sha256, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->extractor, g_free);

  G_OBJECT_CLASS (qm_source_parent_class)->finalize (object);
}

static void
qm_source_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  QmSource *self = QM_SOURCE (object);

  switch (prop_id)
    {
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_TEXT:
      g_value_set_object (value, self->text);
      break;
    case PROP_ENCODING:
      g_value_set_string (value, self->encoding);
      break;
    case PROP_MEDIA_TYPE:
      g_value_set_string (value, self->media_type);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_source_class_init (QmSourceClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = qm_source_finalize;
  object_class->get_property = qm_source_get_property;

  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] =
    g_param_spec_object ("text", NULL, NULL, QM_TYPE_TEXT,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENCODING] =
    g_param_spec_string ("encoding", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MEDIA_TYPE] =
    g_param_spec_string ("media-type", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
qm_source_init (QmSource *self)
{
}

/* Decoding ---------------------------------------------------------- */

typedef struct
{
  char     *utf8;        /* NULL when raw: the file's bytes are the text as they are */
  gsize     len;
  gboolean  raw;
  char     *encoding;
  guint     n_replaced;
  gboolean  has_bom;
} Decoded;

static void
decoded_clear (Decoded *d)
{
  g_clear_pointer (&d->utf8, g_free);
  g_clear_pointer (&d->encoding, g_free);
}

/* Replaces invalid sequences with U+FFFD and counts them. */
static char *
make_valid_utf8 (const char *data,
                 gsize       len,
                 gsize      *out_len,
                 guint      *n_replaced)
{
  GString *s = g_string_sized_new (len + 16);
  const char *p = data;
  const char *end = data + len;

  while (p < end)
    {
      const char *bad;

      if (g_utf8_validate (p, end - p, &bad))
        {
          g_string_append_len (s, p, end - p);
          break;
        }
      g_string_append_len (s, p, bad - p);
      if (*bad == '\0')
        {
          /* A nul byte would end the text; it is not valid text either. */
          g_string_append (s, "\xEF\xBF\xBD");
          p = bad + 1;
        }
      else
        {
          g_string_append (s, "\xEF\xBF\xBD");
          p = bad + 1;
          /* Skip the continuation bytes of the broken sequence. */
          while (p < end && ((guchar)*p & 0xC0) == 0x80)
            p++;
        }
      (*n_replaced)++;
    }

  *out_len = s->len;
  return g_string_free (s, FALSE);
}

static gboolean
convert_to_utf8 (const guchar  *data,
                 gsize          len,
                 const char    *charset,
                 Decoded       *out,
                 GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  gsize bytes_read = 0;
  gsize bytes_written = 0;
  char *utf8;

  utf8 = g_convert ((const char *)data, len, "UTF-8", charset,
                    &bytes_read, &bytes_written, &local_error);

  /* A trailing partial character (odd UTF-16 length, say) is replaced
   * rather than refused: the rest of the article is still readable.
   */
  if (utf8 == NULL && g_error_matches (local_error, G_CONVERT_ERROR, G_CONVERT_ERROR_PARTIAL_INPUT))
    {
      g_clear_error (&local_error);
      utf8 = g_convert ((const char *)data, bytes_read, "UTF-8", charset,
                        NULL, &bytes_written, &local_error);
      if (utf8 != NULL)
        {
          char *with = g_strconcat (utf8, "\xEF\xBF\xBD", NULL);

          g_free (utf8);
          utf8 = with;
          bytes_written += 3;
          out->n_replaced++;
        }
    }

  if (utf8 == NULL)
    {
      g_set_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_ENCODING,
                   /* Translators: the first %s is a character encoding such as “windows-1252”, the second the decoder's error message */
                   _("The file is not valid %s text: %s"), charset, local_error->message);
      return FALSE;
    }

  /* Decoders may produce nul characters (U+0000); they cannot be shown. */
  if (memchr (utf8, 0, bytes_written) != NULL)
    {
      char *fixed = make_valid_utf8 (utf8, bytes_written, &bytes_written, &out->n_replaced);

      g_free (utf8);
      utf8 = fixed;
    }

  out->utf8 = utf8;
  out->len = bytes_written;
  out->encoding = g_strdup (charset);

  return TRUE;
}

/* NUL bytes in every other position is what ASCII-range UTF-16 looks like. */
static const char *
guess_utf16_without_bom (const guchar *data,
                         gsize         len)
{
  gsize n = MIN (len, 4096) & ~(gsize)1;
  gsize even_zero = 0, odd_zero = 0;

  if (n < 4)
    return NULL;

  for (gsize i = 0; i < n; i += 2)
    {
      even_zero += data[i] == 0;
      odd_zero += data[i + 1] == 0;
    }

  if (odd_zero * 10 >= (n / 2) * 7 && even_zero * 20 <= n / 2)
    return "UTF-16LE";
  if (even_zero * 10 >= (n / 2) * 7 && odd_zero * 20 <= n / 2)
    return "UTF-16BE";
  return NULL;
}

static gboolean
looks_binary (const char *utf8,
              gsize       len)
{
  gsize controls = 0;
  gsize chars = 0;
  const char *p = utf8;
  const char *end = utf8 + MIN (len, 65536);

  while (p < end)
    {
      gunichar ch = g_utf8_get_char (p);

      if ((ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f' && ch != '\v' && ch != 0x1b) ||
          ch == 0x7f || ch == 0xFFFD)
        controls++;
      chars++;
      p = g_utf8_next_char (p);
    }

  /* Text has next to no control characters; binary has many. */
  return chars > 0 && controls * 100 > chars * 2;
}

static gboolean
is_truncated_utf8_tail (const guchar *data,
                        gsize         len,
                        gsize         valid)
{
  gsize rest = len - valid;
  guchar lead = data[valid];
  gsize need;

  if (rest == 0 || rest > 3)
    return FALSE;
  if ((lead & 0xE0) == 0xC0)
    need = 2;
  else if ((lead & 0xF0) == 0xE0)
    need = 3;
  else if ((lead & 0xF8) == 0xF0)
    need = 4;
  else
    return FALSE;
  if (rest >= need)
    return FALSE;
  for (gsize i = 1; i < rest; i++)
    if ((data[valid + i] & 0xC0) != 0x80)
      return FALSE;
  return TRUE;
}

static char *
detect_charset (const guchar *data,
                gsize         len)
{
  uchardet_t ud = uchardet_new ();
  const char *name;
  char *ret = NULL;

  if (uchardet_handle_data (ud, (const char *)data, len) == 0)
    {
      uchardet_data_end (ud);
      name = uchardet_get_charset (ud);
      if (name != NULL && name[0] != '\0')
        ret = g_ascii_strup (name, -1);
    }
  uchardet_delete (ud);

  return ret;
}

static gboolean
has_c1_bytes (const guchar *data,
              gsize         len)
{
  for (gsize i = 0; i < len; i++)
    if (data[i] >= 0x80 && data[i] <= 0x9F)
      return TRUE;
  return FALSE;
}

static gboolean
decode (const guchar  *data,
        gsize          len,
        const char    *declared,
        Decoded       *out,
        GError       **error)
{
  const char *end = NULL;
  const char *utf16;
  g_autofree char *detected = NULL;

  if (len == 0)
    {
      g_set_error_literal (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_EMPTY, _("The file is empty"));
      return FALSE;
    }

  if (len >= 4 && memcmp (data, "\xFF\xFE\x00\x00", 4) == 0)
    {
      out->has_bom = TRUE;
      return convert_to_utf8 (data + 4, len - 4, "UTF-32LE", out, error);
    }
  if (len >= 4 && memcmp (data, "\x00\x00\xFE\xFF", 4) == 0)
    {
      out->has_bom = TRUE;
      return convert_to_utf8 (data + 4, len - 4, "UTF-32BE", out, error);
    }
  if (len >= 2 && memcmp (data, "\xFF\xFE", 2) == 0)
    {
      out->has_bom = TRUE;
      return convert_to_utf8 (data + 2, len - 2, "UTF-16LE", out, error);
    }
  if (len >= 2 && memcmp (data, "\xFE\xFF", 2) == 0)
    {
      out->has_bom = TRUE;
      return convert_to_utf8 (data + 2, len - 2, "UTF-16BE", out, error);
    }
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      out->has_bom = TRUE;
      data += 3;
      len -= 3;
      if (len == 0)
        {
          g_set_error_literal (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_EMPTY,
                               _("The file is empty"));
          return FALSE;
        }
      out->utf8 = make_valid_utf8 ((const char *)data, len, &out->len, &out->n_replaced);
      out->encoding = g_strdup ("UTF-8");
      return TRUE;
    }

  if (memchr (data, 0, len) != NULL)
    {
      if ((utf16 = guess_utf16_without_bom (data, len)) != NULL)
        return convert_to_utf8 (data, len, utf16, out, error);

      g_set_error_literal (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_BINARY,
                           _("The file holds binary data, not text"));
      return FALSE;
    }

  if (g_utf8_validate ((const char *)data, len, &end))
    {
      /* The common case: no copy is made here; the caller takes the bytes. */
      out->raw = TRUE;
      out->len = len;
      out->encoding = g_strdup ("UTF-8");
      return TRUE;
    }

  if (is_truncated_utf8_tail (data, len, end - (const char *)data))
    {
      out->utf8 = make_valid_utf8 ((const char *)data, len, &out->len, &out->n_replaced);
      out->encoding = g_strdup ("UTF-8");
      return TRUE;
    }

  if (declared != NULL && g_ascii_strcasecmp (declared, "UTF-8") != 0)
    {
      g_autoptr(GError) ignored = NULL;

      if (convert_to_utf8 (data, len, declared, out, &ignored))
        return TRUE;
      decoded_clear (out);
    }

  detected = detect_charset (data, len);

  if (detected != NULL && (g_str_equal (detected, "UTF-8") || g_str_equal (detected, "ASCII")))
    {
      out->utf8 = make_valid_utf8 ((const char *)data, len, &out->len, &out->n_replaced);
      out->encoding = g_strdup ("UTF-8");
      return TRUE;
    }

  /* Latin-1 labels are commonly Windows-1252 in practice; the C1 range is
   * where they differ, and holds printable quotation marks in 1252.
   */
  if (detected != NULL && g_str_equal (detected, "ISO-8859-1") && has_c1_bytes (data, len))
    {
      g_free (detected);
      detected = g_strdup ("WINDOWS-1252");
    }

  if (detected != NULL)
    {
      g_autoptr(GError) ignored = NULL;

      if (convert_to_utf8 (data, len, detected, out, &ignored))
        {
          /* A short Western text whose few letters (é, curly quotes) sit at
           * the same bytes in Central European Windows-1250 was called that:
           * the text is the same, the name made the user doubt it. */
          if (g_str_equal (detected, "WINDOWS-1250"))
            {
              Decoded western = { 0 };

              if (convert_to_utf8 (data, len, "WINDOWS-1252", &western, &ignored) &&
                  western.len == out->len && memcmp (western.utf8, out->utf8, out->len) == 0)
                {
                  g_free (out->encoding);
                  out->encoding = g_strdup ("WINDOWS-1252");
                }
              decoded_clear (&western);
            }
          return TRUE;
        }
      decoded_clear (out);
    }

  return convert_to_utf8 (data, len, "WINDOWS-1252", out, error) ||
         (g_clear_error (error), convert_to_utf8 (data, len, "ISO-8859-1", out, error));
}

static gboolean
name_says_html (const char *name)
{
  g_autofree char *lower = NULL;

  if (name == NULL)
    return FALSE;

  lower = g_ascii_strdown (name, -1);
  return g_str_has_suffix (lower, ".html") ||
         g_str_has_suffix (lower, ".htm") ||
         g_str_has_suffix (lower, ".xhtml") ||
         g_str_has_suffix (lower, ".shtml");
}

static QmSource *source_new (GBytes      *bytes,
                             const char  *name,
                             GError     **error);

/**
 * qm_source_new_from_bytes:
 * @bytes: the raw contents of a file
 * @name: (nullable): the file name, used to recognise HTML
 * @error: return location for an error
 *
 * Decodes @bytes to text: byte-order marks, UTF-8, UTF-16/32 and legacy
 * single-byte encodings (detected with uchardet) are understood, HTML pages
 * are reduced to their readable text. Empty and binary files are refused.
 *
 * Returns: (transfer full) (nullable): a new #QmSource
 */
QmSource *
qm_source_new_from_bytes (GBytes      *bytes,
                          const char  *name,
                          GError     **error)
{
  g_return_val_if_fail (bytes != NULL, NULL);

  return source_new (g_bytes_ref (bytes), name, error);
}

/* Takes @bytes; when it holds the only reference to valid UTF-8 without a
 * byte-order mark, its buffer becomes the text without a copy, so opening
 * a large file needs its size in memory once, not twice.
 */
static QmSource *
source_new (GBytes      *bytes,
            const char  *name,
            GError     **error)
{
  g_autoptr(GBytes) owned = bytes;
  g_autoptr(QmSource) self = NULL;
  g_autofree char *declared = NULL;
  const guchar *data;
  const char *utf8;
  Decoded decoded = { 0 };
  gboolean html;
  gsize len;

  data = g_bytes_get_data (owned, &len);

  if (len == 0)
    {
      g_set_error_literal (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_EMPTY, _("The file is empty"));
      return NULL;
    }

  if (len > QM_SOURCE_MAX_SIZE)
    {
      g_set_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_TOO_LARGE,
                   /* Translators: the size of the file and the largest size read, in megabytes */
                   _("The file is too large (%u MB; at most %u MB)"),
                   (guint)(len >> 20), (guint)(QM_SOURCE_MAX_SIZE >> 20));
      return NULL;
    }

  html = name_says_html (name) || qm_html_sniff (data, len);
  if (html)
    declared = qm_html_find_charset (data, len);

  if (!decode (data, len, declared, &decoded, error))
    {
      decoded_clear (&decoded);
      return NULL;
    }

  utf8 = decoded.raw ? (const char *)data : decoded.utf8;

  if (looks_binary (utf8, decoded.len))
    {
      decoded_clear (&decoded);
      g_set_error_literal (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_BINARY,
                           _("The file holds binary data, not text"));
      return NULL;
    }

  self = g_object_new (QM_TYPE_SOURCE, NULL);
  self->name = g_strdup (name != NULL ? name : "untitled");
  self->encoding = g_steal_pointer (&decoded.encoding);
  self->n_replaced = decoded.n_replaced;
  self->has_bom = decoded.has_bom;
  self->raw_size = len;
  self->raw_sha256 = g_compute_checksum_for_data (G_CHECKSUM_SHA256, data, len);

  if (html)
    {
      g_autofree char *extracted = NULL;
      g_autoptr(GError) html_error = NULL;

      extracted = qm_html_extract (utf8, decoded.len, &self->title, &html_error);
      decoded_clear (&decoded);
      if (extracted == NULL)
        {
          g_set_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_HTML, "%s", html_error->message);
          return NULL;
        }
      if (extracted[0] == '\0')
        {
          g_set_error_literal (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_EMPTY,
                               _("The page has no readable text"));
          return NULL;
        }
      self->media_type = g_strdup ("text/html");
      self->extractor = g_strdup (QM_HTML_EXTRACTOR);
      len = strlen (extracted);
      self->text = qm_text_new_take (g_steal_pointer (&extracted), len);
    }
  else
    {
      self->media_type = g_strdup ("text/plain");
      if (decoded.raw)
        {
          gsize n;
          char *buffer = g_bytes_unref_to_data (g_steal_pointer (&owned), &n);

          /* Growing a large block by one byte extends it in place. */
          buffer = g_realloc (buffer, n + 1);
          buffer[n] = '\0';
          self->text = qm_text_new_take (buffer, n);
        }
      else
        self->text = qm_text_new_take (g_steal_pointer (&decoded.utf8), decoded.len);
    }

  return g_steal_pointer (&self);
}

/**
 * qm_source_new_for_file:
 * @file: a #GFile
 * @cancellable: (nullable): a #GCancellable
 * @error: return location for an error
 *
 * Reads and decodes @file, blocking. See qm_source_load_async().
 *
 * Returns: (transfer full) (nullable): a new #QmSource
 */
QmSource *
qm_source_new_for_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  QmSource *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file,
                            G_FILE_ATTRIBUTE_STANDARD_TYPE ","
                            G_FILE_ATTRIBUTE_STANDARD_SIZE ","
                            G_FILE_ATTRIBUTE_STANDARD_DISPLAY_NAME,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                   _("“%s” is a folder, not an article"), g_file_info_get_display_name (info));
      return NULL;
    }

  if ((guint64)g_file_info_get_size (info) > QM_SOURCE_MAX_SIZE)
    {
      g_set_error (error, QM_SOURCE_ERROR, QM_SOURCE_ERROR_TOO_LARGE,
                   /* Translators: the size of the file and the largest size read, in megabytes */
                   _("The file is too large (%u MB; at most %u MB)"),
                   (guint)((guint64)g_file_info_get_size (info) >> 20), (guint)(QM_SOURCE_MAX_SIZE >> 20));
      return NULL;
    }

  bytes = g_file_load_bytes (file, cancellable, NULL, error);
  if (bytes == NULL)
    return NULL;

  name = g_strdup (g_file_info_get_display_name (info));
  self = source_new (g_steal_pointer (&bytes), name, error);
  if (self != NULL)
    self->file = g_object_ref (file);

  return self;
}

static void
load_thread (GTask        *task,
             gpointer      source_object,
             gpointer      task_data,
             GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  QmSource *self;

  self = qm_source_new_for_file (file, cancellable, &error);
  if (self == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, self, g_object_unref);
}

/**
 * qm_source_load_async:
 * @file: a #GFile
 * @cancellable: (nullable): a #GCancellable
 * @callback: called when done
 * @user_data: data for @callback
 *
 * Reads and decodes @file in a worker thread.
 */
void
qm_source_load_async (GFile               *file,
                      GCancellable        *cancellable,
                      GAsyncReadyCallback  callback,
                      gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));
  g_return_if_fail (!cancellable || G_IS_CANCELLABLE (cancellable));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, qm_source_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_thread);
}

/**
 * qm_source_load_finish:
 * @result: the result given to the callback
 * @error: return location for an error
 *
 * Returns: (transfer full) (nullable): the loaded #QmSource
 */
QmSource *
qm_source_load_finish (GAsyncResult  *result,
                       GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);
  g_return_val_if_fail (g_task_get_source_tag (G_TASK (result)) == qm_source_load_async, NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

/**
 * qm_source_get_file:
 * @self: a #QmSource
 *
 * Returns: (transfer none) (nullable): the file it was read from
 */
GFile *
qm_source_get_file (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);
  return self->file;
}

const char *
qm_source_get_name (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);
  return self->name;
}

/**
 * qm_source_get_text:
 * @self: a #QmSource
 *
 * Returns: (transfer none): the decoded text
 */
QmText *
qm_source_get_text (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);
  return self->text;
}

const char *
qm_source_get_encoding (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);
  return self->encoding;
}

gboolean
qm_source_get_has_bom (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), FALSE);
  return self->has_bom;
}

/**
 * qm_source_get_n_replaced:
 * @self: a #QmSource
 *
 * Returns: how many invalid byte sequences were replaced by U+FFFD
 */
guint
qm_source_get_n_replaced (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), 0);
  return self->n_replaced;
}

const char *
qm_source_get_media_type (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);
  return self->media_type;
}

const char *
qm_source_get_raw_sha256 (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);
  return self->raw_sha256;
}

gsize
qm_source_get_raw_size (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), 0);
  return self->raw_size;
}

/**
 * qm_source_get_title:
 * @self: a #QmSource
 *
 * Returns: (nullable): the page title of an HTML source
 */
const char *
qm_source_get_title (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);
  return self->title;
}

/**
 * qm_source_get_extractor:
 * @self: a #QmSource
 *
 * Returns: (nullable): the name and version of the HTML text extractor
 */
const char *
qm_source_get_extractor (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);
  return self->extractor;
}

/**
 * qm_source_dup_display_title:
 * @self: a #QmSource
 *
 * Returns: (transfer full): the page title if there is one, else the file name
 */
char *
qm_source_dup_display_title (QmSource *self)
{
  g_return_val_if_fail (QM_IS_SOURCE (self), NULL);

  if (self->title != NULL && self->title[0] != '\0')
    return g_strdup (self->title);
  return g_strdup (self->name);
}

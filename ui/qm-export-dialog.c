/* qm-export-dialog.c
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

#define G_LOG_DOMAIN "quotemark"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "qm-export-dialog.h"
#include "quotemark-resources.h"

/* The preview shows at most this many characters: enough to judge a format,
 * little enough for a GtkTextView to lay out at once. */
#define PREVIEW_MAX_CHARS 20000

/* Points of the report's body text when printed */
#define PRINT_FONT "Sans 10"

struct _QmExportDialog
{
  AdwWindow             parent_instance;

  QmAnnotationSet      *set;
  GFile                *source_file;
  QmExportFormat        format;
  char                 *error;
  GtkFileChooserNative *chooser;
  GCancellable         *cancellable;
  GFile                *saving_file;
  gboolean              busy;

  /* Printing: the laid-out report and the first line of each page */
  PangoLayout          *print_layout;
  GArray               *page_breaks;

  /* Template widgets */
  GtkListBox           *format_list;
  GtkCheckButton       *skip_rejected_check;
  GtkCheckButton       *skip_orphans_check;
  GtkLabel             *info_label;
  GtkLabel             *error_label;
  GtkTextView          *preview_view;
};

G_DEFINE_FINAL_TYPE (QmExportDialog, qm_export_dialog, ADW_TYPE_WINDOW)

enum {
  PROP_0,
  PROP_SET,
  PROP_FORMAT,
  PROP_BUSY,
  N_PROPS
};

enum {
  SAVED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static GParamSpec *properties [N_PROPS];

static void
set_error (QmExportDialog *self,
           const char     *message)
{
  g_free (self->error);
  self->error = g_strdup (message);
  gtk_label_set_text (self->error_label, message != NULL ? message : "");
  gtk_widget_set_visible (GTK_WIDGET (self->error_label), message != NULL);
}

static void
update_preview (QmExportDialog *self)
{
  const QmExportFormatInfo *info = qm_export_format_get_info (self->format);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->preview_view);
  g_autoptr(GError) error = NULL;
  g_autofree char *preview = NULL;
  g_autofree char *info_text = NULL;

  if (self->set == NULL)
    return;

  if (info->offset_unit != NULL)
    /* Translators: the first %s is a file name extension such as "csv",
     * the second what offsets count, such as "code points" */
    info_text = g_strdup_printf (_("A .%s file. Offsets count %s of the article."),
                                 info->extension,
                                 g_str_equal (info->offset_unit, "code points") ? _("Unicode code points")
                                                                               : info->offset_unit);
  else
    info_text = g_strdup_printf (_("A .%s file."), info->extension);
  gtk_label_set_text (self->info_label, info_text);

  preview = qm_export_preview (self->set, self->format, qm_export_dialog_get_flags (self),
                               PREVIEW_MAX_CHARS, &error);
  if (preview == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("This format cannot be written: %s"), error->message);

      set_error (self, message);
      gtk_text_buffer_set_text (buffer, "", 0);
    }
  else
    {
      set_error (self, NULL);
      gtk_text_buffer_set_text (buffer, preview, -1);
    }
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.print", self->format == QM_EXPORT_FORMAT_REPORT);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.save", preview != NULL);
}

static void
format_selected_cb (QmExportDialog *self,
                    GtkListBoxRow  *row)
{
  QmExportFormat format;

  if (row == NULL)
    return;
  format = gtk_list_box_row_get_index (row);
  if (format != self->format)
    {
      self->format = format;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FORMAT]);
    }
  update_preview (self);
}

static void
options_changed_cb (QmExportDialog *self)
{
  update_preview (self);
}

static char *
suggested_name (QmExportDialog *self)
{
  const QmExportFormatInfo *info = qm_export_format_get_info (self->format);
  const char *source = qm_annotation_set_get_source_name (self->set);
  g_autofree char *stem = g_strdup (source != NULL ? source : _("Article"));
  char *dot = strrchr (stem, '.');

  if (dot != NULL && dot != stem)
    *dot = '\0';
  return g_strconcat (stem, ".", info->extension, NULL);
}

static void
chooser_response_cb (QmExportDialog       *self,
                     int                   response,
                     GtkFileChooserNative *chooser)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_clear_object (&self->chooser);

  if (file != NULL)
    qm_export_dialog_save_to_file (self, file);
}

static void
save_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  QmExportDialog *self = QM_EXPORT_DIALOG (widget);
  g_autofree char *name = suggested_name (self);

  if (self->chooser != NULL || self->busy)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  if (self->source_file != NULL)
    {
      g_autoptr(GFile) folder = g_file_get_parent (self->source_file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->chooser), folder, NULL);
    }
  g_signal_connect_object (self->chooser, "response", G_CALLBACK (chooser_response_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* ── Printing ── */

static void
begin_print_cb (QmExportDialog    *self,
                GtkPrintContext   *context,
                GtkPrintOperation *operation)
{
  g_autofree char *markup = qm_export_report_markup (self->set, qm_export_dialog_get_flags (self));
  g_autoptr(PangoFontDescription) font = pango_font_description_from_string (PRINT_FONT);
  double page_height = gtk_print_context_get_height (context);
  double used = 0;
  int n_lines, page_start = 0;

  g_clear_object (&self->print_layout);
  self->print_layout = gtk_print_context_create_pango_layout (context);
  pango_layout_set_font_description (self->print_layout, font);
  pango_layout_set_width (self->print_layout, gtk_print_context_get_width (context) * PANGO_SCALE);
  pango_layout_set_wrap (self->print_layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_markup (self->print_layout, markup, -1);

  /* Break pages between lines, never through one */
  g_array_set_size (self->page_breaks, 0);
  g_array_append_val (self->page_breaks, page_start);
  n_lines = pango_layout_get_line_count (self->print_layout);
  for (int i = 0; i < n_lines; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (self->print_layout, i);
      PangoRectangle logical;
      double height;

      pango_layout_line_get_extents (line, NULL, &logical);
      height = (double)logical.height / PANGO_SCALE;
      if (used + height > page_height && i > page_start)
        {
          page_start = i;
          g_array_append_val (self->page_breaks, page_start);
          used = 0;
        }
      used += height;
    }
  gtk_print_operation_set_n_pages (operation, self->page_breaks->len);
}

static void
draw_page_cb (QmExportDialog    *self,
              GtkPrintContext   *context,
              int                page_nr,
              GtkPrintOperation *operation)
{
  cairo_t *cr = gtk_print_context_get_cairo_context (context);
  int first = g_array_index (self->page_breaks, int, page_nr);
  int last = (guint)page_nr + 1 < self->page_breaks->len
             ? g_array_index (self->page_breaks, int, page_nr + 1)
             : pango_layout_get_line_count (self->print_layout);
  double y = 0;

  cairo_set_source_rgb (cr, 0, 0, 0);
  for (int i = first; i < last; i++)
    {
      PangoLayoutLine *line = pango_layout_get_line_readonly (self->print_layout, i);
      PangoRectangle logical;
      int baseline;

      pango_layout_line_get_extents (line, NULL, &logical);
      baseline = -logical.y;
      cairo_move_to (cr, (double)logical.x / PANGO_SCALE, y + (double)baseline / PANGO_SCALE);
      pango_cairo_show_layout_line (cr, line);
      y += (double)logical.height / PANGO_SCALE;
    }
}

static GtkPrintOperation *
make_print_operation (QmExportDialog *self)
{
  GtkPrintOperation *operation = gtk_print_operation_new ();
  const char *source = qm_annotation_set_get_source_name (self->set);
  g_autofree char *job = g_strdup_printf (_("Quotes in %s"), source != NULL ? source : _("Article"));

  gtk_print_operation_set_job_name (operation, job);
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  g_signal_connect_object (operation, "begin-print", G_CALLBACK (begin_print_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (operation, "draw-page", G_CALLBACK (draw_page_cb), self, G_CONNECT_SWAPPED);
  return operation;
}

static void
print_done_cb (QmExportDialog          *self,
               GtkPrintOperationResult  result,
               GtkPrintOperation       *operation)
{
  g_autoptr(GError) error = NULL;

  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = g_strdup_printf (_("Could not print: %s"), error != NULL ? error->message : _("unknown error"));
      set_error (self, message);
    }
  g_clear_object (&self->print_layout);
}

static void
print_action (GtkWidget  *widget,
              const char *action_name,
              GVariant   *parameter)
{
  QmExportDialog *self = QM_EXPORT_DIALOG (widget);
  g_autoptr(GtkPrintOperation) operation = make_print_operation (self);
  g_autoptr(GError) error = NULL;

  gtk_print_operation_set_allow_async (operation, TRUE);
  g_signal_connect_object (operation, "done", G_CALLBACK (print_done_cb), self, G_CONNECT_SWAPPED);
  if (gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, GTK_WINDOW (self),
                               &error) == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autofree char *message = g_strdup_printf (_("Could not print: %s"), error->message);

      set_error (self, message);
    }
}

/* ── GObject ── */

static void
populate_formats (QmExportDialog *self)
{
  for (guint i = 0; i < QM_EXPORT_N_FORMATS; i++)
    {
      const QmExportFormatInfo *info = qm_export_format_get_info (i);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(info->label));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(info->description));
      gtk_list_box_append (self->format_list, row);
    }
}

/* Enter (or a double click) on a format saves in it, as the Save button
 * does: choosing a format is what the dialog is for. */
static void
format_activated_cb (QmExportDialog *self,
                     GtkListBoxRow  *row)
{
  gtk_widget_activate_action (GTK_WIDGET (self), "export.save", NULL);
}

/* The focus starts on the chosen format, where the arrow keys choose
 * another: it started on Cancel, which Enter then pressed. */
static void
qm_export_dialog_map (GtkWidget *widget)
{
  QmExportDialog *self = QM_EXPORT_DIALOG (widget);
  GtkListBoxRow *row = gtk_list_box_get_selected_row (self->format_list);

  GTK_WIDGET_CLASS (qm_export_dialog_parent_class)->map (widget);
  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
qm_export_dialog_constructed (GObject *object)
{
  QmExportDialog *self = (QmExportDialog *)object;

  G_OBJECT_CLASS (qm_export_dialog_parent_class)->constructed (object);

  g_assert (self->set != NULL);
  gtk_list_box_select_row (self->format_list, gtk_list_box_get_row_at_index (self->format_list, self->format));
  update_preview (self);
}

static void
qm_export_dialog_dispose (GObject *object)
{
  QmExportDialog *self = (QmExportDialog *)object;

  if (self->chooser != NULL)
    gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
  g_clear_object (&self->chooser);
  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->saving_file);
  g_clear_object (&self->print_layout);
  g_clear_object (&self->set);
  g_clear_object (&self->source_file);
  gtk_widget_dispose_template (GTK_WIDGET (self), QM_TYPE_EXPORT_DIALOG);
  G_OBJECT_CLASS (qm_export_dialog_parent_class)->dispose (object);
}

static void
qm_export_dialog_finalize (GObject *object)
{
  QmExportDialog *self = (QmExportDialog *)object;

  g_free (self->error);
  g_array_unref (self->page_breaks);
  G_OBJECT_CLASS (qm_export_dialog_parent_class)->finalize (object);
}

static void
qm_export_dialog_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  QmExportDialog *self = QM_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SET:
      g_value_set_object (value, self->set);
      break;
    case PROP_FORMAT:
      g_value_set_int (value, self->format);
      break;
    case PROP_BUSY:
      g_value_set_boolean (value, self->busy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_export_dialog_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  QmExportDialog *self = QM_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SET:
      self->set = g_value_dup_object (value);
      break;
    case PROP_FORMAT:
      qm_export_dialog_set_format (self, g_value_get_int (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
qm_export_dialog_class_init (QmExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = qm_export_dialog_constructed;
  object_class->dispose = qm_export_dialog_dispose;
  object_class->finalize = qm_export_dialog_finalize;
  object_class->get_property = qm_export_dialog_get_property;
  object_class->set_property = qm_export_dialog_set_property;

  properties[PROP_SET] =
    g_param_spec_object ("set", NULL, NULL, QM_TYPE_ANNOTATION_SET,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FORMAT] =
    g_param_spec_int ("format", NULL, NULL, 0, QM_EXPORT_N_FORMATS - 1, QM_EXPORT_FORMAT_CSV,
                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * QmExportDialog::saved:
   * @self: the dialog
   * @file: the file written
   *
   * Emitted when an export was written, just before the dialog closes.
   */
  signals[SAVED] = g_signal_new ("saved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                 NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  /* Referencing the bundle keeps it (and its registering constructor)
   * linked in from the static library. */
  (void)qm_get_resource ();
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/quotemark/Quotemark/qm-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, QmExportDialog, format_list);
  gtk_widget_class_bind_template_child (widget_class, QmExportDialog, skip_rejected_check);
  gtk_widget_class_bind_template_child (widget_class, QmExportDialog, skip_orphans_check);
  gtk_widget_class_bind_template_child (widget_class, QmExportDialog, info_label);
  gtk_widget_class_bind_template_child (widget_class, QmExportDialog, error_label);
  gtk_widget_class_bind_template_child (widget_class, QmExportDialog, preview_view);
  gtk_widget_class_bind_template_callback (widget_class, format_selected_cb);
  gtk_widget_class_bind_template_callback (widget_class, format_activated_cb);
  widget_class->map = qm_export_dialog_map;
  gtk_widget_class_bind_template_callback (widget_class, options_changed_cb);

  gtk_widget_class_install_action (widget_class, "export.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "export.print", NULL, print_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK, "export.save", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "export.print", NULL);
}

static void
qm_export_dialog_init (QmExportDialog *self)
{
  self->page_breaks = g_array_new (FALSE, FALSE, sizeof (int));
  self->cancellable = g_cancellable_new ();
  gtk_widget_init_template (GTK_WIDGET (self));
  populate_formats (self);
}

/**
 * qm_export_dialog_new:
 * @set: the annotations to export
 *
 * Returns: (transfer floating): a new dialog; present it
 */
QmExportDialog *
qm_export_dialog_new (QmAnnotationSet *set)
{
  g_return_val_if_fail (QM_IS_ANNOTATION_SET (set), NULL);

  return g_object_new (QM_TYPE_EXPORT_DIALOG, "set", set, NULL);
}

/**
 * qm_export_dialog_present:
 * @parent: (nullable): the window the dialog belongs to
 * @set: the annotations to export
 *
 * Shows the Export dialog: a list of formats, a preview of what the chosen
 * one will write, Save (through the file chooser portal) and, for the
 * report, Print (which also saves PDF).
 */
void
qm_export_dialog_present (GtkWindow       *parent,
                          QmAnnotationSet *set)
{
  QmExportDialog *self;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (QM_IS_ANNOTATION_SET (set));

  self = qm_export_dialog_new (set);
  if (parent != NULL)
    gtk_window_set_transient_for (GTK_WINDOW (self), parent);
  gtk_window_present (GTK_WINDOW (self));
}

/**
 * qm_export_dialog_get_set:
 * @self: a #QmExportDialog
 *
 * Returns: (transfer none): the annotations being exported
 */
QmAnnotationSet *
qm_export_dialog_get_set (QmExportDialog *self)
{
  g_return_val_if_fail (QM_IS_EXPORT_DIALOG (self), NULL);
  return self->set;
}

/**
 * qm_export_dialog_set_source_file:
 * @self: a #QmExportDialog
 * @file: (nullable): the article the set belongs to
 *
 * The article is never overwritten by an export (brat writes a .txt next
 * to its .ann), and the file chooser opens in its folder.
 */
void
qm_export_dialog_set_source_file (QmExportDialog *self,
                                  GFile          *file)
{
  g_return_if_fail (QM_IS_EXPORT_DIALOG (self));
  g_return_if_fail (file == NULL || G_IS_FILE (file));

  g_set_object (&self->source_file, file);
}

/**
 * qm_export_dialog_get_format:
 * @self: a #QmExportDialog
 *
 * Returns: the chosen format
 */
QmExportFormat
qm_export_dialog_get_format (QmExportDialog *self)
{
  g_return_val_if_fail (QM_IS_EXPORT_DIALOG (self), QM_EXPORT_FORMAT_CSV);
  return self->format;
}

/**
 * qm_export_dialog_set_format:
 * @self: a #QmExportDialog
 * @format: a format
 *
 * Selects @format in the list, which updates the preview.
 */
void
qm_export_dialog_set_format (QmExportDialog *self,
                             QmExportFormat  format)
{
  g_return_if_fail (QM_IS_EXPORT_DIALOG (self));
  g_return_if_fail ((guint)format < QM_EXPORT_N_FORMATS);

  gtk_list_box_select_row (self->format_list, gtk_list_box_get_row_at_index (self->format_list, format));
}

/**
 * qm_export_dialog_get_flags:
 * @self: a #QmExportDialog
 *
 * Returns: what the check boxes leave out
 */
QmExportFlags
qm_export_dialog_get_flags (QmExportDialog *self)
{
  QmExportFlags flags = QM_EXPORT_FLAGS_NONE;

  g_return_val_if_fail (QM_IS_EXPORT_DIALOG (self), flags);

  if (gtk_check_button_get_active (self->skip_rejected_check))
    flags |= QM_EXPORT_FLAGS_SKIP_REJECTED;
  if (gtk_check_button_get_active (self->skip_orphans_check))
    flags |= QM_EXPORT_FLAGS_SKIP_ORPHANS;
  return flags;
}

/**
 * qm_export_dialog_dup_preview:
 * @self: a #QmExportDialog
 *
 * Returns: (transfer full): the text the preview shows
 */
char *
qm_export_dialog_dup_preview (QmExportDialog *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;

  g_return_val_if_fail (QM_IS_EXPORT_DIALOG (self), NULL);

  buffer = gtk_text_view_get_buffer (self->preview_view);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/**
 * qm_export_dialog_get_error:
 * @self: a #QmExportDialog
 *
 * Returns: (nullable): the message the dialog shows, if any
 */
const char *
qm_export_dialog_get_error (QmExportDialog *self)
{
  g_return_val_if_fail (QM_IS_EXPORT_DIALOG (self), NULL);
  return self->error;
}

static void
set_busy (QmExportDialog *self,
          gboolean        busy)
{
  if (self->busy == busy)
    return;
  self->busy = busy;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.save", !busy);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

static void
save_done_cb (GObject      *object,
              GAsyncResult *result,
              gpointer      user_data)
{
  g_autoptr(QmExportDialog) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = g_steal_pointer (&self->saving_file);

  set_busy (self, FALSE);
  if (!qm_export_to_file_finish (QM_ANNOTATION_SET (object), result, &error))
    {
      g_autofree char *name = NULL;
      g_autofree char *message = NULL;

      if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        return;
      name = g_file_get_basename (file);
      message = g_strdup_printf (_("Could not save “%s”: %s"), name, error->message);
      set_error (self, message);
      return;
    }

  set_error (self, NULL);
  g_signal_emit (self, signals[SAVED], 0, file);
  gtk_window_close (GTK_WINDOW (self));
}

/**
 * qm_export_dialog_save_to_file:
 * @self: a #QmExportDialog
 * @file: where to write
 *
 * Writes the chosen format to @file, what Save does once a file is chosen:
 * #QmExportDialog:busy is %TRUE until the files are written; then
 * #QmExportDialog::saved is emitted and the dialog closes. A failure is
 * shown in the dialog, which stays open.
 */
void
qm_export_dialog_save_to_file (QmExportDialog *self,
                               GFile          *file)
{
  g_return_if_fail (QM_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  if (self->busy)
    return;
  set_busy (self, TRUE);
  set_error (self, NULL);
  g_set_object (&self->saving_file, file);
  qm_export_to_file_async (self->set, self->format, qm_export_dialog_get_flags (self), file,
                           self->source_file, self->cancellable, save_done_cb, g_object_ref (self));
}

/**
 * qm_export_dialog_get_busy:
 * @self: a #QmExportDialog
 *
 * Returns: %TRUE while files are being written
 */
gboolean
qm_export_dialog_get_busy (QmExportDialog *self)
{
  g_return_val_if_fail (QM_IS_EXPORT_DIALOG (self), FALSE);
  return self->busy;
}

/**
 * qm_export_dialog_print_to_pdf:
 * @self: a #QmExportDialog
 * @filename: the PDF file to write
 * @error: return location for a #GError
 *
 * Prints the report to a PDF file without asking, as Print does through the
 * print dialog's "Print to File".
 *
 * Returns: %TRUE when written
 */
gboolean
qm_export_dialog_print_to_pdf (QmExportDialog  *self,
                               const char      *filename,
                               GError         **error)
{
  g_autoptr(GtkPrintOperation) operation = NULL;
  GtkPrintOperationResult result;

  g_return_val_if_fail (QM_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (filename != NULL, FALSE);

  operation = make_print_operation (self);
  gtk_print_operation_set_export_filename (operation, filename);
  result = gtk_print_operation_run (operation, GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (self), error);
  g_clear_object (&self->print_layout);
  return result != GTK_PRINT_OPERATION_RESULT_ERROR;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <stdio.h>
#include <string.h>

#include <glib/gi18n.h>

#include "dlm-export-dialog.h"

#define MIN_SIDE 16
#define MAX_SIDE 8192

struct _DlmExportDialog
{
  GObject               parent_instance;

  GtkWindow            *parent;
  AdwToastOverlay      *toasts;
  DlmTopic             *topic;
  DlmFormat             format;
  int                   view_width;
  int                   view_height;
  DlmThemeKind          view_theme;

  GtkFileChooserNative *native;
  GtkSpinButton        *width_spin;
  GtkSpinButton        *height_spin;
  char                 *path;
  DlmThemeKind          theme;
};

G_DEFINE_FINAL_TYPE (DlmExportDialog, dlm_export_dialog, G_TYPE_OBJECT)

typedef struct {
  DlmTopic *topic;
  DlmTheme  theme;
  int       scale_factor;
} DrawData;

static void
draw_topic (cairo_t *cr,
            double   width,
            double   height,
            gpointer data)
{
  DrawData *draw = data;

  cairo_scale (cr, draw->scale_factor, draw->scale_factor);
  dlm_topic_render (draw->topic, cr, &draw->theme,
                    width / draw->scale_factor, height / draw->scale_factor);
}

const char *
dlm_format_get_extension (DlmFormat format)
{
  static const char *extensions[] = {
    [DLM_FORMAT_PNG] = "png",
    [DLM_FORMAT_SVG] = "svg",
    [DLM_FORMAT_PDF] = "pdf",
    [DLM_FORMAT_CSV] = "csv",
    [DLM_FORMAT_PY] = "py",
    [DLM_FORMAT_IPYNB] = "ipynb",
  };

  g_return_val_if_fail (format < G_N_ELEMENTS (extensions), NULL);

  return extensions[format];
}

gboolean
dlm_export_topic_to_file (DlmTopic      *topic,
                          const char    *path,
                          DlmFormat      format,
                          int            width,
                          int            height,
                          DlmThemeKind   theme,
                          GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (DLM_FORMAT_IS_TEXT (format))
    {
      bytes = dlm_topic_export_text (topic, format, error);
      if (bytes == NULL)
        return FALSE;
    }
  else
    {
      DrawData draw = { topic, { 0 }, 1 };

      dlm_theme_init (&draw.theme, theme, dlm_theme_auto_scale (width, height));
      bytes = dlm_export_to_bytes (format, width, height, draw_topic, &draw, error);
      if (bytes == NULL)
        return FALSE;
    }

  return dlm_write_atomically (path, bytes, error);
}

GdkTexture *
dlm_export_topic_to_texture (DlmTopic     *topic,
                             int           width,
                             int           height,
                             int           scale_factor,
                             DlmThemeKind  theme)
{
  DrawData draw = { topic, { 0 }, MAX (scale_factor, 1) };
  g_autoptr(GBytes) bytes = NULL;
  cairo_surface_t *surface;
  int w = width * draw.scale_factor;
  int h = height * draw.scale_factor;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  dlm_theme_init (&draw.theme, theme, dlm_theme_auto_scale (width, height));
  surface = dlm_export_to_image (w, h, draw_topic, &draw);
  cairo_surface_flush (surface);

  /* Cairo's ARGB32 is a native-endian 32-bit word, premultiplied. */
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface),
                                      (gsize) cairo_image_surface_get_stride (surface) * h,
                                      (GDestroyNotify) cairo_surface_destroy, surface);

  return gdk_memory_texture_new (w, h,
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
                                 GDK_MEMORY_B8G8R8A8_PREMULTIPLIED,
#else
                                 GDK_MEMORY_A8R8G8B8_PREMULTIPLIED,
#endif
                                 bytes, cairo_image_surface_get_stride (surface));
}

static void
dlm_export_dialog_finish (DlmExportDialog *self)
{
  g_clear_object (&self->native);
  g_object_unref (self);
}

/* Every export's failure, still or animated: a message over @parent. */
void
dlm_export_show_error (GtkWindow  *parent,
                       const char *message)
{
  AdwMessageDialog *dialog;

  g_return_if_fail (parent == NULL || GTK_IS_WINDOW (parent));
  g_return_if_fail (message != NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, _("Could not export"), message));
  adw_message_dialog_add_response (dialog, "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Every export's success: a toast naming the file, with a button that
 * opens it (the window's win.open-file). */
void
dlm_export_show_saved (AdwToastOverlay *toasts,
                       const char      *path)
{
  /* the name may be in any encoding; a toast needs UTF-8 */
  g_autofree char *basename = NULL;
  g_autofree char *title = NULL;
  g_autofree char *uri = NULL;
  AdwToast *toast;

  g_return_if_fail (ADW_IS_TOAST_OVERLAY (toasts));
  g_return_if_fail (path != NULL);

  basename = g_filename_display_basename (path);
  title = g_strdup_printf (_("Saved “%s”"), basename);
  uri = g_filename_to_uri (path, NULL, NULL);
  toast = adw_toast_new (title);
  if (uri != NULL)
    {
      adw_toast_set_button_label (toast, _("_Open"));
      adw_toast_set_action_name (toast, "win.open-file");
      adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
    }

  adw_toast_overlay_add_toast (toasts, toast);
}

static void
dlm_export_dialog_show_error (DlmExportDialog *self,
                              const char      *message)
{
  dlm_export_show_error (self->parent, message);
}

static void
dlm_export_dialog_show_saved (DlmExportDialog *self)
{
  dlm_export_show_saved (self->toasts, self->path);
}

static void
dlm_export_dialog_write (DlmExportDialog *self,
                         int              width,
                         int              height)
{
  g_autoptr(GError) error = NULL;

  if (dlm_export_topic_to_file (self->topic, self->path, self->format,
                                width, height, self->theme, &error))
    dlm_export_dialog_show_saved (self);
  else
    dlm_export_dialog_show_error (self, error->message);
}

static void
on_custom_size_response (AdwMessageDialog *dialog,
                         const char       *response,
                         DlmExportDialog  *self)
{
  if (g_strcmp0 (response, "export") == 0)
    dlm_export_dialog_write (self,
                             gtk_spin_button_get_value_as_int (self->width_spin),
                             gtk_spin_button_get_value_as_int (self->height_spin));

  dlm_export_dialog_finish (self);
}

static GtkSpinButton *
add_size_row (GtkGrid    *grid,
              int         row,
              const char *label_text,
              int         value)
{
  GtkWidget *label = gtk_label_new_with_mnemonic (label_text);
  GtkWidget *spin = gtk_spin_button_new_with_range (MIN_SIDE, MAX_SIDE, 1);

  gtk_spin_button_set_value (GTK_SPIN_BUTTON (spin), CLAMP (value, MIN_SIDE, MAX_SIDE));
  gtk_widget_set_hexpand (spin, TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_label_set_mnemonic_widget (GTK_LABEL (label), spin);
  gtk_grid_attach (grid, label, 0, row, 1, 1);
  gtk_grid_attach (grid, spin, 1, row, 1, 1);

  return GTK_SPIN_BUTTON (spin);
}

static void
dlm_export_dialog_ask_size (DlmExportDialog *self)
{
  AdwMessageDialog *dialog;
  GtkGrid *grid = GTK_GRID (gtk_grid_new ());

  gtk_grid_set_row_spacing (grid, 12);
  gtk_grid_set_column_spacing (grid, 12);
  self->width_spin = add_size_row (grid, 0, _("_Width"), self->view_width);
  self->height_spin = add_size_row (grid, 1, _("_Height"), self->view_height);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (self->parent, _("Custom size"),
                                                       _("The size of the image in pixels.")));
  adw_message_dialog_set_extra_child (dialog, GTK_WIDGET (grid));
  adw_message_dialog_add_responses (dialog, "cancel", _("_Cancel"), "export", _("_Export"), NULL);
  adw_message_dialog_set_response_appearance (dialog, "export", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "export");
  adw_message_dialog_set_close_response (dialog, "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_custom_size_response), self);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A name typed without an extension gets the one of the chosen format. */
static char *
path_with_extension (GFile     *file,
                     DlmFormat  format)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *basename = NULL;

  if (path == NULL)
    return NULL;

  basename = g_path_get_basename (path);
  if (strchr (basename, '.') != NULL)
    return g_steal_pointer (&path);

  return g_strdup_printf ("%s.%s", path, dlm_format_get_extension (format));
}

static void
dlm_export_dialog_accepted (DlmExportDialog *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (self->native);
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  /* tables and code were offered no choices: asking for one warns */
  gboolean drawn = !DLM_FORMAT_IS_TEXT (self->format);
  const char *size = drawn ? gtk_file_chooser_get_choice (chooser, "size") : NULL;
  const char *theme = drawn ? gtk_file_chooser_get_choice (chooser, "theme") : NULL;
  int width = self->view_width, height = self->view_height;

  self->path = file ? path_with_extension (file, self->format) : NULL;
  if (self->path == NULL)
    {
      dlm_export_dialog_show_error (self, _("Only files on this computer can be written. Choose a local folder."));
      dlm_export_dialog_finish (self);
      return;
    }

  if (theme == NULL || !dlm_theme_kind_from_string (theme, &self->theme))
    self->theme = self->view_theme;

  if (g_strcmp0 (size, "custom") == 0)
    {
      dlm_export_dialog_ask_size (self);
      return;
    }

  if (size != NULL && strchr (size, 'x') != NULL)
    sscanf (size, "%dx%d", &width, &height);

  dlm_export_dialog_write (self, width, height);
  dlm_export_dialog_finish (self);
}

static void
on_native_response (GtkNativeDialog *native,
                    int              response,
                    DlmExportDialog *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    dlm_export_dialog_accepted (self);
  else
    dlm_export_dialog_finish (self);
}

static void
dlm_export_dialog_add_choices (DlmExportDialog *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (self->native);
  g_autofree char *view_label = g_strdup_printf (_("Current view (%d × %d)"),
                                                 self->view_width, self->view_height);
  const char *size_ids[] = { "view", "1920x1080", "1280x720", "custom", NULL };
  const char *size_labels[] = { view_label, _("Slide (1920 × 1080)"), _("HD (1280 × 720)"),
                                _("Custom…"), NULL };
  const char *theme_ids[] = { "light", "dark", "projector", NULL };
  const char *theme_labels[] = { _("Light"), _("Dark"), _("Projector"), NULL };

  gtk_file_chooser_add_choice (chooser, "size", _("Size"), size_ids, size_labels);
  gtk_file_chooser_set_choice (chooser, "size", "view");
  gtk_file_chooser_add_choice (chooser, "theme", _("Theme"), theme_ids, theme_labels);
  gtk_file_chooser_set_choice (chooser, "theme", dlm_theme_kind_to_string (self->view_theme));
}

static void
dlm_export_dialog_add_filter (DlmExportDialog *self)
{
  static const char *names[] = {
    [DLM_FORMAT_PNG] = N_("PNG image"),
    [DLM_FORMAT_SVG] = N_("SVG drawing"),
    [DLM_FORMAT_PDF] = N_("PDF document"),
    [DLM_FORMAT_CSV] = N_("CSV table"),
    [DLM_FORMAT_PY] = N_("Python script"),
    [DLM_FORMAT_IPYNB] = N_("Jupyter notebook"),
  };
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", dlm_format_get_extension (self->format));

  gtk_file_filter_set_name (filter, _(names[self->format]));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->native), filter);
}

/* Figures go to Pictures and tables to Documents when those exist;
 * otherwise the chooser keeps its own default. */
static void
dlm_export_dialog_set_folder (DlmExportDialog *self,
                              GUserDirectory   directory)
{
  const char *path = g_get_user_special_dir (directory);
  g_autoptr(GFile) folder = NULL;

  if (path == NULL || !g_file_test (path, G_FILE_TEST_IS_DIR))
    return;

  folder = g_file_new_for_path (path);
  gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (self->native), folder, NULL);
}

static const char *
dlm_export_dialog_get_title (DlmExportDialog *self)
{
  if (self->format == DLM_FORMAT_CSV)
    return _("Export data");
  if (DLM_FORMAT_IS_TEXT (self->format))
    return _("Export code");
  return _("Export figure");
}

void
dlm_export_dialog_present (DlmExportDialog *self)
{
  g_autofree char *name = NULL;
  gboolean is_data;

  g_return_if_fail (DLM_IS_EXPORT_DIALOG (self));
  g_return_if_fail (self->native == NULL);

  /* tables and code are text: no size or theme to ask for */
  is_data = DLM_FORMAT_IS_TEXT (self->format);
  self->native = gtk_file_chooser_native_new (dlm_export_dialog_get_title (self),
                                              self->parent, GTK_FILE_CHOOSER_ACTION_SAVE,
                                              _("_Export"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->native), TRUE);

  name = g_strdup_printf ("%s.%s", dlm_topic_get_id (self->topic),
                          dlm_format_get_extension (self->format));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->native), name);
  dlm_export_dialog_set_folder (self, is_data ? G_USER_DIRECTORY_DOCUMENTS : G_USER_DIRECTORY_PICTURES);
  dlm_export_dialog_add_filter (self);
  if (!is_data)
    dlm_export_dialog_add_choices (self);

  /* Held until the user has answered every question. */
  g_object_ref (self);
  g_signal_connect (self->native, "response", G_CALLBACK (on_native_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->native));
}

DlmExportDialog *
dlm_export_dialog_new (GtkWindow       *parent,
                       AdwToastOverlay *toasts,
                       DlmTopic        *topic,
                       DlmFormat        format,
                       int              view_width,
                       int              view_height,
                       DlmThemeKind     view_theme)
{
  DlmExportDialog *self;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (ADW_IS_TOAST_OVERLAY (toasts), NULL);
  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);

  self = g_object_new (DLM_TYPE_EXPORT_DIALOG, NULL);
  g_set_weak_pointer (&self->parent, parent);
  self->toasts = g_object_ref (toasts);
  self->topic = g_object_ref (topic);
  self->format = format;
  self->view_width = MAX (view_width, MIN_SIDE);
  self->view_height = MAX (view_height, MIN_SIDE);
  self->view_theme = view_theme;
  self->theme = view_theme;

  return self;
}

static void
dlm_export_dialog_finalize (GObject *object)
{
  DlmExportDialog *self = (DlmExportDialog *)object;

  g_clear_weak_pointer (&self->parent);
  g_clear_object (&self->native);
  g_clear_object (&self->toasts);
  g_clear_object (&self->topic);
  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (dlm_export_dialog_parent_class)->finalize (object);
}

static void
dlm_export_dialog_class_init (DlmExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = dlm_export_dialog_finalize;
}

static void
dlm_export_dialog_init (DlmExportDialog *self)
{
}

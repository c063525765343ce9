/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dlm-datatypes-panel.h"

struct _DlmDatatypesPanel
{
  DlmTopicPanel         parent_instance;

  AdwEntryRow          *image_row;
  GtkLabel             *image_error;
  GtkSpinButton        *zoom_spin;
  GtkWidget            *zoom_row;
  GtkScale             *zoom_scale;
  GtkLabel             *zoom_error;
  GtkLabel             *view_error;
  GtkLabel             *dtype_error;
  GtkWidget            *image_group;
  GtkWidget            *zoom_group;
  GtkWidget            *dtype_group;
  AdwEntryRow          *values_row;
  GtkLabel             *values_error;
  GtkWidget            *values_group;

  GtkFileChooserNative *chooser;
};

G_DEFINE_FINAL_TYPE (DlmDatatypesPanel, dlm_datatypes_panel, DLM_TYPE_TOPIC_PANEL)

/* Shows @text in the entry and applies it at once (not after the typing
 * delay); a refusal appears under the entry like a typed one. */
static void
apply_image (DlmDatatypesPanel *self,
             const char        *text)
{
  DlmParamBinding *binding = dlm_topic_panel_get_binding (DLM_TOPIC_PANEL (self), "image");

  gtk_editable_set_text (GTK_EDITABLE (self->image_row), text);
  dlm_param_binding_apply (binding, text);
}

static void
on_chooser_response (GtkNativeDialog   *dialog,
                     int                response,
                     DlmDatatypesPanel *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  if (file != NULL && (path = g_file_get_path (file)) != NULL)
    apply_image (self, path);
  else if (file != NULL)
    {
      /* a file the chooser offers from a place with no local path */
      g_autofree char *uri = g_file_get_uri (file);
      apply_image (self, uri);
    }
  g_clear_object (&self->chooser);
}

static GtkFileFilter *
image_filter (void)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("PNG and JPEG images"));
  gtk_file_filter_add_mime_type (filter, "image/png");
  gtk_file_filter_add_mime_type (filter, "image/jpeg");
  gtk_file_filter_add_suffix (filter, "png");
  gtk_file_filter_add_suffix (filter, "jpg");
  gtk_file_filter_add_suffix (filter, "jpeg");
  return filter;
}

static void
open_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlmDatatypesPanel *self = DLM_DATATYPES_PANEL (widget);
  GtkRoot *root = gtk_widget_get_root (widget);
  g_autoptr(GtkFileFilter) filter = image_filter ();

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Open image"),
                                               GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL,
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), filter);
  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
builtin_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  apply_image (DLM_DATATYPES_PANEL (widget), "landscape");
}

/* The image group quotes what the topic accepts, in the words of the
 * command line's --list-params, so the limits on size and type it names
 * are the ones the topic keeps, never a copy that can fall behind. */
static void
describe_image_limits (DlmDatatypesPanel *self)
{
  g_autoptr(GPtrArray) params = dlm_topic_list_params (dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self)));

  for (guint i = 0; i < params->len; i++)
    {
      const DlmParamInfo *info = g_ptr_array_index (params, i);
      g_autofree char *text = NULL;

      if (g_strcmp0 (info->name, "image") != 0)
        continue;
      /* Translators: %s is what the image field accepts, e.g. "a PNG or
       * JPEG file of at most 64 MB and 4096 × 4096 pixels, or the built-in
       * picture landscape" */
      text = g_strdup_printf (_("A picture is a grid of numbers. Accepted: %s."), info->accepted);
      adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->image_group), text);
    }
}

static void
dlm_datatypes_panel_constructed (GObject *object)
{
  DlmDatatypesPanel *self = (DlmDatatypesPanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  G_OBJECT_CLASS (dlm_datatypes_panel_parent_class)->constructed (object);

  dlm_topic_panel_bind_editable (panel, "image", GTK_EDITABLE (self->image_row), self->image_error);
  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  dlm_topic_panel_bind_spin_button (panel, "zoom", self->zoom_spin, self->zoom_row, self->zoom_error);
  dlm_topic_panel_bind_choice (panel, "dtype", self->dtype_error);
  dlm_topic_panel_bind_editable (panel, "values", GTK_EDITABLE (self->values_row), self->values_error);

  g_object_bind_property (gtk_spin_button_get_adjustment (self->zoom_spin), "value",
                          gtk_range_get_adjustment (GTK_RANGE (self->zoom_scale)), "value",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  /* only the pictures and the storage view use the image; only the
   * pictures zoom, only the storage view compares storage types, only the
   * dtypes view reads a list */
  dlm_topic_panel_show_when (panel, self->image_group, "view", "grayscale|channels|storage");
  dlm_topic_panel_show_when (panel, self->zoom_group, "view", "grayscale|channels");
  dlm_topic_panel_show_when (panel, self->dtype_group, "view", "storage");
  dlm_topic_panel_show_when (panel, self->values_group, "view", "dtypes");
  describe_image_limits (self);
}

static void
dlm_datatypes_panel_dispose (GObject *object)
{
  DlmDatatypesPanel *self = (DlmDatatypesPanel *)object;

  if (self->chooser != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->chooser, self);
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_DATATYPES_PANEL);

  G_OBJECT_CLASS (dlm_datatypes_panel_parent_class)->dispose (object);
}

static void
dlm_datatypes_panel_class_init (DlmDatatypesPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_datatypes_panel_constructed;
  object_class->dispose = dlm_datatypes_panel_dispose;

  gtk_widget_class_install_action (widget_class, "datatypes.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "datatypes.builtin", NULL, builtin_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-datatypes-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, image_row);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, image_error);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, zoom_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, zoom_row);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, zoom_scale);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, zoom_error);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, view_error);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, image_group);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, zoom_group);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, dtype_group);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, dtype_error);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, values_row);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, values_error);
  gtk_widget_class_bind_template_child (widget_class, DlmDatatypesPanel, values_group);
}

static void
dlm_datatypes_panel_init (DlmDatatypesPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

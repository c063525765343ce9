/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>

#include "dlm-explog-panel.h"

struct _DlmExplogPanel
{
  DlmTopicPanel   parent_instance;

  GtkLabel       *view_error;
  GtkLabel       *base_error;
  GtkWidget      *function_group;
  GtkSpinButton  *xmin_spin;
  GtkWidget      *xmin_row;
  GtkLabel       *xmin_error;
  GtkSpinButton  *xmax_spin;
  GtkWidget      *xmax_row;
  GtkLabel       *xmax_error;
  GtkWidget      *precision_group;
  AdwEntryRow    *p_row;
  GtkLabel       *p_error;
  GtkSpinButton  *n_spin;
  GtkWidget      *n_row;
  GtkLabel       *n_error;
};

G_DEFINE_FINAL_TYPE (DlmExplogPanel, dlm_explog_panel, DLM_TYPE_TOPIC_PANEL)

static void
dlm_explog_panel_constructed (GObject *object)
{
  DlmExplogPanel *self = (DlmExplogPanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  G_OBJECT_CLASS (dlm_explog_panel_parent_class)->constructed (object);

  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  dlm_topic_panel_bind_choice (panel, "base", self->base_error);
  dlm_topic_panel_bind_spin_button (panel, "xmin", self->xmin_spin, self->xmin_row, self->xmin_error);
  dlm_topic_panel_bind_spin_button (panel, "xmax", self->xmax_spin, self->xmax_row, self->xmax_error);
  dlm_topic_panel_bind_editable (panel, "p", GTK_EDITABLE (self->p_row), self->p_error);
  dlm_topic_panel_bind_spin_button (panel, "n", self->n_spin, self->n_row, self->n_error);

  /* p and n only feed the precision view, the x range only the curves;
   * the stretch view's values and log axis are the same in every base */
  dlm_topic_panel_show_when (panel, self->precision_group, "view", "precision");
  dlm_topic_panel_show_when (panel, self->xmin_row, "view", "curves|monotonic");
  dlm_topic_panel_show_when (panel, self->xmax_row, "view", "curves|monotonic");
  dlm_topic_panel_show_when (panel, self->function_group, "view", "!stretch");
}

static void
dlm_explog_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_EXPLOG_PANEL);

  G_OBJECT_CLASS (dlm_explog_panel_parent_class)->dispose (object);
}

static void
dlm_explog_panel_class_init (DlmExplogPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_explog_panel_constructed;
  object_class->dispose = dlm_explog_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-explog-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, view_error);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, base_error);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, function_group);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, xmin_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, xmin_row);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, xmin_error);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, xmax_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, xmax_row);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, xmax_error);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, precision_group);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, p_row);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, p_error);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, n_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, n_row);
  gtk_widget_class_bind_template_child (widget_class, DlmExplogPanel, n_error);
}

static void
dlm_explog_panel_init (DlmExplogPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

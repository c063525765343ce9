/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>

#include "dlm-entropy-panel.h"

struct _DlmEntropyPanel
{
  DlmTopicPanel   parent_instance;

  GtkLabel       *view_error;
  GtkWidget      *distribution_group;
  GtkWidget      *prediction_group;
  GtkLabel       *base_error;
  GtkWidget      *coin_group;
  GtkSpinButton  *p_spin;
  GtkWidget      *p_row;
  GtkLabel       *p_error;
  AdwEntryRow    *dist_row;
  GtkLabel       *dist_error;
  AdwEntryRow    *q_row;
  GtkLabel       *q_error;
  GtkLabel       *target_error;
  GtkSpinButton  *truth_spin;
  GtkWidget      *truth_row;
  GtkLabel       *truth_error;
};

G_DEFINE_FINAL_TYPE (DlmEntropyPanel, dlm_entropy_panel, DLM_TYPE_TOPIC_PANEL)

/* Each view shows its own inputs: the coin's p for the binary view, the
 * distribution (also the truth p of the cross-entropy), the prediction
 * for the cross-entropy; the true class only for a one-hot truth. */
static void
show_controls_by_view (DlmEntropyPanel *self)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  dlm_topic_panel_show_when (panel, self->coin_group, "view", "binary");
  dlm_topic_panel_show_when (panel, self->distribution_group, "view", "distribution|cross");
  dlm_topic_panel_show_when (panel, self->prediction_group, "view", "cross");
  dlm_topic_panel_show_when (panel, self->truth_row, "target", "onehot");
}

static void
dlm_entropy_panel_constructed (GObject *object)
{
  DlmEntropyPanel *self = (DlmEntropyPanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  G_OBJECT_CLASS (dlm_entropy_panel_parent_class)->constructed (object);

  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  dlm_topic_panel_bind_choice (panel, "base", self->base_error);
  dlm_topic_panel_bind_spin_button (panel, "p", self->p_spin, self->p_row, self->p_error);
  dlm_topic_panel_bind_editable (panel, "dist", GTK_EDITABLE (self->dist_row), self->dist_error);
  dlm_topic_panel_bind_editable (panel, "q", GTK_EDITABLE (self->q_row), self->q_error);
  dlm_topic_panel_bind_choice (panel, "target", self->target_error);
  dlm_topic_panel_bind_spin_button (panel, "truth", self->truth_spin, self->truth_row, self->truth_error);

  show_controls_by_view (self);
}

static void
dlm_entropy_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_ENTROPY_PANEL);

  G_OBJECT_CLASS (dlm_entropy_panel_parent_class)->dispose (object);
}

static void
dlm_entropy_panel_class_init (DlmEntropyPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_entropy_panel_constructed;
  object_class->dispose = dlm_entropy_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-entropy-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, view_error);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, distribution_group);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, prediction_group);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, base_error);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, coin_group);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, p_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, p_row);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, p_error);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, dist_row);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, dist_error);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, q_row);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, q_error);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, target_error);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, truth_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, truth_row);
  gtk_widget_class_bind_template_child (widget_class, DlmEntropyPanel, truth_error);
}

static void
dlm_entropy_panel_init (DlmEntropyPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

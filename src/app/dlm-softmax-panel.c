/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <math.h>

#include <adwaita.h>

#include "dlm-softmax-panel.h"

struct _DlmSoftmaxPanel
{
  DlmTopicPanel   parent_instance;

  AdwEntryRow    *logits_row;
  GtkLabel       *logits_error;
  AdwEntryRow    *labels_row;
  GtkLabel       *labels_error;
  GtkSpinButton  *temperature_spin;
  GtkWidget      *temperature_row;
  GtkScale       *temperature_scale;
  GtkLabel       *temperature_error;
  GtkLabel       *view_error;
  GtkWidget      *scores_group;
};

G_DEFINE_FINAL_TYPE (DlmSoftmaxPanel, dlm_softmax_panel, DLM_TYPE_TOPIC_PANEL)

/* The slider moves in log₁₀ T, so 0.1, 1 and 10 sit evenly apart and the
 * interesting range around T = 1 gets most of its length. */
static gboolean
temperature_to_slider (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      data)
{
  g_value_set_double (to, log10 (g_value_get_double (from)));
  return TRUE;
}

static gboolean
slider_to_temperature (GBinding     *binding,
                       const GValue *from,
                       GValue       *to,
                       gpointer      data)
{
  /* Two decimals, as the spin button shows, so dragging gives tidy values. */
  g_value_set_double (to, round (pow (10.0, g_value_get_double (from)) * 100.0) / 100.0);
  return TRUE;
}

static void
dlm_softmax_panel_constructed (GObject *object)
{
  DlmSoftmaxPanel *self = (DlmSoftmaxPanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  G_OBJECT_CLASS (dlm_softmax_panel_parent_class)->constructed (object);

  dlm_topic_panel_bind_editable (panel, "logits", GTK_EDITABLE (self->logits_row), self->logits_error);
  dlm_topic_panel_bind_editable (panel, "labels", GTK_EDITABLE (self->labels_row), self->labels_error);
  dlm_topic_panel_bind_spin_button (panel, "temperature", self->temperature_spin,
                                    self->temperature_row, self->temperature_error);
  dlm_topic_panel_bind_choice (panel, "view", self->view_error);

  g_object_bind_property_full (gtk_spin_button_get_adjustment (self->temperature_spin), "value",
                               gtk_range_get_adjustment (GTK_RANGE (self->temperature_scale)), "value",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               temperature_to_slider, slider_to_temperature, NULL, NULL);

  /* the classifier view scores its own three images */
  dlm_topic_panel_show_when (panel, self->scores_group, "view", "!classifier");
}

static void
dlm_softmax_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_SOFTMAX_PANEL);

  G_OBJECT_CLASS (dlm_softmax_panel_parent_class)->dispose (object);
}

static void
dlm_softmax_panel_class_init (DlmSoftmaxPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_softmax_panel_constructed;
  object_class->dispose = dlm_softmax_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-softmax-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, logits_row);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, logits_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, labels_row);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, labels_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, temperature_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, temperature_row);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, temperature_scale);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, temperature_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, view_error);
  gtk_widget_class_bind_template_child (widget_class, DlmSoftmaxPanel, scores_group);
}

static void
dlm_softmax_panel_init (DlmSoftmaxPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

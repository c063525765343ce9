/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <glib/gi18n.h>

#include "dlm-compute-bar.h"

struct _DlmComputeBar
{
  GtkWidget       parent_instance;

  DlmTopic       *topic;
  GtkRevealer    *revealer;
  GtkProgressBar *progress_bar;
};

G_DEFINE_FINAL_TYPE (DlmComputeBar, dlm_compute_bar, GTK_TYPE_WIDGET)

GtkWidget *
dlm_compute_bar_new (void)
{
  return g_object_new (DLM_TYPE_COMPUTE_BAR, NULL);
}

static void
update (DlmComputeBar *self)
{
  gboolean computing = self->topic != NULL && dlm_topic_get_computing (self->topic);
  double fraction = self->topic != NULL ? dlm_topic_get_progress (self->topic) : 0;
  g_autofree char *text = g_strdup_printf (_("Drawing samples… %.0f %%"), fraction * 100);

  gtk_revealer_set_reveal_child (self->revealer, computing);
  gtk_progress_bar_set_fraction (self->progress_bar, fraction);
  gtk_progress_bar_set_text (self->progress_bar, text);
}

void
dlm_compute_bar_set_topic (DlmComputeBar *self,
                           DlmTopic      *topic)
{
  g_return_if_fail (DLM_IS_COMPUTE_BAR (self));
  g_return_if_fail (topic == NULL || DLM_IS_TOPIC (topic));

  if (self->topic != NULL)
    {
      g_signal_handlers_disconnect_by_func (self->topic, update, self);
      dlm_topic_set_compute_in_background (self->topic, FALSE);
    }
  g_set_object (&self->topic, topic);
  if (topic != NULL)
    {
      g_signal_connect_object (topic, "notify::computing", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (topic, "notify::compute-progress", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
      dlm_topic_set_compute_in_background (topic, TRUE);
    }
  update (self);
}

static void
stop_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  DlmComputeBar *self = DLM_COMPUTE_BAR (widget);

  if (self->topic != NULL)
    dlm_topic_cancel_compute (self->topic);
}

static void
dlm_compute_bar_dispose (GObject *object)
{
  DlmComputeBar *self = DLM_COMPUTE_BAR (object);

  if (self->topic != NULL)
    dlm_topic_cancel_compute (self->topic);
  g_clear_object (&self->topic);
  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_COMPUTE_BAR);

  G_OBJECT_CLASS (dlm_compute_bar_parent_class)->dispose (object);
}

static void
dlm_compute_bar_class_init (DlmComputeBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_compute_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-compute-bar.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmComputeBar, revealer);
  gtk_widget_class_bind_template_child (widget_class, DlmComputeBar, progress_bar);
  gtk_widget_class_install_action (widget_class, "compute.stop", NULL, stop_action);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "computebar");
}

static void
dlm_compute_bar_init (DlmComputeBar *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

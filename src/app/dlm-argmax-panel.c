/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>

#include "dlm-argmax-panel.h"

struct _DlmArgmaxPanel
{
  DlmTopicPanel   parent_instance;

  AdwEntryRow    *values_row;
  GtkLabel       *values_error;
  AdwEntryRow    *labels_row;
  GtkLabel       *labels_error;
  GtkLabel       *index_base_error;
  GtkLabel       *view_error;
  GtkWidget      *values_group;
  GtkWidget      *counting_group;
};

G_DEFINE_FINAL_TYPE (DlmArgmaxPanel, dlm_argmax_panel, DLM_TYPE_TOPIC_PANEL)

/* The course's examples, each a complete set of parameters (the counting
 * stays as the user chose it). */
static const struct {
  const char *name;
  const char *assignments[4];
} examples[] = {
  { "slides",     { "values=1, -1, 3, 0, 4, 3", "labels=", "view=values", NULL } },
  { "quiz",       { "values=1, 3, 7, 4", "labels=", "view=values", NULL } },
  { "ties",       { "values=2, 7, 1, 7, 1", "labels=", "view=values", NULL } },
  { "classifier", { "values=0, 0.05, 0.8, 0.1, 0.05",
                    "labels=squirrel, speed-limit sign, stop sign, tomato, car",
                    "view=classifier", NULL } },
  { "loss",       { "view=function", NULL } },
};

static void
example_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (widget));
  const char *name = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    if (g_str_equal (examples[i].name, name) &&
        !dlm_topic_apply (topic, examples[i].assignments, &error))
      g_critical ("course example %s was refused: %s", name, error->message);
}

static void
dlm_argmax_panel_constructed (GObject *object)
{
  DlmArgmaxPanel *self = (DlmArgmaxPanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  G_OBJECT_CLASS (dlm_argmax_panel_parent_class)->constructed (object);

  dlm_topic_panel_bind_editable (panel, "values", GTK_EDITABLE (self->values_row), self->values_error);
  dlm_topic_panel_bind_editable (panel, "labels", GTK_EDITABLE (self->labels_row), self->labels_error);
  dlm_topic_panel_bind_choice (panel, "index-base", self->index_base_error);
  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  /* the curves view draws two functions of its own */
  dlm_topic_panel_show_when (panel, self->values_group, "view", "!function");
  dlm_topic_panel_show_when (panel, self->counting_group, "view", "!function");
}

static void
dlm_argmax_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_ARGMAX_PANEL);

  G_OBJECT_CLASS (dlm_argmax_panel_parent_class)->dispose (object);
}

static void
dlm_argmax_panel_class_init (DlmArgmaxPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_argmax_panel_constructed;
  object_class->dispose = dlm_argmax_panel_dispose;

  gtk_widget_class_install_action (widget_class, "argmax.example", "s", example_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-argmax-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmArgmaxPanel, values_row);
  gtk_widget_class_bind_template_child (widget_class, DlmArgmaxPanel, values_error);
  gtk_widget_class_bind_template_child (widget_class, DlmArgmaxPanel, labels_row);
  gtk_widget_class_bind_template_child (widget_class, DlmArgmaxPanel, labels_error);
  gtk_widget_class_bind_template_child (widget_class, DlmArgmaxPanel, index_base_error);
  gtk_widget_class_bind_template_child (widget_class, DlmArgmaxPanel, view_error);
  gtk_widget_class_bind_template_child (widget_class, DlmArgmaxPanel, values_group);
  gtk_widget_class_bind_template_child (widget_class, DlmArgmaxPanel, counting_group);
}

static void
dlm_argmax_panel_init (DlmArgmaxPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>

#include "dlm-meanvar-panel.h"

struct _DlmMeanvarPanel
{
  DlmTopicPanel   parent_instance;

  GtkLabel       *view_error;
  AdwEntryRow    *data_row;
  GtkLabel       *data_error;
  AdwEntryRow    *compare_row;
  GtkLabel       *compare_error;
  GtkWidget      *ddof_group;
  GtkLabel       *ddof_error;
};

G_DEFINE_FINAL_TYPE (DlmMeanvarPanel, dlm_meanvar_panel, DLM_TYPE_TOPIC_PANEL)

/* The course's examples, each a complete set of parameters. */
static const struct {
  const char *name;
  const char *assignments[5];
} examples[] = {
  { "spread",  { "data=8, 0, 4, 1, -2, 7", "compare=", "ddof=1", "view=dots", NULL } },
  { "close",   { "data=2, 3, 4, 3, 4, 4", "compare=", "ddof=1", "view=dots", NULL } },
  { "shift",   { "data=1, 2, 3, 3, 2, 1", "compare=101, 102, 103, 103, 102, 101", "ddof=1", "view=dots", NULL } },
  { "outlier", { "data=8, 0, 4, 1, -2, 40", "compare=8, 0, 4, 1, -2, 7", "ddof=1", "view=dots", NULL } },
  { "skewed",  { "data=1, 2, 2, 2, 3, 4, 5, 8, 13", "compare=", "ddof=1", "view=squares", NULL } },
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
dlm_meanvar_panel_constructed (GObject *object)
{
  DlmMeanvarPanel *self = (DlmMeanvarPanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  G_OBJECT_CLASS (dlm_meanvar_panel_parent_class)->constructed (object);

  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  dlm_topic_panel_bind_editable (panel, "data", GTK_EDITABLE (self->data_row), self->data_error);
  dlm_topic_panel_bind_editable (panel, "compare", GTK_EDITABLE (self->compare_row), self->compare_error);
  /* the normal curves are drawn from the data alone */
  dlm_topic_panel_show_when (panel, GTK_WIDGET (self->compare_row), "view", "dots");
  dlm_topic_panel_bind_choice (panel, "ddof", self->ddof_error);
  /* the sums over a center c divide by nothing */
  dlm_topic_panel_show_when (panel, self->ddof_group, "view", "!squares");
}

static void
dlm_meanvar_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_MEANVAR_PANEL);

  G_OBJECT_CLASS (dlm_meanvar_panel_parent_class)->dispose (object);
}

static void
dlm_meanvar_panel_class_init (DlmMeanvarPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_meanvar_panel_constructed;
  object_class->dispose = dlm_meanvar_panel_dispose;

  gtk_widget_class_install_action (widget_class, "meanvar.example", "s", example_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-meanvar-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmMeanvarPanel, view_error);
  gtk_widget_class_bind_template_child (widget_class, DlmMeanvarPanel, data_row);
  gtk_widget_class_bind_template_child (widget_class, DlmMeanvarPanel, data_error);
  gtk_widget_class_bind_template_child (widget_class, DlmMeanvarPanel, compare_row);
  gtk_widget_class_bind_template_child (widget_class, DlmMeanvarPanel, compare_error);
  gtk_widget_class_bind_template_child (widget_class, DlmMeanvarPanel, ddof_group);
  gtk_widget_class_bind_template_child (widget_class, DlmMeanvarPanel, ddof_error);
}

static void
dlm_meanvar_panel_init (DlmMeanvarPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

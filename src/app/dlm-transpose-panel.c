/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>

#include "dlm-timeline.h"
#include "dlm-transpose-panel.h"
#include "dlm-transpose-topic.h"

struct _DlmTransposePanel
{
  DlmTopicPanel   parent_instance;

  DlmTimeline    *timeline;
  GtkWidget      *animation_group;
  GtkLabel       *view_error;
  AdwEntryRow    *matrix_row;
  GtkLabel       *matrix_error;
  GtkSpinButton  *scalar_spin;
  GtkWidget      *scalar_row;
  GtkLabel       *scalar_error;
};

G_DEFINE_FINAL_TYPE (DlmTransposePanel, dlm_transpose_panel, DLM_TYPE_TOPIC_PANEL)

/* The course's examples, each a complete set of parameters; the flip starts
 * from A so that Play shows it. */
static const struct {
  const char *name;
  const char *assignments[5];
} examples[] = {
  { "matrix",    { "matrix=1 5; 0 6; 2 8; 5 3; -2 0", "scalar=2", "view=flip", "progress=0", NULL } },
  { "vector",    { "matrix=1; 0; 2; 5; -2", "scalar=2", "view=vector", "progress=0", NULL } },
  { "symmetric", { "matrix=2 1 0; 1 3 4; 0 4 5", "scalar=2", "view=flip", "progress=0", NULL } },
};

static void
example_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DlmTransposePanel *self = DLM_TRANSPOSE_PANEL (widget);
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (widget));
  const char *name = g_variant_get_string (parameter, NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (examples); i++)
    if (g_str_equal (examples[i].name, name))
      {
        dlm_timeline_set_playing (self->timeline, FALSE);
        if (!dlm_topic_apply (topic, examples[i].assignments, &error))
          g_critical ("course example %s was refused: %s", name, error->message);
      }
}

static void
dlm_transpose_panel_constructed (GObject *object)
{
  DlmTransposePanel *self = (DlmTransposePanel *)object;
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);
  DlmTopic *topic;
  DlmAnimation flip;

  G_OBJECT_CLASS (dlm_transpose_panel_parent_class)->constructed (object);

  topic = dlm_topic_panel_get_topic (panel);
  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  dlm_topic_panel_bind_editable (panel, "matrix", GTK_EDITABLE (self->matrix_row), self->matrix_error);
  dlm_topic_panel_bind_spin_button (panel, "scalar", self->scalar_spin, self->scalar_row, self->scalar_error);
  /* α only appears in the rules; the flip plays in the flip and the vectors */
  dlm_topic_panel_show_when (panel, self->scalar_row, "view", "rules");
  dlm_topic_panel_show_when (panel, self->animation_group, "view", "flip|vector");

  /* progress runs from 0 (A) to 1 (Aᵀ), continuously, in the flip's time
   * (the vector view's is the same) */
  dlm_transpose_topic_get_view_animation (DLM_TRANSPOSE_TOPIC (topic), DLM_TRANSPOSE_VIEW_FLIP, &flip);
  dlm_timeline_set_discrete (self->timeline, flip.discrete);
  dlm_timeline_set_duration (self->timeline, flip.end);
  dlm_timeline_set_rate (self->timeline, flip.end / flip.seconds);
  g_object_bind_property (topic, "progress", self->timeline, "position",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
}

static void
dlm_transpose_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_TRANSPOSE_PANEL);

  G_OBJECT_CLASS (dlm_transpose_panel_parent_class)->dispose (object);
}

static void
dlm_transpose_panel_class_init (DlmTransposePanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_transpose_panel_constructed;
  object_class->dispose = dlm_transpose_panel_dispose;

  gtk_widget_class_install_action (widget_class, "transpose.example", "s", example_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-transpose-panel.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmTransposePanel, timeline);
  gtk_widget_class_bind_template_child (widget_class, DlmTransposePanel, animation_group);
  gtk_widget_class_bind_template_child (widget_class, DlmTransposePanel, view_error);
  gtk_widget_class_bind_template_child (widget_class, DlmTransposePanel, matrix_row);
  gtk_widget_class_bind_template_child (widget_class, DlmTransposePanel, matrix_error);
  gtk_widget_class_bind_template_child (widget_class, DlmTransposePanel, scalar_spin);
  gtk_widget_class_bind_template_child (widget_class, DlmTransposePanel, scalar_row);
  gtk_widget_class_bind_template_child (widget_class, DlmTransposePanel, scalar_error);

  g_type_ensure (DLM_TYPE_TIMELINE);
}

static void
dlm_transpose_panel_init (DlmTransposePanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

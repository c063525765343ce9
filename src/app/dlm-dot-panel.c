/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <math.h>

#include "dlm-dot-panel.h"
#include "dlm-dot-topic.h"
#include "dlm-timeline.h"

struct _DlmDotPanel
{
  DlmTopicPanel   parent_instance;

  GtkLabel       *mode_error;
  GtkWidget      *vector_group;
  GtkWidget      *steps_group;
  DlmTimeline    *timeline;
  AdwEntryRow    *v_row;
  GtkLabel       *v_error;
  AdwEntryRow    *w_row;
  GtkLabel       *w_error;
  GtkWidget      *matrix_group;
  AdwEntryRow    *a_row;
  GtkLabel       *a_error;
  AdwEntryRow    *b_row;
  GtkLabel       *b_error;
  GtkWidget      *plane_group;
  AdwEntryRow    *p_row;
  GtkLabel       *p_error;
  AdwEntryRow    *q_row;
  GtkLabel       *q_error;
  GtkWidget      *slide_group;
  AdwEntryRow    *signal_row;
  GtkLabel       *signal_error;
  AdwEntryRow    *kernel_row;
  GtkLabel       *kernel_error;
};

G_DEFINE_FINAL_TYPE (DlmDotPanel, dlm_dot_panel, DLM_TYPE_TOPIC_PANEL)

/* The course's examples, each a complete set of parameters for its mode. */
static const struct {
  const char *name;
  const char *assignments[5];
} examples[] = {
  { "course",   { "mode=vector", "v=1, 0, 2, 5, -2", "w=2, 8, -6, 1, 0", "step=1000", NULL } },
  { "quiz1",    { "mode=vector", "v=1, 2", "w=3, 4", "step=1000", NULL } },
  { "quiz4",    { "mode=vector", "v=2, -1, 3", "w=4, 0, -2", "step=1000", NULL } },
  { "unequal",  { "mode=vector", "v=1, 0, 2, 5, -2", "w=2, 8, -6", "step=1000", NULL } },
  { "matrices", { "mode=matrix", "a=0 3 2; -3 -3 1; 1 0 2", "b=1 0 6; 2 -1 0; 5 1 4", NULL } },
  { "right",    { "mode=geometry", "p=3, 1", "q=-1, 3", NULL } },
  { "edges",    { "mode=convolution", "signal=1, 1, 1, 4, 4, 4, 1, 1", "kernel=1, 0, -1", "step=1000", NULL } },
  { "smooth",   { "mode=convolution", "signal=1, 1, 1, 4, 4, 4, 1, 1", "kernel=0.25, 0.5, 0.25", "step=1000", NULL } },
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

static DlmDotTopic *
dot_topic (DlmDotPanel *self)
{
  return DLM_DOT_TOPIC (dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self)));
}

/* The timeline spans the steps of the view shown (the pairs, or the
 * kernel's positions), played in the topic's time
 * (dlm_topic_get_animation()); none in the views without steps. One that
 * stood at the end stays there. */
static void
update_timeline (DlmDotPanel *self)
{
  DlmAnimation animation;
  gboolean animates = dlm_topic_get_animation (DLM_TOPIC (dot_topic (self)), &animation);
  double duration = animates ? animation.end : 0;
  double old = dlm_timeline_get_duration (self->timeline);
  gboolean at_end = dlm_timeline_get_position (self->timeline) >= old;

  if (duration == old)
    return;
  dlm_timeline_set_duration (self->timeline, duration);
  if (animates)
    dlm_timeline_set_rate (self->timeline, animation.end / animation.seconds);
  if (at_end)
    dlm_timeline_set_position (self->timeline, duration);
}

/* Each view (the mode) shows only its own groups. */
static void
show_controls_by_view (DlmDotPanel *self)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  dlm_topic_panel_show_when (panel, self->vector_group, "mode", "vector");
  dlm_topic_panel_show_when (panel, self->steps_group, "mode", "vector|convolution");
  dlm_topic_panel_show_when (panel, self->slide_group, "mode", "convolution");
  dlm_topic_panel_show_when (panel, self->matrix_group, "mode", "matrix");
  dlm_topic_panel_show_when (panel, self->plane_group, "mode", "geometry");
}

static void
bind_controls (DlmDotPanel *self)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  dlm_topic_panel_bind_choice (panel, "mode", self->mode_error);
  dlm_topic_panel_bind_editable (panel, "v", GTK_EDITABLE (self->v_row), self->v_error);
  dlm_topic_panel_bind_editable (panel, "w", GTK_EDITABLE (self->w_row), self->w_error);
  dlm_topic_panel_bind_editable (panel, "a", GTK_EDITABLE (self->a_row), self->a_error);
  dlm_topic_panel_bind_editable (panel, "b", GTK_EDITABLE (self->b_row), self->b_error);
  dlm_topic_panel_bind_editable (panel, "p", GTK_EDITABLE (self->p_row), self->p_error);
  dlm_topic_panel_bind_editable (panel, "q", GTK_EDITABLE (self->q_row), self->q_error);
  dlm_topic_panel_bind_editable (panel, "signal", GTK_EDITABLE (self->signal_row), self->signal_error);
  dlm_topic_panel_bind_editable (panel, "kernel", GTK_EDITABLE (self->kernel_row), self->kernel_error);
}

static void
dlm_dot_panel_constructed (GObject *object)
{
  DlmDotPanel *self = (DlmDotPanel *)object;
  DlmTopic *topic;

  G_OBJECT_CLASS (dlm_dot_panel_parent_class)->constructed (object);

  topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  bind_controls (self);
  update_timeline (self);
  dlm_timeline_bind_step (self->timeline, G_OBJECT (topic), "step");
  g_signal_connect_object (topic, "changed", G_CALLBACK (update_timeline), self, G_CONNECT_SWAPPED);
  show_controls_by_view (self);
}

static void
dlm_dot_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_DOT_PANEL);

  G_OBJECT_CLASS (dlm_dot_panel_parent_class)->dispose (object);
}

static void
dlm_dot_panel_class_init (DlmDotPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_dot_panel_constructed;
  object_class->dispose = dlm_dot_panel_dispose;

  gtk_widget_class_install_action (widget_class, "dot.example", "s", example_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-dot-panel.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DlmDotPanel, name)
  BIND (mode_error);
  BIND (vector_group);
  BIND (steps_group);
  BIND (timeline);
  BIND (v_row);
  BIND (v_error);
  BIND (w_row);
  BIND (w_error);
  BIND (matrix_group);
  BIND (a_row);
  BIND (a_error);
  BIND (b_row);
  BIND (b_error);
  BIND (plane_group);
  BIND (p_row);
  BIND (p_error);
  BIND (q_row);
  BIND (q_error);
  BIND (slide_group);
  BIND (signal_row);
  BIND (signal_error);
  BIND (kernel_row);
  BIND (kernel_error);
#undef BIND

  g_type_ensure (DLM_TYPE_TIMELINE);
}

static void
dlm_dot_panel_init (DlmDotPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

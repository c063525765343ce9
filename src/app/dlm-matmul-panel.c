/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dlm-matmul.h"
#include "dlm-matmul-panel.h"
#include "dlm-matmul-topic.h"
#include "dlm-timeline.h"

struct _DlmMatmulPanel
{
  DlmTopicPanel   parent_instance;

  DlmTimeline    *timeline;
  GtkWidget      *animation_group;
  GtkLabel       *view_error;
  GtkWidget      *matrices_group;
  AdwEntryRow    *a_row;
  GtkLabel       *a_error;
  AdwEntryRow    *b_row;
  GtkLabel       *b_error;
  GtkSwitch      *transpose_a_switch;
  GtkLabel       *transpose_a_error;
  GtkSwitch      *transpose_b_switch;
  GtkLabel       *transpose_b_error;
  GtkWidget      *random_group;
  GtkSpinButton  *rows_spin;
  GtkWidget      *rows_row;
  GtkLabel       *rows_error;
  GtkSpinButton  *inner_spin;
  GtkWidget      *inner_row;
  GtkLabel       *inner_error;
  GtkSpinButton  *cols_spin;
  GtkWidget      *cols_row;
  GtkLabel       *cols_error;
};

G_DEFINE_FINAL_TYPE (DlmMatmulPanel, dlm_matmul_panel, DLM_TYPE_TOPIC_PANEL)

/* The course's examples and a few more, each a complete set of the typed
 * parameters. */
static const struct {
  const char *name;
  const char *assignments[7];
} examples[] = {
  { "course",    { "a=1 3; 5 7", "b=2 4; 6 8", "transpose-a=false", "transpose-b=false", "view=steps", "step=1", NULL } },
  { "swapped",   { "a=2 4; 6 8", "b=1 3; 5 7", "transpose-a=false", "transpose-b=false", "view=steps", "step=1", NULL } },
  { "identity",  { "a=1 3; 5 7", "b=1 0; 0 1", "transpose-a=false", "transpose-b=false", "view=steps", "step=1", NULL } },
  { "transpose", { "a=1 2 3; 4 5 6", "b=1 0; 0 1", "transpose-a=true", "transpose-b=false", "view=steps", "step=1", NULL } },
  { "large",     { "a=1 2 3 4 5 6 7 8; 2 3 4 5 6 7 8 9; 3 4 5 6 7 8 9 1; 4 5 6 7 8 9 1 2; "
                   "5 6 7 8 9 1 2 3; 6 7 8 9 1 2 3 4; 7 8 9 1 2 3 4 5; 8 9 1 2 3 4 5 6",
                   "b=1 0 0 0 0 0 0 1; 0 1 0 0 0 0 1 0; 0 0 1 0 0 1 0 0; 0 0 0 1 1 0 0 0; "
                   "1 1 1 1 1 1 1 1; 2 0 2 0 2 0 2 0; 0 3 0 3 0 3 0 3; 1 2 3 4 5 6 7 8",
                   "transpose-a=false", "transpose-b=false", "view=steps", "step=1", NULL } },
};

static DlmMatmulTopic *
matmul_topic (DlmMatmulPanel *self)
{
  return DLM_MATMUL_TOPIC (dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self)));
}

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
      g_critical ("example %s was refused: %s", name, error->message);
}

/* The timeline spans the entries of C (the steps view's animation,
 * whatever view is shown, so the step keeps its place), played in the
 * topic's time; one that stood at the end stays at the end, showing all
 * of C. */
static void
update_timeline (DlmMatmulPanel *self)
{
  DlmAnimation animation;
  gboolean animates = dlm_matmul_topic_get_view_animation (matmul_topic (self), DLM_MATMUL_VIEW_STEPS,
                                                           &animation);
  double duration = animates ? animation.end : 0;
  double old = dlm_timeline_get_duration (self->timeline);
  gboolean at_end = old > 0 && dlm_timeline_get_position (self->timeline) >= old;

  if (duration == old)
    return;
  dlm_timeline_set_duration (self->timeline, duration);
  if (animates)
    dlm_timeline_set_rate (self->timeline, animation.end / animation.seconds);
  if (at_end)
    dlm_timeline_set_position (self->timeline, duration);
}

static void
sync_switch (DlmMatmulPanel *self,
             GtkSwitch      *sw)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  g_autofree char *text = dlm_topic_get_param_text (topic, g_object_get_data (G_OBJECT (sw), "param-key"));

  gtk_switch_set_active (sw, g_str_equal (text, "true"));
}

/* A transpose switch goes through the parameter's binding, so a transpose
 * that breaks the shape rule is refused with its message under the switch,
 * and the switch flips back. */
static void
switch_toggled (GtkSwitch      *sw,
                GParamSpec     *pspec,
                DlmMatmulPanel *self)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);
  const char *key = g_object_get_data (G_OBJECT (sw), "param-key");
  const char *wanted = gtk_switch_get_active (sw) ? "true" : "false";
  g_autofree char *now = dlm_topic_get_param_text (dlm_topic_panel_get_topic (panel), key);

  if (g_str_equal (now, wanted))
    return;
  if (!dlm_param_binding_apply (dlm_topic_panel_get_binding (panel, key), wanted))
    sync_switch (self, sw);
}

static void
bind_switch (DlmMatmulPanel *self,
             const char     *key,
             GtkSwitch      *sw,
             GtkLabel       *error_label)
{
  dlm_topic_panel_bind_choice (DLM_TOPIC_PANEL (self), key, error_label);
  g_object_set_data (G_OBJECT (sw), "param-key", (gpointer) key);
  sync_switch (self, sw);
  g_signal_connect_object (sw, "notify::active", G_CALLBACK (switch_toggled), self, 0);
}

static void
update_controls (DlmMatmulPanel *self)
{
  sync_switch (self, self->transpose_a_switch);
  sync_switch (self, self->transpose_b_switch);
  update_timeline (self);
}

static void
bind_controls (DlmMatmulPanel *self)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  dlm_topic_panel_bind_editable (panel, "a", GTK_EDITABLE (self->a_row), self->a_error);
  dlm_topic_panel_bind_editable (panel, "b", GTK_EDITABLE (self->b_row), self->b_error);
  bind_switch (self, "transpose-a", self->transpose_a_switch, self->transpose_a_error);
  bind_switch (self, "transpose-b", self->transpose_b_switch, self->transpose_b_error);
  dlm_topic_panel_bind_spin_button (panel, "rows", self->rows_spin, self->rows_row, self->rows_error);
  dlm_topic_panel_bind_spin_button (panel, "inner", self->inner_spin, self->inner_row, self->inner_error);
  dlm_topic_panel_bind_spin_button (panel, "cols", self->cols_spin, self->cols_row, self->cols_error);
}

static void
dlm_matmul_panel_constructed (GObject *object)
{
  DlmMatmulPanel *self = (DlmMatmulPanel *)object;
  DlmTopic *topic;

  G_OBJECT_CLASS (dlm_matmul_panel_parent_class)->constructed (object);

  topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  bind_controls (self);
  update_timeline (self);
  dlm_timeline_bind_step (self->timeline, G_OBJECT (topic), "step");
  g_object_bind_property (topic, "speed", self->timeline, "speed",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);

  g_signal_connect_object (topic, "changed", G_CALLBACK (update_controls), self, G_CONNECT_SWAPPED);
  update_controls (self);
  /* each view shows only its own groups */
  dlm_topic_panel_show_when (DLM_TOPIC_PANEL (self), self->animation_group, "view", "steps");
  dlm_topic_panel_show_when (DLM_TOPIC_PANEL (self), self->matrices_group, "view", "steps");
  dlm_topic_panel_show_when (DLM_TOPIC_PANEL (self), self->random_group, "view", "random");
}

static void
dlm_matmul_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_MATMUL_PANEL);

  G_OBJECT_CLASS (dlm_matmul_panel_parent_class)->dispose (object);
}

static void
dlm_matmul_panel_class_init (DlmMatmulPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_matmul_panel_constructed;
  object_class->dispose = dlm_matmul_panel_dispose;

  gtk_widget_class_install_action (widget_class, "matmul.example", "s", example_action);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-matmul-panel.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DlmMatmulPanel, name)
  BIND (timeline);
  BIND (animation_group);
  BIND (view_error);
  BIND (matrices_group);
  BIND (a_row);
  BIND (a_error);
  BIND (b_row);
  BIND (b_error);
  BIND (transpose_a_switch);
  BIND (transpose_a_error);
  BIND (transpose_b_switch);
  BIND (transpose_b_error);
  BIND (random_group);
  BIND (rows_spin);
  BIND (rows_row);
  BIND (rows_error);
  BIND (inner_spin);
  BIND (inner_row);
  BIND (inner_error);
  BIND (cols_spin);
  BIND (cols_row);
  BIND (cols_error);
#undef BIND

  g_type_ensure (DLM_TYPE_TIMELINE);
}

static void
dlm_matmul_panel_init (DlmMatmulPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dlm-complex-panel.h"
#include "dlm-complex-topic.h"
#include "dlm-compute-bar.h"
#include "dlm-timeline.h"

struct _DlmComplexPanel
{
  DlmTopicPanel   parent_instance;

  GtkLabel       *view_error;
  GtkWidget      *spectral_group;
  GtkSpinButton  *rank_spin;
  GtkWidget      *rank_row;
  GtkLabel       *rank_error;
  GtkWidget      *animation_group;
  DlmTimeline    *timeline;
  DlmComputeBar  *compute_bar;
  GtkWidget      *lorenz_group;
  GtkSpinButton  *sigma_spin;
  GtkWidget      *sigma_row;
  GtkLabel       *sigma_error;
  GtkSpinButton  *rho_spin;
  GtkWidget      *rho_row;
  GtkLabel       *rho_error;
  GtkSpinButton  *beta_spin;
  GtkWidget      *beta_row;
  GtkLabel       *beta_error;
  GtkWidget      *start_row;
  GtkLabel       *start_error;
  AdwActionRow   *epsilon_row;
  GtkSpinButton  *epsilon_spin;
  GtkSpinButton  *t_end_spin;
  GtkWidget      *t_end_row;
  GtkLabel       *t_end_error;
  GtkWidget      *projection_group;
  GtkLabel       *projection_error;
  GtkSpinButton  *yaw_spin;
  GtkWidget      *yaw_row;
  GtkLabel       *yaw_error;
  GtkSpinButton  *pitch_spin;
  GtkWidget      *pitch_row;
  GtkLabel       *pitch_error;
  GtkWidget      *life_animation_group;
  DlmTimeline    *life_timeline;
  GtkWidget      *life_group;
  AdwActionRow   *pattern_row;
  GtkLabel       *pattern_error;
  GtkSpinButton  *density_spin;
  GtkWidget      *density_row;
  GtkLabel       *density_error;
  GtkSpinButton  *rows_spin;
  GtkWidget      *rows_row;
  GtkLabel       *rows_error;
  GtkSpinButton  *columns_spin;
  GtkWidget      *columns_row;
  GtkLabel       *columns_error;
  GtkSpinButton  *generations_spin;
  GtkWidget      *generations_row;
  GtkLabel       *generations_error;
};

G_DEFINE_FINAL_TYPE (DlmComplexPanel, dlm_complex_panel, DLM_TYPE_TOPIC_PANEL)

/* The timeline counts time units from 0 to t-end; the topic's progress is
 * the fraction of them shown. */
static double
t_end (DlmComplexPanel *self)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  double value;

  g_object_get (topic, "t-end", &value, NULL);
  return value;
}

/* The animation of @view (Lorenz or life), whatever view is shown. */
static void
get_animation (DlmComplexPanel *self,
               DlmComplexView   view,
               DlmAnimation    *animation)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));

  if (!dlm_complex_topic_get_view_animation (DLM_COMPLEX_TOPIC (topic), view, animation))
    g_assert_not_reached ();
}

/* The whole run plays in the topic's time (progress from 0 to 1),
 * whatever t-end is. */
static void
update_timeline (DlmComplexPanel *self)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  double duration = t_end (self), progress;
  DlmAnimation lorenz;

  if (duration == dlm_timeline_get_duration (self->timeline))
    return;
  get_animation (self, DLM_COMPLEX_VIEW_LORENZ, &lorenz);
  g_object_get (topic, "progress", &progress, NULL);
  dlm_timeline_set_duration (self->timeline, duration);
  dlm_timeline_set_rate (self->timeline, duration / lorenz.seconds);
  dlm_timeline_set_position (self->timeline, progress * duration);
}

/* Each view shows only its own controls; the angles only for 3-D. */
static void
show_controls_by_view (DlmComplexPanel *self)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  dlm_topic_panel_show_when (panel, self->spectral_group, "view", "spectral");
  dlm_topic_panel_show_when (panel, self->animation_group, "view", "lorenz");
  dlm_topic_panel_show_when (panel, self->lorenz_group, "view", "lorenz");
  dlm_topic_panel_show_when (panel, self->projection_group, "view", "lorenz");
  dlm_topic_panel_show_when (panel, self->yaw_row, "projection", "3d");
  dlm_topic_panel_show_when (panel, self->pitch_row, "projection", "3d");
  dlm_topic_panel_show_when (panel, self->life_animation_group, "view", "life");
  dlm_topic_panel_show_when (panel, self->life_group, "view", "life");
  dlm_topic_panel_show_when (panel, self->density_row, "pattern", "random");
}

static const char *
pattern_label (const char *nick)
{
  if (g_strcmp0 (nick, "glider") == 0)
    return _("Glider");
  if (g_strcmp0 (nick, "blinker") == 0)
    return _("Blinker");
  if (g_strcmp0 (nick, "r-pentomino") == 0)
    return _("R-pentomino");
  if (g_strcmp0 (nick, "gosper-gun") == 0)
    return _("Gosper’s glider gun");
  return _("Random");
}

/* The life timeline spans the steps computed; one that stood at the end
 * stays there, showing the last step. */
static void
update_life (DlmComplexPanel *self)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  g_autofree char *pattern = dlm_topic_get_param_text (topic, "pattern");
  double old = dlm_timeline_get_duration (self->life_timeline);
  gboolean at_end = dlm_timeline_get_position (self->life_timeline) >= old;
  DlmAnimation life;

  adw_action_row_set_subtitle (self->pattern_row, pattern_label (pattern));
  get_animation (self, DLM_COMPLEX_VIEW_LIFE, &life);
  if (life.end == old)
    return;
  dlm_timeline_set_duration (self->life_timeline, life.end);
  dlm_timeline_set_rate (self->life_timeline, life.end / life.seconds);
  if (at_end)
    dlm_timeline_set_position (self->life_timeline, life.end);
}

static gboolean
position_to_progress (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      data)
{
  DlmComplexPanel *self = data;
  double duration = dlm_timeline_get_duration (self->timeline);

  g_value_set_double (to, duration > 0 ? CLAMP (g_value_get_double (from) / duration, 0, 1) : 1);
  return TRUE;
}

static gboolean
progress_to_position (GBinding     *binding,
                      const GValue *from,
                      GValue       *to,
                      gpointer      data)
{
  DlmComplexPanel *self = data;

  g_value_set_double (to, g_value_get_double (from) * dlm_timeline_get_duration (self->timeline));
  return TRUE;
}

/* ε spans twelve orders of magnitude: the spin button sets its power of
 * ten, and the row's subtitle shows the value itself. */
static void
epsilon_changed (DlmComplexPanel *self)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  g_autofree char *text = g_strdup_printf ("1e%d", gtk_spin_button_get_value_as_int (self->epsilon_spin));
  g_autoptr(GError) error = NULL;

  /* every power from 10⁻¹² to 1 is accepted */
  if (!dlm_topic_set_param (topic, "epsilon", text, &error))
    g_warning ("%s", error->message);
}

static void
show_epsilon (DlmComplexPanel *self)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  g_autofree char *subtitle = NULL;
  double epsilon;

  g_object_get (topic, "epsilon", &epsilon, NULL);
  subtitle = g_strdup_printf ("ε = %g", epsilon);
  adw_action_row_set_subtitle (self->epsilon_row, subtitle);
  g_signal_handlers_block_by_func (self->epsilon_spin, epsilon_changed, self);
  gtk_spin_button_set_value (self->epsilon_spin, round (log10 (epsilon)));
  g_signal_handlers_unblock_by_func (self->epsilon_spin, epsilon_changed, self);
}

static void
bind_controls (DlmComplexPanel *self)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  dlm_topic_panel_bind_choice (panel, "projection", self->projection_error);
  dlm_topic_panel_bind_spin_button (panel, "rank", self->rank_spin, self->rank_row, self->rank_error);
  dlm_topic_panel_bind_spin_button (panel, "sigma", self->sigma_spin, self->sigma_row, self->sigma_error);
  dlm_topic_panel_bind_spin_button (panel, "rho", self->rho_spin, self->rho_row, self->rho_error);
  dlm_topic_panel_bind_spin_button (panel, "beta", self->beta_spin, self->beta_row, self->beta_error);
  dlm_topic_panel_bind_editable (panel, "start", GTK_EDITABLE (self->start_row), self->start_error);
  dlm_topic_panel_bind_spin_button (panel, "t-end", self->t_end_spin, self->t_end_row, self->t_end_error);
  dlm_topic_panel_bind_spin_button (panel, "yaw", self->yaw_spin, self->yaw_row, self->yaw_error);
  dlm_topic_panel_bind_spin_button (panel, "pitch", self->pitch_spin, self->pitch_row, self->pitch_error);
  dlm_topic_panel_bind_choice (panel, "pattern", self->pattern_error);
  dlm_topic_panel_bind_spin_button (panel, "density", self->density_spin, self->density_row, self->density_error);
  dlm_topic_panel_bind_spin_button (panel, "rows", self->rows_spin, self->rows_row, self->rows_error);
  dlm_topic_panel_bind_spin_button (panel, "columns", self->columns_spin, self->columns_row, self->columns_error);
  dlm_topic_panel_bind_spin_button (panel, "generations", self->generations_spin, self->generations_row,
                                    self->generations_error);
}

/* The rank's arrows stop at the picture's number of singular values,
 * the largest rank the topic accepts. */
static void
update_rank_limit (DlmComplexPanel *self)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));

  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (self->rank_spin),
                            dlm_complex_topic_get_rank_limit (DLM_COMPLEX_TOPIC (topic)));
}

static void
dlm_complex_panel_constructed (GObject *object)
{
  DlmComplexPanel *self = (DlmComplexPanel *)object;
  DlmTopic *topic;

  G_OBJECT_CLASS (dlm_complex_panel_parent_class)->constructed (object);

  topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  /* connected before the bindings are, so it runs first on "changed" */
  g_signal_connect_object (topic, "changed", G_CALLBACK (update_rank_limit), self, G_CONNECT_SWAPPED);
  bind_controls (self);
  update_rank_limit (self);
  dlm_timeline_set_discrete (self->timeline, FALSE);
  update_timeline (self);
  g_object_bind_property_full (topic, "progress", self->timeline, "position",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               progress_to_position, position_to_progress, self, NULL);
  dlm_compute_bar_set_topic (self->compute_bar, topic);
  update_life (self);
  dlm_timeline_bind_step (self->life_timeline, G_OBJECT (topic), "step");
  g_signal_connect_object (topic, "changed", G_CALLBACK (update_life), self, G_CONNECT_SWAPPED);

  g_signal_connect_object (topic, "changed", G_CALLBACK (update_timeline), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (topic, "notify::epsilon", G_CALLBACK (show_epsilon), self, G_CONNECT_SWAPPED);
  g_signal_connect_swapped (self->epsilon_spin, "value-changed", G_CALLBACK (epsilon_changed), self);
  show_epsilon (self);
  show_controls_by_view (self);
}

static void
dlm_complex_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_COMPLEX_PANEL);

  G_OBJECT_CLASS (dlm_complex_panel_parent_class)->dispose (object);
}

static void
dlm_complex_panel_class_init (DlmComplexPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_complex_panel_constructed;
  object_class->dispose = dlm_complex_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-complex-panel.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DlmComplexPanel, name)
  BIND (view_error);
  BIND (spectral_group);
  BIND (rank_spin);
  BIND (rank_row);
  BIND (rank_error);
  BIND (animation_group);
  BIND (timeline);
  BIND (compute_bar);
  BIND (lorenz_group);
  BIND (sigma_spin);
  BIND (sigma_row);
  BIND (sigma_error);
  BIND (rho_spin);
  BIND (rho_row);
  BIND (rho_error);
  BIND (beta_spin);
  BIND (beta_row);
  BIND (beta_error);
  BIND (start_row);
  BIND (start_error);
  BIND (epsilon_row);
  BIND (epsilon_spin);
  BIND (t_end_spin);
  BIND (t_end_row);
  BIND (t_end_error);
  BIND (projection_group);
  BIND (projection_error);
  BIND (yaw_spin);
  BIND (yaw_row);
  BIND (yaw_error);
  BIND (pitch_spin);
  BIND (pitch_row);
  BIND (pitch_error);
  BIND (life_animation_group);
  BIND (life_timeline);
  BIND (life_group);
  BIND (pattern_row);
  BIND (pattern_error);
  BIND (density_spin);
  BIND (density_row);
  BIND (density_error);
  BIND (rows_spin);
  BIND (rows_row);
  BIND (rows_error);
  BIND (columns_spin);
  BIND (columns_row);
  BIND (columns_error);
  BIND (generations_spin);
  BIND (generations_row);
  BIND (generations_error);
#undef BIND

  g_type_ensure (DLM_TYPE_COMPUTE_BAR);
  g_type_ensure (DLM_TYPE_TIMELINE);
}

static void
dlm_complex_panel_init (DlmComplexPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

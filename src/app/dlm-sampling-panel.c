/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dlm-compute-bar.h"
#include "dlm-format.h"
#include "dlm-sampling.h"
#include "dlm-sampling-panel.h"
#include "dlm-sampling-topic.h"
#include "dlm-timeline.h"

/* The noise the switch turns on first: a fifth of the default σ. */
#define FIRST_NOISE 2.0

struct _DlmSamplingPanel
{
  DlmTopicPanel   parent_instance;

  DlmComputeBar  *compute_bar;
  DlmTimeline    *timeline;
  GtkLabel       *view_error;
  AdwActionRow   *distribution_row;
  GtkLabel       *distribution_error;
  GtkSpinButton  *mu_spin;
  GtkWidget      *mu_row;
  GtkLabel       *mu_error;
  GtkSpinButton  *sigma_spin;
  GtkWidget      *sigma_row;
  GtkLabel       *sigma_error;
  GtkWidget      *lln_group;
  GtkSpinButton  *draws_spin;
  AdwActionRow   *draws_row;
  GtkLabel       *draws_error;
  GtkSpinButton  *runs_spin;
  AdwActionRow   *runs_row;
  GtkLabel       *runs_error;
  GtkWidget      *distribution_group;
  GtkSpinButton  *n_spin;
  AdwActionRow   *n_row;
  GtkLabel       *n_error;
  GtkSpinButton  *repeats_spin;
  AdwActionRow   *repeats_row;
  GtkLabel       *repeats_error;
  GtkLabel       *biased_error;
  GtkWidget      *natural_row;
  GtkLabel       *natural_error;
  GtkSwitch      *noise_switch;
  GtkSpinButton  *noise_spin;
  GtkWidget      *noise_row;
  GtkLabel       *noise_error;
  double          last_noise;     /* what the switch turns the noise back on to */
};

G_DEFINE_FINAL_TYPE (DlmSamplingPanel, dlm_sampling_panel, DLM_TYPE_TOPIC_PANEL)

static DlmSamplingTopic *
sampling_topic (DlmSamplingPanel *self)
{
  return DLM_SAMPLING_TOPIC (dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self)));
}

/* The timeline spans the current view's draws (or samples), played in the
 * topic's time (dlm_topic_get_animation()); a timeline that stood at the
 * end stays at the end, showing everything. */
static void
update_timeline (DlmSamplingPanel *self)
{
  double old = dlm_timeline_get_duration (self->timeline);
  gboolean at_end = dlm_timeline_get_position (self->timeline) >= old;
  DlmAnimation animation;

  if (!dlm_topic_get_animation (DLM_TOPIC (sampling_topic (self)), &animation) || animation.end == old)
    return;
  dlm_timeline_set_duration (self->timeline, animation.end);
  dlm_timeline_set_rate (self->timeline, animation.end / animation.seconds);
  if (at_end)
    dlm_timeline_set_position (self->timeline, animation.end);
}

static const char *
distribution_label (const char *nick)
{
  if (g_strcmp0 (nick, "uniform") == 0)
    return _("Uniform");
  if (g_strcmp0 (nick, "exponential") == 0)
    return _("Exponential");
  if (g_strcmp0 (nick, "bimodal") == 0)
    return _("Bimodal");
  if (g_strcmp0 (nick, "coin") == 0)
    return _("Coin");
  return _("Normal (heights)");
}

static double
topic_noise (DlmSamplingPanel *self)
{
  double noise = 0;

  g_object_get (sampling_topic (self), "noise", &noise, NULL);
  return noise;
}

/* The switch shows whether there is noise; the spin button its size, which
 * the switch remembers while it is off. */
static void
update_noise_switch (DlmSamplingPanel *self)
{
  double noise = topic_noise (self);

  if (noise > 0)
    self->last_noise = noise;
  if (gtk_switch_get_active (self->noise_switch) != (noise > 0))
    gtk_switch_set_active (self->noise_switch, noise > 0);
  gtk_widget_set_sensitive (GTK_WIDGET (self->noise_spin), noise > 0);
}

static void
noise_switched (DlmSamplingPanel *self)
{
  gboolean on = gtk_switch_get_active (self->noise_switch);
  char text[G_ASCII_DTOSTR_BUF_SIZE];

  if (on == (topic_noise (self) > 0))
    return;
  /* 0 and a value the topic held before are always accepted */
  dlm_topic_set_param (DLM_TOPIC (sampling_topic (self)), "noise",
                       g_ascii_dtostr (text, sizeof text, on ? self->last_noise : 0), NULL);
}

static void
update_controls (DlmSamplingPanel *self)
{
  DlmTopic *topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  g_autofree char *distribution = dlm_topic_get_param_text (topic, "distribution");

  adw_action_row_set_subtitle (self->distribution_row, distribution_label (distribution));
  update_timeline (self);
  update_noise_switch (self);
}

static void
bind_controls (DlmSamplingPanel *self)
{
  DlmTopicPanel *panel = DLM_TOPIC_PANEL (self);

  dlm_topic_panel_bind_choice (panel, "view", self->view_error);
  dlm_topic_panel_bind_choice (panel, "distribution", self->distribution_error);
  dlm_topic_panel_bind_choice (panel, "biased", self->biased_error);
  dlm_topic_panel_bind_choice (panel, "natural", self->natural_error);
  dlm_topic_panel_bind_spin_button (panel, "noise", self->noise_spin, self->noise_row, self->noise_error);
  dlm_topic_panel_bind_spin_button (panel, "mu", self->mu_spin, self->mu_row, self->mu_error);
  dlm_topic_panel_bind_spin_button (panel, "sigma", self->sigma_spin, self->sigma_row, self->sigma_error);
  dlm_topic_panel_bind_spin_button (panel, "draws", self->draws_spin, GTK_WIDGET (self->draws_row),
                                    self->draws_error);
  dlm_topic_panel_bind_spin_button (panel, "runs", self->runs_spin, GTK_WIDGET (self->runs_row),
                                    self->runs_error);
  dlm_topic_panel_bind_spin_button (panel, "n", self->n_spin, GTK_WIDGET (self->n_row), self->n_error);
  dlm_topic_panel_bind_spin_button (panel, "repeats", self->repeats_spin, GTK_WIDGET (self->repeats_row),
                                    self->repeats_error);
}

/* ---- the limits on the work -------------------------------------------- */

static int
topic_int (DlmSamplingPanel *self,
           const char       *key)
{
  int value = 0;

  g_object_get (sampling_topic (self), key, &value, NULL);
  return value;
}

/* The field's own largest value, from the topic's property. */
static int
field_max (DlmSamplingPanel *self,
           const char       *key)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (sampling_topic (self)), key);

  return G_PARAM_SPEC_INT (pspec)->maximum;
}

/* Sets the largest value the spin button's arrows reach, without moving
 * its value: the topic's values are within the new bounds already, and a
 * clamp here would be an edit nobody made. */
static void
set_upper (GtkSpinButton *spin,
           int            upper)
{
  gtk_adjustment_set_upper (gtk_spin_button_get_adjustment (spin), upper);
}

static void
set_limit_subtitle (AdwActionRow *row,
                    const char   *format,
                    int           upper,
                    int           other)
{
  g_autofree char *u = dlm_format_short (upper, -1);
  g_autofree char *o = dlm_format_short (other, -1);
  g_autofree char *text = g_strdup_printf (format, u, o);

  adw_action_row_set_subtitle (row, text);
}

/* The topic refuses n × repeats and draws × (runs + 1) above
 * DLM_SAMPLING_MAX_DRAWS. Each spin button's upper bound follows the other
 * field of its pair, and its row says so, so the arrows never dial a value
 * the topic refuses. Runs before the bindings sync (see constructed):
 * their new values then always fit. */
static void
update_work_limits (DlmSamplingPanel *self)
{
  int n = topic_int (self, "n"), repeats = topic_int (self, "repeats");
  int draws = topic_int (self, "draws"), runs = topic_int (self, "runs");
  int n_max = MIN (field_max (self, "n"), DLM_SAMPLING_MAX_DRAWS / repeats);
  int repeats_max = MIN (field_max (self, "repeats"), DLM_SAMPLING_MAX_DRAWS / n);
  int draws_max = MIN (field_max (self, "draws"), DLM_SAMPLING_MAX_DRAWS / (runs + 1));
  int runs_max = MIN (field_max (self, "runs"), DLM_SAMPLING_MAX_DRAWS / draws - 1);

  set_upper (self->n_spin, n_max);
  set_upper (self->repeats_spin, repeats_max);
  set_upper (self->draws_spin, draws_max);
  set_upper (self->runs_spin, runs_max);
  /* Translators: the subtitle of "Sample size n"; the first %s is the
   * largest n, the second the number of samples, e.g. "Up to 10 000 with
   * 1 000 samples" */
  set_limit_subtitle (self->n_row, ngettext ("Up to %s with %s sample", "Up to %s with %s samples", repeats),
                      n_max, repeats);
  /* Translators: the subtitle of "Samples"; e.g. "Up to 333 333 with samples of 30" */
  set_limit_subtitle (self->repeats_row, _("Up to %s with samples of %s"), repeats_max, n);
  /* Translators: the subtitle of "Draws"; the second %s counts the first run and the
   * other runs, e.g. "Up to 1 666 666 with 6 runs" */
  set_limit_subtitle (self->draws_row, ngettext ("Up to %s with %s run", "Up to %s with %s runs", runs + 1),
                      draws_max, runs + 1);
  /* Translators: the subtitle of "Other runs"; e.g. "Up to 10 with 500 draws each" */
  set_limit_subtitle (self->runs_row, ngettext ("Up to %s with %s draw each", "Up to %s with %s draws each", draws),
                      runs_max, draws);
}

static void
dlm_sampling_panel_constructed (GObject *object)
{
  DlmSamplingPanel *self = (DlmSamplingPanel *)object;
  DlmTopic *topic;

  G_OBJECT_CLASS (dlm_sampling_panel_parent_class)->constructed (object);

  topic = dlm_topic_panel_get_topic (DLM_TOPIC_PANEL (self));
  /* connected before the bindings are, so it runs first on "changed" */
  update_work_limits (self);
  g_signal_connect_object (topic, "changed", G_CALLBACK (update_work_limits), self, G_CONNECT_SWAPPED);
  bind_controls (self);
  /* the bindings gave the spin buttons their fields' own ranges */
  update_work_limits (self);
  update_timeline (self);
  dlm_timeline_bind_step (self->timeline, G_OBJECT (topic), "step");
  dlm_compute_bar_set_topic (self->compute_bar, topic);

  g_signal_connect_object (topic, "changed", G_CALLBACK (update_controls), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->noise_switch, "notify::active", G_CALLBACK (noise_switched), self,
                           G_CONNECT_SWAPPED);
  update_controls (self);
  /* each view shows only its own groups; a coin has no μ or σ to set */
  dlm_topic_panel_show_when (DLM_TOPIC_PANEL (self), self->lln_group, "view", "lln");
  dlm_topic_panel_show_when (DLM_TOPIC_PANEL (self), self->distribution_group, "view", "!lln");
  dlm_topic_panel_show_when (DLM_TOPIC_PANEL (self), self->mu_row, "distribution", "!coin");
  dlm_topic_panel_show_when (DLM_TOPIC_PANEL (self), self->sigma_row, "distribution", "!coin");
  dlm_topic_panel_show_when (DLM_TOPIC_PANEL (self), self->natural_row, "distribution", "!coin");
}

static void
dlm_sampling_panel_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DLM_TYPE_SAMPLING_PANEL);

  G_OBJECT_CLASS (dlm_sampling_panel_parent_class)->dispose (object);
}

static void
dlm_sampling_panel_class_init (DlmSamplingPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dlm_sampling_panel_constructed;
  object_class->dispose = dlm_sampling_panel_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-sampling-panel.ui");
#define BIND(name) gtk_widget_class_bind_template_child (widget_class, DlmSamplingPanel, name)
  BIND (compute_bar);
  BIND (timeline);
  BIND (view_error);
  BIND (distribution_row);
  BIND (distribution_error);
  BIND (mu_spin);
  BIND (mu_row);
  BIND (mu_error);
  BIND (sigma_spin);
  BIND (sigma_row);
  BIND (sigma_error);
  BIND (lln_group);
  BIND (draws_spin);
  BIND (draws_row);
  BIND (draws_error);
  BIND (runs_spin);
  BIND (runs_row);
  BIND (runs_error);
  BIND (distribution_group);
  BIND (n_spin);
  BIND (n_row);
  BIND (n_error);
  BIND (repeats_spin);
  BIND (repeats_row);
  BIND (repeats_error);
  BIND (biased_error);
  BIND (natural_row);
  BIND (natural_error);
  BIND (noise_switch);
  BIND (noise_spin);
  BIND (noise_row);
  BIND (noise_error);
#undef BIND

  g_type_ensure (DLM_TYPE_COMPUTE_BAR);
  g_type_ensure (DLM_TYPE_TIMELINE);
}

static void
dlm_sampling_panel_init (DlmSamplingPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->last_noise = FIRST_NOISE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <math.h>

#include "dlm-timeline.h"

/* A whole step is taken when the playhead is this close to it, so rounding
 * in position × rate does not leave it a hair short. */
#define STEP_EPSILON 1e-9

struct _DlmTimeline
{
  GtkWidget       parent_instance;

  GtkButton      *restart_button;
  GtkButton      *back_button;
  GtkButton      *play_button;
  GtkButton      *forward_button;
  GtkScale       *scale;
  GtkDropDown    *speed_dropdown;
  GtkLabel       *position_label;

  double          position;
  double          duration;
  double          rate;
  double          speed;
  guint           playing : 1;
  guint           discrete : 1;

  /* While playing: the frame time and position the motion is measured
   * from; anchor_time < 0 until the first frame after (re)anchoring. */
  guint           tick_id;
  gint64          anchor_time;
  double          anchor_position;
};

G_DEFINE_FINAL_TYPE (DlmTimeline, dlm_timeline, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_POSITION,
  PROP_DURATION,
  PROP_RATE,
  PROP_SPEED,
  PROP_PLAYING,
  PROP_DISCRETE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The choices of the speed menu, in its order. */
static const double speeds[] = { 0.25, 0.5, 1, 2, 4 };

GtkWidget *
dlm_timeline_new (void)
{
  return g_object_new (DLM_TYPE_TIMELINE, NULL);
}

/* ---- state shown in the children -------------------------------------- */

static void
update_position_label (DlmTimeline *self)
{
  g_autofree char *text = NULL;

  if (self->discrete)
    text = g_strdup_printf ("%.0f / %.0f", self->position, self->duration);
  else
    text = g_strdup_printf ("%.2f / %.2f", self->position, self->duration);
  gtk_label_set_text (self->position_label, text);
}

static void
update_play_button (DlmTimeline *self)
{
  const char *label = self->playing ? _("Pause") : _("Play");
  g_autofree char *tooltip = g_strdup_printf (_("%s (Space)"), label);

  gtk_button_set_icon_name (self->play_button, self->playing ? "media-playback-pause-symbolic"
                                                             : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button), tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->play_button),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
update_actions (DlmTimeline *self)
{
  GtkWidget *widget = GTK_WIDGET (self);

  gtk_widget_action_set_enabled (widget, "timeline.play", self->duration > 0);
  gtk_widget_action_set_enabled (widget, "timeline.restart", self->position > 0 || self->playing);
  gtk_widget_action_set_enabled (widget, "timeline.step-back", self->position > 0);
  gtk_widget_action_set_enabled (widget, "timeline.step-forward", self->position < self->duration);
}

static void
update_scale (DlmTimeline *self)
{
  GtkAdjustment *adj = gtk_range_get_adjustment (GTK_RANGE (self->scale));

  gtk_adjustment_configure (adj, self->position, 0, self->duration,
                            self->discrete ? 1 : self->duration / 100,
                            self->discrete ? MAX (1, round (self->duration / 10)) : self->duration / 10,
                            0);
  gtk_range_set_round_digits (GTK_RANGE (self->scale), self->discrete ? 0 : -1);
}

static void
update_children (DlmTimeline *self)
{
  update_scale (self);
  update_position_label (self);
  update_play_button (self);
  update_actions (self);
}

/* ---- position ---------------------------------------------------------- */

static double
clamp_position (DlmTimeline *self,
                double       position)
{
  if (!isfinite (position))
    position = 0;
  if (self->discrete)
    position = round (position);
  return CLAMP (position, 0, self->duration);
}

/* Stores a position without touching the playhead's anchor. */
static void
store_position (DlmTimeline *self,
                double       position)
{
  position = clamp_position (self, position);
  if (position == self->position)
    return;
  self->position = position;
  update_scale (self);
  update_position_label (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
}

/* Motion is measured from here: after a scrub, a step or a new speed the
 * playhead continues from where it is, without a jump. */
static void
reanchor (DlmTimeline *self)
{
  self->anchor_time = -1;
  self->anchor_position = self->position;
}

double
dlm_timeline_get_position (DlmTimeline *self)
{
  g_return_val_if_fail (DLM_IS_TIMELINE (self), 0);
  return self->position;
}

void
dlm_timeline_set_position (DlmTimeline *self,
                           double       position)
{
  g_return_if_fail (DLM_IS_TIMELINE (self));

  store_position (self, position);
  reanchor (self);
}

/* ---- playing on the frame clock --------------------------------------- */

/* Where the playhead is @elapsed seconds after the anchor. With animations
 * on it glides at rate × speed steps per second (whole steps only when
 * discrete); with reduced animations it jumps one whole step per second,
 * times the chosen speed. */
static double
playhead_at (DlmTimeline *self,
             double       elapsed,
             gboolean     animate)
{
  double steps;

  if (!animate)
    return self->anchor_position + floor (elapsed * self->speed + STEP_EPSILON);
  steps = elapsed * self->rate * self->speed;
  if (self->discrete)
    return floor (self->anchor_position + steps + STEP_EPSILON);
  return self->anchor_position + steps;
}

static gboolean
on_tick (GtkWidget     *widget,
         GdkFrameClock *clock,
         gpointer       data)
{
  DlmTimeline *self = DLM_TIMELINE (widget);
  gint64 now = gdk_frame_clock_get_frame_time (clock);
  double target;

  if (self->anchor_time < 0)
    self->anchor_time = now;
  target = playhead_at (self, (now - self->anchor_time) / (double) G_USEC_PER_SEC,
                        adw_get_enable_animations (widget));
  store_position (self, MIN (target, self->duration));
  if (self->position >= self->duration)
    {
      /* the end: stop there, no loop */
      self->tick_id = 0;
      dlm_timeline_set_playing (self, FALSE);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

gboolean
dlm_timeline_get_playing (DlmTimeline *self)
{
  g_return_val_if_fail (DLM_IS_TIMELINE (self), FALSE);
  return self->playing;
}

void
dlm_timeline_set_playing (DlmTimeline *self,
                          gboolean     playing)
{
  g_return_if_fail (DLM_IS_TIMELINE (self));

  playing = !!playing && self->duration > 0;
  if (self->playing == playing)
    return;
  if (playing && self->position >= self->duration)
    store_position (self, 0);   /* play at the end starts again */
  self->playing = playing;
  reanchor (self);
  /* ticks come only to a realized widget: the controls of a slide reached
   * in presentation mode have never been shown, and still play */
  if (playing && gtk_widget_get_root (GTK_WIDGET (self)) != NULL)
    gtk_widget_realize (GTK_WIDGET (self));
  if (playing && self->tick_id == 0)
    self->tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (self), on_tick, NULL, NULL);
  else if (!playing && self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  update_play_button (self);
  update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

/* ---- other properties ------------------------------------------------- */

double
dlm_timeline_get_duration (DlmTimeline *self)
{
  g_return_val_if_fail (DLM_IS_TIMELINE (self), 0);
  return self->duration;
}

void
dlm_timeline_set_duration (DlmTimeline *self,
                           double       duration)
{
  g_return_if_fail (DLM_IS_TIMELINE (self));

  duration = isfinite (duration) ? MAX (duration, 0) : 0;
  if (self->discrete)
    duration = round (duration);
  if (self->duration == duration)
    return;
  self->duration = duration;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DURATION]);
  update_children (self);
  dlm_timeline_set_position (self, self->position);
  if (duration == 0)
    dlm_timeline_set_playing (self, FALSE);
}

double
dlm_timeline_get_rate (DlmTimeline *self)
{
  g_return_val_if_fail (DLM_IS_TIMELINE (self), 1);
  return self->rate;
}

void
dlm_timeline_set_rate (DlmTimeline *self,
                       double       steps_per_second)
{
  g_return_if_fail (DLM_IS_TIMELINE (self));
  g_return_if_fail (steps_per_second > 0);

  if (self->rate == steps_per_second)
    return;
  self->rate = steps_per_second;
  reanchor (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RATE]);
}

double
dlm_timeline_get_speed (DlmTimeline *self)
{
  g_return_val_if_fail (DLM_IS_TIMELINE (self), 1);
  return self->speed;
}

void
dlm_timeline_set_speed (DlmTimeline *self,
                        double       speed)
{
  g_return_if_fail (DLM_IS_TIMELINE (self));
  g_return_if_fail (speed > 0);

  if (self->speed == speed)
    return;
  self->speed = speed;
  reanchor (self);
  for (guint i = 0; i < G_N_ELEMENTS (speeds); i++)
    if (speeds[i] == speed)
      gtk_drop_down_set_selected (self->speed_dropdown, i);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

static gboolean
step_to_position (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  g_value_set_double (to, g_value_get_int (from));
  return TRUE;
}

static gboolean
position_to_step (GBinding     *binding,
                  const GValue *from,
                  GValue       *to,
                  gpointer      data)
{
  GParamSpecInt *step = data;

  g_value_set_int (to, (int) CLAMP (round (g_value_get_double (from)), step->minimum, step->maximum));
  return TRUE;
}

/* Makes the timeline step through the integer property @property of
 * @source (a topic's "step": entries filled, draws shown) and keeps the
 * two in step both ways, within the property's range. */
void
dlm_timeline_bind_step (DlmTimeline *self,
                        GObject     *source,
                        const char  *property)
{
  GParamSpec *pspec;

  g_return_if_fail (DLM_IS_TIMELINE (self));
  g_return_if_fail (G_IS_OBJECT (source));

  pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (source), property);
  g_return_if_fail (G_IS_PARAM_SPEC_INT (pspec));

  dlm_timeline_set_discrete (self, TRUE);
  g_object_bind_property_full (source, property, self, "position",
                               G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE,
                               step_to_position, position_to_step,
                               g_param_spec_ref (pspec), (GDestroyNotify) g_param_spec_unref);
}

gboolean
dlm_timeline_get_discrete (DlmTimeline *self)
{
  g_return_val_if_fail (DLM_IS_TIMELINE (self), FALSE);
  return self->discrete;
}

void
dlm_timeline_set_discrete (DlmTimeline *self,
                           gboolean     discrete)
{
  g_return_if_fail (DLM_IS_TIMELINE (self));

  discrete = !!discrete;
  if (self->discrete == discrete)
    return;
  self->discrete = discrete;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISCRETE]);
  if (discrete)
    dlm_timeline_set_duration (self, self->duration);
  dlm_timeline_set_position (self, self->position);
  update_children (self);
}

/* ---- steps --------------------------------------------------------------- */

/* One whole step forwards (+1) or back (−1), to the next whole number of
 * steps: from 2.4, forward goes to 3 and back to 2. Stepping pauses. */
void
dlm_timeline_step (DlmTimeline *self,
                   int          direction)
{
  double target;

  g_return_if_fail (DLM_IS_TIMELINE (self));
  g_return_if_fail (direction == 1 || direction == -1);

  dlm_timeline_set_playing (self, FALSE);
  if (direction > 0)
    target = floor (self->position + STEP_EPSILON) + 1;
  else
    target = ceil (self->position - STEP_EPSILON) - 1;
  dlm_timeline_set_position (self, target);
}

void
dlm_timeline_restart (DlmTimeline *self)
{
  g_return_if_fail (DLM_IS_TIMELINE (self));

  dlm_timeline_set_position (self, 0);
}

/* ---- actions and children --------------------------------------------- */

static void
play_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DlmTimeline *self = DLM_TIMELINE (widget);

  dlm_timeline_set_playing (self, !self->playing);
}

static void
restart_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  dlm_timeline_restart (DLM_TIMELINE (widget));
}

static void
step_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  dlm_timeline_step (DLM_TIMELINE (widget),
                     g_str_equal (action_name, "timeline.step-forward") ? 1 : -1);
}

/* Only the user's scrubbing: the echo of store_position() is ignored, so
 * it cannot re-anchor the playhead on every frame. */
static void
on_scale_value_changed (DlmTimeline   *self,
                        GtkAdjustment *adjustment)
{
  double value = gtk_adjustment_get_value (adjustment);

  if (value != self->position)
    dlm_timeline_set_position (self, value);
}

static void
on_speed_selected (DlmTimeline *self)
{
  guint i = gtk_drop_down_get_selected (self->speed_dropdown);

  if (i < G_N_ELEMENTS (speeds))
    dlm_timeline_set_speed (self, speeds[i]);
}

/* ---- GObject ---------------------------------------------------------------- */

static void
dlm_timeline_dispose (GObject *object)
{
  DlmTimeline *self = DLM_TIMELINE (object);
  GtkWidget *child;

  if (self->tick_id != 0)
    {
      gtk_widget_remove_tick_callback (GTK_WIDGET (self), self->tick_id);
      self->tick_id = 0;
    }
  gtk_widget_dispose_template (GTK_WIDGET (self), DLM_TYPE_TIMELINE);
  /* the box holding the controls is not a bound child */
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (dlm_timeline_parent_class)->dispose (object);
}

static void
dlm_timeline_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  DlmTimeline *self = DLM_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_POSITION: g_value_set_double (value, self->position); break;
    case PROP_DURATION: g_value_set_double (value, self->duration); break;
    case PROP_RATE:     g_value_set_double (value, self->rate); break;
    case PROP_SPEED:    g_value_set_double (value, self->speed); break;
    case PROP_PLAYING:  g_value_set_boolean (value, self->playing); break;
    case PROP_DISCRETE: g_value_set_boolean (value, self->discrete); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_timeline_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  DlmTimeline *self = DLM_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_POSITION: dlm_timeline_set_position (self, g_value_get_double (value)); break;
    case PROP_DURATION: dlm_timeline_set_duration (self, g_value_get_double (value)); break;
    case PROP_RATE:     dlm_timeline_set_rate (self, g_value_get_double (value)); break;
    case PROP_SPEED:    dlm_timeline_set_speed (self, g_value_get_double (value)); break;
    case PROP_PLAYING:  dlm_timeline_set_playing (self, g_value_get_boolean (value)); break;
    case PROP_DISCRETE: dlm_timeline_set_discrete (self, g_value_get_boolean (value)); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_POSITION] =
    g_param_spec_double ("position", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_DURATION] =
    g_param_spec_double ("duration", NULL, NULL, 0, G_MAXDOUBLE, 0, flags);
  properties[PROP_RATE] =
    g_param_spec_double ("rate", NULL, NULL, G_MINDOUBLE, G_MAXDOUBLE, 1, flags);
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, G_MINDOUBLE, G_MAXDOUBLE, 1, flags);
  properties[PROP_PLAYING] =
    g_param_spec_boolean ("playing", NULL, NULL, FALSE, flags);
  properties[PROP_DISCRETE] =
    g_param_spec_boolean ("discrete", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dlm_timeline_class_init (DlmTimelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dlm_timeline_dispose;
  object_class->get_property = dlm_timeline_get_property;
  object_class->set_property = dlm_timeline_set_property;
  install_properties (object_class);

  gtk_widget_class_install_action (widget_class, "timeline.play", NULL, play_action);
  gtk_widget_class_install_action (widget_class, "timeline.restart", NULL, restart_action);
  gtk_widget_class_install_action (widget_class, "timeline.step-back", NULL, step_action);
  gtk_widget_class_install_action (widget_class, "timeline.step-forward", NULL, step_action);
  /* Space reaches here from any child that does not use it (the slider,
   * the label); a focused button still takes Space as its own click. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_space, 0, "timeline.play", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_KP_Space, 0, "timeline.play", NULL);

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/dlmath/Explorer/ui/dlm-timeline.ui");
  gtk_widget_class_bind_template_child (widget_class, DlmTimeline, restart_button);
  gtk_widget_class_bind_template_child (widget_class, DlmTimeline, back_button);
  gtk_widget_class_bind_template_child (widget_class, DlmTimeline, play_button);
  gtk_widget_class_bind_template_child (widget_class, DlmTimeline, forward_button);
  gtk_widget_class_bind_template_child (widget_class, DlmTimeline, scale);
  gtk_widget_class_bind_template_child (widget_class, DlmTimeline, speed_dropdown);
  gtk_widget_class_bind_template_child (widget_class, DlmTimeline, position_label);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
dlm_timeline_init (DlmTimeline *self)
{
  self->rate = 1;
  self->speed = 1;
  self->anchor_time = -1;

  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drop_down_set_selected (self->speed_dropdown, 2);
  g_signal_connect_object (gtk_range_get_adjustment (GTK_RANGE (self->scale)), "value-changed",
                           G_CALLBACK (on_scale_value_changed), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->speed_dropdown, "notify::selected",
                           G_CALLBACK (on_speed_selected), self, G_CONNECT_SWAPPED);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Animation controls"), -1);
  update_children (self);
}

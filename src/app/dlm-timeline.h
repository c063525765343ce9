/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DLM_TYPE_TIMELINE (dlm_timeline_get_type ())

G_DECLARE_FINAL_TYPE (DlmTimeline, dlm_timeline, DLM, TIMELINE, GtkWidget)

/* The one transport for every animated view: play/pause, step back, step,
 * restart, speed and a scrub slider over [0, duration]. While playing it
 * advances "position" by rate × speed per second on the frame clock; a
 * panel binds "position" to its topic's parameter (g_object_bind_property,
 * bidirectional). "discrete" snaps to whole steps (matmul's entries);
 * otherwise position is continuous (transpose's 0..1 flip). When the system
 * asks for reduced animations, playing moves one whole step per second
 * instead of gliding. */
GtkWidget *dlm_timeline_new          (void);
double     dlm_timeline_get_position (DlmTimeline *self);
void       dlm_timeline_set_position (DlmTimeline *self,
                                      double       position);
double     dlm_timeline_get_duration (DlmTimeline *self);
void       dlm_timeline_set_duration (DlmTimeline *self,
                                      double       duration);
double     dlm_timeline_get_rate     (DlmTimeline *self);
void       dlm_timeline_set_rate     (DlmTimeline *self,
                                      double       steps_per_second);
double     dlm_timeline_get_speed    (DlmTimeline *self);
void       dlm_timeline_set_speed    (DlmTimeline *self,
                                      double       speed);
gboolean   dlm_timeline_get_playing  (DlmTimeline *self);
void       dlm_timeline_set_playing  (DlmTimeline *self,
                                      gboolean     playing);
gboolean   dlm_timeline_get_discrete (DlmTimeline *self);
void       dlm_timeline_set_discrete (DlmTimeline *self,
                                      gboolean     discrete);
void       dlm_timeline_step         (DlmTimeline *self,
                                      int          direction);
void       dlm_timeline_restart      (DlmTimeline *self);
void       dlm_timeline_bind_step    (DlmTimeline *self,
                                      GObject     *source,
                                      const char  *property);

G_END_DECLS

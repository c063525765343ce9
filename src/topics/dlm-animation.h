/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-topic.h"
#include "dlm-video.h"

G_BEGIN_DECLS

/* An animation as a sequence of frames: what the window's timeline plays,
 * cut into frames for a GIF or a video. Frame k of a plan sets the
 * topic's animated parameter to dlm_frame_plan_value (plan, k), so the
 * frame is exactly the still figure of --set PARAM=VALUE. */

/* DlmAnimation, the current view's animation (the parameter the timeline
 * moves, from 0 to its end, and how long the window plays it at normal
 * speed), is declared in dlm-topic.h with DlmTopicClass.get_animation and
 * dlm_topic_get_animation(). */

/* Frames of one export: the whole animation spread over @duration
 * seconds at @fps (n = max (2, round (duration × fps)) frames, frame k
 * at end × k / (n − 1), rounded down for a discrete parameter), of which
 * frames first … first + n_frames − 1 are written. */
typedef struct {
  DlmAnimation animation;
  double       fps;
  double       duration;
  guint        total;     /* frames of the whole animation */
  guint        first;
  guint        n_frames;
} DlmFramePlan;

#define DLM_ANIMATION_DEFAULT_FPS  30.0
#define DLM_ANIMATION_MIN_FPS      1.0
#define DLM_ANIMATION_MAX_FPS      60.0
#define DLM_ANIMATION_MIN_DURATION 0.1
#define DLM_ANIMATION_MAX_DURATION 600.0
#define DLM_ANIMATION_MAX_FRAMES   36000

/* Plans the frames of @topic's current view. @fps ≤ 0 takes 30; @duration
 * ≤ 0 takes the animation's natural length; @first and @last (frame
 * indices, "A:B" on the command line: A ≤ k < B) may be −1 for the start
 * and the end. Fails (DLM_ERROR_INVALID) when the view has no animation
 * (the message names --export, the view, and the topics and views that
 * animate), or (DLM_ERROR_INVALID or DLM_ERROR_RANGE) when a value is out
 * of range, naming --fps, --duration or --frames and what is accepted. */
gboolean dlm_frame_plan_init   (DlmFramePlan *plan,
                                DlmTopic     *topic,
                                double        fps,
                                double        duration,
                                gint64        first,
                                gint64        last,
                                GError      **error);
/* The animated parameter's value at frame @k of the whole animation. */
double   dlm_frame_plan_value  (const DlmFramePlan *plan,
                                guint               k);
/* "step=12" or "progress=0.25": the --set that shows frame @k. */
char    *dlm_frame_plan_assignment (const DlmFramePlan *plan,
                                    guint               k);

/* Draws frame @k (of the whole animation, 0 ≤ @k < plan->total) of
 * @topic into @cr: sets the animated parameter to the frame's value, as
 * --set dlm_frame_plan_assignment() does, and renders; the parameter
 * stays set. The picture is the still figure of that --set, pixel for
 * pixel. */
void     dlm_frame_plan_render (const DlmFramePlan *plan,
                                DlmTopic           *topic,
                                guint               k,
                                cairo_t            *cr,
                                const DlmTheme     *theme,
                                double              width,
                                double              height);

/* Renders the plan's frames of @topic in @theme at @width × @height and
 * writes them with dlm_video_write(). The topic is changed as it goes
 * (its animated parameter) and set back at the end; it must not be used
 * by another thread meanwhile (the window exports a copy, see
 * dlm_topic_copy()). */
gboolean dlm_topic_export_animation (DlmTopic           *topic,
                                     const char         *path,
                                     const DlmVideoSpec *spec,
                                     const DlmTheme     *theme,
                                     const DlmFramePlan *plan,
                                     DlmVideoProgress    progress,
                                     gpointer            progress_data,
                                     GCancellable       *cancellable,
                                     GError            **error);

/* A new topic of the same type with the same parameters and seed, for
 * work on another thread. */
DlmTopic *dlm_topic_copy (DlmTopic *topic);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-test"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "dlm-animation.h"
#include "dlm-error.h"
#include "dlm-export.h"
#include "dlm-topic-registry.h"

/* Animations as frames: which views animate and for how long, the frame
 * plan's arithmetic and messages, frame k as the still of its --set, the
 * copy a worker thread exports from, and the export itself. */

static DlmTopic *
topic_with (const char        *id,
            const char *const *assignments)
{
  DlmTopic *topic = dlm_topic_registry_new (id);
  g_autoptr(GError) error = NULL;

  g_assert_nonnull (topic);
  g_assert_true (dlm_topic_apply (topic, assignments, &error));
  g_assert_no_error (error);
  return topic;
}

/* ---- which views animate, and how long ---------------------------------- */

typedef struct {
  const char *topic;
  const char *view;      /* the slides parameter's value */
  const char *param;     /* NULL: no animation */
  double      end;
  double      seconds;
} ViewCase;

/* Every view of every topic with its default parameters: what the window
 * plays at 1× (its timeline's duration / rate). */
static const ViewCase view_cases[] = {
  { "complex", "spectral" },
  { "complex", "lorenz", "progress", 1, 12 },
  { "complex", "life", "step", 100, 10 },
  { "transpose", "flip", "progress", 1, 2 },
  { "transpose", "rules" },
  { "transpose", "vector", "progress", 1, 2 },
  { "dot", "vector", "step", 5, 5 },
  { "dot", "matrix" },
  { "dot", "geometry" },
  { "dot", "convolution", "step", 6, 6 },
  { "matmul", "steps", "step", 4, 4 },
  { "matmul", "sizes" },
  { "matmul", "random" },
  { "sampling", "lln", "step", 500, 8 },
  { "sampling", "distribution", "step", 1000, 8 },
};

static const ViewCase *
find_view_case (const char *topic,
                const char *view)
{
  for (guint i = 0; i < G_N_ELEMENTS (view_cases); i++)
    if (g_str_equal (view_cases[i].topic, topic) && g_str_equal (view_cases[i].view, view))
      return &view_cases[i];
  return NULL;
}

/* Every topic × view: the animated ones as listed above, all others none. */
static void
test_views (void)
{
  guint n_topics, n_animated = 0, n_checked = 0;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);

  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);
      const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
      g_auto(GStrv) views = dlm_topic_list_slides (topic);

      for (guint v = 0; views[v] != NULL; v++)
        {
          const ViewCase *c = find_view_case (dlm_topic_get_id (topic), views[v]);
          DlmAnimation animation = { "garbage", 1, 1, TRUE };
          gboolean animates;

          if (!dlm_topic_set_param (topic, param, views[v], NULL))
            continue;
          animates = dlm_topic_get_animation (topic, &animation);
          g_test_message ("%s %s=%s: %d", dlm_topic_get_id (topic), param, views[v], animates);
          n_checked++;
          if (c == NULL || c->param == NULL)
            {
              g_assert_false (animates);
              g_assert_null (animation.param);
              continue;
            }
          g_assert_true (animates);
          n_animated++;
          g_assert_cmpstr (animation.param, ==, c->param);
          g_assert_cmpfloat (animation.end, ==, c->end);
          g_assert_cmpfloat (animation.seconds, ==, c->seconds);
          g_assert_cmpint (animation.discrete, ==, g_str_equal (c->param, "step"));
        }
    }
  g_assert_cmpuint (n_animated, ==, 9);
  g_assert_cmpuint (n_checked, >=, 30);
}

typedef struct {
  const char *topic;
  const char *assignments[6];
  double      end;
  double      seconds;
} LengthCase;

/* The length follows the data: a step a second up to the panel's limit
 * (dot 10 s, matmul 16 s, life 10 s, sampling 8 s), then that long in all;
 * the Lorenz run and the flip take the same time whatever their size. */
static const LengthCase length_cases[] = {
  { "dot", { "v=1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20", "w=1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1" }, 20, 10 },
  { "dot", { "v=1 2 3", "w=1 2 3 4 5" }, 3, 3 },
  { "dot", { "mode=convolution", "signal=1 2 3 4 5 6 7 8 9 10 11 12 13 14", "kernel=1 2" }, 13, 10 },
  { "matmul", { "a=1 2 3; 4 5 6; 7 8 9", "b=1 0 0; 0 1 0; 0 0 1" }, 9, 9 },
  { "matmul", { "view=steps", "rows=5", "a=1 2; 3 4; 5 6; 7 8; 9 10", "b=1 2 3 4; 5 6 7 8" }, 20, 16 },
  { "complex", { "view=life", "generations=7" }, 7, 7 },
  { "complex", { "view=life", "generations=1000" }, 1000, 10 },
  { "complex", { "view=lorenz", "t-end=200" }, 1, 12 },
  { "transpose", { "matrix=1 2 3 4 5 6 7 8 9 10 11 12" }, 1, 2 },
  { "sampling", { "draws=3" }, 3, 3 },
  { "sampling", { "view=distribution", "repeats=20000", "n=10" }, 20000, 8 },
};

static void
test_lengths (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (length_cases); i++)
    {
      const LengthCase *c = &length_cases[i];
      g_autoptr(DlmTopic) topic = topic_with (c->topic, c->assignments);
      DlmAnimation animation;

      g_test_message ("%s %s", c->topic, c->assignments[0]);
      g_assert_true (dlm_topic_get_animation (topic, &animation));
      g_assert_cmpfloat (animation.end, ==, c->end);
      g_assert_cmpfloat (animation.seconds, ==, c->seconds);
    }
}

/* ---- the frame plan --------------------------------------------------- */

static void
test_plan_continuous (void)
{
  g_autoptr(DlmTopic) topic = topic_with ("transpose", (const char *[]) { NULL });
  g_autoptr(GError) error = NULL;
  DlmFramePlan plan;
  g_autofree char *first = NULL, *middle = NULL, *last = NULL;

  /* the natural 2 s at 30 fps */
  g_assert_true (dlm_frame_plan_init (&plan, topic, 0, 0, -1, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpfloat (plan.fps, ==, 30);
  g_assert_cmpfloat (plan.duration, ==, 2);
  g_assert_cmpuint (plan.total, ==, 60);
  g_assert_cmpuint (plan.first, ==, 0);
  g_assert_cmpuint (plan.n_frames, ==, 60);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 0), ==, 0);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 59), ==, 1);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 30), ==, 30.0 / 59);
  first = dlm_frame_plan_assignment (&plan, 0);
  middle = dlm_frame_plan_assignment (&plan, 30);
  last = dlm_frame_plan_assignment (&plan, 59);
  g_assert_cmpstr (first, ==, "progress=0");
  g_assert_cmpfloat (g_ascii_strtod (middle + strlen ("progress="), NULL), ==, 30.0 / 59);
  g_assert_cmpstr (last, ==, "progress=1");

  /* 12.5 fps over 3.3 s: round (41.25) frames */
  g_assert_true (dlm_frame_plan_init (&plan, topic, 12.5, 3.3, -1, -1, &error));
  g_assert_cmpuint (plan.total, ==, 41);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 20), ==, 0.5);
  /* never fewer than two frames: the first and the last */
  g_assert_true (dlm_frame_plan_init (&plan, topic, 1, 0.1, -1, -1, &error));
  g_assert_cmpuint (plan.total, ==, 2);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 0), ==, 0);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 1), ==, 1);
  /* the longest: 600 s at 60 fps */
  g_assert_true (dlm_frame_plan_init (&plan, topic, 60, 600, -1, -1, &error));
  g_assert_cmpuint (plan.total, ==, DLM_ANIMATION_MAX_FRAMES);
}

/* Whole steps, rounded down: each step is shown for as many frames as
 * the others, the last step only at the last frame. */
static void
test_plan_discrete (void)
{
  g_autoptr(DlmTopic) topic = topic_with ("dot", (const char *[]) { NULL });
  g_autoptr(GError) error = NULL;
  DlmFramePlan plan;
  guint shown[6] = { 0 };

  g_assert_true (dlm_frame_plan_init (&plan, topic, 30, 0, -1, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (plan.total, ==, 150);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 0), ==, 0);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 29), ==, 0);   /* 5 × 29 / 149 = 0.97 */
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 30), ==, 1);   /* 150 / 149 */
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 148), ==, 4);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 149), ==, 5);
  for (guint k = 0; k < plan.total; k++)
    {
      double value = dlm_frame_plan_value (&plan, k);

      g_assert_cmpfloat (value, ==, floor (value));
      g_assert_true (k == 0 || value >= dlm_frame_plan_value (&plan, k - 1));
      shown[(guint) value]++;
    }
  g_assert_cmpuint (shown[0], ==, 30);
  g_assert_cmpuint (shown[1], ==, 30);
  g_assert_cmpuint (shown[4], ==, 29);
  g_assert_cmpuint (shown[5], ==, 1);

  {
    g_autofree char *assignment = dlm_frame_plan_assignment (&plan, 75);
    g_assert_cmpstr (assignment, ==, "step=2");
  }
  /* 10⁷ draws in 36 000 frames: integer arithmetic, the last exact */
  g_clear_object (&topic);
  topic = topic_with ("sampling", (const char *[]) { "draws=10000000", "runs=0", NULL });
  g_assert_true (dlm_frame_plan_init (&plan, topic, 60, 600, -1, -1, &error));
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 1), ==, 277);    /* 10⁷ / 35 999 */
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 35998), ==, 9999722);
  g_assert_cmpfloat (dlm_frame_plan_value (&plan, 35999), ==, 10000000);
}

static void
test_plan_frames (void)
{
  g_autoptr(DlmTopic) topic = topic_with ("transpose", (const char *[]) { NULL });
  g_autoptr(GError) error = NULL;
  DlmFramePlan plan;

  g_assert_true (dlm_frame_plan_init (&plan, topic, 30, 0, 10, 20, &error));
  g_assert_cmpuint (plan.total, ==, 60);
  g_assert_cmpuint (plan.first, ==, 10);
  g_assert_cmpuint (plan.n_frames, ==, 10);
  /* ":B" and "A:" */
  g_assert_true (dlm_frame_plan_init (&plan, topic, 30, 0, -1, 5, &error));
  g_assert_cmpuint (plan.first, ==, 0);
  g_assert_cmpuint (plan.n_frames, ==, 5);
  g_assert_true (dlm_frame_plan_init (&plan, topic, 30, 0, 55, -1, &error));
  g_assert_cmpuint (plan.first, ==, 55);
  g_assert_cmpuint (plan.n_frames, ==, 5);
  /* the last frame alone, and all of them */
  g_assert_true (dlm_frame_plan_init (&plan, topic, 30, 0, 59, 60, &error));
  g_assert_cmpuint (plan.n_frames, ==, 1);
  g_assert_true (dlm_frame_plan_init (&plan, topic, 30, 0, 0, 60, &error));
  g_assert_cmpuint (plan.n_frames, ==, 60);
  g_assert_no_error (error);
}

typedef struct {
  double      fps;
  double      duration;
  gint64      first;
  gint64      last;
  const char *message;
} PlanError;

static const PlanError plan_errors[] = {
  { 0.5, 0, -1, -1, "--fps: 0.5 is too small; accepted: a number from 1 to 60" },
  { 61, 0, -1, -1, "--fps: 61 is too large; accepted: a number from 1 to 60" },
  { NAN, 0, -1, -1, "--fps: “nan” is not a finite number; accepted: a number from 1 to 60" },
  { INFINITY, 0, -1, -1, "--fps: “inf” is not a finite number; accepted: a number from 1 to 60" },
  { 30, 0.05, -1, -1, "--duration: 0.05 is too small; accepted: a number of seconds from 0.1 to 600" },
  { 30, 601, -1, -1, "--duration: 601 is too large; accepted: a number of seconds from 0.1 to 600" },
  { 30, NAN, -1, -1, "--duration: “nan” is not a finite number; accepted: a number of seconds from 0.1 to 600" },
  { 30, 0, 400, 500, "--frames: 400:500 is outside the animation; accepted: frames from 0 to 59 as A:B" },
  { 30, 0, 60, -1, "--frames: 60: is outside the animation; accepted: frames from 0 to 59 as A:B" },
  { 30, 0, -1, 61, "--frames: :61 is outside the animation; accepted: frames from 0 to 59 as A:B" },
  { 30, 0, 7, 3, "--frames: 7:3 holds no frame; accepted: A:B with A < B, frames from 0 to 59" },
  { 30, 0, 5, 5, "--frames: 5:5 holds no frame; accepted: A:B with A < B, frames from 0 to 59" },
  { 30, 0, -1, 0, "--frames: :0 holds no frame; accepted: A:B with A < B, frames from 0 to 59" },
  { 30, 0, G_MAXINT64, -1, "--frames: 9223372036854775807: is outside the animation; accepted: frames from 0 to 59 as A:B" },
};

static void
test_plan_errors (void)
{
  g_autoptr(DlmTopic) topic = topic_with ("transpose", (const char *[]) { NULL });

  for (guint i = 0; i < G_N_ELEMENTS (plan_errors); i++)
    {
      const PlanError *e = &plan_errors[i];
      g_autoptr(GError) error = NULL;
      DlmFramePlan plan;

      g_assert_false (dlm_frame_plan_init (&plan, topic, e->fps, e->duration, e->first, e->last, &error));
      g_assert_nonnull (error);
      g_assert_true (error->domain == DLM_ERROR);
      g_assert_cmpstr (error->message, ==, e->message);
    }
}

#define ANIMATED "complex view=lorenz|life, transpose view=flip|vector, dot mode=vector|convolution, " \
                 "matmul view=steps, sampling view=lln|distribution"

static void
test_plan_no_animation (void)
{
  g_autoptr(DlmTopic) softmax = topic_with ("softmax", (const char *[]) { "view=classifier", NULL });
  g_autoptr(DlmTopic) dot = topic_with ("dot", (const char *[]) { "mode=geometry", NULL });
  g_autoptr(GError) error = NULL;
  DlmFramePlan plan;

  g_assert_false (dlm_frame_plan_init (&plan, softmax, 30, 0, -1, -1, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==,
                   "--export: the view “classifier” of softmax has no animation; animated: " ANIMATED);
  g_clear_error (&error);
  g_assert_false (dlm_frame_plan_init (&plan, dot, 30, 0, -1, -1, &error));
  g_assert_cmpstr (error->message, ==,
                   "--export: the view “geometry” of dot has no animation; animated: " ANIMATED);
}

/* ---- frame k is the still of its --set ---------------------------------- */

typedef struct {
  const char *topic;
  const char *assignments[6];
  DlmThemeKind theme;
} FrameCase;

static const FrameCase frame_cases[] = {
  { "complex", { "view=lorenz", "t-end=10", NULL }, DLM_THEME_LIGHT },
  { "complex", { "view=lorenz", "projection=3d", "t-end=5", NULL }, DLM_THEME_DARK },
  { "complex", { "view=life", "generations=12", NULL }, DLM_THEME_LIGHT },
  { "complex", { "view=life", "pattern=random", "generations=6", NULL }, DLM_THEME_PROJECTOR },
  { "transpose", { "view=flip", NULL }, DLM_THEME_LIGHT },
  { "transpose", { "view=vector", NULL }, DLM_THEME_DARK },
  { "dot", { "mode=vector", NULL }, DLM_THEME_LIGHT },
  { "dot", { "mode=convolution", NULL }, DLM_THEME_PROJECTOR },
  { "matmul", { "view=steps", NULL }, DLM_THEME_LIGHT },
  { "matmul", { "view=steps", "a=1 2 3; 4 5 6", "b=1 2; 3 4; 5 6", NULL }, DLM_THEME_DARK },
  { "sampling", { "view=lln", NULL }, DLM_THEME_LIGHT },
  { "sampling", { "view=distribution", "repeats=300", NULL }, DLM_THEME_DARK },
};

#define FRAME_W 320
#define FRAME_H 200

/* What --topic T --set … --set PARAM=VALUE(k) --export x.png draws: a
 * new topic with the assignments, the frame's last. */
static cairo_surface_t *
still_of (const FrameCase    *c,
          const DlmFramePlan *plan,
          guint               k,
          guint               seed,
          const DlmTheme     *theme)
{
  g_autofree char *frame = dlm_frame_plan_assignment (plan, k);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) assignments = NULL;
  g_autoptr(DlmTopic) topic = NULL;
  DlmTopicFigure still;

  g_strv_builder_addv (builder, (const char **) c->assignments);
  g_strv_builder_add (builder, frame);
  assignments = g_strv_builder_end (builder);
  topic = topic_with (c->topic, (const char *const *) assignments);
  dlm_topic_set_seed (topic, seed);
  still = (DlmTopicFigure) { topic, *theme };
  return dlm_export_to_image (FRAME_W, FRAME_H, dlm_topic_figure_draw, &still);
}

static gboolean
same_pixels (cairo_surface_t *a,
             cairo_surface_t *b)
{
  int stride = cairo_image_surface_get_stride (a);

  g_assert_cmpint (stride, ==, cairo_image_surface_get_stride (b));
  return memcmp (cairo_image_surface_get_data (a), cairo_image_surface_get_data (b),
                 (gsize) stride * FRAME_H) == 0;
}

static cairo_surface_t *
frame_of (const DlmFramePlan *plan,
          DlmTopic           *topic,
          guint               k,
          const DlmTheme     *theme)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, FRAME_W, FRAME_H);
  cairo_t *cr = cairo_create (surface);

  dlm_frame_plan_render (plan, topic, k, cr, theme, FRAME_W, FRAME_H);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  return surface;
}

/* One topic plays every frame, forwards twice and backwards, as an export
 * may; each frame must be the still a new topic draws with the frame's
 * --set, byte for byte. */
static void
test_frames_are_stills (void)
{
  g_autoptr(GString) failures = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (frame_cases); i++)
    {
      const FrameCase *c = &frame_cases[i];
      g_autoptr(DlmTopic) topic = topic_with (c->topic, c->assignments);
      g_autoptr(GError) error = NULL;
      DlmFramePlan plan;
      DlmTheme theme;
      guint compared = 0;

      dlm_topic_set_seed (topic, 7);
      dlm_theme_init (&theme, c->theme, dlm_theme_auto_scale (FRAME_W, FRAME_H));
      g_assert_true (dlm_frame_plan_init (&plan, topic, 4, 0, -1, -1, &error));
      g_assert_no_error (error);
      /* forwards twice, then backwards: a GIF's palette pass visits the
       * frames out of order */
      for (guint pass = 0; pass < 3; pass++)
        for (guint j = 0; j < plan.total; j++)
          {
            guint k = pass < 2 ? j : plan.total - 1 - j;
            cairo_surface_t *frame = frame_of (&plan, topic, k, &theme);
            cairo_surface_t *still = still_of (c, &plan, k, 7, &theme);

            if (!same_pixels (frame, still))
              {
                g_autofree char *assignment = dlm_frame_plan_assignment (&plan, k);
                g_string_append_printf (failures, "%s %s: frame %u (%s, pass %u) differs from its still\n",
                                        c->topic, c->assignments[0], k, assignment, pass);
              }
            compared++;
            cairo_surface_destroy (frame);
            cairo_surface_destroy (still);
          }
      g_test_message ("%s %s: %u frames", c->topic, c->assignments[0], compared);
      g_assert_cmpuint (compared, >=, 3 * 8);
    }
  g_assert_cmpstr (failures->str, ==, "");
}

/* The frames differ where the animation moves: not every frame the same
 * picture (which would pass the test above trivially). */
static void
test_frames_move (void)
{
  g_autoptr(DlmTopic) topic = topic_with ("matmul", (const char *[]) { "view=steps", NULL });
  DlmFramePlan plan;
  DlmTheme theme;
  cairo_surface_t *first, *last;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  g_assert_true (dlm_frame_plan_init (&plan, topic, 2, 0, -1, -1, NULL));
  first = frame_of (&plan, topic, 0, &theme);
  last = frame_of (&plan, topic, plan.total - 1, &theme);
  g_assert_false (same_pixels (first, last));
  cairo_surface_destroy (first);
  cairo_surface_destroy (last);
}

/* ---- heavy work is done once ----------------------------------------------- */

static void
wait_computed (DlmTopic *topic)
{
  while (dlm_topic_get_computing (topic))
    g_main_context_iteration (NULL, TRUE);
}

static void
count_start (DlmTopic   *topic,
             GParamSpec *pspec,
             guint      *starts)
{
  if (dlm_topic_get_computing (topic))
    (*starts)++;
}

/* In the background mode every change that needs new work starts it: the
 * frames' steps (and progress) start none, so the draws and the Lorenz
 * run are computed once for a whole export, not per frame. */
static void
test_compute_once (void)
{
  static const FrameCase cases[] = {
    { "sampling", { "view=lln", "draws=200000", NULL } },
    { "sampling", { "view=distribution", "repeats=5000", NULL } },
    { "complex", { "view=lorenz", NULL } },
    { "complex", { "view=life", NULL } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlmTopic) topic = topic_with (cases[i].topic, cases[i].assignments);
      guint starts = 0;
      DlmFramePlan plan;
      DlmTheme theme;

      dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
      g_assert_true (dlm_topic_can_compute (topic));
      g_signal_connect (topic, "notify::computing", G_CALLBACK (count_start), &starts);
      dlm_topic_set_compute_in_background (topic, TRUE);
      wait_computed (topic);
      if (g_str_equal (cases[i].topic, "sampling"))
        g_assert_cmpuint (starts, ==, 1);
      starts = 0;
      g_assert_true (dlm_frame_plan_init (&plan, topic, 5, 0, -1, -1, NULL));
      for (guint k = 0; k < plan.total; k++)
        {
          cairo_surface_t *frame = frame_of (&plan, topic, k, &theme);

          cairo_surface_destroy (frame);
          while (g_main_context_iteration (NULL, FALSE));
        }
      g_assert_false (dlm_topic_get_computing (topic));
      g_assert_cmpuint (starts, ==, 0);
      dlm_topic_set_compute_in_background (topic, FALSE);
    }
}

/* ---- copies ---------------------------------------------------------------- */

static char *
render_bytes (DlmTopic *topic)
{
  DlmTopicFigure still = { topic };
  cairo_surface_t *surface;
  char *hex;

  dlm_theme_init (&still.theme, DLM_THEME_DARK, 1);
  surface = dlm_export_to_image (FRAME_W, FRAME_H, dlm_topic_figure_draw, &still);
  hex = g_compute_checksum_for_data (G_CHECKSUM_SHA256, cairo_image_surface_get_data (surface),
                                     (gsize) cairo_image_surface_get_stride (surface) * FRAME_H);
  cairo_surface_destroy (surface);
  return hex;
}

static void
assert_same_topic (DlmTopic *a,
                   DlmTopic *b)
{
  g_autoptr(GPtrArray) params = dlm_topic_list_params (a);
  g_autofree char *summary_a = dlm_topic_to_summary (a), *summary_b = dlm_topic_to_summary (b);
  g_autofree char *csv_a = dlm_topic_to_csv (a), *csv_b = dlm_topic_to_csv (b);
  g_autofree char *render_a = render_bytes (a), *render_b = render_bytes (b);

  g_assert_true (G_OBJECT_TYPE (a) == G_OBJECT_TYPE (b));
  g_assert_cmpuint (dlm_topic_get_seed (a), ==, dlm_topic_get_seed (b));
  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *info = g_ptr_array_index (params, i);
      g_autofree char *text_a = dlm_topic_get_param_text (a, info->name);
      g_autofree char *text_b = dlm_topic_get_param_text (b, info->name);

      g_assert_cmpstr (text_a, ==, text_b);
    }
  g_assert_cmpstr (summary_a, ==, summary_b);
  g_assert_cmpstr (csv_a, ==, csv_b);
  g_assert_cmpstr (render_a, ==, render_b);
}

/* Every topic × view, from a topic whose seed is not the default. */
static void
test_copy_views (void)
{
  guint n_topics, n_copied = 0;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);

  for (guint i = 0; i < n_topics; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);
      const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
      g_auto(GStrv) views = dlm_topic_list_slides (topic);

      dlm_topic_set_seed (topic, 2024);
      for (guint v = 0; views[v] != NULL; v++)
        {
          g_autoptr(DlmTopic) copy = NULL;

          if (!dlm_topic_set_param (topic, param, views[v], NULL))
            continue;
          g_test_message ("%s %s", dlm_topic_get_id (topic), views[v]);
          copy = dlm_topic_copy (topic);
          assert_same_topic (topic, copy);
          n_copied++;
        }
    }
  g_assert_cmpuint (n_copied, >=, 30);
}

/* Values far from the defaults, where a field's check depends on another
 * field (a kernel no longer than the signal, B's rows as A's columns,
 * n × repeats): the copy takes them all at once. */
static const FrameCase copy_cases[] = {
  { "dot", { "mode=convolution", "signal=1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20",
             "kernel=1 2 3 4 5 6 7 8 9 10 11 12", NULL } },
  { "dot", { "mode=vector", "v=1 2 3 4 5 6 7 8 9 10", "w=1 0 1 0 1 0 1 0 1 0", "step=4" } },
  { "matmul", { "a=1 2 3 4 5; 6 7 8 9 10", "b=1; 2; 3; 4; 5", "step=1", NULL } },
  { "matmul", { "view=random", "rows=7", "inner=2", "cols=3" } },
  { "sampling", { "view=distribution", "n=500", "repeats=2000", "distribution=exponential" } },
  { "sampling", { "view=lln", "draws=100000", "runs=9", "step=12345" } },
  { "complex", { "view=lorenz", "t-end=3.25", "start=1, 2, 3", "progress=0.3" } },
  { "complex", { "view=life", "pattern=random", "density=0.6", "step=4" } },
  { "transpose", { "matrix=1 2 3; 4 5 6", "progress=0.123456789", "scalar=-3.5", NULL } },
  { "softmax", { "logits=1000, 1001, 1002", "temperature=0.37", NULL } },
  { "meanvar", { "data=1 2 3 4 100", NULL } },
};

static void
test_copy_values (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (copy_cases); i++)
    {
      g_autoptr(DlmTopic) topic = topic_with (copy_cases[i].topic, copy_cases[i].assignments);
      g_autoptr(DlmTopic) copy = NULL;

      g_test_message ("%s %s", copy_cases[i].topic, copy_cases[i].assignments[0]);
      dlm_topic_set_seed (topic, 99);
      copy = dlm_topic_copy (topic);
      assert_same_topic (topic, copy);
    }
}

/* ---- the export ----------------------------------------------------------- */

static char *
listing (const char *dir)
{
  g_autoptr(GString) out = g_string_new (NULL);
  GDir *d = g_dir_open (dir, 0, NULL);
  const char *name;

  while ((name = g_dir_read_name (d)) != NULL)
    g_string_append_printf (out, "%s\n", name);
  g_dir_close (d);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

typedef struct {
  guint         calls;
  double        last;
  GCancellable *cancellable;
} Progress;

static void
count_progress (double   fraction,
                gpointer data)
{
  Progress *p = data;

  g_assert_cmpfloat (fraction, >=, p->last);
  p->last = fraction;
  if (++p->calls == 3 && p->cancellable != NULL)
    g_cancellable_cancel (p->cancellable);
}

/* A GIF and a WebM of some frames: written whole, with progress up to 1,
 * and the topic's parameter set back to what it was. */
static void
test_export (void)
{
  g_autoptr(DlmTopic) topic = topic_with ("matmul", (const char *[]) { "view=steps", "step=3", NULL });
  g_autofree char *dir = g_dir_make_tmp ("dlm-animation-XXXXXX", NULL);
  static const DlmVideoFormat formats[] = { DLM_VIDEO_GIF, DLM_VIDEO_WEBM };
  static const char *const names[] = { "c.gif", "c.webm" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_autofree char *step = NULL, *bytes = NULL;
      g_autoptr(GError) error = NULL;
      Progress progress = { 0 };
      DlmFramePlan plan;
      DlmVideoSpec spec;
      DlmTheme theme;
      gsize len;

      dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
      g_assert_true (dlm_frame_plan_init (&plan, topic, 8, 0, 2, 12, &error));
      spec = (DlmVideoSpec) { formats[i], 96, 64, plan.fps, plan.n_frames, TRUE };
      g_assert_true (dlm_topic_export_animation (topic, path, &spec, &theme, &plan, count_progress,
                                                 &progress, NULL, &error));
      g_assert_no_error (error);
      g_assert_cmpfloat (progress.last, ==, 1);
      g_assert_true (g_file_get_contents (path, &bytes, &len, NULL));
      g_assert_cmpuint (len, >, 100);
      if (formats[i] == DLM_VIDEO_GIF)
        g_assert_true (memcmp (bytes, "GIF89a", 6) == 0);
      else
        g_assert_true (memcmp (bytes, "\x1a\x45\xdf\xa3", 4) == 0);   /* EBML */
      step = dlm_topic_get_param_text (topic, "step");
      g_assert_cmpstr (step, ==, "3");
    }
  {
    g_autofree char *files = listing (dir);
    /* the two files and nothing else: no temporary file left over */
    g_assert_true (g_str_equal (files, "c.gif\nc.webm\n") || g_str_equal (files, "c.webm\nc.gif\n"));
  }
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (dir, names[i], NULL);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* Cancelled half way, or into a folder that is not there: an error and
 * no file, and the parameter set back all the same. */
static void
test_export_fails (void)
{
  g_autoptr(DlmTopic) topic = topic_with ("transpose", (const char *[]) { "progress=0.25", NULL });
  g_autofree char *dir = g_dir_make_tmp ("dlm-animation-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "flip.gif", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", "flip.webm", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *progress_text = NULL, *files = NULL;
  Progress progress = { 0, 0, cancellable };
  DlmFramePlan plan;
  DlmVideoSpec spec;
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_DARK, 1);
  g_assert_true (dlm_frame_plan_init (&plan, topic, 30, 0, -1, -1, &error));
  spec = (DlmVideoSpec) { DLM_VIDEO_GIF, 64, 48, plan.fps, plan.n_frames, TRUE };
  g_assert_false (dlm_topic_export_animation (topic, path, &spec, &theme, &plan, count_progress, &progress,
                                              cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_clear_error (&error);
  spec.format = DLM_VIDEO_WEBM;
  g_assert_false (dlm_topic_export_animation (topic, missing, &spec, &theme, &plan, NULL, NULL, NULL, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_WRITE);
  progress_text = dlm_topic_get_param_text (topic, "progress");
  g_assert_cmpstr (progress_text, ==, "0.25");
  files = listing (dir);
  g_assert_cmpstr (files, ==, "");
  g_rmdir (dir);
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/animation/views", test_views);
  g_test_add_func ("/animation/lengths", test_lengths);
  g_test_add_func ("/animation/plan/continuous", test_plan_continuous);
  g_test_add_func ("/animation/plan/discrete", test_plan_discrete);
  g_test_add_func ("/animation/plan/frames", test_plan_frames);
  g_test_add_func ("/animation/plan/errors", test_plan_errors);
  g_test_add_func ("/animation/plan/no-animation", test_plan_no_animation);
  g_test_add_func ("/animation/frames-are-stills", test_frames_are_stills);
  g_test_add_func ("/animation/frames-move", test_frames_move);
  g_test_add_func ("/animation/compute-once", test_compute_once);
  g_test_add_func ("/animation/copy/views", test_copy_views);
  g_test_add_func ("/animation/copy/values", test_copy_values);
  g_test_add_func ("/animation/export", test_export);
  g_test_add_func ("/animation/export-fails", test_export_fails);

  return g_test_run ();
}

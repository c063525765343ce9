/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-animation.h"
#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-topic-registry.h"

/* An animation cut into frames. Frame k is the still figure of one --set
 * of the animated parameter: the value is written as text (shortest
 * round-trip form) and set through the parameter layer, exactly as the
 * command line sets it, so the two cannot drift apart. */

/* ---- which views animate ------------------------------------------------ */

/* "complex view=lorenz|life, dot mode=vector|convolution, …": every topic
 * and view that animates with its default parameters, as the --set that
 * picks it. */
static char *
list_animated (void)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[i] (), NULL);
      const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
      g_auto(GStrv) views = dlm_topic_list_slides (topic);
      g_autoptr(GString) animated = g_string_new (NULL);
      DlmAnimation animation;

      for (guint v = 0; views[v] != NULL; v++)
        if (dlm_topic_set_param (topic, param, views[v], NULL) &&
            dlm_topic_get_animation (topic, &animation))
          g_string_append_printf (animated, "%s%s", animated->len > 0 ? "|" : "", views[v]);
      if (views[0] == NULL && dlm_topic_get_animation (topic, &animation))
        g_string_append_printf (out, "%s%s", out->len > 0 ? ", " : "", dlm_topic_get_id (topic));
      else if (animated->len > 0)
        g_string_append_printf (out, "%s%s %s=%s", out->len > 0 ? ", " : "",
                                dlm_topic_get_id (topic), param, animated->str);
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Whether @view of @topic's type animates with the default parameters. */
static gboolean
view_animates (DlmTopic   *topic,
               const char *param,
               const char *view)
{
  g_autoptr(DlmTopic) fresh = g_object_new (G_OBJECT_TYPE (topic), NULL);
  DlmAnimation animation;

  return dlm_topic_set_param (fresh, param, view, NULL) && dlm_topic_get_animation (fresh, &animation);
}

static gboolean
set_no_animation_error (DlmTopic  *topic,
                        GError   **error)
{
  const char *param = DLM_TOPIC_GET_CLASS (topic)->slides_param;
  g_autofree char *animated = list_animated ();
  g_autofree char *view = param != NULL ? dlm_topic_get_param_text (topic, param) : NULL;

  if (view != NULL && view_animates (topic, param, view))
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* Translators: “%s” is a view such as “steps”, then a topic ID; the
                  * last %s lists what animates: “dot mode=vector|convolution, …” */
                 _("--export: the view “%s” of %s has nothing to animate with these parameters; "
                   "animated: %s"), view, dlm_topic_get_id (topic), animated);
  else if (view != NULL)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* Translators: “%s” is a view such as “classifier”, then a topic ID; the
                  * last %s lists what animates: “dot mode=vector|convolution, …” */
                 _("--export: the view “%s” of %s has no animation; animated: %s"),
                 view, dlm_topic_get_id (topic), animated);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* Translators: %s is a topic ID, then a list of what animates */
                 _("--export: %s has no animation; animated: %s"),
                 dlm_topic_get_id (topic), animated);
  return FALSE;
}

/* ---- the plan ------------------------------------------------------------- */

/* A number given as a double is refused in the words its text would get:
 * "--fps: 0 is too small; accepted: a number from 1 to 60". */
static gboolean
check_number (const char  *option,
              double       value,
              double       minimum,
              double       maximum,
              const char  *accepted,
              GError     **error)
{
  g_autofree char *text = dlm_format_number_shortest (value);
  double parsed;

  return dlm_parse_double_in (option, text, minimum, maximum, accepted, &parsed, error);
}

/* "400:500", ":500" or "400:": the frames as they were asked for. */
static char *
frames_text (gint64 first,
             gint64 last)
{
  g_autofree char *a = first >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, first) : g_strdup ("");
  g_autofree char *b = last >= 0 ? g_strdup_printf ("%" G_GINT64_FORMAT, last) : g_strdup ("");

  return g_strdup_printf ("%s:%s", a, b);
}

static gboolean
set_frames (DlmFramePlan  *plan,
            gint64         first,
            gint64         last,
            GError       **error)
{
  gint64 a = first >= 0 ? first : 0;
  gint64 b = last >= 0 ? last : plan->total;
  g_autofree char *given = NULL;

  if (a < b && b <= plan->total)
    {
      plan->first = a;
      plan->n_frames = b - a;
      return TRUE;
    }
  given = frames_text (first, last);
  if (a < plan->total && b <= plan->total)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* Translators: %s is the range given, e.g. 7:3; then the last frame index */
                 _("--frames: %s holds no frame; accepted: A:B with A < B, frames from 0 to %u"),
                 given, plan->total - 1);
  else
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 /* Translators: %s is the range given, e.g. 400:500; then the last frame index */
                 _("--frames: %s is outside the animation; accepted: frames from 0 to %u as A:B"),
                 given, plan->total - 1);
  return FALSE;
}

gboolean
dlm_frame_plan_init (DlmFramePlan *plan,
                     DlmTopic     *topic,
                     double        fps,
                     double        duration,
                     gint64        first,
                     gint64        last,
                     GError      **error)
{
  DlmAnimation animation;

  g_return_val_if_fail (plan != NULL, FALSE);
  g_return_val_if_fail (DLM_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!dlm_topic_get_animation (topic, &animation))
    return set_no_animation_error (topic, error);
  if (fps <= 0)
    fps = DLM_ANIMATION_DEFAULT_FPS;
  else if (!check_number ("--fps", fps, DLM_ANIMATION_MIN_FPS, DLM_ANIMATION_MAX_FPS,
                          _("a number from 1 to 60"), error))
    return FALSE;
  if (duration <= 0)
    duration = animation.seconds;
  else if (!check_number ("--duration", duration, DLM_ANIMATION_MIN_DURATION,
                          DLM_ANIMATION_MAX_DURATION, _("a number of seconds from 0.1 to 600"), error))
    return FALSE;

  *plan = (DlmFramePlan) { animation, fps, duration };
  plan->total = CLAMP (round (duration * fps), 2, DLM_ANIMATION_MAX_FRAMES);
  return set_frames (plan, first, last, error);
}

double
dlm_frame_plan_value (const DlmFramePlan *plan,
                      guint               k)
{
  const DlmAnimation *a;

  g_return_val_if_fail (plan != NULL && plan->total >= 2, 0);
  g_return_val_if_fail (k < plan->total, plan->animation.end);

  a = &plan->animation;
  if (k == plan->total - 1)
    return a->end;
  /* whole steps in integers: no rounding can drop a step */
  if (a->discrete)
    return (double) (((guint64) a->end * k) / (plan->total - 1));
  return a->end * k / (plan->total - 1);
}

char *
dlm_frame_plan_assignment (const DlmFramePlan *plan,
                           guint               k)
{
  g_autofree char *text = NULL;

  g_return_val_if_fail (plan != NULL && plan->animation.param != NULL, NULL);

  /* the shortest text that reads back as the same double */
  text = dlm_format_number_shortest (dlm_frame_plan_value (plan, k));
  return g_strdup_printf ("%s=%s", plan->animation.param, text);
}

/* ---- rendering ------------------------------------------------------------ */

void
dlm_frame_plan_render (const DlmFramePlan *plan,
                       DlmTopic           *topic,
                       guint               k,
                       cairo_t            *cr,
                       const DlmTheme     *theme,
                       double              width,
                       double              height)
{
  g_autofree char *assignment = NULL;
  const char *assignments[2] = { NULL, NULL };
  g_autoptr(GError) error = NULL;

  g_return_if_fail (plan != NULL && k < plan->total);
  g_return_if_fail (DLM_IS_TOPIC (topic));

  assignment = dlm_frame_plan_assignment (plan, k);
  assignments[0] = assignment;
  /* a value of the animation's own range: refused only by a broken topic */
  if (!dlm_topic_apply (topic, assignments, &error))
    g_critical ("frame %u: %s", k, error->message);
  dlm_topic_render (topic, cr, theme, width, height);
}

typedef struct {
  DlmTopic           *topic;
  const DlmFramePlan *plan;
  const DlmTheme     *theme;
  int                 width;
  int                 height;
} Frames;

static void
draw_frame (cairo_t  *cr,
            guint     index,
            gpointer  data)
{
  Frames *frames = data;

  dlm_frame_plan_render (frames->plan, frames->topic, frames->plan->first + index, cr,
                         frames->theme, frames->width, frames->height);
}

gboolean
dlm_topic_export_animation (DlmTopic           *topic,
                            const char         *path,
                            const DlmVideoSpec *spec,
                            const DlmTheme     *theme,
                            const DlmFramePlan *plan,
                            DlmVideoProgress    progress,
                            gpointer            progress_data,
                            GCancellable       *cancellable,
                            GError            **error)
{
  Frames frames = { topic, plan, theme, 0, 0 };
  g_autofree char *saved = NULL;
  gboolean ok;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), FALSE);
  g_return_val_if_fail (path != NULL && spec != NULL && theme != NULL, FALSE);
  g_return_val_if_fail (plan != NULL && plan->animation.param != NULL, FALSE);
  g_return_val_if_fail (spec->n_frames == plan->n_frames && plan->first + plan->n_frames <= plan->total,
                        FALSE);

  frames.width = spec->width;
  frames.height = spec->height;
  saved = dlm_topic_get_param_text (topic, plan->animation.param);
  ok = dlm_video_write (path, spec, draw_frame, &frames, progress, progress_data, cancellable, error);
  /* the value it had a moment ago: always accepted */
  dlm_topic_set_param (topic, plan->animation.param, saved, NULL);
  return ok;
}

/* ---- a copy for another thread -------------------------------------------- */

DlmTopic *
dlm_topic_copy (DlmTopic *topic)
{
  g_autoptr(DlmTopic) copy = NULL;
  g_autoptr(GPtrArray) params = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) assignments = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), NULL);

  copy = dlm_topic_registry_new (dlm_topic_get_id (topic));
  g_return_val_if_fail (copy != NULL, NULL);
  dlm_topic_set_seed (copy, dlm_topic_get_seed (topic));
  params = dlm_topic_list_params (topic);
  for (guint i = 0; i < params->len; i++)
    {
      DlmParamInfo *info = g_ptr_array_index (params, i);
      g_autofree char *text = dlm_topic_get_param_text (topic, info->name);
      g_autofree char *assignment = g_strconcat (info->name, "=", text, NULL);

      g_strv_builder_add (builder, assignment);
    }
  assignments = g_strv_builder_end (builder);
  /* all at once: the topic's own values pass its checks together */
  if (!dlm_topic_apply (copy, (const char *const *) assignments, &error))
    g_critical ("%s: its own parameters were refused: %s", dlm_topic_get_id (topic), error->message);
  return g_steal_pointer (&copy);
}

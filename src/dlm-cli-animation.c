/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dlm-animation.h"
#include "dlm-cli-animation.h"
#include "dlm-error.h"
#include "dlm-export.h"
#include "dlm-parse.h"
#include "dlm-video.h"

/* --export FILE.gif | FILE.webm: the frames of the current view's
 * animation (see dlm-animation.h), each the still of its --set, encoded
 * by dlm_video_write(). */

gboolean
dlm_cli_is_animation (const DlmCliOptions *o)
{
  DlmVideoFormat format;

  g_return_val_if_fail (o != NULL, FALSE);
  return o->export_path != NULL && dlm_video_format_from_path (o->export_path, &format);
}

/* The first option of an animation that was given, or NULL. */
static const char *
animation_option (const DlmCliOptions *o)
{
  return o->fps != NULL ? "--fps" : o->duration != NULL ? "--duration" :
         o->frames != NULL ? "--frames" : o->once ? "--once" : NULL;
}

gboolean
dlm_cli_has_animation_options (const DlmCliOptions *o)
{
  g_return_val_if_fail (o != NULL, FALSE);
  return animation_option (o) != NULL;
}

/* A file that cannot be written to is refused before a frame is drawn. */
static gboolean
check_target (const char  *path,
              GError     **error)
{
  g_autofree char *target = dlm_export_resolve_target (path, error);

  if (target == NULL)
    g_prefix_error (error, "--export: ");
  return target != NULL;
}

gboolean
dlm_cli_check_animation_options (const DlmCliOptions  *o,
                                 GError              **error)
{
  const char *option = animation_option (o);
  DlmVideoFormat format = DLM_VIDEO_GIF;

  g_return_val_if_fail (o != NULL, FALSE);

  if (!dlm_cli_is_animation (o))
    {
      if (option == NULL)
        return TRUE;
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   /* Translators: %s is an option such as --fps */
                   _("%s: applies to an animation only; accepted with --export FILE.gif or "
                     "--export FILE.webm"), option);
      return FALSE;
    }
  dlm_video_format_from_path (o->export_path, &format);
  if (o->duration != NULL && o->frames != NULL)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("--frames: does not go with --duration; accepted: either --duration S (the "
                   "whole animation in S seconds) or --frames A:B (some of its frames)"));
  else if (o->once && format == DLM_VIDEO_WEBM)
    g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                 _("--once: applies to an animated GIF only (a WebM video plays once); "
                   "accepted with --export FILE.gif"));
  else
    return check_target (o->export_path, error);
  return FALSE;
}

/* ---- values ------------------------------------------------------------ */

static gboolean
check_size (const DlmCliOptions  *o,
            int                   width,
            int                   height,
            GError              **error)
{
  g_autofree char *given = NULL;

  if (width >= DLM_VIDEO_MIN_SIDE && width <= DLM_VIDEO_MAX_WIDTH &&
      height >= DLM_VIDEO_MIN_SIDE && height <= DLM_VIDEO_MAX_HEIGHT)
    return TRUE;
  given = dlm_quote_input (o->size);
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("--size: “%s” does not fit an animation; accepted: WIDTHxHEIGHT from %dx%d to "
                 "%dx%d pixels"), given, DLM_VIDEO_MIN_SIDE, DLM_VIDEO_MIN_SIDE,
               DLM_VIDEO_MAX_WIDTH, DLM_VIDEO_MAX_HEIGHT);
  return FALSE;
}

/* One side of A:B: empty (-1), or a frame index in decimal digits;
 * *huge when the digits are beyond any frame. */
static gboolean
parse_index (const char *text,
             gsize       len,
             gint64     *index,
             gboolean   *huge)
{
  g_autofree char *digits = g_strndup (text, len);
  guint64 value;

  *index = -1;
  if (len == 0)
    return TRUE;
  for (gsize i = 0; i < len; i++)
    if (!g_ascii_isdigit (text[i]))
      return FALSE;
  if (!g_ascii_string_to_unsigned (digits, 10, 0, G_MAXINT64, &value, NULL))
    *huge = TRUE;
  else
    *index = value;
  return TRUE;
}

static gboolean
parse_frames (const char  *text,
              guint        total,
              gint64      *first,
              gint64      *last,
              GError     **error)
{
  const char *colon = strchr (text, ':');
  gboolean huge = FALSE;
  g_autofree char *given = dlm_quote_input (text);

  if (colon != NULL && strchr (colon + 1, ':') == NULL &&
      parse_index (text, colon - text, first, &huge) &&
      parse_index (colon + 1, strlen (colon + 1), last, &huge))
    {
      if (!huge)
        return TRUE;
      g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                   /* Translators: “%s” is what was given; %u the last frame index */
                   _("--frames: “%s” is outside the animation; accepted: frames from 0 to %u as A:B"),
                   given, total - 1);
      return FALSE;
    }
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               /* Translators: “%s” is what was given; %u the last frame index */
               _("--frames: “%s” is not of the form A:B; accepted: frames A to B − 1 counted "
                 "from 0, up to %u (:B from the start, A: to the end), e.g. 0:30"),
               given, total - 1);
  return FALSE;
}

/* The plan of --fps, --duration and --frames; a view without an animation
 * is named before any value is looked at. */
static gboolean
make_plan (DlmTopic             *topic,
           const DlmCliOptions  *o,
           DlmFramePlan         *plan,
           GError              **error)
{
  double fps = 0, duration = 0;
  gint64 first = -1, last = -1;

  if (!dlm_frame_plan_init (plan, topic, 0, 0, -1, -1, error) ||
      (o->fps != NULL &&
       !dlm_parse_double_in ("--fps", o->fps, DLM_ANIMATION_MIN_FPS, DLM_ANIMATION_MAX_FPS,
                             _("a number from 1 to 60"), &fps, error)) ||
      (o->duration != NULL &&
       !dlm_parse_double_in ("--duration", o->duration, DLM_ANIMATION_MIN_DURATION,
                             DLM_ANIMATION_MAX_DURATION, _("a number of seconds from 0.1 to 600"),
                             &duration, error)) ||
      !dlm_frame_plan_init (plan, topic, fps, duration, -1, -1, error))
    return FALSE;
  if (o->frames == NULL)
    return TRUE;
  return parse_frames (o->frames, plan->total, &first, &last, error) &&
         dlm_frame_plan_init (plan, topic, fps, duration, first, last, error);
}

/* ---- the export ----------------------------------------------------------- */

int
dlm_cli_export_animation (DlmTopic             *topic,
                          const DlmCliOptions  *o,
                          int                   width,
                          int                   height,
                          DlmThemeKind          kind,
                          double                scale,
                          GError              **error)
{
  g_autofree char *target = NULL;
  DlmVideoSpec spec = { DLM_VIDEO_GIF, width, height };
  DlmFramePlan plan;
  DlmTheme theme;

  g_return_val_if_fail (DLM_IS_TOPIC (topic), DLM_CLI_BAD_INPUT);
  g_return_val_if_fail (dlm_cli_is_animation (o), DLM_CLI_BAD_INPUT);

  dlm_video_format_from_path (o->export_path, &spec.format);
  if (!check_size (o, width, height, error) || !make_plan (topic, o, &plan, error))
    return DLM_CLI_BAD_INPUT;
  if ((target = dlm_export_resolve_target (o->export_path, error)) == NULL)
    {
      g_prefix_error (error, "--export: ");
      return DLM_CLI_BAD_INPUT;
    }

  dlm_theme_init (&theme, kind, scale * dlm_theme_auto_scale (width, height));
  spec.fps = plan.fps;
  spec.n_frames = plan.n_frames;
  spec.loop = !o->once;
  if (dlm_topic_export_animation (topic, target, &spec, &theme, &plan, NULL, NULL, NULL, error))
    return DLM_CLI_OK;
  g_prefix_error (error, "--export: ");
  return g_error_matches (*error, DLM_ERROR, DLM_ERROR_INVALID) ? DLM_CLI_BAD_INPUT
                                                                : DLM_CLI_WRITE_ERROR;
}

void
dlm_cli_animation_options_clear (DlmCliOptions *o)
{
  g_return_if_fail (o != NULL);

  g_clear_pointer (&o->fps, g_free);
  g_clear_pointer (&o->duration, g_free);
  g_clear_pointer (&o->frames, g_free);
}

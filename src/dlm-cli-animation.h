/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dlm-cli.h"
#include "dlm-theme.h"
#include "dlm-topic.h"

G_BEGIN_DECLS

/* --export FILE.gif | FILE.webm: the current view's animation, with its
 * options --fps, --duration or --frames, and --once (a GIF that plays
 * once); --size, --theme and --scale shape the frames as they shape a
 * still. */
#define DLM_CLI_ANIMATION_OPTION_ENTRIES(o) \
  { "fps", 0, 0, G_OPTION_ARG_FILENAME, &(o)->fps, N_("Frames per second of an animation (--export FILE.gif or FILE.webm), 1 to 60 (default 30)"), N_("N") }, \
  { "duration", 0, 0, G_OPTION_ARG_FILENAME, &(o)->duration, N_("Length of an animation in seconds, 0.1 to 600 (default: as long as the window plays it)"), N_("S") }, \
  { "frames", 0, 0, G_OPTION_ARG_FILENAME, &(o)->frames, N_("Only frames A to B − 1 of an animation, counted from 0 (:B from the start, A: to the end); instead of --duration"), N_("A:B") }, \
  { "once", 0, 0, G_OPTION_ARG_NONE, &(o)->once, N_("An animated GIF that plays once (by default it loops)"), NULL }

/* Whether --export names an animation (a .gif or .webm file). */
gboolean  dlm_cli_is_animation             (const DlmCliOptions  *options);
/* Whether any option of an animation was given. */
gboolean  dlm_cli_has_animation_options    (const DlmCliOptions  *options);
/* Refuses --fps, --duration, --frames and --once without an animation to
 * apply to (or --once with a WebM video, --duration with --frames), and
 * an animation's target that cannot take a file (a folder, a device), as
 * stills are refused before anything is drawn. */
gboolean  dlm_cli_check_animation_options  (const DlmCliOptions  *options,
                                            GError              **error);
/* Writes @topic's animation to --export's file: DLM_CLI_OK, or the exit
 * status with @error set (DLM_CLI_BAD_INPUT for a bad value, a view with
 * no animation or a size an animation cannot have; DLM_CLI_WRITE_ERROR
 * when the file cannot be written, and then no file is left). */
int       dlm_cli_export_animation         (DlmTopic             *topic,
                                            const DlmCliOptions  *options,
                                            int                   width,
                                            int                   height,
                                            DlmThemeKind          theme,
                                            double                scale,
                                            GError              **error);
void      dlm_cli_animation_options_clear  (DlmCliOptions        *options);

G_END_DECLS

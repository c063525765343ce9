/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "dlm-theme.h"
#include "dlm-topic.h"
#include "dlm-video.h"

G_BEGIN_DECLS

#define DLM_TYPE_ANIMATION_DIALOG (dlm_animation_dialog_get_type ())

G_DECLARE_FINAL_TYPE (DlmAnimationDialog, dlm_animation_dialog, DLM, ANIMATION_DIALOG, AdwWindow)

/* Export of the current view's animation as an animated GIF or a WebM
 * video: frame rate, length (or a range of frames), size, theme and loop,
 * then where to save it. The frames are rendered from a copy of @topic on
 * a worker thread while the dialog shows the progress and can cancel; the
 * outcome is a toast in @toasts or an error message. @topic must animate
 * (dlm_topic_get_animation()). */
GtkWidget *dlm_animation_dialog_new (GtkWindow       *parent,
                                     AdwToastOverlay *toasts,
                                     DlmTopic        *topic,
                                     DlmVideoFormat   format,
                                     int              view_width,
                                     int              view_height,
                                     DlmThemeKind     view_theme);

G_END_DECLS

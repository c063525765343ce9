/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-video"

#include "config.h"

#include <gmodule.h>

#include "dlm-video-job.h"
#include "dlm-video-private.h"

/* See DlmVideoEncodeFunc in dlm-video-private.h. */
G_MODULE_EXPORT gboolean
dlm_video_module_encode (int                  fd,
                         const char          *shown,
                         const DlmVideoSpec  *spec,
                         DlmFrameFunc         frame,
                         gpointer             frame_data,
                         DlmVideoProgress     progress,
                         gpointer             progress_data,
                         GCancellable        *cancellable,
                         GError             **error)
{
  DlmVideoJob job = {
    .fd = fd, .shown = shown, .spec = spec,
    .frame = frame, .frame_data = frame_data,
    .progress = progress, .progress_data = progress_data,
    .cancellable = cancellable, .percent = -1,
  };
  gboolean (*encode) (DlmVideoJob *, GError **) =
    spec->format == DLM_VIDEO_GIF ? dlm_gif_write : dlm_webm_write;

  if (!encode (&job, error))
    return FALSE;
  if (progress != NULL && job.percent < 100)
    progress (1.0, progress_data);
  return TRUE;
}

/* The encoders' libraries (GStreamer's types, libvpx) cannot be unloaded. */
G_MODULE_EXPORT const char *
g_module_check_init (GModule *module)
{
  g_module_make_resident (module);
  return NULL;
}

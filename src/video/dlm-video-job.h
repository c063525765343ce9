/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

#include "dlm-video.h"

G_BEGIN_DECLS

/* One file being encoded: where to, the frames, and how far it is. */
typedef struct {
  int                 fd;
  const char         *shown;       /* the file's name, quoted for messages */
  const DlmVideoSpec *spec;
  DlmFrameFunc        frame;
  gpointer            frame_data;
  DlmVideoProgress    progress;
  gpointer            progress_data;
  GCancellable       *cancellable;
  guint               steps;       /* of the whole encoding */
  guint               done;
  int                 percent;     /* last reported */
} DlmVideoJob;

gboolean dlm_video_job_draw  (DlmVideoJob      *job,
                              cairo_surface_t  *surface,
                              guint             index,
                              GError          **error);
gboolean dlm_video_job_step  (DlmVideoJob      *job,
                              GError          **error);
void     dlm_video_job_fail  (DlmVideoJob      *job,
                              GError          **error,
                              const char       *format,
                              ...) G_GNUC_PRINTF (3, 4);
gboolean dlm_video_job_write (DlmVideoJob      *job,
                              const guint8     *data,
                              gsize             len,
                              GError          **error);

gboolean dlm_gif_write       (DlmVideoJob      *job,
                              GError          **error);
gboolean dlm_webm_write      (DlmVideoJob      *job,
                              GError          **error);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "dlm-video.h"

G_BEGIN_DECLS

/* The entry point of the dlmath-video module (src/video), which
 * dlm_video_write() loads on first use. It writes the frames to @fd (an
 * empty, seekable file open for writing, left open) and names the file
 * as @shown in its messages (the path as dlm_quote_path() quotes it).
 * Errors: G_IO_ERROR_CANCELLED when @cancellable is cancelled, else
 * G_IO_ERROR_FAILED with a message for the user. The spec has been
 * checked. */
#define DLM_VIDEO_ENCODE_SYMBOL "dlm_video_module_encode"

typedef gboolean (*DlmVideoEncodeFunc) (int                  fd,
                                        const char          *shown,
                                        const DlmVideoSpec  *spec,
                                        DlmFrameFunc         frame,
                                        gpointer             frame_data,
                                        DlmVideoProgress     progress,
                                        gpointer             progress_data,
                                        GCancellable        *cancellable,
                                        GError             **error);

G_END_DECLS

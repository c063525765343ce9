/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <gio/gio.h>

G_BEGIN_DECLS

/* Animations out: a sequence of drawn frames encoded as an animated GIF
 * (libimagequant + giflib: one palette shared by every frame where it
 * fits, unchanged regions not encoded again) or a WebM video (VP8 through
 * GStreamer). The encoders live in a module (dlmath-video) loaded on the
 * first call, so exports of still images never load them. */

typedef enum {
  DLM_VIDEO_GIF,
  DLM_VIDEO_WEBM,
} DlmVideoFormat;

/* What dlm_video_write() accepts; a caller checks user input against
 * these first (odd sizes are fine: VP8 codes them, the chroma planes
 * round up). */
#define DLM_VIDEO_MIN_SIDE    16
#define DLM_VIDEO_MAX_WIDTH   3840
#define DLM_VIDEO_MAX_HEIGHT  2160
#define DLM_VIDEO_MIN_FPS     1.0
#define DLM_VIDEO_MAX_FPS     60.0

/* A GIF's frame delays are whole centiseconds: they are rounded so that
 * the total duration stays n_frames / fps, which above 50 fps gives some
 * frames 1 cs, and browsers play a delay under 2 cs as 10 cs. A GIF is
 * best at 50 fps or less (25 or 20 divide evenly). */

typedef struct {
  DlmVideoFormat format;
  int            width;      /* pixels, 16 to 3840 */
  int            height;     /* pixels, 16 to 2160 */
  double         fps;        /* frames per second, 1 to 60 */
  guint          n_frames;   /* at least 1 */
  gboolean       loop;       /* GIF: play again and again, else once */
} DlmVideoSpec;

/* Draws frame @index (0 ≤ @index < n_frames) into @cr, an ARGB32 image
 * surface of the spec's size, painted white (GIF and VP8 have no partial
 * transparency: what the frame leaves translucent shows over white).
 * Called on the encoding thread, in order; a GIF asks for some frames
 * twice (a first pass over at most 30 frames builds the shared palette),
 * so the same index must draw the same picture. */
typedef void (*DlmFrameFunc) (cairo_t  *cr,
                              guint     index,
                              gpointer  data);

/* How far the encoding is, 0 to 1, about 100 times per file (the last
 * call gives 1); called on the encoding thread. */
typedef void (*DlmVideoProgress) (double   fraction,
                                  gpointer data);

/* Writes the frames to @path (already resolved, see
 * dlm_export_resolve_target()) through a temporary file in the same
 * directory that replaces @path only when everything is written: on an
 * error or when @cancellable is cancelled (G_IO_ERROR_CANCELLED) no file is
 * left, and a fatal signal meanwhile removes the temporary file too
 * (dlm_export_install_signal_cleanup()). Errors name the file
 * (DLM_ERROR_WRITE, or DLM_ERROR_INVALID for a target that cannot be
 * replaced); they include the encoders' module not loading. Memory stays
 * bounded (a few frames) whatever n_frames is. The spec must be within the
 * limits above (checked with g_return_val_if_fail: validate user input
 * first). */
gboolean dlm_video_write (const char          *path,
                          const DlmVideoSpec  *spec,
                          DlmFrameFunc         frame,
                          gpointer             frame_data,
                          DlmVideoProgress     progress,
                          gpointer             progress_data,
                          GCancellable        *cancellable,
                          GError             **error);

/* Whether @path names a GIF or WebM file, by its extension (any case). */
gboolean dlm_video_format_from_path (const char     *path,
                                     DlmVideoFormat *format);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-video"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>
#include <gif_lib.h>
#include <libimagequant.h>

#include "dlm-video-job.h"

/* An animated GIF with one palette for all frames: a first pass draws up
 * to HISTOGRAM_FRAMES frames, spread evenly, into one libimagequant
 * histogram, which is quantized once to 255 colours (the 256th index is
 * transparent). The second pass draws every frame again and codes only
 * the rectangle around the pixels that changed since the frame before;
 * inside it, pixels that did not change are transparent, so the viewer
 * keeps showing them (disposal "do not dispose"). A slide that changes a
 * label costs that label's rectangle, not the whole frame.
 *
 * Change is judged on the drawn pixels, not on their palette indices:
 * dithering can pick other indices for the same colours when another
 * part of the frame changed, and those would count as change (and
 * flicker).
 *
 * In the second pass, frames are drawn on a thread of their own, up to
 * one frame ahead of the encoder, so drawing (about 4 ms at 1280×720)
 * and encoding (7–10 ms) overlap: three frames are kept, the one being
 * encoded, the one before it, and the next. */

/* 30 frames spread over the animation find every colour a plot has (its
 * figure changes by lines and labels, not by palette); 60 cost 1 ms more
 * per frame at 1280×720 for the same palette. */
#define HISTOGRAM_FRAMES 30
/* Moderate dithering: a gradient gets no bands, and the error spread
 * into antialiased text and lines stays too small to show (checked by
 * looking at frames of the law of large numbers, legend text enlarged).
 * Speed 8 leaves out libimagequant's edge and noise maps and its k-means
 * refinement: at 1280×720 it takes the encoding from about 30 to 10 ms
 * per frame (bench-video), and plots, flat colours and antialiasing, look
 * the same. */
#define DITHERING        0.6
#define QUANT_SPEED      8
#define OUT_CHUNK        65536

typedef struct {
  int x, y, width, height;
} Box;

#define SLOTS 3

typedef struct {
  DlmVideoJob     *job;
  int              width;
  int              height;
  cairo_surface_t *frames[SLOTS]; /* frame k in frames[k % SLOTS], as drawn */
  GThread         *drawer;
  GMutex           lock;        /* guards the four below */
  GCond            changed;
  guint            drawn;       /* frames 0 .. drawn − 1 are drawn */
  guint            encoded;     /* frames 0 .. encoded − 1 are encoded */
  gboolean         stop;        /* the encoder has given up */
  GError          *draw_error;
  guint8          *rgba;       /* the changed rectangle of this frame as RGBA */
  void           **rows;       /* libimagequant's row pointers into it */
  guint8          *indices;    /* the changed rectangle, remapped */
  guint8          *shown;      /* the index a viewer sees at each pixel */
  liq_attr        *attr;
  liq_result      *result;
  liq_palette      palette;    /* the palette as quantized, before any remap */
  int              transparent;
  GifFileType     *gif;
  GByteArray      *out;        /* giflib's output, written in OUT_CHUNK pieces */
  GError          *write_error;
} GifWriter;

/* Cairo's ARGB32 is premultiplied, in native byte order; libimagequant
 * reads R, G, B, A bytes. Frames are opaque, but what one leaves
 * translucent is shown over white, as dlm_video_job_draw() paints it.
 * Only @box is converted (into w->rgba, at the same place): frames are
 * compared as drawn, and what did not change needs no colours. */
static void
to_rgba (GifWriter       *w,
         cairo_surface_t *surface,
         const Box       *box)
{
  const guint8 *data = cairo_image_surface_get_data (surface);
  int stride = cairo_image_surface_get_stride (surface);

  for (int y = box->y; y < box->y + box->height; y++)
    {
      const guint32 *px = (const guint32 *) (data + (gsize) y * stride) + box->x;
      guint8 *out = w->rgba + (gsize) y * w->width * 4 + (gsize) box->x * 4;

      w->rows[y - box->y] = out;
      for (int x = 0; x < box->width; x++, out += 4)
        {
          guint32 p = px[x];
          guint white = 255 - (p >> 24);

          out[0] = ((p >> 16) & 0xff) + white;
          out[1] = ((p >> 8) & 0xff) + white;
          out[2] = (p & 0xff) + white;
          out[3] = 255;
        }
    }
}

/* @box of @surface for libimagequant. */
static liq_image *
image_of (GifWriter       *w,
          cairo_surface_t *surface,
          const Box       *box)
{
  to_rgba (w, surface, box);
  return liq_image_create_rgba_rows (w->attr, w->rows, box->width, box->height, 0);
}

static void
fail_quantizing (GifWriter  *w,
                 liq_error   status,
                 GError    **error)
{
  dlm_video_job_fail (w->job, error,
                      _("the frames’ colours could not be reduced to a palette (libimagequant error %d)"),
                      (int) status);
}

/* The first pass: the histogram of up to HISTOGRAM_FRAMES frames, and
 * the palette quantized from it. */
static gboolean
build_palette (GifWriter  *w,
               guint       n_samples,
               GError    **error)
{
  guint n = w->job->spec->n_frames;
  Box all = { 0, 0, w->width, w->height };
  liq_histogram *histogram = liq_histogram_create (w->attr);
  liq_error status = LIQ_OK;

  for (guint i = 0; i < n_samples && status == LIQ_OK; i++)
    {
      guint index = n_samples > 1 ? (guint) ((guint64) i * (n - 1) / (n_samples - 1)) : 0;
      liq_image *image;

      if (!dlm_video_job_draw (w->job, w->frames[0], index, error))
        {
          liq_histogram_destroy (histogram);
          return FALSE;
        }
      image = image_of (w, w->frames[0], &all);
      status = liq_histogram_add_image (histogram, w->attr, image);
      liq_image_destroy (image);
      if (status == LIQ_OK && !dlm_video_job_step (w->job, error))
        {
          liq_histogram_destroy (histogram);
          return FALSE;
        }
    }
  if (status == LIQ_OK)
    status = liq_histogram_quantize (histogram, w->attr, &w->result);
  liq_histogram_destroy (histogram);
  if (status != LIQ_OK)
    {
      fail_quantizing (w, status, error);
      return FALSE;
    }
  liq_set_dithering_level (w->result, DITHERING);
  /* a remap refines its own copy of the palette; the file has this one */
  w->palette = *liq_get_palette (w->result);
  w->transparent = w->palette.count;
  return TRUE;
}

/* ---- the GIF stream ----------------------------------------------------- */

static gboolean
flush_out (GifWriter *w)
{
  if (w->write_error == NULL && w->out->len > 0)
    dlm_video_job_write (w->job, w->out->data, w->out->len, &w->write_error);
  g_byte_array_set_size (w->out, 0);
  return w->write_error == NULL;
}

static int
gif_output (GifFileType     *gif,
            const GifByteType *bytes,
            int              len)
{
  GifWriter *w = gif->UserData;

  g_byte_array_append (w->out, bytes, len);
  if (w->out->len >= OUT_CHUNK && !flush_out (w))
    return 0;
  return len;
}

static gboolean
check_gif (GifWriter  *w,
           int         status,
           GError    **error)
{
  if (status == GIF_OK)
    return TRUE;
  if (w->write_error != NULL)
    g_propagate_error (error, g_steal_pointer (&w->write_error));
  else
    dlm_video_job_fail (w->job, error, _("the GIF encoder failed (%s)"),
                        GifErrorString (w->gif->Error));
  return FALSE;
}

/* NETSCAPE2.0: play the frames again and again (a count of 0). */
static int
put_loop (GifFileType *gif)
{
  static const GifByteType application[] = "NETSCAPE2.0";
  static const GifByteType forever[] = { 1, 0, 0 };

  if (EGifPutExtensionLeader (gif, APPLICATION_EXT_FUNC_CODE) == GIF_ERROR ||
      EGifPutExtensionBlock (gif, 11, application) == GIF_ERROR ||
      EGifPutExtensionBlock (gif, sizeof forever, forever) == GIF_ERROR)
    return GIF_ERROR;
  return EGifPutExtensionTrailer (gif);
}

/* The header, the global palette (its size a power of two, with room
 * for the transparent index) and the loop. */
static gboolean
put_header (GifWriter  *w,
            GError    **error)
{
  int bits = GifBitSize (w->palette.count + 1);
  ColorMapObject *map = GifMakeMapObject (1 << bits, NULL);
  int status;

  for (guint i = 0; i < w->palette.count; i++)
    map->Colors[i] = (GifColorType) { w->palette.entries[i].r, w->palette.entries[i].g,
                                      w->palette.entries[i].b };
  EGifSetGifVersion (w->gif, true);
  status = EGifPutScreenDesc (w->gif, w->width, w->height, bits, 0, map);
  GifFreeMapObject (map);
  if (status == GIF_OK && w->job->spec->loop)
    status = put_loop (w->gif);
  return check_gif (w, status, error);
}

/* Frame @k's delay in centiseconds, GIF's unit: the exact end times
 * rounded, so the delays add up to the right duration (30 fps: 3, 4, 3,
 * 3, 4, 3 …). */
static int
frame_delay (double fps,
             guint  k)
{
  return (int) (llround (100.0 * (k + 1) / fps) - llround (100.0 * k / fps));
}

/* One frame: the graphic control extension (delay, transparency, keep
 * what is under it), then the rectangle @box of indices with @stride. */
static gboolean
put_frame (GifWriter     *w,
           guint          k,
           const Box     *box,
           const guint8  *pixels,
           int            stride,
           GError       **error)
{
  GraphicsControlBlock control = {
    .DisposalMode = DISPOSE_DO_NOT,
    .UserInputFlag = false,
    .DelayTime = frame_delay (w->job->spec->fps, k),
    .TransparentColor = w->transparent,
  };
  GifByteType extension[4];
  int len = EGifGCBToExtension (&control, extension);
  int status = EGifPutExtension (w->gif, GRAPHICS_EXT_FUNC_CODE, len, extension);

  if (status == GIF_OK)
    status = EGifPutImageDesc (w->gif, box->x, box->y, box->width, box->height, false, NULL);
  for (int i = 0; i < box->height && status == GIF_OK; i++)
    status = EGifPutLine (w->gif, (GifPixelType *) pixels + (gsize) i * stride, box->width);
  return check_gif (w, status, error);
}

/* ---- the frames --------------------------------------------------------- */

static cairo_surface_t *
frame_of (GifWriter *w,
          guint      k)
{
  return w->frames[k % SLOTS];
}

/* The drawing thread: frame j goes where frame j − 3 was, so it waits
 * until the encoder is done with that one, i.e. has encoded frame j − 2
 * (whose "before" it was). */
static gpointer
draw_frames (gpointer data)
{
  GifWriter *w = data;

  for (guint j = 0; j < w->job->spec->n_frames; j++)
    {
      GError *error = NULL;
      gboolean ok;

      g_mutex_lock (&w->lock);
      while (!w->stop && j > w->encoded + 1)
        g_cond_wait (&w->changed, &w->lock);
      ok = !w->stop;
      g_mutex_unlock (&w->lock);
      if (!ok)
        break;

      ok = dlm_video_job_draw (w->job, frame_of (w, j), j, &error);
      g_mutex_lock (&w->lock);
      if (ok)
        w->drawn = j + 1;
      else
        w->draw_error = error;
      g_cond_broadcast (&w->changed);
      g_mutex_unlock (&w->lock);
      if (!ok)
        break;
    }
  return NULL;
}

/* Waits until frame @k is drawn; FALSE with the drawer's error. */
static gboolean
wait_for_frame (GifWriter  *w,
                guint       k,
                GError    **error)
{
  gboolean ok;

  g_mutex_lock (&w->lock);
  while (w->drawn <= k && w->draw_error == NULL)
    g_cond_wait (&w->changed, &w->lock);
  ok = w->drawn > k;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&w->draw_error));
  g_mutex_unlock (&w->lock);
  return ok;
}

static void
frame_encoded (GifWriter *w,
               guint      k)
{
  g_mutex_lock (&w->lock);
  w->encoded = k + 1;
  g_cond_broadcast (&w->changed);
  g_mutex_unlock (&w->lock);
}

/* Stops the drawing thread, if any, and waits for it. */
static void
stop_drawing (GifWriter *w)
{
  if (w->drawer == NULL)
    return;
  g_mutex_lock (&w->lock);
  w->stop = TRUE;
  g_cond_broadcast (&w->changed);
  g_mutex_unlock (&w->lock);
  g_clear_pointer (&w->drawer, g_thread_join);
}

/* The rectangle around the pixels of @now that differ from @before;
 * FALSE when none does. */
static gboolean
changed_box (cairo_surface_t *now,
             cairo_surface_t *before,
             Box             *box)
{
  const guint8 *a = cairo_image_surface_get_data (now);
  const guint8 *b = cairo_image_surface_get_data (before);
  int stride = cairo_image_surface_get_stride (now);
  int width = cairo_image_surface_get_width (now);
  int height = cairo_image_surface_get_height (now);
  int x0 = width, x1 = -1, y0 = -1, y1 = -1;

  for (int y = 0; y < height; y++)
    {
      const guint32 *p = (const guint32 *) (a + (gsize) y * stride);
      const guint32 *q = (const guint32 *) (b + (gsize) y * stride);
      int x;

      if (memcmp (p, q, (gsize) width * 4) == 0)
        continue;
      if (y0 < 0)
        y0 = y;
      y1 = y;
      for (x = 0; x < x0 && p[x] == q[x]; x++)
        ;
      x0 = x;
      for (x = width - 1; x > x1 && p[x] == q[x]; x--)
        ;
      x1 = x;
    }
  *box = (Box) { x0, y0, x1 - x0 + 1, y1 - y0 + 1 };
  return y0 >= 0;
}

/* Within @box, keeps the remapped index only where the pixel changed
 * and shows another index than before; the rest becomes transparent.
 * Narrows @box to what is left; FALSE when nothing is. */
static gboolean
mask_unchanged (GifWriter *w,
                guint      k,
                Box       *box)
{
  const guint8 *now = cairo_image_surface_get_data (frame_of (w, k));
  const guint8 *before = cairo_image_surface_get_data (frame_of (w, k - 1));
  int stride = cairo_image_surface_get_stride (w->frames[0]);
  int x0 = G_MAXINT, x1 = -1, y0 = -1, y1 = -1;

  for (int i = 0; i < box->height; i++)
    {
      gsize offset = (gsize) (box->y + i) * stride + (gsize) box->x * 4;
      const guint32 *p = (const guint32 *) (now + offset);
      const guint32 *q = (const guint32 *) (before + offset);
      guint8 *out = w->indices + (gsize) i * box->width;
      guint8 *shown = w->shown + (gsize) (box->y + i) * w->width + box->x;

      for (int j = 0; j < box->width; j++)
        {
          if (p[j] == q[j] || out[j] == shown[j])
            {
              out[j] = w->transparent;
              continue;
            }
          shown[j] = out[j];
          x0 = MIN (x0, j), x1 = MAX (x1, j);
          y1 = i;
          if (y0 < 0)
            y0 = i;
        }
    }
  if (y0 < 0)
    return FALSE;
  *box = (Box) { box->x + x0, box->y + y0, x1 - x0 + 1, y1 - y0 + 1 };
  return TRUE;
}

static gboolean
remap (GifWriter  *w,
       guint       k,
       const Box  *box,
       GError    **error)
{
  liq_image *image = image_of (w, frame_of (w, k), box);
  liq_error status = liq_write_remapped_image (w->result, image, w->indices,
                                               (gsize) box->width * box->height);

  liq_image_destroy (image);
  if (status != LIQ_OK)
    fail_quantizing (w, status, error);
  return status == LIQ_OK;
}

/* Frame @k, once drawn: compared with frame k − 1, and its changes
 * coded; a frame with no change is one transparent pixel, so it still
 * takes its time. */
static gboolean
encode_frame (GifWriter  *w,
              guint       k,
              GError    **error)
{
  Box box = { 0, 0, w->width, w->height };
  Box inner;
  int first;

  if (!wait_for_frame (w, k, error))
    return FALSE;
  if (k == 0)
    {
      if (!remap (w, 0, &box, error))
        return FALSE;
      memcpy (w->shown, w->indices, (gsize) w->width * w->height);
      return put_frame (w, 0, &box, w->indices, w->width, error);
    }
  if (changed_box (frame_of (w, k), frame_of (w, k - 1), &box))
    {
      if (!remap (w, k, &box, error))
        return FALSE;
      inner = box;
      if (mask_unchanged (w, k, &inner))
        {
          first = (inner.y - box.y) * box.width + (inner.x - box.x);
          return put_frame (w, k, &inner, w->indices + first, box.width, error);
        }
    }
  w->indices[0] = w->transparent;
  return put_frame (w, k, &(Box) { 0, 0, 1, 1 }, w->indices, 1, error);
}

static gboolean
write_gif (GifWriter  *w,
           GError    **error)
{
  guint n = w->job->spec->n_frames;
  guint n_samples = MIN (n, HISTOGRAM_FRAMES);
  int status = GIF_OK;

  w->job->steps = n_samples + n;
  if (!build_palette (w, n_samples, error))
    return FALSE;

  w->gif = EGifOpen (w, gif_output, &status);
  if (w->gif == NULL)
    {
      dlm_video_job_fail (w->job, error, _("the GIF encoder failed (%s)"),
                          GifErrorString (status));
      return FALSE;
    }
  if (!put_header (w, error))
    return FALSE;
  w->drawer = g_thread_new ("dlm-gif-frames", draw_frames, w);
  for (guint k = 0; k < n; k++)
    {
      if (!encode_frame (w, k, error) || !dlm_video_job_step (w->job, error))
        return FALSE;
      frame_encoded (w, k);
    }
  stop_drawing (w);

  if (EGifCloseFile (g_steal_pointer (&w->gif), &status) == GIF_ERROR || !flush_out (w))
    {
      if (w->write_error != NULL)
        g_propagate_error (error, g_steal_pointer (&w->write_error));
      else
        dlm_video_job_fail (w->job, error, _("the GIF encoder failed (%s)"),
                            GifErrorString (status));
      return FALSE;
    }
  return TRUE;
}

static void
gif_writer_clear (GifWriter *w)
{
  stop_drawing (w);
  g_clear_error (&w->draw_error);
  g_mutex_clear (&w->lock);
  g_cond_clear (&w->changed);
  if (w->gif != NULL)
    EGifCloseFile (w->gif, NULL);
  for (int i = 0; i < SLOTS; i++)
    g_clear_pointer (&w->frames[i], cairo_surface_destroy);
  g_clear_pointer (&w->result, liq_result_destroy);
  g_clear_pointer (&w->attr, liq_attr_destroy);
  g_clear_pointer (&w->out, g_byte_array_unref);
  g_clear_error (&w->write_error);
  g_free (w->rows);
  g_free (w->rgba);
  g_free (w->indices);
  g_free (w->shown);
}

gboolean
dlm_gif_write (DlmVideoJob  *job,
               GError      **error)
{
  const DlmVideoSpec *spec = job->spec;
  gsize pixels = (gsize) spec->width * spec->height;
  GifWriter w = {
    .job = job, .width = spec->width, .height = spec->height,
    .rows = g_new (void *, spec->height),
    .indices = g_malloc (pixels), .shown = g_malloc (pixels), .rgba = g_malloc (pixels * 4),
    .attr = liq_attr_create (), .out = g_byte_array_sized_new (OUT_CHUNK + 256),
  };
  gboolean ok;

  g_mutex_init (&w.lock);
  g_cond_init (&w.changed);
  for (int i = 0; i < SLOTS; i++)
    w.frames[i] = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, spec->width, spec->height);
  liq_set_max_colors (w.attr, 255);
  liq_set_speed (w.attr, QUANT_SPEED);
  ok = write_gif (&w, error);
  gif_writer_clear (&w);
  return ok;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-video"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>
#include <gst/gst.h>
#include <gst/app/gstappsrc.h>

#include "dlm-video-job.h"

/* A WebM video through GStreamer:
 *   appsrc ! videoconvert ! vp8enc ! webmmux ! fdsink
 * Frames are drawn straight into the buffers pushed (cairo's ARGB32 is
 * BGRx in memory on a little-endian machine), from the calling thread;
 * the encoder runs on GStreamer's threads meanwhile. At most QUEUED_FRAMES
 * wait in appsrc: the pusher waits for room, so memory stays bounded
 * however long the video. The sink writes to the descriptor of the
 * temporary file (seekable: webmmux goes back to write the duration and
 * the cues). */

#define QUEUED_FRAMES  3
#define KEYFRAME_SECONDS 2.0

typedef struct {
  DlmVideoJob *job;
  GstElement  *pipeline;
  GstAppSrc   *source;
  gsize        frame_bytes;
  gint         fps_n;
  gint         fps_d;
  GMutex       lock;
  GCond        room;       /* signalled when appsrc wants data or on an error */
  gboolean     failed;     /* an ERROR message was posted */
} WebmWriter;

static GstElement *
make_element (WebmWriter  *w,
              const char  *factory,
              GError     **error)
{
  GstElement *element = gst_element_factory_make (factory, NULL);

  if (element == NULL)
    dlm_video_job_fail (w->job, error,
                        _("the GStreamer element “%s” is missing (install gstreamer1.0-plugins-base "
                          "and gstreamer1.0-plugins-good)"), factory);
  else
    gst_bin_add (GST_BIN (w->pipeline), element);
  return element;
}

/* VP8 at a constant quality, cq-level 20 of 0–63: text and lines stay
 * sharp, and the law of large numbers at 1280×720 takes 1.0 MB for 10 s
 * (cq-level 10: 1.27 MB; 30: 0.89 MB; the small changes between frames,
 * text that changes, cost about 3 kB a frame). The bit rate is only a
 * ceiling, 0.25 bit per pixel per frame. libvpx's "good" mode with a
 * deadline (1 s per frame, never reached) and cpu-used 8 gives the same
 * file every time, unlike the real-time mode (deadline 1), whose speed
 * and size follow the machine's load; it costs 3–5 ms per frame at
 * 1280×720. One thread: libvpx's threads spin while they wait, which on
 * a 2-core machine took the CPU that drawing the frames needs (64 ms per
 * frame with 2 threads, 8 with 1). No look-ahead (lag-in-frames 0):
 * frames do not pile up in the encoder. */
static void
configure_encoder (WebmWriter *w,
                   GstElement *encoder)
{
  const DlmVideoSpec *spec = w->job->spec;
  double bits = 0.25 * spec->width * spec->height * spec->fps;

  gst_util_set_object_arg (G_OBJECT (encoder), "end-usage", "cq");
  g_object_set (encoder,
                "cq-level", 20,
                "target-bitrate", (int) MIN (bits, (double) G_MAXINT),
                "deadline", (gint64) G_USEC_PER_SEC,
                "cpu-used", 8,
                "threads", 1,
                "lag-in-frames", 0,
                "keyframe-max-dist", (int) MAX (1, lround (KEYFRAME_SECONDS * spec->fps)),
                NULL);
}

static void
configure_source (WebmWriter *w)
{
  const DlmVideoSpec *spec = w->job->spec;
  g_autoptr(GstCaps) caps = NULL;

  gst_util_double_to_fraction (spec->fps, &w->fps_n, &w->fps_d);
  caps = gst_caps_new_simple ("video/x-raw",
                              "format", G_TYPE_STRING,
                              G_BYTE_ORDER == G_LITTLE_ENDIAN ? "BGRx" : "xRGB",
                              "width", G_TYPE_INT, spec->width,
                              "height", G_TYPE_INT, spec->height,
                              "framerate", GST_TYPE_FRACTION, w->fps_n, w->fps_d,
                              NULL);
  g_object_set (w->source,
                "caps", caps,
                "format", GST_FORMAT_TIME,
                "stream-type", GST_APP_STREAM_TYPE_STREAM,
                "max-bytes", (guint64) (QUEUED_FRAMES * w->frame_bytes),
                "block", FALSE,
                NULL);
}

static gboolean
build_pipeline (WebmWriter  *w,
                GError     **error)
{
  static const char *const factories[] = { "appsrc", "videoconvert", "vp8enc", "webmmux", "fdsink" };
  GstElement *elements[G_N_ELEMENTS (factories)];

  w->pipeline = gst_pipeline_new ("dlmath-webm");
  for (guint i = 0; i < G_N_ELEMENTS (factories); i++)
    if ((elements[i] = make_element (w, factories[i], error)) == NULL)
      return FALSE;

  w->source = GST_APP_SRC (elements[0]);
  configure_source (w);
  configure_encoder (w, elements[2]);
  g_object_set (elements[4], "fd", w->job->fd, NULL);
  for (guint i = 0; i + 1 < G_N_ELEMENTS (elements); i++)
    if (!gst_element_link (elements[i], elements[i + 1]))
      {
        dlm_video_job_fail (w->job, error, _("the GStreamer elements “%s” and “%s” do not fit together"),
                            factories[i], factories[i + 1]);
        return FALSE;
      }
  return TRUE;
}

/* ---- back-pressure and errors ------------------------------------------- */

static void
wake_pusher (WebmWriter *w,
             gboolean    failed)
{
  g_mutex_lock (&w->lock);
  w->failed |= failed;
  g_cond_signal (&w->room);
  g_mutex_unlock (&w->lock);
}

static void
on_need_data (GstAppSrc *source,
              guint      length,
              gpointer   data)
{
  wake_pusher (data, FALSE);
}

/* On GStreamer's threads: an error wakes the pusher, which then stops;
 * the message stays on the bus to be read. */
static GstBusSyncReply
on_bus_message (GstBus     *bus,
                GstMessage *message,
                gpointer    data)
{
  if (GST_MESSAGE_TYPE (message) == GST_MESSAGE_ERROR)
    wake_pusher (data, TRUE);
  return GST_BUS_PASS;
}

/* Waits until appsrc holds fewer than QUEUED_FRAMES frames. The level is
 * read again after each wake-up, and the wait is bounded, so a wake-up
 * that came before the wait is not missed. FALSE after an error. */
static gboolean
wait_for_room (WebmWriter *w)
{
  guint64 limit = (QUEUED_FRAMES - 1) * (guint64) w->frame_bytes;
  gboolean failed;

  g_mutex_lock (&w->lock);
  while (!w->failed && gst_app_src_get_current_level_bytes (w->source) > limit)
    g_cond_wait_until (&w->room, &w->lock, g_get_monotonic_time () + 20 * G_TIME_SPAN_MILLISECOND);
  failed = w->failed;
  g_mutex_unlock (&w->lock);
  return !failed;
}

/* The first error on the bus as a message naming the element. */
static void
fail_from_bus (WebmWriter  *w,
               GstMessage  *message,
               GError     **error)
{
  g_autoptr(GError) gst_error = NULL;
  g_autofree char *debug = NULL;

  if (message == NULL || GST_MESSAGE_TYPE (message) != GST_MESSAGE_ERROR)
    {
      dlm_video_job_fail (w->job, error, _("the video encoder stopped without finishing"));
      return;
    }
  gst_message_parse_error (message, &gst_error, &debug);
  g_debug ("%s", debug != NULL ? debug : "");
  dlm_video_job_fail (w->job, error,
                      /* Translators: the first %s is GStreamer's message, the second an element's name */
                      _("%s (GStreamer element %s)"), gst_error->message,
                      GST_OBJECT_NAME (GST_MESSAGE_SRC (message)));
}

/* ---- frames ------------------------------------------------------------- */

static gboolean
push_frame (WebmWriter  *w,
            guint        k,
            GError     **error)
{
  const DlmVideoSpec *spec = w->job->spec;
  GstBuffer *buffer = gst_buffer_new_allocate (NULL, w->frame_bytes, NULL);
  GstClockTime start = gst_util_uint64_scale (k, GST_SECOND * (guint64) w->fps_d, w->fps_n);
  GstClockTime end = gst_util_uint64_scale (k + 1, GST_SECOND * (guint64) w->fps_d, w->fps_n);
  cairo_surface_t *surface;
  GstMapInfo map;
  gboolean drawn;

  gst_buffer_map (buffer, &map, GST_MAP_WRITE);
  surface = cairo_image_surface_create_for_data (map.data, CAIRO_FORMAT_ARGB32, spec->width,
                                                 spec->height, spec->width * 4);
  drawn = dlm_video_job_draw (w->job, surface, k, error);
  cairo_surface_destroy (surface);
  gst_buffer_unmap (buffer, &map);
  if (!drawn)
    {
      gst_buffer_unref (buffer);
      return FALSE;
    }
  GST_BUFFER_PTS (buffer) = start;
  GST_BUFFER_DURATION (buffer) = end - start;
  /* appsrc takes the buffer; anything but OK means the pipeline stopped */
  if (gst_app_src_push_buffer (w->source, buffer) != GST_FLOW_OK)
    wake_pusher (w, TRUE);
  return TRUE;
}

/* Pushes every frame, then the end of the stream, and waits for the
 * muxer to finish the file. */
static gboolean
encode_frames (WebmWriter  *w,
               GError     **error)
{
  g_autoptr(GstBus) bus = gst_element_get_bus (w->pipeline);
  g_autoptr(GstMessage) message = NULL;
  guint n = w->job->spec->n_frames;

  for (guint k = 0; k < n; k++)
    {
      if (!wait_for_room (w))
        break;
      if (!push_frame (w, k, error) || !dlm_video_job_step (w->job, error))
        return FALSE;
    }
  gst_app_src_end_of_stream (w->source);
  message = gst_bus_timed_pop_filtered (bus, GST_CLOCK_TIME_NONE,
                                        GST_MESSAGE_EOS | GST_MESSAGE_ERROR);
  if (message != NULL && GST_MESSAGE_TYPE (message) == GST_MESSAGE_EOS)
    return TRUE;
  fail_from_bus (w, message, error);
  return FALSE;
}

gboolean
dlm_webm_write (DlmVideoJob  *job,
                GError      **error)
{
  GstAppSrcCallbacks callbacks = { .need_data = on_need_data };
  g_autoptr(GError) init_error = NULL;
  g_autoptr(GstBus) bus = NULL;
  WebmWriter w = {
    .job = job,
    .frame_bytes = (gsize) job->spec->width * job->spec->height * 4,
  };
  gboolean ok = FALSE;

  /* gst_init_check(), not gst_init(): a broken registry is an error here,
   * not the end of the process */
  if (!gst_init_check (NULL, NULL, &init_error))
    {
      dlm_video_job_fail (job, error, _("GStreamer could not be started (%s)"), init_error->message);
      return FALSE;
    }
  g_mutex_init (&w.lock);
  g_cond_init (&w.room);
  job->steps = job->spec->n_frames;
  if (build_pipeline (&w, error))
    {
      gst_app_src_set_callbacks (w.source, &callbacks, &w, NULL);
      bus = gst_element_get_bus (w.pipeline);
      gst_bus_set_sync_handler (bus, on_bus_message, &w, NULL);
      if (gst_element_set_state (w.pipeline, GST_STATE_PLAYING) == GST_STATE_CHANGE_FAILURE)
        {
          g_autoptr(GstMessage) message = gst_bus_pop_filtered (bus, GST_MESSAGE_ERROR);

          fail_from_bus (&w, message, error);
        }
      else
        ok = encode_frames (&w, error);
    }
  gst_element_set_state (w.pipeline, GST_STATE_NULL);
  if (bus != NULL)
    gst_bus_set_sync_handler (bus, NULL, NULL, NULL);
  gst_object_unref (w.pipeline);
  g_cond_clear (&w.room);
  g_mutex_clear (&w.lock);
  return ok;
}

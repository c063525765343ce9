/* SPDX-License-Identifier: GPL-3.0-or-later */
#define _GNU_SOURCE  /* memmem */
#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <pango/pangocairo.h>

#include "dlm-error.h"
#include "dlm-export.h"
#include "dlm-video.h"

/* The animation encoders (src/video, through dlm_video_write()), read
 * back with FFmpeg's ffprobe and ffmpeg (paths in FFPROBE and FFMPEG) and
 * GStreamer's gst-discoverer-1.0 (GST_DISCOVERER). */

/* ---- synthetic frames ---------------------------------------------------- */

typedef struct {
  int           width;
  int           height;
  guint         n_frames;
  gboolean      small_change;  /* only a counter changes, else everything */
  guint         cancel_at;     /* the call that cancels, 0 for none */
  guint         fail_at;       /* the call that breaks its cairo_t, 0 for none */
  GCancellable *cancellable;
  guint         calls;
} Scene;

static void
draw_text (cairo_t    *cr,
           const char *text,
           double      x,
           double      y,
           double      size)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("DejaVu Sans");

  pango_font_description_set_absolute_size (font, size * PANGO_SCALE);
  pango_layout_set_font_description (layout, font);
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (font);
  g_object_unref (layout);
}

/* White, a grey band with a soft gradient, a sine curve, a bar that
 * moves (and with it the curve's phase) and the frame's number; in
 * small_change mode only the number changes. */
static void
draw_scene (cairo_t  *cr,
            guint     index,
            gpointer  data)
{
  Scene *scene = data;
  double w = scene->width, h = scene->height;
  double t = scene->small_change ? 0 : (double) index / MAX (scene->n_frames - 1, 1);
  g_autofree char *label = g_strdup_printf ("Frame %u", index);
  cairo_pattern_t *band = cairo_pattern_create_linear (0, 0, w, 0);

  scene->calls++;
  if (scene->cancel_at != 0 && scene->calls == scene->cancel_at)
    g_cancellable_cancel (scene->cancellable);
  if (scene->fail_at != 0 && scene->calls == scene->fail_at)
    cairo_restore (cr);  /* without a save: the context is in error from here on */

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  /* more colours than a palette holds */
  cairo_pattern_add_color_stop_rgb (band, 0, 0.55, 0.75, 0.97);
  cairo_pattern_add_color_stop_rgb (band, 0.5, 0.97, 0.60, 0.80);
  cairo_pattern_add_color_stop_rgb (band, 1, 0.98, 0.88, 0.40);
  cairo_rectangle (cr, 0, 0.62 * h, w, 0.2 * h);
  cairo_set_source (cr, band);
  cairo_fill (cr);
  cairo_pattern_destroy (band);

  cairo_set_source_rgb (cr, 0.0, 0.45, 0.70);
  cairo_rectangle (cr, (0.05 + 0.7 * t) * w, 0.3 * h, 0.2 * w, 0.12 * h);
  cairo_fill (cr);

  cairo_set_line_width (cr, 2);
  cairo_set_source_rgb (cr, 0.84, 0.37, 0.0);
  for (int x = 0; x <= scene->width; x += 2)
    cairo_line_to (cr, x, 0.72 * h + 0.08 * h * sin (x / w * 4 * G_PI + 6 * t));
  cairo_stroke (cr);

  cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
  draw_text (cr, label, 0.05 * w, 0.06 * h, MAX (12, h / 14));
}

static Scene
scene_new (int      width,
           int      height,
           guint    n_frames,
           gboolean small_change)
{
  return (Scene) { width, height, n_frames, small_change, .calls = 0 };
}

static DlmVideoSpec
spec_of (const Scene    *scene,
         DlmVideoFormat  format,
         double          fps,
         gboolean        loop)
{
  return (DlmVideoSpec) { format, scene->width, scene->height, fps, scene->n_frames, loop };
}

/* Frame @index as RGB bytes, drawn directly (over white, as the encoders
 * draw it). */
static guint8 *
render_rgb (Scene *scene,
            guint  index)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, scene->width,
                                                         scene->height);
  cairo_t *cr = cairo_create (surface);
  int stride = cairo_image_surface_get_stride (surface);
  guint8 *rgb = g_malloc ((gsize) scene->width * scene->height * 3);
  const guint8 *data;

  draw_scene (cr, index, scene);
  cairo_destroy (cr);
  cairo_surface_flush (surface);
  data = cairo_image_surface_get_data (surface);
  for (int y = 0; y < scene->height; y++)
    for (int x = 0; x < scene->width; x++)
      {
        guint32 p = *(const guint32 *) (data + (gsize) y * stride + 4 * x);
        guint8 *out = rgb + 3 * ((gsize) y * scene->width + x);

        out[0] = p >> 16, out[1] = p >> 8, out[2] = p;
      }
  cairo_surface_destroy (surface);
  return rgb;
}

/* ---- the tools that read the files back ---------------------------------- */

static char *
make_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dlm-video-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static guint
count_entries (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  g_assert_nonnull (d);
  while (g_dir_read_name (d) != NULL)
    n++;
  return n;
}

static void
remove_dir (const char *dir)
{
  g_autoptr(GDir) d = g_dir_open (dir, 0, NULL);
  const char *name;

  while (d != NULL && (name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, NULL);

      g_assert_cmpint (g_unlink (path), ==, 0);
    }
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

static gboolean
have_tools (void)
{
  if (g_getenv ("FFPROBE") != NULL && g_getenv ("FFMPEG") != NULL)
    return TRUE;
  g_test_skip ("ffprobe and ffmpeg (Debian's ffmpeg) are needed");
  return FALSE;
}

/* Runs a tool (argv[0] an environment variable naming it); its stdout. */
static GBytes *
run_tool (const char *const *argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) args = NULL;
  GBytes *out = NULL;

  g_strv_builder_add (builder, g_getenv (argv[0]));
  for (guint i = 1; argv[i] != NULL; i++)
    g_strv_builder_add (builder, argv[i]);
  args = g_strv_builder_end (builder);
  process = g_subprocess_newv ((const char *const *) args, G_SUBPROCESS_FLAGS_STDOUT_PIPE, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_subprocess_get_successful (process));
  return out;
}

typedef struct {
  char   *codec;
  int     width;
  int     height;
  gint64  frames;
  double  duration;
} Probe;

static void
probe_clear (Probe *probe)
{
  g_free (probe->codec);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Probe, probe_clear)

static Probe
probe (const char *path)
{
  const char *argv[] = { "FFPROBE", "-v", "error", "-count_frames",
                         "-show_entries", "stream=width,height,nb_read_frames,codec_name",
                         "-show_entries", "format=duration", "-of", "json", path, NULL };
  g_autoptr(GBytes) out = run_tool (argv);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root, *stream;
  Probe result;

  json_parser_load_from_data (parser, g_bytes_get_data (out, NULL), g_bytes_get_size (out), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (root, "streams")), ==, 1);
  stream = json_array_get_object_element (json_object_get_array_member (root, "streams"), 0);
  result.codec = g_strdup (json_object_get_string_member (stream, "codec_name"));
  result.width = json_object_get_int_member (stream, "width");
  result.height = json_object_get_int_member (stream, "height");
  result.frames = g_ascii_strtoll (json_object_get_string_member (stream, "nb_read_frames"), NULL, 10);
  result.duration = g_ascii_strtod (json_object_get_string_member (
      json_object_get_object_member (root, "format"), "duration"), NULL);
  return result;
}

/* Frame @index of the file as RGB bytes, decoded by ffmpeg. */
static GBytes *
decode_frame (const char *path,
              guint       index)
{
  g_autofree char *select = g_strdup_printf ("select=eq(n\\,%u)", index);
  const char *argv[] = { "FFMPEG", "-v", "error", "-i", path, "-vf", select, "-frames:v", "1",
                         "-f", "rawvideo", "-pix_fmt", "rgb24", "-", NULL };

  return run_tool (argv);
}

/* The mean absolute difference per channel, 0 to 255, between frame
 * @index decoded from @path and frame @drawn_index drawn directly. */
static double
frame_difference_to (const char *path,
                     Scene      *scene,
                     guint       index,
                     guint       drawn_index)
{
  g_autoptr(GBytes) decoded = decode_frame (path, index);
  g_autofree guint8 *drawn = render_rgb (scene, drawn_index);
  gsize len = (gsize) scene->width * scene->height * 3;
  const guint8 *d = g_bytes_get_data (decoded, NULL);
  guint64 sum = 0;

  g_assert_cmpuint (g_bytes_get_size (decoded), ==, len);
  for (gsize i = 0; i < len; i++)
    sum += ABS ((int) d[i] - (int) drawn[i]);
  g_test_message ("%s, frame %u decoded against frame %u drawn: mean difference %.3f",
                  path, index, drawn_index, (double) sum / len);
  return (double) sum / len;
}

static double
frame_difference (const char *path,
                  Scene      *scene,
                  guint       index)
{
  return frame_difference_to (path, scene, index, index);
}

static gboolean
file_contains (const char *path,
               const char *needle)
{
  g_autofree char *contents = NULL;
  gsize len;

  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  return memmem (contents, len, needle, strlen (needle)) != NULL;
}

static gsize
file_size (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_size;
}

static gboolean
write_scene (const char          *path,
             Scene               *scene,
             const DlmVideoSpec  *spec,
             GError             **error)
{
  return dlm_video_write (path, spec, draw_scene, scene, NULL, NULL, scene->cancellable, error);
}

/* ---- tests --------------------------------------------------------------- */

static void
test_format_from_path (void)
{
  DlmVideoFormat format = -1;

  g_assert_true (dlm_video_format_from_path ("a/b.gif", &format));
  g_assert_cmpint (format, ==, DLM_VIDEO_GIF);
  g_assert_true (dlm_video_format_from_path ("LLN.WebM", &format));
  g_assert_cmpint (format, ==, DLM_VIDEO_WEBM);
  g_assert_false (dlm_video_format_from_path ("a.png", &format));
  g_assert_false (dlm_video_format_from_path ("gif", &format));
  g_assert_false (dlm_video_format_from_path ("a.webm.txt", &format));
}

/* 25 frames at 10 fps: 2.5 s. ffmpeg composes a GIF's partial frames as
 * a viewer does, so frame 12 decoded is the whole picture. The
 * difference to the drawn frame is the palette's: 255 colours for a
 * gradient of more, antialiased text and a curve, dithered; measured
 * 0.18–0.19 (of 255) per channel. Against the next frame drawn (the bar
 * 1/24 of its way further) it is 3.0, so a frame shown a step late, or
 * a rectangle misplaced, fails the bound of 1. */
static void
test_gif (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "scene.gif", NULL);
  g_autoptr(GError) error = NULL;
  Scene scene = scene_new (320, 240, 25, FALSE);
  DlmVideoSpec spec = spec_of (&scene, DLM_VIDEO_GIF, 10, TRUE);
  g_auto(Probe) result = { 0 };

  if (!have_tools ())
    return;
  g_assert_true (write_scene (path, &scene, &spec, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  result = probe (path);
  g_assert_cmpstr (result.codec, ==, "gif");
  g_assert_cmpint (result.width, ==, 320);
  g_assert_cmpint (result.height, ==, 240);
  g_assert_cmpint (result.frames, ==, 25);
  g_assert_cmpfloat_with_epsilon (result.duration, 2.5, 0.1);
  g_assert_true (file_contains (path, "NETSCAPE2.0"));
  for (guint k = 0; k < 25; k += 12)
    g_assert_cmpfloat (frame_difference (path, &scene, k), <, 1.0);
  /* the frame of its time, not its neighbour's */
  g_assert_cmpfloat (frame_difference_to (path, &scene, 12, 13), >, 2.0);
  remove_dir (dir);
}

/* GIF delays are centiseconds: at 30 fps 3, 4, 3, … so that 30 frames
 * last exactly 1 s (always 3 would give 0.9 s, always 4 1.2 s). */
static void
test_gif_timing (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "timing.gif", NULL);
  g_autoptr(GError) error = NULL;
  Scene scene = scene_new (64, 48, 30, FALSE);
  DlmVideoSpec spec = spec_of (&scene, DLM_VIDEO_GIF, 30, FALSE);
  g_auto(Probe) result = { 0 };

  if (!have_tools ())
    return;
  g_assert_true (write_scene (path, &scene, &spec, &error));
  g_assert_no_error (error);
  result = probe (path);
  g_assert_cmpint (result.frames, ==, 30);
  g_assert_cmpfloat_with_epsilon (result.duration, 1.0, 1e-9);
  g_assert_false (file_contains (path, "NETSCAPE2.0"));  /* plays once */
  remove_dir (dir);
}

/* Only the changed rectangle is coded: 40 frames where only a label
 * changes take a fraction of 40 frames where everything moves. */
static void
test_gif_small_change (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *moving = g_build_filename (dir, "moving.gif", NULL);
  g_autofree char *still = g_build_filename (dir, "still.gif", NULL);
  g_autoptr(GError) error = NULL;
  Scene all = scene_new (640, 360, 40, FALSE);
  Scene label = scene_new (640, 360, 40, TRUE);
  DlmVideoSpec spec = spec_of (&all, DLM_VIDEO_GIF, 20, TRUE);
  gsize moving_size, still_size;

  g_assert_true (write_scene (moving, &all, &spec, &error));
  g_assert_true (write_scene (still, &label, &spec, &error));
  g_assert_no_error (error);
  moving_size = file_size (moving);
  still_size = file_size (still);
  g_test_message ("40 frames of 640x360: %zu bytes moving, %zu bytes with a label changing",
                  moving_size, still_size);
  g_assert_cmpuint (still_size * 5, <, moving_size);
  if (have_tools ())
    {
      /* the partial frames still compose the right pictures */
      g_assert_cmpfloat (frame_difference (still, &label, 39), <, 1.0);
      g_assert_cmpfloat (frame_difference (moving, &all, 39), <, 1.0);
    }
  remove_dir (dir);
}

/* 45 frames at 30 fps. The difference to the drawn frame is VP8's loss
 * at cq-level 20 after BGRx → I420 (chroma at half resolution, so
 * coloured edges blur): measured 0.92–1.24 (of 255) per channel, 1.15 at
 * an odd size; against the next frame drawn it is 2.8. */
static void
test_webm (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "scene.webm", NULL);
  g_autoptr(GError) error = NULL;
  Scene scene = scene_new (320, 240, 45, FALSE);
  DlmVideoSpec spec = spec_of (&scene, DLM_VIDEO_WEBM, 30, FALSE);
  g_auto(Probe) result = { 0 };

  if (!have_tools ())
    return;
  g_assert_true (write_scene (path, &scene, &spec, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  result = probe (path);
  g_assert_cmpstr (result.codec, ==, "vp8");
  g_assert_cmpint (result.width, ==, 320);
  g_assert_cmpint (result.height, ==, 240);
  g_assert_cmpint (result.frames, ==, 45);
  g_assert_cmpfloat_with_epsilon (result.duration, 1.5, 1.0 / 30);
  for (guint k = 0; k < 45; k += 22)
    g_assert_cmpfloat (frame_difference (path, &scene, k), <, 1.8);
  /* the frame of its time, not its neighbour's */
  g_assert_cmpfloat (frame_difference_to (path, &scene, 22, 23), >, 2.2);
  remove_dir (dir);
}

/* VP8 codes any size; the chroma planes round up. */
static void
test_webm_odd_size (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "odd.webm", NULL);
  g_autoptr(GError) error = NULL;
  Scene scene = scene_new (321, 241, 5, FALSE);
  DlmVideoSpec spec = spec_of (&scene, DLM_VIDEO_WEBM, 12.5, FALSE);
  g_auto(Probe) result = { 0 };

  if (!have_tools ())
    return;
  g_assert_true (write_scene (path, &scene, &spec, &error));
  g_assert_no_error (error);
  result = probe (path);
  g_assert_cmpint (result.width, ==, 321);
  g_assert_cmpint (result.height, ==, 241);
  g_assert_cmpint (result.frames, ==, 5);
  g_assert_cmpfloat_with_epsilon (result.duration, 0.4, 1 / 12.5);
  g_assert_cmpfloat (frame_difference (path, &scene, 4), <, 1.8);
  if (g_getenv ("GST_DISCOVERER") != NULL)
    {
      const char *argv[] = { "GST_DISCOVERER", path, NULL };
      g_autoptr(GBytes) out = run_tool (argv);
      g_autofree char *text = g_strndup (g_bytes_get_data (out, NULL), g_bytes_get_size (out));

      g_assert_nonnull (strstr (text, "VP8"));
      g_assert_nonnull (strstr (text, "Width: 321"));
    }
  remove_dir (dir);
}

/* Cancelled while drawing frame @cancel_at: G_IO_ERROR_CANCELLED, and the
 * folder is as empty as before. The GIF's frames are drawn on a thread of
 * their own up to one ahead of the encoder, so one more may be drawn
 * before the cancel is seen, never more. */
static void
check_cancel (DlmVideoFormat format,
              guint          cancel_at)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, format == DLM_VIDEO_GIF ? "c.gif" : "c.webm", NULL);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  Scene scene = scene_new (160, 120, 20, FALSE);
  DlmVideoSpec spec = spec_of (&scene, format, 10, TRUE);

  scene.cancellable = cancellable;
  scene.cancel_at = cancel_at;
  g_assert_false (write_scene (path, &scene, &spec, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (scene.calls, >=, cancel_at);
  g_assert_cmpuint (scene.calls, <=, cancel_at + 1);
  g_assert_cmpuint (count_entries (dir), ==, 0);

  /* cancelled before it starts: nothing is drawn */
  g_clear_error (&error);
  scene.calls = 0;
  g_assert_false (write_scene (path, &scene, &spec, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_cmpuint (scene.calls, ==, 0);
  g_assert_cmpuint (count_entries (dir), ==, 0);
  remove_dir (dir);
}

/* A frame that cannot be drawn, in either pass: an error naming the file
 * and the frame, and nothing written. */
static void
check_draw_error (DlmVideoFormat format,
                  guint          fail_at,
                  const char    *frame)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, format == DLM_VIDEO_GIF ? "e.gif" : "e.webm", NULL);
  g_autoptr(GError) error = NULL;
  Scene scene = scene_new (160, 120, 20, FALSE);
  DlmVideoSpec spec = spec_of (&scene, format, 10, TRUE);

  scene.fail_at = fail_at;
  g_assert_false (write_scene (path, &scene, &spec, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, format == DLM_VIDEO_GIF ? "e.gif" : "e.webm"));
  g_assert_nonnull (strstr (error->message, frame));
  g_assert_cmpuint (count_entries (dir), ==, 0);
  remove_dir (dir);
}

static void
test_draw_error (void)
{
  check_draw_error (DLM_VIDEO_GIF, 3, "frame 2 ");        /* the palette's pass */
  check_draw_error (DLM_VIDEO_GIF, 20 + 8, "frame 7 ");   /* the frames' pass */
  check_draw_error (DLM_VIDEO_WEBM, 5, "frame 4 ");
}

static void
test_cancel (void)
{
  check_cancel (DLM_VIDEO_GIF, 6);        /* the palette's pass */
  check_cancel (DLM_VIDEO_GIF, 20 + 4);   /* the frames' pass */
  check_cancel (DLM_VIDEO_WEBM, 6);
}

/* A folder that does not exist, and (not as root, who may write
 * anywhere) one that cannot be written: an error naming the file, and
 * nothing written. */
static void
check_unwritable (const char     *dir,
                  DlmVideoFormat  format)
{
  g_autofree char *path = g_build_filename (dir, format == DLM_VIDEO_GIF ? "out.gif" : "out.webm",
                                            NULL);
  g_autoptr(GError) error = NULL;
  Scene scene = scene_new (32, 32, 3, FALSE);
  DlmVideoSpec spec = spec_of (&scene, format, 10, TRUE);

  g_assert_false (write_scene (path, &scene, &spec, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, format == DLM_VIDEO_GIF ? "out.gif" : "out.webm"));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_unwritable (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autofree char *locked = g_build_filename (dir, "locked", NULL);

  check_unwritable (missing, DLM_VIDEO_GIF);
  check_unwritable (missing, DLM_VIDEO_WEBM);
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_mkdir (locked, 0555), ==, 0);
      check_unwritable (locked, DLM_VIDEO_GIF);
      check_unwritable (locked, DLM_VIDEO_WEBM);
      g_assert_cmpuint (count_entries (locked), ==, 0);
      g_assert_cmpint (g_rmdir (locked), ==, 0);
    }
  g_assert_cmpuint (count_entries (dir), ==, 0);
  remove_dir (dir);
}

/* A symbolic link is followed: the file it points to is replaced, the
 * link stays (as dlm_export_resolve_target() has it). */
static void
test_symlink (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *real = g_build_filename (dir, "real.webm", NULL);
  g_autofree char *link = g_build_filename (dir, "link.webm", NULL);
  g_autofree char *gif_link = g_build_filename (dir, "link.gif", NULL);
  g_autoptr(GError) error = NULL;
  Scene scene = scene_new (32, 32, 3, FALSE);
  DlmVideoSpec spec = spec_of (&scene, DLM_VIDEO_WEBM, 10, TRUE);
  GStatBuf st;

  g_assert_true (g_file_set_contents (real, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.webm", link), ==, 0);
  g_assert_true (write_scene (link, &scene, &spec, &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpuint (file_size (real), >, 100);
  g_assert_true (file_contains (real, "webm"));
  g_assert_cmpuint (count_entries (dir), ==, 2);

  /* a link to nothing is refused before anything is drawn */
  g_assert_cmpint (symlink ("nothing.gif", gif_link), ==, 0);
  spec.format = DLM_VIDEO_GIF;
  scene.calls = 0;
  g_assert_false (write_scene (gif_link, &scene, &spec, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
  g_assert_cmpuint (scene.calls, ==, 0);
  g_assert_cmpuint (count_entries (dir), ==, 3);
  remove_dir (dir);
}

typedef struct {
  guint  calls;
  double last;
  gboolean monotone;
} Progress;

static void
on_progress (double   fraction,
             gpointer data)
{
  Progress *p = data;

  p->monotone &= fraction > p->last && fraction <= 1.0;
  p->last = fraction;
  p->calls++;
}

/* About a hundred reports, rising, the last 1; for 1000 frames as for 7. */
static void
test_progress (void)
{
  g_autofree char *dir = make_dir ();
  g_autofree char *path = g_build_filename (dir, "p.gif", NULL);
  g_autoptr(GError) error = NULL;
  guint sizes[] = { 7, 1000 };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    for (DlmVideoFormat format = DLM_VIDEO_GIF; format <= DLM_VIDEO_WEBM; format++)
      {
        Scene scene = scene_new (16, 16, sizes[i], FALSE);
        DlmVideoSpec spec = spec_of (&scene, format, 60, TRUE);
        Progress progress = { 0, -1, TRUE };

        g_assert_true (dlm_video_write (path, &spec, draw_scene, &scene, on_progress, &progress,
                                        NULL, &error));
        g_assert_no_error (error);
        g_assert_true (progress.monotone);
        g_assert_cmpfloat (progress.last, ==, 1.0);
        g_assert_cmpuint (progress.calls, <=, 101);
        g_assert_cmpuint (progress.calls, >=, sizes[i] > 100 ? 90 : 2);
      }
  g_assert_cmpint (g_unlink (path), ==, 0);
  remove_dir (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/video/format-from-path", test_format_from_path);
  g_test_add_func ("/video/gif", test_gif);
  g_test_add_func ("/video/gif/timing", test_gif_timing);
  g_test_add_func ("/video/gif/small-change", test_gif_small_change);
  g_test_add_func ("/video/webm", test_webm);
  g_test_add_func ("/video/webm/odd-size", test_webm_odd_size);
  g_test_add_func ("/video/cancel", test_cancel);
  g_test_add_func ("/video/draw-error", test_draw_error);
  g_test_add_func ("/video/unwritable", test_unwritable);
  g_test_add_func ("/video/symlink", test_symlink);
  g_test_add_func ("/video/progress", test_progress);
  return g_test_run ();
}

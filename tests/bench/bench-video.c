/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-bench"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <glib/gstdio.h>

#include "dlm-theme.h"
#include "dlm-topic.h"
#include "dlm-topic-registry.h"
#include "dlm-video.h"

/* The encoders' cost per frame: the law of large numbers (sampling, 500
 * draws) as 300 frames at 1280×720 and 30 fps, drawn alone, then written
 * as a GIF and as a WebM. Prints the time per frame of each, what the
 * encoding adds to the drawing, and the file sizes.
 *
 * Usage: bench-video [DIR]   (keeps the files in DIR) */

#define WIDTH    1280
#define HEIGHT   720
#define FPS      30
#define N_FRAMES 300
#define DRAWS    500

typedef struct {
  DlmTopic *topic;
  DlmTheme  theme;
} Frames;

static void
draw_frame (cairo_t  *cr,
            guint     index,
            gpointer  data)
{
  Frames *frames = data;
  char step[32];

  g_snprintf (step, sizeof step, "%u", index * DRAWS / (N_FRAMES - 1));
  if (!dlm_topic_set_param (frames->topic, "step", step, NULL))
    g_error ("step=%s refused", step);
  dlm_topic_render (frames->topic, cr, &frames->theme, WIDTH, HEIGHT);
}

static DlmTopic *
sampling_topic (void)
{
  guint n;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n);

  for (guint i = 0; i < n; i++)
    {
      DlmTopic *topic = g_object_new (types[i] (), NULL);

      if (g_strcmp0 (dlm_topic_get_id (topic), "sampling") == 0)
        return topic;
      g_object_unref (topic);
    }
  g_error ("no sampling topic");
}

/* CPU time of the whole process, all threads, in ms: steadier than the
 * wall clock on a machine that is busy with other work. */
static double
cpu_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static double
draw_only (Frames *frames)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  double start = cpu_ms ();

  for (guint k = 0; k < N_FRAMES; k++)
    {
      cairo_t *cr = cairo_create (surface);

      draw_frame (cr, k, frames);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
    }
  cairo_surface_destroy (surface);
  return cpu_ms () - start;
}

static double
encode (Frames         *frames,
        DlmVideoFormat  format,
        const char     *path,
        double         *cpu)
{
  DlmVideoSpec spec = { format, WIDTH, HEIGHT, FPS, N_FRAMES, TRUE };
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();
  double cpu_start = cpu_ms ();

  if (!dlm_video_write (path, &spec, draw_frame, frames, NULL, NULL, NULL, &error))
    g_error ("%s", error->message);
  *cpu = cpu_ms () - cpu_start;
  return (g_get_monotonic_time () - start) / 1e3;
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *dir = argc > 1 ? g_strdup (argv[1]) : g_dir_make_tmp ("dlm-bench-video-XXXXXX", NULL);
  Frames frames = { sampling_topic () };
  double drawing;

  dlm_theme_init (&frames.theme, DLM_THEME_LIGHT, 1.0);
  g_assert_true (dlm_topic_set_param (frames.topic, "draws", "500", NULL));
  drawing = draw_only (&frames);
  printf ("draw lln %dx%d: CPU %.2f ms per frame\n", WIDTH, HEIGHT, drawing / N_FRAMES);

  for (DlmVideoFormat format = DLM_VIDEO_GIF; format <= DLM_VIDEO_WEBM; format++)
    {
      const char *ext = format == DLM_VIDEO_GIF ? "gif" : "webm";
      g_autofree char *name = g_strdup_printf ("lln.%s", ext);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      double cpu;
      double total = encode (&frames, format, path, &cpu);
      GStatBuf st;

      g_assert_cmpint (g_stat (path, &st), ==, 0);
      printf ("%s lln %dx%d, %d frames: %.2f ms per frame (CPU %.2f ms, of which %.2f encoding), "
              "%.0f kB\n", ext, WIDTH, HEIGHT, N_FRAMES, total / N_FRAMES, cpu / N_FRAMES,
              (cpu - drawing) / N_FRAMES, st.st_size / 1e3);
      if (argc <= 1)
        g_unlink (path);
    }
  if (argc <= 1)
    g_rmdir (dir);
  g_object_unref (frames.topic);
  return EXIT_SUCCESS;
}

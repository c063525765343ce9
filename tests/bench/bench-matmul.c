/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Matrix multiplication with 8×8 · 8×8 at 1920×1080:
 *  1. the step view rendered on a Cairo image surface (what the export and
 *     the widget's snapshot do): median and p95 per figure;
 *  2. the animation in a window, its timeline playing for 10 s at one step
 *     per frame (every frame a new entry of C: the worst case), with frame
 *     times from the plot view's DLM_FRAME_LOG: interval p50/p99, dropped
 *     frames at 60 Hz, and the time spent drawing the figure per frame.
 * Run under xvfb-run with GSK_RENDERER=cairo. */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <stdlib.h>

#include "dlm-matmul-panel.h"
#include "dlm-matmul-topic.h"
#include "dlm-timeline.h"
#include "frames.h"
#include "dlm-topic-page.h"

#define WIDTH   1920
#define HEIGHT  1080
#define WARM_UP 20
#define N_RUNS  200

static const char *const eight_by_eight[] = {
  "a=1 2 3 4 5 6 7 8; 2 3 4 5 6 7 8 9; 3 4 5 6 7 8 9 1; 4 5 6 7 8 9 1 2; "
  "5 6 7 8 9 1 2 3; 6 7 8 9 1 2 3 4; 7 8 9 1 2 3 4 5; 8 9 1 2 3 4 5 6",
  "b=1 0 0 0 0 0 0 1; 0 1 0 0 0 0 1 0; 0 0 1 0 0 1 0 0; 0 0 0 1 1 0 0 0; "
  "1 1 1 1 1 1 1 1; 2 0 2 0 2 0 2 0; 0 3 0 3 0 3 0 3; 1 2 3 4 5 6 7 8",
  "step=21",
  NULL
};

static int
compare_double (gconstpointer a,
                gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
nth (GArray *sorted,
     double  p)
{
  return g_array_index (sorted, double, MIN (sorted->len - 1, (guint) (sorted->len * p)));
}

static void
bench_render (DlmTopic *topic)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  g_autoptr(GArray) times = g_array_new (FALSE, FALSE, sizeof (double));
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, dlm_theme_auto_scale (WIDTH, HEIGHT));
  for (guint i = 0; i < WARM_UP + N_RUNS; i++)
    {
      gint64 start = g_get_monotonic_time ();
      cairo_t *cr = cairo_create (surface);
      double ms;

      dlm_topic_render (topic, cr, &theme, WIDTH, HEIGHT);
      cairo_destroy (cr);
      cairo_surface_flush (surface);
      ms = (g_get_monotonic_time () - start) / 1000.0;
      if (i >= WARM_UP)
        g_array_append_val (times, ms);
    }
  g_array_sort (times, compare_double);
  printf ("render matmul 8x8·8x8 step view %dx%d: median %.2f ms, p95 %.2f ms "
          "(%d runs after %d warm-up)\n", WIDTH, HEIGHT, nth (times, 0.5), nth (times, 0.95),
          N_RUNS, WARM_UP);
  cairo_surface_destroy (surface);
}


static void
run_for (double seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE) || (g_usleep (200), TRUE);
}

/* Plays for @seconds, starting over whenever the animation reaches C's
 * last entry. */
static guint
play_for (DlmTimeline *timeline,
          double       seconds)
{
  gint64 end = g_get_monotonic_time () + seconds * G_USEC_PER_SEC;
  guint restarts = 0;

  while (g_get_monotonic_time () < end)
    {
      if (!dlm_timeline_get_playing (timeline))
        {
          dlm_timeline_restart (timeline);
          dlm_timeline_set_playing (timeline, TRUE);
          restarts++;
        }
      g_main_context_iteration (NULL, FALSE) || (g_usleep (200), TRUE);
    }
  return restarts - 1;
}

/* Lines "frame time (µs) draw time (µs)" of the frame log. */
static GArray *
read_frames (const char *path,
             GArray    **draw_us)
{
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  GArray *times = g_array_new (FALSE, FALSE, sizeof (gint64));

  *draw_us = g_array_new (FALSE, FALSE, sizeof (double));
  g_file_get_contents (path, &text, NULL, NULL);
  lines = g_strsplit (text ? text : "", "\n", -1);
  for (guint i = 0; lines[i] && lines[i][0]; i++)
    {
      char *end;
      gint64 t = g_ascii_strtoll (lines[i], &end, 10);
      double d = g_ascii_strtod (end, NULL) / 1000.0;

      g_array_append_val (times, t);
      g_array_append_val (*draw_us, d);
    }
  return times;
}

static void
report (GArray *times,
        GArray *draws,
        guint   from)
{
  g_autoptr(GArray) gaps = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GArray) paint = g_array_new (FALSE, FALSE, sizeof (double));
  guint dropped = 0;

  for (guint i = from + 1; i < times->len; i++)
    {
      double gap = (g_array_index (times, gint64, i) - g_array_index (times, gint64, i - 1)) / 1000.0;
      g_array_append_val (gaps, gap);
      g_array_append_val (paint, g_array_index (draws, double, i));
      dropped += gap > 1.5 * 1000.0 / 60 ? (guint) (gap / (1000.0 / 60) + 0.5) - 1 : 0;
    }
  if (gaps->len == 0)
    {
      printf ("matmul animation: no frames\n");
      return;
    }
  g_array_sort (gaps, compare_double);
  g_array_sort (paint, compare_double);
  printf ("matmul animation 8x8·8x8 1920x1080, 10 s at one step per frame: %u frames, "
          "interval p50 %.1f ms, p99 %.1f ms, longest %.1f ms, dropped at 60 Hz: %u; "
          "figure drawing p50 %.2f ms, p99 %.2f ms\n",
          gaps->len + 1, nth (gaps, 0.5), nth (gaps, 0.99), nth (gaps, 1.0), dropped,
          nth (paint, 0.5), nth (paint, 0.99));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *log = g_build_filename (g_get_tmp_dir (), "dlm-frames-XXXXXX", NULL);
  g_autoptr(DlmTopic) topic = NULL;
  g_autoptr(GArray) idle = NULL, all = NULL, idle_draws = NULL, draws = NULL;
  GtkWidget *window, *page;
  DlmTimeline *timeline;
  guint restarts;

  g_close (g_mkstemp (log), NULL);
  g_setenv ("DLM_FRAME_LOG", log, TRUE);
  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  adw_init ();
  topic = dlm_matmul_topic_new ();
  g_assert (dlm_topic_apply (topic, eight_by_eight, NULL));
  bench_render (topic);

  window = gtk_window_new ();
  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  page = dlm_topic_page_new (topic, DLM_TYPE_MATMUL_PANEL);
  timeline = DLM_TIMELINE (bench_show_page (GTK_WINDOW (window), page));
  gtk_window_maximize (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  run_for (2);
  dlm_timeline_set_rate (timeline, 60);   /* one entry of C per frame */
  dlm_timeline_restart (timeline);
  idle = read_frames (log, &idle_draws);
  restarts = play_for (timeline, 10);
  all = read_frames (log, &draws);
  report (all, draws, idle->len);
  printf ("(the animation reached the end of C and was started again %u times)\n", restarts);
  g_unlink (log);
  gtk_window_destroy (GTK_WINDOW (window));
  return EXIT_SUCCESS;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-bench"
#include "config.h"

#include <stdio.h>
#include <stdlib.h>
#include <time.h>

#include <cairo.h>
#include <glib-object.h>

#include "dlm-theme.h"
#include "dlm-topic.h"
#include "dlm-topic-registry.h"

/* Renders every topic's default figure at 1920×1080 on a Cairo image surface
 * (what the CLI's PNG export and the widget's snapshot both do) and reports
 * the median and 95th percentile of the time per figure. Given topic ids
 * as arguments, only those (to profile one). */

#define WIDTH    1920
#define HEIGHT   1080
#define WARM_UP  20
#define N_RUNS   200

static double
now_ms (void)
{
  struct timespec ts;

  clock_gettime (CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static int
compare_doubles (const void *a,
                 const void *b)
{
  double x = *(const double *) a;
  double y = *(const double *) b;

  return (x > y) - (x < y);
}

/* Nearest-rank percentile of a sorted array. */
static double
percentile (const double *sorted,
            guint         n,
            double        p)
{
  guint rank = (guint) (p / 100.0 * n + 0.999999);

  return sorted[CLAMP (rank, 1u, n) - 1];
}

static double
render_once (DlmTopic        *topic,
             cairo_surface_t *surface,
             const DlmTheme  *theme)
{
  double start = now_ms ();
  cairo_t *cr = cairo_create (surface);

  dlm_topic_render (topic, cr, theme, WIDTH, HEIGHT);
  cairo_destroy (cr);
  /* Make sure every pending drawing operation has reached the pixels. */
  cairo_surface_flush (surface);
  return now_ms () - start;
}

static void
bench_topic (GType            type,
             cairo_surface_t *surface,
             const DlmTheme  *theme,
             char           **only)
{
  g_autoptr(DlmTopic) topic = g_object_new (type, NULL);
  double times[N_RUNS];

  if (only[0] != NULL && !g_strv_contains ((const char * const *) only, dlm_topic_get_id (topic)))
    return;
  for (guint i = 0; i < WARM_UP; i++)
    render_once (topic, surface, theme);
  for (guint i = 0; i < N_RUNS; i++)
    times[i] = render_once (topic, surface, theme);

  qsort (times, N_RUNS, sizeof times[0], compare_doubles);
  printf ("render %s %dx%d: median %.2f ms, p95 %.2f ms (min %.2f, max %.2f; %d runs after %d warm-up)\n",
          dlm_topic_get_id (topic), WIDTH, HEIGHT,
          percentile (times, N_RUNS, 50), percentile (times, N_RUNS, 95),
          times[0], times[N_RUNS - 1], N_RUNS, WARM_UP);
}

int
main (int   argc,
      char *argv[])
{
  guint n_topics;
  const DlmTopicTypeFunc *topics = dlm_topic_registry_get (&n_topics);
  cairo_surface_t *surface;
  DlmTheme theme;

  surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  if (cairo_surface_status (surface) != CAIRO_STATUS_SUCCESS)
    {
      fprintf (stderr, "cannot create a %dx%d image surface\n", WIDTH, HEIGHT);
      return EXIT_FAILURE;
    }

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1.0);
  /* every registered topic, in course order */
  for (guint i = 0; i < n_topics; i++)
    bench_topic (topics[i] (), surface, &theme, argv + 1);

  cairo_surface_destroy (surface);
  return EXIT_SUCCESS;
}

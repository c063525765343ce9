/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What one move of the rank slider costs: the rank-k reconstruction of
 * the 48 × 64 picture (GSL BLAS) alone, and the whole redraw of the
 * spectral view at 1920 × 1080 that follows it. Also the Lorenz
 * integration at the largest t-end. Median of many repeats. */
#include "config.h"

#include <stdio.h>

#include "dlm-complex-topic.h"
#include "dlm-lorenz.h"
#include "dlm-svd.h"
#include "dlm-theme.h"

static int
compare_double (gconstpointer a, gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;
  return (x > y) - (x < y);
}

static double
median (double *ms, guint n)
{
  qsort (ms, n, sizeof *ms, (int (*) (const void *, const void *)) compare_double);
  return ms[n / 2];
}

static void
bench_reconstruct (DlmTopic *topic)
{
  guint limit = dlm_complex_topic_get_rank_limit (DLM_COMPLEX_TOPIC (topic));
  double ms[200];
  gsl_matrix *a = gsl_matrix_alloc (48, 64);

  for (guint i = 0; i < a->size1 * a->size2; i++)
    a->data[i] = (i * 37) % 256;
  DlmSvd *svd = dlm_svd_compute (a, NULL);
  for (guint r = 0; r < G_N_ELEMENTS (ms); r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      gsl_matrix *k = dlm_svd_reconstruct (svd, 1 + r % limit);

      ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      gsl_matrix_free (k);
    }
  printf ("rank-k reconstruction (48 x 64, k = 1..48): median %.3f ms\n", median (ms, G_N_ELEMENTS (ms)));
  dlm_svd_free (svd);
  gsl_matrix_free (a);
}

static void
bench_slider_move (DlmTopic *topic)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1920, 1080);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;
  double ms[100];

  dlm_theme_init (&theme, DLM_THEME_LIGHT, dlm_theme_auto_scale (1920, 1080));
  for (guint r = 0; r < G_N_ELEMENTS (ms); r++)
    {
      g_autofree char *rank = g_strdup_printf ("%u", 1 + r % 48);
      gint64 t0 = g_get_monotonic_time ();

      g_assert (dlm_topic_set_param (topic, "rank", rank, NULL));
      dlm_topic_render (topic, cr, &theme, 1920, 1080);
      ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
    }
  printf ("rank slider move (set rank + redraw 1920x1080): median %.2f ms\n", median (ms, G_N_ELEMENTS (ms)));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
bench_lorenz (void)
{
  DlmLorenzSetup setup;
  double ms[9];

  dlm_lorenz_setup_init (&setup);
  setup.t_end = DLM_LORENZ_MAX_T_END;
  for (guint r = 0; r < G_N_ELEMENTS (ms); r++)
    {
      gint64 t0 = g_get_monotonic_time ();
      DlmLorenzRun *run = dlm_lorenz_integrate (&setup, NULL, NULL, NULL);

      ms[r] = (g_get_monotonic_time () - t0) / 1000.0;
      g_assert (run != NULL);
      dlm_lorenz_run_free (run);
    }
  printf ("Lorenz, two trajectories to t = 200 (20001 points, rk8pd, tol 1e-12): median %.1f ms\n",
          median (ms, G_N_ELEMENTS (ms)));
}

int
main (int argc, char *argv[])
{
  g_autoptr(DlmTopic) topic = dlm_complex_topic_new ();

  bench_reconstruct (topic);
  bench_slider_move (topic);
  bench_lorenz ();
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws + histogram: N normal draws (GSL's ziggurat, through the sampling
 * core) each counted with gsl_histogram_increment into 100 bins on [−5, 5].
 * Prints one line "ns_per_draw X"; bench-sampling.py runs it interleaved
 * with NumPy's standard_normal + histogram. */
#include "config.h"

#include <gsl/gsl_histogram.h>
#include <stdio.h>
#include <stdlib.h>

#include "dlm-rng.h"
#include "dlm-sampling.h"

#define CHUNK 65536

int
main (int   argc,
      char *argv[])
{
  gsize n = argc > 1 ? strtoull (argv[1], NULL, 10) : 10000000;
  DlmPopulation pop = { DLM_POPULATION_NORMAL, 0, 1 };
  g_autoptr(DlmRng) rng = dlm_rng_new (DLM_RNG_GSL, 1);
  g_autofree double *buffer = g_new (double, CHUNK);
  gsl_histogram *h = gsl_histogram_alloc (100);
  gint64 start;
  double total = 0;

  gsl_histogram_set_ranges_uniform (h, -5, 5);
  start = g_get_monotonic_time ();
  for (gsize done = 0; done < n; done += CHUNK)
    {
      gsize count = MIN (CHUNK, n - done);

      dlm_population_draw (&pop, dlm_rng_get_gsl (rng), FALSE, buffer, count);
      for (gsize i = 0; i < count; i++)
        gsl_histogram_increment (h, buffer[i]);
    }
  total = (g_get_monotonic_time () - start) * 1000.0 / n;
  /* print the sum so the work cannot be optimised away */
  printf ("ns_per_draw %.3f (counted %.0f)\n", total, gsl_histogram_sum (h));
  gsl_histogram_free (h);
  return 0;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Draws + histogram, the way the sampling topic does them: N standard
 * normal samples of size 1 (NumPy's legacy polar method, in blocks shared
 * by the machine's cores) and their histogram (gsl_histogram_increment, 100 bins
 * on [−5, 5]). Prints one line "ns_per_draw X"; bench-sampling.py runs it
 * interleaved with NumPy's standard_normal + histogram. */
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
  guint n = argc > 1 ? (guint) strtoull (argv[1], NULL, 10) : 10000000;
  DlmPopulation pop = { DLM_POPULATION_NORMAL, 0, 1 };
  g_autoptr(DlmSampleMeans) draws = NULL;
  gsl_histogram *h;
  gint64 start;
  double total;

  start = g_get_monotonic_time ();
  draws = dlm_sample_means_compute (&pop, FALSE, 1, n, 1, NULL, NULL);
  h = dlm_sample_means_histogram (draws->means, n, -5, 5 - 0.1, -5, 0.1);
  total = (g_get_monotonic_time () - start) * 1000.0 / n;
  /* print the count so the work cannot be optimised away */
  printf ("ns_per_draw %.3f (counted %.0f in %zu bins, %u cores)\n", total,
          gsl_histogram_sum (h), gsl_histogram_bins (h), g_get_num_processors ());
  gsl_histogram_free (h);
  return 0;
}

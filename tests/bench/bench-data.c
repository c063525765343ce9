/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gsl/gsl_statistics_double.h>
#include <stdio.h>
#include <stdlib.h>

#include "dlm-data.h"

/* bench-data SPEC: reads SPEC as a field reads a file (dlm_data_load, up
 * to 2·10⁶ numbers, far beyond any field's limit, so that the reader's own
 * cost on a big file shows), then prints the count, mean and sample
 * variance. bench-data.py runs it as a whole process against NumPy. */

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmData) data = NULL;
  gsize n;

  if (argc != 2)
    {
      fprintf (stderr, "usage: bench-data SPEC\n");
      return 2;
    }
  data = dlm_data_load (argv[1], DLM_DATA_NUMBERS, 2000000, &error);
  if (data == NULL)
    {
      fprintf (stderr, "bench-data: %s\n", error->message);
      return 2;
    }
  n = data->rows * data->cols;
  printf ("n=%zu\nmean=%.17g\nvar=%.17g\n", n, gsl_stats_mean (data->values, 1, n),
          gsl_stats_variance (data->values, 1, n));
  return 0;
}

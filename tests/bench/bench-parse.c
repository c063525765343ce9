/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Matrix parser throughput: a 100×100 matrix of standard normal numbers
 * pasted as NumPy prints it (str(a) after np.set_printoptions(threshold=
 * sys.maxsize): "% .8e" entries, four to a line of at most 75 characters,
 * rows wrapped and indented the way NumPy does), parsed 1000 times. Prints
 * "parse numpy 100x100: … µs per parse, … MB/s". */
#include "config.h"

#include <gsl/gsl_randist.h>
#include <gsl/gsl_rng.h>
#include <stdio.h>

#include "dlm-parse.h"

#define N 100
#define REPEATS 1000
#define PER_LINE 4

static GString *
numpy_text (const gsl_matrix *m)
{
  GString *text = g_string_new (NULL);
  char buf[32];

  for (gsize i = 0; i < m->size1; i++)
    {
      g_string_append (text, i == 0 ? "[[" : " [");
      for (gsize j = 0; j < m->size2; j++)
        {
          if (j > 0)
            g_string_append (text, j % PER_LINE == 0 ? "\n  " : " ");
          g_snprintf (buf, sizeof buf, "% .8e", gsl_matrix_get (m, i, j));
          g_string_append (text, buf);
        }
      g_string_append (text, i + 1 < m->size1 ? "]\n" : "]]");
    }
  return text;
}

int
main (int   argc,
      char *argv[])
{
  gsl_rng *rng = gsl_rng_alloc (gsl_rng_mt19937);
  g_autoptr(gsl_matrix) m = gsl_matrix_alloc (N, N);
  g_autoptr(GString) text = NULL;
  gint64 start;
  double seconds;

  for (gsize i = 0; i < N * N; i++)
    m->data[i] = gsl_ran_gaussian_ziggurat (rng, 1.0);
  gsl_rng_free (rng);
  text = numpy_text (m);

  start = g_get_monotonic_time ();
  for (guint k = 0; k < REPEATS; k++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(gsl_matrix) parsed = dlm_parse_matrix ("A", text->str, DLM_PARSE_MAX_ENTRIES, &error);

      g_assert_no_error (error);
      g_assert_true (parsed->size1 == N && parsed->size2 == N);
    }
  seconds = (g_get_monotonic_time () - start) / (double) G_USEC_PER_SEC;

  printf ("parse numpy %dx%d (%zu bytes): %.1f µs per parse, %.1f MB/s (%d parses)\n",
          N, N, text->len, seconds * 1e6 / REPEATS,
          text->len * (double) REPEATS / seconds / 1e6, REPEATS);
  return 0;
}

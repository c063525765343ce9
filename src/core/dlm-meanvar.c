/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_sort.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-meanvar.h"

/* NumPy adds float64 values pairwise (numpy/core/src/umath/loops_utils.h.src,
 * pairwise_sum): fewer than 8 terms one after another; up to PAIRWISE_BLOCK
 * terms in 8 running sums, one per position modulo 8, joined as
 * ((r0 + r1) + (r2 + r3)) + ((r4 + r5) + (r6 + r7)), then the last n mod 8
 * terms one by one; longer runs split in two halves at a multiple of 8.
 * The reduction hands the loop at most REDUCE_BUFFER terms at a time (the
 * ufunc's buffer, which also casts integer input to float64) and adds each
 * run's sum to a total that starts at 0. Rounding depends on that order,
 * so the same order gives the same bits. */
#define PAIRWISE_BLOCK 128
#define REDUCE_BUFFER  8192

/* NumPy squares in one pass and adds in another, rounding twice; a fused
 * multiply-add (GCC contracts d * d + r into one on FMA machines at -O3)
 * would round once and change the last bit. */
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC optimize ("fp-contract=off")
#endif

/* What is added up for each value: the value, or its distance from a centre,
 * as the array NumPy makes first (x, np.abs(x - c), (x - c) * (x - c)). */
typedef enum {
  TERM_VALUE,
  TERM_DEVIATION,
  TERM_ABS_DEVIATION,
  TERM_SQUARED_DEVIATION,
} Term;

static inline double
term_of (double x,
         double c,
         Term   term)
{
  double d = x - c;

  switch (term)
    {
    case TERM_VALUE:             return x;
    case TERM_DEVIATION:         return d;
    case TERM_ABS_DEVIATION:     return fabs (d);
    case TERM_SQUARED_DEVIATION: return d * d;
    default:                     g_assert_not_reached ();
    }
}

static double
pairwise_sum (const double *x,
              gsize         n,
              double        c,
              Term          term)
{
  double r[8], res = 0;
  gsize i;

  if (n < 8)
    {
      for (i = 0; i < n; i++)
        res += term_of (x[i], c, term);
      return res;
    }
  if (n > PAIRWISE_BLOCK)
    {
      gsize half = n / 2;

      half -= half % 8;
      return pairwise_sum (x, half, c, term) + pairwise_sum (x + half, n - half, c, term);
    }
  for (guint j = 0; j < 8; j++)
    r[j] = term_of (x[j], c, term);
  for (i = 8; i < n - n % 8; i += 8)
    for (guint j = 0; j < 8; j++)
      r[j] += term_of (x[i + j], c, term);
  res = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
  for (; i < n; i++)
    res += term_of (x[i], c, term);
  return res;
}

/* np.sum of the terms: buffer by buffer, each summed pairwise. */
static double
reduce_sum (const double *x,
            gsize         n,
            double        c,
            Term          term)
{
  double total = 0;

  for (gsize start = 0; start < n; start += REDUCE_BUFFER)
    total += pairwise_sum (x + start, MIN (REDUCE_BUFFER, n - start), c, term);
  return total;
}

double
dlm_meanvar_sum (const double *x,
                 gsize         n)
{
  g_return_val_if_fail (x != NULL || n == 0, NAN);

  return reduce_sum (x, n, 0, TERM_VALUE);
}

double
dlm_meanvar_sum_abs_at (const double *x,
                        gsize         n,
                        double        c)
{
  g_return_val_if_fail (x != NULL || n == 0, NAN);

  return reduce_sum (x, n, c, TERM_ABS_DEVIATION);
}

double
dlm_meanvar_sum_sq_at (const double *x,
                       gsize         n,
                       double        c)
{
  g_return_val_if_fail (x != NULL || n == 0, NAN);

  return reduce_sum (x, n, c, TERM_SQUARED_DEVIATION);
}

/* Refuses what has no variance: ddof outside 0..1, or no more values than
 * ddof (one value with ddof = 1 would divide by zero). @field names the data
 * set in the message. */
gboolean
dlm_meanvar_check (const char  *field,
                   guint        n,
                   int          ddof,
                   GError     **error)
{
  g_return_val_if_fail (field != NULL, FALSE);

  if (ddof < 0 || ddof > 1)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("ddof: %d is not accepted; accepted: 0 (divide by n) or 1 (divide by n − 1)"),
                   ddof);
      return FALSE;
    }
  if (n == 0)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("%s: the list is empty; accepted: 1 to %d numbers"),
                   field, DLM_MEANVAR_MAX_VALUES);
      return FALSE;
    }
  if (n <= (guint) ddof)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                   _("%s: one value has no sample variance with ddof = 1 (it would divide by "
                     "n − 1 = 0); accepted: at least 2 values, or ddof = 0"),
                   field);
      return FALSE;
    }
  return TRUE;
}

/* Refuses values whose squares would overflow (NumPy prints inf and warns);
 * @field names the data set in the message. */
gboolean
dlm_meanvar_check_values (const char    *field,
                          const double  *x,
                          gsize          n,
                          GError       **error)
{
  g_return_val_if_fail (field != NULL, FALSE);
  g_return_val_if_fail (x != NULL || n == 0, FALSE);

  for (gsize i = 0; i < n; i++)
    if (!(fabs (x[i]) <= DLM_MEANVAR_MAX_SIZE))
      {
        char buf[G_ASCII_DTOSTR_BUF_SIZE];

        g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                     _("%s: %s is too large to square its distances; accepted: numbers from −1e150 to 1e150"),
                     field, g_ascii_formatd (buf, sizeof buf, "%g", x[i]));
        return FALSE;
      }
  return TRUE;
}

/* As numpy/core/_methods.py does it: the mean is np.sum(x) / n; the
 * variance subtracts that mean from every value, squares with a multiply,
 * sums as above and divides by max(n − ddof, 0); std is its square root.
 * Integer input goes through the same float64 sum, so [8, 0, 4, 1, -2, 7]
 * typed as ints or floats gives the same numbers, as in NumPy. */
gboolean
dlm_meanvar_compute (const double  *x,
                     guint          n,
                     int            ddof,
                     DlmMeanVar    *out,
                     GError       **error)
{
  g_return_val_if_fail (x != NULL || n == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!dlm_meanvar_check ("data", n, ddof, error))
    return FALSE;

  out->n = n;
  out->ddof = ddof;
  out->sum = reduce_sum (x, n, 0, TERM_VALUE);
  out->mean = out->sum / n;
  out->sum_squares = reduce_sum (x, n, out->mean, TERM_SQUARED_DEVIATION);
  out->sum_deviations = reduce_sum (x, n, out->mean, TERM_DEVIATION);
  out->sum_abs = reduce_sum (x, n, out->mean, TERM_ABS_DEVIATION);
  out->variance = out->sum_squares / (n - ddof);
  out->sd = sqrt (out->variance);
  out->mad = out->sum_abs / n;
  out->mad_n1 = n > 1 ? out->sum_abs / (n - 1) : NAN;
  return TRUE;
}

static double *
sorted_copy (const double *x,
             gsize         n)
{
  double *copy = g_memdup2 (x, n * sizeof (double));

  gsl_sort (copy, 1, n);
  return copy;
}

/* np.median averages the two middle values with np.mean, that is
 * (0 + a + b) / 2 in the order above. */
DlmMedian
dlm_meanvar_median (const double *x,
                    gsize         n)
{
  g_autofree double *sorted = NULL;
  DlmMedian m = { NAN, NAN, NAN };

  g_return_val_if_fail (x != NULL && n > 0, m);

  sorted = sorted_copy (x, n);
  m.low = sorted[(n - 1) / 2];
  m.high = sorted[n / 2];
  m.median = n % 2 == 1 ? m.low : reduce_sum (&sorted[n / 2 - 1], 2, 0, TERM_VALUE) / 2;
  return m;
}

GArray *
dlm_meanvar_modes (const double *x,
                   gsize         n,
                   guint        *count)
{
  g_autofree double *sorted = NULL;
  GArray *modes = g_array_new (FALSE, FALSE, sizeof (double));
  guint best = 0;

  g_return_val_if_fail (x != NULL && n > 0, modes);

  sorted = sorted_copy (x, n);
  for (gsize start = 0, end; start < n; start = end)
    {
      for (end = start + 1; end < n && sorted[end] == sorted[start]; end++)
        ;
      if (end - start > best)
        {
          best = end - start;
          g_array_set_size (modes, 0);
        }
      if (end - start == best)
        g_array_append_val (modes, sorted[start]);
    }
  if (count != NULL)
    *count = best;
  return modes;
}

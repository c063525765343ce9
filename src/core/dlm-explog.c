/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-explog.h"

/* base^x, with exp() for base e so that e^1 is exactly M_E. */
double
dlm_exp_base (double x,
              double base)
{
  if (base == M_E)
    return exp (x);
  if (base == 2.0)
    return exp2 (x);
  return pow (base, x);
}

/* log_base(x); NaN for x < 0 and −∞ at 0, which the plot kit draws as a
 * gap. log10 and log2 are used directly so log10(100) is exactly 2. */
double
dlm_log_base (double x,
              double base)
{
  if (x < 0)
    return NAN;
  if (base == M_E)
    return log (x);
  if (base == 2.0)
    return log2 (x);
  if (base == 10.0)
    return log10 (x);
  return log (x) / log (base);
}

/* p·p·…·p (n factors), multiplied one at a time the way a naive likelihood
 * is, so it underflows to 0 exactly where double precision does. */
double
dlm_repeated_product (double p,
                      guint  n)
{
  double product = 1.0;

  for (guint i = 0; i < n; i++)
    product *= p;
  return product;
}

/* One step of Neumaier's compensated sum: @term goes into *sum, and what
 * rounding drops of it into *compensation. */
static void
neumaier_add (double *sum,
              double *compensation,
              double  term)
{
  double t = *sum + term;

  if (fabs (*sum) >= fabs (term))
    *compensation += (*sum - t) + term;
  else
    *compensation += (term - t) + *sum;
  *sum = t;
}

/* Σ log_base p over n terms: the log-likelihood, which stays finite. Summed
 * with Neumaier's compensation, so 200 terms give the correctly rounded
 * total (−921.0340371976182 for p = 0.01, as Python's math.fsum) rather
 * than drifting in the last digits as a plain loop does. */
double
dlm_repeated_log_sum (double p,
                      guint  n,
                      double base)
{
  double sum = 0.0, compensation = 0.0;
  double term = dlm_log_base (p, base);

  for (guint i = 0; i < n; i++)
    neumaier_add (&sum, &compensation, term);
  return sum + compensation;
}

/* The running product and the running sum of logarithms after 0, 1, …, n
 * factors, into @products and @log_sums (n + 1 each): the same numbers as
 * dlm_repeated_product() and dlm_repeated_log_sum() for each k, in one pass,
 * so a figure and its CSV draw the very values the summary reports. */
void
dlm_repeated_series (double  p,
                     guint   n,
                     double  base,
                     double *products,
                     double *log_sums)
{
  double sum = 0.0, compensation = 0.0;
  double term = dlm_log_base (p, base);

  products[0] = 1.0;
  log_sums[0] = 0.0;
  for (guint k = 1; k <= n; k++)
    {
      products[k] = products[k - 1] * p;
      neumaier_add (&sum, &compensation, term);
      log_sums[k] = sum + compensation;
    }
}

/* The first number of factors at which the running product is exactly 0,
 * or 0 if it never underflows within n factors. */
guint
dlm_underflow_step (double p,
                    guint  n)
{
  double product = 1.0;

  for (guint i = 1; i <= n; i++)
    {
      product *= p;
      if (product == 0.0)
        return i;
    }
  return 0;
}

gboolean
dlm_check_probability (const char  *field,
                       double       p,
                       GError     **error)
{
  if (p > 0.0 && p <= 1.0)
    return TRUE;

  g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
               _("%s: %g is not a probability here; accepted: greater than 0 and at most 1"),
               field, p);
  return FALSE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-entropy.h"
#include "dlm-error.h"
#include "dlm-format.h"

/* −p log p, with the limit 0 at p = 0. */
static double
surprisal_term (double p,
                double base)
{
  return p > 0 ? -p * log (p) / log (base) : 0;
}

double
dlm_entropy (const double *p,
             guint         n,
             double        base)
{
  double h = 0;

  for (guint i = 0; i < n; i++)
    h += surprisal_term (p[i], base);
  /* a sum of non-negative terms: −0 (a certain outcome) prints as 0 */
  return h + 0.0;
}

double
dlm_binary_entropy (double p,
                    double base)
{
  return surprisal_term (p, base) + surprisal_term (1 - p, base) + 0.0;
}

double
dlm_cross_entropy (const double *p,
                   const double *q,
                   guint         n,
                   double        base)
{
  double h = 0;

  for (guint i = 0; i < n; i++)
    {
      if (p[i] == 0)
        continue;
      if (q[i] == 0)
        return INFINITY;
      h -= p[i] * log (q[i]) / log (base);
    }
  return h + 0.0;
}

/* KL(p ‖ q) = H(p, q) − H(p), the identity the cross-entropy view shows,
 * computed as exactly that difference: with a one-hot truth H(p) is 0 and
 * KL is the cross-entropy to the last bit, so the two print the same
 * number. (Summing p log(p/q) term by term instead rounds 1/q and differs
 * in the last digit.) The price is cancellation when KL is tiny beside
 * H(p, q): the error is then a few ulps of H(p, q), not of KL, which is
 * why the test against scipy.stats.entropy(p, q) allows that much. A
 * difference a rounding below 0 (q = p) is clamped: KL is never negative. */
double
dlm_kl_divergence (const double *p,
                   const double *q,
                   guint         n,
                   double        base)
{
  double cross = dlm_cross_entropy (p, q, n, base);

  if (isinf (cross))
    return cross;
  return MAX (cross - dlm_entropy (p, n, base), 0.0);
}

static gboolean
check_values (const char  *field,
              const double *p,
              guint         n,
              double       *total,
              GError      **error)
{
  *total = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!(p[i] >= 0) || !isfinite (p[i]))
        {
          g_autofree char *v = dlm_format_short (p[i], -1);
          g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
                       _("%s: value %u is %s; accepted: probabilities of 0 or more"),
                       field, i + 1, v);
          return FALSE;
        }
      *total += p[i];
    }
  if (*total > 0)
    return TRUE;
  g_set_error (error, DLM_ERROR, DLM_ERROR_RANGE,
               _("%s: every value is 0; accepted: probabilities of 0 or more with a positive total"),
               field);
  return FALSE;
}

/* Values such as 1e308, 1e308 add up to ∞; divided by the largest first
 * they still stand for the distribution they mean (½, ½). Returns the sum
 * of the scaled values. */
static double
sum_scaled_by_largest (double *p,
                       guint   n)
{
  double largest = 0, sum = 0;

  for (guint i = 0; i < n; i++)
    largest = MAX (largest, p[i]);
  for (guint i = 0; i < n; i++)
    sum += (p[i] /= largest);
  return sum;
}

gboolean
dlm_normalise_distribution (const char  *field,
                            double      *p,
                            guint        n,
                            gboolean    *normalised,
                            double      *total,
                            GError     **error)
{
  double divisor;

  g_return_val_if_fail (field != NULL && p != NULL, FALSE);

  if (!check_values (field, p, n, total, error))
    return FALSE;
  *normalised = fabs (*total - 1) > DLM_ENTROPY_SUM_TOLERANCE;
  divisor = isfinite (*total) ? *total : sum_scaled_by_largest (p, n);
  for (guint i = 0; i < n && divisor != 1; i++)
    p[i] /= divisor;
  return TRUE;
}

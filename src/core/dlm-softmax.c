/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-softmax.h"

/* First index of the largest value, as numpy.argmax does. */
gsize
dlm_argmax (const double *values,
            gsize         n)
{
  g_return_val_if_fail (values != NULL, 0);
  g_return_val_if_fail (n > 0, 0);

  return gsl_stats_max_index (values, 1, n);
}

/* log Σ exp(zᵢ), computed as m + log Σ exp(zᵢ − m) with m = max z, so no
 * term overflows and the largest term is exactly 1. */
double
dlm_logsumexp (const double *z,
               gsize         n)
{
  double m, sum = 0.0;

  g_return_val_if_fail (z != NULL, NAN);
  g_return_val_if_fail (n > 0, NAN);

  m = gsl_stats_max (z, 1, n);
  for (gsize i = 0; i < n; i++)
    sum += exp (z[i] - m);

  return m + log (sum);
}

static gboolean
check_input (const double  *z,
             gsize          n,
             double         temperature,
             GError       **error)
{
  if (n == 0)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_EMPTY,
                   _("logits: the list is empty; enter at least one number"));
      return FALSE;
    }
  if (!(temperature >= DLM_SOFTMAX_MIN_TEMPERATURE && temperature <= DLM_SOFTMAX_MAX_TEMPERATURE))
    {
      g_autofree char *text = dlm_format_number_shortest (temperature);
      g_autofree char *lo = dlm_format_number_shortest (DLM_SOFTMAX_MIN_TEMPERATURE);
      g_autofree char *hi = dlm_format_number_shortest (DLM_SOFTMAX_MAX_TEMPERATURE);
      g_autofree char *accepted = g_strdup_printf (_("%s to %s"), lo, hi);

      dlm_set_range_error (error, "temperature", text, temperature > DLM_SOFTMAX_MIN_TEMPERATURE, accepted);
      return FALSE;
    }
  for (gsize i = 0; i < n; i++)
    if (!isfinite (z[i]))
      {
        g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
                     _("logits: value %u is not a finite number"), (guint) i + 1);
        return FALSE;
      }
  return TRUE;
}

/* σ(z/T)ᵢ = exp(zᵢ/T − m) / Σⱼ exp(zⱼ/T − m), m = max zⱼ/T. Subtracting the
 * maximum changes nothing mathematically (softmax is shift-invariant) but
 * keeps every exponent ≤ 0, so z = [1000, 1001, 1002] works. */
gboolean
dlm_softmax (const double  *z,
             gsize          n,
             double         temperature,
             double        *probabilities,
             GError       **error)
{
  double m, sum = 0.0;

  g_return_val_if_fail (probabilities != NULL, FALSE);

  if (!check_input (z, n, temperature, error))
    return FALSE;

  m = gsl_stats_max (z, 1, n) / temperature;
  for (gsize i = 0; i < n; i++)
    {
      probabilities[i] = exp (z[i] / temperature - m);
      sum += probabilities[i];
    }
  for (gsize i = 0; i < n; i++)
    probabilities[i] /= sum;

  return TRUE;
}

/* The textbook formula exp(zᵢ) / Σ exp(zⱼ), kept only to show why it fails:
 * returns FALSE when an exponential overflowed (the result is then NaN). */
gboolean
dlm_softmax_naive (const double *z,
                   gsize         n,
                   double       *exponentials,
                   double       *probabilities)
{
  double sum = 0.0;
  gboolean ok = TRUE;

  g_return_val_if_fail (z != NULL && n > 0, FALSE);

  for (gsize i = 0; i < n; i++)
    {
      exponentials[i] = exp (z[i]);
      ok &= isfinite (exponentials[i]);
      sum += exponentials[i];
    }
  for (gsize i = 0; i < n; i++)
    probabilities[i] = exponentials[i] / sum;

  return ok && isfinite (sum);
}

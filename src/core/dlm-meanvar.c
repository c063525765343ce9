/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_statistics_double.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-meanvar.h"

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

gboolean
dlm_meanvar_compute (const double  *x,
                     guint          n,
                     int            ddof,
                     DlmMeanVar    *out,
                     GError       **error)
{
  double sum = 0;

  g_return_val_if_fail (x != NULL || n == 0, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);

  if (!dlm_meanvar_check ("data", n, ddof, error))
    return FALSE;

  out->n = n;
  out->ddof = ddof;
  out->mean = gsl_stats_mean (x, 1, n);
  /* GSL's variance_m divides by n − 1 and variance_with_fixed_mean by n;
   * both give NumPy's var(ddof=1) and var(ddof=0) for the course's
   * examples to the last bit. The sum of squares the figure shows comes
   * from tss_m and can differ from variance × (n − ddof) in the last bit. */
  out->sum_squares = gsl_stats_tss_m (x, 1, n, out->mean);
  if (ddof == 1)
    out->variance = gsl_stats_variance_m (x, 1, n, out->mean);
  else
    out->variance = gsl_stats_variance_with_fixed_mean (x, 1, n, out->mean);
  out->sd = sqrt (out->variance);
  out->mad = gsl_stats_absdev_m (x, 1, n, out->mean);
  for (guint i = 0; i < n; i++)
    sum += x[i] - out->mean;
  out->sum_deviations = sum;
  return TRUE;
}

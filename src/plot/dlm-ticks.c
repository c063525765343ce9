/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-plot"

#include "config.h"

#include <math.h>

#include "dlm-format.h"
#include "dlm-plot.h"

/* The smallest "nice" step (1, 2, 2.5 or 5 times a power of ten) that
 * covers the range in at most max_ticks − 1 intervals. */
static double
nice_step (double min,
           double max,
           guint  max_ticks)
{
  static const double mantissas[] = { 1.0, 2.0, 2.5, 5.0, 10.0 };
  guint intervals = MAX (max_ticks - 1, 1);
  /* divided first: −1e308 to 1e308 spans more than DBL_MAX */
  double raw = max / intervals - min / intervals;
  double magnitude = pow (10.0, floor (log10 (raw)));

  for (guint i = 0; i < G_N_ELEMENTS (mantissas); i++)
    if (mantissas[i] * magnitude >= raw * (1 - 1e-9))
      return mantissas[i] * magnitude;
  return 10.0 * magnitude;
}

/* Fills @ticks (room for max_ticks + 2) with multiples of a nice step inside
 * [min, max]; returns how many. A degenerate range gets one tick. */
guint
dlm_ticks_linear (double  min,
                  double  max,
                  guint   max_ticks,
                  double *ticks,
                  double *step)
{
  double s, first;
  guint n = 0;

  g_return_val_if_fail (ticks != NULL, 0);
  g_return_val_if_fail (max_ticks >= 2, 0);

  if (!(max > min))
    {
      ticks[0] = min;
      if (step != NULL)
        *step = 1.0;
      return 1;
    }

  s = nice_step (min, max, max_ticks);
  first = ceil (min / s - 1e-9) * s;
  for (double t = first; t <= max + s * 1e-9 && isfinite (t) && n < max_ticks + 1; t = first + n * s)
    ticks[n++] = fabs (t) < s * 1e-9 ? 0.0 : t;

  if (step != NULL)
    *step = s;
  return n;
}

/* Ticks at powers of the base, thinned to every k-th power when the range
 * spans more decades than max_ticks. */
guint
dlm_ticks_log (double  min,
               double  max,
               double  base,
               guint   max_ticks,
               double *ticks)
{
  static const guint nice_every[] = { 2, 3, 5, 10, 20, 25, 50, 100, 200 };
  double lo, hi;
  guint every, n = 0;

  g_return_val_if_fail (ticks != NULL, 0);
  g_return_val_if_fail (min > 0 && max > min && base > 1, 0);

  lo = ceil (log (min) / log (base) - 1e-9);
  hi = floor (log (max) / log (base) + 1e-9);
  every = 1;
  /* thin to every 2nd, 5th, 10th, … power so labels stay round */
  for (guint i = 0; i < G_N_ELEMENTS (nice_every) && (hi - lo) / every + 1 > max_ticks; i++)
    every = nice_every[i];
  lo = ceil (lo / every) * every;

  for (double e = lo; e <= hi && n < max_ticks + 1; e += every)
    ticks[n++] = pow (base, e);
  return n;
}

/* Enough decimals to tell ticks @step apart, and no more; a real minus. */
char *
dlm_tick_label (double value,
                double step)
{
  int digits = 0;

  while (digits < 10 && fabs (step * pow (10, digits) - round (step * pow (10, digits))) > 1e-6)
    digits++;

  if (fabs (value) >= 1e6 || (value != 0 && fabs (value) < 1e-4))
    {
      /* enough significant digits to tell ticks a step apart: 12 345 000
       * and 12 346 000 must not both read 1.23 × 10⁷ */
      int significant = (int) floor (log10 (fabs (value))) - (int) floor (log10 (step)) + 1;

      return dlm_format_short (value, CLAMP (significant, 1, 15));
    }
  return dlm_format_short (value, CLAMP (digits, 0, 10));
}

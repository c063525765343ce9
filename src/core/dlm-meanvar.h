/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DLM_MEANVAR_MAX_VALUES 1000
/* Values up to this size: 1000 of them, their squared distances and
 * those from any center the figures show stay far below the largest
 * double (n × (2 × 10¹⁵⁰)² ≈ 4 × 10³⁰³). */
#define DLM_MEANVAR_MAX_SIZE   1e150

/* The spread of one data set, computed in NumPy's order of operations so
 * that every number equals what np.mean, np.var, np.std and np.sum print,
 * to the last bit. "ddof" (delta degrees of freedom) is what is taken off
 * n before dividing the sum of squares: 1 gives the sample variance the
 * course uses (n − 1), 0 the population variance (n). */
typedef struct {
  guint  n;
  int    ddof;
  double sum;                /* Σ xᵢ, np.sum(x) */
  double mean;               /* np.mean(x) */
  double sum_squares;        /* Σ (xᵢ − x̄)², np.sum((x - x.mean())**2) */
  double sum_deviations;     /* Σ (xᵢ − x̄): 0 up to rounding */
  double sum_abs;            /* Σ |xᵢ − x̄| */
  double variance;           /* np.var(x, ddof=ddof) */
  double sd;                 /* np.std(x, ddof=ddof) */
  double mad;                /* mean absolute deviation Σ |xᵢ − x̄| / n */
  double mad_n1;             /* the course slide's Σ |xᵢ − x̄| / (n − 1); NaN for n = 1 */
} DlmMeanVar;

gboolean dlm_meanvar_check   (const char    *field,
                              guint          n,
                              int            ddof,
                              GError       **error);
gboolean dlm_meanvar_check_values (const char   *field,
                                   const double *x,
                                   gsize         n,
                                   GError      **error);
gboolean dlm_meanvar_compute (const double  *x,
                              guint          n,
                              int            ddof,
                              DlmMeanVar    *out,
                              GError       **error);

/* np.sum(x) of a float64 array, or of an integer one with dtype=float64. */
double   dlm_meanvar_sum     (const double  *x,
                              gsize          n);
/* np.sum(np.abs(x - c)) and np.sum((x - c)**2): the two ways of adding up
 * the distances from a centre c. */
double   dlm_meanvar_sum_abs_at (const double *x,
                                 gsize         n,
                                 double        c);
double   dlm_meanvar_sum_sq_at  (const double *x,
                                 gsize         n,
                                 double        c);

/* The middle of the data and where Σ |xᵢ − c| is smallest: for odd n the
 * middle value alone (low == high), for even n every c from the lower to
 * the upper of the two middle values, the curve being flat in between;
 * median is np.median(x), the midpoint of that interval. */
typedef struct {
  double median;
  double low;
  double high;
} DlmMedian;

DlmMedian dlm_meanvar_median (const double *x,
                              gsize         n);

/* The most frequent values, ascending, and how often each occurs. When
 * every value occurs once, every value is returned with count 1: there
 * is then no mode worth the name (scipy.stats.mode returns the smallest
 * value, statistics.multimode all of them). */
GArray   *dlm_meanvar_modes  (const double  *x,
                              gsize          n,
                              guint         *count);

G_END_DECLS

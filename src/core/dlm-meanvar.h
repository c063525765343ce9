/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DLM_MEANVAR_MAX_VALUES 1000

/* The spread of one data set. "ddof" (delta degrees of freedom) is what is
 * taken off n before dividing the sum of squares: 1 gives the sample
 * variance the course uses (n − 1), 0 the population variance (n). */
typedef struct {
  guint  n;
  int    ddof;
  double mean;
  double sum_squares;        /* Σ (xᵢ − x̄)² */
  double sum_deviations;     /* Σ (xᵢ − x̄): 0 up to rounding */
  double variance;           /* sum_squares / (n − ddof) */
  double sd;                 /* √variance */
  double mad;                /* mean absolute deviation, Σ |xᵢ − x̄| / n */
} DlmMeanVar;

gboolean dlm_meanvar_check   (const char    *field,
                              guint          n,
                              int            ddof,
                              GError       **error);
gboolean dlm_meanvar_compute (const double  *x,
                              guint          n,
                              int            ddof,
                              DlmMeanVar    *out,
                              GError       **error);

G_END_DECLS

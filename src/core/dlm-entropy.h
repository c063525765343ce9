/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A distribution has at most this many outcomes. */
#define DLM_ENTROPY_MAX_VALUES 50
/* A total this close to 1 counts as 1: no rescaling, no notice. */
#define DLM_ENTROPY_SUM_TOLERANCE 1e-9

/* Information measures in the logarithm's @base (2: bits, e: nats,
 * 10: hartleys). Terms with p = 0 count as 0 (0 · log 0 = 0, the limit);
 * a true outcome that the prediction q gives probability 0 makes the
 * cross-entropy and the KL divergence +∞, never NaN. */
double    dlm_entropy               (const double  *p,
                                     guint          n,
                                     double         base);
double    dlm_binary_entropy        (double         p,
                                     double         base);
double    dlm_cross_entropy         (const double  *p,
                                     const double  *q,
                                     guint          n,
                                     double         base);
double    dlm_kl_divergence         (const double  *p,
                                     const double  *q,
                                     guint          n,
                                     double         base);
/* Checks @p (n values) as a probability distribution: no negative values,
 * not all 0. A total other than 1 is divided out: *@normalised tells
 * whether that happened, *@total gives the total typed. */
gboolean  dlm_normalise_distribution (const char   *field,
                                      double       *p,
                                      guint         n,
                                      gboolean     *normalised,
                                      double       *total,
                                      GError      **error);

G_END_DECLS

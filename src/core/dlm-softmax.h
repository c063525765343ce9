/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DLM_SOFTMAX_MIN_TEMPERATURE 0.05
#define DLM_SOFTMAX_MAX_TEMPERATURE 100.0
#define DLM_SOFTMAX_MAX_LOGITS      1000

gboolean  dlm_softmax        (const double  *z,
                              gsize          n,
                              double         temperature,
                              double        *probabilities,
                              GError       **error);
double    dlm_logsumexp      (const double  *z,
                              gsize          n);
gboolean  dlm_softmax_naive  (const double  *z,
                              gsize          n,
                              double        *exponentials,
                              double        *probabilities);
gsize     dlm_argmax         (const double  *values,
                              gsize          n);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DLM_EXPLOG_MAX_N 100000

double    dlm_exp_base          (double   x,
                                 double   base);
double    dlm_log_base          (double   x,
                                 double   base);
double    dlm_repeated_product  (double   p,
                                 guint    n);
double    dlm_repeated_log_sum  (double   p,
                                 guint    n,
                                 double   base);
void      dlm_repeated_series   (double   p,
                                 guint    n,
                                 double   base,
                                 double  *products,
                                 double  *log_sums);
guint     dlm_underflow_step    (double   p,
                                 guint    n);
gboolean  dlm_check_probability (const char *field,
                                 double   p,
                                 GError **error);

G_END_DECLS

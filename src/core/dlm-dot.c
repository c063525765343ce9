/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_blas.h>

#include "dlm-dot.h"
#include "dlm-error.h"

gsize
dlm_dot_slide_length (gsize n_signal,
                      gsize n_kernel)
{
  return n_kernel == 0 || n_kernel > n_signal ? 0 : n_signal - n_kernel + 1;
}

gboolean
dlm_dot_slide_check (const char  *field,
                     gsize        n_signal,
                     gsize        n_kernel,
                     GError     **error)
{
  if (n_kernel <= n_signal)
    return TRUE;
  /* TRANSLATORS: "kernel: the kernel has 5 numbers and the signal 3; …" */
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: the kernel has %llu numbers and the signal %llu; accepted: a kernel of at "
                 "most as many numbers as the signal, so that it fits in a window"),
               field, (unsigned long long) n_kernel, (unsigned long long) n_signal);
  return FALSE;
}

double
dlm_dot_slide_at (const double *signal,
                  const double *kernel,
                  gsize         n_kernel,
                  gsize         i)
{
  gsl_vector_const_view window = gsl_vector_const_view_array (signal + i, n_kernel);
  gsl_vector_const_view taps = gsl_vector_const_view_array (kernel, n_kernel);
  double result = 0;

  gsl_blas_ddot (&taps.vector, &window.vector, &result);
  return result;
}

double *
dlm_dot_slide (const double *signal,
               gsize         n_signal,
               const double *kernel,
               gsize         n_kernel,
               gboolean      flip)
{
  gsize n_out = dlm_dot_slide_length (n_signal, n_kernel);
  g_autofree double *taps = NULL;
  double *out;

  g_return_val_if_fail (signal != NULL && kernel != NULL, NULL);

  if (n_out == 0)
    return NULL;
  taps = g_memdup2 (kernel, n_kernel * sizeof (double));
  for (gsize j = 0; flip && j < n_kernel / 2; j++)
    {
      double t = taps[j];
      taps[j] = taps[n_kernel - 1 - j];
      taps[n_kernel - 1 - j] = t;
    }
  out = g_new (double, n_out);
  for (gsize i = 0; i < n_out; i++)
    out[i] = dlm_dot_slide_at (signal, taps, n_kernel, i);
  return out;
}

gboolean
dlm_dot_is_palindrome (const double *kernel,
                       gsize         n_kernel)
{
  for (gsize j = 0; j < n_kernel / 2; j++)
    if (kernel[j] != kernel[n_kernel - 1 - j])
      return FALSE;
  return TRUE;
}

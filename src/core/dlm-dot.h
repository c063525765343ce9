/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A kernel sliding over a signal, as deep learning's "convolution" layers
 * compute it: output i is the dot product of the kernel with the window
 * signal[i … i + k − 1]. This is cross-correlation (PyTorch's conv1d,
 * np.correlate(signal, kernel, 'valid')); the kernel is not flipped, as
 * np.convolve would flip it. Only windows that lie wholly inside the
 * signal count ('valid'), so n numbers and k taps give n − k + 1 outputs. */

/* How many outputs a signal of @n_signal numbers and a kernel of
 * @n_kernel give: n − k + 1, or 0 when the kernel is longer. */
gsize     dlm_dot_slide_length  (gsize          n_signal,
                                 gsize          n_kernel);
/* FALSE with an error naming @field and both lengths when the kernel has
 * more numbers than the signal, so no window fits. */
gboolean  dlm_dot_slide_check   (const char    *field,
                                 gsize          n_signal,
                                 gsize          n_kernel,
                                 GError       **error);
/* Output @i: Σⱼ kernel[j] · signal[i + j] by BLAS (i < the output length). */
double    dlm_dot_slide_at      (const double  *signal,
                                 const double  *kernel,
                                 gsize          n_kernel,
                                 gsize          i);
/* All n − k + 1 outputs, newly allocated (NULL when the kernel is longer
 * than the signal). @flip reverses the kernel first, which gives
 * np.convolve(signal, kernel, 'valid') instead. */
double   *dlm_dot_slide         (const double  *signal,
                                 gsize          n_signal,
                                 const double  *kernel,
                                 gsize          n_kernel,
                                 gboolean       flip);
/* Whether the kernel reads the same backwards, so flipping it changes
 * nothing and np.convolve and np.correlate agree. */
gboolean  dlm_dot_is_palindrome (const double  *kernel,
                                 gsize          n_kernel);

G_END_DECLS

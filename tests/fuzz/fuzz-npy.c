/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <math.h>

#include "dlm-error.h"
#include "dlm-npy.h"

/* libFuzzer target for dlm_npy_read. Any bytes either give an array whose
 * shape agrees with its count (rows × cols = found), whose values are all
 * finite, and which holds values exactly when it has at most the allowed
 * number; or a DLM_ERROR with a message in valid UTF-8. Nothing is read
 * outside the buffer (ASan sees to that), and a shape of 2⁶⁴ allocates
 * nothing. */

#define MAX_VALUES 4096

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  /* a copy of exactly @size bytes, so a read one past the end is caught */
  g_autofree guint8 *bytes = g_memdup2 (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmArray) array = dlm_npy_read (bytes, size, MAX_VALUES, &error);
  guint64 product;

  if (array == NULL)
    {
      g_assert_true (error != NULL && error->domain == DLM_ERROR);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      return 0;
    }
  g_assert_no_error (error);
  g_assert_true (g_uint64_checked_mul (&product, array->rows, array->cols));
  g_assert_cmpuint (product, ==, array->found);
  g_assert_true ((array->values != NULL) == (array->found <= MAX_VALUES));
  for (gsize i = 0; array->values != NULL && i < array->found; i++)
    g_assert_true (isfinite (array->values[i]));
  return 0;
}

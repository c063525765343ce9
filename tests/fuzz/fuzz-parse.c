/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-parse.h"

/* libFuzzer target for dlm_parse_matrix. Any text must either give a
 * matrix or a DLM_ERROR whose message names the field in valid UTF-8; a
 * matrix must be finite, within the limit, and come back unchanged (same
 * shape, bit-for-bit equal values) through
 * dlm_format_matrix and a second parse. */

#define FIELD "A"
#define MAX_ENTRIES 1000

static void
check_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == DLM_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, FIELD ": "));
}

static void
check_round_trip (const gsl_matrix *m)
{
  g_autofree char *text = dlm_format_matrix (m);
  g_autoptr(GError) error = NULL;
  g_autoptr(gsl_matrix) again = dlm_parse_matrix (FIELD, text, MAX_ENTRIES, &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (again->size1, ==, m->size1);
  g_assert_cmpuint (again->size2, ==, m->size2);
  for (gsize i = 0; i < m->size1 * m->size2; i++)
    g_assert_true (isfinite (m->data[i]));
  /* bit for bit, so -0 must come back as -0 */
  g_assert_true (memcmp (again->data, m->data, sizeof (double) * m->size1 * m->size2) == 0);
}

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(gsl_matrix) m = dlm_parse_matrix (FIELD, text, MAX_ENTRIES, &error);

  if (m == NULL)
    {
      check_error (error);
      return 0;
    }

  g_assert_no_error (error);
  g_assert_cmpuint (m->size1 * m->size2, >=, 1);
  g_assert_cmpuint (m->size1 * m->size2, <=, MAX_ENTRIES);
  check_round_trip (m);
  return 0;
}

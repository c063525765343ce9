/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-core"

#include "config.h"

#include <glib/gi18n.h>
#include <gsl/gsl_blas.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-matmul.h"

gboolean
dlm_matmul_check_shapes (const char  *field,
                         const char  *a_name,
                         gsize        a_rows,
                         gsize        a_cols,
                         const char  *b_name,
                         gsize        b_rows,
                         gsize        b_cols,
                         GError     **error)
{
  if (a_cols == b_rows)
    return TRUE;
  /* TRANSLATORS: "b: A is 2×3 and B is 2×2: the inner sizes 3 and 2 differ;
   * A's columns must equal B's rows" — the field, then the two factors */
  g_set_error (error, DLM_ERROR, DLM_ERROR_INVALID,
               _("%s: %s is %llu×%llu and %s is %llu×%llu: the inner sizes %llu and %llu "
                 "differ; %s's columns must equal %s's rows"),
               field, a_name, (unsigned long long) a_rows, (unsigned long long) a_cols,
               b_name, (unsigned long long) b_rows, (unsigned long long) b_cols,
               (unsigned long long) a_cols, (unsigned long long) b_rows, a_name, b_name);
  return FALSE;
}

gsl_matrix *
dlm_matmul_op (const gsl_matrix *m,
               gboolean          transpose)
{
  gsl_matrix *out;

  g_return_val_if_fail (m != NULL, NULL);

  if (!transpose)
    {
      out = gsl_matrix_alloc (m->size1, m->size2);
      gsl_matrix_memcpy (out, m);
      return out;
    }
  out = gsl_matrix_alloc (m->size2, m->size1);
  gsl_matrix_transpose_memcpy (out, m);
  return out;
}

gsl_matrix *
dlm_matmul (const gsl_matrix *a,
            gboolean          transpose_a,
            const gsl_matrix *b,
            gboolean          transpose_b)
{
  gsize rows = transpose_a ? a->size2 : a->size1;
  gsize inner_a = transpose_a ? a->size1 : a->size2;
  gsize inner_b = transpose_b ? b->size2 : b->size1;
  gsize cols = transpose_b ? b->size1 : b->size2;
  gsl_matrix *c;

  g_return_val_if_fail (inner_a == inner_b, NULL);

  c = gsl_matrix_calloc (rows, cols);
  gsl_blas_dgemm (transpose_a ? CblasTrans : CblasNoTrans,
                  transpose_b ? CblasTrans : CblasNoTrans,
                  1.0, a, b, 0.0, c);
  return c;
}

void
dlm_matmul_step_entry (guint  step,
                       guint  cols,
                       guint *i,
                       guint *j)
{
  g_return_if_fail (step >= 1 && cols >= 1);

  *i = (step - 1) / cols;
  *j = (step - 1) % cols;
}

static void
append_factor (GString *out,
               double   value)
{
  g_autofree char *text = dlm_format_short (value, -1);

  /* a negative factor, or one in powers of ten ("1.5 × 10⁷"), is put in
   * parentheses so that its sign or its × can't be read as the product's */
  if (value < 0 || strstr (text, "×") != NULL)
    g_string_append_printf (out, "(%s)", text);
  else
    g_string_append (out, text);
}

static void
append_term (GString          *out,
             const gsl_matrix *a,
             const gsl_matrix *b,
             guint             i,
             guint             j,
             guint             k)
{
  if (out->len > 0)
    g_string_append (out, " + ");
  append_factor (out, gsl_matrix_get (a, i, k));
  g_string_append (out, "×");
  append_factor (out, gsl_matrix_get (b, k, j));
}

char *
dlm_matmul_terms (const gsl_matrix *a,
                  const gsl_matrix *b,
                  guint             i,
                  guint             j,
                  double            value,
                  guint             max_terms)
{
  GString *out = g_string_new (NULL);
  guint n = a->size2;
  guint shown = n > max_terms ? MAX (max_terms, 2) - 1 : n;
  g_autofree char *sum = dlm_format_short (value, -1);

  g_return_val_if_fail (a->size2 == b->size1, NULL);
  g_return_val_if_fail (i < a->size1 && j < b->size2, NULL);

  for (guint k = 0; k < shown; k++)
    append_term (out, a, b, i, j, k);
  if (shown < n)
    {
      g_string_append (out, " + …");
      append_term (out, a, b, i, j, n - 1);
    }
  g_string_append_printf (out, " = %s", sum);
  return g_string_free (out, FALSE);
}

gsl_matrix *
dlm_matmul_random (DlmRng *rng,
                   guint   rows,
                   guint   cols,
                   int     low,
                   int     high)
{
  gsl_matrix *m;

  g_return_val_if_fail (rows > 0 && cols > 0 && low < high, NULL);

  m = gsl_matrix_alloc (rows, cols);
  for (guint i = 0; i < rows; i++)
    for (guint j = 0; j < cols; j++)
      gsl_matrix_set (m, i, j, (double) dlm_rng_integer (rng, low, high));
  return m;
}

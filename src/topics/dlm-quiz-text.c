/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <math.h>

#include "dlm-format.h"
#include "dlm-quiz-text.h"

char *
dlm_quiz_format_number (double value)
{
  /* rounding noise such as 1e-16 in a computed 0 would read as a wrong answer */
  if (value != 0 && fabs (value) < 1e-12)
    value = 0;
  return dlm_format_short (value, -1);
}

/* @digits < 0: the short form; else that many digits after the point. */
static void
append_row (GString      *out,
            const double *values,
            gsize         n,
            int           digits)
{
  g_string_append_c (out, '[');
  for (gsize i = 0; i < n; i++)
    {
      g_autofree char *t = digits < 0 ? dlm_quiz_format_number (values[i])
                                      : dlm_format_fixed (values[i], digits);

      g_string_append_printf (out, "%s%s", i > 0 ? ", " : "", t);
    }
  g_string_append_c (out, ']');
}

char *
dlm_quiz_format_vector (const double *values,
                        gsize         n)
{
  GString *out = g_string_new (NULL);

  append_row (out, values, n, -1);
  return g_string_free (out, FALSE);
}

char *
dlm_quiz_format_vector_fixed (const double *values,
                              gsize         n,
                              int           digits)
{
  GString *out = g_string_new (NULL);

  g_return_val_if_fail (digits >= 0, NULL);

  append_row (out, values, n, digits);
  return g_string_free (out, FALSE);
}

char *
dlm_quiz_format_matrix (const gsl_matrix *matrix)
{
  GString *out = g_string_new ("[");

  g_return_val_if_fail (matrix != NULL, NULL);

  for (gsize i = 0; i < matrix->size1; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      append_row (out, gsl_matrix_const_ptr (matrix, i, 0), matrix->size2, -1);
    }
  g_string_append_c (out, ']');
  return g_string_free (out, FALSE);
}

void
dlm_quiz_question_add_number (DlmQuizQuestion *question,
                              gboolean         correct,
                              double           value,
                              const char      *reason)
{
  dlm_quiz_question_take_choice (question, correct, dlm_quiz_format_number (value),
                                 g_strdup (reason));
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_matrix.h>

#include "dlm-quiz.h"

G_BEGIN_DECLS

/* Numbers as the self-checks write them: the short label form of
 * dlm_format_short() (a real minus sign), vectors and matrices in Python's
 * list notation, "[1, 0, −2]" and "[[1, 5], [0, 6]]", so that a student
 * can compare them with what NumPy's tolist() prints. */
char *dlm_quiz_format_number (double            value);
char *dlm_quiz_format_vector (const double     *values,
                              gsize             n);
/* The same with @digits digits after the point, "[0.3745, 0.9507]", as
 * a panel prints seeded random numbers. */
char *dlm_quiz_format_vector_fixed (const double *values,
                                    gsize         n,
                                    int           digits);
char *dlm_quiz_format_matrix (const gsl_matrix *matrix);

/* A choice whose text is @value in the form above. */
void  dlm_quiz_question_add_number (DlmQuizQuestion *question,
                                    gboolean         correct,
                                    double           value,
                                    const char      *reason);

G_END_DECLS

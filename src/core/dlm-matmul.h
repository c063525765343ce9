/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_matrix.h>

#include "dlm-rng.h"

G_BEGIN_DECLS

/* The product may have at most this many entries (and so, steps). */
#define DLM_MATMUL_MAX_ENTRIES 10000

/* The shape rule: @a_name (a_rows×a_cols) times @b_name (b_rows×b_cols)
 * is defined when a_cols == b_rows and gives a_rows×b_cols. On a mismatch
 * the error names @field, both shapes and the rule, e.g. "b: A is 2×3 and
 * B is 2×2: the inner sizes 3 and 2 differ; A's columns must equal B's
 * rows". */
gboolean    dlm_matmul_check_shapes (const char        *field,
                                     const char        *a_name,
                                     gsize              a_rows,
                                     gsize              a_cols,
                                     const char        *b_name,
                                     gsize              b_rows,
                                     gsize              b_cols,
                                     GError           **error);
/* op(A)·op(B) with gsl_blas_dgemm, where op transposes when asked; the
 * shapes must already agree (see dlm_matmul_check_shapes). */
gsl_matrix *dlm_matmul              (const gsl_matrix  *a,
                                     gboolean           transpose_a,
                                     const gsl_matrix  *b,
                                     gboolean           transpose_b);
/* op(M) as a new matrix (a copy, or gsl_matrix_transpose_memcpy). */
gsl_matrix *dlm_matmul_op           (const gsl_matrix  *m,
                                     gboolean           transpose);
/* The entry of C that step @step (1 … rows·cols) fills: C is filled row by
 * row, so step s is entry ((s − 1) / cols, (s − 1) mod cols). */
void        dlm_matmul_step_entry   (guint              step,
                                     guint              cols,
                                     guint             *i,
                                     guint             *j);
/* The products that make entry (i, j) of A·B written out, with the sum
 * @value: "1×2 + 3×6 = 20". Negative factors are bracketed ("1×(−2)").
 * More than @max_terms terms are shortened to the first ones, "…" and the
 * last one. A and B are the factors as multiplied (already transposed). */
char       *dlm_matmul_terms        (const gsl_matrix  *a,
                                     const gsl_matrix  *b,
                                     guint              i,
                                     guint              j,
                                     double             value,
                                     guint              max_terms);
/* A rows×cols matrix of integers in [low, high), drawn row by row as
 * np.random.randint(low, high, size=(rows, cols)) draws them from @rng. */
gsl_matrix *dlm_matmul_random       (DlmRng            *rng,
                                     guint              rows,
                                     guint              cols,
                                     int                low,
                                     int                high);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_matrix.h>

G_BEGIN_DECLS

GArray   *dlm_parse_vector    (const char  *field,
                               const char  *text,
                               guint        max_len,
                               GError     **error);
gboolean  dlm_parse_double    (const char  *field,
                               const char  *text,
                               double      *out,
                               GError     **error);
GStrv     dlm_parse_labels    (const char  *field,
                               const char  *text,
                               guint        max_len,
                               GError     **error);

/* Matrices as people type or paste them: "1 3; 5 7", "1,3;5,7",
 * "[[1, 3], [5, 7]]" and NumPy's printed form "[[1 3]\n [5 7]]" (with
 * scientific notation, "1.e+00", a trailing "." and extra spaces). Rows are
 * separated by ';', by a newline, or by "], [" brackets; numbers by commas
 * or spaces. Every row must have the same length; nan and inf are refused;
 * at most @max_entries entries (10⁴ is the usual limit). On error the
 * message names @field, the row and column, and the offending text, e.g.
 * "A: row 2, column 3: “abc” is not a number". A single row or column is a
 * 1×n or n×1 matrix. */
#define DLM_PARSE_MAX_ENTRIES 10000

G_DEFINE_AUTOPTR_CLEANUP_FUNC (gsl_matrix, gsl_matrix_free)

gsl_matrix *dlm_parse_matrix      (const char        *field,
                                   const char        *text,
                                   gsize              max_entries,
                                   GError           **error);
/* Text that dlm_parse_matrix reads back exactly: "1, 3; 5, 7" (%.17g
 * shortest form per entry, '.' decimals). */
char       *dlm_format_matrix     (const gsl_matrix  *matrix);

G_END_DECLS

/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_matrix.h>

G_BEGIN_DECLS

/* Python source for a topic's code card and for --export FILE.py: a
 * script that computes what the figure shows with NumPy (and PyTorch
 * where the course uses it) and prints the topic's --summary lines,
 * key=value, one per line, in the same order. */

typedef enum {
  DLM_CODE_NUMPY = 1 << 0,   /* import numpy as np */
  DLM_CODE_TORCH = 1 << 1,   /* import torch, or torch = None when it is missing */
  DLM_CODE_MATH  = 1 << 2,   /* import math */
} DlmCodeImports;

/* The imports and show(key, value), which prints a line as --summary
 * does: integers (and whole floats below 2⁵³) as integers, other floats
 * so that they read back exactly, strings as they are. */
void  dlm_code_begin   (GString        *out,
                        DlmCodeImports  imports);
/* A Python float literal that reads back as exactly @value: "1.0",
 * "0.1", "1e-300", float("inf"), float("nan"). */
void  dlm_code_float   (GString        *out,
                        double          value);
/* A Python list of float literals: [1.0, 2.5, -3.0]. */
void  dlm_code_floats  (GString        *out,
                        const double   *values,
                        gsize           n);
/* A Python list of lists of float literals, row by row (C order). */
void  dlm_code_matrix  (GString        *out,
                        const double   *values,
                        gsize           rows,
                        gsize           cols);
/* A Python string literal for @text (UTF-8), escaped so that any text,
 * quotes, backslashes and line breaks included, reads back as it is. */
void  dlm_code_string  (GString        *out,
                        const char     *text);
/* One line "show(KEY, EXPR)\n". */
void  dlm_code_show    (GString        *out,
                        const char     *key,
                        const char     *expression);
/* @text as Python comment lines "# …", wrapped at 79 columns. */
void  dlm_code_comment (GString        *out,
                        const char     *text);
/* The comment that stands for a summary line the script cannot print
 * exactly: "# not reproduced: KEY — REASON", wrapped as dlm_code_comment()
 * wraps. The marker and @key stay in English whatever the language of
 * @reason, so that a reader (and the code suite) finds them. */
void  dlm_code_not_reproduced (GString    *out,
                               const char *key,
                               const char *reason);
/* plt.xlabel(), plt.ylabel() and plt.title() with these texts; NULL
 * leaves one out. */
void  dlm_code_labels  (GString        *out,
                        const char     *xlabel,
                        const char     *ylabel,
                        const char     *title);
/* A Python list of string literals: ["cat", "dog"]. */
void  dlm_code_strings (GString           *out,
                        const char *const *strings);

/* One line "NAME = np.array([[…], …])" of a GSL matrix, row by row, its
 * numbers exact. */
void  dlm_code_np_matrix (GString          *out,
                          const char       *name,
                          const gsl_matrix *m);

/* One line "NAME = np.array([…])" of @n numbers, exact. */
void  dlm_code_np_array  (GString          *out,
                          const char       *name,
                          const double     *values,
                          gsize             n);

/* "NAME = base64.b64decode(…)" of @size bytes, the text in quoted lines
 * of 72 characters (the script imports base64 itself). */
void  dlm_code_base64    (GString          *out,
                          const char       *name,
                          const guint8     *data,
                          gsize             size);

G_END_DECLS

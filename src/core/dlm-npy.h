/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Numbers read from a file: @rows × @cols finite doubles, row by row.
 * @found is how many numbers the file holds; when it holds more than the
 * reader was allowed to keep, @values is NULL and only @found is set. */
typedef struct {
  gsize   rows;
  gsize   cols;
  gsize   found;
  double *values;
  GStrv   names;   /* a table's column names, from its header line, quoted
                    * for display as messages quote input; NULL without */
} DlmArray;

void dlm_array_free (DlmArray *array);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmArray, dlm_array_free)

/* The magic string that starts every .npy file. */
#define DLM_NPY_MAGIC     "\x93NUMPY"
#define DLM_NPY_MAGIC_LEN 6

/* NumPy's .npy format, versions 1.0, 2.0 and 3.0: the header's dict is
 * read strictly (exactly the keys 'descr', 'fortran_order' and 'shape',
 * each once, as np.save writes them); 'descr' is one of bool ('|b1'),
 * int and uint of 1, 2, 4 and 8 bytes and float of 2, 4 and 8 bytes, in
 * either byte order ('<', '>', '|' for one byte; '=' is this machine's).
 * Object arrays, strings, structured, complex, datetime and long-double
 * dtypes are refused, naming the dtype. Arrays of 0, 1 or 2 dimensions
 * give a 1 × 1 array, a row (1 × n) and a matrix (Fortran order is
 * transposed into rows); more dimensions are refused. bool reads as 0 or
 * 1. int64 and uint64 values beyond 2⁵³ become the nearest double, as
 * NumPy's astype(float64) makes them: the figures draw doubles anyway.
 * NaN and ±inf are refused with their index ("element [2, 0] is nan"),
 * as typed fields refuse them. A header longer than the file, a shape
 * whose product or byte count overflows, data shorter than the shape
 * needs (both byte counts are said) or bytes after the data are refused.
 * When the array holds more than @max_values numbers, nothing is
 * converted: the result has only @found and its shape. Messages name the
 * byte offset or the header key at fault and no file; a caller adds it. */
DlmArray *dlm_npy_read (const guint8  *data,
                        gsize          size,
                        gsize          max_values,
                        GError       **error);

G_END_DECLS

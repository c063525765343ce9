/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Your own data in a list, matrix or label field. */

typedef enum {
  DLM_DATA_NUMBERS,   /* a list or a matrix */
  DLM_DATA_TEXT,      /* labels */
} DlmDataKind;

/* No more is read from a file or from standard input: 64 MB, about 2.5
 * million numbers written out with 17 digits, far more than any field
 * takes (10⁴ numbers at most), so a file too big for its field is counted
 * and refused with its count rather than cut off. */
#define DLM_DATA_MAX_BYTES (64u * 1024u * 1024u)

typedef struct {
  DlmDataKind  kind;
  gsize        rows;
  gsize        cols;
  double      *values;   /* rows × cols finite numbers, row by row (numbers) */
  GStrv        texts;    /* rows × cols labels, row by row (text) */
  char        *source;   /* the file as messages name it: “data.csv” */
  GStrv        column_names; /* a table's header, for display; or NULL */
} DlmData;

void dlm_data_free (DlmData *data);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (DlmData, dlm_data_free)

/* Reads @spec: "PATH", "PATH#col=COLUMN", or "-" (with or without
 * "#col=…") for standard input. The format comes from
 * the content and the name: NumPy's .npy (its magic, or the name ending
 * in .npy; see dlm-npy.h), else a table as text (CSV, TSV, np.savetxt's
 * output; see dlm-table.h, which also says how a column is picked). A
 * .npy matrix takes a column pick by index. At most DLM_DATA_MAX_BYTES are
 * read, only from a regular file (see dlm-file.h). 1 to @max_values
 * values are accepted: more, or none, is refused with the count found
 * ("“big.npy” has 5000 numbers; accepted: 1 to 1000"). Numbers from a
 * .npy file become labels as NumPy prints them. Every message starts with
 * the file, then the place in it and what is accepted there:
 * "“data.csv” line 3, column 2: “abc” is not a number; accepted: …". On
 * error nothing is returned, nothing is kept. */
DlmData  *dlm_data_load     (const char     *spec,
                             DlmDataKind     kind,
                             gsize           max_values,
                             GError        **error);

/* The values as the field's own parser reads them back exactly: numbers
 * as "1, 2; 3, 4" (a row as "1, 2, 3", a column as "1; 2; 3"), labels as
 * "cat, dog". */
char     *dlm_data_to_text  (const DlmData  *data);

G_END_DECLS

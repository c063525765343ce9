/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "dlm-npy.h"

G_BEGIN_DECLS

/* Tables as text: CSV, TSV and what np.savetxt writes.
 *
 * The separator is sniffed from the first line that holds data: a tab,
 * else a comma, else a semicolon, else runs of spaces (np.savetxt's
 * default). With a tab, comma or semicolon, a field may be quoted as in
 * CSV ("a,b", "" for a quote, line breaks inside); spaces around a field
 * are dropped. A UTF-8 byte order mark, CRLF line ends, empty lines and
 * lines starting with '#' are skipped; between spaces, '#' starts a
 * comment anywhere, as np.loadtxt reads it. Every line must have as many
 * fields as the first.
 *
 * The first line is a header when a column is picked by name, or when it
 * holds a field that is not a number (for numbers), or (for text) when one
 * of its fields is text where the second line holds a number.
 *
 * @column picks one column: digits are its index counted from 0, as
 * NumPy's usecols counts (so "0" is the first), anything else a header
 * name; NULL takes the whole table. Numbers follow the one number
 * grammar of dlm-parse.h ('.' is the decimal point in every locale; hex,
 * inf and nan refused as in typed fields). Messages start with the place:
 * "line 3, column 2: “abc” is not a number; accepted: …" (lines and
 * columns counted from 1, as an editor shows them), or "col=height: …".
 * At most @max_values values are kept; beyond that only @found counts on. */
DlmArray *dlm_table_read_numbers (const char  *text,
                                  gsize        len,
                                  const char  *column,
                                  gsize        max_values,
                                  GError     **error);

/* The same for text (labels): every field must be valid UTF-8, not empty,
 * and without a comma or a line break (a label field separates labels with
 * commas). Without a tab, comma or semicolon, each line is one label
 * ("stop sign"). Returns the fields row by row; *@found is their number, and
 * NULL with no error when that is more than @max_values. */
GStrv     dlm_table_read_texts   (const char  *text,
                                  gsize        len,
                                  const char  *column,
                                  gsize        max_values,
                                  gsize       *found,
                                  GError     **error);

G_END_DECLS

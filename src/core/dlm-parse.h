/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <gsl/gsl_matrix.h>

G_BEGIN_DECLS

/* Numbers. Every number the app reads from text (a parameter, an entry of
 * a list or a matrix) follows one grammar, the decimal one NumPy's float()
 * reads and NumPy prints:
 *
 *   number   = [sign] (digits ["." [digits]] | "." digits) [exponent]
 *   exponent = ("e" | "E") [sign] digits
 *   sign     = "+" | "-"        digits = one or more of 0–9
 *
 * so "1", "-2.5", "+3", "1.", ".5", "1e-3" and "1.e+00" are numbers, while
 * hexadecimal ("0x10", "0x1p3"), binary and octal prefixes, '_' digit
 * grouping ("1_000"), digits of other scripts ("٣", "１"), a decimal comma
 * ("1,5" is two numbers in a list) and inner spaces are not. Any number of
 * digits is fine. "inf", "infinity" and "nan" (any case, with a sign) are
 * recognised, and refused as numbers that are not finite. A decimal beyond
 * ±1.7976931348623157e308 is refused as too large (too small when
 * negative); one that underflows reads as 0 (or a subnormal), as in NumPy.
 * The scanner checks the text first; only then does g_ascii_strtod() read
 * it, so the locale never matters. */
typedef enum {
  DLM_NUMBER_FINITE,     /* a number; *value holds it */
  DLM_NUMBER_OVERFLOW,   /* a number beyond the range of a double; *value is ±∞ */
  DLM_NUMBER_NOT_FINITE, /* inf, infinity or nan spelled out */
  DLM_NUMBER_INVALID,    /* not a number by the grammar (the empty text included) */
} DlmNumberKind;

DlmNumberKind dlm_scan_number (const char *text,
                               gsize       len,
                               double     *value);

/* One number, white space around it allowed. Messages name @field, quote
 * the text with dlm_quote_input() and say what is accepted:
 * "x: “0x10” is not a number; accepted: …", "x: 1e400 is too large; …". */
/* A number as typed into a spin button: in the app's notation, or as the
 * spin button writes it, with the locale's decimal sign ("2,5"); finite. */
gboolean  dlm_parse_typed_number (const char *text,
                                  double     *value);
gboolean  dlm_parse_double    (const char  *field,
                               const char  *text,
                               double      *out,
                               GError     **error);
/* The same for a field whose own range is @minimum to @maximum, which
 * @accepted says in words ("0.05 to 100"): "n: 1e300 is too large;
 * accepted: 1 to 10000000"; the other messages end with @accepted too. */
gboolean  dlm_parse_double_in (const char  *field,
                               const char  *text,
                               double       minimum,
                               double       maximum,
                               const char  *accepted,
                               double      *out,
                               GError     **error);
/* One number of a list, a matrix or a file, @len bytes at @text (no white
 * space around it), refused in the words a typed entry gets: @where names
 * the place ("values: “data.csv” line 3, column 2"), and the message goes on
 * "“abc” is not a number; accepted: …", "1e400 is too large; …", "no
 * number was given; …". */
gboolean  dlm_parse_number_at (const char  *where,
                               const char  *text,
                               gsize        len,
                               double      *out,
                               GError     **error);
/* The message of a value outside its field's range, in the one form every
 * field uses: "@where: @given is too large; accepted: @accepted" (or too
 * small), @given quoted with dlm_quote_input(). */
void      dlm_set_range_error (GError     **error,
                               const char  *where,
                               const char  *given,
                               gboolean     too_large,
                               const char  *accepted);

/* Lists of numbers: a vector is a matrix of one row or one column, read by
 * the matrix parser below with the same separators, brackets and messages
 * ("1, 2, 3", "1 2 3", "[1., 2., 3.]", NumPy's "[1 2 3]", NumPy's long
 * arrays wrapped onto several lines, "1;2;3" as a column). Positions in
 * messages are "value N". A text of several rows and columns is refused:
 * "logits: 2 rows of 2 numbers were given; a list of numbers is accepted,
 * e.g. 1, 2, 3". At most @max_len numbers, counted as they are read. */
GArray   *dlm_parse_vector    (const char  *field,
                               const char  *text,
                               guint        max_len,
                               GError     **error);
/* Labels are comma-separated; surrounding spaces are dropped; an empty or
 * blank text gives no labels. More than @max_len labels are refused from
 * the count of commas, before anything is copied. */
GStrv     dlm_parse_labels    (const char  *field,
                               const char  *text,
                               guint        max_len,
                               GError     **error);

/* Matrices as people type or paste them: "1 3; 5 7", "1,3;5,7",
 * "[[1, 3], [5, 7]]" and NumPy's printed form "[[1 3]\n [5 7]]" (with
 * scientific notation, "1.e+00", a trailing "." and extra spaces). Rows are
 * separated by ';', by a newline, or by "], [" brackets; numbers by commas
 * or spaces (one comma between two numbers, never two, and none at the
 * start or end of a row). Every row must have the same length; nan and inf
 * are refused; at most @max_entries entries (10⁴ is the usual limit),
 * counted as they are read, so a huge paste costs little. On error the
 * message names @field, the row and column, and the offending text, e.g.
 * "A: row 2, column 3: “abc” is not a number; accepted: …". A single row
 * or column is a 1×n or n×1 matrix. */
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

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-parse.h"

/* The number grammar, and the one parser behind lists and matrices, over
 * corpora of texts people type or paste, and of texts they must refuse. Expected values are C literals of the same decimal
 * text: g_ascii_strtod and the compiler both round correctly, so the
 * comparisons are exact. */

#define V(...) ((const double[]) { __VA_ARGS__ })

typedef struct {
  const char   *text;
  gsize         rows;
  gsize         cols;
  const double *values;
} GoodCase;

static const GoodCase good_cases[] = {
  { "1 3; 5 7", 2, 2, V (1, 3, 5, 7) },
  { "1,3;5,7", 2, 2, V (1, 3, 5, 7) },
  { "[[1, 3], [5, 7]]", 2, 2, V (1, 3, 5, 7) },
  { "[[1 3]\n [5 7]]", 2, 2, V (1, 3, 5, 7) },
  { "[[ 1.5e+00 -2.0e-01]\n [ 3.   4.  ]]", 2, 2, V (1.5, -0.2, 3, 4) },
  { "1 2 3", 1, 3, V (1, 2, 3) },
  { "[[1], [2], [3]]", 3, 1, V (1, 2, 3) },
  { "1 2\n3 4", 2, 2, V (1, 2, 3, 4) },
  { "1 2\r\n3 4\r\n", 2, 2, V (1, 2, 3, 4) },
  { "  1 2 ; 3 4  ", 2, 2, V (1, 2, 3, 4) },
  { "[1 2 3]", 1, 3, V (1, 2, 3) },
  { "[1., 2., 3.]", 1, 3, V (1, 2, 3) },
  { "[1 2; 3 4]", 2, 2, V (1, 2, 3, 4) },
  { "1;2;3", 3, 1, V (1, 2, 3) },
  { "1\n2\n3\n", 3, 1, V (1, 2, 3) },
  { "42", 1, 1, V (42) },
  { "[[42]]", 1, 1, V (42) },
  { "-1e-3, +2E+2; .5, 5.", 2, 2, V (-1e-3, 2e2, 0.5, 5) },
  { "[[1,2],[3,4]]", 2, 2, V (1, 2, 3, 4) },
  { "[[1, 2],\n [3, 4]]", 2, 2, V (1, 2, 3, 4) },
  { "1 2\n\n3 4", 2, 2, V (1, 2, 3, 4) },
  { "1 2;\n3 4", 2, 2, V (1, 2, 3, 4) },
  { "\t1\t2\n\t3\t4", 2, 2, V (1, 2, 3, 4) },
  /* NumPy wraps rows longer than its line width onto several lines */
  { "[[ 1  2  3  4\n   5  6]\n [ 7  8  9 10\n  11 12]]", 2, 6, V (1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12) },
  { "[[0.1 0.2 0.3]\n [0.4 0.5 0.6]]", 2, 3, V (0.1, 0.2, 0.3, 0.4, 0.5, 0.6) },
  { "[[1.00000000e-05 2.50000000e+03]\n [3.14159265e+00 0.00000000e+00]]", 2, 2,
    V (1e-5, 2.5e3, 3.14159265, 0) },
  { "[ [1, 2] , [3, 4] ]", 2, 2, V (1, 2, 3, 4) },
  { "1.7976931348623157e308 -1.7976931348623157e308", 1, 2,
    V (1.7976931348623157e308, -1.7976931348623157e308) },
  { "4.9406564584124654e-324 1e-400", 1, 2, V (4.9406564584124654e-324, 0) },
  { "[[-0., 1.]]", 1, 2, V (-0.0, 1) },
  { "1,2,3\n4,5,6", 2, 3, V (1, 2, 3, 4, 5, 6) },
  { "[\n[1, 2],\n[3, 4]\n]", 2, 2, V (1, 2, 3, 4) },
  { "[[1 2]] \n", 1, 2, V (1, 2) },
  { "1 2 3; 4 5 6; 7 8 9", 3, 3, V (1, 2, 3, 4, 5, 6, 7, 8, 9) },
  { "[0.5 1.5 2.5]", 1, 3, V (0.5, 1.5, 2.5) },
  { "[[ -1   0]\n [ 10 -20]]", 2, 2, V (-1, 0, 10, -20) },
  { "0.30000000000000004, 0.1", 1, 2, V (0.30000000000000004, 0.1) },
  { "\n\n1 2\n", 1, 2, V (1, 2) },
};

/* A refused text: the error code, where the message says it went wrong
 * ("row 2, column 3", or NULL when no position applies) and the quoted
 * offending text or other words it must contain. */
typedef struct {
  const char *text;
  DlmError    code;
  const char *where;
  const char *words;
} BadCase;

static const BadCase bad_cases[] = {
  { "1 abc", DLM_ERROR_INVALID, "row 1, column 2", "“abc” is not a number" },
  { "1 2; 3 x4", DLM_ERROR_INVALID, "row 2, column 2", "“x4”" },
  { "nan 1", DLM_ERROR_INVALID, "row 1, column 1", "“nan” is not a finite number" },
  { "1 2; 3 inf", DLM_ERROR_INVALID, "row 2, column 2", "“inf”" },
  { "-inf", DLM_ERROR_INVALID, "row 1, column 1", "“-inf”" },
  { "NaN; 1", DLM_ERROR_INVALID, "row 1, column 1", "“NaN”" },
  { "1e999", DLM_ERROR_RANGE, "row 1, column 1", "1e999 is too large; accepted: -1.79e308 to 1.79e308" },
  { "1 -1e999", DLM_ERROR_RANGE, "row 1, column 2", "-1e999 is too small" },
  { "0x10", DLM_ERROR_INVALID, "row 1, column 1", "“0x10” is not a number" },
  { "1 1_000", DLM_ERROR_INVALID, "row 1, column 2", "“1_000”" },
  { "infinity", DLM_ERROR_INVALID, "row 1, column 1", "“infinity” is not a finite number" },
  { "1,,3;4,5,6", DLM_ERROR_INVALID, "row 1, column 2 is empty", NULL },
  { "1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20 21 22 23 24 25 26 x", DLM_ERROR_INVALID,
    "row 1, column 27", "“x”" },
  { "1 2; 3 4 5", DLM_ERROR_INVALID, "row 2 has 3 numbers, row 1 has 2",
    "every row needs the same length" },
  { "1 2 3\n4 5", DLM_ERROR_INVALID, "row 2 has 2 numbers, row 1 has 3", NULL },
  { "[[1, 3], [5]]", DLM_ERROR_INVALID, "row 2 has 1 number, row 1 has 2", NULL },
  { "1; 2; 3 4", DLM_ERROR_INVALID, "row 3 has 2 numbers, row 1 has 1", NULL },
  { "", DLM_ERROR_EMPTY, NULL, "the matrix is empty" },
  { "   \n\t ", DLM_ERROR_EMPTY, NULL, "the matrix is empty" },
  { "[]", DLM_ERROR_EMPTY, NULL, "the matrix is empty" },
  { "1 2;;3 4", DLM_ERROR_EMPTY, "row 2 is empty", NULL },
  { ";1 2", DLM_ERROR_EMPTY, "row 1 is empty", NULL },
  { "1 2;", DLM_ERROR_EMPTY, "row 2 is empty", NULL },
  { "[[1, 2], []]", DLM_ERROR_EMPTY, "row 2 is empty", NULL },
  { "[[1, 2],, [3, 4]]", DLM_ERROR_EMPTY, "row 2 is empty", NULL },
  { "[[1, 2],]", DLM_ERROR_EMPTY, "row 2 is empty", NULL },
  { "[[1, 2]\n, [3, 4]]]", DLM_ERROR_INVALID, NULL, "“]” follows the closing" },
  { "[[1 2]", DLM_ERROR_INVALID, "after row 1", "“[[1 2]” that opens the matrix is never closed" },
  { "[[1, 2], [3, 4", DLM_ERROR_INVALID, "row 2, column 3", "“[3, 4” is never closed" },
  { "[1 2 3", DLM_ERROR_INVALID, "after row 1", "“[1 2 3”" },
  { "1 2]", DLM_ERROR_INVALID, "row 1, column 3", "“]” has no matching" },
  { "1 2\n3] 4", DLM_ERROR_INVALID, "row 2, column 2", "“] 4” has no matching" },
  { "[[1, 2]]]", DLM_ERROR_INVALID, NULL, "“]” follows the closing" },
  { "[[1, 2]] 3", DLM_ERROR_INVALID, NULL, "“3” follows the closing" },
  { "[1 2; 3 4]]", DLM_ERROR_INVALID, NULL, "“]” follows the closing" },
  { "[[1, [2]]]", DLM_ERROR_INVALID, "row 1, column 2", "“[2]]]”" },
  { "[[[1]]]", DLM_ERROR_INVALID, "row 1, column 1", "“[1]]]”" },
  { "1 [2]", DLM_ERROR_INVALID, "row 1, column 2", "“[2]”" },
  { "[[1, 2]; [3, 4]]", DLM_ERROR_INVALID, "row 2, column 1", "instead of using ‘;’" },
  { "[[1; 2]]", DLM_ERROR_INVALID, "row 1, column 2", "“; 2]]”" },
  { "[[1, 2] 3]", DLM_ERROR_INVALID, "row 2, column 1", "“3” stands outside the brackets" },
  { "1,,2", DLM_ERROR_INVALID, "row 1, column 2 is empty", NULL },
  { ",1", DLM_ERROR_INVALID, "row 1, column 1 is empty", NULL },
  { "1 2,\n3 4", DLM_ERROR_INVALID, "row 1, column 3 is empty", NULL },
  { "[[1, 2,]]", DLM_ERROR_INVALID, "row 1, column 3 is empty", NULL },
  { "1 2; 3 four", DLM_ERROR_INVALID, "row 2, column 2", "“four”" },
  { "1.2.3", DLM_ERROR_INVALID, "row 1, column 1", "“1.2.3”" },
  { "1e", DLM_ERROR_INVALID, "row 1, column 1", "“1e”" },
  { "--1", DLM_ERROR_INVALID, "row 1, column 1", "“--1”" },
  { "1 2\n3 4 five", DLM_ERROR_INVALID, "row 2, column 3", "“five”" },
  { "1 2; 3 ∞", DLM_ERROR_INVALID, "row 2, column 2", "“∞”" },
  { "1 2; 3 4.5.", DLM_ERROR_INVALID, "row 2, column 2", "“4.5.”" },
  { "1 2 3 x 5", DLM_ERROR_INVALID, "row 1, column 4", "“x”" },
};

static void
test_good_corpus (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (good_cases); k++)
    {
      const GoodCase *c = &good_cases[k];
      g_autoptr(GError) error = NULL;
      g_autoptr(gsl_matrix) m = dlm_parse_matrix ("A", c->text, DLM_PARSE_MAX_ENTRIES, &error);

      g_test_message ("good case %u: %s", k, c->text);
      g_assert_no_error (error);
      g_assert_nonnull (m);
      g_assert_cmpuint (m->size1, ==, c->rows);
      g_assert_cmpuint (m->size2, ==, c->cols);
      for (gsize i = 0; i < c->rows * c->cols; i++)
        g_assert_cmpfloat (gsl_matrix_get (m, i / c->cols, i % c->cols), ==, c->values[i]);
    }
}

static void
test_bad_corpus (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (bad_cases); k++)
    {
      const BadCase *c = &bad_cases[k];
      g_autoptr(GError) error = NULL;

      g_test_message ("bad case %u: %s", k, c->text);
      g_assert_null (dlm_parse_matrix ("weights", c->text, DLM_PARSE_MAX_ENTRIES, &error));
      g_assert_error (error, DLM_ERROR, (gint) c->code);
      g_test_message ("  -> %s", error->message);
      g_assert_true (g_str_has_prefix (error->message, "weights: "));
      if (c->where != NULL)
        g_assert_nonnull (strstr (error->message, c->where));
      if (c->words != NULL)
        g_assert_nonnull (strstr (error->message, c->words));
    }
}

/* The example in the brief and in dlm-parse.h, word for word. */
static void
test_messages (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (dlm_parse_matrix ("A", "1 2; 3 4 5", 100, &error));
  g_assert_cmpstr (error->message, ==,
                   "A: row 2 has 3 numbers, row 1 has 2; every row needs the same length");
  g_clear_error (&error);

  g_assert_null (dlm_parse_matrix ("A", "1 2 3; 4 5 abc", 100, &error));
  g_assert_true (g_str_has_prefix (error->message, "A: row 2, column 3: “abc” is not a number"));
}

/* Offending text is quoted briefly, as valid UTF-8, on one line. */
static void
test_quotes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) text = g_string_new ("1 ");

  for (guint i = 0; i < 1000; i++)
    g_string_append (text, "ä");
  g_assert_null (dlm_parse_matrix ("A", text->str, 100, &error));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "…”"));
  /* 60 characters of two bytes each, and the words around them */
  g_assert_cmpuint (strlen (error->message), <, 260);
  g_clear_error (&error);

  g_assert_null (dlm_parse_matrix ("A", "1 \xff\xfe 2", 100, &error));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "row 1, column 2"));
  g_clear_error (&error);

  g_assert_null (dlm_parse_matrix ("A", "[[1, 2],\n [3, 4]", 100, &error));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_nonnull (strstr (error->message, "“[[1, 2],⏎ [3, 4]”"));
}

static void
assert_round_trip (const gsl_matrix *m)
{
  g_autofree char *text = dlm_format_matrix (m);
  g_autoptr(GError) error = NULL;
  g_autoptr(gsl_matrix) again = dlm_parse_matrix ("A", text, G_MAXSIZE, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (again->size1, ==, m->size1);
  g_assert_cmpuint (again->size2, ==, m->size2);
  /* bit for bit: this tells -0 from 0 */
  g_assert_cmpmem (again->data, sizeof (double) * m->size1 * m->size2,
                   m->data, sizeof (double) * m->size1 * m->size2);
}

static void
test_format (void)
{
  g_autoptr(gsl_matrix) m = dlm_parse_matrix ("A", "[[1 3]\n [5 7]]", 100, NULL);
  g_autoptr(gsl_matrix) column = dlm_parse_matrix ("A", "[[0.1], [-2.5], [1e300]]", 100, NULL);
  g_autofree char *text = dlm_format_matrix (m);
  g_autofree char *column_text = dlm_format_matrix (column);

  g_assert_cmpstr (text, ==, "1, 3; 5, 7");
  g_assert_cmpstr (column_text, ==, "0.10000000000000001; -2.5; 1.0000000000000001e+300");
  g_clear_pointer (&column, gsl_matrix_free);
  g_clear_pointer (&column_text, g_free);
  column = dlm_parse_matrix ("A", "[[-0.], [0.], [-1e-320]]", 100, NULL);
  g_assert_true (signbit (gsl_matrix_get (column, 0, 0)));
  column_text = dlm_format_matrix (column);
  g_assert_cmpstr (column_text, ==, "-0; 0; -9.9998886718268301e-321");

  for (guint k = 0; k < G_N_ELEMENTS (good_cases); k++)
    {
      g_autoptr(gsl_matrix) g = dlm_parse_matrix ("A", good_cases[k].text, 100, NULL);
      assert_round_trip (g);
    }
}

/* Doubles from random bit patterns, tiny, huge and subnormal ones
 * included, come back bit for bit. */
static void
test_round_trip_random (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20240611);
  g_autoptr(gsl_matrix) m = gsl_matrix_alloc (50, 40);

  for (guint trial = 0; trial < 20; trial++)
    {
      for (gsize i = 0; i < m->size1 * m->size2; i++)
        {
          guint64 bits;
          double x;

          do
            {
              bits = ((guint64) g_rand_int (rand) << 32) | g_rand_int (rand);
              memcpy (&x, &bits, sizeof x);
            }
          while (!isfinite (x));
          m->data[i] = trial % 2 == 0 ? x : g_rand_double_range (rand, -1e3, 1e3);
        }
      assert_round_trip (m);
    }
}

static GString *
numbers_text (guint rows,
              guint cols)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < rows; i++)
    {
      for (guint j = 0; j < cols; j++)
        g_string_append_printf (text, "%u ", (i * cols + j) % 97);
      g_string_append_c (text, '\n');
    }
  return text;
}

static void
test_limit (void)
{
  g_autoptr(GString) ok = numbers_text (100, 100);
  g_autoptr(GString) over = numbers_text (1, 10001);
  g_autoptr(GString) huge = numbers_text (1000, 1000);
  g_autoptr(GError) error = NULL;
  g_autoptr(gsl_matrix) m = dlm_parse_matrix ("A", ok->str, DLM_PARSE_MAX_ENTRIES, &error);
  gint64 start;

  g_assert_no_error (error);
  g_assert_cmpuint (m->size1 * m->size2, ==, 10000);
  g_assert_cmpfloat (gsl_matrix_get (m, 99, 99), ==, 9999 % 97);

  g_assert_null (dlm_parse_matrix ("A", over->str, DLM_PARSE_MAX_ENTRIES, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "row 1, column 10001: more than 10000 numbers"));
  g_clear_error (&error);

  /* 10⁶ entries with garbage at the very end: refused for their number at
   * row 11, column 1, long before the garbage is reached */
  g_string_append (huge, "garbage");
  start = g_get_monotonic_time ();
  g_assert_null (dlm_parse_matrix ("A", huge->str, DLM_PARSE_MAX_ENTRIES, &error));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 4);
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "row 11, column 1"));
}

/* Under a comma-decimal locale the parser still reads and writes '.' */
static void
test_locale (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_NUMERIC, NULL));
  g_autoptr(gsl_matrix) m = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;

  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_skip ("the de_DE.UTF-8 locale is not installed (build-aux/dev test creates it)");
      return;
    }
  g_assert_cmpstr (localeconv ()->decimal_point, ==, ",");

  m = dlm_parse_matrix ("A", "[[1.5 -2.25]\n [3.e-01 4.]]", 100, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (gsl_matrix_get (m, 0, 1), ==, -2.25);
  g_assert_cmpfloat (gsl_matrix_get (m, 1, 0), ==, 0.3);
  text = dlm_format_matrix (m);
  g_assert_cmpstr (text, ==, "1.5, -2.25; 0.29999999999999999, 4");

  /* "1,5" is two numbers, never one and a half */
  g_clear_pointer (&m, gsl_matrix_free);
  m = dlm_parse_matrix ("A", "1,5", 100, &error);
  g_assert_cmpuint (m->size2, ==, 2);

  setlocale (LC_NUMERIC, saved);
}

/* ---- the number grammar ---------------------------------------------- */

typedef struct {
  const char    *text;
  DlmNumberKind  kind;
  double         value;   /* for DLM_NUMBER_FINITE; ±1 gives the sign of an overflow */
} NumberCase;

static const NumberCase number_cases[] = {
  { "1", DLM_NUMBER_FINITE, 1 },
  { "+1", DLM_NUMBER_FINITE, 1 },
  { "-.5", DLM_NUMBER_FINITE, -0.5 },
  { ".5", DLM_NUMBER_FINITE, 0.5 },
  { "1.", DLM_NUMBER_FINITE, 1 },
  { "1.e+00", DLM_NUMBER_FINITE, 1 },
  { "-2.5E-3", DLM_NUMBER_FINITE, -2.5e-3 },
  { "007", DLM_NUMBER_FINITE, 7 },
  { "1e0000000000000000000000000000002", DLM_NUMBER_FINITE, 100 },
  { "1.7976931348623157e308", DLM_NUMBER_FINITE, 1.7976931348623157e308 },
  { "4.9406564584124654e-324", DLM_NUMBER_FINITE, 4.9406564584124654e-324 },
  /* underflow reads as 0, as NumPy's float('1e-400') does */
  { "1e-400", DLM_NUMBER_FINITE, 0 },
  { "-1e-99999999999999999999", DLM_NUMBER_FINITE, -0.0 },
  { "1e400", DLM_NUMBER_OVERFLOW, 1 },
  { "-1e400", DLM_NUMBER_OVERFLOW, -1 },
  { "1e99999999999999999999", DLM_NUMBER_OVERFLOW, 1 },
  { "inf", DLM_NUMBER_NOT_FINITE, 0 },
  { "-Infinity", DLM_NUMBER_NOT_FINITE, 0 },
  { "+INF", DLM_NUMBER_NOT_FINITE, 0 },
  { "NaN", DLM_NUMBER_NOT_FINITE, 0 },
  { "-nan", DLM_NUMBER_NOT_FINITE, 0 },
  { "", DLM_NUMBER_INVALID, 0 },
  { "nan(1)", DLM_NUMBER_INVALID, 0 },
  { "infinit", DLM_NUMBER_INVALID, 0 },
  { "infinityy", DLM_NUMBER_INVALID, 0 },
  { "0x10", DLM_NUMBER_INVALID, 0 },
  { "0X1p3", DLM_NUMBER_INVALID, 0 },
  { "0x1p3", DLM_NUMBER_INVALID, 0 },
  { "0b101", DLM_NUMBER_INVALID, 0 },
  { "0o17", DLM_NUMBER_INVALID, 0 },
  { "1_000", DLM_NUMBER_INVALID, 0 },
  { "\xd9\xa3", DLM_NUMBER_INVALID, 0 },             /* ٣, Arabic-Indic three */
  { "\xef\xbc\x91", DLM_NUMBER_INVALID, 0 },         /* １, fullwidth one */
  { "1\xef\xbc\x90", DLM_NUMBER_INVALID, 0 },        /* 1０ */
  { "1,5", DLM_NUMBER_INVALID, 0 },
  { " 1", DLM_NUMBER_INVALID, 0 },
  { "1 ", DLM_NUMBER_INVALID, 0 },
  { "1e", DLM_NUMBER_INVALID, 0 },
  { "1e+", DLM_NUMBER_INVALID, 0 },
  { "e5", DLM_NUMBER_INVALID, 0 },
  { ".e5", DLM_NUMBER_INVALID, 0 },
  { ".", DLM_NUMBER_INVALID, 0 },
  { "-", DLM_NUMBER_INVALID, 0 },
  { "+", DLM_NUMBER_INVALID, 0 },
  { "--1", DLM_NUMBER_INVALID, 0 },
  { "+-1", DLM_NUMBER_INVALID, 0 },
  { "1.2.3", DLM_NUMBER_INVALID, 0 },
  { "1e5.0", DLM_NUMBER_INVALID, 0 },
  { "1d5", DLM_NUMBER_INVALID, 0 },
  { "1f", DLM_NUMBER_INVALID, 0 },
  { "\xff", DLM_NUMBER_INVALID, 0 },
};

static void
test_number_grammar (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (number_cases); k++)
    {
      const NumberCase *c = &number_cases[k];
      double value = 42;
      DlmNumberKind kind = dlm_scan_number (c->text, strlen (c->text), &value);
      g_autofree char *shown = g_strescape (c->text, NULL);

      g_test_message ("number case %u: “%s”", k, shown);
      g_assert_cmpint (kind, ==, c->kind);
      if (kind == DLM_NUMBER_FINITE)
        {
          g_assert_cmpfloat (value, ==, c->value);
          g_assert_true (signbit (value) == signbit (c->value));
        }
      if (kind == DLM_NUMBER_OVERFLOW)
        g_assert_cmpfloat (value, ==, c->value * INFINITY);
    }
}

/* Only the span given is read: "0x1" cut after its "0" is 0, not 16. */
static void
test_number_span (void)
{
  double value = 42;

  g_assert_cmpint (dlm_scan_number ("0x1", 1, &value), ==, DLM_NUMBER_FINITE);
  g_assert_cmpfloat (value, ==, 0);
  g_assert_cmpint (dlm_scan_number ("1e5", 2, &value), ==, DLM_NUMBER_INVALID);
  g_assert_cmpint (dlm_scan_number ("12345", 3, &value), ==, DLM_NUMBER_FINITE);
  g_assert_cmpfloat (value, ==, 123);
  g_assert_cmpint (dlm_scan_number (NULL, 0, &value), ==, DLM_NUMBER_INVALID);
}

/* 300 nines, 100 kB of digits: numbers, read whole, refused as too
 * large with a short quote; long digit runs of a finite value are fine. */
static void
test_number_digits (void)
{
  g_autoptr(GString) nines = g_string_new (NULL);
  g_autoptr(GString) long_one = g_string_new ("0.");
  g_autoptr(GString) huge = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  double value = 0;

  for (guint i = 0; i < 300; i++)
    g_string_append_c (nines, '9');
  g_assert_true (dlm_parse_double ("x", nines->str, &value, NULL));
  g_assert_cmpfloat (value, ==, 1e300);
  g_assert_false (dlm_parse_double_in ("n", nines->str, 1, 1e7, "1 to 10000000", &value, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
  g_assert_cmpstr (error->message, ==,
                   "n: 999999999999999999999999999999999999999999999999999999999999… is too large; "
                   "accepted: 1 to 10000000");
  g_clear_error (&error);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (long_one, i == 99999 ? '1' : '0');
  g_assert_true (dlm_parse_double ("x", long_one->str, &value, NULL));
  g_assert_cmpfloat (value, ==, 0);

  for (guint i = 0; i < 100000; i++)
    g_string_append_c (huge, '7');
  g_assert_false (dlm_parse_double ("x", huge->str, &value, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
  g_assert_cmpuint (strlen (error->message), <=, 200);
  g_assert_true (g_str_has_suffix (error->message, "… is too large; accepted: -1.79e308 to 1.79e308"));
}

/* Every message of a single number, word for word. */
static void
test_double_messages (void)
{
  const struct { const char *text; DlmError code; const char *message; } cases[] = {
    { "0x10", DLM_ERROR_INVALID,
      "x: “0x10” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
    { " \xd9\xa3 ", DLM_ERROR_INVALID,
      "x: “\xd9\xa3” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
    { "1,5", DLM_ERROR_INVALID,
      "x: “1,5” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
    { "-inf", DLM_ERROR_INVALID,
      "x: “-inf” is not a finite number; accepted: numbers such as 1.5, -0.25 or 2e3" },
    { "  ", DLM_ERROR_EMPTY, "x: no number was given; accepted: numbers such as 1.5, -0.25 or 2e3" },
    { "1e400", DLM_ERROR_RANGE, "x: 1e400 is too large; accepted: -1.79e308 to 1.79e308" },
    { "-1e400", DLM_ERROR_RANGE, "x: -1e400 is too small; accepted: -1.79e308 to 1.79e308" },
    { "1\n2", DLM_ERROR_INVALID,
      "x: “1⏎2” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
  };
  double value = 0;

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dlm_parse_double ("x", cases[k].text, &value, &error));
      g_assert_error (error, DLM_ERROR, (gint) cases[k].code);
      g_assert_cmpstr (error->message, ==, cases[k].message);
    }

  /* white space around a number is fine; NULL is empty */
  g_assert_true (dlm_parse_double ("x", " \t1 \n", &value, NULL));
  g_assert_cmpfloat (value, ==, 1);
  g_assert_false (dlm_parse_double ("x", NULL, &value, NULL));
}

/* A field of its own range: the example, and the other refusals
 * quote that range too. */
static void
test_double_in (void)
{
  g_autoptr(GError) error = NULL;
  double value = 0;

  g_assert_false (dlm_parse_double_in ("n", "1e300", 1, 1e7, "1 to 10000000", &value, &error));
  g_assert_cmpstr (error->message, ==, "n: 1e300 is too large; accepted: 1 to 10000000");
  g_clear_error (&error);
  g_assert_false (dlm_parse_double_in ("n", "-1e400", 1, 1e7, "1 to 10000000", &value, &error));
  g_assert_cmpstr (error->message, ==, "n: -1e400 is too small; accepted: 1 to 10000000");
  g_clear_error (&error);
  g_assert_false (dlm_parse_double_in ("n", "0.5", 1, 1e7, "1 to 10000000", &value, &error));
  g_assert_cmpstr (error->message, ==, "n: 0.5 is too small; accepted: 1 to 10000000");
  g_clear_error (&error);
  g_assert_false (dlm_parse_double_in ("n", "ten", 1, 1e7, "1 to 10000000", &value, &error));
  g_assert_cmpstr (error->message, ==, "n: “ten” is not a number; accepted: 1 to 10000000");
  g_clear_error (&error);
  g_assert_false (dlm_parse_double_in ("n", "nan", 1, 1e7, "1 to 10000000", &value, &error));
  g_assert_cmpstr (error->message, ==, "n: “nan” is not a finite number; accepted: 1 to 10000000");
  g_clear_error (&error);

  /* the limits themselves are in; an overflow is never let through as ∞ */
  g_assert_true (dlm_parse_double_in ("n", "1e7", 1, 1e7, "1 to 10000000", &value, NULL));
  g_assert_cmpfloat (value, ==, 1e7);
  g_assert_false (dlm_parse_double_in ("n", "1e999", 0, INFINITY, "0 or more", &value, &error));
  g_assert_cmpstr (error->message, ==, "n: 1e999 is too large; accepted: 0 or more");
  g_clear_error (&error);

  dlm_set_range_error (&error, "t-end", "201", TRUE, "up to 200");
  g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
  g_assert_cmpstr (error->message, ==, "t-end: 201 is too large; accepted: up to 200");
}

/* ---- lists: the matrix parser with one row or column ------------------- */

static void
assert_vector (const char   *text,
               guint         len,
               const double *values)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) v = dlm_parse_vector ("logits", text, 100, &error);

  g_test_message ("vector “%s”", text);
  g_assert_no_error (error);
  g_assert_cmpuint (v->len, ==, len);
  for (guint i = 0; i < len; i++)
    g_assert_cmpfloat (g_array_index (v, double, i), ==, values[i]);
}

static void
test_vector_good (void)
{
  assert_vector ("1, 2, 3", 3, V (1, 2, 3));
  assert_vector ("1 2 3", 3, V (1, 2, 3));
  assert_vector ("[1., 2., 3.]", 3, V (1, 2, 3));
  assert_vector ("[1 2 3]", 3, V (1, 2, 3));
  assert_vector ("1;2;3", 3, V (1, 2, 3));
  assert_vector ("1\n2\n3\n", 3, V (1, 2, 3));
  assert_vector ("[[1], [2], [3]]", 3, V (1, 2, 3));
  assert_vector ("[[1, 2, 3]]", 3, V (1, 2, 3));
  /* NumPy's print of a long 1-D array, wrapped */
  assert_vector ("[ 1.  2.\n  3.]", 3, V (1, 2, 3));
  assert_vector ("[0.1        0.2        0.30000001 0.4\n 0.5       ]", 5,
                 V (0.1, 0.2, 0.30000001, 0.4, 0.5));
  assert_vector ("  -1e-3 , +2E+2,.5 ", 3, V (-1e-3, 2e2, 0.5));
  /* a decimal comma does not exist: "1,5" is two numbers */
  assert_vector ("1,5", 2, V (1, 5));
  assert_vector ("42", 1, V (42));
  assert_vector ("1e-400", 1, V (0));
}

typedef struct {
  const char *text;
  DlmError    code;
  const char *message;
} VectorBad;

static const VectorBad vector_bad[] = {
  { "1,,3", DLM_ERROR_INVALID,
    "logits: value 2 is empty; accepted: numbers separated by commas or spaces, e.g. 1, 2, 3" },
  { ",1", DLM_ERROR_INVALID,
    "logits: value 1 is empty; accepted: numbers separated by commas or spaces, e.g. 1, 2, 3" },
  { "1,", DLM_ERROR_INVALID,
    "logits: value 2 is empty; accepted: numbers separated by commas or spaces, e.g. 1, 2, 3" },
  { "1;;3", DLM_ERROR_INVALID,
    "logits: value 2 is empty; accepted: numbers separated by commas or spaces, e.g. 1, 2, 3" },
  { "[1, 2]]", DLM_ERROR_INVALID, "logits: “]” follows the closing ‘]’; nothing may come after it" },
  { "[1, 2", DLM_ERROR_INVALID,
    "logits: the ‘[’ of “[1, 2” that opens the list is never closed; add a ‘]’ at its end" },
  { "[[1,2]", DLM_ERROR_INVALID,
    "logits: the ‘[’ of “[[1,2]” that opens the list is never closed; add a ‘]’ at its end" },
  { "1 2]", DLM_ERROR_INVALID, "logits: value 3: “]” has no matching ‘[’" },
  { "1 [2]", DLM_ERROR_INVALID, "logits: value 2: “[2]”: a ‘[’ may only open the list, e.g. [1, 2, 3]" },
  { "[[1,2],[3,4]]", DLM_ERROR_INVALID,
    "logits: 2 rows of 2 numbers were given; a list of numbers is accepted, e.g. 1, 2, 3" },
  { "1 2 3; 4 5 6; 7 8 9", DLM_ERROR_INVALID,
    "logits: 3 rows of 3 numbers were given; a list of numbers is accepted, e.g. 1, 2, 3" },
  { "1 2; 3", DLM_ERROR_INVALID,
    "logits: row 2 has 1 number, row 1 has 2; every row needs the same length" },
  { "1, 0x10", DLM_ERROR_INVALID,
    "logits: value 2: “0x10” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
  { "0x1p3", DLM_ERROR_INVALID,
    "logits: value 1: “0x1p3” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
  { "1_000", DLM_ERROR_INVALID,
    "logits: value 1: “1_000” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
  { "1, \xd9\xa3", DLM_ERROR_INVALID,
    "logits: value 2: “\xd9\xa3” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
  { "\xef\xbc\x91, 2", DLM_ERROR_INVALID,
    "logits: value 1: “\xef\xbc\x91” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
  { "1 nan", DLM_ERROR_INVALID,
    "logits: value 2: “nan” is not a finite number; accepted: numbers such as 1.5, -0.25 or 2e3" },
  { "1 1e400", DLM_ERROR_RANGE, "logits: value 2: 1e400 is too large; accepted: -1.79e308 to 1.79e308" },
  { "1 e5", DLM_ERROR_INVALID,
    "logits: value 2: “e5” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3" },
  { "", DLM_ERROR_EMPTY, "logits: the list is empty; enter at least one number, e.g. 1, 2, 3" },
  { " \n ", DLM_ERROR_EMPTY, "logits: the list is empty; enter at least one number, e.g. 1, 2, 3" },
  { "[]", DLM_ERROR_EMPTY, "logits: the list is empty; enter at least one number, e.g. 1, 2, 3" },
};

static void
test_vector_bad (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (vector_bad); k++)
    {
      g_autoptr(GError) error = NULL;

      g_test_message ("vector bad case %u: %s", k, vector_bad[k].text);
      g_assert_null (dlm_parse_vector ("logits", vector_bad[k].text, 100, &error));
      g_assert_error (error, DLM_ERROR, (gint) vector_bad[k].code);
      g_assert_cmpstr (error->message, ==, vector_bad[k].message);
    }
}

/* Every text of the matrix corpora read as a list: the matrix's numbers
 * when it has one row or one column, refused otherwise. */
static void
test_vector_is_matrix (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (good_cases) + G_N_ELEMENTS (bad_cases); k++)
    {
      const char *text = k < G_N_ELEMENTS (good_cases) ? good_cases[k].text
                                                       : bad_cases[k - G_N_ELEMENTS (good_cases)].text;
      g_autoptr(gsl_matrix) m = dlm_parse_matrix ("A", text, 100, NULL);
      g_autoptr(GArray) v = dlm_parse_vector ("A", text, 100, NULL);

      g_test_message ("case “%s”", text);
      if (m == NULL || (m->size1 > 1 && m->size2 > 1))
        {
          g_assert_null (v);
          continue;
        }
      g_assert_nonnull (v);
      g_assert_cmpmem (v->data, v->len * sizeof (double), m->data, m->size1 * m->size2 * sizeof (double));
    }
}

/* The limit counts numbers as they come: 10⁶ of them past a limit of 1000
 * are refused at number 1001, quickly, whatever follows. */
static void
test_vector_limit (void)
{
  g_autoptr(GString) huge = g_string_new ("[");
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) ok = NULL;
  gint64 start;

  for (guint i = 0; i < 1000000; i++)
    g_string_append (huge, "0.5, ");
  g_string_append (huge, "garbage]");
  start = g_get_monotonic_time ();
  g_assert_null (dlm_parse_vector ("logits", huge->str, 1000, &error));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 4);
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "logits: value 1001: more than 1000 numbers; accepted: at most 1000");
  g_clear_error (&error);

  ok = dlm_parse_vector ("logits", "1 2 3", 3, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (ok->len, ==, 3);
}

/* 100 kB of text, invalid UTF-8, line breaks: every message is short,
 * valid UTF-8 and on one line, for lists, matrices and single numbers. */
static void
test_hostile_texts (void)
{
  g_autoptr(GString) letters = g_string_new ("1 ");
  g_autoptr(GString) umlauts = g_string_new ("1 ");
  g_autoptr(GString) brackets = g_string_new (NULL);
  const char *invalid[] = { "1 \xff\xfe 2", "\xc3", "[1, 2\xe2\x82", "1e\x80", "\xed\xa0\x80", NULL };

  for (guint i = 0; i < 100000; i++)
    {
      g_string_append_c (letters, 'a' + i % 26);
      g_string_append (umlauts, "ä");
      g_string_append_c (brackets, '[');
    }

  for (guint pass = 0; pass < 3 + G_N_ELEMENTS (invalid) - 1; pass++)
    {
      const char *text = pass == 0 ? letters->str : pass == 1 ? umlauts->str
                         : pass == 2 ? brackets->str : invalid[pass - 3];
      g_autoptr(GError) vector_error = NULL, matrix_error = NULL, number_error = NULL;
      GError *errors[3];
      double value;

      g_assert_null (dlm_parse_vector ("logits", text, 100, &vector_error));
      g_assert_null (dlm_parse_matrix ("logits", text, 100, &matrix_error));
      g_assert_false (dlm_parse_double ("logits", text, &value, &number_error));
      errors[0] = vector_error;
      errors[1] = matrix_error;
      errors[2] = number_error;
      for (guint e = 0; e < G_N_ELEMENTS (errors); e++)
        {
          g_test_message ("%s", errors[e]->message);
          g_assert_true (g_utf8_validate (errors[e]->message, -1, NULL));
          g_assert_true (g_str_has_prefix (errors[e]->message, "logits: "));
          g_assert_null (strchr (errors[e]->message, '\n'));
          /* 60 quoted characters, two bytes each for "ä", and the words */
          g_assert_cmpuint (strlen (errors[e]->message), <=, pass == 1 ? 260 : 200);
        }
    }
}

/* ---- labels ------------------------------------------------------------- */

static void
test_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) labels = dlm_parse_labels ("labels", "  cat, dog ,horse ", 3, &error);
  g_auto(GStrv) none = dlm_parse_labels ("labels", " \t ", 3, &error);
  g_autoptr(GString) commas = g_string_new ("a");
  gint64 start;

  g_assert_no_error (error);
  g_assert_cmpstrv (labels, ((const char *[]) { "cat", "dog", "horse", NULL }));
  g_assert_cmpuint (g_strv_length (none), ==, 0);

  g_assert_null (dlm_parse_labels ("labels", "cat,, horse", 3, &error));
  g_assert_cmpstr (error->message, ==,
                   "labels: label 2 is empty; accepted: names separated by commas, e.g. cat, dog, horse");
  g_clear_error (&error);
  g_assert_null (dlm_parse_labels ("labels", "cat, dog,", 3, &error));
  g_assert_nonnull (strstr (error->message, "label 3 is empty"));
  g_clear_error (&error);
  g_assert_null (dlm_parse_labels ("labels", "a, b, c, d", 3, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, "labels: at least 4 labels were given; "
                                       "accepted: at most 3, separated by commas");
  g_clear_error (&error);
  g_assert_null (dlm_parse_labels ("labels", "cat, \xff", 3, &error));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "not valid UTF-8"));
  g_clear_error (&error);

  /* 10 MB of commas: refused from the first 1001 labels' commas, before
   * ten million strings (or a scan of them all) */
  for (guint i = 0; i < 10 * 1000 * 1000; i++)
    g_string_append_c (commas, ',');
  start = g_get_monotonic_time ();
  g_assert_null (dlm_parse_labels ("labels", commas->str, 1000, &error));
  g_assert_cmpint (g_get_monotonic_time () - start, <, G_USEC_PER_SEC / 4);
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_true (g_str_has_prefix (error->message, "labels: at least 1001 labels were given"));
}

/* What a spin button's typed text reads as: the app's numbers, or the
 * C library's reading in the locale; never a non-finite number. */
static void
test_typed_number (void)
{
  double v = 0;

  g_assert_true (dlm_parse_typed_number ("2.5", &v));
  g_assert_cmpfloat (v, ==, 2.5);
  g_assert_true (dlm_parse_typed_number ("-1e3", &v));
  g_assert_cmpfloat (v, ==, -1000);
  g_assert_false (dlm_parse_typed_number ("", &v));
  g_assert_false (dlm_parse_typed_number ("twelve", &v));
  g_assert_false (dlm_parse_typed_number ("2.5x", &v));
  g_assert_false (dlm_parse_typed_number ("inf", &v));
  g_assert_false (dlm_parse_typed_number ("1e999", &v));
  g_assert_false (dlm_parse_typed_number ("nan", &v));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parse/typed-number", test_typed_number);
  g_test_add_func ("/parse/matrix/good", test_good_corpus);
  g_test_add_func ("/parse/matrix/bad", test_bad_corpus);
  g_test_add_func ("/parse/matrix/messages", test_messages);
  g_test_add_func ("/parse/matrix/quotes", test_quotes);
  g_test_add_func ("/parse/matrix/format", test_format);
  g_test_add_func ("/parse/matrix/round-trip", test_round_trip_random);
  g_test_add_func ("/parse/matrix/limit", test_limit);
  g_test_add_func ("/parse/matrix/locale", test_locale);
  g_test_add_func ("/parse/number/grammar", test_number_grammar);
  g_test_add_func ("/parse/number/span", test_number_span);
  g_test_add_func ("/parse/number/digits", test_number_digits);
  g_test_add_func ("/parse/number/messages", test_double_messages);
  g_test_add_func ("/parse/number/range", test_double_in);
  g_test_add_func ("/parse/vector/good", test_vector_good);
  g_test_add_func ("/parse/vector/bad", test_vector_bad);
  g_test_add_func ("/parse/vector/is-matrix", test_vector_is_matrix);
  g_test_add_func ("/parse/vector/limit", test_vector_limit);
  g_test_add_func ("/parse/hostile-texts", test_hostile_texts);
  g_test_add_func ("/parse/labels", test_labels);

  return g_test_run ();
}

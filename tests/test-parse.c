/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-parse.h"

/* The matrix parser over a corpus of texts people type or paste, and of
 * texts it must refuse. Expected values are C literals of the same decimal
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
  { "1e999", DLM_ERROR_INVALID, "row 1, column 1", "“1e999” is not a finite" },
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
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_clear_error (&error);

  g_assert_null (dlm_parse_matrix ("A", "1 \xff\xfe 2", 100, &error));
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_nonnull (strstr (error->message, "row 1, column 2"));
  g_clear_error (&error);

  g_assert_null (dlm_parse_matrix ("A", "[[1, 2],\n [3, 4]", 100, &error));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_nonnull (strstr (error->message, "“[[1, 2],…”"));
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

/* Every committed fuzzing seed (and any crash the fuzzer ever found, kept
 * there) parses or is refused with a message, never anything else. */
static void
test_fuzz_corpus (void)
{
  g_autofree char *dir_path = g_test_build_filename (G_TEST_DIST, "fuzz", "corpus", NULL);
  g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir_path, name, NULL);
      g_autofree char *contents = NULL;
      g_autoptr(GError) error = NULL;
      g_autoptr(gsl_matrix) m = NULL;

      g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
      m = dlm_parse_matrix ("A", contents, 1000, &error);
      if (m != NULL)
        assert_round_trip (m);
      else
        g_assert_true (error->domain == DLM_ERROR && g_str_has_prefix (error->message, "A: "));
      n++;
    }
  g_assert_cmpuint (n, >=, 20);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/parse/matrix/good", test_good_corpus);
  g_test_add_func ("/parse/matrix/bad", test_bad_corpus);
  g_test_add_func ("/parse/matrix/messages", test_messages);
  g_test_add_func ("/parse/matrix/quotes", test_quotes);
  g_test_add_func ("/parse/matrix/format", test_format);
  g_test_add_func ("/parse/matrix/round-trip", test_round_trip_random);
  g_test_add_func ("/parse/matrix/limit", test_limit);
  g_test_add_func ("/parse/matrix/locale", test_locale);
  g_test_add_func ("/parse/matrix/fuzz-corpus", test_fuzz_corpus);

  return g_test_run ();
}

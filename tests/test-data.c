/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "dlm-data.h"
#include "dlm-error.h"
#include "dlm-npy.h"
#include "dlm-table.h"
#include "dlm-topic-data.h"
#include "dlm-topic-registry.h"

/* The readers behind --set KEY=@FILE: .npy bytes made by hand, tables as
 * text, files made by NumPy (tests/data/README.md says how), and files
 * that are not files. */

/* ---- .npy ------------------------------------------------------------------------ */

/* A .npy file: the magic, version @major.0, the header's length (2 bytes
 * in version 1, 4 after), the dict as given, then @data. */
static GByteArray *
npy_bytes (guint         major,
           const char   *dict,
           const void   *data,
           gsize         len)
{
  GByteArray *out = g_byte_array_new ();
  guint32 hlen = strlen (dict);
  guint8 length[4] = { hlen & 0xff, (hlen >> 8) & 0xff, (hlen >> 16) & 0xff, hlen >> 24 };

  g_byte_array_append (out, (const guint8 *) "\x93NUMPY", 6);
  g_byte_array_append (out, (const guint8[]) { major, 0 }, 2);
  g_byte_array_append (out, length, major == 1 ? 2 : 4);
  g_byte_array_append (out, (const guint8 *) dict, hlen);
  if (len > 0)
    g_byte_array_append (out, data, len);
  return out;
}

static char *
dict_for (const char *descr,
          gboolean    fortran,
          const char *shape)
{
  return g_strdup_printf ("{'descr': '%s', 'fortran_order': %s, 'shape': %s, }          \n",
                          descr, fortran ? "True" : "False", shape);
}

/* @size bytes of @bits, least significant first (little) or last (big). */
static void
put (GByteArray *out,
     guint64     bits,
     guint       size,
     gboolean    big)
{
  for (guint i = 0; i < size; i++)
    {
      guint8 b = bits >> (8 * (big ? size - 1 - i : i));
      g_byte_array_append (out, &b, 1);
    }
}

static DlmArray *
read_npy (GByteArray  *bytes,
          gsize        max_values,
          GError     **error)
{
  return dlm_npy_read (bytes->data, bytes->len, max_values, error);
}

/* Three elements of every dtype, in both byte orders: the same numbers. */
static void
test_npy_dtypes (void)
{
  static const struct {
    const char *code;
    guint       size;
    guint64     bits[3];
    double      values[3];
  } cases[] = {
    { "i1", 1, { 0xfd, 0, 100 }, { -3, 0, 100 } },
    { "i2", 2, { 0xfed4, 0, 300 }, { -300, 0, 300 } },
    { "i4", 4, { 0xfffffffd, 0, 100000 }, { -3, 0, 100000 } },
    { "i8", 8, { G_GUINT64_CONSTANT (0xfffffffffffffffd), 0, G_GUINT64_CONSTANT (1) << 40 }, { -3, 0, 1099511627776.0 } },
    { "u1", 1, { 255, 0, 7 }, { 255, 0, 7 } },
    { "u2", 2, { 65535, 0, 7 }, { 65535, 0, 7 } },
    { "u4", 4, { 4000000000u, 0, 7 }, { 4e9, 0, 7 } },
    /* 2⁶⁴ − 1 is 18446744073709551616.0 as a double, as np.uint64(2**64-1).astype(float) */
    { "u8", 8, { G_MAXUINT64, 0, 7 }, { 18446744073709551616.0, 0, 7 } },
    /* float16 1.5, -0.25, 65504 (its largest) */
    { "f2", 2, { 0x3e00, 0xb400, 0x7bff }, { 1.5, -0.25, 65504 } },
    /* float32 1.5, -0.25, 0.1f (0.100000001490116...) */
    { "f4", 4, { 0x3fc00000, 0xbe800000, 0x3dcccccd }, { 1.5, -0.25, (double) 0.1f } },
    { "f8", 8, { G_GUINT64_CONSTANT (0x3ff8000000000000), G_GUINT64_CONSTANT (0xbfd0000000000000),
                 G_GUINT64_CONSTANT (0x7fefffffffffffff) }, { 1.5, -0.25, G_MAXDOUBLE } },
    { "b1", 1, { 1, 0, 2 }, { 1, 0, 1 } },
  };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (guint big = 0; big < 2; big++)
      {
        g_autofree char *descr = g_strdup_printf ("%c%s", cases[c].size == 1 ? '|' : big ? '>' : '<',
                                                  cases[c].code);
        g_autofree char *dict = dict_for (descr, FALSE, "(3,)");
        g_autoptr(GByteArray) data = g_byte_array_new ();
        g_autoptr(GByteArray) bytes = NULL;
        g_autoptr(GError) error = NULL;
        g_autoptr(DlmArray) array = NULL;

        for (guint i = 0; i < 3; i++)
          put (data, cases[c].bits[i], cases[c].size, big);
        bytes = npy_bytes (1, dict, data->data, data->len);
        array = read_npy (bytes, 100, &error);
        g_assert_no_error (error);
        g_assert_cmpuint (array->rows, ==, 1);
        g_assert_cmpuint (array->cols, ==, 3);
        g_assert_cmpuint (array->found, ==, 3);
        for (guint i = 0; i < 3; i++)
          g_assert_cmpfloat (array->values[i], ==, cases[c].values[i]);
      }
}

/* A 2 × 3 matrix in C order and in Fortran order; versions 1, 2 and 3;
 * a 0-d array. */
static void
test_npy_orders_versions (void)
{
  const double c_order[] = { 1, 2, 3, 4, 5, 6 };
  const double f_order[] = { 1, 4, 2, 5, 3, 6 };

  for (guint major = 1; major <= 3; major++)
    for (guint fortran = 0; fortran < 2; fortran++)
      {
        g_autofree char *dict = dict_for ("<f8", fortran, "(2, 3)");
        g_autoptr(GByteArray) bytes = npy_bytes (major, dict, fortran ? f_order : c_order, sizeof c_order);
        g_autoptr(GError) error = NULL;
        g_autoptr(DlmArray) array = read_npy (bytes, 100, &error);

        g_assert_no_error (error);
        g_assert_cmpuint (array->rows, ==, 2);
        g_assert_cmpuint (array->cols, ==, 3);
        for (guint i = 0; i < 6; i++)
          g_assert_cmpfloat (array->values[i], ==, c_order[i]);
      }

  {
    const double seven = 7;
    g_autofree char *dict = dict_for ("<f8", FALSE, "()");
    g_autoptr(GByteArray) bytes = npy_bytes (1, dict, &seven, sizeof seven);
    g_autoptr(GError) error = NULL;
    g_autoptr(DlmArray) array = read_npy (bytes, 100, &error);

    g_assert_no_error (error);
    g_assert_cmpuint (array->rows * array->cols, ==, 1);
    g_assert_cmpfloat (array->values[0], ==, 7);
  }
}

static void
assert_npy_refused (GByteArray *bytes,
                    const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmArray) array = read_npy (bytes, 100, &error);

  g_assert_null (array);
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
}

static void
test_npy_refused (void)
{
  static const struct {
    const char *dict;
    const char *message;
  } cases[] = {
    { "{'descr': '<f8', 'fortran_order': False, 'shape': (2, 2, 2), }\n", "an array of 3 dimensions" },
    { "{'descr': [('a', '<f8')], 'fortran_order': False, 'shape': (1,), }\n", "a structured dtype" },
    { "{'descr': '|O', 'fortran_order': False, 'shape': (1,), }\n", "“|O” is an object array" },
    { "{'descr': '<U3', 'fortran_order': False, 'shape': (1,), }\n", "“<U3” is an array of text" },
    { "{'descr': '<c16', 'fortran_order': False, 'shape': (1,), }\n", "“<c16” is complex" },
    { "{'descr': '<f16', 'fortran_order': False, 'shape': (1,), }\n", "“<f16” has an element size" },
    { "{'descr': '<f8', 'shape': (1,), }\n", "'fortran_order': is missing" },
    { "{'descr': '<f8', 'descr': '<f8', 'fortran_order': False, 'shape': (1,), }\n", "each key once" },
    { "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), 'x': 1}\n", "one of the keys" },
    { "{'descr': '<f8', 'fortran_order': 0, 'shape': (1,), }\n", "True or False" },
    { "{'descr': '<f8', 'fortran_order': False, 'shape': (1), }\n", "‘,’ after the only size" },
    { "{'descr': '<f8', 'fortran_order': False, 'shape': (18446744073709551616,), }\n", "beyond 2⁶⁴ − 1" },
    { "{'descr': '<f8', 'fortran_order': False, 'shape': (4294967296, 4294967296), }\n",
      "multiply to more than 2⁶⁴" },
    { "{'descr': '<f8', 'fortran_order': False, 'shape': (2305843009213693952,), }\n",
      "need more bytes than a file can have" },
    { "{'descr': '<f8', 'fortran_order': False, 'shape': (1099511627776,), }\n",
      "1099511627776 elements of 8 bytes need 8796093022208 bytes after the header; the file has 8: it is cut short" },
    { "{'descr': '<f8', 'fortran_order': False, 'shape': (1,), } x\n", "byte 68, in the header: “x⏎” where the end of the header was expected" },
  };
  const double one = 1;

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GByteArray) bytes = npy_bytes (1, cases[i].dict, &one, sizeof one);

      assert_npy_refused (bytes, cases[i].message);
    }
}

/* Cut files, lying lengths, other versions, NaN and inf. */
static void
test_npy_damaged (void)
{
  const double two[] = { 1, 2 };
  const double nan_at_2_0[] = { 1, 2, 3, 4, NAN, 6 };
  g_autofree char *dict = dict_for ("<f8", FALSE, "(3,)");
  g_autofree char *dict_2x3 = dict_for ("<f8", FALSE, "(3, 2)");
  g_autoptr(GByteArray) cut = npy_bytes (1, dict, two, sizeof two);
  g_autoptr(GByteArray) nan_file = npy_bytes (1, dict_2x3, nan_at_2_0, sizeof nan_at_2_0);
  g_autoptr(GByteArray) long_file = npy_bytes (1, dict, two, sizeof two);
  g_autoptr(GByteArray) lying = npy_bytes (1, dict, two, sizeof two);
  g_autoptr(GByteArray) v4 = npy_bytes (1, dict, two, sizeof two);
  g_autoptr(GByteArray) inf_file = NULL;
  const double inf_values[] = { 1, -INFINITY, 3 };

  assert_npy_refused (cut, "3 elements of 8 bytes need 24 bytes after the header; the file has 16: it is cut short");
  assert_npy_refused (nan_file, "element [2, 0] is nan; accepted: finite numbers");
  inf_file = npy_bytes (1, dict, inf_values, sizeof inf_values);
  assert_npy_refused (inf_file, "element [1] is -inf");
  g_byte_array_append (long_file, (const guint8 *) two, sizeof two);
  g_byte_array_append (long_file, (const guint8 *) two, 8);
  assert_npy_refused (long_file, "the file has 40, more than the array");
  lying->data[8] = 0xff;
  lying->data[9] = 0xff;
  assert_npy_refused (lying, "byte 8: the header’s length is 65535 bytes");
  v4->data[6] = 4;
  assert_npy_refused (v4, "byte 6: format version 4.0; accepted: .npy versions 1.0, 2.0 and 3.0");
  g_byte_array_set_size (v4, 5);
  assert_npy_refused (v4, "byte 0: not a .npy file");
}

/* More than allowed: the count and shape, no values, nothing converted. */
static void
test_npy_too_many (void)
{
  g_autofree char *dict = dict_for ("|u1", FALSE, "(50, 100)");
  g_autofree guint8 *zeros = g_malloc0 (5000);
  g_autoptr(GByteArray) bytes = npy_bytes (2, dict, zeros, 5000);
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmArray) array = read_npy (bytes, 1000, &error);

  g_assert_no_error (error);
  g_assert_null (array->values);
  g_assert_cmpuint (array->found, ==, 5000);
  g_assert_cmpuint (array->rows, ==, 50);
  g_assert_cmpuint (array->cols, ==, 100);
}

/* ---- tables ---------------------------------------------------------------------- */

static DlmArray *
read_table (const char  *text,
            const char  *column,
            GError     **error)
{
  return dlm_table_read_numbers (text, strlen (text), column, 1000, error);
}

static void
assert_table (const char   *text,
              const char   *column,
              gsize         rows,
              gsize         cols,
              const double *values)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmArray) array = read_table (text, column, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (array->rows, ==, rows);
  g_assert_cmpuint (array->cols, ==, cols);
  g_assert_cmpuint (array->found, ==, rows * cols);
  for (gsize i = 0; i < rows * cols; i++)
    g_assert_cmpfloat (array->values[i], ==, values[i]);
}

static void
assert_table_refused (const char *text,
                      const char *column,
                      const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmArray) array = read_table (text, column, &error);

  g_assert_null (array);
  g_assert_nonnull (error);
  if (strcmp (error->message, message) != 0)
    g_error ("“%s” is not “%s”", error->message, message);
}

static void
test_table_formats (void)
{
  const double m[] = { 1, 3, 5, 7 };
  const double col[] = { 3, 7 };

  assert_table ("1,3\n5,7\n", NULL, 2, 2, m);
  assert_table ("a,b\r\n1,3\r\n5,7", NULL, 2, 2, m);
  assert_table ("\xef\xbb\xbf" "a;b\n1;3\n\n5;7\n", NULL, 2, 2, m);
  assert_table ("a\tb\n1\t3\n5\t7\n", NULL, 2, 2, m);
  assert_table ("# np.savetxt\n1.000000000000000000e+00 3.000000000000000000e+00\n"
                "5.000000000000000000e+00   7  # a comment\n", NULL, 2, 2, m);
  assert_table ("\"a\",\"b, c\"\n\" 1\",3\n5,\"7\"\n", NULL, 2, 2, m);
  assert_table ("a,b\n1,3\n5,7\n", "b", 2, 1, col);
  assert_table ("a,b\n1,3\n5,7\n", "1", 2, 1, col);
  assert_table ("1 3\n5 7\n", "1", 2, 1, col);
  assert_table ("1\n", NULL, 1, 1, m);
}

/* A header's names are kept for display (the column question), quoted as
 * messages quote input; a table without one has none. */
static void
test_table_names (void)
{
  g_autoptr(DlmArray) named = read_table ("\"a, b\";height;\xff\n1;2;3\n", NULL, NULL);
  g_autoptr(DlmArray) bare = read_table ("1,2\n3,4\n", NULL, NULL);
  g_autoptr(DlmArray) picked = read_table ("a,b\n1,2\n", "b", NULL);

  g_assert_cmpuint (g_strv_length (named->names), ==, 3);
  g_assert_cmpstr (named->names[0], ==, "a, b");
  g_assert_cmpstr (named->names[1], ==, "height");
  g_assert_true (g_utf8_validate (named->names[2], -1, NULL));
  g_assert_null (bare->names);
  g_assert_null (picked->names);
}

static void
test_table_refused (void)
{
  assert_table_refused ("a,b\n1,2\n3,abc\n", NULL,
                        "line 3, column 2: “abc” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3");
  assert_table_refused ("1,2\n3\n", NULL,
                        "line 2, column 2: line 2 has 1 column, line 1 has 2; accepted: the same number of columns on every line");
  assert_table_refused ("1,2\n\n3,4,5\n", NULL,
                        "line 3, column 3: line 3 has 3 columns, line 1 has 2; accepted: the same number of columns on every line");
  assert_table_refused ("1,1e400\n", NULL, "line 1, column 2: 1e400 is too large; accepted: -1.79e308 to 1.79e308");
  assert_table_refused ("x\n0x10\n", NULL, "line 2, column 1: “0x10” is not a number; accepted: numbers such as 1.5, -0.25 or 2e3");
  assert_table_refused ("1, nan\n", NULL, "line 1, column 2: “nan” is not a finite number; accepted: numbers such as 1.5, -0.25 or 2e3");
  assert_table_refused ("1,,3\n", NULL, "line 1, column 2: no number was given; accepted: numbers such as 1.5, -0.25 or 2e3");
  assert_table_refused ("1,\"2\n", NULL, "line 1, column 2: a quoted field is never closed; end it with ‘\"’");
  assert_table_refused ("1,\"2\"x\n", NULL, "line 1, column 2: text follows the closing quote; put a separator after it");
  assert_table_refused ("a,b\n1,2\n", "c",
                        "col=“c”: no column has that name; accepted: an index from 0 to 1 (counted from 0) "
                        "or a name in the header: “a”, “b”");
  assert_table_refused ("1,2\n", "a",
                        "col=“a”: line 1 holds numbers, so the file has no header to find the name in; "
                        "accepted: a column index from 0 to 1 (counted from 0)");
  assert_table_refused ("1,2\n", "2", "col=“2”: the file has 2 columns; accepted: an index from 0 to 1 (counted from 0)");
}

/* '.' is the decimal point whatever the locale: under de_DE "1,5" stays
 * two numbers and "1.5" one. */
static void
test_table_locale (void)
{
  const double values[] = { 1.5, 2 };
  char *old = g_strdup (setlocale (LC_ALL, NULL));

  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_free (old);
      g_test_skip ("no de_DE.UTF-8 locale");
      return;
    }
  assert_table ("1.5,2\n", NULL, 1, 2, values);
  setlocale (LC_ALL, old);
  g_free (old);
}

static void
test_table_texts (void)
{
  g_autoptr(GError) error = NULL;
  gsize found = 0;
  g_auto(GStrv) texts = NULL;
  g_auto(GStrv) by_index = NULL;
  g_auto(GStrv) plain = NULL;
  const char *csv = "name,score\n\"Ada, the first\",1\ncat,2\n";

  texts = dlm_table_read_texts ("name,score\ncat,1\n\"dög\",2\n", 25, "name", 100, &found, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (found, ==, 2);
  g_assert_cmpstrv (texts, ((const char *[]) { "cat", "dög", NULL }));

  /* a text column over a number column: line 1 is a header */
  by_index = dlm_table_read_texts ("name,score\ncat,1\ndog,2\n", 22, "0", 100, &found, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (by_index, ((const char *[]) { "cat", "dog", NULL }));

  /* labels only: every line is a label */
  plain = dlm_table_read_texts ("pass\npass\nfail\n", 15, NULL, 100, &found, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (plain, ((const char *[]) { "pass", "pass", "fail", NULL }));
  g_clear_pointer (&plain, g_strfreev);

  /* one label a line, spaces and all */
  plain = dlm_table_read_texts ("# classes\nstop sign\r\n  speed-limit sign \n", 41, NULL, 100, &found, &error);
  g_assert_no_error (error);
  g_assert_cmpstrv (plain, ((const char *[]) { "stop sign", "speed-limit sign", NULL }));

  g_assert_null (dlm_table_read_texts (csv, strlen (csv), "name", 100, &found, &error));
  g_assert_cmpstr (error->message, ==, "line 2, column 1: “Ada, the first” holds a comma or a line break; "
                                       "accepted: a label without one");
  g_clear_error (&error);
  g_assert_null (dlm_table_read_texts ("a\n\xff\n", 4, NULL, 100, &found, &error));
  g_assert_cmpstr (error->message, ==, "line 2, column 1: the text is not valid UTF-8; accepted: text in UTF-8");
  g_clear_error (&error);
  g_assert_null (dlm_table_read_texts ("a,,b\n", 5, NULL, 100, &found, &error));
  g_assert_cmpstr (error->message, ==, "line 1, column 2: the label is empty; accepted: a name, e.g. cat");
  g_clear_error (&error);

  /* too many: counted on, nothing returned, no error */
  g_assert_null (dlm_table_read_texts ("a\nb\nc\n", 6, NULL, 2, &found, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (found, ==, 3);
}

static void
test_table_too_many (void)
{
  g_autoptr(GString) text = g_string_new ("x\n");
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmArray) array = NULL;

  for (guint i = 0; i < 5000; i++)
    g_string_append_printf (text, "%u\n", i);
  array = dlm_table_read_numbers (text->str, text->len, NULL, 1000, &error);
  g_assert_no_error (error);
  g_assert_null (array->values);
  g_assert_cmpuint (array->found, ==, 5000);
}

/* ---- files ----------------------------------------------------------------------- */

static char *
data_file (const char *name)
{
  return g_test_build_filename (G_TEST_DIST, "data", name, NULL);
}

static DlmData *
load (const char   *name,
      const char   *pick,
      DlmDataKind   kind,
      GError      **error)
{
  g_autofree char *path = data_file (name);
  g_autofree char *spec = pick != NULL ? g_strconcat (path, "#col=", pick, NULL) : g_strdup (path);

  return dlm_data_load (spec, kind, 1000, error);
}

static void
assert_loads_as (const char  *name,
                 const char  *pick,
                 DlmDataKind  kind,
                 const char  *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmData) data = load (name, pick, kind, &error);
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  got = dlm_data_to_text (data);
  g_assert_cmpstr (got, ==, text);
}

/* The files NumPy wrote, read as NumPy reads them back:
 *   /usr/bin/python3 -c "import numpy as np; print(np.load('int64-beyond-2p53.npy').astype(np.float64).tolist())"
 *   → [9007199254740992.0, -3.0]
 *   /usr/bin/python3 -c "import numpy as np; print(np.load('course-matrix-f4-fortran-be.npy').tolist())"
 *   → [[1.0, 5.0], [0.0, 6.0], [2.0, 8.0], [5.0, 3.0], [-2.0, 0.0]]
 *   /usr/bin/python3 -c "import numpy as np; print(np.loadtxt('people.csv', delimiter=',', skiprows=1, usecols=1).tolist())"
 *   → [170.5, 182.0, 165.25] */
static void
test_files_numpy (void)
{
  assert_loads_as ("logits.npy", NULL, DLM_DATA_NUMBERS, "5, 4, 2");
  assert_loads_as ("int64-beyond-2p53.npy", NULL, DLM_DATA_NUMBERS, "9007199254740992, -3");
  assert_loads_as ("course-matrix-f4-fortran-be.npy", NULL, DLM_DATA_NUMBERS, "1, 5; 0, 6; 2, 8; 5, 3; -2, 0");
  assert_loads_as ("course-matrix-f4-fortran-be.npy", "1", DLM_DATA_NUMBERS, "5; 6; 8; 3; 0");
  assert_loads_as ("uint8-v3.npy", NULL, DLM_DATA_NUMBERS, "1, 3; 5, 7");
  assert_loads_as ("matrix.txt", NULL, DLM_DATA_NUMBERS, "1, 3; 5, 7");
  assert_loads_as ("people.csv", "height", DLM_DATA_NUMBERS, "170.5; 182; 165.25");
  assert_loads_as ("people.csv", "2", DLM_DATA_NUMBERS, "61; 80; 55");
  assert_loads_as ("people.csv", "name", DLM_DATA_TEXT, "Ada, Bo, Cy");
  assert_loads_as ("logits.npy", NULL, DLM_DATA_TEXT, "5, 4, 2");
}

static void
assert_load_refused (const char *spec,
                     const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DlmData) data = dlm_data_load (spec, DLM_DATA_NUMBERS, 1000, &error);

  g_assert_null (data);
  g_assert_nonnull (error);
  if (strstr (error->message, message) == NULL)
    g_error ("“%s” does not say “%s”", error->message, message);
  g_assert_cmpuint (g_utf8_strlen (error->message, -1), <, 400);
}

static void
test_files_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("dlm-data-XXXXXX", NULL);
  g_autofree char *fifo = g_build_filename (dir, "fifo.csv", NULL);
  g_autofree char *big = g_build_filename (dir, "big.csv", NULL);
  g_autofree char *fake = g_build_filename (dir, "fake.npy", NULL);
  g_autofree char *empty = g_build_filename (dir, "empty.csv", NULL);
  g_autofree char *many = g_build_filename (dir, "many.csv", NULL);
  g_autofree char *three_d = data_file ("three-d.npy");
  g_autofree char *labels = data_file ("labels.npy");
  g_autoptr(GString) lines = g_string_new (NULL);
  int fd;

  for (guint i = 0; i < 1001; i++)
    g_string_append (lines, "1\n");
  g_assert_true (g_file_set_contents (many, lines->str, lines->len, NULL));
  g_assert_true (g_file_set_contents (fake, "1,2\n", -1, NULL));
  g_assert_true (g_file_set_contents (empty, "# nothing\n\n", -1, NULL));
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  fd = g_open (big, O_WRONLY | O_CREAT, 0600);
  g_assert_cmpint (ftruncate (fd, DLM_DATA_MAX_BYTES + 1), ==, 0);
  close (fd);

  assert_load_refused ("/nonexistent/x.csv", "cannot read “/nonexistent/x.csv” (No such file or directory)");
  assert_load_refused (dir, "is not a regular file");
  assert_load_refused (fifo, "fifo.csv” is not a regular file");
  assert_load_refused ("/dev/zero", "“/dev/zero” is not a regular file");
  assert_load_refused (big, "big.csv” is larger than 64 MB");
  assert_load_refused (fake, "fake.npy” byte 0: not a .npy file");
  assert_load_refused (empty, "empty.csv” has no numbers; accepted: 1 to 1000 numbers");
  assert_load_refused (many, "many.csv” has 1001 numbers; accepted: 1 to 1000 numbers");
  assert_load_refused (three_d, "three-d.npy” header key 'shape': an array of 3 dimensions");
  assert_load_refused (labels, "labels.npy” header key 'descr': “<U3” is an array of text");
  {
    g_autofree char *matrix = data_file ("course-matrix-f4-fortran-be.npy");
    g_autofree char *named = g_strconcat (matrix, "#col=x", NULL);

    assert_load_refused (named, "col=“x”: the array has 2 columns and no header; accepted: an index from 0 to 1");
  }

  g_unlink (fifo);
  g_unlink (big);
  g_unlink (fake);
  g_unlink (empty);
  g_unlink (many);
  g_rmdir (dir);
}

/* The fields that take a file are text fields of their topics; a renamed
 * field would leave a line of the table behind, which the count sees. */
static void
test_data_fields (void)
{
  guint n_topics, n_fields = 0;
  const DlmTopicTypeFunc *topics = dlm_topic_registry_get (&n_topics);

  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (topics[t] (), NULL);
      g_autoptr(GPtrArray) params = dlm_topic_list_params (topic);

      for (guint i = 0; i < params->len; i++)
        {
          DlmParamInfo *p = g_ptr_array_index (params, i);
          gsize max_values = 0;

          if (!dlm_topic_data_field (topic, p->name, NULL, &max_values))
            continue;
          g_assert_cmpstr (p->type, ==, "text");
          g_assert_cmpuint (max_values, >=, 2);
          n_fields++;
        }
    }
  g_assert_cmpuint (n_fields, ==, 22);
}

/* A set of assignments with a file in it is applied all together or not
 * at all: a bad file, or a bad value beside a good file, keeps the state. */
static void
test_apply_atomic (void)
{
  g_autoptr(DlmTopic) topic = dlm_topic_registry_new ("softmax");
  g_autofree char *logits_npy = data_file ("logits.npy");
  g_autofree char *three_d = data_file ("three-d.npy");
  g_autofree char *good = g_strconcat ("logits=@", logits_npy, NULL);
  g_autofree char *bad = g_strconcat ("logits=@", three_d, NULL);
  g_autofree char *before = dlm_topic_get_param_text (topic, "logits");
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (dlm_topic_apply_data (topic, (const char *[]) { good, "temperature=0", NULL }, &error));
  g_assert_true (g_str_has_prefix (error->message, "temperature: "));
  g_clear_error (&error);
  g_assert_false (dlm_topic_apply_data (topic, (const char *[]) { "temperature=2", bad, NULL }, &error));
  g_assert_true (g_str_has_prefix (error->message, "logits: “"));
  g_clear_error (&error);
  after = dlm_topic_get_param_text (topic, "logits");
  g_assert_cmpstr (after, ==, before);
  g_free (after);

  g_assert_true (dlm_topic_apply_data (topic, (const char *[]) { good, NULL }, &error));
  g_assert_no_error (error);
  after = dlm_topic_get_param_text (topic, "logits");
  g_assert_cmpstr (after, ==, "5, 4, 2");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/npy/dtypes", test_npy_dtypes);
  g_test_add_func ("/npy/orders-versions", test_npy_orders_versions);
  g_test_add_func ("/npy/refused", test_npy_refused);
  g_test_add_func ("/npy/damaged", test_npy_damaged);
  g_test_add_func ("/npy/too-many", test_npy_too_many);
  g_test_add_func ("/table/formats", test_table_formats);
  g_test_add_func ("/table/names", test_table_names);
  g_test_add_func ("/table/refused", test_table_refused);
  g_test_add_func ("/table/locale", test_table_locale);
  g_test_add_func ("/table/texts", test_table_texts);
  g_test_add_func ("/table/too-many", test_table_too_many);
  g_test_add_func ("/files/numpy", test_files_numpy);
  g_test_add_func ("/files/refused", test_files_refused);
  g_test_add_func ("/files/fields", test_data_fields);
  g_test_add_func ("/files/apply-atomic", test_apply_atomic);
  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-fuzz"

#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-parse.h"

/* libFuzzer target for the text parsers of dlm-parse.h. The first byte
 * picks one (a number, a list, labels or a matrix), the rest is its text.
 * Not only "no crash": every refusal is a DLM_ERROR whose message names
 * the field in valid UTF-8 and stays short, whatever was given; a number
 * and a matrix come back bit for bit through their printed form; a list
 * is exactly the matrix parser's reading of the same text when that has
 * one row or one column, and refused when it has more of both; labels are
 * non-empty, trimmed and free of commas. */

#define FIELD "A"
#define MAX_ENTRIES 1000
#define MAX_LABELS 50
/* 60 quoted characters of up to four bytes, the place and the words */
#define MAX_MESSAGE_BYTES 512

static void
check_error (const GError *error)
{
  g_assert_nonnull (error);
  g_assert_true (error->domain == DLM_ERROR);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_true (g_str_has_prefix (error->message, FIELD ": "));
  g_assert_null (strchr (error->message, '\n'));
  g_assert_cmpuint (strlen (error->message), <=, MAX_MESSAGE_BYTES);
}

static void
check_round_trip (const gsl_matrix *m)
{
  g_autofree char *text = dlm_format_matrix (m);
  g_autoptr(GError) error = NULL;
  g_autoptr(gsl_matrix) again = dlm_parse_matrix (FIELD, text, MAX_ENTRIES, &error);

  g_assert_no_error (error);
  g_assert_nonnull (again);
  g_assert_cmpuint (again->size1, ==, m->size1);
  g_assert_cmpuint (again->size2, ==, m->size2);
  for (gsize i = 0; i < m->size1 * m->size2; i++)
    g_assert_true (isfinite (m->data[i]));
  /* bit for bit, so -0 must come back as -0 */
  g_assert_true (memcmp (again->data, m->data, sizeof (double) * m->size1 * m->size2) == 0);
}

static void
fuzz_double (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  char printed[G_ASCII_DTOSTR_BUF_SIZE];
  double value = 0, scanned = 0, again = 0;
  gboolean ok = dlm_parse_double (FIELD, text, &value, &error);

  /* the parser and the scanner agree on what a number is */
  g_assert_true (ok == (dlm_scan_number (stripped, strlen (stripped), &scanned) == DLM_NUMBER_FINITE));
  if (!ok)
    {
      check_error (error);
      return;
    }
  g_assert_no_error (error);
  g_assert_true (isfinite (value));
  g_assert_true (memcmp (&value, &scanned, sizeof value) == 0);
  g_ascii_formatd (printed, sizeof printed, "%.17g", value);
  g_assert_true (dlm_parse_double (FIELD, printed, &again, NULL));
  g_assert_true (memcmp (&value, &again, sizeof value) == 0);
}

static void
fuzz_matrix (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(gsl_matrix) m = dlm_parse_matrix (FIELD, text, MAX_ENTRIES, &error);

  if (m == NULL)
    {
      check_error (error);
      return;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (m->size1 * m->size2, >=, 1);
  g_assert_cmpuint (m->size1 * m->size2, <=, MAX_ENTRIES);
  check_round_trip (m);
}

static void
fuzz_vector (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) v = dlm_parse_vector (FIELD, text, MAX_ENTRIES, &error);
  g_autoptr(gsl_matrix) m = dlm_parse_matrix (FIELD, text, MAX_ENTRIES, NULL);

  if (v == NULL)
    {
      check_error (error);
      /* refused as a list: the matrix parser refuses it too, or reads
       * several rows of several numbers */
      g_assert_true (m == NULL || (m->size1 > 1 && m->size2 > 1));
      return;
    }
  g_assert_no_error (error);
  g_assert_nonnull (m);
  g_assert_true (m->size1 == 1 || m->size2 == 1);
  g_assert_cmpuint (v->len, ==, m->size1 * m->size2);
  g_assert_true (memcmp (v->data, m->data, sizeof (double) * v->len) == 0);
}

static void
fuzz_labels (const char *text)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) labels = dlm_parse_labels (FIELD, text, MAX_LABELS, &error);

  if (labels == NULL)
    {
      check_error (error);
      return;
    }
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (labels), <=, MAX_LABELS);
  for (guint i = 0; labels[i] != NULL; i++)
    {
      gsize n = strlen (labels[i]);

      g_assert_cmpuint (n, >, 0);
      g_assert_true (g_utf8_validate (labels[i], -1, NULL));
      g_assert_null (strchr (labels[i], ','));
      g_assert_false (g_ascii_isspace (labels[i][0]) || g_ascii_isspace (labels[i][n - 1]));
    }
}

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = NULL;

  if (size == 0)
    return 0;
  text = g_strndup ((const char *) data + 1, size - 1);
  switch (data[0] % 4)
    {
    case 0: fuzz_double (text); break;
    case 1: fuzz_vector (text); break;
    case 2: fuzz_labels (text); break;
    default: fuzz_matrix (text); break;
    }
  return 0;
}

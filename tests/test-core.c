/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <locale.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-explog.h"
#include "dlm-format.h"
#include "dlm-parse.h"
#include "dlm-softmax.h"

/* Reference values come from Debian's NumPy/SciPy (python3-numpy 1.24,
 * python3-scipy 1.10); each constant is preceded by the line that made it.
 *   def sm(z, T=1.0): z = np.array(z, dtype=np.float64) / T; e = np.exp(z - z.max()); return e / e.sum()
 * Comparisons allow a few ulps: NumPy's vectorised exp may differ from
 * glibc's in the last bit. */

#define assert_close(a, b) g_assert_cmpfloat_with_epsilon ((a), (b), 4e-16 * MAX (1.0, fabs (b)))

static void
assert_softmax (const double *z,
                gsize         n,
                double        t,
                const double *expected)
{
  double p[8];
  g_autoptr(GError) error = NULL;

  g_assert_true (dlm_softmax (z, n, t, p, &error));
  g_assert_no_error (error);
  for (gsize i = 0; i < n; i++)
    assert_close (p[i], expected[i]);
}

static void
test_softmax_course (void)
{
  /* sm([1,2,3]) */
  assert_softmax ((double[]) { 1, 2, 3 }, 3, 1,
                  (double[]) { 0.09003057317038043, 0.24472847105479767, 0.6652409557748218 });
  /* sm([5,4,2]) */
  assert_softmax ((double[]) { 5, 4, 2 }, 3, 1,
                  (double[]) { 0.7053845126982412, 0.2594964603424192, 0.03511902695933972 });
  /* sm([4,2,8]) */
  assert_softmax ((double[]) { 4, 2, 8 }, 3, 1,
                  (double[]) { 0.017942534803329194, 0.0024282580295913376, 0.9796292071670796 });
  /* sm([4,4,1]) */
  assert_softmax ((double[]) { 4, 4, 1 }, 3, 1,
                  (double[]) { 0.4878555511603684, 0.4878555511603684, 0.0242888976792632 });
}

static void
test_softmax_course_rounded (void)
{
  /* the slide's two-decimal figures, as a student would read them */
  double p[3];
  g_assert_true (dlm_softmax ((double[]) { 1, 2, 3 }, 3, 1, p, NULL));
  g_assert_cmpfloat (round (p[0] * 100) / 100, ==, 0.09);
  g_assert_cmpfloat (round (p[1] * 100) / 100, ==, 0.24);
  g_assert_cmpfloat (round (p[2] * 100) / 100, ==, 0.67);
  /* np.exp([1.,2.,3.]).sum() */
  assert_close (exp (1) + exp (2) + exp (3), 30.19287485057736);
}

static void
test_softmax_temperature (void)
{
  /* sm([1,2,3], 2.0) */
  assert_softmax ((double[]) { 1, 2, 3 }, 3, 2,
                  (double[]) { 0.18632372322584762, 0.3071958857184984, 0.506480391055654 });
  /* sm([1,2,3], 0.5) */
  assert_softmax ((double[]) { 1, 2, 3 }, 3, 0.5,
                  (double[]) { 0.015876239976466765, 0.11731042782619835, 0.8668133321973349 });
}

static void
test_softmax_stability (void)
{
  double e[3], p[3];

  /* sm([1000,1001,1002]) equals sm([1,2,3]) */
  assert_softmax ((double[]) { 1000, 1001, 1002 }, 3, 1,
                  (double[]) { 0.09003057317038043, 0.24472847105479767, 0.6652409557748218 });
  /* the naive formula overflows there */
  g_assert_false (dlm_softmax_naive ((double[]) { 1000, 1001, 1002 }, 3, e, p));
  g_assert_true (isinf (e[0]));
  g_assert_true (isnan (p[0]));
  g_assert_true (dlm_softmax_naive ((double[]) { 1, 2, 3 }, 3, e, p));
  assert_close (p[2], 0.6652409557748218);
  /* scipy.special.logsumexp([1.,2.,3.]), logsumexp([1000.,1001.,1002.]) */
  assert_close (dlm_logsumexp ((double[]) { 1, 2, 3 }, 3), 3.4076059644443806);
  assert_close (dlm_logsumexp ((double[]) { 1000, 1001, 1002 }, 3), 1002.4076059644444);
}

static void
test_softmax_properties (void)
{
  double a[4], b[4];

  /* equal inputs give equal outputs; shift changes nothing */
  g_assert_true (dlm_softmax ((double[]) { 2, 2, 2, 2 }, 4, 1, a, NULL));
  for (int i = 0; i < 4; i++)
    assert_close (a[i], 0.25);
  g_assert_true (dlm_softmax ((double[]) { -3, 0.5, 7, 1 }, 4, 1, a, NULL));
  g_assert_true (dlm_softmax ((double[]) { 97, 100.5, 107, 101 }, 4, 1, b, NULL));
  for (int i = 0; i < 4; i++)
    g_assert_cmpfloat_with_epsilon (a[i], b[i], 1e-15);
  g_assert_cmpuint (dlm_argmax (a, 4), ==, 2);
  /* ties: the first occurrence, as numpy.argmax */
  g_assert_cmpuint (dlm_argmax ((double[]) { 1, 4, 4, 0 }, 4), ==, 1);
}

static void
test_softmax_errors (void)
{
  double p[3];
  g_autoptr(GError) error = NULL;

  g_assert_false (dlm_softmax ((double[]) { 1, 2, 3 }, 3, 0, p, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "temperature"));
  g_clear_error (&error);

  g_assert_false (dlm_softmax (NULL, 0, 1, p, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_false (dlm_softmax ((double[]) { 1, NAN, 3 }, 3, 1, p, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "value 2"));
}

static void
test_explog (void)
{
  /* math.log10(100), math.log(1), math.log2(8) */
  g_assert_cmpfloat (dlm_log_base (100, 10), ==, 2.0);
  g_assert_cmpfloat (dlm_log_base (1, M_E), ==, 0.0);
  g_assert_cmpfloat (dlm_log_base (8, 2), ==, 3.0);
  g_assert_cmpfloat (dlm_exp_base (1, M_E), ==, M_E);
  g_assert_cmpfloat (dlm_exp_base (10, 2), ==, 1024.0);
  g_assert_true (isnan (dlm_log_base (-1, M_E)));
  g_assert_true (isinf (dlm_log_base (0, 10)) && dlm_log_base (0, 10) < 0);
  /* e^x > 0 even far to the left */
  g_assert_cmpfloat (dlm_exp_base (-700, M_E), >, 0);
}

static void
test_explog_precision (void)
{
  g_autoptr(GError) error = NULL;

  /* np.prod(np.full(200, 0.01)) */
  g_assert_cmpfloat (dlm_repeated_product (0.01, 200), ==, 0.0);
  /* float(np.sum(np.log(np.full(200, 0.01)))) */
  g_assert_cmpfloat_with_epsilon (dlm_repeated_log_sum (0.01, 200, M_E), -921.0340371976183, 2e-13);
  /* p = 1.0; first i with (p := p * 0.01) == 0 */
  g_assert_cmpuint (dlm_underflow_step (0.01, 200), ==, 162);
  g_assert_cmpuint (dlm_underflow_step (0.01, 100), ==, 0);
  g_assert_cmpfloat (dlm_repeated_product (0.5, 3), ==, 0.125);

  g_assert_true (dlm_check_probability ("p", 1.0, NULL));
  g_assert_false (dlm_check_probability ("p", 0.0, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "p:"));
  g_clear_error (&error);
  g_assert_false (dlm_check_probability ("p", 1.5, NULL));
}

static void
test_parse_vector (void)
{
  const char *good[] = { "1, 2, 3", "1 2 3", "[1., 2., 3.]", "[1 2 3]", " 1;2 ;3 ", "1e0,2E0,3" };
  g_autoptr(GError) error = NULL;
  GArray *v;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      v = dlm_parse_vector ("logits", good[i], 10, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (v->len, ==, 3);
      g_assert_cmpfloat (g_array_index (v, double, 2), ==, 3.0);
      g_array_unref (v);
    }

  g_assert_null (dlm_parse_vector ("logits", "1,abc", 10, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "logits"));
  g_assert_nonnull (strstr (error->message, "abc"));
  g_clear_error (&error);

  g_assert_null (dlm_parse_vector ("logits", "  ", 10, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_EMPTY);
  g_clear_error (&error);

  g_assert_null (dlm_parse_vector ("logits", "1, nan", 10, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (dlm_parse_vector ("logits", "1, inf", 10, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
  g_clear_error (&error);

  g_assert_null (dlm_parse_vector ("logits", "1 2 3 4", 3, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
}

static void
test_parse_huge (void)
{
  /* 10⁶ logits are refused quickly, without parsing them all */
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 1000000; i++)
    g_string_append (text, "1,");
  g_assert_null (dlm_parse_vector ("logits", text->str, DLM_SOFTMAX_MAX_LOGITS, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "1000"));
}

static void
test_parse_labels (void)
{
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) labels = dlm_parse_labels ("labels", " cat, dog ,horse", 10, &error);
  g_auto(GStrv) none = dlm_parse_labels ("labels", "", 10, NULL);

  g_assert_no_error (error);
  g_assert_cmpstrv (labels, ((const char *[]) { "cat", "dog", "horse", NULL }));
  g_assert_cmpuint (g_strv_length (none), ==, 0);
  g_assert_null (dlm_parse_labels ("labels", "cat,,dog", 10, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
}

static void
test_format (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  g_autofree char *minus = dlm_format_short (-921.034, 2);
  g_autofree char *tiny = dlm_format_short (1e-300, 2);

  dlm_format_number (s, 3);
  g_string_append_c (s, ' ');
  dlm_format_number (s, 0.1);
  g_string_append_c (s, ' ');
  dlm_format_number (s, -INFINITY);
  g_assert_cmpstr (s->str, ==, "3 0.10000000000000001 -inf");
  g_assert_cmpstr (minus, ==, "−921.03");
  g_assert_cmpstr (tiny, ==, "1e-300");

  g_string_truncate (s, 0);
  dlm_csv_append_field (s, "a,\"b\"");
  g_assert_cmpstr (s->str, ==, "\"a,\"\"b\"\"\"");
}

static void
test_format_locale (void)
{
  g_autoptr(GString) s = g_string_new (NULL);
  double back;

  /* a comma-decimal locale must not leak into machine-readable numbers */
  if (setlocale (LC_NUMERIC, "de_DE.UTF-8") == NULL)
    {
      g_test_fail_printf ("the de_DE.UTF-8 locale is missing; build-aux/dev generates it");
      return;
    }
  dlm_format_number (s, 0.6652409557748218);
  g_assert_cmpstr (s->str, ==, "0.66524095577482178");
  g_assert_true (dlm_parse_double ("x", "2.5", &back, NULL));
  g_assert_cmpfloat (back, ==, 2.5);
  setlocale (LC_NUMERIC, "C");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/softmax/course", test_softmax_course);
  g_test_add_func ("/core/softmax/course-rounded", test_softmax_course_rounded);
  g_test_add_func ("/core/softmax/temperature", test_softmax_temperature);
  g_test_add_func ("/core/softmax/stability", test_softmax_stability);
  g_test_add_func ("/core/softmax/properties", test_softmax_properties);
  g_test_add_func ("/core/softmax/errors", test_softmax_errors);
  g_test_add_func ("/core/explog/values", test_explog);
  g_test_add_func ("/core/explog/precision", test_explog_precision);
  g_test_add_func ("/core/parse/vector", test_parse_vector);
  g_test_add_func ("/core/parse/huge", test_parse_huge);
  g_test_add_func ("/core/parse/labels", test_parse_labels);
  g_test_add_func ("/core/format/numbers", test_format);
  g_test_add_func ("/core/format/locale", test_format_locale);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gsl/gsl_errno.h>
#include <gsl/gsl_histogram.h>
#include <locale.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-explog.h"
#include "dlm-format.h"
#include "dlm-gsl.h"
#include "dlm-parse.h"
#include "dlm-rng.h"
#include "dlm-softmax.h"
#include "dlm-svd.h"

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
  g_autofree char *small = dlm_format_short (-1.5e-7, 2);
  g_autofree char *whole = dlm_format_short (12345678, -1);
  g_autofree char *big = dlm_format_short (12345678.5, -1);
  g_autofree char *huge = dlm_format_short (-3e12, -1);
  g_autofree char *grouped = dlm_format_short (123456.25, 2);
  g_autofree char *plain = dlm_format_short (1234.5, 1);

  dlm_format_number (s, 3);
  g_string_append_c (s, ' ');
  dlm_format_number (s, 0.1);
  g_string_append_c (s, ' ');
  dlm_format_number (s, -INFINITY);
  g_assert_cmpstr (s->str, ==, "3 0.10000000000000001 -inf");
  g_assert_cmpstr (minus, ==, "−921.03");
  /* figures never show e notation, and group five or more digits */
  g_assert_cmpstr (tiny, ==, "10⁻³⁰⁰");
  g_assert_cmpstr (small, ==, "−1.5 × 10⁻⁷");
  g_assert_cmpstr (whole, ==, "12\u202f345\u202f678");
  g_assert_cmpstr (big, ==, "1.23457 × 10⁷");
  g_assert_cmpstr (huge, ==, "−3 × 10¹²");
  g_assert_cmpstr (grouped, ==, "123\u202f456.25");
  g_assert_cmpstr (plain, ==, "1234.5");

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

/* ---- random numbers ----------------------------------------------------
 * Reference values from Debian's python3-numpy 1.24, python3-torch 1.13 and
 * CPython 3.11, for each seed s in (0, 1, 42, 2**32 - 1):
 *   np.random.seed(s); np.random.rand(4)
 *   np.random.seed(s); np.random.randn(5)
 *   np.random.seed(s); np.random.randint(0, 10, 6)
 *   np.random.seed(s); np.random.randint(-5, 1000000, 3)
 *   random.seed(s); [random.random() for _ in range(3)]
 *   random.seed(s); [random.gauss(0, 1) for _ in range(3)]
 *   random.seed(s); [random.randrange(0, 10) for _ in range(5)]
 *   torch.manual_seed(s); torch.rand(5).tolist()
 *   torch.manual_seed(s); torch.randint(0, 10, (5,)).tolist()
 */
typedef struct {
  guint32 seed;
  double  np_rand[4];
  double  np_randn[5];
  gint64  np_randint[6];
  gint64  np_randint_wide[3];
  double  py_random[3];
  double  py_gauss[3];
  gint64  py_randrange[5];
  double  torch_rand[5];
  gint64  torch_randint[5];
} RngReference;

static const RngReference rng_references[] = {
  { 0,
    { 0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969 },
    { 1.764052345967664, 0.4001572083672233, 0.9787379841057392, 2.240893199201458, 1.8675579901499675 },
    { 5, 0, 3, 3, 7, 9 }, { 985767, 305706, 435824 },
    { 0.8444218515250481, 0.7579544029403025, 0.420571580830845 },
    { 0.9417154046806644, -1.3965781047011498, -0.6797144480784211 },
    { 6, 6, 0, 4, 8 },
    { 0.49625658988952637, 0.7682217955589294, 0.08847743272781372, 0.13203048706054688, 0.30742281675338745 },
    { 4, 9, 3, 0, 3 } },
  { 1,
    { 0.417022004702574, 0.7203244934421581, 0.00011437481734488664, 0.30233257263183977 },
    { 1.6243453636632417, -0.6117564136500754, -0.5281717522634557, -1.0729686221561705, 0.8654076293246785 },
    { 5, 8, 9, 5, 0, 0 }, { 128032, 491750, 470919 },
    { 0.13436424411240122, 0.8474337369372327, 0.763774618976614 },
    { 1.2881847531554629, 1.449445608699771, 0.06633580893826191 },
    { 2, 9, 1, 4, 1 },
    { 0.7576315999031067, 0.2793108820915222, 0.40306925773620605, 0.7346844673156738, 0.029281556606292725 },
    { 5, 9, 4, 8, 3 } },
  { 42,
    { 0.3745401188473625, 0.9507143064099162, 0.7319939418114051, 0.5986584841970366 },
    { 0.4967141530112327, -0.13826430117118466, 0.6476885381006925, 1.5230298564080254, -0.23415337472333597 },
    { 6, 3, 7, 4, 6, 9 }, { 121953, 671150, 131927 },
    { 0.6394267984578837, 0.025010755222666936, 0.27502931836911926 },
    { -0.14409032957792836, -0.1729036003315193, -0.11131586156766246 },
    { 1, 0, 4, 3, 3 },
    { 0.8822692632675171, 0.9150039553642273, 0.38286375999450684, 0.9593056440353394, 0.3904482126235962 },
    { 2, 7, 6, 4, 6 } },
  { 4294967295u,
    { 0.0976320289940138, 0.9123828453026218, 0.78903530185164, 0.7800035981134678 },
    { 0.6484086742306527, 0.6693235306338161, -1.0805437227474493, 0.2845010447986309, 0.11388773652167104 },
    { 3, 2, 7, 4, 0, 6 }, { 944542, 147741, 125959 },
    { 0.6353574441341173, 0.20319993954407756, 0.6073666030347188 },
    { -0.44460081848024396, -0.5065896819748767, -0.6481196186056797 },
    { 9, 3, 3, 9, 8 },
    { 0.9937993884086609, 0.5713063478469849, 0.5700080394744873, 0.04950374364852905, 0.9930374622344971 },
    { 1, 8, 6, 9, 0 } },
};

/* Uniform doubles must match to the bit; normals within a few ulps
 * (log, sqrt, sin and cos may differ in the last bit between libms). */
static void
test_rng_numpy (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (rng_references); k++)
    {
      const RngReference *r = &rng_references[k];
      g_autoptr(DlmRng) rng = dlm_rng_new (DLM_RNG_NUMPY, r->seed);

      for (guint i = 0; i < 4; i++)
        g_assert_cmpfloat (dlm_rng_uniform (rng), ==, r->np_rand[i]);
      dlm_rng_reset (rng);
      for (guint i = 0; i < 5; i++)
        assert_close (dlm_rng_normal (rng), r->np_randn[i]);
      dlm_rng_reset (rng);
      for (guint i = 0; i < 6; i++)
        g_assert_cmpint (dlm_rng_integer (rng, 0, 10), ==, r->np_randint[i]);
      dlm_rng_reset (rng);
      for (guint i = 0; i < 3; i++)
        g_assert_cmpint (dlm_rng_integer (rng, -5, 1000000), ==, r->np_randint_wide[i]);
    }
}

/* dlm_rng_fill_normal draws whole blocks at once; it must give the very
 * numbers of dlm_rng_normal called one by one, from any place in the
 * generator's 624 words (shifted here by integers, one word each, and by
 * uniforms, two words each), with a cached second value before or after,
 * in pieces of every size around a regeneration (156 attempts of four
 * words). And they are NumPy's, pinned at the indices where blocks meet. */
static void
test_rng_fill_normal (void)
{
  static const gsize pieces[] = { 1, 2, 3, 5, 155, 156, 157, 311, 312, 313, 1000, 4097 };
  const DlmRngConvention conventions[] = { DLM_RNG_NUMPY, DLM_RNG_PYTHON };
  g_autoptr(DlmRng) pinned = dlm_rng_new (DLM_RNG_NUMPY, 5);
  g_autofree double *x = g_new (double, 100001);

  for (guint c = 0; c < G_N_ELEMENTS (conventions); c++)
    for (guint shift = 0; shift < 8; shift++)
      {
        g_autoptr(DlmRng) bulk = dlm_rng_new (conventions[c], 1000 + shift);
        g_autoptr(DlmRng) single = dlm_rng_new (conventions[c], 1000 + shift);
        double buffer[4097];

        for (guint k = 0; k < shift; k++)
          {
            dlm_rng_integer (bulk, 0, 10), dlm_rng_integer (single, 0, 10);
            if (k % 3 == 2)
              dlm_rng_uniform (bulk), dlm_rng_uniform (single);
          }
        if (shift % 2 == 1)
          g_assert_cmpfloat (dlm_rng_normal (bulk), ==, dlm_rng_normal (single));
        for (guint p = 0; p < G_N_ELEMENTS (pieces); p++)
          {
            dlm_rng_fill_normal (bulk, buffer, pieces[p]);
            for (gsize i = 0; i < pieces[p]; i++)
              g_assert_cmpfloat (buffer[i], ==, dlm_rng_normal (single));
          }
        g_assert_cmpfloat (dlm_rng_uniform (bulk), ==, dlm_rng_uniform (single));
      }

  /* x = np.random.RandomState(5).standard_normal(100001); repr(x[i]) */
  dlm_rng_fill_normal (pinned, x, 100001);
  g_assert_cmpfloat (x[0], ==, 0.44122748688504143);
  g_assert_cmpfloat (x[1], ==, -0.33087015189408764);
  g_assert_cmpfloat (x[155], ==, 0.5218494903163309);
  g_assert_cmpfloat (x[156], ==, 2.2332708137448996);
  g_assert_cmpfloat (x[311], ==, 0.1292002290299064);
  g_assert_cmpfloat (x[312], ==, 0.5629625132005759);
  g_assert_cmpfloat (x[313], ==, 1.0967647243543643);
  g_assert_cmpfloat (x[99999], ==, -0.07158414946263424);
  g_assert_cmpfloat (x[100000], ==, -1.3382314015797638);
}

static void
test_rng_python (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (rng_references); k++)
    {
      const RngReference *r = &rng_references[k];
      g_autoptr(DlmRng) rng = dlm_rng_new (DLM_RNG_PYTHON, r->seed);

      for (guint i = 0; i < 3; i++)
        g_assert_cmpfloat (dlm_rng_uniform (rng), ==, r->py_random[i]);
      dlm_rng_reset (rng);
      for (guint i = 0; i < 3; i++)
        assert_close (dlm_rng_normal (rng), r->py_gauss[i]);
      dlm_rng_reset (rng);
      for (guint i = 0; i < 5; i++)
        g_assert_cmpint (dlm_rng_integer (rng, 0, 10), ==, r->py_randrange[i]);
    }
}

static void
test_rng_torch (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (rng_references); k++)
    {
      const RngReference *r = &rng_references[k];
      g_autoptr(DlmRng) rng = dlm_rng_new (DLM_RNG_TORCH, r->seed);

      for (guint i = 0; i < 5; i++)
        g_assert_cmpfloat (dlm_rng_uniform (rng), ==, r->torch_rand[i]);
      dlm_rng_reset (rng);
      for (guint i = 0; i < 5; i++)
        g_assert_cmpint (dlm_rng_integer (rng, 0, 10), ==, r->torch_randint[i]);
    }
}

/* Long streams, where a slip in caching or rejection would show:
 *   np.random.seed(123); np.random.rand(10000)[5000], [-1]
 *   np.random.seed(123); np.random.randn(10001)[-1]
 *   np.random.seed(123); np.random.randint(0, 2**32 - 1, 1000)[-1]
 *   np.random.seed(123); np.random.randint(-1000, 1000, 1000)[-1]
 *   torch.manual_seed(7); torch.rand(100000)[-1]
 *   random.seed(99); [random.random() for _ in range(1000)][-1]
 *   random.seed(99); [random.randrange(0, 1000) for _ in range(1000)][-1] */
static void
test_rng_long_streams (void)
{
  g_autoptr(DlmRng) np = dlm_rng_new (DLM_RNG_NUMPY, 123);
  g_autoptr(DlmRng) torch = dlm_rng_new (DLM_RNG_TORCH, 7);
  g_autoptr(DlmRng) py = dlm_rng_new (DLM_RNG_PYTHON, 99);
  double x = 0, y = 0;
  gint64 k = 0;

  for (guint i = 0; i < 10000; i++)
    {
      x = dlm_rng_uniform (np);
      if (i == 5000)
        g_assert_cmpfloat (x, ==, 0.5413053808396682);
    }
  g_assert_cmpfloat (x, ==, 0.6132971657996362);
  dlm_rng_reset (np);
  for (guint i = 0; i < 10001; i++)
    x = dlm_rng_normal (np);
  assert_close (x, -1.2409696722099497);
  dlm_rng_reset (np);
  for (guint i = 0; i < 1000; i++)
    k = dlm_rng_integer (np, 0, 4294967295);
  g_assert_cmpint (k, ==, 2423849465);
  dlm_rng_reset (np);
  for (guint i = 0; i < 1000; i++)
    k = dlm_rng_integer (np, -1000, 1000);
  g_assert_cmpint (k, ==, -773);

  for (guint i = 0; i < 100000; i++)
    y = dlm_rng_uniform (torch);
  g_assert_cmpfloat (y, ==, 0.243718683719635);

  for (guint i = 0; i < 1000; i++)
    x = dlm_rng_uniform (py);
  g_assert_cmpfloat (x, ==, 0.15455054961261028);
  dlm_rng_reset (py);
  for (guint i = 0; i < 1000; i++)
    k = dlm_rng_integer (py, 0, 1000);
  g_assert_cmpint (k, ==, 751);
}

/* NumPy's Generator (SeedSequence + PCG64):
 *   [np.random.default_rng(s).random(3) for s in (0, 1, 42, 2**32 - 1)]
 *   np.random.default_rng(7).random(100000)[-1] */
static void
test_rng_default_rng (void)
{
  const struct { guint32 seed; double values[3]; } cases[] = {
    { 0, { 0.6369616873214543, 0.2697867137638703, 0.04097352393619469 } },
    { 1, { 0.5118216247002567, 0.9504636963259353, 0.14415961271963373 } },
    { 42, { 0.7739560485559633, 0.4388784397520523, 0.8585979199113825 } },
    { 4294967295u, { 0.2519435680449965, 0.21906579628685663, 0.28728472043517017 } },
  };
  g_autoptr(DlmRng) long_run = dlm_rng_new (DLM_RNG_NUMPY_GENERATOR, 7);
  g_autoptr(GError) error = NULL;
  double x = 0;

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(DlmRng) rng = dlm_rng_new (DLM_RNG_NUMPY_GENERATOR, cases[k].seed);

      for (guint i = 0; i < 3; i++)
        g_assert_cmpfloat (dlm_rng_uniform (rng), ==, cases[k].values[i]);
      dlm_rng_reset (rng);
      g_assert_cmpfloat (dlm_rng_uniform (rng), ==, cases[k].values[0]);
    }
  for (guint i = 0; i < 100000; i++)
    x = dlm_rng_uniform (long_run);
  g_assert_cmpfloat (x, ==, 0.1823456210813863);

  g_assert_false (dlm_rng_check_kind (DLM_RNG_NUMPY_GENERATOR, DLM_RNG_NORMAL, &error));
  g_assert_nonnull (strstr (error->message, "default_rng"));
  g_clear_error (&error);
  g_assert_false (dlm_rng_check_kind (DLM_RNG_NUMPY_GENERATOR, DLM_RNG_INTEGERS, NULL));
}

static void
test_rng_gsl (void)
{
  /* the GSL convention is GSL itself: gsl_rng_mt19937 seeded with s */
  g_autoptr(DlmRng) a = dlm_rng_new (DLM_RNG_GSL, 7);
  gsl_rng *b = gsl_rng_alloc (gsl_rng_mt19937);
  double first;

  gsl_rng_set (b, 7);
  for (guint i = 0; i < 100; i++)
    g_assert_cmpfloat (dlm_rng_uniform (a), ==, gsl_rng_uniform (b));
  gsl_rng_free (b);

  /* reset replays the same stream, a normal pair's cache included */
  dlm_rng_reset (a);
  first = dlm_rng_normal (a);
  dlm_rng_reset (a);
  g_assert_cmpfloat (dlm_rng_normal (a), ==, first);
  g_assert_cmpuint (dlm_rng_get_seed (a), ==, 7);
}

static void
test_rng_errors (void)
{
  g_autoptr(GError) error = NULL;
  guint32 seed;
  DlmRngConvention convention;

  g_assert_true (dlm_rng_parse_seed ("--seed", "4294967295", &seed, NULL));
  g_assert_cmpuint (seed, ==, 4294967295u);
  g_assert_true (dlm_rng_parse_seed ("--seed", " 0 ", &seed, NULL));
  g_assert_cmpuint (seed, ==, 0);
  for (guint i = 0; i < 5; i++)
    {
      const char *bad[] = { "-1", "4294967296", "1.5", "abc", "" };
      g_assert_false (dlm_rng_parse_seed ("--seed", bad[i], &seed, &error));
      g_assert_nonnull (strstr (error->message, "--seed"));
      g_assert_nonnull (strstr (error->message, "4294967295"));
      g_clear_error (&error);
    }

  g_assert_false (dlm_rng_check_kind (DLM_RNG_TORCH, DLM_RNG_NORMAL, &error));
  g_assert_nonnull (strstr (error->message, "distribution"));
  g_clear_error (&error);
  g_assert_true (dlm_rng_check_kind (DLM_RNG_NUMPY, DLM_RNG_NORMAL, NULL));

  g_assert_false (dlm_rng_check_range (DLM_RNG_NUMPY, 5, 5, &error));
  g_assert_nonnull (strstr (error->message, "low"));
  g_clear_error (&error);
  g_assert_false (dlm_rng_check_range (DLM_RNG_NUMPY, 0, G_GINT64_CONSTANT (1) << 33, NULL));
  g_assert_true (dlm_rng_check_range (DLM_RNG_NUMPY, -3, 4294967292, NULL));

  g_assert_true (dlm_rng_convention_from_string ("torch", &convention));
  g_assert_cmpint (convention, ==, DLM_RNG_TORCH);
  g_assert_cmpstr (dlm_rng_convention_to_string (DLM_RNG_PYTHON), ==, "python");
  g_assert_false (dlm_rng_convention_from_string ("matlab", &convention));
}

/* GSL's default handler would abort here (xmin = xmax): the core's
 * handler, installed before main() in every program that links the core,
 * lets the caller see the status instead. */
static void
test_gsl_handler (void)
{
  gsl_histogram *h = gsl_histogram_alloc (4);

  g_assert_true (dlm_gsl_handler_installed ());
  g_assert_cmpint (gsl_histogram_set_ranges_uniform (h, 170, 170), ==, GSL_EINVAL);
  g_assert_cmpint (gsl_histogram_increment (h, 1e300), ==, GSL_EDOM);
  gsl_histogram_free (h);
}

/* Entries near double's largest: GSL alone returns NaNs with a status of
 * success; scaled by a power of two first, the decomposition is right,
 * and a singular value past double's range or an entry that is not finite
 * is an error, never a garbage figure.
 *   np.linalg.svd(np.array([[1e308, -1e308], [1e308, 1e308]]) / 2**1024)[1] * 2**1024
 *   -> [1.4142135623730951e+308 1.4142135623730951e+308] */
static void
test_svd_extremes (void)
{
  double turn[] = { 1e308, -1e308, 1e308, 1e308 };
  double flat[] = { 1e308, 1e308, 1e308, 1e308 };
  double nan_entry[] = { 1, NAN, 2, 3 };
  double inf_entry[] = { 1, 2, -INFINITY, 3 };
  gsl_matrix_view a = gsl_matrix_view_array (turn, 2, 2);
  g_autoptr(DlmSvd) svd = dlm_svd_compute (&a.matrix, NULL);
  g_autoptr(gsl_matrix) back = NULL;
  double *refused[] = { flat, nan_entry, inf_entry };

  g_assert_nonnull (svd);
  for (guint i = 0; i < 2; i++)
    g_assert_cmpfloat_with_epsilon (gsl_vector_get (svd->s, i), 1.4142135623730951e308, 4e292);
  back = dlm_svd_reconstruct (svd, 2);
  g_assert_cmpfloat (dlm_svd_frobenius_distance (&a.matrix, back), <, 1e294);

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      gsl_matrix_view m = gsl_matrix_view_array (refused[i], 2, 2);
      g_autoptr(GError) error = NULL;
      g_autoptr(DlmSvd) none = dlm_svd_compute (&m.matrix, &error);

      g_assert_null (none);
      g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
    }
}

/* Messages quote what was given, never all of a huge paste. */
static void
test_quote_input (void)
{
  g_autofree char *huge = g_strnfill (100000, '9');
  g_autofree char *q_huge = dlm_quote_input (huge);
  g_autofree char *expected = g_strconcat ("999999999999999999999999999999"
                                           "999999999999999999999999999999", "…", NULL);
  g_autofree char *q_null = dlm_quote_input (NULL);
  g_autofree char *q_short = dlm_quote_input ("abc");
  g_autofree char *q_lines = dlm_quote_input ("1 2\n3 4\r\n5\t6");
  g_autofree char *q_bad = dlm_quote_input ("a\xff\xfe" "b");
  g_autofree char *q_len = dlm_quote_input_len ("12345", 3);
  g_autofree char *wide = NULL;
  g_autofree char *q_wide = NULL;
  GString *w = g_string_new (NULL);

  g_assert_cmpstr (q_huge, ==, expected);
  g_assert_cmpstr (q_null, ==, "");
  g_assert_cmpstr (q_short, ==, "abc");
  g_assert_cmpstr (q_lines, ==, "1 2⏎3 4⏎5 6");
  g_assert_true (g_utf8_validate (q_bad, -1, NULL));
  g_assert_cmpstr (q_len, ==, "123");

  /* 61 four-byte characters: cut after 60 characters, not after 60 bytes */
  for (guint i = 0; i < 61; i++)
    g_string_append (w, "𝑥");
  wide = g_string_free (w, FALSE);
  q_wide = dlm_quote_input (wide);
  g_assert_cmpint (g_utf8_strlen (q_wide, -1), ==, DLM_QUOTE_MAX_CHARS + 1);
  g_assert_true (g_str_has_suffix (q_wide, "𝑥…"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/gsl/handler", test_gsl_handler);
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
  g_test_add_func ("/core/rng/numpy", test_rng_numpy);
  g_test_add_func ("/core/rng/python", test_rng_python);
  g_test_add_func ("/core/rng/fill-normal", test_rng_fill_normal);
  g_test_add_func ("/core/rng/torch", test_rng_torch);
  g_test_add_func ("/core/rng/long-streams", test_rng_long_streams);
  g_test_add_func ("/core/rng/default-rng", test_rng_default_rng);
  g_test_add_func ("/core/rng/gsl", test_rng_gsl);
  g_test_add_func ("/core/rng/errors", test_rng_errors);
  g_test_add_func ("/core/quote-input", test_quote_input);
  g_test_add_func ("/core/svd/extremes", test_svd_extremes);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <float.h>
#include <math.h>
#include <string.h>

#include "dlm-entropy.h"
#include "dlm-entropy-topic.h"
#include "dlm-error.h"
#include "golden.h"
#include "topic-test.h"

/* Reference values from Debian's SciPy 1.10 and PyTorch (/usr/bin/python3),
 * with from scipy.stats import entropy:
 *   entropy([0.25]*4, base=2)                      -> 2.0
 *   entropy([0.5, 0.5], base=2)                    -> 1.0
 *   entropy([0.9, 0.1], base=2)                    -> 0.46899559358928117
 *   entropy([0.8, 0.2], base=2)                    -> 0.7219280948873623
 *   entropy([0.5, 0.25, 0.125, 0.125], base=2)     -> 1.75
 *   entropy([0.5, 0.25, 0.125, 0.125])             -> 1.2130075659799042
 *   entropy([0.5, 0.25, 0.125, 0.125], base=10)    -> 0.5268024924119671
 *   entropy([1, 0, 0], base=2)                     -> 0.0
 *   entropy([1, 2, 1], base=2)  (SciPy normalises) -> 1.5 */
#define H_UNIFORM4_BITS  2.0
#define H_COIN09_BITS    0.46899559358928117
#define H_COIN08_BITS    0.7219280948873623
#define H_SKEW_BITS      1.75
#define H_SKEW_NATS      1.2130075659799042
#define H_SKEW_HARTLEYS  0.5268024924119671
#define H_121_BITS       1.5
/*   entropy([0.5, 0.5]), entropy([0.5, 0.5], base=10)
 *     -> 0.6931471805599454 0.3010299956639812 */
#define H_COIN_NATS      0.6931471805599454
#define H_COIN_HARTLEYS  0.3010299956639812
/* One-hot truth at class 0 against q = [0.7, 0.2, 0.1]:
 *   -np.log2(0.7), -np.log(0.7), -np.log10(0.7)
 *   -> 0.5145731728297583 0.35667494393873245 0.15490195998574322 */
#define CE_07_BITS       0.5145731728297583
#define CE_07_NATS       0.35667494393873245
#define CE_07_HARTLEYS   0.15490195998574322
/* p = [0.5, 0.3, 0.2], q = [0.7, 0.2, 0.1]:
 *   entropy(p, q)                          -> 0.09203285023383175 (KL, nats)
 *   entropy(p, q, base=2)                  -> 0.13277533663122573
 *   entropy(p) + entropy(p, q)             -> 1.1216858642984053 (cross-entropy)
 *   entropy(p, base=2) + entropy(p, q, base=2) -> 1.6182506338585603 */
#define KL_SOFT_NATS     0.09203285023383175
#define KL_SOFT_BITS     0.13277533663122573
#define CE_SOFT_NATS     1.1216858642984053
#define CE_SOFT_BITS     1.6182506338585603
/* torch.nn.functional.cross_entropy(torch.tensor([[2.0, 1.0, 0.1]],
 *   dtype=torch.float64), torch.tensor([0])).item() -> 0.41703001627783354;
 * torch.softmax(...) -> [0.6590011388859679, 0.24243297070471392,
 *   0.09856589040931818] */
#define TORCH_CE         0.41703001627783354
#define TORCH_Q          "0.6590011388859679, 0.24243297070471392, 0.09856589040931818"

#define TIGHT 1e-15

static void
assert_close (double value,
              double expected)
{
  if (!(fabs (value - expected) <= TIGHT * MAX (1, fabs (expected))))
    g_error ("%.17g is not %.17g", value, expected);
}

/* ---- core ------------------------------------------------------------- */

static void
test_core_entropy (void)
{
  const double uniform[] = { 0.25, 0.25, 0.25, 0.25 }, skew[] = { 0.5, 0.25, 0.125, 0.125 };
  const double certain[] = { 1, 0, 0 };

  assert_close (dlm_entropy (uniform, 4, 2), H_UNIFORM4_BITS);
  assert_close (dlm_entropy (skew, 4, 2), H_SKEW_BITS);
  assert_close (dlm_entropy (skew, 4, M_E), H_SKEW_NATS);
  assert_close (dlm_entropy (skew, 4, 10), H_SKEW_HARTLEYS);
  /* 0 · log 0 = 0: a certain outcome has entropy exactly 0, not NaN */
  g_assert_cmpfloat (dlm_entropy (certain, 3, 2), ==, 0);
  g_assert_false (signbit (dlm_entropy (certain, 3, 2)));
  g_assert_cmpfloat (dlm_binary_entropy (0, 2), ==, 0);
  g_assert_cmpfloat (dlm_binary_entropy (1, 2), ==, 0);
  g_assert_cmpfloat (dlm_binary_entropy (0.5, 2), ==, 1);
  assert_close (dlm_binary_entropy (0.9, 2), H_COIN09_BITS);
  assert_close (dlm_binary_entropy (0.1, 2), H_COIN09_BITS);
  assert_close (dlm_binary_entropy (0.5, M_E), H_COIN_NATS);
  assert_close (dlm_binary_entropy (0.5, 10), H_COIN_HARTLEYS);
}

static void
test_core_cross (void)
{
  const double onehot[] = { 1, 0, 0 }, q[] = { 0.7, 0.2, 0.1 };
  const double p[] = { 0.5, 0.3, 0.2 }, zero_true[] = { 0, 0.5, 0.5 };

  assert_close (dlm_cross_entropy (onehot, q, 3, 2), CE_07_BITS);
  assert_close (dlm_cross_entropy (onehot, q, 3, M_E), CE_07_NATS);
  assert_close (dlm_cross_entropy (onehot, q, 3, 10), CE_07_HARTLEYS);
  assert_close (dlm_kl_divergence (p, q, 3, M_E), KL_SOFT_NATS);
  assert_close (dlm_kl_divergence (p, q, 3, 2), KL_SOFT_BITS);
  assert_close (dlm_cross_entropy (p, q, 3, M_E), CE_SOFT_NATS);
  /* KL = H(p, q) − H(p) ≥ 0, and 0 for q = p */
  assert_close (dlm_cross_entropy (p, q, 3, 2) - dlm_entropy (p, 3, 2), KL_SOFT_BITS);
  g_assert_cmpfloat (dlm_kl_divergence (p, p, 3, 2), ==, 0);
  /* q_true → 0: +∞, never NaN */
  g_assert_true (isinf (dlm_cross_entropy (onehot, zero_true, 3, 2)));
  g_assert_cmpfloat (dlm_cross_entropy (onehot, zero_true, 3, 2), >, 0);
  g_assert_true (isinf (dlm_kl_divergence (onehot, zero_true, 3, M_E)));
  /* a zero where the truth is zero costs nothing */
  g_assert_cmpfloat (dlm_cross_entropy (zero_true, onehot + 0, 1, 2), ==, 0);
}

static void
test_core_normalise (void)
{
  double typed[] = { 1, 2, 1 }, exact[] = { 0.5, 0.5 }, negative[] = { 0.5, -0.1 }, zeros[] = { 0, 0 };
  g_autoptr(GError) error = NULL;
  gboolean normalised;
  double total;

  g_assert_true (dlm_normalise_distribution ("dist", typed, 3, &normalised, &total, NULL));
  g_assert_true (normalised);
  g_assert_cmpfloat (total, ==, 4);
  g_assert_cmpfloat (typed[1], ==, 0.5);
  assert_close (dlm_entropy (typed, 3, 2), H_121_BITS);
  g_assert_true (dlm_normalise_distribution ("dist", exact, 2, &normalised, &total, NULL));
  g_assert_false (normalised);
  g_assert_false (dlm_normalise_distribution ("q", negative, 2, &normalised, &total, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_RANGE);
  g_assert_nonnull (strstr (error->message, "q:"));
  g_assert_nonnull (strstr (error->message, "−0.1"));
  g_clear_error (&error);
  g_assert_false (dlm_normalise_distribution ("dist", zeros, 2, &normalised, &total, &error));
  g_assert_nonnull (strstr (error->message, "dist:"));
}

/* 1e308, 1e308, 1e308 adds up to ∞, yet means ⅓ each: not 0, 0, 0 with
 * an entropy of 0. */
static void
test_core_normalise_huge (void)
{
  double huge[] = { 1e308, 1e308, 1e308 }, top[] = { 1.7e308, 5e307 };
  gboolean normalised;
  double total;

  g_assert_true (dlm_normalise_distribution ("dist", huge, 3, &normalised, &total, NULL));
  g_assert_true (normalised);
  g_assert_true (isinf (total));
  for (guint i = 0; i < 3; i++)
    assert_close (huge[i], 1.0 / 3);
  assert_close (dlm_entropy (huge, 3, 2), log2 (3));
  g_assert_true (dlm_normalise_distribution ("dist", top, 2, &normalised, &total, NULL));
  assert_close (top[0], 1.7 / 2.2);
  assert_close (top[0] + top[1], 1);
}

/* ---- topic ------------------------------------------------------------ */

static void
test_defaults (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  g_autoptr(GHashTable) s = summary_of (topic);
  g_autofree char *dist = dlm_topic_get_param_text (topic, "dist");
  g_autofree char *q = dlm_topic_get_param_text (topic, "q");

  g_assert_cmpstr (dlm_topic_get_id (topic), ==, "entropy");
  g_assert_cmpstr (dist, ==, "0.25, 0.25, 0.25, 0.25");
  g_assert_cmpstr (q, ==, "0.7, 0.2, 0.1");
  /* binary view at p = 0.5: 1 bit */
  g_assert_cmpfloat (summary_number (s, "entropy"), ==, 1);
  g_assert_cmpfloat (summary_number (s, "base"), ==, 2);
  assert_close (summary_number (s, "cross_entropy"), CE_07_BITS);
  assert_close (summary_number (s, "kl"), CE_07_BITS);
  g_assert_cmpfloat (summary_number (s, "dist_entropy"), ==, H_UNIFORM4_BITS);
  g_assert_cmpfloat (summary_number (s, "max_entropy"), ==, H_UNIFORM4_BITS);
  g_assert_cmpfloat (summary_number (s, "truth_entropy"), ==, 0);
  g_assert_cmpfloat (summary_number (s, "normalised"), ==, 0);
}

static void
test_bases_and_views (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  const char *skew[] = { "view=distribution", "dist=0.5, 0.25, 0.125, 0.125", NULL };
  const struct { const char *base; double entropy, cross; } cases[] = {
    { "2", H_SKEW_BITS, CE_07_BITS },
    { "e", H_SKEW_NATS, CE_07_NATS },
    { "10", H_SKEW_HARTLEYS, CE_07_HARTLEYS },
  };

  g_assert_true (dlm_topic_apply (topic, skew, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GHashTable) s = NULL;

      g_assert_true (dlm_topic_set_param (topic, "base", cases[i].base, NULL));
      s = summary_of (topic);
      assert_close (summary_number (s, "dist_entropy"), cases[i].entropy);
      assert_close (summary_number (s, "cross_entropy"), cases[i].cross);
    }
  g_assert_true (dlm_topic_set_param (topic, "p", "0.9", NULL));
  g_assert_true (dlm_topic_set_param (topic, "base", "2", NULL));
  g_assert_true (dlm_topic_set_param (topic, "view", "binary", NULL));
  {
    g_autoptr(GHashTable) s = summary_of (topic);
    assert_close (summary_number (s, "entropy"), H_COIN09_BITS);
  }
}

/* A soft truth (target=dist) against q, and PyTorch's cross_entropy on
 * logits through their softmax. */
static void
test_cross_entropy (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  const char *soft[] = { "view=cross", "target=dist", "dist=0.5, 0.3, 0.2", "base=e", NULL };
  const char *torch[] = { "target=onehot", "q=" TORCH_Q, "truth=0", NULL };
  g_autoptr(GHashTable) s = NULL, t = NULL;

  g_assert_true (dlm_topic_apply (topic, soft, NULL));
  s = summary_of (topic);
  assert_close (summary_number (s, "kl"), KL_SOFT_NATS);
  assert_close (summary_number (s, "cross_entropy"), CE_SOFT_NATS);
  g_assert_cmpfloat (summary_number (s, "kl"), >=, 0);
  g_assert_true (dlm_topic_apply (topic, torch, NULL));
  t = summary_of (topic);
  assert_close (summary_number (t, "cross_entropy"), TORCH_CE);
  g_assert_cmpfloat (summary_number (t, "truth_entropy"), ==, 0);
}

/* q_true = 0 gives ∞: "inf" in the summary, "∞" in every text. */
static void
test_infinity (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  const char *zero[] = { "view=cross", "q=0, 0.5, 0.5", NULL };
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *text = NULL;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, GOLDEN_W, GOLDEN_H);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  g_assert_true (dlm_topic_apply (topic, zero, NULL));
  s = summary_of (topic);
  g_assert_cmpstr (g_hash_table_lookup (s, "cross_entropy"), ==, "inf");
  g_assert_cmpstr (g_hash_table_lookup (s, "kl"), ==, "inf");
  text = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (text, "∞"));
  g_assert_null (strstr (text, "nan"));
  g_assert_null (strstr (text, "NaN"));
  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_topic_render (topic, cr, &theme, GOLDEN_W, GOLDEN_H);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* One rule for a total other than 1, in the window and on the command line
 * alike: divide by the total, report normalised=1, show a notice. */
static void
test_normalised (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  const char *typed[] = { "view=distribution", "dist=1, 2, 1", NULL };
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *dist = NULL, *explanation = NULL;

  g_assert_true (dlm_topic_apply (topic, typed, NULL));
  s = summary_of (topic);
  assert_close (summary_number (s, "dist_entropy"), H_121_BITS);
  g_assert_cmpfloat (summary_number (s, "normalised"), ==, 1);
  /* the text stays as typed */
  dist = dlm_topic_get_param_text (topic, "dist");
  g_assert_cmpstr (dist, ==, "1, 2, 1");
  explanation = dlm_topic_get_explanation (topic);
  g_assert_nonnull (strstr (explanation, "divided by its total"));
}

/* The notice is drawn: the figure with a total of 4 differs from the one
 * with the same distribution typed as probabilities only in the corner. */
static void
test_normalised_notice (void)
{
  DlmGolden ga = { "a", dlm_entropy_topic_get_type, { "view=distribution", "dist=1, 2, 1", NULL }, DLM_THEME_LIGHT };
  DlmGolden gb = { "b", dlm_entropy_topic_get_type, { "view=distribution", "dist=0.25, 0.5, 0.25", NULL }, DLM_THEME_LIGHT };
  cairo_surface_t *sa, *sb;

  sa = dlm_golden_render (&ga);
  sb = dlm_golden_render (&gb);
  g_assert_cmpfloat (dlm_golden_difference (sa, sb), >, 0);
  cairo_surface_destroy (sa);
  cairo_surface_destroy (sb);
}

/* The notice names only the fields the view uses: none in the binary
 * view, dist in the distribution view, q (and dist when it is the
 * target) in the cross-entropy view. */
static void
test_notice_follows_view (void)
{
  static const struct { const char *view, *target; gboolean dist, q; } cases[] = {
    { "binary", "onehot", FALSE, FALSE },
    { "distribution", "onehot", TRUE, FALSE },
    { "cross", "onehot", FALSE, TRUE },
    { "cross", "dist", TRUE, TRUE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
      g_autofree char *view = g_strdup_printf ("view=%s", cases[i].view);
      g_autofree char *target = g_strdup_printf ("target=%s", cases[i].target);
      g_autofree char *text = NULL;

      g_assert_true (dlm_topic_apply (topic, (const char *const[]) { "dist=1, 1, 2", "q=2, 1, 1",
                                                                     target, view, NULL }, NULL));
      text = dlm_topic_describe (topic);
      g_assert_cmpint (strstr (text, "dist added up to 4") != NULL, ==, cases[i].dist);
      g_assert_cmpint (strstr (text, "q added up to 4") != NULL, ==, cases[i].q);
    }
}

static void
test_csv (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);

  g_assert_cmpstr (lines[0], ==, "index,p,entropy");
  g_assert_cmpuint (g_strv_length (lines), ==, 1 + 101 + 1);
  g_assert_cmpstr (lines[1], ==, "0,0,0");
  g_assert_cmpstr (lines[51], ==, "50,0.5,1");
  g_assert_cmpstr (lines[101], ==, "100,1,0");
  g_assert_true (g_str_has_prefix (lines[91], "90,0.90000000000000002,"));
  assert_close (g_ascii_strtod (strrchr (lines[91], ',') + 1, NULL), H_COIN09_BITS);
  g_assert_cmpstr (lines[102], ==, "");
}

/* Each view writes what it draws: the distribution's bars with each
 * outcome's part of H, the truth and the prediction with each class's
 * term of the cross-entropy.
 *   -0.5*np.log2(0.5), -0.25*np.log2(0.25), -np.log2(0.7) -> 0.5 0.5 0.5145731728297583 */
static void
test_view_csv (void)
{
  const char *dist[] = { "view=distribution", "dist=0.5, 0.25, 0.25", NULL };
  const char *cross[] = { "view=cross", NULL };
  g_autoptr(DlmTopic) d = topic_applied ("entropy", dist);
  g_autoptr(DlmTopic) c = topic_applied ("entropy", cross);
  g_autofree char *dcsv = dlm_topic_to_csv (d), *ccsv = dlm_topic_to_csv (c);
  g_auto(GStrv) dl = g_strsplit (dcsv, "\n", -1), cl = g_strsplit (ccsv, "\n", -1);

  g_assert_cmpstr (dl[0], ==, "index,probability,part");
  g_assert_cmpstr (dl[1], ==, "0,0.5,0.5");
  g_assert_cmpstr (dl[2], ==, "1,0.25,0.5");
  g_assert_cmpstr (dl[4], ==, "");
  g_assert_cmpstr (cl[0], ==, "index,p,q,term");
  /* q as used: 0.7 + 0.2 + 0.1 is 1 − 2⁻⁵³, divided out */
  g_assert_true (g_str_has_prefix (cl[1], "0,1,0.70000000000000007,"));
  assert_close (g_ascii_strtod (strrchr (cl[1], ',') + 1, NULL), CE_07_BITS);
  g_assert_cmpstr (cl[2], ==, "1,0,0.20000000000000004,0");
  g_assert_cmpstr (cl[4], ==, "");
}

/* "entropy" is the coin's binary entropy in every view; the distribution's
 * and the truth's have keys of their own. */
static void
test_summary_keys (void)
{
  const char *views[] = { "view=binary", "view=distribution", "view=cross" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      const char *set[] = { views[v], "p=0.9", "dist=0.5, 0.25, 0.125, 0.125", NULL };
      g_autoptr(DlmTopic) topic = topic_applied ("entropy", set);
      g_autoptr(GHashTable) s = summary_of (topic);

      assert_close (summary_number (s, "entropy"), H_COIN09_BITS);
      assert_close (summary_number (s, "binary_entropy"), H_COIN09_BITS);
      assert_close (summary_number (s, "dist_entropy"), H_SKEW_BITS);
      g_assert_cmpfloat (summary_number (s, "truth_entropy"), ==, 0);
    }
}

/* With a one-hot truth H(p) = 0, so KL = H(p, q) − H(p) is the
 * cross-entropy itself, printed digit for digit the same. */
static void
test_kl_equals_cross_entropy (void)
{
  const char *bases[] = { "base=2", "base=e", "base=10" };

  for (guint b = 0; b < G_N_ELEMENTS (bases); b++)
    for (guint truth = 0; truth < 3; truth++)
      {
        g_autofree char *t = g_strdup_printf ("truth=%u", truth);
        const char *set[] = { "view=cross", bases[b], t, "q=0.7, 0.2, 0.1", NULL };
        g_autoptr(DlmTopic) topic = topic_applied ("entropy", set);
        g_autoptr(GHashTable) s = summary_of (topic);

        g_assert_cmpstr (g_hash_table_lookup (s, "kl"), ==, g_hash_table_lookup (s, "cross_entropy"));
      }
}

/* With H(p) > 0, the difference H(p, q) − H(p) against SciPy's term-by-term
 * sum and against the exact value of the same doubles (mpmath, 40 digits):
 *   /usr/bin/python3 -c "from scipy.stats import entropy;
 *     print(entropy([0.5, 0.5], [0.5 + 1e-6, 0.5 - 1e-6]), entropy([0.1, 0.9], [0.9, 0.1], base=2))"
 *     -> 1.999967024215538e-12 2.5359400011538504
 *   exact: 1.9999444888567688757e-12 2.5359400011538499075
 * The difference loses the digits KL does not have beside H(p, q): its
 * error is a few ulps of H(p, q) (here ln 2 and 1.9), not of KL, so the
 * tolerance is 4 ε · H(p, q); SciPy's own sum is off by as much. */
static void
test_kl_against_scipy (void)
{
  const double p[] = { 0.5, 0.5 }, q[] = { 0.5 + 1e-6, 0.5 - 1e-6 };
  const double a[] = { 0.1, 0.9 }, b[] = { 0.9, 0.1 };
  double tiny = dlm_kl_divergence (p, q, 2, M_E), big = dlm_kl_divergence (a, b, 2, 2);
  double tiny_tol = 4 * DBL_EPSILON * dlm_cross_entropy (p, q, 2, M_E);
  double big_tol = 4 * DBL_EPSILON * dlm_cross_entropy (a, b, 2, 2);

  g_assert_cmpfloat (fabs (tiny - 1.999967024215538e-12), <=, tiny_tol);
  g_assert_cmpfloat (fabs (tiny - 1.9999444888567688757e-12), <=, tiny_tol);
  g_assert_cmpfloat (fabs (big - 2.5359400011538504), <=, big_tol);
  g_assert_cmpfloat (fabs (big - 2.5359400011538499075), <=, big_tol);
  g_assert_cmpfloat (tiny, >=, 0);
}

static void
test_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) many = g_string_new (NULL);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "dist", "0.5, -0.5", "0 or more" },
    { "dist", "", "empty" },
    { "dist", "0.5, nan", "finite" },
    { "dist", "0.5, inf", "finite" },
    { "dist", "0.5, half", "half" },
    { "dist", "0, 0, 0", "every value is 0" },
    { "q", "-0.1, 1.1", "0 or more" },
    { "q", "  ", "empty" },
    { "q", "nan", "finite" },
    { "q", "1, 2, x", "x" },
    { "p", "1.5", "0 to 1" },
    { "p", "-0.1", "0 to 1" },
    { "p", "nan", "finite" },
    { "p", "half", "half" },
    { "truth", "3", "q has 3 values" },
    { "truth", "-1", "too small" },
    { "truth", "0.5", "whole number" },
    { "base", "3", "2|e|10" },
    { "view", "pie", "binary|distribution|cross" },
    { "target", "soft", "onehot" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *dist = NULL, *q = NULL, *truth = NULL;

      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      if (strstr (error->message, bad[i].needle) == NULL || strstr (error->message, bad[i].key) == NULL)
        g_error ("%s=%s: “%s” lacks “%s”", bad[i].key, bad[i].value, error->message, bad[i].needle);
      g_clear_error (&error);
      dist = dlm_topic_get_param_text (topic, "dist");
      q = dlm_topic_get_param_text (topic, "q");
      truth = dlm_topic_get_param_text (topic, "truth");
      g_assert_cmpstr (dist, ==, "0.25, 0.25, 0.25, 0.25");
      g_assert_cmpstr (q, ==, "0.7, 0.2, 0.1");
      g_assert_cmpstr (truth, ==, "0");
    }

  for (guint i = 0; i < 51; i++)
    g_string_append (many, "1 ");
  g_assert_false (dlm_topic_set_param (topic, "dist", many->str, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "dist:"));
  g_clear_error (&error);
  g_assert_false (dlm_topic_set_param (topic, "q", many->str, &error));
  g_assert_nonnull (strstr (error->message, "q:"));
  g_clear_error (&error);
  /* shrinking q below the true class, or a soft truth of another length */
  g_assert_true (dlm_topic_set_param (topic, "truth", "2", NULL));
  g_assert_false (dlm_topic_set_param (topic, "q", "0.5, 0.5", &error));
  /* the field just set is named, the other quoted with its value */
  g_assert_true (g_str_has_prefix (error->message, "q: 2 values"));
  g_assert_nonnull (strstr (error->message, "truth=2"));
  g_clear_error (&error);
  g_assert_true (dlm_topic_set_param (topic, "truth", "0", NULL));
  g_assert_false (dlm_topic_set_param (topic, "target", "dist", &error));
  g_assert_true (g_str_has_prefix (error->message, "target: dist needs q and dist of one length, "
                                                   "not 3 and 4 values"));
}

static void
test_words (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  g_autofree char *binary = dlm_topic_describe (topic);
  g_autofree char *formula = dlm_topic_get_formula (topic);
  g_autofree char *dist = NULL, *cross = NULL, *explanation = NULL, *nats = NULL;

  g_assert_nonnull (strstr (binary, "rising to 1 bit at p = 0.5"));
  g_assert_nonnull (strstr (formula, "log<sub>2</sub>"));
  g_assert_true (dlm_topic_set_param (topic, "view", "distribution", NULL));
  dist = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (dist, "4 outcomes with entropy 2 bits"));
  explanation = dlm_topic_get_explanation (topic);
  g_assert_nonnull (strstr (explanation, "variance"));
  g_assert_true (dlm_topic_set_param (topic, "view", "cross", NULL));
  cross = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (cross, "0.515 bits"));
  g_assert_true (dlm_topic_set_param (topic, "base", "e", NULL));
  nats = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (nats, "0.357 nats"));
}

static cairo_surface_t *
render (DlmTopic *topic)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, GOLDEN_W, GOLDEN_H);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_topic_render (topic, cr, &theme, GOLDEN_W, GOLDEN_H);
  cairo_destroy (cr);
  return surface;
}

static void
test_probe (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  cairo_surface_t *surface = render (topic);
  DlmProbe probe = { 0 };
  gboolean found = FALSE;

  g_assert_false (dlm_topic_probe (topic, 1, 1, &probe));
  g_assert_true (dlm_topic_probe (topic, GOLDEN_W * 0.3, GOLDEN_H * 0.5, &probe));
  g_assert_nonnull (strstr (probe.text, "H = "));
  dlm_probe_clear (&probe);
  cairo_surface_destroy (surface);

  g_assert_true (dlm_topic_set_param (topic, "view", "cross", NULL));
  surface = render (topic);
  for (double x = 20; x < GOLDEN_W / 2.0 && !found; x += 2)
    if (dlm_topic_probe (topic, x, GOLDEN_H * 0.5, &probe))
      {
        found = TRUE;
        g_assert_cmpstr (probe.text, ==, "q0 = 0.7, −log q = 0.515 bits");
        dlm_probe_clear (&probe);
      }
  g_assert_true (found);
  cairo_surface_destroy (surface);
}

/* Where the bar of outcome @i has its top, in the last render's pixels. */
static gboolean
bar_top (DlmTopic *topic,
         int       i,
         double   *x,
         double   *y)
{
  DlmProbe probe = { 0 };
  g_autofree char *prefix = g_strdup_printf ("p%d =", i);

  for (double px = 20; px < GOLDEN_W * 0.6; px += 2)
    if (dlm_topic_probe (topic, px, GOLDEN_H * 0.5, &probe))
      {
        gboolean hit = g_str_has_prefix (probe.text, prefix);

        *x = probe.x;
        *y = probe.y;
        dlm_probe_clear (&probe);
        if (hit)
          return TRUE;
      }
  return FALSE;
}

/* Dragging bar 0 of the uniform four up to 0.7 leaves 0.1 for each other
 * one: the total stays 1, so no normalisation notice. */
static void
test_drag (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  cairo_surface_t *surface = NULL;
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *dist = NULL;
  g_auto(GStrv) parts = NULL;
  double x = 0, y = 0, total = 0;

  g_assert_true (dlm_topic_set_param (topic, "view", "distribution", NULL));
  surface = render (topic);
  g_assert_true (bar_top (topic, 0, &x, &y));
  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_BEGIN, x, y - 80, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_BEGIN, x, y + 10, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_UPDATE, x, y - 20, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_END, x, y - 20, NULL));
  dist = dlm_topic_get_param_text (topic, "dist");
  parts = g_strsplit (dist, ",", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 4);
  for (guint i = 0; parts[i] != NULL; i++)
    total += g_ascii_strtod (parts[i], NULL);
  g_assert_cmpfloat (fabs (total - 1), <=, 1e-12);
  /* the others keep equal shares, up to the last 4th decimal that the
   * first of them gives back so the total stays exactly 1 */
  g_assert_cmpstr (parts[2], ==, parts[3]);
  g_assert_cmpfloat (fabs (g_ascii_strtod (parts[1], NULL) - g_ascii_strtod (parts[2], NULL)), <=, 1.5e-4);
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "normalised"), ==, 0);
  g_assert_cmpfloat (g_ascii_strtod (dist, NULL), >, 0.25);
  g_assert_cmpfloat (summary_number (s, "dist_entropy"), <, H_UNIFORM4_BITS);
  g_assert_false (dlm_topic_drag (topic, DLM_DRAG_UPDATE, x, y, NULL));
  cairo_surface_destroy (surface);
}

/* Dragging to the very top makes the outcome certain: entropy 0. */
static void
test_drag_to_certain (void)
{
  g_autoptr(DlmTopic) topic = dlm_entropy_topic_new ();
  cairo_surface_t *surface = NULL;
  g_autoptr(GHashTable) s = NULL;
  g_autofree char *dist = NULL;
  double x = 0, y = 0;

  g_assert_true (dlm_topic_set_param (topic, "view", "distribution", NULL));
  surface = render (topic);
  g_assert_true (bar_top (topic, 2, &x, &y));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_BEGIN, x, y, NULL));
  g_assert_true (dlm_topic_drag (topic, DLM_DRAG_END, x, 0, NULL));
  dist = dlm_topic_get_param_text (topic, "dist");
  g_assert_cmpstr (dist, ==, "0, 0, 1, 0");
  s = summary_of (topic);
  g_assert_cmpfloat (summary_number (s, "dist_entropy"), ==, 0);
  cairo_surface_destroy (surface);
}

/* ---- golden images ----------------------------------------------------- */

/* ---- the figure --------------------------------------------------------- */

/* Every view in every theme at a laptop's and a small window's size: no
 * text overlaps, leaves its panel or is pale; no end marker is cut. */
static void
test_layout_clean (void)
{
  /* the last four with the notice that both totals were divided out,
   * which once covered the end of the title at 800 × 600 */
  const char *cases[][5] = {
    { "view=binary", NULL },
    { "view=binary", "p=0", NULL },
    { "view=binary", "p=1", "base=e", NULL },
    { "view=distribution", NULL },
    { "view=distribution", "dist=0.7, 0.1, 0.1, 0.1", NULL },
    { "view=cross", NULL },
    { "view=cross", "target=dist", "dist=0.5, 0.3, 0.2", NULL },
    { "view=binary", "dist=1, 2, 3", "q=1, 1, 2", NULL },
    { "view=distribution", "dist=1, 2, 3", "q=1, 1, 2", NULL },
    { "view=cross", "dist=1, 2, 3", "q=1, 1, 2", NULL },
    { "view=cross", "target=dist", "dist=1, 2, 3", "q=1, 1, 2", NULL },
  };
  const int sizes[][2] = { { 1920, 1080 }, { 1366, 768 }, { 800, 600 } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (DlmThemeKind theme = DLM_THEME_LIGHT; theme <= DLM_THEME_PROJECTOR; theme++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(DlmTopic) topic = topic_applied ("entropy", cases[c]);
          g_autoptr(GPtrArray) problems = figure_problems (topic, theme, sizes[s][0], sizes[s][1]);

          if (problems->len > 0)
            g_error ("%s %s: %s", cases[c][0], cases[c][1] ? cases[c][1] : "",
                     (const char *) problems->pdata[0]);
        }
}

/* Probabilities run from 0 to 1, not to 1.2. */
static void
test_probability_axes (void)
{
  const char *views[] = { "view=distribution", "view=cross" };

  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(DlmTopic) topic = topic_applied ("entropy", (const char *[]) { views[v], NULL });
      g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

      g_assert_true (texts_contain (texts, "1.0"));
      g_assert_false (texts_contain (texts, "1.2"));
      g_assert_false (texts_contain (texts, "1.1"));
    }
}

/* The outline around the true class's q is explained, and only drawn for
 * a one-hot truth. */
static void
test_outline_explained (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("entropy", (const char *[]) { "view=cross", NULL });
  g_autoptr(GPtrArray) onehot = figure_texts (topic, DLM_THEME_DARK, 1366, 768);
  g_autoptr(GPtrArray) soft = NULL;

  g_assert_true (texts_contain (onehot, "outlined: q of the true class"));
  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "dist=0.5, 0.3, 0.2", "target=dist", NULL }, NULL));
  soft = figure_texts (topic, DLM_THEME_DARK, 1366, 768);
  g_assert_false (texts_contain (soft, "outlined"));
}

/* Beside the curve, the coin: its two sides, their surprise, and H as
 * their average (−log₂ 0.9 = 0.152, −log₂ 0.1 = 3.322). */
static void
test_coin_panel (void)
{
  g_autoptr(DlmTopic) topic = topic_applied ("entropy", (const char *[]) { "view=binary", "p=0.9", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (texts, "heads 0.9"));
  g_assert_true (texts_contain (texts, "tails 0.1"));
  g_assert_true (texts_contain (texts, "heads 0.152 bits, tails 3.322 bits"));
  g_assert_true (texts_contain (texts, "0.9 · 0.152 + 0.1 · 3.322 = 0.469 bits"));
}

/* Where the column has room: the distribution's parts of H, and the loss
 * curve of a one-hot truth (none for a soft truth, whose loss is not one
 * −log q). */
static void
test_column_panels (void)
{
  g_autoptr(DlmTopic) dist = topic_applied ("entropy", (const char *[]) { "view=distribution", NULL });
  g_autoptr(DlmTopic) cross = topic_applied ("entropy", (const char *[]) { "view=cross", NULL });
  g_autoptr(DlmTopic) soft = topic_applied ("entropy", (const char *[]) { "view=cross", "target=dist",
                                                            "dist=0.5, 0.3, 0.2", NULL });
  g_autoptr(GPtrArray) dist_texts = figure_texts (dist, DLM_THEME_LIGHT, 1366, 768);
  g_autoptr(GPtrArray) cross_texts = figure_texts (cross, DLM_THEME_LIGHT, 1366, 768);
  g_autoptr(GPtrArray) soft_texts = figure_texts (soft, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (dist_texts, "Each outcome’s part of H"));
  g_assert_true (texts_contain (cross_texts, "The loss −log q against q of the true class"));
  g_assert_true (texts_contain (cross_texts, "loss in bits"));
  g_assert_false (texts_contain (soft_texts, "The loss −log q"));
}

static const DlmGolden goldens[] = {
  { "entropy-binary-light", dlm_entropy_topic_get_type, { "p=0.8", NULL }, DLM_THEME_LIGHT },
  { "entropy-binary-dark", dlm_entropy_topic_get_type, { "base=e", NULL }, DLM_THEME_DARK },
  { "entropy-binary-projector", dlm_entropy_topic_get_type, { "p=0.1", NULL }, DLM_THEME_PROJECTOR },
  { "entropy-distribution-light", dlm_entropy_topic_get_type,
    { "view=distribution", "dist=0.5, 0.25, 0.125, 0.125", NULL }, DLM_THEME_LIGHT },
  { "entropy-distribution-dark", dlm_entropy_topic_get_type,
    { "view=distribution", "dist=1, 2, 1", NULL }, DLM_THEME_DARK },
  { "entropy-distribution-projector", dlm_entropy_topic_get_type,
    { "view=distribution", NULL }, DLM_THEME_PROJECTOR },
  { "entropy-cross-light", dlm_entropy_topic_get_type, { "view=cross", NULL }, DLM_THEME_LIGHT },
  { "entropy-cross-dark", dlm_entropy_topic_get_type,
    { "view=cross", "q=0, 0.5, 0.5", NULL }, DLM_THEME_DARK },
  { "entropy-cross-projector", dlm_entropy_topic_get_type,
    { "view=cross", "target=dist", "dist=0.5, 0.3, 0.2", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/entropy/core/entropy", test_core_entropy);
  g_test_add_func ("/topics/entropy/core/cross", test_core_cross);
  g_test_add_func ("/topics/entropy/core/normalise", test_core_normalise);
  g_test_add_func ("/topics/entropy/core/normalise-huge", test_core_normalise_huge);
  g_test_add_func ("/topics/entropy/defaults", test_defaults);
  g_test_add_func ("/topics/entropy/bases-and-views", test_bases_and_views);
  g_test_add_func ("/topics/entropy/cross-entropy", test_cross_entropy);
  g_test_add_func ("/topics/entropy/infinity", test_infinity);
  g_test_add_func ("/topics/entropy/normalised", test_normalised);
  g_test_add_func ("/topics/entropy/notice-follows-view", test_notice_follows_view);
  g_test_add_func ("/topics/entropy/normalised-notice", test_normalised_notice);
  g_test_add_func ("/topics/entropy/csv", test_csv);
  g_test_add_func ("/topics/entropy/view-csv", test_view_csv);
  g_test_add_func ("/topics/entropy/summary-keys", test_summary_keys);
  g_test_add_func ("/topics/entropy/kl-equals-cross-entropy", test_kl_equals_cross_entropy);
  g_test_add_func ("/topics/entropy/kl-against-scipy", test_kl_against_scipy);
  g_test_add_func ("/topics/entropy/bad-input", test_bad_input);
  g_test_add_func ("/topics/entropy/words", test_words);
  g_test_add_func ("/topics/entropy/probe", test_probe);
  g_test_add_func ("/topics/entropy/drag", test_drag);
  g_test_add_func ("/topics/entropy/drag-to-certain", test_drag_to_certain);
  g_test_add_func ("/topics/entropy/layout", test_layout_clean);
  g_test_add_func ("/topics/entropy/probability-axes", test_probability_axes);
  g_test_add_func ("/topics/entropy/outline", test_outline_explained);
  g_test_add_func ("/topics/entropy/coin", test_coin_panel);
  g_test_add_func ("/topics/entropy/column-panels", test_column_panels);
  dlm_golden_add_tests ("/topics/entropy/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}

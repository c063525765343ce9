/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dlm-explog-topic.h"
#include "topic-test.h"

/* What the exp/log figures say, read back from the layout log (plain
 * text: "log<sub>2</sub>" reads "log2", "e<sup>0</sup>" reads "e0"). */

static const char *const views[] = { "curves", "stretch", "monotonic", "precision" };

static DlmTopic *
explog_with (const char *base,
             const char *view)
{
  g_autoptr(DlmTopic) topic = dlm_explog_topic_new ();
  g_autoptr(GError) error = NULL;

  g_assert_true (dlm_topic_set_param (topic, "base", base, &error));
  g_assert_true (dlm_topic_set_param (topic, "view", view, &error));
  g_assert_no_error (error);
  return g_steal_pointer (&topic);
}

/* Whether @text names a logarithm "log…" other than in the word
 * "logarithm(s)" or "logarithmic". */
static gboolean
says_log (const char *text)
{
  for (const char *at = strstr (text, "log"); at != NULL; at = strstr (at + 3, "log"))
    if (!g_str_has_prefix (at, "logarithm"))
      return TRUE;
  return FALSE;
}

static gboolean
has_text (GPtrArray  *texts,
          const char *text)
{
  for (guint i = 0; i < texts->len; i++)
    if (g_str_equal (g_ptr_array_index (texts, i), text))
      return TRUE;
  return FALSE;
}

/* One notation per figure, the one of its base: ln for e (never "log"),
 * log₂ / log₁₀ for 2 and 10 (never "ln"). */
static void
test_one_notation (void)
{
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autoptr(DlmTopic) natural = explog_with ("e", views[v]);
      g_autoptr(DlmTopic) binary = explog_with ("2", views[v]);
      g_autoptr(GPtrArray) e_texts = figure_texts (natural, DLM_THEME_LIGHT, 1366, 768);
      g_autoptr(GPtrArray) two_texts = figure_texts (binary, DLM_THEME_LIGHT, 1366, 768);

      for (guint i = 0; i < e_texts->len; i++)
        if (says_log (g_ptr_array_index (e_texts, i)))
          g_error ("%s, base e: “%s” says log", views[v], (char *) g_ptr_array_index (e_texts, i));
      for (guint i = 0; i < two_texts->len; i++)
        g_assert_null (strstr (g_ptr_array_index (two_texts, i), "ln "));
    }
}

/* The worked example follows the base: log₂ 8 = 3 and log₁₀ 100 = 2. */
static void
test_facts_follow_base (void)
{
  g_autoptr(DlmTopic) binary = explog_with ("2", "curves");
  g_autoptr(DlmTopic) decimal = explog_with ("10", "curves");
  g_autoptr(DlmTopic) natural = explog_with ("e", "curves");
  g_autoptr(GPtrArray) two = figure_texts (binary, DLM_THEME_LIGHT, 1366, 768);
  g_autoptr(GPtrArray) ten = figure_texts (decimal, DLM_THEME_LIGHT, 1366, 768);
  g_autoptr(GPtrArray) e = figure_texts (natural, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (two, "log2 8 = 3, because 23 = 8"));
  g_assert_true (texts_contain (ten, "log10 100 = 2, because 102 = 100"));
  g_assert_true (texts_contain (e, "ln 20.09 = 3, because e3 = 20.09"));
  g_assert_true (texts_contain (e, "(1, 0): ln 1 = 0"));
  g_assert_true (texts_contain (e, "ln x is undefined"));
}

/* The linear strip's clump is counted by a bracket, not pointed at by a
 * callout; every point is whole (none cut by the axis) at every size. */
static void
test_stretch (void)
{
  static const int sizes[][2] = { { 1920, 1080 }, { 1366, 768 }, { 800, 600 } };
  g_autoptr(DlmTopic) topic = explog_with ("e", "stretch");
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (texts, "7 of the 10 values lie between 0 and 0.1"));
  /* the log strip labels each value in its shortest form: 1, not 1.0 */
  g_assert_true (has_text (texts, "0.001"));
  g_assert_true (has_text (texts, "1"));
  for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
    for (DlmThemeKind theme = DLM_THEME_LIGHT; theme <= DLM_THEME_PROJECTOR; theme++)
      {
        g_autoptr(GPtrArray) problems = figure_problems (topic, theme, sizes[s][0], sizes[s][1]);

        if (problems->len > 0)
          g_error ("%s", (char *) g_ptr_array_index (problems, 0));
      }
}

/* The marked minimum is explained once, in the key, where no curve can
 * cross it. */
static void
test_monotonic_key (void)
{
  g_autoptr(DlmTopic) topic = explog_with ("e", "monotonic");
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_DARK, 1366, 768);
  guint n = 0;

  for (guint i = 0; i < texts->len; i++)
    n += strstr (g_ptr_array_index (texts, i), "argmin") != NULL;
  g_assert_cmpuint (n, ==, 1);
  g_assert_true (texts_contain (texts, "argmin f = argmin ln f = 1.00"));
}

/* The course's 200 × ln 0.01 ≈ −921.03, with the product sign the other
 * figures use. */
static void
test_precision (void)
{
  g_autoptr(DlmTopic) topic = explog_with ("e", "precision");
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);

  g_assert_true (texts_contain (texts, "200 × ln 0.01 = −921.03"));
  g_assert_true (texts_contain (texts, "Product 0.01 × 0.01 × …"));
  g_assert_true (texts_contain (texts, "exactly 0 after 162 factors"));
}

/* Only the decades are evenly spaced on a log axis: the words say which
 * values are, and where the others sit, computed from the values drawn.
 * /usr/bin/python3 -c "import numpy as np; print(np.log10(2), np.log10(5))"
 *   -> 0.3010299956639812 0.6989700043360189 */
static void
test_stretch_words (void)
{
  g_autoptr(DlmTopic) topic = explog_with ("e", "stretch");
  g_autofree char *text = dlm_topic_describe (topic);
  g_autofree char *explanation = dlm_topic_get_explanation (topic);
  const char *exact = "only 0.001, 0.01, 0.1 and 1 are evenly spaced, one decade apart; 0.002 and "
                      "0.005 sit 0.30 and 0.70 of a decade above 0.001";

  g_assert_nonnull (strstr (text, exact));
  g_assert_nonnull (strstr (text, "7 of them lie between 0 and 0.1"));
  g_assert_nonnull (strstr (explanation, exact));
  g_assert_null (strstr (text, "they are evenly spaced"));
}

/* The keyboard cursor visits the values on the linear and the log strip;
 * the pointer reads the value nearest to it on any strip. */
static void
test_stretch_points (void)
{
  g_autoptr(DlmTopic) topic = explog_with ("e", "stretch");
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
  cairo_t *cr = cairo_create (surface);
  DlmProbe point = { 0 }, again = { 0 };
  DlmTheme theme;
  guint row = 0;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1.0);
  dlm_topic_render (topic, cr, &theme, 1280, 720);
  g_assert_cmpuint (dlm_topic_count_points (topic, &row), ==, 20);
  g_assert_cmpuint (row, ==, 10);
  /* the second value on the log strip */
  g_assert_true (dlm_topic_get_point (topic, 11, &point));
  g_assert_true (g_str_has_prefix (point.text, "value 0.002, log₁₀ 0.002 = −2.70"));
  g_assert_true (dlm_topic_probe (topic, point.x + 2, point.y - 2, &again));
  g_assert_cmpstr (again.text, ==, "value 0.002, log₁₀ 0.002 = −2.70");
  g_assert_cmpfloat (again.x, ==, point.x);
  dlm_probe_clear (&point);
  dlm_probe_clear (&again);
  g_assert_false (dlm_topic_get_point (topic, 20, &point));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* Each view exports the numbers behind its own marks, a row numbered
 * from 0 in front:
 * /usr/bin/python3 -c "import numpy as np; print(repr(np.log10(0.002)), repr(np.log(16.25)),
 *   repr(np.log(0.01)), np.prod(np.full(200, 0.01)))"
 *   -> -2.6989700043360187 2.7880929087757464 -4.605170185988091 0.0 */
static void
test_csv_per_view (void)
{
  static const struct { const char *view, *head; guint rows; } expected[] = {
    { "curves", "index,x,exp,log\n0,-3,0.049787068367863944,nan", 101 },
    { "stretch", "index,value,log10\n0,0.001,-3\n1,0.002,-2.6989700043360187", 10 },
    { "monotonic", "index,x,f,log_f\n0,-3,16.25,2.7880929087757464", 101 },
    { "precision", "index,factors,product,log_sum\n0,0,1,0\n1,1,0.01,-4.6051701859880909", 201 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(DlmTopic) topic = explog_with ("e", expected[i].view);
      g_autofree char *csv = dlm_topic_to_csv (topic);
      g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);

      g_test_message ("%s: %.80s", expected[i].view, csv);
      g_assert_true (g_str_has_prefix (csv, expected[i].head));
      /* a header, the rows and the empty string after the last newline */
      g_assert_cmpuint (g_strv_length (lines), ==, expected[i].rows + 2);
    }
}

/* Each view sums up its own quantities; the products are the precision
 * view's alone. */
static void
test_summary_per_view (void)
{
  g_autoptr(DlmTopic) curves = explog_with ("e", "curves");
  g_autoptr(DlmTopic) stretch = explog_with ("e", "stretch");
  g_autoptr(DlmTopic) monotonic = explog_with ("2", "monotonic");
  g_autoptr(DlmTopic) precision = explog_with ("10", "precision");
  g_autofree char *c = dlm_topic_to_summary (curves);
  g_autofree char *s = dlm_topic_to_summary (stretch);
  g_autofree char *m = dlm_topic_to_summary (monotonic);
  g_autofree char *p = dlm_topic_to_summary (precision);

  g_assert_nonnull (strstr (c, "exp_of_1=2.7182818284590451\n"));
  g_assert_nonnull (strstr (c, "example_x=20.085536923187668\nexample_log=3\nlog10_of_100=2\n"));
  g_assert_null (strstr (c, "product="));
  g_assert_nonnull (strstr (s, "values=10\nmin_value=0.001\nmax_value=1\nclumped=7\ndecades=3\n"
                               "powers_of_ten=4\n"));
  g_assert_null (strstr (s, "base="));
  /* the grid point nearest x = 1 of 2001 over [−3, 3], the one the figure marks */
  g_assert_nonnull (strstr (m, "argmin_f=0.99900000000000011\nargmin_log_f=0.99900000000000011\n"));
  /* 200 × log10(0.01) = −400 */
  g_assert_nonnull (strstr (p, "log_of_p=-2\nproduct=0\nlog_sum=-400\nunderflow_at=162\n"));
}

/* The words of a view follow its numbers. 0.5⁵⁰ = 8.881784197001252e-16
 * (/usr/bin/python3 -c "print(0.5**50)"), still a double above 0. */
static void
test_words_follow_numbers (void)
{
  g_autoptr(DlmTopic) topic = explog_with ("2", "precision");
  g_autofree char *above = NULL, *explanation = NULL, *formula = NULL, *moved = NULL;

  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "p=0.5", "n=50", NULL }, NULL));
  above = dlm_topic_describe (topic);
  explanation = dlm_topic_get_explanation (topic);
  formula = dlm_topic_get_formula (topic);
  g_assert_nonnull (strstr (above, "Multiplying 0.5 by itself 50 times gives 8.88 × 10⁻¹⁶, still above 0"));
  g_assert_nonnull (strstr (above, "the sum of log2 0.5 over the factors falls in a straight line to −50.00"));
  g_assert_nonnull (strstr (explanation, "These 50 factors of 0.5 stay above it"));
  g_assert_nonnull (strstr (formula, "50 × log<sub>2</sub> 0.5 = −50.00"));

  g_assert_true (dlm_topic_apply (topic, (const char *[]) { "view=monotonic", "xmin=2", NULL }, NULL));
  moved = dlm_topic_describe (topic);
  /* f(2) = 1.25 and log2 1.25 = 0.32 at the edge of the range */
  g_assert_nonnull (strstr (moved, "f is lowest, 1.250, at x = 2.00, and log2 f, 0.322, at x = 2.00"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/explog/figure/one-notation", test_one_notation);
  g_test_add_func ("/explog/figure/facts-follow-base", test_facts_follow_base);
  g_test_add_func ("/explog/figure/stretch", test_stretch);
  g_test_add_func ("/explog/figure/monotonic-key", test_monotonic_key);
  g_test_add_func ("/explog/figure/precision", test_precision);
  g_test_add_func ("/explog/words/stretch", test_stretch_words);
  g_test_add_func ("/explog/stretch-points", test_stretch_points);
  g_test_add_func ("/explog/words/follow-numbers", test_words_follow_numbers);
  g_test_add_func ("/explog/csv-per-view", test_csv_per_view);
  g_test_add_func ("/explog/summary-per-view", test_summary_per_view);

  return g_test_run ();
}

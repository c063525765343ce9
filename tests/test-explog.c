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

  return g_test_run ();
}

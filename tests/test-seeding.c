/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dlm-seeding-topic.h"
#include "topic-test.h"

/* np.random.seed(0); np.random.rand(10)[9] -> 0.3834415188257777 (NumPy's
 * legacy generator; the first four are checked in test-core.c). */
#define NUMPY_SEED0_10TH "0.3834"

static DlmTopic *
topic_with (const char *const *assignments)
{
  DlmTopic *topic = topic_applied ("seeding", assignments);

  dlm_topic_set_seed (topic, 0);
  return topic;
}

/* The title names the library as it is spelled: NumPy, PyTorch, Python. */
static void
test_proper_names (void)
{
  const char *conventions[][2] = {
    { "convention=numpy", "(NumPy)" },
    { "convention=torch", "(PyTorch)" },
    { "convention=python", "(Python)" },
    { "convention=gsl", "(GSL)" },
    { "convention=default_rng", "(NumPy default_rng)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (conventions); i++)
    {
      g_autoptr(DlmTopic) topic = topic_with ((const char *[]) { conventions[i][0], NULL });
      g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);
      g_autofree char *description = dlm_topic_describe (topic);

      g_assert_true (texts_contain (texts, conventions[i][1]));
      g_assert_false (texts_contain (texts, "(numpy)"));
      g_assert_false (texts_contain (texts, "(torch)"));
      g_assert_null (strstr (description, "numpy convention"));
    }
}

/* Ten values asked for, ten shown where they fit; no ellipsis. */
static void
test_all_values_shown (void)
{
  g_autoptr(DlmTopic) topic = topic_with ((const char *[]) { "count=10", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);
  guint row = 0, n = dlm_topic_count_points (topic, &row);

  g_assert_true (texts_contain (texts, NUMPY_SEED0_10TH));
  g_assert_false (texts_contain (texts, "…"));
  /* three rows of ten, two generators of eight */
  g_assert_cmpuint (n, ==, 3 * 10 + 2 * 8);
  g_assert_cmpuint (row, ==, 10);
}

/* More than fit: the row stops with an ellipsis and says how many there
 * are, and every point the cursor visits is a drawn value. */
static void
test_cut_is_explicit (void)
{
  g_autoptr(DlmTopic) topic = topic_with ((const char *[]) { "count=1000", NULL });
  g_autoptr(GPtrArray) texts = figure_texts (topic, DLM_THEME_LIGHT, 800, 600);
  guint row = 0, n = dlm_topic_count_points (topic, &row);

  g_assert_true (texts_contain (texts, "…"));
  g_assert_true (texts_contain (texts, "1000 in all"));
  g_assert_cmpuint (row, <, 1000);
  g_assert_cmpuint (n, ==, 3 * row + 2 * 8);
  for (guint i = 0; i < n; i++)
    {
      DlmProbe point = { 0 };

      g_assert_true (dlm_topic_get_point (topic, i, &point));
      dlm_probe_clear (&point);
    }
}

/* Every convention and kind of number in every theme at a slide's, a
 * laptop's and a small window's size, the widest integers included. */
static void
test_layout_clean (void)
{
  const char *cases[][4] = {
    { "convention=numpy", NULL },
    { "convention=torch", "count=100", NULL },
    { "convention=python", "distribution=normal", "count=3", NULL },
    { "distribution=integers", "low=-2147483648", "high=2147483647", NULL },
  };
  const int sizes[][2] = { { 1920, 1080 }, { 1366, 768 }, { 800, 600 } };

  for (guint c = 0; c < G_N_ELEMENTS (cases); c++)
    for (DlmThemeKind theme = DLM_THEME_LIGHT; theme <= DLM_THEME_PROJECTOR; theme++)
      for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
        {
          g_autoptr(DlmTopic) topic = topic_with (cases[c]);
          g_autoptr(GPtrArray) problems = figure_problems (topic, theme, sizes[s][0], sizes[s][1]);

          if (problems->len > 0)
            g_error ("%s %s at %dx%d: %s", cases[c][0], cases[c][1] ? cases[c][1] : "",
                     sizes[s][0], sizes[s][1], (const char *) problems->pdata[0]);
        }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/seeding/proper-names", test_proper_names);
  g_test_add_func ("/topics/seeding/all-values", test_all_values_shown);
  g_test_add_func ("/topics/seeding/cut", test_cut_is_explicit);
  g_test_add_func ("/topics/seeding/layout", test_layout_clean);

  return g_test_run ();
}

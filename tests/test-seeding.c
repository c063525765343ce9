/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dlm-quiz.h"
#include "dlm-rng.h"
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

/* The CSV holds the figure's first three rows, the index first: the
 * run, the same seed again, and seed + 1 (np.random.seed(1);
 * np.random.rand(1) -> 0.417022004702574). */
static void
test_csv_rows (void)
{
  g_autoptr(DlmTopic) topic = topic_with ((const char *[]) { "count=3", NULL });
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);
  g_auto(GStrv) first = NULL;

  g_assert_cmpstr (lines[0], ==, "index,i,value,again,other_seed");
  first = g_strsplit (lines[1], ",", -1);
  g_assert_cmpstr (first[0], ==, "0");
  g_assert_cmpstr (first[1], ==, "0");
  g_assert_cmpstr (first[2], ==, first[3]);
  g_assert_cmpfloat (g_ascii_strtod (first[4], NULL), ==, 0.417022004702574);
  g_assert_cmpstr (lines[4], ==, "");
}

/* The full 32-bit range draws without overflow: NumPy prints, for
 * np.random.seed(0); np.random.randint(-2**31, 2**31 - 1, 3),
 * [209652396, 398764591, 924231285]. */
static void
test_full_range (void)
{
  g_autoptr(DlmTopic) topic = topic_with ((const char *[]) { "distribution=integers", "low=-2147483648",
                                                             "high=2147483647", "count=3", NULL });
  g_autofree char *csv = dlm_topic_to_csv (topic);

  g_assert_true (g_str_has_prefix (csv, "index,i,value,again,other_seed\n0,0,209652396,209652396,"));
  g_assert_nonnull (strstr (csv, "\n1,1,398764591,"));
  g_assert_nonnull (strstr (csv, "\n2,2,924231285,"));
}

/* Each refusal names the field, the accepted range and why. */
static void
test_range_errors (void)
{
  const struct { const char *set[3]; const char *needles[3]; } bad[] = {
    { { "low=5", "high=5" }, { "high: 5 is not above low=5", "high itself is never drawn", "2147483647" } },
    { { "high=5", "low=5" }, { "low: 5 is not below high=5", "high itself is never drawn", "-2147483648" } },
    { { "low=-3000000000" }, { "low:", "-2147483648 to 2147483646", "32-bit" } },
    { { "high=2147483648" }, { "high:", "-2147483647 to 2147483647", "32-bit" } },
    { { "low=2147483647" }, { "low: 2147483647 is not below high=10", "high − 1", "never drawn" } },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(DlmTopic) topic = topic_with ((const char *[]) { "distribution=integers", NULL });
      g_autoptr(GError) error = NULL;

      g_assert_false (dlm_topic_apply (topic, bad[i].set, &error));
      g_assert_nonnull (error);
      for (guint k = 0; k < 3; k++)
        if (strstr (error->message, bad[i].needles[k]) == NULL)
          g_error ("%s: “%s” lacks “%s”", bad[i].set[0], error->message, bad[i].needles[k]);
    }
}

/* The seed's range and its reason: NumPy's legacy seed is 32 bits. */
static void
test_seed_error (void)
{
  g_autoptr(GError) error = NULL;
  guint32 seed;

  g_assert_false (dlm_rng_parse_seed ("--seed", "4294967296", &seed, &error));
  g_assert_nonnull (strstr (error->message, "--seed"));
  g_assert_nonnull (strstr (error->message, "0 to 4294967295"));
  g_assert_nonnull (strstr (error->message, "NumPy"));
}

/* Words follow the numbers: the description names the kind, the range
 * and both generators' values; the summary the other seed's first. */
static void
test_words (void)
{
  g_autoptr(DlmTopic) ints = topic_with ((const char *[]) { "distribution=integers", "low=-3", "high=4", NULL });
  g_autofree char *d = dlm_topic_describe (ints);
  g_autoptr(GHashTable) summary = summary_of (ints);

  g_assert_nonnull (strstr (d, "whole numbers from -3 up to 4 (not included)"));
  g_assert_nonnull (strstr (d, "Generator A"));
  g_assert_cmpfloat (summary_number (summary, "other_seed"), ==, 1);
  g_assert_true (g_hash_table_contains (summary, "other_first"));
}

/* A new attempt asks about another seed; the same seed asks the same. */
static char *
quiz_text (guint32 seed)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("seeding", seed);
  GString *all = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);

      g_string_append_printf (all, "%s\n", dlm_quiz_question_get_prompt (q));
      for (guint c = 0; c < dlm_quiz_question_get_n_choices (q); c++)
        g_string_append_printf (all, "  %s\n", dlm_quiz_question_get_choice (q, c));
    }
  return g_string_free (all, FALSE);
}

static void
test_quiz_seeds (void)
{
  g_autofree char *a = quiz_text (5), *again = quiz_text (5), *b = quiz_text (6);

  g_assert_cmpstr (a, ==, again);
  g_assert_cmpstr (a, !=, b);
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
  g_test_add_func ("/topics/seeding/csv-rows", test_csv_rows);
  g_test_add_func ("/topics/seeding/full-range", test_full_range);
  g_test_add_func ("/topics/seeding/range-errors", test_range_errors);
  g_test_add_func ("/topics/seeding/seed-error", test_seed_error);
  g_test_add_func ("/topics/seeding/words", test_words);
  g_test_add_func ("/topics/seeding/quiz-seeds", test_quiz_seeds);

  return g_test_run ();
}

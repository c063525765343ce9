/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dlm-quiz-private.h"
#include "dlm-topic-registry.h"

/* The shape every topic's self-check must have: 4 to 6 questions, each
 * with at least two distinct choices, exactly one of them right, and a
 * reason for every choice. */
static void
check_question (const char            *topic_id,
                guint                  number,
                const DlmQuizQuestion *question)
{
  guint n = dlm_quiz_question_get_n_choices (question);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_test_message ("%s question %u: %s", topic_id, number, dlm_quiz_question_get_prompt (question));
  g_assert_cmpuint (strlen (dlm_quiz_question_get_prompt (question)), >, 10);
  g_assert_cmpuint (n, >=, 2);
  g_assert_cmpuint (n, <=, 6);
  g_assert_cmpuint (dlm_quiz_question_get_correct (question), <, n);

  for (guint i = 0; i < n; i++)
    {
      const char *choice = dlm_quiz_question_get_choice (question, i);
      const char *reason = dlm_quiz_question_get_reason (question, i);

      g_assert_false (g_hash_table_contains (seen, choice));
      g_hash_table_add (seen, (gpointer) choice);
      g_assert_cmpuint (strlen (reason), >, 10);
      g_assert_cmpint (dlm_quiz_question_is_correct (question, i), ==,
                       i == dlm_quiz_question_get_correct (question));
    }
}

/* Every attempt, whatever its seed, has the shape of a self-check. */
static void
test_topic_quiz (gconstpointer data)
{
  const char *topic_id = data;

  g_assert_true (dlm_quiz_has_topic (topic_id));
  for (guint32 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (topic_id, seed);

      g_assert_nonnull (questions);
      g_assert_cmpuint (questions->len, >=, 4);
      g_assert_cmpuint (questions->len, <=, DLM_QUIZ_MAX_QUESTIONS);
      for (guint i = 0; i < questions->len; i++)
        check_question (topic_id, i + 1, g_ptr_array_index (questions, i));
    }
}

static int
compare_lines (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(char *const *) a, *(char *const *) b);
}

/* An attempt as one text: prompts, choices in their order, the right
 * one marked, and the reasons. */
static char *
attempt_text (GPtrArray *questions,
              gboolean   sort_choices)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);
      guint n = dlm_quiz_question_get_n_choices (q);
      g_autoptr(GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);

      g_string_append_printf (text, "%s\n", dlm_quiz_question_get_prompt (q));
      for (guint c = 0; c < n; c++)
        g_ptr_array_add (lines, g_strdup_printf ("%s %s — %s",
                                                 dlm_quiz_question_is_correct (q, c) ? "*" : "-",
                                                 dlm_quiz_question_get_choice (q, c),
                                                 dlm_quiz_question_get_reason (q, c)));
      if (sort_choices)
        g_ptr_array_sort (lines, compare_lines);
      for (guint c = 0; c < n; c++)
        g_string_append_printf (text, "  %s\n", (char *) g_ptr_array_index (lines, c));
    }
  return g_string_free (text, FALSE);
}

/* A teacher who names a seed gets the very attempt the student had. */
static void
test_same_seed_same_attempt (gconstpointer data)
{
  const char *topic_id = data;
  const guint32 seeds[] = { 0, 1, 42, 1234567, G_MAXUINT32 };

  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    {
      g_autoptr(GPtrArray) first = dlm_quiz_new_for_topic (topic_id, seeds[i]);
      g_autoptr(GPtrArray) again = dlm_quiz_new_for_topic (topic_id, seeds[i]);
      g_autofree char *first_text = attempt_text (first, FALSE);
      g_autofree char *again_text = attempt_text (again, FALSE);

      g_assert_cmpstr (first_text, ==, again_text);
    }
}

/* Retaking the quiz asks something new: among seeds 1 to 20 at least two
 * attempts differ in their prompts or choices, not only in the order of
 * the choices (which are compared sorted). */
static void
test_attempts_differ (gconstpointer data)
{
  const char *topic_id = data;
  g_autoptr(GHashTable) texts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint32 seed = 1; seed <= 20; seed++)
    {
      g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (topic_id, seed);

      g_hash_table_add (texts, attempt_text (questions, TRUE));
    }
  g_test_message ("%s: %u different attempts in 20", topic_id, g_hash_table_size (texts));
  g_assert_cmpuint (g_hash_table_size (texts), >=, 2);
}

static void
test_unknown_topic (void)
{
  g_assert_false (dlm_quiz_has_topic ("no-such-topic"));
  g_assert_null (dlm_quiz_new_for_topic ("no-such-topic", 1));
  g_assert_false (dlm_quiz_has_topic (NULL));
}

/* The right answer is not always in the same place: over seeds 1 to 50,
 * the right choice of the question at each place of every topic's
 * attempt sits in at least two positions. */
static void
test_answers_vary_in_position (gconstpointer data)
{
  const char *topic_id = data;
  guint64 positions[DLM_QUIZ_MAX_QUESTIONS] = { 0 };   /* bit c: right at choice c */

  for (guint32 seed = 1; seed <= 50; seed++)
    {
      g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (topic_id, seed);

      for (guint i = 0; i < questions->len; i++)
        positions[i] |= G_GUINT64_CONSTANT (1) << dlm_quiz_question_get_correct (g_ptr_array_index (questions, i));
    }
  for (guint i = 0; i < DLM_QUIZ_MAX_QUESTIONS; i++)
    if (positions[i] != 0)
      {
        g_test_message ("%s question %u: positions 0x%" G_GINT64_MODIFIER "x", topic_id, i + 1, positions[i]);
        g_assert_cmpuint (g_bit_nth_lsf (positions[i], -1), !=, g_bit_nth_msf (positions[i], -1));
      }
}

/* Of more questions than an attempt asks, each seed keeps
 * DLM_QUIZ_MAX_QUESTIONS in the builder's order, and over many seeds
 * every question is asked about as often as any other. */
static void
test_keep_some (void)
{
  const guint n_built = 10, n_seeds = 1000;
  guint asked[10] = { 0 };

  for (guint32 seed = 1; seed <= n_seeds; seed++)
    {
      g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      guint previous = 0;

      for (guint i = 1; i <= n_built; i++)
        {
          g_autofree char *prompt = g_strdup_printf ("Question number %u", i);
          g_ptr_array_add (questions, dlm_quiz_question_new (prompt));
        }
      dlm_quiz_keep_some (questions, DLM_QUIZ_MAX_QUESTIONS, rand);
      g_assert_cmpuint (questions->len, ==, DLM_QUIZ_MAX_QUESTIONS);
      for (guint i = 0; i < questions->len; i++)
        {
          const char *prompt = dlm_quiz_question_get_prompt (g_ptr_array_index (questions, i));
          guint number = (guint) g_ascii_strtoull (prompt + strlen ("Question number "), NULL, 10);

          g_assert_cmpuint (number, >, previous);
          previous = number;
          asked[number - 1]++;
        }
    }
  /* each is asked in 6 of 10 attempts: 600 of 1000, σ ≈ 15.5 */
  for (guint i = 0; i < n_built; i++)
    {
      g_assert_cmpuint (asked[i], >, 530);
      g_assert_cmpuint (asked[i], <, 670);
    }
}

/* Fewer questions than the limit are all kept, in order. */
static void
test_keep_all (void)
{
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);

  for (guint i = 0; i < 4; i++)
    g_ptr_array_add (questions, dlm_quiz_question_new (i % 2 ? "An odd question" : "An even question"));
  dlm_quiz_keep_some (questions, DLM_QUIZ_MAX_QUESTIONS, rand);
  g_assert_cmpuint (questions->len, ==, 4);
  g_assert_cmpstr (dlm_quiz_question_get_prompt (g_ptr_array_index (questions, 3)), ==, "An odd question");
}

/* Question @number (from 1) of a self-check: its right choice, and only
 * that one, contains @expected, a reference value as the quiz prints it. */
static void
check_number_choice (GPtrArray  *questions,
                     guint       number,
                     const char *expected)
{
  const DlmQuizQuestion *question;

  g_assert_nonnull (questions);
  g_assert_cmpuint (number, <=, questions->len);
  question = g_ptr_array_index (questions, number - 1);
  for (guint i = 0; i < dlm_quiz_question_get_n_choices (question); i++)
    {
      const char *choice = dlm_quiz_question_get_choice (question, i);

      g_test_message ("choice %u: %s", i + 1, choice);
      g_assert_cmpint (strstr (choice, expected) != NULL, ==, dlm_quiz_question_is_correct (question, i));
    }
}

/* Question @number (from 1): its right choice, and only that one, reads
 * exactly @expected (where a substring would also match a distractor,
 * e.g. "2" inside "[2, 7]"). */
static void
check_exact_choice (GPtrArray  *questions,
                    guint       number,
                    const char *expected)
{
  const DlmQuizQuestion *question;

  g_assert_nonnull (questions);
  g_assert_cmpuint (number, <=, questions->len);
  question = g_ptr_array_index (questions, number - 1);
  for (guint i = 0; i < dlm_quiz_question_get_n_choices (question); i++)
    {
      const char *choice = dlm_quiz_question_get_choice (question, i);

      g_test_message ("choice %u: %s", i + 1, choice);
      g_assert_cmpint (g_strcmp0 (choice, expected) == 0, ==, dlm_quiz_question_is_correct (question, i));
    }
}

/* Question @number offers @expected as a wrong choice. */
static void
check_distractor (GPtrArray  *questions,
                  guint       number,
                  const char *expected)
{
  const DlmQuizQuestion *question = g_ptr_array_index (questions, number - 1);
  guint i, n = dlm_quiz_question_get_n_choices (question);

  for (i = 0; i < n; i++)
    if (g_strcmp0 (dlm_quiz_question_get_choice (question, i), expected) == 0)
      break;
  g_assert_cmpuint (i, <, n);
  g_assert_false (dlm_quiz_question_is_correct (question, i));
}

/* All of a builder's questions for @seed, in its order, before an
 * attempt keeps some of them. */
static GPtrArray *
built_questions (DlmQuizBuildFunc build,
                 guint32          seed)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  GPtrArray *questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);

  build (questions, rand);
  return questions;
}

/* The prompts and choices of a builder's questions for @seed, one text. */
static char *
built_text (DlmQuizBuildFunc build,
            guint32          seed)
{
  g_autoptr(GPtrArray) questions = built_questions (build, seed);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < questions->len; i++)
    {
      const DlmQuizQuestion *q = g_ptr_array_index (questions, i);

      g_string_append_printf (text, "%s\n", dlm_quiz_question_get_prompt (q));
      for (guint c = 0; c < dlm_quiz_question_get_n_choices (q); c++)
        g_string_append_printf (text, "  %s — %s\n", dlm_quiz_question_get_choice (q, c),
                                dlm_quiz_question_get_reason (q, c));
    }
  return g_string_free (text, FALSE);
}

/* A builder draws its numbers from the seed: one seed gives its questions
 * twice alike, and question @number asks about other numbers for some
 * other seed among 2 to 20. */
static void
check_builder_draws (DlmQuizBuildFunc build,
                     guint            number)
{
  g_autoptr(GPtrArray) first = built_questions (build, 1);
  g_autofree char *once = built_text (build, 1);
  g_autofree char *again = built_text (build, 1);
  const char *prompt = dlm_quiz_question_get_prompt (g_ptr_array_index (first, number - 1));
  gboolean differs = FALSE;

  g_assert_cmpstr (once, ==, again);
  for (guint32 seed = 2; seed <= 20 && !differs; seed++)
    {
      g_autoptr(GPtrArray) other = built_questions (build, seed);

      differs = g_strcmp0 (prompt, dlm_quiz_question_get_prompt (g_ptr_array_index (other, number - 1))) != 0;
    }
  g_assert_true (differs);
}

/* What seed 1 draws: z = [3, 2, 6] asked about z₃, cat 5, dog 5, horse 3:
 * /usr/bin/python3 -c "from scipy.special import softmax; print(softmax([3,2,6]).round(2), softmax([5,5,3]).round(2))"
 *   -> [0.05 0.02 0.94] [0.47 0.47 0.06] */
static void
test_softmax_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_softmax_quiz_build, 1);

  check_number_choice (questions, 3, "0.94");
  check_number_choice (questions, 5, "0.47");
  /* the stability view: large logits through the textbook formula */
  g_assert_cmpuint (questions->len, ==, 7);
  check_exact_choice (questions, 7, "NaN for every entry");
}

/* Questions 3 and 5 ask about drawn logits; 2 and 4 keep their prompt and
 * give drawn numbers in their reasons, so the whole text differs too. */
static void
test_softmax_quiz_draws (void)
{
  g_autofree char *first = built_text (dlm_softmax_quiz_build, 1);
  g_autofree char *second = built_text (dlm_softmax_quiz_build, 2);

  check_builder_draws (dlm_softmax_quiz_build, 3);
  check_builder_draws (dlm_softmax_quiz_build, 5);
  check_builder_draws (dlm_softmax_quiz_build, 7);
  g_assert_cmpstr (first, !=, second);
}

/* What seed 1 draws: a coin with p = 0.85, q = [0.8, 0.1, 0.1] with the
 * first class true:
 * /usr/bin/python3 -c "import numpy as np; from scipy.stats import entropy;
 *   print(entropy([1,0,0], base=2), entropy([0.25]*4, base=2), round(entropy([0.85, 0.15], base=2), 3),
 *   round(-np.log2(0.8), 3))"
 *   -> 0.0 2.0 0.61 0.322 */
static void
test_entropy_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_entropy_quiz_build, 1);
  const DlmQuizQuestion *uniform, *coin;

  check_number_choice (questions, 3, "0 bits");
  check_number_choice (questions, 6, "0.322 bits");
  uniform = g_ptr_array_index (questions, 1);
  g_assert_nonnull (strstr (dlm_quiz_question_get_reason (uniform, dlm_quiz_question_get_correct (uniform)),
                            "H = 2 bits"));
  coin = g_ptr_array_index (questions, 0);
  check_distractor (questions, 1, "p = 0.85");
  for (guint i = 0; i < dlm_quiz_question_get_n_choices (coin); i++)
    if (g_strcmp0 (dlm_quiz_question_get_choice (coin, i), "p = 0.85") == 0)
      g_assert_nonnull (strstr (dlm_quiz_question_get_reason (coin, i), "H(0.85) is only 0.61 bits"));
}

static void
test_entropy_quiz_draws (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_entropy_quiz_build, 1);

  check_builder_draws (dlm_entropy_quiz_build, 6);
  check_builder_draws (dlm_entropy_quiz_build, 7);
  /* with a one-hot truth, KL is the cross-entropy */
  g_assert_cmpuint (questions->len, ==, 7);
  check_number_choice (questions, 7, "They are equal: both ");
}

/* What seed 1 draws, checked against NumPy:
 * /usr/bin/python3 -c "import numpy as np; print(np.log(81)/np.log(3), np.log10(100000),
 *   round(np.log10(5),2), round(np.log(5),2), round(4/9,2), round(290*np.log(0.01),2))"
 *   -> 4.0 5.0 0.7 1.61 0.44 -1335.5   (the quiz writes a real minus sign)
 * and p = np.float64(1); p *= 0.01 until p == 0: 162 factors. */
static void
test_explog_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_explog_quiz_build, 1);
  const DlmQuizQuestion *power = g_ptr_array_index (questions, 0);
  const DlmQuizQuestion *underflow = g_ptr_array_index (questions, 7);

  g_assert_cmpuint (questions->len, ==, 8);
  g_assert_nonnull (strstr (dlm_quiz_question_get_reason (power, dlm_quiz_question_get_correct (power)),
                            "3⁴ = 81, so log₃ 81 = 4"));
  check_exact_choice (questions, 2, "0");
  g_assert_cmpstr (dlm_quiz_question_get_prompt (g_ptr_array_index (questions, 2)), ==,
                   "What is log₁₀ 100\u202f000?");
  check_exact_choice (questions, 3, "5");
  /* only the powers of ten are evenly spaced on a log axis */
  check_number_choice (questions, 5, "Only 0.001, 0.01 and 0.1");
  check_exact_choice (questions, 6, "0.70");
  check_distractor (questions, 6, "1.61");
  check_distractor (questions, 6, "0.44");
  check_number_choice (questions, 8, "−1335.50");
  g_assert_nonnull (strstr (dlm_quiz_question_get_reason (underflow, dlm_quiz_question_get_correct (underflow)),
                            "after 162 factors"));
}

static void
test_explog_quiz_draws (void)
{
  check_builder_draws (dlm_explog_quiz_build, 3);
  check_builder_draws (dlm_explog_quiz_build, 8);
}

/* What seed 1 draws: x = [6, 6, 9, 7, 3, 4], [6, 3, 3, 0], a tie in
 * [0.1, 0.7, 0.1, 0.7], squirrel given 0.8, the loss (x − 2)² + 4:
 * /usr/bin/python3 -c "import numpy as np; x=[6,6,9,7,3,4]; print(np.min(x), np.argmin(x),
 *   np.argmax([6,3,3,0]), np.argmax([0.1,0.7,0.1,0.7]), np.argmax([0.8,0.05,0.1,0,0.05]));
 *   g=np.linspace(-2,5,7001); L=(g-2)**2+4; print(L.min(), g[L.argmin()])"
 *   -> 3 4 0 1 0     (class 0 of squirrel, speed-limit sign, stop sign, …)
 *      4.0 2.0 */
static void
test_argmax_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_argmax_quiz_build, 1);

  check_exact_choice (questions, 1, "3 and 4");
  check_exact_choice (questions, 2, "0");
  check_distractor (questions, 2, "1");
  check_exact_choice (questions, 3, "1");
  check_exact_choice (questions, 4, "squirrel");
  check_exact_choice (questions, 6, "4 and 2");
}

static void
test_argmax_quiz_draws (void)
{
  check_builder_draws (dlm_argmax_quiz_build, 1);
  check_builder_draws (dlm_argmax_quiz_build, 2);
  check_builder_draws (dlm_argmax_quiz_build, 3);
  check_builder_draws (dlm_argmax_quiz_build, 4);
  check_builder_draws (dlm_argmax_quiz_build, 6);
}

/* What seed 1 draws, each checked against NumPy (/usr/bin/python3):
 *   a=np.array([5,11,4,10,3,3]); a.mean(), a.sum(), np.median(a)           -> 6.0 36 4.5
 *   b=np.array([9,11,9,-4,6,11]); b.var(ddof=1), b.var(), np.sum((b-b.mean())**2)
 *                                                                           -> 32.4 27.0 162.0
 *   c=np.array([1,5,-1,6,4]); np.abs(c-c.mean()).mean(), np.abs(c-c.mean()).sum()/4
 *                                                                           -> 2.4 3.0
 *   w=np.array([-1,10,8,-4,0,-1]); np.sum(w-w.mean()), np.sum((w-w.mean())**2), np.sum(np.abs(w-w.mean()))
 *                                                                           -> 0.0 158.0 28.0
 *   d=np.array([17,5,5,7,14,8,7,6,5]); d.mean()                             -> 8.222222222222221
 *   e=np.array([16,6,5,6,5,5,14]); np.median(e), np.sum(np.abs(e-np.median(e)))
 *                                                                           -> 6.0 21.0 */
static void
test_meanvar_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_meanvar_quiz_build, 1);

  check_exact_choice (questions, 1, "6");
  check_distractor (questions, 1, "4.5");
  check_exact_choice (questions, 3, "32.4");
  check_distractor (questions, 3, "27");
  check_exact_choice (questions, 4, "0");
  check_exact_choice (questions, 7, "2.4");
  check_distractor (questions, 7, "3");
  check_exact_choice (questions, 8, "0");
  check_distractor (questions, 8, "158");
  check_distractor (questions, 8, "28");
  check_exact_choice (questions, 9, "The mean, 8.22222");
  check_exact_choice (questions, 10, "Only the median, 6");
}

/* Each seed asks about its own data sets, one seed twice alike. */
static void
test_meanvar_quiz_draws (void)
{
  for (guint number = 1; number <= 10; number++)
    check_builder_draws (dlm_meanvar_quiz_build, number);
}

/* What seed 1 draws: σ = 8 and n = 36 for σ/√n, heights with μ = 183 and
 * σ = 5 for the biased survey, σ = 12, τ = 9, n = 9 for the noise:
 * /usr/bin/python3 -c "import numpy as np; from scipy.stats import norm;
 *   print(8/np.sqrt(36), 183+5*2*norm.pdf(0), np.hypot(12,9)/3, 12/3, 21/3, 9/3)"
 *   -> 1.3333333333333333 186.98942280401432 5.0 4.0 7.0 3.0 */
static void
test_sampling_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_sampling_quiz_build, 1);

  g_assert_cmpuint (questions->len, ==, 9);
  check_exact_choice (questions, 2, "1.33 cm");
  check_distractor (questions, 2, "8 cm");
  check_number_choice (questions, 5, "187.0 cm");
  check_exact_choice (questions, 7, "5 cm");
  check_distractor (questions, 7, "4 cm");
  check_distractor (questions, 7, "7 cm");
  check_distractor (questions, 7, "3 cm");
}

static void
test_sampling_quiz_draws (void)
{
  check_builder_draws (dlm_sampling_quiz_build, 2);
  check_builder_draws (dlm_sampling_quiz_build, 3);
  check_builder_draws (dlm_sampling_quiz_build, 5);
  check_builder_draws (dlm_sampling_quiz_build, 7);
}

/* Seed 1 asks about seeds 5845 and 6139 and randint(-16, 0), checked
 * against NumPy and Python:
 * /usr/bin/python3 -c "import numpy as np, random; np.random.seed(5845); print(np.random.rand(3).round(4));
 *   random.seed(5845); print([round(random.random(), 4) for _ in range(3)]);
 *   np.random.seed(6139); print(np.random.rand(6).round(4)); np.random.seed(6140); print(np.random.rand(3).round(4))"
 *   -> [0.524  0.2196 0.6781]  [0.1929, 0.9443, 0.2622]
 *      [0.4421 0.4273 0.3801 0.3575 0.4427 0.1496]  [0.0376 0.7782 0.4747] */
static void
test_seeding_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_seeding_quiz_build, 1);

  check_exact_choice (questions, 2, "[0.5240, 0.2196, 0.6781]");
  check_distractor (questions, 2, "[0.1929, 0.9443, 0.2622]");
  check_exact_choice (questions, 3, "[0.4421, 0.4273, 0.3801]");
  check_distractor (questions, 3, "[0.3575, 0.4427, 0.1496]");
  check_distractor (questions, 3, "[0.0376, 0.7782, 0.4747]");
  /* randint(-16, 0): high is never drawn */
  check_exact_choice (questions, 4, "−16 to −1");
  check_distractor (questions, 4, "−16 to 0");
}

static void
test_seeding_quiz_draws (void)
{
  check_builder_draws (dlm_seeding_quiz_build, 2);
  check_builder_draws (dlm_seeding_quiz_build, 3);
  check_builder_draws (dlm_seeding_quiz_build, 4);
}

/* The singular values seed 1 draws, 5, 4 and 3:
 * /usr/bin/python3 -c "import numpy as np; s=np.linalg.svd(np.diag([5.,4.,3.]),compute_uv=False);
 *   print(round(100*(s[:2]**2).sum()/(s**2).sum(),2))"
 *   -> 82.0 */
static void
test_complex_quiz_numbers (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (1);
  g_autoptr(GPtrArray) questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);

  /* all of the builder's questions, before an attempt keeps six */
  dlm_complex_quiz_build (questions, rand);
  g_assert_cmpstr (dlm_quiz_question_get_prompt (g_ptr_array_index (questions, 5)), ==,
                   "A matrix has the singular values 5, 4 and 3. What share of the energy do its "
                   "first two rank-1 layers keep?");
  check_exact_choice (questions, 6, "82.00 %");
}

/* What seed 1 draws, checked against NumPy:
 * /usr/bin/python3 -c "import numpy as np; print(np.zeros((3,80,120)).shape,
 *   np.zeros((120,104,3),np.float64).nbytes, np.float32(0.4)+np.float32(0.4)==np.float32(0.8),
 *   0.4+0.4==0.8, np.array([False, False]).dtype)"
 *   -> (3, 80, 120) 299520 True True bool; figures group five or more digits by thousands */
static void
test_datatypes_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_datatypes_quiz_build, 1);

  g_assert_cmpuint (questions->len, ==, 11);
  check_number_choice (questions, 3, "(3, 80, 120)");
  check_exact_choice (questions, 6, "299\u202f520 bytes");
  check_exact_choice (questions, 7, "float32: True, float64: True");
  check_exact_choice (questions, 8, "bool");
}

static void
test_datatypes_quiz_draws (void)
{
  /* 1, 4 and 5 ask about words; 2 draws its vector for the reason only */
  for (guint number = 3; number <= 11; number++)
    if (number != 4 && number != 5)
      check_builder_draws (dlm_datatypes_quiz_build, number);
}

/* What seed 1 draws, checked against NumPy:
 * /usr/bin/python3 -c "import numpy as np; v=np.array(['yes','yes','no','no','yes']);
 *   print((v=='yes').astype(int).tolist()); c=['History','Scifi','Kids'];
 *   x=np.array(['Scifi','Kids','History','Scifi','History']); print((x[:,None]==c).astype(int).tolist());
 *   print([c.index(s) for s in ['Scifi','Scifi','History','Kids']])"
 *   -> [1, 1, 0, 0, 1]
 *      [[0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [1, 0, 0]]
 *      [1, 1, 0, 2] */
static void
test_encoding_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_encoding_quiz_build, 1);

  g_assert_cmpuint (questions->len, ==, 8);
  check_exact_choice (questions, 5, "[1, 1, 0, 0, 1]");
  check_exact_choice (questions, 6, "[[0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 1, 0], [1, 0, 0]]");
  check_exact_choice (questions, 7, "[1, 1, 0, 2]");
  check_distractor (questions, 7, "[2, 2, 1, 3]");
}

static void
test_encoding_quiz_draws (void)
{
  check_builder_draws (dlm_encoding_quiz_build, 5);
  check_builder_draws (dlm_encoding_quiz_build, 6);
  check_builder_draws (dlm_encoding_quiz_build, 7);
}

/* What seed 1 draws: A = [[6, 0], [−2, 3], [−2, 4], [−1, 9]], v = [5, 6, 3]:
 * /usr/bin/python3 -c "import numpy as np; A=np.array([[6,0],[-2,3],[-2,4],[-1,9]]);
 *   v=np.array([[5],[6],[3]]); print(A.T.tolist(), np.rot90(A).tolist(), A.reshape(2,4).tolist(), (v.T@v).item())"
 *   -> [[6, -2, -2, -1], [0, 3, 4, 9]] [[0, 3, 4, 9], [6, -2, -2, -1]] [[6, 0, -2, 3], [-2, 4, -1, 9]] 70
 *   (the quiz writes a real minus sign) */
static void
test_transpose_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_transpose_quiz_build, 1);

  check_exact_choice (questions, 3, "[[6, −2, −2, −1], [0, 3, 4, 9]]");
  check_distractor (questions, 3, "[[0, 3, 4, 9], [6, −2, −2, −1]]");
  check_distractor (questions, 3, "[[6, 0, −2, 3], [−2, 4, −1, 9]]");
  check_number_choice (questions, 4, "70");
}

static void
test_transpose_quiz_draws (void)
{
  check_builder_draws (dlm_transpose_quiz_build, 3);
  check_builder_draws (dlm_transpose_quiz_build, 4);
}

/* What seed 1 draws, with the kernel [0, 1, 3] over [5, −1, −1, 5, 4, −2]
 * asked about y[2], and a kernel of 5 over a signal of 10:
 * /usr/bin/python3 -c "import numpy as np; print(np.dot([2,6],[1,3]), np.dot([4,2],[-4,8]),
 *   np.dot([-3,5,-2],[4,5,2]), np.dot([6,2],[6,2]), np.vdot([[-3,0],[3,-1]],[[4,3],[3,5]]),
 *   np.correlate([5,-1,-1,5,4,-2],[0,1,3],'valid')[2], np.convolve([5,-1,-1,5,4,-2],[0,1,3],'valid')[2],
 *   len(np.correlate(np.zeros(10),np.zeros(5),'valid')))"
 *   -> 20 0 9 40 -8 17 2 6 */
static void
test_dot_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_dot_quiz_build, 1);

  check_exact_choice (questions, 1, "20");
  check_exact_choice (questions, 3, "0");
  check_exact_choice (questions, 4, "9");
  check_exact_choice (questions, 5, "40");
  check_exact_choice (questions, 6, "−8");
  check_exact_choice (questions, 7, "17");
  check_distractor (questions, 7, "2");
  check_exact_choice (questions, 8, "6");
}

static void
test_dot_quiz_draws (void)
{
  for (guint number = 1; number <= 8; number++)
    if (number != 2)
      check_builder_draws (dlm_dot_quiz_build, number);
}

/* What seed 1 draws: A 2×6 times B 6×5, A 5×3 times B 3×5, entry (2, 1) of
 * [[1, 3], [4, 2]] · [[9, 5], [1, 4]], step 19 of a 4×5 C:
 * /usr/bin/python3 -c "import numpy as np; A=np.array([[1,3],[4,2]]); B=np.array([[9,5],[1,4]]);
 *   print((A@B)[1,0], (A@B)[0,1], (A@B.T)[1,0], (np.zeros((2,6))@np.zeros((6,5))).shape,
 *   (np.zeros((5,3))@np.zeros((3,5))).shape, np.unravel_index(18,(4,5)))"
 *   -> 38 17 46 (2, 5) (5, 5) (3, 3)      (row 4, column 4 counted from 1) */
static void
test_matmul_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = built_questions (dlm_matmul_quiz_build, 1);

  check_exact_choice (questions, 2, "2×5");
  check_exact_choice (questions, 3, "5×5");
  check_distractor (questions, 3, "3×3");
  check_exact_choice (questions, 4, "38");
  check_distractor (questions, 4, "17");
  check_distractor (questions, 4, "46");
  check_exact_choice (questions, 7, "Row 4, column 4");
}

static void
test_matmul_quiz_draws (void)
{
  /* questions 5 and 6 draw the matrices of their reasons, not of their prompts */
  const guint numbers[] = { 2, 3, 4, 7 };

  for (guint k = 0; k < G_N_ELEMENTS (numbers); k++)
    check_builder_draws (dlm_matmul_quiz_build, numbers[k]);
}

int
main (int   argc,
      char *argv[])
{
  guint n_topics;
  const DlmTopicTypeFunc *types;

  g_test_init (&argc, &argv, NULL);

  types = dlm_topic_registry_get (&n_topics);
  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[t] (), NULL);
      const char *id = dlm_topic_get_id (topic);
      g_autofree char *path = g_strdup_printf ("/quiz/%s/shape", id);
      g_autofree char *same = g_strdup_printf ("/quiz/%s/same-seed-same-attempt", id);
      g_autofree char *differ = g_strdup_printf ("/quiz/%s/attempts-differ", id);
      g_autofree char *vary = g_strdup_printf ("/quiz/%s/answers-vary-in-position", id);

      g_test_add_data_func_full (path, g_strdup (id), test_topic_quiz, g_free);
      g_test_add_data_func_full (same, g_strdup (id), test_same_seed_same_attempt, g_free);
      g_test_add_data_func_full (differ, g_strdup (id), test_attempts_differ, g_free);
      g_test_add_data_func_full (vary, g_strdup (id), test_answers_vary_in_position, g_free);
    }
  g_test_add_func ("/quiz/unknown-topic", test_unknown_topic);
  g_test_add_func ("/quiz/keep-some", test_keep_some);
  g_test_add_func ("/quiz/keep-all", test_keep_all);

  /* Each topic's numeric answers, checked against the core library. */
  /* (quiz-numbers) */
  g_test_add_func ("/quiz/complex/numbers", test_complex_quiz_numbers);
  g_test_add_func ("/quiz/datatypes/numbers", test_datatypes_quiz_numbers);
  g_test_add_func ("/quiz/datatypes/draws", test_datatypes_quiz_draws);
  g_test_add_func ("/quiz/encoding/numbers", test_encoding_quiz_numbers);
  g_test_add_func ("/quiz/encoding/draws", test_encoding_quiz_draws);
  g_test_add_func ("/quiz/transpose/numbers", test_transpose_quiz_numbers);
  g_test_add_func ("/quiz/transpose/draws", test_transpose_quiz_draws);
  g_test_add_func ("/quiz/dot/numbers", test_dot_quiz_numbers);
  g_test_add_func ("/quiz/dot/draws", test_dot_quiz_draws);
  g_test_add_func ("/quiz/argmax/numbers", test_argmax_quiz_numbers);
  g_test_add_func ("/quiz/argmax/draws", test_argmax_quiz_draws);
  g_test_add_func ("/quiz/meanvar/numbers", test_meanvar_quiz_numbers);
  g_test_add_func ("/quiz/meanvar/draws", test_meanvar_quiz_draws);
  g_test_add_func ("/quiz/sampling/numbers", test_sampling_quiz_numbers);
  g_test_add_func ("/quiz/sampling/draws", test_sampling_quiz_draws);
  g_test_add_func ("/quiz/seeding/numbers", test_seeding_quiz_numbers);
  g_test_add_func ("/quiz/seeding/draws", test_seeding_quiz_draws);
  g_test_add_func ("/quiz/matmul/numbers", test_matmul_quiz_numbers);
  g_test_add_func ("/quiz/matmul/draws", test_matmul_quiz_draws);
  g_test_add_func ("/quiz/softmax/numbers", test_softmax_quiz_numbers);
  g_test_add_func ("/quiz/softmax/draws", test_softmax_quiz_draws);
  g_test_add_func ("/quiz/explog/numbers", test_explog_quiz_numbers);
  g_test_add_func ("/quiz/explog/draws", test_explog_quiz_draws);
  g_test_add_func ("/quiz/entropy/numbers", test_entropy_quiz_numbers);
  g_test_add_func ("/quiz/entropy/draws", test_entropy_quiz_draws);

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <string.h>

#include "dlm-quiz.h"
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

static void
test_topic_quiz (gconstpointer data)
{
  const char *topic_id = data;
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (topic_id, 1);

  g_assert_true (dlm_quiz_has_topic (topic_id));
  g_assert_nonnull (questions);
  g_assert_cmpuint (questions->len, >=, 4);
  g_assert_cmpuint (questions->len, <=, 6);

  for (guint i = 0; i < questions->len; i++)
    check_question (topic_id, i + 1, g_ptr_array_index (questions, i));
}

static void
test_unknown_topic (void)
{
  g_assert_false (dlm_quiz_has_topic ("no-such-topic"));
  g_assert_null (dlm_quiz_new_for_topic ("no-such-topic", 1));
  g_assert_false (dlm_quiz_has_topic (NULL));
}

/* The right answer is not always in the same place. */
static void
test_answers_vary_in_position (void)
{
  guint n_topics;
  const DlmTopicTypeFunc *types = dlm_topic_registry_get (&n_topics);
  g_autoptr(GHashTable) positions = g_hash_table_new (NULL, NULL);

  for (guint t = 0; t < n_topics; t++)
    {
      g_autoptr(DlmTopic) topic = g_object_new (types[t] (), NULL);
      g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (dlm_topic_get_id (topic), 1);

      for (guint i = 0; questions != NULL && i < questions->len; i++)
        g_hash_table_add (positions,
                          GUINT_TO_POINTER (dlm_quiz_question_get_correct (g_ptr_array_index (questions, i)) + 1));
    }
  g_assert_cmpuint (g_hash_table_size (positions), >=, 3);
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

/* /usr/bin/python3 -c "import numpy as np; A=np.array([[1,3],[5,7]]); B=np.array([[2,4],[6,8]]);
 *   print((np.zeros((2,3))@np.zeros((3,4))).shape, (np.zeros((3,2))@np.zeros((2,3))).shape, (A@B)[1,0])"
 *   -> (2, 4) (3, 3) 52 */
static void
test_matmul_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("matmul", 1);

  check_number_choice (questions, 2, "2×4");
  check_number_choice (questions, 3, "3×3");
  check_number_choice (questions, 4, "52");
}

/* /usr/bin/python3 -c "from scipy.special import softmax; print(softmax([1,2,3]).round(2), softmax([4,4,1]).round(2))"
 *   -> [0.09 0.24 0.67] [0.49 0.49 0.02] */
static void
test_softmax_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("softmax", 1);

  check_number_choice (questions, 3, "0.67");
  check_number_choice (questions, 5, "0.49");
}

/* /usr/bin/python3 -c "import numpy as np; print(np.log(1), np.log10(100), round(200*np.log(0.01), 2))"
 *   -> 0.0 2.0 -921.03   (the quiz writes a real minus sign) */
static void
test_explog_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("explog", 1);

  check_number_choice (questions, 2, "0");
  check_number_choice (questions, 3, "2");
  check_number_choice (questions, 6, "−921.03");
}

/* /usr/bin/python3 -c "import numpy as np; from scipy.stats import entropy;
 *   print(entropy([1,0,0], base=2), entropy([0.25]*4, base=2), round(-np.log2(0.7), 3))"
 *   -> 0.0 2.0 0.515 */
static void
test_entropy_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("entropy", 1);
  const DlmQuizQuestion *uniform;

  check_number_choice (questions, 3, "0 bits");
  check_number_choice (questions, 6, "0.515 bits");
  uniform = g_ptr_array_index (questions, 1);
  g_assert_nonnull (strstr (dlm_quiz_question_get_reason (uniform, dlm_quiz_question_get_correct (uniform)),
                            "H = 2 bits"));
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

/* /usr/bin/python3 -c "import numpy as np; x=[1,-1,3,0,4,3]; print(np.min(x), np.argmin(x),
 *   np.argmax([1,3,7,4]), np.argmax([0.2,0.9,0.4,0.9]), np.argmax([0,0.05,0.8,0.1,0.05]));
 *   g=np.linspace(-2,5,7001); L=(g-2)**2+1; print(L.min(), g[L.argmin()])"
 *   -> -1 1 2 1 2     (class 2 of squirrel, speed-limit sign, stop sign, …)
 *      1.0 2.0 */
static void
test_argmax_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("argmax", 1);

  check_exact_choice (questions, 1, "−1 and 1");
  check_exact_choice (questions, 2, "2");
  check_distractor (questions, 2, "3");
  check_exact_choice (questions, 3, "1");
  check_exact_choice (questions, 4, "stop sign");
  check_exact_choice (questions, 6, "1 and 2");
}

/* /usr/bin/python3 -c "import numpy as np; w=[8,0,4,1,-2,7]; print(np.mean(w), np.var(w,ddof=1), np.var(w),
 *   np.var([5,5,5,5],ddof=1), np.var([1,2,3,3,2,1],ddof=1), np.var([101,102,103,103,102,101],ddof=1))"
 *   -> 3.0 16.0 13.333333333333334 0.0 0.8 0.8 */
static void
test_meanvar_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("meanvar", 1);

  check_exact_choice (questions, 1, "3");
  check_exact_choice (questions, 3, "16");
  check_distractor (questions, 3, "13.3333");
  check_exact_choice (questions, 4, "0");
  check_number_choice (questions, 6, "0.8");
}

/* /usr/bin/python3 -c "import numpy as np; from scipy.stats import norm; print(10/np.sqrt(25), 170+10*2*norm.pdf(0))"
 *   -> 2.0 177.97884560802865   (σ/√n for n = 25; the mean of a normal N(170, 10²) above its median) */
static void
test_sampling_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("sampling", 1);

  check_exact_choice (questions, 2, "2 cm");
  check_number_choice (questions, 5, "178.0 cm");
}

/* /usr/bin/python3 -c "import numpy as np, torch, random; np.random.seed(42); print(np.random.rand(3).round(4));
 *   torch.manual_seed(42); print(torch.rand(3)); random.seed(42); print([round(random.random(), 4) for _ in range(3)])"
 *   -> [0.3745 0.9507 0.732 ]  tensor([0.8823, 0.9150, 0.3829])  [0.6394, 0.025, 0.275] */
static void
test_seeding_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("seeding", 1);

  check_exact_choice (questions, 2, "[0.3745, 0.9507, 0.7320]");
  check_distractor (questions, 2, "[0.8823, 0.9150, 0.3829]");
  check_distractor (questions, 2, "[0.6394, 0.0250, 0.2750]");
}

/* /usr/bin/python3 -c "import numpy as np; s=np.linalg.svd(np.diag([3.,2.,1.]),compute_uv=False);
 *   print(round(100*(s[:2]**2).sum()/(s**2).sum(),2))"
 *   -> 92.86 */
static void
test_complex_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("complex", 1);

  check_exact_choice (questions, 6, "92.86 %");
}

/* /usr/bin/python3 -c "import numpy as np; print(np.zeros((32,48,3),np.float32).nbytes,
 *   np.zeros((3,32,48),np.float32).shape)"
 *   -> 18432 (3, 32, 48); figures group five or more digits by thousands */
static void
test_datatypes_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("datatypes", 1);

  check_number_choice (questions, 3, "(3, 32, 48)");
  check_exact_choice (questions, 6, "18\u202f432 bytes");
}

/* /usr/bin/python3 -c "import numpy as np; v=np.array(['yes','no','yes','yes']);
 *   print((v=='yes').astype(int).tolist()); c=np.array(['History','Scifi','Kids']);
 *   x=np.array(['Scifi','Kids','History','Kids']); print((x[:,None]==c).astype(int).tolist())"
 *   -> [1, 0, 1, 1]
 *      [[0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 0, 1]] */
static void
test_encoding_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("encoding", 1);

  check_exact_choice (questions, 5, "[1, 0, 1, 1]");
  check_exact_choice (questions, 6, "[[0, 1, 0], [0, 0, 1], [1, 0, 0], [0, 0, 1]]");
}

/* /usr/bin/python3 -c "import numpy as np; A=np.array([[1,5],[0,6],[2,8],[5,3],[-2,0]]); v=A[:,:1];
 *   print(A.T.tolist(), (v.T@v).item(), np.rot90(A).tolist())"
 *   -> [[1, 0, 2, 5, -2], [5, 6, 8, 3, 0]] 34 [[5, 6, 8, 3, 0], [1, 0, 2, 5, -2]]
 *   (the quiz writes a real minus sign) */
static void
test_transpose_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("transpose", 1);

  check_exact_choice (questions, 3, "[[1, 0, 2, 5, −2], [5, 6, 8, 3, 0]]");
  check_distractor (questions, 3, "[[5, 6, 8, 3, 0], [1, 0, 2, 5, −2]]");
  check_number_choice (questions, 4, "34");
}

/* /usr/bin/python3 -c "import numpy as np; A=np.array([[0,3,2],[-3,-3,1],[1,0,2]]);
 *   B=np.array([[1,0,6],[2,-1,0],[5,1,4]]); print(np.dot([1,2],[3,4]), np.dot([3,1],[-1,3]),
 *   np.dot([2,-1,3],[4,0,-2]), np.dot([3,4],[3,4]), np.vdot(A,B))"
 *   -> 11 0 2 25 22 */
static void
test_dot_quiz_numbers (void)
{
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic ("dot", 1);

  check_exact_choice (questions, 1, "11");
  check_exact_choice (questions, 3, "0");
  check_exact_choice (questions, 4, "2");
  check_exact_choice (questions, 5, "25");
  check_exact_choice (questions, 6, "22");
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
      g_autofree char *path = g_strdup_printf ("/quiz/%s/shape", dlm_topic_get_id (topic));

      g_test_add_data_func_full (path, g_strdup (dlm_topic_get_id (topic)), test_topic_quiz, g_free);
    }
  g_test_add_func ("/quiz/unknown-topic", test_unknown_topic);
  g_test_add_func ("/quiz/answers-vary-in-position", test_answers_vary_in_position);

  /* Each topic's numeric answers, checked against the core library. */
  /* (quiz-numbers) */
  g_test_add_func ("/quiz/complex/numbers", test_complex_quiz_numbers);
  g_test_add_func ("/quiz/datatypes/numbers", test_datatypes_quiz_numbers);
  g_test_add_func ("/quiz/encoding/numbers", test_encoding_quiz_numbers);
  g_test_add_func ("/quiz/transpose/numbers", test_transpose_quiz_numbers);
  g_test_add_func ("/quiz/dot/numbers", test_dot_quiz_numbers);
  g_test_add_func ("/quiz/argmax/numbers", test_argmax_quiz_numbers);
  g_test_add_func ("/quiz/meanvar/numbers", test_meanvar_quiz_numbers);
  g_test_add_func ("/quiz/sampling/numbers", test_sampling_quiz_numbers);
  g_test_add_func ("/quiz/seeding/numbers", test_seeding_quiz_numbers);
  g_test_add_func ("/quiz/matmul/numbers", test_matmul_quiz_numbers);
  g_test_add_func ("/quiz/softmax/numbers", test_softmax_quiz_numbers);
  g_test_add_func ("/quiz/explog/numbers", test_explog_quiz_numbers);
  g_test_add_func ("/quiz/entropy/numbers", test_entropy_quiz_numbers);

  return g_test_run ();
}

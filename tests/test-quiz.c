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
  g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (topic_id);

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
  g_assert_null (dlm_quiz_new_for_topic ("no-such-topic"));
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
      g_autoptr(GPtrArray) questions = dlm_quiz_new_for_topic (dlm_topic_get_id (topic));

      for (guint i = 0; questions != NULL && i < questions->len; i++)
        g_hash_table_add (positions,
                          GUINT_TO_POINTER (dlm_quiz_question_get_correct (g_ptr_array_index (questions, i)) + 1));
    }
  g_assert_cmpuint (g_hash_table_size (positions), >=, 3);
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

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-app"

#include "config.h"

#include "dlm-quiz.h"
#include "dlm-quiz-scores.h"
#include "dlm-settings.h"

#define SCORES_KEY "quiz-scores"

/* A score some quiz can give; any other (edited by hand) counts as none. */
static gboolean
score_is_valid (const char *topic_id,
                GVariant   *value)
{
  guint best, n;

  g_variant_get (value, "(uu)", &best, &n);
  return n > 0 && n <= DLM_QUIZ_MAX_QUESTIONS && best <= n && dlm_quiz_has_topic (topic_id);
}

/* Returns TRUE and fills @best and @n_questions (either may be NULL) when
 * the topic's quiz has been finished at least once. */
gboolean
dlm_quiz_scores_lookup (GSettings  *settings,
                        const char *topic_id,
                        guint      *best,
                        guint      *n_questions)
{
  g_autoptr(GVariant) scores = NULL;
  guint stored_best, stored_n;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);

  scores = dlm_settings_get_dictionary (settings, SCORES_KEY, score_is_valid);
  if (!g_variant_lookup (scores, topic_id, "(uu)", &stored_best, &stored_n))
    return FALSE;

  if (best != NULL)
    *best = stored_best;
  if (n_questions != NULL)
    *n_questions = stored_n;

  return TRUE;
}

/* A score replaces the stored one only when it is better, or when the
 * stored one is of a quiz with a different number of questions (the quiz
 * has changed since, so the old best no longer compares). Returns TRUE
 * when @n_right is now the best. */
gboolean
dlm_quiz_scores_record (GSettings  *settings,
                        const char *topic_id,
                        guint       n_right,
                        guint       n_questions)
{
  guint best, n;

  g_return_val_if_fail (G_IS_SETTINGS (settings), FALSE);
  g_return_val_if_fail (topic_id != NULL, FALSE);
  g_return_val_if_fail (n_right <= n_questions, FALSE);

  if (dlm_quiz_scores_lookup (settings, topic_id, &best, &n) &&
      n == n_questions && best >= n_right)
    return best == n_right;

  dlm_settings_set_dictionary_entry (settings, SCORES_KEY, score_is_valid, topic_id,
                                     g_variant_new ("(uu)", n_right, n_questions));
  return TRUE;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-quiz-private.h"

struct _DlmQuizQuestion
{
  char      *prompt;
  GPtrArray *choices;          /* char * */
  GPtrArray *reasons;          /* char *, one per choice */
  guint      correct;
};

typedef struct {
  const char       *topic_id;
  DlmQuizBuildFunc  build;
} DlmQuizEntry;

/* One line per topic that has a self-check, in the course's order. */
static const DlmQuizEntry quizzes[] = {
  { "complex", dlm_complex_quiz_build },
  { "datatypes", dlm_datatypes_quiz_build },
  { "encoding", dlm_encoding_quiz_build },
  { "transpose", dlm_transpose_quiz_build },
  { "dot", dlm_dot_quiz_build },
  { "matmul", dlm_matmul_quiz_build },
  { "softmax", dlm_softmax_quiz_build },
  { "explog", dlm_explog_quiz_build },
  { "entropy", dlm_entropy_quiz_build },
  { "argmax", dlm_argmax_quiz_build },
  { "meanvar", dlm_meanvar_quiz_build },
  { "sampling", dlm_sampling_quiz_build },
  { "seeding", dlm_seeding_quiz_build },
  { NULL, NULL }
};

DlmQuizQuestion *
dlm_quiz_question_new (const char *prompt)
{
  DlmQuizQuestion *self;

  g_return_val_if_fail (prompt != NULL && *prompt != '\0', NULL);

  self = g_new0 (DlmQuizQuestion, 1);
  self->prompt = g_strdup (prompt);
  self->choices = g_ptr_array_new_with_free_func (g_free);
  self->reasons = g_ptr_array_new_with_free_func (g_free);
  self->correct = G_MAXUINT;

  return self;
}

void
dlm_quiz_question_free (DlmQuizQuestion *self)
{
  if (self == NULL)
    return;

  g_free (self->prompt);
  g_ptr_array_unref (self->choices);
  g_ptr_array_unref (self->reasons);
  g_free (self);
}

void
dlm_quiz_question_take_choice (DlmQuizQuestion *self,
                               gboolean         correct,
                               char            *text,
                               char            *reason)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (text != NULL && *text != '\0');
  g_return_if_fail (reason != NULL && *reason != '\0');
  g_return_if_fail (!correct || self->correct == G_MAXUINT);

  if (correct)
    self->correct = self->choices->len;
  g_ptr_array_add (self->choices, text);
  g_ptr_array_add (self->reasons, reason);
}

void
dlm_quiz_question_add_choice (DlmQuizQuestion *self,
                              gboolean         correct,
                              const char      *text,
                              const char      *reason)
{
  dlm_quiz_question_take_choice (self, correct, g_strdup (text), g_strdup (reason));
}

const char *
dlm_quiz_question_get_prompt (const DlmQuizQuestion *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return self->prompt;
}

guint
dlm_quiz_question_get_n_choices (const DlmQuizQuestion *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->choices->len;
}

const char *
dlm_quiz_question_get_choice (const DlmQuizQuestion *self,
                              guint                  index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->choices->len, NULL);

  return g_ptr_array_index (self->choices, index);
}

const char *
dlm_quiz_question_get_reason (const DlmQuizQuestion *self,
                              guint                  index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->reasons->len, NULL);

  return g_ptr_array_index (self->reasons, index);
}

guint
dlm_quiz_question_get_correct (const DlmQuizQuestion *self)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);

  return self->correct;
}

gboolean
dlm_quiz_question_is_correct (const DlmQuizQuestion *self,
                              guint                  index)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return index == self->correct;
}

#define SWAP_POINTERS(a, b) G_STMT_START { gpointer t_ = (a); (a) = (b); (b) = t_; } G_STMT_END

static const DlmQuizEntry *
dlm_quiz_lookup (const char *topic_id)
{
  for (guint i = 0; quizzes[i].topic_id != NULL; i++)
    if (g_strcmp0 (quizzes[i].topic_id, topic_id) == 0)
      return &quizzes[i];

  return NULL;
}

gboolean
dlm_quiz_has_topic (const char *topic_id)
{
  return dlm_quiz_lookup (topic_id) != NULL;
}

void
dlm_quiz_question_shuffle (DlmQuizQuestion *self,
                           GRand           *rand)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (rand != NULL);

  /* Fisher–Yates, moving each reason with its choice. */
  for (guint i = self->choices->len; i > 1; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, (gint32) i);
      guint k = i - 1;

      if (j == k)
        continue;
      SWAP_POINTERS (self->choices->pdata[j], self->choices->pdata[k]);
      SWAP_POINTERS (self->reasons->pdata[j], self->reasons->pdata[k]);
      if (self->correct == j)
        self->correct = k;
      else if (self->correct == k)
        self->correct = j;
    }
}

/* Keeps @n_kept of the questions, each set of them as likely as any
 * other, in the builder's order (Knuth's selection sampling: the i-th
 * question stays with probability still needed / still left). */
void
dlm_quiz_keep_some (GPtrArray *questions,
                    guint      n_kept,
                    GRand     *rand)
{
  guint needed = n_kept;
  guint i = 0;

  g_return_if_fail (questions != NULL);
  g_return_if_fail (rand != NULL);

  while (i < questions->len && questions->len > n_kept)
    {
      guint left = questions->len - i;

      if ((guint) g_rand_int_range (rand, 0, (gint32) left) < needed)
        {
          needed--;
          i++;
        }
      else
        g_ptr_array_remove_index (questions, i);
    }
}

GPtrArray *
dlm_quiz_new_for_topic (const char *topic_id,
                        guint32     seed)
{
  const DlmQuizEntry *entry = dlm_quiz_lookup (topic_id);
  g_autoptr(GRand) numbers = NULL;
  g_autoptr(GRand) pick = NULL;
  g_autoptr(GRand) order = NULL;
  GPtrArray *questions;

  if (entry == NULL)
    return NULL;

  /* Three streams from one seed: a builder drawing one number more or
   * less changes neither which questions are asked nor the order of the
   * choices of every question after it. */
  numbers = g_rand_new_with_seed (seed);
  pick = g_rand_new_with_seed (seed ^ 0x85ebca6bu);
  order = g_rand_new_with_seed (seed ^ 0x9e3779b9u);
  questions = g_ptr_array_new_with_free_func ((GDestroyNotify) dlm_quiz_question_free);
  entry->build (questions, numbers);
  dlm_quiz_keep_some (questions, DLM_QUIZ_MAX_QUESTIONS, pick);
  for (guint i = 0; i < questions->len; i++)
    dlm_quiz_question_shuffle (g_ptr_array_index (questions, i), order);

  return questions;
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-encoding.h"
#include "dlm-matmul.h"
#include "dlm-parse.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

static void
add_onehot_name_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("A data set has a color column with the values red, green and blue. "
                                                "Which scheme gives each color its own column of 0s and 1s?"));

  dlm_quiz_question_add_choice (q, FALSE, _("Normalizing"),
                                _("Normalizing rescales numbers that already exist; it cannot turn labels into numbers."));
  dlm_quiz_question_add_choice (q, FALSE, _("Sampling"),
                                _("Sampling picks some of the observations; it does not change how they are written."));
  dlm_quiz_question_add_choice (q, FALSE, _("Label coding: red 0, green 1, blue 2"),
                                _("That gives a single column of integers, not one column per color."));
  dlm_quiz_question_add_choice (q, TRUE, _("One-hot encoding"),
                                _("Right: three colors become three 0/1 columns, with exactly one 1 in every row."));
  g_ptr_array_add (questions, q);
}

static void
add_categorical_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Which of these variables has to be encoded before a network can compute with it?"));

  dlm_quiz_question_add_choice (q, FALSE, _("Body height in meters"),
                                _("Height is continuous: it is a number already and can go in as it is."));
  dlm_quiz_question_add_choice (q, TRUE, _("A diagnosis: flu, cold or healthy"),
                                _("Right: it is categorical, a few labels with no scale between them, so it needs a code."));
  dlm_quiz_question_add_choice (q, FALSE, _("Monthly income"),
                                _("Income is continuous: any amount on a scale, and already a number."));
  dlm_quiz_question_add_choice (q, FALSE, _("An exam score out of 100"),
                                _("A score is a number already; it is treated as a continuous value."));
  g_ptr_array_add (questions, q);
}

static void
add_time_series_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Which of these is naturally written as a time series when it is turned into numbers?"));

  dlm_quiz_question_add_choice (q, FALSE, _("A photograph"),
                                _("A photo becomes a matrix or tensor of pixel values, ordered by position, not by time."));
  dlm_quiz_question_add_choice (q, FALSE, _("A pie chart"),
                                _("A pie chart is a drawing of a few shares: some categories and their proportions."));
  dlm_quiz_question_add_choice (q, TRUE, _("A weather log with one reading every hour"),
                                _("Right: measurements taken one after another, in time order, are a time series."));
  dlm_quiz_question_add_choice (q, FALSE, _("The countries that a shop's customers live in"),
                                _("Countries are categorical labels: they would be one-hot encoded, not ordered in time."));
  g_ptr_array_add (questions, q);
}

static void
add_meaning_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What is the main challenge in turning reality into numbers?"));

  dlm_quiz_question_add_choice (q, TRUE, _("Keeping the meaning and context, so that the numbers say no more and no less than reality"),
                                _("Right: coding unordered labels as 0, 1, 2, for example, invents an order that is not there."));
  dlm_quiz_question_add_choice (q, FALSE, _("Finding enough storage space"),
                                _("Storage is easy to plan; a poor encoding misleads a model however it is stored."));
  dlm_quiz_question_add_choice (q, FALSE, _("Making the code run fast"),
                                _("Speed matters later: a fast program given badly chosen numbers still learns the wrong thing."));
  dlm_quiz_question_add_choice (q, FALSE, _("Network latency"),
                                _("Latency is about how quickly data travels, not about what the numbers mean."));
  g_ptr_array_add (questions, q);
}

/* An encoding of labels the code below chose itself, so it cannot fail. */
static gsl_matrix *
encode (const char *const *values,
        const char *const *categories,
        DlmEncodingScheme  scheme)
{
  g_autoptr(GError) error = NULL;
  gsl_matrix *m = dlm_encoding_encode (values, categories, scheme, &error);

  g_assert_no_error (error);
  return m;
}

/* An N×1 coding as the vector "[1, 0, 1, 1]". */
static char *
column_text (const gsl_matrix *m)
{
  gsl_vector_const_view column = gsl_matrix_const_column (m, 0);
  g_autofree double *values = g_new (double, m->size1);

  for (gsize i = 0; i < m->size1; i++)
    values[i] = gsl_vector_get (&column.vector, i);
  return dlm_quiz_format_vector (values, m->size1);
}

/* How often each category occurs: the column sums of the one-hot matrix. */
static char *
counts_text (const gsl_matrix *onehot)
{
  g_autofree double *counts = g_new0 (double, onehot->size2);

  for (gsize i = 0; i < onehot->size1; i++)
    for (gsize j = 0; j < onehot->size2; j++)
      counts[j] += gsl_matrix_get (onehot, i, j);
  return dlm_quiz_format_vector (counts, onehot->size2);
}

/* Yes = 1, No = 0: qualitative answers made quantitative. */
static void
add_dummy_question (GPtrArray *questions)
{
  const char *yes = C_("survey answer", "yes"), *no = C_("survey answer", "no");
  const char *values[] = { yes, no, yes, yes, NULL };
  const char *no_first[] = { no, yes, NULL }, *yes_first[] = { yes, no, NULL };
  g_autoptr(gsl_matrix) dummy = encode (values, no_first, DLM_ENCODING_DUMMY);
  g_autoptr(gsl_matrix) swapped = encode (values, yes_first, DLM_ENCODING_DUMMY);
  g_autoptr(gsl_matrix) onehot = encode (values, no_first, DLM_ENCODING_ONEHOT);
  g_autoptr(gsl_matrix) yes_no = encode (values, yes_first, DLM_ENCODING_ONEHOT);
  g_autofree char *answers = g_strjoinv (", ", (char **) values);
  g_autofree char *prompt =
    /* Translators: %1$s is a list of answers, e.g. "yes, no, yes, yes"; %2$s is "no", %3$s "yes" */
    g_strdup_printf (_("A survey records the answers %1$s. With dummy coding, “%2$s” as the reference 0 "
                       "and “%3$s” as 1, which numbers result?"), answers, no, yes);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE, column_text (swapped),
                                 g_strdup (_("That swaps the two codes: the reference category is the one written as 0.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_matrix (onehot),
                                 g_strdup (_("That is one-hot encoding with two columns; dummy coding needs one, since the second column only repeats the first one flipped.")));
  dlm_quiz_question_take_choice (q, TRUE, column_text (dummy),
                                 g_strdup (_("Right: a single vector with one entry per answer, 0 for the reference and 1 for the other answer.")));
  dlm_quiz_question_take_choice (q, FALSE, counts_text (yes_no),
                                 g_strdup (_("Those count how often each answer occurs; a coding keeps one number per observation.")));
  g_ptr_array_add (questions, q);
}

/* The course's one-hot example, with one observation repeated. */
static void
add_onehot_question (GPtrArray *questions)
{
  const char *values[] = { "Scifi", "Kids", "History", "Kids", NULL };
  const char *columns[] = { "History", "Scifi", "Kids", NULL };
  g_auto(GStrv) appearance = dlm_encoding_categories_in_order (values);
  g_autoptr(gsl_matrix) onehot = encode (values, columns, DLM_ENCODING_ONEHOT);
  g_autoptr(gsl_matrix) in_order = encode (values, (const char *const *) appearance, DLM_ENCODING_ONEHOT);
  g_autoptr(gsl_matrix) transposed = dlm_matmul_op (onehot, TRUE);
  g_autoptr(gsl_matrix) labels = encode (values, columns, DLM_ENCODING_LABEL);
  g_autofree char *value_list = g_strjoinv (", ", (char **) values);
  g_autofree char *column_list = g_strjoinv (", ", (char **) columns);
  g_autofree char *prompt =
    /* Translators: %1$s is a list of observations, %2$s the list of column names */
    g_strdup_printf (_("The observations %1$s are one-hot encoded with the columns in the order %2$s. "
                       "Which matrix results?"), value_list, column_list);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_matrix (in_order),
                                 g_strdup (_("That orders the columns by first appearance in the data; the question fixes another order.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_matrix (onehot),
                                 g_strdup (_("Right: one row per observation, with a single 1 in the column of its category.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_matrix (transposed),
                                 g_strdup (_("That has one row per category; one-hot encoding gives one row per observation.")));
  dlm_quiz_question_take_choice (q, FALSE, column_text (labels),
                                 g_strdup (_("That is label coding, one integer per observation; one-hot spreads each label over its own column.")));
  g_ptr_array_add (questions, q);
}

void
dlm_encoding_quiz_build (GPtrArray *questions,
                         GRand     *rand)
{
  add_onehot_name_question (questions);
  add_categorical_question (questions);
  add_time_series_question (questions);
  add_meaning_question (questions);
  add_dummy_question (questions);
  add_onehot_question (questions);
}

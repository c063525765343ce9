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

/* @n labels drawn from @pool (NULL-terminated, @k of them), every one of
 * them at least once when @n allows. */
static GStrv
draw_values (GRand             *rand,
             const char *const *pool,
             guint              k,
             guint              n)
{
  GStrv values = g_new0 (char *, n + 1);

  for (guint i = 0; i < n; i++)
    values[i] = g_strdup (pool[i < k ? i : (guint) g_rand_int_range (rand, 0, k)]);
  /* shuffled, so that the first ones are not always in pool order */
  for (guint i = n - 1; i > 0; i--)
    {
      guint j = (guint) g_rand_int_range (rand, 0, i + 1);
      char *t = values[i];

      values[i] = values[j];
      values[j] = t;
    }
  return values;
}

/* Yes = 1, No = 0: qualitative answers made quantitative, for a drawn
 * list of answers. */
static void
add_dummy_question (GPtrArray *questions,
                    GRand     *rand)
{
  const char *yes = C_("survey answer", "yes"), *no = C_("survey answer", "no");
  const char *pool[] = { yes, no, NULL };
  g_auto(GStrv) values = draw_values (rand, pool, 2, (guint) g_rand_int_range (rand, 4, 7));
  const char *no_first[] = { no, yes, NULL }, *yes_first[] = { yes, no, NULL };
  const char *const *v = (const char *const *) values;
  g_autoptr(gsl_matrix) dummy = encode (v, no_first, DLM_ENCODING_DUMMY);
  g_autoptr(gsl_matrix) swapped = encode (v, yes_first, DLM_ENCODING_DUMMY);
  g_autoptr(gsl_matrix) onehot = encode (v, no_first, DLM_ENCODING_ONEHOT);
  g_autoptr(gsl_matrix) yes_no = encode (v, yes_first, DLM_ENCODING_ONEHOT);
  g_autofree char *answers = g_strjoinv (", ", values);
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

/* The course's categories, observations drawn from them. */
static const char *const genres[] = { "Scifi", "Kids", "History", NULL };
static const char *const genre_columns[] = { "History", "Scifi", "Kids", NULL };

/* Column orders other than @columns: first appearance in the data, or,
 * when that is the same, the order reversed. */
static GStrv
other_order (const char *const *values,
             const char *const *columns)
{
  GStrv order = dlm_encoding_categories_in_order (values);

  if (g_strv_equal ((const char *const *) order, columns))
    for (guint i = 0, n = g_strv_length (order); i < n / 2; i++)
      {
        char *t = order[i];

        order[i] = order[n - 1 - i];
        order[n - 1 - i] = t;
      }
  return order;
}

/* The course's one-hot example, with drawn observations: four or five, so
 * the matrix is never square and its transpose never a right answer. */
static void
add_onehot_question (GPtrArray *questions,
                     GRand     *rand)
{
  g_auto(GStrv) values = draw_values (rand, genres, 3, (guint) g_rand_int_range (rand, 4, 6));
  const char *const *v = (const char *const *) values;
  g_auto(GStrv) other = other_order (v, genre_columns);
  g_autoptr(gsl_matrix) onehot = encode (v, genre_columns, DLM_ENCODING_ONEHOT);
  g_autoptr(gsl_matrix) in_order = encode (v, (const char *const *) other, DLM_ENCODING_ONEHOT);
  g_autoptr(gsl_matrix) transposed = dlm_matmul_op (onehot, TRUE);
  g_autoptr(gsl_matrix) labels = encode (v, genre_columns, DLM_ENCODING_LABEL);
  g_autofree char *value_list = g_strjoinv (", ", values);
  g_autofree char *column_list = g_strjoinv (", ", (char **) genre_columns);
  g_autofree char *prompt =
    /* Translators: %1$s is a list of observations, %2$s the list of column names */
    g_strdup_printf (_("The observations %1$s are one-hot encoded with the columns in the order %2$s. "
                       "Which matrix results?"), value_list, column_list);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_matrix (in_order),
                                 g_strdup (_("That puts the columns in another order; the question fixes the order.")));
  dlm_quiz_question_take_choice (q, TRUE, dlm_quiz_format_matrix (onehot),
                                 g_strdup (_("Right: one row per observation, with a single 1 in the column of its category.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_matrix (transposed),
                                 g_strdup (_("That has one row per category; one-hot encoding gives one row per observation.")));
  dlm_quiz_question_take_choice (q, FALSE, column_text (labels),
                                 g_strdup (_("That is label coding, one integer per observation; one-hot spreads each label over its own column.")));
  g_ptr_array_add (questions, q);
}

/* The label view's codes for drawn observations, against codes counted
 * from 1, codes in another order and the one-hot matrix. */
static void
add_label_question (GPtrArray *questions,
                    GRand     *rand)
{
  g_auto(GStrv) values = draw_values (rand, genres, 3, (guint) g_rand_int_range (rand, 4, 6));
  const char *const *v = (const char *const *) values;
  g_auto(GStrv) other = other_order (v, genre_columns);
  g_autoptr(gsl_matrix) labels = encode (v, genre_columns, DLM_ENCODING_LABEL);
  g_autoptr(gsl_matrix) from_one = encode (v, genre_columns, DLM_ENCODING_LABEL);
  g_autoptr(gsl_matrix) reordered = encode (v, (const char *const *) other, DLM_ENCODING_LABEL);
  g_autoptr(gsl_matrix) onehot = encode (v, genre_columns, DLM_ENCODING_ONEHOT);
  g_autofree char *value_list = g_strjoinv (", ", values);
  g_autofree char *order = g_strjoinv (", ", (char **) genre_columns);
  g_autofree char *prompt =
    /* Translators: %1$s is a list of observations, %2$s the categories in code order */
    g_strdup_printf (_("The observations %1$s are label coded with the categories in the order %2$s. "
                       "Which codes result?"), value_list, order);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  gsl_matrix_add_constant (from_one, 1);
  dlm_quiz_question_take_choice (q, TRUE, column_text (labels),
                                 /* Translators: %s is the category order, e.g. "History, Scifi, Kids" */
                                 g_strdup_printf (_("Right: each observation gets the position of its category in %s, counted from 0."),
                                                  order));
  dlm_quiz_question_take_choice (q, FALSE, column_text (from_one),
                                 g_strdup (_("Those count from 1; label coding, like Python, counts the first category as 0.")));
  dlm_quiz_question_take_choice (q, FALSE, column_text (reordered),
                                 g_strdup (_("Those number the categories in another order; the question fixes the order.")));
  dlm_quiz_question_take_choice (q, FALSE, dlm_quiz_format_matrix (onehot),
                                 g_strdup (_("That is the one-hot matrix; label coding writes one integer per observation.")));
  g_ptr_array_add (questions, q);
}

/* What label coding tells a model about three drawn categories. */
static void
add_false_order_question (GPtrArray *questions,
                          GRand     *rand)
{
  const char *colors[] = { C_("color", "red"), C_("color", "green"), C_("color", "blue"), NULL };
  const char *pets[] = { C_("pet", "cat"), C_("pet", "dog"), C_("pet", "bird"), NULL };
  const char **pool = g_rand_boolean (rand) ? colors : pets;
  g_auto(GStrv) order = draw_values (rand, pool, 3, 3);
  const char *values[] = { order[1], order[2], NULL };
  g_autoptr(gsl_matrix) codes = encode (values, (const char *const *) order, DLM_ENCODING_LABEL);
  int one = (int) gsl_matrix_get (codes, 0, 0), two = (int) gsl_matrix_get (codes, 1, 0);
  /* Translators: "Label coding numbers the categories red, blue, green as 0, 1, 2. …" */
  g_autofree char *prompt = g_strdup_printf (_("Label coding numbers the categories %s, %s, %s as 0, 1, 2. "
                                               "What does a model read into these codes?"),
                                             order[0], order[1], order[2]);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, TRUE,
                                 /* Translators: "That blue is twice green, and that red < green < blue" */
                                 g_strdup_printf (_("That %1$s is twice %2$s, and that %3$s < %2$s < %1$s"),
                                                  order[2], order[1], order[0]),
                                 /* Translators: "It computes with the codes as amounts: 2 = 2 × 1. …" */
                                 g_strdup_printf (_("It computes with the codes as amounts: %d = 2 × %d. The "
                                                    "categories have no such order; one-hot encoding avoids it."),
                                                  two, one));
  dlm_quiz_question_add_choice (q, FALSE, _("Nothing: the codes are only names"),
                                _("A person reads them as names; a model multiplies and adds them like any other numbers."));
  dlm_quiz_question_add_choice (q, FALSE, _("That the categories are equally far apart, and nothing else"),
                                _("Equal steps come with an order too: 0 < 1 < 2 says more than equal distances."));
  dlm_quiz_question_add_choice (q, FALSE, _("How often each category occurs"),
                                _("The codes say nothing about counts: each category has one code however often it occurs."));
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
  add_dummy_question (questions, rand);
  add_onehot_question (questions, rand);
  add_label_question (questions, rand);
  add_false_order_question (questions, rand);
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"
#include "dlm-rng.h"

/* The seeded numbers come from src/core/dlm-rng.h, which reproduces what
 * NumPy, PyTorch and Python print, and are shown with 4 decimals as the
 * panel shows them. */

#define QUIZ_COUNT  3
#define QUIZ_DIGITS 4

/* Each attempt asks about its own seed, a short one a student can type. */
static guint32
quiz_seed (GRand *rand)
{
  return (guint32) g_rand_int_range (rand, 0, 10000);
}

/* "[0.3745, 0.9507, 0.7320]": QUIZ_COUNT uniform numbers after @skip
 * others, from a generator seeded with @seed. */
static char *
uniforms_after (DlmRngConvention convention,
                guint32          seed,
                guint            skip)
{
  g_autoptr(DlmRng) rng = dlm_rng_new (convention, seed);
  double values[QUIZ_COUNT];

  for (guint i = 0; i < skip; i++)
    dlm_rng_uniform (rng);
  for (guint i = 0; i < QUIZ_COUNT; i++)
    values[i] = dlm_rng_uniform (rng);

  return dlm_quiz_format_vector_fixed (values, QUIZ_COUNT, QUIZ_DIGITS);
}

static char *
first_uniforms (DlmRngConvention convention,
                guint32          seed)
{
  return uniforms_after (convention, seed, 0);
}

static DlmQuizQuestion *
why_seed (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("What do you gain by setting a seed before drawing random numbers?"));
  dlm_quiz_question_add_choice (q, FALSE, _("Numbers that are more random"),
                                _("They look just as random as before; the seed only fixes where the sequence starts."));
  dlm_quiz_question_add_choice (q, FALSE, _("Faster random numbers"),
                                _("Seeding does not change the speed; the same formula makes the numbers either way."));
  dlm_quiz_question_add_choice (q, TRUE, _("The same numbers every time the code runs"),
                                _("Right: the same seed starts the same sequence, so the results can be reproduced."));
  return q;
}

static DlmQuizQuestion *
numpy_numbers (GRand *rand)
{
  guint32 seed = quiz_seed (rand);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: a seed, how many numbers are drawn, and how many decimals are shown */
  prompt = g_strdup_printf (_("After np.random.seed(%u), which numbers does np.random.rand(%u) give (rounded to %d decimals)?"),
                            seed, QUIZ_COUNT, QUIZ_DIGITS);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, FALSE, first_uniforms (DLM_RNG_PYTHON, seed),
                                 /* Translators: %u is a seed */
                                 g_strdup_printf (_("Those come from Python’s random.random() after random.seed(%u): a different generator."),
                                                  seed));
  dlm_quiz_question_take_choice (q, TRUE, first_uniforms (DLM_RNG_NUMPY, seed),
                                 /* Translators: %u is a seed */
                                 g_strdup_printf (_("Right: with the library set to NumPy and seed %u, this topic shows the same numbers."),
                                                  seed));
  dlm_quiz_question_take_choice (q, FALSE, first_uniforms (DLM_RNG_TORCH, seed),
                                 /* Translators: how many numbers are drawn, then a seed */
                                 g_strdup_printf (_("Those come from torch.rand(%u) after torch.manual_seed(%u): PyTorch has its own generator."),
                                                  QUIZ_COUNT, seed));
  dlm_quiz_question_add_choice (q, FALSE, _("Different numbers on every run"),
                                _("Not once it is seeded: the seed fixes the sequence, so every run prints the same numbers."));
  return q;
}

static DlmQuizQuestion *
numpy_function (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("Which call seeds NumPy’s global random generator?"));
  dlm_quiz_question_add_choice (q, FALSE, "numpy.seed(42)",
                                _("NumPy has no seed function at its top level; seeding lives in numpy.random."));
  dlm_quiz_question_add_choice (q, FALSE, "numpy.random.set_seed(42)",
                                _("NumPy has no function of that name; set_seed is what TensorFlow calls it."));
  dlm_quiz_question_add_choice (q, FALSE, "random.seed(42)",
                                _("That seeds Python’s own random module, which NumPy does not use."));
  dlm_quiz_question_add_choice (q, TRUE, "numpy.random.seed(42)",
                                _("Right: it seeds the generator behind np.random.rand, randn and randint."));
  return q;
}

static DlmQuizQuestion *
torch_scope (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("A script calls np.random.seed(42) and later torch.rand(3). "
                               "What makes the PyTorch numbers repeat from run to run?"));
  dlm_quiz_question_add_choice (q, TRUE, _("Calling torch.manual_seed(42) before torch.rand"),
                                _("Right: PyTorch keeps its own generator, and torch.manual_seed is what seeds it."));
  dlm_quiz_question_add_choice (q, FALSE, _("Nothing more: np.random.seed(42) seeds every library"),
                                _("Each library keeps its own generator; seeding NumPy leaves PyTorch’s untouched."));
  dlm_quiz_question_add_choice (q, FALSE, _("Calling torch.set_seed(42)"),
                                _("PyTorch has no function of that name; its seed function is torch.manual_seed."));
  dlm_quiz_question_add_choice (q, FALSE, _("Calling random.seed(42)"),
                                _("That seeds only Python’s random module, not NumPy’s or PyTorch’s generator."));
  return q;
}

static DlmQuizQuestion *
no_seed (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("You train a model with random starting weights and shuffled batches but set no seed. "
                               "What happens if you run the same script twice?"));
  dlm_quiz_question_add_choice (q, FALSE, _("It refuses to train without a seed"),
                                _("Training works fine without a seed; it just cannot be repeated exactly."));
  dlm_quiz_question_add_choice (q, FALSE, _("Both runs give identical results, because the code is identical"),
                                _("Same code, different start: unseeded, NumPy and PyTorch begin from a fresh random state each run."));
  dlm_quiz_question_add_choice (q, TRUE, _("The results can differ from run to run"),
                                _("Right: other starting weights and batch orders lead to somewhat different models."));
  return q;
}

static DlmQuizQuestion *
why_reproduce (void)
{
  DlmQuizQuestion *q;

  q = dlm_quiz_question_new (_("Why do researchers report the seeds used in their experiments?"));
  dlm_quiz_question_add_choice (q, FALSE, _("To hide the randomness in their results"),
                                _("Reporting the seed reveals exactly which random numbers were used; it hides nothing."));
  dlm_quiz_question_add_choice (q, TRUE, _("So others can rerun it and check the results"),
                                _("Right: with the same seed, others get the same random numbers and can verify the findings."));
  dlm_quiz_question_add_choice (q, FALSE, _("Because the right seed makes a model more accurate"),
                                _("A seed does not improve a model; hunting for a lucky seed only overstates how good it is."));
  return q;
}

/* Seeding again starts the sequence again; not seeding continues it. */
static DlmQuizQuestion *
seed_again (GRand *rand)
{
  guint32 seed = quiz_seed (rand);
  g_autofree char *first = first_uniforms (DLM_RNG_NUMPY, seed);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: a seed, a count, the numbers it gave, the seed again and the count again */
  prompt = g_strdup_printf (_("np.random.seed(%u); np.random.rand(%u) prints %s. The script then calls "
                              "np.random.seed(%u) again and np.random.rand(%u). What does it print?"),
                            seed, QUIZ_COUNT, first, seed, QUIZ_COUNT);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (first),
                                 g_strdup (_("Right: seeding again resets the generator, so the same numbers come again.")));
  dlm_quiz_question_take_choice (q, FALSE, uniforms_after (DLM_RNG_NUMPY, seed, QUIZ_COUNT),
                                 g_strdup (_("Those are the next numbers of the sequence: what rand prints when the seed is not set again.")));
  /* Translators: %u is the seed one above the one asked about */
  dlm_quiz_question_take_choice (q, FALSE, first_uniforms (DLM_RNG_NUMPY, seed + 1),
                                 g_strdup_printf (_("Those come from seed %u: a neighboring seed starts an unrelated sequence."),
                                                  seed + 1));
  return q;
}

/* "−3 to 9", with real minus signs as the quiz writes numbers. */
static char *
whole_range (int first,
             int last)
{
  g_autofree char *a = dlm_quiz_format_number (first);
  g_autofree char *b = dlm_quiz_format_number (last);

  /* Translators: a range of whole numbers, "3 to 9" */
  return g_strdup_printf (_("%s to %s"), a, b);
}

/* randint's high is not drawn: the accepted range of the seeding panel. */
static DlmQuizQuestion *
randint_range (GRand *rand)
{
  int low = g_rand_int_range (rand, -20, 20), high = low + g_rand_int_range (rand, 2, 20);
  g_autofree char *prompt = NULL;
  DlmQuizQuestion *q;

  /* Translators: low and high of np.random.randint */
  prompt = g_strdup_printf (_("Which whole numbers can np.random.randint(%d, %d) return?"), low, high);
  q = dlm_quiz_question_new (prompt);
  dlm_quiz_question_take_choice (q, TRUE, whole_range (low, high - 1),
                                 g_strdup (_("Right: low is included, high is not, as in Python’s range().")));
  dlm_quiz_question_take_choice (q, FALSE, whole_range (low, high),
                                 g_strdup (_("high itself is never drawn: randint stops one below it.")));
  dlm_quiz_question_take_choice (q, FALSE, whole_range (low + 1, high),
                                 g_strdup (_("low is included; it is high that is left out.")));
  return q;
}

void
dlm_seeding_quiz_build (GPtrArray *questions,
                        GRand     *rand)
{
  g_ptr_array_add (questions, why_seed ());
  g_ptr_array_add (questions, numpy_numbers (rand));
  g_ptr_array_add (questions, seed_again (rand));
  g_ptr_array_add (questions, randint_range (rand));
  g_ptr_array_add (questions, numpy_function ());
  g_ptr_array_add (questions, torch_scope ());
  g_ptr_array_add (questions, no_seed ());
  g_ptr_array_add (questions, why_reproduce ());
}

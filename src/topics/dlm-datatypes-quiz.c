/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-datatypes-topic.h"
#include "dlm-datatypes.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* The colour photo of the shape and memory questions, pixels. */
#define PHOTO_HEIGHT 32
#define PHOTO_WIDTH  48

static void
add_scalar_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("In mathematics, what is a scalar?"));

  dlm_quiz_question_add_choice (q, FALSE, _("A matrix with a single row"),
                                _("A single row is still a matrix, a 1 × n one: picking an entry takes two indices."));
  dlm_quiz_question_add_choice (q, TRUE, _("A single number, such as 7"),
                                _("Right: a scalar needs no index at all; its NumPy shape is ()."));
  dlm_quiz_question_add_choice (q, FALSE, _("A one-dimensional array"),
                                _("A 1-D array is a vector: picking an entry takes one index."));
  dlm_quiz_question_add_choice (q, FALSE, _("A pair of numbers, such as (3, 4)"),
                                _("Two numbers make a vector with two entries, not a scalar."));
  g_ptr_array_add (questions, q);
}

static void
add_vector_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Which object is one-dimensional, so that one index picks any of its entries?"));

  dlm_quiz_question_add_choice (q, FALSE, _("A matrix"),
                                _("A matrix takes two indices, a row and a column."));
  dlm_quiz_question_add_choice (q, FALSE, _("A scalar"),
                                _("A scalar takes no index at all: it has zero dimensions."));
  dlm_quiz_question_add_choice (q, FALSE, _("A 3rd-order tensor"),
                                _("A 3rd-order tensor, such as a color image, takes three indices."));
  dlm_quiz_question_add_choice (q, TRUE, _("A vector"),
                                _("Right: the vector [−1, 0, 1] has shape (3,): one index, from 0 to 2."));
  g_ptr_array_add (questions, q);
}

/* Covers "tensor": the multi-dimensional arrays of deep learning. */
static void
add_tensor_question (GPtrArray *questions)
{
  g_autofree char *prompt =
    /* Translators: the %u are a height and a width in pixels */
    g_strdup_printf (_("A color photo is %u pixels high and %u pixels wide. What is it as numbers, "
                       "and what is its shape in PyTorch?"), PHOTO_HEIGHT, PHOTO_WIDTH);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup_printf (_("A matrix of shape (%u, %u)"), PHOTO_HEIGHT, PHOTO_WIDTH),
                                 g_strdup (_("One number per pixel is a grayscale image; a color pixel needs three numbers.")));
  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup_printf (_("A 3rd-order tensor of shape (%u, %u, 3)"), PHOTO_HEIGHT, PHOTO_WIDTH),
                                 g_strdup (_("That is NumPy's and PIL's order, (H, W, C); PyTorch puts the channels first.")));
  dlm_quiz_question_take_choice (q, TRUE,
                                 g_strdup_printf (_("A 3rd-order tensor of shape (3, %u, %u)"), PHOTO_HEIGHT, PHOTO_WIDTH),
                                 g_strdup (_("Right: three channel matrices, red, green and blue, in PyTorch's (C, H, W) order.")));
  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup_printf (_("A vector of %u numbers"), PHOTO_HEIGHT * PHOTO_WIDTH * 3),
                                 g_strdup (_("The numbers can be lined up in one row, but then rows, columns and channels are lost: it takes three indices.")));
  g_ptr_array_add (questions, q);
}

static void
add_meaning_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("What does “data type” mean in computing?"));

  dlm_quiz_question_add_choice (q, TRUE, _("The kind of value a variable holds and how it is stored, such as uint8, float32 or string"),
                                _("Right: the type decides which operations work and how much memory each value takes."));
  dlm_quiz_question_add_choice (q, FALSE, _("What a variable measures: categorical, ordinal or numerical"),
                                _("That is what the term means in statistics; in computing it is about the storage format."));
  dlm_quiz_question_add_choice (q, FALSE, _("The name given to a variable"),
                                _("A name only labels a variable; variables with different names can share a type."));
  dlm_quiz_question_add_choice (q, FALSE, _("The amount of memory a program uses"),
                                _("Memory follows from the type and the number of values, but the type itself is the format."));
  g_ptr_array_add (questions, q);
}

static void
add_numeric_question (GPtrArray *questions)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Which of these is not a numeric data type?"));

  dlm_quiz_question_add_choice (q, FALSE, _("Integer (int64)"),
                                _("Integers are numbers: whole numbers within a fixed range."));
  dlm_quiz_question_add_choice (q, TRUE, _("String"),
                                _("Right: a string holds text; “42” as a string is two characters, not a number to add."));
  dlm_quiz_question_add_choice (q, FALSE, _("Single-precision float (float32)"),
                                _("float32 stores numbers, with about 7 significant digits."));
  dlm_quiz_question_add_choice (q, FALSE, _("Double-precision float (float64)"),
                                _("float64 stores numbers, with about 16 significant digits."));
  g_ptr_array_add (questions, q);
}

/* "18 432 bytes": a byte count as the storage view's bars give it. */
static char *
bytes_text (guint64 n_elements,
            DlmDtype dtype)
{
  g_autofree char *n = dlm_quiz_format_number ((double) dlm_storage_bytes (n_elements, dlm_dtype_size (dtype)));

  /* Translators: a memory size, e.g. "18432 bytes" */
  return g_strdup_printf (_("%s bytes"), n);
}

static void
add_memory_question (GPtrArray *questions)
{
  guint64 pixels = (guint64) PHOTO_HEIGHT * PHOTO_WIDTH;
  g_autofree char *prompt =
    /* Translators: the %u are a height and a width in pixels */
    g_strdup_printf (_("The same color photo, %u × %u pixels with 3 channels, is stored as float32. "
                       "How many bytes do its numbers take?"), PHOTO_HEIGHT, PHOTO_WIDTH);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE, bytes_text (pixels * 3, DLM_DTYPE_UINT8),
                                 g_strdup (_("That is the uint8 size, 1 byte per number; float32 takes 4.")));
  dlm_quiz_question_take_choice (q, TRUE, bytes_text (pixels * 3, DLM_DTYPE_FLOAT32),
                                 g_strdup (_("Right: height × width × 3 channels numbers, at 4 bytes each.")));
  dlm_quiz_question_take_choice (q, FALSE, bytes_text (pixels, DLM_DTYPE_FLOAT32),
                                 g_strdup (_("That leaves out the channels: a color pixel holds 3 numbers.")));
  dlm_quiz_question_take_choice (q, FALSE, bytes_text (pixels * 3, DLM_DTYPE_FLOAT64),
                                 g_strdup (_("That is float64, 8 bytes per number; float32 takes 4.")));
  g_ptr_array_add (questions, q);
}

void
dlm_datatypes_quiz_build (GPtrArray *questions,
                          GRand     *rand)
{
  add_scalar_question (questions);
  add_vector_question (questions);
  add_tensor_question (questions);
  add_meaning_question (questions);
  add_numeric_question (questions);
  add_memory_question (questions);
}

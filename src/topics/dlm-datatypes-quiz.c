/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include "dlm-datatypes-private.h"
#include "dlm-format.h"
#include "dlm-quiz-private.h"
#include "dlm-quiz-text.h"

/* The colour photo of the shape and memory questions: a side from 16 to
 * 128 pixels in steps of 8, height and width different, so that the
 * orders (H, W, C) and (C, H, W) cannot be confused. */
typedef struct {
  guint height, width;
} Photo;

static Photo
draw_photo (GRand *rand)
{
  Photo p;

  p.height = 8 * g_rand_int_range (rand, 2, 17);
  do
    p.width = 8 * g_rand_int_range (rand, 2, 17);
  while (p.width == p.height);
  return p;
}

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
add_vector_question (GPtrArray *questions,
                     GRand     *rand)
{
  DlmQuizQuestion *q = dlm_quiz_question_new (_("Which object is one-dimensional, so that one index picks any of its entries?"));
  double entries[6];
  guint n = g_rand_int_range (rand, 2, 7);
  g_autofree char *vector = NULL;

  for (guint i = 0; i < n; i++)
    entries[i] = g_rand_int_range (rand, -9, 10);
  vector = dlm_quiz_format_vector (entries, n);
  dlm_quiz_question_add_choice (q, FALSE, _("A matrix"),
                                _("A matrix takes two indices, a row and a column."));
  dlm_quiz_question_add_choice (q, FALSE, _("A scalar"),
                                _("A scalar takes no index at all: it has zero dimensions."));
  dlm_quiz_question_add_choice (q, FALSE, _("A 3rd-order tensor"),
                                _("A 3rd-order tensor, such as a color image, takes three indices."));
  dlm_quiz_question_take_choice (q, TRUE, g_strdup (_("A vector")),
                                 /* TRANSLATORS: "the vector [3, −1, 4] has shape (3,): one index, from 0 to 2" */
                                 g_strdup_printf (_("Right: the vector %s has shape (%u,): one index, from 0 to %u."),
                                                  vector, n, n - 1));
  g_ptr_array_add (questions, q);
}

/* Covers "tensor": the multi-dimensional arrays of deep learning. */
static void
add_tensor_question (GPtrArray *questions,
                     GRand     *rand)
{
  Photo photo = draw_photo (rand);
  g_autofree char *prompt =
    /* Translators: the %u are a height and a width in pixels */
    g_strdup_printf (_("A color photo is %u pixels high and %u pixels wide. What is it as numbers, "
                       "and what is its shape in PyTorch?"), photo.height, photo.width);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup_printf (_("A matrix of shape (%u, %u)"), photo.height, photo.width),
                                 g_strdup (_("One number per pixel is a grayscale image; a color pixel needs three numbers.")));
  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup_printf (_("A 3rd-order tensor of shape (%u, %u, 3)"), photo.height, photo.width),
                                 g_strdup (_("That is NumPy's and PIL's order, (H, W, C); PyTorch puts the channels first.")));
  dlm_quiz_question_take_choice (q, TRUE,
                                 g_strdup_printf (_("A 3rd-order tensor of shape (3, %u, %u)"), photo.height, photo.width),
                                 g_strdup (_("Right: three channel matrices, red, green and blue, in PyTorch's (C, H, W) order.")));
  dlm_quiz_question_take_choice (q, FALSE,
                                 g_strdup_printf (_("A vector of %u numbers"), photo.height * photo.width * 3),
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

static const char *const dtype_names[] = { "uint8", "float32", "float64" };

/* The wrong answers of the memory question: another type's size, or the
 * photo without its channels. */
static char *
memory_reason (DlmDtype asked,
               DlmDtype other,
               gboolean without_channels)
{
  if (without_channels)
    return g_strdup (_("That leaves out the channels: a color pixel holds 3 numbers."));
  g_autofree char *each = dlm_datatypes_bytes_each (dlm_dtype_size (other));

  /* TRANSLATORS: "That is the uint8 size, 1 byte per element; float32 takes 4." */
  return g_strdup_printf (_("That is the %s size, %s; %s takes %u."),
                          dtype_names[other], each, dtype_names[asked], dlm_dtype_size (asked));
}

static void
add_memory_question (GPtrArray *questions,
                     GRand     *rand)
{
  Photo photo = draw_photo (rand);
  DlmDtype asked = g_rand_int_range (rand, DLM_DTYPE_UINT8, DLM_DTYPE_FLOAT64 + 1);
  guint64 pixels = (guint64) photo.height * photo.width;
  g_autofree char *prompt =
    /* Translators: a height and a width in pixels, then a dtype */
    g_strdup_printf (_("A color photo of %u × %u pixels with 3 channels is stored as %s. "
                       "How many bytes do its numbers take?"), photo.height, photo.width, dtype_names[asked]);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  for (DlmDtype d = DLM_DTYPE_UINT8; d <= DLM_DTYPE_FLOAT64; d++)
    {
      g_autofree char *each = dlm_datatypes_bytes_each (dlm_dtype_size (d));

      dlm_quiz_question_take_choice (q, d == asked, bytes_text (pixels * 3, d),
                                     d == asked
                                     ? g_strdup_printf (_("Right: height × width × 3 channels numbers, at %s."), each)
                                     : memory_reason (asked, d, FALSE));
    }
  dlm_quiz_question_take_choice (q, FALSE, bytes_text (pixels, asked), memory_reason (asked, asked, TRUE));
  g_ptr_array_add (questions, q);
}

/* ---- rounding ------------------------------------------------------------ */

/* "0.3": tenths as Python writes them. */
static char *
tenths_text (guint k)
{
  return g_strdup_printf ("0.%u", k);
}

/* a + b == c for two tenths and their sum, in float32 and float64: the
 * two answers differ from pair to pair (0.1 + 0.2 is True in float32 and
 * False in float64; 0.1 + 0.7 the other way round). */
static void
add_rounding_question (GPtrArray *questions,
                       GRand     *rand)
{
  guint k1 = g_rand_int_range (rand, 1, 5);
  guint k2 = g_rand_int_range (rand, k1, 10 - k1);
  g_autofree char *a = tenths_text (k1), *b = tenths_text (k2), *c = tenths_text (k1 + k2);
  DlmRoundedSum r32, r64;
  g_autofree char *s32 = NULL, *s64 = NULL, *facts = NULL;
  g_autofree char *prompt =
    /* TRANSLATORS: "In NumPy, 0.1 + 0.2 == 0.3 is computed with np.float32 numbers..." */
    g_strdup_printf (_("In NumPy, %s + %s == %s is computed with np.float32 numbers and again "
                       "with np.float64 numbers. What does each print?"), a, b, c);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  dlm_float32_sum_check (k1 / 10.0, k2 / 10.0, (k1 + k2) / 10.0, &r32);
  dlm_float64_sum_check (k1 / 10.0, k2 / 10.0, (k1 + k2) / 10.0, &r64);
  s32 = dlm_datatypes_sum_sentence (&r32, TRUE, c, " ");
  s64 = dlm_datatypes_sum_sentence (&r64, FALSE, c, " ");
  facts = g_strdup_printf ("%s. %s.", s32, s64);
  for (guint k = 0; k < 4; k++)
    {
      gboolean eq32 = k & 1, eq64 = k >> 1;
      gboolean right = eq32 == (r32.ulps == 0) && eq64 == (r64.ulps == 0);

      dlm_quiz_question_take_choice (q, right,
                                     /* TRANSLATORS: True and False are Python's, keep them */
                                     g_strdup_printf (_("float32: %s, float64: %s"),
                                                      eq32 ? "True" : "False", eq64 ? "True" : "False"),
                                     right ? g_strdup_printf (_("Right: %s"), facts)
                                           : g_strdup_printf (_("Not so: %s"), facts));
    }
  g_ptr_array_add (questions, q);
}

/* ---- dtypes --------------------------------------------------------------- */

/* One random element of @kind as Python writes it. */
static char *
random_literal (GRand     *rand,
                DlmPyKind  kind)
{
  static const char *const words[] = { "'cat'", "'dog'", "'red'", "'yes'", "'hi'", "'tensor'" };

  switch (kind)
    {
    case DLM_PY_BOOL:  return g_strdup (g_rand_boolean (rand) ? "True" : "False");
    case DLM_PY_INT:   return g_strdup_printf ("%d", g_rand_int_range (rand, -9, 100));
    case DLM_PY_FLOAT: return g_strdup_printf ("%d.%d", g_rand_int_range (rand, 0, 10), g_rand_int_range (rand, 1, 10));
    case DLM_PY_STR:
    default:           return g_strdup (words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))]);
    }
}

/* A list of 2 to 4 elements whose highest kind is at most @top, drawn so
 * that each kind up to @top is as likely to decide the dtype. */
static DlmPyList *
random_list (GRand     *rand,
             DlmPyKind  top)
{
  DlmPyKind highest = g_rand_int_range (rand, DLM_PY_BOOL, top + 1);
  guint n = g_rand_int_range (rand, 2, 5), at = g_rand_int_range (rand, 0, n);
  g_autoptr(GString) text = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *element = random_literal (rand, i == at ? highest
                                                 : (DlmPyKind) g_rand_int_range (rand, DLM_PY_BOOL, highest + 1));

      g_string_append_printf (text, "%s%s", i > 0 ? ", " : "", element);
    }
  g_string_append_c (text, ']');
  return dlm_py_list_parse ("values", text->str, NULL);
}

static const char *
numpy_reason (DlmPyKind kind)
{
  switch (kind)
    {
    case DLM_PY_BOOL:  return _("bool holds only True and False; every element would have to be one.");
    case DLM_PY_INT:   return _("int64 holds whole numbers and bools, but no decimal and no text.");
    case DLM_PY_FLOAT: return _("float64 holds numbers and bools, but no text.");
    case DLM_PY_STR:
    default:           return _("A string dtype comes only from a list with a string in it.");
    }
}

static void
add_numpy_dtype_question (GPtrArray *questions,
                          GRand     *rand)
{
  g_autoptr(DlmPyList) list = random_list (rand, DLM_PY_STR);
  g_autofree char *text = dlm_py_list_format (list);
  g_autofree char *prompt = g_strdup_printf (_("Which dtype does np.array(%s) have?"), text);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);
  DlmPyKind kind = dlm_py_list_kind (list);
  DlmInferredDtype right;
  g_autofree char *each = NULL;

  dlm_numpy_infer_dtype (list, &right);
  each = dlm_datatypes_bytes_each (right.itemsize);
  for (DlmPyKind k = DLM_PY_BOOL; k <= DLM_PY_STR; k++)
    {
      const char *names[] = { "bool", "int64", "float64", "<U21" };

      if (k == kind)
        dlm_quiz_question_take_choice (q, TRUE, g_strdup (right.name),
                                       /* TRANSLATORS: "... holds each: float64, 8 bytes per element." */
                                       g_strdup_printf (_("Right: one dtype for all elements, the lowest that holds "
                                                          "each: %s, %s."), right.name, each));
      else
        dlm_quiz_question_add_choice (q, FALSE, names[k], numpy_reason (k));
    }
  g_ptr_array_add (questions, q);
}

static void
add_torch_dtype_question (GPtrArray *questions,
                          GRand     *rand)
{
  g_autoptr(DlmPyList) list = random_list (rand, DLM_PY_STR);
  g_autofree char *text = dlm_py_list_format (list);
  g_autofree char *prompt = g_strdup_printf (_("What does torch.tensor(%s) give?"), text);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);
  DlmInferredDtype torch, numpy;
  const char *names[] = { "torch.bool", "torch.int64", "torch.float32", "torch.float64" };
  g_autofree char *each = NULL;

  dlm_torch_infer_dtype (list, &torch);
  dlm_numpy_infer_dtype (list, &numpy);
  each = dlm_datatypes_bytes_each (torch.itemsize);
  for (guint k = 0; k < G_N_ELEMENTS (names); k++)
    {
      gboolean right = torch.exists && g_strcmp0 (torch.name, names[k]) == 0;

      dlm_quiz_question_take_choice (q, right, g_strdup_printf (_("A tensor of dtype %s"), names[k]),
                                     right ? g_strdup_printf (_("Right: the lowest dtype that holds each element, "
                                                                "%s, %s."), names[k], each)
                                     : k == 3 ? g_strdup (_("float64 is NumPy's default float; PyTorch makes "
                                                            "decimals float32 unless told otherwise."))
                                     : g_strdup (_("Not for these elements: the tensor takes the lowest dtype that "
                                                   "holds each, bool, then int64, then float32.")));
    }
  dlm_quiz_question_take_choice (q, !torch.exists, g_strdup (_("An error: PyTorch has no string tensors")),
                                 !torch.exists
                                 ? g_strdup_printf (_("Right: a string makes NumPy's %s, but torch.tensor() "
                                                      "refuses text."), numpy.name)
                                 : g_strdup (_("There is no string in the list, so PyTorch makes a tensor.")));
  g_ptr_array_add (questions, q);
}

/* ---- statistical data types --------------------------------------------- */

typedef enum { CATEGORICAL, ORDINAL, INTERVAL, RATIO, N_KINDS } Kind;

static const struct { const char *variable; Kind kind; } variables[] = {
  { N_("blood type (A, B, AB or O)"), CATEGORICAL },
  { N_("eye color"), CATEGORICAL },
  { N_("country of birth"), CATEGORICAL },
  { N_("shirt size (S, M, L, XL)"), ORDINAL },
  { N_("a rating from one to five stars"), ORDINAL },
  { N_("highest school degree"), ORDINAL },
  { N_("temperature in °C"), INTERVAL },
  { N_("calendar year"), INTERVAL },
  { N_("height in cm"), RATIO },
  { N_("reaction time in milliseconds"), RATIO },
  { N_("number of children"), RATIO },
};

static void
add_kind_question (GPtrArray *questions,
                   GRand     *rand)
{
  guint v = g_rand_int_range (rand, 0, G_N_ELEMENTS (variables));
  const char *names[N_KINDS] = { _("Categorical (nominal)"), _("Ordinal"), _("Interval"), _("Ratio") };
  const char *reasons[N_KINDS] = {
    _("Categorical values are names: they can be counted, but have no order."),
    _("Ordinal values have an order, but the steps between them need not be equal."),
    _("Interval values have equal steps, so differences make sense, but zero is not “none”."),
    _("Ratio values have a true zero (0 means none), so “twice as much” makes sense."),
  };
  g_autofree char *prompt = g_strdup_printf (_("Which statistical data type is %s?"), _(variables[v].variable));
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  for (Kind k = CATEGORICAL; k < N_KINDS; k++)
    dlm_quiz_question_take_choice (q, k == variables[v].kind, g_strdup (names[k]),
                                   k == variables[v].kind ? g_strdup_printf (_("Right: %s"), reasons[k])
                                   : g_strdup (reasons[k]));
  g_ptr_array_add (questions, q);
}

/* How a network is fed a categorical or an ordinal variable: one-hot for
 * the one, ordered integers for the other. */
static void
add_encoding_question (GPtrArray *questions,
                       GRand     *rand)
{
  static const char *const sizes[] = { "S", "M", "L", "XL" };
  static const char *const bloods[] = { "A", "B", "AB", "O" };
  gboolean ordinal = g_rand_boolean (rand);
  guint pick = g_rand_int_range (rand, 0, 4);
  const char *const *names = ordinal ? sizes : bloods;
  double one_hot[4] = { 0 };
  g_autofree char *vector = NULL;
  g_autofree char *prompt = ordinal
    ? g_strdup_printf (_("A network is fed shirt sizes S, M, L and XL. How is the size %s best encoded?"), names[pick])
    : g_strdup_printf (_("A network is fed blood types A, B, AB and O. How is the type %s best encoded?"), names[pick]);
  DlmQuizQuestion *q = dlm_quiz_question_new (prompt);

  one_hot[pick] = 1;
  vector = dlm_quiz_format_vector (one_hot, 4);
  dlm_quiz_question_take_choice (q, !ordinal, g_strdup_printf (_("As the one-hot vector %s"), vector),
                                 !ordinal ? g_strdup (_("Right: blood types have no order, and one-hot gives "
                                                        "each its own input without inventing one."))
                                 : g_strdup (_("One-hot works, but throws away the order S < M < L < XL "
                                               "that ordered integers keep.")));
  dlm_quiz_question_take_choice (q, ordinal, g_strdup_printf (_("As the integer %u"), pick),
                                 ordinal ? g_strdup_printf (_("Right: sizes have an order, and the integers 0 to 3 "
                                                              "keep it: %s is %u."), names[pick], pick)
                                 : g_strdup (_("An integer invents an order and distances: O (3) would count "
                                               "as three times B (1).")));
  dlm_quiz_question_add_choice (q, FALSE, _("As the text itself"),
                                _("A network computes with numbers: text has to be encoded first."));
  g_ptr_array_add (questions, q);
}

void
dlm_datatypes_quiz_build (GPtrArray *questions,
                          GRand     *rand)
{
  add_scalar_question (questions);
  add_vector_question (questions, rand);
  add_tensor_question (questions, rand);
  add_meaning_question (questions);
  add_numeric_question (questions);
  add_memory_question (questions, rand);
  add_rounding_question (questions, rand);
  add_numpy_dtype_question (questions, rand);
  add_torch_dtype_question (questions, rand);
  add_kind_question (questions, rand);
  add_encoding_question (questions, rand);
}

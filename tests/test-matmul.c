/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <gsl/gsl_blas.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-matmul.h"
#include "dlm-matmul-topic.h"
#include "dlm-matrix-grid.h"
#include "dlm-parse.h"
#include "golden.h"
#include "topic-test.h"

/* Reference products from Debian's NumPy (/usr/bin/python3), with
 *   np.random.seed(s); A = np.random.randint(0, 10, size=(r, n));
 *   B = np.random.randint(0, 10, size=(n, c)); A @ B, B @ A */
typedef struct {
  guint32       seed;
  guint         rows, inner, cols;
  const double *a, *b, *ab;
} RandomCase;

/* seed 42, (3, 3, 3) */
static const double r42_a[] = { 6, 3, 7, 4, 6, 9, 2, 6, 7 };
static const double r42_b[] = { 4, 3, 7, 7, 2, 5, 4, 1, 7 };
static const double r42_ab[] = { 73, 31, 106, 94, 33, 121, 78, 25, 93 };
static const double r42_ba[] = { 50, 72, 104, 60, 63, 102, 42, 60, 86 };
/* seed 7, (2, 4, 3) */
static const double r7_a[] = { 4, 9, 6, 3, 3, 7, 7, 9 };
static const double r7_b[] = { 7, 8, 9, 8, 7, 6, 4, 0, 7, 0, 7, 6 };
static const double r7_ab[] = { 124, 116, 150, 105, 136, 172 };
/* seed 0, (5, 2, 7) */
static const double r0_a[] = { 5, 0, 3, 3, 7, 9, 3, 5, 2, 4 };
static const double r0_b[] = { 7, 6, 8, 8, 1, 6, 7, 7, 8, 1, 5, 9, 8, 9 };
static const double r0_ab[] = { 35, 30, 40, 40, 5, 30, 35, 42, 42, 27, 39, 30, 42, 48, 112, 114,
                                65, 101, 88, 114, 130, 56, 58, 29, 49, 48, 58, 66, 42, 44, 20,
                                36, 38, 44, 50 };

static const RandomCase random_cases[] = {
  { 42, 3, 3, 3, r42_a, r42_b, r42_ab },
  { 7, 2, 4, 3, r7_a, r7_b, r7_ab },
  { 0, 5, 2, 7, r0_a, r0_b, r0_ab },
};

static void
apply_ok (DlmTopic           *topic,
          const char *const  *assignments)
{
  g_autoptr(GError) error = NULL;

  if (!dlm_topic_apply (topic, assignments, &error))
    g_error ("refused: %s", error->message);
}

static void
assert_matrix (const gsl_matrix *m,
               gsize             rows,
               gsize             cols,
               const double     *expected)
{
  g_assert_cmpuint (m->size1, ==, rows);
  g_assert_cmpuint (m->size2, ==, cols);
  for (gsize i = 0; i < rows; i++)
    for (gsize j = 0; j < cols; j++)
      g_assert_cmpfloat (gsl_matrix_get (m, i, j), ==, expected[i * cols + j]);
}

static void
test_course_example (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  static const double c[] = { 20, 28, 52, 76 };
  /* the course writes the top row out: 1×2 + 3×6 = 20, 1×4 + 3×8 = 28 */
  static const char *const terms[] = { "1×2 + 3×6 = 20", "1×4 + 3×8 = 28",
                                       "5×2 + 7×6 = 52", "5×4 + 7×8 = 76" };
  g_autofree char *a = dlm_topic_get_param_text (topic, "a");
  g_autofree char *b = dlm_topic_get_param_text (topic, "b");

  g_assert_cmpstr (a, ==, "1 3; 5 7");
  g_assert_cmpstr (b, ==, "2 4; 6 8");
  assert_matrix (dlm_matmul_topic_get_product (self), 2, 2, c);
  g_assert_cmpuint (dlm_matmul_topic_get_n_steps (self), ==, 4);
  for (guint step = 1; step <= 4; step++)
    {
      guint i, j;
      g_autofree char *text = NULL;

      dlm_matmul_step_entry (step, 2, &i, &j);
      g_assert_cmpuint (i, ==, (step - 1) / 2);
      g_assert_cmpuint (j, ==, (step - 1) % 2);
      text = dlm_matmul_topic_get_terms (self, i, j);
      g_assert_cmpstr (text, ==, terms[step - 1]);
    }
}

/* Row by row: step s fills entry ((s − 1) / cols, (s − 1) mod cols). */
static void
test_step_mapping (void)
{
  static const guint expected[][2] = { { 0, 0 }, { 0, 1 }, { 0, 2 }, { 1, 0 }, { 1, 1 }, { 1, 2 } };

  for (guint s = 1; s <= 6; s++)
    {
      guint i, j;

      dlm_matmul_step_entry (s, 3, &i, &j);
      g_assert_cmpuint (i, ==, expected[s - 1][0]);
      g_assert_cmpuint (j, ==, expected[s - 1][1]);
    }
}

static void
test_terms_text (void)
{
  g_autoptr(gsl_matrix) a = dlm_parse_matrix ("a", "1 -2 0.5", 100, NULL);
  g_autoptr(gsl_matrix) b = dlm_parse_matrix ("b", "4; 3; -6", 100, NULL);
  g_autoptr(gsl_matrix) long_a = gsl_matrix_alloc (1, 12);
  g_autoptr(gsl_matrix) long_b = gsl_matrix_alloc (12, 1);
  g_autofree char *t = dlm_matmul_terms (a, b, 0, 0, -5, 8);
  g_autofree char *shortened = NULL;

  g_assert_cmpstr (t, ==, "1×4 + (−2)×3 + 0.5×(−6) = −5");
  for (guint k = 0; k < 12; k++)
    {
      gsl_matrix_set (long_a, 0, k, k + 1);
      gsl_matrix_set (long_b, k, 0, 1);
    }
  shortened = dlm_matmul_terms (long_a, long_b, 0, 0, 78, 4);
  g_assert_cmpstr (shortened, ==, "1×1 + 2×1 + 3×1 + … + 12×1 = 78");
}

/* A factor written in powers of ten keeps its own × inside parentheses,
 * so the product's × stays the only one between factors. */
static void
test_terms_powers_of_ten (void)
{
  g_autoptr(gsl_matrix) a = dlm_parse_matrix ("a", "12345678.5 -2", 100, NULL);
  g_autoptr(gsl_matrix) b = dlm_parse_matrix ("b", "2; 4", 100, NULL);
  g_autofree char *t = dlm_matmul_terms (a, b, 0, 0, 24691349, 8);

  g_assert_true (g_str_has_prefix (t, "(1.23457 × 10⁷)×2 + (−2)×4 = "));
}

/* Every figure writes a product with one sign, ×: no "·" or "•" in any
 * view, in the size rule's titles, or between matrices. */
static void
test_one_multiplication_sign (void)
{
  static const char *const views[] = { "steps", "sizes", "random" };
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();

  apply_ok (topic, (const char *[]) { "step=2", NULL });
  for (guint v = 0; v < G_N_ELEMENTS (views); v++)
    {
      g_autofree char *view = g_strconcat ("view=", views[v], NULL);
      g_autoptr(GPtrArray) texts = NULL;

      apply_ok (topic, (const char *[]) { view, NULL });
      texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);
      g_assert_false (texts_contain (texts, "·"));
      g_assert_false (texts_contain (texts, "•"));
      g_assert_true (texts_contain (texts, "×"));
    }
}

/* The size rule says what a mismatch means: the product is undefined (no
 * "≠ ✗"), and why; of the course's six cases three have a result. */
static void
test_size_rule_figure (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  g_autoptr(GPtrArray) texts = NULL;
  guint undefined = 0, results = 0;

  apply_ok (topic, (const char *[]) { "view=sizes", NULL });
  texts = figure_texts (topic, DLM_THEME_LIGHT, 1366, 768);
  for (guint i = 0; i < texts->len; i++)
    {
      const char *text = g_ptr_array_index (texts, i);

      undefined += g_str_equal (text, "undefined");
      results += g_str_has_prefix (text, "✓ The inner sizes match: the result is ");
      g_assert_null (strstr (text, "≠"));
    }
  g_assert_cmpuint (undefined, ==, 3);
  g_assert_cmpuint (results, ==, 3);
  g_assert_true (texts_contain (texts, "B × A"));
  g_assert_true (texts_contain (texts, "✗ Not defined: the inner sizes 7 and 5 differ"));
  g_assert_true (texts_contain (texts, "the result is 7×2"));
}

static void
test_step_param (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  g_autofree char *desc0 = NULL, *desc2 = NULL, *desc9 = NULL;

  apply_ok (topic, (const char *[]) { "step=0", NULL });
  desc0 = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (desc0, "No entry"));
  apply_ok (topic, (const char *[]) { "step=2", NULL });
  desc2 = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (desc2, "Step 2 of 4"));
  g_assert_nonnull (strstr (desc2, "1×4 + 3×8 = 28"));
  /* beyond the last step, everything is filled and the last entry is current */
  apply_ok (topic, (const char *[]) { "step=9", NULL });
  desc9 = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (desc9, "Step 4 of 4"));
  g_assert_nonnull (strstr (desc9, "5×4 + 7×8 = 76"));
}

/* A reference product with plain gsl_blas_dgemm. */
static gsl_matrix *
blas_product (const gsl_matrix *a,
              CBLAS_TRANSPOSE_t ta,
              const gsl_matrix *b,
              CBLAS_TRANSPOSE_t tb)
{
  gsl_matrix *c = gsl_matrix_calloc (ta == CblasTrans ? a->size2 : a->size1,
                                     tb == CblasTrans ? b->size1 : b->size2);

  gsl_blas_dgemm (ta, tb, 1.0, a, b, 0.0, c);
  return c;
}

static void
test_random_against_numpy (void)
{
  for (guint k = 0; k < G_N_ELEMENTS (random_cases); k++)
    {
      const RandomCase *rc = &random_cases[k];
      g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
      DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
      g_autofree char *rows = g_strdup_printf ("rows=%u", rc->rows);
      g_autofree char *inner = g_strdup_printf ("inner=%u", rc->inner);
      g_autofree char *cols = g_strdup_printf ("cols=%u", rc->cols);
      g_autoptr(gsl_matrix) ref = NULL;

      dlm_topic_set_seed (topic, rc->seed);
      apply_ok (topic, (const char *[]) { "view=random", rows, inner, cols, NULL });
      assert_matrix (dlm_matmul_topic_get_random_a (self), rc->rows, rc->inner, rc->a);
      assert_matrix (dlm_matmul_topic_get_random_b (self), rc->inner, rc->cols, rc->b);
      assert_matrix (dlm_matmul_topic_get_product (self), rc->rows, rc->cols, rc->ab);
      ref = blas_product (dlm_matmul_topic_get_random_a (self), CblasNoTrans,
                          dlm_matmul_topic_get_random_b (self), CblasNoTrans);
      g_assert_true (gsl_matrix_equal (ref, dlm_matmul_topic_get_product (self)));
    }
}

/* Non-integer entries checked against dgemm called directly and NumPy:
 * np.array([[1.5,-2,0.25],[3,4,-1]]) @ np.array([[0.5,2],[-1,3],[4,-0.125]])
 *   -> [[3.75, -3.03125], [-6.5, 18.125]] */
static void
test_fractions_against_blas (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  static const double expected[] = { 3.75, -3.03125, -6.5, 18.125 };
  g_autoptr(gsl_matrix) a = dlm_parse_matrix ("a", "1.5 -2 0.25; 3 4 -1", 100, NULL);
  g_autoptr(gsl_matrix) b = dlm_parse_matrix ("b", "0.5 2; -1 3; 4 -0.125", 100, NULL);
  g_autoptr(gsl_matrix) ref = blas_product (a, CblasNoTrans, b, CblasNoTrans);

  apply_ok (topic, (const char *[]) { "a=1.5 -2 0.25; 3 4 -1", "b=0.5 2; -1 3; 4 -0.125", NULL });
  assert_matrix (dlm_matmul_topic_get_product (DLM_MATMUL_TOPIC (topic)), 2, 2, expected);
  g_assert_true (gsl_matrix_equal (ref, dlm_matmul_topic_get_product (DLM_MATMUL_TOPIC (topic))));
}

/* A = [[1,3],[5,7]], B = [[2,4],[6,8]]: A.T @ B, A @ B.T, A.T @ B.T, B @ A
 *   -> [[32, 44], [48, 68]] [[14, 30], [38, 86]] [[22, 46], [34, 74]] [[22, 34], [46, 74]] */
static void
test_transpose_toggles (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  static const double ta[] = { 32, 44, 48, 68 }, tb[] = { 14, 30, 38, 86 }, tab[] = { 22, 46, 34, 74 };
  g_autofree char *terms = NULL;

  apply_ok (topic, (const char *[]) { "transpose-a=true", NULL });
  assert_matrix (dlm_matmul_topic_get_product (self), 2, 2, ta);
  terms = dlm_matmul_topic_get_terms (self, 0, 0);
  g_assert_cmpstr (terms, ==, "1×2 + 5×6 = 32");
  apply_ok (topic, (const char *[]) { "transpose-a=false", "transpose-b=true", NULL });
  assert_matrix (dlm_matmul_topic_get_product (self), 2, 2, tb);
  apply_ok (topic, (const char *[]) { "transpose-a=true", NULL });
  assert_matrix (dlm_matmul_topic_get_product (self), 2, 2, tab);

  /* a 2×3 A and 2×2 B fit only with A transposed: (3×2)·(2×2) = 3×2 */
  apply_ok (topic, (const char *[]) { "a=1 2 3; 4 5 6", "b=1 0; 0 1", "transpose-a=true",
                                      "transpose-b=false", NULL });
  g_assert_cmpuint (dlm_matmul_topic_get_product (self)->size1, ==, 3);
  g_assert_cmpuint (dlm_matmul_topic_get_n_steps (self), ==, 6);
}

static void
test_not_commutative (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  static const double ba[] = { 22, 34, 46, 74 };
  g_autofree char *desc = NULL;

  /* the course's B·A */
  apply_ok (topic, (const char *[]) { "a=2 4; 6 8", "b=1 3; 5 7", NULL });
  assert_matrix (dlm_matmul_topic_get_product (DLM_MATMUL_TOPIC (topic)), 2, 2, ba);

  /* the random view says how many entries differ: all 9 for seed 42 */
  dlm_topic_set_seed (topic, 42);
  apply_ok (topic, (const char *[]) { "view=random", NULL });
  desc = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (desc, "AB ≠ BA: 9 entries differ"));
  (void) r42_ba;
}

static void
test_identity (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  static const double a[] = { 1, 3, 5, 7, -2, 0.5 };

  apply_ok (topic, (const char *[]) { "a=1 3; 5 7; -2 0.5", "b=1 0; 0 1", NULL });
  assert_matrix (dlm_matmul_topic_get_product (self), 3, 2, a);
  dlm_topic_set_seed (topic, 3);
  apply_ok (topic, (const char *[]) { "view=random", "rows=4", "inner=6", "cols=2", NULL });
  {
    g_autofree char *desc = dlm_topic_describe (topic);
    g_assert_nonnull (strstr (desc, "identity equals A"));
    g_assert_nonnull (strstr (desc, "BA is not defined"));
  }
}

static void
test_size_rule (void)
{
  static const struct { guint ar, ac, br, bc; gboolean ok; } cases[] = {
    { 5, 2, 2, 7, TRUE }, { 2, 7, 5, 2, FALSE }, { 5, 7, 5, 2, FALSE },
    { 7, 5, 5, 2, TRUE }, { 5, 1, 5, 1, FALSE }, { 1, 5, 5, 1, TRUE },
  };
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  g_autofree char *desc = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (cases); k++)
    {
      g_autoptr(GError) error = NULL;
      gboolean ok = dlm_matmul_check_shapes ("a", "A", cases[k].ar, cases[k].ac, "B",
                                             cases[k].br, cases[k].bc, &error);

      g_assert_cmpint (ok, ==, cases[k].ok);
      if (!ok)
        {
          g_autofree char *shapes = g_strdup_printf ("A is %u×%u and B is %u×%u", cases[k].ar,
                                                     cases[k].ac, cases[k].br, cases[k].bc);
          g_assert_error (error, DLM_ERROR, DLM_ERROR_INVALID);
          g_assert_nonnull (strstr (error->message, shapes));
          g_assert_nonnull (strstr (error->message, "A's columns must equal B's rows"));
        }
    }
  apply_ok (topic, (const char *[]) { "view=sizes", NULL });
  /* the description reads the figure's six cases, as the cursor does */
  desc = dlm_topic_describe (topic);
  g_assert_nonnull (strstr (desc, "Cᵀ × A, (7×5) × (5×2): ✓ The inner sizes match: the result is 7×2."));
  g_assert_nonnull (strstr (desc, "Vᵀ × W, (1×5) × (5×1): ✓ The inner sizes match: the result is 1×1."));
  g_assert_nonnull (strstr (desc, "B × A, (2×7) × (5×2): ✗ Not defined: the inner sizes 7 and 5 differ."));
}

static void
assert_unchanged (DlmTopic *topic)
{
  static const char *const keys[] = { "a", "b", "step", "transpose-a", "transpose-b", "view",
                                      "rows", "inner", "cols", "speed" };
  static const char *const defaults[] = { "1 3; 5 7", "2 4; 6 8", "1", "false", "false", "steps",
                                          "3", "3", "3", "1" };

  for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
    {
      g_autofree char *text = dlm_topic_get_param_text (topic, keys[k]);
      g_assert_cmpstr (text, ==, defaults[k]);
    }
}

static void
test_bad_input (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  g_autoptr(GString) many = g_string_new (NULL);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "a", "1 3; 5 x", "x" },
    { "a", "", "a" },
    { "a", "1 2; 3", "a" },
    { "a", "1 nan; 5 7", "nan" },
    { "a", "1 inf; 5 7", "inf" },
    { "a", "1 2 3; 4 5 6", "A is 2×3 and B is 2×2: the inner sizes 3 and 2 differ; A's columns must equal B's rows" },
    { "b", "2 4", "A is 2×2 and B is 1×2: the inner sizes 2 and 1 differ" },
    { "b", "2 4; 6 y", "y" },
    { "b", "", "b" },
    { "b", "1; 2 3", "b" },
    { "b", "-inf 1; 2 3", "inf" },
    { "transpose-a", "maybe", "true" },
    { "transpose-b", "2", "false" },
    { "step", "-1", "step" },
    { "step", "10001", "10000" },
    { "step", "two", "step" },
    { "view", "pie", "steps|sizes|random" },
    { "rows", "0", "rows" },
    { "rows", "51", "50" },
    { "inner", "2.5", "inner" },
    { "inner", "", "inner" },
    { "cols", "100", "50" },
    { "speed", "0.1", "0.25" },
    { "speed", "5", "4" },
    { "speed", "fast", "speed" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;

      g_assert_false (dlm_topic_set_param (topic, bad[i].key, bad[i].value, &error));
      g_assert_error (error, DLM_ERROR, error->code);
      if (strstr (error->message, bad[i].needle) == NULL ||
          !g_str_has_prefix (error->message, bad[i].key))
        g_error ("%s=%s: “%s” lacks “%s”", bad[i].key, bad[i].value, error->message, bad[i].needle);
      assert_unchanged (topic);
    }

  /* too many entries for a matrix, and a product too big */
  for (guint i = 0; i < 10001; i++)
    g_string_append (many, "1 ");
  {
    g_autoptr(GError) error = NULL;
    g_assert_false (dlm_topic_set_param (topic, "a", many->str, &error));
    g_assert_nonnull (strstr (error->message, "10000"));
    assert_unchanged (topic);
  }
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(GString) col = g_string_new (NULL);
    g_autoptr(GString) row = g_string_new (NULL);
    g_autofree char *a = NULL, *b = NULL;

    for (guint i = 0; i < 200; i++)
      {
        g_string_append (col, i ? "; 1" : "1");
        g_string_append (row, " 1");
      }
    a = g_strconcat ("a=", col->str, NULL);
    b = g_strconcat ("b=", row->str, NULL);
    g_assert_false (dlm_topic_apply (topic, (const char *[]) { a, b, NULL }, &error));
    g_assert_nonnull (strstr (error->message, "200×200"));
    assert_unchanged (topic);
  }
  /* the transpose toggle that breaks the fit is refused and named */
  {
    g_autoptr(GError) error = NULL;

    apply_ok (topic, (const char *[]) { "a=1 2 3; 4 5 6", "transpose-a=true", "b=1 0; 0 1", NULL });
    g_assert_false (dlm_topic_set_param (topic, "transpose-a", "false", &error));
    g_assert_true (g_str_has_prefix (error->message, "transpose-a: A is 2×3 and B is 2×2"));
  }
}

/* The random view's CSV is its AB, numbers only, no header: it reads back
 * as the product. */
static void
assert_csv_is_product (DlmTopic *topic)
{
  const gsl_matrix *c = dlm_matmul_topic_get_product (DLM_MATMUL_TOPIC (topic));
  g_autofree char *csv = dlm_topic_to_csv (topic);
  g_autoptr(GHashTable) table = summary_of (topic);
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, c->size1 + 1);
  g_assert_cmpstr (lines[c->size1], ==, "");
  for (gsize i = 0; i < c->size1; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, c->size2);
      for (gsize j = 0; j < c->size2; j++)
        {
          char *end;
          double v = g_ascii_strtod (fields[j], &end);
          g_assert_cmpint (*end, ==, '\0');
          g_assert_cmpfloat (v, ==, gsl_matrix_get (c, i, j));
        }
    }
  g_assert_cmpint (atoi (g_hash_table_lookup (table, "random_rows")), ==, c->size1);
  g_assert_cmpint (atoi (g_hash_table_lookup (table, "random_cols")), ==, c->size2);
  /* rows and cols are the typed product's, which this view does not show */
  g_assert_false (g_hash_table_contains (table, "rows"));
}

/* The steps view writes the entries filled so far, each with the products
 * of row i of A and column j of B behind it:
 *   /usr/bin/python3 -c "import numpy as np; A=np.array([[1,3],[5,7]]); B=np.array([[2,4],[6,8]]);
 *     print([(A[i]*B[:,j]).tolist() for i in range(2) for j in range(2)], (A@B).ravel().tolist())"
 *   -> [[2, 18], [4, 24], [10, 42], [20, 56]] [20, 28, 52, 76] */
static void
test_csv_summary (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  g_autofree char *csv = dlm_topic_to_csv (topic), *all = NULL, *sizes = NULL;
  g_autoptr(GHashTable) first = summary_of (topic), last = NULL, rule = NULL;

  g_assert_cmpstr (csv, ==, "index,row,col,value,product_0,product_1\n0,0,0,20,2,18\n");
  g_assert_cmpfloat (summary_number (first, "rows"), ==, 2);
  g_assert_cmpfloat (summary_number (first, "cols"), ==, 2);
  g_assert_cmpfloat (summary_number (first, "filled"), ==, 1);
  g_assert_cmpfloat (summary_number (first, "current_value"), ==, 20);
  apply_ok (topic, (const char *[]) { "step=4", NULL });
  all = dlm_topic_to_csv (topic);
  g_assert_cmpstr (all, ==, "index,row,col,value,product_0,product_1\n0,0,0,20,2,18\n1,0,1,28,4,24\n"
                            "2,1,0,52,10,42\n3,1,1,76,20,56\n");
  last = summary_of (topic);
  g_assert_cmpfloat (summary_number (last, "current_row"), ==, 1);
  g_assert_cmpfloat (summary_number (last, "current_col"), ==, 1);
  g_assert_cmpfloat (summary_number (last, "current_value"), ==, 76);

  apply_ok (topic, (const char *[]) { "view=sizes", NULL });
  sizes = dlm_topic_to_csv (topic);
  g_assert_true (g_str_has_prefix (sizes, "index,first,second,a_rows,a_cols,b_rows,b_cols,defined,"
                                          "result_rows,result_cols\n0,A,B,5,2,2,7,1,5,7\n1,B,A,2,7,5,2,0,,\n"));
  rule = summary_of (topic);
  g_assert_cmpfloat (summary_number (rule, "cases"), ==, 6);
  g_assert_cmpfloat (summary_number (rule, "defined_cases"), ==, 3);

  dlm_topic_set_seed (topic, 0);
  apply_ok (topic, (const char *[]) { "view=random", "rows=5", "inner=2", "cols=7", NULL });
  assert_csv_is_product (topic);
}

/* Every view draws at several sizes (big products as heat maps), and the
 * probe reads the cells of C after a render. */
static void
test_render_and_probe (void)
{
  g_autoptr(DlmTopic) topic = dlm_matmul_topic_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1280, 720);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;
  DlmProbe probe = { 0 };
  gboolean found = FALSE;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1.0);
  apply_ok (topic, (const char *[]) { "step=4", NULL });
  dlm_topic_render (topic, cr, &theme, 1280, 720);
  for (double x = 640; x < 1280 && !found; x += 4)
    for (double y = 60; y < 500 && !found; y += 4)
      {
        if (dlm_topic_probe (topic, x, y, &probe) && g_str_has_prefix (probe.text, "C, row 2, column 2"))
          found = TRUE;
        else
          dlm_probe_clear (&probe);
      }
  g_assert_true (found);
  g_assert_nonnull (strstr (probe.text, "5×4 + 7×8 = 76"));
  dlm_probe_clear (&probe);

  apply_ok (topic, (const char *[]) { "view=random", "rows=50", "inner=50", "cols=50", NULL });
  dlm_topic_render (topic, cr, &theme, 1280, 720);
  apply_ok (topic, (const char *[]) { "view=sizes", NULL });
  dlm_topic_render (topic, cr, &theme, 320, 200);
  g_assert_false (dlm_topic_probe (topic, 100, 100, &probe));
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* The grid primitive: heat map beyond 12 per side, geometry round trip. */
static void
test_matrix_grid (void)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 400, 300);
  cairo_t *cr = cairo_create (surface);
  double values[13 * 13] = { 0 };
  DlmMatrixGrid grid = DLM_MATRIX_GRID_INIT;
  DlmGridGeometry g;
  DlmTheme theme;
  guint row, col;

  dlm_theme_init (&theme, DLM_THEME_DARK, 1.0);
  grid.values = values;
  grid.rows = 12;
  grid.cols = 12;
  g_assert_false (dlm_matrix_grid_use_heat_map (cr, &theme, &grid, 0));
  grid.rows = 13;
  g_assert_true (dlm_matrix_grid_use_heat_map (cr, &theme, &grid, 0));
  grid.cols = 13;
  g = dlm_matrix_grid_draw (cr, &theme, &grid, (DlmRect) { 0, 0, 400, 300 });
  g_assert_true (g.valid && g.heat_map);
  {
    DlmRect r = dlm_grid_geometry_cell_rect (&g, 4, 7);
    g_assert_true (dlm_grid_geometry_cell_at (&g, r.x + 1, r.y + 1, &row, &col));
    g_assert_cmpuint (row, ==, 4);
    g_assert_cmpuint (col, ==, 7);
  }
  g_assert_false (dlm_grid_geometry_cell_at (&g, g.cells.x - 1, g.cells.y, &row, &col));
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

/* ---- golden images ----------------------------------------------------- */

static const DlmGolden goldens[] = {
  { "matmul-step0-light", dlm_matmul_topic_get_type, { "step=0", NULL }, DLM_THEME_LIGHT },
  { "matmul-step2-dark", dlm_matmul_topic_get_type, { "step=2", NULL }, DLM_THEME_DARK },
  { "matmul-step4-projector", dlm_matmul_topic_get_type, { "step=4", NULL }, DLM_THEME_PROJECTOR },
  { "matmul-step2-light", dlm_matmul_topic_get_type, { "step=2", NULL }, DLM_THEME_LIGHT },
  { "matmul-sizes-light", dlm_matmul_topic_get_type, { "view=sizes", NULL }, DLM_THEME_LIGHT },
  { "matmul-sizes-dark", dlm_matmul_topic_get_type, { "view=sizes", NULL }, DLM_THEME_DARK },
  { "matmul-sizes-projector", dlm_matmul_topic_get_type, { "view=sizes", NULL }, DLM_THEME_PROJECTOR },
  { "matmul-random-light", dlm_matmul_topic_get_type, { "view=random", NULL }, DLM_THEME_LIGHT },
  { "matmul-random-dark", dlm_matmul_topic_get_type, { "view=random", "rows=2", "cols=4", NULL },
    DLM_THEME_DARK },
  { "matmul-heatmap-light", dlm_matmul_topic_get_type,
    { "view=random", "rows=20", "cols=20", NULL }, DLM_THEME_LIGHT },
  { "matmul-heatmap-projector", dlm_matmul_topic_get_type,
    { "view=random", "rows=20", "cols=20", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/matmul/course-example", test_course_example);
  g_test_add_func ("/topics/matmul/step-mapping", test_step_mapping);
  g_test_add_func ("/topics/matmul/terms-text", test_terms_text);
  g_test_add_func ("/topics/matmul/terms-powers-of-ten", test_terms_powers_of_ten);
  g_test_add_func ("/topics/matmul/one-multiplication-sign", test_one_multiplication_sign);
  g_test_add_func ("/topics/matmul/size-rule-figure", test_size_rule_figure);
  g_test_add_func ("/topics/matmul/step-param", test_step_param);
  g_test_add_func ("/topics/matmul/random-against-numpy", test_random_against_numpy);
  g_test_add_func ("/topics/matmul/fractions-against-blas", test_fractions_against_blas);
  g_test_add_func ("/topics/matmul/transpose-toggles", test_transpose_toggles);
  g_test_add_func ("/topics/matmul/not-commutative", test_not_commutative);
  g_test_add_func ("/topics/matmul/identity", test_identity);
  g_test_add_func ("/topics/matmul/size-rule", test_size_rule);
  g_test_add_func ("/topics/matmul/bad-input", test_bad_input);
  g_test_add_func ("/topics/matmul/csv-summary", test_csv_summary);
  g_test_add_func ("/topics/matmul/render-and-probe", test_render_and_probe);
  g_test_add_func ("/topics/matmul/matrix-grid", test_matrix_grid);
  dlm_golden_add_tests ("/topics/matmul/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}

/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <math.h>
#include <string.h>

#include "dlm-error.h"
#include "dlm-layout.h"
#include "dlm-transpose-topic.h"
#include "golden.h"
#include "topic-test.h"

/* The course's 5 × 2 matrix and its transpose from Debian's NumPy:
 *   A = np.array([[1, 5], [0, 6], [2, 8], [5, 3], [-2, 0]]); A.T.tolist()
 *   -> [[1, 0, 2, 5, -2], [5, 6, 8, 3, 0]] */
static const double course_a[5][2] = { { 1, 5 }, { 0, 6 }, { 2, 8 }, { 5, 3 }, { -2, 0 } };
static const double course_at[2][5] = { { 1, 0, 2, 5, -2 }, { 5, 6, 8, 3, 0 } };
/* v = A[:, 0]; v @ v -> 34 (the course's vector 1, 0, 2, 5, −2) */
#define COURSE_VTV 34.0

static void
assert_matrix_equal (const gsl_matrix *a,
                     const gsl_matrix *b)
{
  g_assert_cmpuint (a->size1, ==, b->size1);
  g_assert_cmpuint (a->size2, ==, b->size2);
  for (guint i = 0; i < a->size1; i++)
    for (guint j = 0; j < a->size2; j++)
      g_assert_cmpfloat (gsl_matrix_get (a, i, j), ==, gsl_matrix_get (b, i, j));
}

static DlmTransposeTopic *
new_topic (void)
{
  return DLM_TRANSPOSE_TOPIC (dlm_transpose_topic_new ());
}

/* ---- numbers ------------------------------------------------------------ */

static void
test_course_example (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  const gsl_matrix *a = dlm_transpose_topic_get_matrix (topic);
  const gsl_matrix *at = dlm_transpose_topic_get_transpose (topic);
  g_autofree char *matrix = dlm_topic_get_param_text (DLM_TOPIC (topic), "matrix");
  g_autoptr(GHashTable) s = summary_of (DLM_TOPIC (topic));

  g_assert_cmpstr (dlm_topic_get_id (DLM_TOPIC (topic)), ==, "transpose");
  g_assert_cmpstr (matrix, ==, "1 5; 0 6; 2 8; 5 3; -2 0");
  g_assert_cmpuint (a->size1, ==, 5);
  g_assert_cmpuint (a->size2, ==, 2);
  g_assert_cmpuint (at->size1, ==, 2);
  g_assert_cmpuint (at->size2, ==, 5);
  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < 2; j++)
      {
        g_assert_cmpfloat (gsl_matrix_get (a, i, j), ==, course_a[i][j]);
        g_assert_cmpfloat (gsl_matrix_get (at, j, i), ==, course_at[j][i]);
      }
  g_assert_false (dlm_transpose_topic_is_symmetric (topic));
  g_assert_cmpfloat (dlm_transpose_topic_get_vtv (topic), ==, COURSE_VTV);
  g_assert_cmpfloat (summary_number (s, "rows"), ==, 2);
  g_assert_cmpfloat (summary_number (s, "cols"), ==, 5);
  g_assert_cmpfloat (summary_number (s, "symmetric"), ==, 0);
  g_assert_cmpfloat (summary_number (s, "vtv"), ==, COURSE_VTV);
}

/* (Aᵀ)ᵀ = A: the transpose, typed back in, transposes to A. */
static void
test_double_transpose (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  g_autoptr(DlmTransposeTopic) back = new_topic ();
  g_autofree char *csv = dlm_topic_to_csv (DLM_TOPIC (topic));
  g_autofree char *typed = NULL;
  g_auto(GStrv) rows = NULL;

  /* the CSV's rows, joined by ';', are a matrix the parser reads */
  g_strstrip (csv);
  rows = g_strsplit (csv, "\n", -1);
  typed = g_strjoinv ("; ", rows);
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (back), "matrix", typed, NULL));
  assert_matrix_equal (dlm_transpose_topic_get_transpose (back), dlm_transpose_topic_get_matrix (topic));

  /* and for numbers that are not integers */
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "matrix", "[[1.5, -2.25, 0.1], [1e-3, 7, 3.3]]", NULL));
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (back), "matrix", "1.5 0.001; -2.25 7; 0.1 3.3", NULL));
  assert_matrix_equal (dlm_transpose_topic_get_transpose (back), dlm_transpose_topic_get_matrix (topic));
  assert_matrix_equal (dlm_transpose_topic_get_transpose (topic), dlm_transpose_topic_get_matrix (back));
}

/* (αA)ᵀ = αAᵀ: the rules view computes both ways; compare with the
 * transpose scaled here. NumPy: ((2.5 * A).T == 2.5 * A.T).all() -> True */
static void
test_scalar_rule (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  const gsl_matrix *scaled_t, *alpha_t;

  /* the default α = 2 */
  scaled_t = dlm_transpose_topic_get_scaled_transpose (topic);
  g_assert_cmpfloat (gsl_matrix_get (scaled_t, 1, 2), ==, 16);
  assert_matrix_equal (scaled_t, dlm_transpose_topic_get_alpha_transpose (topic));

  /* NumPy: (-2.5 * A).T.tolist() ->
   *   [[-2.5, -0.0, -5.0, -12.5, 5.0], [-12.5, -15.0, -20.0, -7.5, -0.0]] */
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "scalar", "-2.5", NULL));
  scaled_t = dlm_transpose_topic_get_scaled_transpose (topic);
  alpha_t = dlm_transpose_topic_get_alpha_transpose (topic);
  g_assert_cmpuint (scaled_t->size1, ==, 2);
  g_assert_cmpuint (scaled_t->size2, ==, 5);
  for (guint i = 0; i < 2; i++)
    for (guint j = 0; j < 5; j++)
      g_assert_cmpfloat (gsl_matrix_get (scaled_t, i, j), ==, -2.5 * course_at[i][j]);
  assert_matrix_equal (scaled_t, alpha_t);
  /* the scalar leaves A, Aᵀ and the summary alone */
  g_assert_cmpfloat (gsl_matrix_get (dlm_transpose_topic_get_transpose (topic), 1, 2), ==, 8);
}

static void
test_symmetric (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  g_autoptr(GHashTable) s = NULL;
  g_autoptr(GHashTable) t = NULL;
  g_autofree char *description = NULL;

  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "matrix", "2 1 0; 1 3 4; 0 4 5", NULL));
  g_assert_true (dlm_transpose_topic_is_symmetric (topic));
  assert_matrix_equal (dlm_transpose_topic_get_transpose (topic), dlm_transpose_topic_get_matrix (topic));
  s = summary_of (DLM_TOPIC (topic));
  g_assert_cmpfloat (summary_number (s, "symmetric"), ==, 1);
  g_assert_cmpfloat (summary_number (s, "rows"), ==, 3);
  description = dlm_topic_describe (DLM_TOPIC (topic));
  g_assert_nonnull (strstr (description, "symmetric"));

  /* one entry off its mirror image, and a non-square matrix: not symmetric */
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "matrix", "2 1 0; 1 3 4; 0 4.5 5", NULL));
  g_assert_false (dlm_transpose_topic_is_symmetric (topic));
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "matrix", "1 1", NULL));
  g_assert_false (dlm_transpose_topic_is_symmetric (topic));
  /* a 1 × 1 matrix is its own transpose */
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "matrix", "7", NULL));
  t = summary_of (DLM_TOPIC (topic));
  g_assert_cmpfloat (summary_number (t, "symmetric"), ==, 1);
}

/* vᵀv for v = the first column of A: NumPy
 *   v = np.array([0.5, -3, 1e-2]); v @ v -> 9.2501 */
static void
test_vtv (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();

  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "matrix", "1; 0; 2; 5; -2", NULL));
  g_assert_cmpfloat (dlm_transpose_topic_get_vtv (topic), ==, COURSE_VTV);
  g_assert_cmpuint (dlm_transpose_topic_get_transpose (topic)->size1, ==, 1);
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "matrix", "0.5 9; -3 9; 1e-2 9", NULL));
  g_assert_cmpfloat (dlm_transpose_topic_get_vtv (topic), ==, 9.2501);
}

/* ---- the flip ----------------------------------------------------------- */

static void
test_flip_position (void)
{
  double col, row;

  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < 5; j++)
      {
        dlm_transpose_flip_position (i, j, 0, &col, &row);
        g_assert_cmpfloat (col, ==, j);
        g_assert_cmpfloat (row, ==, i);
        dlm_transpose_flip_position (i, j, 1, &col, &row);
        g_assert_cmpfloat (col, ==, i);
        g_assert_cmpfloat (row, ==, j);
        /* halfway every element is on the diagonal, seen edge-on */
        dlm_transpose_flip_position (i, j, 0.5, &col, &row);
        g_assert_cmpfloat_with_epsilon (col, row, 1e-12);
        for (double p = 0; p <= 1; p += 0.05)
          {
            /* each moves straight across the diagonal; the diagonal stays */
            dlm_transpose_flip_position (i, j, p, &col, &row);
            g_assert_cmpfloat_with_epsilon (col + row, i + j, 1e-12);
            if (i == j)
              g_assert_cmpfloat_with_epsilon (col, i, 1e-12);
          }
      }
}

/* Renders the topic at golden size with a layout log; the pixels go to
 * *@surface when that is not NULL. */
static DlmLayoutLog *
render_logged (DlmTopic         *topic,
               DlmThemeKind      kind,
               cairo_surface_t **surface)
{
  cairo_surface_t *target = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, GOLDEN_W, GOLDEN_H);
  cairo_t *cr = cairo_create (target);
  DlmLayoutLog *log = dlm_layout_log_new (GOLDEN_W, GOLDEN_H);
  DlmTheme theme;

  dlm_theme_init (&theme, kind, 1);
  dlm_layout_log_attach (log, cr);
  dlm_topic_render (topic, cr, &theme, GOLDEN_W, GOLDEN_H);
  cairo_destroy (cr);
  if (surface != NULL)
    *surface = target;
  else
    cairo_surface_destroy (target);
  return log;
}

/* Throughout the flip no cell covers another and no number runs into
 * another, for the course's 5 × 2 matrix and a square 6 × 6 one. */
static void
test_flip_never_covers (void)
{
  const char *matrices[] = { "1 5; 0 6; 2 8; 5 3; -2 0",
                             "1 2 3 4 5 6; 7 8 9 10 11 12; 13 14 15 16 17 18; 19 20 21 22 23 24; "
                             "25 26 27 28 29 30; 31 32 33 34 35 36" };

  for (guint m = 0; m < G_N_ELEMENTS (matrices); m++)
    for (guint step = 0; step <= 20; step++)
      {
        g_autoptr(DlmTransposeTopic) topic = new_topic ();
        DlmTopic *t = DLM_TOPIC (topic);
        g_autofree char *progress = g_strdup_printf ("progress=%g", step / 20.0);
        g_autoptr(DlmLayoutLog) log = NULL;
        g_autoptr(GPtrArray) problems = NULL;
        const gsl_matrix *a;

        g_assert_true (dlm_topic_apply (t, (const char *[]) { progress, NULL }, NULL));
        g_assert_true (dlm_topic_set_param (t, "matrix", matrices[m], NULL));
        log = render_logged (t, DLM_THEME_DARK, NULL);
        problems = dlm_layout_log_check (log);
        if (problems != NULL && problems->len > 0)
          g_error ("%s at %s: %s", matrices[m], progress, (char *) problems->pdata[0]);
        a = dlm_transpose_topic_get_matrix (topic);
        for (guint k = 0; k < a->size1 * a->size2; k++)
          for (guint l = k + 1; l < a->size1 * a->size2; l++)
            {
              DlmRect p, q;

              g_assert_true (dlm_transpose_topic_get_cell_rect (topic, k / a->size2, k % a->size2, &p));
              g_assert_true (dlm_transpose_topic_get_cell_rect (topic, l / a->size2, l % a->size2, &q));
              g_assert_true (p.x + p.width <= q.x + 0.5 || q.x + q.width <= p.x + 0.5 ||
                             p.y + p.height <= q.y + 0.5 || q.y + q.height <= p.y + 0.5);
            }
      }
}

static guint
count_text (DlmLayoutLog *log,
            const char   *text)
{
  guint n = 0;

  for (guint i = 0; i < dlm_layout_log_get_n_items (log); i++)
    {
      const DlmLayoutItem *item = dlm_layout_log_get_item (log, i);

      n += item->kind == DLM_LAYOUT_TEXT && g_strcmp0 (item->text, text) == 0;
    }
  return n;
}

/* Exported at any step, the figure shows A and Aᵀ whole: every number of
 * A is on the card (unless it is edge-on) and in both small matrices. */
static void
test_flip_shows_both (void)
{
  const struct { const char *progress; guint times; } steps[] = {
    { "progress=1", 3 }, { "progress=0", 3 }, { "progress=0.5", 2 },
  };

  for (guint s = 0; s < G_N_ELEMENTS (steps); s++)
    {
      g_autoptr(DlmTransposeTopic) topic = new_topic ();
      g_autoptr(DlmLayoutLog) log = NULL;

      g_assert_true (dlm_topic_apply (DLM_TOPIC (topic), (const char *[]) { steps[s].progress, NULL }, NULL));
      log = render_logged (DLM_TOPIC (topic), DLM_THEME_LIGHT, NULL);
      g_assert_cmpuint (count_text (log, "8"), ==, steps[s].times);
      g_assert_cmpuint (count_text (log, "−2"), ==, steps[s].times);
      g_assert_cmpuint (count_text (log, "2"), ==, steps[s].times);
    }
}

/* The rows' colours are told apart at a glance in every theme: the fills
 * of any two of the five rows differ clearly. */
static void
test_row_colours_differ (void)
{
  const DlmThemeKind kinds[] = { DLM_THEME_LIGHT, DLM_THEME_DARK, DLM_THEME_PROJECTOR };

  for (guint k = 0; k < G_N_ELEMENTS (kinds); k++)
    {
      g_autoptr(DlmTransposeTopic) topic = new_topic ();
      cairo_surface_t *surface = NULL;
      g_autoptr(DlmLayoutLog) log = NULL;
      guint32 fill[5];

      g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "progress", "0", NULL));
      log = render_logged (DLM_TOPIC (topic), kinds[k], &surface);
      cairo_surface_flush (surface);
      for (guint i = 0; i < 5; i++)
        {
          DlmRect r;
          const guint8 *data = cairo_image_surface_get_data (surface);
          int stride = cairo_image_surface_get_stride (surface);

          g_assert_true (dlm_transpose_topic_get_cell_rect (topic, i, 0, &r));
          /* a corner of the cell: its fill, away from number and border */
          fill[i] = *(const guint32 *) (data + (int) (r.y + r.height * 0.15) * stride +
                                        4 * (int) (r.x + r.width * 0.15));
        }
      for (guint i = 0; i < 5; i++)
        for (guint j = i + 1; j < 5; j++)
          {
            int dr = (int) (fill[i] >> 16 & 0xff) - (int) (fill[j] >> 16 & 0xff);
            int dg = (int) (fill[i] >> 8 & 0xff) - (int) (fill[j] >> 8 & 0xff);
            int db = (int) (fill[i] & 0xff) - (int) (fill[j] & 0xff);

            g_assert_cmpfloat (sqrt (dr * dr + dg * dg + db * db), >, 40);
          }
      cairo_surface_destroy (surface);
    }
}

static void
render_light (DlmTopic *topic)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, GOLDEN_W, GOLDEN_H);
  cairo_t *cr = cairo_create (surface);
  DlmTheme theme;

  dlm_theme_init (&theme, DLM_THEME_LIGHT, 1);
  dlm_topic_render (topic, cr, &theme, GOLDEN_W, GOLDEN_H);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

static void
assert_rect_equal (DlmRect a,
                   DlmRect b)
{
  g_assert_cmpfloat_with_epsilon (a.x, b.x, 1e-9);
  g_assert_cmpfloat_with_epsilon (a.y, b.y, 1e-9);
  g_assert_cmpfloat_with_epsilon (a.width, b.width, 1e-9);
  g_assert_cmpfloat_with_epsilon (a.height, b.height, 1e-9);
}

/* At progress 0 the cells are where A's are, at 1 where Aᵀ's are; the
 * hover read-out names the element under the pointer. */
static void
test_flip_endpoints (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  DlmTopic *t = DLM_TOPIC (topic);
  DlmRect cell, slot;
  DlmProbe probe = { 0 };

  g_assert_true (dlm_topic_set_param (t, "progress", "0", NULL));
  render_light (t);
  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < 2; j++)
      {
        g_assert_true (dlm_transpose_topic_get_cell_rect (topic, i, j, &cell));
        g_assert_true (dlm_transpose_topic_get_slot_rect (topic, i, j, &slot));
        assert_rect_equal (cell, slot);
      }
  g_assert_true (dlm_transpose_topic_get_cell_rect (topic, 2, 1, &cell));
  g_assert_true (dlm_topic_probe (t, cell.x + cell.width / 2, cell.y + cell.height / 2, &probe));
  g_assert_cmpstr (probe.text, ==, "8: row 3, column 2 before; row 2, column 3 after");
  dlm_probe_clear (&probe);

  g_assert_true (dlm_topic_set_param (t, "progress", "1", NULL));
  render_light (t);
  for (guint i = 0; i < 5; i++)
    for (guint j = 0; j < 2; j++)
      {
        g_assert_true (dlm_transpose_topic_get_cell_rect (topic, i, j, &cell));
        g_assert_true (dlm_transpose_topic_get_slot_rect (topic, j, i, &slot));
        assert_rect_equal (cell, slot);
      }
  /* slot (row 1, column 3) of Aᵀ now holds A's element (3, 2) = 8 */
  g_assert_true (dlm_transpose_topic_get_slot_rect (topic, 1, 2, &slot));
  g_assert_true (dlm_topic_probe (t, slot.x + slot.width / 2, slot.y + slot.height / 2, &probe));
  g_assert_cmpstr (probe.text, ==, "8: row 3, column 2 before; row 2, column 3 after");
  dlm_probe_clear (&probe);
  /* nothing is left where A's bottom row was */
  g_assert_true (dlm_transpose_topic_get_slot_rect (topic, 4, 0, &slot));
  g_assert_false (dlm_topic_probe (t, slot.x + slot.width / 2, slot.y + slot.height / 2, &probe));

  /* halfway, an element two steps from the diagonal is in neither place */
  g_assert_true (dlm_topic_set_param (t, "progress", "0.5", NULL));
  render_light (t);
  g_assert_true (dlm_transpose_topic_get_cell_rect (topic, 2, 0, &cell));
  g_assert_true (dlm_transpose_topic_get_slot_rect (topic, 2, 0, &slot));
  g_assert_cmpfloat (fabs (cell.x - slot.x) + fabs (cell.y - slot.y), >, slot.height / 2);
  g_assert_true (dlm_transpose_topic_get_slot_rect (topic, 0, 2, &slot));
  g_assert_cmpfloat (fabs (cell.x - slot.x) + fabs (cell.y - slot.y), >, slot.height / 2);
}

static void
test_probe_grids (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  DlmTopic *t = DLM_TOPIC (topic);
  DlmProbe probe = { 0 };
  gboolean found = FALSE;

  g_assert_true (dlm_topic_set_param (t, "view", "rules", NULL));
  render_light (t);
  g_assert_false (dlm_transpose_topic_get_cell_rect (topic, 0, 0, &(DlmRect) { 0 }));
  /* scan the figure: some cell reads out an element of (αA)ᵀ = 2·Aᵀ */
  for (double y = 0; y < GOLDEN_H && !found; y += 4)
    for (double x = 0; x < GOLDEN_W && !found; x += 4)
      if (dlm_topic_probe (t, x, y, &probe))
        {
          found = g_str_has_prefix (probe.text, "(αA)ᵀ, row 2, column 3: 16");
          dlm_probe_clear (&probe);
        }
  g_assert_true (found);
}

/* ---- input ---------------------------------------------------------------- */

static void
test_bad_input (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  DlmTopic *t = DLM_TOPIC (topic);
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) wide = g_string_new (NULL);
  g_autoptr(GString) tall = g_string_new (NULL);
  const struct { const char *key, *value, *needle; } bad[] = {
    { "matrix", "1 5; 0 x", "x" },
    { "matrix", "1 5; 0 6 7", "row 2" },
    { "matrix", "", "matrix" },
    { "matrix", "   ", "matrix" },
    { "matrix", "1 nan; 2 3", "nan" },
    { "matrix", "1 2; inf 3", "inf" },
    { "matrix", "[[1, 2], [3]]", "row 2" },
    { "scalar", "two", "not a number" },
    { "scalar", "nan", "finite" },
    { "scalar", "inf", "finite" },
    { "scalar", "1e7", "too large" },
    { "scalar", "", "scalar" },
    { "progress", "1.5", "too large" },
    { "progress", "-0.1", "too small" },
    { "progress", "half", "not a number" },
    { "progress", "nan", "finite" },
    { "view", "spin", "flip|rules|vector" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *matrix = NULL, *scalar = NULL, *progress = NULL, *view = NULL;

      g_assert_false (dlm_topic_set_param (t, bad[i].key, bad[i].value, &error));
      g_assert_nonnull (error);
      if (strstr (error->message, bad[i].needle) == NULL || strstr (error->message, bad[i].key) == NULL)
        g_error ("%s=%s: “%s” lacks “%s”", bad[i].key, bad[i].value, error->message, bad[i].needle);
      g_clear_error (&error);
      matrix = dlm_topic_get_param_text (t, "matrix");
      scalar = dlm_topic_get_param_text (t, "scalar");
      progress = dlm_topic_get_param_text (t, "progress");
      view = dlm_topic_get_param_text (t, "view");
      g_assert_cmpstr (matrix, ==, "1 5; 0 6; 2 8; 5 3; -2 0");
      g_assert_cmpstr (scalar, ==, "2");
      g_assert_cmpstr (progress, ==, "1");
      g_assert_cmpstr (view, ==, "flip");
    }

  /* 13 columns or 13 rows: too many to draw as cells; 12 × 12 is fine */
  for (guint i = 0; i < 13; i++)
    {
      g_string_append (wide, "1 ");
      g_string_append (tall, i ? "; 1" : "1");
    }
  g_assert_false (dlm_topic_set_param (t, "matrix", wide->str, &error));
  g_assert_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "matrix: 1×13"));
  g_assert_nonnull (strstr (error->message, "12 rows and 12 columns"));
  g_clear_error (&error);
  g_assert_false (dlm_topic_set_param (t, "matrix", tall->str, &error));
  g_assert_nonnull (strstr (error->message, "13×1"));
  g_clear_error (&error);
  g_assert_cmpuint (dlm_transpose_topic_get_matrix (topic)->size1, ==, 5);
  g_string_truncate (wide, wide->len - 2);
  g_assert_true (dlm_topic_set_param (t, "matrix", wide->str, NULL));
  g_assert_cmpuint (dlm_transpose_topic_get_transpose (topic)->size1, ==, 12);
}

static void
test_csv_parsed_back (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  g_autofree char *csv = dlm_topic_to_csv (DLM_TOPIC (topic));
  g_auto(GStrv) lines = g_strsplit (csv, "\n", -1);

  g_assert_cmpuint (g_strv_length (lines), ==, 3);   /* two rows and the final newline */
  g_assert_cmpstr (lines[2], ==, "");
  for (guint i = 0; i < 2; i++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      g_assert_cmpuint (g_strv_length (fields), ==, 5);
      for (guint j = 0; j < 5; j++)
        {
          char *end;
          double x = g_ascii_strtod (fields[j], &end);

          g_assert_cmpint (*end, ==, '\0');
          g_assert_cmpfloat (x, ==, course_at[i][j]);
        }
    }

  /* round-trip precision for numbers that are not integers */
  g_assert_true (dlm_topic_set_param (DLM_TOPIC (topic), "matrix", "0.1 0.2; 0.30000000000000004 1e-300", NULL));
  g_free (csv);
  csv = dlm_topic_to_csv (DLM_TOPIC (topic));
  g_strfreev (lines);
  lines = g_strsplit_set (csv, ",\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, 5);
  g_assert_cmpfloat (g_ascii_strtod (lines[0], NULL), ==, 0.1);
  g_assert_cmpfloat (g_ascii_strtod (lines[1], NULL), ==, 0.30000000000000004);
  g_assert_cmpfloat (g_ascii_strtod (lines[2], NULL), ==, 0.2);
  g_assert_cmpfloat (g_ascii_strtod (lines[3], NULL), ==, 1e-300);
}

/* The rules and vector views write what they draw:
 *   /usr/bin/python3 -c "import numpy as np; A=np.array([[1,5],[0,6],[2,8],[5,3],[-2,0]]); v=A[:,0];
 *     print((2*A).T.ravel().tolist(), (A.T@A).ravel().tolist(), (v*v).tolist(), np.cumsum(v*v).tolist())"
 *   -> [2, 0, 4, 10, -4, 10, 12, 16, 6, 0] [34, 36, 36, 134] [1, 0, 4, 25, 4] [1, 1, 5, 30, 34] */
static void
test_csv_per_view (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  DlmTopic *t = DLM_TOPIC (topic);
  g_autofree char *rules = NULL, *vector = NULL;
  g_autoptr(GHashTable) rs = NULL, vs = NULL;

  g_assert_true (dlm_topic_set_param (t, "view", "rules", NULL));
  g_assert_true (dlm_topic_set_param (t, "scalar", "2", NULL));
  rules = dlm_topic_to_csv (t);
  g_assert_true (g_str_has_prefix (rules, "index,matrix,row,col,value\n0,A,0,0,1\n1,A,0,1,5\n"));
  /* (αA)ᵀ after A, Aᵀ, (Aᵀ)ᵀ and αA, 10 entries each */
  g_assert_nonnull (strstr (rules, "\n40,(alpha*A).T,0,0,2\n41,(alpha*A).T,0,1,0\n"));
  g_assert_nonnull (strstr (rules, "\n49,(alpha*A).T,1,4,0\n50,alpha*A.T,0,0,2\n"));
  g_assert_nonnull (strstr (rules, "\n60,A.T@A,0,0,34\n61,A.T@A,0,1,36\n62,A.T@A,1,0,36\n63,A.T@A,1,1,134\n"));
  rs = summary_of (t);
  g_assert_cmpfloat (summary_number (rs, "alpha"), ==, 2);
  g_assert_cmpfloat (summary_number (rs, "scalar_rule_holds"), ==, 1);

  g_assert_true (dlm_topic_set_param (t, "view", "vector", NULL));
  vector = dlm_topic_to_csv (t);
  g_assert_cmpstr (vector, ==, "index,v,square,cumulative\n0,1,1,1\n1,0,0,1\n2,2,4,5\n3,5,25,30\n4,-2,4,34\n");
  vs = summary_of (t);
  g_assert_cmpfloat (summary_number (vs, "vtv"), ==, 34);
  g_assert_cmpfloat (summary_number (vs, "vector_length"), ==, 5);
}

static void
test_words (void)
{
  g_autoptr(DlmTransposeTopic) topic = new_topic ();
  DlmTopic *t = DLM_TOPIC (topic);
  g_autofree char *flip = dlm_topic_describe (t);
  g_autofree char *rules = NULL, *vector = NULL, *formula = NULL;

  g_assert_nonnull (strstr (flip, "5×2"));
  g_assert_nonnull (strstr (flip, "Row 1 of A (1, 5) becomes column 1"));
  g_assert_nonnull (strstr (flip, "100%"));
  g_assert_true (dlm_topic_set_param (t, "view", "rules", NULL));
  rules = dlm_topic_describe (t);
  g_assert_nonnull (strstr (rules, "α = 2"));
  g_assert_true (dlm_topic_set_param (t, "view", "vector", NULL));
  vector = dlm_topic_describe (t);
  g_assert_nonnull (strstr (vector, "scalar 34"));
  formula = dlm_topic_get_formula (t);
  g_assert_nonnull (strstr (formula, "v<sup>T</sup>v"));
}

/* ---- golden images -------------------------------------------------------- */

static const DlmGolden goldens[] = {
  { "transpose-flip-light", dlm_transpose_topic_get_type, { NULL }, DLM_THEME_LIGHT },
  { "transpose-flip-turning-light", dlm_transpose_topic_get_type, { "progress=0.3", NULL }, DLM_THEME_LIGHT },
  { "transpose-flip-turning-dark", dlm_transpose_topic_get_type, { "progress=0.7", NULL }, DLM_THEME_DARK },
  { "transpose-flip-symmetric-projector", dlm_transpose_topic_get_type,
    { "matrix=2 1 0; 1 3 4; 0 4 5", "progress=0.3", NULL }, DLM_THEME_PROJECTOR },
  { "transpose-rules-light", dlm_transpose_topic_get_type, { "view=rules", NULL }, DLM_THEME_LIGHT },
  { "transpose-rules-dark", dlm_transpose_topic_get_type, { "view=rules", "scalar=-0.5", NULL }, DLM_THEME_DARK },
  { "transpose-rules-projector", dlm_transpose_topic_get_type, { "view=rules", NULL }, DLM_THEME_PROJECTOR },
  { "transpose-vector-light", dlm_transpose_topic_get_type, { "view=vector", "progress=0.5", NULL }, DLM_THEME_LIGHT },
  { "transpose-vector-dark", dlm_transpose_topic_get_type, { "view=vector", NULL }, DLM_THEME_DARK },
  { "transpose-vector-projector", dlm_transpose_topic_get_type, { "view=vector", "progress=0.5", NULL }, DLM_THEME_PROJECTOR },
};

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/topics/transpose/course-example", test_course_example);
  g_test_add_func ("/topics/transpose/double-transpose", test_double_transpose);
  g_test_add_func ("/topics/transpose/scalar-rule", test_scalar_rule);
  g_test_add_func ("/topics/transpose/symmetric", test_symmetric);
  g_test_add_func ("/topics/transpose/vtv", test_vtv);
  g_test_add_func ("/topics/transpose/flip-position", test_flip_position);
  g_test_add_func ("/topics/transpose/flip-endpoints", test_flip_endpoints);
  g_test_add_func ("/topics/transpose/flip-never-covers", test_flip_never_covers);
  g_test_add_func ("/topics/transpose/flip-shows-both", test_flip_shows_both);
  g_test_add_func ("/topics/transpose/row-colours-differ", test_row_colours_differ);
  g_test_add_func ("/topics/transpose/probe-grids", test_probe_grids);
  g_test_add_func ("/topics/transpose/bad-input", test_bad_input);
  g_test_add_func ("/topics/transpose/csv-parsed-back", test_csv_parsed_back);
  g_test_add_func ("/topics/transpose/csv-per-view", test_csv_per_view);
  g_test_add_func ("/topics/transpose/words", test_words);
  dlm_golden_add_tests ("/topics/transpose/golden/", goldens, G_N_ELEMENTS (goldens));

  return g_test_run ();
}

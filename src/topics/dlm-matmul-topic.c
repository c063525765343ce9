/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "dlmath-topics"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "dlm-error.h"
#include "dlm-format.h"
#include "dlm-matmul.h"
#include "dlm-matmul-private.h"
#include "dlm-parse.h"
#include "dlm-rng.h"

G_DEFINE_ENUM_TYPE (DlmMatmulView, dlm_matmul_view,
  G_DEFINE_ENUM_VALUE (DLM_MATMUL_VIEW_STEPS, "steps"),
  G_DEFINE_ENUM_VALUE (DLM_MATMUL_VIEW_SIZES, "sizes"),
  G_DEFINE_ENUM_VALUE (DLM_MATMUL_VIEW_RANDOM, "random"))

G_DEFINE_FINAL_TYPE (DlmMatmulTopic, dlm_matmul_topic, DLM_TYPE_TOPIC)

enum {
  PROP_0,
  PROP_A,
  PROP_B,
  PROP_STEP,
  PROP_TRANSPOSE_A,
  PROP_TRANSPOSE_B,
  PROP_VIEW,
  PROP_ROWS,
  PROP_INNER,
  PROP_COLS,
  PROP_SPEED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The course's six shape examples: first factor, second factor. */
const DlmMatmulSizeCase dlm_matmul_size_cases[N_SIZE_CASES] = {
  { "A", "B",  5, 2, 2, 7 },
  { "B", "A",  2, 7, 5, 2 },
  { "C", "A",  5, 7, 5, 2 },
  { "Cᵀ", "A", 7, 5, 5, 2 },
  { "V", "W",  5, 1, 5, 1 },
  { "Vᵀ", "W", 1, 5, 5, 1 },
};

/* ---- state ------------------------------------------------------------ */

static void
clear_product (DlmMatmulTopic *self)
{
  g_clear_pointer (&self->op_a, gsl_matrix_free);
  g_clear_pointer (&self->op_b, gsl_matrix_free);
  g_clear_pointer (&self->c, gsl_matrix_free);
  self->product_dirty = TRUE;
  /* the last frame's cells showed these matrices: nothing to read out
   * until the next render */
  for (guint k = 0; k < N_GRIDS; k++)
    {
      self->grids[k].valid = FALSE;
      self->shown[k] = NULL;
    }
}

/* op(A), op(B) and C = op(A)·op(B), by gsl_blas_dgemm. Between a set and
 * check_state the shapes may disagree; the state that is drawn never does. */
static void
ensure_product (DlmMatmulTopic *self)
{
  if (!self->product_dirty)
    return;
  clear_product (self);
  self->product_dirty = FALSE;
  self->op_a = dlm_matmul_op (self->a, self->transpose_a);
  self->op_b = dlm_matmul_op (self->b, self->transpose_b);
  if (self->op_a->size2 == self->op_b->size1)
    self->c = dlm_matmul (self->a, self->transpose_a, self->b, self->transpose_b);
}

static void
clear_random (DlmMatmulTopic *self)
{
  g_clear_pointer (&self->ra, gsl_matrix_free);
  g_clear_pointer (&self->rb, gsl_matrix_free);
  g_clear_pointer (&self->rc, gsl_matrix_free);
  g_clear_pointer (&self->rba, gsl_matrix_free);
  g_clear_pointer (&self->rai, gsl_matrix_free);
  self->random_valid = FALSE;
}

/* A = randint(0, 10, (rows, inner)), then B = randint(0, 10, (inner, cols))
 * from one NumPy-seeded generator; AB, BA when it exists, and AI. */
void
dlm_matmul_ensure_random (DlmMatmulTopic *self)
{
  guint32 key[4] = { dlm_topic_get_seed (DLM_TOPIC (self)), self->rows, self->inner, self->cols };
  g_autoptr(DlmRng) rng = NULL;
  g_autoptr(gsl_matrix) identity = NULL;

  if (self->random_valid && memcmp (key, self->random_key, sizeof key) == 0)
    return;
  clear_random (self);
  memcpy (self->random_key, key, sizeof key);
  rng = dlm_rng_new (DLM_RNG_NUMPY, key[0]);
  self->ra = dlm_matmul_random (rng, self->rows, self->inner, DLM_MATMUL_RANDOM_LOW, DLM_MATMUL_RANDOM_HIGH);
  self->rb = dlm_matmul_random (rng, self->inner, self->cols, DLM_MATMUL_RANDOM_LOW, DLM_MATMUL_RANDOM_HIGH);
  self->rc = dlm_matmul (self->ra, FALSE, self->rb, FALSE);
  if (self->cols == self->rows)
    self->rba = dlm_matmul (self->rb, FALSE, self->ra, FALSE);
  identity = gsl_matrix_alloc (self->inner, self->inner);
  gsl_matrix_set_identity (identity);
  self->rai = dlm_matmul (self->ra, FALSE, identity, FALSE);
  self->random_valid = TRUE;
}

static const gsl_matrix *
current_product (DlmMatmulTopic *self)
{
  if (self->view == DLM_MATMUL_VIEW_RANDOM)
    {
      dlm_matmul_ensure_random (self);
      return self->rc;
    }
  ensure_product (self);
  return self->c;
}

guint
dlm_matmul_n_steps (DlmMatmulTopic *self)
{
  ensure_product (self);
  return self->c != NULL ? self->c->size1 * self->c->size2 : 0;
}

/* How many entries of C are filled at the current step. */
guint
dlm_matmul_filled (DlmMatmulTopic *self)
{
  return MIN ((guint) self->step, dlm_matmul_n_steps (self));
}

static void
set_matrix_text (DlmMatmulTopic  *self,
                 const char      *field,
                 char           **text_field,
                 gsl_matrix     **matrix_field,
                 const char      *text,
                 GParamSpec      *pspec)
{
  g_autoptr(GError) error = NULL;
  gsl_matrix *m;

  if (g_strcmp0 (*text_field, text) == 0)
    return;
  /* the text was checked by check_text before it got here */
  m = dlm_parse_matrix (field, text, DLM_PARSE_MAX_ENTRIES, &error);
  g_return_if_fail (m != NULL);

  g_free (*text_field);
  *text_field = g_strdup (text);
  g_clear_pointer (matrix_field, gsl_matrix_free);
  *matrix_field = m;
  self->changed_field = field;
  clear_product (self);
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

static void
store (DlmMatmulTopic *self,
       GParamSpec     *pspec,
       gpointer        field,
       const GValue   *value)
{
  if (!dlm_topic_store_value (DLM_TOPIC (self), field, value))
    return;
  if (pspec == properties[PROP_TRANSPOSE_A] || pspec == properties[PROP_TRANSPOSE_B])
    {
      self->changed_field = pspec->name;
      clear_product (self);
    }
  g_object_notify_by_pspec (G_OBJECT (self), pspec);
}

/* "A", "Aᵀ": the factor's name as multiplied. */
const char *
dlm_matmul_factor_name (gboolean    transposed,
                        const char *name)
{
  if (g_str_equal (name, "A"))
    return transposed ? "Aᵀ" : "A";
  return transposed ? "Bᵀ" : "B";
}

static const char *
view_title (DlmMatmulView view)
{
  switch (view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      return _("When can two matrices be multiplied?");
    case DLM_MATMUL_VIEW_RANDOM:
      return _("Random matrices: AB, BA and AI");
    case DLM_MATMUL_VIEW_STEPS:
    default:
      return _("Matrix multiplication, one entry at a time");
    }
}

static void
dlm_matmul_topic_render (DlmTopic       *topic,
                         cairo_t        *cr,
                         const DlmTheme *theme,
                         double          width,
                         double          height)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  DlmRect area = dlm_figure_begin (cr, theme, width, height, view_title (self->view));

  for (guint k = 0; k < N_GRIDS; k++)
    self->grids[k].valid = FALSE;
  self->sizes_valid = FALSE;
  ensure_product (self);
  switch (self->view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      dlm_matmul_render_sizes (self, cr, theme, area);
      break;
    case DLM_MATMUL_VIEW_RANDOM:
      dlm_matmul_render_random (self, cr, theme, area);
      break;
    case DLM_MATMUL_VIEW_STEPS:
    default:
      dlm_matmul_render_steps (self, cr, theme, area);
      break;
    }
}

/* ---- words ------------------------------------------------------------- */

/* The steps view: the entries of C filled so far, in the order they were
 * filled (index = the step − 1), each with the products of row i of A and
 * column j of B that add up to it; row and col are 0-based, as C[row, col]. */
static void
write_steps_csv (DlmMatmulTopic *self,
                 GString        *out)
{
  guint n = self->op_a->size2, filled = dlm_matmul_filled (self);

  g_string_append (out, "index,row,col,value");
  for (guint k = 0; k < n; k++)
    g_string_append_printf (out, ",product_%u", k);
  g_string_append_c (out, '\n');
  for (guint s = 1; s <= filled; s++)
    {
      guint i, j;

      dlm_matmul_step_entry (s, self->c->size2, &i, &j);
      g_string_append_printf (out, "%u,%u,%u,", s - 1, i, j);
      dlm_format_number (out, gsl_matrix_get (self->c, i, j));
      for (guint k = 0; k < n; k++)
        {
          g_string_append_c (out, ',');
          dlm_format_number (out, gsl_matrix_get (self->op_a, i, k) * gsl_matrix_get (self->op_b, k, j));
        }
      g_string_append_c (out, '\n');
    }
}

/* The sizes view: the course's six pairs of shapes and the rule's verdict
 * (result_rows and result_cols empty where the product is not defined). */
static void
write_sizes_csv (GString *out)
{
  g_string_append (out, "index,first,second,a_rows,a_cols,b_rows,b_cols,defined,result_rows,result_cols\n");
  for (guint k = 0; k < N_SIZE_CASES; k++)
    {
      const DlmMatmulSizeCase *c = &dlm_matmul_size_cases[k];
      gboolean ok = c->a_cols == c->b_rows;

      g_string_append_printf (out, "%u,%s,%s,%u,%u,%u,%u,%d,", k, c->a_name, c->b_name,
                              c->a_rows, c->a_cols, c->b_rows, c->b_cols, ok);
      if (ok)
        g_string_append_printf (out, "%u,%u", c->a_rows, c->b_cols);
      else
        g_string_append_c (out, ',');
      g_string_append_c (out, '\n');
    }
}

static void
dlm_matmul_topic_write_csv (DlmTopic *topic,
                            GString  *out)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  const gsl_matrix *c;

  ensure_product (self);
  if (self->view == DLM_MATMUL_VIEW_STEPS)
    {
      write_steps_csv (self, out);
      return;
    }
  if (self->view == DLM_MATMUL_VIEW_SIZES)
    {
      write_sizes_csv (out);
      return;
    }
  /* the random view: its product AB, numbers only, as np.savetxt writes it */
  c = current_product (self);
  for (gsize i = 0; i < c->size1; i++)
    {
      for (gsize j = 0; j < c->size2; j++)
        {
          if (j > 0)
            g_string_append_c (out, ',');
          dlm_format_number (out, gsl_matrix_get (c, i, j));
        }
      g_string_append_c (out, '\n');
    }
}

/* rows and cols are the shape of the typed product C = op(A)·op(B); the
 * random view's product has keys of its own. */
static void
write_steps_summary (DlmMatmulTopic *self,
                     GString        *out)
{
  guint filled = dlm_matmul_filled (self), i, j;

  dlm_summary_add_number (out, "rows", self->c->size1);
  dlm_summary_add_number (out, "cols", self->c->size2);
  dlm_summary_add_number (out, "inner", self->op_a->size2);
  dlm_summary_add_number (out, "steps", dlm_matmul_n_steps (self));
  dlm_summary_add_number (out, "filled", filled);
  if (filled == 0)
    return;
  dlm_matmul_step_entry (filled, self->c->size2, &i, &j);
  dlm_summary_add_number (out, "current_row", i);
  dlm_summary_add_number (out, "current_col", j);
  dlm_summary_add_number (out, "current_value", gsl_matrix_get (self->c, i, j));
}

static void
write_sizes_summary (GString *out)
{
  guint defined = 0;

  for (guint k = 0; k < N_SIZE_CASES; k++)
    defined += dlm_matmul_size_cases[k].a_cols == dlm_matmul_size_cases[k].b_rows;
  dlm_summary_add_number (out, "cases", N_SIZE_CASES);
  dlm_summary_add_number (out, "defined_cases", defined);
}

static void
write_random_summary (DlmMatmulTopic *self,
                      GString        *out)
{
  dlm_matmul_ensure_random (self);
  dlm_summary_add_number (out, "random_rows", self->rc->size1);
  dlm_summary_add_number (out, "random_inner", self->inner);
  dlm_summary_add_number (out, "random_cols", self->rc->size2);
  dlm_summary_add_number (out, "ba_defined", self->rba != NULL);
  if (self->rba != NULL && self->rows == self->inner)
    dlm_summary_add_number (out, "commutes", gsl_matrix_equal (self->rc, self->rba));
  dlm_summary_add_number (out, "ai_equals_a", gsl_matrix_equal (self->rai, self->ra));
}

static void
dlm_matmul_topic_write_summary (DlmTopic *topic,
                                GString  *out)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  ensure_product (self);
  if (self->view == DLM_MATMUL_VIEW_SIZES)
    write_sizes_summary (out);
  else if (self->view == DLM_MATMUL_VIEW_RANDOM)
    write_random_summary (self, out);
  else
    write_steps_summary (self, out);
}

/* "[[20, 28], [52, 76]]" for small matrices, for screen readers. */
static char *
matrix_words (const gsl_matrix *m)
{
  GString *s = g_string_new ("[");

  for (gsize i = 0; i < m->size1; i++)
    {
      g_string_append (s, i > 0 ? ", [" : "[");
      for (gsize j = 0; j < m->size2; j++)
        {
          g_autofree char *v = dlm_format_short (gsl_matrix_get (m, i, j), -1);
          g_string_append_printf (s, "%s%s", j > 0 ? ", " : "", v);
        }
      g_string_append_c (s, ']');
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

static char *
describe_steps (DlmMatmulTopic *self)
{
  const char *na = dlm_matmul_factor_name (self->transpose_a, "A"), *nb = dlm_matmul_factor_name (self->transpose_b, "B");
  guint k = dlm_matmul_filled (self), i, j;
  g_autofree char *shapes = g_strdup_printf (_("%s is %u×%u and %s is %u×%u, so C = %s%s is %u×%u."),
                                             na, (guint) self->op_a->size1, (guint) self->op_a->size2,
                                             nb, (guint) self->op_b->size1, (guint) self->op_b->size2,
                                             na, nb, (guint) self->c->size1, (guint) self->c->size2);
  g_autofree char *terms = NULL, *step = NULL, *whole = NULL;

  if (k == 0)
    return g_strdup_printf (_("%s No entry of C is filled yet."), shapes);
  dlm_matmul_step_entry (k, self->c->size2, &i, &j);
  terms = dlm_matmul_terms (self->op_a, self->op_b, i, j, gsl_matrix_get (self->c, i, j), MAX_TERMS);
  step = g_strdup_printf (_("Step %u of %u: entry (%u, %u) is row %u of %s times column %u of %s: %s."),
                          k, dlm_matmul_n_steps (self), i + 1, j + 1, i + 1, na, j + 1, nb, terms);
  if (self->c->size1 * self->c->size2 <= 36)
    whole = matrix_words (self->c);
  return g_strdup_printf ("%s %s%s%s", shapes, step, whole != NULL ? " C = " : "",
                          whole != NULL ? whole : "");
}

/* "A × B, (5×2) × (2×7): ✓ The inner sizes match: the result is 5×7", as
 * the cursor reads case @k out. */
static char *
size_case_words (guint k)
{
  const DlmMatmulSizeCase *c = &dlm_matmul_size_cases[k];
  g_autofree char *verdict = dlm_matmul_size_verdict_text (k);

  /* TRANSLATORS: "A × B, (5×2) × (2×7): ✓ The inner sizes match: the result is 5×7" */
  return g_strdup_printf (_("%s × %s, (%u×%u) × (%u×%u): %s"), c->a_name, c->b_name,
                          c->a_rows, c->a_cols, c->b_rows, c->b_cols, verdict);
}

/* The six cases from the table the figure draws, one sentence each. */
static char *
describe_sizes (void)
{
  GString *s = g_string_new (_("The course's six pairs of shapes."));

  for (guint k = 0; k < N_SIZE_CASES; k++)
    {
      g_autofree char *words = size_case_words (k);
      g_string_append_printf (s, " %s.", words);
    }
  return g_string_free (s, FALSE);
}

static char *
dlm_matmul_topic_describe (DlmTopic *topic)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  ensure_product (self);
  switch (self->view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      return describe_sizes ();
    case DLM_MATMUL_VIEW_RANDOM:
      {
        g_autofree char *note = NULL, *words = NULL, *product = NULL;
        dlm_matmul_ensure_random (self);
        note = dlm_matmul_commute_note (self);
        words = g_strdup_printf (_("Random integer matrices A (%d×%d) and B (%d×%d) from seed %u; "
                                   "AB is %d×%d. %s A times the identity equals A."),
                                 self->rows, self->inner, self->inner, self->cols,
                                 dlm_topic_get_seed (topic), self->rows, self->cols, note);
        /* the numbers themselves while they are few enough to listen to */
        if (self->rc->size1 * self->rc->size2 > 36)
          return g_steal_pointer (&words);
        product = matrix_words (self->rc);
        return g_strdup_printf ("%s AB = %s", words, product);
      }
    case DLM_MATMUL_VIEW_STEPS:
    default:
      return describe_steps (self);
    }
}

static char *
dlm_matmul_topic_formula (DlmTopic *topic)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  if (self->view == DLM_MATMUL_VIEW_SIZES)
    return g_strdup ("(m×<b>n</b>) × (<b>n</b>×p) = m×p");
  return g_strdup ("c<sub>ij</sub> = Σ<sub>k</sub> a<sub>ik</sub> b<sub>kj</sub>");
}

static char *
dlm_matmul_topic_explanation (DlmTopic *topic)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  switch (self->view)
    {
    case DLM_MATMUL_VIEW_SIZES:
      return g_strdup (_("Two matrices can be multiplied when the inner sizes match: the first "
                         "one's columns must equal the second one's rows. The result takes the "
                         "outer sizes. When the sizes do not fit, transposing one factor "
                         "sometimes makes them fit."));
    case DLM_MATMUL_VIEW_RANDOM:
      return g_strdup (_("The order of the factors matters: BA is usually different from AB, and "
                         "may not even exist. The identity matrix I, ones on the diagonal, plays "
                         "the part of 1: AI = A. Change the seed for other matrices."));
    case DLM_MATMUL_VIEW_STEPS:
    default:
      return g_strdup (_("Entry (i, j) of C is the dot product of row i of A with column j of "
                         "B: multiply the pairs and add. C has as many rows as A and as many "
                         "columns as B. In NumPy, <tt>A @ B</tt> computes all of C."));
    }
}

static gboolean
dlm_matmul_topic_probe (DlmTopic *topic,
                        double    x,
                        double    y,
                        DlmProbe *probe)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  static const char *const names[N_GRIDS] = { "A", "B", "C" };

  for (guint k = 0; k < N_GRIDS; k++)
    {
      guint i, j;
      DlmRect r;
      g_autofree char *v = NULL;

      if (!dlm_grid_geometry_cell_at (&self->grids[k], x, y, &i, &j))
        continue;
      r = dlm_grid_geometry_cell_rect (&self->grids[k], i, j);
      probe->x = r.x + r.width / 2;
      probe->y = r.y + r.height / 2;
      v = dlm_format_short (gsl_matrix_get (self->shown[k], i, j), -1);
      /* TRANSLATORS: a hovered cell: "C, row 1, column 2: 28" */
      probe->text = g_strdup_printf (_("%s, row %u, column %u: %s"), names[k], i + 1, j + 1, v);
      if (k == GRID_C && self->view == DLM_MATMUL_VIEW_STEPS)
        {
          g_autofree char *old = probe->text;
          g_autofree char *terms = dlm_matmul_terms (self->op_a, self->op_b, i, j,
                                                     gsl_matrix_get (self->c, i, j), MAX_TERMS);
          probe->text = g_strdup_printf ("%s (%s)", old, terms);
        }
      return TRUE;
    }
  return FALSE;
}

/* The cursor visits the cells of C, one row of C a row, reading them as
 * the probe does (in the steps view with their sums of products). */
static guint
dlm_matmul_topic_count_points (DlmTopic *topic,
                               guint    *row_length)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  const DlmGridGeometry *c = &self->grids[GRID_C];

  if (self->view == DLM_MATMUL_VIEW_SIZES)
    {
      *row_length = 2;
      return self->sizes_valid ? G_N_ELEMENTS (dlm_matmul_size_cases) : 0;
    }
  *row_length = c->cols;
  return c->valid ? c->rows * c->cols : 0;
}

static gboolean
dlm_matmul_topic_get_point (DlmTopic *topic,
                            guint     index,
                            DlmProbe *point)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  const DlmGridGeometry *c = &self->grids[GRID_C];
  DlmRect r;

  if (self->view == DLM_MATMUL_VIEW_SIZES)
    {
      point->x = self->size_x[index];
      point->y = self->size_y[index];
      point->text = size_case_words (index);
      return TRUE;
    }
  r = dlm_grid_geometry_cell_rect (c, index / c->cols, index % c->cols);
  return dlm_matmul_topic_probe (topic, r.x + r.width / 2, r.y + r.height / 2, point);
}

/* ---- checks ------------------------------------------------------------ */

static gboolean
dlm_matmul_topic_check_text (DlmTopic    *topic,
                             GParamSpec  *pspec,
                             const char  *text,
                             GError     **error)
{
  g_autoptr(gsl_matrix) m = dlm_parse_matrix (pspec->name, text, DLM_PARSE_MAX_ENTRIES, error);

  return m != NULL;
}

/* The typed factors must fit (after the transposes) and give a C of at
 * most DLM_MATMUL_MAX_ENTRIES entries; the error names the field that was
 * changed last and both shapes. */
static gboolean
dlm_matmul_topic_check_state (DlmTopic  *topic,
                              GError   **error)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);
  const char *field = self->changed_field != NULL ? self->changed_field : "b";
  gsize ar = self->transpose_a ? self->a->size2 : self->a->size1;
  gsize ac = self->transpose_a ? self->a->size1 : self->a->size2;
  gsize br = self->transpose_b ? self->b->size2 : self->b->size1;
  gsize bc = self->transpose_b ? self->b->size1 : self->b->size2;

  if (!dlm_matmul_check_shapes (field, dlm_matmul_factor_name (self->transpose_a, "A"), ar, ac,
                                dlm_matmul_factor_name (self->transpose_b, "B"), br, bc, error))
    return FALSE;
  if (ar * bc > DLM_MATMUL_MAX_ENTRIES)
    {
      g_set_error (error, DLM_ERROR, DLM_ERROR_TOO_LARGE,
                   _("%s: C would be %llu×%llu, %llu entries; accepted: at most %d entries"),
                   field, (unsigned long long) ar, (unsigned long long) bc,
                   (unsigned long long) (ar * bc), DLM_MATMUL_MAX_ENTRIES);
      return FALSE;
    }
  return TRUE;
}

/* ---- GObject ------------------------------------------------------------ */

static void
dlm_matmul_topic_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (object);

  switch (prop_id)
    {
    case PROP_A:           g_value_set_string (value, self->a_text); break;
    case PROP_B:           g_value_set_string (value, self->b_text); break;
    case PROP_STEP:        g_value_set_int (value, self->step); break;
    case PROP_TRANSPOSE_A: g_value_set_boolean (value, self->transpose_a); break;
    case PROP_TRANSPOSE_B: g_value_set_boolean (value, self->transpose_b); break;
    case PROP_VIEW:        g_value_set_enum (value, self->view); break;
    case PROP_ROWS:        g_value_set_int (value, self->rows); break;
    case PROP_INNER:       g_value_set_int (value, self->inner); break;
    case PROP_COLS:        g_value_set_int (value, self->cols); break;
    case PROP_SPEED:       g_value_set_double (value, self->speed); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_matmul_topic_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (object);

  switch (prop_id)
    {
    case PROP_A:
      set_matrix_text (self, "a", &self->a_text, &self->a, g_value_get_string (value), pspec);
      break;
    case PROP_B:
      set_matrix_text (self, "b", &self->b_text, &self->b, g_value_get_string (value), pspec);
      break;
    case PROP_STEP:        store (self, pspec, &self->step, value); break;
    case PROP_TRANSPOSE_A: store (self, pspec, &self->transpose_a, value); break;
    case PROP_TRANSPOSE_B: store (self, pspec, &self->transpose_b, value); break;
    case PROP_VIEW:        store (self, pspec, &self->view, value); break;
    case PROP_ROWS:        store (self, pspec, &self->rows, value); break;
    case PROP_INNER:       store (self, pspec, &self->inner, value); break;
    case PROP_COLS:        store (self, pspec, &self->cols, value); break;
    case PROP_SPEED:       store (self, pspec, &self->speed, value); break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dlm_matmul_topic_finalize (GObject *object)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (object);

  g_clear_pointer (&self->a_text, g_free);
  g_clear_pointer (&self->b_text, g_free);
  g_clear_pointer (&self->a, gsl_matrix_free);
  g_clear_pointer (&self->b, gsl_matrix_free);
  clear_product (self);
  clear_random (self);

  G_OBJECT_CLASS (dlm_matmul_topic_parent_class)->finalize (object);
}

static void
install_properties (GObjectClass *object_class)
{
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_CONSTRUCT | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  properties[PROP_A] =
    g_param_spec_string ("a", NULL, N_("a matrix of finite numbers, rows separated by ';' "
                                       "(\"1 3; 5 7\"), at most 10000 entries"),
                         "1 3; 5 7", flags);
  properties[PROP_B] =
    g_param_spec_string ("b", NULL, N_("a matrix of finite numbers with as many rows as A has "
                                       "columns, at most 10000 entries"),
                         "2 4; 6 8", flags);
  properties[PROP_STEP] =
    g_param_spec_int ("step", NULL, N_("0 to 10000: entries of C filled so far; beyond their number, all"),
                      0, DLM_MATMUL_MAX_ENTRIES, 1, flags);
  properties[PROP_TRANSPOSE_A] =
    g_param_spec_boolean ("transpose-a", NULL, NULL, FALSE, flags);
  properties[PROP_TRANSPOSE_B] =
    g_param_spec_boolean ("transpose-b", NULL, NULL, FALSE, flags);
  properties[PROP_VIEW] =
    g_param_spec_enum ("view", NULL, NULL, DLM_TYPE_MATMUL_VIEW, DLM_MATMUL_VIEW_STEPS, flags);
  properties[PROP_ROWS] =
    g_param_spec_int ("rows", NULL, NULL, 1, DLM_MATMUL_MAX_RANDOM_SIZE, 3, flags);
  properties[PROP_INNER] =
    g_param_spec_int ("inner", NULL, NULL, 1, DLM_MATMUL_MAX_RANDOM_SIZE, 3, flags);
  properties[PROP_COLS] =
    g_param_spec_int ("cols", NULL, NULL, 1, DLM_MATMUL_MAX_RANDOM_SIZE, 3, flags);
  properties[PROP_SPEED] =
    g_param_spec_double ("speed", NULL, NULL, 0.25, 4.0, 1.0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

/* Products of up to this many entries play at one entry per second;
 * longer ones take this long in all. */
#define ANIMATION_SECONDS 16.0

gboolean
dlm_matmul_topic_get_view_animation (DlmMatmulTopic *self,
                                     DlmMatmulView   view,
                                     DlmAnimation   *animation)
{
  double end;

  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), FALSE);
  g_return_val_if_fail (animation != NULL, FALSE);

  end = view == DLM_MATMUL_VIEW_STEPS ? dlm_matmul_n_steps (self) : 0;
  *animation = (DlmAnimation) { "step", end, MIN (end, ANIMATION_SECONDS), TRUE };
  return end > 0;
}

static gboolean
dlm_matmul_topic_get_animation (DlmTopic     *topic,
                                DlmAnimation *animation)
{
  DlmMatmulTopic *self = DLM_MATMUL_TOPIC (topic);

  return dlm_matmul_topic_get_view_animation (self, self->view, animation);
}

static void
dlm_matmul_topic_class_init (DlmMatmulTopicClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  DlmTopicClass *topic_class = DLM_TOPIC_CLASS (klass);

  object_class->finalize = dlm_matmul_topic_finalize;
  object_class->get_property = dlm_matmul_topic_get_property;
  object_class->set_property = dlm_matmul_topic_set_property;

  topic_class->id = "matmul";
  topic_class->uses_seed = TRUE;
  topic_class->slides_param = "view";
  topic_class->title = N_("Matrix multiplication");
  topic_class->check_text = dlm_matmul_topic_check_text;
  topic_class->check_state = dlm_matmul_topic_check_state;
  topic_class->render = dlm_matmul_topic_render;
  topic_class->write_csv = dlm_matmul_topic_write_csv;
  topic_class->write_summary = dlm_matmul_topic_write_summary;
  topic_class->describe = dlm_matmul_topic_describe;
  topic_class->formula = dlm_matmul_topic_formula;
  topic_class->explanation = dlm_matmul_topic_explanation;
  topic_class->probe = dlm_matmul_topic_probe;
  topic_class->count_points = dlm_matmul_topic_count_points;
  topic_class->get_point = dlm_matmul_topic_get_point;
  topic_class->write_code = dlm_matmul_write_code;
  topic_class->write_plot_code = dlm_matmul_write_plot_code;
  topic_class->get_animation = dlm_matmul_topic_get_animation;

  install_properties (object_class);
}

static void
dlm_matmul_topic_init (DlmMatmulTopic *self)
{
  self->speed = 1.0;
  self->rows = self->inner = self->cols = 3;
  self->step = 1;
  self->product_dirty = TRUE;
}

DlmTopic *
dlm_matmul_topic_new (void)
{
  return g_object_new (DLM_TYPE_MATMUL_TOPIC, NULL);
}

guint
dlm_matmul_topic_get_n_steps (DlmMatmulTopic *self)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), 0);
  return dlm_matmul_n_steps (self);
}

const gsl_matrix *
dlm_matmul_topic_get_product (DlmMatmulTopic *self)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), NULL);
  return current_product (self);
}

const gsl_matrix *
dlm_matmul_topic_get_random_a (DlmMatmulTopic *self)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), NULL);
  dlm_matmul_ensure_random (self);
  return self->ra;
}

const gsl_matrix *
dlm_matmul_topic_get_random_b (DlmMatmulTopic *self)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), NULL);
  dlm_matmul_ensure_random (self);
  return self->rb;
}

char *
dlm_matmul_topic_get_terms (DlmMatmulTopic *self,
                            guint           i,
                            guint           j)
{
  g_return_val_if_fail (DLM_IS_MATMUL_TOPIC (self), NULL);
  ensure_product (self);
  g_return_val_if_fail (i < self->c->size1 && j < self->c->size2, NULL);
  return dlm_matmul_terms (self->op_a, self->op_b, i, j, gsl_matrix_get (self->c, i, j), MAX_TERMS);
}
